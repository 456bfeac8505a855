package report

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/pairedt/audit"
)

// Lint: the statistics an author typed by hand. The prose is the
// manuscript with everything that is not the author's own text blanked
// (the header, references, blocks, code and raw HTML), so that positions
// stay those of the file. audit.Scan checks it as it checks an article
// (a p printed as 0.000, p against t and df, percentages against counts);
// then each typed t and each "count (percentage%)" is compared with the
// computed results of the analyses. Each disagreement is a warning
// wrapping ErrLint (an error with KnitOptions.Strict).

// typedT finds a t statistic typed in prose: "t(22) = -28,471",
// "t = 8.5", "nilai t: -28,471", "t hitung 3,125".
var typedT = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}_])t(?:\s*hitung)?\s*(?:\(\s*(\d+(?:[.,]\d+)?)\s*\))?\s*(?:[:=]|sebesar)\s*([-−–+]?\s?\d+(?:[.,]\d+)?)`)

// typedCount finds "17 (73,9%)" or "17 responden (73,9%)" or "17 of 23
// (73.9%)".
var typedCount = regexp.MustCompile(`(?:^|[^\p{L}\p{N}.,])(\d+)\s*(?:[\p{L}]+\s*){0,3}(?:\s*(?:of|dari)\s*\d+\s*)?\(\s*(\d+(?:[.,]\d+)?)\s*%\s*\)`)

// posAbs is the position of file offset abs.
func (kn *knitter) posAbs(abs int) Pos { return kn.pos(abs - kn.body) }

func (kn *knitter) warnf(abs int, format string, args ...any) {
	kn.warns = append(kn.warns, &KnitError{Pos: kn.posAbs(abs), Kind: ErrLint, Msg: fmt.Sprintf(format, args...)})
}

// lint checks the prose of x.
func (kn *knitter) lint(x expandResult) {
	prose := string(x.prose)
	if strings.TrimSpace(prose) == "" {
		return
	}
	var ks []*knitAnalysis
	for _, a := range kn.h.Analyses {
		if k := kn.analyses[a.Name]; k != nil {
			ks = append(ks, k)
		}
	}
	alpha := 0.0
	if len(ks) > 0 {
		alpha = ks[0].o.Alpha
	}
	checks, err := audit.Scan(prose, audit.ScanOptions{Alpha: alpha})
	if err == nil {
		for _, c := range checks {
			switch c.Verdict {
			case audit.Inconsistent, audit.DecisionError, audit.ReportingError:
			default:
				continue
			}
			t := c.Text(kn.lang())
			kn.warns = append(kn.warns, &KnitError{Pos: kn.sourcePos(c.Source), Kind: ErrLint,
				Msg: fmt.Sprintf("hand-typed %s: %s (%s); write the number as a reference", clean(t.Claim), clean(t.Explanation), c.Verdict)})
		}
	}
	kn.lintT(prose, ks)
	kn.lintP(prose, ks, checks)
	kn.lintMeans(prose, ks)
	kn.lintCounts(prose, ks)
	slices.SortStableFunc(kn.warns, func(a, b *KnitError) int {
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line - b.Pos.Line
		}
		return a.Pos.Col - b.Pos.Col
	})
}

func (kn *knitter) lang() Lang {
	if kn.h.Lang == "" {
		return English
	}
	return kn.h.Lang
}

// sourcePos reads a Check's Source, "line N, column C" (or "lines N-M,
// column C"), in the prose, which has the file's lines.
func (kn *knitter) sourcePos(src string) Pos {
	var line, col int
	if _, err := fmt.Sscanf(src, "line %d, column %d", &line, &col); err != nil {
		var l2 int
		if _, err := fmt.Sscanf(src, "lines %d-%d, column %d", &line, &l2, &col); err != nil {
			return Pos{File: kn.file}
		}
	}
	return Pos{kn.file, line, col}
}

// lintT compares each typed t (and its df) with the computed t-tests.
func (kn *knitter) lintT(prose string, ks []*knitAnalysis) {
	var withT []*knitAnalysis
	for _, k := range ks {
		if k.a.T != nil && !math.IsNaN(k.a.T.T) {
			withT = append(withT, k)
		}
	}
	if len(withT) == 0 {
		return
	}
	for _, m := range typedT.FindAllStringSubmatchIndex(prose, -1) {
		txt := strings.NewReplacer("−", "-", "–", "-", " ", "").Replace(prose[m[4]:m[5]])
		n, err := audit.ParseNumber(txt)
		if err != nil {
			continue
		}
		var df *float64
		if m[2] >= 0 {
			if v, err := audit.ParseNumber(prose[m[2]:m[3]]); err == nil {
				df = &v.Value
			}
		}
		h := n.HalfUnit() * (1 + 1e-9)
		ok, flipped := false, false
		for _, k := range withT {
			t := k.a.T
			dfOK := df == nil || *df == t.DF
			if math.Abs(n.Value-t.T) <= h && dfOK {
				ok = true
			} else if math.Abs(-n.Value-t.T) <= h && dfOK {
				flipped = true
			}
		}
		if ok {
			continue
		}
		at := m[0]
		if r, sz := utf8.DecodeRuneInString(prose[at:]); r != 't' && r != 'T' {
			at += sz
		}
		for at < len(prose) && prose[at] != 't' && prose[at] != 'T' {
			at++
		}
		k := withT[0]
		got := "*t*(" + k.r.f.auto(k.a.T.DF, k.o.Decimals) + ") = " + k.r.f.num(k.a.T.T, k.o.Decimals)
		typed := strings.TrimSpace(prose[at:m[1]])
		if flipped {
			kn.warnf(at, "hand-typed %q has the opposite sign of analysis %q's %s: check direction: (before-after or after-before); write {{%s.t.stat}}", typed, k.spec.Name, plain(got), k.spec.Name)
			continue
		}
		kn.warnf(at, "hand-typed %q disagrees with analysis %q: %s; write {{%s.t.stat}}", typed, k.spec.Name, plain(got), k.spec.Name)
	}
}

// plain drops the Markdown emphasis of a generated value for a message.
func plain(s string) string { return strings.ReplaceAll(s, "*", "") }

// lintCounts compares each typed "count (pct%)" with the frequency
// tables: some category on some occasion must have that count, and its
// valid percentage must round to the typed one.
func (kn *knitter) lintCounts(prose string, ks []*knitAnalysis) {
	var withFreq []*knitAnalysis
	for _, k := range ks {
		if k.a.FreqBefore != nil || k.a.FreqAfter != nil {
			withFreq = append(withFreq, k)
		}
	}
	if len(withFreq) == 0 {
		return
	}
	for _, m := range typedCount.FindAllStringSubmatchIndex(prose, -1) {
		count, err := strconv.Atoi(prose[m[2]:m[3]])
		if err != nil {
			continue
		}
		pct, err := audit.ParseNumber(prose[m[4]:m[5]])
		if err != nil {
			continue
		}
		h := pct.HalfUnit() * (1 + 1e-9)
		countSeen, match := false, false
		var example string
		for _, k := range withFreq {
			for _, t := range []*pairedt.FreqTable{k.a.FreqBefore, k.a.FreqAfter} {
				if t == nil {
					continue
				}
				if count == t.NValid && math.Abs(100-pct.Value) <= h {
					match = true // "all 23 (100%)"
				}
				for i, c := range t.Counts {
					if c != count {
						continue
					}
					countSeen = true
					v := validPercent(t, i)
					if math.Abs(v-pct.Value) <= h {
						match = true
					} else if example == "" {
						example = fmt.Sprintf("%s (%s%%)", k.r.f.integer(c), k.r.f.percent(v, max(pct.Decimals, k.o.PercentDecimals)))
					}
				}
			}
		}
		if match {
			continue
		}
		typed := strings.TrimSpace(prose[m[2]:m[1]])
		if countSeen {
			kn.warnf(m[2], "hand-typed %q: the computed percentage is %s; write {{freq.OCCASION.LEVEL}} or its .pct", typed, example)
		} else {
			kn.warnf(m[2], "hand-typed %q: no category has %d on either occasion; write {{freq.OCCASION.LEVEL.n}}", typed, count)
		}
	}
}

// typedP finds a p-value typed in prose: "p = .004", "p < 0,05",
// "p-value = 0.012".
var typedP = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}_])p(?:[- ]?value)?\s*(<=|>=|[<=>≤≥])\s*(\d*[.,]\d+)`)

// typedMean finds "M = 2.33" and "SD = 1.79" (APA's symbols).
var typedMean = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_*])\*?(M|SD)\*?\s*=\s*([-−–]?\d+(?:[.,]\d+)?)`)

// computedPs are the p-values of every test of the analyses.
func computedPs(ks []*knitAnalysis) []float64 {
	var ps []float64
	for _, k := range ks {
		a := &k.a
		if a.T != nil {
			ps = append(ps, a.T.P, a.T.RP)
		}
		if a.Wilcoxon != nil {
			ps = append(ps, a.Wilcoxon.P)
		}
		if a.Sign != nil {
			ps = append(ps, a.Sign.P)
		}
		if a.ShapiroWilk != nil {
			ps = append(ps, a.ShapiroWilk.P)
		}
		for _, c := range []*pairedt.ChiSquareResult{a.MarginalHomogeneity, a.Bowker, a.McNemar, a.McNemarCorrected} {
			if c != nil {
				ps = append(ps, c.P)
			}
		}
		if a.McNemarExact != nil {
			ps = append(ps, a.McNemarExact.P)
		}
	}
	return ps
}

// lintP compares each typed "p = x" with the p-values the analyses
// computed: some test's p must round to it ("=") or lie on its side ("<",
// ">"). A "p < .05" next to a stated alpha is a threshold, not a result,
// when the text compares with alpha; those the audit reads as a decision
// are left to it. A p of zero is the audit's (a reporting error).
func (kn *knitter) lintP(prose string, ks []*knitAnalysis, checks []audit.Check) {
	ps := computedPs(ks)
	if len(ps) == 0 {
		return
	}
	for _, m := range typedP.FindAllStringSubmatchIndex(prose, -1) {
		rel := prose[m[2]:m[3]]
		n, err := audit.ParseNumber(prose[m[4]:m[5]])
		if err != nil || n.Value == 0 {
			continue
		}
		h := n.HalfUnit() * (1 + 1e-9)
		ok := false
		for _, p := range ps {
			switch rel {
			case "=":
				ok = ok || math.Abs(p-n.Value) <= h
			case "<", "≤", "<=":
				ok = ok || p <= n.Value
			default:
				ok = ok || p >= n.Value
			}
		}
		if ok {
			continue
		}
		at := m[0]
		for at < len(prose) && prose[at] != 'p' && prose[at] != 'P' {
			at++
		}
		k := ks[0]
		if k.a.T != nil {
			kn.warnf(at, "hand-typed %q matches no computed p-value (the t-test's is %s); write {{%s.t.p}} or the test's .p", strings.TrimSpace(prose[at:m[1]]), plain(k.r.apaP(k.a.T.P)), k.spec.Name)
		} else {
			kn.warnf(at, "hand-typed %q matches no computed p-value; write the test's .p reference", strings.TrimSpace(prose[at:m[1]]))
		}
	}
}

// lintMeans compares each typed "M = x" or "SD = x" with the means and SDs
// of the t-tests (before, after, differences).
func (kn *knitter) lintMeans(prose string, ks []*knitAnalysis) {
	var means, sds []float64
	for _, k := range ks {
		if t := k.a.T; t != nil {
			means = append(means, t.MeanX, t.MeanY, t.MeanDiff, -t.MeanDiff)
			sds = append(sds, t.SDX, t.SDY, t.SDDiff)
		}
	}
	if len(means) == 0 {
		return
	}
	for _, m := range typedMean.FindAllStringSubmatchIndex(prose, -1) {
		sym := prose[m[2]:m[3]]
		txt := strings.NewReplacer("−", "-", "–", "-").Replace(prose[m[4]:m[5]])
		n, err := audit.ParseNumber(txt)
		if err != nil {
			continue
		}
		vals := means
		if sym == "SD" {
			vals = sds
		}
		h := n.HalfUnit() * (1 + 1e-9)
		ok := false
		for _, v := range vals {
			ok = ok || math.Abs(v-n.Value) <= h
		}
		if !ok {
			kn.warnf(m[2], "hand-typed %s = %s matches no computed %s; write {{mean.before}}, {{sd.after}} ...", sym, prose[m[4]:m[5]], map[string]string{"M": "mean", "SD": "SD"}[sym])
		}
	}
}
