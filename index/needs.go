package index

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Most of the engine's expressions look for a cue that few texts hold
// ("said", "how much", a month's name), and Go's matcher walks every
// text through every branch of them: half a question's time went to
// expressions that found nothing. Every match of most of them holds one
// of a few literal strings, though, and looking for those is many times
// cheaper. needs finds them when an expression compiles, and an
// expression whose literals a text lacks is not run on it: the answer
// is the same, no match.

// maxNeeded bounds how many literals a requirement may list; beyond it,
// looking for them all costs about what the expression does.
const maxNeeded = 64

// needs returns literals one of which every match of the expression
// holds, folded (foldText), or nil when it finds no such set: the
// expression may match without any literal (`\d+`), or the literals are
// too many or too common to be worth looking for (tooCommon).
func needs(src string) []string {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if prog, err := syntax.Compile(re); err == nil && prog.StartCond()&syntax.EmptyBeginText != 0 {
		// An expression anchored at the text's start is tried there
		// only: folding the whole text to look for its literals would
		// cost more than trying it (a paragraph's rest after each of
		// its names).
		return nil
	}
	lits, ok := required(re)
	if !ok || len(lits) == 0 || len(lits) > maxNeeded {
		return nil
	}
	if slices.ContainsFunc(lits, tooCommon) {
		return nil
	}
	return lits
}

// required returns literals, folded, one of which every match of re
// holds; ok is false when there are none.
func required(re *syntax.Regexp) (lits []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{foldRunes(re.Rune)}, len(re.Rune) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false
		}
		return required(re.Sub[0])
	case syntax.OpConcat:
		return requiredOfConcat(re.Sub)
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			l, ok := required(sub)
			if !ok {
				return nil, false
			}
			all = append(all, l...)
		}
		slices.Sort(all)
		return slices.Compact(all), len(all) <= maxNeeded
	}
	return nil, false
}

// requiredOfConcat returns the most telling requirement among the parts
// of a concatenation, every one of which a match holds: the one whose
// shortest literal is longest, then the one with fewest literals.
// Adjacent literal parts are joined first ("how" and " much").
func requiredOfConcat(subs []*syntax.Regexp) (best []string, ok bool) {
	var run []rune
	consider := func(lits []string) {
		if !ok || shortest(lits) > shortest(best) || shortest(lits) == shortest(best) && len(lits) < len(best) {
			best, ok = lits, true
		}
	}
	for _, sub := range subs {
		if sub.Op == syntax.OpLiteral {
			run = append(run, sub.Rune...)
			continue
		}
		if len(run) > 0 {
			consider([]string{foldRunes(run)})
			run = nil
		}
		if lits, sok := required(sub); sok {
			consider(lits)
		}
	}
	if len(run) > 0 {
		consider([]string{foldRunes(run)})
	}
	return best, ok
}

// shortest is the length in runes of the shortest of the literals.
func shortest(lits []string) int {
	n := -1
	for _, l := range lits {
		if c := utf8.RuneCountInString(l); n < 0 || c < n {
			n = c
		}
	}
	return n
}

// tooCommon reports whether a literal is not worth requiring: a single
// letter, digit or space is in almost every text (a quotation mark or a
// currency sign is not), and U+FFFD stands for any invalid byte.
func tooCommon(lit string) bool {
	r, size := utf8.DecodeRuneInString(lit)
	one := size == len(lit)
	return one && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r)) || strings.ContainsRune(lit, utf8.RuneError)
}

// foldRunes folds runes as foldText does.
func foldRunes(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune maps a rune to the least rune that matches it without regard
// to case (the least of its unicode.SimpleFold orbit, as (?i) matches):
// "k", "K" and the Kelvin sign all fold to "K". A case-sensitive literal
// folds too: what holds it, folded, holds it folded.
func foldRune(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}

// foldText folds a text rune by rune (foldRune); ASCII letters, most of
// what the engine reads even in a text with curly quotes, are folded in
// place of a call per rune.
func foldText(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, c) // an invalid byte stays itself, as no literal holds it
		} else {
			b = utf8.AppendRune(b, foldRune(r))
		}
		i += size
	}
	return string(b)
}

// mayHold reports whether a text may hold a match of an expression that
// needs one of the literals: false only when it holds none of them.
func mayHold(s string, lits []string) bool {
	if lits == nil {
		return true
	}
	f := foldText(s)
	return slices.ContainsFunc(lits, func(l string) bool { return strings.Contains(f, l) })
}
