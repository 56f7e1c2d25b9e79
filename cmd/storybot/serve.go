package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"storybot/bot"
	"storybot/index"
)

const serveUsage = `usage: storybot serve

Runs the Discord bot until interrupted. Settings come from the environment,
or from a .env file in the working directory (a variable already set in the
environment wins over .env):

  DISCORD_TOKEN             bot token (required)
  DISCORD_GUILD_ID          register commands in this server only (instant; for testing)
  DISCORD_API_URL           scheme and host replacing https://discord.com (a REST proxy, or a fake Discord)
  STORYBOT_CORPUS           corpus directory (default: the built-in story)
  STORYBOT_LOG_LEVEL        debug, info, warn or error (default info)
  STORYBOT_LOG_FORMAT       text or json (default text)
  STORYBOT_RATE_PER_MINUTE  questions each user may ask per minute (default 10)
  STORYBOT_RATE_BURST       questions a user may ask at once before the limit bites (default 5)`

// serveConfig is storybot serve's configuration, read from the
// environment.
type serveConfig struct {
	token         string
	guildID       string
	apiURL        *url.URL
	corpusDir     string
	logLevel      slog.Level
	logJSON       bool
	ratePerMinute float64
	rateBurst     int
}

var snowflake = regexp.MustCompile(`^\d{5,20}$`)

// readServeConfig reads and checks every setting, so a mistake stops the
// bot at start with one line naming the variable, never later.
func readServeConfig(getenv func(string) string) (serveConfig, error) {
	var c serveConfig
	var err error
	if c.token, err = bot.ParseToken(getenv("DISCORD_TOKEN")); err != nil {
		return c, err
	}
	c.guildID = strings.TrimSpace(getenv("DISCORD_GUILD_ID"))
	if c.guildID != "" && !snowflake.MatchString(c.guildID) {
		return c, fmt.Errorf("DISCORD_GUILD_ID %q is not a server id (a number: right-click the server with Developer Mode on, Copy Server ID)", c.guildID)
	}
	if v := strings.TrimSpace(getenv("DISCORD_API_URL")); v != "" {
		if c.apiURL, err = bot.ParseAPIURL(v); err != nil {
			return c, err
		}
	}
	c.corpusDir = getenv("STORYBOT_CORPUS")
	if err := c.logLevel.UnmarshalText([]byte(orDefault(getenv("STORYBOT_LOG_LEVEL"), "info"))); err != nil {
		return c, fmt.Errorf("STORYBOT_LOG_LEVEL %q: want debug, info, warn or error", getenv("STORYBOT_LOG_LEVEL"))
	}
	switch f := orDefault(getenv("STORYBOT_LOG_FORMAT"), "text"); f {
	case "text":
	case "json":
		c.logJSON = true
	default:
		return c, fmt.Errorf("STORYBOT_LOG_FORMAT %q: want text or json", f)
	}
	if c.ratePerMinute, err = positive(getenv, "STORYBOT_RATE_PER_MINUTE", bot.DefaultRatePerMinute); err != nil {
		return c, err
	}
	burst, err := positive(getenv, "STORYBOT_RATE_BURST", bot.DefaultRateBurst)
	if err != nil {
		return c, err
	}
	c.rateBurst = int(burst)
	return c, nil
}

func orDefault(v, def string) string {
	if v = strings.TrimSpace(v); v == "" {
		return def
	}
	return v
}

func positive(getenv func(string) string, name string, def float64) (float64, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return def, nil
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f <= 0 || f > 1e6 {
		return 0, fmt.Errorf("%s %q: want a positive number", name, v)
	}
	return f, nil
}

func newLogger(w io.Writer, c serveConfig) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.logLevel}
	if c.logJSON {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

func (m *Main) runServe(ctx context.Context, args []string) int {
	fs := m.newFlags("serve", serveUsage)
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return m.usageError("serve takes no arguments; it reads its settings from the environment (storybot help serve)")
	}
	cfg, err := readServeConfig(m.Getenv)
	if err != nil {
		fmt.Fprintf(m.Stderr, "storybot: %v\n", err)
		return exitUsage
	}
	log := newLogger(m.Stderr, cfg)
	eng, err := loadEngine(cfg.corpusDir)
	if err != nil {
		return m.fail(err)
	}
	live := index.NewLive(eng)
	defer live.Close()
	st := live.Stats()
	log.Info("index built", "corpus", corpusName(cfg.corpusDir), "documents", st.Documents, "took", st.BuildTime.Round(time.Microsecond))

	bc := bot.Config{
		Token:         cfg.token,
		GuildID:       cfg.guildID,
		RatePerMinute: cfg.ratePerMinute,
		RateBurst:     cfg.rateBurst,
		Logger:        log,
	}
	if cfg.apiURL != nil {
		bc.HTTPClient = bot.RedirectClient(cfg.apiURL)
		log.Info("using another Discord API host", "url", cfg.apiURL.String())
	}
	b, err := bot.New(bc, live)
	if err != nil {
		return m.fail(err)
	}
	if err := b.Open(); err != nil {
		return m.fail(err)
	}
	defer b.Close()
	select {
	case <-b.Registered():
		if err := b.RegisterError(); err != nil {
			log.Error("slash commands are not registered; mentions still work", "err", err)
		}
	case <-ctx.Done():
	}
	<-ctx.Done()
	log.Info("shutting down")
	return exitOK
}
