package lexicon

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		word    string
		known   bool
		pos     POS
		kind    string
		minZipf float64
	}{
		{"the", true, 0, "", 7},
		{"recipe", true, Noun, "", 3},
		{"reckons", true, Verb, "", 3},
		{"biologist", true, Noun, "person", 2},
		{"alabama", true, Noun, "place", 2},
		{"lmao", false, 0, "", 0},
	} {
		w := Lookup(tc.word)
		if w.Known() != tc.known || w.POS&tc.pos != tc.pos || w.Kind != tc.kind || w.Zipf() < tc.minZipf {
			t.Errorf("Lookup(%q) = %+v (zipf %.1f), want known %v pos %v kind %q zipf ≥ %.1f", tc.word, w, w.Zipf(), tc.known, tc.pos, tc.kind, tc.minZipf)
		}
	}
}

func TestBase(t *testing.T) {
	for in, want := range map[string]string{"sold": "sell", "neighbours": "neighbor", "bats": "bat", "released": "release", "flies": "fly", "xyzzy": "xyzzy", "got": "get"} {
		if got := Base(in); got != want {
			t.Errorf("Base(%q) = %q, want %q", in, got, want)
		}
	}
	// A British spelling's inflected forms are read as American too,
	// where WordNet lists only the base ("equalise").
	for in, want := range map[string]string{"equalised": "equalized", "colouring": "coloring", "analysed": "analyzed"} {
		if got := Form(in); got != want {
			t.Errorf("Form(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOpposites(t *testing.T) {
	for w, want := range map[string]string{"often": "rarely", "south": "north", "easier": "difficult", "continued": "discontinued"} {
		if o := Opposites(w); !slices.Contains(o, want) {
			t.Errorf("Opposites(%s) = %v, want %s among them", w, o, want)
		}
	}
	if o := Opposites("table"); o != nil {
		t.Errorf("Opposites(table) = %v, want none", o)
	}
}

func TestRelated(t *testing.T) {
	if r := Related("bugs"); !slices.Contains(r, "insect") {
		t.Errorf("Related(bugs) = %v, want insect among them", r)
	}
	if r := Related("sickness"); !slices.Contains(r, "illness") {
		t.Errorf("Related(sickness) = %v, want illness among them", r)
	}
	// WordNet links a word to its derived forms word by word, whatever
	// their spelling; they come first, as a question keeps only a
	// word's first few near words.
	if r := Related("die"); slices.Index(r, "death") < 0 || slices.Index(r, "death") >= 8 {
		t.Errorf("Related(die) = %v, want death among the first eight", r)
	}
}

func BenchmarkLookup(b *testing.B) {
	for b.Loop() {
		Lookup("reckons")
	}
}

func TestNearest(t *testing.T) {
	for in, want := range map[string]string{"wher": "where", "wen": "when", "numbr": "number", "vist": "visit"} {
		if got, ok := Nearest(in); !ok || got != want {
			t.Errorf("Nearest(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, w := range []string{"lmao", "xq"} {
		if got, ok := Nearest(w); ok {
			t.Errorf("Nearest(%q) = %q; want no correction", w, got)
		}
	}
}

func TestNearestCommon(t *testing.T) {
	any := func(string) bool { return true }
	for in, want := range map[string]string{"manges": "manages", "mangers": "managers"} {
		if got, ok := NearestCommon(in, any); !ok || got != want {
			t.Errorf("NearestCommon(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	// A common word, one about as common as its neighbour and a short
	// one are no slips; nor is a rare word with no neighbour kept.
	for _, w := range []string{"managers", "dose", "refugee", "bate"} {
		if got, ok := NearestCommon(w, any); ok {
			t.Errorf("NearestCommon(%q) = %q; want no correction", w, got)
		}
	}
	if got, ok := NearestCommon("manges", func(string) bool { return false }); ok {
		t.Errorf("NearestCommon(manges) keeping none = %q; want no correction", got)
	}
}

func BenchmarkNearest(b *testing.B) {
	for b.Loop() {
		Nearest("numbr")
	}
}

// TestRussian: common Russian words read as their English words, in any
// form, case or spelling of "ё", the commonest first; little words and
// unknown ones have none; two words may be read together.
func TestRussian(t *testing.T) {
	for word, want := range map[string]string{"гнёзда": "nest", "Гнезда": "nest", "гнездо": "nest", "попугаев": "parrot", "купить": "buy", "птицы": "bird", "для": "", "гнездовье": ""} {
		got := Russian(word)
		if want == "" && got != nil || want != "" && (len(got) == 0 || got[0] != want) {
			t.Errorf("Russian(%q) = %q, want %q first", word, got, want)
		}
	}
	if got := Russian("видов"); !slices.Contains(got, "species") {
		t.Errorf("Russian(видов) = %q, want species among them", got)
	}
	if got := RussianPair("летучая", "мышь"); len(got) == 0 || got[0] != "bat" {
		t.Errorf("RussianPair(летучая, мышь) = %q, want bat first", got)
	}
}

// TestWider: a word's other senses reach words its commonest does not
// ("catch" → "capture"), but not the words people use most.
func TestWider(t *testing.T) {
	if w := Wider("catch"); !slices.Contains(w, "capture") {
		t.Errorf("Wider(catch) = %q, want capture among them", w)
	}
	if w := Wider("breaking"); !slices.Contains(w, "violate") {
		t.Errorf("Wider(breaking) = %q, want violate (of its base, break)", w)
	}
	if w := Wider("swamped"); !slices.Contains(w, "inundate") {
		// SUBTLEX has "inundated" but no "inundate": a near word is
		// kept when any of its forms is used.
		t.Errorf("Wider(swamped) = %q, want inundate among them", w)
	}
	fix := Wider("fix")
	if len(fix) == 0 {
		t.Error("Wider(fix) is empty; want its rarer senses")
	}
	for _, w := range fix {
		if Lookup(w).Count > 10_000 {
			t.Errorf("Wider(fix) has %q, used %d times", w, Lookup(w).Count)
		}
	}
}

// TestPhrasal: a verb and its particle mean what neither says alone
// ("passed away" is "died"), in any form of the verb; a verb and a word
// that makes no phrasal verb with it have none.
func TestPhrasal(t *testing.T) {
	if got := Phrasal("passed", "away"); !slices.Contains(got, "die") {
		t.Errorf("Phrasal(passed, away) = %q, want die among them", got)
	}
	if got := Phrasal("find", "out"); !slices.Contains(got, "learn") {
		t.Errorf("Phrasal(find, out) = %q, want learn among them", got)
	}
	if got := Phrasal("eat", "through"); got != nil {
		t.Errorf("Phrasal(eat, through) = %q, want none", got)
	}
}

func TestGivenName(t *testing.T) {
	for _, w := range []string{"Kenneth", "genevieve", "Bob", "Victor"} {
		if !GivenName(w) {
			t.Errorf("GivenName(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"Espinoza", "river", "Stakes", ""} {
		if GivenName(w) {
			t.Errorf("GivenName(%q) = true, want false", w)
		}
	}
}

func TestVerbOf(t *testing.T) {
	for w, want := range map[string]string{"injured": "injure", "wounded": "wound", "table": "", "red": ""} {
		if got := VerbOf(w); got != want {
			t.Errorf("VerbOf(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestFindEveryLine: every line of every table is found by its key, the
// first and the last too, and a key just before or after one is not
// found, so that no word the data holds is lost to the search.
func TestFindEveryLine(t *testing.T) {
	for _, tab := range []*table{words, forms, related, isa, russianWords, opposites, wider, givenNames} {
		lines := strings.Split(strings.TrimSuffix(tab.text, "\n"), "\n")
		for i, line := range lines {
			key, _, _ := strings.Cut(line, " ")
			if got := find(tab, key); got != line {
				t.Fatalf("find(%q) = %q, want line %d %q", key, got, i, line)
			}
			if got := find(tab, key+"\x00"); got != "" {
				t.Fatalf("find(%q) = %q, want nothing", key+"\x00", got)
			}
		}
	}
	if got := find(words, ""); got != "" {
		t.Errorf("find of no key = %q, want nothing", got)
	}
}

// BenchmarkBase measures finding a word's base form, which analysis does
// for every word of every question.
func BenchmarkBase(b *testing.B) {
	ws := []string{"sold", "aircraft", "neighbours", "bats", "released", "lmao", "harbour"}
	i := 0
	for b.Loop() {
		Base(ws[i%len(ws)])
		i++
	}
}

// TestIndexesMatchTables checks that each table's embedded index says
// where its lines start: a table regenerated or edited without its index
// (gen -index) would be searched at the wrong places.
func TestIndexesMatchTables(t *testing.T) {
	for name, tab := range map[string]*table{"words": words, "forms": forms, "related": related, "isa": isa, "russian": russianWords, "opposites": opposites, "wider": wider, "givennames": givenNames} {
		want := strings.Count(tab.text, "\n")
		if !strings.HasSuffix(tab.text, "\n") {
			want++
		}
		if len(tab.index)%4 != 0 || tab.lines() != want {
			t.Errorf("%s: index of %d bytes for %d lines; rewrite it: go run ./index/internal/lexicon/gen -index index/internal/lexicon/data", name, len(tab.index), want)
			continue
		}
		for i := 0; i < tab.lines(); i++ {
			at := tab.start(i)
			if i == 0 && at != 0 || i > 0 && (at == 0 || at > len(tab.text) || tab.text[at-1] != '\n' || strings.Contains(tab.text[tab.start(i-1):at-1], "\n")) {
				t.Fatalf("%s: line %d starts at %d, not after the line before; rewrite the index: go run ./index/internal/lexicon/gen -index index/internal/lexicon/data", name, i, at)
			}
		}
	}
}

// TestMemoIsBounded checks that a table's memo stops growing at its limit,
// whatever a process is asked, and that a search still answers past it.
func TestMemoIsBounded(t *testing.T) {
	tab := &table{text: forms.text, index: forms.index}
	for i := 0; i < memoLimit+100; i++ {
		find(tab, fmt.Sprintf("nosuchword%d", i))
	}
	if n := len(tab.memo); n > memoLimit {
		t.Errorf("memo holds %d keys, over its limit of %d", n, memoLimit)
	}
	long := strings.Repeat("x", maxMemoKey+1)
	find(tab, long)
	if _, kept := tab.memo[long]; kept {
		t.Errorf("memo kept a key of %d bytes, over the %d it keeps", len(long), maxMemoKey)
	}
	if got, want := find(tab, "sold"), find(forms, "sold"); got == "" || got != want {
		t.Errorf("find(sold) past the memo's limit = %q, want %q", got, want)
	}
}

func TestBritish(t *testing.T) {
	for w, want := range map[string]bool{"harbour": true, "centre": true, "colour": true, "defence": true, "catalogue": true, "fed": false, "sold": false, "led": false, "harbor": false, "went": false} {
		if got := British(w); got != want {
			t.Errorf("British(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIrregularForm(t *testing.T) {
	for w, want := range map[string]string{"sold": "sell", "men": "man", "harbour": "", "metres": "", "walked": ""} {
		if got := IrregularForm(w); got != want {
			t.Errorf("IrregularForm(%q) = %q, want %q", w, got, want)
		}
	}
}
