package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"sync"
	"testing"
	"time"

	"storybot/internal/pgtest"
)

func TestPublishAndReadVersions(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		s, ctx := open(t, dsn), testCtx(t)
		if n, err := s.LatestVersion(ctx); err != nil || n != 0 {
			t.Fatalf("LatestVersion of a new store = %d, %v; want 0", n, err)
		}
		files := map[string][]byte{"article.md": []byte("# Title\n\nText."), "facts.yaml": {0, 1, 2}, "empty": nil}
		n, err := s.PublishVersion(ctx, Version{Files: files, Who: "mod#1 in g1", Report: "+2 facts"})
		if err != nil || n != 1 {
			t.Fatalf("PublishVersion = %d, %v; want 1", n, err)
		}
		n2, err := s.PublishVersion(ctx, Version{Files: map[string][]byte{"article.md": []byte("v2")}, Who: "cli"})
		if err != nil || n2 != 2 {
			t.Fatalf("second PublishVersion = %d, %v; want 2", n2, err)
		}
		v, err := s.Version(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		files["empty"] = []byte{}
		if !reflect.DeepEqual(v.Files, files) || v.Who != "mod#1 in g1" || v.Report != "+2 facts" || time.Since(v.Time) > time.Minute {
			t.Fatalf("Version(1) = %+v; want the files, who and report published", v)
		}
		if _, err := s.Version(ctx, 3); !errors.Is(err, ErrNotFound) {
			t.Fatalf("Version(3): err = %v; want ErrNotFound", err)
		}
		list, err := s.ListVersions(ctx, 10)
		if err != nil || len(list) != 2 || list[0].N != 2 || list[1].Who != "mod#1 in g1" {
			t.Fatalf("ListVersions = %+v, %v; want 2 then 1", list, err)
		}
	})
}

// Replicas publishing at once get consecutive, distinct numbers, and
// every version is whole.
func TestConcurrentPublishesAreSerialised(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		ctx := testCtx(t)
		replicas := []*Store{open(t, dsn), open(t, dsn)}
		var mu sync.Mutex
		var got []int64
		var wg sync.WaitGroup
		for i := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				files := map[string][]byte{"a": []byte(fmt.Sprint(i)), "b": []byte(fmt.Sprint(i))}
				n, err := replicas[i%2].PublishVersion(ctx, Version{Files: files, Who: fmt.Sprint(i)})
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				got = append(got, n)
				mu.Unlock()
			}()
		}
		wg.Wait()
		sort.Slice(got, func(i, j int) bool { return got[i] < got[j] })
		if !reflect.DeepEqual(got, []int64{1, 2, 3, 4, 5, 6, 7, 8}) {
			t.Fatalf("version numbers %v; want 1..8", got)
		}
		for n := int64(1); n <= 8; n++ {
			v, err := replicas[0].Version(ctx, n)
			if err != nil || len(v.Files) != 2 || string(v.Files["a"]) != v.Who || string(v.Files["b"]) != v.Who {
				t.Fatalf("version %d = %+v, %v; want both files of one publisher", n, v, err)
			}
		}
	})
}

// listenAll runs Listen in the background and returns the numbers it
// passes on.
func listenAll(t *testing.T, s *Store) <-chan int64 {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan int64, 100)
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.Listen(ctx, func(n int64) { ch <- n })
	}()
	t.Cleanup(func() { cancel(); <-done })
	return ch
}

func expectVersion(t *testing.T, ch <-chan int64, want int64, within time.Duration) {
	t.Helper()
	select {
	case n := <-ch:
		if n != want {
			t.Fatalf("Listen passed on version %d; want %d", n, want)
		}
	case <-time.After(within):
		t.Fatalf("Listen did not pass on version %d within %v", want, within)
	}
}

// seenWithin is how long a version may take to reach another replica's
// Listen: about a second on SQLite, which is polled every second. The
// time is a figure the test logs, not a bound on a busy machine, where
// a poll under the race detector and t.Parallel can take seconds.
const seenWithin = 10 * time.Second

func TestListenSeesOtherReplicasVersions(t *testing.T) {
	t.Parallel()
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		ctx := testCtx(t)
		a, b := open(t, dsn), open(t, dsn)
		if _, err := a.PublishVersion(ctx, Version{Who: "first"}); err != nil {
			t.Fatal(err)
		}
		ch := listenAll(t, b)
		expectVersion(t, ch, 1, seenWithin) // catching up at start
		start := time.Now()
		if _, err := a.PublishVersion(ctx, Version{Who: "second"}); err != nil {
			t.Fatal(err)
		}
		expectVersion(t, ch, 2, seenWithin)
		t.Logf("%s: version seen by the other replica after %v", b.Engine(), time.Since(start))
	})
}
