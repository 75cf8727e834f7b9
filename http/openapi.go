package http

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"
)

// apiDescriber is a resource as the OpenAPI document sees it, whatever its
// record and filter types.
type apiDescriber interface {
	// describeTo adds the resource's paths and schemas and returns its tag.
	describeTo(paths, schemas obj) (tag obj)
}

// apiResources are the resources of the API, in the document's order.
var apiResources = []apiDescriber{organizationAPI, workplaceAPI, personAPI, positionAPI, campaignAPI, agreementDoc{}, negotiationAPI, bargainingDoc{}, disputeDoc{}, incidentAPI, solidarityDoc{}, pledgeAPI, requestAPI}

// openAPIJSON is the document, made once: it depends on nothing that
// changes while the program runs.
var openAPIJSON = sync.OnceValues(func() (openAPIFile, error) {
	b, err := json.MarshalIndent(openAPIDocument(), "", "  ")
	if err != nil {
		return openAPIFile{}, fmt.Errorf("openapi: %w", err)
	}
	sum := sha256.Sum256(b)
	return openAPIFile{body: b, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}, nil
})

type openAPIFile struct {
	body []byte
	etag string
}

// openAPI answers the OpenAPI document. Clients revalidate it with its
// ETag, so a new release is seen at once and an unchanged one costs a 304.
func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	f, err := openAPIJSON()
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("ETag", f.etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(f.body))
}

// openAPIDocument describes every route of the API in OpenAPI 3.1.
func openAPIDocument() obj {
	paths, schemas := obj{}, sharedSchemas()
	tags := []any{}
	for _, res := range apiResources {
		tags = append(tags, res.describeTo(paths, schemas))
	}
	tags = append(tags, obj{"name": "Service", "description": "The state of the server and this description."})
	paths["/healthz"] = obj{"get": obj{
		"operationId": "health", "tags": []string{"Service"}, "summary": "Check that the server and its database answer",
		"responses": obj{
			"200": jsonResponse("The server and its database answer.", ref("Health")),
			"503": obj{"$ref": "#/components/responses/Unavailable"},
		},
	}}
	paths[apiPrefix+"/openapi.json"] = obj{"get": obj{
		"operationId": "openAPI", "tags": []string{"Service"}, "summary": "This description of the API",
		"responses": obj{
			"200": jsonResponse("The OpenAPI document.", obj{"type": "object"}),
			"401": sharedResponse("Unauthorized"),
		},
	}}
	describeAccounts(paths, schemas)
	tags = append(tags, obj{"name": "Accounts", "description": "Who the caller is, and the history of changes to records."})
	return obj{
		"openapi": "3.1.0",
		"info": obj{
			"title":   "Frente API",
			"version": "1.0.0",
			"summary": "The records that unions facing the same employer share: organizations, workplaces, people, positions, campaigns and their agreements, searchable.",
			"description": strings.Join([]string{
				"Every record is read, listed, created, changed and deleted the same way.",
				"Lists answer a page of `items`, the `total` that match, and `next`, the `cursor` of the next page (empty on the last).",
				"A change (PATCH) is a JSON merge patch: the properties sent replace the stored ones, null empties one, the others keep their values.",
				"Invalid input changes nothing. Errors are RFC 9457 problem details (application/problem+json) that name each field at fault.",
				"Messages follow the request's Accept-Language (English or Spanish).",
				"Callers see what their memberships allow: public records to everyone; private ones to members of the owner and of the organizations above it; records shared with a campaign also to its members. A record the caller may not see answers 404.",
			}, " "),
		},
		"servers":  []any{obj{"url": "/"}},
		"security": []any{obj{}, obj{"bearer": []any{}}},
		"tags":     tags,
		"paths":    paths,
		"components": obj{"schemas": schemas, "responses": sharedResponses(), "parameters": sharedParameters(),
			"securitySchemes": obj{"bearer": obj{"type": "http", "scheme": "bearer",
				"description": "An API token of a user (frt_...). Without one, the caller is anonymous: it reads public records and changes nothing."}}},
	}
}

func (res *resource[T, F]) describeTo(paths, schemas obj) obj {
	answer, create, patch := recordSchemas(res.doc, res.properties)
	schemas[res.name] = answer
	schemas[res.name+"Input"] = create
	schemas[res.name+"Patch"] = patch
	schemas[res.name+"Page"] = obj{"type": "object", "description": "One page of a listing.",
		"properties": obj{
			"items": obj{"type": "array", "items": ref(res.name)},
			"total": obj{"type": "integer", "minimum": 0, "description": "How many records match, on all pages."},
			"next":  obj{"type": "string", "description": "The cursor of the next page; empty on the last page."},
		},
		"required":             []string{"items", "total", "next"},
		"additionalProperties": false}

	tags := []string{res.plural}
	plural := strings.ToLower(res.plural)
	paths[res.path()] = obj{
		"get": obj{
			"operationId": "list" + res.plural, "tags": tags,
			"summary":     "List " + plural,
			"description": "Lists " + plural + " in name order, a page at a time. Every filter given must match. A parameter that is not listed here is refused.",
			"parameters":  listParameters(res.params),
			"responses": obj{
				"200":     jsonResponse("A page of "+plural+".", ref(res.name+"Page")),
				"400":     sharedResponse("BadRequest"),
				"401":     sharedResponse("Unauthorized"),
				"default": sharedResponse("Error"),
			},
		},
		"post": obj{
			"operationId": "create" + res.name, "tags": tags,
			"summary":     "Create " + res.noun,
			"requestBody": obj{"required": true, "content": obj{"application/json": obj{"schema": ref(res.name + "Input")}}},
			"responses": obj{
				"201": obj{
					"description": "Created; the answer is the record as stored.",
					"headers":     obj{"Location": obj{"description": "The address of the new record.", "schema": obj{"type": "string", "format": "uri-reference"}}},
					"content":     obj{"application/json": obj{"schema": ref(res.name)}},
				},
				"400":     sharedResponse("BadRequest"),
				"401":     sharedResponse("Unauthorized"),
				"403":     sharedResponse("Forbidden"),
				"409":     sharedResponse("Conflict"),
				"413":     sharedResponse("TooLarge"),
				"default": sharedResponse("Error"),
			},
		},
	}
	paths[res.path()+"/{id}"] = obj{
		"parameters": []any{obj{"$ref": "#/components/parameters/id"}},
		"get": obj{
			"operationId": "get" + res.name, "tags": tags,
			"summary": "Get " + res.noun,
			"responses": obj{
				"200":     jsonResponse("The record.", ref(res.name)),
				"401":     sharedResponse("Unauthorized"),
				"404":     sharedResponse("NotFound"),
				"default": sharedResponse("Error"),
			},
		},
		"patch": obj{
			"operationId": "update" + res.name, "tags": tags,
			"summary": "Change " + res.noun,
			"requestBody": obj{"required": true, "content": obj{
				"application/merge-patch+json": obj{"schema": ref(res.name + "Patch")},
				"application/json":             obj{"schema": ref(res.name + "Patch")},
			}},
			"responses": obj{
				"200":     jsonResponse("The record as stored after the change.", ref(res.name)),
				"400":     sharedResponse("BadRequest"),
				"401":     sharedResponse("Unauthorized"),
				"403":     sharedResponse("Forbidden"),
				"404":     sharedResponse("NotFound"),
				"409":     sharedResponse("Conflict"),
				"413":     sharedResponse("TooLarge"),
				"default": sharedResponse("Error"),
			},
		},
		"delete": obj{
			"operationId": "delete" + res.name, "tags": tags,
			"summary": "Delete " + res.noun,
			"responses": obj{
				"204":     obj{"description": "Deleted."},
				"401":     sharedResponse("Unauthorized"),
				"403":     sharedResponse("Forbidden"),
				"404":     sharedResponse("NotFound"),
				"409":     sharedResponse("Conflict"),
				"default": sharedResponse("Error"),
			},
		},
	}
	return obj{"name": res.plural, "description": res.doc}
}

// listParameters are the query parameters of a listing: those of every
// listing, then the listing's own filters.
func listParameters[F any](params []listParam[F]) []any {
	out := make([]any, 0, len(commonListParams)+len(params))
	for _, p := range commonListParams {
		out = append(out, obj{"name": p.name, "in": "query", "description": p.doc, "schema": p.schema})
	}
	for _, p := range params {
		out = append(out, obj{"name": p.name, "in": "query", "description": p.doc, "schema": p.schema})
	}
	return out
}

func jsonResponse(doc string, schema obj) obj {
	return obj{"description": doc, "content": obj{"application/json": obj{"schema": schema}}}
}

func sharedResponse(name string) obj { return obj{"$ref": "#/components/responses/" + name} }

func problemResponse(doc string) obj {
	return obj{"description": doc, "content": obj{"application/problem+json": obj{"schema": ref("Problem")}}}
}

func sharedResponses() obj {
	return obj{
		"BadRequest": problemResponse("Invalid input: a malformed body or query, or values the record cannot take. `errors` names each field or parameter at fault."),
		"Unauthorized": problemResponse("The API token sent is malformed, unknown or revoked; or the operation needs a logged-in caller and none was given. " +
			"Send `Authorization: Bearer frt_...` (create tokens on the account page or with `frente token create`)."),
		"Forbidden": problemResponse("The caller may see the record but not change it: changes need the editor role in the organization that owns it " +
			"(or in one above it). Also answered to a request that changes data from a page of another site."),
		"NotFound":    problemResponse("There is no such record, or the caller may not see it."),
		"Conflict":    problemResponse("The change conflicts with other records: an external key already taken, or a record still referred to (an organization with organizations below it, or one that a workplace, position or campaign names)."),
		"TooLarge":    problemResponse(fmt.Sprintf("The request body is larger than %d bytes.", MaxBodyBytes)),
		"Unavailable": problemResponse("The database does not answer."),
		"Error":       problemResponse("An unexpected error; it has been logged."),
	}
}

func sharedParameters() obj {
	return obj{"id": obj{"name": "id", "in": "path", "required": true, "description": "The record's id.", "schema": ref("ID")}}
}
