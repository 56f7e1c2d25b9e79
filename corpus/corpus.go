// Package corpus holds what storybot knows: the article the community asks
// about and an optional fact sheet a moderator writes about the people,
// places, organisations, things and events the article names.
//
// A corpus is a directory with the article (article.md, or article.txt) and
// an optional fact sheet (facts.yaml). Load reads and validates one from
// any fs.FS; Default returns the story embedded in the binary, so storybot
// answers with no files around it. Loading is all or nothing: a corpus with
// any problem is rejected with errors that name the file, the line, the
// problem and, where it can, how to fix it. Everything specific to a story
// (its commands, example questions and synonyms) is data in its fact
// sheet, never code here.
package corpus

import (
	"embed"
	"io/fs"
	"os"
	"slices"
	"strings"
)

// File names inside a corpus directory.
const (
	ArticleFile     = "article.md"
	ArticleTextFile = "article.txt"
	FactsFile       = "facts.yaml"
)

// MaxFileSize caps every corpus file. The real files are a few kilobytes; the
// cap keeps a mistaken upload or a runaway file from exhausting memory.
const MaxFileSize = 1 << 20

//go:embed data/article.md data/facts.yaml
var embedded embed.FS

// DefaultFS returns the embedded default corpus as a directory.
func DefaultFS() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		// fs.Sub only fails on an invalid path, and "data" is a constant.
		panic(err)
	}
	return sub
}

// Default loads the embedded default corpus.
func Default() (*Corpus, error) { return Load(DefaultFS()) }

// LoadDir loads the corpus in a directory, or the embedded default when
// dir is empty, as STORYBOT_CORPUS and --corpus mean.
func LoadDir(dir string) (*Corpus, error) {
	if dir == "" {
		return Default()
	}
	return Load(os.DirFS(dir))
}

// Corpus is a validated article plus fact sheet. It is never modified after
// Load returns, so it may be shared between goroutines.
type Corpus struct {
	// Title names the story. It comes from the fact sheet, else the
	// article's "# " title, else the article's first line; it is never
	// empty.
	Title string
	// Article is the user's document split into sections, paragraphs and
	// sentences.
	Article Article
	// Fields declares the attribute keys the fact sheet uses, in display
	// order.
	Fields []Field
	// Entries are the fact sheet's entries in file order.
	Entries []Entry
	// Commands are the lookup slash commands the fact sheet declares.
	Commands []Command
	// Examples are example questions the fact sheet offers for help texts;
	// see ExampleQuestions for what to show when there are none.
	Examples []string
	// Synonyms are the story's own groups of words or phrases that mean the
	// same thing in it, lower-cased.
	Synonyms [][]string
	// Translations map words of another language that readers may ask
	// in (lower-cased) to the story's English words: "продать" → "sell".
	Translations map[string]string

	byID    map[string]int
	byField map[string]int
}

// Entry returns the entry with the given id.
func (c *Corpus) Entry(id string) (*Entry, bool) {
	i, ok := c.byID[id]
	if !ok {
		return nil, false
	}
	return &c.Entries[i], true
}

// Field returns the declaration of an attribute key.
func (c *Corpus) Field(key string) (*Field, bool) {
	i, ok := c.byField[key]
	if !ok {
		return nil, false
	}
	return &c.Fields[i], true
}

// Kind says what an entry describes.
type Kind string

// The kinds of fact-sheet entry.
const (
	KindAircraft     Kind = "aircraft"
	KindPerson       Kind = "person"
	KindPlace        Kind = "place"
	KindOrganisation Kind = "organisation"
	KindEvent        Kind = "event"
)

// DefaultKinds returns the five kinds storybot has always known, in the
// order help texts show them. Entries may use any other lowercase word as
// their kind too (see validKind); these are only the usual ones. It returns
// a fresh slice each call, so callers may keep or change it.
func DefaultKinds() []Kind {
	return []Kind{KindAircraft, KindPerson, KindPlace, KindOrganisation, KindEvent}
}

// WhoKinds returns the kinds the built-in /who lookup covers in every
// story: people and organisations.
func WhoKinds() []Kind { return []Kind{KindPerson, KindOrganisation} }

// Command is a lookup slash command a corpus declares, such as
// "/vehicle NAME": it looks NAME up among the entries of Kinds.
type Command struct {
	// Name is the command's name, without the slash.
	Name string
	// Kinds are the entry kinds the command looks up.
	Kinds []Kind
	// Description is the command's one-line help text (at most 100
	// characters, Discord's limit).
	Description string
	// Example is a name to show in help; it may be empty.
	Example string
	// Line is the command's line in the fact sheet.
	Line int
}

// ReservedCommandNames returns the names of storybot's built-in commands,
// which a corpus may not declare as its own.
func ReservedCommandNames() []string {
	return []string{"ask", "search", "who", "help", "stats", "reindex", "timeline", "serve", "check", "init", "version", "feedback"}
}

// Source says where an attribute comes from.
type Source string

// The sources an attribute may cite.
const (
	// SourceArticle marks a fact the article states.
	SourceArticle Source = "article"
	// SourceBackground marks well-established public knowledge the article
	// does not state (manufacturer, founding year, office held, ...).
	SourceBackground Source = "background"
)

// Field declares an attribute key: how it is shown and which question words
// ask for it.
type Field struct {
	Key   string
	Label string
	// Cues are words that signal a question asks for this attribute
	// ("built" for manufacturer, "bought" for buyer).
	Cues []string
	Line int
}

// Entry is one fact-sheet entry.
type Entry struct {
	ID      string
	Kind    Kind
	Name    string
	Aliases []string
	// AliasLines[i] is the fact-sheet line of Aliases[i], for error messages.
	AliasLines []int
	// Summary is one line saying what the entry is.
	Summary    string
	Attributes []Attribute
	// Story says what the article says about the entry.
	Story string
	// Related lists the ids of entries this one is tied to in the story.
	Related []string
	Line    int
	// FromArticle marks an entry the fact sheet does not have, made from
	// a name the article mentions (see ArticleEntries): its summary is
	// the first sentence that mentions it.
	FromArticle bool
}

// Names returns the canonical name followed by the aliases.
func (e *Entry) Names() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// Attribute returns the entry's attribute with the given key.
func (e *Entry) Attribute(key string) (*Attribute, bool) {
	for i := range e.Attributes {
		if e.Attributes[i].Key == key {
			return &e.Attributes[i], true
		}
	}
	return nil, false
}

// Attribute is one sourced fact about an entry.
type Attribute struct {
	Key    string
	Value  string
	Source Source
	Line   int
}

// ExampleQuestions returns up to n example questions for help texts: the
// fact sheet's examples, else questions about its entries ("Who is NAME?"
// for a person, "What is NAME?" otherwise), else questions about the
// article's sections or title. It is never empty for a loaded corpus when
// n > 0.
func (c *Corpus) ExampleQuestions(n int) []string {
	if n <= 0 {
		return nil
	}
	var qs []string
	switch {
	case len(c.Examples) > 0:
		qs = c.Examples
	case len(c.Entries) > 0:
		for i := range c.Entries {
			e := &c.Entries[i]
			if e.Kind == KindPerson {
				qs = append(qs, "Who is "+e.Name+"?")
			} else {
				qs = append(qs, "What is "+e.Name+"?")
			}
		}
	case len(c.Article.Sections) > 0:
		for _, s := range c.Article.Sections {
			qs = append(qs, aboutQuestion(s))
		}
	case len(strings.Fields(c.Title)) <= maxTopicWords:
		qs = []string{aboutQuestion(c.Title)}
	default:
		// A long title is the article's first sentence, not a topic.
		qs = []string{"What is the story about?"}
	}
	return slices.Clone(qs[:min(n, len(qs))])
}

// maxTopicWords is the longest title ExampleQuestions asks about by name.
const maxTopicWords = 8

// aboutQuestion asks what the article says about a heading or title.
func aboutQuestion(topic string) string {
	topic = strings.Trim(topic, "\"'‘’“”«» ")
	return "What does the article say about " + strings.TrimRight(topic, ".!?…:") + "?"
}
