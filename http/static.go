package http

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
)

//go:embed static
var staticFiles embed.FS

// staticAsset is one embedded file with the hash that names its version.
type staticAsset struct {
	hash  string
	body  []byte
	ctype string
}

// staticAssets is read once: the files cannot change while the binary runs,
// so each URL carries a hash of the content and may be cached for a year.
var staticAssets = loadStaticAssets()

func loadStaticAssets() map[string]staticAsset {
	out := map[string]staticAsset{}
	err := fs.WalkDir(staticFiles, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := staticFiles.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		ctype := mime.TypeByExtension(path.Ext(p))
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		out[path.Base(p)] = staticAsset{hash: hex.EncodeToString(sum[:6]), body: body, ctype: ctype}
		return nil
	})
	if err != nil {
		panic(fmt.Sprintf("http: static files: %v", err))
	}
	return out
}

// staticURL is the versioned address of an embedded file; templates call
// it as {{static "style.css"}}.
func staticURL(name string) (string, error) {
	a, ok := staticAssets[name]
	if !ok {
		return "", fmt.Errorf("no static file %q", name)
	}
	return "/static/" + a.hash + "/" + name, nil
}

// static serves an embedded file. A hash that is not the current one is
// a 404 rather than the current file, so that a cached page never gets an
// asset it was not written for under a URL promised never to change.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	a, ok := staticAssets[r.PathValue("file")]
	if !ok || r.PathValue("hash") != a.hash {
		s.notFoundPage(w, r)
		return
	}
	h := w.Header()
	// The same bytes whatever the language: let caches keep one copy.
	h.Del("Vary")
	h.Del("Content-Language")
	h.Set("Content-Type", a.ctype)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", fmt.Sprint(len(a.body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(a.body)
	}
}
