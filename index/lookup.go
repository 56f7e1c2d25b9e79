package index

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"

	"storybot/corpus"
)

// match is how a lookup found its entry.
type matchHow uint8

const (
	matchNone  matchHow = iota
	matchExact          // the name or an alias, spelt as the fact sheet does
	matchAlias          // a name or alias found in the text once analysed
	matchFuzzy          // a name within a few typing mistakes
)

// Lookup finds a fact-sheet entry of one of the given kinds by name, alias
// or near spelling, and answers with its card followed by what the article
// says about it. An entry of another kind is shown too when the name is
// exact, with a note; no match at all gives suggestions.
func (e *Engine) Lookup(ctx context.Context, name string, kinds []corpus.Kind, opt Options) (a *Answer, err error) {
	defer recovered(&a, &err)
	start := time.Now()
	text, err := Normalize(name)
	if err != nil {
		return nil, err
	}
	a = &Answer{Query: text, Results: []Result{}, corpus: e.corpus}
	en, how := e.resolve(text, kinds, false)
	if en == nil {
		// A name exactly meaning an entry of another kind ("who
		// elm bay") beats a partial or fuzzy match in the asked kind.
		if other, _ := e.resolve(text, corpus.DefaultKinds(), false); other != nil {
			en = other
			a.Note = fmt.Sprintf("%s is %s, not %s.", other.Name, article(string(other.Kind)), kindWords(kinds))
		} else {
			en, how = e.resolve(text, kinds, true)
		}
	}
	if en == nil {
		a.Answer = NotFound
		a.Suggestions = e.suggest(text, kinds)
		a.Took = time.Since(start)
		return a, nil
	}
	if how == matchFuzzy {
		a.Note = fmt.Sprintf("Showing %s, the closest name to %q.", en.Name, text)
	}
	a.Found = true
	a.Answer = describe(en)
	a.Entry = e.entryRef(en.ID)
	if err := e.fillLookup(ctx, a, en, opt); err != nil {
		return nil, err
	}
	a.Took = time.Since(start)
	return a, nil
}

func article(word string) string {
	if strings.ContainsAny(word[:1], "aeiou") {
		return "an " + word
	}
	return "a " + word
}

func kindWords(kinds []corpus.Kind) string {
	s := make([]string, len(kinds))
	for i, k := range kinds {
		s[i] = article(string(k))
	}
	return strings.Join(s, " or ")
}

// resolve finds the entry a name means among entries of the given kinds: by
// exact name or alias, by an alias within the text, and, when loose is set,
// by part of a name or by near spelling.
func (e *Engine) resolve(text string, kinds []corpus.Kind, loose bool) (*corpus.Entry, matchHow) {
	if en, ok := e.entry(text); ok && slices.Contains(kinds, en.Kind) {
		return en, matchExact // an id, as autocomplete sends
	}
	key := corpus.NameKey(text)
	for _, en := range e.entries {
		if !slices.Contains(kinds, en.Kind) {
			continue
		}
		for _, n := range e.names[en.ID] {
			if n.keys[0] == key {
				return en, matchExact
			}
		}
	}
	toks := e.an.tokens(text)
	for _, m := range e.em.find(text, toks) {
		if en, ok := e.entry(m.entity); ok && slices.Contains(kinds, en.Kind) {
			return en, matchAlias
		}
	}
	if !loose {
		return nil, matchNone
	}
	if en := e.partOfOneName(toks, kinds); en != nil {
		return en, matchAlias
	}
	if near := e.near(key, kinds, fuzzyLimit(key)); len(near) > 0 {
		return near[0].en, matchFuzzy
	}
	return nil, matchNone
}

// partOfOneName finds the entry with a name that contains the text's words
// in order ("Secretary of State" in "Secretary of State Hale"), when
// exactly one entry of the kinds has such a name.
func (e *Engine) partOfOneName(toks []token, kinds []corpus.Kind) *corpus.Entry {
	if len(toks) == 0 {
		return nil
	}
	var found *corpus.Entry
	for _, en := range e.entries {
		if !slices.Contains(kinds, en.Kind) {
			continue
		}
		for _, n := range e.names[en.ID] {
			if containsRun(termsOf(n.toks), toks) {
				if found != nil && found != en {
					return nil
				}
				found = en
				break
			}
		}
	}
	return found
}

// containsRun reports whether terms holds the tokens' terms contiguously.
func containsRun(terms []string, toks []token) bool {
	for i := 0; i+len(toks) <= len(terms); i++ {
		ok := true
		for k, t := range toks {
			if terms[i+k] != t.term {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// fuzzyLimit is how many typing mistakes a lookup forgives: one in a short
// name, two in a longer one.
func fuzzyLimit(key string) int {
	switch n := len([]rune(key)); {
	case n < 4:
		return 0
	case n <= 6:
		return 1
	default:
		return 2
	}
}

// nearEntry is an entry and how many edits its nearest name is from a key.
type nearEntry struct {
	en *corpus.Entry
	d  int
}

// near returns the entries of the given kinds with a name, alias, or word
// of one, at most limit edits from key, nearest first.
func (e *Engine) near(key string, kinds []corpus.Kind, limit int) []nearEntry {
	kr := []rune(key)
	var out []nearEntry
	for _, en := range e.entries {
		if !slices.Contains(kinds, en.Kind) {
			continue
		}
		best := limit + 1
		for _, n := range e.names[en.ID] {
			for _, k := range n.keys {
				best = min(best, editDistance(kr, []rune(k), limit))
			}
		}
		if best <= limit {
			out = append(out, nearEntry{en, best})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].d < out[j].d })
	return out
}

// suggest lists up to three names of the given kinds near the text, for
// "did you mean".
func (e *Engine) suggest(text string, kinds []corpus.Kind) []string {
	key := corpus.NameKey(text)
	var out []string
	for _, n := range e.near(key, kinds, max(2, len([]rune(key))/2)) {
		if len(out) == 3 {
			break
		}
		out = append(out, n.en.Name)
	}
	return out
}

// fillLookup adds the entry's card and then the article sentences that
// name it, ranked by Bleve.
func (e *Engine) fillLookup(ctx context.Context, a *Answer, en *corpus.Entry, opt Options) error {
	offset, limit := opt.page()
	var ranked []scored
	if i, ok := e.cards[en.ID]; ok {
		ranked = append(ranked, scored{i: i, d: e.docs[i], score: 1})
	}
	t := query.NewTermQuery(en.ID)
	t.SetField(fieldEntities)
	hits, err := e.search(ctx, t, MaxLimit+candidates)
	if err != nil {
		return err
	}
	seenPara := map[int]bool{}
	for _, h := range hits {
		s, ok := e.hit(h.ID, h.Score)
		if !ok || s.d.para == nil || seenPara[s.d.para.Number] {
			continue
		}
		seenPara[s.d.para.Number] = true
		ranked = append(ranked, s)
	}
	// Highlight the entry's mentions, not every word of its aliases
	// ("State" of "Secretary of State Hale" is not Hale).
	hl := map[string]bool{}
	a.Total = len(ranked)
	for n, s := range ranked {
		if n < offset || n >= offset+limit {
			continue
		}
		a.Results = append(a.Results, e.result(n+1, s, hl, []string{en.ID}, ""))
	}
	return nil
}

// hit looks up the document of a Bleve hit.
func (e *Engine) hit(id string, score float64) (scored, bool) {
	i, err := strconv.Atoi(id)
	if err != nil || i < 0 || i >= len(e.docs) {
		return scored{}, false
	}
	return scored{i: i, d: e.docs[i], score: score}, true
}

// Choice is an autocomplete suggestion: a name to show and the entry id
// to send back.
type Choice struct {
	Name  string
	Value string
}

// Complete suggests entries of the given kinds for what a user has typed
// so far, best first, at most n: names and aliases starting with the text,
// then those with a word starting with it, then those containing it, then
// near spellings. An entry found by an alias shows it: "KX-7 (Gannet)".
// With nothing typed, it lists the kinds' entries in fact-sheet order.
func (e *Engine) Complete(typed string, kinds []corpus.Kind, n int) []Choice {
	key := corpus.NameKey(strings.ToValidUTF8(typed, ""))
	type cand struct {
		en    *corpus.Entry
		alias string
		rank  int
		order int
	}
	var cands []cand
	for i, en := range e.entries {
		if !slices.Contains(kinds, en.Kind) {
			continue
		}
		names := e.names[en.ID] // the name first, then the aliases
		best := cand{en: en, rank: completionRank(key, names[0]), order: i}
		nameRank := best.rank
		for _, alias := range names[1:] {
			// Show the alias that matched unless the name itself
			// matches a word's start: "Hale" needs no "(Hale)".
			if r := completionRank(key, alias); r > best.rank && nameRank < 3 {
				best.rank, best.alias = r, alias.text
			} else if r > best.rank {
				best.rank = r
			}
		}
		if best.rank >= 0 {
			cands = append(cands, best)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].rank != cands[j].rank {
			return cands[i].rank > cands[j].rank
		}
		return cands[i].order < cands[j].order
	})
	out := make([]Choice, 0, min(n, len(cands)))
	for _, c := range cands[:min(n, len(cands))] {
		name := c.en.Name
		if c.alias != "" && key != "" {
			name += " (" + c.alias + ")"
		}
		out = append(out, Choice{Name: clip(name, 100), Value: c.en.ID})
	}
	return out
}

// completionRank rates how well a name completes typed text (both folded
// with NameKey, except that words are compared separately): 4 prefix, 3 a
// word's prefix, 2 substring, 1 within a typo or two of a prefix, -1 not at
// all. Empty text completes everything.
func completionRank(key string, n name) int {
	nk := n.keys[0]
	switch {
	case key == "":
		return 0
	case strings.HasPrefix(nk, key):
		return 4
	}
	for _, w := range strings.FieldsFunc(n.text, func(r rune) bool { return r == ' ' || r == '-' }) {
		if strings.HasPrefix(corpus.NameKey(w), key) {
			return 3
		}
	}
	if strings.Contains(nk, key) {
		return 2
	}
	kr, limit := []rune(key), fuzzyLimit(key)
	if limit == 0 {
		return -1
	}
	for _, c := range n.keys {
		cr := []rune(c)
		for l := len(kr) - 1; l <= len(kr)+1; l++ {
			if l > 0 && l <= len(cr) && editDistance(kr, cr[:l], limit) <= limit {
				return 1
			}
		}
	}
	return -1
}

// clip shortens s to at most n runes.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
