package corpus

import "testing"

func TestFactSheetErrorsSayHowToFix(t *testing.T) {
	mig := lineOf(validFacts, "- id: mig-29", 1)
	for _, tt := range []struct {
		name, old, new string
		line           int
		msg            []string
	}{
		{"colon in an unquoted value", "summary: Soviet fighter.", "summary: Note: Soviet fighter.", mig + 4,
			[]string{"mapping values are not allowed", `hint: quote the value: "Note: Soviet fighter."`}},
		{"tab in the indentation", "    summary: Soviet fighter.", "\tsummary: Soviet fighter.", mig + 4,
			[]string{"tab", "hint: indent with spaces, not tabs"}},
		{"comma in a flow mapping", "value: fighter,", "value: fighter, bomber,", lineOf(validFacts, "value: fighter,", 1),
			[]string{`unknown key "bomber"`, `quote the value: "fighter, bomber"`}},
		{"colon in a flow mapping", "value: fighter,", "value: role: fighter,", lineOf(validFacts, "value: fighter,", 1),
			[]string{"did not find expected ','", `hint: quote any value that contains ": " or ","`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v := loadFail(t, withFacts(edit(validFacts, tt.old, tt.new)))
			checkProblems(t, v, want{FactsFile, tt.line, tt.msg})
		})
	}
}
