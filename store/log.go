package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// MaxText bounds the stored question and top result, in runes, so a huge
// question cannot bloat the log.
const MaxText = 500

// Question is one question asked and what the bot answered.
type Question struct {
	Time    time.Time
	Command string // the slash command, or "mention"
	// GuildID is the server asked in; "" for a direct message.
	GuildID string
	// AskerHash is Pseudonym(user id), never the id itself.
	AskerHash string
	// Text is the question, with Discord mentions already replaced.
	Text  string
	Found bool   // whether the story answered it
	Top   string // the top result shown, "" when none
	// MessageID is the answer's message, when known, so a vote on that
	// message finds its question; "" when not known.
	MessageID string
}

// Vote is one click on an answer's 👍 or 👎.
type Vote struct {
	MessageID string
	VoterHash string // Pseudonym(user id)
	Up        bool
	Time      time.Time
	// GuildID, Command, Question and Top describe the answer voted on.
	// When a question was recorded with MessageID they are taken from it
	// and these are ignored; otherwise (an answer from before the store)
	// these are kept as given.
	GuildID  string
	Command  string
	Question string
	Top      string
}

// VoteChange says what a vote did.
type VoteChange int

// The outcomes of Store.Vote.
const (
	VoteNew     VoteChange = iota // the voter's first vote on this answer
	VoteSame                      // the same vote again: nothing changed
	VoteChanged                   // the voter changed 👍 to 👎 or back
	VoteQueued                    // the database is unreachable; kept in Buffered's queue
)

const (
	insertQuestionSQL = `INSERT INTO questions (at, command, guild_id, asker, text, norm, found, top, message_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`
	selectQuestionByMessageSQL = `SELECT at, command, guild_id, asker, text, found, top FROM questions
WHERE message_id = $1 ORDER BY id DESC LIMIT 1`
	// A vote is written in two statements, each atomic, so whether it
	// was new, changed or the same is told by the rows each touched, not
	// by a read before the write that a second click could overtake.
	insertVoteSQL = `INSERT INTO votes (message_id, voter, up, at, guild_id, command, question, top)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (message_id, voter) DO NOTHING`
	changeVoteSQL = `UPDATE votes SET up = $3, at = $4 WHERE message_id = $1 AND voter = $2 AND up <> $3`
	upsertVoteSQL = `INSERT INTO votes (message_id, voter, up, at, guild_id, command, question, top)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (message_id, voter) DO UPDATE SET up = excluded.up, at = excluded.at`
)

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("store: not found")

// RecordQuestion appends a question to the log. Text and Top are cut to
// MaxText runes.
func (s *Store) RecordQuestion(ctx context.Context, q Question) error {
	q.Text, q.Top = clip(q.Text, MaxText), clip(q.Top, MaxText)
	_, err := s.db.ExecContext(ctx, insertQuestionSQL, millis(q.Time), q.Command, q.GuildID,
		q.AskerHash, q.Text, Normalise(q.Text), q.Found, q.Top, nullable(q.MessageID))
	if err != nil {
		return fmt.Errorf("store: recording a question: %w", err)
	}
	return nil
}

// QuestionByMessage returns the question answered by a message, or
// ErrNotFound.
func (s *Store) QuestionByMessage(ctx context.Context, messageID string) (Question, error) {
	q := Question{MessageID: messageID}
	var at int64
	err := s.db.QueryRowContext(ctx, selectQuestionByMessageSQL, messageID).
		Scan(&at, &q.Command, &q.GuildID, &q.AskerHash, &q.Text, &q.Found, &q.Top)
	if errors.Is(err, sql.ErrNoRows) {
		return Question{}, ErrNotFound
	}
	if err != nil {
		return Question{}, fmt.Errorf("store: %w", err)
	}
	q.Time = fromMillis(at)
	return q, nil
}

// Vote records a vote: one per voter per answer, a second click replacing
// the first. It reports whether the vote was new, the same again or a
// change. The answer's guild, command, question and top result come from
// the question recorded for v.MessageID when there is one.
func (s *Store) Vote(ctx context.Context, v Vote) (VoteChange, error) {
	if q, err := s.QuestionByMessage(ctx, v.MessageID); err == nil {
		v.GuildID, v.Command, v.Question, v.Top = q.GuildID, q.Command, q.Text, q.Top
	} else if !errors.Is(err, ErrNotFound) {
		return VoteNew, err
	}
	res, err := s.db.ExecContext(ctx, insertVoteSQL, v.MessageID, v.VoterHash, v.Up, millis(v.Time),
		v.GuildID, v.Command, clip(v.Question, MaxText), clip(v.Top, MaxText))
	if err != nil {
		return VoteNew, wrapVote(err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 1 {
		return VoteNew, wrapVote(err)
	}
	res, err = s.db.ExecContext(ctx, changeVoteSQL, v.MessageID, v.VoterHash, v.Up, millis(v.Time))
	if err != nil {
		return VoteNew, wrapVote(err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 1 {
		return VoteChanged, wrapVote(err)
	}
	return VoteSame, nil
}

// wrapVote says that recording a vote failed, or is nil for nil.
func wrapVote(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("store: recording a vote: %w", err)
}

// Normalise folds questions that differ only in case, spacing or final
// punctuation, so stats count them as one.
func Normalise(q string) string {
	return strings.TrimRight(strings.Join(strings.Fields(strings.ToLower(q)), " "), "?!. ")
}

// nullable stores "" as NULL, so empty message ids are not indexed as one.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
