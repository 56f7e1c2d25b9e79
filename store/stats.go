package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
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
	// Askers counts distinct people; in Unanswered only (0 in MostAsked,
	// where counting them would cost a sort of the whole week).
	Askers int
	Last   time.Time // when it was last asked
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
	mostAskedSQL = `SELECT norm, COUNT(*), MAX(at) FROM questions WHERE at > $1 AND {scope}
GROUP BY norm ORDER BY COUNT(*) DESC, norm LIMIT 10`
	// {list} is a list of $N placeholders.
	missedTallySQL = `SELECT norm, COUNT(*), COUNT(DISTINCT asker), MAX(at) FROM questions
WHERE norm IN ({list}) AND NOT found AND {scope} GROUP BY norm`
	lastTextSQL         = `SELECT norm, at, text FROM questions WHERE at IN ({list}) AND {scope}`
	recentUnansweredSQL = `SELECT norm FROM questions WHERE NOT found AND {scope}
ORDER BY at DESC LIMIT 2000`
	unansweredTextsSQL = `SELECT norm, text FROM questions WHERE NOT found ORDER BY at DESC LIMIT $1`
	downvotedSQL       = `SELECT at, message_id, command, question, top FROM votes
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
	err := s.counts(ctx, sc, &st, week, day)
	if err == nil {
		st.MostAsked, err = s.mostAsked(ctx, sc, week)
	}
	if err == nil {
		st.Unanswered, err = s.unanswered(ctx, sc)
	}
	if err == nil {
		st.Downvoted, err = s.downvoted(ctx, sc)
	}
	if err != nil {
		return Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	return st, nil
}

// counts fills in the 24-hour and 7-day figures; for all servers they
// are the sums of the per-server breakdown, which is read once.
func (s *Store) counts(ctx context.Context, sc scope, st *Stats, week, day int64) error {
	if !sc.all {
		q, args := sc.query(countsSQL, week, day)
		return s.db.QueryRowContext(ctx, q, args...).Scan(&st.Week, &st.WeekFound, &st.Day, &st.DayFound)
	}
	var err error
	if st.Guilds, err = s.guildBreakdown(ctx, week, day); err != nil {
		return err
	}
	for _, g := range st.Guilds {
		st.Week, st.WeekFound, st.Day, st.DayFound = st.Week+g.Week, st.WeekFound+g.WeekFound, st.Day+g.Day, st.DayFound+g.DayFound
	}
	return nil
}

// mostAsked finds the ten most asked questions since week, with how
// often and when each was last asked, and the text it was last asked in.
func (s *Store) mostAsked(ctx context.Context, sc scope, week int64) ([]Count, error) {
	q, args := sc.query(mostAskedSQL, week)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var norms []string
	byNorm := map[string]*Count{}
	for rows.Next() {
		var norm string
		var last int64
		c := &Count{}
		if err := rows.Scan(&norm, &c.Times, &last); err != nil {
			return nil, err
		}
		c.Last = fromMillis(last)
		norms = append(norms, norm)
		byNorm[norm] = c
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := s.lastTexts(ctx, sc, byNorm); err != nil {
		return nil, err
	}
	return inOrder(norms, byNorm), nil
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
	norms := firstDistinct(recent, func(n string) string { return n }, 10)
	return s.tallyMissed(ctx, sc, norms)
}

// firstDistinct returns, in order, the first item of each of the first
// limit distinct keys.
func firstDistinct[T any](items []T, key func(T) string, limit int) []T {
	seen := map[string]bool{}
	var out []T
	for _, it := range items {
		if len(out) >= limit {
			break
		}
		if k := key(it); !seen[k] {
			seen[k] = true
			out = append(out, it)
		}
	}
	return out
}

// tallyMissed counts how often and by how many people each folded
// question was left unanswered, with the text it was last asked in, in
// the order of norms.
func (s *Store) tallyMissed(ctx context.Context, sc scope, norms []string) ([]Count, error) {
	if len(norms) == 0 {
		return nil, nil
	}
	args := make([]any, len(norms))
	for i, n := range norms {
		args[i] = n
	}
	q, args := sc.query(withList(missedTallySQL, 1, len(norms)), args...)
	byNorm, err := s.tallies(ctx, q, args)
	if err != nil {
		return nil, err
	}
	if err := s.lastTexts(ctx, sc, byNorm); err != nil {
		return nil, err
	}
	return inOrder(norms, byNorm), nil
}

// inOrder lists the counts in the order of norms.
func inOrder(norms []string, byNorm map[string]*Count) []Count {
	out := make([]Count, 0, len(norms))
	for _, n := range norms {
		if c, ok := byNorm[n]; ok {
			out = append(out, *c)
		}
	}
	return out
}

// tallies runs a tally query, keyed by folded question.
func (s *Store) tallies(ctx context.Context, q string, args []any) (map[string]*Count, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]*Count{}
	for rows.Next() {
		var norm string
		var last int64
		c := &Count{}
		if err := rows.Scan(&norm, &c.Times, &c.Askers, &last); err != nil {
			return nil, err
		}
		c.Last = fromMillis(last)
		out[norm] = c
	}
	return out, rows.Err()
}

// lastTexts fills in each count's question as it was last asked: the
// rows at the counts' last times, looked up through the time indexes.
func (s *Store) lastTexts(ctx context.Context, sc scope, byNorm map[string]*Count) error {
	if len(byNorm) == 0 {
		return nil
	}
	var args []any
	for _, c := range byNorm {
		args = append(args, millis(c.Last))
	}
	q, args := sc.query(withList(lastTextSQL, 1, len(byNorm)), args...)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var norm, text string
		var at int64
		if err := rows.Scan(&norm, &at, &text); err != nil {
			return err
		}
		if c, ok := byNorm[norm]; ok && millis(c.Last) == at {
			c.Question = text
		}
	}
	return rows.Err()
}

// withList fills a query's {list} with n placeholders numbered from
// first.
func withList(q string, first, n int) string {
	items := make([]string, n)
	for i := range items {
		items[i] = fmt.Sprintf("$%d", first+i)
	}
	return strings.ReplaceAll(q, "{list}", strings.Join(items, ", "))
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

// UnansweredQuestions returns up to limit distinct questions the story
// did not answer, most recently asked first, from every server: what a
// reindex re-asks to tell moderators how many the new story answers. It
// reads at most 4×limit recent rows, so it stays quick on any log.
func (s *Store) UnansweredQuestions(ctx context.Context, limit int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, unansweredTextsSQL, 4*limit)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	type asked struct{ norm, text string }
	var recent []asked
	for rows.Next() {
		var a asked
		if err := rows.Scan(&a.norm, &a.text); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		recent = append(recent, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	var out []string
	for _, a := range firstDistinct(recent, func(a asked) string { return a.norm }, limit) {
		out = append(out, a.text)
	}
	return out, nil
}
