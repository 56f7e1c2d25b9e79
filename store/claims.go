package store

import (
	"context"
	"fmt"
	"time"
)

// ClaimTTL is how long an interaction claim is kept: longer than the
// five minutes in which Discord's signature on a request is accepted, so a
// replay within that window always finds the claim.
const ClaimTTL = 15 * time.Minute

const (
	insertClaimSQL = `INSERT INTO interaction_claims (id, at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`
	pruneClaimsSQL = `DELETE FROM interaction_claims WHERE at < $1`
)

// ClaimInteraction claims an interaction id and reports whether this was
// the first claim: true for exactly one caller across every process
// sharing the database, false for a replay. Claims older than ClaimTTL are
// pruned now and then.
func (s *Store) ClaimInteraction(ctx context.Context, id string) (first bool, err error) {
	now := time.Now()
	res, err := s.db.ExecContext(ctx, insertClaimSQL, id, millis(now))
	if err != nil {
		return false, fmt.Errorf("store: claiming an interaction: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("store: claiming an interaction: %w", err)
	}
	if last := s.lastPrune.Load(); now.UnixMilli()-last > time.Minute.Milliseconds() && s.lastPrune.CompareAndSwap(last, now.UnixMilli()) {
		// A failed prune is no failed claim: the claim stands, and the
		// hourly retention prunes (and reports) again.
		_ = s.pruneClaims(ctx, now)
	}
	return n == 1, nil
}

// pruneClaims deletes the claims that have expired by now.
func (s *Store) pruneClaims(ctx context.Context, now time.Time) error {
	if _, err := s.db.ExecContext(ctx, pruneClaimsSQL, millis(now.Add(-ClaimTTL))); err != nil {
		return fmt.Errorf("store: pruning interaction claims: %w", err)
	}
	return nil
}
