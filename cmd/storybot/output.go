package main

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"storybot/index"
)

// style is how human output looks: the markers around matched words and
// the width lines wrap at.
type style struct {
	open, close string
	width       int
}

// defaultWidth is the width when neither COLUMNS nor the terminal says.
const defaultWidth = 80

// style picks the markers for matched words: bold on a terminal, **markdown
// bold** when the output is piped, nothing at all with NO_COLOR set
// (https://no-color.org), wherever the output goes. Lines wrap at COLUMNS,
// else the terminal's width, else 80.
func (m *Main) style() style {
	cols, isTerminal := 0, false
	if f, ok := m.Stdout.(*os.File); ok {
		cols, isTerminal = terminalWidth(f)
	}
	st := style{open: "**", close: "**", width: defaultWidth}
	switch {
	case m.Getenv("NO_COLOR") != "":
		st.open, st.close = "", ""
	case isTerminal && m.Getenv("TERM") != "dumb":
		st.open, st.close = "\x1b[1m", "\x1b[0m"
	}
	if n, err := strconv.Atoi(strings.TrimSpace(m.Getenv("COLUMNS"))); err == nil && n > 0 {
		st.width = n
	} else if cols > 0 {
		st.width = cols
	}
	return st
}

// printAnswer writes an answer for people, wrapped to the style's width.
func printAnswer(w io.Writer, a *index.Answer, st style) {
	st.wrap(w, "Q: ", "   ", a.Query)
	if a.Note != "" {
		st.wrap(w, "", "", a.Note)
	}
	if !a.Found {
		st.wrap(w, "", "", a.Answer)
		if len(a.Suggestions) > 0 {
			st.wrap(w, "", "", "Did you mean: "+strings.Join(a.Suggestions, ", ")+"?")
		}
		if len(a.Results) > 0 {
			st.wrap(w, "", "", index.ClosestPassages)
		}
	} else if a.Answer != "" {
		st.wrap(w, "Answer: ", "        ", a.Answer)
	}
	for i, r := range a.Results {
		if i == 0 && a.Found {
			var keep bool
			if r, keep = withoutAnswer(r, a.Answer); !keep {
				continue
			}
		}
		fmt.Fprintln(w)
		st.wrap(w, fmt.Sprintf("%d. ", r.Rank), "   ", fmt.Sprintf("%s  [%s, score %.2f]", r.Cite(), r.Ref, r.Score))
		st.wrap(w, "   ", "   ", r.Mark(st.open, st.close, nil))
	}
	if a.Total > len(a.Results) {
		fmt.Fprintf(w, "\n(%d of %d results; --limit N shows more)\n", len(a.Results), a.Total)
	}
}

// ansi matches the escape sequences bold is made of, which take no room.
var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// columns is how many terminal columns s takes: East Asian wide letters
// take two, escape sequences none.
func columns(s string) int {
	n := 0
	for _, r := range ansi.ReplaceAllString(s, "") {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// wrap writes text as lines of at most st.width columns, the first
// starting with first and the others with indent. It breaks only between
// words, so a word longer than a line stands alone on one, whole.
func (st style) wrap(w io.Writer, first, indent, text string) {
	var line strings.Builder
	line.WriteString(first)
	used, empty := columns(first), true
	for _, word := range strings.Fields(text) {
		n := columns(word)
		if !empty && used+1+n > st.width {
			fmt.Fprintln(w, line.String())
			line.Reset()
			line.WriteString(indent)
			used, empty = columns(indent), true
		}
		if !empty {
			line.WriteByte(' ')
			used++
		}
		line.WriteString(word)
		used += n
		empty = false
	}
	fmt.Fprintln(w, line.String())
}

// withoutAnswer returns the first result without the sentences the answer
// line already shows (a lookup's answer is the entry's summary, which the
// entry's snippet starts with), and false when nothing else is left of it.
// A short answer ("40 boats"), or one inside a sentence ("… and American
// Kelsey Marsh of Boulder, Colorado, was third"), is part of the
// snippet's sense and stays.
func withoutAnswer(r index.Result, answer string) (index.Result, bool) {
	candidates := []string{answer}
	if _, summary, ok := strings.Cut(answer, " — "); ok {
		candidates = append(candidates, summary)
	}
	for _, c := range candidates {
		i := strings.Index(r.Text, c)
		if len(strings.Fields(c)) < 6 || i < 0 {
			continue
		}
		before := strings.TrimRight(r.Text[:i], " ")
		after := strings.TrimLeft(r.Text[i+len(c):], " ")
		if !endsSentence(before) || after != "" && !endsSentence(c) {
			// "and American Kelsey Marsh of Boulder, Colorado, was
			// third": a name inside a sentence is part of its sense.
			continue
		}
		afterAt, sep := len(r.Text)-len(after), ""
		if before != "" && after != "" {
			sep = " "
		}
		out := r
		out.Text = before + sep + after
		out.Highlights = nil
		for _, h := range r.Highlights {
			switch {
			case h.End <= len(before):
				out.Highlights = append(out.Highlights, h)
			case h.Start >= afterAt:
				shift := afterAt - len(before) - len(sep)
				out.Highlights = append(out.Highlights, index.Span{Start: h.Start - shift, End: h.End - shift})
			}
		}
		return out, strings.IndexFunc(out.Text, isWordRune) >= 0
	}
	return r, true
}

// endsSentence reports whether a text is empty or ends a sentence: its
// last letter is followed by ".", "!" or "?" and any closing quotes.
func endsSentence(text string) bool {
	text = strings.TrimRight(text, "\"')”’ ")
	return text == "" || strings.ContainsAny(text[len(text)-1:], ".!?")
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
