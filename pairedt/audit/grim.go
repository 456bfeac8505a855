package audit

import (
	"fmt"
	"math"
	"strings"

	"github.com/pairedt/pairedt/internal/i18n"
)

// GRIM reports whether a mean printed as x (a string, so that "5.00" keeps its
// 2 decimals) can be the mean of n integer observations, each the sum of items
// integer items (Brown and Heathers 2017, "The GRIM test"). With percent, x is a
// percentage of n ("17,4" with n = 23: does some k give 100 k / 23 = 17.4?).
//
// It follows scrutiny's grim() defaults (lhdjung/scrutiny R/grim.R): with d
// decimals (d + 2 for a percentage, divided by 100) and N = n items, x is
// consistent when floor(x N) / N or ceiling(x N) / N, rounded to d decimals
// with halves up or down (tolerance sqrt(machine epsilon)), equals x. When N
// exceeds 10^d every x is consistent: GRIM cannot test it.
//
// Errors wrap ErrUnparsable (x unreadable or with a comparison) or ErrClaims
// (n outside [1, 1e9], items outside [1, 1e6], negative x).
func GRIM(x string, n, items int, percent bool) (bool, error) {
	num, err := ParseNumber(x)
	if err != nil {
		return false, err
	}
	if num.Comparison != "=" || strings.ContainsAny(strings.TrimSpace(x), "<>=") {
		return false, fmt.Errorf("%w mean %q: a comparison cannot be GRIM-tested", ErrUnparsable, x)
	}
	if n < 1 || items < 1 || n > 1e9 || items > 1e6 {
		return false, fmt.Errorf("%w: GRIM needs 1 <= n <= 1e9 and 1 <= items <= 1e6, got n = %d, items = %d", ErrClaims, n, items)
	}
	if num.Value < 0 {
		return false, fmt.Errorf("%w: GRIM needs a non-negative mean, got %q", ErrClaims, x)
	}
	v, d := num.Value, num.Decimals
	if percent {
		v /= 100
		d += 2
	}
	N := float64(n) * float64(items)
	rec := v * N
	for _, sum := range []float64{math.Floor(rec), math.Ceil(rec)} {
		g := sum / N
		if near(roundHalfUp(g, d), v) || near(roundHalfDown(g, d), v) {
			return true, nil
		}
	}
	return false, nil
}

// CheckGRIM returns GRIM's verdict on a mean printed as x for n integer
// observations of items items as a Check (KindGRIM): Consistent or
// Inconsistent with the nearest possible means.
func CheckGRIM(x string, n, items int, source string) (Check, error) {
	ok, err := GRIM(x, n, items, false)
	if err != nil {
		return Check{}, err
	}
	if items == 0 {
		items = 1
	}
	num, _ := ParseNumber(x)
	N := float64(n * items)
	lo := math.Floor(num.Value*N) / N
	hi := math.Ceil(num.Value*N) / N
	c := Check{Kind: KindGRIM, Source: source}
	sumLo, sumHi, sum := math.Floor(num.Value*N), math.Ceil(num.Value*N), math.Round(num.Value*N)
	undetectable := N > math.Pow(10, float64(num.Decimals))
	c.Verdict = Consistent
	if !ok {
		c.Verdict = Inconsistent
		c.Low, c.High = fptr(lo), fptr(hi)
	}
	d := num.Decimals + 2
	c.say(func(l i18n.Lang) Text {
		a := l.Audit()
		// %v of a float64 may print "1.5e+07"; Lang.Sprint writes it with
		// the language's decimal separator.
		t := Text{Claim: fmt.Sprintf(a.GRIMClaim, x, n), Reported: x,
			Recomputed: fmt.Sprintf(a.GRIMRecomputed, l.Dec(lo, d), l.Dec(hi, d), l.Sprint(sumLo), l.Sprint(sumHi), l.Sprint(N))}
		if items > 1 {
			t.Claim = fmt.Sprintf(a.GRIMClaimItems, x, n, items)
		}
		switch {
		case ok && undetectable:
			t.Explanation = fmt.Sprintf(a.GRIMUndetectable, x, n, num.Decimals)
		case ok:
			t.Explanation = fmt.Sprintf(a.GRIMOK, x, n, l.Sprint(sum), l.Sprint(N))
		default:
			t.Explanation = fmt.Sprintf(a.GRIMBad, n, x, l.Dec(lo, d), l.Dec(hi, d))
		}
		return t
	})
	return c, nil
}

// percentOK reports whether count out of n, as a percentage, rounds (halves
// up or down) to the printed value at its decimals.
func percentOK(count, n int, printed Number) bool {
	p := 100 * float64(count) / float64(n)
	return near(roundHalfUp(p, printed.Decimals), printed.Value) || near(roundHalfDown(p, printed.Decimals), printed.Value)
}

// CheckPercent checks a percentage printed as pct against count out of n:
// Consistent when 100 count / n rounds to it at its printed decimals
// (halves up or down). A non-empty claim is used as given in every
// language. Errors wrap ErrUnparsable or ErrClaims.
func CheckPercent(count, n int, pct, claim, source string) (Check, error) {
	var words func(*i18n.AuditWords) string
	if claim != "" {
		words = func(*i18n.AuditWords) string { return claim }
	}
	return checkPercent(count, n, pct, words, source)
}

// checkPercent is CheckPercent with the claim in each language (nil: a
// claim made from the numbers).
func checkPercent(count, n int, pct string, claim func(*i18n.AuditWords) string, source string) (Check, error) {
	num, err := ParseNumber(strings.TrimSuffix(strings.TrimSpace(pct), "%"))
	if err != nil {
		return Check{}, err
	}
	if n < 1 || count < 0 || count > n {
		return Check{}, fmt.Errorf("%w: percentage of %d out of %d", ErrClaims, count, n)
	}
	p := 100 * float64(count) / float64(n)
	c := Check{Kind: KindPercent, Source: source}
	h := num.HalfUnit()
	c.Low, c.High = fptr(num.Value-h), fptr(num.Value+h)
	ok := percentOK(count, n, num)
	c.Verdict = Inconsistent
	if ok {
		c.Verdict = Consistent
	}
	d := num.Decimals + 2
	c.say(func(l i18n.Lang) Text {
		a := l.Audit()
		t := Text{Reported: pct + "%", Recomputed: fmt.Sprintf(a.PercentRatio, count, n, l.Dec(p, d))}
		if claim != nil {
			t.Claim = claim(a)
		} else {
			t.Claim = fmt.Sprintf(a.PercentClaim, pct, count, n)
		}
		if ok {
			t.Explanation = fmt.Sprintf(a.PercentOK, count, n, l.Dec(p, d), pct)
		} else {
			t.Explanation = fmt.Sprintf(a.PercentBad, count, n, l.Dec(p, d), pct)
		}
		return t
	})
	return c, nil
}
