package index

// This file is storybot's small English lexicon: general language knowledge
// that a stemmer lacks. It knows nothing of the story; the story's own names
// and aliases come from the fact sheet.

// synonyms groups words a question may use for what the text says with
// another word. Words are analysed (and so stemmed) when the engine is
// built; a query term matches the others of its group at reduced weight.
var synonyms = [][]string{
	{"aircraft", "airplane", "plane", "jet", "warplane", "fighter", "fleet", "airframe", "aviation"},
	{"buy", "purchase", "acquire", "procure", "obtain", "receive", "sell", "sale", "deal", "transaction"},
	{"sell", "sale", "seller", "vend", "export", "offload", "transfer"},
	{"country", "nation", "state", "republic"},
	{"visit", "trip", "travel", "tour", "journey", "meet"},
	{"agreement", "agree", "deal", "accord", "treaty", "pact", "partnership", "contract"},
	{"president", "leader", "head"},
	{"prime", "premier", "pm"},
	{"diplomat", "minister", "secretary", "envoy", "official"},
	{"old", "obsolete", "outdated", "retire", "aging", "ageing", "relic", "decommission", "bygone"},
	{"military", "army", "armed", "defense", "war", "combat"},
	{"west", "western", "westward"},
	{"russia", "russian", "moscow", "kremlin"},
	{"neighbor", "neighborhood", "border", "adjacent", "surround"},
	{"concern", "worry", "fear", "anxiety", "alarm", "afraid", "anxious", "nervous", "threat"},
	{"equipment", "gear", "hardware", "weapon", "arms", "materiel", "kit", "weaponry"},
	{"destabilization", "destabilize", "unrest", "instability", "interference"},
	{"support", "backing", "solidarity", "reassurance", "reaffirmation", "help", "aid", "assist"},
	{"sovereignty", "independence", "autonomy", "territorial", "integrity"},
	{"part", "spare", "component", "salvage", "scrap"},
	{"decoy", "dummy", "fake", "lure"},
	{"sanction", "embargo", "restriction", "penalty"},
	{"tie", "relation", "relationship", "bond", "alliance", "ally", "partner", "cooperation"},
	{"shift", "change", "pivot", "realignment", "recalibration", "departure", "turn"},
	{"bomber", "attack", "strike"},
	{"interceptor", "intercept"},
	{"supersonic", "fast", "speed"},
	{"historical", "history", "historic", "significance", "heritage"},
	{"trade", "commerce", "economy", "economic", "business"},
	{"mineral", "mining", "resource", "metal"},
	{"environment", "environmental", "climate", "ecology"},
	{"education", "school", "university", "learning"},
	{"number", "count", "total", "quantity", "many"},
	{"manufacturer", "maker", "builder", "producer", "company", "build", "make", "design", "designer", "manufacture"},
	{"soviet", "ussr"},
	{"capital", "city"},
	{"role", "job", "position", "office", "post", "title"},
	{"reason", "why", "purpose", "aim", "goal", "motive", "intention"},
	{"future", "later", "potential", "possible", "next"},
	{"hull", "fuselage", "body", "frame"},
	{"airfield", "airport", "airbase", "base", "runway"},
	{"sector", "area", "field", "domain", "industry"},
}

// questionFrame words only frame a question ("tell me about", "what does
// the story say"); they carry no content to match.
var questionFrame = map[string]bool{
	"tell": true, "know": true, "say": true, "mention": true, "story": true,
	"article": true, "describe": true, "explain": true, "please": true,
	"anything": true, "something": true, "information": true, "info": true,
	"detail": true, "give": true, "much": true, "exactly": true, "actually": true,
	"bot": true, "question": true, "answer": true, "can": true, "will": true,
	"may": true, "might": true, "also": true, "ever": true, "really": true,
	"still": true, "yet": true, "already": true, "just": true, "even": true,
	"currently": true, "now": true, "today": true, "anyway": true, "us": true,
	"like": true, "think": true, "happen": true, "thing": true, "stuff": true,
	"according": true, "anymore": true, "guess": true, "wonder": true,
	// Russian question words, read through the analyser's transliteration:
	// "Кто такой Токаев?" asks about Tokayev and nothing else.
	"кто": true, "такой": true, "такая": true, "что": true, "такое": true,
	"это": true, "когда": true, "где": true, "сколько": true, "какой": true,
	"какие": true, "про": true, "о": true, "об": true,
}

// questionHints are what some question words ask for. Stop-word analysis
// drops the question words themselves, so "why was it sold?" would
// otherwise read like "was it sold?".
var questionHints = map[string][]string{
	"why":   {"reason", "purpose", "aim", "goal", "intention", "because", "motive", "intent"},
	"where": {"location", "located", "region", "destination", "place"},
}

// genericWords name a kind of thing without saying which; "what is the
// Su-24 aircraft?" asks no more than "what is the Su-24?".
var genericWords = map[string]bool{
	"aircraft": true, "plane": true, "jet": true, "airplane": true, "model": true,
	"type": true, "person": true, "man": true, "woman": true, "politician": true,
	"country": true, "nation": true, "city": true, "place": true, "organization": true,
	"organisation": true, "event": true, "thing": true, "mean": true, "meaning": true,
	"exactly": true, "fighter": true,
}
