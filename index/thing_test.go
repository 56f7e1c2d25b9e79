package index

import "testing"

// TestAskedHead: the noun a "which"/"what" question asks one thing of,
// past "kind of", before the verb or an adverb; none for several
// ("which plants") or for no noun ("what did she say").
func TestAskedHead(t *testing.T) {
	for q, want := range map[string]string{
		"what college was the teacher from":                           "college",
		"what kind of gravel do the river snails live in":             "gravel",
		"what kind of shoals does the reef grow on?":                  "shoal",
		"which otter fully recovered":                                 "otter",
		"which river boats still run the KX-7 line":                   "",
		"which US agency bought the boats":                            "agency",
		"Which moth species roost at Gull Point?":                     "species",
		"which ferns were cleared":                                    "",
		"which herons are no longer on the list":                      "",
		"what did she say":                                            "",
		"what is the name of the bat":                                 "",
		"which lighthouse has more visitors than anywhere in the bay": "lighthouse",
	} {
		if got := askedHead(q); got != want {
			t.Errorf("askedHead(%q) = %q, want %q", q, got, want)
		}
	}
}
