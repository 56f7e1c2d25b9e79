package corpus

import (
	"fmt"
	"slices"
	"strings"
)

// Report says what changed between two corpora, for moderators: which
// article paragraphs and fact-sheet entries were added, removed or
// changed, and which aliases came and went.
type Report struct {
	ParagraphsAdded, ParagraphsRemoved, ParagraphsChanged []string
	EntriesAdded, EntriesRemoved, EntriesChanged          []string
	AliasesAdded, AliasesRemoved                          []string
	// Paragraphs and Entries count the new corpus.
	Paragraphs, Entries int
	// NewStory is set when the new corpus is another story altogether
	// (see sameStory); the lists above are then left empty, since "every
	// entry of the old story was removed" tells a moderator nothing.
	NewStory bool
	// Title is the new corpus's title.
	Title string
}

// Empty reports whether nothing changed.
func (r Report) Empty() bool {
	return !r.NewStory && len(r.ParagraphsAdded)+len(r.ParagraphsRemoved)+len(r.ParagraphsChanged)+
		len(r.EntriesAdded)+len(r.EntriesRemoved)+len(r.EntriesChanged)+
		len(r.AliasesAdded)+len(r.AliasesRemoved) == 0
}

// Diff compares two corpora. Paragraphs are matched by their text, so a
// paragraph that only moved is not reported; one whose text changed in
// place is reported as changed. Entries are matched by id.
func Diff(old, cur *Corpus) Report {
	r := Report{Paragraphs: len(cur.Article.Paragraphs), Entries: len(cur.Entries), Title: cur.Title}
	oldText := paragraphTextSet(&old.Article)
	if !sameStory(old, cur, oldText) {
		r.NewStory = true
		return r
	}
	curText := paragraphTextSet(&cur.Article)
	changedOld := map[int]bool{}
	for i, p := range cur.Article.Paragraphs {
		if oldText[p.Text] {
			continue
		}
		label := fmt.Sprintf("¶%d (%s)", p.Number, p.Section)
		if i < len(old.Article.Paragraphs) && !curText[old.Article.Paragraphs[i].Text] {
			r.ParagraphsChanged = append(r.ParagraphsChanged, label)
			changedOld[i] = true
		} else {
			r.ParagraphsAdded = append(r.ParagraphsAdded, label)
		}
	}
	for i, p := range old.Article.Paragraphs {
		if !curText[p.Text] && !changedOld[i] {
			r.ParagraphsRemoved = append(r.ParagraphsRemoved, fmt.Sprintf("¶%d (%s)", p.Number, p.Section))
		}
	}

	for i := range cur.Entries {
		e := &cur.Entries[i]
		o, ok := old.Entry(e.ID)
		if !ok {
			r.EntriesAdded = append(r.EntriesAdded, e.ID)
			continue
		}
		if what := entryChanges(o, e); len(what) > 0 {
			r.EntriesChanged = append(r.EntriesChanged, e.ID+" ("+strings.Join(what, ", ")+")")
		}
		for _, a := range e.Aliases {
			if !slices.Contains(o.Aliases, a) {
				r.AliasesAdded = append(r.AliasesAdded, e.ID+": "+a)
			}
		}
		for _, a := range o.Aliases {
			if !slices.Contains(e.Aliases, a) {
				r.AliasesRemoved = append(r.AliasesRemoved, e.ID+": "+a)
			}
		}
	}
	for i := range old.Entries {
		if _, ok := cur.Entry(old.Entries[i].ID); !ok {
			r.EntriesRemoved = append(r.EntriesRemoved, old.Entries[i].ID)
		}
	}
	return r
}

// sameStory reports whether cur is a version of the story old is: the
// same title, or at least half of its paragraphs unchanged. oldText is
// the texts of old's paragraphs, which Diff needs too.
func sameStory(old, cur *Corpus, oldText map[string]bool) bool {
	if old.Title == cur.Title {
		return true
	}
	kept := 0
	for _, p := range cur.Article.Paragraphs {
		if oldText[p.Text] {
			kept++
		}
	}
	return 2*kept >= len(cur.Article.Paragraphs)
}

// paragraphTextSet holds the texts of a's paragraphs.
func paragraphTextSet(a *Article) map[string]bool {
	set := make(map[string]bool, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		set[p.Text] = true
	}
	return set
}

// entryChanges names what differs between two versions of an entry.
func entryChanges(o, e *Entry) []string {
	var what []string
	if o.Name != e.Name {
		what = append(what, "name")
	}
	if o.Kind != e.Kind {
		what = append(what, "kind")
	}
	if o.Summary != e.Summary {
		what = append(what, "summary")
	}
	if o.Story != e.Story {
		what = append(what, "story")
	}
	if !slices.Equal(o.Aliases, e.Aliases) {
		what = append(what, "aliases")
	}
	if !slices.Equal(o.Related, e.Related) {
		what = append(what, "related")
	}
	if !sameAttributes(o.Attributes, e.Attributes) {
		what = append(what, "attributes")
	}
	return what
}

func sameAttributes(a, b []Attribute) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Key != b[i].Key || a[i].Value != b[i].Value || a[i].Source != b[i].Source {
			return false
		}
	}
	return true
}

// String is the report as a few lines for people.
func (r Report) String() string {
	if r.NewStory {
		return fmt.Sprintf("A different story: %q (%d paragraphs, %d fact-sheet entries).", r.Title, r.Paragraphs, r.Entries)
	}
	if r.Empty() {
		return fmt.Sprintf("No changes (%d paragraphs, %d fact-sheet entries).", r.Paragraphs, r.Entries)
	}
	var b strings.Builder
	line := func(label string, items []string) {
		if len(items) > 0 {
			fmt.Fprintf(&b, "%s (%d): %s\n", label, len(items), strings.Join(items, ", "))
		}
	}
	line("Paragraphs added", r.ParagraphsAdded)
	line("Paragraphs removed", r.ParagraphsRemoved)
	line("Paragraphs changed", r.ParagraphsChanged)
	line("Entries added", r.EntriesAdded)
	line("Entries removed", r.EntriesRemoved)
	line("Entries changed", r.EntriesChanged)
	line("Aliases added", r.AliasesAdded)
	line("Aliases removed", r.AliasesRemoved)
	fmt.Fprintf(&b, "Now %d paragraphs, %d fact-sheet entries.", r.Paragraphs, r.Entries)
	return b.String()
}
