package corpus

// ArticleEntries returns an entry for each name the article mentions
// (FindNames) that no fact-sheet entry already names, so storybot knows
// the article's people, places and organisations without a fact sheet:
// lookups find them, questions name them, and "who" can answer with them.
// Each is marked FromArticle; its kind is FindNames' guess, or "thing";
// its summary is the first sentence that mentions it. Ids start with
// "article-" and never clash with the fact sheet's.
func (c *Corpus) ArticleEntries() []Entry {
	taken := map[string]bool{}
	ids := map[string]bool{}
	for i := range c.Entries {
		ids[c.Entries[i].ID] = true
		for _, n := range c.Entries[i].Names() {
			taken[NameKey(n)] = true
		}
	}
	var out []Entry
	for _, n := range FindNames(&c.Article) {
		if taken[NameKey(n.Name)] || NameKey(n.Name) == "" || len(n.Mentions) == 0 {
			continue
		}
		e := Entry{
			ID:          uniqueID("article-"+slug(n.Name), ids),
			Kind:        n.Kind,
			Name:        n.Name,
			Summary:     clip(n.Mentions[0].Text, maxSummaryLen),
			FromArticle: true,
		}
		if e.Kind == "" {
			e.Kind = draftUnknownKind
		}
		taken[NameKey(n.Name)] = true
		for _, v := range n.Variants {
			if k := NameKey(v); k != "" && !taken[k] {
				taken[k] = true
				e.Aliases = append(e.Aliases, v)
			}
		}
		out = append(out, e)
	}
	return out
}
