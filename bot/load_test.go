package bot

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"storybot/bot/fakediscord"
)

// BenchmarkInteractions is the load test: the real bot, with the real
// discordgo session, against the fake Discord on loopback, answering
// /ask interactions from 8 concurrent users. It reports throughput, the
// p50 and p99 latency from the fake dispatching an interaction to the
// bot's callback arriving at the fake, and the process's peak RSS (bot and
// fake together).
//
//	go test -run '^$' -bench Interactions -benchtime 5000x ./bot/
func BenchmarkInteractions(b *testing.B) {
	h := start(b, nil, func(c *Config) { c.RatePerMinute = 1e6; c.RateBurst = 1e6 })
	questions := []string{
		"How many aircraft did Kazakhstan sell?", "who is cameron", "When did Antony Blinken visit Kazakhstan?",
		"What is the NATO reporting name of the MiG-31?", "What is the best pizza topping?",
	}
	const users = 8
	var (
		mu  sync.Mutex
		lat []time.Duration
		wg  sync.WaitGroup
	)
	jobs := make(chan int)
	b.ReportAllocs()
	b.ResetTimer()
	begin := time.Now()
	for u := 0; u < users; u++ {
		wg.Add(1)
		go func(u int) {
			defer wg.Done()
			user := &discordgo.User{ID: strconv.Itoa(3000000000000000000 + u), Username: fmt.Sprintf("user%d", u)}
			for n := range jobs {
				t0 := time.Now()
				cb, err := h.fake.SendInteraction(fakediscord.InteractionSpec{
					Name: "ask", GuildID: fakediscord.DefaultGuildID, User: user,
					Options: []*discordgo.ApplicationCommandInteractionDataOption{fakediscord.Opt("question", questions[n%len(questions)])},
				}).Wait(h.ctx)
				d := time.Since(t0)
				if err != nil || cb.Type != discordgo.InteractionResponseChannelMessageWithSource {
					b.Errorf("interaction %d: %v", n, err)
					return
				}
				mu.Lock()
				lat = append(lat, d)
				mu.Unlock()
			}
		}(u)
	}
	for n := 0; n < b.N; n++ {
		jobs <- n
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(begin)
	b.StopTimer()
	if len(lat) == 0 {
		return
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "interactions/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	if mb := peakRSSMB(); mb > 0 {
		b.ReportMetric(mb, "peak-RSS-MB")
	}
}

// peakRSSMB reads the process's peak resident set size (Linux only).
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ := strconv.ParseFloat(f[1], 64)
				return kb / 1024
			}
		}
	}
	return 0
}
