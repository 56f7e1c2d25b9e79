package index

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"storybot/corpus"
)

// This file answers compare questions that no figure near both sides
// answers: "which came first, A or B?" from the dates the article gives
// each side, and "which is longer, A or B?" from each side's length.
// Each side is asked on its own ("when A?", "how long is A?"), as a
// reader would look it up, and the two answers are put in order.

// firstBySides is the side of a which-came-first question whose date the
// article gives as earlier (or later, for "which came last"), with both
// dates; "" unless each side has a date of its own and they differ.
func (e *Engine) firstBySides(ctx context.Context, q *question) string {
	if !asksWhichFirst(q.text) {
		return ""
	}
	a, b, ok := compareSides(q.text)
	if !ok {
		return ""
	}
	shared := sideContext(q.text)
	da, ta, okA := e.sideDate(ctx, a, shared)
	db, tb, okB := e.sideDate(ctx, b, shared)
	if !okA || !okB || ta == tb || da.yearless != db.yearless || !da.Before(db.Date) && !db.Before(da.Date) {
		return e.orderSaid(q, a, b)
	}
	first, fd, sd := a, ta, tb
	if db.Before(da.Date) == earlierAsked(q.text) {
		first, fd, sd = b, tb, ta
	}
	return fmt.Sprintf("%s (%s, against %s)", capitalise(asTyped(q.text, first)), fd, sd)
}

// asTyped is a side of a compare question with the article it was typed
// with: "the Harrison robbery", which trimSide cut to "Harrison robbery".
func asTyped(question, side string) string {
	lq, ls := strings.ToLower(question), strings.ToLower(side)
	for _, article := range []string{"the ", "a ", "an "} {
		if strings.Contains(lq, article+ls) {
			return question[strings.Index(lq, article+ls):][:len(article)] + side
		}
	}
	return side
}

// sideDate is the date the article gives one side of a which-came-first
// question, asked as "when SIDE SHARED?", and the answer line it was
// read from.
func (e *Engine) sideDate(ctx context.Context, side, shared string) (articleDate, string, bool) {
	if years := yearRe.FindAllString(side, -1); len(years) == 1 {
		// "the 2009 strike or the 2016 one" are dated by their names.
		d, ok := corpus.ParseDate(years[0])
		return articleDate{Date: d}, years[0], ok
	}
	ans := e.lineAsked(ctx, "when "+side+" "+shared, qDate)
	d, ok := parseArticleDate(ans)
	return d, ans, ok && ans != ""
}

// lineAsked is the answer line the engine gives a question it puts to
// itself, read as one of kinds; "" when it reads otherwise or the story
// gives no line.
func (e *Engine) lineAsked(ctx context.Context, text string, kinds ...qtype) string {
	sub := e.read(strings.TrimSpace(text))
	if !slices.Contains(kinds, sub.kind) {
		return ""
	}
	ranked, err := e.rank(ctx, sub)
	if err != nil || len(ranked) == 0 || !e.speaksOf(sub, ranked) {
		return ""
	}
	if ans, ok := e.direct(sub, ranked); ok && !refusal(ans) {
		return ans
	}
	return ""
}

// articleDate is a date as an answer line gives it; yearless when it
// names a day of a month, or a month, and no year ("12 March",
// "August"), which orders only against another such.
type articleDate struct {
	corpus.Date
	yearless bool
}

// parseArticleDate reads an answer line's date: "in 1975", "April 2,
// 1873", "on 12 March".
func parseArticleDate(line string) (articleDate, bool) {
	s := datePreamble.ReplaceAllString(strings.TrimSpace(line), "")
	s = shortMonths.Replace(s) // "Sept. 30" → "September 30"
	if d, ok := corpus.ParseDate(s); ok {
		return articleDate{Date: d}, true
	}
	if !yearlessDay.MatchString(s) {
		return articleDate{}, false
	}
	d, ok := corpus.ParseDate(s + ", 2000") // "March 12" → "March 12, 2000"
	if !ok {
		d, ok = corpus.ParseDate(s + " 2000") // "12 March" → "12 March 2000", "August" → "August 2000"
	}
	return articleDate{Date: d, yearless: true}, ok
}

// shortMonths writes the months news text shortens in full.
var shortMonths = strings.NewReplacer("Jan. ", "January ", "Feb. ", "February ", "Aug. ", "August ", "Sept. ", "September ",
	"Sep. ", "September ", "Oct. ", "October ", "Nov. ", "November ", "Dec. ", "December ")

var (
	// datePreamble matches the words an answer line may set before its
	// date: "in", "on", "by", "around".
	datePreamble = lazyRE(`(?i)^(?:(?:in|on|by|around|about|circa|c\.)\s+)+`)
	// yearlessDay matches a day of a month, or a month, with no year:
	// "12 March", "March 12", "August".
	yearlessDay = lazyRE(`^(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\s+\d{1,2})?)$`)
)

// sideContext is what a which-came-first question says of both sides
// besides them, to ask each side with: "made their discovery" of "who
// made their discovery earlier, Schumann or Becquerel?"; "" for "which
// came first, A or B?".
func sideContext(question string) string {
	text := strings.TrimRight(strings.TrimSpace(question), "?.! ")
	i := strings.LastIndex(strings.ToLower(text), " or ")
	if i < 0 {
		return ""
	}
	before := text[:max(strings.LastIndexAny(text[:i], ":,"), 0)]
	var kept []string
	for _, w := range strings.Fields(before) {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if orderFiller[lw] || comparatives[lw] != 0 || earlierWords[lw] || laterWords[lw] {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// orderFiller are the words of a which-came-first question that say only
// that it asks an order: "which", "came", "happened".
var orderFiller = map[string]bool{"which": true, "who": true, "what": true, "whats": true, "what's": true, "came": true, "come": true,
	"happened": true, "happen": true, "was": true, "were": true, "is": true, "are": true, "did": true, "does": true, "do": true,
	"of": true, "the": true, "two": true, "these": true, "those": true, "one": true, "went": true, "occurred": true}

// moreBySides answers "which is bigger (older, longer…), A or B?" when no
// figure near either side compares them: each side is asked the
// question the comparative stands for ("how old is A?", "how long did A
// last?") through the same ranking and lines, and the figures of the two
// answers, when alike, picked as the comparative says.
func (e *Engine) moreBySides(ctx context.Context, q *question) string {
	ask, pick := measureAskedBy(q.text)
	if ask == "" {
		return ""
	}
	a, b, ok := compareSides(q.text)
	if !ok {
		return ""
	}
	shared := sideContext(q.text)
	fa, okA := e.sideMeasure(ctx, ask, a, shared)
	fb, okB := e.sideMeasure(ctx, ask, b, shared)
	if !okA || !okB || fa.value == fb.value || fa.text == fb.text || !measureAlike(fa, fb) {
		return ""
	}
	first, ff, sf := a, fa, fb
	if (fb.value > fa.value) == (pick > 0) {
		first, ff, sf = b, fb, fa
	}
	return fmt.Sprintf("%s (%s, against %s)", capitalise(asTyped(q.text, first)), ff.text, sf.text)
}

// sideMeasure is the figure of the answer line to "ASK SIDE SHARED?",
// its text the line's.
func (e *Engine) sideMeasure(ctx context.Context, ask, side, shared string) (figure, bool) {
	ans := e.lineAsked(ctx, ask+" "+side+" "+shared, qMeasure, qCount, qMoney)
	if ans == "" {
		return figure{}, false
	}
	f, ok := parseFigure(strings.TrimPrefix(ans, "$"))
	f.text = ans // "450 metres", as the line says it
	return f, ok
}

// measureAskedBy is the question a comparative stands for, asked of each
// side ("older" → "how old is"), and how it picks: +1 the larger figure,
// -1 the smaller; "" when the question's comparative stands for none.
func measureAskedBy(question string) (string, int) {
	for _, w := range strings.Fields(strings.ToLower(question)) {
		if m, ok := measureOfComparative[strings.Trim(w, ",.?!:;")]; ok {
			return m.ask, m.pick
		}
	}
	return "", 0
}

// measureOfComparative maps a comparative to the question it stands for.
var measureOfComparative = map[string]struct {
	ask  string
	pick int
}{
	"older": {"how old is", 1}, "younger": {"how old is", -1},
	"bigger": {"how big is", 1}, "larger": {"how big is", 1}, "smaller": {"how big is", -1},
	"longer": {"how long", 1}, "shorter": {"how long", -1},
	"taller": {"how tall is", 1}, "heavier": {"how heavy is", 1}, "lighter": {"how heavy is", -1},
	"faster": {"how fast", 1}, "slower": {"how fast", -1}, "higher": {"how high", 1}, "deeper": {"how deep", 1},
}

// orderSaid answers "which came first, A or B?" from a sentence of the
// article that says both sides with "after" or "before" between them:
// "Hi-C Flare launched … one minute after FOXSI-4" puts FOXSI-4 first,
// and the line quotes it. "" when no sentence says so, or sentences
// disagree.
func (e *Engine) orderSaid(q *question, a, b string) string {
	ta, tb := e.sideTerms(a, b), e.sideTerms(b, a)
	if len(ta) == 0 || len(tb) == 0 {
		return ""
	}
	answer, said := "", ""
	for _, d := range e.docs {
		if d.kind != docSentence {
			continue
		}
		ea, okA := saysAllTerms(d.tokens, ta)
		eb, okB := saysAllTerms(d.tokens, tb)
		if !okA || !okB {
			continue
		}
		lo, hi, firstSaid, secondSaid := min(ea, eb), max(ea, eb), a, b
		if eb < ea {
			firstSaid, secondSaid = b, a
		}
		between := orderWord.FindAllStringSubmatch(strings.ToLower(d.text[lo:hi]), -1)
		if len(between) != 1 {
			continue
		}
		// "A launched one minute after B", "A was built before B";
		// "A in 1850, and before that B in 1779" points back at A.
		earlier := firstSaid
		if (between[0][1] == "after") == (between[0][2] == "") {
			earlier = secondSaid
		}
		if answer != "" && answer != earlier {
			return "" // the article says both ways of these words
		}
		answer, said = earlier, d.text
	}
	if answer == "" {
		return ""
	}
	if !earlierAsked(q.text) {
		answer = map[string]string{a: b, b: a}[answer]
	}
	return clip(capitalise(asTyped(q.text, answer))+": "+said, maxLineRunes)
}

// saysAllTerms reports whether a sentence's tokens say every one of
// terms, and where the last of the terms' first mentions ends: a side's
// place in the sentence.
func saysAllTerms(toks []token, terms []string) (int, bool) {
	end, seen := 0, map[string]bool{}
	for _, t := range toks {
		if slices.Contains(terms, t.term) && !seen[t.term] {
			seen[t.term] = true
			end = t.end
		}
	}
	return end, len(seen) == len(terms)
}

// orderWord finds the words that put one event before another, and a
// word after them that points back at the first ("before that").
var orderWord = lazyRE(`\b(after|before)\b(\s+(?:that|this|then|it|which))?`)
