package index

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A reader asks what a shortening stands for: "what does NAVAIR stand
// for?", "whats the pbl in the award name stand for". The article says
// it where it first spells the name out: initial by initial before it
// ("Performance-Based Logistics … PBL", articleAbbreviations), or with
// the shortening in brackets after the name ("Naval Air Systems Command
// (NAVAIR)"), or the name in brackets after the shortening, as lists of
// instruments and units do ("WALRUSS (Wallops Atmospheric Light
// Radiation and Ultraviolet Spectrum Sensor)").

// asksExpansion matches a question about what a shortening stands for,
// capturing the shortening.
var asksExpansion = lazyRE(`^(?i:what|wat|whats|what's|what is)\s+(?i:(?:does|do|did|is)\s+)?(?i:the\s+)?([\p{L}\p{N}&.-]{2,}(?:\s+\p{Lu}{2,})?)\s+(?i:in\s+[^?]*?\s+)?(?i:(?:even|actually|really)\s+)?(?i:stand|stands|short)\s+(?i:for)\b`)

// standsFor finds the words that ask what a shortening stands for.
var standsFor = lazyRE(`(?i)\b(?:stand|stands|short)\s+for\b`)

// expansion answers what a shortening stands for, with the passage that
// spells it out; nil when the question asks no such thing, or the
// article does not spell it out.
func (e *Engine) expansion(q *question, text string, opt Options, start time.Time) *Answer {
	// The text as typed: a shortening is no typo ("navair" is not
	// "naval"). Only a mistyped question word is mended, and only when
	// the question may ask for a shortening at all ("wat does wcep stand
	// for"), as every question passes here.
	core := questionCore(text)
	m := asksExpansion.FindStringSubmatchIndex(core)
	if m == nil && standsFor.MatchString(text) {
		core = questionCore(e.fixQuestionWords(text))
		m = asksExpansion.FindStringSubmatchIndex(core)
	}
	if m == nil {
		return nil
	}
	long, d := e.spelledOut(core[m[2]:m[3]])
	if long == "" {
		return nil // the story may still speak of it: asked as any question
	}
	found := []scored{e.certain(d)}
	if long2, d2 := e.secondExpansion(core[m[1]:]); long2 != "" && long2 != long {
		// "What does SARA stand for, and what does OPV stand for?"
		long += " · " + long2
		found = append(found, e.certain(d2))
	}
	return e.framedAnswer(q, text, long, found, opt, start)
}

// secondExpansion is what a second shortening asked about stands for,
// and the document that says so, when the rest of a question asks it
// again ("…, and what does OPV stand for?"); else "".
func (e *Engine) secondExpansion(rest string) (string, int) {
	rest = strings.TrimLeft(rest, " ,;?")
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(rest, "and "), "also "))
	if m := asksExpansion.FindStringSubmatch(rest); m != nil {
		return e.spelledOut(m[1])
	}
	return "", 0
}

// spelledInBrackets is what a shortening stands for where the article
// writes one beside the other in brackets ("Naval Air Systems Command
// (NAVAIR)", "NAVAIR (Naval Air Systems Command)"), and the document of
// that sentence, or "".
func (e *Engine) spelledInBrackets(short string) (long string, doc int) {
	inBrackets := bracketed(short)
	for i, d := range e.docs {
		if d.kind != docSentence {
			continue
		}
		loc := inBrackets.FindStringIndex(d.text)
		if loc == nil {
			continue
		}
		// As the article writes it: "alvtp" typed spells "(ALVTP)", whose
		// capitals say which words it stands for.
		written := strings.TrimSpace(strings.Trim(d.text[loc[0]:loc[1]], "()"))
		if long := bracketedName(d.text, written); long != "" {
			return long, i
		}
	}
	after := bracketedAfterShort(short)
	for i, d := range e.docs {
		if d.kind == docSentence {
			if long := bracketedAfter(after, d.text, short); long != "" {
				return long, i
			}
		}
	}
	return "", -1
}

// spelledOut is what a shortening stands for in the article, and the
// document of the sentence that says so, or "": beside it in brackets
// (spelledInBrackets), else by initials the article says before it.
func (e *Engine) spelledOut(short string) (long string, doc int) {
	if long, i := e.spelledInBrackets(short); long != "" {
		return long, i
	}
	for _, ab := range e.abbreviations {
		if strings.EqualFold(ab.short, short) {
			for i, d := range e.docs {
				if d.kind == docSentence && strings.Contains(d.text, ab.long) {
					return ab.long, i
				}
			}
		}
	}
	return "", 0
}

// bracketed finds a shortening in brackets, in any case: "(NAVAIR)".
func bracketed(short string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)\(\s*` + regexp.QuoteMeta(short) + `\s*\)`)
}

// bracketedName is the name a sentence gives right before a shortening
// in brackets ("Naval Air Systems Command (NAVAIR)"): its run of
// capitalised words, little joining words allowed; "" when it has none.
func bracketedName(sentence, short string) string {
	loc := bracketed(short).FindStringIndex(sentence)
	if loc == nil || loc[0] == 0 {
		return ""
	}
	before := sentence[:loc[0]]
	if spans := wordSpan.FindAllStringIndex(before, -1); len(spans) > 0 {
		// "Secretary of Defense Performance-Based Logistics (PBL)",
		// "Coastal Wetlands Planning, Protection and Restoration Act
		// (CWPPRA)": the words whose initials spell it, commas and
		// little words within, when some do.
		if from, ok := initialsEnding(before, spans, short); ok {
			return tidyNameWord(strings.TrimSpace(before[spans[from][0]:]))
		}
	}
	words := strings.Fields(before)
	start := len(words)
	for start > 0 && (opensWithCapital(strings.TrimLeft(words[start-1], "'‘“\"")) || start < len(words) && nameConnectors[strings.ToLower(words[start-1])]) {
		start--
	}
	for start < len(words) && (nameConnectors[strings.ToLower(words[start])] || stopWord(strings.ToLower(words[start])) || calendarWords.MatchString(strings.Trim(words[start], ",.;:"))) {
		start++ // a name opens with none of "of", "The", "On", "Monday"
	}
	if start == len(words) {
		return ""
	}
	return tidyNameWord(strings.Join(words[start:], " "))
}

// bracketedAfterShort finds a shortening and the brackets right after
// it, capturing what they hold: "HELIX (High-Energy …)".
func bracketedAfterShort(short string) *regexp.Regexp {
	return regexp.MustCompile(`\b` + regexp.QuoteMeta(short) + `\s*\(([^()]+)\)`)
}

// bracketedAfter is the name a sentence gives in brackets right after a
// shortening (found by after, bracketedAfterShort: "HELIX (High-Energy
// Light Isotope eXperiment)", "METL (mission essential task list)"), when
// its first word starts as the
// shortening does and it has no more words than twice the shortening's
// letters; else "". Initial by initial is not asked: such names spell
// their shortening with inner capitals and syllables ("eXperiment",
// "Spectro-Polarimeter" of IRCSP), and a bracket right after a
// shortening says what it stands for far more often than anything else.
func bracketedAfter(after *regexp.Regexp, sentence, short string) string {
	m := after.FindStringSubmatch(sentence)
	if m == nil {
		return ""
	}
	long := strings.TrimSpace(m[1])
	words := strings.Fields(long)
	first, _ := utf8.DecodeRuneInString(long)
	lead, _ := utf8.DecodeRuneInString(short)
	if len(words) < 2 || len(words) > 2*utf8.RuneCountInString(short) || unicode.ToLower(first) != unicode.ToLower(lead) || strings.ContainsAny(long, "0123456789") {
		return "" // "CSK (Chennai)", "NASA (2019)"
	}
	return long
}
