package index

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"storybot/corpus"
	"storybot/index/internal/lexicon"
)

// News releases shorten names to their initials once they have said them
// ("white-nose syndrome … WNS is now in 31 states", "Louisiana State
// University (LSU)"), and readers ask in either form. An abbreviation the
// article uses is linked to the words it stands for when the article says
// those words, initial by initial, before the abbreviation's first use.

// abbreviation is an article's abbreviation and the words it stands for.
type abbreviation struct {
	short string // "WNS"
	long  string // "white-nose syndrome"
}

// abbreviationRe finds words of two to seven capitals ("WNS", "NCDOT").
var abbreviationRe = lazyRE(`\b\p{Lu}{2,7}\b`)

// initialsSkip are the little words an abbreviation leaves out.
var initialsSkip = map[string]bool{"of": true, "and": true, "the": true, "for": true, "&": true, "in": true, "on": true}

// articleAbbreviations lists the abbreviations an article explains, in
// the order it first uses them.
func articleAbbreviations(paras []corpus.Paragraph) []abbreviation {
	var texts []string
	for _, p := range paras {
		texts = append(texts, p.Text)
	}
	text := strings.Join(texts, "\n")
	words := wordSpan.FindAllStringIndex(text, -1)
	var out []abbreviation
	seen := map[string]bool{}
	for _, loc := range abbreviationRe.FindAllStringIndex(text, -1) {
		short := text[loc[0]:loc[1]]
		if seen[short] {
			continue
		}
		seen[short] = true
		before, _ := slices.BinarySearchFunc(words, loc[0], func(w []int, at int) int { return w[1] - at })
		if long := spelledBefore(text, words[:before], short); long != "" {
			out = append(out, abbreviation{short: short, long: long})
		}
	}
	return out
}

// spelledBefore finds, among the words before an abbreviation's first
// use, words whose initials spell it (hyphenated words giving one initial
// per part, little words skipped): the last such run, or "". A two-letter
// abbreviation must stand for capitalised words ("North Carolina"), as
// two lower-case initials match too much by chance.
func spelledBefore(text string, words [][]int, short string) string {
	for end := len(words); end > 0; end-- {
		if start, ok := initialsEnding(text, words[:end], short); ok {
			return tidyNameWord(text[words[start][0]:words[end-1][1]])
		}
	}
	return ""
}

// tidyNameWord is a name's word, or run of words, without the
// punctuation and possessive around it: "(NOAA)," is "NOAA".
func tidyNameWord(raw string) string {
	return trimPossessive(strings.Trim(raw, ".,;:()“”\"‘’'"))
}

// initialsEnding reports whether the words ending the list spell an
// abbreviation by their initials, and where that run starts. Little
// words are skipped, unless the abbreviation writes their initial in
// lower case ("TfL": Transport for London, "BoE": Bank of England).
func initialsEnding(text string, words [][]int, short string) (int, bool) {
	typed := []rune(short)
	letters := []rune(strings.ToLower(short))
	i := len(letters)
	for w := len(words) - 1; w >= 0 && i > 0; w-- {
		raw := text[words[w][0]:words[w][1]]
		if w < len(words)-1 && strings.ContainsAny(raw[len(raw)-1:], ".!?") && !corpus.Abbreviation(raw) {
			return 0, false // the run would cross a sentence's end; "St." ends none
		}
		word := tidyNameWord(raw)
		if word == "" {
			return 0, false
		}
		if lower := strings.ToLower(word); initialsSkip[lower] && i < len(letters) {
			if unicode.IsLower(typed[i-1]) && []rune(lower)[0] == typed[i-1] {
				i-- // a short form's lower-case letter is its little word's: the "f" of "TfL"
			}
			continue
		}
		parts := strings.Split(word, "-")
		for p := len(parts) - 1; p >= 0; p-- {
			r := []rune(parts[p])
			if len(r) == 0 {
				continue
			}
			if !unicode.IsUpper(r[0]) && !termWord(parts[p]) {
				return 0, false // "its products after" spells no IPA
			}
			if i == 0 || unicode.ToLower(r[0]) != letters[i-1] {
				return 0, false
			}
			if len(letters) == 2 && !unicode.IsUpper(r[0]) {
				return 0, false
			}
			i--
		}
		if i == 0 {
			if w == len(words)-1 {
				return 0, false // one word is no expansion ("NASA" spelled by "Nasa")
			}
			return w, true
		}
	}
	return 0, false
}

// termWord reports whether a lower-case word may be part of a term
// ("white-nose syndrome"): a noun, adjective or verb English does not use
// as often as its little words ("its", "after").
func termWord(w string) bool {
	x := lexicon.Lookup(strings.ToLower(w))
	return x.POS&(lexicon.Noun|lexicon.Adjective|lexicon.Verb) != 0 && x.Zipf() < termWordZipf
}

// termWordZipf is the frequency from which a word is too common to be
// part of a term: "white" is under it, "after" and "its" over.
const termWordZipf = 5.5

// abbreviationSynonyms links each abbreviation the article explains with
// the analysed words it stands for, both ways, unless English knows the
// abbreviation as a word of its own.
func (e *Engine) abbreviationSynonyms() {
	e.abbreviations = articleAbbreviations(e.corpus.Article.Paragraphs)
	for _, ab := range e.abbreviations {
		if x := lexicon.Lookup(strings.ToLower(ab.short)); x.Known() && !x.Capital {
			continue
		}
		shorts := e.an.terms(ab.short)
		for _, s := range shorts {
			for _, l := range e.an.terms(ab.long) {
				e.addSynonym(s, l)
				e.addSynonym(l, s)
			}
		}
	}
}

// titleSynonyms links the titles the article shortens with their words:
// "which admiral leads the group?" asks about "Rear Adm. Gregory Harris".
func (e *Engine) titleSynonyms() {
	for short, long := range corpus.TitleWords() {
		for _, s := range e.an.terms(short) {
			for _, l := range e.an.terms(long) {
				e.addSynonym(l, s)
			}
		}
	}
}

// nameInitialSynonyms links the initials of the article's names of two
// words or more with those names' words, so a reader may ask in the
// shortening the article never uses: "the UF teams" are the University
// of Florida's. Initials that two names share, that the story uses as a
// word, or that English knows as one ("us", "it") link nothing; those
// WordNet knows only as an initialism, and people seldom write ("UN",
// "FBI"), do: "the un mission" is the United Nations'.
func (e *Engine) nameInitialSynonyms() {
	type initialism struct{ short, long string }
	byKey := map[string][]initialism{} // by the initials' analysed term: "ACS" and "AC" are both "ac"
	for _, p := range e.passages {
		for _, s := range p.names {
			short := initialsOf(s.text)
			if len(short) < 2 {
				continue
			}
			key := short
			if t := e.an.terms(short); len(t) == 1 {
				key = t[0]
			}
			if !slices.Contains(byKey[key], initialism{short, s.text}) {
				byKey[key] = append(byKey[key], initialism{short, s.text})
			}
		}
	}
	for key, names := range byKey {
		// The story's own "ACS", in capitals, beside its "American
		// Cancer Society" is the society, whatever else "ac" might
		// spell (Anne Clark); its "us" or "It" is no initialism, nor is
		// a common word it writes in capitals ("ACT", "WHO").
		var written []initialism // scanned for only where the story says the key
		if e.df[key] > 0 {
			written = slices.DeleteFunc(slices.Clone(names), func(n initialism) bool { return !e.writesInCapitals(strings.ToUpper(n.short)) })
		}
		if len(written) > 0 {
			names = written
		}
		if slices.ContainsFunc(names, func(n initialism) bool { return n.long != names[0].long }) {
			continue // shared: ambiguous
		}
		n := names[0]
		x := lexicon.Lookup(n.short)
		englishWord := x.Known() && !initialismOnly(n.short) && !(len(written) > 0 && x.Zipf() < commonZipf)
		if e.df[key] > 0 && len(written) == 0 || englishWord {
			continue
		}
		for _, l := range e.an.terms(n.long) {
			e.addSynonym(key, l)
		}
	}
}

// phraseInitialSynonyms links the initials of the article's runs of two
// to four lower-case words, none a stop word, with those words, so a
// reader may shorten a term the article writes out: "IEDs" for
// "improvised explosive devices". Initials of fewer than three letters,
// that two runs share, or that a name's initials, the story or English
// already use, link nothing.
func (e *Engine) phraseInitialSynonyms() {
	runs := map[string]string{} // initials → the words they stand for, "" when two runs share them
	for _, p := range e.passages {
		for _, run := range lowerRuns(p.text) {
			for n := 2; n <= min(4, len(run)); n++ {
				for i := 0; i+n <= len(run); i++ {
					short, words := phraseInitials(run[i:i+n]), strings.Join(run[i:i+n], " ")
					if n == 2 && !initialismOnly(short) {
						continue // two letters match too much by chance, but for "PM" and the like
					}
					if have, ok := runs[short]; ok && have != words {
						words = "" // shared: ambiguous
					}
					runs[short] = words
				}
			}
		}
	}
	for short, words := range runs {
		key := e.an.terms(short) // "ied" is analysed as the question's "IEDs" is
		if words == "" || len(key) != 1 || e.df[key[0]] > 0 || len(e.synonyms[key[0]]) > 0 || !shorthandOnly(lexicon.Lookup(short)) && !initialismOnly(short) {
			continue
		}
		for _, l := range e.an.terms(words) {
			e.addSynonym(key[0], l)
		}
	}
}

// writesInCapitals reports whether the article writes an initialism as
// a word of its own: "ACS", not only "acs" or "Acs".
func (e *Engine) writesInCapitals(initials string) bool {
	return slices.ContainsFunc(e.passages, func(p *passage) bool { return containsWords(p.text, initials) })
}

// initialismOnly reports whether English knows a short word only as a
// capitalised noun, and seldom ("UN", "PM"; not "US" or "IT"), and it is
// no little word: an initialism a reader may type in lower case.
func initialismOnly(short string) bool {
	x := lexicon.Lookup(short)
	return x.Capital && x.POS == lexicon.Noun && x.Zipf() < 4 && !stopWord(short)
}

// shorthandOnly reports whether English knows a word at most as a rare
// string or a capitalised one (WordNet's "IED"): "ied" may stand for a
// phrase, "owl" may not.
func shorthandOnly(x lexicon.Word) bool { return (x.POS == 0 || x.Capital) && x.Zipf() < 3 }

// lowerRuns splits a text into runs of lower-case words of three letters
// or more that are no stop words, broken by anything else.
func lowerRuns(text string) [][]string {
	var out [][]string
	var run []string
	end := 0
	for _, loc := range wordRe.FindAllStringIndex(text, -1) {
		w := text[loc[0]:loc[1]]
		if text[end:loc[0]] != " " || !unicode.IsLower([]rune(w)[0]) || len(w) < 3 || stopWord(w) {
			if len(run) >= 2 {
				out = append(out, run)
			}
			run = nil
		}
		if unicode.IsLower([]rune(w)[0]) && len(w) >= 3 && !stopWord(w) {
			run = append(run, w)
		}
		end = loc[1]
	}
	if len(run) >= 2 {
		out = append(out, run)
	}
	return out
}

// phraseInitials are the first letters of a run of words.
func phraseInitials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		b.WriteByte(w[0])
	}
	return b.String()
}

// initialsOf is a name's initials in lower case, little words skipped and
// each part of an abbreviation counted ("U.S. Fish and Wildlife Service"
// → "usfws").
func initialsOf(name string) string {
	var b strings.Builder
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	for _, w := range words {
		w = tidyNameWord(w)
		if w == "" || initialsSkip[strings.ToLower(w)] {
			continue
		}
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '-' }) {
			b.WriteRune(unicode.ToLower([]rune(part)[0]))
		}
	}
	return b.String()
}

// addSynonym records that the story's word u may stand for t.
func (e *Engine) addSynonym(t, u string) {
	if u == t || e.df[u] == 0 {
		return
	}
	for _, have := range e.synonyms[t] {
		if have == u {
			return
		}
	}
	e.synonyms[t] = append(e.synonyms[t], u)
}

// withLongForm is an answer line that is only an abbreviation the
// article spells out beside it in brackets, with the words it stands
// for: "Lawrence Livermore National Laboratory (LLNL)" for "LLNL", as a
// reader may not know the letters, which the article explains once,
// often far from the answer's sentence. Initials that only happen to
// spell it ("Fort Atkinson Airfield" for an "FAA" team) are not used.
func (e *Engine) withLongForm(line string) string {
	if !abbreviationRe.MatchString(line) || strings.Contains(line, " ") {
		return line
	}
	if long, _ := e.spelledInBrackets(line); long != "" && !strings.EqualFold(long, line) && capitalsSpell(long, line) {
		return long + " (" + line + ")"
	}
	return line
}

// withShortForm is an answer line that is a name with the abbreviation
// the article writes after it in brackets, the first time it does: "New
// York State Department of Environmental Conservation (DEC)", as the
// story calls it "the DEC" from then on. Any other line is returned as
// it is.
func (e *Engine) withShortForm(line string) string {
	if !strings.Contains(line, " ") || !opensWithCapital(line) || strings.HasSuffix(line, ")") {
		return line
	}
	for _, d := range e.docs {
		if d.kind != docSentence {
			continue
		}
		i := strings.Index(d.text, line+" (")
		if i < 0 {
			continue
		}
		rest := d.text[i+len(line)+len(" ("):]
		short, _, closed := strings.Cut(rest, ")")
		if closed && abbreviationRe.FindString(short) == short && capitalsSpell(line, short) {
			return line + " (" + short + ")"
		}
		return line // the name's first bracket gives no abbreviation of it
	}
	return line
}

// capitalsSpell reports whether a long form has a capitalised word for
// all but one of an abbreviation's letters: "Centers for Disease Control
// and Prevention" is CDC's, where its last words alone ("Prevention"),
// which is what a bracket's name can stop at, are not.
func capitalsSpell(long, short string) bool {
	n := 0
	for _, w := range strings.Fields(long) {
		if opensWithCapital(w) {
			n++
		}
	}
	return n >= utf8.RuneCountInString(short)-1
}
