package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// foundIn parses a plain-text article and finds its names.
func foundIn(t testing.TB, text string) []FoundName {
	t.Helper()
	a, errs := parseArticle(ArticleTextFile, []byte(text), false)
	if len(errs) > 0 {
		t.Fatalf("parseArticle: %v", errs)
	}
	return FindNames(&a)
}

func byName(names []FoundName) map[string]FoundName {
	m := map[string]FoundName{}
	for _, n := range names {
		m[n.Name] = n
		for _, v := range n.Variants {
			m[v] = n
		}
	}
	return m
}

func TestFindNamesInline(t *testing.T) {
	text := `The Alabama Bat Working Group hosted the count in June. Wildlife biologist Nicholas Sharp joined it.

Sharp recalled a cave at Lake Guntersville. "They are a wonder," said Sharp. Researchers from the U.S. Fish and Wildlife Service came too.

In Birmingham, Vicky Beckham Smith counted bats. Smith works for the University of Alabama. It was hot on Monday and Tuesday. She met Sharp and Smith there. Beckham Smith left in July.`
	names := foundIn(t, text)
	got := byName(names)
	cases := []struct {
		name string
		kind Kind
	}{
		{"Alabama Bat Working Group", KindOrganisation},
		{"Nicholas Sharp", KindPerson},
		{"Lake Guntersville", KindPlace},
		{"U.S. Fish and Wildlife Service", KindOrganisation},
		{"Birmingham", KindPlace},
		{"Vicky Beckham Smith", KindPerson},
		{"University of Alabama", KindOrganisation},
	}
	for _, c := range cases {
		n, ok := got[c.name]
		if !ok || n.Name != c.name {
			t.Errorf("%q not found as a name; found %v", c.name, names)
			continue
		}
		if n.Kind != c.kind {
			t.Errorf("%q: kind %q, want %q", c.name, n.Kind, c.kind)
		}
	}
	if n := got["Sharp"]; n.Name != "Nicholas Sharp" || n.Count != 4 || len(n.Mentions) != 4 {
		t.Errorf("Sharp should be grouped with Nicholas Sharp (4 mentions): %+v", n)
	}
	if n := got["Smith"]; n.Name != "Vicky Beckham Smith" || !strings.Contains(strings.Join(n.Variants, "|"), "Beckham Smith") {
		t.Errorf("Smith and Beckham Smith should be grouped with Vicky Beckham Smith: %+v", n)
	}
	for _, never := range []string{"June", "July", "Monday", "Tuesday", "The", "It", "She", "They", "Researchers", "In", "In Birmingham", "Wildlife", "Alabama"} {
		if n, ok := got[never]; ok {
			t.Errorf("%q is not a name, found %+v", never, n)
		}
	}
	if names[0].Name != "Alabama Bat Working Group" || names[1].Name != "Nicholas Sharp" {
		t.Errorf("names should come in order of first mention: %v", names)
	}
	m := got["Lake Guntersville"].Mentions
	if len(m) != 1 || m[0].Paragraph != 2 || m[0].Sentence != 0 || !strings.HasPrefix(m[0].Text, "Sharp recalled") {
		t.Errorf("Lake Guntersville mentions: %+v", m)
	}
}

func TestFindNamesSentenceStart(t *testing.T) {
	// A sentence's first word is a name only when the article also uses
	// it as one elsewhere or it starts a longer name.
	names := byName(foundIn(t, `Lancaster took a look. Bats flew off. Kim Jones arrived later with Lancaster. Jones smiled.`))
	if n := names["Lancaster"]; n.Count != 2 {
		t.Errorf("Lancaster: %+v, want 2 mentions", n)
	}
	if n := names["Jones"]; n.Name != "Kim Jones" || n.Kind != KindPerson {
		t.Errorf("Jones should refer back to Kim Jones, a person: %+v", n)
	}
	if _, ok := names["Bats"]; ok {
		t.Error("a capitalised sentence start is not a name")
	}
	// A place is named again by its first word, a person by the last:
	// "Tolvan Reefs … the Tolvan" is no person.
	names = byName(foundIn(t, `Boats sail from Port Ahra to the Tolvan Reefs. The Tolvan is remote.`))
	if n := names["Tolvan"]; n.Name != "Tolvan Reefs" || n.Kind == KindPerson {
		t.Errorf("Tolvan should refer back to Tolvan Reefs, no person: %+v", n)
	}
	// Two Smiths: the bare surname belongs to neither.
	names = byName(foundIn(t, `Anna Smith met Tom Smith. Later, Smith left.`))
	if n := names["Smith"]; n.Name != "Smith" {
		t.Errorf("an ambiguous surname should stay apart: %+v", n)
	}
	// Particles, apostrophes and hyphens inside names.
	names = byName(foundIn(t, `Talks with Hassan al-Rashid and Seán O'Brien-Kelly began at the Court of Justice.`))
	for _, want := range []string{"Hassan al-Rashid", "Seán O'Brien-Kelly", "Court of Justice"} {
		if _, ok := names[want]; !ok {
			t.Errorf("%q not found: %v", want, names)
		}
	}
}

func TestFindNamesSharedStories(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/stories/*/article.txt")
	if len(paths) == 0 {
		t.Skip("no ../shared/stories (a user's clone has none)")
	}
	expect := map[string][]struct {
		name string
		kind Kind
	}{
		"bat-blitz": {{"Winston Lancaster", KindPerson}, {"Nicholas Sharp", KindPerson}, {"Alabama Bat Working Group", KindOrganisation}, {"Lake Guntersville", KindPlace}},
	}
	for _, p := range paths {
		story := filepath.Base(filepath.Dir(p))
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		names := foundIn(t, string(data))
		if len(names) < 5 {
			t.Errorf("%s: only %d names found", story, len(names))
		}
		got := byName(names)
		for _, w := range expect[story] {
			if n, ok := got[w.name]; !ok || n.Kind != w.kind {
				t.Errorf("%s: %q found %v as %+v, want kind %q", story, w.name, ok, n, w.kind)
			}
		}
		for _, n := range names {
			if stopWords[strings.ToLower(n.Name)] {
				t.Errorf("%s: %q is never a name", story, n.Name)
			}
			if n.Count < len(n.Mentions) || len(n.Mentions) == 0 {
				t.Errorf("%s: %q counts %d uses in %d sentences", story, n.Name, n.Count, len(n.Mentions))
			}
		}
		if testing.Verbose() {
			for _, n := range names {
				fmt.Printf("%s: %-45q %-13s ×%d %v\n", story, n.Name, n.Kind, n.Count, n.Variants)
			}
		}
	}
}

func BenchmarkFindNames(b *testing.B) {
	c, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	// The built-in article repeated to about 20,000 words, a long feature.
	var a Article
	words := 0
	for words < 20000 {
		for _, p := range c.Article.Paragraphs {
			p.Number = len(a.Paragraphs) + 1
			a.Paragraphs = append(a.Paragraphs, p)
			words += len(strings.Fields(p.Text))
		}
	}
	b.ReportMetric(float64(words), "words")
	b.ResetTimer()
	for range b.N {
		FindNames(&a)
	}
}

func TestFindNamesTitlesAndAdjectives(t *testing.T) {
	names := byName(foundIn(t, `Secretary of State Anna Berg visited Oslo. President Tom Lund met Berg. The Soviet-era jets stayed with General Motors. Lund left.`))
	for _, want := range []string{"Anna Berg", "Tom Lund"} {
		if n, ok := names[want]; !ok || n.Name != want || n.Kind != KindPerson {
			t.Errorf("%q: %+v, want a person without the title", want, n)
		}
	}
	for _, never := range []string{"Secretary", "State", "State Anna Berg", "President Tom Lund", "Soviet-era", "Motors"} {
		if n, ok := names[never]; ok {
			t.Errorf("%q is not a name: %+v", never, n)
		}
	}
	if n := names["General Motors"]; n.Kind == KindPerson {
		t.Errorf("General Motors is not a person: %+v", n)
	}
}

// TestFindNamesAbbreviatedTitles checks that a title written with a dot
// is neither a name nor the end of the sentence holding the name.
func TestFindNamesAbbreviatedTitles(t *testing.T) {
	found := foundIn(t, "The law was signed by Gov. Kay Ivey on Monday. A day later Capt. Tom Lund spoke. Ivey thanked Lund and Gov. Ivey left. The Capt. smiled.")
	names := byName(found)
	for _, want := range []string{"Kay Ivey", "Tom Lund"} {
		if n, ok := names[want]; !ok || n.Name != want || n.Kind != KindPerson {
			t.Errorf("%q: %+v, want a person without the title", want, n)
		}
	}
	for _, n := range found {
		if strings.HasSuffix(n.Name, ".") || titles[strings.ToLower(strings.Fields(n.Name)[0])] {
			t.Errorf("%q is a title, not a name: %+v", n.Name, n)
		}
		for _, v := range n.Variants {
			if abbreviations[strings.ToLower(v)] {
				t.Errorf("%q is listed as a name of %q", v, n.Name)
			}
		}
	}
}

// TestFindNamesTitleCaseHeadline: a headline in title case capitalises
// every word; those the body writes in lower case are no names, and the
// names it holds still are.
func TestFindNamesTitleCaseHeadline(t *testing.T) {
	text := "Elm Bay Rocket Experiment Achieves First Look at Solar Flares\n\nThe rocket launched from Elm Bay in May to study solar flares. The experiment worked, said Ann Lee.\n"
	got := byName(foundIn(t, text))
	for _, not := range []string{"Solar Flares", "Elm Bay Rocket Experiment Achieves First Look"} {
		if n, ok := got[not]; ok {
			t.Errorf("found %q (%+v): the body writes its words in lower case", not, n)
		}
	}
	for _, want := range []string{"Elm Bay", "Ann Lee"} {
		if _, ok := got[want]; !ok {
			t.Errorf("no %q among %v", want, got)
		}
	}
}

// TestFindNamesSpeakerByRole: a name that a word of saying names by a
// role of a few lower-case words is a person's: "said harbour master Tom
// Hale", as "said Tom Hale" is.
func TestFindNamesSpeakerByRole(t *testing.T) {
	names := byName(foundIn(t, "The docks flooded on Monday, said harbour master Tom Hale. The storm left Gull Point dry."))
	if n := names["Tom Hale"]; n.Kind != KindPerson {
		t.Errorf("Tom Hale: %+v, want a person", n)
	}
	if n := names["Gull Point"]; n.Kind == KindPerson {
		t.Errorf("Gull Point: %+v, want no person", n)
	}
}
