package corpus

import (
	"sort"
	"strings"
)

// Dated is one dated fact of the fact sheet: an event's date, a boat's
// first voyage.
type Dated struct {
	Date Date
	// When is the date as the fact sheet writes it ("May 5-6, 2024"),
	// shown as written; Date.String gives one standard form.
	When  string
	Entry *Entry
	// Label names what happened on that date: the attribute's label
	// ("Date", "First voyage").
	Label  string
	Key    string
	Source Source
}

// What says what happened: an event's name ("The Apollo 11 landing"), or
// an entry's name and the attribute ("Wright Flyer: first flight").
func (d Dated) What() string {
	if d.Key == DateKey || d.Label == "" {
		return d.Entry.Name
	}
	return d.Entry.Name + ": " + strings.ToLower(d.Label[:1]) + d.Label[1:]
}

// Timeline lists the fact sheet's dated facts in date order: every
// attribute whose whole value is a date in a form ParseDate reads. A range
// sorts by its start; facts on the same date keep the fact sheet's order.
func (c *Corpus) Timeline() []Dated {
	var out []Dated
	for i := range c.Entries {
		e := &c.Entries[i]
		for _, a := range e.Attributes {
			d, ok := ParseDate(a.Value)
			if !ok {
				continue
			}
			label := a.Key
			if f, ok := c.Field(a.Key); ok {
				label = f.Label
			}
			out = append(out, Dated{Date: d, When: a.Value, Entry: e, Label: label, Key: a.Key, Source: a.Source})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}
