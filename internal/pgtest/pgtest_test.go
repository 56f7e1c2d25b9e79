package pgtest

import (
	"context"
	"database/sql"
	"os"
	"strings"
	"testing"
	"time"
)

func TestMain(m *testing.M) { os.Exit(Main(m)) }

func ping(dsn string) error {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return db.PingContext(ctx)
}

func TestDatabasesAreFreshAndSeparate(t *testing.T) {
	a, b := Database(t), Database(t)
	if a == b {
		t.Fatalf("two tests got the same database %s", a)
	}
	db, err := sql.Open("pgx", a)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("a new database has %d tables (%v); want 0", n, err)
	}
}

func TestStopAndRestart(t *testing.T) {
	s := Start(t)
	dsn := s.Database(t)
	if err := s.Stop(); err != nil {
		t.Fatal(err)
	}
	if ping(dsn) == nil {
		t.Fatal("the server answers after Stop")
	}
	if err := s.Restart(); err != nil {
		t.Fatal(err)
	}
	if err := ping(dsn); err != nil {
		t.Fatalf("after Restart, on the same port: %v", err)
	}
}

// recorder is a testing.TB that records how a test ended.
type recorder struct {
	testing.TB
	skipped, failed bool
}

// Only what unavailable calls is implemented; the rest would panic.
func (r *recorder) Helper()               {}
func (r *recorder) Skipf(string, ...any)  { r.skipped = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }

// Without PostgreSQL a developer's tests skip; CI's fail.
func TestUnavailableSkipsUnlessRequired(t *testing.T) {
	t.Setenv("CI", "")
	t.Setenv("STORYBOT_REQUIRE_POSTGRES", "")
	r := &recorder{}
	unavailable(r, "no server")
	if !r.skipped || r.failed {
		t.Fatalf("on a developer's machine: skipped %v failed %v; want a skip", r.skipped, r.failed)
	}
	t.Setenv("CI", "true")
	r = &recorder{}
	unavailable(r, "no server")
	if r.skipped || !r.failed {
		t.Fatalf("under CI: skipped %v failed %v; want a failure", r.skipped, r.failed)
	}
}

// Engines runs the test on a fresh data directory, then on a fresh
// PostgreSQL database.
func TestEngines(t *testing.T) {
	var ran []string
	Engines(t, func(t *testing.T, dsn string) {
		ran = append(ran, t.Name())
		switch st, err := os.Stat(dsn); {
		case strings.HasSuffix(t.Name(), "/sqlite"):
			if err != nil || !st.IsDir() {
				t.Errorf("sqlite: %q is not a directory (%v)", dsn, err)
			}
		case !strings.HasPrefix(dsn, "postgres://") || ping(dsn) != nil:
			t.Errorf("postgres: %q is not a database that answers", dsn)
		}
	})
	if len(ran) == 0 || !strings.HasSuffix(ran[0], "/sqlite") {
		t.Errorf("ran %q, want sqlite first", ran)
	}
}
