package main

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storybot/corpus"
	"storybot/index"
)

const initArticle = `Night Count

Wildlife biologist Nicholas Sharp counted bats near Lake Guntersville. "They are a wonder," said Sharp.

The Alabama Bat Working Group ran the count with Vicky Smith, who teaches nearby. Smith counted 600 bats.
`

func writeTemp(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestInitThenCheck(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "story")
	src := writeTemp(t, "night.txt", initArticle)
	code, out, errOut := run(t, "", nil, "init", dir, "--article", src)
	if code != 0 {
		t.Fatalf("init: exit %d\n%s", code, errOut)
	}
	wantOut := "wrote " + filepath.Join(dir, "article.md") + " (2 paragraphs, 1 headings) and " + filepath.Join(dir, "facts.yaml") + ": "
	for _, want := range []string{wantOut, "names to review", "storybot check --corpus " + dir, "storybot ask --corpus " + dir + " 'Who is Nicholas Sharp?'"} {
		if !strings.Contains(out, want) {
			t.Errorf("init output lacks %q:\n%s", want, out)
		}
	}
	md, _ := os.ReadFile(filepath.Join(dir, "article.md"))
	facts, _ := os.ReadFile(filepath.Join(dir, "facts.yaml"))
	if !strings.HasPrefix(string(md), "## Night Count\n") || !strings.Contains(string(facts), `name: "Nicholas Sharp"`) {
		t.Errorf("written files:\n%s\n---\n%s", md, facts)
	}
	if code, out, errOut := run(t, "", nil, "check", "--corpus", dir); code != 0 {
		t.Fatalf("check on the draft: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, errOut := run(t, "", nil, "who", "--corpus", dir, "--json", "sharp"); code != 0 || !strings.Contains(out, "Nicholas Sharp") {
		t.Errorf("who sharp on the draft: exit %d\n%s%s", code, out, errOut)
	}

	// A second init does not overwrite the corpus, unless forced.
	other := writeTemp(t, "other.md", "# Other\n\nAnna Berg met Tom Lund in Oslo. Berg left.\n")
	code, _, errOut = run(t, "", nil, "init", dir, "--article", other)
	if code != 1 || !strings.Contains(errOut, "already holds a corpus") || !strings.Contains(errOut, "--force") {
		t.Errorf("init over a corpus: exit %d, %q", code, errOut)
	}
	if again, _ := os.ReadFile(filepath.Join(dir, "facts.yaml")); string(again) != string(facts) {
		t.Error("a refused init changed facts.yaml")
	}
	if code, _, errOut = run(t, "", nil, "init", "--force", dir, "--article", other); code != 0 {
		t.Fatalf("init --force: exit %d\n%s", code, errOut)
	}
	if bak, _ := os.ReadFile(filepath.Join(dir, "facts.yaml.bak")); string(bak) != string(facts) {
		t.Error("--force should keep the old fact sheet as facts.yaml.bak")
	}
	if code, out, errOut := run(t, "", nil, "check", "--corpus", dir); code != 0 || !strings.Contains(out, "1 paragraphs") {
		t.Fatalf("check after --force: exit %d\n%s%s", code, out, errOut)
	}
}

func TestInitFromStdin(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	code, out, errOut := run(t, initArticle, nil, "init", dir, "--article", "-")
	if code != 0 || !strings.Contains(out, "names to review") {
		t.Fatalf("init from stdin: exit %d\n%s%s", code, out, errOut)
	}
}

func TestInitBuiltInArticle(t *testing.T) {
	md, err := fs.ReadFile(corpus.DefaultFS(), corpus.ArticleFile)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "c")
	code, out, errOut := run(t, "", nil, "init", dir, "--article", writeTemp(t, "story.md", string(md)))
	if code != 0 || !strings.Contains(out, "names to review") {
		t.Fatalf("init: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, errOut := run(t, "", nil, "check", "--corpus", dir); code != 0 {
		t.Errorf("check: exit %d\n%s%s", code, out, errOut)
	}
}

func TestInitInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
	dir := filepath.Join(t.TempDir(), "c")
	if code := m.Run(ctx, []string{"init", dir, "--article", writeTemp(t, "a.txt", initArticle)}); code != exitInterrupted || errOut.String() != "storybot: interrupted; nothing was written\n" {
		t.Errorf("interrupted init: exit %d, %q", code, errOut.String())
	}
	if _, err := os.Stat(dir); err == nil {
		t.Error("an interrupted init created the directory")
	}
}

// TestInitRealArticles starts a corpus from each real article the
// repository's tests keep, and from ../shared/stories when it is there.
func TestInitRealArticles(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob("../../index/testdata/stories/*/article.txt")
	if len(paths) == 0 {
		t.Fatal("no test stories under index/testdata/stories")
	}
	shared, _ := filepath.Glob("../../../shared/stories/*/article.txt")
	if len(shared) == 0 {
		t.Log("no ../shared/stories (a user's clone has none); testing the repository's stories only")
	}
	for _, p := range append(paths, shared...) {
		dir := filepath.Join(t.TempDir(), filepath.Base(filepath.Dir(p)))
		if code, _, errOut := run(t, "", nil, "init", dir, "--article", p); code != 0 {
			t.Fatalf("init %s: exit %d\n%s", p, code, errOut)
		}
		if code, out, errOut := run(t, "", nil, "check", "--corpus", dir); code != 0 {
			t.Errorf("check %s: exit %d\n%s%s", dir, code, out, errOut)
		}
	}
}

// TestInitNamesThatReadAlike starts a corpus from an article naming pairs
// the index reads as one (Hawk and Hawking, Running and Runs, Friends of
// the Refuge and Friends of Refuge): the draft makes one entry of each
// pair, so it builds, and names the other in a comment.
func TestInitNamesThatReadAlike(t *testing.T) {
	const article = `Birds at the Refuge

Wildlife biologist Anna Hawking counted birds on Monday. A week later Tom Hawk came back, and Hawk counted owls while Hawking watched.

The Friends of the Refuge paid for the count. A spokesman for Friends of Refuge said the two groups differ. Running, a horse, outran Runs, a dog, and Running won.
`
	// Without the index's reading of names the draft loads but does not
	// build: the article holds the pairs under test.
	out, name, facts, err := corpus.Draft("birds.txt", []byte(article))
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load(corpus.WithFile(corpus.WithFile(os.DirFS(t.TempDir()), name, out), corpus.FactsFile, facts))
	if err != nil {
		t.Fatalf("the draft without WithNameKey should load: %v", err)
	}
	_, err = index.Build(context.Background(), c)
	for _, pair := range []string{`"hawk"`, `"run"`, `"friend refug"`} {
		if err == nil || !strings.Contains(err.Error(), pair) {
			t.Fatalf("without WithNameKey, Build should refuse the pair read as %s: %v", pair, err)
		}
	}

	dir := filepath.Join(t.TempDir(), "birds")
	if code, _, errOut := run(t, "", nil, "init", dir, "--article", writeTemp(t, "birds.txt", article)); code != 0 {
		t.Fatalf("init: exit %d\n%s", code, errOut)
	}
	written, _ := os.ReadFile(filepath.Join(dir, corpus.FactsFile))
	// "Hawk", a variant of "Tom Hawk", is left out of its aliases, as
	// "Hawking" of Anna Hawking's reads the same.
	for _, want := range []string{`aliases: ["Hawking"]`, `also found "Runs"`, `also found "Friends of Refuge"`} {
		if !strings.Contains(string(written), want) {
			t.Errorf("facts.yaml lacks %q:\n%s", want, written)
		}
	}
	if strings.Contains(string(written), `"Hawk"]`) {
		t.Errorf("facts.yaml gives Tom Hawk the alias Hawk:\n%s", written)
	}
	if code, out, errOut := run(t, "", nil, "check", "--corpus", dir); code != 0 {
		t.Errorf("check: exit %d\n%s%s", code, out, errOut)
	}
}

func TestInitErrors(t *testing.T) {
	good := writeTemp(t, "a.txt", initArticle)
	bad := writeTemp(t, "bad.txt", "caf\xe9\n")
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"init"}, 2, "one directory"},
		{[]string{"init", "x", "y", "--article", good}, 2, "one directory"},
		{[]string{"init", "DIR"}, 2, "--article"},
		{[]string{"init", "--bogus"}, 2, "bogus"},
		{[]string{"init", "DIR", "--article", filepath.Join(t.TempDir(), "missing.txt")}, 1, "missing.txt"},
		{[]string{"init", "DIR", "--article", bad}, 1, "UTF-8"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		for i, a := range c.args {
			if a == "DIR" {
				c.args[i] = filepath.Join(dir, "new")
			}
		}
		code, _, errOut := run(t, "", nil, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errOut, c.code, c.want)
		}
		if _, err := os.Stat(filepath.Join(dir, "new")); err == nil {
			t.Errorf("%v: a failed init created the directory", c.args)
		}
	}
	if code, out, _ := run(t, "", nil, "help", "init"); code != 0 || !strings.Contains(out, "--article FILE") {
		t.Errorf("help init: %d %q", code, out)
	}
}
