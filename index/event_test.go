package index

import (
	"strings"
	"testing"
)

// TestReadEvent checks that each question of a story's own event is
// read by its row of eventRows, and that a question with more words of
// its own is read by none: the table's order decides between rows
// whose cues both match ("who won it?" is a winner's question, not a
// bare "who VERBed it?").
func TestReadEvent(t *testing.T) {
	cases := map[string]eventAsk{
		"how many survived?":             eventSurvived,
		"how many people were killed?":   eventDead,
		"what was the death toll?":       eventDead,
		"how many got hurt?":             eventHurt,
		"how many were on the plane?":    eventAboard,
		"how long did he get?":           eventTermLength,
		"what was the sentence?":         eventTerm,
		"what sentence did Younge get?":  eventNamedTerm,
		"who is involved?":               eventInvolved,
		"who were the astronauts?":       eventCrew,
		"who won it?":                    eventWinner,
		"who was beaten in the final?":   eventLoser,
		"who found it?":                  eventVerbedIt,
		"how did it end?":                eventEnding,
		"how did it happen?":             eventCause,
		"what caused it?":                eventCause,
		"what caused the brake to fail?": eventNone,
		"how did the strike end?":        eventNone,
		"who won the 1998 final?":        eventNone,
		"how many bats died of it?":      eventNone,
		"when did the crew land?":        eventNone,
	}
	for q, want := range cases {
		got := eventNone
		if row := readEvent(questionCore(q)); row != nil {
			got = row.ask
		}
		if got != want {
			t.Errorf("readEvent(%q) = %d, want %d", q, got, want)
		}
	}
}

// TestHowDidItEnd: "how did it end?" asked of a story gets its passages
// and no line, not a sentence that says "end" of another thing ("at the
// end of Kell Lane"), and the story's lead when no passage says "end",
// never "The story doesn't say".
func TestHowDidItEnd(t *testing.T) {
	for _, article := range []string{
		"Kell strike\n\nWorkers at the Kell mill walked out on 3 May 1932 over pay. The owners met the union a week later.\n\nThe mill\n\nThe mill is located at the end of Kell Lane, beside the river.\n",
		"Kell strike\n\nWorkers at the Kell mill walked out on 3 May 1932 over pay. The owners met the union a week later.\n",
	} {
		a := ask(t, plainFrom(t, article, ""), "how did it end?")
		if a.Answer != "" || !a.Found || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "walked out") {
			t.Errorf("answer %q, found %v, results %v: want no line and the lead first", a.Answer, a.Found, a.Results)
		}
	}
}

// TestWhatCausedIt: "what caused it?" and "how did it happen?", asked of
// the story's own event, are shown its passages with no line, as "why
// did it happen?" is; neither is told "The story doesn't say".
func TestWhatCausedIt(t *testing.T) {
	e := plainFrom(t, "Kell cable car crash\n\nThe Kell cable car fell 80 metres on 1 July 1999, killing 20 people. The cable that supported it snapped when a brake failed.\n\nInquiry\n\nThe inquiry blamed the brake, which had not been serviced for a year.\n", "")
	for _, q := range []string{"what caused it?", "how did it happen?"} {
		if a := ask(t, e, q); a.Answer != "" || !a.Found || len(a.Results) == 0 {
			t.Errorf("%q: answer %q, found %v, %d results: want passages and no line", q, a.Answer, a.Found, len(a.Results))
		}
	}
}
