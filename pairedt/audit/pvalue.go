package audit

import (
	"fmt"
	"math"
	"strings"

	"github.com/pairedt/pairedt/internal/dist"
	"github.com/pairedt/pairedt/pairedt"
)

// POptions configures CheckStatement. The zero value gives statcheck 1.4's
// defaults: alpha = .05, two-sided, pZeroError = TRUE, pEqualAlphaSig = TRUE.
type POptions struct {
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

func altWords(a pairedt.Alternative) (en, id string) {
	switch a {
	case pairedt.Less:
		return "one-sided (less)", "satu arah (kurang dari)"
	case pairedt.Greater:
		return "one-sided (greater)", "satu arah (lebih dari)"
	}
	return "two-sided", "dua arah"
}

// CheckStatement checks the p-value of a parsed statement against its t
// statistic and degrees of freedom with statcheck 1.4's semantics
// (Nuijten et al. 2016; MicheleNuijten/statcheck R/error_test.R):
//
//   - the printed t stands for the interval [t - h, t + h], h = half a unit
//     in its last decimal; the p-values of the interval's ends, rounded to
//     the printed decimals of p, bound the p the statement may report;
//   - "p < x" is an error only if even the smallest p of the interval is at
//     least x, "p > x" only if the largest is at most x; "n.s." reads as
//     p > alpha;
//   - a reported p of 0 ("p = .000", "0,000") is an error (pZeroError);
//   - an error whose significance decision at alpha flips is a decision
//     error; p = alpha counts as significant (pEqualAlphaSig).
//
// The verdicts map onto statcheck's columns: Consistent when statcheck's
// error is FALSE; DecisionError when decision_error is TRUE; otherwise
// statcheck's error is refined into ReportingError when only the form is
// wrong (p = .000 while the recomputed p is below half a unit of the last
// printed decimal, so the number should read p < .001) and Inconsistent
// when the value itself cannot be true. The p-value is the upper tail of
// Student's t, as R's pt(-|t|, df), the same function as pairedt.Test's
// (the same t and df give the same p, bit for bit). A df below 1e-100 (from
// the statement or o.DF) is an error wrapping ErrClaims.
//
// A statement without p, or without t or df, is NotDerivable (except that
// p = 0 is a ReportingError whatever else is missing). Invalid options are an
// error wrapping pairedt.ErrAlternative or ErrClaims.
func CheckStatement(st Statement, o POptions) (Check, error) {
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
	c := Check{Kind: KindPValue, Claim: strings.TrimSpace(st.Text)}
	c.ClaimIndonesian = c.Claim // the statement as printed
	if st.P == nil {
		c.Verdict = NotDerivable
		c.Explanation = "The statement reports no p-value, so there is nothing to check against its t statistic."
		c.ExplanationIndonesian = "Pernyataan ini tidak melaporkan nilai p, sehingga tidak ada yang dapat diperiksa terhadap statistik t-nya."
		return c, nil
	}
	p := *st.P
	c.Reported = "p " + p.Comparison + " " + strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(p.Text), "<>=")) // as printed
	if p.Comparison == "ns" {
		c.Reported = "p ns"
	}
	c.ReportedIndonesian = c.Reported
	pZero := !o.NoPZeroError && p.Comparison != "ns" && p.Value <= 0
	df := o.DF
	if st.DF != nil {
		df = *st.DF
	}
	if st.T == nil || df <= 0 {
		need, needID := "the t statistic and its degrees of freedom", "statistik t dan derajat bebasnya"
		if st.T != nil {
			need, needID = "the degrees of freedom (or the number of pairs)", "derajat bebas (atau jumlah pasangan)"
		}
		if pZero {
			c.Verdict = ReportingError
			c.Recomputed = fmt.Sprintf("p < %s", fmtDec(0.5*math.Pow(10, -float64(p.Decimals)), p.Decimals+1))
			c.RecomputedIndonesian = fmt.Sprintf("p < %s", fmtDecID(0.5*math.Pow(10, -float64(p.Decimals)), p.Decimals+1))
			bound := fmtDec(math.Pow(10, -float64(max(p.Decimals, 1))), max(p.Decimals, 1))
			c.Explanation = fmt.Sprintf("A p-value is never exactly 0: %q can only mean p < %s and should be written so; checking its value needs %s.", p.Text, strings.TrimPrefix(bound, "0"), need)
			c.ExplanationIndonesian = fmt.Sprintf("Nilai p tidak pernah tepat 0: %q hanya dapat berarti p < %s dan harus ditulis demikian; memeriksa nilainya memerlukan %s.", p.Text, commaDecimal(bound), needID)
			return c, nil
		}
		c.Verdict = NotDerivable
		c.Explanation = fmt.Sprintf("The p-value cannot be recomputed without %s.", need)
		c.ExplanationIndonesian = fmt.Sprintf("Nilai p tidak dapat dihitung ulang tanpa %s.", needID)
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
	altEN, altID := altWords(o.Alternative)
	dfs, dfsID := fmtG(df), fmtGID(df)
	tPrinted := strings.TrimSpace(strings.TrimLeft(t.Text, "<>="))
	c.Claim = fmt.Sprintf("%s for t(%s) %s %s", c.Reported, dfs, tc, tPrinted)
	c.ClaimIndonesian = fmt.Sprintf("%s untuk t(%s) %s %s", c.Reported, dfsID, tc, tPrinted)
	h := t.HalfUnit()
	c.Recomputed = fmt.Sprintf("p = %s (%s, t(%s) = %s); t in [%s, %s] gives p in [%s, %s]",
		fmtG(computed), altEN, dfs, fmtDec(t.Value, t.Decimals),
		fmtDec(t.Value-h, t.Decimals+1), fmtDec(t.Value+h, t.Decimals+1), fmtG(pLow), fmtG(pHigh))
	c.RecomputedIndonesian = fmt.Sprintf("p = %s (%s, t(%s) = %s); t dalam %s menghasilkan p dalam %s",
		fmtGID(computed), altID, dfsID, fmtDecID(t.Value, t.Decimals),
		intervalID(fmtDecID(t.Value-h, t.Decimals+1), fmtDecID(t.Value+h, t.Decimals+1)), intervalID(fmtGID(pLow), fmtGID(pHigh)))

	rep, pc := p.Value, p.Comparison
	if pc == "ns" {
		rep, pc = alpha, ">"
	}
	eqSig := !o.PEqualAlphaNotSig
	isErr := pZero || errorTest(rep, pc, p.Decimals, tc, pLow, pHigh)
	if !isErr {
		c.Verdict = Consistent
		c.Explanation = fmt.Sprintf("The reported %s agrees with the %s p = %s recomputed from t(%s) = %s within the rounding of the printed numbers.", c.Reported, altEN, fmtG(computed), dfs, t.Text)
		c.ExplanationIndonesian = fmt.Sprintf("Nilai %s yang dilaporkan sesuai dengan p %s = %s yang dihitung ulang dari t(%s) = %s dalam batas pembulatan angka yang dicetak.", c.Reported, altID, fmtGID(computed), dfsID, t.Text)
		return c, nil
	}
	if pZero {
		bound := 0.5 * math.Pow(10, -float64(p.Decimals))
		if !errorTest(bound, "<", p.Decimals+1, tc, pLow, pHigh) {
			unit := fmtDec(math.Pow(10, -float64(max(p.Decimals, 1))), max(p.Decimals, 1))
			c.Verdict = ReportingError
			// APA 7 drops the leading zero of a p-value; Indonesian
			// writes the decimal comma.
			c.Explanation = fmt.Sprintf("A p-value is never exactly 0: the recomputed %s p = %s rounds to %s, so it should be reported as p < %s.", altEN, fmtG(computed), p.Text, strings.TrimPrefix(unit, "0"))
			c.ExplanationIndonesian = fmt.Sprintf("Nilai p tidak pernah tepat 0: p %s yang dihitung ulang = %s dibulatkan menjadi %s, sehingga seharusnya dilaporkan sebagai p < %s.", altID, fmtGID(computed), p.Text, commaDecimal(unit))
			return c, nil
		}
	}
	if decisionErrorTest(rep, computed, pc, tc, alpha, eqSig) {
		c.Verdict = DecisionError
		sig := "significant"
		sigID := "signifikan"
		if computed > alpha || !eqSig && computed >= alpha {
			sig, sigID = "not significant", "tidak signifikan"
		}
		c.Explanation = fmt.Sprintf("The recomputed %s p = %s is %s at alpha = %s, so the reported %s reverses the conclusion.", altEN, fmtG(computed), sig, fmtG(alpha), c.Reported)
		c.ExplanationIndonesian = fmt.Sprintf("Nilai p %s yang dihitung ulang = %s %s pada alpha = %s, sehingga %s yang dilaporkan membalik kesimpulan.", altID, fmtGID(computed), sigID, fmtGID(alpha), c.Reported)
		return c, nil
	}
	c.Verdict = Inconsistent
	c.Explanation = fmt.Sprintf("The reported %s cannot come from t(%s) = %s: the rounding of t allows only %s p between %s and %s.", c.Reported, dfs, t.Text, altEN, fmtG(pLow), fmtG(pHigh))
	c.ExplanationIndonesian = fmt.Sprintf("Nilai %s yang dilaporkan tidak mungkin berasal dari t(%s) = %s: pembulatan t hanya memungkinkan p %s antara %s dan %s.", c.Reported, dfsID, t.Text, altID, fmtGID(pLow), fmtGID(pHigh))
	return c, nil
}
