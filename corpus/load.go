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
// plain text) and a fact sheet (facts.yaml). It returns either a fully
// validated corpus or a *ValidationError naming every problem by file and
// line; it never returns a partly loaded corpus.
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
	articleName, markdown, err := articleFileName(fsys)
	if err != nil {
		add(err)
	} else if data, err := readFile(fsys, articleName); err != nil {
		add(err)
	} else {
		a, errs := parseArticle(articleName, data, markdown)
		add(errs...)
		c.Article = a
	}

	if _, err := fs.Stat(fsys, FactsFile); errors.Is(err, fs.ErrNotExist) {
		// An article alone is a corpus: the fact sheet is optional.
		if c.Title == "" {
			c.Title = c.Article.Title
		}
		c.byID, c.byField = map[string]int{}, map[string]int{}
	} else if data, err := readFile(fsys, FactsFile); err != nil {
		add(err)
	} else {
		add(parseFacts(FactsFile, data, c)...)
	}

	if len(problems) > 0 {
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
		return nil, v
	}
	return c, nil
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

// readFile reads a corpus file, refusing anything larger than MaxFileSize.
func readFile(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &Error{File: name, Msg: "missing"}
		}
		return nil, &Error{File: name, Msg: err.Error()}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	if len(data) > MaxFileSize {
		return nil, &Error{File: name, Msg: fmt.Sprintf("larger than %d bytes", MaxFileSize)}
	}
	return data, nil
}
