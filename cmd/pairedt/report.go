package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/pairedt/pairedt/internal/atomicfile"
	"github.com/pairedt/pairedt/internal/load"
	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/pairedt/audit"
	"github.com/pairedt/pairedt/report"
)

var reportCommand = &command{
	name:     "report",
	synopsis: "pairedt report FILE --before COL --after COL [--levels ...] --lang en|id --out DIR [--claims FILE]",
	about:    "write the Results section: results.md, results.html and the charts (SVG, PNG)",
	help: `Analyses FILE and writes a Results section into DIR: results.md (CommonMark
with tables), results.html (one self-contained file: inline CSS and SVG, no
script, no network), and each chart as NAME.svg and NAME.png.

Numeric outcome (no --levels): the paired t-test with its descriptives and
effect sizes, Shapiro-Wilk of the differences, the Wilcoxon signed-rank and
sign tests, a paired plot and a plot of the differences.
Ordered categories (--levels, as in "pairedt freq"): the frequency tables,
the cross table and bar chart, Bowker, Stuart-Maxwell, sign and Wilcoxon
tests, and the t-test on the scores, flagged as such.
An SPSS file whose outcome has value labels is read as ordered categories
without --levels, and its variable labels name the outcome (or, when the two
columns' labels differ, the two occasions) unless --variable, --before-label
or --after-label say otherwise.
--claims FILE adds the audit of a published report's claims.

The t-test is required: when these data do not define it (e.g. every
difference is the same) nothing is written and the exit status is 1.
Another test these data do not define is left out, with its reason on
standard error.

DIR is replaced as a whole, never file by file: the new set is written and
synced in a staging directory beside DIR, then switched with DIR in one step
(Linux; elsewhere two renames), so a reader sees the old set or the new one,
and a failed or interrupted run leaves DIR as it was. DIR holds only the
report: pairedt lists its files in DIR/.pairedt-set and refuses a DIR that
holds any other file, so none of yours is ever deleted. A second run into
the same DIR waits up to 10 seconds for the first to finish writing, then
fails (lock file .DIR.lock beside DIR). A symlink DIR is followed and kept.
The provenance footer holds the SHA-256 of FILE, the module version and the
command line quoted for a POSIX shell, the output directory written as DIR
(so the same analysis gives the same files wherever it is written); no
clock time.`,
	example: `  $ pairedt report sleep.csv --before drug1 --after drug2 --lang en --out out
  $ pairedt report asi.csv --before sebelum --after sesudah --lang id --out hasil \
      --levels "ASI belum keluar,ASI keluar namun belum lancar,ASI keluar lancar" \
      --title "Kelancaran ASI" --claims claims.json
  $ pairedt report asi.sav --before sebelum --after sesudah --lang id --out hasil`,
	flags: func(fs *flag.FlagSet) { newReportConfig(fs) },
	run:   runReport,
}

type reportConfig struct {
	freq        freqConfig // input, levels, codes, scores, t-test flags
	lang        string
	outDir      string
	claims      string
	title       string
	variable    string
	beforeLabel string
	afterLabel  string
	alpha       string
	decimals    int
	dpi         int
	noCharts    bool
	formats     string
	bayes       bool   // --bayes: the JZS Bayes factor sentence
	prior       string // --r: its prior scale
	sensitivity bool   // --sensitivity: the smallest d_z detectable
	tableStyle  string // --table-style: apa, spss or the language's default
}

func newReportConfig(fs *flag.FlagSet) *reportConfig {
	c := &reportConfig{}
	c.freq.in.define(fs)
	c.freq.t.define(fs)
	fs.StringVar(&c.freq.levels, "levels", "", "ordered categories, comma-separated (`list`); without it the outcome is numeric")
	fs.StringVar(&c.freq.codes, "codes", "", "codes that stand for the levels in the data (`list`, default 1..k)")
	fs.StringVar(&c.freq.scores, "scores", "", "scores of the levels for the signed tests and the t-test (`list`, default 1..k)")
	fs.StringVar(&c.lang, "lang", "en", "language of the report: en (APA 7) or id (Indonesian)")
	fs.StringVar(&c.outDir, "out", "", "output `directory` (created if needed)")
	fs.StringVar(&c.claims, "claims", "", "JSON claims `file` of a published report to audit")
	fs.StringVar(&c.title, "title", "", "section title (default Results / Hasil)")
	fs.StringVar(&c.variable, "variable", "", "name of the outcome variable")
	fs.StringVar(&c.beforeLabel, "before-label", "", "label of the first occasion (default Before / Sebelum)")
	fs.StringVar(&c.afterLabel, "after-label", "", "label of the second occasion (default After / Sesudah)")
	fs.StringVar(&c.alpha, "alpha", "0.05", "significance level of the decisions")
	fs.IntVar(&c.decimals, "decimals", 2, "decimals of the statistics in the text")
	fs.IntVar(&c.dpi, "dpi", 150, "resolution of the PNG charts; 0 writes no PNG")
	fs.BoolVar(&c.noCharts, "no-charts", false, "leave the charts out")
	fs.BoolVar(&c.bayes, "bayes", false, "add the JZS Bayes factor of the t-test to the text (prior scale --r)")
	definePriorFlag(fs, &c.prior)
	fs.BoolVar(&c.sensitivity, "sensitivity", false, "add the design's sensitivity: the smallest d_z detectable with 80% power at --alpha")
	fs.StringVar(&c.tableStyle, "table-style", "", "names of the t-test tables: apa, spss (default: apa in English, spss in Indonesian)")
	fs.StringVar(&c.formats, "formats", "md,html", "files to write, comma-separated (`list` of md, html, docx, tex); tex adds the charts as PDF")
	return c
}

func runReport(e *env, args []string) error {
	fs := newFlagSet(e.cmd)
	c := newReportConfig(fs)
	path, topts, lay, err := fileArgs(e, fs, args, &c.freq.t, &c.freq.in)
	if err != nil {
		return err
	}
	if c.outDir == "" {
		return usageErrorf("--out DIR is required")
	}
	o := report.Options{Decimals: c.decimals, NoCharts: c.noCharts}
	if o.Lang, err = report.ParseLang(c.lang); err != nil {
		return usageErrorf("--lang %q: want en or id", c.lang)
	}
	if o.Alpha, err = parseNumber(c.alpha); err != nil || !(o.Alpha > 0 && o.Alpha < 1) {
		return usageErrorf("--alpha %q: want a number between 0 and 1, such as 0.05", c.alpha)
	}
	if c.decimals < 1 || c.decimals > 10 {
		return usageErrorf("--decimals %d: want 1 to 10", c.decimals)
	}
	o.BayesFactor, o.Sensitivity = c.bayes, c.sensitivity
	if o.BayesPrior, err = parsePrior(c.prior); err != nil {
		return err
	}
	switch strings.ToLower(c.tableStyle) {
	case "":
	case "apa":
		o.TableStyle = report.TableAPA
	case "spss":
		o.TableStyle = report.TableSPSS
	default:
		return usageErrorf("--table-style %q: want apa or spss", c.tableStyle)
	}
	if c.dpi < 0 || c.dpi > report.MaxDPI {
		return usageErrorf("--dpi %d: want 0 (no PNG) to %d", c.dpi, report.MaxDPI)
	}
	var checks []audit.Check
	if c.claims != "" {
		if checks, err = e.auditClaims(c.claims); err != nil {
			return err
		}
	}

	hash := sha256.New()
	in, err := e.openInputTee(path, &c.freq.in, hash)
	if err != nil {
		return err
	}
	defer in.Close()
	spec, err := c.freq.in.spec()
	if err != nil {
		return err
	}
	ps, err := load.Resolve(in.src, &spec)
	if err != nil {
		return fromLoad(err)
	}
	var st *pairedt.Study
	if c.freq.levels != "" || load.HasValueLabels(in.src, ps) {
		fr, err := frequencies(in, &c.freq, lay, topts)
		if err != nil {
			return err
		}
		st = fr.study
	} else {
		x, y, err := readAllPairs(in, ps)
		if err != nil {
			return err
		}
		if st, err = pairedt.AnalyzePaired(x, y, c.freq.in.studyOptions(topts)); err != nil {
			return fmt.Errorf("%s: %w", in.name, err)
		}
	}
	// The t-test is the report's core: without it nothing is written.
	if st.T == nil {
		var u pairedt.Undefined
		errors.As(st.Reason(pairedt.MethodT), &u)
		if st.Design == pairedt.Ordinal {
			return &analysisError{fmt.Errorf("%s: t-test on the scores: %w", in.name, u.Err)}
		}
		return &analysisError{fmt.Errorf("%s: %w", in.name, u.Err)}
	}
	a := report.FromStudy(st)
	a.Title, a.Variable, a.BeforeLabel, a.AfterLabel = c.title, c.variable, c.beforeLabel, c.afterLabel
	tableLabels(in, ps, &a)
	in.Close()
	a.Checks = checks
	a.Provenance = report.Provenance{
		DataName:      filepath.Base(in.name),
		DataSHA256:    hex.EncodeToString(hash.Sum(nil)),
		ModuleVersion: version(),
		Args:          append([]string{"pairedt", "report"}, outAsDIR(args)...),
	}

	// Render everything in memory, then write the set atomically.
	files, err := reportFiles(a, o, c.dpi, strings.Split(c.formats, ",")...)
	if err != nil {
		return err
	}
	if err := atomicfile.WriteSet(c.outDir, atomicfile.Options{Protect: e.inputs, LockWait: reportLockWait}, files); err != nil {
		return fmt.Errorf("%w: %w", errOutputFile, err)
	}
	e.printNotes(in)
	for _, u := range st.Undefined {
		fmt.Fprintf(e.stderr, "pairedt report: %s left out: %s\n", u.Method, safeText(u.Err.Error()))
	}
	for _, f := range files {
		fmt.Fprintf(e.stdout, "wrote %s\n", safeText(filepath.Join(c.outDir, f.Name)))
	}
	return nil
}

// tableLabels names the outcome of an SPSS file by its variable labels
// (load.Labels), where the flags (--variable, --before-label,
// --after-label) did not.
func tableLabels(in *input, ps *load.Plan, a *report.Analysis) {
	v, b, af := load.Labels(in.src, ps)
	for _, f := range []struct {
		dst *string
		v   string
	}{{&a.Variable, v}, {&a.BeforeLabel, b}, {&a.AfterLabel, af}} {
		if *f.dst == "" {
			*f.dst = f.v
		}
	}
}

// reportLockWait is how long report waits for another run writing the same
// DIR (a variable for the tests).
var reportLockWait = 10 * time.Second

// outAsDIR returns args with the value of --out written as DIR, for the
// provenance footer (report.Provenance.Args, printed shell-quoted): the
// same analysis written to two directories gives byte-identical files, and
// the printed command still runs when pasted (into ./DIR).
func outAsDIR(args []string) []string {
	var kept []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--out" || a == "-out":
			kept = append(kept, "--out", "DIR")
			i++ // the value
		case strings.HasPrefix(a, "--out=") || strings.HasPrefix(a, "-out="):
			kept = append(kept, "--out", "DIR")
		default:
			kept = append(kept, a)
		}
	}
	return kept
}
