package bot

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/bwmarrin/discordgo"

	"storybot/corpus"
	"storybot/index"
)

// These tests run real Discord interaction payloads (testdata/*.json, as
// Discord sends them) through the router and handlers as pure functions:
// no gateway, no fake Discord. handle records the response the dispatcher
// would send, like disgo's handler tests.

// newTestBot is a bot that is never connected.
func newTestBot(t *testing.T, opts ...option) *Bot {
	t.Helper()
	e, err := sharedEngine()
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Token: testToken, Logger: testLogger(), AdminGuilds: []string{"4000000000000000001"}} // discordtest.DefaultGuildID
	for _, o := range opts {
		o(&cfg)
	}
	b, err := New(cfg, index.NewLive(e))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// handle answers the interaction in testdata/file and returns the
// response, recorded instead of sent.
func handle(t *testing.T, b *Bot, file string) *discordgo.InteractionResponse {
	t.Helper()
	i := readInteraction(t, file)
	j := b.route(i)
	if j.now != nil {
		return j.now
	}
	out := &httpOutlet{b: b, i: i}
	b.deliver(j, out, b.runJob(j), false, time.Now())
	return out.resp
}

// readInteraction reads an interaction payload from testdata.
func readInteraction(t testing.TB, file string) *discordgo.Interaction {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(raw, &i); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return &i
}

func responseText(r *discordgo.InteractionResponse) string {
	if r.Data == nil {
		return ""
	}
	return r.Data.Content + "\n" + embedText(&discordgo.Message{Embeds: r.Data.Embeds})
}

func TestHandlePing(t *testing.T) {
	if r := handle(t, newTestBot(t), "ping.json"); r.Type != discordgo.InteractionResponsePong {
		t.Errorf("PING answered with type %d", r.Type)
	}
}

func TestHandleAsk(t *testing.T) {
	r := handle(t, newTestBot(t), "ask.json")
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource || r.Data.Flags&discordgo.MessageFlagsEphemeral != 0 {
		t.Errorf("want a public message, got type %d flags %d", r.Type, r.Data.Flags)
	}
	if text := responseText(r); !strings.Contains(text, "March 2023") {
		t.Errorf("answer:\n%s", text)
	}
	if r.Data.AllowedMentions == nil || r.Data.AllowedMentions.Parse == nil || len(r.Data.AllowedMentions.Parse) != 0 {
		t.Errorf("allowed_mentions = %+v", r.Data.AllowedMentions)
	}
	if err := checkLimits(r.Data.Content, r.Data.Embeds); err != nil {
		t.Error(err)
	}
}

func TestHandleWhoWithHostileName(t *testing.T) {
	r := handle(t, newTestBot(t), "who_hostile.json")
	text := responseText(r)
	checkNeutral(t, "/who", text)
	if !strings.Contains(text, "Nothing in the story is called") {
		t.Errorf("reply:\n%s", text)
	}
}

func TestHandleAutocomplete(t *testing.T) {
	r := handle(t, newTestBot(t), "autocomplete.json")
	if r.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(r.Data.Choices) == 0 || r.Data.Choices[0].Value != "blinken" {
		t.Errorf("choices: %+v", r.Data)
	}
}

func TestHandleMoreButtonUpdatesTheMessage(t *testing.T) {
	r := handle(t, newTestBot(t), "search_more.json")
	if r.Type != discordgo.InteractionResponseUpdateMessage || !strings.Contains(responseText(r), "results 4–6 of") {
		t.Errorf("type %d:\n%s", r.Type, responseText(r))
	}
}

// A vote on the answer to ask.json finds the question by the interaction
// id the answer message carries, whatever its embed says.
func TestHandleVoteFindsTheQuestion(t *testing.T) {
	log := openLog(t, t.TempDir())
	b := newTestBot(t, withLog(log))
	handle(t, b, "ask.json")
	r := handle(t, b, "vote_down.json")
	if r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(r.Data.Content, "Thanks for the 👎") {
		t.Errorf("vote acknowledgement: %+v", r.Data)
	}
	votes := logged(t, log, `SELECT message_id, question FROM votes`)
	if votes != "1180000000000000200|When did Antony Blinken visit Kazakhstan?\n" {
		t.Errorf("votes.jsonl:\n%s", votes)
	}
}

// TestModeratorRepliesArePrivateEvenWhenDeferred: /stats and /reindex
// answer only the caller. A slow one is deferred, and a deferral sent in
// public cannot be made private by the edit that follows, so the job
// itself must be private, not only its final reply.
func TestModeratorRepliesArePrivateEvenWhenDeferred(t *testing.T) {
	b := newTestBot(t)
	raw, err := os.ReadFile(filepath.Join("testdata", "ask.json"))
	if err != nil {
		t.Fatal(err)
	}
	for name, private := range map[string]bool{"stats": true, "reindex": true, "ask": false} {
		var i discordgo.Interaction
		if err := json.Unmarshal(raw, &i); err != nil {
			t.Fatal(err)
		}
		data := i.Data.(discordgo.ApplicationCommandInteractionData)
		data.Name = name
		if name != "ask" {
			data.Options = nil
		}
		i.Data = data
		if j := b.route(&i); j.private != private {
			t.Errorf("/%s: job private %v, want %v", name, j.private, private)
		}
	}
}

// reindexedMidLookup serves one story until a lookup has been answered,
// then another: a /reindex landing while a card is being rendered.
type reindexedMidLookup struct {
	*index.Live
	next *index.Engine
}

func (r reindexedMidLookup) Lookup(ctx context.Context, name string, kinds []corpus.Kind, opt index.Options) (*index.Answer, error) {
	a, err := r.Live.Lookup(ctx, name, kinds, opt)
	r.Live.Swap(r.next)
	return a, err
}

// TestCardFromTheAnswersStory: a card is drawn from the story its lookup
// was answered in, though a reindex put another in service meanwhile; it
// never mixes the new fact sheet's entry with the old answer.
func TestCardFromTheAnswersStory(t *testing.T) {
	built, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load(fstest.MapFS{
		"article.md": {Data: []byte("# A correction\n\nCameron did not visit.\n")},
		"facts.yaml": {Data: []byte("entries:\n  - id: cameron\n    kind: person\n    name: David Cameron\n    summary: Corrected entry from the new story.\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	// Its own engine, not the shared one: the swap closes the engine it
	// replaces.
	b, err := New(Config{Token: testToken, Logger: testLogger()}, reindexedMidLookup{liveOf(t, built), buildEngine(t, c)})
	if err != nil {
		t.Fatal(err)
	}
	i := readInteraction(t, "who_hostile.json")
	i.Data.(discordgo.ApplicationCommandInteractionData).Options[0].Value = "cameron"
	rep := b.runJob(b.route(i))
	text := embedText(&discordgo.Message{Embeds: rep.embeds})
	if !strings.Contains(text, "Foreign Secretary") || strings.Contains(text, "Corrected entry") {
		t.Errorf("the card mixes the two stories, or is not the answer's:\n%s", text)
	}
}
