package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"storybot/index"
)

// style is how human output looks: the markers around matched words.
type style struct {
	open, close string
}

// style picks the markers for matched words: bold on a terminal, **markdown
// bold** when the output is piped, nothing at all with NO_COLOR set
// (https://no-color.org), wherever the output goes.
func (m *Main) style() style {
	isTerminal := false
	if f, ok := m.Stdout.(*os.File); ok {
		_, isTerminal = terminalWidth(f)
	}
	switch {
	case m.Getenv("NO_COLOR") != "":
		return style{}
	case isTerminal && m.Getenv("TERM") != "dumb":
		return style{open: "\x1b[1m", close: "\x1b[0m"}
	}
	return style{open: "**", close: "**"}
}

// printAnswer writes an answer for people.
func printAnswer(w io.Writer, a *index.Answer, st style) {
	fmt.Fprintf(w, "Q: %s\n", a.Query)
	if a.Note != "" {
		fmt.Fprintln(w, a.Note)
	}
	if !a.Found {
		fmt.Fprintln(w, a.Answer)
		if len(a.Suggestions) > 0 {
			fmt.Fprintf(w, "Did you mean: %s?\n", strings.Join(a.Suggestions, ", "))
		}
		return
	}
	if a.Answer != "" {
		fmt.Fprintf(w, "Answer: %s\n", a.Answer)
	}
	for _, r := range a.Results {
		fmt.Fprintf(w, "\n%d. %s  [%s, score %.2f]\n", r.Rank, r.Cite(), r.Ref, r.Score)
		fmt.Fprintf(w, "   %s\n", r.Mark(st.open, st.close, nil))
	}
	if a.Total > len(a.Results) {
		fmt.Fprintf(w, "\n(%d of %d results; --limit N shows more)\n", len(a.Results), a.Total)
	}
}
