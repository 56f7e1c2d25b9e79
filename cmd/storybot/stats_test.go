package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"storybot/store"
)

// storybot stats is the operator's view: every server and direct
// messages, with each server's share.
func TestStatsShowsEveryServer(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	for i, q := range []store.Question{
		{GuildID: "111111", Text: "who is cameron", Found: true},
		{GuildID: "111111", Text: "who is blinken", Found: true},
		{GuildID: "222222", Text: "what is a flanker"},
		{Text: "a direct message"},
	} {
		q.Time, q.Command, q.AskerHash = now.Add(-time.Duration(i)*time.Minute), "ask", s.Pseudonym("u")
		if err := s.RecordQuestion(context.Background(), q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	code, out, errOut := run(t, "", nil, "stats", "--json", "--data", dir)
	var got statsJSON
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	if got.Day.Questions != 4 || got.Day.Answered != 2 || len(got.Servers) != 3 || got.Servers[0].Server != "111111" || got.Servers[0].Week.Questions != 2 {
		t.Errorf("stats --json: %+v", got)
	}
	_, text, _ := run(t, "", nil, "stats", "--data", dir)
	for _, want := range []string{"111111", "222222", "direct messages", "a direct message"} {
		if !strings.Contains(text, want) {
			t.Errorf("stats lacks %q:\n%s", want, text)
		}
	}
}

// storybot reindex publishes a version to the bots' database; --rollback
// publishes an earlier one again.
func TestReindexPublishesVersions(t *testing.T) {
	data := t.TempDir()
	s, err := store.Open(context.Background(), data) // as a bot that has run
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	env := map[string]string{"STORYBOT_DATA": data}
	code, out, errOut := run(t, "", env, "reindex", "--json")
	if code != 0 || !strings.Contains(out, `"version":1}`) {
		t.Fatalf("reindex: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, errOut := run(t, "", env, "reindex", "--rollback", "1"); code != 0 || !strings.Contains(out, "Published version 1 again as version 2") {
		t.Errorf("rollback: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := run(t, "", env, "reindex", "--rollback", "7"); code != exitError || !strings.Contains(errOut, "no version 7") {
		t.Errorf("rollback to a missing version: exit %d %s", code, errOut)
	}
	// Without a bot database nothing is published, and it says so.
	if code, out, _ := run(t, "", map[string]string{"STORYBOT_DATA": t.TempDir()}, "reindex"); code != 0 || !strings.Contains(out, "nothing was published") {
		t.Errorf("no database: exit %d\n%s", code, out)
	}
}
