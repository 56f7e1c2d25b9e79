package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Explanation says how the engine read a question and ranked its
// candidates, for people tuning a fact sheet ("why did it answer that?").
// Its JSON form is what `storybot ask --explain --json` prints.
type Explanation struct {
	// Kind names what the question asks for: "date (when)", "count (how
	// many)", "any (no question word)".
	Kind string `json:"kind"`
	// Definition is set for "what is X" and "who is X".
	Definition bool `json:"definition"`
	// Topicality is the share of the question's weight the story speaks
	// of; below topicThreshold (0.6) the question is taken to be about something else.
	Topicality float64 `json:"topicality"`
	// Units are what the question asks about, with their weights.
	Units []ExplainUnit `json:"units"`
	// Ranked are the best candidates, best first.
	Ranked []ExplainDoc `json:"ranked"`
}

// ExplainUnit is one thing the question asks about, with its weight.
type ExplainUnit struct {
	// Name is the analysed word, or "entity:ID" for a fact-sheet entry.
	Name string `json:"name"`
	// Weight is how much the unit tells: how rare it is in English,
	// and in the story.
	Weight float64 `json:"weight"`
	// Topical marks a unit that says what the question is about, as
	// opposed to filler or the kind of answer wanted.
	Topical bool `json:"topical"`
	// Synonyms are the story's words that stand for it.
	Synonyms []string `json:"synonyms,omitempty"`
}

// ExplainDoc is one ranked candidate with its scores.
type ExplainDoc struct {
	// Ref cites the document, as results do.
	Ref string `json:"ref"`
	// Score ranks it: Cover plus a share of BM25 and bonuses.
	Score float64 `json:"score"`
	// Cover is the share of the question's weight it covers.
	Cover float64 `json:"cover"`
	// BM25 is Bleve's score.
	BM25 float64 `json:"bm25"`
	// Text is the document's own text.
	Text string `json:"text"`
}

// Explain reads a question as Ask does and reports the reading and the
// top n candidates.
func (e *Engine) Explain(ctx context.Context, question string, n int) (*Explanation, error) {
	text, err := Normalize(question)
	if err != nil {
		return nil, err
	}
	q := e.read(text)
	x := &Explanation{Kind: kindRow(q.kind).name, Definition: q.define, Topicality: e.topicality(q)}
	for _, u := range q.units {
		name := u.term
		if u.entity != "" {
			name = "entity:" + u.entity
		}
		x.Units = append(x.Units, ExplainUnit{Name: name, Weight: round3(u.weight), Topical: u.topical, Synonyms: slices.Concat(u.near, u.wider)})
	}
	ranked, err := e.rank(ctx, q)
	if err != nil {
		return nil, err
	}
	for _, s := range ranked[:min(max(n, 0), len(ranked))] {
		x.Ranked = append(x.Ranked, ExplainDoc{Ref: s.d.ref, Score: round3(s.score), Cover: round3(s.cover), BM25: round3(s.bm25), Text: s.d.text})
	}
	return x, nil
}

// String is the explanation as text, one line per unit and candidate.
func (x *Explanation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "question kind: %s, definition %v, topicality %.2f\n", x.Kind, x.Definition, x.Topicality)
	for _, u := range x.Units {
		fmt.Fprintf(&b, "  unit %-28s weight %.2f topical %-5v near %v\n", u.Name, u.Weight, u.Topical, u.Synonyms)
	}
	for i, d := range x.Ranked {
		fmt.Fprintf(&b, "%2d. score %.3f cover %.3f bm25 %.3f %s: %.70q\n", i+1, d.Score, d.Cover, d.BM25, d.Ref, d.Text)
	}
	return b.String()
}

// round3 rounds a score to three decimals, as results and explanations
// show it.
func round3(f float64) float64 { return math.Round(f*1000) / 1000 }
