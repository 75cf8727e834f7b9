package http

import (
	"github.com/frente/frente"
)

// obj is a JSON object of the OpenAPI document.
type obj = map[string]any

// ref points at a schema of the document's components.
func ref(name string) obj { return obj{"$ref": "#/components/schemas/" + name} }

// property is one JSON property of a record, as the OpenAPI document
// describes it. From one list of properties the document derives three
// schemas per record: the record as answers carry it, the body that
// creates one, and the body that changes one.
type property struct {
	name string
	doc  string
	// schema is the value as answers carry it.
	schema obj
	// input is the value as requests may carry it, when that is looser
	// than what answers carry (a country code in lower case, an id written
	// as a string); nil means the same as schema.
	input obj
	// readOnly properties are set by the server, which ignores them in
	// requests.
	readOnly bool
	// omitEmpty properties are left out of answers when they are empty.
	omitEmpty bool
	// required properties must be given to create a record.
	required bool
}

func textProp(name string, maxLen int, doc string) property {
	return property{name: name, doc: doc, schema: obj{"type": "string", "maxLength": maxLen}}
}

// requiredTextProp is text that must not be empty (after trimming).
func requiredTextProp(name string, maxLen int, doc string) property {
	return property{name: name, doc: doc, required: true,
		schema: obj{"type": "string", "minLength": 1, "maxLength": maxLen},
		input:  obj{"type": "string", "pattern": `\S`, "maxLength": maxLen}}
}

// idProp refers to another record; 0, meaning none, is left out.
func idProp(name, doc string) property {
	return property{name: name, doc: doc, schema: ref("ID"), input: ref("IDInput"), omitEmpty: true}
}

// requiredIDProp refers to another record that must be given.
func requiredIDProp(name, doc string) property {
	return property{name: name, doc: doc, schema: ref("ID"), input: ref("IDInput"), required: true}
}

func idListProp(name, doc string) property {
	return property{name: name, doc: doc,
		schema: obj{"type": "array", "items": ref("ID")},
		input:  obj{"type": "array", "items": ref("IDInput")}}
}

func choiceProp[K ~string](name string, choices []K, required bool, doc string) property {
	return property{name: name, doc: doc, required: required, schema: obj{"type": "string", "enum": choices}}
}

// countryProp is an ISO 3166-1 code, upper-cased by the server.
func countryProp(name string, required bool, doc string) property {
	p := property{name: name, doc: doc, required: required, schema: ref("Country"), input: ref("CountryInput")}
	if !required {
		p.schema = obj{"anyOf": []any{ref("Country"), obj{"const": ""}}}
	}
	return p
}

func dateProp(name, doc string) property {
	return property{name: name, doc: doc, schema: ref("Date")}
}

// urlProp is an http or https address, or empty.
func urlProp(name, doc string) property {
	return property{name: name, doc: doc, schema: obj{"type": "string", "anyOf": []any{obj{"format": "uri", "pattern": "^https?://"}, obj{"maxLength": 0}}}}
}

// recordProperties are the properties of frente.Record, which every record has.
var recordProperties = []property{
	{name: "id", doc: "The record's id, given by the server.", schema: ref("ID"), readOnly: true},
	{name: "ref", doc: "An optional stable external key, unique among records of this kind, that makes imports repeatable.",
		schema: obj{"type": "string", "maxLength": 200}, omitEmpty: true},
	idProp("owner_id", "The organization that owns the record."),
	{name: "visibility", doc: "Who may read the record: members of its owner (private), also members of the campaigns it is shared with (campaign), or everyone (public). Private when not given.",
		schema: obj{"type": "string", "enum": frente.Visibilities}},
	{name: "sources", doc: "Where the facts of the record come from.",
		schema: obj{"type": "array", "items": ref("Source")}},
	idListProp("campaigns", "The campaigns the record is shared with: with visibility campaign, their members may read it."),
	{name: "created_at", doc: "When the record was created.", schema: obj{"type": "string", "format": "date-time"}, readOnly: true},
	{name: "updated_at", doc: "When the record was last changed.", schema: obj{"type": "string", "format": "date-time"}, readOnly: true},
}

// recordSchemas returns the three schemas of a record kind: as answered,
// as created (XInput) and as changed (XPatch).
func recordSchemas(doc string, props []property) (answer, create, patch obj) {
	props = append(append([]property(nil), recordProperties...), props...)
	answerProps, createProps, patchProps := obj{}, obj{}, obj{}
	answerRequired, createRequired := []string{}, []string{}
	for _, p := range props {
		answerProps[p.name] = describe(p.schema, p.doc, p.readOnly)
		if !p.omitEmpty {
			answerRequired = append(answerRequired, p.name)
		}
		if p.readOnly {
			// Clients may send back what they read; the server ignores it.
			createProps[p.name] = describe(obj{}, p.doc+" Ignored in requests.", true)
			patchProps[p.name] = createProps[p.name]
			continue
		}
		in := p.schema
		if p.input != nil {
			in = p.input
		}
		createProps[p.name] = describe(in, p.doc, false)
		patchProps[p.name] = describe(obj{"anyOf": []any{in, obj{"type": "null"}}}, p.doc+" Null empties it.", false)
		if p.required {
			createRequired = append(createRequired, p.name)
		}
	}
	answer = obj{"type": "object", "description": doc, "properties": answerProps, "required": answerRequired, "additionalProperties": false}
	create = obj{"type": "object", "description": doc, "properties": createProps, "required": createRequired, "additionalProperties": false}
	patch = obj{"type": "object", "description": "The properties to change; the others keep their values (JSON merge patch, RFC 7396).",
		"properties": patchProps, "additionalProperties": false}
	return answer, create, patch
}

// describe returns schema with a description, leaving schema as it was:
// several properties share the same schema value.
func describe(schema obj, doc string, readOnly bool) obj {
	out := obj{}
	for k, v := range schema {
		out[k] = v
	}
	if doc != "" {
		out["description"] = doc
	}
	if readOnly {
		out["readOnly"] = true
	}
	return out
}

// sharedSchemas are the schemas that records and answers refer to.
func sharedSchemas() obj {
	return obj{
		"ID": obj{"type": "integer", "format": "int64", "minimum": 1, "description": "A record id."},
		"IDInput": obj{"description": "A record id, as a number or a string of digits.",
			"oneOf": []any{obj{"type": "integer", "format": "int64", "minimum": 1}, obj{"type": "string", "pattern": "^[0-9]+$"}}},
		"Country": obj{"type": "string", "enum": frente.Countries(), "description": "An ISO 3166-1 alpha-2 country code."},
		"CountryInput": obj{"type": "string", "pattern": `^\s*([A-Za-z]{2})?\s*$`,
			"description": "An ISO 3166-1 alpha-2 country code, in any case."},
		"Date": obj{"type": "string", "description": "A calendar day written YYYY-MM-DD, or empty when unknown.",
			"anyOf": []any{obj{"format": "date"}, obj{"maxLength": 0}}},
		"Source": obj{"type": "object", "description": "A citation: where a fact came from; a URL, a text or both.",
			"properties": obj{
				"url":  obj{"type": "string", "format": "uri", "description": "An http or https address."},
				"text": obj{"type": "string", "maxLength": 2000},
			},
			"additionalProperties": false},
		"Problem": obj{"type": "object", "description": "An error, as RFC 9457 problem details, in the language of the request.",
			"properties": obj{
				"type":   obj{"type": "string", "format": "uri-reference"},
				"title":  obj{"type": "string", "description": "A short summary of the kind of error."},
				"status": obj{"type": "integer", "minimum": 400, "maximum": 599},
				"detail": obj{"type": "string", "description": "What went wrong in this case."},
				"code":   obj{"type": "string", "description": "A stable code of the kind of error, such as invalid, not_found or conflict."},
				"errors": obj{"type": "array", "items": ref("ProblemField"), "description": "The fields at fault, for invalid input."},
			},
			"required":             []string{"type", "title", "status", "detail", "code"},
			"additionalProperties": false},
		"ProblemField": obj{"type": "object", "description": "One field, body member or query parameter at fault.",
			"properties": obj{
				"field":   obj{"type": "string", "description": "Its name, such as parent_id, represented_by[1], sources.url, limit or body."},
				"code":    obj{"type": "string", "description": "A stable code of the problem, such as required, unknown_country or cycle."},
				"message": obj{"type": "string", "description": "The problem, in words for a person."},
			},
			"required":             []string{"field", "code", "message"},
			"additionalProperties": false},
		"Health": obj{"type": "object",
			"properties":           obj{"status": obj{"const": "ok"}},
			"required":             []string{"status"},
			"additionalProperties": false},
	}
}
