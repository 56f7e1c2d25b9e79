package index

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"storybot/index/internal/lexicon"
)

// Yes/no answers: "Yes" or "No" before the article sentence that says so.

// yesNoLine answers a yes/no question with an article sentence that says
// all of it: "No" when it says the opposite of one of its words ("rarely"
// for "often", "north" for "south") or says "not" where the question
// does not, "Yes" when it agrees in so many words; anything less gives
// no line.
func (e *Engine) yesNoLine(q *question, d *doc, text string) string {
	line := e.yesNoVerdict(q, d, text)
	if !asksAnyAtAll.MatchString(q.text) {
		return line
	}
	if strings.HasPrefix(line, "Yes: ") && !e.saysAskedOutsideNames(q, d.text) {
		// "were there any deaths?" is not answered yes by "SWOT Helps
		// Gauge the Depth of Death Valley's Lake".
		return ""
	}
	if strings.HasPrefix(line, "Yes: ") && asksAnyone.MatchString(q.text) && !e.namesSomeone(d) {
		// "did anyone survive?" asks of people: "the storm was able to
		// survive the crossing", "her surviving wreckage" name none.
		return ""
	}
	if strings.HasPrefix(line, "No: ") && !e.deniesAnyAtAll(q, d.text) {
		// "did anyone die?" asks whether there was any at all: it is
		// denied by "no one died" or "there were no deaths", not by a
		// sentence that says one person lived ("The royal family
		// survived"), that another thing was not done ("No one was
		// prosecuted for either death"), or says "no" of anything else
		// ("there is no way we are going to …": "go" is a near word of
		// "die").
		return ""
	}
	return line
}

// asksAnyAtAll matches a question whether there was any at all: "did
// anyone die?", "were there any injuries?", "was somebody arrested?".
var asksAnyAtAll = lazyRE(`(?i)\b(?:anyone|anybody|any|someone|somebody)\b`)

// asksAnyone finds a question's "anyone", "anybody", "someone",
// "somebody": whether any person did.
var asksAnyone = lazyRE(`(?i)\b(?:anyone|anybody|someone|somebody)\b`)

// namesSomeone reports whether a sentence names a person: by a noun
// WordNet files under person ("crew members", "passengers", "a woman")
// or a person's name.
func (e *Engine) namesSomeone(d *doc) bool {
	for _, w := range wordRe.FindAllString(strings.ToLower(d.text), -1) {
		if peopleWords[w] {
			return true
		}
		if x := lexicon.Lookup(w); x.Common() && x.POS&lexicon.Noun != 0 && whoNoun(lexicon.Base(w), false) {
			return true
		}
	}
	if d.pass == nil {
		return false
	}
	for _, n := range d.pass.names {
		if n.start >= d.start && n.end <= d.start+len(d.text) && (e.kindOfSpan(d.pass, n) == "person" || e.fullNames[n.text] != "") {
			return true
		}
	}
	return false
}

// peopleWords are the pronouns and plurals that stand for people,
// which WordNet does not file under person: "He was promptly arrested",
// "Two people died". Not "her", which is as often a ship's ("her
// surviving wreckage").
var peopleWords = map[string]bool{"he": true, "she": true, "him": true, "they": true, "them": true, "we": true, "us": true, "people": true, "persons": true, "everyone": true, "fatalities": true, "casualties": true}

// noneAtAll matches the words that say there was none: "no", "no one",
// "nobody", "never", "not any".
var noneAtAll = lazyRE(`(?i)\b(?:no|none|nobody|never|(?:not|n[’']t)\s+(?:any|anyone|anybody|a\s+single))\b`)

// deniesAnyAtAll reports whether a sentence says there was none of what
// a question asks: one of its words, or a near word that WordNet relates
// both ways ("death" and "die", "injury" and "hurt"; not "change" or
// "go", which "death" and "die" list among theirs), within a few words
// after "no", "nobody" or "never", before any "besides" or "except".
func (e *Engine) deniesAnyAtAll(q *question, sentence string) bool {
	for _, loc := range noneAtAll.FindAllStringIndex(sentence, -1) {
		if numberSignAt(sentence, loc) {
			continue // "the Stand By Signal No.1 was hoisted" denies nothing
		}
		for _, w := range wordRe.FindAllString(sentence[loc[1]:], deniedWithin) {
			if exceptWord[strings.ToLower(w)] {
				break // "took no action (besides arresting some of the victims)"
			}
			if e.saysAskedWordAsSuch(q, w) {
				return true
			}
		}
	}
	return false
}

// saysAskedOutsideNames reports whether a sentence says one of a
// question's words (saysAskedWordAsSuch) other than in a name: "Death
// Valley" says nothing of a death.
func (e *Engine) saysAskedOutsideNames(q *question, sentence string) bool {
	names := nameSpans(sentence)
	for _, m := range wordRe.FindAllStringIndex(sentence, -1) {
		inName := slices.ContainsFunc(names, func(n span) bool { return n.start <= m[0] && m[1] <= n.end })
		if !inName && e.saysAskedWordAsSuch(q, sentence[m[0]:m[1]]) {
			return true
		}
	}
	return false
}

// exceptWord are the words that set aside what follows from a "no".
var exceptWord = map[string]bool{"else": true, "besides": true, "except": true, "excepting": true, "apart": true, "but": true, "save": true, "other": true}

// saysAskedWordAsSuch reports whether a word is one of a question's own
// words, or a near word of one that counts it among its own near words.
func (e *Engine) saysAskedWordAsSuch(q *question, w string) bool {
	return e.saysAskedWordIf(q, w, func(u unit, w string) bool { return relatedBothWays(u.word, w) })
}

// relatedBothWays reports whether WordNet lists each of two words among
// the other's near words, by their base forms: a participle it lists as
// an adjective of its own ("injured") by its verb's.
func relatedBothWays(a, b string) bool {
	a, b = relatedBase(a), relatedBase(b)
	return slices.Contains(lexicon.Related(a), b) && slices.Contains(lexicon.Related(b), a)
}

// relatedBase is the base form of a word WordNet relates others to.
func relatedBase(w string) string {
	w = lexicon.Base(strings.ToLower(w))
	if v := lexicon.VerbOf(w); v != "" && len(lexicon.Related(w)) == 0 {
		return v
	}
	return w
}

// yesNoVerdict is yesNoLine before its check of a question whether
// there was any at all.
func (e *Engine) yesNoVerdict(q *question, d *doc, text string) string {
	first, second := alternatives(q.text)
	if choice, ok := e.chosen(q.text, first, second, d.text); ok {
		return choice + ": " + text // "in Ohio or Michigan?": "Michigan: …"
	}
	if copulaOpens.MatchString(q.text) && eitherOr.MatchString(strings.ToLower(q.text)) {
		return "" // "was the air conditioning broken or working?" asks which, not yes or no
	}
	if first != nil && (spelledIn(d.text, first) != "" || spelledIn(d.text, second) != "") {
		return "" // "at Berkeley or at UT Austin?" asks which, of a sentence that names either: not yes or no
	}
	if asked := e.designationsAsked(q); len(asked) > 0 && namesOnlyOthers(asked, numberedName.FindAllStringSubmatch(d.text, -1)) {
		// "Even the Su-24, an all-weather tactical bomber, …" says
		// nothing of whether the MiG-31 its paragraph names is one.
		return ""
	}
	in := saidInParagraph(q, d)
	opposed := e.opposedUnits(q, d, in)
	for _, t := range opposed {
		in[t] = true
	}
	cover := e.sentenceCover(q, in)
	if cover < denyCover && e.deniesAsked(q, d.text) && saysEveryUnit(q, in, e.deniedOutright(q, d.text)) {
		// "No deaths have been reported" denies "did anyone die?" in
		// so many words, though "deaths" is only a near word of "die".
		cover = denyCover
	}
	if cover < denyCover || unmetQualifier(q.text, d.text) || !namesAll(q, d) || !saysYearsOf(q.text, d) || !e.saysNamesAsked(q, d) || e.otherAgent(q, d.text) {
		// "found in Arkansas" does not say "all over Arkansas", nor
		// "born at other locations" "born in the forest".
		return ""
	}
	figureDenied, figureUnsaid := figureVerdict(q.text, d.text)
	stoppedAsAsked := e.noLongerAsAsked(q, d.text)
	switch {
	case e.replacedAsked(q, d.text) || e.lackedAsked(q, d.text) || !askedNegated(q.text) && e.nearlyDid(q, d.text):
		return "No: " + text // "batteries that use salt instead of lithium", "rebuilt without any piers"
	case e.yetToHappen(q, d.text) || exceptive.MatchString(d.text) || e.deniedOfSome(q, d.text):
		// "Has radiotherapy started?" is not answered by "Radiotherapy
		// will start in April"; "No one else was hurt" says someone was.
		return ""
	case saidWithNon(q, d.text) && askedNegated(q.text):
		// "is it true the snake is not venomous?" is not denied by "a
		// non-venomous predator", nor surely affirmed: the "non-" may
		// be another thing's ("Unlike the coral snake, the kingsnake is
		// non-venomous").
		return ""
	case rankedBelow(q.text, d.text) || mostSince(q.text, d.text) || comparedTheOtherWay(q.text, d.text) || saidWithNon(q, d.text) || onOtherSide(q.text, d.text) || figureDenied || firstTimeAsked(q.text, d.text) || aloneWhereAskedWith(q.text, d.text):
		// "the state's second-largest public university" is not its
		// largest; "the first Irish winner since 2016" not the first;
		// "crested above 18 feet" not below 10 feet
		return "No: " + text
	case len(opposed) > 0:
		if e.negatedAsAsked(q, d.text) != askedNegated(q.text) {
			return "" // "not rarely" is no plain yes or no
		}
		return "No: " + text
	case !askedNegated(q.text) && e.deniesOtherVerb(q, d.text):
		// "did not accept Robens's resignation offer" does not say he
		// made none: "did Robens offer to resign?".
		return ""
	case noLonger(q.text, d.text) && !stoppedAsAsked:
		// "While the helicopter remains … in communication with ground
		// controllers, …, it is no longer capable of flight" does not
		// say it lost contact; "…remains in good repair after a century
		// of operation, it no longer shines" may say it stopped
		// operating. Neither is a plain yes or no.
		return ""
	case stoppedAsAsked || e.negatedAsAsked(q, d.text) != askedNegated(q.text) && !untilAsAsked(q.text, d.text):
		if cover < yesNoCover && !stoppedAsAsked && !e.deniesAsked(q, d.text) {
			// A sentence that says only most of the question denies it
			// only by a "not" of its words: "Parents who did not want
			// their children back could choose online classes" does not
			// deny that families chose them; "will not open until 2027"
			// says when it opens.
			return ""
		}
		return "No: " + text
	case cover < yesNoCover:
		// A "yes" needs the sentence to say nearly all of it: "caught and
		// released more than 600 bats" does not say they kept them.
		return ""
	case asksNow(q.text) && !stillWord.MatchString(d.text):
		// "Is the KX-7 still sailing?" is not answered yes by a
		// sentence that only says it once sailed.
		return ""
	case numberedOtherwise(q.text, d.text) || figureUnsaid:
		// "Did Clay knock Miteff out in the first round?" is not
		// answered yes by "… in the middle of round 6 … knocked down
		// Miteff".
		return ""
	case e.hedgedAsAsked(q, d.text) && !hedge.MatchString(q.text), e.onlyIntended(q, d.text), onlyInTitle(q, d.text):
		// "… is evaluating a petition to list the plant as
		// endangered" does not say it is endangered.
		return ""
	}
	return "Yes: " + text
}

// saysEveryUnit reports whether a sentence says each of a question's
// topical words, itself or a synonym of it; an indefinite pronoun
// ("anyone") need not be said when the sentence denies the rest
// outright (outright).
func saysEveryUnit(q *question, in said, outright bool) bool {
	return !slices.ContainsFunc(q.units, func(u unit) bool {
		return u.topical && u.entity == "" && !in.says(u.term, u.syns) && !(outright && indefinite[strings.ToLower(u.word)])
	})
}

// deniedOfSome reports whether a sentence denies a question about anyone
// only of some and goes on to others: "No firefighters were hurt, but a
// resident was treated for burns" does not say that nobody was, when
// "was anybody hurt?" asks; "No one died, but three were treated" does.
func (e *Engine) deniedOfSome(q *question, sentence string) bool {
	if !slices.ContainsFunc(q.units, func(u unit) bool { return indefinite[strings.ToLower(u.word)] }) {
		return false
	}
	return slices.ContainsFunc(negationsIn(sentence), func(loc []int) bool {
		if !strings.EqualFold(sentence[loc[0]:loc[1]], "no") || !contrastAfter.MatchString(sentence[loc[1]:]) {
			return false
		}
		// "No firefighters", not "No one" nor "No deaths" of "die"
		next := strings.ToLower(wordRe.FindString(sentence[loc[1]:]))
		return next != "" && next != "one" && !e.saysAskedWord(q, next) && lexicon.Lookup(lexicon.Base(next)).POS&lexicon.Noun != 0
	})
}

// contrastAfter matches a word that turns a sentence to something else:
// "No firefighters were hurt, but a resident was".
var contrastAfter = lazyRE(`(?i)\b(?:but|though|although|while|whereas|however|except)\b`)

// indefinite are the pronouns that ask of anyone at all: "did anyone
// die?" is denied by "No deaths have been reported", which says no one
// died.
var indefinite = map[string]bool{"anyone": true, "anybody": true, "someone": true, "somebody": true, "anything": true, "something": true, "any": true}

// deniedOutright reports whether a sentence's "no" (or "none", "nobody",
// "never", "not") stands right before a word the question asks about:
// "No deaths", "nobody died"; not "No firefighters died", which leaves
// others.
func (e *Engine) deniedOutright(q *question, sentence string) bool {
	return e.deniesWithin(q, sentence, 1)
}

// firstTimeAsked reports whether a question asks whether something
// happened before ("has the park been closed for algae before?", "ever")
// and the sentence says this was the first time: then it had not.
func firstTimeAsked(question, sentence string) bool {
	if !asksBefore.MatchString(question) || askedNegated(question) {
		return false
	}
	for _, m := range firstTime.FindAllStringIndex(sentence, -1) {
		rest := sentence[m[1]:]
		if end := strings.IndexAny(rest, ",;.!?"); end >= 0 {
			rest = rest[:end]
		}
		if containsWords(strings.ToLower(rest), "since") || !infinitiveEnd(sentence[m[0]:m[1]]) {
			continue // "his first visit to China since 2019": he had been
		}
		return true
	}
	return false
}

// infinitiveEnd reports whether a "first … to X" ends on a verb ("the
// first woman to lead"), not a place ("first visit to China"); any
// other form of firstTime ends well.
func infinitiveEnd(match string) bool {
	f := strings.Fields(match)
	if len(f) < 2 || !strings.EqualFold(f[len(f)-2], "to") {
		return true
	}
	w := strings.ToLower(f[len(f)-1])
	return lexicon.Lookup(w).POS&lexicon.Verb != 0 && !opensWithCapital(f[len(f)-1])
}

var (
	// asksBefore matches a question of whether something happened
	// before now.
	asksBefore = lazyRE(`(?i)\b(?:before|previously|in the past)\s*\??$|\bever\b`)
	// firstTime matches a sentence's "the first time", or the first of
	// a kind in which something happened: "the first Grand Prix in which
	// Pirelli supplied the tyres", "the first woman to win" (the word
	// after "to" is checked by infinitiveEnd).
	firstTime = lazyRE(`(?i)\b(?:the|its|their|his|her)\s+first\s+(?:time|ever|(?:[\pL’'-]+\s+){1,4}(?:in which|at which|to\s+\pL+)\b)`)
)

// noLongerAsAsked reports whether a sentence says of what a question asks
// holds now that it held once (noLonger), in the clause that says it:
// "While the helicopter remains in communication …, it is no longer
// capable of flight" does not say it lost contact.
func (e *Engine) noLongerAsAsked(q *question, sentence string) bool {
	return noLonger(q.text, sentence) && e.inAskedClause(q, sentence, func(c string) bool { return noLonger(q.text, c) })
}

// nearlyDid reports whether a sentence says what a question asks was
// done only nearly: "Sans Pareil nearly completed the trials" answers
// "did Sans Pareil complete the trials?" no.
func (e *Engine) nearlyDid(q *question, sentence string) bool {
	for _, m := range nearMiss.FindAllStringSubmatch(sentence, -1) {
		w := strings.ToLower(m[1])
		if !pastOrVerbForm(w) && !edOfVerb(w) {
			continue // "nearly 20 people"
		}
		if e.saysUnitOf(q, w) {
			return true
		}
	}
	if !shortAsked.MatchString(q.text) {
		for _, m := range shortOf.FindAllStringSubmatch(sentence, -1) {
			if e.saysUnitOf(q, m[2]) && !(ranShort.MatchString(m[1]) && strings.Contains(strings.ToLower(m[0]), "short")) {
				return true // "just shy of typhoon strength": it never reached it
			}
		}
	}
	return false
}

// saysUnitOf reports whether a word is one of a question's words, as the
// analysis reads both.
func (e *Engine) saysUnitOf(q *question, w string) bool {
	terms := e.an.terms(strings.ToLower(w))
	return slices.ContainsFunc(q.units, func(u unit) bool { return u.term != "" && slices.Contains(terms, u.term) })
}

// shortOf matches what a sentence says was not quite reached, and the
// first word of it: "just shy of typhoon strength", "10 miles short of
// the coast".
var shortOf = lazyRE(`(?i)((?:\b\pL+\s+)?(?:just\s+|well\s+|far\s+)?)(?:shy|short)\s+of\s+(?:the\s+|a\s+|an\s+)?(\pL+)`)

var (
	// ranShort matches the word before "short of" that makes it say too
	// few, not a mark missed: "ran short of beds", "nothing short of"
	// ("ran just shy of the record" still missed it).
	ranShort = lazyRE(`(?i)^(?:ran|run|runs|running|nothing)\b`)
	// shortAsked matches a question that asks of "short of" itself.
	shortAsked = lazyRE(`(?i)\b(?:short|shy)\s+of\b`)
)

// nearMiss matches a verb said with a word that it was not quite done,
// and the verb (group 1).
var nearMiss = lazyRE(`(?i)\b(?:nearly|almost|narrowly\s+failed\s+to|failed\s+to|came\s+close\s+to|fell\s+short\s+of)\s+(\pL+)`)

// saidWithNon reports whether a sentence says the word a question asks
// something is only with "non-" or "un" before it: "a non-venomous
// predator" answers "are they venomous?" no, "an untethered backpack"
// "was he tethered?".
func saidWithNon(q *question, sentence string) bool {
	if !copulaOpens.MatchString(q.text) || strings.Contains(strings.ToLower(q.text), "non") {
		return false // "does it eat venomous snakes?" asks nothing of its being venomous
	}
	words := strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for _, u := range q.units {
		w := strings.ToLower(u.word)
		if w == "" || u.entity != "" {
			continue
		}
		if (slices.Contains(words, "non-"+w) || len(w) > 3 && slices.Contains(words, "un"+w) && !unVerb("un"+w)) && !slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// unVerb reports whether an "un-" word is a verb's form ("uncovered",
// "unloaded"): it undoes a deed, and does not deny the word it holds
// ("were the cables covered in rust?" is not denied by "uncovered rust").
func unVerb(w string) bool {
	return lexicon.VerbOf(w) != "" || lexicon.Lookup(lexicon.Base(w)).POS&lexicon.Verb != 0
}

// saysNamesAsked reports whether a sentence that says the question's
// verb itself says every name the question places the verb by (or its
// pronoun stands for it): "Was the rocket built in Norway?" is not
// answered yes by "built by the German company Isar Aerospace" in a
// paragraph that names Norway elsewhere.
func (e *Engine) saysNamesAsked(q *question, d *doc) bool {
	for _, m := range placedName.FindAllStringSubmatch(q.askedText, -1) {
		verb := strings.ToLower(m[1])
		if !pastOrVerbForm(verb) || !saysFormOf(d.text, lexicon.Base(verb)) {
			continue // "nests at Gull Point": no verb placed, and its paragraph may name the place
		}
		for _, t := range e.an.terms(m[2]) {
			if d.terms[t]&(inText|inNames) == 0 {
				return false
			}
		}
	}
	return true
}

// placedName finds a verb and the name the question places it by:
// "built in Norway", "led by Mitsui".
var placedName = lazyRE(`\b(\pL+)\s+(?:in|by|at|from)\s+((?:\p{Lu}[\p{L}’'-]*\s*)+)`)

// otherAgent reports whether a sentence gives its verb another doer
// than the one the question asks about: "Was the round led by Mitsui?"
// is not answered yes by "The round was led by the Scottish National
// Investment Bank, with money from … Mitsui".
func (e *Engine) otherAgent(q *question, sentence string) bool {
	m := passiveBy.FindStringSubmatch(q.askedText)
	if m == nil || !pastOrVerbForm(strings.ToLower(m[1])) {
		return false
	}
	verb := lexicon.Base(strings.ToLower(m[1]))
	for _, sm := range passiveBy.FindAllStringSubmatch(sentence, -1) {
		if !formOf(sm[1], verb) {
			continue
		}
		by := saidOf(e.an.terms(sm[2]))
		return !slices.ContainsFunc(e.an.terms(m[2]), func(t string) bool { return by[t] })
	}
	return false
}

// passiveBy finds a verb and the words of its "by" phrase, with all the
// doers "and" or commas join ("by Lonnie Bunch, the secretary, and Abba
// Tijani"), up to a word that adds a helper ("with help from", "while").
var passiveBy = lazyRE(`\b(\pL+)\s+by\s+(.+?)(?:\s+(?:with|while|but|after|before|alongside)\b|[;:!?]|$)`)

// replacedAsked reports whether a sentence says a word of the question
// only as what something replaced ("use salt instead of lithium"), and
// the question does not ask about a replacement itself.
func (e *Engine) replacedAsked(q *question, sentence string) bool {
	if insteadOf.MatchString(q.text) {
		return false
	}
	for _, m := range insteadOf.FindAllStringSubmatchIndex(sentence, -1) {
		replaced := saidOf(e.an.terms(sentence[m[2]:m[3]]))
		rest := saidOf(e.an.terms(sentence[:m[0]] + " " + sentence[m[3]:]))
		for _, u := range q.units {
			if u.topical && replaced[u.term] && !rest[u.term] {
				return true
			}
		}
	}
	return false
}

// insteadOf finds what a sentence says was replaced: up to three words
// after "instead of", "rather than", "in place of".
var insteadOf = lazyRE(`(?i)\b(?:instead of|rather than|in place of)\s+((?:[\pL\pN’'-]+\s*){1,3})`)

// lackedAsked reports whether a question asks whether something was
// "with" a thing ("rebuilt with the same piers?") and the sentence says
// it went without it ("rebuilt as a single span without any
// intermediate support piers"), the thing being the head of what it
// lacks and said nowhere else in the sentence. "Reopened without
// traffic restrictions" lacks no traffic.
func (e *Engine) lackedAsked(q *question, sentence string) bool {
	with := withAsked.MatchString(q.text)
	if !with && !copulaOpens.MatchString(q.text) || negated(q.text) || withoutPhrase.MatchString(q.text) {
		// "was it rebuilt with no piers?" asks of the lack.
		return false
	}
	// Without "with", only a participle asks of what is lacked: "was the
	// tanker licensed?" is denied by "operating without a license", "was
	// the captain Tom Hale?" not by "won without its captain".
	asks := func(u unit) bool { return u.topical && (with || pastEd(strings.ToLower(u.word))) }
	for _, m := range withoutPhrase.FindAllStringSubmatchIndex(sentence, -1) {
		end := m[2] + lackedPhrase(sentence[m[2]:m[3]])
		head := e.an.terms(lastWordOf(sentence[m[2]:end]))
		rest := saidOf(e.an.terms(sentence[:m[0]] + " " + sentence[end:]))
		if len(head) > 0 && !rest[head[0]] && slices.ContainsFunc(q.units, func(u unit) bool { return asks(u) && u.term == head[0] }) {
			return true
		}
	}
	return false
}

var (
	// withAsked matches a question's "with", the word a lack denies.
	withAsked = lazyRE(`(?i)\bwith\b`)
	// withoutPhrase finds up to four words after "without".
	withoutPhrase = lazyRE(`(?i)\bwithout\s+((?:[\pL\pN’'-]+\s*){1,4})`)
)

// lackedPhrase is how long the noun phrase that opens the words after
// "without" is: up to a little word other than a determiner ("without
// interruption throughout the flood" lacks interruption, not the flood).
func lackedPhrase(words string) int {
	for _, loc := range wordRe.FindAllStringIndex(words, -1) {
		w := strings.ToLower(words[loc[0]:loc[1]])
		if loc[0] > 0 && (stopWord(w) || placedBy.MatchString(w) || lexicon.Lookup(w).POS == lexicon.Adverb) && !determiner[w] {
			return loc[0]
		}
	}
	return len(words)
}

// yetToHappen reports whether a question asks whether something has
// happened and the sentence says only that it will: "Has radiotherapy
// started yet?" against "Radiotherapy will start in April".
func (e *Engine) yetToHappen(q *question, sentence string) bool {
	if !happenedAsked.MatchString(q.text) {
		return false
	}
	for _, m := range willVerb.FindAllStringSubmatch(sentence, -1) {
		verb := e.an.terms(m[1])
		if len(verb) > 0 && slices.ContainsFunc(q.units, func(u unit) bool { return u.term == verb[0] }) {
			return true
		}
	}
	return false
}

var (
	// happenedAsked opens a question about what has happened.
	happenedAsked = lazyRE(`(?i)^(?:has|have|had|did)\b|\b(?:yet|already)\b`)
	// willVerb finds a verb a sentence puts in the future.
	willVerb = lazyRE(`(?i)\b(?:will|won't|is to|are to|is due to|are due to|is set to|are set to|is expected to|are expected to|plans to|plan to)\s+(?:be\s+)?(\pL+)`)
)

// chosen is the one of a question's two one-word alternatives ("in Ohio
// or Michigan?") that a sentence says, as it writes it, when the story
// never says the other: a name the sentence writes with a capital, not
// as its first word, or any word after "is it …" ("was it electric or
// diesel?"). "Did they find turtles or eggs?" asks yes or no; "Baker
// County or Lake County" are no one-word choices, but may be named
// alternatives, the question's first and second (alternatives).
func (e *Engine) chosen(question string, first, second []string, sentence string) (string, bool) {
	m := eitherOrEnd.FindStringSubmatch(question)
	if m == nil || stopWord(strings.ToLower(m[2])) || stopWord(strings.ToLower(m[3])) || opensWithCapital(m[1]) {
		return e.chosenName(first, second, sentence)
	}
	copular := copulaOpens.MatchString(question)
	for _, pair := range [][2]string{{m[2], m[3]}, {m[3], m[2]}} {
		said := wordIn(sentence, pair[0])
		if said == "" || e.says(strings.ToLower(pair[1])) || !copular && (!opensWithCapital(said) || strings.HasPrefix(sentence, said)) {
			continue
		}
		return said, true
	}
	return "", false
}

// chosenName is the one of a question's two named alternatives of a
// few words each (first and second, as alternatives reads them) that a
// sentence names, as it writes it, when the story never says the other:
// "did Lee get his degree at Berkeley or at Rice?" of "a bachelor's
// degree … from the University of California, Berkeley".
func (e *Engine) chosenName(first, second []string, sentence string) (string, bool) {
	if first == nil {
		return "", false
	}
	for _, pair := range [][2][]string{{first, second}, {second, first}} {
		said := spelledIn(sentence, pair[0])
		if said == "" || e.saysInOrder(e.an.terms(strings.Join(pair[1], " "))) {
			continue
		}
		return said, true
	}
	return "", false
}

// alternatives are the words of the two alternatives that end a
// question, the first read back from the second's shape: from the same
// preposition or article, which is left out ("at Berkeley or at UT
// Austin?"), or the words after the last little word ("in Ohio or New
// York?", "to New York or Boston?"). nil when the question ends with no
// such pair of at most three words each, or with a chat tag ("or
// something").
func alternatives(question string) (first, second []string) {
	ors := orWord.FindAllStringIndex(question, -1)
	if len(ors) == 0 {
		return nil, nil
	}
	i := ors[len(ors)-1]
	before := strings.Fields(strings.TrimRight(question[:i[0]], ","))
	after := strings.Fields(strings.TrimRight(question[i[1]:], "?!. "))
	if len(after) == 0 || len(after) > 3 || len(before) == 0 || chatTag[strings.ToLower(after[0])] {
		return nil, nil
	}
	lead := strings.ToLower(after[0])
	if stopWord(lead) {
		for j := len(before) - 1; j >= max(0, len(before)-4); j-- {
			if strings.EqualFold(before[j], lead) && j+1 < len(before) && len(after) > 1 {
				return before[j+1:], after[1:]
			}
		}
		return nil, nil
	}
	j := len(before)
	for j > 0 && len(before)-j < 3 && !stopWord(strings.ToLower(before[j-1])) {
		j--
	}
	if j == len(before) {
		return nil, nil
	}
	return before[j:], after
}

// orWord matches "or" between two words, in any case.
var orWord = lazyRE(`(?i)\s+or\s+`)

// chatTag are the words that end a yes/no question after "or" and offer
// no alternative: "did he grow up on a farm or smth".
var chatTag = map[string]bool{"smth": true, "something": true, "sth": true, "anything": true, "whatever": true, "what": true, "so": true, "both": true, "neither": true}

// spelledIn is a name a sentence writes with a capital, not as its first
// word, made of the given words one after the other, as the sentence
// writes it; or "".
func spelledIn(sentence string, words []string) string {
	var parts []string
	for _, w := range words {
		parts = append(parts, regexp.QuoteMeta(strings.Trim(w, ",.;:")))
	}
	// Words apart by a space, or a point and a space ("St. Louis" for
	// "st louis"); edges where no letter or digit goes on ("École").
	re, err := regexp.Compile(`(?i)(?:^|[^\pL\pN])(` + strings.Join(parts, `\.?\s+`) + `)(?:$|[^\pL\pN])`)
	if err != nil {
		return ""
	}
	m := re.FindStringSubmatchIndex(sentence)
	if m == nil || m[2] == 0 || !opensWithCapital(sentence[m[2]:m[3]]) {
		return ""
	}
	return sentence[m[2]:m[3]]
}

// orNotTag matches the tag that ends a yes/no question, which read drops
// ("… or not?", "… or nah", "… or no?"): it asks no choice and negates
// nothing.
var orNotTag = lazyRE(`(?i),?\s+or\s+(?:not|nah|naw|no|nope)\s*\??\s*$`)

// eitherOrEnd matches two one-word alternatives that end a question, with
// the word before them: "… in Ohio or Michigan?".
var eitherOrEnd = lazyRE(`(\pL+)\s+(\pL+)\s+or\s+(\pL+)\s*\??\s*$`)

// copulaOpens matches a question that asks what something is or was:
// "was it electric or diesel?", "is the fire in Baker or Lake County?".
var copulaOpens = lazyRE(`(?i)^(?:\W*)(?:is|was|are|were)\b`)

// wordIn is a word as a text writes it, found whole in any case, or "".
func wordIn(text, word string) string {
	for _, w := range wordRe.FindAllString(text, -1) {
		if strings.EqualFold(w, word) {
			return w
		}
	}
	return ""
}

// deniesAsked reports whether a sentence says "not" of one of a
// question's words, a few words before it ("was not convicted", "did
// not survive the winters"), and not "not … until", which says when.
func (e *Engine) deniesAsked(q *question, sentence string) bool {
	return e.deniesWithin(q, sentence, deniedWithin)
}

// deniesWithin reports whether one of a question's words stands within
// so many words after a sentence's negation, not "not … until".
func (e *Engine) deniesWithin(q *question, sentence string, within int) bool {
	for _, loc := range negationsIn(sentence) {
		if m := notUntilClause.FindStringIndex(sentence[loc[0]:]); m != nil && m[0] == 0 {
			continue
		}
		if slices.ContainsFunc(wordRe.FindAllString(sentence[loc[1]:], within), func(w string) bool { return e.saysAskedWord(q, w) }) {
			return true
		}
	}
	return false
}

// deniedWithin is how many words after a "not" its verb may stand: "did
// not yet fully survive".
const deniedWithin = 4

// saysYearsOf reports whether a sentence, or the one before it, which
// its "this election" may point back to, says every year a question
// says: "This election, in which secret ballots were used for the
// first time" follows "the federal election of 1874", and says nothing
// of 1872.
func saysYearsOf(question string, d *doc) bool {
	years := yearRe.FindAllString(question, -1)
	if len(years) == 0 || d.para == nil {
		return true
	}
	from := d.start
	if d.start > 0 {
		from, _ = sentenceAround(d.para, d.start-1)
	}
	near := d.para.Text[from:min(d.start+len(d.text), len(d.para.Text))]
	return !slices.ContainsFunc(years, func(y string) bool { return !strings.Contains(near, y) })
}

// opposedUnits are the question's words a sentence does not say but says
// the opposite of (WordNet's antonyms: "rarely" for "often"), with the
// question's words before it said before the opposite too: "the old
// bridge lies north of the harbour" turns "is the harbour south of the
// old bridge?" round, and answers it yes, not no.
func (e *Engine) opposedUnits(q *question, d *doc, in said) []string {
	var out []string
	qtoks := e.an.tokens(q.text)
	for _, u := range q.units {
		if !u.topical || u.entity != "" {
			continue
		}
		if in.says(u.term, u.syns) {
			if e.oppositeBeside(q, u, d.tokens) || e.oppositeAfterSubject(q, u, d.text, d.tokens) {
				out = append(out, u.term)
			}
			continue
		}
		for _, o := range lexicon.Opposites(u.word) {
			terms := e.an.terms(o)
			at := slices.IndexFunc(d.tokens, func(t token) bool { return slices.Contains(terms, t.term) })
			if at >= 0 && sameSideBefore(qtoks, u.term, d.tokens, at) {
				out = append(out, u.term)
				break
			}
		}
	}
	return out
}

// oppositeBeside reports whether a sentence that says a question's word
// only before other things says its opposite right before another of
// the question's words: "higher oxygen and lower pressure" says the
// pressure was not higher, though it says "higher"; "Output was higher
// this year, despite lower output at the old furnace" does not.
func (e *Engine) oppositeBeside(q *question, u unit, sentence []token) bool {
	if lexicon.Base(u.word) == u.word || !strings.HasSuffix(u.word, "er") {
		return false // a comparative only: "pulled" is no opposite of the "Force" in a name
	}
	terms := map[string]bool{}
	for _, o := range lexicon.Opposites(u.word) {
		// "higher" is opposed by "lower", as "high" by "low".
		for _, t := range e.an.terms(comparativeOf(o)) {
			terms[t] = true
		}
	}
	if len(terms) == 0 {
		return false
	}
	asked := func(t string) bool {
		return t != u.term && slices.ContainsFunc(q.units, func(v unit) bool { return v.topical && v.term == t })
	}
	for i, t := range sentence {
		if t.term == u.term && (i+1 == len(sentence) || asked(sentence[i+1].term)) {
			return false // "Output was higher this year, despite lower output at …": said of what is asked
		}
	}
	for i := 0; i+1 < len(sentence); i++ {
		if terms[sentence[i].term] && asked(sentence[i+1].term) && !saysBefore(sentence, u.term, sentence[i+1].term) {
			return true
		}
	}
	return false
}

// oppositeAfterSubject reports whether a sentence that says a question's
// word of another thing says its opposite of the question's subject:
// after the first of the question's other words the sentence says, the
// opposite comes first, within subjectReach words. "Government offices
// remained open during the storm, while schools were closed" says the
// offices did not close.
func (e *Engine) oppositeAfterSubject(q *question, u unit, text string, sentence []token) bool {
	opposite := map[string]bool{}
	for _, o := range lexicon.Opposites(u.word) {
		for _, t := range e.an.terms(o) {
			opposite[t] = true
		}
	}
	if len(opposite) == 0 {
		return false
	}
	for _, v := range q.units {
		if !v.topical || v.term == u.term || v.entity != "" {
			continue
		}
		at := slices.IndexFunc(sentence, func(t token) bool { return t.term == v.term })
		if at < 0 {
			continue
		}
		for k, t := range sentence[at+1 : min(len(sentence), at+1+subjectReach)] {
			if u.standsFor(t.term) {
				return false
			}
			if opposite[t.term] {
				return saidOfAnother(text, u, sentence[at+1+k:])
			}
		}
		return false // only the subject, the first of the question's words said
	}
	return false
}

// saidOfAnother reports whether a sentence, from the opposite of a
// question's word on (after), says that word of another subject, one a
// clause of its own brings: ", while schools were closed". "opened at 7
// am and closed at 10 pm" says both of the one subject.
func saidOfAnother(text string, u unit, after []token) bool {
	opp := after[0]
	for _, t := range after[1:] {
		if u.standsFor(t.term) {
			return opensClauseWithSubject(text[opp.end:t.start])
		}
	}
	return false
}

// opensClauseWithSubject reports whether the words between two verbs
// open a clause with a subject of its own: a mark or a joining word,
// then a noun that is no pronoun (", while schools were ", "; banks,
// however, were ", " but the gallery upstairs was "); not " at 7 am and
// ", nor " but it was ".
func opensClauseWithSubject(between string) bool {
	loc := clauseJoin.FindStringIndex(between)
	if loc == nil {
		return false
	}
	for _, w := range wordRe.FindAllString(between[loc[1]:], -1) {
		lw := strings.ToLower(w)
		switch {
		case clauseJoinWord[lw] || determiner[lw] || auxiliary[lw]:
		case pronoun.MatchString(lw) || lw == "it":
			return false // "but it was closed": the same subject
		case lexicon.Lookup(lw).POS&lexicon.Noun != 0:
			return true
		}
	}
	return false
}

// clauseJoin matches the first mark or word that may open another
// clause; clauseJoinWord holds those words.
var (
	clauseJoin     = lazyRE(`(?i)[,;]\s|\b(?:while|whereas|but|although|though|and)\b`)
	clauseJoinWord = map[string]bool{"while": true, "whereas": true, "but": true, "although": true, "though": true, "and": true, "however": true}
)

// subjectReach is how many words after a subject its verb or adjective
// stands: "offices remained open".
const subjectReach = 4

// comparativeOf spells an adjective's comparative the regular way:
// "lower", "later", "earlier".
func comparativeOf(adjective string) string {
	switch {
	case strings.HasSuffix(adjective, "e"):
		return adjective + "r"
	case strings.HasSuffix(adjective, "y"):
		return strings.TrimSuffix(adjective, "y") + "ier"
	}
	return adjective + "er"
}

// saysBefore reports whether a sentence says one term right before
// another.
func saysBefore(sentence []token, first, second string) bool {
	for i := 0; i+1 < len(sentence); i++ {
		if sentence[i].term == first && sentence[i+1].term == second {
			return true
		}
	}
	return false
}

// sameSideBefore reports whether every word a question says before one
// of its words that the sentence says too comes before the sentence's
// opposite of it (the token at).
func sameSideBefore(qtoks []token, term string, sentence []token, at int) bool {
	for _, t := range qtoks {
		if t.term == term {
			return true
		}
		first := slices.IndexFunc(sentence, func(s token) bool { return s.term == t.term })
		if first > at {
			return false // said only after the opposite: the sentence turns it round
		}
	}
	return true
}

// negatedAsAsked reports whether a sentence says "not" of what a
// question asks (see inAskedClause): "Kentucky rallied to within a
// point …, but could not catch them" does not deny that they came
// within a point.
func (e *Engine) negatedAsAsked(q *question, sentence string) bool {
	if !asksStopping.MatchString(q.text) {
		// "had never stopped hoping" says they hoped; it denies only
		// "did they stop hoping?" or "did they give up?".
		sentence = neverStopped.ReplaceAllString(sentence, "")
	}
	sentence = e.beforeTrailingAside(q, sentence)
	asked, most := map[string]int{}, 0 // the question's words each clause says
	for _, c := range contrastClauses(sentence) {
		asked[c] = e.askedWordsIn(q, c)
		most = max(most, asked[c])
	}
	// Of several clauses, a "not" denies what is asked in the one that
	// says the most of it, or right before a word of it: "KDKA radio
	// was able to broadcast … but Pittsburghers were unable to listen …
	// to run their radios" does not deny the broadcasts; "… but Mayor
	// Lee did not sign the bill" denies the signing.
	return e.inAskedClause(q, sentence, func(c string) bool {
		return negated(c) && (c == sentence || elliptical.MatchString(c) || asked[c] == most || e.deniesAsked(q, c))
	})
}

// beforeTrailingAside is a sentence up to the comma after the last of a
// question's words it says, names too: what a tail after that comma
// denies is not what was asked ("had experienced a lot of rain this
// spring, which … allowed the team to observe an island that was
// thriving like they had never seen" does not deny the rain), when that
// tail opens a clause of its own ("which", "while").
func (e *Engine) beforeTrailingAside(q *question, sentence string) string {
	last := -1
	for _, t := range e.an.tokens(sentence) {
		if slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && u.term == t.term }) {
			last = t.end
		}
	}
	if last < 0 {
		return sentence
	}
	i := strings.IndexByte(sentence[last:], ',')
	if i < 0 || !asideOpens.MatchString(sentence[last+i+1:]) {
		// "…, but they could not" turns to what was asked; "…, a fight
		// they would not win" says of it again
		return sentence
	}
	return sentence[:last+i]
}

// asideOpens matches the opening of a clause that tells of something
// else: "which", "who", "while", "combined with".
var asideOpens = lazyRE(`(?i)^\s*(?:which|who|whom|whose|where|while|whereas|allowing|combined|including|making|leaving|bringing|adding)\b`)

// exceptive matches a denial of all but some: "no one else", "none of
// the others", which says the some did.
var exceptive = lazyRE(`(?i)\b(?:no one|nobody|nothing|none|no)\s+(?:else|other|of the others?)\b`)

// rankedBelow reports whether a question asks whether something is the
// most of a kind ("the largest", "the first") and the sentence ranks it
// second or lower by the same word ("second-largest", "third oldest"),
// or asks whether it is the first of a kind and the sentence calls it the
// second of it.
func rankedBelow(question, sentence string) bool {
	for _, m := range superlativeIn.FindAllStringSubmatch(question, -1) {
		rank, same := m[1], sameRank
		if strings.EqualFold(m[1], "first") && m[2] != "" {
			if containsWords(strings.ToLower(sentence), "first "+strings.ToLower(m[2])) {
				continue // "the first game … and the second game": both said
			}
			// "the first steamer" of "the second steamer"
			rank, same = m[2], func(a, b string) bool { return lexicon.Base(strings.ToLower(a)) == lexicon.Base(strings.ToLower(b)) }
		}
		for _, b := range rankBelow.FindAllStringSubmatch(sentence, -1) {
			if same(b[1], rank) {
				return true
			}
		}
	}
	return false
}

// onOtherSide reports whether a question sets something on one side of a
// thing ("above sea level", "before the war") and the sentence sets it
// on the other ("began below sea level") and never says the asked side.
func onOtherSide(question, sentence string) bool {
	ls := sideWords.Replace(strings.ToLower(sentence))
	question = sideWords.Replace(strings.ToLower(question))
	for side, other := range otherSide {
		if containsWords(ls, side) {
			continue // not "lived there before the war and returned after it ended"
		}
		for _, thing := range wordsAfter(question, side) {
			if slices.Contains(wordsAfter(ls, other), thing) {
				return true
			}
		}
	}
	return false
}

// aloneWhereAskedWith reports whether a question asks whether someone
// was with others ("with the other two", "together") and the sentence
// says they were alone: "Collins flew the command module alone while
// they were on the surface" answers "was Collins on the surface with the
// other two?".
func aloneWhereAskedWith(question, sentence string) bool {
	return askedWithOthers.MatchString(question) && saidAlone.MatchString(sentence) && !notAlone.MatchString(sentence)
}

var (
	// askedWithOthers finds a question's "with the others", "with
	// them", "together".
	askedWithOthers = lazyRE(`(?i)\b(?:with\s+(?:the\s+)?(?:other|others|rest|them|him|her|everyone|everybody)\b|together\b)`)
	// saidAlone finds a sentence's "alone", "by himself", "on her own".
	saidAlone = lazyRE(`(?i)\b(?:alone|by\s+(?:himself|herself|themselves|itself)|on\s+(?:his|her|their|its)\s+own|single-handedly)\b`)
	// notAlone finds "not alone", "never alone", "wasn't alone".
	notAlone = lazyRE(`(?i)\b(?:not|never|n[’']t)\s+(?:\pL+\s+)?alone\b`)
)

// wordsAfter are the words of a lower-case text, of three letters or
// more and no stop word, up to sideReach after each time it says word:
// what the word sets something by ("below the 95 percent target").
func wordsAfter(text, word string) []string {
	words := wordRe.FindAllString(text, -1)
	var out []string
	for i, w := range words {
		if w != word {
			continue
		}
		for _, after := range words[i+1 : min(len(words), i+1+sideReach)] {
			if len(after) >= 3 && !stopWord(after) {
				out = append(out, after)
			}
		}
	}
	return out
}

// sideReach is how many words after a word of side the thing it sets
// something by may stand: "below the 95 percent target".
const sideReach = 4

var (
	// sideWords writes the other words for a side as otherSide reads
	// them: "prior to the Civil War" is before it.
	sideWords = strings.NewReplacer("prior to ", "before ", "ahead of ", "before ", "subsequent to ", "after ")
	// otherSide is the opposite of each word of side.
	otherSide = map[string]string{"above": "below", "below": "above", "before": "after", "after": "before", "inside": "outside", "outside": "inside", "upstream": "downstream", "downstream": "upstream"}
)

// comparedTheOtherWay reports whether a sentence compares the two things
// a question compares the other way round: "Was Miteff taller than
// Clay?" of "Clay was two inches taller than Miteff".
func comparedTheOtherWay(question, sentence string) bool {
	qm := comparisonAsked.FindStringSubmatch(question)
	if qm == nil || !comparative(qm[2]) {
		return false
	}
	subject, object := lastWordOf(qm[1]), lastWordOf(qm[3])
	if strings.EqualFold(subject, object) {
		return false
	}
	for _, m := range comparisonSaid.FindAllStringSubmatch(sentence, -1) {
		if strings.EqualFold(strings.Join(strings.Fields(m[1]), " "), strings.Join(strings.Fields(qm[2]), " ")) && containsWords(strings.ToLower(m[2]), strings.ToLower(subject)) && !containsWords(strings.ToLower(m[2]), strings.ToLower(object)) {
			return true
		}
	}
	return false
}

// comparative reports whether words compare: "taller", "more costly".
func comparative(words string) bool {
	f := strings.Fields(strings.ToLower(words))
	if len(f) == 2 {
		return f[0] == "more" || f[0] == "less"
	}
	return len(f) == 1 && strings.HasSuffix(f[0], "er") && lexicon.Base(f[0]) != f[0]
}

var (
	// comparisonAsked matches "was A COMPARATIVE than B?": group 1 is
	// A, 2 the comparative, 3 B.
	comparisonAsked = lazyRE(`(?i)^(?:is|are|was|were)\s+(?:the\s+)?(.+?)\s+((?:more|less)\s+[\pL-]+|[\pL-]+er)\s+than\s+(?:the\s+)?(.+?)\W*$`)
	// comparisonSaid matches "COMPARATIVE than B" in a sentence: group
	// 1 is the comparative, 2 the words of B.
	comparisonSaid = lazyRE(`(?i)\b((?:more|less)\s+[\pL-]+|[\pL-]+er)\s+than\s+(?:the\s+)?([\pL’'-]+(?:\s+[\pL’'-]+)?)`)
)

// sameRank reports whether two superlatives name the same ranking:
// the same words, or "most costly" and "costliest".
func sameRank(a, b string) bool {
	return rankAdjective(a) == rankAdjective(b)
}

// rankAdjective is the adjective a superlative ranks by, in lower case:
// "costly" of "most costly" and of "costliest"; else the superlative.
func rankAdjective(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if rest, ok := strings.CutPrefix(s, "most "); ok {
		return rest
	}
	if superlativeOf(s) {
		return lexicon.Base(s)
	}
	return s
}

// mostSince reports whether a question asks whether something is the
// most of a kind, or the first, and the sentence says so only since a
// time ("the first Irish woman to win the award since 2016"), which says
// it was not the first ever.
func mostSince(question, sentence string) bool {
	if sinceWord.MatchString(question) {
		return false
	}
	lower := strings.ToLower(sentence)
	for _, m := range superlativeIn.FindAllStringSubmatch(question, -1) {
		at := strings.Index(lower, strings.Join(strings.Fields(strings.ToLower(m[1])), " "))
		if at < 0 {
			continue
		}
		clause := sentence[at:]
		if end := strings.IndexAny(clause, ",;."); end >= 0 {
			clause = clause[:end]
		}
		if sinceTime.MatchString(clause) {
			return true
		}
	}
	return false
}

// sinceTime finds "since" and a time: "since 2016", "since the war",
// "since March".
var sinceTime = lazyRE(`(?i)\bsince\s+(?:\d|the\b|` + monthNames + `)`)

// sinceWord finds "since" ("the first since when?").
var sinceWord = lazyRE(`(?i)\bsince\b`)

var (
	// superlativeIn finds a question's "the largest", "the most
	// visited", "their first", "the team's first", "the worst" (which
	// has no "-est").
	superlativeIn = lazyRE(`(?i)\b(?:the|its|their|his|her|our)\s+(?:\pL+['’]s?\s+)?((?:most|least)\s+\pL+|\pL+est|worst|first|last)\b(?:\s+(\pL+))?`)
	// rankBelow finds a rank below the first: "second-largest", "third
	// most visited", "second consecutive title", "eighth asteroid".
	rankBelow = lazyRE(`(?i)\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|\d*[4-9]th|\d+0th)[-\s]+(?:(?:consecutive|straight|successive)\s+)?((?:most|least)\s+\pL+|\pL+)`)
)

// neverStopped matches a "not" of stopping, which says something went
// on: "had never stopped hoping", "didn't give up".
var neverStopped = lazyRE(`(?i)\b(?:never|not|\w+n['’]t) (?:stop|stopped|ceased?|quit|gave up|give up)\b`)

// asksStopping matches a question about stopping or giving up.
var asksStopping = lazyRE(`(?i)\b(?:stop|stops|stopped|cease|ceased|quit|quits|give up|gave up|gives up|giving up|given up)\b`)

// hedgedAsAsked reports whether a sentence hedges what a question asks
// ("is evaluating a petition to list …"), not another clause ("…, but
// could not catch them").
func (e *Engine) hedgedAsAsked(q *question, sentence string) bool {
	return e.inAskedClause(q, sentence, hedge.MatchString)
}

// onlyIntended reports whether the question's words other than its
// names that a sentence says all stand in what it says was only aimed
// at, tried or set out to do, up to that clause's end: "Project
// Vanguard, initiated in 1955, aimed to launch the first American
// satellite" does not say it was the first; "Police arrested a driver
// after he attempted to escape" still says they arrested him.
func (e *Engine) onlyIntended(q *question, sentence string) bool {
	for _, m := range intendedTo.FindAllStringIndex(sentence, -1) {
		end := len(sentence)
		if k := intentEnd.FindStringIndex(sentence[m[1]:]); k != nil {
			end = m[1] + k[0]
		}
		if e.askedWordsIn(q, sentence[m[1]:end]) > 0 && e.askedWordsIn(q, sentence[:m[0]]+" "+sentence[end:]) == 0 {
			return true
		}
	}
	return false
}

var (
	// intendedTo matches a verb of aiming or trying and its "to", or
	// what is offered or asked for a thing still to come and its "for":
	// "issued a reward of $1,500 for Kimzey's arrest" does not say he
	// was arrested, nor "called for his resignation" that he resigned.
	intendedTo = lazyRE(`(?i)\b(?:(?:aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|attempt(?:s|ed|ing)?|set(?:s|ting)?\s+out|tr(?:y|ies|ied|ying))\s+to|(?:rewards?|warrants?|bount(?:y|ies)|call(?:s|ed|ing)?|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?)(?:\s+of\s+\S+)?\s+for)\s+`)
	// intentEnd matches where what is aimed at ends: a comma, a semicolon, a
	// colon or an "and".
	intentEnd = lazyRE(`[,;:]|\sand\s`)
)

// inAskedClause reports whether says holds of a clause of a sentence
// that says one of the question's words other than its names, the
// sentence split where it turns to a contrast; of the whole sentence
// when it has one clause.
func (e *Engine) inAskedClause(q *question, sentence string, says func(string) bool) bool {
	clauses := contrastClauses(sentence)
	if len(clauses) == 1 {
		return says(sentence)
	}
	// "By 1905, no one outside of Nancy believed in N rays, but Blondlot
	// himself … still been convinced": "did Blondlot still believe?" is
	// not denied by what no one else believed.
	clauses = slices.DeleteFunc(slices.Clone(clauses), func(c string) bool {
		return noOneElse.MatchString(c) && slices.ContainsFunc(clauses, func(o string) bool { return e.namesMoreAsked(q, o, c) && e.saysMoreAsked(q, o) })
	})
	for _, c := range clauses {
		if !says(c) {
			continue
		}
		if elliptical.MatchString(c) {
			return true // "…, but they could not": it says not of what came before
		}
		if e.askedWordsIn(q, c) > 0 {
			return true
		}
	}
	return false
}

// askedWordsIn counts the question's words other than its names that a
// clause says, each once.
func (e *Engine) askedWordsIn(q *question, clause string) int {
	seen := map[string]bool{}
	for _, t := range e.an.tokens(clause) {
		if !q.nameTerms[t.term] && slices.ContainsFunc(q.units, func(u unit) bool { return u.topical && u.entity == "" && u.term == t.term }) {
			seen[t.term] = true
		}
	}
	return len(seen)
}

// noOneElse matches a clause's subject that denies of others: "no one
// outside of Nancy", "nobody else".
var noOneElse = lazyRE(`(?i)\b(?:no one|nobody|none|no other)\b`)

// saysMoreAsked reports whether a clause says a word of the question
// other than its names: "… but Blondlot himself … still convinced … in
// 1926" speaks of 1926; "No one in the office defended the lab's work,
// but Brandt himself still maintained that Pike was guilty" says nothing
// of defending, and the "no one" still answers "did Brandt defend it?".
func (e *Engine) saysMoreAsked(q *question, clause string) bool {
	for _, t := range e.an.tokens(clause) {
		w := clause[t.start:t.end]
		if q.highlight[t.term] && !opensWithCapital(w) && !stopWord(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// namesMoreAsked reports whether a clause names one of the question's
// names (a word of the question written with a capital, no common word
// in English) that another clause does not.
func (e *Engine) namesMoreAsked(q *question, clause, other string) bool {
	names := func(c string) map[string]bool {
		out := map[string]bool{}
		for _, t := range e.an.tokens(c) {
			w := c[t.start:t.end]
			if x := lexicon.Lookup(strings.ToLower(w)); q.highlight[t.term] && opensWithCapital(w) && (x.POS == 0 || x.Capital) {
				out[t.term] = true
			}
		}
		return out
	}
	theirs := names(other)
	for n := range names(clause) {
		if !theirs[n] {
			return true
		}
	}
	return false
}

// elliptical matches a clause of contrast that stands for the one before
// it, a pronoun and its auxiliary and nothing after: "but they could
// not", "though in the end it did not". "But Bell did not" speaks of
// Bell; "though not at full capacity" limits, it does not deny.
var elliptical = lazyRE(`(?i)\b(?:he|she|it|they|we|i|you)\s+(?:could|did|does|do|would|was|were|is|are|has|have|had|will|can)(?:\s+not|n['’]t|\s+never)\W*$`)

// contrastClauses splits a sentence into the clauses a contrast word
// sets apart, one that opens the sentence too: "While the first four
// missions did not succeed, Pioneer 4 became the first …" denies nothing
// of Pioneer 4.
func contrastClauses(sentence string) []string {
	// "have yet to be determined" turns to nothing: its "yet" is
	// masked, in a copy as long as the sentence, where it splits.
	masked := yetTo.ReplaceAllStringFunc(sentence, func(m string) string { return "___" + m[3:] })
	var clauses []string
	from := 0
	for _, loc := range contrastClause.FindAllStringIndex(masked, -1) {
		clauses = append(clauses, sentence[from:loc[0]])
		from = loc[1]
	}
	clauses = append(clauses, sentence[from:])
	if m := leadingContrast.FindStringIndex(clauses[0]); m != nil {
		clauses = slices.Insert(clauses, 1, clauses[0][m[1]:])
		clauses[0] = clauses[0][:m[1]]
	}
	return clauses
}

// yetTo matches the "yet" of "yet to", which denies ("the causes have
// yet to be determined") and sets no clause apart.
var yetTo = lazyRE(`(?i)\byet\s+to\b`)

// leadingContrast matches a contrast clause that opens a sentence, up to
// its comma.
var leadingContrast = lazyRE(`^(?i)\s*(?:` + contrastWords + `)\s+[^,;]*,`)

// contrastClause splits a sentence where it turns to a contrast (",
// but", "; yet", ", although") or to a second thing said (", and that
// neither NASA nor Thiokol understood …" after "we agree that the joint
// failed by a faulty design": its "neither" denies nothing of the
// first).
var contrastClause = lazyRE(`(?i)(?:[,;]\s*|\s+)(?:` + contrastWords + `)\s+|;\s*|,\s*and\s+that\s+`)

// contrastWords are the words a clause turns to a contrast with; one
// list for the yes/no reading and for the clauses answers are read from.
const contrastWords = `but|yet|although|though|whereas|while`

// numberedOtherwise reports whether a question numbers a thing ("the
// first round", "round 1") that a sentence numbers otherwise ("round
// 6", "the sixth round") and never as asked; numbers are compared, not
// their words ("round 1" is not in "round 11").
func numberedOtherwise(question, sentence string) bool {
	asked, said := numberedThings(question), numberedThings(sentence)
	for noun, ns := range asked {
		other := said[noun]
		if len(other) > 0 && !slices.ContainsFunc(ns, func(n int) bool { return slices.Contains(other, n) }) {
			return true
		}
	}
	return false
}

// sidedFigure is a number of a unit with the side of it a text sets
// something on ("above 18 feet").
type sidedFigure struct {
	side string // "above", "below" or ""
	n    float64
	unit string
	// inclusive marks "at least" and "at most", which the figure itself
	// meets.
	inclusive bool
}

// figuresOf lists a text's figures of a unit: a number in figures, not a
// year, before a noun ("18 feet", "1,200 people").
func figuresOf(text string) []sidedFigure {
	var out []sidedFigure
	lower := strings.ToLower(text)
	for _, loc := range sidedNumber.FindAllStringSubmatchIndex(lower, -1) {
		side, number, word := sub(lower, loc, 1), sub(lower, loc, 2), sub(lower, loc, 3)
		n, err := strconv.ParseFloat(strings.ReplaceAll(number, ",", ""), 64)
		unit := lexicon.Base(word)
		if next := firstWordAfter(lower[loc[1]:]); next != "" && lexicon.Lookup(unit).POS&lexicon.Noun == 0 {
			unit = lexicon.Base(next) // "15,300 cubic yards" counts yards
		}
		if err != nil || yearRe.MatchString(number) || stopWord(word) || lexicon.Lookup(unit).POS&lexicon.Noun == 0 {
			continue
		}
		out = append(out, sidedFigure{figureSides[side], n, unit, side == "at least" || side == "at most"})
	}
	return out
}

// sub is a regexp submatch found by index, "" when it did not take part.
func sub(text string, loc []int, i int) string {
	if loc[2*i] < 0 {
		return ""
	}
	return text[loc[2*i]:loc[2*i+1]]
}

var (
	// sidedNumber matches a number in figures and the word after it,
	// with a word of side before it.
	sidedNumber = lazyRE(`(?:\b(above|below|over|under|more than|less than|at least|at most|fewer than)\s+)?\b(\d[\d,]*(?:\.\d+)?)\s+(\pL+)`)
	// figureSides maps a word of side to the side it means.
	figureSides = map[string]string{"above": "above", "over": "above", "more than": "above", "at least": "above", "below": "below", "under": "below", "less than": "below", "fewer than": "below", "at most": "below"}
	// spelledCount matches a number in words before a noun: "two weeks".
	spelledCount = lazyRE(`(?i)\b(?:one|` + wordsPattern(numberWords) + `)\s+\pL+`)
)

// figureVerdict weighs a question's figures against a sentence's, where
// the sentence gives just one figure of the question's unit: denied when
// it sets that figure on the other side of the one asked ("crested above
// 18 feet" of "did it crest below 10 feet?"); unsaid when the question
// gives the figure plainly and the sentence another ("crested at 46
// feet" of "at 40 feet?", or several figures none of which is the one
// asked), so that it answers no yes. "More than 1,000"
// is not unsaid by "about 1,200", and a number in words ("two weeks") may
// be the one asked.
func figureVerdict(question, sentence string) (denied, unsaid bool) {
	said := figuresOf(sentence)
	for _, f := range figuresOf(question) {
		var same []sidedFigure
		for _, s := range said {
			if s.unit == f.unit {
				same = append(same, s)
			}
		}
		if len(same) > 1 && f.side == "" && !slices.ContainsFunc(same, func(s sidedFigure) bool { return s.n == f.n }) && !spelledCount.MatchString(sentence) && !saysNumber(sentence, f.n) {
			// "Glenn completed 26 missions while Lynn completed 21" says
			// no one completed 30, though which is whose is not read.
			unsaid = true
		}
		if len(same) != 1 {
			continue // none, or several: which is the one asked is not read
		}
		s := same[0]
		switch {
		case f.side != "" && s.side != f.side && !(f.inclusive && s.side == "" && s.n == f.n) && (f.side == "below" && s.n >= f.n || f.side == "above" && s.n <= f.n):
			// "removed 15,300 cubic yards" is not more than 100,000.
			denied = true
		case f.side == "" && s.n != f.n && !spelledCount.MatchString(sentence):
			unsaid = true
		}
	}
	return denied, unsaid
}

// saysNumber reports whether a text gives a number in figures with no
// unit of its own after it: "… and 10 medals in 2014, 30 in all" says
// 30, "… over 30 years" does not.
func saysNumber(text string, n float64) bool {
	for _, loc := range digitsIn.FindAllStringIndex(text, -1) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(text[loc[0]:loc[1]], ",", ""), 64)
		next := strings.ToLower(firstWordAfter(text[loc[1]:]))
		if err == nil && v == n && (next == "" || stopWord(next) || !strings.HasPrefix(text[loc[1]:], " ")) {
			return true
		}
	}
	return false
}

// numberedThings maps each thing a text numbers to its numbers:
// "the first round" and "round 1" both to round 1.
func numberedThings(text string) map[string][]int {
	out := map[string][]int{}
	for _, m := range numberedThing.FindAllStringSubmatch(strings.ToLower(text), -1) {
		noun, number := cmp.Or(m[2], m[3]), cmp.Or(m[1], m[4])
		n, ok := ordinalWords[number]
		if !ok {
			n, _ = strconv.Atoi(strings.TrimRight(number, "stndrh"))
		}
		out[noun] = append(out[noun], n)
	}
	return out
}

// ordinalWords are the ordinals in words and their numbers.
var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

// ordinalPattern is an ordinal in words or digits: "third", "6th".
var ordinalPattern = wordsPattern(slices.Sorted(maps.Keys(ordinalWords))) + `|\d+(?:st|nd|rd|th)`

// numberedThing matches a thing with its ordinal before it ("first
// round", "6th inning") or its number after it ("round 6").
var numberedThing = lazyRE(`\b(?:(` + ordinalPattern + `)\s+(` + numberedNouns + `)|(` + numberedNouns + `)\s+(\d+))\b`)

// numberedNouns are the things a text numbers in order: rounds, laps,
// games.
const numberedNouns = `round|inning|quarter|half|game|day|stage|lap|period|set|leg|flight|attempt|test`

// deniesOtherVerb reports whether every denial in a sentence is of a
// verb the question does not say, with the question's own verb after it,
// in that verb's object: "Wilson did not accept Robens's resignation
// offer" denies the accepting, not the offer. Only a word English has
// as a verb alone counts: "no impact on landowners" may still deny
// that they are affected.
func (e *Engine) deniesOtherVerb(q *question, sentence string) bool {
	locs := negationsIn(sentence)
	for _, loc := range locs {
		words := wordRe.FindAllString(sentence[loc[1]:], deniedWithin+2)
		i := slices.IndexFunc(words, func(w string) bool { return !negatedFiller(strings.ToLower(w)) })
		if i < 0 || e.saysAskedWord(q, words[i]) || lexicon.Lookup(lexicon.Base(strings.ToLower(words[i]))).POS != lexicon.Verb {
			return false
		}
		if !slices.ContainsFunc(words[i+1:], func(w string) bool { return saysAskedVerb(q, w) }) {
			return false // "they were not emitted by green wood" may deny "come out of" in other words
		}
	}
	return len(locs) > 0
}

// negatedFiller reports whether a word between a "not" and its verb says
// nothing of what is denied: "did not yet fully survive", "refused to".
func negatedFiller(w string) bool {
	return stopWord(w) || w == "to" || w == "be" || w == "been" || lexicon.Lookup(w).POS == lexicon.Adverb
}

// saysAskedVerb reports whether a word of a sentence is the verb a
// "did … VERB" question asks of, in any form: "offer" of "did Robens
// offer to resign?".
func saysAskedVerb(q *question, w string) bool {
	verb := questionVerb(q.text)
	if verb == "" {
		return false
	}
	return lexicon.Base(strings.ToLower(w)) == lexicon.Base(verb) // "offer" is a stop word to the analyser
}

// questionVerb is the verb of a question that opens with an auxiliary
// ("did", "will", "has"): the first word after it English has as a verb
// that does not follow a determiner ("did the team win" → "win"), or "".
func questionVerb(question string) string {
	m := auxiliaryOpens.FindStringSubmatch(strings.ToLower(question))
	if m == nil {
		return ""
	}
	words := wordRe.FindAllString(m[1], -1)
	for i, w := range words {
		if i > 0 && lexicon.Lookup(lexicon.Base(w)).POS&lexicon.Verb != 0 && !determiner[words[i-1]] && !stopWord(w) {
			return w
		}
	}
	return ""
}

// auxiliaryOpens matches a question opening with an auxiliary, and the
// rest of it.
var auxiliaryOpens = lazyRE(`^\W*(?:did|does|do|will|would|can|could|has|have|had)\s+(.*)$`)

// askedNegated reports whether a yes/no question asks of a denial: a
// "not" in what it asks, not in a condition it sets ("will landowners
// be affected if they don't need federal permits?" asks of no denial).
// The sentence is not weighed: "resigned after she was not re-elected"
// against "did she resign when she wasn't re-elected?" still reads its
// "not" as a denial (a review found it; keeping the question whole
// there cost a right line on the blind sets).
func askedNegated(question string) bool {
	if loc := conditionOpens.FindStringIndex(question); loc != nil && loc[0] > 0 {
		question = question[:loc[0]]
	}
	return negated(question)
}

// conditionOpens finds where a question's condition or cause starts.
var conditionOpens = lazyRE(`(?i)\b(?:if|unless|because|although|though|when|whenever|since)\b`)

// onlyInTitle reports whether a word the question asks in lower case,
// and no noun, stands in the sentence only inside a capitalised name of
// three words or more: "listed as threatened under the Endangered
// Species Act" does not say the snake is endangered.
func onlyInTitle(q *question, sentence string) bool {
	for _, u := range q.units {
		if u.entity != "" || u.word == "" || q.nameTerms[u.term] || lexicon.Lookup(strings.ToLower(u.word)).POS&lexicon.Noun != 0 || typedCapitalised(q.text, u.word) {
			continue
		}
		if saidOnlyInNames(sentence, u.word, strings.ToLower(q.text)) {
			return true
		}
	}
	return false
}

// typedCapitalised reports whether a question writes a word with a
// capital anywhere past its first word.
func typedCapitalised(question, word string) bool {
	for _, m := range wordRe.FindAllStringIndex(question, -1) {
		if w := question[m[0]:m[1]]; m[0] > 0 && strings.EqualFold(w, word) && unicode.IsUpper([]rune(w)[0]) {
			return true
		}
	}
	return false
}

// saidOnlyInNames reports whether a sentence says a word, and every time
// inside a name of three words or more (nameSpans: "the Endangered
// Species Act"), none of whose other words the question (in lower case)
// says, which would name it ("was the united workers front banned?").
func saidOnlyInNames(sentence, word, question string) bool {
	names := nameSpans(sentence)
	seen := false
	for _, m := range wordRe.FindAllStringIndex(sentence, -1) {
		if !strings.EqualFold(sentence[m[0]:m[1]], word) {
			continue
		}
		seen = true
		i := slices.IndexFunc(names, func(n span) bool { return n.start <= m[0] && m[1] <= n.end })
		if i < 0 || len(strings.Fields(names[i].text)) < 3 || namesOtherWord(names[i].text, word, question) {
			return false
		}
	}
	return seen
}

// namesOtherWord reports whether a question says a word of a name other
// than word and its little joining words.
func namesOtherWord(name, word, question string) bool {
	return slices.ContainsFunc(strings.Fields(strings.ToLower(name)), func(w string) bool {
		return !strings.EqualFold(w, word) && !stopWord(w) && containsWords(question, w)
	})
}
