package main

import (
	"encoding/json"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/russian"
)

// minRussianCount is the fewest times SUBTLEX-US must have seen an
// English word for it to stand as a Russian word's translation: the
// package maps rare English words too ("zonk", "caboodle").
const minRussianCount = 20

// russianWords reads the npm package enru-dict's English-to-Russian
// dictionary (data/enru.dict.json, one Russian word or phrase for each
// English word) and turns it round: for each Snowball stem of a
// one-word Russian translation (or pair of stems of a two-word one, see
// russianKey), the English words translated by a word of that stem,
// commonest first (by SUBTLEX-US count), at most
// maxRussianWords of them. "купить" comes from "buy", "purchase" and
// "zonk" (too rare to keep); "гнезда" and "гнездо" share the stem
// "гнезд": "nest".
func russianWords(path string, counts map[string]int) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var enru map[string]string
	if err := json.Unmarshal(data, &enru); err != nil {
		return nil, err
	}
	stop := russianStopWords()
	byStem := map[string][]string{}
	for en, word := range enru {
		en = strings.ToLower(en)
		if !isWord(en) || counts[en] < minRussianCount {
			continue
		}
		stem := russianKey(word, stop)
		if stem == "" {
			continue
		}
		if !slices.Contains(byStem[stem], en) {
			byStem[stem] = append(byStem[stem], en)
		}
	}
	out := make(map[string]string, len(byStem))
	for stem, ens := range byStem {
		sort.Slice(ens, func(a, b int) bool {
			if counts[ens[a]] != counts[ens[b]] {
				return counts[ens[a]] > counts[ens[b]]
			}
			return ens[a] < ens[b]
		})
		out[stem] = strings.Join(ens[:min(maxRussianWords, len(ens))], " ")
	}
	return out, nil
}

// russianKey is the key a Russian word or two-word phrase is found by:
// its stem, or the stems of a phrase's two words joined by "+"
// ("летучая мышь", a bat: "летуч+мыш"); "" for a phrase of more words,
// or with a little word ("за рубежом"), whose words say too little each.
func russianKey(ru string, stop map[string]bool) string {
	words := strings.Fields(strings.ReplaceAll(strings.ToLower(ru), "ё", "е"))
	if len(words) == 0 || len(words) > 2 {
		return ""
	}
	stems := make([]string, len(words))
	for i, w := range words {
		if !cyrillicWord(w) || stop[w] {
			return "" // "для": Russian's little words translate to nothing
		}
		stems[i] = russianStem(w)
	}
	return strings.Join(stems, "+")
}

// maxRussianWords is how many English words are kept for a Russian
// stem: the engine reads it as the first of them the story says, else
// the first.
const maxRussianWords = 10

// cyrillicWord reports whether s is one word of Cyrillic letters
// (a hyphen inside allowed), at least three letters long: shorter ones
// are mostly Russian's little words, which the engine leaves alone.
func cyrillicWord(s string) bool {
	n := 0
	for i, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			n++
		case r == '-' && i > 0 && i < len(s)-1:
		default:
			return false
		}
	}
	return n >= 3
}

// russianStopWords are Snowball's Russian stop words, as Bleve carries
// them: one word at the start of a line, "|" opening a comment.
func russianStopWords() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(string(ru.RussianStopWords), "\n") {
		line, _, _ = strings.Cut(line, "|")
		if f := strings.Fields(line); len(f) > 0 {
			out[f[0]] = true
		}
	}
	return out
}

// russianStem is a Russian word's Snowball stem, as the engine takes it.
func russianStem(w string) string {
	env := snowballstem.NewEnv(w)
	russian.Stem(env)
	return env.Current()
}
