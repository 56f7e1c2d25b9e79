package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"
)

// Version is one published corpus: its files by path, who published it,
// when, and the change report shown to them.
type Version struct {
	N      int64 // the version number, from 1; set by PublishVersion
	Time   time.Time
	Who    string
	Report string
	Files  map[string][]byte
}

// VersionInfo describes a version without its files, for lists.
type VersionInfo struct {
	N      int64
	Time   time.Time
	Who    string
	Report string
}

// NotifyChannel is the PostgreSQL channel on which new versions are
// announced; the payload is the version number.
const NotifyChannel = "storybot_corpus"

// publishLock is the advisory lock key that serialises publishing on
// PostgreSQL.
const publishLock = migrateLock + 1

const (
	nextVersionSQL   = `SELECT COALESCE(MAX(n), 0) + 1 FROM corpus_versions`
	insertVersionSQL = `INSERT INTO corpus_versions (n, at, who, report) VALUES ($1, $2, $3, $4)`
	insertFileSQL    = `INSERT INTO corpus_files (version, name, data) VALUES ($1, $2, $3)`
	notifySQL        = `SELECT pg_notify('` + NotifyChannel + `', $1)`
	latestVersionSQL = `SELECT COALESCE(MAX(n), 0) FROM corpus_versions`
	selectVersionSQL = `SELECT at, who, report FROM corpus_versions WHERE n = $1`
	selectFilesSQL   = `SELECT name, data FROM corpus_files WHERE version = $1`
	listVersionsSQL  = `SELECT n, at, who, report FROM corpus_versions ORDER BY n DESC LIMIT $1`
)

// PublishVersion stores a corpus as the next version, files and all, in
// one transaction, and returns its number. Publishers are serialised (an
// advisory lock on PostgreSQL, the write lock on SQLite), so numbers are
// consecutive and a version is never seen half-written. On PostgreSQL the
// number is announced on NotifyChannel when the transaction commits.
func (s *Store) PublishVersion(ctx context.Context, v Version) (int64, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store: publishing: %w", err)
	}
	defer tx.Rollback()
	n, err := s.insertVersion(ctx, tx, v)
	if err != nil {
		return 0, fmt.Errorf("store: publishing: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store: publishing: %w", err)
	}
	return n, nil
}

func (s *Store) insertVersion(ctx context.Context, tx *sql.Tx, v Version) (int64, error) {
	if s.engine == Postgres {
		if _, err := tx.ExecContext(ctx, advisoryXactLockSQL, int64(publishLock)); err != nil {
			return 0, err
		}
	}
	var n int64
	if err := tx.QueryRowContext(ctx, nextVersionSQL).Scan(&n); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, insertVersionSQL, n, millis(time.Now()), v.Who, v.Report); err != nil {
		return 0, err
	}
	for _, name := range sortedNames(v.Files) {
		if _, err := tx.ExecContext(ctx, insertFileSQL, n, name, nonNil(v.Files[name])); err != nil {
			return 0, err
		}
	}
	if s.engine == Postgres {
		if _, err := tx.ExecContext(ctx, notifySQL, strconv.FormatInt(n, 10)); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// LatestVersion returns the newest version's number, 0 when none has been
// published.
func (s *Store) LatestVersion(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.QueryRowContext(ctx, latestVersionSQL).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	return n, nil
}

// Version returns version n with its files, or ErrNotFound.
func (s *Store) Version(ctx context.Context, n int64) (Version, error) {
	v := Version{N: n, Files: map[string][]byte{}}
	var at int64
	err := s.db.QueryRowContext(ctx, selectVersionSQL, n).Scan(&at, &v.Who, &v.Report)
	if errors.Is(err, sql.ErrNoRows) {
		return Version{}, ErrNotFound
	}
	if err != nil {
		return Version{}, fmt.Errorf("store: version %d: %w", n, err)
	}
	v.Time = fromMillis(at)
	rows, err := s.db.QueryContext(ctx, selectFilesSQL, n)
	if err != nil {
		return Version{}, fmt.Errorf("store: version %d: %w", n, err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var data []byte
		if err := rows.Scan(&name, &data); err != nil {
			return Version{}, fmt.Errorf("store: version %d: %w", n, err)
		}
		v.Files[name] = nonNil(data) // SQLite reads an empty blob as nil
	}
	return v, rows.Err()
}

// ListVersions returns up to limit versions, newest first, without files.
func (s *Store) ListVersions(ctx context.Context, limit int) ([]VersionInfo, error) {
	rows, err := s.db.QueryContext(ctx, listVersionsSQL, limit)
	if err != nil {
		return nil, fmt.Errorf("store: listing versions: %w", err)
	}
	defer rows.Close()
	var out []VersionInfo
	for rows.Next() {
		var vi VersionInfo
		var at int64
		if err := rows.Scan(&vi.N, &at, &vi.Who, &vi.Report); err != nil {
			return nil, fmt.Errorf("store: listing versions: %w", err)
		}
		vi.Time = fromMillis(at)
		out = append(out, vi)
	}
	return out, rows.Err()
}

func sortedNames(files map[string][]byte) []string {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// nonNil stores an empty file as empty bytes, not NULL.
func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}
