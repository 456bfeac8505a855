package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/pairedt/audit"
	"github.com/pairedt/pairedt/report"
)

var checkCommand = &command{
	name:     "check",
	synopsis: `pairedt check ["STATEMENT" ...] [--text FILE] [--claims FILE] [--before-counts N,N,N --after-counts N,N,N [--scores S,S,S] [--t T]] [--json] [--lang en|id]`,
	about:    "audit published results: a whole article (--text), a statement, category counts, a claims file",
	help: `Recomputes what a paper reports and gives one verdict per claim:
consistent, inconsistent, decision_error, reporting_error or not_derivable,
each with a one-sentence explanation.

  STATEMENT         a reported result as printed, in APA, SPSS or Indonesian
                    form: "t(22) = -28.471, p = 0.000", "t: -28,471, p 0,000";
                    p is checked against t and df (statcheck's rules; a p of
                    0 is a reporting error). Without df in the text, --df or
                    the counts below supply it.
  --text FILE       an article's text (plain text or Markdown; HTML by its
                    text; PDF through pdftotext when it is installed; - for
                    standard input): every result in it is found and
                    checked, in English and Indonesian forms: t, F, chi2, r
                    and z with df and p, p-values alone and stated decisions
                    ("Ho ditolak"), counts with percentages and their
                    tables, df against the stated n of a paired design, and
                    the margin check when the text gives the before and
                    after tables of a paired t. Each check names its line
                    and column. --one-tailed-txt honours one-tailed wording
                    as statcheck's OneTailedTxt does.
  --claims FILE     a JSON claims file with a whole article's numbers
                    (counts, percentages, tests, means; see package audit).
  --before-counts, --after-counts
                    the published category counts before and after (lowest
                    level first): the paired t-test is recomputed over every
                    joint table consistent with both margins, under --scores
                    (default 1..k); --t is the reported t to test against
                    that range.

Text output is one block per check; --json prints {"checks": [...]} with the
keys claim, kind, verdict, reported, recomputed, explanation, source (and
t_min, t_max, tables, t_max_abs_any_scoring for the margin check); with
--text, each result found has span {"start", "end"}: its bytes, statistic
through p, in the text read (for HTML and PDF, the text extracted). Finding an
inconsistency is a successful audit: the exit status is 0 whenever every
claim could be read.`,
	example: `  $ pairedt check "t(22) = -28.471, p = 0.000"
  $ pairedt check --before-counts 17,6,0 --after-counts 4,0,19 --t -28.471 --json
  $ pairedt check --claims testdata/oxytocin/claims.json --lang id
  $ pairedt check --text article.txt --json`,
	flags: func(fs *flag.FlagSet) { newCheckConfig(fs) },
	run:   runCheck,
}

type checkConfig struct {
	claims       string
	text         string
	oneTailedTxt bool
	beforeCounts string
	afterCounts  string
	scores       string
	t            string
	df           string
	alpha        string
	alternative  string
	json         bool
	lang         string
	out          string
}

func newCheckConfig(fs *flag.FlagSet) *checkConfig {
	c := &checkConfig{}
	fs.StringVar(&c.claims, "claims", "", "JSON claims `file` to audit")
	fs.StringVar(&c.text, "text", "", "article text `file` to scan for results (text, Markdown, HTML or PDF; - for standard input)")
	fs.BoolVar(&c.oneTailedTxt, "one-tailed-txt", false, "with --text: a result consistent only as one-tailed is consistent when the text says one-tailed (statcheck's OneTailedTxt)")
	fs.StringVar(&c.beforeCounts, "before-counts", "", "published counts per level before, lowest level first (`list`, e.g. 17,6,0)")
	fs.StringVar(&c.afterCounts, "after-counts", "", "published counts per level after (`list`, e.g. 4,0,19)")
	fs.StringVar(&c.scores, "scores", "", "scores of the levels for the margin check (`list`; default 1..k)")
	fs.StringVar(&c.t, "t", "", "reported t statistic as printed, for the margin check (e.g. -28.471 or -28,471)")
	fs.StringVar(&c.df, "df", "", "degrees of freedom for statements that do not state them")
	fs.StringVar(&c.alpha, "alpha", "", "significance level (default: the statement's own, else 0.05)")
	fs.StringVar(&c.alternative, "alternative", "two.sided", "alternative of the reported test: two.sided, less or greater")
	fs.BoolVar(&c.json, "json", false, `print {"checks": [...]} as JSON`)
	fs.StringVar(&c.lang, "lang", "en", "text output language: en, or id for Indonesian claims, values and explanations")
	fs.StringVar(&c.out, "o", "", "write the output to `file` (atomically) instead of standard output")
	return c
}

func runCheck(e *env, args []string) error {
	fs := newFlagSet(e.cmd)
	c := newCheckConfig(fs)
	statements, err := parseArgs(e, fs, args)
	if err != nil {
		return err
	}
	lang, err := report.ParseLang(c.lang)
	if err != nil {
		return usageErrorf("--lang %q: want en or id", c.lang)
	}
	margins := c.beforeCounts != "" || c.afterCounts != ""
	if !margins && (c.scores != "" || c.t != "") {
		return usageErrorf("--scores and --t need --before-counts and --after-counts")
	}
	if len(statements) == 0 && c.claims == "" && c.text == "" && !margins {
		return usageErrorf(`nothing to check: give a statement ("t(22) = -28.471, p = 0.000"), --text FILE, --claims FILE, or --before-counts and --after-counts`)
	}
	if c.oneTailedTxt && c.text == "" {
		return usageErrorf("--one-tailed-txt needs --text")
	}
	if c.text != "" && c.alternative != "two.sided" {
		return usageErrorf("--alternative applies to statements: --text reads every result as two-sided, as statcheck does (see --one-tailed-txt)")
	}
	po := audit.StatementOptions{}
	if po.Alternative, err = pairedt.ParseAlternative(c.alternative); err != nil {
		return usageErrorf("--alternative %q: want two.sided, less or greater", c.alternative)
	}
	if c.alpha != "" {
		a, err := parseNumber(c.alpha)
		if err != nil || !(a > 0 && a < 1) {
			return usageErrorf("--alpha %q: want a number between 0 and 1, such as 0.05", c.alpha)
		}
		po.Alpha = a
	}
	if c.df != "" {
		df, err := parseNumber(c.df)
		if err != nil || !(df > 0) {
			return usageErrorf("--df %q: want a positive number", c.df)
		}
		po.DF = df
	}

	parsed := make([]audit.Statement, 0, len(statements))
	for _, s := range statements {
		sts, err := audit.ParseStatements(s) // every result of the statement
		if err != nil {
			return fmt.Errorf("%w: %w", errUsage, err)
		}
		parsed = append(parsed, sts...)
	}
	// Margins given without --t take the t of the statement, when exactly
	// one statement reports one.
	tText := c.t
	if margins && tText == "" {
		var ts []string
		for _, st := range parsed {
			if st.T != nil {
				ts = append(ts, st.T.Text)
			}
		}
		if len(ts) == 1 {
			tText = ts[0]
		}
	}

	var checks []audit.Check
	if margins {
		if c.beforeCounts == "" || c.afterCounts == "" {
			return usageErrorf("the margin check needs both --before-counts and --after-counts")
		}
		before, err := parseInts("--before-counts", c.beforeCounts)
		if err != nil {
			return err
		}
		after, err := parseInts("--after-counts", c.afterCounts)
		if err != nil {
			return err
		}
		mo := marginOptions()
		if c.scores != "" {
			if mo.Scores, err = parseFloats("--scores", c.scores); err != nil {
				return err
			}
		}
		ch, err := audit.CheckMargins(before, after, tText, mo)
		if errors.Is(err, audit.ErrTooLarge) {
			// Valid counts, but the check cannot be done on them: exit 1.
			return &analysisError{fmt.Errorf("margin check: %w", err)}
		}
		if err != nil {
			return fmt.Errorf("%w: margin check: %w", errUsage, err)
		}
		checks = append(checks, ch)
		if po.DF == 0 {
			n := 0
			for _, v := range before {
				n += v
			}
			if n > 1 {
				po.DF = float64(n - 1) // pairs - 1, for statements without df
			}
		}
	}
	for _, st := range parsed {
		ch, err := audit.CheckStatement(st, po)
		if err != nil {
			return fmt.Errorf("%w: %w", errUsage, err)
		}
		checks = append(checks, ch)
	}
	if c.text != "" {
		text, err := readArticle(e, c.text)
		if err != nil {
			return err
		}
		cs, err := audit.Scan(text, audit.ScanOptions{Alpha: po.Alpha, OneTailedTxt: c.oneTailedTxt, Margins: marginOptions()})
		if err != nil {
			return fmt.Errorf("%w: %w", errUsage, err)
		}
		checks = append(checks, cs...)
	}
	if c.claims != "" {
		cs, err := e.auditClaims(c.claims)
		if err != nil {
			return err
		}
		checks = append(checks, cs...)
	}
	var buf bytes.Buffer
	if c.json {
		if err := audit.WriteJSON(&buf, checks); err != nil {
			return err
		}
	} else if err := audit.WriteText(&buf, checks, lang); err != nil {
		return err
	}
	return e.writeOutput(c.out, []byte(sanitizeLines(buf.String(), c.json)))
}

// sanitizeLines escapes terminal control characters in text output (claims
// quote user text); JSON is already escaped by encoding/json.
func sanitizeLines(s string, isJSON bool) string {
	if isJSON {
		return s
	}
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		lines[i] = safeText(l)
	}
	return strings.Join(lines, "")
}

// errNoPdftotext: a PDF was given and pdftotext is not installed.
var errNoPdftotext = errors.New("reading a PDF needs pdftotext (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler); or convert the PDF to text and give the text file")

// readArticle reads the text of an article for --text: a text or Markdown
// file as it is, HTML by its text (audit.HTMLText, line numbers kept), a
// PDF through pdftotext; "-" reads standard input.
func readArticle(e *env, path string) (string, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(e.stdin, 256<<20))
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return "", fmt.Errorf("%w: %v", errInputFile, err)
	}
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")) || ext == ".pdf":
		bin, err := exec.LookPath("pdftotext")
		if err != nil {
			return "", fmt.Errorf("%s: %w", path, errNoPdftotext)
		}
		cmd := exec.Command(bin, "-enc", "UTF-8", "-", "-")
		cmd.Stdin = bytes.NewReader(data)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return "", fmt.Errorf("%w: %s: pdftotext: %v %s", errInputFile, path, err, strings.TrimSpace(stderr.String()))
		}
		return string(out), nil
	case ext == ".html" || ext == ".htm" || ext == ".xhtml" || looksHTML(data):
		return audit.HTMLText(string(data)), nil
	}
	return string(data), nil
}

// looksHTML reports whether data starts (after white space) like an HTML
// document.
func looksHTML(data []byte) bool {
	head := strings.ToLower(strings.TrimSpace(string(data[:min(len(data), 512)])))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}
