package store

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"
)

// Tests that need several processes run this test binary again with
// childRoleEnv set; TestMain then runs the role instead of the tests.
const childRoleEnv = "STORYBOT_STORE_CHILD"

// The roles a child process can play, on the store named by
// STORYBOT_STORE_DSN.
var childRoles = map[string]func(ctx context.Context, s *Store) error{
	"writer":  childWriter,
	"deleter": childDeleter,
	"open":    func(context.Context, *Store) error { return nil }, // Open is the test
}

func runChild(role string) int {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s, err := Open(ctx, os.Getenv("STORYBOT_STORE_DSN"))
	if err == nil {
		err = childRoles[role](ctx, s)
		s.Close()
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "child %s: %v\n", role, err)
		return 1
	}
	return 0
}

// childWriter appends STORYBOT_STORE_N questions, one statement each, in
// the guild named STORYBOT_STORE_ID, and votes on every tenth.
func childWriter(ctx context.Context, s *Store) error {
	id := os.Getenv("STORYBOT_STORE_ID")
	n, _ := strconv.Atoi(os.Getenv("STORYBOT_STORE_N"))
	for i := range n {
		msg := fmt.Sprintf("%s-%d", id, i)
		q := Question{Time: time.Now(), Command: "ask", GuildID: id, AskerHash: id, Text: msg, MessageID: msg}
		if err := s.RecordQuestion(ctx, q); err != nil {
			return err
		}
		if i%10 == 0 {
			if _, err := s.Vote(ctx, Vote{MessageID: msg, VoterHash: id, Time: time.Now()}); err != nil {
				return err
			}
		}
	}
	return nil
}

// childDeleter adds old questions and runs retention over and over until
// the file STORYBOT_STORE_STOP exists, then once more.
func childDeleter(ctx context.Context, s *Store) error {
	old := time.Now().Add(-2 * Retention)
	for {
		_, stopErr := os.Stat(os.Getenv("STORYBOT_STORE_STOP"))
		for i := range 50 {
			q := Question{Time: old, GuildID: "old", Text: fmt.Sprint("old ", i)}
			if err := s.RecordQuestion(ctx, q); err != nil {
				return err
			}
		}
		if _, err := s.DeleteOlderThan(ctx, time.Now().Add(-Retention)); err != nil {
			return err
		}
		if stopErr == nil {
			return nil
		}
	}
}

// startChild starts this test binary as a child process in role.
func startChild(t *testing.T, role string, env ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), childRoleEnv+"="+role), env...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	return cmd
}
