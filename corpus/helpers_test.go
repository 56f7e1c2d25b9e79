package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// validArticle is a small markdown article that loads.
const validArticle = `# Test article

Kazakhstan sold 81 aircraft to the United States. The MiG-29 was among them.

## The sale

The sale was agreed in March 2023.
`

// validFacts is a small fact sheet that loads. The broken-corpus tests edit
// it one mistake at a time, so keep it free of problems.
const validFacts = `title: Test story
fields:
  - key: date
    label: Date
    cues: [when, date]
  - key: role
    label: Role
    cues: [role, type]
entries:
  - id: mig-29
    kind: aircraft
    name: MiG-29
    aliases: [Fulcrum]
    summary: Soviet fighter.
    attributes:
      - {key: role, value: fighter, source: background}
    related: [sale]
  - id: sale
    kind: event
    name: Aircraft sale
    summary: The sale.
    attributes:
      - {key: date, value: March 2023, source: article}
    story: The sale happened.
    related: [mig-29]
`

// files builds an in-memory corpus directory from name/content pairs.
func files(kv ...string) fstest.MapFS {
	if len(kv)%2 != 0 {
		panic("files: odd number of arguments")
	}
	m := fstest.MapFS{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i]] = &fstest.MapFile{Data: []byte(kv[i+1])}
	}
	return m
}

// withFacts is a corpus of validArticle and the given fact sheet.
func withFacts(facts string) fstest.MapFS {
	return files(ArticleFile, validArticle, FactsFile, facts)
}

// edit replaces the single occurrence of old in s; it panics when old does
// not occur exactly once, so a stale table entry cannot pass unnoticed.
func edit(s, old, new string) string {
	if n := strings.Count(s, old); n != 1 {
		panic(fmt.Sprintf("edit: %q occurs %d times, want 1", old, n))
	}
	return strings.Replace(s, old, new, 1)
}

// lineOf returns the 1-based line of the nth (1-based) line of s containing
// needle; it panics when there is none.
func lineOf(s, needle string, nth int) int {
	for i, l := range strings.Split(s, "\n") {
		if strings.Contains(l, needle) {
			nth--
			if nth == 0 {
				return i + 1
			}
		}
	}
	panic(fmt.Sprintf("lineOf: %q not found", needle))
}

// loadOK loads fsys and fails the test unless it loads cleanly.
func loadOK(t *testing.T, fsys fs.FS) *Corpus {
	t.Helper()
	c, err := Load(fsys)
	if err != nil {
		t.Fatalf("Load: unexpected error:\n%v", err)
	}
	if c == nil {
		t.Fatal("Load returned a nil corpus and a nil error")
	}
	return c
}

// loadFail loads fsys, expecting it to be rejected with a *ValidationError
// and no corpus at all.
func loadFail(t *testing.T, fsys fs.FS) *ValidationError {
	t.Helper()
	c, err := Load(fsys)
	if err == nil {
		t.Fatal("Load accepted a broken corpus")
	}
	if c != nil {
		t.Errorf("Load returned a corpus along with the error %v; want nil", err)
	}
	var v *ValidationError
	if !errors.As(err, &v) {
		t.Fatalf("Load error is %T (%v), want *ValidationError", err, err)
	}
	if len(v.Problems) == 0 {
		t.Fatalf("ValidationError with no problems: %q", err)
	}
	return v
}

// want is one expected problem: file, line and fragments of the message.
type want struct {
	file string
	line int
	msg  []string
}

func (w want) String() string {
	return fmt.Sprintf("%s:%d: …%s…", w.file, w.line, strings.Join(w.msg, "…"))
}

func (w want) matches(p *Error) bool {
	if p.File != w.file || p.Line != w.line {
		return false
	}
	for _, m := range w.msg {
		if !strings.Contains(p.Msg, m) {
			return false
		}
	}
	return true
}

// checkProblems requires the problems to be exactly wants, in order.
func checkProblems(t *testing.T, v *ValidationError, wants ...want) {
	t.Helper()
	ok := len(v.Problems) == len(wants)
	for i := 0; ok && i < len(wants); i++ {
		ok = wants[i].matches(v.Problems[i])
	}
	if !ok {
		var got strings.Builder
		for _, p := range v.Problems {
			fmt.Fprintf(&got, "\n\t%v", p)
		}
		var exp strings.Builder
		for _, w := range wants {
			fmt.Fprintf(&exp, "\n\t%v", w)
		}
		t.Errorf("problems:%s\nwant:%s", got.String(), exp.String())
	}
}

// sharedArticle reads the user's article from the shared folder, skipping
// the test when it is not there.
func sharedArticle(t *testing.T) string {
	t.Helper()
	const path = "../../shared/story/article.txt"
	if _, err := os.Stat("../../shared"); err != nil {
		t.Skipf("no shared folder: %v", err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("no user article: %v", err)
	}
	return string(data)
}

// knownBug skips the running test when got is exactly the wrong result the
// current code is known to produce, naming the bug; any other result is
// checked by the caller as usual. The suite stays green while the bug is
// open and starts asserting the right behaviour as soon as it is fixed.
func knownBug(t *testing.T, got, buggy any, bug string) {
	t.Helper()
	if fmt.Sprintf("%#v", got) == fmt.Sprintf("%#v", buggy) {
		t.Skipf("KNOWN BUG (reported, not fixed here): %s; got %v", bug, got)
	}
}
