package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/dataset"
	"github.com/pairedt/pairedt/internal/csvin"
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

// levelMap maps cell values (labels or codes) to level labels.
//
// Numeric labels (--levels 0,1,2 without --codes) are their own codes: a
// cell is read as a number and must equal one of them (2.0 is 2), so a
// stray 3 is an unknown level rather than the third level, and numbers
// score as themselves unless --scores is given (issue 10, items 1 and 5).
// Otherwise a cell is a label or a code (1..k, or --codes); a label that is
// also the code of another level is refused, since a cell holding it could
// mean either.
type levelMap struct {
	levels  []string
	codes   []string
	byLabel map[string]int
	byCode  map[string]int
	values  []float64 // numeric levels: the value of each; nil otherwise
	byValue map[float64]int
}

// errAmbiguousLevel: a --levels label is also the code of another level.
var errAmbiguousLevel = errors.New("a label is also the code of another level")

func newLevelMap(levels, codes []string, missing []string) (*levelMap, error) {
	if len(levels) > pairedt.MaxLevels {
		return nil, usageErrorf("--levels: %d levels, at most %d", len(levels), pairedt.MaxLevels)
	}
	lm := &levelMap{levels: levels, byLabel: map[string]int{}, byCode: map[string]int{}}
	if codes == nil {
		if vals, ok := numericLabels(levels); ok {
			lm.values, lm.byValue = vals, map[float64]int{}
			for i, v := range vals {
				if j, dup := lm.byValue[v]; dup {
					return nil, usageErrorf("--levels: %s and %s are the same number", csvin.Quote(levels[j]), csvin.Quote(levels[i]))
				}
				lm.byValue[v] = i
			}
			codes = levels
		} else {
			codes = make([]string, len(levels))
			for i := range codes {
				codes[i] = strconv.Itoa(i + 1)
			}
		}
	}
	if len(codes) != len(levels) {
		return nil, usageErrorf("--codes has %d items, --levels has %d", len(codes), len(levels))
	}
	lm.codes = codes
	for i, l := range levels {
		if _, dup := lm.byLabel[l]; dup {
			return nil, usageErrorf("--levels: %s appears twice", csvin.Quote(l))
		}
		if slices.Contains(missing, l) {
			return nil, usageErrorf("--levels: %s is also a missing-value marker (see --missing)", csvin.Quote(l))
		}
		lm.byLabel[l] = i
	}
	for i, c := range codes {
		if _, dup := lm.byCode[c]; dup {
			return nil, usageErrorf("--codes: %s appears twice", csvin.Quote(c))
		}
		lm.byCode[c] = i
	}
	for i, l := range levels {
		if j, ok := lm.byCode[l]; ok && j != i {
			return nil, usageErrorf("--levels: %w: %s is level %d and the code of level %d (%s), so a cell %s could mean either; refused rather than guessed: give --codes that are not labels, or labels that are not codes",
				errAmbiguousLevel, csvin.Quote(l), i+1, j+1, csvin.Quote(levels[j]), csvin.Quote(l))
		}
	}
	return lm, nil
}

// numericLabels reports whether every label is a finite number, and their
// values.
func numericLabels(levels []string) ([]float64, bool) {
	vals := make([]float64, len(levels))
	for i, l := range levels {
		v, err := strconv.ParseFloat(strings.Replace(l, "\u2212", "-", 1), 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, false
		}
		vals[i] = v
	}
	return vals, len(levels) > 0
}

// level returns the index of the level a cell stands for.
func (lm *levelMap) level(rd rows, col int) (int, bool) {
	s := rd.String(col)
	if lm.values != nil {
		if i, ok := lm.byLabel[s]; ok {
			return i, true
		}
		v, err := rd.Float(col)
		if err != nil {
			return 0, false
		}
		i, ok := lm.byValue[v]
		return i, ok
	}
	if i, ok := lm.byLabel[s]; ok {
		return i, true
	}
	i, ok := lm.byCode[s]
	return i, ok
}

func (lm *levelMap) describe() string {
	parts := make([]string, len(lm.levels))
	for i, l := range lm.levels {
		parts[i] = lm.codes[i] + " = " + csvin.Quote(l)
	}
	s := "levels: " + strings.Join(parts, ", ")
	if lm.values != nil && slices.Equal(lm.codes, lm.levels) {
		s = "numeric levels: " + strings.Join(lm.levels, ", ")
	}
	if len(s) > 300 {
		s = s[:300] + "..."
	}
	return s
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

// manyLevels is the number of distinct numeric values above which freq
// without --levels warns that the values may not be categories.
const manyLevels = 10

// errNotCategory: freq without --levels found a value that is not a
// category code (a text cell, or a number with a fractional part).
var errNotCategory = errors.New("not a category code")

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
	rd := in.rd
	missing := csvin.DefaultMissing
	if c.in.missingSet {
		missing, _ = parseList("--missing", c.in.missing, true)
	}
	var lm *levelMap
	if c.levels != "" {
		levels, err := parseList("--levels", c.levels, false)
		if err != nil {
			return nil, err
		}
		var codes []string
		if c.codes != "" {
			if codes, err = parseList("--codes", c.codes, false); err != nil {
				return nil, err
			}
		}
		if lm, err = newLevelMap(levels, codes, missing); err != nil {
			return nil, err
		}
	} else if c.codes != "" {
		return nil, usageErrorf("--codes needs --levels")
	}
	var scores []float64
	if c.scores != "" {
		var err error
		if scores, err = parseFloats("--scores", c.scores); err != nil {
			return nil, err
		}
	}
	ps, err := resolve(rd, &c.in, lay)
	if err != nil {
		return nil, err
	}
	if lm == nil && in.vars != nil {
		if lm, err = valueLabelLevels(in, ps); err != nil {
			return nil, err
		}
	}
	// get returns the level label of a cell, "" for missing.
	get := func(col int) (string, error) {
		if rd.IsMissing(col) {
			return "", nil
		}
		if lm == nil {
			// Numbers without --levels: the canonical form of the
			// value, so that 2 and 2.0 are one category.
			v, err := rd.Float(col)
			if err != nil {
				return "", fmt.Errorf("%w: %w", errUsage, rd.Errorf(col, errNotCategory, "a text category: give the levels in order with --levels"))
			}
			if v != math.Trunc(v) {
				return "", rd.Errorf(col, errNotCategory, "a measurement with a fractional part, not a category: for a numeric outcome use pairedt test; for categories give --levels")
			}
			return strconv.FormatFloat(v, 'g', -1, 64), nil
		}
		if i, ok := lm.level(rd, col); ok {
			return lm.levels[i], nil
		}
		return "", rd.Errorf(col, pairedt.ErrUnknownLevel, lm.describe())
	}
	var before, after []string
	err = readPairs(in, ps, get, func(x, y string) {
		before = append(before, x)
		after = append(after, y)
	})
	if err != nil {
		return nil, err
	}
	if lm == nil {
		levels, err := inferLevels(in.name, before, after)
		if err != nil {
			return nil, err
		}
		if lm, err = newLevelMap(levels, nil, missing); err != nil {
			return nil, err
		}
		if len(levels) > manyLevels {
			in.notes = append(in.notes, fmt.Sprintf("%s: %d distinct values, each taken as an ordered category; for a numeric outcome use pairedt test", in.name, len(levels)))
		}
	}
	if scores != nil && len(scores) != len(lm.levels) {
		return nil, usageErrorf("--scores has %d items, there are %d levels", len(scores), len(lm.levels))
	}
	if scores == nil && lm.values != nil {
		// Numbers keep their values: the signed tests and the t-test
		// see the data as t.test would.
		for i := 1; i < len(lm.values); i++ {
			if !(lm.values[i] > lm.values[i-1]) {
				return nil, usageErrorf("--levels %s: numeric levels score as their values, which must increase in the order given (%s follows %s); give --scores to score them otherwise",
					strings.Join(lm.levels, ","), lm.levels[i], lm.levels[i-1])
			}
		}
		scores = lm.values
	}
	// The tables keep the occasions in time order; --direction
	// after-before reverses the tests (StudyOptions.Direction).
	st, err := pairedt.AnalyzeOrdinal(before, after, lm.levels, scores, c.in.studyOptions(opts))
	if errors.Is(err, pairedt.ErrScores) {
		return nil, usageErrorf("--scores: %v", err)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.name, err)
	}
	r := &freqResult{beforeName: ps.beforeName, afterName: ps.afterName, study: st, reversed: ps.reversed}
	r.Levels = lm.levels
	r.Before, r.After, r.Crosstab, r.NPairs = *st.FreqBefore, *st.FreqAfter, *st.Cross, st.Cross.N
	if len(lm.levels) == 2 {
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

// valueLabelLevels returns the levels an SPSS file's value labels give the
// outcome (the labelled codes that are not declared missing, in numeric
// order of the codes, scored by the codes), or nil when there are none.
func valueLabelLevels(in *input, ps pairSpec) (*levelMap, error) {
	cols := []int{ps.before, ps.after}
	if ps.lay == long {
		cols = []int{ps.value}
	}
	var levels []dataset.ValueLabel
	var from string
	for _, i := range cols {
		c := in.variable(i)
		if c == nil || c.Kind != dataset.Numeric {
			continue
		}
		lv := c.Levels()
		if len(lv) == 0 {
			continue
		}
		if levels == nil {
			levels, from = lv, c.Name
			continue
		}
		if !slices.Equal(lv, levels) {
			return nil, fmt.Errorf("%s: %w: variables %s and %s have different value labels; give the levels with --levels",
				in.name, pairedt.ErrLevels, csvin.Quote(from), csvin.Quote(c.Name))
		}
	}
	if levels == nil {
		return nil, nil
	}
	if len(levels) > pairedt.MaxLevels {
		return nil, fmt.Errorf("%s: %w: variable %s has %d value labels, at most %d", in.name, pairedt.ErrLevels, csvin.Quote(from), len(levels), pairedt.MaxLevels)
	}
	lm := &levelMap{byLabel: map[string]int{}, byCode: map[string]int{}, byValue: map[float64]int{}}
	for i, l := range levels {
		if j, dup := lm.byLabel[l.Label]; dup {
			return nil, fmt.Errorf("%s: %w: variable %s labels %s and %s both %s", in.name, pairedt.ErrLevels, csvin.Quote(from),
				strconv.FormatFloat(levels[j].Value, 'g', -1, 64), strconv.FormatFloat(l.Value, 'g', -1, 64), csvin.Quote(l.Label))
		}
		code := strconv.FormatFloat(l.Value, 'g', -1, 64)
		lm.levels = append(lm.levels, l.Label)
		lm.codes = append(lm.codes, code)
		lm.values = append(lm.values, l.Value)
		lm.byLabel[l.Label] = i
		lm.byCode[code] = i
		lm.byValue[l.Value] = i
	}
	return lm, nil
}

// inferLevels takes the distinct values as levels when all are numbers,
// in numeric order; otherwise the order cannot be guessed.
func inferLevels(name string, before, after []string) ([]string, error) {
	seen := map[string]float64{}
	var levels []string
	for _, v := range slices.Concat(before, after) {
		if v == "" {
			continue
		}
		if _, ok := seen[v]; ok {
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, usageErrorf("%s: category %s is not a number: give the levels in order with --levels", name, csvin.Quote(v))
		}
		if f != math.Trunc(f) {
			return nil, fmt.Errorf("%s: %w: %s has a fractional part, so these are measurements, not categories: for a numeric outcome use pairedt test; for categories give --levels", name, errNotCategory, v)
		}
		seen[v] = f
		levels = append(levels, v)
		if len(levels) > pairedt.MaxLevels {
			return nil, fmt.Errorf("%s: %w: more than %d distinct values; is this a numeric column? (use pairedt test)", name, pairedt.ErrLevels, pairedt.MaxLevels)
		}
	}
	if len(levels) == 0 {
		return nil, fmt.Errorf("%s: %w: every value is missing", name, pairedt.ErrTooFew)
	}
	slices.SortFunc(levels, func(a, b string) int {
		if c := cmp.Compare(seen[a], seen[b]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return levels, nil
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
