package audit

import (
	"fmt"
	"math"
	"strings"
)

// GRIM reports whether a mean printed as x (a string, so that trailing zeros
// keep their meaning: "5.00" has 2 decimals) can be the mean of n integer
// observations, each the sum of items integer items (Brown & Heathers 2017,
// "The GRIM test"). With percent, x is a percentage of n (so "17,4" with
// n = 23 asks whether some count k gives 100 k / 23 = 17.4 at 1 decimal).
//
// It follows scrutiny's grim() with its defaults (rounding = "up_or_down",
// threshold = 5, tolerance = sqrt(machine epsilon); lhdjung/scrutiny
// R/grim.R): with d decimals (d + 2 for a percentage, after dividing by 100)
// and N = n items, the sums floor(x N) and ceiling(x N) are divided by N,
// rounded to d decimals with halves both up and down, and x is consistent
// when any of these equals x. When N exceeds 10^d every printed x is
// consistent; GRIM cannot test it.
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
	c := Check{Kind: KindGRIM, Claim: fmt.Sprintf("mean %s with n = %d", x, n), Reported: x, Source: source,
		ClaimIndonesian: fmt.Sprintf("rata-rata %s dengan n = %d", x, n), ReportedIndonesian: x}
	c.Recomputed = fmt.Sprintf("nearest possible means %s and %s (sums %v and %v over %v)",
		fmtDec(lo, num.Decimals+2), fmtDec(hi, num.Decimals+2), math.Floor(num.Value*N), math.Ceil(num.Value*N), N)
	// %v of a float64 may print "1.5e+07"; the Indonesian text takes the
	// decimal comma there too.
	v := func(x float64) string { return commaDecimal(fmt.Sprint(x)) }
	c.RecomputedIndonesian = fmt.Sprintf("rata-rata terdekat yang mungkin %s dan %s (jumlah %s dan %s dibagi %s)",
		fmtDecID(lo, num.Decimals+2), fmtDecID(hi, num.Decimals+2), v(math.Floor(num.Value*N)), v(math.Ceil(num.Value*N)), v(N))
	if items > 1 {
		c.Claim = fmt.Sprintf("mean %s with n = %d, %d items", x, n, items)
		c.ClaimIndonesian = fmt.Sprintf("rata-rata %s dengan n = %d, %d butir", x, n, items)
	}
	if ok {
		c.Verdict = Consistent
		c.Explanation = fmt.Sprintf("A mean of %s is possible for %d integer values: a sum of %v over %v rounds to it.", x, n, math.Round(num.Value*N), N)
		c.ExplanationIndonesian = fmt.Sprintf("Rata-rata %s mungkin untuk %d nilai bulat: jumlah %s dibagi %s dibulatkan menjadi nilai itu.", x, n, v(math.Round(num.Value*N)), v(N))
		if N > math.Pow(10, float64(num.Decimals)) {
			c.Explanation = fmt.Sprintf("A mean of %s is possible for %d integer values, but with n above 10^%d GRIM cannot detect an error.", x, n, num.Decimals)
			c.ExplanationIndonesian = fmt.Sprintf("Rata-rata %s mungkin untuk %d nilai bulat, tetapi dengan n di atas 10^%d uji GRIM tidak dapat mendeteksi kesalahan.", x, n, num.Decimals)
		}
		return c, nil
	}
	c.Verdict = Inconsistent
	c.Low, c.High = fptr(lo), fptr(hi)
	c.Explanation = fmt.Sprintf("No %d integer values have a mean that rounds to %s: the nearest possible means are %s and %s (GRIM).", n, x, fmtDec(lo, num.Decimals+2), fmtDec(hi, num.Decimals+2))
	c.ExplanationIndonesian = fmt.Sprintf("Tidak ada %d nilai bulat yang rata-ratanya dibulatkan menjadi %s: rata-rata terdekat yang mungkin adalah %s dan %s (GRIM).", n, x, fmtDecID(lo, num.Decimals+2), fmtDecID(hi, num.Decimals+2))
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
// (halves up or down). A non-empty claim is used as given in both
// languages. Errors wrap ErrUnparsable or ErrClaims.
func CheckPercent(count, n int, pct, claim, source string) (Check, error) {
	return checkPercent(count, n, pct, claim, claim, source)
}

// checkPercent is CheckPercent with the claim in English and in Indonesian
// (both empty: a claim made from the numbers).
func checkPercent(count, n int, pct, claim, claimID, source string) (Check, error) {
	num, err := ParseNumber(strings.TrimSuffix(strings.TrimSpace(pct), "%"))
	if err != nil {
		return Check{}, err
	}
	if n < 1 || count < 0 || count > n {
		return Check{}, fmt.Errorf("%w: percentage of %d out of %d", ErrClaims, count, n)
	}
	p := 100 * float64(count) / float64(n)
	c := Check{Kind: KindPercent, Claim: claim, Reported: pct + "%", Source: source,
		Recomputed:      fmt.Sprintf("%d/%d = %s%%", count, n, fmtDec(p, num.Decimals+2)),
		ClaimIndonesian: claimID, ReportedIndonesian: pct + "%",
		RecomputedIndonesian: fmt.Sprintf("%d/%d = %s%%", count, n, fmtDecID(p, num.Decimals+2))}
	if c.Claim == "" {
		c.Claim = fmt.Sprintf("%s%% = %d of %d", pct, count, n)
	}
	if c.ClaimIndonesian == "" {
		c.ClaimIndonesian = fmt.Sprintf("%s%% = %d dari %d", pct, count, n)
	}
	h := num.HalfUnit()
	c.Low, c.High = fptr(num.Value-h), fptr(num.Value+h)
	if percentOK(count, n, num) {
		c.Verdict = Consistent
		c.Explanation = fmt.Sprintf("%d of %d is %s%%, which rounds to the printed %s%%.", count, n, fmtDec(p, num.Decimals+2), pct)
		c.ExplanationIndonesian = fmt.Sprintf("%d dari %d adalah %s%%, yang dibulatkan menjadi %s%% seperti yang dicetak.", count, n, fmtDecID(p, num.Decimals+2), pct)
		return c, nil
	}
	c.Verdict = Inconsistent
	c.Explanation = fmt.Sprintf("%d of %d is %s%%, which does not round to the printed %s%%.", count, n, fmtDec(p, num.Decimals+2), pct)
	c.ExplanationIndonesian = fmt.Sprintf("%d dari %d adalah %s%%, yang tidak dibulatkan menjadi %s%% seperti yang dicetak.", count, n, fmtDecID(p, num.Decimals+2), pct)
	return c, nil
}
