package discordtest

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// InteractionSpec describes an INTERACTION_CREATE for SendInteraction.
// Zero values get realistic defaults.
type InteractionSpec struct {
	// Type defaults to a message component when CustomID is set, else to
	// an application command.
	Type discordgo.InteractionType
	// Name is the command's name; Options its options (see Opt).
	Name    string
	Options []*discordgo.ApplicationCommandInteractionDataOption
	// CustomID is the clicked component's custom_id. MessageID names the
	// message carrying it, one the fake knows (such as a reply the bot
	// sent); when empty, the fake makes up a bot message with the button.
	CustomID  string
	MessageID string
	// GuildID is the guild; "" sends a direct-message interaction.
	GuildID string
	// User defaults to DefaultUser().
	User *discordgo.User
	// Permissions of the member; 0 means DefaultPermissions.
	Permissions int64
	// Roles of the member.
	Roles []string
	// Attachments go in data.resolved.attachments, besides those of
	// NewAttachment named by an attachment option.
	Attachments []*discordgo.MessageAttachment
	// Data, when set, is sent as the interaction's data verbatim.
	Data any
}

// interaction is the fake's state of one interaction.
type interaction struct {
	id, token   string
	itype       discordgo.InteractionType
	name        string
	channelID   string
	user        *discordgo.User
	componentID string // the message a component is on

	callback   *Callback
	originalID string
	edits      []*Reply
}

// Callback is the initial response the bot POSTed to an interaction's
// callback.
type Callback struct {
	Type discordgo.InteractionResponseType
	// Data is the raw "data" object (nil when absent).
	Data    json.RawMessage
	Request Request
}

// Message decodes the response's data as a message: content, embeds,
// components with their concrete types, flags.
func (c *Callback) Message() (*discordgo.Message, error) {
	var m discordgo.Message
	if c.Data == nil {
		return &m, nil
	}
	err := json.Unmarshal(c.Data, &m)
	return &m, err
}

// Content is data.content.
func (c *Callback) Content() string {
	m, _ := c.Message()
	return m.Content
}

// Ephemeral reports whether the response is seen by its user alone.
func (c *Callback) Ephemeral() bool {
	m, _ := c.Message()
	return m.Flags&discordgo.MessageFlagsEphemeral != 0
}

// Choices are the autocomplete choices of a type 8 response.
func (c *Callback) Choices() []*discordgo.ApplicationCommandOptionChoice {
	var d struct {
		Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	}
	_ = json.Unmarshal(c.Data, &d)
	return d.Choices
}

// Reply is an edit of an interaction's original response.
type Reply struct {
	Request Request
}

// InteractionHandle follows one interaction sent by SendInteraction.
type InteractionHandle struct {
	s  *Server
	st *interaction
}

// Wait waits for the initial response. A request answered by FailNext is
// not a response; its retry is.
func (h *InteractionHandle) Wait(ctx context.Context) (*Callback, error) {
	var cb *Callback
	if err := h.s.waitFor(ctx, func() bool { cb = h.st.callback; return cb != nil }); err != nil {
		return nil, fmt.Errorf("discordtest: no response to interaction %s (%q): %w", h.st.id, h.st.name, err)
	}
	return cb, nil
}

// Callback is the initial response, or nil before it arrives.
func (h *InteractionHandle) Callback() *Callback {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	return h.st.callback
}

// WaitEdit waits for the first edit of the original response.
func (h *InteractionHandle) WaitEdit(ctx context.Context) (*Reply, error) {
	var got *Reply
	if err := h.s.waitFor(ctx, func() bool {
		if len(h.st.edits) > 0 {
			got = h.st.edits[0]
		}
		return got != nil
	}); err != nil {
		return nil, fmt.Errorf("discordtest: no edit of interaction %s (%q): %w", h.st.id, h.st.name, err)
	}
	return got, nil
}

// Original is the original response message as it is now, or nil.
func (h *InteractionHandle) Original() *discordgo.Message {
	h.s.mu.Lock()
	defer h.s.mu.Unlock()
	return copyJSON(h.s.messages[h.st.originalID])
}

// Opt is a command option whose type follows from value: string, bool,
// integer or float.
func Opt(name string, value any) *discordgo.ApplicationCommandInteractionDataOption {
	t := discordgo.ApplicationCommandOptionString
	switch reflect.ValueOf(value).Kind() {
	case reflect.Bool:
		t = discordgo.ApplicationCommandOptionBoolean
	case reflect.Int, reflect.Int64:
		t = discordgo.ApplicationCommandOptionInteger
	case reflect.Float64:
		t = discordgo.ApplicationCommandOptionNumber
	}
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: t, Value: value}
}

// FocusedOpt is the option being typed in an autocomplete interaction.
func FocusedOpt(name, partial string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: partial, Focused: true}
}

// SubCommand is a SUB_COMMAND option holding opts.
func SubCommand(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts}
}

// AttachmentOpt is an ATTACHMENT option naming a.
func AttachmentOpt(name string, a *discordgo.MessageAttachment) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionAttachment, Value: a.ID}
}

// SendInteraction dispatches an INTERACTION_CREATE built from spec and
// returns a handle on it. A failed dispatch fails the test.
func (s *Server) SendInteraction(spec InteractionSpec) *InteractionHandle {
	s.tb.Helper()
	st, raw, err := s.newInteraction(spec)
	if err == nil {
		err = s.dispatch("INTERACTION_CREATE", raw)
	}
	if err != nil {
		s.tb.Errorf("discordtest: dispatch INTERACTION_CREATE: %v", err)
	}
	return &InteractionHandle{s: s, st: st}
}

// newInteraction makes an interaction from spec, known to the fake so
// that its responses and edits are accepted, and returns its payload.
func (s *Server) newInteraction(spec InteractionSpec) (*interaction, []byte, error) {
	if spec.Type == 0 {
		spec.Type = discordgo.InteractionApplicationCommand
		if spec.CustomID != "" {
			spec.Type = discordgo.InteractionMessageComponent
		}
	}
	if spec.User == nil {
		spec.User = DefaultUser()
	}
	s.mu.Lock()
	st := &interaction{id: s.newID(), token: "fake-" + randomHex(32), itype: spec.Type, name: spec.Name,
		channelID: DefaultChannelID, user: spec.User}
	if spec.GuildID == "" {
		st.channelID = s.dmChannelLocked(spec.User.ID)
	}
	p := s.interactionPayloadLocked(spec, st)
	s.interactions[st.id] = st
	s.byToken[st.token] = st
	s.mu.Unlock()
	raw, err := json.Marshal(p)
	return st, raw, err
}

// HTTPInteraction is an interaction posted to a bot's HTTP interactions
// endpoint, and the bot's HTTP response.
type HTTPInteraction struct {
	Payload []byte // the signed body, for posting again
	Status  int
	Body    []byte
}

// Response decodes the HTTP response's body as an interaction response
// and its data as a message.
func (h *HTTPInteraction) Response() (discordgo.InteractionResponseType, *discordgo.Message, error) {
	var r struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data discordgo.Message                 `json:"data"`
	}
	err := json.Unmarshal(h.Body, &r)
	return r.Type, &r.Data, err
}

// PostInteraction sends an interaction built from spec to a bot's HTTP
// interactions endpoint, signed with key as Discord signs it. A deferred
// reply then edits it through the fake like a gateway interaction's.
func (s *Server) PostInteraction(ctx context.Context, endpoint string, key ed25519.PrivateKey, spec InteractionSpec) (*HTTPInteraction, error) {
	_, raw, err := s.newInteraction(spec)
	if err != nil {
		return nil, err
	}
	return PostSigned(ctx, endpoint, key, raw)
}

// PostSigned posts a payload to an HTTP interactions endpoint, signed with
// key and the current time as Discord signs it.
func PostSigned(ctx context.Context, endpoint string, key ed25519.PrivateKey, payload []byte) (*HTTPInteraction, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(stamp), payload...))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return &HTTPInteraction{Payload: payload, Status: resp.StatusCode, Body: body}, err
}

// interactionPayloadLocked is the INTERACTION_CREATE payload for spec.
func (s *Server) interactionPayloadLocked(spec InteractionSpec, st *interaction) map[string]any {
	p := map[string]any{
		"id": st.id, "application_id": appID, "type": int(st.itype), "token": st.token, "version": 1,
		"channel_id": st.channelID, "locale": "en-US", "entitlements": []any{},
		"app_permissions": strconv.FormatInt(DefaultPermissions, 10),
	}
	if spec.GuildID != "" {
		perms := spec.Permissions
		if perms == 0 {
			perms = DefaultPermissions
		}
		roles := spec.Roles
		if roles == nil {
			roles = []string{}
		}
		p["guild_id"], p["guild_locale"], p["context"] = spec.GuildID, "en-US", 0
		p["channel"] = map[string]any{"id": st.channelID, "type": 0, "guild_id": spec.GuildID}
		p["member"] = map[string]any{"user": spec.User, "roles": roles, "permissions": strconv.FormatInt(perms, 10),
			"joined_at": time.Now().Add(-24 * time.Hour).UTC().Format(time.RFC3339), "deaf": false, "mute": false}
	} else {
		p["user"], p["context"] = spec.User, 1
		p["channel"] = map[string]any{"id": st.channelID, "type": 1}
	}
	switch {
	case spec.Data != nil:
		p["data"] = spec.Data
	case st.itype == discordgo.InteractionMessageComponent:
		p["data"] = map[string]any{"custom_id": spec.CustomID, "component_type": int(discordgo.ButtonComponent)}
		st.componentID = s.componentMessageLocked(spec, st.channelID)
		p["message"] = s.messages[st.componentID]
	default:
		p["data"] = s.commandDataLocked(spec)
	}
	return p
}

// commandDataLocked is the data of a command or autocomplete interaction,
// with the attachments its options name resolved.
func (s *Server) commandDataLocked(spec InteractionSpec) map[string]any {
	id := s.commandIDLocked(spec.GuildID, spec.Name)
	if id == "" {
		id = s.newID()
	}
	data := map[string]any{"id": id, "name": spec.Name, "type": int(discordgo.ChatApplicationCommand)}
	if len(spec.Options) > 0 {
		data["options"] = spec.Options
	}
	atts := map[string]*discordgo.MessageAttachment{}
	for _, a := range spec.Attachments {
		atts[a.ID] = a
	}
	for _, o := range spec.Options {
		if id, _ := o.Value.(string); o.Type == discordgo.ApplicationCommandOptionAttachment && s.attachments[id] != nil {
			atts[id] = s.attachments[id]
		}
	}
	if len(atts) > 0 {
		data["resolved"] = map[string]any{"attachments": atts}
	}
	return data
}

// componentMessageLocked is the id of the message a component is on:
// spec.MessageID when the fake knows it, else a made-up bot message.
func (s *Server) componentMessageLocked(spec InteractionSpec, channelID string) string {
	if _, ok := s.messages[spec.MessageID]; ok {
		return spec.MessageID
	}
	m := s.newMessageLocked(channelID, s.BotUser())
	m.Content = "message with a button"
	m.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "button", Style: discordgo.PrimaryButton, CustomID: spec.CustomID},
	}}}
	s.messages[m.ID] = m
	return m.ID
}

// allowedResponses are the response types each interaction type takes.
var allowedResponses = map[discordgo.InteractionType][]discordgo.InteractionResponseType{
	discordgo.InteractionApplicationCommand: {discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseDeferredChannelMessageWithSource},
	discordgo.InteractionMessageComponent: {discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseDeferredChannelMessageWithSource,
		discordgo.InteractionResponseDeferredMessageUpdate, discordgo.InteractionResponseUpdateMessage},
	discordgo.InteractionApplicationCommandAutocomplete: {discordgo.InteractionApplicationCommandAutocompleteResult},
}

func (s *Server) interactionCallback(w http.ResponseWriter, r *http.Request) {
	req := recorded(r)
	var p struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data json.RawMessage                   `json:"data"`
	}
	if err := json.Unmarshal(req.Body, &p); err != nil {
		errBadJSON.write(w)
		return
	}
	s.mu.Lock()
	st := s.interactions[r.PathValue("id")]
	e := s.acceptCallbackLocked(st, r.PathValue("token"), p.Type)
	if e == nil {
		e = s.respondLocked(st, p.Type, p.Data)
	}
	if e != nil {
		s.mu.Unlock()
		e.write(w)
		return
	}
	if string(p.Data) == "null" {
		p.Data = nil
	}
	st.callback = &Callback{Type: p.Type, Data: p.Data, Request: req}
	s.commitLocked(r)
	echo := s.echoLocked(st.originalID, p.Type == discordgo.InteractionResponseChannelMessageWithSource)
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
	echo()
}

// acceptCallbackLocked refuses an unknown interaction, a second
// acknowledgement and a response type the interaction does not take.
func (s *Server) acceptCallbackLocked(st *interaction, token string, t discordgo.InteractionResponseType) *apiError {
	switch {
	case st == nil || st.token != token:
		return errUnknownInteraction
	case st.callback != nil:
		return errAlreadyAcked
	}
	for _, ok := range allowedResponses[st.itype] {
		if ok == t {
			return nil
		}
	}
	return errInvalidForm
}

// respondLocked applies a response: a new message, a loading one, an
// update of the component's message, or autocomplete choices.
func (s *Server) respondLocked(st *interaction, t discordgo.InteractionResponseType, data json.RawMessage) *apiError {
	switch t {
	case discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseDeferredChannelMessageWithSource:
		m := s.newMessageLocked(st.channelID, s.BotUser())
		m.WebhookID = appID
		m.InteractionMetadata = &discordgo.MessageInteractionMetadata{ID: st.id, Type: st.itype, User: st.user}
		m.Interaction = &discordgo.MessageInteraction{ID: st.id, Type: st.itype, Name: st.name, User: st.user}
		if t == discordgo.InteractionResponseDeferredChannelMessageWithSource {
			var d discordgo.Message
			_ = json.Unmarshal(data, &d)
			m.Flags = discordgo.MessageFlagsLoading | d.Flags&discordgo.MessageFlagsEphemeral
		} else if e := applyPayload(m, data, true); e != nil {
			return e
		}
		s.messages[m.ID] = m
		st.originalID = m.ID
	case discordgo.InteractionResponseUpdateMessage:
		next := copyJSON(s.messages[st.componentID])
		if next == nil {
			return errUnknownMessage
		}
		if e := applyPayload(next, data, false); e != nil {
			return e
		}
		s.messages[next.ID] = next
		st.originalID = next.ID
	case discordgo.InteractionResponseDeferredMessageUpdate:
		st.originalID = st.componentID
	case discordgo.InteractionApplicationCommandAutocompleteResult:
		var d struct {
			Choices []json.RawMessage `json:"choices"`
		}
		if json.Unmarshal(data, &d) != nil || d.Choices == nil || len(d.Choices) > 25 {
			return errInvalidForm
		}
	}
	return nil
}

// originalMessage serves GET and PATCH of an interaction's original
// response, through its webhook.
func (s *Server) originalMessage(w http.ResponseWriter, r *http.Request) {
	req := recorded(r)
	s.mu.Lock()
	st := s.byToken[r.PathValue("token")]
	if r.PathValue("app") != appID || st == nil || st.callback == nil {
		s.mu.Unlock()
		errUnknownWebhook.write(w)
		return
	}
	m := copyJSON(s.messages[st.originalID])
	if m == nil {
		s.mu.Unlock()
		errUnknownMessage.write(w)
		return
	}
	if r.Method == http.MethodPatch {
		if e := applyPayload(m, req.Body, false); e != nil {
			s.mu.Unlock()
			e.write(w)
			return
		}
		m.Flags &^= discordgo.MessageFlagsLoading
		s.messages[m.ID] = m
		st.edits = append(st.edits, &Reply{Request: req})
		s.commitLocked(r)
	}
	b, _ := json.Marshal(m)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, json.RawMessage(b))
}
