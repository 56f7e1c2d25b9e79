package index

import (
	"context"
	"slices"
	"strings"
	"time"

	"storybot/index/internal/lexicon"
)

// A reader who has not read the story asks what it is about ("what's
// this article about?", "tl;dr", "sum it up"). No passage answers that
// by its words, which are the question's frame; the story's own lead
// does: its first sentence as the answer line, its first paragraphs as
// the passages.

// asksSummary matches a request for what the whole story says, in any
// of summaryRequests' shapes, with "here" or "in this story" after it.
var asksSummary = lazyRE(`(?i)^(?:` + strings.Join(summaryRequests, "|") + `)(?:\s+(?:here|there|so far|in (?:this|the|that) (?:story|article|news|piece|post|report|match|game|case|race|election|fight|trial)))?\s*[.?!]*$`)

// summaryRequests are the shapes of a request for the whole story.
var summaryRequests = []string{
	// "what's this article about", "what is it all about", "whats the
	// story", "what is this?" (a bare "it" or "this" is the story)
	`(?:so\s+)?(?:what(?:'s|’s|s| is)|whats)\s+(?:(?:this|the)\s+(?:story|article|news|piece|post|report)\s+(?:all\s+)?(?:about|on)|(?:this|it|that)(?:\s+(?:all\s+)?about)?|the\s+(?:story|news|deal))`,
	// "can you summarize the story for me", "sum it up"
	`(?:can you\s+|could you\s+|please\s+)?(?:summari[sz]e|sum up|recap)(?:\s+(?:it|this|the)(?:\s+(?:story|article|news))?)?(?:\s+(?:for me|please))?`,
	// "give me the gist of it", "a summary of the article"
	`(?:give me\s+)?(?:a\s+|the\s+)?(?:summary|gist|tl;?dr|short version)(?:\s+of\s+(?:it|this|the)(?:\s+(?:story|article))?)?`,
	// "what's the tldr", "what's the main point", "what's the takeaway"
	`(?:so\s+)?(?:what(?:'s|’s|s| is| was)|whats)\s+the\s+(?:tl;?dr|gist|summary|short version|(?:main\s+|key\s+)?(?:point|points|takeaway|takeaways)|bottom line)`,
	// "who is the story about", "what did i miss", "catch me up"
	`who(?:'s|’s|s| is| was)\s+(?:this|the|that)\s+(?:story|article|news|piece|post|report)\s+about`,
	`what(?:'d|’d| did)\s+i\s+miss`,
	`(?:can you\s+|could you\s+|please\s+)?(?:catch|fill)\s+me\s+(?:up|in)(?:\s+(?:on\s+(?:it|this|the\s+(?:story|article|news))|please))?`,
	// "tl;dr", "tldr who was this guy"
	`tl;?dr\b.*`,
	`who(?:'s|’s|s| is| was) this (?:guy|person|man|woman|dude|lady|about)`,
	`what happened`,
	`(?:what(?:'s|’s| is)|whats) going on`,
}

// summaryParagraphs is how many of the article's first paragraphs a
// summary shows.
const summaryParagraphs = 3

// lead is the first sentence of each of the article's first paragraphs,
// in order, ranked as if they answered.
func (e *Engine) lead() []scored {
	var out []scored
	for i, d := range e.docs {
		if d.kind != docSentence || d.start != 0 || len(d.text) == 0 || d.para != nil && byline(d.para.Text) {
			continue
		}
		out = append(out, scored{i: i, d: d, cover: 1, score: 1})
		if len(out) == summaryParagraphs {
			break
		}
	}
	return out
}

// byline reports whether a paragraph only says who wrote the story and
// for whom ("By Sgt. David Turner 2nd Brigade Combat Team, …"): no lead.
func byline(paragraph string) bool {
	return bylineOpens.MatchString(paragraph) && len(strings.Fields(paragraph)) <= maxBylineWords
}

// bylineOpens matches "By" and the capitalised word that opens a writer's
// name or rank.
var bylineOpens = lazyRE(`^By\s+\p{Lu}`)

// maxBylineWords is the most words a byline paragraph takes, with the
// writer's unit or paper.
const maxBylineWords = 14

// summary answers a request for what the story says with its lead: the
// headline, or the first sentence when it opens with the title's name,
// as the answer line, the first
// paragraphs as passages.
func (e *Engine) summary(q *question, text string, opt Options, start time.Time) *Answer {
	lead, line := e.lead(), ""
	if len(lead) > 0 {
		line = lead[0].d.text
		if title := e.corpus.Article.Title; title != "" && !opensWithName(line, title) {
			line = title // the headline says it in fewer words
		}
	}
	return e.framedAnswer(q, text, line, lead, opt, start)
}

// opensWithName reports whether a story's first sentence opens with its
// title, bar a bracketed qualifier, as an encyclopedia's article opens
// with the name of its page: "Dolly (5 July 1996 – 14 February 2003)
// was a female domestic sheep …" under "Dolly (sheep)" says more than
// the page's name. A headline ("Elm Bay harbour reopens") is not
// repeated by the sentence under it.
func opensWithName(sentence, title string) bool {
	if i := strings.LastIndex(title, " ("); i > 0 && strings.HasSuffix(title, ")") {
		title = title[:i]
	}
	s := strings.TrimPrefix(strings.ToLower(sentence), "the ")
	return len(strings.Fields(title)) > 0 && strings.HasPrefix(s, strings.TrimPrefix(strings.ToLower(title), "the "))
}

// certain is the i-th document as the one evidence of an answer read
// whole from the article ("what does NAVAIR stand for", a rank, a
// hometown): fully covering, first.
func (e *Engine) certain(i int) scored {
	return scored{i: i, d: e.docs[i], cover: 1, score: 1}
}

// framedAnswer is the answer to a question that no passage answers by
// its words, which are only its frame (the story's summary, what it
// names): line as the answer line and docs as the passages, or the story
// doesn't say when line is "".
func (e *Engine) framedAnswer(q *question, text, line string, docs []scored, opt Options, start time.Time) *Answer {
	a := &Answer{Query: text, Results: []Result{}, Answer: NotFound, corpus: e.corpus}
	if line != "" {
		a.Found, a.Answer = true, clip(line, maxLineRunes)
		e.fill(a, q, docs, opt)
	}
	a.Took = time.Since(start)
	return a
}

// kindAsked answers "what sort of creature is the Black Warrior
// waterdog?", when no kind is read from the passages ("striped fish"),
// as "what is the Black Warrior waterdog?" is answered, when
// the story defines what it names and the definition says the kind
// asked or a kind of it ("…, a large aquatic salamander"): no passage
// says "creature". The subject must be what is defined, whole: "what
// kind of tree is the school getting?" asks about a tree, and a
// definition that says nothing of submarines does not answer "what
// class of submarine is the Florida?".
func (e *Engine) kindAsked(ctx context.Context, text string, q *question, opt Options, start time.Time) *Answer {
	m := asksKindOf.FindStringSubmatch(q.core)
	if m == nil {
		return nil
	}
	plain := "what " + m[2] + " " + m[3]
	defined := e.describeName(leadingDeterminer.ReplaceAllString(m[3], ""), false)
	if defined == "" || !e.saysKind(q, m[1], defined) {
		return nil
	}
	a, err := e.answer(ctx, e.read(plain), plain, opt, start)
	if err != nil || a.Entry == nil && a.Answer != defined {
		return nil
	}
	a.Query = text
	return a
}

// saysKind reports whether a definition's main noun is the noun a
// question asks the kind of, a word for it, or a kind of it:
// "salamander" is a creature, and "a small fishing boat owned by Ann
// Lee" is no kind of fish.
func (e *Engine) saysKind(q *question, noun, definition string) bool {
	words := strings.Fields(strings.ToLower(noun))
	kind := words[len(words)-1]
	if !lexicon.Lookup(kind).Known() {
		kind, _ = lexicon.Nearest(kind) // "helicoper"
	}
	main := mainNoun(definition)
	if kind == "" || main == "" {
		return false
	}
	in, kindTerms := saidOf(e.an.terms(main)), e.an.terms(kind)
	for _, u := range q.units {
		if u.term != "" && slices.Contains(kindTerms, u.term) && in.says(u.term, u.near) {
			return true
		}
	}
	return lexicon.IsA(main, kind)
}

// mainNoun is the last word of the noun phrase a definition opens with,
// after the name it defines ("Gull — a small fishing boat owned by …"
// is a boat), in lower case: the phrase ends at a verb's participle, a
// preposition, a relative word or a stop.
func mainNoun(definition string) string {
	if _, after, ok := strings.Cut(definition, " — "); ok {
		definition = after
	}
	last := ""
	for _, f := range strings.Fields(strings.ToLower(definition)) {
		w := strings.Trim(f, ",;:.!?\"“”()")
		if w == "" || phraseEnds[w] || last != "" && !strings.Contains(w, "-") && (pastEd(w) || edOfVerb(w) || irregularPast(w)) {
			break // a hyphened word is a modifier ("guided-missile"), no participle
		}
		last = w
	}
	if i := strings.LastIndex(last, "-"); i >= 0 {
		last = last[i+1:] // "ticonderoga-class" is a class
	}
	return last
}

// phraseEnds are the words that end a definition's opening noun phrase.
var phraseEnds = map[string]bool{"of": true, "in": true, "on": true, "at": true, "from": true, "with": true, "by": true, "for": true, "that": true, "which": true, "who": true, "whose": true, "where": true, "and": true, "or": true, "to": true}

var (
	// asksKindOf matches "what kind of NOUN is SUBJECT", its noun
	// (group 1), verb (group 2) and subject (group 3).
	asksKindOf = lazyRE(`(?i)^(?:what|which)\s+(?:sort|kind|type|class|variety)s?\s+of\s+(\pL[\pL'’-]*(?:\s+\pL[\pL'’-]*)?)\s+(is|was|are|were)\s+(.+?)[\s?.!]*$`)
	// leadingDeterminer matches an article opening a noun phrase.
	leadingDeterminer = lazyRE(`(?i)^(?:the|a|an)\s+`)
)
