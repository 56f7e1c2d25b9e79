package bot

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"storybot/corpus"
	"storybot/index"
)

// Discord's limits on what a message may carry.
const (
	MaxContent         = 2000
	MaxEmbedTitle      = 256
	MaxEmbedDesc       = 4096
	MaxFieldName       = 256
	MaxFieldValue      = 1024
	MaxFields          = 25
	MaxFooter          = 2048
	MaxEmbedsTotal     = 6000 // characters across every embed of a message
	MaxEmbeds          = 10
	MaxCustomID        = 100
	MaxChoices         = 25
	MaxChoiceName      = 100
	maxEmbedAuthorName = 256
)

// Embed colours.
const (
	colourFound    = 0x2e86de
	colourNotFound = 0x8395a7
	colourError    = 0xee5253
	colourCard     = 0x10ac84
)

// truncate cuts s to at most max runes, at a word boundary when one is
// near, ending with "…". A cut never leaves an escape backslash dangling or
// a bold marker unclosed.
func truncate(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	if max < 1 {
		return ""
	}
	out := cutRunes(s, max-1)
	if strings.Count(out, "**")%2 == 1 {
		// Make room to close the bold.
		out = cutRunes(out, max-3)
		if strings.Count(out, "**")%2 == 1 {
			out += "**"
		}
	}
	return out + "…"
}

// cutRunes shortens s to at most n runes, preferring a word boundary in
// the last quarter, and drops a trailing escape backslash.
func cutRunes(s string, n int) string {
	if n <= 0 {
		return ""
	}
	cut, count := len(s), 0
	for i := range s {
		if count == n {
			cut = i
			break
		}
		count++
	}
	if sp := strings.LastIndexAny(s[:cut], " \n"); sp > cut*3/4 {
		cut = sp
	}
	out := strings.TrimRight(s[:cut], " \n")
	if k := len(out) - len(strings.TrimRight(out, `\`)); k%2 == 1 {
		out = out[:len(out)-1]
	}
	return out
}

// marked renders a result's snippet for Discord: matched words in bold,
// everything else escaped.
func marked(r *index.Result, max int) string {
	return truncate(r.Mark("**", "**", escapeMarkdown), max)
}

// answerEmbed renders an answer to /ask, /search or a mention.
func answerEmbed(title string, a *index.Answer, showAnswer bool) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Title:  truncate(escapeMarkdown(title), MaxEmbedTitle),
		Color:  colourFound,
		Footer: &discordgo.MessageEmbedFooter{Text: footer(a)},
	}
	switch {
	case !a.Found:
		e.Color = colourNotFound
		e.Description = escapeMarkdown(a.Answer)
		if len(a.Suggestions) > 0 {
			e.Description += "\nDid you mean: " + escapeMarkdown(strings.Join(a.Suggestions, ", ")) + "?"
		}
		if len(a.Results) > 0 {
			e.Description += "\n" + index.ClosestPassages
		}
	case showAnswer && a.Answer != "":
		e.Description = "**" + escapeMarkdown(a.Answer) + "**"
	}
	if a.Note != "" {
		e.Description = strings.TrimSpace(e.Description + "\n" + escapeMarkdown(a.Note))
	}
	e.Description = truncate(e.Description, MaxEmbedDesc)
	for i := range a.Results {
		r := &a.Results[i]
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
			Name:  truncate(fmt.Sprintf("%d. %s", r.Rank, escapeMarkdown(r.Cite())), MaxFieldName),
			Value: marked(r, MaxFieldValue),
		})
	}
	return e
}

// footer says how many results there are and how long answering took.
func footer(a *index.Answer) string {
	took := a.Took.Round(10 * time.Microsecond)
	switch {
	case !a.Found:
		return fmt.Sprintf("answered in %v", took)
	case len(a.Results) == 0:
		return fmt.Sprintf("no snippets · answered in %v", took)
	}
	first, last := a.Results[0].Rank, a.Results[len(a.Results)-1].Rank
	return fmt.Sprintf("results %d–%d of %d · answered in %v", first, last, a.Total, took)
}

// cardEmbed renders a fact-sheet entry for the lookup commands: its
// summary, its attributes with their sources, its other names, and what
// the article says about it.
func cardEmbed(c *corpus.Corpus, a *index.Answer, query string) *discordgo.MessageEmbed {
	if !a.Found || a.Entry == nil {
		// Rendered as any answer that found nothing (suggestions, the
		// closest passages, the note), saying what was looked for.
		missing := *a
		missing.Found, missing.Answer = false, fmt.Sprintf("Nothing in the story is called “%s”.", query)
		return answerEmbed(query, &missing, false)
	}
	en, ok := c.Entry(a.Entry.ID)
	if !ok {
		return answerEmbed(query, a, true)
	}
	e := &discordgo.MessageEmbed{
		Title:       truncate(escapeMarkdown(en.Name), MaxEmbedTitle),
		Description: escapeMarkdown(en.Summary),
		Color:       colourCard,
		Footer:      &discordgo.MessageEmbedFooter{Text: "Fact sheet · " + string(en.Kind) + " · answered in " + a.Took.Round(10*time.Microsecond).String()},
	}
	if a.Note != "" {
		e.Description = "*" + escapeMarkdown(a.Note) + "*\n" + e.Description
	}
	e.Description = truncate(e.Description, MaxEmbedDesc)
	for _, at := range en.Attributes {
		label := at.Key
		if f, ok := c.Field(at.Key); ok {
			label = f.Label
		}
		value := escapeMarkdown(at.Value)
		if at.Source == corpus.SourceBackground {
			value += " *(background)*"
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
			Name:   truncate(escapeMarkdown(label), MaxFieldName),
			Value:  truncate(value, MaxFieldValue),
			Inline: utf8.RuneCountInString(at.Value) <= 40,
		})
	}
	if len(en.Aliases) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
			Name:  "Also known as",
			Value: truncate(escapeMarkdown(strings.Join(en.Aliases, ", ")), MaxFieldValue),
		})
	}
	for i := range a.Results {
		r := &a.Results[i]
		if r.Kind != index.KindArticle {
			continue
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
			Name:  truncate(escapeMarkdown(r.Cite()), MaxFieldName),
			Value: marked(r, MaxFieldValue),
		})
	}
	return e
}

// errorEmbed renders a problem for the user who caused it.
func errorEmbed(msg string) *discordgo.MessageEmbed {
	return &discordgo.MessageEmbed{Description: truncate(msg, MaxEmbedDesc), Color: colourError}
}

// embedLength counts the characters Discord counts towards the 6000 total:
// titles, descriptions, field names and values, footers and author names.
func embedLength(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	return n
}

// fit makes a message's embeds keep every Discord limit, whatever went
// into them: each text within its own limit, at most 25 fields, at most
// 10 embeds, and 6000 characters in all: past that, it drops trailing
// embeds, then shortens the longest field values, then drops fields, then
// shortens the description.
func fit(embeds []*discordgo.MessageEmbed) []*discordgo.MessageEmbed {
	if len(embeds) > MaxEmbeds {
		embeds = embeds[:MaxEmbeds]
	}
	total := 0
	for _, e := range embeds {
		e.Title = truncate(e.Title, MaxEmbedTitle)
		e.Description = truncate(e.Description, MaxEmbedDesc)
		if len(e.Fields) > MaxFields {
			e.Fields = e.Fields[:MaxFields]
		}
		for _, f := range e.Fields {
			f.Name = truncate(f.Name, MaxFieldName)
			f.Value = truncate(f.Value, MaxFieldValue)
			if f.Value == "" {
				f.Value = "\u200b" // Discord refuses empty field values
			}
		}
		if e.Footer != nil {
			e.Footer.Text = truncate(e.Footer.Text, MaxFooter)
		}
		if e.Author != nil {
			e.Author.Name = truncate(e.Author.Name, maxEmbedAuthorName)
		}
		total += embedLength(e)
	}
	for total > MaxEmbedsTotal {
		over := total - MaxEmbedsTotal
		switch e, f := longestField(embeds); {
		case len(embeds) > 1:
			embeds = embeds[:len(embeds)-1]
		case f != nil && utf8.RuneCountInString(f.Value) > 200:
			f.Value = truncate(f.Value, max(200, utf8.RuneCountInString(f.Value)-over))
		case f != nil:
			e.Fields = e.Fields[:len(e.Fields)-1]
		default:
			e := embeds[0]
			e.Description = truncate(e.Description, max(1, utf8.RuneCountInString(e.Description)-over))
			if embedLength(e) > MaxEmbedsTotal {
				e.Title = truncate(e.Title, 100)
			}
		}
		total = 0
		for _, e := range embeds {
			total += embedLength(e)
		}
	}
	return embeds
}

func longestField(embeds []*discordgo.MessageEmbed) (*discordgo.MessageEmbed, *discordgo.MessageEmbedField) {
	var (
		be *discordgo.MessageEmbed
		bf *discordgo.MessageEmbedField
	)
	for _, e := range embeds {
		for _, f := range e.Fields {
			if bf == nil || utf8.RuneCountInString(f.Value) > utf8.RuneCountInString(bf.Value) {
				be, bf = e, f
			}
		}
	}
	return be, bf
}
