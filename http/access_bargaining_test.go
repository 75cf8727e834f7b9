package http_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"

	"github.com/frente/frente"
)

// bargainingChecks are the entries of the routes of redlines, the matrix
// and comparison that the generic patterns do not cover; nil for others.
func (w *accessWorld) bargainingChecks(pattern string) []accessCheck {
	switch pattern {
	case "GET /api/v1/proposals/{id}/redline", "GET /proposals/{id}/redline":
		return each(func(r role, v frente.Visibility) accessCheck {
			id, _ := w.record("proposals", v)
			path := strings.Replace(strings.Fields(pattern)[1], "{id}", fmt.Sprint(id), 1)
			c := accessCheck{name: fmt.Sprintf("%s, %s record", r, v), ok: status(404), want: "404",
				send: func() answer { return w.do(r, "GET", path, nil, "") }}
			if sees(r, v) {
				c.ok, c.want = status(200), "200"
			}
			return c
		})
	case "GET /api/v1/campaigns/{id}/matrix", "GET /campaigns/{id}/matrix", "GET /campaigns/{id}/matrix.csv":
		// The campaign is public; a table is in its matrix exactly for
		// those who see the table.
		return each(func(r role, v frente.Visibility) accessCheck {
			_, name := w.record("negotiations", v)
			path := strings.Replace(strings.Fields(pattern)[1], "{id}", fmt.Sprint(w.campaign.ID), 1)
			return accessCheck{name: fmt.Sprintf("%s, %s table", r, v), send: func() answer { return w.do(r, "GET", path, nil, "") },
				ok:   func(a answer) bool { return a.status == 200 && strings.Contains(a.body, name) == sees(r, v) },
				want: fmt.Sprintf("200, naming the table: %v", sees(r, v))}
		})
	case "GET /campaigns/{id}/timeline", "GET /campaigns/{id}/timeline.svg":
		// The campaign is public; a dispute is on its timeline exactly for
		// those who see it.
		return each(func(r role, v frente.Visibility) accessCheck {
			_, name := w.record("disputes", v)
			path := strings.Replace(strings.Fields(pattern)[1], "{id}", fmt.Sprint(w.campaign.ID), 1)
			return accessCheck{name: fmt.Sprintf("%s, %s dispute", r, v), send: func() answer { return w.do(r, "GET", path, nil, "") },
				ok:   func(a answer) bool { return a.status == 200 && strings.Contains(a.body, name) == sees(r, v) },
				want: fmt.Sprintf("200, naming the dispute: %v", sees(r, v))}
		})
	case "GET /organizations/{id}/timeline", "GET /organizations/{id}/timeline.svg", "GET /workplaces/{id}/timeline", "GET /workplaces/{id}/timeline.svg":
		// Of a record of each visibility: seen by those who see it.
		entity := strings.Split(strings.Fields(pattern)[1], "/")[1]
		return each(func(r role, v frente.Visibility) accessCheck {
			id, _ := w.record(entity, v)
			path := strings.Replace(strings.Fields(pattern)[1], "{id}", fmt.Sprint(id), 1)
			c := accessCheck{name: fmt.Sprintf("%s, %s record", r, v), ok: status(404), want: "404",
				send: func() answer { return w.do(r, "GET", path, nil, "") }}
			if sees(r, v) {
				c.ok, c.want = status(200), "200"
			}
			return c
		})
	case "GET /api/v1/messages/{id}/original", "PUT /api/v1/messages/{id}/original":
		method := strings.Fields(pattern)[0]
		return each(func(r role, v frente.Visibility) accessCheck {
			id, _ := w.record("messages", v)
			path := fmt.Sprintf("/api/v1/messages/%d/original?name=letter.txt", id)
			c := accessCheck{name: fmt.Sprintf("%s, %s record", r, v), ok: status(404), want: "404"}
			if method == "GET" {
				if sees(r, v) {
					c.ok, c.want = status(200), "200"
				}
				c.send = func() answer { return w.do(r, "GET", path, nil, "") }
			} else {
				c.ok, c.want = writeOutcome(r, v, true, 200)
				c.send = func() answer { return w.raw(r, "PUT", path, "text/plain", "the letter") }
			}
			return c
		})
	case "GET /api/v1/campaigns/{id}/calendar", "POST /api/v1/campaigns/{id}/calendar/reset":
		method := strings.Fields(pattern)[0]
		path := strings.Replace(strings.Fields(pattern)[1], "{id}", fmt.Sprint(w.campaign.ID), 1)
		return eachRole(func(r role) accessCheck {
			ok, want := func(a answer) bool { return a.status == 200 && strings.Contains(a.body, "key=frc_") }, "200 with an address"
			if r == anonymous {
				ok, want = status(401), "401"
			}
			return accessCheck{name: string(r), ok: ok, want: want, send: func() answer { return w.do(r, method, path, nil, "") }}
		})
	case "GET /campaigns/{id}/calendar.ics":
		// Through each one's key: a table's session is in the feed exactly
		// for those who see the table; without a key there is no feed.
		return each(func(r role, v frente.Visibility) accessCheck {
			id, name := w.record("negotiations", v)
			if _, err := w.store.UpdateNegotiation(w.system(), id, func(n *frente.Negotiation) error {
				n.Sessions = []frente.BargainingSession{{Date: "2026-06-01"}}
				return nil
			}); err != nil {
				w.t.Fatal(err)
			}
			path := fmt.Sprintf("/campaigns/%d/calendar.ics?key=", w.campaign.ID)
			c := accessCheck{name: fmt.Sprintf("%s, %s table", r, v)}
			if r == anonymous {
				c.ok, c.want = status(404), "404 without a key"
				c.send = func() answer { return w.do(r, "GET", path+"frc_nothing", nil, "") }
				return c
			}
			c.send = func() answer {
				key, err := w.store.CalendarKey(frente.WithViewer(context.Background(), frente.Viewer{UserID: w.userIDs[r]}))
				if err != nil {
					w.t.Fatal(err)
				}
				return w.do(anonymous, "GET", path+key, nil, "")
			}
			c.ok = func(a answer) bool { return a.status == 200 && strings.Contains(a.body, name) == sees(r, v) }
			c.want = fmt.Sprintf("200, naming the table: %v", sees(r, v))
			return c
		})
	case "POST /messages/{id}/original":
		return each(func(r role, v frente.Visibility) accessCheck {
			id, _ := w.record("messages", v)
			ok, want := writeOutcome(r, v, false, 303)
			return accessCheck{name: fmt.Sprintf("%s, %s message", r, v), ok: ok, want: want,
				send: func() answer {
					return w.multipartFile(r, fmt.Sprintf("/messages/%d/original", id), "carta.txt", "La carta")
				}}
		})
	case "POST /requests/{id}/status":
		// Marking done: either side; here the asking side is the USW, so
		// its editors may, as for any change of the record.
		return each(func(r role, v frente.Visibility) accessCheck {
			id, _ := w.record("requests", v)
			ok, want := writeOutcome(r, v, false, 303)
			return accessCheck{name: fmt.Sprintf("%s, %s request", r, v), ok: ok, want: want,
				send: func() answer {
					return w.do(r, "POST", fmt.Sprintf("/requests/%d/status", id), url.Values{"status": {"done"}}, "")
				}}
		})
	case "GET /inbox":
		// Each sees the requests to and from their organizations.
		return eachRole(func(r role) accessCheck {
			_, name := w.record("requests", frente.Private)
			c := accessCheck{name: string(r), send: func() answer { return w.do(r, "GET", "/inbox", nil, "") }}
			switch r {
			case anonymous:
				c.ok, c.want = answer.toLogin, "a redirect to /login"
			default:
				c.ok = func(a answer) bool {
					return a.status == 200 && strings.Contains(a.body, name) == (r == viewer || r == editor || r == admin)
				}
				c.want = "200, with the USW's request only for its members"
			}
			return c
		})
	case "GET /api/v1/compare", "GET /compare":
		// Comparing two agreements names them exactly to those who see both.
		return each(func(r role, v frente.Visibility) accessCheck {
			a, _ := w.record("agreements", frente.Public)
			b, name := w.record("agreements", v)
			path := fmt.Sprintf("%s?a=%d&b=%d", strings.Fields(pattern)[1], a, b)
			c := accessCheck{name: fmt.Sprintf("%s, %s agreement", r, v), ok: status(404), want: "404",
				send: func() answer { return w.do(r, "GET", path, nil, "") }}
			if sees(r, v) {
				c.ok, c.want = func(a answer) bool { return a.status == 200 && strings.Contains(a.body, name) }, "200 naming it"
			}
			return c
		})
	}
	return nil
}

// raw sends body with its content type, as r.
func (w *accessWorld) raw(r role, method, path, contentType, body string) answer {
	w.t.Helper()
	req, err := http.NewRequest(method, w.srv.URL+path, strings.NewReader(body))
	if err != nil {
		w.t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
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

// multipartFile posts one file as the form field "file", as r.
func (w *accessWorld) multipartFile(r role, path, name, content string) answer {
	w.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", name)
	_, _ = io.WriteString(fw, content)
	_ = mw.Close()
	return w.raw(r, "POST", path, mw.FormDataContentType(), body.String())
}
