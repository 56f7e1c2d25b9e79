package reload

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"time"

	"storybot/store"
)

// CatchUp brings a process that starts up in step with the versions
// already published. On PostgreSQL the newest version is the story, so
// CatchUp swaps to it. On SQLite the corpus directory stays the source of
// truth: the engine built from it is kept, and counts as the newest
// version, so only versions published later are followed.
func (r *Reloader) CatchUp(ctx context.Context) error {
	if r.st() == nil {
		return nil
	}
	n, err := r.st().LatestVersion(ctx)
	if err != nil || n == 0 {
		return err
	}
	if r.st().Engine() != store.Postgres {
		r.mu.Lock()
		defer r.mu.Unlock()
		if n > r.serving.Load() {
			r.serving.Store(n)
		}
		return nil
	}
	return r.follow(ctx, n)
}

// Follow swaps to every version published from now on, by this process
// or another sharing the store, until ctx ends (see store.Listen: NOTIFY
// on PostgreSQL, polling on SQLite). A version that cannot be built is
// logged and skipped; the current one keeps answering.
func (r *Reloader) Follow(ctx context.Context) error {
	if r.st() == nil {
		<-ctx.Done()
		return ctx.Err()
	}
	return r.st().Listen(ctx, func(n int64) {
		if err := r.follow(ctx, n); err != nil && ctx.Err() == nil {
			r.log.Error("could not switch to a published corpus version; still serving the previous one", "version", n, "err", err)
		}
	})
}

// follow swaps to version n unless it is already served (this process
// published it) or older than what is.
func (r *Reloader) follow(ctx context.Context, n int64) error {
	r.mu.Lock()
	defer r.release()
	if n <= r.serving.Load() {
		return nil
	}
	start := time.Now()
	v, err := r.st().Version(ctx, n)
	if errors.Is(err, store.ErrNotFound) {
		return nil // deleted meanwhile; a later one will come
	}
	if err != nil {
		return err
	}
	if r.builtFrom != nil && maps.EqualFunc(v.Files, r.builtFrom, bytes.Equal) {
		// The engine in service was built from these very files.
		if err := r.writeDir(v.Files); err != nil {
			r.log.Warn("could not write the published version into the corpus directory", "version", n, "err", err)
		}
		r.serving.Store(n)
		r.log.Info("already serving the published corpus version", "version", n, "by", v.Who, "published", v.Time)
		return nil
	}
	e, err := r.build(ctx, v.Files)
	if err != nil {
		return err
	}
	if err := r.writeDir(v.Files); err != nil {
		r.log.Warn("could not write the published version into the corpus directory; serving it from memory", "version", n, "err", err)
	}
	took := time.Since(start)
	r.swap(e, n, v.Files)
	r.log.Info("switched to a published corpus version", "version", n, "by", v.Who, "published", v.Time, "took", took.Round(time.Millisecond))
	return nil
}
