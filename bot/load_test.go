package bot

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"storybot/internal/discordtest"
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
	b.ReportAllocs()
	b.ResetTimer()
	lat, elapsed, err := h.fake.Load(h.ctx, 8, b.N, func(user *discordgo.User, n int) discordtest.InteractionSpec {
		return discordtest.InteractionSpec{Name: "ask", GuildID: discordtest.DefaultGuildID, User: user,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", questions[n%len(questions)])}}
	})
	b.StopTimer()
	if err != nil {
		b.Fatal(err)
	}
	discordtest.ReportLoad(b, lat, elapsed)
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
