package index

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// FuzzWordsOfEnds checks that lastWords and firstWords, which read only
// as far as the words they return, give what splitting the whole text
// into runs of letters gives.
func FuzzWordsOfEnds(f *testing.F) {
	for _, s := range []string{"", "a", " Tom  Hale, 3 said ", "Ann-Marie O’Neil é ü", "…«Зоя»… x1y", "\xff\xfe ab"} {
		f.Add(s, 2)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = n%5 + 1
		if n < 1 {
			n += 5
		}
		all := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
		if got, want := lastWords(s, n), all[max(0, len(all)-n):]; !slices.Equal(got, want) {
			t.Errorf("lastWords(%q, %d) = %q, want %q", s, n, got, want)
		}
		if got, want := firstWords(s, n), all[:min(n, len(all))]; !slices.Equal(got, want) {
			t.Errorf("firstWords(%q, %d) = %q, want %q", s, n, got, want)
		}
	})
}
