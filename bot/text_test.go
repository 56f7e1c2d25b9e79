package bot

import (
	"log/slog"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"storybot/internal/discordtest"
	"storybot/internal/syncbuf"
)

// hostile is what a user can type to make a reply ping, link or read
// backwards: a role mention, a bare URL, a timestamp and a right-to-left
// override.
const hostile = "<@&5000000000000000001> https://x.example <t:1700000000> \u202e"

// syncBuffer collects the logs of the code under test.
type syncBuffer = syncbuf.Buffer

// rendered matches what Discord would render from hostile: markup and a
// URL not escaped by a backslash, and the override.
var rendered = regexp.MustCompile(`(^|[^\\])(<@&|<t:|https://)|\x{202e}`)

// checkNeutral fails when text shows any part of hostile as Discord would
// render it.
func checkNeutral(t *testing.T, what, text string) {
	t.Helper()
	if m := rendered.FindString(text); m != "" {
		t.Errorf("%s shows %q:\n%s", what, m, text)
	}
}

func TestTypedNamesAreNeutralisedAndNotLogged(t *testing.T) {
	log := openLog(t, t.TempDir())
	var logs syncBuffer
	h := start(t, nil, withLog(log), func(c *Config) {
		c.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	})
	for _, name := range []string{"who", "aircraft"} {
		_, m := h.command(discordtest.InteractionSpec{Name: name, Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("name", hostile)}})
		text := embedText(m)
		checkNeutral(t, "/"+name, text)
		if !strings.Contains(text, `https\://x.example`) {
			t.Errorf("/%s should still show what was typed, as text:\n%s", name, text)
		}
	}
	_, m := h.ask("who is cameron " + hostile)
	checkNeutral(t, "/ask", embedText(m))
	// Both buttons are answered before the logs are read (a question is
	// logged before its reply is sent).
	for _, id := range []string{"more:3:" + hostile, "nonsense " + hostile} {
		if _, err := h.fake.SendInteraction(discordtest.InteractionSpec{CustomID: id, GuildID: discordtest.DefaultGuildID}).Wait(h.ctx); err != nil {
			t.Fatal(err)
		}
	}
	h.ask("who is blinken")
	questions := logged(t, log, `SELECT * FROM questions`)
	for what, text := range map[string]string{"the question log": questions, "the logs": logs.String()} {
		if strings.Contains(text, "5000000000000000001") || strings.Contains(text, "\u202e") {
			t.Errorf("%s keep a role id or an override:\n%s", what, text)
		}
	}
}

func TestLongNameTalksAboutAName(t *testing.T) {
	h := start(t, nil)
	cb, m := h.command(discordtest.InteractionSpec{Name: "who", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("name", strings.Repeat("n", 6000))}})
	text := embedText(m)
	if !cb.Ephemeral() || !strings.Contains(text, "name") || strings.Contains(text, "question") {
		t.Errorf("a 6,000-character name: %s", text)
	}
}

// escapeMarkdown shows text literally: markdown escaped, line-start
// markers only at a line's start, mentions and links neutralised,
// invisible characters dropped.
func TestEscapeMarkdown(t *testing.T) {
	cases := map[string]string{
		"*bold* _it_ ~s~ `c` |sp|": `\*bold\* \_it\_ \~s\~ \` + "`c\\` \\|sp\\|",
		"# title\n- item\n> quote": "\\# title\n\\- item\n\\> quote",
		"MiG-29 a > b #1":          "MiG-29 a > b #1",
		"[link](http://x)":         `\[link\](http\://x)`,
		`back\slash`:               `back\\slash`,
		"<@&123> and <#5>":         `\<@&123> and \<#5>`,
		"see https://x.example":    `see https\://x.example`,
		"a\u202eb\u200bc":          "abc",
		"time 10:30 // ok":         "time 10:30 // ok",
	}
	for in, want := range cases {
		if got := escapeMarkdown(in); got != want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanInput(t *testing.T) {
	if got := cleanInput(" <@123>  who\u202e is <@&4>  x "); got != "who is x" {
		t.Errorf("cleanInput = %q", got)
	}
}
