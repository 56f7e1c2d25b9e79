// Package index is storybot's answer engine. It indexes a corpus (the
// article's sentences and the fact sheet's entries and attributes) with
// Bleve, and answers questions with ranked, highlighted snippets and, when the
// question allows one, a short direct answer.
//
// Bleve retrieves and scores candidates with BM25 over fields built by one
// analyser (designations joined, Cyrillic transliterated, irregular forms
// mapped, English stemming). The engine then re-ranks the candidates by how
// much of the question each one covers, weighting rare words and fact-sheet
// entities above common words, and decides whether the story answers the
// question at all. Nothing in the engine knows the story: the article, the
// aliases and the attribute cue words all come from the corpus.
package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"storybot/corpus"
)

// Engine answers questions about one corpus. It is immutable once built and
// safe for concurrent use; reindexing builds a new Engine (see Live).
type Engine struct {
	corpus *corpus.Corpus
	idx    bleve.Index
	an     analyzer
	em     *entityMatcher
	docs   []*doc
	// passages are the article's paragraphs, analysed, in article order.
	passages []*passage
	// roles are the people the article gives a role, for "who is the
	// refuge manager?" (roleHolder).
	roles []roleMention
	// roleSurname maps the head noun of a role the article gives one
	// person alone to the analysed word of that person's surname:
	// "motorman" → "walsh" for "motorman Gerald Walsh" (roleSurnames).
	roleSurname map[string]string
	// fullNames maps a surname to the first full name of a person the
	// article gives ("Meier" → "Walt Meier"), for names said alone.
	fullNames map[string]string
	// bio is the subject of a story about one person (biographyOf),
	// whom a question's bare "he" or "she" means.
	bio biography
	// titleNouns are the common nouns of the story's title (titleNounsOf),
	// which a sentence names the story's own event by.
	titleNouns map[string]bool
	// nameSounds maps the sound keys of the article's name words to
	// them, for names a question writes in Russian (see sounds.go).
	nameSounds map[string]string
	// articleNames are the article's names of two words or more, in
	// lower case, each once (see namesSibling).
	articleNames []string
	// numberedNames are the article's names with a number that says
	// which of a series they are ("pioneer 3", "vfa 147"), lower-cased,
	// each once (see designationsAsked).
	numberedNames []string
	// namedAfter are the article's names of things named after one of
	// its people ("David Wolkowsky Key"; see namedAfterPeople).
	namedAfter map[string]bool
	// abbreviations are the shortenings the article explains by their
	// initials, and the words they stand for.
	abbreviations []abbreviation
	// names are every entry's names and aliases, analysed at build.
	names map[string][]name

	df map[string]int // documents containing each term, in any field
	// contentDF counts documents saying a term in their text, names or
	// values, as opposed to only among attribute cue words.
	contentDF map[string]int
	// fields records in which fields each term occurs anywhere, so the
	// Bleve query leaves out clauses that cannot match.
	fields   map[string]where
	entityDF map[string]int // documents naming each entity
	// inArticle holds the ids of the entries an article sentence names.
	inArticle map[string]bool
	synonyms  map[string][]string
	frame     map[string]bool
	generic   map[string]bool
	hints     map[string][]string // question word → analysed hint terms
	cards     map[string]int      // entry id → index of its card in docs
	// told holds the dimensions (a speed, a weight, an age) the story
	// states anywhere, for the questions asking one it never states:
	// found when a question first asks one (toldDimensions), as reading
	// the whole story for them at build made building the shipped
	// story half as slow again.
	told     dimension
	toldOnce sync.Once
	byLen    map[int][]string
	// surface is a word of the article as written, by its analysed term
	// ("petition" for "petit"), for the words a Russian question borrows.
	surface map[string]string
	// cognates are the article's terms by the length of their
	// cognateKey (cognateTerms).
	cognates map[int][]cognateTerm
	// entries are the fact sheet's entries, then those made from names
	// the article mentions (corpus.ArticleEntries); byID finds them.
	entries []*corpus.Entry
	byID    map[string]*corpus.Entry
	// kinds are the entry kinds the fact sheet uses, in its order.
	kinds []corpus.Kind
	// kindsOf maps classes to the story's nouns of that class.
	kindsOf map[string][]string
	// russian maps the stems of the story's Russian translations to
	// English words.
	russian map[string]string
	// nearMemo remembers the story's words near the question words
	// asked so far (nearOf), and slipMemo the word each rare word
	// asked so far stands for, or "" (realWordSlip).
	nearMemo memo[nearKey, nearSet]
	slipMemo memo[string, string]
	// fixMemo remembers the story word each misspelt word stands for
	// ("" for none), as respell and parse both ask (correction).
	fixMemo memo[string, string]
	// clauseMemo remembers the clause spans of the sentences answers
	// were sought in (clauseSpans: a verb lookup per word).
	clauseMemo memo[string, [][2]int]

	buildTime time.Duration
}

// Build indexes a corpus. It fails, naming the fact-sheet line, when an
// alias cannot be searched for (it analyses to nothing, or to the same words
// as another entry's alias). It stops early with ctx's error when ctx ends,
// so an interrupted command or a cancelled reindex does not finish a build
// nobody will use: it looks at ctx for each paragraph and document it
// builds, for each document it gives Bleve and between Bleve's batches,
// and returns ctx's error, not an engine, whenever ctx has ended by the
// time it is done.
func Build(ctx context.Context, c *corpus.Corpus) (*Engine, error) {
	start := time.Now()
	if c == nil {
		return nil, errors.New("index: no corpus")
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	an, err := newAnalyzer(m)
	if err != nil {
		return nil, err
	}
	entries := entriesOf(c)
	names := analyseNames(entries, an)
	em, errs := newEntityMatcher(entries, names)
	if len(errs) > 0 {
		v := &corpus.ValidationError{}
		for _, e := range errs {
			var ce *corpus.Error
			if errors.As(e, &ce) {
				v.Problems = append(v.Problems, ce)
			}
		}
		return nil, v
	}
	e := &Engine{corpus: c, an: an, em: em, names: names, cards: map[string]int{}, entries: entries, byID: map[string]*corpus.Entry{}}
	for _, en := range entries {
		e.byID[en.ID] = en
	}
	e.bio, e.titleNouns = biographyOf(c), titleNounsOf(c.Title)
	if e.docs, err = buildDocs(ctx, c, e.bio, an, em); err != nil {
		return nil, err
	}
	e.passages = passagesOf(e.docs)
	e.fullNames = fullNamesOf(e.passages, e.bio.subject)
	e.nameSounds = nameSounds(e.passages)
	e.articleNames = articleNames(e.passages)
	e.numberedNames = numberedNames(e.passages)
	e.namedAfter = namedAfterPeople(e.passages, e.articleNames)
	e.roles = rolesOf(e.docs, an)
	e.roleSurname = roleSurnames(e.roles, an)

	idx, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: create: %w", err)
	}
	if err := e.indexDocs(ctx, idx); err != nil {
		idx.Close()
		return nil, err
	}
	e.idx = idx
	e.prepareVocabulary()
	if err := ctx.Err(); err != nil {
		idx.Close()
		return nil, err
	}
	e.buildTime = time.Since(start)
	return e, nil
}

// batchSize is how many documents go to Bleve at once. Bleve does not
// look at the context while it commits a batch, so a build is committed
// in parts and stops between them when its context ends.
const batchSize = 256

// indexDocs gives the engine's documents to Bleve, batchSize at a time,
// stopping with ctx's error, before the next document or batch, when ctx
// ends.
func (e *Engine) indexDocs(ctx context.Context, idx bleve.Index) error {
	for from := 0; from < len(e.docs); from += batchSize {
		batch := idx.NewBatch()
		for i := from; i < min(from+batchSize, len(e.docs)); i++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			d := e.docs[i]
			if err := batch.Index(docID(i), d.fields()); err != nil {
				return fmt.Errorf("index: %s: %w", d.ref, err)
			}
			if d.kind == docEntry {
				e.cards[d.entry.ID] = i
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := idx.Batch(batch); err != nil {
			return fmt.Errorf("index: batch: %w", err)
		}
	}
	return ctx.Err()
}

// newMapping describes the documents to Bleve: analysed text fields without
// stored values or term vectors (the engine keeps its own copy and
// highlights from its own analysis), keyword fields for entity ids, and BM25
// scoring, which needs the scorch index type.
func newMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	m.ScoringModel = bindex.BM25Scoring
	if err := addAnalyzer(m); err != nil {
		return nil, err
	}
	m.DefaultAnalyzer = analyzerName
	dm := bleve.NewDocumentStaticMapping()
	for _, name := range []string{fieldText, fieldNames, fieldCues, fieldSection} {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzerName
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		dm.AddFieldMappingsAt(name, f)
	}
	for _, name := range []string{fieldEntities, fieldNearby} {
		f := bleve.NewKeywordFieldMapping()
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		dm.AddFieldMappingsAt(name, f)
	}
	m.DefaultMapping = dm
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	return m, m.Validate()
}

// prepareVocabulary counts document frequencies and analyses the lexicon,
// once per build, so questions pay for neither.
func (e *Engine) prepareVocabulary() {
	e.df = map[string]int{}
	e.contentDF = map[string]int{}
	e.entityDF = map[string]int{}
	e.inArticle = map[string]bool{}
	e.fields = map[string]where{}
	for _, d := range e.docs {
		for t, w := range d.terms {
			e.df[t]++
			e.fields[t] |= w
			if w&(inText|inNames|inValue) != 0 {
				e.contentDF[t]++
			}
		}
		for _, id := range d.entities {
			e.entityDF[id]++
			if d.kind == docSentence {
				e.inArticle[id] = true
			}
		}
	}
	e.byLen = map[int][]string{}
	for t := range e.df {
		n := len([]rune(t))
		e.byLen[n] = append(e.byLen[n], t)
	}
	for _, ts := range e.byLen {
		sort.Strings(ts)
	}
	e.prepareSynonyms()
	for _, en := range e.corpus.Entries {
		if !slices.Contains(e.kinds, en.Kind) {
			e.kinds = append(e.kinds, en.Kind)
		}
	}
	e.kindsOf = e.storyKinds()
	e.russian = russianLexicon(e.corpus.Translations)
	e.surface = e.articleSurfaces()
	e.cognates = cognateTerms(e.surface)
	e.frame = e.analysedSet(questionFrame)
	e.generic = e.analysedSet(genericWords)
	for _, k := range e.kinds {
		for _, t := range e.an.terms(string(k)) {
			e.generic[t] = true
		}
	}
	e.hints = map[string][]string{}
	for w, hs := range questionHints {
		for _, h := range hs {
			e.hints[w] = append(e.hints[w], e.an.terms(h)...)
		}
	}
}

// prepareSynonyms links the story's words that mean the same: the fact
// sheet's synonym groups, the abbreviations the article explains, and
// the initials of its names.
func (e *Engine) prepareSynonyms() {
	e.synonyms = map[string][]string{}
	for _, group := range e.corpus.Synonyms {
		var terms []string
		for _, w := range group {
			terms = append(terms, e.an.terms(w)...)
		}
		for _, t := range terms {
			for _, u := range terms {
				e.addSynonym(t, u)
			}
		}
	}
	e.abbreviationSynonyms()
	e.titleSynonyms()
	e.nameInitialSynonyms()
	e.phraseInitialSynonyms()
}

// entriesOf lists the fact sheet's entries, then the article's names.
func entriesOf(c *corpus.Corpus) []*corpus.Entry {
	out := make([]*corpus.Entry, 0, len(c.Entries))
	for i := range c.Entries {
		out = append(out, &c.Entries[i])
	}
	extra := c.ArticleEntries()
	for i := range extra {
		out = append(out, &extra[i])
	}
	return out
}

// entry returns the entry with an id, from the fact sheet or the article.
func (e *Engine) entry(id string) (*corpus.Entry, bool) {
	en, ok := e.byID[id]
	return en, ok
}

// analysedSet analyses a set of words.
func (e *Engine) analysedSet(words map[string]bool) map[string]bool {
	out := map[string]bool{}
	for w := range words {
		for _, t := range e.an.terms(w) {
			out[t] = true
		}
	}
	return out
}

// idf is BM25's inverse document frequency of a term that occurs in df of
// the engine's documents.
func (e *Engine) idf(df float64) float64 {
	n := float64(len(e.docs))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// Corpus returns the corpus the engine was built from.
func (e *Engine) Corpus() *corpus.Corpus { return e.corpus }

// Stats describes what an engine indexed.
type Stats struct {
	Paragraphs int
	Sentences  int
	Entries    int
	Attributes int
	Documents  int
	BuildTime  time.Duration
}

// Stats reports what the engine indexed and how long building took.
func (e *Engine) Stats() Stats {
	s := Stats{Documents: len(e.docs), BuildTime: e.buildTime, Paragraphs: len(e.corpus.Article.Paragraphs)}
	for _, d := range e.docs {
		switch d.kind {
		case docSentence:
			s.Sentences++
		case docEntry:
			s.Entries++
		case docAttribute:
			s.Attributes++
		}
	}
	return s
}

// Close releases the Bleve index. Questions must not be asked after Close;
// Live takes care of that when engines are swapped.
func (e *Engine) Close() error { return e.idx.Close() }
