// Package pgtest runs throwaway PostgreSQL servers for tests: initdb and
// pg_ctl from the machine's PostgreSQL (under /usr/lib/postgresql/*/bin),
// on a random port with its socket and data in a temporary directory,
// fsync off. When the tests run as root the server runs as the postgres
// user. Without PostgreSQL the tests skip, saying why, unless CI=true or
// STORYBOT_REQUIRE_POSTGRES=1, when they fail instead.
//
// A package's tests share one server (Database), stopped by Main from
// TestMain, and get a fresh database each; fault tests that stop the
// server start their own (Start).
package pgtest

import (
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver

	"storybot/internal/freeport"
)

// Server is a running throwaway PostgreSQL server.
type Server struct {
	bin  string // the directory with initdb, pg_ctl
	dir  string // data, socket and log live under here
	port int
	run  []string // the command prefix that runs as the server's user
}

// Required reports whether a missing PostgreSQL must fail the tests
// rather than skip them.
func Required() bool {
	return os.Getenv("CI") == "true" || os.Getenv("STORYBOT_REQUIRE_POSTGRES") == "1"
}

// unavailable skips t, or fails it when PostgreSQL is required.
func unavailable(t testing.TB, why string) {
	t.Helper()
	if Required() {
		t.Fatalf("PostgreSQL is required (CI=true or STORYBOT_REQUIRE_POSTGRES=1) but unavailable: %s", why)
		return
	}
	t.Skipf("PostgreSQL is not installed: %s", why)
}

// binDir finds the newest PostgreSQL's binaries.
func binDir() (string, error) {
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl")
	if len(found) == 0 {
		return "", fmt.Errorf("no /usr/lib/postgresql/*/bin/pg_ctl")
	}
	sort.Slice(found, func(i, j int) bool { return version(found[i]) > version(found[j]) })
	return filepath.Dir(found[0]), nil
}

func version(pgCtl string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(pgCtl))))
	return n
}

// Start starts a server of the test's own, stopped when the test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	s, err := start()
	if err != nil {
		unavailable(t, err.Error())
	}
	t.Cleanup(s.Close)
	return s
}

func start() (*Server, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	s := &Server{bin: bin}
	if s.dir, err = os.MkdirTemp("", "pgtest-"); err != nil {
		return nil, err
	}
	if err := s.asServerUser(); err != nil {
		s.Close()
		return nil, err
	}
	// Not a port 0 one: initdb runs before the server binds it, and
	// Restart binds it again after a Stop.
	if s.port, err = freeport.Pick(); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.initdb(); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.Restart(); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// asServerUser arranges for the server to run as postgres when the tests
// run as root, which initdb refuses.
func (s *Server) asServerUser() error {
	if os.Geteuid() != 0 {
		return nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return fmt.Errorf("running as root and there is no postgres user: %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(s.dir, uid, gid); err != nil {
		return err
	}
	if _, err := exec.LookPath("runuser"); err == nil {
		s.run = []string{"runuser", "-u", "postgres", "--"}
	} else {
		s.run = []string{"su", "postgres", "-s", "/bin/sh", "-c", `exec "$0" "$@"`}
	}
	return nil
}

func (s *Server) command(name string, args ...string) *exec.Cmd {
	argv := append(append(append([]string{}, s.run...), filepath.Join(s.bin, name)), args...)
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = s.dir
	return cmd
}

func (s *Server) initdb() error {
	out, err := s.command("initdb", "-D", s.data(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync").CombinedOutput()
	if err != nil {
		return fmt.Errorf("initdb: %v: %s", err, out)
	}
	return nil
}

func (s *Server) data() string { return filepath.Join(s.dir, "data") }

// Restart starts the server (again, after Stop) on the same port, and
// waits until it accepts connections.
func (s *Server) Restart() error {
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", s.port, s.dir)
	out, err := s.command("pg_ctl", "-D", s.data(), "-l", filepath.Join(s.dir, "log"), "-o", opts, "-w", "-t", "60", "start").CombinedOutput()
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(s.dir, "log"))
		return fmt.Errorf("pg_ctl start: %v: %s\n%s", err, out, log)
	}
	return nil
}

// Stop stops the server at once, disconnecting its clients (a fast
// shutdown), as an outage would.
func (s *Server) Stop() error {
	out, err := s.command("pg_ctl", "-D", s.data(), "-m", "fast", "-w", "stop").CombinedOutput()
	if err != nil {
		return fmt.Errorf("pg_ctl stop: %v: %s", err, out)
	}
	return nil
}

// Close stops the server if it runs and deletes its files.
func (s *Server) Close() {
	if _, err := os.Stat(filepath.Join(s.data(), "postmaster.pid")); err == nil {
		s.command("pg_ctl", "-D", s.data(), "-m", "immediate", "-w", "stop").Run()
	}
	os.RemoveAll(s.dir)
}

// DSN is the URL of database name on the server.
func (s *Server) DSN(name string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, name)
}

var dbCount atomic.Int64

// Database creates a fresh, empty database on the server and returns its
// URL.
func (s *Server) Database(t testing.TB) string {
	t.Helper()
	name := fmt.Sprintf("t%d_%s", dbCount.Add(1), strings.ToLower(sanitize(t.Name())))
	db, err := sql.Open("pgx", s.DSN("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE DATABASE "` + name + `"`); err != nil {
		t.Fatalf("creating a test database: %v", err)
	}
	return s.DSN(name)
}

// sanitize keeps a test name usable as a database name.
func sanitize(name string) string {
	var b strings.Builder
	for _, r := range name {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
		if b.Len() >= 40 {
			break
		}
	}
	return b.String()
}

var shared struct {
	once sync.Once
	srv  *Server
	err  error
}

// Database returns the URL of a fresh database on the package's shared
// server, starting the server on first use; it skips or fails t when
// PostgreSQL is unavailable.
func Database(t testing.TB) string {
	t.Helper()
	shared.once.Do(func() { shared.srv, shared.err = start() })
	if shared.err != nil {
		unavailable(t, shared.err.Error())
	}
	return shared.srv.Database(t)
}

// Engines runs test twice, as subtests: on SQLite, with dsn a fresh data
// directory, and on PostgreSQL, with dsn a fresh database (Database).
func Engines(t *testing.T, test func(t *testing.T, dsn string)) {
	t.Run("sqlite", func(t *testing.T) { test(t, t.TempDir()) })
	t.Run("postgres", func(t *testing.T) { test(t, Database(t)) })
}

// Main runs a package's tests and then stops the shared server; call it
// from TestMain as os.Exit(pgtest.Main(m)).
func Main(m *testing.M) int {
	code := m.Run()
	if shared.srv != nil {
		shared.srv.Close()
	}
	return code
}
