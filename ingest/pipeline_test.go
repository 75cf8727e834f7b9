package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/frente/frente"
	"github.com/frente/frente/contract"
	"github.com/frente/frente/ingest"
)

// recordingStore keeps what it was asked to store, in order, and fails
// the titles it is told to.
type recordingStore struct {
	mu     sync.Mutex
	titles []string
	fail   map[string]bool
	cancel func()
}

func (s *recordingStore) IngestAgreement(_ context.Context, a *frente.Agreement, units []*frente.Unit, _ []byte) (*frente.Agreement, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail[a.Title] {
		return nil, false, errors.New("refused")
	}
	s.titles = append(s.titles, a.Title)
	if s.cancel != nil && len(s.titles) == 2 {
		s.cancel()
	}
	a.Units = len(units)
	for _, u := range units {
		if u.Terms == "" {
			return nil, false, fmt.Errorf("unit %s %s reached the store unanalyzed", u.Kind, u.Number)
		}
	}
	return a, false, nil
}

func agreementText(i int) []byte {
	return fmt.Appendf(nil, "---\ntitle: Agreement %d\n---\nARTICLE 1 – RECOGNITION\nThe Employer recognizes the Union number %d.\n\nARTICLE 2 – GRIEVANCE PROCEDURE\nA grievance goes to arbitration.\n", i, i)
}

func sources(n int, unreadable int) []ingest.Source {
	out := make([]ingest.Source, n)
	for i := range out {
		out[i] = ingest.Source{Name: fmt.Sprintf("a%02d.md", i), Read: func() ([]byte, error) {
			if i == unreadable {
				return nil, errors.New("cannot read")
			}
			return agreementText(i), nil
		}}
	}
	return out
}

func TestPipelineStoresInOrderAndReportsEachFile(t *testing.T) {
	const n = 12
	s := &recordingStore{fail: map[string]bool{"Agreement 7": true}}
	var got []ingest.Outcome
	err := ingest.Pipeline(context.Background(), s, sources(n, 3), ingest.Meta{Visibility: frente.Public}, contract.Options{NoPdftotext: true},
		func(o ingest.Outcome) { got = append(got, o) })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("%d outcomes for %d files", len(got), n)
	}
	var want []string
	for i, o := range got {
		if name := fmt.Sprintf("a%02d.md", i); o.Name != name {
			t.Fatalf("outcome %d is for %s, want %s", i, o.Name, name)
		}
		switch i {
		case 3:
			if o.Err == nil || !strings.Contains(o.Err.Error(), "cannot read") || o.Size != 0 {
				t.Errorf("unreadable file: %+v", o)
			}
		case 7:
			if o.Err == nil || !strings.Contains(o.Err.Error(), "refused") {
				t.Errorf("refused file: %+v", o)
			}
		default:
			if o.Err != nil || o.Result.Agreement == nil || o.Result.Agreement.Units != 2 || o.Size != len(agreementText(i)) {
				t.Errorf("file %d: %+v", i, o)
			}
			want = append(want, fmt.Sprintf("Agreement %d", i))
		}
	}
	if !slices.Equal(s.titles, want) {
		t.Errorf("stored %v, want %v", s.titles, want)
	}
}

func TestPipelineStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := &recordingStore{cancel: cancel}
	calls := 0
	err := ingest.Pipeline(ctx, s, sources(40, -1), ingest.Meta{}, contract.Options{NoPdftotext: true}, func(ingest.Outcome) { calls++ })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if calls >= 40 || len(s.titles) >= 40 {
		t.Errorf("went on after the cancel: %d outcomes, %d stored", calls, len(s.titles))
	}
}

// A done that never returns (t.Fatal, a panic) must not leave Pipeline
// waiting for workers stuck behind files nobody will store: this test
// would hang until go test's -timeout if it did.
func TestPipelineReturnsWhenDoneStopsIt(t *testing.T) {
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		_ = ingest.Pipeline(context.Background(), &recordingStore{}, sources(40, -1), ingest.Meta{}, contract.Options{NoPdftotext: true},
			func(ingest.Outcome) { runtime.Goexit() })
	}()
	<-finished
}
