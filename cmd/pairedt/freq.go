package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/internal/load"
	"github.com/pairedt/pairedt/pairedt"
)

var freqCommand = &command{
	name:     "freq",
	synopsis: `pairedt freq FILE --before COL --after COL [--levels "a,b,c"] [--codes "1,2,3"] [--scores "1,2,3"] [--missing ...] [--json] [-o OUT]`,
	about:    "frequency tables, paired cross table and the ordinal paired tests",
	help: `For an ordered categorical outcome measured before and after on the same
subjects: the SPSS-style frequency table of each occasion (count, percent,
valid percent, cumulative percent, with levels never observed shown as 0),
the paired cross table (rows = before, columns = after), and the tests that
suit paired ordinal data: Bowker's symmetry test, the Stuart-Maxwell test of
marginal homogeneity, the sign test, the Wilcoxon signed-rank test, and the
paired t-test on the level scores (what SPSS users usually run). With two
levels (a 2 x 2 table) McNemar's test, with and without the continuity
correction and exact (binomial), takes the place of Bowker and
Stuart-Maxwell.

--levels gives the categories in their order (comma-separated; quote a label
that contains a comma: '"a, b",c'). A cell may hold a level's label or its
code: 1..k in the order of --levels, or the codes given by --codes; a label
that is also another level's code is refused as ambiguous. Numeric levels
(--levels 0,1,2) are their own codes: a cell must hold one of those numbers
(a 3 is an unknown level, never read as a code). Without --levels, whole
numbers are taken as the levels in numeric order; values with a fractional
part are measurements, refused (use pairedt test), and more than 10
distinct values get a note on standard error. Numbers score as their
values (as t.test sees them), text levels as 1..k, unless --scores gives
the scores. Rows where either occasion is missing are dropped from the
paired analyses and counted.

An SPSS file's value labels are the levels when --levels is not given: the
labelled codes not declared missing, in numeric order, scored by the codes;
a value without a label is an unknown level.

A test these data do not define (nobody changed, every difference equal,
too few pairs) is reported as undefined with its reason in place of its
result; the tables and the other tests are printed all the same, and the
exit status is 0. The exit status is 1 only when nothing can be tabulated
(an occasion with no valid value).

--json prints one object with the keys levels, before, after, crosstab,
n_pairs, bowker, stuart_maxwell, sign_test, wilcoxon, t_test and undefined;
with two levels also mcnemar_corrected, mcnemar and mcnemar_exact (after
n_pairs; bowker and stuart_maxwell are then null). An undefined test is
null, and undefined lists each as {"test": KEY, "reason": "..."}.`,
	example: `  $ pairedt freq asi.csv --before sebelum --after sesudah \
      --levels "ASI belum keluar,ASI keluar namun belum lancar,ASI keluar lancar"
  $ pairedt freq asi.csv --before pre --after post --levels "none,some,smooth" --json
  $ pairedt freq asi.sav --before sebelum --after sesudah`,
	flags: func(fs *flag.FlagSet) { newFreqConfig(fs) },
	run:   runFreq,
}

type freqConfig struct {
	in     inputFlags
	t      testFlags
	levels string
	codes  string
	scores string
	json   bool
	out    string
}

func newFreqConfig(fs *flag.FlagSet) *freqConfig {
	c := &freqConfig{}
	c.in.define(fs)
	c.t.define(fs)
	fs.StringVar(&c.levels, "levels", "", "the categories in order, comma-separated (`list`)")
	fs.StringVar(&c.codes, "codes", "", "codes that stand for the levels in the data, comma-separated `list` (default 1..k)")
	fs.StringVar(&c.scores, "scores", "", "numeric score of each level for the signed tests and the t-test, comma-separated `list` (default 1..k)")
	fs.BoolVar(&c.json, "json", false, "print the results as one JSON object")
	fs.StringVar(&c.out, "o", "", "write the output to `file` (atomically) instead of standard output")
	return c
}

// freqJSON is the --json output; its keys are fixed (issue 3, item 6).
// A two-level outcome adds McNemar's tests (null where undefined, with
// the reason in undefined); Bowker and Stuart-Maxwell, which the library
// does not run on a 2 x 2 table, are then null. With three or more levels
// the McNemar keys are absent.
type freqJSON struct {
	Levels           []string                              `json:"levels"`
	Before           pairedt.FreqTable                     `json:"before"`
	After            pairedt.FreqTable                     `json:"after"`
	Crosstab         pairedt.CrossTable                    `json:"crosstab"`
	NPairs           int                                   `json:"n_pairs"`
	McNemarCorrected twoLevels[pairedt.ChiSquareResult]    `json:"mcnemar_corrected,omitzero"`
	McNemar          twoLevels[pairedt.ChiSquareResult]    `json:"mcnemar,omitzero"`
	McNemarExact     twoLevels[pairedt.McNemarExactResult] `json:"mcnemar_exact,omitzero"`
	Bowker           *pairedt.ChiSquareResult              `json:"bowker"`
	StuartMaxwell    *pairedt.ChiSquareResult              `json:"stuart_maxwell"`
	SignTest         *pairedt.SignTestResult               `json:"sign_test"`
	Wilcoxon         *pairedt.WilcoxonResult               `json:"wilcoxon"`
	TTest            *pairedt.TTestResult                  `json:"t_test"`
	Undefined        []pairedt.Undefined                   `json:"undefined"`
}

// twoLevels is a result only a two-level outcome has: with ok false (three
// or more levels) its key is left out of the JSON (omitzero), otherwise
// it is the result, or null when these data do not define it.
type twoLevels[T any] struct {
	V  *T
	ok bool
}

func (o twoLevels[T]) IsZero() bool { return !o.ok }

func (o twoLevels[T]) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // as marshalJSON: warnings say "b + c < 25"
	if err := enc.Encode(o.V); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

func (o *twoLevels[T]) UnmarshalJSON(b []byte) error {
	o.ok = true
	return json.Unmarshal(b, &o.V)
}

// freqResult is everything freq computes.
type freqResult struct {
	freqJSON
	beforeName, afterName string
	study                 *pairedt.Study
	reversed              bool // --direction after-before
}

func runFreq(e *env, args []string) error {
	fs := newFlagSet(e.cmd)
	c := newFreqConfig(fs)
	path, opts, lay, err := fileArgs(e, fs, args, &c.t, &c.in)
	if err != nil {
		return err
	}
	in, err := e.openInput(path, &c.in)
	if err != nil {
		return err
	}
	defer in.Close()
	res, err := frequencies(in, c, lay, opts)
	if err != nil {
		return err
	}
	in.Close()
	e.printNotes(in)
	var buf bytes.Buffer
	if c.json {
		b, err := marshalJSON(res.freqJSON)
		if err != nil {
			return err
		}
		buf.Write(b)
	} else {
		res.writeText(&buf)
	}
	return e.writeOutput(c.out, buf.Bytes())
}

// frequencies reads the two occasions as categories and runs every table
// and test through pairedt.AnalyzeOrdinal.
func frequencies(in *input, c *freqConfig, lay layout, opts pairedt.Options) (*freqResult, error) {
	spec, err := c.spec()
	if err != nil {
		return nil, err
	}
	ps, err := load.Resolve(in.src, &spec)
	if err != nil {
		return nil, fromLoad(err)
	}
	cat, err := load.ReadCategories(in.src, ps, &spec)
	if err != nil {
		return nil, fromLoad(err)
	}
	// The tables keep the occasions in time order; --direction
	// after-before reverses the tests (StudyOptions.Direction).
	st, err := pairedt.AnalyzeOrdinal(cat.Before, cat.After, cat.Levels, cat.Scores, c.in.studyOptions(opts))
	if errors.Is(err, pairedt.ErrScores) {
		return nil, usageErrorf("--scores: %v", err)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.name, err)
	}
	r := &freqResult{beforeName: ps.BeforeName, afterName: ps.AfterName, study: st, reversed: c.in.reversed()}
	r.Levels = cat.Levels
	r.Before, r.After, r.Crosstab, r.NPairs = *st.FreqBefore, *st.FreqAfter, *st.Cross, st.Cross.N
	if len(cat.Levels) == 2 {
		r.McNemarCorrected = twoLevels[pairedt.ChiSquareResult]{st.McNemarCorrected, true}
		r.McNemar = twoLevels[pairedt.ChiSquareResult]{st.McNemar, true}
		r.McNemarExact = twoLevels[pairedt.McNemarExactResult]{st.McNemarExact, true}
	}
	r.Bowker, r.StuartMaxwell, r.SignTest, r.Wilcoxon, r.TTest = st.Bowker, st.StuartMaxwell, st.Sign, st.Wilcoxon, st.T
	// freq prints the tables and the tests of change, not the
	// Shapiro-Wilk test of the differences (report shows it).
	r.Undefined = []pairedt.Undefined{}
	for _, u := range st.Undefined {
		if u.Method != pairedt.MethodShapiroWilk {
			r.Undefined = append(r.Undefined, u)
		}
	}
	return r, nil
}

// spec is the Spec of the freq flags: the input's, with the levels, codes
// and scores.
func (c *freqConfig) spec() (load.Spec, error) {
	s, err := c.in.spec()
	if err != nil {
		return s, err
	}
	if c.levels != "" {
		if s.Levels, err = parseList("--levels", c.levels, false); err != nil {
			return s, err
		}
		if c.codes != "" {
			if s.Codes, err = parseList("--codes", c.codes, false); err != nil {
				return s, err
			}
		}
	} else if c.codes != "" {
		return s, usageErrorf("--codes needs --levels")
	}
	if c.scores != "" {
		if s.Scores, err = parseFloats("--scores", c.scores); err != nil {
			return s, err
		}
	}
	s.Categorical = true
	return s, nil
}

// wilcoxonMode says how a Wilcoxon p-value was computed and what became of
// the zero differences: "exact; 1 zero difference dropped", "exact
// conditional; 2 zero differences ranked (pratt)".
func wilcoxonMode(w *pairedt.WilcoxonResult) string {
	kind := "normal approximation"
	switch {
	case w.Exact && strings.Contains(w.Method, "conditional"):
		kind = "exact conditional"
	case w.Exact:
		kind = "exact"
	}
	zeros := "zero differences"
	if w.NZero == 1 {
		zeros = "zero difference"
	}
	if w.ZeroMethod == pairedt.ZeroWilcox {
		return fmt.Sprintf("%s; %d %s dropped", kind, w.NZero, zeros)
	}
	return fmt.Sprintf("%s; %d %s ranked (%s)", kind, w.NZero, zeros, w.ZeroMethod)
}

// g formats a statistic with n significant digits, as R prints them.
func g(v float64, n int) string {
	switch {
	case math.IsNaN(v):
		return "NA"
	case math.IsInf(v, 1):
		return "Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	}
	return strconv.FormatFloat(v, 'g', n, 64)
}

func (r *freqResult) writeText(w io.Writer) {
	fmt.Fprintf(w, "Before: %s\n%s\n", safeText(r.beforeName), r.Before.String())
	fmt.Fprintf(w, "After: %s\n%s\n", safeText(r.afterName), r.After.String())
	fmt.Fprintf(w, "Cross table (rows = before, columns = after)\n%s\n", r.Crosstab.String())
	sc := make([]string, len(r.study.Scores))
	for i, s := range r.study.Scores {
		sc[i] = g(s, 6)
	}
	dir := "d = before - after"
	if r.reversed {
		dir = "d = after - before, --direction after-before"
	}
	fmt.Fprintf(w, "Paired tests on %d complete pairs (%s; scores %s)\n", r.NPairs, dir, strings.Join(sc, ", "))
	var notes []string
	note := func(name string, ws []pairedt.Warning) {
		for _, s := range ws {
			notes = append(notes, name+": "+s.String())
		}
	}
	line := func(name, body string) { fmt.Fprintf(w, "  %-24s %s\n", name, body) }
	// na is the line of a test these data do not define: its reason.
	na := func(m pairedt.Method) string {
		var u pairedt.Undefined
		if !errors.As(r.study.Reason(m), &u) {
			return "undefined"
		}
		return "undefined: " + safeText(strings.TrimPrefix(u.Err.Error(), "pairedt: "))
	}
	if len(r.study.Levels) == 2 {
		// A 2 x 2 table: McNemar's tests, as R (mcnemar.test, corrected by
		// default) and SPSS (exact) print them, instead of Bowker and
		// Stuart-Maxwell.
		for _, c := range []struct {
			name string
			m    pairedt.Method
			t    *pairedt.ChiSquareResult
		}{{"McNemar (corrected)", pairedt.MethodMcNemarCorrected, r.study.McNemarCorrected}, {"McNemar (uncorrected)", pairedt.MethodMcNemar, r.study.McNemar}} {
			if c.t != nil {
				line(c.name, fmt.Sprintf("chi-squared = %s, df = %s, p-value = %s", g(c.t.Statistic, 5), g(c.t.DF, 5), g(c.t.P, 4)))
				note(c.name, c.t.Warnings)
			} else {
				line(c.name, na(c.m))
			}
		}
		if t := r.study.McNemarExact; t != nil {
			line("McNemar (exact)", fmt.Sprintf("b = %d, c = %d, p-value = %s (binomial)", t.B, t.C, g(t.P, 4)))
		} else {
			line("McNemar (exact)", na(pairedt.MethodMcNemarExact))
		}
	} else if t := r.Bowker; t != nil {
		line("Bowker symmetry", fmt.Sprintf("chi-squared = %s, df = %s, p-value = %s", g(t.Statistic, 5), g(t.DF, 5), g(t.P, 4)))
		note("Bowker", t.Warnings)
	} else {
		line("Bowker symmetry", na(pairedt.MethodBowker))
	}
	if len(r.study.Levels) != 2 {
		if t := r.StuartMaxwell; t != nil {
			line("Stuart-Maxwell", fmt.Sprintf("chi-squared = %s, df = %s, p-value = %s", g(t.Statistic, 5), g(t.DF, 5), g(t.P, 4)))
			note("Stuart-Maxwell", t.Warnings)
		} else {
			line("Stuart-Maxwell", na(pairedt.MethodStuartMaxwell))
		}
	}
	if t := r.SignTest; t != nil {
		line("Sign test", fmt.Sprintf("%d positive, %d negative, %d zero; p-value = %s", t.Positive, t.Negative, t.Zero, g(t.P, 4)))
		note("Sign test", t.Warnings)
	} else {
		line("Sign test", na(pairedt.MethodSign))
	}
	if t := r.Wilcoxon; t != nil {
		line("Wilcoxon signed-rank", fmt.Sprintf("V = %s, p-value = %s (%s)", g(t.V, 5), g(t.P, 4), wilcoxonMode(t)))
		note("Wilcoxon", t.Warnings)
	} else {
		line("Wilcoxon signed-rank", na(pairedt.MethodWilcoxon))
	}
	if t := r.TTest; t != nil {
		line("t-test on the scores", fmt.Sprintf("t = %s, df = %s, p-value = %s", g(t.T, 5), g(t.DF, 5), g(t.P, 4)))
		note("t-test", t.Warnings)
	} else {
		line("t-test on the scores", na(pairedt.MethodT))
	}
	if len(notes) > 0 {
		fmt.Fprintf(w, "\nNotes:\n")
		for _, n := range notes {
			fmt.Fprintf(w, "  %s\n", safeText(n))
		}
	}
}
