package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"
)

// migrations holds each engine's schema changes, one file per version,
// named NNNN_what.sql and applied in order. The dialects differ only in
// types (row ids, byte strings), so each engine has its own copy.
//
//go:embed migrations/*/*.sql
var migrations embed.FS

// migrateLock is the advisory lock key that serialises migrations on
// PostgreSQL ("storybot" as ASCII, to stay clear of other users' keys).
const migrateLock = 0x73746f7279626f74

const (
	createMigrationsSQL = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	applied_at BIGINT NOT NULL
)`
	selectMigrationsSQL = `SELECT version FROM schema_migrations`
	insertMigrationSQL  = `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`
	advisoryXactLockSQL = `SELECT pg_advisory_xact_lock($1)`
)

// migration is one embedded schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads an engine's migrations in version order.
func loadMigrations(e Engine) ([]migration, error) {
	dir := "migrations/" + string(e)
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	var out []migration
	for _, ent := range entries {
		num, _, ok := strings.Cut(ent.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("store: migration %s is not named NNNN_what.sql", ent.Name())
		}
		b, err := migrations.ReadFile(dir + "/" + ent.Name())
		if err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		out = append(out, migration{version: v, name: ent.Name(), sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// migrate applies the migrations not yet recorded in schema_migrations,
// in one transaction that holds a lock for its whole length: an advisory
// lock on PostgreSQL, the write lock (BEGIN IMMEDIATE) on SQLite. A
// process that opens the database at the same time waits, then finds
// everything applied.
func (s *Store) migrate(ctx context.Context) error {
	all, err := loadMigrations(s.engine)
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: migrating: %w", err)
	}
	defer tx.Rollback()
	if err := s.lockMigrations(ctx, tx); err != nil {
		return err
	}
	done, err := appliedMigrations(ctx, tx)
	if err != nil {
		return err
	}
	for _, m := range all {
		if done[m.version] {
			continue
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("store: migration %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, insertMigrationSQL, m.version, m.name, millis(time.Now())); err != nil {
			return fmt.Errorf("store: migration %s: %w", m.name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: migrating: %w", err)
	}
	return nil
}

// lockMigrations takes the migration lock (on SQLite the transaction
// already holds the write lock) and makes sure schema_migrations exists.
func (s *Store) lockMigrations(ctx context.Context, tx *sql.Tx) error {
	if s.engine == Postgres {
		if _, err := tx.ExecContext(ctx, advisoryXactLockSQL, int64(migrateLock)); err != nil {
			return fmt.Errorf("store: locking for migrations: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, createMigrationsSQL); err != nil {
		return fmt.Errorf("store: migrating: %w", err)
	}
	return nil
}

func appliedMigrations(ctx context.Context, tx *sql.Tx) (map[int]bool, error) {
	rows, err := tx.QueryContext(ctx, selectMigrationsSQL)
	if err != nil {
		return nil, fmt.Errorf("store: migrating: %w", err)
	}
	defer rows.Close()
	done := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("store: migrating: %w", err)
		}
		done[v] = true
	}
	return done, rows.Err()
}
