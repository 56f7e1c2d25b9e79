package index

import (
	"slices"
	"strings"
)

// A question that names one of the article's things ("the Detroit
// River") is not answered by a sentence about another thing of the same
// kind that does not name it ("the Saginaw River is expected to begin
// Aug. 30"): news releases often tell of several rivers, refuges or
// awards in the same words.

// articleNames lists the article's names of two words or more, in lower
// case, each once, in article order.
func articleNames(passages []*passage) []string {
	var out []string
	for _, p := range passages {
		for _, s := range p.names {
			n := strings.ToLower(s.text)
			if strings.Contains(n, " ") && !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// namesInQuestion are the article's names (of two words or more) a
// question says, found once per question.
func (e *Engine) namesInQuestion(q *question) []string {
	var out []string
	lq := strings.ToLower(q.text)
	for _, n := range e.articleNames {
		if containsWords(lq, n) {
			out = append(out, n)
		}
	}
	return out
}

// namesSibling reports whether a sentence is about another of the kind
// of a thing the question names (inQuestion, from namesInQuestion), and
// does not name the thing itself: its subject is a name that ends in the
// same word and shares no other ("Saginaw River" for "Detroit River";
// "Maricao Commonwealth Forest" is the "Maricao Forest"). A name after
// the sentence's verb ("more than in Wayne County") or in a sentence
// that opens with a pronoun ("She won 23 titles, 16 more than her sister
// Venus Williams") is no sibling: the sentence is about another thing.
func (e *Engine) namesSibling(q *question, inQuestion []string, d *doc) bool {
	if len(inQuestion) == 0 || d.kind != docSentence || d.pass == nil {
		return false
	}
	lq, ld := strings.ToLower(q.text), strings.ToLower(d.text)
	var asked []string
	for _, n := range inQuestion {
		if !containsWords(ld, n) {
			asked = append(asked, n)
		}
	}
	if len(asked) == 0 || opensWithPronoun(ld) {
		return false
	}
	end := d.start + len(d.text)
	for _, s := range d.pass.names {
		if s.start < d.start || s.start >= end {
			continue
		}
		n := strings.ToLower(s.text)
		if strings.TrimSpace(n) == "" {
			continue
		}
		for _, a := range asked {
			if titledSurname(s.text) && !e.sharedSurname(a) {
				continue // "Mr. Wolkowsky" is David Wolkowsky, the only Wolkowsky, no sibling of his
			}
			if n != a && lastWordOf(n) == lastWordOf(a) && !containsWords(lq, n) && onlyHeadShared(n, a) {
				return !saysVerb(d.pass.text[d.start:s.start]) // "more than in Wayne County" is no subject
			}
		}
	}
	return false
}

// titledSurname reports whether a name is a title and one word:
// "Mr. Wolkowsky", "Capt. Calabrese".
func titledSurname(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && titleWordsOnly(strings.Join(f[:len(f)-1], " "))
}

// opensWithPronoun reports whether a lower-case sentence opens with a
// pronoun for something named before it.
func opensWithPronoun(ld string) bool {
	w, _, _ := strings.Cut(ld, " ")
	switch w {
	case "it", "its", "he", "his", "she", "her", "they", "their":
		return true
	}
	return false
}

// onlyHeadShared reports whether two names share no word but their last.
func onlyHeadShared(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	for _, w := range wa[:len(wa)-1] {
		if slices.Contains(wb, w) {
			return false
		}
	}
	return true
}

// A question about "Pioneer 3" is not answered by a sentence about
// "Pioneer 1" that does not name Pioneer 3: an article that tells of a
// series of probes, flights or squadrons gives each its own weight,
// date and base in the same words.

// numberedName matches a capitalised name and the number that tells
// which one it is: "Pioneer 3", "Crew-7", "VFA 147", "Launch Complex
// 17A".
var numberedName = lazyRE(`\b(\p{Lu}[\pL]*)[ -](\d{1,4}[A-Z]?)\b`)

// numberedNames lists the article's numbered names (numberedName),
// lower-cased, each once; a day of a month ("March 3") is none.
func numberedNames(passages []*passage) []string {
	var out []string
	for _, p := range passages {
		for _, m := range numberedName.FindAllStringSubmatch(p.text, -1) {
			if des := strings.ToLower(m[1] + " " + m[2]); !calendarWords.MatchString(m[1]) && !slices.Contains(out, des) {
				out = append(out, des)
			}
		}
	}
	return out
}

// designationsAsked are the article's numbered names a question says,
// with a space or a hyphen ("pioneer 3", "crew-7").
func (e *Engine) designationsAsked(q *question) []string {
	var out []string
	lq := strings.ToLower(q.text)
	for _, des := range e.numberedNames {
		if containsWords(lq, des) || containsWords(lq, strings.Replace(des, " ", "-", 1)) {
			out = append(out, des)
		}
	}
	return out
}

// namesOtherDesignation reports whether a sentence whose numbered names
// are names (numberedName's submatches) names, of a series a question
// names one of, another and not the one asked: "Pioneer 1, weighing 84
// pounds" for "how much did pioneer 3 weigh?".
func namesOtherDesignation(asked []string, names [][]string) bool {
	other := false
	for _, m := range names {
		des := strings.ToLower(m[1] + " " + m[2])
		if slices.Contains(asked, des) {
			return false
		}
		other = other || slices.ContainsFunc(asked, func(a string) bool { return strings.HasPrefix(a, strings.ToLower(m[1])+" ") })
	}
	return other
}

// namesOnlyOthers reports whether a sentence's numbered names
// (numberedName's submatches) are some, and none of those a question
// asks: it tells of other things.
func namesOnlyOthers(asked []string, names [][]string) bool {
	return len(names) > 0 && !slices.ContainsFunc(names, func(m []string) bool {
		return slices.Contains(asked, strings.ToLower(m[1]+" "+m[2]))
	})
}

// answerOfOtherDesignation reports whether the sentence an answer line
// was read from, in the best documents' paragraphs, names another of a
// series than the one asked: "The 13-pound Pioneer 3" is no weight of
// Pioneer 4, though Pioneer 4's sentence stands beside it.
func answerOfOtherDesignation(asked []string, ranked []scored, answer string) bool {
	for _, s := range ranked[:min(3, len(ranked))] {
		if s.d.pass == nil || s.d.para == nil {
			continue
		}
		if i := strings.Index(s.d.pass.text, answer); i >= 0 {
			from, to := sentenceAround(s.d.para, i)
			return namesOtherDesignation(asked, numberedName.FindAllStringSubmatch(s.d.pass.text[from:to], -1))
		}
	}
	return false
}

// A question that asks what happened in one of the article's places
// ("how much rain fell in Kingsport?") is not answered by a sentence
// that tells it of another place and does not name the one asked ("142
// millimetres of rain fell in Ashford"): weather, election and disaster
// reports give each town its own figure in the same words.

// placeAsked is the article's name a question sets after "in" or "at"
// ("in kingsport"), in lower case, or "".
func (e *Engine) placeAsked(q *question) string {
	for _, m := range inPlace.FindAllStringSubmatch(strings.ToLower(q.text), -1) {
		for _, p := range e.passages {
			for _, s := range p.names {
				// After "the", a name with more words after it names
				// an event by its place ("in the Granville train
				// crash"), unless it is a place and the word after it
				// a little one ("in the Philippines during the
				// storm"; not "and Vietnam", nor "at the BBC before").
				n := strings.ToLower(s.text)
				rest, after := strings.CutPrefix(m[2], n+" ")
				if n == m[2] || after && (m[1] == "" || stopWord(rest) && !coordinating(rest) && p.nameKindOf(s) == "place") {
					return n
				}
			}
		}
	}
	return ""
}

// inPlace matches "in" or "at" and up to two words after it, past a
// "the" ("in the Philippines").
var inPlace = lazyRE(`\b(?:in|at)\s+(the\s+)?([\pL'’-]+(?:\s+[\pL'’-]+)?)`)

// tellsOfOtherPlace reports whether a sentence sets what it tells in
// another of the article's places than the one asked and does not name
// the one asked: "fell in Ashford" for "in kingsport".
func tellsOfOtherPlace(place string, d *doc) bool {
	if place == "" || d.kind != docSentence || d.pass == nil || containsWords(strings.ToLower(d.text), place) {
		return false
	}
	end := d.start + len(d.text)
	for _, s := range d.pass.names {
		if s.start >= d.start && s.start < end && placeBefore.MatchString(d.pass.text[d.start:s.start]) {
			return true
		}
	}
	return false
}

// placeBefore matches text that ends with "in" or "at" before a name.
var placeBefore = lazyRE(`\b(?:in|at)\s+$`)
