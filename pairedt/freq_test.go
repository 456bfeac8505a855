package pairedt

import (
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// freqArticleLevels are the article's three ordered categories (Bener 2024):
// "ASI belum keluar", "ASI keluar namun belum lancar", "ASI keluar lancar".
var freqArticleLevels = []string{"not out", "out, not smooth", "smooth"}

func freqRepeat(levels []string, counts []int) []string {
	var v []string
	for i, c := range counts {
		for range c {
			v = append(v, levels[i])
		}
	}
	return v
}

// TestFrequenciesArticleLayout checks the SPSS layout of the article's
// pretest table: 17 (73.9%), 6 (26.1%), 0 (0%), as published.
func TestFrequenciesArticleLayout(t *testing.T) {
	ft, err := Frequencies(freqRepeat(freqArticleLevels, []int{17, 6, 0}), freqArticleLevels, FreqOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := `                      Frequency Percent Valid Percent Cumulative Percent
Valid not out                17    73.9          73.9               73.9
      out, not smooth         6    26.1          26.1              100.0
      smooth                  0     0.0           0.0              100.0
      Total                  23   100.0         100.0
`
	if got := ft.String(); got != want {
		t.Errorf("String():\n%s\nwant:\n%s", got, want)
	}
}

func TestFrequenciesMissingLayout(t *testing.T) {
	ft, err := Frequencies([]string{"a", "", "b\nx", "NA", "a"}, []string{"a", "b\nx"}, FreqOptions{Missing: []string{"", "NA"}})
	if err != nil {
		t.Fatal(err)
	}
	want := `               Frequency Percent Valid Percent Cumulative Percent
Valid   a              2    40.0          66.7               66.7
        "b\nx"         1    20.0          33.3              100.0
        Total          3    60.0         100.0
Missing System         2    40.0
Total                  5   100.0
`
	if got := ft.String(); got != want {
		t.Errorf("String():\n%s\nwant:\n%s", got, want)
	}
	if ft.NMissing != 2 || ft.NValid != 3 || ft.N != 5 {
		t.Errorf("n_missing, n_valid, n = %d, %d, %d; want 2, 3, 5", ft.NMissing, ft.NValid, ft.N)
	}
}

func TestFrequenciesMissingOption(t *testing.T) {
	// nil: "" is missing.
	ft, err := Frequencies([]string{"a", ""}, []string{"a"}, FreqOptions{})
	if err != nil || ft.NMissing != 1 {
		t.Fatalf("nil Missing: %+v, %v; want one missing value", ft, err)
	}
	// Empty non-nil: nothing is missing, "" is then an unknown level ...
	if _, err := Frequencies([]string{"a", ""}, []string{"a"}, FreqOptions{Missing: []string{}}); !errors.Is(err, ErrUnknownLevel) {
		t.Errorf("empty Missing: err = %v, want ErrUnknownLevel", err)
	}
	// ... or a level when declared.
	ft, err = Frequencies([]string{"a", ""}, []string{"a", ""}, FreqOptions{Missing: []string{}})
	if err != nil || ft.Counts[1] != 1 || ft.NMissing != 0 {
		t.Errorf("\"\" as a level: %+v, %v", ft, err)
	}
	// Values are compared exactly.
	if _, err := Frequencies([]string{"a", " "}, []string{"a"}, FreqOptions{}); !errors.Is(err, ErrUnknownLevel) {
		t.Errorf("\" \": err = %v, want ErrUnknownLevel (no trimming)", err)
	}
}

func TestFrequenciesErrors(t *testing.T) {
	many := make([]string, MaxLevels+1)
	for i := range many {
		many[i] = string(rune('A'+i%26)) + strings.Repeat("x", i/26)
	}
	tests := []struct {
		name     string
		values   []string
		levels   []string
		o        FreqOptions
		want     error
		contains []string
	}{
		{"no levels", []string{"a"}, nil, FreqOptions{}, ErrLevels, []string{"no levels"}},
		{"duplicate level", []string{"a"}, []string{"a", "b", "a"}, FreqOptions{}, ErrLevels, []string{`"a"`, "positions 1 and 3"}},
		{"level is missing marker", []string{"a"}, []string{"a", ""}, FreqOptions{}, ErrLevels, []string{`""`, "missing"}},
		{"level is user missing", []string{"a"}, []string{"a", "99"}, FreqOptions{Missing: []string{"99"}}, ErrLevels, []string{`"99"`}},
		{"too many levels", []string{"A"}, many, FreqOptions{}, ErrLevels, []string{"101 levels", "at most 100"}},
		{"unknown level", []string{"a", "b", "sometimes"}, []string{"a", "b"}, FreqOptions{}, ErrUnknownLevel, []string{`"sometimes"`, "row 3"}},
		{"no values", nil, []string{"a"}, FreqOptions{}, ErrTooFew, []string{"no values"}},
		{"all missing", []string{"", ""}, []string{"a"}, FreqOptions{}, ErrTooFew, []string{"all 2 values are missing"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Frequencies(tc.values, tc.levels, tc.o)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			for _, s := range tc.contains {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
}

func TestFrequenciesFromCountsErrors(t *testing.T) {
	tests := []struct {
		name    string
		levels  []string
		counts  []int
		missing int
		want    error
	}{
		{"no levels", nil, nil, 0, ErrLevels},
		{"duplicate", []string{"a", "a"}, []int{1, 1}, 0, ErrLevels},
		{"length", []string{"a", "b"}, []int{1}, 0, ErrLength},
		{"negative count", []string{"a", "b"}, []int{1, -1}, 0, ErrTable},
		{"negative missing", []string{"a"}, []int{1}, -1, ErrTable},
		{"overflow counts", []string{"a", "b"}, []int{math.MaxInt, 1}, 0, ErrTable},
		{"overflow missing", []string{"a"}, []int{math.MaxInt}, 1, ErrTable},
		{"all zero", []string{"a", "b"}, []int{0, 0}, 0, ErrTooFew},
		{"only missing", []string{"a", "b"}, []int{0, 0}, 4, ErrTooFew},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := FrequenciesFromCounts(tc.levels, tc.counts, tc.missing); !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

// TestFrequenciesIdentities: on random data the percentages of all values
// (missing included) sum to 100, the valid percentages sum to 100, the last
// cumulative percentage is exactly 100, and the cumulative percentages
// never decrease.
func TestFrequenciesIdentities(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	levels := []string{"a", "b", "c", "d", "e"}
	for trial := range 200 {
		n := 1 + rng.IntN(60)
		values := make([]string, n)
		for i := range values {
			if j := rng.IntN(len(levels) + 1); j < len(levels) {
				values[i] = levels[j]
			}
		}
		ft, err := Frequencies(values, levels, FreqOptions{})
		if errors.Is(err, ErrTooFew) {
			continue // every value missing
		}
		if err != nil {
			t.Fatal(err)
		}
		sumP, sumV := ft.MissingPercent, 0.0
		for i := range levels {
			sumP += ft.Percent[i]
			sumV += ft.ValidPercent[i]
			if i > 0 && ft.CumulativePercent[i] < ft.CumulativePercent[i-1] {
				t.Errorf("trial %d: cumulative percent decreases: %v", trial, ft.CumulativePercent)
			}
		}
		if !scalar.EqualWithinAbsOrRel(sumP, 100, 1e-12, 0) || !scalar.EqualWithinAbsOrRel(sumV, 100, 1e-12, 0) {
			t.Errorf("trial %d: percent sums %v and %v, want 100", trial, sumP, sumV)
		}
		if last := ft.CumulativePercent[len(levels)-1]; last != 100 {
			t.Errorf("trial %d: last cumulative percent %v, want exactly 100", trial, last)
		}
		if ft.NValid+ft.NMissing != n || ft.N != n {
			t.Errorf("trial %d: counts do not add up: %+v", trial, ft)
		}
	}
}

func TestFrequenciesCopiesInput(t *testing.T) {
	levels := []string{"a", "b"}
	counts := []int{1, 2}
	ft, err := FrequenciesFromCounts(levels, counts, 0)
	if err != nil {
		t.Fatal(err)
	}
	levels[0], counts[0] = "z", 9
	if ft.Levels[0] != "a" || ft.Counts[0] != 1 {
		t.Error("the table shares memory with its inputs")
	}
}

func TestRoundPercents(t *testing.T) {
	tests := []struct {
		name     string
		p        []float64
		decimals int
		want     []float64
	}{
		{"thirds, tie to first index", []float64{100.0 / 3, 100.0 / 3, 100.0 / 3}, 1, []float64{33.4, 33.3, 33.3}},
		{"thirds d=0", []float64{100.0 / 3, 100.0 / 3, 100.0 / 3}, 0, []float64{34, 33, 33}},
		{"thirds d=2", []float64{100.0 / 3, 100.0 / 3, 100.0 / 3}, 2, []float64{33.34, 33.33, 33.33}},
		{"article before", []float64{1700.0 / 23, 600.0 / 23, 0}, 1, []float64{73.9, 26.1, 0}},
		{"article after", []float64{400.0 / 23, 0, 1900.0 / 23}, 1, []float64{17.4, 0, 82.6}},
		{"sevenths", []float64{100.0 / 7, 200.0 / 7, 400.0 / 7}, 0, []float64{14, 29, 57}},
		{"sixths rounding would give 101", []float64{100.0 / 6, 100.0 / 6, 100.0 / 6, 100.0 / 6, 100.0 / 6, 100.0 / 6}, 0, []float64{17, 17, 17, 17, 16, 16}},
		{"exact", []float64{50, 25, 25}, 1, []float64{50, 25, 25}},
		{"float noise", []float64{0.29 * 100, 0.71 * 100}, 2, []float64{29, 71}},
		{"sub-total", []float64{300.0 / 11, 200.0 / 11}, 0, []float64{27, 18}},
		{"negative decimals", []float64{100.0 / 3, 200.0 / 3}, -2, []float64{33, 67}},
		{"large decimals", []float64{12.5, 87.5}, 40, []float64{12.5, 87.5}},
		{"negative value", []float64{-10.04, 110.04}, 1, []float64{-10, 110}},
		{"NaN", []float64{math.NaN(), 33.36}, 1, []float64{math.NaN(), 33.4}},
		{"empty", []float64{}, 1, []float64{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := slices.Clone(tc.p)
			got := RoundPercents(tc.p, tc.decimals)
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if !scalar.Same(got[i], tc.want[i]) && !scalar.EqualWithinAbs(got[i], tc.want[i], 1e-12) {
					t.Errorf("got %v, want %v", got, tc.want)
					break
				}
			}
			for i := range in {
				if !scalar.Same(in[i], tc.p[i]) {
					t.Error("input modified")
				}
			}
		})
	}
}

// TestRoundPercentsSums: for the percentages of random frequency tables,
// the rounded values sum to exactly 100 units of 10^-d and each moves by
// less than one unit.
func TestRoundPercentsSums(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 500 {
		k := 1 + rng.IntN(12)
		counts := make([]int, k)
		for i := range counts {
			counts[i] = rng.IntN(40)
		}
		counts[0]++
		ft, err := FrequenciesFromCounts(freqRepeatLevels(k), counts, 0)
		if err != nil {
			t.Fatal(err)
		}
		for d := range 4 {
			scale := math.Pow(10, float64(d))
			r := RoundPercents(ft.Percent, d)
			units := 0.0
			for i, v := range r {
				u := v * scale
				if math.Abs(u-math.Round(u)) > 1e-6 {
					t.Fatalf("trial %d d %d: %v is not a %d-decimal number", trial, d, v, d)
				}
				units += math.Round(u)
				if math.Abs(v-ft.Percent[i]) >= 1/scale {
					t.Errorf("trial %d d %d: %v rounded to %v", trial, d, ft.Percent[i], v)
				}
			}
			if units != 100*scale {
				t.Errorf("trial %d d %d: rounded percentages %v sum to %v units, want %v", trial, d, r, units, 100*scale)
			}
		}
	}
}

func freqRepeatLevels(k int) []string {
	l := make([]string, k)
	for i := range l {
		l[i] = string(rune('a' + i))
	}
	return l
}

// TestFrequenciesManyLevels covers the hashed lookup used beyond
// freqLinear levels or missing markers, against the linear one.
func TestFrequenciesManyLevels(t *testing.T) {
	levels := freqManyLevels(30)
	missing := []string{"", "NA", "-", "99", "98", "97", "96", "95", "94", "?"}
	rng := rand.New(rand.NewPCG(9, 10))
	values := make([]string, 500)
	want := make([]int, len(levels))
	nMissing := 0
	for i := range values {
		if rng.IntN(4) == 0 {
			values[i] = missing[rng.IntN(len(missing))]
			nMissing++
			continue
		}
		j := rng.IntN(len(levels))
		values[i] = levels[j]
		want[j]++
	}
	ft, err := Frequencies(values, levels, FreqOptions{Missing: missing})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ft.Counts, want) || ft.NMissing != nMissing {
		t.Errorf("counts %v missing %d, want %v %d", ft.Counts, ft.NMissing, want, nMissing)
	}
	// The first 8 levels with two missing markers use the linear scan; the
	// counts must agree.
	var sub []string
	for _, v := range values {
		if slices.Contains(levels[:8], v) || v == "" || v == "NA" {
			sub = append(sub, v)
		}
	}
	f8, err := Frequencies(sub, levels[:8], FreqOptions{Missing: []string{"", "NA"}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(f8.Counts, want[:8]) {
		t.Errorf("linear lookup counts %v, want %v", f8.Counts, want[:8])
	}
	if _, err := Frequencies([]string{"y"}, levels, FreqOptions{Missing: missing}); !errors.Is(err, ErrUnknownLevel) {
		t.Errorf("unknown value with hashed lookup: %v", err)
	}
	if _, err := Frequencies(nil, append(slices.Clone(levels), "?"), FreqOptions{Missing: missing}); !errors.Is(err, ErrLevels) {
		t.Errorf("level equal to a missing marker (hashed): %v", err)
	}
	c, err := CrossTabulate(values, slices.Concat(values[1:], values[:1]), levels, FreqOptions{Missing: missing})
	if err != nil || c.N+c.Dropped != len(values) {
		t.Errorf("CrossTabulate with many levels: %+v, %v", c.N, err)
	}
}

// TestRoundPercentsHuge: values whose scaled form p 10^d overflows (or has no
// fractional digits) used to come back as +Inf (and, through int(NaN), with
// platform-dependent adjustment); they are now returned unchanged.
func TestRoundPercentsHuge(t *testing.T) {
	for _, tc := range []struct {
		name     string
		p        []float64
		decimals int
		want     []float64
	}{
		{"1e300 at 12 decimals", []float64{1e300, 1}, 12, []float64{1e300, 1}},
		{"MaxFloat64 at 0 decimals", []float64{math.MaxFloat64, math.MaxFloat64}, 0, []float64{math.MaxFloat64, math.MaxFloat64}},
		{"2^52 at 0 decimals", []float64{1 << 52, 0.4}, 0, []float64{1 << 52, 0}},
		{"NaN with a huge value", []float64{math.NaN(), 1e300}, 2, []float64{math.NaN(), 1e300}},
		{"ordinary values still sum to 100", []float64{100.0 / 3, 100.0 / 3, 100.0 / 3}, 1, []float64{33.4, 33.3, 33.3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Exact comparison: RoundPercents promises the float64 nearest to
			// a d-decimal number, and huge values unchanged.
			got := RoundPercents(tc.p, tc.decimals)
			for i := range got {
				if math.IsNaN(tc.want[i]) != math.IsNaN(got[i]) || (!math.IsNaN(got[i]) && got[i] != tc.want[i]) {
					t.Errorf("RoundPercents(%v, %d) = %v, want %v", tc.p, tc.decimals, got, tc.want)
					break
				}
			}
		})
	}
}

// TestFreqTableStringMalformed: a FreqTable decoded from JSON (or built by
// hand) whose slices do not have one entry per level used to make String
// panic with an index out of range; it now describes the problem, as
// CrossTable.String does.
func TestFreqTableStringMalformed(t *testing.T) {
	good, err := FrequenciesFromCounts([]string{"a", "b"}, []int{1, 2}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		json string
	}{
		{"no counts", `{"levels":["a","b"]}`},
		{"short percents", `{"levels":["a","b"],"counts":[1,2],"percent":[50],"valid_percent":[50,50],"cumulative_percent":[50,100],"n_valid":3,"n":3}`},
		{"no cumulative", `{"levels":["a","b"],"counts":[1,2],"percent":[50,50],"valid_percent":[50,50],"n_valid":3,"n":3}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ft FreqTable
			if err := json.Unmarshal([]byte(tc.json), &ft); err != nil {
				t.Fatal(err)
			}
			var s string
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("String panics: %v", p)
					}
				}()
				s = ft.String()
			}()
			if !strings.HasPrefix(s, "invalid frequency table: ") {
				t.Errorf("String() = %q", s)
			}
		})
	}
	if s := good.String(); strings.HasPrefix(s, "invalid") {
		t.Errorf("well-formed table: %q", s)
	}
}
