package corpus

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"
)

var (
	idPattern       = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	kindPattern     = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	commandPattern  = regexp.MustCompile(`^[a-z0-9_-]{1,32}$`)
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
	// maxDescriptionLen is Discord's limit on a command's description.
	maxDescriptionLen = 100
	maxExampleLen     = 200
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
	s.add(&Error{File: s.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// add records a problem, up to maxProblems.
func (s *sheet) add(err error) {
	if len(s.problems) >= maxProblems {
		return
	}
	s.problems = append(s.problems, err)
}

// parseFacts parses and validates the fact sheet into c. Every section is
// optional: an empty fact sheet (or none, read as empty) is a valid one,
// and is cross-checked like any other, which fills in c's lookups.
func parseFacts(name string, data []byte, c *Corpus) []error {
	s := &sheet{file: name}
	if err := CheckText(name, data); err != nil {
		return []error{err}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		s.yamlError(err, strings.Split(normaliseText(data), "\n"))
		return s.problems
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		s.crossCheck(c)
		return s.problems
	}
	s.refuseAliases(&doc)
	if len(s.problems) > 0 {
		return s.problems
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		s.crossCheck(c)
		return s.problems
	}
	if root.Kind != yaml.MappingNode {
		s.errf(root.Line, "the fact sheet must be a mapping with title, fields and entries")
		return s.problems
	}
	if s.checkCost(root); len(s.problems) > 0 {
		return s.problems
	}
	s.eachKey(root, "the fact sheet", func(key string, k, v *yaml.Node) {
		s.section(c, key, k, v)
	})
	s.crossCheck(c)
	return s.problems
}

// section reads one top-level section of the fact sheet into c.
func (s *sheet) section(c *Corpus, key string, k, v *yaml.Node) {
	switch key {
	case "title":
		c.Title = s.str(v, "title")
	case "fields":
		c.Fields = []Field{} // declared, even if empty: keys are not implicit
		for _, n := range s.seq(v, "fields") {
			c.Fields = append(c.Fields, s.field(n))
		}
	case "entries":
		for _, n := range s.seq(v, "entries") {
			c.Entries = append(c.Entries, s.entry(n))
		}
	case "commands":
		for _, n := range s.seq(v, "commands") {
			c.Commands = append(c.Commands, s.command(n))
		}
	case "examples":
		c.Examples = s.examples(v)
	case "synonyms":
		c.Synonyms = s.synonyms(v)
	case "translations":
		c.Translations = s.translations(v)
	default:
		s.errf(k.Line, "unknown key %q (expected title, fields, entries, commands, examples, synonyms, translations)", key)
	}
}

// yamlError turns a YAML syntax or type error into file:line problems,
// each with a hint on how to fix the usual causes.
func (s *sheet) yamlError(err error, lines []string) {
	var msgs []string
	if te, ok := err.(*yaml.TypeError); ok {
		msgs = te.Errors
	} else {
		msgs = []string{err.Error()}
	}
	for _, l := range msgs {
		if m := yamlLine.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[1])
			if zeroBasedYAMLLine(m[2]) {
				n++
			}
			s.errf(n, "invalid YAML: %s%s", m[2], yamlHint(m[2], lineAt(lines, n)))
		} else {
			s.errf(0, "invalid YAML: %s", strings.TrimPrefix(l, "yaml: "))
		}
	}
}

func lineAt(lines []string, n int) string {
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// yamlHint says how to fix the syntax errors moderators make most: a value
// containing ": " or "," left unquoted, and tabs in the indentation.
func yamlHint(msg, line string) string {
	indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
	switch {
	case strings.Contains(msg, "tab character") || strings.Contains(indent, "\t"):
		return "; hint: indent with spaces, not tabs"
	case strings.Contains(msg, "mapping values are not allowed"),
		strings.HasPrefix(msg, "did not find expected ','"):
		return "; hint: " + quoteHint(line)
	}
	return ""
}

// quoteHint suggests quoting the value on a line that has a ": " or ","
// inside it: `summary: Note: this` becomes `quote the value: "Note: this"`.
func quoteHint(line string) string {
	t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "-{["))
	if _, v, ok := strings.Cut(t, ": "); ok && strings.Contains(v, ":") && !strings.ContainsAny(v, "{}[]") {
		return fmt.Sprintf("quote the value: %q", strings.TrimSpace(v))
	}
	return `quote any value that contains ": " or ",": "…"`
}

// zeroBasedYAMLLine reports whether yaml.v3 gives the line of a syntax
// error counted from 0: it does for the parser's errors ("did not find
// expected ',' or ']'"), and for a tab in the indentation, but counts from 1
// for the scanner's others.
func zeroBasedYAMLLine(msg string) bool {
	return strings.HasPrefix(msg, "did not find expected") && !strings.Contains(msg, "URI") ||
		strings.Contains(msg, "tab character")
}

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
	if n.Kind != yaml.MappingNode {
		s.errf(n.Line, "%s must be a mapping", what)
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
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

// record reads a mapping that is one record of the fact sheet (what is "a
// field", "an entry" and so on), calling set for each key it has of keys
// and reporting any other key with the keys expected.
func (s *sheet) record(n *yaml.Node, what string, keys []string, set func(key string, v *yaml.Node)) {
	s.eachKey(n, what, func(key string, k, v *yaml.Node) {
		if !slices.Contains(keys, key) {
			s.errf(k.Line, "unknown key %q in %s (expected %s)%s", key, what, strings.Join(keys, ", "), commaHint(n, k, v))
			return
		}
		set(key, v)
	})
}

func (s *sheet) str(n *yaml.Node, what string) string {
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
	f := Field{Line: n.Line}
	s.record(n, "a field", []string{"key", "label", "cues"}, func(key string, v *yaml.Node) {
		switch key {
		case "key":
			f.Key = s.str(v, "key")
		case "label":
			f.Label = s.str(v, "label")
		case "cues":
			f.Cues, _ = s.strs(v, "cues")
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
	e := Entry{Line: n.Line}
	s.record(n, "an entry", []string{"id", "kind", "name", "aliases", "summary", "attributes", "story", "related"}, func(key string, v *yaml.Node) {
		switch key {
		case "id":
			e.ID = s.str(v, "id")
		case "kind":
			e.Kind = canonicalKind(s.str(v, "kind"))
		case "name":
			e.Name = norm.NFKC.String(s.str(v, "name"))
		case "aliases":
			e.Aliases, e.AliasLines = s.strs(v, "aliases")
			for i, a := range e.Aliases {
				e.Aliases[i] = norm.NFKC.String(a)
			}
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
		s.errf(e.Line, "entry %q has kind %q; a kind is one lowercase word such as %s", label, e.Kind, kindList())
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
	a := Attribute{Line: n.Line}
	s.record(n, "an attribute", []string{"key", "value", "source"}, func(key string, v *yaml.Node) {
		switch key {
		case "key":
			a.Key = s.str(v, "key")
		case "value":
			a.Value = s.str(v, "value")
		case "source":
			a.Source = Source(s.str(v, "source"))
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
			s.errf(a.Line, "date %q is not a date: write it like %s", a.Value, DateExamples)
		}
	}
	return a
}

// command reads a declared lookup command.
func (s *sheet) command(n *yaml.Node) Command {
	c := Command{Line: n.Line}
	s.record(n, "a command", []string{"name", "kinds", "description", "example"}, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			c.Name = s.str(v, "name")
		case "kinds":
			kinds, _ := s.strs(v, "kinds")
			for _, k := range kinds {
				c.Kinds = append(c.Kinds, canonicalKind(k))
			}
		case "description":
			c.Description = s.str(v, "description")
		case "example":
			c.Example = s.str(v, "example")
		}
	})
	s.checkCommand(c)
	return c
}

func (s *sheet) checkCommand(c Command) {
	switch {
	case !commandPattern.MatchString(c.Name):
		s.errf(c.Line, "command name %q must be 1 to 32 lowercase letters, digits, - or _", c.Name)
	case slices.Contains(ReservedCommandNames(), c.Name):
		s.errf(c.Line, "command %q clashes with the built-in command /%s; choose another name", c.Name, c.Name)
	}
	if len(c.Kinds) == 0 {
		s.errf(c.Line, "command %q needs kinds: the kinds of entry it looks up, such as [%s]", c.Name, KindPerson)
	}
	for _, k := range c.Kinds {
		if !validKind(k) {
			s.errf(c.Line, "command %q has kind %q; a kind is one lowercase word", c.Name, k)
		}
	}
	if c.Description == "" {
		s.errf(c.Line, "command %q needs a description of 1 to %d characters", c.Name, maxDescriptionLen)
	}
	s.checkText(c.Line, c.Name, "description", c.Description, maxDescriptionLen)
	s.checkText(c.Line, c.Name, "example", c.Example, maxNameLen)
}

// examples reads the example questions.
func (s *sheet) examples(n *yaml.Node) []string {
	qs, lines := s.strs(n, "examples")
	for i, q := range qs {
		s.checkText(lines[i], q, "example question", q, maxExampleLen)
	}
	return qs
}

// synonyms reads the synonym groups, each a list of two or more words or
// phrases, lower-cased.
func (s *sheet) synonyms(n *yaml.Node) [][]string {
	var groups [][]string
	for _, g := range s.seq(n, "synonyms") {
		words, lines := s.strs(g, "a synonym group")
		if len(words) < 2 && g.Kind == yaml.SequenceNode {
			s.errf(g.Line, "a synonym group needs two or more words")
		}
		for i, w := range words {
			words[i] = strings.ToLower(norm.NFKC.String(w))
			s.checkText(lines[i], w, "synonym", w, maxNameLen)
		}
		if len(words) > 0 {
			groups = append(groups, words)
		}
	}
	return groups
}

// translations reads the story's bilingual word list: a word in another
// language, then the English word of the story it stands for.
func (s *sheet) translations(n *yaml.Node) map[string]string {
	out := map[string]string{}
	s.eachKey(n, "translations", func(key string, k, v *yaml.Node) {
		word := s.str(v, "a translation")
		switch {
		case strings.ContainsFunc(key, unicode.IsSpace) || key == "":
			s.errf(k.Line, "translation %q must be one word", key)
		case word == "":
			s.errf(k.Line, "translation of %q is empty", key)
		default:
			out[strings.ToLower(norm.NFKC.String(key))] = word
		}
	})
	return out
}

// uniqueCommands reports a command name declared twice.
func (s *sheet) uniqueCommands(cmds []Command) {
	first := map[string]int{}
	for _, cmd := range cmds {
		if prev, dup := first[cmd.Name]; dup && cmd.Name != "" {
			s.errf(cmd.Line, "command %q is declared twice (first on line %d)", cmd.Name, prev)
			continue
		}
		first[cmd.Name] = cmd.Line
	}
}

// crossCheck validates what spans entries: unique ids, names and aliases,
// declared attribute keys, and related ids that exist.
func (s *sheet) crossCheck(c *Corpus) {
	if c.Fields == nil {
		c.Fields = implicitFields(c.Entries)
	}
	c.byField = make(map[string]int, len(c.Fields))
	for i, f := range c.Fields {
		if j, dup := c.byField[f.Key]; dup {
			s.errf(f.Line, "field %q is declared twice (first on line %d)", f.Key, c.Fields[j].Line)
			continue
		}
		c.byField[f.Key] = i
	}
	s.uniqueCommands(c.Commands)
	c.byID = make(map[string]int, len(c.Entries))
	names := map[string]nameOwner{}
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
		s.uniqueNames(e, names)
		s.checkAttributes(c, e)
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

// nameOwner is the entry that first used a name, and the line.
type nameOwner struct {
	id   string
	line int
}

// uniqueNames checks an entry's name and aliases against each other and
// against the names of the entries before it. Across entries, names must
// differ even after folding case and punctuation, or a question naming
// one would be ambiguous. Within an entry only exact repeats are
// mistakes: "US" and "U.S." are both worth listing, because they read
// differently.
func (s *sheet) uniqueNames(e *Entry, names map[string]nameOwner) {
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
		names[key] = nameOwner{e.ID, lines[k]}
	}
}

// checkAttributes checks that an entry's attribute keys are declared and
// not repeated.
func (s *sheet) checkAttributes(c *Corpus, e *Entry) {
	seen := map[string]int{}
	for _, a := range e.Attributes {
		if _, ok := c.byField[a.Key]; !ok && a.Key != "" {
			s.errf(a.Line, "attribute key %q is not declared under fields; hint: add `- {key: %s, label: %s}` under fields", a.Key, a.Key, implicitLabel(a.Key))
		}
		if prev, dup := seen[a.Key]; dup {
			s.errf(a.Line, "attribute %q repeated in %q (first on line %d); put both values in one", a.Key, e.ID, prev)
		}
		seen[a.Key] = a.Line
	}
}

// NameKey folds a name for duplicate detection: lower case, letters and
// digits only, so "B-52", "b 52" and "B52" are the same name.
func NameKey(name string) string {
	var b strings.Builder
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// validKind reports whether k is a kind: one lowercase word, or words
// joined by hyphens. Kinds are open; DefaultKinds are only the usual ones.
func validKind(k Kind) bool { return kindPattern.MatchString(string(k)) }

// canonicalKind reads a kind as written, taking the US spelling
// "organization" for KindOrganisation.
func canonicalKind(k string) Kind {
	if k == "organization" {
		return KindOrganisation
	}
	return Kind(k)
}

func kindList() string {
	kinds := DefaultKinds()
	s := make([]string, len(kinds))
	for i, k := range kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// implicitFields declares, for a fact sheet with no fields section, every
// attribute key its entries use, in order of first use, labelled from the
// key ("first_voyage" is shown as "First voyage") and with no cues.
func implicitFields(entries []Entry) []Field {
	var out []Field
	seen := map[string]bool{}
	for _, e := range entries {
		for _, a := range e.Attributes {
			if a.Key == "" || seen[a.Key] || !fieldKeyPattern.MatchString(a.Key) {
				continue
			}
			seen[a.Key] = true
			out = append(out, Field{Key: a.Key, Label: implicitLabel(a.Key), Line: a.Line})
		}
	}
	return out
}

// implicitLabel makes a label from an attribute key: underscores become
// spaces and the first letter is upper case.
func implicitLabel(key string) string {
	label := strings.ReplaceAll(key, "_", " ")
	r, size := utf8.DecodeRuneInString(label)
	return string(unicode.ToUpper(r)) + label[size:]
}

// commaHint explains an unknown key that is really the tail of a value a
// comma split: in `{key: role, value: a, b, source: x}` YAML reads "b" as a
// key with no value. It returns "" for any other unknown key.
func commaHint(m, k, v *yaml.Node) string {
	if m.Style&yaml.FlowStyle == 0 || v.Kind != yaml.ScalarNode || v.Tag != "!!null" {
		return ""
	}
	for j := 2; j < len(m.Content); j += 2 {
		if m.Content[j] == k && m.Content[j-1].Kind == yaml.ScalarNode {
			return fmt.Sprintf("; hint: a comma ends a value inside { }, so quote the value: %q", m.Content[j-1].Value+", "+k.Value)
		}
	}
	return ""
}

// checkCost counts the fact sheet's entries and attributes in the parsed
// YAML, before any entry is built, and reports a sheet over MaxEntries or
// MaxAttributes.
func (s *sheet) checkCost(root *yaml.Node) {
	entries, attributes := 0, 0
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "entries" || root.Content[i+1].Kind != yaml.SequenceNode {
			continue
		}
		for _, e := range root.Content[i+1].Content {
			entries++
			for j := 0; e.Kind == yaml.MappingNode && j+1 < len(e.Content); j += 2 {
				if e.Content[j].Value == "attributes" {
					attributes += len(e.Content[j+1].Content)
				}
			}
		}
	}
	if entries > MaxEntries {
		s.add(limitError(s.file, "entries", entries, MaxEntries))
	}
	if attributes > MaxAttributes {
		s.add(limitError(s.file, "attributes", attributes, MaxAttributes))
	}
}
