package index

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled the first time it is used.
// The engine holds some 500 of them, most for questions of one kind:
// compiled at start, they cost a `storybot ask` process more time than
// answering its question does.
type lazyRegexp struct {
	once sync.Once
	src  string
	re   *regexp.Regexp
	// needs are literals one of which every match holds (needs), or nil.
	needs []string
}

// lazyRE returns a regular expression that compiles on first use and
// panics then if src is not valid, as regexp.MustCompile does at start;
// TestEveryRegexpCompiles compiles every one the package declares.
func lazyRE(src string) *lazyRegexp {
	l := &lazyRegexp{src: src}
	declaredMu.Lock()
	declared = append(declared, l)
	declaredMu.Unlock()
	return l
}

// declared are the expressions lazyRE has made, for the test that
// compiles them all.
var (
	declaredMu sync.Mutex
	declared   []*lazyRegexp
)

// get is the compiled expression.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re, l.needs = regexp.MustCompile(l.src), needs(l.src) })
	return l.re
}

// may reports whether s may hold a match (mayHold); it compiles the
// expression first if it has not been.
func (l *lazyRegexp) may(s string) bool {
	l.get()
	return mayHold(s, l.needs)
}

// String is the expression's source text.
func (l *lazyRegexp) String() string { return l.src }

// MatchString is regexp.Regexp's.
func (l *lazyRegexp) MatchString(s string) bool { return l.may(s) && l.re.MatchString(s) }

// FindString is regexp.Regexp's.
func (l *lazyRegexp) FindString(s string) string {
	if !l.may(s) {
		return ""
	}
	return l.re.FindString(s)
}

// FindStringIndex is regexp.Regexp's.
func (l *lazyRegexp) FindStringIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringIndex(s)
}

// FindStringSubmatch is regexp.Regexp's.
func (l *lazyRegexp) FindStringSubmatch(s string) []string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp.Regexp's.
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringSubmatchIndex(s)
}

// FindAllString is regexp.Regexp's.
func (l *lazyRegexp) FindAllString(s string, n int) []string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllString(s, n)
}

// FindAllStringIndex is regexp.Regexp's.
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp.Regexp's.
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp's.
func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is regexp.Regexp's.
func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	if !l.may(src) {
		return src
	}
	return l.re.ReplaceAllString(src, repl)
}

// ReplaceAllStringFunc is regexp.Regexp's.
func (l *lazyRegexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if !l.may(src) {
		return src
	}
	return l.re.ReplaceAllStringFunc(src, repl)
}

// Split is regexp.Regexp's.
func (l *lazyRegexp) Split(s string, n int) []string { return l.get().Split(s, n) }
