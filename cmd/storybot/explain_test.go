package main

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	q := "When did Antony Blinken visit Kazakhstan?"
	code, out, errOut := run(t, "", nil, "ask", "--explain", q)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "question kind: date") {
		t.Errorf("--explain should name the question kind in words:\n%s", out)
	}
	if regexp.MustCompile(`kind \d`).MatchString(out) {
		t.Errorf("--explain prints a question kind as a number:\n%s", out)
	}
	if !strings.Contains(out, "Answer: March 2023") {
		t.Errorf("--explain should still answer:\n%s", out)
	}

	code, out, errOut = run(t, "", nil, "ask", q, "--json", "--explain")
	if code != 0 {
		t.Fatalf("--json --explain: exit %d: %s", code, errOut)
	}
	var a struct {
		Answer  string `json:"answer"`
		Explain struct {
			Kind  string `json:"kind"`
			Units []struct {
				Name   string  `json:"name"`
				Weight float64 `json:"weight"`
			} `json:"units"`
		} `json:"explain"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&a); err != nil || dec.More() {
		t.Fatalf("--explain --json must print only one JSON object (%v):\n%s", err, out)
	}
	if a.Answer != "March 2023" || a.Explain.Kind != "date (when)" || len(a.Explain.Units) == 0 {
		t.Errorf("answer %q, explain %+v", a.Answer, a.Explain)
	}
}
