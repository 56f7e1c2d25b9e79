package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal of the given width and returns its
// terminal end, to stand in for a user's terminal as Main's stdout, and
// its other end, to read what was written. Tests skip where there is none.
func openPTY(t *testing.T, cols int) (term, ctl *os.File) {
	t.Helper()
	ctl, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal to test with: %v", err)
	}
	t.Cleanup(func() { ctl.Close() })
	fd := int(ctl.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("cannot unlock the pseudo-terminal: %v", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Skipf("no pseudo-terminal number: %v", err)
	}
	term, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("cannot open the pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { term.Close() })
	if err := unix.IoctlSetWinsize(int(term.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 40, Col: uint16(cols)}); err != nil {
		t.Fatal(err)
	}
	return term, ctl
}

// runOnTerminal runs storybot with a pseudo-terminal as stdout and returns
// what appeared on it, with the terminal's CRLF turned back into LF.
func runOnTerminal(t *testing.T, cols int, env map[string]string, args ...string) string {
	t.Helper()
	term, ctl := openPTY(t, cols)
	got := make(chan string, 1)
	go func() {
		b, _ := io.ReadAll(ctl) // ends with EIO once the terminal end is closed
		got <- string(b)
	}()
	var errOut strings.Builder
	m := &Main{Stdin: strings.NewReader(""), Stdout: term, Stderr: &errOut, Getenv: func(k string) string { return env[k] }}
	if code := m.Run(t.Context(), args); code != 0 {
		t.Fatalf("%q: exit %d: %s", args, code, errOut.String())
	}
	term.Close()
	return strings.ReplaceAll(<-got, "\r\n", "\n")
}

func TestNoColorOnATerminal(t *testing.T) {
	q := "How many aircraft did Kazakhstan sell?"
	out := runOnTerminal(t, 100, map[string]string{"TERM": "xterm"}, "ask", q)
	if !strings.Contains(out, "\x1b[1m") {
		t.Errorf("a terminal should show matched words in bold:\n%q", out)
	}
	out = runOnTerminal(t, 100, map[string]string{"TERM": "xterm", "NO_COLOR": "1"}, "ask", q)
	if strings.Contains(out, "**") || strings.Contains(out, "\x1b") || !strings.Contains(out, "Answer: 81") {
		t.Errorf("NO_COLOR on a terminal should print plain text:\n%s", out)
	}
}

func TestWrapsToTheTerminalWidth(t *testing.T) {
	out := runOnTerminal(t, 60, map[string]string{"TERM": "xterm"}, "ask", "who is blinken")
	checkWidth(t, out, 60)
	if !strings.Contains(out, "Blinken") || strings.Count(out, "\n") < 8 {
		t.Errorf("want the answer wrapped to 60 columns:\n%s", out)
	}
}
