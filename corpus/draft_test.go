package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// loadDraft drafts a corpus from an article and loads it as a moderator
// would after writing the files unchanged.
func loadDraft(t *testing.T, name string, article []byte) (*Corpus, string, string) {
	t.Helper()
	c, outName, facts, _ := loadDraftText(t, name, article)
	return c, outName, facts
}

// loadDraftText is loadDraft that also returns the article the draft
// wrote.
func loadDraftText(t *testing.T, name string, article []byte) (c *Corpus, outName, facts, out string) {
	t.Helper()
	outData, outName, factsData, err := Draft(name, article)
	if err != nil {
		t.Fatalf("Draft(%s): %v", name, err)
	}
	c, err = Load(files(outName, string(outData), FactsFile, string(factsData)))
	if err != nil {
		t.Fatalf("the draft of %s does not load:\n%v\n--- facts.yaml:\n%s", name, err, factsData)
	}
	return c, outName, string(factsData), string(outData)
}

func TestDraftBuiltInArticle(t *testing.T) {
	md, err := fs.ReadFile(DefaultFS(), ArticleFile)
	if err != nil {
		t.Fatal(err)
	}
	c, outName, facts := loadDraft(t, "story.md", md)
	if outName != ArticleFile {
		t.Errorf("a markdown article is written as %s", outName)
	}
	def, _ := Default()
	// The built-in article has no "# " title: the draft's is its first
	// sentence, clipped.
	first := def.Article.Paragraphs[0].Text
	if !strings.HasPrefix(first, strings.TrimSuffix(c.Title, "…")) || len(c.Title) < 20 || len(c.Article.Paragraphs) != len(def.Article.Paragraphs) {
		t.Errorf("title %q, %d paragraphs; want the start of %q, %d", c.Title, len(c.Article.Paragraphs), first, len(def.Article.Paragraphs))
	}
	if len(c.Entries) < 10 {
		t.Errorf("only %d entries drafted:\n%s", len(c.Entries), facts)
	}
	assertDraftEntries(t, c, facts)
}

// assertDraftEntries checks what every drafted entry must have: a name the
// article uses, a summary quoting it, and the review marks.
func assertDraftEntries(t *testing.T, c *Corpus, facts string) {
	t.Helper()
	var text strings.Builder
	for _, p := range c.Article.Paragraphs {
		text.WriteString(p.Text + "\n")
	}
	for _, e := range c.Entries {
		for _, n := range e.Names() {
			if !strings.Contains(text.String(), n) {
				t.Errorf("entry %s: name %q is not in the article", e.ID, n)
			}
		}
		// Spaces are compared as one: a summary is written on one line,
		// with the article's runs of spaces ("had  never seen") closed up.
		if !strings.Contains(oneSpaced(text.String()), oneSpaced(strings.TrimSuffix(e.Summary, "…"))) {
			t.Errorf("entry %s: summary %q is not a sentence of the article", e.ID, e.Summary)
		}
	}
	if n := strings.Count(facts, "summary: "); strings.Count(facts, "# REVIEW: say who or what this is") != n {
		t.Error("every summary must be marked for review")
	}
	if !strings.HasPrefix(facts, "# Draft fact sheet") || !strings.Contains(facts, "storybot check --corpus") {
		t.Errorf("the draft must say how to review it:\n%s", facts[:min(len(facts), 400)])
	}
}

// oneSpaced is text with each run of white space made one space.
func oneSpaced(text string) string { return strings.Join(strings.Fields(text), " ") }

// TestDraftRealArticles drafts a corpus from each real plain-text article
// the repository's tests keep, and from ../shared/stories when it is there.
func TestDraftRealArticles(t *testing.T) {
	paths, _ := filepath.Glob("../index/testdata/stories/*/article.txt")
	paths = append(paths, "testdata/plain-story/article.txt")
	shared, _ := filepath.Glob("../../shared/stories/*/article.txt")
	if len(shared) == 0 {
		t.Log("no ../shared/stories (a user's clone has none); testing the repository's stories only")
	}
	for _, p := range append(paths, shared...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c, outName, facts, out := loadDraftText(t, p, data)
		plain, errs := parseArticle(ArticleTextFile, data, false)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		// A real article is rewritten as markdown; what the rewrite adds is
		// "## " before each heading the parser found, and bullets.
		if outName != ArticleFile {
			t.Fatalf("%s: written as %s, want the markdown %s", p, outName, ArticleFile)
		}
		var marked []string
		for _, l := range strings.Split(out, "\n") {
			if h, ok := strings.CutPrefix(l, "## "); ok {
				marked = append(marked, h)
			}
		}
		if strings.Join(marked, "|") != strings.Join(plain.Sections, "|") {
			t.Errorf("%s: the lines marked \"## \" are %q, want the sections %q", p, marked, plain.Sections)
		}
		if got, want := unmarked(out), unmarked(normaliseText(data)); got != want {
			t.Errorf("%s: the rewrite changed the text, not only its marks:\n%s\n---\n%s", p, got, want)
		}
		if len(c.Entries) < 5 {
			t.Errorf("%s: only %d entries", p, len(c.Entries))
		}
		assertDraftEntries(t, c, facts)
	}
}

// unmarked is text without the marks markStructure may add or change:
// each line trimmed, without a leading "## " or list bullet.
func unmarked(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		l = strings.TrimSpace(l)
		l = strings.TrimPrefix(l, "## ")
		for _, b := range []string{"- ", "* ", "• "} {
			l = strings.TrimPrefix(l, b)
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

func TestDraftPlainText(t *testing.T) {
	article := "Bats in the Night\n\nWildlife biologist Nicholas Sharp counted bats near Lake Guntersville on 5 May. \"They are a wonder,\" said Sharp.\n\nThe Count\n\nThe Alabama Bat Working Group ran it with Seán O'Brien. O'Brien runs the Tamarind Crew.\nO'Brien came back in June.\n"
	out, name, facts, err := Draft("notes.txt", []byte(article))
	if err != nil {
		t.Fatal(err)
	}
	if name != ArticleFile {
		t.Fatalf("a plain-text article should come back as markdown, got %s", name)
	}
	for _, want := range []string{"## Bats in the Night\n", "\n## The Count\n", "\nWildlife biologist", "\nO'Brien came back in June."} {
		if !strings.Contains(string(out), want) {
			t.Errorf("article: want %q in\n%s", want, out)
		}
	}
	for _, want := range []string{
		`title: "Bats in the Night" # REVIEW`,
		"- id: nicholas-sharp\n    kind: person # REVIEW: guessed from the text\n    name: \"Nicholas Sharp\"\n    aliases: [\"Sharp\"]\n",
		"    # mentioned 2 times, in these sentences:\n    # ¶1: Wildlife biologist Nicholas Sharp",
		"- id: alabama-bat-working-group\n    kind: organisation # REVIEW: guessed",
		"- id: lake-guntersville\n    kind: place",
		"- id: sean-o-brien\n",
		"- id: tamarind-crew\n    kind: thing # REVIEW: kind unknown",
	} {
		if !strings.Contains(string(facts), want) {
			t.Errorf("facts: want %q in\n%s", want, facts)
		}
	}
	if strings.Contains(string(facts), `"June"`) {
		t.Error("a month is not a name")
	}
	c := loadOK(t, files(name, string(out), FactsFile, string(facts)))
	if e, ok := c.Entry("sean-o-brien"); !ok || e.Name != "Seán O'Brien" || len(e.Aliases) != 1 || e.Aliases[0] != "O'Brien" {
		t.Errorf("Seán O'Brien entry: %+v", e)
	}
}

func TestDraftMarksLists(t *testing.T) {
	article := "Who Came\n\nThe count drew people from all over the state, said Anna Berg, who ran it.\n\nAnna Berg\nTom Lund\n- Kim Ode\n\nBerg thanked them all for coming out on a cold night.\n"
	plain, errs := parseArticle(ArticleTextFile, []byte(article), false)
	if len(errs) > 0 || len(plain.Paragraphs) != 3 || !plain.Paragraphs[1].List {
		t.Fatalf("the parser should read a heading, a paragraph, a list and a paragraph: %+v %v", plain, errs)
	}
	out, name, _, err := Draft("who.txt", []byte(article))
	if err != nil {
		t.Fatal(err)
	}
	if name != ArticleFile || !strings.Contains(string(out), "## Who Came\n") || !strings.Contains(string(out), "\n- Anna Berg\n- Tom Lund\n- Kim Ode\n") {
		t.Errorf("want the heading and the list marked, got %s:\n%s", name, out)
	}
	md, errs := parseArticle(ArticleFile, out, true)
	if len(errs) > 0 || len(md.Paragraphs) != 3 || !md.Paragraphs[1].List || md.Paragraphs[1].Section != "Who Came" {
		t.Errorf("the markdown reads differently: %+v %v", md, errs)
	}
}

func TestDraftWithoutNames(t *testing.T) {
	article := "all quiet\n\nnothing here has a capital letter. not one.\n"
	out, name, facts, err := Draft("quiet.txt", []byte(article))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(facts), "entries: []") {
		t.Errorf("facts:\n%s", facts)
	}
	loadOK(t, files(name, string(out), FactsFile, string(facts)))
}

func TestDraftKeepsUnsafePlainText(t *testing.T) {
	// A line starting with "# " would turn into a title in markdown, so
	// the article stays plain text.
	article := "Notes from Alice Walker\n\n# 1 on the list was Alice Walker, said Walker.\n"
	out, name, facts, err := Draft("a.txt", []byte(article))
	if err != nil {
		t.Fatal(err)
	}
	if name != ArticleTextFile || string(out) != article {
		t.Errorf("got %s:\n%s", name, out)
	}
	loadOK(t, files(name, string(out), FactsFile, string(facts)))
}

func TestDraftRefusesBadArticles(t *testing.T) {
	for name, data := range map[string]string{
		"bad.txt":   "caf\xe9 au lait",
		"empty.md":  "\n\n   \n",
		"twice.md":  "# One\n\nText.\n\n# Two\n",
		"large.txt": strings.Repeat("a", MaxFileSize+1),
	} {
		if _, _, _, err := Draft(name, []byte(data)); err == nil {
			t.Errorf("Draft(%s) accepted a bad article", name)
		}
	}
}

// TestDraftRefusesCostlyArticles drafts articles within MaxFileSize that
// Load refuses for their cost: Draft refuses them too, with Load's reason.
func TestDraftRefusesCostlyArticles(t *testing.T) {
	for name, data := range map[string]string{
		"paragraphs.txt": strings.Repeat("Anna Berg.\n\n", MaxParagraphs+1),
		"sentences.md":   strings.Repeat(strings.Repeat("Anna Berg. ", MaxSentences/100+1)+"\n\n", 100),
		"words.txt":      strings.Repeat("a ", MaxWords+1),
	} {
		if len(data) > MaxFileSize {
			t.Fatalf("%s: %d bytes is over MaxFileSize, which is not the check under test", name, len(data))
		}
		_, loadErr := Load(files(ArticleFile, data))
		if loadErr == nil || !strings.Contains(loadErr.Error(), "the limit is") {
			t.Fatalf("%s: Load should refuse it for its cost, got %v", name, loadErr)
		}
		_, _, _, err := Draft(name, []byte(data))
		if err == nil || !strings.Contains(err.Error(), "the limit is") {
			t.Errorf("Draft(%s) = %v, want the cost refused as Load refuses it (%v)", name, err, loadErr)
		}
	}
}

// TestDraftCapsEntries drafts an article naming more than MaxEntries
// people: the draft keeps the first MaxEntries, says so, and loads.
func TestDraftCapsEntries(t *testing.T) {
	const n = MaxEntries + 100
	var b strings.Builder
	b.WriteString("The Long Roll\n\n")
	for i := range n {
		fmt.Fprintf(&b, "Then %s spoke.\n\n", madeUpName(i))
	}
	if names := foundIn(t, b.String()); len(names) != n {
		t.Fatalf("the article should name %d people, FindNames finds %d", n, len(names))
	}
	c, _, facts := loadDraft(t, "roll.txt", []byte(b.String()))
	if len(c.Entries) != MaxEntries {
		t.Errorf("%d entries drafted, want MaxEntries (%d)", len(c.Entries), MaxEntries)
	}
	if want := fmt.Sprintf("the last %d names found are left out", n-MaxEntries); !strings.Contains(facts, want) {
		t.Errorf("the draft should say %q", want)
	}
	if e, ok := c.Entry(slug(madeUpName(MaxEntries - 1))); !ok || e.Name != madeUpName(MaxEntries-1) {
		t.Errorf("the draft should keep the first %d names in the article's order, up to %q", MaxEntries, madeUpName(MaxEntries-1))
	}
}

// madeUpName is a distinct two-word name for each i, built of syllables
// no stemmer folds together.
func madeUpName(i int) string {
	cons, vow := "bdfgklmnprtvz", "aeiou"
	word := func(i int) string {
		w := ""
		for k := 0; k < 3; k++ {
			w += string(cons[i%len(cons)]) + string(vow[(i/len(cons))%len(vow)])
			i /= len(cons) * len(vow)
		}
		return strings.ToUpper(w[:1]) + w[1:]
	}
	return word(i) + " " + word(i*7+3)
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Winston Lancaster": "winston-lancaster", "U.S. Fish and Wildlife Service": "us-fish-and-wildlife-service",
		"Seán O'Brien": "sean-o-brien", "Су-24": "24", "Путин": "name", "al-Rashid": "al-rashid",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDraftWithNameKey drafts with made-up readings of names: names that
// read alike become one entry, and a name that reads as "" none.
func TestDraftWithNameKey(t *testing.T) {
	article := []byte("Birds\n\nAnna Berg met Tom Lund in Oslo on Monday.\n")
	noO := func(s string) string { // "" for a name starting with O
		if strings.HasPrefix(s, "O") {
			return ""
		}
		return strings.ToLower(s)
	}
	for _, c := range []struct {
		key  func(string) string
		want []string
	}{
		{nil, []string{"anna-berg", "tom-lund", "oslo"}},
		{func(string) string { return "same" }, []string{"anna-berg"}},
		{noO, []string{"anna-berg", "tom-lund"}},
	} {
		var opts []DraftOption
		if c.key != nil {
			opts = append(opts, WithNameKey(c.key))
		}
		out, name, facts, err := Draft("birds.txt", article, opts...)
		if err != nil {
			t.Fatal(err)
		}
		got := loadOK(t, files(name, string(out), FactsFile, string(facts)))
		var ids []string
		for _, e := range got.Entries {
			ids = append(ids, e.ID)
		}
		if strings.Join(ids, " ") != strings.Join(c.want, " ") {
			t.Errorf("entries %q, want %q:\n%s", ids, c.want, facts)
		}
	}
}

// TestOneLineKeepsNoBreakSpaces: a summary quotes its sentence as the
// article writes it, no-break spaces and all ("7:23 a.m."), on one line.
func TestOneLineKeepsNoBreakSpaces(t *testing.T) {
	if got, want := oneLine("left at 7:23\u00a0a.m.\nfrom  Spring Valley"), "left at 7:23\u00a0a.m. from Spring Valley"; got != want {
		t.Errorf("oneLine = %q, want %q", got, want)
	}
}
