// Command storybot answers questions about one news story, from the command
// line or as a Discord bot.
//
//	storybot ask "How many aircraft did Kazakhstan sell?"
//	storybot aircraft su-24
//	storybot who cameron
//	storybot serve
//
// Run "storybot help" for every command and setting.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/joho/godotenv"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
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
)

// Main is the program with its inputs and outputs, so tests run it in
// process.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

// command is one row of the command table.
type command struct {
	summary string
	usage   string
	run     func(m *Main, ctx context.Context, args []string) int
}

// commands is storybot's command table.
var commands map[string]command

func init() {
	// Assigned in init because "help" reads the table it is part of.
	commands = map[string]command{
		"ask":      {"answer a question about the story", askUsage, (*Main).runAsk},
		"aircraft": {"look up an aircraft in the fact sheet", lookupUsage("aircraft", "su-24"), (*Main).runAircraft},
		"who":      {"look up a person or organisation", lookupUsage("who", "cameron"), (*Main).runWho},
		"serve":    {"run the Discord bot (settings from the environment or .env)", serveUsage, (*Main).runServe},
		"check":    {"validate a corpus and report how it differs from the built-in story", checkUsage, (*Main).runCheck},
		"reindex":  {"validate and index a corpus, and make a running bot reload it", reindexUsage, (*Main).runReindex},
		"stats":    {"what people asked the bot, and what went unanswered", statsUsage, (*Main).runStats},
		"timeline": {"the story's dated events in order", timelineUsage, (*Main).runTimeline},
		"init":     {"start a corpus from an article, with a fact-sheet draft to review", initUsage, (*Main).runInit},
		"help":     {"show help for storybot or a command", "usage: storybot help [COMMAND]", (*Main).runHelp},
	}
}

// Run runs one command line and returns the exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
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
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(m.Stderr, "storybot: unknown command %q\n\n", name)
		m.usage(m.Stderr)
		return exitUsage
	}
	return cmd.run(m, ctx, args[1:])
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "storybot answers questions about one news story: Kazakhstan's sale of 81 Soviet-era aircraft to the United States.")
	fmt.Fprintln(w, "\nusage: storybot COMMAND [flags] [ARGS]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun \"storybot help COMMAND\" for a command's flags.")
}

func (m *Main) runHelp(_ context.Context, args []string) int {
	if len(args) == 0 {
		m.usage(m.Stdout)
		return exitOK
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(m.Stderr, "storybot: unknown command %q\n", args[0])
		return exitUsage
	}
	fmt.Fprintln(m.Stdout, cmd.usage)
	return exitOK
}

// parseInterspersed parses flags wherever they appear among the arguments,
// so "storybot ask who is cameron --json" works like "storybot ask --json
// who is cameron". A lone "-" is an argument (standard input); after "--"
// every argument is.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for i, a := range args {
		if a == "--" {
			args, rest = args[:i], args[i+1:]
			break
		}
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return append(pos, rest...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// newFlags makes a flag set that reports errors to stderr without exiting.
func (m *Main) newFlags(name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// usageError prints a usage problem and returns the usage exit status.
func (m *Main) usageError(format string, args ...any) int {
	fmt.Fprintf(m.Stderr, "storybot: "+format+"\n", args...)
	return exitUsage
}

// fail prints a runtime error and returns the error exit status.
func (m *Main) fail(err error) int {
	msg := err.Error()
	if strings.Contains(msg, "\n") {
		msg = "\n" + msg
	}
	fmt.Fprintf(m.Stderr, "storybot: %s\n", msg)
	return exitError
}

// flagError turns a flag parse error into an exit status: asking for help
// is not an error.
func flagError(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}
