package pairedt

import (
	"errors"
	"math"
	"testing"
)

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
		{"Shapiro-Wilk 5001", func() (float64, error) { r, err := ShapiroWilk(sw5000); return r.P, err }, nil},
		{"Shapiro-Wilk above ShapiroWilkMaxN", func() (float64, error) {
			r, err := ShapiroWilk(make([]float64, ShapiroWilkMaxN+1))
			return r.P, err
		}, ErrShapiroWilkN},
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
