package index

import (
	"strings"
)

// Some messages ask what no news story can answer, whatever words they
// share with it: advice for the reader's own place and time ("near me",
// "this weekend", "is the garden open on Mondays"), a recommendation
// ("best beaches in Florida for spring break", "cheap hotels near the
// space center", "is the movie worth watching"), or a sum ("what's 15
// times 12"). They are answered as off-topic, with no passages, unless
// the story itself says the words that make them so ("best pho" is no
// "Best presentation"). Only the asking part
// of a long message is read: "I wonder if it is worth reading" is chat.

// elsewhereCues are the patterns of such messages, matched on the
// lower-cased message.
var elsewhereCues = []*lazyRegexp{
	lazyRE(`\bnear me\b|\b(?:this|next) (?:weekend|week)\b|\btonight\b|\btomorrow\b`),
	lazyRE(`\bworth (?:watching|reading|buying|seeing|visiting|the money)\b|\brecommend`),
	lazyRE(`^(?:(?:what|whats|what's|where|where's|wheres)(?: is| are)? |any )?(?:the |a |some )?((?:best|good|top|cheap|cheapest|nicest)\b(?: \pL+)?)`),
	lazyRE(`\bopen (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends)\b|\bopening (?:hours|times)\b|\bwhat time does (?:\S+\s+){0,5}(?:open|close)\b`),
	lazyRE(`\b\d+\s*(?:times|plus|minus|divided by|multiplied by|[x×*+/])\s*\d+\b`),
}

// asksElsewhere reports whether a message asks what the story cannot
// answer (elsewhereCues) in words the story does not use itself.
func (e *Engine) asksElsewhere(text string) bool {
	l := strings.ToLower(text)
	for _, re := range elsewhereCues {
		m := re.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		// The cue's own words, when it marks them ("best pho" of
		// "what is the best pho place"), else all it matched.
		if said := m[len(m)-1]; !e.articleSays(strings.TrimSpace(said)) {
			return true
		}
	}
	return false
}

// articleSays reports whether the article says a lower-case phrase.
func (e *Engine) articleSays(phrase string) bool {
	for _, p := range e.passages {
		lower := p.lower // lower-cased at Build when that keeps its offsets
		if lower == "" {
			lower = strings.ToLower(p.text)
		}
		if strings.Contains(lower, phrase) {
			return true
		}
	}
	return false
}
