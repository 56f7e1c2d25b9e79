package index

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storybot/corpus"
)

// evalItem is one line of a question set, in the format of
// ../shared/eval/dev.jsonl and ../shared/stories/README.md: a question with
// the strings one of which a good answer contains, the strings one of
// which a right answer line contains, its style, or an off-topic question
// that must not be found.
type evalItem struct {
	ID       string   `json:"id"`
	Cmd      string   `json:"cmd"`
	Q        string   `json:"q"`
	Expect   []string `json:"expect"`
	Answer   []string `json:"answer"`
	Style    string   `json:"style"`
	OffTopic bool     `json:"offtopic"`
}

// readEval reads a question set, one JSON object per line.
func readEval(t testing.TB, path string) []evalItem {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var items []evalItem
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var it evalItem
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			t.Fatalf("%s:%d: %v", path, i+1, err)
		}
		items = append(items, it)
	}
	return items
}

// evalScore measures a question set the way ../shared/eval/score.py does:
// hit@k when an expected string is in the direct answer or the titles and
// texts of the first k results.
type evalScore struct {
	n, hit1, hit3, off, offOK int
}

func runEval(t *testing.T, e *Engine, items []evalItem) evalScore {
	t.Helper()
	var s evalScore
	for _, it := range items {
		var (
			a   *Answer
			err error
		)
		switch it.Cmd {
		case "ask":
			a, err = e.Ask(context.Background(), it.Q, Options{})
		case "aircraft":
			a, err = e.Lookup(context.Background(), it.Q, []corpus.Kind{corpus.KindAircraft}, Options{})
		case "who":
			a, err = e.Lookup(context.Background(), it.Q, corpus.WhoKinds(), Options{})
		default:
			t.Fatalf("%s: unknown command %q", it.ID, it.Cmd)
		}
		if err != nil {
			t.Errorf("%s %q: %v", it.ID, it.Q, err)
			continue
		}
		if it.OffTopic {
			s.off++
			if !a.Found {
				s.offOK++
			} else {
				t.Logf("OFF-TOPIC FOUND %s %q -> %q", it.ID, it.Q, texts(a, 1))
			}
			continue
		}
		s.n++
		h1, h3 := hasAny(texts(a, 1), it.Expect), hasAny(texts(a, 3), it.Expect)
		if h1 {
			s.hit1++
		}
		if h3 {
			s.hit3++
		}
		if !h1 {
			t.Logf("MISS@1 (hit@3 %v) %s %q expect %q -> %q", h3, it.ID, it.Q, it.Expect, texts(a, 1))
		}
	}
	t.Logf("questions %d: hit@1 %d (%.0f%%), hit@3 %d (%.0f%%); off-topic rejected %d/%d",
		s.n, s.hit1, pct(s.hit1, s.n), s.hit3, pct(s.hit3, s.n), s.offOK, s.off)
	return s
}

func hasAny(hay string, want []string) bool {
	hay = strings.ToLower(hay)
	for _, w := range want {
		if strings.Contains(hay, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// TestEvalSet measures the engine on the project's own question set:
// paraphrases, typos, transliterations, NATO and Cyrillic names, roles,
// dates and numbers, and off-topic questions. The floors are below the
// measured figures (see README) so the test fails on a real regression,
// not on one question. Two off-topic questions get through since words
// are weighed by English at large: "the weather in London" (the story has
// "all-weather" and London is the UK's capital) and "the 2022 World Cup"
// (the story says "global" and 2022).
func TestEvalSet(t *testing.T) {
	s := runEval(t, engine(t), readEval(t, filepath.Join("testdata", "eval.jsonl")))
	if pct(s.hit1, s.n) < 95 || pct(s.hit3, s.n) < 98 || s.offOK < s.off-2 {
		t.Errorf("quality regressed: hit@1 %.0f%% (floor 95%%), hit@3 %.0f%% (floor 98%%), off-topic %d/%d", pct(s.hit1, s.n), pct(s.hit3, s.n), s.offOK, s.off)
	}
}

// TestDevSet measures the shared development set when it is around (it is
// not in a user's clone) against the targets: hit@1 ≥ 90%, hit@3 = 100%,
// every off-topic question rejected.
func TestDevSet(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "eval", "dev.jsonl")
	if _, err := os.Stat(path); err != nil {
		t.Skip("no shared development set here")
	}
	s := runEval(t, engine(t), readEval(t, path))
	if pct(s.hit1, s.n) < 90 || s.hit3 != s.n || s.offOK != s.off {
		t.Errorf("below target: hit@1 %.0f%%, hit@3 %d/%d, off-topic %d/%d", pct(s.hit1, s.n), s.hit3, s.n, s.offOK, s.off)
	}
}

// TestHoldoutSet measures the engine on a question set written by someone
// who had not seen the engine (index/testdata/holdout.jsonl). Its first
// run exposed general weaknesses that were then fixed, so it is no longer
// blind; the README gives both figures.
func TestHoldoutSet(t *testing.T) {
	s := runEval(t, engine(t), readEval(t, filepath.Join("testdata", "holdout.jsonl")))
	if pct(s.hit1, s.n) < 93 || pct(s.hit3, s.n) < 97 || s.offOK < s.off-1 {
		t.Errorf("quality regressed: hit@1 %.0f%% (floor 93%%), hit@3 %.0f%% (floor 97%%), off-topic %d/%d", pct(s.hit1, s.n), pct(s.hit3, s.n), s.offOK, s.off)
	}
}

// TestSecondHoldoutSet measures a second set written without seeing the
// engine (index/testdata/holdout2.jsonl). Its first run gave hit@1 91%,
// hit@3 98%, off-topic 21/26; a few general fixes followed.
func TestSecondHoldoutSet(t *testing.T) {
	s := runEval(t, engine(t), readEval(t, filepath.Join("testdata", "holdout2.jsonl")))
	if pct(s.hit1, s.n) < 91 || pct(s.hit3, s.n) < 96 || s.offOK < s.off-3 {
		t.Errorf("quality regressed: hit@1 %.0f%% (floor 91%%), hit@3 %.0f%% (floor 96%%), off-topic %d/%d", pct(s.hit1, s.n), pct(s.hit3, s.n), s.offOK, s.off)
	}
}
