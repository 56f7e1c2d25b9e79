package bot

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// discordHosts are the REST API's hosts; RedirectClient sends them
// elsewhere. The CDN is not redirected: attachments are downloaded from
// wherever Discord says they are.
var discordHosts = map[string]bool{"discord.com": true, "discordapp.com": true}

// ParseAPIURL checks DISCORD_API_URL: a scheme and host (and port) that
// replace https://discord.com, with no path, since the path stays /api/v9/….
func ParseAPIURL(s string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimRight(s, "/"))
	switch {
	case err != nil:
		return nil, fmt.Errorf("DISCORD_API_URL %q is not a URL: %w", s, err)
	case u.Scheme != "http" && u.Scheme != "https":
		return nil, fmt.Errorf("DISCORD_API_URL %q must start with http:// or https://", s)
	case u.Host == "":
		return nil, fmt.Errorf("DISCORD_API_URL %q has no host", s)
	case u.Path != "" || u.RawQuery != "" || u.Fragment != "":
		return nil, fmt.Errorf("DISCORD_API_URL %q must be only a scheme and host, like http://127.0.0.1:8080", s)
	}
	return u, nil
}

// RedirectClient returns an HTTP client that sends every request for
// Discord's hosts to base instead, keeping the path: a REST rate-limit
// proxy, or a fake Discord in tests. Only this client changes; nothing
// global does.
func RedirectClient(base *url.URL) *http.Client {
	return &http.Client{
		Timeout:   20 * time.Second,
		Transport: &redirect{base: base, next: newTransport()},
	}
}

// newTransport is http.DefaultTransport keeping more idle connections per
// host: every reply is a REST call to the same host, and with the default
// two, concurrent replies keep opening new connections.
func newTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 64
	return t
}

type redirect struct {
	base *url.URL
	next http.RoundTripper
}

func (r *redirect) RoundTrip(req *http.Request) (*http.Response, error) {
	if discordHosts[req.URL.Hostname()] {
		req = req.Clone(req.Context())
		req.URL.Scheme = r.base.Scheme
		req.URL.Host = r.base.Host
		req.Host = r.base.Host
	}
	return r.next.RoundTrip(req)
}

// tokenShape is a bot token as the developer portal shows it: three
// base64url parts separated by dots.
var tokenShape = regexp.MustCompile(`^[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$`)

// ErrNoToken is returned by ParseToken for an empty token.
var ErrNoToken = errors.New("DISCORD_TOKEN is not set: copy the token from the Bot page of your application at https://discord.com/developers/applications")

// ParseToken checks DISCORD_TOKEN and returns it without a "Bot " prefix.
// The message of its error never contains the token.
func ParseToken(s string) (string, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimPrefix(strings.TrimPrefix(t, "Bot "), "bot ")
	t = strings.Trim(t, `"'`)
	switch {
	case t == "":
		return "", ErrNoToken
	case !tokenShape.MatchString(t):
		return "", errors.New("DISCORD_TOKEN does not look like a bot token (three parts separated by dots, from the Bot page of your application); check for a stray character or a client secret pasted instead")
	}
	return t, nil
}
