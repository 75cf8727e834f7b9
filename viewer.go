package frente

import "context"

// Viewer is who is asking. Every store query that reads records filters on
// it, so that pages, lists, counts, search and the API always agree on what
// a caller may see.
type Viewer struct {
	// UserID is the logged-in user, or 0 for an anonymous caller. What a
	// user may see and do follows from their memberships, which the store
	// reads in each query, so a changed membership counts at once.
	UserID ID
	// All lets the caller see and change every record: the command line on
	// the server's own machine, the demo loader, and site administrators.
	All bool
}

// System is the viewer of trusted local work (CLI, demo, migrations).
var System = Viewer{All: true}

type viewerKey struct{}

// WithViewer returns a context that carries v.
func WithViewer(ctx context.Context, v Viewer) context.Context {
	return context.WithValue(ctx, viewerKey{}, v)
}

// ViewerFrom returns the viewer in ctx, or an anonymous one.
func ViewerFrom(ctx context.Context) Viewer {
	v, _ := ctx.Value(viewerKey{}).(Viewer)
	return v
}
