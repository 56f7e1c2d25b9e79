package index

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"storybot/corpus"
	"storybot/index/internal/lexicon"
)

// listNoun finds what a list question asks for: "kinds of BATS", "name the
// refuge MANAGERS quoted", "which OFFICIALS does the article mention".
var listNoun = []*lazyRegexp{
	lazyRE(`(?i)\b(?:kinds|types|sorts) of (?:\w+ )?(\w+s)\b`),
	lazyRE(`(?i)\b(?:kinds|types|sorts) of (\w+)`),
	lazyRE(`(?i)^(?:list|name)\s+(?:all\s+|every\s+)?(?:of\s+)?(?:the\s+)?(?:\w+\s+){0,2}?(\w+?)(?:\s+(?:types|kinds|sorts|models))?(?:\s+(?:that|which|who|whose|where|when|mentioned|named|quoted|listed|in|from|of|at|on|with|by|for|the|a|an|its|their|his|her)\b|[?.!]|$)`),
	lazyRE(`(?i)` + whichTheArticleNames),
}

// firstGroup is the first group a match captured, "" when none did.
func firstGroup(m []string) string {
	for _, g := range m[1:] {
		if g != "" {
			return g
		}
	}
	return ""
}

// kindsAsked matches a question asking for a kind of thing, or kinds.
var kindsAsked = lazyRE(`(?i)\b(?:kinds?|types?|sorts?)\s+of\b`)

// countedList finds "how many X does the article name" or "how many X
// are mentioned" with nothing after it: a count of the list, not a
// number the article gives.
var countedList = lazyRE(`(?i)^how many\s+(?:\w+\s+){0,2}?(\w+?)(?:\s+(?:types|kinds|sorts|models))?\s+(?:(?:does|did|do)\s+(?:the\s+)?(?:story|article)\s+(?:name|mention|list)|(?:are|were)\s+(?:mentioned|named|listed)(?:\s+in\s+(?:the\s+)?(?:story|article))?)\s*\??$`)

// countList answers "how many X does the article name?" with the number
// of the items listAnswer finds, and the items.
func (e *Engine) countList(q *question) string {
	m := countedList.FindStringSubmatch(q.core)
	if m == nil {
		return ""
	}
	items := e.listOf(strings.ToLower(m[1]), q.text)
	if len(items) == 0 {
		return ""
	}
	return fmt.Sprintf("%d: %s", len(items), strings.Join(items, ", "))
}

// listAnswer answers "name every X" with all of them: the fact sheet's
// entries of the kind X names ("boat types"), else the people the
// article names beside the word X ("refuge managers"), else the article's
// phrases that end in X ("big brown bat", "southeastern bats"). It
// returns "" when it finds none.
func (e *Engine) listAnswer(q *question) string {
	noun := ""
	for _, re := range listNoun {
		if m := re.FindStringSubmatch(q.core); m != nil {
			noun = strings.ToLower(firstGroup(m))
			break
		}
	}
	if noun == "" {
		return ""
	}
	return strings.Join(e.listOf(noun, q.text), ", ")
}

// listOf lists the things a noun names: the fact sheet's entries of that
// kind, the people named beside the word, or the phrases ending in it
// that say more than the question.
func (e *Engine) listOf(noun, question string) []string {
	// "What kinds of workers" asks for kinds, which named people and
	// groups are not; named boat models are.
	kinds := kindsAsked.MatchString(question)
	said := e.nounMentions(noun)
	introduced := newItems(itemsIntroduced(said), question)
	for _, k := range e.kinds {
		if lexicon.IsKindOf(noun, string(k)) {
			if kinds && (k == corpus.KindPerson || k == corpus.KindOrganisation) {
				break
			}
			if k == corpus.KindPerson && len(introduced) > 1 {
				// "neighbors like Russia, China, Afghanistan, and
				// Iran": the article lists them itself, and they are
				// not every person it names.
				return introduced
			}
			return e.entryNames(k)
		}
	}
	if !kinds && lexicon.Lookup(noun).Kind == "person" {
		if names := e.peopleBeside(noun); len(names) > 0 {
			return names
		}
	}
	if t := lexicon.Base(noun); placeTypes[t] {
		// "Which states are mentioned": the places the article names
		// that are states, not its phrases ending in "state".
		return e.placesOfType(t)
	}
	if len(introduced) > 1 {
		return introduced
	}
	return newItems(phrasesEndingIn(said), question)
}

// itemsIntroduced are the items the article lists right after a noun
// (said, its mentions) introduces them: "the following tailwaters:
// Apalachia, Blue Ridge and Norris", "tree species, including
// sycamores, sweetgums and firs". Each item once, in article order.
func itemsIntroduced(said []nounAt) []string {
	var out []string
	for _, n := range said {
		text := n.p.text
		m := introducesItems.FindStringSubmatchIndex(text[n.t.end:])
		if m == nil || m[2] >= 0 && placedBefore.MatchString(text[:n.t.start]) {
			continue // "visitors to the islands include hikers": the visitors do
		}
		rest := text[n.t.end+m[1]:]
		if end := itemsEnd.FindStringIndex(rest); end != nil {
			rest = rest[:end[0]]
		}
		items := seriesItems(rest)
		if len(items) == 0 || itemSaysVerb(rest[:max(0, strings.Index(rest, items[0]))]) || slices.ContainsFunc(items, itemSaysVerb) {
			continue // "the lakes: officials said the water was unsafe for fish and birds" lists no lakes
		}
		if m[4] >= 0 && slices.ContainsFunc(items, func(it string) bool { return it == "" || !unicode.IsUpper([]rune(it)[0]) }) {
			continue // "neighbors like Russia, China and Iran" lists; "visitors like the beaches" says they do
		}
		for _, it := range items {
			if !slices.Contains(out, it) {
				out = append(out, it)
			}
		}
	}
	return out
}

var (
	// introducesItems matches what sets a list after its noun: a colon,
	// "including", "such as", "namely", "include" (group 1) or "like"
	// (group 2), which sets only names: "neighbors like Russia and Iran".
	introducesItems = lazyRE(`^(?:\s*:|,?\s+(?:including|such as|namely|among them|(include|includes|included)|(like))\b:?)\s+`)
	// itemsEnd matches where a list read after its noun ends: a
	// sentence's full stop or a semicolon.
	itemsEnd = lazyRE(`[.!?](?:\s|$)|;`)
	// placedBefore matches a preposition and its determiner ending
	// right before a noun ("visitors to the "): the noun is no subject,
	// and what "include" lists is not its.
	placedBefore = lazyRE(`(?i)\b(?:to|on|in|at|from|of|for|with|by|into|onto)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$`)
)

// itemPunct is what a list item's words are trimmed of before they are
// looked up.
const itemPunct = ",.;:()\"“”"

// itemSaysVerb reports whether a list item says a verb that is no noun
// too: "officials said the water was unsafe" is a clause, no item, and
// "loblolly pines" is one.
func itemSaysVerb(item string) bool {
	return slices.ContainsFunc(strings.Fields(strings.ToLower(item)), func(w string) bool {
		w = strings.Trim(w, itemPunct)
		return verbOnly(w) || pastEd(w) || auxiliary[w]
	})
}

// nounAt is a token of a passage that says a noun.
type nounAt struct {
	p *passage
	t token
}

// nounMentions are the article's tokens that say a noun itself in lower
// case ("bats", not "Bat" of "Bat Lady" nor "placing" of "place"), in
// article order.
func (e *Engine) nounMentions(noun string) []nounAt {
	want := e.an.terms(noun)
	if len(want) == 0 {
		return nil
	}
	base := lexicon.Base(noun)
	var out []nounAt
	for _, p := range e.passages {
		for _, t := range p.tokens {
			w := p.text[t.start:t.end]
			if t.term == want[0] && !unicode.IsUpper([]rune(w)[0]) && lexicon.Base(strings.ToLower(w)) == base {
				out = append(out, nounAt{p, t})
			}
		}
	}
	return out
}

// placeTypes are the types of place whose instances have names of their
// own: a state is "Kentucky", not a "natural state".
var placeTypes = map[string]bool{"state": true, "country": true, "city": true, "town": true, "county": true, "nation": true, "province": true}

// namesSomethingOf reports whether a name's words name a thing of a
// place rather than the place: a joining word ("University of Kentucky")
// or a group's head word ("Kentucky Wildlife Commission") before its end.
func namesSomethingOf(words []string) bool {
	for _, w := range words[:len(words)-1] {
		if lw := strings.ToLower(w); nameConnectors[lw] || orgHeads[lw] {
			return true
		}
	}
	return false
}

// placesOfType are the places the article names that WordNet knows as
// of a type ("Kentucky", "West Virginia" for "state"), each once, in the
// article's order.
func (e *Engine) placesOfType(t string) []string {
	var out []string
	for _, p := range e.passages {
		for _, s := range p.names {
			if strings.ContainsAny(s.text, "’'") {
				continue // "Grandfather Mountain’s Virginia" is two names
			}
			words := strings.Fields(s.text)
			for len(words) > 1 && initialsSkip[strings.ToLower(words[0])] {
				words = words[1:] // "In Georgia, …" opens its sentence
			}
			last := strings.ToLower(strings.Trim(words[len(words)-1], ".,"))
			// WordNet's word is trusted over the sentence's hints
			// ("and Kentucky, in their …" reads like a person), but
			// not over a person the fact sheet names.
			if id := mentionAt(p, s); id != "" && e.kindOf(id) == corpus.KindPerson {
				continue
			}
			if namesSomethingOf(words) {
				continue // "University of Kentucky" is no state
			}
			if name := strings.Join(words, " "); lexicon.IsA(last, t) && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	return out
}

// newItems leaves out of a list the items that only repeat the question
// ("sea turtles" for "which kinds of sea turtles") and the second of two
// items that differ only in number ("sea turtle", "sea turtles").
func newItems(items []string, question string) []string {
	asked := map[string]bool{}
	for _, w := range itemWord.FindAllString(strings.ToLower(question), -1) {
		asked[lexicon.Base(w)] = true
	}
	var out []string
	seen := map[string]bool{}
	for _, it := range items {
		key, repeats := "", true
		for _, w := range itemWord.FindAllString(strings.ToLower(it), -1) {
			b := lexicon.Base(w)
			key += b + " "
			repeats = repeats && asked[b]
		}
		if repeats || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, it)
	}
	return out
}

// entryNames are the names of the fact sheet's entries of a kind that the
// article mentions, in fact-sheet order.
func (e *Engine) entryNames(k corpus.Kind) []string {
	var out []string
	for i := range e.corpus.Entries {
		en := &e.corpus.Entries[i]
		if en.Kind == k && e.inArticle[en.ID] {
			out = append(out, en.Name)
		}
	}
	return out
}

// peopleBeside are the people the article names in the sentences that
// use a word ("said Jeremy Edwardson, refuge manager").
func (e *Engine) peopleBeside(word string) []string {
	terms := e.an.terms(word)
	var out []string
	for _, d := range e.docs {
		if d.kind != docSentence || !hasAnyTerm(d, terms) {
			continue
		}
		for _, s := range nameSpans(d.text) {
			if nameKind(d.text, s) == "person" && len(strings.Fields(s.text)) > 1 && !containedIn(out, s.text) {
				out = append(out, s.text)
			}
		}
	}
	return out
}

func hasAnyTerm(d *doc, terms []string) bool {
	for _, t := range terms {
		if d.terms[t]&inText != 0 {
			return true
		}
	}
	return false
}

// containedIn reports whether a name is part of one already listed
// ("Edwardson" of "Jeremy Edwardson").
func containedIn(names []string, name string) bool {
	for _, n := range names {
		if strings.Contains(n, name) {
			return true
		}
	}
	return false
}

// phrasesEndingIn are the article's phrases whose last word is a noun
// (said, its mentions): the word with the one to three describing words
// before it, each phrase once, in article order.
func phrasesEndingIn(said []nounAt) []string {
	var out []string
	for _, n := range said {
		text, t := n.p.text, n.t
		if possessive(text[t.end:]) {
			continue // "bats’ role" is a role
		}
		phrases := coordinatedPhrases(text, t)
		if len(phrases) == 0 && !describesNext(text[t.end:]) {
			phrases = []string{describedPhrase(text, t)} // not "animal species"
		}
		for _, ph := range phrases {
			if ph != "" && !slices.Contains(out, ph) {
				out = append(out, ph)
			}
		}
	}
	return out
}

// possessive reports whether the text after a word makes it a
// possessive: "bats’", "the bat's".
func possessive(after string) bool {
	for _, p := range []string{"’", "'"} {
		if rest, ok := strings.CutPrefix(after, p); ok {
			return rest == "" || rest[0] == ' ' || rest[0] == 's' && (len(rest) == 1 || !unicode.IsLetter(rune(rest[1])))
		}
	}
	return false
}

// coordinatedPhrases reads a list of describing words before a noun
// ("leatherback, loggerhead and green sea turtles") as one phrase for
// each ("leatherback sea turtles", …), or nil when there is none.
func coordinatedPhrases(text string, t token) []string {
	m := coordinatedBefore.FindStringSubmatch(text[:t.start])
	if m == nil {
		return nil
	}
	tail := strings.TrimSpace(m[3]) + " " + text[t.start:t.end]
	tail = strings.TrimSpace(tail)
	var out []string
	for _, w := range append(strings.Split(m[1], ","), m[2]) {
		w = strings.TrimSpace(w)
		if w == "" || littleWord(w) || unicode.IsUpper([]rune(w)[0]) {
			return nil
		}
		out = append(out, w+" "+tail)
	}
	return out
}

// coordinatedBefore matches "A, B and C [D] " before a noun: the listed
// words, the last one, and a word they share.
var coordinatedBefore = lazyRE(`\b((?:[\p{L}-]+,\s+)+[\p{L}-]+),?\s+(?:and|or)\s+([\p{L}-]+)\s+((?:[\p{L}-]+\s+)?)$`)

// describesNext reports whether a noun stands before another that it
// describes ("animal species"), so the phrase does not end there.
func describesNext(after string) bool {
	f := strings.Fields(after)
	if len(f) == 0 || strings.ContainsAny(after[:min(len(after), 1)], ",.;:!?)") {
		return false
	}
	next := strings.ToLower(strings.Trim(f[0], ",.;:!?\"”’"))
	x := lexicon.Lookup(next)
	return x.POS&lexicon.Noun != 0 && !verbForm(next) && x.Zipf() < 6
}

// describedPhrase is the noun at a token with the words before it that
// describe it (up to three, letters only, no little words), or "" when
// nothing describes it.
func describedPhrase(text string, t token) string {
	words := strings.Fields(text[:t.start])
	var desc []string
	for i := len(words) - 1; i >= 0 && len(desc) < 3; i-- {
		w := words[i]
		if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !strings.ContainsRune("-'’", r) }) >= 0 || littleWord(w) || unicode.IsUpper([]rune(w)[0]) {
			break
		}
		if _, n := numberWordValues[strings.ToLower(w)]; n {
			break // "eight agencies" counts them, and names none
		}
		if pastEd(strings.ToLower(w)) && i > 0 && nounWord(words[i-1]) {
			break // "the strike group conducted port visits": "conducted" is its verb, no kind of visit
		}
		desc = append([]string{w}, desc...)
	}
	if len(desc) == 0 {
		return ""
	}
	return strings.Join(desc, " ") + " " + text[t.start:t.end]
}

// littleWord reports whether a word is one that cannot describe a noun:
// an article, a pronoun, a preposition or a verb form. WordNet knows
// "after" and "other" as adjectives; the stop list says what they are.
func littleWord(w string) bool {
	lw := strings.ToLower(trimPossessive(w))
	x := lexicon.Lookup(lw)
	return x.POS == 0 || x.POS&(lexicon.Noun|lexicon.Adjective) == 0 || verbForm(lw) || x.Zipf() > 6 || stopWord(lw) || participle(lw)
}

// itemWord is a word of a list item, with its digits and hyphens.
var itemWord = lazyRE(`[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*`)

// participle reports whether a word is a verb's "-ing" form that WordNet
// does not know as an adjective: "encountering injured turtles" are not
// a kind of turtle.
func participle(w string) bool {
	base, ok := strings.CutSuffix(w, "ing")
	if !ok || lexicon.Lookup(w).POS&lexicon.Adjective != 0 {
		return false
	}
	for _, b := range []string{base, base + "e", base[:max(len(base)-1, 0)]} {
		if lexicon.Lookup(b).POS&lexicon.Verb != 0 {
			return true
		}
	}
	return false
}

// seriesAnswer answers a list question the fact sheet and the article's
// phrases do not, from the best sentence that carries the question: its
// series of things ("the leaves, buds, and rhizomes", "Saline burrowing
// crayfish and the Succarnoochee River crayfish") nearest the question's
// words, items that only repeat the question left out, that accept takes
// (a series of names is no answer to "which parts"); "" when there is
// none.
func (e *Engine) seriesAnswer(q *question, ranked []scored, accept func(string) bool) string {
	for d := range e.answeringSentences(q, ranked) {
		if items := nearestSeries(q, d); len(items) > 0 {
			if q.kind == qList {
				// Before "and" joins the last two: "besides the
				// flags" leaves out "green flags", not "blue buoys
				// and green flags".
				items = e.keptItems(q, items)
			}
			if ans := strings.Join(items, ", "); len(items) > 0 && accept(ans) {
				items = withArticles(d.text, items)
				return seriesLine(items, seriesJoin(d.text, items))
			}
		}
	}
	return ""
}

// sentenceAnswers reports whether a document is an article sentence that
// carries enough of the question, with what it refers back to, to hold
// an answer read from it whole: a series, or the names of the noun asked.
func (e *Engine) sentenceAnswers(q *question, d *doc) bool {
	return d.kind == docSentence && e.sentenceCover(q, saidWithReferents(q, d.pass.text, d.pass.tokens, d.start, d.start+len(d.text))) >= answerCover
}

// answeringSentences yields the sentences among the two best-ranked
// documents that carry the question (sentenceAnswers): those a line is
// read from when its words may stand anywhere in them.
func (e *Engine) answeringSentences(q *question, ranked []scored) iter.Seq[*doc] {
	return func(yield func(*doc) bool) {
		for _, s := range ranked[:min(2, len(ranked))] {
			if e.sentenceAnswers(q, s.d) && !yield(s.d) {
				return
			}
		}
	}
}

// nearestSeries is the series of a sentence nearest the question's words.
func nearestSeries(q *question, d *doc) []string {
	anchors := highlightAnchors(q, d.tokens)
	var best []string
	bestDist, bestSpread := len(d.text)+1, 0
	for _, m := range seriesRe.FindAllStringIndex(d.text, -1) {
		if joinsInsideName(d, m[0], m[1]) {
			continue // "National Snow and Ice Data Center" is one name
		}
		if cutFromName(d.text, m[0], m[1]) || cutsAName(d, m[0], m[1]) {
			continue // "NOAA Office of Law Enforcement and the Fish & Wildlife Service" is two names, not "Law Enforcement and Fish"
		}
		if suspendedHyphen.MatchString(d.text[m[0]:m[1]]) {
			continue // "command- and wing-level coins" is one thing
		}
		if twoAmounts.MatchString(d.text[m[0]:m[1]]) {
			continue // "one year and a day" is a length of time, no list
		}
		if who := describesPerson(d, m[0], m[1]); who != "" && !(asksRoles.MatchString(q.text) && containsWords(strings.ToLower(q.text), strings.ToLower(lastWordOf(who)))) {
			// "Lee Taylor, a fire control technician and division
			// chief, said": who he is, no list, unless the question
			// asks about him ("what roles does Yusuf Amari have").
			continue
		}
		if joinsClauses(d.text[:m[0]], d.text[m[0]:m[1]]) {
			continue
		}
		items := withOfPhrase(seriesItems(d.text[m[0]:m[1]]), d.text, m[0], m[1])
		items = pairGoesOn(d.text, m[0], m[1], items)
		items = newItems(items, q.text)
		if len(items) < 2 {
			continue
		}
		dist := min(len(d.text), gapTo(m[0], m[1], anchors))
		spread := termsSpread(q, d.tokens, m[0], m[1])
		if dist < bestDist || dist == bestDist && spread < bestSpread {
			best, bestDist, bestSpread = items, dist, spread
		}
	}
	return best
}

// termsSpread is how far a span of a text is from the question's words
// there, each word counted once at its nearest: of two series as near
// the question's nearest word, the one the rest of its words stand
// beside answers ("singles, doubles and quad events for … wheelchair
// tennis players", not "singles and doubles events for both boys and
// girls" of "what events were there for wheelchair players").
func termsSpread(q *question, toks []token, start, end int) int {
	nearest := map[string]int{}
	for _, t := range toks {
		if !q.highlight[t.term] {
			continue
		}
		gap := max(start-t.end, t.start-end, 0)
		if g, ok := nearest[t.term]; !ok || gap < g {
			nearest[t.term] = gap
		}
	}
	sum := 0
	for _, g := range nearest {
		sum += g
	}
	return sum
}

// pairGoesOn is a series of two, "A and B", with the items the text
// goes on to list after it with commas and a last ", and": the pair is
// the first item of a longer series ("such as NASA’s Lunar Prospector
// and Lunar Reconnaissance Orbiter, China’s Chang’e spacecraft, and
// India’s Chandrayaan spacecraft"), which seriesRe, whose items hold no
// "and", finds in two pieces. Without the last comma the text may pair
// things twice ("apples and pears, plums and figs"), and the pair
// stands alone.
func pairGoesOn(text string, start, end int, items []string) []string {
	if len(items) != 2 || !strings.HasSuffix(text[start:end], items[0]+" and "+items[1]) {
		return items
	}
	tail := seriesGoesOn.FindString(text[end:])
	if tail == "" || strings.Count(tail, " and ")+strings.Count(tail, " or ") > 1 {
		return items // "fish and chips, salt and vinegar, and mushy peas": pairs the items do not split
	}
	if opensWithCapital(items[0]) && opensWithCapital(items[1]) && !opensWithCapital(strings.TrimPrefix(tail, ", ")) {
		return items // "Ann Lee and Tom Hale, the two pilots, and …": who the pair are
	}
	more := seriesItems(strings.TrimPrefix(tail, ", "))
	if len(more) < 2 {
		return items
	}
	return append([]string{items[0] + " and " + items[1]}, more...)
}

// seriesGoesOn matches the items a text lists on from a series, up to a
// last ", and" or ", or" and the item after it.
var seriesGoesOn = lazyRE(`^, ` + seriesItem + `(?:,\s+` + seriesItem + `)*,\s+(?:and|or)\s+` + seriesItem)

// seriesItem is an item of a series: one to five words.
const seriesItem = seriesWord + `(?:\s+` + seriesWord + `){0,4}`

// joinsClauses reports whether a series of two is two clauses a comma and
// "and" join: "relies on information technology, and enemies … are
// stealing". A list of two needs no comma; a list of more ("recreation,
// education, and enjoyment") may have been found from its second item.
func joinsClauses(before, series string) bool {
	first := seriesSep.FindString(series) // the series is cut after its first "and" (seriesItems)
	return strings.HasPrefix(first, ",") && strings.TrimSpace(first) != "," && !strings.HasSuffix(strings.TrimSpace(before), ",")
}

// describesPerson is the name of the person a series (from and to,
// offsets in the sentence) says what they are, the words set beside the
// name, or "": "Lee
// Taylor, a fire control technician and division chief, said" tells
// who Taylor is, and lists nothing. Its name may stand just before it or
// open it.
func describesPerson(d *doc, from, to int) (name string) {
	start, end := d.start+from, d.start+to
	for _, s := range d.pass.names {
		if s.end < d.start || s.end > end || d.pass.nameKindOf(s) != "person" {
			continue
		}
		if gap := d.pass.text[s.end:max(s.end, start)]; s.end <= start && apposition.MatchString(gap) {
			return s.text
		}
		if s.end > start && appositionAfter.MatchString(d.pass.text[s.end:end]) {
			return s.text
		}
	}
	return ""
}

// appositionAfter matches a series' text after a name in it that opens
// the words saying who the person is: ", a fire control technician …".
var appositionAfter = lazyRE(`^\.?,\s+(?:a|an|the)\s`)

// asksRoles matches a question about what someone is: their roles,
// jobs or titles.
var asksRoles = lazyRE(`(?i)\b(?:roles?|jobs?|titles?|positions?|occupations?|hats)\b`)

// apposition matches what joins a name to the words that say who it is:
// ", a", ", the", ", ".
var apposition = lazyRE(`^\.?,\s+(?:(?:a|an|the)\s+)?$`)

// suspendedHyphen matches a word's first part left hanging before "and"
// or "or" for the second's ending: "command- and wing-level", "short-
// or long-term".
var suspendedHyphen = lazyRE(`\pL-,?\s+(?:and|or|to)\s`)

// twoAmounts matches two amounts joined as one: "one year and a day", "two
// hours and 30 minutes".
var twoAmounts = lazyRE(`(?i)(?:\d|\b(?:one|` + strings.Join(numberWords, "|") + `))\s+(?:` + measureUnits + `),?\s+(?:and|or)\s+(?:a|an|one|\d|` + strings.Join(numberWords, "|") + `)\b`)

// measureUnits are the units two amounts joined as one are told in.
const measureUnits = `years?|months?|weeks?|days?|hours?|minutes?|seconds?|miles?|feet|foot|inch(?:es)?|yards?|pounds?|ounces?|meters?|metres?|kilometers?|kilometres?|dollars?|cents?|acres?`

// joinsInsideName reports whether a separator of a sentence's series
// ("and", "or", a comma), from start to end, stands inside one of its
// paragraph's names.
func joinsInsideName(d *doc, start, end int) bool {
	if d.pass == nil {
		return false
	}
	for _, loc := range seriesSep.FindAllStringIndex(d.text[start:end], -1) {
		if insideName(d, d.start+start+loc[0]) {
			return true
		}
	}
	return false
}

// insideName reports whether an offset of a document's paragraph falls
// inside one of the paragraph's names, not at its edge.
func insideName(d *doc, at int) bool {
	return slices.ContainsFunc(d.pass.names, func(s span) bool { return s.start < at && at < s.end })
}

// cutsAName reports whether a series (start and end, offsets in the
// sentence) opens or ends inside one of the passage's names: "Command
// Pilot Harold V. "Hal" Brennan, … and Navigator Thomas X. “Tex”
// Garland" lists no "Brennan" nor "Thomas X.".
func cutsAName(d *doc, start, end int) bool {
	return d.pass != nil && (insideName(d, d.start+start) || insideName(d, d.start+end))
}

// cutFromName reports whether a series (from and to, offsets in text)
// opens inside a name, after its "of" or "&" ("Office of Law
// Enforcement"), or ends inside one, before its "&" ("Fish & Wildlife").
func cutFromName(text string, from, to int) bool {
	opensCapital := unicode.IsUpper([]rune(text[from:])[0])
	return opensCapital && nameGoesOnBefore.MatchString(text[:from]) || nameGoesOnAfter.MatchString(text[to:])
}

var (
	// nameGoesOnBefore matches text that ends inside a name, after a
	// capitalised word and its "of" or "&".
	nameGoesOnBefore = lazyRE(`\p{Lu}[\pL.]*\s+(?:of|&)\s+$`)
	// nameGoesOnAfter matches text that goes on with a name's "&".
	nameGoesOnAfter = lazyRE(`^\s*&\s*\p{Lu}`)
)

// seriesRe finds "A, B(,) and C" or "A and B", each item of one to five
// words.
var seriesRe = lazyRE(seriesItem + `(?:,\s+` + seriesItem + `)*,?\s+(?:and|or)\s+` + seriesItem)

// seriesWord is a word of a series' item, with the digits of a model's
// name ("AC-130W"), or an abbreviation's capitals with their points
// ("St. Clair River", "U.S. Customs").
const seriesWord = `(?:(?:\p{Lu}\p{Ll}?\.)+|[’']?\p{L}[\p{L}\p{N}’'–-]*)`

// seriesSep separates the items of a series.
var seriesSep = lazyRE(`,?\s+(?:and|or)\s+|,\s+`)

// subjectPronoun are the pronouns that open a clause.
var subjectPronoun = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true}

// seriesItems splits a series into its items, each cut after its last
// little word ("feeds exclusively on the leaves" is "leaves"); nil when an
// item holds a verb or a pronoun, as "and" then joins clauses, not things.
func seriesItems(series string) []string {
	parts := seriesSep.Split(series, -1)
	// The item after the first "and" or "or" is the last: a further
	// ", and" joins another clause ("the leaves, buds, and rhizomes of
	// salvinia species, and APHIS determined …").
	for i, sep := range seriesSep.FindAllString(series, -1) {
		if strings.TrimSpace(strings.TrimLeft(sep, ",")) != "" {
			parts = parts[:i+2]
			break
		}
	}
	var out []string
	firstArticle := false // whether the first item opens after an article
	for i, p := range parts {
		all := strings.Fields(p)
		var words []string
		if i == len(parts)-1 {
			if len(all) > 0 && (subjectPronoun[beforeApostrophe(strings.ToLower(all[0]))] || auxiliary[strings.ToLower(all[0])]) {
				return nil // "…, and we also serve as …", "… and it’s been", "…, and have both": a clause
			}
			words = untilLittleWord(all)
			if n := len(words); n < len(all) && objectPronoun[strings.ToLower(all[n])] {
				return nil // "… and put it into conservation": a verb's object
			}
			if n := len(words); n > 0 && n < len(all) && pastOrVerbForm(strings.ToLower(words[n-1])) {
				return nil // "Parks and Recreation released the beetle": a clause
			}
			if n := len(words); n > 0 && n < len(all) && participleWithObject(words[n-1], all[n]) {
				return nil // "injuring two workers and forcing the evacuation": two clauses
			}
		} else {
			words = afterLittleWords(all)
			if i == 0 {
				// Not after an opening phrase: "After the flood, the
				// library, the school and the clinic were closed".
				firstArticle = len(words) < len(all) && articles[strings.ToLower(all[len(all)-len(words)-1])] && !opensWithCapital(all[0])
			}
			if i > 0 && len(words) < len(all) && !(firstArticle && len(words) == len(all)-1 && articles[strings.ToLower(all[0])]) {
				// "In Georgia, where Blackbeard Island and Wassaw": the
				// comma closed a clause; the series starts here. An
				// article alone closes none when the first item has one
				// too: "of the AC-130H Spectre, the AC-130W Stinger II".
				out = nil
			}
		}
		if len(words) == 0 {
			return nil
		}
		for _, w := range words {
			lw := strings.ToLower(strings.Trim(w, "’'"))
			if verbOnly(lw) || lightVerb(lw) || pronoun.MatchString(lw) || lw == "it" || lw == "its" {
				return nil // "the property, put it into …": a clause
			}
		}
		out = append(out, strings.Join(words, " "))
	}
	return out
}

// withOfPhrase is a series' items with the last one's "of" phrase when
// the series (matched in text up to end) goes on from that item with
// "of" and only nouns and adjectives to a stop: "an influx of invasive
// species—pose …" lists "influx of invasive species", not "influx"; "the
// rest of the team said" keeps "rest", and so does a phrase that may run
// on past the series' match ("elements of Sydney's Chinese immigrant
// community").
func withOfPhrase(items []string, text string, start, end int) []string {
	if r, _ := utf8.DecodeRuneInString(text[end:]); len(items) == 0 || end < len(text) && !strings.ContainsRune(",;:.!?)—–", r) {
		return items
	}
	last := items[len(items)-1]
	i := strings.LastIndex(text[start:end], last+" of ")
	if i < 0 || lexicon.Lookup(strings.ToLower(lastWordOf(last))).POS&lexicon.Noun == 0 {
		return items // "oats ahead of winter", "instead of maize": no noun's phrase
	}
	rest := strings.Fields(text[start+i+len(last)+len(" of ") : end])
	if len(rest) == 0 {
		return items
	}
	for _, w := range rest {
		lw := strings.ToLower(strings.Trim(w, "’'"))
		if seriesStop(w) || verbOnly(lw) || pastEd(lw) || isNumber(lw) || slices.Contains(numberWords, lw) {
			return items // "parent of two Lincoln students" is a parent
		}
	}
	out := slices.Clone(items)
	out[len(out)-1] = last + " of " + strings.Join(rest, " ")
	return out
}

// articles are the words that open a noun phrase and say nothing else.
var articles = map[string]bool{"the": true, "a": true, "an": true}

// beforeApostrophe is a word without the contraction after it: "it" of
// "it’s", "they" of "they're".
func beforeApostrophe(w string) string {
	if i := strings.IndexAny(w, "’'"); i > 0 {
		return w[:i]
	}
	return w
}

// participleWithObject reports whether a word is a verb's "-ing" form
// and the next opens its object with an article: "forcing the
// evacuation" is a clause, not a thing listed.
func participleWithObject(word, next string) bool {
	w := strings.ToLower(word)
	base := lexicon.Base(w)
	return strings.HasSuffix(w, "ing") && base != w && lexicon.Lookup(base).POS&lexicon.Verb != 0 && articles[strings.ToLower(next)]
}

// objectPronoun are the words that follow a verb, not a thing.
var objectPronoun = map[string]bool{"it": true, "them": true, "him": true, "her": true, "us": true, "me": true, "you": true}

// afterLittleWords is an item's words after its last little word ("the",
// "on", "of") or a verb before a name.
func afterLittleWords(words []string) []string {
	for i := len(words) - 1; i >= 0; i-- {
		if itemBreak(words[i]) || i+1 < len(words) && verbBeforeName(words[i], words[i+1]) {
			return words[i+1:]
		}
	}
	return words
}

// verbBeforeName reports whether a lower-case verb's form stands before a
// name: "the district closed Oakdale Elementary and …" lists schools, not
// a "district closed Oakdale Elementary".
func verbBeforeName(w, next string) bool {
	lw := strings.ToLower(w)
	return lw == w && pastOrVerbForm(lw) && opensWithCapital(next)
}

// untilLittleWord is a last item's words up to the first little word after
// its first word ("rhizomes of the plant" is "rhizomes").
func untilLittleWord(words []string) []string {
	if len(words) > 0 && seriesStop(words[0]) {
		words = words[1:]
	}
	for i, w := range words {
		if itemBreak(w) {
			return words[:i] // "… Refuges comprise more": the item ends at its verb
		}
	}
	return words
}

// itemBreak reports whether a word stands between items rather than in
// one: a little word, or a verb ("It eats small spiders").
func itemBreak(w string) bool {
	lw := strings.ToLower(strings.Trim(w, "’'"))
	return seriesStop(w) || verbOnly(lw)
}

// verbOnly reports whether a word is a verb's form and no noun's.
func verbOnly(lw string) bool {
	return verbForm(lw) && lexicon.Lookup(lexicon.Base(lw)).POS&lexicon.Noun == 0
}

// seriesStop reports whether a word ends or opens a series' item: a word
// English knows as no noun, verb, adjective or adverb, or one of its
// commonest ("the", "on", "other"); never a name.
func seriesStop(w string) bool {
	r := []rune(w)
	if len(r) == 0 || unicode.IsUpper(r[0]) {
		return false
	}
	lw := strings.ToLower(strings.Trim(w, "’'"))
	x := lexicon.Lookup(lw)
	return x.Known() && (x.POS == 0 && !contentSuffix.MatchString(lw) || x.Zipf() > seriesStopZipf)
}

// contentSuffix matches the endings of English adjectives and nouns,
// which no little word has: a word WordNet lacks ("regenerative" of
// "regenerative capacitor memory") is one of those, not a "the".
var contentSuffix = lazyRE(`(?:ive|ous|al|ic|able|ible|ful|less|tion|sion|ment|ness|ity|ism|ist|ary|ory)$`)

// seriesStopZipf is the frequency from which a word is too common to be
// part of an item: "the", "on", "other" are above it.
const seriesStopZipf = 6.2

// verbSeries answers "what does X VERB …" with the series of three or
// more things the answering sentence says right after that verb ("… to
// measure magnetic field, temperature, and velocities"); "what does X
// do" with the series after the first verb that follows the question's
// words ("Peraton … provides mission planning, engineering services,
// and field operations"); "" when no such series follows.
func (e *Engine) verbSeries(q *question, ranked []scored) string {
	verb := askedVerb(q.core)
	if q.kind != qAny || verb == "" {
		return ""
	}
	terms := e.an.terms(verb)
	for _, s := range ranked[:min(2, len(ranked))] {
		d := s.d
		if d.kind != docSentence || e.sentenceCover(q, d.said()) < answerCover {
			continue
		}
		for _, t := range d.tokens {
			does := verb == "do" && verbForm(strings.ToLower(d.text[t.start:t.end])) && !q.highlight[t.term]
			if !does && (len(terms) != 1 || t.term != terms[0]) {
				continue
			}
			if items := seriesAfter(d.text[t.end:]); len(items) >= 3 {
				// As the sentence writes it: "soils, plants and water".
				items = newItems(items, q.text)
				items = withArticles(d.text, items)
				return seriesLine(items, seriesJoin(d.text, items))
			}
		}
	}
	return ""
}

// seriesAfter is the series a text opens with, after a determiner.
func seriesAfter(text string) []string {
	m := seriesRe.FindStringIndex(text)
	if m == nil || !opensSeries(text[:m[0]]) {
		return nil
	}
	return seriesItems(text[m[0]:m[1]])
}

// opensSeries reports whether what stands between a verb and a series
// lets the series be what the verb takes: nothing, or a determiner.
func opensSeries(gap string) bool {
	f := strings.Fields(gap)
	return len(f) == 0 || len(f) == 1 && determiner[strings.ToLower(f[0])] && strings.HasSuffix(gap, " ")
}

// askedVerb is the verb of "what does X VERB …" ("measure"), or "": the
// first word after the subject's first that English has as a verb and
// that a little word or nothing follows ("the park service plan to").
func askedVerb(core string) string {
	m := whatDoes.FindStringSubmatch(strings.ToLower(core))
	if m == nil {
		return ""
	}
	words := strings.Fields(strings.Trim(m[1], "?,.! "))
	for i := 1; i < len(words); i++ {
		// The verb follows the subject's words, and a little word or
		// nothing follows it: "… SUNRISE-III measure in the Sun's …".
		w := strings.Trim(words[i], "?,.!")
		if (w == "do" || lexicon.Lookup(w).POS&lexicon.Verb != 0) && (i == len(words)-1 || stopWord(words[i+1])) {
			return w
		}
	}
	return ""
}

// whatDoes matches "what does/did/do/will … " and gives what follows.
var whatDoes = lazyRE(`^what\s+(?:does|did|do|will|would|can|could)\s+(.+)$`)

// seriesCount answers "how many NOUNs …" with the number of things of
// that noun a best sentence lists when no number counts them: "dredging
// of the Detroit River, Saginaw River and St. Clair River" is 3 rivers,
// "endemic lizards (Ameiva desechensis, Anolis desechensis, and
// Sphaerodactylus levinsi)" 3 lizards, "Blount, Etowah, Jefferson, and
// Marshall Counties" 4 counties. Of a sentence's lists, the one nearest
// the question's words counts.
func (e *Engine) seriesCount(q *question, ranked []scored) string {
	if q.kind != qCount || q.countedWord == "" {
		return ""
	}
	counted := lexicon.Base(strings.ToLower(q.countedWord))
	if m := classified.FindStringSubmatch(q.text); m != nil && lexicon.Base(strings.ToLower(m[2])) == counted {
		// "how many lizard species": a story lists "lizards (A, B and
		// C)"; "species" only says they are counted by kind.
		counted = lexicon.Base(strings.ToLower(m[1]))
	}
	for _, d := range answeringSentences(ranked) {
		var anchors []Span // found once a list counts what is asked
		best, bestNear := "", -1
		for _, m := range seriesRe.FindAllStringIndex(d.text, -1) {
			items := countedSeries(d, m[0], m[1], counted)
			if len(items) < 2 {
				continue
			}
			if anchors == nil {
				anchors = highlightAnchors(q, d.tokens)
			}
			if near := anchorsBefore(anchors, m[0]); near > bestNear {
				best, bestNear = fmt.Sprintf("%d: %s", len(items), strings.Join(items, ", ")), near
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// classified matches a noun and the word after it that counts it by
// kind: "lizard species", "aircraft types".
var classified = lazyRE(`(?i)\b(\pL+)\s+(species|kinds?|types?|sorts?|varieties|variety|breeds?|models?)\b`)

// anchorsBefore counts the question's words that stand just before a
// series (within seriesLead bytes): "Locust Fork (Blount, …)" is the
// Locust Fork's list, where "Sipsey Fork (Lawrence …)" shares only
// "Fork".
func anchorsBefore(anchors []Span, start int) int {
	n := 0
	for _, a := range anchors {
		if a.End <= start && start-a.End <= seriesLead {
			n++
		}
	}
	return n
}

// seriesLead is how far before a series the words it is about stand.
const seriesLead = 30

// countedSeries are the items of a sentence's series (from and to,
// offsets in it) when they are all things of the counted noun, else nil:
// each item ends in the noun, the noun introduces them ("lizards (A, B
// and C)", "counties: A, B and C"), or the last item's plural noun heads
// the names before it ("Blount, Etowah and Marshall Counties"). Not a
// series of examples ("including A, B and C"), nor one that goes on
// ("A, B and others").
func countedSeries(d *doc, from, to int, counted string) []string {
	text := d.text
	if joinsClauses(text[:from], text[from:to]) || joinsInsideName(d, from, to) {
		return nil
	}
	items := seriesItems(text[from:to])
	if len(items) == 0 {
		return nil
	}
	first := from + max(0, strings.Index(text[from:to], items[0]))
	if examples.MatchString(text[max(0, first-examplesGap):first]) || othersAfter.MatchString(text[to:]) {
		return nil // "harbors, including Monroe, Toledo and Erie Harbor" counts only some
	}
	if m := nounIntroducing.FindStringSubmatch(text[:first]); m != nil && lexicon.Base(strings.ToLower(m[1])) == counted {
		return items
	}
	if namesHeadedBy(items, counted) {
		return items
	}
	for i, it := range items {
		if j := strings.IndexFunc(it, unicode.IsUpper); j > 0 {
			items[i] = it[j:] // "dredging of the Detroit River" names the Detroit River
		}
	}
	if allEndIn(items, counted) || allKindsOf(items, counted) {
		return items
	}
	return nil
}

// allKindsOf reports whether every item is a one-word name of a thing of
// the counted kind: "Wisconsin, Illinois, Kentucky and Georgia" are
// states.
func allKindsOf(items []string, noun string) bool {
	return !slices.ContainsFunc(items, func(it string) bool {
		return strings.Contains(it, " ") || !opensWithCapital(it) || !lexicon.IsA(strings.ToLower(it), noun)
	})
}

// nounIntroducing matches the plural noun a list follows in brackets or
// after a colon: "endemic lizards (", "three counties: ".
var nounIntroducing = lazyRE(`(?i)\b(\pL+s)\s*[(:]\s*$`)

// namesHeadedBy reports whether a series is names the plural of a noun
// after its last item heads: "Blount, Etowah, Jefferson, and Marshall
// Counties".
func namesHeadedBy(items []string, noun string) bool {
	last := strings.Fields(items[len(items)-1])
	head := strings.ToLower(last[len(last)-1])
	if len(last) < 2 || head == noun || lexicon.Base(head) != noun {
		return false
	}
	for _, it := range items {
		if !opensWithCapital(it) || strings.IndexFunc(it, unicode.IsSpace) >= 0 && it != items[len(items)-1] {
			return false
		}
	}
	return true
}

// examplesGap is how far before a series the words that make it examples
// may stand.
const examplesGap = 40

var (
	// examples ends the words that make a series some of a kind: "including",
	// "such as".
	examples = lazyRE(`(?i)\b(?:including|such as|like|among them|among others|for example|e\.g\.)\s+(?:\S+\s+){0,3}$`)
	// othersAfter opens the words after a series that say there are more.
	othersAfter = lazyRE(`(?i)^,?\s+(?:and|or)\s+(?:other|others|more)\b|^,?\s+among others\b`)
)

// allEndIn reports whether every item ends in a noun, in any number.
func allEndIn(items []string, noun string) bool {
	for _, it := range items {
		f := strings.Fields(it)
		if len(f) < 2 || lexicon.Base(strings.ToLower(f[len(f)-1])) != noun {
			return false
		}
	}
	return true
}

// nounSeries reports whether a series answer lists things: no item ends
// in a word English knows only as a verb, adjective or adverb
// ("suspended, local buses" is no list of rail services), and it does
// not mix deeds and things (mixesDeedsAndThings): "gassed or contracted
// tuberculosis" lists what befell them, but "mourners already wounded
// and the first responders" joins a deed to a thing.
func nounSeries(answer string) bool {
	items := strings.Split(answer, ", ")
	if mixesDeedsAndThings(items) {
		return false
	}
	for _, it := range items {
		f := strings.Fields(strings.TrimLeft(it, "-–• "))
		if len(f) == 0 {
			return false
		}
		last := f[len(f)-1]
		if x := lexicon.Lookup(lexicon.Base(strings.ToLower(last))); !opensWithCapital(last) && x.POS != 0 && x.POS&lexicon.Noun == 0 {
			return false
		}
		if itemOpener[strings.ToLower(f[0])] || stopWord(strings.ToLower(strings.Trim(last, ".,;:"))) {
			return false // "between Mangamaunu, Clarence" is a stretch of road; "minute, then" no list
		}
	}
	return true
}

// itemDoes says whether a series' item says a verb: surely for a verb's
// form that is no noun, a form of "be", or a past in "-ed" after another
// word ("hackers claimed responsibility", "already wounded", "possibly
// financially assisted President Maduro"); maybe for a past in "-ed"
// that opens the item or follows a determiner ("armored personnel
// carriers", "the armed forces", "formed bucket brigades"), or follows
// an adverb right before the item's last word ("ethnically divided
// workers"), which may name a thing or say a deed.
func itemDoes(item string) verbSaid {
	said := saysNoVerb
	words := strings.Fields(strings.ToLower(item))
	for i, w := range words {
		w = strings.Trim(w, itemPunct)
		if verbOnly(w) || beForms[w] {
			return surelyVerb
		}
		if !pastEd(w) {
			continue
		}
		opens := i == 0 || determiner[words[i-1]]
		if !opens && (i != len(words)-2 || !strings.HasSuffix(words[i-1], "ly")) {
			return surelyVerb
		}
		said = maybeVerb
	}
	return said
}

// endsInDeed reports whether an item's last word is a verb's form that
// is no noun, or a past in "-ed", after another word that is no
// determiner: "already wounded", not "the wounded".
func endsInDeed(item string) bool {
	words := strings.Fields(strings.ToLower(item))
	n := len(words)
	if n < 2 || determiner[words[n-2]] {
		return false
	}
	last := strings.Trim(words[n-1], itemPunct)
	return verbOnly(last) || pastEd(last)
}

// verbSaid is how surely a series' item says a verb.
type verbSaid int

const (
	saysNoVerb verbSaid = iota
	maybeVerb
	surelyVerb
)

// mixesDeedsAndThings reports whether a series' items include one past
// the first that surely says a verb and one that surely says none.
func mixesDeedsAndThings(items []string) bool {
	var deed, thing bool
	for i, it := range items {
		switch itemDoes(it) {
		case surelyVerb:
			// The first item may carry its clause's subject and verb
			// ("The council opened shelters, schools and churches"),
			// but no deed of its own ends it ("mourners already
			// wounded and the first responders").
			deed = deed || i > 0 || endsInDeed(it)
		case saysNoVerb:
			thing = true
		}
	}
	return deed && thing
}

// itemOpener are the words no listed thing opens with: a preposition
// says where or how, not what.
var itemOpener = map[string]bool{"between": true, "from": true, "to": true, "into": true, "under": true, "of": true, "in": true, "on": true, "at": true, "by": true, "with": true, "for": true, "through": true, "during": true, "after": true, "before": true}

// seriesLine writes a sentence's series as the sentence does, its last
// two items joined by its "and" or "or" (seriesJoin): "Christian and
// non-Christian Chiriguanos" is one phrase, which "Christian,
// non-Christian Chiriguanos" breaks, and "leaves, buds and rhizomes"
// reads as a list.
func seriesLine(items []string, join string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + join + items[len(items)-1]
}

// withArticles is a series' items, each after the first and but a name
// with the article the sentence sets before it: "prolonged drought, increasing wildfires, and an
// influx of invasive species" quotes the article's "an influx", which
// seriesItems leaves out to tell where each item starts.
func withArticles(sentence string, items []string) []string {
	out := slices.Clone(items)
	for i, it := range items {
		if i == 0 || opensWithCapital(it) {
			// The first item's article is the whole series' ("the
			// leaves, stems and roots"); a name is named bare
			// ("Philippines, Hong Kong and China").
			continue
		}
		for _, a := range []string{"a ", "an ", "the "} {
			if containsWords(sentence, a+it) {
				out[i] = a + it
				break
			}
		}
	}
	return out
}

// seriesJoin is what a sentence sets between a series' last two items:
// " or " in "new equipment, staff training or upgrades", else " and ",
// with the comma before it that a sentence of three items or more may
// write ("Mercury, Venus, and Mars"); what the sentence says elsewhere
// ("…, and sold rye or wheat") is not the series'.
func seriesJoin(sentence string, items []string) string {
	if len(items) < 2 {
		return " and "
	}
	before, last := items[len(items)-2], items[len(items)-1]
	for _, join := range []string{" and ", " or "} {
		switch {
		case len(items) > 2 && strings.Contains(sentence, before+","+join+last):
			return "," + join
		case strings.Contains(sentence, before+join+last):
			return join
		}
	}
	return " and "
}
