package index

import (
	"unicode"
	"unicode/utf8"
)

// letterRuns finds runs of letters in a text, as the expression `\p{L}+`
// does, by hand: it is the engine's commonest expression, run thousands
// of times a question (wordRe), and a loop over runes is several times
// faster than the matcher. A byte that is no UTF-8 is no letter, as the
// matcher reads it as U+FFFD.
type letterRuns struct{}

// FindAllStringIndex is regexp.Regexp's for `\p{L}+`: the byte ranges of
// the first n runs of letters, all when n < 0.
func (letterRuns) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	for from := 0; n < 0 || len(out) < n; {
		start, end := nextLetterRun(s, from)
		if start < 0 {
			break
		}
		out = append(out, []int{start, end})
		from = end
	}
	return out
}

// FindAllString is regexp.Regexp's for `\p{L}+`: the first n runs of
// letters, all when n < 0.
func (l letterRuns) FindAllString(s string, n int) []string {
	var out []string
	for _, m := range l.FindAllStringIndex(s, n) {
		out = append(out, s[m[0]:m[1]])
	}
	return out
}

// FindString is regexp.Regexp's for `\p{L}+`: the first run of letters,
// or "".
func (letterRuns) FindString(s string) string {
	start, end := nextLetterRun(s, 0)
	if start < 0 {
		return ""
	}
	return s[start:end]
}

// nextLetterRun is the byte range of the first run of letters at or
// after from, or -1, -1.
func nextLetterRun(s string, from int) (start, end int) {
	start = -1
	for i := from; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		letter := unicode.IsLetter(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			return start, i
		}
		i += size
	}
	if start < 0 {
		return -1, -1
	}
	return start, len(s)
}
