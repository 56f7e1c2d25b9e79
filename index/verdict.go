package index

import "strings"

// leadTermBy answers a question that asks a sentence and names no one
// ("what was the sentence?", "how long did he get?") with the
// punishment read finds where the story's lead says a court gave it,
// which is the sentence of the case the story is about: "three years
// in prison" of "was sentenced to three years in prison and five years
// of ineligibility", "one year in jail" of "sentenced Acosta to one
// year in jail", "six months in federal prison" of "received six
// months in federal prison", "fined $100". Not a term of supervised
// release or probation, nor the most a law allows ("could have
// received a maximum sentence of one year"). A lead that gives no
// sentence leaves the question no line (eventRows), where a later
// paragraph's is as often another person's ("sentenced to life
// imprisonment" in an earlier case of the suspect's).
func leadTermBy(read func(text string) string) func(*Engine, *question) string {
	return func(e *Engine, _ *question) string { return e.fromLead(read) }
}

// bareTerm reports whether a question that asks a sentence names no
// one: "what was the sentence?", "how long did he get?".
func bareTerm(_ string, m []string) bool { return namesNoOne(m[1:]) }

// bareLengthOfTerm reports whether a question that asks a sentence
// names no one and asks how long: "how long did he get?", which is no
// fine.
func bareLengthOfTerm(core string, m []string) bool {
	return bareTerm(core, m) && asksDuration.MatchString(core)
}

// namesNoOne reports whether the who-slots of a question's match hold
// nothing but a pronoun: "how long did he get?", not "how long did
// Acosta get?".
func namesNoOne(slots []string) bool {
	for _, who := range slots {
		if who != "" && !termPronoun.MatchString(who) {
			return false
		}
	}
	return true
}

// termLine answers a question that asks a sentence with the punishment
// the best of the first three sentences that say as much of it as the
// first gives ("what sentence did Younge get?": "time already served"),
// or "".
func termLine(q *question, ranked []scored) string {
	if q.event == nil || q.event.cue != asksTerm {
		return ""
	}
	for _, s := range ranked[:min(3, len(ranked))] {
		if s.d.kind == docSentence && s.cover >= ranked[0].cover {
			if term := termIn(s.d.text); term != "" {
				return term
			}
		}
	}
	return ""
}

// prisonTermIn is the first term a text says a court gave, or "".
func prisonTermIn(text string) string {
	if term := termIn(text); !strings.HasPrefix(term, "fined") {
		return term
	}
	return ""
}

// termIn is the first punishment a text says a court gave, or "".
func termIn(text string) string {
	for _, m := range termGiven.FindAllStringSubmatchIndex(text, -1) {
		if afterTerm.MatchString(text[m[1]:]) || possibleTerm.MatchString(text[:m[0]]) {
			continue // "five years of supervised release"; "could have received a maximum sentence of one year"
		}
		if m[2] < 0 {
			return text[m[4]:m[5]] // "fined $100"
		}
		return text[m[2]:m[3]]
	}
	return ""
}

var (
	// asksTerm matches a question that asks a sentence and nothing
	// else: "what was the sentence?", "how long did he get?", "what
	// sentence did Acosta get?", "how much jail time did she get?".
	asksTerm = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:what\s+(?:was|were|is)\s+(?:the|his|her|their)\s+(?:final\s+)?(?:sentence|punishment)s?|what\s+(?:was|were)\s+` + termWho + `['’]s?\s+(?:sentence|punishment)s?|what\s+(?:sentence|punishment)\s+did\s+` + termWho + `\s+(?:get|receive)|how\s+(?:long|much\s+(?:jail\s+|prison\s+)?time)\s+(?:did|does|will)\s+` + termWho + `\s+(?:get|receive|serve)|how\s+long\s+(?:was|were|is)\s+` + termWho + `\s+sentenced(?:\s+to)?|what\s+(?:was|were|did)\s+` + termWho + `\s+(?:get\s+)?sentenced\s+to)(?:\s+in\s+(?:prison|jail))?\s*[?.!]*$`)
	// termPronoun matches a pronoun in the who-slot of a question that
	// asks a sentence.
	termPronoun = lazyRE(`(?i)^(?:he|she|they|him|her|his|their|it|the\s+(?:defendant|accused|suspect|man|woman|guy))$`)
	// asksDuration matches a question that asks how long a term is.
	asksDuration = lazyRE(`(?i)\bhow\s+(?:long|much\s+(?:\w+\s+)?time)\b`)
	// termGiven finds a punishment given: a term (group 1) or a fine
	// (group 2).
	termGiven = lazyRE(`(?i)(?:\bsentenced\s+(?:(?:\p{Lu}[\pL.'’-]*|him|her|them)\s+){0,3}to\s+(?:serve\s+)?|\b(?:received|got|given|handed|serve|serving)\s+(?:a\s+)?(?:suspended\s+)?(?:(?:prison|jail)\s+)?(?:sentence|term)\s+of\s+|\b(?:received|got)\s+)(` + termCore + `)|\b(fined\s+\p{Sc}\s?[\d,.]*\d(?:\s+(?:million|billion))?)`)
	// afterTerm matches what makes a term no sentence of prison: " of
	// supervised release", " of probation".
	afterTerm = lazyRE(`(?i)^\s+of\s+(?:supervised\s+release|probation|ineligibility|community\s+service|home\s+confinement)`)
	// possibleTerm matches the words before a term the law allows
	// rather than one a court gave: "could have received a maximum".
	possibleTerm = lazyRE(`(?i)\b(?:could|would|might|may|faces?|facing|faced)\b[^.;]{0,40}$`)
)

// termWho is the slot of who was sentenced: a pronoun or a name of up
// to four words.
const termWho = `([\pL.'’-]+(?:\s+[\pL.'’-]+){0,3}?)`

// termCore is a punishment's term: "three years in prison", "one year
// in jail", "51 months", "ten months in prison", "life imprisonment",
// "time already served", "12 months and one day in prison".
const termCore = `life(?:\s+imprisonment|\s+in\s+prison)?|death|time\s+(?:already\s+)?served|(?:\d+|a|an|[a-z]+(?:-[a-z]+)?)\s+(?:years?|months?|weeks?|days?)(?:\s+and\s+(?:\d+|a|an|[a-z]+)\s+(?:years?|months?|weeks?|days?))?(?:['’]s?)?(?:\s+(?:in\s+(?:\pL+\s+)?(?:prison|jail|custody|penitentiary)|(?:of\s+)?imprisonment))?`
