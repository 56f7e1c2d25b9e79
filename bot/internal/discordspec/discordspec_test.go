package discordspec

import (
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	s := Load(t)
	cb := "/api/v9/interactions/123/tok/callback"
	good := []struct{ method, path, body string }{
		{"POST", cb, `{"type":4,"data":{"content":"hi","allowed_mentions":{"parse":[]},"flags":64}}`},
		{"POST", cb, `{"type":8,"data":{"choices":[{"name":"Su-24","value":"su-24"}]}}`},
		{"POST", cb, `{"type":1}`},
		{"POST", "/api/v9/channels/1/messages", `{"content":"x","message_reference":{"message_id":"2"},"allowed_mentions":{"parse":[]}}`},
		{"PUT", "/api/v9/applications/1/guilds/2/commands", `[{"name":"ask","description":"Ask","options":[{"type":3,"name":"question","description":"q","required":true,"max_length":500}]}]`},
	}
	for _, c := range good {
		if err := s.Validate(c.method, c.path, []byte(c.body)); err != nil {
			t.Errorf("%s %s %s: %v", c.method, c.path, c.body, err)
		}
	}
	bad := []struct{ name, method, path, body string }{
		{"content over 2000", "POST", cb, `{"type":4,"data":{"content":"` + strings.Repeat("x", 2001) + `"}}`},
		{"embed title over 256", "POST", cb, `{"type":4,"data":{"embeds":[{"title":"` + strings.Repeat("x", 257) + `"}]}}`},
		{"26 choices", "POST", cb, `{"type":8,"data":{"choices":[` + strings.TrimSuffix(strings.Repeat(`{"name":"a","value":"a"},`, 26), ",") + `]}}`},
		// The description has no pattern for command names; bot.checkCommand
		// checks that rule in code.
		{"command name over 32", "PUT", "/api/v9/applications/1/commands", `[{"name":"` + strings.Repeat("a", 33) + `","description":"d"}]`},
	}
	for _, c := range bad {
		if err := s.Validate(c.method, c.path, []byte(c.body)); err == nil {
			t.Errorf("%s: accepted", c.name)
		}
	}
	if err := s.Validate("POST", "/api/v9/nowhere", []byte(`{}`)); err == nil {
		t.Error("unknown route accepted")
	}
}
