package main

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"storybot/internal/discordtest"
	"storybot/internal/freeport"
	"storybot/internal/syncbuf"
	"storybot/store"
)

const testToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcdE.abcdefghijklmnopqrstuvwxyz0123456789AB"

// syncBuffer collects the logs of the code under test.
type syncBuffer = syncbuf.Buffer

// TestServeAgainstFakeDiscord runs `storybot serve` as a user would, with
// DISCORD_API_URL pointing the whole program at a fake Discord.
func TestServeAgainstFakeDiscord(t *testing.T) {
	t.Parallel()
	fake := discordtest.New(t)
	data := t.TempDir() // the question log goes here, not into the user's state directory
	// A journal left by an older storybot is imported at start.
	old := `{"time":"` + time.Now().Add(-time.Hour).UTC().Format(time.RFC3339) + `","command":"ask","guild":"` + discordtest.DefaultGuildID +
		`","question":"an old question from the journal","found":false,"asker":"0011223344556677"}` + "\n"
	if err := os.WriteFile(filepath.Join(data, store.JournalQuestions), []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"STORYBOT_DATA":      data,
		"DISCORD_TOKEN":      "Bot " + testToken,
		"DISCORD_API_URL":    fake.URL(),
		"DISCORD_GUILD_ID":   discordtest.DefaultGuildID,
		"STORYBOT_LOG_LEVEL": "debug",
	}
	var stderr syncBuffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &stderr, Getenv: func(k string) string { return env[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, nil) }() // no command: a token means serve
	stopped := false
	stop := func() int {
		if stopped {
			return 0
		}
		stopped = true
		cancel()
		select {
		case code := <-done:
			return code
		case <-time.After(10 * time.Second):
			t.Fatal("serve did not stop")
			return -1
		}
	}
	t.Cleanup(func() { stop() })

	wait, cancelWait := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancelWait()
	if err := fake.WaitReady(wait); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	for len(fake.Commands(discordtest.DefaultGuildID)) == 0 {
		select {
		case <-wait.Done():
			t.Fatalf("commands never registered\n%s", stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	cb, err := fake.SendInteraction(discordtest.InteractionSpec{Name: "ask", GuildID: discordtest.DefaultGuildID,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", "When did Antony Blinken visit Kazakhstan?")}}).Wait(wait)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(cb.Data), "March 2023") {
		t.Errorf("answer: %s", cb.Data)
	}
	if code := stop(); code != 0 {
		t.Errorf("serve exited %d", code)
	}
	code, out, errOut := run(t, "", map[string]string{"STORYBOT_DATA": data}, "stats")
	if code != 0 || !strings.Contains(out, "Last 24 hours: 2 questions, 50% answered") || !strings.Contains(out, "an old question from the journal") {
		t.Errorf("the question log should be in STORYBOT_DATA, with the old journal imported: exit %d\n%s%s", code, out, errOut)
	}
	logs := stderr.String()
	if strings.Contains(logs, testToken) || strings.Contains(logs, strings.Split(testToken, ".")[2]) {
		t.Error("the token appeared in the logs")
	}
	for _, want := range []string{"index built", "registered commands", "answered interaction", "shutting down"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q:\n%s", want, logs)
		}
	}
}

func TestServeConfigErrors(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, "DISCORD_TOKEN is not set"},
		{map[string]string{"DISCORD_TOKEN": "hunter2"}, "does not look like a bot token"},
		{map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_GUILD_ID": "my server"}, "DISCORD_GUILD_ID"},
		{map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_API_URL": "localhost:8080"}, "DISCORD_API_URL"},
		{map[string]string{"DISCORD_TOKEN": testToken, "STORYBOT_LOG_LEVEL": "loud"}, "STORYBOT_LOG_LEVEL"},
		{map[string]string{"DISCORD_TOKEN": testToken, "STORYBOT_LOG_FORMAT": "xml"}, "STORYBOT_LOG_FORMAT"},
		{map[string]string{"DISCORD_TOKEN": testToken, "STORYBOT_RATE_PER_MINUTE": "-3"}, "STORYBOT_RATE_PER_MINUTE"},
		{map[string]string{"DISCORD_TOKEN": testToken, "STORYBOT_ADMIN_GUILDS": "123456789,main"}, `STORYBOT_ADMIN_GUILDS: "main" is not a server id`},
		{map[string]string{"DISCORD_TOKEN": testToken, "STORYBOT_DATABASE_URL": "mysql://x"}, "STORYBOT_DATABASE_URL"},
		{map[string]string{"DISCORD_TOKEN": testToken, "STORYBOT_RETENTION": "forever"}, "STORYBOT_RETENTION"},
	}
	for _, c := range cases {
		code, out, errOut := run(t, "", c.env, "serve")
		if code != exitUsage || out != "" {
			t.Errorf("%v: exit %d, stdout %q", c.env, code, out)
		}
		if lines := strings.Split(strings.TrimSpace(errOut), "\n"); len(lines) != 1 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: want one line about %s, got %q", c.env, c.want, errOut)
		}
		if strings.Contains(errOut, "hunter2") {
			t.Errorf("the error repeats the token: %q", errOut)
		}
	}
}

// TestServeBrokenCorpus: serve refuses a broken corpus directory with the
// words every command uses for it: the directory, then each problem.
func TestServeBrokenCorpus(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "article.md"), []byte("# T\n\nSome text here.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "facts.yaml"), []byte("title: [x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"DISCORD_TOKEN": testToken, "STORYBOT_CORPUS": dir, "STORYBOT_DATA": t.TempDir()}
	code, _, errOut := run(t, "", env, "serve")
	want := "storybot: corpus " + dir + ":\nfacts.yaml:2: invalid YAML"
	if code != exitError || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, errOut, want)
	}
}

func TestAdminGuildsDefault(t *testing.T) {
	env := map[string]string{"DISCORD_TOKEN": testToken, "DISCORD_GUILD_ID": "4000000000000000001"}
	get := func(k string) string { return env[k] }
	if c, err := readServeConfig(get); err != nil || strings.Join(c.adminGuilds, ",") != "4000000000000000001" {
		t.Errorf("admin servers default to DISCORD_GUILD_ID: %v %v", c.adminGuilds, err)
	}
	env["STORYBOT_ADMIN_GUILDS"] = " 4000000000000000002, 4000000000000000003 "
	if c, err := readServeConfig(get); err != nil || strings.Join(c.adminGuilds, ",") != "4000000000000000002,4000000000000000003" {
		t.Errorf("STORYBOT_ADMIN_GUILDS: %v %v", c.adminGuilds, err)
	}
	delete(env, "STORYBOT_ADMIN_GUILDS")
	delete(env, "DISCORD_GUILD_ID")
	if c, err := readServeConfig(get); err != nil || c.adminGuilds != nil {
		t.Errorf("neither set: no admin server, got %v %v", c.adminGuilds, err)
	}
}

// freePort returns a loopback port nothing listens on (see freeport).
func freePort(t testing.TB) string {
	t.Helper()
	port, err := freeport.Pick()
	if err != nil {
		t.Fatal(err)
	}
	return strconv.Itoa(port)
}

// TestServeFailureFreesListeners: when a step after the HTTP listeners
// start fails (here, connecting to a Discord that is not there), serve
// exits 1 and leaves no listener or goroutine behind.
func TestServeFailureFreesListeners(t *testing.T) {
	port := freePort(t)
	env := map[string]string{
		"DISCORD_TOKEN":      testToken,
		"DISCORD_API_URL":    "http://127.0.0.1:" + freePort(t), // nothing answers there
		"STORYBOT_HTTP_ADDR": "127.0.0.1:" + port,
		"STORYBOT_DATA":      t.TempDir(),
	}
	// A first run starts the goroutines that live as long as the process
	// (Bleve's analysis workers, os/signal's loop); the second is measured.
	run(t, "", env, "serve")
	before := runtime.NumGoroutine()
	code, _, errOut := run(t, "", env, "serve")
	if code != exitError || !strings.Contains(errOut, "listening") || !strings.Contains(errOut, "connect to Discord") {
		t.Fatalf("exit %d, want 1 after listening then failing to connect:\n%s", code, errOut)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:"+port)
	if err != nil {
		t.Fatalf("the health listener outlived serve: %v", err)
	}
	ln.Close()
	deadline := time.Now().Add(3 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines before serve, %d after:\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}

// TestCloseFreesPortAtOnce: Close returns only once the port is free,
// even when it comes before the listener's Serve loop has started (an
// early failure, such as no Discord to connect to, closes at once).
func TestCloseFreesPortAtOnce(t *testing.T) {
	for range 50 {
		addr := "127.0.0.1:" + freePort(t)
		s := &server{cfg: serveConfig{shutdown: time.Second}, log: slog.New(slog.DiscardHandler)}
		if err := s.listen("health", addr, http.NotFoundHandler()); err != nil {
			t.Fatal(err)
		}
		s.Close()
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			t.Fatalf("the port is still taken after Close: %v", err)
		}
		ln.Close()
	}
}
