// Package bot is storybot's Discord adapter: slash commands with
// autocomplete, question answering when the bot is mentioned, replies that
// keep Discord's limits and never ping anyone, per-user rate limits, and
// moderators' reindexing.
//
// The bot reaches the answer engine only through the small Engine
// interface, so the command line, the bot and the tests share one engine.
// Handlers return their reply; one dispatcher sends it, acknowledging
// within Discord's three-second deadline by deferring when a handler is
// slow.
package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/time/rate"

	"storybot/corpus"
	"storybot/index"
	"storybot/reload"
	"storybot/store"
)

// Engine is what the bot needs of the answer engine; *index.Live has it.
type Engine interface {
	Ask(ctx context.Context, q string, opt index.Options) (*index.Answer, error)
	Lookup(ctx context.Context, name string, kinds []corpus.Kind, opt index.Options) (*index.Answer, error)
	Complete(typed string, kinds []corpus.Kind, n int) []index.Choice
	Corpus() *corpus.Corpus
}

// Config configures a Bot.
type Config struct {
	// Token is the bot token, without the "Bot " prefix (see ParseToken).
	// Required unless NoGateway; then it is used only to register the
	// commands.
	Token string
	// NoGateway runs the bot without a gateway connection: it answers
	// only through InteractionsHandler (no mentions, no presence), and
	// Open registers the commands over REST when there is a token, a
	// failure being reported by RegisterError, never fatal.
	NoGateway bool
	// GuildID, when set, registers the commands in that server only, where
	// changes show at once; otherwise they are registered globally.
	GuildID string
	// HTTPClient makes every REST call, including the gateway lookup, and
	// downloads uploaded files; nil means a plain client. RedirectClient
	// points it at another host (DISCORD_API_URL), from which attachments
	// may then be downloaded too, besides Discord's attachment hosts.
	HTTPClient *http.Client
	// RatePerMinute and RateBurst limit each user's questions; zero means
	// the defaults (10 a minute, bursts of 5).
	RatePerMinute float64
	RateBurst     int
	// DeferAfter is how long a handler may take before the interaction is
	// acknowledged with a deferred reply; zero means 1.5 s, well inside
	// Discord's 3 s deadline.
	DeferAfter time.Duration
	// Logger receives the bot's logs; nil means slog.Default().
	Logger *slog.Logger
	// Reindexer serves /reindex; nil makes /reindex say it is not
	// available.
	Reindexer Reindexer
	// AdminGuilds are the servers whose moderators may change the story:
	// /reindex is registered only there (as a guild command) and refused
	// in code from anywhere else, whatever the member's permissions. None
	// means /reindex is not registered at all; the corpus then changes
	// only from the command line and SIGHUP.
	AdminGuilds []string
	// ModRoles are role ids whose members may reindex, besides members
	// with the Manage Server permission.
	ModRoles []string
	// Metrics, when set, receives the bot's Prometheus metrics.
	Metrics prometheus.Registerer
	// QuestionLog, when set, records questions and 👍/👎 votes for /stats
	// (its Run must be running), and claims interactions so each is
	// answered once across replicas.
	QuestionLog *store.Buffered
	// Health, when set, lists degraded parts for /healthz to name
	// (answering goes on without them), such as a corpus store that is
	// unreachable.
	Health func() []string
	// ShardID and ShardCount split a large bot's servers across
	// processes: this process connects as shard ShardID of ShardCount.
	// ShardCount 0 means one unsharded connection.
	ShardID, ShardCount int
}

// Reindexer changes the story; *reload.Reloader is one.
type Reindexer interface {
	// Reindex rebuilds from the corpus as it is; who is recorded.
	Reindex(ctx context.Context, who string) (*reload.Result, error)
	// Replace rebuilds with one corpus file replaced by an upload.
	Replace(ctx context.Context, who, name string, data []byte) (*reload.Result, error)
	// Rollback publishes an earlier version again.
	Rollback(ctx context.Context, who string, n int64) (*reload.Result, error)
	// Versions lists recent versions, newest first.
	Versions(ctx context.Context, limit int) ([]store.VersionInfo, error)
}

// Defaults for Config.
const (
	DefaultRatePerMinute = 10
	DefaultRateBurst     = 5
	defaultDeferAfter    = 1500 * time.Millisecond
	// answerTimeout bounds one answer; the engine answers in well under a
	// millisecond, so this only stops a stuck call from piling up.
	answerTimeout = 10 * time.Second
)

// Intents the bot needs: guilds for slash commands, guild and direct
// messages for mentions. Discord sends the content of messages that mention
// the bot, and of direct messages, without the privileged Message Content
// intent.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// Bot is a running Discord bot.
type Bot struct {
	cfg     Config
	eng     Engine
	s       *discordgo.Session
	log     *slog.Logger
	limiter *userLimiter
	// cmds is the command table of the corpus being served (see table
	// and RefreshCommands).
	cmds atomic.Pointer[commandTable]
	// regMu makes registrations one at a time, and holds regApp, the
	// application the commands were first registered for ("" until
	// then), and regTable, the last table Discord took (nil when none).
	regMu    sync.Mutex
	regApp   string
	regTable *commandTable
	// apiHost is DISCORD_API_URL's host, when HTTPClient redirects there.
	apiHost string
	metrics *metrics

	// work counts answers in flight; draining, set by Shutdown, stops new
	// work from starting. workMu orders the two so no answer starts after
	// Shutdown has begun waiting.
	workMu    sync.RWMutex
	work      sync.WaitGroup
	draining  bool
	connected atomic.Bool
	connects  atomic.Int64

	logOnce sync.Once
	qlog    atomic.Pointer[store.Buffered]

	mu         sync.Mutex
	userID     string
	appID      string
	registered chan struct{}
	regOnce    sync.Once
	regErr     error
}

// New prepares a bot; Open connects it.
func New(cfg Config, eng Engine) (*Bot, error) {
	if cfg.Token == "" && !cfg.NoGateway {
		return nil, errors.New("bot: no token")
	}
	if cfg.RatePerMinute <= 0 {
		cfg.RatePerMinute = DefaultRatePerMinute
	}
	if cfg.RateBurst <= 0 {
		cfg.RateBurst = DefaultRateBurst
	}
	if cfg.DeferAfter <= 0 {
		cfg.DeferAfter = defaultDeferAfter
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("bot: %w", err)
	}
	if cfg.ShardCount < 0 || cfg.ShardCount > 0 && (cfg.ShardID < 0 || cfg.ShardID >= cfg.ShardCount) {
		return nil, fmt.Errorf("bot: shard %d of %d does not exist", cfg.ShardID, cfg.ShardCount)
	}
	m := newMetrics(cfg.Metrics)
	s.Client = countedClient(cfg.HTTPClient, m)
	s.Identify.Intents = Intents
	if cfg.ShardCount > 0 {
		s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	}
	s.LogLevel = discordgo.LogError
	b := &Bot{
		cfg:        cfg,
		eng:        eng,
		s:          s,
		log:        cfg.Logger,
		limiter:    newUserLimiter(rate.Limit(cfg.RatePerMinute/60), cfg.RateBurst),
		metrics:    m,
		registered: make(chan struct{}),
	}
	b.cmds.Store(b.buildTable(b.servedCorpus()))
	if cfg.QuestionLog != nil {
		b.qlog.Store(cfg.QuestionLog)
	}
	if cfg.HTTPClient != nil {
		if r, ok := cfg.HTTPClient.Transport.(*redirect); ok {
			b.apiHost = r.base.Host
		}
	}
	s.AddHandler(b.onReady)
	s.AddHandler(b.onResumed)
	s.AddHandler(b.onDisconnect)
	s.AddHandler(b.onInteraction)
	s.AddHandler(b.onMessage)
	return b, nil
}

// servedCorpus is the corpus the engine serves, nil without an engine.
func (b *Bot) servedCorpus() *corpus.Corpus {
	if b.eng == nil {
		return nil
	}
	return b.eng.Corpus()
}

// questionLog is the question log, nil while there is none.
func (b *Bot) questionLog() *store.Buffered { return b.qlog.Load() }

// SetQuestionLog gives the bot its question log once the database is
// reachable, when it was not at start; until then the bot answers
// without logging, claiming or stats.
func (b *Bot) SetQuestionLog(l *store.Buffered) { b.qlog.Store(l) }

// startWork registers an answer about to start, or reports that the bot
// is shutting down and takes no new work.
func (b *Bot) startWork() bool {
	b.workMu.RLock()
	defer b.workMu.RUnlock()
	if b.draining {
		return false
	}
	b.work.Add(1)
	return true
}

// Shutdown stops taking new work, waits for the answers in flight (until
// ctx ends), then disconnects from the gateway.
func (b *Bot) Shutdown(ctx context.Context) error {
	b.workMu.Lock()
	b.draining = true
	b.workMu.Unlock()
	done := make(chan struct{})
	go func() {
		b.work.Wait()
		close(done)
	}()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = fmt.Errorf("bot: answers still in flight at shutdown: %w", ctx.Err())
	}
	if cerr := b.Close(); err == nil {
		err = cerr
	}
	return err
}

// Connected reports whether the gateway connection is up.
func (b *Bot) Connected() bool { return b.connected.Load() }

func (b *Bot) onResumed(*discordgo.Session, *discordgo.Resumed) {
	b.connected.Store(true)
	b.metrics.reconnects.Inc()
	b.log.Info("gateway connection resumed")
}

func (b *Bot) onDisconnect(*discordgo.Session, *discordgo.Disconnect) {
	b.connected.Store(false)
	b.log.Warn("gateway connection lost; reconnecting")
}

// Open connects to the gateway. Commands are registered once the gateway
// says who the bot is; Registered reports when that is done. With
// NoGateway it connects nothing and registers the commands in the
// background over REST.
func (b *Bot) Open() error {
	if b.cfg.NoGateway {
		b.work.Add(1) // so Shutdown waits for it
		go func() {
			defer b.work.Done()
			b.registerOverREST()
		}()
		return nil
	}
	if err := b.s.Open(); err != nil {
		return fmt.Errorf("bot: connect to Discord: %w", err)
	}
	return nil
}

// Registered is closed once the slash commands are registered (or failed
// to be; see RegisterError).
func (b *Bot) Registered() <-chan struct{} { return b.registered }

// RegisterError is the error of command registration, once Registered is
// closed.
func (b *Bot) RegisterError() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.regErr
}

// Close disconnects from the gateway at once; Shutdown lets answers in
// flight finish first.
func (b *Bot) Close() error {
	b.connected.Store(false)
	if b.cfg.NoGateway {
		return nil // nothing to disconnect
	}
	return b.s.Close()
}

// Session is the bot's discordgo session, for health checks and tests.
func (b *Bot) Session() *discordgo.Session { return b.s }

func (b *Bot) onReady(s *discordgo.Session, r *discordgo.Ready) {
	b.connected.Store(true)
	if b.connects.Add(1) > 1 {
		b.metrics.reconnects.Inc()
	}
	b.mu.Lock()
	b.userID = r.User.ID
	b.appID = r.User.ID
	if r.Application != nil && r.Application.ID != "" {
		b.appID = r.Application.ID
	}
	appID := b.appID
	b.mu.Unlock()
	b.log.Info("connected to Discord", "user", r.User.Username, "guilds", len(r.Guilds))
	b.regOnce.Do(func() {
		err := b.register(appID)
		b.mu.Lock()
		b.regErr = err
		b.mu.Unlock()
		close(b.registered)
	})
}

// registerOverREST looks the application up and registers the commands,
// for a bot without a gateway (which would say who the bot is).
func (b *Bot) registerOverREST() {
	err := errors.New("bot: no DISCORD_TOKEN, so the slash commands were not registered; commands registered before still arrive")
	if b.cfg.Token != "" {
		err = b.lookUpAndRegister()
	}
	b.regOnce.Do(func() {
		b.mu.Lock()
		b.regErr = err
		b.mu.Unlock()
		close(b.registered)
	})
}

func (b *Bot) lookUpAndRegister() error {
	app, err := b.s.Application("@me")
	if err != nil {
		return fmt.Errorf("bot: looking up the application to register commands: %w", err)
	}
	b.mu.Lock()
	b.appID = app.ID
	b.mu.Unlock()
	return b.register(app.ID)
}

// register makes the first registration of the bot's commands, for
// application appID: the current table, whatever Discord has.
func (b *Bot) register(appID string) error {
	b.regMu.Lock()
	defer b.regMu.Unlock()
	b.regApp = appID
	return b.registerLocked(b.table())
}

// RefreshCommands rebuilds the command table when the corpus the engine
// serves has changed and, once the commands have first been registered, registers
// it with Discord unless it is the table Discord last took: a failed
// registration is tried again at the next call. Call it after every swap
// of the corpus (see reload.Reloader.OnSwap); it returns when Discord has
// answered.
func (b *Bot) RefreshCommands() {
	if !b.startWork() {
		return // shutting down
	}
	defer b.work.Done()
	b.regMu.Lock()
	defer b.regMu.Unlock()
	t := b.table() // the table New or the last refresh built
	if c := b.servedCorpus(); t.corpus != c {
		t = b.buildTable(c) // the corpus changed, and its commands may have
		b.cmds.Store(t)
	}
	if b.registeredLocked(t) {
		return
	}
	if err := b.registerLocked(t); err != nil {
		b.log.Warn("the slash commands of the new corpus are not registered; the next change of corpus tries again", "err", err)
	}
}

// commandsRegistered reports whether Discord has t's commands, or
// registration is not this bot's to do (no application is known).
func (b *Bot) commandsRegistered(t *commandTable) bool {
	b.regMu.Lock()
	defer b.regMu.Unlock()
	return b.registeredLocked(t)
}

// registeredLocked is commandsRegistered with b.regMu held.
func (b *Bot) registeredLocked(t *commandTable) bool {
	return b.regApp == "" || b.regTable != nil && b.regTable.same(t)
}

// registerLocked bulk-overwrites the bot's commands with those of t, in
// every scope it uses (see scopes): one call per scope, so commands
// removed from the table disappear from Discord too. Every scope is
// tried; the first failure is returned. b.regMu is held.
func (b *Bot) registerLocked(t *commandTable) error {
	for _, d := range t.defs() {
		if err := checkCommand(d); err != nil {
			return fmt.Errorf("bot: %w", err)
		}
	}
	var first error
	for _, sc := range b.scopes(t) {
		if err := b.registerScope(b.regApp, sc); err != nil && first == nil {
			first = err
		}
	}
	if first == nil {
		b.regTable = t
	}
	return first
}

// commandScope is where a set of commands is registered: a server, or
// everywhere ("" guild).
type commandScope struct {
	guild string
	defs  []*discordgo.ApplicationCommand
}

// scopes decides where each command is registered: everything but the
// admin-only commands in GuildID (or globally without it), and the
// admin-only ones (/reindex) in each admin server only.
func (b *Bot) scopes(t *commandTable) []commandScope {
	main := commandScope{guild: b.cfg.GuildID}
	var admin []*discordgo.ApplicationCommand
	for _, name := range t.order {
		if t.byName[name].adminOnly {
			admin = append(admin, t.byName[name].def)
		} else {
			main.defs = append(main.defs, t.byName[name].def)
		}
	}
	out := []commandScope{main}
	for _, g := range b.cfg.AdminGuilds {
		if g == main.guild {
			out[0].defs = append(out[0].defs, admin...)
		} else {
			out = append(out, commandScope{guild: g, defs: admin})
		}
	}
	return out
}

// isAdminGuild reports whether moderators of a server may change the
// story.
func (b *Bot) isAdminGuild(guild string) bool {
	return guild != "" && slices.Contains(b.cfg.AdminGuilds, guild)
}

func (b *Bot) registerScope(appID string, sc commandScope) error {
	payload, err := commandsPayload(sc.defs)
	if err != nil {
		return fmt.Errorf("bot: %w", err)
	}
	endpoint, scope := discordgo.EndpointApplicationGlobalCommands(appID), "global"
	if sc.guild != "" {
		endpoint, scope = discordgo.EndpointApplicationGuildCommands(appID, sc.guild), "guild "+sc.guild
	}
	if _, err = b.s.RequestWithBucketID("PUT", endpoint, payload, endpoint); err != nil {
		b.log.Error("registering commands failed", "scope", scope, "err", err)
		return fmt.Errorf("bot: register commands (%s): %w", scope, err)
	}
	b.log.Info("registered commands", "scope", scope, "count", len(sc.defs))
	return nil
}

// commandsPayload is the bulk-overwrite body for command definitions.
// discordgo writes default_member_permissions as a string; Discord's
// OpenAPI description has it as an integer, which Discord accepts too, so
// it is sent as one.
func commandsPayload(defs []*discordgo.ApplicationCommand) ([]map[string]any, error) {
	out := make([]map[string]any, 0, len(defs))
	for _, d := range defs {
		b, err := json.Marshal(d)
		if err != nil {
			return nil, err
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, err
		}
		if p, ok := m["default_member_permissions"].(string); ok {
			n, err := strconv.ParseInt(p, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("command %s: permissions %q", d.Name, p)
			}
			m["default_member_permissions"] = n
		}
		out = append(out, m)
	}
	return out, nil
}

func (b *Bot) ids() (user, app string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.userID, b.appID
}
