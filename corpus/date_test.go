package corpus

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	good := []struct {
		in   string
		want Date
	}{
		{"March 2023", Date{Year: 2023, Month: time.March}},
		{"autumn 2023", Date{Year: 2023, Season: "autumn"}},
		{"Autumn 2023", Date{Year: 2023, Season: "autumn"}},
		{"fall 2023", Date{Year: 2023, Season: "autumn"}},
		{"winter 2022", Date{Year: 2022, Season: "winter"}},
		{"2 July 1967", Date{Year: 1967, Month: time.July, Day: 2}},
		{"20 march 2019", Date{Year: 2019, Month: time.March, Day: 20}},
		{"29 February 2024", Date{Year: 2024, Month: time.February, Day: 29}},
		{"31 December 1999", Date{Year: 1999, Month: time.December, Day: 31}},
		{"2023", Date{Year: 2023}},
		{"  2023  ", Date{Year: 2023}},
		// The forms people write besides the fact sheet's first ones.
		{"18 January 2024", Date{Year: 2024, Month: time.January, Day: 18}},
		{"January 18, 2024", Date{Year: 2024, Month: time.January, Day: 18}},
		{"March 5 2024", Date{Year: 2024, Month: time.March, Day: 5}},
		{"July 2 1967", Date{Year: 1967, Month: time.July, Day: 2}},
		{"Jan. 18, 2024", Date{Year: 2024, Month: time.January, Day: 18}},
		{"Sept. 3, 2021", Date{Year: 2021, Month: time.September, Day: 3}},
		{"18th January 2024", Date{Year: 2024, Month: time.January, Day: 18}},
		{"2024-01-18", Date{Year: 2024, Month: time.January, Day: 18}},
		{"2024-01", Date{Year: 2024, Month: time.January}},
		{"January 2024", Date{Year: 2024, Month: time.January}},
		{"Jan 2024", Date{Year: 2024, Month: time.January}},
		// Ranges keep their start in the date and their end in End.
		{"5-6 May 2024", Date{Year: 2024, Month: time.May, Day: 5, End: DateBound{2024, time.May, 6}}},
		{"5–6 May 2024", Date{Year: 2024, Month: time.May, Day: 5, End: DateBound{2024, time.May, 6}}},
		{"May 5-6, 2024", Date{Year: 2024, Month: time.May, Day: 5, End: DateBound{2024, time.May, 6}}},
		{"5 May - 6 June 2024", Date{Year: 2024, Month: time.May, Day: 5, End: DateBound{2024, time.June, 6}}},
		{"30 December 2023 – 2 January 2024", Date{Year: 2023, Month: time.December, Day: 30, End: DateBound{2024, time.January, 2}}},
		{"March-May 2023", Date{Year: 2023, Month: time.March, End: DateBound{2023, time.May, 0}}},
		{"2019-2021", Date{Year: 2019, End: DateBound{Year: 2021}}},
		{"2019–2021", Date{Year: 2019, End: DateBound{Year: 2021}}},
		{"2019 — 2021", Date{Year: 2019, End: DateBound{Year: 2021}}},
	}
	for _, tt := range good {
		got, ok := ParseDate(tt.in)
		if !ok || got != tt.want {
			t.Errorf("ParseDate(%q) = %+v, %v; want %+v, true", tt.in, got, ok, tt.want)
		}
	}

	for _, in := range []string{
		"31 February 2023", "29 February 2023", "31 April 2023", "0 March 2023", "32 January 2023",
		"Smarch 2023", "", "   ", "2023 March", "March", "autumn", "sometime in 2023",
		"March 23", "2 July 1967 AD", "mid 2023", "20230", "999", "0999",
		// Ranges must run forwards, be equally precise on both sides and
		// have a year; seasons do not make ranges.
		"6-5 May 2024", "5-5 May 2024", "2021-2019", "5 May - June 2024", "May 5-6",
		"autumn 2023 - spring 2024", "5-6-7 May 2024", "2019-", "-2019", "2019-21",
		"2024-13-01", "2024-02-30", "2024-1-18", "5-31 June 2024",
	} {
		if d, ok := ParseDate(in); ok {
			t.Errorf("ParseDate(%q) = %+v, true; want false", in, d)
		}
	}
}

func TestDateBefore(t *testing.T) {
	// In story order; each date is strictly before every later one.
	order := []string{
		"2 July 1967", "2019-2021", "2023", "2023-2024", "March 2023", "March-May 2023",
		"autumn 2023", "1 November 2023", "1-2 November 2023", "1 November - 3 December 2023",
		"winter 2023", "30 December 2023 – 2 January 2024", "2024",
	}
	dates := make([]Date, len(order))
	for i, s := range order {
		d, ok := ParseDate(s)
		if !ok {
			t.Fatalf("ParseDate(%q) failed", s)
		}
		dates[i] = d
	}
	for i := range dates {
		if dates[i].Before(dates[i]) {
			t.Errorf("%q is before itself", order[i])
		}
		for j := i + 1; j < len(dates); j++ {
			if !dates[i].Before(dates[j]) {
				t.Errorf("%q is not before %q", order[i], order[j])
			}
			if dates[j].Before(dates[i]) {
				t.Errorf("%q is before %q", order[j], order[i])
			}
		}
	}
}

func TestDateString(t *testing.T) {
	cases := map[string]string{
		"2 july 1967":                  "2 July 1967",
		"January 18, 2024":             "18 January 2024",
		"fall 2023":                    "autumn 2023",
		"2023":                         "2023",
		"May 5-6, 2024":                "5–6 May 2024",
		"5 May - 6 June 2024":          "5 May – 6 June 2024",
		"march-may 2023":               "March – May 2023",
		"2019-2021":                    "2019–2021",
		"30 Dec 2023 - 2 Jan 2024":     "30 December 2023 – 2 January 2024",
		"November 2023 - January 2024": "November 2023 – January 2024",
	}
	for in, want := range cases {
		d, ok := ParseDate(in)
		if !ok {
			t.Fatalf("ParseDate(%q) failed", in)
		}
		if got := d.String(); got != want {
			t.Errorf("ParseDate(%q).String() = %q, want %q", in, got, want)
		}
		if back, ok := ParseDate(d.String()); !ok || back != d {
			t.Errorf("%q does not read back: %+v, %v", d.String(), back, ok)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2 July 1967", "May 5-6, 2024", "2019–2021", "autumn 2023", "2024-01-18", "Jan. 18, 2024", "5 May - 6 June 2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDate(s)
		if !ok {
			return
		}
		if d.Year < 1000 || d.Year > 9999 || d.Before(d) {
			t.Fatalf("ParseDate(%q) = %+v", s, d)
		}
		if d.End != (DateBound{}) {
			checkRangeEnd(t, s, d)
		}
		back, ok := ParseDate(d.String())
		if !ok || back != d {
			t.Fatalf("ParseDate(%q) = %+v, written %q, reads back as %+v, %v", s, d, d.String(), back, ok)
		}
	})
}

func TestTimelineOrdersEveryDateForm(t *testing.T) {
	facts := `title: Dates
fields:
  - {key: date, label: Date}
entries:
`
	// Written out of order; the timeline sorts them and keeps each as
	// written.
	written := []string{"2024-01-18", "5-6 May 2024", "2019–2021", "autumn 2023", "January 18, 2024", "May 2024", "2023", "Jan. 17, 2024"}
	for i, w := range written {
		facts += fmt.Sprintf("  - {id: e%d, kind: event, name: Event %d, summary: S., attributes: [{key: date, value: %q, source: article}]}\n", i, i, w)
	}
	c := loadOK(t, withFacts(facts))
	var got []string
	for _, d := range c.Timeline() {
		got = append(got, d.When)
	}
	want := []string{"2019–2021", "2023", "autumn 2023", "Jan. 17, 2024", "2024-01-18", "January 18, 2024", "May 2024", "5-6 May 2024"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("timeline:\n got %q\nwant %q", got, want)
	}
}

// checkRangeEnd checks a parsed range's end against its start field by
// field: as precise, no season, a real day, and later.
func checkRangeEnd(t *testing.T, s string, d Date) {
	t.Helper()
	e := d.End
	switch {
	case d.Season != "":
		t.Fatalf("ParseDate(%q) = %+v: a season does not start a range", s, d)
	case e.Year < 1000 || e.Year > 9999:
		t.Fatalf("ParseDate(%q) = %+v: the range ends in year %d", s, d, e.Year)
	case (e.Month == 0) != (d.Month == 0) || (e.Day == 0) != (d.Day == 0):
		t.Fatalf("ParseDate(%q) = %+v: the range's end is not as precise as its start", s, d)
	case e.Month > time.December || e.Day > time.Date(e.Year, e.Month+1, 0, 0, 0, 0, 0, time.UTC).Day():
		t.Fatalf("ParseDate(%q) = %+v: the range ends on no real day", s, d)
	}
	start := [3]int{d.Year, int(d.Month), d.Day}
	end := [3]int{e.Year, int(e.Month), e.Day}
	for i := range start {
		if end[i] != start[i] {
			if end[i] < start[i] {
				t.Fatalf("ParseDate(%q) = %+v: the range ends before it starts", s, d)
			}
			return
		}
	}
	t.Fatalf("ParseDate(%q) = %+v: the range ends where it starts", s, d)
}
