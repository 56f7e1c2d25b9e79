package reload

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"storybot/corpus"
	"storybot/index"
)

// defaultEngine builds an engine of the built-in story.
func defaultEngine(t testing.TB) *index.Engine {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	e, err := index.Build(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// defaultLive is a live engine of the built-in story, closed when the
// test ends.
func defaultLive(t testing.TB) *index.Live {
	t.Helper()
	live := index.NewLive(defaultEngine(t))
	t.Cleanup(func() { live.Close() })
	return live
}

// TestAnswersDuringReindex asks questions from many goroutines while the
// corpus is reindexed in a loop, alternating two versions of the fact
// sheet: every question gets a whole answer from one version or the other,
// never an error or an empty answer. Run with -race.
func TestAnswersDuringReindex(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if _, err := corpus.Seed(dir); err != nil {
		t.Fatal(err)
	}
	v1, _ := os.ReadFile(filepath.Join(dir, corpus.FactsFile))
	v2 := bytes.Replace(v1, []byte("value: Fencer, source"), []byte("value: Fencer-B, source"), 1)

	live := defaultLive(t) // the story the directory was seeded with
	// The budget is TestBuildBudget's matter: under -race, with six
	// goroutines asking on two busy cores, a build of the built-in story
	// once took over the default 10 s.
	r := New(Config{Live: live, Dir: dir, Budget: 2 * time.Minute})

	ctx := context.Background()
	stop := make(chan struct{})
	var asked atomic.Int64
	var wg sync.WaitGroup
	// Stop the askers before the test ends, also when it fails early:
	// an asker's Errorf after the end would panic.
	stopAsking := sync.OnceFunc(func() { close(stop); wg.Wait() })
	defer stopAsking()
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				a, err := live.Ask(ctx, "What is the NATO reporting name of the Su-24?", index.Options{})
				if err != nil {
					t.Errorf("ask during reindex: %v", err)
					return
				}
				if !a.Found || len(a.Results) == 0 || (a.Answer != "Fencer" && a.Answer != "Fencer-B") {
					t.Errorf("incomplete answer during reindex: %+v", a)
					return
				}
				if l, err := live.Lookup(ctx, "su-24", []corpus.Kind{corpus.KindAircraft}, index.Options{}); err != nil || !l.Found {
					t.Errorf("lookup during reindex: %v %+v", err, l)
					return
				}
				asked.Add(1)
			}
		}()
	}
	const reindexes = 6
	for i := 0; i < reindexes; i++ {
		data := v1
		if i%2 == 1 {
			data = v2
		}
		if _, err := r.Replace(ctx, "test", corpus.FactsFile, data); err != nil {
			t.Fatalf("reindex %d: %v", i, err)
		}
	}
	stopAsking()
	// The last reindex (odd) swapped in v2: without the swaps every
	// answer above would still be v1's.
	a, err := live.Ask(ctx, fencerQ, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Answer != "Fencer-B" {
		t.Errorf("after the last reindex the answer is %q; want Fencer-B", a.Answer)
	}
	if asked.Load() < 50 {
		t.Errorf("too few questions to prove anything: %d", asked.Load())
	}
	t.Logf("%d reindexes while answering %d questions", reindexes, asked.Load())
}

func TestReloaderSerialises(t *testing.T) {
	live := defaultLive(t)
	r := New(Config{Live: live})
	var swaps []*corpus.Corpus
	r.OnSwap(func() { swaps = append(swaps, live.Corpus()) })
	r.local.Lock() // a reindex in progress
	if _, err := r.Reindex(context.Background(), "test"); !errors.Is(err, ErrBusy) {
		t.Errorf("second reindex: %v, want ErrBusy", err)
	}
	r.local.Unlock()
	res, err := r.Reindex(context.Background(), "test")
	if err != nil || !res.Report.Empty() {
		t.Errorf("reindexing the same corpus: %v %v", err, res)
	}
	// The hook ran once, after the swap, before Reindex returned.
	if len(swaps) != 1 || swaps[0] != live.Corpus() {
		t.Errorf("the swap hook ran %d times, or before the swap", len(swaps))
	}
	if _, err := r.Replace(context.Background(), "test", corpus.FactsFile, []byte("x")); !errors.Is(err, ErrNoCorpusDir) {
		t.Errorf("upload without a directory: %v", err)
	}
}

func TestBrokenCorpusKeepsServing(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, corpus.ArticleFile), []byte("## A\n\nThe Su-24 flew.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, corpus.FactsFile), []byte("title: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	live := defaultLive(t)
	r := New(Config{Live: live, Dir: dir})
	r.OnSwap(func() { t.Error("a broken corpus ran the swap hook") })
	_, err := r.Reindex(context.Background(), "test")
	var v *corpus.ValidationError
	if !errors.As(err, &v) || !strings.Contains(err.Error(), "facts.yaml:") {
		t.Fatalf("want a validation error naming facts.yaml, got %v", err)
	}
	if a, err := live.Ask(context.Background(), "Who built the MiG-27?", index.Options{}); err != nil || a.Answer == "" {
		t.Errorf("still serving the old corpus? %v %+v", err, a)
	}
}

// TestReadDirCapsAHugeFile: a corpus file far over the size limit is
// read only to one byte past it, and Load refuses it as too large.
func TestReadDirCapsAHugeFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, corpus.ArticleTextFile), bytes.Repeat([]byte("word "), 3*corpus.MaxFileSize/5), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(files[corpus.ArticleTextFile]); n != corpus.MaxFileSize+1 {
		t.Errorf("read %d bytes of a %d-byte file, want %d", n, 3*corpus.MaxFileSize, corpus.MaxFileSize+1)
	}
	if _, err := Load(files); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("Load: %v, want the file refused as too large", err)
	}
}

// TestSlowSwapHookHoldsNoRebuild: the swap hook (the bot registering
// commands with Discord) runs after the Reloader's lock is let go, so a
// slow one holds up no other rebuild, not even a second swap whose own
// hook runs meanwhile, while the reindex that swapped still returns only
// after its hook.
func TestSlowSwapHookHoldsNoRebuild(t *testing.T) {
	live := defaultLive(t)
	r := New(Config{Live: live})
	entered, release := make(chan struct{}), make(chan struct{})
	var calls atomic.Int32
	r.OnSwap(func() {
		if calls.Add(1) == 1 {
			close(entered)
			<-release // the first hook waits on a slow Discord
		}
	})
	done := make(chan error, 1)
	go func() {
		_, err := r.Reindex(context.Background(), "test")
		done <- err
	}()
	<-entered
	// Meanwhile a version another replica published is swapped in, as
	// follow does, and then any other rebuild takes the lock.
	followed := defaultEngine(t)
	locked := make(chan struct{})
	go func() {
		r.mu.Lock()
		r.swap(followed, 2, nil)
		r.release()
		r.mu.Lock() // what any other rebuild takes
		serving := r.serving.Load()
		r.mu.Unlock()
		if serving == 2 {
			close(locked)
		}
	}()
	select {
	case <-locked:
	case <-time.After(10 * time.Second):
		t.Error("the Reloader's lock is held while an earlier swap's hook runs")
	}
	select {
	case err := <-done:
		t.Errorf("Reindex returned (%v) before its swap hook did", err)
	default:
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("the hook ran %d times for two swaps", n)
	}
}
