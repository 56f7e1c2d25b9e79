package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"storybot/corpus"
	"storybot/index"
)

// Option limits. /search keeps queries short so the More button can carry
// the query in its custom_id (at most 100 characters).
const (
	maxQuestionOption = index.MaxQuestionRunes
	maxSearchOption   = 80
	maxNameOption     = 100
	searchPage        = 3
)

// request is an interaction as handlers see it: the options already read
// and type-checked.
type request struct {
	ctx     context.Context
	i       *discordgo.Interaction
	data    discordgo.ApplicationCommandInteractionData
	user    *discordgo.User
	command string
	cmd     *command
	opts    map[string]*discordgo.ApplicationCommandInteractionDataOption
	private bool
}

// errBadOption reports an option that is missing or of the wrong type.
var errBadOption = errors.New("malformed option")

// str returns a string option as cleanInput reads it, checking its type:
// discordgo's StringValue panics on anything else.
func (r *request) str(name string) (string, error) {
	o, ok := r.opts[name]
	if !ok || o == nil {
		return "", fmt.Errorf("%w: %q is missing", errBadOption, name)
	}
	s, ok := o.Value.(string)
	if o.Type != discordgo.ApplicationCommandOptionString || !ok {
		return "", fmt.Errorf("%w: %q is not text", errBadOption, name)
	}
	return cleanInput(s), nil
}

// flag returns a boolean option, false when absent or malformed.
func (r *request) flag(name string) bool {
	o, ok := r.opts[name]
	if !ok || o == nil || o.Type != discordgo.ApplicationCommandOptionBoolean {
		return false
	}
	v, _ := o.Value.(bool)
	return v
}

// reply is what a handler returns; only the dispatcher sends it.
type reply struct {
	content    string
	embeds     []*discordgo.MessageEmbed
	components []discordgo.MessageComponent
	ephemeral  bool
	// update edits the message a button is on instead of posting anew.
	update bool
	// outcome is logged and counted: "found", "not_found", "error",
	// "rate_limited", ... Nothing decides behaviour from it.
	outcome string
	// failed marks an error reply: it carries no votes and never replaces
	// the message a button is on.
	failed bool
	// answer is the engine's answer behind the reply, if any; runJob
	// records it in the question log.
	answer *index.Answer
}

// errorReply is an ephemeral error message: only the user who caused it
// sees it.
func errorReply(msg string) *reply {
	return &reply{embeds: []*discordgo.MessageEmbed{errorEmbed(msg)}, ephemeral: true, outcome: "error", failed: true}
}

// questionError turns an engine error into words for the user.
func (b *Bot) questionError(err error) *reply {
	switch {
	case errors.Is(err, index.ErrEmptyQuestion):
		return errorReply("The question is empty: ask something about the story, for example “" + escapeMarkdown(b.examples(1)[0]) + "”.")
	case errors.Is(err, index.ErrQuestionTooLong):
		return errorReply(fmt.Sprintf("The question is too long: keep it under %d characters.", index.MaxQuestionRunes))
	case errors.Is(err, errBadOption):
		return errorReply("That command came without the options it needs; please try again.")
	}
	return errorReply("Something went wrong answering that; please try again.")
}

func outcome(a *index.Answer) string {
	if a.Found {
		return "found"
	}
	return "not_found"
}

func (b *Bot) runAsk(r *request) *reply {
	q, err := r.str("question")
	if err != nil {
		return b.questionError(err)
	}
	a, err := b.eng.Ask(r.ctx, q, index.Options{})
	if err != nil {
		return b.questionError(err)
	}
	return withVotes(&reply{embeds: []*discordgo.MessageEmbed{answerEmbed(q, a, true)}, ephemeral: r.private, outcome: outcome(a), answer: a})
}

func (b *Bot) runSearch(r *request) *reply {
	q, err := r.str("query")
	if err != nil {
		return b.questionError(err)
	}
	return b.searchPage(r.ctx, q, 0, r.private)
}

// searchPage renders one page of /search results, with a More button
// carrying the query and the next offset when there are more.
func (b *Bot) searchPage(ctx context.Context, q string, offset int, private bool) *reply {
	if utf8.RuneCountInString(q) > maxSearchOption {
		return errorReply(fmt.Sprintf("Search for at most %d characters; for longer questions use /ask.", maxSearchOption))
	}
	a, err := b.eng.Ask(ctx, q, index.Options{Limit: searchPage, Offset: offset})
	if err != nil {
		return b.questionError(err)
	}
	rep := &reply{embeds: []*discordgo.MessageEmbed{answerEmbed("Search: "+q, a, false)}, ephemeral: private, outcome: outcome(a), answer: a}
	if next := offset + searchPage; a.Found && next < a.Total {
		rep.components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "More", Style: discordgo.SecondaryButton, CustomID: moreID(next, q)},
		}}}
	}
	return withVotes(rep)
}

// moreID encodes a search page in a button's custom_id: "more:OFFSET:QUERY".
func moreID(offset int, q string) string {
	return "more:" + strconv.Itoa(offset) + ":" + q
}

// parseMoreID decodes moreID, refusing anything another client could have
// forged: a bad offset, an over-long query.
func parseMoreID(id string) (int, string, bool) {
	rest, ok := strings.CutPrefix(id, "more:")
	if !ok {
		return 0, "", false
	}
	num, q, ok := strings.Cut(rest, ":")
	offset, err := strconv.Atoi(num)
	if !ok || err != nil || offset < 0 || offset > 1000 || q == "" || utf8.RuneCountInString(q) > maxSearchOption {
		return 0, "", false
	}
	return offset, cleanInput(q), true
}

func (b *Bot) runLookup(r *request) *reply {
	name, err := r.str("name")
	if err != nil {
		return b.questionError(err)
	}
	if n := utf8.RuneCountInString(name); n > maxNameOption {
		return errorReply(fmt.Sprintf("That name is %d characters long; names are at most %d.", n, maxNameOption))
	}
	a, err := b.eng.Lookup(r.ctx, name, r.cmd.kinds, index.Options{Limit: 3})
	if errors.Is(err, index.ErrEmptyQuestion) {
		return errorReply("Give a name to look up, for example `/" + r.command + " name: …`.")
	}
	if err != nil {
		return b.questionError(err)
	}
	// The card is drawn from the story the answer was found in, though a
	// reindex came since.
	return withVotes(&reply{embeds: []*discordgo.MessageEmbed{cardEmbed(a.Corpus(), a, name)}, ephemeral: r.private, outcome: outcome(a), answer: a})
}

func (b *Bot) runTimeline(r *request) *reply {
	c := b.eng.Corpus()
	e := &discordgo.MessageEmbed{Title: "Timeline", Color: colourCard,
		Description: "Dated facts from the fact sheet, oldest first. *Background* marks dates the article does not give."}
	var lines []string
	for _, d := range c.Timeline() {
		line := fmt.Sprintf("**%s** · %s", escapeMarkdown(d.When), escapeMarkdown(d.What()))
		if d.Source == corpus.SourceBackground {
			line += " *(background)*"
		} else {
			line += " *(article)*"
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		lines = []string{"The fact sheet has no dated facts."}
	}
	e.Description = truncate(e.Description+"\n\n"+strings.Join(lines, "\n"), MaxEmbedDesc)
	return &reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: r.private, outcome: "timeline"}
}

// examples returns n example questions about the story being served.
func (b *Bot) examples(n int) []string {
	return exampleQuestions(b.eng.Corpus(), n)
}

// escapeCode keeps text inside `…` intact.
func escapeCode(s string) string { return strings.ReplaceAll(s, "`", "'") }

func (b *Bot) runHelp(r *request) *reply {
	// The story and its commands from one table, so a swap in between
	// cannot mix two stories.
	t := b.table()
	c := t.corpus
	e := &discordgo.MessageEmbed{
		Title: truncate("storybot: "+escapeMarkdown(c.Title), MaxEmbedTitle),
		Description: fmt.Sprintf("I answer questions about one news story, from the article (%d paragraphs)%s. "+
			"Facts the article does not state are marked *background*. When the story doesn't say, I say so.",
			len(c.Article.Paragraphs), kindCounts(c)),
		Color: colourCard,
	}
	var asks []string
	for _, q := range exampleQuestions(c, 3) {
		asks = append(asks, "`"+escapeCode(q)+"`")
	}
	var names, cards []string
	for _, l := range t.lookups {
		names = append(names, "/"+l.Name+" name")
		if l.Example != "" {
			cards = append(cards, "`/"+l.Name+" name: "+escapeCode(l.Example)+"`")
		}
	}
	e.Fields = []*discordgo.MessageEmbedField{
		{Name: "/ask question", Value: "Any question: " + strings.Join(asks, " · ")},
		{Name: strings.Join(names, " · "), Value: strings.TrimSuffix("A card from the fact sheet. Names and aliases work, and the name autocompletes: "+strings.Join(cards, " · "), ": ")},
		{Name: "/search query", Value: "Snippets only, with a More button to page through them: `/search query: " + escapeCode(searchExample(c)) + "`"},
		{Name: "Mention me", Value: "Write `@storybot " + escapeCode(exampleQuestions(c, 1)[0]) + "` in a channel, or message me directly."},
		{Name: "private", Value: "Every command takes `private: True` to show the answer to you alone."},
	}
	return &reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: r.private, outcome: "help"}
}

// kindCounts words the fact sheet for /help: how many entries of each kind
// there are, in the order kinds first appear (" and a fact sheet (6
// vehicle entries, 4 person entries)"), or nothing when there are none.
func kindCounts(c *corpus.Corpus) string {
	counts := map[corpus.Kind]int{}
	var kinds []corpus.Kind
	for _, e := range c.Entries {
		if counts[e.Kind] == 0 {
			kinds = append(kinds, e.Kind)
		}
		counts[e.Kind]++
	}
	if len(kinds) == 0 {
		return ""
	}
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%d %s entries", counts[k], k)
		if counts[k] == 1 {
			parts[i] = fmt.Sprintf("1 %s entry", k)
		}
	}
	return " and a fact sheet (" + strings.Join(parts, ", ") + ")"
}
