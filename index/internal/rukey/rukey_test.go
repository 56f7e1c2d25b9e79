package rukey

import "testing"

// TestKeyFoldsCaseAndYo: a word's forms, its capitals and "ё" written
// "е" key alike; other words do not.
func TestKeyFoldsCaseAndYo(t *testing.T) {
	for _, w := range []string{"Гнёзда", "гнезда", "гнездо", "ГНЁЗДА"} {
		if got := Key(w); got != Key("гнезда") {
			t.Errorf("Key(%q) = %q, want %q", w, got, Key("гнезда"))
		}
	}
	if Key("гнездо") == Key("гвоздь") {
		t.Errorf("Key(гнездо) = Key(гвоздь) = %q", Key("гнездо"))
	}
	if got, want := PairKey("Летучая", "мышь"), Key("летучая")+"+"+Key("мышь"); got != want {
		t.Errorf("PairKey = %q, want %q", got, want)
	}
}

// TestStop: Snowball's little words are stop words, content words not.
func TestStop(t *testing.T) {
	for w, want := range map[string]bool{"для": true, "Для": true, "в": true, "было": true, "гнездо": false, "мост": false} {
		if Stop(w) != want {
			t.Errorf("Stop(%q) = %v, want %v", w, !want, want)
		}
	}
}
