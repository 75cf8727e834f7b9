package http

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/ledongthuc/pdf"

	"github.com/frente/frente/storetest"
)

// printMedia makes the page lay itself out as it prints (media "print"),
// or back on screen with "".
func printMedia(media string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media})
		return err
	})
}

// dossierStyle is what the print stylesheet does to the parts of the
// campaign page that matter for the dossier.
type dossierStyle struct {
	Header      string `json:"header"`
	Nav         string `json:"nav"`
	Jump        string `json:"jump"`
	Feed        string `json:"feed"`
	Cover       string `json:"cover"`
	MatrixBreak string `json:"matrixBreak"`
	LinkAfter   string `json:"linkAfter"`
}

const dossierStyleJS = `(() => {
	const css = (sel, pseudo) => { const e = document.querySelector(sel); return e ? getComputedStyle(e, pseudo) : null; };
	return {
		header: css("header.site").display,
		nav: css("header.site nav").display,
		jump: css(".front-jump").display,
		feed: css("#calendar-feed").display,
		cover: css(".dossier-cover").display,
		matrixBreak: css("#matrix-summary").breakBefore,
		linkAfter: css("#open-requests a[data-print-url]", "::after").content,
	};
})()`

// TestBrowserDossier prints the campaign page to PDF in a real Chromium as
// a logged-in member: the print stylesheet hides the navigation, the
// forms and the secret calendar address, prints the addresses of the
// links, and starts the major parts on pages of their own.
func TestBrowserDossier(t *testing.T) {
	ctx := newBrowser(t)
	store := storetest.SQLite(t)
	f := seedCampaignFront(t, store)
	srv := httptest.NewServer(New(store, nil, "test"))
	t.Cleanup(srv.Close)
	path := "/campaigns/" + idValue(f.Campaign.ID)

	step(t, ctx, acceptLanguage("en"), chromedp.Navigate(srv.URL+"/login?next="+path), chromedp.WaitVisible(chromedp.CSS("#f-email")),
		chromedp.SendKeys(chromedp.CSS("#f-email"), f.Steelworker.Email),
		chromedp.SendKeys(chromedp.CSS("#f-password"), testPassword),
		chromedp.Click(chromedp.CSS("form.record button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#calendar-feed")))
	screen, err := chromedp.Run(ctx, chromedp.Evaluate[dossierStyle](dossierStyleJS))
	if err != nil {
		t.Fatal(err)
	}
	if screen.Nav == "none" || screen.Feed == "none" || screen.Cover != "none" {
		t.Errorf("on screen: %+v, want the navigation and the calendar box and no cover", screen)
	}
	shoot(t, ctx, "campaign-front")

	step(t, ctx, printMedia("print"))
	printed, err := chromedp.Run(ctx, chromedp.Evaluate[dossierStyle](dossierStyleJS))
	if err != nil {
		t.Fatal(err)
	}
	if printed.Header != "none" || printed.Nav != "none" || printed.Jump != "none" || printed.Feed != "none" {
		t.Errorf("printed, the header, navigation or calendar box shows: %+v", printed)
	}
	if printed.Cover != "block" || printed.MatrixBreak != "page" {
		t.Errorf("printed, no cover or no page break before the matrix: %+v", printed)
	}
	if want := srv.URL + "/requests/" + idValue(f.Request.ID); !strings.Contains(printed.LinkAfter, want) {
		t.Errorf("a request's link prints %s, want its address %s", printed.LinkAfter, want)
	}
	shoot(t, ctx, "campaign-dossier")
	step(t, ctx, printMedia(""))

	pctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	doc, err := chromedp.Run(pctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4)))
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("FRENTE_SCREENSHOT_DIR"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, "campaign-dossier.pdf"), doc, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.HasPrefix(doc, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", doc[:min(len(doc), 16)])
	}
	objects := len(regexp.MustCompile(`/Type\s*/Page\b`).FindAll(doc, -1))
	r, err := pdf.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatal(err)
	}
	if r.NumPage() < 2 || objects != r.NumPage() {
		t.Errorf("the dossier has %d pages (%d page objects), want at least 2", r.NumPage(), objects)
	}
	var text strings.Builder
	for i := 1; i <= r.NumPage(); i++ {
		s, err := r.Page(i).GetPlainText(nil)
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		text.WriteString(s)
		t.Logf("page %d begins %.60q", i, strings.Join(strings.Fields(s), ""))
	}
	// Words come out of a PDF without their spaces; compare without them.
	flat := strings.Join(strings.Fields(text.String()), "")
	for _, want := range []string{"CommonfrontatGrupoMéxico", "Campaigndossier", "Coordinatedbargainingataglance", "Adelegationtothe",
		"Haydensmelteragreement", string(f.Soon.ExpiryDate), "/requests/" + idValue(f.Request.ID)} {
		if !strings.Contains(flat, strings.ReplaceAll(want, " ", "")) {
			t.Errorf("the dossier lacks %q:\n%.3000s", want, text.String())
		}
	}
	for _, secret := range []string{"calendar.ics", "frc_", f.Steelworker.Email} {
		if strings.Contains(flat, secret) {
			t.Errorf("the dossier prints %q", secret)
		}
	}
}
