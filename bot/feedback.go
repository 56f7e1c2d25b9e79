package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"storybot/index"
	"storybot/store"
)

// Custom ids of the feedback buttons every answer carries.
const (
	voteUp   = "vote:up"
	voteDown = "vote:down"
)

// voteRow is the 👍/👎 row under an answer.
func voteRow() discordgo.ActionsRow {
	return discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Emoji: &discordgo.ComponentEmoji{Name: "👍"}, Style: discordgo.SecondaryButton, CustomID: voteUp},
		discordgo.Button{Emoji: &discordgo.ComponentEmoji{Name: "👎"}, Style: discordgo.SecondaryButton, CustomID: voteDown},
	}}
}

// withVotes adds the feedback row to an answer.
func withVotes(rep *reply) *reply {
	if rep.answer != nil && !rep.failed {
		rep.components = append(rep.components, voteRow())
	}
	return rep
}

// record adds a question to the question log, when there is one, under
// the key votes on its answer will carry. A write the database refuses is
// reported once; answering goes on. An unreachable database is no error:
// the log queues the record (see store.Buffered).
func (b *Bot) record(ctx context.Context, command, guild, userID, key string, a *index.Answer) {
	log := b.questionLog()
	if log == nil || a == nil {
		return
	}
	q := store.Question{Time: time.Now().UTC(), Command: command, GuildID: guild, AskerHash: log.Store().Pseudonym(userID),
		Text: a.Query, Found: a.Found, MessageID: key}
	if len(a.Results) > 0 {
		q.Top = topLine(a.Results[0].Cite(), a.Results[0].Text)
	}
	if err := log.RecordQuestion(ctx, q); err != nil {
		b.logFailed(err)
	}
}

func topLine(cite, text string) string {
	return cite + ": " + truncate(text, 200)
}

func (b *Bot) logFailed(err error) {
	b.logOnce.Do(func() {
		b.log.Error("the question log refused a record; answers go on without it", "err", err)
	})
}

// routeVote handles a click on 👍 or 👎: recorded once per user per
// answer, a second click changing the vote, and acknowledged to the voter
// alone; the answer is not edited for everyone. The store finds the
// question recorded when the answer was sent by the key the click carries.
func (b *Bot) routeVote(i *discordgo.Interaction, up bool) job {
	return job{name: "vote", private: true, run: func(ctx context.Context) *reply {
		u := interactionUser(i)
		log := b.questionLog()
		if log == nil || u == nil || i.Message == nil {
			return &reply{content: "Thanks! (Feedback is not being recorded here.)", ephemeral: true, outcome: "vote_ignored"}
		}
		v := store.Vote{MessageID: answerKey(i.Message), VoterHash: log.Store().Pseudonym(u.ID), Up: up,
			Time: time.Now().UTC(), GuildID: i.GuildID}
		change, err := log.Vote(ctx, v)
		if err != nil {
			b.logFailed(err)
			return &reply{content: "Thanks! (Your vote could not be saved.)", ephemeral: true, outcome: "vote_failed"}
		}
		return &reply{content: voteThanks(up, change), ephemeral: true, outcome: "voted"}
	}}
}

// voteThanks acknowledges a vote, given what it changed.
func voteThanks(up bool, change store.VoteChange) string {
	thumb := map[bool]string{true: "👍", false: "👎"}
	msg := "Thanks for the " + thumb[up] + "."
	switch change {
	case store.VoteSame:
		return "You already gave this answer a " + thumb[up] + "."
	case store.VoteChanged:
		msg = "Changed your vote to " + thumb[up] + "."
	}
	if !up {
		msg += " Moderators will see this answer in /stats."
	}
	return msg
}

func (b *Bot) runStats(r *request) *reply {
	if !b.isModerator(r.i) {
		b.log.Warn("stats refused", "user", r.user.ID, "guild", r.i.GuildID)
		rep := errorReply("Only moderators (Manage Server) can see the stats.")
		rep.outcome = "refused"
		return rep
	}
	if b.questionLog() == nil {
		return errorReply("The question log is off here, so there are no stats.")
	}
	q := b.statsScope(r)
	st, err := b.questionLog().Store().Stats(r.ctx, q)
	if err != nil {
		b.log.Warn("stats failed", "err", err)
		return errorReply("The question log cannot be read just now (is the database down?); try again later.")
	}
	e := statsEmbed(st, q.AllGuilds)
	if r.flag("all") && !q.AllGuilds {
		e.Footer = &discordgo.MessageEmbedFooter{Text: "Only the bot's admin servers can see every server; this is this server's."}
	}
	return &reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: true, outcome: "stats"}
}

// statsEmbed shows moderators what was asked and what the story lacks;
// all says the figures are every server's, with the breakdown.
func statsEmbed(st store.Stats, all bool) *discordgo.MessageEmbed {
	title := "What people asked in this server"
	if all {
		title = "What people asked, in every server and in direct messages"
	}
	e := &discordgo.MessageEmbed{
		Title: title,
		Color: colourCard,
		Fields: []*discordgo.MessageEmbedField{
			{Name: "Last 24 hours", Value: fmt.Sprintf("%d questions, %s answered", st.Day, Percent(st.DayFound, st.Day)), Inline: true},
			{Name: "Last 7 days", Value: fmt.Sprintf("%d questions, %s answered", st.Week, Percent(st.WeekFound, st.Week)), Inline: true},
		},
	}
	list := func(name string, lines []string) {
		v := "none"
		if len(lines) > 0 {
			v = strings.Join(lines, "\n")
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: truncate(v, MaxFieldValue)})
	}
	var lines []string
	for _, c := range st.MostAsked {
		lines = append(lines, fmt.Sprintf("%d× %s", c.Times, escapeMarkdown(truncate(c.Question, 80))))
	}
	list("Most asked (7 days)", lines)
	lines = nil
	for _, c := range st.Unanswered {
		lines = append(lines, fmt.Sprintf("%s (%d× by %d)", escapeMarkdown(truncate(c.Question, 80)), c.Times, c.Askers))
	}
	list("Recently unanswered: what the fact sheet may lack", lines)
	lines = nil
	for _, v := range st.Downvoted {
		q := v.Question
		if q == "" {
			q = "(question not recorded)"
		}
		line := "👎 " + escapeMarkdown(truncate(q, 70))
		if v.Top != "" {
			line += " → " + escapeMarkdown(truncate(v.Top, 80))
		}
		lines = append(lines, line)
	}
	list("Recent 👎 answers", lines)
	if all {
		list("Busiest servers (7 days)", guildLines(st.Guilds))
	}
	return e
}

// guildLines is the per-server breakdown, ten busiest first.
func guildLines(guilds []store.GuildStats) []string {
	var lines []string
	for _, g := range guilds[:min(len(guilds), 10)] {
		where := "server " + g.GuildID
		if g.GuildID == "" {
			where = "direct messages"
		}
		lines = append(lines, fmt.Sprintf("%s: %d questions, %s answered", where, g.Week, Percent(g.WeekFound, g.Week)))
	}
	return lines
}

// Percent is n of of as a whole percentage, rounded down, or "–" when of
// is 0: the share answered, as /stats and storybot stats show it.
func Percent(n, of int) string {
	if of == 0 {
		return "–"
	}
	return fmt.Sprintf("%d%%", 100*n/of)
}

// nowAnswered re-asks the latest logged unanswered questions (at most
// 500) after a reindex and counts how many the story now answers.
func (b *Bot) nowAnswered(ctx context.Context) (answered, of int) {
	if b.questionLog() == nil {
		return 0, 0
	}
	qs, err := b.questionLog().Store().UnansweredQuestions(ctx, 500)
	if err != nil {
		b.log.Warn("reading the unanswered questions failed", "err", err)
		return 0, 0
	}
	for _, q := range qs {
		if a, err := b.eng.Ask(ctx, q, index.Options{Limit: 1}); err == nil && a.Found {
			answered++
		}
	}
	return answered, len(qs)
}

// statsScope is whose figures /stats shows: the server it is run in,
// never direct messages, or with all every server and direct messages,
// which only an admin server may ask for.
func (b *Bot) statsScope(r *request) store.StatsQuery {
	if r.flag("all") && b.isAdminGuild(r.i.GuildID) {
		return store.StatsQuery{AllGuilds: true}
	}
	return store.StatsQuery{GuildID: r.i.GuildID}
}
