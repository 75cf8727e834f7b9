package ingest

import (
	"context"
	"runtime"
	"sync"

	"github.com/frente/frente/contract"
)

// Source is one file to ingest; Read is called when its turn to be parsed
// comes, so that a long list of files is not all held in memory at once.
type Source struct {
	Name string
	Read func() ([]byte, error)
}

// Outcome is what became of one Source.
type Outcome struct {
	Name string
	// Size is the number of bytes read (0 when reading failed).
	Size   int
	Result Result
	Err    error
}

// Pipeline stores files one after another, each in its own transaction,
// while other goroutines read, parse and analyze the next ones: the store
// writes on one core at a time, and on two cores the parsing of the next
// files is then free. done is called once per file, in the order of files,
// on the caller's goroutine. A file that fails is reported to done and the
// others go on; only the context's end stops Pipeline early.
func Pipeline(ctx context.Context, s Store, files []Source, meta Meta, opt contract.Options, done func(Outcome)) error {
	ctx, cancel := context.WithCancel(ctx)
	// Cancelled before the workers are waited for, so that Pipeline also
	// returns when done stops it early (a panic, t.Fatal).
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	workers := max(1, runtime.GOMAXPROCS(0)-1)
	type prepared struct {
		p    *Prepared
		size int
		err  error
	}
	// Each file has its own slot, so that results come back in order
	// whichever worker finished first; ahead bounds how many files are
	// read and parsed but not yet stored.
	slots := make([]chan prepared, len(files))
	for i := range slots {
		slots[i] = make(chan prepared, 1)
	}
	ahead := make(chan struct{}, workers+1)
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range files {
			select {
			case ahead <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		wg.Go(func() {
			for i := range next {
				data, err := files[i].Read()
				var p *Prepared
				if err == nil {
					p, err = Prepare(files[i].Name, data, meta, opt)
				}
				slots[i] <- prepared{p: p, size: len(data), err: err}
			}
		})
	}
	for i, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		var item prepared
		select {
		case item = <-slots[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-ahead
		out := Outcome{Name: f.Name, Size: item.size, Err: item.err}
		if out.Err == nil {
			out.Result, out.Err = item.p.Store(ctx, s)
		}
		done(out)
	}
	return ctx.Err()
}
