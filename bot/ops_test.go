package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/prometheus/client_golang/prometheus"

	"storybot/bot/internal/discordspec"
	"storybot/index"
	"storybot/internal/discordtest"
	"storybot/store"
)

// sign signs an HTTP interaction as Discord does.
func sign(priv ed25519.PrivateKey, body []byte, ts time.Time) http.Header {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	h := http.Header{}
	h.Set("X-Signature-Timestamp", stamp)
	h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(stamp), body...))))
	h.Set("Content-Type", "application/json")
	return h
}

func newHTTPBot(t *testing.T, opts ...option) (*Bot, ed25519.PrivateKey, *httptest.Server) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	e, err := sharedEngine()
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Token: testToken, Logger: testLogger()}
	for _, o := range opts {
		o(&cfg)
	}
	b, err := New(cfg, index.NewLive(e))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(b.InteractionsHandler(pub))
	t.Cleanup(srv.Close)
	return b, priv, srv
}

func post(t *testing.T, url string, body []byte, h http.Header) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header = h
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

func TestHTTPInteractions(t *testing.T) {
	log := openLog(t, t.TempDir())
	_, priv, srv := newHTTPBot(t, withLog(log))
	ping := []byte(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`)
	if code, body := post(t, srv.URL, ping, sign(priv, ping, time.Now())); code != 200 || !strings.Contains(string(body), `"type":1`) {
		t.Errorf("PING: %d %s", code, body)
	}
	ask := []byte(`{"id":"3","application_id":"2","type":2,"token":"t","version":1,"guild_id":"4","channel_id":"5",
		"member":{"user":{"id":"6","username":"u"},"roles":[],"permissions":"0","joined_at":"2024-01-01T00:00:00Z"},
		"data":{"id":"7","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"When did Antony Blinken visit Kazakhstan?"}]}}`)
	code, body := post(t, srv.URL, ask, sign(priv, ask, time.Now()))
	var resp struct {
		Type int               `json:"type"`
		Data discordgo.Message `json:"data"`
	}
	if err := json.Unmarshal(body, &resp); err != nil || code != 200 || resp.Type != 4 || !strings.Contains(embedText(&resp.Data), "March 2023") {
		t.Errorf("/ask over HTTP: %d %s", code, body)
	}
	if !strings.Contains(string(body), `"allowed_mentions":{"parse":[]`) {
		t.Errorf("allowed_mentions missing: %s", body)
	}
	// The HTTP response carries what a callback would.
	if spec, err := discordspec.Available(); err != nil {
		t.Fatal(err)
	} else if spec != nil {
		if err := spec.Validate("POST", "/api/v9/interactions/3/t/callback", body); err != nil {
			t.Errorf("Discord's OpenAPI description refuses the HTTP response: %v", err)
		}
	}
	if st, err := log.Store().Stats(context.Background(), store.StatsQuery{GuildID: "4"}); err != nil || st.Day != 1 {
		t.Errorf("a question over HTTP goes in the question log like any other: %+v %v", st, err)
	}
	auto := []byte(`{"id":"8","application_id":"2","type":4,"token":"t","version":1,"guild_id":"4",
		"member":{"user":{"id":"6","username":"u"},"permissions":"0"},
		"data":{"id":"7","name":"aircraft","type":1,"options":[{"name":"name","type":3,"value":"fulc","focused":true}]}}`)
	if code, body := post(t, srv.URL, auto, sign(priv, auto, time.Now())); code != 200 || !strings.Contains(string(body), "mig-29") {
		t.Errorf("autocomplete over HTTP: %d %s", code, body)
	}
}

func TestHTTPInteractionsRefuseBadRequests(t *testing.T) {
	_, priv, srv := newHTTPBot(t)
	_, other, _ := ed25519.GenerateKey(rand.Reader)
	body := []byte(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`)
	stale := sign(priv, body, time.Now().Add(-6*time.Minute))
	tampered := sign(priv, body, time.Now())
	cases := map[string]struct {
		body []byte
		h    http.Header
	}{
		"no signature":      {body, http.Header{}},
		"wrong key":         {body, sign(other, body, time.Now())},
		"stale timestamp":   {body, stale},
		"future timestamp":  {body, sign(priv, body, time.Now().Add(10*time.Minute))},
		"tampered body":     {[]byte(`{"id":"1","application_id":"2","type":2,"token":"t","version":1}`), tampered},
		"garbage signature": {body, http.Header{"X-Signature-Ed25519": {"zz"}, "X-Signature-Timestamp": {"x"}}},
	}
	for name, c := range cases {
		if code, _ := post(t, srv.URL, c.body, c.h); code != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401", name, code)
		}
	}
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: %d", resp.StatusCode)
	}
}

func TestHealthAndMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	h := start(t, nil, func(c *Config) { c.Metrics = reg })
	ops := httptest.NewServer(h.bot.OpsHandler(reg))
	defer ops.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(ops.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/healthz"); code != 200 || strings.TrimSpace(body) != "ok" {
		t.Errorf("healthz while connected: %d %q", code, body)
	}
	h.ask("who is cameron")
	h.ask("What is the best pizza topping?")
	h.fake.FailNext("POST", "/api/v9/interactions/*/*/callback", 429, `{"message": "rate limited", "retry_after": 0.01, "global": false}`)
	h.ask("who is blinken")
	if err := h.fake.Reconnect(h.ctx); err != nil {
		t.Fatal(err)
	}
	// Handlers run on their own goroutines: wait for the resumed event to
	// be counted.
	var body string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if _, body = get("/metrics"); strings.Contains(body, "storybot_gateway_reconnects_total 1") {
			break
		}
	}
	for _, want := range []string{
		`storybot_questions_total{command="ask",outcome="found"} 2`,
		`storybot_questions_total{command="ask",outcome="not_found"} 1`,
		`storybot_answer_seconds_bucket{command="ask"`,
		`storybot_gateway_reconnects_total 1`,
		`storybot_discord_rest_errors_total{status="429"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if err := h.bot.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if code, body := get("/healthz"); code != 503 || !strings.Contains(body, "gateway") {
		t.Errorf("healthz after shutdown: %d %q", code, body)
	}
}

func TestShutdownFinishesAnswersInFlight(t *testing.T) {
	e, err := sharedEngine()
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, slowEngine{index.NewLive(e), 300 * time.Millisecond})
	hd := h.fake.SendInteraction(discordtest.InteractionSpec{Name: "ask", GuildID: discordtest.DefaultGuildID,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", "who is cameron")}})
	time.Sleep(100 * time.Millisecond) // the answer is under way
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := h.bot.Shutdown(ctx); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	cb := hd.Callback()
	if cb == nil || !strings.Contains(string(cb.Data), "Cameron") {
		t.Fatalf("the answer in flight should be sent before shutdown returns, got %+v", cb)
	}
}

func TestSharding(t *testing.T) {
	h := start(t, nil, func(c *Config) { c.ShardID, c.ShardCount = 1, 3 })
	ids := h.fake.Identifies()
	if len(ids) == 0 || ids[0].Shard == nil || ids[0].Shard[0] != 1 || ids[0].Shard[1] != 3 {
		t.Errorf("IDENTIFY shard = %+v, want [1 3]", ids)
	}
	if _, err := New(Config{Token: testToken, ShardID: 3, ShardCount: 3}, nil); err == nil {
		t.Error("shard 3 of 3 accepted")
	}
}

// An interaction id is answered once: the same signed request sent again
// gets 409 and is neither answered nor logged again.
func TestHTTPReplayIsRefused(t *testing.T) {
	log := openLog(t, t.TempDir())
	_, priv, srv := newHTTPBot(t, withLog(log))
	ask := []byte(`{"id":"30","application_id":"2","type":2,"token":"t","version":1,"guild_id":"4","channel_id":"5",
		"member":{"user":{"id":"6","username":"u"},"roles":[],"permissions":"0","joined_at":"2024-01-01T00:00:00Z"},
		"data":{"id":"7","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"who is blinken"}]}}`)
	h := sign(priv, ask, time.Now())
	if code, body := post(t, srv.URL, ask, h); code != http.StatusOK || !strings.Contains(string(body), "Blinken") {
		t.Fatalf("first request: %d %s", code, body)
	}
	if code, body := post(t, srv.URL, ask, h); code != http.StatusConflict {
		t.Errorf("replayed request: %d %s, want 409", code, body)
	}
	if n := logged(t, log, `SELECT COUNT(*) FROM questions`); n != "1\n" {
		t.Errorf("a replay must not be logged again: %s questions", n)
	}
}

// An autocomplete changes nothing: it is not claimed in the store (a
// write per keystroke), and the same one sent again is answered again.
func TestAutocompleteIsNotClaimed(t *testing.T) {
	log := openLog(t, t.TempDir())
	_, priv, srv := newHTTPBot(t, withLog(log))
	raw, err := os.ReadFile(filepath.Join("testdata", "autocomplete.json"))
	if err != nil {
		t.Fatal(err)
	}
	h := sign(priv, raw, time.Now())
	for i := range 2 {
		if code, body := post(t, srv.URL, raw, h); code != http.StatusOK {
			t.Fatalf("autocomplete %d: %d %s, want 200", i+1, code, body)
		}
	}
	if n := logged(t, log, `SELECT COUNT(*) FROM interaction_claims`); n != "0\n" {
		t.Errorf("autocomplete claimed in the store: %s claims", n)
	}
}

// A gateway event delivered twice is answered once.
func TestGatewayDuplicateIsIgnored(t *testing.T) {
	h := start(t, nil, withLog(openLog(t, t.TempDir())))
	i := readInteraction(t, "ask.json")
	for range 2 {
		h.bot.onInteraction(h.bot.Session(), &discordgo.InteractionCreate{Interaction: i})
	}
	callbacks := h.fake.Count(func(r discordtest.Request) bool {
		return strings.Contains(r.Path, "/interactions/"+i.ID+"/")
	})
	if callbacks != 1 {
		t.Errorf("%d responses to one interaction delivered twice, want 1", callbacks)
	}
}
