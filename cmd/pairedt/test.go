package main

import (
	"errors"
	"flag"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/internal/csvin"
	"github.com/pairedt/pairedt/internal/load"
	"github.com/pairedt/pairedt/pairedt"
)

var testCommand = &command{
	name:     "test",
	synopsis: "pairedt test FILE --before COL --after COL [--all] [--json] [--alternative two.sided|less|greater] [--mu M] [--conf-level L] [-o OUT]",
	about:    "paired t-test of before - after (as R's t.test(x, y, paired = TRUE))",
	help: `Runs the paired t-test of d = before - after, with R's conventions: the
t statistic, df, p-value, the confidence interval of the mean difference,
SPSS's paired descriptives and the effect sizes d_z, g_z and d_av. --all adds the Wilcoxon signed-rank
test, the sign test and the Shapiro-Wilk test of the differences (as R's
wilcox.test, binom.test and shapiro.test), computed by the same code as
report; without --all the t-test alone streams the file in constant memory
(a file whose streaming sums of squares overflow, values near 1e300, is read
again into memory, so that test, test --all and report agree). --all holds
about 200 bytes per pair and, under a memory limit (ulimit -v, a cgroup's
memory.max), refuses with "not enough memory" what would not fit.

Text output is R's print block (the data line names the two columns),
then the effect sizes and paired descriptives, then any warnings; --json prints the result as a JSON object
(keys n, dropped, df, mean_diff, sd_diff, se, t, p, ci_low, ci_high, ...; an
infinite one-sided bound is the string "Inf" or "-Inf"); with --all, one
object with the keys n, dropped, t_test, wilcoxon, sign_test, shapiro_wilk,
bayes (the JZS Bayes factor, prior scale --r) and undefined (a test these
data do not define is null, its reason listed).

FILE is a CSV file ("-" for standard input) with a header row, an SPSS .sav
or .zsav file, or an Excel .xlsx workbook (--sheet). Wide CSV format
(one row per subject) is read in constant memory, whatever its size; a pair
with a missing value is dropped and counted. See "pairedt -h" for the input
conventions (separators, decimal comma, missing markers, long format).`,
	example: `  $ pairedt test sleep.csv --before drug1 --after drug2
  $ pairedt test data.csv --id subject --time occasion --value score --before pre --after post --json
  $ pairedt test ukur.csv --before sebelum --after sesudah --decimal , --alternative greater
  $ pairedt test data.sav --before pre --after post --all
  $ pairedt test data.xlsx --sheet Data --before pre --after post
  $ pairedt test anorexia.csv --before Prewt --after Postwt --where Treat=CBT --direction after-before --all`,
	flags: func(fs *flag.FlagSet) { newTestConfig(fs) },
	run:   runTest,
}

type testConfig struct {
	in   inputFlags
	t    testFlags
	json bool
	all  bool
	out  string
	r    string // prior scale of the Bayes factor in --json
}

func newTestConfig(fs *flag.FlagSet) *testConfig {
	c := &testConfig{}
	c.in.define(fs)
	c.t.define(fs)
	fs.BoolVar(&c.json, "json", false, "print the result as JSON")
	fs.BoolVar(&c.all, "all", false, "also the Wilcoxon signed-rank test, the sign test and Shapiro-Wilk of the differences (reads the pairs into memory)")
	fs.StringVar(&c.out, "o", "", "write the output to `file` (atomically) instead of standard output")
	definePriorFlag(fs, &c.r)
	return c
}

// oneFile checks that exactly one input file was given.
func oneFile(pos []string) (string, error) {
	switch len(pos) {
	case 0:
		return "", usageErrorf("missing FILE (a CSV, .sav or .xlsx file, or - for standard input)")
	case 1:
		if pos[0] == "" {
			return "", usageErrorf("empty FILE name")
		}
		return pos[0], nil
	}
	return "", usageErrorf("want one FILE, got %d arguments: %q", len(pos), pos)
}

// fileArgs parses the arguments of a command that reads one data FILE:
// the flags, the one positional FILE, the test options and the input
// layout, each checked in that order.
func fileArgs(e *env, fs *flag.FlagSet, args []string, t *testFlags, f *inputFlags) (path string, opts pairedt.Options, lay layout, err error) {
	pos, err := parseArgs(e, fs, args)
	if err != nil {
		return "", opts, lay, err
	}
	if path, err = oneFile(pos); err != nil {
		return "", opts, lay, err
	}
	if opts, err = t.options(); err != nil {
		return "", opts, lay, err
	}
	if err = f.checkDirection(); err != nil {
		return "", opts, lay, err
	}
	lay, err = f.layout()
	return path, opts, lay, err
}

func runTest(e *env, args []string) error {
	fs := newFlagSet(e.cmd)
	c := newTestConfig(fs)
	path, opts, lay, err := fileArgs(e, fs, args, &c.t, &c.in)
	if err != nil {
		return err
	}
	c.in.stream = !c.all
	in, err := e.openInput(path, &c.in)
	if err != nil {
		return err
	}
	defer in.Close()
	if c.all {
		return e.testAll(in, c, lay, opts)
	}
	res, names, err := pairedTest(in, &c.in, lay, opts)
	if errors.Is(err, pairedt.ErrNonFinite) && path != "-" {
		// The streaming Accumulator keeps one scale for x, y and d; when
		// their sums of squares overflow or underflow (x = ±1e300 beside
		// d = -1e-300), the pairs are read again into memory and
		// pairedt.Test scales the differences apart, as test --all and
		// report do: the same data, the same verdict (issue 11 item 9).
		in.Close()
		if in, err = e.openInput(path, &c.in); err != nil {
			return err
		}
		defer in.Close()
		res, names, err = pairedTestInMemory(in, &c.in, lay, opts)
	} else if errors.Is(err, pairedt.ErrNonFinite) {
		err = fmt.Errorf("%w; standard input cannot be read a second time for the in-memory test that scales the differences apart: use test --all or report, or a file", err)
	}
	if err != nil {
		return err
	}
	in.Close()
	e.printNotes(in)
	var out []byte
	if c.json {
		out, err = testBayesJSON(res, c.r)
		if err != nil {
			return err
		}
	} else {
		out = []byte(testText(res, names, c.in.reversed()))
	}
	return e.writeOutput(c.out, out)
}

// allJSON is the output of test --all --json: each test's full result (null
// when these data do not define it, with the reason in undefined).
type allJSON struct {
	Direction   string                     `json:"direction,omitempty"` // "after-before" with --direction after-before
	N           int                        `json:"n"`
	Dropped     int                        `json:"dropped"`
	TTest       *pairedt.TTestResult       `json:"t_test"`
	Wilcoxon    *pairedt.WilcoxonResult    `json:"wilcoxon"`
	SignTest    *pairedt.SignTestResult    `json:"sign_test"`
	ShapiroWilk *pairedt.ShapiroWilkResult `json:"shapiro_wilk"`
	// Bayes is the JZS Bayes factor of the t-test (null without a t-test),
	// with the prior scale of --r.
	Bayes     *pairedt.BayesResult `json:"bayes"`
	Undefined []pairedt.Undefined  `json:"undefined"`
}

// testAll is test --all: the pairs are read into memory and analysed by
// pairedt.AnalyzePaired, the orchestrator report uses, so test --all and
// report print the same numbers.
func (e *env) testAll(in *input, c *testConfig, lay layout, opts pairedt.Options) error {
	ps, err := in.resolve(&c.in)
	if err != nil {
		return err
	}
	x, y, err := readAllPairs(in, ps)
	if err != nil {
		return err
	}
	st, err := pairedt.AnalyzePaired(x, y, c.in.studyOptions(opts))
	if err != nil {
		return fmt.Errorf("%s: %w", in.name, err)
	}
	in.Close()
	if st.T == nil {
		// As test without --all: no t-test, exit 1.
		var u pairedt.Undefined
		errors.As(st.Reason(pairedt.MethodT), &u)
		return fmt.Errorf("%s: %w", in.name, u.Err)
	}
	e.printNotes(in)
	var out []byte
	if c.json {
		undef := st.Undefined
		if undef == nil {
			undef = []pairedt.Undefined{}
		}
		dir := ""
		if c.in.reversed() {
			dir = "after-before"
		}
		var bf *pairedt.BayesResult
		if st.T != nil {
			r, err := parsePrior(c.r)
			if err != nil {
				return err
			}
			b, err := pairedt.BayesFactor(*st.T, r)
			if err != nil {
				return err
			}
			bf = &b
		}
		out, err = marshalJSON(allJSON{Direction: dir, N: st.N, Dropped: st.Dropped, TTest: st.T, Wilcoxon: st.Wilcoxon,
			SignTest: st.Sign, ShapiroWilk: st.ShapiroWilk, Bayes: bf, Undefined: undef})
		if err != nil {
			return err
		}
	} else {
		// With --direction after-before the t-test took after first
		// (its MeanX is after's): the names go in that order.
		names := [2]string{ps.BeforeName, ps.AfterName}
		if c.in.reversed() {
			names[0], names[1] = names[1], names[0]
		}
		out = []byte(testText(*st.T, names, c.in.reversed()) + otherTestsText(st, c.in.reversed()))
	}
	return e.writeOutput(c.out, out)
}

// otherTestsText prints the Wilcoxon, sign and Shapiro-Wilk results of st
// with R's 7 significant digits (JSON has every digit).
func otherTestsText(st *pairedt.Study, reversed bool) string {
	var b strings.Builder
	dir := "d = before - after"
	if reversed {
		dir = "d = after - before"
	}
	fmt.Fprintf(&b, "\nOther tests on the %d complete pairs (%s):\n", st.N, dir)
	line := func(name, body string) { fmt.Fprintf(&b, "  %-26s %s\n", name, body) }
	na := func(m pairedt.Method) string {
		var u pairedt.Undefined
		if !errors.As(st.Reason(m), &u) {
			return "undefined"
		}
		return "undefined: " + safeText(strings.TrimPrefix(u.Err.Error(), "pairedt: "))
	}
	var notes []string
	note := func(name string, ws []pairedt.Warning) {
		for _, w := range ws {
			notes = append(notes, name+": "+w.String())
		}
	}
	if w := st.Wilcoxon; w != nil {
		line("Wilcoxon signed-rank", fmt.Sprintf("V = %s, p-value = %s (%s)", num7(w.V), num7(w.P), wilcoxonMode(w)))
		note("Wilcoxon", w.Warnings)
	} else {
		line("Wilcoxon signed-rank", na(pairedt.MethodWilcoxon))
	}
	if s := st.Sign; s != nil {
		line("Sign test", fmt.Sprintf("%d positive, %d negative, %d zero; p-value = %s", s.Positive, s.Negative, s.Zero, num7(s.P)))
		if iv := s.Interval; iv != nil {
			line("", fmt.Sprintf("median difference %s, %s%% CI [%s, %s] (order statistics, coverage %s%%)",
				num7(iv.Median), num7(100*iv.ConfLevel), num7(iv.MedianLow), num7(iv.MedianHigh), num7(100*iv.MedianConfLevel)))
		}
		note("Sign test", s.Warnings)
	} else {
		line("Sign test", na(pairedt.MethodSign))
	}
	if s := st.ShapiroWilk; s != nil {
		line("Shapiro-Wilk of d", fmt.Sprintf("W = %s, p-value = %s", num7(s.W), num7(s.P)))
		note("Shapiro-Wilk", s.Warnings)
	} else {
		line("Shapiro-Wilk of d", na(pairedt.MethodShapiroWilk))
	}
	if len(notes) > 0 {
		b.WriteString("Notes:\n")
		for _, n := range notes {
			b.WriteString("  " + safeText(n) + "\n")
		}
	}
	return b.String()
}

// pairedTest streams the pairs of in through an Accumulator. It also
// returns the names of the two variables, for the text output.
func pairedTest(in *input, f *inputFlags, lay layout, opts pairedt.Options) (pairedt.TTestResult, [2]string, error) {
	ps, err := in.resolve(f)
	if err != nil {
		return pairedt.TTestResult{}, [2]string{}, err
	}
	if f.reversed() {
		// No Study here: d = after - before is the t-test of (after,
		// before).
		ps.Swap()
	}
	names := [2]string{ps.BeforeName, ps.AfterName}
	var acc pairedt.Accumulator
	if rd, ok := in.rd.(*csvin.Reader); ok && parallelCSV && ps.Layout == load.Wide && ps.ID < 0 && f.where == "" {
		if err := readPairsParallel(in, rd, ps, &acc); err != nil {
			return pairedt.TTestResult{}, names, err
		}
	} else {
		dc := newDiffCheck(in, ps)
		if err := load.ReadPairs(in.src, ps, in.rd.Float, func(u, v float64) { dc.check(u, v); acc.Add(u, v) }); err != nil {
			return pairedt.TTestResult{}, names, err
		}
		if dc.first != nil {
			return pairedt.TTestResult{}, names, dc.first
		}
	}
	res, err := acc.Result(opts)
	if err != nil {
		return res, names, fmt.Errorf("%s: %w", in.name, err)
	}
	return res, names, nil
}

// parallelCSV: the streaming t-test of a wide CSV file (no --id, no
// --where) parses on every core, through csvin.Reader.ReadPairs; a test
// turns it off to compare with the sequential loop of load.ReadPairs.
var parallelCSV = true

// parallelChunk is the chunk size of ReadPairs (0: csvin's default); a
// test makes it small so that the chunk boundaries fall everywhere.
var parallelChunk = 0

// readPairsParallel is load.ReadPairs and diffCheck for a wide CSV file,
// on every core: the same pairs in the same order into acc (so the same
// TTestResult, bit for bit), the same first error, the same notes. As in
// pairedTest, an input error comes before a difference out of range.
func readPairsParallel(in *input, rd *csvin.Reader, ps *load.Plan, acc *pairedt.Accumulator) error {
	st, err := rd.ReadPairs(ps.Before, ps.After, csvin.PairOptions{ChunkSize: parallelChunk}, func(x, y []float64) {
		for i := range x {
			acc.Add(x[i], y[i])
		}
	})
	if err != nil {
		return err
	}
	// rd is exhausted, with the row count and underflows of the whole
	// file: load.ReadPairs reads no row and adds what it adds after the
	// rows (no rows is an error, the underflow note).
	if err := load.ReadPairs(in.src, ps, rd.Float, func(u, v float64) {}); err != nil {
		return err
	}
	if st.DiffOverflow != nil {
		// diffCheck's error, at the row ReadPairs found.
		dc := diffCheck{rd: rowError{in.rd, st.DiffOverflow}, col: ps.After}
		dc.check(st.DiffX, st.DiffY)
		return dc.first
	}
	return nil
}

// rowError is rows whose Errorf gives e (with the detail asked for): the
// place of a row already read.
type rowError struct {
	loadRows // (an alias, so that the embedded field is not called Rows)
	e        *csvin.Error
}

type loadRows = load.Rows

func (r rowError) Errorf(i int, err error, detail string) *csvin.Error {
	e := *r.e
	e.Err, e.Detail = err, detail
	return &e
}

// pairedTestInMemory is pairedTest with the pairs read into memory and
// tested by pairedt.Test, for data beyond the Accumulator's range.
func pairedTestInMemory(in *input, f *inputFlags, lay layout, opts pairedt.Options) (pairedt.TTestResult, [2]string, error) {
	ps, err := in.resolve(f)
	if err != nil {
		return pairedt.TTestResult{}, [2]string{}, err
	}
	if f.reversed() {
		ps.Swap()
	}
	names := [2]string{ps.BeforeName, ps.AfterName}
	x, y, err := readAllPairs(in, ps)
	if err != nil {
		return pairedt.TTestResult{}, names, err
	}
	res, err := pairedt.Test(x, y, opts)
	if err != nil {
		return res, names, fmt.Errorf("%s: %w", in.name, err)
	}
	return res, names, nil
}

// testText is TTestResult.String with R's "data:" line naming the two columns
// (as R names its arguments), then the paired descriptives and effect sizes
// R's block lacks, then the result's warnings.
//
// With --direction after-before (reversed) the names come swapped, and a
// line after "data:" says which difference was analysed.
func testText(res pairedt.TTestResult, names [2]string, reversed bool) string {
	var b strings.Builder
	s := res.String()
	data := "data:  " + safeText(names[0]+" and "+names[1]) + "\n"
	if reversed {
		data += "direction: d = after - before = " + safeText(names[0]+" - "+names[1]) + " (--direction after-before)\n"
	}
	b.WriteString(strings.Replace(s, "data:  x and y\n", data, 1))
	level := strconv.FormatFloat(100*res.ConfLevel, 'g', -1, 64)
	fmt.Fprintf(&b, "Effect sizes (%s%% CI from the noncentral t):\n", level)
	fmt.Fprintf(&b, "  Cohen's d_z  %s  [%s, %s]\n", num7(res.DZ), num7(res.DZCILow), num7(res.DZCIHigh))
	fmt.Fprintf(&b, "  Hedges' g_z  %s  [%s, %s]\n", num7(res.GZ), num7(res.GZCILow), num7(res.GZCIHigh))
	fmt.Fprintf(&b, "  d_av         %s  (mean difference / mean of the two SDs)\n", num7(res.DAv))
	fmt.Fprintf(&b, "Paired descriptives (n = %d", res.N)
	if res.Dropped > 0 {
		fmt.Fprintf(&b, ", %d dropped", res.Dropped)
	}
	b.WriteString("):\n")
	for i, m := range [][2]float64{{res.MeanX, res.SDX}, {res.MeanY, res.SDY}} {
		fmt.Fprintf(&b, "  %s: mean %s, sd %s\n", safeText(names[i]), num7(m[0]), num7(m[1]))
	}
	fmt.Fprintf(&b, "  correlation r = %s, p-value = %s\n", num7(res.R), num7(res.RP))
	if len(res.Warnings) > 0 {
		b.WriteString("Warnings:\n")
		for _, w := range res.Warnings {
			b.WriteString("  " + safeText(w.String()) + "\n")
		}
	}
	return b.String()
}

// num7 prints v with 7 significant digits, as R's print does, and
// infinities and NaN as R writes them.
func num7(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case math.IsNaN(v):
		return "NA"
	}
	return strconv.FormatFloat(v, 'g', 7, 64)
}
