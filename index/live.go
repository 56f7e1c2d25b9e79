package index

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"

	"storybot/corpus"
)

// Live is the engine in service. Swap replaces it atomically: a question
// is answered wholly by the old engine or wholly by the new one, never by a
// half-built one, and the old engine is closed only once the questions it
// is answering are done.
type Live struct {
	swapMu sync.Mutex
	cur    atomic.Pointer[generation]
}

// generation is one engine with the lock that keeps it open while in use.
type generation struct {
	mu     sync.RWMutex
	e      *Engine
	closed bool
}

// ErrClosed is returned after Live.Close.
var ErrClosed = errors.New("index: closed")

// NewLive puts an engine in service.
func NewLive(e *Engine) *Live {
	l := &Live{}
	l.cur.Store(&generation{e: e})
	return l
}

// acquire returns the current generation, read-locked; the caller must
// release it. It never returns a closed generation unless Live is closed.
func (l *Live) acquire() (*generation, error) {
	for {
		g := l.cur.Load()
		g.mu.RLock()
		if !g.closed {
			return g, nil
		}
		g.mu.RUnlock()
		if l.cur.Load() == g {
			return nil, ErrClosed
		}
	}
}

// with runs fn with the current engine, kept open until fn returns.
func (l *Live) with(fn func(*Engine) error) error {
	g, err := l.acquire()
	if err != nil {
		return err
	}
	defer g.mu.RUnlock()
	return fn(g.e)
}

// Swap puts e in service and closes the engine it replaces, once the
// questions in flight on it are answered. It returns the replaced engine's
// corpus, for reporting what changed.
func (l *Live) Swap(e *Engine) *corpus.Corpus {
	l.swapMu.Lock()
	defer l.swapMu.Unlock()
	old := l.cur.Swap(&generation{e: e})
	old.mu.Lock()
	defer old.mu.Unlock()
	old.closed = true
	old.e.Close()
	return old.e.corpus
}

// Close closes the engine in service; later questions get ErrClosed.
func (l *Live) Close() error {
	l.swapMu.Lock()
	defer l.swapMu.Unlock()
	g := l.cur.Load()
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return nil
	}
	g.closed = true
	return g.e.Close()
}

// Ask answers a question with the engine in service.
func (l *Live) Ask(ctx context.Context, q string, opt Options) (a *Answer, err error) {
	err = l.with(func(e *Engine) error {
		a, err = e.Ask(ctx, q, opt)
		return err
	})
	return a, err
}

// Lookup looks an entry up with the engine in service.
func (l *Live) Lookup(ctx context.Context, name string, kinds []corpus.Kind, opt Options) (a *Answer, err error) {
	err = l.with(func(e *Engine) error {
		a, err = e.Lookup(ctx, name, kinds, opt)
		return err
	})
	return a, err
}

// Complete suggests entry names with the engine in service.
func (l *Live) Complete(typed string, kinds []corpus.Kind, n int) (cs []Choice) {
	_ = l.with(func(e *Engine) error {
		cs = e.Complete(typed, kinds, n)
		return nil
	})
	return cs
}

// Corpus returns the corpus in service. Corpora are immutable, so it stays
// valid after a swap.
func (l *Live) Corpus() *corpus.Corpus { return l.cur.Load().e.corpus }

// Stats describes the engine in service.
func (l *Live) Stats() Stats { return l.cur.Load().e.Stats() }
