package http

import (
	"fmt"
	"slices"
	"strings"

	"github.com/frente/frente"
)

// agreementDoc describes the agreements, their units, topics and search
// in the OpenAPI document: the generic record operations, with the upload
// in place of the JSON create, and the operations only agreements have.
type agreementDoc struct{}

func (agreementDoc) describeTo(paths, schemas obj) obj {
	tag := agreementAPI.describeTo(paths, schemas)
	tags := []string{agreementAPI.plural}
	collection, record := agreementAPI.path(), agreementAPI.path()+"/{id}"
	delete(schemas, "AgreementInput")
	schemas["AgreementUpload"] = uploadSchema()
	paths[collection].(obj)["post"] = obj{
		"operationId": "createAgreement", "tags": tags,
		"summary": "Upload an agreement",
		"description": "Parses the file (plain text, Markdown, HTML, DOCX or PDF with a text layer), recovers its articles and sections, " +
			"classifies them by topic and stores it all, or nothing. The same file again, when the caller already sees it, is not stored twice: " +
			"the answer is then 200 with the agreement already there.",
		"requestBody": obj{"required": true, "content": obj{"multipart/form-data": obj{"schema": ref("AgreementUpload")}}},
		"responses": obj{
			"201": obj{
				"description": "Stored; the answer is the new agreement.",
				"headers":     obj{"Location": obj{"description": "The address of the agreement.", "schema": obj{"type": "string", "format": "uri-reference"}}},
				"content":     obj{"application/json": obj{"schema": ref("Agreement")}},
			},
			"200": obj{
				"description": "The caller already sees an agreement of this very file; nothing was stored, and the answer is that agreement.",
				"headers":     obj{"Location": obj{"description": "The address of the agreement.", "schema": obj{"type": "string", "format": "uri-reference"}}},
				"content":     obj{"application/json": obj{"schema": ref("Agreement")}},
			},
			"400": problemResponse("Invalid input: a body that is not multipart, a field that is not one of the form's, values the agreement cannot take, " +
				"or a file that cannot be read as an agreement (empty, binary, a PDF without a text layer, damaged, too large): `errors` names `file` and says which."),
			"401":     sharedResponse("Unauthorized"),
			"403":     sharedResponse("Forbidden"),
			"413":     problemResponse(fmt.Sprintf("The request body is larger than %d bytes (a file of %d MiB and the form around it).", int64(maxUploadBytes), contract50MiB)),
			"default": sharedResponse("Error"),
		},
	}

	read := func(id, summary, doc string, ok obj) obj {
		return obj{
			"parameters": []any{obj{"$ref": "#/components/parameters/id"}},
			"get": obj{"operationId": id, "tags": tags, "summary": summary, "description": doc,
				"responses": obj{"200": ok, "401": sharedResponse("Unauthorized"), "404": sharedResponse("NotFound"), "default": sharedResponse("Error")}},
		}
	}
	paths[record+"/units"] = read("listAgreementUnits", "The units of an agreement",
		"Every part, chapter, article, section and appendix, in the order they stand in the agreement, each after its parent, with their topics and why.",
		jsonResponse("The units, in order.", ref("UnitList")))
	original := obj{}
	for _, mt := range originalTypes() {
		original[mt] = obj{"schema": obj{"type": "string", "contentMediaType": mt}}
	}
	paths[record+"/original"] = read("getAgreementOriginal", "The original file of an agreement",
		"The file byte for byte as it was uploaded, as an attachment named as it was, with the content type of its format.",
		obj{"description": "The file.", "content": original,
			"headers": obj{"Content-Disposition": obj{"description": "attachment, with the file's name.", "schema": obj{"type": "string"}}}})
	describeTopics(paths, schemas)
	describeSearch(paths, schemas)
	return tag
}

// contract50MiB is the largest file, in MiB, for the document's words.
const contract50MiB = maxUploadBytes >> 20

// originalTypes are the media types of original files, sorted.
func originalTypes() []string {
	out := []string{"application/octet-stream"}
	for _, ct := range formatTypes {
		mt, _, _ := strings.Cut(ct, ";")
		out = append(out, mt)
	}
	slices.Sort(out)
	return out
}

// uploadSchema is the multipart form of an upload.
func uploadSchema() obj {
	ids := func(doc string) obj {
		return obj{"type": "array", "items": obj{"type": "string", "pattern": "^[0-9]+$"}, "description": doc + " Repeat the field for each."}
	}
	return obj{"type": "object", "description": "The agreement's file and, optionally, what the file does not say of it. Fields left out are read from the file (a title, YAML front matter dates) or left empty.",
		"properties": obj{
			"file":           obj{"type": "string", "contentMediaType": "application/octet-stream", "description": "The agreement: .txt, .md, .html, .docx or .pdf; its name is kept."},
			"title":          obj{"type": "string", "maxLength": 500, "description": "The title; from the file when not given."},
			"language":       obj{"type": "string", "enum": []string{"en", "es"}, "description": "The language; detected when not given."},
			"employer_id":    obj{"type": "string", "pattern": "^[0-9]+$", "description": "The employer or corporate group that signed it."},
			"union_ids":      ids("The unions, locals or sections that signed it."),
			"workplace_ids":  ids("The workplaces it covers."),
			"effective_date": ref("Date"),
			"expiry_date":    ref("Date"),
			"owner_id":       obj{"type": "string", "pattern": "^[0-9]+$", "description": "The organization that owns the record."},
			"visibility":     obj{"type": "string", "enum": frente.Visibilities, "description": "Who may read it; private when not given."},
			"campaigns":      ids("The campaigns it is shared with."),
		},
		"required":             []string{"file"},
		"additionalProperties": false}
}

// describeTopics documents the taxonomy and a person's topic choices.
func describeTopics(paths, schemas obj) {
	tags := []string{"Agreements"}
	schemas["Topic"] = obj{"type": "object", "description": "A subject of contract language, from a fixed bilingual taxonomy.",
		"properties": obj{
			"code":     obj{"type": "string", "description": "The stable code."},
			"label_en": obj{"type": "string", "description": "The English label."},
			"label_es": obj{"type": "string", "description": "The Spanish label."},
		},
		"required": []string{"code", "label_en", "label_es"}, "additionalProperties": false}
	schemas["TopicList"] = listSchema("The topics, in the taxonomy's order.", "Topic")
	schemas["UnitTopic"] = obj{"type": "object", "description": "A topic of a unit and why it is there.",
		"properties": obj{
			"code":      obj{"type": "string"},
			"reason":    obj{"type": "string", "description": "Why: the rule's evidence, or who chose it and when."},
			"by_person": obj{"type": "boolean", "description": "True when a person added it."},
		},
		"required": []string{"code", "reason", "by_person"}, "additionalProperties": false}
	schemas["Unit"] = obj{"type": "object", "description": "A part, chapter, article, section or appendix of an agreement.",
		"properties": obj{
			"id":           ref("ID"),
			"agreement_id": ref("ID"),
			"parent_id":    obj{"$ref": "#/components/schemas/ID", "description": "The unit it is in; absent at the top."},
			"seq":          obj{"type": "integer", "description": "Its place in the agreement."},
			"depth":        obj{"type": "integer", "minimum": 0},
			"kind":         obj{"type": "string", "description": "part, chapter, article, section or appendix."},
			"number":       obj{"type": "string"},
			"heading":      obj{"type": "string"},
			"text":         obj{"type": "string"},
			"start":        obj{"type": "integer", "minimum": 0, "description": "Its first byte in the normalized text."},
			"end":          obj{"type": "integer", "minimum": 0, "description": "The byte after its last."},
			"key":          obj{"type": "string", "description": "Its stable name within the agreement, such as \"article 12/section 12.3\"."},
			"topics":       obj{"type": "array", "items": ref("UnitTopic")},
		},
		"required":             []string{"id", "agreement_id", "seq", "depth", "kind", "number", "heading", "text", "start", "end", "key", "topics"},
		"additionalProperties": false}
	schemas["UnitList"] = listSchema("The units of an agreement, in order.", "Unit")
	schemas["AgreementFile"] = obj{"type": "object", "description": "The original file.",
		"properties": obj{
			"name":   obj{"type": "string"},
			"format": obj{"type": "string", "description": "txt, md, html, docx or pdf."},
			"size":   obj{"type": "integer", "minimum": 0},
			"sha256": obj{"type": "string", "description": "The SHA-256 of the file: the same file twice is one agreement."},
		},
		"required": []string{"name", "format", "size", "sha256"}, "additionalProperties": false}

	paths[apiPrefix+"/topics"] = obj{"get": obj{
		"operationId": "listTopics", "tags": tags, "summary": "The topic taxonomy",
		"responses": obj{"200": jsonResponse("Every topic.", ref("TopicList")), "401": sharedResponse("Unauthorized"), "default": sharedResponse("Error")},
	}}
	choice := func(id, summary, doc string) obj {
		return obj{"operationId": id, "tags": tags, "summary": summary, "description": doc,
			"responses": obj{
				"204":     obj{"description": "Done; the choice is kept, also when the same text is ingested again."},
				"400":     problemResponse("The topic code is not one of the taxonomy's."),
				"401":     sharedResponse("Unauthorized"),
				"403":     sharedResponse("Forbidden"),
				"404":     sharedResponse("NotFound"),
				"default": sharedResponse("Error"),
			}}
	}
	paths[apiPrefix+"/units/{id}/topics/{code}"] = obj{
		"parameters": []any{
			obj{"$ref": "#/components/parameters/id"},
			obj{"name": "code", "in": "path", "required": true, "description": "A topic code of /api/v1/topics.", "schema": obj{"type": "string"}},
		},
		"put": choice("addUnitTopic", "Give a unit a topic",
			"A person's choice: the unit has the topic, whatever the rules say. Needs the editor role in the agreement's owner."),
		"delete": choice("removeUnitTopic", "Take a topic from a unit",
			"A person's choice: the unit does not have the topic, whatever the rules say. Needs the editor role in the agreement's owner."),
	}
}

// describeSearch documents the full-text search.
func describeSearch(paths, schemas obj) {
	schemas["SearchHit"] = obj{"type": "object", "description": "A unit that matches.",
		"properties": obj{
			"agreement_id":    ref("ID"),
			"agreement_title": obj{"type": "string"},
			"unit_id":         ref("ID"),
			"unit_kind":       obj{"type": "string"},
			"unit_number":     obj{"type": "string"},
			"heading":         obj{"type": "string"},
			"snippet":         obj{"type": "string", "description": "An excerpt as HTML: escaped text, the matches inside <mark>."},
			"score":           obj{"type": "number", "description": "Higher is a better match."},
		},
		"required":             []string{"agreement_id", "agreement_title", "unit_id", "unit_kind", "unit_number", "heading", "snippet", "score"},
		"additionalProperties": false}
	schemas["SearchResult"] = obj{"type": "object", "description": "A page of hits, best first.",
		"properties": obj{
			"items": obj{"type": "array", "items": ref("SearchHit")},
			"total": obj{"type": "integer", "minimum": 0, "description": "How many units match, on all pages; when more is true, how many were ranked (the pages hold those)."},
			"more": obj{"type": "boolean", "description": "More units match than were ranked: a search reads the units with the query's words in their heading and " +
				"the latest others that match, a few hundred, and ranks those; add words or filters to rank every match."},
		},
		"required": []string{"items", "total", "more"}, "additionalProperties": false}
	params := make([]any, len(searchParams))
	for i, p := range searchParams {
		params[i] = obj{"name": p.name, "in": "query", "description": p.doc, "schema": p.schema, "required": p.name == "q"}
	}
	paths[apiPrefix+"/search"] = obj{"get": obj{
		"operationId": "search", "tags": []string{"Agreements"}, "summary": "Search the agreements' text",
		"description": "Finds the articles and sections of the agreements the caller may see, ranked, with highlighted excerpts. " +
			"A parameter not listed here is refused.",
		"parameters": params,
		"responses": obj{
			"200":     jsonResponse("The hits.", ref("SearchResult")),
			"400":     sharedResponse("BadRequest"),
			"401":     sharedResponse("Unauthorized"),
			"default": sharedResponse("Error"),
		},
	}}
}

func listSchema(doc, item string) obj {
	return obj{"type": "object", "description": doc,
		"properties": obj{"items": obj{"type": "array", "items": ref(item)}},
		"required":   []string{"items"}, "additionalProperties": false}
}
