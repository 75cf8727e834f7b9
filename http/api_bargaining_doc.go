package http

import "github.com/frente/frente"

// bargainingDoc describes the proposals, their redlines and
// the matrix of a campaign in the OpenAPI document.
type bargainingDoc struct{}

func (bargainingDoc) describeTo(paths, schemas obj) obj {
	schemas["BargainingSession"] = obj{"type": "object", "description": "One meeting at a table.",
		"properties": obj{
			"date":  obj{"$ref": "#/components/schemas/Date", "description": "The day; required."},
			"place": obj{"type": "string", "maxLength": 300},
			"notes": obj{"type": "string", "maxLength": 20000},
		},
		"required": []string{"date"}, "additionalProperties": false}
	schemas["ProposalEvent"] = obj{"type": "object", "description": "One change of a proposal's status.",
		"properties": obj{
			"at":      obj{"type": "string", "format": "date-time"},
			"user_id": ref("ID"),
			"from":    obj{"type": "string", "description": "The status before; absent when the proposal was tabled."},
			"to":      obj{"type": "string", "enum": frente.ProposalStatuses},
			"note":    obj{"type": "string"},
		},
		"required": []string{"at", "to"}, "additionalProperties": false}
	schemas["TakeawaySuggestion"] = obj{"type": "object", "description": "What the text suggests; a person decides.",
		"properties": obj{
			"suggested": obj{"type": "boolean"},
			"deleted":   obj{"type": "array", "items": obj{"type": "string"}, "description": "Protective terms of the current text the proposal drops."},
			"added":     obj{"type": "array", "items": obj{"type": "string"}, "description": "Narrowing terms the proposal brings in."},
			"removed":   obj{"type": "boolean", "description": "The proposal deletes the clause."},
			"shrink":    obj{"type": "number", "description": "The share of the current words gone, when large."},
		},
		"required": []string{"suggested"}, "additionalProperties": false}
	schemas["UnitRef"] = obj{"type": "object", "description": "A unit of an agreement.",
		"properties": obj{
			"id": ref("ID"), "agreement_id": ref("ID"),
			"kind": obj{"type": "string"}, "number": obj{"type": "string"}, "heading": obj{"type": "string"},
			"topics": obj{"type": "array", "items": obj{"type": "string"}},
		},
		"required": []string{"id", "agreement_id", "kind", "number", "heading", "topics"}, "additionalProperties": false}
	schemas["RedlineOp"] = obj{"type": "object", "description": "A run of text: kept, deleted or inserted; moved text carries the same move number at both ends.",
		"properties": obj{
			"op":   obj{"type": "string", "enum": []string{"equal", "delete", "insert"}},
			"text": obj{"type": "string"},
			"move": obj{"type": "integer", "minimum": 1},
		},
		"required": []string{"op", "text"}, "additionalProperties": false}
	schemas["Redline"] = obj{"type": "object", "description": "A proposal against the current text of its target, word by word.",
		"properties": obj{
			"proposal_id": ref("ID"),
			"target":      obj{"anyOf": []any{ref("UnitRef"), obj{"type": "null"}}, "description": "The unit; null for new language."},
			"current":     obj{"type": "string", "description": "The target's whole current text, its sections included."},
			"proposed":    obj{"type": "string"},
			"similarity":  obj{"type": "number", "minimum": 0, "maximum": 1},
			"stats": obj{"type": "object", "description": "Words kept, deleted, inserted and moved.",
				"properties": obj{"Equal": obj{"type": "integer"}, "Deleted": obj{"type": "integer"}, "Inserted": obj{"type": "integer"}, "Moved": obj{"type": "integer"}}},
			"ops":  obj{"type": "array", "items": ref("RedlineOp")},
			"text": obj{"type": "string", "description": "Plain text: [-deleted-]{+inserted+}."},
			"html": obj{"type": "string", "description": "An HTML fragment: <del> and <ins> with symbols, readable in black and white."},
		},
		"required": []string{"proposal_id", "target", "current", "proposed", "similarity", "stats", "ops", "text", "html"}, "additionalProperties": false}
	schemas["MatrixCell"] = obj{"type": "object", "description": "One topic at one table.",
		"properties": obj{
			"topic":        obj{"type": "string"},
			"negotiation":  ref("ID"),
			"state":        obj{"type": "string", "enum": frente.MatrixStates, "description": "The state the latest proposal (by date) puts the cell in."},
			"takeaway":     obj{"type": "boolean", "description": "Whether any proposal of the cell was marked a takeaway."},
			"proposal_ids": obj{"type": "array", "items": ref("ID"), "description": "Its proposals, oldest first."},
		},
		"required": []string{"topic", "negotiation", "state", "takeaway", "proposal_ids"}, "additionalProperties": false}
	schemas["Matrix"] = obj{"type": "object", "description": "The coordinated-bargaining matrix: a row a topic, a column a table.",
		"properties": obj{
			"campaign_id": ref("ID"),
			"topics":      obj{"type": "array", "items": obj{"type": "string"}, "description": "Topic codes with any proposal, in the taxonomy's order."},
			"negotiations": obj{"type": "array", "items": obj{"type": "object",
				"properties": obj{"id": ref("ID"), "title": obj{"type": "string"}, "status": obj{"type": "string", "enum": frente.NegotiationStatuses}},
				"required":   []string{"id", "title", "status"}, "additionalProperties": false}},
			"cells": obj{"type": "array", "items": ref("MatrixCell"), "description": "Every topic × table, row by row."},
		},
		"required": []string{"campaign_id", "topics", "negotiations", "cells"}, "additionalProperties": false}

	tag := proposalAPI.describeTo(paths, schemas)
	read := func(id, tagName, summary, doc string, params []any, ok obj, extra obj) obj {
		responses := obj{"200": ok, "401": sharedResponse("Unauthorized"), "404": sharedResponse("NotFound"), "default": sharedResponse("Error")}
		for k, v := range extra {
			responses[k] = v
		}
		return obj{
			"parameters": []any{obj{"$ref": "#/components/parameters/id"}},
			"get": obj{"operationId": id, "tags": []string{tagName}, "summary": summary, "description": doc,
				"parameters": params, "responses": responses},
		}
	}
	paths[proposalAPI.path()+"/{id}/redline"] = read("getProposalRedline", "Proposals", "A proposal's redline",
		"The proposal against the current text of its target (its sections included), word by word, with moved text recognised: "+
			"as runs, as plain text and as HTML. New language is all inserted.", []any{},
		jsonResponse("The redline.", ref("Redline")), nil)
	paths[campaignAPI.path()+"/{id}/matrix"] = read("getCampaignMatrix", "Campaigns", "The coordinated-bargaining matrix of a campaign",
		"Rows are topics, columns the campaign's tables, each cell the latest state of the topic at that table, from the tables and proposals the caller may see.",
		[]any{obj{"name": "takeaways", "in": "query", "description": "true keeps only the topics where an employer's takeaway was tabled at any table.",
			"schema": obj{"type": "string", "enum": []string{"true", "false"}}}},
		jsonResponse("The matrix.", ref("Matrix")), obj{"400": sharedResponse("BadRequest")})
	schemas["Comparison"] = obj{"type": "object", "description": "Two agreements aligned, each pair with its redline.",
		"properties": obj{
			"a": obj{"type": "string", "description": "A's title."}, "b": obj{"type": "string", "description": "B's title."},
			"pairs": obj{"type": "array", "items": obj{"type": "object", "description": "A unit of A and the unit of B it became.",
				"properties": obj{
					"a": obj{"type": "string", "description": "Its number in A, as written."}, "b": obj{"type": "string", "description": "Its number in B, as written."},
					"kind": obj{"type": "string"}, "a_kind": obj{"type": "string", "description": "A's kind, when it differs."},
					"a_heading": obj{"type": "string"}, "b_heading": obj{"type": "string"},
					"similarity": obj{"type": "number", "minimum": 0, "maximum": 1, "description": "The share of words kept."},
					"change":     obj{"type": "string", "description": "changes joined by +."},
					"changes":    obj{"type": "array", "items": obj{"type": "string", "enum": []string{"same", "split", "merged", "moved", "renumbered", "renamed", "modified"}}},
					"ops":        obj{"type": "array", "items": ref("RedlineOp")},
				},
				"required": []string{"a", "b", "kind", "a_heading", "b_heading", "similarity", "change", "changes", "ops"}, "additionalProperties": false}},
			"added":   obj{"type": "array", "items": ref("ListedUnit"), "description": "Units of B with no counterpart in A."},
			"removed": obj{"type": "array", "items": ref("ListedUnit"), "description": "Units of A with no counterpart in B."},
		},
		"required": []string{"a", "b", "pairs", "added", "removed"}, "additionalProperties": false}
	schemas["ListedUnit"] = obj{"type": "object", "properties": obj{"number": obj{"type": "string"}, "kind": obj{"type": "string"}, "heading": obj{"type": "string"}},
		"required": []string{"number", "kind", "heading"}, "additionalProperties": false}
	paths[apiPrefix+"/compare"] = obj{"get": obj{"operationId": "compareAgreements", "tags": []string{"Agreements"},
		"summary": "Compare two stored agreements",
		"description": "Aligns the articles and appendices of agreement a (the predecessor) with those of b (the successor), across renumbering, moves, renames, " +
			"splits and merges, and redlines each pair word by word; the units left over were added or removed.",
		"parameters": []any{
			obj{"name": "a", "in": "query", "required": true, "description": "The predecessor's id.", "schema": obj{"type": "string", "pattern": "^[0-9]+$"}},
			obj{"name": "b", "in": "query", "required": true, "description": "The successor's id.", "schema": obj{"type": "string", "pattern": "^[0-9]+$"}},
		},
		"responses": obj{"200": jsonResponse("The comparison.", ref("Comparison")), "400": sharedResponse("BadRequest"),
			"401": sharedResponse("Unauthorized"), "404": sharedResponse("NotFound"), "default": sharedResponse("Error")}}}
	return tag
}
