package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"storybot/bot/journal"
	"storybot/index"
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

// record adds a question to the journal, when there is one, under the key
// votes on its answer will carry. A journal that cannot be written is
// reported once; answering goes on.
func (b *Bot) record(command, guild, userID, key string, a *index.Answer) {
	if b.cfg.Journal == nil || a == nil {
		return
	}
	q := journal.Question{Time: time.Now().UTC(), Command: command, Guild: guild, Question: a.Query, Found: a.Found, Message: key}
	if len(a.Results) > 0 {
		q.Top = topLine(a.Results[0].Cite(), a.Results[0].Text)
	}
	if err := b.cfg.Journal.AddQuestion(q, userID); err != nil {
		b.journalFailed(err)
	}
}

func topLine(cite, text string) string {
	return cite + ": " + truncate(text, 200)
}

func (b *Bot) journalFailed(err error) {
	b.journalOnce.Do(func() {
		b.log.Error("the question log cannot be written; answers go on without it", "err", err)
	})
}

// routeVote handles a click on 👍 or 👎: recorded once per user per
// answer, a second click changing the vote, and acknowledged to the voter
// alone; the answer is not edited for everyone. The question is the one
// recorded when the answer was sent, found by the key the click carries.
func (b *Bot) routeVote(i *discordgo.Interaction, up bool) job {
	return job{name: "vote", private: true, run: func(context.Context) *reply {
		u := interactionUser(i)
		if b.cfg.Journal == nil || u == nil || i.Message == nil {
			return &reply{content: "Thanks! (Feedback is not being recorded here.)", ephemeral: true, outcome: "vote_ignored"}
		}
		v := journal.Vote{Time: time.Now().UTC(), Message: answerKey(i.Message), Guild: i.GuildID, Up: up}
		if q, ok := b.cfg.Journal.Answered(v.Message); ok {
			v.Command, v.Question, v.Top = q.Command, q.Question, q.Top
		}
		prev, voted := b.cfg.Journal.PreviousVote(v.Message, u.ID)
		if _, err := b.cfg.Journal.AddVote(v, u.ID); err != nil {
			b.journalFailed(err)
			return &reply{content: "Thanks! (Your vote could not be saved.)", ephemeral: true, outcome: "vote_failed"}
		}
		return &reply{content: voteThanks(up, prev, voted), ephemeral: true, outcome: "voted"}
	}}
}

// voteThanks acknowledges a vote, given the voter's previous one.
func voteThanks(up, prev, voted bool) string {
	thumb := map[bool]string{true: "👍", false: "👎"}
	msg := "Thanks for the " + thumb[up] + "."
	switch {
	case voted && prev == up:
		return "You already gave this answer a " + thumb[up] + "."
	case voted:
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
	if b.cfg.Journal == nil {
		return errorReply("The question log is off here, so there are no stats.")
	}
	st, err := journal.ReadStats(b.cfg.Journal.Dir(), time.Now())
	if err != nil {
		return errorReply("The question log cannot be read: " + escapeMarkdown(err.Error()))
	}
	return &reply{embeds: []*discordgo.MessageEmbed{statsEmbed(st)}, ephemeral: true, outcome: "stats"}
}

// statsEmbed shows moderators what was asked and what the story lacks.
func statsEmbed(st journal.Stats) *discordgo.MessageEmbed {
	pct := func(n, of int) string {
		if of == 0 {
			return "–"
		}
		return fmt.Sprintf("%d%%", 100*n/of)
	}
	e := &discordgo.MessageEmbed{
		Title: "What people asked",
		Color: colourCard,
		Fields: []*discordgo.MessageEmbedField{
			{Name: "Last 24 hours", Value: fmt.Sprintf("%d questions, %s answered", st.Day, pct(st.DayFound, st.Day)), Inline: true},
			{Name: "Last 7 days", Value: fmt.Sprintf("%d questions, %s answered", st.Week, pct(st.WeekFound, st.Week)), Inline: true},
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
	if st.Skipped > 0 {
		e.Footer = &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("%d unreadable lines in the log were skipped", st.Skipped)}
	}
	return e
}

// nowAnswered re-asks the logged unanswered questions after a reindex and
// counts how many the story now answers.
func (b *Bot) nowAnswered(ctx context.Context) (answered, of int) {
	if b.cfg.Journal == nil {
		return 0, 0
	}
	qs, err := journal.UnansweredQuestions(b.cfg.Journal.Dir())
	if err != nil {
		b.journalFailed(err)
		return 0, 0
	}
	for _, q := range qs[:min(len(qs), 500)] {
		if a, err := b.eng.Ask(ctx, q.Question, index.Options{Limit: 1}); err == nil && a.Found {
			answered++
		}
	}
	return answered, min(len(qs), 500)
}
