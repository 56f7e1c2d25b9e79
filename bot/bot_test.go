package bot

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"storybot/bot/internal/discordspec"
	"storybot/corpus"
	"storybot/index"
	"storybot/internal/discordtest"
)

// testToken has the shape of a real bot token; the fake accepts any.
const testToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcdE.abcdefghijklmnopqrstuvwxyz0123456789AB"

var sharedEngine = sync.OnceValues(func() (*index.Engine, error) {
	c, err := corpus.Default()
	if err != nil {
		return nil, err
	}
	return index.Build(context.Background(), c)
})

// harness is a bot connected to a fake Discord.
type harness struct {
	t    testing.TB
	fake *discordtest.Server
	bot  *Bot
	ctx  context.Context
}

type option func(*Config)

// testLogger discards logs unless STORYBOT_TEST_LOG is set.
func testLogger() *slog.Logger {
	if os.Getenv("STORYBOT_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// start runs the real bot, with the real discordgo session, against a fake
// Discord on 127.0.0.1, and waits until its commands are registered.
func start(t testing.TB, eng Engine, opts ...option) *harness {
	t.Helper()
	if eng == nil {
		e, err := sharedEngine()
		if err != nil {
			t.Fatal(err)
		}
		eng = index.NewLive(e)
	}
	fake := discordtest.New(t)
	api, err := ParseAPIURL(fake.URL())
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{
		Token:       testToken,
		GuildID:     discordtest.DefaultGuildID,
		AdminGuilds: []string{discordtest.DefaultGuildID},
		HTTPClient:  RedirectClient(api),
		Logger:      testLogger(),
	}
	for _, o := range opts {
		o(&cfg)
	}
	b, err := New(cfg, eng)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	if err := b.Open(); err != nil {
		t.Fatal(err)
	}
	// Registered after discordtest.New, so it runs first: the session
	// must close before the fake does.
	t.Cleanup(func() { fake.CloseSession(b.Session()) })
	if err := fake.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case <-b.Registered():
		if err := b.RegisterError(); err != nil {
			t.Fatal(err)
		}
	case <-ctx.Done():
		t.Fatal("commands were never registered")
	}
	h := &harness{t: t, fake: fake, bot: b, ctx: ctx}
	if _, bench := t.(*testing.B); !bench {
		t.Cleanup(h.checkPayloads)
	}
	return h
}

// command sends a slash command and returns the response as a message:
// the reply itself, or when the bot deferred (a slow reindex on a busy
// machine), the original response once the reply has edited it in.
func (h *harness) command(spec discordtest.InteractionSpec) (*discordtest.Callback, *discordgo.Message) {
	h.t.Helper()
	if spec.GuildID == "" && spec.Type == 0 && spec.User == nil {
		spec.GuildID = discordtest.DefaultGuildID
	}
	hd := h.fake.SendInteraction(spec)
	cb, err := hd.Wait(h.ctx)
	if err != nil {
		h.t.Fatalf("no response to %s: %v", spec.Name, err)
	}
	if cb.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource {
		if _, err := hd.WaitEdit(h.ctx); err != nil {
			h.t.Fatalf("deferred %s: %v", spec.Name, err)
		}
		return cb, hd.Original()
	}
	m, err := cb.Message()
	if err != nil {
		h.t.Fatalf("response to %s: %v", spec.Name, err)
	}
	return cb, m
}

func (h *harness) ask(q string, extra ...*discordgo.ApplicationCommandInteractionDataOption) (*discordtest.Callback, *discordgo.Message) {
	h.t.Helper()
	opts := append([]*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", q)}, extra...)
	return h.command(discordtest.InteractionSpec{Name: "ask", Options: opts})
}

// embedText is everything a user reads in a message's embeds.
func embedText(m *discordgo.Message) string { return discordtest.EmbedText(m) }

// checkPayloads checks every message the bot sent during a test against
// Discord's limits, including those the OpenAPI spec cannot express (the
// 6000-character total), and that none could ping anyone.
func (h *harness) checkPayloads() {
	t := h.t
	spec, err := discordspec.Available()
	if err != nil {
		t.Fatal(err)
	}
	if spec == nil {
		t.Log("../shared/discord/openapi.json is absent: payloads are checked against Discord's limits only, not its OpenAPI description")
	}
	for _, r := range h.fake.Requests() {
		if spec != nil && !r.Injected && r.Route != "" && len(r.Body) > 0 &&
			strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") && r.Method != "GET" {
			if err := spec.Validate(r.Method, r.Path, r.Body); err != nil {
				t.Errorf("Discord's OpenAPI description refuses what the bot sent: %v\n%.300s", err, r.Body)
			}
		}
		if r.Route == "" && !r.Injected {
			t.Errorf("bot called an unknown route: %s %s", r.Method, r.Path)
			continue
		}
		if len(r.Body) == 0 || !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			continue
		}
		var body map[string]json.RawMessage
		if err := json.Unmarshal(r.Body, &body); err != nil {
			continue // arrays: command registration, checked elsewhere
		}
		msg := body
		if strings.HasSuffix(r.Path, "/callback") {
			var typ discordgo.InteractionResponseType
			_ = json.Unmarshal(body["type"], &typ)
			if typ != discordgo.InteractionResponseChannelMessageWithSource && typ != discordgo.InteractionResponseUpdateMessage {
				continue // autocomplete choices, deferrals: no message
			}
			msg = nil
			_ = json.Unmarshal(body["data"], &msg)
		}
		if msg == nil {
			continue
		}
		if _, isMessage := msg["embeds"]; !isMessage {
			if _, isContent := msg["content"]; !isContent {
				continue
			}
		}
		var am struct {
			Parse *[]string `json:"parse"`
		}
		if raw, ok := msg["allowed_mentions"]; !ok || json.Unmarshal(raw, &am) != nil || am.Parse == nil || len(*am.Parse) != 0 {
			t.Errorf("%s %s: allowed_mentions must be {\"parse\": []}, got %s", r.Method, r.Path, msg["allowed_mentions"])
		}
		var m discordgo.Message
		if err := json.Unmarshal(mustJSON(msg), &m); err != nil {
			t.Errorf("%s %s: undecodable message: %v", r.Method, r.Path, err)
			continue
		}
		if err := checkLimits(m.Content, m.Embeds); err != nil {
			t.Errorf("%s %s: %v", r.Method, r.Path, err)
		}
	}
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

func TestRegistersCommands(t *testing.T) {
	h := start(t, nil)
	for _, c := range h.fake.Commands(discordtest.DefaultGuildID) {
		if err := checkCommand(c); err != nil {
			t.Error(err)
		}
	}
	names := h.registered(discordtest.DefaultGuildID)
	table := h.bot.table()
	if got, want := strings.Join(names, ","), "ask,search,aircraft,who,timeline,help,stats,reindex"; got != want || got != strings.Join(table.order, ",") {
		t.Errorf("registered %s, want %s", got, want)
	}
	if global := h.fake.Commands(""); len(global) != 0 {
		t.Errorf("with DISCORD_GUILD_ID set, nothing should be registered globally: %d", len(global))
	}
	puts := h.fake.Count(func(r discordtest.Request) bool {
		return r.Method == "PUT" && strings.Contains(r.Path, "/commands")
	})
	if puts != 1 {
		t.Errorf("want one bulk overwrite, got %d PUTs", puts)
	}
}

func TestRegistersGloballyWithoutGuild(t *testing.T) {
	h := start(t, nil, func(c *Config) { c.GuildID = "" })
	// All but /reindex, which goes to the admin server only.
	if n, want := len(h.fake.Commands("")), len(h.bot.table().order)-1; n != want {
		t.Errorf("global commands: %d, want %d", n, want)
	}
	if c := h.fake.Commands(discordtest.DefaultGuildID); len(c) != 1 || c[0].Name != "reindex" {
		t.Errorf("admin server commands: %+v", c)
	}
}

func TestAsk(t *testing.T) {
	h := start(t, nil)
	cb, m := h.ask("How many aircraft did Kazakhstan sell?")
	if cb.Type != discordgo.InteractionResponseChannelMessageWithSource || cb.Ephemeral() {
		t.Errorf("want a public message response, got type %d ephemeral %v", cb.Type, cb.Ephemeral())
	}
	text := embedText(m)
	for _, want := range []string{"**81 Soviet-era military aircraft**", "¶1", "Fact sheet:", "**aircraft**", "results 1–3 of", "answered in"} {
		if !strings.Contains(text, want) {
			t.Errorf("answer lacks %q:\n%s", want, text)
		}
	}
	cb, _ = h.ask("who is cameron", discordtest.Opt("private", true))
	if !cb.Ephemeral() {
		t.Error("private: true should make the answer ephemeral")
	}
	_, m = h.ask("What is the best pizza topping?")
	if text := embedText(m); !strings.Contains(text, "The story doesn't say.") || len(m.Embeds[0].Fields) != 0 {
		t.Errorf("off-topic answer should say so with no snippets:\n%s", text)
	}
}

func TestLookupCommands(t *testing.T) {
	h := start(t, nil)
	_, m := h.command(discordtest.InteractionSpec{Name: "aircraft", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("name", "su-24")}})
	if m.Embeds[0].Title != "Su-24" {
		t.Errorf("card title %q, want Su-24", m.Embeds[0].Title)
	}
	text := embedText(m)
	for _, want := range []string{"Manufacturer", "Sukhoi", "*(background)*", "Fencer", "Also known as", "¶5"} {
		if !strings.Contains(text, want) {
			t.Errorf("Su-24 card lacks %q:\n%s", want, text)
		}
	}
	_, m = h.command(discordtest.InteractionSpec{Name: "who", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("name", "Camerron")}})
	if text := embedText(m); !strings.Contains(text, "David Cameron") || !strings.Contains(text, "closest name") {
		t.Errorf("a typo should find Cameron and say so:\n%s", text)
	}
	cb, m := h.command(discordtest.InteractionSpec{Name: "who", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("name", "Blinkenn Tony")}})
	if text := embedText(m); cb.Ephemeral() || !strings.Contains(text, "Blinken") {
		t.Errorf("want Blinken found or suggested in a normal reply:\n%s", text)
	}
	_, m = h.command(discordtest.InteractionSpec{Name: "aircraft", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("name", "F-16")}})
	if text := embedText(m); !strings.Contains(text, "Nothing in the story is called “F-16”") {
		t.Errorf("unknown aircraft:\n%s", text)
	}
}

func TestAutocomplete(t *testing.T) {
	h := start(t, nil)
	cases := []struct {
		cmd, typed, want string
	}{
		{"aircraft", "fulc", "mig-29"},
		{"aircraft", "Су", "su-24"},
		{"aircraft", "mig 3", "mig-31"},
		{"who", "toka", "tokayev"},
		{"who", "camron", "cameron"},
	}
	for _, c := range cases {
		cb, err := h.fake.SendInteraction(discordtest.InteractionSpec{
			Type: discordgo.InteractionApplicationCommandAutocomplete, Name: c.cmd, GuildID: discordtest.DefaultGuildID,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.FocusedOpt("name", c.typed)},
		}).Wait(h.ctx)
		if err != nil {
			t.Fatal(err)
		}
		ch := cb.Choices()
		if cb.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(ch) == 0 || ch[0].Value != c.want {
			t.Errorf("/%s %q: choices %+v, want %s first", c.cmd, c.typed, ch, c.want)
		}
		for _, x := range ch {
			if n := utf8.RuneCountInString(x.Name); n < 1 || n > MaxChoiceName {
				t.Errorf("choice name %q has %d characters", x.Name, n)
			}
		}
		if len(ch) > MaxChoices {
			t.Errorf("%d choices", len(ch))
		}
	}
	// The value autocomplete sends back (an id) finds the entry.
	_, m := h.command(discordtest.InteractionSpec{Name: "aircraft", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("name", "mig-29")}})
	if !strings.Contains(m.Embeds[0].Title, "MiG") {
		t.Errorf("choice value did not resolve: %q", m.Embeds[0].Title)
	}
}

func TestSearchMoreButton(t *testing.T) {
	h := start(t, nil)
	hd := h.fake.SendInteraction(discordtest.InteractionSpec{Name: "search", GuildID: discordtest.DefaultGuildID,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("query", "Kazakhstan Russia")}})
	cb, err := hd.Wait(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := cb.Message()
	id := moreButton(t, m)
	if id != "more:3:Kazakhstan Russia" || len(id) > MaxCustomID {
		t.Fatalf("More button custom_id %q", id)
	}
	first := embedText(m)
	orig := hd.Original()
	cb2, err := h.fake.SendInteraction(discordtest.InteractionSpec{CustomID: id, GuildID: discordtest.DefaultGuildID, MessageID: orig.ID}).Wait(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cb2.Type != discordgo.InteractionResponseUpdateMessage {
		t.Errorf("More should update the message (type 7), got %d", cb2.Type)
	}
	m2, _ := cb2.Message()
	second := embedText(m2)
	if !strings.Contains(second, "results 4–6 of") || !strings.Contains(second, "4. ") || second == first {
		t.Errorf("second page:\n%s", second)
	}
	// A forged button is refused, not obeyed.
	cb3, err := h.fake.SendInteraction(discordtest.InteractionSpec{CustomID: "more:-5:" + strings.Repeat("x", 200), GuildID: discordtest.DefaultGuildID}).Wait(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !cb3.Ephemeral() {
		t.Error("a forged button should get an ephemeral error")
	}
}

func moreButton(t *testing.T, m *discordgo.Message) string {
	t.Helper()
	for _, row := range m.Components {
		if r, ok := row.(*discordgo.ActionsRow); ok {
			for _, c := range r.Components {
				if b, ok := c.(*discordgo.Button); ok && b.Label == "More" {
					return b.CustomID
				}
			}
		}
	}
	t.Fatalf("no More button in %+v", m.Components)
	return ""
}

func TestHelp(t *testing.T) {
	h := start(t, nil)
	_, m := h.command(discordtest.InteractionSpec{Name: "help"})
	text := embedText(m)
	for _, want := range []string{"/ask", "/aircraft", "/who", "/search", "private", "aircraft entries"} {
		if !strings.Contains(text, want) {
			t.Errorf("help lacks %q", want)
		}
	}
}

// sentMessage is what the bot posted in a channel.
type sentMessage struct {
	Embeds          []*discordgo.MessageEmbed         `json:"embeds"`
	Reference       *discordgo.MessageReference       `json:"message_reference"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Components      []json.RawMessage                 `json:"components"`
}

// waitMessage waits for the bot to post a message in a channel.
func (h *harness) waitMessage(channelID string) *sentMessage {
	h.t.Helper()
	r, err := h.fake.WaitRequest(h.ctx, func(r discordtest.Request) bool {
		return r.Method == "POST" && r.Path == "/api/v9/channels/"+channelID+"/messages"
	})
	if err != nil {
		h.t.Fatalf("no message posted in %s: %v", channelID, err)
	}
	var m sentMessage
	if err := json.Unmarshal(r.Body, &m); err != nil {
		h.t.Fatal(err)
	}
	return &m
}

func TestMentionInGuild(t *testing.T) {
	h := start(t, nil)
	bot := h.fake.BotUser()
	id := h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "<@" + bot.ID + "> who visited Astana?"})
	m := h.waitMessage(discordtest.DefaultChannelID)
	if m.Reference == nil || m.Reference.MessageID != id {
		t.Errorf("the answer should reply to the question, got reference %+v", m.Reference)
	}
	if text := embedText(&discordgo.Message{Embeds: m.Embeds}); !strings.Contains(text, "Cameron") {
		t.Errorf("mention answer:\n%s", text)
	}
}

func TestMentionInDirectMessage(t *testing.T) {
	h := start(t, nil)
	h.fake.SendMessage(discordtest.MessageSpec{Content: "<@" + h.fake.BotUser().ID + "> what is the fencer"})
	r, err := h.fake.WaitRequest(h.ctx, func(r discordtest.Request) bool {
		return r.Method == "POST" && strings.HasSuffix(r.Path, "/messages")
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(r.Body), "Su") {
		t.Errorf("DM answer: %s", r.Body)
	}
}

func TestMentionsThatMustNotTrigger(t *testing.T) {
	h := start(t, nil)
	bot := h.fake.BotUser()
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "@everyone who is cameron"})
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "<@&5000000000000000001> who is cameron"})
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "who is cameron, no mention"})
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "<@" + bot.ID + "> who is cameron",
		Author: &discordgo.User{ID: "2000000000000000099", Username: "otherbot", Bot: true}})
	// A real question after them shows the bot is listening, and that it
	// answered only that one.
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "<@" + bot.ID + "> who is blinken"})
	m := h.waitMessage(discordtest.DefaultChannelID)
	if text := embedText(&discordgo.Message{Embeds: m.Embeds}); !strings.Contains(text, "Blinken") {
		t.Errorf("the first answer should be to the marker question:\n%s", text)
	}
	time.Sleep(100 * time.Millisecond)
	posts := h.fake.Count(func(r discordtest.Request) bool {
		return r.Method == "POST" && strings.HasSuffix(r.Path, "/messages")
	})
	if posts != 1 {
		t.Errorf("bot posted %d messages, want 1", posts)
	}
}

func TestReplyToTheBotWithMention(t *testing.T) {
	h := start(t, nil)
	bot := h.fake.BotUser()
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "<@" + bot.ID + "> who is blinken"})
	h.waitMessage(discordtest.DefaultChannelID)
	answers := h.fake.ChannelMessages(discordtest.DefaultChannelID)
	var answerID string
	for _, m := range answers {
		if m.Author != nil && m.Author.ID == bot.ID {
			answerID = m.ID
		}
	}
	if answerID == "" {
		t.Fatal("no answer stored")
	}
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "and what is the su-24?", ReplyTo: answerID, ReplyPing: true})
	if _, err := h.fake.WaitRequest(h.ctx, func(r discordtest.Request) bool {
		return r.Method == "POST" && strings.HasSuffix(r.Path, "/messages") && strings.Contains(string(r.Body), "Sukhoi")
	}); err != nil {
		t.Fatalf("a reply that mentions the bot should be answered: %v", err)
	}
}

func TestEveryoneInQuestionPingsNobody(t *testing.T) {
	h := start(t, nil)
	cb, m := h.ask("@everyone @here <@&5000000000000000001> <@2000000000000000007> who is cameron")
	if !strings.Contains(embedText(m), "Cameron") {
		t.Errorf("should still answer:\n%s", embedText(m))
	}
	if !strings.Contains(string(cb.Request.Body), `"allowed_mentions":{"parse":[]`) {
		t.Errorf("allowed_mentions missing from %s", cb.Request.Body)
	}
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "<@" + h.fake.BotUser().ID + "> @everyone what is the fulcrum"})
	if msg := h.waitMessage(discordtest.DefaultChannelID); msg.AllowedMentions == nil || msg.AllowedMentions.Parse == nil || len(msg.AllowedMentions.Parse) != 0 {
		t.Errorf("mention reply allowed_mentions = %+v", msg.AllowedMentions)
	}
}

func TestVeryLongQuestion(t *testing.T) {
	h := start(t, nil)
	cb, m := h.ask(strings.Repeat("Kazakhstan aircraft ", 250)) // 5,000 characters
	if !cb.Ephemeral() || !strings.Contains(embedText(m), "too long") {
		t.Errorf("want an ephemeral 'too long' error, got ephemeral=%v:\n%s", cb.Ephemeral(), embedText(m))
	}
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "<@" + h.fake.BotUser().ID + "> " + strings.Repeat("é", 1990)})
	if msg := h.waitMessage(discordtest.DefaultChannelID); !strings.Contains(embedText(&discordgo.Message{Embeds: msg.Embeds}), "too long") {
		t.Errorf("long mention should be refused politely")
	}
}

func TestRateLimitOnReply(t *testing.T) {
	h := start(t, nil)
	h.fake.FailNext("POST", "/api/v9/interactions/*/*/callback", 429, `{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}`)
	_, m := h.ask("When did Antony Blinken visit Kazakhstan?")
	if !strings.Contains(embedText(m), "March 2023") {
		t.Errorf("the reply after a 429 lost its answer:\n%s", embedText(m))
	}
	injected := h.fake.Count(func(r discordtest.Request) bool { return r.Injected })
	if injected != 1 {
		t.Errorf("want exactly one injected 429, saw %d", injected)
	}
}

func TestGatewayReconnect(t *testing.T) {
	h := start(t, nil)
	_, m := h.ask("who is tokayev")
	if !strings.Contains(embedText(m), "Tokayev") {
		t.Fatal("first answer")
	}
	if err := h.fake.Reconnect(h.ctx); err != nil {
		t.Fatal(err)
	}
	_, m = h.ask("what is the foxhound")
	if !strings.Contains(embedText(m), "MiG") {
		t.Errorf("after a reconnect:\n%s", embedText(m))
	}
}

func TestMalformedInteractions(t *testing.T) {
	h := start(t, nil)
	cases := []discordtest.InteractionSpec{
		{Name: "ask"}, // no options
		{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", 42)}},
		{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", true)}},
		{Name: "nosuchcommand"},
		{Name: "aircraft", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.SubCommand("name")}},
		{Name: "ask", Data: map[string]any{"name": "ask", "type": 1, "options": "not a list"}},
	}
	for _, spec := range cases {
		spec.GuildID = discordtest.DefaultGuildID
		cb, err := h.fake.SendInteraction(spec).Wait(h.ctx)
		if err != nil {
			t.Errorf("%+v: no response: %v", spec, err)
			continue
		}
		if !cb.Ephemeral() {
			t.Errorf("%+v: errors must be ephemeral", spec)
		}
	}
	// The bot is still serving.
	if _, m := h.ask("who is blinken"); !strings.Contains(embedText(m), "Blinken") {
		t.Error("bot stopped answering after malformed interactions")
	}
}

func TestPerUserRateLimit(t *testing.T) {
	h := start(t, nil, func(c *Config) { c.RatePerMinute = 1; c.RateBurst = 2 })
	h.ask("who is cameron")
	h.ask("who is blinken")
	cb, m := h.ask("who is tokayev")
	if !cb.Ephemeral() || !strings.Contains(embedText(m), "Slow down") || !strings.Contains(embedText(m), "again in") {
		t.Errorf("third question should be slowed down:\n%s", embedText(m))
	}
	other := &discordgo.User{ID: "2000000000000000042", Username: "other"}
	_, m = h.command(discordtest.InteractionSpec{Name: "ask", User: other, GuildID: discordtest.DefaultGuildID,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", "who is tokayev")}})
	if !strings.Contains(embedText(m), "Tokayev") {
		t.Errorf("another user is not limited:\n%s", embedText(m))
	}
}

// slowEngine answers after a delay, to exercise deferral.
type slowEngine struct {
	Engine
	delay time.Duration
}

func (s slowEngine) Ask(ctx context.Context, q string, opt index.Options) (*index.Answer, error) {
	time.Sleep(s.delay)
	return s.Engine.Ask(ctx, q, opt)
}

func TestSlowAnswerIsDeferred(t *testing.T) {
	e, err := sharedEngine()
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, slowEngine{index.NewLive(e), 300 * time.Millisecond}, func(c *Config) { c.DeferAfter = 50 * time.Millisecond })
	hd := h.fake.SendInteraction(discordtest.InteractionSpec{Name: "ask", GuildID: discordtest.DefaultGuildID,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", "who is cameron"), discordtest.Opt("private", true)}})
	cb, err := hd.Wait(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if cb.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || !cb.Ephemeral() {
		t.Errorf("want a deferred ephemeral acknowledgement, got type %d ephemeral %v", cb.Type, cb.Ephemeral())
	}
	edit, err := hd.WaitEdit(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(edit.Request.Body), "Cameron") {
		t.Errorf("the deferred answer never arrived: %s", edit.Request.Body)
	}
}
