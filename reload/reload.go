// Package reload keeps a live engine in step with the story: it validates
// a corpus, builds its index off to the side within a time budget while
// the old index keeps answering, records the corpus as a new version in
// the store (files, who, the change report) and swaps the new index in.
// Every process sharing the store follows the versions others publish
// (Follow), so a reindex on one replica reaches them all.
//
// The index package only builds and swaps engines; files, settings and the
// store belong here and to the command.
package reload

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"testing/fstest"
	"time"

	"storybot/corpus"
	"storybot/index"
	"storybot/store"
)

// DefaultBudget bounds one index build. The corpus cost limits
// (corpus.Max*) keep the worst corpus that passes validation well inside
// it (see BenchmarkBuildWorstCorpus); the budget stops anything else.
const DefaultBudget = 10 * time.Second

// Errors from a Reloader.
var (
	// ErrBusy means another reindex is running in this process; the
	// second is told so rather than queued.
	ErrBusy = errors.New("a reindex is already running; try again in a moment")
	// ErrNoCorpusDir means an upload was offered but there is no corpus
	// directory to save it to.
	ErrNoCorpusDir = errors.New("no corpus directory is configured, so there is nowhere to save an upload; nothing changed")
	// ErrNoStore means versions were asked for without a store.
	ErrNoStore = errors.New("no database is configured, so there are no versions to roll back to")
	// ErrStoreDown means the database is unreachable: a reindex is
	// refused, since other replicas could not follow it.
	ErrStoreDown = errors.New("the database is unreachable, so the story cannot be changed now (replicas could not follow); the current version keeps answering, try again later")
	// ErrBudget means the index took longer to build than the budget.
	ErrBudget = errors.New("building the index took too long")
)

// Config configures a Reloader.
type Config struct {
	Live *index.Live
	// Dir is the corpus directory; "" is the built-in story.
	Dir string
	// Store, when set, records every version and lets Follow pick up
	// those published by other processes.
	Store *store.Store
	// AwaitStore says a database is configured but was unreachable at
	// start: reindexes are refused (ErrStoreDown) until SetStore, so no
	// replica changes the story without the others.
	AwaitStore bool
	// Budget bounds one build; zero means DefaultBudget.
	Budget time.Duration
	// Logger receives what Follow does; nil means slog.Default().
	Logger *slog.Logger
	// Files are the corpus files Live's engine was built from, when
	// known: a published version with the same files is then served
	// without building it again (a replica starting on what the
	// database already holds).
	Files map[string][]byte
}

// Reloader rebuilds and swaps the live engine. It is safe for concurrent
// use; one rebuild runs at a time.
type Reloader struct {
	cfg Config
	log *slog.Logger

	// local is held by a reindex asked of this process, so a second is
	// told it is busy; mu is held by any rebuild, publish and swap, so a
	// reindex asked for while following another's version waits for it.
	local   sync.Mutex
	mu      sync.Mutex
	serving atomic.Int64 // the version in service; 0 when none is
	store   atomic.Pointer[store.Store]
	// builtFrom are the files of the engine in service, nil when
	// unknown; held under mu.
	builtFrom map[string][]byte
	// onSwap runs after each swap (see OnSwap), once r.mu is let go;
	// swapped says a swap under r.mu has yet to run it. Both are held
	// under mu.
	onSwap  func()
	swapped bool
}

// st is the store, nil when none is configured or reachable yet.
func (r *Reloader) st() *store.Store { return r.store.Load() }

// SetStore gives the Reloader the store once it is reachable (see
// Config.AwaitStore); then call CatchUp and Follow.
func (r *Reloader) SetStore(st *store.Store) { r.store.Store(st) }

// OnSwap sets fn to run after every swap of the live engine: a reindex,
// an upload, a rollback, or a version caught up with or followed. It runs
// before the call that swapped returns, without holding up a followed
// version (a local reindex asked meanwhile is told one is running), so
// two swaps' calls may overlap: fn must act on what is served when it
// runs, not on the swap that called it. The bot registers
// the served corpus's slash commands there, which waits on Discord.
func (r *Reloader) OnSwap(fn func()) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.onSwap = fn
}

// swap puts e in service as version n, built from files; r.mu is held,
// and release runs the OnSwap hook.
func (r *Reloader) swap(e *index.Engine, n int64, files map[string][]byte) {
	r.cfg.Live.Swap(e)
	r.serving.Store(n)
	r.builtFrom = files
	r.swapped = true
}

// release lets r.mu go and then, when a swap happened under it, runs the
// OnSwap hook, outside the lock, so a slow hook holds up no followed
// version.
func (r *Reloader) release() {
	hook, due := r.onSwap, r.swapped && r.onSwap != nil
	r.swapped = false
	r.mu.Unlock()
	if due {
		hook()
	}
}

// New makes a Reloader.
func New(cfg Config) *Reloader {
	if cfg.Budget <= 0 {
		cfg.Budget = DefaultBudget
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	r := &Reloader{cfg: cfg, log: cfg.Logger, builtFrom: cfg.Files}
	if cfg.Store != nil {
		r.store.Store(cfg.Store)
	}
	return r
}

// Result reports a finished reindex.
type Result struct {
	Report corpus.Report
	// Backup is the path of the file an upload displaced, if any.
	Backup string
	Took   time.Duration
	Stats  index.Stats
	// Version is the number the corpus was recorded as, 0 without a
	// store.
	Version int64
}

// Serving is the number of the version in service, 0 when the engine was
// built from the corpus directory or the built-in story and no version
// has been published or followed since.
func (r *Reloader) Serving() int64 { return r.serving.Load() }

// Reindex rebuilds from the corpus directory (or the built-in story) as it
// is now; who is recorded with the version.
func (r *Reloader) Reindex(ctx context.Context, who string) (*Result, error) {
	if !r.lock() {
		return nil, ErrBusy
	}
	defer r.unlock()
	files, err := ReadDir(r.cfg.Dir)
	if err != nil {
		return nil, err
	}
	return r.apply(ctx, who, files, "", nil)
}

// Replace validates a replacement corpus file together with the rest of
// the corpus and builds the index from it; only then does it write the
// file into the corpus directory (atomically, keeping a backup), record
// the version and swap. Any problem leaves the directory and the running
// engine as they were.
func (r *Reloader) Replace(ctx context.Context, who, name string, data []byte) (*Result, error) {
	if r.cfg.Dir == "" {
		return nil, ErrNoCorpusDir
	}
	if !r.lock() {
		return nil, ErrBusy
	}
	defer r.unlock()
	files, err := corpus.ReadFiles(corpus.WithFile(os.DirFS(r.cfg.Dir), name, data))
	if err != nil {
		return nil, err
	}
	var backup string
	res, err := r.apply(ctx, who, files, "", func() (err error) {
		backup, err = corpus.WriteFile(r.cfg.Dir, name, data)
		return err
	})
	if res != nil {
		res.Backup = backup
	}
	return res, err
}

// Rollback publishes version n's corpus again, as a new version, and
// swaps to it; the corpus directory, if any, gets its files too, so a
// restart keeps it.
func (r *Reloader) Rollback(ctx context.Context, who string, n int64) (*Result, error) {
	if r.st() == nil {
		return nil, ErrNoStore
	}
	if !r.lock() {
		return nil, ErrBusy
	}
	defer r.unlock()
	v, err := r.st().Version(ctx, n)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("there is no version %d", n)
	}
	if err != nil {
		return nil, storeErr(err)
	}
	return r.apply(ctx, who, v.Files, fmt.Sprintf("rollback to version %d", n), func() error {
		return r.writeDir(v.Files)
	})
}

// lock takes the locks of a reindex asked of this process, or reports
// that one is running.
func (r *Reloader) lock() bool {
	if !r.local.TryLock() {
		return false
	}
	r.mu.Lock()
	return true
}

func (r *Reloader) unlock() {
	r.release()
	r.local.Unlock()
}

// Versions lists up to limit recent versions, newest first.
func (r *Reloader) Versions(ctx context.Context, limit int) ([]store.VersionInfo, error) {
	if r.st() == nil {
		return nil, ErrNoStore
	}
	vs, err := r.st().ListVersions(ctx, limit)
	if err != nil {
		return nil, storeErr(err)
	}
	return vs, nil
}

// apply builds files, runs save (writing the directory) if given,
// publishes the version and swaps it in, all under r.mu.
func (r *Reloader) apply(ctx context.Context, who string, files map[string][]byte, note string, save func() error) (*Result, error) {
	start := time.Now()
	if err := r.storeUp(ctx); err != nil {
		return nil, err
	}
	e, err := r.build(ctx, files)
	if err != nil {
		return nil, err
	}
	report := corpus.Diff(r.cfg.Live.Corpus(), e.Corpus())
	if save != nil {
		if err := save(); err != nil {
			e.Close()
			return nil, err
		}
	}
	n, err := r.publish(ctx, who, files, report, note)
	if err != nil {
		e.Close()
		return nil, err
	}
	took := time.Since(start)
	r.swap(e, n, files)
	return &Result{Report: report, Took: took, Stats: e.Stats(), Version: n}, nil
}

// build validates files and builds their index within the budget.
func (r *Reloader) build(ctx context.Context, files map[string][]byte) (*index.Engine, error) {
	c, err := Load(files)
	if err != nil {
		return nil, err
	}
	bctx, cancel := context.WithTimeout(ctx, r.cfg.Budget)
	defer cancel()
	e, err := index.Build(bctx, c)
	if err != nil && ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
		return nil, r.overBudget()
	}
	return e, err
}

// overBudget is the error of a build that took longer than the budget.
func (r *Reloader) overBudget() error {
	return fmt.Errorf("%w (over %v); nothing changed", ErrBudget, r.cfg.Budget)
}

// publish records the corpus as the next version; 0 without a store.
func (r *Reloader) publish(ctx context.Context, who string, files map[string][]byte, report corpus.Report, note string) (int64, error) {
	if r.st() == nil {
		return 0, nil
	}
	text := report.String()
	if note != "" {
		text = note + "\n" + text
	}
	n, err := r.st().PublishVersion(ctx, store.Version{Who: who, Report: text, Files: files})
	if err != nil {
		return 0, storeErr(err)
	}
	return n, nil
}

// storeUp refuses a reindex while the database is unreachable.
func (r *Reloader) storeUp(ctx context.Context) error {
	if r.st() == nil {
		if r.cfg.AwaitStore {
			return ErrStoreDown
		}
		return nil
	}
	pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := r.st().Ping(pctx); err != nil {
		return ErrStoreDown
	}
	return nil
}

// storeErr words a database error for a moderator.
func storeErr(err error) error {
	return fmt.Errorf("%w (%v)", ErrStoreDown, err)
}

// writeDir writes a version's files into the corpus directory, if any,
// where they differ from what is there, and moves each corpus file the
// version lacks aside (to name+".bak", as corpus.WriteFile does with the
// other article), so the directory holds exactly the version: a later
// reindex from it, or a restart, starts from the story in service.
func (r *Reloader) writeDir(files map[string][]byte) error {
	if r.cfg.Dir == "" {
		return nil
	}
	there, err := corpus.ReadFiles(os.DirFS(r.cfg.Dir))
	if err != nil {
		return err
	}
	for _, name := range corpus.Files() {
		data, ok := files[name]
		if old, had := there[name]; !ok || had && bytes.Equal(old, data) {
			continue
		}
		if _, err := corpus.WriteFile(r.cfg.Dir, name, data); err != nil {
			return err
		}
	}
	// The version's files are in place before any other goes.
	for _, name := range corpus.Files() {
		_, keep := files[name]
		if _, had := there[name]; keep || !had {
			continue // in the version, or not there to move
		}
		if err := corpus.SetAside(r.cfg.Dir, name); err != nil {
			return err
		}
	}
	return nil
}

// Load validates a corpus's files, as ReadDir and a version hold them,
// and loads the corpus from them.
func Load(files map[string][]byte) (*corpus.Corpus, error) {
	return corpus.Load(mapFS(files))
}

func mapFS(files map[string][]byte) fs.FS {
	m := fstest.MapFS{}
	for name, data := range files {
		m[name] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return m
}

// Publish validates a corpus's files and builds their index within budget
// (then drops it: the caller serves nothing), and records them as the
// next version, with the changes against the newest version. The command
// line uses it; serving processes pick the version up with Follow.
func Publish(ctx context.Context, st *store.Store, who string, files map[string][]byte, note string, budget time.Duration) (int64, corpus.Report, error) {
	r := New(Config{Store: st, Budget: budget})
	if err := r.storeUp(ctx); err != nil {
		return 0, corpus.Report{}, err
	}
	e, err := r.build(ctx, files)
	if err != nil {
		return 0, corpus.Report{}, err
	}
	defer e.Close()
	return r.record(ctx, who, files, e.Corpus(), note)
}

// PublishBuilt is Publish for a caller that has already validated files
// and built their index e itself (which stays the caller's): it records
// them as the next version, with the changes against the newest version.
// An index that took longer than budget to build is refused, as Publish
// refuses it.
func PublishBuilt(ctx context.Context, st *store.Store, who string, files map[string][]byte, e *index.Engine, note string, budget time.Duration) (int64, corpus.Report, error) {
	r := New(Config{Store: st, Budget: budget})
	if err := r.storeUp(ctx); err != nil {
		return 0, corpus.Report{}, err
	}
	if e.Stats().BuildTime > r.cfg.Budget {
		return 0, corpus.Report{}, r.overBudget()
	}
	return r.record(ctx, who, files, e.Corpus(), note)
}

// record records files, loaded as c, as the next version, with the
// changes against the newest version (the built-in story when there is
// none).
func (r *Reloader) record(ctx context.Context, who string, files map[string][]byte, c *corpus.Corpus, note string) (int64, corpus.Report, error) {
	var before *corpus.Corpus
	if n, err := r.st().LatestVersion(ctx); err == nil && n > 0 {
		if v, err := r.st().Version(ctx, n); err == nil {
			before, _ = Load(v.Files)
		}
	}
	if before == nil {
		before, _ = corpus.Default()
	}
	report := corpus.Diff(before, c)
	n, err := r.publish(ctx, who, files, report, note)
	return n, report, err
}

// Republish records version n's files again as the next version: a
// rollback, for the command line.
func Republish(ctx context.Context, st *store.Store, who string, n int64, budget time.Duration) (int64, corpus.Report, error) {
	v, err := st.Version(ctx, n)
	if errors.Is(err, store.ErrNotFound) {
		return 0, corpus.Report{}, fmt.Errorf("there is no version %d", n)
	}
	if err != nil {
		return 0, corpus.Report{}, storeErr(err)
	}
	return Publish(ctx, st, who, v.Files, fmt.Sprintf("rollback to version %d", n), budget)
}

// ReadDir reads the corpus files in dir ("" is the built-in story), as a
// version holds them.
func ReadDir(dir string) (map[string][]byte, error) {
	if dir == "" {
		return corpus.ReadFiles(corpus.DefaultFS())
	}
	return corpus.ReadFiles(os.DirFS(dir))
}
