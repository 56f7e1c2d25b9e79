package corpus

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxDraftMentions bounds the sentences listed under one draft entry; a
// name the article repeats fifty times needs a few to be recognised.
const maxDraftMentions = 10

// draftUnknownKind is the kind a draft, or an article entry, gives a name
// it cannot place.
const draftUnknownKind Kind = "thing"

// maxTitleLen bounds a title drawn from the article's first sentence.
const maxTitleLen = 120

// draftHeader opens every drafted fact sheet: what it is and how to review
// it.
const draftHeader = `# Draft fact sheet, written by "storybot init" from the article alone.
#
# Review it before you rely on it:
#   - Each entry is a name the article mentions. Delete the ones not worth a
#     card, merge entries that are one thing (move the other names into
#     aliases), and check every kind.
#   - Lines marked "# REVIEW" are guesses. A summary is the first sentence that
#     mentions the name; rewrite it as one line saying who or what this is.
#   - The comments under an entry are the sentences that mention it
#     (¶ is the paragraph number).
#   - Add attributes only for facts the article states or that are well
#     established public knowledge (source: article or background), declaring
#     their keys under "fields:". Invent nothing.
#
# Then run: storybot check --corpus DIR
`

// Draft starts a corpus from an article. name is the article's file name;
// ".md" or ".markdown" means markdown, anything else plain text. It returns
// the article to write and its corpus file name (a plain-text article comes
// back as markdown with its headings marked "## ", so what the parser
// guessed is visible and editable), and a draft fact sheet listing the names
// FindNames finds, each with the sentences that mention it, for a moderator
// to review: the first MaxEntries of them, in the order the article names
// them. Draft refuses an article Load would refuse (CheckText and the cost
// limits), and the draft loads as it is; with WithNameKey giving the
// search's reading of names, it also builds.
func Draft(name string, article []byte, opts ...DraftOption) (articleOut []byte, articleName string, facts []byte, err error) {
	var cfg draftConfig
	for _, o := range opts {
		o(&cfg)
	}
	if len(article) > MaxFileSize {
		return nil, "", nil, fmt.Errorf("%s is larger than %d bytes", filepath.Base(name), MaxFileSize)
	}
	ext := strings.ToLower(filepath.Ext(name))
	markdown := ext == ".md" || ext == ".markdown"
	a, errs := readArticle(filepath.Base(name), article, markdown)
	if len(errs) > 0 {
		return nil, "", nil, errors.Join(errs...)
	}
	articleOut, articleName = article, ArticleFile
	if !markdown {
		articleOut, articleName = markStructure(article, &a)
	}
	facts = draftFacts(&a, FindNames(&a), cfg)
	if len(facts) > MaxFileSize {
		return nil, "", nil, fmt.Errorf("the draft fact sheet would be larger than %d bytes", MaxFileSize)
	}
	return articleOut, articleName, facts, nil
}

// DraftOption changes what Draft does.
type DraftOption func(*draftConfig)

type draftConfig struct {
	nameKey func(string) string // the search's reading of a name, or nil
}

// WithNameKey gives Draft the search's own reading of a name (storybot init
// passes index.AnalysedName). Names that read the same under key become
// one entry, as the index cannot tell them apart ("Hawk" and "Hawking",
// "Friends of the Refuge" and "Friends of Refuge"), and a name that reads
// as "" is left out, as the index finds no words in it. Without it the
// draft keeps apart only the names Load takes for one (NameKey), so it
// loads but may not build.
func WithNameKey(key func(string) string) DraftOption {
	return func(c *draftConfig) { c.nameKey = key }
}

// markStructure rewrites a plain-text article as markdown, making what the
// parser found visible and editable: headings are marked "## " and the
// lines of a list "- ". When the markdown would not read back the same
// (a line already starts with "#", say) it returns the article unchanged,
// as plain text.
func markStructure(data []byte, a *Article) ([]byte, string) {
	lines := strings.Split(normaliseText(data), "\n")
	prefix := make([]string, len(lines))
	for _, h := range a.headings {
		if h.line < 1 || h.line > len(lines) {
			return data, ArticleTextFile
		}
		prefix[h.line-1] = "## "
	}
	for _, p := range a.Paragraphs {
		if !p.List {
			continue
		}
		for k := range strings.Count(p.Text, "\n") + 1 {
			i := p.Line - 1 + k
			if i < 0 || i >= len(lines) {
				return data, ArticleTextFile
			}
			if !bulleted(strings.TrimSpace(lines[i])) {
				prefix[i] = "- "
			}
		}
	}
	var b strings.Builder
	for i, l := range lines {
		if prefix[i] != "" {
			l = prefix[i] + strings.TrimSpace(l)
		}
		b.WriteString(strings.TrimRight(l, " \t"))
		if i < len(lines)-1 {
			b.WriteByte('\n')
		}
	}
	out := []byte(b.String())
	back, errs := parseArticle(ArticleFile, out, true)
	if len(errs) > 0 || !sameStructure(a, &back) {
		return data, ArticleTextFile
	}
	return out, ArticleFile
}

// sameStructure reports whether two readings of an article have the same
// sections, paragraphs and lists, ignoring the bullets markStructure adds.
func sameStructure(a, b *Article) bool {
	if a.Title != b.Title || len(a.Paragraphs) != len(b.Paragraphs) || strings.Join(a.Sections, "\n") != strings.Join(b.Sections, "\n") {
		return false
	}
	for i := range a.Paragraphs {
		p, q := &a.Paragraphs[i], &b.Paragraphs[i]
		if p.Section != q.Section || p.List != q.List || !p.List && p.Text != q.Text {
			return false
		}
		if p.List && !sameItems(strings.Split(p.Text, "\n"), strings.Split(q.Text, "\n")) {
			return false
		}
	}
	return true
}

// sameItems reports whether list items read the same, but for a bullet
// added in front.
func sameItems(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && "- "+a[i] != b[i] {
			return false
		}
	}
	return true
}

// draftFacts writes the fact-sheet draft: a title and one entry per name.
func draftFacts(a *Article, names []FoundName, cfg draftConfig) []byte {
	var b strings.Builder
	b.WriteString(draftHeader)
	title := oneLine(articleTitle(a))
	if title == "" {
		title = "TODO: the story's title"
	}
	fmt.Fprintf(&b, "\ntitle: %s # REVIEW: taken from the article\n", yamlQuote(title))
	if len(names) == 0 {
		b.WriteString("# The article names nobody and nothing that looks like a name; add entries by hand.\nentries: []\n")
		return []byte(b.String())
	}
	b.WriteString("entries:\n")
	ids := map[string]bool{}
	keys := nameClaims{ids: map[string]string{}, cfg: cfg}
	for i, n := range names {
		if len(ids) == MaxEntries {
			fmt.Fprintf(&b, "\n  # the last %d names found are left out: a fact sheet holds at most %d entries\n", len(names)-i, MaxEntries)
			break
		}
		if owner, taken := keys.owner(n.Name); taken {
			fmt.Fprintf(&b, "\n  # also found %q, written like a name of %q; add it there if it is the same\n", yamlComment(n.Name), owner)
			continue
		}
		if !keys.usable(n.Name) {
			continue
		}
		id := uniqueID(slug(n.Name), ids)
		keys.claim(n.Name, id)
		writeEntry(&b, id, n, keys)
	}
	return []byte(b.String())
}

// writeEntry writes one draft entry with its mentions as comments.
func writeEntry(b *strings.Builder, id string, n FoundName, keys nameClaims) {
	fmt.Fprintf(b, "\n  - id: %s\n", id)
	switch n.Kind {
	case KindPerson, KindPlace, KindOrganisation, KindEvent:
		fmt.Fprintf(b, "    kind: %s # REVIEW: guessed from the text\n", n.Kind)
	default:
		fmt.Fprintf(b, "    kind: %s # REVIEW: kind unknown; say what this is (person, place, organisation, or any lowercase word)\n", draftUnknownKind)
	}
	fmt.Fprintf(b, "    name: %s\n", yamlQuote(n.Name))
	var aliases []string
	own := map[string]bool{strings.ToLower(n.Name): true}
	for _, v := range n.Variants {
		owner, taken := keys.owner(v)
		if taken && owner != id || own[strings.ToLower(v)] || NameKey(v) == "" || !keys.usable(v) {
			continue
		}
		keys.claim(v, id)
		own[strings.ToLower(v)] = true
		aliases = append(aliases, yamlQuote(v))
	}
	if len(aliases) > 0 {
		fmt.Fprintf(b, "    aliases: [%s]\n", strings.Join(aliases, ", "))
	}
	summary := "TODO: one line saying who or what this is"
	if len(n.Mentions) > 0 && oneLine(n.Mentions[0].Text) != "" {
		summary = clip(oneLine(n.Mentions[0].Text), maxSummaryLen)
	}
	fmt.Fprintf(b, "    summary: %s # REVIEW: say who or what this is\n", yamlQuote(summary))
	times := fmt.Sprintf("%d times", n.Count)
	if n.Count == 1 {
		times = "once"
	}
	fmt.Fprintf(b, "    # mentioned %s, in these sentences:\n", times)
	for i, m := range n.Mentions {
		if i == maxDraftMentions {
			fmt.Fprintf(b, "    # … and %d more\n", len(n.Mentions)-i)
			break
		}
		fmt.Fprintf(b, "    # ¶%d: %s\n", m.Paragraph, yamlComment(m.Text))
	}
}

// nameClaims records which entry each name went to, under the keys by
// which Load (NameKey) and, when Draft was given it, the search
// (WithNameKey) would take two names for one.
type nameClaims struct {
	ids map[string]string // "load:" or "search:" and a key -> the entry's id
	cfg draftConfig
}

// keys are the keys under which name clashes with another.
func (c nameClaims) keys(name string) []string {
	ks := []string{"load:" + NameKey(name)}
	if c.cfg.nameKey != nil {
		ks = append(ks, "search:"+c.cfg.nameKey(name))
	}
	return ks
}

// owner returns the id of the entry already using name, or a name that
// Load or the search would take for it.
func (c nameClaims) owner(name string) (string, bool) {
	for _, k := range c.keys(name) {
		if id, ok := c.ids[k]; ok {
			return id, true
		}
	}
	return "", false
}

func (c nameClaims) claim(name, id string) {
	for _, k := range c.keys(name) {
		c.ids[k] = id
	}
}

// usable reports whether name may be written as a name or an alias: not
// too long, and holding words the search can find.
func (c nameClaims) usable(name string) bool {
	return utf8.RuneCountInString(name) <= maxNameLen && (c.cfg.nameKey == nil || c.cfg.nameKey(name) != "")
}

// articleTitle is the article's "# " title, else a heading before any
// paragraph, else its first sentence; "" for an article with none of them,
// which a parsed article cannot be (draftFacts falls back on a TODO).
func articleTitle(a *Article) string {
	switch {
	case a.Title != "":
		return a.Title
	case len(a.Sections) > 0 && (len(a.Paragraphs) == 0 || a.Paragraphs[0].Section != IntroSection):
		return a.Sections[0]
	case len(a.Paragraphs) > 0 && len(a.Paragraphs[0].Sentences) > 0:
		return clip(a.Paragraphs[0].Sentences[0].Text, maxTitleLen)
	}
	return ""
}

// slug makes an entry id from a name: ASCII lower-case letters and digits
// separated by single hyphens ("Seán O'Brien" -> "sean-o-brien").
func slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // the accent of a decomposed letter
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(unicode.ToLower(r))
			hyphen = false
		case r != '.':
			hyphen = true // "U.S." is "us", not "u-s"
		}
	}
	if b.Len() == 0 {
		return "name"
	}
	return b.String()
}

func uniqueID(base string, ids map[string]bool) string {
	id := base
	for n := 2; ids[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	ids[id] = true
	return id
}

// yamlQuote writes s as a YAML double-quoted scalar; Go's escapes are a
// subset of YAML's.
func yamlQuote(s string) string { return strconv.Quote(s) }

// oneLine makes s one line of single-spaced words, as the fact sheet's
// one-line fields must be.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(yamlComment(s), breakingSpace), " ")
}

// breakingSpace reports whether a rune is a space a line may break at:
// a no-break space ("7:23 a.m.") is part of the text, which a summary
// must quote as the article writes it.
func breakingSpace(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' && r != '\u2007'
}

// yamlComment makes s safe inside a YAML comment: one line.
func yamlComment(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\u0085' || r == '\u2028' || r == '\u2029' || unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}
