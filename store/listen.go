package store

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
)

// PollInterval is how often Listen asks a SQLite store for a new version.
const PollInterval = time.Second

// listenSQL subscribes a connection to version announcements.
const listenSQL = `LISTEN ` + NotifyChannel

// Listen calls fn with the newest version number whenever it changes,
// until ctx ends; it returns ctx's error. fn is called in order, never
// twice with the same number and never with a smaller one; the first call
// comes as soon as a version exists.
//
// On PostgreSQL it holds a dedicated connection that LISTENs on
// NotifyChannel; on (re)connecting it asks for the newest version, so a
// replica that was cut off catches up. On SQLite, which has no
// notifications, it polls LatestVersion every PollInterval.
func (s *Store) Listen(ctx context.Context, fn func(n int64)) error {
	w := &watcher{fn: fn}
	if s.engine == Postgres {
		return s.listenPostgres(ctx, w)
	}
	return s.poll(ctx, w)
}

// watcher passes on only numbers newer than any it passed on before.
type watcher struct {
	fn   func(int64)
	last int64
}

func (w *watcher) see(n int64) {
	if n > w.last {
		w.last = n
		w.fn(n)
	}
}

func (s *Store) poll(ctx context.Context, w *watcher) error {
	t := time.NewTicker(PollInterval)
	defer t.Stop()
	for {
		if n, err := s.LatestVersion(ctx); err == nil {
			w.see(n)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// listenPostgres keeps a LISTEN connection open, reconnecting with a
// growing pause (up to 5 s) when it is lost.
func (s *Store) listenPostgres(ctx context.Context, w *watcher) error {
	pause := 100 * time.Millisecond
	for {
		err := s.listenOnce(ctx, w)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err == errListenedAWhile {
			pause = 100 * time.Millisecond
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pause):
		}
		pause = min(2*pause, 5*time.Second)
	}
}

// errListenedAWhile reports a connection lost after it had worked, so the
// next attempt need not wait long.
var errListenedAWhile = errors.New("store: listen connection lost")

// listenOnce connects, LISTENs, catches up with the newest version and
// passes on announcements until the connection fails.
func (s *Store) listenOnce(ctx context.Context, w *watcher) error {
	conn, err := pgx.Connect(ctx, s.dsn)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, listenSQL); err != nil {
		return err
	}
	var n int64
	if err := conn.QueryRow(ctx, latestVersionSQL).Scan(&n); err != nil {
		return err
	}
	w.see(n)
	for {
		note, err := conn.WaitForNotification(ctx)
		if err != nil {
			return errListenedAWhile
		}
		if n, err := strconv.ParseInt(note.Payload, 10, 64); err == nil {
			w.see(n)
		}
	}
}
