package discordtest

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Load sends n interactions from `users` concurrent users, each waiting for
// the response to one before sending the next, and returns every
// interaction's latency (from dispatch to the callback arriving at the
// fake) and the time the whole run took. spec makes the i-th interaction
// for a user.
func (s *Server) Load(ctx context.Context, users, n int, spec func(user *discordgo.User, i int) InteractionSpec) ([]time.Duration, time.Duration, error) {
	var (
		mu      sync.Mutex
		lat     = make([]time.Duration, 0, n)
		wg      sync.WaitGroup
		errOnce sync.Once
		err     error
	)
	jobs := make(chan int)
	begin := time.Now()
	for u := 0; u < users; u++ {
		wg.Add(1)
		go func(u int) {
			defer wg.Done()
			user := &discordgo.User{ID: strconv.Itoa(3000000000000000000 + u), Username: fmt.Sprintf("user%d", u)}
			for i := range jobs {
				t0 := time.Now()
				if _, werr := s.SendInteraction(spec(user, i)).Wait(ctx); werr != nil {
					errOnce.Do(func() { err = fmt.Errorf("interaction %d: %w", i, werr) })
					continue
				}
				d := time.Since(t0)
				mu.Lock()
				lat = append(lat, d)
				mu.Unlock()
			}
		}(u)
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return lat, time.Since(begin), err
}

// ReportLoad reports a load run's throughput and its p50 and p99 latency
// as benchmark metrics.
func ReportLoad(b *testing.B, lat []time.Duration, elapsed time.Duration) {
	if len(lat) == 0 {
		return
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "interactions/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
