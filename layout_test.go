package pairedt_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/pairedt/pairedt/"

// imports returns, for every package directory of the module, the imports
// of its non-test files and those of its test files.
func imports(t *testing.T) (code, tests map[string]map[string]bool) {
	t.Helper()
	code, tests = map[string]map[string]bool{}, map[string]map[string]bool{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		m := code
		if strings.HasSuffix(path, "_test.go") {
			m = tests
		}
		dir := filepath.ToSlash(filepath.Dir(path))
		if m[dir] == nil {
			m[dir] = map[string]bool{}
		}
		for _, s := range f.Imports {
			p, _ := strconv.Unquote(s.Path.Value)
			m[dir][p] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return code, tests
}

// TestLayout checks the module's one-way data flow: only cmd/, examples/
// and the one file-writing helper (internal/atomicfile) touch the file
// system; the statistics never import the report or the audit; the test
// support packages are imported by tests only; examples use only the public
// API.
func TestLayout(t *testing.T) {
	code, tests := imports(t)
	frontEnd := func(dir string) bool {
		return strings.HasPrefix(dir, "cmd/") || strings.HasPrefix(dir, "examples/") || dir == "internal/atomicfile"
	}
	testSupport := map[string]bool{"internal/rref": true, "internal/treetest": true}
	if len(code) < 8 {
		t.Fatalf("found only %d packages", len(code))
	}
	// The web app (internal/web) serves HTTP, so it may import net/http,
	// but like every other package it opens no file.
	webApp := func(dir, imp string) bool { return strings.HasPrefix(dir, "internal/web") && imp == "net/http" }
	for dir, imps := range code {
		if !frontEnd(dir) && !testSupport[dir] {
			for _, p := range []string{"os", "io/ioutil", "net", "net/http", "os/exec", "path/filepath"} {
				if imps[p] && !webApp(dir, p) {
					t.Errorf("%s imports %s: only cmd/, examples/ and internal/atomicfile touch the file system", dir, p)
				}
			}
		}
		for p := range imps {
			if rel, ok := strings.CutPrefix(p, module); ok && testSupport[rel] {
				t.Errorf("%s imports the test support package %s outside its tests", dir, rel)
			}
		}
		// internal/web is a front end, like cmd/: it sits at the end of the
		// flow and uses report and the audit.
		if dir == "pairedt" || (strings.HasPrefix(dir, "internal/") && !strings.HasPrefix(dir, "internal/web")) {
			for _, p := range []string{"report", "pairedt/audit", "cmd/pairedt"} {
				if imps[module+p] {
					t.Errorf("%s imports %s: data flows pairedt -> audit -> report -> cmd", dir, p)
				}
			}
		}
		if dir == "pairedt/audit" && imps[module+"report"] {
			t.Errorf("pairedt/audit imports report")
		}
	}
	// A user can copy an example, with its tests, out of the module.
	for _, m := range []map[string]map[string]bool{code, tests} {
		for dir, imps := range m {
			if !strings.HasPrefix(dir, "examples/") {
				continue
			}
			for p := range imps {
				if strings.HasPrefix(p, module+"internal/") {
					t.Errorf("%s imports %s: examples use only the public API", dir, p)
				}
			}
		}
	}
}
