package main

import (
	"encoding/json"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode"

	"storybot/index/internal/rukey"
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
	byStem := map[string][]string{}
	for en, word := range enru {
		en = strings.ToLower(en)
		if !isWord(en) || counts[en] < minRussianCount {
			continue
		}
		stem := russianKey(word)
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

// russianKey is the key a Russian word or two-word phrase is found by
// (rukey.Key, rukey.PairKey: "летучая мышь", a bat, is "летуч+мыш");
// "" for a phrase of more words, or with a little word ("за
// рубежом"), whose words say too little each.
func russianKey(ru string) string {
	words := strings.Fields(strings.ToLower(ru))
	if len(words) == 0 || len(words) > 2 {
		return ""
	}
	for _, w := range words {
		if !longCyrillicWord(w) || rukey.Stop(w) {
			return "" // "для": Russian's little words translate to nothing
		}
	}
	if len(words) == 2 {
		return rukey.PairKey(words[0], words[1])
	}
	return rukey.Key(words[0])
}

// maxRussianWords is how many English words are kept for a Russian
// stem: the engine reads it as the first of them the story says, else
// the first.
const maxRussianWords = 10

// longCyrillicWord reports whether s is one word of Cyrillic letters
// (a hyphen inside allowed), at least three letters long: shorter ones
// are mostly Russian's little words, which the engine leaves alone.
func longCyrillicWord(s string) bool {
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
