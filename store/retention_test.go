package store

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"storybot/internal/pgtest"
)

func TestDeleteOlderThanKeepsRecentRecords(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		s, ctx := open(t, dsn), testCtx(t)
		now := time.Now()
		for _, age := range []time.Duration{40 * 24 * time.Hour, 31 * 24 * time.Hour, 29 * 24 * time.Hour, time.Hour} {
			msg := age.String()
			if err := s.RecordQuestion(ctx, Question{Time: now.Add(-age), GuildID: "g", Text: msg, MessageID: msg}); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Vote(ctx, Vote{MessageID: msg, VoterHash: "v", Time: now.Add(-age)}); err != nil {
				t.Fatal(err)
			}
		}
		n, err := s.DeleteOlderThan(ctx, now.Add(-Retention))
		if err != nil || n != 4 {
			t.Fatalf("DeleteOlderThan = %d, %v; want 2 questions and 2 votes deleted", n, err)
		}
		st, err := s.Stats(ctx, StatsQuery{GuildID: "g", Now: now})
		if err != nil || len(st.Unanswered) != 2 || len(st.Downvoted) != 2 {
			t.Fatalf("after retention: %d unanswered, %d downvoted (%v); want the 2 recent of each", len(st.Unanswered), len(st.Downvoted), err)
		}
	})
}

// The journal lost every record of a second process when a third
// rewrote the file for retention. Two processes append to one SQLite
// store while a third keeps deleting old records: nothing recent is lost,
// nothing old is left.
func TestRetentionWhileTwoProcessesWrite(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s := open(t, dir)
	const perWriter = 300
	stop := filepath.Join(t.TempDir(), "stop")
	deleter := startChild(t, "deleter", "STORYBOT_STORE_DSN="+dir, "STORYBOT_STORE_STOP="+stop)
	var writers []*exec.Cmd
	for _, id := range []string{"w1", "w2"} {
		writers = append(writers, startChild(t, "writer", "STORYBOT_STORE_DSN="+dir, "STORYBOT_STORE_ID="+id, "STORYBOT_STORE_N="+strconv.Itoa(perWriter)))
	}
	for _, w := range writers {
		if err := w.Wait(); err != nil {
			t.Fatalf("a writer failed: %v", err)
		}
	}
	os.WriteFile(stop, nil, 0o600)
	if err := deleter.Wait(); err != nil {
		t.Fatalf("deleter: %v", err)
	}
	for _, id := range []string{"w1", "w2"} {
		q := count(t, s, `SELECT COUNT(*) FROM questions WHERE guild_id = $1`, id)
		v := count(t, s, `SELECT COUNT(*) FROM votes WHERE guild_id = $1`, id)
		if q != perWriter || v != perWriter/10 {
			t.Errorf("writer %s: %d questions and %d votes kept; want %d and %d", id, q, v, perWriter, perWriter/10)
		}
	}
	if old := count(t, s, `SELECT COUNT(*) FROM questions WHERE guild_id = 'old'`); old != 0 {
		t.Errorf("%d old questions survived retention", old)
	}
}
