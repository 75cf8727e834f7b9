package contract

import (
	"errors"
	"fmt"
)

// MaxSize is the largest file Parse reads. Agreements run to a few MiB;
// anything bigger is almost surely not one, and reading it would only tie up
// memory.
const MaxSize = 50 << 20

// Errors that say why a file cannot be read as an agreement. Parse wraps
// them in an *Error that names the file; test with errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrTooLarge    = errors.New("file too large")
	ErrBinary      = errors.New("binary data, not text")
	ErrNoTextLayer = errors.New("no text layer (scanned PDF?): run OCR first")
	ErrUnsupported = errors.New("unsupported format")
	ErrCorrupt     = errors.New("damaged or unreadable file")
	ErrEncrypted   = errors.New("encrypted file")
)

// Error is a parse failure: which file, and what was wrong with it.
type Error struct {
	File string
	Err  error
}

func (e *Error) Error() string {
	if e.File == "" {
		return "parse: " + e.Err.Error()
	}
	return fmt.Sprintf("parse %s: %v", e.File, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// detailf wraps one of the sentinel errors with the detail that tells the
// user what to do, keeping errors.Is working.
func detailf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}
