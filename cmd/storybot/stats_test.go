package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"storybot/corpus"
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
	// A changed corpus is reported against the version before it, as
	// recorded with the new version; the built-in story published again
	// after it then differs from that, not from itself.
	dir := t.TempDir()
	copyDefault(t, dir)
	facts, err := os.ReadFile(filepath.Join(dir, corpus.FactsFile))
	if err != nil {
		t.Fatal(err)
	}
	facts = bytes.Replace(facts, []byte("value: Fencer,"), []byte("value: Fencer-B,"), 1)
	if err := os.WriteFile(filepath.Join(dir, corpus.FactsFile), facts, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"reindex", "--corpus", dir}, "Compared with the version published before it:\nEntries changed (1): su-24"},
		{[]string{"reindex"}, "Compared with the version published before it:\nEntries changed (1): su-24"},
	} {
		code, out, errOut := run(t, "", env, c.args...)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("%q: exit %d, want %q in\n%s%s", c.args, code, c.want, out, errOut)
		}
		v, err := newestReport(data)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(v, "su-24") {
			t.Errorf("%q: the recorded report %q differs from the one printed", c.args, v)
		}
	}
	// Without a bot database nothing is published, and it says so.
	if code, out, _ := run(t, "", map[string]string{"STORYBOT_DATA": t.TempDir()}, "reindex"); code != 0 || !strings.Contains(out, "nothing was published") || !strings.Contains(out, "Compared with the built-in story:") {
		t.Errorf("no database: exit %d\n%s", code, out)
	}
}

// newestReport is the report recorded with the newest version in the
// SQLite database in data.
func newestReport(data string) (string, error) {
	s, err := store.Open(context.Background(), data)
	if err != nil {
		return "", err
	}
	defer s.Close()
	n, err := s.LatestVersion(context.Background())
	if err != nil {
		return "", err
	}
	v, err := s.Version(context.Background(), n)
	if err != nil {
		return "", err
	}
	return v.Report, nil
}
