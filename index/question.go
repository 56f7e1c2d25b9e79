package index

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"storybot/corpus"
	"storybot/index/internal/lexicon"
)

// MaxQuestionRunes caps a question's length. Real questions are a line; a
// pasted page is refused with a clear message instead of being searched.
const MaxQuestionRunes = 500

// ErrEmptyQuestion is returned for a blank question.
var ErrEmptyQuestion = errors.New("the question is empty: ask something about the story")

// ErrQuestionTooLong is returned for a question over MaxQuestionRunes.
var ErrQuestionTooLong = fmt.Errorf("the question is too long: keep it under %d characters", MaxQuestionRunes)

// Normalize cleans user text for the engine: invalid UTF-8 dropped,
// compatibility forms folded (full-width "ＫＸ－７" reads as "KX-7"),
// control and invisible format characters removed, whitespace collapsed. It
// returns ErrEmptyQuestion for blank text and ErrQuestionTooLong for text
// over MaxQuestionRunes. Text with no words ("???") is a question the story
// has no answer to, not an error.
func Normalize(q string) (string, error) {
	q = strings.ToValidUTF8(q, "")
	if utf8.RuneCountInString(q) > 4*MaxQuestionRunes {
		// Refuse before normalising a huge input, which costs time for
		// nothing.
		return "", ErrQuestionTooLong
	}
	q = norm.NFKC.String(q)
	var b strings.Builder
	space := false
	for _, r := range q {
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r):
			space = b.Len() > 0
			continue
		case unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Co, r) || r == utf8.RuneError:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	out := b.String()
	switch {
	case out == "":
		return "", ErrEmptyQuestion
	case utf8.RuneCountInString(out) > MaxQuestionRunes:
		return "", ErrQuestionTooLong
	}
	return out, nil
}

var (
	// countedPhrase finds what a question counts: the words after "how
	// many" or "number of", up to a verb or preposition.
	countedPhrase   = lazyRE(`(?i)(?:how many|number of)\s+(.+?)(?:\s+(?:did|do|does|were|was|are|is|have|has|had|will|would|could|can|in|of|from|to|for|by|with|at|on|that|which|after|before|since|during|between|among|per|ago|until|than|into|through|across)\b|\s+\w+n[’']t\b|[?.!,;:]|$)`)
	countLeftOut    = lazyRE(`(?i)\bhow many\s+(?:of (?:them|those|these)\s+)?(?:(?:did|do|does|were|was|are|is|have|has|had|will|would|could|can)\s+(?:\w+ly\s+)?(?:been\s+|be\s+|get\s+|got\s+)?(\pL+)|(\pL+ed)(?:\s*[?.!,]|\s*$|\s+(?:in|on|at|during|after|before|from|when|because|there)\b))`)
	countedOfPhrase = lazyRE(`(?i)how many of (?:the|these|those|them)\b.*?\b(?:were|are|was|is)\s+(.+?)(?:[?.!,;:]|$)`)
	definition      = lazyRE(`^(?:what|who)(?:'s|’s|` + isWithAdverb + `\b)|^(?:tell me (?:about|more about)|describe|explain|info on|information on)\b`)
)

// isWithAdverb is "is", "was", "are" or "were", after an adverb that
// only stresses the question: "who even is", "what exactly was".
const isWithAdverb = `(?:\s+(?:even|exactly|actually|really))?\s+(?:is|was|are|were)`

// unit is one thing a question asks about: an entry it names, or a word.
type unit struct {
	term   string // analysed word; empty for an entity
	word   string // the word as typed, lower-cased
	entity string // entry id; empty for a word
	weight float64
	// factor discounts a word the engine had to correct the spelling of.
	factor float64
	// topical marks a word that says what the question is about, as
	// opposed to what kind of answer it wants or chat filler.
	topical bool
	// chatter marks a word of a long message's parts that ask nothing.
	chatter bool
	// clipped marks a short form of a word the story says ("ref" for
	// "referee"), which stands for that word.
	clipped bool
	// near are the story's words a unit matches besides its own: its
	// syns, then its classes, built once in wordUnit (syns and classes
	// are parts of it).
	near []string
	// syns are the story's words for the same thing: its own synonyms
	// and WordNet's near words.
	syns []string
	// classes are the story's nouns of the kind the word names
	// ("disease" for "sickness"); they match like synonyms but do not
	// make a question about the story.
	classes []string
	// kindsNear is set when the story has nouns of the kind the word or
	// one of its near words names: some sign that the question is about
	// the story, though too weak a link to match a passage by.
	kindsNear bool
	// verb marks a word the question uses as a verb (askedAsVerb).
	verb bool
	// wider are the story's words for another sense of a word the story
	// does not say and has no near word for ("captured" for "catch"):
	// they match less than near words do.
	wider []string
}

// saysNothingBut reports whether every topical word of a question is
// one of words (lower case): "what was the final score?" says nothing
// but what it asks for.
func (q *question) saysNothingBut(words map[string]bool) bool {
	return !slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && !words[strings.ToLower(u.word)] })
}

// standsFor reports whether an analysed word of a text is a unit's own
// or one of its near words (syns).
func (u unit) standsFor(t string) bool { return t == u.term || slices.Contains(u.syns, t) }

// question is a parsed question.
type question struct {
	text string
	// followsAnother is set on a later question of a two-in-one message,
	// read with the first one's words (withContext): "… and what was the
	// score?" asks of what the first named, not of the story's lead.
	followsAnother bool
	// asking are the spans of a long message that ask (askingSpans, nil
	// when all of it does), and askedText their text: what is asked, its
	// chatter left out.
	asking    [][2]int
	askedText string
	// core is the text without its opening chat words and polite frame
	// (questionCore), which patterns anchored at a question's start read.
	core string
	// event is the row of eventRows the core asks by, or nil: read once,
	// as several rules ask it (see ofEvent).
	event *eventRow
	// nameAsked says the question asked for a role's name ("what was
	// the cook's name?"), which parse reads as "who is the cook?".
	nameAsked bool
	// firstPerson says what is asked speaks of the asker ("how do I
	// renew my passport?", "should I buy shares?"), which no story
	// reports.
	firstPerson bool
	// fromRussian says the question was asked in Russian and text is its
	// English reading, whose "how many" may be "сколько" of a sum.
	fromRussian bool
	// clauseLed says the question opened with a clause of time or
	// condition that core leaves out (withoutLeadingClause).
	clauseLed bool
	// doing is whoDoes read of core ("who found King": "found"), once
	// per question: the role and doer rules all ask it.
	doing []string
	// doneTo is the base of the verb of a "who was VERBed" question
	// ("who was brought on": "bring"), read once (doneVerbOf).
	doneTo string
	// deal is the other side of a "who bought …" question's deal
	// (dealOf), read once.
	deal   deal
	kind   qtype
	define bool
	// asked is the kind of entry the question asks for ("who" asks
	// for a person), worked out once: ranking asks it of every candidate.
	asked    corpus.Kind
	units    []unit
	entities []string
	// when is a word that asks about another time than the facts'
	// ("now", "current", "before", "former"), or "".
	when string
	// named are the names found in the article (not the fact sheet)
	// that the question mentions.
	named []string
	// terms are every analysed word to search for, including the words of
	// entity names, which rank texts that spell the name out.
	terms []string
	// hints are analysed words for what a question word asks ("why" asks
	// for a reason); they favour documents with them without counting
	// towards coverage.
	hints []string
	// quoted are the phrases of two words or more the question puts in
	// quotation marks, in lower case: words the reader copied.
	quoted []string
	// counted is the analysed head word of what a "how many" question
	// counts ("KX-7s" → "kx7"), empty when there is none.
	counted string
	// countedWord is the counted word as typed ("people").
	countedWord string
	// countedBy are the words that narrow what is counted ("loggerhead"
	// in "how many loggerhead nests"): a count must be of those.
	countedBy []string
	// areaAsked and rateAsked say that a counted length is an area's
	// ("how many square kilometres") or a speed's ("how many miles per
	// hour").
	areaAsked, rateAsked bool
	// nameTerms are the analysed words of the names a question mentions:
	// its subject, as against what it says happened to it.
	nameTerms map[string]bool
	// role and roleOf hold "mayor" and "elm-bay" for "the mayor of
	// Elm Bay": a role the answer must hold in that place.
	role, roleOf string
	// placedAsked caches, for a "where is X" question, whether the
	// article sets a place right after X anywhere (placedSomewhere): 0
	// until read, then 1 for no and 2 for yes.
	placedAsked int8
	// highlight are the analysed words results mark (highlightTerms).
	highlight map[string]bool
	// happened are the words of a "when", "where" or "who" question
	// that say what happened (happenedUnits); a date, place or name must
	// be in a sentence saying one.
	happened []unit
	// subjectHead is the analysed head noun of a "when" question's
	// subject, and subjectBy the story's words that narrow it.
	subjectHead string
	subjectBy   []string
	// verbTerms are the analysed words of a "when" question's verb, its
	// base and the words related to it, which a dated fact must say;
	// anyEvent is set instead when it has no verb, or a light one
	// (setEvent, datesEvent).
	verbTerms []string
	anyEvent  bool
	// verbOwn are the first of verbTerms: the analysed words of the verb
	// itself and of its base, without the words related to it.
	verbOwn []string
	// aspect are verbTerms when the verb says a beginning or an end
	// ("when did they begin protecting the Keys"): the date asked is
	// that of the beginning, which only a sentence that says it gives.
	aspect []string
	// head is the noun a "which NOUN" question of no typed kind asks
	// for (askedHead), or "".
	head string
	// unknownSubject is set when the question asks for something of a
	// kind the corpus has never heard of: "the president of Brazil",
	// "which agency".
	unknownSubject bool
	// days are the days of a month the question names (daysNamed): a
	// passage about April 25 answers nothing asked of "april 24".
	days []string
	// clock is set when the question asks for a time of day ("what time
	// did the gondola fall?"), read once at parse.
	clock bool
}

// withoutChat is a question's core without the chat a message ends
// with ("lol", "ngl", "tho") and the hedges in it ("actually",
// "really", "even"): "how many died lol" and "what time did it actually
// crash" ask what "how many died?" and "what time did it crash?" ask.
// A last word the story uses stays, and one typed in capitals ("who won
// MVP?").
func (e *Engine) withoutChat(core string) string {
	out := chatHedge.ReplaceAllString(core, "")
	for {
		body := strings.TrimRight(out, "?!. ")
		i := strings.LastIndexByte(body, ' ')
		if i < 0 {
			return out
		}
		typed, before := body[i+1:], strings.Fields(strings.ToLower(body[:i]))
		last := strings.ToLower(typed)
		if last != typed || strings.ContainsAny(typed, "0123456789") || !endsInChat(last) || e.storySays(last) || len(before) == 0 || opensPhrase[before[len(before)-1]] {
			return out // "who won MVP?", "what is the gdp": a capital, a figure, a word after "the" is asked
		}
		out = body[:i] + "?"
	}
}

// opensPhrase are the words no question ends with, whose next word is
// part of what is asked: "what is the gdp", "who is ngo".
var opensPhrase = map[string]bool{"is": true, "was": true, "are": true, "were": true, "did": true, "does": true, "do": true, "has": true, "have": true, "had": true, "the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "about": true, "my": true, "your": true, "his": true, "her": true, "their": true, "our": true, "its": true, "this": true, "that": true, "these": true, "those": true, "and": true, "or": true}

// endsInChat reports whether a question's last word is chat, not asked:
// a short one English does not know ("lol", "ngl", "tbh"), or knows
// only as a rare name or letter run ("tho", "rn"), or a word chat ends a
// question with. A longer unknown word is a name or a misspelling of
// one ("who is kurt luecht").
func endsInChat(w string) bool {
	if chatTail[w] {
		return true
	}
	x := lexicon.Lookup(w)
	return utf8.RuneCountInString(w) <= 4 && (!x.Known() || !x.Common() && x.POS&(lexicon.Verb|lexicon.Adjective) == 0 && x.Zipf() < 3)
}

// chatTail are the words English knows that a message ends a question
// with as chat: "who won though", "when was it again".
var chatTail = map[string]bool{"though": true, "anyway": true, "anyways": true, "again": true, "haha": true, "lol": true}

var (
	// chatHedge finds a hedge, with the space before it, that says
	// nothing of what is asked: "did it actually work?".
	chatHedge = lazyRE(`(?i)\s+(?:actually|really|even|literally|honestly|basically)\b`)
)

// parse analyses a normalised question: frame words dropped, misspelt words
// corrected against the corpus vocabulary, entry names recognised, and each
// remaining word weighted by how rare it is in the corpus.
func (e *Engine) parse(text string) *question {
	asking := askingSpans(text)
	asked := askedText(text, asking)
	framed := framedCore(asked)
	unclaused := withoutLeadingClause(framed)
	q := &question{text: text, askedText: asked, asking: asking, core: e.withoutChat(unclaused)}
	q.clauseLed = unclaused != framed
	q.doing = whoDoes(q.core)
	q.doneTo = doneVerbOf(q.core)
	q.event = readEvent(q.core)
	q.kind, q.define, q.asked = e.classify(q.core)
	q.when = strings.ToLower(timeWord.FindString(asked)) // not "last weekend we went"
	q.hints = e.hintsFor(text)
	q.quoted = quotedPhrases(text)
	q.days = daysNamed(text)
	q.clock = asksClock.MatchString(q.core)
	if q.kind == qAny || q.kind == qThing {
		q.head = askedHead(q.core)
	}
	toks, corrected := e.corrected(text)
	if q.kind == qCount {
		e.readCounted(q, text, toks)
	}
	// Names are found before frame words are dropped: "us" frames a
	// question, "the US" names a country.
	mentions := e.em.find(text, toks)
	inMention := e.addEntities(q, mentions, len(toks))
	q.nameTerms = nameTerms(toks, mentions)
	q.role, q.roleOf = e.roleOfPlace(text, toks, mentions, inMention)
	e.addWords(q, toks, corrected, inMention)
	q.unknownSubject = e.asksForUnknown(q, toks, corrected)
	e.compoundSyns(q, toks)
	e.converseSyns(q)
	measureAlone(q)
	e.givenNamesBySurname(q, toks, mentions)
	e.widerInContext(q.units)
	e.unsaidAlternatives(q, text)
	e.readKindWords(q, text)
	if q.kind == qDate {
		what, verb, subject := eventOf(text)
		e.setEvent(q, verb)
		if group, ok := aspectVerbs[lexicon.Base(verb)]; ok {
			told := e.an.terms(strings.Join(group, " "))
			q.aspect = slices.Concat(q.verbTerms, told)
			e.nearAspect(q, verb, told)
		}
		// After nearAspect: "when did the operations end?" happened in
		// "operations that concluded May 29".
		q.happened = e.happenedUnits(q, what)
		e.setSubject(q, subject)
	}
	if q.kind == qPlace {
		what, _, _ := eventOf(text)
		q.happened = placeEvent(e.happenedUnits(q, what))
	}
	if q.kind == qPerson {
		// "who commanded the army at Kuruyuki?" is not answered by a
		// name in a sentence that says only the battle's name: all the
		// question's words but its names say what happened (eventOf
		// reads only the shapes of "when" and "where").
		q.happened = e.happenedUnits(q, "")
	}
	// Last: the story's own verbs of ending are near words of "end"
	// now, and "concluded its mission on Jan. 9" stands nearest one.
	q.highlight = highlightTerms(q)
	return q
}

// unsaidAlternatives makes no matter of topic the one of two words
// joined by "or" that the story lacks when it says the other: "is Pointe
// Mouillee in Ohio or Michigan?" is about the story though it never
// says "Ohio".
func (e *Engine) unsaidAlternatives(q *question, text string) {
	for _, m := range eitherOr.FindAllStringSubmatch(strings.ToLower(text), -1) {
		a, b := m[1], m[2]
		switch {
		case e.says(a) && !e.says(b):
			q.units = notTopical(q.units, b)
		case e.says(b) && !e.says(a):
			q.units = notTopical(q.units, a)
		}
	}
}

// notTopical marks the unit of a typed word as no matter of topic.
func notTopical(units []unit, word string) []unit {
	for i := range units {
		if units[i].word == word {
			units[i].topical = false
		}
	}
	return units
}

// eitherOr finds two words joined by "or".
var eitherOr = lazyRE(`\b(\pL+)\s+or\s+(\pL+)\b`)

// placeEvent keeps, of what a "where" question says happened, its verbs
// but the light ones: where parrots were released is said by a sentence
// that says "released", but "where did it originally come from" asks no
// word of the sentence that says where ("a fern from Brazil").
func placeEvent(units []unit) []unit {
	var out []unit
	for _, u := range units {
		if lexicon.Lookup(lexicon.Base(u.word)).POS&lexicon.Verb != 0 && !lightVerb(u.word) {
			out = append(out, u)
		}
	}
	return out
}

// nameTerms collects the analysed words of the mentioned names.
func nameTerms(toks []token, mentions []mention) map[string]bool {
	out := map[string]bool{}
	for _, m := range mentions {
		for _, t := range toks[m.first:m.last] {
			out[t.term] = true
		}
	}
	return out
}

// corrected analyses a question and corrects the words the story lacks
// that misspell a story word; corrected[i] marks the tokens it changed.
func (e *Engine) corrected(text string) (toks []token, corrected []bool) {
	toks = e.an.tokens(text)
	corrected = make([]bool, len(toks))
	for i, t := range toks {
		// A word the story links to its own (the initials of its
		// names, "uae" of "United Arab Emirates") is meant as typed.
		if e.df[t.term] == 0 && !e.frame[t.term] && len(e.synonyms[t.term]) == 0 && !knownOtherThanRareName(lexicon.Lookup(surface(text, t))) {
			if fix, ok := e.correctionOf(t.term, surface(text, t)); ok {
				toks[i].term = fix
				corrected[i] = true
			}
		}
	}
	return toks, corrected
}

// readCounted reads what a "how many" question counts, and whether a
// length it counts is asked as an area or a speed.
func (e *Engine) readCounted(q *question, text string, toks []token) {
	q.counted, q.countedWord, q.countedBy = e.countedTerm(text, toks)
	q.areaAsked, q.rateAsked = lengthAsAreaOrRate(text, q.countedWord)
}

// countedTerm is the analysed word a "how many" question counts: the
// last word but a verb of the phrase after "how many" ("how many of the
// 40 boats were trawlers" counts trawlers), that word as typed, and the
// analysed words before it in its phrase ("loggerhead" of "loggerhead
// nests"); or "".
func (e *Engine) countedTerm(text string, toks []token) (term, word string, mods []string) {
	if p := countLeftOut.FindStringSubmatch(text); p != nil && (leftOutBy(strings.ToLower(p[1]+p[2])) || subjectAfterAux(p[1])) {
		// "how many were damaged?", "how many of them were hurt?", "how
		// many died in the flood?": what is counted is left to the
		// story; "damaged" is what was done to it.
		return "", "", nil
	}
	m := countedOfPhrase.FindStringSubmatchIndex(text)
	if m == nil {
		m = countedPhrase.FindStringSubmatchIndex(text)
	}
	// "how many car crashes a year did the road see" has its verb after
	// "did": no word before it is one.
	auxAfter := m != nil && auxiliaryAfter.MatchString(text[m[2]:])
	prevEnd := 0 // where the last noun of the phrase ends
	for _, t := range toks {
		if m == nil || t.start < m[2] || t.end > m[3] {
			continue
		}
		w := surface(text, t)
		// Tokens of one word may overlap ("ac-130ws" and its parts):
		// what stands between two nouns starts no earlier than the next.
		from := min(prevEnd, t.start)
		if term != "" && timeInEvery.MatchString(text[from:t.end]) {
			break // "how many flights a year" counts flights, in a year
		}
		if term != "" && isUnit(strings.ToLower(word)) && sizeWords[strings.ToLower(w)] != "" {
			break // "how many feet high is the wall" counts feet, of height
		}
		// "how many lightning strikes hit the state": a word English
		// has as a verb, before a determiner, is the count's verb.
		verbBeforeObject := term != "" && !auxAfter && verbBeforeDeterminer(w, text[t.end:])
		if verbForm(w) && !isUnit(strings.ToLower(w)) && !(term == "" && pluralNoun(w)) || verbBeforeObject || term != "" && (pastEd(w) || edOfVerb(w) && lexicon.Base(strings.ToLower(word)) != strings.ToLower(word) || adverbOnly(w) || verbAfterPlural(word, w, text[from:t.start]) || misspeltVerb(w, t.term, text[t.end:])) || !(e.df[t.term] > 0 || lexicon.Lookup(w).Known()) {
			if term != "" {
				break // the counted noun ends at its verb: "volunteers took part", "birds actually died"
			}
			continue
		}
		if term != "" && t.start >= prevEnd {
			// Not a reading of the same word: "ac-130ws" is the
			// AC-130W, not an AC-130 narrowed by "W".
			mods = append(mods, term)
		}
		term, word = t.term, w // the last of the nouns: "bird species"
		prevEnd = t.end
	}
	return term, word, mods
}

// readKindWords reads the question's words that only say the kind of
// answer it wants: not its matter when the story never says them.
func (e *Engine) readKindWords(q *question, text string) {
	kindWords := kindRow(q.kind).kindWords
	for i, u := range q.units {
		// "how much money did businesses lose?" asks a sum; a story
		// that says "lost 45 million euros" never says "money". Only
		// the question's own words are looked up: e.says analyses.
		if slices.Contains(kindWords, u.word) && !e.says(u.word) && (q.kind != qPlace || namedAfterWhich(text, u.word)) {
			// "which cities did the ships visit?" asks for places, as
			// "where" would; "in the country" of "where does it rank
			// in the country?" is the question's own matter.
			q.units[i].topical = false
		}
	}
}

// pluralNoun reports whether a word in "-s" is a noun's plural, though it
// may be a verb's form too: "torpedoes" of "how many torpedoes did it
// fire" is what is counted.
func pluralNoun(w string) bool {
	b := lexicon.Base(strings.ToLower(w))
	return strings.HasSuffix(w, "s") && b != strings.ToLower(w) && lexicon.Lookup(b).POS&lexicon.Noun != 0
}

// misspeltVerb reports whether a word English does not know, ending as
// a past does, was read as one of its verbs and stands before a little
// word, as a verb does: after the counted noun, "burnd" of "how meny
// houses burnd to the ground" is the count's verb, not the noun counted.
// "goverment" of "conservitive goverment members" is no verb, and a
// misspelt plural ("crewz", "boates") stays the noun counted.
func misspeltVerb(w, term, after string) bool {
	next := ""
	if f := strings.Fields(strings.ToLower(after)); len(f) > 0 {
		next = strings.Trim(f[0], ",.?!;:")
	}
	lw := strings.ToLower(w)
	pastLike := strings.HasSuffix(lw, "d") || strings.HasSuffix(lw, "t")
	return pastLike && !lexicon.Lookup(lw).Known() && lexicon.Lookup(term).POS&lexicon.Verb != 0 && next != "" && stopWord(next)
}

// edOfVerb reports whether a word in "-ed" that WordNet files as an
// adjective is a verb's past too: "used" of "how many publications used
// the data". After a plural it is the count's verb; elsewhere it may
// describe the noun ("dead and impaired birds").
func edOfVerb(w string) bool {
	stem, ok := strings.CutSuffix(strings.ToLower(w), "d")
	return ok && strings.HasSuffix(stem, "e") && (lexicon.Lookup(stem).POS&lexicon.Verb != 0 || lexicon.Lookup(strings.TrimSuffix(stem, "e")).POS&lexicon.Verb != 0)
}

// verbAfterPlural reports whether a word right after a plural noun of a
// count, a space apart, is the count's verb in its base form: "how many
// allies and partners help the fleet" counts partners, not the fleet.
// "How many sales reps" goes on: "reps" is no base form. A plural of no
// "-s" ("how many people visit the park") counts so too.
func verbAfterPlural(plural, w, gap string) bool {
	lp := strings.ToLower(plural)
	base := lexicon.Base(lp)
	return gap == " " && (base != lp && lexicon.Lookup(base).POS&lexicon.Noun != 0 || irregularPlural(lp)) &&
		lexicon.Base(w) == w && lexicon.Lookup(w).POS&lexicon.Verb != 0
}

// subjectAfterAux reports whether the word after "how many" and an
// auxiliary opens the clause's subject, not what is counted: "how many
// did the fishing boats pick up?" counts what the boats picked up.
func subjectAfterAux(word string) bool {
	w := strings.ToLower(word)
	return determiner[w] || subjectPronoun[w]
}

// leftOutBy reports whether the word after "how many" (and its
// auxiliary) says what was done, not what is counted.
func leftOutBy(w string) bool {
	// "how many were men?" counts men, though "man" is a verb too.
	return pastEd(w) || verbForm(w) && lexicon.Lookup(lexicon.Base(w)).POS&lexicon.Noun == 0
}

// verbBeforeDeterminer reports whether a word English has as a verb is
// followed by a determiner other than "a" or "an" ("hit the state").
func verbBeforeDeterminer(w, rest string) bool {
	m := nextWord.FindStringSubmatch(rest)
	if m == nil {
		return false
	}
	next := strings.ToLower(m[1])
	return next != "a" && next != "an" && determiner[next] && lexicon.Lookup(w).POS&lexicon.Verb != 0
}

// auxiliaryAfter matches a question's auxiliary verb, which comes after
// the counted noun in "how many X did …".
var auxiliaryAfter = lazyRE(`(?i)\b(?:did|do|does|were|was|are|is|have|has|had|will|would|could|can)\b`)

// addEntities adds the fact-sheet entries a question names as units, and
// returns which tokens they cover. A name found only in the article is
// matched by its words, which the article's sentences share; it is only
// kept from being its own answer.
func (e *Engine) addEntities(q *question, mentions []mention, n int) []bool {
	inMention := make([]bool, n)
	for _, m := range mentions {
		if en, _ := e.entry(m.entity); en != nil && en.FromArticle {
			q.named = append(q.named, m.entity)
			continue
		}
		for i := m.first; i < m.last; i++ {
			inMention[i] = true
		}
		if !containsEntity(q.units, m.entity) {
			q.entities = append(q.entities, m.entity)
			q.units = append(q.units, unit{entity: m.entity, weight: e.entityWeight(m.entity), factor: 1, topical: true})
		}
	}
	return inMention
}

// hedgeWord are the words a reader hedges a question's figure with, which
// ask for no other thing: "roughly how many were left?". Read as words
// typed, not as analysed terms: "roughly" is analysed as "rough", which
// "how rough were the seas?" asks about.
var hedgeWord = map[string]bool{"roughly": true, "approximately": true, "approx": true, "circa": true}

// listFrame are words that only frame a list question ("name the
// managers quoted in the article").
var listFrame = map[string]bool{"list": true, "name": true, "mentioned": true, "named": true, "quoted": true, "listed": true, "cited": true, "featured": true, "included": true}

// aliasFrame are the words that only frame a question for another name
// ("what's the other name people use for the strike?"): the sentence
// that answers says "also known as", not "other" or "people". "name"
// stays, as a sentence may say it ("took various names").
var aliasFrame = map[string]bool{"other": true, "another": true, "alternative": true, "alternate": true, "different": true,
	"call": true, "calls": true, "called": true, "known": true, "nickname": true, "nicknamed": true, "people": true, "everyone": true, "everybody": true,
	"folks": true, "use": true, "used": true, "go": true, "goes": true, "went": true, "dubbed": true, "also": true, "usually": true, "commonly": true}

// asksAliasOf reports whether a question asks for another name of
// something it names in other words ("what was the strike also
// called?"); not when nothing but its frame is left to search by.
func (e *Engine) asksAliasOf(q *question, toks []token) bool {
	if !asksAliasKind(q) {
		return false
	}
	return slices.ContainsFunc(toks, func(t token) bool {
		return !e.frame[t.term] && !aliasFrame[surface(q.text, t)] && e.df[t.term] > 0
	})
}

// asksAliasKind reports whether a what or which question asks for
// another name (asksAlias).
func asksAliasKind(q *question) bool {
	return (q.kind == qAny || q.kind == qThing) && asksAlias.MatchString(q.core)
}

// givenNamesBySurname makes a person's surname a near word of each of
// their given names, for the people the article names (and the fact
// sheet does not): a question says "David Wolkowsky", the sentence that
// answers it "Mr. Wolkowsky", which names him as well.
func (e *Engine) givenNamesBySurname(q *question, toks []token, mentions []mention) {
	for _, m := range mentions {
		if en, _ := e.entry(m.entity); en == nil || !en.FromArticle || en.Kind != corpus.KindPerson || m.last-m.first < 2 {
			continue
		}
		words := toks[m.first:m.last]
		if !personsName(q.text, words) || e.sharedSurname(strings.ToLower(q.text[words[0].start:words[len(words)-1].end])) {
			continue
		}
		surname := words[len(words)-1].term
		for _, t := range words[:len(words)-1] {
			for i, u := range q.units {
				if u.term == t.term && u.entity == "" {
					q.units[i] = withSyns(u, []string{surname})
				}
			}
		}
	}
}

// nearAspect makes the story's verbs of beginning (or ending) near
// words of a "when" question's "start" (or "end"): "when did the bakery
// start?" is about the story's "opened in 1952".
func (e *Engine) nearAspect(q *question, verb string, told []string) {
	term := e.an.terms(verb)
	said := slices.DeleteFunc(slices.Clone(told), func(t string) bool { return e.df[t] == 0 })
	for i, u := range q.units {
		if u.entity == "" && len(term) > 0 && u.term == term[0] {
			q.units[i] = withSyns(u, said)
		}
	}
}

// sharedSurname reports whether the article names another person by a
// name that ends in the same surname ("Sam Baker" beside "Tom Baker"):
// the surname alone then names neither.
func (e *Engine) sharedSurname(name string) bool {
	surname := lastWordOf(name)
	for _, n := range e.articleNames {
		if n != name && lastWordOf(n) == surname && !titledSurname(titleCase(n)) && !strings.HasSuffix(name, " "+n) {
			return true
		}
	}
	return false
}

// titleCase opens each word of a lower-case name with a capital, as the
// article wrote it ("mr. hale" → "Mr. Hale").
func titleCase(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		r := []rune(w)
		f[i] = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return strings.Join(f, " ")
}

// personsName reports whether a name's words are given names and a
// surname: none of them a word English writes in lower case ("Snowtown
// Wind Farm", "Marquesas Keys" are no one's names, though the article's
// guess may be), as "David", "Darryl" and "Wolkowsky" are not.
func personsName(text string, words []token) bool {
	for _, t := range words {
		x := lexicon.Lookup(strings.ToLower(surface(text, t)))
		if x.Common() {
			return false
		}
	}
	return true
}

// addWords adds a question's words as weighted units, frame words and
// repeats left out, and every searchable word to its terms.
func (e *Engine) addWords(q *question, toks []token, corrected, inMention []bool) {
	seen := map[string]bool{}
	asking := askingIn(q.asking)
	talk := openerSpan(q.text)
	// particles maps where a phrasal verb's particle starts to the
	// story's words for the phrasal verb: "away" of "pass away" is said
	// by "died", as "pass" is, but not by "passed out".
	particles := map[int][]string{}
	// "how many bats does the article name?" counts a list, and is
	// framed as one is.
	listed := q.kind == qList || countedList.MatchString(q.core)
	aliased := e.asksAliasOf(q, toks)
	for i, t := range toks {
		if e.frame[t.term] && !inMention[i] || listed && listFrame[surface(q.text, t)] || aliased && aliasFrame[surface(q.text, t)] || hedgeWord[surface(q.text, t)] || t.start >= talk[0] && t.end <= talk[1] {
			continue
		}
		key, at := phrasalKey(q.text, t, surface(q.text, t))
		if said := e.phrasalSaid(key, at); len(said) > 0 {
			particles[at] = said
		}
		if said, ok := particles[t.start]; ok && !seen[t.term] {
			// The particle is said by the story's words for the phrasal
			// verb too.
			seen[t.term] = true
			q.units = append(q.units, withSyns(e.wordUnit(q.text, t, key, corrected[i], asking(t.start)), said))
			continue
		}
		if !seen[t.term] && e.df[t.term] > 0 {
			q.terms = append(q.terms, t.term)
		}
		if inMention[i] {
			seen[t.term] = true
			continue
		}
		asked := asking(t.start)
		if seen[t.term] {
			// A word said in the chatter and again in the question
			// weighs as the question's: only its weight is needed.
			w, _ := e.askedWeight(q.text, t, asked)
			raise(q.units, unit{term: t.term, weight: w, chatter: !asked})
			continue
		}
		seen[t.term] = true
		u := e.wordUnit(q.text, t, key, corrected[i], asked)
		if aliased && aliasNoun[u.word] {
			u = withSyns(u, e.aliasTerms())
		}
		q.units = append(q.units, u)
	}
}

// aliasNoun are the words a question for another name asks it by.
var aliasNoun = map[string]bool{"name": true, "names": true, "nickname": true, "nicknames": true, "alias": true}

// aliasTerms are the story's words for giving another name ("also known
// as", "nicknamed", "his sobriquet"), which say a question's "name".
func (e *Engine) aliasTerms() []string {
	var out []string
	for _, w := range []string{"known", "called", "nicknamed", "dubbed", "sobriquet", "renamed", "alias"} {
		for _, t := range e.an.terms(w) {
			if e.df[t] > 0 {
				out = append(out, t)
			}
		}
	}
	return out
}

// raise gives the unit of the same word the higher of the two weights,
// and makes it part of the question when either occurrence is.
func raise(units []unit, u unit) {
	for i := range units {
		if units[i].term != u.term || units[i].entity != "" {
			continue
		}
		units[i].weight = max(units[i].weight, u.weight)
		units[i].chatter = units[i].chatter && u.chatter
	}
}

// wordUnit weighs one question word and finds the story's words near it,
// looked up by key (phrasalKey).
func (e *Engine) wordUnit(text string, t token, key string, corrected, asking bool) unit {
	w, topical := e.askedWeight(text, t, asking)
	u := unit{term: t.term, word: surface(text, t), factor: 1, weight: w, topical: topical, chatter: !asking}
	nw := e.nearOf(key, t)
	u.near = nw.near
	if n := nw.syns; n > 0 {
		u.syns = u.near[:n:n]
	}
	if n := nw.syns; n < len(u.near) {
		u.classes = u.near[n:]
	}
	u.kindsNear = nw.kindsNear
	u.wider = nw.wider
	if short := e.unitShortForms(u.word, text[:t.start]); len(short) > 0 {
		u = withSyns(u, short) // "ft" says "feet", "km2" says "kilometres"
	}
	if full := e.clippingOf(u, text[t.start:t.end], topical); full != "" {
		// A three-letter word WordNet has as a longer word the story
		// says, and that word begins, is a clipping, not chat: "ref" is
		// the story's "referee", and weighs as that word does.
		lex := lexicon.Lookup(e.writtenForm(full))
		u.weight, u.topical, u.clipped = englishWeight(lex)*posFactor(lex)*e.spread(full), true, true
		u.syns, u.near, u.classes = []string{full}, []string{full}, nil
		if !asking {
			u.weight *= chatterFactor
		}
	}
	if e.df[t.term] == 0 {
		// Only a word the story does not say may count as a verb it
		// says in other words (topicalityCounting), and most question
		// words are the story's; an auxiliary and three words of its
		// subject fit in auxiliaryReach.
		u.verb = askedAsVerb(u.word, text[max(0, t.start-auxiliaryReach):t.start])
	}
	if corrected {
		u.factor = correctedFactor
	}
	return u
}

// unitShortForms are the story's words for a unit a question names in
// full (after the text before), written short: "ft" for "feet", "km"
// and "km2" for "kilometres" (countPhrase tells an area from a length),
// "sq" and "km2" for "square",
// and "mph" for the "hour" of "miles per hour" as for its "miles".
func (e *Engine) unitShortForms(word, before string) []string {
	lw := strings.ToLower(word)
	if timeUnits[lw] {
		m := perLength.FindStringSubmatch(before)
		if m == nil || lexicon.Base(lw) != "hour" || !lengthUnits[strings.ToLower(m[1])] {
			return nil
		}
		return e.shortFormsSaid(m[1], func(abbr string) bool { return abbr == "mph" || abbr == "kph" })
	}
	if lw == "square" {
		return e.squaredSaid()
	}
	if !units[lw] && !unitQualifiers[lw] {
		return nil
	}
	return e.shortFormsSaid(word, func(string) bool { return true })
}

// shortFormsSaid are the abbreviations of a unit that keep accepts (or
// their squares, "km2") that the story says.
func (e *Engine) shortFormsSaid(unit string, keep func(abbr string) bool) []string {
	var out []string
	for _, abbr := range abbreviationsOf[lexicon.Base(strings.ToLower(unit))] {
		for _, form := range []string{abbr, abbr + "2"} {
			if e.df[form] > 0 && keep(abbr) {
				out = append(out, form)
			}
		}
	}
	return out
}

// abbreviationsOf are the abbreviations of each unit (unitAbbreviations
// turned round), in order: "foot" → "ft".
var abbreviationsOf = func() map[string][]string {
	out := map[string][]string{}
	for _, abbr := range slices.Sorted(maps.Keys(unitAbbreviations)) {
		for _, full := range unitAbbreviations[abbr] {
			out[full] = append(out[full], abbr)
		}
	}
	return out
}()

// lengthAbbreviations are the abbreviations of lengths, in order: "cm",
// "ft", "km", "mi", "mm".
var lengthAbbreviations = slices.DeleteFunc(slices.Sorted(maps.Keys(unitAbbreviations)), func(abbr string) bool { return !lengthUnits[abbr] })

// squaredSaid are the story's words that say "square": "sq", and a
// length's abbreviation it squares ("km2", or "km" where it writes
// "km²").
func (e *Engine) squaredSaid() []string {
	out := e.shortFormsSaid("square", func(string) bool { return true })
	for _, abbr := range lengthAbbreviations {
		switch {
		case e.df[abbr+"2"] > 0:
			out = append(out, abbr+"2")
		case e.df[abbr] > 0 && slices.ContainsFunc(e.passages, func(p *passage) bool { return strings.Contains(p.text, abbr+"²") }):
			out = append(out, abbr)
		}
	}
	return out
}

// unitQualifiers make a unit of area or volume of a length's: "square
// miles", "cubic feet".
var unitQualifiers = map[string]bool{"square": true, "cubic": true}

// perLength matches a length unit and the word that makes the next a
// rate: "miles per ", "kilometres an ".
var perLength = lazyRE(`(?i)\b(\pL+)\s+(?:per|an|a)\s+$`)

// clippingOf is the one story noun among a chat-weighed word's WordNet
// synonyms that the word, as typed, begins ("refere" of "ref"), or "". Two letters
// are too often chat that WordNet also has ("rn" for "right now", a
// nurse), and a synonym the word does not begin is no clipping ("wen",
// a cyst, is "when" mistyped).
func (e *Engine) clippingOf(u unit, typed string, topical bool) string {
	if topical || utf8.RuneCountInString(u.word) != 3 || e.df[u.term] > 0 || !chatWord(typed, lexicon.Lookup(u.word)) {
		return ""
	}
	full := ""
	for _, s := range u.syns {
		// A noun's clipping is a noun's: "ref" is "referee", not
		// "referred".
		if strings.HasPrefix(s, u.word) && lexicon.Lookup(e.writtenForm(s)).POS&lexicon.Noun != 0 {
			if full != "" {
				return ""
			}
			full = s
		}
	}
	return full
}

// phrasalKey is the key nearOf looks a question word up by: the word,
// or "verb_particle" when a particle follows it ("locked them up", "find
// out") and WordNet has that phrasal verb, whose senses are not the
// verb's own. at is where the particle starts, or -1.
func phrasalKey(text string, t token, word string) (key string, at int) {
	m := particleAfter.FindStringSubmatchIndex(text[t.end:])
	if m == nil || lexicon.Lookup(lexicon.Base(word)).POS&lexicon.Verb == 0 {
		return word, -1
	}
	particle := strings.ToLower(text[t.end+m[2] : t.end+m[3]])
	if lexicon.Phrasal(word, particle) == nil {
		return word, -1
	}
	return lexicon.Base(word) + "_" + particle, t.end + m[2]
}

// phrasalSaid are the story's words for a phrasal verb (key and at from
// phrasalKey): "died" for "pass away". They are its particle's near
// words too, so a sentence that says "died" says all of "pass away", one
// that says "passed out" only its verb; with none, the particle is no
// more part of the verb than "back" of "fall back to the ground".
func (e *Engine) phrasalSaid(key string, at int) []string {
	if at < 0 {
		return nil
	}
	verb, particle, _ := strings.Cut(key, "_")
	return e.nearTerms(token{term: "\x00"}, lexicon.Phrasal(verb, particle))
}

// withSyns is a unit with more of the story's words for it, first among
// its near words and counted as its syns. The unit's own slices are
// shared with the memo (nearOf) and are not written to.
func withSyns(u unit, terms []string) unit {
	add := slices.DeleteFunc(slices.Clone(terms), func(t string) bool { return t == u.term || slices.Contains(u.near, t) })
	if len(add) == 0 {
		return u
	}
	near := slices.Concat(add, u.near)
	n := len(add) + len(u.syns)
	u.near, u.syns, u.classes = near, near[:n:n], near[n:]
	return u
}

// particleAfter matches a particle after a verb, with a pronoun between
// them or none.
var particleAfter = lazyRE(`(?i)^\s+(?:(?:it|them|him|her|us|me|you)\s+)?(up|down|off|out|over|in|on|away|back|through|around|about)\b`)

// askedWeight is a question word's weight (wordWeight), discounted when
// it is said in a part of the message that asks nothing.
func (e *Engine) askedWeight(text string, t token, asking bool) (weight float64, topical bool) {
	w, topical := e.wordWeight(text, t)
	if !asking {
		w *= chatterFactor
	}
	return w, topical
}

// nearSet holds the story's words near a question word: its syns (the
// first syns of near), then its classes.
type nearSet struct {
	near      []string
	syns      int
	kindsNear bool     // see unit.kindsNear
	wider     []string // see unit.wider
}

// nearKey is a question word as typed, lower-cased, with its analysed
// term (a corrected word's is the story's word it was taken for).
type nearKey struct{ word, term string }

// memo remembers values an engine works out from a question's words:
// the same words come in question after question, and looking them up in
// WordNet or SUBTLEX and analysing what comes back was a quarter of
// parsing a question. Engines answer concurrently, hence the sync.Map;
// a memo stops remembering at maxNearWords keys, so a long-running bot
// fed endless new words does not grow.
type memo[K comparable, V any] struct {
	values sync.Map // K → V
	count  atomic.Int64
}

// get returns the value remembered for k.
func (m *memo[K, V]) get(k K) (V, bool) {
	v, ok := m.values.Load(k)
	if !ok {
		var zero V
		return zero, false
	}
	return v.(V), true
}

// put remembers v for k, unless the memo is full.
func (m *memo[K, V]) put(k K, v V) {
	if m.count.Load() >= maxNearWords {
		return
	}
	if _, loaded := m.values.LoadOrStore(k, v); !loaded {
		m.count.Add(1)
	}
}

const maxNearWords = 20_000

// nearOf finds, or remembers, the story's words near a question
// word: the story's synonyms and WordNet's near words of its commonest
// senses (nearTerms), then the story's nouns of the kind it names
// (classTerms). The slice is shared by every question that says the
// word, so its users only read it.
func (e *Engine) nearOf(word string, t token) nearSet {
	key := nearKey{word, t.term}
	if v, ok := e.nearMemo.get(key); ok {
		return v
	}
	if degreeOfAdjective(word) {
		return nearSet{} // "richest" is no "people", "tallest" no "size"
	}
	verb, particle, phrasal := strings.Cut(word, "_")
	related, commoner := firstRelated(lexicon.Related(verb))
	if base := lexicon.Base(verb); base != verb && (strings.HasSuffix(verb, "ed") || strings.HasSuffix(verb, "ing")) && lexicon.Lookup(base).POS&lexicon.Verb != 0 {
		// "converted" is WordNet's adjective ("reborn") as well as the
		// verb's form, whose near words ("conversion") a story says.
		more := lexicon.Related(base)
		related = append(related, more[:min(len(more), maxRelated)]...)
	} else if len(related) == 0 && lexicon.Lookup(verb).Count <= maxWiderCount {
		// "injured", WordNet's adjective with no near words, is the
		// verb's form too, and the verb's are the story's ("wounded"):
		// for a word used less often than "used", whose verb's near
		// words ("user") are too many to be a sign.
		if v := lexicon.VerbOf(verb); v != "" {
			more := lexicon.Related(v)
			related = more[:min(len(more), maxRelated):min(len(more), maxRelated)]
		}
	}
	if phrasal {
		// The verb's own senses stay: "put in" may be "installed" or
		// "put" in the story's words too.
		ph := lexicon.Phrasal(verb, particle)
		related = append(ph[:min(len(ph), maxRelated):min(len(ph), maxRelated)], related...)
	}
	syns := e.nearTerms(t, append(slices.Clip(related), commoner...))
	if name := e.roleSurname[t.term]; name != "" && !slices.Contains(syns, name) {
		// "the motorman" is Walsh, whom the article calls that once.
		syns = append(syns, name)
	}
	// Only things of the kind the word itself names match as it does:
	// those of its near words' kinds are too far ("club", "director"
	// for "team", through "unit" and "group").
	var classes []string
	if _, ordinal := ordinalWords[verb]; !ordinal {
		// "first" is a noun of WordNet's too ("beginning"), whose kinds
		// ("birth") a question's "her first lamb" does not ask for.
		classes = e.classTerms([]string{verb}, t, syns)
	}
	nw := nearSet{near: slices.Clip(append(syns, classes...)), syns: len(syns)}
	nw.kindsNear = len(classes) > 0 || len(e.classTerms(related, t, syns)) > 0
	if e.df[t.term] == 0 && len(nw.near) == 0 && lexicon.Lookup(word).Count <= maxWiderSource {
		// Only a word the story has no nearer word for reaches for its
		// other senses: "catch" finds "captured", but a story that
		// says "catch" is not also about arrests.
		nw.wider = e.nearTerms(t, lexicon.Wider(word))
	}
	e.nearMemo.put(key, nw)
	return nw
}

// firstRelated are the near words of a word's commonest senses that a
// question word reaches for: the first maxRelated, and past them those
// used more often in English than all of the first (commoner: "mother",
// the ninth of "mom" after "ma", "mama", "mommy"…). The commoner words
// stand for the word itself, not for a class of the story's things:
// "doctor", a late sense of "fix", is no way to a story's "vet".
func firstRelated(related []string) (first, commoner []string) {
	first = related[:min(len(related), maxRelated):min(len(related), maxRelated)]
	most := 0.0
	for _, w := range first {
		most = max(most, lexicon.Lookup(w).Zipf())
	}
	for _, w := range related[len(first):] {
		if lexicon.Lookup(w).Zipf() > most {
			commoner = append(commoner, w)
		}
	}
	return first, commoner
}

// widerInContext keeps, of each unit's wider words, those the story says
// in a sentence that says another of the question's words (or a near
// word of it): the other sense is the story's only when the rest of the
// question is there too. "How did they catch the deer" finds "captured
// them" beside "deer"; "how do I fix a flat basketball" finds no
// "determined" beside "basketball".
func (e *Engine) widerInContext(units []unit) {
	for i := range units {
		if len(units[i].wider) == 0 {
			continue
		}
		var kept []string
		for _, w := range units[i].wider {
			if !units[i].chatter && !e.commonInStory(w) && e.saidBeside(w, units, i) {
				kept = append(kept, w)
			}
		}
		units[i].wider = kept
	}
}

// commonInStory reports whether the article's word for a term is one
// people use very often: "takings", another sense of "payoff", shares
// its term with "taken", which any story may say.
func (e *Engine) commonInStory(term string) bool {
	w := strings.ToLower(e.surface[term])
	return lexicon.Lookup(lexicon.Base(w)).Count > maxWiderCount
}

// maxWiderSource is how often people may use a question word for its
// other senses to be sought: "catch" and "hit", not "get" or "find",
// whose senses are countless.
const maxWiderSource = 20_000

// maxWiderCount is how often people may use a word for it still to
// stand for another sense of a question's word (the generator's bound
// on the wider words themselves).
const maxWiderCount = 10_000

// saidBeside reports whether a sentence of the article says term and a
// word, or a near word, of another topical unit than units[i].
func (e *Engine) saidBeside(term string, units []unit, i int) bool {
	for _, d := range e.docs {
		if d.kind != docSentence || d.terms[term]&inMain == 0 {
			continue
		}
		for j, u := range units {
			if j == i || !u.topical || u.chatter || u.term == "" {
				continue
			}
			if d.terms[u.term]&inMain != 0 || slices.ContainsFunc(u.near, func(s string) bool { return d.terms[s]&inMain != 0 }) {
				return true
			}
		}
	}
	return false
}

// degreeOfAdjective reports whether a word is the comparative or
// superlative of an adjective ("richest", "taller"): WordNet's near
// words of its base are those of its nouns' senses too ("the rich" are
// people), which the question does not mean.
func degreeOfAdjective(w string) bool {
	w = strings.ToLower(w)
	if !strings.HasSuffix(w, "est") && !strings.HasSuffix(w, "er") {
		return false
	}
	base := lexicon.Base(w)
	b := lexicon.Lookup(base)
	// A word of its own ("number", not a degree of "numb") is looked up
	// as itself.
	return base != w && b.POS&lexicon.Adjective != 0 && lexicon.Lookup(w) == b
}

// roleOfPlace finds "ROLE of PLACE" ("the mayor of Elm Bay") in a
// question: a word, "of" (and maybe "the"), then the name of a place.
func (e *Engine) roleOfPlace(text string, toks []token, mentions []mention, inMention []bool) (role, place string) {
	for _, m := range mentions {
		if m.first == 0 || e.kindOf(m.entity) != corpus.KindPlace || inMention[m.first-1] {
			continue
		}
		prev := toks[m.first-1]
		if between(text, prev.end, m.start, ofThe) {
			return prev.term, m.entity
		}
	}
	return "", ""
}

// asksForUnknown reports whether a question asks about something the
// corpus has no word for: "ROLE of X", "the NOUN of X" or "which NOUN"
// where the word is one the corpus lacks (and not a misspelling of one it
// has, nor a word with a synonym in it). The story cannot answer such a
// question, however well its other words match.
func (e *Engine) asksForUnknown(q *question, toks []token, corrected []bool) bool {
	text := q.text
	unknown := func(i int) bool {
		t := toks[i]
		return e.df[t.term] == 0 && !corrected[i] && len(e.synonyms[t.term]) == 0 && !e.frame[t.term] && !e.generic[t.term] && !clipped(q.units, t.term)
	}
	main := len(mainClause(text)) // not "who said the project helps the economies of towns"
	for i := 1; i < len(toks) && toks[i].end <= main; i++ {
		if between(text, toks[i-1].end, toks[i].start, ofThe) && q.kind == qPerson && unknown(i) {
			return true // "who is the president of brazil"
		}
	}
	var spans [][]int
	if start, end := whichNoun(text); end > start && lexicon.Lookup(strings.ToLower(text[start:end])).Kind != "" && !e.namesOfType(text[start:end]) && !e.namesAllOf(text[start:end]) && !e.namesCompanies(text[start:end]) && !asksRoles.MatchString(text[start:end]) {
		// "which agency", "which official": a kind of person, group or
		// place the story has no word for. Not "what position", which
		// the story gives as the post itself ("as the chief engineer").
		spans = append(spans, []int{start, end})
	}
	if m := nounOf.FindStringSubmatchIndex(text); m != nil && !slices.Contains(questionHints["why"], strings.ToLower(text[m[2]:m[3]])) && !cuesKind(q.kind, text[m[2]:m[3]]) && !timeNoun[lexicon.Base(strings.ToLower(text[m[2]:m[3]]))] {
		// "the population of X", but not "the point of X's trip",
		// which asks why, nor "the date of X", which asks when.
		spans = append(spans, m[2:4])
	}
	for _, m := range spans {
		for i, t := range toks {
			if t.start >= m[0] && t.end <= m[1] && unknown(i) {
				return true // "which agency bought the boats", "the population of X"
			}
		}
	}
	return false
}

// clipped reports whether a question's word is a clipped form of a
// story's word of the same meaning (one of its unit's syns that it
// begins): "which lab" is asked of a story that says "laboratory". Other
// near words are too loose to make a question about the story: "name"
// or "zone" are near words of many a story's.
func clipped(units []unit, term string) bool {
	for _, u := range units {
		if u.term == term && slices.ContainsFunc(u.syns, func(s string) bool { return strings.HasPrefix(s, term) }) {
			return true
		}
	}
	return false
}

// cuesKind reports whether a noun is one a typed question kind is asked
// by ("date", "number", "price"): what is asked, not a word the story
// must have.
func cuesKind(k qtype, noun string) bool {
	row := kindRow(k)
	return row.typed && row.cue.MatchString("what is the "+strings.ToLower(noun)+" of")
}

// namesOfType reports whether the article names a place of the type a
// word says, though it never says the word: "what state are Silver Gate
// and Cooke City in" is answered by "Montana".
func (e *Engine) namesOfType(word string) bool {
	t := lexicon.Base(strings.ToLower(word))
	if !placeTypes[t] {
		return false
	}
	if len(e.placesOfType(t)) > 0 {
		return true
	}
	// "what town was the mine in" of a story that says "the city of
	// Silverton": news calls a settlement a town or a city as it
	// pleases, and WordNet rarely knows a small one's name.
	return slices.Contains(settlements, t) && slices.ContainsFunc(e.passages, func(p *passage) bool { return settlementNoun.MatchString(p.text) })
}

// settlements are the place types a writer uses of the same places.
var settlements = []string{"town", "city", "village"}

// settlementNoun matches a settlement word written as a common noun, in
// lower case: not the "City" of "Kansas City" or "City Council".
var settlementNoun = lazyRE(`\b(?:towns?|city|cities|villages?)\b`)

// namesAllOf reports whether a question's "which NOUNs" asks for all
// the things of a kind the article names ("person", "organisation",
// "place"): "which agencies did Ferrer thank?" may be answered by the
// organisations a story names though it never says "agency". A singular
// noun asks for one, which a story naming others is no answer to:
// "which agency bought the jets?" of a story that says only that the
// United States did.
func (e *Engine) namesAllOf(noun string) bool {
	w := strings.ToLower(noun)
	base := lexicon.Base(w)
	if base == w {
		return false
	}
	kind := lexicon.Lookup(base).Kind
	for _, p := range e.passages {
		for _, s := range p.names {
			if e.kindOfSpan(p, s) == kind {
				return true
			}
		}
	}
	return false
}

// namesCompanies reports whether "which company" (or firm, business,
// corporation) asks of a story that names organisations: a company is
// rarely called one in a news story ("Duke Energy's decision", "Vale's
// Creighton Mine"), where an agency, a department or a school is named
// as such.
func (e *Engine) namesCompanies(noun string) bool {
	if !companyWord[lexicon.Base(strings.ToLower(noun))] {
		return false
	}
	for _, p := range e.passages {
		for _, s := range p.names {
			if e.kindOfSpan(p, s) == string(corpus.KindOrganisation) && !namesPublicBody(s.text) {
				return true
			}
		}
	}
	return false
}

// namesPublicBody reports whether an organisation's name says it is a
// public body, which is no company: "NSW Department of Public Works",
// "U.S. Fish and Wildlife Service".
func namesPublicBody(name string) bool {
	return slices.ContainsFunc(strings.Fields(name), func(w string) bool { return publicBody[strings.ToLower(w)] })
}

// publicBody are the words that name a public body.
var publicBody = map[string]bool{"department": true, "service": true, "agency": true, "office": true, "commission": true, "board": true, "administration": true, "ministry": true, "council": true, "committee": true, "bureau": true, "authority": true}

// companyWord are the nouns that ask for a company.
var companyWord = map[string]bool{"company": true, "firm": true, "business": true, "corporation": true}

// timeWord finds a word that places a question at a time: now, or
// before or after something.
var timeWord = lazyRE(`(?i)\b(?:now|current|currently|today|presently|nowadays|these days|anymore|before|after|former|formerly|previous|previously|earlier|prior|until|later|next|future)\b`)

// nounOf finds the noun of "what is the NOUN of …".
var nounOf = lazyRE(`(?i)^(?:what|who)(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+the\s+([a-z]+)\s+of\b`)

// whichWords finds "which" or "what" and the words after it.
var whichWords = lazyRE(`(?i)\b(?:which|what)((?:\s+[a-z]+){1,4})`)

// namedAfterWhich reports whether a question says a word right after
// "which" or "what".
func namedAfterWhich(text, word string) bool {
	lower := strings.ToLower(text)
	return strings.Contains(lower, "which "+word) || strings.Contains(lower, "what "+word)
}

// whichNoun finds the noun a "which"/"what" question asks for: the last
// word before the first verb after "which" ("which harbour agency bought the
// boats" asks for an agency). It returns the noun's byte range, or two
// zeros.
func whichNoun(text string) (int, int) {
	m := whichWords.FindStringSubmatchIndex(text)
	if m == nil {
		return 0, 0
	}
	prev := []int{0, 0}
	for _, loc := range wordRe.FindAllStringIndex(text[m[2]:m[3]], -1) {
		w := strings.ToLower(text[m[2]+loc[0] : m[2]+loc[1]])
		if auxiliary[w] || verbForm(w) {
			return prev[0], prev[1]
		}
		prev = []int{m[2] + loc[0], m[2] + loc[1]}
	}
	return 0, 0
}

// verbForm reports whether a word is a verb's past or present form, or a
// word English uses only as a verb.
func verbForm(w string) bool {
	if base := lexicon.IrregularForm(w); base != "" && lexicon.Lookup(base).POS&lexicon.Verb != 0 {
		return true // "bought", "sold", but not "harbour"
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") {
		if b := lexicon.Base(w); b != w && lexicon.Lookup(b).POS&lexicon.Verb != 0 && lexicon.Lookup(b).POS&lexicon.Noun == 0 {
			return true // "visited", "signs"
		}
	}
	return lexicon.Lookup(w).POS&(lexicon.Verb|lexicon.Noun) == lexicon.Verb
}

// adverbOnly reports whether English has a word as an adverb and never
// as a noun ("actually", "really").
func adverbOnly(w string) bool {
	pos := lexicon.Lookup(w).POS
	return pos&lexicon.Adverb != 0 && pos&lexicon.Noun == 0
}

// pastOrVerbForm reports whether a word is a verb's form (verbForm), or
// its past in "-ed" though the verb is a noun too: "released", "died".
func pastOrVerbForm(w string) bool {
	return verbForm(w) || pastEd(w)
}

// pastEd reports whether a word is a past in "-ed" of a verb ("clicked",
// not "need" or "speed").
func pastEd(w string) bool {
	base := lexicon.Base(w)
	return strings.HasSuffix(w, "ed") && base != w && lexicon.Lookup(base).POS&lexicon.Verb != 0
}

var (
	wordRe    letterRuns
	auxiliary = map[string]bool{"is": true, "are": true, "was": true, "were": true, "did": true, "does": true, "do": true, "has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true}
)

// between reports whether the text from one token to the next matches re.
// A joined designation and its variant share a span, so the next token may
// start before the last one ends.
func between(text string, end, start int, re *lazyRegexp) bool {
	return end <= start && re.MatchString(text[end:start])
}

var ofThe = lazyRE(`(?i)^\s+of\s+(?:the\s+)?$`)

// cueOnlyWeight caps the weight of a word the story has only among
// attribute cue words.
const cueOnlyWeight = 2.0

// hintsFor returns the hint terms of the question words in a question.
func (e *Engine) hintsFor(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		out = append(out, e.hints[w]...)
	}
	return out
}

func containsEntity(units []unit, id string) bool {
	for _, u := range units {
		if u.entity == id {
			return true
		}
	}
	return false
}

// entityWeight weights a named entry like a rare word: naming one is a
// precise signal, though entries the whole story is about (Elm Bay) are
// named by many documents.
func (e *Engine) entityWeight(id string) float64 {
	return 1.2 * e.idf(float64(e.entityDF[id]))
}

// isName reports whether the token is written with a capital letter other
// than as the question's first word.
func isName(text string, t token) bool {
	if t.start == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[t.start:])
	return unicode.IsUpper(r)
}

// correct finds the corpus word a misspelt word most likely meant: with
// the same first letter, within one edit for words of five to seven
// letters and two for longer ones, the commonest such word. Shorter words
// and numbers are left alone: too many short words are one edit apart.
func (e *Engine) correct(term string) (string, bool) {
	if c := e.corrections(term); len(c) > 0 {
		return c[0], true
	}
	return "", false
}

// corrections are the corpus words as near a misspelt word as any
// (correct), the commonest first and the others in a fixed order.
func (e *Engine) corrections(term string) []string {
	rs := []rune(term)
	if len(rs) < 5 || unicode.IsDigit(rs[0]) || len(e.synonyms[term]) > 0 {
		// A known English word with synonyms in the corpus ("ships")
		// is no misspelling of a corpus word ("shops").
		return nil
	}
	maxDist := 1
	if len(rs) >= 8 {
		maxDist = 2
	}
	var ties []string
	bestDist, commonest := maxDist+1, 0
	for n := len(rs) - maxDist; n <= len(rs)+maxDist; n++ {
		for _, cand := range e.byLen[n] {
			cr := []rune(cand)
			if cr[0] != rs[0] {
				continue // typing mistakes rarely hit the first letter
			}
			switch d := editDistance(rs, cr, maxDist); {
			case d > maxDist || d > bestDist:
				continue
			case d < bestDist:
				ties, bestDist, commonest = ties[:0], d, 0
			}
			if ties = append(ties, cand); e.df[cand] > e.df[ties[commonest]] {
				commonest = len(ties) - 1
			}
		}
	}
	if commonest > 0 {
		first := ties[commonest]
		copy(ties[1:commonest+1], ties[:commonest])
		ties[0] = first
	}
	return ties
}

// knownOtherThanRareName reports whether English knows a word other than as a rare
// name: "olmsteds" is WordNet's Olmsted, and still a slip of the story's
// Olmstead.
func knownOtherThanRareName(x lexicon.Word) bool {
	rareName := (x.Capital || x.Kind != "" && x.Count == 0) && x.Zipf() < rareNameZipf
	return x.Known() && !rareName
}

// rareNameZipf is how rare a name English knows must be to be taken for a
// slip of a story word.
const rareNameZipf = 2.5

// correctionOf corrects a misspelt word by its analysed form, else by
// the word as typed, with no "s" when it may be a possessive typed
// without its apostrophe ("olmsteds" for "Olmstead's"): the analysis cuts
// names it does not know ("olmst").
func (e *Engine) correctionOf(term, typed string) (string, bool) {
	// "agregate" cut to "agreg" is as near "agre" (of "agreed") as
	// "aggreg"; as typed, it is "aggregate" mistyped. The story's words
	// are scanned once for the pair, and the pick remembered.
	key := term + "\x00" + typed
	pick, seen := e.fixMemo.get(key)
	if !seen {
		if full := e.clippedFrom(term); full != "" {
			// "confed" is "Confederations" cut short, not "confide"
			// mistyped.
			pick = full
		} else if c := e.corrections(term); len(c) > 0 {
			pick = e.nearestTyped(typed, c)
		} else {
			// "confed" as typed: the analyser cuts it to "conf".
			pick = e.clippedFrom(strings.ToLower(typed))
		}
		e.fixMemo.put(key, pick)
	}
	if pick != "" {
		return pick, true
	}
	if !isASCII([]byte(typed)) || typed == term {
		return "", false
	}
	if fix, ok := e.correction(typed); ok {
		return fix, true
	}
	if bare, ok := strings.CutSuffix(typed, "s"); ok && bare != term {
		return e.correction(bare)
	}
	return "", false
}

// writtenForm is a term as the article first writes it, else as the
// fact sheet does (its written forms are not kept at build: this is
// asked only of a misspelling's tied corrections), else the term.
func (e *Engine) writtenForm(term string) string {
	if s := e.surface[term]; s != "" {
		return s
	}
	for _, en := range e.corpus.Entries {
		texts := append([]string{en.Name, en.Summary}, en.Aliases...)
		for _, a := range en.Attributes {
			texts = append(texts, a.Value)
		}
		for _, text := range texts {
			for _, w := range wordRe.FindAllString(text, -1) {
				if slices.Contains(e.an.terms(w), term) {
					return strings.ToLower(w)
				}
			}
		}
	}
	return term
}

// nearestTyped is the term whose word as the story writes it is nearest
// the word as typed, the first of those that tie.
func (e *Engine) nearestTyped(typed string, terms []string) string {
	t := []rune(strings.ToLower(typed))
	written := func(term string) []rune { return []rune(e.writtenForm(term)) }
	best, bestDist := terms[0], editDistance(t, written(terms[0]), 4)
	for _, c := range terms[1:] {
		if d := editDistance(t, written(c), 4); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// correction is Engine.correct, remembered: a question's words are
// looked up by respell and again by parse, and the story's readers ask
// the same words.
func (e *Engine) correction(term string) (string, bool) {
	fix, seen := e.fixMemo.get(term)
	if !seen {
		fix, _ = e.correct(term)
		e.fixMemo.put(term, fix)
	}
	return fix, fix != ""
}

// editDistance is the Damerau–Levenshtein (optimal string alignment)
// distance between a and b, or limit+1 once it is known to exceed limit.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// quotedRe finds a phrase in quotation marks, straight or curly.
var quotedRe = lazyRE(`["“]([^"“”]+)["”]`)

// quotedPhrases are the phrases of two words or more a text quotes, in
// lower case with one kind of apostrophe.
func quotedPhrases(text string) []string {
	var out []string
	for _, m := range quotedRe.FindAllStringSubmatch(text, 4) {
		if ph := strings.TrimSpace(m[1]); len(strings.Fields(ph)) >= 2 {
			out = append(out, oneApostrophe.Replace(strings.ToLower(ph)))
		}
	}
	return out
}

// quotes reports whether a text says any of the phrases a question
// quotes.
func quotes(text string, phrases []string) bool {
	if len(phrases) == 0 {
		return false
	}
	l := oneApostrophe.Replace(strings.ToLower(text))
	for _, ph := range phrases {
		if strings.Contains(l, ph) {
			return true
		}
	}
	return false
}

// clippedFrom is the one story word a word unknown to English begins, as
// chat cuts long words short ("confed" of "Confederations", "superin" of
// "superintendent"), when English knows that word; "" when none or
// several do, or the word is too short to stand for one. ("admin" is
// English's own word, and not read so.)
func (e *Engine) clippedFrom(term string) string {
	size := utf8.RuneCountInString(term)
	if size < minClipped {
		return ""
	}
	full := ""
	for n := size + 1; n <= size+maxClippedOff; n++ {
		words := e.byLen[n] // sorted: the words the term begins stand together
		for _, t := range words[sort.SearchStrings(words, term):] {
			if !strings.HasPrefix(t, term) {
				break
			}
			if full != "" {
				return "" // "inter" may be of "international" or "interview"
			}
			if !lexicon.Lookup(e.writtenForm(t)).Known() {
				// A name ("Halvorsen" for "halvor") is found by the
				// name's own matching, which knows its other spellings.
				return ""
			}
			full = t
		}
	}
	return full
}

const (
	// minClipped is the fewest letters a clipped word keeps.
	minClipped = 5
	// maxClippedOff is the most letters a clipping cuts off the
	// analysed word.
	maxClippedOff = 12
)
