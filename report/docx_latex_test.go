package report_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/report"
)

// texLabels are the labels that break LaTeX unless escaped, with the bidi
// controls that reorder what a reader sees.
var texLabels = []string{`& % $ # _ { } ~ ^ \`, `\end{document}`, `{`, `}}`, `100% \\ \par`, "a\u202Eb\u2066c\u2069d\u202Ae",
	`<tag> & "q" 'q' ` + "`q`", "ž Ł ß é ñ ø", "a--b---c", "𝛼 中文 😀"}

// checkDOCX checks that data is a .docx whose every XML part is
// well-formed and whose every table cell ends with a paragraph.
func checkDOCX(t *testing.T, data []byte) {
	t.Helper()
	names, files := unzip(t, data)
	for _, n := range names {
		if strings.HasSuffix(n, ".xml") || strings.HasSuffix(n, ".rels") {
			doc := parseXML(t, n, files[n])
			doc.walk(func(x *xmlNode) {
				if x.XMLName.Local == "tc" && (len(x.Nodes) == 0 || x.Nodes[len(x.Nodes)-1].XMLName.Local != "p") {
					t.Errorf("%s: a table cell does not end with a paragraph", n)
				}
			})
		}
	}
}

// checkTeX checks the LaTeX a writer made of hostile text: ASCII only (so
// no bidi control survives), braces balanced, and no unescaped % # $ _ ^
// (which would comment out, or switch to math, the rest).
func checkTeX(t *testing.T, tex string) {
	t.Helper()
	depth := 0
	for i := 0; i < len(tex); i++ {
		c := tex[i]
		if c >= 0x80 {
			t.Fatalf("non-ASCII byte %#x at %d: %q", c, i, tex[max(0, i-40):min(len(tex), i+40)])
		}
		switch c {
		case '\\':
			i++ // the escaped character or the first letter of a command
		case '{':
			depth++
		case '}':
			if depth--; depth < 0 {
				t.Fatalf("unbalanced } at %d: %q", i, tex[max(0, i-60):i+1])
			}
		case '%':
			if j := strings.LastIndexByte(tex[:i], '\n'); !strings.HasPrefix(tex[j+1:], "% ") {
				t.Fatalf("unescaped %% at %d: %q", i, tex[max(0, i-60):min(len(tex), i+20)])
			}
		case '#', '$', '_', '^':
			t.Fatalf("unescaped %c at %d: %q", c, i, tex[max(0, i-60):min(len(tex), i+20)])
		}
	}
	if depth != 0 {
		t.Fatalf("%d braces left open", depth)
	}
}

func writeBoth(t *testing.T, a report.Analysis, o report.Options) ([]byte, string) {
	t.Helper()
	d, err := report.New(a, o)
	if err != nil {
		t.Fatal(err)
	}
	var docx, tex bytes.Buffer
	if err := d.WriteDOCX(&docx); err != nil {
		t.Fatal(err)
	}
	if err := d.WriteLaTeXStandalone(&tex); err != nil {
		t.Fatal(err)
	}
	return docx.Bytes(), tex.String()
}

func TestDOCXLaTeXHostileLabels(t *testing.T) {
	var labels []string
	for _, h := range hostile {
		labels = append(labels, h.s)
	}
	labels = append(labels, texLabels...)
	_, havePDFLaTeX := exec.LookPath("pdflatex")
	for i, s := range labels {
		for _, l := range langs {
			a := hostileAnalysis(t, s)
			docx, tex := writeBoth(t, a, report.Options{Lang: l, NoCharts: true})
			checkDOCX(t, docx)
			if _, files := unzip(t, docx); bytes.ContainsAny(files["word/document.xml"], "\u202a\u202b\u202c\u202d\u202e") {
				t.Errorf("%q: a bidi embedding or override reached the .docx", s)
			}
			checkTeX(t, tex)
			// Compiling is slow: the TeX labels, in one language.
			if havePDFLaTeX == nil && l == report.English && i >= len(hostile) {
				dir := t.TempDir()
				path := filepath.Join(dir, "hostile.tex")
				if err := os.WriteFile(path, []byte(tex), 0o644); err != nil {
					t.Fatal(err)
				}
				pdflatex(t, path)
			}
		}
	}
}

// FuzzDOCXLaTeX checks that no label breaks either file.
func FuzzDOCXLaTeX(f *testing.F) {
	for _, s := range texLabels {
		f.Add(s)
	}
	a0 := articleAnalysis(f)
	_ = a0
	f.Fuzz(func(t *testing.T, s string) {
		a := hostileAnalysis(t, s)
		docx, tex := writeBoth(t, a, report.Options{NoCharts: true})
		checkDOCX(t, docx)
		checkTeX(t, tex)
	})
}

func TestDOCXLaTeXDeterministic(t *testing.T) {
	a := articleAnalysis(t)
	for _, l := range langs {
		d1, t1 := writeBoth(t, a, report.Options{Lang: l})
		d2, t2 := writeBoth(t, a, report.Options{Lang: l})
		if !bytes.Equal(d1, d2) || t1 != t2 {
			t.Errorf("%s: two writes of one analysis differ", l)
		}
	}
}

// TestGoldenDOCXLaTeX pins word/document.xml (one line per paragraph, for
// a readable diff) and the LaTeX fragment of the article.
func TestGoldenDOCXLaTeX(t *testing.T) {
	a := articleAnalysis(t)
	for _, l := range langs {
		d, err := report.New(a, report.Options{Lang: l})
		if err != nil {
			t.Fatal(err)
		}
		var docx, tex bytes.Buffer
		if err := d.WriteDOCX(&docx); err != nil {
			t.Fatal(err)
		}
		if err := d.WriteLaTeX(&tex); err != nil {
			t.Fatal(err)
		}
		_, files := unzip(t, docx.Bytes())
		doc := strings.NewReplacer("<w:p>", "\n<w:p>", "<w:tbl>", "\n<w:tbl>", "<w:tr>", "\n<w:tr>").Replace(string(files["word/document.xml"]))
		checkGolden(t, "article."+string(l)+".golden.document.xml", []byte(doc+"\n"))
		checkGolden(t, "article."+string(l)+".golden.tex", tex.Bytes())
	}
}

// TestDOCXLibreOffice converts the .docx to PDF with LibreOffice, as a
// reader opening it would, when soffice is installed, and checks that the
// PDF has the APA sentence (pdftotext, when installed).
func TestDOCXLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed")
	}
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "results.docx")
	if err := os.WriteFile(path, docxOf(t, articleAnalysis(t), report.Options{Lang: report.English}), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", dir, path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, "results.pdf")
	if fi, err := os.Stat(pdf); err != nil || fi.Size() < 10000 {
		t.Fatalf("no PDF from LibreOffice: %v", err)
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
	for _, want := range []string{"Table 8", "Paired-Samples t-Test of the Differences", "Figure 3", "t(22) = −8.52"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF LibreOffice made lacks %q", want)
		}
	}
}

// TestDOCXPythonDocx reads the .docx with python-docx, a second reader,
// when it is installed.
func TestDOCXPythonDocx(t *testing.T) {
	var py string
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if path, err := exec.LookPath(p); err == nil && exec.Command(path, "-c", "import docx").Run() == nil {
			py = path
			break
		}
	}
	if py == "" {
		t.Skip("python3-docx not installed")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "results.docx")
	if err := os.WriteFile(path, docxOf(t, articleAnalysis(t), report.Options{Lang: report.Indonesian}), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `import sys, docx
d = docx.Document(sys.argv[1])
print(len(d.tables), len(d.inline_shapes))
print(sorted({p.style.name for p in d.paragraphs}))
for t in d.tables:
    print(len(t.rows), len(t.columns), t.rows[0].cells[-1].text, t.rows[1].cells[0].text)
print("\n".join(p.text for p in d.paragraphs))
`
	out, err := exec.Command(py, "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("python-docx: %v\n%s", err, out)
	}
	s := string(out)
	if !strings.HasPrefix(s, "9 3\n") {
		t.Errorf("python-docx sees %q, want 9 tables and 3 images", strings.SplitN(s, "\n", 2)[0])
	}
	for _, want := range []string{"'Heading 1'", "'Heading 2'", "'Caption'", "t(22) = −8,52; p < 0,001", "Pasangan\u00a01", "Tabel 8\nUji Sampel Berpasangan", "Gambar 3"} {
		if !strings.Contains(s, want) {
			t.Errorf("python-docx output lacks %q:\n%s", want, s)
		}
	}
}

func TestFilesFor(t *testing.T) {
	d, err := report.New(articleAnalysis(t), report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	names := func(fs []report.File) string {
		var s []string
		for _, f := range fs {
			s = append(s, f.Name)
		}
		return strings.Join(s, " ")
	}
	for _, c := range []struct {
		dpi     int
		formats []string
		want    string
	}{
		{0, []string{"md", "html"}, "results.md results.html distribution.svg paired.svg differences.svg"},
		{96, []string{"tex", "docx"}, "results.docx results.tex results-standalone.tex distribution.pdf paired.pdf differences.pdf"},
		{96, []string{"md", "tex"}, "results.md results.tex results-standalone.tex distribution.svg distribution.png distribution.pdf " +
			"paired.svg paired.png paired.pdf differences.svg differences.png differences.pdf"},
		{0, []string{"docx"}, "results.docx"},
	} {
		fs, err := d.FilesFor(c.dpi, c.formats...)
		if err != nil {
			t.Fatal(err)
		}
		if got := names(fs); got != c.want {
			t.Errorf("FilesFor(%d, %q) = %s, want %s", c.dpi, c.formats, got, c.want)
		}
	}
	old, _ := d.Files(96)
	same, _ := d.FilesFor(96, "md", "html")
	if names(old) != names(same) {
		t.Errorf("Files(96) = %s, FilesFor(96, md, html) = %s", names(old), names(same))
	}
	for _, bad := range [][]string{{"rtf"}, {"md", "md"}} {
		if _, err := d.FilesFor(0, bad...); !errors.Is(err, report.ErrOptions) {
			t.Errorf("FilesFor(0, %q): %v, want ErrOptions", bad, err)
		}
	}
}
