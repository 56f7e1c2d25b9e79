package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
)

// Error is one problem found in a corpus file.
type Error struct {
	File string
	// Line is 1-based; 0 means the problem concerns the whole file.
	Line int
	Msg  string
}

// Error formats the problem as "file:line: message".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// maxReported caps how many problems one load reports; past a handful the
// first ones are what a moderator needs to fix.
const maxReported = 20

// ValidationError lists every problem that stopped a corpus from loading.
type ValidationError struct {
	Problems []*Error
	// Omitted counts problems left out of Problems.
	Omitted int
}

// Error lists the problems, one per line.
func (v *ValidationError) Error() string {
	var b strings.Builder
	for i, p := range v.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Error())
	}
	if v.Omitted > 0 {
		fmt.Fprintf(&b, "\n(and %d more problems)", v.Omitted)
	}
	return b.String()
}

// Load reads a corpus directory: an article (article.md, or article.txt for
// plain text) and an optional fact sheet (facts.yaml). It returns either a
// fully validated corpus or a *ValidationError naming every problem by file
// and line; it never returns a partly loaded corpus. The cost limits
// (MaxWords and the others) are checked before the article's paragraphs and
// the fact sheet's entries are built.
func Load(fsys fs.FS) (*Corpus, error) {
	var problems []*Error
	add := func(errs ...error) {
		for _, err := range errs {
			var e *Error
			if errors.As(err, &e) {
				problems = append(problems, e)
			} else {
				problems = append(problems, &Error{File: "corpus", Msg: err.Error()})
			}
		}
	}

	c := &Corpus{}
	add(loadArticle(fsys, c)...)
	var facts []byte // no fact sheet reads as an empty one
	var err error
	if _, statErr := fs.Stat(fsys, FactsFile); !errors.Is(statErr, fs.ErrNotExist) {
		facts, err = readFile(fsys, FactsFile)
	}
	if err != nil {
		add(err)
	} else {
		add(parseFacts(FactsFile, facts, c)...)
	}
	if len(problems) > 0 {
		return nil, validationError(problems)
	}
	c.Title = storyTitle(c)
	return c, nil
}

// loadArticle reads, checks the cost of, and parses the article into c.
func loadArticle(fsys fs.FS, c *Corpus) []error {
	name, markdown, err := articleFileName(fsys)
	if err != nil {
		return []error{err}
	}
	data, err := readFile(fsys, name)
	if err != nil {
		return []error{err}
	}
	a, errs := readArticle(name, data, markdown)
	c.Article = a
	return errs
}

// readArticle checks an article's text and cost and parses it: what Load
// and Draft both do with an article, so Draft refuses what Load refuses.
// The cost of the raw text is checked before the parse, and the parse's
// exact counts after it.
func readArticle(name string, data []byte, markdown bool) (Article, []error) {
	if err := CheckText(name, data); err != nil {
		return Article{}, []error{err}
	}
	if err := checkArticleCost(name, data); err != nil {
		return Article{}, []error{err}
	}
	a, errs := parseArticle(name, data, markdown)
	if len(errs) == 0 {
		errs = checkParsedCost(name, a)
	}
	return a, errs
}

func validationError(problems []*Error) *ValidationError {
	sort.SliceStable(problems, func(i, j int) bool {
		if problems[i].File != problems[j].File {
			return problems[i].File < problems[j].File
		}
		return problems[i].Line < problems[j].Line
	})
	v := &ValidationError{Problems: problems}
	if len(problems) > maxReported {
		v.Problems, v.Omitted = problems[:maxReported], len(problems)-maxReported
	}
	return v
}

// maxTitleRunes clips a title taken from the article's first line.
const maxTitleRunes = 100

// storyTitle is the fact sheet's title, else the article's "# " title,
// else its first line, clipped; never empty.
func storyTitle(c *Corpus) string {
	if t := strings.TrimSpace(c.Title); t != "" {
		return t
	}
	for _, t := range []string{c.Article.Title, c.Article.first} {
		if t = strings.TrimSpace(t); t != "" {
			return clip(t, maxTitleRunes)
		}
	}
	return "Untitled story"
}

// clip shortens s to at most n runes, ending it with "…" when cut. It
// reads s only as far as the cut: a name's first mention may be a whole
// paragraph of names, and each of them is clipped.
func clip(s string, n int) string {
	count, cut := 0, len(s)
	for i := range s {
		if count == n-1 {
			cut = i
		}
		if count == n {
			return strings.TrimSpace(s[:cut]) + "…"
		}
		count++
	}
	return s
}

// articleFileName picks the article file: article.md, or else article.txt.
// Having both is an error, because an edit to one would silently be ignored.
func articleFileName(fsys fs.FS) (name string, markdown bool, err error) {
	_, mdErr := fs.Stat(fsys, ArticleFile)
	_, txtErr := fs.Stat(fsys, ArticleTextFile)
	switch {
	case mdErr == nil && txtErr == nil:
		return "", false, &Error{File: ArticleFile, Msg: "both article.md and article.txt exist; keep one"}
	case mdErr == nil:
		return ArticleFile, true, nil
	case txtErr == nil:
		return ArticleTextFile, false, nil
	default:
		return "", false, &Error{File: ArticleFile, Msg: "missing: a corpus needs article.md (or article.txt)"}
	}
}

// Files returns the names of a corpus's files, those Load reads.
func Files() []string { return []string{ArticleFile, ArticleTextFile, FactsFile} }

// ReadFiles reads the corpus files an fsys holds into memory, as a version
// of the corpus holds them, each up to one byte over MaxFileSize: enough
// for Load to refuse it as too large, without reading a huge file whole
// first. A missing file is left out.
func ReadFiles(fsys fs.FS) (map[string][]byte, error) {
	files := map[string][]byte{}
	for _, name := range Files() {
		data, err := readCapped(fsys, name)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue
		case err != nil:
			return nil, err
		}
		files[name] = data
	}
	return files, nil
}

// readCapped reads a file up to one byte over MaxFileSize.
func readCapped(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, MaxFileSize+1))
}

// readFile reads a corpus file, refusing anything larger than MaxFileSize.
func readFile(fsys fs.FS, name string) ([]byte, error) {
	data, err := readCapped(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &Error{File: name, Msg: "missing"}
	}
	if err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	if len(data) > MaxFileSize {
		return nil, &Error{File: name, Msg: fmt.Sprintf("larger than %d bytes", MaxFileSize)}
	}
	return data, nil
}

// Cost limits of a corpus. MaxFileSize bounds bytes, but what a corpus costs
// to index grows with its paragraphs, sentences and entries, and a 1 MiB
// file of tiny paragraphs costs far more than a 1 MiB article. These bound
// that cost; each leaves room for a long real article: a 20,000-word
// article made of real news paragraphs has about 550 paragraphs and 1,300
// sentences (TestLongRealArticleLoads). Measured on 2 shared cores, the
// costliest corpus within every limit loads in about 40 ms
// (BenchmarkLoadWorstCase) and indexes in 0.5-0.8 s with a 63 MB heap;
// the 1 MiB tiny-paragraph upload is refused in about 3 ms.
const (
	// MaxWords bounds the words of the article.
	MaxWords = 40_000
	// MaxParagraphs bounds the article's paragraphs, lists included.
	MaxParagraphs = 2_000
	// MaxSentences bounds the sentences of the article, list items included.
	MaxSentences = 4_000
	// MaxListItems bounds the items of all the article's lists together.
	MaxListItems = 2_000
	// MaxEntries bounds the fact sheet's entries.
	MaxEntries = 500
	// MaxAttributes bounds the attributes of all entries together.
	MaxAttributes = 5_000
)

// limitError says which limit a corpus file exceeds and by how much.
func limitError(name, what string, count, limit int) error {
	return &Error{File: name, Msg: fmt.Sprintf("has %d %s; the limit is %d (split the story or shorten it)", count, what, limit)}
}

// checkArticleCost counts words and paragraphs (blocks between blank
// lines, an upper bound) in one pass over the raw text, so a costly article
// is refused before anything is built from it.
func checkArticleCost(name string, data []byte) error {
	words, blocks := 0, 0
	inWord, inBlock, lineHasText := false, false, false
	for i, c := range data {
		if c == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			continue // CRLF ends one line, at the LF
		}
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
		if !space && !inWord {
			words++
		}
		inWord = !space
		switch {
		case c == '\n' || c == '\r':
			inBlock = inBlock && lineHasText
			lineHasText = false
		case !space:
			lineHasText = true
			if !inBlock {
				inBlock = true
				blocks++
			}
		}
	}
	switch {
	case words > MaxWords:
		return limitError(name, "words", words, MaxWords)
	case blocks > MaxParagraphs:
		return limitError(name, "paragraphs", blocks, MaxParagraphs)
	}
	return nil
}

// checkParsedCost checks the limits only a parse can count exactly.
func checkParsedCost(name string, a Article) []error {
	sentences, items := 0, 0
	for _, p := range a.Paragraphs {
		sentences += len(p.Sentences)
		if p.List {
			items += len(p.Sentences)
		}
	}
	var errs []error
	if len(a.Paragraphs) > MaxParagraphs {
		errs = append(errs, limitError(name, "paragraphs", len(a.Paragraphs), MaxParagraphs))
	}
	if sentences > MaxSentences {
		errs = append(errs, limitError(name, "sentences", sentences, MaxSentences))
	}
	if items > MaxListItems {
		errs = append(errs, limitError(name, "list items", items, MaxListItems))
	}
	return errs
}
