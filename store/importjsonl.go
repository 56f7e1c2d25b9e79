package store

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// The files of a JSON-lines journal (the log before the store).
const (
	JournalQuestions = "questions.jsonl"
	JournalVotes     = "votes.jsonl"
)

// MaxLine is the longest journal line imported; longer ones are skipped.
const MaxLine = 1 << 20

// importMarker is the store_meta key recording that a journal was
// imported, so it never is twice.
const importMarker = "journal_imported"

// ImportResult says what ImportJSONL did.
type ImportResult struct {
	// Already is true when a journal had been imported before; nothing
	// was read.
	Already bool
	// Questions and Votes count the records imported.
	Questions, Votes int
	// Skipped counts lines that were torn, unreadable or over MaxLine.
	Skipped int
}

// journalQuestion and journalVote are the journal's line formats.
type journalQuestion struct {
	Time     time.Time `json:"time"`
	Command  string    `json:"command"`
	Guild    string    `json:"guild"`
	Question string    `json:"question"`
	Found    bool      `json:"found"`
	Top      string    `json:"top"`
	Asker    string    `json:"asker"`
}

type journalVote struct {
	Time     time.Time `json:"time"`
	Message  string    `json:"message"`
	Command  string    `json:"command"`
	Guild    string    `json:"guild"`
	Question string    `json:"question"`
	Top      string    `json:"top"`
	Up       bool      `json:"up"`
	Voter    string    `json:"voter"`
}

// ImportJSONL imports the journal in dir (questions.jsonl and votes.jsonl)
// once: the first call records a marker in the same transaction as the
// records, and every later call, from any process, returns Already. A
// directory without the files imports nothing but still sets the marker.
// The files are left as they are. The journal's askers and voters keep the
// journal's pseudonyms, which differ from the store's.
func (s *Store) ImportJSONL(ctx context.Context, dir string) (ImportResult, error) {
	var res ImportResult
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("store: import: %w", err)
	}
	defer tx.Rollback()
	mark, err := tx.ExecContext(ctx, insertMetaSQL, importMarker, dir+" at "+time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return res, fmt.Errorf("store: import: %w", err)
	}
	if n, err := mark.RowsAffected(); err != nil || n == 0 {
		return ImportResult{Already: true}, err
	}
	if err := importQuestions(ctx, tx, filepath.Join(dir, JournalQuestions), &res); err != nil {
		return ImportResult{}, err
	}
	if err := importVotes(ctx, tx, filepath.Join(dir, JournalVotes), &res); err != nil {
		return ImportResult{}, err
	}
	if err := tx.Commit(); err != nil {
		return ImportResult{}, fmt.Errorf("store: import: %w", err)
	}
	return res, nil
}

func importQuestions(ctx context.Context, tx *sql.Tx, path string, res *ImportResult) error {
	return eachLine(path, res, func(line []byte) error {
		var q journalQuestion
		if json.Unmarshal(line, &q) != nil {
			res.Skipped++
			return nil
		}
		text, top := clip(q.Question, MaxText), clip(q.Top, MaxText)
		if _, err := tx.ExecContext(ctx, insertQuestionSQL, millis(q.Time), q.Command, q.Guild,
			q.Asker, text, Normalise(text), q.Found, top, nil); err != nil {
			return fmt.Errorf("store: import: %w", err)
		}
		res.Questions++
		return nil
	})
}

// importVotes replays the votes in file order, so a later click replaces
// an earlier one as it did in the journal.
func importVotes(ctx context.Context, tx *sql.Tx, path string, res *ImportResult) error {
	return eachLine(path, res, func(line []byte) error {
		var v journalVote
		if json.Unmarshal(line, &v) != nil || v.Message == "" {
			res.Skipped++
			return nil
		}
		if _, err := tx.ExecContext(ctx, upsertVoteSQL, v.Message, v.Voter, v.Up, millis(v.Time),
			v.Guild, v.Command, clip(v.Question, MaxText), clip(v.Top, MaxText)); err != nil {
			return fmt.Errorf("store: import: %w", err)
		}
		res.Votes++
		return nil
	})
}

// eachLine calls fn with each line of a file that is not blank and not
// over MaxLine; longer lines are skipped and counted. A missing file has
// no lines.
func eachLine(path string, res *ImportResult, fn func([]byte) error) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("store: import: %w", err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 64*1024)
	for {
		line, tooLong, err := readLine(r)
		if tooLong {
			res.Skipped++
		} else if len(line) > 0 {
			if ferr := fn(line); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("store: import %s: %w", filepath.Base(path), err)
		}
	}
}

// readLine reads one line, without its newline. A line longer than
// MaxLine is read to its end and dropped: tooLong is set and line is nil.
func readLine(r *bufio.Reader) (line []byte, tooLong bool, err error) {
	for {
		chunk, isPrefix, rerr := r.ReadLine()
		if !tooLong {
			line = append(line, chunk...)
			if len(line) > MaxLine {
				tooLong, line = true, nil
			}
		}
		if rerr != nil || !isPrefix {
			return line, tooLong, rerr
		}
	}
}
