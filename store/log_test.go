package store

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"storybot/internal/pgtest"
)

func TestVotesOncePerVoterAndMessage(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		s, ctx := open(t, dsn), testCtx(t)
		now := time.Now().UTC().Truncate(time.Millisecond)
		q := Question{Time: now, Command: "ask", GuildID: "g1", AskerHash: s.Pseudonym("u1"),
			Text: "who is cameron?", Found: true, Top: "Article ¶2: Cameron said", MessageID: "m1"}
		if err := s.RecordQuestion(ctx, q); err != nil {
			t.Fatal(err)
		}
		got, err := s.QuestionByMessage(ctx, "m1")
		if err != nil || got != q {
			t.Fatalf("QuestionByMessage = %+v, %v; want %+v", got, err, q)
		}
		if _, err := s.QuestionByMessage(ctx, "nope"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("unknown message: err = %v, want ErrNotFound", err)
		}
		steps := []struct {
			voter string
			up    bool
			want  VoteChange
		}{
			{"v1", true, VoteNew}, {"v1", true, VoteSame}, {"v1", false, VoteChanged},
			{"v2", false, VoteNew}, {"v1", false, VoteSame},
		}
		for i, st := range steps {
			// The caller's guild is ignored: the question says where the answer was.
			v := Vote{MessageID: "m1", VoterHash: s.Pseudonym(st.voter), Up: st.up, Time: now.Add(time.Duration(i) * time.Second), GuildID: "elsewhere"}
			if got, err := s.Vote(ctx, v); err != nil || got != st.want {
				t.Fatalf("vote %d (%s up=%v) = %v, %v; want %v", i, st.voter, st.up, got, err, st.want)
			}
		}
		st, err := s.Stats(ctx, StatsQuery{GuildID: "g1", Now: now.Add(time.Minute)})
		if err != nil {
			t.Fatal(err)
		}
		if len(st.Downvoted) != 2 || st.Downvoted[0].Question != q.Text || st.Downvoted[0].Top != q.Top || st.Downvoted[0].Command != "ask" {
			t.Fatalf("downvoted = %+v; want both voters' 👎 on %q with what was shown", st.Downvoted, q.Text)
		}
	})
}

// TestSimultaneousClicksCountOnce: a voter's double click arrives as two
// interactions at once (here on one store, as two replicas' would on a
// shared database); one is the vote, the other the same vote again,
// never two new votes.
func TestSimultaneousClicksCountOnce(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		s, ctx := open(t, dsn), testCtx(t)
		for round := range 5 {
			v := Vote{MessageID: fmt.Sprintf("m%d", round), VoterHash: "h", Up: true, Time: time.Now(), GuildID: "g1"}
			var wg sync.WaitGroup
			changes := make([]VoteChange, 8)
			errs := make([]error, len(changes))
			for i := range changes {
				wg.Add(1)
				go func() {
					defer wg.Done()
					changes[i], errs[i] = s.Vote(ctx, v)
				}()
			}
			wg.Wait()
			news := 0
			for i, c := range changes {
				if errs[i] != nil {
					t.Fatalf("vote: %v", errs[i])
				}
				if c == VoteNew {
					news++
				} else if c != VoteSame {
					t.Errorf("a click reported %v, want new or the same", c)
				}
			}
			if news != 1 {
				t.Errorf("round %d: %d of %d simultaneous clicks reported a new vote, want 1", round, news, len(changes))
			}
		}
	})
}

func TestVoteOnAnswerWithoutRecordedQuestion(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		s, ctx := open(t, dsn), testCtx(t)
		now := time.Now()
		v := Vote{MessageID: "old", VoterHash: "h", Up: false, Time: now, GuildID: "g1", Command: "who", Question: "who is x", Top: "Fact sheet: X"}
		if c, err := s.Vote(ctx, v); err != nil || c != VoteNew {
			t.Fatalf("Vote = %v, %v", c, err)
		}
		st, err := s.Stats(ctx, StatsQuery{GuildID: "g1", Now: now})
		if err != nil || len(st.Downvoted) != 1 || st.Downvoted[0].Question != "who is x" || st.Downvoted[0].MessageID != "old" {
			t.Fatalf("downvoted = %+v, %v; want the caller's description kept", st.Downvoted, err)
		}
	})
}

func TestLongTextsAreCut(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		s, ctx := open(t, dsn), testCtx(t)
		long := strings.Repeat("é", 5000)
		if err := s.RecordQuestion(ctx, Question{Time: time.Now(), GuildID: "g", Text: long, Top: long, MessageID: "m"}); err != nil {
			t.Fatal(err)
		}
		q, err := s.QuestionByMessage(ctx, "m")
		if err != nil || len([]rune(q.Text)) != MaxText || len([]rune(q.Top)) != MaxText || !strings.HasSuffix(q.Text, "…") {
			t.Fatalf("stored %d and %d runes (%v); want both cut to %d ending in …", len([]rune(q.Text)), len([]rune(q.Top)), err, MaxText)
		}
	})
}
