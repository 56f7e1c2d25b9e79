// Package freeport picks loopback ports for tests to give a server that
// binds them later (a storybot serve under test, a PostgreSQL server).
//
// Asking the kernel for port 0 and closing the listener is racy: the
// port comes from the ephemeral range, where any other listener on port
// 0, or an outgoing connection, in this process or another test
// package's, may be handed it before the server binds it. Ports are
// picked below that range (32768 and up on Linux) instead, at random, and
// never the same one twice in a process.
package freeport

import (
	"errors"
	"math/rand/v2"
	"net"
	"strconv"
	"sync"
)

// The range ports are picked from: below the kernel's ephemeral ports.
const (
	Low  = 20000
	High = 32000 // exclusive
)

var picked struct {
	sync.Mutex
	ports map[int]bool
}

// Pick returns a port between Low and High on 127.0.0.1 that nothing
// listens on and that Pick has not returned before in this process.
func Pick() (int, error) {
	picked.Lock()
	defer picked.Unlock()
	if picked.ports == nil {
		picked.ports = map[int]bool{}
	}
	for range 100 {
		port := Low + rand.IntN(High-Low)
		if picked.ports[port] {
			continue
		}
		ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
		if err != nil {
			continue
		}
		ln.Close()
		picked.ports[port] = true
		return port, nil
	}
	return 0, errors.New("freeport: no free port between 20000 and 32000")
}
