package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storybot/corpus"
	"storybot/internal/syncbuf"
)

// run runs storybot in process and returns its exit status and output.
// The output buffers are locked: a Discord session closed on the way out
// still logs its disconnect from a goroutine of discordgo's own.
func run(t *testing.T, stdin string, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut syncbuf.Buffer
	m := &Main{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errOut,
		Getenv: func(k string) string { return env[k] },
	}
	code := m.Run(context.Background(), args)
	return code, out.String(), errOut.String()
}

// jsonAnswer is the machine-readable contract of ask/aircraft/who --json.
type jsonAnswer struct {
	Query   string `json:"query"`
	Found   *bool  `json:"found"`
	Answer  string `json:"answer"`
	Results []struct {
		Rank  int     `json:"rank"`
		Score float64 `json:"score"`
		Kind  string  `json:"kind"`
		Title string  `json:"title"`
		Ref   string  `json:"ref"`
		Text  string  `json:"text"`
	} `json:"results"`
}

func decode(t *testing.T, line string) jsonAnswer {
	t.Helper()
	var a jsonAnswer
	dec := json.NewDecoder(strings.NewReader(line))
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, line)
	}
	if dec.More() {
		t.Fatalf("more than one JSON value on stdout: %s", line)
	}
	if a.Found == nil || a.Results == nil {
		t.Fatalf("found and results must always be present: %s", line)
	}
	return a
}

func TestJSONContract(t *testing.T) {
	cases := []struct {
		args  []string
		found bool
		want  string
	}{
		{[]string{"ask", "--json", "How many aircraft did Kazakhstan sell?"}, true, "81"},
		{[]string{"aircraft", "--json", "su-24"}, true, "Su-24"},
		{[]string{"who", "--json", "cameron"}, true, "Cameron"},
		{[]string{"ask", "--json", "What is the best pizza topping?"}, false, ""},
		{[]string{"who", "--json", "taylor swift"}, false, ""},
		{[]string{"aircraft", "who is", "--json", "F-16"}, false, ""}, // flags anywhere
	}
	for _, c := range cases {
		code, out, errOut := run(t, "", nil, c.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d, stderr %s", c.args, code, errOut)
		}
		a := decode(t, out)
		if *a.Found != c.found {
			t.Errorf("%v: found = %v, want %v", c.args, *a.Found, c.found)
		}
		if !c.found && len(a.Results) != 0 {
			t.Errorf("%v: not found but %d results", c.args, len(a.Results))
		}
		if c.found {
			if len(a.Results) == 0 || len(a.Results) > 3 {
				t.Fatalf("%v: want 1–3 results by default, got %d", c.args, len(a.Results))
			}
			r := a.Results[0]
			if r.Rank != 1 || r.Ref == "" || r.Title == "" || r.Text == "" || (r.Kind != "article" && r.Kind != "fact") {
				t.Errorf("%v: incomplete result %+v", c.args, r)
			}
			if strings.Contains(r.Text, "**") || strings.Contains(r.Text, "\x1b") {
				t.Errorf("%v: JSON text must be plain: %q", c.args, r.Text)
			}
			if !strings.Contains(a.Answer+r.Title+r.Text, c.want) {
				t.Errorf("%v: want %q in the answer or first result, got %+v", c.args, c.want, a)
			}
		}
	}
}

func TestLimit(t *testing.T) {
	_, out, _ := run(t, "", nil, "ask", "--json", "--limit", "6", "Kazakhstan and Russia")
	if a := decode(t, out); len(a.Results) != 6 {
		t.Errorf("--limit 6 gave %d results", len(a.Results))
	}
	if code, _, errOut := run(t, "", nil, "ask", "--limit", "0", "x"); code != 2 || !strings.Contains(errOut, "--limit") {
		t.Errorf("--limit 0: exit %d, stderr %q", code, errOut)
	}
}

func TestUsageErrors(t *testing.T) {
	cases := [][]string{
		{},
		{"frobnicate"},
		{"ask"},
		{"ask", "--json"},
		{"ask", "   "},
		{"who"},
		{"ask", "--nope", "x"},
		{"ask", strings.Repeat("why ", 200)},
	}
	for _, args := range cases {
		code, out, errOut := run(t, "", nil, args...)
		if code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
		if errOut == "" {
			t.Errorf("%q: no message on stderr", args)
		}
		if out != "" && !strings.HasPrefix(out, "usage") {
			t.Errorf("%q: unexpected stdout %q", args, out)
		}
	}
}

func TestBatchFromStdin(t *testing.T) {
	in := "How many aircraft did Kazakhstan sell?\n\nwho is cameron\nWhat is the best pizza topping?\n"
	code, out, errOut := run(t, in, nil, "ask", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("want one line per question (4), got %d:\n%s", len(lines), out)
	}
	var blank struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(lines[1]), &blank); err != nil || blank.Error == "" {
		t.Errorf("a blank line should give an error object, got %s", lines[1])
	}
	if a := decode(t, lines[2]); !*a.Found {
		t.Errorf("second question not answered: %s", lines[2])
	}
	if a := decode(t, lines[3]); *a.Found {
		t.Errorf("off-topic question found: %s", lines[3])
	}
}

func TestHumanOutput(t *testing.T) {
	code, out, _ := run(t, "", nil, "ask", "How many aircraft did Kazakhstan sell?")
	if code != 0 {
		t.Fatal(code)
	}
	for _, want := range []string{"Answer: 81", "1. ", "score", "**"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = run(t, "", nil, "ask", "What is the best pizza topping?")
	if !strings.Contains(out, "The story doesn't say.") || strings.Contains(out, "1. ") {
		t.Errorf("off-topic output should say so and show no snippets:\n%s", out)
	}
	_, out, _ = run(t, "", nil, "who", "Blinkn")
	if !strings.Contains(out, "Antony Blinken") {
		t.Errorf("typo lookup:\n%s", out)
	}
}

func TestCorpusDirectory(t *testing.T) {
	dir := t.TempDir()
	copyDefault(t, dir)
	facts := filepath.Join(dir, corpus.FactsFile)
	b, _ := os.ReadFile(facts)
	b = bytes.Replace(b, []byte("{key: nato_name, value: Fencer, source: background}"), []byte("{key: nato_name, value: Fencer-Z, source: background}"), 1)
	if err := os.WriteFile(facts, b, 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, _ := run(t, "", nil, "ask", "--json", "--corpus", dir, "What is the NATO reporting name of the Su-24?")
	if a := decode(t, out); a.Answer != "Fencer-Z" {
		t.Errorf("--corpus: answer %q, want the edited Fencer-Z", a.Answer)
	}
	_, out, _ = run(t, "", map[string]string{"STORYBOT_CORPUS": dir}, "ask", "--json", "What is the NATO reporting name of the Su-24?")
	if a := decode(t, out); a.Answer != "Fencer-Z" {
		t.Errorf("STORYBOT_CORPUS: answer %q, want Fencer-Z", a.Answer)
	}
	if err := os.WriteFile(facts, []byte("title: x\nentries: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, "", nil, "ask", "--corpus", dir, "who is cameron")
	if code != 1 || !strings.Contains(errOut, "facts.yaml:") {
		t.Errorf("broken corpus: exit %d, stderr %q; want 1 and a file:line message", code, errOut)
	}
}

func copyDefault(t *testing.T, dir string) {
	t.Helper()
	if _, err := corpus.Seed(dir); err != nil {
		t.Fatal(err)
	}
}

func TestCheckAndReindexCommands(t *testing.T) {
	code, out, _ := run(t, "", nil, "check")
	if code != 0 || !strings.Contains(out, "is valid") || !strings.Contains(out, "No changes") {
		t.Errorf("check of the built-in corpus: exit %d\n%s", code, out)
	}
	dir := t.TempDir()
	copyDefault(t, dir)
	facts := filepath.Join(dir, corpus.FactsFile)
	b, _ := os.ReadFile(facts)
	b = bytes.Replace(b, []byte("aliases: [Sukhoi Su-24, Су-24, Fencer]"), []byte("aliases: [Sukhoi Su-24, Су-24]"), 1)
	if err := os.WriteFile(facts, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = run(t, "", nil, "check", "--corpus", dir)
	if code != 0 || !strings.Contains(out, "Aliases removed (1): su-24: Fencer") {
		t.Errorf("check with an edit: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "", map[string]string{"STORYBOT_CORPUS": dir}, "reindex")
	if code != 0 || !strings.Contains(out, "su-24") || !strings.Contains(out, "kill -HUP") {
		t.Errorf("reindex without --pid: exit %d\n%s", code, out)
	}
	if err := os.WriteFile(facts, append(b, []byte("\n  - id: su-24\n    kind: aircraft\n    name: Dup\n    summary: x\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, "", nil, "check", "--corpus", dir)
	if code != 1 || !strings.Contains(errOut, "duplicate id \"su-24\"") || !strings.Contains(errOut, "facts.yaml:") {
		t.Errorf("check of a broken corpus: exit %d\n%s", code, errOut)
	}
}
