package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"storybot/store"
)

// TestEveryCommandTakesJSON runs each command with --json somewhere on the
// line and wants exactly one JSON object on stdout holding the documented
// fields.
func TestEveryCommandTakesJSON(t *testing.T) {
	env := map[string]string{"STORYBOT_DATA": t.TempDir()}
	log := t.TempDir() // stats reads a question log, so give it one
	st, err := store.Open(context.Background(), log)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	cases := []struct {
		args []string
		keys []string
	}{
		{[]string{"check", "--json"}, []string{"corpus", "valid", "paragraphs", "entries", "took_ms", "changes"}},
		{[]string{"reindex", "--json"}, []string{"corpus", "valid", "changes"}},
		{[]string{"timeline", "--json"}, []string{"events"}},
		{[]string{"stats", "--json", "--data", log}, []string{"dir", "day", "week", "most_asked", "unanswered", "downvoted"}},
		{[]string{"help", "--json"}, []string{"commands"}},
		{[]string{"help", "ask", "--json"}, []string{"commands"}},
		{[]string{"who", "cameron", "--json"}, []string{"query", "found", "results"}},
	}
	for _, c := range cases {
		code, out, errOut := run(t, "", env, c.args...)
		if code != 0 {
			t.Errorf("%q: exit %d, stderr %s", c.args, code, errOut)
			continue
		}
		var obj map[string]json.RawMessage
		dec := json.NewDecoder(strings.NewReader(out))
		if err := dec.Decode(&obj); err != nil || dec.More() {
			t.Errorf("%q: want one JSON object, got %v:\n%s", c.args, err, out)
			continue
		}
		for _, k := range c.keys {
			if _, ok := obj[k]; !ok {
				t.Errorf("%q: JSON lacks %q: %s", c.args, k, out)
			}
		}
	}
}

// TestFlagHandlingIsTheSameEverywhere: extra words are refused with exit 2
// by every command that takes none, flag errors say "storybot:" and spell
// flags with two dashes, and the usage goes to stderr.
func TestFlagHandlingIsTheSameEverywhere(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"check", "extra"}, `check takes no arguments, got "extra"`},
		{[]string{"timeline", "extra"}, `timeline takes no arguments, got "extra"`},
		{[]string{"stats", "extra"}, `stats takes no arguments, got "extra"`},
		{[]string{"reindex", "extra"}, `reindex takes no arguments, got "extra"`},
		{[]string{"serve", "extra"}, `serve takes no arguments, got "extra"`},
		{[]string{"help", "ask", "who"}, `help takes one COMMAND, got "ask who"`},
		{[]string{"ask", "--nope", "x"}, "storybot: flag provided but not defined: --nope"},
		{[]string{"stats", "-nope"}, "storybot: flag provided but not defined: --nope"},
		{[]string{"ask", "x", "--limit"}, "storybot: flag needs an argument: --limit"},
		{[]string{"ask", "--limit", "many", "x"}, `storybot: invalid value "many" for flag --limit`},
		{[]string{"who"}, "who needs a NAME"},
		{[]string{"ask", "--limit", "0", "x"}, "--limit must be between 1 and"},
		{[]string{"ask", "--explain", "-"}, "--explain explains one question"},
	}
	for _, c := range cases {
		code, out, errOut := run(t, "", nil, c.args...)
		if code != exitUsage {
			t.Errorf("%q: exit %d, want 2", c.args, code)
		}
		if out != "" {
			t.Errorf("%q: stdout should be empty, got %q", c.args, out)
		}
		first, _, _ := strings.Cut(errOut, "\n")
		if !strings.HasPrefix(first, "storybot: ") || !strings.Contains(first, c.want) {
			t.Errorf("%q: first stderr line %q, want storybot: …%s", c.args, first, c.want)
		}
		if !strings.Contains(errOut, "usage: storybot "+c.args[0]) {
			t.Errorf("%q: stderr lacks the usage:\n%s", c.args, errOut)
		}
		if strings.Contains(errOut, " -json") || strings.Contains(errOut, " -limit") {
			t.Errorf("%q: a flag spelt with one dash:\n%s", c.args, errOut)
		}
	}
}

func TestHelpListsEveryFlag(t *testing.T) {
	code, out, _ := run(t, "", nil, "help", "ask")
	if code != 0 {
		t.Fatalf("help ask: exit %d", code)
	}
	for _, want := range []string{"--explain", "--json", "--limit N", "--corpus DIR"} {
		if !strings.Contains(out, want) {
			t.Errorf("help ask lacks %s:\n%s", want, out)
		}
	}
	code, out2, _ := run(t, "", nil, "ask", "--help")
	if code != 0 || out2 != out {
		t.Errorf("ask --help (exit %d) should print what help ask prints:\n%s", code, out2)
	}
}
