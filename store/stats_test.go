package store

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"storybot/internal/pgtest"
)

// statsFixture records questions and votes in two servers and in direct
// messages, at known ages before now.
func statsFixture(t *testing.T, s *Store, now time.Time) {
	t.Helper()
	ctx := testCtx(t)
	ago := func(d time.Duration) time.Time { return now.Add(-d) }
	h, d := time.Hour, 24*time.Hour
	qs := []Question{
		// g1: "who is cameron" asked 3 times by 2 people, once 10 days ago.
		{Time: ago(1 * h), GuildID: "g1", AskerHash: "a", Text: "Who is Cameron?", Found: true, MessageID: "g1-1"},
		{Time: ago(2 * d), GuildID: "g1", AskerHash: "b", Text: "who is  cameron", Found: true},
		{Time: ago(10 * d), GuildID: "g1", AskerHash: "a", Text: "WHO IS CAMERON", Found: true},
		{Time: ago(3 * h), GuildID: "g1", AskerHash: "a", Text: "what is the price", Found: false, MessageID: "g1-2"},
		{Time: ago(5 * h), GuildID: "g1", AskerHash: "c", Text: "What is the price?", Found: false},
		{Time: ago(20 * d), GuildID: "g1", AskerHash: "c", Text: "where is the base", Found: false},
		// g2 and direct messages must never show in g1's figures.
		{Time: ago(1 * h), GuildID: "g2", AskerHash: "x", Text: "secret g2 question", Found: false, MessageID: "g2-1"},
		{Time: ago(2 * h), GuildID: "", AskerHash: "y", Text: "private dm question", Found: false, MessageID: "dm-1"},
	}
	for _, q := range qs {
		q.Command = "ask"
		if err := s.RecordQuestion(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	votes := []Vote{
		{MessageID: "g1-2", VoterHash: "a", Up: false, Time: ago(2 * h)},
		{MessageID: "g1-1", VoterHash: "b", Up: true, Time: ago(1 * h)},
		{MessageID: "g2-1", VoterHash: "x", Up: false, Time: ago(1 * h)},
		{MessageID: "dm-1", VoterHash: "y", Up: false, Time: ago(1 * h)},
	}
	for _, v := range votes {
		if _, err := s.Vote(ctx, v); err != nil {
			t.Fatal(err)
		}
	}
}

func TestStatsPerGuild(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		s, ctx := open(t, dsn), testCtx(t)
		now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
		statsFixture(t, s, now)
		st, err := s.Stats(ctx, StatsQuery{GuildID: "g1", Now: now})
		if err != nil {
			t.Fatal(err)
		}
		if st.Day != 3 || st.DayFound != 1 || st.Week != 4 || st.WeekFound != 2 {
			t.Errorf("counts day %d/%d week %d/%d; want 3 asked 1 answered today, 4/2 this week", st.Day, st.DayFound, st.Week, st.WeekFound)
		}
		wantAsked := []string{"2× what is the price by 0", "2× Who is Cameron? by 0"} // a tie: in the order of the folded text; askers not counted
		if got := counts(st.MostAsked); !reflect.DeepEqual(got, wantAsked) {
			t.Errorf("most asked = %q; want %q", got, wantAsked)
		}
		wantMissed := []string{"2× what is the price by 2", "1× where is the base by 1"}
		if got := counts(st.Unanswered); !reflect.DeepEqual(got, wantMissed) {
			t.Errorf("unanswered = %q; want %q (newest first, over the whole log)", got, wantMissed)
		}
		if !st.Unanswered[0].Last.Equal(now.Add(-3 * time.Hour)) {
			t.Errorf("unanswered last asked %v; want %v", st.Unanswered[0].Last, now.Add(-3*time.Hour))
		}
		if len(st.Downvoted) != 1 || st.Downvoted[0].Question != "what is the price" {
			t.Errorf("downvoted = %+v; want only g1's 👎", st.Downvoted)
		}
		if st.Guilds != nil {
			t.Errorf("a server's stats carry a per-server breakdown: %+v", st.Guilds)
		}
	})
}

func TestStatsAllGuilds(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		s, ctx := open(t, dsn), testCtx(t)
		now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
		statsFixture(t, s, now)
		if _, err := s.Stats(ctx, StatsQuery{Now: now}); !errors.Is(err, ErrNoScope) {
			t.Fatalf("stats without a server: err = %v; want ErrNoScope (direct messages are private)", err)
		}
		st, err := s.Stats(ctx, StatsQuery{AllGuilds: true, Now: now})
		if err != nil {
			t.Fatal(err)
		}
		if st.Day != 5 || st.Week != 6 || len(st.Downvoted) != 3 || len(st.Unanswered) != 4 {
			t.Errorf("all: day %d week %d downvoted %d unanswered %d; want 5, 6, 3, 4", st.Day, st.Week, len(st.Downvoted), len(st.Unanswered))
		}
		want := []GuildStats{
			{GuildID: "g1", Day: 3, DayFound: 1, Week: 4, WeekFound: 2},
			{GuildID: "", Day: 1, Week: 1},
			{GuildID: "g2", Day: 1, Week: 1},
		}
		if !reflect.DeepEqual(st.Guilds, want) {
			t.Errorf("breakdown = %+v; want %+v", st.Guilds, want)
		}
	})
}

func counts(cs []Count) []string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%d× %s by %d", c.Times, c.Question, c.Askers))
	}
	return out
}

func TestUnansweredQuestionsForReindex(t *testing.T) {
	pgtest.Engines(t, func(t *testing.T, dsn string) {
		s, ctx := open(t, dsn), testCtx(t)
		now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
		statsFixture(t, s, now)
		got, err := s.UnansweredQuestions(ctx, 10)
		want := []string{"secret g2 question", "private dm question", "what is the price", "where is the base"}
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("UnansweredQuestions = %q, %v; want %q (distinct, newest first)", got, err, want)
		}
		if got, _ := s.UnansweredQuestions(ctx, 1); len(got) != 1 {
			t.Fatalf("UnansweredQuestions(1) = %q; want one", got)
		}
	})
}

// firstDistinct keeps the first item of each key, in order, and stops at
// the limit.
func TestFirstDistinct(t *testing.T) {
	id := func(s string) string { return s }
	items := []string{"a", "b", "a", "c", "b", "d"}
	for limit, want := range map[int][]string{-1: nil, 0: nil, 2: {"a", "b"}, 3: {"a", "b", "c"}, 9: {"a", "b", "c", "d"}} {
		if got := firstDistinct(items, id, limit); !reflect.DeepEqual(got, want) {
			t.Errorf("limit %d: %q, want %q", limit, got, want)
		}
	}
}
