package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"storybot/internal/pgtest"
)

// writeJournal writes a journal directory as the JSON-lines log left it:
// good lines, a torn last line, and a line over 1 MiB.
func writeJournal(t *testing.T, now time.Time) string {
	t.Helper()
	dir := t.TempDir()
	ts := func(d time.Duration) string { return now.Add(-d).Format(time.RFC3339Nano) }
	questions := strings.Join([]string{
		`{"time":"` + ts(time.Hour) + `","command":"ask","guild":"g1","question":"who is cameron","found":true,"top":"Article: Cameron","asker":"aa"}`,
		`{"time":"` + ts(2*time.Hour) + `","command":"ask","guild":"g1","question":"what is the price","found":false,"asker":"bb"}`,
		`{"time":"` + ts(3*time.Hour) + `","command":"ask","question":"` + strings.Repeat("x", MaxLine) + `","asker":"cc"}`,
		``,
		`{"time":"` + ts(4*time.Hour) + `","command":"ask","guild":"g2","question":"dm or g2","found":false,"asker":"dd"}`,
		`{"time":"` + ts(5*time.Hour) + `","command":"ask","guild":"g1","quest`,
	}, "\n")
	votes := strings.Join([]string{
		`{"time":"` + ts(50*time.Minute) + `","message":"m1","command":"ask","guild":"g1","question":"what is the price","up":true,"voter":"v1"}`,
		`{"time":"` + ts(40*time.Minute) + `","message":"m1","command":"ask","guild":"g1","question":"what is the price","up":false,"voter":"v1"}`,
		`not json`,
	}, "\n") + "\n"
	if err := os.WriteFile(filepath.Join(dir, JournalQuestions), []byte(questions), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, JournalVotes), []byte(votes), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestImportJSONLOnce(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		s, ctx := open(t, dsn), testCtx(t)
		now := time.Now().UTC()
		dir := writeJournal(t, now)
		res, err := s.ImportJSONL(ctx, dir)
		want := ImportResult{Questions: 3, Votes: 2, Skipped: 3}
		if err != nil || res != want {
			t.Fatalf("ImportJSONL = %+v, %v; want %+v (the long, torn and garbled lines skipped)", res, err, want)
		}
		st, err := s.Stats(ctx, StatsQuery{GuildID: "g1", Now: now})
		if err != nil {
			t.Fatal(err)
		}
		if st.Day != 2 || st.DayFound != 1 || len(st.Downvoted) != 1 || st.Downvoted[0].Question != "what is the price" {
			t.Fatalf("after import: day %d/%d, downvoted %+v; want 2 questions, 1 answered, the changed vote 👎", st.Day, st.DayFound, st.Downvoted)
		}
		// A second start, even from two processes at once, imports nothing.
		var wg sync.WaitGroup
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				other, err := Open(ctx, dsn)
				if err != nil {
					t.Error(err)
					return
				}
				defer other.Close()
				if res, err := other.ImportJSONL(ctx, dir); err != nil || !res.Already {
					t.Errorf("second import = %+v, %v; want Already", res, err)
				}
			}()
		}
		wg.Wait()
		if st2, _ := s.Stats(ctx, StatsQuery{GuildID: "g1", Now: now}); st2.Day != 2 {
			t.Fatalf("after a second import %d questions today; want still 2", st2.Day)
		}
	})
}

func TestImportsConcurrentFirstStarts(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		ctx := testCtx(t)
		dir := writeJournal(t, time.Now())
		open(t, dsn) // migrate first: this test is about the import
		var wg sync.WaitGroup
		results := make([]ImportResult, 3)
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(ctx, dsn)
				if err != nil {
					t.Error(err)
					return
				}
				defer s.Close()
				if results[i], err = s.ImportJSONL(ctx, dir); err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
		imported := 0
		for _, r := range results {
			if !r.Already {
				imported++
			}
		}
		if imported != 1 {
			t.Fatalf("%d of 3 concurrent first starts imported the journal (%+v); want exactly 1", imported, results)
		}
	})
}

func TestImportWithoutJournal(t *testing.T) {
	s, ctx := open(t, t.TempDir()), testCtx(t)
	if res, err := s.ImportJSONL(ctx, t.TempDir()); err != nil || res != (ImportResult{}) {
		t.Fatalf("ImportJSONL(empty dir) = %+v, %v; want nothing imported, no error", res, err)
	}
}

// Whatever a journal file holds, reading it never fails or panics, and
// every line passed on is one whole line within MaxLine.
func FuzzJournalLines(f *testing.F) {
	f.Add([]byte("{\"a\":1}\n\n{\"b\"\r\nlast"))
	f.Add([]byte(strings.Repeat("x", MaxLine+10) + "\nok\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "lines")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		var res ImportResult
		lines := 0
		err := eachLine(path, &res, func(line []byte) error {
			lines++
			if len(line) > MaxLine || bytes.ContainsRune(line, '\n') {
				t.Fatalf("passed on a line of %d bytes with a newline or over MaxLine", len(line))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if lines+res.Skipped > bytes.Count(data, []byte("\n"))+1 {
			t.Fatalf("%d lines and %d skipped from %d newlines", lines, res.Skipped, bytes.Count(data, []byte("\n")))
		}
	})
}
