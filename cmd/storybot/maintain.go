package main

import (
	"context"
	"fmt"
	"syscall"
	"time"

	"storybot/bot/journal"
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
	c, err := corpus.LoadDir(*dir)
	if err == nil {
		var e *index.Engine
		if e, err = index.Build(context.Background(), c); err == nil {
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

const statsUsage = `usage: storybot stats [--data DIR]

Prints what the bot's /stats shows: questions in the last 24 hours and 7
days and the share answered, the most asked questions, the most recent
unanswered questions and 👎 answers. DIR defaults to $STORYBOT_DATA, else
.storybot in $STORYBOT_CORPUS, else the user's state directory.`

func (m *Main) runStats(_ context.Context, args []string) int {
	fs := m.newFlags("stats", statsUsage)
	dir := fs.String("data", "", "journal directory")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if *dir == "" {
		*dir = dataDir(m.Getenv, m.Getenv("STORYBOT_CORPUS"))
	}
	st, err := journal.ReadStats(*dir, time.Now())
	if err != nil {
		return m.fail(err)
	}
	pct := func(n, of int) string {
		if of == 0 {
			return "–"
		}
		return fmt.Sprintf("%d%%", 100*n/of)
	}
	w := m.Stdout
	fmt.Fprintf(w, "Question log: %s\n", *dir)
	fmt.Fprintf(w, "Last 24 hours: %d questions, %s answered\n", st.Day, pct(st.DayFound, st.Day))
	fmt.Fprintf(w, "Last 7 days:   %d questions, %s answered\n", st.Week, pct(st.WeekFound, st.Week))
	fmt.Fprintln(w, "\nMost asked (7 days):")
	for _, c := range st.MostAsked {
		fmt.Fprintf(w, "  %3d× %s\n", c.Times, c.Question)
	}
	fmt.Fprintln(w, "\nRecently unanswered:")
	for _, c := range st.Unanswered {
		fmt.Fprintf(w, "  %s  (%d× by %d)\n", c.Question, c.Times, c.Askers)
	}
	fmt.Fprintln(w, "\nRecent 👎 answers:")
	for _, v := range st.Downvoted {
		fmt.Fprintf(w, "  %s → %s\n", v.Question, v.Top)
	}
	if st.Skipped > 0 {
		fmt.Fprintf(w, "\n(%d unreadable lines skipped)\n", st.Skipped)
	}
	return exitOK
}

const timelineUsage = `usage: storybot timeline [--corpus DIR]

Lists the fact sheet's dated facts in order, each with its source.`

func (m *Main) runTimeline(_ context.Context, args []string) int {
	fs := m.newFlags("timeline", timelineUsage)
	dir := fs.String("corpus", "", "corpus directory (default $STORYBOT_CORPUS, else the built-in story)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if *dir == "" {
		*dir = m.Getenv("STORYBOT_CORPUS")
	}
	c, err := corpus.LoadDir(*dir)
	if err != nil {
		return m.fail(err)
	}
	for _, d := range c.Timeline() {
		fmt.Fprintf(m.Stdout, "%-18s %s (%s)\n", d.When, d.What(), d.Source)
	}
	return exitOK
}
