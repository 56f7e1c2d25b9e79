package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"storybot/internal/discordtest"
)

func TestMissingDirectories(t *testing.T) {
	file := filepath.Join(t.TempDir(), "article.md")
	empty := t.TempDir()
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"ask", "--corpus", "/nonexistent", "who is cameron"}, "storybot: corpus /nonexistent: no such directory\n"},
		{[]string{"who", "cameron", "--corpus", "/nonexistent"}, "storybot: corpus /nonexistent: no such directory\n"},
		{[]string{"aircraft", "--corpus", "/nonexistent", "su-24"}, "storybot: corpus /nonexistent: no such directory\n"},
		{[]string{"check", "--corpus", "/nonexistent"}, "storybot: corpus /nonexistent: no such directory\n"},
		{[]string{"timeline", "--corpus", file}, "storybot: corpus " + file + ": not a directory\n"},
		{[]string{"stats", "--data", "/nonexistent/x"}, "storybot: question log /nonexistent/x: no such directory"},
		{[]string{"stats", "--data", empty}, "storybot: question log " + empty + ": there is none yet, no storybot.db"},
	}
	for _, c := range cases {
		code, out, errOut := run(t, "", nil, c.args...)
		if code != exitError || out != "" {
			t.Errorf("%q: exit %d, stdout %q; want 1 and nothing", c.args, code, out)
		}
		if !strings.HasPrefix(errOut, c.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: stderr %q, want one line starting %q", c.args, errOut, c.want)
		}
	}
	if names, _ := os.ReadDir(empty); len(names) != 0 {
		t.Errorf("stats wrote %v into a data directory without a question log", names)
	}
}

func TestReindexPIDMustBeStorybotServe(t *testing.T) {
	sleep := exec.Command("sleep", "30")
	if err := sleep.Start(); err != nil {
		t.Skipf("no sleep command: %v", err)
	}
	t.Cleanup(func() { sleep.Process.Kill(); sleep.Wait() })
	cases := map[int]string{
		sleep.Process.Pid: "is sleep, not storybot; nothing was signalled",
		os.Getpid():       "nothing was signalled", // the test binary: a SIGHUP would end it
		-5:                "--pid -5: not a process id",
	}
	for pid, want := range cases {
		code, _, errOut := run(t, "", nil, "reindex", "--pid", fmt.Sprint(pid))
		if code != exitError || !strings.Contains(errOut, want) {
			t.Errorf("--pid %d: exit %d, stderr %q; want 1 and %q", pid, code, errOut, want)
		}
	}
	if sleep.ProcessState != nil {
		t.Error("the sleep process was signalled")
	}
}

// TestReindexSignalsARunningServe runs the real binary as storybot serve
// against a fake Discord, then reindex --pid makes it reindex.
func TestReindexSignalsARunningServe(t *testing.T) {
	t.Parallel()
	if _, err := os.Stat("/proc/self/cmdline"); err != nil {
		t.Skip("reindex --pid checks the process in /proc, which this system lacks")
	}
	fake := discordtest.New(t)
	var logs syncBuffer
	cmd := exec.Command(storybotBinary(t), "serve")
	cmd.Env = []string{"DISCORD_TOKEN=" + testToken, "DISCORD_API_URL=" + fake.URL(),
		"DISCORD_GUILD_ID=" + discordtest.DefaultGuildID, "STORYBOT_DATA=" + t.TempDir(), "HOME=" + t.TempDir()}
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	waitFor(t, &logs, "index built")
	code, out, errOut := run(t, "", nil, "reindex", "--pid", fmt.Sprint(cmd.Process.Pid))
	if code != 0 || !strings.Contains(out, "Asked storybot") {
		t.Fatalf("reindex --pid: exit %d\n%s%s", code, out, errOut)
	}
	waitFor(t, &logs, "reindexed on SIGHUP")
}

// waitFor waits up to 20 s for a process's log to say want.
func waitFor(t *testing.T, logs *syncBuffer, want string) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if strings.Contains(logs.String(), want) {
			return
		}
	}
	t.Fatalf("the log never said %q:\n%s", want, logs.String())
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binary.path != "" {
		os.RemoveAll(filepath.Dir(binary.path))
	}
	os.Exit(code)
}

var binary struct {
	once sync.Once
	path string
	err  error
}

// storybotBinary builds storybot once for the tests that run it as its
// own process (signals, exit codes).
func storybotBinary(t testing.TB) string {
	t.Helper()
	binary.once.Do(func() {
		dir, err := os.MkdirTemp("", "storybot-test-bin")
		if err != nil {
			binary.err = err
			return
		}
		binary.path = filepath.Join(dir, "storybot")
		out, err := exec.Command("go", "build", "-o", binary.path, ".").CombinedOutput()
		if err != nil {
			binary.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binary.err != nil {
		t.Fatal(binary.err)
	}
	return binary.path
}
