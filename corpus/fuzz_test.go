package corpus

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// checkLoad checks what Load promises for any input: either a whole corpus
// or a *ValidationError listing, sorted by file and line, at most
// maxReported problems a moderator can read one per line.
func checkLoad(t *testing.T, c *Corpus, err error) {
	t.Helper()
	if (c == nil) == (err == nil) {
		t.Fatalf("Load returned corpus %v and error %v; want exactly one", c != nil, err)
	}
	if err != nil {
		var v *ValidationError
		if !errors.As(err, &v) {
			t.Fatalf("error %T %v, want *ValidationError", err, err)
		}
		if len(v.Problems) == 0 || len(v.Problems) > maxReported || v.Omitted < 0 {
			t.Fatalf("%d problems, %d omitted", len(v.Problems), v.Omitted)
		}
		known := []string{ArticleFile, ArticleTextFile, FactsFile}
		for i, p := range v.Problems {
			if p == nil || !slices.Contains(known, p.File) || p.Line < 0 || p.Msg == "" || strings.ContainsAny(p.Msg, "\n\r") {
				t.Fatalf("bad problem %d: %#v", i, p)
			}
			if i > 0 {
				q := v.Problems[i-1]
				if q.File > p.File || q.File == p.File && q.Line > p.Line {
					t.Fatalf("problems out of order: %v before %v", q, p)
				}
			}
		}
		want := len(v.Problems)
		if v.Omitted > 0 {
			want++
		}
		if n := strings.Count(v.Error(), "\n") + 1; n != want {
			t.Fatalf("Error() has %d lines, want %d", n, want)
		}
		return
	}
	if c.Title == "" || len(c.Article.Paragraphs) == 0 || len(c.ExampleQuestions(3)) == 0 {
		t.Fatalf("loaded a corpus with title %q, %d entries, %d paragraphs", c.Title, len(c.Entries), len(c.Article.Paragraphs))
	}
	for i := range c.Entries {
		e := &c.Entries[i]
		if got, ok := c.Entry(e.ID); !ok || got.ID != e.ID {
			t.Fatalf("Entry(%q) does not find the entry", e.ID)
		}
		if e.Name == "" || e.Summary == "" || len(e.Aliases) != len(e.AliasLines) {
			t.Fatalf("entry %+v", e)
		}
		for _, a := range e.Attributes {
			if _, ok := c.Field(a.Key); !ok || a.Value == "" || a.Source != SourceArticle && a.Source != SourceBackground {
				t.Fatalf("entry %q: attribute %+v", e.ID, a)
			}
			if a.Key == DateKey {
				if _, ok := ParseDate(a.Value); !ok {
					t.Fatalf("entry %q: date %q", e.ID, a.Value)
				}
			}
		}
		for _, r := range e.Related {
			if _, ok := c.Entry(r); !ok || r == e.ID {
				t.Fatalf("entry %q: related %q", e.ID, r)
			}
		}
	}
	checkArticle(t, c.Article)
	for _, cmd := range c.Commands {
		if slices.Contains(ReservedCommandNames(), cmd.Name) || len(cmd.Kinds) == 0 || cmd.Description == "" {
			t.Fatalf("command %+v", cmd)
		}
	}
	if st := c.Structure(); st.Paragraphs != len(c.Article.Paragraphs) || st.Words > MaxWords || st.Sentences > MaxSentences || st.String() == "" {
		t.Fatalf("structure %+v", st)
	}
}

func checkArticle(t *testing.T, a Article) {
	t.Helper()
	line := 0
	for i, p := range a.Paragraphs {
		if p.Number != i+1 || p.Line <= line || p.Text == "" || strings.TrimSpace(p.Text) != p.Text {
			t.Fatalf("paragraph %d: %+v", i+1, p)
		}
		line = p.Line
		if p.Section != IntroSection && !slices.Contains(a.Sections, p.Section) {
			t.Fatalf("paragraph %d in unknown section %q", p.Number, p.Section)
		}
		checkSentences(t, p.Text, p.Sentences)
	}
}

// checkSentences checks the invariants splitSentences keeps: sentences are
// non-empty and trimmed, in order, each found at its Start once leading
// space is skipped, and together they keep every non-space byte of p.
func checkSentences(t *testing.T, p string, ss []Sentence) {
	t.Helper()
	end := 0
	for i, s := range ss {
		if s.Text == "" || strings.TrimSpace(s.Text) != s.Text {
			t.Fatalf("sentence %d of %q: %q", i, p, s.Text)
		}
		if s.Start < end || s.Start >= len(p) {
			t.Fatalf("sentence %d of %q starts at %d, previous ended at %d", i, p, s.Start, end)
		}
		rest := p[s.Start:]
		if i > 0 && !strings.HasPrefix(rest, s.Text) {
			t.Fatalf("sentence %d of %q: p[%d:] = %q does not start with %q", i, p, s.Start, rest, s.Text)
		}
		if i == 0 && !strings.HasPrefix(strings.TrimLeftFunc(rest, unicode.IsSpace), s.Text) {
			t.Fatalf("first sentence of %q: p[%d:] = %q does not start with %q after spaces", p, s.Start, rest, s.Text)
		}
		end = s.Start + len(s.Text)
	}
	var texts []string
	for _, s := range ss {
		texts = append(texts, s.Text)
	}
	if g, w := strings.Join(strings.Fields(strings.Join(texts, " ")), ""), strings.Join(strings.Fields(p), ""); g != w {
		t.Fatalf("sentences of %q lose text: %q", p, texts)
	}
}

func defaultFile(f *testing.F, name string) []byte {
	data, err := fs.ReadFile(DefaultFS(), name)
	if err != nil {
		f.Fatal(err)
	}
	return data
}

func FuzzLoadFacts(f *testing.F) {
	facts := defaultFile(f, FactsFile)
	article := defaultFile(f, ArticleFile)
	f.Add(facts)
	f.Add([]byte(validFacts))
	for _, c := range brokenCases() {
		if d, ok := c.fs[FactsFile]; ok && len(d.Data) < 1<<16 {
			f.Add(d.Data)
		}
	}
	f.Add([]byte(strings.Replace(string(facts), "aliases: [", "aliases: [&a x, *a, ", 1)))
	f.Add([]byte("title: t\nentries:\n  - &e {id: a, kind: person, name: A, summary: s, aliases: [x]}\n  - *e\n"))
	f.Add([]byte("title: t\nentries: *x\n"))
	f.Add([]byte("title: [a]\nfields: {}\nentries: [1, [2], {id: a}]\n"))
	f.Add([]byte("---\ntitle: a\n---\ntitle: b\n"))
	f.Add([]byte("\ufefftitle: t\r\nentries:\r\n  - {id: a, kind: person, name: A, summary: s, related: [a]}\r\n"))
	f.Add([]byte("title: t\nentries:\n  - {id: a, kind: event, name: A, summary: s, attributes: [{key: date, value: 31 February 2023, source: article}]}\n"))
	f.Add([]byte{0xff, 0xfe, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Load(files(ArticleFile, string(article), FactsFile, string(data)))
		checkLoad(t, c, err)
	})
}

func FuzzLoadArticle(f *testing.F) {
	// The small valid fact sheet keeps each run fast; the article is the
	// subject here.
	facts := validFacts
	article := defaultFile(f, ArticleFile)
	f.Add(article, false)
	f.Add([]byte(strings.ReplaceAll(string(article), "## ", "")), true)
	f.Add([]byte(validArticle), false)
	for _, c := range brokenCases() {
		if d, ok := c.fs[ArticleFile]; ok && len(d.Data) < 1<<16 {
			f.Add(d.Data, false)
		}
	}
	f.Add([]byte("# A\n\n# B\n\n## \n\n#tag\n"), false)
	f.Add([]byte("Heading\n\n“Quoted.”\n\nDr. Who? U.S. aid. Mach 2.8!\n\nEnd"), true)
	f.Add([]byte("\ufeff\r\n\r\n  x  \r\n"), true)
	f.Add([]byte("a\xffb"), false)
	f.Add([]byte(""), true)
	f.Fuzz(func(t *testing.T, data []byte, plain bool) {
		name := ArticleFile
		if plain {
			name = ArticleTextFile
		}
		c, err := Load(files(name, string(data), FactsFile, facts))
		checkLoad(t, c, err)
		if c == nil {
			// A loaded fact sheet can only fail because of the article.
			var v *ValidationError
			errors.As(err, &v)
			for _, p := range v.Problems {
				if p.File != name {
					t.Fatalf("problem outside the article: %v", p)
				}
			}
		}
	})
}

// FuzzUpload fuzzes the upload validation path: a moderator's file, named
// as they like, checked against the corpus it would replace a file of.
func FuzzUpload(f *testing.F) {
	f.Add("facts.yaml", defaultFile(f, FactsFile))
	f.Add("story.md", defaultFile(f, ArticleFile))
	f.Add("story.txt", []byte(strings.ReplaceAll(string(defaultFile(f, ArticleFile)), "## ", "")))
	f.Add("notes.txt", []byte("Title\n\nAlice\nBob\n\nText.\r\rMore.\r\n"))
	f.Add("facts.yml", []byte("commands:\n  - {name: who, kinds: [person], description: d}\nsynonyms: [[a, b]]\nexamples: [Why?]\n"))
	f.Add("facts.yaml", []byte("entries:\n\t- id: x\n"))
	f.Add("a.md", []byte(strings.Repeat("A b.\n\n", 2100)))
	f.Add("a.md", []byte("A\x00b"))
	f.Add("a.pdf", []byte("%PDF"))
	f.Fuzz(func(t *testing.T, filename string, data []byte) {
		target, err := UploadTarget(filename)
		if err != nil {
			return
		}
		c, err := Load(WithFile(DefaultFS(), target, data))
		checkLoad(t, c, err)
		if c != nil && slices.Contains(data, 0) {
			t.Fatal("a file with a NUL byte was accepted")
		}
	})
}

func FuzzSplitSentences(f *testing.F) {
	for _, p := range loadDefaultParagraphs(f) {
		f.Add(p)
	}
	for _, s := range []string{
		"", " ", "U.S. support. Dr. Smith left.", "He said “Go.” Then left.", `He said "Go." Then left.`,
		"  Leading space. Next.", "A.\u00a0B. C!  D? 'E' (F.) G", "...", ". A", "a. B\tc. D\n e. F",
		"Mach 2.8. 81 jets. “Q” ‘R’.", "\xff. \xfe. A", "Jan. 5. Feb. Mar.",
		`Pilot Virgil I. "Gus" Grissom died. World War I. "Sonny" Whitfield flew. King George V. “Bud” Harris won.`, `War I. "`, `I. "A" B`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		checkSentences(t, p, splitSentences(p))
	})
}

func loadDefaultParagraphs(f *testing.F) []string {
	c, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	var out []string
	for _, p := range c.Article.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}
