package index

import (
	"regexp"
	"testing"
)

// TestEveryRegexpCompiles compiles each regular expression the package
// declares: they compile on first use, so one a test never reaches would
// otherwise first fail in a user's question.
func TestEveryRegexpCompiles(t *testing.T) {
	if len(declared) < 400 {
		t.Fatalf("only %d expressions declared: lazyRE no longer records them", len(declared))
	}
	for _, l := range declared {
		if _, err := regexp.Compile(l.src); err != nil {
			t.Errorf("%q: %v", l.src, err)
		}
	}
}

// TestLazyRegexpMatchesAsCompiled checks that a lazy expression answers
// as the compiled one does, and compiles once.
func TestLazyRegexpMatchesAsCompiled(t *testing.T) {
	l := lazyRE(`(\d+) (boats|bats)`)
	if got := l.FindStringSubmatch("we saw 600 bats"); len(got) != 3 || got[1] != "600" {
		t.Fatalf("FindStringSubmatch = %q", got)
	}
	first := l.get()
	if l.get() != first || !l.MatchString("2 boats") || l.MatchString("two boats") {
		t.Fatal("a lazy expression compiled twice or matched otherwise than its source")
	}
}
