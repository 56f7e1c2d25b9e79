package index

import (
	"strings"
	"testing"
)

func TestCompareAnswersFromBothSidesFigures(t *testing.T) {
	article := "In Georgia, Blackbeard Island and Wassaw refuges comprise more than 15 miles of shoreline.\n\n" +
		"Both refuges report banner seasons: inventories showed 537 nests at Blackbeard Island and 480 at Wassaw.\n\n" +
		"The madtom doesn’t reach 3 inches in length. The amphiuma lives in swamps. They aren’t big: One longer than 8 inches is a bragging-size find.\n\n" +
		"Thirty parrots are about to be set free. About two dozen people are watching from behind the blind.\n"
	e := buildFrom(t, article, "")
	for q, want := range map[string][]string{
		"Which refuge had more nests, Blackbeard Island or Wassaw?":                {"Blackbeard Island", "537 nests", "480"},
		"Which refuge had fewer nests, Blackbeard Island or Wassaw?":               {"Wassaw", "480", "537 nests"},
		"Which gets bigger, the madtom or the amphiuma?":                           {"Amphiuma", "8 inches", "3 inches"},
		"Which was bigger: the crowd of people watching or the number of parrots?": {"Number of parrots", "Thirty parrots", "two dozen people"},
	} {
		a := ask(t, e, q)
		for _, w := range want {
			if !strings.Contains(a.Answer, w) {
				t.Errorf("%q: answer %q, want it to say %q", q, a.Answer, w)
			}
		}
		if !strings.HasPrefix(a.Answer, want[0]) {
			t.Errorf("%q: answer %q, want %q first", q, a.Answer, want[0])
		}
	}
	// No figure for what is asked, no answer line: the article dates
	// neither fish.
	if a := ask(t, e, "Which came first, the madtom or the amphiuma?"); a.Answer != "" {
		t.Errorf("answer %q, want none", a.Answer)
	}
}

func TestParseFigure(t *testing.T) {
	for phrase, want := range map[string]float64{
		"537 nests at Blackbeard Island": 537, "Thirty parrots": 30, "About two dozen people are watching": 24,
		"a dozen conservation organizations": 12, "more than 1,200 years ago": 1200, "3.5 miles of beach": 3.5,
	} {
		if f, ok := parseFigure(phrase); !ok || f.value != want {
			t.Errorf("parseFigure(%q) = %+v, %v; want %v", phrase, f, ok, want)
		}
	}
	if _, ok := parseFigure("One longer than 8 inches"); ok {
		t.Error(`"One longer than …" is one of them, not a figure`)
	}
}

func TestCompareDatesFromTheFactSheet(t *testing.T) {
	article := "The Su-24, the MiG-27 and the MiG-31 are relics of a bygone era.\n"
	e := buildFrom(t, article, flightsFacts)
	for q, want := range map[string]string{
		"which came first, the mig-31 or the su-24?": "Su-24 (first flight 2 July 1967, against 16 September 1975 for the MiG-31)",
		"which is newer, the su-24 or the mig-31":    "MiG-31 (first flight 16 September 1975, against 2 July 1967 for the Su-24)",
	} {
		if a := ask(t, e, q); a.Answer != want {
			t.Errorf("%q: answer %q, want %q", q, a.Answer, want)
		}
	}
	// The fact sheet does not date the MiG-27: no side is picked.
	if a := ask(t, e, "which is older, the mig-27 or the mig-31"); strings.Contains(a.Answer, "MiG") {
		t.Errorf("answer %q, want no pick", a.Answer)
	}
}
