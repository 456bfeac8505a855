package report_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// TestMismatchedParts: an Analysis whose parts disagree (scores, cross table
// and frequency tables with different numbers of levels; non-finite scores;
// nil parts mixed with present ones) gives ErrAnalysis or renders, in both
// languages and both formats, but never panics.
func TestMismatchedParts(t *testing.T) {
	lv3 := []string{"a", "b", "c"}
	fb3 := must(pairedt.FrequenciesFromCounts(lv3, []int{3, 2, 1}, 0))
	fa3 := must(pairedt.FrequenciesFromCounts(lv3, []int{1, 2, 3}, 0))
	fb2 := must(pairedt.FrequenciesFromCounts([]string{"a", "b"}, []int{3, 3}, 0))
	ct3 := must(pairedt.NewCrossTable(lv3, [][]int{{1, 1, 1}, {0, 1, 1}, {0, 0, 1}}))
	ct2 := must(pairedt.NewCrossTable([]string{"a", "b"}, [][]int{{3, 0}, {0, 3}}))
	x := []float64{1, 1, 1, 2, 2, 3}
	y := []float64{1, 2, 3, 2, 3, 3}
	for _, tc := range []struct {
		name string
		a    report.Analysis
		want error // nil: must render
	}{
		{"scores shorter than cross levels, no freq tables",
			report.Analysis{Cross: &ct3, CategoryCodes: true, Scores: []float64{1, 2}, X: x, Y: y}, report.ErrAnalysis},
		{"scores longer than cross levels, no freq tables",
			report.Analysis{Cross: &ct3, CategoryCodes: true, Scores: []float64{1, 2, 3, 4}, X: x, Y: y}, report.ErrAnalysis},
		{"scores shorter than FreqAfter levels, no FreqBefore",
			report.Analysis{FreqAfter: &fa3, CategoryCodes: true, Scores: []float64{1, 2}, X: x, Y: y}, report.ErrAnalysis},
		{"NaN score",
			report.Analysis{FreqBefore: &fb3, CategoryCodes: true, Scores: []float64{1, math.NaN(), 3}, X: x, Y: y}, report.ErrAnalysis},
		{"infinite score",
			report.Analysis{FreqBefore: &fb3, CategoryCodes: true, Scores: []float64{1, 2, math.Inf(1)}, X: x, Y: y}, report.ErrAnalysis},
		{"cross with 2 levels, freq tables with 3",
			report.Analysis{FreqBefore: &fb3, FreqAfter: &fa3, Cross: &ct2}, report.ErrAnalysis},
		{"cross with 3 levels, FreqBefore with 2",
			report.Analysis{FreqBefore: &fb2, Cross: &ct3}, report.ErrAnalysis},
		{"FreqBefore 2 levels, FreqAfter 3",
			report.Analysis{FreqBefore: &fb2, FreqAfter: &fa3}, report.ErrAnalysis},
		{"cross only, codes without scores",
			report.Analysis{Cross: &ct3, CategoryCodes: true, X: x, Y: y}, nil},
		{"FreqAfter only with codes",
			report.Analysis{FreqAfter: &fa3, CategoryCodes: true, Scores: []float64{1, 2, 5}, X: x, Y: y}, nil},
		{"codes, no levels anywhere",
			report.Analysis{CategoryCodes: true, Scores: []float64{1, 2}, X: x, Y: y}, nil},
	} {
		for _, lang := range []report.Lang{report.English, report.Indonesian} {
			for fname, f := range map[string]func(*bytes.Buffer, report.Analysis, report.Options) error{
				"md":   func(b *bytes.Buffer, a report.Analysis, o report.Options) error { return report.Markdown(b, a, o) },
				"html": func(b *bytes.Buffer, a report.Analysis, o report.Options) error { return report.HTML(b, a, o) },
			} {
				t.Run(fmt.Sprintf("%s/%s/%s", tc.name, lang, fname), func(t *testing.T) {
					var err error
					func() {
						defer func() {
							if p := recover(); p != nil {
								err = fmt.Errorf("panic: %v", p)
							}
						}()
						var b bytes.Buffer
						err = f(&b, tc.a, report.Options{Lang: lang})
					}()
					if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
						t.Fatalf("err = %v, want %v", err, tc.want)
					}
				})
			}
		}
	}
}

// FuzzAnalysisShape assembles an Analysis whose parts are present or nil
// and disagree in shape as the fuzz bytes say (levels per table, scores,
// pairs with NaN or ±Inf, category codes) and checks that rendering either
// succeeds or fails with ErrAnalysis, and never panics.
func FuzzAnalysisShape(f *testing.F) {
	f.Add([]byte{0xff, 3, 3, 3, 3, 0, 5})
	f.Add([]byte{0x3c, 1, 2, 2, 2, 0, 7}) // Cross 3 levels, 2 scores, codes, pairs
	f.Add([]byte{0x45, 4, 0, 2, 5, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		at := func(i int) int {
			if i < len(b) {
				return int(b[i])
			}
			return 0
		}
		mask := at(0)
		levels := func(k int) []string {
			l := make([]string, k)
			for i := range l {
				l[i] = fmt.Sprint("L", i)
			}
			return l
		}
		freq := func(k int) *pairedt.FreqTable {
			c := make([]int, k)
			for i := range c {
				c[i] = i + 1
			}
			ft, err := pairedt.FrequenciesFromCounts(levels(k), c, 0)
			if err != nil {
				t.Fatal(err)
			}
			return &ft
		}
		var a report.Analysis
		if mask&1 != 0 {
			a.FreqBefore = freq(1 + at(1)%4)
		}
		if mask&2 != 0 {
			a.FreqAfter = freq(1 + at(2)%4)
		}
		if mask&4 != 0 {
			k := 1 + at(3)%4
			m := make([][]int, k)
			for i := range m {
				m[i] = make([]int, k)
				m[i][(i+1)%k] = i + 1
			}
			ct, err := pairedt.NewCrossTable(levels(k), m)
			if err != nil {
				t.Fatal(err)
			}
			a.Cross = &ct
		}
		if mask&8 != 0 {
			a.Scores = make([]float64, at(4)%5)
			for i := range a.Scores {
				a.Scores[i] = float64(i + 1)
			}
			if len(a.Scores) > 0 && at(5)%7 == 1 {
				a.Scores[0] = math.NaN()
			}
		}
		a.CategoryCodes = mask&16 != 0
		if mask&32 != 0 {
			n := at(6) % 9
			a.X, a.Y = make([]float64, n), make([]float64, n)
			for i := range a.X {
				a.X[i], a.Y[i] = float64(i%3), float64((i*5)%4)
			}
			if n > 0 {
				switch at(5) % 7 {
				case 2:
					a.X[0] = math.NaN()
				case 3:
					a.Y[n-1] = math.Inf(-1)
				case 4:
					a.Y = a.Y[:n-1]
				}
			}
			// Degenerate, huge and tiny data (issue 11, item 11): every
			// pair X = Y = c, or every other Y one ulp above c.
			if at(7) != 0 {
				c := degenerate[at(7)%len(degenerate)]
				for i := range a.Y {
					a.X[i], a.Y[i] = c, c
					if at(8)%2 == 1 && i%2 == 1 {
						a.Y[i] = math.Nextafter(c, math.Inf(1))
					}
				}
			}
		}
		if mask&64 != 0 {
			tt := pairedt.TTestResult{N: 5, DF: 4, T: 1, P: 0.3, ConfLevel: 0.95}
			a.T = &tt
		}
		if mask&128 != 0 {
			a.Wilcoxon = &pairedt.WilcoxonResult{V: 3, P: 0.4, N: 5}
			a.ShapiroWilk = &pairedt.ShapiroWilkResult{W: 0.9, P: 0.5, N: 5}
		}
		for _, lang := range []report.Lang{report.English, report.Indonesian} {
			for _, fn := range []func(io.Writer, report.Analysis, report.Options) error{report.Markdown, report.HTML} {
				if err := fn(io.Discard, a, report.Options{Lang: lang}); err != nil && !errors.Is(err, report.ErrAnalysis) {
					t.Fatalf("err = %v", err)
				}
			}
		}
		cs, err := report.Charts(a, report.Options{})
		if err != nil && !errors.Is(err, report.ErrAnalysis) {
			t.Fatalf("Charts: err = %v", err)
		}
		for _, c := range cs {
			if err := c.WriteSVG(io.Discard); err != nil {
				t.Fatalf("%s: %v", c.Name, err)
			}
		}
	})
}

// degenerate are the values FuzzAnalysisShape and TestDegenerateData give
// every pair: axis ranges that collapse in float64 (c + 0.5 == c from
// 1e16 up), overflow or underflow.
var degenerate = []float64{1, 1e16, 1e300, -1e300, 5e-324, -5e-324, math.MaxFloat64, -math.MaxFloat64, 0, 1e-300, 123456789012345678}

// FuzzParseLang: ParseLang accepts exactly the documented spellings, in any
// letter case and with surrounding space, and returns English or Indonesian,
// the languages Options accept, that parses back to itself; anything else is an error
// wrapping ErrOptions that quotes the input. Seed corpus in
// testdata/fuzz/FuzzParseLang/.
func FuzzParseLang(f *testing.F) {
	for _, s := range []string{"en", "EN", " id ", "report.Indonesian", "bahasa", "Bahasa Indonesia", "english\n", "", "fr", "in", "bahasa  indonesia", "ID\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := report.ParseLang(s)
		norm := strings.ToLower(strings.TrimSpace(s))
		documented := map[string]report.Lang{"en": report.English, "english": report.English, "id": report.Indonesian, "indonesian": report.Indonesian,
			"bahasa": report.Indonesian, "bahasa indonesia": report.Indonesian}
		want, known := documented[norm]
		if err != nil {
			if known || !errors.Is(err, report.ErrOptions) || !strings.Contains(err.Error(), strconv.Quote(s)) {
				t.Fatalf("report.ParseLang(%q): %v", s, err)
			}
			return
		}
		if !known || l != want {
			t.Fatalf("report.ParseLang(%q) = %q, documented: %q (known %v)", s, l, want, known)
		}
		if back, err := report.ParseLang(string(l)); err != nil || back != l {
			t.Fatalf("report.ParseLang(%q) = %q, which parses as %q, %v", s, l, back, err)
		}
		if l != report.English && l != report.Indonesian {
			t.Fatalf("report.ParseLang(%q) = %q, not a language Options accept", s, l)
		}
	})
}
