package store

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	sqlite3 "modernc.org/sqlite/lib"
)

// QueueSize is the default bound of Buffered's queue.
const QueueSize = 10000

// retryInterval is how often Buffered tries to flush its queue while the
// database is unreachable.
const retryInterval = time.Second

// Buffered writes the question log through a Store and keeps writing
// while the database is unreachable: records that cannot be written wait
// in a bounded in-memory queue, in order, and are written when the
// database is back. Records past the bound are dropped and counted, never
// silently. Run must be running for the queue to drain.
type Buffered struct {
	s        *Store
	capacity int
	log      *slog.Logger

	flushMu sync.Mutex // one Flush at a time, so the head popped is the one written
	mu      sync.Mutex
	queue   []pending
	lastErr error // the last write error, nil once a write succeeds

	dropped atomic.Int64
	wake    chan struct{}
}

// pending is one queued write: a question or a vote.
type pending struct {
	q *Question
	v *Vote
}

// NewBuffered wraps s with a queue of at most capacity records (QueueSize
// when capacity <= 0). log may be nil.
func NewBuffered(s *Store, capacity int, log *slog.Logger) *Buffered {
	if capacity <= 0 {
		capacity = QueueSize
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Buffered{s: s, capacity: capacity, log: log, wake: make(chan struct{}, 1)}
}

// Store returns the wrapped store.
func (b *Buffered) Store() *Store { return b.s }

// RecordQuestion writes q, or queues it when the database is unreachable,
// when the write does not finish before ctx ends, or when earlier records
// still wait (so records stay in order). It returns an error only for a
// record the database refuses outright.
func (b *Buffered) RecordQuestion(ctx context.Context, q Question) error {
	if b.waiting() {
		b.enqueue(pending{q: &q})
		return nil
	}
	err := b.s.RecordQuestion(ctx, q)
	if retryable(ctx, err) {
		b.failed(err)
		b.enqueue(pending{q: &q})
		return nil
	}
	return err
}

// Vote records v like Store.Vote, or queues it (returning VoteQueued)
// when the database is unreachable or earlier records still wait.
func (b *Buffered) Vote(ctx context.Context, v Vote) (VoteChange, error) {
	if b.waiting() {
		b.enqueue(pending{v: &v})
		return VoteQueued, nil
	}
	change, err := b.s.Vote(ctx, v)
	if retryable(ctx, err) {
		b.failed(err)
		b.enqueue(pending{v: &v})
		return VoteQueued, nil
	}
	return change, err
}

// Dropped counts the records dropped because the queue was full or the
// database refused them while flushing, since the Buffered was made.
func (b *Buffered) Dropped() int64 { return b.dropped.Load() }

// Queued is how many records wait to be written.
func (b *Buffered) Queued() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.queue)
}

// Err is the error of the last failed write, or nil when the last write
// succeeded: what a health check reports.
func (b *Buffered) Err() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.lastErr
}

// Run flushes the queue whenever records are queued, retrying every
// second while the database is unreachable, until ctx ends. It then tries
// one last flush with a short deadline, and counts what is still queued
// as dropped.
func (b *Buffered) Run(ctx context.Context) {
	t := time.NewTicker(retryInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			b.finish()
			return
		case <-b.wake:
		case <-t.C:
		}
		b.Flush(ctx)
	}
}

// finish makes a last attempt to write the queue, as the process stops.
func (b *Buffered) finish() {
	last, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if b.Flush(last) {
		return
	}
	b.mu.Lock()
	lost := len(b.queue)
	b.queue = nil
	b.mu.Unlock()
	b.dropped.Add(int64(lost))
	b.log.Error("log records still queued at exit were dropped", "records", lost)
}

// Flush writes the queued records in order until the queue is empty or a
// write fails with a transient error; it reports whether the queue is
// empty.
func (b *Buffered) Flush(ctx context.Context) bool {
	b.flushMu.Lock()
	defer b.flushMu.Unlock()
	for {
		p, ok := b.head()
		if !ok {
			return true
		}
		err := b.write(ctx, p)
		if retryable(ctx, err) {
			b.failed(err)
			return false
		}
		if err != nil {
			b.dropped.Add(1)
			b.log.Error("a queued log record was refused by the database and dropped", "err", err)
		}
		b.pop()
	}
}

func (b *Buffered) write(ctx context.Context, p pending) error {
	if p.q != nil {
		return b.s.RecordQuestion(ctx, *p.q)
	}
	_, err := b.s.Vote(ctx, *p.v)
	return err
}

func (b *Buffered) waiting() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.queue) > 0
}

func (b *Buffered) enqueue(p pending) {
	b.mu.Lock()
	full := len(b.queue) >= b.capacity
	if !full {
		b.queue = append(b.queue, p)
	}
	b.mu.Unlock()
	if full {
		b.dropped.Add(1)
		return
	}
	select {
	case b.wake <- struct{}{}:
	default:
	}
}

func (b *Buffered) head() (pending, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.queue) == 0 {
		b.lastErr = nil
		return pending{}, false
	}
	return b.queue[0], true
}

func (b *Buffered) pop() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.queue[0] = pending{}
	b.queue = b.queue[1:]
	b.lastErr = nil
}

func (b *Buffered) failed(err error) {
	b.mu.Lock()
	first := b.lastErr == nil
	b.lastErr = err
	b.mu.Unlock()
	if first {
		b.log.Warn("the database is unreachable; log records are queued until it is back", "err", err)
	}
}

// retryable reports whether a failed write should wait in the queue: the
// database is unreachable, or the caller's time ran out first.
func retryable(ctx context.Context, err error) bool {
	return err != nil && (transient(err) || ctx.Err() != nil)
}

// transient reports whether err may go away when the database is back:
// anything but an error the database itself returned about the statement.
// PostgreSQL's connection and shutdown errors (classes 08 and 57P) and
// SQLite's busy and locked errors count as transient.
func transient(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		c := pgErr.Code
		return len(c) == 5 && (c[:2] == "08" || c[:3] == "57P" || c == "53300")
	}
	if code, ok := sqliteCode(err); ok {
		return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
	}
	return true
}
