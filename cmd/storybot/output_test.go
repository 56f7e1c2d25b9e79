package main

import (
	"strings"
	"testing"
)

func TestNoColorWhenPiped(t *testing.T) {
	q := "How many aircraft did Kazakhstan sell?"
	_, out, _ := run(t, "", nil, "ask", q)
	if !strings.Contains(out, "**") {
		t.Errorf("piped output marks matched words **like this**, as the README says:\n%s", out)
	}
	_, out, _ = run(t, "", map[string]string{"NO_COLOR": "1"}, "ask", q)
	if strings.Contains(out, "**") || !strings.Contains(out, "Answer: 81") {
		t.Errorf("NO_COLOR: want plain text:\n%s", out)
	}
}
