package audit

import (
	"fmt"
	"math"
	"strings"

	"github.com/pairedt/pairedt/internal/dist"
	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/pairedt"
)

// StatementOptions configures CheckStatement. The zero value gives statcheck 1.4's
// defaults: alpha = .05, two-sided, pZeroError = TRUE, pEqualAlphaSig = TRUE.
type StatementOptions struct {
	// Alpha is the significance level; 0 means the statement's own alpha if
	// it states one, else 0.05. Otherwise it must lie in (0, 1).
	Alpha float64
	// Alternative is the alternative of the reported test. Unlike statcheck
	// (which halves the two-sided p whatever the sign of t, statcheck#17), a
	// one-sided p is computed in the stated direction: Less gives P(T <= t),
	// Greater gives P(T >= t). A statement's OneTailed flag does not change
	// it (statcheck's default OneTailedTxt = FALSE); set Alternative.
	Alternative pairedt.Alternative
	// DF is used when the statement has no degrees of freedom of its own
	// (the Indonesian form "t: -28,471" never has them); for a paired test it
	// is the number of pairs minus 1. 0 means none.
	DF float64
	// NoPZeroError turns off statcheck's pZeroError rule (a reported p of 0
	// is an error); the zero value keeps it on.
	NoPZeroError bool
	// PEqualAlphaNotSig makes p = alpha count as not significant; the zero
	// value follows statcheck's pEqualAlphaSig = TRUE (p = .05 is
	// significant at alpha = .05).
	PEqualAlphaNotSig bool
}

// tP is the p-value of t with df degrees of freedom for alt, from the upper
// tail dist.TUpper that pairedt.Test uses (so the two agree bit for bit),
// never 1 - CDF:
//
//	two-sided: 2 P(T >= |t|);  less: P(T >= -t);  greater: P(T >= t).
func tP(t, df float64, alt pairedt.Alternative) float64 {
	switch alt {
	case pairedt.Less:
		return dist.TUpper(-t, df)
	case pairedt.Greater:
		return dist.TUpper(t, df)
	}
	return math.Min(1, 2*dist.TUpper(math.Abs(t), df))
}

// minDF is the smallest degrees of freedom CheckStatement accepts (a t-test
// has df >= 1).
const minDF = 1e-100

// pRange returns the p-values of the ends of the interval that a t printed as
// tn stands for, [t - h, t + h] (statcheck's rounding rule): pLow <= p <= pHigh.
// For a two-sided test whose interval contains 0, pHigh is 1.
func pRange(tn Number, df float64, alt pairedt.Alternative) (pLow, pHigh float64) {
	h := tn.HalfUnit()
	lo, hi := tn.Value-h, tn.Value+h
	switch alt {
	case pairedt.Less:
		return tP(lo, df, alt), tP(hi, df, alt)
	case pairedt.Greater:
		return tP(hi, df, alt), tP(lo, df, alt)
	}
	amax := math.Max(math.Abs(lo), math.Abs(hi))
	amin := math.Min(math.Abs(lo), math.Abs(hi))
	if lo <= 0 && hi >= 0 {
		amin = 0
	}
	return tP(amax, df, alt), tP(amin, df, alt)
}

// errorTest is statcheck 1.4's error_test for a t statistic: whether the
// reported p (rep, with comparison pc and pdec decimals) is inconsistent
// with a t printed with comparison tc whose rounding interval gives p in
// [pLow, pHigh]. p values are compared after rounding to pdec decimals
// when the p comparison is "=".
func errorTest(rep float64, pc string, pdec int, tc string, pLow, pHigh float64) bool {
	switch pc {
	case "<=":
		pc = "<"
	case ">=":
		pc = ">"
	}
	switch tc {
	case "<", "<=":
		switch pc {
		case "=":
			return rep < roundR(pHigh, pdec)
		case "<":
			return rep < pHigh
		}
		return false
	case ">", ">=":
		switch pc {
		case "=":
			return rep > roundR(pLow, pdec)
		case ">":
			return rep > pLow
		}
		return false
	}
	switch pc {
	case "<":
		return rep < pLow
	case ">":
		return rep > pHigh
	}
	return rep > roundR(pHigh, pdec) || rep < roundR(pLow, pdec)
}

// decisionErrorTest is statcheck 1.4's decision_error_test: whether the
// significance decision implied by the reported p differs from the one the
// computed p gives at alpha.
func decisionErrorTest(rep, computed float64, pc, tc string, alpha float64, eqSig bool) bool {
	switch pc {
	case "<=":
		pc = "<"
	case ">=":
		pc = ">"
	}
	switch tc {
	case "<", "<=":
		if pc == ">" {
			return false
		}
		if eqSig {
			return rep <= alpha && computed >= alpha
		}
		return rep < alpha && computed >= alpha || pc == "<" && rep <= alpha && computed >= alpha
	case ">", ">=":
		switch pc {
		case "<":
			return false
		case "=":
			if eqSig {
				return rep > alpha && computed <= alpha
			}
			return rep >= alpha && computed < alpha
		}
		if eqSig {
			return rep >= alpha && computed <= alpha
		}
		return rep >= alpha && computed < alpha
	}
	switch pc {
	case "<":
		if eqSig {
			return rep <= alpha && computed > alpha
		}
		return rep <= alpha && computed >= alpha
	case ">":
		if eqSig {
			return rep >= alpha && computed <= alpha
		}
		return rep >= alpha && computed < alpha
	}
	if eqSig {
		return rep <= alpha && computed > alpha || rep > alpha && computed <= alpha
	}
	return rep < alpha && computed >= alpha || rep >= alpha && computed < alpha
}

// CheckStatement checks the p-value of a parsed statement against its t and
// degrees of freedom with statcheck 1.4's rules (Nuijten et al. 2016;
// MicheleNuijten/statcheck R/error_test.R):
//
//   - the printed t stands for [t - h, t + h], h half a unit in its last
//     decimal; the p of the ends, rounded to p's printed decimals, bound the
//     p the statement may report;
//   - "p < x" is an error only if even the smallest such p is >= x, "p > x"
//     only if the largest is <= x; "n.s." reads as p > alpha;
//   - a reported p of 0 ("p = .000", "0,000") is an error (pZeroError);
//   - an error that flips the decision at alpha is a decision error; p = alpha
//     counts as significant (pEqualAlphaSig).
//
// Verdicts: Consistent (statcheck's error FALSE), DecisionError
// (decision_error TRUE), ReportingError (only the form is wrong: p = .000 where
// p < .001 is due) or Inconsistent (the value cannot be true). p is Student's
// upper tail, as R's pt(-|t|, df), bit for bit the p of pairedt.Test.
//
// A statement without p, t or df is NotDerivable (p = 0 is still a
// ReportingError). Errors: a df below 1e-100 (ErrClaims); invalid options
// (pairedt.ErrAlternative, ErrClaims).
func CheckStatement(st Statement, o StatementOptions) (Check, error) {
	if !o.Alternative.Valid() {
		return Check{}, fmt.Errorf("%w: %d", pairedt.ErrAlternative, int(o.Alternative))
	}
	alpha := o.Alpha
	if alpha == 0 && st.Alpha != nil && st.Alpha.Value > 0 && st.Alpha.Value < 1 {
		alpha = st.Alpha.Value
	}
	if alpha == 0 {
		alpha = 0.05
	}
	if !(alpha > 0 && alpha < 1) {
		return Check{}, fmt.Errorf("%w: alpha %v, need 0 < alpha < 1", ErrClaims, o.Alpha)
	}
	if math.IsNaN(o.DF) || o.DF < 0 || math.IsInf(o.DF, 0) {
		return Check{}, fmt.Errorf("%w: df %v", ErrClaims, o.DF)
	}
	c := Check{Kind: KindPValue}
	claim := strings.TrimSpace(st.Text) // the statement as printed
	if st.P == nil {
		c.Verdict = NotDerivable
		c.say(func(l i18n.Lang) Text { return Text{Claim: claim, Explanation: l.Audit().PNoP} })
		return c, nil
	}
	p := *st.P
	reported := "p " + p.Comparison + " " + strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(p.Text), "<>=")) // as printed
	if p.Comparison == "ns" {
		reported = "p ns"
	}
	pZero := !o.NoPZeroError && p.Comparison != "ns" && p.Value <= 0
	df := o.DF
	if st.DF != nil {
		df = *st.DF
	}
	if st.T == nil || df <= 0 {
		need := func(a *i18n.AuditWords) string {
			if st.T != nil {
				return a.PNeedDF
			}
			return a.PNeedT
		}
		if pZero {
			c.Verdict = ReportingError
			d := max(p.Decimals, 1)
			c.say(func(l i18n.Lang) Text {
				a := l.Audit()
				return Text{Claim: claim, Reported: reported,
					Recomputed:  "p < " + l.Dec(0.5*math.Pow(10, -float64(p.Decimals)), p.Decimals+1),
					Explanation: fmt.Sprintf(a.PZeroNoT, p.Text, l.Bounded(math.Pow(10, -float64(d)), d), need(a))}
			})
			return c, nil
		}
		c.Verdict = NotDerivable
		c.say(func(l i18n.Lang) Text {
			a := l.Audit()
			return Text{Claim: claim, Reported: reported, Explanation: fmt.Sprintf(a.PCannot, need(a))}
		})
		return c, nil
	}
	if df < minDF {
		return Check{}, fmt.Errorf("%w: df %v, need at least %v", ErrClaims, df, minDF)
	}
	t := *st.T
	tc := t.Comparison
	if tc == "" {
		tc = "="
	}
	computed := tP(t.Value, df, o.Alternative)
	pLow, pHigh := pRange(t, df, o.Alternative)
	c.Low, c.High = fptr(pLow), fptr(pHigh)
	alt := o.Alternative.String()
	tPrinted := strings.TrimSpace(strings.TrimLeft(t.Text, "<>="))
	h := t.HalfUnit()
	// common are the claim, reported and recomputed values of every verdict
	// below.
	common := func(l i18n.Lang) (*i18n.AuditWords, Text) {
		a := l.Audit()
		return a, Text{
			Claim:    fmt.Sprintf(a.PClaim, reported, l.G(df), tc, tPrinted),
			Reported: reported,
			Recomputed: fmt.Sprintf(a.PRecomputed, l.G(computed), a.Alternative(alt), l.G(df), l.Dec(t.Value, t.Decimals),
				l.Interval(l.Dec(t.Value-h, t.Decimals+1), l.Dec(t.Value+h, t.Decimals+1)), l.Interval(l.G(pLow), l.G(pHigh))),
		}
	}

	rep, pc := p.Value, p.Comparison
	if pc == "ns" {
		rep, pc = alpha, ">"
	}
	eqSig := !o.PEqualAlphaNotSig
	isErr := pZero || errorTest(rep, pc, p.Decimals, tc, pLow, pHigh)
	if !isErr {
		c.Verdict = Consistent
		c.say(func(l i18n.Lang) Text {
			a, x := common(l)
			x.Explanation = fmt.Sprintf(a.PConsistent, reported, a.Alternative(alt), l.G(computed), l.G(df), t.Text)
			return x
		})
		return c, nil
	}
	if pZero {
		bound := 0.5 * math.Pow(10, -float64(p.Decimals))
		if !errorTest(bound, "<", p.Decimals+1, tc, pLow, pHigh) {
			d := max(p.Decimals, 1)
			c.Verdict = ReportingError
			// APA 7 drops the leading zero of a p-value; Indonesian
			// writes the decimal comma.
			c.say(func(l i18n.Lang) Text {
				a, x := common(l)
				x.Explanation = fmt.Sprintf(a.PZeroRounds, a.Alternative(alt), l.G(computed), p.Text, l.Bounded(math.Pow(10, -float64(d)), d))
				return x
			})
			return c, nil
		}
	}
	if decisionErrorTest(rep, computed, pc, tc, alpha, eqSig) {
		c.Verdict = DecisionError
		sig := !(computed > alpha || !eqSig && computed >= alpha)
		c.say(func(l i18n.Lang) Text {
			a, x := common(l)
			word := a.Significant
			if !sig {
				word = a.NotSignificant
			}
			x.Explanation = fmt.Sprintf(a.PDecision, a.Alternative(alt), l.G(computed), word, l.G(alpha), reported)
			return x
		})
		return c, nil
	}
	c.Verdict = Inconsistent
	c.say(func(l i18n.Lang) Text {
		a, x := common(l)
		x.Explanation = fmt.Sprintf(a.PWrong, reported, l.G(df), t.Text, a.Alternative(alt), l.G(pLow), l.G(pHigh))
		return x
	})
	return c, nil
}
