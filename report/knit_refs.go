package report

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/pairedt/pairedt/pairedt"
)

// The catalogue of inline references. Each entry names a value of an
// analysis ({{NAME.PATH}}), says what it is (docs/knit.md is generated
// from the same words by TestKnitDocCatalogue) and writes it with the
// renderer's own formatting functions, so that a reference prints exactly
// what the report prints for the same analysis. A "*" in a name stands
// for a category (its 1-based number, its code or its label) and "#" for
// the 1-based number of an audit check.

// refEntry is one kind of reference.
type refEntry struct {
	name string
	help string
	// prec: the value takes a precision modifier (:D, decimals); dec is
	// then D, else the default (Options.Decimals, or PercentDecimals for
	// percentages).
	prec bool
	pct  bool // a percentage: its default decimals are PercentDecimals
	// table: the report prints the value only in a table, so its
	// default decimals are TableDecimals (nil: Options.Decimals, the
	// text's).
	table func(k *knitAnalysis) bool
	eval  func(c *refCtx) (string, error)
}

// always and unlessOrdinal are refEntry.table rules: a table-only value,
// and one the report writes in a sentence only for an ordinal outcome.
func always(*knitAnalysis) bool          { return true }
func unlessOrdinal(k *knitAnalysis) bool { return !k.r.ordinalFirst }

// refCtx is what an entry's eval reads: the analysis, its renderer, the
// decimals, the categories and check numbers matched by "*" and "#".
type refCtx struct {
	k      *knitAnalysis
	r      *renderer
	dec    int
	levels []int // indices matched by each "*"
	check  int   // index matched by "#"
}

// errNotInDesign marks a reference to something the analysis does not
// have (frequency tables of a numeric outcome, McNemar's test of a
// three-level outcome, checks without a claims file).
var errNotInDesign = errors.New("not part of this analysis")

func (c *refCtx) t() (*pairedt.TTestResult, error) {
	if c.k.a.T == nil {
		return nil, c.k.undefined(pairedt.MethodT)
	}
	return c.k.a.T, nil
}

func (c *refCtx) freq(before bool) (*pairedt.FreqTable, error) {
	t := c.k.a.FreqAfter
	if before {
		t = c.k.a.FreqBefore
	}
	if t == nil {
		return nil, fmt.Errorf("%w: the outcome is numeric, so there are no frequency tables (declare levels: for ordered categories)", errNotInDesign)
	}
	return t, nil
}

// stat is one test's number, "" name for the whole "*X* = v, *p* ...".
func pExpr(r *renderer, p float64) string { return r.apaP(p) }

// tEntry builds a t-test entry.
func tEntry(name, help string, prec bool, f func(c *refCtx, t *pairedt.TTestResult) string) refEntry {
	return refEntry{name: name, help: help, prec: prec, eval: func(c *refCtx) (string, error) {
		t, err := c.t()
		if err != nil {
			return "", err
		}
		return f(c, t), nil
	}}
}

// occasion returns mean, SD or SE (i = 0, 1, 2) of before or after.
func occasionStat(c *refCtx, t *pairedt.TTestResult, before bool, i int) string {
	b, a := c.r.occasions(t)
	if before {
		return c.r.f.num(b[i], c.dec)
	}
	return c.r.f.num(a[i], c.dec)
}

// testEntry builds the entries of a test that may be missing from the
// study (undefined, or not part of the design).
func testEntries(root, what string, m pairedt.Method, get func(a *Analysis) any, parts []refPart) []refEntry {
	var out []refEntry
	for _, p := range parts {
		name := root
		if p.sub != "" {
			name += "." + p.sub
		}
		out = append(out, refEntry{name: name, help: p.help + " of " + what, prec: p.prec, eval: func(c *refCtx) (string, error) {
			v := get(&c.k.a)
			if v == nil {
				if c.k.study != nil && c.k.study.Reason(m) != nil {
					return "", c.k.undefined(m)
				}
				return "", fmt.Errorf("%w: %s is not run on this outcome", errNotInDesign, what)
			}
			return p.f(c, v), nil
		}})
	}
	return out
}

type refPart struct {
	sub, help string
	prec      bool
	f         func(c *refCtx, v any) string
}

func chiParts() []refPart {
	return []refPart{
		{"", "χ²(df) = x, p", true, func(c *refCtx, v any) string {
			t := v.(*pairedt.ChiSquareResult)
			return "χ²(" + c.r.f.auto(t.DF, c.dec) + ") = " + c.r.f.num(t.Statistic, c.dec) + c.r.f.sep() + pExpr(c.r, t.P)
		}},
		{"chi2", "the χ² statistic", true, func(c *refCtx, v any) string { return c.r.f.num(v.(*pairedt.ChiSquareResult).Statistic, c.dec) }},
		{"df", "the degrees of freedom", false, func(c *refCtx, v any) string { return c.r.f.auto(v.(*pairedt.ChiSquareResult).DF, c.dec) }},
		{"p", "the p-value (*p* < .001, *p* = .046)", false, func(c *refCtx, v any) string { return pExpr(c.r, v.(*pairedt.ChiSquareResult).P) }},
	}
}

// catalogue lists every inline reference.
var catalogue = withTableRules(buildCatalogue())

// tableRules say which values the report prints only in its tables.
var tableRules = map[string]func(*knitAnalysis) bool{
	"t.sd": always, "t.se": always, "se.before": always, "se.after": always, "t.r": always,
	"stuart": always, "stuart.chi2": always, "bowker": always, "bowker.chi2": always,
	"mcnemar": always, "mcnemar.chi2": always,
	"wilcoxon.r": unlessOrdinal,
}

func withTableRules(cat []refEntry) []refEntry {
	for i := range cat {
		cat[i].table = tableRules[cat[i].name]
	}
	return cat
}

func buildCatalogue() []refEntry {
	cat := []refEntry{
		tEntry("t", "the t-test's result as the report's sentence gives it: mean difference, its CI, t(df), p, d_z and its CI", true,
			func(c *refCtx, t *pairedt.TTestResult) string { return strings.Join(c.r.tParts(t, c.dec), c.r.f.sep()) }),
		tEntry("t.sentence", "the report's whole sentence on the t-test (means and SDs on each occasion, then {{t}})", true,
			func(c *refCtx, t *pairedt.TTestResult) string { return c.r.tSentence(t, c.dec) }),
		tEntry("t.decision", "the report's sentence with the decision at alpha", false,
			func(c *refCtx, t *pairedt.TTestResult) string { return c.r.decision(t) }),
		tEntry("t.stat", "*t*(df) = x", true,
			func(c *refCtx, t *pairedt.TTestResult) string {
				return "*t*(" + c.r.f.auto(t.DF, c.dec) + ") = " + c.r.f.num(t.T, c.dec)
			}),
		tEntry("t.t", "the t statistic", true, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.num(t.T, c.dec) }),
		tEntry("t.df", "the degrees of freedom", false, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.auto(t.DF, c.r.o.Decimals) }),
		tEntry("t.p", "the p-value with its relation (*p* < .001, *p* = .046; more decimals when three would blur the comparison with alpha)", false,
			func(c *refCtx, t *pairedt.TTestResult) string { return pExpr(c.r, t.P) }),
		tEntry("t.mean", "the mean difference", true, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.num(t.MeanDiff, c.dec) }),
		tEntry("t.sd", "the SD of the differences", true, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.num(t.SDDiff, c.dec) }),
		tEntry("t.se", "the standard error of the mean difference", true, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.num(t.SE, c.dec) }),
		tEntry("t.ci", "the confidence interval of the mean difference (95% CI [a, b])", true, func(c *refCtx, t *pairedt.TTestResult) string {
			return fmt.Sprintf(c.r.w.Ci, c.r.f.level(t.ConfLevel)) + " " + c.r.f.interval(t.CILow, t.CIHigh, c.dec)
		}),
		tEntry("t.ci.low", "the interval's lower bound", true, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.num(t.CILow, c.dec) }),
		tEntry("t.ci.high", "the interval's upper bound", true, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.num(t.CIHigh, c.dec) }),
		tEntry("t.level", "the confidence level (95%)", false, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.level(t.ConfLevel) + "%" }),
		tEntry("t.dz", "Cohen's d_z", true, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.num(t.DZ, c.dec) }),
		tEntry("t.dz.ci", "d_z's confidence interval (95% CI [a, b])", true, func(c *refCtx, t *pairedt.TTestResult) string {
			return fmt.Sprintf(c.r.w.Ci, c.r.f.level(t.ConfLevel)) + " " + c.r.f.interval(t.DZCILow, t.DZCIHigh, c.dec)
		}),
		tEntry("t.dz.ci.low", "d_z's lower bound", true, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.num(t.DZCILow, c.dec) }),
		tEntry("t.dz.ci.high", "d_z's upper bound", true, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.num(t.DZCIHigh, c.dec) }),
		tEntry("t.r", "the correlation of before and after", true, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.bounded(t.R, c.dec) }),
		tEntry("t.r.p", "the p-value of the correlation", false, func(c *refCtx, t *pairedt.TTestResult) string { return pExpr(c.r, t.RP) }),
		tEntry("t.n", "the number of pairs the t-test used", false, func(c *refCtx, t *pairedt.TTestResult) string { return c.r.f.integer(t.N) }),
		tEntry("mean.before", "the mean before", true, func(c *refCtx, t *pairedt.TTestResult) string { return occasionStat(c, t, true, 0) }),
		tEntry("mean.after", "the mean after", true, func(c *refCtx, t *pairedt.TTestResult) string { return occasionStat(c, t, false, 0) }),
		tEntry("sd.before", "the SD before", true, func(c *refCtx, t *pairedt.TTestResult) string { return occasionStat(c, t, true, 1) }),
		tEntry("sd.after", "the SD after", true, func(c *refCtx, t *pairedt.TTestResult) string { return occasionStat(c, t, false, 1) }),
		tEntry("se.before", "the standard error of the mean before", true, func(c *refCtx, t *pairedt.TTestResult) string { return occasionStat(c, t, true, 2) }),
		tEntry("se.after", "the standard error of the mean after", true, func(c *refCtx, t *pairedt.TTestResult) string { return occasionStat(c, t, false, 2) }),
		{name: "n", help: "the number of complete pairs", eval: func(c *refCtx) (string, error) { return c.r.f.integer(c.k.pairs()), nil }},
		{name: "dropped", help: "the number of pairs dropped for a missing value", eval: func(c *refCtx) (string, error) { return c.r.f.integer(c.k.dropped()), nil }},
		{name: "alpha", help: "the significance level (.05)", eval: func(c *refCtx) (string, error) { return c.r.short(c.r.o.Alpha), nil }},
		{name: "variable", help: "the outcome's name", eval: func(c *refCtx) (string, error) { return c.r.variable(), nil }},
		{name: "before", help: "the first occasion's name", eval: func(c *refCtx) (string, error) { return c.r.before(), nil }},
		{name: "after", help: "the second occasion's name", eval: func(c *refCtx) (string, error) { return c.r.after(), nil }},
	}
	for _, occ := range []string{"before", "after"} {
		before := occ == "before"
		cat = append(cat,
			refEntry{name: "freq." + occ + ".n", help: "the number of valid values " + occ, eval: func(c *refCtx) (string, error) {
				t, err := c.freq(before)
				if err != nil {
					return "", err
				}
				return c.r.f.integer(t.NValid), nil
			}},
			refEntry{name: "freq." + occ + ".missing", help: "the number of missing values " + occ, eval: func(c *refCtx) (string, error) {
				t, err := c.freq(before)
				if err != nil {
					return "", err
				}
				return c.r.f.integer(t.NMissing), nil
			}},
			refEntry{name: "freq." + occ + ".*", help: "the category's count and percentage " + occ + ", as the report's sentence gives them (17 (73.9%) Lancar)", eval: func(c *refCtx) (string, error) {
				t, err := c.freq(before)
				if err != nil {
					return "", err
				}
				i := c.levels[0]
				return fmt.Sprintf(c.r.w.DistItem, c.r.f.integer(t.Counts[i]), c.r.f.percent(validPercent(t, i), c.r.o.PercentDecimals), c.r.level(t.Levels, i)), nil
			}},
			refEntry{name: "freq." + occ + ".*.n", help: "the category's count " + occ, eval: func(c *refCtx) (string, error) {
				t, err := c.freq(before)
				if err != nil {
					return "", err
				}
				return c.r.f.integer(t.Counts[c.levels[0]]), nil
			}},
			refEntry{name: "freq." + occ + ".*.pct", help: "the category's valid percentage " + occ + " (without the % sign)", prec: true, pct: true, eval: func(c *refCtx) (string, error) {
				t, err := c.freq(before)
				if err != nil {
					return "", err
				}
				return c.r.f.percent(validPercent(t, c.levels[0]), c.dec), nil
			}},
		)
	}
	cat = append(cat,
		refEntry{name: "freq.sentence", help: "the report's sentence with every category's count and percentage on both occasions", eval: func(c *refCtx) (string, error) {
			b, err := c.freq(true)
			if err != nil {
				return "", err
			}
			a, _ := c.freq(false)
			return c.r.distSentence(b, a), nil
		}},
		refEntry{name: "levels", help: "the number of categories", eval: func(c *refCtx) (string, error) {
			if _, err := c.freq(true); err != nil {
				return "", err
			}
			return c.r.f.integer(len(c.k.a.levels())), nil
		}},
		refEntry{name: "level.*", help: "the category's label", eval: func(c *refCtx) (string, error) {
			return c.r.level(c.k.a.levels(), c.levels[0]), nil
		}},
		refEntry{name: "cross.*.*", help: "the number of pairs in the first category before and the second after", eval: func(c *refCtx) (string, error) {
			if c.k.a.Cross == nil {
				return "", fmt.Errorf("%w: the outcome is numeric, so there is no cross table", errNotInDesign)
			}
			return c.r.f.integer(c.k.a.Cross.Counts[c.levels[0]][c.levels[1]]), nil
		}},
	)
	cat = append(cat, testEntries("wilcoxon", "the Wilcoxon signed-rank test", pairedt.MethodWilcoxon,
		func(a *Analysis) any { return nilIf(a.Wilcoxon) }, []refPart{
			{"", "*V* = x, p", false, func(c *refCtx, v any) string {
				s := v.(*pairedt.WilcoxonResult)
				return "*V* = " + c.r.short(s.V) + c.r.f.sep() + pExpr(c.r, s.P)
			}},
			{"v", "the statistic V", false, func(c *refCtx, v any) string { return c.r.short(v.(*pairedt.WilcoxonResult).V) }},
			{"p", "the p-value", false, func(c *refCtx, v any) string { return pExpr(c.r, v.(*pairedt.WilcoxonResult).P) }},
			{"r", "the rank-biserial correlation", true, func(c *refCtx, v any) string { return c.r.f.bounded(v.(*pairedt.WilcoxonResult).RankBiserial, c.dec) }},
			{"n", "the number of pairs", false, func(c *refCtx, v any) string { return c.r.f.integer(v.(*pairedt.WilcoxonResult).N) }},
			{"zeros", "the number of zero differences", false, func(c *refCtx, v any) string { return c.r.f.integer(v.(*pairedt.WilcoxonResult).NZero) }},
			{"sentence", "the report's sentence", false, func(c *refCtx, v any) string {
				s := v.(*pairedt.WilcoxonResult)
				return fmt.Sprintf(c.r.w.WilcoxonSentence, c.r.diffLabel(), c.r.short(s.V), c.r.pText(s.P), c.r.f.bounded(s.RankBiserial, c.r.o.Decimals))
			}},
		})...)
	cat = append(cat, testEntries("sign", "the sign test", pairedt.MethodSign,
		func(a *Analysis) any { return nilIf(a.Sign) }, []refPart{
			{"", "*S* = x, p", false, func(c *refCtx, v any) string {
				s := v.(*pairedt.SignTestResult)
				return "*S* = " + c.r.short(s.Statistic) + c.r.f.sep() + pExpr(c.r, s.P)
			}},
			{"s", "the statistic S", false, func(c *refCtx, v any) string { return c.r.short(v.(*pairedt.SignTestResult).Statistic) }},
			{"p", "the p-value", false, func(c *refCtx, v any) string { return pExpr(c.r, v.(*pairedt.SignTestResult).P) }},
			{"positive", "the number of positive differences", false, func(c *refCtx, v any) string { return c.r.f.integer(v.(*pairedt.SignTestResult).Positive) }},
			{"negative", "the number of negative differences", false, func(c *refCtx, v any) string { return c.r.f.integer(v.(*pairedt.SignTestResult).Negative) }},
			{"ties", "the number of zero differences", false, func(c *refCtx, v any) string { return c.r.f.integer(v.(*pairedt.SignTestResult).Zero) }},
		})...)
	cat = append(cat, testEntries("shapiro", "the Shapiro-Wilk test of the differences", pairedt.MethodShapiroWilk,
		func(a *Analysis) any { return nilIf(a.ShapiroWilk) }, []refPart{
			{"", "*W* = x, p", true, func(c *refCtx, v any) string {
				s := v.(*pairedt.ShapiroWilkResult)
				return "*W* = " + c.r.f.bounded(s.W, c.dec) + c.r.f.sep() + pExpr(c.r, s.P)
			}},
			{"w", "the statistic W", true, func(c *refCtx, v any) string { return c.r.f.bounded(v.(*pairedt.ShapiroWilkResult).W, c.dec) }},
			{"p", "the p-value", false, func(c *refCtx, v any) string { return pExpr(c.r, v.(*pairedt.ShapiroWilkResult).P) }},
		})...)
	cat = append(cat, testEntries("stuart", "the Stuart-Maxwell test of marginal homogeneity", pairedt.MethodStuartMaxwell,
		func(a *Analysis) any { return nilIf(a.MarginalHomogeneity) }, chiParts())...)
	cat = append(cat, testEntries("bowker", "Bowker's test of symmetry", pairedt.MethodBowker,
		func(a *Analysis) any { return nilIf(a.Bowker) }, chiParts())...)
	cat = append(cat, testEntries("mcnemar", "McNemar's test without continuity correction", pairedt.MethodMcNemar,
		func(a *Analysis) any { return nilIf(a.McNemar) }, chiParts())...)
	cat = append(cat, testEntries("mcnemar.corrected", "McNemar's test with continuity correction", pairedt.MethodMcNemarCorrected,
		func(a *Analysis) any { return nilIf(a.McNemarCorrected) }, chiParts())...)
	cat = append(cat, testEntries("mcnemar.exact", "McNemar's exact (binomial) test", pairedt.MethodMcNemarExact,
		func(a *Analysis) any { return nilIf(a.McNemarExact) }, []refPart{
			{"p", "the p-value", false, func(c *refCtx, v any) string { return pExpr(c.r, v.(*pairedt.McNemarExactResult).P) }},
			{"b", "the pairs that moved from the first category to the second", false, func(c *refCtx, v any) string { return c.r.f.integer(v.(*pairedt.McNemarExactResult).B) }},
			{"c", "the pairs that moved back", false, func(c *refCtx, v any) string { return c.r.f.integer(v.(*pairedt.McNemarExactResult).C) }},
		})...)
	cat = append(cat,
		refEntry{name: "bf", help: "the JZS Bayes factor BF10 of the t-test (prior: bayes-prior)", eval: func(c *refCtx) (string, error) {
			b, err := c.bayes()
			if err != nil {
				return "", err
			}
			return c.r.bf(b.BF10), nil
		}},
		refEntry{name: "bf.01", help: "BF01 = 1/BF10", eval: func(c *refCtx) (string, error) {
			b, err := c.bayes()
			if err != nil {
				return "", err
			}
			return c.r.bf(b.BF01), nil
		}},
		refEntry{name: "bf.sentence", help: "the report's sentence on the Bayes factor", eval: func(c *refCtx) (string, error) {
			b, err := c.bayes()
			if err != nil {
				return "", err
			}
			return c.r.bayesText(b), nil
		}},
		refEntry{name: "sensitivity", help: "the report's sentence on the smallest d_z the design detects with power 0.80", eval: func(c *refCtx) (string, error) {
			s, err := c.sensitivity()
			if err != nil {
				return "", err
			}
			return c.r.sensitivityText(s), nil
		}},
		refEntry{name: "sensitivity.dz", help: "that smallest |d_z|", prec: true, eval: func(c *refCtx) (string, error) {
			s, err := c.sensitivity()
			if err != nil {
				return "", err
			}
			return c.r.f.num(math.Abs(s.DZ), c.dec), nil
		}},
		refEntry{name: "audit.count", help: "the number of audited claims", eval: func(c *refCtx) (string, error) {
			if err := c.hasChecks(); err != nil {
				return "", err
			}
			return c.r.f.integer(len(c.k.a.Checks)), nil
		}},
	)
	for _, v := range []string{"consistent", "inconsistent", "decision_error", "reporting_error", "not_derivable"} {
		cat = append(cat, refEntry{name: "audit." + v, help: "the number of checks with the verdict " + v, eval: func(c *refCtx) (string, error) {
			if err := c.hasChecks(); err != nil {
				return "", err
			}
			n := 0
			for _, ch := range c.k.a.Checks {
				if string(ch.Verdict) == v {
					n++
				}
			}
			return c.r.f.integer(n), nil
		}})
	}
	for _, p := range []struct{ sub, help string }{
		{"verdict", "the verdict, in the document's language"},
		{"claim", "what was checked"},
		{"reported", "the value as published"},
		{"recomputed", "the recomputed value"},
		{"explanation", "the explanation"},
	} {
		cat = append(cat, refEntry{name: "audit.#." + p.sub, help: "check #'s " + p.help, eval: func(c *refCtx) (string, error) {
			ch := c.k.a.Checks[c.check]
			t := ch.Text(c.r.o.Lang)
			switch p.sub {
			case "verdict":
				if w, ok := c.r.w.Verdicts[string(ch.Verdict)]; ok {
					return w, nil
				}
				return mdText(string(ch.Verdict)), nil
			case "claim":
				return mdText(t.Claim), nil
			case "reported":
				return mdText(t.Reported), nil
			case "recomputed":
				return mdText(t.Recomputed), nil
			}
			return mdText(t.Explanation), nil
		}})
	}
	return cat
}

// nilIf turns a typed nil pointer into an untyped nil.
func nilIf[T any](p *T) any {
	if p == nil {
		return nil
	}
	return p
}

func (c *refCtx) hasChecks() error {
	if len(c.k.a.Checks) == 0 {
		return fmt.Errorf("%w: the analysis has no audit (give claims: a claims file)", errNotInDesign)
	}
	return nil
}

func (c *refCtx) bayes() (pairedt.BayesResult, error) {
	t, err := c.t()
	if err != nil {
		return pairedt.BayesResult{}, err
	}
	b, err := pairedt.BayesFactor(*t, c.r.o.BayesPrior)
	if err != nil {
		return b, fmt.Errorf("%w: the Bayes factor is undefined for these data: %v", ErrUndefined, err)
	}
	return b, nil
}

func (c *refCtx) sensitivity() (pairedt.TPowerResult, error) {
	t, err := c.t()
	if err != nil {
		return pairedt.TPowerResult{}, err
	}
	s, err := pairedt.TPowerDZ(t.N, c.r.o.SensitivityPower, c.r.o.Alpha, t.Alternative)
	if err != nil {
		return s, fmt.Errorf("%w: the sensitivity is undefined for these data: %v", ErrUndefined, err)
	}
	return s, nil
}

// levelSlug is a category's label as a reference writes it: lower case,
// each run of characters other than letters and digits one "-".
func levelSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(clean(s)) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}

// matchLevel finds the category a reference segment names: its code
// (AnalysisSpec.Codes), else its label written as a slug, else its
// 1-based number.
func (k *knitAnalysis) matchLevel(seg string) (int, bool) {
	levels := k.a.levels()
	if i := slices.Index(k.spec.Codes, seg); i >= 0 && i < len(levels) {
		return i, true
	}
	s := levelSlug(seg)
	for i, l := range levels {
		if levelSlug(l) == s && s != "" {
			return i, true
		}
	}
	if n, err := strconv.Atoi(seg); err == nil && n >= 1 && n <= len(levels) {
		return n - 1, true
	}
	return 0, false
}

// lookup finds the entry a reference path names and what its "*" and "#"
// matched. ok is false for an unknown path; then names lists the paths
// the analysis has (for the suggestion).
func (k *knitAnalysis) lookup(path []string) (e *refEntry, c refCtx, ok bool) {
	for i := range catalogue {
		e := &catalogue[i]
		pat := strings.Split(e.name, ".")
		if len(pat) != len(path) {
			continue
		}
		c := refCtx{k: k}
		match := true
		for j, p := range pat {
			switch p {
			case "*":
				li, ok := k.matchLevel(path[j])
				if !ok {
					match = false
				}
				c.levels = append(c.levels, li)
			case "#":
				n, err := strconv.Atoi(path[j])
				if err != nil || n < 1 || n > len(k.a.Checks) {
					match = false
				}
				c.check = n - 1
			default:
				match = match && p == path[j]
			}
		}
		if match {
			return e, c, true
		}
	}
	return nil, refCtx{}, false
}

// names lists the concrete reference paths of the analysis, "*" written
// as each category's slug and "#" as each check's number, for did-you-
// mean suggestions.
func (k *knitAnalysis) names() []string {
	var out []string
	levels := k.a.levels()
	for _, e := range catalogue {
		parts := []string{e.name}
		if strings.Contains(e.name, "*") {
			var next []string
			for _, p := range parts {
				for _, l := range levels {
					next = append(next, strings.Replace(p, "*", levelSlug(l), 1))
				}
			}
			parts = next
			if strings.Contains(e.name, "*.*") {
				next = nil
				for _, p := range parts {
					for _, l := range levels {
						next = append(next, strings.Replace(p, "*", levelSlug(l), 1))
					}
				}
				parts = next
			}
		}
		if strings.Contains(e.name, "#") {
			var next []string
			for _, p := range parts {
				for i := range k.a.Checks {
					next = append(next, strings.Replace(p, "#", strconv.Itoa(i+1), 1))
				}
			}
			parts = next
		}
		out = append(out, parts...)
	}
	return out
}
