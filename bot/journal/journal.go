// Package journal keeps the bot's small persistent record of what people
// asked and what they thought of the answers, so moderators can see what
// the fact sheet lacks.
//
// It is two append-only JSON-lines files in one directory: questions.jsonl
// (every question: time, command, server, the question, whether the story
// answered it, the top result shown) and votes.jsonl (every 👍/👎: the
// answer's message, the question, the top result). User ids and names are
// never written: to count distinct askers and to let a second click change
// a vote, the journal keeps a keyed hash of the user id (HMAC-SHA-256 with
// a random key made with the journal, cut to 64 bits). Each record is one
// write of one line; a line torn by a crash is skipped when reading.
package journal

import (
	"bufio"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

// File names in a journal directory.
const (
	QuestionsFile = "questions.jsonl"
	VotesFile     = "votes.jsonl"
	keyFile       = "key"
)

// Retention is how long records are kept; older ones are dropped when the
// journal is opened.
const Retention = 30 * 24 * time.Hour

// maxQuestion bounds the texts of a record, so a huge question cannot
// bloat the files.
const maxQuestion = 500

// Question is one question asked.
type Question struct {
	Time     time.Time `json:"time"`
	Command  string    `json:"command"`
	Guild    string    `json:"guild,omitempty"`
	Question string    `json:"question"`
	Found    bool      `json:"found"`
	Top      string    `json:"top,omitempty"`
	Asker    string    `json:"asker"`
	// Message is the key a vote on the answer carries (for the bot, the
	// id of the interaction answered, or of the message replying to a
	// mention), so a vote finds its question; empty when nobody can vote.
	Message string `json:"message,omitempty"`
}

// Vote is one click on an answer's 👍 or 👎.
type Vote struct {
	Time     time.Time `json:"time"`
	Message  string    `json:"message"`
	Command  string    `json:"command,omitempty"`
	Guild    string    `json:"guild,omitempty"`
	Question string    `json:"question"`
	Top      string    `json:"top,omitempty"`
	Up       bool      `json:"up"`
	Voter    string    `json:"voter"`
}

// Journal is an open journal. It is safe for concurrent use.
type Journal struct {
	dir string
	key []byte

	mu        sync.Mutex
	questions *os.File
	votes     *os.File
	// lastVote holds the latest votes, so a repeated click can be told
	// apart from a changed one without reading the file; answered holds
	// the latest questions by Message, so a vote finds its question. Both
	// keep at most remembered records.
	lastVote *recent[bool]
	answered *recent[Question]
}

// remembered bounds the votes and questions a journal keeps in memory.
const remembered = 10_000

// Open opens (creating if needed) the journal in dir, and drops records
// older than Retention.
func Open(dir string) (*Journal, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	key, err := loadKey(filepath.Join(dir, keyFile))
	if err != nil {
		return nil, err
	}
	j := &Journal{dir: dir, key: key, lastVote: newRecent[bool](remembered), answered: newRecent[Question](remembered)}
	now := time.Now()
	if err := compact(filepath.Join(dir, QuestionsFile), func(q Question) bool { return now.Sub(q.Time) < Retention }); err != nil {
		return nil, err
	}
	if err := compact(filepath.Join(dir, VotesFile), func(v Vote) bool { return now.Sub(v.Time) < Retention }); err != nil {
		return nil, err
	}
	if j.questions, err = openAppend(filepath.Join(dir, QuestionsFile)); err != nil {
		return nil, err
	}
	if j.votes, err = openAppend(filepath.Join(dir, VotesFile)); err != nil {
		j.questions.Close()
		return nil, err
	}
	votes, _, err := readAll[Vote](filepath.Join(dir, VotesFile))
	if err != nil {
		j.Close()
		return nil, err
	}
	for _, v := range votes {
		j.lastVote.put(v.Message+"/"+v.Voter, v.Up)
	}
	qs, _, err := readAll[Question](filepath.Join(dir, QuestionsFile))
	if err != nil {
		j.Close()
		return nil, err
	}
	for _, q := range qs {
		if q.Message != "" {
			j.answered.put(q.Message, q)
		}
	}
	return j, nil
}

func openAppend(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	return f, nil
}

// loadKey reads the journal's hashing key, making one if there is none.
func loadKey(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		key, derr := hex.DecodeString(strings.TrimSpace(string(b)))
		if derr != nil || len(key) != 32 {
			return nil, fmt.Errorf("journal: %s is corrupt; delete it to start a new key", path)
		}
		return key, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("journal: %w", err)
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(key)+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	return key, nil
}

// Pseudonym turns a user id into the keyed hash the journal stores.
func (j *Journal) Pseudonym(userID string) string {
	m := hmac.New(sha256.New, j.key)
	m.Write([]byte(userID))
	return hex.EncodeToString(m.Sum(nil)[:8])
}

// Close closes the journal's files.
func (j *Journal) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	var errs []error
	for _, f := range []*os.File{j.questions, j.votes} {
		if f != nil {
			errs = append(errs, f.Sync(), f.Close())
		}
	}
	return errors.Join(errs...)
}

// AddQuestion records a question; userID is stored only as a pseudonym.
func (j *Journal) AddQuestion(q Question, userID string) error {
	q.Asker = j.Pseudonym(userID)
	q.Question = clip(q.Question, maxQuestion)
	q.Top = clip(q.Top, maxQuestion)
	if q.Message != "" {
		j.mu.Lock()
		j.answered.put(q.Message, q)
		j.mu.Unlock()
	}
	return j.append(j.questions, q)
}

// Answered returns the question whose answer votes carry message as their
// key (see Question.Message), if it is among the latest questions the
// journal keeps in memory (those of the file when opened, and those added
// since). A vote on an older answer is recorded without its question;
// looking further would mean reading the file on every click.
func (j *Journal) Answered(message string) (Question, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.answered.get(message)
}

// AddVote records a vote and reports whether it changed anything: false
// when the same user clicked the same button on the same answer before.
func (j *Journal) AddVote(v Vote, userID string) (changed bool, err error) {
	v.Voter = j.Pseudonym(userID)
	v.Question = clip(v.Question, maxQuestion)
	v.Top = clip(v.Top, maxQuestion)
	key := v.Message + "/" + v.Voter
	j.mu.Lock()
	prev, seen := j.lastVote.get(key)
	j.lastVote.put(key, v.Up)
	j.mu.Unlock()
	if seen && prev == v.Up {
		return false, nil
	}
	return true, j.append(j.votes, v)
}

// PreviousVote reports how the user voted on a message before, if they did.
func (j *Journal) PreviousVote(message, userID string) (up, voted bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.lastVote.get(message + "/" + j.Pseudonym(userID))
}

// append writes one record as one line in one write.
func (j *Journal) append(f *os.File, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	j.mu.Lock()
	defer j.mu.Unlock()
	if _, err := f.Write(b); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	return nil
}

// readAll reads a JSON-lines file, skipping lines that do not parse (a
// write torn by a crash); it reports how many it skipped.
func readAll[T any](path string) ([]T, int, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("journal: %w", err)
	}
	defer f.Close()
	var out []T
	bad := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		var v T
		if json.Unmarshal(sc.Bytes(), &v) != nil {
			bad++
			continue
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return out, bad, fmt.Errorf("journal: %s: %w", filepath.Base(path), err)
	}
	return out, bad, nil
}

// compact rewrites a file keeping only the records keep accepts, through a
// temporary file and a rename, when there is anything to drop.
func compact[T any](path string, keep func(T) bool) error {
	all, bad, err := readAll[T](path)
	if err != nil {
		return err
	}
	var kept []T
	for _, v := range all {
		if keep(v) {
			kept = append(kept, v)
		}
	}
	if len(kept) == len(all) && bad == 0 {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	w := bufio.NewWriter(tmp)
	enc := json.NewEncoder(w)
	for _, v := range kept {
		if err = enc.Encode(v); err != nil {
			break
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o600)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("journal: compact %s: %w", filepath.Base(path), err)
	}
	return nil
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Count is a question and how often it was asked.
type Count struct {
	Question string
	Times    int
	// Askers counts distinct people.
	Askers int
}

// Stats summarises a journal for moderators.
type Stats struct {
	Day, Week           int // questions in the last 24 hours and 7 days
	DayFound, WeekFound int // of which the story answered
	// MostAsked are the ten most asked questions of the last 7 days.
	MostAsked []Count
	// Unanswered are the ten most recently asked distinct questions the
	// story did not answer (over the whole retention), newest first, with
	// how often and by how many each was asked.
	Unanswered []Count
	// Downvoted are the ten most recent answers whose latest vote from
	// someone is 👎, newest first.
	Downvoted []Vote
	// Skipped counts unreadable lines.
	Skipped int
}

// ReadStats computes statistics from the journal in dir, without opening
// it for writing, so the command line can read a journal the bot is using.
func ReadStats(dir string, now time.Time) (Stats, error) {
	var st Stats
	qs, bad, err := readAll[Question](filepath.Join(dir, QuestionsFile))
	if err != nil {
		return st, err
	}
	votes, badVotes, err := readAll[Vote](filepath.Join(dir, VotesFile))
	if err != nil {
		return st, err
	}
	st.Skipped = bad + badVotes
	type agg struct {
		text   string // the question as last asked
		times  int
		askers map[string]bool
		last   time.Time
	}
	asked := map[string]*agg{}
	missed := map[string]*agg{}
	add := func(m map[string]*agg, q Question) {
		key := normalise(q.Question)
		a := m[key]
		if a == nil {
			a = &agg{askers: map[string]bool{}}
			m[key] = a
		}
		a.times++
		a.askers[q.Asker] = true
		if !q.Time.Before(a.last) {
			a.last, a.text = q.Time, q.Question
		}
	}
	for _, q := range qs {
		if !q.Found {
			add(missed, q)
		}
		age := now.Sub(q.Time)
		if age >= 7*24*time.Hour {
			continue
		}
		st.Week++
		if q.Found {
			st.WeekFound++
		}
		if age < 24*time.Hour {
			st.Day++
			if q.Found {
				st.DayFound++
			}
		}
		add(asked, q)
	}
	// top lists the ten first by less, ties in the order of the folded
	// question, so the result does not depend on map order.
	top := func(m map[string]*agg, less func(a, b *agg) bool) []Count {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sort.SliceStable(keys, func(i, j int) bool { return less(m[keys[i]], m[keys[j]]) })
		var out []Count
		for _, k := range keys[:min(10, len(keys))] {
			out = append(out, Count{Question: m[k].text, Times: m[k].times, Askers: len(m[k].askers)})
		}
		return out
	}
	st.MostAsked = top(asked, func(a, b *agg) bool { return a.times > b.times })
	st.Unanswered = top(missed, func(a, b *agg) bool { return a.last.After(b.last) })

	latest := map[string]Vote{}
	for _, v := range votes {
		latest[v.Message+"/"+v.Voter] = v
	}
	for _, v := range latest {
		if !v.Up {
			st.Downvoted = append(st.Downvoted, v)
		}
	}
	sort.Slice(st.Downvoted, func(i, j int) bool { return st.Downvoted[i].Time.After(st.Downvoted[j].Time) })
	st.Downvoted = st.Downvoted[:min(10, len(st.Downvoted))]
	return st, nil
}

// UnansweredQuestions returns the distinct questions of the last
// Retention that the story did not answer, for checking them again after a
// reindex.
func UnansweredQuestions(dir string) ([]Question, error) {
	qs, _, err := readAll[Question](filepath.Join(dir, QuestionsFile))
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []Question
	for i := len(qs) - 1; i >= 0; i-- {
		q := qs[i]
		if k := normalise(q.Question); !q.Found && !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
	return out, nil
}

// normalise folds questions that differ only in case, spacing or final
// punctuation.
func normalise(q string) string {
	return strings.TrimRight(strings.Join(strings.Fields(strings.ToLower(q)), " "), "?!. ")
}

// Dir is the journal's directory.
func (j *Journal) Dir() string { return j.dir }

// recent is a map that keeps only its latest size keys, forgetting the
// oldest first. It is not safe for concurrent use.
type recent[V any] struct {
	size  int
	m     map[string]V
	order []string // keys in the order they came, a ring once full
	next  int      // the oldest key's place in order, once full
}

func newRecent[V any](size int) *recent[V] {
	return &recent[V]{size: size, m: map[string]V{}}
}

func (r *recent[V]) get(k string) (V, bool) {
	v, ok := r.m[k]
	return v, ok
}

func (r *recent[V]) put(k string, v V) {
	if _, ok := r.m[k]; !ok {
		if len(r.order) < r.size {
			r.order = append(r.order, k)
		} else {
			delete(r.m, r.order[r.next])
			r.order[r.next] = k
			r.next = (r.next + 1) % r.size
		}
	}
	r.m[k] = v
}

func (r *recent[V]) len() int { return len(r.m) }
