package index

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"storybot/index/internal/lexicon"
)

// A reader asks what the article names of a sort: "which people are
// mentioned?", "list the dates in the story", "what places does the
// article mention?". No passage answers by its words, which are the
// question's frame; the article's names and dates of that sort do, each
// once, in the article's order, with the sentences that first name them
// as the passages.

// asksNamed matches a question about what the article names of a
// generic sort, capturing the sort's word: "which people are
// mentioned?", "list the people mentioned", "name the places in it".
var asksNamed = lazyRE(`(?i)^(?:(?:which|what)\s+(?:are\s+)?(?:all\s+)?(?:the\s+)?|(?:list|name|give me)\s+(?:all\s+|every\s+)?(?:of\s+)?(?:the\s+)?)(people|persons|individuals|places|locations|organi[sz]ations|agencies|dates|days|numbers|figures)` +
	`(?:\s+(?:that\s+)?(?:(?:are|were|is|was|get|got)\s+)?(?:mentioned|named|listed|quoted|given|cited))?` +
	`(?:\s+(?:does|did|do)\s+(?:the|this)\s+(?:story|article|piece)\s+(?:mention|name|list|cite|give|quote))?` +
	`(?:\s+(?:in|from|of)\s+(?:(?:the|this)\s+(?:story|article|piece)|it))?\s*[.?!]*$`)

// namedSorts maps the words for a sort to the sort: the kind nameKind
// gives a name, or "date" or "number".
var namedSorts = map[string]string{
	"people": "person", "persons": "person", "individuals": "person",
	"places": "place", "locations": "place",
	"organizations": "organisation", "organisations": "organisation", "agencies": "organisation",
	"dates": "date", "days": "date",
	"numbers": "number", "figures": "number",
}

// named answers a question about what the article names of a sort, or
// returns nil when the question is no such question.
func (e *Engine) named(q *question, text string, opt Options, start time.Time) *Answer {
	var items []string
	var where []scored
	if asksQuotedCount.MatchString(q.core) {
		// "how many people are quoted?": the count, then who
		if items, where = e.speakers(); len(items) == 0 {
			return nil
		}
		return e.framedAnswer(q, text, fmt.Sprintf("%d: %s", len(items), strings.Join(items, ", ")), where, opt, start)
	}
	if m := asksNamed.FindStringSubmatch(q.core); m != nil {
		items, where = e.namedOfSort(namedSorts[strings.ToLower(m[1])])
	} else if asksQuoted.MatchString(q.core) {
		items, where = e.speakers()
	} else if of, ok := quotedPeopleOf(q.core); ok {
		items, where = e.speakersSaying(of)
	} else {
		return nil
	}
	sep := ", "
	if slices.ContainsFunc(items, func(it string) bool { return strings.Contains(it, ",") }) {
		sep = "; " // "April 16, 2024; March 14, 2024"
	}
	return e.framedAnswer(q, text, strings.Join(items, sep), where, opt, start)
}

// asksQuoted matches a question about who the article quotes: "who is
// quoted in the story?", "name everyone who is quoted", "list the people
// quoted in the article".
var asksQuoted = lazyRE(`(?i)^(?:who\s+(?:all\s+)?(?:is|are|was|were|gets?|got)\s+quoted|(?:list|name)\s+(?:all\s+|every\s+)?(?:of\s+)?(?:the\s+)?(?:people|persons|everyone|everybody|anyone|sources|speakers)\s+(?:who\s+(?:is|are|was|were|gets?|got)\s+|that\s+(?:is|are|was|were)\s+)?quoted|(?:which|what)\s+(?:people|persons|sources|experts|officials)\s+(?:are|were|get|got)\s+quoted)` +
	`(?:\s+(?:in|by)\s+(?:the|this)\s+(?:story|article|piece))?\s*[.?!]*$`)

// asksQuotedCount matches a question for how many people the article
// quotes: "how many people are quoted in the article?".
var asksQuotedCount = lazyRE(`(?i)^how\s+many\s+(?:people|persons|individuals|sources|speakers|experts|officials)\s+(?:are|were|get|got|does\s+(?:the|this)\s+(?:story|article|piece))\s+(?:quoted|quote|cited|cite)(?:\s+(?:in|by)\s+(?:the|this)\s+(?:story|article|piece))?\s*[.?!]*$`)

// asksQuotedOf matches "which NOUN (of X) are quoted": which members of
// the crew, which officers, which NASA scientists.
var asksQuotedOf = lazyRE(`(?i)^(?:which|what)\s+(?:([\pL'’-]+(?:\s+[\pL'’-]+)??)\s+)?(\pL+)(?:\s+(?:of|from|at|in)\s+([^?]{1,60}?))?\s+(?:are|were|is|was|get|got)\s+quoted(?:\s+(?:in|by)\s+(?:the|this)\s+(?:story|article|piece)|\s+here)?\s*[.?!]*$`)

// quotedPeopleOf reads "which NOUN (of X) are quoted" when NOUN is a word
// for people, returning the words that say whose (X, and the words
// before NOUN: "NASA" of "which NASA scientists").
func quotedPeopleOf(core string) (of string, ok bool) {
	m := asksQuotedOf.FindStringSubmatch(core)
	if m == nil || !lexicon.IsA(strings.ToLower(m[2]), "person") && lexicon.Lookup(strings.ToLower(m[2])).Kind != "person" {
		return "", false
	}
	return strings.TrimSpace(m[1] + " " + m[3]), true
}

// speakersSaying keeps, of the people the article quotes, those the
// article's own words (its quotations left out) say are of whose the
// question asks: the capitalised words of of ("Florida" of "Florida's
// own crew"), or its other words when it has none, in a sentence that
// names the speaker. Every speaker is kept when of is empty.
func (e *Engine) speakersSaying(of string) ([]string, []scored) {
	items, where := e.speakers()
	words := capitalisedWords(of)
	if len(words) == 0 {
		words = itemWord.FindAllString(strings.ToLower(of), -1)
	}
	own := e.ownWords()
	var keptItems []string
	var kept []scored
	for i, it := range items {
		about := strings.ToLower(ownWordsOf(own, it, items))
		if !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(about, strings.ToLower(w)) }) {
			keptItems, kept = append(keptItems, it), append(kept, where[i])
		}
	}
	return keptItems, kept
}

// ownWordsOf is what the article says in its own words (own, from
// ownWords), its quotations left out, in the sentences that name a
// person: "Chief Petty Officer Lee
// Taylor, a fire control technician and Florida strike fire control
// division leading chief petty officer, said …". A surname names the
// person too ("said Taylor"), unless it is a word of another of the
// people's names (Ann Lee's "Lee" of Lee Taylor).
func ownWordsOf(own []string, person string, people []string) string {
	f := strings.Fields(person)
	surname := f[len(f)-1]
	if slices.ContainsFunc(people, func(o string) bool { return o != person && containsWords(o, surname) }) {
		surname = person
	}
	var b strings.Builder
	for _, s := range own {
		if containsWords(s, surname) {
			b.WriteString(s)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// ownWords are the article's sentences with their quotations left out,
// read once for all the people ownWordsOf is asked about.
func (e *Engine) ownWords() []string {
	var out []string
	for _, d := range e.docs {
		if d.kind == docSentence {
			out = append(out, quotation.ReplaceAllString(d.text, " "))
		}
	}
	return out
}

// capitalisedWords are a text's words that open with a capital letter,
// without a possessive ending.
func capitalisedWords(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w != "" && unicode.IsUpper([]rune(w)[0]) {
			out = append(out, w)
		}
	}
	return out
}

// speakers lists the people the article quotes, each once, by the full
// name the article gives them, in the article's order, and the
// sentences that first quote them.
func (e *Engine) speakers() (items []string, where []scored) {
	for i, d := range e.docs {
		if d.kind != docSentence {
			continue
		}
		name := attributedSpeaker(d)
		if name == "" {
			continue
		}
		if !strings.Contains(name, " ") {
			if full := e.personBySurname(name); full != "" {
				name = full // "said Peterson": Knutt Peterson, named before
			}
		}
		if name = personName(name); name == "" || slices.ContainsFunc(items, func(it string) bool { return containsWords(it, name) }) {
			continue
		}
		items = append(items, name)
		where = append(where, scored{i: i, d: d, cover: 1, score: 1})
	}
	return items, where
}

// namedOfSort lists the article's names or figures of a sort, each once,
// in the article's order, and the sentences that first give them.
func (e *Engine) namedOfSort(sort string) (items []string, where []scored) {
	seen := map[*doc]bool{}
	for i, d := range e.docs {
		if d.kind != docSentence {
			continue
		}
		for _, s := range e.spansOfSort(sort, d) {
			if slices.ContainsFunc(items, func(it string) bool { return containsWords(strings.ToLower(it), strings.ToLower(s)) }) {
				continue // said before, or part of what was: "2024" of "April 16, 2024", "Meier" of "Walt Meier"
			}
			items = append(items, s)
			if !seen[d] {
				seen[d] = true
				where = append(where, scored{i: i, d: d, cover: 1, score: 1})
			}
		}
	}
	return items, where
}

// spansOfSort are the texts of a sentence's names or figures of a sort:
// the fact sheet's entries of the sort it names, by their names, and the
// other names the sentence surely gives of the sort.
func (e *Engine) spansOfSort(sort string, d *doc) []string {
	p, end := d.pass, d.start+len(d.text)
	in := func(at int) bool { return at >= d.start && at < end }
	var out []string
	switch sort {
	case "date":
		return textsIn(p.dateSpans(), in)
	case "number":
		return textsIn(p.numberSpans(), in)
	}
	for _, m := range p.mentions {
		if en, ok := e.entry(m.entity); ok && in(m.start) && !en.FromArticle && string(en.Kind) == sort {
			out = append(out, en.Name)
		}
	}
	for _, s := range p.names {
		if !in(s.start) {
			continue
		}
		if id := mentionAt(p, s); id != "" && !e.fromArticleOnly(id) || p.nameKindOf(s) != sort || !surelyOfSort(sort, p.text, s) {
			continue
		}
		text := strings.TrimSpace(s.text)
		if sort == "person" {
			text = personName(text)
		}
		if text != "" {
			out = append(out, text)
		}
	}
	return out
}

// textsIn are the texts of the spans that start where in says.
func textsIn(spans []span, in func(int) bool) []string {
	var out []string
	for _, s := range spans {
		if in(s.start) {
			out = append(out, strings.TrimSpace(s.text))
		}
	}
	return out
}

// personName is a person's name without the title before it ("Chuck
// Sams" of "National Park Service Director Chuck Sams"), or "" when what
// is left does not look like a person's name: one word, a word in
// capitals or a stop word ("MAMMOTH HOT SPRINGS", "Study Suggests No"),
// or only common English words ("Space Studies").
func personName(name string) string {
	words := strings.Fields(name)
	for i := len(words) - 1; i >= 0; i-- {
		if x := lexicon.Lookup(strings.ToLower(words[i])); x.Kind == "person" && !x.Capital && x.POS&lexicon.Adjective == 0 {
			words = words[i+1:]
			break
		}
	}
	if len(words) < 2 || notAPersonsWord(words[len(words)-1]) {
		return ""
	}
	common := 0
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,’'"))
		if w == strings.ToUpper(w) && len(w) > 2 || stopWord(beforeApostrophe(lw)) {
			return ""
		}
		if x := lexicon.Lookup(lw); x.Common() && x.Zipf() > 4 {
			common++ // "Devon" of "Devon Kirk" is a name English writes capitalised
		}
	}
	if common == len(words) {
		return ""
	}
	return strings.Join(words, " ")
}

// containsWords reports whether a text holds another as whole words.
func containsWords(text, part string) bool {
	for i := strings.Index(text, part); i >= 0; {
		j := i + len(part)
		if (i == 0 || !isWordByte(text[i-1])) && (j == len(text) || !isWordByte(text[j])) {
			return true
		}
		k := strings.Index(text[i+1:], part)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// notAPersonsWord reports whether a name's last word says it names a
// law, a place or a group ("Act", "Area"), not a person.
func notAPersonsWord(w string) bool {
	lw := strings.ToLower(w)
	return lexicon.IsA(lw, "document") || lexicon.IsA(lw, "location") || lexicon.IsA(lw, "social group")
}

// surelyOfSort reports whether a name nameKind reads as of a sort is
// surely one: a person the sentence gives a role or words, a place whose
// last word WordNet files under places, an organisation named by its
// head word ("… Institute", "… Fund").
func surelyOfSort(sort, text string, s span) bool {
	last := lastNameWord(s.text)
	switch sort {
	case "person":
		return saysWhoSpoke(text, s)
	case "place":
		return placeHeads[last] || lexicon.IsA(last, "location")
	}
	return orgHeads[last]
}

// saysWhoSpoke reports whether a sentence gives a name a role or its
// words ("Knutt Peterson, a cave specialist", "said Ann Lee"): the
// surest signs that it is a person's.
func saysWhoSpoke(text string, s span) bool {
	return roleOf(text, s) != "" || hasWord(lastWords(text[:s.start], 1), speechVerbs...) || hasWord(firstWords(text[s.end:], 1), speechVerbs...)
}

// asksHometown matches a question about where someone is from or lives.
var asksHometown = lazyRE(`(?i)\bwhere\s+(?:is|was|are|were)\s+.+?\s+from\b|\bwhere\s+(?:does|did|do)\s+.+?\s+(?:live|come from|hail from)\b|\bhome\s*town\b`)

// hometown is the place the article gives beside a name the question
// says, as news writes it: "Erik Acosta, 18, of Miami Gardens",
// "Quintero, of El Paso, said"; else the country of the people's
// adjective it sets before the name ("Argentine Alex Miteff": Argentina,
// which WordNet links to the adjective); "" when it gives none. The
// passage that gives it comes with it.
func (e *Engine) hometown(q *question) (string, *passage) {
	if place, p := e.hometownOfName(q); place != "" {
		return place, p
	}
	return e.hometownInName(q)
}

// hometownInName is the place a name the article runs on through "of"
// gives its person ("Jesse Barresse of Hudson was sentenced"), when no
// other passage says where the person is from and the article says the
// place as a place elsewhere ("at his home in Hudson"): "Jane Doe of
// Microsoft" is where she works.
func (e *Engine) hometownInName(q *question) (string, *passage) {
	for _, p := range e.passages {
		for _, s := range p.names {
			person, place, ok := strings.Cut(s.text, " of ")
			if ok && e.namesAskedPerson(q, person) && !strings.Contains(place, " of ") && !slices.ContainsFunc(strings.Fields(place), isOrgHead) && e.saysAsPlace(place) {
				return place, p
			}
		}
	}
	return "", nil
}

// saysAsPlace reports whether the article says a name after "in",
// "from" or "near" somewhere: as a place ("at Microsoft" is no place).
func (e *Engine) saysAsPlace(name string) bool {
	for _, p := range e.passages {
		for at := 0; ; {
			i := strings.Index(p.text[at:], name)
			if i < 0 {
				break
			}
			if asPlaceBefore.MatchString(lookBehind(p.text, at+i)) {
				return true
			}
			at += i + 1
		}
	}
	return false
}

// isOrgHead reports whether a word is an organisation's head word
// ("Bank", "University").
func isOrgHead(w string) bool { return orgHeads[strings.ToLower(w)] }

// asPlaceBefore matches a preposition of place right before a name.
var asPlaceBefore = lazyRE(`\b(?:in|from|near)\s+$`)

// hometownOfName is hometown read from around a name that is the
// person's own.
func (e *Engine) hometownOfName(q *question) (string, *passage) {
	for _, p := range e.passages {
		for _, s := range p.names {
			if !e.namesAskedPerson(q, s.text) {
				continue
			}
			if m := ofPlace.FindStringSubmatch(p.text[s.end:]); m != nil && placeName(m[1]) {
				return m[1], p
			}
			if f := strings.Fields(s.text); len(f) > 1 {
				if country := countryOf(f[0]); country != "" {
					return country, p
				}
			}
			if country := demonymRole(lookBehind(p.text, s.start)); country != "" {
				return country, p // "the American physicist Robert W. Wood"
			}
		}
	}
	return "", nil
}

// demonymRole is the country a people's adjective names when it opens
// the role right before a name ("American" of "the American physicist
// "), else "".
func demonymRole(before string) string {
	m := demonymBeforeRole.FindStringSubmatch(before)
	if m == nil || !personNoun(lexicon.Base(m[2])) {
		return ""
	}
	return countryOf(m[1])
}

// demonymBeforeRole matches a capitalised adjective and a lower-case
// role right after it, ending right before a name ("Italian restaurant
// owner Tom Hale" is no Italian); group 1 is the adjective, group 2 the
// role's noun.
var demonymBeforeRole = lazyRE(`\b(\p{Lu}\pL+)\s+(\p{Ll}[\pL-]*)\s+$`)

// hometownAnswer answers where a person is from (hometown), with the
// sentence that says so; nil when the question asks no such thing or the
// article does not say. It comes before the question's words are
// weighed: "hometown" is seldom a word of the story.
func (e *Engine) hometownAnswer(q *question, text string, opt Options, start time.Time) *Answer {
	if !asksHometown.MatchString(q.core) {
		return nil
	}
	place, p := e.hometown(q)
	if place == "" {
		return nil
	}
	i := e.sentenceSaying(p, place)
	if i < 0 {
		i = e.sentenceSaying(p, "") // "Argentine Alex Miteff" says no "Argentina"
	}
	if i < 0 {
		return nil
	}
	return e.framedAnswer(q, text, place, []scored{e.certain(i)}, opt, start)
}

// sentenceSaying is the document of the first sentence of a paragraph
// that says a text, or -1.
func (e *Engine) sentenceSaying(p *passage, text string) int {
	return slices.IndexFunc(e.docs, func(d *doc) bool { return d.pass == p && d.kind == docSentence && strings.Contains(d.text, text) })
}

// namesAskedPerson reports whether a name is the person a question asks
// about: every given name of it that the question says is said, its
// surname among them ("Maria Lopez" is not "Carlos Lopez, 52, of
// Dover"), and a surname alone ("Greaves, 17, of Westbrook") is asked
// when everyone in the article with that surname is the one the question
// names.
func (e *Engine) namesAskedPerson(q *question, name string) bool {
	words := personWords(name)
	if len(words) == 0 || !e.asksWord(q, words[len(words)-1]) {
		return false
	}
	if len(words) > 1 {
		given := words[:len(words)-1]
		if !slices.ContainsFunc(given, func(w string) bool { return e.asksWord(q, w) }) {
			return !e.sharedSurname(strings.ToLower(name)) // "where is Acosta from", the one Acosta
		}
		return !slices.ContainsFunc(given, func(w string) bool { return !e.asksWord(q, w) })
	}
	for _, n := range e.articleNames {
		f := personWords(n)
		if len(f) > 1 && f[len(f)-1] == words[0] && slices.ContainsFunc(f[:len(f)-1], func(w string) bool { return !e.asksWord(q, w) }) {
			return false // another of that surname, or one the question does not name
		}
	}
	return true
}

// personWords are a name's words in lower case without the title, role
// or people's adjective it opens with ("Reader Jun Park" → "jun",
// "park"; "Argentine Alex Miteff" → "alex", "miteff").
func personWords(name string) []string {
	f := strings.Fields(strings.Trim(name, ".,’' "))
	for len(f) > 2 {
		lw := strings.ToLower(strings.Trim(f[0], ".,"))
		if x := lexicon.Lookup(lw); !isTitleWord(titleCase(lw)) && x.Kind != "person" && !x.Common() && countryOf(lw) == "" {
			break
		}
		f = f[1:]
	}
	out := make([]string, len(f))
	for i, w := range f {
		out[i] = strings.ToLower(strings.Trim(w, ".,’'"))
	}
	return out
}

// asksWord reports whether a question says a word, as a name's or as
// one of its own.
func (e *Engine) asksWord(q *question, w string) bool {
	return slices.ContainsFunc(e.an.terms(w), func(t string) bool {
		return q.nameTerms[t] || slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && u.term == t })
	})
}

// placeName reports whether the words after ", of" name a place, not an
// employer: "Dover", "Sutter Ridge", not "Mercy Hospital" or "Marlow
// Engineering" (WordNet's buildings, institutions, disciplines, and
// people: its "engineering" is an engineer's).
func placeName(text string) bool {
	f := strings.Fields(text)
	last := strings.ToLower(f[len(f)-1])
	if orgHeads[last] {
		return false
	}
	if x := lexicon.Lookup(last); x.POS == 0 || x.Capital {
		return true // a name of its own: "Dover", "Victoria"
	}
	for _, k := range []string{"organization", "institution", "building", "discipline", "business", "person"} {
		if lexicon.IsA(last, k) {
			return false
		}
	}
	return true
}

// ofPlace matches, after a name, an age or none and "of PLACE": ", 18,
// of Miami Gardens", ", of El Paso".
var ofPlace = lazyRE(`^(?:,\s*\d{1,3})?,\s+of\s+(\p{Lu}[\pL.'’-]*(?:\s+\p{Lu}[\pL.'’-]*)*)`)
