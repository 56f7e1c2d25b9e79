package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"storybot/internal/pgtest"
)

// Three processes starting on a new database at once must agree on one
// schema and one pseudonym key.
func TestConcurrentOpensMigrateOnce(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		stores := make([]*Store, 3)
		errs := make([]error, 3)
		var wg sync.WaitGroup
		for i := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				stores[i], errs[i] = Open(context.Background(), dsn)
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("Open %d: %v", i, err)
			}
			defer stores[i].Close()
		}
		if n := count(t, stores[0], `SELECT COUNT(*) FROM schema_migrations`); n != 1 {
			t.Fatalf("schema_migrations has %d rows, want 1", n)
		}
		for i, s := range stores[1:] {
			if a, b := stores[0].Pseudonym("user-1"), s.Pseudonym("user-1"); a != b {
				t.Errorf("store %d hashes user-1 as %s, store 0 as %s: askers would be counted twice", i+1, b, a)
			}
		}
		again := open(t, dsn)
		if again.Pseudonym("user-1") != stores[0].Pseudonym("user-1") {
			t.Error("reopening changed the pseudonym key")
		}
		if again.Pseudonym("user-1") == again.Pseudonym("user-2") {
			t.Error("two users share a pseudonym")
		}
	})
}

func TestOpenRefusesNothing(t *testing.T) {
	if _, err := Open(context.Background(), ""); err == nil {
		t.Fatal("Open(\"\") succeeded; want an error naming what is missing")
	}
}

// The same, as three processes starting on one new SQLite file.
func TestConcurrentProcessesOpenOneNewFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var children []*exec.Cmd
	for range 3 {
		children = append(children, startChild(t, "open", "STORYBOT_STORE_DSN="+dir))
	}
	for i, c := range children {
		if err := c.Wait(); err != nil {
			t.Fatalf("process %d failed to open a new store beside the others: %v", i, err)
		}
	}
	s := open(t, dir)
	if n := count(t, s, `SELECT COUNT(*) FROM schema_migrations`); n != 1 {
		t.Fatalf("schema_migrations has %d rows, want 1", n)
	}
}

// TestOpenWaitsOutALockedNewFile: a process that loses the race to set
// up a new SQLite file is told "database is locked" at once, whatever the
// busy timeout; Open tries again rather than failing the process.
func TestOpenWaitsOutALockedNewFile(t *testing.T) {
	s := &Store{engine: SQLite}
	busy := busyError(t)
	calls := 0
	err := s.whileBusy(context.Background(), func(context.Context) error {
		calls++
		if calls < 3 {
			return fmt.Errorf("store: migrating: %w", busy)
		}
		return nil
	})
	if err != nil || calls != 3 {
		t.Fatalf("whileBusy: %v after %d calls; want success on the third", err, calls)
	}
	calls = 0
	err = s.whileBusy(context.Background(), func(context.Context) error {
		calls++
		return errors.New("store: migration 0001_init.sql: syntax error")
	})
	if err == nil || calls != 1 {
		t.Fatalf("a broken migration was retried %d times (err %v); want one try and the error", calls, err)
	}
}

// busyError is a real SQLite "database is locked" error: a write with no
// busy timeout while another connection holds the file's write lock.
func busyError(t *testing.T) error {
	t.Helper()
	path := filepath.Join(t.TempDir(), "busy.db")
	holder, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	if _, err := holder.Exec(`CREATE TABLE t (x)`); err != nil {
		t.Fatal(err)
	}
	tx, err := holder.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO t VALUES (1)`); err != nil {
		t.Fatal(err)
	}
	other, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(0)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	_, err = other.Exec(`INSERT INTO t VALUES (2)`)
	if err == nil || !strings.Contains(err.Error(), "database is locked") {
		t.Fatalf("a write under another's lock: %v, want database is locked", err)
	}
	return err
}
