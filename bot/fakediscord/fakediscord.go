// Package fakediscord is an in-process fake of Discord (REST API + gateway
// websocket) for tests. It listens on 127.0.0.1 and is meant to be driven by
// the real discordgo client:
//
//	fake := fakediscord.New(t)
//	dg, _ := discordgo.New("Bot test-token")
//	dg.Client = fake.HTTPClient() // REST goes to the fake; its /gateway answer points the websocket at it
//	t.Cleanup(func() { fake.CloseSession(dg) }) // registered after New: runs before the fake closes
//	dg.AddHandler(...)
//	dg.Open()
//	fake.WaitReady(ctx)
//	h := fake.SendInteraction(fakediscord.InteractionSpec{Name: "ping", GuildID: fakediscord.DefaultGuildID})
//	cb, _ := h.Wait(ctx) // cb.Type, cb.Content(), ...
//
// (fake.NewSession(t) does the first three lines.)
//
// The fake answers the REST routes a bot normally uses (gateway discovery,
// @me, application commands, interaction callbacks and webhooks, channel
// messages, a few cheap extras), records every HTTP request, supports fault
// injection (FailNext) and gateway RECONNECT/RESUME. It validates the things
// real Discord rejects and that are easy to get wrong (empty messages,
// content over 2000 characters, invalid command names/descriptions, double
// interaction acknowledgements, missing MESSAGE_CONTENT intent), so a bot that
// passes against the fake is less likely to fail against Discord.
//
// Nothing global is modified: every Server has its own listener and the
// client is redirected through Session.Client only, so tests may run in
// parallel.
package fakediscord

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	"mime/multipart"
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
	botUserID   = "1000000000000000001"
	botUsername = "storybot"
	// The application ID deliberately differs from the bot user ID (Discord
	// allows that for older applications) so a bot that confuses the two is
	// caught by the fake.
	appID = "1000000000000000002"

	// DefaultUserID is the ID of the user that invokes interactions and
	// sends messages when a spec leaves User/Author nil.
	DefaultUserID = "2000000000000000001"

	discordEpochMS = 1420070400000
	maxBodyBytes   = 32 << 20
	maxLoggedEvent = 1000
	writeTimeout   = 5 * time.Second

	// DefaultHeartbeatInterval is the heartbeat_interval (milliseconds in
	// the HELLO payload) the fake announces unless WithHeartbeatInterval is
	// used. It is Discord's usual value.
	DefaultHeartbeatInterval = 41250 * time.Millisecond
)

// ErrClosed is returned by waits and dispatches once the Server is closed.
var ErrClosed = errors.New("fakediscord: server closed")

// ErrNoSession is returned by Dispatch (and reported by the Send* helpers)
// when no client has completed IDENTIFY yet, or all sessions were closed.
var ErrNoSession = errors.New("fakediscord: no gateway session (has the client called Open and has WaitReady returned?)")

// Option configures a Server created by New.
type Option func(*config)

type config struct {
	heartbeat time.Duration
	deadline  time.Duration
	noEcho    bool
}

// WithHeartbeatInterval sets the heartbeat_interval announced in HELLO.
// discordgo sends one heartbeat right after connecting and then one per
// interval, and reconnects by itself if no ACK arrives within 5 intervals.
func WithHeartbeatInterval(d time.Duration) Option {
	return func(c *config) {
		if d >= time.Millisecond {
			c.heartbeat = d
		}
	}
}

// WithInteractionDeadline makes the fake behave like Discord regarding the
// initial interaction response: a callback arriving more than d after the
// interaction was dispatched is answered 404 "Unknown interaction" (10062).
// Discord's deadline is 3 s; the default (0) disables the check so slow CI
// machines do not make tests flaky.
func WithInteractionDeadline(d time.Duration) Option {
	return func(c *config) { c.deadline = d }
}

// WithoutEcho stops the fake from dispatching MESSAGE_CREATE / MESSAGE_UPDATE /
// MESSAGE_DELETE for messages the bot itself creates, edits or deletes over
// REST. Real Discord does send those (bots receive their own messages), which
// is why echoing is on by default.
func WithoutEcho() Option {
	return func(c *config) { c.noEcho = true }
}

// Server is a running fake Discord. All methods are safe for concurrent use.
type Server struct {
	tb       testing.TB
	cfg      config
	srv      *httptest.Server
	mux      *http.ServeMux
	client   *http.Client
	upgrader websocket.Upgrader
	idSeq    atomic.Uint64
	wg       sync.WaitGroup // gateway connection goroutines

	mu           sync.Mutex
	changed      chan struct{} // closed and replaced on every state change
	closed       bool
	requests     []Request
	failures     []*failure
	files        map[string]servedFile
	attachments  map[string]map[string]any   // NewAttachment metadata by ID
	commands     map[string][]map[string]any // scope ("" = global, else guild ID) -> commands
	interactions map[string]*interactionState
	byToken      map[string]*interactionState
	messages     map[string]map[string]any
	users        map[string]map[string]any
	channels     map[string]string // channel ID -> guild ID ("" = DM)
	dmChannels   map[string]string // user ID -> DM channel ID
	sessions     map[string]*gwSession
	conns        map[*gwConn]struct{}
	identifies   []discordgo.Identify
	payloads     []GatewayPayload
}

// New starts a fake Discord on 127.0.0.1 (one httptest.Server serving both
// the REST API and the gateway websocket) and registers t.Cleanup to close
// it. Close discordgo sessions before the fake (register their cleanup after
// calling New): a session whose gateway disappears keeps trying to reconnect.
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	cfg := config{heartbeat: DefaultHeartbeatInterval}
	for _, o := range opts {
		o(&cfg)
	}
	s := &Server{
		tb:           t,
		cfg:          cfg,
		mux:          http.NewServeMux(),
		changed:      make(chan struct{}),
		files:        map[string]servedFile{},
		attachments:  map[string]map[string]any{},
		commands:     map[string][]map[string]any{},
		interactions: map[string]*interactionState{},
		byToken:      map[string]*interactionState{},
		messages:     map[string]map[string]any{},
		users:        map[string]map[string]any{},
		channels:     map[string]string{},
		dmChannels:   map[string]string{},
		sessions:     map[string]*gwSession{},
		conns:        map[*gwConn]struct{}{},
	}
	s.upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	s.users[botUserID] = userJSON(s.BotUser())
	s.users[DefaultUserID] = userJSON(DefaultUser())
	s.routes()
	s.srv = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	target, err := url.Parse(s.srv.URL)
	if err != nil {
		s.srv.Close()
		t.Fatalf("fakediscord: parse server URL: %v", err)
	}
	s.client = &http.Client{
		Transport: &rewriteTransport{base: s.srv.Client().Transport, target: target},
		Timeout:   20 * time.Second,
	}
	t.Cleanup(s.close)
	return s
}

// close shuts the fake down: waiters are released, gateway connections are
// closed and their goroutines awaited, then the HTTP server is closed.
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
		c.closeWith(websocket.CloseGoingAway, "fakediscord shutting down")
	}
	s.wg.Wait()
	s.srv.Close()
}

// URL returns the base URL of the fake, e.g. http://127.0.0.1:PORT.
func (s *Server) URL() string { return s.srv.URL }

// GatewayURL returns the websocket URL the fake announces on GET /gateway,
// e.g. ws://127.0.0.1:PORT/gateway. discordgo appends "/" and
// "?v=9&encoding=json" before dialing it.
func (s *Server) GatewayURL() string {
	return "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/gateway"
}

// HTTPClient returns an *http.Client to assign to discordgo.Session.Client.
// Its transport rewrites every request for discord.com, discordapp.com,
// discord.gg, discordapp.net, discord.media (and their subdomains, such as
// cdn.discordapp.com and media.discordapp.net) to the fake, keeping method,
// path, query, headers and body. Requests for the fake's own URL pass through;
// requests for any other host fail, so a test can never reach the internet
// through it.
func (s *Server) HTTPClient() *http.Client { return s.client }

// NewSession returns a discordgo session with token "Bot test-token" whose
// Client is HTTPClient(). It is not opened. A cleanup calling CloseSession
// is registered on tb; as it is registered after New, it runs before the
// fake shuts down.
func (s *Server) NewSession(tb testing.TB) *discordgo.Session {
	tb.Helper()
	dg, err := discordgo.New("Bot test-token")
	if err != nil {
		tb.Fatalf("fakediscord: discordgo.New: %v", err)
	}
	dg.Client = s.HTTPClient()
	tb.Cleanup(func() { s.CloseSession(dg) })
	return dg
}

// CloseSession closes dg without paying discordgo's hard-coded one-second
// sleep: Session.Close sends a close frame (1000), sleeps 1 s, then closes
// the socket. CloseSession runs Close in the background and returns as soon
// as the fake has received the close frame and ended the gateway session
// (at most 2 s). discordgo then stops its heartbeat/listen goroutines
// without reconnecting, even if the fake shuts down during the sleep; the
// background Close finishes up to a second later (and emits Disconnect
// then, so Disconnect handlers must not use a finished *testing.T).
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
	go func() {
		select {
		case <-done:
			cancel()
		case <-ctx.Done():
		}
	}()
	if sid == "" {
		<-ctx.Done()
		return
	}
	_ = s.waitFor(ctx, func() bool {
		_, ok := s.sessions[sid]
		return !ok
	})
}

// BotUser returns (a copy of) the bot user: the user in READY and GET
// /users/@me, with username "storybot" and Bot set.
func (s *Server) BotUser() *discordgo.User {
	return &discordgo.User{ID: botUserID, Username: botUsername, Discriminator: "0", Bot: true, Verified: true}
}

// AppID returns the application ID announced in READY. Interactions carry it
// as application_id and webhook routes expect it.
func (s *Server) AppID() string { return appID }

// DefaultUser returns (a copy of) the user used when an InteractionSpec or
// MessageSpec does not name one.
func DefaultUser() *discordgo.User {
	return &discordgo.User{ID: DefaultUserID, Username: "tester", GlobalName: "Tester", Discriminator: "0"}
}

// newID returns a fresh, realistic snowflake (timestamp in the upper bits).
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

// waitFor blocks until cond (evaluated with s.mu held) is true, ctx is done
// or the server is closed.
func (s *Server) waitFor(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ok := cond()
		ch, closed := s.changed, s.closed
		s.mu.Unlock()
		if ok {
			return nil
		}
		if closed {
			return ErrClosed
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// ---------------------------------------------------------------------------
// HTTP redirection

type rewriteTransport struct {
	base   http.RoundTripper
	target *url.URL
}

// originalHostHeader carries the host a request was originally sent to.
const originalHostHeader = "X-Fakediscord-Original-Host"

var discordDomains = []string{"discord.com", "discordapp.com", "discord.gg", "discordapp.net", "discord.media"}

func isDiscordHost(host string) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	for _, d := range discordDomains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

func (t *rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host == t.target.Host {
		return t.base.RoundTrip(req)
	}
	if !isDiscordHost(req.URL.Hostname()) {
		if req.Body != nil {
			_ = req.Body.Close()
		}
		return nil, fmt.Errorf("fakediscord: refusing %s %s: not a Discord host and not the fake", req.Method, req.URL.Redacted())
	}
	r2 := req.Clone(req.Context())
	r2.URL.Scheme = t.target.Scheme
	r2.URL.Host = t.target.Host
	r2.Host = t.target.Host
	r2.Header.Set(originalHostHeader, req.URL.Host)
	return t.base.RoundTrip(r2)
}

// ---------------------------------------------------------------------------
// Request recording

// Request is one HTTP request received by the fake (REST, webhooks, file
// downloads; the websocket upgrade is not recorded).
type Request struct {
	Method string
	// Path is the URL path on the fake, e.g. /api/v9/channels/1/messages.
	Path  string
	Query url.Values
	// Host is the host the client addressed (e.g. discord.com) before
	// HTTPClient rewrote it; the fake's host:port for direct requests.
	Host   string
	Header http.Header
	Body   []byte
	// Route is the pattern that handled the request (e.g.
	// "POST /api/v9/channels/{channel}/messages"); "" for unknown routes,
	// which are answered 404 {"message":"404: Not Found","code":0}.
	Route string
	// Status is the HTTP status the fake answered with.
	Status int
	// Injected is true when the response came from FailNext.
	Injected bool
	Time     time.Time
}

// JSON decodes the request's JSON body into v. For multipart/form-data
// requests (messages with files) it decodes the payload_json part.
func (r Request) JSON(v any) error {
	payload, _, err := decodeBody(r.Header.Get("Content-Type"), r.Body)
	if err != nil {
		return err
	}
	if len(payload) == 0 {
		return errors.New("fakediscord: request has no JSON body")
	}
	return json.Unmarshal(payload, v)
}

// Files returns the files uploaded in a multipart/form-data request.
func (r Request) Files() []File {
	_, files, _ := decodeBody(r.Header.Get("Content-Type"), r.Body)
	return files
}

func (r Request) clone() Request {
	r.Header = r.Header.Clone()
	q := make(url.Values, len(r.Query))
	for k, v := range r.Query {
		q[k] = append([]string(nil), v...)
	}
	r.Query = q
	return r
}

// Requests returns every HTTP request recorded so far, oldest first.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Request, len(s.requests))
	for i, r := range s.requests {
		out[i] = r.clone()
	}
	return out
}

// Unexpected returns the recorded requests that hit no known route.
func (s *Server) Unexpected() []Request {
	var out []Request
	for _, r := range s.Requests() {
		if r.Route == "" {
			out = append(out, r)
		}
	}
	return out
}

// WaitRequest waits until a recorded request satisfies match and returns
// the first one that does. Requests recorded before the call count too.
// match runs with the server's lock held: it must not call the Server.
func (s *Server) WaitRequest(ctx context.Context, match func(Request) bool) (Request, error) {
	var found Request
	err := s.waitFor(ctx, func() bool {
		for _, r := range s.requests {
			if match(r.clone()) {
				found = r.clone()
				return true
			}
		}
		return false
	})
	return found, err
}

// File is a file uploaded by the client in a multipart/form-data request.
type File struct {
	// Field is the form field name, e.g. "files[0]".
	Field       string
	Name        string
	ContentType string
	Data        []byte
}

// ---------------------------------------------------------------------------
// Fault injection

type failure struct {
	method  string
	pattern string
	status  int
	body    string
}

// FailNext makes the next request whose method equals method ("" matches
// any) and whose path matches pathPattern (path.Match syntax, where * stops
// at "/": "/api/v9/interactions/*/*/callback") get status and body instead
// of the normal answer. Calls queue up; each is used once, in order.
//
// For status 429 an empty body becomes
// {"message":"You are being rate limited.","retry_after":0.05,"global":false};
// discordgo retries after the body's retry_after (seconds, float, truncated to
// milliseconds) and needs the body to be JSON, otherwise the call fails. The
// fake also sends Retry-After and X-RateLimit-* headers like Discord does.
// For other statuses an empty body becomes {"message":"<status text>","code":0}.
func (s *Server) FailNext(method, pathPattern string, status int, body string) {
	if _, err := path.Match(pathPattern, "/"); err != nil {
		s.tb.Errorf("fakediscord: FailNext: bad pattern %q: %v", pathPattern, err)
		return
	}
	if body == "" {
		if status == http.StatusTooManyRequests {
			body = `{"message":"You are being rate limited.","retry_after":0.05,"global":false}`
		} else {
			b, _ := json.Marshal(map[string]any{"message": http.StatusText(status), "code": 0})
			body = string(b)
		}
	}
	s.mu.Lock()
	s.failures = append(s.failures, &failure{method: strings.ToUpper(method), pattern: pathPattern, status: status, body: body})
	s.mu.Unlock()
}

// takeFailureLocked removes and returns the first queued failure matching.
func (s *Server) takeFailureLocked(method, p string) *failure {
	for i, f := range s.failures {
		if f.method != "" && f.method != method {
			continue
		}
		if ok, _ := path.Match(f.pattern, p); !ok && f.pattern != p {
			continue
		}
		s.failures = append(s.failures[:i:i], s.failures[i+1:]...)
		return f
	}
	return nil
}

func writeFailure(w http.ResponseWriter, f *failure) {
	h := w.Header()
	if json.Valid([]byte(f.body)) {
		h.Set("Content-Type", "application/json")
	}
	if f.status == http.StatusTooManyRequests {
		var rl struct {
			RetryAfter float64 `json:"retry_after"`
			Global     bool    `json:"global"`
		}
		if json.Unmarshal([]byte(f.body), &rl) == nil && rl.RetryAfter >= 0 && !math.IsInf(rl.RetryAfter, 0) {
			h.Set("Retry-After", strconv.FormatFloat(math.Ceil(rl.RetryAfter), 'f', 0, 64))
			if rl.Global {
				h.Set("X-RateLimit-Global", "true")
				h.Set("X-RateLimit-Scope", "global")
			} else {
				h.Set("X-RateLimit-Scope", "user")
				h.Set("X-RateLimit-Limit", "5")
				h.Set("X-RateLimit-Remaining", "0")
				h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(rl.RetryAfter, 'f', 3, 64))
				h.Set("X-RateLimit-Bucket", "fakediscord")
			}
		}
	}
	w.WriteHeader(f.status)
	_, _ = io.WriteString(w, f.body)
}

// ---------------------------------------------------------------------------
// File server

type servedFile struct {
	contentType string
	data        []byte
}

// ServeFile serves data at <URL()>/attachments/<path> with the given content
// type and returns that URL. A leading "/" or "attachments/" in p is
// ignored. Uploading the same path again replaces the content.
func (s *Server) ServeFile(p, contentType string, data []byte) string {
	p = strings.TrimPrefix(strings.TrimPrefix(p, "/"), "attachments/")
	if contentType == "" {
		contentType = "application/octet-stream"
	}
	s.mu.Lock()
	s.files["/attachments/"+p] = servedFile{contentType: contentType, data: append([]byte(nil), data...)}
	s.mu.Unlock()
	return s.srv.URL + "/attachments/" + (&url.URL{Path: p}).EscapedPath()
}

// NewAttachment serves data on the fake's file server and returns attachment
// metadata (id, filename, size, content_type, url and proxy_url pointing at
// the fake) for InteractionSpec.Attachments or MessageSpec.Attachments. Use
// its ID as the value of an attachment option (see AttachmentOpt).
func (s *Server) NewAttachment(filename, contentType string, data []byte) *discordgo.MessageAttachment {
	id := s.newID()
	u := s.ServeFile(id+"/"+filename, contentType, data)
	a := &discordgo.MessageAttachment{
		ID: id, URL: u, ProxyURL: u, Filename: filename, ContentType: contentType, Size: len(data),
	}
	s.mu.Lock()
	s.attachments[id] = attachmentJSON(a)
	s.mu.Unlock()
	return a
}

// attachmentJSON converts attachment metadata to its wire form.
func attachmentJSON(a *discordgo.MessageAttachment) map[string]any {
	m := map[string]any{
		"id": a.ID, "filename": a.Filename, "size": a.Size, "url": a.URL, "proxy_url": a.ProxyURL,
	}
	if a.ContentType != "" {
		m["content_type"] = a.ContentType
	}
	if a.Width > 0 || a.Height > 0 {
		m["width"], m["height"] = a.Width, a.Height
	}
	if a.Ephemeral {
		m["ephemeral"] = true
	}
	return m
}

func (s *Server) attachmentByIDLocked(id string) (map[string]any, bool) {
	a, ok := s.attachments[id]
	return a, ok
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
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(f.data)
	}
}

// ---------------------------------------------------------------------------
// Request entry point

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

type ctxKey struct{}

// recState is the request being served; handlers that change state commit
// it (commitLocked) in the same critical section, so a waiter that sees the
// new state also sees the request in Requests().
type recState struct {
	req  Request
	done bool
}

// recorded returns the Request being served (as recorded so far).
func recorded(r *http.Request) Request {
	if st, ok := r.Context().Value(ctxKey{}).(*recState); ok {
		out := st.req.clone()
		out.Route = r.Pattern
		return out
	}
	return Request{}
}

// commitLocked records the request being served with the status the
// handler is about to write, and wakes waiters. s.mu must be held.
func (s *Server) commitLocked(r *http.Request, status int) {
	if st, ok := r.Context().Value(ctxKey{}).(*recState); ok && !st.done {
		rec := st.req
		rec.Route = r.Pattern
		rec.Status = status
		s.requests = append(s.requests, rec)
		st.done = true
	}
	s.notifyLocked()
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if (r.URL.Path == "/gateway" || r.URL.Path == "/gateway/") && websocket.IsWebSocketUpgrade(r) {
		s.serveGateway(w, r)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes+1))
	if err != nil {
		writeError(w, http.StatusBadRequest, 0, "could not read body")
		return
	}
	if len(body) > maxBodyBytes {
		writeError(w, http.StatusRequestEntityTooLarge, 40005, "Request entity too large")
		return
	}
	host := r.Header.Get(originalHostHeader)
	if host == "" {
		host = r.Host
	}
	rec := Request{
		Method: r.Method,
		Path:   r.URL.Path,
		Query:  r.URL.Query(),
		Host:   host,
		Header: r.Header.Clone(),
		Body:   body,
		Time:   time.Now(),
	}
	rec.Header.Del(originalHostHeader)

	s.mu.Lock()
	f := s.takeFailureLocked(r.Method, r.URL.Path)
	s.mu.Unlock()
	if f != nil {
		writeFailure(w, f)
		rec.Status, rec.Injected = f.status, true
		s.record(rec)
		return
	}

	sw := &statusWriter{ResponseWriter: w}
	r.Body = io.NopCloser(bytes.NewReader(body))
	st := &recState{req: rec}
	r = r.WithContext(context.WithValue(r.Context(), ctxKey{}, st))
	s.mux.ServeHTTP(sw, r)
	s.mu.Lock()
	done := st.done
	s.mu.Unlock()
	if done {
		return
	}
	rec.Route = r.Pattern
	if rec.Route == "/" {
		rec.Route = ""
	}
	rec.Status = sw.status
	if rec.Status == 0 {
		rec.Status = http.StatusOK
	}
	s.record(rec)
}

func (s *Server) record(r Request) {
	s.mu.Lock()
	s.requests = append(s.requests, r)
	s.notifyLocked()
	s.mu.Unlock()
}

// ---------------------------------------------------------------------------
// JSON helpers

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, 0, "fakediscord: marshal: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

func writeError(w http.ResponseWriter, status, code int, msg string) {
	writeJSON(w, status, map[string]any{"message": msg, "code": code})
}

// formError writes Discord's 400 "Invalid Form Body" (50035) with errors
// keyed by the offending field path (e.g. "content" or "0.options.1.name").
func formError(w http.ResponseWriter, field, code, msg string) {
	errs := map[string]any{"_errors": []any{map[string]any{"code": code, "message": msg}}}
	parts := strings.Split(field, ".")
	for i := len(parts) - 1; i >= 0; i-- {
		errs = map[string]any{parts[i]: errs}
	}
	writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035, "errors": errs})
}

// decodeBody returns the JSON payload of a request body (the payload_json part
// for multipart/form-data) and any uploaded files.
func decodeBody(contentType string, body []byte) (json.RawMessage, []File, error) {
	mt, params, _ := mime.ParseMediaType(contentType)
	if mt != "multipart/form-data" {
		return body, nil, nil
	}
	mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	var payload json.RawMessage
	var files []File
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return payload, files, fmt.Errorf("fakediscord: bad multipart body: %w", err)
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return payload, files, fmt.Errorf("fakediscord: bad multipart body: %w", err)
		}
		if p.FormName() == "payload_json" {
			payload = data
			continue
		}
		if p.FileName() != "" || strings.HasPrefix(p.FormName(), "files[") {
			ct := p.Header.Get("Content-Type")
			if ct == "" {
				ct = "application/octet-stream"
			}
			files = append(files, File{Field: p.FormName(), Name: p.FileName(), ContentType: ct, Data: data})
		}
	}
	return payload, files, nil
}

// decodeObject decodes a JSON object keeping numbers exact.
func decodeObject(b []byte) (map[string]any, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return map[string]any{}, nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	if m == nil {
		m = map[string]any{}
	}
	return m, nil
}

func str(m map[string]any, k string) string {
	v, _ := m[k].(string)
	return v
}

func num(m map[string]any, k string) int64 {
	switch v := m[k].(type) {
	case json.Number:
		n, err := v.Int64()
		if err != nil {
			f, _ := v.Float64()
			return int64(f)
		}
		return n
	case float64:
		return int64(v)
	case int:
		return int64(v)
	case int64:
		return v
	case string:
		n, _ := strconv.ParseInt(v, 10, 64)
		return n
	}
	return 0
}

func list(m map[string]any, k string) []any {
	v, _ := m[k].([]any)
	return v
}

func timestamp(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000000+00:00")
}

func userJSON(u *discordgo.User) map[string]any {
	m := map[string]any{
		"id":            u.ID,
		"username":      u.Username,
		"discriminator": u.Discriminator,
		"global_name":   nil,
		"avatar":        nil,
		"public_flags":  int(u.PublicFlags),
		"flags":         int(u.PublicFlags),
	}
	if u.Discriminator == "" {
		m["discriminator"] = "0"
	}
	if u.Username == "" {
		m["username"] = "user" + u.ID
	}
	if u.GlobalName != "" {
		m["global_name"] = u.GlobalName
	}
	if u.Avatar != "" {
		m["avatar"] = u.Avatar
	}
	if u.Bot {
		m["bot"] = true
	}
	return m
}

// rememberUserLocked stores u so GET /users/{id} and member lookups know it.
func (s *Server) rememberUserLocked(u *discordgo.User) map[string]any {
	m := userJSON(u)
	if u.ID != "" {
		s.users[u.ID] = m
	}
	return m
}
