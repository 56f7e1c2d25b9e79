package index

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"storybot/corpus"
	"storybot/index/internal/lexicon"
)

// This file finds short answers in the article's own sentences, for
// stories with no fact sheet or questions it does not cover: numbers and
// what they count, dates, amounts, measures, and the names of people,
// organisations and places. What it knows is English, never a story.

// span is a piece of a sentence: byte offsets and its text.
type span struct {
	start, end int
	text       string
}

// numberQualifier is what may stand before a number or a share: "more
// than", "an estimated", "nearly".
const numberQualifier = `(?:more than|greater than|in excess of|upwards of|over|about|around|nearly|almost|at least|as many as|up to|an estimated|estimated|approximately|roughly|fewer than|less than|some|only|just)`

// datesAt are the dates of a text, given where dateIn matches it (which
// numbers needs too: a passage is read for both once, measure), but the
// times of day that only label a thing ("the 8 pm curfew", "the 07:15
// train") and the bare "2:31" that is no time of day (a score, a race
// time, a scale).
func datesAt(text string, locs [][]int) []span {
	dates := slices.DeleteFunc(spansAt(text, locs), func(d span) bool {
		return !clockKept(nil, text, d) || notADate(text, d) || compoundTail(text, d)
	})
	out := dates[:0]
	for _, d := range dates {
		if d, ok := eventDate(d); ok {
			out = append(out, d)
		}
	}
	return out
}

// compoundTail reports whether a date told in words opens inside a
// compound number: the "one years after their World" of "Seventy-one
// years after their World War II service".
func compoundTail(text string, d span) bool {
	return d.start > 0 && text[d.start-1] == '-' && unicode.IsLetter(rune(text[d.start]))
}

// eventDate is a date told from an event ("30 days after publication")
// cut to the event's noun: not "12 hours before they", nor the verb of
// "two days after the storm destroyed". ok is false when no noun names
// the event; other dates are kept as they are.
func eventDate(d span) (span, bool) {
	if !fromEvent.MatchString(d.text) {
		return d, true
	}
	words := strings.Fields(d.text)
	last := strings.ToLower(words[len(words)-1])
	if stopWord(last) {
		return d, false
	}
	if pastOrVerbForm(last) && !fromEvent.MatchString(strings.Join(words[len(words)-2:], " ")) {
		cut := len(d.text) - len(words[len(words)-1]) - 1
		return span{d.start, d.start + cut, d.text[:cut]}, true
	}
	return d, true
}

// fromEvent matches a date told from an event: " after ", " before ".
var fromEvent = lazyRE(`(?i)\s(?:after|before)\s`)

// yearInCode reports whether a date is a year inside a code, joined by
// dashes to the capitals before it and the rest after: the 2016 of
// "Docket Number FWS–R4–ES–2016–0031" dates nothing. "mid-2016" is a
// date.
func yearInCode(text string, d span) bool {
	if !yearOnly.MatchString(d.text) {
		return false
	}
	return codeBefore.MatchString(lookBehind(text, d.start)) && codeGoesOn.MatchString(text[d.end:]) || designationGoesOn.MatchString(text[d.end:])
}

// notADate reports whether a date found in a text is a year's digits
// that date nothing: inside a code (yearInCode) or counting what follows
// (yearIsCount).
func notADate(text string, d span) bool { return yearInCode(text, d) || yearIsCount(text, d) }

// yearIsCount reports whether a bare number a year could be counts the
// plural noun after it: "1750 homes", "2000 people marched". After a
// word that dates ("in 1990 voters rejected it") it is a year.
func yearIsCount(text string, d span) bool {
	if !yearOnly.MatchString(d.text) {
		return false
	}
	m := pluralAfter.FindStringSubmatch(text[d.end:])
	if m == nil || datingBefore.MatchString(lookBehind(text, d.start)) {
		return false
	}
	w := strings.ToLower(m[1])
	base := lexicon.Base(w)
	if stopWord(w) {
		return false // "in 2003 as a hurricane"
	}
	if base == w && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		base = strings.TrimSuffix(w, "s") // "tons", which English also has as a word of its own
	}
	return irregularPlural(w) || base != w && lexicon.Lookup(base).POS&lexicon.Noun != 0
}

var (
	// pluralAfter matches the lower-case word right after a number.
	pluralAfter = lazyRE(`^\s+([a-z]+)\b`)
	// datingBefore matches a word that dates the number after it.
	datingBefore = lazyRE(`(?i)\b(?:in|since|until|till|by|from|before|after|of|during|around|circa|c\.|early|mid|late|year|summer|spring|autumn|fall|winter)\s+$`)
)

var (
	// codeBefore matches a code's capitals and a dash, ending right
	// before a number: "ES–", "R4-".
	codeBefore = lazyRE(`\b[A-Z0-9]*[A-Z][A-Z0-9]*[–-]$`)
	// codeGoesOn matches the code going on after the number: "–0031".
	// "the FY-2016 budget" is a year.
	codeGoesOn = lazyRE(`^[–-][A-Z0-9]`)
	// designationGoesOn matches the two capitals and number that make a
	// year a name, as astronomers name asteroids: the 2024 of "2024
	// BX1" dates nothing it is asked about. "The 2016 G20 summit" and
	// "the 2019 F1 championship" are dated by their year.
	designationGoesOn = lazyRE(`^ [A-Z]{2}[0-9]+\b`)
)

// keepSome is items without those drop picks out, unless that would
// leave none: then all of them. Many readings prefer some candidates
// ("not the rate, when a length is given too") but must not leave a
// question with no answer for it.
func keepSome[T any](items []T, drop func(T) bool) []T {
	if kept := slices.DeleteFunc(slices.Clone(items), drop); len(kept) > 0 {
		return kept
	}
	return items
}

// lookBehind is the end of a text before a position, as far back as the
// patterns anchored at its end need: scanning all of a paragraph before
// every name or number would cost its length squared.
func lookBehind(text string, at int) string { return text[max(0, at-lookBehindBytes):at] }

// lookBehindBytes is how far back lookBehind reaches.
const lookBehindBytes = 80

// clocksFor are the times of day of a text that may answer "what time"
// of a question: those datesAt keeps, and those that label what the
// question asks about ("the 6 am flight" for "what time was the
// flight?").
func clocksFor(q *question, text string) []span {
	return qualifiedClocks(text, slices.DeleteFunc(spansOf(text, dateIn), func(d span) bool { return !clockIn.MatchString(d.text) || !clockKept(q, text, d) }))
}

// qualifiedClocks are dates with each time of day given with the word
// before it that makes it approximate or a bound: "just before 3:30 pm"
// is not "3:30 pm", a time it did not happen at.
func qualifiedClocks(text string, dates []span) []span {
	for i, d := range dates {
		if !clockIn.MatchString(d.text) {
			continue
		}
		before := lookBehind(text, d.start)
		if m := clockQualifier.FindStringIndex(before); m != nil && !aboutLabel(before[m[0]:], text[d.end:]) {
			start := d.start - (len(before) - m[0])
			dates[i] = span{start, d.end, text[start:d.end]}
		}
	}
	return dates
}

// aboutLabel reports whether a qualifier is the preposition "about"
// before a time that labels a noun: "complaints about 2 a.m. noise".
func aboutLabel(qualifier, after string) bool {
	return strings.EqualFold(strings.TrimSpace(qualifier), "about") && labelledNoun(after) != ""
}

// clockQualifier matches the words before a time of day that make it
// approximate or a bound: "shortly after", "about", "until".
var clockQualifier = lazyRE(`(?i)\b(?:(?:just|shortly|soon|right|sometime|some time)\s+(?:before|after)|(?:(?:until|till|by|before|after)\s+)?(?:about|around|approximately|roughly|nearly|almost)|before|after|until|till|by)\s+$`)

// clockKept reports whether a date of a text is no time of day alone, or
// one that says when: not one that labels a thing ("the 8 pm curfew"),
// unless q asks about that thing, nor a bare "2:31" with no "at" before
// it.
func clockKept(q *question, text string, d span) bool {
	if !clockOnly.MatchString(d.text) {
		return true // a date, or a time with its date
	}
	before := text[:d.start]
	if noun := labelledNoun(text[d.end:]); noun != "" && labelBefore.MatchString(before) {
		return q != nil && asksOf(q, noun)
	}
	return meridiem.MatchString(d.text) || atBefore.MatchString(before)
}

var (
	clockOnly   = lazyRE(`^` + clockTime + `$`)
	meridiem    = lazyRE(`(?i)[ap]\.?m\b`)
	labelBefore = lazyRE(`(?i)\b(?:the|a|an|its|their|his|her)\s+$`)
	atBefore    = lazyRE(`(?i)\b(?:at|by|around|about|approximately|until|till|from|before|after|since|to)\s+$`)
)

// labelledNoun is the word a text opens with when it is no preposition,
// conjunction or verb ("curfew" of "the 8 pm curfew"), else "".
func labelledNoun(text string) string {
	m := nextWord.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	w := strings.ToLower(m[1])
	if stopWord(w) || verbForm(w) || countStops[w] || auxiliary[w] {
		return ""
	}
	return w
}

// holidays are the days English names as dates: "On Veterans Day, a
// color guard raised the flag" says when.
const holidays = `\b(?:(?:Veterans|Memorial|Labor|Labour|Independence|Armistice|Remembrance|Anzac|Boxing|Columbus|Presidents’?'?|Mother’?'?s|Father’?'?s|Valentine’?'?s|New Year’?'?s|Christmas|Election|Inauguration) Day|Christmas(?: Eve)?|New Year’?'?s Eve|Thanksgiving(?: Day)?|Easter(?: Sunday)?|Good Friday|Halloween)\b`

// clockCue is how a question asks for a time of day: "what time did",
// "which hour of the day was"; one pattern for the date kind's cue and
// for reading the question (question.clock).
const clockCue = `\b(?:what|which) (?:time|hour)(?: of (?:the )?(?:day|night))? (?:did|does|do|is|was|were|will|would|are)\b`

// clockTime is a time of day: "3:30 am", "9 p.m.", "06:00 PM", "07:15",
// "17:44:00".
const clockTime = `\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?i:[ap]\.m\.?|[ap]m\b)|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\b)`

// ordinalOf is what may follow a day's number before its month: an
// ordinal's ending, and "of" only after one ("the 12th of May"; "21 of
// June's 30 days" counts days).
const ordinalOf = `(?:(?:st|nd|rd|th)(?:\s+of)?)?`

// dayAndMonth is a day of a month, with its year or not, as it follows a
// weekday or a time of day: "June 4, 2024", "4th June", "the 2nd of
// February, 2019".
const dayAndMonth = `(?:` + monthNames + `)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|(?:the\s+)?\d{1,2}` + ordinalOf + `\s+(?:` + monthNames + `)(?:,?\s+\d{4})?`

const monthNames = `January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.`

var (
	// dateIn finds dates as articles write them, with or without a year:
	// "June 28-29", "18 January 2024", "autumn 1998", "2017", "in April",
	// "a decade ago", "last year", and times of day, with the date that
	// follows them ("5:13 pm on November 7, 1916", "at 3:30 am").
	dateIn = lazyRE(clockTime + `(?:,?\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:` + dayAndMonth + `)\b)?|\b(?:(?:early|mid|late)[- ])?(?:` + monthNames + `)(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:` + dayRangeTo + `\d{1,2})?)?(?:,?\s+\d{4})?\b|\b\d{1,2}(?:(?:st|nd|rd|th)?` + dayRangeTo + `(?:the\s+)?\d{1,2})?(?:(?:st|nd|rd|th)(?:\s+of)?\s+(?:` + monthNames + `)(?:,?\s+\d{4})?|\s+(?:` + monthNames + `)(?:\s+\d{4})?)\b|(?i:\b(?:spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?\d{4})?\b)|\b(?:1[6-9]|20)\d{2}[-–](?:(?:1[6-9]|20)\d{2}|\d{2})\b|\b(?:(?:early|mid|late)[- ])?(?:1[6-9]|20)\d{2}s?\b|(?i:\b(?:` + numberQualifier + `\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|` + digits + `(?:\s+(?:thousand|million|billion))?)\s+(?:years?|decades?|months?|weeks?|days?)\s+(?:ago|later|earlier)\b)|(?i:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|` + digits + `)\s+(?:years?|months?|weeks?|days?|hours?)\s+into\s+(?:the|its|his|her|their)\s+\pL+)|(?i:\b(?:` + numberQualifier + `\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|` + digits + `)\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+(?:after|before)\s+(?:(?:the|its|his|her|their)\s+(?:\pL+\s+)?)?\pL{4,})|(?i:\b(?:last|this|next)\s+(?:week|month|year|spring|summer|fall|autumn|winter)\b)|(?i:\b(?:the\s+)?(?:next|following|previous)\s+(?:day|morning|afternoon|evening|night)\b)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+(?:` + dayAndMonth + `))?\b|` + holidays + `|\bFY\s?(?:\d{4}|\d{2})\b|(?i:\bfiscal\s+(?:year\s+)?(?:19|20)\d{2}\b)`)
	// relativeDate is a date told from another: "a year later", "30
	// years ago".
	relativeDate = lazyRE(`(?i)\b(?:ago|later|earlier)$|\s(?:after|before)\s`)
	// numberIn finds a number with its qualifier: "more than 600",
	// "nearly 30,000", "two", "20% to 40%", "$3 billion".
	numberIn = lazyRE(`(?i)(?:\b` + numberQualifier + `\s+)?(?:\$\s?)?(?:\b` + digits + `%?(?:\s+to\s+\d[\d,]*(?:\.\d+)?%)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a hundred|(?:several|a few) (?:hundred|thousand|dozen)|hundreds|thousands|millions|dozens|half a (?:dozen|hundred|thousand|million|billion)|a dozen|half)\b)(?:[\s-]+and[\s-]+a[\s-]+half\b)?(?:\s+(?:million|billion|thousand|hundred|percent)\b)?`)
	// nameWord is a capitalised word, possibly hyphenated or dotted
	// ("Anne-Marie", "U.S.").
	nameWord = lazyRE(`\p{Lu}[\p{L}\p{N}'’.-]*`)
)

// nameEnd extends the name that opens at locs[i] (start) over the
// capitalised words joined to it, and returns the index of its last
// word and where it ends.
func nameEnd(text string, locs [][]int, i, start int) (int, int) {
	end := locs[i][1]
	for {
		switch {
		case i+2 < len(locs) && quotedNickname(text, end, locs[i+1], locs[i+2]):
			i += 2 // "Virgil I. \"Gus\" Grissom" is one name
		case i+1 < len(locs) && (joins(text[end:locs[i+1][0]]) || ofTheAfterHead(text[start:end], text[end:locs[i+1][0]]) || atAfterHead(text[start:end], text[end:locs[i+1][0]], text[locs[i+1][0]:locs[i+1][1]])) && !endsSentence(text[start:end]) && !opensAfterStop(text[start:end], text[locs[i+1][0]:locs[i+1][1]]):
			i++
		default:
			return i, end
		}
		end = locs[i][1]
	}
}

// unquotedWords are a name's words, a nickname's without its quotes:
// "\"Sonny\" Whitfield" is a given name's.
func unquotedWords(name string) []string {
	words := strings.Fields(name)
	for i, w := range words {
		words[i] = strings.Trim(w, nicknameQuotes)
	}
	return words
}

// leadingNickname is the length of the opening quote of a one-word
// nickname (nick) that a name's next word (next) follows ("\"Sonny\"
// Whitfield", "“Bud” Harris"), or 0.
func leadingNickname(text string, nick, next []int) int {
	before, gap := text[:nick[0]], text[nick[1]:next[0]]
	for _, q := range [][2]string{{`"`, `" `}, {"“", "” "}} {
		if open := strings.TrimSuffix(before, q[0]); open != before && gap == q[1] && (open == "" || strings.HasSuffix(open, " ")) {
			return len(q[0])
		}
	}
	return 0
}

// nicknameQuotes are the quotes a nickname inside a name is set in.
const nicknameQuotes = `"“”`

// quotedNickname reports whether a one-word nickname in quotes (nick)
// and a surname (next) follow a name's word that ends at end: "Virgil
// I. \"Gus\" Grissom", "Chesley “Sully” Sullenberger".
func quotedNickname(text string, end int, nick, next []int) bool {
	if strings.HasSuffix(text[:end], ".") && !corpus.MiddleInitial(text[:end], strings.TrimLeft(text[end:], " ")) {
		return false // "World War I. \"Sonny\" Whitfield": a new sentence's name
	}
	quote := leadingNickname(text, nick, next)
	return quote > 0 && nick[0]-quote == end+1 && !strings.ContainsAny(text[nick[0]:nick[1]], ".")
}

// nameConnectors may stand inside a name: "Division of Wildlife".
var nameConnectors = map[string]bool{"of": true, "de": true, "del": true, "di": true, "du": true, "van": true, "von": true, "al": true, "bin": true, "la": true, "le": true, "der": true, "da": true}

// calendarWords are capitalised but never names.
var calendarWords = lazyRE(`^(?:` + monthNames + `|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`)

// eraOfYear reports whether the capitalised word at text[start:end] marks
// the era of the number before it ("1300 BC", "79 A.D."): no name of
// anything.
func eraOfYear(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " ")
	return eraWords[strings.ReplaceAll(text[start:end], ".", "")] && before != "" && unicode.IsDigit(rune(before[len(before)-1]))
}

// eraWords mark a year's era.
var eraWords = map[string]bool{"BC": true, "BCE": true, "AD": true, "CE": true}

// calendarNamed reports whether a day's or a month's name at locs[i]
// opens a name ("Sunday Break", "June Carter"): a capitalised word
// follows it, a space apart and no calendar word itself, and no word of
// time stands before it ("On Sunday President Biden …", "in June
// Hale …").
func calendarNamed(text string, locs [][]int, i int) bool {
	if i+1 >= len(locs) || text[locs[i][1]:locs[i+1][0]] != " " || calendarWords.MatchString(text[locs[i+1][0]:locs[i+1][1]]) {
		return false
	}
	before := lastWords(text[:locs[i][0]], 1)
	return len(before) == 1 && !timePrepositions[strings.ToLower(before[0])] && !sentenceEnds(before[0]) // "… Lafayette. Wednesday Landry toured"
}

// timePrepositions are the words before a day or a month that make it a
// date: "on Sunday", "last May".
var timePrepositions = map[string]bool{"on": true, "in": true, "by": true, "since": true, "until": true, "till": true, "last": true, "next": true, "this": true, "that": true, "every": true, "early": true, "late": true, "mid": true, "from": true, "through": true, "before": true, "after": true, "during": true, "of": true, "each": true}

// nameSpans finds the names in a sentence: runs of capitalised words
// (with "of", "de" and the like inside), leaving out a sentence's first
// word when it is a common English word that is capitalised only for
// starting the sentence ("Researchers", "Five").
func nameSpans(text string) []span {
	var out []span
	locs := nameWord.FindAllStringIndex(text, -1)
	for i := 0; i < len(locs); i++ {
		start, end := locs[i][0], locs[i][1]
		if !wordStart(text, start) || calendarWords.MatchString(strings.TrimRight(text[start:end], ".")) && !calendarNamed(text, locs, i) || eraOfYear(text, start, end) {
			continue
		}
		lead := 0
		if i+1 < len(locs) {
			lead = leadingNickname(text, locs[i], locs[i+1])
		}
		if lead == 0 && sentenceStart(text, start) && commonWord(text[start:end]) && !headsName(text, start, end, locs[i+1:]) && !surnameIn(text, locs, i) && !opensPersonName(text, start, end, locs[i+1:]) {
			continue
		}
		if lead > 0 {
			// "\"Sonny\" Whitfield learned to fly": the nickname and its
			// quotes open the name.
			start -= lead
			i++
		}
		i, end = nameEnd(text, locs, i, start)
		t := strings.TrimRight(trimPossessive(text[start:end]), ".-’'")
		if n := len(out); n > 0 && generationSuffix[t] && text[out[n-1].end:start] == ", " {
			// "Joseph R. Biden, Jr." is one name; "Jr" alone is none.
			out[n-1].end = start + len(t)
			out[n-1].text = text[out[n-1].start:out[n-1].end]
			continue
		}
		out = append(out, span{start, start + len(t), t})
	}
	return joinAnd(text, out)
}

var (
	// personFrom matches a noun after "a" and the "from" before the
	// place it is from: "a man from ", "a retired teacher from ".
	personFrom = lazyRE(`\b(?:a|an)\s+(?:\pL+\s+)?(\pL+)\s+from\s+$`)
	// journeyFrom matches the start of a journey right before its
	// place: "was running from " New Addington to Wimbledon, which the
	// tram left, not where it derailed.
	journeyFrom = lazyRE(`(?i)\b(?:running|travell?ing|flying|sailing|heading|bound|departing|driving|en\s+route)\s+from\s+$`)
	// fromAsked matches a where-question that asks where from.
	fromAsked = lazyRE(`(?i)\bfrom\b`)
)

// placesAsAsked keeps the places of a text that answer where as the
// question asks it: by way of somewhere only when it asks so (wayAsked),
// and where someone is from only when it asks that: "the runner, a man
// from Grand Rapids, went down on Shoreline Boulevard" tells nothing of
// where he fell by Grand Rapids.
func placesAsAsked(q *question, text string, out []span) []span {
	if !asksHometown.MatchString(q.text) && !fromAsked.MatchString(q.text) {
		out = slices.DeleteFunc(out, func(s span) bool { return fromOfPerson(text[:s.start]) || journeyFrom.MatchString(text[:s.start]) })
	}
	if !namingAsked.MatchString(q.text) {
		// "known in the Philippines as Typhoon Helen" tells where a name
		// is used, not where anything happened.
		out = slices.DeleteFunc(out, func(s span) bool {
			return knownInBefore.MatchString(lookBehind(text, s.start)) && asAfter.MatchString(text[s.end:])
		})
	}
	return wayAsked(q, text, out)
}

var (
	// knownInBefore ends the text before a place where something goes by
	// a name: "known in ", "called locally in the ".
	knownInBefore = lazyRE(`(?i)\b(?:known|called|named|referred\s+to)\s+(?:locally\s+)?in\s+(?:the\s+)?$`)
	// asAfter opens the text after such a place: " as".
	asAfter = lazyRE(`^,?\s+as\b`)
	// namingAsked finds a where-question about a name: "where is it
	// known as Helen?", "where is it called that?".
	namingAsked = lazyRE(`(?i)\b(?:known|called|named|name)\b`)
)

// fromOfPerson reports whether the text before a place ends with a
// person and the "from" of where they are from: "a man from ".
func fromOfPerson(before string) bool {
	m := personFrom.FindStringSubmatch(before)
	return m != nil && lexicon.IsA(strings.ToLower(m[1]), "person")
}

// atAfterHead reports whether "at" joins a name ending in a building's or
// a sited institution's head word to the place it stands in (next, the
// capitalised word after "at"): "the Children's Hospital at Erlanger" is
// one name. Not after a body that goes anywhere ("the Metropolitan
// Police at Heathrow"), a person's name ("Tom Hale at Erlanger"), nor
// before a day or a time ("Wembley Stadium at Christmas").
func atAfterHead(name, gap, next string) bool {
	last := strings.ToLower(trimPossessive(lastWordOf(name)))
	next = strings.TrimRight(next, ".")
	return gap == " at " && (facilityHeads[last] || sitedHeads[last]) && !calendarWords.MatchString(next) && !timeName.MatchString(next)
}

// sitedHeads end the names of institutions that stand in one place, as
// buildings do.
var sitedHeads = map[string]bool{"university": true, "college": true, "laboratory": true, "observatory": true, "institute": true, "clinic": true, "zoo": true}

// timeName matches a capitalised word of a time that "at" may open: a
// holiday (holidays) or an hour.
var timeName = lazyRE(`^(?:` + holidays + `|Noon|Midnight)$`)

// ofTheAfterHead reports whether "of the" joins a name ending in an
// organisation's head word to the next: "University of the Azores",
// "Museum of the Rockies". After a person's name it does not: "Tom Hale
// of the Times" is two.
func ofTheAfterHead(name, gap string) bool {
	return gap == " of the " && orgHeads[strings.ToLower(lastWordOf(name))]
}

// generationSuffix are the words after a comma that end a person's name
// rather than name anyone: "Joseph R. Biden, Jr.".
var generationSuffix = map[string]bool{"Jr": true, "Sr": true, "Jnr": true, "Snr": true}

// surnameIn reports whether the capitalised word at locs[i], a common
// word opening its sentence, ends a name elsewhere in the text, after
// the name's other words: "Clay won the fight" names the "Cassius Clay"
// of the sentence before.
func surnameIn(text string, locs [][]int, i int) bool {
	w := trimPossessive(text[locs[i][0]:locs[i][1]])
	for j := 1; j < len(locs); j++ {
		if j != i && trimPossessive(text[locs[j][0]:locs[j][1]]) == w && text[locs[j-1][1]:locs[j][0]] == " " && !sentenceStart(text, locs[j][0]) {
			return true
		}
	}
	return false
}

// joinAnd joins two names around "and" when the second ends like an
// organisation's name ("Fish and Wildlife Service" is one name, "Smith
// and Burton" two) or both open with a compass point ("North and South
// Carolina"); around "for" when the first does ("Center for Near Earth
// Object Studies") or is an office ("Secretary of State for Wales");
// and around "in" when people are in a field ("National Society of
// Professional Engineers in Government", "Women in Aviation").
func joinAnd(text string, spans []span) []span {
	for i := 0; i+1 < len(spans); i++ {
		if j := firmRunEnd(text, spans, i); j > i {
			spans[i] = span{spans[i].start, spans[j].end, text[spans[i].start:spans[j].end]}
			spans = append(spans[:i+1], spans[j+1:]...)
			continue
		}
		a, b := spans[i], spans[i+1]
		words := strings.Fields(b.text)
		first := strings.Fields(a.text)
		if text[a.end:b.start] == " and " && (orgHeads[strings.ToLower(words[len(words)-1])] || compassPair(first, words) || secondField(first, words)) ||
			text[a.end:b.start] == " for " && (orgHeads[strings.ToLower(first[len(first)-1])] || officeName(a.text+" for "+b.text)) || // "Center for Near Earth Object Studies"
			text[a.end:b.start] == " in " && fieldOfPeople(first, words) ||
			spelledAfter(text, a, b) { // "Transport for London (TfL)"
			spans[i] = span{a.start, b.end, text[a.start:b.end]}
			spans = append(spans[:i+1], spans[i+2:]...)
		}
	}
	return spans
}

// spelledAfter reports whether two names a little word apart are one
// that the abbreviation in brackets right after them spells: "Transport
// for London (TfL)", "Society for the Prevention of Cruelty (SPC)".
func spelledAfter(text string, a, b span) bool {
	gap := strings.Fields(text[a.end:b.start])
	if len(gap) == 0 || len(gap) > 2 || slices.ContainsFunc(gap, func(w string) bool { return !stopWord(w) }) {
		return false
	}
	m := bracketedAbbreviation.FindStringSubmatch(text[b.end:])
	return m != nil && spells(m[1], text[a.start:b.end])
}

// saysShortForm reports whether a question says a short form: as
// written, or in any case when English hardly uses it as a word ("tfl",
// "opec", but not the "who" of "who approved it?" for "WHO", nor "act"
// for "ACT").
func saysShortForm(question, short string) bool {
	lower := strings.ToLower(short)
	return containsWords(question, short) || lexicon.Lookup(lower).Zipf() < 4 && containsWords(strings.ToLower(question), lower)
}

// spells reports whether an abbreviation spells a whole name by its
// initials, as an article's explained abbreviations are read
// (initialsEnding): "TfL" spells Transport for London, "SPC" the Society
// for the Prevention of Cruelty.
func spells(short, name string) bool {
	start, ok := initialsEnding(name, wordSpan.FindAllStringIndex(name, -1), short)
	return ok && start == 0
}

// bracketedAbbreviation matches an abbreviation in brackets right after
// a name: " (TfL)".
var bracketedAbbreviation = lazyRE(`^\s\((\p{Lu}\pL{1,9})\)`)

// firmRunEnd is the index of the last name of a firm named by its
// partners' surnames a comma apart, opening at spans[i] and closed by a
// company's suffix: "Wiss, Janney, Elstner Associates, Inc." is one firm,
// not three people; else i. Without the suffix such a run is a list
// ("Beyonce, Drake, Jonas Brothers and Adele").
func firmRunEnd(text string, spans []span, i int) int {
	k := i
	for k+1 < len(spans) && text[spans[k].end:spans[k+1].start] == ", " && !strings.Contains(spans[k].text, " ") {
		k++
	}
	if k == i || !strings.Contains(spans[k].text, " ") || !firmWord[strings.ToLower(lastWordOf(spans[k].text))] {
		return i
	}
	if k+1 < len(spans) && suffixAfterComma(text, spans[k], spans[k+1]) {
		return k + 1 // ", Inc.": "Citigroup, Barclays, Lehman Brothers" is a list
	}
	return i
}

// firmWord are the words that end a firm's name made of its partners'
// names.
var firmWord = map[string]bool{"associates": true, "partners": true, "brothers": true, "sons": true}

// firmSuffixNext matches a firm's suffix after a comma, right after its
// name: ", Inc.", ", LLC".
var firmSuffixNext = lazyRE(`^,\s+` + firmSuffixPattern + `(?:$|[\s,.;:)])`)

// firmSuffixPattern matches the words a firm's name ends with after a
// comma, as written: "Inc.", "LLC", not a county's "Co Mayo", a state's
// "CO", nor "co-founder".
const firmSuffixPattern = `(?:Inc\.?|INC\.?|Incorporated|Corp\.?|Ltd\.?|LTD\.?|Limited|LLC|L\.L\.C\.|LLP|PLC|plc|GmbH)`

// firmSuffixName matches a name that is a firm's suffix alone.
var firmSuffixName = lazyRE(`^` + firmSuffixPattern + `$`)

// suffixAfterComma reports whether name b, a comma after name a, is the
// one word that closes a company's name: the "Inc." of "Idaho Aquarium,
// Inc.".
func suffixAfterComma(text string, a, b span) bool {
	return text[a.end:b.start] == ", " && orgHeads[strings.ToLower(strings.TrimSuffix(b.text, "."))]
}

// secondField reports whether the name after "and" is the second field
// of an office named by its fields: "Ministry of Environment and
// Forestry", "Department of Health and Human Services", where "the
// Department of Energy and Boeing" are two.
func secondField(first, second []string) bool {
	of := slices.Index(first, "of")
	if of < 1 || !orgHeads[strings.ToLower(trimPossessive(first[of-1]))] {
		return false
	}
	return !slices.ContainsFunc(second, func(w string) bool { return !lexicon.Lookup(strings.ToLower(w)).Common() })
}

// compassRegion matches a region named by a compass point
// ("Northeast", "Midwest"), which WordNet relates to a country.
var compassRegion = lazyRE(`(?i)^(?:north|south|east|west|mid)`)

// compassPair reports whether two names around "and" share the rest of
// the second: "North and South Carolina".
func compassPair(first, second []string) bool {
	return len(first) == 1 && compassWord(first[0]) && len(second) > 1 && compassWord(second[0])
}

// compassWord reports whether a word is one of a compass point's, as names
// open with them ("North", "Northern").
func compassWord(w string) bool {
	switch strings.ToLower(w) {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western":
		return true
	}
	return false
}

// endsSentence reports whether a capitalised word closes its sentence
// ("Association." before "Based"): a full stop after more than an initial.
func endsSentence(w string) bool {
	last := w[strings.LastIndexAny(w, " ")+1:]
	if strings.HasSuffix(last, "..") || strings.HasSuffix(last, "…") {
		return true // "Here comes Birdstone... Birdstone surges past": an ellipsis ends the name
	}
	return strings.HasSuffix(last, ".") && utf8.RuneCountInString(last) > 3 && !strings.Contains(strings.TrimSuffix(last, "."), ".")
}

// opensAfterStop reports whether a capitalised word after one that ends
// with a full stop is a little word or an adverb, which opens a
// sentence, not a name's next word: "around 1300 BC. It was excavated"
// names no "BC. It", nor "Mission 51-L. However, the Committee" any
// "L. However".
func opensAfterStop(w, next string) bool {
	lw := strings.ToLower(next)
	pos := lexicon.Lookup(lw).POS
	return strings.HasSuffix(w, ".") && (stopWord(lw) || pos&lexicon.Adverb != 0 && pos&lexicon.Noun == 0)
}

// hyphenedParticle matches the lower-case particle joined by a hyphen to
// the next word of an Arabic name: " al-", " el-", " bin-", " bint-".
var hyphenedParticle = lazyRE(`^ (?:al|el|ad|ar|as|ash|at|az|bin|bint|ibn|abu|abd|ul|ud)-$`)

// joins reports whether the text between two capitalised words keeps them
// in one name: a space, an en dash or an ampersand, a hyphened particle,
// or one or two connector words between spaces.
func joins(gap string) bool {
	if gap == " " || gap == "–" || gap == " & " {
		// "Fort Lauderdale–Hollywood International Airport", "Siebe
		// Gorman & Company Ltd": an en dash or an ampersand between
		// capitalised words joins them into one name.
		return true
	}
	if hyphenedParticle.MatchString(gap) {
		return true // "Jalal al-Rowaishan", "Adel al-Jubeir"
	}
	// One connector ("Rio de Janeiro", "Bank of America") or two
	// ("Santa Cruz de la Sierra", "Rue de la Paix").
	f := strings.Fields(gap)
	return len(f) >= 1 && len(f) <= 2 && strings.HasPrefix(gap, " ") && strings.HasSuffix(gap, " ") && !slices.ContainsFunc(f, func(w string) bool { return !nameConnectors[w] })
}

func wordStart(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// sentenceStart reports whether a word opens its sentence, quotes and
// dashes aside.
func sentenceStart(text string, i int) bool {
	if opened := strings.TrimRightFunc(text[:i], unicode.IsSpace); strings.HasSuffix(opened, "“") || strings.HasSuffix(opened, "‘") || strings.HasSuffix(opened, "\"") {
		return true // a quote opens a sentence: “Even the Bat Lady…”
	}
	before := strings.TrimRightFunc(text[:i], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"“‘'(–—-", r)
	})
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(".!?:;”’\"", r)
}

// headsName reports whether a sentence's capitalised first word, a
// common noun, runs straight into a name and is part of it: "Ravens Book
// Club", "Hurricane Dorian". Words that are not nouns ("Many Puerto
// Ricans", "When Dorian hit") only open the sentence.
func headsName(text string, start, end int, next [][]int) bool {
	w := strings.ToLower(text[start:end])
	if len(next) == 0 || text[end:next[0][0]] != " " || determiner[w] || leadingConnective[w] {
		return false // "An NTSB team": "An" is no part of the name, nor "Despite" of "Despite Birdstone's win"
	}
	return lexicon.Lookup(w).POS&lexicon.Noun != 0
}

// leadingConnective are the prepositions and conjunctions a sentence may
// open with before a name, which WordNet also has as rare nouns ("the
// like", "in despite of"): "Like Adelaide, Richmond …" names Adelaide.
var leadingConnective = map[string]bool{"like": true, "unlike": true, "despite": true, "after": true, "before": true, "during": true, "since": true, "until": true, "although": true, "though": true, "while": true, "because": true, "with": true, "without": true, "following": true, "including": true, "against": true, "amid": true, "besides": true, "beyond": true, "throughout": true, "toward": true, "towards": true, "upon": true, "via": true, "per": true, "as": true, "once": true, "whereas": true}

// opensPersonName reports whether a sentence's first word is a given
// name that WordNet lacks as a common word, right before a word that is
// no common one either (a surname): "Charlie Cameron scored", whose
// "Charlie" film subtitles say so often that it looked like an ordinary
// word, leaving "Cameron" alone and of no kind. Not "My Mom saved my
// life": "my" is a stop word and "Mom" a common noun.
func opensPersonName(text string, start, end int, next [][]int) bool {
	w := strings.ToLower(text[start:end])
	if len(next) == 0 || text[end:next[0][0]] != " " || stopWord(w) || determiner[w] {
		return false
	}
	surname := strings.ToLower(trimPossessive(text[next[0][0]:next[0][1]]))
	return lexicon.GivenName(w) && lexicon.Lookup(w).POS == 0 && !lexicon.Lookup(surname).Common()
}

// commonWord reports whether a capitalised word is an ordinary English word
// rather than a name: WordNet has it, not as a name, and English uses it
// often. Film subtitles use first names often too ("Layne", "Christine"),
// so a word only SUBTLEX-US knows must be very common to count.
func commonWord(w string) bool {
	lw := strings.ToLower(trimPossessive(w))
	x := lexicon.Lookup(lw)
	return x.Common() && x.Zipf() > 2.5 || x.Zipf() > 4.5
}

func trimPossessive(s string) string {
	for _, p := range []string{"’s", "'s"} {
		if strings.HasSuffix(s, p) {
			return s[:len(s)-len(p)]
		}
	}
	return s
}

// orgOf reports whether a name is an organisation's in its "X of Y" or
// "X for Y" form: "Department of Conservation", "Center for Near Earth
// Object Studies".
func orgOf(words []string) bool {
	for i := 1; i < len(words); i++ {
		if (words[i] == "of" || words[i] == "for") && orgHeads[strings.ToLower(trimPossessive(words[i-1]))] {
			return true
		}
	}
	return false
}

// nounAfter reports whether a name runs straight into a noun that the
// words after it are about: in "a Birmingham resident who …" the
// resident is the one who, and Birmingham only says where.
func nounAfter(rest string, after []string) bool {
	if len(after) == 0 || !strings.HasPrefix(rest, " "+after[0]) {
		return false
	}
	w := strings.ToLower(after[0])
	x := lexicon.Lookup(w)
	return x.POS&lexicon.Noun != 0 && x.POS&lexicon.Adverb == 0 && !verbForm(w) && !hasWord(after[:1], speechOrWho...)
}

// nameKind guesses what a name found in a sentence is: "person",
// "organisation", "place" or "" when the sentence does not tell.
func nameKind(text string, s span) string {
	words := unquotedWords(s.text)
	if len(words) == 1 && ordinalBefore.MatchString(text[:s.start]) && strings.ToUpper(s.text) == s.text {
		return "organisation" // "Pfc. Oniel Gillespie, 133rd CSC, said": CSC is his unit
	}
	if officeName(s.text) {
		return "person" // "Secretary of State for Wales": an office, which someone holds
	}
	if firmSuffixNext.MatchString(text[s.end:]) {
		return "organisation" // "HK Contractors, INC", "Idaho Aquarium, Inc."
	}
	last := lastNameWord(s.text)
	if orgHeads[last] || lexicon.Lookup(last).Kind == "organisation" && len(words) > 1 || orgOf(words) {
		return "organisation"
	}
	if placeHeads[last] && len(words) > 1 {
		return "place"
	}
	if nameAfterTitle(s.text) != "" {
		return "person" // "United States District Court Judge Jose E. Martinez"
	}
	before := lastWords(text[:s.start], 3)
	prev := before[max(0, len(before)-1):] // the word right before, or none
	if title, ok := strings.CutSuffix(strings.TrimRight(text[:s.start], " "), "."); ok && strings.TrimSpace(title) != "" && corpus.AbbreviatedTitle(lastWordOf(title)) {
		return "person" // "Pfc. Oniel Gillespie", "Dr. Ann Lee"
	}
	if eventNamed(text, s, words) {
		return "event" // "the Strawberry Fire", "the Halifax Explosion": no one
	}
	after := firstWords(text[s.end:], 2)
	// "a scientist at the laboratory in Southern California who …": the
	// "who" is the scientist's.
	inPlace := hasWord(prev, "in", "near", "across", "around", "throughout")
	switch {
	case hasWord(before, speechVerbs...) || !inPlace && hasWord(after, speechOrWho...) && !nounAfter(text[s.end:], after):
		return "person"
	case !hasWord(prev, placePrepositions...) && personBefore(lastWords(inClause(text[:s.start]), 3)) || appositivePerson(text[s.end:]):
		// "biologist Ann Lee", but not "officials at Hobe Sound NWR"
		return "person"
	}
	if placeAfterPlace.MatchString(lookBehind(text, s.start)) && setOff.MatchString(text[s.end:]) {
		// "at Granville, New South Wales, a suburb": where Granville is;
		// not "in Florida, Columbia touched down"
		return "place"
	}
	if placeInState(text[s.end:]) || labelledPlace(text, s) {
		// "in Hampton, Virginia", though WordNet knows a Lionel Hampton;
		// "Glen Ellyn, Illinois", though Glen is a given name; "her home
		// state of North Carolina".
		return "place"
	}
	if len(words) == 1 {
		x := lexicon.Lookup(strings.ToLower(s.text))
		if x.Kind == "person" && hasWord(prev, "in", "near") {
			return "place" // "based in Raleigh", though WordNet knows Walter Raleigh first
		}
		if x.Kind != "" && x.Capital {
			return x.Kind
		}
	}
	if givenNamed(words) {
		return "person" // "trained by Bob Lund and ridden by Victor Ortiz"
	}
	return placeByPreposition(text, s, before)
}

// placeByPreposition is the kind of a name nothing else told, by the
// word before it: "place" after "in", "at", "near" and the like, else
// "".
func placeByPreposition(text string, s span, before []string) string {
	prev := before[max(0, len(before)-1):]
	one := len(unquotedWords(s.text)) == 1
	if one && lexicon.IsA(strings.ToLower(s.text), "discipline") {
		return "" // "the Meridian Prize in Physics": a field, no place
	}
	if one && countryOf(s.text) != "" && !compassRegion.MatchString(s.text) {
		return "" // "in Icelandic" is a language, no place; "in the Northeast" is one
	}
	if one && numberAfter.MatchString(text[s.end:]) && lexicon.Lookup(strings.ToLower(s.text)).Common() {
		return "" // "in Week 15", "in Game 7": a common word numbered, no place
	}
	if hasWord(prev, "from", "to") && possessiveNext(text[s.end:]) {
		return "" // "from Shackleton's expedition": whose, not where
	}
	if hasWord(prev, "in", "at", "near", "from", "around", "across", "to") || hasWord(prev, "the") && len(before) > 1 && hasWord(before[len(before)-2:len(before)-1], "in", "at", "near") {
		return "place" // "in Fakenham", "at the Fakenham sewage works"
	}
	return ""
}

// numberAfter matches a number right after a name: "Week 15".
var numberAfter = lazyRE(`^\s\d`)

// placeAfterPlace matches a place the text sets something in ("at
// Granville") and the comma after it, right before the name of the
// place it is in.
var placeAfterPlace = lazyRE(`\b(?:in|at|near)\s+(?:\p{Lu}[\pL’'.-]*\s+){0,3}\p{Lu}[\pL’'.-]*,\s+$`)

// setOff matches the comma or stop that ends a name set off in its
// sentence.
var setOff = lazyRE(`^(?:[,.;:)]|$)`)

// placeInState reports whether the text after a name is a comma and a
// state or country that ends a name there: "Hampton, Virginia,
// provided", "Lafayette, Indiana received" (not "Hale, Virginia
// Governor").
func placeInState(after string) bool {
	m := stateAfter.FindStringSubmatch(after)
	return m != nil && stateOrCountry(m[1])
}

// stateAfter matches a comma and a capitalised word that ends a phrase;
// group 1 is the word.
var stateAfter = lazyRE(`^,\s+(\p{Lu}\pL+)(?:[,.;:)]|\s+[–—-]|\s+\p{Ll}|$)`)

// initial matches a name's initial: "A." of "A. J. Cummings".
var initial = lazyRE(`^\p{Lu}\.$`)

// givenNamed reports whether a name of two to four words opens with a
// given name (its accents aside: "Moisés" is "Moises") or an initial,
// and so is a person's ("Kenneth McPeek", "Gary Drake"): the
// first word is a name and no common word, or else the last is none
// ("Bob Lund"), and every word is capitalised. "Rose Bowl" and "Hope
// Diamond" open with a given name too, but go on in common words.
func givenNamed(words []string) bool {
	if i := slices.IndexFunc(words, func(w string) bool { return trimPossessive(w) != w }); i >= 0 {
		words = words[:i+1] // "Nick Saban's Alabama": Nick Saban is the person
	}
	if len(words) < 2 || len(words) > 4 || !lexicon.GivenName(withoutMarks(words[0])) && !initial.MatchString(words[0]) || slices.ContainsFunc(words, func(w string) bool { return !opensWithCapital(w) }) {
		return false // "Monte del Estado" is a forest
	}
	notCommon := func(w string) bool {
		x := lexicon.Lookup(strings.ToLower(strings.Trim(w, ".,;:'’")))
		return x.POS == 0 || x.Capital || x.Kind == "person"
	}
	last := strings.ToLower(trimPossessive(strings.Trim(words[len(words)-1], ".,;:")))
	if placeOpeners[strings.ToLower(words[0])] || placeHeads[last] || orgHeads[last] || facilityHeads[last] {
		return false // "North Carolina", "Victoria Station", "Grace Hospital"; not "Rosa Parks", "Jack Hill"
	}
	// A given name that is a place's too ("Florida", "Georgia") opens a
	// person's name only before a surname that is no common word:
	// "Virginia Woolf", but not "the Florida Keys refuges".
	first := notCommon(words[0]) && lexicon.Lookup(strings.ToLower(words[0])).Kind != "place"
	return first || notCommon(words[len(words)-1])
}

var (
	// placeOpeners open places' names and are no one's given name in
	// the news, though the name lists have some ("North", "West").
	placeOpeners = map[string]bool{"north": true, "south": true, "east": true, "west": true, "new": true, "fort": true, "port": true, "mount": true, "saint": true, "lake": true, "cape": true}
	// facilityHeads end the names of buildings and works, which a given
	// name may open ("Victoria Station"); surnames that are also such
	// words ("Hall", "Hill", "Parks") are left out.
	facilityHeads = map[string]bool{"station": true, "hospital": true, "airport": true, "stadium": true, "arena": true, "bridge": true, "street": true, "avenue": true, "road": true, "highway": true, "school": true, "academy": true, "cathedral": true, "museum": true, "library": true, "center": true, "centre": true, "hotel": true, "falls": true, "canyon": true, "harbor": true, "harbour": true, "terminal": true, "dam": true, "bowl": true, "diamond": true}
)

// placePrepositions are the words right before a name that make it where
// someone is or comes from, not who they are.
var placePrepositions = []string{"at", "in", "of", "from", "near", "for", "with", "to", "on"}

// nameAfterTitle is the person's name of a name that is a title and then
// that name, every word of it capitalised and the first no common word
// ("Jose E. Martinez" of "District Court Judge Jose E. Martinez"), or ""
// for any other name ("Secretary of Defense Performance-Based
// Logistics", "National Fisheries Council").
func nameAfterTitle(name string) string {
	title := titleOf(name)
	if title == "" {
		return ""
	}
	person := strings.TrimSpace(strings.TrimPrefix(name, title))
	rest := strings.Fields(person)
	if len(rest) == 0 || slices.ContainsFunc(rest, func(w string) bool { return !opensWithCapital(strings.Trim(w, nicknameQuotes)) }) {
		return ""
	}
	// A given name is no common word: "National Fisheries Council" is
	// no national called Fisheries Council; and a surname is no head of
	// an institution's name ("Bishop Kelley High School").
	x := lexicon.Lookup(strings.ToLower(rest[0]))
	last := strings.ToLower(strings.Trim(rest[len(rest)-1], ",."))
	if x.Common() && !lexicon.GivenName(rest[0]) || orgHeads[last] || placeHeads[last] || lexicon.Lookup(last).Kind == "organisation" {
		return ""
	}
	return person
}

// speechVerbs attribute words to the person named next to them; one
// list for every rule that reads who said what. Forms that are nouns
// too ("states", "notes") are not in it: "two states, Virginia …" names
// no speaker.
var speechVerbs = []string{"said", "says", "say", "told", "tells", "explained", "explains", "added", "adds", "noted",
	"recalled", "recalls", "warned", "warns", "wrote", "writes", "stated", "asked", "asks", "announced", "announces"}

// speechOrWho is speechVerbs and "who", the words after a name that
// say it is a person's.
var speechOrWho = append(slices.Clip(speechVerbs), "who")

// littleRoleStop are the little words no role runs across.
var littleRoleStop = map[string]bool{"and": true, "the": true, "a": true, "an": true}

// thinkVerbs report what someone thinks or claims, which opens a
// reported clause as a word of saying does.
var thinkVerbs = []string{"think", "thinks", "thought", "believe", "believes", "believed", "claim", "claimed"}

// askedOfSpeaker are the other verbs "who …" asks of a speaker: "who
// states …" and "who called it …" ask who said it, though "states" and
// "calls" are nouns too.
var askedOfSpeaker = []string{"states", "notes", "claims", "called", "calls", "described", "describes", "compared"}

// wordsPattern is a regexp alternation of words.
func wordsPattern(lists ...[]string) string {
	return strings.Join(slices.Concat(lists...), "|")
}

// inClause is the end of a text from its last comma, colon or full stop
// when a name ends the clause before it: "Darryl Burton, a" says nothing
// of the name after it, while "her graduate student, Joey" says Joey is
// a person.
func inClause(before string) string {
	i := strings.LastIndexAny(before, ",;:.")
	if i < 0 {
		return before
	}
	if prev := lastWords(before[:i], 1); len(prev) == 1 && !unicode.IsUpper([]rune(prev[0])[0]) {
		return before
	}
	return before[i+1:]
}

// personBefore reports whether words before a name say it is a person:
// a noun for a person ("biologist", "manager", "Bat Lady").
func personBefore(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return personNoun(strings.ToLower(w)) })
}

// newRoleIn reports whether words hold one of newRoles after a word
// that says what of ("technical and camera lead"): "took the lead" and
// "noting that lead levels fell" have none.
func newRoleIn(words []string) bool {
	for i := 1; i < len(words); i++ {
		if newRoles[strings.ToLower(words[i])] && saysWhatOf(words[i-1]) {
			return true
		}
	}
	return false
}

// appositionBefore is the noun phrase a name stands in apposition to
// when it comes before the name ("According to the chief representative
// of the cable car company, Jean-Charles Simiand, …"), if its head is a
// noun for a person; else "".
func appositionBefore(text string) string {
	if end := endOf(text, nameReach); len(end) < len(text) {
		// The phrase is short: only the text's end is read (endOf).
		// The NUL before it is no start of text for phraseBeforeName's
		// "^".
		text = "\x00" + end
	}
	m := phraseBeforeName.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	head := m[1]
	if i := strings.Index(head, " of "); i > 0 {
		head = head[:i]
	}
	f := strings.Fields(head)
	last := strings.ToLower(f[len(f)-1])
	if !personNoun(last) || lexicon.Base(last) != last || clauseOpens(strings.Fields(m[1])) {
		return "" // nor is "With all of the other members of the expedition, Rickinson …" one person's aside
	}
	return m[1]
}

// endOf is the end of a text from a word's start, some n bytes or a
// little fewer, or all of it when it is shorter: what the words before a
// name are read from, so a paragraph of many names costs its length,
// not its square.
func endOf(text string, n int) string {
	if cut := len(text) - n; cut > 0 {
		if i := strings.IndexByte(text[cut:], ' '); i >= 0 {
			return text[cut+i:]
		}
	}
	return text
}

// startOf is the start of a text up to a word's end, some n bytes or a
// little fewer, or all of it when it is shorter (endOf's other end).
func startOf(text string, n int) string {
	if len(text) <= n {
		return text
	}
	if i := strings.LastIndexByte(text[:n], ' '); i > 0 {
		return text[:i]
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n-- // no word break: at least no letter cut in two
	}
	return text[:n]
}

// nameReach is how much of the text before or after a name the
// readings of its role and apposition read, in bytes (endOf, startOf):
// more than a role of four words and its owner, an apposition's four
// words, or phraseBeforeName's match take.
const nameReach = 200

// phraseBeforeName matches a noun phrase and a comma at the end of a
// text, opened by a determiner at the start of a clause.
var phraseBeforeName = lazyRE(`(?:^|[,.;:]\s+|\b(?:to|by|from|with|and|of)\s+)((?i:the|a|an|his|her|their|its)\s+[^,.;:“”"]{2,80}),\s*$`)

// clauseOpens reports whether the words after a name's comma run on as a
// clause, not an apposition: "Bruce McCandless III, said his father …",
// "Jean-Charles Simiand, the aerial tramway was built in 1981".
func clauseOpens(words []string) bool {
	if w := strings.ToLower(words[0]); w == "who" || w == "whose" {
		return false // "biologist Pete Tuttle, who had 25 years …" goes on about him
	}
	for i, w := range words[:min(4, len(words))] {
		lw := strings.ToLower(strings.Trim(w, ",.;:“”\""))
		if auxiliary[lw] || hasWord([]string{lw}, speechVerbs...) || i == 0 && pastEd(lw) || i > 0 && irregularVerb(lw) {
			return true
		}
	}
	return false
}

// irregularVerb reports whether a word is an irregular form of a verb
// ("became", "took"), which no noun phrase holds.
func irregularVerb(w string) bool {
	base := lexicon.IrregularForm(w)
	return base != "" && base != w && lexicon.Lookup(base).POS&lexicon.Verb != 0 && lexicon.Lookup(w).POS&lexicon.Noun == 0
}

// joinsClause are the words a clause after a name's comma may open with
// that make it no apposition: "the conductor George McKeon, but both
// were familiar with the area".
var joinsClause = func() map[string]bool {
	out := map[string]bool{"and": true, "or": true, "nor": true, "so": true, "because": true}
	for _, w := range strings.Split(contrastWords, "|") {
		out[w] = true // "but", "yet", "although", …: the list the clauses of contrast are read by
	}
	return out
}()

// personNoun reports whether a noun names a person: WordNet says so, or
// that it is one who operates a machine ("motorman", "driver"), which
// WordNet files under agents, not people.
func personNoun(w string) bool {
	return lexicon.Lookup(w).Kind == "person" || lexicon.IsKindOf(w, "operator")
}

// describedInApposition reports whether a name stands in the words set
// off after another name to say what that one is, and the sentence goes
// on with a verb of which the first is the subject: "ORL, a division of
// Lakeview University, manages the network".
func describedInApposition(text string, before, s span) bool {
	if before.end > s.start {
		return false
	}
	m := appositionOpens.FindString(text[before.end:s.start])
	if m == "" || len(m) != s.start-before.end {
		return false
	}
	verb := verbAfterApposition.FindStringSubmatch(text[s.end:])
	return verb != nil && pastOrVerbForm(verb[1]) // "manages", not "as" or "this"
}

// asksOfApposition reports whether a question says a word of the
// apposition between two names, and so asks of what it says: "whose
// daughter sued the city?" of "Ada Kerr, the daughter of Senator Tom
// Reed, sued the city".
func (e *Engine) asksOfApposition(q *question, apposition string) bool {
	return slices.ContainsFunc(wordRe.FindAllString(apposition, -1), func(w string) bool {
		return !stopWord(strings.ToLower(w)) && e.saysAskedWord(q, w)
	})
}

// appositionOpens matches the words between a name and one named in its
// apposition: ", a division of ", ", the parent company of ".
var appositionOpens = lazyRE(`^,\s+(?:a|an|the)\s+[^,;.()]*$`)

// verbAfterApposition matches the close of an apposition, past the
// places it may name ("in Pasadena, California"), and the verb after it:
// ", manages".
var verbAfterApposition = lazyRE(`^[^,;.()]{0,40}(?:,\s+\p{Lu}[\pL.’'-]*(?:\s+\p{Lu}[\pL.’'-]*){0,3})*,\s+(\p{Ll}+(?:s|ed))\b`)

// participleClause reports whether two words open a clause of a past
// participle and its preposition ("established in", "located on"),
// which tells of the name before it, not who it is. "Established" is a
// lemma of its own to WordNet, so its verb is looked up without "-ed".
func participleClause(w, next string) bool {
	if !strings.HasSuffix(w, "ed") || !slices.Contains(placePrepositions, next) && next != "by" && next != "as" {
		return false
	}
	stem := w[:len(w)-2]
	return lexicon.Lookup(stem).POS&lexicon.Verb != 0 || lexicon.Lookup(stem+"e").POS&lexicon.Verb != 0
}

// appositivePerson reports whether a name is followed by a comma and a
// noun for a person: "Muller, owner and founder of …", "Burton, a
// Birmingham resident".
func appositivePerson(after string) bool {
	rest, ok := strings.CutPrefix(strings.TrimLeft(after, "’'s"), ", ")
	if !ok {
		return false
	}
	rest = startOf(rest, nameReach) // only its first words are read: a list of many names costs its length
	if cut := strings.IndexAny(rest, ".;:"); cut >= 0 {
		rest = rest[:cut] // "Marana, Arizona, in 1982. Arizona Governor …": no apposition
	}
	// A rare capitalised word after the comma is a name opening a
	// clause, no noun for a person: "departure from Camp LXV, Brahe met
	// with …" (WordNet's Brahe is a person) says nothing of the camp;
	// "Smith, President of the club" still has its noun.
	words := slices.DeleteFunc(firstWords(rest, 4), func(w string) bool { return opensWithCapital(w) && !commonWord(w) })
	if len(words) > 0 && opensAdverbial(strings.ToLower(words[0])) {
		return false // "in Townsville, alongside Minister …": no apposition
	}
	if len(words) > 1 && participleClause(strings.ToLower(words[0]), strings.ToLower(words[1])) {
		return false // "the Key West NWR, established in 1908 by President …": a clause about it
	}
	return personBefore(words)
}

// opensAdverbial reports whether a word after a name's comma opens a
// phrase of place, time or company rather than a noun phrase set beside
// the name: "alongside", "near", "with", "after". A conjunction is none:
// "of Dover, and his son Tobias" goes on to another person.
func opensAdverbial(w string) bool {
	x := lexicon.Lookup(w)
	return slices.Contains(placePrepositions, w) || x.Known() && x.POS&(lexicon.Noun|lexicon.Adjective|lexicon.Verb) == 0 && !determiner[w] && !joinsClause[w]
}

// orgHeads and placeHeads end the names of organisations and places.
var (
	orgHeads = map[string]bool{
		"group": true, "service": true, "department": true, "university": true, "agency": true,
		"council": true, "ministry": true, "committee": true, "association": true, "office": true,
		"company": true, "inc": true, "corp": true, "fund": true, "foundation": true, "society": true,
		"institute": true, "administration": true, "commission": true, "bureau": true, "network": true,
		"party": true, "trustees": true, "club": true, "federation": true, "organization": true,
		"organisation": true, "board": true, "division": true, "center": true, "centre": true,
		"program": true, "programme": true, "co": true, "corporation": true, "coalition": true,
		"incorporated": true, "ltd": true, "limited": true, "llc": true, "plc": true,
		"alliance": true, "partnership": true, "authority": true, "conservancy": true, "trust": true,
		"union": true, "league": true, "laboratory": true, "academy": true, "college": true,
		"museum": true, "hospital": true, "court": true, "congress": true, "senate": true,
		"parliament": true, "government": true, "police": true, "army": true, "navy": true,
	}
	placeHeads = map[string]bool{
		"lake": true, "river": true, "island": true, "islands": true, "county": true, "beach": true,
		"bay": true, "coast": true, "mountain": true, "mountains": true, "park": true, "city": true,
		"state": true, "valley": true, "forest": true, "sea": true, "ocean": true, "gulf": true,
		"refuge": true, "reserve": true, "cave": true, "street": true, "province": true, "region": true,
	}
)

// lastWords are the last n runs of letters of a text, read from its end
// only as far as they reach: the text before a name may be a whole
// paragraph, and a paragraph of many names must not cost its square.
func lastWords(s string, n int) []string {
	var out []string
	end, i := -1, len(s)
	for i > 0 && len(out) < n {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		switch letter := unicode.IsLetter(r); {
		case letter && end < 0:
			end = i
		case !letter && end >= 0:
			out = append(out, s[i:end])
			end = -1
		}
		i -= size
	}
	if end >= 0 && len(out) < n {
		out = append(out, s[i:end])
	}
	slices.Reverse(out)
	return out
}

// firstWords are the first n runs of letters of a text, read only as far
// as they reach (see lastWords).
func firstWords(s string, n int) []string {
	var out []string
	start := -1
	for i, r := range s {
		if len(out) == n {
			break
		}
		switch letter := unicode.IsLetter(r); {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 && len(out) < n {
		out = append(out, s[start:])
	}
	return out
}

func hasWord(words []string, any ...string) bool {
	for _, w := range words {
		for _, a := range any {
			if strings.EqualFold(w, a) {
				return true
			}
		}
	}
	return false
}

// numbers finds the numbers in a sentence with the words after them
// (up to punctuation, at most seven: "four Elm Bay Comet V passenger
// cars" counts cars), leaving out years and the numbers
// of dates and designations ("June 28", "KX-7"), but not those of a
// date told from another ("nine years later", "30 years ago").
func numbers(text string) []span { return numbersAt(text, dateIn.FindAllStringIndex(text, -1)) }

// numbersAt is numbers given where dateIn matches the text.
func numbersAt(text string, dateLocs [][]int) []span {
	dates := slices.DeleteFunc(slices.Clone(dateLocs), func(loc []int) bool {
		// "nine years later" counts years, "1650 portions" portions
		return relativeDate.MatchString(text[loc[0]:loc[1]]) || yearIsCount(text, span{loc[0], loc[1], text[loc[0]:loc[1]]})
	})
	var out []span
	for _, loc := range numberIn.FindAllStringIndex(text, -1) {
		if inside(loc, dates) || designation(text, loc[0]) || ordinalOfUnit(text[loc[1]:]) {
			continue // "the 10th Mountain Division" counts no divisions
		}
		rest := text[loc[1]:]
		if cut := phraseBreak(rest); cut >= 0 {
			rest = rest[:cut]
		}
		if cut := anotherCount(rest); cut >= 0 {
			rest = rest[:cut]
		}
		end := loc[1]
		if words := wordSpan.FindAllStringIndex(rest, 7); len(words) > 0 {
			end += words[len(words)-1][1]
		}
		start := loc[0]
		if before := lookBehind(text, start); betweenBefore.MatchString(before) && andNumber.MatchString(rest) {
			start -= len(betweenBefore.FindString(before)) // "between 20 and 30 dogs"
		} else if first := offeredBefore(out, before, start); first >= 0 {
			start = first // "30 or 40 more amino acids" counts 30 or 40
			out = out[:len(out)-1]
		}
		phrase := strings.Join(strings.Fields(text[start:end]), " ")
		out = append(out, span{start, end, phrase})
	}
	return out
}

// offeredBefore is where the count the last of out (the numbers read
// so far) starts when it is the first of two numbers offered for one
// count, "or" between them right before start ("30 or 40 more amino
// acids", "about 30 or 40"); -1 otherwise, as when the number before
// "or" is a date's ("by Sept. 30 or 800,000 workers will be
// furloughed") and so read as no number.
func offeredBefore(out []span, before string, start int) int {
	m := numberOrBefore.FindString(before)
	if m == "" || len(out) == 0 {
		return -1
	}
	at, last := start-len(m), out[len(out)-1]
	if last.start > at || at >= last.end {
		return -1
	}
	return last.start
}

// dayRangeTo joins the first day of a range of days to its last, in a
// date: "28–29 August", "28 and 29 August", "August 28 to 30".
const dayRangeTo = `(?:\s*[-–]\s*|\s+(?:and|to|&)\s+)`

var (
	// betweenBefore is the "between" that opens a range, right before its
	// first number.
	betweenBefore = lazyRE(`(?i)\bbetween\s+$`)
	// andNumber opens a range's second number after its first, in
	// figures or words ("between five and ten boats").
	andNumber = lazyRE(`(?i)^\s+and\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\b)`)
	// numberOrBefore is a number and "or" right before another number:
	// the first of two a text offers ("30 or 40", "two or three"); not
	// after a comma, which restates the number ("killed 12, or 40
	// percent of the village").
	numberOrBefore = lazyRE(`(?i)\b(?:\d(?:[\d,]*\d)?(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+or\s+$`)
)

// ordinalOfUnit reports whether the text after a number's digits makes
// it the ordinal of a unit's name ("10th Mountain Division", "3rd
// Brigade Combat Team"): it counts nothing. "The 24th Grand Slam title"
// and "the 10th lighthouse" still tell how many.
func ordinalOfUnit(after string) bool {
	m := ordinalName.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	words := strings.Fields(m[1])
	last := strings.ToLower(words[len(words)-1])
	return orgHeads[last] || ordinalNameHeads[last] || lexicon.Lookup(last).Kind == "organisation"
}

// ordinalNameHeads end names that an ordinal numbers, beside the
// organisations': "4th Marine Aircraft Wing", "7th Fleet", "19th
// Amendment", "5th Avenue" count no wings, fleets, amendments or avenues.
var ordinalNameHeads = map[string]bool{
	"wing": true, "fleet": true, "corps": true, "squadron": true, "regiment": true, "battalion": true,
	"brigade": true, "platoon": true, "flotilla": true, "battery": true, "infantry": true, "cavalry": true,
	"airborne": true, "amendment": true, "street": true, "avenue": true, "district": true, "precinct": true,
}

// ordinalName is an ordinal's suffix and the capitalised words after it.
var ordinalName = lazyRE(`^(?i:st|nd|rd|th)((?:\s+\p{Lu}[\pL-]*)+)`)

// phraseBreak is where the words after a number stop counting with it:
// at punctuation, but not at the comma or point inside the next number
// ("65,000 and 102,000 birds") nor at an abbreviation's points; -1 when nothing stops them.
func phraseBreak(rest string) int {
	for i, r := range rest {
		if !strings.ContainsRune(".,;:!?()—–\"“”", r) {
			continue
		}
		if (r == ',' || r == '.') && i > 0 && isDigit(rest[i-1]) && i+1 < len(rest) && isDigit(rest[i+1]) {
			continue
		}
		if r == '.' && abbreviationDot(rest, i) {
			continue // "four U.S. Army Soldiers"
		}
		if r == ',' && modifiersAround(rest[:i], rest[i+1:]) {
			continue // "four stadium-sized, scientific balloons"
		}
		return i
	}
	return -1
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// modifiersAround reports whether a comma after a number joins two
// describing words of the noun it counts ("four stadium-sized, scientific
// balloons"): before it, only such words since the number; after it,
// one more.
func modifiersAround(before, after string) bool {
	words := strings.Fields(before)
	next, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	if len(words) == 0 || len(words) > 2 || next == "" || strings.ContainsAny(next, "0123456789") {
		return false // "1,285-foot-long, 175-foot-high" are two measures
	}
	for _, w := range append(words, next) {
		if !modifierWord(w) {
			return false
		}
	}
	return true
}

// modifierWord reports whether a word only describes: an adjective
// English knows as no noun, or a hyphenated compound ("stadium-sized").
func modifierWord(w string) bool {
	lw := strings.ToLower(w)
	if strings.Contains(strings.Trim(lw, "-"), "-") {
		return true
	}
	x := lexicon.Lookup(lw)
	return x.POS&lexicon.Adjective != 0 && x.POS&lexicon.Noun == 0
}

// wordSpan is a run of anything but spaces: a word with its punctuation.
var wordSpan = lazyRE(`[^\s]+`)

func inside(loc []int, spans [][]int) bool {
	for _, s := range spans {
		if loc[0] >= s[0] && loc[1] <= s[1] {
			return true
		}
	}
	return false
}

// designation reports whether a number at i belongs to a model name
// ("KX-7", "Vel 44") rather than counting something ("A 40-foot barge").
func designation(text string, i int) bool {
	before := text[:i]
	if strings.HasSuffix(before, "-") || strings.HasSuffix(before, "#") || strings.HasSuffix(before, "No. ") {
		return true // "KX-7", "cab car #6036", "No. 5"
	}
	f := strings.Fields(before)
	if len(f) == 0 || !strings.HasSuffix(before, " ") {
		return false
	}
	last := f[len(f)-1]
	first, _ := utf8.DecodeRuneInString(last)
	// "For more than two decades", "At 40 feet": a sentence's first
	// little word is no model's name.
	return utf8.RuneCountInString(last) <= 3 && unicode.IsUpper(first) && !strings.HasSuffix(last, ".") && !determiner[strings.ToLower(last)] && !stopWord(strings.ToLower(last))
}

// irregularPast reports whether a lower-case word is an irregular form of
// a verb ("lost", "fled", "found") rather than of a noun's plural ("men",
// "children"): WordNet lists both with their base.
func irregularPast(w string) bool {
	base := lexicon.IrregularForm(w)
	return base != "" && base != w && lexicon.Lookup(base).POS&lexicon.Verb != 0 && !irregularPlural(w)
}

// irregularPlural reports whether a lower-case word is a plural English
// does not make with "s": "children", "people", "women", "firemen".
func irregularPlural(w string) bool { return irregularPlurals[w] || strings.HasSuffix(w, "men") }

// irregularPlurals are the plurals English does not make with "s" and
// that are not "-men": nouns, whatever verb shares their base.
var irregularPlurals = map[string]bool{"children": true, "people": true, "feet": true, "teeth": true, "geese": true, "mice": true, "lice": true, "oxen": true, "dice": true}

// countPhrase cuts a number's phrase after the word it counts: "more than
// 600 bats comprising six species" counting "bat" is "more than 600 bats";
// "400 residents" counts people, residents being people. ok is false
// when the phrase does not count the word; exact when the word it counts
// is the one asked for, not a synonym or a near word.
func (e *Engine) countPhrase(phrase string, q *question) (cut string, exact, ok bool) {
	class := q.countedWord
	if c, ok := collectiveNouns[class]; ok {
		class = c
	}
	near := countedNear(q)
	toks := e.an.tokens(phrase)
	exactAt := slices.IndexFunc(toks, func(t token) bool { return q.counted != "" && t.term == q.counted })
	for i, t := range toks {
		w := surface(phrase, t)
		if otherTimeUnit(w, q.countedWord) || i < exactAt {
			// "how many days after …" is not answered by "five years";
			// "Fifteen total force units" counts units, not totals.
			continue
		}
		unit, area := areaUnit(phrase, t)
		if lengthUnits[strings.ToLower(unit)] && (area != q.areaAsked || q.rateAsked && !perHour.MatchString(phrase[t.end:])) {
			// "how many square kilometres" asks an area: "2,150 km2"
			// or "830 sq mi" gives one, "65 kilometres" a length.
			continue
		}
		if t.term == q.counted || slices.Contains(e.synonyms[q.counted], t.term) || slices.Contains(near, t.term) || countsKind(w, class) || abbreviates(unit, q.countedWord) || yearsInUnit(w, q.countedWord) {
			if pastEd(w) && pluralNoun(q.countedWord) && afterName(phrase[:t.start]) {
				// "1125 West Laconia torpedoed" counts no torpedoes;
				// "45 people had been arrested" counts arrests, and
				// "10-sided" sides.
				continue
			}
			if countsNextNoun(surface(phrase, t), phrase[t.end:]) && !strings.HasSuffix(phrase[:t.start], "-") {
				// "four passenger cars" counts cars, "40 turtle nests"
				// nests; in "a 10-state program" the count is of states.
				return "", false, false
			}
			if countsAnother(phrase[:t.start]) {
				return "", false, false // "three populations of parrots" counts populations
			}
			if loc := numberIn.FindStringIndex(phrase); loc != nil && loc[1] <= t.start && countsOtherThan(phrase[loc[1]:t.start], w, q.countedWord) {
				return "", false, false
			}
			end := t.end
			if area && strings.HasPrefix(phrase[end:], "²") {
				end += len("²") // "2,150 km²", not "2,150 km"
			}
			return phrase[:end], t.term == q.counted, true
		}
	}
	return "", false, false
}

// lengthAsAreaOrRate reports whether a question's counted length unit
// (word) is asked as an area, after "square" ("how many square
// kilometres"), or as a speed, before "per hour" ("how many miles per
// hour": "300 miles" is none).
func lengthAsAreaOrRate(question, word string) (area, rate bool) {
	at := strings.Index(strings.ToLower(question), strings.ToLower(word))
	if word == "" || at < 0 || !lengthUnits[strings.ToLower(word)] {
		return false, false
	}
	return squareBefore(question, at), perHour.MatchString(question[at+len(word):])
}

// perHour matches the words that make a length a speed: " per hour", " an
// hour", "/h".
var perHour = lazyRE(`(?i)^(?:\s+(?:per|an|a)\s+hour\b|\s*/\s*(?:h|hr|hour)\b)`)

// areaUnit is a phrase's word at t as a unit, without the mark that
// squares it ("km" of "km2"), and whether it measures an area: squared
// so or by a "²" after it, or after "square" or "sq" ("830 sq mi").
func areaUnit(phrase string, t token) (unit string, area bool) {
	w := surface(phrase, t)
	if bare := strings.TrimRight(w, "2"); bare != w && bare != "" && !unicode.IsDigit(rune(bare[len(bare)-1])) {
		return bare, true
	}
	// The analysis sets "²" apart from its unit.
	return w, strings.HasPrefix(phrase[t.end:], "²") || squareBefore(phrase, t.start)
}

// squareBefore reports whether the word before text[at:] is "square" or
// "sq": "square miles", "sq mi".
func squareBefore(text string, at int) bool {
	if at <= 0 {
		return false
	}
	f := strings.Fields(strings.ToLower(text[:at]))
	return len(f) > 0 && (f[len(f)-1] == "square" || strings.TrimSuffix(f[len(f)-1], ".") == "sq")
}

// afterName reports whether a text ends in a capitalised word, the name
// a verb's past after it is said of.
func afterName(text string) bool {
	f := strings.Fields(text)
	return len(f) > 1 && opensWithCapital(f[len(f)-1])
}

// countsOtherThan reports whether the words between a number and a noun
// it might count (the gap) show that the number counts something else:
// "four hours on each trip" counts hours, "One evaluated the probability
// that a bird …" no birds, "256,000 anglers are estimated to fish for
// trout" no trout, and "nine days reapplying the tiles" days, unless
// time is what the question counts.
func countsOtherThan(gap, noun, asked string) bool {
	if placedBy.MatchString(gap) || clauseBetween(gap) || hyphenedUnit(gap, asked) {
		return true
	}
	if nounNoVerb(noun) && !strings.HasSuffix(noun, "ed") && auxiliaryAfter.MatchString(gap) {
		return true
	}
	first := firstWords(gap, 1)
	return len(first) == 1 && strings.HasPrefix(gap, " ") && timeUnitOf(first[0]) != "" && timeUnitOf(asked) == ""
}

// hyphenedUnit reports whether a number is joined by a hyphen to the
// unit it counts, another than the noun after it: "a 76-point win"
// counts points, not wins, and "50-bit numbers" bits. A force or a crew
// counted by its members ("a 5,000-strong force", "a three-member
// crew": WordNet's members are people) still counts people.
func hyphenedUnit(gap, asked string) bool {
	m := hyphenUnitRE.FindStringSubmatch(gap)
	if m == nil {
		return false
	}
	unit := strings.ToLower(m[1])
	if _, number := numberValue(unit); number || approximators[unit] {
		return false // "Forty-five bodies" is one number, "20-odd soldiers" one rough one
	}
	return unit != asked && unit != "strong" && !lexicon.IsA(unit, "person")
}

// hyphenUnitRE matches the word a hyphen joins to a number, at the start
// of the words after it.
var hyphenUnitRE = lazyRE(`^-([A-Za-z]+)\b`)

// approximators are the words a hyphen joins to a number to make it
// rough ("20-odd", "2,000-plus", "40-some"), or to go on with it
// ("Two-and-a-half million"): no unit.
var approximators = map[string]bool{"odd": true, "plus": true, "some": true, "something": true, "and": true}

// anotherCount is where, in the words after a number, another count
// starts, with words other than a range's between the two ("412 people
// were hurt and 74 buildings": the buildings are 74's; not "1,000 to
// 2,000 birds"), or -1.
func anotherCount(rest string) int {
	from := 0
	for _, loc := range numberIn.FindAllStringIndex(rest, -1) {
		if capitalBefore(rest[:loc[0]]) || designation(rest, loc[0]) {
			continue // "five Type 31 frigates", "two PT6A-34 engines": 31 and 34 are a name's
		}
		gap := strings.Fields(strings.ToLower(rest[from:loc[0]]))
		if slices.ContainsFunc(gap, func(w string) bool { w = strings.Trim(w, ",-–"); return w != "" && !rangeWords[w] }) {
			return loc[0]
		}
		from = loc[1]
	}
	return -1
}

// capitalBefore reports whether a capitalised word stands right before
// the end of text ("Type ", "Route "), making the number after it part
// of a name.
func capitalBefore(text string) bool {
	f := strings.Fields(text)
	return len(f) > 0 && strings.HasSuffix(text, " ") && opensWithCapital(f[len(f)-1])
}

// rangeWords join the two numbers of a range, a choice, a part or a
// size ("4 of 5 passes", "10 of the 40 sites", "1-by-1-foot").
var rangeWords = map[string]bool{"to": true, "or": true, "and": true, "-": true, "–": true, "between": true, "from": true, "of": true, "the": true, "by": true, "x": true}

// otherTimeUnit reports whether a unit of time is another than the one a
// count asks for, which WordNet may give as a near word ("day" and
// "year"); decades and centuries still count years ("for more than two
// decades").
func otherTimeUnit(unit, asked string) bool {
	u, a := timeUnitOf(unit), timeUnitOf(asked)
	if u == "" || a == "" || u == a {
		return false
	}
	return !yearsInUnit(unit, asked)
}

// yearsInUnit reports whether a unit counts years as a count of years
// asks: "for more than two decades" answers "for how many years?".
func yearsInUnit(unit, asked string) bool {
	u := timeUnitOf(unit)
	return timeUnitOf(asked) == "year" && (u == "decade" || u == "century")
}

// timeUnitOf is a word's unit of time in the singular ("years": year),
// or "" when it names none. WordNet keeps "years" as a word of its own.
func timeUnitOf(w string) string {
	w = strings.ToLower(w)
	if !timeUnits[w] {
		return ""
	}
	if w == "centuries" {
		return "century"
	}
	return strings.TrimSuffix(w, "s")
}

// countsKind reports whether a noun is a kind of the class a question
// counts; people are counted by the bodies they serve in too ("how many
// guys landed" by "One thousand Union troops landed").
func countsKind(noun, class string) bool {
	return lexicon.IsA(noun, class) || class == "person" && lexicon.IsA(noun, "personnel")
}

// totalAsked matches a "how many" question about all there are ("how
// many carriages did the train have", "are there"), which a count of
// some of them ("two of the carriages") does not answer; "how many
// buses had damage" and "how many roads were closed in total" ask of
// some.
var totalAsked = lazyRE(`(?i)\b(?:(?:did|does|do)\s+(?:\S+\s+){1,4}have|are there|were there|is there|was there)\b`)

// partOf matches a count of some of a whole: "two of the train's
// carriages", "three of its".
var partOf = lazyRE(`(?i)^\S+\s+of\s+(?:the|its|their|his|her|these|those)\b`)

// clauseBetween reports whether the words between a number and the noun
// it might count hold a verb with its object ("evaluated the
// probability that a"): the noun is then in another clause.
func clauseBetween(gap string) bool {
	for _, loc := range wordRe.FindAllStringIndex(gap, -1) {
		if verbBeforeDeterminer(strings.ToLower(gap[loc[0]:loc[1]]), gap[loc[1]:]) {
			return true
		}
	}
	return false
}

// nextWord finds the word right after a word, a space apart.
var nextWord = lazyRE(`^ (\pL+)`)

// betweenPlaces reads a place with the "between A and B" that comes
// before it in the answering sentence ("between Lake Huron and Lake St.
// Clair in Michigan"): where something lies, more closely than the
// region alone. A and B are names: "between the miners and the company
// in New Mexico" places nothing. A place the text sets something near
// or outside keeps its "near".
func betweenPlaces(text, place string) string {
	i := strings.Index(text, place)
	if i < 0 {
		return place
	}
	if m := betweenIn.FindString(text[max(0, i-betweenGap):i]); m != "" {
		return m + place
	}
	if m := nearPlace.FindString(lookBehind(text, i)); m != "" && !strings.HasPrefix(place, m) {
		return m + place // "a Welsh village near Merthyr Tydfil" is not in Merthyr Tydfil
	}
	return place
}

// nearPlace matches the words right before a place that set something
// beside it rather than in it: "near ", "outside ", "north of the ".
var nearPlace = lazyRE(`(?i)\b(?:near|outside|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+(?:the\s+)?$`)

// betweenGap is how far before a place its "between A and B" may start.
const betweenGap = 120

// betweenIn is "between A and B in " right before a place.
var betweenIn = lazyRE(`\bbetween\s+(?:the\s+)?\p{Lu}` + placeChars + `{1,60}?\s+and\s+(?:the\s+)?\p{Lu}` + placeChars + `{1,60}?\s+in\s+$`)

// placeChars is a character of a place's name: no punctuation, but the
// point of an abbreviation ("Lake St. Clair").
const placeChars = `(?:[^,.;:]|\b\p{Lu}\p{Ll}?\.)`

// changeTo reads a share that a change starts from, in the answering
// sentence, with where the change went ("from a pre-PBL 65-75% to a
// sustained rate of over 99%"): both, or only the new one when the
// question asks about now; the first alone when it asks about the start
// ("at first", "originally", "in the first election").
func (e *Engine) changeTo(q *question, text, ans string) string {
	i := strings.Index(text, ans)
	if q.kind != qShare || asksStart.MatchString(q.text) || i < 0 || !changeFrom.MatchString(text[max(0, i-changeGap):i]) {
		return ans
	}
	end := i + len(ans)
	for _, c := range spansOf(text, shareExpr) {
		if c.start >= end && c.start-end <= changeGap && changeOnTo.MatchString(text[end:c.start]) {
			if nowWord.MatchString(q.text) {
				return c.text
			}
			return ans + " to " + c.text
		}
	}
	return ans
}

// changeGap is how far apart the words of a change from one figure to
// another may be, in bytes.
const changeGap = 40

var (
	// asksStart finds the words by which a question asks about where a
	// change started.
	asksStart = lazyRE(`(?i)\b(?:first|originally|initially|at first|used to|before|previously|earlier)\b`)
	// changeFrom ends the words before a figure a change starts from.
	changeFrom = lazyRE(`(?i)\bfrom\s+(?:\S+\s+){0,5}$`)
	// changeOnTo are the words between it and the figure it went to.
	changeOnTo = lazyRE(`(?i)^\s+to\b[^.;]*$`)
)

// countsNextNoun reports whether a word a count is asked of only modifies
// the noun after it: written singular, as a noun before another noun is
// ("passenger cars", "turtle nests"), and followed by a word English
// knows as a noun, not as an adverb ("16 nests yesterday" counts nests),
// nor as a verb unless written plural.
func countsNextNoun(word, after string) bool {
	m := nextWord.FindStringSubmatch(after)
	if m == nil || lexicon.Base(strings.ToLower(word)) != strings.ToLower(word) {
		return false
	}
	next := strings.ToLower(m[1])
	x := lexicon.Lookup(next)
	if x.POS&lexicon.Noun == 0 || x.POS&lexicon.Adverb != 0 || x.Capital || stopWord(next) || irregularPast(next) {
		return false // "3,200 staff lost their jobs": "lost" is what they did
	}
	if x.POS&lexicon.Verb == 0 {
		return true // "passenger cars"
	}
	// A noun that is also a verb counts when written plural ("turtle
	// nests"); "people came" says what the counted did.
	return strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") && lexicon.Base(next) != next
}

// countsAnother reports whether the words of a count before the word
// asked about count something else "of" it: "three populations of",
// but not "hundreds of" or "a dozen of".
func countsAnother(before string) bool {
	m := ofNoun.FindStringSubmatch(before)
	return m != nil && !quantityWords[strings.ToLower(m[1])]
}

// placedBy finds a word that places or measures what a number counts by
// another thing, after which the phrase counts no more.
var placedBy = lazyRE(`(?i)\b(?:on|in|at|per|from|by|with|during|each|every|after|before|into|over|under|against|through|within|toward|towards)\b`)

var (
	ofNoun        = lazyRE(`(?i)(\p{L}+)\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:\p{L}+\s+)?$`)
	quantityWords = map[string]bool{"dozen": true, "dozens": true, "hundred": true, "hundreds": true, "thousand": true, "thousands": true, "million": true, "millions": true, "billion": true, "billions": true, "score": true, "scores": true, "couple": true, "pair": true, "pairs": true, "total": true, "handful": true, "lot": true, "lots": true, "percent": true, "number": true}
)

// countedNear are the story's near words for what a question counts
// (WordNet's, as the question's unit found them): "bugs" are counted by
// "3,000 insects".
func countedNear(q *question) []string {
	for _, u := range q.units {
		if u.term == q.counted {
			return u.syns
		}
	}
	return nil
}

// fromArticle finds the short answer to a typed question in the best
// article passages: the candidate of the asked kind nearest to the
// question's words, in the paragraph of the first of the best sentences
// that has one. A paragraph, not the sentence alone, because an article
// often names the subject in one sentence and gives the figure in the next.
func (e *Engine) fromArticle(q *question, ranked []scored) (string, bool) {
	best := bestCover(ranked)
	docs, quoted := answeringDocs(q, ranked)
	if doer := e.relativeDoer(q, docs, best); doer != "" {
		return doer, true
	}
	if agent := e.agentBesideBest(q, docs); agent != "" {
		return agent, true
	}
	for i, s := range docs {
		d := s.d
		if d.kind != docSentence || s.cover < best*nearBest && !quoted || !e.aboutAll(q, d) {
			continue
		}
		if catenativeOnly(q, d.text) {
			continue // "Phillippe managed to put an end to it" managed no club
		}
		speaker := q.kind == qPerson && asksSpeaker.MatchString(q.core) && (quoted || e.couldAnswer(q, d.said()))
		if name := cmp.Or(e.presentSpeaker(q, d), attributedSpeaker(d)); speaker && name != "" {
			return name, true
		}
		if doer := e.doerInSentence(q, d); doer != "" {
			return doer, true // "under the direction of Jahaziel Sherman"; "the concerns that Thiokol engineers raised"
		}
		if e.saysOnlyOtherSide(q, d) {
			continue // "The Service bought the land with funds from the … Fund" names no seller
		}
		if name := e.namedInSentence(q, d); name != "" {
			// Said in the sentence itself, before any name of the
			// paragraph: "married his wife Elyn" for "who did Lynn
			// marry?", "sworn in … by Judge Marcus Delaney".
			return name, true
		}
		if verb := q.doneTo; verb != "" && !lightVerb(verb) && !saysFormOf(d.text, verb) {
			continue // "who was named man of the match?" is not answered by who "called the match"
		}
		if doer, done := e.pronounDoer(q, d); done {
			if doer == "" {
				continue // "He also offered his resignation …": not the party he led
			}
			return doer, true
		}
		if ans := e.nearestCandidate(q, d.para, d.pass, d.start); ans != "" {
			if e.readInItsOwn(q, d, ans, docs[i+1:], best) {
				continue
			}
			if line, ok := e.candidateLine(q, d, ans, speaker); ok {
				return line, true
			}
			continue
		}
		if speaker {
			if name := e.pronounSpeaker(d); name != "" {
				return name, true
			}
		}
		if doer := e.doerNamed(q, d); doer != "" {
			return doer, true
		}
	}
	return "", false
}

// agentBesideBest answers "who VERB …?" with the name another of the
// best sentences gives after that verb's passive "by", when the best
// sentence does not say the verb at all: "The opinion of the Court was
// written by Justice Elena Kagan, joined by …" tells who wrote it, though
// the sentence before, "The Supreme Court … announced the opinion", says
// more of the question's other words. "" otherwise.
func (e *Engine) agentBesideBest(q *question, docs []scored) string {
	verb := agentVerb(q)
	if q.kind != qPerson || verb == "" || len(docs) < 2 || docs[0].d.kind != docSentence || saysFormOf(docs[0].d.text, verb) {
		return ""
	}
	for _, s := range docs[1:] {
		if s.d.kind == docSentence && e.aboutAll(q, s.d) && e.passiveOfAsked(q, s.d, verb) {
			if agent := e.namedAgent(q, s.d); agent != "" {
				return agent
			}
		}
	}
	return ""
}

// passiveOfAsked reports whether the head of the subject of a sentence's
// passive of a verb (the words before its "was" back to the clause's
// start) is a word of the question other than the verb, and not another
// of its kind: "The opinion of the Court was written by" tells of the
// opinion asked about; "The other songs on the album were written by",
// "A reply to the report was written by", "The stadium's roof was built
// by" do not.
func (e *Engine) passiveOfAsked(q *question, d *doc, verb string) bool {
	for _, t := range d.tokens {
		if !formOf(d.text[t.start:t.end], verb) {
			continue // the cheap test first: the expression reads the whole text before the word
		}
		aux := passiveChain.FindStringIndex(d.text[:t.start])
		if aux == nil {
			continue
		}
		from := strings.LastIndexAny(d.text[:aux[0]], ",;:") + 1
		words := strings.Fields(strings.ToLower(d.text[from:aux[0]]))
		if slices.ContainsFunc(words, func(w string) bool { return anotherOfKind[w] }) {
			return false
		}
		head := e.an.terms(subjectHead(words))
		return slices.ContainsFunc(q.units, func(u unit) bool {
			return u.topical && !formOf(u.word, verb) && slices.Contains(head, u.term)
		})
	}
	return false
}

// subjectHead is the head noun of a subject's words: the last before its
// first preposition ("opinion" of "the opinion of the court"), after a
// possessive ("roof" of "the stadium's roof").
func subjectHead(words []string) string {
	head := ""
	for _, w := range words {
		if subjectTail[w] && head != "" {
			break
		}
		head = w
	}
	return head
}

// subjectTail are the prepositions that end a subject's head noun phrase.
var subjectTail = map[string]bool{"of": true, "to": true, "on": true, "for": true, "in": true, "from": true, "with": true, "at": true, "about": true, "by": true}

// anotherOfKind are the words that make a noun phrase another of the
// kind the question asks about: "the other songs", "a similar ruling".
var anotherOfKind = map[string]bool{"other": true, "another": true, "earlier": true, "previous": true, "former": true, "similar": true, "different": true, "second": true, "later": true}

// presentSpeaker answers "who wrote/said …?" with the name a sentence
// writes right before the first present of the question's verb for one
// doer, when a colon or a quote follows it, in full: "In Facing Ali,
// Stephen Brunt writes: According to Cooper:" tells who wrote it by the
// verb's own subject, not the one he quotes. "" when the verb's first
// such form has no name before it or brings no words of its own.
func (e *Engine) presentSpeaker(q *question, d *doc) string {
	verb := agentVerb(q)
	if verb == "" {
		return ""
	}
	for _, t := range d.tokens {
		word := d.text[t.start:t.end]
		if !formOf(word, verb) || !presentOfOne(strings.ToLower(word)) {
			continue
		}
		if !quoteFollows.MatchString(d.text[t.end:]) || len(speechVerbRe.FindAllStringIndex(d.text, 2)) > 1 {
			// "…, but Tom Hale says it was not": his words are another
			// clause's; "Ann Lee said …, but Tom Hale says: …": two
			// speakers, told apart by the attribution.
			return ""
		}
		name := nameRightBefore(d, t.start)
		return cmp.Or(e.personBySurname(name), name) // "Hale writes:" is Tom Hale, named before
	}
	return ""
}

// quoteFollows matches a colon or an opening quote right after a verb:
// the words it brings are the verb's own.
var quoteFollows = lazyRE(`^\s*(?::|["“])`)

// presentOfOne reports whether a word is a verb's present for one doer,
// its base form with "-s" or "-es" ("writes", "approves"), which is
// never a participle.
func presentOfOne(word string) bool {
	base := lexicon.Base(word)
	return base != word && (word == base+"s" || word == base+"es") && lexicon.Lookup(base).POS&lexicon.Verb != 0
}

// catenativeOnly reports whether a sentence says a "who" question's
// verb only as the head of another ("managed to put an end to it",
// "tried to stop"), when the question says it of an object ("who
// managed the Pirates?"): the sentence tells of something else.
func catenativeOnly(q *question, sentence string) bool {
	verb := q.doneVerb()
	if q.kind != qPerson || verb == "" || toVerbAfter(q.core, verb) {
		return false
	}
	said, base := false, lexicon.Base(verb)
	for _, loc := range wordRe.FindAllStringIndex(sentence, -1) {
		if !formOf(sentence[loc[0]:loc[1]], base) {
			continue
		}
		before := lastWords(sentence[:loc[0]], 1)
		if len(before) == 1 && determiner[strings.ToLower(before[0])] || !toVerbAfter(sentence[loc[0]:], sentence[loc[0]:loc[1]]) {
			return false // "the order to use military forces" is a noun: it may well say who ordered
		}
		said = true
	}
	return said
}

// toVerbAfter reports whether a text goes on after its word w with "to"
// and a verb's base form ("managed to put").
func toVerbAfter(text, w string) bool {
	i := strings.Index(strings.ToLower(text), strings.ToLower(w))
	if i < 0 {
		return false
	}
	f := strings.Fields(strings.ToLower(text[i+len(w):]))
	return len(f) > 1 && f[0] == "to" && lexicon.Base(f[1]) == f[1] && lexicon.Lookup(f[1]).POS&lexicon.Verb != 0
}

// candidateLine is the answer line the nearest candidate of a best
// sentence gives, ok false when it is no answer.
func (e *Engine) candidateLine(q *question, d *doc, ans string, speaker bool) (string, bool) {
	if verb := q.doneTo; verb != "" && !passivePatientMay(d, ans, verb) {
		return "", false
	}
	if q.kind == qPerson && !speaker && e.saidByOther(q, d, ans) {
		return "", false // "Trooper Cole Winters said the pickup ran a red light": he ran none
	}
	if q.kind == qPerson {
		// "Hale believes …" is Tom Hale's, named before; "the Service"
		// is the U.S. Fish and Wildlife Service; "Judge Jose E.
		// Martinez" is Jose E. Martinez.
		if full := cmp.Or(e.personBySurname(ans), e.fullOrganisationName(ans), nameAfterTitle(ans)); full != "" {
			return full, true
		}
	}
	if q.kind == qPlace {
		return betweenPlaces(d.text, ans), true
	}
	return e.changeTo(q, d.text, ans), true
}

// namedInSentence is the name a sentence itself gives as what a "who"
// question asks: the object of the verb whose subject it names, its
// doer, or, for a passive question, whom it was done to (never its doer:
// "Officer Dan Ruiz was told by Sergeant Amy Cole" answers "who was
// told?" with Dan Ruiz).
func (e *Engine) namedInSentence(q *question, d *doc) string {
	if q.doneTo != "" {
		return patientNamed(q, d)
	}
	return cmp.Or(e.objectNamed(q, d), e.doerBy(q, d), e.namedAgent(q, d))
}

// passivePatientMay reports whether a sentence's name may be whom a
// passive question's verb was done to: not the doer after "by" ("who
// was made liquidator?" is not the court he "was appointed by"), nor
// one that owns what follows it ("killed Ann Lee's husband"), nor one a
// noun's participle of the verb names ("a man named Bo Reed").
func passivePatientMay(d *doc, name, verb string) bool {
	i := strings.Index(d.text, name)
	if i <= 0 {
		return true
	}
	rest := d.text[i+len(name):]
	if byRightBefore.MatchString(d.text[:i]) || possessiveNext(rest) {
		return false
	}
	before := lastWords(d.text[:i], 3)
	return len(before) < 3 || !namesByParticiple(strings.Join(before[:2], " "), before[2], verb, rest)
}

// objectNamed answers "who did Lynn marry?", a question for the object
// of a verb whose subject it names, with the name a sentence sets right
// after that verb, past a possessive and a noun for a person at most:
// "married his wife Elyn", not "his brother Glenn" named elsewhere in
// the sentence. "" when no name follows the verb so.
func (e *Engine) objectNamed(q *question, d *doc) string {
	m := whoObjectAsked.FindStringSubmatch(strings.ToLower(q.core))
	if q.kind != qPerson || m == nil || d.pass == nil || lexicon.Lookup(lexicon.Base(m[2])).POS&lexicon.Verb == 0 {
		return ""
	}
	verb, subject := e.an.terms(m[2]), lastWordOf(m[1])
	if len(verb) == 0 || stopWord(subject) {
		return "" // "who did the killing?" names no subject
	}
	for _, t := range d.tokens {
		if t.term != verb[0] || !namedSubjectBefore(d, d.start+t.start, subject) {
			continue // "after Harris met Rishi Sunak", not "the president met Olaf Scholz"
		}
		after := d.text[t.end:]
		if particle := m[3]; particle != "" {
			// "who did Seattle bring on …?": "brought on Jordan Morris".
			after = strings.TrimPrefix(strings.TrimLeft(after, " "), particle)
		}
		at := d.start + len(d.text) - len(after) + len(objectLead.FindString(after))
		for _, s := range d.pass.names {
			if s.start == at && !containsWords(strings.ToLower(q.text), strings.ToLower(s.text)) && !modifiesNoun(d.pass.text, s) {
				return e.namedInFull(d.pass, s)
			}
		}
	}
	return ""
}

// namedInFull is a one-word name as its passage names it in full
// before ("The club signed Pike" names "Jordan Pike", brought on at
// halftime a sentence earlier), else as the article first does.
func (e *Engine) namedInFull(p *passage, s span) string {
	if strings.Contains(s.text, " ") {
		return s.text
	}
	for _, n := range p.names {
		if n.end <= s.start && strings.HasSuffix(n.text, " "+s.text) && (givenNamed(strings.Fields(n.text)) || p.nameKindOf(n) == "person") {
			return n.text
		}
	}
	return cmp.Or(e.personBySurname(s.text), s.text)
}

// namedSubjectBefore reports whether the last name of a sentence before a
// verb at i (in its paragraph's text) is the subject a question names,
// names after a preposition skipped ("Lynn moved to California and in
// 1948 married"): another name there is another subject ("Nora's
// brother Tomas married Ines").
func namedSubjectBefore(d *doc, i int, subject string) bool {
	names := d.pass.names
	for j := len(names) - 1; j >= 0; j-- {
		s := names[j]
		if s.end > i || s.start < d.start {
			continue
		}
		if afterPreposition.MatchString(d.pass.text[d.start:s.start]) {
			continue
		}
		return containsWords(strings.ToLower(s.text), strings.ToLower(subject))
	}
	// "Scott reminded …": a name that is also a word ("scott") is no
	// name at a sentence's start, but it is the whole subject there, as
	// "The club" is of "the club brought on …".
	opening := strings.ToLower(strings.TrimSpace(d.pass.text[d.start:i]))
	return strings.TrimPrefix(opening, "the ") == strings.ToLower(subject)
}

// afterPreposition matches a text that ends with a preposition: the
// name after it is no subject.
var afterPreposition = lazyRE(`(?i)\b(?:to|in|at|from|of|for|with|on|by|near|into|over)\s+(?:the\s+)?$`)

var (
	// whoObjectAsked matches "who did X VERB", "whom will X VERB": group 1
	// is X, up to four words, group 2 the verb, group 3 a particle that
	// goes with it ("bring on"). The verb ends the question, or a phrase
	// that opens with a preposition does ("who did Scott remind about
	// the order?").
	whoObjectAsked = lazyRE(`^(?:who|whom)\s+(?:did|does|do|will|would|could|can|had|has|have)\s+(\pL[\pL'’.-]*(?:\s+\pL[\pL'’.-]*){0,3}?)\s+(\pL+)(?:\s+(on|in|up|out|off|back|down|over|away))?(?:\s+(?:right\s+|just\s+)?(?:about|for|to|with|after|before|at|as|in|on|of|from|during|when|while|because)\b[^?]*)?\s*\??$`)
	// objectLead matches what may stand between a verb and the name of
	// its object: a possessive and a noun for a person ("his wife "),
	// or "the" and a participle ("the returning Surgeon-Lieutenant").
	objectLead = lazyRE(`^\s+(?:(?:his|her|their|the)\s+(?:(?:wife|husband|partner|fiancée|fiancé|son|daughter|brother|sister|friend|colleague|successor|predecessor|rival|opponent)\s+|\p{Ll}+(?:ing|ed)\s+)?)?`)
)

// answeringDocs are the documents fromArticle reads: the best three, or
// the sentence that says the words the question quotes (quoted), which
// is the one it asks about, whatever else the question says.
func answeringDocs(q *question, ranked []scored) (docs []scored, quoted bool) {
	if i := slices.IndexFunc(ranked, func(s scored) bool { return quotes(s.d.text, q.quoted) }); i >= 0 {
		return ranked[i : i+1], true
	}
	return ranked[:min(3, len(ranked))], false
}

// readInItsOwn reports whether a candidate the paragraph of a sentence
// gives from another of its sentences is read better in that one, among
// the best documents after it (rest) and saying a doer itself: "A group
// of fans had nearly bought the club" names no buyer, and "Tom Hale sold
// the club to Dan Ruiz" tells the buyer, not the name nearest the words
// of the first.
func (e *Engine) readInItsOwn(q *question, d *doc, name string, rest []scored, best float64) bool {
	return !strings.Contains(d.text, name) && slices.ContainsFunc(rest, func(o scored) bool {
		return o.d.pass == d.pass && strings.Contains(o.d.text, name) && o.cover >= best*nearBest && e.doerInSentence(q, o.d) != ""
	})
}

// saidByOther reports whether a name is the speaker of a sentence whose
// reported words alone say what a "who" question asks: "State trooper
// Cole Winters said the pickup ran a red light" tells who said it, not
// who ran the light.
func (e *Engine) saidByOther(q *question, d *doc, name string) bool {
	speaker := attributedSpeaker(d)
	if speaker == "" || !containsWords(speaker, lastWordOf(name)) {
		return false
	}
	loc := verbOutsideQuotes(d.text)
	if loc == nil || strings.Contains(d.text[loc[1]:], lastWordOf(speaker)) {
		return false // "…, said Jon Ambrose, head of the section": what follows says who he is
	}
	if reportedByPronoun.MatchString(d.text[loc[1]:]) {
		return false // "Lifeguard Nina Castell said she swam 50 yards": she did
	}
	reported := saidOf(e.an.terms(d.text[loc[1]:]))
	return e.sentenceCover(q, reported) >= answerCover
}

// reportedByPronoun matches reported words that open with a pronoun, which
// may be the speaker: "said she swam", "said he opposed".
var reportedByPronoun = lazyRE(`(?i)^\s*(?:that\s+)?(?:she|he|they|i|we)\b`)

// attributedSpeaker is who a sentence says spoke: the one it gives
// "according to"; else the person named last before its first word of
// saying, across an apposition ("Luis Millán, a scientist at the
// laboratory in Southern California, said …"), or named right after it
// ("…, said Ann Lee"); else, for a quote that runs on from a sentence
// before ("“…,” said Cam Sholly. “This has been …”"), the speaker that
// sentence gives; "" when none.
func attributedSpeaker(d *doc) string {
	if d.pass == nil {
		return ""
	}
	p, end := d.pass, d.start+len(d.text)
	if m := accordingTo.FindStringIndex(p.text[d.start:end]); m != nil {
		for _, s := range p.names {
			if s.start == d.start+m[1] {
				return s.text
			}
		}
	}
	if loc := verbOutsideQuotes(p.text[d.start:end]); loc != nil {
		if role := unnamedSpeaker(d.text[:loc[0]], d.text[loc[1]:]); role != "" {
			return role
		}
		if role := describedSpeaker(d.text[:loc[0]]); role != "" {
			return role // "A spokesman for Senator Tom Hale said": the spokesman, not the senator
		}
		return speakerAt(p, d.start+loc[0], d.start+loc[1], d.start, end)
	}
	if loc := colonQuote.FindStringIndex(p.text[d.start:end]); loc != nil && spokeBefore.MatchString(p.text[d.start:d.start+loc[0]]) {
		// "Leo Abse spoke for many other critics: “… a disgraceful
		// spectacle”": the words after the colon are his. Not "read
		// aloud the letter from the union: “We will strike”".
		return speakerAt(p, d.start+loc[0], d.start+loc[0]+1, d.start, end)
	}
	if strings.HasPrefix(d.text, "“") || strings.HasPrefix(d.text, "\"") {
		if locs := speechVerbRe.FindAllStringIndex(p.text[:d.start], -1); len(locs) > 0 {
			last := locs[len(locs)-1]
			from, _ := sentenceAround(d.para, last[0])
			return speakerAt(p, last[0], last[1], from, d.start)
		}
	}
	return ""
}

// describedSpeaker is the speaker a sentence describes and does not name,
// the subject right before its word of saying (the text before): "a
// spokesman for NASA's Jet Propulsion Laboratory stated" gives the words
// to the spokesman, not to the laboratory; "" when no noun for a person
// heads it.
func describedSpeaker(before string) string {
	m := describedSubject.FindStringSubmatchIndex(before)
	if m == nil || !personNoun(strings.ToLower(before[m[4]:m[5]])) {
		return ""
	}
	if lead := strings.Fields(before[:m[2]]); len(lead) > 0 && strings.HasSuffix(lead[len(lead)-1], ",") && opensWithCapital(lead[len(lead)-1]) {
		return "" // "Tom Hale, a spokesman for the company said": the name set before it
	}
	return before[m[2]:m[3]]
}

// describedSubject matches a noun phrase for someone at the end of a
// text: "a spokesman for NASA's Jet Propulsion Laboratory ", "an
// official with the Elm Bay council ", with the noun that heads it.
var describedSubject = lazyRE(`(?:^|[,;]\s+|\b(?:that|and)\s+)((?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:for|of|at|from|with)\s+[^,;:"“”]{2,80}?)\s+$`)

// unnamedSpeaker is the role a sentence gives its words to, set apart by
// commas, when it names no one: "Tyndall, the base commander said, was
// devastated" gives them to the base commander. before and after are
// the sentence around its word of saying; "" when there is none.
func unnamedSpeaker(before, after string) string {
	m := roleBeforeSaid.FindStringSubmatch(before)
	if m == nil || !strings.HasPrefix(strings.TrimLeft(after, " "), ",") || !roleWordsOnly(m[2]) {
		return ""
	}
	return m[1]
}

// roleBeforeSaid matches ", the base commander " at the end of a text: a
// role set off by a comma, with its article.
var roleBeforeSaid = lazyRE(`,\s+((?:the|a|an)\s+([\p{Ll}][\p{Ll}\s-]*?))\s*$`)

// doesAskedInClause reports whether the text after a name opens a
// relative clause on it, past an apposition, whose verb is the one a
// "who" question asks: "According to Ronald Dearing, a senior member of
// staff at the Ministry of Power, who briefed Marsh" tells who briefed
// him, though "according to" gives Dearing the sentence's words.
func doesAskedInClause(q *question, after string) bool {
	verb := doneVerb(q)
	m := relativeWho.FindStringSubmatchIndex(after)
	if verb == "" || m == nil || !formOf(after[m[2]:m[3]], verb) {
		return false
	}
	// A name right before ", who" is attributes' own case; here an
	// apposition stands between. "Tom Reed, a lawyer for Dana Pell, who owns the farm": the
	// clause is Pell's, the name or the people the apposition ends on.
	last := lastWordOf(after[:m[0]])
	return appositionOpens.MatchString(after[:m[0]]) && !givenNamed(lastWords(after[:m[0]], 2)) && !personNoun(lexicon.Base(strings.ToLower(last)))
}

// colonQuote finds a colon that opens a quotation.
var colonQuote = lazyRE(`:\s*[“"]`)

// spokeBefore matches a clause with a word of speaking of one's own, as
// the one before a colon that opens someone's words has: "spoke for
// many other critics", "put it this way".
var spokeBefore = lazyRE(`(?i)\b(?:spoke|speaks|speaking|commented|remarked|declared|put it|summed (?:it )?up|` + wordsPattern(speechVerbs) + `)\b`)

// verbOutsideQuotes finds a sentence's first word of saying outside its
// quotations: "“They did everything we asked,” said Army Maj. Gen. Lin
// Shu" is said by Lin Shu, not asked.
func verbOutsideQuotes(sentence string) []int {
	quotes := quotation.FindAllStringIndex(sentence, -1)
	for _, loc := range speechVerbRe.FindAllStringIndex(sentence, -1) {
		if !slices.ContainsFunc(quotes, func(q []int) bool { return q[0] <= loc[0] && loc[1] <= q[1] }) {
			return loc
		}
	}
	return nil
}

// attributes reports whether the name at start in text is the one an
// "according to" gives words to.
func attributes(text string, start int) bool {
	loc := accordingTo.FindAllStringIndex(text[:start], -1)
	if len(loc) == 0 || loc[len(loc)-1][1] != start {
		return false
	}
	// "ranked according to Tom Hale" says by whose count; "according to
	// Tom Hale, who found the boat," names its finder.
	before := strings.TrimRight(text[:loc[len(loc)-1][0]], " ")
	return (before == "" || strings.ContainsAny(before[len(before)-1:], ".,;:(—!?")) && !whoAfterName.MatchString(text[start:])
}

// speaksUnasked reports whether a name is only the speaker of its
// sentence's words, "… what old pipes do," Okafor said, when the
// sentence says nothing of what the question asks was done: it does not
// say Okafor made the pipe.
func speaksUnasked(q *question, p *corpus.Paragraph, c span) bool {
	if !speechAfterName.MatchString(p.Text[c.end:]) {
		return false
	}
	verb := doneVerb(q)
	if verb == "" || verb == "speak" || slices.ContainsFunc(speechVerbs, func(w string) bool { return formOf(w, verb) }) {
		return false // "who spoke for Oxfam?" asks who said it
	}
	from, to := sentenceAround(p, c.start)
	return !saysFormOf(p.Text[from:to], verb)
}

// speechAfterName matches a verb of speech right after a name: " said",
// " told reporters".
var speechAfterName = lazyRE(`^\s+(?:said|says|told|tells|added|explained)\b`)

// whoAfterName matches a name and the relative clause after it.
var whoAfterName = lazyRE(`^[\pL\pM.'’ -]+,\s+who\b`)

// accordingTo ends right before the name it attributes words to.
var accordingTo = lazyRE(`(?i)\baccording to (?:the )?`)

// speakerAt is the person a word of saying, from verbAt to verbEnd,
// gives the words of, among the names from from to end: the person
// named right after it, else the last named before it.
func speakerAt(p *passage, verbAt, verbEnd, from, end int) string {
	speaker := ""
	// "told ABC" names whom the words were told to: no one says
	// "“…,” told Joyce" for "said Joyce".
	toldTo := tellVerb[strings.ToLower(p.text[verbAt:verbEnd])]
	for _, s := range p.names {
		switch {
		case s.start < from || s.start >= end:
		case s.start > verbAt && toldTo:
		case s.end <= verbAt && p.nameKindOf(s) == "person" && !ofBefore.MatchString(p.text[:s.start]):
			speaker = s.text // not "Ashford" of "Bea Lindgren, of Ashford, said"
		case s.start > verbAt && titleWordsOnly(s.text):
			// "said Rear Adm. Barry Bruner": the rank is read as a name
			// of its own, which the one after it follows.
		case s.start > verbAt && (roleWordsOnly(p.text[verbEnd:s.start]) || titleWordsOnly(p.text[verbEnd:s.start])) && p.nameKindOf(s) == "person":
			return afterTitle(s.text)
		}
	}
	return speaker
}

// tellVerb are the speechVerbs whose object is the one told.
var tellVerb = map[string]bool{"told": true, "tells": true}

// ofBefore matches text that ends where a hometown set beside a name
// starts: ", of ".
var ofBefore = lazyRE(`,\s+of\s+$`)

// titleWordsOnly reports whether a text is only words of a rank or
// title, as news writes them before a name: abbreviations ("Adm.",
// "Lt."), ordinals ("2nd"), "Class", the words of a rank ("Rear",
// "Petty") and nouns for people ("Officer", "Chief"). Lower-case
// words are roleWordsOnly's.
func titleWordsOnly(text string) bool {
	words := strings.Fields(text)
	for _, w := range words {
		if !isTitleWord(w) {
			return false
		}
	}
	return len(words) > 0
}

// isTitleWord reports whether a capitalised word belongs to a rank or
// title: see titleWordsOnly.
func isTitleWord(w string) bool {
	bare := strings.Trim(w, ".,()")
	lw := strings.ToLower(bare)
	x := lexicon.Lookup(lw)
	switch {
	case bare == "" || !unicode.IsUpper([]rune(bare)[0]) && !ordinal.MatchString(bare):
		return false
	case ordinal.MatchString(bare), rankWords[lw], corpus.AbbreviatedTitle(lw):
		return true
	case strings.HasSuffix(w, ".") && len(bare) <= 4 && x.Count < minTitleAbbrevCount:
		return true // "Adm.", "Cmdr.", "Lt.": no word of its own
	}
	return x.Kind == "person" && !x.Capital && x.POS&lexicon.Adjective == 0
}

// minTitleAbbrevCount is how often a short word with a full stop must be
// used to be a word rather than an abbreviated title: "Gen." and "Col."
// are both, "Cmdr." only a title.
const minTitleAbbrevCount = 200

// ordinal matches an ordinal number in a rank: "2nd", "First".
var ordinal = lazyRE(`^(?:\d+(?:st|nd|rd|th)|First|Second|Third)$`)

// rankWords are the words of English ranks and titles that are no nouns
// for people on their own: "Rear Adm.", "Petty Officer 2nd Class"; the
// abbreviated titles are corpus.AbbreviatedTitle's, as a name may end
// before their full stop ("Lt. Cmdr" of "Lt. Cmdr. Ann Lee").
var rankWords = map[string]bool{
	"rear": true, "vice": true, "petty": true, "staff": true, "master": true, "class": true,
	"senior": true, "deputy": true, "assistant": true, "chief": true, "ret": true, "retired": true, "warrant": true,
	// The services a rank may open with: "Army Maj. Gen. Lin Shu".
	"army": true, "navy": true, "naval": true, "marine": true, "air": true, "force": true, "coast": true, "guard": true,
}

// afterTitle is a name without the words of a rank it opens with:
// "Class Tyler Schneider" (of "Petty Officer 2nd Class") is Tyler
// Schneider.
func afterTitle(name string) string {
	words := strings.Fields(name)
	i := 0
	for i < len(words)-2 && isTitleWord(words[i]) && !corpus.Initials(words[i+1]) {
		i++ // not "Earl" of "Judge Earl R. Larson"
	}
	return strings.Join(words[i:], " ")
}

// roleWordsOnly reports whether the words between a word of saying and
// a name are none, or a few lower-case words of a role: "said harbour
// master Tom Hale".
func roleWordsOnly(gap string) bool {
	words := strings.Fields(gap)
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !unicode.IsLower([]rune(w)[0]) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 || stopWord(w) {
			return false // "announced that biologists had discovered WNS"
		}
	}
	return true
}

// speechVerbRe finds a word of saying.
var speechVerbRe = lazyRE(`\b(?:` + wordsPattern(speechVerbs) + `)\b`)

// asksSpeaker matches a question about who said something.
var asksSpeaker = lazyRE(`(?i)^who\s+(?:` + wordsPattern(speechVerbs, thinkVerbs, askedOfSpeaker) + `)\b`)

// pronounSaid matches words a sentence attributes to "he" or "she".
var pronounSaid = lazyRE(`(?i)\b(?:he|she)\s+(?:` + wordsPattern(speechVerbs) + `)\b|\b(?:` + wordsPattern(speechVerbs) + `)\s+(?:he|she)\b`)

// pronounSpeaker is the person a sentence's "he said" or "she said"
// refers to: the person named last before it, in its paragraph or the
// three before (a quote often runs on from the paragraph that introduced
// its speaker); "" when the sentence names no speaker that way.
func (e *Engine) pronounSpeaker(d *doc) string {
	if d.pass == nil || !pronounSaid.MatchString(d.text) {
		return ""
	}
	return e.personBefore(d)
}

// personBefore is the person a sentence's "he" or "she" most likely
// stands for: the last named before it, in its paragraph or the three
// before.
func (e *Engine) personBefore(d *doc) string {
	// Its own paragraph up to it, then the whole paragraphs before,
	// whose names Build found.
	before := &passage{text: d.pass.text[:d.start]}
	before.names = nameSpans(before.text)
	paras := []*passage{before}
	if i := slices.Index(e.passages, d.pass); i >= 0 {
		for j := i - 1; j >= max(0, i-3); j-- {
			paras = append(paras, e.passages[j])
		}
	}
	for _, p := range paras {
		spans := p.names
		for k := len(spans) - 1; k >= 0; k-- {
			if len(strings.Fields(spans[k].text)) > 1 && p.nameKindOf(spans[k]) == "person" {
				return spans[k].text
			}
			if full := e.personBySurname(spans[k].text); full != "" {
				return full // "Meier believes …" after "Walt Meier" was named
			}
		}
	}
	return ""
}

// personBySurname is the full name of the person the article names
// whose last word a one-word name is ("Walt Meier" for "Meier"), or "".
func (e *Engine) personBySurname(word string) string {
	return e.fullNames[word]
}

// fullNamesOf maps the last word of each name of two words or more that
// the article gives a person, or no kind, to the first such name; first
// of all a biography's subject (biographyOf; "" for another story): a
// biography of Luke Robertson that names his wife Hazel Robertson first
// still calls him "Robertson".
func fullNamesOf(passages []*passage, subject string) map[string]string {
	out := map[string]string{}
	if f := strings.Fields(subject); len(f) > 1 {
		out[f[len(f)-1]] = subject
	}
	for _, p := range passages {
		for _, s := range p.names {
			f := strings.Fields(s.text)
			if len(f) < 2 {
				continue
			}
			if k := p.nameKindOf(s); k != "place" && k != "organisation" && out[f[len(f)-1]] == "" {
				out[f[len(f)-1]] = s.text
			}
		}
	}
	return out
}

// nearestCandidate returns the candidate answer of the question's kind in
// a paragraph that stands nearest the words the question shares with it,
// in a sentence that itself has one of those words: "autumn 1998" in the
// sentence before is not the date of a visit it does not mention. One in
// the sentence that answers the question best (the one starting at
// sentence) comes before any other: "… CSBF in Texas" answers "where is
// the CSBF", not the Virginia of the sentence before, though it stands
// as near a word of the CSBF's name.
func (e *Engine) nearestCandidate(q *question, p *corpus.Paragraph, pass *passage, sentence int) string {
	toks := pass.tokens
	read := e.candidates(q, pass) // all of them, for eventUnsaid
	cands := read
	if q.kind == qDate {
		cands = namedDates(q, pass, e.ofEventInSentence(q, pass, slices.Clone(read)))
	}
	if len(cands) == 0 {
		return ""
	}
	anchors := highlightAnchors(q, toks)
	best, bestDist, bestFrom, counted := "", 2*len(p.Text)+1, 0, ""
	fits := map[int]bool{} // by sentence start: whether it can hold the answer
	clauses := map[int][][2]int{}
	var asked []string // the noun a "which NOUN" question asks for
	if q.kind == qPlace || q.kind == qPerson {
		asked = e.askedNounTerms(q)
	}
	for _, c := range cands {
		if e.asksAbout(q, p, toks, c, asked) {
			continue
		}
		from, to := sentenceAround(p, c.start)
		ok, seen := fits[from]
		if !seen {
			ok = e.sentenceFits(q, pass, from, to)
			fits[from] = ok
		}
		if !ok {
			continue // a figure in a sentence about something else
		}
		// "… killed 135 deer, and Hurricane Irma … killed about 21
		// deer": Irma's count is in Irma's clause.
		cl, seen := clauses[from]
		if !seen {
			cl = e.clausesOf(p.Text[from:to])
			clauses[from] = cl
		}
		dist, inside := anchorDistance(q, p.Text, c, anchors, from, to)
		if inside && q.kind == qCount && counted == "" {
			// The question's own words are no answer to it, but a
			// count says the word it counts: "how many birds" is
			// answered by "3,000 birds" when nothing nearer tells
			// which birds.
			counted = c.text
		}
		if dist < 0 {
			continue
		}
		if from != sentence {
			dist += len(p.Text)
		}
		dist += clausePenalty * missingInClause(p.Text, from, to, c.start, anchors, cl)
		dist += clausePenalty * brokenDownElsewhere(p.Text, from, to, c, anchors, cands)
		if dist += clausePenalty * claimedByOthers(p.Text, from, to, c, anchors, cands); dist < bestDist {
			best, bestDist, bestFrom = c.text, dist, from
		}
	}
	if best == "" {
		return counted
	}
	if q.kind == qDate && e.eventUnsaid(q, pass, bestFrom, read) {
		return ""
	}
	return best
}

// countsAsAsked keeps the counts of a text that may answer a how-many
// question: not a count joined to another, an increment the question
// does not ask for, nor a side of a score.
func (e *Engine) countsAsAsked(q *question, text string, out []span) []span {
	out = e.withoutJointCounts(q, text, out)
	if !incrementAsked.MatchString(q.text) {
		// "performed 72 flights … After notching another four flights":
		// "how many flights" asks the 72.
		out = slices.DeleteFunc(out, func(c span) bool {
			return incrementBefore.MatchString(lookBehind(text, c.start)) || countedMore.MatchString(c.text)
		})
	}
	// "making the score 21–9": a score's sides count nothing.
	return slices.DeleteFunc(out, func(c span) bool { return scoreSide(text, c) })
}

// scoreSide reports whether a candidate is one side of a score set
// after "score" or "making it" ("the score 21–9", "making it 6–3"):
// figures of no thing a question counts.
func scoreSide(text string, c span) bool {
	before, after := text[:c.start], text[c.end:]
	if scoreFirst.MatchString(after) {
		return scoreBefore.MatchString(before)
	}
	if m := scoreSecond.FindStringIndex(before); m != nil {
		return scoreBefore.MatchString(before[:m[0]]) && !wordAfterScore(after)
	}
	return false
}

// wordAfterScore reports whether a word that is no little word follows a
// text's start: "20–30 people" is a range of people, not a score.
func wordAfterScore(text string) bool {
	w := wordRe.FindString(text)
	return w != "" && strings.HasPrefix(strings.TrimLeft(text, " "), w) && !stopWord(strings.ToLower(w))
}

var (
	// scoreFirst and scoreSecond match the rest of a score around its
	// first or second figure: "–9", "21–".
	scoreFirst  = lazyRE(`^(?:–|-|—)\d{1,3}\b`)
	scoreSecond = lazyRE(`\b\d{1,3}(?:–|-|—)$`)
	// scoreBefore matches what a score is given after: "the score ",
	// "making it ", "won ".
	scoreBefore = lazyRE(`(?i)\b(?:score(?:\s+(?:to|at|of))?|making\s+it|to\s+make\s+it|won|lost|a)\s+$`)
)

// asksAbout reports whether a candidate of a paragraph is what the
// question asks about, or who told of it, rather than its answer.
func (e *Engine) asksAbout(q *question, p *corpus.Paragraph, toks []token, c span, asked []string) bool {
	if (q.kind == qPlace || q.kind == qPerson) && saysQuestionWord(q, toks, c, asked) && !e.givenAsked(q, p.Text, c.start) {
		// "where's the BLM office that runs this cave project?" is not
		// answered by "Fort Stanton Cave": the cave is what it asks
		// about. "HK Contractors" got the contract it was awarded,
		// though its name says a near word of it.
		return true
	}
	if m := bracketedAbbreviation.FindStringSubmatch(p.Text[c.end:]); m != nil && spells(m[1], c.text) && saysShortForm(q.text, m[1]) {
		return true // "who runs the trams for TfL?": "Transport for London (TfL)" is what it asks about
	}
	// "According to Haskins, death threats were made against the
	// Miners": Haskins told of the threats; "who got death threats?"
	// asks for the Miners.
	return q.kind == qPerson && (attributes(p.Text, c.start) || speaksUnasked(q, p, c)) && !asksSpeaker.MatchString(q.core) && !doesAskedInClause(q, p.Text[c.end:])
}

// eventUnsaid reports whether the sentence at from gives two dates or
// more (of cands, the candidates read before any is matched to its
// event) and says none of the question's own words for what happened:
// "The work began in June and is scheduled to wrap up by October" does
// not tell which is when the work is "finished", though June stands
// nearer "work".
func (e *Engine) eventUnsaid(q *question, pass *passage, from int, cands []span) bool {
	_, to := pass.sentenceAt(from)
	n := 0
	for _, c := range cands {
		if c.start >= from && c.end <= to {
			n++
		}
	}
	if n < 2 {
		return false
	}
	in := saidOf(termsBetween(pass.tokens, from, to))
	for _, u := range q.units {
		if u.topical && u.entity == "" && (pastEd(u.word) || irregularPast(u.word)) && !in.says(u.term, u.near) {
			return true
		}
	}
	return false
}

// sentenceFits reports whether the paragraph's sentence from from to to
// says what the question asks about, with what its pronouns refer to,
// so that a figure in it may answer.
func (e *Engine) sentenceFits(q *question, pass *passage, from, to int) bool {
	in := saidWithReferents(q, pass.text, pass.tokens, from, to)
	for _, t := range pass.antecedents[from] {
		in[t] = true // "It lasted eleven weeks and ended on December 21": the strike did
	}
	for _, t := range pass.heading {
		if q.nameTerms[t] {
			// Under the heading "Saginaw River", "The project was awarded
			// for almost $1.2 million" is the Saginaw River's.
			in[t] = true
		}
	}
	return e.couldAnswer(q, in) && e.narrowedAsAsked(q, in) && e.saysAllButHead(q, in)
}

// clausePenalty is how much farther the question's words count as
// standing from a candidate for each of them its sentence says only
// outside the candidate's clause.
const clausePenalty = 60

// missingInClause counts the question's words (anchors) that a sentence,
// from from to to in text, says but not in the clause of the candidate
// at c: none when the sentence is one clause.
func missingInClause(text string, from, to, c int, anchors []Span, clauses [][2]int) int {
	if len(clauses) < 2 {
		return 0 // one clause: most sentences
	}
	cs, ce := clauseAt(clauses, c-from)
	cs, ce = cs+from, ce+from
	return saidOnlyElsewhere(text, from, to, anchors, func(a Span) anchorPlace {
		switch {
		case hyphenedName(text, a):
			// "At the time of the Clay-Miteff bout, Clay … weighed 188
			// pounds; Miteff … weighed 210 pounds": the bout is both
			// men's, and Miteff's weight is in Miteff's clause.
			return ignoredPlace
		case a.Start >= cs && a.End <= ce:
			return ownPlace
		}
		return otherPlace
	})
}

// hyphenedName reports whether an anchor is a name joined by a hyphen to
// another capitalised word, the pair naming something of both ("the
// Clay-Miteff bout", "the U.S.-Japan alliance").
func hyphenedName(text string, a Span) bool {
	if r, _ := utf8.DecodeRuneInString(text[a.Start:]); !unicode.IsUpper(r) {
		return false
	}
	before, after := text[:a.Start], text[a.End:]
	return pairedBefore.MatchString(before) || pairedAfter.MatchString(after)
}

var (
	// pairedBefore matches a capitalised word and a hyphen at a text's end.
	pairedBefore = lazyRE(`\p{Lu}[\pL.]*-$`)
	// pairedAfter matches a hyphen and a capitalised word at a text's start.
	pairedAfter = lazyRE(`^-\p{Lu}`)
)

// anchorPlace is where an anchor stands for saidOnlyElsewhere.
type anchorPlace int

const (
	ignoredPlace anchorPlace = iota // it counts neither way
	ownPlace                        // in the candidate's own clause or item
	otherPlace                      // in another that counts
)

// saidOnlyElsewhere counts the question's words (anchors) that a
// sentence, from from to to in text, says in another place than the
// candidate's own and never in its own, place telling which an anchor
// stands in.
func saidOnlyElsewhere(text string, from, to int, anchors []Span, place func(Span) anchorPlace) int {
	inOwn, elsewhere := map[string]bool{}, map[string]bool{}
	for _, a := range anchors {
		if a.Start < from || a.End > to {
			continue
		}
		w := strings.ToLower(text[a.Start:a.End])
		switch place(a) {
		case ownPlace:
			inOwn[w] = true
		case otherPlace:
			elsewhere[w] = true
		}
	}
	n := 0
	for w := range elsewhere {
		if !inOwn[w] {
			n++
		}
	}
	return n
}

// brokenDownElsewhere counts the question's words (anchors) that only
// the breakdown right after a candidate says, when that breakdown gives
// a part of the candidate's figure: "A total of 48 people were killed,
// mostly in Varna Province with 31 people" answers "how many died in
// Varna Province?" with the 31, and "how many died?" still with the 48.
// The breakdown ends at its phrase's end, so "…, including 31 in Kell,
// in the attack on the market" keeps "the attack on the market" the
// total's. The sentence runs from from to to; a word inside a candidate
// counts for neither.
func brokenDownElsewhere(text string, from, to int, c span, anchors []Span, cands []span) int {
	if c.end >= to {
		return 0 // a candidate that runs to the sentence's end, or past it ("1.5 m." of an abbreviation)
	}
	near := text[c.end:min(to, c.end+breakdownReach)]
	m := breakdownJoint.FindStringIndex(near)
	if m == nil || strings.ContainsAny(near[:m[0]], ".;:") {
		return 0
	}
	start, opens := c.end+m[0], c.end+m[1]
	end := phraseEnd(text, opens, to)
	for end < to && text[end] == ',' && partFollows.MatchString(text[end+1:to]) {
		end = phraseEnd(text, end+1, to) // "including 31 in Kell, 12 in Varna and five in Dobrich"
	}
	if !slices.ContainsFunc(cands, func(o span) bool { return o.start >= opens && o.end <= end && partOfFigure(text, c, o, opens) }) {
		return 0 // "including a school", "mostly in children under five": no part of the figure
	}
	inCandidate := func(a Span) bool {
		return slices.ContainsFunc(cands, func(o span) bool { return a.Start >= o.start && a.End <= o.end })
	}
	return saidOnlyElsewhere(text, from, to, anchors, func(a Span) anchorPlace {
		switch {
		case inCandidate(a):
			return ignoredPlace
		case a.Start >= start && a.End <= end:
			return otherPlace
		}
		return ownPlace
	})
}

// breakdownReach is how far, in bytes, a breakdown may start after the
// figure it breaks down.
const breakdownReach = 100

// phraseEnd is where the phrase from from ends: at its first comma or
// semicolon that no number holds ("1,200"), else at to.
func phraseEnd(text string, from, to int) int {
	for k := from; k < to; k++ {
		if b := text[k]; b == ';' || b == ',' && !(k > 0 && k+1 < len(text) && isDigit(text[k-1]) && isDigit(text[k+1])) {
			return k
		}
	}
	return to
}

// partFollows matches the next part of a breakdown after its comma: a
// figure, after "and" or not ("12 in Varna", "and £3m for …").
var partFollows = lazyRE(`^\s+(?:and\s+)?(?:[$£€¥]\s?)?` + figureOpening)

// partOfFigure reports whether a candidate o of a breakdown that opens at
// opens gives a part of the figure c: a bare number right after the
// breakdown's word ("including 400 in Dobrich"), or a figure in c's unit
// ("with 31 people" of "48 people", "£12m" of "£40m").
func partOfFigure(text string, c, o span, opens int) bool {
	if strings.TrimSpace(text[opens:o.start]) == "" && numberIn.FindString(o.text) == o.text {
		return true
	}
	unit := unitWord(lastWordOf(c.text))
	return unit != "" && unit == unitWord(lastWordOf(o.text))
}

// unitWord is a figure's last word without its digits and separators,
// lower-cased: "people", "£m" of "£40m"; "" for a bare number.
func unitWord(w string) string {
	return strings.ToLower(strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r == ',' || r == '.' {
			return -1
		}
		return r
	}, w))
}

// breakdownJoint matches where a figure's breakdown starts: ", mostly
// in", ", including", ", of whom", ", among them".
var breakdownJoint = lazyRE(`,\s+(?:including|mostly|mainly|chiefly|largely|of\s+whom|of\s+which|among\s+them|among\s+whom)\b`)

// claimedByOthers counts the question's words (anchors) that a sentence,
// from from to to in text, says only in another item of a list of
// candidates: "NASA astronaut Jasmin Moghbeli, ESA astronaut Andreas
// Mogensen, JAXA astronaut Satoshi Furukawa" files "ESA" under Mogensen,
// not under the name just before it. Only a list of three or more items
// that each hold a candidate counts: two are as often a name and its
// aside ("Joy O'Keefe, a researcher at Indiana State University").
func claimedByOthers(text string, from, to int, c span, anchors []Span, cands []span) int {
	items := listItems(text[from:to], from)
	holding := map[int]bool{} // the items, by start, that hold a candidate
	for _, o := range cands {
		if o.start >= from && o.end <= to {
			holding[itemAt(items, o.start)[0]] = true
		}
	}
	if len(holding) < 3 {
		return 0
	}
	own := itemAt(items, c.start)
	return saidOnlyElsewhere(text, from, to, anchors, func(a Span) anchorPlace {
		switch item := itemAt(items, a.Start); {
		case a.Start >= c.start && a.End <= c.end:
			return ignoredPlace // the candidate's own words
		case item == own:
			return ownPlace
		case holding[item[0]]:
			return otherPlace
		}
		return ignoredPlace
	})
}

// listItems splits a sentence at its commas and semicolons (outside
// brackets) into the stretches a list's items would be, as offsets into
// the paragraph (the sentence starts at offset at).
func listItems(sentence string, at int) [][2]int {
	var items [][2]int
	start, depth := 0, 0
	for i, r := range sentence {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(depth-1, 0)
		case ',', ';':
			if depth == 0 {
				items = append(items, [2]int{at + start, at + i})
				start = i + 1
			}
		}
	}
	return append(items, [2]int{at + start, at + len(sentence)})
}

// itemAt is the list item that holds offset i.
func itemAt(items [][2]int, i int) [2]int {
	for _, it := range items {
		if i < it[1] {
			return it
		}
	}
	return items[len(items)-1]
}

// clauseAt is the span of the clause that holds offset i.
func clauseAt(clauses [][2]int, i int) (start, end int) {
	for _, c := range clauses {
		if i < c[1] {
			return c[0], c[1]
		}
	}
	last := clauses[len(clauses)-1]
	return last[0], last[1]
}

// clausesOf is clauseSpans of a sentence, remembered.
func (e *Engine) clausesOf(sentence string) [][2]int {
	if c, ok := e.clauseMemo.get(sentence); ok {
		return c
	}
	c := clauseSpans(sentence)
	e.clauseMemo.put(sentence, c)
	return c
}

// clauseSpans splits a sentence into its clauses: a clause of its own
// starts after ", and", ", but", ";" and the like when it says a verb
// before the next such joint ("…, and Hurricane Irma in September 2017
// killed about 21 deer"), not a list's next item ("537 nests at
// Blackbeard, and 480 at Wassaw"). Each span runs from the clause's
// start to the next clause's joint.
func clauseSpans(sentence string) [][2]int {
	joints := clauseJoint.FindAllStringIndex(sentence, -1)
	spans := [][2]int{{0, len(sentence)}}
	for k, m := range joints {
		next, prev := len(sentence), 0
		if k+1 < len(joints) {
			next = joints[k+1][0]
		}
		if k > 0 {
			prev = joints[k-1][1]
		}
		// A bare comma joins two clauses only between two stretches
		// that both say a verb ("Hornsdale reduced output by 86 MW,
		// Snowtown reduced output by 106 MW"), not after an opening
		// phrase ("The next day, rangers took …").
		bare := !strings.ContainsAny(sentence[m[0]:m[1]], ";:") && strings.TrimSpace(sentence[m[0]+1:m[1]]) == ""
		// A bare "and" joins two clauses only between two that both say
		// a verb ("Seven flights were delayed and two were diverted"),
		// not two names or two counts ("Smith and Jones were fined").
		andOnly := !strings.ContainsAny(sentence[m[0]:m[1]], ",;:")
		if andOnly && pairOpened.MatchString(sentence[prev:m[0]]) {
			continue // "between 6,500 and 10,200 gulls died": one range
		}
		if !saysVerb(sentence[m[1]:next]) || (bare || andOnly) && (!saysVerb(sentence[prev:m[0]]) || saysVerb(firstWordAfter(sentence[m[1]:]))) {
			continue // nor before the verb of a subject set off by commas ("Ravens Book Club, a group …, raised money")
		}
		spans[len(spans)-1][1] = m[0]
		spans = append(spans, [2]int{m[1], len(sentence)})
	}
	return spans
}

// saysVerb reports whether a stretch of text says a verb form or an
// auxiliary: a clause's own, or, before a name, one that makes the name
// no subject.
func saysVerb(text string) bool {
	return slices.ContainsFunc(wordRe.FindAllString(text, -1), func(w string) bool {
		w = strings.ToLower(w)
		return auxiliary[w] || pastOrVerbForm(w) || adjectivalPast(w)
	})
}

// adjectivalPast reports whether a word in "-ed" that WordNet keeps as an
// adjective of its own ("reduced", so its base is itself) is the past of
// a verb ("reduce") and no noun ("seed" is no past of "see").
func adjectivalPast(w string) bool {
	n := len(w)
	if n < 5 || !strings.HasSuffix(w, "ed") || lexicon.Lookup(w).POS&lexicon.Noun != 0 {
		return false
	}
	return lexicon.Lookup(w[:n-1]).POS&lexicon.Verb != 0 || lexicon.Lookup(w[:n-2]).POS&lexicon.Verb != 0
}

// pairOpened matches a stretch that opens a pair its next "and" closes:
// "between 6,500" (a comma inside a number ends no phrase), "both the
// pilot".
var pairOpened = lazyRE(`(?i)\b(?:between|both)\b(?:[^,;:]|,\d)*$`)

// clauseJoint finds where a sentence may start a new clause.
var clauseJoint = lazyRE(`(?i),\s+(?:(?:and|` + contrastWords + `)\s+)?|;\s+|:\s+|\s+(?:and|while|whereas)\s+`)

// saysQuestionWord reports whether a candidate answer's head word (its
// last, or the last before "of") is one of the question's own words,
// other than the noun it asks for: "Fort Stanton Cave" is the cave a
// question asks about, not where it is; "which university" may be
// answered by "University of Utah", and "Alabama Bat Working Group" is
// no bat. So a place the question names itself is never the answer to
// where it is ("where is the Gull Point lighthouse?" is not "Gull
// Point").
func saysQuestionWord(q *question, toks []token, c span, asked []string) bool {
	end := c.end
	if i := strings.Index(c.text, " of "); i > 0 {
		end = c.start + i
	}
	head := ""
	for _, t := range toks {
		if t.start >= c.start && t.end <= end {
			head = t.term
		}
	}
	return head != "" && q.highlight[head] && !slices.Contains(asked, head) && !instanceAsked(q, asked, head)
}

// doersOnly keeps, of the names a "who did it" question may be answered
// by, those that may have done it: none after the asked verb in its
// sentence, but after "by" ("Adams briefed Edelman on the project" for
// "who briefed the under secretary?": Edelman is whom it was done to),
// and nothing but the people a sentence names plainly, not after a
// preposition, when it names one ("Col. James W. Adams, deputy commander
// for 2nd BCT, briefed …"; "Biologists in the National Fisheries
// Council reviewed …" names no person).
func (e *Engine) doersOnly(q *question, p *passage, cands, people []span) []span {
	given := func(c span) bool { return e.givenAsked(q, p.text, c.start) }
	if slices.ContainsFunc(cands, given) {
		// "who got the contract?": "The agency awarded the contract to
		// HK Contractors" gave it to HK Contractors, not the agency.
		return slices.DeleteFunc(slices.Clone(cands), func(c span) bool { return !given(c) })
	}
	verb := q.doneVerb()
	if verb == "" {
		return cands // "who was the contract awarded to?"
	}
	places := map[span]verbPlace{}
	for _, c := range cands {
		places[c] = askedVerbBefore(p, c, verb)
	}
	place := func(c span) verbPlace { return places[c] }
	kept := slices.DeleteFunc(slices.Clone(cands), func(c span) bool { return place(c) == afterVerb })
	sameSentence := func(c, o span) bool {
		from, to := p.sentenceAt(c.start)
		return o.start >= from && o.end <= to
	}
	plainPerson := func(c span) bool {
		return slices.Contains(people, c) && !prepositionBefore.MatchString(p.text[:seriesStart(p.text, cands, c)])
	}
	return slices.DeleteFunc(kept, func(c span) bool {
		if place(c) == beforeVerb && slices.ContainsFunc(kept, func(o span) bool { return sameSentence(c, o) && place(o) == byAgent }) {
			return true // "Toni Morrison's novel was adapted … by director Jonathan Demme"
		}
		return !plainPerson(c) && slices.ContainsFunc(kept, func(o span) bool { return sameSentence(c, o) && plainPerson(o) })
	})
}

// seriesStart is where the series of names that holds c starts: a
// preposition before its first name governs them all ("with John
// Duntze, Joseph Sanders and Daniel Hamilton" names no subject).
func seriesStart(text string, cands []span, c span) int {
	start := c.start
	for i := slices.Index(cands, c); i > 0; i-- {
		prev := cands[i-1]
		if prev.end > start || !listGap(text[prev.end:start]) {
			break
		}
		start = prev.start
	}
	return start
}

// doneByName reports whether a name of no known kind stands right after
// "by" in a sentence that says the verb of a "who VERBed …" question
// before it: the doer, a company or a person.
func doneByName(q *question, p *passage, s span) bool {
	verb := q.doneVerb()
	if verb == "" || !byRightBefore.MatchString(p.text[:s.start]) || askedVerbBefore(p, s, verb) != byAgent {
		return false
	}
	// The "by" is the asked verb's own: "Chinese firm PowerChina built the
	// plant, and the batteries were supplied by CATL" says who supplied
	// them, not who built it.
	from, _ := p.sentenceAt(s.start)
	words := wordRe.FindAllString(p.text[from:s.start], -1)
	base := lexicon.Base(verb)
	for i := len(words) - 2; i >= max(0, len(words)-6); i-- {
		if lexicon.Base(strings.ToLower(words[i])) == base {
			return !strings.ContainsAny(p.text[from:s.start][strings.LastIndex(p.text[from:s.start], words[i]):], ",;")
		}
	}
	return false
}

// doneVerb is the verb, in lower case as typed, of a "who VERBed …"
// question that asks who did a deed ("found" of "who found King?"); ""
// for "who was …", "who has …" and questions of other shapes.
func (q *question) doneVerb() string {
	if q.doing == nil || q.doing[2] == "" {
		return ""
	}
	verb := strings.ToLower(q.doing[2])
	if doerlessVerbs[lexicon.Base(verb)] {
		return ""
	}
	return verb
}

var (
	// receiveVerbs are the verbs of a "who got it?" question, answered
	// by whom a sentence says it was given to.
	receiveVerbs = map[string]bool{"get": true, "receive": true, "win": true, "earn": true, "land": true, "obtain": true, "secure": true}
	// givenTo ends the words before a name that something was given
	// to, in one clause: "awarded the construction contract to "; group
	// 1 is what was given.
	givenTo = lazyRE(`(?i)\b(?:awarded|awards|award|gave|gives|given|granted|grants|presented|presents|handed|sold|issued|offered|assigned|donated)\b([^.;:,]{0,60}?)\bto\s+(?:the\s+)?$`)
)

// receiving reports whether a "who" question asks who got something.
func (q *question) receiving() bool {
	return q.doing != nil && receiveVerbs[lexicon.Base(strings.ToLower(q.doing[2]))]
}

// givenAsked reports whether a "who got it?" question is answered by the
// name at a text's position: the text gives what the question asks about
// to it ("awarded the construction contract to HK Contractors" for "who
// got the construction contract?"), not something else ("won the
// marathon and donated her prize money to the Red Cross" gives no
// marathon).
func (e *Engine) givenAsked(q *question, text string, at int) bool {
	if !q.receiving() {
		return false
	}
	m := givenTo.FindStringSubmatch(lookBehind(text, at))
	if m == nil || strings.Contains(m[1], " and ") {
		return false
	}
	return slices.ContainsFunc(e.an.tokens(m[1]), func(t token) bool {
		return slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && u.term == t.term })
	})
}

// byRightBefore matches "by" right before a name.
var byRightBefore = lazyRE(`\bby\s+(?:the\s+)?$`)

// verbPlace is where a name stands against the verb a "who did it"
// question asks about, in its sentence.
type verbPlace int

const (
	beforeVerb verbPlace = iota // or no such verb in the sentence
	afterVerb                   // after it: whom it was done to
	byAgent                     // after it and a "by": who did it
)

// askedVerbBefore finds where a name stands against the asked verb (as the
// question writes it, or inflected: "said lead author Zachary McGraw"
// says no "led"). A name set beside the noun of a relative clause ("The
// person who recovered the fumble, linebacker Dan Ruiz, …") stands as
// its doer.
func askedVerbBefore(p *passage, c span, asked string) verbPlace {
	verb := lexicon.Base(asked)
	from, _ := p.sentenceAt(c.start)
	words := wordRe.FindAllString(p.text[from:c.start], -1)
	for i, w := range words {
		lw := strings.ToLower(w)
		if i == 0 || strings.HasSuffix(lw, "ing") || lw != asked && (lw == verb || lexicon.Base(lw) != verb) {
			continue
		}
		switch {
		case slices.Contains(words[i+1:], "by"), relativeWord[strings.ToLower(words[i-1])] && setBeside.MatchString(p.text[from:c.start]):
			return byAgent
		case slices.Contains(words[i+1:], "according"):
			return beforeVerb // "ranked according to Tom Hale": he may have ranked them, or only said so
		}
		return afterVerb
	}
	return beforeVerb
}

var (
	// doerlessVerbs are the base forms of "who was …" and "who has …",
	// which ask no doer of a deed. Not question.go's auxiliary, the
	// forms: "does" is read as "doe" by its base here, and "who does X
	// say …" keeps the doer's filter, which measured better on the dev
	// sets.
	doerlessVerbs = map[string]bool{"be": true, "have": true, "do": true}
	// relativeWord are the words a relative clause opens with: in "The
	// person who recovered the fumble, linebacker Dan Ruiz, …" the name
	// after the verb is the one who did it.
	relativeWord = map[string]bool{"who": true, "that": true, "which": true}
	// setBeside matches what sets a name beside the noun a relative
	// clause is about: a comma or a "was" or "as", and a title or two
	// ("…, linebacker Dan Ruiz", "… was Ellen Brooks", "… as Mark Olsen").
	setBeside = lazyRE(`(?:,|\b(?:was|were|is|are|as))\s+(?:\S+\s+){0,2}$`)
	// prepositionBefore matches a preposition right before a name, past
	// its determiners and ordinals: "commander for 2nd BCT".
	prepositionBefore = lazyRE(`(?i)(?:^|[^\pL\pN])(?:for|of|at|in|from|near|on|with)(?:\s+(?:the|a|an|its|their|his|her|\d+(?:st|nd|rd|th)?))*\s+$`)
)

// instanceAsked reports whether a term is one of the things of the kind a
// "which NOUN" question asks for, which its noun brought in as near
// words: "Arizona" answers "which state", it does not restate it.
func instanceAsked(q *question, asked []string, term string) bool {
	for _, u := range q.units {
		if slices.Contains(asked, u.term) && slices.Contains(u.near, term) {
			return true
		}
	}
	return false
}

// askedNounTerms are the analysed words of the noun a "which NOUN"
// question asks for, or of the school "where did he go to school?"
// asks for, or nil.
func (e *Engine) askedNounTerms(q *question) []string {
	if q.kind == qPlace && asksSchool.MatchString(q.core) {
		return e.an.terms("school college university")
	}
	m := whichNounCue.FindStringSubmatch(strings.ToLower(q.core))
	if m == nil {
		return nil
	}
	return e.an.terms(m[1])
}

// labelledPlace reports whether a name has a noun of place and "of"
// right before it: "the state of North Carolina", "the city of Tulsa".
func labelledPlace(text string, s span) bool {
	m := groupOf.FindStringSubmatch(lookBehind(text, s.start))
	return m != nil && placeLabels[strings.ToLower(m[1])]
}

// placeLabels are the nouns that name the kind of place a name after
// "of" is: "the state of North Carolina".
var placeLabels = map[string]bool{"state": true, "city": true, "town": true, "village": true, "county": true, "province": true, "country": true, "island": true, "region": true, "district": true, "republic": true, "kingdom": true, "port": true, "community": true, "municipality": true, "parish": true, "borough": true}

// saidWithReferents is what a paragraph's sentence [from, to) says,
// counting the names of the question that the paragraph gives before it
// when the sentence refers back to someone ("When he came to Lower
// Suwannee, in 2011" says it of Andrew Gude, named a sentence earlier).
func saidWithReferents(q *question, text string, toks []token, from, to int) said {
	in := saidOf(termsBetween(toks, from, to))
	if !pronoun.MatchString(text[from:to]) {
		return in
	}
	for _, t := range termsBetween(toks, 0, from) {
		if q.nameTerms[t] {
			in[t] = true
		}
	}
	return in
}

// pronoun matches the words that refer back to a person or group.
var pronoun = lazyRE(`(?i)\b(?:he|she|his|her|him|they|their|them)\b`)

// narrowedAsAsked reports whether a sentence says the words that narrow
// what a "how many" question counts, where the story has them: "700
// nests" in a sentence that never says "loggerhead" is no answer to "how
// many loggerhead nests".
func (e *Engine) narrowedAsAsked(q *question, in said) bool {
	for _, m := range q.countedBy {
		if e.df[m] > 0 && !in.says(m, e.synonyms[m]) && !saysOnlyMany(q, m) {
			return false
		}
	}
	return true
}

// saysOnlyMany reports whether a question's word of a term that narrows
// what it counts says only that there are many, not which: "how many
// different curricula", "in how many separate intervals".
func saysOnlyMany(q *question, term string) bool {
	return slices.ContainsFunc(q.units, func(u unit) bool { return u.term == term && countedApart[strings.ToLower(u.word)] })
}

// countedApart are the words that say only that what is counted is many.
// "Total" and "individual" are not among them: "how many total jobs"
// asks the sum, "individual donors" some of the donors.
var countedApart = map[string]bool{"different": true, "separate": true, "distinct": true, "various": true}

// saysWhatHappened reports whether a sentence holding a date (or, for
// "where", a place; for "who", a name) says something the question asks
// happened, not only who it happened to: "set to open in July, takes its name from the
// island night lizard" does not date the lizard's removal from the list,
// and an aviary where parrots are bred is not where they were released. What happened is
// said after the subject ("… lizard taken off the endangered list"), and
// a light verb ("take", "get") says too little to count. Questions whose
// words besides names the story lacks are not held to it.
func (e *Engine) saysWhatHappened(q *question, in said) bool {
	if len(q.aspect) > 0 && !slices.ContainsFunc(q.aspect, func(t string) bool { return in[t] }) {
		return false // "In 2012, TNC contributed the first parcel" says when it went on, not when it began
	}
	if len(q.happened) == 0 { // only "when", "where" and "who" questions have one
		return true
	}
	near := 0
	for _, u := range q.happened {
		switch {
		case in[u.term]:
			return true
		case in.says(u.term, u.syns):
			near++
		}
	}
	// One near word may be another sense's ("list" is a synonym of
	// "name", and "takes its name" removes nothing from a list).
	return near >= min(2, len(q.happened))
}

// happenedUnits are the words of a question that say what happened (kept
// as question.happened for "when", "where" and "who" questions; what is its event, from
// eventOf): the
// story's words outside names and chatter, after the subject when the
// question has that shape, light verbs left out unless nothing else is
// left ("take place").
func (e *Engine) happenedUnits(q *question, what string) []unit {
	event := e.eventTerms(what)
	var all, heavy []unit
	for _, u := range q.units {
		if u.entity != "" || u.chatter || !u.topical || q.nameTerms[u.term] || e.df[u.term] == 0 {
			continue
		}
		if event != nil && !event[u.term] || q.kind == qDate && timeNoun[lexicon.Base(strings.ToLower(u.word))] {
			continue // "when did Atambayev announce the date" asks when he announced
		}
		all = append(all, u)
		if !lightVerb(u.word) {
			heavy = append(heavy, u)
		}
	}
	if len(heavy) > 0 {
		return heavy
	}
	return all
}

// eventTerms are the analysed words of what a "when was X done" or "when
// did X do" question says happened (its event, from eventOf): those
// from the first verb after its subject on, or none when it has no such
// shape.
func (e *Engine) eventTerms(event string) map[string]bool {
	if event == "" {
		return nil
	}
	out := map[string]bool{}
	for _, t := range e.an.terms(event) {
		out[t] = true
	}
	return out
}

// eventOf finds what a "when (or where) was X done" or "when did X do" question
// says happened: the text from the first verb after its subject on, that
// verb, lower-cased ("buy its first KX-7", "buy"), and the subject
// before it ("green sea turtles" of "when do green sea turtles start
// nesting"); "" when the question has no such shape.
func eventOf(question string) (event, verb, subject string) {
	m := whenAux.FindStringSubmatch(question)
	if m == nil {
		return "", "", ""
	}
	aux, rest := m[1], m[2]
	words := wordRe.FindAllStringIndex(rest, -1)
	for i := 1; i < len(words); i++ {
		typed := rest[words[i][0]:words[i][1]]
		w := strings.ToLower(typed)
		if isVerbForm(w, aux) && !opensWithCapital(typed) { // "the Elm Trust begin": "Trust" names
			return rest[words[i][0]:], w, rest[:words[i][0]]
		}
	}
	return "", "", ""
}

// setSubject keeps the head noun of a "when" question's subject and the
// story's words that narrow it ("green", "sea" of "green sea turtles").
func (e *Engine) setSubject(q *question, subject string) {
	terms := e.an.terms(subject)
	if len(terms) < 2 {
		return
	}
	q.subjectHead = terms[len(terms)-1]
	for _, t := range terms[:len(terms)-1] {
		if e.df[t] > 0 && !q.nameTerms[t] {
			q.subjectBy = append(q.subjectBy, t)
		}
	}
}

// sameSubject reports whether a sentence that names a "when" question's
// subject by its head noun names it as narrowed: "Leatherback turtles
// begin nesting in late March" tells of other turtles than "green sea
// turtles", and no date of theirs. A sentence that does not say the head
// noun (a pronoun, "the species") is not judged.
func (e *Engine) sameSubject(q *question, in said) bool {
	if q.subjectHead == "" || len(q.subjectBy) == 0 || !in[q.subjectHead] {
		return true
	}
	for _, m := range q.subjectBy {
		if in.says(m, e.synonyms[m]) {
			return true
		}
	}
	return false
}

// datesEvent reports whether a fact's date is the date of what a "when"
// question says happened: its verb, or a word near it, is among the
// fact's words or cue words. "When did Elm Bay buy its first KX-7?"
// shares "first" with the KX-7's first voyage, but asks of a purchase.
// A light verb ("go", "take place") says too little to hold a fact to.
func datesEvent(q *question, d *doc) bool {
	if q.anyEvent {
		return true
	}
	for _, t := range q.verbTerms {
		if d.terms[t] != 0 {
			return true
		}
	}
	return false
}

// setEvent keeps on a "when" question what it says happened, once per
// question (datesEvent asks it of every dated document): the analysed
// words of its verb, of the verb's base and of the words related to it;
// or anyEvent when it has no verb, or a light one.
func (e *Engine) setEvent(q *question, verb string) {
	if verb == "" || lightVerb(verb) {
		q.anyEvent = true
		return
	}
	q.verbOwn = slices.Concat(e.an.terms(verb), e.an.terms(lexicon.Base(verb)))
	q.verbTerms = slices.Clone(q.verbOwn)
	for _, w := range lexicon.Related(lexicon.Base(verb)) {
		q.verbTerms = append(q.verbTerms, e.an.terms(w)...)
	}
}

// whenAux matches a "when" or "where" question with its auxiliary verb, capturing
// the auxiliary and what follows it.
var whenAux = lazyRE(`(?i)\b(?:when|where)\s+(was|were|is|are|did|does|do|has|have|had|will)\s+([^?]+)`)

// isVerbForm reports whether a word after a question's subject is its
// verb: a past participle after "was" ("taken", "removed"), a verb's
// base form after "did" ("visit").
func isVerbForm(word, aux string) bool {
	switch strings.ToLower(aux) {
	case "was", "were", "is", "are", "has", "have", "had":
		return lexicon.IrregularForm(word) != "" || strings.HasSuffix(word, "ed") // an irregular form: "taken"
	}
	// After "do", "does" and "did" the verb is in its base form:
	// "turtles" in "when do green turtles begin" is no verb.
	return lexicon.Base(word) == word && lexicon.Lookup(word).POS&lexicon.Verb != 0
}

// aspectVerbs are English's verbs of beginning and ending something
// else: "when did they begin protecting the Keys" asks for the
// beginning's date, not any date of the protecting. Each maps to the
// verbs that tell of a beginning or an end in other words ("opened in
// 1952", "joined in 1991", "was settled in March").
var aspectVerbs = map[string][]string{
	"begin": beginVerbs, "start": beginVerbs, "commence": beginVerbs, "resume": beginVerbs,
	"end": endVerbs, "finish": endVerbs, "stop": endVerbs, "cease": endVerbs, "quit": endVerbs,
}

var (
	beginVerbs = []string{"begin", "start", "commence", "open", "launch", "found", "establish", "create", "join", "debut", "introduce", "inaugurate", "sworn"}
	endVerbs   = []string{"end", "finish", "stop", "cease", "close", "settle", "cancel", "retire", "resign", "conclude", "complete", "shut"}
)

// lightVerb reports whether a word is one of English's commonest verbs
// ("take", "get", "make"), which say little of what happened.
func lightVerb(word string) bool {
	x := lexicon.Lookup(lexicon.Base(strings.ToLower(word)))
	return x.POS&lexicon.Verb != 0 && x.Zipf() >= lightVerbZipf
}

// lightVerbZipf is the frequency from which a verb is a light one: "take"
// and "get" are above it, "find" and "put" below.
const lightVerbZipf = 6.0

// nearBest is the share of the best cover a document needs for its
// figure to be the answer line.
const nearBest = 0.8

// answerCover is the share of a question a sentence must carry for a
// figure or a name in it to be the answer line: more than a passage needs
// to be shown, since a wrong line is worse than none.
const answerCover = 0.5

// sentenceAround returns the byte range of the paragraph's sentence that
// holds offset i.
func sentenceAround(p *corpus.Paragraph, i int) (int, int) {
	for k, s := range p.Sentences {
		end := len(p.Text)
		if k+1 < len(p.Sentences) {
			end = p.Sentences[k+1].Start
		}
		if i >= s.Start && i < end {
			return s.Start, end
		}
	}
	return 0, len(p.Text)
}

// candidates lists the pieces of a paragraph that could answer a
// question of its kind (the question table's fromText).
func (e *Engine) candidates(q *question, p *passage) []span {
	var out []span
	if f := kindRow(q.kind).fromText; f != nil {
		out = f(e, q, p)
	} else {
		out = e.thingsNamed(q, p)
	}
	if end := p.datelineAt(); end > 0 {
		out = withoutDateline(q, out, end)
	}
	if q.kind == qPerson {
		// "Col" of "said Col. Derek Salmi" is his rank, no one.
		out = slices.DeleteFunc(out, func(s span) bool { return corpus.AbbreviatedTitle(s.text) })
	}
	if (q.kind == qPlace || q.kind == qPerson) && pluralAsked(q.core) {
		out = joinedNames(p.text, out)
	} else if q.kind == qPerson && doneVerb(q) != "" {
		out = namesJoinedByAnd(p.text, seriesOfNames(q, p, out))
	}
	if figureKinds[q.kind] {
		out = e.figuresAsAsked(q, p, out)
	}
	if q.kind == qPlace || q.kind == qDate {
		out = ofLifeEventAsked(q, p, out)
	}
	if q.kind == qDate {
		out = e.withoutLastedUntil(q, p.text, out)
	}
	if q.kind == qPlace {
		out = placesAsAsked(q, p.text, out)
	}
	if q.kind == qPerson || q.kind == qPlace {
		out = slices.DeleteFunc(out, func(c span) bool { return demonymBefore(p.text, c) })
	}
	if q.kind == qPerson && strings.HasPrefix(strings.ToLower(q.core), "who ") {
		out = slices.DeleteFunc(out, func(c span) bool { return placeWhere(p.text, c) })
	}
	if q.kind == qPerson && asksHarmed.MatchString(q.core) {
		// "At least four were killed across Taiwan": people die, are
		// hurt or arrested; a place or a body is no one who did.
		out = slices.DeleteFunc(out, func(c span) bool { k := e.kindOfSpan(p, c); return k == "place" || k == "organisation" })
	}
	if q.kind == qPerson || q.kind == qThing || q.head != "" {
		for i, c := range out {
			out[i] = withNumbers(p.text, c)
		}
		out = withoutShortForms(p.text, out)
	}
	return out
}

// asksHarmed finds a who-question about people harmed or held: "who
// died?", "who was injured?", "who was arrested?"; not "who arrested
// him?", which asks for the doer, a body as often as a person.
var asksHarmed = lazyRE(`(?i)^who\b.*\b(?:dead|died|die|perished|drowned|(?:was|were|is|are|got|get|been|be)\s+(?:\pL+\s+)?(?:killed|injured|hurt|wounded|arrested|murdered|shot|jailed))\b`)

// placeWhere reports whether a name is a place English knows, told as
// where something is or went ("the endocrinology department in
// Ljubljana", "teams to Wellington"): no one who did anything.
func placeWhere(text string, c span) bool {
	// "to Wellington and Kaikoura": the first of joined places tells.
	first, _, _ := strings.Cut(c.text, " and ")
	x := lexicon.Lookup(strings.ToLower(first))
	if strings.ContainsAny(first, " ,") || x.Kind != "place" || !x.Capital {
		return false
	}
	before := lastWords(text[:c.start], 1)
	return len(before) == 1 && locativePrep[strings.ToLower(before[0])]
}

// locativePrep are the prepositions that tell where.
var locativePrep = map[string]bool{"in": true, "at": true, "to": true, "near": true, "into": true, "outside": true}

// withoutLastedUntil leaves out, of the dates a when-question that asks
// no end may be answered by, those something lasts until, when others
// remain: "In May 2016, Pinzón confirmed that Noriega was being
// detained until 2030" dates no confirming in 2030.
func (e *Engine) withoutLastedUntil(q *question, text string, dates []span) []span {
	if untilAsked.MatchString(q.text) || endAsked.MatchString(q.core) {
		return dates
	}
	return keepSome(dates, func(c span) bool { return e.lastsUntil(q, text, c) })
}

// lastsUntil reports whether a date of a text is the one something
// lasts until ("was being detained until 2030"), not the one what is
// asked happened at: after a "not … until" ("did not issue until
// 1964"), or with the question's words after it ("remained closed until
// October 10, when a limited number of platforms were reopened").
func (e *Engine) lastsUntil(q *question, text string, date span) bool {
	before := lookBehind(text, date.start)
	if !untilBefore.MatchString(before) || notUntilBefore.MatchString(before) {
		return false
	}
	after := text[date.end:]
	if end := strings.IndexAny(after, ".;"); end >= 0 {
		after = after[:end]
	}
	return !slices.ContainsFunc(e.an.terms(after), func(t string) bool {
		return slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && u.entity == "" && u.term == t })
	})
}

var (
	// untilBefore matches the "until" before the date something lasts
	// to.
	untilBefore = lazyRE(`(?i)\b(?:until|till|through)\s+(?:at\s+least\s+|about\s+)?$`)
	// notUntilBefore matches a "not" in the clause before an "until".
	notUntilBefore = lazyRE(`(?i)(?:\bnot\b|n['’]t\b)[^.,;]*\b(?:until|till)\s+(?:at\s+least\s+|about\s+)?$`)
)

// compoundModifier matches a name's word joined to a lower-case word
// that makes it describe a noun: "Depression-era", "Boston-based"; not
// a given name such as "Mei-ling".
var compoundModifier = lazyRE(`^\p{Lu}[\pL.]*(?:-\p{Lu}[\pL.]*)*-(?:era|based|born|owned|led|backed|funded|winning|area|style|made|speaking|run|class|type|like|bound|built|registered|listed|flagged|linked|affiliated)$`)

// figuresAsAsked keeps, of a figure question's candidates, those that
// give the figure as the question asks it: of no former time unless it
// asks one, no side of a score, the count of what it counts, the bound
// it asks for, the amount itself (not what it is counted against), and
// so on.
func (e *Engine) figuresAsAsked(q *question, p *passage, out []span) []span {
	if !askedBefore.MatchString(q.text) {
		out = withoutFormer(p.text, out)
	}
	out = tallySide(q, p.text, out)
	// "the deadliest tram accident since three people died in an
	// accident in Glasgow in 1959": those three died in another.
	out = slices.DeleteFunc(out, func(c span) bool { return sinceRecord(q, p, c) })
	if q.kind == qCount {
		out = e.countsAsAsked(q, p.text, out)
	}
	if before, opens := boundAsked(q.text); before != nil {
		// "at minimum how many died?": "at least 17 people", not "as
		// many as 34 people" beside it.
		out = e.boundsAsked(q, p, out, before, opens)
	}
	if q.kind == qMoney {
		// "spending about $73 for every $1 invested": the $1 is what the
		// $73 is counted against, not an amount spent.
		out = keepSome(out, func(c span) bool { return rateBase.MatchString(p.text[:c.start]) })
	}
	if q.kind == qMoney || q.kind == qMeasure {
		out = withoutAmountsEach(q, p.text, out)
	}
	if q.kind == qMeasure && distanceAsked.MatchString(q.text) && !sizeWord.MatchString(q.text) {
		// "How far from Earth is the star?" is not answered by "about
		// 12 miles (20 kilometers) across": a size, not a distance.
		out = slices.DeleteFunc(out, func(c span) bool { return sizeAfter.MatchString(p.text[c.end:]) })
	}
	if (q.kind == qMeasure || q.kind == qCount) && nowWord.MatchString(q.text) {
		// "How big is the refuge now?" is not answered by the 24,000
		// acres the Service "plans to expand" it to, nor by the 10 it
		// had "before the acquisition"; "once a 90-bed hospital, Grace
		// now has 340 beds" gives the 340 as now.
		out = slices.DeleteFunc(out, func(c span) bool {
			from, _ := p.sentenceAt(c.start)
			before := p.text[from:c.start]
			return (plannedBefore.MatchString(before) || formerBefore.MatchString(before)) && !nowWord.MatchString(before)
		})
	}
	return out
}

var (
	// distanceAsked matches a question for a distance.
	distanceAsked = lazyRE(`(?i)\bhow far\b|\b(?:what|which) (?:was|is|were|are) (?:the |its |their )?distance\b`)
	// sizeAfter matches the words after a length that make it a size:
	// "across", "wide", "in diameter", past a bracketed conversion; not
	// "long", "deep" or "high", which a journey or a dig may be.
	sizeAfter = lazyRE(`^(?:\s*\([^()]{1,40}\))?\s+(?:across|wide|in (?:diameter|width|size)|tall|thick)\b`)
	// sizeWord matches a question that asks how far across, down or
	// along a thing is, which a size answers: "how far across is the
	// lake?", "how far down did they dig?".
	sizeWord = lazyRE(`(?i)\b(?:across|wide|width|long|length|deep|depth|down|up|high|tall|thick)\b`)
)

// sinceRecord reports whether a figure stands in the "since" clause of
// a record a sentence claims ("the deadliest … since an accident at
// Dover in 1917 killed eleven", "the first … since three people died"),
// which the question does not ask about by a name or a year of it: the figure
// tells of the earlier event the record is counted from.
func sinceRecord(q *question, p *passage, c span) bool {
	from, _ := p.sentenceAt(c.start)
	before := p.text[from:c.start]
	i := strings.LastIndex(strings.ToLower(before), " since ")
	if i < 0 || !recordClaim.MatchString(before[:i]) || strings.ContainsAny(before[i:], ";:–—") {
		return false
	}
	end := c.end + len(clauseRest.FindString(p.text[c.end:]))
	return !slices.ContainsFunc(p.tokens, func(t token) bool {
		// "… since three people died in an accident in Glasgow in
		// 1959" is what "how many died at Glasgow in 1959?" asks of.
		return t.start >= from+i && t.end <= end && (q.nameTerms[t.term] || isNumber(t.term) && q.highlight[t.term])
	})
}

// clauseRest matches the rest of a clause, up to its punctuation.
var clauseRest = lazyRE(`^[^,;:.!?–—]*`)

// recordClaim matches a superlative or "first" that a record is claimed
// with: "the deadliest", "the worst", "the first", "the most serious".
var recordClaim = lazyRE(`(?i)\b(?:\pL+est|first|most\s+\pL+|worst|biggest)\b`)

// withoutShortForms leaves out a name's abbreviation in brackets right
// after it: "Led by the 51st Network Operations Squadron (NOS)" was led
// by the squadron, named in full, not by "NOS".
func withoutShortForms(text string, cands []span) []span {
	return slices.DeleteFunc(cands, func(c span) bool {
		return slices.ContainsFunc(cands, func(full span) bool {
			return full.end < c.start && strings.TrimSpace(text[full.end:c.start]) == "(" && strings.HasPrefix(text[c.end:], ")")
		})
	})
}

// withNumbers is a name with the ordinal before it and the number after
// it that go with it: "51st Network Operations Squadron", "Explorer 1";
// not a score beside a team ("Kentucky 65, Duke 59").
func withNumbers(text string, c span) span {
	if !opensWithCapital(c.text) {
		return c
	}
	start, end := c.start, c.end
	if m := ordinalBefore.FindStringIndex(text[:start]); m != nil {
		start = m[0]
	} else if m := numberedNameBefore.FindStringSubmatchIndex(text[:start]); m != nil && isOrgHead(lastWordOf(c.text)) && namesWithNumber(text[m[2]:m[3]]) {
		// "the Apollo 204 Accident Review Board" is one body's name;
		// "In 2019 Millbrook City Council", "May 4 Westfield Hospital"
		// date one.
		start = m[0]
	}
	if m := numberOfName.FindString(text[end:]); m != "" && !scoreAfter.MatchString(text[end+1:]) {
		end += len(m)
	}
	return span{start, end, text[start:end]}
}

var (
	// ordinalBefore matches an ordinal in figures right before a name:
	// "51st ", "163d ", "6th ".
	ordinalBefore = lazyRE(`\b\d+(?:st|nd|rd|th|d)\s$`)
	// numberedNameBefore matches a name (group 1) and its number right
	// before another name: "Apollo 204 ", "Flight 93 ".
	numberedNameBefore = lazyRE(`\b(\p{Lu}[\pL-]*)\s\d{1,3}\s$`)
	// scoreAfter matches a score and the other side's after a name's
	// number: "65, Duke 59".
	scoreAfter = lazyRE(`^\d+,\s+(?:\p{Lu}\pL*\s+)+\d`)
)

// namesWithNumber reports whether a capitalised word before a number
// may name a thing the number numbers ("Apollo", "Line"): not a little
// word ("In", "By") nor a month or a day of the week ("May 4").
func namesWithNumber(w string) bool {
	return !stopWord(strings.ToLower(w)) && !calendarWords.MatchString(w)
}

// rateBase matches what stands before the base of a rate: "for every ",
// "per ".
var rateBase = lazyRE(`(?i)\b(?:for\s+every|for\s+each|per|every)\s+$`)

// countryOf is the country a people's adjective names ("Argentine":
// Argentina), or "".
func countryOf(adjective string) string {
	x := lexicon.Lookup(strings.ToLower(adjective))
	if !x.Capital || x.POS&lexicon.Adjective == 0 {
		return ""
	}
	for _, w := range lexicon.Related(strings.ToLower(adjective)) {
		if lexicon.IsA(w, "country") {
			return strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return ""
}

// demonymBefore reports whether a candidate is a people's adjective set
// before a noun ("the first American spacecraft"): it says whose, and
// answers neither who nor where. "Hale believes" is a name before a verb.
func demonymBefore(text string, c span) bool {
	if strings.Contains(c.text, " ") {
		return false
	}
	x := lexicon.Lookup(strings.ToLower(c.text))
	m := nextWord.FindStringSubmatch(text[c.end:])
	return x.Capital && x.POS&lexicon.Adjective != 0 && m != nil && unicode.IsLower([]rune(m[1])[0]) && nounNoVerb(m[1])
}

// wayAsked drops the places a sentence gives as where a journey started
// from a question that asks where it went ("where did the ferry sail
// to?" is not answered by the Elm Bay it left), and those it went to from
// one that asks where it started ("where did the flight take off
// from?").
func wayAsked(q *question, text string, cands []span) []span {
	var drop *lazyRegexp
	switch {
	case asksOrigin.MatchString(q.text):
		drop = toBefore
	case asksDestination.MatchString(q.text):
		drop = fromBefore
	default:
		return cands
	}
	return slices.DeleteFunc(cands, func(c span) bool { return drop.MatchString(text[max(0, c.start-wayGap):c.start]) })
}

// wayGap is how far before a place its "from" or "to" may start.
const wayGap = 40

var (
	// asksOrigin matches a question for where a journey started.
	asksOrigin = lazyRE(`(?i)\bfrom\W*$|\b(?:take|took|taken|taking)\s+off\b|\b(?:depart|departed|departs|departing|originate|originated|leave|left|leaving)\W*$|\bwhere\s+\w+\s+(?:\w+\s+){0,3}(?:depart|leave|start|begin)\b`)
	// asksDestination matches a question for where a journey went.
	asksDestination = lazyRE(`(?i)\bto\W*$|\bwhere\s+to\b|\b(?:going|headed|heading|bound|destination|destined)\b|\bsupposed\s+to\s+(?:go|land|arrive|end up)\b`)
	// toBefore matches a way to a place right before it: "to the port
	// of ", "bound for ".
	toBefore = lazyRE(`(?i)\b(?:to|for|toward|towards|into)\s+(?:the\s+)?(?:(?:port|city|town|island|airport)\s+of\s+)?$`)
	// fromBefore matches a way from a place right before it: "left ",
	// "from the port of ".
	fromBefore = lazyRE(`(?i)\b(?:from|left|leaving|departed|departing)\s+(?:the\s+)?(?:(?:port|city|town|island|airport)\s+of\s+)?$`)
)

// ofLifeEventAsked drops the places and dates a sentence gives after the
// word of another end of a life than the one a question asks of:
// "(born 21 April 1883 (Lewisham), died 16 April 1945 (Newbury,
// Berkshire))" tells where he died after "died", which no "where was he
// born?" asks.
func ofLifeEventAsked(q *question, p *passage, cands []span) []span {
	asked := lifeEventOf(q.text)
	if asked == "" {
		return cands
	}
	return slices.DeleteFunc(cands, func(c span) bool {
		from, _ := p.sentenceAt(c.start)
		words := lifeEvent.FindAllString(p.text[from:c.start], -1)
		return len(words) > 0 && lifeEventOf(words[len(words)-1]) != asked
	})
}

// lifeEventOf is "birth" or "death" for a text that says one of them
// and not the other, else "".
func lifeEventOf(text string) string {
	born, died := false, false
	for _, w := range lifeEvent.FindAllString(text, -1) {
		if birthWord.MatchString(w) {
			born = true
		} else {
			died = true
		}
	}
	switch {
	case born && !died:
		return "birth"
	case died && !born:
		return "death"
	}
	return ""
}

var (
	// lifeEvent matches a word for being born or dying.
	lifeEvent = lazyRE(`(?i)\b(?:born|birth|birthplace|died|dies|die|death|dead)\b`)
	// birthWord matches the ones for being born.
	birthWord = lazyRE(`(?i)^(?:born|birth|birthplace)$`)
)

// pluralAsked reports whether a question asks "which NOUNs": "which
// countries signed?" wants every one a sentence names together.
func pluralAsked(core string) bool {
	m := whichWords.FindStringSubmatch(core)
	if m == nil {
		return false
	}
	words := firstWords(strings.ToLower(m[1]), 2)
	for i, w := range words {
		if auxiliary[w] {
			break // "what state is …": "is" ends the noun asked, no plural
		}
		if i == 1 && verbAfterNoun(words[0], w, strings.ToLower(m[1])) {
			break // "which squadron flies the tankers": a verb after the noun asked, not "which oil companies raised prices"
		}
		if strings.HasSuffix(w, "s") && lexicon.Base(w) != w && nounWord(w) {
			return true // "which countries", "which other countries"
		}
	}
	return false
}

// verbAfterNoun reports whether the second word of a which-question's
// noun phrase (in asked, its words from the first on) is the question's
// verb: a verb after a singular noun, with a determiner or preposition
// after it.
func verbAfterNoun(noun, w, asked string) bool {
	_, rest, _ := strings.Cut(asked, " "+w)
	return singularNoun(noun) && lexicon.Lookup(lexicon.Base(w)).POS&lexicon.Verb != 0 && objectOrPlaceNext.MatchString(rest)
}

// objectOrPlaceNext matches a determiner or preposition opening the
// rest of a question, as after its verb ("flies the tankers", "lies in
// the basin").
var objectOrPlaceNext = lazyRE(`^\s+(?:the|a|an|this|that|these|those|its|their|his|her|in|on|at|to|from|into|over|near|across|for|with|by)\b`)

// singularNoun reports whether a word is a noun in its base form.
func singularNoun(w string) bool {
	return lexicon.Base(w) == w && lexicon.Lookup(w).POS&lexicon.Noun != 0
}

// withContainer joins a place to the larger one the text puts it in
// right after it: "Poker Flat Research Range in Alaska", "Hampton,
// Virginia". Either alone is half the answer, and the one nearer the
// question's words is often the larger. After a bare comma only a state
// or country in English is a container: "Reedham, Stone Bay and Gull
// Point" is a list.
func withContainer(text string, cands []span) []span {
	return joinSpans(text, cands, func(gap string, smaller, larger span) bool { return holdsPlace(gap, smaller.text, larger.text) })
}

// holdsPlace reports whether the words between two places and their
// names say that the second holds the first.
func holdsPlace(gap, smaller, larger string) bool {
	if gap == " in " {
		return true
	}
	// "Ohio, Indiana and Illinois" is a list of states.
	return gap == ", " && stateOrCountry(larger) && !stateOrCountry(smaller)
}

// stateOrCountry reports whether English knows a name as a state or a
// country.
func stateOrCountry(name string) bool {
	lower := strings.ToLower(name)
	return lexicon.IsA(lower, "state") || lexicon.IsA(lower, "country")
}

var (
	// incrementBefore ends the words before a count of more of what was
	// counted before: "another four flights". "A further 44 people on
	// the ground were killed" may well be what a question about the
	// ground asks.
	incrementBefore = lazyRE(`(?i)\banother\s+$`)
	// countedMore matches a count of more than another: "dozens more
	// flights than planned", "12 more nests"; not "40 or more homes".
	countedMore = lazyRE(`(?i)^(?:\d[\d,.]*|dozens|hundreds|thousands|scores)\s+more\s`)
	// incrementAsked matches a question for such a count: "how many
	// more", "how many additional".
	incrementAsked = lazyRE(`(?i)\b(?:more|another|additional|further|extra)\b`)
)

// joinedNames joins candidate names the text lists together ("Norway,
// Iceland and the European Union", "the United States and Germany") into
// one: a question for several wants them all, not the one nearest its
// words.
func joinedNames(text string, cands []span) []span {
	return joinSpans(text, cands, func(gap string, _, _ span) bool { return coordinator.MatchString(gap) })
}

// joinSpans joins each candidate to the one before it, joined so far,
// when joins says the words between them (gap) make them one.
func joinSpans(text string, cands []span, joins func(gap string, before, next span) bool) []span {
	var out []span
	for _, c := range cands {
		if n := len(out); n > 0 && out[n-1].end <= c.start && joins(text[out[n-1].end:c.start], out[n-1], c) {
			out[n-1] = span{out[n-1].start, c.end, text[out[n-1].start:c.end]}
			continue
		}
		out = append(out, c)
	}
	return out
}

// dateline matches a news dateline opening a paragraph: a place in
// capitals, maybe its region and the day, maybe the agency, and a dash
// ("ZAGREB, Sept 18 (Reuters) - ", "FORT POLK, La. — "), or a place
// with its region in title case before a long dash ("Miami, Florida — ").
var dateline = lazyRE(`^((?:\p{Lu}[\p{Lu}.'’-]*\s+){0,4}\p{Lu}[\p{Lu}.'’-]+(?:,\s*[\pL.]+(?:\s[\pL.]+){0,2})?)(?:,\s*(?:` + monthNames + `|May|June|July|Sept|Jan|Feb|Mar|Apr|Aug|Oct|Nov|Dec)\.?\s+\d{1,2})?\s*(?:\([^()]{1,40}\))?\s*(?:--|[—–-])\s+|^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2},\s*\p{Lu}[\pL.]+(?:\s\p{Lu}[\pL.]+){0,2})\s*(?:--|[—–])\s+`)

// datelineEnd is where a paragraph's dateline ends, or 0 when it opens
// with none.
func datelineEnd(text string) int {
	if loc := dateline.FindStringIndex(text); loc != nil {
		return loc[1]
	}
	return 0
}

// withoutDateline drops the candidates a paragraph's dateline gives: it
// says where and when the story was filed, not who did anything, and
// where or when it happened only when the paragraph tells no other place
// or day. "ZAGREB, Sept 18 (Wire) - Divers have found the wreck … off the
// island of Vis" found it off Vis, not in Zagreb, and on no Sept 18.
func withoutDateline(q *question, cands []span, end int) []span {
	inDateline := func(c span) bool { return c.start < end }
	if (q.kind == qPlace || q.kind == qDate) && !slices.ContainsFunc(cands, func(c span) bool { return !inDateline(c) }) {
		return cands
	}
	return slices.DeleteFunc(cands, inDateline)
}

// figureKinds are the kinds of question a number answers.
var figureKinds = map[qtype]bool{qCount: true, qMoney: true, qMeasure: true, qShare: true}

// askedBefore matches the words by which a question asks about an
// earlier time than the story's: a year, "before", "last year".
var askedBefore = lazyRE(`(?i)\b(?:before|previous(?:ly)?|first|original(?:ly)?|used to|at first|initially|former(?:ly)?|prior|last (?:year|month|week|season|time)|earlier|ago|old|starting|start|began|begin)\b|\b(?:1[6-9]|20)\d\d\b`)

// changedFrom matches the words before a figure that make it the value
// something changed from: "four lanes, up from two", "enlarged from 76
// seats", "from 14,200 students in 2015 to about 11,600".
var changedFrom = lazyRE(`(?i)\b(?:up|down|rising|rose|falling|fell|grew|growing|increased?|increasing|decreased?|decreasing|enlarged|expanded|reduced|cut|dropped|dropping|jumped|climbed|shrank|shrinking|compared with|compared to|against)\s+from\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$`)

// fromTo matches a figure's "from X … to Y", read from just before X.
var fromTo = lazyRE(`(?i)\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$`)

// withoutFormer drops the figures a sentence gives as what a thing was
// before it changed, when it also gives what it became: a question that
// names no earlier time asks the new one ("how many lanes will the new
// bridge have?" is answered by the four of "four lanes, up from two").
func withoutFormer(text string, cands []span) []span {
	former := func(c span) bool {
		before := text[max(0, c.start-40):c.start]
		if changedFrom.MatchString(before) {
			return true
		}
		if !fromTo.MatchString(before) {
			return false
		}
		after := text[c.end:min(len(text), c.end+60)]
		return toFigure.MatchString(after)
	}
	return keepSome(cands, former)
}

// tallySide keeps one side of a vote's tally when a text gives both
// ("backed the offer by 78 percent to 22 percent", "171 votes in favour
// and 112 against"): the side against when the question asks about it,
// else the side for. Without it the figure nearer the question's words
// answered, whichever side it was.
func tallySide(q *question, text string, cands []span) []span {
	sides := make([]int, len(cands))
	for i, c := range cands {
		sides[i] = sideLabel(text[c.end:min(len(text), c.end+sideGap)])
		if i > 0 && tallyPair(text, cands[i-1].start, cands[i-1].end, c.start) {
			sides[i-1], sides[i] = sideFor, sideAgainst
		}
	}
	if !slices.Contains(sides, sideFor) || !slices.Contains(sides, sideAgainst) {
		return cands
	}
	other := sideAgainst
	if asksAgainst.MatchString(strings.NewReplacer("no confidence", "", "no-confidence", "").Replace(strings.ToLower(q.text))) {
		other = sideFor
	}
	var out []span
	for i, c := range cands {
		if sides[i] != other {
			out = append(out, c)
		}
	}
	return out
}

// voteCounts answers a count asked of a vote with the figures of the
// passage's tallies when it gives any ("passed 9 to 6", "voted 1,412 to
// 386"): each counts votes, though the second names nothing it counts
// and the first often not what the question does. Else it counts as
// counts does.
func (e *Engine) voteCounts(q *question, p *passage) []span {
	if !asksVote.MatchString(q.text) {
		return e.counts(q, p)
	}
	var out []span
	for _, t := range tallies(p) {
		out = append(out, t[0], t[1])
	}
	if len(out) == 0 {
		return e.counts(q, p)
	}
	return out
}

// tallies are the two figures of each vote's tally a passage gives:
// "passed 9 to 6", "backed the offer by 78 percent to 22 percent".
func tallies(p *passage) [][2]span {
	var out [][2]span
	for _, m := range hyphenTally.FindAllStringSubmatchIndex(p.text, -1) {
		// "ruling 4-3", "a party-line vote of 64-31": the hyphen joins
		// the two figures, which are no designation here.
		if tallyBy.MatchString(p.text[max(0, m[0]-sideGap):m[0]]) {
			out = append(out, [2]span{{m[2], m[3], p.text[m[2]:m[3]]}, {m[4], m[5], p.text[m[4]:m[5]]}})
		}
	}
	nums := p.numberSpans()
	for i := 1; i < len(nums); i++ {
		first, second := numberIn.FindString(nums[i-1].text), numberIn.FindString(nums[i].text)
		end := nums[i-1].start + len(first)
		if tallyPair(p.text, nums[i-1].start, end, nums[i].start) {
			out = append(out, [2]span{{nums[i-1].start, end, first}, {nums[i].start, nums[i].start + len(second), second}})
		}
	}
	return out
}

// tallyPair reports whether the figure from start to end and the one at
// next are a vote's tally: "to" between them, a vote and "by" (or a
// comma) before the first.
func tallyPair(text string, start, end, next int) bool {
	return end <= next && tallyTo.MatchString(text[end:next]) && tallyBy.MatchString(text[max(0, start-sideGap):start])
}

// tallyLine answers "what was the vote?" with the tally the best of the
// first three sentences that say as much of the question as the first
// gives ("9 to 6"), or "": a tally in a sentence that says less is
// another vote's as often as not.
func tallyLine(q *question, ranked []scored) string {
	if !asksTally.MatchString(q.core) {
		return ""
	}
	for _, s := range ranked[:min(3, len(ranked))] {
		if s.d.kind != docSentence || s.cover < ranked[0].cover {
			continue // a sentence that says less of the question tells of another vote
		}
		for _, t := range tallies(s.d.pass) {
			if t[0].start >= s.d.start && t[1].end <= s.d.start+len(s.d.text) {
				return t[0].text + " to " + t[1].text
			}
		}
	}
	return ""
}

// scoreLine answers "what was the score?" with the score of a winning
// or losing the story tells ("2–0"), or "". A bare question ("what was
// the final score?") asks the score of the match the story is about,
// which its lead gives (the paragraphs before its first heading), where
// the rest tell of other games;
// one that says more ("… in the 2010 meeting?") is answered by the best
// of the first three sentences that say as much of it as the first.
func (e *Engine) scoreLine(q *question, ranked []scored) string {
	if !asksScore.MatchString(q.core) {
		return ""
	}
	if !q.followsAnother && q.saysNothingBut(scoreWord) {
		return e.fromLead(scoreOf)
	}
	for _, s := range ranked[:min(3, len(ranked))] {
		if s.d.kind == docSentence && s.cover >= ranked[0].cover {
			if score := scoreOf(s.d.text); score != "" {
				return score
			}
		}
	}
	return ""
}

// fromLead is the first answer read finds in the story's lead
// (leadTexts), or "".
func (e *Engine) fromLead(read func(text string) string) string {
	for _, text := range e.leadTexts() {
		if ans := read(text); ans != "" {
			return ans
		}
	}
	return ""
}

// leadTexts are the paragraphs of the story's lead: those before its
// first heading. A story with no heading (a news release) leads with
// its first paragraph alone: the rest tells of each of several
// defendants, games or victims in turn.
func (e *Engine) leadTexts() []string {
	var out []string
	for _, p := range e.leadParagraphs() {
		out = append(out, p.Text)
	}
	return out
}

// leadParagraphs are the paragraphs of leadTexts.
func (e *Engine) leadParagraphs() []corpus.Paragraph {
	paras := e.corpus.Article.Paragraphs
	if len(paras) > 1 && paras[0].Text == e.corpus.Title {
		paras = paras[1:] // a plain-text article's title line
	}
	headed := slices.ContainsFunc(paras, func(p corpus.Paragraph) bool { return p.Section != paras[0].Section })
	for i, p := range paras {
		if p.Section != paras[0].Section || !headed && i > 0 {
			return paras[:i]
		}
	}
	return paras
}

// scoreOf is the first score a text gives beside a word of winning or
// losing, or "".
func scoreOf(text string) string {
	for _, m := range scoreIn.FindAllStringSubmatchIndex(text, -1) {
		i := 2
		if m[2] < 0 {
			i = 4
		}
		if !oddsBefore.MatchString(text[:m[i]]) {
			return text[m[i]:m[i+1]]
		}
	}
	return ""
}

// scoreWord are the words a bare question for a score asks with.
var scoreWord = map[string]bool{"score": true, "final": true, "game": true, "match": true, "result": true, "end": true}

var (
	// asksScore matches a question for a match's score: "what was the
	// final score?", "what's the score".
	asksScore = lazyRE(`(?i)^(?:so\s+)?what(?:'s|’s|s)?\s+(?:(?:was|is|were)\s+)?the\s+(?:\w+\s+)?score\b`)
	// oddsBefore matches the odds a winner won at, right before them:
	// "won at odds of 70-1" is no score.
	oddsBefore = lazyRE(`(?i)\bodds\s+of\s+$`)
	// scoreIn matches a score of two figures joined by a dash, neither
	// a year ("2–0", "27–24"), beside a word of winning or losing.
	scoreIn = lazyRE(`(?i)\b(?:won|win|beat|defeated|lost|loss|victory|defeat|winning)\b[^.;]{0,40}?(?:^|[^\d–-])(\d{1,3}\s?[–-]\s?\d{1,3})(?:[^\d–-]|$)|(?:^|[^\d–-])(\d{1,3}[–-]\d{1,3})\s+(?:win|victory|defeat|loss|triumph)\b`)
)

// saysTally reports whether an article sentence gives a vote's tally.
func saysTally(d *doc) bool {
	if d.kind != docSentence {
		return false
	}
	return slices.ContainsFunc(tallies(d.pass), func(t [2]span) bool {
		return t[0].start >= d.start && t[1].end <= d.start+len(d.text)
	})
}

// asksTally matches a question for how a vote went: "what was the
// vote?", "what was the union vote on the contract?", "how did the board
// vote?".
var asksTally = lazyRE(`(?i)^(?:so\s+)?what(?:'s|’s|s)?\s+(?:(?:was|is|were)\s+)?the\s+(?:\w+\s+)?(?:vote|tally|margin)\b|^how\s+did\s+(?:\w+\s+){1,4}vote\b`)

// The sides of a vote a figure may count.
const (
	sideNone = iota
	sideFor
	sideAgainst
)

// sideLabel tells which side of a vote the words after a figure give it:
// "in favour", "against".
func sideLabel(after string) int {
	switch {
	case votedFor.MatchString(after):
		return sideFor
	case votedAgainst.MatchString(after):
		return sideAgainst
	}
	return sideNone
}

// sideGap is how far from a tally's figure the words that make it one
// may be, in bytes: "backed the offer by".
const sideGap = 60

var (
	// tallyBy ends the words before a tally's first figure: a vote, then
	// "by" ("approved the plan by", "voted by a margin of") or a comma
	// ("approved the contract unanimously, 7 to 0"), with no sentence
	// break between; or "by a vote of" alone.
	tallyBy = lazyRE(`(?i)\b(?:vot\w*|ballot\w*|backed|approved|endorsed|rejected|passed|carried|adopted|defeated|elected|ratified|accepted|supported|opposed|won|ruling|ruled)\b(?:[^.;]*\bby\s+(?:a\s+(?:vote|margin)\s+of\s+)?|[^.;]*,\s*|\s+(?:of\s+)?)$|\bby\s+a\s+(?:vote|margin)\s+of\s+$`)
	// asksVote finds a question about how a vote went.
	asksVote = lazyRE(`(?i)\b(?:vot\w*|ballot\w*|backed|approved|supported|opposed|against|in favou?r)\b`)
	// hyphenTally matches a tally written with a hyphen or a dash:
	// "4-3", "64–31".
	hyphenTally = lazyRE(`\b(\d{1,3})[-–](\d{1,3})\b`)
	// tallyTo is what joins a tally's two figures.
	tallyTo = lazyRE(`^\s+to\s+$`)
	// votedFor and votedAgainst start the words after a figure that say
	// which side it counts.
	votedFor     = lazyRE(`(?i)^\s+(?:votes?\s+)?(?:in\s+favou?r|for|yes)\b`)
	votedAgainst = lazyRE(`(?i)^\s+(?:votes?\s+)?(?:against|opposed|no)\b`)
	// asksAgainst finds a question about the losing side of a vote.
	asksAgainst = lazyRE(`\b(?:against|no|opposed|oppose|rejected|voted down)\b`)
)

// toFigure matches what follows the first figure of "from X to Y": a
// few words and "to" a figure.
var toFigure = lazyRE(`^(?:\s+[\pL\d,.-]+){0,4}?\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more than\s+|just\s+)?[$€£]?\d`)

// formerBefore finds the words before a figure in its sentence that
// make it a past one: "Before the acquisition, the refuge comprised".
var formerBefore = lazyRE(`(?i)^\s*(?:before|prior to|until)\b|\b(?:once|formerly|used to|previously|originally|at first|at the time)\b`)

// plannedBefore finds the words of a plan or a hope before a figure in
// its sentence: what it gives is not yet so.
var plannedBefore = lazyRE(`(?i)\b(?:plans?|planned|aims?|hopes?|expects?|expected|proposes?|proposed|intends?|wants?|goal|will|would|could)\b(?:\s+to\b)?[^.;]*$`)

func datesIn(e *Engine, q *question, p *passage) []span {
	if q.clock {
		// "What time did the gondola fall?" asks for "07:15", not the
		// day it fell.
		return clocksFor(q, p.text)
	}
	dates := withoutYearLabels(p.text, ofDesignationAsked(e.designationsAsked(q), p.text, p.dateSpans()))
	if !asksYear.MatchString(q.core) {
		dates = withLabelYears(p.text, dates, p.sentenceAt)
	}
	dates = dateRanges(p.text, dates)
	if asksDay.MatchString(q.core) {
		// "What date did it launch?" is not answered by "11:00 a.m.".
		dates = slices.DeleteFunc(dates, func(d span) bool { return clockIn.MatchString(d.text) })
	}
	dates = slices.DeleteFunc(dates, func(d span) bool {
		return sinceCompared(q, p.text, d) || e.intoAsked(q, d.text) || e.datesOtherDoing(q, p.text, d, p.sentenceAt)
	})
	dates = partOfDayAsked(q, p.text, dates)
	dates = keepSome(dates, func(d span) bool { return seasonOfThing(p.text, d, dates, p.sentenceAt) })
	dates = slices.DeleteFunc(dates, func(d span) bool { return e.sinceOpeningDate(q, p, d, dates) || noLength(q, d) })
	return qualifiedClocks(p.text, slices.DeleteFunc(dates, asideDates(q, p.text, dates, false)))
}

// noLength reports whether a date is a season, a month or a day of the
// week with no year, which says nothing of how long something has gone
// on: "How long have icebergs been falling off Greenland's glaciers?" is
// not answered by the "winter" of "glacier growth in the winter".
func noLength(q *question, d span) bool {
	return howLongSince.MatchString(q.core) && bareTimeName.MatchString(d.text)
}

// bareTimeName matches a season's, a month's or a weekday's name alone.
var bareTimeName = lazyRE(`(?i)^(?:(?:early|mid|late)[- ])?(?:spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|` + monthNames + `)$`)

// sinceOpeningDate reports whether a date is a span of time after or
// before another event ("only nine months after completing its IPO") in
// a sentence that opens with a calendar date ("On November 9, 2000,
// Pets.com … went out of business only nine months after completing its
// IPO"): the opening date dates the sentence's event, and the span says
// how long after the other it came. Not a span after the event asked
// ("In 2019, two years after the Elm plant closed, …" is no date of the
// closing), nor one after the opening date's event ("On June 5, 2019,
// the council closed the bridge, and it reopened two weeks later").
func (e *Engine) sinceOpeningDate(q *question, p *passage, d span, dates []span) bool {
	if !fromEvent.MatchString(d.text) || slices.ContainsFunc(e.an.terms(d.text), func(t string) bool {
		return slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && u.term == t })
	}) {
		return false
	}
	from, _ := p.sentenceAt(d.start)
	return slices.ContainsFunc(dates, func(o span) bool {
		return o.start >= from && o.start < d.start && dateOpens.MatchString(p.text[from:o.start]) && strings.HasPrefix(p.text[o.end:], ",") && dateExpr.MatchString(o.text)
	})
}

// dateOpens matches the words before a date that opens its sentence:
// "On ", "In ", none.
var dateOpens = lazyRE(`^\s*(?:(?:On|In|By|Early on|Late on)\s+)?$`)

// datesOtherDoing reports whether a date is the one of a phrase that
// opens with another verb than the question's: "After launching on Oct.
// 13, 2023, the spacecraft … journeys to the asteroid belt" dates the
// launch, not when it will reach the asteroid.
func (e *Engine) datesOtherDoing(q *question, text string, d span, sentenceAt func(int) (int, int)) bool {
	if q.anyEvent || len(q.verbTerms) == 0 {
		return false
	}
	asked := func(t string) bool {
		return slices.Contains(q.verbTerms, t) || slices.Contains(q.aspect, t) || slices.ContainsFunc(q.units, func(u unit) bool { return u.term == t || slices.Contains(u.syns, t) })
	}
	if from, to, ok := relativeClauseAround(text, d); ok {
		// "Unit 2, which was shut on April 2, restarted on May 30": the
		// date in the clause is the shutting's.
		_, verb, _ := eventOf(q.text)
		base := lexicon.Base(strings.ToLower(verb))
		sFrom, sTo := sentenceAt(d.start)
		return base != "" && !saysFormOf(text[from:to], base) && saysAsVerb(text[sFrom:from]+" "+text[to:sTo], base)
	}
	m := doingBefore.FindStringSubmatch(lookBehind(text, d.start))
	if m == nil {
		return false
	}
	verb := m[1] + m[2] // one of the two is ""
	if lexicon.Lookup(lexicon.Base(strings.ToLower(verb))).POS&lexicon.Verb == 0 {
		return false
	}
	return !slices.ContainsFunc(e.an.terms(verb), asked)
}

// saysAsVerb reports whether a text says an inflected form of a verb,
// which no noun shares: "restarted on May 30", not "The habitat rule"
// for "when does the rule take effect?".
func saysAsVerb(text, base string) bool {
	return slices.ContainsFunc(wordRe.FindAllString(text, -1), func(w string) bool {
		return formOf(w, base) && strings.ToLower(w) != base && !strings.HasSuffix(strings.ToLower(w), "s")
	})
}

// relativeClauseAround finds the relative clause set off by commas that
// holds a date (", which was shut on April 2,"), as offsets in text.
func relativeClauseAround(text string, d span) (from, to int, ok bool) {
	before := text[:d.start]
	open := strings.LastIndex(before, ",")
	if open < 0 || !relativeOpen.MatchString(before[open+1:]) || strings.ContainsAny(before[open+1:], ".;!?") {
		return 0, 0, false
	}
	end := strings.Index(text[d.end:], ",")
	if end < 0 || strings.ContainsAny(text[d.end:d.end+end], ".;!?") {
		return 0, 0, false
	}
	return open, d.end + end, true
}

// doingBefore matches "After launching on " right before a date: a
// participle that says what the date is of; or a verb after "and",
// "to" or "will" ("due to begin in March and finish in 2027": 2027 is
// the finish's).
var doingBefore = lazyRE(`(?i)(?:\b(?:after|before|since|upon|when)\s+(\pL+ing)|\b(?:and|to|will)\s+(\pL+))\s+(?:on|in|by)\s+$`)

// seasonOfThing reports whether a date is a season with no year that
// says what kind of thing the noun after it is: "a late winter blizzard
// in Lynn on March 8" dates the march March 8, not "winter".
func seasonOfThing(text string, d span, dates []span, sentenceAt func(int) (int, int)) bool {
	if !bareSeason.MatchString(d.text) || wordAfterYear.FindStringIndex(text[d.end:]) == nil {
		return false
	}
	next := strings.ToLower(wordRe.FindString(text[d.end:]))
	if lexicon.Lookup(lexicon.Base(next)).POS&lexicon.Noun == 0 || stopWord(next) || timeSpanNoun[lexicon.Base(next)] || calendarWord.MatchString(wordRe.FindString(text[d.end:])) {
		return false // "closes in winter months" says when
	}
	// Only a date of the same sentence says when instead: "closed in
	// winter storms, and … rebuilt in 2019" dates the rebuilding.
	from, to := sentenceAt(d.start)
	return slices.ContainsFunc(dates, func(o span) bool { return o != d && o.start >= from && o.end <= to && !bareSeason.MatchString(o.text) })
}

// timeSpanNoun are the nouns of a stretch of time a season may name:
// "winter months", "the summer season".
var timeSpanNoun = map[string]bool{"month": true, "week": true, "day": true, "season": true, "semester": true, "term": true, "quarter": true, "break": true, "holiday": true, "vacation": true}

// bareSeason matches a season told with no year.
var bareSeason = lazyRE(`(?i)^(?:(?:early|mid|late)[- ])?(?:spring|summer|fall|autumn|winter)$`)

// intoAsked reports whether a date is told from what the question asks
// about: "eight months into the strike" dates the injunction, never the
// strike's start or end.
func (e *Engine) intoAsked(q *question, date string) bool {
	m := intoDate.FindStringSubmatch(date)
	return m != nil && slices.ContainsFunc(e.an.terms(m[1]), func(t string) bool {
		return slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && u.term == t })
	})
}

// intoDate matches a date told as a time into something: "eight months
// into the strike".
var intoDate = lazyRE(`(?i)\binto\s+(?:the|its|his|her|their)\s+(\pL+)$`)

// partOfDayAsked keeps, of a passage's dates, those a "what night" (or
// morning, evening, afternoon) question asks for when the passage says
// one so: "On the night of February 19" answers "what night did he call
// in the gunships?", not the "February 18 – 22" of the whole action.
func partOfDayAsked(q *question, text string, dates []span) []span {
	m := asksPartOfDay.FindStringSubmatch(strings.ToLower(q.core))
	if m == nil {
		return dates
	}
	of := m[1] + " of "
	return keepSome(dates, func(d span) bool { return !strings.HasSuffix(strings.ToLower(text[:d.start]), of) })
}

// asksPartOfDay matches a question for a night, a morning, an evening
// or an afternoon, capturing which.
var asksPartOfDay = lazyRE(`\b(?:what|which)\s+(night|morning|evening|afternoon)\b`)

// dateRanges joins the two ends of a span of time into one date: "from
// June to September", "between 2010 and 2018", "1987–1998". Dates a bare
// "and" joins are two ("in 2003 and 2016") unless "between" opens them.
func dateRanges(text string, dates []span) []span {
	var out []span
	for _, d := range dates {
		if n := len(out); n > 0 && joinsRange(text, out[n-1], d) {
			start := out[n-1].start
			if strings.TrimSpace(text[out[n-1].end:d.start]) == "and" {
				start = strings.LastIndex(strings.ToLower(text[:start]), "between") // "between 2010 and 2018", not "2010 and 2018"
			}
			out[n-1] = span{start, d.end, text[start:d.end]}
			continue
		}
		if part := partOfPeriod.FindString(lookBehind(text, d.start)); part != "" {
			start := d.start - len(part)
			d = span{start, d.end, text[start:d.end]} // "the first week of October 2016", not "October 2016"
		}
		out = append(out, d)
	}
	return out
}

// partOfPeriod matches the part of a month, season or year that stands
// before it: "the first week of ", "the last days of ", "the second half
// of ".
var partOfPeriod = lazyRE(`(?i)\bthe\s+(?:first|second|third|fourth|last|final|closing|opening)\s+(?:week|weeks|weekend|days?|half|quarter|months?)\s+of\s+$`)

// joinsRange reports whether two dates of a text are the ends of one
// span of time.
func joinsRange(text string, a, b span) bool {
	if a.end > b.start {
		return false
	}
	gap := strings.TrimSpace(text[a.end:b.start])
	switch gap {
	case "to", "until", "through", "-", "–", "—":
		return true
	case "and":
		return strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[:a.start])), "between")
	}
	return false
}

// sinceCompared reports whether a date is the one a first or a
// superlative is measured since ("the longest strike at the port since
// 1989", "the first successful vote since 2009"): the date of an earlier
// event, not of the one the sentence tells, unless the question asks
// for an earlier one.
func sinceCompared(q *question, text string, date span) bool {
	before := text[:date.start]
	loc := sinceBefore.FindStringIndex(before)
	if loc == nil || asksEarlier.MatchString(q.core) {
		return false // "when was the last successful vote before this one?"
	}
	clause := before[strings.LastIndexAny(before[:loc[0]], ",;")+1 : loc[0]]
	for _, w := range wordRe.FindAllString(strings.ToLower(clause), -1) {
		if w == "first" || w == "most" || superlativeOf(w) {
			return true
		}
	}
	return false
}

// superlativeOf reports whether a lower-case word is an adjective's
// superlative ("longest", "deadliest", "best"), not a word of its own
// ending so ("forest", "interest").
func superlativeOf(w string) bool {
	base := lexicon.Base(w)
	return strings.HasSuffix(w, "est") && base != w && lexicon.Lookup(base).POS&lexicon.Adjective != 0
}

// sinceBefore finds a "since" right before a date ("since 1989", "since
// early 2009").
var sinceBefore = lazyRE(`(?i)\bsince\s+(?:(?:early|late|mid-?)\s*)?$`)

// asksEarlier finds a question for an earlier time than the story's
// events ("when did they last win?", "the previous strike").
var asksEarlier = lazyRE(`(?i)\b(?:last|previous|previously|before|earlier|since|prior)\b`)

// asksDay matches a question for a day, a month or a year, which no time
// of day answers.
var asksDay = lazyRE(`(?i)\b(?:what|which)\s+(?:date|day|month|year)\b|\bon what\b`)

var (
	asksClock = lazyRE(`(?i)` + clockCue)
	clockIn   = lazyRE(clockTime)
)

// asideDates reports, of a text's dates, those it gives in brackets while
// it gives others outside them: "brothers Karl-Heinz (October 20, 1963
// - February 24, 1999) and Walter … bungled a robbery" dates their lives
// in an aside; the robbery is "On January 7, 1982". An aside about what
// the question asks of is its answer: "Tom Hale (born May 4, 1950)" for
// when Hale was born. With commas, a sentence's asides set in commas
// count too (commaAsides).
func asideDates(q *question, text string, dates []span, commas bool) func(span) bool {
	asides := slices.DeleteFunc(aside.FindAllStringIndex(text, -1), func(a []int) bool { return asksOf(q, text[:a[0]]) })
	if commas {
		// A sentence's: in a paragraph, the asides of its other
		// sentences would leave one date seeming the only one.
		asides = append(asides, slices.DeleteFunc(commaAsides(text), func(a []int) bool { return asideSaysAsked(q, text[a[0]:a[1]]) })...)
	}
	inAside := func(d span) bool {
		return slices.ContainsFunc(asides, func(a []int) bool { return a[0] <= d.start && d.end <= a[1] })
	}
	if !slices.ContainsFunc(dates, func(d span) bool { return !inAside(d) }) {
		return func(span) bool { return false } // nothing outside: the asides are all it says
	}
	return inAside
}

// asksOf reports whether the word before an aside (what it is about) is
// one of the question's: "Hale (born …)" for "when was Tom Hale born?".
func asksOf(q *question, before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(f[len(f)-1], ",.;:’'s"))
	return slices.Contains(strings.FieldsFunc(strings.ToLower(q.text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }), w)
}

// commaAsides are the asides set in commas between a sentence's subject
// and its verb: "Burke's party, by now reduced to three with the death
// of Gray on 17 April 1861, reached Camp LXV on …" says when Gray died,
// not when the party arrived.
func commaAsides(text string) [][]int {
	var out [][]int
	for _, m := range commaAside.FindAllStringSubmatchIndex(text, -1) {
		if pastOrVerbForm(text[m[6]:m[7]]) && !strings.ContainsAny(text[m[2]:m[3]], "0123456789") {
			out = append(out, []int{m[4], m[5]})
		}
	}
	return out
}

// asideSaysAsked reports whether an aside says a word of the question that
// tells what happened, not a little word: "Tom Hale, who was born on 3
// May 1950, died …" says when he was born.
func asideSaysAsked(q *question, text string) bool {
	words := wordSet(text)
	return slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && u.term != "" && !stopWord(u.word) && words[u.word] })
}

// commaAside matches a sentence's subject, an aside in commas, and the
// word after it.
var commaAside = lazyRE(`(?:^|[.!?]\s+)([^,.!?]{2,60}),\s+([^,.!?]{5,160}),\s+(\p{Ll}+)`)

// aside finds a text in brackets.
var aside = lazyRE(`\([^()]*\)`)

// withoutYearLabels gives each of a text's dates that is a yearLabel the
// fuller date of its clause: "the blackout of 2016 … on 28 September
// 2016" and "The 2011 Indian Premier League Final … on 28 May 2011" are
// dated by the day, found where the year stands, beside the event.
func withoutYearLabels(text string, dates []span) []span {
	out := slices.Clone(dates)
	for i, d := range out {
		if full := yearLabel(text, d, dates); full != "" {
			out[i].text = full
		}
	}
	return out
}

// yearLabel is the fuller date in a year's clause when the year labels a
// thing ("the blackout of 2016", "the Act of 1973", "The 2011 … Final",
// "the Candidates Tournament 1980–81")
// and the same clause gives a fuller date in that year ("… that
// occurred … on 28 September 2016"): the fuller date says when. One in
// another clause dates something else ("…, and it took effect on 1
// October 2014"). "" when the year labels nothing.
func yearLabel(text string, d span, dates []span) string {
	before := strings.ToLower(strings.TrimRight(text[:d.start], " "))
	years := labelYears(d.text)
	if years == nil || !labelsThing(text, d, before) {
		return ""
	}
	for _, o := range dates {
		if o.text == d.text || !slices.ContainsFunc(years, func(y string) bool { return strings.Contains(o.text, y) }) {
			continue
		}
		between := text[min(o.start, d.start):max(o.end, d.end)]
		if !strings.ContainsAny(between, ".!?") && len(clauseSpans(between)) == 1 {
			return o.text
		}
	}
	return ""
}

// labelsThing reports whether a year labels a thing: it follows "of"
// ("the blackout of 2016"), stands between "the" and a noun ("the 2011
// Final"), or follows a capitalised word of a name ("the Candidates
// Tournament 1980–81"), not a sentence's opening preposition ("In
// 2016 the council …"). before is the text before the year, in lower
// case and trimmed.
func labelsThing(text string, year span, before string) bool {
	if strings.HasSuffix(before, " of") || theBefore(before) && wordAfterYear.MatchString(text[year.end:]) {
		return true
	}
	f := strings.Fields(text[:year.start])
	return capitalBefore(text[:year.start]) && !stopWord(strings.ToLower(f[len(f)-1]))
}

// withLabelYears gives a day without its year ("3 October") the year
// that labels the thing its sentence dates ("The 1989 coup attempt …
// occurred in Panama City on 3 October"), and leaves that year out: the
// day says when, the year only which coup. Only when the sentence has
// no other year to choose from.
func withLabelYears(text string, dates []span, sentenceAt func(int) (int, int)) []span {
	dates = slices.Clone(dates) // a day given its year is a new span; the caller's stay as found
	for i, d := range dates {
		if !dayNoYear.MatchString(d.text) {
			continue
		}
		from, to := sentenceAt(d.start)
		label := -1
		for j, o := range dates {
			if o.start < from || o.end > to || j == i || !strings.ContainsAny(o.text, "0123456789") {
				continue
			}
			if label >= 0 || !yearOnly.MatchString(o.text) || !yearModifies(text, o) {
				return dates // another year or date in the sentence: which goes with the day is not sure
			}
			label = j
		}
		if label < 0 {
			continue
		}
		year := dates[label].text
		if unicode.IsDigit(rune(d.text[0])) {
			dates[i].text = d.text + " " + year // "3 October 1989"
		} else {
			dates[i].text = d.text + ", " + year // "October 3, 1989"
		}
		return slices.Delete(dates, label, label+1)
	}
	return dates
}

// dayNoYear matches a day of a month told without its year.
var dayNoYear = lazyRE(`^(?:\d{1,2}` + ordinalOf + `\s+(?:` + monthNames + `)|(?:` + monthNames + `)\s+\d{1,2}(?:st|nd|rd|th)?)$`)

// theBefore reports whether a text, in lower case and trimmed, ends
// with "the", as it does before a year that labels a noun.
func theBefore(before string) bool {
	return strings.HasSuffix(before, " the") || before == "the" || strings.HasSuffix(before, ". the")
}

// yearModifies reports whether a year stands before the event it labels:
// "The 1989 Panamanian coup", "the 2016 election". A thing's year is no
// event's: "the 1887 Harlow County courthouse" burned on another day.
func yearModifies(text string, year span) bool {
	before := strings.ToLower(strings.TrimRight(text[:year.start], " "))
	if !theBefore(before) || !wordAfterYear.MatchString(text[year.end:]) {
		return false
	}
	labelled := labelledWords.FindString(text[year.end:])
	return slices.ContainsFunc(strings.Fields(labelled), func(w string) bool { return lexicon.IsA(lexicon.Base(strings.ToLower(w)), "event") })
}

// labelledWords matches the words after a year up to any punctuation,
// four at most: those the year may label.
var labelledWords = lazyRE(`^(?:\s+[\pL’'-]+){1,4}`)

// wordAfterYear matches a word right after a year.
var wordAfterYear = lazyRE(`^\s+\pL`)

// labelYears lists the years a label names: "2016" one, a season
// "1952–53" two (1952 and 1953); nil for any other date. "The final of
// the 1987–88 cup took place on 12 June 1988" is dated by the day.
func labelYears(date string) []string {
	if yearOnly.MatchString(date) {
		return []string{date}
	}
	m := seasonYears.FindStringSubmatch(date)
	if m == nil {
		return nil
	}
	second := m[1][:2] + m[2]
	if m[2] < m[1][2:] {
		// "1999–00" runs into the next century.
		century, _ := strconv.Atoi(m[1][:2])
		second = strconv.Itoa(century+1) + m[2]
	}
	return []string{m[1], second}
}

// seasonYears matches a season told by its two years, the second
// shortened: "1952–53", "2003-04".
var seasonYears = lazyRE(`^(\d{4})[–-](\d{2})$`)

// yearOnly matches a date that is a year and nothing more.
var yearOnly = lazyRE(`^\d{4}$`)

func moneyIn(_ *Engine, _ *question, p *passage) []span { return moneySpans(p.text) }

// sharesIn lists a text's shares: "an estimated 81%", "more than 90
// percent", "half", "two-thirds", "most".
// "How much of the grant did the city spend?" may be answered by an
// amount ("$4 million") or a measure as well as by a share.
func sharesIn(e *Engine, q *question, p *passage) []span {
	out := spansOf(p.text, shareExpr)
	for i := range out {
		out[i].text = strings.TrimSuffix(out[i].text, " of") // "most of the Arctic Ocean" is "most"
	}
	if asksRate.MatchString(q.text) {
		// "What is the availability rate?" is answered by a rate of so
		// much ("a sustained rate of over 99%"), not by any share near
		// the word: a flow rate that "fell 30%" is no 30% rate.
		out = slices.DeleteFunc(out, func(s span) bool {
			return !rateOf.MatchString(p.text[max(0, s.start-changeGap):s.start]) && !strings.HasPrefix(strings.TrimLeft(p.text[s.end:], " "), "rate")
		})
	}
	if howMuch.MatchString(q.text) {
		out = append(out, measuresIn(e, q, p)...)
	}
	return out
}

var (
	// asksRate matches a question for a rate, not a percentage or share.
	asksRate = lazyRE(`(?i)\brate\b`)
	// rateOf ends the words that tie a share to a rate: "a rate of".
	rateOf = lazyRE(`(?i)\brate\s+of\s+(?:\S+\s+){0,2}$`)
)

// shareExpr finds a share: a percentage with its qualifier ("an
// estimated 81%", "more than 90 percent"), or a fraction in words; "most"
// and "all" only when they say of what ("most of the Arctic Ocean").
var shareExpr = lazyRE(`(?i)(?:\b` + numberQualifier + `\s+)?(?:\b\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?\s*(?:%|percent\b)|\b(?:(?:one|a|two|three)[- ](?:half|third|thirds|quarter|quarters|fifth|fifths)|half)\b|\b(?:most|all)\b(?:\s+of\b))`)

// withoutRates leaves out the times a text gives as so much in every
// day or week ("used for 17 hours per day for 3 years"), which say how
// often, not how long, when it gives any other.
func withoutRates(text string, ms []span) []span {
	return keepSome(ms, func(m span) bool {
		loc := timeInEvery.FindStringIndex(text[m.end:])
		return loc != nil && !relativeAfter.MatchString(text[m.end+loc[1]:]) // "six months a year after it opened" is no rate
	})
}

// timeInEvery matches, right after a time or a counted noun, the time
// it is counted in: " per day", " a week", " each night" ("17 hours per
// day", "how many flights a year").
var timeInEvery = lazyRE(`(?i)^\s+(?:per|a|an|each|every)\s+(?:second|minute|hour|day|night|week|weekday|month|year|decade|century|shift|session)\b`)

// relativeAfter matches the word that makes "a year" a time from
// another: " after", " later".
var relativeAfter = lazyRE(`(?i)^\s+(?:after|before|ago|later|earlier)\b`)

// leadsAsked are the leads a text tells ("nine points up", "won by four
// lengths"), those on the side a question asks when any are: "how far
// ahead …?" is no "two strokes behind".
func leadsAsked(question, text string) []span {
	leads := spansOf(text, marginSaid)
	for _, m := range marginBy.FindAllStringSubmatchIndex(text, -1) {
		leads = append(leads, span{m[2], m[3], text[m[2]:m[3]]})
	}
	behind := behindAsked.MatchString(question)
	return keepSome(leads, func(c span) bool { return behindSaid.MatchString(c.text) != behind })
}

var (
	// behindAsked and behindSaid match the trailing side of a lead.
	behindAsked = lazyRE(`(?i)\bhow\s+far\s+behind\b`)
	behindSaid  = lazyRE(`(?i)\bbehind$`)
	// marginBy finds a lead told as what something was won or led by:
	// "won the Derby by four lengths", "led by four strokes"; group 1
	// is the lead.
	marginBy = lazyRE(`(?i)\b(?:won|wins|win|winning|led|leads|leading|beat|beating)\b[^.;,]{0,40}?\bby\s+(` + leadCount + `)\b`)
	// marginAsked matches a question for a lead: "how far ahead",
	// "how far up", "how far behind", "how big was his lead".
	marginAsked = lazyRE(`(?i)\bhow\s+far\s+(?:up|ahead|behind|clear|in\s+front)\b|\bhow\s+(?:big|large|wide|much)\s+(?:a\s+|of\s+a\s+)?(?:(?:was|is|were|had)\s+)?(?:[\pL'’-]+\s+){0,4}?(?:lead|margin)\b`)
	// marginSaid finds a lead: a count of what a game scores, and the
	// word after it that makes it one ("nine points up", "two goals
	// ahead", "1 minute 12 seconds in front").
	marginSaid = lazyRE(`(?i)(?:\b\d+\s+(?:minutes?|hours?)\s+(?:and\s+)?)?` + leadCount + `\s+(?:up|ahead|clear|behind|down|in\s+front)\b`)
)

// leadCount is a count of what a game scores or times: "nine points",
// "0.7 seconds", "a length".
var leadCount = `(?:\d[\d,]*(?:\.\d+)?|\b(?:` + strings.Join(smallNumbers, "|") + `|one|a))\s+(?:points?|goals?|runs?|strokes?|shots?|seconds?|lengths?|games?|laps?|votes?|wickets?|tries|try)`

// measuresIn lists a text's measures. "How much" asks for an amount,
// which may be one of money ("how much do bats save farmers"), and not
// for a duration unless it asks "how much time".
func measuresIn(e *Engine, q *question, p *passage) []span {
	text := p.text
	if howOld.MatchString(q.text) {
		// "How old is Acosta?" is answered by an age ("Acosta, 18,",
		// "the 120-year-old bridge"), not by "one year in jail", and
		// only by the age of whom it asks about: not the driver's for
		// the passenger, nor Sam Cole's for his brother.
		return e.agesOf(q, text)
	}
	if marginAsked.MatchString(q.text) {
		// "how far up were they at half time?": "nine points up", a
		// lead in whatever a game counts, no distance; "how far up the
		// hill …?" still asks one when no lead is told.
		if leads := leadsAsked(q.text, text); len(leads) > 0 {
			return leads
		}
	}
	out := measures(text, p.numberSpans())
	if dim := askedDimension(q.text); dim != 0 {
		out = slices.DeleteFunc(out, func(m span) bool { return !measureGives(m, text[m.end:], dim) })
	} else if howFast.MatchString(q.text) {
		out = slices.DeleteFunc(out, func(m span) bool { return !speedOrTime(m, text[m.end:]) })
	}
	if durationAsked(q.text) {
		// "How long do the weevils live?" is answered by "six-to
		// eight-month-long lifespan", not by "two millimeters in length".
		return withoutRates(text, slices.DeleteFunc(append(out, lastings(p.numberSpans())...), func(m span) bool { return !isDuration(m.text) }))
	}
	if howLong.MatchString(q.text) {
		// "How long is the tunnel?" asks for a length or a time: not
		// "1,800 hectares", nor "300,000 lorries a year"; of a thing
		// that takes no time ("how long is the south branch of the
		// river?"), a length alone, not "at least 50 years".
		thing := lengthOnlyAsked(q.text)
		out = withoutRates(text, slices.DeleteFunc(out, func(m span) bool { return !isLength(m.text) && (thing || !timeRightAfter(m.text)) }))
		out = withoutOtherDimension(text, out)
	}
	if sizeAsked.MatchString(q.text) {
		// "How big was the eaglet" is not answered by "about 30
		// minutes", nor "how big do the adults get" by "less than 39
		// degrees".
		return slices.DeleteFunc(out, func(m span) bool {
			unit := strings.ToLower(lastWordOf(m.text))
			return timeUnits[unit] || unit == "degrees" || unit == "degree" || bigAsked.MatchString(q.text) && isDistance(text[m.end:]) ||
				lengthAsked.MatchString(q.text) && !isLength(m.text) || // "how far out is the island" is no "14-acre"
				bigAsked.MatchString(q.text) && !e.sizeOfAsked(q, text, m)
		})
	}
	if !howMuch.MatchString(q.text) || howMuchTime.MatchString(q.text) {
		return out
	}
	noun := ""
	if m := howMuchOf.FindStringSubmatch(q.text); m != nil {
		noun = strings.ToLower(m[1])
		if counted := e.countsOfNoun(q, p, noun, out); len(counted) > 0 {
			return counted // "how much ordnance did they drop?": "904 pieces of ordnance", not "78,000 miles"
		}
	}
	if byHowMuch.MatchString(q.text) {
		// "By how much did he break the record?": "by 41 seconds",
		// whatever its unit, not "less than a mile from the finish".
		if by := slices.DeleteFunc(slices.Concat(out, moneySpans(text), spansOf(text, shareExpr)), func(m span) bool { return !byBefore.MatchString(text[:m.start]) }); len(by) > 0 {
			return by
		}
	}
	out = slices.DeleteFunc(out, func(m span) bool {
		return timeUnits[strings.ToLower(lastWordOf(m.text))] && !measuresNoun(text[m.end:], noun)
	})
	out = append(out, moneySpans(text)...)
	if changeAsked.MatchString(q.text) {
		// "How much did profit rise?" asks for the rise ("a 24% rise"),
		// not where it went ("rose to €412 million") or came from.
		out = append(out, spansOf(text, shareExpr)...)
		out = slices.DeleteFunc(out, func(m span) bool { return levelBefore.MatchString(text[:m.start]) })
	}
	return out
}

// countsOfNoun are a text's numbers that count, in pieces or whole, the
// noun a "how much" question asks of: "904 pieces of ordnance" or "12
// bombs" for "how much ordnance" (or "how much bombs"). A measure in a
// unit ("20 years of experience") is left to measures. The noun is the
// question's word as read, spelling mended; a count starts where a
// measure that holds its number does.
func (e *Engine) countsOfNoun(q *question, p *passage, noun string, measures []span) []span {
	i := slices.IndexFunc(q.units, func(u unit) bool { return u.word == noun && u.term != "" })
	if i < 0 {
		return nil
	}
	asked := append([]string{q.units[i].term}, q.units[i].syns...)
	text := p.text
	var out []span
	for _, n := range p.numberSpans() { // no years, no designations
		loc := []int{n.start, n.start + len(numberIn.FindString(n.text))}
		m := countedNoun.FindStringSubmatchIndex(text[loc[1]:])
		if m == nil || m[2] >= 0 && isUnit(strings.ToLower(text[loc[1]+m[2]:loc[1]+m[3]])) {
			continue // "20 years of experience" is a measure, read as one
		}
		if word := text[loc[1]+m[4] : loc[1]+m[5]]; !slices.ContainsFunc(e.an.terms(word), func(t string) bool { return slices.Contains(asked, t) }) || countsNextNoun(word, text[loc[1]+m[5]:]) {
			continue // "two fuel trucks" count trucks
		}
		start, end := loc[0], loc[1]+m[1]
		if k := slices.IndexFunc(measures, func(ms span) bool { return ms.start < start && ms.end >= loc[1] }); k >= 0 {
			start = measures[k].start
		}
		out = append(out, span{start, end, text[start:end]})
	}
	return out
}

// countedNoun matches, after a number, the noun it counts, straight
// after it or after a word for its pieces: " pieces of ordnance", "
// bombs"; group 1 is the word for its pieces, group 2 the noun.
var countedNoun = lazyRE(`^(?:\s+(\pL+)\s+of)?\s+(\pL+)`)

var (
	// byHowMuch matches a question for the size of a difference.
	byHowMuch = lazyRE(`(?i)\bby how (?:much|many|far|long)\b`)
	// byBefore matches the "by" a difference's figure follows.
	byBefore = lazyRE(`(?i)\bby\s+$`)
)

// changeAsked matches a question for the size of a change: "by how
// much", "how much did profit rise", "how much have the shares gained".
var changeAsked = lazyRE(`(?i)\bby how much\b|\bhow much (?:did|does|do|has|have|had|will|would|is|are|was|were)\b.*\b(?:rise|rose|risen|rising|increase[sd]?|increasing|grow|grew|grown|growing|fall|fell|fallen|falling|drop(?:ped)?|decline[sd]?|gain(?:ed)?|jump(?:ed)?|climb(?:ed)?|go (?:up|down)|gone (?:up|down)|went (?:up|down)|shr[iu]nk|shrank|cut)\b`)

// levelBefore ends the words before a figure that a change went to or
// came from: "rose to", "from".
var levelBefore = lazyRE(`(?i)\b(?:to|from)\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|under|a|an|record)\s+)?(?:[A-Z]{1,3})?$`)

// durationAsked reports whether a "how long" question asks for a time,
// by a verb or noun of lasting after it: "how long do the weevils live",
// "how long did the repairs take", "how long was his sentence".
func durationAsked(question string) bool {
	loc := howLong.FindStringIndex(question)
	if loc == nil {
		return false
	}
	for _, w := range wordRe.FindAllString(question[loc[1]:], -1) {
		if lastingWords[lexicon.Base(strings.ToLower(w))] {
			return true
		}
	}
	return false
}

// lengthOnlyAsked reports whether "how long is …" asks of a thing that
// has a length and takes no time: a structure, a way, a vessel or a
// natural thing ("the tunnel", "the beach", "the south branch of the
// river"), no act or event ("the release", "the marathon", "the
// strike") and nothing that plays ("the album", "the tape").
func lengthOnlyAsked(question string) bool {
	m := howLongIsThing.FindStringSubmatch(question)
	if m == nil {
		return false
	}
	head := lexicon.Base(strings.ToLower(m[1]))
	if slices.ContainsFunc(timedKinds, func(k string) bool { return lexicon.IsA(head, k) }) {
		return false
	}
	return slices.ContainsFunc(thingKinds, func(k string) bool { return lexicon.IsA(head, k) })
}

// howLongIsThing matches "how long is" and the noun of what it asks of,
// the last before "of", a preposition or the end.
var howLongIsThing = lazyRE(`(?i)\bhow long (?:is|are) (?:the |a |an |this |that |its |their )?(?:[\pL-]+\s+){0,2}?([\pL-]+)\s*(?:[?.!]|$|\s(?:of|in|at|from|on|that|which|between)\b)`)

// thingKinds are the kinds of what has a length; timedKinds those of
// what takes time, which a "how long" of it may ask.
var (
	thingKinds = []string{"artifact", "structure", "way", "vehicle", "natural object", "body of water", "geological formation", "land"}
	timedKinds = []string{"act", "event", "activity", "time period", "process", "phenomenon", "motion", "state", "recording", "medium", "show", "document", "science"}
)

// lastings are the times a text gives in a compound with its unit inside
// ("six- to eight-month-long lifespan", "a 3-hour-long wait"), which
// measures does not read as measures, its unit being "long"; nums are
// the text's numbers (numbers).
func lastings(nums []span) []span {
	var out []span
	for _, n := range nums {
		if m := lastingCompound.FindStringIndex(n.text); m != nil {
			out = append(out, span{n.start, n.start + m[1], n.text[:m[1]]})
		}
	}
	return out
}

// lastingCompound is a compound of a number and a unit of time ending in
// "long", with an upper figure before it ("six-to eight-month-long").
var lastingCompound = lazyRE(`(?i)^(?:\S+\s+){0,2}?\S*-(?:second|minute|hour|day|week|month|year|decade)-long\b`)

// isDuration reports whether a measure is a time: its unit, or the unit
// of a compound ("eight-month-long"), is one of timeUnits.
func isDuration(measure string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(measure), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if timeUnits[w] {
			return true
		}
	}
	return false
}

var (
	howLong = lazyRE(`(?i)\bhow long\b`)
	// lastingWords are the verbs and nouns by which "how long" asks
	// how much time something lasts, not how long it is.
	lastingWords = map[string]bool{
		"live": true, "last": true, "take": true, "stay": true, "remain": true, "survive": true, "wait": true,
		"spend": true, "serve": true, "hibernate": true, "endure": true, "continue": true, "persist": true,
		"lifespan": true, "life": true, "sentence": true, "delay": true, "stint": true,
		"tenure": true, "term": true, "career": true, "duration": true,
		// Things that only last, so their length is a time: "how long
		// was the video?" of "a 15-second video".
		"video": true, "clip": true, "film": true, "movie": true, "recording": true, "footage": true,
		"speech": true, "meeting": true, "session": true, "broadcast": true, "song": true, "visit": true,
		"pause": true, "ceremony": true, "hearing": true, "shift": true, "strike": true, "outage": true,
		"blackout": true, "siege": true, "lockdown": true, "drought": true, "war": true, "deployment": true,
	}
)

// distanceAfter matches the words after a measure that make it how far
// something is from a place, not how big it is: "about 37 miles (60
// kilometers) west of Berlin", "3 miles away".
var distanceAfter = lazyRE(`(?i)^\)?(?:\s*\([^()]*\))?\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from(?:\s+[^,.;:]*?\s+to\b)?|away|off(?:shore)?|outside|inland|upstream|downstream)\b`)

// isDistance reports whether the text after a measure makes it a
// distance: "west of Berlin", "from the coast", but not the extent of
// "from the harbour to Gull Point".
func isDistance(after string) bool {
	m := distanceAfter.FindString(after)
	return m != "" && !strings.HasSuffix(strings.ToLower(m), " to")
}

// conversionAfter matches a measure's value in other units, in brackets
// right after it: " (1 meter)".
var conversionAfter = lazyRE(`^\s*\([^()]{1,30}\)`)

// sizeOfAsked reports whether a measure is the size of what a "how big"
// question asks about: not when it stands before another noun than the
// question's ("the tower's 40-foot spire" for the tower, "2,000 tons of
// grain" for the ship), before another word of size ("1,200 feet long"
// for how wide), or after a verb of change ("has dropped 14 feet"). "A
// 14-acre island", "weighs about 1 ounce" and "40 feet tall" are sizes.
func (e *Engine) sizeOfAsked(q *question, text string, m span) bool {
	if f := wordRe.FindAllString(text[max(0, m.start-20):m.start], -1); len(f) > 0 && changeVerbs[lexicon.Base(strings.ToLower(f[len(f)-1]))] {
		return false
	}
	rest := text[m.end:]
	if b := conversionAfter.FindStringIndex(rest); b != nil {
		rest = rest[b[1]:] // "about 3 feet (1 meter) in size" is as big as "1 meter in size"
	}
	if rest == "" || !strings.HasPrefix(rest, " ") {
		return true // "… 30 acres.", "… 12 feet, …": the clause ends with it
	}
	after := wordRe.FindAllString(rest[:min(len(rest), 40)], 3)
	first := strings.ToLower(after[0])
	if dim, ok := sizeWords[first]; ok {
		// "40 feet tall", "some 12 feet high" for how tall; "1,200 feet
		// long" is no width. "How big" takes any.
		asked := strings.ToLower(bigAsked.FindStringSubmatch(q.text)[1])
		d, told := sizeWords[asked]
		return !told || d == dim
	}
	if first == "of" {
		return false // "2,000 tons of grain" is the grain's
	}
	for i, w := range after {
		lw := strings.ToLower(w)
		if e.saysAskedWord(q, lw) {
			return true // "a 14-acre island"
		}
		if littleWord(lw) {
			return i == 0 // "weighs about 1 ounce and …": no noun of its own; "a 300-foot cargo ship carrying" the ship's
		}
	}
	return false // "a 300-foot cargo ship" for the crane
}

// saysAskedWord reports whether a word of a text is one of a question's
// topical words or a near word of one.
func (e *Engine) saysAskedWord(q *question, w string) bool {
	return e.saysAskedWordIf(q, w, func(unit, string) bool { return true })
}

// saysAskedWordIf is saysAskedWord with a near word of a unit counted
// only when near holds of the unit and the word.
func (e *Engine) saysAskedWordIf(q *question, w string, near func(u unit, w string) bool) bool {
	return slices.ContainsFunc(e.an.terms(w), func(t string) bool {
		return slices.ContainsFunc(q.units, func(u unit) bool {
			return u.topical && u.entity == "" && (u.term == t || slices.Contains(u.syns, t) && near(u, w))
		})
	})
}

// sizeWords are the adjectives a size is told with, and what they
// measure.
var sizeWords = map[string]string{"long": "length", "wide": "width", "across": "width", "tall": "height", "high": "height",
	"deep": "depth", "thick": "thickness", "heavy": "weight"}

// changeVerbs are the verbs by which a measure tells how much something
// changed, not how big it is.
var changeVerbs = map[string]bool{"drop": true, "fall": true, "rise": true, "climb": true, "sink": true, "shrink": true,
	"increase": true, "decrease": true, "decline": true, "gain": true, "lose": true, "grow": true}

// lengthAsked matches a question for a length or a distance, which an
// area, a weight or a volume does not answer.
var lengthAsked = lazyRE(`(?i)\bhow (?:far|tall|high|deep|wide)\b`)

// isLength reports whether a measure is a length: "eight miles", "35
// kilometers", not "14-acre" or "375 square miles".
func isLength(measure string) bool {
	lm := strings.ToLower(measure)
	return lengthUnits[strings.ToLower(lastWordOf(measure))] && !strings.Contains(lm, "square") && !strings.Contains(lm, "cubic")
}

// timeRightAfter reports whether a measure's (last) number is followed by
// a unit of time ("26 months", "five to seven years", "a two-year
// renovation"), not by what it counts ("300,000 lorries a year" is a
// rate).
func timeRightAfter(measure string) bool {
	locs := numberIn.FindAllStringIndex(measure, -1)
	if len(locs) == 0 {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(measure[locs[len(locs)-1][1]:]), func(r rune) bool { return !unicode.IsLetter(r) })
	return len(words) > 0 && timeUnits[words[0]]
}

// lengthUnits are the units lengths and distances are told in.
var lengthUnits = map[string]bool{
	"mile": true, "miles": true, "mi": true, "kilometer": true, "kilometers": true, "kilometre": true, "kilometres": true, "km": true,
	"meter": true, "meters": true, "metre": true, "metres": true, "m": true, "foot": true, "feet": true, "ft": true,
	"yard": true, "yards": true, "inch": true, "inches": true, "centimeter": true, "centimeters": true, "centimetre": true,
	"centimetres": true, "cm": true, "millimeter": true, "millimeters": true, "millimetre": true, "millimetres": true, "mm": true,
	"league": true, "leagues": true, "fathom": true, "fathoms": true,
}

// bigAsked matches a question for a thing's size, not its distance.
var bigAsked = lazyRE(`(?i)\bhow (` + strings.Join(sizeAdjectives, "|") + `)\b`)

// sizeAdjectives are the words "how …" asks a thing's size by; with "old"
// they are the measureWord that weigh next to nothing.
var sizeAdjectives = []string{"big", "large", "small", "tall", "wide", "thick", "heavy"}

// howOld matches a question for an age.
var howOld = lazyRE(`(?i)\bhow old\b`)

// agesOf are the ages a text gives ("18-year-old", "40 years old", "aged
// 72", and a number set off by commas after a name: "Erik Acosta, 18,")
// of what a "how old" question asks about: its last word the story says
// (its head: "brother" of "Sam Cole's brother") is said by the words the
// age belongs to (the name before ", 18,", the noun after
// "120-year-old", the words before "aged" or "years old").
func (e *Engine) agesOf(q *question, text string) []span {
	head := e.askedHead(q)
	if head == "" {
		return nil
	}
	var out []span
	for _, m := range ageRe.FindAllStringSubmatchIndex(text, -1) {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] < 0 {
				continue
			}
			opens := ageOpens(text, m, g)
			if g == ageAtComma && !opens {
				break // "At 10, the clock stopped": a time
			}
			said := ageHolder(text, m, g, opens)
			holder := e.an.terms(said)
			if slices.Contains(holder, head) && (!opens || e.holdsAllAsked(q, holder)) && !e.namesOtherPerson(q, said) {
				out = append(out, span{m[g], m[g+1], text[m[g]:m[g+1]]})
			}
			break
		}
	}
	return out
}

// namesOtherPerson reports whether the words an age belongs to name a
// person by another given name than the question does: "said Paul
// Wendt, 58" is no age of Hans Wendt, nor "Tom Rowe, 15," of Edith
// Rowe, though they share a surname (and the fact sheet gives "Wendt"
// as Hans Wendt's alias).
func (e *Engine) namesOtherPerson(q *question, holder string) bool {
	asked, first := map[string]bool{}, false
	for _, name := range e.personNamesAsked(q) {
		// A given name before the surname: "Kerr" alone asks no one's
		// first name, though Kerr is a given name too.
		words := strings.Fields(strings.ToLower(name))
		first = first || len(words) > 1 && lexicon.GivenName(words[0])
		for _, w := range words {
			asked[w] = true
		}
	}
	if !first {
		return false
	}
	return slices.ContainsFunc(wordRe.FindAllString(holder, -1), func(w string) bool {
		return opensWithCapital(w) && lexicon.GivenName(w) && !asked[strings.ToLower(w)]
	})
}

// personNamesAsked are the names a question gives, as entries' names or as
// runs of its words the story says as names: "hans wendt", "Tom Rowe".
func (e *Engine) personNamesAsked(q *question) []string {
	var out []string
	run := ""
	for _, u := range q.units {
		if en, ok := e.entry(u.entity); ok {
			out = append(out, en.Name)
			continue
		}
		if q.nameTerms[u.term] || lexicon.GivenName(u.word) {
			run = strings.TrimSpace(run + " " + u.word)
			continue
		}
		if run != "" {
			out, run = append(out, run), ""
		}
	}
	if run != "" {
		out = append(out, run)
	}
	return out
}

// ageHolder is the words an age (the match m of ageRe, its group at g)
// belongs to: the noun after "120-year-old"; the name before ", 18," or
// "aged 72" (with the noun it stands beside: "The driver, John Smith,
// 45"); the words before "years old"; the sentence before "at the age
// of 99"; the words after an age that opens its clause (opens, from
// ageOpens).
func ageHolder(text string, m []int, g int, opens bool) string {
	if g == 2 {
		after := text[m[g+1]:min(len(text), m[g+1]+ageHolderReach)]
		if i := strings.IndexAny(after, ",;"); i >= 0 {
			after = after[:i]
		}
		if ap := nameBeforeApposition.FindStringSubmatch(text[max(0, m[0]-ageHolderReach):m[0]]); ap != nil {
			return ap[1] + " " + after // "Aaron Kerr, a 19-year-old who came on": Kerr's age
		}
		return after
	}
	if g == 10 {
		// "Wolkowsky arranged to donate the island … prior to his
		// passing at the age of 99": the age is the subject's, however
		// far back the sentence names it.
		return text[strings.LastIndex(text[:m[0]], ". ")+1 : m[0]]
	}
	before := text[max(0, m[0]-ageHolderReach):m[0]]
	if opens {
		// "At 82 years old, Papa Wong is …": the age of whom the
		// sentence goes on to name.
		after := strings.TrimLeft(text[m[1]:min(len(text), m[1]+ageHolderReach)], ", ")
		return after[:ageClauseEnd(after)]
	}
	if g == 6 || g == 8 {
		before = ageWordAfter.ReplaceAllString(text[max(0, m[0]-ageHolderReach):m[g]], "") // "…, and Tumani A. Younge"
	}
	// Not cut at "." ("Tumani A. Younge"); and the words before a name
	// set off by commas are whom it names.
	i := strings.LastIndexAny(before, ",;")
	if j := strings.LastIndexAny(before[:max(i, 0)], ",;"); i >= 0 && appositiveName(before[i+1:]) {
		return before[j+1:]
	}
	return before[i+1:]
}

// ordinalFigure matches an ordinal that opens a name ("16th SOS",
// "1st Space Brigade"): a unit, where "the 10th lighthouse" counts.
var ordinalFigure = lazyRE(`^\d+(?:st|nd|rd|th)\s+\p{Lu}`)

// countedAfter reports whether the words right after a figure say what
// a "how many" question counts.
func (e *Engine) countedAfter(q *question, phrase string) bool {
	words := strings.Fields(phrase)
	return slices.Contains(e.an.terms(strings.Join(words[:min(len(words), 5)], " ")), q.counted)
}

// ageClauseEnd is where the clause a text opens with ends: at its first
// comma, semicolon or stop that no abbreviation's period is ("Dr. Sam
// Patel is …" is one clause).
func ageClauseEnd(text string) int {
	for i, r := range text {
		switch {
		case r == ',' || r == ';':
			return i
		case r == '.' && !corpus.Abbreviation(lastField(text[:i+1])):
			return i
		}
	}
	return len(text)
}

// lastField is a text's last run of characters after a space.
func lastField(text string) string {
	return text[strings.LastIndexAny(text, " \t\n")+1:]
}

// ageOpens reports whether an age (the match m of ageRe, its group at
// g) opens its sentence or clause after "At": "At 82 years old, Tom Hale
// …", "At 77, John Glenn …", whose holder is named after it.
func ageOpens(text string, m []int, g int) bool {
	before := text[max(0, m[0]-ageHolderReach):m[0]]
	switch g {
	case 4:
		return ageAtBefore.MatchString(before)
	case ageAtComma:
		return ageClauseStart.MatchString(before) && agedAtComma(text, m)
	}
	return false
}

// agedAtComma reports whether "At NN," (the match m of ageRe) gives the
// age of the person named after it: "At 77, John Glenn flew". With no
// "years old" it may as well be a time: not an hour of the clock ("At
// 10, Mayor Dana Ruiz cut the ribbon"), nor before a thing's possessive
// or a place ("At 14, Riverside's eight", "At 15, Main Street"), nor
// one of several such times in the text ("… At 16, the parade began").
func agedAtComma(text string, m []int) bool {
	n, _ := strconv.Atoi(text[m[ageAtComma]:m[ageAtComma+1]])
	after := text[m[1]:]
	name := nameWord.FindString(after)
	if n <= 12 || name == "" || !strings.HasPrefix(after, name) || stopWord(strings.ToLower(name)) {
		return false
	}
	words := strings.Fields(after[:min(len(after), len(name)+40)])
	if trimPossessive(words[0]) != words[0] || len(words) > 1 && placeHeads[strings.ToLower(trimPossessive(strings.Trim(words[1], ",.;:")))] {
		return false
	}
	return len(ageAtCommaRe.FindAllStringIndex(text, 2)) < 2
}

// ageAtCommaRe finds an "At NN," that opens a sentence or clause.
var ageAtCommaRe = lazyRE(`(?:^|[.;]\s+)(?i:at)\s+\d{1,3},\s`)

// ageClauseStart matches the start of a sentence or clause before "At".
var ageClauseStart = lazyRE(`(?:^|[.;]\s+)$`)

// holdsAllAsked reports whether the words of an age's holder say every
// word of whom a question asks the age of: "At 82 years old, Tom Hale …"
// is no age of Samuel Hale.
func (e *Engine) holdsAllAsked(q *question, holder []string) bool {
	for _, u := range q.units {
		if en, ok := e.entry(u.entity); ok {
			// Any of the entry's names will do: "Mukai, 46," is the
			// age of the entry "Chiaki Mukai", whose alias is "Mukai".
			if !slices.ContainsFunc(en.Names(), func(name string) bool { return holdsAll(holder, e.an.terms(name)) }) {
				return false
			}
			continue
		}
		if !holdsAll(holder, e.ageHolderWords(u)) {
			return false
		}
	}
	return true
}

// holdsAll reports whether every one of terms is in holder.
func holdsAll(holder, terms []string) bool {
	return !slices.ContainsFunc(terms, func(t string) bool { return !slices.Contains(holder, t) })
}

// ageHolderWords are the analysed words by which a unit of an age
// question names whose age it asks: an entry's name ("how old is Papa
// Wong?" of a fact sheet with his entry), or a word the story says but
// those that ask for an age ("old", "age").
func (e *Engine) ageHolderWords(u unit) []string {
	switch {
	case u.entity != "":
		if en, ok := e.entry(u.entity); ok {
			return e.an.terms(en.Name)
		}
	case u.topical && e.df[u.term] > 0 && !ageWords[u.word]:
		return []string{u.term}
	}
	return nil
}

// ageAtBefore matches the "At" an age opens a sentence or clause with:
// "At 82 years old, …".
var ageAtBefore = lazyRE(`(?:^|[.;,]\s+)(?i:at)\s+$`)

// nameBeforeApposition matches a name and the ", a " of the description
// set beside it: "substitute Aaron Kerr, a ".
var nameBeforeApposition = lazyRE(`(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)*),\s+(?:a|an)\s+$`)

// ageWordAfter is what stands between a holder's name and its age:
// ", aged ", ", ".
var ageWordAfter = lazyRE(`(?i)(?:[,\s]+aged?)?[,\s]*$`)

// ageHolderReach is how far from an age its holder's words are sought.
const ageHolderReach = 40

// appositiveName reports whether words are a capitalised name alone
// ("John Smith", "Margaret Hill").
func appositiveName(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && len(f) <= 4 && !slices.ContainsFunc(f, func(w string) bool { return !opensWithCapital(w) })
}

// askedHead is the analysed last word of a question that the story says
// and that says what it is about ("brother" of "how old is Sam Cole's
// brother", "acosta" of "how old is Acosta"), or "". A word typed
// wrong is read as the story's word it was corrected to ("ashdwon" is
// Ashdown); of a fact-sheet entry the question names, its name's last
// word.
func (e *Engine) askedHead(q *question) string {
	head := ""
	for _, u := range q.units {
		if words := e.ageHolderWords(u); len(words) > 0 {
			head = words[len(words)-1] // of a name, its last word: the age is told beside it
		}
	}
	return head
}

// ageWords are the words that ask for an age ("how old", "what age"),
// no words of whose age it is.
var ageWords = map[string]bool{"old": true, "young": true, "age": true, "aged": true}

// ageRe finds an age; its groups are the span to answer with.
var ageRe = lazyRE(`\b(\d{1,3}-year-old)\b|\b(\d{1,3} years? old)\b|\b(?i:aged?)\s+(\d{1,3}(?:(?:,\s*\d{1,3})*,?\s+(?:and|or|to)\s+\d{1,3})?)\b|\p{Lu}[\p{L}’'.-]+,\s+(\d{1,3})(?:,|\.(?:\s|$))|\b(?i:at\s+the\s+age\s+of)\s+(\d{1,3})\b|\b(?i:at)\s+(\d{1,3}),\s+`)

// ageAtComma is the index in an ageRe match of the group of "At 77, …",
// an age only when a name follows (ageOpens).
const ageAtComma = 12

// measuresNoun reports whether the text after a duration says what it
// measures is the noun a "how much" question asks about: "25 years of
// experience" answers "how much experience did she have".
func measuresNoun(after, noun string) bool {
	m := ofWhat.FindStringSubmatch(after)
	return noun != "" && m != nil && strings.EqualFold(m[1], noun)
}

var (
	// howMuchOf finds the word after "how much".
	howMuchOf = lazyRE(`(?i)\bhow much\s+(\pL+)`)
	// ofWhat finds the word of "of NOUN" opening a text.
	ofWhat = lazyRE(`^\s+of\s+(\pL+)`)
)

// lastWordOf is the last word of a span, without a hyphenated number
// before it ("two-year" → "year").
func lastWordOf(s string) string {
	f := strings.Fields(s)
	w := strings.Trim(f[len(f)-1], ".,")
	return w[strings.LastIndex(w, "-")+1:]
}

var (
	howMuch     = lazyRE(`(?i)\bhow much\b`)
	howMuchTime = lazyRE(`(?i)\bhow much (?:time|longer)\b`)
	// sizeAsked matches a question about a size, a distance or a
	// weight, which no duration answers.
	sizeAsked = lazyRE(`(?i)\bhow (?:big|large|small|tall|high|wide|deep|far|heavy|thick)\b`)
	timeUnits = map[string]bool{
		"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true,
		"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
		"year": true, "years": true, "decade": true, "decades": true, "century": true, "centuries": true,
	}
)

// spansOf are the spans of a text that an expression matches.
func spansOf(text string, re *lazyRegexp) []span {
	return spansAt(text, re.FindAllStringIndex(text, -1))
}

// spansAt are the spans of a text at the given byte ranges.
func spansAt(text string, locs [][]int) []span {
	var out []span
	for _, loc := range locs {
		out = append(out, span{loc[0], loc[1], text[loc[0]:loc[1]]})
	}
	return out
}

// counts are the numbers of a paragraph that count what the question
// counts, cut after the counted word; with no counted word, every number
// with the word after it.
func (e *Engine) counts(q *question, p *passage) []span {
	text := p.text
	var out, exact []span
	ages := p.ageLocs()              // no count of anyone
	money := p.moneySpans()          // no elided count of anything else
	prev, prevExact := span{}, false // the last count of the word asked for
	wholeEnd := 0                    // the end of a partitive's whole: "four of [the six climbers]"
	for _, n := range p.numberSpans() {
		if n.start < wholeEnd || ordinalFigure.MatchString(n.text) && !e.countedAfter(q, n.text) {
			// "The 16th SOS began flying the AC-130W" names a squadron,
			// and counts nothing; "her 24th Grand Slam title" counts
			// titles.
			continue
		}
		inAge := slices.ContainsFunc(ages, func(m []int) bool { return m[0] <= n.start && n.start < m[1] })
		if isShare(n.text) || q.counted != "" && (inAge && !strings.Contains(q.text, "year") || totalAsked.MatchString(q.text) && partOf.MatchString(n.text)) {
			// "81% of loggerhead nests" is no count; "a 67-year-old
			// man died" counts one man, not 67 people; "two of the
			// train's carriages" is no count of all it had.
			continue
		}
		if q.counted == "" {
			if !inAge && !labels(text, n.start) { // "Tom Hale, 67, died": one died, not 67
				phrase := uncounted(text[n.start:])
				out = append(out, span{n.start, n.start + len(phrase), phrase})
			}
			continue
		}
		phrase, itself, ok := e.countPhrase(n.text, q)
		if !ok && !totalAsked.MatchString(q.text) {
			// "Only four of the six climbers made the final push"
			// counts four climbers; the six are all there were.
			if part := e.partitiveCount(q, text, n); part != "" {
				phrase, itself, ok = part, true, true
				wholeEnd = n.start + len(part)
			}
		}
		if !ok {
			// "200 loggerhead": the word that narrows the count stands
			// for the noun it leaves out.
			phrase, ok = e.narrowingCount(q, n.text)
			itself = ok
		}
		if !ok && e.countsBefore(q, text, n) {
			// "Franciscan missions -- ten of which were established":
			// the noun asked stands before the count's "of which".
			phrase, itself, ok = numberIn.FindString(n.text), true, true
		}
		if !ok {
			phrase, n.start, ok = e.peopleCount(q, text, n)
		}
		if !itself && prev.text != "" && elidesCounted(text, money, prev, n) {
			if partOfCount(n.text) && !e.asksOfPart(q, n.text) {
				// "23 children were hospitalized, six of them in
				// critical condition": six are some of the 23, and
				// only a question about them asks for six.
				continue
			}
			// "537 nests at Blackbeard Island and 480 at Wassaw": the
			// second number counts nests too, as "41" of "312 people
			// were injured and 41 were still missing" counts people.
			if !ok {
				phrase = numberIn.FindString(n.text)
			}
			itself, ok = prevExact, true
		}
		if !ok {
			continue
		}
		out = append(out, span{n.start, n.start + len(phrase), phrase})
		prev, prevExact = out[len(out)-1], itself
		if itself {
			exact = append(exact, prev)
		}
	}
	return e.bestCounts(q, text, out, exact)
}

// bestCounts are, of a text's counts of what a question asks about (all,
// and exact, those of the very word asked for), the ones that answer it.
func (e *Engine) bestCounts(q *question, text string, all, exact []span) []span {
	out := all
	if len(exact) > 0 {
		// "31 states and five Canadian provinces": a count of the
		// word asked for beats one of a word near it.
		out = exact
	}
	if howManyTimes.MatchString(q.text) {
		out = timesCounted(text, out)
	}
	if otherWord.MatchString(q.text) {
		// "how many times were the two other papers cited?": "two
		// others have been cited over 750 times", not the 1,500 times
		// of the first two.
		out = keepSome(out, func(c span) bool {
			return !otherClauseBefore.MatchString(lookBehind(text, c.start)) && !otherWord.MatchString(c.text)
		})
	}
	if n, at := baselineAsked(q.text, text); n != "" && len(out) > 0 {
		return []span{{at, at + len(n), n}} // "compared with 9 in the same period last year"
	}
	if narrowed := e.narrowedCounts(q, out); len(narrowed) > 0 {
		return narrowed // "200 loggerhead" beats "700 nests" for loggerhead nests
	}
	return out
}

// peopleCount is the phrase of a number that counts people though no
// noun for them follows it, and where the phrase starts: "… demolished
// the home and killed 13.", "A crowd of 103,222 attended". "A crew of
// 20 smokejumpers" counts smokejumpers, which countPhrase weighs.
func (e *Engine) peopleCount(q *question, text string, n span) (string, int, bool) {
	if countsPeopleDone(q, text, n) || e.countsPeopleDoing(q, text, n) {
		return numberIn.FindString(n.text), n.start, true
	}
	if countsPeople(q) && !nounAfterNumber(n.text) {
		if g := groupOfPeopleBefore(text[:n.start]); g != "" {
			return g + numberIn.FindString(n.text), n.start - len(g), true
		}
	}
	return "", n.start, false
}

// partitiveCount is a number's partitive phrase when it counts part of
// the things asked about, "four of the six climbers", "two of the
// church's five bells"; else "".
func (e *Engine) partitiveCount(q *question, text string, n span) string {
	num := numberIn.FindString(text[n.start:])
	rest := text[n.start+len(num):]
	m := partitiveWhole.FindStringSubmatchIndex(rest)
	if m == nil {
		return ""
	}
	for _, w := range wordSpan.FindAllStringIndex(rest[m[1]:], 2) {
		// "of the six climbers", "of the six Norwegian climbers"
		if end := m[1] + w[1]; slices.Contains(e.an.terms(strings.Trim(rest[m[1]+w[0]:end], ".,;:!?")), q.counted) {
			return num + strings.TrimRight(rest[:end], ".,;:!?")
		}
	}
	return ""
}

// countsBefore reports whether a count points back with "of which" or
// "of whom" to the noun a question counts, a few words before it:
// "Franciscan missions -- ten of which were established".
func (e *Engine) countsBefore(q *question, text string, n span) bool {
	num := numberIn.FindString(text[n.start:])
	if q.counted == "" || !ofWhich.MatchString(text[n.start+len(num):]) {
		return false
	}
	words := strings.Fields(lookBehind(text, n.start))
	words = words[max(0, len(words)-4):]
	if slices.ContainsFunc(words, func(w string) bool { return numberIn.MatchString(w) }) {
		return false // "comprising four islands: two of which …" counts a part of the four
	}
	return slices.ContainsFunc(words, func(w string) bool {
		return slices.Contains(e.an.terms(strings.Trim(w, ".,;:!?-–—")), q.counted)
	})
}

// ofWhich matches the "of which" (or "of whom") after a count that
// points back to what it counts.
var ofWhich = lazyRE(`^\s+of\s+(?:which|whom)\b`)

// partitiveWhole matches what follows the number of a partitive: "of
// the six climbers", "of the church's five bells", "of its 11 members",
// "out of 18 horses".
var partitiveWhole = lazyRE(`^\s+(?:out\s+of\s+(?:` + groupDeterminer + `\s+)?|of\s+` + groupDeterminer + `\s+)` + groupOwner + groupCount + `\b`)

// groupDeterminer, groupOwner and groupCount are the words of a whole
// that a part is counted of, after its "of": "the", "the church's",
// "six" of "of the church's six bells".
const (
	groupDeterminer = `(?:the|its|their|his|her|our|these|those)`
	groupOwner      = `(?:[\pL’'-]+(?:’s|'s)\s+)?`
	groupCount      = `(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)`
)

// timesCounted are the counts of a text that say how many times
// something happened: not "eight days" (how many times did it circle
// the Earth?), and "twice" when no number counts times ("He had fought
// twice with George Chuvalo").
func timesCounted(text string, counts []span) []span {
	counts = slices.DeleteFunc(counts, func(c span) bool { return timeUnits[strings.ToLower(lastWordOf(c.text))] })
	if len(counts) == 0 {
		return spansOf(text, timesWord)
	}
	// "two others have been cited over 750 times": the count of times,
	// not of the papers cited.
	return keepSome(counts, func(c span) bool { return !timesNoun[strings.ToLower(lastWordOf(c.text))] })
}

// boundAsked returns, for a question that asks a lower bound ("at
// least", "at minimum") or an upper one ("at most", "maximum"), what
// says a count is that bound: the words right before the count, and
// the words that open it; nil when the question asks for neither.
func boundAsked(question string) (before, opens *lazyRegexp) {
	switch {
	case leastAsked.MatchString(question):
		return leastBefore, leastOpens
	case mostAsked.MatchString(question):
		return mostBefore, mostOpens
	}
	return nil, nil
}

// boundsAsked drops the candidates of a figure question that another
// reading of the same figure stands beside: a candidate in the same
// sentence that says the bound asked and counts the question's noun
// ("at least 17 people and perhaps as many as 34 people" keeps the 17
// for "at minimum"). "About 600 people were rescued by boat and at
// least 250 by helicopter" are two figures, and the 600 stays.
func (e *Engine) boundsAsked(q *question, p *passage, out []span, before, opens *lazyRegexp) []span {
	bounded := func(c span) bool {
		return before.MatchString(lookBehind(p.text, c.start)) || opens.MatchString(c.text)
	}
	var bounds []span
	for _, c := range out {
		if bounded(c) && (q.counted == "" || slices.Contains(e.an.terms(c.text), q.counted)) {
			bounds = append(bounds, c)
		}
	}
	return slices.DeleteFunc(out, func(c span) bool {
		from, to := p.sentenceAt(c.start)
		return !bounded(c) && slices.ContainsFunc(bounds, func(b span) bool { return b.start >= from && b.start < to })
	})
}

// leastWords and mostWords make a count a lower or an upper bound.
const (
	leastWords = `(?:at\s+least|a\s+minimum\s+of|no\s+fewer\s+than|no\s+less\s+than)`
	mostWords  = `(?:at\s+most|as\s+many\s+as|up\s+to|a\s+maximum\s+of|no\s+more\s+than)`
)

var (
	// leastAsked and mostAsked match a question for a lower or an
	// upper bound.
	leastAsked  = lazyRE(`(?i)\b(?:at\s+least|at\s+(?:the\s+)?minimum|minimum|fewest|no\s+fewer\s+than)\b`)
	mostAsked   = lazyRE(`(?i)\b(?:at\s+most|at\s+(?:the\s+)?maximum|maximum|up\s+to)\b`)
	leastBefore = lazyRE(`(?i)\b` + leastWords + `\s*$`)
	leastOpens  = lazyRE(`(?i)^` + leastWords + `\b`)
	mostBefore  = lazyRE(`(?i)\b` + mostWords + `\s*$`)
	mostOpens   = lazyRE(`(?i)^` + mostWords + `\b`)
)

var (
	// otherWord matches "other" or "others".
	otherWord = lazyRE(`(?i)\bothers?\b`)
	// otherClauseBefore matches an "other" or "others" in the clause
	// before a count.
	otherClauseBefore = lazyRE(`(?i)\bothers?\b[^.;,:]*$`)
)

// timesNoun are the words a count of times ends with, or is.
var timesNoun = map[string]bool{"times": true, "time": true, "once": true, "twice": true, "thrice": true}

// timesWord finds a word that says how many times: "once", "twice",
// "thrice".
var timesWord = lazyRE(`(?i)\b(?:twice|thrice)\b`)

// howManyTimes matches a question for how often something happened.
var howManyTimes = lazyRE(`(?i)\bhow\s+many\s+times\b`)

// uncounted is the phrase of a count, at the start of text, that answers
// a "how many" question naming nothing counted ("how many were
// damaged?"): the number and the nouns after it, up to a little word, a
// verb or a stop ("twelve people"), through a partitive ("three of the
// four ferry docks").
func uncounted(text string) string {
	if m := partitiveCount.FindStringIndex(text); m != nil {
		return text[:m[1]] + nounsAt(text[m[1]:])
	}
	n := countNumber.FindString(text)
	if loc := numberIn.FindStringIndex(text); loc != nil && loc[0] == 0 && loc[1] > len(n) {
		n = text[:loc[1]] // "about 40", "more than 200"; but "1,285-foot-long" whole
	}
	return n + nounsAt(text[len(n):])
}

// labels reports whether the number at start in text is part of a name
// or label, not a count: "Route 9", "car #393", "Flight 93".
func labels(text string, start int) bool {
	before := strings.TrimRight(text[:start], " ")
	if strings.HasSuffix(before, "#") || strings.HasSuffix(before, "No.") {
		return true
	}
	words := strings.Fields(before)
	if len(words) < 2 {
		return false // the first word of a sentence is capitalised anyway
	}
	last := words[len(words)-1]
	return opensWithCapital(last) && !strings.ContainsAny(last, ".,;:!?") && !sentenceEnds(words[len(words)-2])
}

// sentenceEnds reports whether a word ends a sentence: it ends in a
// stop, and is no initial ("B." of "Ann B. Lee").
func sentenceEnds(w string) bool {
	return strings.ContainsAny(w[len(w)-1:], ".!?") && utf8.RuneCountInString(strings.Trim(w, ".!?")) > 1
}

// nounsAt is the run of words at the start of text (each with its
// leading space) up to a little word, a verb or punctuation, four at
// most.
func nounsAt(text string) string {
	end := 0
	for _, m := range leadingWord.FindAllStringSubmatchIndex(text, 4) {
		w := strings.ToLower(text[m[2]:m[3]])
		if m[0] != end || countStops[w] || stopWord(w) || verbForm(w) || pastEd(w) {
			break
		}
		end = m[1]
	}
	return text[:end]
}

var (
	countNumber    = lazyRE(`^(?:[$€£]?[\d,.]*\d|\pL+)(?:-[\pL\d]+)*`)
	leadingWord    = lazyRE(`\s+(\pL[\pL-]*)`)
	partitiveCount = lazyRE(`(?i)^(?:[\d,]+|\pL+)\s+of\s+(?:(?:the|its|their|these|those)\s+)?(?:\pL+['’]s\s+)?(?:[\d,]+|` + wordsPattern(numberWords) + `|` + wordsPattern([]string{"one", "both", "all"}) + `)`)
)

// nounAfterNumber reports whether a number's phrase goes on with a noun
// after the number: "20 smokejumpers", not "103,222 attended".
func nounAfterNumber(phrase string) bool {
	rest := phrase[len(numberIn.FindString(phrase)):]
	m := nextWord.FindStringSubmatch(rest)
	return m != nil && nounNoVerb(m[1])
}

// nounNoVerb reports whether a word is a common noun in lower case and
// no verb form: "smokejumpers", "citizens"; not "attended".
func nounNoVerb(w string) bool { return nounWord(w) && !verbForm(w) && !pastEd(w) }

// countsPeople reports whether a "how many" question counts people.
func countsPeople(q *question) bool {
	class := q.countedWord
	if c, ok := collectiveNouns[class]; ok {
		class = c
	}
	return class == "person" || lexicon.IsA(class, "person")
}

// groupOfPeopleBefore is the "crowd of " (or "audience of ", "staff of
// ", "a workforce of ") right before a number, when its noun is a
// gathering or a body of personnel (WordNet's): the number counts its
// people. Else "".
func groupOfPeopleBefore(before string) string {
	m := groupOf.FindStringSubmatch(before)
	if m == nil {
		return ""
	}
	if kinds := lexicon.Kinds(lexicon.Base(strings.ToLower(m[1]))); !slices.Contains(kinds, "gathering") && !slices.Contains(kinds, "personnel") {
		return "" // not "a school of 500 sardines", "a league of 30 teams"
	}
	return m[0]
}

// groupOf is a noun and "of" at the end of a text.
var groupOf = lazyRE(`(\pL+)\s+of\s+$`)

// countsPeopleDone reports whether a number with no noun after it
// counts the people a verb right before it did something to ("killed
// 13.", "rescued 40,"), when the question counts people or names that
// verb as what it counts ("how many were injured?").
func countsPeopleDone(q *question, text string, n span) bool {
	before := lastWords(text[:n.start], 1)
	// "how many were injured?" counts what "injured 134," did it to.
	ofVerb := len(before) == 1 && q.countedWord != "" && strings.EqualFold(before[0], q.countedWord)
	if !countsPeople(q) && !ofVerb {
		return false
	}
	rest := strings.TrimLeft(text[n.start+len(numberIn.FindString(n.text)):], " ")
	if rest != "" && !strings.ContainsAny(rest[:1], ".,;:!?)") {
		return false // "killed 13 cattle" counts cattle
	}
	clause := clauseBefore(text[:n.start])
	if strings.ContainsAny(clause, ".!?") {
		clause = clause[strings.LastIndexAny(clause, ".!?")+1:]
	}
	if m := numberIn.FindStringIndex(clause); m != nil && nounWord(firstWordAfter(clause[m[1]:])) {
		return false // "destroyed 40 homes and damaged 300": 300 homes
	}
	// "injured 134": WordNet files "injured" as an adjective.
	return ofVerb || len(before) == 1 && (pastOrVerbForm(strings.ToLower(before[0])) || edOfVerb(before[0]))
}

// countsPeopleDoing reports whether a number with no noun after it is
// the subject of the verb a question asks what people did: "six
// perished" answers "how many people died?", as "13 survived" answers
// "how many people survived?".
func (e *Engine) countsPeopleDoing(q *question, text string, n span) bool {
	if !countsPeople(q) {
		return false
	}
	after := text[n.start+len(numberIn.FindString(n.text)):]
	m := nextWord.FindStringSubmatch(after)
	if m == nil || !pastOrVerbForm(strings.ToLower(m[1])) || casualtiesAfter.MatchString(after[len(m[0]):]) {
		return false
	}
	if sentence := text[strings.LastIndexAny(text[:n.start], ".!?")+1 : n.start]; partOfGroup.MatchString(sentence) {
		return false // "Of the 40 cattle in the barn, 22 died": cattle, not people
	}
	terms := e.an.terms(m[1])
	return slices.ContainsFunc(q.units, func(u unit) bool {
		return u.term != q.counted && slices.ContainsFunc(terms, u.standsFor)
	})
}

// casualtiesAfter matches the "and wounded" that makes "1750 killed and
// wounded" a count of casualties, not of the dead.
var casualtiesAfter = lazyRE(`^\s+(?:and|or)\s+(?:wounded|injured|missing|captured)\b`)

// partOfGroup matches the "of the 16 ponies" (or "of the ship's 300
// crew") a sentence counts a part of before its number: the number
// counts that group.
var partOfGroup = lazyRE(`(?i)\bof\s+` + groupDeterminer + `\s+` + groupOwner + groupCount + `\b`)

// firstWordAfter is the first word of a text, or "".
func firstWordAfter(text string) string {
	f := strings.Fields(text)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], ",.;:!?")
}

// narrowingCount is a number followed at once by a word that narrows what
// a question counts ("200 loggerhead" for "how many loggerhead nests"):
// the number and that word.
func (e *Engine) narrowingCount(q *question, phrase string) (string, bool) {
	toks := e.an.tokens(phrase)
	if len(q.countedBy) == 0 || len(toks) < 2 || !slices.Contains(q.countedBy, toks[1].term) {
		return "", false
	}
	if e.askedInOtherForm(q, surface(phrase, toks[1]), toks[1].term) {
		return "", false // "600 bats" counts bats, no "bat species"
	}
	end := toks[1].end
	if len(toks) > 2 && toks[2].start >= end && phrase[end:toks[2].start] == " " {
		next := phrase[toks[2].start:toks[2].end]
		if (opensWithCapital(next) || nounWord(next) && !saysAllNarrowing(q, toks)) && e.otherCounted(q, toks[2].term) {
			// "2,000 Brown Noddies" and "three endemic arachnids" count
			// another noun than the brown boobies or endemic lizard
			// species asked about.
			return "", false
		}
		if nounWord(next) {
			end = toks[2].end // "two hibernation sites"
		}
	}
	return phrase[:end], true
}

// otherCounted reports whether a noun after a count's narrowing word is
// one the question neither counts nor says: "arachnids" for "how many
// endemic lizard species".
func (e *Engine) otherCounted(q *question, term string) bool {
	return term != q.counted && !slices.ContainsFunc(q.units, func(u unit) bool { return u.term == term || slices.Contains(u.near, term) })
}

// saysAllNarrowing reports whether a count's words say every word the
// question narrows what it counts by: "two hibernation sites" says the
// "hibernation" of "how many hibernation caves", and may count them in
// its own word; "three endemic arachnids" lacks the "lizard" of "endemic
// lizard species".
func saysAllNarrowing(q *question, toks []token) bool {
	return !slices.ContainsFunc(q.countedBy, func(t string) bool {
		if !slices.ContainsFunc(q.units, func(u unit) bool { return u.term == t }) {
			return false // part of a name the question says, read as one
		}
		return !slices.ContainsFunc(toks, func(k token) bool { return k.term == t })
	})
}

// askedInOtherForm reports whether the question says a word (its
// analysed term) in another form than word: "bat" of "bat species",
// where a text says "600 bats".
func (e *Engine) askedInOtherForm(q *question, word, term string) bool {
	for _, t := range e.an.tokens(q.text) {
		if t.term == term {
			// A misspelling ("minuts") is the same word typed badly,
			// not another form of it.
			typed := surface(q.text, t)
			return typed != word && lexicon.Lookup(strings.ToLower(typed)).Known()
		}
	}
	return false
}

// nounWord reports whether a word is a common noun in lower case.
func nounWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && lexicon.Lookup(w).POS&lexicon.Noun != 0
}

// narrowedCounts are the counts that say a word narrowing what is
// counted, when the question has such words.
func (e *Engine) narrowedCounts(q *question, counts []span) []span {
	if len(q.countedBy) == 0 {
		return nil
	}
	var out []span
	for _, c := range counts {
		if nums := numberIn.FindAllStringIndex(c.text, 2); len(nums) > 1 && !partOfWhole.MatchString(c.text[nums[0][1]:nums[1][0]]) {
			continue // "600 bats comprising six species" narrows no species
		}
		if slices.ContainsFunc(e.an.terms(c.text), func(t string) bool { return slices.Contains(q.countedBy, t) }) {
			out = append(out, c)
		}
	}
	return out
}

// partOfWhole matches the words between the two numbers of "10 of the 40
// house sites", which both count the sites.
var partOfWhole = lazyRE(`^\s+of\s+(?:the\s+)?$`)

// isShare reports whether a number phrase opens with a share, not a
// count ("an estimated 81% of …", "half the nests"), read from the
// number as numberIn finds it: "200 nests and half the eggs" counts 200
// nests.
func isShare(phrase string) bool {
	n := strings.ToLower(numberIn.FindString(phrase))
	return strings.HasSuffix(n, "%") || strings.HasSuffix(n, "percent") || strings.HasSuffix(n, "half")
}

// elidesCounted reports whether a number counts what the count before it
// in its sentence counted, leaving the noun out: nothing but a joining
// word or a place follows it ("480 at Wassaw", "and 480."), and no
// sentence ends between the two.
func elidesCounted(text string, money []span, prev, n span) bool {
	if prev.end > n.start {
		return false // "1,000 to 2,000 birds": one count, read from its first number
	}
	between := text[prev.end:n.start]
	if strings.ContainsAny(between, ".!?;") || len(between) > maxElisionGap {
		return false
	}
	if moneyAt(money, n) && !moneyAt(money, prev) {
		return false // "214 branches and total assets of A$96 billion": a sum counts no branches
	}
	if f := strings.Fields(between); len(f) > 0 && nounNoVerb(strings.ToLower(f[len(f)-1])) && !stopWord(strings.ToLower(f[len(f)-1])) {
		return false // "58 aftershocks, the strongest of magnitude 4.7": the noun labels the number
	}
	rest := strings.TrimSpace(text[n.start+len(numberIn.FindString(n.text)):])
	next, _, _ := strings.Cut(rest, " ")
	next = strings.ToLower(next)
	if m := partitiveOf.FindStringSubmatch(rest); m != nil && !partitivePronoun[strings.ToLower(m[1])] && !sameThing(m[1], lastWordOf(prev.text)) {
		return false // "23 pylons, including three of the four interconnectors": three interconnectors
	}
	if toAnother.MatchString(between) && fromTo.MatchString(text[max(0, prev.start-40):prev.start]) {
		return true // "from 9,100 pupils in 2015 to about 7,400"
	}
	if sideLabel(" "+rest) != sideNone {
		return true // "171 votes in favour and 112 against"
	}
	if elidedMore[strings.TrimRight(next, ".,;:")] && !strings.HasPrefix(strings.TrimPrefix(strings.ToLower(rest), next), " than") {
		return true // "412 homes were destroyed and 1,850 more were damaged"
	}
	return rest == "" || strings.IndexAny(rest, ".,;:!?)—–") == 0 || countStops[strings.TrimRight(next, ".,;:")]
}

// toAnother matches the words before the second figure of "from X to
// Y", which counts what the first did.
var toAnother = lazyRE(`(?i)\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|just\s+|almost\s+)?$`)

// elidedMore are the words after a number that leave out the noun the
// count before it said: "1,850 more", "40 others"; not "50 more than".
var elidedMore = map[string]bool{"more": true, "others": true, "fewer": true}

// sameThing reports whether two nouns may name the same things: the same
// word, or near words in any of their commoner senses ("protesters" and
// "demonstrators").
func sameThing(a, b string) bool {
	a, b = lexicon.Base(strings.ToLower(a)), lexicon.Base(strings.ToLower(b))
	near := func(x, y string) bool {
		return slices.Contains(lexicon.Related(x), y) || slices.Contains(lexicon.Wider(x), y)
	}
	return a == b || near(a, b) || near(b, a)
}

// partOfCount reports whether a number's phrase counts part of the
// things a count before it counted: "six of them".
func partOfCount(phrase string) bool {
	rest := strings.TrimSpace(phrase[len(numberIn.FindString(phrase)):])
	m := partitiveOf.FindStringSubmatch(rest)
	return m != nil && partitivePronoun[strings.ToLower(m[1])]
}

// asksOfPart reports whether a question asks about what a count of part
// (its phrase, cut at its clause's end) says of its part: "how many were
// in critical condition?" of "six of them in critical condition".
func (e *Engine) asksOfPart(q *question, phrase string) bool {
	in := saidOf(e.an.terms(phrase))
	return slices.ContainsFunc(q.units, func(u unit) bool {
		return u.topical && u.term != "" && u.term != q.counted && in.says(u.term, u.near)
	})
}

// partitivePronoun are the words of "480 of them" that stand for the
// things counted before.
var partitivePronoun = map[string]bool{"them": true, "these": true, "those": true, "which": true, "whom": true, "it": true}

// partitiveOf finds the noun of "of the four interconnectors" after a
// number: a count of a share of other things, unless they are the ones
// counted before ("of them", "of the nests").
var partitiveOf = lazyRE(`(?i)^of\s+(?:(?:the|its|their|these|those|his|her|our|all)\s+)?(?:[\d,]+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred)\s+)?(\pL+)`)

// maxElisionGap bounds how far a count may stand from the one whose noun
// it leaves out.
const maxElisionGap = 80

// collectiveNouns are counted as their members: "how many people" counts
// residents, visitors and biologists alike.
var collectiveNouns = map[string]string{"people": "person", "folks": "person", "folk": "person", "persons": "person", "guys": "person", "guy": "person", "dudes": "person"}

// measures are a text's numbers (nums, as numbers finds them) followed
// by a unit: "about two months", "1 ounce", "3.5 miles", "a two-year
// renovation".
func measures(text string, nums []span) []span {
	var out []span
	for _, n := range nums {
		f := strings.Fields(n.text)
		for i, w := range f {
			w = strings.ToLower(strings.Trim(w, ".,"))
			if i > 0 && timeInEvery.MatchString(" "+strings.Join(f[i:min(i+2, len(f))], " ")) {
				break // "$500 a week", "two pills a day": a rate, no length of time
			}
			if !isUnit(w) && !isUnit(w[strings.LastIndex(w, "-")+1:]) {
				continue
			}
			p := strings.Join(f[:i+1], " ")
			m := span{n.start, n.start + len(p), p}
			if start, ok := rangeStart(text, n.start); ok {
				// "50–60 years" is not "60 years": a range's first
				// number is cut off by the dash.
				m = span{start, m.end, text[start:n.start] + p}
			}
			if k := len(out) - 1; k >= 0 && out[k].start <= m.start && m.end <= out[k].end {
				break // "30 - 40 degrees", read already from its 30
			}
			if k := len(out) - 1; k >= 0 && oneMeasure(text, out[k], m) {
				m = span{out[k].start, m.end, text[out[k].start:m.end]}
				out = out[:k]
			}
			if k := len(out) - 1; k >= 0 && conversionOpen.MatchString(text[out[k].end:m.start]) && strings.HasPrefix(text[m.end:], ")") {
				break // "37 miles (60 kilometers)" is one measure, as the article gives it first
			}
			out = append(out, m)
			break
		}
	}
	return out
}

// rangeStart is where a range written with a dash starts when the
// number at "at" is its second ("50–60"); ok is false for any other
// number, which most are: the expression is only run after a dash.
func rangeStart(text string, at int) (int, bool) {
	before := strings.TrimRight(text[:at], " ")
	if !strings.HasSuffix(before, "-") && !strings.HasSuffix(before, "–") {
		return 0, false
	}
	back := lookBehind(text, at)
	r := rangeFrom.FindStringSubmatchIndex(back)
	if r == nil {
		return 0, false
	}
	return at - (len(back) - r[2]), true
}

// rangeFrom matches the first number of a range written with a dash,
// right before its second: the "50–" of "50–60 years". Not a code's
// number ("R4-60").
var rangeFrom = lazyRE(`(?:^|[^\w.,–-])(\d[\d,]*(?:\.\d+)?\s?[–-]\s?)$`)

// oneMeasure reports whether two measures of a text, the one right
// after the other, are one time, length or weight in two units: "83
// hours and 38 minutes", "two hours, 41 minutes", "6 feet three inches",
// "7 pounds 4 ounces".
func oneMeasure(text string, a, b span) bool {
	ua, ub := strings.ToLower(lastWordOf(a.text)), strings.ToLower(lastWordOf(b.text))
	if a.end > b.start || ua == ub || !slices.ContainsFunc([]map[string]bool{timeUnits, lengthUnits, weightUnits}, func(dim map[string]bool) bool { return dim[ua] && dim[ub] }) {
		return false
	}
	if rangeOpener.MatchString(text[:a.start]) {
		return false // "between 6 inches and 2 feet" is a range, not one measure
	}
	gap := text[a.end:b.start]
	return gap == " and " || gap == ", " || gap == " "
}

// rangeOpener matches the word a range of two measures opens with, right
// before its first.
var rangeOpener = lazyRE(`(?i)\b(?:between|from)\s+$`)

// isUnit reports whether a word is a unit of time (timeUnits) or of
// length, weight, area or speed.
func isUnit(w string) bool { return timeUnits[w] || units[w] }

// units measure length (lengthUnits), weight (weightUnits), area and
// speed (speedUnits); timeUnits measure time.
var units = func() map[string]bool {
	out := map[string]bool{
		"acre": true, "acres": true, "hectare": true, "hectares": true,
		"percent": true, "degrees": true, "gallons": true, "barrels": true, "liters": true, "litres": true,
	}
	maps.Copy(out, lengthUnits)
	maps.Copy(out, weightUnits)
	maps.Copy(out, speedUnits)
	return out
}()

// abbreviates reports whether a word is the usual abbreviation of a unit
// a question names in full: "MW" for "megawatts", "km" for "kilometres".
func abbreviates(abbr, unit string) bool {
	full := unitAbbreviations[strings.ToLower(abbr)]
	return full != nil && slices.Contains(full, lexicon.Base(strings.ToLower(unit)))
}

// unitAbbreviations are the units written short in news text, with the
// words for them in full (both spellings where English has two).
var unitAbbreviations = map[string][]string{
	"km": {"kilometer", "kilometre"}, "cm": {"centimeter", "centimetre"}, "mm": {"millimeter", "millimetre"},
	"kg": {"kilogram"}, "lb": {"pound"}, "lbs": {"pound"}, "oz": {"ounce"}, "ft": {"foot"}, "mi": {"mile"},
	"ha": {"hectare"}, "mw": {"megawatt"}, "kw": {"kilowatt"}, "gw": {"gigawatt"}, "kv": {"kilovolt"},
	"mwh": {"megawatt-hour"}, "kwh": {"kilowatt-hour"}, "mph": {"mile"}, "kph": {"kilometer", "kilometre"},
	"sq": {"square"}, "cu": {"cubic"},
}

// namesOfKind are the names in a paragraph (found at Build) that could
// answer "who" (people and organisations) or "where" (places), leaving
// out those the question itself names.
func (e *Engine) namesOfKind(q *question, p *passage) []span {
	text := p.text
	lq := strings.ToLower(q.text)
	var where placeAsk
	if q.kind == qPlace {
		where = readPlaceAsk(q.text)
	}
	var out, people []span
	prev, prevAsked := span{}, false
	basedAsked := q.kind == qPlace && asksBase.MatchString(lq)
	for i, s := range p.names {
		if base, ok := basedOfAsked(lq, p, i); ok && basedAsked {
			out = append(out, base) // "a United Kingdom-based company"
			continue
		}
		asked := strings.Contains(lq, strings.ToLower(s.text)) || q.kind == qPerson && properWordsAsked(lq, s.text)
		// A name joined to one the question names ("agreements with the
		// Partners Program and the Forests Department") plays its part in
		// the sentence, not the part the question asks about.
		// A place after a bare comma says where the one before it is
		// ("Cooke City, Montana"), which a "where" question asks; a
		// person after an office's title, who holds it.
		gap := text[prev.end:max(prev.end, s.start)]
		joined := prevAsked && prev.end <= s.start && coordinator.MatchString(gap) && !(strings.TrimSpace(gap) == "," && (q.kind == qPlace || q.kind == qPerson && titleName(prev.text)))
		describes := q.kind == qPerson && i > 0 && !prevAsked && describedInApposition(text, p.names[i-1], s) && !e.asksOfApposition(q, text[p.names[i-1].end:s.start])
		prev, prevAsked = s, asked || joined
		// "ORL, a division of Lakeview University, manages the
		// network": ORL does, not the university. The "INC" of "HK
		// Contractors, INC" is no one.
		if asked || joined || describes || q.kind == qPlace && modifiesAsked(q, p, s) || i > 0 && text[p.names[i-1].end:s.start] == ", " && firmSuffixName.MatchString(s.text) {
			continue
		}
		if q.kind == qPerson && (e.describesOrIsAsked(q, text, s) || compoundModifier.MatchString(s.text)) {
			continue // "Depression-era conditions", "Boston-based firm": no one
		}
		if group, skip := e.namedAsModifier(q, p, i); skip {
			continue
		} else if group.text != "" {
			out = append(out, group)
			continue
		}
		k := e.kindOfSpan(p, s)
		if q.kind == qPerson {
			if role := roleOfName(text, s); role.text != "" {
				// "the cook of Ísleifur II spotted the smoke": the cook
				// spotted it, not the trawler.
				out = append(out, role)
				continue
			}
		}
		if q.kind == qPerson && (k == "" && doneByName(q, p, s) || k != "person" && e.givenAsked(q, text, s.start)) {
			// "the batteries were supplied by CATL": CATL supplied them;
			// "awarded the contract to HK Contractors": they got it,
			// though "to" set them as a place.
			k = "organisation"
		}
		if q.kind == qPlace && where.answeredBy(k, s.text, lookBehind(text, s.start)) {
			out = append(out, where.partOfPlace(text, s))
			continue
		}
		if q.kind == qPerson && (k == "person" && q.asked != corpus.KindOrganisation || k == "organisation") {
			out = append(out, s)
			if k == "person" {
				people = append(people, s)
			}
		}
	}
	if q.kind == qPlace {
		where.placedAsked = where.locates && e.placedOnce(q, lq)
		return where.fittest(lq, p, out)
	}
	if q.kind == qPerson {
		return e.doersOnly(q, p, withoutOwners(p, out), people)
	}
	return out
}

// fittest are the places that fit what a "where" question says of the
// place it wants, or all of them when none does; for where a name asked
// about is, only those the text sets right after it.
func (a placeAsk) fittest(question string, p *passage, places []span) []span {
	text := p.text
	if a.typ == "" {
		places = withContainer(text, places) // "which state" wants the state alone
	}
	if a.locates {
		places = a.placesOfAsked(question, p, places)
	}
	if a.source {
		// "where did he transfer from?": "from the Las Vegas VA system", not "here in Tomball".
		places = keepSome(places, func(s span) bool { return !fromRightBefore.MatchString(text[:s.start]) })
	}
	if !a.source && !asksSetOut.MatchString(question) {
		// "where did his career take him?": "from Kentucky to Korea"
		// took him to Korea; Kentucky is where he set out from, which
		// "where did the race start?" asks.
		places = keepSome(places, func(s span) bool {
			return fromRightBefore.MatchString(lookBehind(text, s.start)) && toPlaceAfter.MatchString(text[s.end:])
		})
	}
	if a.school {
		// "had attended Mountain Ash Grammar School", not "born two
		// miles from Aberfan"
		places = keepSome(places, func(s span) bool { return !schoolHeads[lastNameWord(s.text)] })
	}
	if closedPlaceTypes[a.typ] {
		// WordNet knows every country of one word: "which country?" is
		// not answered by a town ("Maribor"), nor by a name that ends
		// in a place's or a body's word ("West Point", "Middle
		// District of Florida", "Clean Bays").
		return slices.DeleteFunc(places, func(s span) bool { return !a.ofType(s.text) && !a.mayBeOfType(s.text) })
	}
	return keepSome(places, func(s span) bool { return !a.ofType(s.text) }) // "which state": Arizona, not the town of Marana beside it
}

// mayBeOfType reports whether a name of several words may be of the
// closed type asked, though WordNet, which lists no names of several
// words, cannot say: one that ends in the word countries of several
// words end in ("United States", "Dominican Republic"), or in a name
// WordNet gives of a land ("South Korea", "New Zealand", "Saudi
// Arabia": a peninsula, an island); not "West Point", "New York", "Fra
// Mauro" nor "Middle District of Florida". "East Germany" is a country
// by its last word already (ofType).
func (a placeAsk) mayBeOfType(name string) bool {
	if len(strings.Fields(name)) < 2 || strings.Contains(name, " of ") {
		return false
	}
	last := lastNameWord(name)
	return countryNameEnds[last] || lexicon.Lookup(last).Capital && lexicon.IsA(last, "land")
}

// countryNameEnds are the words that end the names of countries of
// several words, none of which WordNet knows as a country on its own.
var countryNameEnds = map[string]bool{"states": true, "kingdom": true, "republic": true, "emirates": true}

// closedPlaceTypes are the types of place WordNet lists every one of, so
// that a name it does not know as one is none.
var closedPlaceTypes = map[string]bool{"country": true, "nation": true}

// placesOfAsked keeps, of a paragraph's places, those that may be where
// the name a "where is X" question asks about is: not one the text sets
// right after another name of its list ("the Smithsonian Astrophysical
// Observatory in Cambridge"), and, when the story sets a place right
// after X anywhere (placedAsked), only one set right after X here.
func (a placeAsk) placesOfAsked(question string, p *passage, places []span) []span {
	var asked, others []span
	prevAsked := false
	for i, s := range p.names {
		// A firm's "Inc" and its short form in brackets are its name too.
		isAsked := namedIn(question, s.text) || namedIn(question, bracketAfter(p.text[s.end:])) || prevAsked && partOfPrevious(p, i)
		switch {
		case isAsked:
			asked = append(asked, s)
		case !placeWords(s.text) && !slices.ContainsFunc(places, func(c span) bool { return c.start <= s.start && s.end <= c.end }):
			others = append(others, s)
		}
		prevAsked = isAsked
	}
	if len(asked) == 0 {
		if a.placedAsked {
			// "where is Granville?": the story sets a place right after
			// it elsewhere ("at Granville, New South Wales"), and a
			// paragraph that names only "Granville railway station" does
			// not say where Granville is.
			return nil
		}
		return places // the paragraph does not name it
	}
	return slices.DeleteFunc(places, func(c span) bool {
		return placedRightAfter(p.text, others, c) || a.placedAsked && !placedRightAfter(p.text, asked, c)
	})
}

// namesOnly reports whether a "where is X" question's X is a name or
// noun alone: no verb of what happened there, no preposition left
// stranded at its end.
func namesOnly(question string) bool {
	words := strings.Fields(strings.Trim(question, "?! "))[1:] // without "where" or "where's"
	if len(words) > 0 && (words[0] == "is" || words[0] == "are" || words[0] == "was" || words[0] == "were") {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	return !stopWord(last) && !pastOrVerbForm(last) // "the United Center" is a name
}

// placedOnce is placedSomewhere, read once per question rather than
// once per paragraph.
func (e *Engine) placedOnce(q *question, lq string) bool {
	if q.placedAsked == 0 {
		q.placedAsked = 1
		if e.placedSomewhere(lq) {
			q.placedAsked = 2
		}
	}
	return q.placedAsked == 2
}

// placedSomewhere reports whether the article sets a place right after
// a name the question (in lower case) says: "Marshall Space Flight
// Center in Huntsville".
func (e *Engine) placedSomewhere(question string) bool {
	for _, p := range e.passages {
		for i, s := range p.names {
			if !namedIn(question, s.text) {
				continue
			}
			if j := afterShortForm(p, i) + 1; j < len(p.names) && locatedGap.MatchString(p.text[s.end:p.names[j].start]) && e.kindOfSpan(p, p.names[j]) == "place" {
				return true // not "Blondlot, Augustin Charpentier and …"
			}
		}
	}
	return false
}

// placeWords reports whether a name's first or last word says it is a
// place: "Lake St. Clair", "Fox River".
func placeWords(name string) bool {
	first := strings.ToLower(strings.Fields(name)[0])
	return placeHeads[first] || placeHeads[lastNameWord(name)]
}

// shortFormOf reports whether the name after the i-th of a paragraph is
// its short form in brackets: "Idaho Aquarium, Inc. (IAI)".
func shortFormOf(p *passage, i int) bool {
	return i+1 < len(p.names) && strings.Trim(p.text[p.names[i].end:p.names[i+1].start], " .") == "(" && strings.HasPrefix(p.text[p.names[i+1].end:], ")")
}

// partOfPrevious reports whether the i-th name of a paragraph goes with
// the one before it: its short form in brackets, or a firm's "Inc"
// after a comma ("Idaho Aquarium, Inc. (IAI)").
func partOfPrevious(p *passage, i int) bool {
	if i == 0 {
		return false
	}
	return shortFormOf(p, i-1) || suffixAfterComma(p.text, p.names[i-1], p.names[i])
}

// afterShortForm is the index of the i-th name of a paragraph, or of its
// short form in brackets right after it.
func afterShortForm(p *passage, i int) int {
	if shortFormOf(p, i) {
		return i + 1
	}
	return i
}

// bracketAfter is what a bracket right after a name holds ("GPFT" of
// " (GPFT) in Bath"), or "".
func bracketAfter(after string) string {
	if m := bracketNext.FindStringSubmatch(after); m != nil {
		return m[1]
	}
	return ""
}

// bracketNext matches a bracket right after a name.
var bracketNext = lazyRE(`^\s*\(([^()]+)\)`)

// properWordsAsked reports whether a "who" question (in lower case) says
// every word of a name that is no common English word, and the name has
// one and at most one other: "who won the belmont?" names the "Belmont
// Stakes", which is what it asks about, not who won it. The question's
// word must not go on into another name: "who won the marlow derby?"
// names the Marlow Derby, not "Marlow Lad".
func properWordsAsked(question, name string) bool {
	proper, common := 0, 0
	for _, w := range wordRe.FindAllString(name, -1) {
		lw := strings.ToLower(w)
		if !properWord(w) || len(lw) < 3 { // "U.S." is no word asked
			common++
			continue
		}
		if !containsWords(question, lw) || goesOnInto(question, lw, name) {
			return false
		}
		proper++
	}
	return proper > 0 && common <= 1 // "NASA Headquarters Science Mission Directorate" is another than NASA
}

// goesOnInto reports whether a question's word is followed by a word of
// substance that a name does not have: "marlow derby" goes on from
// "Marlow" into another name than "Marlow Lad".
func goesOnInto(question, word, name string) bool {
	words := wordRe.FindAllString(question, -1)
	i := slices.Index(words, word)
	if i < 0 || i+1 == len(words) {
		return false
	}
	next := words[i+1]
	return !stopWord(next) && !isNumber(next) && !containsWords(strings.ToLower(name), next)
}

// properWord reports whether a word is written as a name and English has
// it as no common word: "Belmont", "Egede", not "Stakes" or "Medal".
func properWord(w string) bool {
	x := lexicon.Lookup(strings.ToLower(w))
	return opensWithCapital(w) && (x.POS == 0 || x.Capital)
}

// namedIn reports whether a question (in lower case) names a name of
// the text, or the name without its owner's ("Marshall Space Flight
// Center" of "NASA’s Marshall Space Flight Center").
func namedIn(question, name string) bool {
	return len(name) > 1 && (containsWords(question, strings.ToLower(name)) || containsWords(question, strings.ToLower(withoutOwner(name))) || endsWithFirm(question, name))
}

// endsWithFirm reports whether a question ends with a firm's name
// without the word of its legal form that closes it: "where was the
// Japan Steel Works?" names "Japan Steel Works Ltd"; "where is the
// Deutsche Bank branch?" asks of a branch, not of "Deutsche Bank Inc".
func endsWithFirm(question, name string) bool {
	short := withoutFirmSuffix(name)
	q := strings.TrimRight(strings.ToLower(question), "?!. ")
	return short != name && strings.HasSuffix(q, strings.ToLower(short)) && (len(q) == len(short) || !isWordByte(q[len(q)-len(short)-1]))
}

// withoutFirmSuffix is a firm's name without the word of its legal form
// that closes it: "Japan Steel Works Ltd" is the "Japan Steel Works" a
// question names.
func withoutFirmSuffix(name string) string {
	i := strings.LastIndex(name, " ")
	if i > 0 && firmSuffixes[strings.ToLower(strings.TrimRight(name[i+1:], "."))] {
		return name[:i]
	}
	return name
}

// firmSuffixes are the words of a firm's legal form that may close its
// name ("AG" is left out: an attorney general is one too).
var firmSuffixes = map[string]bool{"ltd": true, "limited": true, "inc": true, "co": true, "corp": true, "llc": true, "plc": true, "gmbh": true}

// placedRightAfter reports whether a place stands right after one of
// some names, set in it by a comma or "in", "at" or "near": "the
// Smithsonian Astrophysical Observatory in Cambridge".
func placedRightAfter(text string, asked []span, c span) bool {
	return slices.ContainsFunc(asked, func(a span) bool { return a.end <= c.start && locatedGap.MatchString(text[a.end:c.start]) })
}

// locatedGap matches what sets a place in the name before it.
var locatedGap = lazyRE(`^(?:\s*\([^()]*\)|\))?(?:,\s*(?:(?:located|based|headquartered)\s+in\s+)?|\s+(?:in|at|near|outside|on|based\s+in|located\s+in|headquartered\s+in)\s+(?:the\s+)?)$`)

// withoutOwner is a name without the owner's name before it: "Marshall
// Space Flight Center" of "NASA’s Marshall Space Flight Center".
func withoutOwner(name string) string {
	for _, owned := range []string{"’s ", "'s "} {
		if i := strings.LastIndex(name, owned); i >= 0 {
			return name[i+len(owned):]
		}
	}
	return name
}

// titleName reports whether a capitalised name is an office's title, its
// last word a person's ("the Government Printer, A. J. Cummings"): the
// name after its comma is the one who holds it, not one joined to it.
func titleName(name string) bool {
	last := strings.ToLower(lastNameWord(name))
	return personNoun(last) && !lexicon.Lookup(last).Capital && !givenNamed(strings.Fields(name))
}

// nounThenName matches, after an adjective, the common nouns and the
// name they title: " climber Ingrid Halvorsen", " company ACWA Power".
var nounThenName = lazyRE(`^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}\p{Lu}`)

// modifiesNoun reports whether a one-word name English knows as an
// adjective stands before a common noun in lower case ("Iraqi army",
// "German diplomats"): the name is no one's.
func modifiesNoun(text string, s span) bool {
	if strings.Contains(s.text, " ") || lexicon.Lookup(strings.ToLower(s.text)).POS&lexicon.Adjective == 0 {
		return false // "An NWS team was sent": the NWS sent it
	}
	return nounNext(text[s.end:])
}

// titledAsAsked reports whether the capitalised word right before a
// name is a title the question says ("Governor" of "Arizona Governor
// Jane Dee Hull" for a question about "the governor").
func (e *Engine) titledAsAsked(q *question, text string, s span) bool {
	title := titleOf(s.text) // "Arizona Governor", in the name
	if before := lastWords(text[:s.start], 1); title == "" && len(before) == 1 && opensWithCapital(before[0]) {
		title = before[0] // "Governor", before it
	}
	for _, w := range strings.Fields(title) {
		if x := lexicon.Lookup(strings.ToLower(w)); x.Kind != "person" || x.POS&lexicon.Adjective != 0 {
			continue // not "National" of "… National Film Registry"
		}
		if terms := e.an.terms(w); len(terms) == 1 && q.highlight[terms[0]] {
			return true
		}
	}
	return false
}

// peopleNamedBy is a nationality adjective or a name with the nouns after
// it when they end in a word for people or a body of them ("Iraqi
// citizens", "Russian officials", "the Hugh Nawn company"), else none.
func peopleNamedBy(text string, s span) span {
	nouns := nounsAt(text[s.end:])
	words := strings.Fields(nouns)
	if len(words) == 0 {
		return span{}
	}
	head := lexicon.Lookup(lexicon.Base(strings.ToLower(words[len(words)-1])))
	if head.Kind != "person" && head.Kind != "organisation" {
		return span{}
	}
	return span{s.start, s.end + len(nouns), text[s.start : s.end+len(nouns)]}
}

// doerInSentence is the doer a sentence names in a way the question's
// verb does not stand next to: after "by" of a noun ("under the
// direction of …"), in a relative clause on the object, or after the
// other side of a deal's "to". Each reading runs only when the one
// before finds none (cmp.Or would run all three on every sentence).
func (e *Engine) doerInSentence(q *question, d *doc) string {
	for _, read := range []func(*question, *doc) string{e.nominalDoer, e.objectRelativeDoer, e.converseDoer} {
		if doer := read(q, d); doer != "" {
			return doer
		}
	}
	return ""
}

// personNamedBy is a name with the nouns after it when they end in a
// word for one person ("National Park Service archaeologist"), else
// none: a body of people ("An NWS team") leaves the name the doer.
func personNamedBy(text string, s span) span {
	group := peopleNamedBy(text, s)
	words := strings.Fields(group.text)
	if len(words) == 0 || nounThenName.MatchString(text[s.end:]) {
		return span{}
	}
	// Only a noun, and one person's: "prior" and "champion" are
	// adjectives too ("Hale and Bopp prior to …"), "volunteers" and
	// "guard" verbs, "archaeologists" many people.
	head := strings.ToLower(words[len(words)-1])
	if x := lexicon.Lookup(head); x.Kind != "person" || x.POS != lexicon.Noun || pluralNoun(head) {
		return span{}
	}
	if m := articleBefore.FindStringIndex(text[:group.start]); m != nil {
		group.start = m[0] // one of them, unnamed: "a National Park Service archaeologist"
		group.text = text[group.start:group.end]
	}
	return group
}

// articleBefore matches "a" or "an" ending a text, before a name.
var articleBefore = lazyRE(`(?i)\ban?\s+$`)

// roleOfName is the person a name is the place or body of, in "the cook
// of Ísleifur II" or "the mayor of Elm Bay": the whole phrase, from
// "the"; an empty span when the words before the name say no such role.
func roleOfName(text string, s span) span {
	if !endsOfOrThe(text[:s.start]) {
		return span{} // what roleOfBefore needs, looked at first: few names follow "of"
	}
	m := roleOfBefore.FindStringSubmatchIndex(text[:s.start])
	if m == nil || lexicon.Lookup(lexicon.Base(strings.ToLower(text[m[2]:m[3]]))).Kind != "person" {
		return span{}
	}
	return span{m[0], s.end, text[m[0]:s.end]}
}

// roleOfBefore matches "the cook of " (or "a mayor of the ") ending
// right before a name; group 1 is the role's noun.
var roleOfBefore = lazyRE(`(?i)\b(?:the|a|an)\s+([a-z]+)\s+of\s+(?:the\s+)?$`)

// endsOfOrThe reports whether a text ends with "of" or "the", in any
// case, and then a space: every text roleOfBefore matches does.
func endsOfOrThe(text string) bool {
	word := strings.TrimRightFunc(text, unicode.IsSpace)
	if len(word) == len(text) {
		return false
	}
	word = strings.ToLower(word[max(0, len(word)-3):])
	return strings.HasSuffix(word, "of") || strings.HasSuffix(word, "the")
}

// withoutOwners drops the people named with a possessive before another
// name set beside what they own ("Ann Lee’s graduate student, Tom
// Reyes") from a sentence that names another person plainly: the
// sentence tells what the other did.
func withoutOwners(p *passage, names []span) []span {
	owner := func(s span) bool { return ownerBeforeName.MatchString(p.text[s.end:]) }
	return slices.DeleteFunc(slices.Clone(names), func(s span) bool {
		if !owner(s) {
			return false
		}
		from, to := p.sentenceAt(s.start)
		return slices.ContainsFunc(names, func(o span) bool { return o.start >= from && o.end <= to && !owner(o) })
	})
}

// ownerBeforeName matches the "’s" right after a name and the words of
// what it owns, up to another name set beside them: "’s graduate
// student, Tom Reyes". "Frank Moretti's family owns 60 percent" names no
// other.
var ownerBeforeName = lazyRE(`^['’]s(?:\s+\pL+){1,3},\s+\p{Lu}`)

// ofType reports whether English knows a place's name as one of the type
// a question asks for ("Arizona" for "which state"), or its last word, as
// WordNet's words are single ("Great Britain" for "which countries").
func (a placeAsk) ofType(name string) bool {
	if a.typ == "" {
		return false
	}
	lower := strings.ToLower(trimPossessive(name)) // "Bolivia's"
	if lexicon.IsA(lower, a.typ) {
		return true
	}
	f := strings.Fields(lower)
	return len(f) > 1 && lexicon.IsA(f[len(f)-1], a.typ)
}

// placeAsk is what a "where" question says of the place it wants, read
// once per question rather than once per name.
type placeAsk struct {
	workplace bool   // "where does she work?": an organisation answers
	school    bool   // "where did he go to school?": a school answers
	typ       string // "which state": the type of place wanted, base form
	sibling   string // "where is the Maricao forest": another forest is no answer
	source    bool   // "where did the hospitals come from?": "from" an organisation answers
	locates   bool   // "where is Marshall Space Flight Center?": where a thing named is
	// placedAsked is set when the article sets a place right after the
	// name a locates question asks about, somewhere: only such places
	// answer it.
	placedAsked bool
}

// readPlaceAsk reads a "where" question's placeAsk.
func readPlaceAsk(question string) placeAsk {
	a := placeAsk{workplace: asksWorkplace.MatchString(question), source: asksSource.MatchString(question), school: asksSchool.MatchString(question)}
	if m := placeTypeAsked.FindStringSubmatch(question); m != nil {
		a.typ = lexicon.Base(strings.ToLower(m[1]))
	}
	if m := whereIsPlace.FindStringSubmatch(strings.ToLower(question)); m != nil {
		a.sibling = lexicon.Base(m[1])
		a.locates = namesOnly(m[0]) // not "where was the rocket launched from?"
	}
	return a
}

// partOfPlace widens a place's name to the part of it the text puts
// something in: "in the lobby of the Tomball Clinic" says where the
// patient collapsed more exactly than "Tomball Clinic". A question that
// asks for a type of place ("which state") wants the name alone.
func (a placeAsk) partOfPlace(text string, s span) span {
	if a.typ != "" {
		return s
	}
	before := lookBehind(text, s.start)
	if at := placePartAt(before); at >= 0 {
		start := s.start - len(before) + at
		return span{start, s.end, text[start:s.end]}
	}
	return s
}

// placePartAt is where the noun of a part of a place starts in the text
// before its name ("lobby" of "in the lobby of the "), or -1. The noun
// must be a place, area or structure in English: "in the wake of" puts
// nothing anywhere, and "the city of Houston" is just Houston.
func placePartAt(before string) int {
	m := partOfBefore.FindStringSubmatchIndex(before)
	if m == nil {
		return -1
	}
	noun := lexicon.Base(strings.ToLower(before[m[2]:m[3]]))
	x := lexicon.Lookup(noun)
	if placeHeads[noun] || x.POS&lexicon.Noun == 0 || !(x.Kind == "place" || lexicon.IsA(noun, "area") || lexicon.IsA(noun, "structure")) {
		return -1
	}
	return m[2]
}

// partOfBefore matches "in the lobby of the " right before a place's
// name; group 1 is the part's noun.
var partOfBefore = lazyRE(`\b(?:in|at|on|inside|outside|near|into|onto|off|under|from|to)\s+the\s+([a-z]+)\s+of\s+(?:the\s+)?$`)

// answeredBy reports whether a name of a kind ("place", "organisation"),
// after the text before it, could be where the question asks about: an
// organisation only where someone works, or what something came "from".
func (a placeAsk) answeredBy(kind, name, before string) bool {
	switch kind {
	case "place":
		return !a.otherType(name) && !a.isSibling(name)
	case "organisation":
		// "in the lobby of the Tomball Clinic": a body that has a lobby is a building too.
		return a.workplace || a.school || a.source && fromRightBefore.MatchString(before) || a.typ == "" && (placePartAt(before) >= 0 || siteOf(name, before))
	case "":
		return a.source && fromRightBefore.MatchString(before) // "from the Las Vegas VA system"
	}
	return false
}

var (
	// asksSource matches a "where" question about where something came
	// from, which an organisation may answer: "where did the hospitals
	// come from?" by "transferred from the Public Health Service".
	asksSource = lazyRE(`(?i)\bwhere\b.*\b(?:come|came|comes|coming|originate[sd]?|transferred|taken|brought|sourced|obtained|bought|borrowed|acquired|get|got)\s+from\b|\bwhere\b.*\bfrom\s*\??\s*$|\b(?:from\s+where|where\s+from)\b`)
	// fromRightBefore ends the text before a name that something came
	// from.
	fromRightBefore = lazyRE(`(?i)\bfrom\s+(?:the\s+)?$`)
	// asksSetOut matches a "where" question for where something set out.
	asksSetOut = lazyRE(`(?i)\b(?:start|started|starts|begin|began|begun|begins|depart|departed|departs|leave|left|leaves|set out|setting out|originate|originated)\b`)
	// toPlaceAfter matches the "to" and the name a "from" place goes on to.
	toPlaceAfter = lazyRE(`^(?:,\s*\p{Lu}[\pL.]*)?\s+to\s+(?:the\s+)?\p{Lu}`)
)

// asksSchool matches a "where" question about someone's schooling,
// which a school answers: "where did he go to school?", "where did she
// study?"; not "where did researchers study the whale?".
var asksSchool = lazyRE(`(?i)\bwhere\b.*\b(?:(?:go|went|gone|going|goes)\s+to\s+(?:school|college|university|uni)\b|(?:stud(?:y|ied|ies|ying)|educated|schooled|graduated?)\s*(?:at\s*)?[?.!]*$|attend(?:ed|s)?\s+(?:school|college|university)\b)`)

// schoolHeads are the last words of a school's name (lower case).
var schoolHeads = map[string]bool{"school": true, "college": true, "university": true, "academy": true, "institute": true, "seminary": true, "polytechnic": true, "gymnasium": true, "lycée": true}

// asksWorkplace matches a "where" question about someone's work, which an
// organisation answers: "where does she work?".
var asksWorkplace = lazyRE(`(?i)\bwhere\b.*\b(?:work|works|worked|working|employed|job)\b`)

// modifiesAsked reports whether a name only qualifies a word the
// question asks about, written straight after it in lower case:
// "Virginia big-eared bats" says what bats, not where they are. Only
// "where" questions ask it: a group's name before a verb ("the Plant
// Conservation Program lists …") is who did it.
func modifiesAsked(q *question, p *passage, s span) bool {
	for _, t := range p.tokens {
		if t.start < s.end {
			continue
		}
		gap := p.text[s.end:t.start]
		if strings.Trim(gap, " -") != "" || !unicode.IsLower([]rune(p.text[t.start:])[0]) {
			return false // a comma, a full stop or another name ends it
		}
		if w := strings.ToLower(p.text[t.start:t.end]); (verbOnly(w) || pastEd(w)) && !nounNext(p.text[t.end:]) {
			return false // "a pump in Fakenham failed": a verb, no noun the name modifies ("Oregon spotted frogs" has one)
		}
		if q.highlight[t.term] {
			return true
		}
		s.end = t.end
	}
	return false
}

// nounNext reports whether the text goes on, after a space, with a
// lower-case noun that is no verb's form or little word.
func nounNext(rest string) bool {
	m := nextWord.FindStringSubmatch(rest)
	return m != nil && nounNoVerb(m[1]) && !stopWord(m[1])
}

// isSibling reports whether a place is of the same type as the place a
// "where is X" question asks about ("the Guilarte Forest" for "where is
// the Maricao forest"): one named beside it, not where it is.
func (a placeAsk) isSibling(name string) bool {
	return a.sibling != "" && lexicon.Base(lastNameWord(name)) == a.sibling
}

// lastNameWord is a name's last word in lower case, without the stops
// and apostrophes that may close it: the word that says what it is
// ("river", "university").
func lastNameWord(name string) string {
	words := strings.Fields(strings.ToLower(name))
	return strings.Trim(words[len(words)-1], ".,’'")
}

// whereIsPlace matches "where is the X forest", capturing the type word
// that ends the place asked about.
var whereIsPlace = lazyRE(`^where(?:'s|’s| is| are| was| were)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}([a-z]+)\s*\??$`)

// otherType reports whether a place name is plainly not the type of
// place a question asks for: "Grandfather Mountain" is no state, the
// "Suwannee River" no city.
func (a placeAsk) otherType(name string) bool {
	if a.typ == "" {
		return false
	}
	last := lastNameWord(name)
	if len(strings.Fields(name)) == 1 {
		// WordNet knows Asheville as a city, Kentucky as a state.
		return len(lexicon.Kinds(last)) > 0 && !lexicon.IsA(last, a.typ)
	}
	return placeHeads[last] && lexicon.Base(last) != a.typ
}

// placeTypeAsked matches a question naming the type of place it asks
// for: "which states", "what city".
var placeTypeAsked = lazyRE(`(?i)\b(?:which|what)\s+(states?|countr(?:y|ies)|cit(?:y|ies)|towns?|count(?:y|ies)|nations?|provinces?|regions?)\b`)

// guessedOverPlace reports whether an entry made from the article alone
// was guessed a person or event where English knows its one-word name as
// a place ("Arizona" beside "Arizona Governor Jane Dee Hull" is still a
// state), or its longer name opens with a place's and reads as no given
// name and surname: "the Florida Keys refuges", later "the Keys", are
// no one's.
func (e *Engine) guessedOverPlace(id, name string) bool {
	en, ok := e.entry(id)
	if !ok || !en.FromArticle {
		return false
	}
	words := strings.Fields(en.Name)
	x := lexicon.Lookup(strings.ToLower(words[0]))
	placeFirst := x.Kind == "place" && x.Capital
	if len(words) > 1 {
		// "Lancaster" of Hugh Lancaster is his; the "Texas Western
		// Miners" and "Chennai Super Kings" are teams of people.
		return placeFirst && !givenNamed(words) && !personNoun(lexicon.Base(strings.ToLower(words[len(words)-1]))) || regionOfPlace(words)
	}
	return placeFirst && strings.EqualFold(en.Name, name)
}

// regionOfPlace reports whether a name is a place's with a common word
// before it: "Southern California", which "Jet Propulsion Laboratory in
// Southern California, who led the study" set as someone's name, and
// "California" as his surname.
func regionOfPlace(words []string) bool {
	first := lexicon.Lookup(strings.ToLower(words[0]))
	last := lexicon.Lookup(strings.ToLower(words[len(words)-1]))
	plainAdjective := first.POS == lexicon.Adjective && !first.Capital // "Southern", "Coastal"; not "Motor" of Motor Zwickau, a club
	return len(words) == 2 && last.Kind == "place" && last.Capital && (plainAdjective || compassWord(words[0])) && !givenNamed(words)
}

// kindOfSpan is what a name in a paragraph is: a person when it names
// a person entry whole, as the fact sheet or the article's own names
// know it (the article's "Lancaster" is Winston Lancaster, not the
// city), else what the sentence tells (nameKind).
func (e *Engine) kindOfSpan(p *passage, s span) string {
	if e.namedAfter[s.text] {
		return "" // "David Wolkowsky Key" is an island
	}
	for _, m := range p.mentions {
		if m.start != s.start || trimPossessive(p.text[m.start:m.end]) != trimPossessive(s.text) {
			continue // not this name (the mention "Dorian’s" is the name "Dorian")
		}
		if k := e.kindOf(m.entity); (k == corpus.KindPerson || k == corpus.KindEvent) && !e.guessedOverPlace(m.entity, s.text) {
			return string(k) // "Dorian" is the storm the article calls Hurricane Dorian
		}
	}
	k := p.nameKindOf(s)
	if full := e.fullNames[s.text]; k == "" && full != "" && givenNamed(strings.Fields(full)) {
		return "person" // "Clay won the fight": Cassius Clay, named before
	}
	if k == "" {
		for _, a := range e.abbreviations {
			if a.short == s.text {
				// "NTSB" is what "National Transportation Safety
				// Board" is.
				return nameKind(a.long, span{0, len(a.long), a.long})
			}
		}
	}
	if k == "" && appositionOfOrganisation(p.text[s.end:]) {
		return "organisation" // "JPL, a division of Caltech, …"
	}
	return k
}

// eventNamed reports whether a name of several words after "the" ends in
// a word for a happening or a mishap (eventHead) and opens with no given
// name: "the Strawberry Fire", not "Jordin Sparks, the owner".
func eventNamed(text string, s span, words []string) bool {
	return len(words) > 1 && !givenNamed(words) && theBefore(strings.ToLower(strings.TrimRight(text[:s.start], " "))) && eventHead(words[len(words)-1])
}

// eventHead reports whether a word names a happening or a mishap among
// the first of the generalisations WordNet lists for its senses
// ("Fire", "Explosion", "Derailment"), and is no given name. Not any
// "event": WordNet has "pass", "bend" and "series" as events too.
func eventHead(last string) bool {
	w := strings.ToLower(last)
	kinds := lexicon.Kinds(w)
	return !lexicon.GivenName(w) && (slices.Contains(kinds[:min(len(kinds), 4)], "happening") || slices.Contains(kinds[:min(len(kinds), 2)], "mishap"))
}

// appositionOfOrganisation reports whether the words set off after a
// name say it is an organisation, by their head noun before any
// preposition: ", a division of Caltech", ", the state's largest
// utility company,".
func appositionOfOrganisation(after string) bool {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return false
	}
	if end := asideEnd(rest); end > 0 {
		rest = rest[:end]
	}
	f := strings.Fields(rest)
	if len(f) < 2 || !determiner[strings.ToLower(f[0])] {
		return false
	}
	head := ""
	for _, w := range f[1:min(len(f), 6)] {
		if strandedPreposition[strings.ToLower(w)] {
			break
		}
		head = strings.ToLower(w)
	}
	return head != "" && lexicon.Lookup(lexicon.Base(head)).Kind == "organisation"
}

// fullOrganisationName is the first name the article gives an
// organisation whose last word is a one-word name said alone ("the
// Service" of "U.S. Fish and Wildlife Service"), or "".
func (e *Engine) fullOrganisationName(word string) string {
	if strings.Contains(word, " ") {
		return ""
	}
	for _, p := range e.passages {
		for _, s := range p.names {
			if strings.HasSuffix(s.text, " "+word) && p.nameKindOf(s) == "organisation" {
				return s.text
			}
		}
	}
	return ""
}

// namedAfterPeople are the article's names that are another of its
// names and a common noun after it: things named after a person ("David
// Wolkowsky Key", "Jane Dee Hull Bridge"), not the person. Found once,
// at build, from the article's names of two words or more (names).
func namedAfterPeople(passages []*passage, names []string) map[string]bool {
	out := map[string]bool{}
	for _, p := range passages {
		for _, s := range p.names {
			words := strings.Fields(s.text)
			n := len(words)
			if n < 3 {
				continue
			}
			last := strings.ToLower(words[n-1])
			x := lexicon.Lookup(last)
			// "Empire Zinc Company" is a firm, though the story names
			// "Empire Zinc" alone too: no person's name, and a firm's head.
			if x.POS&lexicon.Noun != 0 && x.Kind != "person" && !orgHeads[last] && givenNamed(words[:n-1]) && slices.Contains(names, strings.ToLower(strings.Join(words[:n-1], " "))) {
				out[s.text] = true
			}
		}
	}
	return out
}

// coordinator matches the words that join two names as equals.
var coordinator = lazyRE(`^(?:,\s*|\s+)(?:(?:and|or|&)\s+)?(?:the\s+)?$`)

// definedName is the name a "who is X" or "what is X" question asks
// about, as typed ("nicholas sharp"), or "" when it asks something else.
func definedName(q *question) string {
	m := definedNameRe.FindStringSubmatch(q.core)
	if m == nil {
		return ""
	}
	name := withoutChatAfter(strings.TrimSpace(m[1]))
	if pointsBackOnly(name) {
		return "" // "… something happened a few weeks before. what was it?" names nothing
	}
	if strandedPrepOf(name) != "" {
		return "" // "who was the contract awarded to" asks who got it
	}
	if asksDone(q.core) {
		return "" // "who was named man of the match" asks who was
	}
	return name
}

// pointsBackOnly reports whether a phrase is a pronoun alone, which
// points back at something the message said before ("what was it?",
// "who was that?") and is no name to describe.
func pointsBackOnly(phrase string) bool {
	w := strings.ToLower(strings.Trim(phrase, " ?.!,"))
	return subjectPronoun[w] || objectPronoun[w] || w == "that" || w == "this" || w == "those" || w == "these"
}

// strandedPrepOf is the preposition a defined phrase ends on after a
// verb's participle ("contract awarded to", "film made by"), or "": the
// question asks who got or did it. "named for" asks whom it honours.
func strandedPrepOf(phrase string) string {
	f := strings.Fields(strings.ToLower(phrase))
	if len(f) < 3 || !strandedPrep[f[len(f)-1]] {
		return ""
	}
	if v := f[len(f)-2]; !pastOrVerbForm(v) && !strings.HasSuffix(v, "ed") || namingVerb[v] {
		return "" // "designed", which WordNet has as an adjective, is a participle here
	}
	return f[len(f)-1]
}

// namingVerb are the participles of naming, which a stranded preposition
// follows to ask whom a thing honours, not who did it.
var namingVerb = map[string]bool{"named": true, "called": true, "dedicated": true, "known": true, "renamed": true}

// strandedPrep are the prepositions a question may end on ("… awarded
// to", "… made by"), which make it ask for another thing than a
// definition.
var strandedPrep = map[string]bool{"to": true, "by": true}

// withoutChatAfter drops the chat words a name is typed with ("pete
// tuttle lol"): short lower-case words English hardly uses.
func withoutChatAfter(name string) string {
	for {
		i := strings.LastIndexByte(name, ' ')
		if i < 0 || !chatWord(name[i+1:], lexicon.Lookup(name[i+1:])) {
			return name
		}
		name = strings.TrimSpace(name[:i])
	}
}

var definedNameRe = lazyRE(`(?i)^(?:who|what)(?:'s|’s|` + isWithAdverb + `)\s+(?:the\s+)?((?:[^?.!,]|\.\s){2,60}?)\s*(?:\?|$|\s+in (?:this|the) (?:story|article))`)

// curlyApostrophes are the apostrophes a keyboard does not type; the
// analysis and oneApostrophe write them as "'".
const curlyApostrophes = "’‘ʼ"

// oneApostrophe writes every apostrophe alike: a reader types "o'keefe"
// for the article's "O’Keefe". A backtick stands for one too.
var oneApostrophe = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "`", "'")

// describeName answers "who is X" from the article: X's role as the
// article gives it next to the first mention that has one, either before
// the name ("wildlife biologist Nicholas Sharp") or after it ("Julia
// Herz, program director for the Brewers Association"). It returns ""
// when the article names X without saying who or what X is.
func (e *Engine) describeName(name string, person bool) string {
	want := withoutInitials(oneApostrophe.Replace(transliterate(strings.ToLower(name))))
	// Asked "who", a surname alone names the first person the article
	// gives it to, shown by that person's full name, when everyone else
	// who bears it is that person's kin: "Giroldi" is Major Moisés
	// Giroldi, not "Giroldi's wife, Adela Bonilla de Giroldi".
	full := ""
	if person && !e.namesPlaceOrBody(want) {
		full = e.surnameHolder(titleCase(want))
	}
	first := withoutInitials(oneApostrophe.Replace(strings.ToLower(full)))
	described := ""
	for i, p := range e.passages {
		for j, s := range p.names {
			lt := withoutInitials(oneApostrophe.Replace(strings.ToLower(s.text)))
			if lt != want && !strings.HasSuffix(lt, " "+want) && !strings.HasPrefix(lt, want+" ") && !middleNamed(lt, want) {
				continue
			}
			if first != "" && lt != want && !strings.HasSuffix(first, lt) && !strings.HasSuffix(lt, first) {
				continue
			}
			shown := s.text
			if lt == want && full != "" {
				shown = full
			}
			role, weak := e.describedAt(i, j, shown)
			if role != "" {
				return role
			}
			if described == "" {
				described = weak
			}
		}
	}
	if described != "" {
		return described
	}
	line := e.definePhrase(strings.ToLower(name)) // it searches the text as written
	if rest, ok := strings.CutPrefix(line, titleCase(want)+" — "); ok && full != "" {
		return full + " — " + rest
	}
	return line
}

// namesPlaceOrBody reports whether the article uses a word, alone, as
// the name of a place or an organisation: "Lincoln, the capital of
// Nebraska", whatever president shares it.
func (e *Engine) namesPlaceOrBody(word string) bool {
	for _, p := range e.passages {
		for _, s := range p.names {
			if strings.EqualFold(s.text, word) {
				if k := p.nameKindOf(s); k == "place" || k == "organisation" {
					return true
				}
			}
		}
	}
	return false
}

// surnameHolder is the full name of the first person the article gives
// a surname to (personBySurname), when every other name that ends in it
// is introduced as that person's kin ("Giroldi's wife, Adela Bonilla de
// Giroldi"); else "": beside Walter Hale, Ann Hale is as much "Hale".
func (e *Engine) surnameHolder(surname string) string {
	full := e.personBySurname(surname)
	lowFull, lowSurname := strings.ToLower(full), strings.ToLower(surname)
	if full == "" {
		return ""
	}
	for _, n := range e.articleNames { // in lower case
		if len(strings.Fields(n)) < 2 || lastWordOf(n) != lowSurname || strings.HasSuffix(lowFull, n) || strings.HasSuffix(n, lowFull) {
			continue
		}
		if !e.introducedAsKin(n, lowSurname) {
			return ""
		}
	}
	return full
}

// introducedAsKin reports whether the article sets a name (in lower
// case) right after "<surname>'s <relation>,": "Giroldi's wife, Adela
// Bonilla de Giroldi", "Giroldi's younger brother, Carlos Giroldi".
func (e *Engine) introducedAsKin(name, surname string) bool {
	for _, p := range e.passages {
		text := oneApostrophe.Replace(strings.ToLower(p.text))
		i := strings.Index(text, name)
		if i < 0 {
			continue
		}
		before := strings.TrimSpace(text[:i])
		words := strings.Fields(strings.TrimSuffix(before, ","))
		// "Giroldi's wife,", "Giroldi's younger brother,"
		n := len(words)
		if !strings.HasSuffix(before, ",") || n < 2 {
			continue
		}
		near := words[max(0, n-4) : n-1]
		if slices.Contains(near, surname+"'s") {
			return true // not "His granddaughter, Ann Hale": "Hale" after it may be either
		}
	}
	return false
}

// describedAt is the line that says who or what the j-th name of the
// i-th passage is, the name shown as shown: from the role the article
// gives it there, or, weaker, from the sentence a pronoun for it opens
// (pronounRole).
func (e *Engine) describedAt(i, j int, shown string) (role, weak string) {
	p := e.passages[i]
	s := p.names[j]
	if holder := titleHolder(p, j); holder != "" {
		return holder + " — " + shown, "" // "the Government Printer, A. J. Cummings"
	}
	if role := roleOf(p.text, s); role != "" {
		return shown + " — " + role, ""
	}
	if role := copulaRole(p.text[s.end:]); role != "" {
		return shown + " — " + role, "" // "Lewis Raphael Rickinson (born 21 April 1883) was an English marine engineer"
	}
	if title := titleOf(s.text); title != "" && !courtesyTitle(title) {
		// "NASA Administrator Robert A. Frosch"
		return strings.TrimSpace(strings.TrimPrefix(s.text, title)) + " — " + title, ""
	}
	if kind := descriptorBefore(p.text, s); kind != "" {
		return shown + " — " + kind, "" // "the Ticonderoga-class guided-missile cruiser USS Princeton"
	}
	if role := e.pronounRole(i, s); role != "" {
		return "", shown + " — " + role
	}
	return "", ""
}

// descriptorBefore is the phrase after "the" or "a" that a name follows
// straight on and that ends in a common noun, saying what the named
// thing is ("the Ticonderoga-class guided-missile cruiser USS
// Princeton": "Ticonderoga-class guided-missile cruiser"), or "". Its
// words are in lower case but for a hyphened one ("Ticonderoga-class").
func descriptorBefore(text string, s span) string {
	m := descriptorRe.FindStringSubmatch(text[:s.start])
	if m == nil {
		return ""
	}
	phrase := strings.TrimSpace(m[1])
	words := strings.Fields(phrase)
	last := words[len(words)-1]
	if x := lexicon.Lookup(lexicon.Base(last)); x.POS&lexicon.Noun == 0 || x.Kind == "person" || len(words) < 2 {
		return "" // a person's role is roleOf's; one word says too little ("the river Tees")
	}
	if slices.ContainsFunc(words, func(w string) bool { return verbForm(w) || pastEd(w) || auxiliary[w] || stopWord(w) }) {
		return "" // "the strike was Alonzo G. Draper", "a passenger named Paquito Osabel"
	}
	return phrase
}

// descriptorRe matches "the" or "a" and up to five words in lower case
// (or hyphened), ending right before a name.
var descriptorRe = lazyRE(`\b(?:the|a|an)\s+((?:(?:[a-z][a-z-]*|\p{Lu}[\pL]*(?:-[a-z]+)?)\s+){1,5})$`)

// titleHolder is the person named right after an office's title and a
// comma ("the Government Printer, A. J. Cummings"), or "".
func titleHolder(p *passage, i int) string {
	if i+1 >= len(p.names) || !titleName(p.names[i].text) {
		return ""
	}
	next := p.names[i+1]
	if p.text[p.names[i].end:next.start] != ", " || !givenNamed(strings.Fields(next.text)) {
		return ""
	}
	return next.text
}

// middleNamed reports whether a name as the article writes it is the
// asked name with middle names between ("lewis raphael rickinson" for
// "lewis rickinson").
func middleNamed(name, want string) bool {
	n, w := strings.Fields(name), strings.Fields(want)
	return len(w) >= 2 && len(n) > len(w) && n[0] == w[0] && n[len(n)-1] == w[len(w)-1]
}

// copulaRole is what the words right after a name say the person is or
// was, past an aside in brackets: "(born 21 April 1883) was an English
// marine engineer" gives "an English marine engineer"; "" when they say
// no person's noun ("was first forced to spend …").
func copulaRole(after string) string {
	after = strings.TrimLeft(after, "’'s")
	if strings.HasPrefix(strings.TrimSpace(after), "(") {
		after = afterBrackets(after)
	}
	m := definitionAfter.FindStringSubmatch(after)
	if m == nil || !copulaArticle.MatchString(m[2]) {
		return "" // "is a …" or "was an …" only: not ", a …" after a name, nor "was first forced to"
	}
	for _, w := range strings.Fields(m[2]) {
		if personNoun(strings.ToLower(strings.Trim(w, ",;()"))) {
			return m[2]
		}
	}
	return ""
}

// copulaArticle matches the article a person's description opens with.
var copulaArticle = lazyRE(`^(?i:a|an)\s`)

// afterBrackets is what follows the bracketed aside a text opens with,
// brackets inside it counted: "(born 1883 (Lewisham), died 1945)".
func afterBrackets(text string) string {
	depth := 0
	for i, r := range text {
		switch r {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return text[i+1:]
			}
		}
	}
	return ""
}

// pronounRole is who the sentence right after a name says its "he" or
// "she" is, when the name ends its sentence: "… including Anthony
// DiMaggio. He's a wildland firefighter who runs …", across a paragraph
// break too. It is read only when no words beside the name say who the
// person is.
func (e *Engine) pronounRole(i int, s span) string {
	after := e.passages[i].text[s.end:]
	if strings.TrimSpace(after) == "." && i+1 < len(e.passages) {
		after = ". " + e.passages[i+1].text
	}
	if m := pronounIsA.FindStringSubmatch(after); m != nil && isPersonRole(m[1]) {
		return m[1]
	}
	return ""
}

// isPersonRole reports whether "a …" says what a person is: a word for a
// person among its first three ("a wildland firefighter"), and no "him"
// or "her" of another ("a teacher … who nominated him"). "A lot more
// confident", "a big fan of the club" and "a long way from home" say
// none.
func isPersonRole(phrase string) bool {
	words := wordRe.FindAllString(strings.ToLower(phrase), -1)
	if slices.Contains(words, "him") || slices.Contains(words, "her") {
		return false
	}
	return slices.ContainsFunc(words[1:min(4, len(words))], func(w string) bool {
		return !stopWord(w) && lexicon.Lookup(lexicon.Base(w)).Kind == "person" // not "more", a Thomas More
	})
}

// pronounIsA reads the "He's a …" or "She was an …" that opens the
// sentence after a name.
var pronounIsA = lazyRE(`^\.\s+(?:He|She)(?:'s|’s| is| was)\s+((?:a|an)\s+` + clauseChar + `{3,120})`)

// titleOf is the title a name opens with ("NASA Administrator" of "NASA
// Administrator Robert A. Frosch", "Deputy Harbour Director" of "Deputy
// Harbour Director Ann Lee"): up to its first common word for a person
// (WordNet's; "Federal", a name there too, is none), then on through
// the common words after it to the last word for a person among them,
// when a given name follows (no common word: "Gull Point Ranger" has no
// title) and a name of two words or more is left ("Ranger Bob" has
// none).
func titleOf(name string) string {
	words := strings.Fields(name)
	if last := strings.ToLower(words[len(words)-1]); orgHeads[last] || placeHeads[last] {
		return "" // "Minor Planet Center" is a centre, not a minor
	}
	common := func(w string) (lexicon.Word, bool) {
		x := lexicon.Lookup(strings.ToLower(strings.Trim(w, ",.")))
		return x, opensWithCapital(w) && !strings.HasSuffix(w, ".") && x.Common()
	}
	// "Park" and "Service" are common words, though WordNet also knows a
	// Park and a Service with capitals; inside a title they go on to its
	// next word for a person, but "John" and "Michael" (no "person" in
	// WordNet either) are never where a title ends or its name begins.
	capitalCommon := func(x lexicon.Word) bool { return x.Capital && x.Zipf() >= commonZipf && x.Kind != "person" }
	end := -1
	for i, w := range words {
		x, ok := common(w)
		if end < 0 && (ok && x.Kind == "person" || i == 0 && titleAbbreviations[strings.ToLower(w)]) {
			end = i
			continue
		}
		if end >= 0 {
			if !ok && !(opensWithCapital(w) && !strings.HasSuffix(w, ".") && capitalCommon(x)) {
				break
			}
			if ok && x.Kind == "person" && len(words)-i-1 >= 2 && !corpus.Initials(words[i+1]) {
				// "Deputy Harbour Director"; not "Baker" of "Director
				// John Baker", nor "Earl" of "Judge Earl R. Larson".
				end = i
			}
		}
	}
	if end >= 0 && end+2 < len(words) && words[end+1] == "of" && opensWithCapital(words[end+2]) && len(words)-end-3 >= 2 && !slices.ContainsFunc(words[end+3:], func(w string) bool { _, ok := common(w); return ok }) {
		end += 2 // "Member of Parliament Claudia Roth"; not "Secretary of Defense Performance-Based Logistics"
	}
	if end < 0 || len(words)-end-1 < 2 {
		return ""
	}
	if _, ok := common(words[end+1]); ok && len(words)-end-1 > 2 && !corpus.Initials(words[end+2]) {
		return "" // "Gull Point …": no given name after it; "Chuck Sams" and "Earl R. Larson" are
	}
	return strings.Join(words[:end+1], " ")
}

// titleAbbreviations are the shortened titles a person's name may open
// with ("Dr. Ingrid Solberg", "Lt. Gen. Victor Hale").
var titleAbbreviations = map[string]bool{"dr.": true, "prof.": true, "gen.": true, "lt.": true, "col.": true, "capt.": true, "sgt.": true, "maj.": true, "adm.": true, "cmdr.": true, "gov.": true, "sen.": true, "rep.": true, "rev.": true, "mr.": true, "mrs.": true, "ms.": true}

// courtesyTitle reports whether a title is only a courtesy ("Dr.",
// "Mrs."): it says who is named, not what the person does.
func courtesyTitle(title string) bool {
	return courtesyTitles[strings.ToLower(title)]
}

var courtesyTitles = map[string]bool{"dr.": true, "mr.": true, "mrs.": true, "ms.": true}

// withoutInitials is a lower-case name without its middle initials:
// "robert a. frosch" is the "robert frosch" a reader asks about.
func withoutInitials(name string) string {
	words := strings.Fields(name)
	out := words[:0:0]
	for i, w := range words {
		if i > 0 && i < len(words)-1 && utf8.RuneCountInString(strings.TrimSuffix(w, ".")) == 1 {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// definePhrase answers "what is X" for a thing the article defines in
// so many words: "X is a …", "X involves …", "X, a …, …" ("white-nose
// syndrome, a fatal disease with devastating effectiveness"), or "… X.
// It's a …" ("Light Detection and Ranging, or LiDAR. It’s a system that
// …").
func (e *Engine) definePhrase(want string) string {
	if len(strings.Fields(want)) > 5 {
		return ""
	}
	lw := strings.ToLower(want)
	for _, p := range e.passages {
		lt := p.lower // its offsets are the text's
		if lt == "" {
			continue
		}
		for from := 0; ; {
			i := strings.Index(lt[from:], lw)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(lw)
			from = end
			if start > 0 && isWordByte(lt[start-1]) {
				continue // "bat" inside "combat"
			}
			if m := definitionAfter.FindStringSubmatch(p.text[end:]); m != nil && !(m[1] != "" && (strings.Contains(lw, " of ") || clauseOpens(strings.Fields(m[1])))) && !passiveClause(m[2]) {
				// "the capital of Norvia, a small country" describes
				// Norvia, not its capital; in "…, Jean-Charles Simiand,
				// the aerial tramway was built" a clause goes on.
				desc := strings.TrimSpace(m[1] + m[2] + m[3])
				return p.text[start:end] + " — " + withDimensionsNoun(desc, p.text[end+len(m[0]):])
			}
		}
	}
	return ""
}

// passiveClause reports whether what follows a term's "is" or "was"
// opens with a past participle: "the verdict was overturned on a
// technicality", "the winner was determined using instant-runoff
// voting" tell what was done to it, and say nothing of what it is. A
// participle WordNet lists as an adjective ("determined") counts too.
// One that reports a judgment goes on to say what it is ("estimated at
// US$2.8 billion", "identified as attorney Fabiola Bittar de Kroon",
// "believed to be a lack of maintenance"), unless a participle follows
// ("thought to be located in the Ring of Fire").
func passiveClause(after string) bool {
	words := strings.Fields(strings.ToLower(after))
	if len(words) == 0 || !doneParticiple(words[0]) {
		return false
	}
	rest := words[1:]
	switch {
	case len(rest) > 0 && (rest[0] == "as" || rest[0] == "at"):
		rest = rest[1:]
	case len(rest) > 1 && rest[0] == "to" && rest[1] == "be":
		rest = rest[2:]
	default:
		return true
	}
	return len(rest) == 0 || doneParticiple(rest[0])
}

// doneParticiple reports whether a word is a verb's past participle,
// or an "-ed" adjective made of one ("determined").
func doneParticiple(w string) bool {
	return pastParticiple(w) || strings.HasSuffix(w, "ed") && lexicon.VerbOf(w) != ""
}

// withDimensionsNoun goes on with a description that a comma cut after
// one of its dimensions, to the noun they describe: "a 0.5 meter
// diameter, 35-meter tunnel" of "… is a 0.5 meter diameter, 35-meter
// tunnel that can test …", not "a 0.5 meter diameter".
func withDimensionsNoun(desc, rest string) string {
	if !endsOnDimension.MatchString(desc) {
		return desc
	}
	if m := nextModifiers.FindStringSubmatch(rest); m != nil {
		return desc + ", " + m[1]
	}
	return desc
}

var (
	// endsOnDimension matches a description ending on a dimension.
	endsOnDimension = lazyRE(`(?i)\b(?:diameter|width|length|height|depth|thickness|radius)$`)
	// nextModifiers matches, after a comma, the rest of a noun phrase
	// that opens with another measure ("35-meter tunnel"), up to a
	// relative word or punctuation.
	nextModifiers = lazyRE(`^,\s*(\d` + clauseChar + `{2,60}?)(?:\s+(?:that|which|who|with|where)\b|\s*[,.;:!?]|$)`)
)

// definitionAfter reads what follows a defined term: ", a …" or "is a …",
// "involves …", "means …", or the next sentence's "It's a …".
var definitionAfter = lazyRE(`^(?i:,\s*((?:a|an|the)\s+` + clauseChar + `{3,120})|\s+(?:is|are|was|were|involves|involve|means|refers to)\s+((?:a|an|the)\s+` + clauseChar + `{3,120}|` + clauseChar + `{3,120})|\.\s+(?:it(?:'s|’s| is| was)|this is)\s+((?:a|an)\s+(?:[^.;:!?]|\.\d){3,120}))`)

// clauseChar is a character of a clause: no punctuation that ends it,
// but the point or comma inside a number ("a 0.5 meter tunnel"), and
// initials with their points as one ("a local historian and U.S. Army
// Air Corps veteran").
const clauseChar = `(?:(?:\p{Lu}\.){2,}|[^,.;:!?]|[.,]\d)`

// isWordByte reports whether an ASCII byte is a letter or digit.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// roleOf finds the words that say who a named person is: an appositive
// after the name up to the next comma or full stop, or the lower-case
// words before it that end in a noun for a person.
func roleOf(text string, s span) string {
	before := roleBefore(text, s)
	if before == "" {
		before = appositionBefore(text[:s.start]) // "His son, Bruce McCandless III, said …"
	}
	after := strings.TrimLeft(text[s.end:], "’'s")
	if strings.HasPrefix(after, ".,") {
		after = after[1:] // "Harry B. Harris Jr., commander, …": the name ends at its abbreviation
	}
	if ofPlace.MatchString(after) {
		return before // "A passing nurse, Greta Olsen, of Calder": where she is from is no role
	}
	if role := parentheticalRole(after); role != "" {
		// "Jean-Jacques Augier (active politician and inspector of
		// finances)"; "Chief executive Paul Grant (CEO since 2021)"
		// keeps the title before the name.
		if before != "" {
			return before + " (" + role + ")"
		}
		return role
	}
	if rest, ok := strings.CutPrefix(after, ", "); ok {
		of := ""
		if unit, role := unitThenRole(rest); role != "" {
			// "Capt. Mara Holt, 557th ERHS, Elm Bay site commander, …"
			rest, of = role, ", "+unit
		} else if cut := asideEnd(rest); cut > 0 {
			of = roleOfUnit(rest[cut:])
			rest = rest[:cut]
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "a "), "an ")
		if f := strings.Fields(rest); asideIsRole(rest, f) {
			if before != "" && (f[0] == "who" || f[0] == "whose") {
				return before + ", " + rest // "biologist Pete Tuttle, who had 25 years …"
			}
			return rest + of // not "…, KSC Director Lee R. Scherer", the next in a list
		}
	}
	return before
}

// parentheticalRole is the words in brackets right after a name when
// they say who the person is ("(active politician and inspector of
// finances)", "(Minister of Finance and Economy from 2012 to 2014)"):
// a person noun among their first words, or a title held with a body;
// else "". Brackets hold no next name of a list, as a comma may.
func parentheticalRole(after string) string {
	inner, ok := strings.CutPrefix(after, " (")
	end := strings.IndexByte(inner, ')')
	if !ok || end <= 0 {
		return ""
	}
	role := inner[:end]
	f := strings.Fields(role)
	// "(D-Calif.)" and "(Jr.)" are a party's and a generation's marks,
	// whose letters WordNet reads as a caliph and a junior.
	if len(f) < 2 || len(f) > 12 || clauseOpens(f) || strings.ContainsAny(role, "(.") || lifeDates.MatchString(role) {
		return ""
	}
	if asideNamesRole(role, f) || personNounOfName(f) {
		return roleOpener.ReplaceAllString(role, "") // "a former patient" is a former patient
	}
	return ""
}

// roleOpener matches the little words a role in brackets may open with,
// which the role line leaves out as the comma's aside does: "a", "an",
// "also".
var roleOpener = lazyRE(`^(?i:(?:also\s+)?(?:a|an)\s+|also\s+)`)

// lifeDates matches the brackets of a person's birth or death: "born 3
// May 1890", "1890–1961".
var lifeDates = lazyRE(`(?i)^(?:born|died|b\.|d\.|née|\d)`)

// asideIsRole reports whether the words of an aside after a name's comma
// (rest, and f its words) say who the person is: a person noun or a new
// role near their start, "who …", a short phrase ending in a person
// noun, or a title held with a body (personNounOfName); not a clause
// that goes on, nor the next name of a list with its title ("…, KSC
// Director Lee R. Scherer").
func asideIsRole(rest string, f []string) bool {
	if len(f) == 0 || len(f) > 12 || joinsClause[strings.ToLower(f[0])] || clauseOpens(f) || rolesNextName(f) || joinedWith.MatchString(rest) {
		return false
	}
	if personNounOfName(f) {
		return true
	}
	return (asideNamesRole(rest, f) || f[0] == "who") && !(opensWithCapital(f[0]) && titleOf(rest) != "")
}

// asideNamesRole reports whether words set off beside a name (text, and f its
// words) name a role: a noun for a person or a new role among their
// first words, or a short phrase that ends in a noun for a person.
func asideNamesRole(text string, f []string) bool {
	lead := firstWords(text, 4)
	return personBefore(lead) || newRoleIn(lead) || endsInPersonNoun(f)
}

// endsInPersonNoun reports whether a short phrase (up to eight words)
// ends in a noun for a person: "Elm Bay site commander".
func endsInPersonNoun(f []string) bool {
	return len(f) > 0 && len(f) <= 8 && personNoun(strings.ToLower(strings.TrimRight(f[len(f)-1], ".")))
}

// givenAndSurname reports whether words hold a given name with a capitalised
// word after it, a person's name: "NASA Jim Ortega", not "the Southern
// District of Florida".
func givenAndSurname(words []string) bool {
	for j := 0; j+1 < len(words); j++ {
		if lexicon.GivenName(words[j]) && opensWithCapital(words[j+1]) {
			return true
		}
	}
	return false
}

// joinedWith matches an aside that joins others to the person, not one
// that says who they are: "together with other members of the board".
var joinedWith = lazyRE(`^(?i:together with|along with|as well as|alongside)\b`)

// personNounOfName reports whether an aside's words are a title that ends
// in a noun for a person, then "with", "at", "of" or "for" and a name:
// "Aquatic Invasive Species Program Director with Kentucky Fish and
// Wildlife", "program manager at the Johnson Space Center".
func personNounOfName(f []string) bool {
	for i := 1; i < min(len(f)-1, 9); i++ {
		if !roleLinks[f[i]] {
			continue
		}
		if !personNoun(strings.ToLower(f[i-1])) && !(f[i] == "of" && headRoles[strings.ToLower(f[i-1])]) || slices.ContainsFunc(f[:i], func(w string) bool { return stopWord(strings.ToLower(w)) && !determiner[strings.ToLower(w)] }) {
			return false // "together with nine other members of …" is no title
		}
		next := f[i+1]
		if next == "the" && i+2 < len(f) {
			next = f[i+2]
		}
		// "Administrator of NASA Jim Ortega" is the next person of a
		// list, with a title: a given name ends the body's name.
		return opensWithCapital(next) && !givenAndSurname(f[i+1:])
	}
	return false
}

// headRoles are the words for a person that lead a body, which WordNet
// files first under another sense ("head" is a body part, "chair" a
// seat): "head of the Department of Aeronautics" is a role.
var headRoles = map[string]bool{"head": true, "chair": true, "chairman": true, "chairwoman": true}

// roleLinks are the words that tie a title to the body it is held in.
var roleLinks = map[string]bool{"with": true, "at": true, "of": true, "for": true}

// unitThenRole reads the two asides after a name's comma when the first
// names a unit ("557th ERHS", "USS Kidd") and the second ends in a noun
// for a person ("Village of Hope site commander"): the unit and the
// role; "" and "" otherwise.
func unitThenRole(rest string) (unit, role string) {
	cut := asideEnd(rest)
	if cut <= 0 || !strings.HasPrefix(rest[cut:], ", ") {
		return "", ""
	}
	unit, next := rest[:cut], rest[cut+2:]
	if !appositiveName(unit) && !ordinalUnit.MatchString(unit) {
		return "", ""
	}
	end := asideEnd(next)
	if end <= 0 {
		return "", ""
	}
	if !endsInPersonNoun(strings.Fields(next[:end])) {
		return "", ""
	}
	return unit, next[:end]
}

// ordinalUnit matches a unit named by its number: "557th ERHS", "2nd
// Battalion".
var ordinalUnit = lazyRE(`^\d+(?:st|nd|rd|th)\s+\p{Lu}[\pL.-]*(?:\s+\p{Lu}[\pL.-]*){0,3}$`)

// roleOfUnit is the unit a role is held in when the text after the
// role's comma names it alone: ", USS Shiloh" of "Capt. Sharif Calfee,
// commanding officer, USS Shiloh."; "" otherwise.
func roleOfUnit(after string) string {
	m := unitAfterRole.FindStringSubmatch(after)
	if m == nil || !appositiveName(m[1]) || rolesNextName(strings.Fields(m[1])) || cutAbbreviation.MatchString(m[1]) {
		return "" // nor ", U.S" of ", U.S. Fish and Wildlife Service Office of …"
	}
	return ", " + m[1]
}

// cutAbbreviation matches a name cut at an abbreviation's last point.
var cutAbbreviation = lazyRE(`(?:^|\s)(?:\p{Lu}\.)+\p{Lu}$`)

// unitAfterRole matches ", Name" closing a sentence or clause.
var unitAfterRole = lazyRE(`^,\s+((?:\p{Lu}[\pL\d.’'-]*|\d+)(?:\s+(?:\p{Lu}[\pL\d.’'-]*|\d+|\(\p{Lu}+\s*\d*\))){0,5})(?:[.;:]\s|[.;:]?$|,\s+(?:said|says|and)\b)`)

// asideEnd is where an aside after a name ends: at the first comma,
// semicolon, colon, quote or dash, or full stop that is no abbreviation's
// ("a biologist with the U.S. Fish and Wildlife Service"); -1 when none.
func asideEnd(rest string) int {
	for i, r := range rest {
		switch r {
		case ',', ';', ':', '”', '"', '—':
			return i
		case '.':
			if !abbreviationDot(rest, i) {
				return i
			}
		}
	}
	return -1
}

// abbreviationDot reports whether the full stop at i is an
// abbreviation's: a letter follows it ("U.S"), or a single capital
// stands before it ("S.").
func abbreviationDot(text string, i int) bool {
	if next, _ := utf8.DecodeRuneInString(text[i+1:]); unicode.IsLetter(next) {
		return true // not the byte of a closing quote: "87 days.”"
	}
	word := text[strings.LastIndexAny(text[:i], " .")+1 : i]
	return len(word) == 1 && unicode.IsUpper(rune(word[0]))
}

// rolesNextName reports whether the words after a name's comma are
// another person's role and name, the next of a list: "Jasmin Moghbeli,
// ESA astronaut Andreas Mogensen, …" gives Mogensen's role, not hers.
func rolesNextName(words []string) bool {
	j := len(words)
	for j > 0 && opensWithCapital(words[j-1]) {
		j--
	}
	return j > 0 && j < len(words) && personNoun(strings.ToLower(words[j-1]))
}

// commonLower reports whether a capitalised word is a common English word
// written so only for opening its sentence ("Energy"), not a name.
func commonLower(w string) bool {
	x := lexicon.Lookup(strings.ToLower(w))
	// Not "Yesterday mayor …", "Later coach …", "Every fisherman …".
	return x.POS&(lexicon.Noun|lexicon.Adjective) != 0 && x.POS&lexicon.Adverb == 0 && !littleWord(w)
}

// roleBefore is the lower-case words before a name that end in a noun
// for a person ("led by researcher Ann O’Hara": "researcher"), or "".
func roleBefore(text string, s span) string {
	before := strings.Fields(endOf(text[:s.start], nameReach))
	var role []string
	for i := len(before) - 1; i >= 0 && len(role) < 4; i-- {
		if strings.ContainsAny(before[i], "”\"") {
			break // a quote ends here: "…,” explained director Maria Lopez"
		}
		if strings.HasSuffix(before[i], ",") && (len(role) > 0 || pluralLower(strings.Trim(before[i], ",“")) && clauseAfter(text[s.end:])) {
			// "Two children, son Lewis F. Rickinson": "children" is no
			// part of his role; "firing its engine or thrusters, Odyssey
			// was able": a plural before the comma of a name its clause
			// opens with is no one's role ("the two trade ministers,
			// Elm Bay's Ann Lee and …" is theirs).
			break
		}
		w := strings.Trim(before[i], ",“")
		opens := w != "" && w == before[i] && !unicode.IsLower([]rune(w)[0]) && (i == 0 || sentenceEnds(before[i-1])) && commonLower(w) // "Energy minister Josh Frydenberg", not "Ann B. Lee, Mayor …"
		if w == "" || !unicode.IsLower([]rune(w)[0]) && !opens || hasWord([]string{w}, speechVerbs...) || littleRoleStop[strings.ToLower(w)] || len(role) > 0 && littleWord(w) {
			break // "led by researcher Ann O’Hara": the role is "researcher"
		}
		role = append([]string{w}, role...)
	}
	if len(role) == 1 && (pastEd(role[0]) || irregularPast(role[0])) {
		return "" // "Rasmussen married Dagmar Olsen": a verb, though WordNet has "the married"
	}
	if len(role) > 0 && personNoun(strings.ToLower(role[len(role)-1])) {
		owner := roleOwner(before[:len(before)-len(role)])
		role = append(owner, role...)
		if n := len(before) - len(role); n > 0 && isOtherRole(before[n-1]) {
			// "Former Peru president Ana Ferro": the word before the
			// owner, which a sentence's first word the owner leaves out
			// may be, says she was.
			role = append([]string{before[n-1]}, role...)
		}
		return strings.Join(role, " ")
	}
	return ""
}

// clauseAfter reports whether the words after a name run on as its
// clause (clauseOpens): not when the name is one of a list ("the two
// pilots, Ann Lee and Bob Ray, were unhurt").
func clauseAfter(text string) bool {
	words := strings.Fields(text)
	if len(words) == 0 || strings.HasPrefix(text, ",") {
		return false
	}
	if w := strings.ToLower(words[0]); w == "and" || w == "or" {
		return false
	}
	return clauseOpens(words)
}

// pluralLower reports whether a word typed in lower case is a noun's
// plural, which no one person is: "thrusters".
func pluralLower(w string) bool { return strings.ToLower(w) == w && pluralNoun(w) }

// roleOwner is the name that ends the words before a role and tells
// whose role it is: "ESA (European Space Agency)" of "ESA (European
// Space Agency) astronaut Andreas Mogensen", "Roscosmos" of "Roscosmos
// cosmonaut"; nil when a list's comma, a little word, a date or the
// sentence's opening word stands there instead. Without it every
// astronaut of "NASA astronaut Jasmin Moghbeli, ESA astronaut Andreas
// Mogensen" has the same role.
func roleOwner(before []string) []string {
	i, inBrackets := len(before), false
	for i > 0 && len(before)-i < maxOwnerWords {
		w := before[i-1]
		if strings.HasSuffix(w, ")") {
			inBrackets = true
		}
		if inBrackets {
			inBrackets = !strings.HasPrefix(w, "(")
			i--
			continue
		}
		bare := trimPossessive(w)
		if bare == "" || strings.ContainsAny(w, ",;:“”\"") || !unicode.IsUpper([]rune(bare)[0]) || stopWord(strings.ToLower(bare)) || calendarWord.MatchString(bare) || endsSentence(w) && strings.Count(w, ".") < 2 {
			break
		}
		if (i == 1 || sentenceEnds(before[i-2])) && commonWord(bare) {
			break // "Future college basketball coach …": a common word opening the sentence is no owner
		}
		i--
	}
	if inBrackets || i == len(before) || strings.HasPrefix(before[i], "(") {
		return nil
	}
	return before[i:]
}

// maxOwnerWords is how many words a role's owner takes.
const maxOwnerWords = 6

// calendarWord matches a month's or a weekday's name, which may stand
// before a role without owning it ("In March biologist Ann Lee …").
var calendarWord = lazyRE(`^(?:` + monthNames + `|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`)

// said is the analysed words of a sentence, to ask whether it says a
// question's words.
type said map[string]bool

func saidOf(terms []string) said {
	out := make(said, len(terms))
	for _, t := range terms {
		out[t] = true
	}
	return out
}

// says reports whether the sentence has a word or one of its near words.
func (in said) says(term string, near []string) bool {
	return in[term] || slices.ContainsFunc(near, func(w string) bool { return in[w] })
}

// said is the analysed words of a document's text, from the tokens Build
// analysed.
func (d *doc) said() said { return saidOf(termsOf(d.tokens)) }

// termsBetween are the analysed words of a text's tokens within [from, to).
func termsBetween(toks []token, from, to int) []string {
	var out []string
	for _, t := range toks {
		if t.start >= from && t.end <= to {
			out = append(out, t.term)
		}
	}
	return out
}

// couldAnswer reports whether a sentence could hold the answer line: it
// carries enough of the question and says what the question says
// happened.
func (e *Engine) couldAnswer(q *question, in said) bool {
	return e.sentenceCover(q, in) >= answerCover && e.saysWhatHappened(q, in) && e.sameSubject(q, in)
}

// sentenceCover is the share of a question's topical weight that one
// sentence's words (or near words) carry.
func (e *Engine) sentenceCover(q *question, in said) float64 {
	var got, total float64
	old := q.kind == qMeasure && howOld.MatchString(q.text)
	for _, u := range q.units {
		if !u.topical || u.entity != "" || old && ageWords[u.word] {
			continue // "Mukai, 46," says all "how old is Mukai?" asks
		}
		total += u.weight
		switch {
		case in[u.term]:
			got += u.weight
		case in.says(u.term, u.syns) && !onlyFarWordOf(q, u, in):
			got += matchSynonym * u.weight
		case q.kind == qPlace && u.kindsNear && in.says(u.term, u.near):
			got += matchSynonym * u.weight // "Arizona" says which state
		}
	}
	if total == 0 {
		return 1
	}
	return got / total
}

// loneWord reports whether a question has one topical word and no name:
// "who scored?", "who paid for it?".
func loneWord(q *question) bool {
	n := 0
	for _, u := range q.units {
		if u.topical {
			if u.entity != "" {
				return false
			}
			n++
		}
	}
	return n == 1
}

// onlyFarWordOf reports whether a sentence says a question's one word
// only by a near word WordNet does not relate back to it, which carries
// nothing of a question that asks nothing else: "evaluated" for "who
// scored?", "recovery" for "when was the rescue?". Who and how many ask
// it of a verb; where and when of a noun ("interment" says where he was
// buried).
func onlyFarWordOf(q *question, u unit, in said) bool {
	asked := (q.kind == qPerson || q.kind == qCount) && u.verb || (q.kind == qPlace || q.kind == qDate) && !u.verb
	return asked && loneWord(q) && !saysCloseWord(in, u)
}

// saysCloseWord reports whether a sentence says a near word of a unit's
// that WordNet relates both ways to the word asked, or the compound the
// asked word opens: "death" of "died", "playoff" of "play off"; not
// "evaluated" of "scored".
func saysCloseWord(in said, u unit) bool {
	return slices.ContainsFunc(u.syns, func(w string) bool {
		return in[w] && (relatedBothWays(u.word, w) || strings.HasPrefix(w, u.term)) // "playoff" of "play off"
	})
}

// sentenceAnswer answers a why, how or yes/no question with the article
// sentence that carries it: for "why" and "how", the best-ranked sentence
// when it carries most of the question and gives a reason or a manner in
// so many words, or carries nearly all of it and says more (else the
// sentence after it, which goes on from the question it restates); for
// yes/no, the best-ranked sentence's yesNoLine. Anything less gives no
// line.
func (e *Engine) sentenceAnswer(q *question, ranked []scored) string {
	if q.kind == qYesNo {
		return e.yesNoAnswer(q, ranked)
	}
	if q.kind != qWhy && q.kind != qHow {
		return ""
	}
	for _, s := range ranked[:min(3, len(ranked))] {
		if s.d.kind != docSentence {
			continue
		}
		// "He served … until his death … as a result of a gunshot
		// wound" tells how Kaneshiro, named before, died.
		cover := e.sentenceCover(q, saidWithReferents(q, s.d.pass.text, s.d.pass.tokens, s.d.start, s.d.start+len(s.d.text)))
		text := focusedLine(q, s.d)
		if q.kind == qWhy && cover >= restateCover && followsFromBefore(s.d.text) {
			// "Sputnik 2, therefore, was something of a rush job": the
			// reason is the sentence before, which "therefore" follows.
			if prev := previousSentence(s.d); prev != "" {
				return clip(prev, maxLineRunes)
			}
		}
		switch {
		case q.kind == qWhy && cover >= lineCover && (givesReason(s.d.text) || e.givesPurpose(q, s.d.text)),
			q.kind == qHow && cover >= lineCover && mannerCue.MatchString(s.d.text):
			return text
		case (q.kind == qWhy || q.kind == qHow) && cover >= restateCover:
			if newWords(q, s.d) >= answerNewWords {
				return text
			}
			if next := nextSentence(s.d); next != "" && goesOn(q, s.d.text, next) {
				return clip(next, maxLineRunes)
			}
			return ""
		}
		return ""
	}
	return ""
}

// yesNoAnswer is the yes/no line of the best-ranked sentence, else of
// a sentence ranked as well as it (within yesNoTie): an article often
// names its subject in one sentence ("…, said Julia Herz, program
// director for the Brewers Association.") and says what is asked of it
// in the next ("Based in Colorado, the organization's …").
func (e *Engine) yesNoAnswer(q *question, ranked []scored) string {
	first, ofEvent := -1.0, e.eventSentenceTest(q)
	for _, s := range ranked[:min(3, len(ranked))] {
		if s.d.kind != docSentence || isQuestion(s.d.text) {
			continue
		}
		if first < 0 {
			first = s.score
		} else if s.score < first-yesNoTie {
			return ""
		}
		if ofEvent != nil && !ofEvent(s.d.text) {
			continue // "did it work?" is not answered by "Both worked the game as media members"
		}
		if line := e.yesNoLine(q, s.d, clip(s.d.text, maxLineRunes)); line != "" {
			return line
		}
		if e.sentenceCover(q, saidInParagraph(q, s.d)) >= yesNoCover && namesAll(q, s.d) {
			// The best sentence says what is asked but neither yes
			// nor no ("is expected to sign"): another sentence's yes
			// would be of something else ("the governor signed").
			return ""
		}
	}
	return ""
}

// yesNoTie is how far under the best sentence's score another may rank
// and still answer a yes/no question.
const yesNoTie = 0.3

// focusedLine is a sentence as an answer line: whole when it fits, else
// the clause that says most of the question's words with as many of the
// clauses around it as fit, so a long sentence's answer is not clipped
// away: "…Snowtown Wind Farm reduced output by 106 MW, the Heywood
// interconnector flow increased to over 850 MW and both of its circuits
// tripped out due to the overload."
func focusedLine(q *question, d *doc) string {
	text := d.text
	if utf8.RuneCountInString(text) <= maxLineRunes {
		return text
	}
	bounds := []int{0}
	for _, m := range clauseJoint.FindAllStringIndex(text, -1) {
		bounds = append(bounds, m[1])
	}
	bounds = append(bounds, len(text))
	best := bestClause(q, d, bounds)
	if best < 0 {
		return clip(text, maxLineRunes)
	}
	fits := func(a, b int) bool { return utf8.RuneCountInString(text[bounds[a]:bounds[b]]) <= maxLineRunes-2 }
	lo, hi := withCueClause(q, text, bounds, best, fits)
	// The clauses around, while they fit: towards a reason that came
	// first, else those after first, as the reason or manner often
	// follows what it explains.
	leftFirst := lo < best
	for {
		switch {
		case leftFirst && lo > 0 && fits(lo-1, hi):
			lo--
		case hi+1 < len(bounds) && fits(lo, hi+1):
			hi++
		case lo > 0 && fits(lo-1, hi):
			lo--
		default:
			line := strings.TrimSpace(text[bounds[lo]:bounds[hi]])
			if lo > 0 {
				line = "…" + line
			}
			if hi+1 < len(bounds) {
				line = strings.TrimRight(line, ",;: ") + "…"
			}
			return clip(line, maxLineRunes)
		}
	}
}

// bestClause is the index of the clause (between bounds) that says most
// of the question's topical weight, or -1 when none says any.
func bestClause(q *question, d *doc, bounds []int) int {
	best, bestGot := -1, 0.0
	for i := 0; i+1 < len(bounds); i++ {
		got := 0.0
		in := saidOf(termsBetween(d.tokens, bounds[i], bounds[i+1]))
		for _, u := range q.units {
			if u.topical && u.entity == "" && in.says(u.term, u.syns) {
				got += u.weight
			}
		}
		if got > bestGot {
			best, bestGot = i, got
		}
	}
	return best
}

// withCueClause is the best clause, with the nearest clause that gives
// the reason or manner asked when it does not and both fit: "Because the
// spillway had been clogged …, the Dell River flooded the town …".
func withCueClause(q *question, text string, bounds []int, best int, fits func(a, b int) bool) (lo, hi int) {
	lo, hi = best, best+1
	cue := reasonCue
	if q.kind == qHow {
		cue = mannerCue
	}
	if cue.MatchString(text[bounds[lo]:bounds[hi]]) {
		return lo, hi
	}
	for d := 1; d < len(bounds); d++ {
		if k := best - d; k >= 0 && cue.MatchString(text[bounds[k]:bounds[k+1]]) && fits(k, hi) {
			return k, hi
		}
		if k := best + d; k+1 < len(bounds) && cue.MatchString(text[bounds[k]:bounds[k+1]]) && fits(lo, k+1) {
			return lo, k + 1
		}
	}
	return lo, hi
}

// A why or how question is answered by a sentence that says nearly all
// of it (restateCover) and goes on with words of its own (answerNewWords:
// "Regular fires minimize shrub and tree encroachment …" for "how do
// regular fires help?"); a sentence that only says the question again
// ("The signals were picked up in two ways.") is followed by its answer.
const (
	restateCover   = 0.8
	answerNewWords = 4
)

// newWords counts the words of a sentence, before any word of saying,
// that the question does not say (nor a near word of it): lower-case
// ones, as a name says who, not why or how.
func newWords(q *question, d *doc) int {
	text := d.text
	if loc := speechVerbRe.FindStringIndex(text); loc != nil {
		text = text[:loc[0]]
	}
	asked := map[string]bool{}
	for _, u := range q.units {
		asked[u.term] = true
		for _, s := range u.syns {
			asked[s] = true
		}
	}
	n := 0
	for _, t := range d.tokens {
		if t.end > len(text) {
			break
		}
		if r, _ := utf8.DecodeRuneInString(text[t.start:]); unicode.IsLower(r) && !asked[t.term] {
			n++
		}
	}
	return n
}

// goesOn reports whether the sentence after one that restates a why or
// how question goes on with its answer: the restating sentence announces
// it ("… picked up in two ways."), the next one refers back to what was
// said ("This", "The first"), or it gives a reason or a manner in so
// many words. "Mayor Hale opened a new pier in May.", "The dock was
// built in 1920." and "It was the third closure in a decade." go on
// with nothing asked.
func goesOn(q *question, restated, next string) bool {
	if announcing.MatchString(restated) || referringBack.MatchString(next) {
		return true
	}
	return q.kind == qWhy && givesReason(next) || q.kind == qHow && mannerCue.MatchString(next) // "The probe was prompted by …"
}

var (
	// announcing ends a sentence that announces what follows: "for two
	// reasons.", "in two ways:".
	announcing = lazyRE(`(?i)\b(?:reasons?|ways?|steps?|methods?|means)\s*[.:]?\s*$|:\s*$`)
	// referringBack opens a sentence that speaks of what was just said:
	// "This …", or "Initially introduced in 1909, this method …".
	referringBack = lazyRE(`^(?:This|That|These|Those|The first|First)\b|^[^,.;:]{0,40},\s+(?:this|these)\s+\pL+`)
)

// resultOfBefore matches the words by which a sentence says it follows
// from the one before: "therefore", "as a result, …", "Through this
// work, …".
var resultOfBefore = lazyRE(`(?i)\b(?:therefore|thus|consequently|hence|accordingly)\b|^(?:as a result|for this reason|as such),|^(?:through|because of|due to|thanks to|owing to|as a result of)\s+(?:this|that|these|those)\b`)

// followsFromBefore reports whether a sentence says it follows from the
// one before (resultOfBefore) and gives no reason of its own: not
// "Because the buses kept breaking down, the board therefore bought
// new ones", nor "The state changed its test, and comparisons are
// therefore difficult", whose first clause is the reason.
func followsFromBefore(sentence string) bool {
	loc := resultOfBefore.FindStringIndex(sentence)
	return loc != nil && !givesReason(sentence) && !clauseJoined.MatchString(sentence[:loc[0]])
}

// clauseJoined matches a clause joined to the next one: ", and", "; ".
var clauseJoined = lazyRE(`(?i),\s+(?:and|but|so)\s|;`)

// previousSentence is the sentence before an article sentence in its
// paragraph, or "" when it is the first.
func previousSentence(d *doc) string {
	if d.para == nil {
		return ""
	}
	from, _ := sentenceAround(d.para, d.start)
	if from == 0 {
		return ""
	}
	prevFrom, prevTo := sentenceAround(d.para, from-1)
	return strings.TrimSpace(d.para.Text[prevFrom:prevTo])
}

// nextSentence is the sentence after an article sentence in its
// paragraph, or "" when it is the last.
func nextSentence(d *doc) string {
	if d.para == nil {
		return ""
	}
	_, end := sentenceAround(d.para, d.start)
	if end >= len(d.para.Text) {
		return ""
	}
	from, to := sentenceAround(d.para, end)
	return strings.TrimSpace(d.para.Text[from:to])
}

// isQuestion reports whether a sentence is a question ("Can you climb
// that tree?"), which says nothing is so.
func isQuestion(sentence string) bool {
	return strings.HasSuffix(strings.TrimRight(sentence, " ”\"’'"), "?")
}

// saidInParagraph is what an article sentence says, with the names of
// the question its paragraph gives before it: "All the leatherback
// nests had already hatched" speaks of Hobe Sound when its paragraph
// opens with it.
func saidInParagraph(q *question, d *doc) said {
	in := d.said()
	if d.pass != nil {
		for _, t := range termsBetween(d.pass.tokens, 0, d.start) {
			if q.nameTerms[t] {
				in[t] = true
			}
		}
	}
	return in
}

// namesAll reports whether a sentence names every entry the question
// names: the fact sheet's names count for the sentence's cover only when
// it says them.
func namesAll(q *question, d *doc) bool {
	for _, id := range q.entities {
		if !slices.Contains(d.entities, id) {
			return false
		}
	}
	return true
}

// Coverage an answer sentence needs, and how long an answer line may be.
const (
	lineCover  = 0.6
	yesNoCover = 0.85
	// denyCover is the coverage a sentence needs to answer "No": less,
	// as it says the opposite or "not" of a question word in so many
	// words ("rarely traps" for "often catch").
	denyCover    = 0.7
	maxLineRunes = 300
)

// reasonCue and mannerCue find the words that give a reason ("because",
// "due to", "so that") or a manner ("by", "through", "using").
var (
	reasonCue = lazyRE(`(?i)\b(?:because|since|due to|so that|in order to|as a result|thanks to|owing to|the reason|that's why|which is why|led to|leads to|(?:prompted|caused|driven|triggered) by|(?:stems|stemmed|resulted|results) from)\b`)
	mannerCue = lazyRE(`(?i)\b(?:by|through|using|via|with the help of)\b`)
)

// clauseBefore is the clause a text ends with: what follows its last
// comma, colon or semicolon.
func clauseBefore(text string) string {
	return text[strings.LastIndexAny(text, ",;:")+1:]
}

// givesReason reports whether a sentence says a reason in so many words:
// "since" of time gives none, followed by a date, a number or "then"
// ("since June 2016", "since then"), or after "has been" in its clause
// ("had been under audit … since the crash"); "Since the pilings had
// rotted, …" and "has voted to close it since the pilings rotted" do.
func givesReason(sentence string) bool {
	for _, loc := range reasonCue.FindAllStringIndex(sentence, -1) {
		since := strings.EqualFold(sentence[loc[0]:loc[1]], "since")
		if !since || !sinceOfTime.MatchString(sentence[loc[1]:]) && !perfectTense.MatchString(clauseBefore(sentence[:loc[0]])) {
			return true
		}
	}
	return false
}

// givesPurpose reports whether a sentence says what something was done
// for, with an infinitive after its object: "donated the island to
// protect it", "wore glasses to track how long …". The verb of "voted to
// close", the noun of "the decision to close" and an infinitive of the
// asked verb itself ("raised money to rebuild" for "why did they
// rebuild?") give no purpose.
func (e *Engine) givesPurpose(q *question, sentence string) bool {
	for _, m := range purposeTo.FindAllStringSubmatchIndex(sentence, -1) {
		object, verb := sentence[m[2]:m[3]], strings.ToLower(sentence[m[4]:m[5]])
		if forSubject.MatchString(sentence[:m[2]]) {
			continue // "content for the coalition to carry out"
		}
		if objectOfAction(object) && lexicon.Base(verb) == verb && lexicon.Lookup(verb).POS&lexicon.Verb != 0 && !stopWord(verb) && !e.asksWord(q, verb) {
			return true
		}
	}
	return false
}

// purposeTo finds a word and the infinitive after it: "island to
// protect".
var purposeTo = lazyRE(`(?i)\b(\pL+)\s+to\s+(\pL+)`)

// forSubject ends the text before an infinitive's subject: "for the".
var forSubject = lazyRE(`(?i)\bfor\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:\pL+\s+)?$`)

// objectOfAction reports whether a word may end the object of an action
// an infinitive of purpose follows: a lower-case word English uses as a
// noun only, not a name ("Prince Edward Island to hold"), a pronoun
// ("asked them to") or a noun whose infinitive completes it ("the
// decision to", "the right to").
func objectOfAction(w string) bool {
	lex := lexicon.Lookup(w)
	return !opensWithCapital(w) && lex.POS == lexicon.Noun && !completedByInfinitive[lexicon.Base(w)]
}

// completedByInfinitive are nouns whose infinitive says what they are,
// not what something was done for.
var completedByInfinitive = map[string]bool{"decision": true, "right": true, "ability": true, "chance": true, "opportunity": true, "way": true, "time": true, "permission": true, "authority": true, "power": true, "failure": true, "refusal": true, "agreement": true, "promise": true, "offer": true, "request": true, "attempt": true, "effort": true, "plan": true, "proposal": true, "motion": true, "vote": true, "bill": true, "law": true, "deal": true, "contract": true, "license": true, "licence": true, "invitation": true, "tendency": true, "willingness": true, "desire": true, "wish": true, "intention": true, "reluctance": true, "eagerness": true, "first": true, "last": true, "one": true}

var (
	// sinceOfTime matches what follows a "since" of time: a date, a
	// number or "then".
	sinceOfTime = lazyRE(`(?i)^\s+(?:\d|then\b|(?:` + monthNames + `)\b)`)
	// perfectTense finds "has/have/had been", after which "since" says
	// since when ("had been under audit … since the crash").
	perfectTense = lazyRE(`(?i)\b(?:has|have|had)\s+(?:\w+\s+)?been\b`)
)

// noLonger reports whether a question asks about now ("still", "now")
// and the sentence speaks of the past ("once was listed").
func noLonger(question, sentence string) bool {
	return asksNow(question) && (pastWord.MatchString(sentence) || habitUsedTo(sentence))
}

// asksNow reports whether a question asks whether something holds now
// ("still", "now"), not at a year or decade it names: "were they still
// made in the 2000s?" is answered yes by "still manufactured at least
// until 2008".
func asksNow(question string) bool {
	return nowWord.MatchString(question) && !stillAtTime.MatchString(question)
}

// stillAtTime matches "still" and, after it, a year or decade it is
// asked at ("still being made in the 2000s"); not a year before it
// ("the bridge, opened in 1932, still carries") nor a count ("still
// employ 1200 workers").
var stillAtTime = lazyRE(`(?i)\bstill\b.*\b(?:in|during|by|through|throughout|until)\s+(?:the\s+)?(?:1[0-9]|20)[0-9]{2}(?:s|’s|'s)?\b`)

// habitUsedTo reports whether a sentence's "used to" tells of a past
// habit ("the ferry used to stop here"), not of a use: "are still used
// to transport cargo" says they are used now.
func habitUsedTo(sentence string) bool {
	for _, m := range usedTo.FindAllStringSubmatch(sentence, -1) {
		if !passiveBefore[strings.ToLower(m[1])] {
			return true
		}
	}
	return false
}

var (
	// usedTo finds "used to" and the word before it.
	usedTo = lazyRE(`(?i)(\pL+)\s+used\s+to\b`)
	// passiveBefore are the words before a "used to" of use, not habit.
	passiveBefore = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "still": true, "also": true, "now": true, "currently": true, "often": true, "mainly": true, "primarily": true, "widely": true}
)

// hedge finds the words by which a sentence only proposes, weighs,
// expects or reports a rumour of what it says ("caused rumors that the
// bridge had collapsed"), and so does not say it is so.
var hedge = lazyRE(`(?i)\b(?:had\s+(?:the\s+\pL+|he|she|they|it|we)\s+(?:not\s+)?(?:been|gone|\pL+ed)|petition\w*|propos\w+|consider\w*|evaluat\w+|whether|may|might|could|would|if|plans?|planned|planning|expects?|expected|hopes?|hoped|seeks?|sought|aims?|intends?|likely|possibly|perhaps|rumou?r\w*|alleg\w+|reportedly|supposedly)\b`)

var (
	// stillWord says a thing holds at the time of writing.
	stillWord = lazyRE(`(?i)\b(?:still|now|currently|today|remains?|remained|continues?|continued|retains?|ongoing)\b`)
	nowWord   = lazyRE(`(?i)\b(?:still|now|currently|today|anymore)\b`)
	pastWord  = lazyRE(`(?i)\b(?:once|formerly|no longer|previously|until)\b`)
)

// unmetQualifier reports whether a yes/no question qualifies its claim
// with a word of extent ("all over", "always", "only") that the sentence
// does not say, or the sentence makes an exception the question does not
// ("open every day except Monday"): the sentence then neither confirms
// nor denies it. "Ever" is no such word: "did they ever get within a
// point?" is answered by the one time they did.
func unmetQualifier(question, sentence string) bool {
	ls := strings.ToLower(sentence)
	if exception.MatchString(ls) && !exception.MatchString(strings.ToLower(question)) {
		return true
	}
	said := wordRe.FindAllString(ls, -1)
	for _, w := range extentWord.FindAllString(strings.ToLower(question), -1) {
		if !slices.Contains(said, w) {
			return true
		}
	}
	return false
}

var exception = lazyRE(`\b(?:except|excepting|apart from|other than|excluding|but not|unless)\b`)

var extentWord = lazyRE(`\b(?:all|every|everywhere|everyone|always|only|entire|entirely|whole|completely|never|most|exclusively|solely)\b`)

// negated reports whether a text says "not" in so many words.
func negated(text string) bool {
	return len(negationsIn(notOnly.ReplaceAllString(text, ""))) > 0
}

// notUntilClause matches "not … until" and what it waits for: "will not
// reopen until March".
var notUntilClause = lazyRE(`(?i)(?:\bnot\b|n['’]t\b)[^.,;]*?\buntil\s+([^.,;]+)`)

// untilAsAsked reports whether a sentence's "not … until T" says the
// thing is so at the time a question asks about, which it names: "The
// gym will not reopen until March" answers "will the gym reopen in
// March?" yes; "before she retired", "this year" or "now" it answers no.
func untilAsAsked(question, sentence string) bool {
	m := notUntilClause.FindStringSubmatch(sentence)
	lq := strings.ToLower(question)
	if m == nil || beforeAsked.MatchString(lq) {
		return false
	}
	if pastNotUntil.MatchString(sentence) && !presentAsked.MatchString(lq) {
		return true // "Searchers did not find his tent until the second day": they found it
	}
	for _, w := range wordRe.FindAllString(m[1], -1) {
		if r := []rune(w)[0]; (unicode.IsUpper(r) || unicode.IsDigit(r)) && containsWords(lq, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// pastNotUntil matches a "not … until" told in the past, which says the
// thing came about in the end.
var pastNotUntil = lazyRE(`(?i)\b(?:did not|didn['’]t|was not|wasn['’]t|were not|weren['’]t|had not|hadn['’]t)\b[^.,;]*?\buntil\b`)

// presentAsked matches a question about now or the time to come.
var presentAsked = lazyRE(`\b(?:is|are|am|will|won't|can|now|currently|still|this year|today)\b`)

// beforeAsked matches a question about a time before another: "before
// she retired", "already", "yet".
var beforeAsked = lazyRE(`\b(?:before|already|yet|earlier|sooner)\b`)

// mainClause is a question up to the clause it reports or subordinates:
// "who said that it wasn't worse" asks who said it, not who did not.
func mainClause(question string) string {
	if loc := subordinate.FindStringIndex(question); loc != nil {
		return question[:loc[0]]
	}
	return question
}

// subordinate finds where a question's reported or subordinate clause
// starts: at a word of saying ("said that …"), or at "because", "if". A
// bare "that" is mostly relative ("bats that live in the cave are not
// …") and cuts nothing.
var subordinate = lazyRE(`(?i)\b(?:` + wordsPattern(speechVerbs, thinkVerbs, []string{"because", "although", "though", "if", "whether"}) + `)\b`)

// notOnly is "not only", which adds rather than denies, and "no matter
// what" and "no doubt", which insist.
var notOnly = lazyRE(`(?i)\b(?:not only|no matter|no doubt)\b`)

// negationsIn finds a text's denials (negation), but "declined to" a
// figure, which says it fell: "sales declined to 200 units".
func negationsIn(text string) [][]int {
	return slices.DeleteFunc(negation.FindAllStringIndex(text, -1), func(loc []int) bool {
		return strings.HasPrefix(strings.ToLower(text[loc[0]:loc[1]]), "declin") && figureNext.MatchString(text[loc[1]:]) ||
			numberSignAt(text, loc) // "Signal No.1", "Signal No 8"
	})
}

// numberSignAt reports whether the "No" at loc is a number's sign, not a
// denial: "No.1", "No. 3", or "No 8" after a name's capitalised word
// ("Signal No 8"); not "no 5G masts" nor "No 18-year-old drivers".
func numberSignAt(text string, loc []int) bool {
	word, after := text[loc[0]:loc[1]], text[loc[1]:]
	switch {
	case !strings.EqualFold(word, "no"):
		return false
	case numberSign.MatchString(after):
		return true
	}
	before := strings.Fields(text[:loc[0]])
	return word == "No" && spacedNumber.MatchString(after) && len(before) > 0 && opensWithCapital(before[len(before)-1]) && !strings.ContainsAny(before[len(before)-1], ".!?")
}

var (
	// numberSign matches the full stop and number after "No" that make
	// it the sign of a number: "No.1", "No. 3".
	numberSign = lazyRE(`^\.\s?\d`)
	// spacedNumber matches a number after a space: " 8".
	spacedNumber = lazyRE(`^\s\d`)
)

// figureNext matches a figure opening a text: " 200", " four percent".
var figureNext = lazyRE(`(?i)^\s+(?:\$|\d|(?:` + strings.Join(numberWords, "|") + `)\b|about\b|around\b|nearly\b|roughly\b|just\b)`)

// negation matches the words that deny what follows them: "not", "no",
// and the verbs that say a thing was not done ("failed to", "refused to
// accept", "declined to sign", "just missing out on a century", "ruled
// out arson", "rejected a tax rise", "voted down", "fell short of",
// "has yet to be determined");
// negationsIn leaves out "declined to" a figure.
var negation = lazyRE(`(?i)\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|cannot|unable|fail(?:s|ed|ing)? to|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|miss(?:es|ed|ing)? out(?: on)?|rul(?:e|es|ed|ing) out|reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|(?:vot|turn)(?:e|es|ed|ing|s)? down|(?:just|fell|falls|falling|stopped|stops|came|comes|well)\s+short\s+of|(?:has|have|had|is|are|was|were)\s+yet\s+to)\b|n[’']t\b`)

// moneyAt reports whether a number span is, or is inside, one of a
// text's amounts of money (moneySpans).
func moneyAt(money []span, n span) bool {
	return slices.ContainsFunc(money, func(m span) bool { return m.start < n.end && n.start < m.end })
}

// anchorDistance is how near a candidate stands to the question's words
// in its sentence (from, to), in bytes, or -1 when none is there; inside
// tells whether one is within the candidate. A word of the question
// inside it is no answer to it, but for one after the verb of a count's
// own clause: "At least 312 people were injured" says what "how many
// were injured?" counts.
func anchorDistance(q *question, text string, c span, anchors []Span, from, to int) (dist int, inside bool) {
	dist = -1
	for _, a := range anchors {
		if a.Start < from || a.End > to {
			continue
		}
		if a.Start >= c.start && a.End <= c.end {
			inside = true
			if q.kind != qCount || !beVerb.MatchString(text[c.start:a.Start]) {
				continue
			}
		}
		d := max(c.start-a.End, a.Start-c.end, 0)
		if a.End <= c.start && joinedBefore.MatchString(text[a.End:c.start]) {
			// "176 miles from San Diego and three miles from the
			// ship": San Diego ends the first conjunct, whose count
			// it goes with.
			d += conjunctGap
		}
		if dist < 0 || d < dist {
			dist = d
		}
	}
	return dist, inside
}

// joinedBefore matches the gap between the last word of one conjunct
// and a candidate opening the next: " and ", ", and ", " or ".
var joinedBefore = lazyRE(`^\s*,?\s*(?:and|or|but)\s+$`)

// conjunctGap is how much farther, in bytes, a word that ends the
// conjunct before a candidate stands from it than its distance says.
const conjunctGap = 8

// beVerb matches a form of "be" or "have", which puts what follows a
// count in its own clause: "312 people were injured".
var beVerb = lazyRE(`(?i)\b(?:were|was|are|is|been|had|have|has)\b`)

// withoutAmountsEach leaves out the sums a text gives for each of
// something after a sum in all ("£160,000 in compensation: £500 for
// each fatality"), which say how much per one; a question that asks per
// one ("how much for each family?") is answered by those alone. Either
// holds only when the text gives such a sum. A price with no sum in all
// before it ("Tickets cost $20 each") stays.
func withoutAmountsEach(q *question, text string, out []span) []span {
	each := asksEach.MatchString(q.text)
	perOne := func(c span) bool {
		from := strings.LastIndexAny(text[:c.start], ".!?") + 1
		return amountEach.MatchString(text[c.end:]) && slices.ContainsFunc(out, func(o span) bool { return o.start >= from && o.end <= c.start })
	}
	return keepSome(out, func(c span) bool { return perOne(c) != each })
}

var (
	// amountEach matches, right after a sum, the one it is paid for:
	// " for each fatality", " per ton", " apiece".
	amountEach = lazyRE(`(?i)^\s+(?:for\s+(?:each|every)|per|each|apiece)\b`)
	// asksEach matches a question that asks a sum for each one.
	asksEach = lazyRE(`(?i)\b(?:each|every|per|apiece|a head|a piece)\b`)
)

// basedOfAsked is the place of the paragraph's i-th name when it says
// where a name the question (in lower case) asks about is based: "a
// United Kingdom-based company" after "Fish Guidance Systems, ", or
// "Luxembourg-based" before "CAE Aviation". ok is false for any other
// name, and for a place based thus that the question does not ask of.
func basedOfAsked(lq string, p *passage, i int) (span, bool) {
	s := p.names[i]
	base, rest, ok := strings.Cut(s.text+" ", "-based ")
	if !ok || base == "" {
		return span{}, false
	}
	place := span{s.start, s.start + len(base), base}
	if rest != "" {
		// one name of the two: "Luxembourg-based CAE Aviation"
		return place, namedIn(lq, strings.TrimSpace(rest))
	}
	if i+1 < len(p.names) && strings.TrimSpace(p.text[s.end:p.names[i+1].start]) == "" && namedIn(lq, p.names[i+1].text) {
		return place, true
	}
	if i > 0 && basedAfterName.MatchString(p.text[p.names[i-1].end:s.start]) && namedIn(lq, p.names[i-1].text) {
		return place, true
	}
	return span{}, false
}

// asksBase matches a "where" question for where something is based:
// "where is X based?", "where is X?", "where is X from?"; not "where
// did the X plane crash?".
var asksBase = lazyRE(`\b(?:based|headquartered|located)\b|^where(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\b[^?]*?(?:\bfrom\b)?\s*\??$`)

// basedAfterName matches what stands between a name and a place it is
// based in, set in apposition: ", a ", ", an ".
var basedAfterName = lazyRE(`^,\s+(?:a|an|the)\s+$`)

// namedAsModifier reads the paragraph's i-th name when it stands before a
// noun, for a "who" or "where" question: skip is set when the name only
// describes the one named after it ("led by Norwegian climber Ingrid
// Halvorsen": she led it; "joined by NASA astronaut Loral O'Hara": she
// did, though "which agency" asks NASA), and group is the people a name
// calls by their country ("attacked Iraqi citizens": the people are
// "Iraqi citizens", not "Iraqi"; "a German demand" stays "German").
func (e *Engine) namedAsModifier(q *question, p *passage, i int) (group span, skip bool) {
	text, s := p.text, p.names[i]
	if q.kind == qPerson && q.asked != corpus.KindOrganisation && e.modifiesPersonNamed(p, i) {
		return span{}, true
	}
	if q.kind == qPerson && !containsWords(strings.ToLower(q.core), "whose") && namesAThing(text, s) && e.personNamedBefore(p, i) {
		// "the Hugh Nawn company" is a company, who may answer; "the
		// Art Bell radio program" a program, who may not.
		group := peopleNamedBy(text, s)
		return group, group.text == ""
	}
	if q.kind == qPerson && q.asked != corpus.KindOrganisation && strings.Contains(s.text, " ") {
		if group := personNamedBy(text, s); group.text != "" {
			return group, false // "a National Park Service archaeologist found it": the archaeologist did
		}
	}
	if q.kind != qPerson && q.kind != qPlace || !modifiesNoun(text, s) {
		return span{}, false
	}
	if nounThenName.MatchString(text[s.end:]) {
		return span{}, true
	}
	if q.kind == qPerson {
		return peopleNamedBy(text, s), false
	}
	return span{}, false
}

// namesAThing reports whether a person's name of two words or more
// stands between "the" and a common noun it names: "the Art Bell radio
// program" is a program, and when another person's name comes before it
// in its sentence ("Shramek called the Art Bell radio program"), whoever
// did it is not Art Bell; "the Hugh Nawn company" a company. Alone in
// its sentence the name may well be the doer ("the Joe Biden campaign
// raised $5 million"), and "whose radio program" asks for it.
func namesAThing(text string, s span) bool {
	return strings.Contains(s.text, " ") && givenNamed(strings.Fields(s.text)) && theBefore(strings.ToLower(strings.TrimRight(text[:s.start], " "))) && nounNext(text[s.end:])
}

// personNamedBefore reports whether a person's name stands before a
// paragraph's i-th name in the same sentence ("Shramek", named in full
// before).
func (e *Engine) personNamedBefore(p *passage, i int) bool {
	from, _ := p.sentenceAt(p.names[i].start)
	for _, o := range p.names[:i] {
		if o.start >= from && e.kindOfSpan(p, o) == "person" {
			return true
		}
	}
	return false
}

// indefiniteBefore matches "a" or "an", and a word in lower case
// after it, right before a name: "a former Confederate", "an Argentine"
// say what someone is, and name no one. Only a one-word name is read
// so: "a young Tom Hale" names him.
var indefiniteBefore = lazyRE(`\b(?i:a|an)\s+(?:\p{Ll}+\s+)?$`)

// headEnds matches what may follow a name that ends its noun phrase: a
// stop, or "and" and a noun ("a former Confederate and slaveholder"),
// not a noun it describes ("an NTSB team", "a Monroe County Sheriff's
// deputy", which may well answer "which agency").
var headEnds = lazyRE(`^(?:[,.;:)]|\s+(?:and|or)\s+\p{Ll})`)

// describesOrIsAsked reports whether a name cannot answer a "who"
// question: it says what someone is ("Akerman, a former Confederate and
// slaveholder": what he was, not who), or is the holder of a title the
// question itself names ("failed to sway Arizona Governor Jane Dee Hull"
// is the governor "which people tried to get the governor to …" names,
// not who tried).
func (e *Engine) describesOrIsAsked(q *question, text string, s span) bool {
	if !strings.Contains(s.text, " ") && indefiniteBefore.MatchString(lookBehind(text, s.start)) && headEnds.MatchString(text[s.end:]) {
		return true
	}
	return !q.define && e.titledAsAsked(q, text, s)
}

// modifiesPersonNamed reports whether the paragraph's i-th name only
// says whose the person named right after it is, through a role in
// lower case between them ("joined by NASA astronaut Loral O'Hara"):
// the person answers "who", not NASA ("which agency" asks NASA). The
// role ends in a word for a person ("astronaut", "chief engineer"), and
// no verb stands between ("NASA sent astronaut Loral O'Hara", "Mobutu
// accused Kamitatu", "Ann Lee faces Tom Hale").
func (e *Engine) modifiesPersonNamed(p *passage, i int) bool {
	return roleBeforeNext(p, i) && e.kindOfSpan(p, p.names[i+1]) == "person"
}

// roleBeforeNext reports whether a passage's i-th name is followed by
// the words of a role and then the next name: "American Woolen Company
// president William Wood".
func roleBeforeNext(p *passage, i int) bool {
	if i+1 >= len(p.names) {
		return false
	}
	m := roleBetween.FindStringSubmatch(p.text[p.names[i].end:p.names[i+1].start])
	if m == nil {
		return false
	}
	words := strings.Fields(m[1])
	// Not "Ann Lee faces Tom Hale": a verb, no role; nor "Eric Lopez and
	// nurse Tiffany Massenburg": two people.
	return personNoun(words[len(words)-1]) && !slices.ContainsFunc(words, pastOrVerbForm) && !slices.ContainsFunc(words, pastOfVerb) && !slices.ContainsFunc(words, coordinating)
}

// coordinating reports whether a word joins two of a kind: "and", "or".
func coordinating(w string) bool {
	switch w {
	case "and", "or", "nor", "with", "but":
		return true
	}
	return false
}

// roleBetween matches one to three words in lower case between two
// names: "astronaut", "chief engineer".
var roleBetween = lazyRE(`^\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3})$`)

// officeName reports whether a name is an office's: a title and what
// it is of ("Secretary of State", "Minister of Defence"), and perhaps a
// place or a field it is for ("Secretary of State for Wales").
func officeName(name string) bool {
	head, rest, ok := strings.Cut(name, " of ")
	if _, whose, held := strings.Cut(rest, " for "); held {
		// "Secretary of State for President George W. Bush" is the
		// office and whom it served, no office's name
		if f := strings.Fields(whose); isTitleWord(f[0]) || givenNamed(f) {
			return false
		}
	}
	return ok && !strings.Contains(head, " ") && isTitleWord(head)
}

// withoutOtherDimension leaves out, for "how long", the lengths a text
// says are another dimension ("a 0.5 meter diameter, 35-meter tunnel":
// the tube is 35 meters long), when it gives any other.
func withoutOtherDimension(text string, out []span) []span {
	return keepSome(out, func(m span) bool { return otherDimension.MatchString(text[m.end:]) })
}

// otherDimension matches, right after a length, a dimension other than
// how long a thing is: " diameter", " in width", " tall".
var otherDimension = lazyRE(`(?i)^\s*(?:in\s+)?(?:diameter|wide|width|tall|high|height|deep|depth|thick|thickness|radius)\b`)

// ofDesignationAsked leaves out the dates a text gives, in their own
// phrase, to another numbered name than the one a question asks about
// ("the launch of SpaceX Demo-2 in 2020" for "when did Crew-8
// launch?"), when it gives any other.
func ofDesignationAsked(asked []string, text string, dates []span) []span {
	if len(asked) == 0 {
		return dates
	}
	other := func(c span) bool {
		phrase := lookBehind(text, c.start)
		cut := strings.LastIndexAny(phrase, ",;–—().!?")
		if relativeOpen.MatchString(phrase[cut+1:]) {
			// "the Crew-8 launch, which docked March 5": the launch's
			// date, told in the clause that describes it.
			cut = strings.LastIndexAny(phrase[:max(cut, 0)], ",;–—().!?")
		}
		names := numberedName.FindAllStringSubmatch(phrase[cut+1:], -1)
		isAsked := func(m []string) bool { return slices.Contains(asked, strings.ToLower(m[1]+" "+m[2])) }
		// "The Lyra-4 crew lifted off aboard a Vega 7 rocket on March
		// 3": the phrase is Lyra-4's too.
		return !slices.ContainsFunc(names, isAsked) && len(names) > 0
	}
	return slices.DeleteFunc(slices.Clone(dates), other)
}

// relativeOpen matches a phrase that opens with a relative pronoun,
// which describes the noun before its comma.
var relativeOpen = lazyRE(`^\s*(?:which|who|that)\b`)

// namesJoinedByAnd joins the candidate names a text lists with "and" or
// "or" closing the list ("Senator Mitch McConnell and Congressman James
// Comer", "Wills, King and Gray"): who did something may be several,
// and a "who VERBed" question wants them all. A name set beside another
// by a comma alone is no list ("in both Houses of Parliament, the
// Secretary of State").
func namesJoinedByAnd(text string, cands []span) []span {
	var out []span
	for i := 0; i < len(cands); i++ {
		j := i
		for j+1 < len(cands) && cands[j].end <= cands[j+1].start && listGap(text[cands[j].end:cands[j+1].start]) {
			j++
		}
		for j > i && !andOr.MatchString(text[cands[j-1].end:cands[j].start]) {
			j-- // the list ends at its last "and"
		}
		if j > i && verbAfterName(text[cands[j].end:]) && !pluralVerbNext.MatchString(text[cands[j].end:]) {
			// "given by Robert Gates and Operation Odyssey Dawn was
			// executed": "and" joins two clauses; "Eric Lopez and nurse
			// Tiffany Massenburg were the first" lists the subject.
			j = i
		}
		out = append(out, span{cands[i].start, cands[j].end, text[cands[i].start:cands[j].end]})
		i = j
	}
	return out
}

// seriesOfNames widens each candidate to the series of the passage's
// names it closes or is part of, when the series ends with "and" or "or"
// and lists three or more: "Juncadella, Ticktum, Sims and Hughes rounded
// out the top ten" answers "who rounded out the top ten?" with all four,
// though only Hughes was read as a person. Names joined in a series are
// of one kind. A series holding a name the question says is not widened
// to: "who raced with Sims?" is not answered by Sims's series.
func seriesOfNames(q *question, p *passage, cands []span) []span {
	lq := strings.ToLower(q.text)
	series := p.series.get(func() []span { return namesSeries(p) })
	out := make([]span, 0, len(cands))
	for _, c := range cands {
		i := slices.IndexFunc(series, func(s span) bool { return s.start <= c.start && c.end <= s.end })
		if i >= 0 && !namesAskedIn(lq, p.names, series[i]) {
			c = series[i]
		}
		if n := len(out); n > 0 && out[n-1] == c {
			continue // two candidates of one series
		}
		out = append(out, c)
	}
	return out
}

// namesSeries lists the series of names a text joins with commas and one
// closing "and" or "or": three or more, or two with no verb of their own
// after them (clausesJoined). A series stops at its "and" (", and Mia
// Chen chaired …" opens a clause), holds no title ("Chief Justice") or
// name that opens with a little word ("In Kell"), starts past a fronted
// phrase's name ("Unlike Ann Lee, Tom Hale and Dan Ruiz voted …"), and
// has at most maxSeries names.
func namesSeries(p *passage) []span {
	text, names := p.text, p.names
	var out []span
	for i := 0; i < len(names); i++ {
		if fronted(p, i) {
			continue
		}
		j, commas, closed := seriesRun(p, i)
		if !closed || j-i+1 > maxSeries || slices.ContainsFunc(names[i:j+1], notInSeries) {
			// A run refused is refused whole, not read again from its
			// next name: nine signers are no series of the last eight.
			i = j
			continue
		}
		if j-i >= 2 && commas > 0 || j == i+1 && !clausesJoined(text[names[j].end:]) && !namesGoOn(p, j) {
			start := namedFrom(p, names[i])
			out = append(out, span{start, names[j].end, text[start:names[j].end]})
			i = j
		}
	}
	return out
}

// seriesRun is how far the run of names from the passage's name at i
// goes (the index of its last, j), joined by commas and one "and" or
// "or" (closed, when it has one), and how many of its gaps hold a comma.
func seriesRun(p *passage, i int) (j, commas int, closed bool) {
	for j = i; !closed && j+1 < len(p.names) && p.names[j].end <= p.names[j+1].start; j++ {
		gap := p.text[p.names[j].end:p.names[j+1].start]
		if !seriesGap.MatchString(gap) {
			break
		}
		closed = andOr.MatchString(gap)
		if strings.HasPrefix(gap, ",") {
			commas++
		}
	}
	return j, commas, closed
}

// namesGoOn reports whether the name at j of a passage's names is cut
// short or modifies what follows it: another name comes after it past
// "and" ("U.S. Fish and Wildlife agents") or past lower-case words only
// ("Ashford architect Tom Hale"), so it is no second name of a pair.
func namesGoOn(p *passage, j int) bool {
	if j+1 >= len(p.names) {
		return false
	}
	gap := p.text[p.names[j].end:p.names[j+1].start]
	return namePrefixGap.MatchString(gap)
}

// namePrefixGap matches the words between a name that modifies the next
// and that name: "and", or one to three lower-case words.
var namePrefixGap = lazyRE(`^\s+(?:and|of|&|(?:\p{Ll}[\p{Ll}-]*\s+){1,3})\s*$`)

// maxSeries is the most names a series may hold to be one answer line.
const maxSeries = 8

// seriesGap matches what stands between two names of a series: a comma,
// "and" or "or", or both, with "the" only after "and" ("Sir John
// Lawrence and the Corporation of London"): after a bare comma it opens
// an apposition ("Tom Hale, the Kell Rovers and England striker").
var seriesGap = lazyRE(`^(?:,\s*|\s+)(?:(?:and|or|&)\s+(?:the\s+)?)?$`)

// notInSeries reports whether a name is no item of a series: an
// abbreviated title ("Col"), or a span that opens with a little word,
// read as a name only for its capital ("In Kell", "At Wembley").
func notInSeries(n span) bool {
	first, _, _ := strings.Cut(n.text, " ")
	return corpus.AbbreviatedTitle(n.text) || stopWord(strings.ToLower(first))
}

// namedFrom is where a series' first name starts, past a plural common
// noun a sentence opens it with: "Singers Ann Lee, Tom Hale and Dan Ruiz
// performed" lists the three singers.
func namedFrom(p *passage, n span) int {
	first, rest, ok := strings.Cut(n.text, " ")
	lw := strings.ToLower(first)
	if from, _ := p.sentenceAt(n.start); !ok || from != n.start || !lexicon.Lookup(lw).Common() || lexicon.GivenName(first) || lexicon.Base(lw) == lw {
		return n.start // "Real Madrid", "Saint Laurent": no plural noun opens them
	}
	return n.end - len(rest)
}

// fronted reports whether a name ends a phrase fronted before its
// sentence's subject, with a comma right after it and a preposition
// right before it (frontingWord): in the sentence's first three words
// ("Unlike Ann Lee,", "According to Ann Lee,", "For Rovers,"), or later,
// when a verb follows the names the comma goes on to ("and in Kell, Ann
// Lee and Tom Hale won seats").
func fronted(p *passage, i int) bool {
	n := p.names[i]
	if !strings.HasPrefix(p.text[n.end:], ",") {
		return false
	}
	from, _ := p.sentenceAt(n.start)
	before := strings.Fields(p.text[from:n.start])
	if len(before) > 0 && strings.HasSuffix(before[len(before)-1], ",") {
		return false // "In 2018, James Lindsay, Peter Boghossian and …": the phrase closed before it
	}
	if len(before) == 0 || !frontingWord[strings.ToLower(before[len(before)-1])] {
		return false // "Democratic senators Ann Lee, Tom Hale, …" is the series' own start
	}
	if len(before) <= 3 {
		return true
	}
	j, _, _ := seriesRun(p, i)
	return verbAfterName(p.text[p.names[j].end:]) // the names the comma goes on to are a clause's subject
}

// frontingWord are the words that open a phrase a sentence may set
// before its subject, ending on a name: "Unlike Ann Lee,", "According to
// Ann Lee,", "For Rovers,", "In Kell,".
var frontingWord = map[string]bool{"unlike": true, "to": true, "from": true, "for": true, "besides": true, "except": true, "like": true, "in": true, "at": true, "on": true, "with": true, "without": true, "after": true, "before": true, "behind": true, "despite": true, "against": true, "beside": true, "among": true, "by": true, "of": true, "than": true, "near": true, "outside": true, "inside": true}

// clausesJoined reports whether the "and" before the last of two names
// joins two clauses rather than the names: a verb after it, maybe past
// an adverb ("given by Robert Gates and Operation Odyssey Dawn was
// executed", "to Ashford and Tom Hale then scored"), or an apposition.
func clausesJoined(after string) bool {
	if strings.HasPrefix(after, ",") {
		return true
	}
	if m := nextWord.FindStringSubmatch(after); m != nil && adverbBefore(strings.ToLower(m[1])) {
		after = after[len(m[0]):]
	}
	return verbAfterName(after) && !pluralVerbNext.MatchString(after)
}

// adverbBefore reports whether a word is an adverb that may stand between
// a subject and its verb: "then", "later", "also", "quickly".
func adverbBefore(w string) bool {
	pos := lexicon.Lookup(w).POS
	return pos&lexicon.Adverb != 0 && pos&lexicon.Verb == 0
}

// namesAskedIn reports whether a question says one of the names inside a
// span of the text.
func namesAskedIn(lq string, names []span, in span) bool {
	return slices.ContainsFunc(names, func(n span) bool {
		return in.start <= n.start && n.end <= in.end && strings.Contains(lq, strings.ToLower(n.text))
	})
}

// listGap reports whether the text between two names joins them in a
// list: a comma or "and", perhaps with the next one's role after it
// ("Eric Lopez and nurse Tiffany Massenburg").
func listGap(gap string) bool {
	if coordinator.MatchString(gap) {
		return true
	}
	m := andRole.FindStringSubmatch(gap)
	if m == nil {
		return false
	}
	role := strings.ToLower(lastWordOf(m[1]))
	return personNoun(role) && lexicon.Lookup(role).POS&lexicon.Adjective == 0 // "and white Democrats" says what they are
}

// andRole matches "and" and a role of one or two words in lower case
// between two names.
var andRole = lazyRE(`^,?\s+(?:and|or)\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,2})$`)

// verbAfterName reports whether a verb comes right after a name, which
// makes the name the subject of a clause of its own: " was executed",
// " won the doubles title".
func verbAfterName(after string) bool {
	m := nextWord.FindStringSubmatch(after)
	return m != nil && (auxiliary[strings.ToLower(m[1])] || pastOrVerbForm(strings.ToLower(m[1])))
}

// andOr matches a list's closing "and" or "or".
var andOr = lazyRE(`\b(?:and|or|&)\b`)

// siteOf reports whether an organisation's name is a site the text puts
// something at: a center, a laboratory, a hospital or a museum after "at",
// "from", "in" ("launched from the agency's Kennedy Space Center in
// Florida": the center says where, more exactly than Florida).
func siteOf(name, before string) bool {
	return siteHeads[lastNameWord(name)] && atSite.MatchString(before)
}

// siteHeads are the last words of an organisation's name that is a
// place too.
var siteHeads = map[string]bool{"center": true, "centre": true, "laboratory": true, "hospital": true, "museum": true}

// atSite matches a preposition of place before a name, with "the" and
// an owner between: "from the agency's ", "at ".
var atSite = lazyRE(`(?i)\b(?:at|from|in|to|near|inside|outside)\s+(?:the\s+)?(?:[\pL-]+['’]s\s+)?$`)

// withoutJointCounts leaves out the counts a text gives of two nouns
// together ("17 passengers and crews"), which count no one of them,
// when the question asks for one ("how many passengers": the "15
// passengers and 2 crews" of another sentence).
func (e *Engine) withoutJointCounts(q *question, text string, out []span) []span {
	if q.counted == "" || strings.Contains(strings.ToLower(q.text), " and ") {
		return out
	}
	return slices.DeleteFunc(out, func(c span) bool {
		m := jointNoun.FindStringSubmatch(text[c.end:])
		return m != nil && m[2] == "" && !quantityWords[m[1]] && nounNoVerb(m[1]) && slices.Contains(e.an.terms(c.text), q.counted)
	})
}

// jointNoun matches, right after a count and its noun, another plural
// noun it counts too: " and crews", " or their families"; not " and
// dozens of crew members", a count of its own.
var jointNoun = lazyRE(`^\s+(?:and|or|&)\s+(?:their\s+)?(\p{Ll}+s)\b(\s+of\b)?`)

// pastOfVerb reports whether a word in "-ed" is a verb's past though
// WordNet files it as a word of its own ("accused", "the accused"),
// which pastEd does not see.
func pastOfVerb(w string) bool {
	return strings.HasSuffix(w, "ed") && lexicon.VerbOf(w) != ""
}

// fieldOfPeople reports whether a name of people ("… Professional
// Engineers", "Women") and a one-word field after "in" ("Government",
// "Aviation") are one name: the field is a common noun, no place.
func fieldOfPeople(people, field []string) bool {
	last := strings.ToLower(people[len(people)-1])
	if len(field) != 1 || lexicon.Base(last) == last || !personNoun(lexicon.Base(last)) {
		return false
	}
	x := lexicon.Lookup(strings.ToLower(field[0]))
	return x.POS&lexicon.Noun != 0 && !x.Capital && x.Kind != "place"
}
