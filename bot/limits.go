package bot

import (
	"errors"
	"fmt"
	"regexp"
	"sync"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// checkLimits reports the first of Discord's message limits that content
// and embeds break, including the 6000-character total across embeds that
// Discord's OpenAPI description cannot express.
func checkLimits(content string, embeds []*discordgo.MessageEmbed) error {
	runes := utf8.RuneCountInString
	if n := runes(content); n > MaxContent {
		return fmt.Errorf("content has %d characters (limit %d)", n, MaxContent)
	}
	if len(embeds) > MaxEmbeds {
		return fmt.Errorf("%d embeds (limit %d)", len(embeds), MaxEmbeds)
	}
	total := 0
	for i, e := range embeds {
		switch {
		case runes(e.Title) > MaxEmbedTitle:
			return fmt.Errorf("embed %d: title has %d characters (limit %d)", i, runes(e.Title), MaxEmbedTitle)
		case runes(e.Description) > MaxEmbedDesc:
			return fmt.Errorf("embed %d: description has %d characters (limit %d)", i, runes(e.Description), MaxEmbedDesc)
		case len(e.Fields) > MaxFields:
			return fmt.Errorf("embed %d: %d fields (limit %d)", i, len(e.Fields), MaxFields)
		case e.Footer != nil && runes(e.Footer.Text) > MaxFooter:
			return fmt.Errorf("embed %d: footer has %d characters (limit %d)", i, runes(e.Footer.Text), MaxFooter)
		}
		for j, f := range e.Fields {
			switch {
			case runes(f.Name) > MaxFieldName || f.Name == "":
				return fmt.Errorf("embed %d field %d: name has %d characters (1–%d)", i, j, runes(f.Name), MaxFieldName)
			case runes(f.Value) > MaxFieldValue || f.Value == "":
				return fmt.Errorf("embed %d field %d: value has %d characters (1–%d)", i, j, runes(f.Value), MaxFieldValue)
			}
		}
		total += embedLength(e)
	}
	if total > MaxEmbedsTotal {
		return fmt.Errorf("embeds total %d characters (limit %d)", total, MaxEmbedsTotal)
	}
	if content == "" && len(embeds) == 0 {
		return errors.New("empty message")
	}
	return nil
}

// commandName is Discord's rule for chat command and option names: 1–32
// lower-case letters, digits, "-" or "_". Compiled when first needed:
// its Unicode classes cost every process, the command-line ones that
// never register a command too, about 1 MB and a few milliseconds.
var commandName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[-_\p{Ll}\p{N}]{1,32}$`) })

// checkCommand reports a command definition Discord would refuse: a bad
// name, a description over 100 characters, more than 25 options, or
// required options after optional ones.
func checkCommand(c *discordgo.ApplicationCommand) error {
	if !commandName().MatchString(c.Name) {
		return fmt.Errorf("command name %q breaks Discord's naming rule", c.Name)
	}
	if n := utf8.RuneCountInString(c.Description); n < 1 || n > 100 {
		return fmt.Errorf("/%s: description has %d characters (1–100)", c.Name, n)
	}
	if len(c.Options) > 25 {
		return fmt.Errorf("/%s: %d options (limit 25)", c.Name, len(c.Options))
	}
	optional := false
	for _, o := range c.Options {
		if !commandName().MatchString(o.Name) {
			return fmt.Errorf("/%s: option name %q breaks Discord's naming rule", c.Name, o.Name)
		}
		if n := utf8.RuneCountInString(o.Description); n < 1 || n > 100 {
			return fmt.Errorf("/%s %s: description has %d characters (1–100)", c.Name, o.Name, n)
		}
		if o.Required && optional {
			return fmt.Errorf("/%s: required option %s follows an optional one", c.Name, o.Name)
		}
		optional = optional || !o.Required
	}
	return nil
}
