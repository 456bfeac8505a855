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

const numPat = `([-+]?\s?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:e[-+]?\d+)?)`

var (
	reT     = regexp.MustCompile(`(?:^|[^\pL\pN_])t\s*(?:\(\s*(?:df\s*=\s*)?(\d+(?:[.,]\d+)*)\s*\))?\s*(?:(?:-?\s*(?:value|hitung|stat(?:istic)?)\s*)(of|sebesar|adalah|is|=|:|<=|>=|<|>)?|(of|sebesar|adalah|is|=|:|<=|>=|<|>))\s*` + numPat)
	reP     = regexp.MustCompile(`(?:^|[^\pL\pN_])(?:p(?:\s*-?\s*value)?|sig\.?|signifi\pL*|prob\pL*|nilai\s+p)\s*(?:\(\s*[12]\s*-\s*(?:tailed|sided)\s*\))?\s*(?:of|sebesar|adalah|is|:)?\s*(<=|>=|<|>|=)?\s*(` + `[-+]?\s?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:e[-+]?\d+)?|n\.?\s?s\.?)`)
	reAlpha = regexp.MustCompile(`(?:alpha|α|taraf\s+(?:signifikan\pL*|kesalahan|nyata)|significance\s+level|level\s+of\s+significance|significance\s+of)\s*(?:of|sebesar|adalah|is|=|:)?\s*` + numPat)
	reDF    = regexp.MustCompile(`(?:^|[^\pL\pN_])(?:df|db|dk)\s*[=:]?\s*(\d+(?:[.,]\d+)?)`)
	reN     = regexp.MustCompile(`(?:^|[^\pL\pN_])n\s*[=:]\s*(\d+)`)
	reNS    = regexp.MustCompile(`(?:^|[^\pL\pN_])n\.?\s?s\.?(?:$|[^\pL\pN_])`)
	// reT2DF is a t with two degrees of freedom, "t(2, 28)": not a t-test.
	reT2DF = regexp.MustCompile(`(?:^|[^\pL\pN_])t\s*\(\s*\d+\s*[,;]\s+\d+\s*\)`)
	reOne  = regexp.MustCompile(`one[-\s]?(?:tailed|sided)|1[-\s]?(?:tailed|sided)|satu\s+(?:arah|sisi)|directional`)
)

// ParseStatement reads a reported t-test result in the forms people write:
//
//	APA:         t(22) = -28.47, p < .001        t(22) = 2.10, p = .047
//	SPSS:        t = -28.471, Sig. (2-tailed) = .000, df = 22
//	Indonesian:  nilai t:-28,471 dan probabilitasnya sebesar 0,000
//	             t hitung = 2,31; p = 0,03; alpha 0,05
//	             t hitung 3,125 dengan df 19 dan sig. 0,004
//	Markdown:    *t*(71) = −2.94, *p* = .004
//
// with decimal points or commas, the Unicode minus sign (U+2212) or an en
// dash (U+2013) for minus, any letter case, Markdown emphasis marks, and p
// spelled p, p-value, Sig., signifikansi, probabilitas (also the
// misspelling "probalitas") or probability; a p in scientific notation
// ("p = .5e-3", "5e-4") is read with the precision of its mantissa. "n.s."
// is read as a p-value with comparison "ns". A significance level ("alpha
// 0,05", "taraf signifikan 0.05") is read into Alpha and never mistaken for
// p. "t(2,28) = 2.20" has two degrees of freedom and is not a t-test: it is
// not read (as statcheck 1.4.0 extracts nothing from it).
//
// ParseStatement reads one result: the first t and the first p after it
// (see ParseStatements for text with several results).
//
// A statement with neither a t statistic nor a p-value is an error wrapping
// ErrUnparsable that quotes the text (its first 200 bytes when longer).
func ParseStatement(s string) (Statement, error) {
	sts, err := ParseStatements(s)
	if err != nil {
		if len(sts) > 0 {
			return sts[0], err
		}
		return Statement{Text: s}, err
	}
	st := sts[0]
	st.Text = s
	return st, nil
}

// ParseStatements reads every t-test result of s, as ParseStatement reads
// one: s is cut before each t statistic (the text before the first one
// belongs to it), and each part is read with its t, degrees of freedom, n
// and p; a significance level and one-tailed wording anywhere in s apply to
// every result. "t(28) = 2.20, p = 0.04; t(15) = 1.98, p < .05" gives two
// statements. Each Statement's Text is its part of s, trimmed of
// separators.
//
// Text without a t statistic is one statement (a p-value alone). Text with
// neither, or whose only t has two degrees of freedom ("t(2,28) = 2.20"), is
// an error wrapping ErrUnparsable quoting the text; so is a part whose
// number cannot be read (the statements before it are returned).
func ParseStatements(s string) ([]Statement, error) {
	nt := normalizeText(s)
	norm := nt.s
	var alpha *Number
	// Read and blank the significance level first, so that
	// "taraf signifikan 0.05" is not taken for a p-value.
	if m := reAlpha.FindStringSubmatchIndex(norm); m != nil {
		if n, err := parsePrinted(norm[m[2]:m[3]]); err == nil {
			alpha = &n
		}
		norm = norm[:m[0]] + strings.Repeat(" ", m[1]-m[0]) + norm[m[1]:]
	}
	one := reOne.MatchString(norm)
	// Cut before each t statistic.
	var cuts []int
	twoDF := false
	for _, m := range reT.FindAllStringSubmatchIndex(norm, -1) {
		if m[2] >= 0 && strings.Contains(norm[m[2]:m[3]], ",") && !isDecimalDF(norm[m[2]:m[3]]) {
			twoDF = true // t(2,28): two degrees of freedom, not a t-test
			continue
		}
		cuts = append(cuts, m[0])
	}
	twoDF = twoDF || reT2DF.MatchString(norm)
	if len(cuts) == 0 && twoDF {
		return nil, fmt.Errorf("%w statement %s: a t statistic with two degrees of freedom is not a t-test", ErrUnparsable, quoteClip(s))
	}
	if len(cuts) == 0 {
		cuts = []int{0}
	}
	cuts[0] = 0
	var out []Statement
	for i, c := range cuts {
		end := len(norm)
		if i+1 < len(cuts) {
			end = cuts[i+1]
		}
		label := strings.TrimSpace(s)
		if len(cuts) > 1 {
			label = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(nt.orig(s, c, end)), ";,"))
		}
		st, err := parsePart(s, norm[c:end], label)
		st.Alpha, st.OneTailed = alpha, one
		if err != nil {
			return out, err
		}
		out = append(out, st)
	}
	return out, nil
}

// isDecimalDF reports whether a t's df with a comma is a decimal df
// (Welch's "27,43") rather than two dfs ("2,28", "2, 28"): one comma
// followed by exactly two digits after a number above 2 is not decidable,
// so only a single comma followed by more than 2 digits or preceded by a
// number of two or more digits counts as decimal.
func isDecimalDF(s string) bool {
	i := strings.IndexByte(s, ',')
	if strings.Count(s, ",") != 1 || strings.Contains(s, ".") {
		return false
	}
	return i >= 2 && len(s)-i-1 <= 2
}

// parsePart reads one result from norm, a normalised part of s.
func parsePart(s, norm, label string) (Statement, error) {
	st := Statement{Text: label}
	if m := reT.FindStringSubmatch(norm); m != nil {
		n, err := ParseNumber(m[4])
		if err != nil {
			return st, fmt.Errorf("%w statement %s: t value %s", ErrUnparsable, quoteClip(s), quoteClip(m[4]))
		}
		cmp := m[2]
		if cmp == "" {
			cmp = m[3]
		}
		switch cmp {
		case "<", ">", "<=", ">=":
			n.Comparison = cmp
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
		n, err := parsePrinted(m[2])
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
	if st.T == nil && st.P == nil {
		return st, fmt.Errorf("%w statement %s: no t statistic and no p-value found", ErrUnparsable, quoteClip(s))
	}
	return st, nil
}

// parsePrinted is ParseNumber that also reads scientific notation
// ("5e-4", ".5e-3", "7,46e-19"): the value is mantissa x 10^exponent and
// the decimals are those the value is printed to (the mantissa's decimals
// minus the exponent, at least 0), so that "5e-4" stands for [0.00045,
// 0.00055].
func parsePrinted(s string) (Number, error) {
	i := strings.LastIndexAny(s, "eE")
	if i < 0 {
		return ParseNumber(s)
	}
	m, err := ParseNumber(s[:i])
	if err != nil {
		return Number{}, err
	}
	e, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(s[i+1:]), "+"))
	if err != nil || e < -300 || e > 300 {
		return Number{}, fmt.Errorf("%w number %q: exponent", ErrUnparsable, s)
	}
	v := m.Value * math.Pow(10, float64(e))
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return Number{}, fmt.Errorf("%w number %q: out of range", ErrUnparsable, s)
	}
	return Number{Text: s, Value: v, Decimals: max(0, m.Decimals-e), Comparison: m.Comparison}, nil
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
