package corpus

import (
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
		"March 23", "2 July 1967 AD", "July 2 1967", "mid 2023", "20230", "999",
	} {
		if d, ok := ParseDate(in); ok {
			t.Errorf("ParseDate(%q) = %+v, true; want false", in, d)
		}
	}
}

func TestDateBefore(t *testing.T) {
	// In story order; each date is strictly before every later one.
	order := []string{"2 July 1967", "2023", "March 2023", "autumn 2023", "1 November 2023", "winter 2023", "2024"}
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
