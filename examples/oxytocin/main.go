// Command oxytocin regenerates the Results section ("HASIL DAN PEMBAHASAN")
// of the motivating article — 23 postpartum mothers, oxytocin massage,
// breast-milk flow in three ordered categories before and after — in
// Indonesian and English, and audits every number the article publishes.
//
//	go run ./examples/oxytocin [-out DIR] [-data DIR] [-dpi N]
//
// What it uses, all under testdata/oxytocin/:
//
//   - claims.json: the article's published figures (counts and percentages
//     per category before and after, n, alpha, the reported t and p), each
//     with the line of the article it comes from. The reconstructed pairs
//     must reproduce these counts exactly, so the distribution tables and the
//     bar chart show the distribution as published.
//   - reconstructed.csv: 23 before/after pairs RECONSTRUCTED from the
//     published margins (the article publishes no raw pairs), under the one
//     joint table in which no mother got worse. The paired analyses (t-test
//     on the codes 1-2-3, Wilcoxon, sign test, Stuart-Maxwell, Bowker,
//     Shapiro-Wilk of the differences) run on these pairs, all chosen by
//     pairedt.AnalyzeOrdinal, and the report says so.
//
// It also knits manuscript-id.md, the article's HASIL DAN PEMBAHASAN
// rewritten in our own words as a literate manuscript (every number a
// {{reference}} computed from data/asi.csv, a copy of the reconstructed
// pairs), into DIR/knit/: manuscript-id.md, .html, .docx and its charts.
//
// It writes, into DIR (./out by default), one folder per language (id/ and
// en/) holding results.md, results.html, results.docx (Word, the charts
// embedded), results.tex (LaTeX to \input) and each chart as SVG, PNG and
// PDF (the .tex includes the PDF), plus audit.json and audit.txt. Every file is rendered in memory before the first
// one is written, so a run that fails on its input leaves the previous output
// intact. It prints what it wrote.
//
// The program uses only the public API of the module, so it can be copied
// as a starting point. It writes with os.WriteFile; replacing files
// atomically, as a set, is what the pairedt command line tool adds.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/pairedt/audit"
	"github.com/pairedt/pairedt/report"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "oxytocin:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("oxytocin", flag.ContinueOnError)
	out := fs.String("out", "out", "directory to write the regenerated Results section into")
	data := fs.String("data", "", "directory holding claims.json and reconstructed.csv (default: testdata/oxytocin of this module)")
	dpi := fs.Int("dpi", 150, "resolution of the PNG charts, in dots per inch")
	manuscript := fs.String("manuscript", "", "the Indonesian manuscript to knit into DIR/knit (default: examples/oxytocin/manuscript-id.md of this module)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	dir := *data
	if dir == "" {
		var err error
		if dir, err = findData(); err != nil {
			return err
		}
	}

	// The Indonesian analysis, with the article's own category labels.
	a, checks, err := analyse(dir, nil)
	if err != nil {
		return err
	}

	// The audit, once, language-neutral.
	var auditJSON, auditText bytes.Buffer
	if err := audit.WriteJSON(&auditJSON, checks); err != nil {
		return err
	}
	if err := audit.WriteText(&auditText, checks, audit.English); err != nil {
		return err
	}
	files := []file{
		{"audit.json", auditJSON.Bytes()},
		{"audit.txt", auditText.Bytes()},
	}
	for _, lang := range []report.Lang{report.Indonesian, report.English} {
		la := a
		if lang == report.English {
			// The same analysis with the categories translated, so that
			// every table, chart and test note speaks English.
			if la, _, err = analyse(dir, englishLevels); err != nil {
				return err
			}
		}
		rendered, err := render(localise(la, lang), lang, *dpi)
		if err != nil {
			return fmt.Errorf("%s report: %w", lang, err)
		}
		for _, f := range rendered {
			files = append(files, file{filepath.Join(string(lang), f.name), f.data})
		}
	}
	// The literate manuscript: the article's HASIL DAN PEMBAHASAN in our
	// own words, every number a reference computed from the same pairs.
	ms := *manuscript
	if ms == "" {
		ms = filepath.Join(dir, "..", "..", "examples", "oxytocin", "manuscript-id.md")
	}
	knitted, err := knit(ms, *dpi)
	if err != nil {
		return err
	}
	for _, f := range knitted {
		files = append(files, file{filepath.Join("knit", f.name), f.data})
	}
	written, err := writeFiles(*out, files)
	if err != nil {
		return err
	}

	fmt.Fprintf(stdout, "Audit of the article's published claims (%d checks):\n", len(checks))
	for _, c := range checks {
		where := c.Source
		if i := strings.IndexAny(where, ":;"); i >= 0 {
			where = where[:i]
		}
		fmt.Fprintf(stdout, "  %-16s %s", c.Verdict, c.Claim)
		if where != "" {
			fmt.Fprintf(stdout, "  [%s]", where)
		}
		fmt.Fprintln(stdout)
	}
	fmt.Fprintf(stdout, "\nPaired t-test on the reconstructed pairs (codes 1-2-3): t(%g) = %.3f, p = %.4g; the article reports t = -28,471.\n",
		a.T.DF, a.T.T, a.T.P)
	fmt.Fprintln(stdout, "\nWrote:")
	for _, w := range written {
		fmt.Fprintln(stdout, " ", w)
	}
	return nil
}

// The words of each language's report. The article is Indonesian; the
// English labels are our translation of its categories.
var (
	englishLevels = []string{"Not out yet", "Out, not yet smooth", "Out and smooth"}

	noteID = "Tabel distribusi dan grafik batang dibuat dari jumlah yang dipublikasikan artikel. " +
		"Artikel tidak mempublikasikan data berpasangan: semua analisis berpasangan di bawah ini " +
		"(uji t berpasangan pada kode 1-2-3, Wilcoxon, uji tanda, Stuart-Maxwell, Bowker, Shapiro-Wilk) " +
		"dihitung pada 23 pasangan yang DIREKONSTRUKSI dari marginal tersebut, dengan tabel gabungan " +
		"satu-satunya di mana tidak ada ibu yang memburuk: 4 tetap ASI belum keluar, 13 dari belum keluar " +
		"menjadi lancar, 6 dari keluar namun belum lancar menjadi lancar. " +
		"Tidak ada tabel gabungan yang sesuai dengan marginal yang menghasilkan t = -28,471 (lihat tabel reproduksi)."
	noteEN = "The distribution tables and the bar chart are built from the counts the article publishes. " +
		"The article publishes no paired data: every paired analysis below (the paired t-test on the codes 1-2-3, " +
		"Wilcoxon, sign test, Stuart-Maxwell, Bowker, Shapiro-Wilk) runs on 23 pairs RECONSTRUCTED from those " +
		"margins, under the only joint table in which no mother got worse: 4 stay not out, 13 go from not out " +
		"to smooth, 6 from out but not smooth to smooth. " +
		"No joint table with these margins gives t = -28.471 (see the reproduction table). " +
		"Category labels are translated from the article's Indonesian: ASI belum keluar = not out yet, " +
		"ASI keluar namun belum lancar = out, not yet smooth, ASI keluar lancar = out and smooth."
)

// localise sets the title, occasion labels and notes of a's report in lang.
func localise(a report.Analysis, lang report.Lang) report.Analysis {
	if lang == report.Indonesian {
		a.Title = "Pengaruh pijat oksitosin terhadap kelancaran pengeluaran ASI pada ibu postpartum"
		a.Variable = "kelancaran pengeluaran ASI"
		a.BeforeLabel = "Sebelum pijat oksitosin"
		a.AfterLabel = "Sesudah pijat oksitosin"
		a.Notes = []string{noteID}
		return a
	}
	a.Title = "Effect of oxytocin massage on the smooth expression of breast milk in postpartum mothers"
	a.Variable = "breast-milk expression"
	a.BeforeLabel = "Before massage"
	a.AfterLabel = "After massage"
	a.Notes = []string{noteEN}
	return a
}

// file is one output file, rendered in memory.
type file struct {
	name string // relative to the output directory
	data []byte
}

// render makes one language's Results section: Markdown, HTML, Word and
// LaTeX and the charts as SVG, PNG and PDF, each rendered in memory from
// one report.Document.
func render(a report.Analysis, lang report.Lang, dpi int) ([]file, error) {
	doc, err := report.New(a, report.Options{Lang: lang})
	if err != nil {
		return nil, err
	}
	outs, err := doc.FilesFor(dpi, "md", "html", "docx", "tex")
	if err != nil {
		return nil, err
	}
	return inMemory(outs)
}

// knit knits the manuscript at path: it reads the manuscript and the data
// files its header names through an os.Root of the manuscript's directory,
// whose file system refuses any path that leads out of it.
func knit(path string, dpi int) ([]file, error) {
	root, err := os.OpenRoot(filepath.Dir(path))
	if err != nil {
		return nil, err
	}
	defer root.Close()
	m, err := report.Knit(root.FS(), filepath.Base(path), report.KnitOptions{Strict: true, DisplayName: path,
		ModuleVersion: moduleVersion(), Args: []string{"go", "run", "./examples/oxytocin"}})
	if err != nil {
		return nil, err
	}
	outs, err := m.FilesFor(dpi, "md", "html", "docx")
	if err != nil {
		return nil, err
	}
	return inMemory(outs)
}

// inMemory writes each output into memory.
func inMemory(outs []report.File) ([]file, error) {
	var files []file
	for _, f := range outs {
		var b bytes.Buffer
		if _, err := f.WriteTo(&b); err != nil {
			return nil, err
		}
		files = append(files, file{f.Name, b.Bytes()})
	}
	return files, nil
}

// writeFiles writes files under dir, creating the folders they need, and
// returns the paths written. (The pairedt command replaces its files
// atomically, as a set; a program of your own can do the same by writing to
// temporary files and renaming them.)
func writeFiles(dir string, files []file) ([]string, error) {
	var written []string
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return written, err
		}
		if err := os.WriteFile(path, f.data, 0o644); err != nil {
			return written, err
		}
		written = append(written, path)
	}
	return written, nil
}

// analyse reads the article's claims and the reconstructed pairs and runs
// every analysis the report shows. labels, if not nil, are the names the
// report gives the article's levels (in the article's order).
func analyse(dir string, labels []string) (report.Analysis, []audit.Check, error) {
	var a report.Analysis
	claimsPath := filepath.Join(dir, "claims.json")
	claimsBytes, err := os.ReadFile(claimsPath)
	if err != nil {
		return a, nil, err
	}
	claims, err := audit.ReadClaims(bytes.NewReader(claimsBytes))
	if err != nil {
		return a, nil, fmt.Errorf("%s: %w", claimsPath, err)
	}
	checks, err := audit.Audit(claims)
	if err != nil {
		return a, nil, fmt.Errorf("%s: %w", claimsPath, err)
	}
	levels := claims.Levels

	// The distribution as published.
	published := map[string][]int{}
	for _, g := range claims.Groups {
		counts := make([]int, len(levels))
		for _, c := range g.Cells {
			i := slices.Index(levels, c.Level)
			if i < 0 {
				return a, nil, fmt.Errorf("%s: group %q: unknown level %q", claimsPath, g.Name, c.Level)
			}
			counts[i] = c.Count
		}
		published[g.Role] = counts
	}
	if published["before"] == nil || published["after"] == nil {
		return a, nil, fmt.Errorf("%s: need a group with role \"before\" and one with role \"after\"", claimsPath)
	}
	if labels == nil {
		labels = levels
	}
	if len(labels) != len(levels) {
		return a, nil, fmt.Errorf("%d labels for %d levels", len(labels), len(levels))
	}

	// The reconstructed pairs.
	csvPath := filepath.Join(dir, "reconstructed.csv")
	csvBytes, err := os.ReadFile(csvPath)
	if err != nil {
		return a, nil, err
	}
	before, after, err := readPairs(csvPath, csvBytes)
	if err != nil {
		return a, nil, err
	}
	relabel := func(v []string) {
		for i, s := range v {
			if j := slices.Index(levels, s); j >= 0 {
				v[i] = labels[j]
			}
		}
	}
	relabel(before)
	relabel(after)

	// Every analysis the report shows, chosen by the library.
	study, err := pairedt.AnalyzeOrdinal(before, after, labels, claims.Scores, pairedt.StudyOptions{})
	if err != nil {
		return a, nil, fmt.Errorf("%s: %w", csvPath, err)
	}
	// The reconstruction must reproduce the published margins exactly.
	if cross := study.Cross; !slices.Equal(cross.RowTotals, published["before"]) || !slices.Equal(cross.ColTotals, published["after"]) {
		return a, nil, fmt.Errorf("%s: margins %v / %v differ from the published %v / %v",
			csvPath, cross.RowTotals, cross.ColTotals, published["before"], published["after"])
	}
	if study.T == nil {
		return a, nil, fmt.Errorf("%s: %w", csvPath, study.Reason(pairedt.MethodT))
	}

	h := sha256.New()
	h.Write(claimsBytes)
	h.Write(csvBytes)
	// Any test these data did not define is left out of the report (none
	// is, for the article's data); study.Undefined says why.
	a = report.FromStudy(study)
	a.Checks = checks
	a.Provenance = report.Provenance{
		DataName:      "testdata/oxytocin/claims.json + testdata/oxytocin/reconstructed.csv",
		DataSHA256:    hex.EncodeToString(h.Sum(nil)),
		ModuleVersion: moduleVersion(),
		Command:       "go run ./examples/oxytocin",
	}
	return a, checks, nil
}

// readPairs reads the id,before,after CSV of category labels.
func readPairs(name string, b []byte) (before, after []string, err error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = 3
	rows, err := r.ReadAll()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(rows) < 2 || !slices.Equal(rows[0], []string{"id", "before", "after"}) {
		return nil, nil, fmt.Errorf("%s: want a header id,before,after and at least one row", name)
	}
	for _, row := range rows[1:] {
		before = append(before, row[1])
		after = append(after, row[2])
	}
	return before, after, nil
}

// findData walks up from the working directory to the module root and
// returns its testdata/oxytocin.
func findData() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata", "oxytocin"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("cannot find the module root (go.mod) above the working directory; pass -data DIR")
		}
		dir = parent
	}
}

// moduleVersion is the module's version from the build information, or
// "(devel)" in a work tree.
func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
