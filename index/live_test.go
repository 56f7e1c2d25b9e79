package index

import (
	"context"
	"errors"
	"testing"

	"storybot/corpus"
)

func mustDefault(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLiveClose(t *testing.T) {
	e, err := Build(context.Background(), mustDefault(t))
	if err != nil {
		t.Fatal(err)
	}
	live := NewLive(e)
	if err := live.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := live.Ask(context.Background(), "who is cameron", Options{}); !errors.Is(err, ErrClosed) {
		t.Errorf("after Close: %v, want ErrClosed", err)
	}
}
