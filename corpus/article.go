package corpus

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IntroSection names the paragraphs that come before the article's first
// heading.
const IntroSection = "Introduction"

// Article is the user's document, split for indexing and citing.
type Article struct {
	// Title is the article's own "# " heading, if it has one.
	Title      string
	Sections   []string
	Paragraphs []Paragraph
}

// Paragraph is one paragraph of the article.
type Paragraph struct {
	// Number counts paragraphs from 1 across the whole article; citations
	// use it ("¶3", "article#p3").
	Number  int
	Section string
	Text    string
	// Sentences split Text; their texts are substrings of Text.
	Sentences []Sentence
	Line      int
}

// Ref is the paragraph's stable citation, as used in machine-readable output.
func (p *Paragraph) Ref() string { return fmt.Sprintf("article#p%d", p.Number) }

// Sentence is a sentence of a paragraph.
type Sentence struct {
	Text string
	// Start is the byte offset of Text in the paragraph's text.
	Start int
}

// parseArticle reads an article. Markdown articles mark section headings
// with "## " (and may have a "# " title); plain-text articles, like the one
// users paste, have bare heading lines, recognised as short lines that do not
// end a sentence and stand alone between blank lines.
func parseArticle(name string, data []byte, markdown bool) (Article, []error) {
	var errs []error
	if !utf8.Valid(data) {
		return Article{}, []error{&Error{File: name, Msg: "not valid UTF-8 text"}}
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.TrimPrefix(text, "\ufeff")
	lines := strings.Split(text, "\n")

	var a Article
	section := IntroSection
	var buf []string
	bufLine := 0
	flush := func() {
		if len(buf) == 0 {
			return
		}
		t := strings.Join(buf, " ")
		a.Paragraphs = append(a.Paragraphs, Paragraph{
			Number:    len(a.Paragraphs) + 1,
			Section:   section,
			Text:      t,
			Sentences: splitSentences(t),
			Line:      bufLine,
		})
		buf = buf[:0]
	}
	for i, raw := range lines {
		line := strings.TrimSpace(raw)
		n := i + 1
		if line == "" {
			flush()
			continue
		}
		heading, level := headingOf(line, markdown)
		if level == 0 && !markdown && len(buf) == 0 && isBareHeading(lines, i) {
			heading, level = line, 2
		}
		switch {
		case level == 1:
			flush()
			if a.Title != "" || len(a.Paragraphs) > 0 {
				errs = append(errs, &Error{File: name, Line: n, Msg: "a \"# \" title may only appear once, before the text"})
				continue
			}
			a.Title = heading
		case level >= 2:
			flush()
			if heading == "" {
				errs = append(errs, &Error{File: name, Line: n, Msg: "empty section heading"})
				continue
			}
			section = heading
			a.Sections = append(a.Sections, heading)
		default:
			if len(buf) == 0 {
				bufLine = n
			}
			buf = append(buf, line)
		}
	}
	flush()
	if len(a.Paragraphs) == 0 && len(errs) == 0 {
		errs = append(errs, &Error{File: name, Msg: "the article is empty: it has no paragraphs"})
	}
	return a, errs
}

// headingOf recognises a markdown heading and returns its text and level.
func headingOf(line string, markdown bool) (string, int) {
	if !markdown || !strings.HasPrefix(line, "#") {
		return "", 0
	}
	level := len(line) - len(strings.TrimLeft(line, "#"))
	rest := line[level:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return "", 0 // "#hashtag" is text, not a heading
	}
	return strings.TrimSpace(rest), level
}

// isBareHeading reports whether line i of a plain-text article is a heading:
// short, not ending like a sentence, and followed by a blank line or the
// start of a longer paragraph.
func isBareHeading(lines []string, i int) bool {
	line := strings.TrimSpace(lines[i])
	last, _ := utf8.DecodeLastRuneInString(line)
	if utf8.RuneCountInString(line) > 80 || strings.ContainsRune(".!?:;,\"”’)", last) {
		return false
	}
	if i > 0 && strings.TrimSpace(lines[i-1]) != "" {
		return false
	}
	return i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" || utf8.RuneCountInString(strings.TrimSpace(lines[i+1])) > 80
}

// abbreviations end in a period without ending a sentence.
var abbreviations = map[string]bool{
	"u.s.": true, "u.k.": true, "u.n.": true, "e.u.": true, "d.c.": true,
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "st.": true, "gen.": true,
	"lt.": true, "col.": true, "sgt.": true, "prof.": true, "sen.": true, "rep.": true,
	"no.": true, "vs.": true, "etc.": true, "e.g.": true, "i.e.": true, "jan.": true,
	"feb.": true, "aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
}

// splitSentences splits a paragraph after ".", "!" or "?" when the next word
// starts with an upper-case letter, a digit or a quote, and the word before
// is not a known abbreviation.
func splitSentences(p string) []Sentence {
	var out []Sentence
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(p) {
			r, size := utf8.DecodeRuneInString(p[j:])
			if !strings.ContainsRune("\"')”’", r) {
				break
			}
			j += size
		}
		if j >= len(p) || p[j] != ' ' {
			continue
		}
		k := j
		for k < len(p) && p[k] == ' ' {
			k++
		}
		if k >= len(p) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[k:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("\"'“‘", next) {
			continue
		}
		if c == '.' && abbreviations[strings.ToLower(lastWord(p[start:i+1]))] {
			continue
		}
		out = append(out, Sentence{Text: strings.TrimSpace(p[start:j]), Start: start})
		start = k
	}
	if rest := strings.TrimSpace(p[start:]); rest != "" {
		out = append(out, Sentence{Text: rest, Start: start})
	}
	return out
}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " (\""); i >= 0 {
		return s[i+1:]
	}
	return s
}
