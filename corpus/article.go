package corpus

import (
	"bytes"
	"fmt"
	"iter"
	"maps"
	"regexp"
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

	// first is the article's first non-empty line, without heading marks.
	first string
	// headings are the section headings with where they are, for Structure.
	headings []heading
	// lines counts the article's non-blank lines.
	lines int
}

// heading is a section heading and how many paragraphs it heads.
type heading struct {
	text       string
	line       int
	paragraphs int
}

// Paragraph is one paragraph of the article.
type Paragraph struct {
	// Number counts paragraphs from 1 across the whole article; citations
	// use it ("¶3", "article#p3").
	Number  int
	Section string
	Text    string
	// Sentences split Text; their texts are substrings of Text. In a list
	// they are its items.
	Sentences []Sentence
	Line      int
	// List marks a run of short lines kept together (a list of names, a
	// schedule): Text holds one item per line.
	List bool
	// Verbatim is Text as the article typed it, when it set no-break
	// spaces that Text reads as spaces ("October\u00a06"); else "". It
	// has Text's runes one for one, so a quote of Text can be given back
	// in the article's own characters.
	Verbatim string
}

// Ref is the paragraph's stable citation, as used in machine-readable output.
func (p *Paragraph) Ref() string { return fmt.Sprintf("article#p%d", p.Number) }

// Sentence is a sentence of a paragraph.
type Sentence struct {
	Text string
	// Start is the byte offset of Text in the paragraph's text.
	Start int
}

// CheckText refuses data that is not text: invalid UTF-8 or a NUL byte.
// Load applies it to every corpus file; callers that take uploads may apply
// it first to give the same message.
func CheckText(name string, data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line := bytes.Count(data[:i], []byte{'\n'}) + 1
		return &Error{File: name, Line: line, Msg: "contains a NUL byte, so it is not a text file; save it as plain UTF-8 text"}
	}
	if !utf8.Valid(data) {
		return &Error{File: name, Msg: "not valid UTF-8 text; save it as plain UTF-8 text"}
	}
	return nil
}

// normaliseText drops a byte-order mark and turns CRLF and CR-only line
// endings into LF, so every platform's files split into the same lines,
// and no-break spaces into spaces (noBreakSpaces).
func normaliseText(data []byte) string {
	return noBreakSpaces.Replace(normaliseLines(data))
}

// normaliseLines drops a byte-order mark and turns CRLF and CR-only line
// endings into LF, keeping every other character as typed.
func normaliseLines(data []byte) string {
	text := strings.TrimPrefix(string(data), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	return strings.ReplaceAll(text, "\r", "\n")
}

// noBreakSpaces writes the no-break spaces of typeset text ("5:01\u00a0p.m.",
// "31\u00a0July 1966", "66\u202fkV") as the spaces readers type and
// patterns read: a time, a date or a measure is one however it was set.
var noBreakSpaces = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2007", " ")

// block is a run of non-blank lines: lines[i] is on line start+i (1-based).
type block struct {
	start int
	lines []string
}

// splitBlocks splits text at blank lines into blocks of trimmed lines.
func splitBlocks(lines []string) []block {
	var out []block
	var cur *block
	for i, raw := range lines {
		line := strings.TrimSpace(raw)
		if line == "" {
			cur = nil
			continue
		}
		if cur == nil {
			out = append(out, block{start: i + 1})
			cur = &out[len(out)-1]
		}
		cur.lines = append(cur.lines, line)
	}
	return out
}

// parseArticle reads an article. Markdown articles mark section headings
// with "## " (and may have a "# " title); plain-text articles have bare
// heading lines, taken as headings only when very likely (see plainHeading).
// In both, a run of two or more short or bulleted lines is kept as one
// list paragraph. data must have passed CheckText.
func parseArticle(name string, data []byte, markdown bool) (Article, []error) {
	blocks := splitBlocks(strings.Split(normaliseText(data), "\n"))
	b := &articleBuilder{name: name, section: IntroSection}
	for _, bl := range blocks {
		b.a.lines += len(bl.lines)
	}
	if len(blocks) > 0 {
		first := blocks[0].lines[0]
		if markdown {
			if h, level := headingOf(first); level > 0 {
				first = h
			}
		}
		b.a.first = first
	}
	if markdown {
		for _, bl := range blocks {
			b.markdownBlock(bl)
		}
	} else {
		for i := range blocks {
			b.plainBlock(blocks, i)
		}
	}
	if len(b.a.Paragraphs) == 0 && len(b.errs) == 0 {
		b.errs = append(b.errs, &Error{File: name, Msg: "the article is empty: it has no paragraphs"})
	}
	b.a.keepVerbatim(data)
	return b.a, b.errs
}

// keepVerbatim sets each paragraph's Verbatim when the article's own
// lines for it, no-break spaces and all, read as its Text once those are
// spaces: a paragraph whose lines were rewritten (a bulleted list's
// marks) keeps none.
func (a *Article) keepVerbatim(data []byte) {
	if !bytes.ContainsAny(data, "\u00a0\u202f\u2007") {
		return
	}
	raw := strings.Split(normaliseLines(data), "\n")
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		sep := " "
		if p.List {
			sep = "\n"
		}
		var lines []string
		for l := p.Line - 1; l >= 0 && l < len(raw) && len(lines) <= strings.Count(p.Text, sep)+1; l++ {
			lines = append(lines, strings.TrimSpace(raw[l]))
			if v := strings.Join(lines, sep); noBreakSpaces.Replace(v) == p.Text {
				if v != p.Text {
					p.Verbatim = v
				}
				break
			}
		}
	}
}

// articleBuilder collects an article's paragraphs and headings in order.
type articleBuilder struct {
	name    string
	a       Article
	section string
	errs    []error
}

func (b *articleBuilder) heading(text string, line int) {
	b.section = text
	b.a.Sections = append(b.a.Sections, text)
	b.a.headings = append(b.a.headings, heading{text: text, line: line})
}

// paragraph adds lines as a paragraph, or as a list when list is set.
func (b *articleBuilder) paragraph(lines []string, line int, list bool) {
	if len(lines) == 0 {
		return
	}
	p := Paragraph{Number: len(b.a.Paragraphs) + 1, Section: b.section, Line: line, List: list}
	if list {
		p.Text = strings.Join(lines, "\n")
		start := 0
		for _, l := range lines {
			p.Sentences = append(p.Sentences, Sentence{Text: l, Start: start})
			start += len(l) + 1
		}
	} else {
		p.Text = strings.Join(lines, " ")
		p.Sentences = splitSentences(p.Text)
	}
	b.a.Paragraphs = append(b.a.Paragraphs, p)
	if n := len(b.a.headings); n > 0 && b.a.headings[n-1].text == b.section {
		b.a.headings[n-1].paragraphs++
	}
}

// markdownBlock reads a block of a markdown article: "#" lines are the
// title and headings, the lines between them paragraphs or lists.
func (b *articleBuilder) markdownBlock(bl block) {
	var buf []string
	bufLine := 0
	flush := func() {
		b.paragraph(buf, bufLine, len(buf) >= 2 && allBulleted(buf))
		buf = nil
	}
	for i, line := range bl.lines {
		n := bl.start + i
		text, level := headingOf(line)
		switch {
		case level == 0:
			if len(buf) == 0 {
				bufLine = n
			}
			buf = append(buf, line)
			continue
		case level == 1:
			flush()
			if b.a.Title != "" || len(b.a.Paragraphs) > 0 {
				b.errs = append(b.errs, &Error{File: b.name, Line: n, Msg: "a \"# \" title may only appear once, before the text"})
				continue
			}
			b.a.Title = text
		default:
			flush()
			if text == "" {
				b.errs = append(b.errs, &Error{File: b.name, Line: n, Msg: "empty section heading"})
				continue
			}
			b.heading(text, n)
		}
	}
	flush()
}

// plainBlock reads block i of a plain-text article: a heading (perhaps
// followed by its first paragraph), a list, or a paragraph.
func (b *articleBuilder) plainBlock(blocks []block, i int) {
	bl := blocks[i]
	lines := bl.lines
	if plainHeading(blocks, i) {
		b.heading(lines[0], bl.start)
		lines = lines[1:]
		if len(lines) == 0 {
			return
		}
		b.paragraph(lines, bl.start+1, false)
		return
	}
	b.paragraph(lines, bl.start, isList(lines))
}

// plainHeading reports whether block i of a plain-text article starts with
// a heading. Only a very likely one counts: a short line that does not end
// like a sentence, standing alone after a blank line (or the start) and
// followed by a paragraph, either in its own block or after a blank line,
// and not one of a run of similar short lines.
func plainHeading(blocks []block, i int) bool {
	lines := blocks[i].lines
	if !headingLike(lines[0]) && !(len(lines) == 1 && (questionHeading(lines[0]) || titleCaseHeading(lines[0]))) {
		return false
	}
	if len(lines) > 1 {
		// "Heading" directly over its paragraph: the rest must be prose.
		return !isList(lines[1:]) && !shortLine(lines[1])
	}
	if i+1 >= len(blocks) || (loneHeadingLike(blocks[i+1]) && !headingPair(blocks, i)) {
		return false
	}
	if i > 0 && len(strings.Fields(lines[0])) >= 3 && loneItem(blocks[i-1]) && loneItem(blocks[i+1]) {
		// "Restore access to the backcountry" between "Restore road
		// access through the Northeast Entrance Road" and "Engage
		// communities, local, state, and federal stakeholders, and
		// media": an item of a list whose items are too long to be
		// headings, not a heading over the next. A word or two
		// ("Partners", "What happened") heads what follows.
		return false
	}
	return i == 0 || !loneHeadingLike(blocks[i-1]) || headingPair(blocks, i-1)
}

// headingPair reports whether blocks i and i+1 are a heading and the
// heading under it ("Casualties", then "Libyan"), or a title and its
// first section's ("Investigation of the Challenger Accident", then
// "INTRODUCTION"): two lone short lines with a long line of prose after
// them. Not a run of three or more such lines (a schedule, names), nor
// two after a line that introduces them ("named by police as:"), nor a
// second line with figures that is no name ("Roger Federer defeated
// Rafael Nadal, 6–4, 3–6" under "Men's Singles" is a result).
func headingPair(blocks []block, i int) bool {
	if i+2 >= len(blocks) || !loneHeadingLike(blocks[i]) || !loneHeadingLike(blocks[i+1]) {
		return false
	}
	if i > 0 {
		before := blocks[i-1].lines
		if loneHeadingLike(blocks[i-1]) || strings.HasSuffix(before[len(before)-1], ":") {
			return false
		}
	}
	sub := blocks[i+1].lines[0]
	subHeading := nameLike(sub) || !strings.ContainsFunc(sub, unicode.IsDigit)
	prose := !isList(blocks[i+2].lines) && !shortLine(blocks[i+2].lines[0])
	return subHeading && prose
}

// titleCaseHeading reports whether a line longer than a heading's limit is
// still a heading by its shape: Title Case ("What Scientists are Doing
// to Learn More About These Earthquakes", "Collecting Evidence On the
// Ground, In the Air, and from Seismometers"), at most 16 words and 120
// characters, no stop at its end, and every word of four letters or more
// capitalised but one. Prose is never written so.
func titleCaseHeading(line string) bool {
	words := strings.Fields(line)
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, "\"'”’»"))
	if len(words) < 4 || len(words) > 16 || utf8.RuneCountInString(line) > 120 || strings.ContainsRune(".!?:;,)…", last) || !isCapitalised(words[0]) {
		return false
	}
	lower := 0
	for _, w := range words {
		if utf8.RuneCountInString(w) >= 4 && !isCapitalised(w) {
			lower++
		}
	}
	return lower <= 1
}

// loneItem reports whether a block is one line that reads as a list's
// item, though perhaps too long for a heading: a capital first and no
// stop at its end (unpunctuated), and at most twice a heading's words.
func loneItem(bl block) bool {
	return len(bl.lines) == 1 && unpunctuated(bl.lines) && len(strings.Fields(bl.lines[0])) <= 2*headingMaxWords
}

// questionHeading reports whether a line is a heading put as a question,
// as explainers have them ("What is plant poaching?"): short, opening
// with a question word and ending with a question mark.
func questionHeading(line string) bool {
	first := strings.ToLower(strings.Trim(strings.Fields(line + " x")[0], "\"'“‘"))
	return shortLine(line) && strings.HasSuffix(line, "?") && questionOpeners[first]
}

var questionOpeners = map[string]bool{
	"what": true, "how": true, "why": true, "who": true, "where": true, "when": true, "which": true,
	"is": true, "are": true, "can": true, "do": true, "does": true, "should": true,
}

// loneHeadingLike reports whether a block is one line that could be a
// heading: two such blocks in a row are a run of similar short lines (a
// schedule, names), not headings.
func loneHeadingLike(bl block) bool { return len(bl.lines) == 1 && headingLike(bl.lines[0]) }

// Words and runes that make a line short enough to be a heading or a list
// item rather than prose.
const (
	headingMaxWords = 10
	shortMaxRunes   = 60
)

// shortLine reports whether a line is short: at most headingMaxWords words
// and shortMaxRunes characters.
func shortLine(line string) bool {
	return utf8.RuneCountInString(line) <= shortMaxRunes && len(strings.Fields(line)) <= headingMaxWords
}

// headingLike reports whether a line could be a heading: short, with a
// letter, and not ending like a sentence or a clause, before any
// bracketed qualifier it ends with.
// A closing quote is looked through: "‘Unaware of bats’" may be a heading,
// "“We will.”" is a sentence.
func headingLike(line string) bool {
	body := line
	if i := strings.LastIndex(line, " ("); i > 0 && strings.HasSuffix(line, ")") && !strings.ContainsAny(line[i+2:len(line)-1], "()") && nameLike(line[:i]) {
		// A page's name with its qualifier: "Dolly (sheep)", "Mabo v
		// Queensland (No 2)"; not "Tickets cost $15 (cash only)".
		body = line[:i]
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(body, "\"'”’»"))
	return shortLine(line) && !strings.ContainsRune(".!?:;,)…", last) && strings.IndexFunc(line, unicode.IsLetter) >= 0
}

// nameLike reports whether a text reads as a name: every word
// capitalised, or a short joining word ("v", "of", "de").
func nameLike(text string) bool {
	for _, w := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(w)
		if !isCapitalised(w) && !unicode.IsDigit(r) && utf8.RuneCountInString(w) > 3 {
			return false
		}
	}
	return true
}

// isList reports whether the lines of one block are a list: two or more
// lines, each bulleted or short. A line starting in lower case continues
// the line before it, so short lines like that are prose wrapped narrowly.
func isList(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	if allBulleted(lines) || unpunctuated(lines) {
		return true
	}
	for i, l := range lines {
		first, _ := utf8.DecodeRuneInString(l)
		if !shortLine(l) || i > 0 && unicode.IsLower(first) {
			return false
		}
	}
	return true
}

// unpunctuated reports whether every line of a block opens with a
// capital and none ends as a sentence or clause does: long items of a
// list ("Lori Glaze, director, Planetary Science Division … in
// Washington" over "Laurie Leshin, director, …"), which joined as prose
// would run one item's last name into the next one's first. Wrapped
// prose ends its last line with a stop.
func unpunctuated(lines []string) bool {
	for _, l := range lines {
		first, _ := utf8.DecodeRuneInString(l)
		last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(l))
		if !unicode.IsUpper(first) && !unicode.IsDigit(first) || strings.ContainsRune(".!?:;,…\"”'’)", last) {
			return false
		}
	}
	return true
}

// allBulleted reports whether every line starts with a list marker: "-",
// "*", "+", "•" or a number followed by "." or ")".
func allBulleted(lines []string) bool {
	for _, l := range lines {
		if !bulleted(l) {
			return false
		}
	}
	return true
}

func bulleted(l string) bool {
	for _, m := range []string{"- ", "* ", "+ ", "• "} {
		if strings.HasPrefix(l, m) {
			return true
		}
	}
	digits := len(l) - len(strings.TrimLeft(l, "0123456789"))
	return digits > 0 && digits <= 3 && len(l) > digits+1 && (l[digits] == '.' || l[digits] == ')') && l[digits+1] == ' '
}

// headingOf recognises a markdown heading and returns its text and level.
func headingOf(line string) (string, int) {
	if !strings.HasPrefix(line, "#") {
		return "", 0
	}
	level := len(line) - len(strings.TrimLeft(line, "#"))
	rest := line[level:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return "", 0 // "#hashtag" is text, not a heading
	}
	return strings.TrimSpace(rest), level
}

// abbreviatedTitles are titles written with a dot ("Dr.", "Gov."): the
// dot ends neither the sentence (splitSentences) nor the name (FindNames).
var abbreviatedTitles = wordSet(`mr mrs ms mx dr prof sen rep gov gen col maj brig capt cpt lt sgt ssgt tsgt msgt smsgt cmsgt sfc cpl lcpl pfc pvt pte spc amn ens cmdr cdr adm rev supt insp det ret st jr sr`)

// AbbreviatedTitle reports whether a word, without its period, is a title
// English abbreviates before a name ("Maj", "Cmdr", "Dr").
func AbbreviatedTitle(word string) bool {
	return abbreviatedTitles[strings.ToLower(strings.TrimSuffix(word, "."))]
}

// titleWords are the words of the abbreviated titles that stand for one
// ("Adm." an admiral, "Sgt." a sergeant): a reader asks for the word.
// "Mr.", "St." and the like name no rank or office and have none.
var titleWords = map[string]string{
	"dr": "doctor", "prof": "professor", "sen": "senator", "rep": "representative", "gov": "governor",
	"gen": "general", "col": "colonel", "maj": "major", "brig": "brigadier", "capt": "captain",
	"cpt": "captain", "lt": "lieutenant", "sgt": "sergeant", "cpl": "corporal", "pfc": "private",
	"pvt": "private", "spc": "specialist", "ens": "ensign", "cmdr": "commander", "cdr": "commander",
	"adm": "admiral", "rev": "reverend", "supt": "superintendent", "insp": "inspector", "det": "detective",
}

// TitleWord is the word an abbreviated title stands for, without its
// period and in any case ("Adm": "admiral"), or "".
func TitleWord(abbrev string) string {
	return titleWords[strings.ToLower(strings.TrimSuffix(abbrev, "."))]
}

// TitleWords are the abbreviated titles that stand for a word, with the
// word: "adm", "admiral".
func TitleWords() iter.Seq2[string, string] { return maps.All(titleWords) }

// abbreviations end in a period without ending a sentence: the abbreviated
// titles, and these.
var abbreviations = func() map[string]bool {
	m := wordSet(`u.s. u.k. u.n. e.u. d.c. no. vs. etc. e.g. i.e. jan. feb. aug. sept. oct. nov. dec.`)
	for w := range abbreviatedTitles {
		m[w+"."] = true
	}
	return m
}()

// Abbreviation reports whether a word written with a final period is a
// known abbreviation ("St.", "Jr.", "U.S.") or initials ("P.", "T.A."), whose
// period need not end a sentence. splitSentences knows the abbreviations
// and a middle initial between names (middleInitial: "Tumani A.
// Younge"), but still splits after another initial, which more often
// does end one ("… chose Plan B. The …").
func Abbreviation(word string) bool {
	w := strings.ToLower(word)
	if abbreviations[w] {
		return true
	}
	return Initials(word)
}

// Initials reports whether a word is one to three initials, each a
// capital and its period: "P.", "T.A.", "J.R.R.".
func Initials(word string) bool {
	r := []rune(word)
	if len(r) == 0 || len(r)%2 != 0 || len(r) > 6 {
		return false
	}
	for i := 0; i < len(r); i += 2 {
		if !unicode.IsUpper(r[i]) || r[i+1] != '.' {
			return false
		}
	}
	return true
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
		if c == '.' && clockGoesOn(p[start:i+1], p[k:]) {
			continue // "at 11:00 a.m. EST, Gemini 1 lifted off"
		}
		if c == '.' && middleInitial(p[start:i+1], p[k:]) {
			continue // "Tumani A. Younge", "Benjamin G. Greenberg"
		}
		if c == '.' && versusInCapitals(p[start:i+1], p[k:]) {
			continue // "ELLIS V. UNITED STATES, 206 U.S. 246 (1907), is …"
		}
		out = append(out, Sentence{Text: strings.TrimSpace(p[start:j]), Start: start})
		start = k
	}
	if rest := strings.TrimSpace(p[start:]); rest != "" {
		out = append(out, Sentence{Text: rest, Start: start})
	}
	return out
}

// versusInCapitals reports whether the period that ends before closes
// the "V." of a case's name set in capitals ("ELLIS V. UNITED STATES"):
// versus, not the Roman five that may end a sentence ("World War V.").
func versusInCapitals(before, after string) bool {
	words, next := strings.Fields(before), strings.Fields(after)
	if len(words) < 2 || words[len(words)-1] != "V." || len(next) == 0 {
		return false
	}
	return allCapitals(words[len(words)-2]) && allCapitals(strings.TrimRight(next[0], ",.;:"))
}

// allCapitals reports whether a word of two letters or more has no
// lower-case letter.
func allCapitals(w string) bool {
	return utf8.RuneCountInString(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// clockGoesOn reports whether the period that ends before closes an
// "a.m." or "p.m." that a time zone or a day follows ("11:00 a.m. EST",
// "11:20 a.m. Monday, March 11"): the time goes on.
func clockGoesOn(before, after string) bool {
	w := strings.ToLower(lastWord(before))
	return (w == "a.m." || w == "p.m.") && zoneOrDay.MatchString(after)
}

// zoneOrDay is a time zone's abbreviation at the start of a text ("EST",
// "PDT", "AEST", "UTC", "GMT"), or a day of the week, which dates the
// time before it.
var zoneOrDay = regexp.MustCompile(`^(?:\p{Lu}{1,3}[DS]?T|UTC|GMT|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),)`)

// MiddleInitial reports whether the period that ends before is a
// name's middle initial's, so that the name goes on after it ("Virgil I.
// \"Gus\" Grissom"), rather than the end of a sentence ("World War I.
// \"Sonny\" Whitfield learned to fly"): the rule the sentence splitter
// keeps.
func MiddleInitial(before, after string) bool { return middleInitial(before, after) }

// middleInitial reports whether the period that ends before is an
// initial's: a capital letter and a period after a capitalised word or
// a word that leads a name (initialLead), followed by a capitalised word
// that is no common opening word of a sentence ("Tumani A. Younge", "by
// J. Smith", not "chose Plan B. The …").
func middleInitial(before, after string) bool {
	words := strings.Fields(before)
	if len(words) < 2 || !Abbreviation(words[len(words)-1]) {
		return false
	}
	if romanNumeral[words[len(words)-1]] && (!nicknameNext.MatchString(after) || numbered(words[:len(words)-1])) {
		return false // "World War I. Lambert was …", "King George V. "Bud" Harris won" end a sentence
	}
	if designationNoun[strings.ToLower(strings.Trim(words[len(words)-2], "(\"“"))] {
		return false // "tested for Hepatitis C. Doctors said …"
	}
	first, _ := utf8.DecodeRuneInString(words[len(words)-2])
	if !unicode.IsUpper(first) && !initialLead(words[:len(words)-1]) {
		return false
	}
	next := strings.FieldsFunc(after, func(r rune) bool { return !unicode.IsLetter(r) && r != '’' && r != '\'' })
	return len(next) > 0 && !sentenceOpeners[strings.ToLower(next[0])]
}

// initialLead reports whether the last of some words may stand before a
// name that opens with an initial: a word's comma ("A liquidator, M.
// Ravindran, was appointed"), or a word that names a person after it
// ("by J. Smith", "said K. Patel", "Ann Cole and W. Cathcart"). Not a
// letter's comma nor the "and" after a letter, which end a list of
// letters a sentence may end on ("groups A and B.", "vitamins A, C and
// E.").
func initialLead(words []string) bool {
	w := words[len(words)-1]
	if word, ok := strings.CutSuffix(w, ","); ok {
		return utf8.RuneCountInString(word) > 1
	}
	if w == "and" {
		return len(words) > 1 && utf8.RuneCountInString(strings.TrimRight(words[len(words)-2], ",")) > 1
	}
	return w == "by" || w == "said" || w == "says"
}

// designationNoun are the nouns a single capital letter names one of
// ("Hepatitis C", "Plan B", "Terminal A", "Vitamin D"): before their
// letter and its period a sentence may well end.
var designationNoun = map[string]bool{
	"hepatitis": true, "vitamin": true, "plan": true, "group": true, "terminal": true, "type": true,
	"class": true, "category": true, "section": true, "article": true, "appendix": true, "phase": true,
	"team": true, "building": true, "gate": true, "level": true, "grade": true, "zone": true,
	"exhibit": true, "schedule": true, "part": true, "division": true, "unit": true, "route": true,
	"lot": true, "wing": true, "row": true, "platform": true, "pier": true,
	"area": true, "box": true, "model": true, "series": true, "size": true, "option": true, "step": true,
	"stage": true, "tier": true, "company": true, "battery": true, "troop": true, "figure": true,
	"table": true, "channel": true, "strain": true, "variant": true,
}

// numbered reports whether the words before a one-letter Roman numeral
// name what it numbers: a war ("World War I."), or a monarch or pope
// after a title ("King George V.").
func numbered(words []string) bool {
	n := len(words)
	return words[n-1] == "War" || n > 1 && regnalTitle[words[n-2]]
}

// regnalTitle are the titles before a name a numeral follows.
var regnalTitle = wordSet("King Queen Pope Emperor Empress Tsar Czar Kaiser Prince Princess Duke Duchess Sultan Shah Pharaoh")

// nicknameNext matches a one-word nickname in quotes and the surname
// after it, which only a name's middle initial comes before: "Virgil I.
// "Gus" Grissom", where "I." is no numeral.
var nicknameNext = regexp.MustCompile(`^["“‘']\p{Lu}\p{Ll}+["”’']\s+\p{Lu}`)

// romanNumeral are the one-letter numerals that end a name ("World War
// I.", "Henry V.") rather than stand for one.
var romanNumeral = map[string]bool{"I.": true, "V.": true, "X.": true}

// sentenceOpeners are words that often open a sentence and never a
// surname.
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "there": true,
	"but": true, "and": true, "or": true, "so": true, "yet": true, "in": true, "on": true, "at": true,
	"for": true, "after": true, "before": true, "when": true, "while": true, "as": true, "if": true,
	"officials": true, "other": true, "some": true, "many": true, "most": true, "all": true, "one": true,
}

// lastWord is the last word of a text, after its last space, bracket,
// quote or hyphen.
func lastWord(s string) string {
	// After a hyphen too: "Minneapolis-St. Paul" ends no sentence at "St.".
	if i := strings.LastIndexAny(s, " (\"-"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// LongParagraphWords is the size past which Structure warns about a
// paragraph: real paragraphs are far shorter, so one this long is most
// likely several paragraphs whose blank lines were lost.
const LongParagraphWords = 300

// Structure is what the parser found in the article, for `check` to show
// a moderator, with warnings about anything that looks misread.
type Structure struct {
	Headings, Paragraphs, Lists, ListItems, Sentences, Words int
	// Sections lists each section in order, the introduction first when
	// there is text before the first heading.
	Sections []SectionSize
	// Warnings are one-line descriptions of suspicious structure.
	Warnings []string
}

// SectionSize is one section of the article and its size.
type SectionSize struct {
	Heading    string
	Paragraphs int
	Words      int
}

// Structure describes the article's structure.
func (c *Corpus) Structure() Structure {
	a := &c.Article
	s := Structure{Headings: len(a.headings), Paragraphs: len(a.Paragraphs)}
	for _, p := range a.Paragraphs {
		words := len(strings.Fields(p.Text))
		s.Words += words
		s.Sentences += len(p.Sentences)
		if p.List {
			s.Lists++
			s.ListItems += len(p.Sentences)
		}
		if n := len(s.Sections); n == 0 || s.Sections[n-1].Heading != p.Section {
			s.Sections = append(s.Sections, SectionSize{Heading: p.Section})
		}
		s.Sections[len(s.Sections)-1].Paragraphs++
		s.Sections[len(s.Sections)-1].Words += words
		if words > LongParagraphWords {
			s.Warnings = append(s.Warnings, fmt.Sprintf("paragraph ¶%d (line %d) has %d words: are blank lines missing between paragraphs?", p.Number, p.Line, words))
		}
	}
	for i, h := range a.headings {
		switch {
		case h.paragraphs > 0:
		case i == len(a.headings)-1:
			s.Warnings = append(s.Warnings, fmt.Sprintf("heading %q (line %d) has nothing under it", h.text, h.line))
		default:
			s.Warnings = append(s.Warnings, fmt.Sprintf("section %q (line %d) is empty: the next heading follows at once", h.text, h.line))
		}
	}
	if s.Headings >= 3 && 2*s.Headings > a.lines {
		s.Warnings = append(s.Warnings, fmt.Sprintf("most lines read as headings (%d of %d): mark headings with \"## \" in article.md, or separate paragraphs with blank lines", s.Headings, a.lines))
	}
	return s
}

// String describes the structure in a few lines for people.
func (s Structure) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d headings, %d paragraphs (%d lists with %d items), %d sentences, %d words\n",
		s.Headings, s.Paragraphs, s.Lists, s.ListItems, s.Sentences, s.Words)
	for _, sec := range s.Sections {
		fmt.Fprintf(&b, "  %s: %d paragraphs, %d words\n", sec.Heading, sec.Paragraphs, sec.Words)
	}
	for _, w := range s.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
