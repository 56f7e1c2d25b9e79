package bot

import (
	"fmt"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// OpsHandler serves what an operator watches: /healthz, ready (200) only
// when the index is loaded and the gateway connected (unless the bot runs
// without one, NoGateway), otherwise 503 with
// the reason, and naming any degraded part (an unreachable question-log
// database) on lines after "ok"; and /metrics in Prometheus format from g.
func (b *Bot) OpsHandler(g prometheus.Gatherer) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		switch {
		case b.eng.Corpus() == nil:
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "index not loaded")
		case !b.cfg.NoGateway && !b.Connected():
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "gateway not connected")
		default:
			fmt.Fprintln(w, "ok")
		}
		for _, d := range b.degraded() {
			fmt.Fprintln(w, d)
		}
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{}))
	return mux
}

// degraded lists what works less well than it should while answering
// goes on: the question log's database, and whatever Config.Health adds.
func (b *Bot) degraded() []string {
	var out []string
	if l := b.questionLog(); l != nil {
		if err := l.Err(); err != nil {
			out = append(out, fmt.Sprintf("question log: the database is unreachable, %d records queued, %d dropped: %v", l.Queued(), l.Dropped(), err))
		}
	}
	if b.cfg.Health != nil {
		out = append(out, b.cfg.Health()...)
	}
	return out
}
