package bot

import (
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

// A corpus that declares a lookup command gets it registered; a reindex to
// a corpus that drops it unregisters it, with a bulk overwrite each time.
func TestReindexRegistersDeclaredLookups(t *testing.T) {
	h, dir := startWithCorpusDir(t)
	facts := filepath.Join(dir, corpus.FactsFile)
	original, err := os.ReadFile(facts)
	if err != nil {
		t.Fatal(err)
	}
	declared := regexp.MustCompile(`(?m)^commands:\n(  .*\n|    .*\n)+`)
	if !declared.Match(original) {
		t.Fatal("the built-in fact sheet declares no commands")
	}
	declare := func(commands string) {
		if err := os.WriteFile(facts, declared.ReplaceAll(original, []byte(commands)), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	declare("commands:\n  - {name: people, kinds: [person], description: Anyone in the story, example: Blinken}\n")
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
	b := &Bot{log: testLogger()}
	table := b.buildTable(c, append(lookupCommands(c), corpus.Command{Name: "ask", Kinds: corpus.WhoKinds(), Description: "clash"}))
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
