package index

import (
	"regexp"
	"testing"
)

// TestEveryRegexpCompiles compiles each regular expression the package
// declares: they compile on first use, so one a test never reaches would
// otherwise first fail in a user's question.
func TestEveryRegexpCompiles(t *testing.T) {
	declaredMu.Lock()
	all := declared
	declaredMu.Unlock()
	if len(all) < 400 {
		t.Fatalf("only %d expressions declared: lazyRE no longer records them", len(all))
	}
	for _, l := range all {
		if _, err := regexp.Compile(l.src); err != nil {
			t.Errorf("%q: %v", l.src, err)
		}
	}
}

// TestLazyRegexpMatchesAsCompiled checks that a lazy expression answers
// as the compiled one does, and that one the package never uses has not
// been compiled.
func TestLazyRegexpMatchesAsCompiled(t *testing.T) {
	l := &lazyRegexp{src: `(\d+) (boats|bats)`} // not lazyRE: the test's own leaves declared alone
	if l.re != nil {
		t.Fatal("compiled before first use")
	}
	if got := l.FindStringSubmatch("we saw 600 bats"); len(got) != 3 || got[1] != "600" {
		t.Fatalf("FindStringSubmatch = %q", got)
	}
	if !l.MatchString("2 boats") || l.MatchString("two boats") || l.ReplaceAllString("3 bats", "$2") != "bats" {
		t.Fatal("a lazy expression matched otherwise than its source")
	}
}
