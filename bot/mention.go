package bot

import (
	"context"
	"time"

	"github.com/bwmarrin/discordgo"

	"storybot/index"
)

// onMessage answers a message that mentions the bot, in a server or in a
// direct message, and any direct message. Messages from bots, and messages
// that only mention @everyone, @here or a role, are ignored. The answer
// goes through the same dispatcher as interactions.
func (b *Bot) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	if m == nil || m.Message == nil || m.Author == nil || m.Author.Bot {
		return
	}
	userID, _ := b.ids()
	if userID == "" || m.Author.ID == userID {
		return
	}
	if m.GuildID != "" && !mentions(m.Mentions, userID) {
		return
	}
	if !b.startWork() {
		return
	}
	defer b.work.Done()
	defer b.recoverSend("mention")
	start := time.Now()
	q, author := cleanInput(m.Content), m.Author.ID
	j := job{name: "mention", guild: m.GuildID, userID: author, run: func(ctx context.Context) *reply {
		return withVotes(b.answerMessage(ctx, q, author))
	}}
	b.serve(j, messageOutlet{b: b, m: m.Message}, start)
}

// messageOutlet answers a mention with a message replying to it. Votes on
// the answer are keyed by the mention's id, which the answer carries as
// its message_reference.
type messageOutlet struct {
	b *Bot
	m *discordgo.Message
}

// acknowledge does nothing: a message has no deadline to answer by.
func (messageOutlet) acknowledge(job) error { return nil }

func (o messageOutlet) key() string { return o.m.ID }

func (o messageOutlet) send(rep *reply, _ bool) error {
	embeds, components, content := o.b.payload(rep)
	_, err := o.b.s.ChannelMessageSendComplex(o.m.ChannelID, &discordgo.MessageSend{
		Content:         content,
		Embeds:          embeds,
		Components:      components,
		Reference:       &discordgo.MessageReference{MessageID: o.m.ID, ChannelID: o.m.ChannelID, GuildID: o.m.GuildID},
		AllowedMentions: noMentions(),
	})
	return err
}

func mentions(users []*discordgo.User, id string) bool {
	for _, u := range users {
		if u != nil && u.ID == id {
			return true
		}
	}
	return false
}

// answerMessage answers the text of a mention like /ask.
func (b *Bot) answerMessage(ctx context.Context, q, userID string) *reply {
	if q == "" {
		return &reply{embeds: []*discordgo.MessageEmbed{{
			Description: "Ask me about the story, for example: `@storybot " + escapeCode(b.examples(1)[0]) + "` — or use `/help`.",
			Color:       colourCard,
		}}, outcome: "help"}
	}
	if rep := b.limit(userID); rep != nil {
		return rep
	}
	a, err := b.eng.Ask(ctx, q, index.Options{})
	if err != nil {
		return b.questionError(err)
	}
	return &reply{embeds: []*discordgo.MessageEmbed{answerEmbed(q, a, true)}, outcome: outcome(a), answer: a}
}
