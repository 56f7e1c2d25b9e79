package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDockerfileBuild checks what can be checked of the image without a
// Docker engine: the Dockerfile is multi-stage, ends on a small non-root
// base, and its build command works and makes a binary that answers in an
// empty directory, with no files around it.
func TestDockerfileBuild(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds a release binary")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(root, "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var build string
	var froms []string
	user := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "FROM "):
			froms = append(froms, line)
		case strings.HasPrefix(line, "RUN ") && strings.Contains(line, "go build"):
			build = strings.TrimPrefix(line, "RUN ")
		case strings.HasPrefix(line, "USER "):
			name, _, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "USER ")), ":")
			user = name != "root" && name != "0"
		}
	}
	if len(froms) < 2 || !strings.Contains(froms[len(froms)-1], "distroless/static") && !strings.Contains(froms[len(froms)-1], "scratch") {
		t.Errorf("want a multi-stage build ending on distroless static or scratch, got %q", froms)
	}
	if !user {
		t.Error("the final image must run as a non-root user")
	}
	for _, want := range []string{"CGO_ENABLED=0", "-trimpath", "-o /out/storybot"} {
		if !strings.Contains(build, want) {
			t.Errorf("build command %q lacks %s", build, want)
		}
	}
	out := t.TempDir()
	cmd := exec.Command("sh", "-c", strings.Replace(build, "/out/", out+"/", 1))
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", build, err, b)
	}
	empty := t.TempDir()
	ask := exec.Command(filepath.Join(out, "storybot"), "ask", "--json", "who is cameron")
	ask.Dir = empty
	ask.Env = []string{"PATH=/usr/bin:/bin", "HOME=" + empty}
	b, err := ask.Output()
	if err != nil || !strings.Contains(string(b), `"found":true`) || !strings.Contains(string(b), "Cameron") {
		t.Errorf("the built binary should answer in an empty directory: %v\n%s", err, b)
	}
}
