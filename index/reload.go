package index

import (
	"context"
	"errors"
	"os"
	"sync"
	"time"

	"storybot/corpus"
)

// Errors from Reloader.
var (
	// ErrBusy means another reindex is running; reindexes are serialised
	// and the second is told so rather than queued.
	ErrBusy = errors.New("a reindex is already running; try again in a moment")
	// ErrNoCorpusDir means an upload was offered but no corpus directory
	// is configured to write it to.
	ErrNoCorpusDir = errors.New("no corpus directory is configured (STORYBOT_CORPUS), so there is nowhere to save an upload; nothing changed")
)

// Reloader keeps a Live engine current with a corpus: it re-reads the
// corpus directory (or the embedded default when Dir is empty), validates
// it, builds a new engine off to the side and swaps it in. A corpus that
// fails validation changes nothing: the running engine keeps serving.
type Reloader struct {
	Live *Live
	// Dir is the corpus directory; empty means the embedded corpus.
	Dir string

	mu sync.Mutex
}

// Reindexed reports a finished reindex.
type Reindexed struct {
	Report corpus.Report
	// Backup is the path of the file an upload displaced, if any.
	Backup string
	Took   time.Duration
	Stats  Stats
}

// Reindex rebuilds the engine from the corpus as it is now.
func (r *Reloader) Reindex(ctx context.Context) (*Reindexed, error) {
	if !r.mu.TryLock() {
		return nil, ErrBusy
	}
	defer r.mu.Unlock()
	start := time.Now()
	c, err := corpus.LoadDir(r.Dir)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	e, err := Build(ctx, c)
	if err != nil {
		return nil, err
	}
	return r.install(e, start), nil
}

// Replace validates a replacement corpus file together with the rest of
// the corpus, builds the engine from it, and only then writes the file
// into the corpus directory (atomically, keeping a backup) and swaps the
// engine in. Any problem leaves both the directory and the running engine
// as they were.
func (r *Reloader) Replace(ctx context.Context, name string, data []byte) (*Reindexed, error) {
	if r.Dir == "" {
		return nil, ErrNoCorpusDir
	}
	if !r.mu.TryLock() {
		return nil, ErrBusy
	}
	defer r.mu.Unlock()
	start := time.Now()
	c, err := corpus.Load(corpus.WithFile(os.DirFS(r.Dir), name, data))
	if err != nil {
		return nil, err
	}
	e, err := Build(ctx, c)
	if err != nil {
		return nil, err
	}
	backup, err := corpus.WriteFile(r.Dir, name, data)
	if err != nil {
		e.Close()
		return nil, err
	}
	res := r.install(e, start)
	res.Backup = backup
	return res, nil
}

// install swaps a built engine in and reports what changed.
func (r *Reloader) install(e *Engine, start time.Time) *Reindexed {
	old := r.Live.Swap(e)
	return &Reindexed{Report: corpus.Diff(old, e.corpus), Took: time.Since(start), Stats: e.Stats()}
}
