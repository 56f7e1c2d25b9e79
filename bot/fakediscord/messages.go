package fakediscord

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"time"

	"github.com/bwmarrin/discordgo"
)

const (
	flagSuppressEmbeds        = 1 << 2
	flagEphemeral             = 1 << 6
	flagLoading               = 1 << 7
	flagSuppressNotifications = 1 << 12
	flagComponentsV2          = 1 << 15

	msgTypeDefault    = 0
	msgTypeReply      = 19
	msgTypeChatInput  = 20
	maxContentLength  = 2000
	maxEmbedsPerReply = 10
)

var (
	userMentionRe = regexp.MustCompile(`<@!?(\d+)>`)
	roleMentionRe = regexp.MustCompile(`<@&(\d+)>`)
	everyoneRe    = regexp.MustCompile(`@(everyone|here)\b`)
)

// restView strips gateway-only fields from a stored message.
func restView(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		if k == "guild_id" || k == "member" {
			continue
		}
		out[k] = v
	}
	return out
}

func (s *Server) baseMessageLocked(channelID string, author map[string]any, typ int) map[string]any {
	m := map[string]any{
		"id":               s.newID(),
		"channel_id":       channelID,
		"author":           author,
		"content":          "",
		"timestamp":        timestamp(time.Now()),
		"edited_timestamp": nil,
		"tts":              false,
		"mention_everyone": false,
		"mentions":         []any{},
		"mention_roles":    []any{},
		"attachments":      []any{},
		"embeds":           []any{},
		"components":       []any{},
		"pinned":           false,
		"type":             typ,
		"flags":            0,
	}
	if g := s.channels[channelID]; g != "" {
		m["guild_id"] = g
	}
	return m
}

// checkPayload validates what Discord validates on every message payload.
func checkPayload(p map[string]any) *apiError {
	if c, ok := p["content"].(string); ok && runeLen(c) > maxContentLength {
		return invalidForm("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.")
	}
	if e := list(p, "embeds"); len(e) > maxEmbedsPerReply {
		return invalidForm("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
	}
	if _, ok := p["content"]; ok {
		if _, isStr := p["content"].(string); !isStr && p["content"] != nil {
			return invalidForm("content", "BASE_TYPE_STRING", "Must be a string.")
		}
	}
	return nil
}

// isEmptyMessage reports whether a (resulting) message has nothing to show.
func isEmptyMessage(m map[string]any, payload map[string]any) bool {
	return str(m, "content") == "" && len(list(m, "embeds")) == 0 && len(list(m, "attachments")) == 0 &&
		len(list(m, "components")) == 0 && len(list(payload, "sticker_ids")) == 0 && payload["poll"] == nil
}

// applyPayloadLocked applies a create/edit payload (and uploaded files) to
// message m. allowedFlags limits which flags the payload may set.
func (s *Server) applyPayloadLocked(m map[string]any, p map[string]any, files []File, creating bool, allowedFlags int64) {
	if c, ok := p["content"].(string); ok {
		m["content"] = c
	} else if _, present := p["content"]; present && !creating {
		m["content"] = ""
	}
	for _, k := range []string{"embeds", "components"} {
		if v, present := p[k]; present {
			if l, ok := v.([]any); ok {
				m[k] = l
			} else {
				m[k] = []any{}
			}
		}
	}
	if _, present := p["flags"]; present {
		old := num(m, "flags")
		m["flags"] = old&^allowedFlags | num(p, "flags")&allowedFlags
	}
	if creating {
		if tts, ok := p["tts"].(bool); ok {
			m["tts"] = tts
		}
		if poll, ok := p["poll"]; ok && poll != nil {
			m["poll"] = poll
		}
	}
	var atts []any
	if keep, present := p["attachments"]; present && !creating {
		ids := map[string]bool{}
		if l, ok := keep.([]any); ok {
			for _, a := range l {
				if am, ok := a.(map[string]any); ok {
					ids[str(am, "id")] = true
				}
			}
		}
		for _, a := range list(m, "attachments") {
			if am, ok := a.(map[string]any); ok && ids[str(am, "id")] {
				atts = append(atts, a)
			}
		}
	} else {
		atts = append(atts, list(m, "attachments")...)
	}
	for _, f := range files {
		atts = append(atts, s.uploadLocked(str(m, "channel_id"), f))
	}
	if atts == nil {
		atts = []any{}
	}
	m["attachments"] = atts
	s.computeMentionsLocked(m, p)
	if !creating {
		m["edited_timestamp"] = timestamp(time.Now())
	}
}

// uploadLocked serves an uploaded file and returns its attachment object.
func (s *Server) uploadLocked(channelID string, f File) map[string]any {
	id := s.newID()
	name := f.Name
	if name == "" {
		name = "file"
	}
	p := "/attachments/" + channelID + "/" + id + "/" + name
	s.files[p] = servedFile{contentType: f.ContentType, data: f.Data}
	u := s.srv.URL + (&url.URL{Path: p}).EscapedPath()
	return map[string]any{
		"id": id, "filename": name, "size": len(f.Data), "url": u, "proxy_url": u, "content_type": f.ContentType,
	}
}

// computeMentionsLocked fills mentions/mention_roles/mention_everyone from
// the content, honouring allowed_mentions when the payload has it.
func (s *Server) computeMentionsLocked(m map[string]any, p map[string]any) {
	content := str(m, "content")
	allowUsers, allowRoles, allowEveryone := true, true, true
	var explicitUsers, explicitRoles map[string]bool
	if am, ok := p["allowed_mentions"].(map[string]any); ok {
		allowUsers, allowRoles, allowEveryone = false, false, false
		for _, x := range list(am, "parse") {
			switch x {
			case "users":
				allowUsers = true
			case "roles":
				allowRoles = true
			case "everyone":
				allowEveryone = true
			}
		}
		explicitUsers, explicitRoles = map[string]bool{}, map[string]bool{}
		for _, x := range list(am, "users") {
			if id, ok := x.(string); ok {
				explicitUsers[id] = true
			}
		}
		for _, x := range list(am, "roles") {
			if id, ok := x.(string); ok {
				explicitRoles[id] = true
			}
		}
	}
	mentions := []any{}
	seen := map[string]bool{}
	for _, sm := range userMentionRe.FindAllStringSubmatch(content, -1) {
		id := sm[1]
		if seen[id] || !(allowUsers || explicitUsers[id]) {
			continue
		}
		seen[id] = true
		u, ok := s.users[id]
		if !ok {
			u = userJSON(&discordgo.User{ID: id})
		}
		mentions = append(mentions, u)
	}
	roles := []any{}
	for _, sm := range roleMentionRe.FindAllStringSubmatch(content, -1) {
		if allowRoles || explicitRoles[sm[1]] {
			roles = append(roles, sm[1])
		}
	}
	m["mentions"] = mentions
	m["mention_roles"] = roles
	m["mention_everyone"] = allowEveryone && everyoneRe.MatchString(content)
}

// snapshotLocked returns the JSON of message id (gateway form) or nil.
func (s *Server) snapshotLocked(id string) json.RawMessage {
	m, ok := s.messages[id]
	if !ok {
		return nil
	}
	b, _ := json.Marshal(m)
	return b
}

func toMessage(raw json.RawMessage) *discordgo.Message {
	if raw == nil {
		return nil
	}
	var m discordgo.Message
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil
	}
	return &m
}

// echo dispatches a bot-caused message event unless disabled. Ephemeral
// messages are never dispatched.
func (s *Server) echo(eventType string, raw json.RawMessage) {
	if s.cfg.noEcho || raw == nil {
		return
	}
	m, err := decodeObject(raw)
	if err != nil || num(m, "flags")&flagEphemeral != 0 {
		return
	}
	guild := str(m, "guild_id")
	_, _ = s.dispatch(eventType, func(sess *gwSession) (json.RawMessage, bool) {
		return raw, hasMessageIntent(sess.intents, guild)
	})
}

func hasMessageIntent(intents discordgo.Intent, guildID string) bool {
	if guildID == "" {
		return intents&discordgo.IntentDirectMessages != 0
	}
	return intents&discordgo.IntentGuildMessages != 0
}

// readMessage decodes and checks the message a request carries (JSON or
// multipart), answering the request with Discord's error when it is bad.
func readMessage(w http.ResponseWriter, r *http.Request) (req Request, payload json.RawMessage, p map[string]any, files []File, ok bool) {
	req = recorded(r)
	payload, files, err := decodeBody(req.Header.Get("Content-Type"), req.Body)
	if err != nil {
		errBadJSON.write(w)
		return req, nil, nil, nil, false
	}
	if p, err = decodeObject(payload); err != nil {
		errBadJSON.write(w)
		return req, nil, nil, nil, false
	}
	if e := checkPayload(p); e != nil {
		e.write(w)
		return req, nil, nil, nil, false
	}
	return req, payload, p, files, true
}

// ---------------------------------------------------------------------------
// Channel messages

func (s *Server) createChannelMessage(w http.ResponseWriter, r *http.Request) {
	_, _, p, files, ok := readMessage(w, r)
	if !ok {
		return
	}
	ch := r.PathValue("channel")
	s.mu.Lock()
	typ := msgTypeDefault
	ref, _ := p["message_reference"].(map[string]any)
	if ref != nil {
		typ = msgTypeReply
	}
	m := s.baseMessageLocked(ch, s.users[botUserID], typ)
	s.applyPayloadLocked(m, p, files, true, flagSuppressEmbeds|flagSuppressNotifications|flagComponentsV2)
	if isEmptyMessage(m, p) {
		s.mu.Unlock()
		errEmptyMessage.write(w)
		return
	}
	if ref != nil {
		refID := str(ref, "message_id")
		mr := map[string]any{"type": 0, "message_id": refID, "channel_id": ch}
		if g := str(m, "guild_id"); g != "" {
			mr["guild_id"] = g
		}
		m["message_reference"] = mr
		if target, ok := s.messages[refID]; ok {
			m["referenced_message"] = restView(target)
		} else if fail, ok := ref["fail_if_not_exists"].(bool); !ok || fail {
			s.mu.Unlock()
			invalidForm("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message").write(w)
			return
		}
	}
	s.saveAndReplyLocked(w, r, m, "MESSAGE_CREATE")
}

// saveAndReplyLocked stores a channel message, answers the request with it
// and echoes it to the gateway as event. It is called with s.mu held and
// releases it.
func (s *Server) saveAndReplyLocked(w http.ResponseWriter, r *http.Request, m map[string]any, event string) {
	id := str(m, "id")
	s.messages[id] = m
	raw := s.snapshotLocked(id)
	b, _ := json.Marshal(restView(m))
	s.commitLocked(r, http.StatusOK)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, json.RawMessage(b))
	s.echo(event, raw)
}

func (s *Server) getChannelMessage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	m, ok := s.messages[r.PathValue("msg")]
	var b []byte
	if ok && str(m, "channel_id") == r.PathValue("channel") && num(m, "flags")&flagEphemeral == 0 {
		b, _ = json.Marshal(restView(m))
	}
	s.mu.Unlock()
	if b == nil {
		errUnknownMessage.write(w)
		return
	}
	writeJSON(w, http.StatusOK, json.RawMessage(b))
}

func (s *Server) editChannelMessage(w http.ResponseWriter, r *http.Request) {
	_, _, p, files, ok := readMessage(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	m, ok := s.messages[r.PathValue("msg")]
	if !ok || str(m, "channel_id") != r.PathValue("channel") || num(m, "flags")&flagEphemeral != 0 {
		s.mu.Unlock()
		errUnknownMessage.write(w)
		return
	}
	if a, _ := m["author"].(map[string]any); str(a, "id") != botUserID {
		s.mu.Unlock()
		errNotAuthor.write(w)
		return
	}
	next := copyMap(m)
	s.applyPayloadLocked(next, p, files, false, flagSuppressEmbeds)
	if isEmptyMessage(next, p) {
		s.mu.Unlock()
		errEmptyMessage.write(w)
		return
	}
	s.saveAndReplyLocked(w, r, next, "MESSAGE_UPDATE")
}

func (s *Server) deleteChannelMessage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	m, ok := s.messages[r.PathValue("msg")]
	if !ok || str(m, "channel_id") != r.PathValue("channel") || num(m, "flags")&flagEphemeral != 0 {
		s.mu.Unlock()
		errUnknownMessage.write(w)
		return
	}
	delete(s.messages, str(m, "id"))
	ev := map[string]any{"id": m["id"], "channel_id": m["channel_id"]}
	if g := str(m, "guild_id"); g != "" {
		ev["guild_id"] = g
	}
	s.commitLocked(r, http.StatusNoContent)
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
	raw, _ := json.Marshal(ev)
	s.echo("MESSAGE_DELETE", raw)
}

func copyMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// Message returns the current state of a message the fake knows (sent by
// the bot over REST, created by an interaction response, or dispatched by
// SendMessage), or nil.
func (s *Server) Message(id string) *discordgo.Message {
	s.mu.Lock()
	raw := s.snapshotLocked(id)
	s.mu.Unlock()
	return toMessage(raw)
}

// ChannelMessages returns the messages currently stored for channelID,
// oldest first.
func (s *Server) ChannelMessages(channelID string) []*discordgo.Message {
	s.mu.Lock()
	var raws []json.RawMessage
	for id, m := range s.messages {
		if str(m, "channel_id") == channelID {
			raws = append(raws, s.snapshotLocked(id))
		}
	}
	s.mu.Unlock()
	var out []*discordgo.Message
	for _, r := range raws {
		if m := toMessage(r); m != nil {
			out = append(out, m)
		}
	}
	sortMessages(out)
	return out
}

func sortMessages(ms []*discordgo.Message) {
	less := func(a, b string) bool {
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return a < b
	}
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && less(ms[j].ID, ms[j-1].ID); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}
