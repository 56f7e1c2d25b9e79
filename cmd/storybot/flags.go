package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// cmdFlags is one command's flags: --json, which every command takes, the
// command's own, and the one way storybot parses them, so every command
// treats flags and extra words alike.
type cmdFlags struct {
	*flag.FlagSet
	m     *Main
	usage string
	json  bool
}

// argRule says how many words that are not flags a command takes; what
// names them in messages ("QUESTION", "NAME").
type argRule struct {
	least, most int // most < 0: no upper bound
	what        string
}

var noArgs = argRule{0, 0, ""}

// flags makes a command's flag set with --json defined. The flag package
// prints nothing itself: parse reports its errors the storybot way.
func (m *Main) flags(name, usage string) *cmdFlags {
	f := &cmdFlags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), m: m, usage: usage}
	f.SetOutput(io.Discard)
	f.FlagSet.Usage = func() {}
	f.BoolVar(&f.json, "json", false, "print one JSON object (see the README)")
	return f
}

// parse parses flags wherever they appear among args and checks the
// number of other words. It returns those words and -1, or an exit status
// when the command must stop: 0 after --help (usage on stdout), 2 after a
// usage error (the message and the usage on stderr).
func (f *cmdFlags) parse(args []string, rule argRule) ([]string, int) {
	pos, err := parseInterspersed(f.FlagSet, args)
	if errors.Is(err, flag.ErrHelp) {
		f.printUsage(f.m.Stdout)
		return nil, exitOK
	}
	if err != nil {
		return nil, f.fail("%s", twoDashes(err.Error()))
	}
	switch {
	case len(pos) < rule.least:
		return nil, f.fail("%s needs %s", f.Name(), rule.what)
	case rule.most == 0 && len(pos) > 0:
		return nil, f.fail("%s takes no arguments, got %q", f.Name(), strings.Join(pos, " "))
	case rule.most > 0 && len(pos) > rule.most:
		return nil, f.fail("%s takes one %s, got %q", f.Name(), rule.what, strings.Join(pos, " "))
	}
	return pos, -1
}

// fail prints a usage error, then the command's usage, on stderr.
func (f *cmdFlags) fail(format string, args ...any) int {
	fmt.Fprintf(f.m.Stderr, "storybot: "+format+"\n\n", args...)
	f.printUsage(f.m.Stderr)
	return exitUsage
}

// printUsage writes the usage text and the flags, spelt with two dashes.
func (f *cmdFlags) printUsage(w io.Writer) {
	fmt.Fprintln(w, f.usage)
	fmt.Fprintln(w, "\nflags:")
	f.VisitAll(func(fl *flag.Flag) {
		kind, help := flag.UnquoteUsage(fl)
		name := "--" + fl.Name
		if kind != "" {
			name += " " + strings.ToUpper(kind)
		}
		if fl.DefValue != "" && fl.DefValue != "false" && fl.DefValue != "0" {
			help += " (default " + fl.DefValue + ")"
		}
		fmt.Fprintf(w, "  %-16s %s\n", name, help)
	})
}

// flagName finds a flag named in the flag package's messages, which spell
// it with one dash ("flag provided but not defined: -nope").
var flagName = regexp.MustCompile(`(flag|for|:) -([A-Za-z])`)

// twoDashes spells flags in a flag package message as storybot's usage
// does: --limit.
func twoDashes(msg string) string {
	return flagName.ReplaceAllString(msg, "$1 --$2")
}

// parseInterspersed parses flags wherever they appear among the arguments,
// so "storybot ask who is hale --json" works like "storybot ask --json
// who is hale". A lone "-" is an argument (standard input); after "--"
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
