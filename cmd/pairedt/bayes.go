package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/pairedt"
)

var bayesCommand = &command{
	name:     "bayes",
	synopsis: "pairedt bayes --t T --n N [--r R] [--alternative two.sided|less|greater] [--json] [-o OUT]",
	about:    "JZS Bayes factor of a published paired (or one-sample) t and n",
	help: `Computes the default Bayes factor of a paired or one-sample t-test from its t
statistic and number of pairs n, as JASP, jamovi and R's BayesFactor define
it (Rouder, Speckman, Sun, Morey and Iverson 2009): H0 says the
standardized effect delta = mean difference / SD of the differences is 0,
H1 gives delta a Cauchy prior with scale r (--r: medium = sqrt(2)/2 = 0.707,
the default; wide = 1; ultrawide = sqrt(2); or a number > 0). For
--alternative greater or less the prior is restricted to delta > 0 (BF+0)
or delta < 0 (BF-0). BF10 > 1 favours H1, BF01 = 1/BF10 favours H0.

The two-sided factor is Rouder et al.'s integral over g, the one-sided ones
the same integral weighted by a central t probability, all in log space to
1e-10 relative; no noncentral t density is used, so the values stay exact
for large t, where BayesFactor's are not (t = -28.471, n = 23: it prints
4.8418e15 for the exact 4.84796e15).

Text output gives the prior, BF10 and BF01, both one-sided factors and a
robustness table over r; --json prints one object with the keys t, n, r,
alternative, bf10, bf01, log_bf10, bf10_two_sided, bf_plus0, bf_minus0 and
robustness (a list of {"r", "bf10"}).`,
	example: `  $ pairedt bayes --t -4.0621 --n 10
  $ pairedt bayes --t -28,471 --n 23 --json
  $ pairedt bayes --t 3.5 --n 20 --r wide --alternative greater`,
	flags: func(fs *flag.FlagSet) { newBayesConfig(fs) },
	run:   runBayes,
}

type bayesConfig struct {
	t, n, r     string
	alternative string
	json        bool
	out         string
}

func newBayesConfig(fs *flag.FlagSet) *bayesConfig {
	c := &bayesConfig{}
	fs.StringVar(&c.t, "t", "", "the t `statistic` (decimal point or comma)")
	fs.StringVar(&c.n, "n", "", "the number of `pairs` (df + 1)")
	definePriorFlag(fs, &c.r)
	fs.StringVar(&c.alternative, "alternative", "two.sided", "H1: two.sided (delta != 0), greater (delta > 0, BF+0) or less (delta < 0, BF-0)")
	fs.BoolVar(&c.json, "json", false, "print the result as JSON")
	fs.StringVar(&c.out, "o", "", "write the output to `file` (atomically) instead of standard output")
	return c
}

// definePriorFlag defines --r, the Cauchy prior scale (shared with test).
func definePriorFlag(fs *flag.FlagSet, r *string) {
	fs.StringVar(r, "r", "medium", "scale of the Cauchy prior on delta: medium (0.707), wide (1), ultrawide (1.414) or a `number` > 0")
}

func parsePrior(s string) (float64, error) {
	r, err := pairedt.ParsePriorScale(strings.Replace(s, ",", ".", 1))
	if err != nil {
		return 0, usageErrorf("--r %q: want medium, wide, ultrawide or a number > 0", s)
	}
	return r, nil
}

func parsePairs(flagName, s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 2 {
		return 0, usageErrorf("--%s %q: want a whole number of pairs >= 2", flagName, s)
	}
	return n, nil
}

func runBayes(e *env, args []string) error {
	fs := newFlagSet(e.cmd)
	c := newBayesConfig(fs)
	pos, err := parseArgs(e, fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageErrorf("unexpected argument %q (bayes reads only flags)", pos[0])
	}
	if c.t == "" || c.n == "" {
		return usageErrorf("need --t and --n")
	}
	t, err := parseNumber(c.t)
	if err != nil {
		return usageErrorf("--t: %v", err)
	}
	n, err := parsePairs("n", c.n)
	if err != nil {
		return err
	}
	r, err := parsePrior(c.r)
	if err != nil {
		return err
	}
	alt, err := pairedt.ParseAlternative(c.alternative)
	if err != nil {
		return usageErrorf("--alternative %q: want two.sided, less or greater", c.alternative)
	}
	b, err := pairedt.BayesFactorT(t, n, r, alt)
	if err != nil {
		return err
	}
	rob, err := pairedt.BayesRobustness(t, n, alt, nil)
	if err != nil {
		return err
	}
	var out []byte
	if c.json {
		out, err = bayesJSON(b, rob)
		if err != nil {
			return err
		}
	} else {
		out = []byte(bayesText(b, rob))
	}
	return e.writeOutput(c.out, out)
}

func bayesJSON(b pairedt.BayesResult, rob []pairedt.BayesResult) ([]byte, error) {
	raw, err := json.Marshal(b)
	if err != nil {
		return nil, err
	}
	type row struct {
		R    float64         `json:"r"`
		BF10 json.RawMessage `json:"bf10"`
	}
	rows := make([]row, len(rob))
	for i, x := range rob {
		v, err := json.Marshal(x)
		if err != nil {
			return nil, err
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(v, &m); err != nil {
			return nil, err
		}
		rows[i] = row{x.R, m["bf10"]}
	}
	extra, err := json.Marshal(rows)
	if err != nil {
		return nil, err
	}
	return marshalJSON(json.RawMessage(spliceJSON(raw, `"robustness":`+string(extra))))
}

// spliceJSON appends the members in extra (`"key":value,...`) to the JSON
// object obj.
func spliceJSON(obj []byte, extra string) []byte {
	s := strings.TrimRight(string(obj), " \n")
	s = strings.TrimSuffix(s, "}")
	return []byte(s + "," + extra + "}")
}

// bf prints a Bayes factor with 7 significant digits, as R prints.
func bf(v float64) string { return num7(v) }

func priorLabel(r float64) string {
	s := "r = " + strconv.FormatFloat(r, 'g', 4, 64)
	if n := pairedt.PriorName(r); n != "" {
		s += ", " + n
	}
	return s
}

func bayesText(b pairedt.BayesResult, rob []pairedt.BayesResult) string {
	var s strings.Builder
	fmt.Fprintf(&s, "JZS Bayes factor, paired t-test: t = %s, n = %d pairs (df = %d)\n", num7(b.T), b.N, b.N-1)
	h1 := map[pairedt.Alternative]string{pairedt.TwoSided: "delta != 0", pairedt.Greater: "delta > 0", pairedt.Less: "delta < 0"}[b.Alternative]
	fmt.Fprintf(&s, "Prior: delta ~ Cauchy(0, %s) under H1 (%s); H0: delta = 0\n", priorLabel(b.R), h1)
	l10, l01 := "BF10", "BF01"
	switch b.Alternative {
	case pairedt.Greater:
		l10, l01 = "BF10 = BF+0", "BF01 = BF0+"
	case pairedt.Less:
		l10, l01 = "BF10 = BF-0", "BF01 = BF0-"
	}
	fmt.Fprintf(&s, "  %s = %s\n  %s = %s\n", l10, bf(b.BF10), l01, bf(b.BF01))
	fmt.Fprintf(&s, "One-sided: BF+0 = %s (delta > 0), BF-0 = %s (delta < 0); two-sided BF10 = %s\n",
		bf(b.Plus), bf(b.Minus), bf(b.TwoSided))
	s.WriteString("Robustness (BF10 by prior scale):\n")
	for _, x := range rob {
		name := ""
		if n := pairedt.PriorName(x.R); n != "" {
			name = " (" + n + ")"
		}
		fmt.Fprintf(&s, "  r = %-6s %s%s\n", strconv.FormatFloat(x.R, 'g', 4, 64), bf(x.BF10), name)
	}
	return s.String()
}

// testBayesJSON is the JSON of a t-test result with the Bayes factor
// appended (keys bf10, bf01, bf_prior_r), for "pairedt test --json".
func testBayesJSON(res pairedt.TTestResult, prior string) ([]byte, error) {
	r, err := parsePrior(prior)
	if err != nil {
		return nil, err
	}
	raw, err := json.Marshal(res)
	if err != nil {
		return nil, err
	}
	b, err := pairedt.BayesFactor(res, r)
	if err != nil {
		return nil, err
	}
	bj, err := json.Marshal(b)
	if err != nil {
		return nil, err
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(bj, &m); err != nil {
		return nil, err
	}
	extra := fmt.Sprintf(`"bf10":%s,"bf01":%s,"bf_prior_r":%s`, m["bf10"], m["bf01"], m["r"])
	return marshalJSON(json.RawMessage(spliceJSON(raw, extra)))
}
