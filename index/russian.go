package index

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/russian"
)

// Questions in Russian about an English story are read in English before
// anything else: Russian's question words from the table below (general
// Russian, like the English question words the engine knows), and other
// words from the story's own bilingual list (corpus.Translations),
// matched by their Snowball stems so that "продал", "продали" and
// "продать" are one word. Names are left to the analyser, which
// transliterates Cyrillic ("Токаев" reads as "tokayev").

// russianQuestionWords are Russian's question words and the English
// words that open the same questions.
var russianQuestionWords = map[string]string{
	"сколько": "how many", "кто": "who", "кого": "whom", "кому": "to whom", "когда": "when",
	"где": "where", "куда": "where", "откуда": "where from", "почему": "why", "зачем": "why",
	"что": "what", "чем": "with what", "какой": "which", "какая": "which", "какое": "which",
	"какие": "which", "каких": "which", "чей": "whose", "чья": "whose", "как": "how",
	"ли": "", "же": "",
}

// russianStem is a Russian word's Snowball stem.
func russianStem(w string) string {
	env := snowballstem.NewEnv(w)
	russian.Stem(env)
	return env.Current()
}

// russianLexicon maps the stems of the story's translations to their
// English words.
// Two words with one stem ("продать", "продано") keep the first in
// alphabetical order, so a story answers alike after every restart.
func russianLexicon(translations map[string]string) map[string]string {
	out := make(map[string]string, len(translations))
	for _, ru := range slices.Sorted(maps.Keys(translations)) {
		if stem := russianStem(ru); out[stem] == "" {
			out[stem] = translations[ru]
		}
	}
	return out
}

var cyrillicWord = regexp.MustCompile(`[\p{Cyrillic}]+`)

// fromRussian puts a question's Russian question words and the words the
// story translates into English; it returns the text unchanged when it
// has no Cyrillic.
func (e *Engine) fromRussian(text string) string {
	if !cyrillicWord.MatchString(text) {
		return text
	}
	out := cyrillicWord.ReplaceAllStringFunc(text, func(w string) string {
		lw := strings.ToLower(w)
		if en, ok := russianQuestionWords[lw]; ok {
			return en
		}
		if en, ok := e.russian[russianStem(lw)]; ok {
			return en
		}
		return w
	})
	return strings.Join(strings.Fields(out), " ")
}
