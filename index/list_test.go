package index

import (
	"slices"
	"strings"
	"testing"
)

func TestSeriesItems(t *testing.T) {
	for text, want := range map[string][]string{
		"The snail chews mostly on the stems, hearts, and roots of the lettuce.":        {"stems", "hearts", "roots"},
		"Two other birds dropped are the Marsh Creek warbler and the Little Bend wren.": {"Marsh Creek warbler", "Little Bend wren"},
		"It devours young frogs, crickets and other garden pests.":                      {"young frogs", "crickets", "other garden pests"},
		"In Maine, where Pine Point and Heron Cove parks encompass 12 miles of coast.":  {"Pine Point", "Heron Cove parks"},
		// "and" joining clauses, or a verb and its object, lists nothing.
		"The snow fell and buried the road.":                                                                nil,
		"The club sold tickets to buy the field and turned it into a park.":                                 nil,
		"The fire tore through a warehouse, injuring two workers and forcing the evacuation of 140 people.": nil,
	} {
		var got []string
		for _, m := range seriesRe.FindAllString(text, -1) {
			if items := seriesItems(m); len(items) > 0 {
				got = items
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: items %q, want %q", text, got, want)
		}
	}
}

// TestListFromTheSentencesSeries: a list question the article's phrases
// do not answer gets the series of the sentence that answers it: things
// for "which parts", names for "name the …".
func TestListFromTheSentencesSeries(t *testing.T) {
	article := "Garden snails are slow. The snail chews mostly on three parts of the lettuce: the stems, hearts, and roots.\n\n" +
		"Gardeners collect the snails at dawn.\n\n" +
		"The state took the heron off its endangered list this spring. Two other birds were dropped from the list as well: the Marsh Creek warbler and the Little Bend wren.\n"
	e := buildFrom(t, article, "")
	for q, want := range map[string]string{
		"Which parts of the lettuce does the garden snail chew on?": "stems, hearts, and roots",
		"Name the other birds dropped from the list":                "Marsh Creek warbler and Little Bend wren",
	} {
		if a := ask(t, e, q); a.Answer != want {
			t.Errorf("%q: answer %q, want %s", q, a.Answer, want)
		}
	}
}

// TestSeriesOfKindsNamedWithCapitals: kinds of things may carry a place
// in their names ("Ozark pigtoe", "Cumberland floater"); a series of them
// answers "which mussels", as a series of names would not.
func TestSeriesOfKindsNamedWithCapitals(t *testing.T) {
	e := plainFrom(t, "The mussels removed from the list are the Ozark pigtoe, Cumberland floater and rayed bean.\n", "")
	a := ask(t, e, "which mussels were removed from the list?")
	for _, want := range []string{"Ozark pigtoe", "Cumberland floater", "rayed bean"} {
		if !strings.Contains(a.Answer, want) {
			t.Errorf("answer %q, want every mussel, %q among them", a.Answer, want)
		}
	}
}

// TestWhichAreMentioned: "which marshes on the lake are mentioned?"
// asks for a list as "which marshes does the story name?" does; "which
// states" lists the places that are states, not phrases ending in
// "state", a university of one, or a sentence's opening word.
func TestWhichAreMentioned(t *testing.T) {
	e := plainFrom(t, "Along the lake, where Heron Point and Cedar Key Marshes lie, volunteers banded terns.\n\nIn Michigan, lake sturgeon still spawn, as they do in Wisconsin and Minnesota: the fish live in their natural state, under state protection, say biologists at the University of Iowa.\n", "")
	if a := ask(t, e, "what marshes on the lake are mentioned?"); !strings.Contains(a.Answer, "Heron Point") || !strings.Contains(a.Answer, "Cedar Key") {
		t.Errorf("marshes: answer %q, want Heron Point and Cedar Key", a.Answer)
	}
	a := ask(t, e, "what states does the story name for lake sturgeon?")
	for _, want := range []string{"Michigan", "Wisconsin", "Minnesota"} {
		if !strings.Contains(a.Answer, want) {
			t.Errorf("states: answer %q, want %s among them", a.Answer, want)
		}
	}
	if strings.Contains(a.Answer, "natural") || strings.Contains(a.Answer, "University") || strings.Contains(a.Answer, "In ") {
		t.Errorf("states: answer %q lists a phrase, a university or an opening word, not a state", a.Answer)
	}
}

// TestPairOpensASeriesOfSingleItems: "A and B, C, and D" is read whole
// when the items after the pair are single; "fish and chips, salt and
// vinegar, and mushy peas" pairs again, and the pair stands alone rather
// than lose its last item; so do two people an apposition describes.
func TestPairOpensASeriesOfSingleItems(t *testing.T) {
	for text, want := range map[string][]string{
		"Later missions, such as Elm's Lark Orbiter and Lark Lander, Kell's Gale probe, and Norvia's Reed rover, built on it.": {"Elm's Lark Orbiter and Lark Lander", "Kell's Gale probe", "Norvia's Reed rover"},
		"The stall sold fish and chips, salt and vinegar, and mushy peas all day.":                                             nil,
		"Ann Lee and Tom Hale, the two pilots, and the ground crew were unhurt.":                                               nil,
	} {
		m := seriesRe.FindStringIndex(text)
		for m != nil && len(seriesItems(text[m[0]:m[1]])) != 2 {
			next := seriesRe.FindStringIndex(text[m[1]:])
			if next == nil {
				m = nil
				break
			}
			m = []int{m[1] + next[0], m[1] + next[1]}
		}
		if m == nil {
			t.Fatalf("%q: no series of two", text)
		}
		pair := seriesItems(text[m[0]:m[1]])
		if want == nil {
			want = pair // the pair as it stands
		}
		if got := pairGoesOn(text, m[0], m[1], pair); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// TestSeriesJoinOfItsOwnItems: the word between a series' last two items
// is the series' own, not an "or" or a ", and" the sentence says
// elsewhere.
func TestSeriesJoinOfItsOwnItems(t *testing.T) {
	for sentence, want := range map[string]string{
		"They grew oats, barley, and wheat, and sold rye or wheat.": "oats, barley, and wheat",
		"It needs new equipment, staff training or upgrades.":       "new equipment, staff training or upgrades",
		"They saw China, Japan and Korea.":                          "China, Japan and Korea",
	} {
		items := strings.Split(strings.NewReplacer(", and ", ", ", " and ", ", ", " or ", ", ").Replace(want), ", ")
		if got := seriesLine(items, seriesJoin(sentence, items)); got != want {
			t.Errorf("%q: %q, want %q", sentence, got, want)
		}
	}
}
