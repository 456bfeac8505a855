package pairedt

import (
	"math"
	"strconv"
	"strings"
)

// formatR formats x as R's format(x, digits = d) does for a single number:
// at most d significant digits, trailing zeros dropped, fixed notation
// unless scientific is narrower (R's formatReal with scipen = 0).
func formatR(x float64, d int) string { return formatRVec([]float64{x}, d)[0] }

// formatRVec formats the numbers as R's format(x, digits = d) formats a
// vector: a common number of decimals (or common scientific notation),
// each right-justified to a common width. Non-finite values print as NaN,
// Inf and -Inf.
func formatRVec(xs []float64, d int) []string {
	var (
		anyFinite         bool
		neg               int // 1 if any finite value is negative
		mxsl, rgt         int // fixed: widest integer part (with sign), most decimals
		mxns              int // scientific: most significant digits
		mxe               int // scientific: widest exponent (2 or 3 digits)
		minWidthNonFinite int
	)
	mxsl = 1
	for _, x := range xs {
		switch {
		case math.IsNaN(x):
			minWidthNonFinite = max(minWidthNonFinite, 3)
			continue
		case math.IsInf(x, 1):
			minWidthNonFinite = max(minWidthNonFinite, 3)
			continue
		case math.IsInf(x, -1):
			minWidthNonFinite = max(minWidthNonFinite, 4)
			continue
		}
		anyFinite = true
		kp, nsig, sgn := sigDigits(x, d)
		if sgn {
			neg = 1
		}
		left := kp + 1
		sleft := max(left, 1)
		if sgn {
			sleft++
		}
		mxsl = max(mxsl, sleft)
		rgt = max(rgt, nsig-kp-1)
		mxns = max(mxns, nsig)
		e := 2
		if kp >= 100 || kp <= -100 {
			e = 3
		}
		mxe = max(mxe, e)
	}
	out := make([]string, len(xs))
	fixed := true
	if anyFinite {
		wF := mxsl
		if rgt > 0 {
			wF += rgt + 1
		}
		wE := neg + 1 + 2 + mxe // sign, digit, "e+", exponent
		if mxns > 1 {
			wE += mxns // point and mxns-1 digits
		}
		fixed = wF <= wE
	}
	w := minWidthNonFinite
	for i, x := range xs {
		var s string
		switch {
		case math.IsNaN(x):
			s = "NaN"
		case math.IsInf(x, 1):
			s = "Inf"
		case math.IsInf(x, -1):
			s = "-Inf"
		case fixed:
			s = strconv.FormatFloat(x, 'f', rgt, 64)
			if x == 0 {
				s = strings.TrimPrefix(s, "-")
			}
		default:
			s = strconv.FormatFloat(x, 'e', max(mxns-1, 0), 64)
		}
		out[i] = s
		w = max(w, len(s))
	}
	for i, s := range out {
		out[i] = strings.Repeat(" ", w-len(s)) + s
	}
	return out
}

// sigDigits returns the decimal exponent of x rounded to d significant
// digits, the number of significant digits needed to show it (trailing
// zeros dropped) and whether x is negative.
func sigDigits(x float64, d int) (kp, nsig int, neg bool) {
	if x == 0 {
		return 0, 1, false
	}
	s := strconv.FormatFloat(math.Abs(x), 'e', d-1, 64) // "D.DDDDe+XX"
	mant, exp, _ := strings.Cut(s, "e")
	kp, _ = strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	digits = strings.TrimRight(digits, "0")
	return kp, max(len(digits), 1), x < 0
}
