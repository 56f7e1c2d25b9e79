package index

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Readers write a compound as one word where the story writes two, or
// the other way round: "the play off" of a story's "playoff", "the
// keynote" of its "key note", "a steamboat" of its "steam boat". Each
// spelling then missed the other's passages, and a question about what
// the story says was refused. compoundSyns makes each spelling the
// other's near word, taken from the story's own text, not from a list.

// compoundSyns gives the question's words the story's spelling of the
// same compound: a word and the next one, which the story writes as
// one, and one word the story writes as two.
func (e *Engine) compoundSyns(q *question, toks []token) {
	for _, t := range toks {
		if m := compoundHalf.FindStringSubmatch(q.text[t.end:]); m != nil {
			e.joinedSyn(q, t, m[1])
		}
		if e.df[t.term] == 0 {
			e.splitSyns(q, t)
		}
	}
}

// compoundHalf matches the word after a word, past a space or a hyphen: the
// other half of a compound written in two. It is read from the text, as
// the analysis drops little words ("off" of "play off").
var compoundHalf = lazyRE(`^[ -](\pL+)\b`)

// joinedSyn adds the story's one-word spelling of a question word and
// the word after it to the units of both ("play off" → "playoff").
func (e *Engine) joinedSyn(q *question, t token, next string) {
	first, second := surface(q.text, t), strings.ToLower(next)
	if !e.hasTermOpening(first+second[:1], len(first)+len(second)) {
		return // the story has no word that opens so: no need to analyse it
	}
	terms := e.an.terms(first + second)
	if len(terms) != 1 || e.df[terms[0]] == 0 || terms[0] == t.term {
		return
	}
	halves := append(e.an.terms(next), t.term)
	for i, u := range q.units {
		if u.entity == "" && slices.Contains(halves, u.term) {
			q.units[i] = withSyns(u, terms)
		}
	}
}

// splitSyns adds the story's two-word spelling of a question word it
// does not say to that word's unit ("keynote" → "key", "note"), found
// where a paragraph writes the two halves next to each other.
func (e *Engine) splitSyns(q *question, t token) {
	word := surface(q.text, t)
	if len(word) < minCompoundBytes || !isLetters(word) {
		return
	}
	for cut := minHalfBytes; cut <= len(word)-minHalfBytes; cut++ {
		if !e.writesApart(word[:cut], word[cut:]) {
			continue
		}
		said := e.an.terms(word[:cut] + " " + word[cut:])
		for i, u := range q.units {
			if u.entity == "" && u.term == t.term {
				q.units[i] = withSyns(u, said)
			}
		}
		return
	}
}

// writesApart reports whether a paragraph of the story writes two words
// next to each other, parted by a space or a hyphen, each whole.
func (e *Engine) writesApart(a, b string) bool {
	for _, sep := range []string{" ", "-"} {
		pair := a + sep + b
		for _, p := range e.passages {
			if p.lower != "" && containsWords(p.lower, pair) {
				return true
			}
		}
	}
	return false
}

// isLetters reports whether a word is ASCII letters only: the
// compounds read here are plain words, no digits.
func isLetters(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLetter(r) }) < 0
}

// minCompoundBytes is the shortest question word read as a compound of
// two, and minHalfBytes its shortest half: shorter ones split into
// words too short to mean much ("in" + "to").
const (
	minCompoundBytes = 7
	minHalfBytes     = 3
)

// hasTermOpening reports whether the story has a term that opens with
// prefix and is no longer than most runes: a cheap test, as analysing
// every pair of a question's words costs more than all the rest of this.
func (e *Engine) hasTermOpening(prefix string, most int) bool {
	from := len([]rune(prefix))
	for n := from; n <= most; n++ {
		terms := e.byLen[n]
		i := sort.SearchStrings(terms, prefix)
		if i < len(terms) && strings.HasPrefix(terms[i], prefix) {
			return true
		}
	}
	return false
}
