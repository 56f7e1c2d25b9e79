package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"storybot/internal/discordtest"
	"storybot/internal/pgtest"
	"storybot/store"
)

// serving is a storybot serve running in process.
type serving struct {
	t    *testing.T
	logs *syncBuffer
	stop func() int
}

// startServing runs serve with env until the test ends.
func startServing(t *testing.T, env map[string]string) *serving {
	t.Helper()
	s := &serving{t: t, logs: &syncBuffer{}}
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: s.logs, Getenv: func(k string) string { return env[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, []string{"serve"}) }()
	stopped, code := false, 0
	s.stop = func() int {
		if !stopped {
			stopped = true
			cancel()
			select {
			case code = <-done:
			case <-time.After(10 * time.Second):
				t.Error("serve did not stop")
			}
		}
		return code
	}
	t.Cleanup(func() { s.stop() })
	return s
}

// waitHTTP waits until url answers, returning its status and body.
func (s *serving) waitHTTP(url string) (int, string) {
	s.t.Helper()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		resp, err := http.Get(url)
		if err != nil {
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return resp.StatusCode, string(b)
	}
	s.t.Fatalf("%s never answered:\n%s", url, s.logs.String())
	return 0, ""
}

// gatewayOffEnv is the environment of an HTTP-only replica on fresh ports.
func gatewayOffEnv(t *testing.T, apiURL string, pub ed25519.PublicKey) (map[string]string, string, string) {
	inter, ops := "127.0.0.1:"+freePort(t), "127.0.0.1:"+freePort(t)
	return map[string]string{
		"STORYBOT_GATEWAY":           "off",
		"DISCORD_API_URL":            apiURL,
		"DISCORD_PUBLIC_KEY":         hex.EncodeToString(pub),
		"DISCORD_GUILD_ID":           discordtest.DefaultGuildID,
		"STORYBOT_INTERACTIONS_ADDR": inter,
		"STORYBOT_HTTP_ADDR":         ops,
		"STORYBOT_DATA":              t.TempDir(),
	}, "http://" + inter, "http://" + ops
}

// STORYBOT_GATEWAY=off: commands registered over REST, no gateway
// connection, interactions answered over HTTP, /healthz ready.
func TestServeWithoutGateway(t *testing.T) {
	fake := discordtest.New(t)
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	env, inter, ops := gatewayOffEnv(t, fake.URL(), pub)
	env["DISCORD_TOKEN"] = testToken
	s := startServing(t, env)
	if code, body := s.waitHTTP(ops + "/healthz"); code != http.StatusOK {
		t.Errorf("/healthz without a gateway: %d %s", code, body)
	}
	for deadline := time.Now().Add(10 * time.Second); len(fake.Commands(discordtest.DefaultGuildID)) == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("commands never registered:\n%s", s.logs.String())
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := fake.PostInteraction(ctx, inter, priv, discordtest.InteractionSpec{Name: "ask", GuildID: discordtest.DefaultGuildID,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", "When did Antony Blinken visit Kazakhstan?")}})
	if err != nil {
		t.Fatal(err)
	}
	if _, m, err := res.Response(); err != nil || res.Status != 200 || !strings.Contains(discordtest.EmbedText(m), "March 2023") {
		t.Errorf("/ask over HTTP: %d %s", res.Status, res.Body)
	}
	if n := len(fake.Identifies()); n != 0 {
		t.Errorf("%d gateway connections, want none", n)
	}
	if code := s.stop(); code != 0 {
		t.Errorf("serve exited %d:\n%s", code, s.logs.String())
	}
}

// Without a token and with Discord unreachable, an HTTP-only replica
// still starts and answers; the failed registration is only logged.
func TestServeWithoutGatewayOrToken(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	env, inter, ops := gatewayOffEnv(t, "http://127.0.0.1:"+freePort(t), pub)
	s := startServing(t, env)
	if code, body := s.waitHTTP(ops + "/healthz"); code != http.StatusOK {
		t.Errorf("/healthz: %d %s", code, body)
	}
	ping := []byte(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`)
	res, err := discordtest.PostSigned(context.Background(), inter, priv, ping)
	if err != nil || res.Status != 200 || !strings.Contains(string(res.Body), `"type":1`) {
		t.Fatalf("PING: %v %+v", err, res)
	}
	// The registration fails in the background; shutting down before it
	// has would rightly log nothing.
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(s.logs.String(), "slash commands are not registered"); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the missing registration was never logged:\n%s", s.logs.String())
		}
	}
	if code := s.stop(); code != 0 {
		t.Errorf("exit %d:\n%s", code, s.logs.String())
	}
}

// PostgreSQL unreachable at start: serve starts from the built-in story,
// says so in /healthz, refuses /reindex, and attaches the database once it
// is back.
func TestServeStartsWithoutDatabase(t *testing.T) {
	t.Parallel()
	srv := pgtest.Start(t)
	dsn := srv.Database(t)
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	fake := discordtest.New(t)
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	env, inter, ops := gatewayOffEnv(t, fake.URL(), pub)
	env["DISCORD_TOKEN"] = testToken
	env["STORYBOT_DATABASE_URL"] = dsn
	s := startServing(t, env)
	if code, body := s.waitHTTP(ops + "/healthz"); code != http.StatusOK || !strings.Contains(body, "database: unreachable") {
		t.Errorf("/healthz with the database down: %d %s", code, body)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := fake.PostInteraction(ctx, inter, priv, discordtest.InteractionSpec{Name: "reindex", GuildID: discordtest.DefaultGuildID,
		Permissions: discordgo.PermissionManageGuild})
	if err != nil {
		t.Fatal(err)
	}
	if _, m, _ := res.Response(); len(m.Embeds) == 0 || !strings.Contains(m.Embeds[0].Description, "database is unreachable") {
		t.Errorf("/reindex with the database down: %s", res.Body)
	}
	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	for {
		_, body := s.waitHTTP(ops + "/healthz")
		if !strings.Contains(body, "database") {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("the database never attached: %s\n%s", body, s.logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(s.logs.String(), "the database is reachable again") {
		t.Errorf("logs:\n%s", s.logs.String())
	}
}

// Stopping PostgreSQL while questions flow loses no log record: they wait
// in memory and are written when it is back.
func TestQuestionsKeptWhileDatabaseDown(t *testing.T) {
	t.Parallel()
	srv := pgtest.Start(t)
	dsn := srv.Database(t)
	fake := discordtest.New(t)
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	env, inter, ops := gatewayOffEnv(t, fake.URL(), pub)
	env["STORYBOT_DATABASE_URL"] = dsn
	env["STORYBOT_RATE_PER_MINUTE"], env["STORYBOT_RATE_BURST"] = "100000", "100000"
	s := startServing(t, env)
	s.waitHTTP(ops + "/healthz")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	asked := 0
	askSome := func(n int) {
		for range n {
			res, err := fake.PostInteraction(ctx, inter, priv, discordtest.InteractionSpec{Name: "ask", GuildID: discordtest.DefaultGuildID,
				Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", "who is cameron")}})
			if err != nil || res.Status != 200 {
				t.Fatalf("ask: %v %+v", err, res)
			}
			asked++
		}
	}
	askSome(10)
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	askSome(20) // answered from memory, logged later
	if _, body := s.waitHTTP(ops + "/healthz"); !strings.Contains(body, "records queued") {
		t.Errorf("/healthz with the database down: %s", body)
	}
	time.Sleep(2 * time.Second)
	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var n int
	for ctx.Err() == nil {
		if err := st.DB().QueryRowContext(ctx, `SELECT COUNT(*) FROM questions`).Scan(&n); err == nil && n >= asked {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if n != asked {
		t.Errorf("%d of %d questions in the log after the outage", n, asked)
	}
}
