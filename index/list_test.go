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
