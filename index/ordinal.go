package index

import (
	"slices"
	"strings"
)

var (
	// asksOrdinal matches a question that asks where in an order a thing
	// stands, with the noun that is numbered: "what number mission is
	// Psyche?", "which flight number was this?", "which season was
	// this?". Only an ordinal that numbers that noun in the answering
	// sentence answers it: "what number was his car?" asks a number.
	asksOrdinal = lazyRE(`(?i)\b(?:what|which)\s+(?:number\s+(\pL+)|(\pL+)\s+number\b|(season|edition)\b)`)
	// ordinalIn is an ordinal in digits or words.
	ordinalIn = lazyRE(`(?i)\b(?:` + ordinalPattern + `|last)\b`)
)

// ordinalAnswer answers a question that asks where in an order a thing
// stands with the ordinal a best sentence gives the noun asked: "Psyche
// is the 14th mission selected …" answers "what number mission is
// Psyche?" with "14th mission"; "" when no best sentence has one.
func (e *Engine) ordinalAnswer(q *question, ranked []scored) string {
	m := asksOrdinal.FindStringSubmatch(q.core)
	if m == nil {
		return ""
	}
	nounTerms := e.an.terms(strings.ToLower(m[1] + m[2] + m[3]))
	if len(nounTerms) == 0 {
		return "" // "what number was his car?" asks the car's number, not its place in an order
	}
	for d := range e.answeringSentences(q, ranked) {
		if ans := e.ordinalOf(d.text, nounTerms); ans != "" {
			return ans
		}
	}
	return ""
}

// ordinalOf is the first ordinal of a sentence that numbers the noun
// whose terms are given, with the noun, at most two words apart: "the
// third flight", "the 14th crewed mission"; else "".
func (e *Engine) ordinalOf(text string, nounTerms []string) string {
	for _, loc := range ordinalIn.FindAllStringIndex(text, -1) {
		words := strings.Fields(text[loc[1]:])
		for i, w := range words[:min(3, len(words))] {
			if slices.Equal(e.an.terms(strings.Trim(w, ",.;:")), nounTerms) {
				return text[loc[0]:loc[1]] + " " + strings.TrimRight(strings.Join(words[:i+1], " "), ",.;:")
			}
		}
	}
	return ""
}
