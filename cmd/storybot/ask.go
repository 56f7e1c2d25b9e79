package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"storybot/corpus"
	"storybot/index"
)

const askUsage = `usage: storybot ask [--json] [--explain] [--limit N] [--corpus DIR] QUESTION...

Answers a question about the story: a short answer when the question allows
one, then the best snippets with their sources. With --json, prints one JSON
object; with QUESTION "-", reads one question per line from standard input
and prints one JSON object (or one answer) per line. --explain first shows
how the question was read (its kind, the words and names found and their
weights) and how the candidates were ranked; with --json it is the object's
"explain" field, an object.`

func lookupUsage(cmd string) string {
	return fmt.Sprintf(`usage: storybot %s [--json] [--limit N] [--corpus DIR] NAME

Shows the fact-sheet entry for NAME (a name, an alias, or a near spelling),
then what the article says about it.`, cmd)
}

// queryFlags are the flags shared by ask, who and the lookups a story
// declares.
type queryFlags struct {
	json    bool
	limit   int
	corpus  string
	explain bool
}

func (m *Main) parseQueryFlags(name, usage string, args []string) (queryFlags, []string, int) {
	var f queryFlags
	fs := m.flags(name, usage)
	fs.IntVar(&f.limit, "limit", index.DefaultLimit, fmt.Sprintf("show `N` snippets (1–%d)", index.MaxLimit))
	fs.StringVar(&f.corpus, "corpus", "", "read the story from `DIR` (default $STORYBOT_CORPUS, else the built-in story)")
	what := "a NAME"
	if name == "ask" {
		fs.BoolVar(&f.explain, "explain", false, "show how the question was read and ranked")
		what = "a QUESTION (or - to read questions from standard input)"
	}
	pos, code := fs.parse(args, argRule{1, -1, what})
	if code >= 0 {
		return f, nil, code
	}
	f.json = fs.json
	if f.limit < 1 || f.limit > index.MaxLimit {
		return f, nil, fs.fail("--limit must be between 1 and %d", index.MaxLimit)
	}
	if f.explain && len(pos) == 1 && pos[0] == "-" {
		return f, nil, fs.fail("--explain explains one question, not questions from standard input")
	}
	if f.corpus == "" {
		f.corpus = m.Getenv("STORYBOT_CORPUS")
	}
	return f, pos, -1
}

// loadEngine builds the engine from a corpus directory, or from the
// embedded corpus when dir is empty. index.Build stops when ctx ends.
func loadEngine(ctx context.Context, dir string) (*index.Engine, error) {
	c, err := loadCorpus(dir)
	if err != nil {
		return nil, err
	}
	return index.Build(ctx, c)
}

// errNoDir is a corpus directory that does not exist.
var errNoDir = errors.New("no such directory")

// loadCorpus loads a corpus directory, or the built-in story when dir is
// empty. A directory that is not there is one line; a broken corpus lists
// its problems, each naming file and line, under the directory's name.
func loadCorpus(dir string) (*corpus.Corpus, error) {
	_, c, err := readCorpus(dir)
	return c, err
}

// checkCorpusDir reports, in one line, a corpus directory that is not
// there or not a directory; "" (the built-in story) is always there.
func checkCorpusDir(dir string) error {
	if dir == "" {
		return nil
	}
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("corpus %s: %w", dir, errNoDir)
	case err != nil:
		return fmt.Errorf("corpus %s: %w", dir, err)
	case !st.IsDir():
		return fmt.Errorf("corpus %s: not a directory", dir)
	}
	return nil
}

func corpusName(dir string) string {
	if dir == "" {
		return "(built in)"
	}
	return dir
}

func (m *Main) runAsk(ctx context.Context, args []string) int {
	return m.runQuery(ctx, "ask", askUsage, args, nil, func(e *index.Engine, q string, o index.Options) (*index.Answer, error) {
		return e.Ask(ctx, q, o)
	})
}

func (m *Main) runWho(ctx context.Context, args []string) int {
	return m.runLookup(ctx, "who", corpus.WhoKinds(), args, nil)
}

// loadedCorpus is a corpus a command already loaded, and the directory
// it came from ("" for the built-in story).
type loadedCorpus struct {
	dir string
	c   *corpus.Corpus
}

// runLookup is a lookup command; pre, when not nil, is the corpus already
// loaded to find the command.
func (m *Main) runLookup(ctx context.Context, name string, kinds []corpus.Kind, args []string, pre *loadedCorpus) int {
	return m.runQuery(ctx, name, lookupUsage(name), args, pre, func(e *index.Engine, q string, o index.Options) (*index.Answer, error) {
		return e.Lookup(ctx, q, kinds, o)
	})
}

// runQuery is ask, who and the lookups a story declares: flags, the
// engine, then one answer or, for "-", one per line of standard input.
// The engine is built from pre when the flags name pre's directory,
// without loading the corpus again (a declared lookup loads it to find
// the command).
func (m *Main) runQuery(ctx context.Context, name, usage string, args []string, pre *loadedCorpus, answer func(*index.Engine, string, index.Options) (*index.Answer, error)) int {
	f, pos, code := m.parseQueryFlags(name, usage, args)
	if code >= 0 {
		return code
	}
	var eng *index.Engine
	var err error
	if pre != nil && pre.dir == f.corpus {
		eng, err = index.Build(ctx, pre.c)
	} else {
		eng, err = loadEngine(ctx, f.corpus)
	}
	if err != nil {
		return m.fail(err)
	}
	defer eng.Close()
	one := func(q string) (*index.Answer, error) { return answer(eng, q, index.Options{Limit: f.limit}) }
	if len(pos) == 1 && pos[0] == "-" {
		return m.batch(ctx, one, f.json)
	}
	q := strings.Join(pos, " ")
	if !f.explain {
		return m.answerOne(one, q, f.json, nil)
	}
	why, err := eng.Explain(ctx, q, 10)
	if err != nil {
		if isQuestionError(err) {
			return m.usageError("%v", err)
		}
		return m.fail(err)
	}
	return m.answerOne(one, q, f.json, why)
}

// answerOne answers one question. A question the engine refuses (empty,
// too long) is a usage error.
// With an explanation (ask --explain), the text output starts with it and
// the JSON object has it as "explain".
func (m *Main) answerOne(answer func(string) (*index.Answer, error), q string, asJSON bool, explain *index.Explanation) int {
	a, err := answer(q)
	if err != nil {
		if isQuestionError(err) {
			return m.usageError("%v", err)
		}
		return m.fail(err)
	}
	if asJSON && explain != nil {
		return m.writeJSON(struct {
			*index.Answer
			Explain *index.Explanation `json:"explain"`
		}{a, explain})
	}
	if asJSON {
		return m.writeJSON(a)
	}
	if explain != nil {
		fmt.Fprintf(m.Stdout, "How the question was read and ranked:\n%s\n", explain)
	}
	printAnswer(m.Stdout, a, m.style())
	return exitOK
}

// batch answers one question per line of standard input. A line the
// engine refuses gets a JSON object with an "error" field (or an error
// line), so output lines stay in step with input lines. It stops when ctx
// ends, even while waiting for a line.
func (m *Main) batch(ctx context.Context, answer func(string) (*index.Answer, error), asJSON bool) int {
	lines, readErr := readLines(ctx, m.Stdin)
	st := m.style()
	for {
		var line string
		var ok bool
		select {
		case <-ctx.Done():
			return m.fail(ctx.Err())
		case line, ok = <-lines:
		}
		if !ok {
			break
		}
		if code := m.batchLine(answer, line, asJSON, st); code != exitOK {
			return code
		}
	}
	if err := <-readErr; err != nil {
		return m.fail(fmt.Errorf("reading questions: %w", err))
	}
	return exitOK
}

// batchLine answers one line of batch input.
func (m *Main) batchLine(answer func(string) (*index.Answer, error), line string, asJSON bool, st style) int {
	a, err := answer(line)
	switch {
	case err != nil && !isQuestionError(err):
		return m.fail(err)
	case err != nil && asJSON:
		return m.writeJSON(struct {
			Query string `json:"query"`
			Error string `json:"error"`
		}{line, err.Error()})
	case err != nil:
		fmt.Fprintf(m.Stdout, "Q: %s\nError: %v\n\n", line, err)
	case asJSON:
		return m.writeJSON(a)
	default:
		printAnswer(m.Stdout, a, st)
		fmt.Fprintln(m.Stdout)
	}
	return exitOK
}

// readLines reads r line by line in its own goroutine, so a caller can
// stop waiting when ctx ends; a read blocked on a terminal or a pipe
// cannot be interrupted, and the process's exit ends it. The error channel
// gets the read's outcome once lines is closed.
func readLines(ctx context.Context, r io.Reader) (<-chan string, <-chan error) {
	lines, errc := make(chan string), make(chan error, 1)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				errc <- ctx.Err()
				return
			}
		}
		errc <- sc.Err()
	}()
	return lines, errc
}

func isQuestionError(err error) bool {
	return errors.Is(err, index.ErrEmptyQuestion) || errors.Is(err, index.ErrQuestionTooLong)
}

func (m *Main) writeJSON(v any) int {
	b, err := json.Marshal(v)
	if err != nil {
		return m.fail(err)
	}
	b = append(b, '\n')
	if _, err := m.Stdout.Write(b); err != nil {
		return m.fail(err)
	}
	return exitOK
}
