package journal

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func open(t *testing.T, dir string) *Journal {
	t.Helper()
	j, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func TestConcurrentWritersUnderRace(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				q := Question{Time: time.Now(), Command: "ask", Question: fmt.Sprintf("q%d", i%5), Found: i%2 == 0}
				if err := j.AddQuestion(q, fmt.Sprint("user", g)); err != nil {
					t.Error(err)
				}
				if _, err := j.AddVote(Vote{Time: time.Now(), Message: fmt.Sprint("m", i), Question: "q", Up: i%3 == 0}, fmt.Sprint("user", g)); err != nil {
					t.Error(err)
				}
			}
		}(g)
	}
	wg.Wait()
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := ReadStats(dir, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if st.Day != 400 || st.Skipped != 0 {
		t.Errorf("want 400 whole records, got %d (%d unreadable)", st.Day, st.Skipped)
	}
	if len(st.MostAsked) != 5 || st.MostAsked[0].Times != 80 || st.MostAsked[0].Askers != 8 {
		t.Errorf("most asked: %+v", st.MostAsked)
	}
}

func TestNoUserIDsStored(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	const id = "123456789012345678"
	if err := j.AddQuestion(Question{Time: time.Now(), Question: "who is cameron"}, id); err != nil {
		t.Fatal(err)
	}
	if _, err := j.AddVote(Vote{Time: time.Now(), Message: "m1", Question: "who is cameron"}, id); err != nil {
		t.Fatal(err)
	}
	j.Close()
	for _, name := range []string{QuestionsFile, VotesFile} {
		b, _ := os.ReadFile(filepath.Join(dir, name))
		if strings.Contains(string(b), id) {
			t.Errorf("%s holds the user id: %s", name, b)
		}
	}
}

func TestVotesOncePerUserAndChangeable(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	vote := func(user string, up bool) bool {
		changed, err := j.AddVote(Vote{Time: time.Now(), Message: "answer-1", Question: "q", Top: "top", Up: up}, user)
		if err != nil {
			t.Fatal(err)
		}
		return changed
	}
	if !vote("a", false) || vote("a", false) {
		t.Error("a repeated click must not count twice")
	}
	if !vote("b", false) || !vote("a", true) {
		t.Error("a second click of the other button changes the vote")
	}
	j.Close()
	st, _ := ReadStats(dir, time.Now())
	if len(st.Downvoted) != 1 {
		t.Errorf("one 👎 remains (b's); got %+v", st.Downvoted)
	}
	// After a restart the journal still knows the votes.
	j = open(t, dir)
	defer j.Close()
	if up, voted := j.PreviousVote("answer-1", "a"); !voted || !up {
		t.Errorf("after reopening: up=%v voted=%v", up, voted)
	}
}

func TestTornLineAndRetention(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	old := Question{Time: time.Now().Add(-Retention - time.Hour), Question: "ancient"}
	if err := j.AddQuestion(old, "u"); err != nil {
		t.Fatal(err)
	}
	if err := j.AddQuestion(Question{Time: time.Now(), Question: "recent"}, "u"); err != nil {
		t.Fatal(err)
	}
	j.Close()
	f, _ := os.OpenFile(filepath.Join(dir, QuestionsFile), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"time":"2026-`) // a write torn by a crash
	f.Close()
	st, err := ReadStats(dir, time.Now())
	if err != nil || st.Skipped != 1 {
		t.Errorf("the torn line should be skipped and counted: %v %+v", err, st)
	}
	j = open(t, dir) // compacts
	j.Close()
	b, _ := os.ReadFile(filepath.Join(dir, QuestionsFile))
	if strings.Contains(string(b), "ancient") || !strings.Contains(string(b), "recent") || strings.Contains(string(b), `"2026-`+"\n") {
		t.Errorf("after compaction:\n%s", b)
	}
}

func TestUnansweredAndStats(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	now := time.Now()
	add := func(q string, found bool, ago time.Duration, user string) {
		if err := j.AddQuestion(Question{Time: now.Add(-ago), Command: "ask", Question: q, Found: found}, user); err != nil {
			t.Fatal(err)
		}
	}
	add("What did the jets cost?", false, 3*time.Hour, "a")
	add("what did the jets cost", false, 2*time.Hour, "b")
	add("who is cameron", true, time.Hour, "a")
	add("Who is the Kazakh foreign minister?", false, 10*24*time.Hour, "c")
	j.Close()
	st, _ := ReadStats(dir, now)
	if st.Day != 3 || st.DayFound != 1 || st.Week != 3 {
		t.Errorf("counts: %+v", st)
	}
	if len(st.Unanswered) != 2 || st.Unanswered[0].Times != 2 || st.Unanswered[0].Askers != 2 {
		t.Errorf("unanswered: %+v", st.Unanswered)
	}
	qs, _ := UnansweredQuestions(dir)
	if len(qs) != 2 {
		t.Errorf("distinct unanswered: %+v", qs)
	}
}

func TestUnwritableDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write anywhere")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	if _, err := Open(filepath.Join(dir, "sub")); err == nil {
		t.Error("opening in an unwritable directory should fail")
	}
}

func TestVoteMemoryIsBounded(t *testing.T) {
	j := open(t, t.TempDir())
	defer j.Close()
	for i := 0; i < remembered+500; i++ {
		if _, err := j.AddVote(Vote{Time: time.Now(), Message: "m" + strconv.Itoa(i), Up: true}, "a"); err != nil {
			t.Fatal(err)
		}
	}
	if n := j.lastVote.len(); n > remembered {
		t.Errorf("the journal remembers %d votes, more than %d", n, remembered)
	}
	if _, voted := j.PreviousVote("m"+strconv.Itoa(remembered+499), "a"); !voted {
		t.Error("the latest vote was forgotten")
	}
}

func TestAnsweredFindsTheQuestionOfAMessage(t *testing.T) {
	dir := t.TempDir()
	j := open(t, dir)
	q := Question{Time: time.Now(), Command: "ask", Question: "who signed it?", Found: true, Top: "¶2: text", Message: "1234"}
	if err := j.AddQuestion(q, "u"); err != nil {
		t.Fatal(err)
	}
	if got, ok := j.Answered("1234"); !ok || got.Question != q.Question || got.Top != q.Top {
		t.Errorf("Answered(1234) = %+v %v", got, ok)
	}
	if _, ok := j.Answered("999"); ok {
		t.Error("an unknown message found a question")
	}
	j.Close()
	j = open(t, dir)
	defer j.Close()
	if got, ok := j.Answered("1234"); !ok || got.Question != q.Question {
		t.Errorf("after reopening: %+v %v", got, ok)
	}
}
