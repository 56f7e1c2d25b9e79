package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// userLimiter gives each user a token bucket, so one user cannot flood a
// channel while others ask freely.
type userLimiter struct {
	limit rate.Limit
	burst int

	mu    sync.Mutex
	users map[string]*userBucket
}

type userBucket struct {
	l    *rate.Limiter
	seen time.Time
}

// maxTrackedUsers bounds the limiter's memory; past it, users idle long
// enough to have a full bucket again are forgotten.
const maxTrackedUsers = 10_000

func newUserLimiter(limit rate.Limit, burst int) *userLimiter {
	return &userLimiter{limit: limit, burst: burst, users: map[string]*userBucket{}}
}

// allow takes a token from the user's bucket. When there is none it
// returns false and how long until there is.
func (u *userLimiter) allow(userID string, now time.Time) (bool, time.Duration) {
	u.mu.Lock()
	defer u.mu.Unlock()
	b, ok := u.users[userID]
	if !ok {
		if len(u.users) >= maxTrackedUsers {
			u.forgetIdle(now)
		}
		b = &userBucket{l: rate.NewLimiter(u.limit, u.burst)}
		u.users[userID] = b
	}
	b.seen = now
	r := b.l.ReserveN(now, 1)
	if !r.OK() {
		return false, time.Minute
	}
	if wait := r.DelayFrom(now); wait > 0 {
		r.CancelAt(now)
		return false, wait
	}
	return true, 0
}

// forgetIdle drops users whose bucket has refilled since they were seen.
func (u *userLimiter) forgetIdle(now time.Time) {
	full := time.Duration(float64(u.burst) / float64(u.limit) * float64(time.Second))
	for id, b := range u.users {
		if now.Sub(b.seen) > full {
			delete(u.users, id)
		}
	}
}
