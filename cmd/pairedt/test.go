package main

import (
	"flag"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/pairedt"
)

var testCommand = &command{
	name:     "test",
	synopsis: "pairedt test FILE --before COL --after COL [--json] [--alternative two.sided|less|greater] [--mu M] [--conf-level L] [-o OUT]",
	about:    "paired t-test of before - after (as R's t.test(x, y, paired = TRUE))",
	help: `Runs the paired t-test of d = before - after, with R's conventions: the
t statistic, df, p-value, the confidence interval of the mean difference,
SPSS's paired descriptives and the effect sizes d_z, g_z and d_av.

Text output is R's print block (the data line names the two columns),
then the effect sizes and paired descriptives, then any warnings; --json prints the result as a JSON object
(keys n, dropped, df, mean_diff, sd_diff, se, t, p, ci_low, ci_high, ...; an
infinite one-sided bound is the string "Inf" or "-Inf").

FILE is a CSV file ("-" for standard input) with a header row. Wide format
(one row per subject) is read in constant memory, whatever its size; a pair
with a missing value is dropped and counted. See "pairedt -h" for the input
conventions (separators, decimal comma, missing markers, long format).`,
	example: `  $ pairedt test sleep.csv --before drug1 --after drug2
  $ pairedt test data.csv --id subject --time occasion --value score --before pre --after post --json
  $ pairedt test ukur.csv --before sebelum --after sesudah --decimal , --alternative greater`,
	flags: func(fs *flag.FlagSet) { newTestConfig(fs) },
	run:   runTest,
}

type testConfig struct {
	in   inputFlags
	t    testFlags
	json bool
	out  string
	r    string // prior scale of the Bayes factor in --json
}

func newTestConfig(fs *flag.FlagSet) *testConfig {
	c := &testConfig{}
	c.in.define(fs)
	c.t.define(fs)
	fs.BoolVar(&c.json, "json", false, "print the result as JSON")
	fs.StringVar(&c.out, "o", "", "write the output to `file` (atomically) instead of standard output")
	definePriorFlag(fs, &c.r)
	return c
}

// oneFile checks that exactly one input file was given.
func oneFile(pos []string) (string, error) {
	switch len(pos) {
	case 0:
		return "", usageErrorf("missing FILE (a CSV file, or - for standard input)")
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
	in, err := e.openInput(path, &c.in)
	if err != nil {
		return err
	}
	defer in.Close()
	res, names, err := pairedTest(in, &c.in, lay, opts)
	if err != nil {
		return err
	}
	in.Close()
	var out []byte
	if c.json {
		out, err = testBayesJSON(res, c.r)
		if err != nil {
			return err
		}
	} else {
		out = []byte(testText(res, names))
	}
	return e.writeOutput(c.out, out)
}

// pairedTest streams the pairs of in through an Accumulator. It also
// returns the names of the two variables, for the text output.
func pairedTest(in *input, f *inputFlags, lay layout, opts pairedt.Options) (pairedt.TTestResult, [2]string, error) {
	ps, err := resolve(in.rd, f, lay)
	if err != nil {
		return pairedt.TTestResult{}, [2]string{}, err
	}
	names := [2]string{ps.beforeName, ps.afterName}
	var acc pairedt.Accumulator
	if err := readPairs(in, ps, in.rd.Float, acc.Add); err != nil {
		return pairedt.TTestResult{}, names, err
	}
	res, err := acc.Result(opts)
	if err != nil {
		return res, names, fmt.Errorf("%s: %w", in.name, err)
	}
	return res, names, nil
}

// testText is TTestResult.String with R's "data:" line naming the two columns
// (as R names its arguments), then the paired descriptives and effect sizes
// R's block lacks, then the result's warnings.
func testText(res pairedt.TTestResult, names [2]string) string {
	var b strings.Builder
	s := res.String()
	b.WriteString(strings.Replace(s, "data:  x and y\n", "data:  "+safeText(names[0]+" and "+names[1])+"\n", 1))
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
