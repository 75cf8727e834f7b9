package http_test

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"

	"github.com/frente/frente"
	fcontract "github.com/frente/frente/contract"
	"github.com/frente/frente/ingest"
)

// accessAgreementText is a small agreement whose every word but name is
// common to all: searching for name finds this one alone.
func accessAgreementText(name string) string {
	return fmt.Sprintf(`AGREEMENT %[1]s

ARTICLE 1 – RECOGNITION

The Company recognizes the Union as the sole bargaining agent of the employees of %[1]s.

ARTICLE 2 – GRIEVANCE PROCEDURE

A grievance shall be presented within ten days. The arbitrator shall decide any grievance not settled at the third step.
`, name)
}

// agreement ingests an agreement titled name with the record rec.
func (w *accessWorld) agreement(name string, rec frente.Record) (frente.ID, error) {
	res, err := ingest.File(w.system(), w.store, name+".txt", []byte(accessAgreementText(name)),
		ingest.Meta{Title: name, OwnerID: rec.OwnerID, Visibility: rec.Visibility, Campaigns: rec.Campaigns}, fcontract.Options{NoPdftotext: true})
	if err != nil {
		return 0, err
	}
	return res.Agreement.ID, nil
}

// unit makes an agreement of visibility v and returns the id of its first
// unit, and the agreement's.
func (w *accessWorld) unit(v frente.Visibility) (unitID, agreementID frente.ID) {
	id, _ := w.record("agreements", v)
	units, err := w.store.AgreementUnits(w.system(), id)
	if err != nil || len(units) == 0 {
		w.t.Fatalf("units of agreement %d: %d, %v", id, len(units), err)
	}
	return units[0].ID, id
}

// upload posts a new agreement's file as multipart, as r.
func (w *accessWorld) upload(r role, path string) answer {
	w.t.Helper()
	w.seq++
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	_ = mw.WriteField("owner_id", fmt.Sprint(w.usw.ID))
	_ = mw.WriteField("visibility", "private")
	fw, _ := mw.CreateFormFile("file", "upload.txt")
	_, _ = io.WriteString(fw, accessAgreementText(fmt.Sprintf("Uploaded%d", w.seq)))
	_ = mw.Close()
	req, err := http.NewRequest(http.MethodPost, w.srv.URL+path, &body)
	if err != nil {
		w.t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	if c := w.cookies[r]; c != "" {
		req.AddCookie(&http.Cookie{Name: "frente_session", Value: c})
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Do(req)
	if err != nil {
		w.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return answer{status: res.StatusCode, location: res.Header.Get("Location"), body: string(b)}
}

// agreementChecks are the entries of the routes of agreements, units,
// topics and search that the generic patterns do not cover; nil for
// other routes.
func (w *accessWorld) agreementChecks(pattern string) []accessCheck {
	switch pattern {
	case "POST /api/v1/agreements", "POST /agreements":
		path := strings.Fields(pattern)[1]
		api := strings.HasPrefix(path, "/api/")
		return eachRole(func(r role) accessCheck {
			success := 303
			if api {
				success = 201
			}
			ok, want := writeOutcome(r, frente.Public, api, success)
			return accessCheck{name: string(r), ok: ok, want: want, send: func() answer { return w.upload(r, path) }}
		})
	case "GET /api/v1/agreements/{id}/units", "GET /api/v1/agreements/{id}/original":
		return each(func(r role, v frente.Visibility) accessCheck {
			id, _ := w.record("agreements", v)
			path := strings.Replace(strings.Fields(pattern)[1], "{id}", fmt.Sprint(id), 1)
			c := accessCheck{name: fmt.Sprintf("%s, %s record", r, v), ok: status(404), want: "404",
				send: func() answer { return w.do(r, "GET", path, nil, "") }}
			if sees(r, v) {
				c.ok, c.want = status(200), "200"
			}
			return c
		})
	case "PUT /api/v1/units/{id}/topics/{code}", "DELETE /api/v1/units/{id}/topics/{code}":
		method := strings.Fields(pattern)[0]
		return each(func(r role, v frente.Visibility) accessCheck {
			unit, _ := w.unit(v)
			ok, want := writeOutcome(r, v, true, 204)
			path := fmt.Sprintf("/api/v1/units/%d/topics/seniority", unit)
			return accessCheck{name: fmt.Sprintf("%s, %s record", r, v), ok: ok, want: want,
				send: func() answer { return w.do(r, method, path, nil, "") }}
		})
	case "POST /units/{id}/topics":
		return each(func(r role, v frente.Visibility) accessCheck {
			unit, agreement := w.unit(v)
			ok, want := writeOutcome(r, v, false, 303)
			form := url.Values{"code": {"seniority"}, "on": {"1"}, "agreement": {fmt.Sprint(agreement)}}
			return accessCheck{name: fmt.Sprintf("%s, %s record", r, v), ok: ok, want: want,
				send: func() answer { return w.do(r, "POST", fmt.Sprintf("/units/%d/topics", unit), form, "") }}
		})
	case "GET /api/v1/topics", "GET /topics":
		return w.everyone("GET", strings.Fields(pattern)[1], 200)
	case "GET /api/v1/search", "GET /agreements/search":
		return w.agreementSearchChecks(strings.Fields(pattern)[1] + "?q=")
	case "GET /topics/{code}":
		return w.agreementSearchChecks("/topics/grievance-procedure?q=")
	case "GET /api/v1/agreements":
		return w.listChecks("/api/v1/agreements", "agreements")
	}
	return nil
}

// agreementSearchChecks expects a search or comparison to name an
// agreement exactly to those who see it; a prefix ending in "=" is
// followed by the agreement's name.
func (w *accessWorld) agreementSearchChecks(prefix string) []accessCheck {
	return each(func(r role, v frente.Visibility) accessCheck {
		_, name := w.record("agreements", v)
		path := prefix
		if strings.HasSuffix(prefix, "=") {
			path += name
		}
		return accessCheck{name: fmt.Sprintf("%s, %s record", r, v), send: func() answer { return w.do(r, "GET", path, nil, "") },
			ok:   func(a answer) bool { return a.status == 200 && names(a, name) == sees(r, v) },
			want: fmt.Sprintf("200, naming the agreement: %v", sees(r, v))}
	})
}
