package main

import (
	"context"
	"fmt"
	"os"
	"syscall"
	"time"

	"storybot/corpus"
	"storybot/index"
)

const checkUsage = `usage: storybot check [--corpus DIR]

Validates a corpus (default $STORYBOT_CORPUS, else the built-in story) and
builds its index without touching anything, then reports what differs from
the built-in story. Exits 1, naming file and line, if the corpus is broken.`

const reindexUsage = `usage: storybot reindex [--corpus DIR] [--pid PID]

Does what /reindex does, for someone running the process: validates the
corpus and builds its index, reports what changed against the built-in
story, and with --pid asks the running "storybot serve" with that process id
to reindex (a SIGHUP; kill -HUP PID does the same). The running bot keeps
its current index if the corpus is broken.`

func (m *Main) runCheck(_ context.Context, args []string) int {
	_, code := m.checkCorpus("check", checkUsage, args, false)
	return code
}

func (m *Main) runReindex(_ context.Context, args []string) int {
	pid, code := m.checkCorpus("reindex", reindexUsage, args, true)
	if code != exitOK || pid == 0 {
		if code == exitOK {
			fmt.Fprintln(m.Stdout, "To apply it to a running bot: storybot reindex --pid PID (or kill -HUP PID).")
		}
		return code
	}
	if err := syscall.Kill(pid, syscall.SIGHUP); err != nil {
		return m.fail(fmt.Errorf("signal process %d: %w", pid, err))
	}
	fmt.Fprintf(m.Stdout, "Asked storybot (pid %d) to reindex; its log reports the result.\n", pid)
	return exitOK
}

// checkCorpus validates and indexes a corpus and prints its change report
// against the built-in story.
func (m *Main) checkCorpus(name, usage string, args []string, withPID bool) (pid, code int) {
	fs := m.newFlags(name, usage)
	dir := fs.String("corpus", "", "corpus directory (default $STORYBOT_CORPUS, else the built-in story)")
	if withPID {
		fs.IntVar(&pid, "pid", 0, "process id of a running storybot serve to reindex")
	}
	if err := fs.Parse(args); err != nil {
		return 0, flagError(err)
	}
	if fs.NArg() > 0 {
		return 0, m.usageError("%s takes no arguments", name)
	}
	if *dir == "" {
		*dir = m.Getenv("STORYBOT_CORPUS")
	}
	start := time.Now()
	var (
		c   *corpus.Corpus
		err error
	)
	if *dir == "" {
		c, err = corpus.Default()
	} else {
		c, err = corpus.Load(os.DirFS(*dir))
	}
	if err == nil {
		var e *index.Engine
		if e, err = index.Build(c); err == nil {
			e.Close()
		}
	}
	if err != nil {
		return 0, m.fail(fmt.Errorf("corpus %s is broken; nothing changed:\n%w", corpusName(*dir), err))
	}
	def, err := corpus.Default()
	if err != nil {
		return 0, m.fail(err)
	}
	fmt.Fprintf(m.Stdout, "Corpus %s is valid: %d paragraphs, %d fact-sheet entries, indexed in %v.\n",
		corpusName(*dir), len(c.Article.Paragraphs), len(c.Entries), time.Since(start).Round(time.Millisecond))
	fmt.Fprintf(m.Stdout, "Compared with the built-in story:\n%s\n", corpus.Diff(def, c))
	return pid, exitOK
}
