package main

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"storybot/bot"
	"storybot/corpus"
	"storybot/index"
	"storybot/reload"
	"storybot/store"
)

const serveUsage = `usage: storybot serve

Runs the Discord bot until interrupted. Settings come from the environment,
or from a .env file in the working directory (a variable already set in the
environment wins over .env):

  DISCORD_TOKEN             bot token (required, unless STORYBOT_GATEWAY=off)
  STORYBOT_GATEWAY          on (default) or off: off serves only the HTTP interactions endpoint, without
                            a gateway connection (no mentions); the token then only registers commands
  DISCORD_GUILD_ID          register commands in this server only (instant; for testing)
  STORYBOT_ADMIN_GUILDS     comma-separated server ids whose moderators may /reindex (default DISCORD_GUILD_ID;
                            with neither, /reindex is not registered and the story changes only from
                            the command line and SIGHUP)
  DISCORD_API_URL           scheme and host replacing https://discord.com (a REST proxy, or a fake Discord)
  STORYBOT_CORPUS           corpus directory (default: the built-in story)
  STORYBOT_LOG_LEVEL        debug, info, warn or error (default info)
  STORYBOT_LOG_FORMAT       text or json (default text)
  STORYBOT_RATE_PER_MINUTE  questions each user may ask per minute (default 10)
  STORYBOT_RATE_BURST       questions a user may ask at once before the limit bites (default 5)
  STORYBOT_MOD_ROLES        comma-separated role ids whose members may /reindex, besides Manage Server
  STORYBOT_HTTP_ADDR        serve /healthz and /metrics on this address, e.g. :9090
  STORYBOT_INTERACTIONS_ADDR  serve Discord's HTTP interactions endpoint on this address (needs DISCORD_PUBLIC_KEY)
  DISCORD_PUBLIC_KEY        the application's public key, to verify HTTP interactions
  DISCORD_SHARD_ID, DISCORD_SHARD_COUNT  connect as this shard of that many
  STORYBOT_SHUTDOWN_TIMEOUT how long answers in flight may take to finish on SIGINT/SIGTERM (default 10s)
  STORYBOT_DATA             where the question log and votes are kept, in SQLite (default: .storybot in
                            the corpus directory, else $XDG_STATE_HOME/storybot or ~/.local/state/storybot)
  STORYBOT_DATABASE_URL     postgres://… keeps them in PostgreSQL instead, shared by replicas
  STORYBOT_RETENTION        how long questions and votes are kept (default 720h, 30 days)
  STORYBOT_REINDEX_BUDGET   how long building a new index may take before the reindex is refused (default 10s)

A SIGHUP makes the running bot reindex, as /reindex does. serve takes no
arguments; --json is accepted but serve prints only its log (JSON lines with
STORYBOT_LOG_FORMAT=json).`

// serveConfig is storybot serve's configuration, read from the
// environment.
type serveConfig struct {
	token         string
	noGateway     bool
	guildID       string
	adminGuilds   []string
	apiURL        *url.URL
	corpusDir     string
	logLevel      slog.Level
	logJSON       bool
	ratePerMinute float64
	rateBurst     int
	modRoles      []string
	httpAddr      string
	interAddr     string
	publicKey     ed25519.PublicKey
	shardID       int
	shardCount    int
	shutdown      time.Duration
	dataDir       string
	databaseURL   string
	retention     time.Duration
	reindexBudget time.Duration
}

var snowflake = regexp.MustCompile(`^\d{5,20}$`)

// readServeConfig reads and checks every setting, so a mistake stops the
// bot at start with one line naming the variable, never later.
func readServeConfig(getenv func(string) string) (serveConfig, error) {
	var c serveConfig
	for _, read := range []func(*serveConfig, func(string) string) error{readDiscord, readEndpoints, readLogging, readLimits, readStorage} {
		if err := read(&c, getenv); err != nil {
			return c, err
		}
	}
	return c, nil
}

// readDiscord reads how the bot meets Discord: the gateway, the token,
// the servers, the API host and the shard.
func readDiscord(c *serveConfig, getenv func(string) string) error {
	var err error
	switch g := strings.ToLower(orDefault(getenv("STORYBOT_GATEWAY"), "on")); g {
	case "on":
	case "off":
		c.noGateway = true
	default:
		return fmt.Errorf("STORYBOT_GATEWAY %q: want on or off", g)
	}
	if c.token, err = bot.ParseToken(getenv("DISCORD_TOKEN")); err != nil && !(c.noGateway && errors.Is(err, bot.ErrNoToken)) {
		return err
	}
	c.guildID = strings.TrimSpace(getenv("DISCORD_GUILD_ID"))
	if c.guildID != "" && !snowflake.MatchString(c.guildID) {
		return fmt.Errorf("DISCORD_GUILD_ID %q is not a server id (a number: right-click the server with Developer Mode on, Copy Server ID)", c.guildID)
	}
	if c.adminGuilds, err = adminGuilds(getenv("STORYBOT_ADMIN_GUILDS"), c.guildID); err != nil {
		return err
	}
	if v := strings.TrimSpace(getenv("DISCORD_API_URL")); v != "" {
		if c.apiURL, err = bot.ParseAPIURL(v); err != nil {
			return err
		}
	}
	c.shardID, c.shardCount, err = shard(getenv("DISCORD_SHARD_ID"), getenv("DISCORD_SHARD_COUNT"))
	return err
}

// readEndpoints reads the HTTP listeners and the key that verifies
// interactions.
func readEndpoints(c *serveConfig, getenv func(string) string) error {
	var err error
	c.httpAddr = strings.TrimSpace(getenv("STORYBOT_HTTP_ADDR"))
	c.interAddr = strings.TrimSpace(getenv("STORYBOT_INTERACTIONS_ADDR"))
	if k := strings.TrimSpace(getenv("DISCORD_PUBLIC_KEY")); k != "" || c.interAddr != "" {
		if c.publicKey, err = bot.ParsePublicKey(k); err != nil {
			if k == "" {
				return errors.New("STORYBOT_INTERACTIONS_ADDR needs DISCORD_PUBLIC_KEY, the application's public key")
			}
			return err
		}
	}
	if c.noGateway && c.interAddr == "" {
		return errors.New("STORYBOT_GATEWAY=off needs STORYBOT_INTERACTIONS_ADDR: without the gateway, interactions arrive only over HTTP")
	}
	return nil
}

// readLogging reads the log's level and format.
func readLogging(c *serveConfig, getenv func(string) string) error {
	if err := c.logLevel.UnmarshalText([]byte(orDefault(getenv("STORYBOT_LOG_LEVEL"), "info"))); err != nil {
		return fmt.Errorf("STORYBOT_LOG_LEVEL %q: want debug, info, warn or error", getenv("STORYBOT_LOG_LEVEL"))
	}
	switch f := orDefault(getenv("STORYBOT_LOG_FORMAT"), "text"); f {
	case "text":
	case "json":
		c.logJSON = true
	default:
		return fmt.Errorf("STORYBOT_LOG_FORMAT %q: want text or json", f)
	}
	return nil
}

// readLimits reads the rate limits, the moderators' roles and the time
// limits.
func readLimits(c *serveConfig, getenv func(string) string) error {
	var err error
	if c.ratePerMinute, err = positive(getenv, "STORYBOT_RATE_PER_MINUTE", bot.DefaultRatePerMinute); err != nil {
		return err
	}
	burst, err := positive(getenv, "STORYBOT_RATE_BURST", bot.DefaultRateBurst)
	if err != nil {
		return err
	}
	c.rateBurst = int(burst)
	if c.modRoles, err = modRoles(getenv("STORYBOT_MOD_ROLES")); err != nil {
		return err
	}
	if c.reindexBudget, err = duration(getenv, "STORYBOT_REINDEX_BUDGET", reload.DefaultBudget); err != nil {
		return err
	}
	c.shutdown, err = duration(getenv, "STORYBOT_SHUTDOWN_TIMEOUT", 10*time.Second)
	return err
}

// readStorage reads where the corpus and the database are.
func readStorage(c *serveConfig, getenv func(string) string) error {
	var err error
	c.corpusDir = getenv("STORYBOT_CORPUS")
	c.dataDir = dataDir(getenv, c.corpusDir)
	c.databaseURL = strings.TrimSpace(getenv("STORYBOT_DATABASE_URL"))
	if c.databaseURL != "" && !store.IsPostgresURL(c.databaseURL) {
		return errors.New("STORYBOT_DATABASE_URL: want a postgres:// URL (leave it unset to keep the log in SQLite in STORYBOT_DATA)")
	}
	c.retention, err = duration(getenv, "STORYBOT_RETENTION", store.Retention)
	return err
}

// duration reads a positive duration setting, def when unset.
func duration(getenv func(string) string, name string, def time.Duration) (time.Duration, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%s %q: want a duration like 10s or 720h", name, v)
	}
	return d, nil
}

// modRoles reads STORYBOT_MOD_ROLES, comma-separated role ids.
func modRoles(v string) ([]string, error) {
	return idList("STORYBOT_MOD_ROLES", "a role id (a number: right-click the role with Developer Mode on, Copy Role ID)", v)
}

// adminGuilds reads STORYBOT_ADMIN_GUILDS, comma-separated server ids;
// unset, it is DISCORD_GUILD_ID (if any).
func adminGuilds(v, guildID string) ([]string, error) {
	if strings.TrimSpace(v) == "" {
		if guildID == "" {
			return nil, nil
		}
		return []string{guildID}, nil
	}
	return idList("STORYBOT_ADMIN_GUILDS", "a server id (a number: right-click the server with Developer Mode on, Copy Server ID)", v)
}

// idList reads a comma-separated list of Discord ids; what names one kind.
func idList(name, what, v string) ([]string, error) {
	var ids []string
	for _, id := range strings.Split(v, ",") {
		if id = strings.TrimSpace(id); id == "" {
			continue
		}
		if !snowflake.MatchString(id) {
			return nil, fmt.Errorf("%s: %q is not %s", name, id, what)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// shard reads DISCORD_SHARD_ID and DISCORD_SHARD_COUNT: both or neither.
func shard(id, count string) (int, int, error) {
	id, count = strings.TrimSpace(id), strings.TrimSpace(count)
	if id == "" && count == "" {
		return 0, 0, nil
	}
	n, err := strconv.Atoi(id)
	of, err2 := strconv.Atoi(count)
	if err != nil || err2 != nil || of < 1 || n < 0 || n >= of {
		return 0, 0, fmt.Errorf("DISCORD_SHARD_ID %q and DISCORD_SHARD_COUNT %q: want both, with 0 <= id < count", id, count)
	}
	return n, of, nil
}

// dataDir is where the SQLite question log lives: STORYBOT_DATA, else beside the
// corpus, else the user's state directory.
func dataDir(getenv func(string) string, corpusDir string) string {
	if d := strings.TrimSpace(getenv("STORYBOT_DATA")); d != "" {
		return d
	}
	if corpusDir != "" {
		return filepath.Join(corpusDir, ".storybot")
	}
	if d := getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "storybot")
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".local", "state", "storybot")
	}
	return filepath.Join(os.TempDir(), "storybot")
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
func reindexOnHangup(ctx context.Context, r *reload.Reloader, log *slog.Logger) (stop func()) {
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
				res, err := r.Reindex(ctx, "SIGHUP")
				if err != nil {
					log.Error("reindex on SIGHUP failed; still serving the previous corpus", "err", err)
					continue
				}
				log.Info("reindexed on SIGHUP", "took", res.Took, "documents", res.Stats.Documents, "version", res.Version, "changes", res.Report.String())
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
	// serve's --json is accepted like every command's; its output is its
	// log, JSON with STORYBOT_LOG_FORMAT=json.
	if _, code := m.flags("serve", serveUsage).parse(args, noArgs); code >= 0 {
		return code
	}
	cfg, err := readServeConfig(m.Getenv)
	if err != nil {
		fmt.Fprintf(m.Stderr, "storybot: %v\n", err)
		return exitUsage
	}
	s := &server{cfg: cfg, log: newLogger(m.Stderr, cfg)}
	defer s.Close()
	if err := s.Run(ctx); err != nil {
		return m.fail(err)
	}
	s.waitRegistered(ctx)
	<-ctx.Done()
	return exitOK
}

// server is storybot serve: the engine, the question log, the bot and its
// HTTP listeners. Run starts them and returns; Close stops whatever Run
// started, however far it got, so no listener or goroutine outlives
// runServe.
type server struct {
	cfg serveConfig
	log *slog.Logger

	live     *index.Live
	reloader *reload.Reloader
	stopHUP  func()
	storeMu  sync.Mutex
	store    *store.Store // nil while the database is unreachable
	qlog     *store.Buffered
	bot      *bot.Bot
	// stopBackground ends the goroutines Run starts (the log's flusher,
	// retention, following versions, retrying the database); background
	// waits for them.
	stopBackground context.CancelFunc
	background     sync.WaitGroup
	listeners      []*http.Server
	serving        sync.WaitGroup // the listeners' Serve loops
	closeOnce      sync.Once
}

// Run builds the engine, opens the question log, starts the HTTP
// listeners and connects to Discord. On an error the caller must still
// call Close.
func (s *server) Run(ctx context.Context) error {
	bg, cancel := context.WithCancel(context.Background())
	s.stopBackground = cancel
	st := s.openStore(ctx)
	if err := s.openEngine(ctx, st == nil); err != nil {
		return err
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if err := s.newBot(reg); err != nil {
		return err
	}
	if st != nil {
		s.attachStore(ctx, bg, reg, st)
	} else {
		s.goBackground(func() { s.retryStore(bg, reg) })
	}
	if s.cfg.httpAddr != "" {
		if err := s.listen("health and metrics", s.cfg.httpAddr, s.bot.OpsHandler(reg)); err != nil {
			return err
		}
	}
	if s.cfg.interAddr != "" {
		if err := s.listen("interactions endpoint", s.cfg.interAddr, s.bot.InteractionsHandler(s.cfg.publicKey)); err != nil {
			return err
		}
	}
	return s.bot.Open()
}

// openEngine seeds an empty corpus directory, builds the engine, and
// makes the Reloader that changes it, reindexing on SIGHUP.
func (s *server) openEngine(ctx context.Context, awaitStore bool) error {
	dir := s.cfg.corpusDir
	if dir != "" {
		seeded, err := corpus.Seed(dir)
		if err != nil {
			return err
		}
		if seeded {
			s.log.Info("seeded the empty corpus directory with the built-in story", "dir", dir)
		}
	}
	// The engine is built from the files read here, once, so a published
	// version equal to them is known to be what is served.
	files, c, err := readCorpus(dir)
	if err != nil {
		return err
	}
	eng, err := index.Build(ctx, c)
	if err != nil {
		return err
	}
	s.live = index.NewLive(eng)
	st := s.live.Stats()
	s.log.Info("index built", "corpus", corpusName(dir), "documents", st.Documents, "took", st.BuildTime.Round(time.Microsecond))
	// One reloader for SIGHUP, /reindex and the versions others publish:
	// it lets one rebuild run at a time.
	s.reloader = reload.New(reload.Config{Live: s.live, Dir: dir, AwaitStore: awaitStore, Budget: s.cfg.reindexBudget, Logger: s.log, Files: files})
	s.stopHUP = reindexOnHangup(ctx, s.reloader, s.log)
	return nil
}

// readCorpus reads a corpus's files (dir "" is the built-in story) once
// and loads the corpus from them: a directory that is not there is one
// line, a broken corpus lists its problems under the directory's name.
func readCorpus(dir string) (map[string][]byte, *corpus.Corpus, error) {
	if err := checkCorpusDir(dir); err != nil {
		return nil, nil, err
	}
	files, err := reload.ReadDir(dir)
	var c *corpus.Corpus
	if err == nil {
		c, err = reload.Load(files)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("corpus %s:\n%w", corpusName(dir), err)
	}
	return files, c, nil
}

// openStore opens the database that keeps the question log, the replay
// claims and the corpus versions, or returns nil when it cannot: the bot
// then answers from the corpus directory or the built-in story, and
// retryStore keeps trying.
func (s *server) openStore(ctx context.Context) *store.Store {
	octx, cancel := context.WithTimeout(ctx, storeOpenTimeout)
	defer cancel()
	st, err := store.Open(octx, s.storeName())
	if err != nil {
		s.log.Error("the database is unreachable; answering from "+corpusName(s.cfg.corpusDir)+" without the question log or corpus versions, and retrying",
			"store", redactURL(s.storeName()), "every", storeRetry, "err", err)
		return nil
	}
	s.log.Info("database", "engine", st.Engine(), "store", redactURL(s.storeName()))
	return st
}

// storeOpenTimeout bounds one attempt to open the database; storeRetry
// is the pause between attempts while it is unreachable.
const (
	storeOpenTimeout = 5 * time.Second
	storeRetry       = 5 * time.Second
)

// retryStore opens the database that was unreachable at start, every
// storeRetry until it answers or ctx ends, and then attaches it.
func (s *server) retryStore(ctx context.Context, reg *prometheus.Registry) {
	t := time.NewTicker(storeRetry)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if st := s.openStore(ctx); st != nil {
			s.log.Info("the database is reachable again")
			s.attachStore(ctx, ctx, reg, st)
			return
		}
	}
}

// attachStore puts an open database to use: the question log and its
// metrics, retention, replay claims, and the corpus versions (catching
// up, then following them), all running until bg ends.
func (s *server) attachStore(ctx, bg context.Context, reg *prometheus.Registry, st *store.Store) {
	s.storeMu.Lock()
	s.store = st
	s.storeMu.Unlock()
	s.openLog(ctx, bg, reg, st)
	s.bot.SetQuestionLog(s.qlog)
	s.reloader.SetStore(st)
	if err := s.reloader.CatchUp(ctx); err != nil {
		s.log.Error("could not catch up with the published corpus versions; serving what was loaded", "err", err)
	} else if n := s.reloader.Serving(); n > 0 {
		s.log.Info("serving a published corpus version", "version", n)
	}
	s.goBackground(func() { s.reloader.Follow(bg) })
}

// currentStore is the database, nil while it is unreachable.
func (s *server) currentStore() *store.Store {
	s.storeMu.Lock()
	defer s.storeMu.Unlock()
	return s.store
}

// health names what /healthz should report as degraded.
func (s *server) health() []string {
	if s.currentStore() == nil {
		return []string{"database: unreachable since start, retrying; answering from " + corpusName(s.cfg.corpusDir) + " without the question log or corpus versions, reindex refused"}
	}
	return nil
}

// storeName is the PostgreSQL URL, else the SQLite data directory.
func (s *server) storeName() string {
	if s.cfg.databaseURL != "" {
		return s.cfg.databaseURL
	}
	return s.cfg.dataDir
}

// openLog imports a JSON-lines journal left by an older storybot (once)
// into the store, and starts the log's flusher and the retention
// schedule, which run until Close. The log is a nicety: without a store
// the bot answers without it.
func (s *server) openLog(ctx, bg context.Context, reg *prometheus.Registry, st *store.Store) {
	s.importJournal(ctx, st)
	s.qlog = store.NewBuffered(st, store.QueueSize, s.log)
	reg.MustRegister(
		prometheus.NewCounterFunc(prometheus.CounterOpts{
			Name: "storybot_log_dropped_total",
			Help: "Question-log records dropped because the database was unreachable and the queue full, or refused.",
		}, func() float64 { return float64(s.qlog.Dropped()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "storybot_log_queued",
			Help: "Question-log records waiting for the database.",
		}, func() float64 { return float64(s.qlog.Queued()) }),
	)
	s.goBackground(func() { s.qlog.Run(bg) })
	s.goBackground(func() { s.retain(bg) })
}

// importJournal imports the JSON-lines journal in the data directory, if
// there is one and no journal was imported before; the files are left as
// they are.
func (s *server) importJournal(ctx context.Context, st *store.Store) {
	res, err := st.ImportJSONL(ctx, s.cfg.dataDir)
	switch {
	case err != nil:
		s.log.Error("importing the old question log failed; it stays where it is", "dir", s.cfg.dataDir, "err", err)
	case res.Questions+res.Votes+res.Skipped > 0:
		s.log.Info("imported the old question log", "dir", s.cfg.dataDir, "questions", res.Questions, "votes", res.Votes, "skipped", res.Skipped)
	}
}

// retentionEvery is how often retention runs.
const retentionEvery = time.Hour

// retain deletes questions and votes older than the retention, at start
// and then every retentionEvery, until ctx ends.
func (s *server) retain(ctx context.Context) {
	t := time.NewTicker(retentionEvery)
	defer t.Stop()
	for {
		n, err := s.currentStore().DeleteOlderThan(ctx, time.Now().Add(-s.cfg.retention))
		switch {
		case err != nil && ctx.Err() == nil:
			s.log.Warn("question-log retention failed; it runs again later", "err", err)
		case n > 0:
			s.log.Info("question-log retention", "deleted", n, "older_than", s.cfg.retention)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *server) goBackground(fn func()) {
	s.background.Add(1)
	go func() {
		defer s.background.Done()
		fn()
	}()
}

// redactURL hides a database URL's password in logs.
func redactURL(where string) string {
	if u, err := url.Parse(where); err == nil && u.User != nil {
		return u.Redacted()
	}
	return where
}

func (s *server) newBot(reg *prometheus.Registry) error {
	c := s.cfg
	bc := bot.Config{
		Token:         c.token,
		NoGateway:     c.noGateway,
		GuildID:       c.guildID,
		RatePerMinute: c.ratePerMinute,
		RateBurst:     c.rateBurst,
		Logger:        s.log,
		Reindexer:     s.reloader,
		Health:        s.health,
		ModRoles:      c.modRoles,
		AdminGuilds:   c.adminGuilds,
		Metrics:       reg,
		ShardID:       c.shardID,
		ShardCount:    c.shardCount,
	}
	if c.apiURL != nil {
		bc.HTTPClient = bot.RedirectClient(c.apiURL)
		s.log.Info("using another Discord API host", "url", c.apiURL.String())
	}
	b, err := bot.New(bc, s.live)
	if err != nil {
		return err
	}
	s.bot = b
	// Every swap, whoever asked for it (SIGHUP, /reindex, a version
	// published elsewhere), registers the new corpus's commands. A SIGHUP
	// may have swapped since New read the corpus: refresh once now (the
	// commands are registered only later, by Open).
	s.reloader.OnSwap(b.RefreshCommands)
	b.RefreshCommands()
	return nil
}

// listen serves h on addr until Close.
func (s *server) listen(name, addr string, h http.Handler) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second}
	s.listeners = append(s.listeners, srv)
	s.log.Info("listening", "what", name, "addr", ln.Addr().String())
	s.serving.Add(1)
	go func() {
		defer s.serving.Done()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("HTTP server failed", "what", name, "err", err)
		}
	}()
	return nil
}

// waitRegistered logs the outcome of slash command registration.
func (s *server) waitRegistered(ctx context.Context) {
	select {
	case <-s.bot.Registered():
		if err := s.bot.RegisterError(); err != nil {
			s.log.Error("slash commands are not registered; what was registered before still works", "err", err)
		}
	case <-ctx.Done():
	}
}

// Close stops taking new work, lets answers in flight finish (within the
// shutdown grace), then closes the gateway, the listeners, the question
// log and the index. Only its first call does anything.
func (s *server) Close() {
	s.closeOnce.Do(func() {
		s.log.Info("shutting down", "grace", s.cfg.shutdown)
		ctx, cancel := context.WithTimeout(context.Background(), s.cfg.shutdown)
		defer cancel()
		for _, srv := range s.listeners {
			if err := srv.Shutdown(ctx); err != nil {
				s.log.Warn("HTTP server did not stop cleanly", "err", err)
				srv.Close()
			}
		}
		// A Shutdown that comes before its Serve loop has started finds no
		// listener to close; Serve closes it on seeing the server shut,
		// and the port is free only once it has.
		s.serving.Wait()
		if s.bot != nil {
			if err := s.bot.Shutdown(ctx); err != nil {
				s.log.Warn("shutdown", "err", err)
			}
		}
		if s.stopHUP != nil {
			s.stopHUP()
		}
		if s.stopBackground != nil {
			s.stopBackground() // the log's flusher writes what is queued, then stops
			s.background.Wait()
		}
		if st := s.currentStore(); st != nil {
			st.Close()
		}
		if s.live != nil {
			s.live.Close()
		}
		s.log.Info("stopped")
	})
}
