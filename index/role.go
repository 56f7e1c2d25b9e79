package index

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"

	"storybot/corpus"
	"storybot/index/internal/lexicon"
)

// Questions that ask who holds a role ("who is the refuge manager at
// Crocodile Lake?", "who manages the refuge?") are answered by the person
// the article names with that role ("said Jeremy Dixon, refuge manager of
// Crocodile Lake"), not by whatever name stands nearest the question's
// words, nor by a card about the place.

// roleAsked is the analysed head noun of the role a question asks the
// holder of: "manag" for "who is the refuge manager?" and for "who
// manages the refuge?"; "" when the question asks something else.
func (e *Engine) roleAsked(q *question) string {
	if q.kind != qPerson {
		return ""
	}
	noun := ""
	if m := q.doing; m != nil {
		verb := strings.ToLower(firstGroup(m))
		if leadingVerb[lexicon.Base(verb)] && slices.ContainsFunc(e.roles, func(r roleMention) bool { return r.leads && saysWhatIsLed(q, r) }) {
			return leaderRole // "who heads the Park Service": its director
		}
		noun = agentNoun(verb)
	}
	if phrase := definedName(q); noun == "" && phrase != "" {
		noun = cmp.Or(roleNoun(phrase), e.lowerTitleOf(phrase))
	}
	if terms := e.an.terms(noun); len(terms) == 1 {
		return e.storyWordFor(q, terms[0])
	}
	return ""
}

// lowerTitleOf is the head of "the president of the company", a noun for a
// person that WordNet writes with a capital, as it writes Lincoln, when
// it stands before what it is of and the article writes it in lower
// case ("American Woolen Company president William Wood"), or "".
func (e *Engine) lowerTitleOf(phrase string) string {
	head, rest, ok := strings.Cut(strings.ToLower(phrase), " of ")
	if !ok || rest == "" || strings.Contains(head, " ") || lexicon.Lookup(lexicon.Base(head)).Kind != "person" {
		return ""
	}
	for _, p := range e.passages {
		if containsWords(p.text, head) {
			return head
		}
	}
	return ""
}

// storyWordFor is the story's word for a question's clipped word ("ref"
// for the "referee" the story says), or the word itself: other words the
// story lacks have WordNet synonyms that name other roles ("companion"
// and "fellow", "keeper" and "defender").
func (e *Engine) storyWordFor(q *question, term string) string {
	for _, u := range q.units {
		if u.term == term && u.clipped { // a clipping has its one story word (clippingOf)
			return u.syns[0]
		}
	}
	return term
}

// leaderRole stands for any role that leads: "who heads X" is answered
// by X's director, chief or superintendent, whatever the title.
const leaderRole = "·leader"

// leadingVerb are the verbs of leading an organisation.
var leadingVerb = map[string]bool{"head": true, "lead": true, "run": true, "direct": true, "chair": true, "command": true, "oversee": true}

// leads reports whether a role's words end in one for a leader
// (WordNet's: a director, chief, administrator or secretary is one).
func leads(role string) bool {
	if loc := roleQualifier.FindStringIndex(role); loc != nil {
		role = role[:loc[0]] // "director of the National Park Service"
	}
	f := strings.Fields(strings.ToLower(role))
	return len(f) > 0 && (lexicon.IsA(f[len(f)-1], "leader") || lexicon.IsA(f[len(f)-1], "head"))
}

// whoDoesRe matches "who VERBs …" in its regular forms and any word
// where an irregular past may stand: "who manages the refuge", "who led
// it", "who was driving the train", "who found him".
var whoDoesRe = lazyRE(`(?i)^who\s+(?:(?:is|was|are|were)\s+([a-z]+ing)|([a-z]+))\s+\w`)

// whoDoes reads "who VERBs …" from a question's core, with the verb in
// the first or the second group, or nil: an irregular past ("who found
// King", "who took the photo") asks a doer as "who rescued King" does.
func whoDoes(core string) []string {
	m := whoDoesRe.FindStringSubmatch(core)
	if m == nil || m[2] == "" {
		return m
	}
	w := strings.ToLower(m[2])
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") {
		return m
	}
	base := lexicon.IrregularForm(w)
	if base == "" || base == w || doerlessVerbs[base] || lexicon.Lookup(base).POS&lexicon.Verb == 0 {
		return nil
	}
	return m
}

// agentNoun is English's noun for one who does what a verb says, when
// it names a person: "manager" for "manages", "director" for "directed";
// "" when English has none.
func agentNoun(verb string) string {
	base := lexicon.Base(verb)
	if base == verb && !strings.HasSuffix(verb, "ed") {
		return "" // "who is", "who has": no verb of doing
	}
	for _, n := range []string{base + "r", base + "er", base + "or", strings.TrimSuffix(base, "e") + "or"} {
		if x := lexicon.Lookup(n); (x.Kind == "person" || lexicon.IsA(n, "person")) && !x.Capital {
			return n // "driver" is a person in one of its commonest senses, a golf club in the other
		}
	}
	return ""
}

// roleNoun is the head of a role phrase, "manager" of "refuge manager at
// crocodile lake", when English knows it as a noun for a person, or is
// one of headRoles before "of" ("the head of the department"); "" for
// a name ("maria lopez") or a thing.
func roleNoun(phrase string) string {
	ofBody := false
	if loc := roleQualifier.FindStringIndex(phrase); loc != nil {
		ofBody = strings.EqualFold(strings.TrimSpace(phrase[loc[0]:loc[1]]), "of")
		phrase = phrase[:loc[0]]
	}
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	head := trimPossessive(words[len(words)-1])
	base := lexicon.Base(head)
	if x := lexicon.Lookup(base); x.Kind != "person" && !(newRoles[base] && len(words) > 1 && saysWhatOf(words[len(words)-2])) && !(headRoles[base] && ofBody) || x.Capital && len(words) == 1 {
		// A name WordNet knows ("who is lincoln") is no role; a noun
		// WordNet also writes as a title is one in a phrase ("the bat
		// lady", "the park superintendent").
		return ""
	}
	return head
}

// newRoles are nouns newsrooms use for people's roles after a word that
// says of what ("camera lead", "community liaison"), in senses WordNet's
// commonest do not give: its "lead" is a metal or a head start.
var newRoles = map[string]bool{"lead": true, "liaison": true}

// saysWhatOf reports whether a word before one of newRoles says what the
// role is of: "camera" of "camera lead", not "the" or "that".
func saysWhatOf(word string) bool {
	w := strings.ToLower(word)
	return !determiner[w] && !stopWord(w)
}

// roleContext is how much a question word said only in the paragraph
// before a role's counts towards its cover.
const roleContext = 0.75

// roleQualifier starts what narrows a role down: "at Crocodile Lake",
// "who sentenced the two men".
var roleQualifier = lazyRE(`(?i)\s+(?:of|at|for|in|from|on|with|who|that|whom)\s`)

// roleHolder is the person the article gives the role whose head is
// head, in a sentence that says most of what the question asks: the one
// that says the most, or "" when none does; tied when two say as much,
// and the question cannot tell which it means, or when only a deputy or
// a former holder has the role.
func (e *Engine) roleHolder(q *question, head string) (name string, tied bool) {
	best, bestCover, others := "", lineCover, false
	byVerb := head != leaderRole && roleByVerb(q)
	for _, r := range e.roles {
		if !(slices.Contains(r.terms, head) || head == leaderRole && r.leads && saysWhatIsLed(q, r)) || q.roleOf != "" && !e.roleNames(r, q.roleOf) {
			continue // "director of the Elm Bay Grain Union" is no director of Gull Point
		}
		if anotherRole(r.role, q.core) {
			others = true
			continue // "deputy mayor Ann Lee" is not the mayor, nor is a former one
		}
		if byVerb && !e.modifiersAsked(q, r, head) {
			continue // "who was driving the car?" is not asking for the truck driver
		}
		if byVerb && e.doneToOther(q, r) {
			continue // "Trainer Kenneth McPeek had trained the beaten favorite" is no answer to who trained War Emblem
		}
		name := e.fullName(r)
		if containsWords(strings.ToLower(q.text), strings.ToLower(name)) {
			continue // "who commanded the Sixth Fleet?" is not answered by the fleet
		}
		// A title that says the question's words itself ("National Park
		// Service Director") tells its holder from another the same
		// paragraph names.
		switch cover := e.roleCover(q, r) + titleBonus*titleSays(q, r); {
		case cover > bestCover || best == "" && cover == bestCover:
			best, bestCover, tied = name, cover, false
		case cover == bestCover && name != best && !strings.HasSuffix(best, " "+name):
			tied = true
		}
	}
	if tied || best == "" && others {
		// A role the article gives only a deputy or a former holder is
		// no question for any other name it says ("London Mayor" of
		// "Labour's candidate for London Mayor").
		return "", true
	}
	return best, false
}

// anotherRole reports whether a role's words before its head make it
// another role ("deputy mayor", "Vice President"), or the head's in
// another time ("former president", "Former Peru president") when the
// question asks of the present, and the question does not say so itself
// ("who is the vice president?"). "Who was the transport minister?" may
// be answered by a former one. Only the role's own words count, up to
// a comma ("mayor, who took office after the former council …"), and a
// capitalised word only as a title's ("Vice President") or opening the
// role ("Former"), not in an owner's name ("Vice Media president"). An
// associate professor is a professor.
func anotherRole(role, core string) bool {
	role, _, _ = strings.Cut(role, ",")
	role, _, _ = strings.Cut(role, "(")
	words := strings.Fields(role)
	if len(words) < 2 {
		return false
	}
	head := words[len(words)-1]
	lq := strings.ToLower(core)
	past := pastAsked.MatchString(lq)
	for i, w := range words[:len(words)-1] {
		lw := strings.ToLower(strings.Trim(w, ".,;:"))
		if strings.HasPrefix(lw, "ex-") {
			lw = "ex"
		}
		earlier, other := otherRole[lw]
		switch {
		case !other, earlier && past, containsWords(lq, lw):
			continue
		case !earlier && rankedHeads[strings.ToLower(head)]:
			continue // "associate professor", "vice admiral": a rank of the head
		case opensWithCapital(w) && !(i == 0 && earlier) && !(i == len(words)-2 && opensWithCapital(head)):
			continue // "Vice Media president": a name's word
		}
		return true
	}
	return false
}

// otherRole are the words before a role's head that make it another,
// mapped to whether they make it one held before: a deputy or an
// assistant holds another role, a former holder held this one. An
// acting director directs, and "late" is as often a "late-night" or a
// "Late Show" as a holder who died.
var otherRole = map[string]bool{"vice": false, "deputy": false, "assistant": false, "associate": false,
	"incoming": false, "future": false, "former": true, "ex": true, "outgoing": true}

// rankedHeads are the roles whose associates, assistants and vices hold
// them at a lower rank: an associate professor is a professor.
var rankedHeads = map[string]bool{"professor": true, "professors": true, "justice": true, "justices": true, "admiral": true, "admirals": true}

// isOtherRole reports whether a word is one of otherRole, in any case.
func isOtherRole(w string) bool {
	_, ok := otherRole[strings.ToLower(w)]
	return ok
}

// pastAsked matches a question that asks who held a role before: "who
// was", "who were", "who had been"; not a "was" of a clause after it
// ("who is the mayor of the town that was flooded?").
var pastAsked = lazyRE(`^(?:so\s+|ok\s+)?(?:who|whom)\s+(?:was|were|had\s+been|used\s+to\s+be)\b`)

// roleByVerb reports whether a question asks for a role's holder by
// the role's verb: "who was driving", "who manages".
func roleByVerb(q *question) bool {
	m := q.doing
	return m != nil && agentNoun(strings.ToLower(firstGroup(m))) != ""
}

// doneToOther reports whether a role's paragraph says the question's
// verb itself, but not all else the question says: it tells what the
// holder did it to, and that is another thing than the one asked about,
// which only the paragraph before may name. "Who trained War Emblem?"
// is not answered by "Trainer Kenneth McPeek had trained Harlan's
// Holiday" after a paragraph about War Emblem.
func (e *Engine) doneToOther(q *question, r roleMention) bool {
	m := q.doing
	base := lexicon.Base(strings.ToLower(firstGroup(m)))
	verb := e.an.terms(base)
	text := r.d.text
	if r.d.pass != nil {
		text = r.d.pass.text
	}
	if len(verb) != 1 || !saysFormOf(text, base) {
		return false // "the refuge's manager" says no "manages"
	}
	for _, u := range q.units {
		if !u.topical || u.term == verb[0] {
			continue
		}
		if u.entity != "" && !slices.Contains(r.d.entities, u.entity) || u.entity == "" && !r.in.says(u.term, u.syns) {
			return true
		}
	}
	return false
}

// modifiersAsked reports whether a role's words but its head are none
// the question says another of the same kind of: "who was driving the
// car?" does not ask for the "truck driver" (a car and a truck are both
// motor vehicles), though "who directs Elm Falls?" may ask for "the
// library's director".
func (e *Engine) modifiersAsked(q *question, r roleMention, head string) bool {
	for _, w := range strings.Fields(strings.ToLower(r.role)) {
		w = trimPossessive(strings.Trim(w, ",.;:()"))
		if terms := e.an.terms(w); len(terms) == 0 || terms[0] == head || slices.Contains(q.terms, terms[0]) {
			continue
		}
		if slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && u.entity == "" && u.word != w && siblingNouns(u.word, w) }) {
			return false
		}
	}
	return true
}

// saysWhatIsLed reports whether a leader's role says, in its own words,
// all of what a "who heads X" question names as X: "National Park
// Service Director" heads the National Park Service; "Yellowstone
// National Park Superintendent" does not, nor does a mayor lead a rally.
func saysWhatIsLed(q *question, r roleMention) bool {
	n := 0
	for _, u := range q.units {
		if !u.topical || leadingVerb[lexicon.Base(u.word)] {
			continue
		}
		if u.term == "" || !slices.Contains(r.terms, u.term) {
			return false
		}
		n++
	}
	return n > 0
}

// titleBonus weighs, in a role's cover, the share of the question its
// own words say: enough to tell two roles apart, not to beat a better
// cover.
const titleBonus = 0.05

// titleSays is the share of a question's topical words a role's own
// words say.
func titleSays(q *question, r roleMention) float64 {
	n, got := 0, 0
	for _, u := range q.units {
		if u.topical && u.term != "" {
			n++
			if slices.Contains(r.terms, u.term) {
				got++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(got) / float64(n)
}

// roleNames reports whether a role, as the article words it, names the
// place a question asks of ("curator of the Elm Hall Museum"), by its
// name or an alias.
func (e *Engine) roleNames(r roleMention, place string) bool {
	for _, n := range e.names[place] { // analysed once, at Build
		terms := termsOf(n.toks)
		if len(terms) > 0 && !slices.ContainsFunc(terms, func(t string) bool { return !slices.Contains(r.terms, t) }) {
			return true
		}
	}
	return false
}

// roleMention is a person an article sentence gives a role: "Layne
// Hamilton, the refuge manager".
type roleMention struct {
	d *doc
	// in are the words of the role's paragraph; before those of the
	// paragraph before it, or nil: "said Layne Hamilton, the Refuge's
	// manager" names its refuge there.
	in, before said
	name       string
	// id is the entry the name is a whole mention of ("Smith" of Vicky
	// Beckham Smith), or "".
	id    string
	role  string   // the role as the article writes it
	terms []string // the role's analysed words
	leads bool     // the role is one that leads (see leads)
}

// fullName is the whole name of the person a role mention names:
// "Vicky Beckham Smith" for "Smith", from the entry it mentions, else
// from the one person entry whose name ends in it.
func (e *Engine) fullName(r roleMention) string {
	if r.id != "" {
		return e.nameOf(r.id)
	}
	full := ""
	for _, en := range e.entries {
		if en.Kind == corpus.KindPerson && strings.HasSuffix(en.Name, " "+r.name) {
			if full != "" {
				return r.name // two Smiths: the article's word stands
			}
			full = en.Name
		}
	}
	if full == "" {
		return r.name
	}
	return full
}

// mentionAt is the entry a name in a paragraph mentions whole, or "".
func mentionAt(p *passage, s span) string {
	for _, m := range p.mentions {
		if m.start == s.start && m.end == s.end {
			return m.entity
		}
	}
	return ""
}

// rolesOf finds, once at Build, the people the article's sentences give
// a role, so a role question reads a short list instead of analysing
// every name in the article.
func rolesOf(docs []*doc, an analyzer) []roleMention {
	var out []roleMention
	var last, before *passage // the paragraph of the last sentence, and the one before it
	words := map[*passage]said{}
	wordsOf := func(p *passage) said {
		if p == nil {
			return nil
		}
		if words[p] == nil {
			words[p] = saidOf(termsOf(p.tokens))
		}
		return words[p]
	}
	for _, d := range docs {
		if d.kind != docSentence {
			continue
		}
		if d.pass != last {
			before, last = last, d.pass
		}
		p, end := d.pass, d.start+len(d.text)
		for _, s := range p.names {
			if s.start < d.start || s.start >= end || p.nameKindOf(s) != "person" {
				continue
			}
			name, role := s.text, roleOf(p.text, s)
			if title := titleOf(s.text); title != "" && !courtesyTitle(title) && (role == "" || relativeRole(role)) {
				// "KSC Director Lee R. Scherer": the title is his role;
				// "U.S. District Judge Jose E. Martinez, who had presided
				// over the case" is a judge first.
				name, role = strings.TrimSpace(strings.TrimPrefix(s.text, title)), strings.TrimSuffix(title+", "+role, ", ")
			}
			if role != "" {
				name = afterTitle(name) // "Class Tyler Schneider" of "Petty Officer 2nd Class"
				out = append(out, roleMention{d: d, in: wordsOf(p), before: wordsOf(before), name: name, id: mentionAt(p, s), role: role, terms: an.terms(role), leads: leads(role)})
			}
		}
	}
	return out
}

// relativeRole reports whether the words roleOf read as a role are a
// relative clause on the name ("who had presided over the case"),
// which says what the person did, not what they are.
func relativeRole(role string) bool {
	return strings.HasPrefix(role, "who ") || strings.HasPrefix(role, "whose ")
}

// roleSurnames maps the head noun of each role that the article gives
// one person alone to that person's surname, analysed: the story goes on
// to call "motorman Gerald Walsh" "Walsh", and a reader asks about "the
// motorman". A role two people hold ("biologist") stands for neither.
func roleSurnames(roles []roleMention, an analyzer) map[string]string {
	out := map[string]string{}
	for _, r := range roles {
		words := strings.Fields(strings.ToLower(r.role))
		if len(r.terms) == 0 || len(words) == 0 || !personNoun(strings.Trim(words[len(words)-1], ",.;:")) {
			continue // "…, a leader in hypersonic research": no noun to call her by
		}
		head := r.terms[len(r.terms)-1]
		f := strings.Fields(r.name)
		if len(f) < 2 {
			continue // a name alone may be anyone's
		}
		surname := an.terms(f[len(f)-1])
		if len(surname) != 1 || commonPlural(f[len(f)-1]) {
			continue // "contractor Gull Point Roads" is a firm
		}
		if prev, seen := out[head]; seen && prev != surname[0] {
			out[head] = "" // two holders: neither
			continue
		}
		out[head] = surname[0]
	}
	maps.DeleteFunc(out, func(_, v string) bool { return v == "" })
	return out
}

// commonPlural reports whether a name's last word is the plural of a
// common noun that English does not write as a name ("Roads",
// "Lines"): the name is then a firm's, not a person's.
func commonPlural(w string) bool {
	lw := strings.ToLower(w)
	return lexicon.Base(lw) != lw && !lexicon.Lookup(lw).Capital
}

// roleCover is the share of a question's topical weight that the
// paragraph of a role's sentence says: "Andrew Gude, the refuge's
// manager. When he came to Lower Suwannee, …" is the manager of Lower
// Suwannee. The paragraph before counts for less: "Merritt Island NWR
// lost 700 nests. ¶ …, said Layne Hamilton, the Refuge's manager."
// names the refuge she manages there.
func (e *Engine) roleCover(q *question, r roleMention) float64 {
	d, in, context := r.d, r.in, r.before
	var got, total float64
	for _, u := range q.units {
		if !u.topical {
			continue
		}
		total += u.weight
		switch {
		case u.entity != "" && (slices.Contains(d.entities, u.entity) || slices.Contains(d.nearby, u.entity)):
			got += u.weight
		case u.entity == "" && in.says(u.term, u.syns):
			got += u.weight
		case u.entity == "" && context != nil && context.says(u.term, u.syns):
			got += roleContext * u.weight
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// askingName reads "what's the biologist's name?" and "what is the name
// of the refuge manager?" as "who is the …" when what is named is a
// person's role: the name is what "who" asks for, and "name" itself is
// no word of the story. A chat opener before the question stays.
func askingName(text string) string {
	if !strings.Contains(strings.ToLower(text), "name") {
		return text // most questions: parse reads the core again anyway
	}
	return recast(text, func(core string) string {
		m := nameOfRole.FindStringSubmatch(core)
		if m == nil {
			return ""
		}
		role := m[1] + m[2]
		if roleNoun(role) == "" {
			return "" // "what is the name of the brewery" asks for a name
		}
		return "who is the " + role + "?"
	})
}

// recast rewrites a question's core (questionCore) by rewrite, keeping
// the chat words before it ("ok so "); rewrite returns "" to leave the
// question as it is.
func recast(text string, rewrite func(core string) string) string {
	core := questionCore(text)
	if !strings.HasSuffix(text, core) {
		return text
	}
	if out := rewrite(core); out != "" {
		return text[:len(text)-len(core)] + out
	}
	return text
}

// askingJob reads "what does Bea Lindgren do?" and "what is Bea
// Lindgren's job?" as "who is Bea Lindgren?": they ask who she is, which
// the words beside her name tell. The person must be one the article
// names (typed in any case: "what does bea lindgren do"); "what does the
// group do?" asks of no one.
func (e *Engine) askingJob(text string) string {
	m := asksJob.FindStringSubmatchIndex(text)
	if m == nil {
		m = asksPosition.FindStringSubmatchIndex(text)
	}
	if m == nil {
		return text
	}
	g := 2
	for m[g] < 0 {
		g += 2
	}
	name := text[m[g]:m[g+1]]
	if !slices.ContainsFunc(e.articleNames, func(n string) bool { return containsWords(n, strings.ToLower(name)) }) {
		return text
	}
	return text[:m[0]] + " who is " + name + "?"
}

// inCharge reads "who's in charge of X" as "who oversees X" when the
// story never says "charge": the phrase says one verb of leading, which
// the story may say ("is overseeing the new refuge") or give as a role
// ("manager of …").
func (e *Engine) inCharge(text string) string {
	if e.says("charge") {
		return text // "Laurie Leshin … is in charge of the mission": the story's own words match
	}
	return inChargeOf.ReplaceAllString(text, "${1} oversees")
}

// inChargeOf matches "who is in charge of", with "actually" or "really"
// between; "who" stays.
var inChargeOf = lazyRE(`(?i)\b(who)(?:\s+is|\s+was|['’]s)\s+(?:actually\s+|really\s+)?in\s+charge\s+of\b`)

// asksJob matches a question for what someone does: "what does Bea
// Lindgren do (for a living)?", "what did she do for a living?", "what
// is Bea Lindgren's job?"; "what did Tobias Quade do?" asks what he did.
var asksJob = lazyRE(`(?i)(?:^|\s)what\s+does\s+([\pL'’-]+(?:\s+[\pL'’-]+){0,3}?)\s+do(?:\s+for\s+(?:a\s+)?(?:living|work))?\s*\??\s*$|(?:^|\s)what\s+did\s+([\pL'’-]+(?:\s+[\pL'’-]+){0,3}?)\s+do\s+for\s+(?:a\s+)?(?:living|work)\s*\??\s*$|(?:^|\s)what(?:'s|’s|\s+is|\s+was)\s+([\pL'’-]+(?:\s+[\pL'’-]+){0,3}?)(?:'s|’s)\s+(?:job|occupation|profession|line of work)\s*\??\s*$`)

// asksPosition matches a question for the post someone holds: "what
// position did Rickinson hold?", "what was Rickinson's rank?", "what
// title does Ann Lee have?". A post somewhere ("what rank did he hold on
// the ship?") may not be the one the article first gives him, and a role
// in an event ("what role did she play in the rescue?") is no post.
var asksPosition = lazyRE(`(?i)(?:^|\s)what\s+(?:position|job|post|title|rank|occupation|profession)\s+(?:did|does|do|had|has)\s+([\pL'’-]+(?:\s+[\pL'’-]+){0,3}?)\s+(?:hold|have)\s*\??\s*$|(?:^|\s)what(?:'s|’s|\s+is|\s+was)\s+([\pL'’-]+(?:\s+[\pL'’-]+){0,3}?)(?:'s|’s)\s+(?:position|post|title|rank)\s*\??\s*$`)

// nameOfRole matches a question asking for the name of someone: "what's
// the name of the manager", "whats the biologists name".
var nameOfRole = lazyRE(`(?i)^what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:names?\s+of\s+(?:the\s+)?([^?]+?)|([^?]+?)(?:'s|’s|'|’)?\s+names?)\s*\??$`)

// roleOwnerAsked answers "which agency did Konstantin Borisov fly for?"
// from the name the article sets before the role of the one person the
// question names ("Roscosmos cosmonaut Konstantin Borisov"), when the
// question asks for an organisation; "" otherwise.
func (e *Engine) roleOwnerAsked(q *question) string {
	if q.kind != qThing && q.kind != qAny || !organisationNoun(q.head) || !asksAffiliation.MatchString(q.core) {
		return ""
	}
	owner, core := "", strings.ToLower(q.core)
	for _, r := range e.roles {
		if strings.TrimSpace(r.name) == "" || !slices.ContainsFunc(q.units, func(u unit) bool { return u.entity != "" && u.entity == r.id }) && !containsWords(core, strings.ToLower(lastWordOf(r.name))) {
			continue
		}
		switch o := ownerOfRole(r.role); {
		case o == "":
		case owner == "":
			owner = o
		case o != owner:
			return "" // two people asked about, or two owners: not one answer
		}
	}
	return owner
}

// asksAffiliation matches a question that asks whom someone is with:
// "which agency did Borisov fly for?", "which party was she from?",
// "which paper does he write for?", "what team is he with?", not
// "which hospital was he taken to?".
var asksAffiliation = lazyRE(`(?i)\b(?:(?:work|worked|working|works|fly|flew|flies|flying|play|played|plays|playing|write|wrote|writes|writing|run|ran|runs|running|speak|spoke|speaks|speaking)\s+for|with|from)\W*$|\b(?:belong|belongs|belonged|represent|represents|represented|member of|part of)\b`)

// organisationNoun reports whether a noun names a kind of organisation
// (an agency, a company, a newspaper, a university), not a place that
// WordNet also files as one (a country).
func organisationNoun(noun string) bool {
	if noun == "" || lexicon.IsA(noun, "location") {
		return false
	}
	return lexicon.Lookup(noun).Kind == "organisation" || lexicon.IsA(noun, "organization") || lexicon.IsA(noun, "social group")
}

// ownerOfRole is the name a role opens with ("ESA (European Space
// Agency)" of "ESA (European Space Agency) astronaut", "NASA" of "NASA
// Administrator"), or "" when it opens with a common word or a
// nationality ("Mexican actress").
func ownerOfRole(role string) string {
	f := strings.Fields(role)
	n := 0
	for n < len(f) && (opensWithCapital(f[n]) || strings.HasPrefix(f[n], "(")) {
		n++
	}
	if n == len(f) {
		n-- // "NASA Administrator": a title's last word is the role
	}
	if n <= 0 || n == 1 && lexicon.Lookup(strings.ToLower(f[0])).POS&lexicon.Adjective != 0 {
		return ""
	}
	return strings.Join(f[:n], " ")
}

// Military and police news names a person by rank before the name
// ("said Chief Warrant Officer 3 Kevin Smidt"), and readers ask for it:
// "what rank is smidt?", "what is Kevin Smidt's rank?".

// rankQuestion matches a question for a person's rank, capturing the
// name: "what rank is smidt", "what was Hale's rank".
var rankQuestion = []*lazyRegexp{
	lazyRE(`(?i)^what(?:\s+is|\s+was|'s|’s|s)?\s+(?:the\s+)?rank\s+(?:is|was|of|does|did)\s+(?:the\s+)?(.+?)(?:\s+(?:have|hold|had|held))?\s*[?.!]*$`),
	lazyRE(`(?i)^what(?:\s+is|\s+was|'s|’s|s)\s+(.+?)['’]?s?\s+rank\s*[?.!]*$`),
}

// rankAnswer answers a question for a person's rank with the rank the
// article gives before the name, and the sentence that gives it; nil
// when the question asks no rank or the article gives none. It comes
// before the question's words are weighed: "rank" is seldom a word of
// the story.
func (e *Engine) rankAnswer(q *question, text string, opt Options, start time.Time) *Answer {
	rank, d := e.rankIn(questionCore(text))
	if rank == "" {
		return nil
	}
	return e.framedAnswer(q, text, rank, []scored{e.certain(d)}, opt, start)
}

// rankIn is the rank a question's core asks of a person, and the
// document of the sentence that gives it; "" when it asks none or the
// article gives none.
func (e *Engine) rankIn(core string) (string, int) {
	for _, re := range rankQuestion {
		if m := re.FindStringSubmatch(core); m != nil {
			return e.rankOf(strings.ToLower(strings.TrimSpace(m[1])))
		}
	}
	return "", 0
}

// rankOf is the title a name the article gives opens with ("Staff
// Sergeant Ann Lee"), or else the run of capitalised words and numbers
// right before it when one of them is a person's title ("Chief Warrant
// Officer 3" of "Kevin Smidt"), and the document of its sentence; ""
// when the article gives none.
func (e *Engine) rankOf(name string) (string, int) {
	for _, p := range e.passages {
		for _, s := range p.names {
			if lt := strings.ToLower(s.text); lt != name && !strings.HasSuffix(lt, " "+name) {
				continue
			}
			rank, said := titleOf(s.text), s.text // "Staff Sergeant Ann Lee" is one name
			if rank == "" {
				rank = rankBefore(p.text[:s.start])
				said = rank + " " + s.text
			}
			if rank == "" {
				continue
			}
			if i := e.sentenceSaying(p, said); i >= 0 {
				return rank, i
			}
		}
	}
	return "", 0
}

// rankBefore is the rank that ends a text: its last words of a rank or
// title (isTitleWord) and the grade's number, one a person's title.
func rankBefore(text string) string {
	words := strings.Fields(text)
	start := len(words)
	for start > 0 && len(words)-start < maxRankWords && (isTitleWord(words[start-1]) || isNumber(words[start-1])) && !strings.ContainsAny(words[start-1], ",;:“”\"") {
		start--
	}
	rank := words[start:]
	if !slices.ContainsFunc(rank, func(w string) bool { return personNoun(strings.ToLower(w)) }) {
		return ""
	}
	return strings.Join(rank, " ")
}

// maxRankWords is the longest rank read, its grade counted: "Chief
// Warrant Officer 3". Articles may set a role's title right before it
// ("Integration Officer Chief Warrant Officer 2").
const maxRankWords = 4

// askingAmount reads "what was the bond amount?" and "what was the
// amount of the fine?" as "how much was the bond?": they ask a sum or a
// quantity, which "how much" finds ("$4000 bonds"), though no "how"
// says so.
func askingAmount(text string) string {
	return recast(text, func(core string) string {
		m := amountOf.FindStringSubmatch(core)
		if m == nil {
			return ""
		}
		return "how much " + cmp.Or(strings.ToLower(m[1]), "is") + " the " + cmp.Or(m[2], m[3]) + m[4] + "?"
	})
}

// amountOf matches a "what" question for the amount of something:
// "what was the bond amount", "what is the amount of the fine".
var amountOf = lazyRE(`(?i)^what(?:'s|’s|\s+(is|was|are|were))?\s+the\s+(?:(?:amount|sum|total)\s+of\s+(?:the\s+)?([\pL\s'’-]+?)|([\pL'’-]+(?:\s+[\pL'’-]+)?)\s+(?:amount|sum|total))(\s+(?:for|of|paid|set)\b[^?]*)?\s*\??$`)
