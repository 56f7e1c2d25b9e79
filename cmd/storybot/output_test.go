package main

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"storybot/index"
)

func TestNoColorWhenPiped(t *testing.T) {
	q := "How many aircraft did Kazakhstan sell?"
	_, out, _ := run(t, "", nil, "ask", q)
	if !strings.Contains(out, "**") {
		t.Errorf("piped output marks matched words **like this**, as the README says:\n%s", out)
	}
	_, out, _ = run(t, "", map[string]string{"NO_COLOR": "1"}, "ask", q)
	if strings.Contains(out, "**") || !strings.Contains(out, "Answer: 81") {
		t.Errorf("NO_COLOR: want plain text:\n%s", out)
	}
}

func TestWrapsAtWordBoundaries(t *testing.T) {
	q := "How many aircraft did Kazakhstan sell?"
	_, wide, _ := run(t, "", map[string]string{"COLUMNS": "10000"}, "ask", q)
	for _, cols := range []int{40, 80} {
		_, out, _ := run(t, "", map[string]string{"COLUMNS": strconv.Itoa(cols)}, "ask", q)
		if !slices.Equal(strings.Fields(out), strings.Fields(wide)) {
			t.Errorf("COLUMNS=%d: wrapping changed or broke words:\n%s", cols, out)
		}
		checkWidth(t, out, cols)
	}
	if strings.Count(wide, "\n") > 20 {
		t.Errorf("COLUMNS=10000 should keep each paragraph on one line:\n%s", wide)
	}
}

// checkWidth fails if a line is wider than cols, unless it is one word
// too long for any line.
func checkWidth(t *testing.T, out string, cols int) {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if columns(line) > cols && len(strings.Fields(line)) > 1 {
			t.Errorf("line of %d columns, want at most %d: %q", columns(line), cols, line)
		}
	}
}

func TestFirstSnippetDoesNotRepeatTheAnswer(t *testing.T) {
	for _, args := range [][]string{{"ask", "who is blinken"}, {"who", "blinken"}} {
		_, out, _ := run(t, "", nil, args...)
		flat := strings.Join(strings.Fields(out), " ")
		summary := "visited Kazakhstan in March 2023 to reaffirm U.S. support for its sovereignty"
		if n := strings.Count(flat, summary); n != 1 {
			t.Errorf("%q: the answer line's text appears %d times, want once:\n%s", args, n, out)
		}
		if !strings.Contains(out, "Answer: Antony Blinken") {
			t.Errorf("%q: no answer line:\n%s", args, out)
		}
	}
}

func TestWithoutAnswer(t *testing.T) {
	answer := "Name — one two three four five six."
	text := "one two three four five six. Then more words here."
	r := index.Result{Text: text, Highlights: []index.Span{{Start: 0, End: 3}, {Start: 34, End: 38}}}
	got, keep := withoutAnswer(r, answer)
	if !keep || got.Text != "Then more words here." {
		t.Fatalf("got %q, %v", got.Text, keep)
	}
	if len(got.Highlights) != 1 || got.Text[got.Highlights[0].Start:got.Highlights[0].End] != "more" {
		t.Errorf("highlights not moved with the text: %+v in %q", got.Highlights, got.Text)
	}
	if _, keep := withoutAnswer(index.Result{Text: "one two three four five six."}, answer); keep {
		t.Error("a snippet that only repeats the answer should be dropped")
	}
	inside := index.Result{Text: "Tadesse finished second, and American Kelsey Marsh of Boulder, Colorado, was third in 2:25:37."}
	if got, keep := withoutAnswer(inside, "American Kelsey Marsh of Boulder, Colorado"); !keep || got.Text != inside.Text {
		t.Errorf("an answer inside a sentence must not be cut out of it: %q", got.Text)
	}
	short := index.Result{Text: "Number of aircraft: 81 aircraft"}
	if got, keep := withoutAnswer(short, "81 aircraft"); !keep || got.Text != short.Text {
		t.Errorf("a short answer must not be cut out of a snippet: %q", got.Text)
	}
}

func TestClosestPassagesShownWithDoesntSay(t *testing.T) {
	_, out, _ := run(t, "", nil, "ask", "when did kazakhstan buy its first mig-31")
	if !strings.Contains(out, "The story doesn't say when.") || !strings.Contains(out, index.ClosestPassages) || !strings.Contains(out, "1. ") {
		t.Errorf("want the refusal, then the closest passages:\n%s", out)
	}
}
