// Package rukey is how storybot looks a Russian word up, in the general
// word list the generator writes and in a story's own translations
// alike: in lower case, "ё" written "е", by its Snowball stem; and which
// Russian words are stop words. The generator and the engine must key
// words the same way, so both use this package.
package rukey

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/russian"
)

// Key is the key a Russian word is looked up by: "Гнёзда", "гнезда" and
// "гнездо" are one word.
func Key(word string) string {
	w := strings.ReplaceAll(strings.ToLower(word), "ё", "е")
	env := snowballstem.NewEnv(w)
	russian.Stem(env)
	return env.Current()
}

// PairKey is the key of two words read together ("летучая мышь", a
// bat): their keys joined by "+".
func PairKey(a, b string) string { return Key(a) + "+" + Key(b) }

// stop is Snowball's Russian stop list, as Bleve carries it.
var stop = func() analysis.TokenMap {
	m := analysis.NewTokenMap()
	if err := m.LoadBytes(ru.RussianStopWords); err != nil {
		panic(err) // the list is compiled in: this cannot fail at run time
	}
	return m
}()

// Stop reports whether a Russian word, in any case, is on Snowball's
// stop list ("в", "Для", "было").
func Stop(word string) bool { return stop[strings.ReplaceAll(strings.ToLower(word), "ё", "е")] }
