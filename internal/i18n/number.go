package i18n

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Plain number formats: digits from strconv (correctly rounded, half to
// even on the exact binary value), a hyphen-minus, no grouping, and the
// language's decimal separator (a point in English, a comma in
// Indonesian). The audit writes its numbers this way; the report's
// typographic formats (CLDR grouping, U+2212 minus, APA's dropped leading
// zero) are NumberFormat's.

// DecimalSep is the language's decimal separator: "." or ",".
func (l Lang) DecimalSep() string {
	if l == Indonesian {
		return ","
	}
	return "."
}

// ListSep separates two numbers in an interval or list: ", " in English,
// "; " in Indonesian, where the comma is the decimal separator.
func (l Lang) ListSep() string {
	if l == Indonesian {
		return "; "
	}
	return ", "
}

// local turns a number written with a decimal point (and never a grouping
// separator) into the language's form.
func (l Lang) local(s string) string {
	if l == Indonesian {
		return strings.ReplaceAll(s, ".", ",")
	}
	return s
}

// Dec formats x with d decimals: "0.005" in English, "0,005" in Indonesian.
func (l Lang) Dec(x float64, d int) string { return l.local(strconv.FormatFloat(x, 'f', d, 64)) }

// G formats x with 4 significant digits (p-values, t, df): exponent form
// below 1e-4 and from 1e6 ("7.464e-19"), "Inf" and "-Inf" for infinities.
func (l Lang) G(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "Inf"
	case math.IsInf(x, -1):
		return "-Inf"
	}
	a := math.Abs(x)
	if a != 0 && (a < 1e-4 || a >= 1e6) {
		return l.local(strconv.FormatFloat(x, 'e', 3, 64))
	}
	return l.local(strconv.FormatFloat(x, 'g', 5, 64))
}

// Sprint formats x as fmt.Sprint does, with the language's decimal
// separator ("1.5e+07", "2,5").
func (l Lang) Sprint(x float64) string { return l.local(fmt.Sprint(x)) }

// Floats formats v as fmt.Sprint without brackets: "1 2 3", "0 0,5 2,5".
func (l Lang) Floats(v []float64) string { return l.local(strings.Trim(fmt.Sprint(v), "[]")) }

// Interval writes [lo, hi] (English) or [lo; hi] (Indonesian).
func (l Lang) Interval(lo, hi string) string { return "[" + lo + l.ListSep() + hi + "]" }

// Bounded formats a quantity at most 1 with d decimals, in English without
// the leading zero as APA 7 asks (".001"); Indonesian keeps it ("0,001").
func (l Lang) Bounded(x float64, d int) string {
	s := l.Dec(x, d)
	if l == Indonesian {
		return s
	}
	return strings.TrimPrefix(s, "0")
}
