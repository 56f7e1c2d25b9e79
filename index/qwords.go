package index

import (
	"strings"
	"unicode"

	"storybot/index/internal/lexicon"
)

// questionWords are the words that open a question. Typed fast they come
// out as other English words ("wats", "dose", "wen") or as none ("hw"),
// which respell, correcting only words English lacks, leaves alone.
var questionWords = []string{
	"what", "what's", "when", "where", "who", "who's", "whom", "whose", "why",
	"how", "which", "does", "did", "was", "were", "are", "can", "could", "has",
	"have", "will", "would", "should", "is", "do",
}

// commonZipf is the frequency from which an English word is meant as
// typed even where a question word is expected: "an", "hat" and "as" are
// too common to be slips for "can", "what" and "was"; "dose" and "wen"
// are not.
const commonZipf = 4.5

// afterSlot are the words after which a question word is expected: the
// joining words that open a clause, and the question words themselves
// ("where dose …").
var afterSlot = map[string]bool{
	"and": true, "so": true, "but": true, "ok": true, "okay": true, "yo": true, "hey": true,
	"also": true, "then": true, "what": true, "when": true, "where": true, "who": true,
	"why": true, "how": true, "which": true,
}

// fixQuestionWords reads a mistyped question word in a place where a
// question word is expected (the start of the message or of a clause,
// or after a question word) as the one meant: "wats the phone number"
// asks what, "where dose it live" asks where it does. A word the story
// uses is meant as typed, and a word as near to two question words in the
// same way ("hwo": how or who) is left alone.
func (e *Engine) fixQuestionWords(text string) string {
	var b strings.Builder
	last, prevEnd, prev := 0, 0, ""
	chat := true // only chat so far: "ngl whats …" asks what
	for _, m := range wordRe.FindAllStringIndex(text, -1) {
		word := text[m[0]:m[1]]
		gap := strings.TrimSpace(text[prevEnd:m[0]])
		slot := m[0] == 0 || gap != "" && strings.ContainsAny(gap, ",.;:?!") || gap == "" && (afterSlot[strings.ToLower(prev)] || chat)
		chat = chat && chatOpener(word)
		afterHow := gap == "" && strings.EqualFold(prev, "how")
		prev, prevEnd = word, m[1]
		fix, ok := "", false
		switch {
		case afterHow:
			fix, ok = e.quantityWordFor(word) // "how meny", "how mcuh"
			if !ok && !describes(word) {
				fix, ok = e.questionWordFor(word, false) // "how dose it work"
			}
		case slot && wereForWhere(word, text[m[1]:]):
			fix, ok = "where", true // "were does the dredged sand go"
		case slot:
			fix, ok = e.questionWordFor(word, m[0] == 0)
		}
		if !ok {
			continue
		}
		b.WriteString(text[last:m[0]])
		b.WriteString(fix)
		last = m[1]
		prev = fix
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// chatOpener reports whether a word a message opens with is chat
// before its question: one English knows as no noun, verb or adjective
// ("ngl", "bruh", "tbh"), and not a question word.
func chatOpener(word string) bool {
	w := strings.ToLower(word)
	x := lexicon.Lookup(w)
	return !questionWord[w] && !determiner[w] && x.POS&(lexicon.Noun|lexicon.Verb|lexicon.Adjective) == 0
}

// wereForWhere reports whether a "were" that opens a question is a
// slip for "where": a question that opens "were" goes on with its
// subject ("were they …"), never with another verb ("were does …",
// "were is …").
func wereForWhere(word, after string) bool {
	m := nextWord.FindStringSubmatch(after)
	return strings.EqualFold(word, "were") && m != nil && auxiliary[strings.ToLower(m[1])]
}

// questionWordFor is the question word a typed word stands for, if any.
// Only the first word of a message may be capitalised: elsewhere a
// capital marks a name. Two-letter words are left alone: "id" and "im"
// are "I'd" and "I'm" more often than slips.
func (e *Engine) questionWordFor(word string, first bool) (string, bool) {
	lw := strings.ToLower(word)
	if len(lw) < 3 || len(lw) > 6 || !isASCII([]byte(lw)) || !first && unicode.IsUpper([]rune(word)[0]) {
		return "", false
	}
	for _, w := range questionWords {
		if lw == w {
			return "", false
		}
	}
	if e.says(lw) {
		return "", false
	}
	common := lexicon.Lookup(lw).Zipf() >= commonZipf
	best, bestSlip, tied := "", slipRanks, false
	for _, w := range questionWords {
		s := slipOf([]rune(lw), []rune(strings.ReplaceAll(w, "'", "")))
		switch {
		case s < bestSlip:
			best, bestSlip, tied = w, s, false
		case s == bestSlip && s < slipRanks:
			tied = true
		}
	}
	if best == "" || tied || common && bestSlip != slipSame {
		return "", false
	}
	if unicode.IsUpper([]rune(word)[0]) {
		best = capitalise(best)
	}
	return best, true
}

// quantityWordFor is "many" or "much" for a word typed after "how" one
// slip away from it ("meny", "mcuh"), unless the word is the story's or
// common in English ("how men", "how mach" stay as typed).
func (e *Engine) quantityWordFor(word string) (string, bool) {
	lw := strings.ToLower(word)
	if lw == "many" || lw == "much" || e.says(lw) || lexicon.Lookup(lw).Zipf() >= commonZipf {
		return "", false
	}
	for _, w := range []string{"many", "much"} {
		if slipOf([]rune(lw), []rune(w)) < slipRanks {
			return w, true
		}
	}
	if lexicon.Lookup(lw).POS != 0 {
		return "", false // "how fat" is meant as typed, not "how far"
	}
	fix := ""
	for _, w := range howAdjectives {
		if slipOf([]rune(lw), []rune(w)) <= slipExtra {
			if fix != "" {
				return "", false // as near two of them
			}
			fix = w
		}
	}
	return fix, fix != ""
}

// howAdjectives are the words "how" asks a measure by, which a fast
// typist slips on ("how tal was he", "how lnog did it last").
var howAdjectives = []string{"long", "far", "tall", "big", "old", "deep", "wide", "high", "fast", "heavy", "large", "often", "soon"}

// describes reports whether English has a word as an adjective or an
// adverb, as "how" asks of one: "how rare", not "how are".
func describes(word string) bool {
	return lexicon.Lookup(strings.ToLower(word)).POS&(lexicon.Adjective|lexicon.Adverb) != 0
}

// Slips ranked by how likely a fast typist makes them: a letter left
// out or two swapped ("wat", "dose") before one too many, before a wrong
// one. slipRanks means "not one slip away".
const (
	slipSame = iota
	slipLeftOut
	slipExtra
	slipChanged
	slipRanks
)

// slipOf says which one slip turns want into typed.
func slipOf(typed, want []rune) int {
	if string(typed) == string(want) {
		return slipSame
	}
	if editDistance(typed, want, 1) != 1 {
		return slipRanks
	}
	switch {
	case len(typed) < len(want):
		return slipLeftOut
	case len(typed) > len(want):
		return slipExtra
	case swappedPair(typed, want):
		return slipLeftOut // as likely as a letter left out
	}
	return slipChanged
}

// swappedPair reports whether a and b (of one length) differ by two
// neighbouring letters changing places.
func swappedPair(a, b []rune) bool {
	for i := 0; i+1 < len(a); i++ {
		if a[i] != b[i] {
			return a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:])
		}
	}
	return false
}

// withDid writes out the "'d" chat puts on a question word: "where'd they
// do this?" asks where they did it, not whether they did.
func withDid(text string) string {
	return questionWordDid.ReplaceAllString(text, "$1 did")
}

// questionWordDid matches a question word with "'d" after it; "who'd"
// and "what'd" as often say "had" or "would".
var questionWordDid = lazyRE(`(?i)\b(where|when|how|why)['’]d\b`)
