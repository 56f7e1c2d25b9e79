package discordtest

import (
	"encoding/json"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// MessageSpec describes a MESSAGE_CREATE for SendMessage.
type MessageSpec struct {
	Content string
	// GuildID is the guild; "" sends a direct message.
	GuildID string
	// Author defaults to DefaultUser().
	Author *discordgo.User
	// ReplyTo makes the message a reply to that message id. ReplyPing
	// mentions the replied-to author, as Discord does with the mention
	// toggle on.
	ReplyTo   string
	ReplyPing bool
}

var (
	userMention = regexp.MustCompile(`<@!?(\d+)>`)
	roleMention = regexp.MustCompile(`<@&(\d+)>`)
	everyone    = regexp.MustCompile(`@(everyone|here)\b`)
)

// newMessageLocked is an empty message in a channel, with a fresh id.
func (s *Server) newMessageLocked(channelID string, author *discordgo.User) *discordgo.Message {
	return &discordgo.Message{ID: s.newID(), ChannelID: channelID, Author: author, Timestamp: time.Now().UTC(),
		Mentions: []*discordgo.User{}, MentionRoles: []string{}, Embeds: []*discordgo.MessageEmbed{},
		Attachments: []*discordgo.MessageAttachment{}, Components: []discordgo.MessageComponent{}}
}

// SendMessage dispatches a MESSAGE_CREATE and returns the message's id.
// Its mentions, mention_roles and mention_everyone follow from the content,
// as Discord derives them. A failed dispatch fails the test.
func (s *Server) SendMessage(spec MessageSpec) string {
	s.tb.Helper()
	if spec.Author == nil {
		spec.Author = DefaultUser()
	}
	s.mu.Lock()
	channel := DefaultChannelID
	if spec.GuildID == "" {
		channel = s.dmChannelLocked(spec.Author.ID)
	}
	m := s.newMessageLocked(channel, spec.Author)
	m.GuildID, m.Content = spec.GuildID, spec.Content
	s.mentionsLocked(m)
	if spec.ReplyTo != "" {
		m.Type = discordgo.MessageTypeReply
		m.MessageReference = &discordgo.MessageReference{MessageID: spec.ReplyTo, ChannelID: channel, GuildID: spec.GuildID}
		if to := s.messages[spec.ReplyTo]; to != nil {
			m.ReferencedMessage = copyJSON(to)
			if spec.ReplyPing {
				m.Mentions = append(m.Mentions, to.Author)
			}
		}
	}
	s.messages[m.ID] = m
	raw, _ := json.Marshal(m)
	s.notifyLocked()
	s.mu.Unlock()
	if err := s.dispatch("MESSAGE_CREATE", raw); err != nil {
		s.tb.Errorf("discordtest: dispatch MESSAGE_CREATE: %v", err)
	}
	return m.ID
}

// mentionsLocked derives a message's mentions from its content.
func (s *Server) mentionsLocked(m *discordgo.Message) {
	for _, sm := range userMention.FindAllStringSubmatch(m.Content, -1) {
		u := &discordgo.User{ID: sm[1], Username: "user" + sm[1]}
		if sm[1] == botUserID {
			u = s.BotUser()
		}
		m.Mentions = append(m.Mentions, u)
	}
	for _, sm := range roleMention.FindAllStringSubmatch(m.Content, -1) {
		m.MentionRoles = append(m.MentionRoles, sm[1])
	}
	m.MentionEveryone = everyone.MatchString(m.Content)
}

// applyPayload sets the parts of a message a payload carries (content,
// embeds, components, flags when creating), refusing an empty message, as
// Discord does. Discord's limits are checked once, on every payload the
// bot sent, by the bot's tests (checkPayloads).
func applyPayload(m *discordgo.Message, payload []byte, creating bool) *apiError {
	var present map[string]json.RawMessage
	var p discordgo.Message
	if json.Unmarshal(payload, &present) != nil || json.Unmarshal(payload, &p) != nil {
		return errBadJSON
	}
	if _, ok := present["content"]; ok || creating {
		m.Content = p.Content
	}
	if _, ok := present["embeds"]; ok {
		m.Embeds = p.Embeds
	}
	if _, ok := present["components"]; ok {
		m.Components = p.Components
	}
	if creating {
		m.Flags = p.Flags & (discordgo.MessageFlagsEphemeral | discordgo.MessageFlagsSuppressEmbeds)
	} else {
		m.EditedTimestamp = &m.Timestamp
	}
	if m.Content == "" && len(m.Embeds) == 0 && len(m.Components) == 0 {
		return errEmptyMessage
	}
	return nil
}

// createChannelMessage serves the bot's messages: a reply to a mention.
func (s *Server) createChannelMessage(w http.ResponseWriter, r *http.Request) {
	body := recorded(r).Body
	s.mu.Lock()
	m := s.newMessageLocked(r.PathValue("channel"), s.BotUser())
	if e := applyPayload(m, body, true); e != nil {
		s.mu.Unlock()
		e.write(w)
		return
	}
	var ref struct {
		Ref *discordgo.MessageReference `json:"message_reference"`
	}
	if json.Unmarshal(body, &ref) == nil && ref.Ref != nil {
		if s.messages[ref.Ref.MessageID] == nil {
			s.mu.Unlock()
			errInvalidForm.write(w)
			return
		}
		m.Type, m.MessageReference = discordgo.MessageTypeReply, ref.Ref
		m.ReferencedMessage = copyJSON(s.messages[ref.Ref.MessageID])
	}
	s.messages[m.ID] = m
	s.commitLocked(r)
	echo := s.echoLocked(m.ID, true)
	b, _ := json.Marshal(m)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, json.RawMessage(b))
	echo()
}

// echoLocked returns what dispatches the MESSAGE_CREATE of the bot's own
// message, as Discord does, when public is set and it is not ephemeral;
// call it after unlocking.
func (s *Server) echoLocked(id string, public bool) func() {
	m := s.messages[id]
	if !public || m == nil || m.Flags&discordgo.MessageFlagsEphemeral != 0 {
		return func() {}
	}
	raw, _ := json.Marshal(m)
	return func() { _ = s.dispatch("MESSAGE_CREATE", raw) }
}

// ChannelMessages returns the messages of a channel, oldest first.
func (s *Server) ChannelMessages(channelID string) []*discordgo.Message {
	s.mu.Lock()
	var out []*discordgo.Message
	for _, m := range s.messages {
		if m.ChannelID == channelID {
			out = append(out, copyJSON(m))
		}
	}
	s.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { // snowflakes grow with time
		a, b := out[i].ID, out[j].ID
		return len(a) < len(b) || len(a) == len(b) && a < b
	})
	return out
}

// dmChannelLocked is the direct-message channel between the bot and a user.
func (s *Server) dmChannelLocked(userID string) string {
	if s.dmChannels[userID] == "" {
		s.dmChannels[userID] = s.newID()
	}
	return s.dmChannels[userID]
}

// EmbedText is everything a user reads in a message's embeds: titles,
// descriptions, fields and footers.
func EmbedText(m *discordgo.Message) string {
	var b strings.Builder
	for _, e := range m.Embeds {
		b.WriteString(e.Title + "\n" + e.Description + "\n")
		for _, f := range e.Fields {
			b.WriteString(f.Name + "\n" + f.Value + "\n")
		}
		if e.Footer != nil {
			b.WriteString(e.Footer.Text + "\n")
		}
	}
	return b.String()
}
