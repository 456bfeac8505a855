package i18n

import (
	"math"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Report number formats (the audit's plain formats are in number.go).
//
// Digits, decimal separator and grouping come from golang.org/x/text
// (CLDR): "1,234.56" in English, "1.234,56" in Indonesian. Rounding is
// x/text's: half to even on the decimal expansion of the float64 value, so
// 0.125 prints as 0.12 and 0.135 (stored as 0.13500000000000000888) as 0.14,
// the same as R's round() and sprintf() on the same doubles. Around that,
// this file adds what CLDR does not know: the typographic minus sign U+2212
// (CLDR's "-" is hyphen-minus for both locales), no "-0.00", APA's dropped
// leading zero for quantities bounded by 1, the p-value rules, and symbols
// for NaN and infinities.

const minus = "\u2212"

// NumberFormat formats numbers for a report in one language.
type NumberFormat struct {
	lang Lang
	p    *message.Printer
}

// NumberFormat returns the report number format of l (English for any l
// but Indonesian).
func (l Lang) NumberFormat() NumberFormat {
	tag := language.English
	if l == Indonesian {
		tag = language.Indonesian
	}
	return NumberFormat{lang: l, p: message.NewPrinter(tag)}
}

// Num formats x with dec decimals: locale separators, true minus sign, no
// negative zero; NaN prints as an em dash and infinities as ∞ and −∞.
func (f NumberFormat) Num(x float64, dec int) string {
	switch {
	case math.IsNaN(x):
		return "\u2014"
	case math.IsInf(x, 1):
		return "\u221e"
	case math.IsInf(x, -1):
		return minus + "\u221e"
	}
	s := f.p.Sprint(number.Decimal(x, number.Scale(dec)))
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		if strings.Trim(rest, "0.,") == "" {
			return rest // rounds to zero: no "-0.00"
		}
		return minus + rest
	}
	return s
}

// Integer formats a count with the locale's grouping.
func (f NumberFormat) Integer(n int) string { return f.Num(float64(n), 0) }

// Auto formats x without decimals when it is a whole number (a rank sum,
// a count, a df), else with dec decimals.
func (f NumberFormat) Auto(x float64, dec int) string {
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return f.Num(x, 0)
	}
	return f.Num(x, dec)
}

// Bounded formats a quantity that cannot exceed 1 in absolute value (p, r,
// W, a proportion): in English without the leading zero, as APA 7 asks
// (".045", "−.93"); Indonesian keeps it ("0,045").
func (f NumberFormat) Bounded(x float64, dec int) string {
	s := f.Num(x, dec)
	if f.lang == Indonesian {
		return s
	}
	if rest, ok := strings.CutPrefix(s, minus+"0."); ok {
		return minus + "." + rest
	}
	if rest, ok := strings.CutPrefix(s, "0."); ok {
		return "." + rest
	}
	return s
}

// PDecimals is the number of decimals of p-values: always in the tables,
// and in the text unless more are needed to show on which side of alpha p
// lies (the report's comparison with alpha).
const PDecimals = 3

// PValue returns the relation and the value of a p-value: ("<", ".001")
// below .001, (">", ".999") when it would round to 1, else ("=", ".046").
// A p-value is never printed as zero: "0,000" in the article means
// p < .0005, and this function says "< .001" instead.
// NaN gives ("=", "—").
func (f NumberFormat) PValue(p float64) (rel, val string) {
	switch {
	case math.IsNaN(p):
		return "=", "\u2014"
	case p < 0.001:
		return "<", f.Bounded(0.001, PDecimals)
	case p >= 0.9995:
		return ">", f.Bounded(0.999, PDecimals)
	}
	return "=", f.Bounded(p, PDecimals)
}

// PCell is a p-value for a table cell: "< .001", ".046".
func (f NumberFormat) PCell(p float64) string {
	rel, val := f.PValue(p)
	if rel == "=" {
		return val
	}
	return rel + " " + val
}

// Percent formats a percentage (no % sign).
func (f NumberFormat) Percent(x float64, dec int) string { return f.Num(x, dec) }

// Level formats a confidence level 0.95 as "95" (and 0.975 as "97.5").
func (f NumberFormat) Level(cl float64) string {
	v := cl * 100
	for dec := 0; dec <= 4; dec++ {
		if math.Abs(v-math.Round(v*math.Pow(10, float64(dec)))/math.Pow(10, float64(dec))) < 1e-9 {
			return f.Num(v, dec)
		}
	}
	return f.Num(v, 4)
}

// Sep is the separator between two numbers in a list or interval: ", " in
// English, "; " in Indonesian, where the comma is the decimal separator.
func (f NumberFormat) Sep() string {
	if f.lang == Indonesian {
		return "; "
	}
	return ", "
}

// Interval formats [lo, hi].
func (f NumberFormat) Interval(lo, hi float64, dec int) string {
	return "[" + f.Num(lo, dec) + f.Sep() + f.Num(hi, dec) + "]"
}
