package index

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strings"

	"storybot/corpus"
	"storybot/index/internal/lexicon"
)

// dimension is a quantity a question can ask for which many stories
// never state at all: a speed, a weight, a height or depth, an age, a
// time of day, a storm's category or a quake's magnitude. When the story
// states none anywhere, the question it asks is one the story doesn't
// say, however well its subject matches: "how fast was the asteroid
// going?" of an article that gives no speed.
type dimension uint8

const (
	dimSpeed dimension = 1 << iota
	dimWeight
	dimHeight
	dimAge
	dimPersonAge
	dimClock
	dimGrade
)

// dimensionCue says how a question asks for a dimension, and how a story
// states one.
type dimensionCue struct {
	dim dimension
	// asked matches a question for the dimension, lower-cased. "How fast"
	// asks for a speed only of a thing that moves: "how fast did the
	// debris bury the school?" is answered by "within minutes".
	asked *lazyRegexp
	// said matches a text that states it, or words near enough that a
	// reader would take them for an answer ("faster than sound", "a
	// 90-year-old building", "built in 1905"): saying too much only
	// keeps the refusal back.
	said *lazyRegexp
}

// lengthSaid is how a text gives a length, a height or a depth: a
// unit of lengthUnits, alone or in a compound ("a 90-foot tree"), a
// building's stories, or words for height.
var lengthSaid = `\b(?:` + wordsPattern(slices.Sorted(maps.Keys(lengthUnits))) + `|stor(?:y|ies|eys?))\b|-(?:foot|feet|meter|metre|mile|inch|story|storey)\b|\b(?:altitudes?|heights?|elevations?|depths?|tall(?:er|est)?|deep(?:er|est)? (?:than|below|under|underground|inside)|high(?:er|est)? (?:than|above|up)|edge of space|stratosphere|orbit|summit)\b`

// ageAsked matches a question for an age: of a person (dimPersonAge) or
// of a thing (dimAge), which untoldDimension tells apart.
var ageAsked = lazyRE(`\bhow old\b|\b(?:what|which) age\b|\bhow young\b`)

// dimensionCues are the dimensions the engine knows a story may not state.
var dimensionCues = []dimensionCue{
	{dim: dimSpeed,
		asked: lazyRE(`\bhow fast\b[^?]*\b(?:go|goes|going|went|travel\w*|fly|flies|flying|flew|move[sd]?|moving|drive[sn]?|driving|drove|sail\w*|run|runs|running|ran|ride|rides|riding|rode|fall|falls|falling|fell|spin\w*|spun|cruis\w+|race[sd]?|racing|swim\w*|swam)\b|\b(?:what|which) (?:was|is|were|are) (?:the |its |their )?(?:top |maximum |max |average |cruising |landing |impact )?(?:speed|velocity)\b|\bat what speed\b`),
		said:  lazyRE(`(?i)\bmph\b|km/h|\bkph\b|\bknots?\b|\b(?:miles?|kilomet(?:er|re)s?|km|feet|ft|met(?:er|re)s?|m) (?:an|per|a) (?:hour|minute|second)\b|\bmach\b|\bspeeds?\b|\bvelocit(?:y|ies)\b|\b(?:super|hyper|sub)sonic\b|\bin (?:an|one|a single) hour\b|\bsound barrier\b|\b(?:fast|slow|quick)(?:er)? than\b`)},
	{dim: dimWeight,
		asked: lazyRE(`\bhow heavy\b|\bhow much (?:did|does|do|was|is|were|are|would|will)\b[^?]*\bweigh\b|\bwhat (?:did|does|do)\b[^?]*\bweigh\b|\b(?:what|which) (?:was|is|were|are) (?:the |its |their )?(?:total |gross )?weight\b`),
		said:  lazyRE(`(?i)\b(?:ounces?|oz|pounds?|lbs?|tons?|tonnes?|grams?|kilograms?|kilos?|kg|mg|milligrams?|tonnage|payload)\b|-(?:pound|ton|tonne|kilogram|gram|ounce)\b|\bweigh|\bheav(?:y|ier|iest)\b`)},
	{dim: dimHeight,
		asked: lazyRE(`\bhow (?:tall|deep)\b|\bhow high (?:up |above |below |over )|\bhow high (?:did|does|do|was|is|were|are|could|can)\b[^?]*\b(?:fly|flies|flew|flown|flying|climb\w*|soar\w*|go|goes|went|reach\w*|rise|rises|rose|risen|get|got|stand|stands|stood|hang\w*|hung|above|up)\b|\b(?:what|which) (?:was|is|were|are) (?:the |its |their )?(?:altitude|height|elevation|depth)\b|\bat what (?:altitude|height|depth)\b`),
		said:  lazyRE(`(?i)` + lengthSaid)},
	{dim: dimAge,
		asked: ageAsked,
		said:  lazyRE(`(?i)-(?:days?|weeks?|months?|years?)-old\b|\b(?:days?|weeks?|months?|years?) old\b|\baged?\b|\bborn\b|\bbirth|\b[A-Z][a-z]+, (?:now |then )?\d{1,3},|\b(?:built|founded|established|constructed|opened|completed|dating|dates?|erected|launched|commissioned|hatched|planted|created|formed|made|centur(?:y|ies)|decades?|since|1\d{3}|20\d{2}|adults?|juveniles?|young|hatchlings?|yearlings?|infants?|babies|baby|teen\w*|child\w*|kids?|elderly|veterans?|retired|students?|seniors?|youths?)\b`)},
	{dim: dimPersonAge,
		asked: ageAsked,
		said:  lazyRE(`(?i)-(?:days?|weeks?|months?|years?)-old\b|\b(?:days?|weeks?|months?|years?) old\b|\baged?\b|\bborn\b|\bbirth|\b\pL[\pL'’-]+, (?:now |then |aged )?\d{1,3}(?:,|\.(?:\s|$)|\s+(?:and|of|from|who|was|is)\b)|\(\d{1,3}\)|\bturn(?:s|ed|ing)? \d{1,3}\b|\b(?:who|which) (?:is|was|are|were) (?:now )?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|\bin (?:his|her|their) (?:early |mid-?|late )?\d0s\b|\b(?:is|was|are|were|at) \d{1,3}(?:[.,;]|\s+(?:when|and|years?|yrs?)\b)|\b\d{1,3} yrs?\b|\bof \d{1,3}\b|, \d{1,3};|\b(?:teen\w*|boy|girl|child|kid|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b`)},
	{dim: dimClock,
		asked: lazyRE(clockCue + `|\bat what (?:time|hour)\b(?: of (?:the )?(?:day|night))?(?: (?:did|does|do|is|was|were|will|would|are)\b|\s*\?|$)`),
		said:  lazyRE(`(?i)` + clockTime + `|o'clock|\b(?:noon|midnight|morning|mornings|afternoon|evening|night|nights|tonight|dawn|dusk|sunrise|sunset|sundown|daybreak|nightfall|overnight|midday|lunch\w*|breakfast|dinner|supper|daylight|dark(?:ness)?|first light)\b|\b\d{4} hours\b|\blocal time\b|\b(?:GMT|UTC|[ECMP][SD]T)\b`)},
	{dim: dimGrade,
		asked: lazyRE(`\b(?:what|which) (?:category|magnitude)\b|\brichter\b|\bhow (?:strong|big|powerful) (?:was|is|were) (?:the )?(?:earthquake|quake|tremors?) on\b`),
		said:  lazyRE(`(?i)\bcategor(?:y|ies)\b|\bcat\.? ?\d\b|\bmagnitudes?\b|\brichter\b|\bscale\b|\bE?F-?\d\b|\blevel \d\b|\bgrade \d\b|\bclass \d\b`)},
}

// dimensionsTold is the set of dimensions a story's documents state
// anywhere, in the article or in the fact sheet.
func dimensionsTold(docs []*doc) dimension {
	// Each paragraph once (its sentences are documents too), with the
	// fact sheet's documents, in one text: a pattern is run once.
	var b strings.Builder
	seen := map[*passage]bool{}
	for _, d := range docs {
		switch {
		case d.pass != nil && seen[d.pass]:
			continue
		case d.pass != nil:
			seen[d.pass] = true
			b.WriteString(d.pass.text)
		default:
			b.WriteString(d.text + "\n" + d.names)
		}
		b.WriteString("\n")
	}
	all := b.String()
	var told dimension
	for _, c := range dimensionCues {
		if c.said.MatchString(all) {
			told |= c.dim
		}
	}
	return told
}

// toldDimensions is the set of dimensions the story states anywhere
// (dimensionsTold), found once, when first asked.
func (e *Engine) toldDimensions() dimension {
	e.toldOnce.Do(func() { e.told = dimensionsTold(e.docs) })
	return e.told
}

// untoldDimension reports whether a question asks for a dimension the
// story states nowhere: then the story doesn't say.
func (e *Engine) untoldDimension(q *question) bool {
	// Most questions ask for no dimension: the story's text is then not
	// read, which costs a process several milliseconds.
	asked := e.dimensionsAsked(q)
	return asked != 0 && asked&^e.toldDimensions() != 0
}

// dimensionsAsked is the set of dimensions a question asks for: a
// person's age by an age, a thing's by when it was made.
func (e *Engine) dimensionsAsked(q *question) dimension {
	asked := strings.ToLower(q.askedText)
	notAsked := dimPersonAge
	if ageAsked.MatchString(asked) && e.asksOfPerson(q) {
		notAsked = dimAge
	}
	var out dimension
	for _, c := range dimensionCues {
		if c.dim != notAsked && c.asked.MatchString(asked) {
			out |= c.dim
		}
	}
	return out
}

// asksOfPerson reports whether a question is about a person: it says
// "he" or "she", the surname of a person the article names, or asks
// the age of a noun for a person ("how old was the driver?", not "how
// old was the driver's bus?").
func (e *Engine) asksOfPerson(q *question) bool {
	for _, w := range wordRe.FindAllString(q.askedText, -1) {
		if personPronoun[strings.ToLower(w)] || e.fullNames[w] != "" {
			return true
		}
	}
	m := ageOfNoun.FindStringSubmatch(strings.ToLower(q.askedText))
	return m != nil && personNoun(lexicon.Base(m[1]))
}

// ageOfNoun matches "how old was the driver" and the noun whose age it
// asks (group 1), the last of its phrase: "bus driver", not "driver's
// bus".
var ageOfNoun = lazyRE(`\bhow old (?:is|was|are|were) (?:the |a |an |this |that |these |those )?(?:\pL+ ){0,2}?(\pL+)(?:\s+(?:when|at|in|on|who|that|during|after|before)\b|\s*[?.!]*$)`)

// givenNameOnly reports whether a lower-case word is a given name and no
// common word: "milena", not "barn", "car" or "land", which the name
// lists also hold.
func givenNameOnly(w string) bool {
	return lexicon.GivenName(w) && !lexicon.Lookup(w).Common()
}

// personPronoun holds the pronouns that stand for a person.
var personPronoun = map[string]bool{"he": true, "she": true, "him": true, "her": true, "his": true, "hers": true}

// askedDimension is the dimension a question asks for, of those a
// measure can give (a speed, a weight), or 0.
func askedDimension(question string) dimension {
	l := strings.ToLower(question)
	for _, c := range dimensionCues[:2] {
		if c.asked.MatchString(l) {
			return c.dim
		}
	}
	return 0
}

// howFast matches a question for a speed or a rate.
var howFast = lazyRE(`(?i)\bhow (?:fast|quickly)\b`)

// speedOrTime reports whether a measure says a speed or a time: "how
// fast did the fire spread?" is answered by "within hours", never by
// "25 yards".
func speedOrTime(m span, after string) bool {
	return measureGives(m, after, dimSpeed) || timeUnits[strings.ToLower(lastWordOf(m.text))]
}

// measureGives reports whether a measure (a number and its unit, as
// measures finds it) gives a dimension: "40 mph" and "40 miles per hour"
// a speed, "600 pounds" a weight. "How heavy was the glider?" is not
// answered by "40 mph".
func measureGives(m span, after string, dim dimension) bool {
	unit := strings.ToLower(lastWordOf(m.text))
	unit = unit[strings.LastIndex(unit, "-")+1:]
	switch dim {
	case dimSpeed:
		return speedUnits[unit] || lengthUnits[unit] && perTime.MatchString(after)
	case dimWeight:
		return weightUnits[unit]
	}
	return true
}

// perTime matches what makes a length a speed: "per hour", "an hour".
var perTime = lazyRE(`(?i)^\s*(?:an|a|per|/)\s*(?:hour|hr|h|minute|min|second|sec|s)\b`)

// speedUnits and weightUnits are the units of a speed and of a weight.
var (
	speedUnits  = map[string]bool{"mph": true, "knots": true, "knot": true, "kph": true, "km/h": true, "mach": true}
	weightUnits = map[string]bool{"ounce": true, "ounces": true, "oz": true, "pound": true, "pounds": true, "lb": true, "lbs": true, "ton": true, "tons": true, "tonne": true, "tonnes": true, "gram": true, "grams": true, "kilogram": true, "kilograms": true, "kg": true, "kilos": true, "mg": true, "milligrams": true}
)

// measureTold reports whether "fast" of "how fast" asks for a speed the
// story gives in numbers ("40 mph") though never in that word: the word
// asks what kind of answer is wanted, not what the question is about.
// Not "far": "how far is the Moon?" is no question about a story that
// gives a lander's height.
func (e *Engine) measureTold(text string, t token) bool {
	return strings.EqualFold(text[t.start:t.end], "fast") && howBefore.MatchString(text[:t.start]) && e.toldDimensions()&dimSpeed != 0
}

// unnamedRole reports whether a question asks the name of someone by a
// role ("what was the captain's name?", "what was the name of the
// cook?") that the story speaks of but names no one for: no person the
// article gives the role or a word of the same sense ("aviator" for
// "pilot"), and no name in any paragraph that mentions it ("the captain
// of the flight had been drinking"). Then the story doesn't say, however
// well "captain" matches. "Who was the captain?" may be answered by what
// the story says of him ("a former Navy aviator"), so only a question
// for the name is refused; and a role the story never uses may be the
// reader's word for one it names another way ("rider" for "jockey").
func (e *Engine) unnamedRole(q *question) bool {
	if !q.nameAsked {
		return false
	}
	head := roleNoun(definedName(q))
	terms := e.an.terms(head)
	if len(terms) != 1 || e.contentDF[terms[0]] == 0 || lexicon.Base(head) != head || lexicon.Lookup(head).Capital || e.sheetGivesRole(head) {
		// "What were the scientists' names?" may be answered by the
		// names of "Ian Wilmut and colleagues": a group is named
		// without its noun.
		return false
	}
	words := []string{head}
	for _, w := range lexicon.Related(head) {
		if lexicon.Lookup(w).Kind == "person" {
			words = append(words, w) // "aviator" for "pilot"; not "command" for "commander"
		}
	}
	if slices.ContainsFunc(e.roles, func(r roleMention) bool {
		return slices.ContainsFunc(words, func(w string) bool { return saysRole(r.role, w) })
	}) {
		return false
	}
	bases, verbs := roleBases(head, words)
	for i, d := range e.docs {
		if d.kind != docSentence {
			continue
		}
		for _, at := range wordRe.FindAllStringIndex(d.text, -1) {
			w := strings.ToLower(d.text[at[0]:at[1]])
			b := lexicon.Base(w)
			if (bases[b] || verbs[b] && b != w) && e.roleNamedAt(i, d.start+at[0], d.start+at[1]) {
				return false
			}
		}
	}
	return true
}

// roleBases are the base forms of a role's words, and of the verbs its
// head is the doer of ("command" of "commander", "manage" of "manager"):
// a sentence saying "pilots" or "commanded by" mentions the role.
func roleBases(head string, words []string) (bases, verbs map[string]bool) {
	bases, verbs = map[string]bool{}, map[string]bool{}
	for _, w := range words {
		bases[lexicon.Base(strings.ToLower(w))] = true
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(head, "er"), "or"), "r")
	for _, v := range []string{strings.TrimSuffix(head, "r"), stem, stem + "e"} {
		if lexicon.Lookup(v).POS&lexicon.Verb != 0 {
			verbs[v] = true
		}
	}
	return bases, verbs
}

// roleNamedAt reports whether the role word of an article sentence (the
// i-th document, the word at from:to of its paragraph) may be given a
// holder: a person named in the sentence or the next one ("The pilot
// declined interviews. He was later identified as …", "The judge warned
// the gallery. Mr Justice Harlow is expected …"), or an organisation
// beside the word ("The contractor, Bramwell Heritage Ltd, …"; not "the
// 51st NOS commander").
func (e *Engine) roleNamedAt(i, from, to int) bool {
	d := e.docs[i]
	if namesPerson(d.pass, d.start, d.start+len(d.text)) || nextNamesPerson(e.docs, i) {
		return true
	}
	p := d.pass
	return slices.ContainsFunc(p.names, func(s span) bool {
		return p.nameKindOf(s) == "organisation" && (s.start >= to && besideRole.MatchString(p.text[to:s.start]) || s.end <= from && besideRole.MatchString(p.text[s.end:from]))
	})
}

// nextNamesPerson reports whether the sentence after the i-th document,
// in the same paragraph, names a person.
func nextNamesPerson(docs []*doc, i int) bool {
	if i+1 >= len(docs) {
		return false
	}
	n := docs[i+1]
	return n.kind == docSentence && n.pass == docs[i].pass && namesPerson(n.pass, n.start, n.start+len(n.text))
}

// besideRole matches what stands between a role word and a name in
// apposition: ", " or ", the ".
var besideRole = lazyRE(`^,\s*(?:the\s+)?$`)

// namesPerson reports whether a paragraph names a person between two
// offsets.
func namesPerson(p *passage, from, to int) bool {
	return slices.ContainsFunc(p.names, func(s span) bool {
		if s.start < from || s.end > to {
			return false
		}
		k := p.nameKindOf(s)
		return k == "person" || k == "" && personLike(s.text)
	})
}

// personLike reports whether a name of no known kind may be a person's:
// it opens with a given name or a courtesy title ("Marcus Feld", "Mr
// Justice Harlow"; not "Elm Point").
func personLike(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && (lexicon.GivenName(f[0]) || courtesyTitle(f[0]) || courtesyTitle(f[0]+"."))
}

// saysRole reports whether a word of the article is a role's noun, in
// the singular or the plural: "pilots" for "pilot", but not "Command"
// for "commander", which analysis reads alike.
func saysRole(word, head string) bool {
	w, h := strings.ToLower(lastWordOf(word)), strings.ToLower(head)
	return w == h || lexicon.Base(w) == lexicon.Base(h)
}

// sheetGivesRole reports whether a fact sheet's person entry says a
// role: "Ravi Das, captain of the flight" names the captain.
func (e *Engine) sheetGivesRole(head string) bool {
	for _, en := range e.entries {
		if en.Kind != corpus.KindPerson || en.FromArticle {
			continue
		}
		text := en.Summary + " " + en.Story
		for _, a := range en.Attributes {
			text += " " + a.Value
		}
		if slices.ContainsFunc(strings.Fields(text), func(w string) bool { return saysRole(strings.Trim(w, ".,;:()"), head) }) {
			return true
		}
	}
	return false
}

// measureAlone makes "fast" of "how fast was it?" a word of topic again
// when the question has no other: with none, it would be about nothing,
// and get no passage at all.
func measureAlone(q *question) {
	if slices.ContainsFunc(q.units, func(u unit) bool { return u.topical }) {
		return
	}
	for i, u := range q.units {
		if u.word == "fast" {
			q.units[i].topical = true
		}
	}
}

// untoldNamePart reports whether a question asks for a part of a
// person's name the story never writes: "What was Coach Haskins' first
// name?" of a story that calls him Coach Haskins only, "What is Alicia's
// last name?" of one that writes "Alicia" alone. Then the story doesn't
// say, however well the rest matches. Only a person's name is judged so:
// "What was the Arcturus's first name?" may ask what a ship was called
// before.
func (e *Engine) untoldNamePart(q *question) bool {
	m := namePartAsked.FindStringSubmatch(strings.ToLower(q.text))
	if m == nil || q.kind == qYesNo {
		return false
	}
	word, part := cmp.Or(m[1], m[4]), cmp.Or(m[2], m[3])
	name := regexp.MustCompile(`(?i)(?:^|[^\pL'’-])(` + regexp.QuoteMeta(word) + `)(?:['’]s?)?(?:$|[^\pL'’-])`)
	before := part != "last" && part != "sur"
	person, seen := givenNameOnly(word), false
	for _, p := range e.passages {
		for _, at := range name.FindAllStringSubmatchIndex(p.text, -1) {
			seen = true
			lead, rest := p.text[:at[2]], p.text[at[3]:]
			word := lastCapitalisedWord(lead)
			title := personTitle(word)
			if before && givenBefore(lead, word, title) || !before && surnameAfter(rest) {
				return false
			}
			person = person || title || saidByName(lead, rest)
		}
	}
	return seen && person
}

// namePartAsked matches a question for a part of someone's name: "X's
// first name", "the last name of X", "X's surname"; X may be hyphenated
// or written with an apostrophe ("O'Brien's", "Osei-Bonsu's").
var namePartAsked = lazyRE(`\b(\pL[\pL'’-]*?)(?:'s|’s|'|’)\s+(?:real\s+|actual\s+)?(?:(first|last|given|christian)\s+name|(sur)name)\b|\b(?:first|last|given|christian)\s+name\s+of\s+(?:the\s+)?(\pL[\pL'’-]*)`)

// givenBefore reports whether the text before a surname ends with a
// given name: its capitalised last word (lastCapitalisedWord) that is no
// title ("Don Haskins", "Bob Haskins", "Nkosazana Dlamini"; not "Coach
// Haskins", "Papa Wong", "Sgt. Garza") and does not only open the
// sentence, perhaps with a middle initial, a nickname in quotes
// ("Terrance “Bubba” Whitlock") or the little words of a surname ("Luis
// de la Cruz").
func givenBefore(text, word string, title bool) bool {
	return word != "" && !strings.HasSuffix(word, ".") && !title && !sentenceOpensAt(text, word)
}

// lastCapitalisedWord is the capitalised word that ends a text before a
// name (lastCapitalised), or "".
func lastCapitalisedWord(text string) string {
	if m := lastCapitalised.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

// sentenceOpensAt reports whether the capitalised word that ends a text
// (before a name) opens its sentence, and so may be capitalised only for
// that: "In Ellis v. United States".
func sentenceOpensAt(text, word string) bool {
	i := strings.LastIndex(text, word)
	before := strings.TrimRight(text[:i], " “\"‘")
	return before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "\n") || stopWord(strings.ToLower(word))
}

// surnameAfter reports whether a given name is followed by another
// capitalised word of the same name ("Alicia Torres", "Luis de la
// Cruz", "Deke” Holloway").
func surnameAfter(text string) bool {
	return firstCapitalised.MatchString(text)
}

// personTitle reports whether the capitalised word before a name is a
// title or a noun for a person ("Coach Haskins", "Dr. Ruiz", "Mayor
// Dunleavy"): the name is a person's.
func personTitle(word string) bool {
	if word == "" {
		return false
	}
	w := strings.ToLower(strings.TrimSuffix(word, "."))
	return courtesyTitle(w+".") || lexicon.Lookup(w).Kind == "person"
}

// saidByName reports whether a name is said to speak ("Haskins said",
// "according to Haskins"): it is a person's.
func saidByName(lead, rest string) bool {
	return speechAfter.MatchString(rest) || speechBefore.MatchString(lead)
}

var (
	// speechAfter matches a word of saying right after a name.
	speechAfter = lazyRE(`^\s+(?:` + wordsPattern(speechVerbs) + `)\b`)
	// speechBefore matches a word of saying right before a name.
	speechBefore = lazyRE(`\b(?:` + wordsPattern(speechVerbs) + `|according to)\s+$`)
)

// surnameParticles are the little words inside a surname: "de la Cruz",
// "van der Berg", "ap Gwilym".
const surnameParticles = `(?:de|la|le|du|da|di|del|della|dos|das|van|von|der|den|ter|ten|ap|bin|ibn|al|el|st\.?)`

var (
	// lastCapitalised finds the capitalised word that ends a text,
	// before any middle initial, nickname in quotes or surname
	// particles that stand between it and the text's end.
	lastCapitalised = lazyRE(`\b(\p{Lu}[\pL'’-]*\.?)(?:\s+\p{Lu}\.)?(?:\s+[“"‘][^”"’]{1,20}[”"’])?(?:\s+` + surnameParticles + `)*\s+[“"‘]?$`)
	// firstCapitalised finds a capitalised word that opens a text,
	// after a closing quote, a middle initial or surname particles.
	firstCapitalised = lazyRE(`^[”"’]?\s+(?:\p{Lu}\.\s+)?(?:[“"‘][^”"’]{1,20}[”"’]\s+)?(?:` + surnameParticles + `\s+)*\p{Lu}[\pL'’-]+`)
)
