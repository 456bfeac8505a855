package report

import (
	"errors"
	"fmt"
	"math"

	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/pairedt/audit"
)

// Sentinel errors. Every error returned by this package wraps one of these
// (or an error from an io.Writer) so that callers can match it with errors.Is.
var (
	// ErrOptions: an Options field out of range (unknown language, alpha
	// outside (0, 1), negative or too many decimals).
	ErrOptions = errors.New("report: invalid options")
	// ErrAnalysis: an Analysis whose parts do not fit together (a frequency
	// table whose counts do not match its levels, a cross table that is not
	// k x k, frequency tables, cross table and Scores with different numbers
	// of levels, X and Y of different lengths, non-finite data or scores).
	ErrAnalysis = errors.New("report: invalid analysis")
)

// Analysis is everything a Results section is made from: the results of
// package pairedt and audit, plus the words that describe the study. Only
// the parts that are present are rendered; the zero value renders the title
// and the provenance footer. FromStudy fills in the results of a
// pairedt.Study, so that which tests a report shows is decided in one place
// (pairedt.AnalyzePaired, pairedt.AnalyzeOrdinal).
//
// Differences are X - Y, as pairedt.Test computes them: with X the first
// occasion (before) and Y the second (after), an improvement on a scale where
// higher is better gives negative differences, as in the motivating article
// (t = -28.471).
type Analysis struct {
	// Title is the section title; empty means "Results" / "Hasil".
	Title string
	// Variable names the outcome (e.g. "Kelancaran ASI"); empty means
	// "the outcome" / "variabel hasil".
	Variable string
	// BeforeLabel and AfterLabel name the two occasions; empty means
	// "Before"/"After" ("Sebelum"/"Sesudah").
	BeforeLabel, AfterLabel string

	// FreqBefore and FreqAfter are the frequency tables of the outcome on
	// each occasion (section 1). Their Levels label the categories.
	FreqBefore, FreqAfter *pairedt.FreqTable
	// Cross is the before (rows) x after (columns) table (section 1).
	Cross *pairedt.CrossTable

	// T is the paired t-test of X - Y (section 2).
	T *pairedt.TTestResult
	// CategoryCodes reports that T (and the rank tests) were computed on
	// numeric codes of ordered categories; the report then says, in one
	// line, that the t-test treats the codes as interval data. Scores are
	// the codes used, finite, one per level (of FreqBefore, else FreqAfter,
	// else Cross; nil means 1, 2, ..., k).
	CategoryCodes bool
	Scores        []float64
	// X and Y are the complete pairs the tests used (X before, Y after);
	// when present they are drawn as a paired plot and a dot plot of the
	// differences X - Y (beyond MaxSubjectCharts pairs, only a histogram of
	// the differences). Pairs with a NaN are skipped, as pairedt drops them.
	X, Y []float64
	// Direction is how the tests took the differences
	// (pairedt.StudyOptions.Direction): BeforeMinusAfter (X - Y, the zero
	// value) or AfterMinusBefore (Y - X; then T's MeanX is the mean of Y,
	// the occasion the tests took first). The tables, the captions and the
	// charts then say "after − before". FromStudy sets it.
	Direction pairedt.Direction

	// Assumptions and robustness (section 3). Differences are X - Y.
	ShapiroWilk *pairedt.ShapiroWilkResult
	Wilcoxon    *pairedt.WilcoxonResult
	Sign        *pairedt.SignTestResult
	// MarginalHomogeneity is the Stuart-Maxwell test (pairedt.StuartMaxwell).
	MarginalHomogeneity *pairedt.ChiSquareResult
	// Bowker is Bowker's test of symmetry (pairedt.Bowker).
	Bowker *pairedt.ChiSquareResult
	// McNemarCorrected, McNemar and McNemarExact are McNemar's tests of a
	// 2 x 2 table: with continuity correction (R's mcnemar.test default),
	// without, and exact (binomial, as SPSS prints it).
	McNemarCorrected, McNemar *pairedt.ChiSquareResult
	McNemarExact              *pairedt.McNemarExactResult
	// Undefined lists the analyses the data do not define (their result
	// above is nil), each with its reason, as pairedt.Study reports them.
	// The report names each in its section with the reason in the reader's
	// language (the t-test in section 2, the others as rows of the
	// robustness table).
	Undefined []pairedt.Undefined

	// Notes are the caller's remarks on the data, each printed as its own
	// paragraph right under the title, before any section: for example that
	// the pairs were reconstructed from published margins. Plain text,
	// escaped like every other caller string.
	Notes []string

	// Checks are the audit verdicts on the claims of a published report
	// (section 4), in the order given.
	Checks []audit.Check

	// Provenance is printed in the footer.
	Provenance Provenance
}

// Provenance identifies what a report was made from. The report never
// computes these itself (it reads no files and no clock): the caller fills
// them in.
type Provenance struct {
	// DataName is the input's name as the user gave it (e.g. a file name).
	DataName string
	// DataSHA256 is the hex SHA-256 of the input data bytes.
	DataSHA256 string
	// ModuleVersion is the version of github.com/pairedt/pairedt that made
	// the analysis (e.g. from runtime/debug.ReadBuildInfo).
	ModuleVersion string
	// Command is how the analysis was run (e.g. the command line), optional,
	// printed as given. Args, when not empty, is printed instead.
	Command string
	// Args is the argument vector of the run (os.Args, the program name
	// first), printed with each argument quoted for a POSIX shell where it
	// needs quoting, so that the line can be pasted and run again.
	Args []string
	// Generated is a time stamp, printed only when not empty: the report
	// has no clock, so output stays byte-identical unless the caller asks.
	Generated string
}

// Lang is the language of a report, the module's one language type (the
// audit's texts take the same values).
type Lang = i18n.Lang

const (
	// English writes APA 7 style (the zero value of Options.Lang).
	English = i18n.English
	// Indonesian writes the style of Indonesian health-science journals.
	Indonesian = i18n.Indonesian
)

// Options controls how an Analysis is written. The zero value writes
// English with alpha = .05, two decimals in the text, three in the SPSS
// tables, one for percentages, and charts.
type Options struct {
	// Lang is English (zero value "" or "en") or Indonesian ("id").
	Lang Lang
	// Alpha is the significance level of the decisions; 0 means 0.05.
	// Otherwise it must lie in (0, 1).
	Alpha float64
	// Decimals is the number of decimals of statistics in the running text
	// (APA: 2); 0 means 2. p-values have three decimals (more in a sentence
	// that compares p with alpha when three would blur the comparison).
	Decimals int
	// TableDecimals is the number of decimals in the SPSS-style tables;
	// 0 means 3, as SPSS prints them.
	TableDecimals int
	// PercentDecimals is the number of decimals of percentages; 0 means 1.
	PercentDecimals int
	// NoCharts leaves the charts out (no image links in Markdown, no SVG in
	// HTML).
	NoCharts bool
	// TableStyle names the t-test tables and their columns: TableAPA
	// ("Descriptive Statistics on Each Occasion", M, SD, p) or TableSPSS
	// ("Paired Samples Statistics", "Std. Deviation", "Sig. (2-tailed)",
	// the names readers of SPSS output know). The zero value,
	// TableDefault, is APA in English and SPSS in Indonesian.
	TableStyle TableStyle

	// BayesFactor adds to section 2 a sentence with the JZS Bayes factor
	// of the t-test (report/bayes.go), with the Cauchy prior scale
	// BayesPrior on the standardized effect (0 means sqrt(2)/2, "medium").
	BayesFactor bool
	BayesPrior  float64
	// Sensitivity adds a sentence with the smallest d_z the design's pairs
	// detect with power SensitivityPower (0 means 0.80) at Alpha.
	Sensitivity      bool
	SensitivityPower float64
}

// TableStyle is the naming of the t-test tables (Options.TableStyle).
type TableStyle int

const (
	// TableDefault is TableAPA in English and TableSPSS in Indonesian.
	TableDefault TableStyle = iota
	// TableAPA uses APA 7 titles and column names.
	TableAPA
	// TableSPSS uses the titles and column names of SPSS's output.
	TableSPSS
)

// maxDecimals bounds the decimals options; more digits than this are noise
// for any statistic a report prints.
const maxDecimals = 10

// resolved returns o with defaults filled in, or an error wrapping
// ErrOptions.
func (o Options) resolved() (Options, error) {
	switch o.Lang {
	case "":
		o.Lang = English
	case English, Indonesian:
	default:
		return o, fmt.Errorf("%w: language %q (want %q or %q)", ErrOptions, string(o.Lang), English, Indonesian)
	}
	switch o.TableStyle {
	case TableDefault:
		o.TableStyle = TableAPA
		if o.Lang == Indonesian {
			o.TableStyle = TableSPSS
		}
	case TableAPA, TableSPSS:
	default:
		return o, fmt.Errorf("%w: table style %d (want TableAPA or TableSPSS)", ErrOptions, int(o.TableStyle))
	}
	if o.Alpha == 0 {
		o.Alpha = 0.05
	}
	if !(o.Alpha > 0 && o.Alpha < 1) {
		return o, fmt.Errorf("%w: alpha %v, need 0 < alpha < 1", ErrOptions, o.Alpha)
	}
	for _, d := range []struct {
		name string
		v    *int
		def  int
	}{{"Decimals", &o.Decimals, 2}, {"TableDecimals", &o.TableDecimals, 3}, {"PercentDecimals", &o.PercentDecimals, 1}} {
		if *d.v < 0 || *d.v > maxDecimals {
			return o, fmt.Errorf("%w: %s = %d, need 0..%d", ErrOptions, d.name, *d.v, maxDecimals)
		}
		if *d.v == 0 {
			*d.v = d.def
		}
	}
	return o, o.resolveBayes()
}

// validate checks that the parts of a fit together, so that no renderer
// indexes out of range or hands gonum/plot a value it panics on.
func (a *Analysis) validate() error {
	for _, f := range []struct {
		name string
		t    *pairedt.FreqTable
	}{{"FreqBefore", a.FreqBefore}, {"FreqAfter", a.FreqAfter}} {
		if f.t == nil {
			continue
		}
		k := len(f.t.Levels)
		if len(f.t.Counts) != k {
			return fmt.Errorf("%w: %s has %d levels and %d counts", ErrAnalysis, f.name, k, len(f.t.Counts))
		}
		for _, p := range []struct {
			name string
			v    []float64
		}{{"Percent", f.t.Percent}, {"ValidPercent", f.t.ValidPercent}, {"CumulativePercent", f.t.CumulativePercent}} {
			if p.v != nil && len(p.v) != k {
				return fmt.Errorf("%w: %s has %d levels and %d %s values", ErrAnalysis, f.name, k, len(p.v), p.name)
			}
			for _, x := range p.v {
				if math.IsInf(x, 0) {
					return fmt.Errorf("%w: %s.%s has an infinite value", ErrAnalysis, f.name, p.name)
				}
			}
		}
		for i, c := range f.t.Counts {
			if c < 0 {
				return fmt.Errorf("%w: %s count %d of level %d is negative", ErrAnalysis, f.name, c, i+1)
			}
		}
	}
	if c := a.Cross; c != nil {
		k := len(c.Levels)
		if len(c.Counts) != k || len(c.RowTotals) != k || len(c.ColTotals) != k {
			return fmt.Errorf("%w: Cross has %d levels but %d rows, %d row totals, %d column totals", ErrAnalysis, k, len(c.Counts), len(c.RowTotals), len(c.ColTotals))
		}
		for i, row := range c.Counts {
			if len(row) != k {
				return fmt.Errorf("%w: Cross row %d has %d cells, want %d", ErrAnalysis, i+1, len(row), k)
			}
		}
	}
	if len(a.X) != len(a.Y) {
		return fmt.Errorf("%w: X has %d values, Y %d", ErrAnalysis, len(a.X), len(a.Y))
	}
	for i := range a.X {
		if math.IsInf(a.X[i], 0) || math.IsInf(a.Y[i], 0) {
			return fmt.Errorf("%w: pair %d has an infinite value", ErrAnalysis, i+1)
		}
	}
	// The parts that carry levels must agree on their number: the report
	// reads the category labels of one (levels) next to the counts of the
	// others.
	type part struct {
		name string
		k    int
	}
	var parts []part
	if a.FreqBefore != nil {
		parts = append(parts, part{"FreqBefore", len(a.FreqBefore.Levels)})
	}
	if a.FreqAfter != nil {
		parts = append(parts, part{"FreqAfter", len(a.FreqAfter.Levels)})
	}
	if a.Cross != nil {
		parts = append(parts, part{"Cross", len(a.Cross.Levels)})
	}
	for _, p := range parts[min(1, len(parts)):] {
		if p.k != parts[0].k {
			return fmt.Errorf("%w: %s has %d levels, %s %d", ErrAnalysis, parts[0].name, parts[0].k, p.name, p.k)
		}
	}
	if a.Scores != nil {
		if levels := a.levels(); levels != nil && len(a.Scores) != len(levels) {
			return fmt.Errorf("%w: %d scores for %d levels", ErrAnalysis, len(a.Scores), len(levels))
		}
		for i, s := range a.Scores {
			if math.IsNaN(s) || math.IsInf(s, 0) {
				return fmt.Errorf("%w: score %d is %v", ErrAnalysis, i+1, s)
			}
		}
	}
	return nil
}

// levels returns the category labels: those of FreqBefore, else FreqAfter,
// else Cross.
func (a *Analysis) levels() []string {
	switch {
	case a.FreqBefore != nil:
		return a.FreqBefore.Levels
	case a.FreqAfter != nil:
		return a.FreqAfter.Levels
	case a.Cross != nil:
		return a.Cross.Levels
	}
	return nil
}

// pairs returns the complete pairs of X and Y (no NaN).
func (a *Analysis) pairs() (x, y []float64) {
	n := a.completePairs()
	if n == len(a.X) {
		return a.X, a.Y // no copy: the charts only read them
	}
	x, y = make([]float64, 0, n), make([]float64, 0, n)
	for i := range a.X {
		if math.IsNaN(a.X[i]) || math.IsNaN(a.Y[i]) {
			continue
		}
		x = append(x, a.X[i])
		y = append(y, a.Y[i])
	}
	return x, y
}

// completePairs counts the pairs of X and Y without a NaN.
func (a *Analysis) completePairs() int {
	n := 0
	for i := range a.X {
		if !math.IsNaN(a.X[i]) && !math.IsNaN(a.Y[i]) {
			n++
		}
	}
	return n
}

// ParseLang reads a language as a user writes it on a command line: "en",
// "english", "id", "indonesian" or "bahasa" (any letter case). Anything
// else is an error wrapping ErrOptions.
func ParseLang(s string) (Lang, error) {
	l, err := i18n.ParseLang(s)
	if err != nil {
		return "", fmt.Errorf("%w: language %q (want en or id)", ErrOptions, s)
	}
	return l, nil
}
