package corpus

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FoundName is a name the article mentions, found from its own text: a run
// of capitalised words and the shorter forms that refer back to it.
type FoundName struct {
	// Name is the longest form the article uses ("Winston Lancaster").
	Name string
	// Variants are the other forms that refer to it ("Lancaster"), in the
	// order they first appear.
	Variants []string
	// Kind is a guess: KindPerson, KindPlace, KindOrganisation, or ""
	// when the text gives no sign.
	Kind Kind
	// Mentions are the sentences that mention the name, in article order,
	// each once.
	Mentions []NameMention
	// Count is how many times the article mentions the name in any form.
	Count int
}

// NameMention is one sentence that mentions a found name.
type NameMention struct {
	// Paragraph is the paragraph's Number.
	Paragraph int
	// Sentence indexes the paragraph's Sentences.
	Sentence int
	// Text is the sentence.
	Text string
}

// maxNameWords bounds a name's capitalised words; a longer capitalised run
// is a title-case phrase, not a name.
const maxNameWords = 5

// FindNames lists the names an article mentions, in order of first mention.
// A name is a run of one to five capitalised words, joined perhaps by
// connectors such as "of" or "de" ("University of Alabama"); a sentence's
// first word counts only when it starts a longer run or the article also
// uses it as a name mid-sentence. Forms that are the start or end of a
// longer name ("Lancaster" after "Winston Lancaster") are grouped with it.
// The work is linear in the article's length.
func FindNames(a *Article) []FoundName {
	f := &finder{forms: map[string]*form{}, midSingles: map[string]bool{}, lastWords: map[string]bool{}}
	f.lowerWords = lowerWords(a)
	for pi := range a.Paragraphs {
		p := &a.Paragraphs[pi]
		for si, s := range p.Sentences {
			f.scanSentence(p.Number, si, s.Text)
		}
	}
	return f.result()
}

// token is one word of a sentence.
type token struct {
	text  string // as written, without a possessive "'s"
	lower string
	cap   bool // starts with a capital letter (or "al-" and a capital)
	// initial marks the first word of a sentence or of a quotation, where
	// a capital letter says nothing.
	initial bool
	// breakBefore marks punctuation between this word and the one before,
	// which a name does not cross.
	breakBefore bool
	possessive  bool // ended in "'s": a name ends here
}

// tokenize splits a sentence into words, noting the punctuation between
// them.
func tokenize(s string, out []token) []token {
	out = out[:0]
	brk, initial := true, true
	prevSpace := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := wordEnd(s, i)
			w := s[i:j]
			if j < len(s) && s[j] == '.' && (isInitialism(w) || abbreviatedTitles[strings.ToLower(w)]) {
				j++
				w = s[i:j]
			}
			t := token{text: w, initial: initial, breakBefore: brk}
			if base, ok := cutPossessive(w); ok {
				t.text, t.possessive = base, true
			}
			t.lower = strings.ToLower(t.text)
			t.cap = isCapitalised(t.text)
			out = append(out, t)
			brk, initial, prevSpace = false, false, false
			i = j
			continue
		}
		i += size
		if unicode.IsSpace(r) {
			prevSpace = true
			continue
		}
		brk = true
		if r == '“' || r == '‘' || r == ':' || r == '"' && prevSpace {
			initial = true
		}
		prevSpace = false
	}
	return out
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by apostrophes, hyphens, and the dots of initialisms ("U.S").
func wordEnd(s string, i int) int {
	segment := 0 // letters since the last dot
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			segment++
			i += size
			continue
		case r == '\'' || r == '’' || r == '-' || r == '‑' || r == '.' && segment == 1:
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if i+size < len(s) && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
				if r == '.' {
					segment = 0
				} else {
					segment = 2
				}
				i += size
				continue
			}
		}
		return i
	}
	return i
}

// isInitialism reports whether w is letters joined by dots ("U.S", "D.C").
func isInitialism(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i%2 == 1 && w[i] != '.' || i%2 == 0 && !('A' <= w[i] && w[i] <= 'Z' || 'a' <= w[i] && w[i] <= 'z') {
			return false
		}
	}
	return true
}

func cutPossessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

// isCapitalised reports whether w starts with a capital letter, allowing
// Arabic name particles ("al-Assad").
func isCapitalised(w string) bool {
	for _, p := range []string{"al-", "el-"} {
		if strings.HasPrefix(w, p) {
			w = w[len(p):]
			break
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	if k := strings.LastIndexAny(w, "-‑"); k > 0 {
		last, _ := utf8.DecodeRuneInString(w[k+1:])
		if unicode.IsLower(last) {
			return false // "Victorian-era", "Alabama-based": an adjective
		}
	}
	return unicode.IsUpper(r)
}

// form is one way the article writes a name ("Lancaster").
type form struct {
	text  string
	words []string
	first int // index into finder.occurrences of its first use
	// root is the longer form this one refers to, once grouped.
	root *form
}

// occurrence is one use of a form.
type occurrence struct {
	form      *form
	paragraph int
	sentence  int
	text      string
	// initialSingle marks a single sentence-initial word, kept only if
	// the article uses it as a name elsewhere.
	initialSingle bool
	person, place bool
}

type finder struct {
	occurrences []occurrence
	forms       map[string]*form
	// midSingles are one-word names used mid-sentence; lastWords end a
	// longer name. A sentence's first word is a name only if it is one.
	midSingles, lastWords map[string]bool
	// lowerWords are the words the article writes in lower case
	// somewhere: in a headline in title case, they are no name's.
	lowerWords map[string]bool
	buf        []token // reused between sentences
}

func (f *finder) scanSentence(paragraph, sentence int, text string) {
	toks := tokenize(text, f.buf)
	f.buf = toks
	if titleCased(toks) {
		// "Hi-C Rocket Experiment Achieves Never-Before-Seen Look at
		// Solar Flares": the body's "solar flares" say these are words.
		for i := range toks {
			toks[i].cap = toks[i].cap && !f.lowerWords[toks[i].lower]
		}
	}
	for i := 0; i < len(toks); {
		if !toks[i].cap || isStopWord(toks[i]) {
			i++
			continue
		}
		o := occurrence{paragraph: paragraph, sentence: sentence, text: text}
		if j := afterTitle(toks, i); j > i {
			// "Secretary of State Tom Hale": the title is not part
			// of the name, and says whose name it is.
			o.person = true
			i = j
		}
		end := spanEnd(toks, i)
		for k := i + 1; k < end; k++ {
			if afterTitle(toks, k) > k {
				end = k // "Arizona Governor Jane Dee Hull": a place, then a title and its holder
				break
			}
		}
		if toks[i].initial && end > i+1 && !toks[i+1].cap {
			end = i + 1 // "Called the Shoreline Model": a sentence start, then a name
		}
		if k := weakAnd(toks[i:end]); k > 0 {
			end = i + k
		}
		f.addSpan(toks, i, end, o)
		i = end
	}
}

// lowerWords are the words an article writes in lower case.
func lowerWords(a *Article) map[string]bool {
	out := map[string]bool{}
	var buf []token
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			buf = tokenize(s.Text, buf)
			for _, t := range buf {
				if !t.cap {
					out[t.lower] = true
				}
			}
		}
	}
	return out
}

// titleCased reports whether a sentence is a headline in title case:
// every word of four letters or more capitalised, and at least three
// such words. A sentence of prose has a long word in lower case.
func titleCased(toks []token) bool {
	long := 0
	for _, t := range toks {
		if utf8.RuneCountInString(t.text) < 4 || isStopWord(t) {
			continue
		}
		if !t.cap {
			return false
		}
		long++
	}
	return long >= 3
}

// afterTitle returns where the name after a title starting at i begins
// ("President Joe Biden", "Secretary of State Tom Hale"), or i when
// toks[i] is not a title followed by a name.
func afterTitle(toks []token, i int) int {
	if !titles[strings.TrimSuffix(toks[i].lower, ".")] {
		return i
	}
	j := i + 1
	if j+1 < len(toks) && (toks[j].text == "of" || toks[j].text == "for") && toks[j+1].cap && !toks[j+1].breakBefore {
		j += 2 // "Secretary of State"
	}
	if j >= len(toks) || !toks[j].cap || toks[j].breakBefore || isStopWord(toks[j]) || toks[j-1].possessive {
		return i
	}
	return j
}

// spanEnd returns the end of the run of capitalised words (and the
// connectors between them) starting at i.
func spanEnd(toks []token, i int) int {
	end := i + 1
	for j := i + 1; j < len(toks) && !toks[j].breakBefore && !toks[j-1].possessive; j++ {
		t := toks[j]
		if t.cap && !isStopWord(t) {
			end = j + 1
			continue
		}
		if !connectors[t.text] {
			break
		}
	}
	return end
}

// weakAnd returns where to cut a run at its first "and" when the run is
// not an organisation's name ("Fish and Wildlife Service" is one name,
// "Lancaster and Sharp" two), or 0 to keep it whole.
func weakAnd(span []token) int {
	if slices.ContainsFunc(span, func(t token) bool { return orgWords[t.text] }) {
		return 0
	}
	return max(slices.IndexFunc(span, func(t token) bool { return t.text == "and" }), 0)
}

// addSpan records toks[i:end] as a use of a name, with what the words
// around it say about its kind.
func (f *finder) addSpan(toks []token, i, end int, o occurrence) {
	for end > i+1 && !toks[end-1].cap {
		end-- // a cut run may end in a connector
	}
	span := toks[i:end]
	words := make([]string, 0, len(span))
	caps := 0
	for _, t := range span {
		words = append(words, t.text)
		if t.cap {
			caps++
		}
	}
	if caps > maxNameWords || len(span) == 1 && (utf8.RuneCountInString(span[0].text) < 2 || titles[strings.TrimSuffix(span[0].lower, ".")]) {
		return
	}
	var prev, next token
	if i > 0 && !toks[i].breakBefore {
		prev = toks[i-1]
	}
	if end < len(toks) {
		next = toks[end]
	}
	o.person = o.person || roleWords[prev.lower] || saidWords[prev.lower] || saidBeforeRole(toks, i) ||
		!next.breakBefore && saidWords[next.lower] || next.breakBefore && next.lower == "who"
	o.place = placeWords[prev.lower]
	o.initialSingle = len(span) == 1 && span[0].initial
	text := strings.Join(words, " ")
	fm := f.forms[text]
	if fm == nil {
		fm = &form{text: text, words: words, first: len(f.occurrences)}
		f.forms[text] = fm
	}
	o.form = fm
	f.occurrences = append(f.occurrences, o)
	if len(span) == 1 && !span[0].initial {
		f.midSingles[text] = true
	}
	if len(span) > 1 {
		f.lastWords[words[len(words)-1]] = true
	}
}

// result drops the sentence-initial words that are not names, groups short
// forms with the longer names they refer to, and builds the list.
func (f *finder) result() []FoundName {
	kept := f.occurrences[:0]
	for _, o := range f.occurrences {
		w := o.form.text
		if o.initialSingle && !f.midSingles[w] && !f.lastWords[w] {
			continue
		}
		kept = append(kept, o)
	}
	f.occurrences = kept
	used := map[*form]bool{}
	for _, o := range kept {
		used[o.form] = true
	}
	forms := make([]*form, 0, len(used))
	for fm := range used {
		forms = append(forms, fm)
	}
	sort.Slice(forms, func(i, j int) bool { return forms[i].first < forms[j].first })
	groupForms(forms)
	return f.build()
}

// groupForms points each form that is the start or end of longer names
// (not organisations) at the longest of them, when they all belong to one
// name; an ambiguous short form ("Smith" of two Smiths) stays apart.
func groupForms(forms []*form) {
	byLength := append([]*form(nil), forms...)
	sort.SliceStable(byLength, func(i, j int) bool { return len(byLength[i].words) > len(byLength[j].words) })
	parts := map[string][]*form{} // a proper prefix or suffix -> the forms it is part of
	for _, fm := range byLength {
		if cands := parts[fm.text]; len(cands) > 0 {
			root := rootOf(cands[0])
			for _, c := range cands[1:] {
				if rootOf(c) != root {
					root = nil
					break
				}
			}
			if root != nil {
				fm.root = root
			}
		}
		if isOrganisation(fm.words) {
			// "the Service" refers back to an organisation; "Alabama"
			// does not, though "Alabama Bat Working Group" starts with it.
			if last := fm.words[len(fm.words)-1]; len(fm.words) > 1 && orgWords[last] {
				parts[last] = append(parts[last], fm)
			}
			continue
		}
		for k := 1; k < len(fm.words); k++ {
			for _, p := range [][]string{fm.words[:k], fm.words[k:]} {
				if connectors[p[0]] || connectors[p[len(p)-1]] {
					continue
				}
				text := strings.Join(p, " ")
				parts[text] = append(parts[text], fm)
			}
		}
	}
}

func rootOf(fm *form) *form {
	for fm.root != nil {
		fm = fm.root
	}
	return fm
}

// build collects each group's mentions and guesses its kind.
func (f *finder) build() []FoundName {
	type group struct {
		name    FoundName
		forms   []*form
		person  bool
		place   bool
		backref bool // a single-word form used after the full name
	}
	var groups []*group
	byRoot := map[*form]*group{}
	for _, o := range f.occurrences {
		root := rootOf(o.form)
		g := byRoot[root]
		if g == nil {
			g = &group{name: FoundName{Name: root.text}}
			byRoot[root] = g
			groups = append(groups, g)
		}
		if !slices.Contains(g.forms, o.form) {
			g.forms = append(g.forms, o.form)
			if o.form != root {
				g.name.Variants = append(g.name.Variants, o.form.text)
			}
		}
		if len(o.form.words) == 1 && o.form != root && o.form.first > root.first && o.form.words[0] == root.words[len(root.words)-1] {
			// A person is named again by the last word of the name
			// ("Wolkowsky"); "the Marquesas" of "Marquesas Keys" is a
			// place's first word.
			g.backref = true
		}
		g.person = g.person || o.person
		g.place = g.place || o.place
		g.name.Count++
		m := NameMention{Paragraph: o.paragraph, Sentence: o.sentence, Text: o.text}
		if n := len(g.name.Mentions); n == 0 || g.name.Mentions[n-1].Paragraph != m.Paragraph || g.name.Mentions[n-1].Sentence != m.Sentence {
			g.name.Mentions = append(g.name.Mentions, m)
		}
	}
	out := make([]FoundName, len(groups))
	for i, g := range groups {
		root := rootOf(g.forms[0])
		g.name.Kind = guessKind(root.words, g.person, g.place, g.backref)
		out[i] = g.name
	}
	return out
}

// saidBeforeRole reports whether a name at toks[i] is the speaker a word
// of saying names by a role of one to three lower-case words: "said
// harbour master Tom Hale", "says project manager Ann Lee".
func saidBeforeRole(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= maxRoleWords+1; j-- {
		t := toks[j]
		if t.cap || j+1 < len(toks) && toks[j+1].breakBefore {
			return false
		}
		if saidWords[t.lower] {
			return j < i-1
		}
		if stopWords[t.lower] {
			return false // "recalled a cave at Lake Guntersville": no role
		}
	}
	return false
}

// maxRoleWords is how many words a role between "said" and a name may
// take.
const maxRoleWords = 3

// guessKind guesses what a name stands for from its words and the words
// around its uses.
func guessKind(words []string, person, place, backref bool) Kind {
	switch {
	case isOrganisation(words):
		return KindOrganisation
	case person:
		return KindPerson
	case hasAny(words, eventWords):
		return KindEvent
	case place || placeNameWords[words[0]] || placeNameWords[words[len(words)-1]]:
		return KindPlace
	case backref && len(words) >= 2 && len(words) <= 3:
		return KindPerson
	}
	return ""
}

func isOrganisation(words []string) bool { return hasAny(words, orgWords) }

func hasAny(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// isStopWord reports whether a capitalised word is one that is never a
// name by itself: pronouns, articles, prepositions, months, weekdays. An
// all-capitals word ("US") is an acronym, not the pronoun.
func isStopWord(t token) bool {
	lower := t.lower
	if k := strings.IndexAny(lower, "'’"); k > 0 {
		lower = lower[:k] // "I'd", "It's"
	}
	if !stopWords[lower] {
		return false
	}
	return t.text != strings.ToUpper(t.text) || utf8.RuneCountInString(t.text) == 1
}

// withMonths adds the names of the months, as dates are read (monthNames),
// to a set of words.
func withMonths(words map[string]bool) map[string]bool {
	for m := range monthNames {
		words[m] = true
	}
	return words
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

var (
	// stopWords are never names on their own, nor the words of one: these
	// and the months (monthNames: "June", "Sept").
	stopWords = withMonths(wordSet(`i me my mine we us our you your he him his she her it its they them their
		the a an this that these those there here such some any each every all both either neither
		and but or nor so yet if then than when while where what who whom whose which why how
		in on at to for from by with of as after before during since until about into onto over under
		between among through across against without within upon via per like unlike near
		not no yes also however although though because once still even just only
		is are was were be been being do does did has have had will would can could should may might must
		monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
		mr mrs ms dr prof`))
	// connectors join the capitalised words of one name.
	connectors = wordSet(`of de da del della di du der den van von la le al el bin ibn the and y`)
	// titles come before a person's name, capitalised or abbreviated.
	// Words that also start names of things ("General Motors", "King
	// County") are left out.
	titles = wordSet(`mr mrs ms mx dr prof professor president sen senator rep representative
		gov governor secretary minister judge gen col colonel capt captain lt lieutenant
		sgt sergeant cmdr commander adm admiral sir dame mayor chancellor ambassador pope
		rev reverend bishop chairman chairwoman member`)
	// eventWords in a name make it an event's ("Hurricane Dorian").
	eventWords = wordSet(`Hurricane Storm Typhoon Cyclone War Battle Summit Conference Festival
		Election Olympics Games Championship Earthquake Flood`)
	// roleWords, before a name, say it is a person's ("biologist Nicholas
	// Sharp").
	roleWords = wordSet(`biologist scientist researcher professor director spokesman spokeswoman
		spokesperson official officer chief coordinator manager president secretary minister
		senator governor mayor judge chairman chairwoman ceo founder author writer photographer
		reporter ecologist veterinarian doctor colleague volunteer student teacher engineer analyst
		expert specialist ranger agent lawyer attorney farmer pilot captain commander leader
		wife husband son daughter mother father brother sister uncle aunt cousin friend
		mr mrs ms dr mr. mrs. ms. dr. prof.`)
	// saidWords, next to a name, say it is a person's ("said Lancaster").
	saidWords = wordSet(`said says told asked added explained noted recalled`)
	// placeWords, before a name, say it is a place ("in Birmingham").
	placeWords = wordSet(`in at from near`)
	// placeNameWords start or end place names ("Lake Guntersville").
	placeNameWords = wordSet(`Lake River Mount Mountain Mountains Island Islands Bay Gulf Sea Ocean
		County City Park Valley Beach Coast Creek Canyon Desert Forest Refuge Street Avenue Road
		Airport Province Region Strait Peninsula Harbor Harbour Falls Springs Reservoir Sound`)
	// orgWords in a name make it an organisation's.
	orgWords = wordSet(`Department Service Agency Group University Council Ministry Committee
		Association Office Company Inc Inc. Corp Corp. Fund Foundation Society Institute
		Administration Commission Bureau Network Party Division Center Centre Board Corporation
		Authority Bank Court Army Navy Police Club League Union Laboratory Museum School College
		Hospital Ltd LLC Organization Organisation Federation Alliance Trust Conservancy`)
)
