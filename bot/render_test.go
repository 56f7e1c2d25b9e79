package bot

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"storybot/index"
)

func TestTruncate(t *testing.T) {
	s := strings.Repeat("word ", 100)
	got := truncate(s, 50)
	if n := utf8.RuneCountInString(got); n > 50 || !strings.HasSuffix(got, "…") || strings.HasSuffix(got, " …") {
		t.Errorf("truncate to 50: %q (%d runes)", got, n)
	}
	if got := truncate("**bold words here and more**", 15); strings.Count(got, "**")%2 != 0 {
		t.Errorf("unbalanced bold: %q", got)
	}
	if got := truncate(`abc\*def`, 5); strings.HasSuffix(strings.TrimSuffix(got, "…"), `\`) {
		t.Errorf("dangling escape: %q", got)
	}
	if got := truncate("ééééééééé", 4); utf8.RuneCountInString(got) > 4 || !utf8.ValidString(got) {
		t.Errorf("multibyte: %q", got)
	}
	if got := truncate("short", 10); got != "short" {
		t.Errorf("short text changed: %q", got)
	}
}

// TestFitKeepsEveryLimit builds the worst reply there could be and checks
// that what is sent keeps Discord's limits.
func TestFitKeepsEveryLimit(t *testing.T) {
	long := strings.Repeat("Ж*_~`|", 2000)
	a := &index.Answer{Query: long, Found: true, Answer: long, Total: 30, Took: time.Millisecond}
	for i := 0; i < 30; i++ {
		a.Results = append(a.Results, index.Result{Rank: i + 1, Kind: index.KindArticle, Title: long, Paragraph: i, Text: long,
			Highlights: []index.Span{{Start: 0, End: 10}}})
	}
	var embeds []*discordgo.MessageEmbed
	for i := 0; i < 12; i++ {
		embeds = append(embeds, answerEmbed(long, a, true))
	}
	embeds = fit(embeds)
	if err := checkLimits("", embeds); err != nil {
		t.Fatal(err)
	}
	if len(embeds) == 0 || len(embeds[0].Fields) == 0 {
		t.Error("fit dropped everything")
	}
}

func TestParseToken(t *testing.T) {
	good := "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcdE.abcdefghijklmnopqrstuvwxyz0123456789AB"
	for _, in := range []string{good, "Bot " + good, " " + good + "\n", `"` + good + `"`} {
		if got, err := ParseToken(in); err != nil || got != good {
			t.Errorf("ParseToken(%q) = %q, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "  ", "abc", "not a token at all", good + " trailing", "a.b.c"} {
		_, err := ParseToken(in)
		if err == nil {
			t.Errorf("ParseToken(%q) accepted", in)
			continue
		}
		if strings.TrimSpace(in) != "" && strings.Contains(err.Error(), strings.TrimSpace(in)) {
			t.Errorf("the error must not repeat the token: %v", err)
		}
	}
}

func TestRedirectClient(t *testing.T) {
	var got *http.Request
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r
		w.WriteHeader(204)
	}))
	defer srv.Close()
	base, err := ParseAPIURL(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := RedirectClient(base).Get("https://discord.com/api/v9/gateway?x=1")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got == nil || got.URL.Path != "/api/v9/gateway" || got.URL.RawQuery != "x=1" {
		t.Errorf("request arrived as %+v", got)
	}
	for _, bad := range []string{"discord.com", "ftp://x", "http://", "http://h/api", "http://h?q=1"} {
		if _, err := ParseAPIURL(bad); err == nil {
			t.Errorf("ParseAPIURL(%q) accepted", bad)
		}
	}
}

func TestUserLimiter(t *testing.T) {
	l := newUserLimiter(1, 2) // one a second, bursts of two
	now := time.Unix(1000, 0)
	for i := 0; i < 2; i++ {
		if ok, _ := l.allow("u", now); !ok {
			t.Fatalf("burst question %d refused", i+1)
		}
	}
	ok, wait := l.allow("u", now)
	if ok || wait <= 0 || wait > time.Second {
		t.Errorf("third question: ok=%v wait=%v", ok, wait)
	}
	if ok, _ := l.allow("v", now); !ok {
		t.Error("another user was limited")
	}
	if ok, _ := l.allow("u", now.Add(time.Second)); !ok {
		t.Error("a refused question must not use up the bucket")
	}
}

func TestMoreIDRoundTrip(t *testing.T) {
	for _, q := range []string{"sanctions", "Су-24 : colon", strings.Repeat("q", maxSearchOption)} {
		id := moreID(3, q)
		if utf8.RuneCountInString(id) > MaxCustomID {
			t.Errorf("custom_id %d characters", utf8.RuneCountInString(id))
		}
		off, got, ok := parseMoreID(id)
		if !ok || off != 3 || got != q {
			t.Errorf("parseMoreID(%q) = %d %q %v", id, off, got, ok)
		}
	}
	for _, bad := range []string{"", "more:", "more:x:q", "more:-1:q", "more:3:", "other:3:q", "more:3:" + strings.Repeat("q", 81)} {
		if _, _, ok := parseMoreID(bad); ok {
			t.Errorf("parseMoreID(%q) accepted", bad)
		}
	}
}

func TestClosestPassagesShownWithDoesntSay(t *testing.T) {
	a := &index.Answer{Query: "q", Answer: index.NotFound, Total: 1,
		Results: []index.Result{{Rank: 1, Kind: index.KindArticle, Paragraph: 2, Text: "The closest words."}}}
	e := answerEmbed("q", a, true)
	if !strings.Contains(e.Description, index.NotFound) || !strings.Contains(e.Description, index.ClosestPassages) || len(e.Fields) != 1 {
		t.Errorf("want the refusal, the heading and the passage: %+v", e)
	}
	a.Results = nil
	if e := answerEmbed("q", a, true); strings.Contains(e.Description, index.ClosestPassages) {
		t.Errorf("no passages, no heading: %q", e.Description)
	}
}

// A lookup that finds nothing is rendered as any answer that found
// nothing, naming what was looked for, and keeps the engine's note.
func TestCardNotFoundKeepsSuggestionsAndNote(t *testing.T) {
	a := &index.Answer{Query: "fencr", Answer: index.NotFound, Note: "A note from the engine.", Suggestions: []string{"Fencer"},
		Results: []index.Result{{Rank: 1, Kind: index.KindArticle, Paragraph: 2, Text: "The closest words."}}}
	e := cardEmbed(nil, a, "fencr*")
	for _, want := range []string{`Nothing in the story is called “fencr\*”.`, "Did you mean: Fencer?", index.ClosestPassages, a.Note} {
		if !strings.Contains(e.Description, want) {
			t.Errorf("want %q in %q", want, e.Description)
		}
	}
	if e.Color != colourNotFound || len(e.Fields) != 1 {
		t.Errorf("want the not-found colour and the passage: %+v", e)
	}
}
