package discordtest

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// overwriteCommands serves the bulk overwrite: the scope's commands become
// exactly those sent, keeping the ids of those that stay.
func (s *Server) overwriteCommands(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("app") != appID {
		errMissingAccess.write(w)
		return
	}
	in, err := decodeCommands(recorded(r).Body)
	if err != nil {
		errBadJSON.write(w)
		return
	}
	// Discord's rules for definitions are checked where they are
	// written down once: bot.checkCommand and Discord's OpenAPI
	// description (bot's checkPayloads); the fake refuses only duplicates.
	names := map[string]bool{}
	for _, c := range in {
		if c == nil || c.Name == "" || names[c.Name] {
			errInvalidForm.write(w)
			return
		}
		names[c.Name] = true
	}
	scope := r.PathValue("guild")
	s.mu.Lock()
	old := map[string]string{}
	for _, c := range s.commands[scope] {
		old[c.Name] = c.ID
	}
	for _, c := range in {
		if c.ID = old[c.Name]; c.ID == "" {
			c.ID = s.newID()
		}
		c.ApplicationID, c.GuildID, c.Version = appID, scope, s.newID()
	}
	s.commands[scope] = in
	b, _ := json.Marshal(in)
	s.commitLocked(r)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, json.RawMessage(b))
}

// decodeCommands reads a bulk overwrite. Discord takes
// default_member_permissions as a number or a string; discordgo reads only
// a string.
func decodeCommands(body []byte) ([]*discordgo.ApplicationCommand, error) {
	var raw []map[string]any
	if err := json.Unmarshal(body, &raw); err != nil {
		return nil, err
	}
	for _, c := range raw {
		if n, ok := c["default_member_permissions"].(float64); ok {
			c["default_member_permissions"] = strconv.FormatInt(int64(n), 10)
		}
	}
	b, _ := json.Marshal(raw)
	var out []*discordgo.ApplicationCommand
	return out, json.Unmarshal(b, &out)
}

// Commands returns the commands registered for guildID ("" = global).
func (s *Server) Commands(guildID string) []*discordgo.ApplicationCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*discordgo.ApplicationCommand, len(s.commands[guildID]))
	for i, c := range s.commands[guildID] {
		out[i] = copyJSON(c)
	}
	return out
}

// commandIDLocked is the id of a registered command, guild commands first,
// or "" when the bot has not registered it.
func (s *Server) commandIDLocked(guildID, name string) string {
	for _, scope := range []string{guildID, ""} {
		for _, c := range s.commands[scope] {
			if c.Name == name {
				return c.ID
			}
		}
	}
	return ""
}
