package index

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"storybot/index/internal/lexicon"
)

func TestDbgWord(t *testing.T) {
	for _, w := range strings.Fields(os.Getenv("DBG_W")) {
		fmt.Printf("%s %+v kinds=%v place=%v area=%v structure=%v\n", w, lexicon.Lookup(w), lexicon.Kinds(w), lexicon.IsA(w, "location"), lexicon.IsA(w, "area"), lexicon.IsA(w, "structure"))
	}
}
