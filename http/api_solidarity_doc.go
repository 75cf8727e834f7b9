package http

// solidarityDoc describes the messages, with the schemas the messages,
// pledges and requests refer to, their original files and the calendar.
type solidarityDoc struct{}

func (solidarityDoc) describeTo(paths, schemas obj) obj {
	schemas["Signatory"] = obj{"type": "object", "description": "A person who signed, with the title they signed with.",
		"properties": obj{
			"person_id": ref("IDInput"),
			"title":     obj{"type": "string", "maxLength": 300},
			"name":      obj{"type": "string", "description": "The person's name (read-only)."},
		}, "required": []string{"person_id"}, "additionalProperties": false}
	schemas["MessageFile"] = obj{"type": "object", "description": "The original file of a message.",
		"properties": obj{"name": obj{"type": "string"}, "type": obj{"type": "string"}, "size": obj{"type": "integer"}, "sha256": obj{"type": "string"}},
		"required":   []string{"name", "type", "size", "sha256"}, "additionalProperties": false}
	schemas["MessageVersion"] = obj{"type": "object", "description": "Another version of the same text.",
		"properties": obj{"id": ref("ID"), "language": obj{"type": "string"}, "subject": obj{"type": "string"}},
		"required":   []string{"id", "language", "subject"}, "additionalProperties": false}
	schemas["StatusEvent"] = obj{"type": "object", "description": "One change of a status.",
		"properties": obj{
			"at": obj{"type": "string", "format": "date-time"}, "user_id": ref("ID"),
			"from": obj{"type": "string"}, "to": obj{"type": "string"}, "note": obj{"type": "string"},
		}, "required": []string{"at", "to"}, "additionalProperties": false}
	schemas["CalendarURL"] = obj{"type": "object", "description": "The caller's secret address of a campaign's calendar feed.",
		"properties": obj{"url": obj{"type": "string", "format": "uri"}}, "required": []string{"url"}, "additionalProperties": false}
	tag := messageAPI.describeTo(paths, schemas)
	record := messageAPI.path() + "/{id}/original"
	paths[record] = obj{
		"parameters": []any{obj{"$ref": "#/components/parameters/id"}},
		"get": obj{"operationId": "getMessageOriginal", "tags": []string{"Messages"}, "summary": "The original file of a message",
			"description": "The file byte for byte, as an attachment.",
			"responses": obj{"200": obj{"description": "The file, with the type it was stored as.", "content": originalContent(),
				"headers": obj{"Content-Disposition": obj{"schema": obj{"type": "string"}}}},
				"401": sharedResponse("Unauthorized"), "404": sharedResponse("NotFound"), "default": sharedResponse("Error")}},
		"put": obj{"operationId": "putMessageOriginal", "tags": []string{"Messages"}, "summary": "Store the original file of a message",
			"description": "The request body is the file (a scan, a PDF); its name is ?name=, its type the Content-Type. It replaces any earlier one.",
			"parameters":  []any{obj{"name": "name", "in": "query", "required": true, "schema": obj{"type": "string"}}},
			"requestBody": obj{"required": true, "content": obj{"application/octet-stream": obj{"schema": obj{"type": "string"}}}},
			"responses": obj{"200": jsonResponse("The message with its file.", ref("Message")), "400": sharedResponse("BadRequest"),
				"401": sharedResponse("Unauthorized"), "403": sharedResponse("Forbidden"), "404": sharedResponse("NotFound"),
				"413": problemResponse("The file is larger than 20 MiB."), "default": sharedResponse("Error")}},
	}
	cal := campaignAPI.path() + "/{id}/calendar"
	paths[cal] = obj{
		"parameters": []any{obj{"$ref": "#/components/parameters/id"}},
		"get": obj{"operationId": "getCampaignCalendar", "tags": []string{"Campaigns"}, "summary": "The caller's address of the campaign's calendar",
			"description": "A secret address of the campaign's iCalendar feed (agreement expiries, negotiation sessions, action days, request deadlines, incident anniversaries) showing what the caller may see; calendar programs subscribe to it without logging in.",
			"responses":   obj{"200": jsonResponse("The address.", ref("CalendarURL")), "401": sharedResponse("Unauthorized"), "404": sharedResponse("NotFound"), "default": sharedResponse("Error")}},
	}
	paths[cal+"/reset"] = obj{
		"parameters": []any{obj{"$ref": "#/components/parameters/id"}},
		"post": obj{"operationId": "resetCampaignCalendar", "tags": []string{"Campaigns"}, "summary": "A new calendar address",
			"description": "Replaces the caller's calendar key: every address given before stops working, for every campaign.",
			"responses":   obj{"200": jsonResponse("The new address.", ref("CalendarURL")), "401": sharedResponse("Unauthorized"), "404": sharedResponse("NotFound"), "default": sharedResponse("Error")}},
	}
	return tag
}

func originalContent() obj {
	out := obj{}
	for _, t := range originalMessageTypes {
		out[t] = obj{"schema": obj{"type": "string", "contentMediaType": t}}
	}
	return out
}
