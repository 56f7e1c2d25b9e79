package index

// This file holds the few English words storybot treats specially: words
// that only frame a question, what some question words ask for, and words
// that name a kind of thing. Everything else it knows of English comes
// from internal/lexicon, and of the story from the corpus.

// questionFrame words only frame a question ("tell me about", "what does
// the story say"); they carry no content to match.
var questionFrame = map[string]bool{
	"tell": true, "know": true, "say": true, "mention": true, "quote": true, "cite": true, "story": true,
	"article": true, "describe": true, "explain": true, "clarify": true, "please": true,
	"anything": true, "something": true, "information": true, "info": true,
	"detail": true, "give": true, "much": true, "exactly": true, "actually": true,
	"bot": true, "question": true, "can": true, "will": true,
	"may": true, "might": true, "also": true, "ever": true, "really": true,
	"still": true, "yet": true, "already": true, "just": true, "even": true,
	"currently": true, "now": true, "today": true, "anyway": true, "us": true,
	"like": true, "think": true, "happen": true, "thing": true, "stuff": true,
	"according": true, "anymore": true, "guess": true, "wonder": true,
	// Russian question words, read through the analyser's transliteration:
	// "Кто такой Иванов?" asks about Ivanov and nothing else.
	"кто": true, "такой": true, "такая": true, "что": true, "такое": true,
	"это": true, "когда": true, "где": true, "сколько": true, "какой": true,
	"какие": true, "про": true, "о": true, "об": true,
}

// questionHints are what some question words ask for. Stop-word analysis
// drops the question words themselves, so "why was it sold?" would
// otherwise read like "was it sold?".
var questionHints = map[string][]string{
	"why":   {"reason", "purpose", "aim", "goal", "intention", "because", "motive", "intent", "point", "result", "outcome", "meaning", "significance", "impact", "effect", "idea"},
	"where": {"location", "located", "region", "destination", "place"},
}

// genericWords name a kind of thing without saying which; "what is the
// KX-7 boat?" asks no more than "what is the KX-7?". The kinds of
// the corpus's entries, and the words for them, are generic too (see
// Engine.isGeneric).
var genericWords = map[string]bool{
	"model": true, "type": true, "person": true, "man": true, "woman": true,
	"country": true, "nation": true, "city": true, "place": true, "organization": true,
	"organisation": true, "event": true, "thing": true, "mean": true, "meaning": true,
	"exactly": true, "kind": true, "sort": true,
}
