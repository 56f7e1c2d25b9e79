package index

import (
	"slices"
	"strings"

	"storybot/index/internal/lexicon"
)

// A reader asks what caused the story's event: "what caused it?", "why
// did it happen?", "what was the cause of the crash?". The question's
// words are its frame, and the passages that say them most ("the crash",
// "happened") seldom give the cause; the article's own statement of it
// does: "the crash was caused by dual engine failures", "The causes of
// the crash were fuel exhaustion …", "Driver error was found to be the
// cause of the accident".

// asksCauseOf matches a question for the cause of the story's event
// (asksCause's and more: "what caused the crash?"); a
// group holds the event's noun when the question names one ("the
// crash"), and none does for "it".
var asksCauseOf = lazyRE(`(?i)^(?:so\s+|ok\s+|and\s+)?(?:` +
	`(?:what|wat)\s+(?:caused|causes|triggered|started|sparked|set\s+off)\s+(?:it|this|that|(?:the|this|that)\s+([\p{L}-]+))` +
	`|(?:what(?:'s|’s| is| was| were)|whats)\s+the\s+(?:(?:main|real|official|probable|likely|primary|root|actual)\s+)?(?:cause|causes|reason)(?:\s+(?:for|of|behind)\s+(?:it|this|that|(?:the|this|that)\s+([\p{L}-]+)))?` +
	`|(?:why|how)\s+did\s+(?:it|this|that)\s+happen` +
	`|how\s+did\s+(?:it|this|that|the\s+([\p{L}-]+))\s+(?:happen|start|begin)` +
	`)\s*[?.!]*$`)

// causeSaid are the shapes of a sentence that says what caused an event;
// the group is the event's noun.
var causeSaid = []*lazyRegexp{
	// "the primary cause of the crash was …", "The causes of the crash were …"
	lazyRE(`(?i)\bcauses?\s+of\s+(?:the|this|that|its)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s+(?:was|were|is|are|has\s+been|had\s+been)\s`),
	// "the crash was caused by …", "The accident was caused due to …"
	lazyRE(`(?i)\b(?:the|this|that|its)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:caused|triggered|sparked)\s+(?:by|due\s+to)\b`),
	// "Driver error was found to be the cause of the accident"
	lazyRE(`(?i)\b(?:was|were|is|are)\s+(?:(?:found|determined|ruled|judged|believed|thought|considered|said|named|identified|deemed)\s+(?:to\s+(?:be|have\s+been)\s+|as\s+)?)?(?:the|a)\s+(?:\w+\s+)?cause\s+of\s+(?:the|this|that|its)\s+(?:[\p{L}-]+\s+)??([\p{L}-]+)`),
	// "attributed the crash to …", "blamed the fire on …"
	lazyRE(`(?i)\b(?:attributed|blamed)\s+(?:the|this|that|its)\s+(?:[\p{L}-]+\s+)??([\p{L}-]+)\s+(?:\w+\s+)?(?:to|on)\b`),
}

// causeUnknown matches the words that say a cause is not known, or
// that a cause named is not the one: "could not pinpoint the cause",
// "the cause was never determined", "this cause was rejected", "was not
// caused by arson". An "unknown mechanical fault" is a cause.
var causeUnknown = lazyRE(`(?i)\bcauses?\b[^.;]{0,40}?\b(?:undetermined|unknown|not\s+(?:yet\s+)?(?:been\s+)?(?:determined|established|found|known)|never\s+(?:been\s+)?(?:determined|established|found)|rejected|ruled\s+out|disproved)\b|\b(?:unable|not\s+able|could\s+not|cannot|failed)\s+to\s+(?:\w+\s+)?(?:pinpoint|determine|identify|establish|find)\s+(?:the\s+|its\s+)?(?:\w+\s+)?cause|\bnot\s+(?:\w+\s+)?(?:caused|triggered|sparked)\b`)

// mishapNouns are the nouns one mishap goes by: a question for the cause
// of "the accident" asks what the article says caused "the crash".
var mishapNouns = map[string]bool{"crash": true, "accident": true, "disaster": true, "collision": true, "derailment": true,
	"incident": true, "tragedy": true, "explosion": true, "blast": true, "fire": true, "blaze": true, "sinking": true, "collapse": true, "wreck": true}

// statedCause is the document and line of the article's first sentence
// that says what caused the event a question asks the cause of (the
// noun asksCauseOf reads, or the story's own for "it"), or -1 when the
// article says no cause of it.
func (e *Engine) statedCause(q *question) (int, string) {
	m := asksCauseOf.FindStringSubmatch(q.core)
	if m == nil {
		return -1, ""
	}
	return e.causeSentence(strings.ToLower(strings.Join(m[1:], "")), e.leadWords())
}

// causeSentence is the document of the first article sentence that says
// what caused the event asked about ("" for the story's own), and the
// line it gives, or -1. A sentence that opens with "This" ("This was
// determined to be the cause of the roof collapse") is given with the
// one before, which says what "this" is.
func (e *Engine) causeSentence(asked string, lead map[string]bool) (int, string) {
	i := e.firstArticleSentence(func(text string) bool {
		return saysCauseOf(text, func(said string) bool { return sameEvent(said, asked, lead) })
	})
	if i < 0 {
		return -1, ""
	}
	line := e.docs[i].text
	if pronounSubject.MatchString(line) {
		line = strings.TrimSpace(previousSentence(e.docs[i]) + " " + line)
	}
	return i, line
}

// firstArticleSentence is the document of the article's first sentence
// that ok accepts, or -1.
func (e *Engine) firstArticleSentence(ok func(text string) bool) int {
	return slices.IndexFunc(e.docs, func(d *doc) bool { return d.kind == docSentence && d.para != nil && ok(d.text) })
}

// pronounSubject matches a sentence whose subject is a pronoun for what
// the sentence before said.
var pronounSubject = lazyRE(`^(?:This|That|It|These|Those)\s`)

// saysCauseOf reports whether a sentence says what caused an event the
// asked function accepts by its noun.
func saysCauseOf(sentence string, asked func(said string) bool) bool {
	if causeUnknown.MatchString(sentence) {
		return false
	}
	for _, re := range causeSaid {
		for _, m := range re.FindAllStringSubmatchIndex(sentence, -1) {
			if asked(strings.ToLower(sentence[m[2]:m[3]])) && !blameAsked.MatchString(sentence[:m[0]]) {
				return true // not "investigating whether the fire was caused by …"
			}
		}
	}
	return false
}

// sameEvent reports whether the event a sentence names is the one asked
// about: the same noun, or both nouns of one mishap. A question that
// says "it" asks about the story's own event, which the title or the
// lead names (lead holds their words' stems): "what caused it?" of a
// race is not answered by the cause of a crash on lap four.
func sameEvent(said, asked string, lead map[string]bool) bool {
	switch {
	case asked == "":
		return lead[stem(said)] || mishapNouns[said] && saysMishap(lead)
	case stem(said) == stem(asked):
		return true
	}
	return mishapNouns[said] && mishapNouns[asked]
}

// saysMishap reports whether the stems of a text's words hold a mishap's
// noun ("crashed" holds "crash").
func saysMishap(stems map[string]bool) bool {
	for n := range mishapNouns {
		if stems[stem(n)] {
			return true
		}
	}
	return false
}

// leadWords are the stems of the words of the story's title and first
// paragraph, but its little words.
func (e *Engine) leadWords() map[string]bool {
	texts := []string{e.corpus.Title}
	if lead := e.leadTexts(); len(lead) > 0 {
		texts = append(texts, lead[0])
	}
	out := map[string]bool{}
	for _, w := range wordRe.FindAllString(strings.ToLower(strings.Join(texts, " ")), -1) {
		if !stopWord(w) {
			out[stem(w)] = true // not "on" of "the crash on lap 40"
		}
	}
	return out
}

// asksBlame matches a question for who is to blame for the story's
// event ("who was to blame?", "who's responsible for the crash?",
// "whose fault was it?"); the group is the event's noun when the
// question names one.
var asksBlame = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:(?:who(?:'s|’s|s|\s+is|\s+was|\s+were)|whos)\s+(?:to\s+blame|responsible|at\s+fault)|whose\s+fault\s+(?:was|is)\s+(?:it|this|that)|who\s+caused\s+(?:it|this|that))(?:\s+for\s+(?:it|this|that|the\s+([\p{L}-]+)))?\s*[?.!]*$`)

// blameSaid matches the words that lay blame: "blamed", "held …
// responsible", "was at fault for".
var blameSaid = lazyRE(`(?i)\bblamed\b|\b(?:held|found|ruled|deemed)\s+(?:\S+\s+){0,4}?(?:responsible|liable|at\s+fault|to\s+blame|negligent)\b|\b(?:was|were)\s+(?:\w+\s+)?(?:responsible|to\s+blame|at\s+fault)\s+for\b`)

// statedBlame is the document and line of the article's first sentence
// that lays blame for the event asked about ("The Inquiry's report …
// blamed Mont-Blanc's captain … for navigational errors that led to the
// explosion"), else of the one that says its cause ("Driver error was
// found to be the cause of the accident"), or -1.
func (e *Engine) statedBlame(q *question) (int, string) {
	m := asksBlame.FindStringSubmatch(q.core)
	if m == nil {
		return -1, ""
	}
	asked, lead := strings.ToLower(m[1]), e.leadWords()
	i := e.firstArticleSentence(func(text string) bool {
		return laysBlameFor(text, func(rest string) bool { return namesEvent(rest, asked, lead, e.titleNouns) })
	})
	if i >= 0 {
		return i, e.docs[i].text
	}
	return e.causeSentence(asked, lead)
}

// laysBlameFor reports whether a sentence lays blame for what the words
// after its blame say, as forEvent tells: "blamed the captain for
// errors that led to the explosion", not "claiming the dispute was
// responsible for the standstill" (the event blamed), nor "an
// investigation into who was at fault for the accident" (no blame yet).
func laysBlameFor(sentence string, forEvent func(rest string) bool) bool {
	for _, loc := range blameSaid.FindAllStringIndex(sentence, -1) {
		rest := sentence[loc[0]:]
		if !strings.Contains(strings.ToLower(sentence[loc[0]:loc[1]]), "blamed") {
			// "was responsible for the crash", not "was responsible for
			// the search after the crash"
			rest = strings.Join(firstWords(sentence[loc[1]:], 3), " ")
		}
		if !blameAsked.MatchString(sentence[:loc[0]]) && forEvent(rest) {
			return true
		}
	}
	return false
}

// blameAsked matches a word that makes the blame after it a question:
// "who was at fault", "whether anyone was responsible".
var blameAsked = lazyRE(`(?i)\b(?:who|whether|if)\s+(?:\w+\s+)?$`)

// namesEvent reports whether a sentence names the event asked about: the
// question's noun or a noun of the same mishap; for "it", a common noun
// of the title (titleNouns) or, in a story of a mishap, a mishap's noun.
func namesEvent(sentence, asked string, lead, title map[string]bool) bool {
	for _, w := range wordRe.FindAllString(strings.ToLower(sentence), -1) {
		switch {
		case asked != "" && sameEvent(w, asked, lead),
			asked == "" && (title[w] || title[lexicon.Base(w)] || mishapNouns[w] && saysMishap(lead)):
			return true
		}
	}
	return false
}
