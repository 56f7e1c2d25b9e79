package index

import "testing"

// TestAskedHead: the noun a "which"/"what" question asks one thing of,
// past "kind of", before the verb or an adverb; none for several
// ("which plants") or for no noun ("what did she say").
func TestAskedHead(t *testing.T) {
	for q, want := range map[string]string{
		"what university was the researcher from":                "university",
		"what kind of soil do venus flytraps grow in":            "soil",
		"what kind of shoals does the reef grow on?":             "shoal",
		"which bear fully recovered":                             "bear",
		"which air forces still fly the KX-7":                    "",
		"which US agency bought the boats":                       "agency",
		"Which sea turtle species nest at Gull Point?":           "species",
		"which plants were removed":                              "",
		"which crayfish are no longer on the list":               "",
		"what did she say":                                       "",
		"what is the name of the bat":                            "",
		"which refuge has more nests than anywhere in the state": "refuge",
	} {
		if got := askedHead(q); got != want {
			t.Errorf("askedHead(%q) = %q, want %q", q, got, want)
		}
	}
}
