package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

// StatsQuery says whose statistics to compute.
type StatsQuery struct {
	// GuildID scopes the figures to one server's questions and votes.
	GuildID string
	// AllGuilds takes every server and direct messages, and adds the
	// per-server breakdown; for the operator and admin servers only.
	AllGuilds bool
	// Now is the time the 24-hour and 7-day windows end; zero means now.
	Now time.Time
}

// Count is a question and how often it was asked.
type Count struct {
	Question string // the question as last asked
	Times    int
	Askers   int       // distinct people
	Last     time.Time // when it was last asked
}

// Downvote is an answer whose latest vote from someone is 👎.
type Downvote struct {
	Time      time.Time
	MessageID string
	Command   string
	Question  string
	Top       string // what was shown
}

// GuildStats is one server's share, in the all-servers breakdown.
type GuildStats struct {
	GuildID             string // "" for direct messages
	Day, Week           int
	DayFound, WeekFound int
}

// Stats summarises the log for moderators.
type Stats struct {
	Day, Week           int // questions in the last 24 hours and 7 days
	DayFound, WeekFound int // of which the story answered
	// MostAsked are the ten most asked questions of the last 7 days, most
	// asked first.
	MostAsked []Count
	// Unanswered are the ten most recently asked distinct questions the
	// story did not answer (over the whole log), newest first.
	Unanswered []Count
	// Downvoted are the ten most recent 👎 votes, newest first.
	Downvoted []Downvote
	// Guilds is the per-server breakdown of the last 7 days, busiest
	// first; only with AllGuilds, and only servers with questions.
	Guilds []GuildStats
}

// ErrNoScope is returned by Stats for a query that names no server and
// does not ask for all: direct messages are never shown to a server.
var ErrNoScope = errors.New("store: stats need a server id or AllGuilds")

// Queries behind Stats. {scope} becomes "guild_id = $N" for one server,
// or TRUE for all, so every query can use an index on guild_id.
const (
	countsSQL = `SELECT COUNT(*),
	COALESCE(SUM(CASE WHEN found THEN 1 ELSE 0 END), 0),
	COALESCE(SUM(CASE WHEN at > $2 THEN 1 ELSE 0 END), 0),
	COALESCE(SUM(CASE WHEN found AND at > $2 THEN 1 ELSE 0 END), 0)
FROM questions WHERE at > $1 AND {scope}`
	mostAskedSQL = `SELECT norm FROM questions WHERE at > $1 AND {scope}
GROUP BY norm ORDER BY COUNT(*) DESC, norm LIMIT 10`
	normTallySQL = `SELECT COUNT(*), COUNT(DISTINCT asker), COALESCE(MAX(at), 0) FROM questions
WHERE norm = $1 AND at > $2 AND (found = $3 OR $4) AND {scope}`
	normTextSQL = `SELECT text FROM questions
WHERE norm = $1 AND at > $2 AND (found = $3 OR $4) AND {scope} ORDER BY at DESC LIMIT 1`
	recentUnansweredSQL = `SELECT norm FROM questions WHERE NOT found AND {scope}
ORDER BY at DESC LIMIT 2000`
	downvotedSQL = `SELECT at, message_id, command, question, top FROM votes
WHERE NOT up AND {scope} ORDER BY at DESC LIMIT 10`
	guildBreakdownSQL = `SELECT guild_id, COUNT(*),
	COALESCE(SUM(CASE WHEN found THEN 1 ELSE 0 END), 0),
	COALESCE(SUM(CASE WHEN at > $2 THEN 1 ELSE 0 END), 0),
	COALESCE(SUM(CASE WHEN found AND at > $2 THEN 1 ELSE 0 END), 0)
FROM questions WHERE at > $1 GROUP BY guild_id ORDER BY COUNT(*) DESC, guild_id`
)

// scope fills in a query's {scope} and its argument.
type scope struct {
	all   bool
	guild string
}

func (sc scope) query(q string, args ...any) (string, []any) {
	if sc.all {
		return strings.ReplaceAll(q, "{scope}", "TRUE"), args
	}
	cond := fmt.Sprintf("guild_id = $%d", len(args)+1)
	return strings.ReplaceAll(q, "{scope}", cond), append(args, sc.guild)
}

// Stats computes the figures moderators see, for one server or for all.
// Every query reads an index range, so it stays fast on millions of rows.
func (s *Store) Stats(ctx context.Context, sq StatsQuery) (Stats, error) {
	if sq.GuildID == "" && !sq.AllGuilds {
		return Stats{}, ErrNoScope
	}
	now := sq.Now
	if now.IsZero() {
		now = time.Now()
	}
	sc := scope{all: sq.AllGuilds, guild: sq.GuildID}
	week, day := millis(now.Add(-7*24*time.Hour)), millis(now.Add(-24*time.Hour))
	var st Stats
	q, args := sc.query(countsSQL, week, day)
	err := s.db.QueryRowContext(ctx, q, args...).Scan(&st.Week, &st.WeekFound, &st.Day, &st.DayFound)
	if err == nil {
		st.MostAsked, err = s.mostAsked(ctx, sc, week)
	}
	if err == nil {
		st.Unanswered, err = s.unanswered(ctx, sc)
	}
	if err == nil {
		st.Downvoted, err = s.downvoted(ctx, sc)
	}
	if err == nil && sq.AllGuilds {
		st.Guilds, err = s.guildBreakdown(ctx, week, day)
	}
	if err != nil {
		return Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	return st, nil
}

// mostAsked finds the ten most asked questions since week, then tallies
// each one.
func (s *Store) mostAsked(ctx context.Context, sc scope, week int64) ([]Count, error) {
	q, args := sc.query(mostAskedSQL, week)
	norms, err := queryStrings(ctx, s.db, q, args...)
	if err != nil {
		return nil, err
	}
	return s.tally(ctx, sc, norms, week, false)
}

// unanswered finds the ten distinct questions most recently left
// unanswered, walking the unanswered ones newest first, then tallies each
// over the whole log.
func (s *Store) unanswered(ctx context.Context, sc scope) ([]Count, error) {
	q, args := sc.query(recentUnansweredSQL)
	recent, err := queryStrings(ctx, s.db, q, args...)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var norms []string
	for _, n := range recent {
		if !seen[n] && len(norms) < 10 {
			seen[n] = true
			norms = append(norms, n)
		}
	}
	out, err := s.tally(ctx, sc, norms, 0, true)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Last.After(out[j].Last) })
	return out, err
}

// tally counts each folded question since a time, all of them or the
// unanswered ones only, with the text it was last asked in.
func (s *Store) tally(ctx context.Context, sc scope, norms []string, since int64, onlyUnanswered bool) ([]Count, error) {
	out := make([]Count, 0, len(norms))
	for _, n := range norms {
		var c Count
		var last int64
		q, args := sc.query(normTallySQL, n, since, false, !onlyUnanswered)
		if err := s.db.QueryRowContext(ctx, q, args...).Scan(&c.Times, &c.Askers, &last); err != nil {
			return nil, err
		}
		q, args = sc.query(normTextSQL, n, since, false, !onlyUnanswered)
		if err := s.db.QueryRowContext(ctx, q, args...).Scan(&c.Question); err != nil {
			return nil, err
		}
		c.Last = fromMillis(last)
		out = append(out, c)
	}
	return out, nil
}

func (s *Store) downvoted(ctx context.Context, sc scope) ([]Downvote, error) {
	q, args := sc.query(downvotedSQL)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Downvote
	for rows.Next() {
		var d Downvote
		var at int64
		if err := rows.Scan(&at, &d.MessageID, &d.Command, &d.Question, &d.Top); err != nil {
			return nil, err
		}
		d.Time = fromMillis(at)
		out = append(out, d)
	}
	return out, rows.Err()
}

func (s *Store) guildBreakdown(ctx context.Context, week, day int64) ([]GuildStats, error) {
	rows, err := s.db.QueryContext(ctx, guildBreakdownSQL, week, day)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []GuildStats
	for rows.Next() {
		var g GuildStats
		if err := rows.Scan(&g.GuildID, &g.Week, &g.WeekFound, &g.Day, &g.DayFound); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

// queryStrings runs a query whose rows are one string each.
func queryStrings(ctx context.Context, db *sql.DB, q string, args ...any) ([]string, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
