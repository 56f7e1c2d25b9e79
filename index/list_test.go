package index

import (
	"slices"
	"testing"
)

func TestSeriesItems(t *testing.T) {
	for text, want := range map[string][]string{
		"The weevil feeds exclusively on the leaves, buds, and rhizomes of the plant.":                  {"leaves", "buds", "rhizomes"},
		"Other species removed are the Saline burrowing crayfish and the Succarnoochee River crayfish.": {"Saline burrowing crayfish", "Succarnoochee River crayfish"},
		"It eats small spiders, ants and other small insects.":                                          {"small spiders", "ants", "other small insects"},
		"In Georgia, where Blackbeard Island and Wassaw refuges comprise 15 miles of shoreline.":        {"Blackbeard Island", "Wassaw refuges"},
		// "and" joining clauses, or a verb and its object, lists nothing.
		"The storm came and left the beach.":                                     nil,
		"It raised money to purchase the property and put it into conservation.": nil,
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

func TestListFromTheSentencesSeries(t *testing.T) {
	article := "Salvinia weevils are tiny. The weevil feeds exclusively on three parts of the plant: the leaves, buds, and rhizomes.\n\n" +
		"Landowners pick up the weevils in spring.\n"
	e := buildFrom(t, article, "")
	if a := ask(t, e, "Which parts of the plant does the salvinia weevil feed on?"); a.Answer != "leaves, buds, rhizomes" {
		t.Errorf("answer %q, want leaves, buds, rhizomes", a.Answer)
	}
}
