package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func TestValidFixturesLoad(t *testing.T) {
	// The broken-corpus cases below each add one mistake to these; if
	// they did not load, those cases would prove nothing.
	c := loadOK(t, withFacts(validFacts))
	if c.Title != "Test story" || len(c.Entries) != 2 || len(c.Fields) != 2 {
		t.Errorf("title %q, %d entries, %d fields", c.Title, len(c.Entries), len(c.Fields))
	}
	e, ok := c.Entry("mig-29")
	if !ok || e.Line != lineOf(validFacts, "- id: mig-29", 1) || !slices.Equal(e.Names(), []string{"MiG-29", "Fulcrum"}) {
		t.Errorf("Entry(mig-29) = %+v, %v", e, ok)
	}
	if a, ok := e.Attribute("role"); !ok || a.Value != "fighter" || a.Source != SourceBackground || a.Line != lineOf(validFacts, "key: role, value", 1) {
		t.Errorf("Attribute(role) = %+v, %v", a, ok)
	}
	if f, ok := c.Field("role"); !ok || f.Label != "Role" || !slices.Equal(f.Cues, []string{"role", "type"}) {
		t.Errorf("Field(role) = %+v, %v", f, ok)
	}
	if c.Article.Title != "Test article" || len(c.Article.Paragraphs) != 2 {
		t.Errorf("article %q has %d paragraphs", c.Article.Title, len(c.Article.Paragraphs))
	}
}

// brokenCase is one corpus with one mistake and the problem it must yield.
type brokenCase struct {
	name string
	fs   fstest.MapFS
	want want
	// buggyLine, when set, is the wrong line the current code reports;
	// the case is skipped while the code still reports it.
	buggyLine int
	// buggyExtra, when set, is a spurious second problem the current
	// code reports; the case is skipped while it does.
	buggyExtra string
	bug        string
}

// factsCase builds a case that edits validFacts, finding the expected line
// by the text on it.
func factsCase(name, old, new, lineText string, nth int, msg ...string) brokenCase {
	facts := edit(validFacts, old, new)
	return brokenCase{name: name, fs: withFacts(facts), want: want{FactsFile, lineOf(facts, lineText, nth), msg}}
}

func brokenCases() []brokenCase {
	const mig = "  - id: mig-29"
	unclosed := factsCase("YAML syntax: unclosed bracket",
		"aliases: [Fulcrum]", "aliases: [Fulcrum, Flanker", "aliases: [Fulcrum, Flanker", 1,
		"invalid YAML", "did not find expected ',' or ']'")
	unclosed.buggyLine = unclosed.want.line - 1
	unclosed.bug = "facts.go yamlError passes on yaml.v3's parser-error line, which is 0-based (context_mark.line without +1)"
	unclosedBrace := factsCase("YAML syntax: unclosed brace",
		"{key: role, value: fighter, source: background}", "{key: role, value: fighter, source: background", "source: background", 1,
		"invalid YAML", "did not find expected ',' or '}'")
	unclosedBrace.buggyLine = unclosedBrace.want.line - 1
	unclosedBrace.bug = unclosed.bug

	huge := strings.Repeat("x", MaxFileSize+1)
	return []brokenCase{
		factsCase("YAML syntax: key without colon", "    kind: aircraft", "    kind aircraft", "kind aircraft", 1,
			"invalid YAML", "could not find expected ':'"),
		factsCase("YAML syntax: stray character", "    name: MiG-29", "    name: @MiG-29", "@MiG-29", 1,
			"invalid YAML", "cannot start any token"),
		unclosed,
		unclosedBrace,
		func() brokenCase {
			c := factsCase("missing name", "    name: MiG-29\n", "", mig, 1, `entry "mig-29" has no name`)
			c.buggyExtra = `alias "" of "mig-29" has no letters or digits`
			c.bug = `facts.go crossCheck runs the empty Name through the alias checks (e.Names() includes it)`
			return c
		}(),
		factsCase("missing id", "    related: [mig-29]\n", "    related: [mig-29]\n  - kind: person\n    name: Jane Doe\n    summary: x\n", "- kind: person", 1,
			`entry "Jane Doe" has no id`),
		factsCase("id with capitals", "    related: [mig-29]\n", "    related: [mig-29]\n  - id: Jane_Doe\n    kind: person\n    name: Jane Doe\n    summary: x\n", "- id: Jane_Doe", 1,
			`id "Jane_Doe" must be lower-case`),
		factsCase("duplicate id",
			"    related: [mig-29]\n", "    related: [mig-29]\n  - id: mig-29\n    kind: aircraft\n    name: MiG-29UB\n    summary: Trainer.\n", mig, 2,
			`duplicate id "mig-29"`, "first on line 10"),
		factsCase("same alias on two entries",
			"    name: Aircraft sale\n", "    name: Aircraft sale\n    aliases: [the deal, Fulcrum]\n", "[the deal, Fulcrum]", 1,
			`duplicate alias "Fulcrum"`, `"mig-29" already uses it on line 13`),
		func() brokenCase {
			c := factsCase("Su 24 alias vs Su-24 name (NameKey collision)",
				"    related: [mig-29]\n", "    related: [mig-29]\n  - id: su-24\n    kind: aircraft\n    name: Su-24\n    summary: Soviet bomber.\n", "- id: su-24", 1,
				`duplicate alias "Su-24"`, `"mig-29" already uses it on line 13`)
			c.fs[FactsFile].Data = []byte(edit(string(c.fs[FactsFile].Data), "[Fulcrum]", "[Fulcrum, Su 24]"))
			return c
		}(),
		factsCase("alias with no letters", "[Fulcrum]", "[Fulcrum, '--']", "[Fulcrum, '--']", 1,
			`alias "--" of "mig-29" has no letters or digits`),
		factsCase("kind that is not one lowercase word", "kind: aircraft", "kind: Jet plane", mig, 1,
			`entry "mig-29" has kind "Jet plane"; a kind is one lowercase word`, "aircraft, person, place, organisation, event"),
		factsCase("unknown top-level key", "title: Test story\n", "title: Test story\nauthor: Jane\n", "author: Jane", 1,
			`unknown key "author"`, "title, fields, entries"),
		factsCase("unknown key in an entry", "    name: MiG-29\n", "    name: MiG-29\n    colour: red\n", "colour: red", 1,
			`unknown key "colour" in an entry`),
		factsCase("repeated key in an entry", "    name: MiG-29\n", "    name: MiG-29\n    name: Fulcrum-A\n", "name: Fulcrum-A", 1,
			`repeats the key "name"`),
		factsCase("undeclared attribute key",
			"      - {key: role, value: fighter, source: background}\n",
			"      - {key: role, value: fighter, source: background}\n      - {key: top_speed, value: Mach 2.25, source: background}\n",
			"top_speed", 1,
			`attribute key "top_speed" is not declared under fields`, "hint: add `- {key: top_speed, label: Top speed}` under fields"),
		factsCase("attribute without source", "{key: role, value: fighter, source: background}", "{key: role, value: fighter}", "key: role, value", 1,
			`attribute "role" needs source: article or background`),
		factsCase("attribute with source wikipedia", "source: background}", "source: wikipedia}", "source: wikipedia", 1,
			`attribute "role" needs source: article or background (got "wikipedia")`),
		factsCase("attribute repeated",
			"      - {key: role, value: fighter, source: background}\n",
			"      - {key: role, value: fighter, source: background}\n      - {key: role, value: interceptor, source: background}\n",
			"value: interceptor", 1,
			`attribute "role" repeated in "mig-29" (first on line 16)`),
		factsCase("related id that does not exist", "related: [sale]", "related: [sale, mig-31]", mig, 1,
			`"mig-29" is related to unknown id "mig-31"`),
		factsCase("entry related to itself", "related: [sale]", "related: [sale, mig-29]", mig, 1,
			`"mig-29" lists itself as related`),
		factsCase("date that is not a date", "value: March 2023", "value: sometime in 2023", "sometime in 2023", 1,
			`date "sometime in 2023" is not a date`),
		factsCase("cue with a space", "cues: [role, type]", "cues: [role, aircraft type]", "- key: role", 1,
			`cue "aircraft type" of field "role" must be a single word`),
		factsCase("field declared twice", "entries:\n", "  - key: date\n    label: When\nentries:\n", "- key: date", 2,
			`field "date" is declared twice (first on line 3)`),
		factsCase("summary on two lines", "    summary: Soviet fighter.\n", "    summary: |\n      Soviet\n      fighter.\n", mig, 1,
			`summary of "mig-29" must be one line`),
		factsCase("summary left empty", "summary: Soviet fighter.", "summary:", mig, 1,
			`entry "mig-29" has no summary`),
		factsCase("summary null", "summary: Soviet fighter.", "summary: ~", mig, 1,
			`entry "mig-29" has no summary`),
		factsCase("summary too long", "summary: Soviet fighter.", "summary: "+strings.Repeat("a", maxSummaryLen+1), mig, 1,
			`summary of "mig-29" is 301 characters long; the limit is 300`),
		{name: "empty article", fs: files(ArticleFile, " \n\n\t\n   \n", FactsFile, validFacts),
			want: want{ArticleFile, 0, []string{"the article is empty"}}},
		{name: "article title twice", fs: files(ArticleFile, "# One\n\nText.\n\n# Two\n\nMore.\n", FactsFile, validFacts),
			want: want{ArticleFile, 5, []string{`a "# " title may only appear once`}}},
		{name: "empty section heading", fs: files(ArticleFile, "Text.\n\n## \n\nMore.\n", FactsFile, validFacts),
			want: want{ArticleFile, 3, []string{"empty section heading"}}},
		{name: "article with invalid UTF-8", fs: files(ArticleFile, "Kazakhstan sold \xff\xfe aircraft.\n", FactsFile, validFacts),
			want: want{ArticleFile, 0, []string{"not valid UTF-8"}}},
		{name: "facts with invalid UTF-8", fs: withFacts(edit(validFacts, "Soviet fighter.", "Soviet \xc3 fighter.")),
			want: want{FactsFile, 0, []string{"not valid UTF-8"}}},
		{name: "missing article", fs: files(FactsFile, validFacts),
			want: want{ArticleFile, 0, []string{"missing", "article.md", "article.txt"}}},
		{name: "facts.yaml is a list", fs: withFacts("- a\n- b\n"),
			want: want{FactsFile, 1, []string{"must be a mapping"}}},
		{name: "article over MaxFileSize", fs: files(ArticleFile, huge, FactsFile, validFacts),
			want: want{ArticleFile, 0, []string{"larger than " + strconv.Itoa(MaxFileSize) + " bytes"}}},
		{name: "article.txt over MaxFileSize", fs: files(ArticleTextFile, huge, FactsFile, validFacts),
			want: want{ArticleTextFile, 0, []string{"larger than " + strconv.Itoa(MaxFileSize) + " bytes"}}},
		{name: "facts over MaxFileSize", fs: withFacts(validFacts + "#" + huge[:MaxFileSize-len(validFacts)] + "\n"),
			want: want{FactsFile, 0, []string{"larger than " + strconv.Itoa(MaxFileSize) + " bytes"}}},
	}
}

func TestBrokenCorpora(t *testing.T) {
	for _, tt := range brokenCases() {
		t.Run(tt.name, func(t *testing.T) {
			v := loadFail(t, tt.fs)
			if tt.buggyLine != 0 && len(v.Problems) == 1 && v.Problems[0].Line == tt.buggyLine {
				knownBug(t, v.Problems[0].Line, tt.buggyLine, fmt.Sprintf("%s: reported line %d, the mistake is on line %d", tt.bug, tt.buggyLine, tt.want.line))
			}
			// What the moderator reads first: "file:line: message".
			prefix := tt.want.file + ": "
			if tt.want.line > 0 {
				prefix = fmt.Sprintf("%s:%d: ", tt.want.file, tt.want.line)
			}
			if !strings.HasPrefix(v.Error(), prefix) {
				t.Errorf("Error() = %q, want prefix %q", v.Error(), prefix)
			}
			var extra []*Error
			found := false
			for _, p := range v.Problems {
				if !found && tt.want.matches(p) {
					found = true
					continue
				}
				extra = append(extra, p)
			}
			if !found {
				checkProblems(t, v, tt.want)
				return
			}
			if tt.buggyExtra != "" && len(extra) == 1 {
				knownBug(t, extra[0].Msg, tt.buggyExtra, "spurious second problem: "+tt.bug)
			}
			if len(extra) > 0 {
				checkProblems(t, v, tt.want)
			}
		})
	}
}

func TestFileSizeLimitIsInclusive(t *testing.T) {
	// A file of exactly MaxFileSize bytes is allowed.
	// Few words, so that only the byte limit is at stake.
	text := "Kazakhstan sold aircraft. "
	text += strings.Repeat("a", MaxFileSize-len(text))
	if len(text) != MaxFileSize {
		t.Fatalf("built %d bytes", len(text))
	}
	c := loadOK(t, files(ArticleFile, text, FactsFile, validFacts))
	if len(c.Article.Paragraphs) != 1 {
		t.Errorf("%d paragraphs, want 1", len(c.Article.Paragraphs))
	}
}

func TestAliasesWithinOneEntry(t *testing.T) {
	entry := "  - id: united-states\n    kind: place\n    name: United States\n    aliases:\n      - US\n      - U.S.\n      - USA\n    summary: Buyer.\n"
	t.Run("US and U.S. in one entry", func(t *testing.T) {
		c := loadOK(t, withFacts(validFacts+entry))
		e, _ := c.Entry("united-states")
		if e == nil || !slices.Equal(e.Aliases, []string{"US", "U.S.", "USA"}) {
			t.Errorf("entry = %+v", e)
		}
		if e != nil && !slices.Equal(e.AliasLines, []int{lineOf(validFacts+entry, "- US", 1), lineOf(validFacts+entry, "- U.S.", 1), lineOf(validFacts+entry, "- USA", 1)}) {
			t.Errorf("AliasLines = %v", e.AliasLines)
		}
	})
	t.Run("the same alias twice", func(t *testing.T) {
		facts := validFacts + edit(entry, "      - USA\n", "      - USA\n      - US\n")
		v := loadFail(t, withFacts(facts))
		checkProblems(t, v, want{FactsFile, lineOf(facts, "- US", 3), []string{`duplicate alias "US" in "united-states"`, "also on line " + strconv.Itoa(lineOf(facts, "- US", 1))}})
	})
	t.Run("the name repeated as an alias", func(t *testing.T) {
		facts := validFacts + edit(entry, "      - USA\n", "      - USA\n      - United States\n")
		v := loadFail(t, withFacts(facts))
		checkProblems(t, v, want{FactsFile, lineOf(facts, "- United States", 1), []string{`duplicate alias "United States" in "united-states"`}})
	})
	t.Run("US on another entry", func(t *testing.T) {
		facts := validFacts + entry + "  - id: usa-team\n    kind: organisation\n    name: Team USA\n    aliases: [U.S]\n    summary: x\n"
		v := loadFail(t, withFacts(facts))
		checkProblems(t, v, want{FactsFile, lineOf(facts, "[U.S]", 1), []string{`duplicate alias "U.S"`, `"united-states" already uses it`}})
	})
}

func TestManyProblems(t *testing.T) {
	t.Run("all reported, sorted, one per line", func(t *testing.T) {
		facts := edit(validFacts, "title: Test story\n", "title: Test story\nauthor: Jane\n")
		facts = edit(facts, "kind: event", "kind: Happening")
		facts = edit(facts, "kind: aircraft", "kind: Jet")
		facts = edit(facts, "source: article}", "source: wikipedia}")
		v := loadFail(t, files(ArticleFile, "\n", FactsFile, facts))
		mig, sale, attr := lineOf(facts, "- id: mig-29", 1), lineOf(facts, "- id: sale", 1), lineOf(facts, "wikipedia", 1)
		checkProblems(t, v,
			want{ArticleFile, 0, []string{"empty"}},
			want{FactsFile, 2, []string{`unknown key "author"`}},
			want{FactsFile, mig, []string{`kind "Jet"`}},
			want{FactsFile, sale, []string{`kind "Happening"`}},
			want{FactsFile, attr, []string{`got "wikipedia"`}},
		)
		lines := strings.Split(v.Error(), "\n")
		wantLines := []string{
			"article.md: the article is empty",
			"facts.yaml:2: unknown key",
			fmt.Sprintf("facts.yaml:%d: entry \"mig-29\" has kind", mig),
			fmt.Sprintf("facts.yaml:%d: entry \"sale\" has kind", sale),
			fmt.Sprintf("facts.yaml:%d: attribute \"date\" needs source", attr),
		}
		if len(lines) != len(wantLines) {
			t.Fatalf("Error() has %d lines, want %d:\n%s", len(lines), len(wantLines), v.Error())
		}
		for i := range lines {
			if !strings.HasPrefix(lines[i], wantLines[i]) {
				t.Errorf("Error() line %d = %q, want prefix %q", i+1, lines[i], wantLines[i])
			}
		}
		if v.Omitted != 0 {
			t.Errorf("Omitted = %d, want 0", v.Omitted)
		}
	})

	t.Run("capped", func(t *testing.T) {
		const n = maxReported + 5
		var b strings.Builder
		b.WriteString("title: Many\nentries:\n")
		for i := range n {
			fmt.Fprintf(&b, "  - {id: e%d, kind: Jet, name: Entry %d, summary: s}\n", i, i)
		}
		v := loadFail(t, withFacts(b.String()))
		if len(v.Problems) != maxReported || v.Omitted != n-maxReported {
			t.Fatalf("%d problems, %d omitted; want %d and %d", len(v.Problems), v.Omitted, maxReported, n-maxReported)
		}
		lines := strings.Split(v.Error(), "\n")
		if len(lines) != maxReported+1 {
			t.Fatalf("Error() has %d lines, want %d:\n%s", len(lines), maxReported+1, v.Error())
		}
		re := regexp.MustCompile(`^facts\.yaml:(\d+): entry "e(\d+)" has kind "Jet"`)
		for i, l := range lines[:maxReported] {
			m := re.FindStringSubmatch(l)
			if m == nil || m[1] != strconv.Itoa(i+3) || m[2] != strconv.Itoa(i) {
				t.Errorf("Error() line %d = %q, want entry e%d on line %d", i+1, l, i, i+3)
			}
		}
		if want := fmt.Sprintf("(and %d more problems)", n-maxReported); lines[maxReported] != want {
			t.Errorf("last line = %q, want %q", lines[maxReported], want)
		}
	})
}

func TestErrorString(t *testing.T) {
	for _, tt := range []struct {
		e    Error
		want string
	}{
		{Error{File: FactsFile, Line: 12, Msg: "bad"}, "facts.yaml:12: bad"},
		{Error{File: ArticleFile, Msg: "missing"}, "article.md: missing"},
	} {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("%+v.Error() = %q, want %q", tt.e, got, tt.want)
		}
	}
}

func TestSeed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "fresh")
	seeded, err := Seed(dir)
	if err != nil || !seeded {
		t.Fatalf("Seed of a missing directory: %v %v", seeded, err)
	}
	c, err := Load(os.DirFS(dir))
	if err != nil || len(c.Entries) == 0 {
		t.Fatalf("seeded corpus does not load: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, FactsFile), []byte("edited"), 0o644); err != nil {
		t.Fatal(err)
	}
	if seeded, err := Seed(dir); err != nil || seeded {
		t.Errorf("Seed must leave an existing corpus alone: %v %v", seeded, err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, FactsFile)); string(b) != "edited" {
		t.Error("Seed overwrote an edit")
	}
}

// TestSetAside: a corpus file a version lacks is moved to its backup, and
// a file that is not there is no error.
func TestSetAside(t *testing.T) {
	dir := t.TempDir()
	facts := filepath.Join(dir, FactsFile)
	if err := os.WriteFile(facts, []byte("entries: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := SetAside(dir, FactsFile); err != nil {
		t.Fatalf("SetAside: %v", err)
	}
	if _, err := os.Stat(facts); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("%s is still there (stat: %v)", FactsFile, err)
	}
	if data, err := os.ReadFile(facts + BackupSuffix); err != nil || string(data) != "entries: []\n" {
		t.Errorf("backup: %q, %v; want the fact sheet", data, err)
	}
	if err := SetAside(dir, ArticleFile); err != nil {
		t.Errorf("SetAside of a missing file: %v", err)
	}
}

// TestReadFilesCaps: a huge corpus file is read only one byte past the
// limit, enough for Load to refuse it.
func TestReadFilesCaps(t *testing.T) {
	huge := bytes.Repeat([]byte("a"), MaxFileSize+4096)
	files, err := ReadFiles(fstest.MapFS{ArticleFile: {Data: huge}})
	if err != nil {
		t.Fatal(err)
	}
	if len(files[ArticleFile]) != MaxFileSize+1 {
		t.Errorf("read %d bytes, want %d", len(files[ArticleFile]), MaxFileSize+1)
	}
	if _, ok := files[FactsFile]; ok {
		t.Errorf("a missing fact sheet was read")
	}
}
