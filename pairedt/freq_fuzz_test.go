package pairedt

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// freqSplit turns a fuzz string into a list: fields separated by '|'.
func freqSplit(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// FuzzFrequencies feeds arbitrary values, levels and missing markers
// ('|'-separated) to Frequencies: it must either return an error wrapping a
// sentinel or a table whose counts add up, whose percentages sum to 100 and
// whose String and RoundPercents do not panic.
func FuzzFrequencies(f *testing.F) {
	f.Add("not out|not out|out, not smooth", "not out|out, not smooth|smooth", "", false)
	f.Add("a||b|99|a", "a|b|c", "|99", true)
	f.Add("a|b|c", "a|b", "", false)
	f.Add("", "a", "", false)
	f.Add("x\n|\x1b[31m|x\n", "x\n|\x1b[31m", "", false)
	f.Fuzz(func(t *testing.T, values, levels, missing string, useMissing bool) {
		o := FreqOptions{}
		if useMissing {
			o.Missing = freqSplit(missing)
			if o.Missing == nil {
				o.Missing = []string{}
			}
		}
		v, l := freqSplit(values), freqSplit(levels)
		ft, err := Frequencies(v, l, o)
		if err != nil {
			if !errors.Is(err, ErrLevels) && !errors.Is(err, ErrUnknownLevel) && !errors.Is(err, ErrTooFew) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		if ft.N != len(v) || ft.NValid+ft.NMissing != ft.N || ft.NValid == 0 {
			t.Fatalf("counts do not add up: %+v for %d values", ft, len(v))
		}
		sum, sumValid, nValid := ft.MissingPercent, 0.0, 0
		for i := range ft.Levels {
			sum += ft.Percent[i]
			sumValid += ft.ValidPercent[i]
			nValid += ft.Counts[i]
		}
		if nValid != ft.NValid || math.Abs(sum-100) > 1e-9 || math.Abs(sumValid-100) > 1e-9 || ft.CumulativePercent[len(l)-1] != 100 {
			t.Fatalf("percentages do not sum to 100: %+v", ft)
		}
		units := 0.0
		for _, r := range RoundPercents(ft.ValidPercent, 1) {
			units += math.Round(r * 10)
		}
		if units != 1000 {
			t.Fatalf("RoundPercents(%v, 1) sums to %v tenths", ft.ValidPercent, units)
		}
		s := ft.String()
		if strings.Count(s, "\n") < len(l)+2 {
			t.Fatalf("String has too few lines:\n%s", s)
		}
		for _, r := range s {
			if r != '\n' && r < ' ' {
				t.Fatalf("String contains control character %q:\n%s", r, s)
			}
		}
	})
}

// FuzzRoundPercents: whatever the input, RoundPercents returns one value per
// input without panicking, and for non-negative finite input the rounded
// values move by less than one unit each (two when the total needs more
// units than there are values) and add up to the rounded total.
func FuzzRoundPercents(f *testing.F) {
	f.Add(100.0/3, 100.0/3, 100.0/3, 1)
	f.Add(73.9130434782608, 26.0869565217391, 0.0, 1)
	f.Add(-1.0, math.NaN(), math.Inf(1), 2)
	f.Add(1e300, 1e300, 0.0, 15)
	f.Fuzz(func(t *testing.T, a, b, c float64, d int) {
		p := []float64{a, b, c}
		r := RoundPercents(p, d)
		if len(r) != 3 {
			t.Fatalf("%d values for 3", len(r))
		}
		for _, v := range p {
			if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) || v > 1e6 {
				return
			}
		}
		d = max(0, min(d, maxRoundDecimals))
		scale := math.Pow(10, float64(d))
		if a*scale+b*scale+c*scale > 1e12 {
			return // beyond exact float integers
		}
		units, total := 0.0, math.Round(a*scale+b*scale+c*scale)
		for i, v := range r {
			units += math.Round(v * scale)
			if math.Abs(v-p[i])*scale > 1.001 {
				t.Fatalf("RoundPercents(%v, %d) = %v moves %v too far", p, d, r, p[i])
			}
		}
		if math.Abs(units-total) > 1 {
			t.Fatalf("RoundPercents(%v, %d) = %v: %v units, total %v", p, d, r, units, total)
		}
	})
}
