package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"storybot/corpus"
	"storybot/index"
)

const initUsage = `usage: storybot init DIR --article FILE [--force]

Starts a corpus in DIR from an article (FILE, or - for standard input;
.md is markdown, anything else plain text). It writes the article, with the
headings it found marked "## ", and a draft facts.yaml listing the names the
article mentions, each with the sentences that mention it, for you to
review. It refuses a DIR that already holds a corpus unless --force is
given; the replaced files are kept as .bak.`

func (m *Main) runInit(ctx context.Context, args []string) int {
	fset := m.flags("init", initUsage)
	articlePath := fset.String("article", "", "the article to start from (.md or .txt; - for standard input)")
	force := fset.Bool("force", false, "replace the corpus already in DIR, keeping .bak copies")
	pos, code := fset.parse(args, argRule{1, 1, "one directory: storybot init DIR --article FILE"})
	if code >= 0 {
		return code
	}
	if *articlePath == "" {
		return m.usageError("init needs the article: storybot init %s --article FILE", pos[0])
	}
	dir := pos[0]
	if name, ok := corpusFileIn(dir); ok && !*force {
		return m.fail(fmt.Errorf("%s already holds a corpus (%s); use --force to replace it (the old files are kept as .bak)", dir, name))
	}
	data, err := m.readArticle(*articlePath)
	if err != nil {
		return m.fail(err)
	}
	article, articleName, facts, err := corpus.Draft(*articlePath, data, corpus.WithNameKey(index.AnalysedName))
	if err != nil {
		return m.fail(fmt.Errorf("%s: %w", *articlePath, err))
	}
	// Validate the corpus as it will be before writing anything, so a
	// failure leaves DIR as it was.
	c, err := corpus.Load(corpus.WithFile(corpus.WithFile(os.DirFS(dir), articleName, article), corpus.FactsFile, facts))
	if err == nil {
		var e *index.Engine
		if e, err = index.Build(ctx, c); err == nil {
			e.Close()
		}
	}
	if ctx.Err() != nil {
		fmt.Fprintln(m.Stderr, "storybot: interrupted; nothing was written")
		return exitInterrupted
	}
	if err != nil {
		return m.fail(fmt.Errorf("the draft for %s does not load, so nothing was written:\n%w", *articlePath, err))
	}
	if err := writeCorpus(dir, articleName, article, facts); err != nil {
		return m.fail(err)
	}
	m.printInitReport(dir, articleName, c)
	return exitOK
}

// corpusFileIn returns the first corpus file found in dir.
func corpusFileIn(dir string) (string, bool) {
	for _, name := range corpus.Files() {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return name, true
		}
	}
	return "", false
}

// readArticle reads the article file, or standard input for "-", refusing
// one larger than a corpus file may be.
func (m *Main) readArticle(path string) ([]byte, error) {
	var r io.Reader = m.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, corpus.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(data) > corpus.MaxFileSize {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, corpus.MaxFileSize)
	}
	return data, nil
}

// writeCorpus creates dir and writes the article and the fact sheet, each
// atomically.
func writeCorpus(dir, articleName string, article, facts []byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if _, err := corpus.WriteFile(dir, articleName, article); err != nil {
		return err
	}
	if _, err := corpus.WriteFile(dir, corpus.FactsFile, facts); err != nil {
		return fmt.Errorf("%w (the article was written; run init again with --force)", err)
	}
	return nil
}

func (m *Main) printInitReport(dir, articleName string, c *corpus.Corpus) {
	w := m.Stdout
	fmt.Fprintf(w, "wrote %s (%d paragraphs, %d headings) and %s: %d names to review\n",
		filepath.Join(dir, articleName), len(c.Article.Paragraphs), len(c.Article.Sections),
		filepath.Join(dir, corpus.FactsFile), len(c.Entries))
	fmt.Fprintln(w, "\nNext:")
	fmt.Fprintf(w, "  1. Review %s: keep the names worth a card, fix each kind and summary\n", filepath.Join(dir, corpus.FactsFile))
	fmt.Fprintln(w, "     (lines marked # REVIEW are guesses), and check the headings in the article.")
	fmt.Fprintf(w, "  2. storybot check --corpus %s\n", shellQuote(dir))
	fmt.Fprintf(w, "  3. storybot ask --corpus %s %s\n", shellQuote(dir), shellQuote(exampleQuestion(c)))
}

// exampleQuestion asks about the story's first person, else its first
// name, so the example fits the story just loaded.
func exampleQuestion(c *corpus.Corpus) string {
	for _, e := range c.Entries {
		if e.Kind == corpus.KindPerson {
			return "Who is " + e.Name + "?"
		}
	}
	if len(c.Entries) > 0 {
		return "What is " + c.Entries[0].Name + "?"
	}
	return "What happened?"
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./", r))
	}) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
