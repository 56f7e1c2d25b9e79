package bot

import (
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/bwmarrin/discordgo"

	"storybot/corpus"
	"storybot/internal/discordtest"
	"storybot/reload"
)

// registered lists the names of the commands registered in guild ("" for
// the global commands).
func (h *harness) registered(guild string) []string {
	var names []string
	for _, c := range h.fake.Commands(guild) {
		names = append(names, c.Name)
	}
	return names
}

// declarer returns a function that rewrites the fact sheet in dir (the
// built-in one) to declare the given lookup commands instead of its own.
func declarer(t *testing.T, dir string) (declare func(commands string)) {
	t.Helper()
	facts := filepath.Join(dir, corpus.FactsFile)
	original, err := os.ReadFile(facts)
	if err != nil {
		t.Fatal(err)
	}
	declared := regexp.MustCompile(`(?m)^commands:\n(  .*\n|    .*\n)+`)
	if !declared.Match(original) {
		t.Fatal("the built-in fact sheet declares no commands")
	}
	return func(commands string) {
		if err := os.WriteFile(facts, declared.ReplaceAll(original, []byte(commands)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// declarePeople declares /people instead of the built-in /aircraft.
const declarePeople = "commands:\n  - {name: people, kinds: [person], description: Anyone in the story, example: Blinken}\n"

// A corpus that declares a lookup command gets it registered; a reindex to
// a corpus that drops it unregisters it, with a bulk overwrite each time.
func TestReindexRegistersDeclaredLookups(t *testing.T) {
	h, dir := startWithCorpusDir(t)
	declare := declarer(t, dir)

	declare(declarePeople)
	if _, text := h.reindex(moderator, nil); !strings.Contains(text, "/people added") || !strings.Contains(text, "/aircraft removed") {
		t.Errorf("the reindex report should say /people was added and /aircraft removed:\n%s", text)
	}
	names := h.registered(discordtest.DefaultGuildID)
	if !slices.Contains(names, "people") || slices.Contains(names, "aircraft") || !slices.Contains(names, "who") {
		t.Errorf("after declaring /people instead of /aircraft, registered: %v", names)
	}
	_, m := h.command(discordtest.InteractionSpec{Name: "people", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("name", "blinken")}})
	if text := embedText(m); !strings.Contains(text, "Blinken") {
		t.Errorf("/people should look names up:\n%s", text)
	}

	declare("")
	if _, text := h.reindex(moderator, nil); !strings.Contains(text, "/people removed") {
		t.Errorf("the reindex report should say /people was removed:\n%s", text)
	}
	if names := h.registered(discordtest.DefaultGuildID); slices.Contains(names, "people") || !slices.Contains(names, "who") || !slices.Contains(names, "ask") {
		t.Errorf("after dropping /people, registered: %v", names)
	}
	cb, m := h.command(discordtest.InteractionSpec{Name: "people", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("name", "blinken")}})
	if !cb.Ephemeral() {
		t.Errorf("a dropped command should be refused:\n%s", embedText(m))
	}
	puts := h.fake.Count(func(r discordtest.Request) bool {
		return r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands")
	})
	if puts != 3 {
		t.Errorf("want 3 bulk overwrites (start, change, drop), got %d", puts)
	}
}

// The commands and examples the bot shows come from the corpus it serves.
func TestCommandsAndExamplesComeFromTheCorpus(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"article.md": {Data: []byte("# Harbour ferry\n\nThe Blue Ferry crossed the bay. Ann Quay was its skipper.\n")},
		corpus.FactsFile: {Data: []byte("title: Harbour ferry\n" +
			"commands:\n  - {name: vehicle, kinds: [vehicle], description: A vehicle's card, example: Blue Ferry}\n" +
			"entries:\n" +
			"  - {id: ferry, kind: vehicle, name: Blue Ferry, summary: The old ferry., story: The Blue Ferry crossed the bay.}\n" +
			"  - {id: ann, kind: person, name: Ann Quay, summary: The skipper., story: Ann Quay was its skipper.}\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	c.Commands = append(c.Commands, corpus.Command{Name: "ask", Kinds: corpus.WhoKinds(), Description: "clash"})
	b := &Bot{log: testLogger()}
	table := b.buildTable(c)
	if got := strings.Join(table.order, ","); got != "ask,search,vehicle,who,timeline,help,stats,reindex" {
		t.Errorf("table: %s", got)
	}
	if d := table.byName["vehicle"].def; d.Description != "A vehicle's card" || d.Options[0].Description != "Name or alias, e.g. Blue Ferry" {
		t.Errorf("/vehicle: %q, %q", d.Description, d.Options[0].Description)
	}
	if d := table.byName["ask"].def.Options[0].Description; !strings.Contains(d, "Blue Ferry") {
		t.Errorf("/ask hint: %q", d)
	}
	if d := table.byName["who"].def.Options[0].Description; d != "Name or alias, e.g. Ann Quay" {
		t.Errorf("/who hint: %q", d)
	}
	if qs := exampleQuestions(nil, 2); len(qs) != 1 {
		t.Errorf("with no corpus: %q", qs)
	}
}

// A swap that does not come through /reindex (SIGHUP, a version another
// replica published, catching up) registers the new corpus's commands
// before it returns, with no interaction needed; a registration Discord
// refuses is tried again at the next swap.
func TestSwapRegistersCommands(t *testing.T) {
	live, dir := seededLive(t)
	h, r := startReloading(t, reload.Config{Live: live, Dir: dir})
	declare := declarer(t, dir)
	isPut := func(req discordtest.Request) bool {
		return req.Method == "PUT" && strings.HasSuffix(req.Path, "/guilds/"+discordtest.DefaultGuildID+"/commands")
	}

	declare(declarePeople)
	h.fake.FailNext("PUT", "/api/v9/applications/*/guilds/*/commands", http.StatusInternalServerError, `{"message": "500: Internal Server Error", "code": 0}`)
	if _, err := r.Reindex(h.ctx, "SIGHUP"); err != nil {
		t.Fatal(err)
	}
	if names := h.registered(discordtest.DefaultGuildID); slices.Contains(names, "people") {
		t.Fatalf("Discord refused the new commands, yet has them: %v", names)
	}
	if n := h.fake.Count(isPut); n != 2 {
		t.Errorf("want the start's PUT and the refused one, got %d", n)
	}

	// The next swap, of the same story, tries again.
	if _, err := r.Reindex(h.ctx, "SIGHUP"); err != nil {
		t.Fatal(err)
	}
	if _, err := h.fake.WaitRequest(h.ctx, func(req discordtest.Request) bool {
		return isPut(req) && !req.Injected && strings.Contains(string(req.Body), `"name":"people"`)
	}); err != nil {
		t.Fatalf("the new commands were never registered: %v", err)
	}
	if names := h.registered(discordtest.DefaultGuildID); !slices.Contains(names, "people") || slices.Contains(names, "aircraft") {
		t.Errorf("after the swap, registered: %v", names)
	}
	// A swap that changes no command registers nothing.
	if _, err := r.Reindex(h.ctx, "SIGHUP"); err != nil {
		t.Fatal(err)
	}
	if n := h.fake.Count(isPut); n != 3 {
		t.Errorf("want 3 PUTs (start, refused, retried), got %d", n)
	}
}

// RefreshCommands keeps the command table while the corpus it was built
// for is still served (New built it; serve refreshes at start). Building
// one for a new corpus is TestSwapRegistersCommands's.
func TestRefreshKeepsTheTableOfTheSameCorpus(t *testing.T) {
	b := newTestBot(t)
	before := b.table()
	b.RefreshCommands()
	if b.table() != before {
		t.Error("the command table was built again for the same corpus")
	}
}
