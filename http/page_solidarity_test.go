package http

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/frente/frente"
)

// TestSolidarityPages writes a letter with its translation through the
// forms, renders its body inert and side by side, records the pledge it
// makes, asks for it as the USW and accepts it as Los Mineros from the
// inbox, in Spanish.
func TestSolidarityPages(t *testing.T) {
	stores(t, func(t *testing.T, store frente.Store) {
		f := seedFront(t, store)
		addUser(t, store, "editor@mineros.example", false, map[frente.ID]frente.Role{f.Mineros.ID: frente.RoleEditor})
		addUser(t, store, "editor@usw.example", false, map[frente.ID]frente.Role{f.USW.ID: frente.RoleEditor})
		mineros := newSite(t, store)
		mineros.lang = "es"
		mineros.logIn(t, "editor@mineros.example", testPassword, "/messages/new")
		mineros.get("/messages/new").want(t, http.StatusOK, `name="signatories"`, "Firmantes")

		shared := url.Values{"owner_id": {idValue(f.Mineros.ID)}, "visibility": {"campaign"}, "campaigns": {idValue(f.Campaign.ID)}}
		form := func(v url.Values) url.Values {
			for k, x := range shared {
				v[k] = x
			}
			return v
		}
		// An unknown signatory is named with its line; nothing is stored.
		res := mineros.post("/messages", form(url.Values{"kind": {"letter"}, "date": {"2013-08-01"}, "language": {"en"}, "sender_ids": {idValue(f.Mineros.ID)},
			"subject": {"Solidarity"}, "signatories": {f.Leader.Name + " | President\nNobody Known | Treasurer"}}))
		res.want(t, http.StatusUnprocessableEntity)
		wantFieldError(t, res.body, "signatories", "Línea 2")
		letterID, page := mineros.createdAt(t, mineros.post("/messages", form(url.Values{"kind": {"letter"}, "date": {"2013-08-01"}, "language": {"en"},
			"sender_ids": {idValue(f.Mineros.ID)}, "recipient_ids": {idValue(f.USW.ID)}, "subject": {"Solidarity with the USW"},
			"signatories": {f.Leader.Name + " | President and Secretary General"},
			"body":        {"We **stand** with you.\n\n<script>alert('x')</script>"}})), "/messages/")
		page.want(t, http.StatusOK, "Solidarity with the USW", "<strong>stand</strong>", "President and Secretary General")
		if strings.Contains(page.body, "<script>alert") {
			t.Fatal("the body's script reached the page")
		}
		// Its original, uploaded from its page.
		if up := mineros.postMultipart("/messages/"+letterID+"/original", url.Values{}, "carta.pdf", "%PDF-1.4 la carta firmada"); up.status != http.StatusSeeOther {
			t.Fatalf("upload the original: %d\n%.500s", up.status, up.body)
		}
		mineros.get("/messages/"+letterID).want(t, http.StatusOK, "carta.pdf", `href="/api/v1/messages/`+letterID+`/original"`)
		if _, b, err := store.MessageFileContent(sysCtx(), mustID(t, letterID)); err != nil || string(b) != "%PDF-1.4 la carta firmada" {
			t.Fatalf("the stored original: %q %v", b, err)
		}

		// The Spanish version: side by side.
		mineros.get("/messages/new?version_of="+letterID).want(t, http.StatusOK, `<option value="es" selected>`, `<option value="`+letterID+`" selected>`)
		_, carta := mineros.createdAt(t, mineros.post("/messages", form(url.Values{"kind": {"letter"}, "date": {"2013-08-01"}, "language": {"es"},
			"sender_ids": {idValue(f.Mineros.ID)}, "subject": {"Solidaridad con el USW"}, "version_of": {letterID}, "body": {"Estamos con ustedes."}})), "/messages/")
		carta.want(t, http.StatusOK, `class="side-by-side"`, "Estamos con ustedes.", "<strong>stand</strong>")
		res = mineros.post("/messages", form(url.Values{"kind": {"letter"}, "date": {"2013-08-01"}, "language": {"es"},
			"sender_ids": {idValue(f.Mineros.ID)}, "subject": {"Otra"}, "version_of": {letterID}}))
		wantFieldError(t, res.body, "version_of", "ya tiene una versión en este idioma")

		// The pledge it makes, from the letter's page.
		mineros.get("/pledges/new?message="+letterID).want(t, http.StatusOK, `<option value="`+letterID+`" selected>`, `<option value="on-request" selected>`)
		res = mineros.post("/pledges", form(url.Values{"from_id": {idValue(f.Mineros.ID)}, "to_id": {idValue(f.Mineros.ID)}, "kind": {"accompaniment"}, "activation": {"on-request"}}))
		wantFieldError(t, res.body, "to_id", "no se compromete consigo misma")
		pledgeID, pl := mineros.createdAt(t, mineros.post("/pledges", form(url.Values{"from_id": {idValue(f.Mineros.ID)}, "to_id": {idValue(f.USW.ID)},
			"kind": {"accompaniment"}, "activation": {"on-request"}, "terms": {"Acompañarlos cuando lo decidan"}, "message_id": {letterID}})), "/pledges/")
		pl.want(t, http.StatusOK, "Acompañamiento", "Ofrecido", "Cuando se solicite")

		// The USW asks for it.
		usw := newSite(t, store)
		usw.lang = "es"
		usw.logIn(t, "editor@usw.example", testPassword, "/pledges/"+pledgeID)
		usw.get("/pledges/"+pledgeID).want(t, http.StatusOK, "Solicitarlo ahora")
		usw.get("/requests/new?pledge="+pledgeID).want(t, http.StatusOK, `value="`+pledgeID+`" checked`)
		reqID, q := usw.createdAt(t, usw.post("/requests", url.Values{"pledges": {pledgeID}, "summary": {"Acompañen la mesa de Hayden"}, "due": {"2026-12-15"},
			"owner_id": {idValue(f.USW.ID)}, "visibility": {"campaign"}, "campaigns": {idValue(f.Campaign.ID)}}), "/requests/")
		q.want(t, http.StatusOK, "Acompañen la mesa de Hayden", "Abierta", "Solicitado")
		if strings.Contains(q.body, `value="accepted"`) {
			t.Error("the side asking is offered to accept its own request")
		}
		usw.get("/inbox").want(t, http.StatusOK, "Nuestras solicitudes", "Acompañen la mesa de Hayden")

		// Los Mineros accept it from their inbox.
		inbox := mineros.get("/inbox")
		inbox.want(t, http.StatusOK, "Solicitudes que nos hacen", "Acompañen la mesa de Hayden", `value="accepted"`, "Aceptar")
		done := mineros.post("/requests/"+reqID+"/status", url.Values{"status": {"accepted"}, "note": {"Viajará una delegación"}, "back": {"/inbox"}})
		if done.status != http.StatusSeeOther || done.header.Get("Location") != "/inbox" {
			t.Fatalf("accept: %d %q", done.status, done.header.Get("Location"))
		}
		usw.get("/requests/"+reqID).want(t, http.StatusOK, "Aceptada", "En marcha", "Viajará una delegación")
		// The USW may not accept for them.
		if res := usw.post("/requests/"+reqID+"/status", url.Values{"status": {"declined"}}); res.status != http.StatusForbidden {
			t.Errorf("the USW declined its own request: %d", res.status)
		}
		mineros.get("/messages").want(t, http.StatusOK, "Solidarity with the USW", "Solidaridad con el USW")
	})
}
