// Package discordspec validates the JSON a bot sends to Discord's REST API
// against Discord's official OpenAPI description, for tests. The
// description is not part of the repository: Load finds it at
// ../shared/discord/openapi.json beside the module when it is there, and
// skips the calling test when it is not.
package discordspec

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

const base = "https://discord.local/openapi.json"

// Spec is Discord's compiled OpenAPI description.
type Spec struct {
	compiler *jsonschema.Compiler
	paths    map[string]map[string]any // template → method → operation
	mu       sync.Mutex
	cache    map[string]*jsonschema.Schema
}

var (
	loadOnce sync.Once
	loaded   *Spec
	loadErr  error
)

// Load returns the spec, read once per process; it skips tb when the file
// is absent (a user's clone has no ../shared).
func Load(tb testing.TB) *Spec {
	tb.Helper()
	s, err := Available()
	if err != nil {
		tb.Fatal(err)
	}
	if s == nil {
		tb.Skip("skipping: ../shared/discord/openapi.json (Discord's OpenAPI description) is absent; a clone without ../shared cannot check payloads against it")
	}
	return s
}

// Available returns the spec, or nil without an error when the file is
// absent, for checks that run as part of other tests.
func Available() (*Spec, error) {
	loadOnce.Do(func() { loaded, loadErr = load() })
	if errors.Is(loadErr, os.ErrNotExist) {
		return nil, nil
	}
	return loaded, loadErr
}

func load() (*Spec, error) {
	path, err := specPath()
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("discordspec: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(base, doc); err != nil {
		return nil, fmt.Errorf("discordspec: %w", err)
	}
	var top struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(raw, &top); err != nil {
		return nil, fmt.Errorf("discordspec: %w", err)
	}
	return &Spec{compiler: c, paths: top.Paths, cache: map[string]*jsonschema.Schema{}}, nil
}

// specPath walks up from the working directory to the module root and
// looks beside it.
func specPath() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, "..", "shared", "discord", "openapi.json")
			if _, err := os.Stat(p); err != nil {
				return "", err
			}
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

// schema compiles (once) the schema at a JSON pointer of the description.
func (s *Spec) schema(pointer string) (*jsonschema.Schema, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sch, ok := s.cache[pointer]; ok {
		return sch, nil
	}
	sch, err := s.compiler.Compile(base + "#" + (&url.URL{Fragment: pointer}).EscapedFragment())
	if err != nil {
		return nil, fmt.Errorf("discordspec: compile %s: %w", pointer, err)
	}
	s.cache[pointer] = sch
	return sch, nil
}

func escape(tok string) string {
	return strings.ReplaceAll(strings.ReplaceAll(tok, "~", "~0"), "/", "~1")
}

// template finds the spec path a request path matches: "/interactions/1/t/callback"
// matches "/interactions/{interaction_id}/{interaction_token}/callback".
func (s *Spec) template(path string) (string, bool) {
	path = strings.TrimPrefix(path, "/api/v9")
	segs := strings.Split(strings.Trim(path, "/"), "/")
	for tmpl := range s.paths {
		ts := strings.Split(strings.Trim(tmpl, "/"), "/")
		if len(ts) != len(segs) {
			continue
		}
		ok := true
		for i, t := range ts {
			if !(strings.HasPrefix(t, "{") && strings.HasSuffix(t, "}")) && t != segs[i] {
				ok = false
				break
			}
		}
		if ok {
			return tmpl, true
		}
	}
	return "", false
}

// Validate checks the JSON body of a request to Discord against the
// operation's request schema.
func (s *Spec) Validate(method, path string, body []byte) error {
	tmpl, ok := s.template(path)
	if !ok {
		return fmt.Errorf("discordspec: no operation for %s %s", method, path)
	}
	m := strings.ToLower(method)
	if _, ok := s.paths[tmpl][m]; !ok {
		return fmt.Errorf("discordspec: %s has no %s", tmpl, method)
	}
	ptr := "/paths/" + escape(tmpl) + "/" + m + "/requestBody/content/application~1json/schema"
	sch, err := s.schema(ptr)
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("discordspec: body is not JSON: %w", err)
	}
	if err := sch.Validate(v); err != nil {
		return fmt.Errorf("%s %s: %w", method, tmpl, err)
	}
	return nil
}

// ValidateSchema checks a value against a named component schema.
func (s *Spec) ValidateSchema(name string, v any) error {
	sch, err := s.schema("/components/schemas/" + escape(name))
	if err != nil {
		return err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}
