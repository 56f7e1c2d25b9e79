package index

import (
	"context"
	"strings"
	"time"
)

// leadWinner answers a bare "who won?" ("who won it?", "who won the
// final?") with the side the story's lead names: "was won by Richmond",
// "Germany won the final 1–0", "the Gladiators defeated the Kings",
// "Toronto's 2–0 win over Seattle", "with Boston prevailing five games
// to three". Other paragraphs tell of other games (a season's, an
// earlier meeting's) as often as not: a lead that names no result
// leaves the question no line (eventRows), where any name near "won"
// in the best passage would be a guess.
func (e *Engine) leadWinner(*question) string {
	return e.wholeName(e.fromLead(winnerIn))
}

// leadLoser answers a bare "who lost?" with the loser the story's lead
// names: the one a result sentence names ("the Gladiators defeated the
// Kings"), else the other of the two sides it pairs with the winner
// ("contested by Chile and Germany" before "Germany won the final
// 1–0"), or "".
func (e *Engine) leadLoser(*question) string {
	if loser := e.fromLead(loserIn); loser != "" {
		return e.wholeName(loser)
	}
	winner := e.fromLead(winnerIn)
	if winner == "" {
		return ""
	}
	return e.wholeName(e.fromLead(func(text string) string { return pairedSide(text, winner) }))
}

// wholeName is a side's name as the lead gives it in full: "Cassius
// Clay" for "Clay won the fight" after "Cassius Clay met Alex Miteff";
// not "West Germany" for a later paragraph's 1974 side.
func (e *Engine) wholeName(name string) string {
	if name == "" {
		return ""
	}
	if full := e.personBySurname(name); full != "" && e.leadSays(full) {
		return full
	}
	return name
}

// leadSays reports whether the story's lead holds the words s.
func (e *Engine) leadSays(s string) bool {
	return e.fromLead(func(text string) string {
		if strings.Contains(text, s) {
			return s
		}
		return ""
	}) != ""
}

// whoVerbedIt matches a who-question with nothing but a verb and a bare
// "it": "who found it?", "who started this?".
var whoVerbedIt = lazyRE(`(?i)^(?:so\s+|ok\s+)?who\s+\pL+\s+(?:it|this|that)\s*[?.!]*$`)

// leadAnswer answers a question of the story's own event (leadLine)
// that no passage covers well enough for a line, asked in words the
// story never uses ("lost" of a story that says "was won by Richmond",
// "died" of one that says "79 dead", "involved"): the lead's answer,
// shown with the passages that name it beside the story's title; nil
// when the lead has none.
func (e *Engine) leadAnswer(ctx context.Context, q *question, text string, opt Options, start time.Time) *Answer {
	line, _ := e.leadLine(q)
	if line == "" && (q.event == nil || !q.event.showsLead) {
		return nil
	}
	return e.leadShown(ctx, line, text, opt, start)
}

// leadShown is an answer line from the story's lead shown with the
// passages that name it beside the story's title ("who is involved?",
// with no line: the lead, by the title's words), or nil.
func (e *Engine) leadShown(ctx context.Context, line, text string, opt Options, start time.Time) *Answer {
	plain := strings.TrimSpace(line + " " + e.corpus.Title)
	a, err := e.answer(ctx, e.read(plain), plain, opt, start)
	if err != nil || len(a.Results) == 0 {
		return nil
	}
	a.Query, a.Answer, a.Found = text, line, true
	return a
}

// pairedSide is the name a text pairs with the winner's ("Chile and
// Germany", "the Tigers against the Crows"), or "".
func pairedSide(text, winner string) string {
	names := nameSpans(text)
	for i := 0; i+1 < len(names); i++ {
		if !pairGap.MatchString(text[names[i].end:names[i+1].start]) {
			continue
		}
		if !sideEnds.MatchString(text[names[i+1].end:]) {
			continue // "against the National League (NL) champion Pittsburgh Pirates": a side's title, not the side
		}
		a, b := names[i].text, names[i+1].text
		switch {
		case sameSide(a, winner) && !sameSide(b, winner):
			return b
		case sameSide(b, winner) && !sameSide(a, winner):
			return a
		}
	}
	return ""
}

// sameSide reports whether two names are one side, one the other's
// short form: "Richmond" and "the Richmond Football Club".
func sameSide(a, b string) bool {
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// winnerIn is the first name a text says won its event, or "".
func winnerIn(text string) string {
	for r := range resultsIn(text) {
		return r.winner
	}
	return ""
}

// loserIn is the first name a text says lost its event, or "".
func loserIn(text string) string {
	for r := range resultsIn(text) {
		if r.loser != "" {
			return r.loser
		}
	}
	return ""
}

// result is one event's outcome a sentence tells: its winner, and its
// loser when the sentence names one.
type result struct{ winner, loser string }

// resultsIn yields the results a text tells, in its order.
func resultsIn(text string) func(yield func(result) bool) {
	return func(yield func(result) bool) {
		names := nameSpans(text)
		for i := range names {
			if r, ok := resultAt(text, names, i); ok && !yield(r) {
				return
			}
		}
	}
}

// resultAt is the result the text tells around its i-th name, if any.
func resultAt(text string, names []span, i int) (result, bool) {
	n := names[i]
	if wonBy.MatchString(text[:n.start]) {
		if i+1 < len(names) && memberRole.MatchString(text[n.end:names[i+1].start]) {
			return result{winner: names[i+1].text}, true // "won by Carlin driver António Félix da Costa": the driver, not his team
		}
		return result{winner: n.text}, true
	}
	if i+1 < len(names) {
		next, gap := names[i+1], text[n.end:names[i+1].start]
		switch {
		case beatGap.MatchString(gap):
			return result{n.text, next.text}, true
		case lostToGap.MatchString(gap):
			return result{next.text, n.text}, true
		}
	}
	if wonEvent.MatchString(text[n.end:]) || defeatedOther.MatchString(text[n.end:]) {
		return result{winner: n.text}, true
	}
	return result{}, false
}

var (
	// asksBareWinner matches "who won?" with nothing but the event:
	// "who won it", "who won the final", "which team won?".
	asksBareWinner = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:who|(?:which|what)\s+(?:team|side|club))\s+(?:won|wins|took)(?:\s+(?:it|the\s+` + eventNoun + `))?\s*[?.!]*$`)
	// asksBareLoser matches "who lost?" with nothing but the event:
	// "who lost it", "who was beaten in the final", "which team lost?".
	asksBareLoser = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:who|(?:which|what)\s+(?:team|side|club))\s+(?:lost|loses|(?:was|got)\s+beat(?:en)?)(?:\s+(?:it|(?:in\s+)?the\s+` + eventNoun + `))?\s*[?.!]*$`)
	// memberRole matches a role in lower case between a team's name and
	// its member's: " driver ", " captain ".
	memberRole = lazyRE(`^\s+[a-z]+\s+$`)
	// wonBy matches "was won by " right before a name.
	wonBy = lazyRE(`(?i)\b(?:was|were)\s+won\s+by\s+$`)
	// wonEvent matches, right after a name, its winning of an event or
	// by a score: " won the final", " won his eighteenth … title", " won
	// 72–65", ", who won at odds of 36-1", " prevailing five games to
	// three"; not " won seven games",
	// which any season counts.
	wonEvent = lazyRE(`^(?:,\s+who)?\s+(?:won\s+(?:(?:the|his|her|their|its)\s+[^,.;]{0,50}?\b` + eventNoun + `\b|,?\s*\d{1,3}\s?[–-]\s?\d{1,3}\b|at\s+odds\b)|prevail(?:ed|ing)\b)`)
	// defeatedOther matches, right after a name, its defeating another:
	// " defeated the Kings", " beat Seattle"; not " defeated in the
	// fourth round", a loss.
	defeatedOther = lazyRE(`^\s+(?:defeated|beat)\s+(?:the\s+)?\p{Lu}`)
	// beatGap matches what stands between a winner's name and its
	// loser's: " defeated the ", "'s 2–0 win over ".
	beatGap = lazyRE(`^(?:\s+(?:defeated|beat|overcame)\s+|['’]s\s+(?:\d{1,3}\s?[–-]\s?\d{1,3}\s+)?(?:win|victory)\s+(?:over|against)\s+)(?:the\s+)?$`)
	// lostToGap matches what stands between a loser's name and its
	// winner's: " lost to the ", " lost the final 2–1 to ".
	// pairGap matches what stands between the names of two sides: " and
	// the ", " against ", " vs ".
	pairGap = lazyRE(`^\s+(?:and|against|versus|vs\.?|v\.?)\s+(?:the\s+)?$`)
	// sideEnds matches what may follow the second of two sides: the end
	// of a clause or a place, a date or a time ("Chile and Germany.",
	// "the Richmond Football Club at the Melbourne Cricket Ground").
	sideEnds  = lazyRE(`^(?:\s*[,.;:]|\s+(?:on|at|in|for|from|with|by)\b|\s*$)`)
	lostToGap = lazyRE(`^\s+lost\s+(?:[^,.;]{0,40}?\s)?to\s+(?:the\s+)?$`)
)

// eventNoun is the nouns of a contest a bare "who won the …?" names.
const eventNoun = `(?:final|race|fight|match|game|title|championship|cup|series|tournament|bout|premiership)`
