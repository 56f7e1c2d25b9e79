package bot

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"storybot/corpus"
	"storybot/index"
	"storybot/internal/discordtest"
	"storybot/reload"
	"storybot/store"
)

// seededLive writes the built-in corpus to a temporary directory and
// returns a live engine built from it, closed when the test ends, with
// the directory.
func seededLive(t *testing.T) (*index.Live, string) {
	t.Helper()
	dir := t.TempDir()
	if _, err := corpus.Seed(dir); err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	return liveOf(t, c), dir
}

// buildEngine indexes a corpus for a test.
func buildEngine(t testing.TB, c *corpus.Corpus) *index.Engine {
	t.Helper()
	e, err := index.Build(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// liveOf serves a corpus's engine, closed when the test ends.
func liveOf(t testing.TB, c *corpus.Corpus) *index.Live {
	t.Helper()
	live := index.NewLive(buildEngine(t, c))
	t.Cleanup(func() { live.Close() })
	return live
}

// startWithCorpusDir writes the built-in corpus to a temporary directory and
// returns it with a bot serving it.
func startWithCorpusDir(t *testing.T) (*harness, string) {
	t.Helper()
	live, dir := seededLive(t)
	h, _ := startReloading(t, reload.Config{Live: live, Dir: dir}, func(cfg *Config) {
		cfg.ModRoles = []string{"6000000000000000001"}
	})
	return h, dir
}

// startReloading starts a bot serving cfg.Live whose /reindex is a
// Reloader with cfg, its swaps wired to RefreshCommands as serve wires
// them.
func startReloading(t *testing.T, cfg reload.Config, opts ...option) (*harness, *reload.Reloader) {
	t.Helper()
	cfg.Logger = testLogger()
	r := reload.New(cfg)
	h := start(t, cfg.Live, append([]option{func(c *Config) { c.Reindexer = r }}, opts...)...)
	r.OnSwap(h.bot.RefreshCommands)
	return h, r
}

func (h *harness) reindex(perms int64, roles []string, opts ...*discordgo.ApplicationCommandInteractionDataOption) (*discordtest.Callback, string) {
	h.t.Helper()
	cb, m := h.command(discordtest.InteractionSpec{Name: "reindex", GuildID: discordtest.DefaultGuildID, Permissions: perms, Roles: roles, Options: opts})
	return cb, embedText(m)
}

const moderator = discordgo.PermissionManageGuild | discordtest.DefaultPermissions

func (h *harness) aircraftCard(name string) string {
	h.t.Helper()
	_, m := h.command(discordtest.InteractionSpec{Name: "aircraft", Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("name", name)}})
	return embedText(m)
}

func TestReindexAfterEditOnDisk(t *testing.T) {
	h, dir := startWithCorpusDir(t)
	if text := h.aircraftCard("su-24"); !strings.Contains(text, "Fencer") || strings.Contains(text, "Fencer-Z") {
		t.Fatalf("before:\n%s", text)
	}
	facts := filepath.Join(dir, corpus.FactsFile)
	b, _ := os.ReadFile(facts)
	b = bytes.Replace(b, []byte("{key: nato_name, value: Fencer, source: background}"), []byte("{key: nato_name, value: Fencer-Z, source: background}"), 1)
	b = bytes.Replace(b, []byte("aliases: [Sukhoi Su-24, Су-24, Fencer]"), []byte("aliases: [Sukhoi Su-24, Су-24, Fencer, Frontovik]"), 1)
	if err := os.WriteFile(facts, b, 0o644); err != nil {
		t.Fatal(err)
	}
	cb, text := h.reindex(moderator, nil)
	if !cb.Ephemeral() || !strings.Contains(text, "Reindexed") || !strings.Contains(text, "su-24 (aliases, attributes)") || !strings.Contains(text, "Frontovik") {
		t.Errorf("report:\n%s", text)
	}
	if text := h.aircraftCard("Frontovik"); !strings.Contains(text, "Fencer-Z") {
		t.Errorf("after reindex the new fact and alias should show:\n%s", text)
	}
}

func TestReindexRefusesNonModerators(t *testing.T) {
	h, _ := startWithCorpusDir(t)
	// The member has only default permissions, whatever the client was
	// shown: the handler checks for itself.
	cb, text := h.reindex(0, nil)
	if !cb.Ephemeral() || !strings.Contains(text, "Only moderators") {
		t.Errorf("non-moderator: ephemeral=%v\n%s", cb.Ephemeral(), text)
	}
	// A DM is no admin server.
	cb, err := h.fake.SendInteraction(discordtest.InteractionSpec{Name: "reindex"}).Wait(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := cb.Message(); !strings.Contains(embedText(m), "admin servers") {
		t.Errorf("DM reindex: %s", embedText(m))
	}
	// A configured moderator role is enough.
	if _, text := h.reindex(0, []string{"6000000000000000001"}); !strings.Contains(text, "Reindexed") {
		t.Errorf("moderator role:\n%s", text)
	}
	var def *discordgo.ApplicationCommand
	for _, c := range h.fake.Commands(discordtest.DefaultGuildID) {
		if c.Name == "reindex" {
			def = c
		}
	}
	if def == nil || def.DefaultMemberPermissions == nil || *def.DefaultMemberPermissions != discordgo.PermissionManageGuild ||
		def.Contexts == nil || len(*def.Contexts) != 1 || (*def.Contexts)[0] != discordgo.InteractionContextGuild {
		t.Errorf("/reindex must be registered for Manage Server, without DMs: %+v", def)
	}
}

func TestReindexBrokenUploadChangesNothing(t *testing.T) {
	h, dir := startWithCorpusDir(t)
	before, _ := os.ReadFile(filepath.Join(dir, corpus.FactsFile))
	broken := []byte("title: Broken\nfields: []\nentries:\n  - id: x\n    kind: aircraft\n    name: [unclosed\n")
	att := h.fake.NewAttachment("facts.yaml", "application/x-yaml", broken)
	cb, text := h.reindex(moderator, nil, discordtest.AttachmentOpt("file", att))
	if !cb.Ephemeral() || !strings.Contains(text, "facts.yaml:") || !strings.Contains(text, "nothing changed") {
		t.Errorf("broken upload:\n%s", text)
	}
	after, _ := os.ReadFile(filepath.Join(dir, corpus.FactsFile))
	if !bytes.Equal(before, after) {
		t.Error("the broken upload changed facts.yaml on disk")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("the corpus directory should hold just its two files, has %d", len(entries))
	}
	if _, m := h.ask("Who built the MiG-27?"); !strings.Contains(embedText(m), "Mikoyan") {
		t.Error("old answers must still come back")
	}
}

func TestReindexRefusesOversizedAndWrongType(t *testing.T) {
	h, dir := startWithCorpusDir(t)
	big := h.fake.NewAttachment("facts.yaml", "text/yaml", bytes.Repeat([]byte("# padding\n"), corpus.MaxFileSize/10+1))
	if _, text := h.reindex(moderator, nil, discordtest.AttachmentOpt("file", big)); !strings.Contains(text, "limit is") {
		t.Errorf("oversized upload:\n%s", text)
	}
	png := h.fake.NewAttachment("cat.png", "image/png", []byte("\x89PNG\r\n"))
	if _, text := h.reindex(moderator, nil, discordtest.AttachmentOpt("file", png)); !strings.Contains(text, "neither an article") {
		t.Errorf("wrong type:\n%s", text)
	}
	binary := h.fake.NewAttachment("article.md", "text/markdown", []byte("bad \xff\xfe bytes"))
	if _, text := h.reindex(moderator, nil, discordtest.AttachmentOpt("file", binary)); !strings.Contains(text, "not valid UTF-8 text") {
		t.Errorf("binary upload:\n%s", text)
	}
	nul := h.fake.NewAttachment("article.md", "text/markdown", []byte("a line\nwith a \x00 NUL\n"))
	if _, text := h.reindex(moderator, nil, discordtest.AttachmentOpt("file", nul)); !strings.Contains(text, "NUL byte") {
		t.Errorf("an upload with a NUL byte should be refused as a file on disk is:\n%s", text)
	}
	// Issue 12's costly shape: a 1 MiB article of tiny paragraphs is
	// refused by the corpus's cost limits, before any index: the reply is
	// the corpus's problems (found by loading it, which comes before
	// indexing) and the bot keeps the corpus it had.
	tiny := h.fake.NewAttachment("article.txt", "text/plain", bytes.Repeat([]byte("A b.\n\n"), corpus.MaxFileSize/7))
	serving := h.bot.eng.Corpus()
	start := time.Now()
	if _, text := h.reindex(moderator, nil, discordtest.AttachmentOpt("file", tiny)); !strings.Contains(text, "the limit is") ||
		!strings.Contains(text, "The corpus has problems, so nothing changed") {
		t.Errorf("a 1 MiB article of tiny paragraphs should be refused by a limit of the corpus:\n%s", text)
	}
	t.Logf("the tiny-paragraph upload was refused in %v", time.Since(start))
	if h.bot.eng.Corpus() != serving {
		t.Error("the refused tiny-paragraph upload replaced the corpus being served")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("refused uploads must write nothing; directory has %d entries", len(entries))
	}
}

func TestReindexGoodUploadIsSavedWithBackup(t *testing.T) {
	h, dir := startWithCorpusDir(t)
	b, _ := os.ReadFile(filepath.Join(dir, corpus.ArticleFile))
	b = append(b, []byte("\n## Postscript\n\nThe Flanker was not part of the sale.\n")...)
	att := h.fake.NewAttachment("new-article.md", "text/markdown; charset=utf-8", b)
	_, text := h.reindex(moderator, nil, discordtest.AttachmentOpt("file", att))
	if !strings.Contains(text, "Paragraphs added (1)") || !strings.Contains(text, "Postscript") {
		t.Errorf("report:\n%s", text)
	}
	if _, err := os.Stat(filepath.Join(dir, corpus.ArticleFile+corpus.BackupSuffix)); err != nil {
		t.Errorf("the previous article should be kept as a backup: %v", err)
	}
	if _, m := h.ask("Was the Flanker part of the sale?"); !strings.Contains(embedText(m), "Postscript") {
		t.Errorf("the new paragraph should answer:\n%s", embedText(m))
	}
}

func TestReindexWithoutCorpusDir(t *testing.T) {
	live, _ := seededLive(t) // the built-in story; its directory unused
	h, _ := startReloading(t, reload.Config{Live: live})
	if _, text := h.reindex(moderator, nil); !strings.Contains(text, "No changes") {
		t.Errorf("reindexing the built-in corpus:\n%s", text)
	}
	att := h.fake.NewAttachment("facts.yaml", "text/yaml", []byte("title: x\n"))
	if _, text := h.reindex(moderator, nil, discordtest.AttachmentOpt("file", att)); !strings.Contains(text, "no corpus directory") && !strings.Contains(text, "No corpus directory") {
		t.Errorf("upload without a corpus directory:\n%s", text)
	}
}

func TestReindexFetchesAttachmentsOnlyFromDiscord(t *testing.T) {
	h, dir := startWithCorpusDir(t)
	var hits atomic.Int64
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write([]byte("title: x\n"))
	}))
	defer elsewhere.Close()
	forged := &discordgo.MessageAttachment{ID: "7000000000000000001", Filename: "facts.yaml", ContentType: "text/yaml", Size: 9,
		URL: elsewhere.URL + "/secret/facts.yaml"}
	cb, err := h.fake.SendInteraction(discordtest.InteractionSpec{Name: "reindex", GuildID: discordtest.DefaultGuildID, Permissions: moderator,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.AttachmentOpt("file", forged)}, Attachments: []*discordgo.MessageAttachment{forged}}).Wait(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := cb.Message()
	text := embedText(m)
	if !strings.Contains(text, "Upload refused") || strings.Contains(text, "127.0.0.1") || strings.Contains(text, "secret") {
		t.Errorf("an attachment on another host should be refused without quoting its URL:\n%s", text)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the other host saw %d requests", n)
	}

	if _, err := os.Stat(filepath.Join(dir, corpus.FactsFile+corpus.BackupSuffix)); err == nil {
		t.Error("a refused upload replaced the fact sheet")
	}
}

// An attachment on the DISCORD_API_URL host that redirects to another host
// is not followed there.
func TestDownloadFollowsNoRedirectAway(t *testing.T) {
	var hits atomic.Int64
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer elsewhere.Close()
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, elsewhere.URL+"/facts.yaml", http.StatusFound)
	}))
	defer api.Close()
	base, _ := ParseAPIURL(api.URL)
	b, err := New(Config{Token: testToken, HTTPClient: RedirectClient(base), Logger: testLogger()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	att := &discordgo.MessageAttachment{ID: "1", Filename: "facts.yaml", URL: api.URL + "/attachments/1/facts.yaml", Size: 9}
	r := &request{data: discordgo.ApplicationCommandInteractionData{Resolved: &discordgo.ApplicationCommandInteractionDataResolved{
		Attachments: map[string]*discordgo.MessageAttachment{"1": att}}}}
	_, _, _, err = b.download(context.Background(), r, &discordgo.ApplicationCommandInteractionDataOption{Type: discordgo.ApplicationCommandOptionAttachment, Value: "1"})
	if err == nil || strings.Contains(err.Error(), "127.0.0.1") {
		t.Errorf("a redirect away should fail without quoting the URL: %v", err)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the other host saw %d requests", n)
	}
	for _, u := range []string{"https://cdn.discordapp.com/attachments/1/2/a.md", "https://media.discordapp.net/x", api.URL + "/x"} {
		if !b.attachmentHost(u) {
			t.Errorf("%s should be allowed", u)
		}
	}
	for _, u := range []string{"http://cdn.discordapp.com/x", "https://cdn.discordapp.com.evil.example/x", "https://evil.example/x", "file:///etc/passwd", "https://user@cdn.discordapp.com/x"} {
		if b.attachmentHost(u) {
			t.Errorf("%s should be refused", u)
		}
	}
}

// /reindex is registered only in the admin servers, and refused in code
// from any other server, whatever the member may do there.
func TestReindexOnlyInAdminServers(t *testing.T) {
	const adminA, adminB, other = "4000000000000000011", "4000000000000000012", "4000000000000000013"
	h := start(t, nil, func(c *Config) {
		c.GuildID = "" // global commands
		c.AdminGuilds = []string{adminA, adminB}
	})
	names := func(guild string) string { return strings.Join(h.registered(guild), ",") }
	if g := names(""); strings.Contains(g, "reindex") || !strings.Contains(g, "ask") {
		t.Errorf("global commands: %s", g)
	}
	for _, g := range []string{adminA, adminB} {
		if got := names(g); got != "reindex" {
			t.Errorf("admin server %s: %q, want reindex", g, got)
		}
	}
	if got := names(other); got != "" {
		t.Errorf("another server: %q", got)
	}
	cb, err := h.fake.SendInteraction(discordtest.InteractionSpec{Name: "reindex", GuildID: other, Permissions: discordgo.PermissionAdministrator}).Wait(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := cb.Message(); !cb.Ephemeral() || !strings.Contains(embedText(m), "only be changed from the bot's admin servers") {
		t.Errorf("an administrator of another server: %s", embedText(m))
	}
}

// With no admin server, /reindex is registered nowhere.
func TestReindexNotRegisteredWithoutAdminServers(t *testing.T) {
	h := start(t, nil, func(c *Config) { c.AdminGuilds = nil })
	for _, c := range h.fake.Commands(discordtest.DefaultGuildID) {
		if c.Name == "reindex" {
			t.Error("/reindex is registered without an admin server")
		}
	}
	if _, text := h.reindex(moderator, nil); !strings.Contains(text, "admin servers") {
		t.Errorf("/reindex without admin servers:\n%s", text)
	}
}

// With a store, each /reindex is a version; version: lists them (who,
// when) and rolls back to one, as a new version.
func TestReindexVersions(t *testing.T) {
	live, dir := seededLive(t)
	st, err := store.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h, _ := startReloading(t, reload.Config{Live: live, Dir: dir, Store: st})
	if _, text := h.reindex(moderator, nil); !strings.Contains(text, "Published as version 1") {
		t.Errorf("first reindex:\n%s", text)
	}
	facts, _ := os.ReadFile(filepath.Join(dir, corpus.FactsFile))
	os.WriteFile(filepath.Join(dir, corpus.FactsFile), bytes.Replace(facts, []byte("value: Fencer, source"), []byte("value: Fencer-B, source"), 1), 0o644)
	if _, text := h.reindex(moderator, nil); !strings.Contains(text, "version 2") {
		t.Errorf("second reindex:\n%s", text)
	}
	cb, err := h.fake.SendInteraction(discordtest.InteractionSpec{Type: discordgo.InteractionApplicationCommandAutocomplete, Name: "reindex",
		GuildID: discordtest.DefaultGuildID, Permissions: moderator,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{{Name: "version", Type: discordgo.ApplicationCommandOptionInteger, Value: "", Focused: true}}}).Wait(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ch := cb.Choices(); len(ch) != 2 || !strings.HasPrefix(ch[0].Name, "2 · ") || !strings.Contains(ch[0].Name, "tester") {
		t.Errorf("version choices: %+v", ch)
	}
	_, text := h.reindex(moderator, nil, &discordgo.ApplicationCommandInteractionDataOption{Name: "version", Type: discordgo.ApplicationCommandOptionInteger, Value: 1})
	if !strings.Contains(text, "version 3") {
		t.Errorf("rollback:\n%s", text)
	}
	if a, _ := live.Ask(context.Background(), "What is the NATO reporting name of the Su-24?", index.Options{}); a == nil || a.Answer != "Fencer" {
		t.Errorf("after the rollback: %+v", a)
	}
}
