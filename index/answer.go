package index

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"storybot/corpus"
)

// NotFound is what storybot says when the story has nothing on a question.
const NotFound = "The story doesn't say."

// ClosestPassages heads the passages shown with an answer the story
// doesn't give: they are about the question, and a reader may find it
// said in other words.
const ClosestPassages = "The closest passages, for you to judge:"

// Answer is the engine's reply to one question or lookup. Its JSON form is
// the machine-readable contract of `storybot ask --json`.
type Answer struct {
	Query string `json:"query"`
	// Found is false when the story does not answer; Answer then says so,
	// and Results holds the closest passages when the question is about
	// the story, or wants a date, number or amount it lacks, else nothing.
	Found bool `json:"found"`
	// Answer is a short direct answer ("40 boats", "May 1998"), the
	// entry summary for a lookup, or empty when only snippets answer.
	Answer  string   `json:"answer"`
	Results []Result `json:"results"`
	// Total counts every ranked result, of which Results is one page.
	Total int `json:"total"`
	// Entry is the fact-sheet entry a lookup resolved to, or the entry a
	// "what is" question is about.
	Entry *EntryRef `json:"entry,omitempty"`
	// Note explains how a lookup was resolved ("Did you mean Hale?",
	// "Elm Bay is a place, not a person.").
	Note string `json:"note,omitempty"`
	// Suggestions are names the user may have meant when nothing matched.
	Suggestions []string      `json:"suggestions,omitempty"`
	Took        time.Duration `json:"-"`
	// corpus is the story the answer was drawn from: a reindex may put
	// another in service while the answer is being rendered.
	corpus *corpus.Corpus
}

// Corpus returns the corpus the answer was drawn from, whose entries and
// fields render its card, or nil for an answer made elsewhere.
func (a *Answer) Corpus() *corpus.Corpus { return a.corpus }

// EntryRef names a fact-sheet entry.
type EntryRef struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	Name string `json:"name"`
}

// Result is one ranked snippet.
type Result struct {
	Rank  int     `json:"rank"`
	Score float64 `json:"score"`
	// Kind is "article" for a passage of the article, "fact" for a
	// fact-sheet entry or attribute.
	Kind string `json:"kind"`
	// Title is the article section, or the fact-sheet entry's name.
	Title string `json:"title"`
	// Ref cites the source: "article#p3" (paragraph 3) or "facts#sea-lark" /
	// "facts#sea-lark.builder".
	Ref string `json:"ref"`
	// Text is the plain snippet, no markup.
	Text string `json:"text"`
	// Source is "article" or "background" for a fact-sheet attribute,
	// saying whether the article states it.
	Source string `json:"source,omitempty"`
	// Paragraph is the article paragraph number, 0 for facts.
	Paragraph int `json:"-"`
	// Highlights mark the matched words in Text, in order, not overlapping.
	Highlights []Span `json:"-"`
}

// Span is a byte range [Start, End) of a result's text.
type Span struct{ Start, End int }

// Cite says where a result comes from, for people: "Harbour News,
// ¶4" or "Fact sheet: Sea Lark".
func (r *Result) Cite() string {
	if r.Kind == KindArticle {
		return r.Title + ", ¶" + strconv.Itoa(r.Paragraph)
	}
	if r.Source == "background" {
		return "Fact sheet: " + r.Title + " (background)"
	}
	return "Fact sheet: " + r.Title
}

// Result kinds.
const (
	KindArticle = "article"
	KindFact    = "fact"
)

// Mark renders the text with every highlight wrapped in open and close.
// escape, if not nil, is applied to the text between and inside highlights,
// so a renderer can escape its markup without touching the markers.
func (r *Result) Mark(open, close string, escape func(string) string) string {
	if escape == nil {
		escape = func(s string) string { return s }
	}
	var b strings.Builder
	last := 0
	for _, h := range r.Highlights {
		if h.Start < last || h.End > len(r.Text) || h.Start >= h.End {
			continue
		}
		b.WriteString(escape(r.Text[last:h.Start]))
		b.WriteString(open)
		b.WriteString(escape(r.Text[h.Start:h.End]))
		b.WriteString(close)
		last = h.End
	}
	b.WriteString(escape(r.Text[last:]))
	return b.String()
}

// window cuts text to at most max runes, at word boundaries, marking cuts
// with "…" and moving the highlights with the text. The window starts at
// focus (a byte offset) when it is not negative, else where it holds the
// most highlights.
func window(text string, hs []Span, max, focus int) (string, []Span) {
	if utf8.RuneCountInString(text) <= max {
		return text, hs
	}
	start := focus
	if start < 0 {
		start = densest(text, hs, max)
	}
	if start > 0 {
		start = wordsBefore(text, start)
	}
	end := start
	for n := 0; end < len(text) && n < max-2; n++ {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	if end < len(text) {
		if i := strings.LastIndexByte(text[start:end], ' '); i > 0 {
			end = start + i
		}
	}
	prefix, suffix := "", ""
	if start > 0 {
		prefix = "…"
	}
	if end < len(text) {
		suffix = "…"
	}
	out := prefix + text[start:end] + suffix
	var moved []Span
	for _, h := range hs {
		if h.Start >= start && h.End <= end {
			moved = append(moved, Span{h.Start - start + len(prefix), h.End - start + len(prefix)})
		}
	}
	return out, moved
}

// wordsBefore is where a window that focuses on start begins: at a word
// boundary, a few words before it.
func wordsBefore(text string, start int) int {
	b := strings.LastIndexByte(text[:start], ' ')
	for i := 0; i < 3 && b > 0; i++ {
		if nb := strings.LastIndexByte(text[:b], ' '); nb >= 0 {
			b = nb
		} else {
			b = -1
		}
	}
	return b + 1
}

// verbatim gives back a window of a paragraph's text (read, with "…"
// where it is cut) in the article's own characters (typed, rune for rune
// the same but for its no-break spaces), its highlights moved with it: a
// quote is the article's, and a reader's copy of "October\u00a06" finds
// it.
func verbatim(read, typed, window string, hs []Span) (string, []Span) {
	core := strings.TrimPrefix(window, "…")
	prefix := len(window) - len(core)
	core = strings.TrimSuffix(core, "…")
	at := strings.Index(read, core)
	if at < 0 {
		return window, hs
	}
	// offset maps a byte offset of read to the same rune's in typed.
	offset := func(o int) int {
		n := utf8.RuneCountInString(read[:o])
		i := 0
		for ; n > 0 && i < len(typed); n-- {
			_, size := utf8.DecodeRuneInString(typed[i:])
			i += size
		}
		return i
	}
	start, end := offset(at), offset(at+len(core))
	out := window[:prefix] + typed[start:end] + window[prefix+len(core):]
	moved := make([]Span, len(hs))
	for i, h := range hs {
		moved[i] = Span{prefix + offset(at+h.Start-prefix) - start, prefix + offset(at+h.End-prefix) - start}
	}
	return out, moved
}

// densest returns the start of the highlight from which a window of max
// runes (counted as bytes, close enough to choose) holds most highlights.
func densest(text string, hs []Span, max int) int {
	best, bestN := 0, 0
	for i, h := range hs {
		n := 0
		for _, g := range hs[i:] {
			if g.End-h.Start > max {
				break
			}
			n++
		}
		if n > bestN {
			best, bestN = h.Start, n
		}
	}
	return best
}
