package bot

import (
	"context"
	"regexp"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"storybot/index"
)

// discordMarkup matches what Discord turns into mentions and emoji: user,
// role and channel mentions, custom emoji, @everyone and @here. None of it
// is part of a question about the story.
var discordMarkup = regexp.MustCompile(`<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>|@everyone\b|@here\b`)

// cleanQuestion removes Discord markup from a question.
func cleanQuestion(q string) string {
	return strings.Join(strings.Fields(discordMarkup.ReplaceAllString(q, " ")), " ")
}

// onMessage answers a message that mentions the bot, in a server or in a
// direct message, and any direct message. Messages from bots, and messages
// that only mention @everyone, @here or a role, are ignored.
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
	start := time.Now()
	rep := b.answerMessage(cleanQuestion(m.Content), m.Author.ID)
	b.record("mention", m.GuildID, m.Author.ID, rep.answer)
	embeds, components, _ := b.payload(withVotes(rep))
	msg := &discordgo.MessageSend{
		Embeds:          embeds,
		Components:      components,
		Reference:       &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID},
		AllowedMentions: noMentions(),
	}
	_, err := s.ChannelMessageSendComplex(m.ChannelID, msg)
	took := time.Since(start)
	b.metrics.observe("mention", rep.outcome, took)
	attrs := []any{"outcome", rep.outcome, "guild", m.GuildID, "latency", took.Round(time.Microsecond)}
	if err != nil {
		b.log.Error("answering mention failed", append(attrs, "err", err)...)
		return
	}
	b.log.Info("answered mention", attrs...)
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
func (b *Bot) answerMessage(q, userID string) *reply {
	if q == "" {
		return &reply{embeds: []*discordgo.MessageEmbed{{
			Description: "Ask me about the story, for example: `@storybot How many aircraft did Kazakhstan sell?` — or use `/help`.",
			Color:       colourCard,
		}}, outcome: "help"}
	}
	if rep := b.limit(userID); rep != nil {
		return rep
	}
	ctx, cancel := context.WithTimeout(context.Background(), answerTimeout)
	defer cancel()
	a, err := b.eng.Ask(ctx, q, index.Options{})
	if err != nil {
		return questionError(err)
	}
	return &reply{embeds: []*discordgo.MessageEmbed{answerEmbed(q, a, true)}, outcome: outcome(a), answer: a}
}
