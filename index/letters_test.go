package index

import (
	"regexp"
	"slices"
	"testing"
)

// letterRunsSeeds are texts whose runs of letters letterRuns must find
// as `\p{L}+` does: accents, other scripts, apostrophes, invalid bytes.
var letterRunsSeeds = []string{"", " ", "who is Camerron?", "O’Hara's 81 MiG-29s", "Су-24 летучие мыши", "naïve café", "\xff\xfeab\xffcd", "ǅemal ŉ ᾈ", "a", "1 2 3", "日本語のテキスト", "x\u0301y"}

// FuzzLetterRuns checks letterRuns against the expression it stands for.
func FuzzLetterRuns(f *testing.F) {
	for _, s := range letterRunsSeeds {
		f.Add(s, -1)
		f.Add(s, 2)
	}
	re := regexp.MustCompile(`\p{L}+`)
	f.Fuzz(func(t *testing.T, s string, n int) {
		var l letterRuns
		if got, want := l.FindAllStringIndex(s, n), re.FindAllStringIndex(s, n); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("FindAllStringIndex(%q, %d) = %v, want %v", s, n, got, want)
		}
		if got, want := l.FindAllString(s, n), re.FindAllString(s, n); !slices.Equal(got, want) {
			t.Errorf("FindAllString(%q, %d) = %q, want %q", s, n, got, want)
		}
		if got, want := l.FindString(s), re.FindString(s); got != want {
			t.Errorf("FindString(%q) = %q, want %q", s, got, want)
		}
	})
}
