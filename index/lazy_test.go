package index

import "testing"

// TestLazyKeepsNothingAfterAPanic checks that a lazy value whose finding
// panicked is found again next time, not kept as its zero value: the
// bot recovers a panic per question, and every later question would
// otherwise read no numbers or dates.
func TestLazyKeepsNothingAfterAPanic(t *testing.T) {
	var l lazy[[]span]
	func() {
		defer func() { _ = recover() }()
		l.get(func() []span { panic("boom") })
	}()
	got := l.get(func() []span { return []span{{0, 2, "12"}} })
	if len(got) != 1 || got[0].text != "12" {
		t.Fatalf("after a panic, get = %v, want the value found again", got)
	}
	if again := l.get(func() []span { return nil }); len(again) != 1 {
		t.Fatalf("a value found once was found again: %v", again)
	}
}
