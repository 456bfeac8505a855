package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/pairedt/pairedt/report"
)

var updateKnit = flag.Bool("update", false, "rewrite testdata/manuscript-en.golden.md and .html")

// TestKnitGolden knits manuscript-en.md (its data beside it, in data/) and compares
// the Markdown and HTML with testdata/manuscript-en.golden.md and .html byte for
// byte; -update rewrites them. Knitting twice gives the same bytes.
func TestKnitGolden(t *testing.T) {
	root, err := os.OpenRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	knit := func() (md, html []byte) {
		m, err := report.Knit(root.FS(), "manuscript-en.md", report.KnitOptions{Strict: true, Args: []string{"pairedt", "knit", "manuscript-en.md", "--out", "DIR"}})
		if err != nil {
			t.Fatal(err)
		}
		var a, b bytes.Buffer
		if err := m.WriteMarkdown(&a); err != nil {
			t.Fatal(err)
		}
		if err := m.WriteHTML(&b); err != nil {
			t.Fatal(err)
		}
		return a.Bytes(), b.Bytes()
	}
	md, html := knit()
	md2, html2 := knit()
	if !bytes.Equal(md, md2) || !bytes.Equal(html, html2) {
		t.Errorf("two knits differ")
	}
	for ext, got := range map[string][]byte{"md": md, "html": html} {
		path := filepath.Join("testdata", "manuscript-en.golden."+ext)
		if *updateKnit {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			os.WriteFile(path+".got", got, 0o644)
			t.Errorf("%s differs (written to %s.got; go test -run TestKnitGolden -update accepts it)", path, path)
		}
	}
}
