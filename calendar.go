package frente

import "context"

// CalendarService keeps each user's secret calendar key: the key in a
// feed's address stands for the user, so that a calendar program, which
// cannot log in, sees what the user may see.
type CalendarService interface {
	// CalendarKey returns the viewer's key, making one the first time.
	CalendarKey(ctx context.Context) (string, error)
	// ResetCalendarKey replaces the viewer's key: the old address stops
	// working.
	ResetCalendarKey(ctx context.Context) (string, error)
	// CalendarUser returns the user a key stands for (ENOTFOUND for none).
	CalendarUser(ctx context.Context, key string) (ID, error)
}
