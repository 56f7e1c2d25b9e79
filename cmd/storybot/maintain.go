package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"storybot/bot"
	"storybot/corpus"
	"storybot/index"
	"storybot/reload"
	"storybot/store"
)

const checkUsage = `usage: storybot check [--json] [--corpus DIR]

Validates a corpus (default $STORYBOT_CORPUS, else the built-in story) and
builds its index without touching anything, then reports what differs from
the built-in story. Exits 1, naming file and line, if the corpus is broken.
With --json, prints {"corpus", "valid", "error", "paragraphs", "entries",
"took_ms", "changes"} (exit 1 with "valid": false when broken).`

const reindexUsage = `usage: storybot reindex [--json] [--corpus DIR] [--data DIR] [--pid PID]
       storybot reindex [--json] [--data DIR] --rollback N

Does what /reindex does, for someone running the process: validates the
corpus and builds its index, publishes it as a new version in the bot's database
(PostgreSQL with $STORYBOT_DATABASE_URL, else the SQLite file in --data DIR,
default $STORYBOT_DATA, when a bot has made it there): every running
storybot serve sharing it switches to the new version within a few seconds.
It reports what changed against the version published before, as recorded
with the new version (against the built-in story when it publishes none or
the first). With --pid it also asks the storybot serve with that process id to reindex
its corpus directory (a SIGHUP; kill -HUP PID does the same). --rollback N
publishes version N again. The running bots keep their current index if
the corpus is broken. --json prints check's object, with "version": the
number published, and "signalled": PID when a process was asked to reindex.`

func (m *Main) runCheck(ctx context.Context, args []string) int {
	f := m.flags("check", checkUsage)
	dir := f.String("corpus", "", "read the story from `DIR` (default $STORYBOT_CORPUS, else the built-in story)")
	if _, code := f.parse(args, noArgs); code >= 0 {
		return code
	}
	rep, chk, code := m.checkCorpus(ctx, orEnv(*dir, m.Getenv, "STORYBOT_CORPUS"))
	if code == exitOK {
		code = m.compareBuiltIn(&rep, chk)
	}
	chk.close()
	if code == exitOK || f.json {
		m.printCheck(rep, f.json)
	}
	return code
}

func (m *Main) runReindex(ctx context.Context, args []string) int {
	f := m.flags("reindex", reindexUsage)
	dir := f.String("corpus", "", "read the story from `DIR` (default $STORYBOT_CORPUS, else the built-in story)")
	data := f.String("data", "", "publish to the SQLite database in `DIR` (default $STORYBOT_DATA)")
	pid := f.Int("pid", 0, "ask the storybot serve with process id `PID` to reindex")
	rollback := f.Int64("rollback", 0, "publish version `N` again")
	if _, code := f.parse(args, noArgs); code >= 0 {
		return code
	}
	if *rollback != 0 {
		return m.rollback(ctx, *data, *rollback, f.json)
	}
	if *pid != 0 {
		// Before the index is built, which may take a while.
		if err := checkServing(*pid); err != nil {
			return m.fail(err)
		}
	}
	corpusDir := orEnv(*dir, m.Getenv, "STORYBOT_CORPUS")
	rep, chk, code := m.checkCorpus(ctx, corpusDir)
	if code == exitOK {
		code = m.publish(ctx, *data, chk, &rep)
	}
	if rep.Valid && rep.Version == 0 {
		// Nothing published: compared with the built-in story, as check.
		if c := m.compareBuiltIn(&rep, chk); code == exitOK {
			code = c
		}
	}
	chk.close()
	if code == exitOK && *pid != 0 {
		if err := signalStorybot(*pid); err != nil {
			rep.Error, code = err.Error(), m.fail(err)
		} else {
			rep.Signalled = *pid
		}
	}
	if code == exitOK || f.json {
		m.printCheck(rep, f.json)
	}
	if code == exitOK && !f.json {
		switch {
		case rep.Version > 0:
			fmt.Fprintf(m.Stdout, "Published as version %d: running bots sharing the database switch to it.\n", rep.Version)
		case *pid == 0:
			fmt.Fprintln(m.Stdout, "No bot database found, so nothing was published. To apply it to a running bot: storybot reindex --pid PID (or kill -HUP PID).")
		}
		if *pid != 0 {
			fmt.Fprintf(m.Stdout, "Asked storybot (pid %d) to reindex; its log reports the result.\n", *pid)
		}
	}
	return code
}

// openPublished opens the database the bots share: PostgreSQL when
// STORYBOT_DATABASE_URL is set, else the SQLite file in the data
// directory if a bot has made it (nil, nil when none has).
func (m *Main) openPublished(ctx context.Context, data string) (*store.Store, error) {
	where, dir := m.databaseAt(data)
	if !databaseExists(where, dir) {
		return nil, nil
	}
	st, err := store.Open(ctx, where)
	if err != nil {
		return nil, fmt.Errorf("the bots' database: %w; nothing was published", err)
	}
	return st, nil
}

// databaseExists reports whether the bots' database at where (as
// databaseAt gives it) exists: a PostgreSQL URL is taken to, a data
// directory does once a bot has made its SQLite file there. Opening a
// missing one would create it.
func databaseExists(where string, dir bool) bool {
	if !dir {
		return true
	}
	_, err := os.Stat(filepath.Join(where, store.FileName))
	return err == nil
}

// publish records the checked corpus as a new version, when there is a
// database: the files checkCorpus read, with the index it built. The
// report's changes are then those recorded with the version.
func (m *Main) publish(ctx context.Context, data string, chk checked, rep *checkReport) int {
	st, err := m.openPublished(ctx, data)
	if err != nil || st == nil {
		if err != nil {
			rep.Error = err.Error()
			return m.fail(err)
		}
		return exitOK
	}
	defer st.Close()
	var changes corpus.Report
	rep.Version, changes, err = reload.PublishBuilt(ctx, st, "command line", chk.files, chk.engine, "", reload.DefaultBudget)
	if err != nil {
		rep.Error = err.Error()
		return m.fail(err)
	}
	against := "the version published before it"
	if rep.Version == 1 {
		against = "the built-in story" // what PublishBuilt compares the first with
	}
	rep.setChanges(against, changes)
	return exitOK
}

// rollback publishes version n again.
func (m *Main) rollback(ctx context.Context, data string, n int64, asJSON bool) int {
	st, err := m.openPublished(ctx, data)
	if err == nil && st == nil {
		err = errors.New("no bot database found (STORYBOT_DATABASE_URL, or --data DIR with storybot.db), so there are no versions")
	}
	if err != nil {
		return m.fail(err)
	}
	defer st.Close()
	v, report, err := reload.Republish(ctx, st, "command line", n, reload.DefaultBudget)
	if err != nil {
		return m.fail(err)
	}
	if asJSON {
		return m.writeJSON(struct {
			Version    int64        `json:"version"`
			RolledBack int64        `json:"rolled_back_to"`
			Changes    *changesJSON `json:"changes"`
		}{v, n, newChangesJSON(report)})
	}
	fmt.Fprintf(m.Stdout, "Published version %d again as version %d: running bots sharing the database switch to it.\nChanges:\n%s\n", n, v, report.String())
	return exitOK
}

// signalStorybot asks the storybot serve with that process id to reindex.
// It first checks that the process is one: a SIGHUP ends most others.
func signalStorybot(pid int) error {
	if err := checkServing(pid); err != nil {
		return err
	}
	if err := syscall.Kill(pid, syscall.SIGHUP); err != nil {
		return fmt.Errorf("signal process %d: %w", pid, err)
	}
	return nil
}

// checkReport is what check and reindex found, and their --json object.
type checkReport struct {
	Corpus     string       `json:"corpus"`
	Valid      bool         `json:"valid"`
	Error      string       `json:"error,omitempty"`
	Paragraphs int          `json:"paragraphs"`
	Entries    int          `json:"entries"`
	TookMS     int64        `json:"took_ms"`
	Changes    *changesJSON `json:"changes,omitempty"`
	// Signalled is the process reindex asked to reload, 0 for none.
	Signalled int `json:"signalled,omitempty"`
	// Structure is what the article's text was read as: headings,
	// paragraphs, lists, sizes, and warnings about anything suspicious.
	Structure *corpus.Structure `json:"structure,omitempty"`
	// Version is the version reindex published, 0 for none.
	Version int64 `json:"version,omitempty"`
	// text is Changes for people, against what they are compared with.
	text, against string
}

// setChanges records the changes diff found against what is named.
func (r *checkReport) setChanges(against string, diff corpus.Report) {
	r.Changes, r.text, r.against = newChangesJSON(diff), diff.String(), against
}

// changesJSON is corpus.Report in the --json object.
type changesJSON struct {
	ParagraphsAdded   []string `json:"paragraphs_added"`
	ParagraphsRemoved []string `json:"paragraphs_removed"`
	ParagraphsChanged []string `json:"paragraphs_changed"`
	EntriesAdded      []string `json:"entries_added"`
	EntriesRemoved    []string `json:"entries_removed"`
	EntriesChanged    []string `json:"entries_changed"`
	AliasesAdded      []string `json:"aliases_added"`
	AliasesRemoved    []string `json:"aliases_removed"`
}

func newChangesJSON(r corpus.Report) *changesJSON {
	n := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	return &changesJSON{n(r.ParagraphsAdded), n(r.ParagraphsRemoved), n(r.ParagraphsChanged),
		n(r.EntriesAdded), n(r.EntriesRemoved), n(r.EntriesChanged), n(r.AliasesAdded), n(r.AliasesRemoved)}
}

// checked is a corpus checkCorpus found valid: its files, read once, and
// the index built from them, which the caller closes.
type checked struct {
	files  map[string][]byte
	engine *index.Engine
}

func (c checked) close() {
	if c.engine != nil {
		c.engine.Close()
	}
}

// checkCorpus validates and indexes a corpus. A broken corpus is reported
// on stderr (exit 1).
func (m *Main) checkCorpus(ctx context.Context, dir string) (checkReport, checked, int) {
	rep := checkReport{Corpus: corpusName(dir)}
	start := time.Now()
	files, c, err := readCorpus(dir)
	var e *index.Engine
	if err == nil {
		e, err = index.Build(ctx, c)
	}
	if err != nil && !errors.Is(err, errNoDir) {
		err = fmt.Errorf("%w\nthe corpus is broken; nothing changed", err)
	}
	if err != nil {
		rep.Error = err.Error()
		return rep, checked{}, m.fail(err)
	}
	st := c.Structure()
	rep.Structure = &st
	rep.Valid, rep.Paragraphs, rep.Entries = true, len(c.Article.Paragraphs), len(c.Entries)
	rep.TookMS = time.Since(start).Milliseconds()
	return rep, checked{files, e}, exitOK
}

// compareBuiltIn sets the report's changes against the built-in story.
func (m *Main) compareBuiltIn(rep *checkReport, chk checked) int {
	def, err := corpus.Default()
	if err != nil {
		return m.fail(err)
	}
	rep.setChanges("the built-in story", corpus.Diff(def, chk.engine.Corpus()))
	return exitOK
}

func (m *Main) printCheck(rep checkReport, asJSON bool) {
	if asJSON {
		m.writeJSON(rep)
		return
	}
	fmt.Fprintf(m.Stdout, "Corpus %s is valid: %d paragraphs, %d fact-sheet entries, indexed in %dms.\n",
		rep.Corpus, rep.Paragraphs, rep.Entries, rep.TookMS)
	if rep.Structure != nil {
		fmt.Fprintf(m.Stdout, "%s\n", strings.TrimRight(rep.Structure.String(), "\n"))
	}
	if rep.Changes != nil {
		fmt.Fprintf(m.Stdout, "Compared with %s:\n%s\n", rep.against, rep.text)
	}
}

// orEnv is v, or the environment variable name when v is empty.
func orEnv(v string, getenv func(string) string, name string) string {
	if v == "" {
		return getenv(name)
	}
	return v
}

const statsUsage = `usage: storybot stats [--json] [--data DIR]

Prints what the bot's /stats shows, for every server and for direct
messages, with each server's share: questions in the last 24 hours and 7
days and the share answered, the most asked questions, the most recent
unanswered questions and 👎 answers. It reads the store the bot writes:
PostgreSQL when $STORYBOT_DATABASE_URL is set, else the SQLite file in DIR,
which defaults to $STORYBOT_DATA, else .storybot in $STORYBOT_CORPUS, else
the user's state directory. With --json, prints {"dir", "day", "week",
"most_asked", "unanswered", "downvoted", "servers"}.`

// statsJSON is stats --json.
type statsJSON struct {
	Dir        string       `json:"dir"`
	Day        windowJSON   `json:"day"`
	Week       windowJSON   `json:"week"`
	MostAsked  []countJSON  `json:"most_asked"`
	Unanswered []countJSON  `json:"unanswered"`
	Downvoted  []voteJSON   `json:"downvoted"`
	Servers    []serverJSON `json:"servers"`
}

type windowJSON struct {
	Questions int `json:"questions"`
	Answered  int `json:"answered"`
}

type countJSON struct {
	Question string `json:"question"`
	Times    int    `json:"times"`
	Askers   int    `json:"askers"`
}

type voteJSON struct {
	Time     time.Time `json:"time"`
	Question string    `json:"question"`
	Top      string    `json:"top"`
}

// serverJSON is one server's week; "" is direct messages.
type serverJSON struct {
	Server string     `json:"server"`
	Day    windowJSON `json:"day"`
	Week   windowJSON `json:"week"`
}

func newStatsJSON(dir string, st store.Stats) statsJSON {
	out := statsJSON{Dir: dir, Day: windowJSON{st.Day, st.DayFound}, Week: windowJSON{st.Week, st.WeekFound},
		MostAsked: []countJSON{}, Unanswered: []countJSON{}, Downvoted: []voteJSON{}, Servers: []serverJSON{}}
	for _, c := range st.MostAsked {
		out.MostAsked = append(out.MostAsked, countJSON{c.Question, c.Times, c.Askers})
	}
	for _, c := range st.Unanswered {
		out.Unanswered = append(out.Unanswered, countJSON{c.Question, c.Times, c.Askers})
	}
	for _, v := range st.Downvoted {
		out.Downvoted = append(out.Downvoted, voteJSON{v.Time, v.Question, v.Top})
	}
	for _, g := range st.Guilds {
		out.Servers = append(out.Servers, serverJSON{g.GuildID, windowJSON{g.Day, g.DayFound}, windowJSON{g.Week, g.WeekFound}})
	}
	return out
}

// databaseAt is where the bots' database is: the directory data (from
// --data) when given, else STORYBOT_DATABASE_URL when set, else the data
// directory the bot uses (see dataDir). dir says where is a directory,
// for SQLite, rather than a PostgreSQL URL.
func (m *Main) databaseAt(data string) (where string, dir bool) {
	where = strings.TrimSpace(m.Getenv("STORYBOT_DATABASE_URL"))
	if data == "" && where != "" {
		return where, false
	}
	if data == "" {
		data = dataDir(m.Getenv, m.Getenv("STORYBOT_CORPUS"))
	}
	return data, true
}

func (m *Main) runStats(ctx context.Context, args []string) int {
	f := m.flags("stats", statsUsage)
	dir := f.String("data", "", "read the question log in `DIR`")
	if _, code := f.parse(args, noArgs); code >= 0 {
		return code
	}
	where, isDir := m.databaseAt(*dir)
	if isDir {
		if _, err := os.Stat(where); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return m.fail(fmt.Errorf("question log %s: no such directory (the bot keeps it there once it has run; --data or STORYBOT_DATA names another)", where))
			}
			return m.fail(fmt.Errorf("question log: %w", err))
		}
		if !databaseExists(where, isDir) {
			return m.fail(fmt.Errorf("question log %s: there is none yet, no %s (the bot makes it when it first runs; --data or STORYBOT_DATA names another)", where, store.FileName))
		}
	}
	st, err := readStats(ctx, where)
	if err != nil {
		return m.fail(err)
	}
	if f.json {
		return m.writeJSON(newStatsJSON(redactURL(where), st))
	}
	printStats(m.Stdout, redactURL(where), st)
	return exitOK
}

// readStats opens the store and reads every server's figures.
func readStats(ctx context.Context, where string) (store.Stats, error) {
	s, err := store.Open(ctx, where)
	if err != nil {
		return store.Stats{}, fmt.Errorf("question log: %w", err)
	}
	defer s.Close()
	return s.Stats(ctx, store.StatsQuery{AllGuilds: true})
}

func printStats(w io.Writer, where string, st store.Stats) {
	fmt.Fprintf(w, "Question log: %s\n", where)
	fmt.Fprintf(w, "Last 24 hours: %d questions, %s answered\n", st.Day, bot.Percent(st.DayFound, st.Day))
	fmt.Fprintf(w, "Last 7 days:   %d questions, %s answered\n", st.Week, bot.Percent(st.WeekFound, st.Week))
	fmt.Fprintln(w, "\nBy server (7 days):")
	for _, g := range st.Guilds {
		name := g.GuildID
		if name == "" {
			name = "direct messages"
		}
		fmt.Fprintf(w, "  %-20s %d questions, %s answered\n", name, g.Week, bot.Percent(g.WeekFound, g.Week))
	}
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
}

const timelineUsage = `usage: storybot timeline [--json] [--corpus DIR]

Lists the fact sheet's dated facts in order, each with its source. With
--json, prints {"events": [{"when", "what", "entry", "key", "source"}]}.`

// eventJSON is one event of timeline --json.
type eventJSON struct {
	When   string `json:"when"`
	What   string `json:"what"`
	Entry  string `json:"entry"`
	Key    string `json:"key"`
	Source string `json:"source"`
}

func (m *Main) runTimeline(ctx context.Context, args []string) int {
	f := m.flags("timeline", timelineUsage)
	dir := f.String("corpus", "", "read the story from `DIR` (default $STORYBOT_CORPUS, else the built-in story)")
	if _, code := f.parse(args, noArgs); code >= 0 {
		return code
	}
	c, err := loadCorpus(orEnv(*dir, m.Getenv, "STORYBOT_CORPUS"))
	if err != nil {
		return m.fail(err)
	}
	events := []eventJSON{}
	for _, d := range c.Timeline() {
		events = append(events, eventJSON{d.When, d.What(), d.Entry.ID, d.Key, string(d.Source)})
	}
	if f.json {
		return m.writeJSON(struct {
			Events []eventJSON `json:"events"`
		}{events})
	}
	for _, e := range events {
		fmt.Fprintf(m.Stdout, "%-18s %s (%s)\n", e.When, e.What, e.Source)
	}
	return exitOK
}

// checkServing returns an error unless process pid is "storybot serve" (or
// storybot with no command, which serves): its executable is named
// storybot or is this program, and its first argument is serve. It reads
// /proc, so it refuses on systems without it, where kill -HUP remains.
func checkServing(pid int) error {
	if pid <= 0 {
		return fmt.Errorf("--pid %d: not a process id", pid)
	}
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	switch {
	case errors.Is(err, fs.ErrNotExist) && procMounted():
		return fmt.Errorf("--pid %d: no such process", pid)
	case err != nil:
		return fmt.Errorf("--pid %d: cannot check that it is storybot serve (%v); kill -HUP %d does it unchecked", pid, err, pid)
	}
	args := strings.Split(strings.TrimRight(string(raw), "\x00"), "\x00")
	name := filepath.Base(args[0])
	if exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid)); err == nil {
		name = filepath.Base(strings.TrimSuffix(exe, " (deleted)"))
	}
	self, _ := os.Executable()
	if name != "storybot" && name != filepath.Base(self) {
		return fmt.Errorf("--pid %d is %s, not storybot; nothing was signalled", pid, name)
	}
	if len(args) > 1 && args[1] != "serve" {
		return fmt.Errorf("--pid %d is \"storybot %s\", not storybot serve; nothing was signalled", pid, args[1])
	}
	return nil
}

// procMounted reports whether /proc describes processes here.
func procMounted() bool {
	_, err := os.Stat("/proc/self/cmdline")
	return err == nil
}
