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

// command is one row of the command table: its definition for Discord and
// the handler that returns its reply.
type command struct {
	def *discordgo.ApplicationCommand
	run func(b *Bot, r *request) *reply
	// kinds, for /aircraft and /who, are the fact-sheet kinds the name
	// option autocompletes from.
	kinds []corpus.Kind
	// answers marks commands that answer questions and so count against
	// the user's rate limit.
	answers bool
}

// commandOrder is the order commands are registered and listed in /help.
var commandOrder = []string{"ask", "search", "aircraft", "who", "timeline", "help", "stats", "reindex"}

// Option limits. /search keeps queries short so the More button can carry
// the query in its custom_id (at most 100 characters).
const (
	maxQuestionOption = index.MaxQuestionRunes
	maxSearchOption   = 80
	maxNameOption     = 100
	searchPage        = 3
)

func privateOption() *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{
		Type:        discordgo.ApplicationCommandOptionBoolean,
		Name:        "private",
		Description: "Only you see the answer",
	}
}

// Values the command definitions point at.
var (
	manageGuild int64 = discordgo.PermissionManageGuild
	// Commands work in servers and in the bot's DMs; /reindex only in
	// servers, where there are moderators.
	everywhere = []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	guildOnly  = []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
)

func commandTable() map[string]*command {
	return map[string]*command{
		"ask": {
			answers: true,
			def: &discordgo.ApplicationCommand{
				Name:        "ask",
				Description: "Ask anything about the story",
				Contexts:    &everywhere,
				Options: []*discordgo.ApplicationCommandOption{{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        "question",
					Description: "Your question, e.g. How many aircraft did Kazakhstan sell?",
					Required:    true,
					MaxLength:   maxQuestionOption,
				}, privateOption()},
			},
			run: (*Bot).runAsk,
		},
		"search": {
			answers: true,
			def: &discordgo.ApplicationCommand{
				Name:        "search",
				Description: "Search the story and page through the snippets",
				Contexts:    &everywhere,
				Options: []*discordgo.ApplicationCommandOption{{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        "query",
					Description: "Words to look for, e.g. sanctions",
					Required:    true,
					MaxLength:   maxSearchOption,
				}, privateOption()},
			},
			run: (*Bot).runSearch,
		},
		"aircraft": {
			answers: true,
			kinds:   index.AircraftKinds,
			def: &discordgo.ApplicationCommand{
				Name:        "aircraft",
				Description: "An aircraft's fact-sheet card and what the article says about it",
				Contexts:    &everywhere,
				Options: []*discordgo.ApplicationCommandOption{{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         "name",
					Description:  "Model, NATO name or alias, e.g. su-24, Fulcrum",
					Required:     true,
					Autocomplete: true,
					MaxLength:    maxNameOption,
				}, privateOption()},
			},
			run: (*Bot).runLookup,
		},
		"who": {
			answers: true,
			kinds:   index.WhoKinds,
			def: &discordgo.ApplicationCommand{
				Name:        "who",
				Description: "A person's or organisation's card and what the article says",
				Contexts:    &everywhere,
				Options: []*discordgo.ApplicationCommandOption{{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         "name",
					Description:  "Name or alias, e.g. cameron, Tokaev",
					Required:     true,
					Autocomplete: true,
					MaxLength:    maxNameOption,
				}, privateOption()},
			},
			run: (*Bot).runLookup,
		},
		"timeline": {
			def: &discordgo.ApplicationCommand{
				Name:        "timeline",
				Description: "The story's dated events, in order",
				Contexts:    &everywhere,
				Options:     []*discordgo.ApplicationCommandOption{privateOption()},
			},
			run: (*Bot).runTimeline,
		},
		"stats": {
			def: &discordgo.ApplicationCommand{
				Name:                     "stats",
				Description:              "Moderators: what people asked, what went unanswered, which answers got 👎",
				DefaultMemberPermissions: &manageGuild,
				Contexts:                 &guildOnly,
			},
			run: (*Bot).runStats,
		},
		"reindex": {
			def: &discordgo.ApplicationCommand{
				Name:        "reindex",
				Description: "Moderators: reload the story and fact sheet, optionally from an uploaded file",
				// Hidden from members without Manage Server by default, and
				// never in DMs; the handler checks again on every call,
				// because server admins can change who sees a command.
				DefaultMemberPermissions: &manageGuild,
				Contexts:                 &guildOnly,
				Options: []*discordgo.ApplicationCommandOption{{
					Type:        discordgo.ApplicationCommandOptionAttachment,
					Name:        "file",
					Description: "A replacement article (.md or .txt) or fact sheet (.yaml), at most 1 MiB",
				}},
			},
			run: (*Bot).runReindex,
		},
		"help": {
			def: &discordgo.ApplicationCommand{
				Name:        "help",
				Description: "What storybot knows and how to ask",
				Contexts:    &everywhere,
				Options:     []*discordgo.ApplicationCommandOption{privateOption()},
			},
			run: (*Bot).runHelp,
		},
	}
}

// request is an interaction as handlers see it: the options already read
// and type-checked.
type request struct {
	ctx     context.Context
	i       *discordgo.Interaction
	data    discordgo.ApplicationCommandInteractionData
	user    *discordgo.User
	command string
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
	// records it in the journal.
	answer *index.Answer
}

// errorReply is an ephemeral error message: only the user who caused it
// sees it.
func errorReply(msg string) *reply {
	return &reply{embeds: []*discordgo.MessageEmbed{errorEmbed(msg)}, ephemeral: true, outcome: "error", failed: true}
}

// questionError turns an engine error into words for the user.
func questionError(err error) *reply {
	switch {
	case errors.Is(err, index.ErrEmptyQuestion), errors.Is(err, index.ErrQuestionTooLong):
		msg := err.Error()
		return errorReply(strings.ToUpper(msg[:1]) + msg[1:] + ".")
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
		return questionError(err)
	}
	a, err := b.eng.Ask(r.ctx, q, index.Options{})
	if err != nil {
		return questionError(err)
	}
	return withVotes(&reply{embeds: []*discordgo.MessageEmbed{answerEmbed(q, a, true)}, ephemeral: r.private, outcome: outcome(a), answer: a})
}

func (b *Bot) runSearch(r *request) *reply {
	q, err := r.str("query")
	if err != nil {
		return questionError(err)
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
		return questionError(err)
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
		return questionError(err)
	}
	if n := utf8.RuneCountInString(name); n > maxNameOption {
		return errorReply(fmt.Sprintf("That name is %d characters long; names are at most %d.", n, maxNameOption))
	}
	a, err := b.eng.Lookup(r.ctx, name, b.commands[r.command].kinds, index.Options{Limit: 3})
	if errors.Is(err, index.ErrEmptyQuestion) {
		return errorReply("Give a name to look up, for example `/" + r.command + " name: …`.")
	}
	if err != nil {
		return questionError(err)
	}
	return withVotes(&reply{embeds: []*discordgo.MessageEmbed{cardEmbed(b.eng.Corpus(), a, name)}, ephemeral: r.private, outcome: outcome(a), answer: a})
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

func (b *Bot) runHelp(r *request) *reply {
	c := b.eng.Corpus()
	counts := map[corpus.Kind]int{}
	for _, e := range c.Entries {
		counts[e.Kind]++
	}
	var knows []string
	for _, k := range corpus.Kinds {
		if n := counts[k]; n > 0 {
			knows = append(knows, fmt.Sprintf("%d %s entries", n, k))
		}
	}
	e := &discordgo.MessageEmbed{
		Title: truncate("storybot: "+escapeMarkdown(c.Title), MaxEmbedTitle),
		Description: fmt.Sprintf("I answer questions about one news story, from the article (%d paragraphs) and a fact sheet (%s). "+
			"Facts the article does not state are marked *background*. When the story doesn't say, I say so.",
			len(c.Article.Paragraphs), strings.Join(knows, ", ")),
		Color: colourCard,
		Fields: []*discordgo.MessageEmbedField{
			{Name: "/ask question", Value: "Any question. `/ask question: How many aircraft did Kazakhstan sell?` · `When did Blinken visit Kazakhstan?` · `Who built the MiG-27?`"},
			{Name: "/aircraft name · /who name", Value: "A card from the fact sheet. Names, aliases, NATO names and Cyrillic all work, and the name autocompletes: `/aircraft name: Fencer` · `/who name: Tokaev`"},
			{Name: "/search query", Value: "Snippets only, with a More button to page through them: `/search query: sanctions`"},
			{Name: "Mention me", Value: "Write `@storybot who visited Astana?` in a channel, or message me directly."},
			{Name: "private", Value: "Every command takes `private: True` to show the answer to you alone."},
		},
	}
	return &reply{embeds: []*discordgo.MessageEmbed{e}, ephemeral: r.private, outcome: "help"}
}
