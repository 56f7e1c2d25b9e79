package index

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"storybot/index/internal/lexicon"
)

// How a question word is weighed. A word's weight says how much it tells
// about what is asked, judged by how common it is in English at large
// (SUBTLEX-US), not only in the story: "got", "kinda" and "lol" say almost
// nothing; "recipe", "football" and "butler" say a lot, and if the story
// lacks them, the question is about something else.
const (
	// zipfCeiling is the Zipf frequency at which a word tells nothing:
	// "the" and "you" are above 7.
	zipfCeiling = 7.2
	minWeight   = 0.2
	maxWeight   = 5.0
	// unknownStoryWord weighs a word the story has and English at large
	// does not: a name or a term of the story ("myotis").
	unknownStoryWord = 4.0
	// noiseWeight weighs a lower-case word neither the story nor English
	// knows: chat filler ("lmao", "ngl") or a typo past correcting.
	noiseWeight = 0.15
	// nameWeight weighs a capitalised word the story lacks and English
	// does not know as a common word: the name of something else.
	nameWeight = 4.5
	// chatterFactor discounts the words of a long message's parts that
	// ask nothing ("my uncle sailed trawlers back in the day").
	chatterFactor = 0.35
	numberWeight  = 1.0
	// storyNumberWeight weighs a number or year the story has, by how
	// few of its passages have it: "1999" in "how did they do at the
	// 1999 cup" names the one passage about 1999 as surely as a name
	// would. On the dev sets 3 found the right passage first for 10
	// more questions than numberWeight, 2 for 4, 4 for 9.
	storyNumberWeight = 3.0
	// cyrillicNameWeight weighs a Russian name the story lacks (see
	// wordWeight): on the dev sets 2.5 found the right passage first
	// for 3 more Russian questions than nameWeight, with one more wrong
	// line; 2.0 gave one more wrong line still.
	cyrillicNameWeight = 2.5
)

// chatZipf is how rare a short word must be in English to be taken for
// chat shorthand ("wen", "wat") when the story does not use it.
const chatZipf = 3.8

// timeNoun are the nouns "what was the …" asks for a date with.
// A story's own "year" or "day" often stands beside its dates ("the
// following year"), so only "date" is left out; "dates" may be the
// label of a fact sheet's list.
var timeNoun = map[string]bool{"date": true}

// whatBefore matches text that ends with "what " or "which was the ".
var whatBefore = lazyRE(`(?i)\b(?:what|which)(?:\s+(?:is|was|are|were))?\s+(?:the\s+)?$`)

// whichBefore matches text that ends with "which " or "what ", right
// before the number of "which two towns" (whatBefore would take "what
// were the three …" too).
var whichBefore = lazyRE(`(?i)\b(?:which|what)\s+$`)

// askingWord are words of the question phrases that say what kind of
// answer is wanted ("how many", "how much").
var askingWord = map[string]bool{"many": true, "much": true}

// standsIn reports whether a word a story does not say stands for what
// it does say: "old" of "how old is Acosta?" asks for an age ("Acosta,
// 18,"), "big" of "how big is the island" for a size, and "the pair" of "how many deer did the pair capture?" are the
// people the story names, as "they" would be, unless it is what "how
// many" counts ("how many men finished").
func standsIn(text string, t token) bool {
	w := strings.ToLower(text[t.start:t.end])
	before := text[:t.start]
	return measureWord[w] && howBefore.MatchString(before) || referringNoun[w] && !howManyBefore.MatchString(before)
}

// measureWord are the adjectives of "how big", "how old": they ask for a
// size or an age ("a 14-acre island"), which the story gives in other
// words.
// Not "how far", "how long", "how high", "how fast": they ask of a
// journey, a time or a speed, which a size says nothing of.
var measureWord = func() map[string]bool {
	out := map[string]bool{"old": true}
	for _, w := range sizeAdjectives {
		out[w] = true
	}
	return out
}()

// referringNoun are the nouns a reader refers to the story's people by
// without naming them, as a pronoun would: "the pair", "the two men",
// "that guy", "the kid".
var referringNoun = map[string]bool{"pair": true, "duo": true, "trio": true, "couple": true, "twosome": true,
	"guy": true, "guys": true, "dude": true, "dudes": true, "folks": true, "fella": true, "fellas": true,
	"man": true, "men": true, "woman": true, "women": true, "lady": true, "ladies": true,
	"kid": true, "kids": true, "boy": true, "boys": true, "girl": true, "girls": true, "child": true, "children": true}

// howManyBefore matches text that ends with "how many " (and maybe one
// word): the noun after it is what is counted ("how many men finished"),
// never a stand-in for the story's people.
var howManyBefore = lazyRE(`(?i)\bhow\s+many\s+(?:\w+\s+)?$`)

// howBefore matches text that ends with "how ".
var howBefore = lazyRE(`(?i)\bhow\s+$`)

// typeOf matches "kind of", "types of" …: with it, the word asks what
// sort of thing the answer is ("what kind of soil").
var typeOf = lazyRE(`(?i)^\w+ of\b`)

// isNumber reports whether an analysed word is all digits.
func isNumber(term string) bool {
	for _, r := range term {
		if r < '0' || r > '9' {
			return false
		}
	}
	return term != ""
}

// posFactor discounts words by part of speech: nouns and names say what
// a question is about; verbs, adjectives and adverbs less; words that are
// none of these, least.
func posFactor(w lexicon.Word) float64 {
	switch {
	case w.POS == 0 && w.Known():
		// Used in English but no noun, verb, adjective or adverb of
		// WordNet: function words, interjections, chat ("yo", "gonna").
		return 0.25
	case w.POS == 0 || w.POS&lexicon.Noun != 0:
		return 1
	case w.POS&lexicon.Verb != 0:
		return 0.55
	case w.POS&lexicon.Adjective != 0:
		return 0.7
	}
	return 0.35 // adverbs
}

// englishWeight is how informative a word is in English at large.
func englishWeight(w lexicon.Word) float64 {
	return min(max(zipfCeiling-w.Zipf(), minWeight), maxWeight)
}

// surface is the lower-cased text of a token as typed.
func surface(text string, t token) string {
	return strings.ToLower(text[t.start:t.end])
}

// wordWeight weighs one question word by how common it is in English and
// its part of speech, a story word also by how few of the story's
// documents use it (spread); topical is false for words that say what
// kind of answer is wanted or are chat.
func (e *Engine) wordWeight(text string, t token) (weight float64, topical bool) {
	lex := lexicon.Lookup(surface(text, t))
	switch {
	case askingWord[surface(text, t)] && howBefore.MatchString(text[:t.start]),
		timeNoun[surface(text, t)] && whatBefore.MatchString(text[:t.start]),
		slices.Contains(numberWords, surface(text, t)) && whichBefore.MatchString(text[:t.start]):
		// "two" of "which two towns" says how many are asked for.
		// "many" of "how many" asks for a count, and "date" of "what
		// was the date" for a date, which the candidates' evidence
		// bonus weighs; a passage that says "many" says no more of what
		// is asked than one that gives "twenty".
		return 0, false
	case surface(text, t) == "wise" && strings.HasSuffix(text[:t.start], "-"):
		// "climate-wise" asks about the climate: "-wise" only says so.
		return 0, false
	case e.df[t.term] > 0 && e.contentDF[t.term] == 0, askingWord[surface(text, t)], typeWord[surface(text, t)] && typeOf.MatchString(text[t.start:]):
		// A word only among attribute cue words, or of "how many",
		// says what kind of fact is asked ("many", "built"), not what
		// it is about.
		return min(englishWeight(lex), cueOnlyWeight), false
	case e.df[t.term] == 0 && (standsIn(text, t) || e.measureTold(text, t) || surface(text, t) == "score" && asksScore.MatchString(text)):
		// "what was the final score?" asks for a "2–0", which a story
		// gives without the word.
		return min(englishWeight(lex), cueOnlyWeight), false
	case e.df[t.term] == 0 && passiveGet(text, t):
		// "got" of "how many got hurt" only makes "hurt" passive, as
		// "were" would, in a story that says "were treated for
		// injuries" and never "get".
		return min(englishWeight(lex), cueOnlyWeight), false
	case e.df[t.term] == 0 && modalTo(text, t):
		// "supposed" of "where was the plane supposed to land?" says
		// the landing was planned, not what the question is about.
		return min(englishWeight(lex), cueOnlyWeight), false
	case isNumber(t.term):
		// A number or year says which one is meant: one the story
		// has points to the few passages that have it; one it lacks
		// weighs little, as "the 2022 World Cup" asks about a cup.
		if e.df[t.term] > 0 {
			return storyNumberWeight * e.spread(t.term), true
		}
		return numberWeight, false
	case e.df[t.term] > 0 && (!lex.Known() || isName(text, t)):
		// A name the story uses ("BP", "Lancaster"), however common the
		// word is in English.
		return unknownStoryWord * e.spread(t.term), true
	case e.df[t.term] > 0:
		return englishWeight(lex) * posFactor(lex) * e.spread(t.term), true
	case len(e.synonyms[t.term]) > 0 && !lex.Known(): // the cases before took every story word
		// "uae" of a story that says "United Arab Emirates": the
		// initials of its name, which weigh as the name does.
		return unknownStoryWord, true
	case !lex.Known() && isName(text, t) && cyrillicStart(text[t.start:]):
		// A Russian name the story's names do not sound like may still
		// be one of them spelt another way ("Хьюз" for Hughes, "Кодзи"
		// for Koji): weaker evidence of another subject than a Latin
		// name the story lacks.
		return cyrillicNameWeight, true
	case !lex.Known() && isName(text, t):
		return nameWeight, true
	case !lex.Known() || chatWord(text[t.start:t.end], lex):
		return noiseWeight, false
	}
	// A word English has but as no noun, verb, adjective or adverb
	// ("nah", "gonna") is no sign of what the question is about.
	return englishWeight(lex) * posFactor(lex), lex.POS != 0
}

// spread scales a story word by how many of the story's documents use
// it: one in every sentence tells passages apart less, though it still
// shows the question is about the story.
func (e *Engine) spread(term string) float64 {
	share := float64(e.df[term]) / float64(max(len(e.docs), 1))
	return 1 - 0.5*min(share*4, 1)
}

// nearTerms returns the analysed words the story has that a question word
// may stand for: the story's own synonyms, and WordNet's words for the
// word's commonest senses (related: "bugs" → "insect").
func (e *Engine) nearTerms(t token, related []string) []string {
	out := slices.Clone(e.synonyms[t.term])
	for _, w := range related {
		for _, rt := range e.lemmaTerms(w) {
			if rt != t.term && e.df[rt] > 0 && !slices.Contains(out, rt) {
				out = append(out, rt)
			}
		}
	}
	return out
}

// lemmaTerms are the analysed words of a WordNet lemma: a lemma that is
// also an irregular form of another word ("wound", "found") is itself
// too, as the analyser reads it as that word's form ("wind", "find"),
// and near words name the lemma: "injured" is near "wound", which the
// story says in "wounded".
func (e *Engine) lemmaTerms(lemma string) []string {
	terms := e.an.terms(lemma)
	if lexicon.Form(lemma) != "" && !strings.Contains(lemma, " ") {
		terms = append(terms, stem(lemma))
	}
	return terms
}

// classTerms returns the story's nouns that are kinds of what any of
// the words names, other than the question word's own term and its near
// words: "sickness" finds "disease".
func (e *Engine) classTerms(words []string, t token, near []string) []string {
	var out []string
	for _, w := range words {
		for _, rt := range e.kindsOf[lexicon.Base(w)] {
			if rt != t.term && !slices.Contains(near, rt) && !slices.Contains(out, rt) {
				out = append(out, rt)
			}
		}
	}
	return out
}

// minKindCount is how often a word must be used for a class word to ask
// for it.
const minKindCount = 2

// storyKinds maps what the story's nouns are kinds of to the analysed
// nouns ("illness" → "diseas", "animal" → "spider", "ant"), so a question
// may name a thing by its class ("what sickness", "small critters").
func (e *Engine) storyKinds() map[string][]string {
	out := map[string][]string{}
	seen := map[string]bool{}
	for _, d := range e.docs {
		if d.kind != docSentence {
			continue
		}
		for _, tk := range d.tokens {
			w := strings.ToLower(d.text[tk.start:tk.end])
			if seen[w] {
				continue
			}
			seen[w] = true
			if lexicon.Lookup(w).Count < minKindCount {
				continue // a rare proper name ("Asheville") is no thing a class word asks for
			}
			kinds := lexicon.Kinds(w)
			for _, k := range kinds[:min(len(kinds), maxKindWords)] {
				if !slices.Contains(out[k], tk.term) {
					out[k] = append(out[k], tk.term)
				}
			}
		}
	}
	return out
}

// maxKindWords bounds how general a class may be and still stand for a
// story's noun: the first words of its generalisations, from its
// commonest senses ("insect" for "ant", not "organism").
const maxKindWords = 6

// maxRelated bounds how many of WordNet's near words a question word
// brings: the first are its commonest sense's; later ones drift.
const maxRelated = 8

// askingPart finds, in a long message, the parts that ask something: a
// clause with a question word ("I'm trying to figure out which kinds"),
// one opening like a yes/no question, or "does the article say", in a
// sentence that ends with a question mark when any does. Words elsewhere
// are chatter ("my sister just moved to …") and weigh less. A short
// message is all asking.
func askingPart(text string) func(pos int) bool {
	return askingIn(askingSpans(text))
}

// askingIn is askingPart given the message's askingSpans.
func askingIn(spans [][2]int) func(pos int) bool {
	if spans == nil {
		return func(int) bool { return true }
	}
	return func(pos int) bool { return inSpans(pos, spans) }
}

// askedText is what a message asks, its chatter left out, given its
// askingSpans.
func askedText(text string, spans [][2]int) string {
	if spans == nil {
		return text
	}
	parts := make([]string, 0, len(spans))
	for _, s := range spans {
		parts = append(parts, text[s[0]:s[1]])
	}
	return strings.Join(parts, " ")
}

// askingSpans are the spans of a long message that ask (askingPart), or
// nil when all of it does.
func askingSpans(text string) [][2]int {
	if utf8.RuneCountInString(text) < 120 {
		return nil
	}
	questioned := questionSentences(text)
	if spans := clausesAsking(text, questioned); spans != nil || questioned == nil {
		return spans
	}
	// "… he keeps asking how many people were inside it. anyone know?":
	// the question mark ends a plea that asks nothing by itself.
	return clausesAsking(text, nil)
}

// clausesAsking are the spans of a text's clauses that ask, within the
// given sentences (nil: anywhere).
func clausesAsking(text string, questioned [][2]int) [][2]int {
	var spans [][2]int
	start := 0
	ended := text + "."
	for _, loc := range clauseBreak.FindAllStringIndex(ended, -1) {
		if intensifies(ended[loc[0]:loc[1]], ended[:loc[0]], ended[loc[1]:]) || inNumber(ended, loc) {
			continue // "what's so special about the area?", "the $5.1 million estimate": one clause
		}
		clause := text[start:min(loc[1], len(text))]
		if asks(clause) && (questioned == nil || inSpans(start, questioned)) {
			spans = append(spans, [2]int{start + askingFrom(clause), min(loc[1], len(text))})
		}
		start = min(loc[1], len(text))
	}
	return spans
}

// intensifies reports whether a clause break is "so" before the word it
// intensifies, after a form of "be" ("what's so special about it",
// "why was the crowd so big", "why were so many people there"), which
// joins no clauses. Elsewhere "so" joins them: "who won the marathon so
// many people say …", "so sure i said …", "so glad the …".
func intensifies(brk, before, after string) bool {
	if strings.TrimSpace(brk) != "so" {
		return false
	}
	prev := strings.ToLower(lastWordOf(strings.TrimSpace(before)))
	if !beForms[prev] && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "’s") {
		return false
	}
	next := strings.ToLower(firstWordAfter(after))
	if next == "" || whWord[next] || subjectPronoun[next] || sequenceWords[next] {
		return false // "… lol so how many were there", "so i was wondering", "so then who won"
	}
	return degreeWords[next] || lexicon.Lookup(next).POS&lexicon.Adjective != 0
}

// beForms are the forms of "be": an intensifying "so" follows them, and
// one in a list's item makes it a clause (itemDoes).
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "am": true, "isn't": true, "wasn't": true}

// sequenceWords are the adjectives of time and order that open a clause
// after "so" rather than being intensified by it.
var sequenceWords = map[string]bool{"then": true, "last": true, "next": true, "later": true, "first": true}

// degreeWords are the words other than adjectives that "so" intensifies.
var degreeWords = map[string]bool{"many": true, "much": true, "far": true, "long": true, "few": true, "little": true, "often": true, "well": true}

// inNumber reports whether a clause break at loc is a point or comma
// inside a number: "$5.1 million", "1,200 people".
func inNumber(text string, loc []int) bool {
	return loc[1]-loc[0] == 1 && loc[0] > 0 && loc[1] < len(text) && isDigit(text[loc[0]-1]) && isDigit(text[loc[1]])
}

// questionSentences are the spans of a message's sentences that end
// with a question mark, or nil when none does: a message that asks with
// one asks there, not in the story it tells ("kept asking me what they
// do at night").
func questionSentences(text string) [][2]int {
	var out [][2]int
	start := 0
	for _, loc := range sentenceEnd.FindAllStringIndex(text, -1) {
		if strings.Contains(text[loc[0]:loc[1]], "?") {
			out = append(out, [2]int{start, loc[1]})
		}
		start = loc[1]
	}
	return out
}

func inSpans(pos int, spans [][2]int) bool {
	for _, s := range spans {
		if pos >= s[0] && pos < s[1] {
			return true
		}
	}
	return false
}

var sentenceEnd = lazyRE(`[.!?]+(?:\s+|$)`)

var (
	clauseBreak = lazyRE(`[.!?;,]+\s*|\s+(?:so|but)\s+`)
	// "when", "where" and "how" ask only where askedWord says so (or as
	// "how many"): in chatter they mostly join clauses ("when I was a
	// kid", "near where I live", "reading about how storms …").
	askingCue = lazyRE(`(?i)^\s*(?:is|are|was|were|did|does|do|can|could|will|would)\b|\b(?:who|whom|whose|what|why|which)\b|` + askedWord("when") + `|` + askedWord("where") + `|` + askedWord("how") + `|\bhow (?:many|much|long|far|big|old|often|come)\b|\b(?:does|did) (?:the|this) (?:article|story)\b|\b` + questionFollowsWords)
)

// askingFrom is where in an asking clause its question starts: at its
// question word ("he keeps asking me [how many people were inside]"), or
// after the words that say a question follows ("i'm curious [which team
// did it]").
func askingFrom(clause string) int {
	loc := askingCue.FindStringIndex(clause)
	if loc == nil {
		return 0
	}
	if questionFollows.MatchString(clause[loc[0]:loc[1]]) {
		return loc[1]
	}
	return loc[0]
}

// questionFollowsWords are askingCue's words after which a question
// follows ("tell me", "curious"), and questionFollows matches them.
const questionFollowsWords = `(?:tell me|wonder|wondered|wondering|curious|want to know|wanted to know|trying to figure out)\b`

var questionFollows = lazyRE(`(?i)\b` + questionFollowsWords)

func asks(clause string) bool {
	return askingCue.MatchString(strings.TrimLeftFunc(clause, unicode.IsSpace))
}

// respell corrects the words of a question that neither the story nor
// English knows, and that are no misspelling of a story word (parse
// corrects those), to the English word most likely meant, when the story
// uses that word or it is a common one: "wher was the bat blitz held"
// reads "where", and so asks where.
func (e *Engine) respell(text string) string {
	text = kindaWord.ReplaceAllStringFunc(text, kindaRead)
	return apostrophedWord.ReplaceAllStringFunc(text, func(w string) string {
		if strings.ContainsAny(w, "'’") {
			return w // "O’Hara" is a name, and "Hara" no typo of "hard"
		}
		lw := strings.ToLower(w)
		if full, ok := chatShorthand[w]; ok && !e.says(w) {
			return full // "ppl" are people, unless the story says "ppl"
		}
		lex := lexicon.Lookup(lw)
		if len(lw) < 3 || !isASCII([]byte(lw)) {
			return w // "José" is a name, not a typo
		}
		if lex.Known() && !chatWord(w, lex) {
			if !lexicon.MaySlip(lw, lex) {
				return w // most words: common, or too short to tell
			}
			return e.realWordSlip(w, lw)
		}
		for _, t := range e.an.terms(lw) {
			if e.df[t] > 0 || len(e.synonyms[t]) > 0 {
				return w // the story's, or linked to its words: "uae" of "United Arab Emirates"
			}
			if _, ok := e.correction(t); ok {
				return w
			}
		}
		if short, ok := unstretched(lw); ok {
			// "sooo", "yesss", "ayy", "alll": a word drawn out, meant
			// as its short form, never as another word a letter away
			// ("ayy" is no "any", "sooo" no "soon").
			return short
		}
		fix, ok := lexicon.Nearest(lw)
		if !ok || !e.says(fix) && lexicon.Lookup(fix).Count < commonCount || len(fix) < 3 {
			if slip := e.storySlip(lw); slip != "" {
				return slip // "fense" is the story's "fence", though its stem is too short to correct
			}
			// Taking "cosying" for "copying" would only make the
			// question look like one about something else; "lol" is
			// no slip of the "ll" of "I'll".
			return w
		}
		if unicode.IsUpper([]rune(w)[0]) {
			fix = capitalise(fix)
		}
		return fix
	})
}

// unstretched is the word English knows that a lower-case word drawn
// out in chat stands for: its runs of three or more letters said twice
// ("alll" is "all", "goood" "good") or once ("sooo" is "so"), whichever
// is the commoner word, and a
// vowel or "y" doubled at its end said once ("ayy" is "ay", "pleasee"
// "please"). ok is false for a word not drawn out, or none English
// knows: "stilll" is left to be corrected as any slip is, and a name's
// double consonant ("Webb", "Kidd") is no drawing out.
func unstretched(lw string) (short string, ok bool) {
	one, two := squeezeRuns(lw, 1), squeezeRuns(lw, 2)
	if two != lw && doubledConsonantsDrawn(lw) && lexicon.Lookup(two).Count > 0 && lexicon.Lookup(two).Zipf() > lexicon.Lookup(one).Zipf()-doubledSlack {
		// A consonant drawn out inside a word was most often doubled:
		// "tappped" is "tapped", not "taped"; "winnning" "winning".
		return two, true
	}
	best := 0.0
	for _, c := range []string{one, two} {
		// The commoner: "yes", not "yess"; of its word's forms, as
		// "cooked" is (of "cook"), not "coked".
		if z := max(lexicon.Lookup(c).Zipf(), lexicon.Lookup(lexicon.Base(c)).Zipf()); c != lw && z > best {
			short, best = c, z
		}
	}
	if short != "" {
		return short, true
	}
	if r := []rune(lw); len(r) > 2 && r[len(r)-1] == r[len(r)-2] && strings.ContainsRune("aeiouy", r[len(r)-1]) {
		if c := string(r[:len(r)-1]); lexicon.Lookup(c).Known() {
			return c, true
		}
	}
	return "", false
}

// doubledSlack is how much rarer than the one-letter form a drawn-out
// consonant's doubled form may be and still be read: of every lexicon
// word used 100 times or more, each run of letters drawn out to four,
// 75,969 of 76,170 are read back as the word at 1 (75,753 by frequency
// alone, 75,890 by the base's too).
const doubledSlack = 1.0

// doubledConsonantsDrawn reports whether every run of three or more of a
// letter in a word is a consonant's with a vowel after it ("tappped",
// "winnning"), not a vowel's ("sooo") nor at the word's end ("yesss").
func doubledConsonantsDrawn(w string) bool {
	vowelRune := func(r rune) bool { return r < utf8.RuneSelf && isVowel(byte(r)) }
	rs := []rune(w)
	drawn := false
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i >= 3 {
			if vowelRune(rs[i]) || j == len(rs) || !vowelRune(rs[j]) {
				return false
			}
			drawn = true
		}
		i = j
	}
	return drawn
}

// squeezeRuns is a word with each run of three or more of a letter cut
// to keep letters of it.
func squeezeRuns(w string, keep int) string {
	rs := []rune(w)
	var out []rune
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i >= 3 {
			out = append(out, rs[i:i+keep]...)
		} else {
			out = append(out, rs[i:j]...)
		}
		i = j
	}
	return string(out)
}

// storySlip is the one word of the article, as written, a letter away
// from a word of five letters or more that English does not know, with
// the same first letter: "fense" for the story's "fence", whose
// analysed forms ("fens", "fenc") are too short for corrections to
// try. "" when there is none, or more than one.
func (e *Engine) storySlip(lw string) string {
	rs := []rune(lw)
	if len(rs) < 5 {
		return ""
	}
	found := ""
	for n := len(rs) - 2; n <= len(rs); n++ {
		for _, term := range e.byLen[n] {
			s := e.surface[term]
			if first, _ := utf8.DecodeRuneInString(s); s == "" || s == found || first != rs[0] || editDistance(rs, []rune(s), 1) > 1 {
				continue
			}
			if found != "" {
				return "" // "fense": "fence" or "fens"?
			}
			found = s
		}
	}
	return found
}

// realWordSlip corrects a rare English word the story lacks to a far
// commoner one a letter away that the story uses: "who manges the
// refuge" asks who manages it. A name ("Mange") is left alone.
func (e *Engine) realWordSlip(w, lw string) string {
	if w != lw {
		return w
	}
	fix, seen := e.slipMemo.get(lw)
	if !seen {
		if !e.says(lw) {
			// A rare word is looked up once per engine: trying its
			// few hundred neighbours costs more than the rest of
			// reading the question.
			fix, _ = lexicon.NearestCommon(lw, e.says)
		}
		e.slipMemo.put(lw, fix)
	}
	if fix == "" {
		return w
	}
	return fix
}

// commonCount is how often SUBTLEX-US must have seen a word for a typo to
// be taken for it when the story does not use it: "where", "what".
const commonCount = 5000

// says reports whether the story uses a word.
func (e *Engine) says(word string) bool {
	for _, t := range e.an.terms(word) {
		if e.df[t] == 0 {
			return false
		}
	}
	return true
}

// apostrophedWord is a word with the apostrophes inside it, read whole.
var apostrophedWord = lazyRE(`\p{L}+(?:['’]\p{L}+)*`)

// kindaWord finds "kinda" and "sorta", and the question word before
// them.
var kindaWord = lazyRE(`(?i)\b(?:(what|which|whats|what's|wat)\s+)?(kinda|sorta)\b`)

// kindaRead reads "kinda" and "sorta" as said: after a question word
// they ask a kind ("what kinda trees" is "what kind of trees"); elsewhere
// they only hedge ("kinda weird") and say nothing asked.
func kindaRead(m string) string {
	sub := kindaWord.FindStringSubmatch(m)
	if sub[1] == "" {
		return ""
	}
	return sub[1] + " " + strings.TrimSuffix(strings.ToLower(sub[2]), "a") + " of"
}

// chatShorthand are the short forms chat writes for common words: read
// as the words, they count towards what is asked ("how many ppl watched").
var chatShorthand = map[string]string{
	"ppl": "people", "ppls": "people", "bc": "because", "bcuz": "because", "cuz": "because",
	"abt": "about", "govt": "government", "yr": "year", "yrs": "years",
	"info": "information", "thru": "through", "nite": "night", "msg": "message",
	"pic": "picture", "pics": "pictures", "approx": "approximately",
	"dept": "department", "mgr": "manager", "mins": "minutes", "hrs": "hours", "wk": "week",
	"wks": "weeks", "mo": "month", "mos": "months", "avg": "average",
	"temp": "temperature", "temps": "temperatures", "ops": "operations",
	"intl": "international", "natl": "national",
	"r": "are", "u": "you", "ur": "your",
	// A negated auxiliary typed without its apostrophe.
	"dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "arent": "aren't",
	"wasnt": "wasn't", "werent": "weren't", "hasnt": "hasn't", "havent": "haven't", "hadnt": "hadn't",
	"wont": "won't", "cant": "can't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
}

// chatWord reports whether a short word typed in lower case is one
// English hardly uses, so in a chat it is an abbreviation ("wat",
// "ppl"), not a rare word; "GDP" in capitals is meant. A single lower-case
// letter the story does not use ("u", "r", "y") stands for a word, never
// for a subject.
func chatWord(typed string, lex lexicon.Word) bool {
	if strings.ToLower(typed) != typed {
		return false
	}
	n := utf8.RuneCountInString(typed)
	return n == 1 || n <= 3 && lex.Zipf() < chatZipf
}

// cyrillicStart reports whether a text starts with a Cyrillic letter.
func cyrillicStart(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.Is(unicode.Cyrillic, r)
}

// modalTo reports whether a question word, after a form of "be", only
// says with the "to" after it that something was planned, due or
// possible: "was supposed to", "is meant to", "were set to", "was able
// to". A question for a time or a figure is the exception: "how many
// rounds was the fight scheduled to go?" asks for the plan, not the six
// rounds it went, and a story without the word may not say it.
func modalTo(text string, t token) bool {
	return modalWords[strings.ToLower(surface(text, t))] && strings.HasPrefix(strings.ToLower(text[t.end:]), " to ") && beBefore.MatchString(text[:t.start]) && !asksTimeOrFigure.MatchString(text)
}

// asksTimeOrFigure matches a question for a time, a date or a figure.
var asksTimeOrFigure = lazyRE(`(?i)\b(?:when|until|how\s+(?:many|much|long|far|big|old)|what\s+(?:time|year|day|date|month))\b`)

// modalWords are the words that say so with "be … to".
var modalWords = map[string]bool{"supposed": true, "meant": true, "set": true, "due": true, "able": true, "scheduled": true, "slated": true, "expected": true, "planned": true, "going": true}

// beBefore matches a form of "be" ending the text, a subject of up to
// four words after it: "was the plane ", "is it ".
var beBefore = lazyRE(`(?i)\b(?:am|is|are|was|were|be|been|being|['’]s|['’]re)\s+(?:[\pL'’-]+\s+){0,4}$`)

// passiveGet reports whether a question word is a "get" that makes a
// passive of the word after it, a participle or an adjective ("got hurt",
// "get paid", "got kicked out"), and not one that takes an object ("got
// 14 votes").
func passiveGet(text string, t token) bool {
	if w := strings.ToLower(surface(text, t)); lexicon.Base(w) != "get" && lexicon.Form(w) != "get" {
		return false
	}
	m := nextWord.FindStringSubmatch(text[t.end:])
	if m == nil || strings.HasPrefix(text[t.end+len(m[0]):], " than") {
		return false // "did they get fewer than 100?" asks what they got
	}
	next := strings.ToLower(m[1])
	return pastEd(next) || irregularPast(next) || lexicon.Lookup(next).POS&lexicon.Adjective != 0 && !stopWord(next)
}
