package report_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"fmt"
	"os"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/pairedt/pairedt/internal/rref"
	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/pairedt/audit"
	"github.com/pairedt/pairedt/report"
)

// reportRef is testdata/r/report.json, written by testdata/r/report.R
// (R 4.2): one pairing of the article's published counts and R's results on
// it. R writes most numbers as strings of 17 significant digits, and NA for
// a statistic it cannot compute.
type reportRef struct {
	Levels         []string              `json:"levels"`
	Cross          [][]int               `json:"cross"`
	Before         []int                 `json:"before"`
	After          []int                 `json:"after"`
	X              []float64             `json:"x"`
	Y              []float64             `json:"y"`
	T              map[string]rref.Float `json:"t"`
	Shapiro        map[string]rref.Float `json:"shapiro"`
	Wilcoxon       map[string]rref.Float `json:"wilcoxon"`
	Sign           map[string]rref.Float `json:"sign"`
	StuartMaxwell  map[string]rref.Float `json:"stuart_maxwell"`
	Bowker         map[string]rref.Float `json:"bowker"`
	BowkerNonEmpty map[string]rref.Float `json:"bowker_nonempty"`
}

// num is the reference value k of m; a missing key fails the test.
func num(t testing.TB, m map[string]rref.Float, k string) float64 {
	t.Helper()
	v, ok := m[k]
	if !ok {
		t.Fatalf("reference value %q missing", k)
	}
	return float64(v)
}

func loadRef(t testing.TB) reportRef {
	t.Helper()
	var r reportRef
	rref.Load(t, "testdata/r/report.json", &r)
	return r
}

// articleCSV is the article's data set as reconstructed in the module's
// testdata: the only pairing of the published counts (before 17/6/0, after
// 4/0/19) in which no mother got worse.
const articleCSV = "../testdata/oxytocin/reconstructed.csv"

// articleAnalysis is the article's Results section rebuilt with package
// pairedt from articleCSV: frequency tables, the cross table, and the paired
// tests on the category codes 1, 2, 3; plus the article's own claims checked
// by package audit. TestArticleAgainstR checks every number against R
// (testdata/r/report.R uses the same pairing) and the counts against the
// published ones.
func articleAnalysis(t testing.TB) report.Analysis {
	t.Helper()
	ref := loadRef(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(articleCSV)
	must(err)
	rows, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	must(err)
	var before, after []string
	for _, r := range rows[1:] {
		before = append(before, r[1])
		after = append(after, r[2])
	}
	fb, err := pairedt.Frequencies(before, ref.Levels, pairedt.FreqOptions{})
	must(err)
	fa, err := pairedt.Frequencies(after, ref.Levels, pairedt.FreqOptions{})
	must(err)
	ct, err := pairedt.CrossTabulate(before, after, ref.Levels, pairedt.FreqOptions{})
	must(err)
	x, y, err := ct.Scored(nil)
	must(err)
	res, err := pairedt.Test(x, y, pairedt.Options{})
	must(err)
	d := make([]float64, len(x))
	for i := range x {
		d[i] = x[i] - y[i]
	}
	sw, err := pairedt.ShapiroWilk(d)
	must(err)
	wx, err := pairedt.Wilcoxon(x, y, pairedt.WilcoxonOptions{})
	must(err)
	sg, err := pairedt.SignTest(x, y, pairedt.Options{})
	must(err)
	mh, err := pairedt.StuartMaxwell(ct)
	must(err)
	bw, err := pairedt.Bowker(ct)
	must(err)
	// The article's own claims, checked by package audit.
	var checks []audit.Check
	for _, c := range []struct {
		count    int
		pct, txt string
	}{
		{17, "73,9", "before: 17 ASI belum keluar (73,9%)"},
		{6, "26,1", "before: 6 ASI keluar namun belum lancar (26,1%)"},
		{19, "82,6", "after: 19 ASI keluar lancar (82,6%)"},
		{4, "17,4", "after: 4 ASI belum keluar (17,4%)"},
		// The conclusion says 17,4% were "lancar" before the massage; the
		// before table has no such mother.
		{0, "17,4", "conclusion: 17,4% ASI keluar lancar before"},
	} {
		ck, err := audit.CheckPercent(c.count, 23, c.pct, c.txt, "article")
		must(err)
		checks = append(checks, ck)
	}
	st, err := audit.ParseStatement("nilai t:-28,471 dan probabilitasnya sebesar 0,000")
	must(err)
	ck, err := audit.CheckStatement(st, audit.StatementOptions{DF: 22})
	must(err)
	checks = append(checks, ck)
	ck, err = audit.CheckMargins(ref.Before, ref.After, "-28,471", audit.MarginOptions{})
	must(err)
	checks = append(checks, ck)
	return report.Analysis{
		Title:       "Hasil penelitian: pijat oksitosin dan kelancaran ASI",
		Variable:    "Kelancaran ASI",
		BeforeLabel: "Sebelum pijat", AfterLabel: "Sesudah pijat",
		FreqBefore: &fb, FreqAfter: &fa, Cross: &ct,
		T: &res, CategoryCodes: true, X: x, Y: y,
		ShapiroWilk: &sw, Wilcoxon: &wx, Sign: &sg, MarginalHomogeneity: &mh, Bowker: &bw,
		Checks: checks,
		Provenance: report.Provenance{
			DataName:      "testdata/oxytocin/reconstructed.csv",
			DataSHA256:    fmt.Sprintf("%x", sha256.Sum256(raw)),
			ModuleVersion: "(devel)",
		},
	}
}

// TestArticleAgainstR checks the numbers the golden files print against R
// (testdata/r/report.json, written by testdata/r/report.R).
func TestArticleAgainstR(t *testing.T) {
	a := articleAnalysis(t)
	ref := loadRef(t)
	near := func(name string, got, want float64) {
		t.Helper()
		if !scalar.EqualWithinAbsOrRel(got, want, 1e-12, 1e-9) {
			t.Errorf("%s = %.17g, R gives %.17g", name, got, want)
		}
	}
	m := ref.T
	for _, c := range []struct {
		key string
		got float64
	}{
		{"mean_diff", a.T.MeanDiff}, {"sd_diff", a.T.SDDiff}, {"se", a.T.SE}, {"t", a.T.T}, {"p", a.T.P},
		{"ci_low", a.T.CILow}, {"ci_high", a.T.CIHigh}, {"mean_x", a.T.MeanX}, {"mean_y", a.T.MeanY},
		{"sd_x", a.T.SDX}, {"sd_y", a.T.SDY}, {"se_x", a.T.SEX}, {"se_y", a.T.SEY}, {"r", a.T.R}, {"r_p", a.T.RP},
		{"d_z", a.T.DZ}, {"d_z_ci_low", a.T.DZCILow}, {"d_z_ci_high", a.T.DZCIHigh},
	} {
		near("t-test "+c.key, c.got, num(t, m, c.key))
	}
	near("Shapiro-Wilk W", a.ShapiroWilk.W, num(t, ref.Shapiro, "w"))
	if !scalar.EqualWithinAbsOrRel(a.ShapiroWilk.P, num(t, ref.Shapiro, "p"), 1e-12, 1e-6) {
		t.Errorf("Shapiro-Wilk p = %g, R %g", a.ShapiroWilk.P, num(t, ref.Shapiro, "p"))
	}
	near("Wilcoxon V", a.Wilcoxon.V, num(t, ref.Wilcoxon, "v"))
	near("Wilcoxon p", a.Wilcoxon.P, num(t, ref.Wilcoxon, "p"))
	near("rank-biserial", a.Wilcoxon.RankBiserial, num(t, ref.Wilcoxon, "rank_biserial"))
	near("sign p", a.Sign.P, num(t, ref.Sign, "p"))
	near("Stuart-Maxwell", a.MarginalHomogeneity.Statistic, num(t, ref.StuartMaxwell, "statistic"))
	near("Stuart-Maxwell p", a.MarginalHomogeneity.P, num(t, ref.StuartMaxwell, "p"))
	near("Bowker (non-empty pairs)", a.Bowker.Statistic, num(t, ref.BowkerNonEmpty, "statistic"))
	near("Bowker df", a.Bowker.DF, num(t, ref.BowkerNonEmpty, "df"))
	near("Bowker p", a.Bowker.P, num(t, ref.BowkerNonEmpty, "p"))
	for i := range ref.Cross {
		for j := range ref.Cross[i] {
			if a.Cross.Counts[i][j] != ref.Cross[i][j] {
				t.Errorf("cross table cell (%d, %d) = %d, R script uses %d", i+1, j+1, a.Cross.Counts[i][j], ref.Cross[i][j])
			}
		}
	}
	for i := range ref.Levels {
		if a.FreqBefore.Counts[i] != ref.Before[i] || a.FreqAfter.Counts[i] != ref.After[i] {
			t.Errorf("level %d counts %d/%d, published %d/%d", i, a.FreqBefore.Counts[i], a.FreqAfter.Counts[i], ref.Before[i], ref.After[i])
		}
	}
}
