// Package timeline draws, on the server, the timeline of a campaign, an
// organization or a workplace as one standalone SVG: a row per dispute
// with a bar from its start to its end, open-ended bars for disputes that
// still go on, shapes for the events on each dispute's row, incidents on a
// row of their own with a rule through every row, a date axis and a
// legend.
//
// The chart must read when printed in black and white and to a screen
// reader: every kind of dispute has its own hatching (not only a tint),
// every kind of event its own shape, every bar and marker a <title>, and
// the root carries role="img" with aria-labelledby pointing at the chart's
// <title> and <desc>.
//
// The package knows nothing of HTTP or the store: callers turn their
// records into a Chart. It is pure: no I/O, no clock (Chart.Now is the
// right end of ongoing bars), no global state, and the same Chart always
// gives the same bytes.
package timeline
