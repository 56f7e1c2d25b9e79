package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realText returns real article text: the built-in article's paragraphs,
// and the shared stories' when they are there.
func realText(t testing.TB) []string {
	t.Helper()
	md, err := fs.ReadFile(DefaultFS(), ArticleFile)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{string(md)}
	paths, _ := filepath.Glob("../../shared/stories/*/article.txt")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(data))
		}
	}
	var paras []string
	for _, text := range texts {
		for _, b := range blocks(text) {
			if !strings.HasPrefix(b, "#") {
				paras = append(paras, b)
			}
		}
	}
	return paras
}

// longArticle concatenates real paragraphs, numbering each round's section,
// until the article has at least words words.
func longArticle(t testing.TB, words int) string {
	paras := realText(t)
	var b strings.Builder
	n := 0
	for round := 1; n < words; round++ {
		fmt.Fprintf(&b, "## Part %d\n\n", round)
		for _, p := range paras {
			b.WriteString(p + "\n\n")
			n += len(strings.Fields(p))
		}
	}
	return b.String()
}

func TestLongRealArticleLoads(t *testing.T) {
	text := longArticle(t, 20_000)
	c := loadOK(t, files(ArticleFile, text))
	s := c.Structure()
	if s.Words < 20_000 {
		t.Fatalf("only %d words", s.Words)
	}
	t.Logf("20,000-word article: %d paragraphs, %d sentences, %d words", s.Paragraphs, s.Sentences, s.Words)
}

func TestCostLimits(t *testing.T) {
	mib := func(unit string) string { return strings.Repeat(unit, MaxFileSize/len(unit)) }
	for _, tt := range []struct {
		name, article, facts string
		msg                  string
	}{
		{"tiny paragraphs", mib("A b.\n\n"), "", fmt.Sprintf("words; the limit is %d", MaxWords)},
		{"tiny sentences in one paragraph", mib("A b. "), "", fmt.Sprintf("words; the limit is %d", MaxWords)},
		{"tiny paragraphs under the word limit", strings.Repeat("A b.\n\n", MaxParagraphs+1), "", fmt.Sprintf("has %d paragraphs; the limit is %d", MaxParagraphs+1, MaxParagraphs)},
		{"tiny sentences under the word limit", strings.Repeat("A b. ", MaxSentences+1), "", fmt.Sprintf("has %d sentences; the limit is %d", MaxSentences+1, MaxSentences)},
		{"long list", strings.Repeat("Item one\nItem two\n\n", MaxListItems/2+1), "", fmt.Sprintf("has %d list items; the limit is %d", MaxListItems+2, MaxListItems)},
		{"too many entries", validArticle, manyEntries(MaxEntries+1, 0), fmt.Sprintf("has %d entries; the limit is %d", MaxEntries+1, MaxEntries)},
		{"too many attributes", validArticle, manyEntries(10, MaxAttributes/10+1), fmt.Sprintf("has %d attributes; the limit is %d", 10*(MaxAttributes/10+1), MaxAttributes)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := files(ArticleTextFile, tt.article)
			if tt.facts != "" {
				fsys = files(ArticleTextFile, tt.article, FactsFile, tt.facts)
			}
			v := loadFail(t, fsys)
			if !strings.Contains(v.Error(), tt.msg) {
				t.Errorf("error %q, want %q", v, tt.msg)
			}
			// The upload path refuses it the same way.
			name := ArticleTextFile
			data := tt.article
			if tt.facts != "" {
				name, data = FactsFile, tt.facts
			}
			_, err := Load(WithFile(DefaultFS(), name, []byte(data)))
			var ve *ValidationError
			if !errors.As(err, &ve) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("upload: %v, want %q", err, tt.msg)
			}
		})
	}
}

// manyEntries is a fact sheet of n entries with attrs attributes each.
func manyEntries(n, attrs int) string {
	var b strings.Builder
	b.WriteString("entries:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: e%d\n    kind: thing\n    name: Thing %d\n    summary: s\n    attributes:\n", i, i)
		for j := range attrs {
			fmt.Fprintf(&b, "      - {key: k%d, value: v, source: article}\n", j)
		}
	}
	return b.String()
}

// worstCorpus is the costliest corpus within the limits: as many short
// paragraphs and sentences as allowed, and as many entries and attributes.
func worstCorpus() fs.FS {
	var b strings.Builder
	perPara := MaxSentences / MaxParagraphs
	wordsPerSentence := MaxWords/MaxSentences - 1
	for i := range MaxParagraphs {
		for j := range perPara {
			fmt.Fprintf(&b, "Word%d %s end%d. ", i, strings.Repeat("lorem ", wordsPerSentence-2), j)
		}
		b.WriteString("\n\n")
	}
	return files(ArticleTextFile, b.String(), FactsFile, manyEntries(MaxEntries, MaxAttributes/MaxEntries))
}

func TestWorstCorpusPasses(t *testing.T) {
	c := loadOK(t, worstCorpus())
	s := c.Structure()
	if s.Paragraphs != MaxParagraphs || s.Sentences != MaxSentences || s.Words > MaxWords || len(c.Entries) != MaxEntries {
		t.Errorf("worst corpus: %+v, %d entries", s, len(c.Entries))
	}
}

// BenchmarkLoadWorstCase measures Load on the costliest corpus the limits
// let through (README: corpus cost limits).
func BenchmarkLoadWorstCase(b *testing.B) {
	fsys := worstCorpus()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadRefused measures how fast the 1 MiB tiny-paragraph article
// is refused.
func BenchmarkLoadRefused(b *testing.B) {
	fsys := files(ArticleTextFile, strings.Repeat("A b.\n\n", MaxFileSize/6))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err == nil {
			b.Fatal("accepted")
		}
	}
}

// TestClip checks clip against cutting the text's runes: it keeps a text
// of n runes or fewer, and cuts a longer one to n-1 runes and "…",
// multi-byte letters whole.
func TestClip(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"", 5, ""},
		{"Kell", 4, "Kell"},
		{"Kells", 4, "Kel…"},
		{"Zoë Ross ran", 5, "Zoë…"},
		{"Жанна Ли", 6, "Жанна…"},
		{"ab cd", 4, "ab…"},
		{"ab", 1, "…"},
	} {
		if got := clip(c.in, c.n); got != c.want {
			t.Errorf("clip(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
