package index

import (
	"strings"
	"unicode"
)

// A name written in Russian is spelt by its sound, not its letters:
// "Майкл Джонс" is Michael Jones, "Сагино" the Saginaw, "Бёртона"
// Burton's. Letter by letter the two seldom meet ("maykl", "michael"),
// so names are matched by a key of their consonants' sounds, close
// sounds taken as one (k and hard c, g and j, s and z, f and v), vowels
// and the letters English or Russian often leave silent (h, w, y)
// dropped, doubled letters once: Michael and Майкл are both "mkl". Latin
// "ch" and Russian "ч" are both read as k, so Richard meets Ричард and
// Charles Чарльз.

// soundKeyOf is the key of a Latin word.
func soundKeyOf(latin string) string {
	w := strings.ToLower(latin)
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c, next := w[i], byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case c == 's' && strings.HasPrefix(w[i+1:], "ch"):
			b.WriteByte('s') // "Frosch": German "sch" is one sound
			i += 2
		case c == 'c' && next == 'h', c == 'c' && next == 'k':
			b.WriteByte('k')
			i++
		case c == 'p' && next == 'h':
			b.WriteByte('f')
			i++
		case c == 't' && next == 'h':
			b.WriteByte('t')
			i++
		case c == 'c' && strings.IndexByte("eiy", next) >= 0:
			b.WriteByte('s')
		case c == 'x':
			b.WriteString("ks")
		default:
			b.WriteByte(soundClass(rune(c)))
		}
	}
	return squeeze(b.String())
}

// soundKeyOfCyrillic is the key of a Russian word, a case ending's "м"
// ("Бёртоном") left out.
func soundKeyOfCyrillic(ru string) string {
	return cyrillicKey(ru, false)
}

// soundKeysOfCyrillic are the keys a Russian word may have: its own, and
// the key with an opening "г" and every "в" silent, as Russian writes
// the English and German h and w it has no letter for with them
// (Гамильтон is Hamilton, Валленберг Wallenberg, Эдвард Edward), and
// Latin h and w are silent in a key. A "г" inside a word is g far more
// often (Бирмингем, Валленберга).
func soundKeysOfCyrillic(ru string) []string {
	keys := []string{cyrillicKey(ru, false)}
	if alt := cyrillicKey(ru, true); alt != keys[0] {
		keys = append(keys, alt)
	}
	return keys
}

// cyrillicKey is the key of a Russian word, its opening "г" and its "в"
// read as h and w (silent) when hw is set.
func cyrillicKey(ru string, hw bool) string {
	w := strings.ToLower(ru)
	for _, end := range []string{"ом", "ем", "ам", "ами", "ями"} {
		if s, ok := strings.CutSuffix(w, end); ok && len([]rune(s)) >= 3 {
			w = s
			break
		}
	}
	w = strings.ReplaceAll(w, "дж", "ж") // "Джонс": one sound, as j
	var b strings.Builder
	for i, r := range w {
		switch {
		case r == 'ж':
			b.WriteByte(soundClass('j'))
		case r == 'ч':
			b.WriteByte('k') // as the key reads Latin "ch": Ричард is Richard
		case r == 'ц', r == 'щ', r == 'ш':
			b.WriteByte('s')
		case r == 'х':
			// silent, as "h" is: "Хоуп" is Hope
		case hw && (r == 'в' || r == 'г' && i == 0):
			// h or w: silent
		default:
			if s, ok := cyrillic[r]; ok && s != "" {
				b.WriteByte(soundClass(rune(s[0])))
			}
		}
	}
	return squeeze(b.String())
}

// soundClass is the class of a Latin letter's sound: 0 for the letters
// the key leaves out.
func soundClass(c rune) byte {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w':
		return 0
	case 'k', 'q', 'c':
		return 'k'
	case 'g', 'j':
		return 'g'
	case 's', 'z':
		return 's'
	case 'f', 'v':
		return 'f'
	}
	if c >= 'a' && c <= 'z' {
		return byte(c)
	}
	return 0
}

// squeeze drops the left-out letters (zero bytes) and doubled ones.
func squeeze(key string) string {
	var b strings.Builder
	var last byte
	for i := 0; i < len(key); i++ {
		if c := key[i]; c != 0 && c != last {
			b.WriteByte(c)
			last = c
		}
	}
	return b.String()
}

// nameSounds maps the sound keys of the words of the article's names
// to the words, keys of two sounds or more and heard in one name only;
// a key two names share says neither.
func nameSounds(passages []*passage) map[string]string {
	out := map[string]string{}
	for _, p := range passages {
		for _, s := range p.names {
			person := p.nameKindOf(s) == "person"
			for _, w := range strings.FieldsFunc(withoutMarks(s.text), func(r rune) bool { return !unicode.IsLetter(r) }) {
				// "López" is spelt Лопес: its accent is no sound of its own
				key := soundKeyOf(w)
				if len(key) == 1 && len(w) >= 4 && isASCII([]byte(w)) && !commonWord(w) {
					key = spelledKeyMark + spelledKey(w) // "Haima": one sound is no key; its letters are
				}
				if len(key) < 2 || !isASCII([]byte(w)) || !person && commonWord(w) {
					// "Force" of "Air Force" is English, not a name
					// a Russian question spells by its sound; a
					// person's "Curry" is.
					continue
				}
				if seen, ok := out[key]; ok && !strings.EqualFold(seen, w) {
					out[key] = ""
					continue
				}
				out[key] = w
			}
		}
	}
	return out
}

// nameBySound is the article's name word a Russian word sounds like, or
// "".
func (e *Engine) nameBySound(ru string) string {
	for _, key := range soundKeysOfCyrillic(ru) {
		if w := e.nameSounds[key]; w != "" {
			return w
		}
	}
	return e.nameSounds[spelledKeyMark+spelledKey(transliterate(strings.ToLower(ru)))]
}

// spelledKeyMark opens the key of a name of one consonant's sound, which
// is keyed by its letters (spelledKey) instead.
const spelledKeyMark = "="

// spelledKey is the key of a short name by its letters, read alike in
// Latin and transliterated Russian: "kh" as "h", "y" as "i", a final
// vowel (a Russian case ending) dropped. "Haima" and "Хайма", "Хайме"
// are all "haim".
func spelledKey(latin string) string {
	w := strings.ReplaceAll(strings.ToLower(latin), "kh", "h")
	w = strings.ReplaceAll(w, "y", "i")
	return strings.TrimRight(w, "aeiou")
}
