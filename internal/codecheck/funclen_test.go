package codecheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// maxLogicLines is the longest a function may be, counting the lines
// that hold code: blank and comment lines do not count, and a data
// literal (a table, a long string) counts as one line.
const maxLogicLines = 60

// TestFunctionsAreShort fails for every non-test function in the
// repository with more than maxLogicLines lines of logic.
func TestFunctionsAreShort(t *testing.T) {
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		checkFile(t, path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func checkFile(t *testing.T, path string) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
	if err != nil {
		t.Errorf("%s: %v", path, err)
		return
	}
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil {
			continue
		}
		if n := logicLines(fset, fn.Body); n > maxLogicLines {
			t.Errorf("%s: %s has %d lines of logic; keep functions under %d", fset.Position(fn.Pos()), fn.Name.Name, n, maxLogicLines)
		}
	}
}

// logicLines counts the lines of a body that hold code, a multi-line
// data literal or string counting once, but a function literal inside a
// data literal (a handler in a table) counting as the code it is.
func logicLines(fset *token.FileSet, body *ast.BlockStmt) int {
	lines := map[int]bool{}
	markCode(fset, body, lines)
	start, end := fset.Position(body.Lbrace).Line, fset.Position(body.Rbrace).Line
	n := 0
	for l := start + 1; l < end; l++ {
		if lines[l] {
			n++
		}
	}
	return n
}

// markCode marks the lines of node that hold code.
func markCode(fset *token.FileSet, node ast.Node, lines map[int]bool) {
	ast.Inspect(node, func(n ast.Node) bool {
		switch x := n.(type) {
		case nil:
			return false
		case *ast.BasicLit:
			lines[fset.Position(x.Pos()).Line] = true
			return false
		case *ast.CompositeLit:
			lines[fset.Position(x.Pos()).Line] = true
			ast.Inspect(x, func(m ast.Node) bool {
				if f, ok := m.(*ast.FuncLit); ok {
					markCode(fset, f, lines)
					return false
				}
				return true
			})
			return false
		}
		lines[fset.Position(n.Pos()).Line] = true
		if e, ok := n.(*ast.BlockStmt); ok {
			lines[fset.Position(e.End()).Line] = true
		}
		return true
	})
}

// TestLogicLines: a data literal counts once, a function literal inside
// one line by line.
func TestLogicLines(t *testing.T) {
	const src = `package p

func f() {
	table := []int{
		1,
		2,
	}
	handlers := map[string]func() int{
		"a": func() int {
			x := 1
			return x
		},
	}
	_, _ = table, handlers
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	// table (1), handlers and "a" (2), the function's two lines and its
	// closing brace (3), the last statement (1).
	if n := logicLines(fset, f.Decls[0].(*ast.FuncDecl).Body); n != 7 {
		t.Errorf("logicLines = %d, want 7", n)
	}
}
