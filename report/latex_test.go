package report_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/report"
)

// texFiles writes the standalone .tex of the document of a and the chart
// PDFs it includes into dir, and returns the .tex path.
func texFiles(t testing.TB, dir string, a report.Analysis, o report.Options) string {
	t.Helper()
	d, err := report.New(a, o)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := d.WriteLaTeXStandalone(&b); err != nil {
		t.Fatal(err)
	}
	tex := filepath.Join(dir, "standalone.tex")
	if err := os.WriteFile(tex, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	files, err := d.FilesFor(0, "tex")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		var fb bytes.Buffer
		if _, err := f.WriteTo(&fb); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.Name), fb.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return tex
}

// pdflatex compiles tex in its directory (twice is not needed: no
// cross-references are printed) and fails the test on an error.
func pdflatex(t *testing.T, tex string) string {
	t.Helper()
	bin, err := exec.LookPath("pdflatex")
	if err != nil {
		t.Skip("pdflatex not installed")
	}
	cmd := exec.Command(bin, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", filepath.Base(tex))
	cmd.Dir = filepath.Dir(tex)
	out, err := cmd.CombinedOutput()
	if err != nil {
		log := string(out)
		if i := strings.Index(log, "\n!"); i >= 0 {
			log = log[i:min(len(log), i+1500)]
		}
		t.Fatalf("pdflatex: %v\n%s", err, log)
	}
	return strings.TrimSuffix(tex, ".tex") + ".pdf"
}

func TestLaTeXCompiles(t *testing.T) {
	a := articleAnalysis(t)
	for _, l := range langs {
		t.Run(string(l), func(t *testing.T) {
			dir := t.TempDir()
			if *update {
				dir = filepath.Join(os.TempDir(), "tex-"+string(l))
				os.MkdirAll(dir, 0o755)
			}
			pdf := pdflatex(t, texFiles(t, dir, a, report.Options{Lang: l}))
			if _, err := os.Stat(pdf); err != nil {
				t.Fatal(err)
			}
			pdftotext, err := exec.LookPath("pdftotext")
			if err != nil {
				return
			}
			out, err := exec.Command(pdftotext, pdf, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			text := strings.Join(strings.Fields(string(out)), " ")
			want := []string{"Table 7", "Figure 3", "t(22) = −8.52, p < .001"}
			if l == report.Indonesian {
				want = []string{"Tabel 7", "Gambar 3", "t(22) = −8,52; p < 0,001"}
			}
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("the PDF lacks %q", w)
				}
			}
		})
	}
}
