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
// data literal or string counting once.
func logicLines(fset *token.FileSet, body *ast.BlockStmt) int {
	lines := map[int]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case nil:
			return false
		case *ast.CompositeLit, *ast.BasicLit:
			lines[fset.Position(x.Pos()).Line] = true
			return false
		}
		lines[fset.Position(n.Pos()).Line] = true
		if e, ok := n.(*ast.BlockStmt); ok {
			lines[fset.Position(e.End()).Line] = true
		}
		return true
	})
	start, end := fset.Position(body.Lbrace).Line, fset.Position(body.Rbrace).Line
	n := 0
	for l := start + 1; l < end; l++ {
		if lines[l] {
			n++
		}
	}
	return n
}
