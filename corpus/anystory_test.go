package corpus

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// sharedStories lists the article.txt files of ../shared/stories, skipping
// the test when the folder is absent (a user's clone has none).
func sharedStories(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob("../../shared/stories/*/article.txt")
	if len(paths) == 0 {
		t.Skip("../shared/stories absent")
	}
	return paths
}

func TestArticleOnlyCorpora(t *testing.T) {
	t.Run("markdown with a # title", func(t *testing.T) {
		c := loadOK(t, files(ArticleFile, validArticle))
		if c.Title != "Test article" || len(c.Entries) != 0 || len(c.Article.Paragraphs) != 2 {
			t.Errorf("title %q, %d entries, %d paragraphs", c.Title, len(c.Entries), len(c.Article.Paragraphs))
		}
		if _, ok := c.Entry("anything"); ok {
			t.Error("Entry found something in an empty fact sheet")
		}
	})
	t.Run("markdown without a title takes its first line", func(t *testing.T) {
		c := loadOK(t, files(ArticleFile, "\n\n## The sale\n\nThe sale was agreed.\n"))
		if c.Title != "The sale" {
			t.Errorf("Title = %q, want the first heading's text", c.Title)
		}
	})
	t.Run("a long first line is clipped", func(t *testing.T) {
		long := strings.Repeat("word ", 60) + "end."
		c := loadOK(t, files(ArticleTextFile, long+"\n"))
		if n := utf8.RuneCountInString(c.Title); n > maxTitleRunes || !strings.HasSuffix(c.Title, "…") || !strings.HasPrefix(c.Title, "word word") {
			t.Errorf("Title = %q (%d runes)", c.Title, n)
		}
	})
	t.Run("the fact sheet's title wins", func(t *testing.T) {
		c := loadOK(t, files(ArticleFile, validArticle, FactsFile, "title: From the sheet\n"))
		if c.Title != "From the sheet" {
			t.Errorf("Title = %q", c.Title)
		}
	})
	t.Run("empty or comment-only fact sheet", func(t *testing.T) {
		for _, facts := range []string{"", "# nothing yet\n", "title:\n", "entries: []\n"} {
			c := loadOK(t, files(ArticleFile, validArticle, FactsFile, facts))
			if c.Title != "Test article" {
				t.Errorf("%q: Title = %q", facts, c.Title)
			}
		}
	})
	t.Run("plain-text copy in testdata", func(t *testing.T) {
		c, err := LoadDir("testdata/plain-story")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(c.Title, "Irondale, Alabama") || len(c.Article.Paragraphs) < 20 {
			t.Errorf("title %q, %d paragraphs", c.Title, len(c.Article.Paragraphs))
		}
		if len(c.ExampleQuestions(3)) == 0 {
			t.Error("no example questions")
		}
	})
	t.Run("shared stories", func(t *testing.T) {
		for _, p := range sharedStories(t) {
			c, err := LoadDir(filepath.Dir(p))
			if err != nil {
				t.Errorf("%s: %v", p, err)
				continue
			}
			if c.Title == "" || len(c.Article.Paragraphs) < 10 {
				t.Errorf("%s: title %q, %d paragraphs", p, c.Title, len(c.Article.Paragraphs))
			}
		}
	})
}

func TestImplicitFields(t *testing.T) {
	facts := "entries:\n  - {id: bus, kind: vehicle, name: Bus 9, summary: A bus., attributes: [{key: top_speed, value: 80 km/h, source: article}]}\n"
	c := loadOK(t, files(ArticleFile, validArticle, FactsFile, facts))
	f, ok := c.Field("top_speed")
	if !ok || f.Label != "Top speed" {
		t.Errorf("Field(top_speed) = %+v, %v; want an implicit field labelled \"Top speed\"", f, ok)
	}
	// A sheet that declares fields must declare every key.
	v := loadFail(t, files(ArticleFile, validArticle, FactsFile, "fields: []\n"+facts))
	checkProblems(t, v, want{FactsFile, 3, []string{`"top_speed" is not declared`, "{key: top_speed, label: Top speed}"}})
}

func TestOpenKinds(t *testing.T) {
	entry := func(kind string) string {
		return "entries:\n  - {id: x, kind: " + kind + ", name: X, summary: s}\n"
	}
	for kind, want := range map[string]Kind{
		"team": "team", "vehicle": "vehicle", "organization": KindOrganisation,
		"organisation": KindOrganisation, "aircraft": KindAircraft, "sports-team": "sports-team",
	} {
		c := loadOK(t, files(ArticleFile, validArticle, FactsFile, entry(kind)))
		if c.Entries[0].Kind != want {
			t.Errorf("kind %q read as %q, want %q", kind, c.Entries[0].Kind, want)
		}
	}
	for _, bad := range []string{"Team", "two words", "team2", "-team", "'team-'"} {
		v := loadFail(t, files(ArticleFile, validArticle, FactsFile, entry(bad)))
		checkProblems(t, v, want{FactsFile, 2, []string{"a kind is one lowercase word"}})
	}
	kinds := DefaultKinds()
	kinds[0] = "changed"
	if DefaultKinds()[0] != KindAircraft || !slices.Equal(WhoKinds(), []Kind{KindPerson, KindOrganisation}) {
		t.Error("DefaultKinds or WhoKinds can be changed by a caller")
	}
}

func TestCommands(t *testing.T) {
	const head = "commands:\n"
	ok := head + "  - {name: vehicle, kinds: [vehicle, organization], description: A vehicle's card, example: bus 9}\n"
	c := loadOK(t, files(ArticleFile, validArticle, FactsFile, ok))
	want0 := Command{Name: "vehicle", Kinds: []Kind{"vehicle", KindOrganisation}, Description: "A vehicle's card", Example: "bus 9", Line: 2}
	if len(c.Commands) != 1 || !commandEqual(c.Commands[0], want0) {
		t.Errorf("Commands = %+v, want [%+v]", c.Commands, want0)
	}
	for _, tt := range []struct{ line, msg string }{
		{"{name: who, kinds: [person], description: d}", "clashes with the built-in command /who"},
		{"{name: help, kinds: [person], description: d}", "clashes with the built-in command /help"},
		{"{name: Vehicle, kinds: [vehicle], description: d}", "must be 1 to 32 lowercase"},
		{"{name: " + strings.Repeat("a", 33) + ", kinds: [vehicle], description: d}", "must be 1 to 32 lowercase"},
		{"{name: v, kinds: [], description: d}", "needs kinds"},
		{"{name: v, description: d}", "needs kinds"},
		{"{name: v, kinds: [vehicle]}", "needs a description"},
		{"{name: v, kinds: [vehicle], description: " + strings.Repeat("d", 101) + "}", "the limit is 100"},
		{"{name: v, kinds: [Big Car], description: d}", "a kind is one lowercase word"},
	} {
		v := loadFail(t, files(ArticleFile, validArticle, FactsFile, head+"  - "+tt.line+"\n"))
		checkProblems(t, v, want{FactsFile, 2, []string{tt.msg}})
	}
	v := loadFail(t, files(ArticleFile, validArticle, FactsFile, head+"  - {name: v, kinds: [car], description: d}\n  - {name: v, kinds: [bus], description: e}\n"))
	checkProblems(t, v, want{FactsFile, 3, []string{`command "v" is declared twice (first on line 2)`}})
}

func commandEqual(a, b Command) bool {
	return a.Name == b.Name && slices.Equal(a.Kinds, b.Kinds) && a.Description == b.Description && a.Example == b.Example && a.Line == b.Line
}

func TestExamplesAndSynonyms(t *testing.T) {
	facts := "examples:\n  - Who won?\n  - When was it?\nsynonyms:\n  - [Car, automobile, motor car]\n  - [bus, coach]\n"
	c := loadOK(t, files(ArticleFile, validArticle, FactsFile, facts))
	if !slices.Equal(c.Examples, []string{"Who won?", "When was it?"}) {
		t.Errorf("Examples = %q", c.Examples)
	}
	if len(c.Synonyms) != 2 || !slices.Equal(c.Synonyms[0], []string{"car", "automobile", "motor car"}) {
		t.Errorf("Synonyms = %q", c.Synonyms)
	}
	if got := c.ExampleQuestions(1); !slices.Equal(got, []string{"Who won?"}) {
		t.Errorf("ExampleQuestions(1) = %q", got)
	}
	for _, bad := range []struct{ facts, msg string }{
		{"examples:\n  - " + strings.Repeat("a", 201) + "\n", "the limit is 200"},
		{"synonyms:\n  - [car]\n", "two or more words"},
		{"synonyms: [car, bus]\n", "must be a list"},
	} {
		v := loadFail(t, files(ArticleFile, validArticle, FactsFile, bad.facts))
		if !strings.Contains(v.Error(), bad.msg) {
			t.Errorf("%q: %v, want %q", bad.facts, v, bad.msg)
		}
	}
}

func TestExampleQuestionsDerived(t *testing.T) {
	c := loadOK(t, withFacts(validFacts+"  - {id: jane, kind: person, name: Jane Roe, summary: s}\n"))
	if got := c.ExampleQuestions(5); !slices.Equal(got, []string{"What is MiG-29?", "What is Aircraft sale?", "Who is Jane Roe?"}) {
		t.Errorf("from entries: %q", got)
	}
	c = loadOK(t, files(ArticleFile, validArticle))
	if got := c.ExampleQuestions(5); !slices.Equal(got, []string{"What does the article say about The sale?"}) {
		t.Errorf("from sections: %q", got)
	}
	c = loadOK(t, files(ArticleTextFile, "Bats were counted in Alabama.\n"))
	if got := c.ExampleQuestions(5); !slices.Equal(got, []string{"What does the article say about Bats were counted in Alabama?"}) {
		t.Errorf("from the title: %q", got)
	}
	c = loadOK(t, files(ArticleTextFile, "Hurricane Dorian obliterated hundreds of sea-turtle nests along the coast.\n"))
	if got := c.ExampleQuestions(5); !slices.Equal(got, []string{"What is the story about?"}) {
		t.Errorf("from a long first line: %q", got)
	}
	c = loadOK(t, files(ArticleTextFile, "Intro line that is a sentence.\n\n‘Unaware of bats’\n\nText follows here, as a paragraph.\n"))
	if got := c.ExampleQuestions(5); !slices.Equal(got, []string{"What does the article say about Unaware of bats?"}) {
		t.Errorf("from a quoted heading: %q", got)
	}
	if got := c.ExampleQuestions(0); len(got) != 0 {
		t.Errorf("ExampleQuestions(0) = %q", got)
	}
}

func TestBuiltInStoryDeclarations(t *testing.T) {
	c := loadOK(t, DefaultFS())
	if len(c.Commands) != 1 || c.Commands[0].Name != "aircraft" || !slices.Equal(c.Commands[0].Kinds, []Kind{KindAircraft}) || c.Commands[0].Example == "" {
		t.Errorf("Commands = %+v", c.Commands)
	}
	if len(c.Examples) != 3 || len(c.Synonyms) < 6 || !slices.Contains(c.Synonyms[0], "kremlin") {
		t.Errorf("%d examples, %d synonym groups (first %v); want 3 examples and the story's groups, Russia's first", len(c.Examples), len(c.Synonyms), c.Synonyms[0])
	}
}

func TestFullWidthAliasIsNormalised(t *testing.T) {
	facts := "entries:\n  - {id: x, kind: thing, name: Ｂｕｓ　９, aliases: [ＭｉＧ－２９], summary: s}\n"
	c := loadOK(t, files(ArticleFile, validArticle, FactsFile, facts))
	if e := c.Entries[0]; e.Name != "Bus 9" || !slices.Equal(e.Aliases, []string{"MiG-29"}) {
		t.Errorf("name %q, aliases %q; want NFKC forms", e.Name, e.Aliases)
	}
}

func TestNoStoryWordsInGoCode(t *testing.T) {
	// The shipped story's words belong in its data, not in the loader, nor
	// in the packages around it that serve any story: every non-test Go
	// file of them is checked, comments included.
	var paths []string
	for _, root := range []string{".", "../bot", "../reload", "../store"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return err
			case d.IsDir() && d.Name() == "testdata":
				return filepath.SkipDir
			case !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go"):
				paths = append(paths, p)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{"corpus.go", "load.go", "article.go", "facts.go", "write.go", "diff.go", "timeline.go", "../bot/reindex.go"} {
		if !slices.Contains(paths, p) {
			t.Fatalf("%s is not among the files checked: %q", p, paths)
		}
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if w := storyWordIn(string(data)); w != "" {
			t.Errorf("%s contains %q", p, w)
		}
	}
	// The engine and the command line may show the story in comments (as
	// an example), but not in code: their identifiers and strings.
	for _, dir := range []string{"../index", "../cmd/storybot"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range files {
			if strings.HasSuffix(p, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(gotoken.NewFileSet(), p, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				var text string
				switch n := n.(type) {
				case *ast.Ident:
					text = n.Name
				case *ast.BasicLit:
					text = n.Value
				}
				if w := storyWordIn(text); w != "" {
					t.Errorf("%s: code contains %q: %s", p, w, text)
				}
				return true
			})
		}
	}
}

// storyWordIn returns a word of the shipped story found in text, or "".
func storyWordIn(text string) string {
	lower := strings.ToLower(text)
	for _, w := range []string{"kremlin", "decoy", "salvage", "interceptor", "kazakh", "tokayev", "su-24", "mig-"} {
		if strings.Contains(lower, w) {
			return w
		}
	}
	return ""
}

// TestTranslations: a fact sheet's translations are read lower-cased, and
// a key of several words is refused with its line.
func TestTranslations(t *testing.T) {
	c := loadOK(t, DefaultFS())
	if c.Translations["купить"] == "" {
		t.Errorf("the built-in story's translations lack купить: %v", c.Translations)
	}
	c = loadOK(t, files(ArticleFile, "Some text.\n", FactsFile, "title: T\ntranslations:\n  Продать: sold\n"))
	if got := c.Translations["продать"]; got != "sold" || len(c.Translations) != 1 {
		t.Errorf("Продать: sold read as %v, want продать: sold", c.Translations)
	}
	_, err := Load(fstest.MapFS{
		"article.md": {Data: []byte("Some text.\n")},
		"facts.yaml": {Data: []byte("title: T\ntranslations:\n  два слова: two\n")},
	})
	if err == nil || !strings.Contains(err.Error(), "facts.yaml:3") || !strings.Contains(err.Error(), "one word") {
		t.Errorf("a translation of two words: %v", err)
	}
}
