package corpus

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Date is a date as precise as the story gives it: a year, maybe a month or
// season, maybe a day; or a range of such dates ("5-6 May 2024",
// "2019-2021").
type Date struct {
	Year int
	// Month is 1–12, or 0 when only the year (or a season) is known.
	Month time.Month
	Day   int
	// Season is "spring", "summer", "autumn" or "winter" when the story
	// dates something by season.
	Season string
	// End is the last day, month or year of a range, as precise as the
	// start; its zero value means the date is not a range.
	End DateBound
}

// DateBound is the end of a date range.
type DateBound struct {
	Year  int
	Month time.Month
	Day   int
}

// IsRange reports whether d spans from its start to d.End.
func (d Date) IsRange() bool { return d.End.Year != 0 }

// DateExamples lists the date forms ParseDate reads, for error messages.
const DateExamples = `"2 July 1967", "July 2, 1967", "1967-07-02", "March 2023", "autumn 2023", "2023", ` +
	`or a range such as "5-6 May 2024", "May 5-6, 2024" or "2019-2021"`

// seasonMonth places a season in the year for ordering, using the
// northern-hemisphere middle month; "winter 2023" sorts at December.
var seasonMonth = map[string]time.Month{
	"spring": time.April, "summer": time.July, "autumn": time.October, "fall": time.October, "winter": time.December,
}

// dateSeparators reads dashes as hyphens, which join a range, and commas as
// spaces.
var dateSeparators = strings.NewReplacer("–", "-", "—", "-", ",", " ")

// ParseDate reads a date in the forms people write them: "2 July 1967",
// "July 2, 1967", "Jul. 2 1967", "1967-07-02", "March 2023", "2023-03",
// "autumn 2023" (or "fall 2023"), "2023", and ranges of those joined by a
// hyphen or dash: "5-6 May 2024", "May 5-6, 2024", "5 May - 6 June 2024",
// "March-May 2023", "2019-2021". A range's start must come before its end
// and both must be equally precise.
func ParseDate(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 64 {
		return Date{}, false // no real date is this long; bounds the work
	}
	if d, ok := parseISO(s); ok {
		return d, true
	}
	s = dateSeparators.Replace(strings.ToLower(s))
	parts := strings.Split(s, "-")
	switch len(parts) {
	case 1:
		p, ok := parsePart(strings.Fields(parts[0]))
		if !ok || !p.complete() {
			return Date{}, false
		}
		return p.date(), true
	case 2:
		return parseRange(strings.Fields(parts[0]), strings.Fields(parts[1]))
	}
	return Date{}, false
}

// parseISO reads "2024-01-18" and "2024-01".
func parseISO(s string) (Date, bool) {
	f := strings.Split(s, "-")
	if len(f) < 2 || len(f) > 3 || len(f[0]) != 4 || len(f[1]) != 2 || len(f) == 3 && len(f[2]) != 2 {
		return Date{}, false
	}
	n := make([]int, len(f))
	for i, x := range f {
		v, err := strconv.Atoi(x)
		if err != nil || x[0] == '+' || x[0] == '-' {
			return Date{}, false
		}
		n[i] = v
	}
	p := part{year: n[0], month: time.Month(n[1])}
	if len(n) == 3 {
		p.day = n[2]
	}
	if p.year < 1000 || p.month < 1 || p.month > 12 || len(n) == 3 && (p.day < 1 || p.day > daysIn(p.month, p.year)) {
		return Date{}, false
	}
	return p.date(), true
}

// part is one side of a date or range, with whatever pieces it gives.
type part struct {
	year   int
	month  time.Month
	day    int
	season string
}

// complete reports whether p names a real date: a year, a day only with a
// month, and a day that month has.
func (p part) complete() bool {
	if p.year == 0 || p.day != 0 && p.month == 0 {
		return false
	}
	return p.day == 0 || p.day <= daysIn(p.month, p.year)
}

func (p part) date() Date {
	return Date{Year: p.year, Month: p.month, Day: p.day, Season: p.season}
}

// precision says which pieces p has, for comparing a range's two sides.
func (p part) precision() int {
	switch {
	case p.day != 0:
		return 3
	case p.month != 0:
		return 2
	case p.season != "":
		return 1
	}
	return 0
}

// parsePart reads the words of one side: a season and a year, or a day, a
// month and a year in either "18 January" or "January 18" order, any of
// which may be missing (a range's side inherits them from the other).
func parsePart(words []string) (part, bool) {
	var p part
	var order []byte // 'd', 'm', 'y', 's' in the order seen
	for _, w := range words {
		switch {
		case isYear(w):
			p.year, _ = strconv.Atoi(w)
			order = append(order, 'y')
		case isDay(w):
			p.day, _ = strconv.Atoi(strings.TrimRight(w, "stndrh"))
			order = append(order, 'd')
		default:
			if m, ok := parseMonth(strings.TrimSuffix(w, ".")); ok {
				p.month = m
				order = append(order, 'm')
			} else if _, ok := seasonMonth[w]; ok {
				p.season = w
				if w == "fall" {
					p.season = "autumn"
				}
				order = append(order, 's')
			} else {
				return part{}, false
			}
		}
	}
	switch string(order) {
	case "", "d", "m", "y", "dm", "md", "my", "dy", "dmy", "mdy", "sy":
		return p, true
	}
	return part{}, false
}

func isYear(w string) bool {
	return len(w) == 4 && allDigits(w) && w[0] != '0'
}

// isDay accepts "5", "05" and "5th".
func isDay(w string) bool {
	digits := strings.TrimRightFunc(w, unicode.IsLetter)
	if len(digits) == 0 || len(digits) > 2 || !allDigits(digits) {
		return false
	}
	switch w[len(digits):] {
	case "", "st", "nd", "rd", "th":
	default:
		return false
	}
	n, _ := strconv.Atoi(digits)
	return n >= 1 && n <= 31
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseRange reads "A - B" where A may leave out the year (and the month)
// that B gives, and B may leave out the month A gives ("May 5-6, 2024").
func parseRange(left, right []string) (Date, bool) {
	a, ok := parsePart(left)
	if !ok || a.season != "" {
		return Date{}, false
	}
	b, ok := parsePart(right)
	if !ok || b.season != "" || b.year == 0 {
		return Date{}, false
	}
	if a.year == 0 {
		a.year = b.year
	}
	if a.month == 0 && a.day != 0 {
		a.month = b.month
	}
	if b.month == 0 && b.day != 0 {
		b.month = a.month
	}
	if !a.complete() || !b.complete() || a.precision() != b.precision() {
		return Date{}, false
	}
	d := a.date()
	d.End = DateBound{Year: b.year, Month: b.month, Day: b.day}
	end := b.date()
	if !d.start().Before(end) {
		return Date{}, false
	}
	return d, true
}

// monthNames maps full names and common abbreviations to months.
var monthNames = func() map[string]time.Month {
	m := map[string]time.Month{"sept": time.September}
	for mo := time.January; mo <= time.December; mo++ {
		name := strings.ToLower(mo.String())
		m[name] = mo
		m[name[:3]] = mo
	}
	return m
}()

func parseMonth(s string) (time.Month, bool) {
	m, ok := monthNames[strings.ToLower(s)]
	return m, ok
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// start is d without its end.
func (d Date) start() Date {
	d.End = DateBound{}
	return d
}

// Before reports whether d comes before o. A date known only to the year
// sorts before the months of that year, and a season at its middle month.
// A range sorts by its start, and after a single date with the same start;
// of two ranges with the same start, the shorter comes first. Dates that
// differ only in being a month or a season are ordered month first, so
// Before is a strict total order on the dates ParseDate returns.
func (d Date) Before(o Date) bool {
	a, b := d.sortKey(), o.sortKey()
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return d.Season < o.Season
}

func (d Date) sortKey() [6]int {
	return [6]int{d.Year, int(d.sortMonth()), d.Day, d.End.Year, int(d.End.Month), d.End.Day}
}

func (d Date) sortMonth() time.Month {
	if d.Month != 0 {
		return d.Month
	}
	return seasonMonth[d.Season]
}

// String writes d in one standard form: "2 July 1967", "March 2023",
// "autumn 2023", "2023", "5–6 May 2024", "5 May – 6 June 2024",
// "2019–2021". ParseDate reads it back as the same date.
func (d Date) String() string {
	if !d.IsRange() {
		return formatPart(d.Year, d.Month, d.Day, d.Season)
	}
	e := d.End
	switch {
	case d.Month == 0:
		return fmt.Sprintf("%d–%d", d.Year, e.Year)
	case d.Year != e.Year:
		return formatPart(d.Year, d.Month, d.Day, "") + " – " + formatPart(e.Year, e.Month, e.Day, "")
	case d.Day != 0 && d.Month == e.Month:
		return fmt.Sprintf("%d–%d %s %d", d.Day, e.Day, d.Month, d.Year)
	case d.Day != 0:
		return fmt.Sprintf("%d %s – %d %s %d", d.Day, d.Month, e.Day, e.Month, d.Year)
	default:
		return fmt.Sprintf("%s – %s %d", d.Month, e.Month, d.Year)
	}
}

func formatPart(year int, month time.Month, day int, season string) string {
	switch {
	case day != 0:
		return fmt.Sprintf("%d %s %d", day, month, year)
	case month != 0:
		return fmt.Sprintf("%s %d", month, year)
	case season != "":
		return fmt.Sprintf("%s %d", season, year)
	}
	return strconv.Itoa(year)
}
