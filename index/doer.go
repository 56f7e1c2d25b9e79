package index

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"storybot/corpus"
	"storybot/index/internal/lexicon"
)

// Who did something, when the answering sentence names no one: the
// people it opens with.

// doerNamed answers "who VERB …" with the people a sentence opens with
// when it names no one: "A worried eagle watcher clicked on the email
// link and sent …", "Union soldiers blockaded the bay". The phrase must
// end in a word for people (WordNet's), and the question's verb follow
// it in the same clause, doing, not done ("were released by" is
// another's doing), with no other subject between.
func (e *Engine) doerNamed(q *question, d *doc) string {
	asked, _ := whoVerbOf(strings.ToLower(q.core))
	if q.kind != qPerson || asked == "" || auxiliary[asked] {
		return ""
	}
	verb := e.an.terms(asked)
	if len(verb) != 1 {
		return ""
	}
	end := peoplePhraseEnd(d.text)
	if end <= 0 {
		return ""
	}
	for _, t := range d.tokens {
		if t.start < end || t.term != verb[0] {
			continue
		}
		if between := d.text[end:t.start]; len(strings.Fields(between)) <= maxDoerGap && !otherSubject.MatchString(between) && ownVerb(between) {
			return strings.TrimSpace(d.text[:end])
		}
		return ""
	}
	return ""
}

// doerBy answers "who VERB …" with the people a sentence names after its
// passive "by", when it names no one: "Blondlot in particular was misled
// by his laboratory assistant" tells who misled him. The phrase must end
// in a word for people, as doerNamed's.
func (e *Engine) doerBy(q *question, d *doc) string {
	verb := doneVerb(q)
	if verb == "" {
		return ""
	}
	for _, t := range d.tokens {
		if !formOf(d.text[t.start:t.end], verb) {
			continue // "misled" is a form of "mislead"
		}
		if by := byPhrase.FindStringSubmatchIndex(d.text[t.end:]); by != nil {
			phrase, after := d.text[t.end+by[2]:t.end+by[3]], d.text[t.end+by[3]:]
			if name := nameEnding(d, t.end+by[3]); name != "" && describedOnly(phrase, name) {
				return name // "led by senior air safety investigator Angela Whitfield"
			}
			if end := peoplePhraseEnd(phrase); end > 0 && !namedAfter.MatchString(after) {
				return phrase[:end] // not "by his assistant, Tom Reyes": the name answers
			}
			if name := describedName(d, t.end+by[2], phrase); name != "" {
				return name // "built by British firm Dorman Long and Co Ltd of Middlesbrough and opened in 1932"
			}
		}
	}
	return ""
}

// nameEnding is the name of a person or an organisation that ends at an
// offset of a sentence document (a by-phrase's end), without its title,
// or "".
func nameEnding(d *doc, end int) string {
	if d.pass == nil {
		return ""
	}
	for _, s := range d.pass.names {
		if s.end == d.start+end {
			return nameAt(d.pass, s.start)
		}
	}
	return ""
}

// describedName is the name a by-phrase opens with after words that say
// what it is, a person's or a body's noun last ("British firm Dorman
// Long", "local contractor Ann Lee"), whatever follows it; at is where
// the phrase starts in the sentence. "" when the phrase opens otherwise.
func describedName(d *doc, at int, phrase string) string {
	if d.pass == nil {
		return ""
	}
	from := d.start + at
	for _, s := range d.pass.names {
		if s.start < from || s.start >= from+len(phrase) || modifiesNoun(d.pass.text, s) {
			continue // "British" of "British firm" describes
		}
		words := strings.Fields(phrase[:s.start-from])
		if len(words) == 0 || strings.ContainsAny(phrase[:s.start-from], ",;") || !describesBody(words) {
			return ""
		}
		return cmp.Or(nameAt(d.pass, s.start), s.text)
	}
	return ""
}

// describesBody reports whether words before a name say what it is: a
// noun of a person or an organisation last, and before it only lower-case
// words or capitalised adjectives ("British", "local").
func describesBody(words []string) bool {
	if !whoNoun(strings.ToLower(words[len(words)-1]), true) {
		return false // "firm", "contractor"
	}
	for _, w := range words[:len(words)-1] {
		lw := strings.ToLower(w)
		if lw == "and" || w != lw && lexicon.Lookup(lw).POS&lexicon.Adjective == 0 {
			return false
		}
	}
	return true
}

// describedOnly reports whether a by-phrase is a name and, before it,
// only lower-case words that say what person the named is ("senior air
// safety investigator Angela Whitfield"), not other names or a list
// ("the Order of Foresters and the Douglas Town Band").
func describedOnly(phrase, name string) bool {
	before, ok := strings.CutSuffix(phrase, name)
	words := strings.Fields(before)
	if !ok || strings.ContainsFunc(before, unicode.IsUpper) || strings.ContainsAny(before, ",;") || slices.Contains(words, "and") {
		return false
	}
	if len(words) == 0 {
		return true
	}
	return whoNoun(words[len(words)-1], false) // "investigator", not "the 51st"
}

// whoNoun reports whether a lower-case noun, or a part of a hyphenated
// one ("investigator-in-charge"), names a kind of person, or, when bodies
// is set, of organisation ("firm").
func whoNoun(noun string, bodies bool) bool {
	return slices.ContainsFunc(strings.Split(noun, "-"), func(w string) bool {
		return lexicon.IsA(w, "person") || bodies && organisationNoun(w)
	})
}

// doneVerb is the base form of the verb a "who VERBed …" question asks
// who did ("who misled him": "mislead"), or "" for another question or
// an auxiliary ("who was …").
func doneVerb(q *question) string {
	verb, _ := whoVerbOf(strings.ToLower(q.core))
	if q.kind != qPerson || verb == "" || auxiliary[verb] {
		return ""
	}
	return lexicon.Base(verb)
}

// nominalDoer is the name a sentence gives after the noun of the verb a
// "who VERBed" question asks with: "under the direction of Jahaziel
// Sherman" says who directed the building, whoever built it; else "".
func (e *Engine) nominalDoer(q *question, d *doc) string {
	stem := strings.TrimSuffix(doneVerb(q), "e")
	if len(stem) < 4 || d.pass == nil {
		return ""
	}
	for _, n := range nounOfName.FindAllStringSubmatchIndex(d.text, -1) {
		if !strings.HasPrefix(strings.ToLower(d.text[n[2]:n[3]]), stem) {
			continue
		}
		at := d.start + n[1]
		for _, s := range d.pass.names {
			if s.start == at {
				return s.text
			}
		}
	}
	return ""
}

// nounOfName matches "under the direction of ", "at the request of ":
// a verb's noun, and "of" before a name.
var nounOfName = lazyRE(`(?i)\b(?:under|with|at|on)\s+the\s+(\pL+)\s+of\s+`)

// formOf reports whether a word is a form of the verb whose base form is
// base: "misled" of "mislead".
func formOf(w, base string) bool { return lexicon.Base(strings.ToLower(w)) == base }

// saysFormOf reports whether a text says a form of the verb whose base
// form is base.
func saysFormOf(text, base string) bool {
	return slices.ContainsFunc(wordRe.FindAllString(text, -1), func(w string) bool { return formOf(w, base) })
}

// namedAfter matches a name set beside a phrase after a comma, with its
// title ("…, veteran grandmaster Sergei Volkov").
var namedAfter = lazyRE(`^,\s+(?:\p{Ll}+\s+){0,3}\p{Lu}`)

// byPhrase is the "by" and the words after a passive verb, up to a stop.
var byPhrase = lazyRE(`^\s+by\s+([^,.;:!?]+)`)

// ownVerb reports whether the asked verb, after the words between it and
// the people a sentence opens with, is theirs: no other verb comes first,
// unless joined to it by "and" ("clicked on the email link and sent"); in
// "officers found the eagle killed near the dam" the killing is not the
// officers'.
func ownVerb(between string) bool {
	words := strings.Fields(strings.ToLower(between))
	if len(words) > 0 && (words[len(words)-1] == "and" || words[len(words)-1] == "then") {
		return true
	}
	for _, w := range words {
		if pastOrVerbForm(strings.Trim(w, ",.;:’'")) {
			return false
		}
	}
	return true
}

// maxDoerGap is how many words may come between the people a sentence
// opens with and the verb they do: "clicked on the website's email link
// and".
const maxDoerGap = 9

// whoVerbOf is the verb of a "who VERB" question (whoVerb) and where it
// starts in core, or "" and -1: an adverb in -ly before the verb is
// passed over, for "who secretly recorded the nephews?" asks who
// recorded them ("who supply" and "who rally" say verbs); not one that
// makes the verb less than done (hedgeAdverb).
func whoVerbOf(core string) (string, int) {
	m := whoVerb.FindStringSubmatchIndex(core)
	if m == nil {
		return "", -1
	}
	w, at := core[m[2]:m[3]], m[2]
	if n := nextWord.FindStringSubmatchIndex(core[m[3]:]); n != nil && strings.HasSuffix(w, "ly") && adverbOnly(w) && adverbBefore(w) && !hedgeAdverb[w] {
		return core[m[3]+n[2] : m[3]+n[3]], m[3] + n[2]
	}
	return w, at
}

// hedgeAdverb are the adverbs that say a thing was not quite, or not surely,
// done: "who nearly bought the club?" does not ask who bought it.
var hedgeAdverb = map[string]bool{"nearly": true, "almost": true, "barely": true, "hardly": true, "allegedly": true, "reportedly": true, "supposedly": true, "apparently": true, "narrowly": true, "only": true, "falsely": true, "wrongly": true, "mistakenly": true, "initially": true, "originally": true}

var (
	// whoVerb finds the verb of "who VERB", after a helping verb, or
	// of "what company VERB".
	whoVerb = lazyRE(`^(?:who(?:'s|’s)?|(?:which|what)\s+\pL+)\s+(?:(?:is|was|are|were|has|have|had|will|would|did|does|do)\s+)?(\pL+)\b`)
	// otherSubject finds, between the people and the verb, what makes
	// another the doer: a word of saying or thinking, a relative or
	// "that" clause, a passive "by", a comma, or a name.
	otherSubject = lazyRE(`(?:\b(?:` + wordsPattern(speechVerbs, thinkVerbs, []string{"that", "who", "which", "whom", "by", "was", "were", "been", "being", "is", "are"}) + `)\b|[,;:]|\s\p{Lu})`)
)

// peoplePhraseEnd is where the noun phrase a sentence opens with ends,
// when it ends in a lower-case word for people ("A worried eagle
// watcher", "Many of the landowners", "Union soldiers"), or 0.
func peoplePhraseEnd(text string) int {
	end, person, afterDet := 0, false, false
	for i, loc := range wordRe.FindAllStringIndex(text, 8) {
		w := text[loc[0]:loc[1]]
		lw := strings.ToLower(w)
		if gap := text[end:loc[0]]; i > 0 && strings.TrimSpace(gap) != "" {
			break // punctuation ends the phrase
		}
		det := determiner[lw] || quantifier[lw] || lw == "of" || slices.Contains(numberWords, lw)
		switch {
		case det:
			person = false
		case !afterDet && pastOrVerbForm(lw) || stopWord(lw):
			// Right after "a" or "two", "worried" describes.
			return endIfPerson(end, person)
		default:
			person = unicode.IsLower([]rune(w)[0]) && lexicon.Lookup(lexicon.Base(lw)).Kind == "person"
		}
		end, afterDet = loc[1], det
	}
	return endIfPerson(end, person)
}

// endIfPerson is a phrase's end when it ends in a word for people, else 0.
func endIfPerson(end int, person bool) int {
	if person {
		return end
	}
	return 0
}

// objectRelativeDoer answers "who VERBed the X?" from a sentence that
// says "the X that <doer> VERBed": "the temperature concerns that
// Thiokol engineers raised the night before" tells who raised them,
// whatever name stands nearer the verb outside the clause ("Marshall
// Space Flight Center should have passed along …"). The doer is a name,
// perhaps with a noun for people after it, right between "that" (or
// "which") and the verb, and the noun before "that" one of the words
// the question says after its verb. A typed slip of the verb or the
// object ("raisd") reads as the story's word.
func (e *Engine) objectRelativeDoer(q *question, d *doc) string {
	core := strings.ToLower(q.core)
	_, at := whoVerbOf(core)
	if doneVerb(q) == "" || at < 0 {
		return ""
	}
	toks, _ := e.corrected(core[at:])
	if len(toks) < 2 {
		return ""
	}
	verb := toks[0].term
	asked := map[string]bool{}
	for _, t := range toks[1:] {
		asked[t.term] = true
	}
	for _, t := range d.tokens {
		if t.term != verb {
			continue
		}
		r := thatDoer.FindStringSubmatch(d.text[:t.start])
		if r == nil || subjectPronoun[strings.ToLower(strings.TrimSpace(r[2]))] || !slices.ContainsFunc(e.an.terms(r[1]), func(term string) bool { return asked[term] }) {
			continue // "the concerns that I raised" names no one
		}
		doer := strings.TrimSpace(r[2])
		if noun := strings.TrimSpace(r[3]); noun != "" {
			if auxiliary[noun] || modal[noun] || lexicon.Lookup(noun).POS&lexicon.Noun == 0 || !whoNoun(noun, true) {
				continue // "that Thiokol had raised": no noun for people
			}
			doer += " " + noun
		}
		return doer
	}
	return ""
}

// thatDoer matches the words before a verb that open a relative clause
// on its object with its subject: the noun before "that" (group 1), the
// capitalised name after it (group 2) and a lower-case word after the
// name (group 3), which must be a noun for people: "concerns that
// Thiokol engineers ".
var thatDoer = lazyRE(`(\pL+)\s+(?:that|which)\s+((?:\p{Lu}[\pL'’.-]*\s+){1,4})(\p{Ll}+\s+)?$`)

// A sale has two sides: "who bought the planes?" is told by "Kazakhstan
// sold 81 aircraft to the United States", whose verb is the other
// side's and whose "to" names the buyer; "who sold them?" by "bought
// them from Kazakhstan". WordNet's antonyms are no guide to which verbs
// are two sides of one deed ("appoint" and "dismiss" are two deeds), so
// the sides are these; one who received something was given it ("who
// got …" is as often "who got hurt" or "who got her into running").
var sideOfDeal = map[string]struct{ verbs, prep string }{
	"buy": {"sell", "to"}, "purchase": {"sell", "to"}, "sell": {"buy purchase", "from"},
	"import": {"export", "to"}, "export": {"import", "from"},
	"borrow": {"lend loan", "to"}, "lend": {"borrow", "from"}, "loan": {"borrow", "from"},
	"receive": {"give sell send award grant", "to"},
	"acquire": {"sell", "to"},
}

// deal is what a "who VERBed …" question of one side of a deal reads
// the other side by: the story's analysed words for the question's verb
// (own) and for the other side's (other), and the preposition that
// names the one asked for after the other side's verb (prep).
type deal struct {
	own, other []string
	prep       string
}

// dealOf is a question's deal (sideOfDeal), or none: no "who" question,
// no verb of a deal, or no word of the other side in the story.
func (e *Engine) dealOf(q *question) deal {
	if q.kind != qPerson {
		return deal{}
	}
	verb, _ := whoVerbOf(strings.ToLower(q.core))
	if verb == "" {
		return deal{}
	}
	side, ok := sideOfDeal[lexicon.Base(verb)]
	if !ok {
		side, ok = sideOfDeal[lexicon.VerbOf(verb)] // "received", "imported": WordNet's adjectives too
	}
	if !ok {
		return deal{}
	}
	var other []string
	for _, t := range e.an.terms(side.verbs) {
		if e.df[t] > 0 {
			other = append(other, t)
		}
	}
	if len(other) == 0 {
		return deal{}
	}
	return deal{own: e.an.terms(verb), other: other, prep: side.prep}
}

// converseSyns reads a question's deal (dealOf) and makes the story's
// words for the other side of its verb near words of it, so "who
// bought the planes?" finds "sold … to the United States".
func (e *Engine) converseSyns(q *question) {
	q.deal = e.dealOf(q)
	if len(q.deal.other) == 0 {
		return
	}
	for i, u := range q.units {
		if u.entity == "" && slices.Contains(q.deal.own, u.term) {
			q.units[i] = withSyns(u, q.deal.other)
		}
	}
}

// converseDoer answers "who VERBed …" from a sentence that says the
// other side of the verb: the name after its "to" (or "from") in the
// same clause ("sold a fleet of 81 … aircraft to the United States"),
// with no other preposition before it that the "to" may belong to
// ("bought the land with funds from the … Fund": the fund sold
// nothing).
func (e *Engine) converseDoer(q *question, d *doc) string {
	for _, t := range d.tokens {
		if !slices.Contains(q.deal.other, t.term) {
			continue
		}
		after := d.text[t.end:]
		m := toOrFromName.FindStringSubmatchIndex(after)
		if m == nil || after[m[2]:m[3]] != q.deal.prep || otherPreposition.MatchString(after[:m[2]]) {
			continue
		}
		name := after[m[4]:m[5]]
		if endsSentence(name) {
			name = strings.TrimSuffix(name, ".") // "… to the United States."
		}
		return name
	}
	return ""
}

// saysOnlyOtherSide reports whether a sentence says the other side of a
// "who VERBed …" question's verb and not the verb itself: its names
// are the other side's, unless its "to" or "from" names one
// (converseDoer).
func (e *Engine) saysOnlyOtherSide(q *question, d *doc) bool {
	says := func(terms []string) bool {
		return slices.ContainsFunc(d.tokens, func(t token) bool { return slices.Contains(terms, t.term) })
	}
	return len(q.deal.other) > 0 && says(q.deal.other) && !says(q.deal.own)
}

// toOrFromName matches the first "to" or "from" after a verb of giving
// or taking (group 1), within ten words of it in its clause, and the
// name after it (group 2): " a fleet of aircraft to the United States".
var toOrFromName = lazyRE(`^(?:\s+(?:[^\s,;.:]+\s+){0,10}?)?(to|from)\s+(?:the\s+)?(\p{Lu}[\pL'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\pL'’.-]*){0,4})`)

// otherPreposition matches a preposition that a "to" or "from" after
// it may belong to instead of the verb.
var otherPreposition = lazyRE(`(?i)\b(?:with|for|in|at|on|by|under|after|before|during|through|using|via|into)\b`)

// relativeDoer is the name a best sentence says does what a "who VERBs
// …" question asks, in a relative clause right after it: "said Steve
// Stich, who manages the program" for "who manages the Commercial Crew
// Program?", when the first sentence ("named Chris Lupo, deputy chief
// engineer of NASA's Commercial Crew Program") has no such verb.
func (e *Engine) relativeDoer(q *question, docs []scored, best float64) string {
	verb := doneVerb(q)
	if verb == "" || q.define || len(docs) == 0 || saysFormOf(docs[0].d.text, verb) {
		return ""
	}
	for _, s := range docs {
		d := s.d
		if d.kind != docSentence || d.pass == nil || s.cover < best*nearBest {
			continue
		}
		for _, m := range relativeWho.FindAllStringSubmatchIndex(d.text, -1) {
			if !formOf(d.text[m[2]:m[3]], verb) {
				continue
			}
			for _, n := range d.pass.names {
				if n.end == d.start+m[0] && e.kindOfSpan(d.pass, n) == "person" {
					return n.text
				}
			}
		}
	}
	return ""
}

// relativeWho matches a relative clause on a name and its verb: ", who
// manages", ", who later directed".
var relativeWho = lazyRE(`,\s+who\s+(?:\pL+ly\s+)?(\pL+)`)

// pronounDoer answers "who VERBed …" from a sentence that opens with "He"
// or "She" and says the verb, or a noun of it ("his resignation"), before
// it names anyone: the person the pronoun stands for (personBefore), not
// a name after the verb ("He also offered his resignation as the head of
// the Conservative party").
// done is false when the pronoun did not do it; when it did and who it
// stands for is not found, the sentence answers no one.
func (e *Engine) pronounDoer(q *question, d *doc) (name string, done bool) {
	verb := doneVerb(q)
	pronoun := pronounOpens.FindStringIndex(d.text)
	if verb == "" || d.pass == nil || pronoun == nil {
		return "", false
	}
	stem, opens := strings.TrimSuffix(verb, "e"), pronoun[1]
	for _, loc := range wordRe.FindAllStringIndex(d.text[opens:], -1) {
		w, between := d.text[opens+loc[0]:opens+loc[1]], d.text[opens:opens+loc[0]]
		switch {
		case unicode.IsUpper([]rune(w)[0]):
			return "", false // a name before the verb may be its doer
		case formOf(w, verb):
			// "He also resigned", not "He said the mayor had resigned".
			done = len(strings.Fields(between)) <= 2 && !otherSubject.MatchString(between)
		case len(stem) >= 4 && strings.HasPrefix(strings.ToLower(w), stem):
			// "He offered his resignation", not "She accepted the
			// resignation of the minister".
			done = ownNoun.MatchString(between) && !ofAfter.MatchString(d.text[opens+loc[1]:])
		default:
			continue
		}
		if done {
			name = e.personBefore(d)
		}
		return name, done
	}
	return "", false
}

var (
	// ownNoun matches text that ends in "his" or "her", the pronoun's
	// own before a noun.
	ownNoun = lazyRE(`\b(?:his|her)\s+$`)
	// ofAfter matches "of" at a text's start.
	ofAfter = lazyRE(`^\s+of\b`)
)

// pronounOpens matches a sentence that opens with "He" or "She".
var pronounOpens = lazyRE(`^\s*(?:He|She)\b`)

// namedAgent answers "who VERB …" and "who was … VERBed by?" with the
// name a sentence gives after the passive "by" of that verb, in the same
// clause: "Harmon will be sworn in on January 6 at City Hall by Judge
// Marcus Delaney" tells who will swear her in, not Harmon, whom the
// sentence opens with. Not for a question that asks who a thing was
// done to ("who was sworn in?" asks for Harmon); "" when the sentence
// has no such "by".
func (e *Engine) namedAgent(q *question, d *doc) string {
	verb := agentVerb(q)
	if verb == "" || d.pass == nil {
		return ""
	}
	for _, t := range d.tokens {
		word := strings.ToLower(d.text[t.start:t.end])
		if !formOf(word, verb) {
			continue
		}
		if !passiveAux.MatchString(d.text[:t.start]) || strings.HasSuffix(word, "ing") {
			if agent := subjectBefore(d, t); agent != "" && strandedBy.MatchString(strings.ToLower(q.core)) {
				return agent // "who was the budget approved by?" of "Riverton City Council approved the budget"
			}
			if agent := activeSubject(d, t, word); agent != "" && !strandedBy.MatchString(strings.ToLower(q.core)) {
				return agent // "what company is recalling the drops?" of "Clearwell Pharmaceuticals is recalling"
			}
			continue
		}
		rest := d.text[t.end:]
		by := byName.FindStringIndex(rest[:firstClauseEnd(rest)])
		if by == nil {
			continue
		}
		at := d.start + t.end + by[1]
		if officer := officerNamed(d.pass, at); officer != "" && q.asked != corpus.KindOrganisation {
			return officer // "owned by American Woolen Company president William Wood", unless "which company owned it?"
		}
		if agent := nameAt(d.pass, at); agent != "" {
			return agent
		}
	}
	return ""
}

// patientNamed answers "who was VERBed …?" with the name a sentence gives
// the one it was done to: before the verb's passive ("Chris Gayle was
// named the man of the tournament") or right after its active form, past
// a particle ("Seattle brought on Jordan Morris"). "" when the question
// asks no such thing or the sentence names no one so.
func patientNamed(q *question, d *doc) string {
	verb := q.doneTo
	if verb == "" || d.pass == nil {
		return ""
	}
	for _, t := range d.tokens {
		if !formOf(d.text[t.start:t.end], verb) || strings.HasSuffix(strings.ToLower(d.text[t.start:t.end]), "ing") {
			continue
		}
		if aux := passiveChain.FindStringIndex(d.text[:t.start]); aux != nil {
			if name := nameRightBefore(d, aux[0]); name != "" {
				return name
			}
			continue
		}
		if t.start == 0 {
			continue // "Born in Ohio, Sarah Kim moved …": a participle's phrase, no active verb
		}
		at := t.end + len(particleAfter.FindString(d.text[t.end:]))
		if at >= len(d.text) || d.text[at] != ' ' || ownerAt(d, at+1) {
			continue
		}
		if n, ok := nameNextTo(d.pass, d.start+at); ok && !namesByParticiple(d.text[:t.start], d.text[t.start:t.end], verb, d.pass.text[n.end:]) {
			// "A jury convicted Dale Evans of fraud" was done to him.
			if name := nameAt(d.pass, n.start); name != "" {
				return name
			}
		}
	}
	return ""
}

// passiveChain matches text that ends with a passive's auxiliaries: a
// form of "be", after a modal or "has" ("will be", "has been").
var passiveChain = lazyRE(`(?i)\b(?:(?:will|would|could|might|may|must|shall|should|can|has|have|had)\s+)?` + beFormAtEnd)

// beFormAtEnd matches a form of "be" that ends a text, with an adverb
// that may stand between it and a participle: "was ", "was later ".
const beFormAtEnd = `(?:be|been|being|is|are|was|were)\s+(?:\pL+ly\s+)?$`

// namesByParticiple reports whether a form of a verb, after a
// determiner and a lowercase noun, says which one the name after it is
// ("a man named Bo Reed was arrested": the name's own verb follows it),
// not what a subject did to it ("A jury convicted Dale Evans of fraud").
func namesByParticiple(before, form, verb, afterName string) bool {
	return strings.ToLower(form) != verb && formOf(form, verb) && reducedRelative(before) && mainVerbAfter(afterName)
}

// reducedRelative reports whether the text before a participle ends with
// a determiner and a lowercase noun ("a man named …", "the car found …").
func reducedRelative(before string) bool {
	w := lastWords(before, 2)
	return len(w) == 2 && determiner[strings.ToLower(w[0])] && !opensWithCapital(w[1])
}

// mainVerbAfter reports whether the text after a name opens with a verb
// or an auxiliary: "… Bo Reed was arrested", the name being the
// subject of the sentence's own verb.
func mainVerbAfter(rest string) bool {
	w := firstWordAfter(rest)
	return auxiliary[strings.ToLower(w)] || verbForm(strings.ToLower(w))
}

// ownerAt reports whether the name of a sentence document that opens at
// an offset owns what follows it ("Tom Hale's car"): the thing, not the
// person, is what the verb was done to.
func ownerAt(d *doc, at int) bool {
	for _, n := range d.pass.names {
		if n.start == d.start+at {
			return possessiveNext(d.pass.text[n.end:])
		}
	}
	return false
}

// possessiveNext reports whether a text opens with a possessive's
// apostrophe: the word before it owns what follows.
func possessiveNext(rest string) bool {
	return strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")
}

// doneVerbOf reads the base form of the verb of a "who was VERBed"
// question's core, or "".
func doneVerbOf(core string) string {
	m := passiveAsked.FindStringSubmatch(core)
	if m == nil || !doneForm(m[1]) {
		return ""
	}
	return lexicon.Base(m[1])
}

// passiveAsked matches a "who" question of a passive, capturing its
// verb: "who was brought on", "who got named".
var passiveAsked = lazyRE(`(?i)^who\s+(?:is|was|are|were|got|gets|get|(?:will|would|could|might|may) be|(?:has|have|had) been)\s+(\pL+)\b`)

// subjectBefore is the name of a person or an organisation that stands
// right before a verb of a sentence, as its subject ("Riverton City
// Council approved"), or "".
func subjectBefore(d *doc, verb token) string {
	return nameRightBefore(d, verb.start)
}

// nameRightBefore is the name of a person or an organisation that ends one
// space before an offset of a sentence document, or "".
func nameRightBefore(d *doc, at int) string {
	if at == 0 || d.text[at-1] != ' ' {
		return ""
	}
	return nameEnding(d, at-1)
}

// activeSubject is the name that does a verb of a sentence, written
// right before it with the auxiliary of its progressive or perfect
// ("Clearwell Pharmaceuticals is recalling", "the council has
// approved"), or "": the plain past ("Riverton City Council approved")
// may be a participle after its noun ("the eagle killed near the dam").
func activeSubject(d *doc, verb token, word string) string {
	m := activeAux.FindStringSubmatchIndex(d.text[:verb.start])
	if m == nil {
		return ""
	}
	perfect := strings.HasPrefix(strings.ToLower(d.text[m[2]:m[3]]), "ha")
	if perfect == strings.HasSuffix(word, "ing") {
		return "" // "is recalled" is passive; "has recalling" no verb
	}
	return nameRightBefore(d, m[0])
}

// activeAux matches the auxiliary right before a verb's progressive or
// perfect form: "is ", "were ", "has ", "had ".
var activeAux = lazyRE(`(?i)\b(is|are|was|were|has|have|had)\s+$`)

// agentVerb is the base form of the verb whose doer a "who" question
// asks for: "swear" of "who will swear her in?" and of "who was she
// sworn in by?"; "" for a question that asks who a thing was done to.
func agentVerb(q *question) string {
	if m := strandedBy.FindStringSubmatch(strings.ToLower(q.core)); m != nil && q.kind == qPerson {
		return lexicon.Base(m[1])
	}
	if passiveQuestion.MatchString(q.core) {
		return ""
	}
	return doneVerb(q)
}

// nameAt is the name of a person or an organisation that opens at a
// place in a passage, without its title ("Judge Marcus Delaney" is
// Marcus Delaney); two of a kind joined by "and" are both doers, as
// written ("Senator Ann Lee and Congressman Tom Hale"); "" when none
// opens there.
func nameAt(p *passage, at int) string {
	for i, s := range p.names {
		kind := p.nameKindOf(s)
		if s.start != at || kind == "place" {
			continue
		}
		if corpus.AbbreviatedTitle(s.text) && i+1 < len(p.names) && p.names[i+1].start == s.end+len(". ") {
			return nameAt(p, p.names[i+1].start) // "by Gov. Janet Mills": the title's point cut the name
		}
		if number := numberOfName.FindString(p.text[s.end:]); number != "" {
			return s.text + number // "Surveyor 1"
		}
		if i+1 < len(p.names) && p.names[i+1].start == s.end+len(" and ") && strings.HasPrefix(p.text[s.end:], " and ") {
			if p.nameKindOf(p.names[i+1]) != kind {
				return "" // "by Secretary Ken Sato and Operation Elm Dawn was executed": two clauses
			}
			return p.text[s.start:p.names[i+1].end]
		}
		return cmp.Or(nameAfterTitle(s.text), s.text)
	}
	return ""
}

// officerNamed is the person a passage names right after a body's name
// that opens at a place and the words of a role ("American Woolen
// Company president William Wood"): the role's holder, whose body the
// name says; "" when no such person follows.
func officerNamed(p *passage, at int) string {
	i := slices.IndexFunc(p.names, func(s span) bool { return s.start == at })
	if i < 0 || !roleBeforeNext(p, i) || p.nameKindOf(p.names[i+1]) != "person" {
		return ""
	}
	return nameAt(p, p.names[i+1].start)
}

var (
	// passiveQuestion matches a "who" question that asks who a thing
	// was done to: "who was sworn in", "who got arrested".
	passiveQuestion = lazyRE(`^who\s+(?:is|was|are|were|got|gets|get|(?:will|would|could|might|may) be|(?:has|have|had) been)\s+\pL+(?:ed|en|n|t)\b`)
	// passiveAux matches text that ends with a form of "be", and one word
	// that may stand between it and a participle: "will be ", "was
	// later ".
	passiveAux = lazyRE(`(?i)\b` + beFormAtEnd)
	// strandedBy matches a question that asks who did a thing to
	// its subject, its "by" stranded at the end: "who was the budget
	// approved by?".
	strandedBy = lazyRE(`^who\s+(?:is|was|are|were|will be|would be|has been|have been|had been)\s+(?:[\pL'’-]+\s+){0,6}?(\pL+)\s+by\s*\??$`)
	// byName matches the passive "by" that a name follows, with the
	// words that say what the name is: "by the architecture firm ".
	byName = lazyRE(`\bby\s+(?:the\s+)?(?:\p{Ll}+\s+){0,3}`)
)

// firstClauseEnd is where the clause a text opens with ends: at its first
// comma, semicolon or full stop, or the text's end.
func firstClauseEnd(text string) int {
	if i := strings.IndexAny(text, ",;."); i >= 0 {
		return i
	}
	return len(text)
}

// doneBy reports whether a sentence names a doer as the subject of the
// verb a "who was … VERBed by?" question asks about: "Riverton City
// Council approved" says who the budget was approved by.
func (e *Engine) doneBy(q *question, d *doc, doer string) bool {
	verb := agentVerb(q)
	return verb != "" && d.pass != nil && slices.ContainsFunc(d.tokens, func(t token) bool {
		return formOf(d.text[t.start:t.end], verb) && strings.HasSuffix(strings.TrimSpace(d.text[:t.start]), doer)
	})
}
