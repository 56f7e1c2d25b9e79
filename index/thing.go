package index

import (
	"slices"
	"strings"
	"unicode"

	"storybot/corpus"
	"storybot/index/internal/lexicon"
)

// This file answers "which NOUN" and "what kind of NOUN" questions from
// the article when the noun is no kind of entry the story's fact sheet
// has: the answer is the phrase of the answering sentence that ends in
// the noun, or in a kind of it, and says which one ("what university" →
// "Indiana State University", "what kind of soil" → "nutrient-poor
// soils", "what kind of animal" → "whiskery fish").

// askedHead is the noun a "which"/"what" question asks one thing of, or
// "": the last noun of the nouns and adjectives after the question word
// ("which US agency bought", "which bear fully recovered"), past "kind
// of". "Which universities" asks for several, which the series answers;
// "what did she say" for no noun at all.
func askedHead(text string) string {
	lower := strings.ToLower(text)
	m := whichRun.FindStringSubmatchIndex(lower)
	if m == nil {
		return ""
	}
	words := strings.Fields(lower[m[2]:m[3]])
	all := strings.Fields(lower[m[2]:]) // the verb's subject may lie past whichRun's words
	kindOf := len(words) > 2 && typeWord[words[0]] && words[1] == "of"
	if kindOf {
		words = words[2:]
	}
	head := ""
	for i, w := range words {
		lex := lexicon.Lookup(w)
		if auxiliary[w] || typeWord[w] || verbForm(w) || lex.POS&(lexicon.Noun|lexicon.Adjective) == 0 {
			break
		}
		if head != "" && lex.POS&lexicon.Verb != 0 && i+1 < len(words) && littleWord(words[i+1]) {
			break // "which species nest at …": a verb before its object
		}
		if head != "" && pastEd(w) {
			break // "which admiral commanded the group": its verb, not "group"
		}
		if head != "" && lex.POS&lexicon.Adverb != 0 {
			break // "which air forces still fly", "which bear fully recovered"
		}
		if lex.POS&lexicon.Noun != 0 {
			head = w
		}
	}
	if !kindOf && (lexicon.Base(head) != head || pluralVerbAfter(all, head)) {
		return "" // "which plants", "which crayfish are" ask for several: the series answers
	}
	return lexicon.Base(head) // "what kind of shoals" asks for one kind
}

// pluralVerbAfter reports whether the verb after the head says there
// are several ("which crayfish are …").
func pluralVerbAfter(words []string, head string) bool {
	i := slices.Index(words, head)
	return i >= 0 && headsPluralVerb(words[i+1:])
}

// headsPluralVerb reports whether the words after a "which NOUN" open
// with a plural verb that is the noun's: "which crayfish are endangered".
// Not when the verb has a subject of its own after it, which a word
// opening a subject or a preposition left at the question's end shows:
// "which wing were the Airmen from", "what mission were young and duke
// on".
func headsPluralVerb(after []string) bool {
	if len(after) == 0 || !(after[0] == "are" || after[0] == "were" || after[0] == "have") {
		return false
	}
	rest := after[1:]
	if len(rest) == 0 {
		return true
	}
	if subjectOpener[rest[0]] && !(len(rest) > 1 && rest[0] == "the" && rankWord(rest[1])) {
		return false
	}
	return !strandedPreposition[strings.Trim(rest[len(rest)-1], "?!.")]
}

// rankWord reports whether a word after "the" ranks what the question
// asks for, so the verb before it is still the noun's: "which fish were
// the first to return", "which crayfish are the most at risk".
func rankWord(w string) bool {
	switch w {
	case "first", "last", "only", "most", "least", "best", "worst", "next":
		return true
	}
	return strings.HasSuffix(w, "est") && lexicon.Base(w) != w
}

// subjectOpener are the words that open a clause's subject after its
// verb: "were the Airmen", "are they", "were most of them".
var subjectOpener = map[string]bool{"the": true, "they": true, "these": true, "those": true, "we": true, "you": true, "most": true, "their": true, "his": true, "her": true, "its": true, "our": true}

// strandedPreposition are the prepositions a question may end on, left
// by the thing it asks for: "what mission were they on?".
var strandedPreposition = map[string]bool{"on": true, "from": true, "in": true, "at": true, "to": true, "with": true, "for": true, "of": true, "by": true, "about": true, "into": true, "under": true, "aboard": true}

// whichRun is a question word and the words after it.
var whichRun = lazyRE(`\b(?:which|what)((?:\s+[a-z]+){1,6})`)

// phraseWord is a word of a phrase: letters or digits, with the
// hyphens, apostrophes and dots inside it ("nutrient-poor", "N.C.").
var phraseWord = lazyRE(`[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?`)

// maxModifiers is how many words before the noun a phrase takes.
const maxModifiers = 4

// thingsNamed are the phrases of a passage that end in the noun a
// question asks for, or in a noun WordNet files under it, with the
// words before it that tell which; a phrase whose words all come from
// the question tells nothing.
func (e *Engine) thingsNamed(q *question, p *passage) []span {
	if q.head == "" {
		return nil
	}
	var asked map[string]bool // the question's words, read at the first phrase found
	// "which refuge" asks for one; a plural may answer "what kind of soil".
	oneAsked := !kindsAsked.MatchString(q.text)
	locs := phraseWord.FindAllStringIndex(p.text, -1)
	var out []span
	for i, loc := range locs {
		w := strings.ToLower(p.text[loc[0]:loc[1]])
		titled := false
		if full := corpus.TitleWord(w); full != "" {
			w, titled = full, true // "Rear Adm. Gregory Harris" is an admiral
		}
		if !isOfKind(w, q.head) || modifiesNext(p.text, locs, i) {
			continue
		}
		if oneAsked && strings.HasSuffix(w, "s") && lexicon.Base(w) != w {
			continue // "which refuge" is not "National Wildlife Refuges"; "what kind of soil" may be "nutrient-poor soils"
		}
		first := i
		for first > 0 && i-first < maxModifiers && p.text[locs[first-1][1]:locs[first][0]] == " " && modifier(p.text, locs[first-1]) {
			first--
		}
		from := locs[first][0]
		if asked == nil {
			asked = wordSet(q.text)
		}
		if !oneAsked && onlyOwner(p.text, locs[first:i]) {
			continue // "what kind of ship was the Terra Nova?" is not told by "Scott's ship"
		}
		if !tellsWhich(p.text, locs[first:i], asked) {
			if name, ok := nameAfterOf(p.text, loc, asked); ok {
				out = append(out, name)
			}
			continue
		}
		end := loc[1]
		if name, ok := nameHolding(p, loc); ok && restOfNameAsked(p.text[loc[1]:name.end], asked) {
			// "Information Warfare Task Force-Afghanistan", whole, for
			// "which task force": not "newly-formed … Task".
			for first < i && !opensWithCapital(p.text[locs[first][0]:locs[first][1]]) {
				first++
			}
			from, end = locs[first][0], name.end
		}
		if name, ok := nameHolding(p, loc); ok && name.start < from && opensWithCapital(p.text[from:end]) && oneNameBefore(p.text[name.start:from]) {
			// "Gull Point–Elm Bay International Airport", whole: the
			// name goes on before the words a phrase takes. Not "Ann
			// Lee of Lakeland State University": "of" joins two.
			from = name.start
		}
		from, end = nameAfterHead(p, from, end, loc, w, titled)
		if m := numberOfName.FindString(p.text[end:]); m != "" && opensWithCapital(p.text[loc[0]:loc[1]]) {
			end += len(m) // "Boy Scout Troop 912", "Launch Complex 17A": the number names it
		}
		if m := nameInApposition.FindStringSubmatchIndex(p.text[end:]); m != nil && !opensWithCapital(p.text[from:end]) {
			// "an internship at a daily newspaper, Le Courrier
			// d'Afrique": the name says which newspaper.
			from, end = end+m[2], end+m[3]
		}
		out = append(out, span{start: from, end: end, text: p.text[from:end]})
	}
	if oneAsked {
		out = namedFirst(p.text, out)
	}
	return out
}

// onlyOwner reports whether the words before a phrase's noun are one
// possessive ("Scott's ship"): they say whose it is, not what kind.
func onlyOwner(text string, modifiers [][]int) bool {
	if len(modifiers) != 1 {
		return false
	}
	w := text[modifiers[0][0]:modifiers[0][1]]
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'")
}

// nameAfterOf is the name after " of " that says which thing a common
// noun at loc is, when the question does not say it: "the island of
// Thasos"; not "a shape of Catherine II monogram", which names a
// monogram.
func nameAfterOf(text string, loc []int, asked map[string]bool) (span, bool) {
	m := ofName.FindStringSubmatchIndex(text[loc[1]:])
	if m == nil || opensWithCapital(text[loc[0]:loc[1]]) {
		return span{}, false
	}
	from, to := loc[1]+m[2], loc[1]+m[3]
	if asked[strings.ToLower(text[from:to])] || modifiedNoun(firstWordAfter(text[to:])) {
		return span{}, false
	}
	return span{from, to, text[from:to]}, true
}

// modifiedNoun reports whether the word after a name is a common noun the
// name modifies ("Catherine II monogram"), not a word of the sentence
// going on ("in", "and").
func modifiedNoun(w string) bool {
	return !stopWord(w) && nounWord(w)
}

// ofName matches " of " and the capitalised name after it (group 1): "of
// Thasos", "of New Bern", "of Our Lady of Fátima".
var ofName = lazyRE(`^\s+of\s+(\p{Lu}[\pL’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\pL’'.-]*)*)`)

// namedFirst leaves out a phrase that only says what a name set beside
// it is: "the 960th Cyberspace Wing, AFRC’s premier cyberspace wing" is
// answered by the name. A phrase of its own stays: "taught at a small
// rural school … before she became principal of Dunmore High School".
func namedFirst(text string, phrases []span) []span {
	return keepSome(phrases, func(s span) bool {
		return !namedHead(s) && slices.ContainsFunc(phrases, func(n span) bool {
			return namedHead(n) && (n.end <= s.start && appositionGap.MatchString(text[n.end:s.start]) || s.end <= n.start && appositionGap.MatchString(text[s.end:n.start]))
		})
	})
}

// appositionGap matches what stands between a name and the phrase set
// beside it: ", ", ", the ", ", its ".
var appositionGap = lazyRE(`(?i)^\s*,\s*(?:(?:the|a|an|its|their|his|her)\s+)?$`)

// namedHead reports whether a phrase ends in a capitalised word: a name.
func namedHead(s span) bool {
	words := strings.Fields(s.text)
	return opensWithCapital(words[len(words)-1])
}

// nameInApposition matches a name set after a common noun's comma, up to the
// next comma or the sentence's end: ", Le Courrier d'Afrique.".
var nameInApposition = lazyRE(`^,\s+((?:(?:Le|La|Les|El|The|De|Der|Die)\s+)?\p{Lu}[\pL’'-]*(?:\s+(?:\p{Lu}[\pL’'-]*|[a-z]['’]\p{Lu}[\pL’'-]*|of|de|du|des|la|le)){0,5})(?:[,.;:]|$)`)

// numberOfName matches the number that goes on a capitalised noun's
// name: " 912", " 17A", " No. 5".
var numberOfName = lazyRE(`^ (?:No\. )?\d+[A-Z]?\b`)

// restOfNameAsked reports whether the words of a name after the one a
// "which" question asks for are its own or proper names: "Task
// Force-Afghanistan" for "which task force", but not "River Basin
// Commission" for "which river" (the commission is another thing).
func restOfNameAsked(rest string, asked map[string]bool) bool {
	for _, w := range wordRe.FindAllString(rest, -1) {
		lw := strings.ToLower(w)
		if x := lexicon.Lookup(lw); !asked[lw] && x.Common() {
			return false
		}
	}
	return true
}

// nameRightAfter is the name that starts right after a title's point
// and space ("Adm. Gregory Harris"), if any.
func nameRightAfter(p *passage, at int) (span, bool) {
	return nameWhere(p, func(n span) bool {
		return n.start > at && n.start <= at+2 && strings.TrimSpace(p.text[at:n.start]) == "."
	})
}

// nameAfterHead widens a phrase from-end, whose head word w is at loc,
// to the name right after it that says which one it is: after a title,
// whole ("Rear Adm. Gregory Harris", not "Rear Adm"); after a lowercase
// kind of person, the name alone ("backup goalkeeper Jon Madder" is
// answered "Jon Madder").
func nameAfterHead(p *passage, from, end int, loc []int, w string, titled bool) (int, int) {
	if n, ok := nameRightAfter(p, end); titled && ok {
		return from, n.end
	}
	if n, ok := nameNextTo(p, end); ok && !titled && !opensWithCapital(p.text[loc[0]:loc[1]]) && lexicon.Lookup(w).Kind == "person" {
		return n.start, n.end
	}
	return from, end
}

// nameNextTo is the capitalised name of a passage that starts one space
// after at.
func nameNextTo(p *passage, at int) (span, bool) {
	return nameWhere(p, func(n span) bool { return n.start == at+1 && p.text[at] == ' ' })
}

// nameHolding is the capitalised name of a passage that holds the word at
// loc, when the word is one of the name's.
func nameHolding(p *passage, loc []int) (span, bool) {
	return nameWhere(p, func(n span) bool { return n.start <= loc[0] && loc[1] <= n.end })
}

// nameWhere is the first of a passage's capitalised names that holds, in
// the order they come.
func nameWhere(p *passage, holds func(span) bool) (span, bool) {
	if i := slices.IndexFunc(p.names, holds); i >= 0 {
		return p.names[i], true
	}
	return span{}, false
}

// wordSet is the set of a text's words in lower case.
func wordSet(text string) map[string]bool {
	set := map[string]bool{}
	for _, w := range wordRe.FindAllString(strings.ToLower(text), -1) {
		set[w] = true
	}
	return set
}

// modifiesNext reports whether the word at i is no head but tells which
// of the noun after it: "bat" in "bat lover". A name's last word may be
// followed by another noun ("Indiana State University researcher").
func modifiesNext(text string, locs [][]int, i int) bool {
	w := text[locs[i][0]:locs[i][1]]
	if i+1 == len(locs) || text[locs[i][1]:locs[i+1][0]] != " " || unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	next := strings.ToLower(text[locs[i+1][0]:locs[i+1][1]])
	return lexicon.Lookup(next).POS&lexicon.Noun != 0 && !verbForm(next) && !auxiliary[next]
}

// isHeadUnit reports whether a question's word is the noun a "which
// NOUN" question asks for, as typed or in its base form.
func isHeadUnit(q *question, u unit) bool {
	return u.entity == "" && (u.word == q.head || lexicon.Base(u.word) == q.head)
}

// saysAllButHead reports whether a sentence that may answer a "which
// NOUN" question says everything else the question does, or nearly:
// "southeastern bats" in a sentence about Alabama does not tell which
// bat does well there.
func (e *Engine) saysAllButHead(q *question, in said) bool {
	if q.head == "" { // only questions with no kind of their own have one
		return true
	}
	var got, total float64
	for _, u := range q.units {
		if !u.topical || typeWord[u.word] || isHeadUnit(q, u) {
			continue
		}
		total += u.weight
		if u.entity != "" && e.namesEntry(in, u.entity) || u.entity == "" && in.says(u.term, u.syns) {
			got += u.weight
		}
	}
	return total == 0 || got/total >= thingCover
}

// namesEntry reports whether a sentence says one of an entry's names:
// "what kind of aircraft is the KX-7" is answered only where the KX-7 is
// named.
func (e *Engine) namesEntry(in said, id string) bool {
	for _, n := range e.names[id] {
		if len(n.toks) > 0 && !slices.ContainsFunc(n.toks, func(t token) bool { return !in[t.term] }) {
			return true
		}
	}
	return false
}

// thingCover is the share of the rest of a "which NOUN" question the
// sentence naming the thing must say.
const thingCover = 0.8

// isOfKind reports whether a word is the noun asked for or a kind of it.
func isOfKind(word, head string) bool {
	base := lexicon.Base(word)
	// "as" is no district, though WordNet knows an American Samoa.
	return base == head || !stopWord(word) && lexicon.Lookup(base).POS&lexicon.Noun != 0 && lexicon.IsA(base, head)
}

// modifier reports whether the word at loc can tell which thing the
// noun after it is: a name, a hyphenated word, or an adjective or noun,
// but no number or quantity ("three", "several") and no little word
// ("the", "its", a verb's form). A common word
// capitalised for opening the sentence is no name ("Several").
func modifier(text string, loc []int) bool {
	w := text[loc[0]:loc[1]]
	lw := strings.ToLower(w)
	if quantifier[lw] || quantityWords[lw] || slices.Contains(numberWords, lw) {
		return false
	}
	if unicode.IsUpper([]rune(w)[0]) && !(sentenceStart(text, loc[0]) && commonWord(w)) || strings.Contains(w, "-") {
		return true
	}
	return !littleWord(lw)
}

// quantifier are the words that say how many, or pick among several
// without telling which.
var quantifier = map[string]bool{"several": true, "many": true, "few": true, "some": true, "all": true, "each": true, "every": true, "both": true, "most": true, "more": true, "other": true, "another": true, "such": true, "these": true, "those": true, "one": true}

// tellsWhich reports whether the words before the noun say something the
// question does not, in a name, a hyphenated word or an adjective: a
// plain noun ("field office") says what sort, not which one.
func tellsWhich(text string, locs [][]int, asked map[string]bool) bool {
	for _, loc := range locs {
		w := text[loc[0]:loc[1]]
		lw := strings.ToLower(w)
		if asked[lw] {
			continue
		}
		if unicode.IsUpper([]rune(w)[0]) || strings.Contains(w, "-") || lexicon.Lookup(lw).POS&lexicon.Adjective != 0 && !degreeOfAdjective(lw) && !pointingAdjective[lw] {
			return true // "broader trend" says no more which trend than "trend"
		}
	}
	return false
}

// pointingAdjective are adjectives that point at a thing the text names
// elsewhere, or grade it, without saying which it is: "the current
// record", "a specific part of the body".
// "Whole" names a kind ("whole milk"), and "present", "existing" and
// "usual" set a thing against an older one ("the present building"), so
// they stay off the list, as does "certain" before a name ("a certain
// Captain Ward").
var pointingAdjective = map[string]bool{
	"current": true, "specific": true, "particular": true, "same": true, "various": true,
	"actual": true, "entire": true, "respective": true, "relevant": true, "given": true,
	"such": true, "following": true, "overall": true, "additional": true, "further": true,
	"aforementioned": true,
}

// oneNameBefore reports whether the words of a name before a phrase all
// open with a capital, with no joining word ("of") between two names.
func oneNameBefore(words string) bool {
	return allCapitalised(words) && !slices.ContainsFunc(strings.Fields(words), func(w string) bool { return nameConnectors[w] })
}
