package index

// Answer lines read from a phrase of the best sentence when the question
// wants no typed fact: what someone said (quoteAnswer), what something is
// called (calledAnswer), the code a number names (numberNamedAnswer), and
// the event a sentence is dated by (timeClauseOf).

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"storybot/index/internal/lexicon"
)

// quoteAnswer answers "what did X say (about …)" with the words the
// article quotes X saying in the best-ranked sentence that gives X's
// words and covers the question: "“They were amazing,” Rich said." for
// "what did rich say about the kids". A quote that goes on in the
// sentences after it, with no one else's word of saying, goes on in the
// answer ("“Go ahead,” said Lancaster. “Bite – the glove, not the
// finger.”"). "" when no such sentence ranks among the first.
func (e *Engine) quoteAnswer(q *question, ranked []scored) string {
	m := asksWhatSaid.FindStringSubmatch(strings.ToLower(q.core))
	if q.kind != qAny || m == nil {
		return ""
	}
	speaker := strings.Fields(m[1])
	if len(speaker) == 0 {
		return ""
	}
	for _, d := range answeringSentences(ranked) {
		if !saidBy(d, speaker[len(speaker)-1]) {
			continue
		}
		quoted := quotedIn(d.text)
		if len(quoted) == 0 {
			continue
		}
		if next := nextSentence(d); quoteOpens(next) && !speechVerbRe.MatchString(next) {
			quoted = append(quoted, quotedIn(next)...) // one sentence on: a quote seldom runs further
		}
		return clip(strings.Join(quoted, " … "), maxLineRunes)
	}
	return ""
}

// saidBy reports whether a sentence gives the words of the speaker
// named by a word ("rich", "witness"): a word of saying with that word
// in the sentence, and no one else named as the one saying them; or "he
// said" after a sentence that names the speaker.
func saidBy(d *doc, speaker string) bool {
	if !sayingWord.MatchString(d.text) {
		return false
	}
	if name := attributedSpeaker(d); name != "" {
		// "… ,” said deckhand Tom Berg, who thanked captain Ruth Diaz"
		// gives Berg's words, not Diaz's.
		return containsWords(strings.ToLower(name), speaker)
	}
	if containsWords(strings.ToLower(d.text), speaker) {
		return true
	}
	if d.para == nil || !pronounSaid.MatchString(d.text) {
		return false
	}
	from, _ := sentenceAround(d.para, max(0, d.start-1))
	return from < d.start && containsWords(strings.ToLower(d.para.Text[from:d.start]), speaker)
}

// quotedIn lists the quotations of a text, with their quotation marks.
func quotedIn(text string) []string {
	var out []string
	for _, m := range quotation.FindAllString(text, -1) {
		if len(strings.Fields(m)) >= 2 {
			out = append(out, strings.TrimRight(m, " "))
		}
	}
	return out
}

var (
	// asksWhatSaid matches "what did X say/tell/think …"; its group is X.
	asksWhatSaid = lazyRE(`^what\s+(?:did|does|do|has|had)\s+(?:the\s+|that\s+|this\s+)?(\pL[\pL'’ -]*?)\s+(?:say|said|tell|told|think|thought|add|added|note|noted|write|wrote|report|reported)\b`)
	// quotation finds a quotation in curly or straight double quotes,
	// or one that runs on past the end of its sentence ("“The country
	// needs that shuttle mighty bad. You’ll see.”").
	quotation = lazyRE(`“[^”]{2,400}(?:”|$)|"[^"]{2,400}"`)
	// sayingWord finds a word of saying, or of reporting what was said.
	sayingWord = lazyRE(`\b(?:` + wordsPattern(speechVerbs, []string{"reported", "reports", "recalled", "called"}) + `)\b`)
)

// calledAnswer answers a question about what something is called or
// named ("what was the program's formal name", "what do people call the
// forest") with the name the answering sentence gives after "called",
// "named" or "known as": "formally called the Space Transportation
// System". "" when no sentence that covers the question gives one.
func (e *Engine) calledAnswer(q *question, ranked []scored) string {
	if q.kind != qAny && q.kind != qThing || !asksName.MatchString(q.core) {
		return ""
	}
	for _, d := range answeringSentences(ranked) {
		best, bestFit := "", -1
		for _, m := range namingWord.FindAllStringIndex(d.text, -1) {
			if !e.namesAskedBefore(q, d, m[0]) {
				continue // "the captain called the Coast Guard" names no ferry
			}
			name := givenName(d.text[m[1]:])
			if name == "" || strings.Contains(strings.ToLower(q.text), strings.ToLower(name)) {
				continue
			}
			if fit := namingFit(q.text, d.text[max(0, m[0]-mannerReach):m[1]]); fit > bestFit {
				best, bestFit = name, fit
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// namingFit is how well a naming phrase, with the words just before it,
// names the way the question asks: its manner most ("what is the depot
// officially called" is answered by "officially titled the …", not by
// "commonly called “the barn”"), then its verb ("sometimes called the
// “final jewel”", not "known as the “test of the champion”"). Of two
// that fit as well, the first is taken.
func namingFit(question, naming string) int {
	lq, ln := strings.ToLower(question), strings.ToLower(naming)
	fit := 0
	if manner := namingManner.FindString(lq); manner != "" && strings.Contains(ln, manner) {
		fit += 2
	}
	if verb := namingStem.FindString(ln); verb != "" && namingStem.FindString(lq) == verb {
		fit++
	}
	return fit
}

// mannerReach is how far before a naming word its manner may stand, in
// bytes: "officially titled", "commonly called".
const mannerReach = 20

// namingManner finds the way a name is given: "officially", "locally".
var namingManner = lazyRE(`\b(?:` + namingManners + `)\b`)

// namingManners are the words of the ways a name is given.
const namingManners = `formally|officially|commonly|informally|locally|popularly|usually|often|sometimes|affectionately|colloquially|widely|generally|jokingly`

// namingStem finds the word a naming phrase names with.
var namingStem = lazyRE(`\b(?:call|know|refer|dub|nickname|title|name)`)

var (
	// asksName matches a question for what something is called.
	asksName = lazyRE(`(?i)\b(?:name|names|call|called|known as|nickname|nicknamed|referred to as|refers? to as)\b`)
	// namingWord ends right before the name a sentence gives something,
	// in a naming construction ("formally called", "is named", ",
	// known as"), not a call or an appointment made ("the captain
	// called the Coast Guard").
	// A manner may stand before "as": "known informally as", "what
	// scientists refer to as".
	namingWord = lazyRE(`(?i)(?:\b(?:is|was|are|were|be|been|being|` + namingManners + `|also|now|later|still)\s+|,\s*|^\s*)(?:called|named)\s+(?:the\s+)?|\b(?:(?:known|referred to|refers? to)\s+(?:\w+ly\s+)?as|dubbed|nicknamed|titled)\s+(?:only\s+)?(?:the\s+)?`)
)

// namesAskedBefore reports whether a sentence says, before a naming
// word at i, one of the question's words: what is asked to be named
// ("the ferry … known as"), or, for a sentence the naming opens
// ("Called the Shoreline Deposition Model, …"), a word of the question
// after it.
func (e *Engine) namesAskedBefore(q *question, d *doc, i int) bool {
	if len(q.entities) > 0 && namesAll(q, d) {
		return true // the fact sheet's entry asked about is the sentence's
	}
	for _, t := range d.tokens {
		if t.end > i && i > 0 {
			break
		}
		if slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && (u.term == t.term || slices.Contains(u.syns, t.term)) }) {
			return true
		}
	}
	return false
}

// givenName is the name a naming word gives, at the start of text: the
// words of a quotation that opens it (“Central Virginia Seismic Zone”,
// "final jewel"), else its capitalised words (capitalRun).
func givenName(text string) string {
	opener, size := utf8.DecodeRuneInString(text)
	if quoteOpenAt(string(opener)) == 0 {
		for i, r := range text[size:min(len(text), size+maxQuotedName)] {
			if closesQuote(opener, r) {
				// American commas stand inside the quotation: “pelican state,”
				return strings.TrimSpace(strings.TrimRight(text[size:size+i], ",.;:"))
			}
		}
		return ""
	}
	return capitalRun(text)
}

// maxQuotedName is the longest quotation, in bytes, read as a name.
const maxQuotedName = 60

// capitalRun is the name a text opens with: capitalised words, and the
// little words between them ("Monte del Estado", "Space Transportation
// System"), up to punctuation; "" when it opens with no capital.
func capitalRun(text string) string {
	end, last := 0, 0
	for _, loc := range nameWordRe.FindAllStringIndex(text, 8) {
		if strings.TrimSpace(text[last:loc[0]]) != "" || loc[0] > 0 && last == 0 && end == 0 {
			break // punctuation, or not at the start
		}
		w := text[loc[0]:loc[1]]
		switch {
		case unicode.IsUpper([]rune(w)[0]):
			end = loc[1]
		case !(nameConnectors[w] || joiningWord[w]) || end == 0:
			return text[:end]
		}
		last = loc[1]
	}
	return text[:end]
}

// nameWordRe finds a word of a name, with its inner hyphens and digits.
var nameWordRe = lazyRE(`[\pL\pN][\pL\pN'’-]*`)

// joiningWord are the little words that join the words of a longer name
// besides nameConnectors ("Fish and Wildlife Service", "Center for …").
var joiningWord = map[string]bool{"and": true, "for": true, "the": true}

// timeClauseOf answers "when" with the event the best sentence dates
// what was asked by, when it gives no date: "Shortly after the
// Deepwater Horizon spill began, Service biologists started …" for
// "when did the biologists start planning". The sentence must cover
// the question well and say what happened.
func (e *Engine) timeClauseOf(q *question, ranked []scored) string {
	top, ok := e.whenSentence(q, ranked)
	if !ok {
		return ""
	}
	m := timeClause.FindStringSubmatch(top.d.text)
	if m == nil {
		return ""
	}
	clause := m[1] + m[2]
	if m[1] != "" && e.endsOnAsked(q, clause, top.d.text[len(m[0]):]) {
		// "After enduring more than four months of rations Rickinson,
		// who …, was rescued": the clause runs on into its subject,
		// with no comma between, and says no time of its own.
		return ""
	}
	f := strings.Fields(strings.ToLower(clause))
	if len(f) > 1 && f[0] == "once" && adverbialOnce[f[1]] {
		return "" // "Once again, …", "Once a quiet farming village, …": no time
	}
	if len(f) > 0 && f[0] == "until" && m[2] != "" && !untilAsked.MatchString(q.text) && !notUntilClause.MatchString(top.d.text) {
		return "" // "… closed to boats until she reached shore" says how long, for "until when"
	}
	if !dateIn.MatchString(clause) {
		return clause
	}
	return ""
}

// endsOnAsked reports whether an opening clause ends on a capitalised
// word the question asks about and the comma after it opens a relative
// clause about it ("… rations Rickinson, who was still …"): the
// sentence's subject, not part of its time. "After Hurricane Ian hit
// Florida, the governor …" ends on its own object.
func (e *Engine) endsOnAsked(q *question, clause, after string) bool {
	last := lastWordOf(clause)
	if !opensWithCapital(last) || !relativeOpen.MatchString(after) {
		return false
	}
	terms := e.an.terms(strings.ToLower(last))
	return len(terms) > 0 && slices.ContainsFunc(q.units, func(u unit) bool { return u.term == terms[0] })
}

// whenSentence is the best-ranked document of a when-question when it
// is an article sentence that carries the question well enough to say
// when in its own words.
func (e *Engine) whenSentence(q *question, ranked []scored) (scored, bool) {
	top := ranked[0]
	return top, q.kind == qDate && top.d.kind == docSentence && top.cover >= lineCover && e.couldAnswer(q, top.d.said())
}

// orderedTimeOf answers "when" with the numbered stretch of an event the
// best sentence sets what is asked in, "in the 112th minute", "in the
// third round", "in the second half": the time a match or a race
// keeps, which no calendar date gives. Of several, the one nearest the
// question's words.
func (e *Engine) orderedTimeOf(q *question, ranked []scored) string {
	top, ok := e.whenSentence(q, ranked)
	if !ok {
		return ""
	}
	anchors := highlightAnchors(q, top.d.tokens)
	best, bestGap := "", math.MaxInt
	for _, m := range orderedTime.FindAllStringIndex(top.d.text, -1) {
		if gap := gapTo(m[0], m[1], anchors); gap < bestGap {
			best, bestGap = top.d.text[m[0]:m[1]], gap
		}
	}
	return best
}

// orderedTime finds a numbered stretch of an event: "in the 112th
// minute", "in the second half", "on the final lap".
var orderedTime = lazyRE(`(?i)\b(?:in|during|at|on)\s+the\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|opening)\s+(?:minute|minutes|lap|inning|innings|round|half|quarter|period|set|over|stage|day|week|hour)\b`)

// untilAsked matches a question about how long something lasts.
var untilAsked = lazyRE(`(?i)\b(?:until|till|til|how long)\b`)

// adverbialOnce are the words after which "once" is no "as soon as":
// "once again", "once a village", "once more".
var adverbialOnce = map[string]bool{"again": true, "a": true, "an": true, "the": true, "more": true, "upon": true, "in": true}

// timeClause finds a clause that dates a sentence by another event:
// opening it ("Shortly after the spill began, …", "Once complete, …") or
// closing it ("… soon after the storm passed.", "… until further
// notice."). A closing "while" is as often "whereas" ("…, while the
// police lost one") and is left out.
var timeClause = lazyRE(`^((?i:(?:shortly|soon|right|just|immediately|long|not long)\s+)?(?i:after|before|following|during|until|once|as soon as)\s+[^,;:]{3,80}),|\b((?i:(?:shortly|soon|right|just|immediately)\s+(?:after|before)|until|as soon as)\s+[^,.;:]{3,80})[.;]?$`)

// numberNamedAnswer answers "what is the contract number (for …)" with
// the code the best sentence gives after the word "number" ("contract
// award number W911XK20C0009"): a designation, not a count.
func (e *Engine) numberNamedAnswer(q *question, ranked []scored) string {
	if q.kind != qAny || !asksCode.MatchString(q.core) {
		return ""
	}
	for _, d := range answeringSentences(ranked) {
		if d.pass == nil {
			continue
		}
		// The paragraph's, as a release gives the code in the sentence
		// after the one that names the job ("The project (contract award
		// number W911XK20C0009) will …").
		if code := e.codeFor(q, d.pass); code != "" {
			return code
		}
	}
	return ""
}

// codeFor is the code a paragraph gives after "number": its only one, or,
// when it gives several ("the Fox Harbor job (contract number W1) … the
// Otter Harbor job (contract number W2)"), the one after the last of the
// article's names that the question names; "" when none is.
func (e *Engine) codeFor(q *question, p *passage) string {
	var ms [][]int
	// "the hotline number" is no "model number BM-20415": the word the
	// question puts before "number" stands before it in the text too.
	qual := ""
	if m := asksCode.FindStringSubmatch(q.core); m != nil {
		if f := strings.Fields(m[1]); len(f) > 0 {
			qual = strings.ToLower(f[len(f)-1])
		}
	}
	for _, m := range codeAfter.FindAllStringSubmatchIndex(p.text, -1) {
		if qual == "" || hasWord(lastWords(p.text[max(0, m[0]-40):m[0]], 2), qual) { // "contract award number"
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		return ""
	}
	if len(ms) == 1 {
		return p.text[ms[0][2]:ms[0][3]]
	}
	inQ := e.namesInQuestion(q)
	for _, m := range ms {
		last := ""
		for _, s := range p.names {
			if s.start < m[0] && strings.Contains(s.text, " ") {
				last = strings.ToLower(s.text)
			}
		}
		if last != "" && slices.Contains(inQ, last) {
			return p.text[m[2]:m[3]]
		}
	}
	return ""
}

var (
	// asksCode matches a question for a number that names something:
	// "what is the contract number", "what's the case number".
	asksCode = lazyRE(`(?i)^what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?((?:[\w-]+\s+){0,3})(?:number|numbers|code|id)\b`)
	// codeAfter finds a code of capitals and digits after "number" or
	// "No.".
	codeAfter = lazyRE(`\b(?:number|No\.)\s+([A-Z0-9][A-Z0-9-]{3,}[0-9])\b`)
)

// answeringSentences are the article sentences among the three best
// documents that cover the question nearly as well as the best: the
// ones a phrase answer may be read from.
func answeringSentences(ranked []scored) []*doc {
	best := bestCover(ranked)
	var out []*doc
	for _, s := range ranked[:min(3, len(ranked))] {
		if s.d.kind == docSentence && s.cover >= best*nearBest {
			out = append(out, s.d)
		}
	}
	return out
}

// headNamedAnswer answers "which fleet leads the navy's forces in the
// Pacific?" with the one name in the best sentence that says the
// question's noun as its own word: "U.S. 3rd Fleet". Nothing when the
// best sentence names two ("from Nausori International Airport … to
// Nadi International Airport" for "which airport") or none, or when the
// question says the name itself.
func (e *Engine) headNamedAnswer(q *question, ranked []scored) string {
	m := whichHead.FindStringSubmatch(q.core)
	if q.kind != qAny || m == nil || len(ranked) == 0 || ranked[0].d.kind != docSentence || ranked[0].cover < lineCover {
		return ""
	}
	head := strings.ToLower(m[1])
	if x := lexicon.Lookup(head); x.POS&lexicon.Noun == 0 || x.Kind == "person" {
		// "what did dhoni do" names no kind of thing; "which deputy
		// governor" asks for a person, whom a title does not name.
		return ""
	}
	found := ""
	for _, name := range capitalRuns(ranked[0].d.text) {
		name = afterHolder(name, head)
		if !headOf(name, head) || strings.Contains(strings.ToLower(q.text), strings.ToLower(name)) {
			continue
		}
		if found != "" && found != name || headTwice(name, head) {
			return "" // two of them: which is asked is not for a pattern to say
		}
		found = name
	}
	return found
}

// whichHead matches a question that opens with "which" or "what" and a
// noun, maybe after another word ("which government department"); its
// group is the noun, followed by the question's verb.
var whichHead = lazyRE(`(?i)^(?:which|what)\s+(?:\pL+\s+)?(\pL{3,})\s+(?:is|was|are|were|did|does|do|has|had|will|would|could|can|besides|other\s+than|\pL+ed|\pL+s)\b`)

// afterHolder is a name without the title of someone it opens with:
// "Caribbean Islands National Wildlife Refuge Complex" of "Project
// Leader of the Caribbean Islands …", when the noun asked is in the
// part after "of".
func afterHolder(name, head string) string {
	before, after, ok := strings.Cut(name, " of ")
	if !ok || !headOf(after, head) && !strings.EqualFold(after, head) {
		return name
	}
	if lexicon.Lookup(strings.ToLower(lastWordOf(before))).Kind != "person" {
		return name // "Department of Agriculture"
	}
	return strings.TrimPrefix(after, "the ")
}

// headTwice reports whether a run of capitalised words says the noun
// asked twice: two names joined ("Harbour Committee and the Roads
// Committee").
func headTwice(name, head string) bool {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w == head || w == head+"s" {
			n++
		}
	}
	return n > 1
}

// headOf reports whether a name of two words or more says a noun as one
// of its words, in the name's capitals ("Department of Agriculture" for
// "department", "3rd Fleet" for "fleet"), and does not go on to a
// person's name: "County Commissioner Bob Lee" is no county.
func headOf(name, head string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	at := slices.IndexFunc(words, func(w string) bool {
		l := strings.ToLower(w)
		return (l == head || l == head+"s") && unicode.IsUpper([]rune(w)[0])
	})
	// A run that goes on past the noun to a person's name ends with a
	// given name and a surname: "County Commissioner Bob Lee".
	return at >= 0 && (at >= len(words)-2 || !lexicon.GivenName(words[len(words)-2]))
}

// capitalRuns are a text's runs of capitalised words, with numbers
// ("3rd Fleet") and the little words between them ("Department of
// Agriculture"), each ended by punctuation or a lower-case word.
func capitalRuns(text string) []string {
	var runs []string
	start, end, last := -1, -1, 0
	flush := func() {
		if start >= 0 && end > start {
			run := text[start:end]
			if f := strings.Fields(run); len(f) > 1 && (f[0] == "The" || f[0] == "A") {
				run = strings.Join(f[1:], " ") // "The Nimitz Strike Group" at a sentence's start
			}
			runs = append(runs, run)
		}
		start, end = -1, -1
	}
	for _, loc := range nameWordRe.FindAllStringIndex(text, -1) {
		w := text[loc[0]:loc[1]]
		if gap := strings.TrimSpace(text[last:loc[0]]); gap != "" && (gap != "&" || start < 0) {
			flush() // "Pelican Pub & Brewery" is one name
		}
		last = loc[1]
		r := []rune(w)[0]
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			if start < 0 {
				start = loc[0]
			}
			end = loc[1]
		case start >= 0 && (nameConnectors[w] || joiningWord[w]):
			// may join two parts of the name; end stays at the last
			// capitalised word
		default:
			flush()
		}
	}
	flush()
	return runs
}
