package audit

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/internal/i18n"
)

// Sentinel errors of this package. Every error it returns wraps one of these
// (or one of package pairedt's) so that callers can match it with errors.Is;
// the wrapping message carries the detail, including the text it could not
// read.
var (
	// ErrUnparsable: a statement or printed number that the parser cannot
	// read. The message quotes the text.
	ErrUnparsable = errors.New("audit: cannot read")
	// ErrClaims: a claims file that is not valid JSON or whose claims are
	// malformed (negative counts, unknown group, missing n, ...).
	ErrClaims = errors.New("audit: invalid claims")
	// ErrMargins: before and after counts that cannot be margins of one
	// paired table (different lengths or totals, negative counts, fewer
	// than 2 pairs, more levels than supported).
	ErrMargins = errors.New("audit: invalid margins")
	// ErrTooLarge: an exact enumeration that would exceed the documented
	// size limit.
	ErrTooLarge = errors.New("audit: problem too large for exact enumeration")
)

// Number is a number as it was printed: the text, its value, the number of
// decimals printed and the comparison written before it ("=", "<", ">",
// "<=", ">="; "ns" for "n.s."). The decimals set the rounding interval that
// the printed value stands for: a value printed with d decimals stands for
// the interval [Value - h, Value + h] with h = 0.5 * 10^-d.
type Number struct {
	Text       string  `json:"text"`
	Value      float64 `json:"value"`
	Decimals   int     `json:"decimals"`
	Comparison string  `json:"comparison"`
}

// HalfUnit returns half a unit in the last printed decimal,
//
//	h = 0.5 * 10^-Decimals.
func (n Number) HalfUnit() float64 { return 0.5 * math.Pow(10, -float64(n.Decimals)) }

// normalizeDashes replaces the Unicode minus sign (U+2212), en dash (U+2013),
// em dash (U+2014), figure dash (U+2012) and the "less-than or equal"
// variants by their ASCII forms, and non-breaking spaces by spaces.
func normalizeDashes(s string) string { return dashReplacer.Replace(s) }

// dashReplacer is built once: building a Replacer per call made
// ParseNumber allocate its tables for every number read.
var dashReplacer = strings.NewReplacer(
	"\u2212", "-", "\u2013", "-", "\u2014", "-", "\u2012", "-", "\u2010", "-", "\u2011", "-",
	"\u2264", "<=", "\u2265", ">=", "\u00a0", " ", "\u202f", " ", "\u2009", " ",
	"\uff1c", "<", "\uff1e", ">", "\uff1d", "=",
)

// ParseNumber reads a printed number: an optional comparison ("=", "<", ">",
// "<=", ">="), an optional sign (ASCII hyphen, Unicode minus U+2212, en dash
// U+2013), digits with a decimal point or a decimal comma ("0,000" is
// Indonesian/European for 0.000), and an optional leading zero (".001").
// When both separators occur, the last one is the decimal separator and the
// other groups thousands ("1.234,5", "1,234.5"); a single kind occurring more
// than once groups thousands ("1.234.567"). "ns" and "n.s." give Comparison
// "ns" and a NaN value. Anything else is an error wrapping ErrUnparsable.
func ParseNumber(s string) (Number, error) {
	orig := s
	t := strings.TrimSpace(normalizeDashes(s))
	low := strings.ToLower(t)
	if low == "ns" || low == "n.s." || low == "n.s" {
		return Number{Text: orig, Value: math.NaN(), Comparison: "ns"}, nil
	}
	cmp := "="
	for _, c := range []string{"<=", ">=", "=", "<", ">"} {
		if strings.HasPrefix(t, c) {
			cmp = c
			t = strings.TrimSpace(t[len(c):])
			break
		}
	}
	sign := ""
	if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") {
		sign = t[:1]
		t = strings.TrimSpace(t[1:])
	}
	if t == "" {
		return Number{}, fmt.Errorf("%w number %q: no digits", ErrUnparsable, orig)
	}
	for _, r := range t {
		if !(r >= '0' && r <= '9' || r == '.' || r == ',') {
			return Number{}, fmt.Errorf("%w number %q: unexpected %q", ErrUnparsable, orig, r)
		}
	}
	dots, commas := strings.Count(t, "."), strings.Count(t, ",")
	var intPart, frac string
	switch {
	case dots > 0 && commas > 0:
		dec := "."
		if strings.LastIndex(t, ",") > strings.LastIndex(t, ".") {
			dec = ","
		}
		if strings.Count(t, dec) != 1 {
			return Number{}, fmt.Errorf("%w number %q: ambiguous separators", ErrUnparsable, orig)
		}
		i := strings.LastIndex(t, dec)
		intPart, frac = t[:i], t[i+1:]
		grp := ","
		if dec == "," {
			grp = "."
		}
		intPart = strings.ReplaceAll(intPart, grp, "")
	case dots+commas == 1:
		i := strings.IndexAny(t, ".,")
		intPart, frac = t[:i], t[i+1:]
	case dots+commas > 1:
		// Thousands grouping only: every group after the first has 3 digits.
		sep := "."
		if commas > 0 {
			sep = ","
		}
		parts := strings.Split(t, sep)
		for _, p := range parts[1:] {
			if len(p) != 3 {
				return Number{}, fmt.Errorf("%w number %q: ambiguous separators", ErrUnparsable, orig)
			}
		}
		intPart = strings.Join(parts, "")
	default:
		intPart = t
	}
	if strings.ContainsAny(intPart, ".,") || strings.ContainsAny(frac, ".,") || intPart == "" && frac == "" {
		return Number{}, fmt.Errorf("%w number %q", ErrUnparsable, orig)
	}
	if (dots+commas == 1 || dots > 0 && commas > 0) && frac == "" {
		return Number{}, fmt.Errorf("%w number %q: separator without decimals", ErrUnparsable, orig)
	}
	if intPart == "" {
		intPart = "0"
	}
	canon := sign + intPart
	if frac != "" {
		canon += "." + frac
	}
	v, err := strconv.ParseFloat(canon, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return Number{}, fmt.Errorf("%w number %q: out of range", ErrUnparsable, orig)
	}
	return Number{Text: orig, Value: v, Decimals: len(frac), Comparison: cmp}, nil
}

// roundHalfUp and roundHalfDown round x to d decimals, resolving exact
// halves up or down (scrutiny's "up" and "down"). A dust of 1e-9 on the
// scaled value absorbs binary representation error (1.005*100 is
// 100.49999999999999 in binary), as scrutiny's dustify does.
func roundHalfUp(x float64, d int) float64 {
	p := math.Pow(10, float64(d))
	y := x * p
	return math.Floor(y+0.5+1e-9) / p
}

func roundHalfDown(x float64, d int) float64 {
	p := math.Pow(10, float64(d))
	y := x * p
	return math.Ceil(y-0.5-1e-9) / p
}

// roundR rounds x to d decimals, half away from zero (what statcheck's
// round() does in practice for the p-values it meets; see doc.go).
func roundR(x float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(x*p) / p
}

// fmtDec formats x with d decimals using a decimal point (the catalog's
// English number format, i18n.Lang.Dec).
func fmtDec(x float64, d int) string { return i18n.English.Dec(x, d) }

// near reports whether a and b agree within the tolerance scrutiny uses,
// sqrt(machine epsilon).
func near(a, b float64) bool { return math.Abs(a-b) <= 1.4901161193847656e-08 }
