// Package lexicon is storybot's general knowledge of English, built from
// resources in the package registries by the generator in gen/: how often
// each word is used (SUBTLEX-US word counts), what WordNet 3.0 knows of it
// (its parts of speech, its base form, the words near it in meaning and
// opposite to it, and whether it names a person, a place or an
// organisation), and the English of common Russian words (enru-dict),
// for questions asked in Russian.
//
// The data is embedded as sorted text, with an index of where each line
// starts, and searched where it lies, so that a process that answers one
// question loads next to nothing.
package lexicon

import (
	_ "embed"
	"encoding/binary"
	"math"
	"strconv"
	"strings"
	"sync"

	"storybot/index/internal/rukey"
)

var (
	//go:embed data/words.txt
	wordsText string
	//go:embed data/words.idx
	wordsIndex []byte
	//go:embed data/forms.txt
	formsText string
	//go:embed data/forms.idx
	formsIndex []byte
	//go:embed data/related.txt
	relatedText string
	//go:embed data/related.idx
	relatedIndex []byte
	//go:embed data/isa.txt
	isaText string
	//go:embed data/isa.idx
	isaIndex []byte
	//go:embed data/russian.txt
	russianText string
	//go:embed data/russian.idx
	russianIndex []byte
	//go:embed data/opposites.txt
	oppositesText string
	//go:embed data/opposites.idx
	oppositesIndex []byte
	//go:embed data/wider.txt
	widerText string
	//go:embed data/wider.idx
	widerIndex []byte
	//go:embed data/givennames.txt
	givenNamesText string
	//go:embed data/givennames.idx
	givenNamesIndex []byte
)

// The data files as tables to search.
var (
	words        = &table{text: wordsText, index: wordsIndex}
	forms        = &table{text: formsText, index: formsIndex}
	related      = &table{text: relatedText, index: relatedIndex}
	isa          = &table{text: isaText, index: isaIndex}
	russianWords = &table{text: russianText, index: russianIndex}
	opposites    = &table{text: oppositesText, index: oppositesIndex}
	wider        = &table{text: widerText, index: widerIndex}
	givenNames   = &table{text: givenNamesText, index: givenNamesIndex}
)

// totalCount is the number of words SUBTLEX-US counted, for Zipf values.
const totalCount = 49_719_560

// POS is a set of parts of speech.
type POS uint8

// Parts of speech.
const (
	Noun POS = 1 << iota
	Verb
	Adjective
	Adverb
)

// Word is what the lexicon knows of a word.
type Word struct {
	// Count is how often SUBTLEX-US saw the word, in any case.
	Count int
	// POS are its parts of speech in WordNet, of its base form.
	POS POS
	// Kind is "person", "place" or "organisation" when the word's
	// commonest sense names one ("biologist", "alabama"), else "".
	Kind string
	// Capital is set when WordNet writes the word with a capital: a name.
	Capital bool
}

// Known reports whether the lexicon has the word at all.
func (w Word) Known() bool { return w.Count > 0 || w.POS != 0 }

// Common reports whether WordNet has the word as a common word, one
// English writes in lower case: "harbour", not "Dover" nor "Monday".
func (w Word) Common() bool { return w.POS != 0 && !w.Capital }

// Zipf is the word's frequency on the Zipf scale: log10 of its
// occurrences per billion words. "the" is about 7.5, "recipe" 3.9, a word
// seen once in SUBTLEX 1.3; an unknown word 0.
func (w Word) Zipf() float64 {
	if w.Count == 0 {
		return 0
	}
	return math.Log10(float64(w.Count) * 1e9 / totalCount)
}

// Lookup returns what the lexicon knows of a lower-case word. Parts of
// speech and kind come from the word's base form when the form itself is
// no WordNet lemma ("reckons" is a verb because "reckon" is).
func Lookup(w string) Word {
	out := parseWord(find(words, w))
	if out.POS == 0 {
		if b := Base(w); b != w {
			base := parseWord(find(words, b))
			out.POS, out.Kind = base.POS, base.Kind
			out.Count = max(out.Count, base.Count)
		}
	}
	return out
}

func parseWord(line string) Word {
	// The fields are cut in place, not split: a question parses hundreds
	// of lines, and strings.Fields allocated for each.
	_, rest, ok := strings.Cut(line, " ")
	countField, rest, ok2 := strings.Cut(rest, " ")
	posField, rest, ok3 := strings.Cut(rest, " ")
	kind, capital, ok4 := strings.Cut(rest, " ")
	if !ok || !ok2 || !ok3 || !ok4 {
		return Word{}
	}
	capital, _, _ = strings.Cut(capital, " ")
	count, _ := strconv.Atoi(countField)
	pos, _ := strconv.Atoi(posField)
	w := Word{Count: count, POS: POS(pos), Capital: capital == "C"}
	if kind != "-" {
		w.Kind = kind
	}
	return w
}

// Form returns the base of an irregular form or the American spelling of
// a British one, from WordNet's lists ("caught" → "catch", "centre" →
// "center"), or "" when the word is neither.
func Form(w string) string {
	if line := find(forms, w); line != "" {
		return line[len(w)+1:]
	}
	return ""
}

// British reports whether a word is a British spelling Form gives the
// American one of ("harbour" → "harbor", "centre" → "center",
// "organise" → "organize"), not an irregular form of another word
// ("fed" → "feed"): the same word, which is no verb's form.
func British(w string) bool {
	f := Form(w)
	if f == "" || f == w {
		return false
	}
	for _, r := range britishRespellings {
		if strings.Replace(w, r[0], r[1], 1) == f {
			return true
		}
	}
	return false
}

// IrregularForm returns the base of an irregular form ("sold" → "sell",
// "men" → "man"), or "" for any other word, a British spelling among
// them: Form's list holds both, and "harbour" is no form of "harbor".
func IrregularForm(w string) string {
	if British(w) {
		return ""
	}
	return Form(w)
}

// britishRespellings are the British spellings' letters and the
// American ones for them.
var britishRespellings = [][2]string{{"our", "or"}, {"re", "er"}, {"is", "iz"}, {"ys", "yz"}, {"ence", "ense"}, {"ogue", "og"}, {"ll", "l"}, {"ae", "e"}, {"oe", "e"}}

// Base returns a word's base form: irregular forms and British spellings
// from WordNet's lists ("sold" → "sell", "neighbour" → "neighbor"), then
// WordNet's regular suffix rules where they lead to a lemma ("bats" →
// "bat", "released" → "release"). A word it cannot relate is returned
// unchanged.
func Base(w string) string {
	if f := Form(w); f != "" {
		if f != w && Form(f) == "" {
			return Base(f) // "neighbours" → "neighbors" → "neighbor"
		}
		return f
	}
	self := parseWord(find(words, w))
	for _, r := range suffixRules {
		if !strings.HasSuffix(w, r.suffix) || len(w) <= len(r.suffix)+1 {
			continue
		}
		b := w[:len(w)-len(r.suffix)] + r.base
		base := parseWord(find(words, b))
		// A lemma of its own ("news", "bats" the adjective) keeps its
		// form unless the base is a word of the rule's kind used as
		// often: "bats" is the plural of "bat", "news" is no "new".
		if base.POS&r.pos != 0 && (self.POS == 0 || base.Count >= self.Count) {
			if f := Form(b); f != "" {
				return f
			}
			return b
		}
	}
	return w
}

// suffixRule is one of WordNet's "morphy" detachment rules: a suffix, what
// replaces it, and the parts of speech the base must have.
type suffixRule struct {
	suffix, base string
	pos          POS
}

// suffixRules are WordNet's detachment rules, commonest first.
var suffixRules = []suffixRule{
	{"ies", "y", Noun | Verb}, {"ches", "ch", Noun | Verb}, {"shes", "sh", Noun | Verb},
	{"ses", "s", Noun | Verb}, {"xes", "x", Noun | Verb}, {"es", "e", Noun | Verb}, {"s", "", Noun | Verb},
	{"men", "man", Noun}, {"ied", "y", Verb}, {"ed", "e", Verb}, {"ed", "", Verb},
	{"ing", "e", Verb}, {"ing", "", Verb}, {"er", "", Adjective}, {"est", "", Adjective},
	{"er", "e", Adjective}, {"est", "e", Adjective},
}

// Related returns the words of the commonest senses of a word and of
// their direct generalisations ("bug" → "insect", …), base form first.
func Related(w string) []string {
	return listOf(related, w)
}

// Phrasal returns the words of a phrasal verb's commonest senses, for a
// verb in any form and its particle ("locked", "up"), or nil when WordNet
// has no such verb.
func Phrasal(verb, particle string) []string {
	return listOf(related, Base(verb)+"_"+particle)
}

// Wider returns the synonyms of a word's other senses than its
// commonest (up to its eighth in each part of speech, leaving out words
// used very often): "catch" → "capture", "grab"; "break" → "violate".
// Of its base form when the word itself has none.
func Wider(w string) []string {
	return listOf(wider, w)
}

// Opposites returns the words WordNet gives as antonyms of a sense of a
// word, with their synonyms ("often" → "rarely", "seldom"), of its base
// form when the word itself has none.
func Opposites(w string) []string {
	return listOf(opposites, w)
}

// listOf returns the comma-separated words a sorted data file gives for a
// word, or for its base form when it gives none for the word itself.
func listOf(data *table, w string) []string {
	line := find(data, w)
	if line == "" {
		if b := Base(w); b != w {
			line = find(data, b)
			w = b
		}
	}
	if line == "" {
		return nil
	}
	return strings.Split(line[len(w)+1:], ",")
}

// VerbOf is the verb a participle that WordNet lists as an adjective of
// its own, so that Base keeps it, is a form of ("injured" → "injure"), by
// the suffix rules, or "".
func VerbOf(w string) string {
	for _, r := range suffixRules {
		if r.pos&Verb == 0 || !strings.HasSuffix(w, r.suffix) || len(w) <= len(r.suffix)+1 {
			continue
		}
		b := w[:len(w)-len(r.suffix)] + r.base
		if parseWord(find(words, b)).POS&Verb != 0 {
			return b
		}
	}
	return ""
}

// table is a data file: lines sorted by their first field, the key, and
// its index, where each line starts (little-endian 32-bit offsets),
// written beside it by the generator (gen -index). A search is a binary search over lines. Finding the line
// starts in a process cost it 10 ms, nearly all of it in reading 8 MB of
// tables for the first time; a search reads only the lines it probes.
type table struct {
	text  string
	index []byte
	// memo keeps the lines of keys searched before (up to memoSize
	// keys): a story's words and its readers' are looked up again and
	// again, and a binary search over a table of megabytes waits on
	// memory at most of its probes.
	mu   sync.RWMutex
	memo map[string]string
}

// memoLimit bounds how many keys each table's memo keeps: a few
// thousand words make a story and its questions, and the limit holds a
// process's memory whatever it is asked (under 2 MB a table). A full
// memo starts again, so that a bot that has served many stories keeps
// the words of the one it serves now.
const memoLimit = 1 << 14

// maxMemoKey is the longest key a memo keeps, in bytes: the tables' own
// keys are at most 55 (a Russian stem pair), and a question of gibberish
// words thousands of bytes long would otherwise fill the memos with
// them, 16,384 keys a table.
const maxMemoKey = 64

// lines is how many lines the table has.
func (t *table) lines() int { return len(t.index) / 4 }

// start is where the table's i-th line starts.
func (t *table) start(i int) int { return int(binary.LittleEndian.Uint32(t.index[4*i:])) }

// line is the table's i-th line, without its newline.
func (t *table) line(i int) string {
	end := len(t.text)
	if i+1 < t.lines() {
		end = t.start(i+1) - 1
	}
	return strings.TrimSuffix(t.text[t.start(i):end], "\n")
}

// compareKey compares the key of the table's i-th line (its text up to
// the first space) with key, as strings.Compare does. It reads the line
// in place: cutting out each probe's line and key cost the lexicon a
// third of its time, and questions look words up hundreds of times.
func (t *table) compareKey(i int, key string) int {
	s := t.text[t.start(i):]
	for j := 0; j < len(key); j++ {
		switch {
		case j == len(s) || s[j] == ' ' || s[j] == '\n':
			return -1 // the line's key is a prefix of key
		case s[j] < key[j]:
			return -1
		case s[j] > key[j]:
			return 1
		}
	}
	if len(key) < len(s) && s[len(key)] != ' ' && s[len(key)] != '\n' {
		return 1 // key is a prefix of the line's key
	}
	return 0
}

// find returns the line of the table whose key is key, or "".
func find(t *table, key string) string {
	t.mu.RLock()
	line, ok := t.memo[key]
	t.mu.RUnlock()
	if ok {
		return line
	}
	line = t.search(key)
	if len(key) > maxMemoKey {
		return line // no table's key is this long, and a memo of such keys would hold a process's memory by what it is asked
	}
	t.mu.Lock()
	if len(t.memo) >= memoLimit || t.memo == nil {
		t.memo = map[string]string{} // new, or full: start again with the words of the story asked now
	}
	t.memo[strings.Clone(key)] = line // the key is often a slice of a long text
	t.mu.Unlock()
	return line
}

// search is find's binary search over the table's lines.
func (t *table) search(key string) string {
	lo, hi := 0, t.lines()
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch c := t.compareKey(mid, key); {
		case c == 0:
			return t.line(mid)
		case c < 0:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return ""
}

// GivenName reports whether a word, in any case, is a given name in
// English-speaking countries ("Kenneth", "Genevieve"), from the Moby name
// lists. Many are common words too ("Will", "Hope", "Grant"): a caller
// weighs that.
func GivenName(w string) bool { return find(givenNames, strings.ToLower(w)) != "" }

// IsA reports whether a noun's commonest senses are a kind of the given
// thing ("boat" is a "vessel", a "vehicle"), or the same word,
// looking at every generalisation the data holds.
func IsA(noun, kind string) bool { return isKindWithin(noun, kind, -1) }

// Kinds returns what a noun's commonest senses are kinds of, nearest
// first, up to four levels ("disease" → "illness", "unwellness", …).
func Kinds(noun string) []string {
	noun = Base(noun)
	line := find(isa, noun)
	if line == "" {
		return nil
	}
	return strings.Split(line[len(noun)+1:], ",")
}

// Nearest returns the word English most likely meant by a typo or a chat
// abbreviation ("wher", "wat"): among the known words one edit away (a
// letter left out, added, changed, or two swapped) with the same first
// letter, the one used most, a changed letter counting as a less likely
// slip. A short word is only taken for a common one, since chat
// abbreviations ("lmao") are short too. ok is false when none is near.
func Nearest(w string) (string, bool) {
	if len(w) < 3 || len(w) > 20 {
		return "", false
	}
	least := minCorrectionCount
	if len(w) < 6 {
		least = minShortCorrectionCount
	}
	best, bestScore := "", 0.0
	for _, c := range edits(w) {
		n := parseWord(find(words, c.word)).Count
		if n < least {
			continue
		}
		score := float64(n) * slipFactor[c.slip]
		// A letter left out is the likeliest slip ("wen" is "when"
		// before "we"), a wrong one the least ("wher" is "where"
		// before "when").
		if score > bestScore {
			best, bestScore = c.word, score
		}
	}
	return best, best != ""
}

// NearestCommon returns the word a rare but real word most likely
// misspells ("manges" for "manages", "mangers" for "managers"): among
// the words one edit away with the same first letter that keep accepts,
// the one used most, when it is used at least commonerBy times as often
// as the word typed. A word used often is taken as meant, whatever is
// near it; so is a short one, as too many short words are one edit apart.
func NearestCommon(w string, keep func(string) bool) (string, bool) {
	n := Lookup(w).Count
	if !MaySlip(w, Word{Count: n}) {
		return "", false
	}
	best, bestCount := "", max(n, 1)*commonerBy-1
	for _, c := range edits(w) {
		if m := Lookup(c.word).Count; m > bestCount && keep(c.word) {
			best, bestCount = c.word, m
		}
	}
	return best, best != ""
}

// MaySlip reports whether a word English knows (lex is what Lookup
// says of it) is rare and long enough for NearestCommon to take it for
// a misspelling: callers check it first, as it costs nothing.
func MaySlip(w string, lex Word) bool {
	return len(w) >= 5 && len(w) <= 20 && lex.Count < rareCount
}

// A real word is taken for a misspelling only when SUBTLEX-US saw it
// fewer than rareCount times, and the word meant commonerBy times as
// often: "refugee" (98) is no misspelling of "refuge" (125).
const (
	rareCount  = 100
	commonerBy = 20
)

// slipFactor weighs corrections by the slip they undo.
var slipFactor = map[slip]float64{leftOut: 1, swapped: 1, extra: 0.15, changed: 0.1}

// Counts a correction must reach: a typo is taken for a word people use.
const (
	minCorrectionCount      = 20
	minShortCorrectionCount = 1000
)

// slip is the kind of typing mistake an edit undoes.
type slip uint8

const (
	leftOut slip = iota // the word typed lacks a letter
	extra               // it has one too many
	swapped             // two letters changed places
	changed             // one letter is wrong
)

// edit is a word one edit from another, and the slip it undoes.
type edit struct {
	word string
	slip slip
}

// edits lists the words one edit from w that keep its first letter.
func edits(w string) []edit {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	var out []edit
	for i := 1; i <= len(w); i++ {
		if i < len(w) {
			out = append(out, edit{w[:i] + w[i+1:], extra})
		}
		if i+1 < len(w) {
			out = append(out, edit{w[:i] + string(w[i+1]) + string(w[i]) + w[i+2:], swapped})
		}
		for _, c := range letters {
			if i < len(w) {
				out = append(out, edit{w[:i] + string(c) + w[i+1:], changed})
			}
			out = append(out, edit{w[:i] + string(c) + w[i:], leftOut})
		}
	}
	return out
}

// IsKindOf is IsA looking only at a noun's first few generalisations,
// which come from its commonest senses: "boats" are vessels; "bats"
// are not events, though one rare sense of "bat" is.
func IsKindOf(noun, kind string) bool { return isKindWithin(noun, kind, nearKinds) }

// nearKinds is how many generalisations IsKindOf looks at.
const nearKinds = 6

// isKindWithin reports whether kind is the noun or among its first n
// generalisations (all of them when n < 0).
func isKindWithin(noun, kind string, n int) bool {
	kind, noun = Base(kind), Base(noun)
	if noun == kind {
		return true
	}
	line := find(isa, noun)
	if line == "" {
		return false
	}
	// The kinds are read in place (Kinds splits them): nouns are tested
	// for a kind on every question, many times.
	rest := line[len(noun)+1:]
	for i := 0; n < 0 || i < n; i++ {
		k, more, found := strings.Cut(rest, ",")
		if k == kind {
			return true
		}
		if !found {
			return false
		}
		rest = more
	}
	return false
}

// Russian lists the English words for a Russian word, commonest first,
// found by its key (rukey.Key: any form, any case, "ё" as "е":
// "гнёзд" → "nest", "socket", "nests"), or nil when the word list has
// none.
func Russian(word string) []string { return RussianByKey(rukey.Key(word)) }

// RussianPair lists the English words for two Russian words read
// together ("летучая мышь": "bat", "bats"), or nil.
func RussianPair(a, b string) []string { return RussianByKey(rukey.PairKey(a, b)) }

// RussianByKey is Russian for a caller that holds the word's key
// (rukey.Key) already.
func RussianByKey(key string) []string {
	_, en, ok := strings.Cut(find(russianWords, key), " ")
	if !ok {
		return nil
	}
	return strings.Fields(en)
}
