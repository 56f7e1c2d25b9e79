package store

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"storybot/internal/pgtest"
)

// A replayed interaction, sent to any replica, must run once.
func TestClaimInteractionOnceAcrossProcesses(t *testing.T) {
	t.Parallel()
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		ctx := testCtx(t)
		replicas := []*Store{open(t, dsn), open(t, dsn), open(t, dsn)}
		var firsts atomic.Int32
		var wg sync.WaitGroup
		for i := range 12 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				first, err := replicas[i%3].ClaimInteraction(ctx, "interaction-1")
				if err != nil {
					t.Error(err)
				}
				if first {
					firsts.Add(1)
				}
			}()
		}
		wg.Wait()
		if n := firsts.Load(); n != 1 {
			t.Fatalf("%d of 12 claims of one interaction were first; want 1", n)
		}
		if first, err := replicas[0].ClaimInteraction(ctx, "interaction-2"); err != nil || !first {
			t.Fatalf("a new interaction: first = %v, %v; want true", first, err)
		}
	})
}

func TestExpiredClaimsArePruned(t *testing.T) {
	s, ctx := open(t, t.TempDir()), testCtx(t)
	if _, err := s.ClaimInteraction(ctx, "old"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, `UPDATE interaction_claims SET at = $1`, millis(time.Now().Add(-ClaimTTL-time.Minute))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DeleteOlderThan(ctx, time.Now().Add(-Retention)); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, `SELECT COUNT(*) FROM interaction_claims`); n != 0 {
		t.Fatalf("%d claims older than %v kept; want 0", n, ClaimTTL)
	}
}
