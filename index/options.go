package index

import (
	"slices"
	"strings"
)

// A reader who knows the story half-way asks which of some options it
// does not hold: "Which of these aircraft was NOT part of the tour:
// AC-130H Spectre, MC-130J Commando II, or F-16?". The story names the
// ones it holds; the one option it never says is the answer. Whether the
// story says an option is read from its words, in order, in one of the
// article's sentences: "common carp" is not said by a story that says
// "common" in one place and "carp" in another.

// optionNotSaid answers a "which of these is not …: A, B, or C?"
// question with its one option the article never says, or "" when it
// says all of them or leaves out more than one.
func (e *Engine) optionNotSaid(q *question) string {
	options := negatedOptions(q.text)
	if options == nil {
		return ""
	}
	var unsaid []string
	for _, o := range options {
		terms := e.an.terms(strings.ToLower(o))
		if len(terms) == 0 {
			return "" // "which is not in the list: this, that or it?" names nothing
		}
		if !e.saysInOrder(terms) {
			unsaid = append(unsaid, o)
		}
	}
	if len(unsaid) != 1 {
		return ""
	}
	return unsaid[0]
}

// negatedOptions are the options a question offers, when what it asks
// of them is negated: after a colon or a dash at its end ("Which … was
// NOT part of the tour: A, B, or C?"), or before it asks ("A, B, or C:
// which one is NOT mentioned?"); nil unless two to six options of at
// most five words each.
func negatedOptions(question string) []string {
	if !strings.ContainsAny(question, ":—–-") {
		return nil // every question is read for options: most offer none
	}
	var offered string
	if m := optionsAtEnd.FindStringSubmatchIndex(question); m != nil && notAsked.MatchString(question[:m[0]]) {
		offered = question[m[2]:m[3]]
	} else if m := optionsBefore.FindStringSubmatch(question); m != nil && notAsked.MatchString(m[3]) {
		offered = m[1] + m[2]
	} else {
		return nil
	}
	var options []string
	for _, o := range optionSep.Split(offered, -1) {
		o = strings.TrimSpace(optionArticle.ReplaceAllString(strings.TrimSpace(o), ""))
		if n := len(strings.Fields(o)); n == 0 || n > maxOptionWords {
			return nil
		}
		options = append(options, o)
	}
	if len(options) < 2 || len(options) > maxOptions {
		return nil
	}
	return options
}

// How many options a question may offer, and how long each may be.
const (
	maxOptions     = 6
	maxOptionWords = 5
)

var (
	// optionsAtEnd finds the options a question ends with, after a colon
	// or a dash, in its last sentence (an abbreviation's point, "U.S.",
	// "Dept.", ends none, nor a decimal's).
	optionsAtEnd = lazyRE(`(?:\s*:|\s[—–-])\s*((?:[^:?.—–]|\p{Lu}\p{Ll}{0,3}\.|\.\d)+?)\s*\??\s*$`)
	// optionsBefore finds the options a question gives before it asks,
	// after a colon or opening it ("Nimbus-7, ICESat-2, or Landsat:
	// which one is NOT mentioned?", "… reasons: sinking, or getting
	// eaten. Which one is NOT on his list?"), and what it asks.
	optionsBefore = lazyRE(`(?i)(?:^\s*([^:.?]+?)\s*:|:\s*([^:.?]+?)\s*[.:])\s+((?:which|what)\b[^:]*)$`)
	// optionSep splits options: "A, B, or C", "A or B".
	optionSep = lazyRE(`(?i)\s*,\s*(?:or\s+|and\s+)?|\s+or\s+`)
	// notAsked finds a negation in what a question asks.
	notAsked = lazyRE(`(?i)\b(?:not|never)\b|n['’]t\b`)
	// optionArticle is an article opening an option.
	optionArticle = lazyRE(`(?i)^(?:the|a|an)\s+`)
)

// saysInOrder reports whether an article sentence says the terms one
// after another.
func (e *Engine) saysInOrder(terms []string) bool {
	for _, d := range e.docs {
		if d.kind != docSentence {
			continue
		}
		for i := range d.tokens {
			if i+len(terms) <= len(d.tokens) && slices.EqualFunc(d.tokens[i:i+len(terms)], terms, func(t token, term string) bool { return t.term == term }) {
				return true
			}
		}
	}
	return false
}
