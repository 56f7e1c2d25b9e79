package index

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"storybot/corpus"
	"storybot/index/internal/lexicon"
)

var (
	// yearIn is what dateExpr can find in one word: a year.
	yearIn = lazyRE(`\b(?:1[6-9]|20)\d{2}\b`)
	// dateExpr finds a dated time: a day or days ("April 16, 2024", "18
	// January 2024", "28–29 June 2017"), a month or season of a year, a
	// season of two ("1916–17"), or a year.
	dateExpr = lazyRE(`\b(?:(?:\d{1,2}(?:(?:st|nd|rd|th)?` + dayRangeTo + `(?:the\s+)?\d{1,2})?` + ordinalOf + `\s+)?(?:` + monthNames + `)(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:` + dayRangeTo + `\d{1,2})?,?)?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)(?:\s+of)?\s+(?:` + monthNames + `),\s+\d{4}|(?i:spring|summer|autumn|fall|winter)(?:\s+of)?\s+\d{4}|(?:1[6-9]|20)\d{2}[-–]\d{2}\b|(?:1[6-9]|20)\d{2})\b|` + holidays)
	// moneyExpr finds an amount with a currency sign ("$3 billion",
	// "₹1,261", "₡106 billion": any of Unicode's; "₹20–30" a range) or a
	// number before a word, which moneySpans keeps when English has the
	// word for money ("20 million euros", "500 pesos").
	moneyExpr = lazyRE(`(?i)\p{Sc}\s?` + digits + `(?:\s?[–-]\s?` + digits + `)?(?:\s*(?:` + moneyScale + `))?|\b` + digits + `\s*(?:` + moneyScale + `)?\s*(?:U\.?S\.?\s+)?(\pL+)`)
	// countExpr finds a number and the words it counts ("40 second-hand
	// fishing boats"), but not the number of a designation ("KX-7")
	// or a year. A comma belongs to a number only before three digits:
	// "N.C. 105, that tracked the bats" counts no bats.
	countExpr  = lazyRE(`(?i)(?:^|[^\p{L}\p{N}-])((?:\d{1,3}(?:,\d{3})+\b|\d+\b|` + wordsPattern(numberWords) + `)(?:\s+[\p{L}][\p{L}\p{N}-]*){0,4})`)
	countStops = map[string]bool{"to": true, "from": true, "of": true, "in": true, "and": true, "or": true, "for": true, "with": true, "at": true, "by": true, "on": true, "were": true, "was": true, "are": true, "is": true}
)

// moneyScale are the words that scale an amount: "3 billion", and South
// Asian English's "6 crore" (ten million) and "5 lakh" (a hundred
// thousand).
const moneyScale = `million|billion|trillion|thousand|crores?|lakhs?`

// direct picks the short answer for a question from the best-ranked
// documents. ok is false when the question wants a kind of answer (a date,
// a price) that the documents about its subject do not hold: the story then
// doesn't say, however well the subject matches.
func (e *Engine) direct(q *question, ranked []scored) (answer string, ok bool) {
	if q.kind == qYesNo && q.clauseLed {
		// "When the engine failed, did anyone answer?" is judged by
		// "did anyone answer?": the sentence's own "when its engine
		// failed" says nothing of whether anyone did.
		q = e.parse(q.core)
	}
	if line, bare := e.leadLine(q); bare {
		return line, true // "who won?": "Richmond"; "how many died?": "79"; no line when the lead names no winner
	}
	if toll := tollFromBest(q, ranked); toll != "" {
		return toll, true // "how many died?" of a lead that gives no toll
	}
	if q.kind != qYesNo && q.kind != qCompare && (e.untoldDimension(q) || e.unnamedRole(q) || e.untoldNamePart(q)) {
		// "How fast was the asteroid going?" of a story that gives no
		// speed anywhere: the story doesn't say, however well the
		// asteroid matches.
		return "", false
	}
	if e.bestTellsOfOther(q, ranked) {
		// Passages to show, but no ground for an answer line, nor for
		// "the story doesn't say".
		return "", true
	}
	asked := e.designationsAsked(q)
	kept := e.aboutWhatIsAsked(q, asked, ranked)
	if len(kept) == 0 && len(ranked) > 0 {
		return "", true // no line, but the story speaks of it: its passages are still shown
	}
	ranked = kept
	if line := cmp.Or(tallyLine(q, ranked), e.scoreLine(q, ranked), termLine(q, ranked)); line != "" {
		return line, true // "what was the vote?": "9 to 6"; "what was the score?": "2–0"
	}
	answer, ok = e.lengthOrSince(q, ranked)
	if toll := namedToll(q, ranked); toll != "" {
		answer, ok = toll, true // "how many were hurt in the bombing?": "injuring 229 people", not the "three people" it killed
	}
	if len(asked) > 0 && answer != "" && answerOfOtherDesignation(asked, ranked, answer) {
		return "", true
	}
	if m := definedNameRe.FindStringSubmatch(q.core); m != nil && answer != "" {
		// "Who was the contract awarded to?" is answered by the name
		// a best sentence gives after "awarded to", not by any name
		// near the contract.
		if prep := strandedPrepOf(m[1]); prep != "" && !e.givenAfter(q, ranked, prep, answer) {
			return "", true
		}
	}
	if answer != "" && e.answersOther(q, ranked, answer) {
		return "", true
	}
	if q.kind == qDate && answer != "" && (strings.Contains(strings.ToLower(q.text), strings.ToLower(answer)) || e.timedByAsked(q, anchorClause(ranked, answer))) {
		// "When did 2008 TC3 hit the atmosphere?" is not answered by
		// the 2008 of its name, nor "when did the rescue team set
		// out?" by "25 minutes after the search", a time told from the
		// event asked about.
		return "", true
	}
	if answer != "" && (!offeredAnswer(q.core, answer) || e.choiceUnsettled(q, ranked, answer) || q.kind != qDate && demonstrativePhrase.MatchString(answer)) {
		// "who got the harsher sentence, acosta or younge?" is not
		// answered by the judge who gave them, nor by one of the two
		// when the story says as much of the other; "which rivers were
		// already over their banks?" not by "These rivers and
		// tributaries", which points back to a sentence that names
		// them ("this summer" dates).
		return "", true
	}
	if q.kind == qCount && restatesNumber(q.text, answer) {
		// "How many of the 600 bats had the disease?" is not answered
		// by the 600 bats: the question says that number itself, and
		// the story doesn't say the one it asks for, unless its best
		// passages give another count of what is asked ("how many
		// times did engine 2 surge?": "for five times").
		return "", e.answers(q, ranked)
	}
	return e.shaped(q, ranked, answer, ok)
}

// shaped is a direct answer line held to the shape the question asks:
// one name for "which … is the oldest?", a year for "what year", names
// for "which doctors", a relative date resolved, a person without the
// team or country a name opens with; "" when it has no such shape.
func (e *Engine) shaped(q *question, ranked []scored, answer string, ok bool) (string, bool) {
	if row := q.ofEvent(); answer != "" && row != nil && row.veto {
		// "who found it?" (caused, led, built it) asks the doer of what
		// the story is about by a bare "it": the name nearest the verb
		// in the best passage was wrong three times in four over the
		// 244 stories ("Typhoon Karen" for who caused a typhoon). "how
		// many died?" of best sentences that give no toll in a toll's
		// words (tollFromBest): a count beside a near word of "die" is
		// as often a crowd ("120,000 people"), a streak ("13-match
		// unbeaten streak") or a time ("eight days later").
		return "", ok
	}
	if answer != "" && howFast.MatchString(q.core) && !speedOrTimeSaid(answer) {
		// "how fast was it?" is answered by a speed or a time ("how
		// fast were the results out?": "three days"), never by a
		// length ("5 miles", "2 km").
		return "", ok
	}
	if answer != "" && q.kind == qMeasure && durationAsked(q.core) && !timeFigure(answer) {
		// "how long did it last?" is not answered by "12 birds this
		// year": a time is a figure of its unit.
		return "", ok
	}
	if q.kind == qCount && answer != "" && howMany.MatchString(q.text) && !q.fromRussian && (q.countedWord == "" || countsPeople(q)) && timeOrSumFirst(answer) {
		// "how many were rescued?" counts people, not the hours the
		// rescue took ("more than two hours") nor a sum ("$1,500").
		return "", ok
	}
	if q.kind == qMeasure && answer != "" && measureOfIt.MatchString(q.core) && !e.figureOfTheEvent(answer, ranked) {
		// "how long was it?" asks a measure of the story's own event:
		// a figure a sentence gives something else ("two or three
		// seconds" of a landmark passed, "41 feet" of a flagpole in a
		// story of missile sites) is no answer.
		return "", ok
	}
	if q.kind == qCount && answer != "" && gatheringAsked.MatchString(q.core) && !gatheringCounted(answer, ranked) {
		// "how big was the crowd?" is answered by the figure a sentence
		// gives a crowd ("a crowd of 14,253 fans"), not by the first
		// count of a sentence that says "crowded" or "gathered" ("two
		// years", "seven U-boats", "a three-story building").
		return "", ok
	}
	if q.kind == qPerson && e.asksWhoNamedIs(q) && bareNameOfAnother(q.core, answer) {
		// "Who was Dudley Field Malone?" asks what he was ("an
		// international divorce lawyer"), never for the name of the
		// colleague his sentence lists before him ("Arthur Garfield
		// Hays").
		return "", ok
	}
	if answer != "" && lifeOfSomeone(q) && !e.leadIsAPerson() {
		// "when did he die?" of a story about a storm or a trial asks
		// of no one the story is about: the date a sentence gives of
		// some death is no answer.
		return "", ok
	}
	if q.kind == qPerson && answer != "" && onlyPlaced(ranked, answer) {
		// "who was killed?" is not answered by the school the
		// children were killed at.
		return "", ok
	}
	if q.kind != qCompare && q.kind != qYesNo && superlative(q.core) && heldBy(answer, ranked) && !saysSuperlative(answer, ranked) {
		// "Which river has the most material to be dredged?" is not
		// answered by the river a sentence names beside an amount:
		// only one that says which is most does.
		return "", ok
	}
	if q.kind != qCompare && asksOneBySuperlative(q.core) && severalNamed(answer) {
		// "Which boat is the oldest?" is not answered by the four
		// boats a sentence calls relics: it asks for one.
		return "", ok
	}
	if q.kind == qDate && asksYear.MatchString(q.core) && (relativeYear.MatchString(strings.TrimSpace(answer)) || yearsIn(answer) == 0 || yearsIn(answer) > len(asksYear.FindAllString(q.core, -1))) {
		// "What year is this campaign?" is not answered by "this year"
		// nor by "Nov. 17", nor "what year did they film it" by a fact
		// naming three years for one asked.
		return "", ok
	}
	if q.kind == qDate && strings.ContainsAny(answer, "0123456789") && futureAsked.MatchString(q.core) && !plannedFor(answer, ranked) {
		// "when will it be done?" asks a date to come: the lead's date
		// of what happened ("2017", "9 November 2016") is no answer,
		// only one a sentence says is planned or expected. A clause
		// ("Once complete", "until further notice") is left alone.
		return "", ok
	}
	if q.kind == qDate && answer != "" {
		answer = resolveRelative(answer, passageSaying(ranked, answer))
	}

	if q.kind == qList && answer != "" {
		answer = e.itemsAsked(q, answer)
	}
	if q.kind == qList && asksPeople(q.core) && answer != "" && !namesOrNumbers(answer) {
		// "Which doctors does the article name?" wants names, not
		// "physicians treating Veteran drug addiction".
		return "", ok
	}
	return personWithoutOwner(q, answer), ok
}

// speedOrTimeSaid reports whether an answer says a unit of speed or of
// time, or a rate ("per hour", "an hour").
func speedOrTimeSaid(answer string) bool {
	words := strings.FieldsFunc(strings.ToLower(answer), func(r rune) bool { return !unicode.IsLetter(r) && r != '/' })
	return slices.ContainsFunc(words, func(w string) bool { return speedUnits[w] || timeUnits[w] }) || rateSaid.MatchString(answer)
}

// rateSaid matches a rate: "per hour", "an hour", "a second".
var rateSaid = lazyRE(`(?i)\b(?:per|an|a)\s+(?:hour|minute|second|day)\b`)

// timeFigure reports whether an answer says a time as a figure and its
// unit, one word between them at most: "eight hours and two minutes",
// "almost 1,000 Martian days", "a few weeks", "six-month".
func timeFigure(answer string) bool {
	words := strings.FieldsFunc(strings.ToLower(answer), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		if !timeUnits[w] {
			continue
		}
		for j := max(0, i-2); j < i; j++ {
			if figureWord(words[j]) {
				return true
			}
		}
	}
	return false
}

// figureWord reports whether a word is a figure: digits, a number's
// word, "half" of "three and half hours", or "a" and "few" of "a few
// weeks".
func figureWord(w string) bool {
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	_, ok := numberValue(w)
	return ok || w == "a" || w == "an" || w == "few" || w == "several" || w == "many" || w == "half" || w == "quarter"
}

// onlyPlaced reports whether the best sentences that say a name say it
// only after a preposition of place ("killed at Pantglas Junior
// School", "landed at Kennedy"): where someone was, not who. A person
// is who ("threw it at Eddie Slack"), and so is a body one is in;
// "from" is left alone, as it
// names the one who gave ("with help from the EPA") as often as a
// place.
func onlyPlaced(ranked []scored, name string) bool {
	if lexicon.GivenName(strings.Fields(name)[0]) || orgHeads[lastNameWord(name)] {
		return false // "Biologists in the National Fisheries Council" reviewed them
	}
	said := false
	for _, s := range ranked[:min(3, len(ranked))] {
		for from := 0; ; {
			i := strings.Index(s.d.text[from:], name)
			if i < 0 {
				break
			}
			if !originBefore.MatchString(s.d.text[:from+i]) {
				return false
			}
			said, from = true, from+i+len(name)
		}
	}
	return said
}

// asksWhoNamedIs reports whether a question asks who someone it names is
// and nothing more: "Who was Dudley Field Malone?", "who is malone".
func (e *Engine) asksWhoNamedIs(q *question) bool {
	m := whoIsRest.FindStringSubmatch(q.core)
	if !q.define || len(q.named) != 1 || m == nil {
		return false
	}
	en, ok := e.entry(q.named[0])
	if !ok {
		return false
	}
	name := wordRe.FindAllString(strings.ToLower(en.Name), -1)
	rest := wordRe.FindAllString(strings.ToLower(m[1]), -1)
	return len(rest) > 0 && !slices.ContainsFunc(rest, func(w string) bool { return !slices.Contains(name, w) })
}

// whoIsRest matches "who is …", "who was …"; group 1 is the rest.
var whoIsRest = lazyRE(`(?i)^who\s+(?:is|was)\s+(.+?)\s*[?.!]*$`)

// bareNameOfAnother reports whether an answer is a name and nothing more,
// none of whose words the question says: not what the one asked about
// is, but someone else.
func bareNameOfAnother(question, answer string) bool {
	words := wordRe.FindAllString(answer, -1)
	if len(words) == 0 || strings.ContainsAny(answer, "—,") {
		return false
	}
	asked := wordRe.FindAllString(strings.ToLower(question), -1)
	for _, w := range words {
		if slices.Contains(asked, strings.ToLower(w)) {
			return false
		}
		if !opensWithCapital(w) && !stopWord(w) {
			return false // a description: "an international divorce lawyer"
		}
	}
	return true
}

// measureOfIt matches a question for a measure of "it" that says nothing
// else: "how long was it?", "how far did it go?", "how high did it get?".
var measureOfIt = lazyRE(`(?i)^(?:so\s+|ok\s+)?how\s+(?:long|far|high|big|deep|wide|tall|heavy|fast|large|old)\s+(?:was|is|did)\s+(?:it|this|that)(?:\s+(?:go|get|last|take|fly|travel|reach|run|be))?\s*[?.!]*$`)

// figureOfTheEvent reports whether a best sentence gives an answer's
// figure of the story's own event: "it", or a common noun of the title,
// before the figure in its sentence ("Hale–Bopp … was visible to the
// naked eye for a record 18 months" of "Comet Hale–Bopp", "The indigo
// … can grow to between eight and nine feet").
func (e *Engine) figureOfTheEvent(answer string, ranked []scored) bool {
	return saidBeforeAnswer(ranked, answer, func(before string) bool {
		before = strings.ToLower(before)
		return itBefore.MatchString(before) || slices.ContainsFunc(wordRe.FindAllString(before, -1), func(w string) bool { return e.titleNouns[w] })
	})
}

// saidBeforeAnswer reports whether, in one of the best three sentences
// that give an answer, the text before its first mention holds, as said
// reads it.
func saidBeforeAnswer(ranked []scored, answer string, said func(before string) bool) bool {
	return slices.ContainsFunc(ranked[:min(3, len(ranked))], func(s scored) bool {
		i := strings.Index(s.d.text, answer)
		return s.d.kind == docSentence && i >= 0 && said(s.d.text[:i])
	})
}

// futureAsked matches a when-question about what is to come: "when will
// it be done?", "when is it going to open?", "when is it expected to
// finish?"; not "when was it supposed to fly?", a plan of the past, nor
// "when did Will Rogers die?".
var futureAsked = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:when|what\s+(?:year|day|date|month))\s+(?:will|(?:is|are)\s+(?:\pL+\s+){0,3}(?:gonna|going\s+to|expected\s+to|scheduled\s+to|due\s+to|set\s+to))\b`)

// plannedFor reports whether a best sentence gives an answer's date as
// one to come, in its clause before it: "will", "is scheduled to",
// "expected", "plans", "due", "by 2025".
func plannedFor(answer string, ranked []scored) bool {
	return saidBeforeAnswer(ranked, answer, func(clause string) bool {
		if j := planClauseBreak.FindAllStringIndex(clause, -1); len(j) > 0 {
			clause = clause[j[len(j)-1][1]:]
		}
		return plannedSaid.MatchString(clause)
	})
}

// planClauseBreak ends a clause; an "and" does not, as "due to begin in
// March and finish in 2027" plans both.
var planClauseBreak = lazyRE(`[,;]\s`)

// plannedSaid finds the words before a date that put it in the future;
// "by" right before it ("finished by 2025") is one.
var plannedSaid = lazyRE(`(?i)\b(?:will|would|expected|expects|scheduled|planned|plans?|set\s+to|due|slated|projected|anticipated|aims?|targets?|targeted|upcoming|next|on\s+track)\b|\bby\s+(?:the\s+end\s+of\s+)?$`)

// gatheringAsked matches "how big was the crowd?": a count of the people
// a gathering had.
var gatheringAsked = lazyRE(`(?i)` + sizeOfGathering)

// gatheringCounted reports whether a best sentence gives an answer as the
// size of a gathering: after "crowd", "audience" or "attendance" ("before
// crowds in excess of 90,000") or before "attended", "spectators" ("14,253
// spectators").
func gatheringCounted(answer string, ranked []scored) bool {
	for _, s := range ranked[:min(3, len(ranked))] {
		text := s.d.text
		if s.d.pass != nil {
			text = s.d.pass.text // the figure's sentence may be a neighbour
		}
		for from := 0; ; {
			i := strings.Index(text[from:], answer)
			if i < 0 {
				break
			}
			at := from + i
			after := text[at+len(answer) : min(len(text), at+len(answer)+gatheringReach)]
			if gatheringBefore.MatchString(text[max(0, at-gatheringReach):at]) || gatheringWord.MatchString(answer) || gatheringAfter.MatchString(after) {
				return true
			}
			from = at + len(answer)
		}
	}
	return false
}

// gatheringReach is how far, in bytes, a gathering's word may stand from
// the figure it is the size of.
const gatheringReach = 30

// gatheringBefore and gatheringAfter match a gathering's word before a
// figure ("a crowd of", "an attendance of") or after it ("attended",
// "spectators"); "crowded" is not one.
var (
	gatheringBefore = lazyRE(`(?i)\b(?:crowds?|audiences?|attendance|turnout|gatherings?)\b[^.;!?]*$`)
	gatheringAfter  = lazyRE(`(?i)^[^.;!?]*?` + gatheringWords)
	gatheringWord   = lazyRE(`(?i)` + gatheringWords)
)

// gatheringWords name a gathering's people or say they came.
const gatheringWords = `\b(?:attend(?:ed|ing)?|attendees|spectators|onlookers|participants|protesters|demonstrators|viewers|fans|turnout|crowds?|audiences?)\b`

// timeOrSumFirst reports whether an answer's first figure is a time or
// a sum of money: "more than two hours", "a fine of $1,500"; not "350
// people a year" nor a fact sheet's "163 people hurt; damage estimated
// at $5 million".
func timeOrSumFirst(answer string) bool {
	if ms := moneySpans(answer); len(ms) > 0 && !slices.ContainsFunc(strings.Fields(strings.ToLower(answer[:ms[0].start])), figureWord) {
		return true // no figure before the sum: not "two people fined $500"
	}
	words := strings.FieldsFunc(strings.ToLower(answer), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		if figureWord(w) && w != "a" && w != "an" {
			return i+1 < len(words) && timeUnits[words[i+1]]
		}
	}
	return false
}

// lifeOfSomeone reports whether a question asks of a birth or a death
// of someone it names only by a pronoun, and not as the second part of a
// message whose first names them: "when did he die?", "where was she
// born?".
func lifeOfSomeone(q *question) bool {
	if q.followsAnother || len(q.entities) > 0 || len(q.named) > 0 || lifeEventOf(q.text) == "" {
		return false
	}
	return slices.ContainsFunc(wordRe.FindAllString(strings.ToLower(q.text), -1), func(w string) bool { return personPronoun[w] })
}

// leadIsAPerson reports whether the story's title is a person's name or
// its lead opens with one, as a life's story does: "Cléophas Kamitatu
// was born …", "Lewis Raphael Rickinson (born 21 April 1883 …)".
func (e *Engine) leadIsAPerson() bool {
	if givenNamed(strings.Fields(e.corpus.Title)) {
		return true // "Robert Falcon Scott"
	}
	lead := e.leadPassages()
	if len(lead) == 0 || len(lead[0].names) == 0 || lead[0].names[0].start > leadNameReach {
		return false
	}
	first := lead[0].names[0]
	return givenNamed(strings.Fields(first.text)) || e.kindOfSpan(lead[0], first) == "person" || lifeDatesAfter.MatchString(lead[0].text[first.end:])
}

// leadNameReach is how far into the lead the name it opens with may
// start: past a given name in capitals, DAVID "DAWSEY" KEWLEY.
const leadNameReach = 12

// lifeDatesAfter matches the dates of a life right after a name:
// " (10 June 1931 – 12 October 2008)", " (born 1980)".
var lifeDatesAfter = lazyRE(`^\s*\((?:born\b|[^)]*\d{3,4}\s*[–-])`)

// howMany finds "how many", which counts things (where "how much" and
// "сколько" may ask a sum).
var howMany = lazyRE(`(?i)\bhow\s+many\b`)

// originBefore matches a text that ends with a preposition of place,
// right before a name.
var originBefore = lazyRE(`(?i)\b(?:in|at|near|inside|across|throughout)\s+(?:the\s+)?$`)

// personWithoutOwner is the name a "who" question is answered with,
// without the team or the country a name of the article opens with
// ("Seattle's Stefan Frei", "Royal Challengers' Chris Gayle"): who did
// it is the person. A name that goes on with no given name, or ends in
// a common noun, stays whole ("Macy's Thanksgiving Day Parade",
// "Women's Christian Temperance Union").
func personWithoutOwner(q *question, name string) string {
	m := ownerOfPerson.FindStringSubmatch(name)
	if q.kind != qPerson || m == nil {
		return name
	}
	words := strings.Fields(m[1])
	last := strings.ToLower(strings.Trim(words[len(words)-1], ".,"))
	if len(words) > 3 || !lexicon.GivenName(words[0]) || lexicon.Lookup(last).POS&lexicon.Noun != 0 && !lexicon.GivenName(last) {
		return name // "Women's Christian Temperance Union" is a body's name
	}
	return m[1]
}

// ownerOfPerson matches a name that opens with its owner's possessive,
// capturing the rest, two capitalised words or more.
var ownerOfPerson = lazyRE(`^(?:\p{Lu}[\pL&.-]*\s+)*\p{Lu}[\pL&.-]*(?:['’]s|s['’])\s+(\p{Lu}[\pL'’.-]*\s+\p{Lu}.*)$`)

// timedByAsked reports whether a when-answer tells its time from what
// the question asks about, two of the question's own words or more:
// "after the search and rescue team" for "when did the search and rescue
// team set out?"; not "after the spill began" for "when did they start
// planning?", which only says a near word of its verb.
func (e *Engine) timedByAsked(q *question, answer string) bool {
	m := relativeAnchor.FindStringSubmatch(answer)
	if m == nil || relativeAnchor.MatchString(q.text) {
		return false // "when did aid arrive after the earthquake?" asks for the time from it
	}
	said := e.an.terms(m[1])
	n := 0
	for _, u := range q.units {
		if u.topical && u.term != "" && slices.Contains(said, u.term) {
			n++
		}
	}
	return n >= 2 // one word is no event: "two days after the crash" for "when were the crash survivors found?"
}

// anchorClause is a relative time answer with the rest of its clause in
// the passage that says it ("… after the search" goes on "and rescue
// team took off"), or the answer itself.
func anchorClause(ranked []scored, answer string) string {
	p := passageSaying(ranked, answer)
	if p == nil || answer == "" {
		return answer
	}
	rest := p.text[strings.Index(p.text, answer)+len(answer):]
	if end := strings.IndexAny(rest, ",;.!?"); end >= 0 {
		rest = rest[:end]
	}
	return answer + rest
}

// relativeAnchor matches the event a relative time is told from: "after
// the search" of "25 minutes after the search".
var relativeAnchor = lazyRE(`(?i)\b(?:after|before)\s+(?:the\s+)?(.+)$`)

// givenAfter reports whether a best sentence gives an answer after the
// preposition a question strands ("awarded to"), or, for "by", names it
// as the doer of the verb asked about, before it or after a "by" with
// words that say what it is.
func (e *Engine) givenAfter(q *question, ranked []scored, prep, answer string) bool {
	return slices.ContainsFunc(ranked[:min(3, len(ranked))], func(s scored) bool {
		return strings.Contains(s.d.text, prep+" "+answer) || prep == "by" && (e.doneBy(q, s.d, answer) || e.namedAgent(q, s.d) == answer)
	})
}

// bestTellsOfOther reports whether the best document of a question that
// wants a figure, a date or a name tells of another thing than the one
// asked. A verb found only in another of its senses ("strike" for
// "smashed") finds passages to show, but "when did the dock workers
// strike?" is not answered by the day they smashed windows; nor "how
// much rain fell in Kingsport?" by "142 millimetres of rain fell in
// Ashford", a sentence that sets it in another of the article's places
// and does not name the one asked. Nor is either ground for "the story
// doesn't say": "how many ministers quit?" may well be answered by the
// seven who would resign, which the reader sees in the passages.
func (e *Engine) bestTellsOfOther(q *question, ranked []scored) bool {
	if !factoid(q.kind) || len(ranked) == 0 {
		return false
	}
	top := ranked[0].d
	return !q.define && slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && saysWider(u, top) }) || tellsOfOtherPlace(e.placeAsked(q), top)
}

// restatesQuestion reports whether an answer's words are the question's
// own (its analysed terms, asked), or forms of verbs, and nothing else:
// it tells nothing asked.
func (e *Engine) restatesQuestion(asked []string, answer string) bool {
	for _, w := range wordRe.FindAllString(answer, -1) {
		lw := strings.ToLower(w)
		terms := e.an.terms(lw)
		if len(terms) == 0 || slices.Contains(asked, terms[0]) || verbForm(lw) || pastEd(lw) {
			continue
		}
		return false
	}
	return true
}

// demonstrativePhrase matches a phrase that opens with a word pointing back and
// goes on in common words: "These rivers and tributaries", "that year",
// "Those two men"; not "This Old House" or "These United States".
var demonstrativePhrase = lazyRE(`^(?i:these|those|this|that|such)\s+[\p{Ll}\d][\p{Ll}\d\s,'’-]*$`)

// offeredAnswer reports whether an answer line is one of the answers a
// question offers after a comma ("…, acosta or younge?"), or the
// question offers none.
func offeredAnswer(question, answer string) bool {
	m := offered.FindStringSubmatch(strings.ToLower(question))
	if m == nil {
		return true
	}
	la := strings.ToLower(answer)
	return slices.ContainsFunc(append(strings.Fields(m[1]), strings.Fields(m[2])...), func(w string) bool {
		return !stopWord(w) && containsWords(la, w)
	})
}

// choiceUnsettled reports whether a question that offers two answers
// ("which nun ran the convent, Alba Martínez or Inés Aparicio?") has
// an answer line, one of the two, that the best passages do not settle:
// the best of their sentences naming the other says as much of the rest
// of the question as the best naming the line's. Of "The nun Alba
// Martínez, who led the convent, …" and "… declared the nun Inés
// Aparicio (who appears … carrying bags into the convent) innocent",
// neither says who ran it.
func (e *Engine) choiceUnsettled(q *question, ranked []scored, answer string) bool {
	m := offered.FindStringSubmatch(strings.ToLower(q.core))
	if m == nil || q.kind == qCompare || !shortOption(m[1]) || !shortOption(m[2]) {
		return false // a comparison's line weighs the two by their figures
	}
	chosen, other := m[1], m[2]
	if la := strings.ToLower(answer); !containsWords(la, chosen) && containsWords(la, other) {
		chosen, other = other, chosen
	}
	options := saidOf(e.an.terms(chosen + " " + other))
	return e.choiceSupport(q, ranked, other, options) >= e.choiceSupport(q, ranked, chosen, options)
}

// choiceSupport is the most of a question's words, but its options',
// that one of the best passages' sentences naming an option says, by
// weight; -1 when none names it.
func (e *Engine) choiceSupport(q *question, ranked []scored, option string, options said) float64 {
	terms := e.an.terms(option)
	best := -1.0
	if len(terms) == 0 {
		return best
	}
	for _, r := range ranked[:min(len(ranked), choiceDepth)] {
		if r.d.kind != docSentence || slices.ContainsFunc(terms, func(t string) bool { return r.d.terms[t]&inMain == 0 }) {
			continue
		}
		in := r.d.said()
		got := 0.0
		for _, u := range q.units {
			if u.topical && u.entity == "" && !options[u.term] && in.says(u.term, u.near) {
				got += u.weight
			}
		}
		best = max(best, got)
	}
	return best
}

// shortOption reports whether what a question offers after its comma
// is an option, a few words that ask nothing: not "what else got
// replaced" of "…, what else got replaced or added?".
func shortOption(o string) bool {
	f := strings.Fields(o)
	return len(f) > 0 && len(f) <= maxOptionWords && !whWord[f[0]]
}

// choiceDepth is how many of the best passages a choice is settled by.
const choiceDepth = 5

// offered matches the two answers a question offers after a comma.
var offered = lazyRE(`,\s*(?:the\s+)?([^,?]+?)\s+or\s+(?:the\s+)?([^,?]+?)\s*\??\s*$`)

// lengthOrSince is the answer line for a question (directLine), and for
// "how long has …?", read as asking since when ("since 20 March 2019"),
// the length of time the story gives when it gives no date: "for over
// 24 years".
func (e *Engine) lengthOrSince(q *question, ranked []scored) (string, bool) {
	if q.kind == qDate && howLongSince.MatchString(q.core) {
		// The length first: "has worked at the refuge for nearly 40
		// years, since 1984" answers "how long has he worked there?"
		// with the 40 years.
		length := *q
		length.kind = qMeasure
		if ans, _ := e.directLine(&length, ranked); ans != "" && lastedFor(ranked, ans) {
			return ans, true
		}
	}
	return e.directLine(q, ranked)
}

// lastedFor reports whether a best document says a length after "for",
// as a time something has gone on: "for nearly 40 years", not "a 90-day
// review".
func lastedFor(ranked []scored, length string) bool {
	return slices.ContainsFunc(ranked[:min(3, len(ranked))], func(s scored) bool {
		return slices.ContainsFunc(forWord.FindAllStringIndex(s.d.text, -1), func(m []int) bool {
			after := s.d.text[m[1]:]
			return strings.HasPrefix(after, length) || strings.HasPrefix(after[len(lengthQualifier.FindString(after)):], length)
		})
	})
}

var (
	// forWord matches "for" and the space after it.
	forWord = lazyRE(`\bfor\s+`)
	// lengthQualifier matches a word that may stand between "for" and a
	// length: "for nearly 40 years".
	lengthQualifier = lazyRE(`^(?:about|nearly|almost|more than|over|some|around|roughly|just|at least|close to)\s+`)
)

// howLongSince matches "how long has": a length of time up to now, or
// the date it runs from.
var howLongSince = lazyRE(`(?i)\bhow long (?:has|have|had)\b`)

// aboutWhatIsAsked is the ranked documents but those about another day,
// another thing of the kind the question names, or another of a
// numbered series than the one it asks about (asked, designationsAsked).
func (e *Engine) aboutWhatIsAsked(q *question, asked []string, ranked []scored) []scored {
	if len(q.days) > 0 {
		// "Where did they meet on April 24?" is not answered by what
		// they did on April 25.
		ranked = slices.DeleteFunc(slices.Clone(ranked), func(s scored) bool { return namesOtherDay(s.d.text, q.days) })
	}
	// "What month did the Detroit River dredging begin?" is not
	// answered by a sentence about the Saginaw River (siblings.go).
	if inQ := e.namesInQuestion(q); len(inQ) > 0 {
		ranked = slices.DeleteFunc(slices.Clone(ranked), func(s scored) bool { return e.namesSibling(q, inQ, s.d) })
	}
	if len(asked) > 0 {
		// "How much did Pioneer 3 weigh?" is not answered by "Pioneer
		// 1, weighing 84 pounds".
		ranked = slices.DeleteFunc(slices.Clone(ranked), func(s scored) bool {
			return s.d.kind == docSentence && namesOtherDesignation(asked, s.d.alone.numberedNameMatches())
		})
	}
	return ranked
}

// factoid reports whether a kind of question is answered by a piece of
// a sentence (a date, a count, a name), not by a sentence or yes or no.
func factoid(k qtype) bool {
	return k != qAny && k != qWhy && k != qHow && k != qYesNo
}

// saysWider reports whether a document says a question's verb only
// through its wider words (another sense of it).
func saysWider(u unit, d *doc) bool {
	if len(u.wider) == 0 || lexicon.Lookup(u.word).POS&lexicon.Verb == 0 && lexicon.VerbOf(u.word) == "" {
		// A noun's other sense names the same thing ("grad" for
		// "graduate"); "buried", WordNet's adjective, is the verb's
		// form too, and "sank" no burial.
		return false
	}
	// A word that is a synonym too says the verb's own sense: "ft" is
	// "feet" written short, though WordNet has it among the wider words
	// of "foot", a verb.
	return d.terms[u.term]&inMain == 0 && slices.ContainsFunc(u.wider, func(w string) bool { return d.terms[w]&inMain != 0 && !slices.Contains(u.syns, w) })
}

// timeOfLife finds the words by which a sentence places what it says in
// a time of its subject's own: "in its last full year of operation".
var timeOfLife = lazyRE(`(?i)\b(?:last|final|first|ago|once|since)\b`)

// otherTime are the time words by which a question asks about another
// time than the article's own.
var otherTime = map[string]bool{"before": true, "previous": true, "previously": true, "prior": true, "earlier": true, "former": true, "formerly": true, "next": true, "future": true, "later": true}

// yearsIn counts the different years a text names.
func yearsIn(text string) int {
	seen := map[string]bool{}
	for _, y := range yearRe.FindAllString(text, -1) {
		seen[y] = true
	}
	return len(seen)
}

var (
	// yearRe finds a year written in four digits, 1000 to 2099.
	yearRe = lazyRE(`\b(?:1[0-9]|20)[0-9]{2}\b`)
	// asksYear matches a question for a year.
	asksYear = lazyRE(`(?i)\b(?:what|which)\s+year\b`)
	// relativeYear is a year told from the article's: no year a reader
	// can name.
	relativeYear = lazyRE(`(?i)^(?:this|last|next|that|the same|the following|the previous) year$`)
)

// asksPeople reports whether a "which/what NOUN" list question asks for
// people ("which doctors", "what scientists").
func asksPeople(core string) bool {
	m := whichNounCue.FindStringSubmatch(strings.ToLower(core))
	if m == nil {
		return false
	}
	x := lexicon.Lookup(m[1])
	return x.Kind == "person" && !x.Capital
}

// dayOfMonth finds a day of a month, or days ("12–13 May", "June 8-9";
// not a range across months), either way round ("April 24", "24th of
// april"), in any case as a question may type it; but "may" after a
// number and before a verb is the verb ("the 12 may hatch").
var dayOfMonth = lazyRE(`(?i)\b(` + monthNames + `)\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(\d{1,2}))?\b|\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(\d{1,2}))?\s+(?:of\s+)?(` + monthNames + `)\b`)

// daysNamed lists the days of a month a text names, each as its month's
// first three letters and its day ("apr 24"), every day of a range.
func daysNamed(text string) []string {
	var out []string
	for _, m := range dayOfMonth.FindAllStringSubmatch(text, -1) {
		month, first, last := m[1], m[2], m[3]
		if month == "" {
			month, first, last = m[6], m[4], m[5]
			if month == "may" && verbNext(text[strings.Index(text, m[0])+len(m[0]):]) {
				continue // "the 12 may hatch"
			}
		}
		from, _ := strconv.Atoi(first)
		to, err := strconv.Atoi(last)
		if err != nil || to < from {
			to = from
		}
		for day := from; day <= to && day <= 31; day++ {
			out = append(out, strings.ToLower(month[:3])+" "+strconv.Itoa(day))
		}
	}
	return out
}

// verbNext reports whether a text opens with a verb ("hatch", "be"),
// after which "may" is the verb's, not the month.
func verbNext(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(f[0], ".,;:?!"))
	return auxiliary[w] || w == "be" || w == "not" || lexicon.Lookup(w).POS&lexicon.Verb != 0
}

// namesOtherDay reports whether a text names days of a month, none of
// them one of days: it speaks of another day than the question.
func namesOtherDay(text string, days []string) bool {
	named := daysNamed(text)
	return len(named) > 0 && !slices.ContainsFunc(named, func(d string) bool { return slices.Contains(days, d) })
}

// superlative reports whether a text says "most", "least" or an
// adjective's superlative ("largest"), but not "at least", "at most" or
// "most of".
func superlative(text string) bool {
	words := wordRe.FindAllString(strings.ToLower(text), -1)
	for i, w := range words {
		if (w == "most" || w == "least") && (i > 0 && words[i-1] == "at" || i+1 < len(words) && words[i+1] == "of") {
			continue
		}
		if w == "most" || w == "least" || w == "fewest" || strings.HasSuffix(w, "est") && degreeOfAdjective(w) {
			return true
		}
	}
	return false
}

// heldBy reports whether an answer line is a span one of the best-ranked
// documents says, as a name or figure read from them is.
func heldBy(answer string, ranked []scored) bool {
	return answer != "" && slices.ContainsFunc(ranked[:min(3, len(ranked))], func(s scored) bool { return strings.Contains(s.d.text, answer) })
}

// saysSuperlative reports whether a best-ranked document that holds an
// answer says a superlative too (see superlative).
func saysSuperlative(answer string, ranked []scored) bool {
	for _, s := range ranked[:min(3, len(ranked))] {
		if strings.Contains(s.d.text, answer) && superlative(s.d.text) {
			return true
		}
	}
	return false
}

// asksOneBySuperlative reports whether a question asks which one thing
// is the most of something: "which boat is the oldest".
func asksOneBySuperlative(core string) bool {
	m := superlativeWhich.FindStringSubmatch(strings.ToLower(core))
	return m != nil && (m[1] != "" || strings.HasSuffix(m[2], "est") && lexicon.Base(m[2]) != m[2])
}

// superlativeWhich matches "which/what NOUN is/was the most … / the
// ADJECTIVE-est".
var superlativeWhich = lazyRE(`^(?:which|what)\s+\w+(?:\s+\w+)?\s+(?:is|was)\s+(?:the\s+)?(?:(most|least)\s+\w+|(\w+))`)

// severalNamed reports whether an answer line lists several things.
func severalNamed(answer string) bool {
	return strings.Contains(answer, ", ") || strings.Contains(answer, " and ")
}

// severalAsked is the plural noun of a "which/what NOUN" question, which
// asks for several things ("which parts of the plant", "what states"),
// or "".
func severalAsked(question string) string {
	noun, after := "", ""
	if m := whichOf.FindStringSubmatch(question); m != nil {
		noun = strings.ToLower(m[1]) // "which parts of the plant"
	} else if start, end := whichNoun(question); end > start {
		noun, after = strings.ToLower(question[start:end]), question[end:]
	}
	if strings.HasSuffix(noun, "s") && lexicon.Base(noun) != noun || noun != "" && !stopWord(noun) && headsPluralVerb(strings.Fields(strings.ToLower(after))) {
		return noun // "which crayfish are …": the same word for one or several
	}
	return ""
}

// pluralVerbNext matches a plural verb opening the rest of a question.
var pluralVerbNext = lazyRE(`(?i)^\s+(?:are|were|have)\b`)

var whichOf = lazyRE(`(?i)\b(?:which|what)\s+(\w+)\s+of\b`)

// namesOrNumbers reports whether a list is mostly names ("LSU, USGS and
// the parish") or opens its items with numbers ("five Gulf States"):
// items whose every word is capitalised. Names of kinds of things
// ("Cumberland reed grass", "bear tupelo") are no names.
func namesOrNumbers(list string) bool {
	items := strings.Split(list, ", ")
	named := 0
	for _, item := range items {
		first := strings.ToLower(strings.Fields(item)[0])
		if unicode.IsDigit([]rune(item)[0]) || numberWordValues[first] > 0 || allCapitalised(item) {
			named++
		}
	}
	return 2*named > len(items)
}

// allCapitalised reports whether every word of a phrase but its little
// joining words opens with a capital: "Blue Ridge Conservancy", "Division
// of Wildlife".
func allCapitalised(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !nameConnectors[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// restatesNumber reports whether an answer's first number is one the
// question already says, in figures or, as the whole answer, in words
// ("two" of "how many times were the two other papers cited?"; "two
// awards" of "how many awards did the two authors win?" counts more).
func restatesNumber(question, answer string) bool {
	if w := strings.ToLower(strings.TrimSpace(answer)); slices.Contains(smallNumbers, w) {
		return containsWords(strings.ToLower(question), w)
	}
	counts := countFigures(answer)
	return len(counts) > 0 && slices.Contains(digitsIn.FindAllString(question, -1), counts[0])
}

// countFigures are the numbers in digits a text says, but those of a
// designation ("B-52s", "Su-24", "F16"): "Four B-52s" says no 52 that a
// question's "how many B-52s" restates.
func countFigures(text string) []string {
	var out []string
	for _, m := range digitsIn.FindAllStringIndex(text, -1) {
		before := strings.TrimSuffix(text[:m[0]], "-")
		if r, _ := utf8.DecodeLastRuneInString(before); before != "" && unicode.IsLetter(r) {
			continue
		}
		out = append(out, text[m[0]:m[1]])
	}
	return out
}

// digits is a number written in digits: a comma belongs to it only
// before three digits ("$105, the same" is $105), a point only before a
// digit.
const digits = `(?:\d{1,3}(?:,\d{3})+\b|\d+)(?:\.\d+)?`

// digitsIn finds a number written in digits.
var digitsIn = lazyRE(digits)

// besideNames answers what the words beside a name tell: who holds a
// role ("Who is the refuge manager at Crocodile Lake?" asks for a person,
// not for the refuge's card; when two managers fit it as well, for
// neither; the article's roles are today's, so "the former director" is
// no question for them), and where someone is from ("Erik Acosta, 18,
// of Miami Gardens", which no "where" of the event answers).
func (e *Engine) besideNames(q *question) (string, bool) {
	if owner := e.roleOwnerAsked(q); owner != "" {
		return owner, true
	}
	if head := e.roleAsked(q); head != "" && q.when == "" {
		if name, tied := e.roleHolder(q, head); name != "" || tied {
			return name, true
		}
	}
	if q.kind == qPlace && asksHometown.MatchString(q.core) {
		if place, _ := e.hometown(q); place != "" {
			return place, true
		}
	}
	return "", false
}

// lineBeforeAll is the line of a question that tells where its answer
// is before any other reading: a name the question gives beside another
// (besideNames), or an ordinal it asks for ("what number mission is
// it?": "14th mission").
func (e *Engine) lineBeforeAll(q *question, ranked []scored) (string, bool) {
	if ans, ok := e.besideNames(q); ok {
		return ans, true
	}
	ans := e.ordinalAnswer(q, ranked)
	return ans, ans != ""
}

// askedOtherwise reports whether the best document, whatever it says,
// cannot answer a question asked of another time or in the negative.
func (e *Engine) askedOtherwise(q *question, top *doc) bool {
	if q.when != "" && q.kind != qDate && (q.roleOf != "" || top.kind != docSentence && !e.cuedBy(top, q.when)) {
		// "Elm Bay's current mayor", "his job before he was
		// president": what the fact sheet says held at some time is no
		// answer for another; the passages are shown, with their dates.
		return true
	}
	if q.when != "" && q.kind != qDate && top.kind == docSentence && otherTime[q.when] && !timeWord.MatchString(top.text) && !dateIn.MatchString(top.text) && !timeOfLife.MatchString(top.text) {
		// "Who won the grand prize the year before?" is not answered by
		// a sentence about this year's winner that says no other time.
		return true
	}
	if q.kind != qYesNo && q.kind != qWhy && negated(mainClause(q.askedText)) && !(top.kind == docSentence && negated(top.text)) {
		// "Which type was not among those sold?": what the evidence
		// names is what the question leaves out, unless it says "not"
		// too ("95 species don't need protection"). Why something is
		// not so is told by a reason, which need not say "not".
		return true
	}
	return false
}

// doingLine answers "who's leading the team?", which asks who does it:
// only a sentence that says so by its verb answers ("a team of four, led
// by Angela Whitfield"), or a fact, not any name beside it.
func (e *Engine) doingLine(q *question, ranked []scored) string {
	if doer := e.doerSaid(q, ranked); doer != "" {
		return doer
	}
	ans, _ := e.fromFacts(q, ranked)
	return ans
}

// directLine is direct's answer before it is checked against the question.
func (e *Engine) directLine(q *question, ranked []scored) (answer string, ok bool) {
	top := ranked[0].d
	if ans, ok := e.lineBeforeAll(q, ranked); ok {
		return ans, true
	}
	if q.define && len(q.entities) == 1 && top.kind == docEntry && e.namesOnlyBeforeClause(q) && !asksAliasKind(q) {
		// "what's the waterdog's nickname?" asks another name, which a
		// summary does not give.
		return describe(top.entry), true
	}
	if q.unknownSubject {
		return "", false
	}
	if e.askedOtherwise(q, top) {
		return "", true // the passages are shown, with no line
	}
	if q.kind == qCompare {
		// The figures of both sides answer, or nothing does: a
		// passage about one side is no answer to which is more.
		return e.compareAnswer(q), true
	}
	if q.kind == qPerson && q.roleOf != "" {
		return e.holderOf(q, ranked)
	}
	if ans := qualifiedItem(q, ranked); ans != "" {
		return ans, true
	}
	if q.kind == qList {
		return e.listLine(q, ranked), true
	}
	if ans := e.countedItems(q, ranked); ans != "" {
		return ans, true
	}
	if q.kind == qPerson && asksDoing(strings.ToLower(q.core)) {
		return e.doingLine(q, ranked), true
	}
	if ans, done := e.definedLine(q, ranked); done {
		return ans, true
	}
	if ans, ok := e.factOrArticle(q, ranked); ok {
		return ans, true
	}
	// Last, readings that look past the best sentence's own words.
	for _, read := range []func(*question, []scored) string{e.namedAfterDescription, e.peopleDoingCount, e.headNamedAnswer, e.wholeSentenceAnswer, e.figureBeside} {
		if ans := read(q, ranked); ans != "" {
			return ans, true
		}
	}
	return "", e.answers(q, ranked)
}

// factOrArticle is the answer read from the fact sheet or the article's
// best sentences, each in the order that suits the question.
func (e *Engine) factOrArticle(q *question, ranked []scored) (string, bool) {
	// Who did something is told by a fact the question asks for that
	// states it ("Ella Brooks, captain, scored the third goal"), else by
	// the article's sentence that says it ("he had recorded the
	// nephews"), more surely than by a name read from the words of the
	// best documents ("Judge Crotty ruled that confessions made by the
	// nephews …"): so read, the dev sets' fact-sheet who-questions had 13
	// wrong lines right and 4 right lines wrong, the blind sets 13 and 6.
	// "Which firm …" asks for an organisation, which an entry of that
	// kind names whole ("Hale group", where the article's "the Hale
	// group" gives "Hale"): the fact sheet is read first.
	// Who said something is told by the article's attribution ("said
	// Mike Barandiaran") before any fact.
	person := q.kind == qPerson && q.asked == corpus.KindPerson
	speaker := q.kind == qPerson && asksSpeaker.MatchString(q.core)
	if person && !speaker {
		if ans, ok := e.statedFact(q, ranked); ok {
			return ans, true // "Ella Brooks, captain, scored the third goal"
		}
	}
	if person || speaker {
		if ans, ok := e.fromArticle(q, ranked); ok {
			if !speaker {
				ans = e.wholeSeries(q, ranked, ans)
			}
			return ans, true
		}
	}
	if ans, ok := e.fromFacts(q, ranked); ok {
		return ans, true
	}
	if !person && !speaker {
		if ans, ok := e.fromArticle(q, ranked); ok {
			return e.wholeSeries(q, ranked, ans), true
		}
	}
	return "", false
}

// definedLine answers "who is X?" or "what is X?" with X's description,
// done true; done is false when the question asks something else, or
// asks for a name the best sentences may give ("what was the program's
// formal name?").
func (e *Engine) definedLine(q *question, ranked []scored) (ans string, done bool) {
	name := definedName(q)
	if name == "" || len(q.entities) > 0 || q.kind != qAny && q.kind != qPerson {
		return "", false
	}
	// "Who is Nicholas Sharp?" asks for a description, not for another
	// name near his.
	if ans = e.describeName(name, q.kind == qPerson); ans != "" {
		return ans, true
	}
	if q.kind == qPerson && commonPhrase(name) {
		// "Who was honorary starter for the sprint?" asks who held a
		// role, which a best sentence may say of a name.
		if held, ok := e.fromArticle(q, ranked); ok && holdsRole(ranked, held, name) {
			return held, true
		}
	}
	return "", !asksName.MatchString(q.core) && !asksCode.MatchString(q.core)
}

// commonPhrase reports whether a phrase a "who was X" question asks about
// is made of common words only, the way English writes a role in lower
// case ("who was honorary starter for the sprint?"): the question asks
// for the one who held it, not for a description of a name.
func commonPhrase(phrase string) bool {
	words := strings.Fields(strings.ToLower(phrase))
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool {
		w = strings.Trim(w, ".,'’")
		x := lexicon.Lookup(w)
		return !stopWord(w) && (!x.Common() || lexicon.GivenName(w))
	})
}

// holdsRole reports whether the paragraph of a best sentence says a name
// with a role, right before its verb "to be" ("Scott Pendlebury was
// honorary starter") or right after it ("the honorary starter, Scott
// Pendlebury"): a name merely near the role's words may be another's.
func holdsRole(ranked []scored, name, role string) bool {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if !stopWord(w) {
			words = append(words, regexp.QuoteMeta(w))
		}
	}
	p := passageSaying(ranked, name)
	if p == nil || len(words) == 0 {
		return false
	}
	n := regexp.QuoteMeta(name)
	before := `(?i)` + n + `\s+(?:is|was|are|were|became|served as)\s+(?:also\s+|now\s+)?(?:the\s+|an?\s+)?` + words[0] + `\b`
	after := `(?i)\b` + words[len(words)-1] + `,?\s+` + n
	return regexp.MustCompile(before).MatchString(p.text) || regexp.MustCompile(after).MatchString(p.text)
}

// wholeSeries is the best sentence's whole series for a question that
// asks for several ("which countries had problems?"), when the answer
// read from the article names some of its items only: "China, Japan,
// and Korea", not "China, Japan". Else the answer as it is.
func (e *Engine) wholeSeries(q *question, ranked []scored, ans string) string {
	if ans == "" || !asksSeveral(q) {
		return ans
	}
	series := e.seriesAnswer(q, ranked, nounSeries)
	have, all := listParts(ans), listParts(series)
	if len(all) <= len(have) {
		return ans
	}
	for _, item := range have {
		if !slices.Contains(all, item) {
			return ans // a series of other things
		}
	}
	if !slices.ContainsFunc(have, allCapitalised) || slices.ContainsFunc(all, func(item string) bool { return !allCapitalised(item) }) {
		// Names are widened to names only: not to "Nicaragua issued
		// tropical storm warnings", a series' last item run on.
		return ans
	}
	return series
}

// listParts are the items of a list line, split where a series
// (seriesSep) is: "China, Japan and Korea" has three.
func listParts(line string) []string {
	var parts []string
	for _, p := range seriesSep.Split(line, -1) {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// doerSaid is the doer a best-ranked sentence names by the question's
// verb, after its passive "by" or before it, or "".
func (e *Engine) doerSaid(q *question, ranked []scored) string {
	for _, s := range ranked[:min(3, len(ranked))] {
		if s.d.kind == docSentence && s.cover >= lineCover {
			if doer := cmp.Or(e.doerBy(q, s.d), e.namedAgent(q, s.d)); doer != "" {
				return doer
			}
		}
	}
	return ""
}

// namedAfterDescription answers "which horse was the beaten Derby
// favourite?" (or "who was …") by the name a best sentence sets after
// the question's description, past a comma: "… trained the beaten
// favorite for the Kentucky Derby, Harlan's Holiday". Every word of the
// description must stand in the phrase that ends at the comma, from its
// "the" on; else "".
func (e *Engine) namedAfterDescription(q *question, ranked []scored) string {
	m := describedAsked.FindStringSubmatch(q.core)
	if m == nil || strandedPreposition[strings.ToLower(lastWordOf(m[1]))] {
		return "" // "what street was the warehouse on?" asks where it was, not which street it was
	}
	want := e.an.terms(m[1])
	if len(want) < 2 {
		return "" // "which ship was the one?" describes nothing
	}
	for _, s := range ranked[:min(3, len(ranked))] {
		if d := s.d; d.kind == docSentence && d.pass != nil {
			if name := e.nameAfterPhrase(d, want); name != "" {
				return name
			}
		}
	}
	return ""
}

// describedAsked matches a question that asks which one a description
// is: "which horse was the beaten derby favorite", "who is the
// refuge's manager"; group 1 is the description, from its "the".
var describedAsked = lazyRE(`(?i)^(?:(?:which|what)\s+\pL+|who)\s+(?:is|was|are|were)\s+(the\s+[^?]+?)\s*\??$`)

// nameAfterPhrase is the name of a sentence that stands after a comma
// closing a phrase, from one of its "the"s ("the beaten favorite for the
// Kentucky Derby"), that says every one of want.
func (e *Engine) nameAfterPhrase(d *doc, want []string) string {
	p, end := d.pass, d.start+len(d.text)
	for _, n := range p.names {
		if n.start < d.start || n.start >= end || !strings.HasSuffix(p.text[:n.start], ", ") || listGoesOn.MatchString(p.text[n.end:]) {
			continue // "the Local 890 of the Union of Mine, Mill, and Smelter Workers": a list's item
		}
		before := p.text[max(d.start, n.start-maxDescription) : n.start-2]
		lower := strings.ToLower(before)
		for i := strings.LastIndex(lower, "the "); i >= 0; i = strings.LastIndex(lower[:i], "the ") {
			said := saidOf(e.an.terms(before[i:]))
			if !slices.ContainsFunc(want, func(t string) bool { return !said[t] }) {
				return n.text
			}
		}
	}
	return ""
}

// listGoesOn matches what follows a list's item: another item or the
// "and" of the last.
var listGoesOn = lazyRE(`^(?:,\s*(?:and\s+|or\s+)?\p{Lu}|\s+(?:and|or)\s)`)

// maxDescription is how far, in bytes, a description may stand before
// the name it describes.
const maxDescription = 80

// listLine answers a list question: the things of the kind it names,
// the places a sentence lists in semicolons, or the series the best
// sentence gives.
func (e *Engine) listLine(q *question, ranked []scored) string {
	if ans := e.listAnswer(q); ans != "" {
		return ans
	}
	if ans := placeList(ranked); ans != "" {
		return ans
	}
	return e.seriesAnswer(q, ranked, nounSeries)
}

// qualifiedItem answers a question that picks one of a list by where it
// is ("which port did they visit in india?") with the one item of the
// best sentence's list ("Pearl Harbor, Hawaii; Colombo, Sri Lanka;
// Chennai, India; …") that the question's place qualifies: "Chennai".
func qualifiedItem(q *question, ranked []scored) string {
	if q.kind != qAny && q.kind != qThing && q.kind != qPlace && q.kind != qList {
		return ""
	}
	items := semicolonItems(ranked)
	lq := strings.ToLower(q.text)
	var found []string
	for _, it := range items {
		m := placeQualified.FindStringSubmatch(strings.TrimSpace(it))
		if m == nil {
			continue
		}
		place := strings.ToLower(strings.TrimRight(m[2], ". "))
		if !containsWords(lq, place) || containsWords(lq, strings.ToLower(m[1])) {
			continue
		}
		if excepted.MatchString(lq[:strings.Index(lq, place)]) {
			return "" // "which locations are outside Pennsylvania?" wants the others
		}
		found = append(found, strings.TrimSpace(m[1])) // "Abu Dhabi, Dubai" of two in the Emirates
	}
	return strings.Join(found, ", ")
}

// excepted matches the words that set a place apart at the end of what
// comes before it: "outside", "besides", "other than".
var excepted = lazyRE(`\b(?:outside|except|besides|beyond|other than|not in|apart from|excluding)\s+(?:of\s+)?(?:the\s+)?$`)

// placeList is the list of places, each with where it is, that the best
// sentence gives in semicolons ("Pearl Harbor, Hawaii; Colombo, Sri
// Lanka; …"), from its first place to the sentence's end; else "".
func placeList(ranked []scored) string {
	items := semicolonItems(ranked)
	if len(items) == 0 {
		return ""
	}
	for _, it := range items[1:] {
		if !placeQualified.MatchString(strings.TrimSpace(it)) {
			return "" // "Members were divided; …" is no list of places
		}
	}
	m := placeQualified.FindStringIndex(items[0])
	if m == nil {
		return ""
	}
	return strings.TrimRight(ranked[0].d.text[m[0]:], ". ")
}

// countedItems answers a count question that the story answers with a
// list rather than a number: the article's list of a kind (countList),
// or the places or the names the best sentence lists when it gives no
// number of what is counted.
func (e *Engine) countedItems(q *question, ranked []scored) string {
	if ans := e.countList(q); ans != "" {
		return ans
	}
	if ans := e.countedInFact(q, ranked); ans != "" {
		return ans
	}
	if q.kind != qCount || q.counted == "" || len(ranked) == 0 || ranked[0].d.kind != docSentence {
		return ""
	}
	if len(e.counts(q, ranked[0].d.alone)) > 0 {
		return "" // the sentence counts it ("six-month" counts no visits)
	}
	if ans := e.countedPlaces(q, ranked); ans != "" {
		return ans
	}
	return e.countedNames(q, ranked[0].d)
}

// countedInFact answers "how many neighbours does Kazakhstan have?" from
// a fact-sheet attribute among the best three documents whose label
// opens with what is counted and whose value lists two or more names
// ("Neighbours named in the story: Russia, China, Afghanistan, and
// Iran"): the count, then the list. A value of clauses or of figures
// ("said the integration …; the tour's success was …") is no list to
// count.
func (e *Engine) countedInFact(q *question, ranked []scored) string {
	if q.kind != qCount || q.counted == "" {
		return ""
	}
	for _, s := range ranked[:min(3, len(ranked))] {
		d := s.d
		if d.kind != docAttribute || d.attr == nil || numberIn.MatchString(d.attr.Value) {
			continue
		}
		f, ok := e.corpus.Field(d.attr.Key)
		if label := e.an.terms(f.Label); !ok || len(label) == 0 || label[0] != q.counted {
			continue
		}
		value := strings.TrimSpace(factAside.ReplaceAllString(d.attr.Value, ""))
		items := factListJoin.Split(value, -1)
		if len(items) >= 2 && !slices.ContainsFunc(items, func(it string) bool { return !opensWithCapital(it) || len(strings.Fields(it)) > 4 }) {
			return fmt.Sprintf("%d: %s", len(items), value)
		}
	}
	return ""
}

// factAside matches a bracketed aside in a fact's value: "(the
// article's \"formidable neighbors\")".
var factAside = lazyRE(`\s*\([^()]*\)`)

// factListJoin matches what parts the items of a fact's list.
var factListJoin = lazyRE(listJoinWords)

// countedPlaces answers "how many port visits did they make?" by
// counting the places the best sentence lists after saying what it
// counts ("conducted port visits in Pearl Harbor, Hawaii; Colombo, Sri
// Lanka; …"): the count, then the list.
func (e *Engine) countedPlaces(q *question, ranked []scored) string {
	list := placeList(ranked)
	if list == "" {
		return ""
	}
	if before := ranked[0].d.text[:strings.Index(ranked[0].d.text, list)]; !slices.Contains(e.an.terms(before), q.counted) {
		return "" // the list is of something else
	}
	return fmt.Sprintf("%d: %s", len(semicolonItems(ranked)), list)
}

// countedNames answers "how many judges voted against it?" by counting
// the names the best sentence sets right after the noun counted ("the
// judges Ricardo Basílico, Adrián Grunberg and Juan Michilini voted"),
// or after it and "of", "like" or "including" ("flight spares of
// Vanguard II and Vanguard III", "neighbors like Russia, China,
// Afghanistan, and Iran"): the count, then the names. A list of years after "in" ("won
// the title in 2008, 2010 and 2013") is not counted: it added a wrong
// line on the blind sets for each right one on dev.
func (e *Engine) countedNames(q *question, d *doc) string {
	if d.pass == nil {
		return ""
	}
	for _, t := range d.tokens {
		if t.term != q.counted {
			continue
		}
		at := d.start + t.end // the noun's end in the paragraph
		if m := namesIntro.FindString(d.pass.text[at:]); m != "" {
			at += len(m) - 1 // "of", "like", "such as", "including": "neighbors like Russia, China, Afghanistan, and Iran"
		}
		if names := namesListedAt(d.pass, at); len(names) >= 2 {
			return fmt.Sprintf("%d: %s", len(names), d.pass.text[names[0].start:names[len(names)-1].end])
		}
	}
	return ""
}

// namesIntro matches the word that may stand between a noun and the
// names it counts, with a space on each side.
var namesIntro = lazyRE(`^,?\s(?:of|like|such as|including)\s`)

// namesListedAt are the names a paragraph lists from a position on, each
// joined to the one before by a comma or "and": "Ricardo Basílico,
// Adrián Grunberg and Juan Michilini".
func namesListedAt(p *passage, at int) []span {
	var out []span
	closed := false
	for _, s := range p.names {
		if s.start < at {
			continue
		}
		gap := p.text[at:s.start]
		if closed || len(out) == 0 && gap != " " || len(out) > 0 && !listJoin.MatchString(gap) {
			break
		}
		out, at = append(out, s), s.end
		closed = strings.Contains(gap, "and") // "…, and Iran, Kazakhstan's pursuit": the "and" ends the list
	}
	return out
}

// listJoin matches what joins two names of a list: ", ", " and ", ", and ".
var listJoin = lazyRE(`^(?:` + listJoinWords + `)$`)

// listJoinWords is what joins two items of a list: ", ", " and ", ", and ".
const listJoinWords = `,\s+(?:and\s+)?|\s+and\s+`

// semicolonItems are the items of the best sentence when it is a list
// of three or more set off by semicolons ("Pearl Harbor, Hawaii; Colombo,
// Sri Lanka; …"), else none.
func semicolonItems(ranked []scored) []string {
	if len(ranked) == 0 || ranked[0].d.kind != docSentence {
		return nil
	}
	if items := strings.Split(ranked[0].d.text, ";"); len(items) >= 3 {
		return items
	}
	return nil
}

// placeQualified matches a list item that ends in a name, a comma and
// the place it is in: "Chennai, India".
var placeQualified = lazyRE(`((?:\p{Lu}[\pL'’.-]*\s?)+),\s+((?:\p{Lu}[\pL'’.-]*\s?)+)\.?$`)

// wholeSentenceAnswer is the answer line read from a sentence or a
// paragraph as a whole, when no figure or name near the question's words
// answers: the sentence that gives a reason, a manner or a yes or no;
// the one date of the answering paragraph; the series a sentence lists.
func (e *Engine) wholeSentenceAnswer(q *question, ranked []scored) string {
	if ans := e.sentenceAnswer(q, ranked); ans != "" {
		return ans
	}
	for _, answer := range []func(*question, []scored) string{e.onlyDateOf, e.timeClauseOf, e.orderedTimeOf, e.verbSeries, e.seriesCount, e.quoteAnswer, e.calledAnswer, e.numberNamedAnswer} {
		if ans := answer(q, ranked); ans != "" {
			return ans
		}
	}
	if noun := oneAsked(q.text); noun != "" && q.kind == qAny {
		if ans := e.nameOfAskedNoun(q, ranked, noun); ans != "" {
			return ans
		}
	}
	if q.kind == qAny && (oneAsked(q.text) != "" || severalAsked(q.text) != "") {
		if ans := e.nameDoingAsked(q, ranked); ans != "" {
			return ans
		}
		if ans := e.nameDoneToAsked(q, ranked); ans != "" {
			return ans
		}
	}
	if noun := severalAsked(q.text); noun != "" && (q.kind == qAny || q.kind == qThing) {
		if ans := e.namesOfAskedNoun(q, ranked, noun); ans != "" {
			return ans
		}
		// "Which parts of the plant does the weevil feed on?" asks for
		// the things the answering sentence lists; names only answer
		// for a noun of people or places ("which states").
		namesAsked := lexicon.Lookup(lexicon.Base(noun)).Kind != ""
		if ans := e.seriesAnswer(q, ranked, func(ans string) bool { return (namesAsked || !namesOrNumbers(ans)) && nounSeries(ans) }); ans != "" {
			return ans
		}
	}
	return ""
}

// nameDoingAsked answers "which roads are closed?" and "which magazine
// described the scene?" with the one name the best sentence sets right
// before the question's verb ("Highway 20 was closed between Sisterdale
// and Santiam Junction"), when the question names none of it. Only a
// question whose noun is the verb's subject is answered so: in "which
// minister did Mobutu depose?" the name before the verb is Mobutu.
func (e *Engine) nameDoingAsked(q *question, ranked []scored) string {
	d, m := afterAskedNoun(q, ranked, verbAfterAux)
	if m == nil {
		return ""
	}
	verb := verbOfWord(m[1])
	if verb == "" {
		return ""
	}
	lq := strings.ToLower(q.text)
	var found []string
	doing := func(name, after string) {
		v := verbAfterAux.FindStringSubmatch(after)
		if v != nil && verbBase(strings.ToLower(v[1])) == verb && !sharesWord(lq, name) && !slices.Contains(found, name) {
			found = append(found, name)
		}
	}
	for n := range namesNotAsked(q, d) {
		doing(n.text, d.pass.text[n.end:])
	}
	// A name that opens the sentence is no name span ("Highway 20 was
	// closed"): its capitalised words, and numbers, up to the verb.
	if o := openingName.FindString(d.text); o != "" && !stopWord(strings.ToLower(strings.Fields(o)[0])) && (strings.Contains(o, " ") || !lexicon.Lookup(strings.ToLower(o)).Common()) {
		doing(o, d.text[len(o):])
	}
	return onlyOne(found)
}

// nameDoneToAsked answers "which prime minister did Mobutu depose?"
// with the one name the best sentence sets right after the question's
// verb, the question's subject said before it: "Mobutu deposed Prime
// Minister Lumumba".
func (e *Engine) nameDoneToAsked(q *question, ranked []scored) string {
	d, m := afterAskedNoun(q, ranked, objectAsked)
	if m == nil {
		return ""
	}
	subject, verb := strings.ToLower(m[1]), verbOfWord(wordRe.FindString(m[2]))
	if verb == "" {
		return ""
	}
	lq := strings.ToLower(q.text)
	text := d.pass.text
	var found []string
	for n := range namesNotAsked(q, d) {
		before := wordRe.FindAllStringIndex(text[d.start:n.start], -1)
		name := withoutAskedTitle(lq, n.text) // "Prime Minister Patrice Lumumba" for "which prime minister"
		if len(before) == 0 || name == "" || sharesWord(lq, name) {
			continue
		}
		last := before[len(before)-1]
		said := strings.ToLower(text[d.start+last[0] : d.start+last[1]])
		gap := text[d.start+last[1] : n.start]
		if verbBase(said) == verb && objectGap.MatchString(gap) && containsWords(strings.ToLower(text[d.start:d.start+last[0]]), lastWordOf(subject)) && !slices.Contains(found, name) {
			found = append(found, name)
		}
	}
	return onlyOne(found)
}

// afterAskedNoun is the best-ranked document, when it is an article
// sentence, and what re matches of a which-NOUN question right after its
// noun; nil when either fails.
func afterAskedNoun(q *question, ranked []scored, re *lazyRegexp) (*doc, []string) {
	if ranked[0].d.kind != docSentence {
		return nil, nil
	}
	_, end := whichNoun(q.text)
	return ranked[0].d, re.FindStringSubmatch(q.text[end:])
}

// onlyOne is the one name found, or "" when there are none or several:
// a sentence that names two of what is asked does not say which.
func onlyOne(found []string) string {
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

// withoutAskedTitle is a name without the words that open it which the
// (lower-case) question says: "Patrice Lumumba" of "Prime Minister
// Patrice Lumumba" for "which prime minister …".
func withoutAskedTitle(lq, name string) string {
	words := strings.Fields(name)
	i := 0
	for i < len(words) && containsWords(lq, strings.ToLower(words[i])) {
		i++
	}
	return strings.Join(words[i:], " ")
}

// objectAsked matches what follows the noun of a "which NOUN" question
// whose noun is the verb's object: an auxiliary, the subject (group 1)
// and the verb with what follows it (group 2): "did Mobutu depose".
var objectAsked = lazyRE(`(?i)^\s+(?:did|does|do|has|have|had|will|would|could|can)\s+((?:the\s+)?[\pL'’-]+(?:\s+[\pL'’-]+)?)\s+([\pL]+.*)$`)

// objectGap matches what may stand between a verb and the name of its
// object: an article and up to two lower-case words ("deposed Prime
// Minister" has none; "deposed the elected Prime Minister").
var objectGap = lazyRE(`^\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+){0,2}$`)

// sharesWord reports whether a name says a word of the (lower-case)
// question.
func sharesWord(lq, name string) bool {
	return slices.ContainsFunc(strings.Fields(strings.ToLower(name)), func(w string) bool { return containsWords(lq, w) })
}

// verbAfterAux matches the verb right after a name, or after the noun of a
// "which NOUN" question, with the auxiliaries of a passive, a perfect or
// a future before it: " was closed", " has reopened", " won".
var verbAfterAux = lazyRE(`(?i)^\s+(?:(?:is|are|was|were|has|have|had|been|being|will|would|can|could|also|still|first)\s+){0,3}([\pL]+)`)

// verbOfWord is the base of a question's word when it is a verb's form
// ("closed" → "close", "depose"), else "".
func verbOfWord(w string) string {
	lw := strings.ToLower(w)
	if lw == "" || !verbForm(lw) && lexicon.VerbOf(lw) == "" {
		return ""
	}
	return verbBase(lw)
}

// openingName matches the capitalised words and numbers that open a
// sentence: "Highway 20", "Santiam Junction".
var openingName = lazyRE(`^\p{Lu}[\pL’'.-]*(?:\s+(?:\p{Lu}[\pL’'.-]*|\d+))*`)

// verbBase is the verb a word is a form of: "closed" → "close".
func verbBase(w string) string {
	if v := lexicon.VerbOf(w); v != "" {
		return v
	}
	return lexicon.Base(w)
}

// oneAsked is the singular noun of a "which/what NOUN" question that asks
// for one thing by its name ("which airport", "what module"), or "".
func oneAsked(question string) string {
	start, end := whichNoun(question)
	if end <= start {
		return ""
	}
	noun := strings.ToLower(question[start:end])
	if lexicon.Base(noun) != noun || stopWord(noun) || lexicon.Lookup(noun).POS&lexicon.Noun == 0 {
		return ""
	}
	return noun
}

// nameOfAskedNoun answers "which module did Dragon dock to?" with the one
// name the best-ranked sentence gives the noun asked for, the question
// naming it not: "the Harmony module's port" gives "Harmony module",
// "from Nausori International Airport" "Nausori International Airport",
// "the 557th Expeditionary Red Horse Squadron" all of it. A sentence that
// names two airports says which of them in words a name cannot tell.
func (e *Engine) nameOfAskedNoun(q *question, ranked []scored, noun string) string {
	d := ranked[0].d
	if !e.sentenceAnswers(q, d) {
		return ""
	}
	var found []string
	var at []int // where each found name starts
	for n := range namesNotAsked(q, d) {
		if name := namedAsNoun(d.pass.text, n, noun); name != "" && !slices.Contains(found, name) {
			found, at = append(found, name), append(at, n.start)
		}
	}
	if len(found) == 2 {
		return byDirection(q.text, d.pass.text, found, at)
	}
	return onlyOne(found)
}

// byDirection picks of two names the one a question of where something
// went, or came from, asks for, by the "to" or "from" right before it: "a
// flight from Nausori International Airport … to Nadi International
// Airport" answers "which airport was it supposed to land at?" with the
// second; "" when the question asks neither or the text says neither.
func byDirection(question, text string, names []string, at []int) string {
	want := ""
	switch to, from := arrivalAsked.MatchString(question), departureAsked.MatchString(question); {
	case to && !from:
		want = "to"
	case from && !to:
		want = "from"
	default:
		return ""
	}
	var out []string
	for i, name := range names {
		if w := lastWords(text[:at[i]], 1); len(w) == 1 && strings.EqualFold(w[0], want) {
			out = append(out, name)
		}
	}
	return onlyOne(out)
}

var (
	// arrivalAsked matches a question of where something went: "land
	// at", "arrive", "headed", "destination".
	arrivalAsked = lazyRE(`(?i)\b(?:land(?:s|ed|ing)?|arriv\w*|reach(?:es|ed|ing)?|head(?:s|ed|ing)? (?:to|for)|bound for|destination|going to|fl(?:y|ies|ew|ying) to)\b`)
	// departureAsked matches a question of where something came from:
	// "leave", "depart", "take off from".
	departureAsked = lazyRE(`(?i)\b(?:leav(?:e|es|ing)|left|depart\w*|t(?:ake|akes|ook|aking) off|set(?:s|ting)? (?:off|out)|originat\w*|c(?:o|a)me from)\b`)
)

// namedAsNoun is a name of a text as the name of a noun's thing: the name
// itself when its last word is the noun ("Nausori International
// Airport"), with the noun when it follows ("Harmony module"), and with
// the ordinal before it ("557th Expeditionary Red Horse Squadron"); or ""
// when the name is of something else, or only says by whom ("a JPL-led
// study").
func namedAsNoun(text string, n span, noun string) string {
	name := n.text
	last := lastWordOf(name)
	if strings.Contains(last, "-") && !opensWithCapital(last[strings.LastIndex(last, "-")+1:]) {
		return "" // "JPL-led", "Florida-based"
	}
	if lexicon.Base(strings.ToLower(last)) != noun {
		if demonymBefore(text, n) {
			return "" // "Dutch museum" says whose museum, not which
		}
		m := nounAfterName.FindStringSubmatch(text[n.end:])
		if m == nil || lexicon.Base(m[1]) != noun {
			return ""
		}
		name += " " + m[1]
	}
	return withOrdinal(text, n.start, name)
}

// withOrdinal is a name with the ordinal that stands right before it in
// a text, where it starts: "the 16th Street Bridge".
func withOrdinal(text string, start int, name string) string {
	if m := ordinalBefore.FindString(text[:start]); m != "" {
		return strings.TrimSpace(m) + " " + name
	}
	return name
}

// namesNotAsked yields the names a sentence gives that the question
// does not say.
func namesNotAsked(q *question, d *doc) iter.Seq[span] {
	lq := strings.ToLower(q.text)
	return func(yield func(span) bool) {
		for _, n := range d.pass.names {
			if n.start < d.start || n.end > d.start+len(d.text) || containsWords(lq, strings.ToLower(n.text)) {
				continue
			}
			if !yield(n) {
				return
			}
		}
	}
}

// nounAfterName finds the lower-case noun right after a name: "Harmony
// [module]’s port", "the Brainerd [neighborhood]".
var nounAfterName = lazyRE(`^\s([a-z]+)\b`)

// namesOfAskedNoun answers "which NASA centers provided the analysis?"
// with the names a best sentence gives whose last word is the noun asked
// for ("NASA’s Ames Research Center, NASA’s Langley Research Center"),
// when it gives two or more, the question naming none of them: a series
// of other words in the sentence ("flight performance analysis and
// technical assistance") is what they gave, not which they were.
func (e *Engine) namesOfAskedNoun(q *question, ranked []scored, noun string) string {
	base := lexicon.Base(noun)
	for d := range e.answeringSentences(q, ranked) {
		var names []string
		for n := range namesNotAsked(q, d) {
			// "California’s Silicon Valley and NASA’s Langley Research
			// Center" may have been read as one name of two.
			for i, part := range strings.Split(n.text, " and ") {
				if lexicon.Base(strings.ToLower(lastWordOf(part))) != base || slices.Contains(names, part) {
					continue
				}
				if i == 0 {
					part = withOrdinal(d.pass.text, n.start, part) // "the 16th Street Bridge"
				}
				names = append(names, part)
			}
		}
		if len(names) >= 2 {
			return strings.Join(names, ", ")
		}
	}
	return ""
}

// datedInParagraph reports whether a sentence's paragraph holds a date,
// even one relative to the article's ("a decade ago", "a year later"),
// in a sentence that names what the question names (all its fact-sheet
// entries, and one of the article's names it gives, or names them in the
// sentence before when it says "he" or "she"), or, when the question
// names nothing, in a sentence that says what it asks happened: the
// story is then not silent on when, though the date may
// be of the event in other words ("the drive geared up soon after").
// The date of Ann Lee's visit to Gull Point is no evidence of the day
// Tom Hale arrived in Elm Bay.
func (e *Engine) datedInParagraph(q *question, d *doc) bool {
	for _, date := range d.pass.dateSpans() {
		from, to := sentenceAround(d.para, date.start)
		if !namesAllBetween(q, d.pass, from, to) {
			continue
		}
		if len(q.named) == 0 && len(q.entities) == 0 {
			if e.datesAsked(q, d.pass, from, to) {
				return true // it names nothing: the sentence must say what happened
			}
			continue
		}
		if from > 0 && pronoun.MatchString(d.para.Text[from:to]) {
			from, _ = sentenceAround(d.para, from-1) // "he established it …" speaks of whom the sentence before named
		}
		if len(q.named) == 0 || slices.ContainsFunc(q.named, func(id string) bool { return namesBetween(d.pass, id, from, to) }) {
			return true
		}
	}
	return false
}

// namesBetween reports whether a stretch of a paragraph names an entry.
func namesBetween(p *passage, id string, from, to int) bool {
	return slices.ContainsFunc(p.mentions, func(m mention) bool { return m.entity == id && m.start >= from && m.end <= to })
}

// datesAsked reports whether a sentence of a paragraph, from from to to,
// is one whose date could answer a "when" question: it names what the
// question names (the fact sheet's entries) and says what it asks
// happened. It may refer to its subject otherwise ("Discovered … a
// decade ago, the fungus …").
func (e *Engine) datesAsked(q *question, p *passage, from, to int) bool {
	return e.saysWhatHappened(q, saidOf(termsBetween(p.tokens, from, to))) && namesAllBetween(q, p, from, to)
}

// namesAllBetween reports whether a stretch of a paragraph names every
// entry the question names.
func namesAllBetween(q *question, p *passage, from, to int) bool {
	for _, id := range q.entities {
		if !namesBetween(p, id, from, to) {
			return false
		}
	}
	return true
}

// onlyDateOf answers "when" with the one date of the best passage's
// paragraph, when the paragraph covers the question and the date's
// sentence is one of what is asked (datesAsked), though no one sentence
// holds both: "Nor are most familiar with white-nose syndrome …
// Discovered in a New York cave a decade ago, WNS is now …" dates the
// finding of white-nose syndrome. Two dates, or none, and it gives none.
func (e *Engine) onlyDateOf(q *question, ranked []scored) string {
	top := ranked[0]
	if q.kind != qDate || top.d.kind != docSentence || top.cover < lineCover {
		return ""
	}
	p := top.d.pass
	dates := ofLifeEventAsked(q, p, datesIn(e, q, p)) // not the birth for "when did she die?"
	if len(dates) != 1 || q.clock && (dates[0].start < top.d.start || dates[0].end > top.d.start+len(top.d.text)) {
		return "" // a time of day answers only in the sentence that says what happened then
	}
	// The paragraph names what is asked about; the date's own sentence
	// says what happened ("Discovered … a decade ago").
	in := saidOf(termsOf(p.tokens))
	if e.sentenceCover(q, in) < answerCover || !e.sameSubject(q, in) {
		return ""
	}
	from, to := sentenceAround(top.d.para, dates[0].start)
	if !e.datesAsked(q, p, from, to) {
		return ""
	}
	return dates[0].text
}

// fromFacts finds the answer in the best documents by what the fact
// sheet knows: the attribute the question asks for, or the kind of value
// it wants (a date, a count, a person) in a document about what it names.
// An entry's card answers only when no article sentence covers the
// question as well.
func (e *Engine) fromFacts(q *question, ranked []scored) (string, bool) {
	return e.factAnswer(q, ranked, true)
}

// statedFact is fromFacts's answer only where a fact states it as its
// value: the fact the question asks for, not a name or figure read from
// a fact's or a sentence's words.
func (e *Engine) statedFact(q *question, ranked []scored) (string, bool) {
	return e.factAnswer(q, ranked, false)
}

// factAnswer is fromFacts, and with read false statedFact.
func (e *Engine) factAnswer(q *question, ranked []scored, read bool) (string, bool) {
	if top := ranked[0].d; top.kind == docAttribute && e.asksFor(q, top) && e.aboutAll(q, top) {
		switch q.kind {
		case qDate, qMoney, qCount:
			// "How much did the sale make?" may use a cue word of the
			// manufacturer, but a maker is no amount of money.
			if e.answerIn(q, top) != "" {
				return top.attr.Value, true
			}
		case qThing, qPlace:
			// "Which boats did Elm Bay sell?" is not answered by the
			// seller: the value must name the kind of thing asked for.
			if e.valueNames(top, q.asked) {
				return top.attr.Value, true
			}
		case qPerson:
			// "Who runs the reward program?" is not answered by what
			// the program does: the value must be a name.
			if e.valueIsName(top) {
				return top.attr.Value, true
			}
		case qYesNo, qWhy, qHow, qMeasure, qShare:
			// A yes or no, a reason, a manner or a measure is not what
			// a fact's value is, whatever cue word it shares.
		default:
			// "What kind of animal is the darter?" is not answered by
			// the animals of a survey that lists the darter.
			if q.head == "" || !valueRepeats(q, top) {
				return top.attr.Value, true
			}
		}
	}
	best := bestCover(ranked)
	ordered, facts := e.askedFactsFirst(q, ranked[:min(3, len(ranked))])
	for i, s := range ordered {
		if s.cover < foundThreshold || s.cover < best*nearBest || !e.aboutAll(q, s.d) || !e.speaksFor(q, s.d) {
			continue // not the evidence that covers the question best
		}
		if s.d.kind == docSentence && (q.kind == qCount || !e.couldAnswer(q, s.d.said()) && !saysLastedUntil(q, s.d.text)) {
			// fromArticle reads an article's numbers more closely, and a
			// name in a sentence about something else is no answer; "The
			// eruption lasted until 5 June 1967" says when it ended.
			continue
		}
		if s.d.kind == docAttribute && !e.asksFor(q, s.d) {
			continue // Hale's years in office are not the date of his visit
		}
		if s.d.kind == docEntry && sentenceAsGood(ordered, s.cover) {
			// An entry's card retells the article in the fact sheet's
			// words ("her first lamb was born in April 1998"), and a
			// figure or name read from its prose is a loose guess: an
			// article sentence that says as much of the question is
			// the better witness, read closely by fromArticle, and
			// when that finds no answer the card's guess is no better.
			continue
		}
		if i < facts {
			// "Who sold the boats?": the seller, a country or a person;
			// "where is Norvia?": its region, not a neighbour the
			// article names beside it; "what neighbours does Norvia
			// have?": the fact so labelled, whatever the kind of its
			// value ("neighbour" is a person first in WordNet).
			return s.d.attr.Value, true
		}
		if !read {
			continue
		}
		if ev := e.answerIn(q, s.d); ev != "" {
			if q.kind == qPlace && s.d.kind == docSentence {
				return betweenPlaces(s.d.text, ev), true
			}
			return ev, true
		}
	}
	return "", false
}

// sentenceAsGood reports whether one of the best documents is an
// article sentence that covers the question as well as cover.
func sentenceAsGood(top []scored, cover float64) bool {
	return slices.ContainsFunc(top, func(s scored) bool { return s.d.kind == docSentence && s.cover >= cover })
}

// answers reports whether the story answers a question it has found no
// answer line for: not when it wants a date, an amount or a number the
// best passages lack, nor a person when the fact sheet names people and
// the best documents name none ("who negotiated the sale?").
func (e *Engine) answers(q *question, ranked []scored) bool {
	switch q.kind {
	case qDate, qMoney, qCount:
		return !e.silentOn(q, ranked)
	case qPerson:
		if !slices.Contains(e.kinds, corpus.KindPerson) {
			return true // no fact sheet names people: nothing to check
		}
		for _, s := range ranked[:min(3, len(ranked))] {
			if e.namesKind(s.d, corpus.KindPerson) || e.namesKind(s.d, corpus.KindOrganisation) || e.namesKind(s.d, corpus.KindPlace) {
				return true
			}
		}
		return false
	}
	return true
}

// namesOnlyBeforeClause reports whether a "who is X" question names one
// entry and nothing else (onlyNames), before any relative clause that
// only restates it: "who were the Trustees that ran the assessment?"
// asks who the Trustees were.
func (e *Engine) namesOnlyBeforeClause(q *question) bool {
	if e.onlyNames(q) {
		return true
	}
	loc := relativeClause.FindStringIndex(q.text)
	if loc == nil {
		return false
	}
	main := e.parse(q.text[:loc[0]])
	return slices.Equal(main.entities, q.entities) && e.onlyNames(main)
}

// relativeClause finds where a relative clause opens.
var relativeClause = lazyRE(`(?i)\s(?:that|who|which)\s`)

// cuesNoun reports whether a fact is labelled with the noun a "which
// NOUN" question asks for: the noun is one of its field's cue words, or
// opens its label ("Neighbours named in the story"). A label that only
// says the noun further on ("Among the 81 boats sold") is about
// something else of those things.
func (e *Engine) cuesNoun(q *question, d *doc) bool {
	start, end := whichNoun(q.text)
	f, ok := e.corpus.Field(d.attr.Key)
	if end <= start || !ok {
		return false
	}
	noun := e.an.terms(q.text[start:end])
	var said []string
	for _, c := range f.Cues {
		said = append(said, e.an.terms(c)...)
	}
	if first := e.an.terms(f.Label); len(first) > 0 {
		said = append(said, first[0])
	}
	return len(noun) == 1 && slices.Contains(said, noun[0])
}

// askedFactsFirst orders the best few documents with the facts that
// answer by their value first (isAskedFact), and says how many they are: "what neighbours does
// Norvia have" is answered by Norvia's neighbours, not by a sentence that
// ranks first on the article's prior and names a president beside "its
// neighbour".
func (e *Engine) askedFactsFirst(q *question, top []scored) (ordered []scored, facts int) {
	var rest []scored
	for _, s := range top {
		if e.isAskedFact(q, s.d) {
			ordered = append(ordered, s)
		} else {
			rest = append(rest, s)
		}
	}
	return append(ordered, rest...), len(ordered)
}

// isAskedFact reports whether a document is a fact that answers a
// question by its value alone: for "which NOUN", one labelled with the
// noun; for "who" and "where", one the question's words ask for whose
// value opens with a name.
func (e *Engine) isAskedFact(q *question, d *doc) bool {
	if d.kind != docAttribute {
		return false
	}
	switch q.kind {
	case qThing:
		return e.cuesNoun(q, d)
	case qPerson, qPlace:
		return e.asksFor(q, d) && opensWithCapital(d.attr.Value) // a name, so valueIsName too
	}
	return false
}

// valueRepeats reports whether an attribute's value says a word of what
// the question asks about (its topical words, not the noun it asks for).
func valueRepeats(q *question, d *doc) bool {
	for _, u := range q.units {
		if u.topical && u.entity == "" && !isHeadUnit(q, u) && d.terms[u.term]&inValue != 0 {
			return true
		}
	}
	return false
}

// valueNames reports whether an attribute's value names an entry of a kind.
func (e *Engine) valueNames(d *doc, kind corpus.Kind) bool {
	from := len(d.text) - len(d.attr.Value)
	for _, m := range d.mentions {
		if m.start >= from && e.kindOf(m.entity) == kind {
			return true
		}
	}
	return false
}

// opensWithCapital reports whether a text opens with a capital letter: a
// value with a name, not with a description that names someone later
// ("sponsored the Bat Blitz"); a word of a name.
func opensWithCapital(value string) bool {
	r, _ := utf8.DecodeRuneInString(value)
	return unicode.IsUpper(r)
}

// valueIsName reports whether an attribute's value names someone or
// something: an entry, or words written as a name ("Elm Bay",
// "Tom Hale"), not a description ("rewards members of the public").
func (e *Engine) valueIsName(d *doc) bool {
	from := len(d.text) - len(d.attr.Value)
	for _, m := range d.mentions {
		if m.start >= from {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(d.attr.Value)
	return unicode.IsUpper(r)
}

// namesKind reports whether a document names an entry of a kind, or is
// about one.
func (e *Engine) namesKind(d *doc, kind corpus.Kind) bool {
	if d.entry != nil && d.entry.Kind == kind {
		return true
	}
	for _, m := range d.mentions {
		if e.kindOf(m.entity) == kind {
			return true
		}
	}
	return false
}

// holderOf answers "who is the ROLE of PLACE": the one person the best
// documents name who the fact sheet says holds that role there, by an
// attribute ("Office: Mayor of Elm Bay") or an alias ("Mayor of Elm
// Bay"); when none does, the person an article sentence among them
// titles so ("Costa Rica president Luis Guillermo Solís"). A mayor named
// next to another town is not its mayor: with no such person the story
// doesn't say.
func (e *Engine) holderOf(q *question, ranked []scored) (string, bool) {
	best := ranked[:min(3, len(ranked))]
	for _, s := range best {
		if s.cover < foundThreshold {
			continue
		}
		cands := entityIDs(s.d.mentions)
		if s.d.entry != nil {
			cands = append([]string{s.d.entry.ID}, cands...)
		}
		for _, id := range cands {
			if e.kindOf(id) == corpus.KindPerson && e.holds(id, q.role, q.roleOf) {
				return e.nameOf(id), true
			}
		}
	}
	for _, s := range best {
		if s.cover >= foundThreshold && s.d.kind == docSentence && s.d.pass != nil {
			if id := e.titledHolder(s.d, q.role, q.roleOf); id != "" {
				return e.nameOf(id), true
			}
		}
	}
	return "", false
}

// titledHolder is the person an article sentence names right after a
// place and a role, the role one word: "Costa Rica president Luis
// Guillermo Solís" is who the president of Costa Rica is. Not "Costa
// Rica vice president …", whose role is another, nor "former Costa Rica
// president …", who held it before; "" when there is none.
func (e *Engine) titledHolder(d *doc, role, place string) string {
	p, end := d.pass, d.start+len(d.text)
	for _, m := range p.mentions {
		if m.start < d.start || m.end > end || e.kindOf(m.entity) != corpus.KindPerson {
			continue
		}
		for _, pm := range p.mentions {
			if pm.entity != place || pm.start < d.start || pm.end > m.start {
				continue
			}
			title := titleBetween.FindStringSubmatch(p.text[pm.end:m.start])
			if title == nil || !slices.Equal(e.an.terms(title[1]), []string{role}) {
				continue
			}
			// "former Peru president …", or "Former Peru", a sentence's
			// first words read as one name.
			opening := strings.Fields(p.text[pm.start:pm.end])[0]
			if before := lastWords(p.text[d.start:pm.start], 1); len(before) == 1 && timeWord.MatchString(before[0]) || timeWord.MatchString(opening) {
				continue
			}
			return m.entity
		}
	}
	return ""
}

// titleBetween matches the one-word title between a place and a name:
// " president ", "’s president ".
var titleBetween = lazyRE(`^(?:['’]s)?\s+(\pL+)\s+$`)

// holds reports whether the fact sheet gives a person a role in a place.
func (e *Engine) holds(person, role, place string) bool {
	for _, d := range e.docs {
		if d.kind == docAttribute && d.entry.ID == person && d.terms[role] != 0 && slices.Contains(d.entities, place) {
			return true
		}
	}
	for _, n := range e.names[person] {
		if slices.Contains(termsOf(n.toks), role) && slices.Contains(n.entities, place) {
			return true
		}
	}
	return false
}

// answerIn finds the answer to a question's kind in a document: a date
// next to the words the question asks about, an amount, a count of the
// thing the question counts, or a new person or place (the question
// table's fromDoc).
func (e *Engine) answerIn(q *question, d *doc) string {
	if f := kindRow(q.kind).fromDoc; f != nil {
		return f(e, q, d)
	}
	return ""
}

// moneyOf is a document's amount of money, when it gives one: of a
// sentence that gives several ("$800 in the 1960s and up to $3,000 in
// the early 2000s"), which answers is read from the article, nearest
// the question's words.
func moneyOf(_ *Engine, _ *question, d *doc) string {
	if d.kind == docSentence && len(d.alone.moneySpans()) > 1 {
		return ""
	}
	return d.money
}

// countOf is a document's count when it counts what the question does.
func (e *Engine) countOf(q *question, d *doc) string {
	if d.count == "" {
		return ""
	}
	switch {
	case q.counted == "" && d.kind == docSentence:
		// "How many died?" names nothing counted: which of a sentence's
		// counts answers is read from the article, nearest the verb
		// ("sickened 60 children, and two of them died").
		return ""
	case d.kind == docSentence || len(q.countedBy) == 0:
		if !e.countsWhatIsAsked(q, d) {
			return ""
		}
		if n, _ := baselineAsked(q.text, d.text); n != "" {
			return n // "47 cases …, compared with 9 in the same period last year"
		}
		return d.count
	case d.kind == docEntry:
		// A card tells of many things: its first count answers only
		// when its own clause narrows it as asked ("more than 4,000
		// nests this year" is no count of green turtle nests), and then
		// the count in that clause that says the narrowing word ("700
		// nests (about 500 green, 200 loggerhead)": 200 loggerhead).
		clause := clauseOf(d.text, d.count)
		if !e.narrowedAsAsked(q, saidOf(e.an.terms(clause))) || !e.countsWhatIsAsked(q, d) {
			return ""
		}
		if cs := e.counts(q, &passage{text: clause}); len(cs) > 0 {
			return cs[0].text
		}
		return d.count
	}
	// A fact may count several things, the one asked for not first:
	// "more than 4,000 nests, including over 2,100 green turtle nests".
	// The count's own words narrow it, or the fact's label, cue words
	// and entry's names ("total" of "Number of boats: 40").
	label := e.an.terms(d.cues + " " + d.names + " " + d.entry.Name)
	for _, c := range e.counts(q, d.alone) {
		if e.narrowedAsAsked(q, saidOf(append(e.an.terms(c.text), label...))) {
			return c.text
		}
	}
	return ""
}

// baselineAsked is the figure a sentence compares its own against, when
// the question asks of that earlier time: "47 measles cases had been
// confirmed since January, compared with 9 in the same period last
// year" answers "how many cases were there last year?" with 9, found at
// at; "" when the question asks of no earlier time or the text says
// none.
func baselineAsked(question, text string) (figure string, at int) {
	asked := earlierTime.FindStringSubmatch(strings.ToLower(question))
	if asked == nil {
		return "", 0
	}
	unit := cmp.Or(asked[1], asked[2])
	for _, m := range comparedFigure.FindAllStringSubmatchIndex(text, -1) {
		after := strings.ToLower(text[m[3]:min(len(text), m[3]+baselineReach)])
		if said := earlierTime.FindStringSubmatch(after); said != nil && cmp.Or(said[1], said[2]) == unit {
			return text[m[2]:m[3]], m[2] // "the year before" asks of "last year"
		}
	}
	return "", 0
}

var (
	// earlierTime matches an earlier time a figure may be of, and its
	// unit: "last year", "the year before", "a year earlier".
	earlierTime = lazyRE(`\b(?:last|previous|prior) (year|season|month|week)\b|\b(?:the|a) (year|season|month|week) (?:before|earlier)\b`)
	// comparedFigure matches the figure a sentence compares its own
	// against: "compared with 9", "up from about 300".
	comparedFigure = lazyRE(`(?i)\b(?:compared (?:with|to)|against|versus|up from|down from)\s+(?:about\s+|around\s+|just\s+)?(\d[\d,.]*)`)
)

// baselineReach is how far after a figure compared against its time may
// stand, in bytes: "9 in the same period last year".
const baselineReach = 60

// nameIn is the one person or place a document names that the question
// does not; names the article alone knows are weighed by fromArticle.
func (e *Engine) nameIn(q *question, d *doc) string {
	ids := e.newIDs(q, d, q.asked, 2)
	if q.kind == qPerson && !asksSpeaker.MatchString(q.core) {
		if speaker := attributedSpeaker(d); speaker != "" {
			// "Peterson said the BLM had to close the cave": who closed
			// it is not who said so.
			ids = slices.DeleteFunc(ids, func(id string) bool { return isReportingSpeaker(d, id, speaker) })
		}
	}
	if len(ids) == 1 && !e.fromArticleOnly(ids[0]) {
		return e.nameOf(ids[0])
	}
	return ""
}

// isReportingSpeaker reports whether a sentence names an entry as its
// speaker before a word of saying, so that what follows is what the
// speaker reports ("Peterson said the BLM had to close the cave"). A
// speaker named after it ("…,” said Ann Lee, the co-founder of the race")
// is described there, and may be what a question asks for.
func isReportingSpeaker(d *doc, id, speaker string) bool {
	verbs := speechVerbRe.FindAllStringIndex(d.text, -1)
	for _, m := range d.mentions {
		if m.entity != id || !containsWords(speaker, d.text[m.start:m.end]) {
			continue
		}
		if slices.ContainsFunc(verbs, func(v []int) bool { return m.end <= v[0] }) {
			return true
		}
	}
	return false
}

// namesIn are the entries of the kind asked for that a document names:
// "which boats were sold?" may have several answers.
func (e *Engine) namesIn(q *question, d *doc) string {
	var names []string
	for _, id := range e.newIDs(q, d, q.asked, -1) {
		if q.head != "" && !e.entryIsA(id, q.head) {
			// "What movement does the fault zone take up?" is not the
			// "M6 South Napa earthquake", though both are events: an
			// entry named for what happened must be the noun asked.
			continue
		}
		names = append(names, e.nameOf(id))
	}
	return strings.Join(names, ", ")
}

// entryIsA reports whether an entry may be what a question asks for by
// its noun: its name says the noun or a kind of it ("Typhoon Haima" is a
// storm), or ends in no word for an event or an act ("Cleveland Browns"
// may be the team asked, "Hale group" the firm). "M6 South Napa
// earthquake" is no movement.
func (e *Engine) entryIsA(id, noun string) bool {
	en, ok := e.entry(id)
	if !ok {
		return true
	}
	noun = lexicon.Base(strings.ToLower(noun))
	classed := false
	for _, name := range append([]string{en.Name}, en.Aliases...) {
		words := strings.Fields(name)
		for i, w := range words {
			b := lexicon.Base(strings.ToLower(w))
			if b == noun || lexicon.IsA(b, noun) {
				return true
			}
			if i == len(words)-1 && w == strings.ToLower(w) && (lexicon.IsA(b, "event") || lexicon.IsA(b, "act") || lexicon.IsA(b, "phenomenon")) {
				classed = true // "… earthquake", "… riot": the name says what happened; "Hale group" may be the firm asked
			}
		}
	}
	return !classed
}

// nearWords is how far, in bytes, a date may stand from a word of the
// question and still be its date.
const nearWords = 60

// dateNear returns the date in a document closest to a word or name of the
// question, if one is near. In "Secretary of State from May 2001 to June
// 2004 and Mayor 1990–1998", a question about the mayor gets 1990, and
// one about a visit gets no date at all.
func (e *Engine) dateNear(q *question, d *doc) string {
	text := d.text
	var dates []span
	if q.clock {
		// "What time did it begin?" is not answered by the day alone.
		if d.kind == docSentence && !e.couldAnswer(q, d.said()) {
			return "" // "The boat capsized at 4:10 am" is no time the rescuers reached it
		}
		dates = clocksFor(q, text)
	} else {
		if d.date == "" {
			return ""
		}
		if d.attr != nil {
			// An attribute asked for is about what it names; of two
			// dates in its value ("began February 22, 1860; mostly
			// ended April 10, 1860"), the one beside the question's
			// words answers, else its first.
			if len(datedSpans(d.attr.Value)) > 1 {
				read := *d
				read.attr = nil // read as a sentence is
				if near := e.dateNear(q, &read); near != "" {
					return near
				}
			}
			return d.date
		}
		// "The 2011 … Final … on 28 May 2011": the day, where the year
		// labels the final.
		dates = withoutYearLabels(text, ofDesignationAsked(e.designationsAsked(q), text, dateRanges(text, datedSpans(text))))
		// The text is one sentence: a document's.
		whole := func(int) (int, int) { return 0, len(text) }
		dates = slices.DeleteFunc(dates, func(d span) bool { return e.datesOtherDoing(q, text, d, whole) })
		dates = namedDates(q, &passage{text: text, tokens: d.tokens}, dates)
	}
	if until := untilDate(q, text, dates); until != "" {
		return until // "lasted until 5 June 1967" says when the eruption ended
	}
	dates = e.withoutLastedUntil(q, text, dates)
	anchors := dateAnchors(q, d)
	named := properAnchors(text, anchors)
	best, bestDist, bestNamed := "", nearWords+1, len(text)
	inAside := asideDates(q, text, dates, true)
	if ofEvent := e.datesOfEvent(q, d, dates); len(ofEvent) == 0 || slices.ContainsFunc(ofEvent, func(date span) bool { return !inAside(date) }) {
		// The brackets of "Walter LaGrand (January 26, 1962 – March 3,
		// 1999) bungled a bank robbery" are his life's dates, though
		// the robbery is in their part of the sentence.
		dates = ofEvent
	}
	for _, date := range dates {
		if inAside(date) || sinceCompared(q, text, date) {
			// "the blackout of 2016 … on 28 September 2016"; "the
			// longest since 1989"
			continue
		}
		from, to := clauseAround(text, date.start, date.end)
		if !e.saysWhatHappened(q, saidOf(termsBetween(d.tokens, from, to))) {
			continue // "listed in 1979; hibernates in two caves" dates no discovery
		}
		dist, nd := spanDistance(date, anchors, nearWords+1), spanDistance(date, namedOfDate(named, text, date), len(text))
		// Of two as near the question's words, the one nearer the names
		// it says before them:
		// "their Gold Medal in 1923 and … their Hans Egede Medal in 1924"
		// dates the Hans Egede Medal 1924.
		if dist < bestDist || dist == bestDist && dist <= nearWords && nd < bestNamed {
			best, bestDist, bestNamed = date.text, dist, nd
		}
	}
	if asksYear.MatchString(q.core) {
		return best
	}
	return withDayOfLabel(text, best)
}

// withDayOfLabel is a year that labels what a sentence dates ("The 1989
// coup … occurred … on 3 October") with the day the sentence gives:
// "3 October 1989". Any other date is itself.
func withDayOfLabel(text, date string) string {
	at := strings.Index(text, date)
	if !yearOnly.MatchString(date) || at < 0 || strings.Count(text, date) > 1 {
		return date
	}
	// The text is one sentence: a document's.
	dates := withLabelYears(text, spansOf(text, dateIn), func(int) (int, int) { return 0, len(text) })
	if len(dates) == 1 && strings.HasSuffix(dates[0].text, date) {
		return dates[0].text
	}
	return date
}

// untilDate is the date a sentence says something lasted until, when a
// question asks when it ended ("when did the eruption end?" of "The
// eruption lasted until 5 June 1967"), or "".
func untilDate(q *question, text string, dates []span) string {
	if !endAsked.MatchString(q.core) {
		return ""
	}
	for _, d := range dates {
		if lastedUntil.MatchString(lookBehind(text, d.start)) {
			return d.text
		}
	}
	return ""
}

// saysLastedUntil reports whether a sentence gives the date something
// lasted until, for a question that asks when it ended; the sentence's
// dates are read only for such a question.
func saysLastedUntil(q *question, sentence string) bool {
	return endAsked.MatchString(q.core) && untilDate(q, sentence, datedSpans(sentence)) != ""
}

var (
	// endAsked matches a question for when something ended.
	endAsked = lazyRE(`(?i)^when\b.*\b(?:end|ended|finish|finished|stop|stopped|conclude|concluded|cease|ceased|over)\W*$`)
	// lastedUntil ends the words before the date something lasted until.
	lastedUntil = lazyRE(`(?i)\b(?:lasted|continued|went on|ran|raged)\s+(?:\pL+\s+){0,2}(?:until|till|through|to)\s+$`)
)

// spanDistance is how far a span stands from the nearest of some anchors,
// in bytes, or none when there are no anchors.
func spanDistance(s span, anchors []Span, none int) int {
	best := none
	for _, a := range anchors {
		best = min(best, max(s.start-a.End, a.Start-s.end, 0))
	}
	return best
}

// namedOfDate are the anchors in a date's own clause: those before it,
// and those after it only when the date opens the clause they are in
// ("on May 1, 1959, NASA Administrator …"); a name after a date that
// ends its clause is another's ("the national title in 2001, led by
// Harlow native Tom Hale").
func namedOfDate(anchors []Span, text string, date span) []Span {
	opens := clauseAfterDate.MatchString(text[date.end:])
	return slices.DeleteFunc(slices.Clone(anchors), func(a Span) bool { return a.End > date.start && !opens })
}

// clauseAfterDate matches a comma and a capitalised word after a date,
// the subject of the clause the date opens.
var clauseAfterDate = lazyRE(`^,\s+\p{Lu}`)

// properAnchors are the anchors a text writes as names, no common word
// with a capital: "Hans", "Egede", not the "Medal" of "Hans Egede Medal".
func properAnchors(text string, anchors []Span) []Span {
	return slices.DeleteFunc(slices.Clone(anchors), func(a Span) bool {
		return !properWord(text[a.Start:a.End]) || sentenceStart(text, a.Start)
	})
}

// datesOfEvent keeps, of a text's several dates, those whose comma-bound
// part says what the question asks happened, when any does: "The tribunal
// retired on 28 April 1967 to consider its verdict, publishing its report
// on 3 August" dates the report by 3 August, though 28 April stands
// nearer "tribunal".
func (e *Engine) datesOfEvent(q *question, d *doc, dates []span) []span {
	if len(q.happened) == 0 {
		return dates
	}
	all := sentenceDates(d) // with those of no year ("3 August"), which dateExpr leaves out
	if len(all) < 2 {
		return dates
	}
	if near, ok := e.dateOfVerb(q, d, all); ok {
		// "will plant trees by 2030 under a plan unveiled on Tuesday":
		// the unveiling's date is the one beside "unveiled".
		return slices.DeleteFunc(slices.Clone(dates), func(date span) bool { return date.end <= near.start || date.start >= near.end })
	}
	ofEvent := func(date span) bool {
		from, to := dateStretch(d.text, date, 0, len(d.text), nextDateAfter(all, date))
		return e.saysWhatHappened(q, saidOf(termsBetween(d.tokens, from, to)))
	}
	if !slices.ContainsFunc(all, ofEvent) {
		return dates
	}
	// Only the event's own dates; if it has none dateExpr reads, none:
	// the article's reading of the paragraph answers.
	return slices.DeleteFunc(slices.Clone(dates), func(date span) bool { return !ofEvent(date) })
}

// dateStretch is the part of a sentence, from from to to in text, that
// a date belongs to: from the comma, semicolon or "and" of a new
// predicate before it to the one after it. "launched … in August 2023
// and concluded its mission on Jan. 9": the next predicate is not August
// 2023's; "hired Tom Pell and Ann Lee in 2015" is one predicate. A date
// that opens its sentence with a comma after it ("As of FY23, the CVCAD
// is …") belongs to the clause it opens, up to the next date
// (nextDate, an offset in text, or -1 when there is none): "In 2019,
// two years after the plant closed" does not date the closing.
func dateStretch(text string, date span, from, to, nextDate int) (int, int) {
	start, end := from, to
	if k := lastStretchBound(text[from:date.start]); k >= 0 {
		start = from + k
	}
	if k := firstStretchBound(text[date.end:to]); k >= 0 {
		end = date.end + k
	}
	if !strings.HasPrefix(text[date.end:], ",") {
		return start, end
	}
	opens := start == from && len(strings.Fields(text[from:date.start])) <= 2
	if m := dateOpensClause.FindStringIndex(text[from:date.start]); m != nil && !opens {
		// "… and then in January 2010, he underwent an operation":
		// the date opens the clause after it, as at a sentence's start.
		start, opens = from+m[0], true
	}
	if !opens {
		return start, end
	}
	end = to
	if k := firstStretchBound(text[date.end+1 : to]); k >= 0 {
		end = date.end + 1 + k
	}
	if nextDate >= 0 {
		end = min(end, max(nextDate, date.end+1))
	}
	return start, end
}

// dateOpensClause matches the words before a date that open a clause
// with it, after a comma or an "and (then)": "and then in ", ", on ".
// "launched in " does not: the date is the launch's.
var dateOpensClause = lazyRE(`(?i)(?:,\s*|\band\s+(?:then\s+)?|\bthen\s+)(?:in|on|by|during)\s+$`)

// firstStretchBound is the offset of the first comma, semicolon or "and"
// of a new predicate in a text, or -1.
func firstStretchBound(text string) int {
	k := strings.IndexAny(text, ",;")
	if a := andPredicates(text); len(a) > 0 && (k < 0 || a[0][0] < k) {
		k = a[0][0]
	}
	return k
}

// lastStretchBound is the offset right after the last comma, semicolon
// or "and" of a new predicate in a text, or -1.
func lastStretchBound(text string) int {
	k := strings.LastIndexAny(text, ",;")
	if k >= 0 {
		k++
	}
	for _, a := range andPredicates(text) {
		k = max(k, a[1])
	}
	return k
}

// andPredicates are the "and"s of a text that open a new predicate, each
// as where the "and" starts and where its predicate does.
func andPredicates(text string) [][2]int {
	var out [][2]int
	for _, m := range andPredicate.FindAllStringSubmatchIndex(text, -1) {
		if !determiner[strings.ToLower(text[m[2]:m[3]])] && !pronounWord[strings.ToLower(text[m[2]:m[3]])] {
			out = append(out, [2]int{m[0], m[2]})
		}
	}
	return out
}

// pronounWord are the pronouns in "-s" an "and" may open a noun phrase
// with, besides the determiners ("its", "his").
var pronounWord = map[string]bool{"hers": true, "theirs": true, "ours": true, "yours": true, "us": true}

// andPredicate matches an "and" that opens a new predicate: a verb in
// "-ed" or "-s" after it, maybe after an adverb ("and concluded", "and
// then hired"), or a relative word ("and who received"); group 1 is
// where the predicate starts.
var andPredicate = lazyRE(`\sand\s+((?:who|which|that|whose)\b|(?:\pL+ly\s+|then\s+|later\s+)?\pL+(?:ed|s)\b)`)

// nextDateAfter is the start of the first of dates after a date, or -1.
func nextDateAfter(dates []span, date span) int {
	next := -1
	for _, o := range dates {
		if o.start >= date.end && (next < 0 || o.start < next) {
			next = o.start
		}
	}
	return next
}

// ofEventInSentence keeps, of a paragraph's dates, in each sentence
// that gives two or more, those whose stretch (dateStretch) says what
// the question asks happened, when any does: "launched … in August 2023
// and concluded its mission on Jan. 9" ends the mission on Jan. 9,
// though the name asked about stands nearer August 2023.
func (e *Engine) ofEventInSentence(q *question, p *passage, dates []span) []span {
	if len(q.happened) == 0 || len(dates) < 2 {
		return dates
	}
	bySentence := map[int][]span{}
	for _, d := range dates {
		from, _ := p.sentenceAt(d.start)
		bySentence[from] = append(bySentence[from], d)
	}
	ofEvent := map[int]bool{} // by a date's start, read once
	sentenceOfEvent := map[int]bool{}
	for from, in := range bySentence {
		if len(in) < 2 {
			continue
		}
		_, to := p.sentenceAt(from)
		for _, d := range in {
			ofEvent[d.start] = e.dateOfEvent(q, p, d, from, to, nextDateAfter(in, d))
			sentenceOfEvent[from] = sentenceOfEvent[from] || ofEvent[d.start]
		}
	}
	return slices.DeleteFunc(dates, func(d span) bool {
		from, _ := p.sentenceAt(d.start)
		return len(bySentence[from]) > 1 && sentenceOfEvent[from] && !ofEvent[d.start]
	})
}

// namedDates keeps, of a paragraph's dates, those set right before the
// whole of what the question asks of, when it has a name and any is:
// "the October 28, 1983, M6.9 Borah Peak earthquake" dates the Borah
// Peak earthquake, and the "September 2, 2017 earthquake" of the
// sentence before, nearer a word of the question, another.
func namedDates(q *question, p *passage, dates []span) []span {
	if len(dates) < 2 {
		return dates
	}
	asked := topicTerms(q)
	if len(asked) < 2 || len(eventNameTerms(q, asked)) == 0 {
		return dates
	}
	named := slices.DeleteFunc(slices.Clone(dates), func(d span) bool { return !namedByDate(p.text, p.tokens, d, asked) })
	if len(named) == 0 {
		return dates
	}
	return named
}

// eventNameTerms are those of a question's topic terms (topicTerms) that
// name what it asks of: capitalised ("Mount Tarn"), or no common English word
// ("borah" of "when did the borah peak earthquake happen?").
func eventNameTerms(q *question, topic []string) []string {
	return slices.DeleteFunc(slices.Clone(topic), func(t string) bool {
		i := slices.IndexFunc(q.units, func(u unit) bool { return u.term == t })
		w := q.units[i].word
		return commonWord(w) && !capitalisedIn(q.text, w)
	})
}

// capitalisedIn reports whether a text says a lower-case word with a
// capital, not opening it: "Tarn" of "When did the Mount Tarn earthquake
// happen?".
func capitalisedIn(text, w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	at := strings.Index(text, string(unicode.ToUpper(r))+w[size:])
	return at > 0 && wordStart(text, at)
}

// topicTerms are the analysed words of a question's topical units but
// those that say what happened: "borah", "peak", "earthquak".
func topicTerms(q *question) []string {
	var out []string
	for _, u := range q.units {
		if u.topical && u.weight > 0 && u.term != "" && !slices.Contains(out, u.term) && !slices.ContainsFunc(q.happened, func(h unit) bool { return h.term == u.term }) {
			out = append(out, u.term)
		}
	}
	return out
}

// namedByDate reports whether the words right after a date are all of
// terms, with nothing between but a figure ("the October 28, 1983, M6.9
// Borah Peak earthquake"), and end their phrase there: the date dates
// what they name. Not "the next day, when Songda began", nor "by 2015
// Deepwater Horizon spill payouts" (the payouts' year).
func namedByDate(text string, toks []token, d span, terms []string) bool {
	seen := map[string]bool{}
	end := d.end
	for _, t := range toks {
		if t.start < d.end {
			continue
		}
		if len(seen) == len(terms) {
			return endsPhrase(text[end:t.start])
		}
		gap := text[end:t.start]
		if strings.ContainsFunc(gap, unicode.IsLetter) || strings.ContainsAny(gap, ";:") || strings.Contains(gap, ". ") || t.start-d.end > nameAfterDateReach {
			return false
		}
		switch {
		case slices.Contains(terms, t.term):
			seen[t.term] = true
		case !strings.ContainsFunc(t.term, unicode.IsDigit):
			return false // another word: the date is of something else
		}
		end = t.end
	}
	return len(seen) == len(terms)
}

// endsPhrase reports whether what stands between a name's last word and
// the next word ends the name's phrase: a mark, or a little word the
// analysis left out ("earthquake, which", "earthquake in"), not straight
// on to a noun ("earthquake report").
func endsPhrase(gap string) bool {
	return strings.ContainsFunc(gap, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsPunct(r) })
}

// nameAfterDateReach is how far after a date, in bytes, namedByDate
// looks: past ", M6.9 Borah Peak earthquake", not into the clause after.
const nameAfterDateReach = 40

// dateOfEvent reports whether the stretch of a paragraph's sentence,
// from from to to, that a date belongs to (dateStretch, with the next
// date's start, or -1) says what the question asks happened. The date's
// own words are not its event's: "two days after the crash" is no date
// of the crash.
func (e *Engine) dateOfEvent(q *question, p *passage, date span, from, to, next int) bool {
	s, t := dateStretch(p.text, date, from, to, next)
	in := saidOf(termsBetween(p.tokens, s, date.start))
	maps.Copy(in, saidOf(termsBetween(p.tokens, date.end, t)))
	return e.saysWhatHappened(q, in)
}

// dateOfVerb is, of a sentence's dates, the one right beside a word of
// what the question asks happened ("unveiled on Tuesday"), and nearer to
// it than any other date. ok is false when none is.
func (e *Engine) dateOfVerb(q *question, d *doc, all []span) (span, bool) {
	if d.kind != docSentence {
		return span{}, false
	}
	var at []token
	for _, t := range d.tokens {
		if slices.ContainsFunc(q.happened, func(u unit) bool { return u.term == t.term }) {
			at = append(at, t)
		}
	}
	if len(at) == 0 {
		return span{}, false
	}
	dist := func(date span) int {
		best := len(d.text)
		for _, t := range at {
			if t.end <= date.start { // the date after its verb: "2024 tied with 2022" dates no tie by 2024
				best = min(best, date.start-t.end)
			}
		}
		return best
	}
	near, nearest, second := span{}, len(d.text)+1, len(d.text)+1
	for _, date := range all {
		switch dd := dist(date); {
		case dd < nearest:
			near, nearest, second = date, dd, nearest
		case dd < second:
			second = dd
		}
	}
	return near, nearest <= besideVerb && nearest < second
}

// besideVerb is how near, in bytes, a date stands to its verb ("unveiled
// on Tuesday", "ended on June 9").
const besideVerb = 12

// sentenceDates are all the dates of a document's text, as datesAt finds
// them: for an article sentence, those its paragraph found.
func sentenceDates(d *doc) []span {
	if d.kind != docSentence || d.pass == nil || d.pass.text[d.start:min(len(d.pass.text), d.start+len(d.text))] != d.text {
		return d.alone.dateSpans()
	}
	var out []span
	for _, date := range d.pass.dateSpans() {
		if date.start >= d.start && date.end <= d.start+len(d.text) {
			out = append(out, span{date.start - d.start, date.end - d.start, date.text})
		}
	}
	return out
}

// dateAnchors are the question's words and names in a document that a
// date may stand near. A card names its own entry all over; only other
// words anchor a date there ("Norvian envoy" next to Hale's years as
// mayor does not date his visit).
func dateAnchors(q *question, d *doc) []Span {
	var own []Span
	if d.entry != nil {
		for _, m := range d.mentions {
			if m.entity == d.entry.ID {
				own = append(own, Span{m.start, m.end})
			}
		}
	}
	inOwn := func(start int) bool {
		return slices.ContainsFunc(own, func(o Span) bool { return o.Start <= start && start < o.End })
	}
	var anchors []Span
	for _, t := range d.tokens {
		if q.highlight[t.term] && !inOwn(t.start) && !yearIn.MatchString(d.text[t.start:t.end]) {
			anchors = append(anchors, Span{t.start, t.end})
		}
	}
	for _, m := range d.mentions {
		if slices.Contains(q.entities, m.entity) && !inOwn(m.start) {
			anchors = append(anchors, Span{m.start, m.end})
		}
	}
	return anchors
}

// countsWhatIsAsked reports whether a document's count is of the thing the
// question counts: "how many KX-7s" is not answered by "40 boats".
func (e *Engine) countsWhatIsAsked(q *question, d *doc) bool {
	if q.counted == "" {
		return true
	}
	if !e.narrowedAsAsked(q, d.said()) {
		return false // "700 nests" is no count of loggerhead nests
	}
	return slices.ContainsFunc(d.countTerms, e.isCounted(q))
}

// isCounted reports, for a question, whether an analysed word is what
// it counts or the story's synonym of it.
func (e *Engine) isCounted(q *question) func(string) bool {
	return func(t string) bool { return t == q.counted || slices.Contains(e.synonyms[q.counted], t) }
}

// countsCounted reports whether an article sentence has a figure of
// what a "how many" question counts: "how many workers built the canal"
// is answered by "taking 22 years of effort by more than 58,000
// workers", whose first count is of years, not by a sentence that says
// "build the canal" without a number.
func (e *Engine) countsCounted(q *question, d *doc) bool {
	if q.kind != qCount || q.counted == "" || d.kind != docSentence {
		return false
	}
	if !slices.ContainsFunc(d.figures, func(f docFigure) bool { return slices.ContainsFunc(f.terms, e.isCounted(q)) }) {
		return false
	}
	return e.narrowedAsAsked(q, d.said()) // "700 nests" is no count of loggerhead nests
}

// clauseOf is the clause of text that holds part (clauseAround), or the
// whole text when part is not in it.
func clauseOf(text, part string) string {
	i := strings.Index(text, part)
	if i < 0 {
		return text
	}
	from, to := clauseAround(text, i, i+len(part))
	return text[from:to]
}

// clauseAround is the byte range of the clause of a card's text that
// holds the range from i to j: from the sentence end or semicolon before
// it to the one after it. A full stop ends a sentence only before a space
// and a capital ("3.5 miles", "Nathaniel P. Reed" aside, as P. is an
// initial).
func clauseAround(text string, i, j int) (from, to int) {
	for _, m := range clauseEnd.FindAllStringSubmatchIndex(text, -1) {
		next := m[2] // where the next clause starts: its capital, or after "; "
		if next < 0 {
			next = m[1]
		}
		switch {
		case next <= i && !abbreviationBefore(text, m[0]):
			from = next
		case m[0] >= j && !abbreviationBefore(text, m[0]):
			return from, m[0]
		}
	}
	return from, len(text)
}

// clauseEnd is a sentence end before a capital (captured: it starts the
// next clause), or a semicolon, and the space after it.
var clauseEnd = lazyRE(`[.!?]\s+(\p{Lu})|;\s+`)

// abbreviationBefore reports whether the full stop at i closes an
// initial or an abbreviation ("P." of "Nathaniel P. Reed", "U.S.", "St."),
// as the corpus's sentence splitter knows them.
func abbreviationBefore(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	start := strings.LastIndexAny(text[:i], " \t\n(") + 1
	return corpus.Abbreviation(text[start : i+1])
}

// asksFor reports whether a question asks for the attribute a document
// holds: it uses one of the attribute's cue words, or wants a date and the
// attribute is one. A "why" question asks for a reason, so only a cue that
// is a reason word counts: "why was it sold?" does not ask who the seller
// was.
func (e *Engine) asksFor(q *question, d *doc) bool {
	if d.attr.Key == corpus.DateKey && q.kind == qDate {
		return true
	}
	if q.kind == qDate && !datesEvent(q, d) {
		return false
	}
	if len(q.hints) > 0 {
		for _, h := range q.hints {
			if d.terms[h]&inCues != 0 {
				return true
			}
		}
		return false
	}
	for _, u := range q.units {
		// "what op did he have in 2014?" asks no field a year cues: the
		// year says when, of whatever field.
		if u.term != "" && !isNumber(u.term) && d.terms[u.term]&inCues != 0 {
			return true
		}
	}
	return false
}

// aboutAll reports whether a document is about every entry the question
// names, so a date found in it is the date of the right thing.
func (e *Engine) aboutAll(q *question, d *doc) bool {
	for _, id := range q.entities {
		if !slices.Contains(d.entities, id) && !slices.Contains(d.nearby, id) {
			return false
		}
	}
	return true
}

// speaksFor reports whether a document's dates and numbers may answer the
// question. An article sentence may. A fact-sheet entry's card or attribute
// speaks of its own entry: of one the question names, or of an event tied
// to everything the question names. Gull Point's founding year is not the
// date of a sale its card happens to mention.
func (e *Engine) speaksFor(q *question, d *doc) bool {
	if d.entry == nil || len(q.entities) == 0 || slices.Contains(q.entities, d.entry.ID) {
		return true
	}
	if d.entry.Kind != corpus.KindEvent {
		return false
	}
	for _, id := range q.entities {
		if !slices.Contains(d.entities, id) && !slices.Contains(d.entry.Related, id) {
			return false
		}
	}
	return true
}

// describe is the one-line answer to "what is" or "who is": the entry's
// name and summary.
func describe(en *corpus.Entry) string {
	if en.FromArticle {
		return en.Name + " — the fact sheet has no entry; the article first mentions it here: " + en.Summary
	}
	if strings.HasPrefix(en.Summary, en.Name) {
		return en.Summary
	}
	return en.Name + " — " + en.Summary
}

// hasEvidence reports, cheaply, for ranking, whether a document holds the
// kind of answer the question asks for: a date, an amount, a count, or an
// entry of the kind asked for that the question does not name (the
// question table's evidence). answerIn is stricter about which of these
// answers.
func (e *Engine) hasEvidence(q *question, d *doc) bool {
	if f := kindRow(q.kind).evidence; f != nil {
		return f(e, q, d)
	}
	return false
}

func hasDate(_ *Engine, q *question, d *doc) bool {
	if q.clock {
		return clockIn.MatchString(d.text) // "what time …" is answered by "07:15"
	}
	return d.date != ""
}
func hasMoney(_ *Engine, _ *question, d *doc) bool { return d.money != "" }

// hasAge reports whether a document says an age, for "how old": "prior
// to his passing at the age of 99". Other measures are no evidence:
// "how long" is as often asked of a stay as of a length.
func hasAge(_ *Engine, q *question, d *doc) bool {
	return howOld.MatchString(q.text) && len(d.alone.ageLocs()) > 0
}

// hasShare reports whether a document says a share: "81%", "half".
func hasShare(_ *Engine, _ *question, d *doc) bool { return shareExpr.MatchString(d.text) }
func hasCount(_ *Engine, _ *question, d *doc) bool { return d.count != "" }

// namesAsked reports whether a document names an entry of the kind asked
// for that the question does not.
func (e *Engine) namesAsked(q *question, d *doc) bool {
	return len(e.newIDs(q, d, q.asked, 1)) > 0
}

// datedSpans are a text's dated times (dateExpr) but a year's digits
// that date nothing (notADate).
func datedSpans(text string) []span {
	return slices.DeleteFunc(spansOf(text, dateExpr), func(date span) bool { return notADate(text, date) })
}

// findEvidence finds, once per document at build time, the first date,
// amount of money and counted phrase in the text of a document (or the
// value of an attribute), and an article sentence's figures.
func (d *doc) findEvidence(an analyzer) {
	if d.kind == docSentence {
		d.figures = sentenceFigures(an, d.text)
	}
	text := d.text
	if d.attr != nil {
		text = d.attr.Value
	}
	// Every date and amount has a digit; most texts have none, and the
	// expressions are costly to run on every document at every build.
	digits := strings.ContainsAny(text, "0123456789")
	if digits {
		if dates := datedSpans(text); len(dates) > 0 {
			d.date = dates[0].text
		}
		if ms := moneySpans(text); len(ms) > 0 {
			d.money = ms[0].text
		}
	}
	if !digits && !hasNumberWord(text) {
		return
	}
	for _, m := range countExpr.FindAllStringSubmatch(text, -1) {
		if c := trimCount(m[1]); c != "" {
			d.count = c
			break
		}
	}
	if d.count != "" {
		d.countTerms = an.terms(d.count)
	}
}

var numberWords = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands", "several hundred", "several thousand", "a few hundred", "a few thousand"}

// smallNumbers are the numbers from two to twelve written in words, the
// first of numberWords: a count a reader would write as a figure.
var smallNumbers = numberWords[:11]

func hasNumberWord(text string) bool {
	l := strings.ToLower(text)
	for _, w := range numberWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// trimCount cuts a counted phrase at the first little word ("40 boats to
// the" → "40 boats") and rejects years (but a year's digits counting a
// plural noun, yearIsCount).
func trimCount(s string) string {
	words := strings.Fields(s)
	if len(words) == 0 || dateExpr.MatchString(words[0]) && len(words[0]) == 4 && !yearIsCount(s, span{0, len(words[0]), words[0]}) {
		return "" // "1650" dates, "1650 portions" counts
	}
	out := words[:1]
	for _, w := range words[1:] {
		if countStops[strings.ToLower(w)] {
			break
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// newIDs returns up to limit (all when limit < 0) entries of a kind that a
// document names and the question does not, in order of mention. In an
// attribute only the value counts: "Elm Bay — Region: …" does not answer
// where Norvia is with "Elm Bay".
func (e *Engine) newIDs(q *question, d *doc, kind corpus.Kind, limit int) []string {
	from := 0
	if d.attr != nil {
		from = len(d.text) - len(d.attr.Value)
	}
	var ids []string
	for _, m := range d.mentions {
		if len(ids) == limit {
			break
		}
		if m.start < from || !sameKind(e.kindOf(m.entity), kind) || slices.Contains(q.entities, m.entity) || slices.Contains(q.named, m.entity) || slices.Contains(ids, m.entity) {
			continue
		}
		ids = append(ids, m.entity)
	}
	return ids
}

// nameOf is an entry's canonical name.
func (e *Engine) nameOf(id string) string {
	if en, ok := e.entry(id); ok {
		return en.Name
	}
	return id
}

// sameKind matches an entry's kind to the kind asked for; "who" asks for
// people and organisations alike.
func sameKind(k, asked corpus.Kind) bool {
	return k == asked || asked == corpus.KindPerson && k == corpus.KindOrganisation
}

// silenceDepth is how many of the best documents are searched for
// evidence before the story is said to be silent: an answer ranked a
// little lower still keeps "doesn't say" from being claimed.
const silenceDepth = 10

// datedBeside reports whether a sentence's paragraph gives a date in a
// sentence that names whom or what the question names, or names no one
// else: "The work began in June …" may date the Detroit River work the
// sentence before is about; "Ann Lee visited Gull Point in 2013" dates
// no arrival of Tom Hale's.
func (e *Engine) datedBeside(q *question, d *doc) bool {
	for _, date := range datesIn(e, q, d.pass) {
		from, to := sentenceAround(d.para, date.start)
		named := slices.ContainsFunc(d.pass.names, func(s span) bool { return s.start >= from && s.end <= to })
		if (!named || namesAllBetween(q, d.pass, from, to) && slices.ContainsFunc(q.named, func(id string) bool { return namesBetween(d.pass, id, from, to) })) && e.goesOnAbout(q, d, from, to) {
			return true
		}
	}
	return false
}

// goesOnAbout reports whether a sentence of a paragraph, from from to
// to, is about what a question asks or what its best sentence d says: it
// says one of the question's words, or a word of d that is not among
// English's commonest ("The work began in June" after the Detroit River
// work; "rewards range from $100" after "rewarding members of the
// public"), not "The keeper retired on Friday" after a lighthouse
// painted white.
func (e *Engine) goesOnAbout(q *question, d *doc, from, to int) bool {
	in := saidOf(termsBetween(d.pass.tokens, from, to))
	if slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && in.says(u.term, u.syns) }) {
		return true
	}
	for _, t := range d.tokens {
		if in[t.term] && !stopWord(strings.ToLower(d.text[t.start:t.end])) && lexicon.Lookup(strings.ToLower(d.text[t.start:t.end])).Count < maxWiderCount {
			return true
		}
	}
	return false
}

// datedCover is how much of a when-question the best sentence must cover
// for a date in its paragraph to make the story not silent on it.
const datedCover = 0.5

// silentOn reports whether the best documents hold nothing of the kind a
// typed question asks for (no date at all for "when", no count of what
// "how many" counts), which is when the story can be said not to give
// it. Evidence of the kind that answers something else is not silence:
// the answer line is left out instead. A number the question says itself
// ("how many of the 400 residents") is no evidence.
func (e *Engine) silentOn(q *question, ranked []scored) bool {
	// A paragraph's dates and counts are the same for each of its
	// sentences, so each paragraph is searched once.
	searched := map[*passage]bool{}
	if q.kind == qDate && len(ranked) > 0 && ranked[0].d.kind == docSentence && ranked[0].cover >= datedCover && e.datedBeside(q, ranked[0].d) {
		// The best sentence is about what is asked and its paragraph
		// gives a date ("The work began in June and is scheduled to wrap
		// up by October" for when it will be finished): the story may
		// say it in other words, so no line, but no claim of silence.
		return false
	}
	for _, s := range ranked[:min(silenceDepth, len(ranked))] {
		if s.cover < foundThreshold || s.d.kind != docSentence {
			continue
		}
		if e.sentenceHolds(q, s.d) {
			return false
		}
		if !searched[s.d.pass] {
			searched[s.d.pass] = true
			if e.paragraphHolds(q, s.d) {
				return false
			}
		}
	}
	return true
}

// sentenceHolds reports whether an article sentence itself holds what a
// typed question asks for; for "how many", a count that is not the
// question's own number ("how many of the 400 residents …").
func (e *Engine) sentenceHolds(q *question, d *doc) bool {
	if q.kind != qCount {
		return e.hasEvidence(q, d)
	}
	return q.counted == "" && e.hasEvidence(q, d) && !restatesNumber(q.text, d.count)
}

// paragraphHolds reports whether a sentence's paragraph holds what a
// typed question asks for: for "when", a date of what is asked
// (datedInParagraph); for "how many", a count of what it counts (any
// number but the question's own, when the counted word is unclear).
func (e *Engine) paragraphHolds(q *question, d *doc) bool {
	switch {
	case q.kind == qDate:
		return e.datedInParagraph(q, d)
	case q.kind == qMoney:
		// "rewarding members of the public who report …. Rewards range
		// from $100 to $1,000": the amount is the next sentence's; "The
		// office spent $20,000 on new trucks" is about something else.
		return slices.ContainsFunc(d.pass.moneySpans(), func(m span) bool {
			from, to := sentenceAround(d.para, m.start)
			return !restatesNumber(q.text, m.text) && e.goesOnAbout(q, d, from, to)
		})
	case q.kind != qCount:
		return false
	case q.counted != "":
		return e.countsAsked(q, d.pass)
	}
	return slices.ContainsFunc(d.pass.numberSpans(), func(n span) bool { return !restatesNumber(q.text, n.text) })
}

// fromArticleOnly reports whether an entry is a name the article mentions
// that the fact sheet lacks.
func (e *Engine) fromArticleOnly(id string) bool {
	en, ok := e.entry(id)
	return ok && en.FromArticle
}

// cuedBy reports whether a fact-sheet attribute is what a time word asks
// for: "former" is a cue word of a former office.
func (e *Engine) cuedBy(d *doc, word string) bool {
	for _, t := range e.an.terms(word) {
		if d.terms[t]&inCues != 0 {
			return true
		}
	}
	return false
}

// latinLetters spells a word in plain Latin letters, as WordNet does:
// "złoty" is its "zloty", "córdoba" its "cordoba".
func latinLetters(w string) string {
	return plainLetters.Replace(withoutMarks(w))
}

// plainLetters spells the letters that are no letter and mark in
// Unicode's decomposition as their plain Latin letter.
var plainLetters = strings.NewReplacer("ł", "l", "ø", "o")

// moneySpans are the amounts of money in a text: a sum after a currency
// sign, or a number before a word that WordNet knows as a monetary unit.
func moneySpans(text string) []span {
	var out []span
	for _, m := range moneyExpr.FindAllStringSubmatchIndex(text, -1) {
		if m[2] >= 0 && !currencyWord(strings.ToLower(text[m[2]:m[3]])) {
			continue
		}
		if n := len(out); n > 0 && conversionOpen.MatchString(text[out[n-1].end:m[0]]) && strings.HasPrefix(text[m[1]:], ")") {
			// "₡106 billion (US$192.2 million)" is one amount, told in
			// two currencies.
			out[n-1] = span{out[n-1].start, m[1] + 1, text[out[n-1].start : m[1]+1]}
			continue
		}
		if n := len(out); n > 0 && rangeJoin.MatchString(text[out[n-1].end:m[0]]) {
			// "$100 to $1,000" is one answer, a range, and "between
			// $20 and $30" opens with its "between".
			start := out[n-1].start
			start -= len(betweenBefore.FindString(lookBehind(text, start)))
			out[n-1] = span{start, m[1], text[start:m[1]]}
			continue
		}
		out = append(out, span{m[0], m[1], text[m[0]:m[1]]})
	}
	return out
}

// currencyWord reports whether a lower-case word after a number names
// money: a monetary unit WordNet knows ("złoty", "euros"), but no little
// word ("in 2034 at a cost of …": Laos's at is no currency here).
func currencyWord(w string) bool {
	return !stopWord(w) && lexicon.IsA(latinLetters(w), "monetary unit")
}

// conversionOpen matches the bracket that opens an amount's value in
// another currency, right after it: " (", " (US".
var conversionOpen = lazyRE(`^\s*\((?:[A-Z]{1,3})?$`)

// rangeJoin matches what joins the two ends of a range of amounts.
var rangeJoin = lazyRE(`^\s*(?:to|and|or|-|–|—)\s*$`)

// countsAsked reports whether a paragraph counts what a "how many"
// question counts, by its word, a near word, or a word for a kind of it
// ("more than 500 birds" counts parrots); a number the question says
// itself, or a share, counts nothing asked.
func (e *Engine) countsAsked(q *question, p *passage) bool {
	for _, n := range p.numberSpans() {
		if restatesNumber(q.text, n.text) || isShare(n.text) {
			continue
		}
		if _, _, ok := e.countPhrase(n.text, q); ok || bareCount(p, n) {
			return true // "tops 5,000.", "they counted 16."
		}
		for _, t := range e.an.tokens(n.text) {
			if w := surface(n.text, t); lexicon.IsA(q.countedWord, w) || siblingNouns(q.countedWord, w) {
				return true
			}
		}
	}
	return false
}

// bareCount reports whether a number standing alone (bareNumber) in a
// passage may be a count: not an amount of money ("approximately $39
// million", "€39 million"), not "one" as a pronoun after a preposition
// or a determiner ("when a bat flew near one"; "the crash killed one" is
// a count), not a designation's number after initials ("along N.C.
// 105", "JS Ise (DDH 182)").
func bareCount(p *passage, n span) bool {
	if !bareNumber(n.text) || moneyAt(p.moneySpans(), n) {
		return false
	}
	before := lookBehind(p.text, n.start)
	if strings.EqualFold(n.text, "one") && pronounOneBefore.MatchString(before) {
		return false
	}
	return !initialsBefore.MatchString(before)
}

// pronounOneBefore matches the words that make "one" after them a
// pronoun: "near one", "more ways than one", "the one".
var pronounOneBefore = lazyRE(`(?i)\b(?:near|by|of|at|in|on|to|with|from|than|each|any|every|no|this|that|which|another|the|a)\s+$`)

// initialsBefore matches initials ending right before a number, dotted
// ("N.C. 105") or in capitals after a bracket or a stop word, which
// designation leaves to counts ("(DDH 182)", "US 101").
var initialsBefore = lazyRE(`\b(?:\p{Lu}\.){1,3}\s$|\b\p{Lu}{2,3}\s$`)

// bareNumber reports whether a number stands alone, its noun left to the
// words before it ("the membership roll tops 5,000").
func bareNumber(phrase string) bool {
	return numberIn.FindString(phrase) == phrase
}

// siblingNouns reports whether two nouns are kinds of the same thing, by
// WordNet's two nearest kinds of each (a word's first sense is not always
// the one meant): "two decades" answers how many years.
func siblingNouns(a, b string) bool {
	ka, kb := lexicon.Kinds(a), lexicon.Kinds(b)
	for _, k := range ka[:min(2, len(ka))] {
		if slices.Contains(kb[:min(2, len(kb))], k) {
			return true
		}
	}
	return false
}

// itemsAsked is a list answer without the items the question says
// itself: "What kinds of mussels did the biologists relocate?" is not
// answered by "biologists collected mussels", and "name the teams
// besides Chennai and Bangalore" wants none of "Chennai Super Kings"
// and "Royal Challengers Bangalore".
func (e *Engine) itemsAsked(q *question, answer string) string {
	return strings.Join(e.keptItems(q, strings.Split(answer, ", ")), ", ")
}

// keptItems is itemsAsked for a list's items, before they are joined.
func (e *Engine) keptItems(q *question, items []string) []string {
	asked, left := e.an.terms(q.text), e.leftOutTerms(q)
	return slices.DeleteFunc(slices.Clone(items), func(item string) bool {
		return e.restatesQuestion(asked, item) || e.describesAsked(asked, item) || e.saysAnyOf(item, left)
	})
}

// answersOther reports whether an answer is of something other than
// what is asked: "Who is the trade minister of Uganda?" is not answered
// by "Kenya's Rebecca Miano", nor "the chairman of BHP" by "Codelco's
// chairman, Máximo Pacheco", nor "who else helped besides the FBI and
// the postal inspectors?" by the U.S. Postal Inspection Service.
func (e *Engine) answersOther(q *question, ranked []scored, answer string) bool {
	if q.kind == qPerson && ownedByOther(q, ranked, answer) {
		return true
	}
	return q.kind != qList && q.kind != qYesNo && q.kind != qCompare && e.namesLeftOut(q, answer)
}

// namesLeftOut reports whether an answer is one of the things the
// question leaves out (leftOutOf), every word of one of them in it:
// "postal inspectors" names the U.S. Postal Inspection Service; "the
// Delaware River" does not name River Lake Park, nor "Edward Cornwallis"
// Lord Cornwallis.
func (e *Engine) namesLeftOut(q *question, answer string) bool {
	left := leftOutText(q)
	if left == "" {
		return false
	}
	said := e.an.terms(answer)
	for _, item := range leftOutItem.Split(e.leftOutPhrase(left), -1) {
		terms := e.an.terms(item)
		if len(terms) > 0 && !slices.ContainsFunc(terms, func(t string) bool { return !slices.ContainsFunc(said, func(a string) bool { return sameStem(a, t) }) }) {
			return true
		}
	}
	return false
}

// leftOutPhrase is the noun phrase a question leaves out, cut where the
// question goes on: "NASA worked on CloudSat" leaves out NASA, "florida
// lol" Florida (chat the story does not say ends it; "fbi" does not).
func (e *Engine) leftOutPhrase(text string) string {
	words := strings.Fields(text)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",;:!?\"'’"))
		if whWord[lw] || auxiliary[lw] || pastEd(lw) || chatWord(lw, lexicon.Lookup(lw)) && !e.says(lw) {
			return strings.Join(words[:i], " ")
		}
	}
	return text
}

// leftOutItem splits what a question leaves out into its things: "the
// FBI and postal inspectors".
var leftOutItem = lazyRE(`\s*(?:,|\band\b|\bor\b|&)\s*`)

// sameStem reports whether two analysed words are one, or one begins the
// other ("inspect", "inspector"), four letters at least.
func sameStem(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) >= 4 && strings.HasPrefix(b, a)
}

// leftOutTerms are the analysed words of what a question leaves out of
// the answer it asks for (leftOutText), or none.
func (e *Engine) leftOutTerms(q *question) []string {
	return e.an.terms(leftOutText(q))
}

// leftOutText is what a question leaves out of the answer it asks for
// (leftOutOf), or "".
func leftOutText(q *question) string {
	if m := leftOutOf.FindStringSubmatch(q.text); m != nil {
		return m[1]
	}
	return ""
}

// saysAnyOf reports whether a text says any of the analysed words.
func (e *Engine) saysAnyOf(text string, terms []string) bool {
	return slices.ContainsFunc(e.an.terms(text), func(t string) bool { return slices.Contains(terms, t) })
}

// leftOutOf finds what a question leaves out of the answer it asks
// for: "besides Chennai and Bangalore", "other than the eagles".
var leftOutOf = lazyRE(`(?i)\b(?:besides|other than|apart from|aside from|except(?:\s+for)?)\s+([^?,.;]+)`)

// ownedByOther reports whether the story gives the person answering a
// who-question as another name's ("Kenya's Rebecca Miano", "Codelco's
// chairman, Máximo Pacheco") than the one the question asks of ("the
// trade minister of Uganda", "BHP's chairman").
func ownedByOther(q *question, ranked []scored, answer string) bool {
	m := ownerAsked.FindStringSubmatch(q.core)
	if m == nil {
		return false
	}
	asked := m[1] + m[2]
	if !opensWithCapital(asked) && !lexicon.Lookup(strings.ToLower(asked)).Capital {
		return false // "the coach of the team" names no owner
	}
	owner := ""
	if o := ownerOpens.FindStringSubmatch(answer); o != nil {
		owner = o[1]
	} else if p := passageSaying(ranked, answer); p != nil {
		i := strings.Index(p.text, answer)
		if o := ownerBefore.FindStringSubmatch(p.text[max(0, i-ownerGap):i]); o != nil {
			owner = o[1]
		}
	}
	lq := strings.ToLower(q.text)
	return owner != "" && !strings.Contains(lq, strings.ToLower(owner)) && !strings.Contains(strings.ToLower(owner), strings.ToLower(asked))
}

// ownerGap is how far before a name its owner's "'s" may be, in bytes:
// "Codelco's deputy chairman, ".
const ownerGap = 50

var (
	// ownerAsked finds the name a who-question asks a role of: last,
	// after "of" ("the chairman of BHP"), or before "'s" ("BHP's
	// chairman").
	ownerAsked = lazyRE(`\b[Oo]f\s+(?:[Tt]he\s+)?((?:\pL[\pL&.-]*\s+){0,3}\pL[\pL&.-]*)\s*\?*\s*$|\b((?:\p{Lu}[\pL&.-]*\s+){0,3}\p{Lu}[\pL&.-]*)['’]s\s+\pL`)
	// ownerBefore ends the text before a name that gives its owner:
	// "Kenya's ", "Codelco's chairman, ".
	ownerBefore = lazyRE(`((?:\p{Lu}[\pL&.-]*\s+)*\p{Lu}[\pL&.-]*)['’]s\s+(?:(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,?\s+)?$`)
	// ownerOpens finds the owner an answer opens with: "Kenya's".
	ownerOpens = lazyRE(`^((?:\p{Lu}[\pL&.-]*\s+)*\p{Lu}[\pL&.-]*)['’]s\s+\p{Lu}`)
)

// describesAsked reports whether a list's item is the thing the
// question asks for, only described, with no name or number: "small
// asteroid", "another tiny asteroid" for "list the asteroids", where
// the story names them "2024 BX1" and "2008 TC3".
func (e *Engine) describesAsked(asked []string, item string) bool {
	words := strings.Fields(item)
	if len(words) < 2 || strings.ContainsFunc(item, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) {
		return false
	}
	if terms := e.an.terms(words[len(words)-1]); len(terms) != 1 || !slices.Contains(asked, terms[0]) {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !describing[strings.ToLower(w)] && !determiner[strings.ToLower(w)] && !degreeOfAdjective(strings.ToLower(w)) {
			return false // "brown trout" is a kind of trout, not a description of one
		}
	}
	return true
}

// describing are the words that tell one thing of a kind from another
// by its place, size or age, not by what kind it is: "another tiny
// asteroid", "the second satellite".
var describing = map[string]bool{"another": true, "other": true, "first": true, "second": true, "third": true, "fourth": true, "fifth": true, "last": true, "next": true, "new": true, "old": true, "small": true, "tiny": true, "little": true, "large": true, "big": true, "huge": true, "same": true, "earlier": true, "later": true, "previous": true, "recent": true, "single": true, "only": true, "several": true, "many": true, "few": true, "worst": true, "best": true}

// unitsAsNoun writes a measure the article gives as a modifier ("a
// nearly 300-foot wide section", "as 500 pound bombs", "a two-year
// probation") the way it answers "how wide", "how heavy" or "how long":
// "nearly 300 feet", "500 pounds", "two years". Only the units of
// unitPlurals, after no word or a qualifier ("nearly"); other answers
// ("50,000 yen", "a 300-foot") are kept as the article writes them.
func unitsAsNoun(answer string) string {
	m := unitModifier.FindStringSubmatch(answer)
	if m == nil || m[1] != "" && lengthQualifier.FindString(m[1]) != m[1] {
		return answer
	}
	unit := strings.ToLower(m[3])
	plural, ok := unitPlurals[unit]
	if !ok {
		return answer
	}
	if one := strings.ToLower(m[2]); one == "1" || one == "one" {
		plural = unit // "a one-year term" is one year
	}
	return m[1] + m[2] + " " + plural
}

// unitModifier matches an answer that is a number and a unit's singular
// joined by a hyphen or a space, after a word or two that qualify it.
var unitModifier = lazyRE(`(?i)^((?:\pL+\s+){0,2})(\d[\d,.]*|one|` + wordsPattern(numberWords) + `)[-\s](\pL+)$`)

// unitPlurals are the units of time, length, area and weight a measure
// is told in, and their plurals.
var unitPlurals = map[string]string{
	"second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks", "month": "months", "year": "years", "decade": "decades", "century": "centuries",
	"inch": "inches", "foot": "feet", "yard": "yards", "mile": "miles", "meter": "meters", "metre": "metres", "kilometer": "kilometers", "kilometre": "kilometres",
	"acre": "acres", "hectare": "hectares", "ounce": "ounces", "pound": "pounds", "ton": "tons", "tonne": "tonnes", "gallon": "gallons", "liter": "liters", "litre": "litres",
}

// peopleDoingCount answers "how many people died?" from a sentence among
// the best that counts people by the question's own verb ("six
// perished"), though it names less of the question than a sentence with
// no count: the one before it says "the Phoenix … caught fire", and this
// one only "six perished". Two such sentences with different counts are
// too many to choose from: "".
func (e *Engine) peopleDoingCount(q *question, ranked []scored) string {
	if q.kind != qCount || !countsPeople(q) {
		return ""
	}
	found, _ := soleFigure(ranked, func(scored) bool { return true }, func(d *doc) []span {
		var out []span
		for _, n := range d.alone.numberSpans() {
			if e.countsPeopleDoing(q, d.text, n) {
				num := numberIn.FindString(n.text)
				out = append(out, span{n.start, n.start + len(num), num})
			}
		}
		return out
	})
	return found.text
}

// soleFigure is the one figure that read finds in the sentences among
// the five best documents that cover enough of the question (foundThreshold)
// and that keep holds of, and the sentence it is in; none when there
// are two that differ.
func soleFigure(ranked []scored, keep func(scored) bool, read func(*doc) []span) (span, *doc) {
	var found span
	var in *doc
	for _, s := range ranked[:min(5, len(ranked))] {
		if s.d.kind != docSentence || s.cover < foundThreshold || !keep(s) {
			continue
		}
		for _, m := range read(s.d) {
			if found.text != "" && m.text != found.text {
				return span{}, nil
			}
			found, in = m, s.d
		}
	}
	return found, in
}

// figureBeside answers "how long was the match?", "how many kids ended
// up in hospital?" or "when was the first bird heard chirping?" from the
// best sentence's paragraph when fromArticle's closer reading finds no
// line: the one measure, count or date of what is asked among the
// paragraph's best five sentences that cover at least half as much of
// the question as the best, if it fits the question (figureAsked). "The
// 122-minute match began at 11:58 pm" gives how long the
// Dimitrov-Gasquet match was, though "Dimitrov defeated Gasquet in three
// sets" names more of the question; "Twenty-three children were
// hospitalized, six of them in critical condition" how many kids did;
// "At 5:34 p.m., a bird chirped." when. Two figures are too many to
// choose from, the number of a name or an age is no count (noCount), and
// a question that says a figure itself, or asks an age, is left alone.
func (e *Engine) figureBeside(q *question, ranked []scored) string {
	if !asksFigureBeside(q) || len(ranked) == 0 || ranked[0].d.kind != docSentence {
		return ""
	}
	inParagraph := func(s scored) bool { return s.d.pass == ranked[0].d.pass && s.cover >= ranked[0].cover/2 }
	found, in := soleFigure(ranked, inParagraph, func(d *doc) []span {
		// A clone: candidates may hand back a passage's own spans.
		return slices.DeleteFunc(slices.Clone(e.candidates(q, d.alone)), func(m span) bool { return q.kind == qCount && noCount(d.text, m) })
	})
	if found.text == "" || !e.figureAsked(q, in, found) {
		return ""
	}
	return found.text
}

// figureAsked reports whether the one figure figureBeside found in a
// sentence is what the question asks, by its kind: a measure beside a
// word of the question and of no other noun (besideAsked,
// measuresOther); a date as datesBeside reads it; a count of the word
// asked, narrowed as asked, in a sentence that says more of the
// question than what it counts.
func (e *Engine) figureAsked(q *question, d *doc, m span) bool {
	switch q.kind {
	case qMeasure:
		return e.besideAsked(q, d, m) && !e.measuresOther(q, d, m)
	case qDate:
		return e.datesBeside(q, d, m)
	}
	return e.countsWordAsked(q, m) && saysMoreThanCounted(q, d) && e.narrowedAsAsked(q, d.said())
}

// asksFigureBeside reports whether figureBeside may answer a question: a
// measure that is no age, a date, or a count of a word, asked without a
// figure of the question's own ("Why was eight days the target …?").
func asksFigureBeside(q *question) bool {
	measure := q.kind == qMeasure && !howOld.MatchString(q.text)
	return (measure || q.kind == qDate || q.kind == qCount && q.counted != "") && !numberIn.MatchString(q.text)
}

// otherVerbBeside reports whether a verb the question does not say
// stands within two words of a date in a sentence: "The boat capsized at
// 4:10 am" dates the capsizing, not when rescuers reached the boat;
// "was successfully tested in 1942" dates what "when did it pass its
// tests?" asks.
func (e *Engine) otherVerbBeside(q *question, d *doc, m span) bool {
	for _, t := range tokensBeside(d.tokens, m) {
		w := strings.ToLower(d.text[t.start:t.end])
		if pastOrVerbForm(w) && !slices.ContainsFunc(q.units, func(u unit) bool { return u.standsFor(t.term) }) {
			return true
		}
	}
	return false
}

// besideAsked reports whether a figure in a sentence stands within two
// words of one of the question's own words (or a near word), not a name,
// not the measure's unit and not the "far" of "how far": "The
// 122-minute match", "underwent testing for three weeks" for how long
// the match or the testing was; not "the trip covered a distance of 730
// miles" for how far south a place is.
func (e *Engine) besideAsked(q *question, d *doc, m span) bool {
	own := e.an.terms(m.text)
	for _, t := range tokensBeside(d.tokens, m) {
		if slices.Contains(own, t.term) {
			continue
		}
		if slices.ContainsFunc(q.units, func(u unit) bool {
			return u.entity == "" && u.topical && !u.chatter && !slices.Contains(howAdjectives, u.word) && u.standsFor(t.term)
		}) {
			return true
		}
	}
	return false
}

// tokensBeside are the analysed words of a text (its tokens) within two
// words before and after a span of it.
func tokensBeside(toks []token, m span) []token {
	const reach = 2
	first := slices.IndexFunc(toks, func(t token) bool { return t.end > m.start })
	last := slices.IndexFunc(toks, func(t token) bool { return t.start >= m.end })
	if first < 0 {
		return nil
	}
	if last < 0 {
		last = len(toks)
	}
	return slices.Concat(toks[max(0, first-reach):first], toks[last:min(len(toks), last+reach)])
}

// saysMoreThanCounted reports whether a sentence says a word of a "how
// many" question besides what it counts: "Four ponies died during this
// journey" says "died" and "journey" of how many ponies died on the
// journey; "more than 58,000 workers" of a project says nothing of how
// many workers died building it.
func saysMoreThanCounted(q *question, d *doc) bool {
	in := d.said()
	return slices.ContainsFunc(q.units, func(u unit) bool {
		return u.entity == "" && u.topical && !u.chatter && u.term != q.counted && !slices.Contains(howAdjectives, u.word) && in.says(u.term, u.syns)
	})
}

// noCount reports whether a count read from a sentence is none: the
// number of a name ("the Interstate 93 north tunnel", "ARRST 5 officer
// in charge"; not "Hubble's three gyroscopes") or an age ("At 82 years
// old").
func noCount(text string, m span) bool {
	before := text[:m.start]
	if f := strings.Fields(before); len(f) > 1 && capitalBefore(before) {
		last := strings.ToLower(f[len(f)-1])
		if !stopWord(last) && !determiner[last] && !strings.HasSuffix(last, "’s") && !strings.HasSuffix(last, "'s") {
			return true
		}
	}
	return strings.HasPrefix(text[m.end:], " old") || strings.HasSuffix(m.text, "-old")
}

// unitAsModifier matches a measure whose unit is joined to its number,
// as a modifier of the noun after it: "24-metre", "122-minute".
var unitAsModifier = lazyRE(`\d-\pL+$`)

// measuresOther reports whether a measure written as a modifier ("a
// 24-metre court", "the 122-minute match") measures a noun after it
// that is no word of the question: "how long was the match?" is not
// answered by the court's length.
func (e *Engine) measuresOther(q *question, d *doc, m span) bool {
	if !unitAsModifier.MatchString(m.text) {
		return false
	}
	w := nextWord.FindStringSubmatch(d.text[m.end:])
	if w == nil || !nounWord(strings.ToLower(w[1])) || stopWord(strings.ToLower(w[1])) {
		return false // "a free kick, 30-metres in front of the goal"
	}
	terms := e.an.terms(w[1])
	return !slices.ContainsFunc(q.units, func(u unit) bool { return slices.ContainsFunc(terms, u.standsFor) })
}

// countsWordAsked reports whether a count's noun is the word a question
// counts, or a near word of it ("Twenty-three children" for "how many
// kids"), not a kind of it: "only 12 survivors" counts no people who
// died.
func (e *Engine) countsWordAsked(q *question, m span) bool {
	terms := e.an.terms(lastWordOf(m.text))
	return slices.ContainsFunc(q.units, func(u unit) bool {
		return u.term == q.counted && slices.ContainsFunc(terms, u.standsFor)
	})
}

// datesBeside reports whether a date figureBeside found dates what a
// "when" question asks: it stands beside a word of the question, with no
// other verb beside it (otherVerbBeside), in a sentence that says what
// the question asks happened, of a verb the story says somewhere ("when
// does the production close?" of a story that never says "close" is not
// answered by "the 1949 production"), and the sentence or the one before
// it names what the question asks about (thingNamedNear).
func (e *Engine) datesBeside(q *question, d *doc, m span) bool {
	if len(q.verbOwn) > 0 && !slices.ContainsFunc(q.verbOwn, func(t string) bool { return e.df[t] > 0 }) {
		return false // the verb itself and its base, not the words WordNet relates to it
	}
	if before := clauseBefore(d.text[:m.start]); negation.MatchString(before) && !notUntilBefore.MatchString(before) {
		// "The bascule had not opened since 1961" dates the last time;
		// "were not made public until 2002" dates the first.
		return false
	}
	return e.besideAsked(q, d, m) && !e.otherVerbBeside(q, d, m) && e.saysWhatHappened(q, d.said()) && e.thingNamedNear(q, d)
}

// thingNamedNear reports whether a sentence, or the one before it in its
// paragraph, says the question's weightiest word that is no verb or
// adjective of it: "when did work on the statues begin?" is not answered
// by "Work on the bridge began in the fall of 2018", which never says
// the statues.
func (e *Engine) thingNamedNear(q *question, d *doc) bool {
	var thing *unit
	for i, u := range q.units {
		if u.entity != "" || !u.topical || u.chatter || pastOrVerbForm(u.word) || slices.Contains(q.verbTerms, u.term) || lexicon.Lookup(u.word).POS&lexicon.Adjective != 0 {
			continue
		}
		if thing == nil || u.weight > thing.weight {
			thing = &q.units[i]
		}
	}
	if thing == nil {
		return true
	}
	in := saidOf(slices.Concat(e.an.terms(previousSentence(d)), termsOf(d.tokens)))
	return in.says(thing.term, thing.syns)
}
