package corpus

import (
	"strconv"
	"strings"
	"time"
)

// Date is a date as precise as the story gives it: a year, maybe a month or
// season, maybe a day.
type Date struct {
	Year int
	// Month is 1–12, or 0 when only the year (or a season) is known.
	Month time.Month
	Day   int
	// Season is "spring", "summer", "autumn" or "winter" when the story
	// dates something by season.
	Season string
}

// seasonMonth places a season in the year for ordering, using the
// northern-hemisphere middle month; "winter 2023" sorts at December.
var seasonMonth = map[string]time.Month{
	"spring": time.April, "summer": time.July, "autumn": time.October, "fall": time.October, "winter": time.December,
}

// ParseDate reads the date forms the fact sheet uses: "2023", "March 2023",
// "autumn 2023" and "2 July 1967".
func ParseDate(s string) (Date, bool) {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(s)))
	var d Date
	if len(f) == 0 || len(f) > 3 {
		return d, false
	}
	year, err := strconv.Atoi(f[len(f)-1])
	if err != nil || year < 1000 || year > 9999 {
		return d, false
	}
	d.Year = year
	switch len(f) {
	case 2:
		if _, ok := seasonMonth[f[0]]; ok {
			d.Season = f[0]
			if d.Season == "fall" {
				d.Season = "autumn"
			}
			return d, true
		}
		m, ok := parseMonth(f[0])
		d.Month = m
		return d, ok
	case 3:
		m, ok := parseMonth(f[1])
		day, err := strconv.Atoi(f[0])
		if !ok || err != nil || day < 1 || day > daysIn(m, year) {
			return Date{}, false
		}
		d.Month, d.Day = m, day
	}
	return d, true
}

func parseMonth(s string) (time.Month, bool) {
	for m := time.January; m <= time.December; m++ {
		if strings.EqualFold(s, m.String()) {
			return m, true
		}
	}
	return 0, false
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Before reports whether d comes before o. A date known only to the year
// sorts before the months of that year, and a season at its middle month.
func (d Date) Before(o Date) bool {
	if d.Year != o.Year {
		return d.Year < o.Year
	}
	if d.sortMonth() != o.sortMonth() {
		return d.sortMonth() < o.sortMonth()
	}
	return d.Day < o.Day
}

func (d Date) sortMonth() time.Month {
	if d.Month != 0 {
		return d.Month
	}
	return seasonMonth[d.Season]
}
