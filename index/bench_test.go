package index

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"storybot/corpus"
)

// BenchmarkBuild measures building the index from the embedded corpus, as
// at start-up and on every reindex.
func BenchmarkBuild(b *testing.B) {
	c := mustDefault(b)
	// One build before the clock starts: the expressions a build uses
	// compile on first use (lazyRE), once per process.
	if e, err := Build(context.Background(), c); err == nil {
		e.Close()
	}
	benchBuilds(b, c)
}

// benchBuilds times building c's index, again and again.
func benchBuilds(b *testing.B, c *corpus.Corpus) {
	b.ReportAllocs()
	for b.Loop() {
		e, err := Build(context.Background(), c)
		if err != nil {
			b.Fatal(err)
		}
		e.Close()
	}
}

// BenchmarkBuildLongList measures building a story whose one paragraph
// lists 3,000 runners, and one of 12,000: reading the words before each
// name from the paragraph's start made such a build cost the square of
// its length (3,000 names: 8.7 s and 3.9 GB at 915032e, 0.38 s and 48 MB
// at 60850cb).
func BenchmarkBuildLongList(b *testing.B) {
	for _, n := range []int{3000, 12000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			c, err := corpus.Load(fstest.MapFS{"article.txt": {Data: []byte(runnersArticle(n))}})
			if err != nil {
				b.Fatal(err)
			}
			benchBuilds(b, c)
		})
	}
}

// runnersArticle is a story whose one paragraph lists n runners.
func runnersArticle(n int) string {
	given := []string{"Dan", "Tom", "Zoe", "Leo", "Ann", "Mia", "Max"}
	family := []string{"Ford", "Ross", "Webb", "Chen", "Pike", "Lamb", "Kerr", "Hale", "Dunn", "Nash"}
	var list strings.Builder
	for i := range n {
		fmt.Fprintf(&list, "%s %s%d, ", given[i%len(given)], family[i/len(given)%len(family)], i)
	}
	return "Kell marathon\n\nThe Kell marathon was run on Sunday.\n\nFinishers\n\n" + list.String() + "and Ivy Moss finished the race.\n"
}

// benchQuestions are typical of what users ask: a number, a date, a
// background fact, a definition with a typo, and an off-topic question.
var benchQuestions = []string{
	"How many aircraft did Kazakhstan sell?",
	"When did Antony Blinken visit Kazakhstan?",
	"Who built the MiG-27?",
	"who is Camerron",
	"What is the best pizza topping?",
}

// BenchmarkAsk measures answering a question in process, and reports the
// median and 99th-percentile latency next to the mean.
func BenchmarkAsk(b *testing.B) {
	benchAsk(b, benchQuestions)
}

// benchAsk asks the built-in story the questions in turn, reporting the
// median and 99th-percentile latency.
func benchAsk(b *testing.B, qs []string) {
	e := engine(b)
	ctx := context.Background()
	for _, q := range qs {
		// Each question once before the clock starts: the expressions
		// it uses compile on first use (lazyRE), once per process.
		if _, err := e.Ask(ctx, q, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	var lat []time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := e.Ask(ctx, qs[i%len(qs)], Options{}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		i++
	}
	reportPercentiles(b, lat)
}

// BenchmarkAskStories measures answering the questions readers ask of
// other stories than the built-in one: the dev questions of every fifth
// story under testdata/stories (some 1,500 questions of 40 stories,
// article alone, each asked once before the clock), in turn. They are
// longer and more varied than benchQuestions, so this is the figure to
// hold against the budget for a typical question.
func BenchmarkAskStories(b *testing.B) {
	type asked struct {
		e *Engine
		q string
	}
	var qs []asked
	for i, s := range loadStories(b) {
		if i%5 != 0 || s.article == nil || len(s.sets["dev"]) == 0 {
			continue
		}
		e := engineFor(b, s, false)
		if e == nil {
			continue
		}
		for _, it := range s.sets["dev"] {
			qs = append(qs, asked{e, it.Q})
		}
	}
	if len(qs) == 0 {
		b.Skip("no stories under testdata/stories")
	}
	ctx := context.Background()
	for _, a := range qs {
		if _, err := a.e.Ask(ctx, a.q, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	var lat []time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := qs[i%len(qs)]
		start := time.Now()
		if _, err := a.e.Ask(ctx, a.q, Options{}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		i++
	}
	reportPercentiles(b, lat)
}

// BenchmarkLookup measures `aircraft`/`who` lookups, exact and fuzzy.
func BenchmarkLookup(b *testing.B) {
	e := engine(b)
	ctx := context.Background()
	names := []string{"su-24", "Fulcrum", "Camerron", "taylor swift"}
	var lat []time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := e.Lookup(ctx, names[i%len(names)], []corpus.Kind{corpus.KindAircraft}, Options{}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		i++
	}
	reportPercentiles(b, lat)
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkAskUntold times questions the story is silent on (a count, a
// date, an amount it does not give), which search the best passages'
// numbers and dates before saying so.
func BenchmarkAskUntold(b *testing.B) {
	benchAsk(b, []string{"how many pilots flew the aircraft to the United States?", "which day was cameron in astana", "what date did the last MiG-31 fly?", "how much did the United States pay?"})
}
