package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"regexp"
	"strconv"
	"strings"
	"syscall"
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
  STORYBOT_RATE_BURST       questions a user may ask at once before the limit bites (default 5)
  STORYBOT_MOD_ROLES        comma-separated role ids whose members may /reindex, besides Manage Server

A SIGHUP makes the running bot reindex, as /reindex does.`

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
	modRoles      []string
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
	for _, r := range strings.Split(getenv("STORYBOT_MOD_ROLES"), ",") {
		if r = strings.TrimSpace(r); r == "" {
			continue
		}
		if !snowflake.MatchString(r) {
			return c, fmt.Errorf("STORYBOT_MOD_ROLES: %q is not a role id (a number: right-click the role with Developer Mode on, Copy Role ID)", r)
		}
		c.modRoles = append(c.modRoles, r)
	}
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

// reindexOnHangup reindexes whenever the process gets SIGHUP, the
// operator's way to apply edits made to the corpus directory.
func reindexOnHangup(ctx context.Context, r *index.Reloader, log *slog.Logger) (stop func()) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case <-quit:
				return
			case <-hup:
				res, err := r.Reindex(ctx)
				if err != nil {
					log.Error("reindex on SIGHUP failed; still serving the previous corpus", "err", err)
					continue
				}
				log.Info("reindexed on SIGHUP", "took", res.Took, "documents", res.Stats.Documents, "changes", res.Report.String())
			}
		}
	}()
	return func() {
		signal.Stop(hup)
		close(quit)
		<-done
	}
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
	reloader := &index.Reloader{Live: live, Dir: cfg.corpusDir}
	stopHUP := reindexOnHangup(ctx, reloader, log)
	defer stopHUP()
	st := live.Stats()
	log.Info("index built", "corpus", corpusName(cfg.corpusDir), "documents", st.Documents, "took", st.BuildTime.Round(time.Microsecond))

	bc := bot.Config{
		Token:         cfg.token,
		GuildID:       cfg.guildID,
		RatePerMinute: cfg.ratePerMinute,
		RateBurst:     cfg.rateBurst,
		Logger:        log,
		Reindexer:     reloader,
		ModRoles:      cfg.modRoles,
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
