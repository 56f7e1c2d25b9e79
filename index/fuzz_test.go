package index

import (
	"context"
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"storybot/corpus"
)

var fuzzSeeds = []string{
	"How many aircraft did Kazakhstan sell?", "who is Camerron", "Су-24", "ＭｉＧ－２９",
	`+Su-24 -MiG "Fencer" name:value ?* ~2 ^3`, "", " ", "\x00", "\xff\xfe", "\u200b\u202e",
	"a-1 b 2 c-3d su-24m mig29s", "what is the 81", strings.Repeat("why ", 60),
	"how much, roughly, experience?", "how much?", "where was it on may 12-13", "Кто такой? Летучие мыши",
	// About the story, but too little of them is covered: the closest
	// passages are shown with "doesn't say".
	"Did the buyer pay a fee for the planes?", "who handed the planes over",
	// Shapes read by this stop's rules: "which NOUN", a relative clause
	// after a name, a superlative, a sum, shorthand, apostrophes, ranges.
	"what kind of plane is the su-24", "who were the Armed Forces that salvage", "which plane is the oldest",
	"what's 15 times 12", "how many ppl watched tho", "who is o’hara's graduate student, o'keefe",
	"between 65,000 and 102,000, $100 to $1,000", " that", "which", "what kind of", "where is",
	// Session 62's shapes: name parts, ordinal dates, mistyped shortenings.
	"what is o'brien-ward's first name", "what's the surname of de la", "first name of the",
	"when on the 14th to the 16th of June, 2019", "wat does wcep stand for", "wat dose stand for",
	"what's this article about?", "tl;dr", "what happened",
	// Numbers a year could be, counts, conversions and what is left out.
	"how did they do in the 1749 cup", "when did 1750 homes lose power", "how many 2000 people",
	"how big is 3 feet (1 meter) (", "who else besides the fbi and postal inspectors", "besides", "other than ,",
	"name every eight agencies", "in 1600 as s",
	// Plural designations, ordinals of units, ages and hedges.
	"how many su-24ms were sold", "how many mig-29s and su-24s", "how many 16th sos", "At 82 years old, who",
	"Сколько лет было Токаеву?", "Сколько лет", "what kinda planes", "kinda", "how many b-52s-",
	// Nicknames, scores, ages without "years old", a name in another case.
	`who was Virgil I. "Gus" Grissom`, `"Sonny" Whitfield "`, "“Bud” ", "At 77, who", "At 10,", "21–9 how many", "-9–", "Рок Хард Тена?",
	// Letters whose lower case is longer in bytes, around an "or".
	"did Ali go with ȺȺȺȺȺȺȺȺȺȺȺȺ or Bonn?", "is it İzmir or Ankara", " or ", "or or or",
}

// FuzzNormalize checks what Normalize promises: valid UTF-8 out, no
// control characters, no runs of spaces, within the length limit.
func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, err := Normalize(in)
		if err != nil {
			if !errors.Is(err, ErrEmptyQuestion) && !errors.Is(err, ErrQuestionTooLong) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !utf8.ValidString(out) || out == "" || strings.Contains(out, "  ") ||
			strings.TrimSpace(out) != out || utf8.RuneCountInString(out) > MaxQuestionRunes {
			t.Fatalf("Normalize(%q) = %q", in, out)
		}
		for _, r := range out {
			if r < 0x20 || r == 0x7f {
				t.Fatalf("Normalize(%q) kept control character %U", in, r)
			}
		}
	})
}

// FuzzAsk checks that any question gets an answer or one of the two
// question errors, never a panic, and that an answer keeps its contract:
// not found means the answer says the story doesn't say (and a lookup
// then shows nothing); results have valid highlights. Which unanswered
// questions show the closest passages is the engine's judgement, tested
// on questions a reader can judge too (TestOffTopicIsNotFound,
// TestRefusalShowsTheClosestPassages).
func FuzzAsk(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	e := engine(f)
	f.Fuzz(func(t *testing.T, q string) {
		for _, lookup := range []bool{false, true} {
			var (
				a   *Answer
				err error
			)
			if lookup {
				a, err = e.Lookup(context.Background(), q, []corpus.Kind{corpus.KindAircraft}, Options{})
			} else {
				a, err = e.Ask(context.Background(), q, Options{})
			}
			if err != nil {
				if !errors.Is(err, ErrEmptyQuestion) && !errors.Is(err, ErrQuestionTooLong) {
					t.Fatalf("%q: %v", q, err)
				}
				continue
			}
			if !a.Found && !strings.HasPrefix(a.Answer, "The story doesn't say") {
				t.Fatalf("%q: not found but the answer is %q", q, a.Answer)
			}
			if !a.Found && len(a.Results) > 0 && lookup {
				t.Fatalf("%q: no entry found, yet %d results", q, len(a.Results))
			}
			for _, r := range a.Results {
				last := 0
				for _, h := range r.Highlights {
					if h.Start < last || h.End > len(r.Text) || h.Start >= h.End {
						t.Fatalf("%q: bad highlight %+v in %q", q, h, r.Text)
					}
					last = h.End
				}
				if !utf8.ValidString(r.Text) {
					t.Fatalf("%q: invalid UTF-8 snippet %q", q, r.Text)
				}
			}
		}
	})
}

// FuzzDraft checks that any article corpus.Draft accepts gives a corpus
// that loads, and, drafted with AnalysedName as storybot init drafts it,
// one that builds; and that Draft never panics.
func FuzzDraft(f *testing.F) {
	f.Add("notes.txt", "Bats in the Night\n\nWildlife biologist Nicholas Sharp counted bats. \"Wow,\" said Sharp.\n")
	f.Add("a.md", "# Title\n\n## Part\n\nAnna Berg met Tom Lund in Oslo. Berg left the U.S. Fish and Wildlife Service.\n")
	f.Add("a.txt", "Seán O'Brien-Kelly and al-Rashid\n\n#1 said Hassan al-Rashid. Al-Rashid’s Group, Inc. met Refuges and Refuge.\n")
	f.Add("b.txt", "Birds\n\nAnna Hawking met Tom Hawk, and Hawk met Hawking. Friends of the Refuge and Friends of Refuge came. Running outran Runs.\n")
	f.Fuzz(func(t *testing.T, name, article string) {
		for _, search := range []bool{false, true} {
			var opts []corpus.DraftOption
			if search {
				opts = append(opts, corpus.WithNameKey(AnalysedName))
			}
			out, outName, facts, err := corpus.Draft(name, []byte(article), opts...)
			if err != nil {
				return
			}
			c, err := corpus.Load(fstest.MapFS{outName: {Data: out}, corpus.FactsFile: {Data: facts}})
			if err != nil {
				t.Fatalf("the draft does not load: %v\n--- %s:\n%s\n--- facts.yaml:\n%s", err, outName, out, facts)
			}
			if !search {
				continue
			}
			e, err := Build(context.Background(), c)
			if err != nil {
				t.Fatalf("the draft does not build: %v\n--- %s:\n%s\n--- facts.yaml:\n%s", err, outName, out, facts)
			}
			e.Close()
		}
	})
}

// FuzzQuoteOpenAt checks what quoteOpenAt promises of any text: -1, or
// the offset of an opening quotation mark that nothing after it closes.
func FuzzQuoteOpenAt(f *testing.F) {
	for _, s := range []string{`He said: "We will win`, `6'8" tall`, "„Der Turm“", "«Nous", "“a” “b", "", "\xff\"", `""""`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		at := quoteOpenAt(text)
		if at == -1 {
			return
		}
		if at < 0 || at >= len(text) {
			t.Fatalf("quoteOpenAt(%q) = %d, outside the text", text, at)
		}
		opener, _ := utf8.DecodeRuneInString(text[at:])
		if !strings.ContainsRune(`"“„«`, opener) {
			t.Fatalf("quoteOpenAt(%q) = %d, at %q, no opening mark", text, at, opener)
		}
		for _, r := range text[at+len(string(opener)):] {
			if closesQuote(opener, r) {
				t.Fatalf("quoteOpenAt(%q) = %d, but %q closes it", text, at, r)
			}
		}
	})
}

// FuzzGivenName: the name a naming word gives is a piece of the text
// after it, never with the quotation marks that hold it, nor longer than
// a quoted name may be.
func FuzzGivenName(f *testing.F) {
	for _, s := range []string{"“Lower Tarn Basin” and", "\"final jewel\" in", "“pelican state,”", "Heron cut", "“never closed", "", "\xff“\xfe”", "«Le Mans» race"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		name := givenName(text)
		if !strings.Contains(text, name) {
			t.Fatalf("givenName(%q) = %q, not in the text", text, name)
		}
		if opener, size := utf8.DecodeRuneInString(text); quoteOpenAt(string(opener)) == 0 {
			if !strings.Contains(text[size:], name) || len(name) > maxQuotedName {
				t.Fatalf("givenName(%q) = %q, not a name inside its quotation marks", text, name)
			}
		}
	})
}
