package index

import (
	"slices"
	"testing"
)

// TestSoundKeys: a name and its Russian spelling share a key; names
// that sound unlike do not.
func TestSoundKeys(t *testing.T) {
	for latin, ru := range map[string]string{
		"Michael": "Майкл", "Jones": "Джонс", "Burton": "Бёртона", "Saginaw": "Сагино",
		"Frosch": "Фрош", "Georgia": "Джорджии", "Curry": "Кёрри", "Darryl": "Дэррила",
		"Stephen": "Стивен", "Wallace": "Уоллес",
	} {
		if a, b := soundKeyOf(latin), soundKeyOfCyrillic(ru); a != b {
			t.Errorf("%s %q and %s %q: keys differ", latin, a, ru, b)
		}
	}
	// Russian writes English and German h and w with г and в.
	for latin, ru := range map[string]string{"Hamilton": "Гамильтон", "Wallenberg": "Валленберга", "Wismut": "Висмута"} {
		if !slices.Contains(soundKeysOfCyrillic(ru), soundKeyOf(latin)) {
			t.Errorf("%s %q is none of %s's keys %q", latin, soundKeyOf(latin), ru, soundKeysOfCyrillic(ru))
		}
	}
	for latin, ru := range map[string]string{"Jones": "Джексон", "Burton": "Бостон"} {
		if soundKeyOf(latin) == soundKeyOfCyrillic(ru) {
			t.Errorf("%s and %s share a key", latin, ru)
		}
	}
}

// TestRussianNamesBySound: a Russian question names the article's
// people as Russian spells them; an English word in an organisation's
// name ("Force") is no name a Russian word may sound like.
func TestRussianNamesBySound(t *testing.T) {
	e := plainFrom(t, "Eagle rescue\n\nDr. Michael Jones, who specializes in bird medicine, removed the hook.\n\nThe Air Force lent a truck for the trip.\n", "")
	wantLinesContaining(t, e, map[string]string{"Кто такой Майкл Джонс?": "specializes in bird medicine"})
	// "форс" is keyed as "Force" is; an English word of an
	// organisation's name is not among the names matched by sound.
	if got := e.nameBySound("форс"); got != "" {
		t.Errorf("форс sounds like the story's %q", got)
	}
}
