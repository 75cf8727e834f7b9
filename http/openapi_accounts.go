package http

import "github.com/frente/frente"

// describeAccounts adds the accounts routes of the API and their schemas.
func describeAccounts(paths, schemas obj) {
	dateTime := obj{"type": "string", "format": "date-time"}
	schemas["User"] = obj{"type": "object", "description": "A login.",
		"properties": obj{
			"id":         ref("ID"),
			"email":      obj{"type": "string", "format": "email"},
			"name":       obj{"type": "string"},
			"site_admin": obj{"type": "boolean", "description": "May see and change every record."},
			"created_at": dateTime,
			"updated_at": dateTime,
		},
		"required": []string{"id", "email", "name", "site_admin", "created_at", "updated_at"}, "additionalProperties": false}
	roles := make([]string, len(frente.Roles))
	for i, r := range frente.Roles {
		roles[i] = string(r)
	}
	schemas["Membership"] = obj{"type": "object",
		"description": "A role of a user in an organization, which holds in all the organizations below it too.",
		"properties": obj{
			"user_id":           ref("ID"),
			"organization_id":   ref("ID"),
			"role":              obj{"type": "string", "enum": roles},
			"created_at":        dateTime,
			"user_email":        obj{"type": "string"},
			"user_name":         obj{"type": "string"},
			"organization_name": obj{"type": "string"},
		},
		"required": []string{"user_id", "organization_id", "role", "created_at"}, "additionalProperties": false}
	schemas["Me"] = obj{"type": "object", "description": "The caller and their memberships.",
		"properties": obj{"user": ref("User"), "memberships": obj{"type": "array", "items": ref("Membership")}},
		"required":   []string{"user", "memberships"}, "additionalProperties": false}
	schemas["AuditEntry"] = obj{"type": "object", "description": "One create, change or delete of a record.",
		"properties": obj{
			"id":         ref("ID"),
			"at":         dateTime,
			"user_id":    ref("ID"),
			"user_email": obj{"type": "string"},
			"entity":     obj{"type": "string", "enum": auditEntities},
			"record_id":  ref("ID"),
			"action":     obj{"type": "string", "enum": []string{"create", "update", "delete"}},
			"owner_id":   ref("ID"),
			"before":     obj{"type": []string{"object", "null"}, "description": "The record before the change; null for a create."},
			"after":      obj{"type": []string{"object", "null"}, "description": "The record after the change; null for a delete."},
		},
		"required": []string{"id", "at", "entity", "record_id", "action", "before", "after"}, "additionalProperties": false}
	schemas["AuditPage"] = obj{"type": "object", "properties": obj{"items": obj{"type": "array", "items": ref("AuditEntry")}},
		"required": []string{"items"}, "additionalProperties": false}

	tags := []string{"Accounts"}
	paths[apiPrefix+"/me"] = obj{"get": obj{
		"operationId": "me", "tags": tags, "summary": "Who the caller is",
		"description": "The user of the API token (or session) and their memberships; a script can check its token with it.",
		"responses": obj{
			"200":     jsonResponse("The caller.", ref("Me")),
			"401":     sharedResponse("Unauthorized"),
			"default": sharedResponse("Error"),
		},
	}}
	paths[apiPrefix+"/audit"] = obj{"get": obj{
		"operationId": "audit", "tags": tags, "summary": "The history of changes",
		"description": "Who created, changed and deleted which record, when, with the values before and after; newest first. " +
			"Only the records whose owner the caller administers (as admin of it or of an organization above it).",
		"parameters": []any{
			obj{"name": "entity", "in": "query", "description": "Only records of this kind.", "schema": obj{"type": "string", "enum": auditEntities}},
			obj{"name": "id", "in": "query", "description": "Only this record (with entity).", "schema": ref("ID")},
			obj{"name": "limit", "in": "query", "description": "At most this many entries (default 50).",
				"schema": obj{"type": "integer", "minimum": 1, "maximum": frente.MaxLimit}},
		},
		"responses": obj{
			"200":     jsonResponse("The entries.", ref("AuditPage")),
			"400":     sharedResponse("BadRequest"),
			"401":     sharedResponse("Unauthorized"),
			"default": sharedResponse("Error"),
		},
	}}
}
