package index

import (
	"strconv"
	"strings"
	"time"
)

// A date line that only says "the next day" or "a year later" tells a
// reader little alone; the story said the day it follows just before
// ("Columbia landed in San Antonio on March 22. It left the next day"),
// so the line says the date it means too: "the next day (March 23)".

// countedFromDate matches a date that counts from the one told before it:
// "the next day", "the previous year", "two days later", "a week
// earlier", "the day before". Groups: 1 next/following/previous, 2 its
// unit; 3 the count, 4 its unit, 5 later/earlier; 6 a unit, 7
// before/after.
var countedFromDate = lazyRE(`(?i)^(?:the\s+)?(?:(next|following|previous)\s+(day|week|year)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?|years?)\s+(later|after(?:wards?)?|earlier|before)|(day|week|year)\s+(before|after))$`)

// countedBy reads a countedFromDate match as a unit ("day" or "year")
// and a signed count: "two weeks earlier" is day, -14.
func countedBy(m []string) (unit string, n int) {
	switch {
	case m[1] != "":
		unit, n = strings.ToLower(m[2]), 1
		if strings.EqualFold(m[1], "previous") {
			n = -1
		}
	case m[3] != "":
		unit, n = strings.TrimSuffix(strings.ToLower(m[4]), "s"), countWord(m[3])
		if w := strings.ToLower(m[5]); w == "earlier" || w == "before" {
			n = -n
		}
	default:
		unit, n = strings.ToLower(m[6]), 1
		if strings.EqualFold(m[7], "before") {
			n = -1
		}
	}
	if unit == "week" {
		unit, n = "day", 7*n
	}
	return unit, n
}

// anchorDate finds a told date: a day and month with or without a year
// ("March 22", "22 March 1997", "March 22, 1997"), or a year with or
// without its month ("1998", "April 1998"), which years count from.
var anchorDate = lazyRE(`\b(?:(` + fullMonths + `)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|(\d{1,2})\s+(` + fullMonths + `)(?:\s+(\d{4}))?|(?:(?:` + fullMonths + `)\s+)?((?:1[6-9]|20)\d{2}))\b`)

// fullMonths are the month names a date is resolved from.
const fullMonths = `January|February|March|April|May|June|July|August|September|October|November|December`

// resolveRelative is a relative date line with the date it means, from
// the one date told in the sentence before it (or earlier in its own);
// the line as it was when that sentence tells none or several, tells it
// aside ("Smith, born May 5, 1950, was arrested"; "the deal, which
// expires on June 30, 2030, was signed"), or in a form the engine cannot
// count from ("Monday", "Nov. 24", "2015-16"), or when the two do not
// fit (a day after a year alone, a year after a day without one).
func resolveRelative(line string, p *passage) string {
	m := countedFromDate.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil || p == nil {
		return line
	}
	at := strings.Index(p.text, line)
	if at < 0 {
		return line
	}
	anchor := anchorBefore(p, at)
	if anchor == nil {
		return line
	}
	unit, n := countedBy(m)
	if resolved := shiftDate(anchor, unit, n); resolved != "" {
		return line + " (" + resolved + ")"
	}
	return line
}

// anchorBefore is the date a relative date at offset at of a paragraph
// counts from (anchorDate's groups), or nil: the only date told in its
// own sentence before it, else in the nearest of the anchorReach
// sentences before it that tells one (with no quote between), and told
// as that sentence's own, not aside.
func anchorBefore(p *passage, at int) []string {
	from, _ := p.sentenceAt(at)
	text := p.text[from:at]
	for back := 0; !dateIn.MatchString(text) && from > 0 && back < anchorReach; back++ {
		if back > 0 && strings.ContainsAny(text, "\"“”") {
			return nil // a quote between may tell of plans, not of what happened
		}
		prev, _ := p.sentenceAt(from - 1)
		text, from = p.text[prev:from], prev
	}
	told := dateIn.FindAllStringIndex(text, -1)
	if len(told) != 1 {
		return nil // none, or two that might be either
	}
	d := text[told[0][0]:told[0][1]]
	anchor := anchorDate.FindStringSubmatch(d)
	if anchor == nil || anchor[0] != d || dateRange.MatchString(text[told[0][1]:]) || toldAside(text[:told[0][0]]) {
		return nil
	}
	return anchor
}

// anchorReach is how many sentences back a relative date's anchor may
// be told: "On April 22, a monitor saw fishing line in the nest. The
// parents had snagged a fish. The next day, watchers found more".
const anchorReach = 2

// dateRange matches what makes a year the start of a span: "2015-16".
var dateRange = lazyRE(`^\s*[-–/]\s*\d`)

// toldAside reports whether the text of a sentence before a date puts
// the date in an aside about someone or something: "Smith, born", "the
// deal, which expires on", "the mayor, who took office on".
func toldAside(before string) bool {
	if strings.LastIndex(before, "(") > strings.LastIndex(before, ")") {
		return true // "(who first raised questions on May 5, 2015)"
	}
	clause := before[strings.LastIndex(before, ",")+1:]
	return asideWords.MatchString(clause)
}

// asideWords are the words that open an aside's date ("born" right
// after a comma; "was born in April 1998" is the sentence's own) or say
// it is no event's (a term that expires).
var asideWords = lazyRE(`(?i)^\s*(?:born|who|which|whose|that)\b|\b(?:expires?|expiring|due|since|until)\b`)

// shiftDate is an anchor date moved on by n days or years, written as
// the story wrote it; "" when a day is asked of a year alone.
func shiftDate(a []string, unit string, n int) string {
	month, day, year := a[1], a[2], a[3]
	if a[5] != "" {
		month, day, year = a[5], a[4], a[6]
	}
	if a[7] != "" {
		if unit != "year" {
			return ""
		}
		y, _ := strconv.Atoi(a[7])
		return strconv.Itoa(y + n)
	}
	if unit == "year" {
		// "A year later" counts years: the year it means, not a day the
		// story never gave, and none from a day without its year.
		if year == "" {
			return ""
		}
		y, _ := strconv.Atoi(year)
		return strconv.Itoa(y + n)
	}
	d, _ := strconv.Atoi(day)
	y := 2001 // any year that is no leap year, when the story gives none
	if year != "" {
		y, _ = strconv.Atoi(year)
	}
	mon, err := time.Parse("January", month)
	if err != nil {
		return ""
	}
	t := time.Date(y, mon.Month(), d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	out := t.Format("January 2")
	if year != "" {
		out += ", " + strconv.Itoa(t.Year())
	}
	return out
}

// countWord is the number a count word or digits say (numberValue):
// "two" is 2, "a" and "an" 1.
func countWord(w string) int {
	if v, ok := numberValue(strings.ToLower(w)); ok {
		return int(v)
	}
	return 1
}

// passageSaying is the paragraph of the best-ranked article sentence
// whose paragraph says an answer, or nil.
func passageSaying(ranked []scored, answer string) *passage {
	for _, s := range ranked {
		if s.d.kind == docSentence && strings.Contains(s.d.pass.text, answer) {
			return s.d.pass
		}
	}
	return nil
}
