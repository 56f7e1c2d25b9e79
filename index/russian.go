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
// transliterates Cyrillic ("Иванов" reads as "ivanov").

// russianQuestionWords are Russian's question words and the English
// words that open the same questions.
var russianQuestionWords = map[string]string{
	"сколько": "how many", "кто": "who", "кого": "whom", "кому": "to whom", "когда": "when",
	"где": "where", "куда": "where", "откуда": "where from", "почему": "why", "зачем": "why",
	"что": "what", "чем": "with what", "какой": "which", "какая": "which", "какое": "which",
	"какие": "which", "каких": "which", "какого": "which", "какому": "which", "каким": "which",
	"каком": "which", "какую": "which", "какими": "which", "который": "which", "которая": "which",
	"которое": "which", "которые": "which", "кем": "by whom", "чей": "whose", "чья": "whose",
	"чьё": "whose", "чьи": "whose", "как": "how", "насколько": "how", "ли": "", "же": "",
}

// ruPhrase is a Russian question phrase and the English it reads as.
type ruPhrase struct {
	re *regexp.Regexp
	en string
}

// russianPhrases are Russian's question phrases whose words, read one by
// one, would not ask the same ("в каком году": in which year).
var russianPhrases = func() []ruPhrase {
	var out []ruPhrase
	for _, p := range [][2]string{
		{"в каком году", "in what year"}, {"в каком месяце", "in what month"}, {"в какой день", "on what day"},
		{"в какой стране", "in which country"}, {"в каком городе", "in which city"}, {"как долго", "how long"},
		{"сколько времени", "how long"}, {"как много", "how many"}, {"с какого года", "since what year"},
	} {
		out = append(out, ruPhrase{regexp.MustCompile(`(?i)(^|[^\p{L}])` + p[0] + `([^\p{L}]|$)`), "${1}" + p[1] + "${2}"})
	}
	return out
}()

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
	for _, p := range russianPhrases {
		text = p.re.ReplaceAllString(text, p.en)
	}
	out := cyrillicWord.ReplaceAllStringFunc(text, func(w string) string {
		lw := strings.ToLower(w)
		if en, ok := russianQuestionWords[lw]; ok {
			return en
		}
		if en, ok := e.russian[russianStem(lw)]; ok {
			return en
		}
		if en, ok := e.cognate(lw); ok {
			return en
		}
		return w
	})
	return strings.Join(strings.Fields(out), " ")
}

// cognate is the story's word a Russian word shares its root with, read
// through its transliteration: "петиции" is "petition", "сальвинии"
// "salvinia", "Марикао" "Maricao", "штормом" "storm". Their stems must
// agree in their first five letters at least, the shorter one ending at
// most one letter later, once the spellings that Russian and English
// write differently agree ("k" and "c", "ts" and "t", "sht" and "st",
// "y" and "i"). Nothing else is guessed: "компания" is no "component".
func (e *Engine) cognate(ru string) (string, bool) {
	key := []rune(cognateKey(transliterate(russianStem(ru))))
	if len(key) < minCognate {
		return "", false
	}
	best, bestDist := "", 2
	for n := len(key) - 1; n <= len(key)+3; n++ {
		for _, c := range e.cognates[n] {
			d := cognateDistance(key, c.key)
			if d < bestDist || d == bestDist && best != "" && e.df[c.term] > e.df[best] {
				best, bestDist = c.term, d
			}
		}
	}
	if best == "" {
		return "", false
	}
	return e.surface[best], true
}

// cognateTerm is an article word's analysed term and its cognateKey.
type cognateTerm struct {
	term string
	key  []rune
}

// cognateTerms lists, once at Build, the article's terms by the length
// of their cognateKey, in a fixed order: a Russian question's words are
// matched against them (cognate). The fact sheet's words are left out,
// as a question is answered in the article's words.
func cognateTerms(surface map[string]string) map[int][]cognateTerm {
	out := map[int][]cognateTerm{}
	for _, t := range slices.Sorted(maps.Keys(surface)) {
		k := []rune(cognateKey(t))
		out[len(k)] = append(out[len(k)], cognateTerm{t, k})
	}
	return out
}

// minCognate is the fewest letters two stems must share to be read as
// one.
const minCognate = 5

// cognateDistance is 0 when one stem opens the other, 1 when they share
// at least minCognate letters and the shorter goes one letter on, else 2
// (no cognate).
func cognateDistance(a, b []rune) int {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	switch shorter := min(len(a), len(b)); {
	case p < minCognate:
		return 2
	case p == shorter:
		return 0
	case shorter-p == 1:
		return 1
	}
	return 2
}

// cognateKey writes alike the letters Russian transliterated and English
// spell differently.
func cognateKey(w string) string {
	return cognateSpelling.Replace(w)
}

var cognateSpelling = strings.NewReplacer("kh", "h", "sht", "st", "ts", "t", "k", "c", "y", "i")

// transliterate writes a Cyrillic word in Latin letters, as the analyser
// does.
func transliterate(w string) string {
	var b strings.Builder
	for _, r := range w {
		if s, ok := cyrillic[r]; ok {
			b.WriteString(s)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// articleSurfaces maps each analysed word of the article to the first
// way it is written there, in lower case.
func (e *Engine) articleSurfaces() map[string]string {
	out := map[string]string{}
	for _, d := range e.docs {
		if d.kind != docSentence {
			continue
		}
		for _, t := range d.tokens {
			if out[t.term] == "" {
				out[t.term] = strings.ToLower(d.text[t.start:t.end])
			}
		}
	}
	return out
}
