package bot

import (
	"context"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/bwmarrin/discordgo"
)

// noMentions is the allowed_mentions of every message the bot sends: a
// question quoting "@everyone", a role or a user never pings anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

func (b *Bot) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil {
		b.log.Warn("interaction event without an interaction")
		return
	}
	i := ic.Interaction
	start := time.Now()
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("interaction handler panicked", "type", i.Type, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		}
	}()
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		b.handleCommand(i, start)
	case discordgo.InteractionApplicationCommandAutocomplete:
		b.handleAutocomplete(i)
	case discordgo.InteractionMessageComponent:
		b.handleComponent(i, start)
	default:
		b.log.Warn("unhandled interaction type", "type", i.Type)
	}
}

// interactionUser is who sent an interaction: the member in a server, the
// user in a direct message.
func interactionUser(i *discordgo.Interaction) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	return i.User
}

// commandRequest reads a slash command interaction, refusing malformed ones
// instead of letting discordgo panic on them.
func (b *Bot) commandRequest(i *discordgo.Interaction) (*request, *command, error) {
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return nil, nil, fmt.Errorf("%w: no command data", errBadOption)
	}
	cmd, ok := b.commands[data.Name]
	if !ok {
		return nil, nil, fmt.Errorf("%w: unknown command %q", errBadOption, data.Name)
	}
	r := &request{i: i, data: data, user: interactionUser(i), command: data.Name, opts: map[string]*discordgo.ApplicationCommandInteractionDataOption{}}
	for _, o := range data.Options {
		if o != nil {
			r.opts[o.Name] = o
		}
	}
	r.private = r.flag("private")
	return r, cmd, nil
}

func (b *Bot) handleCommand(i *discordgo.Interaction, start time.Time) {
	r, cmd, err := b.commandRequest(i)
	if err != nil {
		b.log.Warn("malformed command interaction", "err", err)
		b.send(i, questionError(err), false, start, "?")
		return
	}
	if r.user == nil {
		b.log.Warn("command interaction without a user", "command", r.command)
		b.send(i, errorReply("I could not tell who asked; please try again."), false, start, r.command)
		return
	}
	if cmd.answers {
		if ok, wait := b.limiter.allow(r.user.ID, time.Now()); !ok {
			rep := errorReply(fmt.Sprintf("Slow down a little: you can ask again in %s.", roundUp(wait)))
			rep.outcome = "rate_limited"
			b.send(i, rep, false, start, r.command)
			return
		}
	}
	b.respond(i, r.private, false, start, r.command, func(ctx context.Context) *reply {
		r.ctx = ctx
		return cmd.run(b, r)
	})
}

// roundUp shows a wait in whole seconds, never "0s".
func roundUp(d time.Duration) time.Duration {
	return max(time.Second, d.Truncate(time.Second)+time.Second)
}

func (b *Bot) handleAutocomplete(i *discordgo.Interaction) {
	var choices []*discordgo.ApplicationCommandOptionChoice
	if data, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok {
		if cmd, ok := b.commands[data.Name]; ok && cmd.kinds != nil {
			typed := ""
			for _, o := range data.Options {
				if o != nil && o.Focused {
					typed, _ = o.Value.(string)
				}
			}
			for _, c := range b.eng.Complete(typed, cmd.kinds, MaxChoices) {
				choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: truncate(c.Name, MaxChoiceName), Value: c.Value})
			}
		}
	}
	if choices == nil {
		choices = []*discordgo.ApplicationCommandOptionChoice{}
	}
	err := b.s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
	if err != nil {
		b.log.Warn("autocomplete reply failed", "err", err)
	}
}

func (b *Bot) handleComponent(i *discordgo.Interaction, start time.Time) {
	data, ok := i.Data.(discordgo.MessageComponentInteractionData)
	if !ok {
		b.send(i, errorReply("That button came without its data."), false, start, "button")
		return
	}
	offset, q, ok := parseMoreID(data.CustomID)
	if !ok {
		b.log.Warn("unknown button", "custom_id", data.CustomID)
		b.send(i, errorReply("That button no longer works; run the command again."), false, start, "button")
		return
	}
	if u := interactionUser(i); u != nil {
		if ok, wait := b.limiter.allow(u.ID, time.Now()); !ok {
			rep := errorReply(fmt.Sprintf("Slow down a little: you can ask again in %s.", roundUp(wait)))
			rep.outcome = "rate_limited"
			b.send(i, rep, false, start, "more")
			return
		}
	}
	private := i.Message != nil && i.Message.Flags&discordgo.MessageFlagsEphemeral != 0
	b.respond(i, private, true, start, "more", func(ctx context.Context) *reply {
		rep := b.searchPage(ctx, q, offset, private)
		rep.update = rep.outcome != "error"
		return rep
	})
}

// respond runs a handler and sends its reply, acknowledging within
// Discord's deadline: directly when the handler is quick, otherwise with a
// deferred response (ephemeral if the reply will be) that the reply then
// replaces.
func (b *Bot) respond(i *discordgo.Interaction, private, update bool, start time.Time, name string, run func(context.Context) *reply) {
	ctx, cancel := context.WithTimeout(context.Background(), answerTimeout)
	done := make(chan *reply, 1)
	go func() {
		defer cancel()
		defer func() {
			if p := recover(); p != nil {
				b.log.Error("handler panicked", "command", name, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				done <- errorReply("Something went wrong answering that; please try again.")
			}
		}()
		done <- run(ctx)
	}()
	timer := time.NewTimer(b.cfg.DeferAfter)
	defer timer.Stop()
	select {
	case rep := <-done:
		b.send(i, rep, false, start, name)
	case <-timer.C:
		typ := discordgo.InteractionResponseDeferredChannelMessageWithSource
		if update {
			typ = discordgo.InteractionResponseDeferredMessageUpdate
		}
		var flags discordgo.MessageFlags
		if private {
			flags = discordgo.MessageFlagsEphemeral
		}
		if err := b.s.InteractionRespond(i, &discordgo.InteractionResponse{Type: typ, Data: &discordgo.InteractionResponseData{Flags: flags}}); err != nil {
			b.log.Warn("deferring failed", "command", name, "err", err)
		}
		b.send(i, <-done, true, start, name)
	}
}

// send delivers a reply: as the interaction's response, or, after a
// deferral, as an edit of the deferred response.
func (b *Bot) send(i *discordgo.Interaction, rep *reply, deferred bool, start time.Time, name string) {
	embeds := fit(rep.embeds)
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	components := rep.components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	content := truncate(rep.content, MaxContent)
	if err := checkLimits(content, embeds); err != nil && (content != "" || len(embeds) > 0) {
		// fit should make this impossible; say so loudly rather than
		// have Discord refuse the reply.
		b.log.Error("reply breaks a Discord limit", "command", name, "err", err)
	}
	var err error
	if deferred {
		_, err = b.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{
			Content:         &content,
			Embeds:          &embeds,
			Components:      &components,
			AllowedMentions: noMentions(),
		})
	} else {
		typ := discordgo.InteractionResponseChannelMessageWithSource
		if rep.update {
			typ = discordgo.InteractionResponseUpdateMessage
		}
		data := &discordgo.InteractionResponseData{
			Content:         content,
			Embeds:          embeds,
			Components:      components,
			AllowedMentions: noMentions(),
		}
		if rep.ephemeral && !rep.update {
			data.Flags = discordgo.MessageFlagsEphemeral
		}
		err = b.s.InteractionRespond(i, &discordgo.InteractionResponse{Type: typ, Data: data})
	}
	level := b.log.Info
	if err != nil {
		level = b.log.Error
	}
	level("answered interaction", "command", name, "outcome", rep.outcome, "guild", i.GuildID,
		"deferred", deferred, "latency", time.Since(start).Round(time.Microsecond), "err", err)
}
