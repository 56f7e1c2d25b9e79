package index

import (
	"strings"
	"testing"

	"storybot/corpus"
)

func TestArticleAbbreviations(t *testing.T) {
	paras := []corpus.Paragraph{
		{Text: "Few know white-nose syndrome, a fatal disease. Found in a cave a decade ago, WNS is now in 31 states."},
		{Text: "Louisiana State University (LSU) raises weevils. It names its products after animals, such as its IPA."},
		{Text: "The jets may go to Ukraine. Kazakhstan’s talks with the UK went on. Birds and parrots were counted, BP said."},
	}
	got := map[string]string{}
	for _, ab := range articleAbbreviations(paras) {
		got[ab.short] = ab.long
	}
	want := map[string]string{"WNS": "white-nose syndrome", "LSU": "Louisiana State University"}
	for short, long := range want {
		if got[short] != long {
			t.Errorf("%s: got %q, want %q", short, got[short], long)
		}
	}
	// Initials found by chance are no expansion: common little words
	// ("its products after"), a run across a sentence's end ("Ukraine.
	// Kazakhstan’s"), two lower-case words for two letters.
	for _, short := range []string{"IPA", "UK", "BP"} {
		if long, ok := got[short]; ok {
			t.Errorf("%s read as %q", short, long)
		}
	}
}

func TestAbbreviationAnswersForItsWords(t *testing.T) {
	article := "Few people know white-nose syndrome, a fatal disease of bats.\n\n" +
		"Discovered in a cave a decade ago, WNS is now in 31 states and five Canadian provinces.\n"
	e := buildFrom(t, article, "")
	a := ask(t, e, "In how many states has white-nose syndrome turned up?")
	if !strings.Contains(a.Answer, "31 states") {
		t.Errorf("answer %q, want 31 states (the article says WNS)", a.Answer)
	}
}
