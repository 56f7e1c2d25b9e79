package reload

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"storybot/corpus"
	"storybot/index"
	"storybot/internal/pgtest"
	"storybot/store"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// replica is one process's engine and reloader on a shared store.
type replica struct {
	live *index.Live
	r    *Reloader
}

func newReplica(t *testing.T, st *store.Store, dir string) *replica {
	t.Helper()
	live := defaultLive(t)
	r := New(Config{Live: live, Dir: dir, Store: st})
	if err := r.CatchUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { r.Follow(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done }) // before defaultLive's Close
	return &replica{live: live, r: r}
}

// answer is the direct answer line to q.
func (p *replica) answer(t *testing.T, q string) string {
	t.Helper()
	a, err := p.live.Ask(context.Background(), q, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a.Answer
}

// waitAnswer waits for q to be answered with want and returns how long it
// took (about a second on SQLite, which is polled every second). It
// gives up after 10 s: the time is a figure the test logs, not a bound on
// a busy machine, where a build under the race detector takes seconds.
func (p *replica) waitAnswer(t *testing.T, q, want string) time.Duration {
	t.Helper()
	start := time.Now()
	for time.Since(start) < 10*time.Second {
		if p.answer(t, q) == want {
			return time.Since(start)
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("after 10 s %q is answered %q, want %q", q, p.answer(t, q), want)
	return 0
}

const fencerQ = "What is the NATO reporting name of the Su-24?"

// A reindex on one replica (an upload, then a rollback) is followed by
// another sharing the store (its time is logged); a replica started later catches
// up (on PostgreSQL, where the database holds the story).
func TestReplicasFollowVersions(t *testing.T) {
	t.Parallel()
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		dir := t.TempDir()
		if _, err := corpus.Seed(dir); err != nil {
			t.Fatal(err)
		}
		dirB := t.TempDir() // on another host
		if _, err := corpus.Seed(dirB); err != nil {
			t.Fatal(err)
		}
		stA, stB := open(t, dsn), open(t, dsn)
		a, b := newReplica(t, stA, dir), newReplica(t, stB, dirB)
		facts, _ := os.ReadFile(filepath.Join(dir, corpus.FactsFile))
		res, err := a.r.Replace(context.Background(), "alice", corpus.FactsFile,
			bytes.Replace(facts, []byte("value: Fencer, source"), []byte("value: Fencer-B, source"), 1))
		if err != nil {
			t.Fatal(err)
		}
		if res.Version != 1 || a.answer(t, fencerQ) != "Fencer-B" {
			t.Fatalf("the publishing replica: version %d, answer %q", res.Version, a.answer(t, fencerQ))
		}
		took := b.waitAnswer(t, fencerQ, "Fencer-B")
		t.Logf("%s: the other replica switched in %v", dsn[:min(len(dsn), 8)], took)
		if f, _ := os.ReadFile(filepath.Join(dirB, corpus.FactsFile)); !bytes.Contains(f, []byte("Fencer-B")) {
			t.Error("the other replica's corpus directory should follow the version it serves")
		}
		if _, err := a.r.Reindex(context.Background(), "bob"); err != nil { // the directory holds Fencer-B
			t.Fatal(err)
		}
		// Version 2 is the same story; roll back to a version from before
		// the upload: publish the built-in story as 3, then back to 1.
		if _, err := b.r.Rollback(context.Background(), "carol", 99); err == nil || !strings.Contains(err.Error(), "no version 99") {
			t.Errorf("rollback to a version that does not exist: %v", err)
		}
		res, err = b.r.Rollback(context.Background(), "carol", 1)
		if err != nil || res.Version != 3 {
			t.Fatalf("rollback: %v %+v", err, res)
		}
		vs, err := a.r.Versions(context.Background(), 10)
		if err != nil || len(vs) != 3 || vs[0].N != 3 || vs[0].Who != "carol" || !strings.Contains(vs[0].Report, "rollback to version 1") {
			t.Errorf("versions: %v %+v", err, vs)
		}
		if store.IsPostgresURL(dsn) {
			c := newReplica(t, open(t, dsn), "")
			if got := c.answer(t, fencerQ); got != "Fencer-B" || c.r.Serving() != 3 {
				t.Errorf("a replica started later serves version %d, answering %q", c.r.Serving(), got)
			}
		}
	})
}

// A replica starting on PostgreSQL from the very files of the newest
// version serves it without building it again; one that does not know
// what its engine was built from builds it.
func TestCatchUpKeepsAnEngineOfTheSameFiles(t *testing.T) {
	t.Parallel()
	st := open(t, pgtest.Database(t))
	files, err := ReadDir("")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := Publish(context.Background(), st, "alice", files, "", DefaultBudget); err != nil {
		t.Fatal(err)
	}
	for _, known := range []bool{true, false} {
		live := defaultLive(t)
		before := live.Corpus()
		cfg := Config{Live: live, Store: st}
		if known {
			cfg.Files = files
		}
		r := New(cfg)
		swaps := 0
		r.OnSwap(func() { swaps++ })
		if err := r.CatchUp(context.Background()); err != nil {
			t.Fatal(err)
		}
		if r.Serving() != 1 {
			t.Errorf("files known %v: serving version %d, want 1", known, r.Serving())
		}
		if rebuilt := live.Corpus() != before; rebuilt == known {
			t.Errorf("files known %v: engine rebuilt %v", known, rebuilt)
		}
		wantSwaps := 1
		if known {
			wantSwaps = 0 // nothing swapped
		}
		if swaps != wantSwaps {
			t.Errorf("files known %v: the swap hook ran %d times, want %d", known, swaps, wantSwaps)
		}
	}
}

// While the database is down, a reindex is refused with a clear message
// and the current story keeps answering.
func TestReindexRefusedWhileDatabaseDown(t *testing.T) {
	t.Parallel()
	srv := pgtest.Start(t)
	st := open(t, srv.Database(t))
	p := newReplica(t, st, "")
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	_, err := p.r.Reindex(context.Background(), "alice")
	if !errors.Is(err, ErrStoreDown) || !strings.Contains(err.Error(), "unreachable") {
		t.Errorf("reindex with the database down: %v", err)
	}
	if got := p.answer(t, fencerQ); got != "Fencer" {
		t.Errorf("still answering? %q", got)
	}
}

// A build over its budget is refused and changes nothing.
func TestBuildBudget(t *testing.T) {
	live := defaultLive(t)
	r := New(Config{Live: live, Budget: time.Nanosecond})
	if _, err := r.Reindex(context.Background(), "x"); !errors.Is(err, ErrBudget) {
		t.Errorf("over budget: %v", err)
	}
	if a, err := live.Ask(context.Background(), fencerQ, index.Options{}); err != nil || a.Answer != "Fencer" {
		t.Errorf("still answering? %v %+v", err, a)
	}
}

// PublishBuilt records files whose index the caller built, and refuses,
// recording nothing, an index that took longer than the budget, as
// Publish does.
func TestPublishBuilt(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := open(t, t.TempDir())
	files, err := ReadDir("")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(files)
	if err != nil {
		t.Fatal(err)
	}
	e, err := index.Build(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	if _, _, err := PublishBuilt(ctx, st, "alice", files, e, "", time.Nanosecond); !errors.Is(err, ErrBudget) {
		t.Errorf("over budget: %v", err)
	}
	if n, err := st.LatestVersion(ctx); err != nil || n != 0 {
		t.Errorf("over budget, version %d was recorded (%v)", n, err)
	}
	n, report, err := PublishBuilt(ctx, st, "alice", files, e, "", DefaultBudget)
	if err != nil || n != 1 || !report.Empty() {
		t.Fatalf("version %d, report %q, %v; want 1 with no changes from the built-in story", n, report.String(), err)
	}
	v, err := st.Version(ctx, 1)
	if err != nil || v.Who != "alice" || !bytes.Equal(v.Files[corpus.FactsFile], files[corpus.FactsFile]) {
		t.Errorf("version 1: %v %+v", err, v)
	}
}

// A rollback to a version without a fact sheet moves the directory's
// facts.yaml aside, so the directory holds exactly the version and a
// restart serves the same story.
func TestWriteDirMovesAsideFilesTheVersionLacks(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := open(t, t.TempDir())
	files, err := ReadDir("")
	if err != nil {
		t.Fatal(err)
	}
	delete(files, corpus.FactsFile)
	if _, _, err := Publish(ctx, st, "alice", files, "", DefaultBudget); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := corpus.Seed(dir); err != nil {
		t.Fatal(err)
	}
	facts, err := os.ReadFile(filepath.Join(dir, corpus.FactsFile))
	if err != nil {
		t.Fatal(err)
	}
	r := New(Config{Live: defaultLive(t), Dir: dir, Store: st})
	if _, err := r.Rollback(ctx, "bob", 1); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, corpus.FactsFile)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the version has no fact sheet, but the directory keeps one (%v)", err)
	}
	if back, err := os.ReadFile(filepath.Join(dir, corpus.FactsFile+corpus.BackupSuffix)); err != nil || !bytes.Equal(back, facts) {
		t.Errorf("the old fact sheet should be kept aside as a backup (%v)", err)
	}
	got, err := ReadDir(dir)
	if err != nil || !maps.EqualFunc(got, files, bytes.Equal) {
		t.Errorf("the directory holds %v (%v), want exactly the version's files", slices.Sorted(maps.Keys(got)), err)
	}
}

func open(t *testing.T, dsn string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// worstFiles is the costliest corpus within the corpus cost limits: as
// many short paragraphs and sentences as allowed, and as many entries and
// attributes (as corpus's own worst case).
func worstFiles() map[string][]byte {
	var b strings.Builder
	perPara := corpus.MaxSentences / corpus.MaxParagraphs
	wordsPerSentence := corpus.MaxWords/corpus.MaxSentences - 1
	for i := range corpus.MaxParagraphs {
		for j := range perPara {
			fmt.Fprintf(&b, "Word%d %s end%d. ", i, strings.Repeat("lorem ", wordsPerSentence-2), j)
		}
		b.WriteString("\n\n")
	}
	var f strings.Builder
	f.WriteString("entries:\n")
	for i := range corpus.MaxEntries {
		fmt.Fprintf(&f, "  - id: e%d\n    kind: thing\n    name: Thing %d\n    summary: s\n    attributes:\n", i, i)
		for j := range corpus.MaxAttributes / corpus.MaxEntries {
			fmt.Fprintf(&f, "      - {key: k%d, value: v, source: article}\n", j)
		}
	}
	return map[string][]byte{corpus.ArticleTextFile: []byte(b.String()), corpus.FactsFile: []byte(f.String())}
}

// BenchmarkBuildWorstCorpus measures what the reindex budget must cover:
// validating and building the worst corpus that passes validation, with
// the peak heap seen while it builds (README: reindex budget).
func BenchmarkBuildWorstCorpus(b *testing.B) {
	files := worstFiles()
	r := New(Config{})
	var peak atomic.Uint64
	stop := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
		}
	}()
	for b.Loop() {
		e, err := r.build(context.Background(), files)
		if err != nil {
			b.Fatal(err)
		}
		e.Close()
	}
	close(stop)
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
}
