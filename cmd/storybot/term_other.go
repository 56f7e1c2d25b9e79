//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

import "os"

// terminalWidth reports whether f is a character device, taken to be a
// terminal; the width is unknown here (COLUMNS, else 80, applies).
func terminalWidth(f *os.File) (cols int, isTerminal bool) {
	st, err := f.Stat()
	return 0, err == nil && st.Mode()&os.ModeCharDevice != 0
}
