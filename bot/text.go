package bot

import (
	"regexp"
	"strings"
	"unicode"
)

// Text a user typed takes one path in and one path out. In: cleanInput,
// applied to every string option (request.str), a mention's text and a
// button's query, removes what is not part of a question. Out:
// escapeMarkdown, applied to everything shown in a reply, user's or
// corpus's, makes it show literally. Logs get forLog.

// discordMarkup matches what Discord turns into mentions and emoji: user,
// role and channel mentions, custom emoji, @everyone and @here. None of it
// is part of a question about the story.
var discordMarkup = regexp.MustCompile(`<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>|@everyone\b|@here\b`)

// cleanInput reads text a user typed: Discord markup (mentions, custom
// emoji) is replaced by a space, invisible controls (bidirectional
// overrides, zero-width and control characters) are dropped, and runs of
// spaces become one.
func cleanInput(s string) string {
	s = discordMarkup.ReplaceAllString(s, " ")
	s = strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// invisible reports characters that change how text around them shows
// without showing themselves: controls other than white space, and format
// characters such as the right-to-left override (U+202E) and zero-width
// joiners.
func invisible(r rune) bool {
	return unicode.Is(unicode.Cf, r) || unicode.IsControl(r) && !unicode.IsSpace(r)
}

// forLog is user text fit for a log line: cleaned (no user or role ids),
// and short.
func forLog(s string) string {
	return truncate(cleanInput(s), 100)
}

// escapeMarkdown makes user or corpus text show literally in Discord:
// markdown characters are backslash-escaped, and so are "#", "-" and ">"
// where they would start a heading, list or quote; "<" is escaped so
// <@id>, <#id> and <t:…> stay text; the ":" of "://" is escaped so a URL
// stays text instead of becoming a link; and invisible characters such as
// a right-to-left override are dropped.
func escapeMarkdown(s string) string {
	var b strings.Builder
	lineStart := true
	rs := []rune(s)
	for i, r := range rs {
		if invisible(r) {
			continue
		}
		switch r {
		case '\\', '*', '_', '~', '`', '|', '[', ']', '<':
			b.WriteByte('\\')
		case '#', '-', '>':
			if lineStart {
				b.WriteByte('\\')
			}
		case ':':
			if i+2 < len(rs) && rs[i+1] == '/' && rs[i+2] == '/' {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
		lineStart = r == '\n' || lineStart && r == ' '
	}
	return b.String()
}
