package index

import (
	"slices"
	"strings"
)

// crewLine answers "who was the crew?" ("who were the astronauts?",
// "who was on board?") with the people the first sentence of the
// story's lead that names a crew and two people or more names: "Gerald P. Carr,
// Edward G. Gibson, William R. Pogue" of "Skylab 4 astronauts Gerald
// P. Carr, Edward G. Gibson, and William R. Pogue splashed down". A
// one-name line ("Ken Mattingly", the backup) or the crew's definition
// ("crew — forced to shut down the CM") answered before. With no such
// sentence the question gets no line (eventRows): later paragraphs name backup and rescue crews and earlier
// missions' ("Dominic L. Gorie, Gregory H. Johnson" of the shuttle
// standing ready to rescue Hubble's servicing crew).
func (e *Engine) crewLine(*question) string {
	for _, p := range e.leadParagraphs() {
		for _, s := range p.Sentences {
			if !crewWord.MatchString(s.Text) || otherCrew.MatchString(s.Text) {
				continue
			}
			if people := personsIn(s.Text); len(people) >= 2 {
				return strings.Join(people, ", ")
			}
		}
	}
	return ""
}

// personsIn are the people a text names by a given name and a surname,
// each once.
func personsIn(text string) []string {
	var out []string
	for _, n := range nameSpans(text) {
		name := withoutTitle(n.text)
		if givenNamed(unquotedWords(name)) && nameKind(text, n) != "place" && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// withoutTitle is a name without the rank or role it opens with:
// "Commander Charles F. Bolden" is Charles F. Bolden.
func withoutTitle(name string) string {
	if n := nameAfterTitle(name); n != "" {
		return n
	}
	return name
}

var (
	// asksCrew matches a question that asks who a craft's crew were and
	// nothing else: "who was the crew?", "who were the astronauts?",
	// "who was on board?", "who was in the crew?".
	asksCrew = lazyRE(`(?i)^(?:so\s+|ok\s+)?who(?:\s+(?:was|were|is|are)|['’]s)\s+(?:(?:in\s+)?the\s+(?:crew|astronauts|cosmonauts|crew\s+members)|on\s+board|aboard)\s*[?.!]*$`)
	// otherCrew finds the words of a crew that stands by: "Jose Baca and
	// Brandon Kent are this mission's alternate crew members".
	otherCrew = lazyRE(`(?i)\b(?:alternates?|backup|back-up|reserves?|rescue|stand-by|standby)\b`)
	// crewWord finds the words a sentence names a crew by.
	crewWord = lazyRE(`(?i)\b(?:crew|crewmembers|astronauts?|cosmonauts?|aboard|on\s+board)\b`)
)
