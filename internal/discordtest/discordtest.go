// Package discordtest is a fake of Discord (REST API and gateway websocket)
// on 127.0.0.1, for storybot's tests, driven by the real discordgo client.
// It holds only what those tests use: the gateway (IDENTIFY, RESUME,
// RECONNECT, dispatches), command registration by bulk overwrite,
// interactions and their callbacks and edits, channel messages, attachments,
// recorded requests and injected failures.
//
//	fake := discordtest.New(t)
//	// point the bot's REST client at fake.URL() (bot.RedirectClient)
//	fake.WaitReady(ctx)
//	cb, _ := fake.SendInteraction(discordtest.InteractionSpec{Name: "ask", ...}).Wait(ctx)
//
// It refuses what Discord refuses and a bot easily gets wrong: empty
// messages, content over 2000 characters, a second acknowledgement of an
// interaction, a response type the interaction does not allow.
package discordtest

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

const (
	botUserID = "1000000000000000001"
	// appID differs from the bot's user id, as it may on Discord, so a bot
	// that confuses the two is caught.
	appID = "1000000000000000002"

	// DefaultUserID is who sends interactions and messages whose spec
	// names nobody.
	DefaultUserID = "2000000000000000001"
	// DefaultGuildID is a guild tests may use; any id works.
	DefaultGuildID = "4000000000000000001"
	// DefaultChannelID is the channel of guild interactions and messages
	// whose spec names none.
	DefaultChannelID = "3000000000000000001"

	// DefaultPermissions is what @everyone has on a fresh server, without
	// any moderation bit; members get it when a spec's Permissions is 0.
	DefaultPermissions int64 = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages |
		discordgo.PermissionEmbedLinks | discordgo.PermissionAttachFiles | discordgo.PermissionReadMessageHistory |
		discordgo.PermissionAddReactions | discordgo.PermissionUseApplicationCommands

	discordEpochMS = 1420070400000
	maxBodyBytes   = 32 << 20
	writeTimeout   = 5 * time.Second
	heartbeatEvery = 41250 * time.Millisecond
)

// ErrClosed is returned by waits once the Server is closed.
var ErrClosed = errors.New("discordtest: server closed")

// ErrNoSession is returned when no client has completed IDENTIFY.
var ErrNoSession = errors.New("discordtest: no gateway session (has the client called Open and has WaitReady returned?)")

// Server is a running fake Discord. Its methods are safe for concurrent use.
type Server struct {
	tb       testing.TB
	srv      *httptest.Server
	mux      *http.ServeMux
	upgrader websocket.Upgrader
	idSeq    atomic.Uint64
	wg       sync.WaitGroup // gateway connection goroutines

	mu           sync.Mutex
	changed      chan struct{} // closed and replaced on every change
	closed       bool
	requests     []Request
	failures     []*failure
	files        map[string]servedFile
	attachments  map[string]*discordgo.MessageAttachment
	commands     map[string][]*discordgo.ApplicationCommand // guild id ("" = global) → commands
	interactions map[string]*interaction
	byToken      map[string]*interaction
	messages     map[string]*discordgo.Message
	dmChannels   map[string]string // user id → channel id
	sessions     map[string]*gwSession
	conns        map[*gwConn]struct{}
	identifies   []discordgo.Identify
}

// New starts a fake Discord and registers t.Cleanup to close it. Close
// discordgo sessions first (register their cleanup after calling New): a
// session whose gateway disappears keeps trying to reconnect.
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{
		tb:           t,
		mux:          http.NewServeMux(),
		changed:      make(chan struct{}),
		files:        map[string]servedFile{},
		attachments:  map[string]*discordgo.MessageAttachment{},
		commands:     map[string][]*discordgo.ApplicationCommand{},
		interactions: map[string]*interaction{},
		byToken:      map[string]*interaction{},
		messages:     map[string]*discordgo.Message{},
		dmChannels:   map[string]string{},
		sessions:     map[string]*gwSession{},
		conns:        map[*gwConn]struct{}{},
	}
	s.upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	s.routes()
	// Assigned before the server starts, so its handlers see it.
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serveHTTP))
	s.srv.Start()
	t.Cleanup(s.close)
	return s
}

func (s *Server) routes() {
	for _, v := range []string{"/api/v9", "/api/v10"} {
		h := func(method, p string, fn http.HandlerFunc) { s.mux.HandleFunc(method+" "+v+p, fn) }
		h("GET", "/gateway", s.getGateway)
		h("GET", "/gateway/bot", s.auth(s.getGateway))
		h("GET", "/oauth2/applications/@me", s.auth(s.getApplication))
		h("PUT", "/applications/{app}/commands", s.auth(s.overwriteCommands))
		h("PUT", "/applications/{app}/guilds/{guild}/commands", s.auth(s.overwriteCommands))
		h("POST", "/interactions/{id}/{token}/callback", s.interactionCallback)
		h("GET", "/webhooks/{app}/{token}/messages/@original", s.originalMessage)
		h("PATCH", "/webhooks/{app}/{token}/messages/@original", s.originalMessage)
		h("POST", "/channels/{channel}/messages", s.auth(s.createChannelMessage))
	}
	s.mux.HandleFunc("GET /attachments/{path...}", s.serveFile)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, 0, "404: Not Found")
	})
}

// auth refuses requests without a bot token, as Discord does.
func (s *Server) auth(fn http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if a := r.Header.Get("Authorization"); !strings.HasPrefix(a, "Bot ") || len(a) == len("Bot ") {
			writeError(w, http.StatusUnauthorized, 0, "401: Unauthorized")
			return
		}
		fn(w, r)
	}
}

// getApplication serves the bot's application, as a bot without a
// gateway looks it up to register commands.
func (s *Server) getApplication(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"id": appID, "name": "storybot", "bot_public": true})
}

func (s *Server) getGateway(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"url": s.gatewayURL(), "shards": 1,
		"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1}})
}

// close shuts the fake down: waiters are released, gateway connections
// closed and their goroutines awaited, then the HTTP server closed.
func (s *Server) close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	s.notifyLocked()
	conns := make([]*gwConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.closeWith(websocket.CloseGoingAway, "discordtest shutting down")
	}
	s.wg.Wait()
	s.srv.Close()
}

// URL is the fake's base URL, http://127.0.0.1:PORT: what DISCORD_API_URL
// is set to.
func (s *Server) URL() string { return s.srv.URL }

func (s *Server) gatewayURL() string {
	return "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/gateway"
}

// BotUser is the bot's user, as READY announces it.
func (s *Server) BotUser() *discordgo.User {
	return &discordgo.User{ID: botUserID, Username: "storybot", Discriminator: "0", Bot: true, Verified: true}
}

// DefaultUser is the user of specs that name nobody.
func DefaultUser() *discordgo.User {
	return &discordgo.User{ID: DefaultUserID, Username: "tester", GlobalName: "Tester", Discriminator: "0"}
}

// newID returns a fresh snowflake, its timestamp in the upper bits.
func (s *Server) newID() string {
	n := s.idSeq.Add(1)
	ms := uint64(time.Now().UnixMilli() - discordEpochMS)
	return strconv.FormatUint(ms<<22|(n&0x3FFFFF), 10)
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// notifyLocked wakes every waiter. s.mu must be held.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// waitFor blocks until cond (run with s.mu held) is true, ctx ends or the
// server closes.
func (s *Server) waitFor(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ok := cond()
		ch, closed := s.changed, s.closed
		s.mu.Unlock()
		switch {
		case ok:
			return nil
		case closed:
			return ErrClosed
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// CloseSession closes dg without waiting out discordgo's one-second sleep
// in Session.Close: it returns once the fake has seen the session end (at
// most 2 s), while Close finishes in the background.
func (s *Server) CloseSession(dg *discordgo.Session) {
	var sid string
	if dg.State != nil {
		dg.State.RLock()
		sid = dg.State.SessionID
		dg.State.RUnlock()
	}
	if sid != "" {
		s.waitFirstHeartbeat(context.Background(), sid)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = dg.Close()
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if sid == "" {
		select {
		case <-done:
		case <-ctx.Done():
		}
		return
	}
	_ = s.waitFor(ctx, func() bool {
		_, ok := s.sessions[sid]
		return !ok
	})
}

// Request is one HTTP request the fake received (the websocket upgrade
// aside).
type Request struct {
	Method string
	// Path is the URL path, e.g. /api/v9/channels/1/messages.
	Path   string
	Header http.Header
	Body   []byte
	// Route is the pattern that served the request; "" for unknown routes,
	// which are answered 404.
	Route string
	// Injected is set when FailNext made the response.
	Injected bool
}

// Requests returns every request recorded so far, oldest first.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// WaitRequest waits until a recorded request satisfies match (run with the
// server's lock held: it must not call the Server) and returns it.
func (s *Server) WaitRequest(ctx context.Context, match func(Request) bool) (Request, error) {
	var found Request
	err := s.waitFor(ctx, func() bool {
		for _, r := range s.requests {
			if match(r) {
				found = r
				return true
			}
		}
		return false
	})
	return found, err
}

// Count returns how many recorded requests satisfy match (run with the
// server's lock held: it must not call the Server).
func (s *Server) Count(match func(Request) bool) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.requests {
		if match(r) {
			n++
		}
	}
	return n
}

type ctxKey struct{}

// recState is the request being served; a handler that changes state
// records it (commitLocked) in the same critical section, so a waiter that
// sees the new state finds the request in Requests too.
type recState struct {
	req  Request
	done bool
}

// recorded is the request being served.
func recorded(r *http.Request) Request {
	st, _ := r.Context().Value(ctxKey{}).(*recState)
	if st == nil {
		return Request{}
	}
	return st.req
}

// commitLocked records the request being served, and wakes waiters. s.mu
// must be held.
func (s *Server) commitLocked(r *http.Request) {
	if st, ok := r.Context().Value(ctxKey{}).(*recState); ok && !st.done {
		st.req.Route = r.Pattern
		s.requests = append(s.requests, st.req)
		st.done = true
	}
	s.notifyLocked()
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.TrimSuffix(r.URL.Path, "/") == "/gateway" && websocket.IsWebSocketUpgrade(r) {
		s.serveGateway(w, r)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes))
	if err != nil {
		writeError(w, http.StatusBadRequest, 0, "could not read body")
		return
	}
	rec := Request{Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone(), Body: body}
	s.mu.Lock()
	f := s.takeFailureLocked(r.Method, r.URL.Path)
	s.mu.Unlock()
	if f != nil {
		f.write(w)
		rec.Injected = true
		s.record(rec)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	st := &recState{req: rec}
	r = r.WithContext(context.WithValue(r.Context(), ctxKey{}, st))
	s.mux.ServeHTTP(w, r)
	s.mu.Lock()
	done := st.done
	s.mu.Unlock()
	if done {
		return
	}
	if rec.Route = r.Pattern; rec.Route == "/" {
		rec.Route = ""
	}
	s.record(rec)
}

func (s *Server) record(r Request) {
	s.mu.Lock()
	s.requests = append(s.requests, r)
	s.notifyLocked()
	s.mu.Unlock()
}

type failure struct {
	method, pattern string
	status          int
	body            string
}

// FailNext makes the next request with this method ("" for any) whose
// path matches pathPattern (path.Match syntax:
// "/api/v9/interactions/*/*/callback") get status and body instead. For a
// 429 the body should carry retry_after, which discordgo waits before
// retrying; the fake adds Discord's rate-limit headers.
func (s *Server) FailNext(method, pathPattern string, status int, body string) {
	if _, err := path.Match(pathPattern, "/"); err != nil {
		s.tb.Errorf("discordtest: FailNext: bad pattern %q: %v", pathPattern, err)
		return
	}
	s.mu.Lock()
	s.failures = append(s.failures, &failure{method: strings.ToUpper(method), pattern: pathPattern, status: status, body: body})
	s.mu.Unlock()
}

// takeFailureLocked removes and returns the first queued failure matching.
func (s *Server) takeFailureLocked(method, p string) *failure {
	for i, f := range s.failures {
		if ok, _ := path.Match(f.pattern, p); ok && (f.method == "" || f.method == method) {
			s.failures = append(s.failures[:i:i], s.failures[i+1:]...)
			return f
		}
	}
	return nil
}

func (f *failure) write(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	var rl struct {
		RetryAfter float64 `json:"retry_after"`
	}
	if f.status == http.StatusTooManyRequests && json.Unmarshal([]byte(f.body), &rl) == nil {
		h.Set("Retry-After", strconv.FormatFloat(math.Ceil(rl.RetryAfter), 'f', 0, 64))
		h.Set("X-RateLimit-Scope", "user")
		h.Set("X-RateLimit-Limit", "5")
		h.Set("X-RateLimit-Remaining", "0")
		h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(rl.RetryAfter, 'f', 3, 64))
		h.Set("X-RateLimit-Bucket", "discordtest")
	}
	w.WriteHeader(f.status)
	_, _ = io.WriteString(w, f.body)
}

type servedFile struct {
	contentType string
	data        []byte
}

// NewAttachment serves data from the fake and returns the attachment's
// metadata, its URL on the fake; an attachment option naming its ID (see
// AttachmentOpt) finds it in data.resolved.
func (s *Server) NewAttachment(filename, contentType string, data []byte) *discordgo.MessageAttachment {
	id := s.newID()
	p := "/attachments/" + id + "/" + filename
	u := s.srv.URL + (&url.URL{Path: p}).EscapedPath()
	a := &discordgo.MessageAttachment{ID: id, URL: u, ProxyURL: u, Filename: filename, ContentType: contentType, Size: len(data)}
	s.mu.Lock()
	s.files[p] = servedFile{contentType: contentType, data: append([]byte(nil), data...)}
	s.attachments[id] = a
	s.mu.Unlock()
	return a
}

func (s *Server) serveFile(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	f, ok := s.files[r.URL.Path]
	s.mu.Unlock()
	if !ok {
		writeError(w, http.StatusNotFound, 0, "404: Not Found")
		return
	}
	w.Header().Set("Content-Type", f.contentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(f.data)))
	_, _ = w.Write(f.data)
}

// apiError is a Discord error response.
type apiError struct {
	status, code int
	msg          string
}

var (
	errUnknownMessage     = &apiError{404, 10008, "Unknown Message"}
	errUnknownWebhook     = &apiError{404, 10015, "Unknown Webhook"}
	errUnknownInteraction = &apiError{404, 10062, "Unknown interaction"}
	errMissingAccess      = &apiError{403, 50001, "Missing Access"}
	errAlreadyAcked       = &apiError{400, 40060, "Interaction has already been acknowledged."}
	errEmptyMessage       = &apiError{400, 50006, "Cannot send an empty message"}
	errBadJSON            = &apiError{400, 50109, "The request body contains invalid JSON."}
	errInvalidForm        = &apiError{400, 50035, "Invalid Form Body"}
)

func (e *apiError) write(w http.ResponseWriter) { writeError(w, e.status, e.code, e.msg) }

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, 0, "discordtest: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

func writeError(w http.ResponseWriter, status, code int, msg string) {
	writeJSON(w, status, map[string]any{"message": msg, "code": code})
}

// copyJSON deep-copies v into out through JSON.
func copyJSON[T any](v *T) *T {
	if v == nil {
		return nil
	}
	b, _ := json.Marshal(v)
	var out T
	_ = json.Unmarshal(b, &out)
	return &out
}
