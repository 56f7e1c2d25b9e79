package freeport

import (
	"net"
	"strconv"
	"testing"
)

// Pick gives ports below the ephemeral range, free to bind, and never the
// same one twice.
func TestPick(t *testing.T) {
	seen := map[int]bool{}
	for range 50 {
		port, err := Pick()
		if err != nil {
			t.Fatal(err)
		}
		if port < Low || port >= High || seen[port] {
			t.Fatalf("port %d: outside [%d, %d) or given twice", port, Low, High)
		}
		seen[port] = true
		ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
		if err != nil {
			t.Fatalf("port %d cannot be bound: %v", port, err)
		}
		ln.Close()
	}
}
