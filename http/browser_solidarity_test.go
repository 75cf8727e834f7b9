package http

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/frente/frente"
	"github.com/frente/frente/demo"
	"github.com/frente/frente/storetest"
)

// TestBrowserSolidarity walks, in Spanish, the seed letter and the pledge
// it makes: the USW reads the campaign page and the letter, asks for the
// accompaniment; Los Mineros find the request in their inbox and accept
// it; both see the pledge in progress.
func TestBrowserSolidarity(t *testing.T) {
	ctx := newBrowser(t)
	store := storetest.SQLite(t)
	if _, err := demo.Load(context.Background(), store); err != nil {
		t.Fatal(err)
	}
	sys := frente.WithViewer(context.Background(), frente.System)
	camp, _ := store.FindCampaigns(sys, frente.CampaignFilter{ListOptions: frente.ListOptions{Ref: demo.RefCampaign}})
	pledges, _ := store.FindPledges(sys, frente.PledgeFilter{ListOptions: frente.ListOptions{Ref: demo.RefPledge}})
	letters, _ := store.FindMessages(sys, frente.MessageFilter{ListOptions: frente.ListOptions{Ref: demo.RefCarta}})
	if camp.Total != 1 || pledges.Total != 1 || letters.Total != 1 {
		t.Fatal("the demo lacks the campaign, the pledge or the letter")
	}
	srv := httptest.NewServer(New(store, nil, "test"))
	t.Cleanup(srv.Close)
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("%s: %v", sel, err)
		}
		return s
	}
	login := func(email, next string) {
		t.Helper()
		step(t, ctx, chromedp.Navigate(srv.URL+"/login?next="+next), chromedp.WaitVisible(chromedp.CSS("#f-email")),
			chromedp.SendKeys(chromedp.CSS("#f-email"), email), chromedp.SendKeys(chromedp.CSS("#f-password"), demo.Password),
			chromedp.Click(chromedp.CSS("form.record button[type=submit]")), chromedp.WaitVisible(chromedp.CSS("form.user")))
	}
	campaign := "/campaigns/" + idValue(camp.Items[0].ID)
	step(t, ctx, acceptLanguage("es-MX,es;q=0.9"))
	login("usw@example.org", campaign)
	step(t, ctx, chromedp.WaitVisible(chromedp.CSS(`html[lang="es"]`)))
	if h := text("h1"); h != camp.Items[0].Name {
		t.Errorf("the campaign page's heading is %q", h)
	}
	shoot(t, ctx, "campaign-es")

	// The letter in Spanish, its English version beside it.
	step(t, ctx, chromedp.Navigate(srv.URL+"/messages/"+idValue(letters.Items[0].ID)), chromedp.WaitVisible(chromedp.CSS(".side-by-side")))
	if body := text(".side-by-side"); !strings.Contains(body, "Pasta de Conchos") || !strings.Contains(body, "Presidente y Secretario General") {
		t.Errorf("the letter page reads %q", body)
	}
	shoot(t, ctx, "letter-es")

	// The USW asks for the accompaniment.
	pledge := "/pledges/" + idValue(pledges.Items[0].ID)
	step(t, ctx, chromedp.Navigate(srv.URL+pledge), chromedp.WaitVisible(chromedp.CSS(`a[href^="/requests/new"]`)),
		chromedp.Click(chromedp.CSS(`a[href^="/requests/new"]`)), chromedp.WaitVisible(chromedp.CSS("#f-summary")),
		chromedp.SendKeys(chromedp.CSS("#f-summary"), "Acompañen a la sección de Hayden en la mesa del 15 de diciembre"),
		chromedp.Click(chromedp.CSS("form.record button.primary")), chromedp.WaitVisible(chromedp.CSS(".card.request")))
	if st := text(".card.request .status"); st != "Abierta" {
		t.Errorf("the new request is %q", st)
	}
	step(t, ctx, chromedp.Click(chromedp.CSS("form.user button")), chromedp.WaitVisible(chromedp.CSS("a.login")))

	// Los Mineros accept it from their inbox.
	login("mineros@example.org", "/inbox")
	step(t, ctx, chromedp.WaitVisible(chromedp.CSS("#to-us .card.request")))
	if h := text("#to-heading"); h != "Solicitudes que nos hacen" {
		t.Errorf("the inbox heading is %q", h)
	}
	shoot(t, ctx, "inbox-es")
	step(t, ctx, chromedp.SendKeys(chromedp.CSS(`#to-us input[name="note"]`), "Viajará una delegación"),
		chromedp.Click(chromedp.CSS(`#to-us button[value="accepted"]`)), chromedp.WaitVisible(chromedp.CSS(`#to-us .card.request[data-status="accepted"]`)))
	if st := text(`#to-us .card.request li`); !strings.Contains(st, "En marcha") {
		t.Errorf("after accepting, the pledge reads %q", st)
	}
	// The USW sees the same states.
	step(t, ctx, chromedp.Click(chromedp.CSS("form.user button")), chromedp.WaitVisible(chromedp.CSS("a.login")))
	login("usw@example.org", pledge)
	step(t, ctx, chromedp.WaitVisible(chromedp.CSS(".status")))
	if st := text(".details .status"); st != "En marcha" {
		t.Errorf("the USW sees the pledge %q", st)
	}
}
