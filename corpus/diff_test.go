package corpus

import (
	"slices"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	def := loadOK(t, DefaultFS())
	t.Run("a new story is not every old entry removed", func(t *testing.T) {
		c := loadOK(t, files(ArticleTextFile, "Bats were counted in Alabama.\n\nSix species were caught.\n"))
		r := Diff(def, c)
		if !r.NewStory || len(r.EntriesRemoved)+len(r.ParagraphsRemoved) != 0 || r.Empty() {
			t.Errorf("report %+v", r)
		}
		if s := r.String(); !strings.Contains(s, "A different story") || strings.Contains(s, "removed") {
			t.Errorf("String() = %q", s)
		}
	})
	t.Run("an edited story lists its changes", func(t *testing.T) {
		facts := validFacts + "  - {id: jane, kind: person, name: Jane Roe, summary: s}\n"
		old := loadOK(t, withFacts(validFacts))
		cur := loadOK(t, withFacts(facts))
		r := Diff(old, cur)
		if r.NewStory || !slices.Equal(r.EntriesAdded, []string{"jane"}) {
			t.Errorf("report %+v", r)
		}
		if r := Diff(def, def); !r.Empty() || r.NewStory {
			t.Errorf("no change: %+v", r)
		}
	})
}
