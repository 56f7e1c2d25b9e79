package discordtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Gateway close codes the fake uses (Discord's values).
const (
	closeUnknownOpcode    = 4001
	closeDecodeError      = 4002
	closeAuthFailed       = 4004
	closeAlreadyAuth      = 4005
	closeInvalidShard     = 4010
	maxClientPayloadBytes = 4096
	maxLoggedEvents       = 1000
)

type loggedEvent struct {
	seq int64
	raw []byte
}

// gwSession is a gateway session (created by IDENTIFY, survives RESUME).
type gwSession struct {
	id    string
	token string

	mu   sync.Mutex // guards seq, log, conn; taken before Server.mu, never after
	seq  int64
	log  []loggedEvent
	conn *gwConn

	// Guarded by Server.mu.
	current *gwConn // connection that got READY/RESUMED, nil between connections
	resumes int
}

// gwConn is one websocket connection.
type gwConn struct {
	ws  *websocket.Conn
	wmu sync.Mutex

	once       sync.Once
	heartbeats int // guarded by Server.mu
}

func (c *gwConn) write(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(writeTimeout))
	return c.ws.WriteJSON(v)
}

func (c *gwConn) writeRaw(b []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(writeTimeout))
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

// closeWith sends a close frame and closes the connection.
func (c *gwConn) closeWith(code int, text string) {
	c.once.Do(func() {
		_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
		_ = c.ws.Close()
	})
}

// drop closes the TCP connection without a close frame.
func (c *gwConn) drop() {
	c.once.Do(func() { _ = c.ws.Close() })
}

type outPayload struct {
	Op int     `json:"op"`
	D  any     `json:"d"`
	S  *int64  `json:"s"`
	T  *string `json:"t"`
}

func dispatchFrame(t string, seq int64, d json.RawMessage) ([]byte, error) {
	return json.Marshal(outPayload{Op: 0, D: d, S: &seq, T: &t})
}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		http.Error(w, "closed", http.StatusServiceUnavailable)
		return
	}
	// Add to the WaitGroup while holding mu so close() cannot be waiting yet.
	s.wg.Add(1)
	s.mu.Unlock()
	defer s.wg.Done()

	ws, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		c.closeWith(websocket.CloseGoingAway, "discordtest shutting down")
		return
	}
	s.conns[c] = struct{}{}
	s.mu.Unlock()
	s.runConn(c)
}

// runConn speaks the gateway protocol on c until it ends.
func (s *Server) runConn(c *gwConn) {
	var sess *gwSession
	closeCode := -1
	defer func() {
		c.drop()
		s.mu.Lock()
		delete(s.conns, c)
		s.mu.Unlock()
		if sess != nil {
			s.detach(sess, c, closeCode)
		}
	}()

	c.ws.SetReadLimit(maxClientPayloadBytes)
	hello := map[string]any{"heartbeat_interval": heartbeatEvery.Milliseconds()}
	if err := c.write(outPayload{Op: 10, D: hello}); err != nil {
		return
	}
	for {
		_, msg, err := c.ws.ReadMessage()
		if err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) {
				closeCode = ce.Code
			}
			return
		}
		var in struct {
			Op *int            `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := json.Unmarshal(msg, &in); err != nil || in.Op == nil {
			c.closeWith(closeDecodeError, "Error while decoding payload.")
			return
		}
		var ok bool
		if sess, ok = s.handleOp(c, sess, *in.Op, in.D); !ok {
			return
		}
	}
}

// handleOp answers one payload from the client: a heartbeat, IDENTIFY or
// RESUME. It returns the connection's session, and false when the
// connection must end.
func (s *Server) handleOp(c *gwConn, sess *gwSession, op int, d json.RawMessage) (*gwSession, bool) {
	switch {
	case op == 1: // heartbeat
		if err := c.write(outPayload{Op: 11}); err != nil {
			return sess, false
		}
		s.mu.Lock()
		c.heartbeats++
		s.notifyLocked()
		s.mu.Unlock()
		return sess, true
	case (op == 2 || op == 6) && sess != nil:
		c.closeWith(closeAlreadyAuth, "Already authenticated.")
		return sess, false
	case op == 2: // identify
		ns, code, text := s.identify(c, d)
		if code != 0 {
			c.closeWith(code, text)
			return nil, false
		}
		return ns, true
	case op == 6: // resume
		return s.resume(c, d), true
	}
	c.closeWith(closeUnknownOpcode, "Unknown opcode.")
	return sess, false
}

// identify handles op 2 and sends READY. It returns the new session or a
// close code.
func (s *Server) identify(c *gwConn, raw json.RawMessage) (*gwSession, int, string) {
	// Only what matters: discordgo's default presence does not decode
	// back into its own types.
	var id discordgo.Identify
	var in struct {
		Token   string           `json:"token"`
		Shard   *[2]int          `json:"shard"`
		Intents discordgo.Intent `json:"intents"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, closeDecodeError, "Error while decoding payload."
	}
	id.Token, id.Shard, id.Intents = in.Token, in.Shard, in.Intents
	if id.Token == "" {
		return nil, closeAuthFailed, "Authentication failed."
	}
	if id.Shard != nil && (id.Shard[1] < 1 || id.Shard[0] < 0 || id.Shard[0] >= id.Shard[1]) {
		return nil, closeInvalidShard, "Invalid shard."
	}
	sess := &gwSession{id: randomHex(16), token: id.Token}
	ready := map[string]any{
		"v":                  9,
		"user":               s.BotUser(),
		"guilds":             []any{},
		"session_id":         sess.id,
		"session_type":       "normal",
		"resume_gateway_url": s.gatewayURL(),
		"application":        map[string]any{"id": appID, "flags": 0},
	}
	if id.Shard != nil {
		ready["shard"] = id.Shard
	}
	d, _ := json.Marshal(ready)

	// Register the session before READY is written (holding sess.mu, so a
	// concurrent Dispatch waits and cannot overtake READY): a client that
	// has read READY can rely on Dispatch reaching it.
	sess.mu.Lock()
	defer sess.mu.Unlock()
	sess.seq = 1
	sess.conn = c
	s.mu.Lock()
	s.identifies = append(s.identifies, id)
	s.sessions[sess.id] = sess
	s.mu.Unlock()
	frame, _ := dispatchFrame("READY", 1, d)
	if err := c.writeRaw(frame); err != nil {
		sess.conn = nil
		s.mu.Lock()
		delete(s.sessions, sess.id)
		s.mu.Unlock()
		return nil, 0, ""
	}
	s.mu.Lock()
	sess.current = c
	s.notifyLocked()
	s.mu.Unlock()
	return sess, 0, ""
}

// resume handles op 6: replays missed dispatches and sends RESUMED, or
// answers op 9 INVALID_SESSION (d=false) when the session cannot be resumed.
func (s *Server) resume(c *gwConn, raw json.RawMessage) *gwSession {
	var rp struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	invalid := func() *gwSession {
		_ = c.write(outPayload{Op: 9, D: false})
		return nil
	}
	if err := json.Unmarshal(raw, &rp); err != nil {
		return invalid()
	}
	s.mu.Lock()
	sess := s.sessions[rp.SessionID]
	s.mu.Unlock()
	if sess == nil || sess.token != rp.Token {
		return invalid()
	}

	sess.mu.Lock()
	defer sess.mu.Unlock()
	if rp.Seq > sess.seq || rp.Seq < 0 {
		return invalid()
	}
	var replay [][]byte
	if rp.Seq < sess.seq {
		if len(sess.log) == 0 || sess.log[0].seq > rp.Seq+1 {
			return invalid() // events were dropped from the log
		}
		for _, e := range sess.log {
			if e.seq > rp.Seq {
				replay = append(replay, e.raw)
			}
		}
	}
	if old := sess.conn; old != nil && old != c {
		old.closeWith(4009, "Session resumed elsewhere.")
	}
	for _, f := range replay {
		if err := c.writeRaw(f); err != nil {
			return nil
		}
	}
	sess.seq++
	frame, _ := dispatchFrame("RESUMED", sess.seq, json.RawMessage(`{}`))
	if err := c.writeRaw(frame); err != nil {
		return nil
	}
	sess.conn = c
	s.mu.Lock()
	sess.current = c
	sess.resumes++
	s.notifyLocked()
	s.mu.Unlock()
	return sess
}

// detach is called when a session's connection ends. Close codes 1000 and
// 1001 end the session (as on Discord); anything else leaves it resumable.
func (s *Server) detach(sess *gwSession, c *gwConn, code int) {
	sess.mu.Lock()
	current := sess.conn == c
	if current {
		sess.conn = nil
	}
	sess.mu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if current {
		sess.current = nil
	}
	if code == websocket.CloseNormalClosure || code == websocket.CloseGoingAway {
		delete(s.sessions, sess.id)
	}
	s.notifyLocked()
}

// WaitReady waits until at least one gateway session is connected and
// has received READY (or RESUMED after a reconnect).
func (s *Server) WaitReady(ctx context.Context) error {
	return s.waitFor(ctx, func() bool {
		for _, sess := range s.sessions {
			if sess.current != nil {
				return true
			}
		}
		return false
	})
}

// Identifies returns the IDENTIFY payloads received so far (token, intents,
// properties, shard...).
func (s *Server) Identifies() []discordgo.Identify {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]discordgo.Identify(nil), s.identifies...)
}

func (s *Server) sessionList() ([]*gwSession, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, ErrClosed
	}
	out := make([]*gwSession, 0, len(s.sessions))
	for _, sess := range s.sessions {
		out = append(out, sess)
	}
	return out, nil
}

// dispatch sends an event to every gateway session, with each session's
// next sequence number. A session between connections gets it when it
// resumes, as on Discord.
func (s *Server) dispatch(eventType string, d json.RawMessage) error {
	sessions, err := s.sessionList()
	if err != nil {
		return err
	}
	if len(sessions) == 0 {
		return ErrNoSession
	}
	for _, sess := range sessions {
		sess.mu.Lock()
		sess.seq++
		frame, err := dispatchFrame(eventType, sess.seq, d)
		if err != nil {
			sess.mu.Unlock()
			return err
		}
		sess.log = append(sess.log, loggedEvent{seq: sess.seq, raw: frame})
		if len(sess.log) > maxLoggedEvents {
			sess.log = append([]loggedEvent(nil), sess.log[len(sess.log)-maxLoggedEvents:]...)
		}
		if sess.conn != nil {
			// A failed write means the connection is dying; the event stays
			// in the log and is replayed on RESUME.
			_ = sess.conn.writeRaw(frame)
		}
		sess.mu.Unlock()
	}
	return nil
}

// Reconnect sends op 7 RECONNECT on every connected gateway session and
// waits until each has reconnected and RESUMEd (the fake replays missed
// dispatches and answers RESUMED). discordgo reacts to op 7 by closing with
// code 1012, sleeping one second (hard-coded in Session.CloseWithCode), and
// dialing the gateway URL it got from GET /gateway again (it ignores
// resume_gateway_url), so this takes a little over a second.
func (s *Server) Reconnect(ctx context.Context) error {
	sessions, err := s.sessionList()
	if err != nil {
		return err
	}
	ids := make([]string, len(sessions))
	for i, sess := range sessions {
		ids[i] = sess.id
	}
	s.waitFirstHeartbeat(ctx, ids...)
	type target struct {
		sess    *gwSession
		resumes int
	}
	var targets []target
	for _, sess := range sessions {
		sess.mu.Lock()
		c := sess.conn
		sess.mu.Unlock()
		if c == nil {
			continue
		}
		s.mu.Lock()
		before := sess.resumes
		s.mu.Unlock()
		if err := c.write(outPayload{Op: 7}); err != nil {
			return fmt.Errorf("discordtest: reconnect session %s: %w", sess.id, err)
		}
		targets = append(targets, target{sess, before})
	}
	if len(targets) == 0 {
		return ErrNoSession
	}
	return s.waitFor(ctx, func() bool {
		for _, t := range targets {
			if t.sess.resumes <= t.resumes || t.sess.current == nil {
				return false
			}
		}
		return true
	})
}

// waitFirstHeartbeat waits (at most 1 s) until the live connection of every
// session in sessions has sent a heartbeat. discordgo's heartbeat goroutine
// writes its first heartbeat without checking whether the session is being
// closed; if a Close (or an op 7 reconnect) wins that race, the late
// heartbeat fails and discordgo starts a second, spurious reconnect. Once
// the first heartbeat is in, the goroutine is parked on its ticker and stops
// cleanly.
func (s *Server) waitFirstHeartbeat(ctx context.Context, ids ...string) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	_ = s.waitFor(ctx, func() bool {
		for _, id := range ids {
			if sess := s.sessions[id]; sess != nil && sess.current != nil && sess.current.heartbeats == 0 {
				return false
			}
		}
		return true
	})
}
