package index

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"storybot/corpus"
)

// defaultEngine builds the engine over the embedded corpus once per test
// binary; engines are immutable, so tests may share it.
var defaultEngine = sync.OnceValues(func() (*Engine, error) {
	c, err := corpus.Default()
	if err != nil {
		return nil, err
	}
	return Build(context.Background(), c)
})

func engine(t testing.TB) *Engine {
	t.Helper()
	e, err := defaultEngine()
	if err != nil {
		t.Fatalf("build default engine: %v", err)
	}
	return e
}

// buildFS loads a corpus from files written for a test and builds its
// engine, closed when the test ends.
func buildFS(t testing.TB, files fstest.MapFS) *Engine {
	t.Helper()
	c, err := corpus.Load(files)
	if err != nil {
		t.Fatalf("load test corpus: %v", err)
	}
	e, err := Build(context.Background(), c)
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// buildFrom builds an engine over a small corpus written for a test: a
// Markdown article and a fact sheet ("" for none, which reads as empty).
func buildFrom(t testing.TB, article, facts string) *Engine {
	t.Helper()
	return buildFS(t, fstest.MapFS{
		"article.md": {Data: []byte(article)},
		"facts.yaml": {Data: []byte(facts)},
	})
}

// plainFrom is buildFrom for a plain-text article (article.txt), with no
// facts.yaml when facts is "".
func plainFrom(t testing.TB, article, facts string) *Engine {
	t.Helper()
	files := fstest.MapFS{"article.txt": {Data: []byte(article)}}
	if facts != "" {
		files["facts.yaml"] = &fstest.MapFile{Data: []byte(facts)}
	}
	return buildFS(t, files)
}

func ask(t testing.TB, e *Engine, q string) *Answer {
	t.Helper()
	a, err := e.Ask(context.Background(), q, Options{})
	if err != nil {
		t.Fatalf("Ask(%q): %v", q, err)
	}
	return a
}

// wantLines asks each question and checks that the story answers it
// with exactly the answer line wanted.
func wantLines(t *testing.T, e *Engine, want map[string]string) {
	t.Helper()
	for q, line := range want {
		if a := ask(t, e, q); !a.Found || a.Answer != line {
			t.Errorf("%q: found %v, answer %q, want %q", q, a.Found, a.Answer, line)
		}
	}
}

// wantLineWithout fails when the answer line to q says any of words: a
// name or figure that would answer it wrongly.
func wantLineWithout(t *testing.T, e *Engine, q string, words ...string) {
	t.Helper()
	a := ask(t, e, q)
	for _, w := range words {
		if strings.Contains(a.Answer, w) {
			t.Errorf("%q: answer %q says %q", q, a.Answer, w)
		}
	}
}

// texts joins an answer's direct answer and result texts, for assertions
// about what a user would read.
func texts(a *Answer, n int) string {
	return a.Answer + "\n" + resultTexts(a, n)
}

// resultTexts joins the titles and texts of an answer's first n results,
// without its answer line: for assertions about the passages shown.
func resultTexts(a *Answer, n int) string {
	var parts []string
	for _, r := range a.Results[:min(n, len(a.Results))] {
		parts = append(parts, r.Title, r.Text)
	}
	return strings.Join(parts, "\n")
}

const planesFacts = `title: Test story
fields:
  - {key: manufacturer, label: Manufacturer, cues: [built, made, maker]}
  - {key: date, label: Date, cues: [date]}
entries:
  - id: su-24
    kind: aircraft
    name: Su-24
    aliases: [Fencer, Су-24]
    summary: A Soviet bomber.
    attributes:
      - {key: manufacturer, value: Sukhoi, source: background}
  - id: flight
    kind: event
    name: The long flight
    summary: A flight that lasted a day.
    attributes:
      - {key: date, value: May 2001, source: article}
`

const planesArticle = `## Hangar

The Su-24 waited in the hangar for its crew.

## Weather

The storm lasted 24 hours and grounded every flight in May 2001.
`

func TestDesignationDoesNotMatchBareNumber(t *testing.T) {
	e := buildFrom(t, planesArticle, planesFacts)
	for _, q := range []string{"su-24 hangar", "Su 24 hangar", "SU24 hangar", "Су-24 hangar"} {
		a := ask(t, e, q)
		for _, r := range a.Results {
			if strings.Contains(r.Text, "24 hours") {
				t.Errorf("%q matched the paragraph that only says \"24 hours\": %+v", q, r)
			}
		}
		if !a.Found || !strings.Contains(texts(a, 1), "hangar") {
			t.Errorf("%q: want the hangar paragraph first, got %+v", q, a)
		}
	}
}

// TestAnOwnerBeforeANumberIsNoModel: "Vanguard II's 60th anniversary"
// and "Ada's 28 years" own what follows, so no model ("ii60", "ada28")
// joins across the possessive, nor "s50" of "Apollo 11's 50th"; a
// question says the number as the story does and finds it, and the
// Su-24 still joins.
func TestAnOwnerBeforeANumberIsNoModel(t *testing.T) {
	e := plainFrom(t, "Launch\n\nIn celebration of Vanguard II's 60th anniversary in 2019, the archive put up new panels.\n\nThe Su-24 waited in the hangar.\n", "")
	for text, want := range map[string]string{"Vanguard II's 60th anniversary": "60th", "Apollo 11's 50th": "50th", "Ada’s 28 years": "28", "The Su-24": "su24"} {
		if got := e.an.terms(text); !slices.Contains(got, want) {
			t.Errorf("terms of %q = %q, want %q among them", text, got, want)
		}
	}
	if a := ask(t, e, "when was the 60th anniversary of vanguard II"); !strings.Contains(a.Answer, "2019") {
		t.Errorf("answer %q, want 2019", a.Answer)
	}
}

// TestEverydayWordBeforeANumberIsNoModel: "had won 3 games" is a verb and
// a count, not a model "won3": the count of games won is found by "win",
// and a model whose prefix is rare ("Yak-9") still joins.
func TestEverydayWordBeforeANumberIsNoModel(t *testing.T) {
	e := plainFrom(t, "Match\n\nOkoro had won 3 games, lost 2 games and drawn 4 games by Friday.\n\nThe Yak-9 stood in the museum hall.\n", "")
	if a := ask(t, e, "how many games did okoro win"); !strings.Contains(a.Answer, "3") {
		t.Errorf("answer %q, want the 3 games won", a.Answer)
	}
	if got := e.an.terms("had won 3 games"); !slices.Contains(got, "win") {
		t.Errorf("terms %q: want \"won\" read as \"win\"", got)
	}
	if got := e.an.terms("The Yak 9 stood"); !slices.Contains(got, "yak9") {
		t.Errorf("terms %q: want the model \"yak9\"", got)
	}
}

// TestOrdinalAsksForNoKindOfBeginning: "first" is also WordNet's noun
// for a beginning, of which a story's "birth" is a kind; "when did Molly
// have her first lamb?" must not take "gave birth to triplets" for its
// "first", which ranked that sentence over "Her first lamb … was born in
// April 1998".
func TestOrdinalAsksForNoKindOfBeginning(t *testing.T) {
	e := plainFrom(t, "Sheep\n\nHer first lamb was born in April 1998. The next year Molly gave birth to twins.\n", "")
	q := e.read("when did molly have her first lamb")
	for _, u := range q.units {
		if u.word == "first" && slices.Contains(u.near, "birth") {
			t.Errorf("\"first\" reads as near %q: want no kind of beginning", u.near)
		}
	}
}

func TestAliasesFindTheirEntry(t *testing.T) {
	e := buildFrom(t, planesArticle, planesFacts)
	for _, q := range []string{"Who built the Fencer?", "who made the Су-24", "who built the su 24"} {
		a := ask(t, e, q)
		if a.Answer != "Sukhoi" {
			t.Errorf("%q: answer %q, want Sukhoi (from the manufacturer attribute)", q, a.Answer)
		}
		if len(a.Results) == 0 || a.Results[0].Source != "background" {
			t.Errorf("%q: the fact should be marked background knowledge: %+v", q, a.Results)
		}
	}
}

func TestHighlightsMarkMatchedWords(t *testing.T) {
	e := buildFrom(t, planesArticle, planesFacts)
	a := ask(t, e, "How long did the storm last?")
	if !a.Found {
		t.Fatalf("want found, got %+v", a)
	}
	r := a.Results[0]
	got := r.Mark("**", "**", nil)
	marked := func(word string) bool {
		i := strings.Index(r.Text, word)
		for _, h := range r.Highlights {
			if h.Start <= i && i+len(word) <= h.End {
				return true
			}
		}
		return false
	}
	for _, w := range []string{"storm", "lasted"} {
		if !marked(w) {
			t.Errorf("highlighted text %q does not mark %q", got, w)
		}
	}
	if marked("grounded") {
		t.Errorf("highlighted a word the question does not ask about: %q", got)
	}
	if a.Results[0].Text != strings.ReplaceAll(got, "**", "") {
		t.Errorf("Text must be plain: %q", a.Results[0].Text)
	}
}

func TestMarkEscapesTextButNotMarkers(t *testing.T) {
	r := Result{Text: "a *b* c", Highlights: []Span{{3, 4}}}
	esc := func(s string) string { return strings.ReplaceAll(s, "*", `\*`) }
	if got, want := r.Mark("**", "**", esc), `a \***b**\* c`; got != want {
		t.Errorf("Mark = %q, want %q", got, want)
	}
}

func TestOffTopicIsNotFound(t *testing.T) {
	e := engine(t)
	for _, q := range []string{
		"What is the best pizza topping?",
		"How tall is Mount Everest?",
		"zzzz xkcd qwop",
		"Who won the football world cup?",
		"???",
		"who is the president of Russia", // the story names a president, of Kazakhstan
		"who is the president of brazil",
	} {
		a := ask(t, e, q)
		if a.Found || len(a.Results) != 0 || a.Answer != NotFound {
			t.Errorf("%q: want not found with no results, got found=%v answer=%q results=%d", q, a.Found, a.Answer, len(a.Results))
		}
	}
	// The story says who bought the jets, and no agency did: it is not
	// answered, though its closest passages may be shown to judge.
	if a := ask(t, e, "which agency bought the jets"); a.Found || a.Answer != NotFound {
		t.Errorf("which agency bought the jets: want not found, got found=%v answer=%q", a.Found, a.Answer)
	}
}

func TestSilentFactsAreNotInvented(t *testing.T) {
	e := engine(t)
	cases := map[string]string{
		"How much did the United States pay for the aircraft?": "The story doesn't say how much.",
		"What did the jets cost?":                              "The story doesn't say how much.",
		"When did Kazakhstan sell the aircraft?":               "The story doesn't say when.",
		"how many of the 81 planes were Su-24s":                NotFound,
	}
	for q, want := range cases {
		a := ask(t, e, q)
		if a.Found || a.Answer != want {
			t.Errorf("%q: got found=%v answer=%q, want not found: %q", q, a.Found, a.Answer, want)
		}
	}
}

// TestDirectAnswers checks each way to a direct answer: a count, a date
// next to the question's words, an attribute asked for by a cue word, a
// role in a place, a list of the kind asked for, a date of office. The
// questions are worded unlike the shared development set's, which is for
// measuring.
func TestDirectAnswers(t *testing.T) {
	e := engine(t)
	cases := []struct{ q, want string }{
		{"how many jets did the Kazakhs sell to America", "81"},
		{"what month was Blinken in Kazakhstan", "March 2023"},
		{"When did Tokayev travel to Germany?", "autumn 2023"},
		{"What is the MiG-31 called by NATO?", "Foxhound"},
		{"Kazakhstan's capital city", "Astana"},
		{"Who is the president of Kazakhstan?", "Tokayev"},
		{"Who is the Foreign Secretary of the United Kingdom?", "Cameron"},
		{"which planes did kazakhstan sell", "MiG-27, MiG-29"},
		{"how long has Tokayev been in office", "2019"},
	}
	for _, c := range cases {
		a := ask(t, e, c.q)
		if !a.Found || !strings.Contains(a.Answer, c.want) {
			t.Errorf("%q: answer %q, want it to contain %q", c.q, a.Answer, c.want)
		}
	}
}

func TestResultsCiteTheirSource(t *testing.T) {
	e := engine(t)
	a := ask(t, e, "What concerns does Moscow have?")
	if !a.Found {
		t.Fatal("not found")
	}
	for _, r := range a.Results {
		switch r.Kind {
		case KindArticle:
			if !strings.HasPrefix(r.Ref, "article#p") || r.Paragraph == 0 || !strings.Contains(r.Cite(), "¶") {
				t.Errorf("article result without a paragraph citation: %+v", r)
			}
		case KindFact:
			if !strings.HasPrefix(r.Ref, "facts#") || !strings.HasPrefix(r.Cite(), "Fact sheet: ") {
				t.Errorf("fact result without a fact-sheet citation: %+v", r)
			}
		default:
			t.Errorf("unknown kind %q", r.Kind)
		}
	}
}

func TestLimitAndOffsetPage(t *testing.T) {
	e := engine(t)
	all, err := e.Ask(context.Background(), "Kazakhstan Russia", Options{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Results) < 4 {
		t.Fatalf("want several results, got %d", len(all.Results))
	}
	page, err := e.Ask(context.Background(), "Kazakhstan Russia", Options{Limit: 2, Offset: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Results) != 2 || page.Results[0].Ref != all.Results[2].Ref || page.Results[0].Rank != 3 {
		t.Errorf("page 2 = %+v, want results 3–4 of %+v", page.Results, all.Results)
	}
	if page.Total != all.Total {
		t.Errorf("Total differs between pages: %d vs %d", page.Total, all.Total)
	}
}

func TestBadQuestions(t *testing.T) {
	e := engine(t)
	if _, err := e.Ask(context.Background(), "   \t\n", Options{}); !errors.Is(err, ErrEmptyQuestion) {
		t.Errorf("blank question: err = %v, want ErrEmptyQuestion", err)
	}
	if _, err := e.Ask(context.Background(), strings.Repeat("aircraft ", 100), Options{}); !errors.Is(err, ErrQuestionTooLong) {
		t.Errorf("long question: err = %v, want ErrQuestionTooLong", err)
	}
	if _, err := e.Ask(context.Background(), strings.Repeat("x", 1<<20), Options{}); !errors.Is(err, ErrQuestionTooLong) {
		t.Errorf("1 MiB question: err = %v, want ErrQuestionTooLong", err)
	}
	// Query-string syntax is never interpreted: these are words.
	for _, q := range []string{
		`+Su-24 -MiG-29 "Fencer" name:value ?* ~2 ^3 (a OR b) AND NOT c \ / [x TO y] {z}`,
		`*`, `"`, `\`, `-`, `su-24*`, `mig~`, `who:cameron`,
	} {
		if _, err := e.Ask(context.Background(), q, Options{}); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
}

func TestOddUnicode(t *testing.T) {
	e := engine(t)
	cases := []struct{ q, want string }{
		{"what is the ＭｉＧ－２９", "MiG-29"},                 // full-width forms
		{"who\u200b is\u200d tokayev\u2060?", "Tokayev"}, // zero-width characters
		{"what is the su\u00ad24", "Su-24"},              // soft hyphen
		{"\u202ewho is cameron\u202c", "Cameron"},        // bidi controls
		{"who is Tokayév", "Tokayev"},                    // stray accent
	}
	for _, c := range cases {
		a := ask(t, e, c.q)
		if !a.Found || !strings.Contains(texts(a, 3), c.want) {
			t.Errorf("%q: want %q in the answer, got %q", c.q, c.want, texts(a, 3))
		}
	}
	for _, q := range []string{"🛩️✈️🚀", "\x00\x01\x02 aircraft", "\xff\xfe bad utf8 aircraft", "ا ب ت", "日本語の質問"} {
		if _, err := e.Ask(context.Background(), q, Options{}); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
}

func TestLookup(t *testing.T) {
	e := engine(t)
	cases := []struct {
		name   string
		kinds  []corpus.Kind
		wantID string
		note   string
	}{
		{"su-24", []corpus.Kind{corpus.KindAircraft}, "su-24", ""},
		{"Sukhoi Su 24", []corpus.Kind{corpus.KindAircraft}, "su-24", ""},
		{"Fulcrum", []corpus.Kind{corpus.KindAircraft}, "mig-29", ""},
		{"МиГ-29", []corpus.Kind{corpus.KindAircraft}, "mig-29", ""},
		{"mig31", []corpus.Kind{corpus.KindAircraft}, "mig-31", ""},
		{"cameron", corpus.WhoKinds(), "cameron", ""},
		{"Camerron", corpus.WhoKinds(), "cameron", "closest"},
		{"Токаев", corpus.WhoKinds(), "tokayev", ""},
		{"Secretary of State", corpus.WhoKinds(), "blinken", ""},
		{"Kazakhstan", corpus.WhoKinds(), "kazakhstan", "not a person"},
	}
	for _, c := range cases {
		a, err := e.Lookup(context.Background(), c.name, c.kinds, Options{})
		if err != nil {
			t.Fatalf("Lookup(%q): %v", c.name, err)
		}
		if !a.Found || a.Entry == nil || a.Entry.ID != c.wantID {
			t.Errorf("Lookup(%q) = %+v, want entry %s", c.name, a, c.wantID)
			continue
		}
		if !strings.Contains(a.Note, c.note) || c.note == "" && a.Note != "" {
			t.Errorf("Lookup(%q) note %q, want %q", c.name, a.Note, c.note)
		}
		if len(a.Results) == 0 || a.Results[0].Ref != "facts#"+c.wantID {
			t.Errorf("Lookup(%q): first result should be the entry's card, got %+v", c.name, a.Results)
		}
	}
}

func TestLookupShowsWhatTheArticleSays(t *testing.T) {
	e := engine(t)
	a, err := e.Lookup(context.Background(), "blinken", corpus.WhoKinds(), Options{Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	var article []Result
	for _, r := range a.Results {
		if r.Kind == KindArticle {
			article = append(article, r)
		}
	}
	if len(article) == 0 || !strings.Contains(article[0].Text, "Blinken") {
		t.Fatalf("want the article's paragraph about Blinken, got %+v", a.Results)
	}
	if !strings.Contains(article[0].Mark("[", "]", nil), "[Antony Blinken]’s") {
		t.Errorf("the name should be highlighted: %q", article[0].Mark("[", "]", nil))
	}
}

func TestLookupUnknownSuggests(t *testing.T) {
	e := engine(t)
	a, err := e.Lookup(context.Background(), "F-16", []corpus.Kind{corpus.KindAircraft}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found || len(a.Results) != 0 {
		t.Errorf("F-16 is not in the story: %+v", a)
	}
	a, err = e.Lookup(context.Background(), "Bliken Antony", corpus.WhoKinds(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Found && !contains(a.Suggestions, "Antony Blinken") {
		t.Errorf("want Blinken found or suggested, got %+v", a)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestBrokenAliasIsReportedWithLine(t *testing.T) {
	facts := strings.Replace(planesFacts, "aliases: [Fencer, Су-24]", "aliases: [Fencer, Су-24, \"the\"]", 1)
	c, err := corpus.Load(fstest.MapFS{"article.md": {Data: []byte(planesArticle)}, "facts.yaml": {Data: []byte(facts)}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Build(context.Background(), c)
	var v *corpus.ValidationError
	if !errors.As(err, &v) || len(v.Problems) != 1 || v.Problems[0].Line != 9 || !strings.Contains(v.Problems[0].Msg, "no searchable words") {
		t.Fatalf("want facts.yaml:9 no searchable words, got %v", err)
	}
}

func TestConcurrentQuestions(t *testing.T) {
	e := engine(t)
	qs := []string{"who is cameron", "How many aircraft did Kazakhstan sell?", "what is the fencer", "pizza"}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				q := qs[(g+i)%len(qs)]
				if _, err := e.Ask(context.Background(), q, Options{}); err != nil {
					t.Errorf("%q: %v", q, err)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

// TestSameRankingEveryBuild: a story is answered alike after every
// restart. Bleve's BM25 scores differ in their last bits from one build
// to the next, which must not reorder documents that tie.
func TestSameRankingEveryBuild(t *testing.T) {
	var items []evalItem
	// The tuned sets only: a blind set is read with STORYBOT_EVAL_BLIND,
	// and a failure here would print its questions.
	for _, set := range []string{"eval.jsonl", "holdout.jsonl", "holdout2.jsonl"} {
		items = append(items, readEval(t, filepath.Join("testdata", set))...)
	}
	var first []string
	for build := range 6 {
		e, err := Build(context.Background(), mustDefault(t))
		if err != nil {
			t.Fatal(err)
		}
		for i, it := range items {
			a, err := e.Ask(context.Background(), it.Q, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := a.Answer
			for _, r := range a.Results {
				got += " | " + r.Ref
			}
			if build == 0 {
				first = append(first, got)
			} else if got != first[i] {
				t.Errorf("build %d answers %q with %q, build 0 with %q", build, it.Q, got, first[i])
			}
		}
		e.Close()
	}
}

func TestArticleWordsShownFirst(t *testing.T) {
	facts := `title: Test story
fields:
  - {key: first_flight, label: First flight, cues: [flew, fly, first]}
entries:
  - id: su-24
    kind: aircraft
    name: Su-24
    aliases: [Fencer]
    summary: A Soviet bomber.
    attributes:
      - {key: first_flight, value: "1967", source: article}
`
	article := "The Su-24 first flew in 1967 from a field near the coast.\n\nIts crews trained for years.\n"
	e := buildFrom(t, article, facts)
	// The fact scores higher (its entry is named by an alias, its cue
	// words say "first flight"), yet the article says it as well.
	a := ask(t, e, "when was the fencer's first flight")
	if a.Answer != "1967" {
		t.Errorf("answer %q, want 1967", a.Answer)
	}
	if len(a.Results) < 2 || a.Results[0].Kind != KindArticle || a.Results[1].Kind != KindFact {
		t.Fatalf("want the article's sentence first and the fact beside it, got %+v", a.Results)
	}
}

func TestYesNoReadsCannotAsNo(t *testing.T) {
	article := "Young geckos are small. A single gecko cannot catch many moths in a night.\n\n" +
		"The geckos appear unable to survive the frosts in the hills.\n\nThe keepers failed to find a nest last spring.\n"
	e := buildFrom(t, article, "")
	for q, want := range map[string]string{
		"can one gecko catch many moths in a night?":      "No",
		"can the geckos survive the frosts in the hills?": "No",
		"did the keepers find a nest last spring?":        "No",
	} {
		a := ask(t, e, q)
		if !strings.HasPrefix(a.Answer, want+":") {
			t.Errorf("%q: answer %q, want %s with the sentence", q, a.Answer, want)
		}
	}
}

// flightsFacts dates some aircraft's first flights, leaves one undated,
// and names a country.
const flightsFacts = `title: Test story
fields:
  - {key: first_flight, label: First flight, cues: [first, flight, flew, fly, maiden]}
entries:
  - id: su-24
    kind: aircraft
    name: Su-24
    summary: A Soviet bomber.
    attributes:
      - {key: first_flight, value: 2 July 1967, source: background}
  - id: mig-31
    kind: aircraft
    name: MiG-31
    summary: A Soviet interceptor.
    attributes:
      - {key: first_flight, value: 16 September 1975, source: background}
  - id: mig-27
    kind: aircraft
    name: MiG-27
    summary: A Soviet fighter-bomber.
  - id: freedonia
    kind: place
    name: Freedonia
    summary: A country.
`

func TestDateFactHeldToWhatHappened(t *testing.T) {
	article := "The Su-24 carries a place of honor in several air forces.\n\nFreedonia sold old aircraft last year.\n\nA neighbour hopes to buy new jets.\n"
	e := buildFrom(t, article, flightsFacts)
	if a := ask(t, e, "when did freedonia buy its first su-24"); a.Answer == "2 July 1967" {
		t.Errorf("a purchase was dated by the first flight: %q", a.Answer)
	}
	if a := ask(t, e, "when did the Su-24 first fly?"); a.Answer != "2 July 1967" {
		t.Errorf("first flight: answer %q, want 2 July 1967", a.Answer)
	}
}

func TestClosestPassagesWhenTooLittleIsCovered(t *testing.T) {
	article := "The rowing club collected dues from its members for five seasons.\n\nIn April, 38 boats were passed on to the city schools, to start a youth program.\n\nHerons nest along the river each spring.\n"
	e := buildFrom(t, article, "")
	// "gifted to" is the article's "passed on to", "pay a fee" its
	// "collected dues": too little is covered to pick an answer, but the
	// questions are about the story, so the closest passage is shown.
	// With no line for "gifted", the story's other words for a verb
	// (speaksInOtherWords); "fee" is a thing the story does not name, so
	// it doesn't say. ("handed" is WordNet's "pass", and answers.)
	for q, want := range map[string]struct{ passage, line string }{
		"When were the boats actually gifted to the city schools?": {"38 boats", ""},
		"Did the members pay a fee to the rowing club?":            {"collected dues", "The story doesn't say."},
	} {
		a := ask(t, e, q)
		if a.Answer != want.line || len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, want.passage) {
			t.Errorf("%q: want the closest passage (%q) shown, line %q; got %+v", q, want.passage, want.line, a)
		}
	}
	if a := ask(t, e, "what's the best pizza place in town"); a.Found || len(a.Results) > 0 {
		t.Errorf("an off-topic question got passages: %+v", a)
	}
}

func TestCountsAreOfWhatIsAsked(t *testing.T) {
	article := "Volunteers tagged and released more than 450 butterflies this fall.\n\n" +
		"A survey, begun after a plan to pave County Road 212, that followed the butterflies lasted three summers.\n\n" +
		"Some of the butterflies carried an infection.\n\n" +
		"The town's 1,250 residents voted to plant milkweed, though few of the residents had seen a monarch before.\n"
	e := buildFrom(t, article, "")
	for _, q := range []string{
		"How many of the 450 butterflies had an infection?",
		"How many of the 1,250 residents had seen a monarch?",
		"how many butterflies live along County Road 212 now",
	} {
		if a := ask(t, e, q); strings.ContainsAny(a.Answer, "0123456789") {
			t.Errorf("%q: answer %q restates the question's number", q, a.Answer)
		}
	}
	for q, want := range map[string]string{
		"how many butterflies did volunteers tag?":    "450",
		"how many residents voted to plant milkweed?": "1,250",
	} {
		if a := ask(t, e, q); !strings.Contains(a.Answer, want) {
			t.Errorf("%q: answer %q, want %s", q, a.Answer, want)
		}
	}
}

func TestFactCountNarrowedAsAsked(t *testing.T) {
	facts := `title: Test story
fields:
  - {key: lost, label: Trees lost, cues: [lost, lose, trees]}
entries:
  - id: pine-hollow
    kind: place
    name: Pine Hollow
    summary: A state forest on the ridge.
    attributes:
      - {key: lost, value: about 320 trees, source: article}
`
	article := "Pine Hollow lost about 320 trees in the ice storm.\n\nOak trees are common on the ridge. Maple trees line the road to the ranger station.\n"
	e := buildFrom(t, article, facts)
	for _, q := range []string{"How many oak trees did Pine Hollow lose?", "How many maple trees did Pine Hollow lose?"} {
		if a := ask(t, e, q); strings.Contains(a.Answer, "320") {
			t.Errorf("%q: all trees lost counted as the kind asked: %q", q, a.Answer)
		}
	}
	for _, q := range []string{"How many trees did Pine Hollow lose?", "how many trees were lost at Pine Hollow"} {
		if a := ask(t, e, q); !strings.Contains(a.Answer, "320") {
			t.Errorf("%q: answer %q, want about 320 trees", q, a.Answer)
		}
	}
}

func TestWhatDidAsksForNoKind(t *testing.T) {
	facts := `title: Test story
entries:
  - id: swarm
    kind: event
    name: Swarm Day
    summary: A one-day hive open house.
  - id: quint
    kind: person
    name: Rosa Quint
    summary: A beekeeper.
`
	article := "Quint and other beekeepers took part in Swarm Day, a one-day open house.\n\n“Easy now,” Quint told the swarm. “Land on the sleeve, not the face.”\n"
	e := buildFrom(t, article, facts)
	for _, q := range []string{"what did quint tell the swarm when it went to land on her face", "what did quint tell the swarm to land on"} {
		a := ask(t, e, q)
		if a.Answer == "Swarm Day" {
			t.Errorf("%q: \"what did\" was read as asking for an event: %q", q, a.Answer)
		}
		// What the user should see: the quote first, and no refusal.
		if !a.Found || strings.Contains(a.Answer, "doesn't say") || !strings.Contains(resultTexts(a, 1), "Land on the sleeve") {
			t.Errorf("%q: want the quote first: found %v, answer %q, results:\n%s", q, a.Found, a.Answer, resultTexts(a, 3))
		}
	}
}

func TestWhichNounIsTheHeadNoun(t *testing.T) {
	facts := `title: Test story
entries:
  - id: ruiz
    kind: person
    name: Ana Ruiz
    summary: A Trust ecologist who leads the volunteers.
`
	article := "Trust ecologist Ana Ruiz led the volunteers, who restore native habitat for the Trust.\n\n" +
		"The Trust protects plants such as wild lupine and some ferns. Its rangers also guard birds such as the bobolink and the meadowlark.\n"
	e := buildFrom(t, article, facts)
	// "native" is a noun too (a person born in a place), but the
	// questions ask for plants.
	for _, q := range []string{"What native plants does the Trust protect?", "What native plants does the Trust restore?"} {
		a := ask(t, e, q)
		if a.Answer == "Ana Ruiz" {
			t.Errorf("%q: asked for plants, answered with a person: %q", q, a.Answer)
		}
		if !strings.Contains(a.Answer, "wild lupine") || !strings.Contains(a.Answer, "ferns") {
			t.Errorf("%q: answer %q, want the plants: wild lupine, ferns", q, a.Answer)
		}
	}
}

func TestParagraphGoesOnAboutTheNamesBefore(t *testing.T) {
	article := "At Cedar Bluff, about a third of the apple trees had blossomed before the frost.\n\n" +
		"Growers at Fox Hollow were still counting losses, said the foreman.\n\n" +
		"About a third of the apple trees there had blossomed before the frost settled in overnight.\n"
	e := buildFrom(t, article, "")
	for _, q := range []string{"how many apple trees at fox hollow had blossomed", "what share of the apple trees at Fox Hollow blossomed before the frost"} {
		a := ask(t, e, q)
		if len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "apple trees there") {
			t.Errorf("%q: want the paragraph after the one naming Fox Hollow first, got %+v", q, a.Results)
		}
	}
}

// A sentence that counts what "how many" counts comes first, though its
// first count is of something else and another sentence says more of the
// question's other words.
func TestCountOfTheCountedNounFirst(t *testing.T) {
	article := "The Millbrook dam had one lasting legacy: a foundry set up to make the cranes needed to build the dam and its locks.\n\n" +
		"Digging for the dam began in 1901. It was the largest project in the county, taking nine years of effort by more than 4,000 workers.\n"
	e := buildFrom(t, article, "")
	a := ask(t, e, "how many workers built the dam")
	if len(a.Results) == 0 || !strings.Contains(a.Results[0].Text, "4,000 workers") {
		t.Errorf("want the sentence that counts the workers first, got %+v", a.Results)
	}
}

func TestWhoSaidIt(t *testing.T) {
	facts := `title: Test story
entries:
  - id: group
    kind: organisation
    name: Toad Study Group
    summary: A group that counts toads.
`
	article := "They are a marvel, said park naturalist Olivia Brandt. She joined the Toad Study Group for the survey.\n\n" +
		"“It was a thrill,” she said. “People,” she said, “know nothing about toads.”\n\n" +
		"“We were lucky that the pond did not dry up,” said Carl Mendez, the ranger.\n\n" +
		"“The number of frogs calling at night is far higher than the number anyone sees by day,” Dana Holt explained.\n"
	e := buildFrom(t, article, facts)
	for q, want := range map[string]string{
		// The "she said" of a quote is the person named before it, and
		// it answers before the fact sheet's group that counts toads.
		"Who says people just don't know about toads?": "Olivia Brandt",
		"Who says people know nothing of toads?":       "Olivia Brandt",
		// A "not" in what was said does not make the question ask who
		// did not say it.
		"Who said they were lucky the pond didn't dry up?": "Carl Mendez",
		// "the number of" in what was said does not make it a count;
		// "explained" attributes the words as "said" does.
		"Who said the number of frogs calling at night is higher than the number seen by day?": "Dana Holt",
		"who explained that more frogs call at night than anyone sees by day":                  "Dana Holt",
	} {
		if a := ask(t, e, q); !strings.Contains(a.Answer, want) {
			t.Errorf("%q: answer %q, want %q", q, a.Answer, want)
		}
	}
}

func TestSentenceSaysItOfWhomItRefersTo(t *testing.T) {
	article := "The harvest pleased Lena Ortiz, the head gardener. When she joined the garden, in 2016, she planted a row of pear trees.\n\n" +
		"The greenhouse was built in 1987.\n\n" +
		"Visitors praised the Pike brothers, who run the cafe. After they took over the cafe, in 2019, they served only soup.\n"
	e := buildFrom(t, article, "")
	for q, want := range map[string]string{
		"When did Lena Ortiz join the garden?":           "2016", // "when she joined", she being Ortiz
		"When did the Pike brothers take over the cafe?": "2019", // "after they took over", they being the Pikes
	} {
		if a := ask(t, e, q); a.Answer != want {
			t.Errorf("%q: answer %q, want %s", q, a.Answer, want)
		}
	}
}

func TestCardCitesTheArticlesIntroduction(t *testing.T) {
	facts := `title: Test story
entries:
  - id: varga
    kind: person
    name: Ines Varga
    summary: Potter with the Lakeside Arts Guild.
  - id: pell
    kind: person
    name: Tom Pell
    summary: Apprentice who fired the kiln for three winters.
  - id: dale
    kind: person
    name: Ruth Dale
    summary: Mayor of Lakeside, who opened the workshop.
`
	article := "The workshop opened in 2012.\n\nInes Varga, a potter with the Lakeside Arts Guild, ran it for three winters.\n\n“Clay needs patience,” said Varga.\n\n" +
		"Tom Pell, an apprentice, fired the kiln for three winters.\n\n“We wanted a place where children learn a craft,” said Ruth Dale, the mayor of Lakeside.\n"
	e := buildFrom(t, article, facts)
	for q, want := range map[string]string{
		"Who is Ines Varga?": "The article, ¶2: “Ines Varga, a potter",
		// A sentence that opens with a quote is not quoted again.
		"Who is Ruth Dale?": "The article, ¶5: “We wanted a place where children learn a craft,” said Ruth Dale",
	} {
		a := ask(t, e, q)
		if len(a.Results) == 0 || a.Results[0].Kind != KindFact || !strings.Contains(a.Results[0].Text, want) {
			t.Errorf("%q: want the card with the article's sentence introducing her (%s), got %+v", q, want, a.Results)
		}
	}
	// A card that retells the article's sentence does not quote it again.
	a := ask(t, e, "Who is Tom Pell?")
	if len(a.Results) == 0 || strings.Contains(a.Results[0].Text, "The article, ¶") {
		t.Errorf("the card quotes a sentence it retells: %+v", a.Results)
	}
}

func TestChatOpenersDoNotHideTheQuestion(t *testing.T) {
	article := "Maria Lopez, the library director, opened the seed library in May.\n\nThe library lends seeds to gardeners every spring.\n"
	e := buildFrom(t, article, "")
	for _, q := range []string{"who is maria lopez", "lol who is maria lopez", "can you tell me who is Maria Lopez?"} {
		if a := ask(t, e, q); !strings.Contains(a.Answer, "library director") {
			t.Errorf("%q: answer %q, want her role, the library director", q, a.Answer)
		}
	}
}

func TestRoleStopsAtTheQuote(t *testing.T) {
	article := "The seed library opened in May.\n\n“We waited a long time for this,” explained library director Maria Lopez.\n"
	e := buildFrom(t, article, "")
	if a := ask(t, e, "who is Maria Lopez?"); !strings.Contains(a.Answer, "library director") || strings.Contains(a.Answer, "explained") {
		t.Errorf("answer %q, want the role before her name and not the quote's words", a.Answer)
	}
}

// TestDateOfAnotherEventIsNoEvidence: the one date of the paragraph
// about Cameron's visit, that of Tokayev's visit to Germany, is no date
// of his: its sentence names neither Cameron nor Astana. (An invented
// story with the same shape did not reach the one-date rule; this
// question is the maintainers', in no evaluation set.)
func TestDateOfAnotherEventIsNoEvidence(t *testing.T) {
	wantLineWithout(t, engine(t), "which day was cameron in astana", "2023")
}

// TestSameAnswersAfterEveryBuild asks the same questions and looks up the
// same names in engines built one after another from the same corpus: a
// reader who asks again after a restart or a reindex gets the same
// results in the same order, and the same count of them.
// The questions are the opening words of each paragraph, so they reach
// the ties at the cut of Bleve's candidates that come with any story.
func TestSameAnswersAfterEveryBuild(t *testing.T) {
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	var questions []string
	for _, p := range c.Article.Paragraphs {
		words := strings.Fields(p.Text)
		questions = append(questions, strings.Join(words[:min(5, len(words))], " "))
	}
	answers := func() []string {
		e, err := Build(context.Background(), c)
		if err != nil {
			t.Fatal(err)
		}
		defer e.Close()
		var out []string
		for _, q := range questions {
			a, err := e.Ask(context.Background(), q, Options{})
			if err != nil {
				t.Fatalf("ask %q: %v", q, err)
			}
			out = append(out, fmt.Sprintf("ask %q: %d %s %v", q, a.Total, a.Answer, a.Results))
		}
		for _, en := range c.Entries {
			a, err := e.Lookup(context.Background(), en.Name, nil, Options{Limit: MaxLimit})
			if err != nil {
				t.Fatalf("look up %q: %v", en.Name, err)
			}
			out = append(out, fmt.Sprintf("look up %q: %d %v", en.Name, a.Total, a.Results))
		}
		return out
	}
	first := answers()
	for build := 2; build <= 4; build++ {
		for i, got := range answers() {
			if got != first[i] {
				t.Fatalf("build %d answers otherwise:\n%s\nfirst build:\n%s", build, got, first[i])
			}
		}
	}
}

// TestAFaultIsAnError: a fault of the engine's on a question (here an
// engine with no story at all) reaches the caller as ErrInternal, so a
// `storybot ask` prints it and the bot replies with it, instead of
// crashing: a blind question once panicked the engine this way.
func TestAFaultIsAnError(t *testing.T) {
	var e Engine
	if _, err := e.Ask(context.Background(), "who is cameron", Options{}); !errors.Is(err, ErrInternal) {
		t.Errorf("Ask: error %v, want ErrInternal", err)
	}
	if _, err := e.Lookup(context.Background(), "cameron", corpus.WhoKinds(), Options{}); !errors.Is(err, ErrInternal) {
		t.Errorf("Lookup: error %v, want ErrInternal", err)
	}
}
