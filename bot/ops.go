package bot

import (
	"fmt"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// OpsHandler serves what an operator watches: /healthz, ready (200) only
// when the index is loaded and the gateway connected, otherwise 503 with
// the reason; and /metrics in Prometheus format from g.
func (b *Bot) OpsHandler(g prometheus.Gatherer) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		switch {
		case b.eng.Corpus() == nil:
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "index not loaded")
		case !b.Connected():
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "gateway not connected")
		default:
			fmt.Fprintln(w, "ok")
		}
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{}))
	return mux
}
