package fakediscord

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// apiError is a Discord-style error response.
type apiError struct {
	status int
	code   int
	msg    string
	// For 400 Invalid Form Body (50035): the offending field and error code.
	field, fcode string
}

func (e *apiError) write(w http.ResponseWriter) {
	if e.field != "" {
		formError(w, e.field, e.fcode, e.msg)
		return
	}
	writeError(w, e.status, e.code, e.msg)
}

func invalidForm(field, fcode, msg string) *apiError {
	return &apiError{status: http.StatusBadRequest, code: 50035, msg: msg, field: field, fcode: fcode}
}

var (
	errUnknownMessage     = &apiError{status: 404, code: 10008, msg: "Unknown Message"}
	errUnknownWebhook     = &apiError{status: 404, code: 10015, msg: "Unknown Webhook"}
	errUnknownInteraction = &apiError{status: 404, code: 10062, msg: "Unknown interaction"}
	errUnknownCommand     = &apiError{status: 404, code: 10063, msg: "Unknown application command"}
	errUnknownUser        = &apiError{status: 404, code: 10013, msg: "Unknown User"}
	errMissingAccess      = &apiError{status: 403, code: 50001, msg: "Missing Access"}
	errAlreadyAcked       = &apiError{status: 400, code: 40060, msg: "Interaction has already been acknowledged."}
	errEmptyMessage       = &apiError{status: 400, code: 50006, msg: "Cannot send an empty message"}
	errNotAuthor          = &apiError{status: 403, code: 50005, msg: "Cannot edit a message authored by another user"}
	errBadJSON            = &apiError{status: 400, code: 50109, msg: "The request body contains invalid JSON."}
)

func (s *Server) routes() {
	for _, v := range []string{"/api/v9", "/api/v10"} {
		h := func(pattern string, fn http.HandlerFunc) {
			method, p, _ := strings.Cut(pattern, " ")
			s.mux.HandleFunc(method+" "+v+p, fn)
		}
		h("GET /gateway", s.getGateway)
		h("GET /gateway/bot", s.auth(s.getGatewayBot))
		h("GET /users/@me", s.auth(s.getMe))
		h("GET /users/{user}", s.auth(s.getUser))
		h("POST /users/@me/channels", s.auth(s.createDM))
		h("GET /applications/@me", s.auth(s.getApplication))
		h("GET /oauth2/applications/@me", s.auth(s.getApplication))

		for _, scope := range []string{"/applications/{app}", "/applications/{app}/guilds/{guild}"} {
			h("GET "+scope+"/commands", s.auth(s.listCommands))
			h("PUT "+scope+"/commands", s.auth(s.overwriteCommands))
			h("POST "+scope+"/commands", s.auth(s.createCommand))
			h("GET "+scope+"/commands/{cmd}", s.auth(s.getCommand))
			h("PATCH "+scope+"/commands/{cmd}", s.auth(s.editCommand))
			h("DELETE "+scope+"/commands/{cmd}", s.auth(s.deleteCommand))
		}

		h("POST /interactions/{id}/{token}/callback", s.interactionCallback)
		h("POST /webhooks/{app}/{token}", s.webhookExecute)
		h("GET /webhooks/{app}/{token}/messages/{msg}", s.webhookMessage)
		h("PATCH /webhooks/{app}/{token}/messages/{msg}", s.webhookMessage)
		h("DELETE /webhooks/{app}/{token}/messages/{msg}", s.webhookMessage)

		h("GET /channels/{channel}", s.auth(s.getChannel))
		h("POST /channels/{channel}/messages", s.auth(s.createChannelMessage))
		h("GET /channels/{channel}/messages/{msg}", s.auth(s.getChannelMessage))
		h("PATCH /channels/{channel}/messages/{msg}", s.auth(s.editChannelMessage))
		h("DELETE /channels/{channel}/messages/{msg}", s.auth(s.deleteChannelMessage))
		h("POST /channels/{channel}/typing", s.auth(noContent))
		h("PUT /channels/{channel}/messages/{msg}/reactions/{emoji}/@me", s.auth(noContent))
		h("DELETE /channels/{channel}/messages/{msg}/reactions/{emoji}/@me", s.auth(noContent))
		h("GET /guilds/{guild}/members/{user}", s.auth(s.getMember))
	}
	s.mux.HandleFunc("GET /attachments/{path...}", s.serveFile)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, 0, "404: Not Found")
	})
}

// auth rejects requests without a bot token, as Discord does.
func (s *Server) auth(fn http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a := r.Header.Get("Authorization")
		if !strings.HasPrefix(a, "Bot ") || len(a) <= len("Bot ") {
			writeError(w, http.StatusUnauthorized, 0, "401: Unauthorized")
			return
		}
		fn(w, r)
	}
}

func noContent(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) }

// ---------------------------------------------------------------------------
// Gateway, users, application

func (s *Server) getGateway(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"url": s.GatewayURL()})
}

func (s *Server) getGatewayBot(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"url":    s.GatewayURL(),
		"shards": 1,
		"session_start_limit": map[string]any{
			"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1,
		},
	})
}

func (s *Server) getMe(w http.ResponseWriter, _ *http.Request) {
	m := userJSON(s.BotUser())
	m["verified"] = true
	m["mfa_enabled"] = false
	m["locale"] = "en-US"
	writeJSON(w, http.StatusOK, m)
}

func (s *Server) getUser(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	u, ok := s.users[r.PathValue("user")]
	var b []byte
	if ok {
		b, _ = json.Marshal(u)
	}
	s.mu.Unlock()
	if !ok {
		errUnknownUser.write(w)
		return
	}
	writeJSON(w, http.StatusOK, json.RawMessage(b))
}

func (s *Server) getApplication(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"id": appID, "name": botUsername, "description": "", "icon": nil,
		"bot_public": true, "bot_require_code_grant": false, "flags": 0,
		"bot": userJSON(s.BotUser()),
	})
}

func (s *Server) createDM(w http.ResponseWriter, r *http.Request) {
	body, err := decodeObject(recorded(r).Body)
	if err != nil {
		errBadJSON.write(w)
		return
	}
	uid := str(body, "recipient_id")
	if uid == "" {
		invalidForm("recipient_id", "BASE_TYPE_REQUIRED", "This field is required").write(w)
		return
	}
	s.mu.Lock()
	ch := s.dmChannelLocked(uid)
	u, ok := s.users[uid]
	if !ok {
		u = userJSON(&discordgo.User{ID: uid})
	}
	b, _ := json.Marshal(map[string]any{"id": ch, "type": 1, "last_message_id": nil, "flags": 0, "recipients": []any{u}})
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, json.RawMessage(b))
}

// dmChannelLocked returns the DM channel between the bot and user uid.
func (s *Server) dmChannelLocked(uid string) string {
	ch, ok := s.dmChannels[uid]
	if !ok {
		ch = s.newID()
		s.dmChannels[uid] = ch
		s.channels[ch] = ""
	}
	return ch
}

func (s *Server) getChannel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("channel")
	s.mu.Lock()
	guild, known := s.channels[id]
	var recipient map[string]any
	for uid, ch := range s.dmChannels {
		if ch == id {
			recipient = s.users[uid]
		}
	}
	c := map[string]any{"id": id, "type": 0, "name": "channel-" + id, "flags": 0, "nsfw": false, "position": 0, "permission_overwrites": []any{}}
	if known && guild == "" {
		c = map[string]any{"id": id, "type": 1, "flags": 0, "recipients": []any{}}
		if recipient != nil {
			c["recipients"] = []any{recipient}
		}
	} else if guild != "" {
		c["guild_id"] = guild
	}
	b, _ := json.Marshal(c)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, json.RawMessage(b))
}

func (s *Server) getMember(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	u, ok := s.users[r.PathValue("user")]
	var b []byte
	if ok {
		b, _ = json.Marshal(map[string]any{
			"user": u, "roles": []any{}, "joined_at": timestamp(time.Now().Add(-24 * time.Hour)),
			"nick": nil, "avatar": nil, "deaf": false, "mute": false, "flags": 0, "pending": false,
			"premium_since": nil, "communication_disabled_until": nil,
		})
	}
	s.mu.Unlock()
	if !ok {
		(&apiError{status: 404, code: 10007, msg: "Unknown Member"}).write(w)
		return
	}
	writeJSON(w, http.StatusOK, json.RawMessage(b))
}

// ---------------------------------------------------------------------------
// Application commands

var chatNameRe = regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

func validChatName(n string) bool { return chatNameRe.MatchString(n) && strings.ToLower(n) == n }

func runeLen(s string) int { return utf8.RuneCountInString(s) }

func validateCommand(c map[string]any, prefix string) *apiError {
	typ := num(c, "type")
	if typ == 0 {
		typ = 1
	}
	name, desc := str(c, "name"), str(c, "description")
	switch typ {
	case 1:
		if !validChatName(name) {
			return invalidForm(prefix+"name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
		}
		if n := runeLen(desc); n < 1 || n > 100 {
			return invalidForm(prefix+"description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
		}
		return validateOptions(list(c, "options"), prefix+"options", "command")
	case 2, 3:
		if n := runeLen(name); n < 1 || n > 32 {
			return invalidForm(prefix+"name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.")
		}
		if desc != "" {
			return invalidForm(prefix+"description", "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION", "Context menu commands cannot have description")
		}
		if len(list(c, "options")) > 0 {
			return invalidForm(prefix+"options", "APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS", "Context menu commands cannot have options")
		}
	case 4:
	default:
		return invalidForm(prefix+"type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4}.")
	}
	return nil
}

func validateOptions(opts []any, prefix, parent string) *apiError {
	if len(opts) > 25 {
		return invalidForm(prefix, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
	}
	seenOptional, seenSub, seenPlain := false, false, false
	names := map[string]bool{}
	for i, o := range opts {
		p := prefix + "." + strconv.Itoa(i) + "."
		om, ok := o.(map[string]any)
		if !ok {
			return invalidForm(strings.TrimSuffix(p, "."), "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
		}
		t := num(om, "type")
		if t < 1 || t > 11 {
			return invalidForm(p+"type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.")
		}
		name := str(om, "name")
		if !validChatName(name) {
			return invalidForm(p+"name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
		}
		if names[name] {
			return invalidForm(p+"name", "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option name "+name+" is already used in these options")
		}
		names[name] = true
		if n := runeLen(str(om, "description")); n < 1 || n > 100 {
			return invalidForm(p+"description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
		}
		switch t {
		case 1, 2:
			seenSub = true
			if parent == "subcommand" || (parent == "group" && t == 2) {
				return invalidForm(p+"type", "APPLICATION_COMMAND_OPTION_TYPE_INVALID", "Sub-command and sub-command group option types are mutually exclusive to all other types")
			}
			kind := "subcommand"
			if t == 2 {
				kind = "group"
			}
			if err := validateOptions(list(om, "options"), p+"options", kind); err != nil {
				return err
			}
		default:
			seenPlain = true
			if parent == "group" {
				return invalidForm(p+"type", "APPLICATION_COMMAND_OPTION_TYPE_INVALID", "Sub-command groups may only contain sub-commands")
			}
			required, _ := om["required"].(bool)
			if required && seenOptional {
				return invalidForm(p+"required", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options")
			}
			if !required {
				seenOptional = true
			}
			choices := list(om, "choices")
			if len(choices) > 25 {
				return invalidForm(p+"choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
			}
			if len(choices) > 0 && t != 3 && t != 4 && t != 10 {
				return invalidForm(p+"choices", "APPLICATION_COMMAND_OPTION_CHOICES_INVALID", "Choices are only allowed for string, integer and number options")
			}
			if auto, _ := om["autocomplete"].(bool); auto && len(choices) > 0 {
				return invalidForm(p+"autocomplete", "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID", "Autocomplete cannot be set if there are choices present.")
			}
		}
		if seenSub && seenPlain {
			return invalidForm(p+"type", "APPLICATION_COMMAND_OPTION_TYPE_INVALID", "Sub-command and sub-command group option types are mutually exclusive to all other types")
		}
	}
	return nil
}

func commandScope(r *http.Request) string { return r.PathValue("guild") }

func commandType(c map[string]any) int64 {
	if t := num(c, "type"); t != 0 {
		return t
	}
	return 1
}

// normalizeCommandLocked fills the fields Discord adds to a stored command.
// existing is the command with the same name and type it replaces, if any.
func (s *Server) normalizeCommandLocked(c map[string]any, scope string, existing map[string]any) map[string]any {
	out := make(map[string]any, len(c)+6)
	for k, v := range c {
		out[k] = v
	}
	if existing != nil {
		out["id"] = existing["id"]
	} else {
		out["id"] = s.newID()
	}
	out["application_id"] = appID
	out["version"] = s.newID()
	out["type"] = commandType(c)
	if scope != "" {
		out["guild_id"] = scope
	} else {
		delete(out, "guild_id")
	}
	// Discord accepts the permission bit set as an integer or a string
	// and returns it as a string.
	switch p := out["default_member_permissions"].(type) {
	case nil:
		out["default_member_permissions"] = nil
	case float64:
		out["default_member_permissions"] = strconv.FormatInt(int64(p), 10)
	case json.Number:
		out["default_member_permissions"] = p.String()
	}
	if _, ok := out["nsfw"]; !ok {
		out["nsfw"] = false
	}
	if commandType(c) == 1 {
		if _, ok := out["options"]; !ok {
			out["options"] = []any{}
		}
	} else {
		out["description"] = ""
	}
	return out
}

func (s *Server) checkApp(w http.ResponseWriter, r *http.Request) bool {
	if r.PathValue("app") != appID {
		errMissingAccess.write(w)
		return false
	}
	return true
}

func (s *Server) listCommands(w http.ResponseWriter, r *http.Request) {
	if !s.checkApp(w, r) {
		return
	}
	s.mu.Lock()
	cmds := s.commands[commandScope(r)]
	if cmds == nil {
		cmds = []map[string]any{}
	}
	b, _ := json.Marshal(cmds)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, json.RawMessage(b))
}

func (s *Server) overwriteCommands(w http.ResponseWriter, r *http.Request) {
	if !s.checkApp(w, r) {
		return
	}
	var raw []json.RawMessage
	body := recorded(r).Body
	if err := json.Unmarshal(body, &raw); err != nil {
		errBadJSON.write(w)
		return
	}
	if len(raw) > 200 {
		invalidForm("", "BASE_TYPE_MAX_LENGTH", "Must be 200 or fewer in length.").write(w)
		return
	}
	in := make([]map[string]any, 0, len(raw))
	seen := map[string]bool{}
	chat := 0
	for i, rc := range raw {
		c, err := decodeObject(rc)
		if err != nil {
			invalidForm(strconv.Itoa(i), "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType").write(w)
			return
		}
		if e := validateCommand(c, strconv.Itoa(i)+"."); e != nil {
			e.write(w)
			return
		}
		key := strconv.FormatInt(commandType(c), 10) + "/" + str(c, "name")
		if seen[key] {
			invalidForm(strconv.Itoa(i)+".name", "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique").write(w)
			return
		}
		seen[key] = true
		if commandType(c) == 1 {
			chat++
		}
		in = append(in, c)
	}
	if chat > 100 {
		invalidForm("", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.").write(w)
		return
	}
	scope := commandScope(r)
	s.mu.Lock()
	old := s.commands[scope]
	out := make([]map[string]any, 0, len(in))
	for _, c := range in {
		out = append(out, s.normalizeCommandLocked(c, scope, findCommand(old, commandType(c), str(c, "name"))))
	}
	s.commands[scope] = out
	b, _ := json.Marshal(out)
	s.commitLocked(r, http.StatusOK)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, json.RawMessage(b))
}

func findCommand(cmds []map[string]any, typ int64, name string) map[string]any {
	for _, c := range cmds {
		if commandType(c) == typ && str(c, "name") == name {
			return c
		}
	}
	return nil
}

func (s *Server) createCommand(w http.ResponseWriter, r *http.Request) {
	if !s.checkApp(w, r) {
		return
	}
	c, err := decodeObject(recorded(r).Body)
	if err != nil {
		errBadJSON.write(w)
		return
	}
	if e := validateCommand(c, ""); e != nil {
		e.write(w)
		return
	}
	scope := commandScope(r)
	s.mu.Lock()
	cmds := s.commands[scope]
	existing := findCommand(cmds, commandType(c), str(c, "name"))
	nc := s.normalizeCommandLocked(c, scope, existing)
	status := http.StatusCreated
	if existing != nil {
		status = http.StatusOK
		for i := range cmds {
			if cmds[i]["id"] == nc["id"] {
				cmds[i] = nc
			}
		}
	} else {
		cmds = append(cmds, nc)
	}
	s.commands[scope] = cmds
	b, _ := json.Marshal(nc)
	s.commitLocked(r, status)
	s.mu.Unlock()
	writeJSON(w, status, json.RawMessage(b))
}

func (s *Server) getCommand(w http.ResponseWriter, r *http.Request) {
	if !s.checkApp(w, r) {
		return
	}
	s.mu.Lock()
	var b []byte
	for _, c := range s.commands[commandScope(r)] {
		if c["id"] == r.PathValue("cmd") {
			b, _ = json.Marshal(c)
		}
	}
	s.mu.Unlock()
	if b == nil {
		errUnknownCommand.write(w)
		return
	}
	writeJSON(w, http.StatusOK, json.RawMessage(b))
}

func (s *Server) editCommand(w http.ResponseWriter, r *http.Request) {
	if !s.checkApp(w, r) {
		return
	}
	patch, err := decodeObject(recorded(r).Body)
	if err != nil {
		errBadJSON.write(w)
		return
	}
	scope := commandScope(r)
	s.mu.Lock()
	defer s.mu.Unlock()
	cmds := s.commands[scope]
	for i, c := range cmds {
		if c["id"] != r.PathValue("cmd") {
			continue
		}
		merged := make(map[string]any, len(c)+len(patch))
		for k, v := range c {
			merged[k] = v
		}
		for k, v := range patch {
			merged[k] = v
		}
		if e := validateCommand(merged, ""); e != nil {
			e.write(w)
			return
		}
		nc := s.normalizeCommandLocked(merged, scope, c)
		cmds[i] = nc
		b, _ := json.Marshal(nc)
		s.commitLocked(r, http.StatusOK)
		writeJSON(w, http.StatusOK, json.RawMessage(b))
		return
	}
	errUnknownCommand.write(w)
}

func (s *Server) deleteCommand(w http.ResponseWriter, r *http.Request) {
	if !s.checkApp(w, r) {
		return
	}
	scope := commandScope(r)
	s.mu.Lock()
	defer s.mu.Unlock()
	cmds := s.commands[scope]
	for i, c := range cmds {
		if c["id"] == r.PathValue("cmd") {
			s.commands[scope] = append(cmds[:i:i], cmds[i+1:]...)
			s.commitLocked(r, http.StatusNoContent)
			w.WriteHeader(http.StatusNoContent)
			return
		}
	}
	errUnknownCommand.write(w)
}

// Commands returns the application commands currently registered for
// guildID ("" = global), as set by bulk overwrite (PUT), create, edit and
// delete.
func (s *Server) Commands(guildID string) []*discordgo.ApplicationCommand {
	s.mu.Lock()
	b, _ := json.Marshal(s.commands[guildID])
	s.mu.Unlock()
	var out []*discordgo.ApplicationCommand
	_ = json.Unmarshal(b, &out)
	return out
}

// lookupCommandLocked finds a registered chat-input (or given type) command
// by name, guild commands first.
func (s *Server) lookupCommandLocked(guildID, name string, typ int64) (id string, scope string, ok bool) {
	if guildID != "" {
		if c := findCommand(s.commands[guildID], typ, name); c != nil {
			return str(c, "id"), guildID, true
		}
	}
	if c := findCommand(s.commands[""], typ, name); c != nil {
		return str(c, "id"), "", true
	}
	return "", "", false
}

func (s *Server) anyCommandsLocked() bool {
	for _, c := range s.commands {
		if len(c) > 0 {
			return true
		}
	}
	return false
}
