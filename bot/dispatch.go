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

// job is a request routed to its handler: what to run, or the reply
// already decided (a malformed interaction, a rate limit, autocomplete).
type job struct {
	// i is the interaction; nil for a mention.
	i       *discordgo.Interaction
	name    string
	private bool
	// guild and userID say where and from whom the request came, for the
	// logs and the question log.
	guild, userID string
	// update edits the message a button is on instead of posting anew.
	update bool
	// now is a reply decided without running anything.
	now *discordgo.InteractionResponse
	// nowOutcome is logged for now.
	nowOutcome string
	run        func(context.Context) *reply
}

// outlet is where a job's reply goes: an interaction's response over REST,
// an HTTP interaction's response body, or a message replying to a mention.
type outlet interface {
	// acknowledge tells Discord the reply will follow, when the handler is
	// slow; an outlet that needs no acknowledgement does nothing.
	acknowledge(j job) error
	// send delivers the reply, after acknowledge when deferred.
	send(rep *reply, deferred bool) error
	// key is what a vote on the reply will carry (see answerKey).
	key() string
}

// route reads an interaction and decides how to answer it. It never
// panics on a malformed interaction: discordgo's accessors panic on the
// wrong interaction type, so the data is type-checked here instead.
func (b *Bot) route(i *discordgo.Interaction) job {
	j := b.routeType(i)
	j.i = i
	j.guild = i.GuildID
	if u := interactionUser(i); u != nil {
		j.userID = u.ID
	}
	return j
}

func (b *Bot) routeType(i *discordgo.Interaction) job {
	switch i.Type {
	case discordgo.InteractionPing:
		return job{name: "ping", now: &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}, nowOutcome: "pong"}
	case discordgo.InteractionApplicationCommand:
		return b.routeCommand(i)
	case discordgo.InteractionApplicationCommandAutocomplete:
		return job{name: "autocomplete", now: b.autocomplete(i), nowOutcome: "choices"}
	case discordgo.InteractionMessageComponent:
		return b.routeComponent(i)
	}
	b.log.Warn("unhandled interaction type", "type", i.Type)
	return b.refuse("interaction", errorReply("I can't handle that kind of interaction."))
}

// refuse is a job whose reply is an error, sent at once.
func (b *Bot) refuse(name string, rep *reply) job {
	return job{name: name, now: b.response(rep), nowOutcome: rep.outcome}
}

func (b *Bot) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil {
		b.log.Warn("interaction event without an interaction")
		return
	}
	i := ic.Interaction
	if !b.startWork() {
		return // shutting down: Discord shows the user that it failed
	}
	defer b.work.Done()
	if !b.claim(i) {
		return
	}
	start := time.Now()
	defer b.recoverSend("interaction")
	j := b.route(i)
	if j.now != nil {
		err := b.s.InteractionRespond(i, j.now)
		b.logAnswer(j, j.nowOutcome, false, start, err)
		return
	}
	b.serve(j, interactionOutlet{b: b, i: i}, start)
}

// recoverSend logs a panic outside a handler (runJob recovers those), so
// no request can take the process down: discordgo does not recover its
// handlers' panics.
func (b *Bot) recoverSend(what string) {
	if p := recover(); p != nil {
		b.log.Error("answering panicked", "request", what, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
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
	cmd, ok := b.table().byName[data.Name]
	if !ok {
		return nil, nil, fmt.Errorf("%w: unknown command %q", errBadOption, forLog(data.Name))
	}
	r := &request{i: i, data: data, user: interactionUser(i), command: data.Name, cmd: cmd, opts: map[string]*discordgo.ApplicationCommandInteractionDataOption{}}
	for _, o := range data.Options {
		if o != nil {
			r.opts[o.Name] = o
		}
	}
	r.private = r.flag("private")
	return r, cmd, nil
}

func (b *Bot) routeCommand(i *discordgo.Interaction) job {
	r, cmd, err := b.commandRequest(i)
	if err != nil {
		b.log.Warn("malformed command interaction", "err", err)
		return b.refuse("?", b.questionError(err))
	}
	if r.user == nil {
		b.log.Warn("command interaction without a user", "command", r.command)
		return b.refuse(r.command, errorReply("I could not tell who asked; please try again."))
	}
	if cmd.answers {
		if rep := b.limit(r.user.ID); rep != nil {
			return b.refuse(r.command, rep)
		}
	}
	return job{name: r.command, private: r.private || cmd.private, run: func(ctx context.Context) *reply {
		r.ctx = ctx
		return cmd.run(b, r)
	}}
}

// limit takes a question from the user's allowance, or returns the "slow
// down" reply.
func (b *Bot) limit(userID string) *reply {
	ok, wait := b.limiter.allow(userID, time.Now())
	if ok {
		return nil
	}
	b.metrics.rateLimited.Inc()
	rep := errorReply(fmt.Sprintf("Slow down a little: you can ask again in %s.", roundUp(wait)))
	rep.outcome = "rate_limited"
	return rep
}

// roundUp shows a wait in whole seconds, never "0s".
func roundUp(d time.Duration) time.Duration {
	return max(time.Second, d.Truncate(time.Second)+time.Second)
}

// autocomplete suggests fact-sheet names for the option being typed.
func (b *Bot) autocomplete(i *discordgo.Interaction) *discordgo.InteractionResponse {
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	if data, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok {
		if cmd, ok := b.table().byName[data.Name]; ok && cmd.adminOnly {
			ctx, cancel := context.WithTimeout(context.Background(), claimTimeout)
			defer cancel()
			choices = b.versionChoices(ctx, i)
		} else if ok && cmd.kinds != nil {
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
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	}
}

func (b *Bot) routeComponent(i *discordgo.Interaction) job {
	data, ok := i.Data.(discordgo.MessageComponentInteractionData)
	if !ok {
		return b.refuse("button", errorReply("That button came without its data."))
	}
	switch data.CustomID {
	case voteUp, voteDown:
		return b.routeVote(i, data.CustomID == voteUp)
	}
	offset, q, ok := parseMoreID(data.CustomID)
	if !ok {
		b.log.Warn("unknown button", "custom_id", forLog(data.CustomID))
		return b.refuse("button", errorReply("That button no longer works; run the command again."))
	}
	if u := interactionUser(i); u != nil {
		if rep := b.limit(u.ID); rep != nil {
			return b.refuse("more", rep)
		}
	}
	private := i.Message != nil && i.Message.Flags&discordgo.MessageFlagsEphemeral != 0
	return job{name: "more", private: private, update: true, run: func(ctx context.Context) *reply {
		rep := b.searchPage(ctx, q, offset, private)
		rep.update = !rep.failed
		return rep
	}}
}

// runJob runs a job's handler with a timeout, turning a panic into an
// error reply.
func (b *Bot) runJob(j job) (rep *reply) {
	ctx, cancel := context.WithTimeout(context.Background(), answerTimeout)
	defer cancel()
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("handler panicked", "command", j.name, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			rep = errorReply("Something went wrong answering that; please try again.")
		}
	}()
	return j.run(ctx)
}

// serve runs a job and sends its reply through out, acknowledging within
// Discord's deadline when the handler is slow: with a deferred response
// (ephemeral if the reply will be) that the reply then replaces.
func (b *Bot) serve(j job, out outlet, start time.Time) {
	rep, later := b.runQuickly(j)
	deferred := rep == nil
	if deferred {
		if err := out.acknowledge(j); err != nil {
			b.log.Warn("deferring failed", "command", j.name, "err", err)
		}
		rep = <-later
	}
	b.deliver(j, out, rep, deferred, start)
}

// deliver sends a reply and does what every reply needs: the question log
// (before sending, with the key votes on the answer will carry, so a vote
// always finds it), the log line and the metrics. A page turned is not a
// new question, so updates are not recorded.
func (b *Bot) deliver(j job, out outlet, rep *reply, deferred bool, start time.Time) {
	if rep.answer != nil && !rep.update && j.userID != "" {
		// A slow database must not hold the reply up: past the
		// deadline the record waits in the log's queue.
		ctx, cancel := context.WithTimeout(context.Background(), recordTimeout)
		defer cancel()
		b.record(ctx, j.name, j.guild, j.userID, out.key(), rep.answer)
	}
	err := out.send(rep, deferred)
	b.logAnswer(j, rep.outcome, deferred, start, err)
}

// recordTimeout is how long recording a question may hold up its reply.
const recordTimeout = 500 * time.Millisecond

// runQuickly runs a job and returns its reply if it comes within
// DeferAfter; otherwise it returns a channel the reply will come on.
func (b *Bot) runQuickly(j job) (*reply, <-chan *reply) {
	done := make(chan *reply, 1)
	go func() { done <- b.runJob(j) }()
	timer := time.NewTimer(b.cfg.DeferAfter)
	defer timer.Stop()
	select {
	case rep := <-done:
		return rep, nil
	case <-timer.C:
		return nil, done
	}
}

// deferral acknowledges an interaction whose reply will come later.
func deferral(j job) *discordgo.InteractionResponse {
	typ := discordgo.InteractionResponseDeferredChannelMessageWithSource
	if j.update {
		typ = discordgo.InteractionResponseDeferredMessageUpdate
	}
	var flags discordgo.MessageFlags
	if j.private {
		flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: typ, Data: &discordgo.InteractionResponseData{Flags: flags}}
}

// interactionOutlet answers an interaction received over the gateway (or
// finishes a deferred HTTP one) with REST calls.
//
// Votes on the answer are keyed by the interaction's id, not the message's:
// a message created by an interaction response carries that id as
// interaction_metadata.id, which Discord sends back with every button
// click on it. The message id itself is only known after an extra GET of
// @original for an immediate response, and not at all for an HTTP
// interaction answered in the HTTP response, so keying by it would cost a
// REST call per answer and still miss cases.
type interactionOutlet struct {
	b *Bot
	i *discordgo.Interaction
}

func (o interactionOutlet) acknowledge(j job) error {
	return o.b.s.InteractionRespond(o.i, deferral(j))
}

func (o interactionOutlet) key() string { return o.i.ID }

func (o interactionOutlet) send(rep *reply, deferred bool) error {
	if !deferred {
		return o.b.s.InteractionRespond(o.i, o.b.response(rep))
	}
	embeds, components, content := o.b.payload(rep)
	_, err := o.b.s.InteractionResponseEdit(o.i, &discordgo.WebhookEdit{
		Content:         &content,
		Embeds:          &embeds,
		Components:      &components,
		AllowedMentions: noMentions(),
	})
	return err
}

// answerKey is the key a vote on m finds its question by: the id of the
// interaction m answered (see interactionOutlet), or the id of the
// mention m replies to (see messageOutlet). Both are known before the
// answer is sent.
func answerKey(m *discordgo.Message) string {
	switch {
	case m.InteractionMetadata != nil && m.InteractionMetadata.ID != "":
		return m.InteractionMetadata.ID
	case m.Interaction != nil && m.Interaction.ID != "":
		return m.Interaction.ID
	case m.MessageReference != nil && m.MessageReference.MessageID != "":
		return m.MessageReference.MessageID
	}
	return m.ID
}

// payload fits a reply's parts to Discord's limits.
func (b *Bot) payload(rep *reply) ([]*discordgo.MessageEmbed, []discordgo.MessageComponent, string) {
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
		b.log.Error("reply breaks a Discord limit", "err", err)
	}
	return embeds, components, content
}

// response is a reply as an interaction response: a new message, or an
// update of the message a button is on.
func (b *Bot) response(rep *reply) *discordgo.InteractionResponse {
	embeds, components, content := b.payload(rep)
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
	return &discordgo.InteractionResponse{Type: typ, Data: data}
}

// logAnswer logs one answered request and counts it.
func (b *Bot) logAnswer(j job, outcome string, deferred bool, start time.Time, err error) {
	took := time.Since(start)
	b.metrics.observe(j.name, outcome, took)
	attrs := []any{"command", j.name, "outcome", outcome, "guild", j.guild, "deferred", deferred, "latency", took.Round(time.Microsecond)}
	what := "interaction"
	if j.i == nil {
		what = "mention"
	}
	if err != nil {
		b.log.Error("answering "+what+" failed", append(attrs, "err", err)...)
		return
	}
	b.log.Info("answered "+what, attrs...)
}
