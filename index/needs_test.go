package index

import (
	"slices"
	"strings"
	"testing"
)

// TestNeedsFindsLiterals checks the literals an expression is found to
// need: one of them in every match, none where a match may hold none.
func TestNeedsFindsLiterals(t *testing.T) {
	for src, want := range map[string][]string{
		`(?i)\bhow much\b`:            {"HOW MUCH"},
		`(?i)\b(?:said|told)\b`:       {"SAID", "TOLD"},
		`\b(?:his|her)\s+$`:           {"ER", "IS"}, // simplified to h(?:is|er)
		`x*said`:                      {"SAID"},
		`\d+ (?:boats|bats)`:          {"ATS", "OATS"}, // b(?:oats|ats)
		`(?:said)?`:                   nil,             // may match nothing
		`said|\d`:                     nil,             // a digit alone matches
		`\d+`:                         nil,
		`(?i)\b(?:a|an)\b`:            nil,        // a letter is in every text
		`"[^"]+"|“[^”]+”`:             {`"`, "“"}, // a quotation mark is not
		`(?:ok){2,}`:                  {"OK"},
		`(?:ok){0,2}`:                 nil,
		`(?i)the\s+(\pL+)\s+of\s+the`: {"THE"},
	} {
		if got := needs(src); !slices.Equal(got, want) {
			t.Errorf("needs(%q) = %q, want %q", src, got, want)
		}
	}
}

// TestNeedsNeverSkipAMatch runs every expression the package declares on
// the built-in story's paragraphs and sentences and on odd texts, and
// checks that no text mayHold turns away holds a match: skipping an
// expression must never change an answer. "ſ" and "K" match "s" and "k"
// without regard to case.
func TestNeedsNeverSkipAMatch(t *testing.T) {
	c := mustDefault(t)
	texts := append([]string{"ſaid", "SAİD", "how MUCH", "K", "İ", "\xff said \xfe", ""}, fuzzSeeds...)
	for _, p := range c.Article.Paragraphs {
		texts = append(texts, p.Text, strings.ToUpper(p.Text))
		texts = append(texts, strings.Split(p.Text, ". ")...)
	}
	texts = append(texts, benchQuestions...)
	declaredMu.Lock()
	all := declared
	declaredMu.Unlock()
	skipped := 0
	for _, l := range all {
		for _, s := range texts {
			if l.may(s) {
				continue
			}
			skipped++
			if l.re.MatchString(s) {
				t.Errorf("%.60s: needs %q, but matches %.60q", l.src, l.needs, s)
			}
		}
	}
	if skipped == 0 {
		t.Error("no expression was skipped on any text: needs finds no literals")
	}
}

// FuzzNeeds checks on any text that an expression mayHold turns away
// does not match it.
func FuzzNeeds(f *testing.F) {
	for _, s := range append(fuzzSeeds, "ſaid", "SAİD", "how MUCH", "K") {
		f.Add(s)
	}
	declaredMu.Lock()
	all := declared
	declaredMu.Unlock()
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range all {
			if !l.may(s) && l.re.MatchString(s) {
				t.Errorf("%.60s: needs %q, but matches %q", l.src, l.needs, s)
			}
		}
	})
}
