package store

import (
	"context"
	"fmt"
	"time"
)

// Retention is how long the log keeps questions and votes by default; the
// caller runs DeleteOlderThan(now - Retention) on a schedule.
const Retention = 30 * 24 * time.Hour

// deleteBatch bounds one DELETE, so retention never holds SQLite's write
// lock for long while other processes append.
const deleteBatch = 5000

const (
	deleteQuestionsSQL = `DELETE FROM questions WHERE id IN
	(SELECT id FROM questions WHERE at < $1 ORDER BY at LIMIT $2)`
	deleteVotesSQL = `DELETE FROM votes WHERE (message_id, voter) IN
	(SELECT message_id, voter FROM votes WHERE at < $1 ORDER BY at LIMIT $2)`
)

// DeleteOlderThan deletes the questions and votes recorded before cutoff,
// and expired interaction claims, in batches, and reports how many
// questions and votes it deleted. Writers in this and other processes go
// on appending meanwhile.
func (s *Store) DeleteOlderThan(ctx context.Context, cutoff time.Time) (int64, error) {
	var total int64
	for _, q := range []string{deleteQuestionsSQL, deleteVotesSQL} {
		n, err := s.deleteInBatches(ctx, q, millis(cutoff))
		total += n
		if err != nil {
			return total, fmt.Errorf("store: retention: %w", err)
		}
	}
	if err := s.pruneClaims(ctx, time.Now()); err != nil {
		return total, err
	}
	return total, nil
}

func (s *Store) deleteInBatches(ctx context.Context, q string, cutoff int64) (int64, error) {
	var total int64
	for {
		res, err := s.db.ExecContext(ctx, q, cutoff, deleteBatch)
		if err != nil {
			return total, err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return total, err
		}
		total += n
		if n < deleteBatch {
			return total, nil
		}
	}
}
