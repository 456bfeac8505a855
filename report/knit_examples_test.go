package report_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/pairedt/pairedt/report"
)

// TestKnitExamples knits the two example manuscripts,
// examples/oxytocin/manuscript-id.md and examples/sleep/manuscript-en.md
// (each with its data beside it, in data/, read through os.Root as
// pairedt knit reads it), and compares the Markdown and HTML with
// examples/*/testdata/NAME.golden.md and .html byte for byte; -update
// rewrites them. Knitting twice gives the same bytes.
func TestKnitExamples(t *testing.T) {
	for _, ex := range []struct{ dir, name string }{
		{"../examples/oxytocin", "manuscript-id"},
		{"../examples/sleep", "manuscript-en"},
	} {
		t.Run(ex.name, func(t *testing.T) {
			root, err := os.OpenRoot(ex.dir)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			knit := func() (md, html []byte) {
				m, err := report.Knit(root.FS(), ex.name+".md", report.KnitOptions{Strict: true, Args: []string{"pairedt", "knit", ex.name + ".md", "--out", "DIR"}})
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
			for _, ext := range []string{"md", "html"} {
				got := map[string][]byte{"md": md, "html": html}[ext]
				path := filepath.Join(ex.dir, "testdata", ex.name+".golden."+ext)
				if *update {
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
					t.Errorf("%s differs (written to %s.got; go test ./report -run TestKnitExamples -update accepts it)", path, path)
				}
			}
		})
	}
}
