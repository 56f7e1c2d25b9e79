package index

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"golang.org/x/text/unicode/norm"

	"storybot/index/internal/lexicon"
)

// Names under which storybot's analysis parts are registered with Bleve.
const (
	analyzerName    = "storybot"
	translitName    = "storybot_translit"
	designationName = "storybot_designation"
	lemmaName       = "storybot_lemma"
	stemName        = "storybot_stem"
	signsName       = "storybot_signs"
	acronymsName    = "storybot_acronyms"
	possessiveName  = "storybot_possessive"
	stopName        = "storybot_stop"
)

func init() {
	// Bleve looks analysis parts up by name in a process-wide registry;
	// registering them once here is how Bleve is extended.
	must(registry.RegisterTokenizer(signsName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return signsTokenizer{words: unicodetok.NewUnicodeTokenizer()}, nil
	}))
	must(registry.RegisterTokenFilter(translitName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return translitFilter{}, nil
	}))
	must(registry.RegisterTokenFilter(lemmaName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return lemmaFilter{}, nil
	}))
	must(registry.RegisterTokenFilter(stemName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return &stemFilter{}, nil
	}))
	must(registry.RegisterTokenFilter(possessiveName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return possessiveFilter{}, nil
	}))
	must(registry.RegisterTokenFilter(acronymsName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return acronymPlurals{}, nil
	}))
	must(registry.RegisterTokenFilter(designationName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return designationFilter{stop: englishStop}, nil
	}))
	must(registry.RegisterTokenFilter(stopName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return stop.NewStopTokensFilter(englishStop), nil
	}))
}

// englishStop is Bleve's English stop list (Snowball's): the words that
// carry no meaning of their own, "other" and "after" among them; but not
// "against", which is what "who voted against the plan?" asks about.
var englishStop = func() analysis.TokenMap {
	m := analysis.NewTokenMap()
	must(m.LoadBytes(en.EnglishStopWords))
	delete(m, "against")
	return m
}()

// stopWord reports whether a lower-case word is on the English stop list.
func stopWord(w string) bool { return englishStop[w] }

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// addAnalyzer adds storybot's analyzer to a mapping. The chain, in order:
// split on Unicode word boundaries, reading "$" and "%" as words; drop possessive "'s"; lower-case;
// transliterate Cyrillic ("Вел-44" reads as "vel-44") and drop accents; join model
// designations ("Vel-44", "KX 7" → "vel44", "kx7") so "vel-44" never
// matches a bare "44"; map irregular forms to their base ("sold" → "sell");
// drop English stop words (but "against"); stem.
func addAnalyzer(m *mapping.IndexMappingImpl) error {
	return m.AddCustomAnalyzer(analyzerName, map[string]any{
		"type":      custom.Name,
		"tokenizer": signsName,
		"token_filters": []any{
			possessiveName, acronymsName, lowercase.Name, translitName, designationName,
			lemmaName, stopName, stemName,
		},
	})
}

// signsTokenizer splits text on Unicode word boundaries, as Bleve's
// Unicode tokenizer does, and reads the signs that stand for words as
// those words: "$20.8 billion" speaks of dollars and "81%" of a percent,
// as readers ask ("what was the dollar figure", "what percent hatched").
type signsTokenizer struct{ words analysis.Tokenizer }

// signWords are the signs read as words.
var signWords = map[rune]string{'$': "dollar", '€': "euro", '£': "pound", '¥': "yen", '₹': "rupee", '₽': "ruble", '₪': "shekel", '₦': "naira", '₱': "peso", '₡': "colon", '%': "percent"}

// signChars are signWords' signs, for a quick look whether a text has any.
var signChars = func() string {
	var b strings.Builder
	for r := range signWords {
		b.WriteRune(r)
	}
	return b.String()
}()

// Tokenize merges the signs' tokens into the words' by their place in the
// text.
func (s signsTokenizer) Tokenize(input []byte) analysis.TokenStream {
	words := s.words.Tokenize(input)
	if bytes.IndexByte(input, '_') >= 0 {
		words = trimUnderscores(words)
	}
	if !bytes.ContainsAny(input, signChars) {
		return words
	}
	out := make(analysis.TokenStream, 0, len(words)+4)
	for i := 0; i < len(input); {
		r, size := utf8.DecodeRune(input[i:])
		if w, ok := signWords[r]; ok {
			for len(words) > 0 && words[0].Start < i {
				out, words = append(out, words[0]), words[1:]
			}
			out = append(out, &analysis.Token{Term: []byte(w), Start: i, End: i + size, Type: analysis.AlphaNumeric})
		}
		i += size
	}
	out = append(out, words...)
	for i, t := range out {
		t.Position = i + 1
	}
	return out
}

// trimUnderscores takes off the underscores a word opens or ends with:
// Unicode's word breaks keep "_" inside a word, but text converted from
// a wiki or markdown marks italics with it ("after reading _Higher
// Superstition_ (1994)"), and "_Higher" is no word of a question about
// "Higher Superstition". One inside a word joins an address or a name
// ("green_river", "ann_lee@fws.gov"), and stays.
func trimUnderscores(words analysis.TokenStream) analysis.TokenStream {
	out := words[:0]
	for _, t := range words {
		lead := len(t.Term) - len(bytes.TrimLeft(t.Term, "_"))
		t.Term = bytes.Trim(t.Term, "_")
		if len(t.Term) == 0 {
			continue
		}
		t.Start += lead
		t.End = t.Start + len(t.Term)
		out = append(out, t)
	}
	for i, t := range out {
		t.Position = i + 1
	}
	return out
}

// token is an analysed word with where it came from in the text.
type token struct {
	term       string
	start, end int // byte offsets in the analysed text
}

// analyzer runs storybot's analysis outside of indexing: on questions, on
// aliases, and on texts whose entity mentions are found at build time.
type analyzer struct{ a analysis.Analyzer }

func newAnalyzer(m *mapping.IndexMappingImpl) (analyzer, error) {
	a := m.AnalyzerNamed(analyzerName)
	if a == nil {
		return analyzer{}, fmt.Errorf("index: analyzer %q not registered", analyzerName)
	}
	return analyzer{a}, nil
}

func (a analyzer) tokens(text string) []token {
	stream := a.a.Analyze([]byte(text))
	out := make([]token, 0, len(stream))
	for _, t := range stream {
		out = append(out, token{term: string(t.Term), start: t.Start, end: t.End})
	}
	return out
}

func (a analyzer) terms(text string) []string { return termsOf(a.tokens(text)) }

// translitFilter writes Cyrillic (Russian, Kazakh and Ukrainian letters) in
// Latin letters, so Cyrillic names in questions meet the Latin names of the
// article, drops accents ("Renée" reads as "renee") and writes curly
// apostrophes straight ("O’Hara" reads as "o'hara", as readers type it). It works on
// terms, not on the text: a character filter would change the length of the
// text and so the offsets that highlighting relies on.
type translitFilter struct{}

var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'қ': "q", 'ң': "n", 'ғ': "g",
	'ү': "u", 'ұ': "u", 'ө': "o", 'һ': "h", 'ә': "a",
}

func (translitFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if isASCII(t.Term) {
			continue
		}
		var b strings.Builder
		for _, r := range string(t.Term) {
			if s, ok := cyrillic[unicode.ToLower(r)]; ok {
				b.WriteString(s)
				continue
			}
			if strings.ContainsRune(curlyApostrophes, r) {
				b.WriteByte('\'') // "O’Hara" as typed on a keyboard: "o'hara"
				continue
			}
			b.WriteString(withoutMarks(string(r)))
		}
		t.Term = []byte(b.String())
	}
	return in
}

// withoutMarks is a text without its letters' accents and other marks:
// "é" is "e", "Dévoluy" "Devoluy".
func withoutMarks(text string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(text) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// acronymPlurals writes an acronym's plural as the acronym ("IEDs" →
// "IED", "CEOs" → "CEO"), before the case is lowered: lowered, the stemmer
// would take "ieds" for a word and cut it to "i", which no "IED" says.
type acronymPlurals struct{}

func (acronymPlurals) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if n := len(t.Term); n >= 3 && t.Term[n-1] == 's' && allCapitals(t.Term[:n-1]) {
			t.Term = t.Term[:n-1]
		}
	}
	return in
}

// allCapitals reports whether a word is ASCII capital letters only.
func allCapitals(w []byte) bool {
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return len(w) > 0
}

// lemmaFilter maps irregular word forms, which no stemmer relates, to their
// base form ("sold" → "sell", "caught" → "catch"), and British spellings
// to American ones, from WordNet's lists; and an ordinal in figures to its
// word ("2nd" → "second"), as chat writes what articles spell out.
type lemmaFilter struct{}

func (lemmaFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if base := lexicon.Form(string(t.Term)); base != "" {
			t.Term = []byte(base)
		} else if base := vowelEBase(t.Term); base != "" {
			t.Term = []byte(base)
		} else if word, ok := ordinalSpelled[string(t.Term)]; ok {
			t.Term = []byte(word)
		}
	}
	return in
}

// vowelEBase is the base of a verb's "-ed" or "-ing" form whose base
// ends in a vowel and "e" ("sued", "suing" → "sue"; "toed" → "toe"), or
// "": the stemmer cuts such a form to "su", and its base only to "sue",
// so "Hartford then sued Hazel" said nothing of "who did Hartford sue?".
// Only where the two stems differ by that "e": "argued" and "argue" stem
// alike, and "seed" is no form of "see". The base is spelt out from the
// form, not looked up, and checked only where a vowel stands before the
// ending: this runs for every word of every article.
func vowelEBase(term []byte) string {
	var stemEnd int
	switch {
	case bytes.HasSuffix(term, []byte("ed")):
		stemEnd = len(term) - len("ed")
	case bytes.HasSuffix(term, []byte("ing")):
		stemEnd = len(term) - len("ing")
	default:
		return ""
	}
	if stemEnd < 2 || !isVowel(term[stemEnd-1]) || consonantAfterVowel(term[:stemEnd]) {
		// Most such forms ("walked", "playing"): the stemmer keeps a
		// base's final "e" only when no consonant follows its first
		// vowel ("sue", "toe", "glue"; not "argue").
		return ""
	}
	w := string(term)
	b := w[:stemEnd] + "e" // "sued", "suing" → "sue"
	if lexicon.Lookup(b).POS&lexicon.Verb == 0 || stem(b) != stem(w)+"e" {
		return ""
	}
	return b
}

// isVowel reports whether a byte is a vowel, "y" counted as one.
func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// consonantAfterVowel reports whether a consonant follows a word's
// first vowel.
func consonantAfterVowel(w []byte) bool {
	i := bytes.IndexFunc(w, func(r rune) bool { return r < utf8.RuneSelf && isVowel(byte(r)) })
	return i >= 0 && bytes.IndexFunc(w[i+1:], func(r rune) bool { return r >= utf8.RuneSelf || !isVowel(byte(r)) }) >= 0
}

// ordinalSpelled spells the ordinals written in figures that news
// writes in words ("finished second", "the third attempt"): "2nd" →
// "second".
var ordinalSpelled = func() map[string]string {
	m := map[string]string{}
	for word, n := range ordinalWords {
		m[strconv.Itoa(n)+ordinalSuffix(n)] = word
	}
	return m
}()

// ordinalSuffix is the ending of an ordinal in figures below 20.
func ordinalSuffix(n int) string {
	switch n {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// stemFilter is Bleve's Snowball English stemmer with a memory: the same
// few thousand words are stemmed over and over, at every build and in every
// question, and stemming was a fifth of build time. Each engine's analyser
// has its own memory, which goes with the engine.
type stemFilter struct {
	// stems caches Snowball stems; maxStems bounds it, so a long-running
	// bot fed endless new words stops caching instead of growing.
	stems sync.Map
	count atomic.Int64
}

const maxStems = 100_000

// stem is a lower-case word's Snowball stem, with no form folded first.
func stem(word string) string {
	env := snowballstem.NewEnv(word)
	english.Stem(env)
	return env.Current()
}

func (f *stemFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if s, ok := f.stems.Load(string(t.Term)); ok {
			t.Term = []byte(s.(string))
			continue
		}
		word := string(t.Term)
		s := stem(word)
		t.Term = []byte(s)
		if f.count.Load() < maxStems {
			if _, loaded := f.stems.LoadOrStore(word, s); !loaded {
				f.count.Add(1)
			}
		}
	}
	return in
}

// designationFilter joins model designations: a short letter prefix
// followed, directly or after one hyphen or space, by a short number with an
// optional variant suffix ("Vel-44", "KX 7", "Vel-44M", "KX-7s"). The joined
// token ("vel44") replaces the two parts, keeping the first part's position
// and spanning both, so highlighting marks the whole designation. A variant
// ("vel44m") is also indexed at the same position as its base model.
type designationFilter struct{ stop analysis.TokenMap }

func (f designationFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := in[:0:0]
	for i := 0; i < len(in); i++ {
		t := in[i]
		if prefix, num, variant, ok := splitDesignation(string(t.Term)); ok && prefix != "" {
			out = appendDesignation(out, t, prefix+num, variant)
			continue
		}
		if i+1 < len(in) {
			// The number first: isPrefix looks the word up in the
			// lexicon, which most words before a word need not.
			n := in[i+1]
			if _, num, variant, ok := splitDesignation(string(n.Term)); ok && n.Start-t.End <= 1 && num != "" && f.isPrefix(t) && !possessiveS(in, i) {
				joined := &analysis.Token{Start: t.Start, End: n.End, Position: t.Position, Type: analysis.AlphaNumeric}
				out = appendDesignation(out, joined, string(t.Term)+num, variant)
				i++
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// possessiveFilter drops a possessive "'s" (or "’s"), as Bleve's English
// possessive filter does, and marks the word as an owner (KeyWord, which
// no later filter of this analyser reads otherwise): "Vanguard II's 60th
// anniversary" owns what follows, and no designation joins across it.
type possessiveFilter struct{}

func (possessiveFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		for _, suffix := range possessiveSuffixes {
			if bytes.HasSuffix(t.Term, suffix) && len(t.Term) > len(suffix) {
				t.Term = t.Term[:len(t.Term)-len(suffix)]
				t.KeyWord = true
				break
			}
		}
	}
	return in
}

// possessiveSuffixes are the endings possessiveFilter drops, made once:
// the filter runs on every word of the story and of every question.
var possessiveSuffixes = [][]byte{[]byte("'s"), []byte("’s"), []byte("'S"), []byte("’S"), []byte("＇s")}

// possessiveS reports whether a token is the "s" of a possessive the
// tokenizer split from the number it follows ("Apollo 11's"): only an
// apostrophe stands between them.
func possessiveS(in analysis.TokenStream, i int) bool {
	t := in[i]
	return i > 0 && string(t.Term) == "s" && in[i-1].End < t.Start && t.Start-in[i-1].End <= len("’")
}

func (f designationFilter) isPrefix(t *analysis.Token) bool {
	if t.KeyWord {
		return false // "Vanguard II's 60th": the owner, not a model's prefix
	}
	n := utf8.RuneCount(t.Term)
	if n == 0 || n > 3 || f.stop[string(t.Term)] || monthShort[string(t.Term)] || everydayWord(string(t.Term)) {
		return false // "May 12" is a day, not a model; "won 3 games" no model either
	}
	for _, r := range string(t.Term) {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// everydayWord reports whether a short word is one English uses every
// day, not a model's prefix: a common word (Zipf 4 or more in SUBTLEX-US,
// WordNet writing it in lower case: "won", "top", "car") or an
// irregular form of a verb ("led"). Read as a prefix, "had won 3 games"
// became one word, "won3", that "how many games did Korchnoi win?"
// could not find. "Yak-9", "Su-24", "Il-76" and "F-16" still join: their
// prefixes are rare or written with a capital.
func everydayWord(w string) bool {
	if base := lexicon.IrregularForm(w); base != "" && lexicon.Lookup(base).POS&lexicon.Verb != 0 {
		return true
	}
	x := lexicon.Lookup(w)
	return x.Common() && x.Zipf() >= 4
}

// monthShort are the months' names of three letters or less, as the
// analyser reads them: "May 12", "Oct 3" are days, not designations.
var monthShort = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true, "aug": true, "sep": true, "oct": true, "nov": true, "dec": true}

func appendDesignation(out analysis.TokenStream, t *analysis.Token, base, variant string) analysis.TokenStream {
	b := *t
	b.Term = []byte(base)
	out = append(out, &b)
	if variant != "" && variant != "s" {
		v := *t
		v.Term = []byte(base + variant)
		out = append(out, &v)
	}
	return out
}

// splitDesignation splits "kx7k" into "kx", "7", "k" and "44s" into "",
// "44", "s". ok is false unless the term is an optional prefix of at most 3
// letters, 1–3 digits (so years never join), and an optional suffix of at most 3 letters.
func splitDesignation(s string) (prefix, num, variant string, ok bool) {
	i := 0
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	k := j
	for k < len(s) && isASCIILetter(s[k]) {
		k++
	}
	if k != len(s) || i > 3 || j == i || j-i > 3 || k-j > 3 {
		return "", "", "", false
	}
	return s[:i], s[i:j], s[j:k], true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' }
