package index

import (
	"slices"
	"testing"
)

// TestNegatedOptions: the options of a negated "which of these …"
// question are read after its colon or dash, or before it asks, with
// abbreviations ("U.S.", "St.") and decimals kept whole; a question
// that offers none, or asks of them without "not", offers none.
func TestNegatedOptions(t *testing.T) {
	for question, want := range map[string][]string{
		"Which of these aircraft was NOT part of the tour: AC-130H Spectre, MC-130J Commando II, or F-16?":                                        {"AC-130H Spectre", "MC-130J Commando II", "F-16"},
		"which agency was not a partner: the U.S. Fish and Wildlife Service, the U.S. Geological Survey, or the Environmental Protection Agency?": {"U.S. Fish and Wildlife Service", "U.S. Geological Survey", "Environmental Protection Agency"},
		"Nimbus-7, ICESat-2, Landsat, or the Defense Meteorological Satellite Program: which one is NOT mentioned?":                               {"Nimbus-7", "ICESat-2", "Landsat", "Defense Meteorological Satellite Program"},
		"Tuttle lists reasons birds aren't found: sinking, getting buried, or cleanup crews. Which one is NOT on his list?":                       {"sinking", "getting buried", "cleanup crews"},
		"which city was not on the route - St. Clair, Erie or Toledo?":                                                                            {"St. Clair", "Erie", "Toledo"},
		"which was not a speed it reached: 2.5 knots or 3 knots?":                                                                                 {"2.5 knots", "3 knots"},
		"which of these aircraft was part of the tour: AC-130H Spectre or F-16?":                                                                  nil,
		"The bat catchers came from state, federal, volunteer, or private company backgrounds. Which of those is NOT mentioned?":                  nil,
		"which was not there: the long-serving deputy harbour master of the port or the mayor?":                                                   nil,
		"who wasn't at the meeting?": nil,
	} {
		if got := negatedOptions(question); !slices.Equal(got, want) {
			t.Errorf("negatedOptions(%q) = %q, want %q", question, got, want)
		}
	}
}

// FuzzNegatedOptions: any question reads as two to six short options,
// or none, without a panic.
func FuzzNegatedOptions(f *testing.F) {
	for _, s := range []string{"Which of these was NOT on the tour: A, B, or C?", "A, B: which one is not there?", ": . : not:", "which not: U.S. A. B., or St."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, question string) {
		options := negatedOptions(question)
		if options != nil && (len(options) < 2 || len(options) > maxOptions) {
			t.Errorf("negatedOptions(%q) = %d options", question, len(options))
		}
	})
}

// TestOptionNotSaidNeedsOne: the story tells which option it lacks only
// when it lacks exactly one; of two it never says, neither is the
// answer, and one said only word by word ("common" here, "carp" there)
// is not said.
func TestOptionNotSaidNeedsOne(t *testing.T) {
	e := buildFrom(t, "The tour showed the AC-130H Spectre and the MC-130J Commando II at Elm Field.\n\nCarp are common in the lake, where grass carp feed.\n", "")
	for question, want := range map[string]string{
		"which of these was not on the tour: AC-130H Spectre, C-17 Globemaster, or F-16?":    "",
		"which of these was not on the tour: AC-130H Spectre, MC-130J Commando II, or F-16?": "F-16",
		"which carp is not in the lake: grass carp or common carp?":                          "common carp",
	} {
		if got := e.optionNotSaid(e.read(question)); got != want {
			t.Errorf("%q: %q, want %q", question, got, want)
		}
	}
}
