package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"storybot/corpus"
	"storybot/reload"
)

// isModerator reports whether the member behind an interaction may
// reindex: Manage Server or Administrator in this server, or one of the
// configured moderator roles. Checked on every call, whatever Discord
// showed the member: server admins can override command permissions, and a
// misrouted interaction must not get through.
func (b *Bot) isModerator(i *discordgo.Interaction) bool {
	if i.Member == nil || i.GuildID == "" {
		return false // direct messages have no moderators
	}
	if i.Member.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0 {
		return true
	}
	for _, r := range i.Member.Roles {
		if slices.Contains(b.cfg.ModRoles, r) {
			return true
		}
	}
	return false
}

func (b *Bot) runReindex(r *request) *reply {
	who := "unknown"
	if r.user != nil {
		who = r.user.Username
	}
	if !b.isAdminGuild(r.i.GuildID) {
		b.log.Warn("reindex refused outside the admin servers", "user", who, "guild", r.i.GuildID)
		b.metrics.reindexes.WithLabelValues("refused").Inc()
		rep := errorReply("The story can only be changed from the bot's admin servers; nothing changed.")
		rep.outcome = "refused"
		return rep
	}
	if !b.isModerator(r.i) {
		b.log.Warn("reindex refused", "user", who, "guild", r.i.GuildID)
		b.metrics.reindexes.WithLabelValues("refused").Inc()
		rep := errorReply("Only moderators (Manage Server) can reindex.")
		rep.outcome = "refused"
		return rep
	}
	if b.cfg.Reindexer == nil {
		return errorReply("Reindexing is not available here.")
	}
	before := b.table()
	res, file, rep := b.reindex(r, who)
	if rep != nil {
		return rep
	}
	b.metrics.reindexes.WithLabelValues("ok").Inc()
	answered, of := b.nowAnswered(r.ctx)
	b.log.Info("reindexed", "user", who, "guild", r.i.GuildID, "file", forLog(file), "took", res.Took,
		"paragraphs", res.Report.Paragraphs, "entries", res.Report.Entries, "documents", res.Stats.Documents,
		"entries_added", len(res.Report.EntriesAdded), "entries_removed", len(res.Report.EntriesRemoved),
		"entries_changed", len(res.Report.EntriesChanged))
	e := reindexEmbed(res, file)
	if f := b.commandsChange(before); f != nil {
		e.Fields = append(e.Fields, f)
	}
	if of > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
			Name:  "Logged unanswered questions",
			Value: fmt.Sprintf("%d of %d are now answered.", answered, of),
		})
	}
	return &reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: true, outcome: "reindexed"}
}

// reindex rebuilds from the corpus directory, from the uploaded file
// when there is one, or from an earlier version; it returns what was built
// and the file's name, or the reply saying why nothing changed.
func (b *Bot) reindex(r *request, who string) (*reload.Result, string, *reply) {
	var (
		res  *reload.Result
		err  error
		file string
	)
	o, upload := r.opts["file"]
	v, rollback := r.opts["version"]
	switch {
	case upload && rollback && o != nil && v != nil:
		return nil, "", errorReply("Give a file or a version, not both; nothing changed.")
	case upload && o != nil:
		var name string
		var data []byte
		file, name, data, err = b.download(r.ctx, r, o)
		file = cleanInput(file)
		if err != nil {
			b.log.Warn("reindex upload refused", "user", who, "file", forLog(file), "err", err)
			return nil, file, errorReply("Upload refused: " + escapeMarkdown(err.Error()) + ". Nothing changed.")
		}
		res, err = b.cfg.Reindexer.Replace(r.ctx, who, name, data)
	case rollback && v != nil:
		n, ok := optionInt(v)
		if !ok || n < 1 {
			return nil, "", errorReply("The version is a number from the list; nothing changed.")
		}
		res, err = b.cfg.Reindexer.Rollback(r.ctx, who, n)
	default:
		res, err = b.cfg.Reindexer.Reindex(r.ctx, who)
	}
	if err != nil {
		b.log.Warn("reindex failed", "user", who, "file", forLog(file), "err", err)
		result := "failed"
		var ve *corpus.ValidationError
		if errors.As(err, &ve) {
			result = "invalid"
		}
		b.metrics.reindexes.WithLabelValues(result).Inc()
		return nil, file, reindexError(err)
	}
	return res, file, nil
}

// optionInt reads an integer option, which arrives as a JSON number.
func optionInt(o *discordgo.ApplicationCommandInteractionDataOption) (int64, bool) {
	switch v := o.Value.(type) {
	case float64:
		return int64(v), v == float64(int64(v))
	case string:
		n, err := strconv.ParseInt(v, 10, 64)
		return n, err == nil
	}
	return 0, false
}

// versionChoices lists recent versions for /reindex version:, with who
// published each and when; in admin servers only, to moderators.
func (b *Bot) versionChoices(ctx context.Context, i *discordgo.Interaction) []*discordgo.ApplicationCommandOptionChoice {
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	if b.cfg.Reindexer == nil || !b.isAdminGuild(i.GuildID) || !b.isModerator(i) {
		return choices
	}
	vs, err := b.cfg.Reindexer.Versions(ctx, MaxChoices)
	if err != nil {
		return choices
	}
	for _, v := range vs {
		name := fmt.Sprintf("%d · %s · %s", v.N, v.Time.UTC().Format("2006-01-02 15:04 UTC"), v.Who)
		if first, _, _ := strings.Cut(v.Report, "\n"); first != "" {
			name += " · " + first
		}
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: truncate(name, MaxChoiceName), Value: v.N})
	}
	return choices
}

// commandsChange says how the reindex changed the commands, which the
// swap registered with Discord (see RefreshCommands), and whether Discord
// took them; nil when they did not change.
func (b *Bot) commandsChange(before *commandTable) *discordgo.MessageEmbedField {
	now := b.table()
	if before.same(now) {
		return nil
	}
	msg := describeChange(before, now) + "."
	if !b.commandsRegistered(now) {
		msg += " Registering them with Discord failed; the next reindex tries again."
	}
	return &discordgo.MessageEmbedField{Name: "Slash commands", Value: msg}
}

// reindexError words a failed reindex; a broken corpus is quoted with its
// file and line.
func reindexError(err error) *reply {
	var v *corpus.ValidationError
	switch {
	case errors.As(err, &v):
		return errorReply("The corpus has problems, so nothing changed and I keep answering from the current version:\n```\n" +
			strings.ReplaceAll(truncate(v.Error(), 3500), "```", "'''") + "\n```")
	case errors.Is(err, reload.ErrBusy), errors.Is(err, reload.ErrNoCorpusDir), errors.Is(err, reload.ErrStoreDown),
		errors.Is(err, reload.ErrNoStore), errors.Is(err, reload.ErrBudget):
		msg := err.Error()
		return errorReply(strings.ToUpper(msg[:1]) + msg[1:] + ".")
	}
	return errorReply("Reindexing failed, so nothing changed: " + escapeMarkdown(err.Error()))
}

func reindexEmbed(res *reload.Result, file string) *discordgo.MessageEmbed {
	r := res.Report
	e := &discordgo.MessageEmbed{
		Title:       "Reindexed",
		Description: fmt.Sprintf("Built in %v: %d paragraphs, %d fact-sheet entries, %d documents.", res.Took.Round(10_000), r.Paragraphs, r.Entries, res.Stats.Documents),
		Color:       colourCard,
	}
	if file != "" {
		e.Description = "Saved " + escapeMarkdown(file) + ".\n" + e.Description
	}
	if res.Version > 0 {
		e.Description += fmt.Sprintf("\nPublished as version %d: every replica switches to it.", res.Version)
	}
	if r.Empty() {
		e.Description += "\nNo changes."
	}
	for _, f := range []struct {
		name  string
		items []string
	}{
		{"Paragraphs added", r.ParagraphsAdded}, {"Paragraphs removed", r.ParagraphsRemoved}, {"Paragraphs changed", r.ParagraphsChanged},
		{"Entries added", r.EntriesAdded}, {"Entries removed", r.EntriesRemoved}, {"Entries changed", r.EntriesChanged},
		{"Aliases added", r.AliasesAdded}, {"Aliases removed", r.AliasesRemoved},
	} {
		if len(f.items) > 0 {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
				Name:  fmt.Sprintf("%s (%d)", f.name, len(f.items)),
				Value: truncate(escapeMarkdown(strings.Join(f.items, ", ")), MaxFieldValue),
			})
		}
	}
	return e
}

// download fetches an uploaded corpus file through the bot's HTTP client,
// refusing wrong types and anything over corpus.MaxFileSize before and
// while reading it.
func (b *Bot) download(ctx context.Context, r *request, o *discordgo.ApplicationCommandInteractionDataOption) (filename, target string, data []byte, err error) {
	id, ok := o.Value.(string)
	if o.Type != discordgo.ApplicationCommandOptionAttachment || !ok {
		return "", "", nil, errors.New("the file option is not an attachment")
	}
	var att *discordgo.MessageAttachment
	if r.data.Resolved != nil {
		att = r.data.Resolved.Attachments[id]
	}
	if att == nil || att.URL == "" {
		return "", "", nil, errors.New("the attachment is missing from the command")
	}
	filename = att.Filename
	target, err = corpus.UploadTarget(att.Filename)
	if err != nil {
		return filename, "", nil, err
	}
	if att.Size > corpus.MaxFileSize {
		return filename, "", nil, fmt.Errorf("%s is %d bytes; the limit is %d", att.Filename, att.Size, corpus.MaxFileSize)
	}
	if ct := att.ContentType; ct != "" && !textType(ct) {
		return filename, "", nil, fmt.Errorf("%s is %s, not text", att.Filename, ct)
	}
	if !b.attachmentHost(att.URL) {
		return filename, "", nil, fmt.Errorf("%s is not on Discord's attachment servers", att.Filename)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, att.URL, nil)
	if err != nil {
		return filename, "", nil, errors.New("bad attachment URL")
	}
	resp, err := b.downloadClient().Do(req)
	if err != nil {
		return filename, "", nil, fmt.Errorf("could not download %s", att.Filename)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return filename, "", nil, fmt.Errorf("downloading %s failed (%s)", att.Filename, resp.Status)
	}
	data, err = io.ReadAll(io.LimitReader(resp.Body, corpus.MaxFileSize+1))
	switch {
	case err != nil:
		return filename, "", nil, fmt.Errorf("downloading %s failed", att.Filename)
	case len(data) > corpus.MaxFileSize:
		return filename, "", nil, fmt.Errorf("%s is larger than %d bytes", att.Filename, corpus.MaxFileSize)
	}
	if err := corpus.CheckText(att.Filename, data); err != nil {
		// The same words as a file on disk gets: a NUL byte, bad UTF-8.
		return filename, "", nil, err
	}
	return filename, target, data, nil
}

// attachmentHosts are the hosts Discord serves attachments from.
var attachmentHosts = []string{"cdn.discordapp.com", "media.discordapp.net"}

// attachmentHost reports whether an attachment URL is on Discord's
// attachment hosts, or on the host of DISCORD_API_URL when the bot's
// HTTP client is a RedirectClient (a fake Discord in tests). Anything else
// in an interaction is forged, and is not fetched.
func (b *Bot) attachmentHost(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" && u.Scheme != "http" || u.User != nil {
		return false
	}
	if b.apiHost != "" && u.Host == b.apiHost {
		return true
	}
	return u.Scheme == "https" && slices.Contains(attachmentHosts, strings.ToLower(u.Host))
}

// downloadClient is the bot's HTTP client, following redirects only to
// attachment hosts.
func (b *Bot) downloadClient() *http.Client {
	c := *b.s.Client
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= 3 || !b.attachmentHost(req.URL.String()) {
			return errors.New("redirected away from Discord's attachment servers")
		}
		return nil
	}
	return &c
}

// textType accepts the content types Discord gives text, Markdown and YAML
// files.
func textType(ct string) bool {
	ct = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	return strings.HasPrefix(ct, "text/") || strings.Contains(ct, "yaml") || ct == "application/octet-stream"
}
