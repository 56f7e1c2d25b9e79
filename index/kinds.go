package index

import (
	"maps"
	"slices"
	"strings"

	"storybot/corpus"
	"storybot/index/internal/lexicon"
)

// qtype is the kind of answer a question asks for.
type qtype uint8

// The kinds of question; the table below says in which order they are
// tried.
const (
	qAny     qtype = iota
	qMoney         // how much, price, cost
	qCount         // how many
	qDate          // when, what year
	qMeasure       // how long, how heavy, how far
	qList          // list, name the …, what kinds of …
	qPerson        // who, which person
	qPlace         // where, which country
	qThing         // which KIND: an entry kind the corpus declares
	qWhy           // why
	qHow           // how (the manner)
	qYesNo         // is, did, was …
	qCompare       // which is bigger, A or B
	qShare         // what percentage, what share, how much of
)

// questionKind is one row of the question table: the cue that recognises
// the kind, what "not said" sounds like, and whether the story's silence
// on it is reason to say so.
type questionKind struct {
	kind qtype
	// name says the kind in words, for explanations.
	name string
	cue  *lazyRegexp
	// notSaid is the reply when the best evidence holds nothing of the
	// kind; empty when the kind has no typed refusal.
	notSaid string
	// typed kinds want a value (a date, an amount): a fact whose cue
	// words match but whose value is no such thing does not answer.
	typed bool
	// fromText lists the pieces of an article's paragraph that could
	// answer the kind (its dates, its counts of the thing asked about).
	fromText func(e *Engine, q *question, p *passage) []span
	// fromDoc finds the answer in a document by what the engine knows
	// of it at build (its first date, the fact sheet's names).
	fromDoc func(e *Engine, q *question, d *doc) string
	// evidence reports, cheaply, for ranking, whether a document holds
	// the kind of answer asked for.
	evidence func(e *Engine, q *question, d *doc) bool
	// kindWords are nouns that only say the kind asked for ("how much
	// money"): no matter of topic when the story never says them.
	kindWords []string
}

// questionKinds is the question table. The first row whose cue matches
// decides; a question matching none is qAny.
var questionKinds = []questionKind{
	{kind: qCompare, name: "compare (which is more, A or B)", cue: compareCue, kindWords: slices.Sorted(maps.Keys(measuredBy))},
	{kind: qYesNo, name: "yes/no", cue: lazyRE(`^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b`)},
	{kind: qShare, name: "share (what percentage, how much of)", cue: lazyRE(`\b(?:what|which)\s+(?:percentage|percent|share|proportion|fraction|portion)\b|\bhow much of\b|\bwhat(?:s|'s|’s)?\s+(?:(?:is|was|are|were)\s+)?(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}rate\b`), fromText: sharesIn, evidence: hasShare},
	{kind: qMoney, name: "money (how much)", cue: lazyRE(`\bhow much\b(?:\s+(?:[\w'’-]+\s+)?(?:money|cash|damage|damages|losses)\b|\s+for\b|(?:\s+\w+){1,2}\s+(?:cost|costs|pay|paid|spend|spent|raise|raised|earn|earned|make|made|charge|charged|worth|get|give|owe|owed)\b|\s+(?:did|does|do|was|were|is|are|will|would)\b[^?]*\b(?:cost|pay|paid|spend|spent|worth|raise|raised|earn|earned|charge|charged|owe|owed)\b|\s[^?]*\bsu(?:e|ed|ing)\b[^?]*\bfor\b)|\b(?:price[sd]?|costs?|costed|worth|fee|fees|budget|dollars?|euros?)\b|\$|` + amountOfMoney), notSaid: "The story doesn't say how much.", typed: true, fromText: moneyIn, fromDoc: moneyOf, evidence: hasMoney, kindWords: []string{"money", "cash"}},
	{kind: qCount, name: "count (how many)", cue: lazyRE(`\bhow many\b|\bnumber of\b|` + sizeOfGathering), notSaid: NotFound, typed: true, fromText: (*Engine).voteCounts, fromDoc: (*Engine).countOf, evidence: hasCount},
	{kind: qDate, name: "date (when)", cue: lazyRE(askedWord("when") + `|\b(?:what|which) (?:year|date|month|day|night|morning|afternoon|evening|weekend|decade|century|season|time of year)\b|\bwhat (?:is|was|are|were) the (?:date|year|month|day)s? of\b|` + clockCue + `|\bsince when\b|\bhow long (?:has|have|had)\b`), notSaid: "The story doesn't say when.", typed: true, fromText: datesIn, fromDoc: (*Engine).dateNear, evidence: hasDate, kindWords: dateKindWords},
	{kind: qMeasure, name: "measure (how long, how far)", cue: lazyRE(`\bhow (?:long|far|heavy|big|tall|old|deep|wide|large|high|fast|much)\b`), fromText: measuresIn, evidence: hasAge},
	{kind: qList, name: "list (name every …)", cue: lazyRE(`^(?:list|name)\b|\b(?:what|which) (?:kinds|types|sorts) of\b|` + whichTheArticleNames)},
	{kind: qPerson, name: "person (who)", cue: lazyRE(whoFirst + `|[,;] (?:and )?(?:who|whom|whose)\b|\b(?:which|what) (?:person|people|group|organi[sz]ation|agency|official|officials|company|companies|firm|firms)\b`), fromText: (*Engine).namesOfKind, fromDoc: (*Engine).nameIn, evidence: (*Engine).namesAsked},
	{kind: qPlace, name: "place (where)", cue: lazyRE(askedWord("where") + `|\b(?:which|what) (?:` + strings.Join(placeClasses, "|") + `)\b`), fromText: (*Engine).namesOfKind, fromDoc: (*Engine).nameIn, evidence: (*Engine).namesAsked, kindWords: placeClasses},
	{kind: qThing, name: "thing (which KIND)", cue: lazyRE(`\b(?:which|what) \w+\b`), fromDoc: (*Engine).namesIn, evidence: (*Engine).namesAsked},
	{kind: qWhy, name: "reason (why)", cue: lazyRE(`^(?:why|how come)\b|\bwhy\b`)},
	{kind: qHow, name: "manner (how)", cue: lazyRE(`^how\b`)},
}

// placeClasses are the nouns by which "which …" asks for a place: "which
// cities did the ships visit?" is answered by the names of places, which
// seldom say "city". "Which towns" and "which regions" stay things: "the
// northern and eastern regions" answers them, no place's name.
var placeClasses = []string{"country", "countries", "nation", "nations", "city", "cities", "place", "places", "state", "states", "town", "region", "capital"}

// dateKindWords are the nouns of "what day", "which year", "what day
// of the week": they say a date is asked, and a story that gives one ("on
// July 28") need not say "day". Not "time", which "daylight saving time"
// is about.
var dateKindWords = []string{"day", "days", "year", "years", "month", "date", "week", "night", "morning", "afternoon", "evening", "season", "decade", "century"}

// sizeOfGathering asks how many people a gathering had: "how big was
// the crowd?" and "how big the crowd was" ask a count, not a length.
const sizeOfGathering = `\bhow (?:big|large)\s+(?:(?:is|was|were|are)\s+)?(?:(?:the|a|an|this|that|its|their)\s+)?(?:crowds?|audiences?|turnout|attendance|gatherings?)\b`

// moneyCompared matches "how much more (less, extra) money": a
// difference of two sums, which no one amount the story gives answers.
var moneyCompared = lazyRE(`\bhow much (?:more|less|extra) (?:money|cash)\b`)

// amountOfMoney asks how much a thing that is an amount of money was:
// "how much was the Detroit River contract?" asks for the $1.3 million,
// not the 232,000 cubic yards the contract is for.
const amountOfMoney = `\bhow much\s+(?:is|was|are|were)\s+(?:(?:the|a|an|this|that|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}(?:contracts?|deals?|awards?|grants?|fines?|settlements?|salar(?:y|ies)|wages?|bills?|loans?|bids?|ransoms?|rewards?|prizes?|bonus(?:es)?|penalt(?:y|ies)|payments?|donations?|funding|tickets?|damages)\b`

// withoutNames is a text with its capitalised names (but its first word)
// left out.
func withoutNames(text string) string {
	for _, sp := range slices.Backward(nameSpans(text)) {
		if sp.start > 0 {
			text = text[:sp.start] + text[sp.end:]
		}
	}
	return text
}

// groupAsked matches a question that asks which group, not which
// person: "which group took the lead", "what agency runs it".
var groupAsked = lazyRE(`\b(?:which|what) (?:group|groups|organi[sz]ations?|agency|agencies|company|companies|department|office|institution|university|firm|charity|nonprofit|non-profit)\b`)

// asksManner matches a question that opens by asking how something is
// done, whatever number it asks about later.
var asksManner = lazyRE(`^how (?:did|does|do|can|could|would|will|should)\b.*\bhow many\b`)

// whichTheArticleNames asks for the things of a kind the article names
// ("which boat models does the article mention"); its group is the
// kind.
const whichTheArticleNames = `\b(?:which|what)\s+(?:\w+\s+){0,2}(\w+)\s+(?:does|did|do|are|were)\s+(?:the\s+)?(?:story|article)\s+(?:mention|name|list)|\b(?:which|what)\s+(\w+)\s+(?:\w+\s+){0,3}(?:are|were)\s+(?:mentioned|named|listed)\b`

// askedWord is a pattern for a question word used to ask, not to join
// clauses: at the start of the message or of a clause ("…, and when
// …"), before a verb that opens a question ("… when did it …"), or last
// ("… when?"). "How did the nests do when the hurricane came" asks how,
// not when.
func askedWord(w string) string {
	return `(?:^|[,;:.?!]\s*|\b(?:and|so|but|ok|okay|also|then)\s+)` + w + `\b|\b` + w + `\s+(?:did|does|do|was|were|is|are|will|would|has|have|had|could|can|should)\b|\b` + w + `\s*\?`
}

// kindRow returns the table row of a kind.
func kindRow(k qtype) questionKind {
	for _, r := range questionKinds {
		if r.kind == k {
			return r
		}
	}
	return questionKind{kind: qAny, name: "any (no question word)"}
}

// classify reads the kind of answer a question wants from its question
// words (of its core: see questionCore), whether it asks what or who something is, and the kind of entry
// it asks for ("who" a person; "which boats" vessels, when the corpus
// has vessels).
// asksDoing reports whether a "who's" or "what is" question goes on with
// a verb's "-ing" form: "who's leading the team" asks who does it, not
// who or what someone is.
func asksDoing(l string) bool {
	m := beforeDoing.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	base := lexicon.Base(m[1])
	// "who is going to be …" asks who will be someone.
	return base != m[1] && base != "go" && lexicon.Lookup(base).POS&lexicon.Verb != 0
}

// withoutWhenClause is a question, in lower case, without the clause of
// time a comma sets after it when another question word opens it: "where
// was he going, when the crash happened?" asks where, as a Russian "Куда
// ехал он, когда произошла авария?" does. A "when" that an auxiliary
// follows ("…, when did it open?") asks when, and stays.
func withoutWhenClause(l string) string {
	i := strings.Index(l, ", when ")
	first, _, _ := strings.Cut(l, " ")
	first = trimPossessive(first) // "where's", "who’s"
	if i < 0 || !whWord[first] || first == "when" {
		return l
	}
	next, _, _ := strings.Cut(l[i+len(", when "):], " ")
	if auxiliary[next] || modal[next] {
		return l
	}
	return l[:i]
}

// beforeDoing matches the word after the "is" of "who's", "what is".
var beforeDoing = lazyRE(`^(?:what|who)(?:'s|’s|s|\s+(?:is|are|was|were))\s+(\pL+ing)\b`)

// beforeDone matches the word after the "was" of "who was", "what were".
var beforeDone = lazyRE(`(?i)^(?:what|who)\s+(?:is|are|was|were)\s+(\pL+)\b`)

// asksDone reports whether a "who was" question asks who something was
// done to: "who was brought on for Rodríguez?" asks no description of
// Rodríguez.
func asksDone(core string) bool {
	m := beforeDone.FindStringSubmatch(core)
	return m != nil && doneForm(m[1])
}

// doneForm reports whether a question's word after its "was" is a verb's
// past participle, not a name: "brought", "arrested", but not "Drew" or
// "jared" ("who is Drew Brees?" asks who he is).
func doneForm(word string) bool {
	return !opensWithCapital(word) && !lexicon.GivenName(word) && pastParticiple(strings.ToLower(word))
}

// pastParticiple reports whether a word is a verb's past form, irregular
// ("brought", "found") or in "-ed" ("arrested"). A form WordNet also
// lists as an adjective ("appointed", "injured") is read as one: "who
// was appointed police chief?" is answered as a description.
func pastParticiple(w string) bool {
	if f := lexicon.IrregularForm(w); f != "" && f != w {
		return lexicon.Lookup(f).POS&lexicon.Verb != 0
	}
	return pastEd(w)
}

func (e *Engine) classify(core string) (kind qtype, define bool, asked corpus.Kind) {
	l := withoutWhenClause(strings.ToLower(core))
	if embeddedYesNo.MatchString(l) {
		return qYesNo, false, "" // "do you know if the library reopened"
	}
	def := definition.MatchString(l) && !asksDoing(l) && !asksDone(core)
	for _, r := range questionKinds {
		if !r.cue.MatchString(l) {
			continue
		}
		switch r.kind {
		case qCompare:
			if !comparison(l) {
				continue // "were more than 400 nests lost or damaged?"
			}
		case qMoney:
			if (opensOtherAsk.MatchString(l) || opensHowAux.MatchString(l) || asksDatePart.MatchString(l)) && !strings.Contains(l, "how much") {
				// "when did the park report $1 billion …" and "in what
				// year did it report $1 billion …" ask when; "how is the
				// $50,000 to be spent?", how
				continue
			}
			if !r.cue.MatchString(strings.ToLower(withoutNames(core))) {
				continue // "what is the Campaign for Fair Drug Prices?" asks no price
			}
			if moneyCompared.MatchString(l) {
				continue // "how much more money did it raise than last year?" asks a difference
			}
			if m := thingThatCost.FindStringSubmatch(l); m != nil && m[2] == "" && !strings.Contains(l, "how much") && !slices.ContainsFunc(strings.Fields(m[1]), func(w string) bool { return auxiliary[w] || modal[w] }) {
				// "what economic crash cost shoemakers their jobs?" asks
				// which crash; "what final cost did the city report?"
				// (the noun) and "what might the repairs cost?" ask a sum.
				continue
			}
			if strings.Contains(l, "how many") && !strings.Contains(l, "how much") && !howManyOfMoney.MatchString(l) {
				continue // "how many voted for the budget?" counts votes; "how many dollars did it cost?" is money
			}
		case qCount:
			if (opensWho.MatchString(l) || asksDatePart.MatchString(l)) && !strings.Contains(l, "how many") {
				continue // "who said the number of birds …" asks who; "by what year had the number …", when
			}
			if asksManner.MatchString(l) {
				continue // "how did they learn how many nests …" asks how
			}
		case qMeasure:
			if opensWho.MatchString(l) && !andHow.MatchString(l) {
				continue // "who was more cautious about how long to wait?" asks who
			}
		case qThing:
			if asked = e.askedEntryKind(l); asked == "" {
				continue
			}
		case qPerson:
			asked = corpus.KindPerson
			if groupAsked.MatchString(l) {
				asked = corpus.KindOrganisation // "which group", not who in it
			}
		case qPlace:
			asked = corpus.KindPlace
		}
		return r.kind, def, asked
	}
	return qAny, def, ""
}

// notSaid is the reply when the story covers the subject of a question but
// not the kind of answer it wants.
func notSaid(k qtype) string {
	if s := kindRow(k).notSaid; s != "" {
		return s
	}
	return NotFound
}

// refusal reports whether an answer line is a "The story doesn't say",
// of any kind.
func refusal(answer string) bool { return strings.HasPrefix(answer, strings.TrimSuffix(NotFound, ".")) }

// whoFirst is a question opening by asking who, the first cue of a
// person question; opensWho matches it alone.
const whoFirst = `^(?:who|whom|whose)\b`

var opensWho = lazyRE(whoFirst)

// asksDatePart matches a question for a year, a month or a day.
var asksDatePart = lazyRE(`\b(?:what|which)\s+(?:year|date|month|day)\b`)

// thingThatCost matches a "what NOUN cost …" question, with the words
// between (group 1) and an auxiliary right after "cost" (group 2), which
// makes "cost" the noun.
var thingThatCost = lazyRE(`^(?:what|which)\s+((?:[\pL'’-]+\s+){1,3})cost\b(\s+(?:did|does|do|was|is|were|are|has|had|will|would)\b)?`)

// modal are the modal verbs that, like an auxiliary, put "cost" after
// its subject: "what might the repairs cost?".
var modal = map[string]bool{"might": true, "may": true, "must": true, "should": true, "shall": true}

// andHow matches a second question joined to a first: "… and how long".
var andHow = lazyRE(`\band how\b`)

// opensOtherAsk matches a question that opens by asking when, where or
// who: an amount it names is what it is about, not what it asks.
var opensOtherAsk = lazyRE(`^(?:when|where|why)\b|` + whoFirst)

// howManyOfMoney matches a count of money ("how many dollars") or a
// word of what money buys, as a Russian "сколько стоит" is read ("how
// many cost").
var howManyOfMoney = lazyRE(`\bhow many\s+(?:\w+\s+)?(?:dollars|euros|pounds|yen|rupees|francs|shillings|lira|rubles|roubles|pesos|cents)\b|\b(?:cost|costs|costed|worth|pay|paid|spend|spent|prices?|priced|charged?|fees?)\b`)

// opensHowAux matches a question that opens by asking how something is
// or was done, which names an amount it asks nothing of: "how is the
// $50,000 payment to be spent?" (but "how are tickets priced?" asks the
// price).
var opensHowAux = lazyRE(`^how\s+(?:is|was|are|were|will|would|did|does|do|can|could|should)\b.*(?:\$|\d)`)

// whichNounCue finds the noun of "which NOUN" / "what kind of NOUN".
var whichNounCue = lazyRE(`\b(?:which|what) (\w+)\b`)

// askedEntryKind is the fact-sheet kind a "which NOUN" question asks for:
// a kind the corpus uses whose name is the noun or a near word of it
// ("which boats" asks for vessels when the corpus has vessels).
func (e *Engine) askedEntryKind(lowerQuestion string) corpus.Kind {
	m := whichNounCue.FindStringSubmatch(lowerQuestion)
	if m == nil || auxiliary[m[1]] {
		return "" // "what did Lancaster tell the bat" asks for no kind
	}
	noun := m[1]
	if start, end := whichNoun(lowerQuestion); end > start && !typeWord[noun] {
		// "what natural resources" asks for resources; "what kind of
		// boat is the Sea Lark" asks for a type, not a boat.
		noun = lowerQuestion[start:end]
	}
	if asksRoles.MatchString(noun) {
		return "" // "what position did he play": a post, not a place
	}
	for _, k := range e.kinds {
		if lexicon.IsA(noun, string(k)) {
			return k
		}
	}
	return ""
}

// typeWord are the words of "what kind of …", which asks for a type.
var typeWord = map[string]bool{"kind": true, "kinds": true, "type": true, "types": true, "sort": true, "sorts": true}

// withoutFiller drops the chat words a message may open with ("lol who's
// the bat lady", "yo how many", "anyway, who"), so the question word is
// read where questions have it: first. A filler word is one English does
// not know, or knows as no noun, verb or adjective.
func withoutFiller(q string) string {
	q = withoutFillerWords(q)
	return withoutOpener(q)
}

// withoutFillerWords drops the opening words English does not know, or
// knows as no noun, verb or adjective.
func withoutFillerWords(q string) string {
	for {
		word, rest, _ := strings.Cut(q, " ")
		w := strings.ToLower(strings.Trim(word, ",.!:;-"))
		if rest == "" || questionWord[w] || questionWord[trimPossessive(w)] {
			return q // "where's" is "where is"
		}
		x := lexicon.Lookup(w)
		if x.POS&(lexicon.Noun|lexicon.Verb|lexicon.Adjective) != 0 && x.Known() {
			return q
		}
		q = strings.TrimSpace(rest)
	}
}

// withoutOpener drops one or two common words a message opens with before
// a question word: "ok so who found the beads", "wait what is the
// tube", "tell me why it closed". Words of a noun phrase ("the man who
// …") are no opener, nor are rare words ("Hale who …").
func withoutOpener(q string) string { return q[openerEnd(q):] }

// openerSpan is where the words a message opens with before its question
// word are (see withoutOpener), after any chat: talk, not what is asked.
func openerSpan(text string) [2]int {
	q := withoutFillerWords(text)
	from := len(text) - len(q)
	return [2]int{from, from + openerEnd(q)}
}

// openerEnd is where the question word after a message's opening words
// starts (see withoutOpener), or 0 when the message opens with none.
func openerEnd(q string) int {
	at := 0
	for i := 0; i < 3; i++ {
		at += len(q[at:]) - len(strings.TrimLeft(q[at:], " "))
		word, _, _ := strings.Cut(q[at:], " ")
		if w := strings.ToLower(strings.Trim(word, ",.!:;-")); i > 0 && (whWord[w] || whWord[trimPossessive(w)] || (auxiliary[w] || modal[w]) && onlyDiscourse(q[:at])) {
			return at // "so did the mother reject the calf?" asks yes or no
		}
		if i > 0 && prepositionAsking(strings.ToLower(word), q[at+len(word):]) && onlyDiscourse(q[:at]) {
			return at // "ok so at what point was it over?": "at" is the question's
		}
		if word == "" || !openerWord(word) {
			return 0
		}
		at += len(word)
	}
	return 0
}

// prepositionAsking reports whether a word is a preposition that a
// question word follows (rest is the message after it): "at what point",
// "in which year", "by how much".
func prepositionAsking(w, rest string) bool {
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	return askingPreposition[w] && whWord[strings.ToLower(strings.Trim(next, ",.!:;-?"))]
}

// askingPreposition are the prepositions a question may open with.
var askingPreposition = map[string]bool{"at": true, "in": true, "on": true, "by": true, "for": true, "from": true, "to": true, "since": true, "until": true, "after": true, "before": true, "during": true, "with": true, "of": true, "about": true}

// onlyDiscourse reports whether a message's opening words are all
// discourse markers ("so", "ok so", "wait"), which may stand before a
// yes/no question's auxiliary; "it", "there" and the like are its
// subject ("there was a fire?").
func onlyDiscourse(opening string) bool {
	words := strings.Fields(strings.ToLower(opening))
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !discourseMarker[strings.Trim(w, ",.!:;-")] })
}

// discourseMarker are the words talk opens a question with.
var discourseMarker = map[string]bool{"so": true, "ok": true, "okay": true, "and": true, "but": true, "wait": true, "also": true, "then": true, "well": true, "now": true, "anyway": true, "hey": true, "yo": true, "lol": true, "hmm": true, "um": true}

// openerWord reports whether a word may open a message as talk before
// its question: common in English, lower-case or first, and no
// determiner.
func openerWord(word string) bool {
	w := strings.ToLower(strings.Trim(word, ",.!:;-"))
	return lexicon.Lookup(w).Zipf() >= openerZipf && !determiner[w]
}

// openerZipf is how common a word must be to be taken for talk before a
// question ("ok", "so", "wait", "tell me").
const openerZipf = 4.5

// whWord are the question words that ask for something, not yes or no.
var whWord = map[string]bool{"what": true, "whats": true, "when": true, "where": true, "who": true, "whom": true, "whose": true, "why": true, "how": true, "which": true}

// determiner are the words that open a noun phrase.
var determiner = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "my": true, "your": true, "his": true, "her": true, "our": true, "their": true, "its": true, "some": true, "any": true, "every": true, "each": true, "all": true, "no": true}

// questionCore is a question without the chat words it opens with and
// the polite frame around it ("lol can you tell me who is Maria Lopez" is
// "who is Maria Lopez"), as typed: the patterns that read a question from
// its start read this.
func questionCore(text string) string {
	return withoutLeadingClause(framedCore(text))
}

// framedCore is a question without its opening chat words and polite
// frame, but with any clause that opens it.
func framedCore(text string) string {
	core := requestFrame.ReplaceAllString(withoutFiller(text), "")
	return articleFrame.ReplaceAllString(core, "$1")
}

// withoutLeadingClause is a question without the clause that sets its
// time or condition before a comma: "When Brahe came back to the camp,
// did he leave a message?" asks yes or no, not when; "After the storm,
// who did the council thank?" asks who. A clause that is itself a
// question ("when did the storm hit, and …") stays, and so does one
// whose comma opens a relative clause ("when ended the eruption, which
// created the island?", as a Russian question reads).
func withoutLeadingClause(core string) string {
	if !clauseOpener.MatchString(core) {
		return core // most questions: the pattern below is costly
	}
	m := leadingClause.FindStringSubmatchIndex(core)
	if m == nil {
		return core
	}
	if w := strings.ToLower(core[m[2]:m[3]]); auxiliary[w] || w == "should" {
		return core // "when did …" is a question, "when Brahe came back" a clause
	}
	return core[m[4]:]
}

// clauseConjunctions are the words a clause of time or condition opens
// a question with.
const clauseConjunctions = `when|after|before|once|while|if|since|until`

// leadingClause matches a clause of time or condition opening a
// question, its first word after the conjunction (group 1), and the
// question after its comma (group 2), which opens with an auxiliary
// (auxiliary, or "should").
var leadingClause = lazyRE(`(?i)^(?:` + clauseConjunctions + `)\s+(\w+)[^,?]+,\s*((?:(?:who|whom|what|which|where|why|how)\s+)?(?:` + wordsPattern(slices.Sorted(maps.Keys(auxiliary))) + `|should)\b.*)$`)

// clauseOpener matches the conjunctions leadingClause opens with.
var clauseOpener = lazyRE(`(?i)^(?:` + clauseConjunctions + `)\s`)

// articleFrame asks whether the article tells what a question word asks
// ("does the article say how many birds …"): the question is what
// follows, not a yes/no.
var articleFrame = lazyRE(`(?i)^(?:does|did|do) (?:the|this|that|your) (?:article|story|piece|report|text) (?:say|said|tell|tells|tell us|tell me|explain|mention|give)\s+((?:how|what|who|when|where|why|which)\b)`)

// requestFrame is the polite frame around an asked question ("can you
// tell me how much …", "does anyone know who …", "could you explain
// why …"): the question is what follows, not a yes/no about whether the
// reader can tell.
var requestFrame = lazyRE(`(?i)^(?:(?:can|could|would|will) (?:you|u|someone|anyone|somebody|anybody) (?:please |pls |plz )?(?:(?:tell|explain to|remind|show) (?:me|us)|explain|clarify)|(?:do|does|did) (?:you|u|anyone|anybody|someone|somebody) (?:know|remember|happen to know)|(?:anyone|anybody|any one) knows?|i (?:want|need|would like|'d like) to know|i (?:wonder|was wondering))\b[,:]?\s*`)

// embeddedYesNo is a yes/no question left by a request frame: "(do you
// know) if the library reopened".
var embeddedYesNo = lazyRE(`^(?:if|whether)\b`)

// questionWord are the words questions open with (questionWords), and
// "whats" typed without its apostrophe, which English does not know.
var questionWord = func() map[string]bool {
	out := map[string]bool{"whats": true}
	for _, w := range questionWords {
		out[w] = true
	}
	return out
}()
