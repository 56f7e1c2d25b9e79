package bot

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the bot's Prometheus metrics.
type metrics struct {
	questions   *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	reindexes   *prometheus.CounterVec
	reconnects  prometheus.Counter
	rateLimited prometheus.Counter
	restErrors  *prometheus.CounterVec
	replays     prometheus.Counter
}

// newMetrics creates the metrics and registers them with reg; a nil reg
// keeps them unregistered (counted, never exposed).
func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_questions_total",
			Help: "Interactions and mentions answered, by command and outcome (found, not_found, error, rate_limited, ...).",
		}, []string{"command", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "storybot_answer_seconds",
			Help:    "Time from receiving an interaction or mention to Discord accepting the reply.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"command"}),
		reindexes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_reindexes_total",
			Help: "Reindexes by result (ok, invalid, refused, failed).",
		}, []string{"result"}),
		reconnects: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "storybot_gateway_reconnects_total",
			Help: "Gateway connections re-established (resumed or re-identified) after the first.",
		}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "storybot_rate_limited_total",
			Help: "Questions refused by the per-user rate limit.",
		}),
		restErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_discord_rest_errors_total",
			Help: "Discord REST calls that failed, by HTTP status (\"network\" when no response came).",
		}, []string{"status"}),
		replays: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "storybot_interaction_replays_total",
			Help: "Interactions refused (HTTP 409) or ignored (gateway) because their id was already answered.",
		}),
	}
	if reg != nil {
		reg.MustRegister(m.questions, m.latency, m.reindexes, m.reconnects, m.rateLimited, m.restErrors, m.replays)
	}
	return m
}

func (m *metrics) observe(command, outcome string, took time.Duration) {
	m.questions.WithLabelValues(command, outcome).Inc()
	m.latency.WithLabelValues(command).Observe(took.Seconds())
}

// countingTransport counts failed Discord REST calls.
type countingTransport struct {
	next http.RoundTripper
	m    *metrics
}

func (t *countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(req)
	switch {
	case err != nil:
		t.m.restErrors.WithLabelValues("network").Inc()
	case resp.StatusCode >= 400:
		t.m.restErrors.WithLabelValues(strconv.Itoa(resp.StatusCode)).Inc()
	}
	return resp, err
}

// countedClient returns a copy of c whose transport counts failures.
func countedClient(c *http.Client, m *metrics) *http.Client {
	if c == nil {
		c = &http.Client{Timeout: 20 * time.Second}
	}
	next := c.Transport
	if next == nil {
		next = newTransport()
	}
	cc := *c
	cc.Transport = &countingTransport{next: next, m: m}
	return &cc
}
