package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"storybot/corpus"
)

// slowCorpus writes the costliest corpus the limits let through (close to
// corpus.MaxParagraphs paragraphs and corpus.MaxWords words, many
// different words), which takes a good part of a second to index.
func slowCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("# Slow\n\n")
	for p := 0; p < corpus.MaxParagraphs-10; p++ {
		fmt.Fprintf(&b, "Word%d alpha%d beta%d gamma%d delta%d eps%d zeta%d eta%d. Theta%d iota%d kappa%d lambda%d.\n\n", p, p, p, p, p, p, p, p, p, p, p, p)
	}
	article := b.String()
	facts := "title: Slow story\nentries:\n  - id: thing\n    kind: organisation\n    name: Thing\n    summary: A thing.\n"
	for name, text := range map[string]string{"article.md": article, "facts.yaml": facts} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// interrupt sends sig to a running storybot and returns how long it took
// to exit, its exit status and its stderr. It fails the test if the
// process had already exited or takes more than 5 s.
func interrupt(t *testing.T, cmd *exec.Cmd, stderr *syncBuffer, sig os.Signal) (time.Duration, int) {
	t.Helper()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case <-exited:
		t.Fatalf("storybot exited before the signal:\n%s", stderr.String())
	default:
	}
	start := time.Now()
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("storybot still running 5 s after %v:\n%s", sig, stderr.String())
	}
	took := time.Since(start)
	t.Logf("%v: exited %v after the signal", sig, took)
	return took, cmd.ProcessState.ExitCode()
}

// TestSignalStopsAnIndexBuild: Ctrl-C or SIGTERM stops ask, check and
// reindex while they index the costliest corpus the limits allow (about
// half a second of building on an idle machine, seconds on a busy one).
// The exit status shows the build was cancelled, not finished; the time,
// that it stopped promptly: index.Build looks at its context for every
// document, so milliseconds after the signal on an idle machine.
func TestSignalStopsAnIndexBuild(t *testing.T) {
	const stopWithin = 3 * time.Second // generous, for a busy machine
	bin, dir := storybotBinary(t), slowCorpus(t)
	cases := []struct {
		args []string
		sig  os.Signal
	}{
		{[]string{"ask", "--corpus", dir, "what is a thing"}, os.Interrupt},
		{[]string{"check", "--corpus", dir}, syscall.SIGTERM},
		{[]string{"reindex", "--corpus", dir}, os.Interrupt},
	}
	for _, c := range cases {
		var stderr syncBuffer
		cmd := exec.Command(bin, c.args...)
		cmd.Stderr = &stderr
		cmd.Env = []string{"HOME=" + t.TempDir()}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Well into loading or the build (seconds for this corpus), and
		// past the start-up before the signal handler is set, which
		// takes more than 100 ms on a loaded machine under -race.
		time.Sleep(400 * time.Millisecond)
		took, code := interrupt(t, cmd, &stderr, c.sig)
		if code != exitInterrupted || !strings.Contains(stderr.String(), "storybot: interrupted") {
			t.Errorf("%q: exit %d, stderr %q; want 130 and storybot: interrupted", c.args[0], code, stderr.String())
		}
		if took > stopWithin {
			t.Errorf("%q: exited %v after %v; want within %v", c.args[0], took.Round(time.Millisecond), c.sig, stopWithin)
		}
	}
}

// TestSignalStopsBatchReading: ask - waiting on a pipe that never closes
// stops on Ctrl-C.
func TestSignalStopsBatchReading(t *testing.T) {
	var stderr syncBuffer
	cmd := exec.Command(storybotBinary(t), "ask", "--json", "-")
	cmd.Stderr = &stderr
	cmd.Env = []string{"HOME=" + t.TempDir()}
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Write([]byte("who is cameron\n")); err != nil {
		t.Fatal(err)
	}
	first, err := bufio.NewReader(out).ReadBytes('\n') // answered: now waiting for the next line
	if err != nil || !bytes.Contains(first, []byte(`"found":true`)) {
		t.Fatalf("first answer %q, %v\n%s", first, err, stderr.String())
	}
	if _, code := interrupt(t, cmd, &stderr, os.Interrupt); code != exitInterrupted {
		t.Errorf("exit %d, want 130; stderr %q", code, stderr.String())
	}
}
