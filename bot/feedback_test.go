package bot

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"storybot/internal/discordtest"
	"storybot/store"
)

func withLog(l *store.Buffered) option { return func(c *Config) { c.QuestionLog = l } }

// openLog opens the question log in a SQLite store in dir, flushing its
// queue until the test ends.
func openLog(t *testing.T, dir string) *store.Buffered {
	t.Helper()
	s, err := store.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	l := store.NewBuffered(s, 0, testLogger())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { l.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done; s.Close() })
	return l
}

// logged reads rows of the question log's database as text, one line per
// row with its columns separated by |.
func logged(t *testing.T, l *store.Buffered, query string) string {
	t.Helper()
	rows, err := l.Store().DB().Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var b strings.Builder
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for i, v := range vals {
			if i > 0 {
				b.WriteString("|")
			}
			if bs, ok := v.([]byte); ok {
				v = string(bs)
			}
			fmt.Fprint(&b, v)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// vote clicks a feedback button on the original response of an interaction.
func (h *harness) vote(hd *discordtest.InteractionHandle, user *discordgo.User, id string) string {
	h.t.Helper()
	cb, err := h.fake.SendInteraction(discordtest.InteractionSpec{CustomID: id, GuildID: discordtest.DefaultGuildID,
		MessageID: hd.Original().ID, User: user}).Wait(h.ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	if !cb.Ephemeral() {
		h.t.Error("a vote must be acknowledged privately")
	}
	return cb.Content()
}

func (h *harness) stats(perms int64) (*discordtest.Callback, string) {
	h.t.Helper()
	cb, m := h.command(discordtest.InteractionSpec{Name: "stats", GuildID: discordtest.DefaultGuildID, Permissions: perms})
	return cb, embedText(m)
}

func TestDownvoteShowsInStats(t *testing.T) {
	h := start(t, nil, withLog(openLog(t, t.TempDir())))
	hd := h.fake.SendInteraction(discordtest.InteractionSpec{Name: "ask", GuildID: discordtest.DefaultGuildID,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", "What did Cameron's visit to Astana yield?")}})
	cb, err := hd.Wait(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := cb.Message()
	if ids := buttonIDs(m); !strings.Contains(ids, voteUp) || !strings.Contains(ids, voteDown) {
		t.Fatalf("an answer carries 👍 and 👎, got %q", ids)
	}
	user := discordtest.DefaultUser()
	if msg := h.vote(hd, user, voteDown); !strings.Contains(msg, "Thanks for the 👎") {
		t.Errorf("first vote: %q", msg)
	}
	if msg := h.vote(hd, user, voteDown); !strings.Contains(msg, "already") {
		t.Errorf("same vote again: %q", msg)
	}
	// The answer itself was not edited for everyone.
	for _, r := range h.fake.Requests() {
		if r.Method == "PATCH" {
			t.Errorf("the answer was edited: %s", r.Path)
		}
	}
	h.ask("How much did the jets cost?")
	cb, text := h.stats(moderator)
	if !cb.Ephemeral() {
		t.Error("/stats must be private")
	}
	for _, want := range []string{"2 questions, 50% answered", "What did Cameron", "How much did the jets cost?", "👎 What did Cameron", "→"} {
		if !strings.Contains(text, want) {
			t.Errorf("/stats lacks %q:\n%s", want, text)
		}
	}
	if msg := h.vote(hd, user, voteUp); !strings.Contains(msg, "Changed your vote to 👍") {
		t.Errorf("changing the vote: %q", msg)
	}
	if _, text := h.stats(moderator); strings.Contains(text, "👎 What did Cameron") {
		t.Errorf("a changed vote is no longer a 👎:\n%s", text)
	}
}

func buttonIDs(m *discordgo.Message) string {
	var ids []string
	for _, row := range m.Components {
		if r, ok := row.(*discordgo.ActionsRow); ok {
			for _, c := range r.Components {
				if b, ok := c.(*discordgo.Button); ok {
					ids = append(ids, b.CustomID)
				}
			}
		}
	}
	return strings.Join(ids, " ")
}

func TestStatsRefusedToNonModerators(t *testing.T) {
	h := start(t, nil, withLog(openLog(t, t.TempDir())))
	cb, text := h.stats(0)
	if !cb.Ephemeral() || !strings.Contains(text, "Only moderators") {
		t.Errorf("non-moderator /stats: %s", text)
	}
}

func TestQuestionLogSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	s1, err := store.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	h1 := start(t, nil, withLog(store.NewBuffered(s1, 0, nil)))
	h1.ask("Who is the Kazakh foreign minister?")
	h1.fake.CloseSession(h1.bot.Session())
	s1.Close()

	h2 := start(t, nil, withLog(openLog(t, dir)))
	if _, text := h2.stats(moderator); !strings.Contains(text, "Who is the Kazakh foreign minister?") {
		t.Errorf("after a restart /stats should still show the question:\n%s", text)
	}
}

func TestUnreachableLogDoesNotStopAnswers(t *testing.T) {
	s, err := store.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	l := store.NewBuffered(s, 0, nil)
	s.Close() // every write now fails, as with a database that is down
	h := start(t, nil, withLog(l))
	for i := 0; i < 2; i++ {
		if _, m := h.ask("who is blinken"); !strings.Contains(embedText(m), "Blinken") {
			t.Errorf("answers must go on without the log:\n%s", embedText(m))
		}
	}
	if l.Queued() != 2 || l.Err() == nil {
		t.Errorf("the records should wait in the queue: %d queued, err %v", l.Queued(), l.Err())
	}
	if _, text := h.stats(moderator); !strings.Contains(text, "cannot be read just now") {
		t.Errorf("/stats with the database down:\n%s", text)
	}
	// Opening a store where a file stands in the way fails cleanly.
	file := filepath.Join(t.TempDir(), "not-a-dir")
	os.WriteFile(file, []byte("x"), 0o644)
	if _, err := store.Open(context.Background(), file); err == nil {
		t.Error("a data directory that is a file should be refused")
	}
}

func TestReindexCountsNowAnswered(t *testing.T) {
	h, dir := startWithCorpusDir(t)
	h.bot.SetQuestionLog(openLog(t, t.TempDir()))
	if _, m := h.ask("What is the Flanker?"); !strings.Contains(embedText(m), "doesn't say") {
		t.Fatalf("the Flanker is not in the story yet:\n%s", embedText(m))
	}
	h.ask("What is the best pizza topping?")
	b, _ := os.ReadFile(filepath.Join(dir, "article.md"))
	b = append(b, []byte("\n## Postscript\n\nThe Flanker was not part of the sale.\n")...)
	os.WriteFile(filepath.Join(dir, "article.md"), b, 0o644)
	if _, text := h.reindex(moderator, nil); !strings.Contains(text, "1 of 2 are now answered") {
		t.Errorf("reindex report:\n%s", text)
	}
}

func TestTimelineCommand(t *testing.T) {
	h := start(t, nil)
	_, m := h.command(discordtest.InteractionSpec{Name: "timeline"})
	text := embedText(m)
	first, blinken, tokayev := strings.Index(text, "1967"), strings.Index(text, "March 2023"), strings.Index(text, "autumn 2023")
	if first < 0 || blinken < 0 || tokayev < 0 || !(first < blinken && blinken < tokayev) {
		t.Errorf("timeline out of order or incomplete:\n%s", text)
	}
	if !strings.Contains(text, "(background)") || !strings.Contains(text, "(article)") {
		t.Errorf("each date needs its source:\n%s", text)
	}
}

// /stats shows a server its own questions only, never direct messages;
// all shows everything, in an admin server only.
func TestStatsPerServer(t *testing.T) {
	const other = "4000000000000000002"
	h := start(t, nil, withLog(openLog(t, t.TempDir())))
	ask := func(guild, q string, user *discordgo.User) {
		spec := discordtest.InteractionSpec{Name: "ask", GuildID: guild, User: user,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", q)}}
		if _, err := h.fake.SendInteraction(spec).Wait(h.ctx); err != nil {
			t.Fatal(err)
		}
	}
	ask(discordtest.DefaultGuildID, "who is cameron in the admin server", nil)
	ask(other, "who is blinken in the other server", nil)
	ask("", "a secret asked in a direct message", discordtest.DefaultUser())
	stats := func(guild string, all bool) string {
		spec := discordtest.InteractionSpec{Name: "stats", GuildID: guild, Permissions: moderator}
		if all {
			spec.Options = []*discordgo.ApplicationCommandInteractionDataOption{{Name: "all", Type: discordgo.ApplicationCommandOptionBoolean, Value: true}}
		}
		_, m := h.command(spec)
		return embedText(m)
	}
	for _, all := range []bool{false, true} {
		text := stats(other, all)
		if !strings.Contains(text, "in the other server") || strings.Contains(text, "in the admin server") || strings.Contains(text, "secret") || !strings.Contains(text, "1 questions") {
			t.Errorf("/stats all=%v in another server shows only its own questions:\n%s", all, text)
		}
		if all && !strings.Contains(text, "Only the bot's admin servers") {
			t.Errorf("all refused in a non-admin server should say so:\n%s", text)
		}
	}
	if text := stats(discordtest.DefaultGuildID, false); strings.Contains(text, "other server") || strings.Contains(text, "secret") {
		t.Errorf("/stats in the admin server, without all:\n%s", text)
	}
	text := stats(discordtest.DefaultGuildID, true)
	for _, want := range []string{"3 questions", "in the other server", "admin server", "secret", "direct messages: 1 questions", "server " + other} {
		if !strings.Contains(text, want) {
			t.Errorf("/stats all in the admin server lacks %q:\n%s", want, text)
		}
	}
}
