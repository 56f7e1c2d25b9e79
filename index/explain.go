package index

import (
	"context"
	"fmt"
	"strings"
)

// Explain describes how the engine reads a question and ranks its
// candidates: the units with their weights, then the top documents with
// coverage and BM25. It is for people tuning the fact sheet ("why did it
// answer that?"), not a stable format.
func (e *Engine) Explain(ctx context.Context, question string, n int) (string, error) {
	text, err := Normalize(question)
	if err != nil {
		return "", err
	}
	q := e.parse(text)
	var b strings.Builder
	fmt.Fprintf(&b, "question kind %d, definition %v, hints %v\n", q.kind, q.define, q.hints)
	for _, u := range q.units {
		name := u.term
		if u.entity != "" {
			name = "entity:" + u.entity
		}
		fmt.Fprintf(&b, "  unit %-28s weight %.2f factor %.1f synonyms %v\n", name, u.weight, u.factor, u.syns)
	}
	ranked, err := e.rank(ctx, q)
	if err != nil {
		return "", err
	}
	for i, s := range ranked[:min(n, len(ranked))] {
		fmt.Fprintf(&b, "%2d. score %.3f cover %.3f bm25 %.3f %s: %.70q\n", i+1, s.score, s.cover, s.bm25, s.d.ref, s.d.text)
	}
	return b.String(), nil
}
