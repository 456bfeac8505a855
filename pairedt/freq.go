package pairedt

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxLevels is the largest number of declared levels that Frequencies,
// CrossTabulate, NewCrossTable and Score accept; more give ErrLevels, so a
// mistaken column (free text, identifiers) does not become a huge table.
const MaxLevels = 100

// FreqOptions says which category values count as missing.
type FreqOptions struct {
	// Missing lists the values treated as missing (SPSS "System missing" or
	// user-missing codes). Values are compared exactly: no trimming, no case
	// folding. nil means []string{""}: an empty cell is missing. An empty
	// non-nil slice means that no value is missing (an empty string is then
	// an unknown level unless it is declared).
	Missing []string
}

// missingList returns the effective missing markers.
func (o FreqOptions) missingList() []string {
	if o.Missing == nil {
		return []string{""}
	}
	return o.Missing
}

// freqIndex finds the level of a value: a linear scan for a few levels
// (faster than hashing each value), a map for many.
type freqIndex struct {
	levels  []string
	byName  map[string]int // nil when levels are few
	missing []string
	isMiss  map[string]bool // nil when missing markers are few
}

// freqLinear is the number of levels (or missing markers) up to which
// freqIndex scans instead of hashing.
const freqLinear = 8

const (
	freqMissing = -1 // lookup result: a missing marker
	freqUnknown = -2 // lookup result: neither a level nor missing
)

// lookup returns the index of v among the levels, freqMissing or
// freqUnknown.
func (x *freqIndex) lookup(v string) int {
	if x.byName == nil {
		for i, l := range x.levels {
			if v == l {
				return i
			}
		}
	} else if i, ok := x.byName[v]; ok {
		return i
	}
	if x.isMiss == nil {
		for _, m := range x.missing {
			if v == m {
				return freqMissing
			}
		}
	} else if x.isMiss[v] {
		return freqMissing
	}
	return freqUnknown
}

// FreqTable is a frequency table in the layout of SPSS FREQUENCIES: one row
// per declared level, in the declared order, including levels with count 0,
// followed by the missing values and the total.
//
// All percentages are exact (unrounded) floats in [0, 100]; use RoundPercents
// to display them so that they still add up to 100.
type FreqTable struct {
	// Levels are the declared levels (row labels) in order.
	Levels []string `json:"levels"`
	// Counts[i] is the number of values equal to Levels[i].
	Counts []int `json:"counts"`
	// Percent[i] is 100 Counts[i] / N: the percentage of all values,
	// missing ones included (SPSS "Percent").
	Percent []float64 `json:"percent"`
	// ValidPercent[i] is 100 Counts[i] / NValid: the percentage of the
	// non-missing values (SPSS "Valid Percent").
	ValidPercent []float64 `json:"valid_percent"`
	// CumulativePercent[i] is 100 (Counts[0] + ... + Counts[i]) / NValid,
	// computed from the integer counts so that the last entry is exactly 100
	// (SPSS "Cumulative Percent").
	CumulativePercent []float64 `json:"cumulative_percent"`
	// NValid is the number of non-missing values, the sum of Counts.
	NValid int `json:"n_valid"`
	// NMissing is the number of missing values.
	NMissing int `json:"n_missing"`
	// MissingPercent is 100 NMissing / N (SPSS "Missing ... Percent").
	MissingPercent float64 `json:"missing_percent"`
	// N is the number of values, NValid + NMissing.
	N int `json:"n"`
}

// freqCheckLevels validates declared levels against the missing markers:
// there must be between 1 and MaxLevels of them, no duplicates, and none may
// also be a missing marker. It returns the index used to classify values.
func freqCheckLevels(levels, missing []string) (*freqIndex, error) {
	if len(levels) == 0 {
		return nil, fmt.Errorf("%w: no levels declared", ErrLevels)
	}
	if len(levels) > MaxLevels {
		return nil, fmt.Errorf("%w: %d levels, at most %d are supported", ErrLevels, len(levels), MaxLevels)
	}
	isMiss := make(map[string]bool, len(missing))
	for _, m := range missing {
		isMiss[m] = true
	}
	byName := make(map[string]int, len(levels))
	for i, l := range levels {
		if j, dup := byName[l]; dup {
			return nil, fmt.Errorf("%w: level %s declared twice (positions %d and %d)", ErrLevels, freqQuote(l), j+1, i+1)
		}
		if isMiss[l] {
			return nil, fmt.Errorf("%w: level %s is also a missing-value marker", ErrLevels, freqQuote(l))
		}
		byName[l] = i
	}
	x := &freqIndex{levels: levels, missing: missing}
	if len(levels) > freqLinear {
		x.byName = byName
	}
	if len(missing) > freqLinear {
		x.isMiss = isMiss
	}
	return x, nil
}

// freqQuote quotes a user-supplied value for an error message.
func freqQuote(s string) string { return strconv.Quote(s) }

// Frequencies counts category values against declared levels and returns the
// SPSS FREQUENCIES table:
//
//	Percent[i]           = 100 Counts[i] / N
//	ValidPercent[i]      = 100 Counts[i] / NValid
//	CumulativePercent[i] = 100 (Counts[0] + ... + Counts[i]) / NValid
//
// Every declared level gets a row, also when it never occurs (count 0).
// Values listed in o.Missing (by default the empty string) are counted in
// NMissing. Errors: no levels, duplicate levels, a level that is also a
// missing marker or more than MaxLevels levels (ErrLevels); a value that is
// neither a level nor missing (ErrUnknownLevel, naming the value and its
// 1-based row); no values or no valid value (ErrTooFew), because the valid
// percentages are then undefined.
func Frequencies(values, levels []string, o FreqOptions) (FreqTable, error) {
	index, err := freqCheckLevels(levels, o.missingList())
	if err != nil {
		return FreqTable{}, err
	}
	counts := make([]int, len(levels))
	nMissing := 0
	for r, v := range values {
		switch i := index.lookup(v); i {
		case freqMissing:
			nMissing++
			continue
		case freqUnknown:
		default:
			counts[i]++
			continue
		}
		return FreqTable{}, fmt.Errorf("%w: value %s in row %d is not one of the %d levels", ErrUnknownLevel, freqQuote(v), r+1, len(levels))
	}
	return FrequenciesFromCounts(levels, counts, nMissing)
}

// FrequenciesFromCounts builds the table of Frequencies from counts that are
// already tabulated, as an article publishes them (for the article's
// pretest: levels "not out", "out, not smooth", "smooth", counts 17, 6, 0,
// missing 0). Errors: invalid levels (ErrLevels), len(counts) != len(levels)
// (ErrLength), a negative count or a total that overflows int (ErrTable),
// no valid value (ErrTooFew).
func FrequenciesFromCounts(levels []string, counts []int, missing int) (FreqTable, error) {
	if _, err := freqCheckLevels(levels, nil); err != nil {
		return FreqTable{}, err
	}
	if len(counts) != len(levels) {
		return FreqTable{}, fmt.Errorf("%w: %d counts for %d levels", ErrLength, len(counts), len(levels))
	}
	if missing < 0 {
		return FreqTable{}, fmt.Errorf("%w: negative missing count %d", ErrTable, missing)
	}
	nValid := 0
	for i, c := range counts {
		if c < 0 {
			return FreqTable{}, fmt.Errorf("%w: negative count %d for level %s", ErrTable, c, freqQuote(levels[i]))
		}
		if nValid > math.MaxInt-c {
			return FreqTable{}, fmt.Errorf("%w: total count overflows", ErrTable)
		}
		nValid += c
	}
	if nValid > math.MaxInt-missing {
		return FreqTable{}, fmt.Errorf("%w: total count overflows", ErrTable)
	}
	n := nValid + missing
	if n == 0 {
		return FreqTable{}, fmt.Errorf("%w: no values", ErrTooFew)
	}
	if nValid == 0 {
		return FreqTable{}, fmt.Errorf("%w: all %d values are missing, valid percentages are undefined", ErrTooFew, n)
	}
	k := len(levels)
	t := FreqTable{
		Levels:            append([]string(nil), levels...),
		Counts:            append([]int(nil), counts...),
		Percent:           make([]float64, k),
		ValidPercent:      make([]float64, k),
		CumulativePercent: make([]float64, k),
		NValid:            nValid,
		NMissing:          missing,
		MissingPercent:    100 * float64(missing) / float64(n),
		N:                 n,
	}
	cum := 0
	for i, c := range counts {
		cum += c
		t.Percent[i] = 100 * float64(c) / float64(n)
		t.ValidPercent[i] = 100 * float64(c) / float64(nValid)
		t.CumulativePercent[i] = 100 * float64(cum) / float64(nValid)
	}
	return t, nil
}

// roundSnap is how far a scaled percentage u may lie from an integer and
// still be taken as that integer: 1e-9, or 4 ulp of u when that is larger
// (the rounding error of a percentage computed from counts, times 10^d).
func roundSnap(u float64) float64 {
	u = math.Abs(u)
	return math.Max(1e-9, 4*(math.Nextafter(u, math.Inf(1))-u))
}

// maxRoundDecimals bounds the decimals of RoundPercents so that 100 10^d
// stays an exact integer in a float64.
const maxRoundDecimals = 12

// RoundPercents rounds percentages to d = decimals places so that they still
// add up to their rounded total (100 for the parts of a whole), by the largest
// remainder (Hamilton) method:
//
//	u_i = p_i 10^d,  total = round(sum_i u_i),  r_i = floor(u_i)
//	add 1 to the r_i with the largest u_i - r_i until sum r_i = total
//	result_i = r_i / 10^d
//
// Remainders are compared rounded to 9 decimals; among equal ones the earlier
// index gains a unit first (the later one loses first). A u_i within 1e-9 (or 4
// ulp) of an integer is that integer, so 28.999999999999996 is 29.00 at d = 2.
// d is clamped to [0, 12]. If any p_i is negative, NaN, infinite or has
// p_i 10^d >= 2^52, each value is rounded on its own (half away from zero) and
// those large ones are returned unchanged. The result is a new slice, each
// value the float64 nearest a d-place decimal (so %.*f prints it exactly).
// SPSS, and FreqTable.String, round each percentage on its own instead.
func RoundPercents(p []float64, decimals int) []float64 {
	if decimals < 0 {
		decimals = 0
	}
	if decimals > maxRoundDecimals {
		decimals = maxRoundDecimals
	}
	scale := math.Pow(10, float64(decimals))
	out := make([]float64, len(p))
	for _, v := range p {
		if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) || !(v*scale < 1<<52) {
			for i, w := range p {
				out[i] = roundOne(w, scale)
			}
			return out
		}
	}
	type item struct {
		i     int
		units float64 // floor(u_i), an integer
		rem   int64   // remainder in units of 1e-9
	}
	items := make([]item, len(p))
	sum := 0.0
	var floorSum float64
	for i, v := range p {
		u := v * scale
		sum += u
		if r := math.Round(u); math.Abs(u-r) <= roundSnap(u) {
			u = r
		}
		f := math.Floor(u)
		items[i] = item{i: i, units: f, rem: int64(math.Round((u - f) * 1e9))}
		floorSum += f
	}
	total := math.Round(sum)
	diff := int(total - floorSum)
	if diff > 0 {
		sort.SliceStable(items, func(a, b int) bool {
			if items[a].rem != items[b].rem {
				return items[a].rem > items[b].rem
			}
			return items[a].i < items[b].i
		})
		for j := 0; j < diff && len(items) > 0; j++ {
			items[j%len(items)].units++
		}
	} else if diff < 0 {
		sort.SliceStable(items, func(a, b int) bool {
			if items[a].rem != items[b].rem {
				return items[a].rem < items[b].rem
			}
			return items[a].i > items[b].i
		})
		for j, taken := 0, 0; taken < -diff && j < 2*len(items)*(-diff); j++ {
			it := &items[j%len(items)]
			if it.units >= 1 {
				it.units--
				taken++
			}
		}
	}
	for _, it := range items {
		out[it.i] = it.units / scale
	}
	return out
}

// roundOne rounds w to the multiple of 1/scale nearest to it, half away
// from zero. A w with |w scale| >= 2^52 has no digits below 1/scale and is
// returned as it is (w scale could overflow to ±Inf).
func roundOne(w, scale float64) float64 {
	if u := w * scale; math.Abs(u) < 1<<52 {
		return math.Round(u) / scale
	}
	return w
}

// String renders the table as SPSS prints FREQUENCIES, in fixed-width text:
// Frequency, Percent, Valid Percent and Cumulative Percent, each percentage
// rounded to one decimal on its own, a "Valid Total" row, and "Missing" and
// "Total" rows when values are missing. Non-printing characters in labels are
// escaped. A malformed table (slices not one per level) renders as a one-line
// description of the problem.
func (t FreqTable) String() string {
	if err := t.check(); err != nil {
		return "invalid frequency table: " + err.Error() + "\n"
	}
	labels := make([]string, len(t.Levels))
	for i, l := range t.Levels {
		labels[i] = freqLabel(l)
	}
	w := len("Total")
	if t.NMissing > 0 {
		w = max(w, len("System"))
	}
	for _, l := range labels {
		w = max(w, utf8.RuneCountInString(l))
	}
	first := "Valid"
	if t.NMissing > 0 {
		first = "Missing"
	}
	fw := len(first)
	var b strings.Builder
	row := func(group, label, freq, pct, valid, cum string) {
		line := fmt.Sprintf("%s %s %9s %7s %13s %18s", freqPad(group, fw), freqPad(label, w), freq, pct, valid, cum)
		b.WriteString(strings.TrimRight(line, " "))
		b.WriteByte('\n')
	}
	row("", "", "Frequency", "Percent", "Valid Percent", "Cumulative Percent")
	pct := func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
	for i := range t.Levels {
		group := ""
		if i == 0 {
			group = "Valid"
		}
		row(group, labels[i], strconv.Itoa(t.Counts[i]), pct(t.Percent[i]), pct(t.ValidPercent[i]), pct(t.CumulativePercent[i]))
	}
	validPct := 100 * float64(t.NValid) / float64(max(t.N, 1))
	row("", "Total", strconv.Itoa(t.NValid), pct(validPct), pct(100), "")
	if t.NMissing > 0 {
		row("Missing", "System", strconv.Itoa(t.NMissing), pct(t.MissingPercent), "", "")
		row("Total", "", strconv.Itoa(t.N), pct(100), "", "")
	}
	return b.String()
}

// check verifies that every per-level slice of t has one entry per level,
// so that String never indexes out of range.
func (t FreqTable) check() error {
	k := len(t.Levels)
	for _, s := range []struct {
		name string
		n    int
	}{{"counts", len(t.Counts)}, {"percents", len(t.Percent)}, {"valid percents", len(t.ValidPercent)}, {"cumulative percents", len(t.CumulativePercent)}} {
		if s.n != k {
			return fmt.Errorf("%w: %d %s for %d levels", ErrTable, s.n, s.name, k)
		}
	}
	return nil
}

// freqLabel makes a user-supplied label safe for fixed-width plain text: a
// label with a control, format or otherwise non-printing character (newline,
// tab, escape sequences, bidirectional overrides) is shown Go-quoted, every
// other label as is. The empty label is shown as "".
func freqLabel(s string) string {
	if s == "" {
		return `""`
	}
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			return strconv.QuoteToGraphic(s)
		}
	}
	return s
}

// freqPad pads s with spaces on the right to n runes.
func freqPad(s string, n int) string {
	if c := utf8.RuneCountInString(s); c < n {
		return s + strings.Repeat(" ", n-c)
	}
	return s
}
