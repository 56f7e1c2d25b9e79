package index

import (
	"regexp"
	"slices"
	"strings"

	"storybot/corpus"
)

var (
	dateExpr  = regexp.MustCompile(`(?i)\b(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|(?:spring|summer|autumn|fall|winter)(?:\s+of)?\s+\d{4}|(?:1[89]|20)\d{2})\b`)
	moneyExpr = regexp.MustCompile(`(?i)(?:[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion|thousand))?|\b\d[\d,.]*\s*(?:million|billion|thousand)?\s*(?:dollars|usd|euros?|tenge|rubles?|roubles?|pounds)\b)`)
	// countExpr finds a number and the words it counts ("81 Soviet-era
	// military aircraft"), but not the number of a designation ("MiG-29")
	// or a year.
	countExpr  = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}-])((?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)(?:\s+[\p{L}][\p{L}\p{N}-]*){0,4})`)
	countStops = map[string]bool{"to": true, "from": true, "of": true, "in": true, "and": true, "or": true, "for": true, "with": true, "at": true, "by": true, "on": true, "were": true, "was": true, "are": true, "is": true}
)

// direct picks the short answer for a question from the best-ranked
// documents. ok is false when the question wants a kind of answer (a date,
// a price) that the documents about its subject do not hold: the story then
// doesn't say, however well the subject matches.
func (e *Engine) direct(q *question, ranked []scored) (answer string, ok bool) {
	top := ranked[0].d
	if q.define && len(q.entities) == 1 && e.onlyNames(q) && top.kind == docEntry {
		return top.entry.Summary, true
	}
	if top.kind == docAttribute && e.asksFor(q, top) {
		switch q.kind {
		case qDate, qMoney, qCount:
			// "How much did the sale make?" may use a cue word of the
			// manufacturer, but a maker is no amount of money.
			if e.evidence(q, top) != "" {
				return top.attr.Value, true
			}
		default:
			return top.attr.Value, true
		}
	}
	for _, s := range ranked[:min(3, len(ranked))] {
		if s.cover < foundThreshold || !e.aboutAll(q, s.d) {
			continue
		}
		if ev := e.evidence(q, s.d); ev != "" {
			return ev, true
		}
	}
	if q.kind == qDate || q.kind == qMoney {
		return "", false
	}
	return "", true
}

// asksFor reports whether a question asks for the attribute a document
// holds: it uses one of the attribute's cue words, or wants a date and the
// attribute is one. A "why" question asks for a reason, so only a cue that
// is a reason word counts: "why was it sold?" does not ask who the seller
// was.
func (e *Engine) asksFor(q *question, d *doc) bool {
	if d.attr.Key == corpus.DateKey && q.kind == qDate {
		return true
	}
	if len(q.hints) > 0 {
		for _, h := range q.hints {
			if d.terms[h]&inCues != 0 {
				return true
			}
		}
		return false
	}
	for _, u := range q.units {
		if u.term != "" && d.terms[u.term]&inCues != 0 {
			return true
		}
	}
	return false
}

// aboutAll reports whether a document is about every entry the question
// names, so a date found in it is the date of the right thing.
func (e *Engine) aboutAll(q *question, d *doc) bool {
	for _, id := range q.entities {
		if !slices.Contains(d.entities, id) && !slices.Contains(d.nearby, id) {
			return false
		}
	}
	return true
}

// evidence returns the part of a document that answers the question's kind:
// a date, an amount, a count, or the one person or place it names that the
// question does not.
func (e *Engine) evidence(q *question, d *doc) string {
	text := d.text
	if d.attr != nil {
		text = d.attr.Value
	}
	switch q.kind {
	case qDate:
		return dateExpr.FindString(text)
	case qMoney:
		return moneyExpr.FindString(text)
	case qCount:
		for _, m := range countExpr.FindAllStringSubmatch(text, -1) {
			if c := trimCount(m[1]); c != "" {
				return c
			}
		}
	case qPerson:
		return e.onlyNew(q, d, corpus.KindPerson)
	case qPlace:
		return e.onlyNew(q, d, corpus.KindPlace)
	}
	return ""
}

// trimCount cuts a counted phrase at the first little word ("81 aircraft to
// the" → "81 aircraft") and rejects years.
func trimCount(s string) string {
	words := strings.Fields(s)
	if len(words) == 0 || dateExpr.MatchString(words[0]) && len(words[0]) == 4 {
		return ""
	}
	out := words[:1]
	for _, w := range words[1:] {
		if countStops[strings.ToLower(w)] {
			break
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// onlyNew returns the name of the single entry of the given kind that the
// document names and the question does not; with none or several, no
// answer is safer than a guess.
func (e *Engine) onlyNew(q *question, d *doc, kind corpus.Kind) string {
	found := ""
	for _, m := range d.mentions {
		if e.kindOf(m.entity) != kind || slices.Contains(q.entities, m.entity) {
			continue
		}
		if found != "" && found != m.entity {
			return ""
		}
		found = m.entity
	}
	if en, ok := e.corpus.Entry(found); ok {
		return en.Name
	}
	return ""
}
