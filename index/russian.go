package index

import (
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"storybot/index/internal/lexicon"
	"storybot/index/internal/rukey"
)

// Questions in Russian about an English story are read in English before
// anything else: Russian's question words from the table below (general
// Russian, like the English question words the engine knows), and other
// words from the story's own bilingual list (corpus.Translations), else
// from a general Russian word list (lexicon.Russian) when the story says
// its English, else from the story's words of the same root (cognate),
// else from the word list all the same; all matched by their Snowball
// stems so that "продал", "продали" and "продать" are one word. Names are
// left to the analyser, which transliterates Cyrillic ("Иванов" reads as
// "ivanov").

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

// russianLittleWords are Russian's prepositions, conjunctions, negations
// and pronouns, in English, and the words of Snowball's stop list that
// say something ("сказал", "два", "сейчас"): left out, they would let the
// nouns around them run together ("гнёзд на пляже": nests on the beach,
// not "nest beach"), and a question would lose its "not", its "said" or
// its "now". Russian's other stop words are left out.
var russianLittleWords = map[string]string{
	"в": "in", "во": "in", "на": "on", "с": "with", "со": "with", "из": "from", "от": "from", "для": "for",
	"о": "about", "об": "about", "обо": "about", "по": "by", "за": "for", "к": "to", "ко": "to", "у": "at",
	"до": "before", "после": "after", "без": "without", "при": "at", "через": "across", "под": "under",
	"над": "over", "между": "between", "перед": "before", "про": "about", "и": "and", "или": "or",
	"но": "but", "а": "and", "не": "not", "нет": "no", "ни": "nor", "никогда": "never", "он": "he",
	"она": "she", "оно": "it", "они": "they", "его": "his", "ее": "her", "её": "her", "их": "their",
	"это": "this", "этот": "this", "эта": "this", "эти": "these", "тот": "that", "та": "that", "те": "those",
	"только": "only", "тоже": "also", "также": "also", "уже": "already", "еще": "still", "ещё": "still",
	// Snowball's stop list also holds words that say something.
	"сказал": "said", "сказала": "said", "сказали": "said", "сказать": "say", "один": "one", "одна": "one",
	"два": "two", "две": "two", "три": "three", "человек": "people", "больше": "more", "более": "more",
	"много": "many", "сейчас": "now", "теперь": "now", "сегодня": "today", "всегда": "always",
	"иногда": "sometimes", "другой": "other", "потому": "because", "жизнь": "life", "лучше": "better",
	"потом": "then", "раз": "times", "хорошо": "well", "нельзя": "cannot", "можно": "can",
	"никто": "nobody", "ничего": "nothing", "ничто": "nothing",
	// "находиться", to be somewhere, is no "находить", to find, whose
	// stem it shares: "Где находится Гранвилл?" asks where it is.
	"находится": "is", "находятся": "are", "находился": "was",
	"находилась": "was", "находилось": "was", "находились": "were",
}

// russianMonthAt is the English month a Russian word at text[from:to]
// names as a date does, after a day ("12 января") or a preposition ("в
// мае", "до марта") or before a year ("марта 2016"); else "": "Марта"
// is also a woman's name.
func russianMonthAt(text string, from, to int) string {
	en := russianMonths[strings.ToLower(text[from:to])]
	if en == "" {
		return ""
	}
	before := strings.Fields(strings.ToLower(text[:from]))
	word := func(back int) string { // the word back words before, bare
		if back > len(before) {
			return ""
		}
		return strings.Trim(before[len(before)-back], ",.(")
	}
	switch last := word(1); {
	case monthPrepositions[last] || isNumber(last), yearAfter.MatchString(text[to:]):
		return en
	case russianMonths[last] != "" && strings.HasSuffix(before[len(before)-1], ","),
		(last == "и" || last == "или") && russianMonths[word(2)] != "":
		return en // "в январе, феврале и марте": a month of a list of months
	}
	return ""
}

// monthPrepositions are the Russian words a month follows as a date's:
// "в мае", "с января", "до марта", "к апрелю", "после июня".
var monthPrepositions = map[string]bool{"за": true, "течение": true, "весь": true, "около": true, "в": true, "во": true, "с": true, "со": true, "до": true, "к": true, "после": true, "на": true, "от": true, "по": true, "конца": true, "начала": true, "середины": true, "конце": true, "начале": true, "середине": true}

// yearAfter matches a year right after a month: " 2016".
var yearAfter = lazyRE(`^\s+\d{4}\b`)

// russianMonths are the months' names in Russian, as a date writes them
// ("5 января": of January) or a question asks in them ("в январе"), in
// English: the general word list has few of them.
var russianMonths = func() map[string]string {
	out := map[string]string{}
	for i, stem := range []string{"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"} {
		en := time.Month(i + 1).String()
		soft := !strings.HasSuffix(stem, "т") // "март", "август" end hard: "марта", "марте"
		switch {
		case stem == "ма":
			out["май"], out["мая"], out["мае"], out["маем"] = en, en, en, en
		case soft:
			out[stem+"ь"], out[stem+"я"], out[stem+"е"], out[stem+"ем"] = en, en, en, en
		default:
			out[stem], out[stem+"а"], out[stem+"е"], out[stem+"ом"] = en, en, en, en
		}
	}
	return out
}()

// ruPhrase is a Russian question phrase and the English it reads as.
type ruPhrase struct {
	re *lazyRegexp
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
		{"кто такой", "who is"}, {"кто такая", "who is"}, {"кто такие", "who are"}, {"что такое", "what is"},
		{"в этой истории", "in this story"}, {"в этой статье", "in this article"}, {"в статье", "in the article"},
		{"по словам", "according to"}, {"на борту", "on board"}, {"во время", "during"}, {"за пределами", "outside"},
		{"во сколько раз", "how many times"}, {"сколько раз", "how many times"}, {"по какой причине", "why"},
		{"с какой целью", "why"}, {"каким образом", "how"}, {"какого числа", "on what date"}, {"во сколько", "at what time"}, {"в котором часу", "at what time"}, {"как называется", "what is the name of"},
		{"как называлась", "what was the name of"}, {"как называлось", "what was the name of"}, {"как назывался", "what was the name of"},
		{"какой длины", "how long"}, {"какой высоты", "how high"}, {"какой глубины", "how deep"}, {"какой ширины", "how wide"},
		{"какого размера", "how big"}, {"в понедельник", "on Monday"}, {"во вторник", "on Tuesday"}, {"в среду", "on Wednesday"},
		{"в четверг", "on Thursday"}, {"в пятницу", "on Friday"}, {"в субботу", "on Saturday"}, {"в воскресенье", "on Sunday"},
		// A chat's questions of the story's own event, whose Russian
		// has no "did": read word by word, "когда это случилось" is
		// "when this happened", which no English question is.
		{"когда это (?:случилось|произошло|было)", "when did it happen"}, {"где это (?:случилось|произошло|было)", "where did it happen"},
		{"как это (?:случилось|произошло)", "how did it happen"}, {"почему это (?:случилось|произошло)", "why did it happen"},
		{"когда это (?:началось|начиналось)", "when did it start"}, {"когда это (?:закончилось|кончилось)", "when did it end"},
		{"кто (?:победил|выиграл)", "who won"}, {"кто проиграл", "who lost"},
		{"кто-(?:нибудь|то) (?:погиб|умер)", "did anyone die"}, {"кто-(?:нибудь|то) (?:пострадал|ранен)", "was anyone hurt"},
		{"были (?:ли )?(?:погибшие|жертвы)", "were there any deaths"}, {"были (?:ли )?пострадавшие", "were there any injuries"},
		{"о ч[её]м (?:эта )?(?:статья|история|новость)", "what is the article about"}, {"о ч[её]м (?:это|речь)", "what is this about"},
		{"сколько (?:это|всё|все) стоил[аио]?", "how much did it cost"}, {"сколько стоил[аио]?", "how much was"},
		{"сколько (?:людей|человек) пострадал[ои]?", "how many were injured"}, {"сколько (?:людей|человек) выжил[ои]?", "how many survived"},
		{"чем (?:всё|все|это) (?:закончилось|кончилось)", "how did it end"}, {"что было дальше", "what happened next"},
		{"почему это (?:важно|имеет значение)", "why is it important"}, {"кто это сделал", "who did it"},
		{"кто (?:в этом )?виноват", "who is to blame"}, {"кто участвовал", "who was involved"},
		{"насколько (?:это )?(?:было )?серь[её]зно", "how serious was it"}, {"насколько (?:это )?(?:было )?плохо", "how bad was it"},
		{"что это за", "what kind of"}, {"что это[?!.]*\\s*$", "what is this?"},
	} {
		out = append(out, ruPhrase{lazyRE(`(?i)(^|[^\p{L}])` + p[0] + `([^\p{L}]|$)`), "${1}" + p[1] + "${2}"})
	}
	// "Сколько лет Альбе Мартинес?" and "Сколько лет было Уолшу?" ask
	// how old someone is or was: the years of a person's name, no verb
	// counting them ("Сколько лет длился конфликт"). Of a thing
	// ("Сколько лет было капсуле?") it stays a count of years, which
	// finds "36 years old" as well.
	return append(out,
		ruPhrase{lazyRE(`(^|[^\p{L}])(?i:сколько лет)\s+(?i:было|исполнилось)\s+([А-ЯЁ])`), "${1}how old was ${2}"},
		ruPhrase{lazyRE(`(^|[^\p{L}])(?i:сколько лет)\s+(?:(?i:будет)\s+)?([А-ЯЁ])`), "${1}how old is ${2}"})
}()

// russianLexicon maps the stems of the story's translations to their
// English words.
// Two words with one stem ("продать", "продано") keep the first in
// alphabetical order, so a story answers alike after every restart.
func russianLexicon(translations map[string]string) map[string]string {
	out := make(map[string]string, len(translations))
	for _, ru := range slices.Sorted(maps.Keys(translations)) {
		if stem := rukey.Key(ru); out[stem] == "" {
			out[stem] = translations[ru]
		}
	}
	return out
}

var cyrillicWord = lazyRE(`[\p{Cyrillic}]+`)

// readRussian reads a question's Russian in English: its question
// phrases (russianPhrases), two words the word list reads together
// (russianPair), and each other word as russianWord says; it returns the
// text unchanged when it has no Cyrillic. It also returns the English
// words that are guesses: the general word list's first reading of a
// word it reads several ways, none of which the story says ("дороги":
// "dear", before "road").
func (e *Engine) readRussian(text string) (string, map[string]bool) {
	if !cyrillicWord.MatchString(text) {
		return text, nil
	}
	guesses := map[string]bool{}
	for _, p := range russianPhrases {
		text = p.re.ReplaceAllString(text, p.en)
	}
	var b strings.Builder
	words := cyrillicWord.FindAllStringIndex(text, -1)
	last := 0
	for i := 0; i < len(words); i++ {
		w := words[i]
		b.WriteString(text[last:w[0]])
		last = w[1]
		name := nameLike(text, w[0], w[1])
		if i+1 < len(words) && !name && !nameLike(text, words[i+1][0], words[i+1][1]) && strings.TrimSpace(text[w[1]:words[i+1][0]]) == "" {
			if en := e.russianPair(text[w[0]:w[1]], text[words[i+1][0]:words[i+1][1]]); en != "" {
				b.WriteString(en) // "летучая мышь" is a bat
				last = words[i+1][1]
				i++
				continue
			}
		}
		if i+1 < len(words) && name {
			if first := e.firstNameOf(text[w[0]:w[1]], text[words[i+1][0]:words[i+1][1]]); first != "" {
				b.WriteString(first) // "Джош Фрайденберг": Josh, not Joyce
				continue
			}
		}
		if month := russianMonthAt(text, w[0], w[1]); month != "" && !name {
			b.WriteString(month) // "12 января", "в мае"
			continue
		}
		en, guess := e.russianWord(text[w[0]:w[1]], name)
		if guess {
			guesses[strings.ToLower(en)] = true
		}
		b.WriteString(en)
	}
	b.WriteString(text[last:])
	return strings.Join(strings.Fields(b.String()), " "), guesses
}

// russianWord is a Russian word in English: a question word or a little
// word (Snowball's other stop words say nothing and are dropped), unless
// it is a name ("Ли" is Lee, not the particle); else the story's own
// translation; else, for a capitalised word the story writes in Latin
// letters, the word itself ("Вера" is the story's Vera, first in its
// sentence, not "believe"); else, for a word that is no name, the
// general word list's word the story says; else the story's word of the
// same root (cognate: "петиции" is "petition"); else the word list's
// commonest; else the word itself, which the analyser transliterates: a
// name ("Марикао"), or a word the story writes in Latin letters ("МиГ").
func (e *Engine) russianWord(w string, name bool) (en string, guess bool) {
	lw := strings.ToLower(w)
	if !name {
		if en, ok := russianQuestionWords[lw]; ok {
			return en, false
		}
		if en, ok := russianLittleWords[lw]; ok {
			return en, false
		}
		if rukey.Stop(lw) {
			return "", false // "было", "чтобы": nothing an English word would say
		}
	}
	stem := rukey.Key(lw)
	key := stem
	if inf := owatInfinitive(lw); inf != "" && len(lexicon.RussianByKey(rukey.Key(inf))) > 0 {
		key = rukey.Key(inf) // "командует" is "командовать", to command, not "команда", a team
	}
	if en, ok := e.russian[key]; ok {
		return en, false
	}
	if opensWithCapital(w) && e.storySays(transliterate(lw)) {
		// a name the story gives, first in its sentence: "Вера Хейл
		// пела?"; in the story's letters, as a name of the question
		// is matched against the names of the answers ("Ауэ" is Aue)
		return e.inStoryLetters(w), false
	}
	if opensWithCapital(w) && stem != lw && utf8.RuneCountInString(stem) >= 3 && e.storySays(transliterate(stem)) {
		// a name in another case than the story's: "Рок Хард Тена" is
		// Rock Hard Ten's
		return e.inStoryLetters(stem), false
	}
	if en := e.nameBySound(lw); en != "" && (name || opensWithCapital(w) && len(lexicon.RussianByKey(key)) == 0) {
		// "Джонс" is the story's Jones; a word the general list knows,
		// capitalised only for opening the question ("Умер ли орёл?"),
		// is no name.
		return en, false
	}
	general := lexicon.RussianByKey(key)
	if i := slices.IndexFunc(general, e.storySays); i >= 0 && (!name || opensWithCapital(w)) {
		// "видов" is the story's "species", not "kind"; a capitalised
		// word of an institution's or an event's name ("Служба", "во
		// Второй мировой войне") is read so too, when the story says
		// the word, though it sounds like no name the story gives; a
		// lower-case word of a designation ("N-лучи") is not
		return general[i], false
	}
	if name {
		general = nil // a name the story does not give is no word of the general list: "Вера" is not "faith"
	}
	if en, ok := e.cognate(lw); ok {
		return en, false
	}
	if len(general) > 0 {
		return general[0], readsSeveralWays(general) // the story may say it in other words
	}
	return w, false
}

// owatInfinitive is the infinitive of a present form of a verb in
// "-овать" ("командует", "участвуют": "командовать", "участвовать"),
// whose stem Snowball cuts to a noun's ("команд"); else "".
func owatInfinitive(w string) string {
	for _, end := range []string{"ует", "уют", "ую", "уешь", "уем", "уете"} {
		if stem, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(stem) >= 3 {
			return stem + "овать"
		}
	}
	return ""
}

// nameLike reports whether the word at text[start:end] looks like a
// name: capitalised inside a sentence ("в лесу Марикао"), not at its
// start ("Где был парад? Птицы …"), with capitals inside it ("МиГ"), or
// part of a designation ("МиГ-29").
func nameLike(text string, start, end int) bool {
	for i, r := range text[start:end] {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	if strings.HasPrefix(text[end:], "-") || strings.HasSuffix(text[:start], "-") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[start:end])
	before := strings.TrimRightFunc(text[:start], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("«\"“(", r) })
	last, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsUpper(r) && before != "" && !strings.ContainsRune(".?!…", last)
}

// russianPair is the English of two Russian words that the general word
// list translates together ("летучая мышь": "bat"), or "".
func (e *Engine) russianPair(a, b string) string {
	if rukey.Stop(strings.ToLower(a)) || rukey.Stop(strings.ToLower(b)) {
		return ""
	}
	general := lexicon.RussianPair(a, b)
	if i := slices.IndexFunc(general, e.storySays); i >= 0 {
		return general[i]
	}
	if len(general) > 0 {
		return general[0]
	}
	return ""
}

// storySays reports whether the story uses an English word (any of its
// analysed terms).
func (e *Engine) storySays(word string) bool {
	return slices.ContainsFunc(e.an.terms(word), func(t string) bool { return e.df[t] > 0 })
}

// inStoryLetters is a capitalised Russian word the story writes in Latin
// letters, as the story writes it ("Ауэ" is "Aue"), or the word itself
// when the story's spelling is not known.
func (e *Engine) inStoryLetters(w string) string {
	terms := e.an.terms(transliterate(strings.ToLower(w)))
	if len(terms) != 1 || e.surface[terms[0]] == "" {
		return w
	}
	r, n := utf8.DecodeRuneInString(e.surface[terms[0]])
	return string(unicode.ToUpper(r)) + e.surface[terms[0]][n:]
}

// cognate is the story's word a Russian word shares its root with, read
// through its transliteration: "петиции" is "petition", "сальвинии"
// "salvinia", "Марикао" "Maricao", "штормом" "storm". Their stems must
// agree in their first five letters at least, the shorter one ending at
// most one letter later, once the spellings that Russian and English
// write differently agree ("k" and "c", "ts" and "t", "sht" and "st",
// "y" and "i"). Nothing else is guessed: "компания" is no "component".
func (e *Engine) cognate(ru string) (string, bool) {
	key := []rune(cognateKey(transliterate(rukey.Key(ru))))
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

var cognateSpelling = strings.NewReplacer("dzh", "i", "kh", "h", "sht", "st", "ts", "t", "k", "c", "y", "i", "j", "i", "w", "v")

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

// firstNameOf is the article's given name a Russian word sounds like when
// the word after it sounds like the surname that goes with it: "Джош"
// alone may be Josh or Joyce, both keyed "js", but "Джош Фрайденберг" is
// the article's Josh Frydenberg. "" when no two-word name fits.
func (e *Engine) firstNameOf(ru, nextRu string) string {
	surname := e.nameBySound(nextRu)
	if surname == "" {
		return ""
	}
	key := soundKeyOfCyrillic(ru)
	found := ""
	for _, p := range e.passages {
		for _, n := range p.names {
			f := strings.Fields(n.text)
			if len(f) != 2 || !strings.EqualFold(f[1], surname) || soundKeyOf(f[0]) != key || f[0] == found {
				continue
			}
			if found != "" {
				return "" // "Тим Бейкер" may be Tom or Tim Baker: neither
			}
			found = f[0]
		}
	}
	return found
}

// readsSeveralWays reports whether the word list's English words for a
// Russian word are more than forms of one word: "dear", "road" for
// "дороги", not "tax", "taxes" for "налог".
func readsSeveralWays(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return lexicon.Base(w) != lexicon.Base(words[0]) })
}
