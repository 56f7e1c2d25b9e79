package index

import "testing"

// TestReadEvent checks that each question of a story's own event is
// read by its row of eventRows, and that a question with more words of
// its own is read by none: the table's order decides between rows
// whose cues both match ("who won it?" is a winner's question, not a
// bare "who VERBed it?").
func TestReadEvent(t *testing.T) {
	cases := map[string]eventAsk{
		"how many survived?":            eventSurvived,
		"how many people were killed?":  eventDead,
		"what was the death toll?":      eventDead,
		"how many got hurt?":            eventHurt,
		"how many were on the plane?":   eventAboard,
		"how long did he get?":          eventTermLength,
		"what was the sentence?":        eventTerm,
		"what sentence did Younge get?": eventNamedTerm,
		"who is involved?":              eventInvolved,
		"who were the astronauts?":      eventCrew,
		"who won it?":                   eventWinner,
		"who was beaten in the final?":  eventLoser,
		"who found it?":                 eventVerbedIt,
		"who won the 1998 final?":       eventNone,
		"how many bats died of it?":     eventNone,
		"when did the crew land?":       eventNone,
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
