package http

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/frente/frente"
	"github.com/frente/frente/demo"
	"github.com/frente/frente/storetest"
)

// TestBrowserMatrix walks the demo campaign's matrix as a USW researcher:
// log in, open the matrix, filter it to takeaways, open a takeaway and
// its printable redline.
func TestBrowserMatrix(t *testing.T) {
	ctx := newBrowser(t)
	store := storetest.SQLite(t)
	if _, err := demo.Load(context.Background(), store); err != nil {
		t.Fatal(err)
	}
	sys := frente.WithViewer(context.Background(), frente.System)
	camp, err := store.FindCampaigns(sys, frente.CampaignFilter{ListOptions: frente.ListOptions{Ref: demo.RefCampaign}})
	if err != nil || camp.Total != 1 {
		t.Fatalf("demo campaign: %v", err)
	}
	srv := httptest.NewServer(New(store, nil, "test"))
	t.Cleanup(srv.Close)
	matrix := srv.URL + "/campaigns/" + idValue(camp.Items[0].ID) + "/matrix"

	step(t, ctx, acceptLanguage("en"), chromedp.Navigate(srv.URL+"/login?next="+strings.TrimPrefix(matrix, srv.URL)),
		chromedp.WaitVisible(chromedp.CSS("#f-email")),
		chromedp.SendKeys(chromedp.CSS("#f-email"), "usw@example.org"),
		chromedp.SendKeys(chromedp.CSS("#f-password"), demo.Password),
		chromedp.Click(chromedp.CSS("form.record button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("table.matrix")))
	shoot(t, ctx, "matrix")
	if os.Getenv("FRENTE_SCREENSHOT_DIR") != "" {
		step(t, ctx, chromedp.Navigate(strings.TrimSuffix(matrix, "/matrix")), chromedp.WaitVisible(chromedp.CSS("h1")))
		shoot(t, ctx, "campaign")
		step(t, ctx, chromedp.Navigate(matrix), chromedp.WaitVisible(chromedp.CSS("table.matrix")))
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+"`"+sel+"`"+`).length`))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if cols, rows := count("table.matrix thead th"), count("table.matrix tbody tr"); cols != 6 || rows != 5 {
		t.Fatalf("the matrix has %d header cells and %d rows, want 6 (topic + 5 tables) and 5", cols, rows)
	}
	if n := count(`td[data-state="employer-takeaway"]`); n < 5 {
		t.Errorf("%d takeaway cells, want the demo's open takeaways", n)
	}
	if n := count(`td[data-state="tentatively-agreed"]`); n != 2 {
		t.Errorf("%d tentatively agreed cells, want 2 (where locals gave ground)", n)
	}

	// Filter to takeaways: every row left has a takeaway somewhere.
	step(t, ctx, chromedp.Click(chromedp.CSS(`input[name="takeaways"]`)), chromedp.Click(chromedp.CSS("#matrix-filter")),
		chromedp.WaitVisible(chromedp.CSS(`form.filters a`)))
	url, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.HasSuffix(url, "?takeaways=true") {
		t.Fatalf("filtered matrix at %q (%v)", url, err)
	}
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("table.matrix tbody tr")).map(r => r.dataset.topic)`))
	if err != nil || len(rows) == 0 {
		t.Fatalf("takeaway rows: %v %v", rows, err)
	}
	if !strings.Contains(strings.Join(rows, " "), "drug-alcohol-testing") {
		t.Errorf("takeaway rows %v lack drug testing", rows)
	}

	// Open the first takeaway cell's proposal, then its printable redline.
	step(t, ctx, chromedp.Click(chromedp.CSS(`td[data-state="employer-takeaway"] a`)), chromedp.WaitVisible(chromedp.CSS("#redline")))
	shoot(t, ctx, "proposal")
	alert, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".alert.takeaway")))
	if err != nil || !strings.Contains(alert, "Takeaway") {
		t.Errorf("the proposal page says %q (%v), want its takeaway", alert, err)
	}
	step(t, ctx, chromedp.Click(chromedp.CSS(`a[href$="/redline"]`)), chromedp.WaitVisible(chromedp.CSS(".redline-print")))
	shoot(t, ctx, "redline")
	if count(".redline-print del.rl-del") == 0 {
		t.Error("the printable redline shows no deletion")
	}
	if count(".redline-print del.rl-del .rl-sym")+count(".redline-print ins.rl-ins .rl-sym") == 0 {
		t.Error("the redline's changes carry no symbol, so they do not read in black and white")
	}
}

// shoot saves the page as FRENTE_SCREENSHOT_DIR/name.png when that is set,
// to look at what the test walked through.
func shoot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("FRENTE_SCREENSHOT_DIR")
	if dir == "" {
		return
	}
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(sctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
