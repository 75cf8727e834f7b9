package timeline

import "time"

// Bar is one dispute: a row of the chart.
type Bar struct {
	// ID names the bar's element (prefix-bar-ID); it need not be safe
	// XML, nor unique: the chart makes it so.
	ID    string
	Label string
	// Kind picks the hatching: strike, lockout, work-stoppage, protest,
	// picket, march, occupation; anything else is drawn as other.
	Kind  string
	Start time.Time
	// End is zero while the dispute goes on.
	End time.Time
	// LastConfirmed is, for an ongoing dispute, the last day someone
	// confirmed it still went on: the bar is solid up to it and open-ended
	// (dashed, faded, with an arrow) from it to Chart.Now, because nobody
	// knows whether it still goes on. Zero means never confirmed: only the
	// start is certain.
	LastConfirmed time.Time
	// Href, when set, makes the row a link.
	Href   string
	Events []Marker
}

// Marker is a dated thing on a row: an event of a dispute, or an
// incident.
type Marker struct {
	Date time.Time
	// Kind picks the shape for events (police-action, eviction, ...); all
	// incidents share one shape and their kind is written in the title.
	Kind  string
	Label string
	Href  string
}

// Chart is everything the SVG shows.
type Chart struct {
	// Title and Desc become the SVG's <title> and <desc>; an empty Desc is
	// replaced by a summary (Labels.Summary).
	Title, Desc string
	// Now is the right end of ongoing bars; zero means the latest date the
	// chart knows, so that the output never depends on the clock.
	Now       time.Time
	Bars      []Bar
	Incidents []Marker
	// Labels are the words the chart writes; empty fields take English.
	Labels Labels
	// Width in pixels (default 960, at least 400, at most 20000); the
	// height follows from the number of rows and the legend.
	Width int
	// IDPrefix starts every element id (default "tl"), so that two charts
	// inlined in one HTML page do not share ids.
	IDPrefix string
}

const (
	defaultWidth = 960
	minWidth     = 400
	maxWidth     = 20000
	defaultID    = "tl"
)
