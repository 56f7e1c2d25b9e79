package corpus

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// parsePlain parses text as article.txt, failing on any error.
func parsePlain(t *testing.T, text string) Article {
	t.Helper()
	a, errs := parseArticle(ArticleTextFile, []byte(text), false)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return a
}

func paragraphTexts(a Article) []string {
	var out []string
	for _, p := range a.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

func TestPlainTextHeadingsAndLists(t *testing.T) {
	t.Run("a list of names stays one searchable list", func(t *testing.T) {
		a := parsePlain(t, "The team\n\nThe team has five members, and all of them were there on the day of the count.\n\nAlice Smith\nBob Jones\nCarol White\nDan Brown\n\nThey worked all night.\n")
		if !slices.Equal(a.Sections, []string{"The team"}) {
			t.Errorf("Sections = %q, want only [The team]", a.Sections)
		}
		if len(a.Paragraphs) != 3 {
			t.Fatalf("paragraphs = %q", paragraphTexts(a))
		}
		l := a.Paragraphs[1]
		var items []string
		for _, s := range l.Sentences {
			items = append(items, s.Text)
		}
		if !l.List || !slices.Equal(items, []string{"Alice Smith", "Bob Jones", "Carol White", "Dan Brown"}) || !strings.Contains(l.Text, "Carol White") {
			t.Errorf("list paragraph = %+v", l)
		}
		checkArticle(t, a)
	})
	t.Run("a schedule of short lines is not a run of headings", func(t *testing.T) {
		a := parsePlain(t, "Schedule\n\n9 am Registration\n\n10 am Opening talk\n\n11 am Bat walk\n\nThe day ended with a picnic for all the volunteers and their families.\n")
		if len(a.Sections) != 0 {
			t.Errorf("Sections = %q, want none: a run of short lines is not headings", a.Sections)
		}
		if len(a.Paragraphs) != 5 {
			t.Errorf("paragraphs = %q", paragraphTexts(a))
		}
	})
	t.Run("long lines with no stops are a list's items", func(t *testing.T) {
		a := parsePlain(t, "Speakers on the call will include:\n\nAnn Lee, director, Harbour Science Division, at the council's offices in Elm Bay\nTom Hale, harbour master, Gull Point Port Authority in Northern Elm County\n\nThe call starts at noon.\n")
		if len(a.Paragraphs) != 3 || !a.Paragraphs[1].List || len(a.Paragraphs[1].Sentences) != 2 {
			t.Fatalf("paragraphs %+v", a.Paragraphs)
		}
		if strings.Contains(a.Paragraphs[1].Text, "Elm Bay Tom Hale") {
			t.Errorf("items run together: %q", a.Paragraphs[1].Text)
		}
	})
	t.Run("a short item among long ones is no heading", func(t *testing.T) {
		a := parsePlain(t, "Goals\n\nThe crews set out their goals for the north loop on Friday.\n\n"+
			"Restore temporary and permanent road access through the Northeast Entrance Road\n\n"+
			"Restore access to the backcountry\n\n"+
			"Engage communities, local, state, and federal stakeholders, and media\n\n"+
			"The work will take the whole summer, the superintendent said.\n")
		if !slices.Equal(a.Sections, []string{"Goals"}) || len(a.Paragraphs) != 5 {
			t.Errorf("Sections = %q, paragraphs %q; want only [Goals] and five paragraphs", a.Sections, paragraphTexts(a))
		}
		a = parsePlain(t, "Elm Bay flood update\n\nRestore temporary and permanent road access through the Northeast Entrance Road\n\n"+
			"Partners\n\nEngage communities, local, state, and federal stakeholders, and media\n\nThe work will take the whole summer, the superintendent said.\n")
		if !slices.Contains(a.Sections, "Partners") {
			t.Errorf("Sections = %q; a one-word line between two items still heads what follows", a.Sections)
		}
	})
	t.Run("a long headline in Title Case is a heading", func(t *testing.T) {
		a := parsePlain(t, "NASA Autonomous Flight Software Successfully Used in Air Taxi Stand-Ins\n\nThe software flew two helicopters over Long Island Sound for 30 hours last fall.\n\n"+
			"What Scientists are Doing to Learn More About These Earthquakes\n\nCrews put out six new seismometers near the town.\n")
		want := []string{"NASA Autonomous Flight Software Successfully Used in Air Taxi Stand-Ins", "What Scientists are Doing to Learn More About These Earthquakes"}
		if !slices.Equal(a.Sections, want) || len(a.Paragraphs) != 2 {
			t.Errorf("Sections = %q, paragraphs %q; want the two Title Case lines as headings over one paragraph each", a.Sections, paragraphTexts(a))
		}
		a = parsePlain(t, "Elm Bay\n\nThe harbour master said the storm closed the Old Pier for two days in March\n\nThe pier reopened on Monday.\n")
		if len(a.Sections) != 1 {
			t.Errorf("Sections = %q: a long line of prose with no stop is no heading", a.Sections)
		}
	})
	t.Run("a heading straight over another is a heading and its subheading", func(t *testing.T) {
		a := parsePlain(t, "Investigation of the Elm Bay Ferry Accident\n\nINTRODUCTION\n\nOn 28 January the ferry struck the Old Pier and sank within minutes.\n\n"+
			"Casualties\n\nPassengers\n\nEleven passengers were taken to the hospital in Elm Bay, and two of them stayed there overnight.\n")
		want := []string{"Investigation of the Elm Bay Ferry Accident", "INTRODUCTION", "Casualties", "Passengers"}
		if !slices.Equal(a.Sections, want) || len(a.Paragraphs) != 2 {
			t.Errorf("Sections = %q, paragraphs %q; want %q over two paragraphs", a.Sections, paragraphTexts(a), want)
		}
		a = parsePlain(t, "Final day\n\nThe final was played on Sunday before 15,000 people.\n\nMen's Singles\n\nTom Vale defeated Sam Hale, 6–4, 3–6, 6–3\n\nIt was their third final.\n")
		if !slices.Contains(paragraphTexts(a), "Tom Vale defeated Sam Hale, 6–4, 3–6, 6–3") {
			t.Errorf("Sections = %q, paragraphs %q: a result under its heading is no subheading", a.Sections, paragraphTexts(a))
		}
		a = parsePlain(t, "Charges\n\nThe two people charged were named by police as:\n\nTom Vale\n\nAnn Lee\n\nBoth will appear before the Elm Bay court on Monday, the police said.\n")
		if slices.Contains(a.Sections, "Ann Lee") || !slices.Contains(paragraphTexts(a), "Ann Lee") {
			t.Errorf("Sections = %q, paragraphs %q: two names a line introduces are no headings", a.Sections, paragraphTexts(a))
		}
		a = parsePlain(t, "Schedule\n\nMonday\n\nTuesday\n\nThe ferry runs twice a day all week, the council said.\n")
		if slices.Contains(a.Sections, "Monday") {
			t.Errorf("Sections = %q: three short lines in a row are a run, not headings", a.Sections)
		}
	})
	t.Run("narrowly wrapped prose is not a list", func(t *testing.T) {
		a := parsePlain(t, "The bats were counted over two\nnights by volunteers, who\ncaught more than 600.\n")
		if len(a.Paragraphs) != 1 || a.Paragraphs[0].List || len(a.Paragraphs[0].Sentences) != 1 {
			t.Errorf("paragraphs %+v", a.Paragraphs)
		}
	})
	t.Run("a title with a bracketed qualifier is a heading", func(t *testing.T) {
		a := parsePlain(t, "Elm v Gull Point (No 2)\n\nElm v Gull Point (No 2) was a ruling of the High Court in 1992 on the harbour.\n\nThe court sat for ten days (in May).\n\nIt ruled for Elm.\n")
		if !slices.Equal(a.Sections, []string{"Elm v Gull Point (No 2)"}) || len(a.Paragraphs) != 3 {
			t.Errorf("Sections = %q, paragraphs %q; want the name as the heading and three paragraphs", a.Sections, paragraphTexts(a))
		}
		a = parsePlain(t, "Fair news\n\nThe fair opens on Friday at Elm Park, the council said on Monday.\n\nTickets cost $15 (cash only)\n\nThe fair ends on Sunday, and the money goes to the harbour school.\n")
		if len(a.Sections) != 1 || len(a.Paragraphs) != 3 {
			t.Errorf("Sections = %q, paragraphs %q; a line of prose with a bracket is no heading", a.Sections, paragraphTexts(a))
		}
	})
	t.Run("a heading must be followed by a paragraph", func(t *testing.T) {
		a := parsePlain(t, "Intro text that is long enough to be a paragraph of the article.\n\nLast words\n")
		if len(a.Sections) != 0 || len(a.Paragraphs) != 2 {
			t.Errorf("Sections = %q, paragraphs %q", a.Sections, paragraphTexts(a))
		}
	})
	t.Run("heading directly over its paragraph", func(t *testing.T) {
		a := parsePlain(t, "Intro.\n\nThe Sale\nKazakhstan sold eighty-one aircraft to the United States in a deal announced in spring.\n")
		if !slices.Equal(a.Sections, []string{"The Sale"}) || len(a.Paragraphs) != 2 || a.Paragraphs[1].Line != 4 {
			t.Errorf("Sections = %q, paragraphs %+v", a.Sections, a.Paragraphs)
		}
	})
	t.Run("a quoted heading", func(t *testing.T) {
		a := parsePlain(t, "Intro paragraph that is long enough.\n\n‘Unaware of bats’\n\nMost people know little about bats and what they do for farms.\n")
		if !slices.Equal(a.Sections, []string{"‘Unaware of bats’"}) {
			t.Errorf("Sections = %q", a.Sections)
		}
	})
	t.Run("bulleted lines in markdown are a list", func(t *testing.T) {
		a, errs := parseArticle(ArticleFile, []byte("Sites:\n\n- North field, where most bats were caught in the nets that night\n- South field\n"), true)
		if len(errs) > 0 || len(a.Paragraphs) != 2 || !a.Paragraphs[1].List || len(a.Paragraphs[1].Sentences) != 2 {
			t.Errorf("%v %+v", errs, a.Paragraphs)
		}
	})
	t.Run("shared stories have no run of headings", func(t *testing.T) {
		for _, p := range sharedStories(t) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			a := parsePlain(t, string(data))
			if 3*len(a.Sections) > len(a.Paragraphs) {
				t.Errorf("%s: %d sections for %d paragraphs: %q", p, len(a.Sections), len(a.Paragraphs), a.Sections)
			}
		}
	})
}

func TestLineEndings(t *testing.T) {
	const lf = "Intro paragraph, long enough to be one.\n\nThe Sale\n\nKazakhstan sold aircraft to a buyer in a deal.\nIt was big.\n"
	want := parsePlain(t, lf)
	for name, text := range map[string]string{
		"CRLF":    strings.ReplaceAll(lf, "\n", "\r\n"),
		"CR only": strings.ReplaceAll(lf, "\n", "\r"),
		"BOM":     "\ufeff" + lf,
	} {
		got := parsePlain(t, text)
		if !slices.Equal(got.Sections, want.Sections) || !slices.Equal(paragraphTexts(got), paragraphTexts(want)) {
			t.Errorf("%s: sections %q paragraphs %q, want %q %q", name, got.Sections, paragraphTexts(got), want.Sections, paragraphTexts(want))
		}
	}
}

func TestNULRefusedEverywhere(t *testing.T) {
	const msg = "contains a NUL byte"
	article := "Line one.\n\nLine\x00two.\n"
	for _, fsys := range []map[string]string{
		{ArticleTextFile: article},
		{ArticleFile: article, FactsFile: validFacts},
		{ArticleFile: validArticle, FactsFile: "title: a\x00b\n"},
	} {
		var kv []string
		for k, v := range fsys {
			kv = append(kv, k, v)
		}
		v := loadFail(t, files(kv...))
		if !strings.Contains(v.Error(), msg) {
			t.Errorf("%v, want %q", v, msg)
		}
	}
	// The upload path: the same message when validating a replacement.
	_, err := Load(WithFile(DefaultFS(), ArticleTextFile, []byte(article)))
	if err == nil || !strings.Contains(err.Error(), "article.txt:3: "+msg) {
		t.Errorf("upload: %v, want article.txt:3: %s", err, msg)
	}
	if err := CheckText("x.md", []byte(article)); err == nil || !strings.Contains(err.Error(), msg) {
		t.Errorf("CheckText: %v", err)
	}
}

func TestStructure(t *testing.T) {
	c := loadOK(t, DefaultFS())
	s := c.Structure()
	if s.Headings != len(userHeadings) || s.Paragraphs != len(c.Article.Paragraphs) || s.Words < 500 || s.Sentences < s.Paragraphs || len(s.Warnings) != 0 {
		t.Errorf("built-in story: %+v", s)
	}
	if !strings.Contains(s.String(), "6 headings") || !strings.Contains(s.String(), "Diplomatic Endeavors: ") {
		t.Errorf("String() = %q", s.String())
	}

	long := strings.Repeat("word ", LongParagraphWords+1) + "end."
	md := "# T\n\n## A\n\n## B\n\nText.\n\n" + long + "\n\n- one\n- two\n\n## C\n"
	c = loadOK(t, files(ArticleFile, md))
	s = c.Structure()
	if s.Lists != 1 || s.ListItems != 2 || s.Headings != 3 {
		t.Errorf("%+v", s)
	}
	for _, w := range []string{`section "A" (line 3) is empty`, `heading "C" (line 14) has nothing under it`, "¶2 (line 9) has 302 words"} {
		if !strings.Contains(s.String(), w) {
			t.Errorf("String() lacks %q:\n%s", w, s)
		}
	}

	c = loadOK(t, files(ArticleFile, "## A\n\n## B\n\n## C\n\n## D\n\nText.\n"))
	if !strings.Contains(c.Structure().String(), "most lines read as headings (4 of 5)") {
		t.Errorf("no warning about headings:\n%s", c.Structure())
	}
}
