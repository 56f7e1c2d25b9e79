package bot

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"

	"storybot/corpus"
)

// command is one row of the command table: its definition for Discord and
// the handler that returns its reply.
type command struct {
	def *discordgo.ApplicationCommand
	run func(b *Bot, r *request) *reply
	// kinds, for lookup commands, are the fact-sheet kinds the name
	// option looks up and autocompletes from.
	kinds []corpus.Kind
	// answers marks commands that answer questions and so count against
	// the user's rate limit.
	answers bool
	// adminOnly commands change the story: registered in the admin
	// servers only (see Config.AdminGuilds), and refused elsewhere.
	adminOnly bool
	// private commands answer only the caller, from the first response
	// on: a deferral made public cannot be made private by its edit.
	private bool
}

// commandTable is the bot's commands for one corpus: the fixed ones, /who,
// and the lookups the corpus declares, in the order they are registered
// and listed in /help.
type commandTable struct {
	corpus *corpus.Corpus
	byName map[string]*command
	order  []string
	// lookups are the lookup commands, /who last, for /help.
	lookups []corpus.Command
}

// defs are the table's definitions in order, for a bulk overwrite.
func (t *commandTable) defs() []*discordgo.ApplicationCommand {
	out := make([]*discordgo.ApplicationCommand, 0, len(t.order))
	for _, name := range t.order {
		out = append(out, t.byName[name].def)
	}
	return out
}

// same reports whether two tables register the same definitions.
func (t *commandTable) same(u *commandTable) bool {
	a, aerr := json.Marshal(t.defs())
	b, berr := json.Marshal(u.defs())
	return aerr == nil && berr == nil && string(a) == string(b)
}

// whoCommand is /who, which every story has.
func whoCommand(c *corpus.Corpus) corpus.Command {
	d := corpus.Command{Name: "who", Kinds: corpus.WhoKinds(), Description: "A person's or organisation's card and what the article says"}
	d.Example = firstEntryName(c, d.Kinds)
	return d
}

// firstEntryName returns the name of the first entry of the given kinds,
// or "" when there is none.
func firstEntryName(c *corpus.Corpus, kinds []corpus.Kind) string {
	if c == nil {
		return ""
	}
	for _, e := range c.Entries {
		if slices.Contains(kinds, e.Kind) {
			return e.Name
		}
	}
	return ""
}

// exampleQuestions returns up to n (at least one) questions about c to
// show as examples: the fact sheet's own, else ones made from its entries
// or the article (see corpus.ExampleQuestions).
func exampleQuestions(c *corpus.Corpus, n int) []string {
	var out []string
	if c != nil {
		out = c.ExampleQuestions(n)
	}
	if len(out) == 0 {
		out = []string{"What is the story about?"}
	}
	return out
}

// buildTable makes the command table for a corpus: the fixed commands,
// the lookups it declares and /who. A lookup whose name clashes with
// another command or breaks Discord's rules is left out.
func (b *Bot) buildTable(c *corpus.Corpus) *commandTable {
	ex := exampleQuestions(c, 1)[0]
	t := &commandTable{corpus: c, byName: map[string]*command{}}
	add := func(name string, cmd *command) {
		t.byName[name] = cmd
		t.order = append(t.order, name)
	}
	fixed := fixedCommands(ex, searchExample(c))
	add("ask", fixed["ask"])
	add("search", fixed["search"])
	var lookups []corpus.Command
	if c != nil {
		lookups = c.Commands
	}
	for _, l := range append(slices.Clip(lookups), whoCommand(c)) {
		cmd := lookupCommand(l)
		if _, taken := t.byName[l.Name]; taken || fixed[l.Name] != nil || checkCommand(cmd.def) != nil {
			b.log.Warn("the corpus declares a lookup command that cannot be registered; left out", "command", forLog(l.Name))
			continue
		}
		add(l.Name, cmd)
		t.lookups = append(t.lookups, l)
	}
	for _, name := range []string{"timeline", "help", "stats", "reindex"} {
		add(name, fixed[name])
	}
	return t
}

// searchExample is words to show in /search's hint: a name from the fact
// sheet, else a section heading.
func searchExample(c *corpus.Corpus) string {
	if c != nil && len(c.Entries) > 0 {
		return c.Entries[0].Name
	}
	if c != nil {
		for _, s := range c.Article.Sections {
			if s != "" {
				return s
			}
		}
	}
	return "a name"
}

func privateOption() *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{
		Type:        discordgo.ApplicationCommandOptionBoolean,
		Name:        "private",
		Description: "Only you see the answer",
	}
}

// Values the command definitions point at.
var (
	oneVersion  float64 = 1
	manageGuild int64   = discordgo.PermissionManageGuild
	// Commands work in servers and in the bot's DMs; /reindex only in
	// servers, where there are moderators.
	everywhere = []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	guildOnly  = []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
)

// lookupCommand is the row of a lookup command.
func lookupCommand(l corpus.Command) *command {
	hint := "Name or alias"
	if l.Example != "" {
		hint += ", e.g. " + l.Example
	}
	return &command{
		answers: true,
		kinds:   l.Kinds,
		def: &discordgo.ApplicationCommand{
			Name:        l.Name,
			Description: truncate(l.Description, 100),
			Contexts:    &everywhere,
			Options: []*discordgo.ApplicationCommandOption{{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         "name",
				Description:  truncate(hint, 100),
				Required:     true,
				Autocomplete: true,
				MaxLength:    maxNameOption,
			}, privateOption()},
		},
		run: (*Bot).runLookup,
	}
}

// textCommand is the row of a command that answers from one required text
// option (/ask, /search): option, with hint as its description (cut to
// Discord's 100 characters) and at most maxLength characters, then
// private.
func textCommand(name, description, option, hint string, maxLength int, run func(*Bot, *request) *reply) *command {
	return &command{
		answers: true,
		def: &discordgo.ApplicationCommand{
			Name:        name,
			Description: description,
			Contexts:    &everywhere,
			Options: []*discordgo.ApplicationCommandOption{{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        option,
				Description: truncate(hint, 100),
				Required:    true,
				MaxLength:   maxLength,
			}, privateOption()},
		},
		run: run,
	}
}

// fixedCommands are the commands every story has, /who aside; question
// and words are the examples their hints show.
func fixedCommands(question, words string) map[string]*command {
	return map[string]*command{
		"ask": textCommand("ask", "Ask anything about the story",
			"question", "Your question, e.g. "+question, maxQuestionOption, (*Bot).runAsk),
		"search": textCommand("search", "Search the story and page through the snippets",
			"query", "Words to look for, e.g. "+words, maxSearchOption, (*Bot).runSearch),
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
				Options: []*discordgo.ApplicationCommandOption{{
					Type:        discordgo.ApplicationCommandOptionBoolean,
					Name:        "all",
					Description: "Every server and direct messages, not just this server (admin servers only)",
				}},
			},
			run:     (*Bot).runStats,
			private: true,
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
				}, {
					Type:         discordgo.ApplicationCommandOptionInteger,
					Name:         "version",
					Description:  "Roll back: publish this earlier version again",
					MinValue:     &oneVersion,
					Autocomplete: true,
				}},
			},
			run:       (*Bot).runReindex,
			adminOnly: true,
			private:   true,
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

// table is the command table of the corpus being served, as
// RefreshCommands last built it.
func (b *Bot) table() *commandTable { return b.cmds.Load() }

// describeChange words how the commands changed between two tables, for the
// moderator who reindexed: "/x added, /y removed".
func describeChange(old, now *commandTable) string {
	var parts []string
	for _, n := range now.order {
		if old.byName[n] == nil {
			parts = append(parts, "/"+n+" added")
		}
	}
	for _, n := range old.order {
		if now.byName[n] == nil {
			parts = append(parts, "/"+n+" removed")
		}
	}
	if len(parts) == 0 {
		return fmt.Sprintf("%d commands updated", len(now.order))
	}
	return strings.Join(parts, ", ")
}
