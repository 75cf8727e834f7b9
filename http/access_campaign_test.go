package http_test

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/frente/frente"
)

// campaignFrontChecks are the entries of the campaign page's own forms;
// nil for other routes.
func (w *accessWorld) campaignFrontChecks(pattern string) []accessCheck {
	switch pattern {
	case "POST /campaigns/{id}/calendar/reset":
		// Any logged-in reader of the campaign may replace their own key;
		// a campaign one may not see is not there; nobody gets a login.
		return each(func(r role, v frente.Visibility) accessCheck {
			id, _ := w.record("campaigns", v)
			path := fmt.Sprintf("/campaigns/%d/calendar/reset", id)
			c := accessCheck{name: fmt.Sprintf("%s, %s campaign", r, v), send: func() answer { return w.do(r, "POST", path, url.Values{}, "") }}
			switch {
			case r == anonymous:
				c.ok, c.want = answer.toLogin, "a redirect to /login"
			case !sees(r, v):
				c.ok, c.want = status(404), "404"
			default:
				back := fmt.Sprintf("/campaigns/%d?", id)
				c.ok = func(a answer) bool { return a.status == 303 && strings.HasPrefix(a.location, back) }
				c.want = "303 back to the campaign"
			}
			return c
		})
	}
	return nil
}
