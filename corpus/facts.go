package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

var (
	idPattern       = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	fieldKeyPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	yamlLine        = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
)

// Limits on fact-sheet text, so one entry cannot swamp a Discord embed or the
// index.
const (
	maxNameLen    = 100
	maxSummaryLen = 300
	maxStoryLen   = 2000
	maxValueLen   = 300
)

// DateKey is the attribute key that dates an event; its values must parse
// with ParseDate so events can be put in order.
const DateKey = "date"

// sheet collects the problems of one fact-sheet parse.
type sheet struct {
	file     string
	problems []error
}

// maxProblems bounds the problems one fact sheet collects, so a huge broken
// file costs bounded memory; far fewer are reported (maxReported).
const maxProblems = 1000

func (s *sheet) errf(line int, format string, args ...any) {
	if len(s.problems) >= maxProblems {
		return
	}
	s.problems = append(s.problems, &Error{File: s.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// parseFacts parses and validates the fact sheet into c.
func parseFacts(name string, data []byte, c *Corpus) []error {
	s := &sheet{file: name}
	if !utf8.Valid(data) {
		s.errf(0, "not valid UTF-8 text")
		return s.problems
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		s.yamlError(err)
		return s.problems
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		s.errf(0, "the fact sheet is empty")
		return s.problems
	}
	s.refuseAliases(&doc)
	if len(s.problems) > 0 {
		return s.problems
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		s.errf(root.Line, "the fact sheet must be a mapping with title, fields and entries")
		return s.problems
	}
	seen := map[string]bool{}
	s.eachKey(root, "the fact sheet", func(key string, k, v *yaml.Node) {
		seen[key] = true
		switch key {
		case "title":
			c.Title = s.str(v, "title")
		case "fields":
			for _, n := range s.seq(v, "fields") {
				c.Fields = append(c.Fields, s.field(n))
			}
		case "entries":
			for _, n := range s.seq(v, "entries") {
				c.Entries = append(c.Entries, s.entry(n))
			}
		default:
			s.errf(k.Line, "unknown key %q (expected title, fields, entries)", key)
		}
	})
	if strings.TrimSpace(c.Title) == "" {
		s.errf(root.Line, "missing title")
	}
	if !seen["entries"] || len(c.Entries) == 0 && len(s.problems) == 0 {
		s.errf(root.Line, "no entries")
	}
	s.crossCheck(c)
	return s.problems
}

// yamlError turns a YAML syntax or type error into file:line problems.
func (s *sheet) yamlError(err error) {
	var lines []string
	if te, ok := err.(*yaml.TypeError); ok {
		lines = te.Errors
	} else {
		lines = []string{err.Error()}
	}
	for _, l := range lines {
		if m := yamlLine.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[1])
			if zeroBasedYAMLLine(m[2]) {
				n++
			}
			s.errf(n, "invalid YAML: %s", m[2])
		} else {
			s.errf(0, "invalid YAML: %s", strings.TrimPrefix(l, "yaml: "))
		}
	}
}

// zeroBasedYAMLLine reports whether yaml.v3 gives the line of a syntax
// error counted from 0: it does for the parser's errors ("did not find
// expected ',' or ']'"), and for a tab in the indentation, but counts from 1
// for the scanner's others.
func zeroBasedYAMLLine(msg string) bool {
	return strings.HasPrefix(msg, "did not find expected") && !strings.Contains(msg, "URI") ||
		strings.Contains(msg, "tab character")
}

// deref follows nothing: anchors and aliases are refused (see
// refuseAliases), so every node stands for itself.
func deref(n *yaml.Node) *yaml.Node { return n }

// refuseAliases reports every YAML alias ("*name"). A fact sheet has no need
// of them, and expanding them lets a small file make validation do work
// that grows with the square of its size.
func (s *sheet) refuseAliases(n *yaml.Node) {
	if n.Kind == yaml.AliasNode {
		s.errf(n.Line, "YAML aliases (*%s) are not supported in the fact sheet; write the value out", n.Value)
		return
	}
	for _, c := range n.Content {
		s.refuseAliases(c)
	}
}

// eachKey calls fn for every key of a mapping, reporting duplicate keys.
func (s *sheet) eachKey(n *yaml.Node, what string, fn func(key string, k, v *yaml.Node)) {
	n = deref(n)
	if n.Kind != yaml.MappingNode {
		s.errf(n.Line, "%s must be a mapping", what)
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := deref(n.Content[i]), deref(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			s.errf(k.Line, "%s has a key that is not a plain word", what)
			continue
		}
		if seen[k.Value] {
			s.errf(k.Line, "%s repeats the key %q", what, k.Value)
			continue
		}
		seen[k.Value] = true
		fn(k.Value, k, v)
	}
}

func (s *sheet) str(n *yaml.Node, what string) string {
	n = deref(n)
	if n.Kind != yaml.ScalarNode {
		s.errf(n.Line, "%s must be text", what)
		return ""
	}
	if n.Tag == "!!null" {
		return ""
	}
	return strings.TrimSpace(n.Value)
}

func (s *sheet) seq(n *yaml.Node, what string) []*yaml.Node {
	n = deref(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		s.errf(n.Line, "%s must be a list", what)
		return nil
	}
	return n.Content
}

// strs reads a list of texts with their lines, rejecting empty items.
func (s *sheet) strs(n *yaml.Node, what string) ([]string, []int) {
	var out []string
	var lines []int
	for _, item := range s.seq(n, what) {
		item = deref(item)
		v := s.str(item, what+" item")
		if v == "" {
			if item.Kind == yaml.ScalarNode {
				s.errf(item.Line, "empty item in %s", what)
			}
			continue
		}
		out = append(out, v)
		lines = append(lines, item.Line)
	}
	return out, lines
}

func (s *sheet) field(n *yaml.Node) Field {
	n = deref(n)
	f := Field{Line: n.Line}
	s.eachKey(n, "a field", func(key string, k, v *yaml.Node) {
		switch key {
		case "key":
			f.Key = s.str(v, "key")
		case "label":
			f.Label = s.str(v, "label")
		case "cues":
			f.Cues, _ = s.strs(v, "cues")
		default:
			s.errf(k.Line, "unknown key %q in a field (expected key, label, cues)", key)
		}
	})
	switch {
	case f.Key == "":
		s.errf(f.Line, "field without a key")
	case !fieldKeyPattern.MatchString(f.Key):
		s.errf(f.Line, "field key %q must be lower-case letters, digits and underscores", f.Key)
	}
	if f.Label == "" {
		s.errf(f.Line, "field %q has no label", f.Key)
	}
	for _, cue := range f.Cues {
		if strings.ContainsFunc(cue, unicode.IsSpace) {
			s.errf(f.Line, "cue %q of field %q must be a single word", cue, f.Key)
		}
	}
	return f
}

func (s *sheet) entry(n *yaml.Node) Entry {
	n = deref(n)
	e := Entry{Line: n.Line}
	s.eachKey(n, "an entry", func(key string, k, v *yaml.Node) {
		switch key {
		case "id":
			e.ID = s.str(v, "id")
		case "kind":
			e.Kind = Kind(s.str(v, "kind"))
		case "name":
			e.Name = s.str(v, "name")
		case "aliases":
			e.Aliases, e.AliasLines = s.strs(v, "aliases")
		case "summary":
			e.Summary = s.str(v, "summary")
		case "story":
			e.Story = s.str(v, "story")
		case "related":
			e.Related, _ = s.strs(v, "related")
		case "attributes":
			for _, a := range s.seq(v, "attributes") {
				e.Attributes = append(e.Attributes, s.attribute(a))
			}
		default:
			s.errf(k.Line, "unknown key %q in an entry (expected id, kind, name, aliases, summary, attributes, story, related)", key)
		}
	})
	label := e.ID
	if label == "" {
		label = e.Name
	}
	switch {
	case e.ID == "":
		s.errf(e.Line, "entry %q has no id", e.Name)
	case !idPattern.MatchString(e.ID):
		s.errf(e.Line, "id %q must be lower-case letters and digits separated by single hyphens", e.ID)
	}
	if e.Name == "" {
		s.errf(e.Line, "entry %q has no name", label)
	}
	if !validKind(e.Kind) {
		s.errf(e.Line, "entry %q has unknown kind %q (expected %s)", label, e.Kind, kindList())
	}
	if e.Summary == "" {
		s.errf(e.Line, "entry %q has no summary", label)
	}
	s.checkText(e.Line, label, "name", e.Name, maxNameLen)
	s.checkText(e.Line, label, "summary", e.Summary, maxSummaryLen)
	s.checkText(e.Line, label, "story", e.Story, maxStoryLen)
	for i, a := range e.Aliases {
		s.checkText(e.AliasLines[i], label, "alias", a, maxNameLen)
	}
	return e
}

func (s *sheet) checkText(line int, entry, what, text string, max int) {
	if n := utf8.RuneCountInString(text); n > max {
		s.errf(line, "%s of %q is %d characters long; the limit is %d", what, entry, n, max)
	}
	if strings.ContainsAny(text, "\n\r") && what != "story" {
		s.errf(line, "%s of %q must be one line", what, entry)
	}
}

func (s *sheet) attribute(n *yaml.Node) Attribute {
	n = deref(n)
	a := Attribute{Line: n.Line}
	s.eachKey(n, "an attribute", func(key string, k, v *yaml.Node) {
		switch key {
		case "key":
			a.Key = s.str(v, "key")
		case "value":
			a.Value = s.str(v, "value")
		case "source":
			a.Source = Source(s.str(v, "source"))
		default:
			s.errf(k.Line, "unknown key %q in an attribute (expected key, value, source)", key)
		}
	})
	if a.Key == "" {
		s.errf(a.Line, "attribute without a key")
	}
	if a.Value == "" {
		s.errf(a.Line, "attribute %q has no value", a.Key)
	}
	if n := utf8.RuneCountInString(a.Value); n > maxValueLen {
		s.errf(a.Line, "value of attribute %q is %d characters long; the limit is %d", a.Key, n, maxValueLen)
	}
	if a.Source != SourceArticle && a.Source != SourceBackground {
		s.errf(a.Line, "attribute %q needs source: article or background (got %q)", a.Key, a.Source)
	}
	if a.Key == DateKey && a.Value != "" {
		if _, ok := ParseDate(a.Value); !ok {
			s.errf(a.Line, "date %q is not a date like \"March 2023\", \"autumn 2023\", \"2 July 1967\" or \"2023\"", a.Value)
		}
	}
	return a
}

// crossCheck validates what spans entries: unique ids, names and aliases,
// declared attribute keys, and related ids that exist.
func (s *sheet) crossCheck(c *Corpus) {
	c.byField = make(map[string]int, len(c.Fields))
	for i, f := range c.Fields {
		if j, dup := c.byField[f.Key]; dup {
			s.errf(f.Line, "field %q is declared twice (first on line %d)", f.Key, c.Fields[j].Line)
			continue
		}
		c.byField[f.Key] = i
	}
	c.byID = make(map[string]int, len(c.Entries))
	type owner struct {
		id   string
		line int
	}
	// Across entries, names must differ even after folding case and
	// punctuation, or a question naming one would be ambiguous. Within an
	// entry only exact repeats are mistakes: "US" and "U.S." are both worth
	// listing, because they read differently.
	names := map[string]owner{}
	for i := range c.Entries {
		e := &c.Entries[i]
		if e.ID == "" {
			continue
		}
		if j, dup := c.byID[e.ID]; dup {
			s.errf(e.Line, "duplicate id %q (first on line %d)", e.ID, c.Entries[j].Line)
		} else {
			c.byID[e.ID] = i
		}
		lines := append([]int{e.Line}, e.AliasLines...)
		own := map[string]int{}
		for k, name := range e.Names() {
			if name == "" {
				continue // "has no name" is reported already
			}
			key := NameKey(name)
			if key == "" {
				s.errf(lines[k], "alias %q of %q has no letters or digits", name, e.ID)
				continue
			}
			if prev, dup := own[strings.ToLower(name)]; dup {
				s.errf(lines[k], "duplicate alias %q in %q (also on line %d)", name, e.ID, prev)
				continue
			}
			own[strings.ToLower(name)] = lines[k]
			if prev, dup := names[key]; dup && prev.id != e.ID {
				s.errf(lines[k], "duplicate alias %q: %q already uses it on line %d", name, prev.id, prev.line)
				continue
			}
			names[key] = owner{e.ID, lines[k]}
		}
		seenAttr := map[string]int{}
		for _, a := range e.Attributes {
			if _, ok := c.byField[a.Key]; !ok && a.Key != "" {
				s.errf(a.Line, "attribute key %q is not declared under fields", a.Key)
			}
			if prev, dup := seenAttr[a.Key]; dup {
				s.errf(a.Line, "attribute %q repeated in %q (first on line %d); put both values in one", a.Key, e.ID, prev)
			}
			seenAttr[a.Key] = a.Line
		}
	}
	for i := range c.Entries {
		e := &c.Entries[i]
		for _, r := range e.Related {
			if _, ok := c.byID[r]; !ok {
				s.errf(e.Line, "%q is related to unknown id %q", e.ID, r)
			} else if r == e.ID {
				s.errf(e.Line, "%q lists itself as related", e.ID)
			}
		}
	}
}

// NameKey folds a name for duplicate detection: lower case, letters and
// digits only, so "Su-24", "su 24" and "SU24" are the same name.
func NameKey(name string) string {
	var b strings.Builder
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func validKind(k Kind) bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

func kindList() string {
	s := make([]string, len(Kinds))
	for i, k := range Kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}
