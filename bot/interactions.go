package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// MaxClockSkew is how old (or how far ahead) an interaction's signed
// timestamp may be; older requests are refused as replays.
const MaxClockSkew = 5 * time.Minute

// maxInteractionBody caps an HTTP interaction's body.
const maxInteractionBody = 1 << 20

// ParsePublicKey reads DISCORD_PUBLIC_KEY, the application's hex-encoded
// Ed25519 public key from the developer portal.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, errors.New("DISCORD_PUBLIC_KEY must be the 64 hex characters shown as Public Key on your application's General Information page")
	}
	return ed25519.PublicKey(b), nil
}

// InteractionsHandler serves Discord's HTTP interactions endpoint, an
// alternative to the gateway for slash commands: it verifies each request's
// Ed25519 signature over timestamp and body, refuses bad signatures and
// stale timestamps with 401, answers PING with PONG, and answers commands in
// the HTTP response. An interaction id is answered once: a replayed request
// gets 409 Conflict, across replicas sharing the store (see claim). It
// keeps no other state between requests (the rate limit is per process),
// so replicas can run behind a load balancer.
func (b *Bot) InteractionsHandler(key ed25519.PublicKey) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "POST interactions here", http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, maxInteractionBody+1))
		if err != nil || len(body) > maxInteractionBody {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		if err := verify(key, r.Header, body, time.Now()); err != nil {
			b.log.Warn("refused an HTTP interaction", "err", err, "remote", r.RemoteAddr)
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		var i discordgo.Interaction
		if err := json.Unmarshal(body, &i); err != nil {
			b.log.Warn("undecodable HTTP interaction", "err", err)
			http.Error(w, "bad interaction", http.StatusBadRequest)
			return
		}
		// Shutting down is checked first, so a load balancer may retry a
		// refused request on another replica before anyone claims it.
		if !b.startWork() {
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
		defer b.work.Done()
		if !b.claim(&i) {
			http.Error(w, "interaction already answered", http.StatusConflict)
			return
		}
		start := time.Now()
		resp := b.answerHTTP(&i, start)
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(resp); err != nil {
			b.log.Warn("writing an HTTP interaction response failed", "err", err)
		}
	})
}

// claimTimeout bounds claiming an interaction, well inside Discord's
// three seconds.
const claimTimeout = time.Second

// claim reports whether this process should answer an interaction: true
// the first time its id is seen by any process sharing the store, false
// for a replay (an HTTP request sent again, or a gateway event delivered
// twice). Without a store, or while it is unreachable, every interaction
// is answered: answering twice is better than not at all. A ping or an
// autocomplete changes nothing and is harmless to answer twice, so it is
// not worth a database write on every keystroke.
func (b *Bot) claim(i *discordgo.Interaction) bool {
	ql := b.questionLog()
	if ql == nil || i.ID == "" || i.Type == discordgo.InteractionPing || i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		return true
	}
	ctx, cancel := context.WithTimeout(context.Background(), claimTimeout)
	defer cancel()
	first, err := ql.Store().ClaimInteraction(ctx, i.ID)
	if err != nil {
		b.log.Warn("could not claim an interaction; answering it anyway", "id", i.ID, "err", err)
		return true
	}
	if !first {
		b.log.Warn("ignored a replayed interaction", "id", i.ID, "type", i.Type)
		b.metrics.replays.Inc()
	}
	return first
}

// answerHTTP decides an HTTP interaction's response: the reply itself when
// the handler is quick, else a deferral, the reply following over REST.
func (b *Bot) answerHTTP(i *discordgo.Interaction, start time.Time) (resp *discordgo.InteractionResponse) {
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("HTTP interaction panicked", "panic", fmt.Sprint(p))
			resp = b.response(errorReply("Something went wrong answering that; please try again."))
		}
	}()
	j := b.route(i)
	if j.now != nil {
		b.logAnswer(j, j.nowOutcome, false, start, nil)
		return j.now
	}
	rep, later := b.runQuickly(j)
	if rep != nil {
		out := &httpOutlet{b: b, i: i}
		b.deliver(j, out, rep, false, start)
		return out.resp
	}
	b.work.Add(1) // the edit outlives this request
	go func() {
		defer b.work.Done()
		defer b.recoverSend("HTTP interaction")
		b.deliver(j, interactionOutlet{b: b, i: i}, <-later, true, start)
	}()
	return deferral(j)
}

// httpOutlet keeps the reply to an HTTP interaction for the HTTP response.
type httpOutlet struct {
	b    *Bot
	i    *discordgo.Interaction
	resp *discordgo.InteractionResponse
}

func (o *httpOutlet) acknowledge(job) error { return nil }

func (o *httpOutlet) key() string { return o.i.ID }

func (o *httpOutlet) send(rep *reply, _ bool) error {
	o.resp = o.b.response(rep)
	return nil
}

// verify checks Discord's signature of an HTTP interaction and that it is
// fresh.
func verify(key ed25519.PublicKey, h http.Header, body []byte, now time.Time) error {
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	if err != nil || len(sig) != ed25519.SignatureSize {
		return errors.New("missing or malformed X-Signature-Ed25519")
	}
	ts := h.Get("X-Signature-Timestamp")
	secs, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errors.New("missing or malformed X-Signature-Timestamp")
	}
	if skew := now.Sub(time.Unix(secs, 0)); skew > MaxClockSkew || skew < -MaxClockSkew {
		return fmt.Errorf("timestamp %s is %v away from now", ts, skew.Round(time.Second))
	}
	if !ed25519.Verify(key, append([]byte(ts), body...), sig) {
		return errors.New("signature does not match")
	}
	return nil
}
