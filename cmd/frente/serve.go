package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/frente/frente/auth"
	"github.com/frente/frente/demo"
	frentehttp "github.com/frente/frente/http"
	"github.com/frente/frente/sqlstore"
)

// Main is the running program: the store and the HTTP server over it. The
// serve command and the end-to-end tests share it, so the tests start what
// users start.
type Main struct {
	DB     string
	Addr   string
	Demo   bool
	Logger *slog.Logger

	Store *sqlstore.Store
	// SetupURL is the one-time link that creates the first administrator,
	// when the database had no users at start; "" otherwise.
	SetupURL string

	ln     net.Listener
	server *http.Server
	done   chan error
}

// Run opens the store, loads the demo when asked, and starts serving in
// the background; it returns once the server listens.
func (m *Main) Run(ctx context.Context) error {
	if m.Logger == nil {
		m.Logger = slog.New(slog.DiscardHandler)
	}
	store, err := openStore(ctx, m.DB)
	if err != nil {
		return err
	}
	m.Store = store
	if m.Demo {
		n, err := demo.Load(ctx, store)
		if err != nil {
			store.Close()
			return err
		}
		m.Logger.Info("demo loaded", "created", n)
	}
	ln, err := net.Listen("tcp", m.Addr)
	if err != nil {
		store.Close()
		return fmt.Errorf("listen on %s: %w", m.Addr, err)
	}
	m.ln = ln
	handler := frentehttp.New(store, m.Logger, buildVersion())
	users, err := store.CountUsers(ctx)
	if err != nil {
		ln.Close()
		store.Close()
		return err
	}
	if users == 0 {
		secret := auth.NewSecret(auth.SetupPrefix)
		handler.SetSetupSecret(secret)
		m.SetupURL = m.URL() + "/setup?token=" + secret
	}
	m.server = &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(m.Logger.Handler(), slog.LevelWarn),
	}
	m.done = make(chan error, 1)
	go func() { m.done <- m.server.Serve(ln) }()
	m.Logger.Info("serving", "url", m.URL(), "db", redact(m.DB))
	return nil
}

// URL is the address the server answers at.
func (m *Main) URL() string {
	if m.ln == nil {
		return ""
	}
	addr := m.ln.Addr().(*net.TCPAddr)
	host := addr.IP.String()
	if addr.IP.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(addr.Port))
}

// Wait blocks until the server stops by itself (a failure) or ctx ends.
func (m *Main) Wait(ctx context.Context) error {
	select {
	case err := <-m.done:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	case <-ctx.Done():
		return nil
	}
}

// Close stops the server, letting requests in flight finish for a few
// seconds, then closes the store.
func (m *Main) Close() error {
	var errs []error
	if m.server != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := m.server.Shutdown(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	if m.Store != nil {
		if err := m.Store.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func runServe(ctx context.Context, args []string, e *env) error {
	fs := newFlags("serve", "", "Serve the web pages and the JSON API (/api/v1) on one address.", e.stderr)
	db := dbFlag(fs)
	addr := fs.String("addr", "localhost:8080", "address to listen on (host:port)")
	withDemo := fs.Bool("demo", false, "load the seed case (the common front against Grupo México) before serving")
	if err := parse(fs, args); err != nil {
		return err
	}
	m := &Main{DB: *db, Addr: *addr, Demo: *withDemo, Logger: slog.New(slog.NewTextHandler(e.stderr, nil))}
	if err := m.Run(ctx); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Frente is serving at %s (database %s). Stop it with Ctrl-C.\n", m.URL(), redact(m.DB))
	if m.SetupURL != "" {
		fmt.Fprintf(e.stdout, "There are no users yet. Create the first administrator, once, at:\n  %s\n", m.SetupURL)
	}
	werr := m.Wait(ctx)
	return errors.Join(werr, m.Close())
}
