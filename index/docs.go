package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"storybot/corpus"
	"storybot/index/internal/lexicon"
)

// docKind says what an indexed document is.
type docKind uint8

const (
	docSentence  docKind = iota // a sentence of the article
	docEntry                    // a fact-sheet entry as a whole: its card
	docAttribute                // one attribute of a fact-sheet entry
)

// Bleve field names.
const (
	fieldText     = "text"     // what a result shows
	fieldNames    = "names"    // an entry's name and aliases
	fieldCues     = "cues"     // an attribute's label and the words that ask for it
	fieldSection  = "section"  // the article section a sentence is in
	fieldEntities = "entities" // ids of entries the document is about or names
	fieldNearby   = "nearby"   // ids of entries named in the paragraph, or related
)

// where records in which fields of a document a term occurs.
type where uint8

const (
	inText where = 1 << iota
	inNames
	inCues
	inSection
	inContext
	// inValue marks the value of a fact attribute. Matching it is weaker
	// evidence: a question that names London does not ask for the
	// United Kingdom's capital.
	inValue

	// inMain marks fields whose match means the document itself says it.
	inMain = inText | inNames | inCues
)

// doc is an indexed document. Bleve stores nothing: hits are looked up here
// by number, and the analysis done at build time (terms, tokens, mentions) is
// kept for ranking and highlighting without analysing again per question.
type doc struct {
	kind    docKind
	ref     string
	title   string
	text    string
	names   string
	cues    string
	section string
	context string
	// namedAs are the full names of the people an article sentence
	// names by surname alone (addFullNames), which match as its own
	// words do but are not searched.
	namedAs string

	entities []string
	nearby   []string

	terms    map[string]where
	tokens   []token   // analysed tokens of text, for highlighting
	mentions []mention // entity mentions in text

	// The first date, amount of money and counted phrase in the text, for
	// questions that ask for one.
	date, money, count string
	countTerms         []string // analysed words of count
	// figures are an article sentence's figures, for compare questions.
	figures []docFigure

	para *corpus.Paragraph
	// pass is the analysed paragraph of a sentence, which results show,
	// and start the sentence's offset in it.
	pass  *passage
	start int
	entry *corpus.Entry
	attr  *corpus.Attribute
	// support is the article sentence a fact the article states rests
	// on, shown under the fact so a reader sees the article's words.
	support *doc
	// alone is the document's text read as a passage of its own, whose
	// numbers, dates and amounts are read once, on first need.
	alone *passage
}

// passage is an analysed article paragraph.
type passage struct {
	text     string
	tokens   []token
	mentions []mention
	// names are the capitalised names of the text (nameSpans), and lower
	// the text in lower case when that keeps its byte offsets (else ""),
	// for "who is X" and "what is X" questions, found once at Build.
	names []span
	lower string
	// spans are the text's numbers, dates, amounts of money and where
	// its dateline ends (measure), ages where it says someone's age and
	// numbered its numbered names, each found on first need.
	spans    lazy[figureSpans]
	ages     lazy[[][]int]
	numbered lazy[[][]string]
	// kinds are nameKind's kinds of the passage's names, by index.
	kinds lazy[[]string]
	// series are the series its names make (namesSeries), which no
	// question changes.
	series lazy[[]span]
	// para is the paragraph the passage is, whose sentences the corpus
	// split; nil for a piece of text that is no paragraph.
	para *corpus.Paragraph
	// antecedents are, by the start of a sentence that opens with a
	// subject pronoun, the analysed words of the subject it refers to
	// (antecedent), found once at Build.
	antecedents map[int][]string
	// heading is the analysed words of the heading the passage stands
	// under, when that is a heading of its own and not the story's
	// first (its title or its lead's, which names what the whole story
	// is about), found once at Build; nil otherwise.
	heading []string
}

// sentenceAt is the byte range of the passage's sentence that holds
// offset i (sentenceAround), or the whole text of a piece that is no
// paragraph.
func (p *passage) sentenceAt(i int) (from, to int) {
	if p.para == nil {
		return 0, len(p.text)
	}
	return sentenceAround(p.para, i)
}

// addAntecedent records the subject (antecedent) that the sentence
// starting at offset at refers to, if any.
func (p *passage) addAntecedent(at int, subject string, an analyzer) {
	if subject == "" {
		return
	}
	if p.antecedents == nil {
		p.antecedents = map[int][]string{}
	}
	p.antecedents[at] = an.terms(subject)
}

// figureSpans are what "how many", "when" and "how much" read of a
// text: its numbers, dates, amounts of money, and where its dateline
// ends.
type figureSpans struct {
	nums, dates, money []span
	dateline           int
}

// lazy is a value found on first need, once, and kept; safe for
// concurrent questions. What questions read of a story's paragraphs and
// sentences (their numbers, dates, ages, numbered names) is found by the
// costliest expressions of the engine, and question after question reads
// the same best passages: a count question on the built-in story took
// 0.9 ms, most of it reading its best sentence's numbers again.
type lazy[T any] struct {
	mu   sync.Mutex
	done atomic.Bool
	v    T
}

// get is the value, found by find the first time. A find that panics
// leaves nothing kept, and the next question finds it again (and panics
// again, as it would without the cache): a sync.Once would count the
// panic as done and give every later question a zero value.
func (l *lazy[T]) get(find func() T) T {
	if l.done.Load() {
		return l.v
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.done.Load() {
		l.v = find()
		l.done.Store(true)
	}
	return l.v
}

// measure is the passage's figures.
func (p *passage) measure() figureSpans {
	return p.spans.get(func() figureSpans {
		dateLocs := dateIn.FindAllStringIndex(p.text, -1)
		return figureSpans{numbersAt(p.text, dateLocs), datesAt(p.text, dateLocs), moneySpans(p.text), datelineEnd(p.text)}
	})
}

// moneySpans are the passage's amounts of money (moneySpans).
func (p *passage) moneySpans() []span { return p.measure().money }

// datelineAt is where the passage's dateline ends, 0 when it has none.
func (p *passage) datelineAt() int { return p.measure().dateline }

// numberSpans are the passage's numbers (numbers).
func (p *passage) numberSpans() []span { return p.measure().nums }

// dateSpans are the passage's dates.
func (p *passage) dateSpans() []span { return p.measure().dates }

// nameKindOf is nameKind of a span of the passage's text, read once for
// each of the passage's names: the engine asks it of the same names at
// build and on every "who" and "where" question.
func (p *passage) nameKindOf(s span) string {
	kinds := p.kinds.get(func() []string {
		out := make([]string, len(p.names))
		for i, n := range p.names {
			out[i] = nameKind(p.text, n)
		}
		return out
	})
	// The names are in the text's order: found by halves, not read one
	// by one, as a paragraph may hold thousands.
	if i, ok := slices.BinarySearchFunc(p.names, s.start, func(n span, start int) int { return n.start - start }); ok && p.names[i] == s {
		return kinds[i]
	}
	return nameKind(p.text, s)
}

// ageLocs are where the passage says someone's age (ageRe).
func (p *passage) ageLocs() [][]int {
	return p.ages.get(func() [][]int { return ageRe.FindAllStringIndex(p.text, -1) })
}

// numberedNameMatches are the passage's numbered names, as numberedName's
// submatches.
func (p *passage) numberedNameMatches() [][]string {
	return p.numbered.get(func() [][]string { return numberedName.FindAllStringSubmatch(p.text, -1) })
}

// passagesOf lists the paragraphs the sentence documents point at, each
// once, in article order.
func passagesOf(docs []*doc) []*passage {
	var out []*passage
	for _, d := range docs {
		if d.pass != nil && (len(out) == 0 || out[len(out)-1] != d.pass) {
			out = append(out, d.pass)
		}
	}
	return out
}

// fields is what Bleve indexes for the document. The paragraph around a
// sentence, and the aliases of an attribute's entry, only count towards
// coverage (see analyse): given to Bleve as well, they repeat the same text
// in many documents, costing build time for no better candidates, since
// the sentence or card that holds the words is a candidate already.
func (d *doc) fields() map[string]any {
	f := map[string]any{fieldText: d.text}
	if d.kind == docEntry {
		f[fieldNames] = d.names
	}
	for name, v := range map[string]string{fieldCues: d.cues, fieldSection: d.section} {
		if v != "" {
			f[name] = v
		}
	}
	if len(d.entities) > 0 {
		f[fieldEntities] = d.entities
	}
	if len(d.nearby) > 0 {
		f[fieldNearby] = d.nearby
	}
	return f
}

// carry holds the names a paragraph goes on about without saying them:
// "she said", "the Refuge" speak of what the paragraph before named, or,
// when that one named no one, of what the last paragraph to name anyone
// named (chained).
type carry struct {
	names   string
	chained bool
	seen    map[string]bool // every name said so far
}

// next returns the names carried into a paragraph that says the names
// own, and moves on past it. A paragraph that names someone or something
// new ("At Heron Bay, …") has moved on from what was named paragraphs
// ago, though not from the paragraph just before ("…, said Ann Lee,
// the refuge's manager").
func (c *carry) next(own []span) string {
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	into := c.names
	if c.chained && slices.ContainsFunc(own, func(s span) bool { return !c.seen[s.text] }) {
		into = ""
	}
	for _, s := range own {
		c.seen[s.text] = true
	}
	if len(own) > 0 {
		c.names, c.chained = spanTexts(own), false
	} else {
		c.names, c.chained = into, true
	}
	return into
}

// pronounCarry follows whom a sentence's "he" or "she" means when it
// names no one before the pronoun: the person whose name last opened a
// sentence of the paragraph; else, in a biography (a story titled with a
// person's name), its subject, for the pronoun its lead uses of them. A
// biography says "In 1908, he married Dagmar Andersen" paragraphs after
// it last named its subject; a news story's "he" in a new paragraph may
// be anyone's. subjectEntity is the subject's fact-sheet entry, once a
// sentence opened with the subject's name; name and entity are the
// paragraph's last person.
type pronounCarry struct {
	biography
	subjectEntity string
	name, entity  string
}

// biography is the subject of a story about one person and the pronoun
// its lead uses of them ("he", "she"); both "" for any other story.
type biography struct{ subject, pronoun string }

// biographyOf reads whether a story is a biography: its title is a name
// its lead says, first and last word ("Knud Rasmussen" of "Knud Johan
// Victor Rasmussen (7 June 1879 – …) was a … explorer"), and the lead
// says "he" or "she" (a ship's or a battle's lead says "it").
func biographyOf(c *corpus.Corpus) biography {
	if len(c.Article.Paragraphs) == 0 || !leadNamesTitle(c.Title, c.Article.Paragraphs[0].Text) || endsWithCommonNoun(c.Title) {
		return biography{}
	}
	if m := heOrShe.FindString(c.Article.Paragraphs[0].Text); m != "" {
		return biography{c.Title, strings.ToLower(m)}
	}
	return biography{}
}

// endsWithCommonNoun reports whether a title's last word is a common
// noun of English and its first no given name: "Scopes Trial", "Halifax
// Explosion", not "Ann Baker" (a surname may be a common noun).
func endsWithCommonNoun(title string) bool {
	f := strings.Fields(title)
	return len(f) > 0 && lexicon.Lookup(strings.ToLower(f[len(f)-1])).Common() && !lexicon.GivenName(f[0])
}

// leadNamesTitle reports whether a title of two to four capitalised
// words, none a stop word, has its first and last words in the lead.
func leadNamesTitle(title, lead string) bool {
	f := strings.Fields(title)
	if len(f) < 2 || len(f) > 4 || slices.ContainsFunc(f, func(w string) bool { return !opensWithCapital(w) || stopWord(strings.ToLower(w)) }) {
		return false
	}
	words := strings.Fields(strings.ToLower(lead))
	return slices.Contains(words, strings.ToLower(f[0])) && slices.Contains(words, strings.ToLower(f[len(f)-1]))
}

// newParagraph forgets the paragraph's people.
func (c *pronounCarry) newParagraph() { c.name, c.entity = "", "" }

// referent returns what a sentence starting at offset start of its
// paragraph refers back to, and the fact-sheet entry that is, if any:
// found, the antecedent read from the sentence before, unless that is
// itself only a pronoun; else whom its "he" or "she" means. It then
// notes the person whose name opens the sentence, if one does.
func (c *pronounCarry) referent(found, sentence string, start int, pass *passage) (string, []string) {
	var entity string
	if first, _, _ := strings.Cut(found, " "); found == "" || subjectPronouns[strings.ToLower(first)] {
		found = ""
		if m := heOrShe.FindStringIndex(sentence); m != nil && !nameBefore(pass.names, start, start+m[0]) {
			switch {
			case c.name != "":
				found, entity = c.name, c.entity
			case strings.ToLower(sentence[m[0]:m[1]]) == c.pronoun:
				found, entity = c.subject, c.subjectEntity
			}
		}
	}
	c.opens(start, pass)
	if entity == "" {
		return found, nil
	}
	return found, []string{entity}
}

// opens notes the person, or name of no known kind, that opens the
// sentence starting at offset start: not a place or a body ("Elm
// Fisheries Board hired her").
func (c *pronounCarry) opens(start int, pass *passage) {
	i := slices.IndexFunc(pass.names, func(s span) bool { return s.start == start })
	if i < 0 {
		return
	}
	s := pass.names[i]
	if k := pass.nameKindOf(s); k != "" && k != "person" {
		return
	}
	c.name, c.entity = s.text, mentionAt(pass, s)
	if c.subject != "" && c.subjectEntity == "" && lastWordOf(s.text) == lastWordOf(c.subject) {
		c.subjectEntity = c.entity
	}
}

// heOrShe matches the pronouns that stand for one person.
var heOrShe = lazyRE(`\b(?:[Hh]e|[Ss]he)\b`)

// nameBefore reports whether a name span starts in [from, to).
func nameBefore(names []span, from, to int) bool {
	return slices.ContainsFunc(names, func(s span) bool { return s.start >= from && s.start < to })
}

// buildDocs turns a corpus into documents: one per article sentence, one
// card per fact-sheet entry, and one per entry attribute, so a question about
// a single fact ("who built the Sea Lark?") can rank that fact first. It
// stops with ctx's error, before the next paragraph or document, when ctx
// ends.
func buildDocs(ctx context.Context, c *corpus.Corpus, bio biography, an analyzer, em *entityMatcher) ([]*doc, error) {
	var docs []*doc
	var topic carry
	person := pronounCarry{biography: bio}
	for pi := range c.Article.Paragraphs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p := &c.Article.Paragraphs[pi]
		pass := newPassage(p, c.Article.Paragraphs[0].Section, an, em)
		if pi > 0 && p.Section != c.Article.Paragraphs[pi-1].Section {
			topic.names = "" // a new section starts afresh
		}
		carried := topic.next(pass.names)
		person.newParagraph()
		pents := entityIDs(pass.mentions)
		for si, s := range p.Sentences {
			d := &doc{
				kind:    docSentence,
				ref:     p.Ref(),
				title:   p.Section,
				text:    s.Text,
				section: p.Section,
				context: p.Text,
				para:    p,
				pass:    pass,
				start:   s.Start,
			}
			if len(p.Sentences) == 1 {
				d.context = "" // the sentence already is the paragraph
			}
			if carried != "" {
				d.context += " " + carried
			}
			if si > 0 {
				// "It lasted eleven weeks and ended on December 21" says
				// the strike of the sentence before ended then.
				d.names = antecedent(s.Text, p.Sentences[si-1].Text)
			}
			d.names, d.entities = person.referent(d.names, s.Text, s.Start, pass)
			pass.addAntecedent(s.Start, d.names, an)
			if pi > 0 && quoteOpens(p.Text) {
				// A paragraph that opens with a quote goes on from the
				// one before, which says who speaks and of what.
				d.context += " " + c.Article.Paragraphs[pi-1].Text
			}
			d.nearby = pents
			docs = append(docs, d)
		}
	}
	for ei := range c.Entries {
		// Only the fact sheet's entries have cards to search: a name
		// found in the article is searched in the article's own words.
		e := &c.Entries[ei]
		names := strings.Join(e.Names(), " ; ")
		card := &doc{
			kind:     docEntry,
			ref:      "facts#" + e.ID,
			title:    e.Name,
			text:     strings.TrimSpace(e.Summary + " " + e.Story),
			names:    names,
			entities: []string{e.ID},
			nearby:   e.Related,
			entry:    e,
		}
		docs = append(docs, card)
		for ai := range e.Attributes {
			a := &e.Attributes[ai]
			f, ok := c.Field(a.Key)
			if !ok {
				continue // Load rejects undeclared keys; a hand-built corpus may not
			}
			docs = append(docs, &doc{
				kind:     docAttribute,
				ref:      "facts#" + e.ID + "." + a.Key,
				title:    e.Name,
				text:     e.Name + " — " + f.Label + ": " + a.Value,
				names:    names,
				cues:     f.Label + " " + strings.Join(f.Cues, " "),
				entities: []string{e.ID},
				nearby:   e.Related,
				entry:    e,
				attr:     a,
			})
		}
	}
	addFullNames(docs, peopleBySurname(passagesOf(docs), bio.subject))
	memo := map[string][]string{}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d.analyse(an, em, memo)
	}
	findSupport(docs)
	return docs, nil
}

// addFullNames adds to the names of each article sentence that names a
// person by surname alone the full name the article gives them
// (peopleBySurname): "Rasmussen contracted pneumonia … dying a few
// weeks later in Copenhagen" names Knud Rasmussen, as a question does
// ("where did Knud Rasmussen die?") and as a sentence whose "he" means
// him does (pronounCarry).
func addFullNames(docs []*doc, full map[string]string) {
	for _, d := range docs {
		if d.kind != docSentence {
			continue
		}
		for _, s := range d.pass.names {
			if s.start < d.start || s.end > d.start+len(d.text) || strings.Contains(s.text, " ") {
				continue
			}
			if name := full[s.text]; name != "" && !strings.Contains(d.namedAs, name) && standsForPerson(d.pass, s) {
				d.namedAs = strings.TrimSpace(d.namedAs + " " + name)
			}
		}
	}
}

// peopleBySurname maps the last word of each person's name of two words
// or more in an article to that name, when it is theirs alone: not a
// surname two people share ("Tom Hale" and his brother "Dan Hale",
// "Jordan Pike" and his father "Robert Pike"), nor a word another name
// holds before its end ("Henry Ford" and the "Ford Motor Company"),
// where the surname alone may mean either; but a biography's subject's
// surname is the subject's.
func peopleBySurname(passages []*passage, subject string) map[string]string {
	people := map[string][]string{} // surname → the names of different people
	inner := map[string]bool{}
	for _, p := range passages {
		for _, s := range p.names {
			f := strings.Fields(s.text)
			if len(f) < 2 {
				continue
			}
			for _, w := range f[:len(f)-1] {
				inner[w] = true
			}
			last := f[len(f)-1]
			if len(people[last]) > 1 {
				continue // two people already: a thousand more say no more
			}
			if k := p.nameKindOf(s); opensWithGivenName(f) && k != "place" && k != "organisation" && !slices.ContainsFunc(people[last], func(n string) bool { return sameNamed(n, s.text) }) {
				people[last] = append(people[last], s.text)
			}
		}
	}
	out := map[string]string{}
	for last, names := range people {
		if len(names) == 1 && !inner[last] {
			out[last] = names[0]
		}
	}
	if f := strings.Fields(subject); len(f) > 1 {
		// A biography's surname is its subject's, though it names his
		// father too ("Christian Rasmussen") and a range after him.
		out[f[len(f)-1]] = subject
	}
	return out
}

// opensWithGivenName reports whether a name's first word may be a given
// name: one of the lists', or no common English word ("Knud"), no noun
// for a person ("Chancellor") and no initials ("PM"). A title is none:
// "Prime Minister Sunak" may be Rishi Sunak.
func opensWithGivenName(words []string) bool {
	w := words[0]
	if lexicon.GivenName(w) {
		return true
	}
	return !commonWord(w) && !personNoun(strings.ToLower(w)) && strings.ToUpper(w) != w
}

// sameNamed reports whether two names may be one person's: the words of
// one are all in the other ("Ed White" of "Senior Pilot Ed White", "Knud
// Rasmussen" of "Knud Johan Victor Rasmussen"; not "Dan Hale" of "Tom
// Hale").
func sameNamed(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	return !slices.ContainsFunc(fa, func(w string) bool { return !slices.Contains(fb, w) })
}

// standsForPerson reports whether a one-word name may be a person's
// surname: the reading of its kind says no other (nameKind), and it
// stands beside no noun for a place or a body ("Lowell, a city of about
// 115,000 people"). A surname that is an English word may open a
// sentence as either ("White was found …", "Rice prices rose"): it is
// taken for the person, as a reader would.
func standsForPerson(p *passage, s span) bool {
	if k := p.nameKindOf(s); k != "" && k != "person" {
		return false
	}
	m := thingBeside.FindStringSubmatch(p.text[s.end:])
	return m == nil || !slices.ContainsFunc(strings.Fields(m[1]), func(w string) bool {
		k := lexicon.Lookup(strings.ToLower(w)).Kind
		return k == "place" || k == "organisation"
	})
}

// thingBeside matches an apposition's first words after a name: ", a city
// of", ", the company that".
var thingBeside = lazyRE(`^,\s+(?:a|an|the)\s+((?:[\pL-]+\s+){0,2}[\pL-]+)`)

// newPassage reads a paragraph once, at Build, for what questions ask of
// it: its tokens, mentions, names, its lower case, and the heading it
// stands under when that is not the story's first (first).
func newPassage(p *corpus.Paragraph, first string, an analyzer, em *entityMatcher) *passage {
	text := withoutItalicMarks(p.Text)
	toks := an.tokens(text)
	pass := &passage{text: text, tokens: toks, mentions: em.find(text, toks), names: nameSpans(text), para: p}
	if p.Section != "" && p.Section != first {
		pass.heading = an.terms(p.Section)
	}
	if lower := strings.ToLower(text); len(lower) == len(text) {
		pass.lower = lower
	}
	return pass
}

// findSupport links each fact the fact sheet says the article states to
// the article sentence that says most of its value (and, between equals,
// most of its entry's names): "listed in 1979" to "… put on the
// endangered species list in 1979". A value the article does not carry
// in one sentence gets none.
func findSupport(docs []*doc) {
	for _, d := range docs {
		if d.kind == docEntry {
			d.support = cardSupport(d, docs)
			continue
		}
		if d.kind != docAttribute || d.attr.Source != corpus.SourceArticle {
			continue
		}
		best := 0.0
		for _, s := range docs {
			if s.kind != docSentence {
				continue
			}
			value := shareIn(d, s, inValue, inText)
			if value < minSupport {
				continue
			}
			if score := 2*value + shareIn(d, s, inNames, inText); score > best {
				best, d.support = score, s
			}
		}
	}
}

// cardSupport is the article sentence that introduces a card's entry:
// the first that names it and says some of the card's words ("Sue
// Cameron, biologist with the U.S. Fish and Wildlife Service"), or nil.
func cardSupport(card *doc, docs []*doc) *doc {
	for _, s := range docs {
		if s.kind == docSentence && slices.Contains(s.entities, card.entry.ID) && shareIn(card, s, inText, inText) >= minCardSupport {
			if retells(card, s) {
				return nil // the card retells that sentence already
			}
			return s
		}
	}
	return nil
}

// retells reports whether a card says most of a sentence's words, its
// entry's names counting.
func retells(card, sentence *doc) bool {
	return shareIn(sentence, card, inText, inText|inNames) >= repeatsSupport
}

// repeatsSupport is the share of a sentence's words a card must say to
// retell it, so that quoting it below the card would say it twice.
const repeatsSupport = 0.8

// minCardSupport is the share of a card's words a sentence must say to
// be shown under it as the article's own introduction of the entry.
const minCardSupport = 0.15

// minSupport is the share of a fact's value a sentence must say to
// support it.
const minSupport = 0.6

// shareIn is the share of a document's terms found in field w that
// another document has in one of the fields in (a sentence, in its
// text).
func shareIn(d, other *doc, w, in where) float64 {
	n, shared := 0, 0
	for t, at := range d.terms {
		if at&w == 0 {
			continue
		}
		n++
		if other.terms[t]&in != 0 {
			shared++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(shared) / float64(n)
}

// analyse records the terms of every field and the mentions in the text.
// memo keeps the terms of texts many documents share (a paragraph, an
// entry's aliases, a field's cue words), so each is analysed once.
func (d *doc) analyse(an analyzer, em *entityMatcher, memo map[string][]string) {
	d.terms = map[string]where{}
	d.tokens = an.tokens(d.text)
	valueStart := len(d.text)
	if d.attr != nil {
		valueStart = len(d.text) - len(d.attr.Value)
	}
	for _, t := range d.tokens {
		if t.start >= valueStart {
			d.terms[t.term] |= inValue
		} else {
			d.terms[t.term] |= inText
		}
	}
	for _, f := range []struct {
		text string
		w    where
	}{{d.names, inNames}, {d.namedAs, inNames}, {d.cues, inCues}, {d.section, inSection}, {d.context, inContext}} {
		terms, ok := memo[f.text]
		if !ok {
			terms = an.terms(f.text)
			memo[f.text] = terms
		}
		for _, t := range terms {
			d.terms[t] |= f.w
		}
	}
	d.mentions = em.find(d.text, d.tokens)
	d.alone = &passage{text: d.text}
	d.findEvidence(an)
	// A document is about the entries it names, and a fact about its own
	// entry too.
	for _, id := range entityIDs(d.mentions) {
		if !slices.Contains(d.entities, id) {
			d.entities = append(d.entities, id)
		}
	}
}

// docID is the document's Bleve id: its number in the engine's document
// list, zero-padded so that ids sort as numbers (Engine.search).
func docID(i int) string { return fmt.Sprintf("%08d", i) }

// quoteOpens reports whether a paragraph opens with a quotation mark.
func quoteOpens(text string) bool {
	return strings.HasPrefix(text, "“") || strings.HasPrefix(text, "\"") || strings.HasPrefix(text, "‘")
}

// spanTexts joins the texts of spans with spaces.
func spanTexts(sp []span) string {
	texts := make([]string, len(sp))
	for i, x := range sp {
		texts[i] = x.text
	}
	return strings.Join(texts, " ")
}

// subjectPronouns open a sentence that goes on about the one before's
// subject.
var subjectPronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true}

// antecedent is the subject of the sentence before (its opening words, up
// to a verb, a comma or five words) when a sentence opens with a subject
// pronoun, else "".
func antecedent(sentence, before string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(sentence), " ")
	if !subjectPronouns[strings.ToLower(first)] {
		return ""
	}
	var out []string
	for _, w := range strings.Fields(before) {
		bare := strings.ToLower(strings.Trim(w, ",;:.!?\"“”'’"))
		if len(out) == 5 || verbForm(bare) || pastEd(bare) {
			break
		}
		out = append(out, w)
		if strings.ContainsAny(w, ",;:") {
			break
		}
	}
	return strings.Join(out, " ")
}

// withoutItalicMarks is a paragraph's text with the underscores that
// mark italics in text converted from a wiki or markdown made spaces, so
// the text keeps its length and every offset: "About _4,000_ people"
// counts 4,000 people (the figure was read as "000_"), and "_Higher
// Superstition_" is a name. An underscore inside a word joins an address
// or a name ("green_river", "ann_lee@fws.gov"), and stays. The results
// show the paragraph as written.
func withoutItalicMarks(text string) string {
	if !strings.Contains(text, "_") {
		return text
	}
	b := []byte(text)
	for i, c := range b {
		if c != '_' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+1:])
		if !wordRune(before) || !wordRune(after) { // the text's edges decode as no rune of a word
			b[i] = ' '
		}
	}
	return string(b)
}

// wordRune reports whether a rune is part of a word: a letter, a digit
// or an underscore.
func wordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }
