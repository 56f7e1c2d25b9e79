package index

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"storybot/corpus"
)

// mention is a place in a text where a fact-sheet entry is named, by its
// name or one of its aliases.
type mention struct {
	entity     string
	first      int // index of the first token of the mention
	last       int // index one past its last token
	start, end int // byte offsets in the text
}

// aliasSeq is a name or alias as the analyser reads it.
type aliasSeq struct {
	terms  []string
	entity string
	// acronym aliases ("US", "UK") match only in capitals, so the pronoun
	// "us" never names the United States.
	acronym string
}

// entityMatcher finds entry names and aliases in analysed text. Matching
// analysed terms rather than raw strings lets "the mayor of Elm Bay"
// meet the alias "Mayor of Elm Bay", and "Вел-44" meet "Vel-44".
type entityMatcher struct {
	byFirst map[string][]aliasSeq
}

// name is an entry's name or alias, analysed once when the engine is
// built, for matching, lookups and completion.
type name struct {
	text string
	line int
	toks []token
	// keys fold the name (NameKey) and, for a name of several words, each
	// word of four letters or more, so "Haile" is compared with
	// "Hale" and not only with "Tom Hale".
	keys []string
	// entities are the entries the name itself names ("Mayor of
	// Elm Bay" names Elm Bay), filled once the matcher exists.
	entities []string
}

// analyseNames analyses every entry's names and aliases.
func analyseNames(entries []*corpus.Entry, an analyzer) map[string][]name {
	out := make(map[string][]name, len(entries))
	for _, e := range entries {
		lines := append([]int{e.Line}, e.AliasLines...)
		for k, text := range e.Names() {
			line := e.Line
			if k < len(lines) {
				line = lines[k] // an article name has no lines of its own
			}
			n := name{text: text, line: line, toks: an.tokens(text), keys: []string{corpus.NameKey(text)}}
			if words := strings.Fields(text); len(words) > 1 {
				for _, w := range words {
					if wk := corpus.NameKey(w); len([]rune(wk)) >= 4 {
						n.keys = append(n.keys, wk)
					}
				}
			}
			out[e.ID] = append(out[e.ID], n)
		}
	}
	return out
}

// newEntityMatcher indexes every analysed name and alias. Aliases that
// analyse to nothing, or that two entries would share once analysed, are
// reported with their fact-sheet line. It also records which entries each
// name itself names.
func newEntityMatcher(entries []*corpus.Entry, names map[string][]name) (*entityMatcher, []error) {
	m := &entityMatcher{byFirst: map[string][]aliasSeq{}}
	var errs []error
	type owner struct {
		entity, name string
	}
	seen := map[string]owner{}
	for _, e := range entries {
		for _, n := range names[e.ID] {
			terms := termsOf(n.toks)
			key := nameKey(terms)
			if e.FromArticle && (len(terms) == 0 || seen[key].entity != "") {
				continue // a name found in the article yields to the fact sheet's
			}
			if len(terms) == 0 {
				errs = append(errs, &corpus.Error{File: corpus.FactsFile, Line: n.line,
					Msg: fmt.Sprintf("alias %q of %q has no searchable words (only stop words or punctuation)", n.text, e.ID)})
				continue
			}
			if prev, dup := seen[key]; dup {
				if prev.entity != e.ID {
					errs = append(errs, &corpus.Error{File: corpus.FactsFile, Line: n.line,
						Msg: fmt.Sprintf("alias %q of %q reads the same as %q of %q once analysed (%q)", n.text, e.ID, prev.name, prev.entity, key)})
				}
				continue
			}
			seen[key] = owner{e.ID, n.text}
			seq := aliasSeq{terms: terms, entity: e.ID}
			if isAcronym(n.text) {
				seq.acronym = strings.ReplaceAll(n.text, ".", "")
			}
			m.byFirst[terms[0]] = append(m.byFirst[terms[0]], seq)
		}
	}
	for _, seqs := range m.byFirst {
		// Longest first, so "Elm Bay mayor" wins over "Elm Bay".
		sort.SliceStable(seqs, func(i, j int) bool { return len(seqs[i].terms) > len(seqs[j].terms) })
	}
	for id, ns := range names {
		for i := range ns {
			ns[i].entities = entityIDs(m.find(ns[i].text, ns[i].toks))
		}
		names[id] = ns
	}
	return m, errs
}

// AnalysedName is a name as the engine reads it: its analysed terms,
// joined by spaces. Build refuses two entries whose names or aliases have
// the same AnalysedName ("reads the same ... once analysed") and a
// fact-sheet name whose AnalysedName is "" ("no searchable words"), so a
// tool writing a fact sheet (storybot init) keeps such names apart with it.
func AnalysedName(name string) string {
	an, err := sharedAnalyzer()
	if err != nil {
		panic(err) // the analyser is built from constants; Build would fail alike
	}
	return nameKey(termsOf(an.tokens(name)))
}

// sharedAnalyzer is the analyser every engine builds, made once for
// AnalysedName.
var sharedAnalyzer = sync.OnceValues(func() (analyzer, error) {
	m, err := newMapping()
	if err != nil {
		return analyzer{}, err
	}
	return newAnalyzer(m)
})

// nameKey is the key under which newEntityMatcher tells names apart.
func nameKey(terms []string) string { return strings.Join(terms, " ") }

func termsOf(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.term
	}
	return out
}

// isAcronym reports whether a name is a short all-capitals abbreviation.
func isAcronym(name string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters > 0 && letters <= 5
}

// find returns the mentions in text, given its analysed tokens. Every alias
// that matches is a mention unless a longer mention contains it: in
// "Elm Bay mayor" only Ann Lee is named, not Elm Bay, while in
// "Tom Hale visit" both Hale and his visit are.
func (m *entityMatcher) find(text string, toks []token) []mention {
	var all []mention
	for i := range toks {
		all = m.matchAt(text, toks, i, all)
	}
	out := all[:0]
	for _, a := range all {
		contained := false
		for _, b := range all {
			if b.first <= a.first && a.last <= b.last && b.last-b.first > a.last-a.first {
				contained = true
				break
			}
		}
		if !contained {
			out = append(out, a)
		}
	}
	return out
}

// matchAt appends the longest alias that matches at token i.
func (m *entityMatcher) matchAt(text string, toks []token, i int, out []mention) []mention {
	for _, seq := range m.byFirst[toks[i].term] {
		n := len(seq.terms)
		if i+n > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < n && ok; k++ {
			ok = toks[i+k].term == seq.terms[k]
		}
		if !ok {
			continue
		}
		start, end := toks[i].start, toks[i+n-1].end
		if seq.acronym != "" && strings.ReplaceAll(text[start:end], ".", "") != seq.acronym {
			continue
		}
		return append(out, mention{entity: seq.entity, first: i, last: i + n, start: start, end: end})
	}
	return out
}

// entityIDs returns the distinct entities of a list of mentions, in order of
// first mention.
func entityIDs(ms []mention) []string {
	var ids []string
	for _, m := range ms {
		if !slices.Contains(ids, m.entity) {
			ids = append(ids, m.entity)
		}
	}
	return ids
}
