package index

// asksInvolved matches a question that asks who the story is about and
// says nothing else: "who is involved?", "who was involved in this?",
// "who are the main people?", "who is the main person?", "who's in
// it?". It has no word of its own
// a passage could cover, and a reader asks it of the story as a whole:
// it is shown the story's lead with no line, where "The story doesn't
// say" would be false of any story that names anyone. A line of the
// names the lead gives was wrong for one story in five of 40 ("Ted
// Williams Tunnel", "Artemis Generation", a tournament's sponsor).
var asksInvolved = lazyRE(`(?i)^(?:so\s+|ok\s+)?(?:who(?:\s+(?:is|was|are|were)|['’]s)\s+(?:involved|in\s+(?:it|this|the\s+story))(?:\s+in\s+(?:it|this|that|the\s+story))?|who\s+(?:is|are|were)\s+the\s+(?:main\s+|key\s+)?(?:people|players|characters|names)(?:\s+(?:involved|in\s+(?:it|this|the\s+story)))?|who(?:\s+(?:is|was)|['’]s)\s+the\s+(?:main|key|central)\s+(?:person|character|figure|guy|player)(?:\s+(?:involved|in\s+(?:it|this|the\s+story)))?)\s*[?.!]*$`)
