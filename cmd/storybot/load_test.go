package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"storybot/internal/discordtest"
)

// BenchmarkServeProcess is the load test on the real binary: it builds
// storybot, runs `storybot serve` as its own process pointed at a fake
// Discord on loopback (DISCORD_API_URL), sends /ask interactions from 8
// concurrent users, and reports throughput, p50/p99 from dispatch to the
// callback arriving at the fake, and the serving process's peak RSS.
//
//	go test -run '^$' -bench ServeProcess -benchtime 10000x ./cmd/storybot/
func BenchmarkServeProcess(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "storybot")
	build := exec.Command("go", "build", "-trimpath", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	fake := discordtest.New(b)
	cmd := exec.Command(bin, "serve")
	cmd.Dir = b.TempDir()
	cmd.Env = []string{
		"DISCORD_TOKEN=" + testToken, "DISCORD_API_URL=" + fake.URL(), "DISCORD_GUILD_ID=" + discordtest.DefaultGuildID,
		"STORYBOT_DATA=" + b.TempDir(), "STORYBOT_RATE_PER_MINUTE=1000000", "STORYBOT_RATE_BURST=1000000", "STORYBOT_LOG_LEVEL=warn",
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
	})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := fake.WaitReady(ctx); err != nil {
		b.Fatal(err)
	}
	for len(fake.Commands(discordtest.DefaultGuildID)) == 0 {
		time.Sleep(10 * time.Millisecond)
	}
	questions := []string{
		"How many aircraft did Kazakhstan sell?", "who is cameron", "When did Antony Blinken visit Kazakhstan?",
		"What is the NATO reporting name of the MiG-31?", "What is the best pizza topping?",
	}
	b.ResetTimer()
	lat, elapsed, err := fake.Load(ctx, 8, b.N, func(user *discordgo.User, n int) discordtest.InteractionSpec {
		return discordtest.InteractionSpec{Name: "ask", GuildID: discordtest.DefaultGuildID, User: user,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{discordtest.Opt("question", questions[n%len(questions)])}}
	})
	b.StopTimer()
	if err != nil {
		b.Fatal(err)
	}
	discordtest.ReportLoad(b, lat, elapsed)
	if mb := processPeakRSSMB(cmd.Process.Pid); mb > 0 {
		b.ReportMetric(mb, "serve-peak-RSS-MB")
	}
	if cpu := processCPU(cmd.Process.Pid); cpu > 0 && len(lat) > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/float64(len(lat)), "serve-CPU-µs/op")
	}
}

// processPeakRSSMB reads a process's peak resident set size (Linux only).
func processPeakRSSMB(pid int) float64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

// processCPU reads a process's user+system CPU time (Linux only).
func processCPU(pid int) time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// Fields after the command name, which is in parentheses.
	s := string(data)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * time.Second / 100 // clock ticks, 100 per second on Linux
}
