package index

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// leadToll answers a bare "how many died?" or "how many were injured?"
// ("how many people were killed?", "what was the death toll?") with the
// toll the story's lead gives: "79" of "the official number of
// casualties had reached 79 dead", "seven" of "there were seven
// fatalities and sixty-two injured". A chat asks it of the disaster
// the story is about, which the lead tells; a reader's "died" finds
// neither "dead" nor "fatalities", and later paragraphs count other
// events ("since an accident at Dover in 1917 killed eleven"). "" when
// the lead gives no toll.
func (e *Engine) leadToll(q *question) string {
	harm := q.event.harm
	return e.fromLead(func(text string) string { return tollIn(text, harm) })
}

// leadSurvivors answers "how many survived?" with what the lead's share
// of dead leaves alive, else the survivors it counts, or "".
func (e *Engine) leadSurvivors(*question) string {
	return cmp.Or(e.fromLead(survivorsByShare), e.fromLead(func(text string) string { return tollIn(text, harmWords{survivedWord, survivorsBefore}) }))
}

// tollFromBest answers a bare "how many died?" or "how many were
// injured?" whose lead gives no toll from the best three sentences,
// with the first count one of them gives in a toll's words ("killing
// 116 children", "at least nine people died"), or "". Any other count
// the best sentences give is no answer (eventRow.veto).
func tollFromBest(q *question, ranked []scored) string {
	row := q.ofEvent()
	if row == nil || !row.fromBest {
		return ""
	}
	for _, s := range ranked[:min(3, len(ranked))] {
		if s.d.kind == docSentence {
			if toll := tollIn(s.d.text, row.harm); toll != "" {
				return toll
			}
		}
	}
	return ""
}

// namedToll answers "how many people were hurt in the nightclub
// bombing?", a count of people harmed that names what harmed them and
// so is no question of the story's own event (eventRows), when the
// first of the best three sentences to count a harm counts both the dead
// and the hurt: with the toll of the harm asked ("injuring 229 people"),
// not the count nearest the question's words ("killing three people").
// A best sentence that tells of no harm ("The largest was the 1983 Mount
// Tarn earthquake") is passed over, as the question's words are no
// count of people in "resulted in two fatalities, three injuries", for
// a sentence that names the event asked about (namesAskedEvent).
func namedToll(q *question, ranked []scored) string {
	if q.kind != qCount || q.ofEvent() != nil {
		return ""
	}
	m := asksHarmOf.FindStringSubmatch(q.core)
	if m == nil {
		return ""
	}
	event := q.core[len(m[0])-1:]
	var passed []*doc
	for _, s := range ranked[:min(3, len(ranked))] {
		if s.d.kind != docSentence {
			continue
		}
		killed, killedAt := tollAt(s.d.text, deadHarm)
		injured, injuredAt := tollAt(s.d.text, hurtHarm)
		if killed == "" && injured == "" {
			if deadWord.MatchString(s.d.text) || hurtWord.MatchString(s.d.text) {
				return "" // "Nobody died in the Mount Tarn earthquake"
			}
			passed = append(passed, s.d)
			continue
		}
		if len(passed) > 0 && !namesAskedEvent(q, event, s.d) && !slices.ContainsFunc(passed, func(d *doc) bool { return namesAskedEvent(q, event, d) && refersBackTo(d, s.d) }) {
			return "" // "A smaller earthquake near Dobrich killed two people" is another's toll
		}
		if killed == "" || injured == "" || killedAt == injuredAt {
			return "" // a sentence that counts one harm: the count read as usual is its toll
		}
		if m[1] != "" {
			return killed
		}
		return injured
	}
	return ""
}

// survivorsByShare is how many a text's share of dead leaves alive:
// "6" of "killing 71 of the 77 people on board", or "".
func survivorsByShare(text string) string {
	for _, m := range shareKilled.FindAllStringSubmatch(text, -1) {
		dead, ok1 := numberValue(strings.ToLower(m[1]))
		all, ok2 := numberValue(strings.ToLower(m[2]))
		if ok1 && ok2 && all > dead {
			return strconv.Itoa(int(all - dead))
		}
	}
	return ""
}

// harmWords are the words a toll of one harm is told in: after its
// figure ("79 dead") and before it ("killing 21").
type harmWords struct{ after, before *lazyRegexp }

// deadHarm and hurtHarm are the words the tolls of the dead and of the
// hurt are told in.
var (
	deadHarm = harmWords{deadWord, deadBefore}
	hurtHarm = harmWords{hurtWord, hurtBefore}
)

// tollIn is the first count a text gives of a harm ("79 dead", "21
// people and several horses were killed", "the death toll rose to
// 19"), with its hedge and the people it counts, or "".
func tollIn(text string, harm harmWords) string {
	toll, _ := tollAt(text, harm)
	return toll
}

// tollAt is tollIn and where its figure ends in the text, or "" and -1.
func tollAt(text string, harm harmWords) (string, int) {
	for _, m := range numberIn.FindAllStringIndex(text, -1) {
		count := text[m[0]:m[1]]
		if yearOnly.MatchString(count) || strings.HasPrefix(text[m[1]:], "%") || strings.HasSuffix(text[:m[0]], "-") || sinceClause(text[:m[0]]) || ordinalOrDay.MatchString(text[m[1]:]) || noneCounted(count, text[:m[0]]) {
			continue // a year, a share, a designation's number ("U-156"), an earlier event's toll, "the 11th Airborne Battalion", "23 March", "No one died", "None of the 40 passengers"
		}
		if harm.after == survivedWord && deadBefore.MatchString(text[:m[0]]) {
			continue // "killing dozens of survivors" counts dead
		}
		rest := clauseRest.FindString(withoutAside(text[m[1]:]))
		if part := partitive.FindString(rest); part != "" && harm.after != aboardWord {
			if whole := wholeNamed.FindString(rest[len(part):]); whole != "" && harm.after.MatchString(whole) {
				return strings.TrimSpace(wholeNumber.FindString(part)), m[1] // "Forty-two of the 63 earthquake fatalities died when …": 63 died
			}
			count, rest = count+part, rest[len(part):] // "71 of the 77 people on board died"
		}
		who := tollPeople.FindString(rest)
		if harm.before.MatchString(text[:m[0]]) && !otherEventKilled.MatchString(text[:m[0]]) && (who != "" || harm.after != aboardWord) {
			return count + who, m[1] // "killing 21 people", "the death toll later rose to seven", "carrying 17 people" (not "18 champion horses")
		}
		loc := harm.after.FindStringIndex(rest)
		if loc == nil || numberIn.MatchString(rest[:loc[0]]) || len(strings.Fields(rest[:loc[0]])) > 6 || survivedWith.MatchString(rest[:loc[0]]) || negation.MatchString(rest[:loc[0]]) || harmedFigureNext.MatchString(rest[loc[1]:]) {
			continue // "sixty-nine passengers" before "seven fatalities"; "two other passengers survived with injuries"; "40 passengers were rescued and nobody was killed"; "killed three people and injured 40" counts 40 hurt
		}
		return tollRangeLow(text[:m[0]]) + count + who, m[1]
	}
	return "", -1
}

// tollRangeLow is the low end of a range a toll's figure closes, as the
// text before the figure gives it ("two to " of "left two to four
// dead", "10–"), or "": not where a toll went from ("raised the toll
// from 12 to 15").
func tollRangeLow(before string) string {
	m := tollRangeStart.FindStringSubmatch(before)
	if m == nil || strings.EqualFold(m[1], "from") {
		return ""
	}
	return m[2]
}

// tollRangeStart matches the word before a range's low end (group 1)
// and the low end itself with its "to" or dash (group 2), right before
// a figure.
var tollRangeStart = lazyRE(`(?i)(?:(\pL+)\s+)?\b((?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+to\s+|–))$`)

// harmedFigureNext matches a figure right after a harm's word: "injured 40",
// whose harm is that figure's, not the one before it.
var harmedFigureNext = lazyRE(`^\s+` + figureOpening)

// figureOpening matches how a figure opens: a digit, or a number in
// words ("twelve", "dozens").
const figureOpening = `(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b)`

// ordinalOrDay matches what follows a number that counts nothing: an
// ordinal's ending ("11th") or a month's name ("23 March").
var ordinalOrDay = lazyRE(`^(?:st|nd|rd|th)\b|^\s+(?:` + monthNames + `)\b`)

// noneCounted reports whether a number, after the text before it, counts
// none: the "one" of "No one died", the 40 of "None of the 40
// passengers were hurt"; not "No fewer than 30 miners died".
func noneCounted(count, before string) bool {
	return strings.EqualFold(count, "one") && noBefore.MatchString(before) || noneOfBefore.MatchString(before)
}

var (
	// noBefore matches a "no" right before a number.
	noBefore = lazyRE(`(?i)\bno\s+$`)
	// noneOfBefore matches "none of the" right before a number.
	noneOfBefore = lazyRE(`(?i)\bnone\s+of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?$`)
)

// withoutAside is a text after a figure without the aside that may
// follow its first words: "49 people, including 44 on the ground, were
// killed" counts 49 killed.
func withoutAside(rest string) string {
	if m := tollAside.FindStringSubmatchIndex(rest); m != nil {
		return rest[:m[3]] + rest[m[1]:]
	}
	return rest
}

// sinceClause reports whether a text, the sentence before a figure,
// ends in the "since" clause of a record ("the deadliest tram accident
// … since an accident at Dover in 1917 killed"): the figure counts the
// earlier event.
func sinceClause(before string) bool {
	from := strings.LastIndexAny(before, ".!?") + 1
	sentence := before[from:]
	i := strings.LastIndex(strings.ToLower(sentence), " since ")
	return i >= 0 && recordClaim.MatchString(sentence[:i]) && !strings.ContainsAny(sentence[i:], ";:–—")
}

var (
	// asksDead matches a question that asks the number of dead and
	// nothing else: "how many died?", "how many people were killed in
	// the crash?", "what was the death toll?".
	asksDead = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:how\s+many\s+(?:people\s+|persons\s+|victims\s+)?(?:died|were\s+killed|got\s+killed|lost\s+their\s+lives|perished|dead|deaths|fatalities|were\s+there\s+dead)|what(?:'s|’s|s|\s+was|\s+is|\s+were)\s+the\s+(?:(?:final|total|official)\s+)?(?:death\s+toll|number\s+of\s+(?:dead|deaths|fatalities))|how\s+many\s+deaths\s+were\s+there)` + tollPlace + `\s*[?.!]*$`)
	// asksHarmOf matches a question that counts the people killed
	// (group 1) or hurt (group 2) by something it names: "how many
	// people were killed in the raid?".
	asksHarmOf = lazyRE(`(?i)^(?:so\s+|ok\s+)?how\s+many\s+(?:people\s+|persons\s+|victims\s+)?(?:were\s+|was\s+|got\s+)?(?:(killed|died|perished|drowned|lost\s+their\s+lives)|(injured|hurt|wounded))\s+\S`)
	// asksHurt matches a question that asks the number of injured and
	// nothing else: "how many were injured?", "how many people got hurt?".
	asksHurt = lazyRE(`(?i)^(?:so\s+|ok\s+)?how\s+many\s+(?:people\s+|persons\s+)?(?:were\s+|got\s+)?(?:injured|hurt|wounded|injuries)` + tollPlace + `\s*[?.!]*$`)
	// asksAboard matches a question that asks how many were aboard and
	// nothing else: "how many people were on board?", "how many were
	// on the plane?". Not "how many passengers …", which the crew are
	// no part of.
	asksAboard = lazyRE(`(?i)^(?:so\s+|ok\s+)?how\s+many\s+(?:(?:people|persons|souls)\s+)?(?:were\s+)?(?:(?:on\s+board|aboard)(?:\s+(?:the\s+)?` + vehicleNoun + `)?|(?:on|in)\s+the\s+` + vehicleNoun + `)\s*[?.!]*$`)
	// aboardWord and aboardBefore find the words the number aboard is
	// told in: "77 people on board", "carrying 17 people" (not "with at
	// least 2000 passengers not listed on the manifest").
	aboardWord   = lazyRE(`(?i)\b(?:on\s+board|aboard)\b`)
	aboardBefore = lazyRE(`(?i)\b(?:carrying|carried)\s+$`)
	// asksSurvived matches a question that asks how many survived and
	// nothing else: "how many survived?", "how many people survived the
	// crash?", "how many survivors were there?".
	asksSurvived = lazyRE(`(?i)^(?:so\s+|ok\s+)?how\s+many\s+(?:(?:people|persons|passengers)\s+)?(?:survived|made\s+it|lived|survivors(?:\s+were\s+there)?)(?:\s+(?:the\s+)?` + disasterNoun + `)?` + tollPlace + `\s*[?.!]*$`)
	// survivedWord and survivorsBefore find the words a count of
	// survivors is told in: "24 survivors", "six people survived", "only
	// 24 survivors".
	survivedWord    = lazyRE(`(?i)\b(?:survived|survivors?)\b`)
	survivorsBefore = lazyRE(`(?i)\bsurvivors\s+(?:numbered|were)\s+$`)
	// shareKilled finds a share of dead and its whole: "killing 71 of
	// the 77", "71 of the 77 people on board died".
	shareKilled = lazyRE(`(?i)\b(?:killing|killed)\s+(\d[\d,]*|` + wordsPattern(numberWords) + `)\s+of\s+(?:the|its|their)\s+(\d[\d,]*|` + wordsPattern(numberWords) + `)\b`)
	// deadWord and hurtWord find the words a toll is told in.
	deadWord = lazyRE(`(?i)\b(?:killed|dead|died|deaths|fatalities|perished|lost\s+their\s+lives|drowned)\b`)
	hurtWord = lazyRE(`(?i)\b(?:injured|injuries|hurt|wounded)\b`)
	// deadBefore and hurtBefore match a toll's words before its figure:
	// "the death toll later rose to ", "killing ", "killed all ",
	// "injuring ".
	deadBefore = lazyRE(`(?i)(?:\bdeath\s+toll\b[^.,;]{0,30}?\b(?:of|to|at|was|reached|is|stood\s+at)|\b(?:killing|killed|claimed\s+the\s+lives\s+of)(?:\s+all)?)\s+$`)
	hurtBefore = lazyRE(`(?i)\b(?:injuring|injured|wounding|wounded)\s+$`)
	// otherEventKilled matches a relative clause's toll, which tells of
	// the event its noun names, as often as not another than the
	// story's: "The May 1676 Southwark fire that killed ".
	otherEventKilled = lazyRE(`(?i)\b(?:that|which)\s+(?:killed|injured)(?:\s+all)?\s+$`)
	// survivedWith matches the words of survivors hurt: "survived with".
	survivedWith = lazyRE(`(?i)\bsurviv\w*\s+with\s*$`)
	// tollAside matches an aside after a figure's first words: "
	// people, including 44 on the ground,".
	tollAside = lazyRE(`^((?:\s+[\pL-]+){0,3}),\s+(?:including|among\s+them|mostly|most\s+of\s+them)\s+[^,.;]+,`)
	// partitive matches a share's whole after its figure: " of the 77".
	partitive = lazyRE(`^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\d[\d,]*|` + wordsPattern(numberWords) + `)\b`)
	// wholeNamed matches, after a share's whole, a noun that names the
	// whole as the toll of the dead: " earthquake fatalities", " deaths"
	// (no count of the hurt, which tollAt checks by the harm's words).
	wholeNamed = lazyRE(`(?i)^(?:\s+[\pL-]+)?\s+(?:fatalities|deaths|dead)\b`)
	// wholeNumber finds the whole's figure in a share: "63" of " of the
	// 63".
	wholeNumber = lazyRE(`\s(?:\d[\d,]*|` + wordsPattern(numberWords) + `)$`)
	// tollPeople matches the people a toll counts, right after it: "
	// people", " passengers".
	tollPeople = lazyRE(`^\s+(?:people|persons|passengers|children|crew\s+members|crews?|men|women|victims|residents|workers|miners|students|soldiers|others)\b`)
)

// tollPlace is what a bare toll question may end in: the event by a
// word any disaster goes by ("in the crash", "in the fire"), "in
// total", "there". Not a place or a part ("in the philippines"), which
// asks a share of the toll.
const tollPlace = `(?:\s+(?:in\s+(?:total|all|it)|in\s+(?:the|this|that)\s+` + disasterNoun + `|there|altogether))?`

// vehicleNoun is the words a question may name a vehicle by.
const vehicleNoun = `(?:plane|aircraft|airplane|jet|flight|helicopter|train|tram|streetcar|bus|coach|ship|boat|ferry|vessel|gondola|car)`

// disasterNoun is the words a disaster goes by in a question.
const disasterNoun = `(?:crash|accident|disaster|tragedy|incident|fire|blaze|explosion|blast|quake|earthquake|storm|hurricane|typhoon|cyclone|tornado|flood|flooding|tsunami|eruption|sinking|collision|derailment|wreck|collapse|attack|avalanche|landslide)`

// namesAskedEvent reports whether a sentence says every word of the
// event a toll question names ("the Mount Tarn earthquake" of "how many
// died in the Mount Tarn earthquake?"), or a near word of it.
func namesAskedEvent(q *question, event string, d *doc) bool {
	in := saidOf(termsBetween(d.pass.tokens, d.start, d.start+len(d.text)))
	for _, w := range wordRe.FindAllString(event, -1) {
		w = strings.ToLower(w)
		if stopWord(w) {
			continue
		}
		i := slices.IndexFunc(q.units, func(u unit) bool { return u.word == w && u.term != "" })
		if i < 0 {
			continue
		}
		if !in.says(q.units[i].term, q.units[i].near) {
			return false
		}
	}
	return true
}

// refersBackTo reports whether sentence b comes right after sentence a
// in its paragraph and opens by referring back to what a tells of: "It
// killed two people", "The quake killed two people".
func refersBackTo(a, b *doc) bool {
	end := a.start + len(a.text)
	return a.pass == b.pass && b.start >= end && strings.TrimSpace(a.pass.text[end:b.start]) == "" && refersBack.MatchString(b.text)
}

// refersBack matches a sentence's opening that refers back to the event
// the sentence before tells of: a pronoun, or "the" and one lower-case
// noun right before a toll's verb.
var refersBack = lazyRE(`^(?:It|They|This|That)\b|^The\s+\p{Ll}+\s+(?:killed|left|injured|caused|claimed|resulted|wounded|hurt)\b`)
