package corpus

import (
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// userHeadings are the six section headings of the user's article, in order.
var userHeadings = []string{
	"Embracing Western Alliances",
	"Diplomatic Endeavors",
	"Historical Significance of Military Assets",
	"Navigating Geopolitical Shifts",
	"Deepening Bonds with the West",
	"Upholding Sovereignty with International Support",
}

// plainText renders an article the way the user wrote it: paragraphs and
// bare heading lines separated by blank lines.
func plainText(a Article) string {
	var blocks []string
	section := IntroSection
	for _, p := range a.Paragraphs {
		if p.Section != section {
			blocks = append(blocks, p.Section)
			section = p.Section
		}
		blocks = append(blocks, p.Text)
	}
	return strings.Join(blocks, "\n\n")
}

// blocks splits a plain-text article at blank lines.
func blocks(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var out []string
	for _, b := range strings.Split(text, "\n\n") {
		if b = strings.TrimSpace(b); b != "" {
			out = append(out, b)
		}
	}
	return out
}

func TestDefaultArticle(t *testing.T) {
	c := loadOK(t, DefaultFS())
	a := c.Article

	if !slices.Equal(a.Sections, userHeadings) {
		t.Errorf("Sections = %q\nwant %q", a.Sections, userHeadings)
	}
	var sections []string
	for _, p := range a.Paragraphs {
		if len(sections) == 0 || sections[len(sections)-1] != p.Section {
			sections = append(sections, p.Section)
		}
	}
	if want := append([]string{IntroSection}, userHeadings...); !slices.Equal(sections, want) {
		t.Errorf("paragraphs fall in sections %q\nwant %q", sections, want)
	}
	// The user's article has 9 paragraphs: two before the first heading,
	// one under each of the next five headings and two under the last.
	if len(a.Paragraphs) != 9 {
		t.Errorf("%d paragraphs, want 9", len(a.Paragraphs))
	}

	md, err := fs.ReadFile(DefaultFS(), ArticleFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(md), "\n")
	for i, p := range a.Paragraphs {
		if p.Number != i+1 {
			t.Errorf("paragraph %d has Number %d", i+1, p.Number)
		}
		if want := "article#p" + strconv.Itoa(p.Number); p.Ref() != want {
			t.Errorf("paragraph %d: Ref() = %q, want %q", p.Number, p.Ref(), want)
		}
		// Line must point at the paragraph in article.md, so a citation
		// or a problem report can be found in the file.
		if p.Line < 1 || p.Line > len(lines) || !strings.HasPrefix(p.Text, strings.TrimSpace(lines[p.Line-1])) {
			t.Errorf("paragraph %d: Line %d does not hold the start of %.40q", p.Number, p.Line, p.Text)
		}
		if len(p.Sentences) == 0 {
			t.Errorf("paragraph %d has no sentences", p.Number)
		}
		for _, s := range p.Sentences {
			if !strings.HasPrefix(p.Text[s.Start:], s.Text) {
				t.Errorf("paragraph %d: sentence %q is not at offset %d", p.Number, s.Text, s.Start)
			}
		}
	}

	t.Run("matches the user's article", func(t *testing.T) {
		user := sharedArticle(t)
		want := blocks(user)
		got := blocks(plainText(a))
		if !slices.Equal(got, want) {
			t.Errorf("the embedded article differs from the user's article.txt")
			for i := range max(len(got), len(want)) {
				var g, w string
				if i < len(got) {
					g = got[i]
				}
				if i < len(want) {
					w = want[i]
				}
				if g != w {
					t.Errorf("block %d:\n got %q\nwant %q", i+1, g, w)
				}
			}
		}
		// The paragraph texts alone, joined by blank lines, are the
		// user's article without its heading lines.
		var userParas []string
		for _, b := range want {
			if !slices.Contains(userHeadings, b) {
				userParas = append(userParas, b)
			}
		}
		var paras []string
		for _, p := range a.Paragraphs {
			paras = append(paras, p.Text)
		}
		if g, w := strings.Join(paras, "\n\n"), strings.Join(userParas, "\n\n"); g != w {
			t.Errorf("paragraph texts differ from the user's article:\n got %q\nwant %q", g, w)
		}
	})
}

func TestDefaultFacts(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	if c.Title == "" {
		t.Error("the default corpus has no title")
	}

	required := map[string]Kind{
		"mig-27": KindAircraft, "mig-29": KindAircraft, "su-24": KindAircraft, "mig-31": KindAircraft,
		"tokayev": KindPerson, "cameron": KindPerson, "blinken": KindPerson,
		"kazakhstan": KindPlace, "astana": KindPlace, "russia": KindPlace, "moscow": KindPlace,
		"ukraine": KindPlace, "united-states": KindPlace, "germany": KindPlace, "china": KindPlace,
		"afghanistan": KindPlace, "iran": KindPlace, "united-kingdom": KindPlace,
		"aircraft-sale": KindEvent,
	}
	for id, kind := range required {
		e, ok := c.Entry(id)
		switch {
		case !ok:
			t.Errorf("entry %q is missing", id)
		case e.ID != id:
			t.Errorf("Entry(%q) returned entry %q", id, e.ID)
		case e.Kind != kind:
			t.Errorf("entry %q has kind %q, want %q", id, e.Kind, kind)
		}
	}
	if _, ok := c.Entry("no-such-entry"); ok {
		t.Error(`Entry("no-such-entry") found something`)
	}

	dates := 0
	for _, e := range c.Entries {
		if e.Name == "" || e.Summary == "" {
			t.Errorf("entry %q lacks a name or summary", e.ID)
		}
		for _, a := range e.Attributes {
			if a.Source != SourceArticle && a.Source != SourceBackground {
				t.Errorf("%s.%s (line %d) has source %q, want article or background", e.ID, a.Key, a.Line, a.Source)
			}
			if _, ok := c.Field(a.Key); !ok {
				t.Errorf("%s.%s (line %d) uses an undeclared field", e.ID, a.Key, a.Line)
			}
			if a.Key == DateKey {
				dates++
				if _, ok := ParseDate(a.Value); !ok {
					t.Errorf("%s: date %q (line %d) does not parse", e.ID, a.Value, a.Line)
				}
			}
		}
		for _, r := range e.Related {
			if _, ok := c.Entry(r); !ok {
				t.Errorf("%s is related to unknown id %q", e.ID, r)
			}
		}
	}
	// The article dates two events: Tokayev's visit to Germany (autumn
	// 2023) and Blinken's visit (March 2023).
	if dates < 2 {
		t.Errorf("%d date attributes, want at least 2", dates)
	}
	for id, date := range map[string]string{"tokayev-germany-visit": "autumn 2023", "blinken-visit": "March 2023"} {
		e, ok := c.Entry(id)
		if !ok {
			t.Errorf("entry %q is missing", id)
			continue
		}
		if a, ok := e.Attribute(DateKey); !ok || a.Value != date || a.Source != SourceArticle {
			t.Errorf("%s: date attribute = %+v, want %q from the article", id, a, date)
		}
	}

	// Aliases a user would type must find the right entry through NameKey.
	byKey := map[string]string{}
	for _, e := range c.Entries {
		for _, n := range e.Names() {
			byKey[NameKey(n)] = e.ID
		}
	}
	for name, id := range map[string]string{"su 24": "su-24", "MIG29": "mig-29", "U.S.": "united-states", "Tokayev": "tokayev"} {
		if got := byKey[NameKey(name)]; got != id {
			t.Errorf("name %q belongs to %q, want %q", name, got, id)
		}
	}
}

func TestNameKey(t *testing.T) {
	for in, want := range map[string]string{
		"Su-24": "su24", "su 24": "su24", "SU24": "su24", "U.S.": "us", "МиГ-29": "миг29", "—": "",
	} {
		if got := NameKey(in); got != want {
			t.Errorf("NameKey(%q) = %q, want %q", in, got, want)
		}
	}
}
