// Command storybot answers questions about one news story, from the command
// line or as a Discord bot.
//
//	storybot ask "How many boats did Elm Bay sell?"
//	storybot who hale
//	storybot boat kx-7   (a lookup a story's fact sheet declares)
//	storybot serve
//
// Run "storybot help" for every command and setting.
package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/joho/godotenv"

	"storybot/corpus"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// After the first Ctrl-C, commands stop on their own; a second
		// one ends the process at once, as without storybot's handler.
		<-ctx.Done()
		stop()
	}()
	// A missing .env is normal; variables already in the environment win
	// over it (godotenv.Load never overrides them).
	_ = godotenv.Load()
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Exit statuses.
const (
	exitOK    = 0
	exitError = 1 // the command ran and failed (broken corpus, lost connection)
	exitUsage = 2 // the command line was wrong
	// exitInterrupted is what a shell reports for a command ended by
	// Ctrl-C (128 + SIGINT).
	exitInterrupted = 130
)

// Main is the program with its inputs and outputs, so tests run it in
// process.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string

	commands map[string]command // set by Run
}

// command is one row of the command table.
type command struct {
	summary string
	usage   string
	run     func(m *Main, ctx context.Context, args []string) int
}

// commandTable is storybot's command table: one row per command. It is
// built by a function, not in init, so that help, which lists the table,
// can be a row of it: Run hands the table to Main.
func commandTable() map[string]command {
	return map[string]command{
		"ask":      {"answer a question about the story", askUsage, (*Main).runAsk},
		"who":      {"look up a person or organisation", lookupUsage("who"), (*Main).runWho},
		"serve":    {"run the Discord bot (settings from the environment or .env)", serveUsage, (*Main).runServe},
		"check":    {"validate a corpus and report how it differs from the built-in story", checkUsage, (*Main).runCheck},
		"reindex":  {"validate and index a corpus, and make a running bot reload it", reindexUsage, (*Main).runReindex},
		"stats":    {"what people asked the bot, and what went unanswered", statsUsage, (*Main).runStats},
		"timeline": {"the story's dated events in order", timelineUsage, (*Main).runTimeline},
		"init":     {"start a corpus from an article, with a fact-sheet draft to review", initUsage, (*Main).runInit},
		"help":     {"show help for storybot or a command", helpUsage, (*Main).runHelp},
	}
}

// Run runs one command line and returns the exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	if m.commands == nil {
		m.commands = commandTable()
	}
	if len(args) == 0 {
		if m.Getenv("DISCORD_TOKEN") != "" {
			// With a token configured, storybot alone runs the bot,
			// as a container would.
			return m.runServe(ctx, nil)
		}
		m.usage(m.Stderr)
		return exitUsage
	}
	name := args[0]
	if name == "-h" || name == "--help" {
		name = "help"
	}
	cmd, ok := m.commands[name]
	if !ok {
		return m.runDeclared(ctx, name, args[1:])
	}
	return cmd.run(m, ctx, args[1:])
}

// runDeclared runs a lookup command the corpus declares ("storybot
// boat kx-7" for a story that declares /boat), or says the
// command is unknown. A corpus that cannot be read is reported as the
// other lookups report it: whether it declares name is not known.
func (m *Main) runDeclared(ctx context.Context, name string, args []string) int {
	dir := corpusArg(args, m.Getenv("STORYBOT_CORPUS"))
	c, err := loadCorpus(dir)
	if err != nil {
		return m.fail(err)
	}
	for _, cmd := range c.Commands {
		if cmd.Name == name {
			// The lookup reuses c: corpusArg read the same --corpus
			// (the last one given) that the lookup's flags read.
			return m.runLookup(ctx, name, cmd.Kinds, args, &loadedCorpus{dir, c})
		}
	}
	fmt.Fprintf(m.Stderr, "storybot: unknown command %q\n\n", name)
	m.usageOf(m.Stderr, c) // the lookups of the story asked about
	return exitUsage
}

// corpusArg finds the value of --corpus among a command's arguments, as
// the command's flags will read it (the last one given; an empty one is
// none), or returns def.
func corpusArg(args []string, def string) string {
	dir := ""
	for i, a := range args {
		if a == "--" {
			break
		}
		switch {
		case (a == "--corpus" || a == "-corpus") && i+1 < len(args):
			dir = args[i+1]
		case strings.HasPrefix(a, "--corpus="), strings.HasPrefix(a, "-corpus="):
			dir = a[strings.Index(a, "=")+1:]
		}
	}
	return cmp.Or(dir, def)
}

// usage writes the commands, with the lookups STORYBOT_CORPUS (or the
// built-in story) declares.
func (m *Main) usage(w io.Writer) {
	c, _ := corpus.LoadDir(m.Getenv("STORYBOT_CORPUS"))
	m.usageOf(w, c)
}

// usageOf writes the commands, with the lookups c declares; c may be nil.
func (m *Main) usageOf(w io.Writer, c *corpus.Corpus) {
	fmt.Fprintln(w, "storybot answers questions about a news story: the one built in, or the corpus in --corpus DIR.")
	fmt.Fprintln(w, "\nusage: storybot COMMAND [flags] [ARGS]\n\ncommands:")
	for _, n := range m.commandNames() {
		fmt.Fprintf(w, "  %-10s %s\n", n, m.commands[n].summary)
	}
	if c != nil && len(c.Commands) > 0 {
		fmt.Fprintln(w, "\nlookups this story declares (see its fact sheet's commands):")
		for _, cmd := range c.Commands {
			fmt.Fprintf(w, "  %-10s %s (e.g. storybot %s %s)\n", cmd.Name, cmd.Description, cmd.Name, cmd.Example)
		}
	}
	fmt.Fprintln(w, "\nFlags go anywhere on the line; every command takes --json.")
	fmt.Fprintln(w, "Run \"storybot help COMMAND\" for a command's flags.")
}

func (m *Main) commandNames() []string {
	names := make([]string, 0, len(m.commands))
	for n := range m.commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

const helpUsage = `usage: storybot help [--json] [COMMAND]

Shows what storybot's commands do, or one command's usage and flags. With
--json, prints {"commands": [{"name", "summary", "usage"}]}.`

func (m *Main) runHelp(_ context.Context, args []string) int {
	f := m.flags("help", helpUsage)
	pos, code := f.parse(args, argRule{0, 1, "COMMAND"})
	if code >= 0 {
		return code
	}
	names := m.commandNames()
	if len(pos) == 1 {
		if _, ok := m.commands[pos[0]]; !ok {
			fmt.Fprintf(m.Stderr, "storybot: unknown command %q\n", pos[0])
			return exitUsage
		}
		names = pos
	}
	if f.json {
		type entry struct {
			Name    string `json:"name"`
			Summary string `json:"summary"`
			Usage   string `json:"usage"`
		}
		out := struct {
			Commands []entry `json:"commands"`
		}{}
		for _, n := range names {
			out.Commands = append(out.Commands, entry{n, m.commands[n].summary, m.commands[n].usage})
		}
		return m.writeJSON(out)
	}
	if len(pos) == 0 {
		m.usage(m.Stdout)
		return exitOK
	}
	// A command's --help prints its usage and flags, defined where they
	// are parsed.
	return m.commands[pos[0]].run(m, context.Background(), []string{"--help"})
}

// usageError prints a usage problem and returns the usage exit status.
func (m *Main) usageError(format string, args ...any) int {
	fmt.Fprintf(m.Stderr, "storybot: "+format+"\n", args...)
	return exitUsage
}

// fail prints a runtime error and returns the error exit status. A
// message of several lines (a corpus's problems) starts on the first.
func (m *Main) fail(err error) int {
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(m.Stderr, "storybot: interrupted")
		return exitInterrupted
	}
	fmt.Fprintf(m.Stderr, "storybot: %s\n", strings.TrimSpace(err.Error()))
	return exitError
}
