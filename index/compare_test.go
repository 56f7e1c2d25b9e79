package index

import (
	"strings"
	"testing"
)

func TestCompareAnswersFromBothSidesFigures(t *testing.T) {
	article := "In Oregon, Cedar Point and Elk Bay parks together cover more than 20 miles of coast.\n\n" +
		"Both parks had a good year: counts showed 312 pups at Cedar Point and 275 at Elk Bay.\n\n" +
		"The dace doesn’t reach 4 inches in length. The sculpin lives under river stones. They aren’t big: One longer than 7 inches is a rare find.\n\n" +
		"Forty swans are about to be set free. About a dozen children are watching from behind the fence.\n"
	e := buildFrom(t, article, "")
	for q, want := range map[string][]string{
		"Which park had more pups, Cedar Point or Elk Bay?":                        {"Cedar Point", "312 pups", "275"},
		"Which park had fewer pups, Cedar Point or Elk Bay?":                       {"Elk Bay", "275", "312 pups"},
		"Which gets bigger, the dace or the sculpin?":                              {"Sculpin", "7 inches", "4 inches"},
		"Which is smaller, the dace or the sculpin?":                               {"Dace", "4 inches", "7 inches"},
		"Which was bigger: the crowd of children watching or the number of swans?": {"Number of swans", "Forty swans", "a dozen children"},
		"Were there more swans or children?":                                       {"Swans", "Forty swans", "a dozen children"},
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
	if a := ask(t, e, "Which came first, the dace or the sculpin?"); a.Answer != "" {
		t.Errorf("answer %q, want none", a.Answer)
	}
}

func TestParseFigure(t *testing.T) {
	for phrase, want := range map[string]float64{
		"312 pups at Cedar Point": 312, "Forty swans": 40, "About three dozen children are watching": 36,
		"a dozen rowing clubs": 12, "more than 2,400 years ago": 2400, "6.5 miles of trail": 6.5,
	} {
		if f, ok := parseFigure(phrase); !ok || f.value != want {
			t.Errorf("parseFigure(%q) = %+v, %v; want %v", phrase, f, ok, want)
		}
	}
	if _, ok := parseFigure("One longer than 7 inches"); ok {
		t.Error(`"One longer than …" is one of them, not a figure`)
	}
}

func TestCompareDatesFromTheFactSheet(t *testing.T) {
	article := "The Su-24, the MiG-27 and the MiG-31 are relics of a bygone era.\n"
	e := buildFrom(t, article, flightsFacts)
	wantLines(t, e, map[string]string{
		"which came first, the mig-31 or the su-24?": "Su-24 (first flight 2 July 1967, against 16 September 1975 for the MiG-31)",
		"which is newer, the su-24 or the mig-31":    "MiG-31 (first flight 16 September 1975, against 2 July 1967 for the Su-24)",
	})
	// The fact sheet does not date the MiG-27: no side is picked.
	if a := ask(t, e, "which is older, the mig-27 or the mig-31"); strings.Contains(a.Answer, "MiG") {
		t.Errorf("answer %q, want no pick", a.Answer)
	}
}

func TestNumbersTakeACommaOnlyBeforeThreeDigits(t *testing.T) {
	for text, want := range map[string]string{
		"a plan to widen Route 105, that tracked the bats": "105",
		"as many as 50,000 bats left the cave":             "as many as 50,000 bats left the cave",
	} {
		if got := numbers(text); len(got) == 0 || got[0].text != want {
			t.Errorf("numbers(%q) = %+v, want first %q", text, got, want)
		}
	}
}

// TestNumberedIsNoCount: "#6036" and "No. 5" number a thing, and count
// nothing.
func TestNumberedIsNoCount(t *testing.T) {
	for text, want := range map[string]string{
		"cab car #6036 and 3 coaches":     "3 coaches",
		"Train No. 5 left with 40 riders": "40 riders",
	} {
		if got := numbers(text); len(got) == 0 || got[0].text != want {
			t.Errorf("numbers(%q) = %+v, want first %q", text, got, want)
		}
	}
}

// TestCapitaliseKeepsLetters: a side typed in lower case opens the answer
// in capitals, whatever its alphabet.
func TestCapitaliseKeepsLetters(t *testing.T) {
	for in, want := range map[string]string{"élan": "Élan", "мост": "Мост", "blackbeard": "Blackbeard", "": ""} {
		if got := capitalise(in); got != want {
			t.Errorf("capitalise(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestComparisonNeedsTwoSides: "first" that opens what is asked and
// "more than N" weigh no two sides, so the question keeps its own kind.
func TestComparisonNeedsTwoSides(t *testing.T) {
	e := plainFrom(t, "The first bats arrived at Cedar Cave in 1998. More than 400 nests were lost in the storm.\n", "")
	wantLines(t, e, map[string]string{"When did the first bats arrive or leave?": "1998"})
	for q, want := range map[string]qtype{
		"were more than 400 nests lost or damaged?":             qYesNo,
		"which came first, the bats or the turtles?":            qCompare,
		"which refuge had more nests, gull point or heron bay?": qCompare,
	} {
		if got, _, _ := e.classify(q); got != want {
			t.Errorf("classify(%q) = %s, want %s", q, kindRow(got).name, kindRow(want).name)
		}
	}
}

// TestCompareFigureLikeAYear: "2100 nests" is a count, though the number
// could be a year.
func TestCompareFigureLikeAYear(t *testing.T) {
	e := plainFrom(t, "Gull Point refuge counted 2100 nests this summer. Heron Bay refuge counted 480 nests.\n", "")
	a := ask(t, e, "which refuge had more nests, Gull Point or Heron Bay?")
	if !strings.HasPrefix(a.Answer, "Gull Point") {
		t.Errorf("answer %q, want Gull Point first", a.Answer)
	}
}

// TestCompareWithOneSideUncounted: a comparison where the story gives a
// figure for only one side, or none, is answered without a line, not a
// crash.
func TestCompareWithOneSideUncounted(t *testing.T) {
	article := "Park losses\n\nA beetle outbreak killed about 120 pine trees in the park last year, rangers said. Hurricane Lia also struck the park in October.\n\nThe park reopened in May.\n"
	e := plainFrom(t, article, "")
	for _, q := range []string{"Did Hurricane Lia or the beetle outbreak kill more pine trees?", "Did the beetle outbreak or Hurricane Lia kill more pine trees?", "Did the rangers or Hurricane Lia kill more?"} {
		if a := ask(t, e, q); strings.Contains(a.Answer, "against") {
			t.Errorf("%q: answer %q compares a figure the story does not give", q, a.Answer)
		}
	}
}

// TestMoreOfThingsIsNoMeasure: "which killed more people?" counts
// people: the hours each ferry took to sink answer nothing.
func TestMoreOfThingsIsNoMeasure(t *testing.T) {
	checkOpenings(t, []openingCase{
		{"The sinking of the Elm Star killed many passengers, who were trapped for more than 12 hours. The Gull Queen disaster killed many passengers too, who drowned within two hours.", "which disaster killed more people, the elm star or the gull queen", "", ""},
	})
}

// TestAComparativeFitsItsMeasure: "who was taller?" is answered by
// lengths, not by a bare number such as an age written without "years
// old" ("Bell was 30 or 31" against "6 feet": "Bell (31, against 6)"),
// and "who was older?" not by a height.
func TestAComparativeFitsItsMeasure(t *testing.T) {
	e := plainFrom(t, "Weigh-in\n\nOrtiz was tall.\n", "")
	bare := docFigure{figure: figure{value: 31, text: "31", bare: true}}
	feet := docFigure{figure: figure{value: 6, text: "6 feet"}}
	cases := []struct {
		question string
		f        docFigure
		fits     bool
	}{
		{"who was taller, ortiz or bell?", bare, false},
		{"who was taller, ortiz or bell?", feet, true},
		{"who was older, ortiz or bell?", feet, false},
	}
	for _, c := range cases {
		q := e.read(c.question)
		// siblingCounts: the sentence counts what is asked, so a bare
		// number may stand for it.
		if got := figureFits(q, nil, c.f, comparedUnits(q.text), true) > 0; got != c.fits {
			t.Errorf("%q with %q: fits %v, want %v", c.question, c.f.text, got, c.fits)
		}
	}
}

// TestMoreOfAThingCountsThatThing: "which lost more houses, Millbrook or
// Eastvale?" compares counts of houses: "1,200 calls" counts another
// thing, "18 homes" the same in the story's word; "were there more males
// or females?" compares the nouns themselves, each side its own.
func TestMoreOfAThingCountsThatThing(t *testing.T) {
	e := plainFrom(t, "Flood\n\nMillbrook lost 52 houses. Eastvale took 1,200 calls and lost 18 homes. There were eight males and four females.\n", "")
	cases := []struct {
		question, figure string
		other            bool
	}{
		{"which lost more houses, millbrook or eastvale?", "1,200 calls", true},
		{"which lost more houses, millbrook or eastvale?", "18 homes", false},
		{"which lost more houses, millbrook or eastvale?", "52 houses", false},
		{"were there more males or females?", "four females", false},
	}
	for _, c := range cases {
		q := e.read(c.question)
		if got := e.countsOtherThing(q, e.comparedThing(q), figure{text: c.figure}); got != c.other {
			t.Errorf("%q, %q: counts another thing %v, want %v", c.question, c.figure, got, c.other)
		}
	}
}
