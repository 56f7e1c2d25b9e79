package index

import (
	"slices"
	"strings"

	"storybot/index/internal/lexicon"
)

var (
	// asksOrdinal matches a question that asks where in an order a thing
	// stands, with the noun that is numbered: "what number mission is
	// Psyche?", "which flight number was this?", "which season was
	// this?". Only an ordinal that numbers that noun in the answering
	// sentence answers it: "what number was his car?" asks a number.
	asksOrdinal = lazyRE(`(?i)\b(?:what|which)\s+(?:number\s+(\pL+)|(\pL+)\s+number\b|(season|edition)\b)`)
	// firstOrLast matches the ordinals that open or close an order,
	// which "for the first time" uses with no count in mind.
	firstOrLast = lazyRE(`(?i)^(?:first|1st|last)$`)
	// ordinalIn is an ordinal in digits or words.
	ordinalIn = lazyRE(`(?i)\b(?:` + ordinalPattern + `|last)\b`)
)

// ordinalAnswer answers a question that asks where in an order a thing
// stands with the ordinal a best sentence gives the noun asked: "Psyche
// is the 14th mission selected …" answers "what number mission is
// Psyche?" with "14th mission"; "" when no best sentence has one.
func (e *Engine) ordinalAnswer(q *question, ranked []scored) string {
	noun := orderedNounAsked(q.core)
	if noun == "" {
		return ""
	}
	nounTerms := e.an.terms(noun)
	if noun == "time" && e.countsTimes(q, ranked) {
		// "has won the title five times … will play in the Cup for the
		// first time": the count of times answers, not the ordinal.
		return ""
	}
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

// countsTimes reports whether one of the best passages counts the times
// of what the question asks in so many words, a verb of the question in
// the clause before the count: "has won the title five times"
// answers "how many times has it won the title?"; "…, and the team won
// four times" counts no finals made, nor "Rovers had won twice before"
// meetings.
func (e *Engine) countsTimes(q *question, ranked []scored) bool {
	var verbs []string
	for _, u := range q.units {
		if u.topical && u.term != "" && (u.verb || inflectedVerb(u.word)) {
			verbs = append(verbs, u.term)
		}
	}
	for _, s := range ranked[:min(3, len(ranked))] {
		text := s.d.text
		for _, loc := range timesCount.FindAllStringIndex(text, -1) {
			clause := text[strings.LastIndexAny(text[:loc[0]], ",;:")+1 : loc[0]]
			if slices.ContainsFunc(e.an.terms(clause), func(t string) bool { return slices.Contains(verbs, t) }) {
				return true
			}
		}
	}
	return false
}

// inflectedVerb reports whether a word is a verb's inflected form
// ("visited", "won", "met"), as a question's verb after its subject is.
func inflectedVerb(w string) bool {
	base := lexicon.Base(w)
	return base != w && lexicon.Lookup(base).POS&lexicon.Verb != 0 && !strings.HasSuffix(w, "s")
}

// timesCount finds a count of times: "five times", "112 times", "twice".
var timesCount = lazyRE(`(?i)\b(?:\d[\d,]*|one|` + strings.Join(smallNumbers, "|") + `|several|many|dozens\s+of|hundreds\s+of)\s+times\b|\b(?:once|twice|thrice)\b`)

// orderedNounAsked is the noun whose place in an order a question asks,
// in lower case, or "": "mission" of "what number mission is Psyche?";
// "time" of "how many times had they met in a final?", which the count
// of the latest one answers ("the ninth time the sisters met"), as
// "the third year in a row" answers "how many years in a row …?".
func orderedNounAsked(core string) string {
	if m := asksOrdinal.FindStringSubmatch(core); m != nil {
		return strings.ToLower(m[1] + m[2] + m[3])
	}
	if m := asksTimesInOrder.FindStringSubmatch(core); m != nil && (strings.EqualFold(m[1], "times") || inARow.MatchString(core)) {
		return lexicon.Base(strings.ToLower(m[1]))
	}
	return ""
}

var (
	// asksTimesInOrder matches a count of times or of years, seasons
	// and the like: group 1 is the noun.
	asksTimesInOrder = lazyRE(`(?i)\bhow\s+many\s+(times|years|seasons|games|terms|days|months|weeks)\b`)
	// inARow matches the words that make a count of years one of a run:
	// "in a row", "straight", "consecutive", "running".
	inARow = lazyRE(`(?i)\b(?:in\s+a\s+row|straight|consecutive|running)\b`)
)

// ordinalOf is the first ordinal of a sentence that numbers the noun
// whose terms are given, with the noun, at most two words apart: "the
// third flight", "the 14th crewed mission"; else "".
func (e *Engine) ordinalOf(text string, nounTerms []string) string {
	for _, loc := range ordinalIn.FindAllStringIndex(text, -1) {
		if firstOrLast.MatchString(text[loc[0]:loc[1]]) && slices.Equal(nounTerms, e.an.terms("time")) {
			continue // "for the first time" counts no times
		}
		words := strings.Fields(text[loc[1]:])
		for i, w := range words[:min(3, len(words))] {
			if slices.Equal(e.an.terms(strings.Trim(w, ",.;:")), nounTerms) {
				ans := text[loc[0]:loc[1]] + " " + strings.TrimRight(strings.Join(words[:i+1], " "), ",.;:")
				if strings.HasPrefix(strings.Join(words[i+1:], " "), "in a row") {
					ans += " in a row" // "the third year in a row"
				}
				return ans
			}
		}
	}
	return ""
}
