package corpus

import (
	"bufio"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// seedChildEnv makes the test binary a child that seeds the directory it
// names, for TestSeedKilled.
const seedChildEnv = "STORYBOT_TEST_SEED_DIR"

func TestSeedKilled(t *testing.T) {
	if dir := os.Getenv(seedChildEnv); dir != "" {
		os.Stdout.WriteString("seeding\n")
		if _, err := Seed(dir); err != nil {
			os.Exit(2)
		}
		os.Exit(0)
	}
	if testing.Short() {
		t.Skip("starts 20 processes")
	}
	def := loadOK(t, DefaultFS())
	for i := range 20 {
		dir := filepath.Join(t.TempDir(), "corpus")
		if i%2 == 1 {
			// An empty mount point rather than a missing directory.
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		killDuringSeed(t, dir, time.Duration(rand.IntN(4000))*time.Microsecond)

		// Whatever the moment, the directory holds no article or a
		// whole corpus.
		if hasArticle(dir) {
			if c, err := LoadDir(dir); err != nil || len(c.Entries) != len(def.Entries) {
				t.Fatalf("try %d: killed mid-seed, the article is there but the corpus is not whole: %v", i, err)
			}
		}
		// The restart seeds again if it must, and then loads.
		if _, err := Seed(dir); err != nil {
			t.Fatalf("try %d: reseed: %v", i, err)
		}
		c, err := LoadDir(dir)
		if err != nil || len(c.Entries) != len(def.Entries) || c.Title != def.Title {
			t.Fatalf("try %d: after restart: %v", i, err)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
			t.Fatalf("try %d: temporary files left after restart: %q", i, left)
		}
	}
}

// killDuringSeed starts a child that seeds dir and kills it delay after
// it says it is starting.
func killDuringSeed(t *testing.T, dir string, delay time.Duration) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSeedKilled$")
	cmd.Env = append(os.Environ(), seedChildEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "seeding" {
		t.Fatalf("child said %q", line)
	}
	time.Sleep(delay)
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
}

func TestCleanTemp(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{".facts.yaml.123.tmp", ".article.md.9.bak.tmp", "keep.txt", FactsFile} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, ".seed-42.tmp"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := CleanTemp(dir); err != nil {
		t.Fatal(err)
	}
	names, _ := os.ReadDir(dir)
	var got []string
	for _, n := range names {
		got = append(got, n.Name())
	}
	if strings.Join(got, " ") != "facts.yaml keep.txt" {
		t.Errorf("left %q, want only facts.yaml and keep.txt", got)
	}
	if err := CleanTemp(filepath.Join(dir, "missing")); err != nil {
		t.Errorf("CleanTemp of a missing dir: %v", err)
	}
}

func TestSeedHalfSeeded(t *testing.T) {
	t.Run("article without facts is a corpus", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, ArticleFile), []byte(validArticle), 0o644); err != nil {
			t.Fatal(err)
		}
		if seeded, err := Seed(dir); seeded || err != nil {
			t.Errorf("Seed = %v, %v; want the article left alone", seeded, err)
		}
		if _, err := LoadDir(dir); err != nil {
			t.Error(err)
		}
	})
	t.Run("facts without article is seeded again", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, FactsFile), []byte("title: half"), 0o644); err != nil {
			t.Fatal(err)
		}
		if seeded, err := Seed(dir); !seeded || err != nil {
			t.Fatalf("Seed = %v, %v", seeded, err)
		}
		if c, err := LoadDir(dir); err != nil || len(c.Entries) == 0 {
			t.Errorf("reseeded corpus: %v", err)
		}
	})
}
