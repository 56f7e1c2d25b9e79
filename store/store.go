// Package store keeps storybot's shared state in a SQL database: the
// question log and the votes on answers, the claims that make an
// interaction run once, and the published versions of the corpus.
//
// Two engines sit behind database/sql: an embedded SQLite file in a data
// directory (the default, pure Go, safe for several processes on one host)
// and PostgreSQL (for replicas on several hosts). The schema is embedded
// and migrated at Open under a lock. User ids are never stored: askers and
// voters are keyed hashes (see Store.Pseudonym), with a key made once and
// kept in the database.
package store

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"modernc.org/sqlite"               // also registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

// Engine names a database engine.
type Engine string

// The engines a Store can run on.
const (
	SQLite   Engine = "sqlite"
	Postgres Engine = "postgres"
)

// FileName is the SQLite database's name inside a data directory.
const FileName = "storybot.db"

// busyTimeout is how long a SQLite writer waits for another process's
// write to finish before it gives up.
const busyTimeout = 10 * time.Second

// maxPostgresConns bounds one process's connections to PostgreSQL.
const maxPostgresConns = 10

// Store is an open database. It is safe for concurrent use by many
// goroutines, and several processes may open the same database.
type Store struct {
	db     *sql.DB
	engine Engine
	dsn    string // the PostgreSQL URL, for Listen's own connection
	key    []byte // the pseudonym key

	lastPrune atomic.Int64 // Unix ms of the last pruning of claims
}

// IsPostgresURL reports whether s names a PostgreSQL database rather than
// a data directory.
func IsPostgresURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open opens the store named by dsnOrDir: a postgres:// (or
// postgresql://) URL, or else a directory, created if missing, that holds
// the SQLite file. It applies pending migrations under a lock, so
// processes opening a new database at the same time agree on one schema,
// and loads (making once) the pseudonym key. Open reads no table that
// grows with use, so it takes as long on a large log as on an empty one.
func Open(ctx context.Context, dsnOrDir string) (*Store, error) {
	s, err := openDB(dsnOrDir)
	if err != nil {
		return nil, err
	}
	if err := s.whileBusy(ctx, s.migrate); err != nil {
		s.db.Close()
		return nil, err
	}
	if s.key, err = s.loadKey(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

// whileBusy runs f again while SQLite reports the file locked, for up to
// busyTimeout. The busy timeout covers ordinary waits for the write lock,
// but processes that open a new file together race to switch it to a
// write-ahead log, and SQLite answers the losers SQLITE_BUSY at once.
func (s *Store) whileBusy(ctx context.Context, f func(context.Context) error) error {
	deadline := time.Now().Add(busyTimeout)
	for wait := 10 * time.Millisecond; ; wait = min(2*wait, 500*time.Millisecond) {
		err := f(ctx)
		if err == nil || s.engine != SQLite || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
	}
}

// isBusy reports whether an error is SQLite's "database is locked"
// (SQLITE_BUSY, or one of its extended codes).
func isBusy(err error) bool {
	code, ok := sqliteCode(err)
	return ok && code == sqlite3.SQLITE_BUSY
}

// sqliteCode is the primary result code of a SQLite error (such as
// SQLITE_BUSY), whatever its extended code; ok is false for an error
// that is not SQLite's.
func sqliteCode(err error) (code int, ok bool) {
	var liteErr *sqlite.Error
	if errors.As(err, &liteErr) {
		return liteErr.Code() & 0xff, true
	}
	return 0, false
}

func openDB(dsnOrDir string) (*Store, error) {
	if IsPostgresURL(dsnOrDir) {
		db, err := sql.Open("pgx", dsnOrDir)
		if err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		// A bound per process, so many replicas stay within the server's
		// max_connections; Listen holds one more connection of its own.
		db.SetMaxOpenConns(maxPostgresConns)
		db.SetMaxIdleConns(4)
		db.SetConnMaxIdleTime(5 * time.Minute)
		return &Store{db: db, engine: Postgres, dsn: dsnOrDir}, nil
	}
	if dsnOrDir == "" {
		return nil, errors.New("store: no database URL or data directory given")
	}
	if err := os.MkdirAll(dsnOrDir, 0o700); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	path := filepath.Join(dsnOrDir, FileName)
	// Made here so that it is private (SQLite gives its -wal and -shm
	// files the same mode): the log holds what people asked.
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	f.Close()
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return &Store{db: db, engine: SQLite}, nil
}

// sqliteDSN sets every connection up for sharing a file between
// processes: a write-ahead log (readers never block the writer), a busy
// timeout (writers queue instead of failing), and transactions that take
// the write lock when they begin (BEGIN IMMEDIATE), so a transaction that
// reads then writes cannot fail half-way on a lock upgrade. With a WAL,
// synchronous=NORMAL survives any process crash; a power cut may lose
// the last moments of the log, never corrupt it.
func sqliteDSN(path string) string {
	return "file:" + path + "?_txlock=immediate" +
		fmt.Sprintf("&_pragma=busy_timeout(%d)", busyTimeout.Milliseconds()) +
		"&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)"
}

// Engine reports which engine the store runs on.
func (s *Store) Engine() Engine { return s.engine }

// DB is the underlying database handle, for health checks (Ping) and
// tests; callers should not write through it.
func (s *Store) DB() *sql.DB { return s.db }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

const (
	insertMetaSQL = `INSERT INTO store_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`
	selectMetaSQL = `SELECT value FROM store_meta WHERE key = $1`
)

// loadKey returns the pseudonym key, making it if this is a new database.
// Concurrent first Opens insert at most one key and all read the same.
func (s *Store) loadKey(ctx context.Context) ([]byte, error) {
	fresh := make([]byte, 32)
	if _, err := rand.Read(fresh); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, insertMetaSQL, "pseudonym_key", hex.EncodeToString(fresh)); err != nil {
		return nil, fmt.Errorf("store: saving the pseudonym key: %w", err)
	}
	var v string
	if err := s.db.QueryRowContext(ctx, selectMetaSQL, "pseudonym_key").Scan(&v); err != nil {
		return nil, fmt.Errorf("store: reading the pseudonym key: %w", err)
	}
	key, err := hex.DecodeString(v)
	if err != nil || len(key) != 32 {
		return nil, errors.New("store: the pseudonym key in store_meta is corrupt")
	}
	return key, nil
}

// Pseudonym turns a user id into the keyed hash that is stored instead
// (HMAC-SHA-256 cut to 64 bits, in hex): the same user gets the same
// pseudonym in every process sharing the database, and the id cannot be
// read back from it.
func (s *Store) Pseudonym(userID string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(userID))
	return hex.EncodeToString(m.Sum(nil)[:8])
}

// millis is how times are stored: Unix milliseconds.
func millis(t time.Time) int64 { return t.UnixMilli() }

// fromMillis turns a stored time back into a UTC time.
func fromMillis(ms int64) time.Time { return time.UnixMilli(ms).UTC() }
