package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

const (
	// DefaultGuildID is a guild ID tests may use; the fake has no guild
	// state, any ID works.
	DefaultGuildID = "4000000000000000001"
	// DefaultChannelID is the channel used for guild interactions and
	// messages whose spec leaves ChannelID empty.
	DefaultChannelID = "3000000000000000001"

	// DefaultPermissions is the member permission set sent when
	// InteractionSpec.Permissions is 0: what @everyone has on a fresh server
	// (view, send, embed, attach, history, reactions, external emojis,
	// application commands...), without any moderation or admin bit.
	DefaultPermissions int64 = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages |
		discordgo.PermissionEmbedLinks | discordgo.PermissionAttachFiles | discordgo.PermissionReadMessageHistory |
		discordgo.PermissionAddReactions | discordgo.PermissionUseExternalEmojis | discordgo.PermissionUseApplicationCommands |
		discordgo.PermissionCreatePublicThreads | discordgo.PermissionSendMessagesInThreads |
		discordgo.PermissionVoiceConnect | discordgo.PermissionVoiceSpeak | discordgo.PermissionChangeNickname
)

// botAppPermissions is app_permissions sent with guild interactions.
const botAppPermissions int64 = DefaultPermissions | discordgo.PermissionManageMessages

// InteractionSpec describes an INTERACTION_CREATE to send with
// SendInteraction. Zero values get realistic defaults.
type InteractionSpec struct {
	// Type defaults to InteractionMessageComponent when CustomID is set
	// (InteractionModalSubmit when ModalValues is set), else
	// InteractionApplicationCommand.
	Type discordgo.InteractionType

	// Name is the command name (application command and autocomplete).
	Name string
	// CommandType defaults to discordgo.ChatApplicationCommand.
	CommandType discordgo.ApplicationCommandType
	// CommandID defaults to the ID of the registered command with that
	// name (guild commands first), else a fresh snowflake.
	CommandID string
	// Options are the command options; see Opt, SubCommand, FocusedOpt,
	// AttachmentOpt... Set Focused on one option for autocomplete.
	Options []*discordgo.ApplicationCommandInteractionDataOption
	// TargetID is the target of a user or message context-menu command.
	TargetID string

	// CustomID is the component's (or modal's) custom_id.
	CustomID string
	// ComponentType defaults to discordgo.ButtonComponent.
	ComponentType discordgo.ComponentType
	// Values are the selected values of a select menu.
	Values []string
	// ModalValues are the text inputs of a modal submit (custom_id -> value).
	ModalValues map[string]string
	// MessageID names a message the fake knows (e.g. one the bot sent) as the
	// message carrying the component. Message gives one explicitly. If both
	// are empty for a component interaction, the fake makes up a bot message
	// with a button carrying CustomID.
	MessageID string
	Message   *discordgo.Message

	// GuildID is the guild; "" sends a DM interaction (user instead of member).
	GuildID string
	// ChannelID defaults to DefaultChannelID in guilds, to the user's DM
	// channel in DMs.
	ChannelID string
	// User defaults to DefaultUser().
	User *discordgo.User
	// Permissions of the member, sent as a string as Discord does. 0 means
	// DefaultPermissions.
	Permissions int64
	// Roles of the member.
	Roles []string
	// Attachments are added to data.resolved.attachments. Attachments
	// created by NewAttachment are found automatically when referenced by an
	// attachment option.
	Attachments []*discordgo.MessageAttachment
	// Resolved is merged into data.resolved (users, members, roles,
	// channels, messages). Users, channels and roles referenced by options
	// are resolved automatically.
	Resolved *discordgo.ApplicationCommandInteractionDataResolved
	// Locale defaults to "en-US".
	Locale discordgo.Locale
	// Data, if not nil, is sent as the interaction's data verbatim.
	Data any
}

// Callback is the initial interaction response the client POSTed to
// /interactions/{id}/{token}/callback.
type Callback struct {
	Type discordgo.InteractionResponseType
	// Data is the raw "data" object (nil when absent).
	Data json.RawMessage
	// Files are uploaded files (multipart requests).
	Files   []File
	Request Request
}

func (c *Callback) field() map[string]any {
	m, _ := decodeObject(c.Data)
	if m == nil {
		m = map[string]any{}
	}
	return m
}

// Content returns data.content ("" if absent).
func (c *Callback) Content() string { return str(c.field(), "content") }

// Flags returns data.flags.
func (c *Callback) Flags() discordgo.MessageFlags {
	return discordgo.MessageFlags(num(c.field(), "flags"))
}

// Ephemeral reports whether data.flags has the ephemeral bit.
func (c *Callback) Ephemeral() bool { return c.Flags()&discordgo.MessageFlagsEphemeral != 0 }

// Decode unmarshals Data into v.
func (c *Callback) Decode(v any) error {
	if c.Data == nil {
		return fmt.Errorf("fakediscord: callback type %d has no data", c.Type)
	}
	return json.Unmarshal(c.Data, v)
}

// Message decodes Data as a message (content, embeds, components with
// their concrete discordgo types, flags). discordgo.InteractionResponseData
// cannot be decoded directly because its Components field is an interface.
func (c *Callback) Message() (*discordgo.Message, error) {
	var m discordgo.Message
	if c.Data == nil {
		return &m, nil
	}
	err := json.Unmarshal(c.Data, &m)
	return &m, err
}

// Choices returns the autocomplete choices of a type 8 response.
func (c *Callback) Choices() []*discordgo.ApplicationCommandOptionChoice {
	var d struct {
		Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	}
	_ = json.Unmarshal(c.Data, &d)
	return d.Choices
}

// Reply is a webhook call made for an interaction: a followup (POST
// /webhooks/{app}/{token}) or an edit (PATCH .../messages/{id}).
type Reply struct {
	Method string
	// MessageID is the message created or edited. A followup sent right
	// after a deferred (type 5) response edits the original message, as on
	// Discord, so its MessageID is the original's.
	MessageID string
	// Original reports whether the call targeted the original response.
	Original bool
	// Payload is the JSON body (payload_json for multipart requests).
	Payload json.RawMessage
	Files   []File
	// Message is the message as it was right after this call.
	Message *discordgo.Message
	Request Request
}

// Content returns the payload's content ("" if absent).
func (r *Reply) Content() string {
	m, _ := decodeObject(r.Payload)
	return str(m, "content")
}

// Decode unmarshals Payload into v.
func (r *Reply) Decode(v any) error { return json.Unmarshal(r.Payload, v) }

type interactionState struct {
	id, token      string
	itype          discordgo.InteractionType
	name           string
	channelID      string
	guildID        string
	user           map[string]any
	created        time.Time
	componentMsgID string

	callback        *Callback
	originalID      string
	deferredPending bool // type 5 sent, original not edited yet
	edits           []*Reply
	followups       []*Reply
}

// InteractionHandle follows one interaction sent by SendInteraction.
type InteractionHandle struct {
	s     *Server
	st    *interactionState
	ID    string
	Token string
	Type  discordgo.InteractionType
	// Payload is the INTERACTION_CREATE data as dispatched.
	Payload json.RawMessage
}

// Wait waits for the initial response (POST .../callback) and returns it.
// Requests answered by FailNext are not responses; a retried one is.
func (h *InteractionHandle) Wait(ctx context.Context) (*Callback, error) {
	var cb *Callback
	err := h.s.waitFor(ctx, func() bool { cb = h.st.callback; return cb != nil })
	if err != nil {
		return nil, fmt.Errorf("fakediscord: no response to interaction %s (%q): %w", h.ID, h.st.name, err)
	}
	return cb, nil
}

// Callback returns the initial response, or nil if none arrived yet.
func (h *InteractionHandle) Callback() *Callback {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	return h.st.callback
}

// WaitEdit waits for the first edit (PATCH) of the original response.
func (h *InteractionHandle) WaitEdit(ctx context.Context) (*Reply, error) {
	return h.WaitEditFunc(ctx, func(r *Reply) bool { return r.Original })
}

// WaitEditFunc waits for the first PATCH of a message of this interaction
// (original or followup) for which match returns true. match runs with the
// server's lock held and must not call the Server.
func (h *InteractionHandle) WaitEditFunc(ctx context.Context, match func(*Reply) bool) (*Reply, error) {
	var got *Reply
	err := h.s.waitFor(ctx, func() bool {
		for _, r := range h.st.edits {
			if match(r) {
				got = r
				return true
			}
		}
		return false
	})
	if err != nil {
		return nil, fmt.Errorf("fakediscord: no matching edit for interaction %s (%q): %w", h.ID, h.st.name, err)
	}
	return got, nil
}

// WaitFollowup waits for the first followup (POST /webhooks/{app}/{token}).
func (h *InteractionHandle) WaitFollowup(ctx context.Context) (*Reply, error) {
	return h.WaitFollowupFunc(ctx, func(*Reply) bool { return true })
}

// WaitFollowupFunc waits for the first followup for which match returns
// true. match runs with the server's lock held and must not call the Server.
func (h *InteractionHandle) WaitFollowupFunc(ctx context.Context, match func(*Reply) bool) (*Reply, error) {
	var got *Reply
	err := h.s.waitFor(ctx, func() bool {
		for _, r := range h.st.followups {
			if match(r) {
				got = r
				return true
			}
		}
		return false
	})
	if err != nil {
		return nil, fmt.Errorf("fakediscord: no matching followup for interaction %s (%q): %w", h.ID, h.st.name, err)
	}
	return got, nil
}

// Edits returns every PATCH made for this interaction's messages so far.
func (h *InteractionHandle) Edits() []*Reply {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	return append([]*Reply(nil), h.st.edits...)
}

// Followups returns every followup sent so far.
func (h *InteractionHandle) Followups() []*Reply {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	return append([]*Reply(nil), h.st.followups...)
}

// Original returns the original response message as it is now (after
// edits), or nil if there is none (no message-creating response yet, or it
// was deleted).
func (h *InteractionHandle) Original() *discordgo.Message {
	h.s.mu.Lock()
	var raw json.RawMessage
	if h.st.originalID != "" {
		raw = h.s.snapshotLocked(h.st.originalID)
	}
	h.s.mu.Unlock()
	return toMessage(raw)
}

// ---------------------------------------------------------------------------
// Option helpers

// Opt returns a command option whose type is inferred from value: string ->
// STRING, bool -> BOOLEAN, integers -> INTEGER, floats -> NUMBER.
func Opt(name string, value any) *discordgo.ApplicationCommandInteractionDataOption {
	t := discordgo.ApplicationCommandOptionString
	switch reflect.ValueOf(value).Kind() {
	case reflect.Bool:
		t = discordgo.ApplicationCommandOptionBoolean
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		t = discordgo.ApplicationCommandOptionInteger
	case reflect.Float32, reflect.Float64:
		t = discordgo.ApplicationCommandOptionNumber
	}
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: t, Value: value}
}

// FocusedOpt returns the focused STRING option of an autocomplete
// interaction, holding what the user typed so far.
func FocusedOpt(name, partial string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: partial, Focused: true}
}

// SubCommand returns a SUB_COMMAND option holding opts.
func SubCommand(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts}
}

// SubCommandGroup returns a SUB_COMMAND_GROUP option holding subcommands.
func SubCommandGroup(name string, subs ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionSubCommandGroup, Options: subs}
}

// UserOpt returns a USER option; the user is added to data.resolved.
func UserOpt(name, userID string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionUser, Value: userID}
}

// ChannelOpt returns a CHANNEL option; the channel is added to data.resolved.
func ChannelOpt(name, channelID string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionChannel, Value: channelID}
}

// RoleOpt returns a ROLE option; the role is added to data.resolved.
func RoleOpt(name, roleID string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionRole, Value: roleID}
}

// AttachmentOpt returns an ATTACHMENT option referencing a (whose metadata
// is added to data.resolved.attachments).
func AttachmentOpt(name string, a *discordgo.MessageAttachment) *discordgo.ApplicationCommandInteractionDataOption {
	id := ""
	if a != nil {
		id = a.ID
	}
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionAttachment, Value: id}
}

// ---------------------------------------------------------------------------
// SendInteraction

func (s *Server) memberJSON(user map[string]any, perms int64, roles []string) map[string]any {
	if roles == nil {
		roles = []string{}
	}
	return map[string]any{
		"user": user, "roles": roles, "permissions": strconv.FormatInt(perms, 10),
		"joined_at": timestamp(time.Now().Add(-30 * 24 * time.Hour)), "nick": nil, "avatar": nil,
		"deaf": false, "mute": false, "flags": 0, "pending": false, "premium_since": nil,
		"communication_disabled_until": nil,
	}
}

// SendInteraction dispatches a realistic INTERACTION_CREATE built from spec
// and returns a handle to wait for the bot's response. Dispatch failures
// (no gateway session) are reported with t.Errorf.
func (s *Server) SendInteraction(spec InteractionSpec) *InteractionHandle {
	s.tb.Helper()
	typ := spec.Type
	if typ == 0 {
		switch {
		case spec.ModalValues != nil:
			typ = discordgo.InteractionModalSubmit
		case spec.CustomID != "":
			typ = discordgo.InteractionMessageComponent
		default:
			typ = discordgo.InteractionApplicationCommand
		}
	}
	u := spec.User
	if u == nil {
		u = DefaultUser()
	}
	perms := spec.Permissions
	if perms == 0 {
		perms = DefaultPermissions
	}
	locale := spec.Locale
	if locale == "" {
		locale = discordgo.EnglishUS
	}

	s.mu.Lock()
	user := s.rememberUserLocked(u)
	ch := spec.ChannelID
	if ch == "" {
		if spec.GuildID != "" {
			ch = DefaultChannelID
		} else {
			ch = s.dmChannelLocked(u.ID)
		}
	}
	if _, known := s.channels[ch]; !known || spec.GuildID != "" {
		s.channels[ch] = spec.GuildID
	}
	st := &interactionState{
		id: s.newID(), token: "fake-" + randomHex(32), itype: typ, name: spec.Name,
		channelID: ch, guildID: spec.GuildID, user: user, created: time.Now(),
	}
	p := map[string]any{
		"id": st.id, "application_id": appID, "type": int(typ), "token": st.token, "version": 1,
		"channel_id": ch, "locale": string(locale), "entitlements": []any{},
		"app_permissions":       strconv.FormatInt(botAppPermissions, 10),
		"attachment_size_limit": 10 << 20,
	}
	if spec.GuildID != "" {
		p["guild_id"] = spec.GuildID
		p["guild_locale"] = "en-US"
		p["guild"] = map[string]any{"id": spec.GuildID, "locale": "en-US", "features": []any{}}
		p["channel"] = map[string]any{"id": ch, "type": 0, "guild_id": spec.GuildID, "name": "channel-" + ch, "flags": 0, "nsfw": false, "permissions": strconv.FormatInt(perms, 10)}
		p["member"] = s.memberJSON(user, perms, spec.Roles)
		p["context"] = 0
		p["authorizing_integration_owners"] = map[string]any{"0": spec.GuildID}
	} else {
		p["user"] = user
		p["channel"] = map[string]any{"id": ch, "type": 1, "flags": 0, "recipients": []any{user}}
		p["context"] = 1
		p["authorizing_integration_owners"] = map[string]any{"0": "0"}
	}

	var warn string
	switch {
	case spec.Data != nil:
		p["data"] = spec.Data
	case typ == discordgo.InteractionApplicationCommand || typ == discordgo.InteractionApplicationCommandAutocomplete:
		ct := spec.CommandType
		if ct == 0 {
			ct = discordgo.ChatApplicationCommand
		}
		data := map[string]any{"name": spec.Name, "type": int(ct)}
		cmdID := spec.CommandID
		if cmdID == "" {
			if id, scope, ok := s.lookupCommandLocked(spec.GuildID, spec.Name, int64(ct)); ok {
				cmdID = id
				if scope != "" {
					data["guild_id"] = scope
				}
			} else {
				cmdID = s.newID()
				if s.anyCommandsLocked() {
					warn = fmt.Sprintf("fakediscord: interaction for command %q, which the bot has not registered", spec.Name)
				}
			}
		}
		data["id"] = cmdID
		if len(spec.Options) > 0 {
			data["options"] = spec.Options
		}
		if spec.TargetID != "" {
			data["target_id"] = spec.TargetID
		}
		if res := s.resolvedLocked(spec); res != nil {
			data["resolved"] = res
		}
		p["data"] = data
	case typ == discordgo.InteractionMessageComponent:
		ct := spec.ComponentType
		if ct == 0 {
			ct = discordgo.ButtonComponent
		}
		data := map[string]any{"custom_id": spec.CustomID, "component_type": int(ct)}
		if ct != discordgo.ButtonComponent {
			values := spec.Values
			if values == nil {
				values = []string{}
			}
			data["values"] = values
		}
		p["data"] = data
		st.componentMsgID = s.componentMessageLocked(spec, ch)
		if raw := s.snapshotLocked(st.componentMsgID); raw != nil {
			p["message"] = json.RawMessage(raw)
		}
	case typ == discordgo.InteractionModalSubmit:
		rows := []any{}
		for id, v := range spec.ModalValues {
			rows = append(rows, map[string]any{"type": 1, "components": []any{
				map[string]any{"type": 4, "custom_id": id, "value": v},
			}})
		}
		p["data"] = map[string]any{"custom_id": spec.CustomID, "components": rows}
		if spec.MessageID != "" || spec.Message != nil {
			st.componentMsgID = s.componentMessageLocked(spec, ch)
			if raw := s.snapshotLocked(st.componentMsgID); raw != nil {
				p["message"] = json.RawMessage(raw)
			}
		}
	}
	s.interactions[st.id] = st
	s.byToken[st.token] = st
	s.mu.Unlock()
	if warn != "" {
		s.tb.Log(warn)
	}

	raw, err := json.Marshal(p)
	h := &InteractionHandle{s: s, st: st, ID: st.id, Token: st.token, Type: typ, Payload: raw}
	if err != nil {
		s.tb.Errorf("fakediscord: marshal interaction: %v", err)
		return h
	}
	if _, err := s.dispatch("INTERACTION_CREATE", func(*gwSession) (json.RawMessage, bool) { return raw, true }); err != nil {
		s.tb.Errorf("fakediscord: dispatch INTERACTION_CREATE: %v", err)
	}
	return h
}

// componentMessageLocked returns the ID of the message carrying the
// component, storing spec.Message or a made-up bot message if needed.
func (s *Server) componentMessageLocked(spec InteractionSpec, ch string) string {
	if spec.MessageID != "" {
		if _, ok := s.messages[spec.MessageID]; ok {
			return spec.MessageID
		}
	}
	var m map[string]any
	if spec.Message != nil {
		b, err := json.Marshal(spec.Message)
		if err == nil {
			m, _ = decodeObject(b)
		}
	}
	if m == nil {
		m = s.baseMessageLocked(ch, s.users[botUserID], msgTypeDefault)
		m["content"] = "message with components"
		if spec.MessageID != "" {
			m["id"] = spec.MessageID
		}
		ct := spec.ComponentType
		if ct == 0 {
			ct = discordgo.ButtonComponent
		}
		comp := map[string]any{"type": int(ct), "custom_id": spec.CustomID}
		if ct == discordgo.ButtonComponent {
			comp["style"] = 1
			comp["label"] = "button"
		} else {
			comp["options"] = []any{}
		}
		m["components"] = []any{map[string]any{"type": 1, "components": []any{comp}}}
	}
	if str(m, "id") == "" {
		m["id"] = s.newID()
	}
	if str(m, "channel_id") == "" {
		m["channel_id"] = ch
	}
	if str(m, "timestamp") == "" || str(m, "timestamp") == "0001-01-01T00:00:00Z" {
		m["timestamp"] = timestamp(time.Now())
	}
	s.messages[str(m, "id")] = m
	return str(m, "id")
}

// resolvedLocked builds data.resolved for the options of spec.
func (s *Server) resolvedLocked(spec InteractionSpec) map[string]any {
	users, members, roles, channels, atts := map[string]any{}, map[string]any{}, map[string]any{}, map[string]any{}, map[string]any{}
	for _, a := range spec.Attachments {
		if a != nil {
			atts[a.ID] = attachmentJSON(a)
		}
	}
	var walk func([]*discordgo.ApplicationCommandInteractionDataOption)
	walk = func(opts []*discordgo.ApplicationCommandInteractionDataOption) {
		for _, o := range opts {
			if o == nil {
				continue
			}
			walk(o.Options)
			id, _ := o.Value.(string)
			if id == "" {
				continue
			}
			switch o.Type {
			case discordgo.ApplicationCommandOptionUser, discordgo.ApplicationCommandOptionMentionable:
				if o.Type == discordgo.ApplicationCommandOptionMentionable {
					if _, isUser := s.users[id]; !isUser {
						roles[id] = roleJSON(id)
						continue
					}
				}
				u, ok := s.users[id]
				if !ok {
					u = userJSON(&discordgo.User{ID: id})
				}
				users[id] = u
				if spec.GuildID != "" {
					m := s.memberJSON(nil, DefaultPermissions, nil)
					delete(m, "user")
					members[id] = m
				}
			case discordgo.ApplicationCommandOptionRole:
				roles[id] = roleJSON(id)
			case discordgo.ApplicationCommandOptionChannel:
				c := map[string]any{"id": id, "type": 0, "name": "channel-" + id, "permissions": strconv.FormatInt(botAppPermissions, 10), "flags": 0}
				if g, ok := s.channels[id]; ok && g == "" {
					c["type"] = 1
				}
				channels[id] = c
			case discordgo.ApplicationCommandOptionAttachment:
				if _, ok := atts[id]; !ok {
					if a, ok := s.attachmentByIDLocked(id); ok {
						atts[id] = a
					}
				}
			}
		}
	}
	walk(spec.Options)
	var messages map[string]any
	if spec.TargetID != "" {
		switch spec.CommandType {
		case discordgo.UserApplicationCommand:
			if u, ok := s.users[spec.TargetID]; ok {
				users[spec.TargetID] = u
			} else {
				users[spec.TargetID] = userJSON(&discordgo.User{ID: spec.TargetID})
			}
		case discordgo.MessageApplicationCommand:
			if m, ok := s.messages[spec.TargetID]; ok {
				messages = map[string]any{spec.TargetID: restView(m)}
			}
		}
	}
	return s.finishResolved(users, members, roles, channels, atts, messages, spec.Resolved)
}

func (s *Server) finishResolved(users, members, roles, channels, atts, messages map[string]any, extra *discordgo.ApplicationCommandInteractionDataResolved) map[string]any {
	if extra != nil {
		var em map[string]map[string]any
		if b, err := json.Marshal(extra); err == nil {
			_ = json.Unmarshal(b, &em)
		}
		for k, dst := range map[string]map[string]any{"users": users, "members": members, "roles": roles, "channels": channels, "attachments": atts} {
			for id, v := range em[k] {
				dst[id] = v
			}
		}
		if len(em["messages"]) > 0 {
			if messages == nil {
				messages = map[string]any{}
			}
			for id, v := range em["messages"] {
				messages[id] = v
			}
		}
	}
	res := map[string]any{}
	for k, v := range map[string]map[string]any{"users": users, "members": members, "roles": roles, "channels": channels, "attachments": atts, "messages": messages} {
		if len(v) > 0 {
			res[k] = v
		}
	}
	if len(res) == 0 {
		return nil
	}
	return res
}

func roleJSON(id string) map[string]any {
	return map[string]any{"id": id, "name": "role-" + id, "color": 0, "hoist": false, "position": 1, "permissions": "0", "managed": false, "mentionable": true, "flags": 0}
}

// ---------------------------------------------------------------------------
// SendMessage

// MessageSpec describes a MESSAGE_CREATE to send with SendMessage.
type MessageSpec struct {
	Content string
	// GuildID is the guild; "" sends a DM.
	GuildID string
	// ChannelID defaults to DefaultChannelID in guilds, to the author's DM
	// channel in DMs.
	ChannelID string
	// Author defaults to DefaultUser().
	Author *discordgo.User
	// Roles of the author (guild messages carry a partial member).
	Roles []string
	// ReplyTo makes the message a reply (type 19) to that message ID, with
	// message_reference and, if the fake knows the message, referenced_message.
	ReplyTo string
	// ReplyPing adds the replied-to message's author to mentions, as
	// Discord does for replies with the mention toggle on.
	ReplyPing bool
	// Attachments of the message (see NewAttachment).
	Attachments []*discordgo.MessageAttachment
}

// SendMessage dispatches a realistic MESSAGE_CREATE and returns the message
// ID. mentions (including the bot when the content contains <@BOT_ID>),
// mention_roles (<@&id>) and mention_everyone (@everyone/@here) are derived
// from the content, as Discord does. Intents are applied per session like
// Discord: no GUILD_MESSAGES / DIRECT_MESSAGES intent, no event; no
// MESSAGE_CONTENT intent, empty content/embeds/attachments/components in
// guild messages that do not mention the bot. Dispatch failures are reported
// with t.Errorf.
func (s *Server) SendMessage(spec MessageSpec) string {
	s.tb.Helper()
	author := spec.Author
	if author == nil {
		author = DefaultUser()
	}
	s.mu.Lock()
	a := s.rememberUserLocked(author)
	ch := spec.ChannelID
	if ch == "" {
		if spec.GuildID != "" {
			ch = DefaultChannelID
		} else {
			ch = s.dmChannelLocked(author.ID)
		}
	}
	if _, known := s.channels[ch]; !known || spec.GuildID != "" {
		s.channels[ch] = spec.GuildID
	}
	typ := msgTypeDefault
	if spec.ReplyTo != "" {
		typ = msgTypeReply
	}
	m := s.baseMessageLocked(ch, a, typ)
	m["content"] = spec.Content
	atts := []any{}
	for _, at := range spec.Attachments {
		if at != nil {
			atts = append(atts, attachmentJSON(at))
		}
	}
	m["attachments"] = atts
	s.computeMentionsLocked(m, nil)
	if spec.ReplyTo != "" {
		ref := map[string]any{"type": 0, "message_id": spec.ReplyTo, "channel_id": ch}
		if spec.GuildID != "" {
			ref["guild_id"] = spec.GuildID
		}
		m["message_reference"] = ref
		if target, ok := s.messages[spec.ReplyTo]; ok {
			m["referenced_message"] = restView(target)
			if ta, ok := target["author"].(map[string]any); ok && spec.ReplyPing {
				m["mentions"] = append(list(m, "mentions"), ta)
			}
		} else {
			m["referenced_message"] = nil
		}
	}
	if spec.GuildID != "" {
		m["guild_id"] = spec.GuildID
		mem := s.memberJSON(nil, 0, spec.Roles)
		delete(mem, "user")
		delete(mem, "permissions")
		m["member"] = mem
	}
	mentionsBot := false
	for _, u := range list(m, "mentions") {
		if um, ok := u.(map[string]any); ok && str(um, "id") == botUserID {
			mentionsBot = true
		}
	}
	id := str(m, "id")
	s.messages[id] = m
	full, _ := json.Marshal(m)
	stripped := copyMap(m)
	stripped["content"] = ""
	stripped["embeds"] = []any{}
	stripped["attachments"] = []any{}
	stripped["components"] = []any{}
	delete(stripped, "poll")
	noContent, _ := json.Marshal(stripped)
	s.notifyLocked()
	s.mu.Unlock()

	var blanked int
	n, err := s.dispatch("MESSAGE_CREATE", func(sess *gwSession) (json.RawMessage, bool) {
		if !hasMessageIntent(sess.intents, spec.GuildID) {
			return nil, false
		}
		if spec.GuildID != "" && !mentionsBot && author.ID != botUserID && sess.intents&discordgo.IntentMessageContent == 0 {
			blanked++
			return noContent, true
		}
		return full, true
	})
	switch {
	case err != nil:
		s.tb.Errorf("fakediscord: dispatch MESSAGE_CREATE: %v", err)
	case n == 0:
		s.tb.Logf("fakediscord: MESSAGE_CREATE %s not delivered: no session has the %s intent", id, map[bool]string{true: "GUILD_MESSAGES", false: "DIRECT_MESSAGES"}[spec.GuildID != ""])
	case blanked > 0:
		s.tb.Logf("fakediscord: MESSAGE_CREATE %s delivered with empty content to %d session(s) lacking the MESSAGE_CONTENT intent", id, blanked)
	}
	return id
}

// ---------------------------------------------------------------------------
// Interaction callback and webhooks

func callbackAllowed(it discordgo.InteractionType, t int64, hasMessage bool) bool {
	switch it {
	case discordgo.InteractionApplicationCommand:
		return t == 4 || t == 5 || t == 9 || t == 10 || t == 12
	case discordgo.InteractionMessageComponent:
		return t == 4 || t == 5 || t == 6 || t == 7 || t == 9 || t == 10 || t == 12
	case discordgo.InteractionApplicationCommandAutocomplete:
		return t == 8
	case discordgo.InteractionModalSubmit:
		return t == 4 || t == 5 || t == 10 || ((t == 6 || t == 7) && hasMessage)
	}
	return false
}

func (s *Server) interactionMessageLocked(st *interactionState) map[string]any {
	typ := msgTypeChatInput
	if st.itype != discordgo.InteractionApplicationCommand {
		typ = msgTypeReply
	}
	m := s.baseMessageLocked(st.channelID, s.users[botUserID], typ)
	m["webhook_id"] = appID
	m["application_id"] = appID
	meta := map[string]any{"id": st.id, "type": int(st.itype), "user": st.user, "authorizing_integration_owners": map[string]any{}}
	if st.name != "" {
		meta["name"] = st.name
	}
	m["interaction_metadata"] = meta
	m["interaction"] = map[string]any{"id": st.id, "type": int(st.itype), "name": st.name, "user": st.user}
	return m
}

func (s *Server) interactionCallback(w http.ResponseWriter, r *http.Request) {
	req := recorded(r)
	payload, files, err := decodeBody(req.Header.Get("Content-Type"), req.Body)
	if err != nil {
		errBadJSON.write(w)
		return
	}
	p, err := decodeObject(payload)
	if err != nil {
		errBadJSON.write(w)
		return
	}
	t := num(p, "type")
	data, _ := p["data"].(map[string]any)

	s.mu.Lock()
	st := s.interactions[r.PathValue("id")]
	fail := func(e *apiError) {
		s.mu.Unlock()
		e.write(w)
	}
	switch {
	case st == nil || st.token != r.PathValue("token"):
		fail(errUnknownInteraction)
		return
	case s.cfg.deadline > 0 && time.Since(st.created) > s.cfg.deadline:
		fail(errUnknownInteraction)
		return
	case st.callback != nil:
		fail(errAlreadyAcked)
		return
	case !callbackAllowed(st.itype, t, st.componentMsgID != ""):
		fail(invalidForm("type", "INTERACTION_RESPONSE_TYPE_INVALID", fmt.Sprintf("Interaction response type %d is not valid for interaction type %d", t, st.itype)))
		return
	}
	if data != nil {
		if e := checkPayload(data); e != nil {
			fail(e)
			return
		}
	}
	var event string
	var eventRaw json.RawMessage
	switch t {
	case 4:
		m := s.interactionMessageLocked(st)
		s.applyPayloadLocked(m, orEmpty(data), files, true, flagEphemeral|flagSuppressEmbeds|flagSuppressNotifications|flagComponentsV2)
		if isEmptyMessage(m, orEmpty(data)) {
			fail(errEmptyMessage)
			return
		}
		s.messages[str(m, "id")] = m
		st.originalID = str(m, "id")
		event, eventRaw = "MESSAGE_CREATE", s.snapshotLocked(st.originalID)
	case 5:
		m := s.interactionMessageLocked(st)
		m["flags"] = flagLoading | num(orEmpty(data), "flags")&flagEphemeral
		s.messages[str(m, "id")] = m
		st.originalID = str(m, "id")
		st.deferredPending = true
		event, eventRaw = "MESSAGE_CREATE", s.snapshotLocked(st.originalID)
	case 6:
		st.originalID = st.componentMsgID
	case 7:
		target, ok := s.messages[st.componentMsgID]
		if !ok {
			fail(errUnknownMessage)
			return
		}
		next := copyMap(target)
		s.applyPayloadLocked(next, orEmpty(data), files, false, flagSuppressEmbeds|flagComponentsV2)
		if isEmptyMessage(next, orEmpty(data)) {
			fail(errEmptyMessage)
			return
		}
		s.messages[str(next, "id")] = next
		st.originalID = st.componentMsgID
		event, eventRaw = "MESSAGE_UPDATE", s.snapshotLocked(st.originalID)
	case 8:
		if data == nil || data["choices"] == nil {
			fail(invalidForm("data.choices", "BASE_TYPE_REQUIRED", "This field is required"))
			return
		}
		if len(list(data, "choices")) > 25 {
			fail(invalidForm("data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."))
			return
		}
	case 9:
		switch {
		case data == nil || str(data, "custom_id") == "":
			fail(invalidForm("data.custom_id", "BASE_TYPE_REQUIRED", "This field is required"))
			return
		case runeLen(str(data, "title")) < 1 || runeLen(str(data, "title")) > 45:
			fail(invalidForm("data.title", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length."))
			return
		case len(list(data, "components")) < 1 || len(list(data, "components")) > 5:
			fail(invalidForm("data.components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length."))
			return
		}
	}
	status := http.StatusNoContent
	if r.URL.Query().Get("with_response") == "true" {
		status = http.StatusOK
	}
	req.Status = status
	var rawData json.RawMessage
	if d, ok := p["data"]; ok && d != nil {
		rawData, _ = json.Marshal(d)
	}
	st.callback = &Callback{Type: discordgo.InteractionResponseType(t), Data: rawData, Files: files, Request: req}
	var respBody []byte
	if status == http.StatusOK {
		resp := map[string]any{"interaction": map[string]any{"id": st.id, "type": int(st.itype), "response_message_id": st.originalID}}
		if st.originalID != "" {
			if m, ok := s.messages[st.originalID]; ok {
				resp["resource"] = map[string]any{"type": t, "message": restView(m)}
			}
		} else {
			resp["resource"] = map[string]any{"type": t}
		}
		respBody, _ = json.Marshal(resp)
	}
	s.commitLocked(r, status)
	s.mu.Unlock()
	if status == http.StatusOK {
		writeJSON(w, status, json.RawMessage(respBody))
	} else {
		w.WriteHeader(status)
	}
	if event != "" {
		s.echo(event, eventRaw)
	}
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

// webhookInteractionLocked finds the interaction behind an interaction
// webhook (application ID + interaction token).
func (s *Server) webhookInteractionLocked(r *http.Request) *interactionState {
	if r.PathValue("app") != appID {
		return nil
	}
	return s.byToken[r.PathValue("token")]
}

func (s *Server) webhookExecute(w http.ResponseWriter, r *http.Request) {
	req, payload, p, files, ok := readMessage(w, r)
	if !ok {
		return
	}
	wait := r.URL.Query().Get("wait") == "true"

	s.mu.Lock()
	st := s.webhookInteractionLocked(r)
	if st == nil || st.callback == nil || st.callback.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
		// Interaction webhooks only exist once the interaction is
		// acknowledged (and never for autocomplete).
		s.mu.Unlock()
		errUnknownWebhook.write(w)
		return
	}
	var m map[string]any
	event := "MESSAGE_CREATE"
	original := false
	if st.deferredPending {
		// Discord: a followup right after a deferred response edits the
		// loading message instead of creating a new one; its ephemeral
		// state cannot change.
		if cur, ok := s.messages[st.originalID]; ok {
			m = copyMap(cur)
			s.applyPayloadLocked(m, p, files, false, flagSuppressEmbeds|flagComponentsV2)
			m["flags"] = num(m, "flags") &^ flagLoading
			event, original = "MESSAGE_UPDATE", true
		}
	}
	if m == nil {
		m = s.interactionMessageLocked(st)
		m["type"] = msgTypeDefault
		s.applyPayloadLocked(m, p, files, true, flagEphemeral|flagSuppressEmbeds|flagSuppressNotifications|flagComponentsV2)
	}
	if isEmptyMessage(m, p) {
		s.mu.Unlock()
		errEmptyMessage.write(w)
		return
	}
	id := str(m, "id")
	s.messages[id] = m
	if original {
		st.deferredPending = false
	}
	raw := s.snapshotLocked(id)
	status := http.StatusNoContent
	if wait {
		status = http.StatusOK
	}
	req.Status = status
	st.followups = append(st.followups, &Reply{Method: r.Method, MessageID: id, Original: original, Payload: payload, Files: files, Message: toMessage(raw), Request: req})
	b, _ := json.Marshal(restView(m))
	s.commitLocked(r, status)
	s.mu.Unlock()
	if wait {
		writeJSON(w, http.StatusOK, json.RawMessage(b))
	} else {
		w.WriteHeader(http.StatusNoContent)
	}
	s.echo(event, raw)
}

func (s *Server) webhookMessage(w http.ResponseWriter, r *http.Request) {
	req := recorded(r)
	var payload json.RawMessage
	var files []File
	var p map[string]any
	if r.Method == http.MethodPatch {
		var err error
		payload, files, err = decodeBody(req.Header.Get("Content-Type"), req.Body)
		if err == nil {
			p, err = decodeObject(payload)
		}
		if err != nil {
			errBadJSON.write(w)
			return
		}
		if e := checkPayload(p); e != nil {
			e.write(w)
			return
		}
	}

	s.mu.Lock()
	st := s.webhookInteractionLocked(r)
	if st == nil || st.callback == nil {
		s.mu.Unlock()
		errUnknownWebhook.write(w)
		return
	}
	id := r.PathValue("msg")
	if id == "@original" {
		id = st.originalID
	}
	original := id != "" && id == st.originalID
	owned := original
	for _, f := range st.followups {
		owned = owned || f.MessageID == id
	}
	m, ok := s.messages[id]
	if !owned || !ok {
		s.mu.Unlock()
		errUnknownMessage.write(w)
		return
	}
	switch r.Method {
	case http.MethodGet:
		b, _ := json.Marshal(restView(m))
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, json.RawMessage(b))
	case http.MethodDelete:
		delete(s.messages, id)
		ev := map[string]any{"id": id, "channel_id": m["channel_id"]}
		if g := str(m, "guild_id"); g != "" {
			ev["guild_id"] = g
		}
		ephemeral := num(m, "flags")&flagEphemeral != 0
		s.commitLocked(r, http.StatusNoContent)
		s.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
		if !ephemeral {
			raw, _ := json.Marshal(ev)
			s.echo("MESSAGE_DELETE", raw)
		}
	default: // PATCH
		next := copyMap(m)
		s.applyPayloadLocked(next, p, files, false, flagSuppressEmbeds|flagComponentsV2)
		next["flags"] = num(next, "flags") &^ flagLoading
		if isEmptyMessage(next, p) {
			s.mu.Unlock()
			errEmptyMessage.write(w)
			return
		}
		s.messages[id] = next
		if original {
			st.deferredPending = false
		}
		raw := s.snapshotLocked(id)
		req.Status = http.StatusOK
		st.edits = append(st.edits, &Reply{Method: r.Method, MessageID: id, Original: original, Payload: payload, Files: files, Message: toMessage(raw), Request: req})
		b, _ := json.Marshal(restView(next))
		s.commitLocked(r, http.StatusOK)
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, json.RawMessage(b))
		s.echo("MESSAGE_UPDATE", raw)
	}
}
