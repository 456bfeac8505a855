package pairedt

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"
)

// TestMcNemarExactHugeCounts: the exact McNemar tail is summed term by term,
// O(sqrt(b + c)) terms; published tables with discordant counts near
// math.MaxInt must give an error at once rather than run for minutes, and
// counts within the supported range still give a p-value in (0, 1].
func TestMcNemarExactHugeCounts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		b, c    int
		wantErr error
	}{
		{"at the limit", McNemarExactMaxPairs/2 - 1, McNemarExactMaxPairs/2 + 1, nil},
		{"just above the limit", McNemarExactMaxPairs/2 + 1, McNemarExactMaxPairs / 2, ErrTable},
		{"near MaxInt/2 each", 1 << 61, 1<<61 + 2, ErrTable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewCrossTable([]string{"a", "b"}, [][]int{{0, tc.b}, {tc.c, 0}})
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			r, err := McNemarExact(c)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err == nil && !(r.P > 0 && r.P <= 1) {
				t.Errorf("p = %v", r.P)
			}
		})
	}
}

// TestWilcoxonOverflow: differences whose shift by Mu, or whose range,
// overflows float64 used to give an infinite or crossed interval and an
// infinite estimate without any error; they are now ErrNonFinite.
func TestWilcoxonOverflow(t *testing.T) {
	for _, tc := range []struct {
		name string
		x, y []float64
		mu   float64
		want error
	}{
		{"d - mu overflows", []float64{1e308, 1.5e308, 1e307}, []float64{0, 0, 0}, -1e308, ErrNonFinite},
		{"range overflows, tied", []float64{1.7e308, -1.7e308, 1e308}, []float64{0, 0, 0}, 0, ErrNonFinite},
		{"range overflows, untied, exact", []float64{1.7e308, -1.6e308, 1e308, 5}, []float64{0, 0, 0, 0}, 0, nil},
		{"range overflows, untied, n = 60", rankReviewSpread(60), make([]float64, 60), 0, ErrNonFinite},
		{"large but fine", []float64{8e307, -8e307, 1e307, 5}, []float64{0, 0, 0, 1}, 0, nil},
	} {
		for _, alt := range []Alternative{TwoSided, Less, Greater} {
			t.Run(tc.name+"/"+alt.String(), func(t *testing.T) {
				r, err := Wilcoxon(tc.x, tc.y, WilcoxonOptions{Options: Options{Mu: tc.mu, Alternative: alt}})
				if !errors.Is(err, tc.want) {
					t.Fatalf("err = %v, want %v; result %+v", err, tc.want, r)
				}
				if err != nil {
					return
				}
				if math.IsNaN(r.P) || math.IsNaN(r.Estimate) || math.IsInf(r.Estimate, 0) ||
					math.IsNaN(r.CILow) || math.IsNaN(r.CIHigh) || r.CILow > r.CIHigh {
					t.Errorf("p %v, estimate %v, CI [%v, %v]", r.P, r.Estimate, r.CILow, r.CIHigh)
				}
			})
		}
	}
}

// rankReviewSpread returns n distinct values from -1.6e308 to 1.6e308.
func rankReviewSpread(n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = -1.6e308 + float64(i)*(1.6e308/float64(n-1))*2
	}
	return v
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

// TestWarningWording: counts in warnings agree in number ("1 difference",
// "3 differences", not "difference(s)"), and the replacement confidence
// level is printed as a person would write it (0.8, not 0.7999999999999998).
func TestWarningWording(t *testing.T) {
	nan := math.NaN()
	data := func(zeros int) (x, y []float64) {
		x = []float64{1, 2, 3, 4, 5, 6, nan}
		y = make([]float64, len(x))
		for i := range zeros {
			y[i] = x[i]
		}
		return x, y
	}
	x1, y1 := data(1)
	x3, y3 := data(3)
	w1, err1 := Wilcoxon(x1, y1, WilcoxonOptions{})
	w3, err3 := Wilcoxon(x3, y3, WilcoxonOptions{})
	s1, err4 := SignTest(x1, y1, Options{})
	s3, err5 := SignTest(x3, y3, Options{})
	sw1, err6 := ShapiroWilk([]float64{1, 2, 4, 8, nan})
	sw3, err7 := ShapiroWilk([]float64{1, 2, 4, 8, nan, nan, nan})
	one, _ := NewCrossTable([]string{"a", "b", "c"}, [][]int{{1, 0, 2}, {0, 1, 3}, {1, 1, 0}})
	two, _ := NewCrossTable([]string{"a", "b", "c"}, [][]int{{1, 0, 0}, {0, 1, 3}, {0, 1, 0}})
	b1, err8 := Bowker(one)
	b2, err9 := Bowker(two)
	for _, err := range []error{err1, err3, err4, err5, err6, err7, err8, err9} {
		if err != nil {
			t.Fatal(err)
		}
	}
	w1x, _ := Wilcoxon([]float64{1, 2, 3, 4, 5, 6, 6}, make([]float64, 7), WilcoxonOptions{Options: Options{ConfLevel: 0.999}})
	for _, tc := range []struct {
		name     string
		warnings []string
		want     string
	}{
		{"Wilcoxon 1 zero", texts(w1.Warnings), "1 difference equal to mu dropped (Wilcoxon's zero method, as R)"},
		{"Wilcoxon 3 zeros", texts(w3.Warnings), "3 differences equal to mu dropped (Wilcoxon's zero method, as R)"},
		{"Wilcoxon 1 missing", texts(w1.Warnings), "1 pair with a missing value dropped"},
		{"sign 1 zero", texts(s1.Warnings), "1 difference equal to mu dropped"},
		{"sign 3 zeros", texts(s3.Warnings), "3 differences equal to mu dropped"},
		{"sign 1 missing", texts(s1.Warnings), "1 pair with a missing value dropped"},
		{"Shapiro-Wilk 1 missing", texts(sw1.Warnings), "1 missing value dropped"},
		{"Shapiro-Wilk 3 missing", texts(sw3.Warnings), "3 missing values dropped"},
		{"Bowker 1 empty pair", texts(b1.Warnings), `1 of 3 symmetric pairs of cells is empty (both counts 0): ("a", "b"); it was left out and df = 2, the number of non-empty pairs (R's mcnemar.test returns NaN here)`},
		{"Bowker 2 empty pairs", texts(b2.Warnings), `2 of 3 symmetric pairs of cells are empty (both counts 0): ("a", "b"), ("a", "c"); they were left out and df = 1, the number of non-empty pairs (R's mcnemar.test returns NaN here)`},
		// R 4.2: attr(wilcox.test(c(1:6, 6), rep(0, 7), paired = TRUE,
		// conf.int = TRUE, conf.level = 0.999)$conf.int, "conf.level") is
		// 0.93599999999999994.
		{"Wilcoxon conf.level replaced", texts(w1x.Warnings), "requested conf.level 0.999 not achievable: interval at 0.936"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range tc.warnings {
				if w == tc.want {
					return
				}
			}
			t.Errorf("warnings %q lack %q", tc.warnings, tc.want)
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

// TestSignTestStringZeros: the data line of SignTestResult.String agrees in
// number ("1 zero dropped", "4 zeros dropped", "0 zeros dropped").
func TestSignTestStringZeros(t *testing.T) {
	for _, tc := range []struct {
		zeros int
		want  string
	}{{0, "0 zeros dropped"}, {1, "1 zero dropped"}, {4, "4 zeros dropped"}} {
		x := []float64{3, 4, 5, 0, 0, 0, 0}
		y := []float64{1, 1, 1, 2, 2, 2, 2}
		for i := range tc.zeros {
			y[3+i] = x[3+i]
		}
		r, err := SignTest(x, y, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if s := r.String(); !strings.Contains(s, tc.want+"\n") {
			t.Errorf("%d zeros: String() = %q, want %q", tc.zeros, s, tc.want)
		}
	}
}

// TestPublicEdgeInputs runs the ordinal and rank entry points on degenerate
// input: each gives the documented sentinel error, or a result whose
// numbers are finite where they must be, and never panics.
func TestPublicEdgeInputs(t *testing.T) {
	nan := math.NaN()
	one, _ := NewCrossTable([]string{"a"}, [][]int{{5}})
	diag, _ := NewCrossTable([]string{"a", "b"}, [][]int{{3, 0}, {0, 4}})
	empty, _ := CrossTabulate([]string{"", "a"}, []string{"b", ""}, []string{"a", "b"}, FreqOptions{})
	sw5000 := make([]float64, 5001)
	for i := range sw5000 {
		sw5000[i] = float64(i*i%101) + float64(i)/7
	}
	sw5000NaN := append([]float64(nil), sw5000...)
	sw5000NaN[17] = nan
	for _, tc := range []struct {
		name string
		run  func() (float64, error) // returns the p-value
		want error
	}{
		{"Wilcoxon empty", func() (float64, error) { r, err := Wilcoxon(nil, nil, WilcoxonOptions{}); return r.P, err }, ErrTooFew},
		{"Wilcoxon all NaN", func() (float64, error) {
			r, err := Wilcoxon([]float64{nan, 1}, []float64{1, nan}, WilcoxonOptions{})
			return r.P, err
		}, ErrTooFew},
		{"Wilcoxon all zero", func() (float64, error) {
			r, err := Wilcoxon([]float64{1, 2}, []float64{1, 2}, WilcoxonOptions{})
			return r.P, err
		}, ErrIdentical},
		{"Wilcoxon mu makes all zero", func() (float64, error) {
			r, err := Wilcoxon([]float64{3, 4}, []float64{1, 2}, WilcoxonOptions{Options: Options{Mu: 2}})
			return r.P, err
		}, ErrIdentical},
		{"Wilcoxon conf level 1", func() (float64, error) {
			r, err := Wilcoxon([]float64{3, 4}, []float64{1, 2}, WilcoxonOptions{Options: Options{ConfLevel: 1}})
			return r.P, err
		}, ErrConfLevel},
		{"Wilcoxon tiny conf level", func() (float64, error) {
			r, err := Wilcoxon([]float64{3, 4, 7, 1}, []float64{1, 2, 0, 3}, WilcoxonOptions{Options: Options{ConfLevel: 1e-300}})
			return r.P, err
		}, nil},
		{"Wilcoxon mu Inf", func() (float64, error) {
			r, err := Wilcoxon([]float64{3, 4}, []float64{1, 2}, WilcoxonOptions{Options: Options{Mu: math.Inf(1)}})
			return r.P, err
		}, ErrMu},
		{"sign all zero", func() (float64, error) { r, err := SignTest([]float64{1}, []float64{1}, Options{}); return r.P, err }, ErrIdentical},
		{"sign length", func() (float64, error) { r, err := SignTest([]float64{1}, nil, Options{}); return r.P, err }, ErrLength},
		{"Shapiro-Wilk 5001", func() (float64, error) { r, err := ShapiroWilk(sw5000); return r.P, err }, ErrShapiroWilkN},
		{"Shapiro-Wilk 5001 with a NaN", func() (float64, error) { r, err := ShapiroWilk(sw5000NaN); return r.P, err }, nil},
		{"Shapiro-Wilk 5000", func() (float64, error) { r, err := ShapiroWilk(sw5000[:5000]); return r.P, err }, nil},
		{"Shapiro-Wilk 2 values", func() (float64, error) { r, err := ShapiroWilk([]float64{1, 2, nan}); return r.P, err }, ErrTooFew},
		{"Shapiro-Wilk constant", func() (float64, error) { r, err := ShapiroWilk([]float64{2, 2, 2}); return r.P, err }, ErrConstant},
		{"McNemar 1x1", func() (float64, error) { r, err := McNemar(one, true); return r.P, err }, ErrTable},
		{"McNemarExact 1x1", func() (float64, error) { r, err := McNemarExact(one); return r.P, err }, ErrTable},
		{"Bowker 1x1", func() (float64, error) { r, err := Bowker(one); return r.P, err }, ErrLevels},
		{"Stuart-Maxwell 1x1", func() (float64, error) { r, err := StuartMaxwell(one); return r.P, err }, ErrLevels},
		{"McNemar diagonal", func() (float64, error) { r, err := McNemar(diag, false); return r.P, err }, ErrNoDiscordant},
		{"Bowker no pairs", func() (float64, error) { r, err := Bowker(empty); return r.P, err }, ErrTooFew},
		{"Stuart-Maxwell no pairs", func() (float64, error) { r, err := StuartMaxwell(empty); return r.P, err }, ErrTooFew},
		{"Stuart-Maxwell zero value table", func() (float64, error) { r, err := StuartMaxwell(CrossTable{}); return r.P, err }, ErrLevels},
		{"Frequencies empty level with default missing", func() (float64, error) {
			_, err := Frequencies([]string{"a"}, []string{"a", ""}, FreqOptions{})
			return 1, err
		}, ErrLevels},
		{"Frequencies empty level declared, nothing missing", func() (float64, error) {
			ft, err := Frequencies([]string{"a", ""}, []string{"a", ""}, FreqOptions{Missing: []string{}})
			return ft.ValidPercent[1] / 100, err
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := tc.run()
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if err == nil && !(p >= 0 && p <= 1) {
				t.Errorf("p = %v", p)
			}
		})
	}
}

// TestSparseTableWarningsShort: Bowker's and Stuart-Maxwell's warnings on a
// sparse 20-level table name at most ten pairs or levels and count the
// rest, instead of listing all 189 empty pairs in one footnote.
func TestSparseTableWarningsShort(t *testing.T) {
	k := 20
	m := make([][]int, k)
	for i := range m {
		m[i] = make([]int, k)
		m[i][i] = 3
	}
	m[0][1], m[1][0] = 4, 1
	c, err := NewCrossTable(ordinalLevels(k), m)
	if err != nil {
		t.Fatal(err)
	}
	bw, err := Bowker(c)
	if err != nil {
		t.Fatal(err)
	}
	sm, err := StuartMaxwell(c)
	if err != nil {
		t.Fatal(err)
	}
	for name, ws := range map[string][]string{"Bowker": texts(bw.Warnings), "Stuart-Maxwell": texts(sm.Warnings)} {
		if len(ws) != 1 {
			t.Fatalf("%s warnings %q", name, ws)
		}
		if len(ws[0]) > 600 || !strings.Contains(ws[0], " more") {
			t.Errorf("%s warning is %d bytes: %q", name, len(ws[0]), ws[0])
		}
	}
	if !strings.Contains(bw.Warnings[0].String(), "189 of 190 symmetric pairs of cells are empty") || !strings.Contains(bw.Warnings[0].String(), "and 179 more") {
		t.Errorf("Bowker warning %q", bw.Warnings[0])
	}
}
