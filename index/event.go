package index

import (
	"slices"
	"strings"

	"storybot/index/internal/lexicon"
)

// eventAsk is what a question asks of the event the story is about
// when it says nothing but what it asks: "who won?", "how many died?",
// "what was the sentence?". A chat asks these first, of any story, with
// no word of its own a passage could cover; the story's lead answers
// them, where its later paragraphs tell of other games, disasters and
// defendants.
type eventAsk uint8

const (
	eventNone         eventAsk = iota
	eventSurvived              // "how many survived?"
	eventDead                  // "how many died?", "what was the death toll?"
	eventHurt                  // "how many were injured?"
	eventAboard                // "how many people were on board?"
	eventTermLength            // "how long did he get?"
	eventTerm                  // "what was the sentence?"
	eventNamedTerm             // "what sentence did Younge get?"
	eventInvolved              // "who is involved?"
	eventCrew                  // "who was the crew?"
	eventWinner                // "who won?"
	eventLoser                 // "who lost?"
	eventVerbedIt              // "who found it?"
	eventEnding                // "how did it end?"
	eventCause                 // "how did it happen?", "what caused it?"
	eventWhen                  // "when did it happen?", "what year was this?"
	eventWhenNamed             // "when was the race held?"
	eventWhatTime              // "what time did it happen?"
	eventPresent               // "how many people were there?"
	eventDegree                // "how strong was it?", "how bad was it?"
	eventStart                 // "how did it start?"
	eventSignificance          // "why was it important?", "why does it matter?"
	eventEndDate               // "when did it end?"
	eventAnyDead               // "did anyone die?"
	eventAnyHurt               // "was anyone hurt?"
	eventCost                  // "how much did it cost?"
	eventCauseStated           // "what caused the crash?", "how did it start?", told in so many words
	eventBlame                 // "who was to blame?", "whose fault was it?"
)

// eventRow is one kind of question of the story's own event: how it is
// asked, where its answer line comes from, and what it gets when its
// lead does not say.
type eventRow struct {
	ask eventAsk
	// cue matches the question's core; fits, when set, must hold of the
	// match as well.
	cue  *lazyRegexp
	fits func(core string, m []string) bool
	// lead reads the answer line from the story's lead, or from the
	// first sentence of the article that says the event's own word
	// (sentenceOfEvent: how strong it was, how it started); nil when
	// neither is asked.
	lead func(e *Engine, q *question) string
	// early says the lead's line is read before the question is searched
	// (storyDate): the title's words would find a later paragraph's date
	// of another event.
	early bool
	// said finds the article's first sentence that answers in so many
	// words ("the crash was caused by …", "the Inquiry blamed the
	// captain"): its document, and the line it gives, or -1. Such a row
	// is tried before the question is searched, whichever row the
	// question is read by (saidAnswer): its words are only the
	// question's frame and find passages that tell of the event, not of
	// its cause, and "how did it start?" is read by eventStart when the
	// article states no cause.
	said func(e *Engine, q *question) (int, string)
	// bare says the question gets no line at all when lead finds none:
	// later paragraphs answer of other events ("who won?" of a season's
	// games, "how many survived?" counting "one horse").
	bare bool
	// showsLead says the question, which no word of it lets a passage
	// cover, is shown the story's lead when it gets no line, where "The
	// story doesn't say" would be false of any story ("who is
	// involved?", "how did it end?").
	showsLead bool
	// harm is the toll's words of a question that counts the harmed.
	harm harmWords
	// fromBest says a lead with no toll leaves the toll a best sentence
	// gives in a toll's words (tollFromBest).
	fromBest bool
	// veto says any other line from the best passages is refused
	// (shaped): the name or count nearest the verb was wrong as a rule.
	veto bool
}

// eventRows is the one table the questions of a story's own event are
// read by, tried in order; the first whose cue matches is the
// question's.
var eventRows = []eventRow{
	{ask: eventSurvived, cue: asksSurvived, lead: (*Engine).leadSurvivors, bare: true},
	{ask: eventDead, cue: asksDead, lead: (*Engine).leadToll, harm: deadHarm, fromBest: true, veto: true},
	{ask: eventHurt, cue: asksHurt, lead: (*Engine).leadToll, harm: hurtHarm, fromBest: true, veto: true},
	{ask: eventAboard, cue: asksAboard, lead: (*Engine).leadToll, harm: harmWords{aboardWord, aboardBefore}, veto: true},
	{ask: eventTermLength, cue: asksTerm, fits: bareLengthOfTerm, lead: leadTermBy(prisonTermIn), bare: true}, // "how long" is no fine
	{ask: eventTerm, cue: asksTerm, fits: bareTerm, lead: leadTermBy(termIn), bare: true},
	{ask: eventNamedTerm, cue: asksTerm},
	{ask: eventInvolved, cue: asksInvolved, bare: true, showsLead: true},
	{ask: eventCrew, cue: asksCrew, lead: (*Engine).crewLine, bare: true},
	{ask: eventWinner, cue: asksBareWinner, lead: (*Engine).leadWinner, bare: true},
	{ask: eventLoser, cue: asksBareLoser, lead: (*Engine).leadLoser, bare: true},
	{ask: eventVerbedIt, cue: whoVerbedIt, veto: true},
	{ask: eventEnding, cue: asksEnding, bare: true, showsLead: true},
	{ask: eventCause, cue: asksCause, bare: true},
	{ask: eventWhen, cue: asksWhenThis, lead: (*Engine).leadDate, early: true},
	{ask: eventWhenNamed, cue: asksWhenNamed, lead: (*Engine).leadDateOfNamed, early: true},
	{ask: eventWhatTime, cue: asksWhatTime, lead: (*Engine).leadTime, early: true},
	{ask: eventPresent, cue: asksPresent, veto: true},
	{ask: eventDegree, cue: asksDegreeOfIt, fits: degreeWord, lead: (*Engine).degreeLine, bare: true},
	{ask: eventStart, cue: asksHowItStarted, lead: (*Engine).startLine, bare: true},
	{ask: eventSignificance, cue: asksSignificance, lead: (*Engine).significanceLine, bare: true},
	{ask: eventEndDate, cue: asksWhenItEnded, lead: (*Engine).endDate, bare: true},
	{ask: eventAnyDead, cue: asksAnyDead, lead: (*Engine).anyHarmLine, harm: deadHarm},
	{ask: eventAnyHurt, cue: asksAnyHurt, lead: (*Engine).anyHarmLine, harm: hurtHarm},
	{ask: eventCost, cue: asksCost, lead: (*Engine).costLine},
	{ask: eventCauseStated, cue: asksCauseOf, said: (*Engine).statedCause},
	{ask: eventBlame, cue: asksBlame, said: (*Engine).statedBlame},
}

// asksCost matches a question of what the story's own event cost that
// says nothing else: "how much did it cost?", "what was the damage?",
// "what's the price tag?".
var asksCost = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:how\s+much\s+(?:did|does|will|would|was|is)\s+(?:it|this|that|all\s+this|the\s+whole\s+thing)\s+(?:cost|costs|be\s+worth)(?:\s+in\s+total)?|what\s+(?:did|does|will)\s+(?:it|this|that)\s+cost|what(?:'s|’s|s|\s+was|\s+is)\s+the\s+(?:total\s+|final\s+|overall\s+)?(?:cost|price|price\s+tag|damage))\s*[?.!]*$`)

// costLine answers "how much did it cost?" of the story's own event
// with the first amount of money the article tells as a cost, a damage
// or a loss, in so many words and right after them (costIn): "damage
// totals were estimated in excess of US$1.74 billion", "The total cost
// of the Mariner 4 mission is estimated at $83.2 million". An amount
// told otherwise ("paid $1.2 million", "a $17 million renovation
// project") may be a fine, a fee or a part's, and a planned cost is no
// cost: the answer is then read as any other question's.
func (e *Engine) costLine(*question) string {
	return e.firstOfSentences(costIn)
}

// plannedCost matches the words that make a clause's cost a plan's or
// a first estimate's ("originally scheduled to be completed in 1998 at
// an estimated cost of $2.8 billion", "would cost"), which the final
// cost may overrun.
var plannedCost = lazyRE(`(?i)\b(?:originally|initially|at first|planned|scheduled|projected|expected|proposed|would|could|will)\b`)

// costIn is the first amount of money a text gives after a cost's word
// in the same clause, within maxCostGap words, or "". A clause that
// plans the cost gives none (plannedCost), nor a good's price ("the
// price of crude oil rose to $80") or a "low-cost" seat's.
func costIn(text string) string {
	words := costWord.FindAllStringIndex(text, -1)
	for _, m := range moneySpans(text) {
		for _, w := range words {
			if w[1] > m.start || w[0] > 0 && text[w[0]-1] == '-' {
				continue
			}
			between := text[w[1]:m.start]
			clause := text[strings.LastIndexAny(text[:w[0]], ",;:")+1 : m.start]
			if !strings.ContainsAny(between, ",;:()") && len(strings.Fields(between)) <= maxCostGap && !plannedCost.MatchString(clause) && !priceOfGoods.MatchString(text[w[0]:m.start]) {
				return m.text
			}
		}
	}
	return ""
}

// priceOfGoods matches a good's price, not the event's cost: "price of
// crude oil rose to".
var priceOfGoods = lazyRE(`(?i)^price\s+of\b`)

// maxCostGap is how many words may stand between a cost's word and its
// amount: "the total financial cost of the bridge was AU£6.25 million".
const maxCostGap = 8

// costWord matches the words an amount of money is told as a cost in.
var costWord = lazyRE(`(?i)\b(?:cost|costs|costing|costed|price|priced|damages?|losses)\b`)

// asksAnyDead and asksAnyHurt match a yes/no question of whether anyone
// died (was hurt) that says nothing else: "did anyone die?", "were
// there any deaths?", "was anybody injured?". Of the story's own event,
// the best passages that have the question's one word were as often a
// death before or after it ("He died of a disease in South Africa",
// "Willoughby died in 1991") or none at all ("Pioneer 4 returned
// radiation data").
var (
	asksAnyDead = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:(?:did|has|have)\s+` + anyone + `\s+(?:die|died|get\s+killed|been\s+killed|lose\s+their\s+lives?)|(?:was|were)\s+` + anyone + `\s+killed|(?:were|was)\s+there\s+any\s+(?:deaths|fatalities|casualties|dead)|any\s+(?:deaths|fatalities|casualties|dead))` + tollPlace + `\s*[?.!]*$`)
	asksAnyHurt = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:did\s+` + anyone + `\s+get\s+(?:hurt|injured)|(?:has|have)\s+` + anyone + `\s+been\s+(?:hurt|injured)|(?:was|were)\s+` + anyone + `\s+(?:hurt|injured|wounded)|(?:were|was)\s+there\s+any\s+(?:injuries|injured|wounded)|any\s+(?:injuries|injured))` + tollPlace + `\s*[?.!]*$`)
)

// anyone is the words a yes/no question of harm names anyone by.
const anyone = `(?:anyone|anybody|any\s+one|someone|somebody|people|any\s+people)`

// anyHarmLine answers "did anyone die?" ("was anyone hurt?") of the
// story's own event: "Yes" with the article's first sentence that counts
// people dead (hurt) in a toll's words (tollIn), else "No" with the
// first that says none were; "" when none says either. A toll is read
// first: "none were killed" may be of those aboard, where two on the
// ground were. A toll of animals ("killed 135 deer") is no one's, nor is
// "no serious injuries" or "no other injuries" none.
func (e *Engine) anyHarmLine(q *question) string {
	none := noneDied
	if q.event.ask == eventAnyHurt {
		none = noneHurt
	}
	if text := e.articleSentence(func(text string) bool { return peopleToll(text, q.event.harm) }); text != "" {
		return "Yes: " + text
	}
	if text := e.articleSentence(func(text string) bool {
		return none.MatchString(text) && !harmLimited.MatchString(none.FindString(text))
	}); text != "" {
		return "No: " + text
	}
	return ""
}

// articleSentence is the article's first sentence for which says holds,
// clipped for a line, or "".
func (e *Engine) articleSentence(says func(text string) bool) string {
	return e.firstOfSentences(func(text string) string {
		if says(text) {
			return clip(strings.TrimSpace(text), maxLineRunes)
		}
		return ""
	})
}

// firstOfSentences is the first of the article's sentences, in order,
// that read makes something of, what it makes; or "".
func (e *Engine) firstOfSentences(read func(sentence string) string) string {
	for _, p := range e.passages {
		if p.para == nil {
			continue
		}
		for _, sentence := range p.para.Sentences {
			if out := read(sentence.Text); out != "" {
				return out
			}
		}
	}
	return ""
}

// peopleToll reports whether a text counts harmed people, not animals:
// the word after the toll's figure is no animal's.
func peopleToll(text string, harm harmWords) bool {
	toll, end := tollAt(text, harm)
	if toll == "" {
		return false
	}
	after := strings.Fields(text[end:])
	return len(after) == 0 || !animalNoun(lexicon.Base(strings.ToLower(strings.Trim(after[0], ",.;:"))))
}

// animalNoun reports whether a noun names animals, by its commonest
// sense: "deer", "ponies", "sheep", "animals", not "passengers" nor
// "miners".
func animalNoun(noun string) bool {
	if noun == "animal" {
		return true
	}
	return lexicon.Lookup(noun).Kind != "person" && slices.ContainsFunc(lexicon.Kinds(noun), func(kind string) bool { return animalKinds[kind[strings.LastIndexByte(kind, ' ')+1:]] })
}

// animalKinds are the kinds an animal's noun is found under, by their
// last word ("hoofed mammal"): WordNet's chain of kinds is cut short
// before "animal" for most.
var animalKinds = map[string]bool{"animal": true, "mammal": true, "bird": true, "fish": true, "reptile": true, "amphibian": true, "insect": true, "vertebrate": true}

// noneDied and noneHurt find a sentence's word that none died ("no one
// was killed", "there were no fatalities", "without loss of life") or
// were hurt ("nobody was injured", "no public or employee injuries").
var (
	noneDied = lazyRE(`(?i)\b(?:(?:no\s*-?\s*one|nobody|none)\s+(?:(?:was|were|had)\s+(?:been\s+)?)?(?:killed|died|perished)|no\s+(?:(?:reported|known|human)\s+)?(?:deaths|fatalities|casualties|loss\s+of\s+life)|without\s+(?:any\s+)?(?:loss\s+of\s+life|casualties|fatalities))\b`)
	// harmLimited finds the word that leaves some harm out of "none":
	// "no serious injuries", "no life-threatening injuries", "no other
	// injuries" (after one that was).
	harmLimited = lazyRE(`(?i)\b(?:serious|major|life-threatening|critical|severe|significant|other|else|further|additional|more)\b`)
	noneHurt    = lazyRE(`(?i)\b(?:(?:no\s*-?\s*one|nobody|none)\s+(?:(?:was|were)\s+)?(?:hurt|injured)|no\s+(?:[\pL-]+\s+){0,3}?(?:injuries|injured))\b`)
)

// asksPresent matches "how many people were there?" and nothing else: it
// asks how many were at the story's event, which the best passages'
// counts of people seldom are (of the 70 lines it had over the suite's
// stories, about 60 were tolls, juries, groups and crews: "21 people"
// killed, "a jury of 16 people", "two environmental groups"), so it is
// shown passages and no line.
var asksPresent = lazyRE(`(?i)^(?:so\s+|ok\s+)?how\s+many\s+(?:people|persons|ppl|folks)\s+(?:were|was)\s+(?:there|present|in\s+attendance)\s*[?.!]*$`)

// asksDegreeOfIt matches a question for how much the story's own event
// was what an adjective says, which it asks of nothing but "it": "how
// strong was it?", "how bad is this?"; group 1 is the adjective.
var asksDegreeOfIt = lazyRE(`(?i)^(?:so\s+|ok\s+)?how\s+(\pL+)\s+(?:was|is)\s+(?:it|this|that)\s*[?.!]*$`)

// degreeWord reports whether asksDegreeOfIt's word is an adjective that
// asks a degree; "how long", "how big" ask a measure, which a figure
// answers (measuresIn).
func degreeWord(_ string, m []string) bool {
	w := strings.ToLower(m[1])
	return !slices.Contains(howAdjectives, w) && !degreeNotAsked[w] && lexicon.Lookup(w).POS&lexicon.Adjective != 0
}

// degreeNotAsked are the adjectives "how" asks an amount or a time by:
// "how much was it?" asks a price, not a degree.
var degreeNotAsked = map[string]bool{"much": true, "many": true, "late": true, "early": true}

// degreeLine is the first sentence of the story that says asksDegreeOfIt's
// adjective, or its comparative or superlative, of the story's own event:
// after "it" or "this" ("It was a strong earthquake", "This made it the
// strongest storm to hit"), or near a word of the
// title ("the worst dam-resettlement disaster" of "Kariba Dam"). A
// sentence that says the word of something else ("a strong partnership
// among agencies", "I strongly urge") answers nothing; "" when none
// says it.
func (e *Engine) degreeLine(q *question) string {
	m := asksDegreeOfIt.FindStringSubmatch(q.core)
	if m == nil {
		return ""
	}
	adj, title := strings.ToLower(m[1]), e.titleNouns
	return e.sentenceOfEvent(func(w string) bool { return w == adj || lexicon.Base(w) == adj }, func(_, before, after string) bool {
		return saidOfTheEvent(strings.ToLower(before), strings.ToLower(after), title)
	})
}

// asksHowItStarted matches a question for how the story's own event began that
// says nothing else: "how did it start?", "how did this all begin?".
var asksHowItStarted = lazyRE(`(?i)^(?:so\s+|ok\s+)?how\s+did\s+(?:it|this|that)(?:\s+all)?\s+(?:start|begin|get\s+started)\s*[?.!]*$`)

// startLine is the first sentence of the story that says the story's own
// event started or began ("The eruption started with phreatomagmatic
// activity", "The fires were started in January"), else "": a sentence
// that says something else started ("The second half started with
// Germany …", "Mechanical cleanup was started shortly after") does not
// tell how it did.
func (e *Engine) startLine(*question) string {
	title := e.titleNouns
	return e.sentenceOfEvent(func(w string) bool {
		base := lexicon.Base(w)
		return base == "start" || base == "begin"
	}, func(_, before, _ string) bool { return subjectOfVerb(strings.ToLower(before), title) })
}

// subjectOfVerb reports whether the text of a sentence before a verb
// ends in its subject, the story's event: "it" or a word of the title,
// with at most an auxiliary, an adverb or a relative pronoun between
// ("The fire began", "The fires were started", "wildfires which began");
// not "… impact and began", nor "to begin".
func subjectOfVerb(before string, title map[string]bool) bool {
	words := wordRe.FindAllString(before, -1)
	for gap := 0; len(words) > 0 && gap <= 2; gap++ {
		last := words[len(words)-1]
		if last == "it" || title[last] {
			return true
		}
		if !verbGapWords[last] {
			return false
		}
		words = words[:len(words)-1]
	}
	return false
}

// verbGapWords may stand between a subject and its verb.
var verbGapWords = map[string]bool{"was": true, "were": true, "is": true, "are": true, "had": true, "has": true, "have": true, "first": true, "officially": true, "quickly": true, "then": true, "also": true, "finally": true, "which": true, "that": true}

// asksSignificance matches a question for why the story's own event
// matters that says nothing else: "why was it important?", "why does
// this matter?", "why is it such a big deal?".
var asksSignificance = lazyRE(`(?i)^(?:so\s+|ok\s+)?why\s+(?:was|is|does|did)\s+(?:it|this|that)\s+(?:(?:so|such)\s+)?(?:important|significant|notable|special|historic|matter|a\s+big\s+deal)\s*[?.!]*$`)

// significanceLine is the first sentence of the story that says of the
// story's own event why it matters: that it was important, significant,
// historic, the first, a record or the most of something ("HURRICANE
// NICOLE was the first major hurricane to directly impact Bermuda since
// …", "The Gold King Mine disaster brought the importance … back"), else
// "": "Rivers were once important means of transporting …" and "The
// matter was considered especially pressing" say nothing of it.
func (e *Engine) significanceLine(*question) string {
	title := e.titleNouns
	return e.sentenceOfEvent(func(w string) bool { return significanceWords[w] || superlativeWord(w) }, func(w, before, after string) bool {
		before, after = strings.ToLower(before), strings.ToLower(after)
		if quoted(before) {
			return false // "“This is the biggest thing that’s happened to me,” he said."
		}
		if w == "first" && (!firstBefore.MatchString(before) || strings.HasPrefix(after, "-")) {
			return false // "a first-hand account", "at first", "where the disease first"
		}
		if w == "record" && !recordBefore.MatchString(before) && !strings.HasPrefix(after, "-breaking") {
			return false // "the historical record"; not "a new record", "record-breaking"
		}
		return saidOfTheEvent(before, after, title)
	})
}

// firstBefore and recordBefore match the words a "first" and a "record"
// that make something notable follow: "the first", "its first", "a
// record", "a new record", "world record".
var (
	firstBefore  = lazyRE(`\b(?:the|its|their|his|her)\s+$`)
	recordBefore = lazyRE(`\b(?:a|new|world|all-time)\s+$`)
)

// quoted reports whether a sentence's text opens with a quotation mark:
// what someone said, not what the story says.
func quoted(text string) bool {
	return strings.HasPrefix(strings.TrimSpace(text), "“") || strings.HasPrefix(strings.TrimSpace(text), "\"")
}

// significanceWords say why something matters.
var significanceWords = map[string]bool{"important": true, "importance": true, "significant": true, "significance": true, "historic": true, "milestone": true, "landmark": true, "first": true, "record": true, "unprecedented": true, "notable": true}

// superlativeWord reports whether a lower-case word is an adjective's
// superlative made with "-est" ("deadliest", "largest"), which WordNet
// brings back to its base; not "best" nor "least", said of anything.
func superlativeWord(w string) bool {
	return strings.HasSuffix(w, "est") && lexicon.Base(w) != w && w != "best" && w != "least"
}

// yesNoOfIt matches a yes/no question of a bare "it" and a verb or an
// adjective: "did it work?", "was it successful?", "is that legit?",
// "is it still going on?" (a core has no "really" nor "actually",
// withoutChat);
// group 1 is the verb, group 2 the adjective. "was it arson?" (a noun
// alone) and "was it a success?" ask what it was, which yesNoLine weighs.
var yesNoOfIt = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:(?:did|does)\s+(?:it|this|that)\s+(?:still\s+)?(\pL+)|(?:was|is)\s+(?:it|this|that)\s+(?:still\s+)?(\pL+)(?:\s+on)?)\s*[?.!]*$`)

// eventSentenceTest is, for a yes/no question of a bare "it"
// (yesNoOfIt), the test a sentence must pass to answer it: it says the
// question's word, or a form of it, of the story's own event, outside a
// quote ("The mission worked as planned", "it was successful"); nil for
// any other question. "Both worked the game as media members" does not
// say whether it worked. Read once per question, not per sentence.
func (e *Engine) eventSentenceTest(q *question) func(sentence string) bool {
	m := yesNoOfIt.FindStringSubmatch(q.core)
	if m == nil || m[2] != "" && lexicon.Lookup(strings.ToLower(m[2])).POS == lexicon.Noun {
		return nil
	}
	asked, adjective, title := strings.ToLower(m[1]+m[2]), m[2] != "", e.titleNouns
	return func(sentence string) bool {
		lower := strings.ToLower(sentence)
		if quoted(lower) {
			return false
		}
		for _, w := range wordRe.FindAllStringIndex(lower, -1) {
			if word := lower[w[0]:w[1]]; word != asked && lexicon.Base(word) != asked {
				continue
			}
			if subjectOfVerb(lower[:w[0]], title) || adjective && saidOfTheEvent(lower[:w[0]], lower[w[1]:], title) {
				return true // a verb by its subject ("The rocket worked"), an adjective as saidOfTheEvent
			}
		}
		return false
	}
}

// asksWhenItEnded matches a question for when the story's own event
// ended that says nothing else: "when did it end?", "when was it over?".
var asksWhenItEnded = lazyRE(`(?i)^(?:so\s+|ok\s+)?when\s+(?:did|was|is)\s+(?:it|this|that)(?:\s+all)?\s+(?:end|over|finish|finished|conclude|stop)\s*[?.!]*$`)

// endDate is the date of the first sentence that says the story's own
// event ended ("The strike ended on 21 January 1951", "It concluded in
// 2000"): the first date after the verb, else the last before it; ""
// when none says so. A date of any sentence with "end" in it ("2016",
// "1961") does not say when it did.
func (e *Engine) endDate(*question) string {
	title, date := e.titleNouns, ""
	e.sentenceOfEvent(func(w string) bool { return eventEndVerbs[w] }, func(_, before, after string) bool {
		if !subjectOfVerb(strings.ToLower(before), title) {
			return false
		}
		if date = dateExpr.FindString(after); date == "" {
			if all := dateExpr.FindAllString(before, -1); len(all) > 0 {
				date = all[len(all)-1]
			}
		}
		return date != ""
	})
	return date
}

// eventEndVerbs are the forms of the verbs an event ends by.
var eventEndVerbs = map[string]bool{"ended": true, "ends": true, "concluded": true, "finished": true, "closed": true, "wrapped": true}

// sentenceOfEvent is the first sentence of the article with a word that
// fits (given in lower case) and that it says as said wants (given its
// sentence's text before and after it), clipped for a line; "" when
// none says one.
func (e *Engine) sentenceOfEvent(fits func(word string) bool, said func(word, before, after string) bool) string {
	for _, p := range e.passages {
		if p.para == nil {
			continue
		}
		for _, w := range wordRe.FindAllStringIndex(p.text, -1) {
			word := strings.ToLower(p.text[w[0]:w[1]])
			if !fits(word) {
				continue
			}
			from, to := p.sentenceAt(w[0])
			if said(word, p.text[from:w[0]], p.text[w[1]:to]) {
				return clip(strings.TrimSpace(p.text[from:to]), maxLineRunes)
			}
		}
	}
	return ""
}

// saidOfTheEvent reports whether a word (an adjective, a superlative, a
// "first"), between the lower-case text of its sentence before it and
// after it, is said of the story's own event: a
// bare "it" or "this" stands before it (not "it's", as in "It's thanks
// to the strong partnership"), or a word of the title does, or one of
// the two words after it is one; each near it.
func saidOfTheEvent(before, after string, title map[string]bool) bool {
	words := strings.Fields(before)
	if itBefore.MatchString(strings.Join(words[max(0, len(words)-itReach):], " ")) {
		return true
	}
	near := wordRe.FindAllString(strings.Join(words[max(0, len(words)-titleReach):], " "), -1)
	near = append(near, wordRe.FindAllString(after, 2)...)
	return slices.ContainsFunc(near, func(w string) bool { return title[w] })
}

// itReach and titleReach are how many words before an adjective "it"
// and a title's word may stand: "It is considered to be one of the
// worst", "Kariba remains the worst"; not "Brown pelicans could not have
// recovered without a strong … network".
const itReach, titleReach = 8, 3

// itBefore finds a bare "it" with a word after it, or "this" with a
// verb: not "It's thanks to", "like this, the outcome", nor "This
// official activity".
var itBefore = lazyRE(`\bit\s+\pL|\bthis\s+(?:was|is|made|makes|remains|remained|became|proved)\b`)

// titleNounsOf are the lower-case words of a title that WordNet has as
// common nouns, what a title names its event by: "dam", "storm",
// "disaster"; not "recovered", nor a country's or a person's name. Read
// once, at Build (Engine.titleNouns).
func titleNounsOf(title string) map[string]bool {
	out := map[string]bool{}
	for _, w := range wordRe.FindAllString(strings.ToLower(title), -1) {
		if l := lexicon.Lookup(w); len(w) > 2 && !stopWord(w) && l.POS&lexicon.Noun != 0 && !l.Capital {
			out[w] = true
		}
	}
	return out
}

// asksWhenThis matches a question for the date of the story's own event
// that says nothing else: "when did it happen?", "when did it start?",
// "when was this?", "what year was it?", "what year?", "what's the date?".
var asksWhenThis = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:when\s+(?:did|was|is)\s+(?:it|this|that)(?:\s+(?:happen|start|begin))?|what\s+(?:year|day|date)(?:\s+(?:was|is|did)\s+(?:it|this|that)(?:\s+happen)?)?|what(?:'s|’s|s|\s+is|\s+was)\s+the\s+date)\s*[?.!]*$`)

// asksWhenNamed matches a question for the date of an event it names by
// a noun alone, and how it took place at most: "when was the race
// held?", "when did the earthquake hit?"; group 1 is the noun.
var asksWhenNamed = lazyRE(`(?i)^(?:so\s+|ok\s+)?when\s+(?:was|did|is)\s+the\s+(\pL+)(?:\s+(?:held|played|run|fought|staged|happen|occur|take\s+place|begin|start|hit|strike|erupt))?\s*[?.!]*$`)

// leadDateOfNamed is leadDate for a question that names the event by
// its noun, when the story's title or its lead's first sentence says
// that noun: "when was the race held?" of "The 2016 Ford EcoBoost 400
// was a NASCAR Sprint Cup Series race held on November 20, 2016"; else
// "", and the question is searched as any other ("when was the
// election?" of a story that tells of an earlier one).
func (e *Engine) leadDateOfNamed(q *question) string {
	m := asksWhenNamed.FindStringSubmatch(q.core)
	lead := e.leadPassages()
	if m == nil || len(lead) == 0 {
		return ""
	}
	_, end := lead[0].sentenceAt(0)
	said := func(text string) bool { return containsWords(strings.ToLower(text), strings.ToLower(m[1])) }
	if !said(e.corpus.Title) && !said(lead[0].text[:end]) {
		return ""
	}
	return e.leadDate(q)
}

// asksWhatTime matches a question for the time of day of the story's
// own event that says nothing else: "what time did it happen?", "what
// time was it?".
var asksWhatTime = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:at\s+)?what\s+time\s+(?:did|was|is)\s+(?:it|this|that)(?:\s+(?:happen|start|begin|hit|occur|strike))?\s*[?.!]*$`)

// leadTime is the first time of day the story's lead gives, with the
// word that says how near it is: "approximately 4:40 p.m.", "11:56am",
// not a race's time ("2:03:59"); "" when it gives none, and the question
// is searched as before.
func (e *Engine) leadTime(*question) string {
	for _, p := range e.leadPassages() {
		for _, m := range clockTimeNear.FindAllStringIndex(p.text, -1) {
			if !lapTime.MatchString(p.text[m[1]:]) {
				return strings.TrimSpace(p.text[m[0]:m[1]])
			}
		}
	}
	return ""
}

// lapTime opens the seconds of a time taken, after its hours and
// minutes: ":59" of "2:03:59".
var lapTime = lazyRE(`^:\d`)

// clockTimeNear finds a clock time and the words that say how near it
// is: "approximately 4:40 p.m.", "just before 3:30 pm".
var clockTimeNear = lazyRE(`(?i)(?:\b(?:about|around|approximately|roughly|(?:just|soon|shortly)\s+(?:before|after))\s+)?` + clockTime)

// storyDate is the answer the lead gives to "when did it happen?",
// "when was the race held?" and "what time did it happen?" of the
// story's own event (the lead of a row read early), or "" for any other
// question.
func (e *Engine) storyDate(q *question) string {
	if row := q.ofEvent(); row != nil && row.early {
		return row.lead(e, q)
	}
	return ""
}

// leadDate is the fullest date the story's title or lead gives, the
// title's first, which dates the event it tells of: "on January 27, 1967" of "A cabin fire during a
// launch rehearsal test … on January 27, 1967, killed all three crew
// members", where the title's words may find a later paragraph's date
// of another event ("October 1968", Apollo 7's flight). "" when the lead
// gives none.
func (e *Engine) leadDate(q *question) string {
	best, bestRank := "", 0
	consider := func(date string) {
		if r := dateRank(date); r > bestRank {
			best, bestRank = date, r
		}
	}
	for _, date := range dateExpr.FindAllString(e.corpus.Title, -1) {
		consider(date) // "M6 South Napa, California Earthquake – August 24, 2014", whose lead names only 1906
	}
	for _, p := range e.leadPassages() {
		for _, d := range datesIn(e, q, p) {
			consider(p.text[d.start:d.end])
		}
	}
	if asksYear.MatchString(q.core) {
		return yearIn.FindString(best) // "what year was it?": "1967", not "January 27, 1967"
	}
	return best
}

// dateRank is how fully a date says when: 3 for a day or month with its
// year ("January 27, 1967", "October 2016"), 2 for a day of a month
// ("June 12"), 1 for a year alone ("The 2017 Australian Open" names the
// event by it); 0 for a date with no figure ("Sunday", "last month"),
// which says nothing without the day the story was written.
func dateRank(date string) int {
	year, month := yearIn.MatchString(date), monthName.MatchString(date)
	switch {
	case !strings.ContainsAny(date, "0123456789"):
		return 0
	case year && month:
		return 3
	case month:
		return 2
	case year:
		return 1
	}
	return 0
}

// monthName finds a month's name, whole or cut short, as dates are
// found by (monthNames).
var monthName = lazyRE(`\b(?:` + monthNames + `)`)

// leadPassages are the analysed passages of the story's lead
// (leadParagraphs).
func (e *Engine) leadPassages() []*passage {
	var out []*passage
	for _, para := range e.leadParagraphs() {
		for _, p := range e.passages {
			if p.text == para.Text {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// asksCause matches a question for the cause or the manner of the
// story's own event that says nothing else: "how did it happen?",
// "what caused it?", "what was the cause?". Such a question is answered
// by the article's statement of the cause when it makes one
// (eventRow.said), else shown the passages that give a cause, with no
// line (storyCause): it was refused by nearly every story, or answered
// with the verb's object ("tied it").
var asksCause = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:how\s+did\s+(?:it|this|that)\s+happen|what\s+(?:caused|started|triggered)\s+(?:it|this|that)|what\s+was\s+the\s+cause(?:\s+of\s+(?:it|this|that))?)\s*[?.!]*$`)

// asksEnding matches "how did it end?" and nothing else: asked of the
// story's own event, which no word of it names, it is answered by a
// sentence with "end" in it four times in five wrongly ("The southern
// end of the bridge", "The marriage ended in divorce"), so it gets the
// passages and no line; the story's lead when no passage says "end".
var asksEnding = lazyRE(`(?i)^(?:so\s+|ok\s+)?how\s+(?:did|does|will)\s+(?:it|this|that|it\s+all|everything|things)\s+(?:end|finish|wrap\s+up|turn\s+out)(?:\s+up)?\s*[?.!]*$`)

// readEvent is the row of eventRows a question's core asks by, or nil.
func readEvent(core string) *eventRow {
	var last *lazyRegexp
	var m []string
	for i := range eventRows {
		row := &eventRows[i]
		if row.cue != last {
			last, m = row.cue, row.cue.FindStringSubmatch(core)
		}
		if m != nil && (row.fits == nil || row.fits(core, m)) {
			return row
		}
	}
	return nil
}

// ofEvent is the row of the story's own event a question asks by, or
// nil; nil too for a later question of a two-in-one message, which asks
// of what the first named ("… and how many died?"), not of the lead, and
// for one a long message's chatter leads up to.
func (q *question) ofEvent() *eventRow {
	if q.followsAnother || q.asking != nil {
		return nil // nor "… when was that?" at the end of a long message, whose "that" its chatter names
	}
	return q.event
}

// leadLine is the answer the story's lead gives to a question a chat
// asks of the event the story is about (eventRows); bare reports whether
// the question gets no line when the lead has none.
func (e *Engine) leadLine(q *question) (line string, bare bool) {
	row := q.ofEvent()
	if row == nil {
		return "", false
	}
	if row.lead != nil {
		line = row.lead(e, q)
	}
	return line, line != "" || row.bare
}
