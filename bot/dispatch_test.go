package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/prometheus/client_golang/prometheus"

	"storybot/index"
	"storybot/internal/discordtest"
)

// panickyEngine panics on questions containing "boom".
type panickyEngine struct{ Engine }

func (p panickyEngine) Ask(ctx context.Context, q string, opt index.Options) (*index.Answer, error) {
	if strings.Contains(q, "boom") {
		panic("engine exploded")
	}
	return p.Engine.Ask(ctx, q, opt)
}

func TestMentionWhoseAnswerPanics(t *testing.T) {
	e, err := sharedEngine()
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, panickyEngine{index.NewLive(e)})
	bot := h.fake.BotUser()
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "<@" + bot.ID + "> boom"})
	m := h.waitMessage(discordtest.DefaultChannelID)
	if text := embedText(&discordgo.Message{Embeds: m.Embeds}); !strings.Contains(text, "Something went wrong") {
		t.Errorf("a panicking answer should reply with an error:\n%s", text)
	}
	// Still running: an interaction and another mention are answered.
	if _, m := h.ask("who is blinken"); !strings.Contains(embedText(m), "Blinken") {
		t.Error("the bot stopped answering interactions")
	}
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "<@" + bot.ID + "> who is blinken"})
	if _, err := h.fake.WaitRequest(h.ctx, func(r discordtest.Request) bool {
		return r.Method == "POST" && strings.HasSuffix(r.Path, "/messages") && strings.Contains(string(r.Body), "Blinken")
	}); err != nil {
		t.Errorf("the bot stopped answering mentions: %v", err)
	}
}

func TestMentionsAreCountedAndLoggedLikeInteractions(t *testing.T) {
	reg := prometheus.NewRegistry()
	h := start(t, nil, withLog(openLog(t, t.TempDir())), func(c *Config) { c.Metrics = reg })
	bot := h.fake.BotUser()
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "<@" + bot.ID + "> who is blinken"})
	h.waitMessage(discordtest.DefaultChannelID)
	if _, text := h.stats(moderator); !strings.Contains(text, "1 questions") || !strings.Contains(text, "who is blinken") {
		t.Errorf("a mention goes in the question log:\n%s", text)
	}
	// Counted once the send returns, just after the fake saw it.
	var got float64
	for deadline := time.Now().Add(5 * time.Second); got == 0 && time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		got = counted(t, reg, "mention", "found")
	}
	if got != 1 {
		t.Errorf("storybot_questions_total{command=mention,outcome=found} = %v, want 1", got)
	}
}

// A vote finds the question recorded when the answer was sent, not what
// the embed shows: a title is cut at 256 characters, the question is not.
func TestVoteRecordsTheQuestionAsked(t *testing.T) {
	log := openLog(t, t.TempDir())
	h := start(t, nil, withLog(log))
	long := "When did Blinken visit and what " + strings.Repeat("exactly ", 35) + "happened?"
	hd := h.fake.SendInteraction(discordtest.InteractionSpec{Name: "ask", GuildID: discordtest.DefaultGuildID,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", long)}})
	if _, err := hd.Wait(h.ctx); err != nil {
		t.Fatal(err)
	}
	h.vote(hd, discordtest.DefaultUser(), voteDown)
	const votesSQL = `SELECT command, question FROM votes ORDER BY at`
	votes := logged(t, log, votesSQL)
	if !strings.Contains(votes, "ask|"+long+"\n") {
		t.Errorf("the vote should carry the whole question and its command:\n%s", votes)
	}

	// A vote on the answer to a mention finds its question too.
	bot := h.fake.BotUser()
	h.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "<@" + bot.ID + "> who is cameron"})
	h.waitMessage(discordtest.DefaultChannelID)
	var answer string
	for _, m := range h.fake.ChannelMessages(discordtest.DefaultChannelID) {
		if m.Author != nil && m.Author.ID == bot.ID && m.MessageReference != nil {
			answer = m.ID
		}
	}
	cb, err := h.fake.SendInteraction(discordtest.InteractionSpec{CustomID: voteDown, GuildID: discordtest.DefaultGuildID, MessageID: answer}).Wait(h.ctx)
	if err != nil || !strings.Contains(cb.Content(), "Thanks") {
		t.Fatalf("vote on a mention answer: %v %+v", err, cb)
	}
	if votes := logged(t, log, votesSQL); !strings.Contains(votes, "mention|who is cameron\n") {
		t.Errorf("a vote on a mention's answer should carry its question:\n%s", votes)
	}
}

// counted reads storybot_questions_total for a command and outcome.
func counted(t *testing.T, reg *prometheus.Registry, command, outcome string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != "storybot_questions_total" {
			continue
		}
		for _, m := range f.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			if labels["command"] == command && labels["outcome"] == outcome {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}
