package pairedt

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/internal/i18n"
)

// texts returns the English sentences of ws.
func texts(ws []Warning) []string {
	s := make([]string, len(ws))
	for i, w := range ws {
		s[i] = w.String()
	}
	return s
}

// hasWarning reports whether ws has a warning of kind k.
func hasWarning(ws []Warning, k WarningKind) bool {
	for _, w := range ws {
		if w.Kind == k {
			return true
		}
	}
	return false
}

// TestWarningKindCodes checks that every kind has a distinct snake_case
// code that decodes back to it.
func TestWarningKindCodes(t *testing.T) {
	seen := map[string]WarningKind{}
	for k := WarningKind(0); k < numWarningKinds; k++ {
		c := k.String()
		if c == "" || strings.ToLower(c) != c || strings.ContainsAny(c, " -") {
			t.Errorf("kind %d: code %q is not snake_case", int(k), c)
		}
		if o, dup := seen[c]; dup {
			t.Errorf("kinds %d and %d share the code %q", int(o), int(k), c)
		}
		seen[c] = k
		var back WarningKind
		if err := back.UnmarshalText([]byte(c)); err != nil || back != k {
			t.Errorf("code %q decodes to %v, %v", c, back, err)
		}
	}
	if err := new(WarningKind).UnmarshalText([]byte("no_such_code")); err == nil {
		t.Error("an unknown code decoded")
	}
}

// TestWarningTextEveryKind checks that every kind has a sentence in every
// language, and that the Indonesian one is not the English one.
func TestWarningTextEveryKind(t *testing.T) {
	for k := WarnOther + 1; k < numWarningKinds; k++ {
		w := Warning{Kind: k, N: 3, M: 2, K: 1, X: 0.95, Y: 0.9, Labels: []string{"a", "b"}}
		en, id := w.Text(i18n.English), w.Text(i18n.Indonesian)
		if en == "" || id == "" || en == id {
			t.Errorf("%v: en %q, id %q", k, en, id)
		}
		if en != w.String() {
			t.Errorf("%v: String %q, Text(English) %q", k, w.String(), en)
		}
	}
}

// TestWarningsJSON checks that a result's JSON keeps "warnings" as English
// sentences and adds "warning_codes" beside it, and that it reads back.
func TestWarningsJSON(t *testing.T) {
	// 3 pairs, one with a missing x: the t-test drops it and warns of few pairs.
	nan := 0.0
	nan = nan / nan
	r, err := Test([]float64{1, 2, nan, 4}, []float64{0, 2.5, 1, 1}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want := `"warnings":["1 pair dropped for a missing value; 3 used","only 3 pairs: with fewer than 10 the t-test leans heavily on normally distributed differences"],"warning_codes":["t_missing_pairs","t_few_pairs"]}`
	if !strings.HasSuffix(string(b), want) {
		t.Errorf("JSON %s\nwant suffix %s", b, want)
	}
	var back TTestResult
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if strings.Join(texts(back.Warnings), "|") != strings.Join(texts(r.Warnings), "|") {
		t.Errorf("warnings %q came back as %q", texts(r.Warnings), texts(back.Warnings))
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
		{"Wilcoxon 1 zero", texts(w1.Warnings), "1 difference equal to the hypothesised value dropped (Wilcoxon's zero method)"},
		{"Wilcoxon 3 zeros", texts(w3.Warnings), "3 differences equal to the hypothesised value dropped (Wilcoxon's zero method)"},
		{"Wilcoxon 1 missing", texts(w1.Warnings), "1 pair with a missing value dropped"},
		{"sign 1 zero", texts(s1.Warnings), "1 difference equal to the hypothesised value dropped"},
		{"sign 3 zeros", texts(s3.Warnings), "3 differences equal to the hypothesised value dropped"},
		{"sign 1 missing", texts(s1.Warnings), "1 pair with a missing value dropped"},
		{"Shapiro-Wilk 1 missing", texts(sw1.Warnings), "1 missing value dropped"},
		{"Shapiro-Wilk 3 missing", texts(sw3.Warnings), "3 missing values dropped"},
		{"Bowker 1 empty pair", texts(b1.Warnings), `1 of 3 symmetric pairs of cells is empty (both counts 0): ("a", "b"); it was left out and df = 2, the number of non-empty pairs`},
		{"Bowker 2 empty pairs", texts(b2.Warnings), `2 of 3 symmetric pairs of cells are empty (both counts 0): ("a", "b"), ("a", "c"); they were left out and df = 1, the number of non-empty pairs`},
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
