package report_test

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// rref is testdata/r/report.json, written by testdata/r/report.R (R 4.2):
// one pairing of the article's published counts and R's results on it.
type rref struct {
	Levels []string  `json:"levels"`
	Cross  [][]int   `json:"cross"`
	Before []int     `json:"before"`
	After  []int     `json:"after"`
	X      []float64 `json:"x"`
	Y      []float64 `json:"y"`
	T      map[string]any
	Shapiro, Wilcoxon, Sign, StuartMaxwell, Bowker map[string]any
}

func (r *rref) UnmarshalJSON(b []byte) error {
	var raw struct {
		Levels        []string       `json:"levels"`
		Cross         [][]int        `json:"cross"`
		Before        []int          `json:"before"`
		After         []int          `json:"after"`
		X             []float64      `json:"x"`
		Y             []float64      `json:"y"`
		T             map[string]any `json:"t"`
		Shapiro       map[string]any `json:"shapiro"`
		Wilcoxon      map[string]any `json:"wilcoxon"`
		Sign          map[string]any `json:"sign"`
		StuartMaxwell map[string]any `json:"stuart_maxwell"`
		Bowker        map[string]any `json:"bowker"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*r = rref{raw.Levels, raw.Cross, raw.Before, raw.After, raw.X, raw.Y, raw.T, raw.Shapiro, raw.Wilcoxon, raw.Sign, raw.StuartMaxwell, raw.Bowker}
	return nil
}

// num reads a number written by R either as a JSON number or as a string
// with 17 significant digits.
func num(t testing.TB, m map[string]any, k string) float64 {
	t.Helper()
	switch v := m[k].(type) {
	case float64:
		return v
	case string:
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		return f
	}
	t.Fatalf("reference value %q missing", k)
	return 0
}

func loadRef(t testing.TB) rref {
	t.Helper()
	b, err := os.ReadFile("testdata/r/report.json")
	if err != nil {
		t.Fatal(err)
	}
	var r rref
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// articleAnalysis is the article's Results section rebuilt: the published
// counts (before 17/6/0, after 4/0/19) and, for the paired tests, the one
// pairing of them in testdata/r/report.R. Every number comes from R
// (testdata/r/report.json) or from the published counts.
func articleAnalysis(t testing.TB) report.Analysis {
	t.Helper()
	ref := loadRef(t)
	fb, err := pairedt.FrequenciesFromCounts(ref.Levels, ref.Before, 0)
	if err != nil {
		t.Fatal(err)
	}
	fa, err := pairedt.FrequenciesFromCounts(ref.Levels, ref.After, 0)
	if err != nil {
		t.Fatal(err)
	}
	ct, err := pairedt.NewCrossTable(ref.Levels, ref.Cross)
	if err != nil {
		t.Fatal(err)
	}
	m := ref.T
	res := pairedt.Result{
		N: int(num(t, m, "n")), DF: num(t, m, "df"), MeanDiff: num(t, m, "mean_diff"), SDDiff: num(t, m, "sd_diff"),
		SE: num(t, m, "se"), T: num(t, m, "t"), P: num(t, m, "p"), CILow: num(t, m, "ci_low"), CIHigh: num(t, m, "ci_high"),
		ConfLevel: 0.95, MeanX: num(t, m, "mean_x"), MeanY: num(t, m, "mean_y"), SDX: num(t, m, "sd_x"), SDY: num(t, m, "sd_y"),
		SEX: num(t, m, "se_x"), SEY: num(t, m, "se_y"), R: num(t, m, "r"), RP: num(t, m, "r_p"),
		DZ: num(t, m, "d_z"), DZCILow: num(t, m, "d_z_ci_low"), DZCIHigh: num(t, m, "d_z_ci_high"),
	}
	sw := pairedt.ShapiroWilkResult{Method: "Shapiro-Wilk normality test", W: num(t, ref.Shapiro, "w"), P: num(t, ref.Shapiro, "p"), N: 23}
	wx := pairedt.WilcoxonResult{Method: "Wilcoxon signed rank test with continuity correction", V: num(t, ref.Wilcoxon, "v"),
		P: num(t, ref.Wilcoxon, "p"), N: 19, NZero: 4, RankBiserial: num(t, ref.Wilcoxon, "rank_biserial"), ConfLevel: 0.95,
		Warnings: []string{"cannot compute exact p-value with zeroes"}}
	sg := pairedt.SignTestResult{Method: "Exact sign test", Positive: 0, Negative: 19, Zero: 4, N: 19, P: num(t, ref.Sign, "p")}
	mh := pairedt.ChiSquareTest{Method: "Stuart-Maxwell marginal homogeneity test", Statistic: num(t, ref.StuartMaxwell, "statistic"),
		DF: num(t, ref.StuartMaxwell, "df"), P: num(t, ref.StuartMaxwell, "p")}
	return report.Analysis{
		Title:       "Hasil penelitian: pijat oksitosin dan kelancaran ASI",
		Variable:    "Kelancaran ASI",
		BeforeLabel: "Sebelum pijat", AfterLabel: "Sesudah pijat",
		FreqBefore: &fb, FreqAfter: &fa, Cross: &ct,
		T: &res, CategoryCodes: true, X: ref.X, Y: ref.Y,
		ShapiroWilk: &sw, Wilcoxon: &wx, Sign: &sg, MarginalHomogeneity: &mh,
		Provenance: report.Provenance{
			DataName:      "testdata/oxytocin/reconstructed.csv",
			DataSHA256:    "0000000000000000000000000000000000000000000000000000000000000000",
			ModuleVersion: "(devel)",
		},
	}
}
