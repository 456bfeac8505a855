package pairedt

import (
	"testing"

	"github.com/pairedt/pairedt/internal/rref"
)

// walshRef is testdata/r/walsh.json, written by testdata/r/walsh.R (R
// 4.2.2): wilcox.test(..., exact = TRUE, conf.int = TRUE) at n = 60, 200
// and 1000, where R forms and sorts the 1830 to 500500 Walsh averages.
type walshRef struct {
	Source string `json:"source"`
	Data   []struct {
		Name string       `json:"name"`
		X    []rref.Float `json:"x"`
		Y    []rref.Float `json:"y"`
	} `json:"data"`
	Cases []struct {
		Data         string     `json:"data"`
		Paired       bool       `json:"paired"`
		Alternative  string     `json:"alternative"`
		Mu           rref.Float `json:"mu"`
		ConfLevel    rref.Float `json:"conf_level"`
		Method       string     `json:"method"`
		Statistic    rref.Float `json:"statistic"`
		P            rref.Float `json:"p"`
		Estimate     rref.Float `json:"estimate"`
		CILow        rref.Float `json:"ci_low"`
		CIHigh       rref.Float `json:"ci_high"`
		ConfLevelOut rref.Float `json:"conf_level_out"`
		Warnings     []string   `json:"warnings"`
	} `json:"cases"`
}

// The exact estimate and interval selected among the Walsh averages equal
// R's formed and sorted ones: the bounds are the same float64 (R computes
// (x_i + x_j)/2 as the Go code does), the estimate (R's mean() of the
// middle two, in long double) is allowed 1 ulp and is the same float64 in
// this file; p to 1e-12 as the other exact Wilcoxon references.
func TestWilcoxonExactLargeNMatchesR(t *testing.T) {
	var ref walshRef
	rref.Load(t, "../testdata/r/walsh.json", &ref)
	t.Logf("reference: %s", ref.Source)
	data := map[string][2][]float64{}
	for _, d := range ref.Data {
		data[d.Name] = [2][]float64{rref.Floats(d.X), rref.Floats(d.Y)}
	}
	if len(ref.Cases) < 50 {
		t.Fatalf("%d cases in walsh.json", len(ref.Cases))
	}
	var worstEst float64
	for _, c := range ref.Cases {
		xy, ok := data[c.Data]
		if !ok {
			t.Fatalf("case names unknown data %q", c.Data)
		}
		alt, err := ParseAlternative(c.Alternative)
		if err != nil {
			t.Fatal(err)
		}
		o := WilcoxonOptions{Options: Options{Alternative: alt, Mu: float64(c.Mu), ConfLevel: float64(c.ConfLevel)}, Exact: ExactForce}
		var r WilcoxonResult
		if c.Paired {
			r, err = Wilcoxon(xy[0], xy[1], o)
		} else {
			r, err = WilcoxonOneSample(xy[0], o)
		}
		name := c.Data + " " + c.Alternative
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !r.Exact || r.Method != c.Method {
			t.Errorf("%s: method %q (exact %v), R %q", name, r.Method, r.Exact, c.Method)
		}
		rref.Check(t, name+" V", r.V, float64(c.Statistic), 0, 0)
		rref.Check(t, name+" p", r.P, float64(c.P), 0, 1e-12)
		rref.Check(t, name+" ci_low", r.CILow, float64(c.CILow), 0, 0)
		rref.Check(t, name+" ci_high", r.CIHigh, float64(c.CIHigh), 0, 0)
		rref.Check(t, name+" conf.level", r.ConfLevel, float64(c.ConfLevelOut), 0, 0)
		rref.Check(t, name+" estimate", r.Estimate, float64(c.Estimate), 0, 2.3e-16)
		worstEst = max(worstEst, rref.RelErr(r.Estimate, float64(c.Estimate)))
		if (len(c.Warnings) > 0) != (len(r.Warnings) > 0) {
			t.Errorf("%s: warnings %v, R %q", name, r.Warnings, c.Warnings)
		}
	}
	t.Logf("%d cases; largest relative error of the estimate %.3g", len(ref.Cases), worstEst)
}
