package index

import (
	"slices"
	"testing"

	"storybot/corpus"
)

func TestArticleAbbreviations(t *testing.T) {
	paras := []corpus.Paragraph{
		{Text: "Few growers know leaf-curl blight, a fungus of grapes. First seen in a vineyard in 2009, LCB has spread to 14 vineyards."},
		{Text: "The Ohio Valley Growers Association (OVGA) tests vines. It sends them out at dawn, as its TOA rules say."},
		{Text: "The grapes may go to Canada. Ohio’s growers met the CO board. Bottles and corks were counted, BC said."},
		// "St." ends no sentence, so it may open a name spelled out.
		{Text: "Rangers at St. Catherines Island (SCI) watched the turtles. By August, SCI had counted 312 nests."},
	}
	got := map[string]string{}
	for _, ab := range articleAbbreviations(paras) {
		got[ab.short] = ab.long
	}
	want := map[string]string{"LCB": "leaf-curl blight", "OVGA": "Ohio Valley Growers Association", "SCI": "St. Catherines Island"}
	for short, long := range want {
		if got[short] != long {
			t.Errorf("%s: got %q, want %q", short, got[short], long)
		}
	}
	// Initials found by chance are no expansion: common little words
	// ("them out at"), a run across a sentence's end ("Canada. Ohio’s"),
	// a lower-case word for one of two letters ("Bottles and corks").
	for _, short := range []string{"TOA", "CO", "BC"} {
		if long, ok := got[short]; ok {
			t.Errorf("%s read as %q", short, long)
		}
	}
}

// TestAbbreviationAnswersForItsWords: a question in the long form is
// answered by a sentence in the short one, and the other way round; and a
// count of the word asked ("14 vineyards") beats one of a near word
// ("two nearby farms").
func TestAbbreviationAnswersForItsWords(t *testing.T) {
	article := "Few growers know leaf-curl blight, a fungus that withers grapes.\n\n" +
		"First seen near Marietta in 2009, LCB has spread to 14 vineyards and two nearby farms.\n\n" +
		"The Ohio Valley Growers Association (OVGA) tests vines each spring.\n\n" +
		"Since 1990 the Ohio Valley Growers Association has signed up 230 members.\n"
	e := buildFrom(t, article, "")
	wantLines(t, e, map[string]string{
		"How many vineyards has leaf-curl blight reached?": "14 vineyards", // the article says LCB
		"In how many vineyards is leaf-curl blight found?": "14 vineyards",
		"how many members has the OVGA signed up":          "230 members", // the article says its name
	})
}

func TestPhraseInitials(t *testing.T) {
	e := plainFrom(t, "The crew sent remotely operated vehicles down to the wreck.\n\nDivers climbed an old wooden ladder to the deck.\n", "")
	rov := e.an.terms("ROVs")
	if len(rov) != 1 || !slices.Contains(e.synonyms[rov[0]], "vehicl") {
		t.Errorf("ROVs (%v) stands for %v, want the words of \"remotely operated vehicles\"", rov, e.synonyms[rov[0]])
	}
	if got := e.synonyms["owl"]; len(got) > 0 {
		t.Errorf("owl stands for %v, want nothing: it is a word of its own, not \"old wooden ladder\"", got)
	}
}
