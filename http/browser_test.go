package http

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/frente/frente/storetest"
)

// chromiumPath finds a Chromium to drive, or skips: the browser tests
// need one, the rest of the suite does not.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium found; the browser tests need one")
	return ""
}

// newBrowser starts a headless Chromium with a fresh profile, sized like a
// desktop window, and returns a context for its first tab.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless,
		chromedp.NoSandbox, // tests may run as root, where the sandbox refuses to start
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	// The first run starts the browser and must not carry a timeout, which
	// would end the browser with it; the steps after it get one each.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}

// step runs browser actions with a deadline.
func step(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// acceptLanguage makes the browser ask for pages in lang, as a reader's
// browser set to that language would.
func acceptLanguage(lang string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, network.SetExtraHTTPHeaders, network.SetExtraHTTPHeadersParams{Headers: network.Headers{"Accept-Language": lang}})
		return err
	})
}

// treeNode is an organization as the page's nested lists show it.
type treeNode struct {
	Name     string     `json:"name"`
	Children []treeNode `json:"children"`
}

// readTreeJS reads the tree of the target from the DOM: each <li>'s own
// link, and the <ul> inside it for the organizations below.
const readTreeJS = `(() => {
	const walk = ul => Array.from(ul.children).filter(li => li.tagName === "LI").map(li => {
		const sub = li.querySelector(":scope > ul");
		return {name: li.querySelector(":scope > a").textContent.trim(), children: sub ? walk(sub) : []};
	});
	return walk(document.querySelector("#target-tree > ul"));
})()`

func TestBrowserCampaignTree(t *testing.T) {
	ctx := newBrowser(t)
	store := storetest.SQLite(t)
	f := seedFront(t, store)
	srv := httptest.NewServer(New(store, nil, "test"))
	t.Cleanup(srv.Close)
	campaign := srv.URL + "/campaigns/" + idValue(f.Campaign.ID)

	step(t, ctx, acceptLanguage("es-MX,es;q=0.9"), chromedp.Navigate(campaign), chromedp.WaitVisible(chromedp.CSS("#target-tree > ul")))
	heading, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#tree-heading")))
	if err != nil {
		t.Fatal(err)
	}
	if heading != "El empleador y su árbol corporativo" {
		t.Errorf("heading %q, want the Spanish one", heading)
	}
	tree, err := chromedp.Run(ctx, chromedp.Evaluate[[]treeNode](readTreeJS))
	if err != nil {
		t.Fatal(err)
	}
	want := []treeNode{{Name: "Grupo México", Children: []treeNode{
		{Name: "Americas Mining Corporation", Children: []treeNode{{Name: "ASARCO", Children: []treeNode{}}}},
		{Name: "Buenavista del Cobre", Children: []treeNode{}},
	}}}
	if !reflect.DeepEqual(tree, want) {
		t.Errorf("tree in the DOM:\n%+v\nwant:\n%+v", tree, want)
	}
	countries, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#members h3")).map(h => h.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(countries, "|") != "Estados Unidos|México" {
		t.Errorf("member countries %q", countries)
	}

	// The switch in the header is a real form: the browser posts it, follows
	// the redirect back here, and the cookie it got outweighs the Spanish
	// Accept-Language it still sends.
	step(t, ctx, chromedp.Click(chromedp.CSS(`form.lang button[value="en"]`)), chromedp.WaitReady(chromedp.CSS(`html[lang="en"]`)))
	heading, err = chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#tree-heading")))
	if err != nil {
		t.Fatal(err)
	}
	if heading != "The employer and its corporate tree" {
		t.Errorf("after switching to English the heading is %q", heading)
	}
	url, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || url != campaign {
		t.Errorf("the switch returned to %q (%v), want %q", url, err, campaign)
	}
}

// TestScreenshot saves pictures of the campaign page in English for the
// README: FRENTE_SCREENSHOT=path.png writes the desktop view there and the
// phone view (390 px wide) next to it as path-phone.png. It shoots the
// page at FRENTE_SCREENSHOT_URL when set (a running "frente serve --demo"),
// else the test's own small front.
func TestScreenshot(t *testing.T) {
	out := os.Getenv("FRENTE_SCREENSHOT")
	if out == "" {
		t.Skip("FRENTE_SCREENSHOT is not set")
	}
	ctx := newBrowser(t)
	page := os.Getenv("FRENTE_SCREENSHOT_URL")
	if page == "" {
		store := storetest.SQLite(t)
		f := seedFront(t, store)
		srv := httptest.NewServer(New(store, nil, "test"))
		t.Cleanup(srv.Close)
		page = srv.URL + "/campaigns/" + idValue(f.Campaign.ID)
	}
	phone := strings.TrimSuffix(out, filepath.Ext(out)) + "-phone.png"
	for _, shot := range []struct {
		path          string
		width, height int64
		mobile        bool
	}{{out, 1280, 900, false}, {phone, 390, 844, true}} {
		viewport := []chromedp.EmulateViewportOption{chromedp.EmulateScale(1)}
		if shot.mobile {
			viewport = []chromedp.EmulateViewportOption{chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulateTouch}
		}
		step(t, ctx, acceptLanguage("en"), chromedp.EmulateViewport(shot.width, shot.height, viewport...),
			chromedp.Navigate(page), chromedp.WaitVisible(chromedp.CSS("main")))
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		png, err := chromedp.Run(sctx, chromedp.FullScreenshot(100))
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(shot.path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", shot.path, len(png))
	}
}

// TestBrowserLogin logs in through the real form in a real browser: the
// header's link leads to the login and back, the cookie is kept, and the
// logout button in the header ends the session.
func TestBrowserLogin(t *testing.T) {
	ctx := newBrowser(t)
	store := storetest.SQLite(t)
	seedFront(t, store)
	addUser(t, store, "organizer@usw.example", false, nil)
	srv := httptest.NewServer(New(store, nil, "test"))
	t.Cleanup(srv.Close)

	step(t, ctx, acceptLanguage("en"), chromedp.Navigate(srv.URL+"/organizations"), chromedp.WaitVisible(chromedp.CSS("a.login")),
		chromedp.Click(chromedp.CSS("a.login")), chromedp.WaitVisible(chromedp.CSS("#f-email")),
		chromedp.SendKeys(chromedp.CSS("#f-email"), "organizer@usw.example"),
		chromedp.SendKeys(chromedp.CSS("#f-password"), testPassword),
		chromedp.Click(chromedp.CSS("form.record button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("form.user")))
	url, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || url != srv.URL+"/organizations" {
		t.Errorf("after login the browser is at %q (%v), want the page it came from", url, err)
	}
	who, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("form.user a")))
	if err != nil || who != "organizer@usw.example" {
		t.Errorf("header names %q (%v)", who, err)
	}

	step(t, ctx, chromedp.Click(chromedp.CSS("form.user button")), chromedp.WaitVisible(chromedp.CSS("a.login")))
	step(t, ctx, chromedp.Navigate(srv.URL+"/account"), chromedp.WaitVisible(chromedp.CSS("#f-email")))
	url, err = chromedp.Run(ctx, chromedp.Location())
	if err != nil || url != srv.URL+"/login?next=%2Faccount" {
		t.Errorf("after logout /account went to %q (%v), want the login", url, err)
	}
}
