package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"storybot/corpus"
	"storybot/internal/discordtest"
	"storybot/internal/pgtest"
	"storybot/store"
)

// replicaProc is one storybot serve process.
type replicaProc struct {
	name      string
	pid       int
	proc      *os.Process
	inter     string // the interactions endpoint, "" on the gateway replica
	ops       string
	logs      *syncBuffer
	corpusDir string
}

// startReplica runs the built binary with env plus extra, until the test
// ends.
func startReplica(t testing.TB, name string, env map[string]string) *replicaProc {
	t.Helper()
	p := &replicaProc{name: name, logs: &syncBuffer{}, ops: "127.0.0.1:" + freePort(t), corpusDir: t.TempDir()}
	cmd := exec.Command(storybotBinary(t), "serve")
	cmd.Env = []string{"HOME=" + t.TempDir(), "STORYBOT_HTTP_ADDR=" + p.ops, "STORYBOT_CORPUS=" + p.corpusDir,
		"STORYBOT_DATA=" + t.TempDir(), "STORYBOT_LOG_LEVEL=info"}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
		if k == "STORYBOT_INTERACTIONS_ADDR" {
			p.inter = "http://" + v
		}
	}
	cmd.Stderr = p.logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p.pid, p.proc = cmd.Process.Pid, cmd.Process
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			t.Logf("%s's log:\n%s", p.name, p.logs.String())
		}
	})
	return p
}

// text is everything a user reads in a message.
func text(m *discordgo.Message) string { return m.Content + "\n" + discordtest.EmbedText(m) }

// cluster is three replicas on one PostgreSQL and the fake Discord: two
// HTTP-only (a, b), one on the gateway (c).
type cluster struct {
	t       *testing.T
	ctx     context.Context
	fake    *discordtest.Server
	key     ed25519.PrivateKey
	dsn     string
	a, b, c *replicaProc
}

func startCluster(t *testing.T) *cluster {
	t.Helper()
	bin := storybotBinary(t) // before the clock starts
	_ = bin
	srv := pgtest.Start(t)
	dsn := srv.Database(t)
	fake := discordtest.New(t)
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	common := map[string]string{
		"DISCORD_TOKEN": testToken, "DISCORD_API_URL": fake.URL(), "DISCORD_GUILD_ID": discordtest.DefaultGuildID,
		"STORYBOT_DATABASE_URL": dsn, "DISCORD_PUBLIC_KEY": hex.EncodeToString(pub),
	}
	with := func(extra map[string]string) map[string]string {
		m := map[string]string{}
		for k, v := range common {
			m[k] = v
		}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	t.Cleanup(cancel)
	cl := &cluster{t: t, ctx: ctx, fake: fake, key: priv, dsn: dsn}
	cl.a = startReplica(t, "a", with(map[string]string{"STORYBOT_GATEWAY": "off", "STORYBOT_INTERACTIONS_ADDR": "127.0.0.1:" + freePort(t)}))
	cl.b = startReplica(t, "b", with(map[string]string{"STORYBOT_GATEWAY": "off", "STORYBOT_INTERACTIONS_ADDR": "127.0.0.1:" + freePort(t)}))
	cl.c = startReplica(t, "c", with(nil))
	if err := fake.WaitReady(ctx); err != nil {
		t.Fatalf("the gateway replica never connected: %v\n%s", err, cl.c.logs.String())
	}
	for _, p := range []*replicaProc{cl.a, cl.b, cl.c} {
		// The fake has sent READY; the replica reports the gateway
		// connected once it has read it.
		waitUp(t, "http://"+p.ops+"/healthz")
	}
	return cl
}

// send sends an interaction to a replica: over HTTP to a and b, over the
// gateway to c. It returns what the user reads.
func (cl *cluster) send(p *replicaProc, spec discordtest.InteractionSpec) string {
	cl.t.Helper()
	if p.inter == "" {
		cb, err := cl.fake.SendInteraction(spec).Wait(cl.ctx)
		if err != nil {
			cl.t.Fatal(err)
		}
		m, _ := cb.Message()
		return text(m)
	}
	res, err := cl.fake.PostInteraction(cl.ctx, p.inter, cl.key, spec)
	if err != nil {
		cl.t.Fatal(err)
	}
	_, m, err := res.Response()
	if err != nil || res.Status != 200 {
		cl.t.Fatalf("%s: %d %s", p.name, res.Status, res.Body)
	}
	return text(m)
}

func ask(guild, q string) discordtest.InteractionSpec {
	return discordtest.InteractionSpec{Name: "ask", GuildID: guild,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", q)}}
}

// TestReplicasEndToEnd runs three storybot serve processes on one
// PostgreSQL: a mention is answered once; /reindex on one replica is
// answered from by all three within 2 s; /stats on the third shows a
// server the questions the other two answered there, and only those;
// /reindex from a server that is not an admin server is refused.
func TestReplicasEndToEnd(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("starts three processes and PostgreSQL")
	}
	cl := startCluster(t)
	const other = "4000000000000000077" // not an admin server

	// A mention reaches the gateway replica only, and is answered once.
	bot := cl.fake.BotUser()
	cl.fake.SendMessage(discordtest.MessageSpec{GuildID: discordtest.DefaultGuildID, Content: "<@" + bot.ID + "> who is tokayev"})
	if _, err := cl.fake.WaitRequest(cl.ctx, func(r discordtest.Request) bool {
		return r.Method == "POST" && strings.HasSuffix(r.Path, "/messages")
	}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // room for a second answer, which must not come
	replies := cl.fake.Count(func(r discordtest.Request) bool {
		return r.Method == "POST" && strings.HasSuffix(r.Path, "/messages")
	})
	if replies != 1 {
		t.Errorf("a mention was answered %d times, want once", replies)
	}

	// Questions in another server, answered by a and b.
	for p, q := range map[*replicaProc]string{cl.a: "who is cameron", cl.b: "who is blinken"} {
		if got := cl.send(p, ask(other, q)); !strings.Contains(strings.ToLower(got), q[len("who is "):]) {
			t.Errorf("%s: %s", p.name, got)
		}
	}
	cl.send(cl.a, ask(discordtest.DefaultGuildID, "a question in the admin server"))

	// A request answered by a, replayed to b, gets 409 there.
	first, err := cl.fake.PostInteraction(cl.ctx, cl.a.inter, cl.key, ask(discordtest.DefaultGuildID, "who is cameron"))
	if err != nil || first.Status != 200 {
		t.Fatalf("first request: %v %+v", err, first)
	}
	if again, err := discordtest.PostSigned(cl.ctx, cl.b.inter, cl.key, first.Payload); err != nil || again.Status != 409 {
		t.Errorf("the same interaction on another replica: %v %+v, want 409", err, again)
	}

	// /reindex from the other server is refused, whatever the member may do.
	refused := cl.send(cl.b, discordtest.InteractionSpec{Name: "reindex", GuildID: other, Permissions: discordgo.PermissionAdministrator})
	if !strings.Contains(refused, "admin servers") {
		t.Errorf("/reindex from a non-admin server: %s", refused)
	}

	// /reindex with an upload on a: all three answer from it within 2 s.
	facts, err := os.ReadFile(filepath.Join(cl.a.corpusDir, corpus.FactsFile))
	if err != nil {
		t.Fatal(err)
	}
	att := cl.fake.NewAttachment("facts.yaml", "text/yaml", bytes.Replace(facts, []byte("value: Fencer, source"), []byte("value: Fencer-B, source"), 1))
	start := time.Now()
	got := cl.send(cl.a, discordtest.InteractionSpec{Name: "reindex", GuildID: discordtest.DefaultGuildID, Permissions: discordgo.PermissionManageGuild,
		Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.AttachmentOpt("file", att)}})
	if !strings.Contains(got, "Published as version 1") {
		t.Fatalf("/reindex on a: %s", got)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[string]time.Duration{}
	for i, p := range []*replicaProc{cl.a, cl.b, cl.c} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; time.Since(start) < 2*time.Second; n++ {
				// Each poll asks as another member: one member asking
				// every 20 ms is soon rate-limited, which is not what
				// this measures.
				q := ask(discordtest.DefaultGuildID, "What is the NATO reporting name of the Su-24?")
				q.User = &discordgo.User{ID: fmt.Sprintf("7%02d%06d", i, n), Username: "poller"}
				if strings.Contains(cl.sendQuiet(p, q), "Fencer-B") {
					mu.Lock()
					seen[p.name] = time.Since(start)
					mu.Unlock()
					return
				}
				time.Sleep(20 * time.Millisecond)
			}
		}()
	}
	wg.Wait()
	t.Logf("the new story answered after: %v (from the /reindex request)", seen)
	if len(seen) != 3 {
		t.Errorf("within 2 s only %v answered from the new story", seen)
	}

	// /stats on c, in the other server: what a and b answered there, and
	// nothing from the admin server or from mentions.
	stats := cl.send(cl.c, discordtest.InteractionSpec{Name: "stats", GuildID: other, Permissions: discordgo.PermissionManageGuild})
	for _, want := range []string{"who is cameron", "who is blinken", "2 questions"} {
		if !strings.Contains(stats, want) {
			t.Errorf("/stats on c lacks %q:\n%s", want, stats)
		}
	}
	if strings.Contains(stats, "admin server") || strings.Contains(stats, "tokayev") || strings.Contains(stats, "Su-24") {
		t.Errorf("/stats on c shows another server's questions:\n%s", stats)
	}
}

// sendQuiet is send from a goroutine: failures are reported, not fatal.
func (cl *cluster) sendQuiet(p *replicaProc, spec discordtest.InteractionSpec) string {
	if p.inter == "" {
		cb, err := cl.fake.SendInteraction(spec).Wait(cl.ctx)
		if err != nil {
			cl.t.Error(err)
			return ""
		}
		m, _ := cb.Message()
		return text(m)
	}
	res, err := cl.fake.PostInteraction(cl.ctx, p.inter, cl.key, spec)
	if err != nil {
		cl.t.Error(err)
		return ""
	}
	_, m, _ := res.Response()
	return text(m)
}

// BenchmarkReplicasHTTP is the load test on three HTTP-only replicas
// sharing one PostgreSQL: 8 concurrent users send signed /ask requests to
// the replicas in turn (as a load balancer would), each waiting for its
// answer. It reports throughput, p50/p99 latency and the CPU the three
// processes spent per interaction (question log and replay claims
// included).
//
//	go test -run '^$' -bench ReplicasHTTP -benchtime 3000x ./cmd/storybot/
func BenchmarkReplicasHTTP(b *testing.B) {
	storybotBinary(b)
	srv := pgtest.Start(b)
	dsn := srv.Database(b)
	fake := discordtest.New(b)
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	var reps []*replicaProc
	var pids []int
	for _, name := range []string{"a", "b", "c"} {
		p := startReplica(b, name, map[string]string{
			"STORYBOT_GATEWAY": "off", "STORYBOT_INTERACTIONS_ADDR": "127.0.0.1:" + freePort(b), "DISCORD_API_URL": fake.URL(),
			"STORYBOT_DATABASE_URL": dsn, "DISCORD_PUBLIC_KEY": hex.EncodeToString(pub), "STORYBOT_LOG_LEVEL": "warn",
			"STORYBOT_RATE_PER_MINUTE": "1000000", "STORYBOT_RATE_BURST": "1000000",
		})
		reps = append(reps, p)
		pids = append(pids, p.pid)
		waitUp(b, "http://"+p.ops+"/healthz")
	}
	questions := []string{"How many aircraft did Kazakhstan sell?", "who is cameron", "When did Antony Blinken visit Kazakhstan?",
		"What is the NATO reporting name of the MiG-31?", "What is the best pizza topping?"}
	cpu0 := totalCPU(pids)
	ctx := context.Background()
	var mu sync.Mutex
	var lat []time.Duration
	jobs := make(chan int)
	var wg sync.WaitGroup
	b.ResetTimer()
	begin := time.Now()
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				t0 := time.Now()
				res, err := fake.PostInteraction(ctx, reps[i%len(reps)].inter, priv, ask(discordtest.DefaultGuildID, questions[i%len(questions)]))
				if err != nil || res.Status != 200 {
					b.Errorf("request %d: %v %+v", i, err, res)
					continue
				}
				mu.Lock()
				lat = append(lat, time.Since(t0))
				mu.Unlock()
			}
		}()
	}
	for i := range b.N {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(begin)
	b.StopTimer()
	discordtest.ReportLoad(b, lat, elapsed)
	if cpu := totalCPU(pids) - cpu0; len(lat) > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/float64(len(lat)), "replicas-CPU-µs/op")
	}
}

// waitUp waits until url answers 200.
func waitUp(tb testing.TB, url string) {
	tb.Helper()
	last := "no answer"
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if resp, err := http.Get(url); err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
			last = fmt.Sprintf("%d %s", resp.StatusCode, b)
		}
	}
	tb.Fatalf("%s never answered 200 (last: %s)", url, last)
}

func totalCPU(pids []int) time.Duration {
	var d time.Duration
	for _, pid := range pids {
		d += processCPU(pid)
	}
	return d
}

// kill -9 of the replica that is reindexing, in the middle of it, leaves
// the others serving a whole version: the old one if it was not
// published, else the new one.
func TestReplicaKilledMidReindex(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("starts three processes and PostgreSQL")
	}
	cl := startCluster(t)
	facts, err := os.ReadFile(filepath.Join(cl.a.corpusDir, corpus.FactsFile))
	if err != nil {
		t.Fatal(err)
	}
	att := cl.fake.NewAttachment("facts.yaml", "text/yaml", bytes.Replace(facts, []byte("value: Fencer, source"), []byte("value: Fencer-B, source"), 1))
	go cl.fake.PostInteraction(cl.ctx, cl.a.inter, cl.key, discordtest.InteractionSpec{Name: "reindex", GuildID: discordtest.DefaultGuildID,
		Permissions: discordgo.PermissionManageGuild, Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.AttachmentOpt("file", att)}})
	// The reindex takes about 40 ms: a kill at any time up to 80 ms
	// lands before, during or after its commit.
	time.Sleep(mrand.N(80 * time.Millisecond))
	if err := cl.a.proc.Kill(); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(cl.ctx, cl.dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	time.Sleep(500 * time.Millisecond) // a commit in flight lands or not
	n, err := st.LatestVersion(cl.ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]string{0: "Fencer", 1: "Fencer-B"}[n]
	t.Logf("killed mid-reindex: %d versions published", n)
	for _, p := range []*replicaProc{cl.b, cl.c} {
		for deadline := time.Now().Add(2 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			got := cl.send(p, ask(discordtest.DefaultGuildID, "What is the NATO reporting name of the Su-24?"))
			if answerIs(got, want) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s does not serve version %d (%s):\n%s", p.name, n, want, got)
			}
		}
	}
}

// answerIs reports whether a reply names want and not a longer name
// starting with it (Fencer, not Fencer-B).
func answerIs(text, want string) bool {
	return strings.Contains(text, want) && !strings.Contains(text, want+"-")
}
