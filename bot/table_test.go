package bot

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"storybot/corpus"
	"storybot/internal/discordtest"
)

// registered lists the names of the commands registered in the test guild.
func (h *harness) registered() []string {
	var names []string
	for _, c := range h.fake.Commands(discordtest.DefaultGuildID) {
		names = append(names, c.Name)
	}
	return names
}

// A corpus that declares a lookup command gets it registered; a reindex to
// a corpus that drops it unregisters it, with a bulk overwrite each time.
func TestReindexRegistersDeclaredLookups(t *testing.T) {
	h, dir := startWithCorpusDir(t)
	// Until corpus.Commands lands, a corpus "declares" /people when its
	// title says so. TODO(corpus.Commands): declare it in facts.yaml.
	h.bot.tableMu.Lock()
	h.bot.lookups = func(c *corpus.Corpus) []lookupDef {
		if c != nil && strings.Contains(c.Title, "PEOPLE-DECLARED") {
			return append(lookupCommands(c), lookupDef{Name: "people", Kinds: whoKinds(), Description: "Anyone in the story", Example: "someone"})
		}
		return lookupCommands(c)
	}
	h.bot.tableMu.Unlock()
	facts := filepath.Join(dir, corpus.FactsFile)
	original, err := os.ReadFile(facts)
	if err != nil {
		t.Fatal(err)
	}
	retitle := func(title string) {
		b := bytes.Replace(original, []byte("\ntitle: "), []byte("\ntitle: "+title+" "), 1)
		if err := os.WriteFile(facts, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	retitle("PEOPLE-DECLARED")
	if _, text := h.reindex(moderator, nil); !strings.Contains(text, "/people added") {
		t.Errorf("the reindex report should say /people was added:\n%s", text)
	}
	names := h.registered()
	if !slices.Contains(names, "people") || !slices.Contains(names, "who") || !slices.Contains(names, "ask") {
		t.Errorf("after declaring /people, registered: %v", names)
	}
	_, m := h.command(discordtest.InteractionSpec{Name: "people", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("name", "blinken")}})
	if text := embedText(m); !strings.Contains(text, "Blinken") {
		t.Errorf("/people should look names up:\n%s", text)
	}

	retitle("")
	if _, text := h.reindex(moderator, nil); !strings.Contains(text, "/people removed") {
		t.Errorf("the reindex report should say /people was removed:\n%s", text)
	}
	if names := h.registered(); slices.Contains(names, "people") || !slices.Contains(names, "who") {
		t.Errorf("after dropping /people, registered: %v", names)
	}
	cb, m := h.command(discordtest.InteractionSpec{Name: "people", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("name", "blinken")}})
	if !cb.Ephemeral() {
		t.Errorf("a dropped command should be refused:\n%s", embedText(m))
	}
	puts := 0
	for _, r := range h.fake.Requests() {
		if r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands") {
			puts++
		}
	}
	if puts != 3 {
		t.Errorf("want 3 bulk overwrites (start, add, drop), got %d", puts)
	}
}

// The examples the bot shows come from the corpus it serves.
func TestExamplesComeFromTheCorpus(t *testing.T) {
	c := &corpus.Corpus{Title: "Harbour ferry", Entries: []corpus.Entry{
		{ID: "ferry", Kind: "vehicle", Name: "Blue Ferry"},
		{ID: "pier", Kind: corpus.KindPlace, Name: "North Pier"},
		{ID: "ann", Kind: corpus.KindPerson, Name: "Ann Quay"},
		{ID: "ferry-2", Kind: "vehicle", Name: "Red Ferry"},
	}}
	qs := exampleQuestions(c, 3)
	if len(qs) == 0 || !strings.Contains(strings.Join(qs, " "), "Blue Ferry") || !strings.Contains(strings.Join(qs, " "), "Who is Ann Quay?") {
		t.Errorf("examples: %q", qs)
	}
	ls := lookupCommands(c)
	if len(ls) != 1 || ls[0].Name != "vehicle" || ls[0].Example != "Blue Ferry" || ls[0].Description != "A vehicle's fact-sheet card and what the article says about it" {
		t.Errorf("lookups: %+v", ls)
	}
	b := &Bot{log: testLogger()}
	table := b.buildTable(c, append(ls, lookupDef{Name: "ask", Kinds: whoKinds(), Description: "clash"}))
	if got := strings.Join(table.order, ","); got != "ask,search,vehicle,who,timeline,help,stats,reindex" {
		t.Errorf("table: %s", got)
	}
	if d := table.byName["ask"].def.Options[0].Description; d != "Your question, e.g. What is Blue Ferry?" {
		t.Errorf("/ask hint: %q", d)
	}
	if d := table.byName["who"].def.Options[0].Description; d != "Name or alias, e.g. Ann Quay" {
		t.Errorf("/who hint: %q", d)
	}
}
