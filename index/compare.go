package index

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"storybot/corpus"
	"storybot/index/internal/lexicon"
)

// Compare questions ("Which Georgia refuge had more nests, Blackbeard
// Island or Wassaw?") are answered from the figures the article gives for
// each of the two things compared: each side's figure is the number in
// the sentence that best speaks of that side (its own words, and the
// question's other words), and the answer names the side the comparison
// picks, with both figures, so a reader sees why.

// comparatives maps a comparative word to the way it picks a side: +1
// the larger figure, -1 the smaller; for time words, +1 the earlier.
var comparatives = map[string]int{
	"more": 1, "most": 1, "bigger": 1, "biggest": 1, "larger": 1, "largest": 1, "longer": 1,
	"higher": 1, "greater": 1, "heavier": 1, "taller": 1, "wider": 1, "deeper": 1, "faster": 1,
	"less": -1, "least": -1, "fewer": -1, "fewest": -1, "smaller": -1, "smallest": -1,
	"shorter": -1, "lower": -1, "lighter": -1, "slower": -1,
}

// earlierWords and laterWords ask which came first or last in time.
var (
	earlierWords = map[string]bool{"first": true, "earlier": true, "sooner": true, "older": true}
	laterWords   = map[string]bool{"later": true, "last": true, "newer": true, "younger": true}
)

// compareCue recognises a compare question: a comparative and two sides
// joined by "or".
var compareCue = lazyRE(`(?i)\b(?:` + comparativeWords() + `)\b.*\bor\b|\bor\b.*\b(?:` + comparativeWords() + `)\b`)

func comparativeWords() string {
	var ws []string
	for w := range comparatives {
		ws = append(ws, w)
	}
	for w := range earlierWords {
		ws = append(ws, w)
	}
	for w := range laterWords {
		ws = append(ws, w)
	}
	slices.Sort(ws) // one pattern, whatever the maps' order
	return strings.Join(ws, "|")
}

// compareSides finds the two things a compare question weighs: the words
// after its last "or", and those before it back to a colon, a comma or
// the comparative ("… had more nests, Blackbeard Island or Wassaw?").
func compareSides(text string) (a, b string, ok bool) {
	text = strings.TrimRight(strings.TrimSpace(text), "?.! ")
	i := strings.LastIndex(strings.ToLower(text), " or ")
	if i < 0 {
		return "", "", false
	}
	before, after := strings.TrimRight(text[:i], ",;: "), text[i+len(" or "):]
	start := strings.LastIndexAny(before, ":,") + 1
	if loc := comparativeIn.FindAllStringIndex(before, -1); len(loc) > 0 {
		start = max(start, loc[len(loc)-1][1])
	}
	before = before[start:]
	a, b = trimSide(before), trimSide(after)
	return a, b, a != "" && b != ""
}

// comparison reports whether a question the compare cue matched weighs
// two sides: a comparative that is no "more than N", and "first" or
// "last" only where it closes what is asked ("which came first, A or
// B?", not "when did the first bats arrive or leave?").
func comparison(question string) bool {
	if _, _, ok := compareSides(question); !ok {
		return false
	}
	for _, loc := range comparativeIn.FindAllStringIndex(question, -1) {
		w, rest := strings.ToLower(question[loc[0]:loc[1]]), question[loc[1]:]
		switch {
		case comparatives[w] != 0 && thanNext.MatchString(rest):
		case (w == "first" || w == "last") && !closesAsked.MatchString(rest):
		default:
			return true
		}
	}
	return false
}

var (
	thanNext    = lazyRE(`(?i)^\s+than\b`)
	closesAsked = lazyRE(`(?i)^\s*(?:[,:?]|or\b|$)`)
)

var comparativeIn = lazyRE(`(?i)\b(?:` + comparativeWords() + `)\b`)

// trimSide drops the little words a side opens with ("more", "the").
func trimSide(s string) string {
	s = strings.TrimSpace(s)
	for {
		w, rest, found := strings.Cut(s, " ")
		lw := strings.ToLower(w)
		if !found || !(comparatives[lw] != 0 || lw == "the" || lw == "a" || lw == "an") {
			return s
		}
		s = rest
	}
}

// figure is a side's number as the article says it.
type figure struct {
	value float64
	text  string // "537 nests"
	bare  bool   // "about 500": no word of what it counts
	ago   bool   // "about 500 years ago": a time before now
	age   bool   // "Bo Reed, 23, of Elm Bay": a person's age
	// start and end are where the figure stands in its sentence.
	start, end int
}

// compareAnswer answers a compare question from the article's figures for
// its two sides, or "" when either side has none, both have the same, or
// the question's comparative does not say which to pick.
func (e *Engine) compareAnswer(q *question) string {
	a, b, ok := compareSides(q.text)
	if !ok {
		return ""
	}
	if ans := e.compareFacts(q, a, b); ans != "" {
		return ans
	}
	ta, tb := e.sideTerms(a, b), e.sideTerms(b, a)
	if opensWho.MatchString(strings.ToLower(q.core)) {
		ta, tb = namesLikeOther(q, ta, tb), namesLikeOther(q, tb, ta)
	}
	if len(ta) == 0 || len(tb) == 0 {
		return ""
	}
	fa, okA := e.sideFigure(q, ta, tb, nil)
	if !okA {
		return ""
	}
	fb, okB := e.sideFigure(q, tb, ta, &fa)
	if !okB {
		// b's best figure may not be like a's best: try a's like b's.
		if fb, okB = e.sideFigure(q, tb, ta, nil); okB {
			fa, okA = e.sideFigure(q, ta, tb, &fb)
		}
	}
	if !okA || !okB || fa.text == fb.text || fa.value == fb.value {
		return ""
	}
	pick := pickSide(q.text, fa, fb)
	switch pick {
	case 1:
		return fmt.Sprintf("%s (%s, against %s)", capitalise(a), fa.text, fb.text)
	case -1:
		return fmt.Sprintf("%s (%s, against %s)", capitalise(b), fb.text, fa.text)
	}
	return ""
}

// compareFacts answers "which came first" (or later, newer, older) when
// each side names one fact-sheet entry and both have a dated attribute of
// the same field ("which is newer, the KX-5 or the KX-7?" by their
// first voyages), or "".
func (e *Engine) compareFacts(q *question, a, b string) string {
	if !asksWhichFirst(q.text) {
		return ""
	}
	ea, eb := e.sideEntry(a), e.sideEntry(b)
	if ea == nil || eb == nil || ea == eb {
		return ""
	}
	for _, x := range ea.Attributes {
		da, ok := corpus.ParseDate(x.Value)
		if !ok {
			continue
		}
		for _, y := range eb.Attributes {
			db, ok := corpus.ParseDate(y.Value)
			if y.Key != x.Key || !ok || !da.Before(db) && !db.Before(da) {
				continue
			}
			label := x.Key
			if f, ok := e.corpus.Field(x.Key); ok {
				label = strings.ToLower(f.Label)
			}
			first, second, fd, sd := ea, eb, x.Value, y.Value
			if db.Before(da) == earlierAsked(q.text) {
				first, second, fd, sd = eb, ea, y.Value, x.Value
			}
			return fmt.Sprintf("%s (%s %s, against %s for the %s)", first.Name, label, fd, sd, second.Name)
		}
	}
	return ""
}

// earlierAsked reports whether a which-came-first question asks for the
// earlier side ("first", "older") rather than the later ("newer").
func earlierAsked(question string) bool {
	for _, w := range strings.Fields(strings.ToLower(question)) {
		w = strings.Trim(w, ",.?!:;")
		if earlierWords[w] {
			return true
		}
		if laterWords[w] {
			return false
		}
	}
	return true
}

// sideEntry is the one fact-sheet entry a side of a compare question
// names, or nil.
func (e *Engine) sideEntry(side string) *corpus.Entry {
	ms := e.em.find(side, e.an.tokens(side))
	if ids := entityIDs(ms); len(ids) == 1 {
		if en, _ := e.entry(ids[0]); en != nil && !en.FromArticle {
			return en
		}
	}
	return nil
}

// pickSide returns 1 when the question's comparative picks side a's
// figure, -1 when it picks b's, 0 when it says nothing of which.
func pickSide(question string, fa, fb figure) int {
	larger := 1
	if fb.value > fa.value {
		larger = -1
	}
	for _, w := range strings.Fields(strings.ToLower(question)) {
		w = strings.Trim(w, ",.?!:;")
		switch {
		case earlierWords[w] && fa.ago:
			return larger // more years ago is earlier
		case laterWords[w] && fa.ago:
			return -larger
		case comparatives[w] != 0 && !fa.ago:
			return comparatives[w] * larger
		}
	}
	return 0
}

// sideTerms are the analysed words that tell one side from the other.
func (e *Engine) sideTerms(side, other string) []string {
	not := map[string]bool{}
	for _, t := range e.an.terms(other) {
		not[t] = true
	}
	var out []string
	for _, t := range e.an.terms(side) {
		if !not[t] && e.df[t] > 0 && !e.frame[t] {
			out = append(out, t)
		}
	}
	return out
}

// namesLikeOther is a side's names alone when the other side is only a
// name: "who has more days in space, Mogensen or Furukawa?" weighs
// Mogensen, not "days in space Mogensen". Only of a "who" question,
// whose sides are people: "which lasted longer, the strike or Jencks'
// time in solitary?" weighs the time, not Jencks.
func namesLikeOther(q *question, side, other []string) []string {
	isName := func(t string) bool { return q.nameTerms[t] }
	if len(other) == 0 || !slices.ContainsFunc(side, isName) || slices.ContainsFunc(other, func(t string) bool { return !isName(t) }) {
		return side
	}
	if slices.ContainsFunc(side, func(t string) bool { return !isName(t) && strings.ContainsAny(t, "0123456789") }) {
		return side // "who won more votes in 2018, Kovac or Lind?": the year is both sides'
	}
	return slices.DeleteFunc(slices.Clone(side), func(t string) bool { return !isName(t) })
}

// sideFigure finds a side's figure among the article's sentences: one
// in a sentence that says the side's own words (or has them in its
// paragraph) and the question's other words, nearer the side's words than
// the other side's ("537 nests at Blackbeard Island and 480 at Wassaw"),
// best if it counts a word of the question ("nests").
func (e *Engine) sideFigure(q *question, side, other []string, like *figure) (figure, bool) {
	temporal, units, thing := asksWhichFirst(q.text), comparedUnits(q.text), e.comparedThing(q)
	var best figure
	bestScore := math.Inf(-1)
	for _, d := range e.docs {
		if len(d.figures) == 0 {
			continue // not a sentence, or one without a figure
		}
		own, ctx := 0.0, 0.0
		for _, t := range side {
			switch {
			case d.terms[t]&inText != 0:
				own++
			case d.terms[t]&inContext != 0:
				ctx++
			}
		}
		if own == 0 && ctx == 0 {
			continue
		}
		shared := 0.0
		for _, u := range q.units {
			if u.term != "" && d.terms[u.term] != 0 {
				shared += u.weight
			}
		}
		sentence := 2*own + ctx + 0.5*shared
		mine, theirs := anchors(d, side), anchors(d, other)
		counted := slices.ContainsFunc(d.figures, func(f docFigure) bool { return figureCountsAsked(q, side, f.terms) })
		items := listItems(d.text, 0)
		for _, df := range d.figures {
			f := df.figure
			near := distance(f, mine)
			if !sidesFigure(items, f, mine, theirs) || f.ago != temporal {
				continue // the other side's figure, or no time for "which came first"
			}
			if e.countsOtherThing(q, thing, f) {
				continue // "which lost more houses?" is not answered by "1,773 fires"
			}
			fit := figureFits(q, side, df, units, counted || len(mine) > 0 && e.saysAsked(q, side, d))
			if fit == 0 || like != nil && !measureAlike(f, *like) {
				continue // a figure of something else: "three interacting populations"
			}
			score := sentence + fit - float64(min(near, 200))/200
			if score > bestScore {
				best, bestScore = f, score
			}
		}
	}
	return best, !math.IsInf(bestScore, -1)
}

// sidesFigure reports whether a figure is the side's rather than the
// other side's: the side's when the stretch between commas or
// semicolons that holds it names only that side ("Clay was 19 years old
// and weighed 188 pounds; Miteff … weighed 210 pounds"), else when it
// stands nearer the side's words.
func sidesFigure(items [][2]int, f figure, mine, theirs []Span) bool {
	item := itemAt(items, f.start)
	in := func(anchors []Span) bool {
		return slices.ContainsFunc(anchors, func(a Span) bool { return a.Start >= item[0] && a.End <= item[1] })
	}
	if ownItem, otherItem := in(mine), in(theirs); ownItem != otherItem {
		return ownItem
	}
	return distance(f, mine) <= distance(f, theirs)
}

// figureFits says how well a figure counts what a side asks about: 2 when
// it counts a word of the side or one near it ("Thirty parrots"), 1 a
// word of the question ("537 nests"), a unit ("3 inches") or a time, or
// is a bare number beside a figure that counts it ("… and 480 at
// Wassaw") or in a sentence that says the side and what is asked; 0 when
// it counts something else. units are those the question's comparative
// measures in (comparedUnits), nil for any.
func figureFits(q *question, side []string, df docFigure, units map[string]bool, siblingCounts bool) float64 {
	f, terms := df.figure, df.terms
	if f.age && !asksAge.MatchString(q.text) || !f.age && asksAge.MatchString(q.text) && opensWho.MatchString(strings.ToLower(q.core)) {
		// "who got the longer sentence?" is not answered by their ages,
		// nor "who was older?" by anything else ("which is older?" may
		// be, by years).
		return 0
	}
	if (unitOf(f) != "" || f.ago || strings.ContainsAny(f.text, "$€£")) && asksMoreOfThings(q.text) {
		return 0 // "which killed more people?" counts people, not hours
	}
	if units != nil {
		// "who was heavier?" is answered by pounds, not inches nor a
		// bare number, and "which flight was longer, Skylab 4 or …?"
		// not by the 4 of its name.
		if units[strings.ToLower(lastWordOf(f.text))] {
			return 2
		}
		return 0
	}
	if slices.ContainsFunc(side, func(t string) bool { return slices.Contains(terms, t) }) {
		return 2
	}
	for _, u := range q.units {
		if slices.Contains(side, u.term) && slices.ContainsFunc(u.syns, func(s string) bool { return slices.Contains(terms, s) }) {
			return 2
		}
	}
	switch {
	case figureCountsAsked(q, side, terms), unitOf(f) != "", f.ago:
		return 1
	case f.bare && siblingCounts:
		return 1
	}
	return 0
}

// comparedThing is the analysed noun whose numbers a question compares
// between two sides ("which town lost more houses?": "hous"), or ""
// when it asks no such thing or the nouns are the sides ("were there
// more males or females?").
func (e *Engine) comparedThing(q *question) string {
	if !asksMoreOfThings(q.text) {
		return ""
	}
	noun := moreOf.FindStringSubmatch(strings.ToLower(q.text))[1]
	if a, b, ok := compareSides(q.text); !ok || containsWords(strings.ToLower(a), noun) || containsWords(strings.ToLower(b), noun) {
		return ""
	}
	if asked := e.an.terms(noun); len(asked) > 0 {
		return asked[0]
	}
	return ""
}

// countsOtherThing reports whether a figure counts another noun than the
// compared thing ("more houses": not "1,773 fires"), nor one the story
// uses for it ("30 homes" for houses).
func (e *Engine) countsOtherThing(q *question, thing string, f figure) bool {
	if thing == "" || f.bare {
		return false
	}
	word := strings.ToLower(lastWordOf(f.text))
	said := e.an.terms(word)
	if len(said) == 0 || said[0] == thing || lexicon.Lookup(lexicon.Base(word)).POS&lexicon.Noun == 0 {
		return false
	}
	return !slices.ContainsFunc(q.units, func(u unit) bool { return u.term == thing && slices.Contains(u.near, said[0]) })
}

// asksMoreOfThings reports whether a question compares how many of a
// thing there are, "more" or "fewer" before a plural noun ("killed more
// people", "fewer hatcheries"): a measure
// (hours, dollars, miles) is no count of them.
func asksMoreOfThings(question string) bool {
	m := moreOf.FindStringSubmatch(strings.ToLower(question))
	if m == nil || isUnit(m[1]) {
		return false
	}
	base := lexicon.Base(m[1])
	plural := base != m[1] || m[1] == "people"
	return plural && lexicon.Lookup(base).POS&lexicon.Noun != 0 && !lexicon.IsKindOf(base, "measure")
}

// moreOf matches "more" or "fewer" before a word; group 1 is the word.
var moreOf = lazyRE(`\b(?:more|fewer)\s+(\pL+)`)

// comparedUnits are the units a question's comparative measures in
// ("heavier": pounds, kilograms; "longer": lengths and times), or nil
// when it names no one measure ("more").
func comparedUnits(question string) map[string]bool {
	for _, w := range strings.Fields(strings.ToLower(question)) {
		if units, ok := measuredBy[strings.Trim(w, ",.?!:;")]; ok {
			return units
		}
	}
	return nil
}

// measuredBy maps a comparative to the units it measures in: "taller"
// to lengths, so that an age is never compared with a height ("Miteff
// (27, against 6)"); "longer" and "shorter" to lengths and times (a
// shorter sentence, a longer flight), so that "which flight was longer,
// Skylab 4 or Crew-1?" does not weigh the 4 of a name against a
// "four-person crew".
var measuredBy = map[string]map[string]bool{"heavier": weightUnits, "lighter": weightUnits, "faster": speedUnits, "slower": speedUnits, "taller": lengthUnits, "longer": lengthsAndTimes, "shorter": lengthsAndTimes}

// lengthsAndTimes are the units of length and of time.
var lengthsAndTimes = func() map[string]bool {
	out := maps.Clone(lengthUnits)
	maps.Copy(out, timeUnits)
	return out
}()

// asksAge matches a question that compares ages.
var asksAge = lazyRE(`(?i)\b(?:older|oldest|younger|youngest|age|ages|old)\b`)

// saysAsked reports whether a sentence says a word of the question other
// than the side's own: "Green sea turtle nests bore the brunt, with about
// 500 lost" counts nests.
func (e *Engine) saysAsked(q *question, side []string, d *doc) bool {
	for _, u := range q.units {
		if u.term != "" && u.topical && !slices.Contains(side, u.term) && d.terms[u.term]&inText != 0 {
			return true
		}
	}
	return false
}

// asksWhichFirst reports whether a compare question asks which came
// first or last in time, not which is more.
func asksWhichFirst(question string) bool {
	for _, w := range strings.Fields(strings.ToLower(question)) {
		w = strings.Trim(w, ",.?!:;")
		if comparatives[w] != 0 {
			return false
		}
		if earlierWords[w] || laterWords[w] {
			return true
		}
	}
	return false
}

// measureAlike reports whether two figures measure alike: both times
// before now, or both counts in the same unit (or none): "537 nests" and
// "15 miles" are not.
func measureAlike(f, g figure) bool {
	return f.ago == g.ago && unitOf(f) == unitOf(g)
}

// unitOf is the unit a figure is measured in ("inches"), or "".
func unitOf(f figure) string {
	words := strings.Fields(strings.ToLower(f.text))
	if len(words) == 0 {
		return ""
	}
	last := strings.Trim(words[len(words)-1], ",.;:")
	if isUnit(last) {
		return lexicon.Base(last)
	}
	return ""
}

// anchors are where a sentence says any of the words.
func anchors(d *doc, terms []string) []Span {
	return tokenSpans(d.tokens, func(t string) bool { return slices.Contains(terms, t) })
}

// distance is how far a figure stands from the nearest anchor; as far as
// can be when there is none.
func distance(f figure, anchors []Span) int {
	end := f.end
	if f.bare {
		// A bare number's span runs over the words after it ("6 when
		// Clay hit Miteff"), which it does not count.
		end = min(end, f.start+len(f.text))
	}
	return gapTo(f.start, end, anchors)
}

// gapTo is how far the text from start to end stands from the nearest of
// anchors (0 when they touch or overlap), math.MaxInt when there is none.
func gapTo(start, end int, anchors []Span) int {
	d := math.MaxInt
	for _, a := range anchors {
		d = min(d, max(start-a.End, a.Start-end, 0))
	}
	return d
}

// highlightAnchors are where a text says the question's words: the
// anchors an answer's distance is measured from.
func highlightAnchors(q *question, toks []token) []Span {
	return tokenSpans(toks, func(t string) bool { return q.highlight[t] })
}

// tokenSpans are the spans of the tokens whose terms keep accepts.
func tokenSpans(toks []token, keep func(term string) bool) []Span {
	var out []Span
	for _, t := range toks {
		if keep(t.term) {
			out = append(out, Span{t.start, t.end})
		}
	}
	return out
}

// figureCountsAsked reports whether a figure, by its analysed words, counts a
// word of the question other than the side's own ("537 nests" for "which
// had more nests").
func figureCountsAsked(q *question, side []string, terms []string) bool {
	for _, t := range terms {
		if !slices.Contains(side, t) && slices.ContainsFunc(q.units, func(u unit) bool { return u.term == t }) {
			return true
		}
	}
	return false
}

// docFigure is a figure of an article sentence with the analysed words
// of its text, found once at Build.
type docFigure struct {
	figure
	terms []string
}

// sentenceFigures are a sentence's figures with their analysed words,
// or none when it has no number.
func sentenceFigures(an analyzer, text string) []docFigure {
	if !numberIn.MatchString(text) {
		return nil
	}
	var out []docFigure
	for _, f := range figuresIn(text) {
		out = append(out, docFigure{f, an.terms(f.text)})
	}
	return out
}

// figuresIn are a text's figures: its numbers and its times before now.
func figuresIn(text string) []figure {
	var out []figure
	for _, n := range numbers(text) {
		if f, ok := parseFigure(n.text); ok {
			f.start, f.end = n.start, n.end
			f.age = ageNumber.MatchString(n.text) && ageAfterName.MatchString(text[:n.start]) && strings.HasPrefix(text[n.end:], ",")
			out = append(out, f)
		}
	}
	for _, loc := range agoIn.FindAllStringIndex(text, -1) {
		if f, ok := parseFigure(text[loc[0]:loc[1]]); ok {
			f.start, f.end = loc[0], loc[1]
			out = append(out, f)
		}
	}
	return out
}

// ageAfterName matches the name and comma a person's age follows in
// news style: "Bo A. Reed, " of "Bo A. Reed, 23, of Elm Bay".
var ageAfterName = lazyRE(`\p{Lu}[\pL'’.-]*,\s*$`)

// ageNumber matches a number alone that may be an age: "23", not "five
// Australians".
var ageNumber = lazyRE(`^\d{1,3}$`)

// agoIn finds a time before now: "about 500 years ago", "between 900
// and 1,200 years ago".
var agoIn = lazyRE(`(?i)\b(?:about |some |nearly |more than )?(?:between )?[\d,]+(?: and [\d,]+)? (?:years|decades|centuries) ago\b`)

// parseFigure reads a number phrase ("more than 600 bats", "Thirty
// parrots", "two dozen people", "537 nests at Blackbeard Island") as a
// figure: its value, and its text cut after the word it counts.
func parseFigure(phrase string) (figure, bool) {
	words := strings.Fields(phrase)
	var value float64
	found, end := false, 0
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",.;:%"))
		if i == 0 && (lw == "one" || lw == "a") && !(len(words) > 1 && multipliers[strings.ToLower(words[1])]) {
			return figure{}, false // "One longer than 8 inches": one of them
		}
		if lw == "a" {
			value, found = 1, true // "a dozen"
			continue
		}
		if v, ok := numberValue(lw); ok {
			if found && multipliers[lw] {
				value *= v
			} else if !found {
				value = v
			} else {
				break
			}
			found, end = true, i+1
			continue
		}
		if found {
			break
		}
	}
	if !found {
		return figure{}, false
	}
	f := figure{value: value}
	rest := strings.ToLower(strings.Join(words[end:], " "))
	if strings.Contains(rest, "ago") {
		f.ago = true
		if strings.HasPrefix(rest, "decades") {
			f.value *= 10
		} else if strings.HasPrefix(rest, "centuries") {
			f.value *= 100
		}
	}
	f.text = figureText(words, end)
	f.bare = len(strings.Fields(f.text)) == end
	if f.ago {
		f.text = strings.TrimRight(phrase, ",.;:")
	}
	return f, true
}

// figureText is a figure's words: its number and the words it counts, up
// to a plural ("19 states", "a dozen conservation organizations"), at
// most two of them, and none of a verb or a little word ("about 500
// lost", "two dozen people are watching").
func figureText(words []string, numberEnd int) string {
	end := numberEnd
	for end < len(words) && end < numberEnd+2 {
		w := strings.ToLower(strings.Trim(words[end], ",.;:!?—–"))
		if w == "" || countStops[w] || littleWords[w] || verbForm(w) {
			break
		}
		end++
		if strings.HasSuffix(w, "s") || w != strings.ToLower(words[end-1]) {
			break // a plural, or a word its punctuation ends
		}
	}
	return strings.TrimRight(strings.Join(words[:end], " "), ",.;:!?—–")
}

// littleWords are words that never name what a figure counts.
var littleWords = map[string]bool{"a": true, "an": true, "the": true, "be": true, "been": true, "that": true, "which": true, "who": true, "where": true, "when": true, "as": true, "than": true, "had": true, "have": true, "has": true}

// multipliers multiply the number before them: "two dozen", "3 million".
var multipliers = map[string]bool{"dozen": true, "hundred": true, "thousand": true, "million": true, "billion": true}

// numberValue reads one word of a number: digits ("1,200", "3.5") or a
// number word ("thirty", "dozen").
func numberValue(w string) (float64, bool) {
	if v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64); err == nil {
		return v, true
	}
	v, ok := numberWordValues[w]
	return v, ok
}

var numberWordValues = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1000,
	"million": 1e6, "billion": 1e9,
}

// capitalise upper-cases a text's first letter.
func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
