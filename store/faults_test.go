package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"storybot/internal/pgtest"
)

// A replica whose LISTEN connection drops catches up with the versions
// published meanwhile when it reconnects, notification or not.
func TestListenCatchesUpAfterReconnect(t *testing.T) {
	dsn := pgtest.Database(t)
	s, ctx := open(t, dsn), testCtx(t)
	ch := listenAll(t, s)
	if _, err := s.PublishVersion(ctx, Version{Who: "one"}); err != nil {
		t.Fatal(err)
	}
	expectVersion(t, ch, 1, 2*time.Second)
	// Version 2 arrives without an announcement, as if it had been sent
	// while the connection was down; only catching up can find it.
	if _, err := s.DB().ExecContext(ctx, insertVersionSQL, 2, millis(time.Now()), "silent", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, terminateOthersSQL); err != nil {
		t.Fatal(err)
	}
	expectVersion(t, ch, 2, 5*time.Second)
}

// terminateOthersSQL cuts every other connection to the test's database,
// the listener's among them.
const terminateOthersSQL = `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
WHERE pid <> pg_backend_pid() AND datname = current_database()`

// PostgreSQL stops for a few seconds while questions and votes flow: the
// records wait in the queue and all are written when it is back.
func TestBufferedLosesNothingWhilePostgresIsDown(t *testing.T) {
	t.Parallel()
	srv := pgtest.Start(t)
	dsn := srv.Database(t)
	s, ctx := open(t, dsn), testCtx(t)
	b := NewBuffered(s, 0, nil)
	runCtx, stopRun := context.WithCancel(ctx)
	defer stopRun()
	go b.Run(runCtx)

	const total = 300
	outage := make(chan error, 1)
	for i := range total {
		if i == 100 {
			go func() { outage <- stopFor(srv, 3*time.Second) }()
		}
		msg := fmt.Sprint("m", i)
		if err := b.RecordQuestion(ctx, Question{Time: time.Now(), GuildID: "g", Text: msg, MessageID: msg}); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if i%3 == 0 {
			if _, err := b.Vote(ctx, Vote{MessageID: msg, VoterHash: "v", Time: time.Now()}); err != nil {
				t.Fatalf("vote %d: %v", i, err)
			}
		}
		time.Sleep(15 * time.Millisecond)
	}
	if err := <-outage; err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, func() bool { return b.Queued() == 0 })
	q := count(t, s, `SELECT COUNT(DISTINCT message_id) FROM questions`)
	v := count(t, s, `SELECT COUNT(*) FROM votes WHERE guild_id = 'g'`)
	if q != total || v != total/3 || b.Dropped() != 0 {
		t.Fatalf("after the outage %d questions and %d votes stored, %d dropped; want %d, %d, 0", q, v, b.Dropped(), total, total/3)
	}
	if b.Err() != nil {
		t.Errorf("Err() = %v once everything is written; want nil", b.Err())
	}
}

func stopFor(srv *pgtest.Server, d time.Duration) error {
	if err := srv.Stop(); err != nil {
		return err
	}
	time.Sleep(d)
	return srv.Restart()
}

func waitFor(t *testing.T, d time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("condition not met within %v", d)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestBufferedCountsWhatItDrops(t *testing.T) {
	s, ctx := open(t, t.TempDir()), testCtx(t)
	s.Close() // every write now fails, as when the database is unreachable
	b := NewBuffered(s, 5, nil)
	for i := range 8 {
		if err := b.RecordQuestion(ctx, Question{Time: time.Now(), GuildID: "g", Text: fmt.Sprint(i)}); err != nil {
			t.Fatalf("record %d: %v; want it queued", i, err)
		}
	}
	if c, err := b.Vote(ctx, Vote{MessageID: "m", VoterHash: "v"}); err != nil || c != VoteQueued {
		t.Fatalf("Vote = %v, %v; want VoteQueued", c, err)
	}
	if b.Queued() != 5 || b.Dropped() != 4 || b.Err() == nil {
		t.Fatalf("queued %d, dropped %d, err %v; want 5 kept, 4 counted as dropped, the error reported", b.Queued(), b.Dropped(), b.Err())
	}
	if b.Flush(ctx) {
		t.Fatal("Flush reported an empty queue while the database is unreachable")
	}
	// Stopping with records still queued counts them too.
	stopped, cancel := context.WithCancel(ctx)
	cancel()
	b.Run(stopped)
	if b.Queued() != 0 || b.Dropped() != 9 {
		t.Fatalf("after Run stopped: queued %d, dropped %d; want 0 and all 9 counted", b.Queued(), b.Dropped())
	}
}

// A write that outlasts the caller's deadline is queued, not lost.
func TestBufferedQueuesWritesThatRunOutOfTime(t *testing.T) {
	s, ctx := open(t, t.TempDir()), testCtx(t)
	b := NewBuffered(s, 0, nil)
	late, cancel := context.WithCancel(ctx)
	cancel()
	if err := b.RecordQuestion(late, Question{Time: time.Now(), GuildID: "g", Text: "late", MessageID: "late"}); err != nil {
		t.Fatalf("RecordQuestion with an ended context: %v; want it queued", err)
	}
	if !b.Flush(ctx) {
		t.Fatal("Flush failed with the database up")
	}
	if _, err := s.QuestionByMessage(ctx, "late"); err != nil {
		t.Fatalf("the late question was not written by Flush: %v", err)
	}
}

// A record the database refuses outright is reported to the caller, not
// queued forever.
func TestBufferedReportsRefusedRecords(t *testing.T) {
	s, ctx := open(t, pgtest.Database(t)), testCtx(t)
	b := NewBuffered(s, 0, nil)
	if err := b.RecordQuestion(ctx, Question{Time: time.Now(), GuildID: "g", Text: "bad \x00 byte"}); err == nil {
		t.Fatal("a question PostgreSQL cannot store was accepted")
	}
	if b.Queued() != 0 {
		t.Fatalf("%d records queued; want the refused one reported, not queued", b.Queued())
	}
}
