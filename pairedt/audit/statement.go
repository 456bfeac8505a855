package audit

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Statement is a reported test result as read by ParseStatement. Absent
// parts are nil.
type Statement struct {
	// Text is the statement as given.
	Text string `json:"text"`
	// T is the t statistic as printed.
	T *Number `json:"t,omitempty"`
	// DF is the degrees of freedom, from "t(22)" or "df = 22".
	DF *float64 `json:"df,omitempty"`
	// N is a sample size written in the statement ("n = 23").
	N *int `json:"n,omitempty"`
	// P is the p-value as printed, with its comparison ("<" in "p < .001").
	P *Number `json:"p,omitempty"`
	// Alpha is a significance level written in the statement
	// ("alpha 0,05", "taraf signifikan 0.05").
	Alpha *Number `json:"alpha,omitempty"`
	// OneTailed is true when the text says the test was one-tailed
	// ("one-tailed", "one-sided", "satu arah", "1-tailed").
	OneTailed bool `json:"one_tailed,omitempty"`
}

const numPat = `([-+]?\s?(?:\d+(?:[.,]\d+)*|[.,]\d+))`

var (
	reT     = regexp.MustCompile(`(?:^|[^\pL\pN_])t\s*(?:\(\s*(?:df\s*=\s*)?(\d+(?:[.,]\d+)?)\s*\))?\s*(?:-?\s*(?:value|hitung|stat(?:istic)?)\s*)?(of|sebesar|adalah|is|=|:|<=|>=|<|>)\s*` + numPat)
	reP     = regexp.MustCompile(`(?:^|[^\pL\pN_])(?:p(?:\s*-?\s*value)?|sig\.?|signifi\pL*|prob\pL*|nilai\s+p)\s*(?:\(\s*[12]\s*-\s*(?:tailed|sided)\s*\))?\s*(?:of|sebesar|adalah|is|:)?\s*(<=|>=|<|>|=)?\s*(` + `[-+]?\s?(?:\d+(?:[.,]\d+)*|[.,]\d+)|n\.?\s?s\.?)`)
	reAlpha = regexp.MustCompile(`(?:alpha|α|taraf\s+(?:signifikan\pL*|kesalahan|nyata)|significance\s+level|level\s+of\s+significance|significance\s+of)\s*(?:of|sebesar|adalah|is|=|:)?\s*` + numPat)
	reDF    = regexp.MustCompile(`(?:^|[^\pL\pN_])(?:df|db|dk)\s*[=:]\s*(\d+(?:[.,]\d+)?)`)
	reN     = regexp.MustCompile(`(?:^|[^\pL\pN_])n\s*[=:]\s*(\d+)`)
	reNS    = regexp.MustCompile(`(?:^|[^\pL\pN_])n\.?\s?s\.?(?:$|[^\pL\pN_])`)
	reOne   = regexp.MustCompile(`one[-\s]?(?:tailed|sided)|1[-\s]?(?:tailed|sided)|satu\s+(?:arah|sisi)|directional`)
)

// ParseStatement reads a reported t-test result in the forms people write:
//
//	APA:         t(22) = -28.47, p < .001        t(22) = 2.10, p = .047
//	SPSS:        t = -28.471, Sig. (2-tailed) = .000, df = 22
//	Indonesian:  nilai t:-28,471 dan probabilitasnya sebesar 0,000
//	             t hitung = 2,31; p = 0,03; alpha 0,05
//
// with decimal points or commas, the Unicode minus sign (U+2212) or an en
// dash (U+2013) for minus, any letter case, and p spelled p, p-value, Sig.,
// signifikansi, probabilitas (also the misspelling "probalitas") or
// probability. "n.s." is read as a p-value with comparison "ns". A
// significance level ("alpha 0,05", "taraf signifikan 0.05") is read into
// Alpha and never mistaken for p. The first t and the first p are taken.
//
// A statement with neither a t statistic nor a p-value is an error wrapping
// ErrUnparsable that quotes the text (its first 200 bytes when longer).
func ParseStatement(s string) (Statement, error) {
	st := Statement{Text: s}
	norm := strings.ToLower(normalizeDashes(s))
	// Read and blank the significance level first, so that
	// "taraf signifikan 0.05" is not taken for a p-value.
	if m := reAlpha.FindStringSubmatchIndex(norm); m != nil {
		if n, err := ParseNumber(norm[m[2]:m[3]]); err == nil {
			st.Alpha = &n
		}
		norm = norm[:m[0]] + strings.Repeat(" ", m[1]-m[0]) + norm[m[1]:]
	}
	if m := reT.FindStringSubmatch(norm); m != nil {
		n, err := ParseNumber(m[3])
		if err != nil {
			return st, fmt.Errorf("%w statement %s: t value %s", ErrUnparsable, quoteClip(s), quoteClip(m[3]))
		}
		switch m[2] {
		case "<", ">", "<=", ">=":
			n.Comparison = m[2]
		}
		st.T = &n
		if m[1] != "" {
			df, err := ParseNumber(m[1])
			if err != nil || !(df.Value > 0) {
				return st, fmt.Errorf("%w statement %s: degrees of freedom %s", ErrUnparsable, quoteClip(s), quoteClip(m[1]))
			}
			st.DF = &df.Value
		}
	}
	if st.DF == nil {
		if m := reDF.FindStringSubmatch(norm); m != nil {
			df, err := ParseNumber(m[1])
			if err != nil || !(df.Value > 0) {
				return st, fmt.Errorf("%w statement %s: degrees of freedom %s", ErrUnparsable, quoteClip(s), quoteClip(m[1]))
			}
			st.DF = &df.Value
		}
	}
	if m := reN.FindStringSubmatch(norm); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil && n > 0 {
			st.N = &n
		}
	}
	if m := reP.FindStringSubmatch(norm); m != nil {
		n, err := ParseNumber(m[2])
		if err != nil {
			return st, fmt.Errorf("%w statement %s: p-value %s", ErrUnparsable, quoteClip(s), quoteClip(m[2]))
		}
		if n.Comparison != "ns" {
			if m[1] != "" {
				n.Comparison = m[1]
			}
			if n.Value < 0 || n.Value > 1 {
				return st, fmt.Errorf("%w statement %s: p-value %s outside [0, 1]", ErrUnparsable, quoteClip(s), quoteClip(m[2]))
			}
		}
		st.P = &n
	}
	if st.P == nil && st.T != nil && reNS.MatchString(norm) {
		st.P = &Number{Text: "ns", Value: math.NaN(), Comparison: "ns"}
	}
	st.OneTailed = reOne.MatchString(norm)
	if st.T == nil && st.P == nil {
		return st, fmt.Errorf("%w statement %s: no t statistic and no p-value found", ErrUnparsable, quoteClip(s))
	}
	return st, nil
}

// quoteClip quotes s as %q does; text longer than 200 bytes is cut at a
// rune boundary and its length given, so that an error quoting a
// pathological input stays readable (a 1 MB statement was quoted whole).
func quoteClip(s string) string {
	const max = 200
	if len(s) <= max {
		return strconv.Quote(s)
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s... (%d bytes)", strconv.Quote(s[:cut]), len(s))
}
