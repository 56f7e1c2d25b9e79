package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeclaredLookups: the lookup commands come from the corpus. A story
// that declares /vehicle gets "storybot vehicle NAME" and no "aircraft";
// check prints the structure it read.
func TestDeclaredLookups(t *testing.T) {
	dir := t.TempDir()
	article := "# Trains\n\nThe Flying Scotsman is a steam locomotive built in 1923.\n\nIt ran between London and Edinburgh.\n"
	facts := `title: Trains
commands:
  - {name: vehicle, kinds: [vehicle], description: A vehicle's card, example: scotsman}
entries:
  - id: scotsman
    kind: vehicle
    name: Flying Scotsman
    summary: A steam locomotive built in 1923.
`
	for name, text := range map[string]string{"article.md": article, "facts.yaml": facts} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := run(t, "", nil, "vehicle", "--corpus", dir, "scotsman")
	if code != 0 || !strings.Contains(out, "Flying Scotsman") {
		t.Errorf("vehicle lookup: exit %d, out %q, err %q", code, out, errOut)
	}
	// The command and the story both come from the last --corpus, as
	// every command's flags read it.
	other := t.TempDir()
	for name, text := range map[string]string{
		"article.md": "# Trains\n\nMallard is a steam locomotive built in 1938.\n\nIt holds the speed record for steam.\n",
		"facts.yaml": strings.NewReplacer("scotsman", "mallard", "Flying Scotsman", "Mallard", "1923", "1938").Replace(facts),
	} {
		if err := os.WriteFile(filepath.Join(other, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut = run(t, "", nil, "vehicle", "--corpus", dir, "--corpus", other, "mallard")
	if code != 0 || !strings.Contains(out, "Mallard") || strings.Contains(out, "Flying Scotsman") {
		t.Errorf("vehicle lookup with a later --corpus: exit %d, out %q, err %q", code, out, errOut)
	}
	plain := t.TempDir()
	if err := os.WriteFile(filepath.Join(plain, "article.md"), []byte("# Trains\n\nThe line reopened in May.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = run(t, "", nil, "vehicle", "--corpus", dir, "--corpus", plain, "scotsman")
	if code != exitUsage || !strings.Contains(errOut, `unknown command "vehicle"`) {
		t.Errorf("vehicle with a later --corpus that lacks it: exit %d, err %q", code, errOut)
	}
	// An empty --corpus is none, for the command as for its flags: the
	// story is STORYBOT_CORPUS's, which does not declare the built-in
	// story's /aircraft.
	code, _, errOut = run(t, "", map[string]string{"STORYBOT_CORPUS": plain}, "aircraft", "--corpus=", "su-24")
	if code != exitUsage || !strings.Contains(errOut, `unknown command "aircraft"`) {
		t.Errorf("aircraft with an empty --corpus: exit %d, err %q", code, errOut)
	}
	code, _, errOut = run(t, "", nil, "aircraft", "--corpus", dir, "scotsman")
	if code != exitUsage || !strings.Contains(errOut, `unknown command "aircraft"`) {
		t.Errorf("aircraft on a story without it: exit %d, err %q", code, errOut)
	}
	// The usage that follows lists the lookups of the story asked about,
	// not those of the built-in one.
	if !strings.Contains(errOut, "storybot vehicle scotsman") || strings.Contains(errOut, "storybot aircraft") {
		t.Errorf("the usage after an unknown command should list this story's lookups:\n%s", errOut)
	}
	code, out, _ = run(t, "", nil, "check", "--corpus", dir)
	if code != 0 || !strings.Contains(out, "2 paragraphs") || !strings.Contains(out, "sentences") {
		t.Errorf("check should print the structure it read: exit %d\n%s", code, out)
	}
}
