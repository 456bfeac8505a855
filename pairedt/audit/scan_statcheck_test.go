package audit

import (
	"encoding/json"
	"os"
	"testing"
)

// statcheckCase is one string of testdata/statcheck/expected.json, written
// by testdata/statcheck/statcheck.R with statcheck 1.4.0 on R 4.2.2.
type statcheckCase struct {
	Text         string `json:"text"`
	OneTailedTxt bool   `json:"one_tailed_txt"`
	Results      []struct {
		TestType      string   `json:"test_type"`
		TestValue     float64  `json:"test_value"`
		ComputedP     *float64 `json:"computed_p"`
		Error         bool     `json:"error"`
		DecisionError bool     `json:"decision_error"`
	} `json:"results"`
}

// statcheckDifferences are the strings where Scan deliberately differs
// from statcheck 1.4.0, and why.
var statcheckDifferences = map[string]string{
	// statcheck reads the decimal comma as a thousands separator
	// (t = -28471; its error is right for the wrong reason) and "2,10" as
	// 210 (no error flagged): Scan reads both as decimals.
	"t(22) = -28,471, p = .000": "decimal comma",
	"t(22) = 2,10, p < .05":     "decimal comma",
	// statcheck finds no result after a semicolon (statcheck#47), with a
	// decimal comma (statcheck#27) or with a superscript ² in χ²: Scan does.
	"t(28) = 2.20; p = .04":           "semicolon",
	"F(1, 19) = 4,44, p = 0,048":      "decimal comma",
	"\u03c7\u00b2(1) = 3.20, p = .07": "superscript chi",
	// statcheck's p pattern takes one of < > = (not "<="), and its z needs
	// a character before it (RGX_Z "[^a-z](z|Z)"), so a text starting
	// with z gives nothing: Scan reads both.
	"t(28) = 2.20, p <= .05":      "p <=",
	"z = 2.58, p = .01 was found": "z at the start of the text",
}

func TestScanStatcheck(t *testing.T) {
	data, err := os.ReadFile("testdata/statcheck/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Source string          `json:"source"`
		Cases  []statcheckCase `json:"cases"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	agree, total := 0, 0
	for _, c := range doc.Cases {
		t.Run(c.Text, func(t *testing.T) {
			total++
			checks, err := Scan(c.Text, ScanOptions{OneTailedTxt: c.OneTailedTxt})
			if err != nil {
				t.Fatal(err)
			}
			var got []Check
			for _, ch := range checks {
				if ch.Kind == KindPValue && ch.Low != nil {
					got = append(got, ch)
				}
			}
			why, deliberate := statcheckDifferences[c.Text]
			if deliberate {
				t.Logf("deliberate difference (%s): statcheck %d results, Scan %d: %v", why, len(c.Results), len(got), got)
				return
			}
			if len(got) != len(c.Results) {
				t.Fatalf("%d results, statcheck 1.4.0 finds %d: %v", len(got), len(c.Results), checks)
			}
			for i, r := range c.Results {
				ch := got[i]
				want := "consistent"
				switch {
				case r.DecisionError:
					want = "decision_error"
				case r.Error:
					want = "inconsistent or reporting_error"
				}
				ok := ch.Verdict == Consistent && !r.Error ||
					ch.Verdict == DecisionError && r.DecisionError ||
					(ch.Verdict == Inconsistent || ch.Verdict == ReportingError) && r.Error && !r.DecisionError
				if !ok {
					t.Errorf("result %d: %s, statcheck 1.4.0: %s (%s)", i+1, ch.Verdict, want, ch)
				}
				// The computed p lies in the interval of the printed
				// statistic, and equals statcheck's when the statistic is
				// read the same way.
				if r.ComputedP != nil && ch.Low != nil && !(*ch.Low <= *r.ComputedP*(1+1e-9) && *r.ComputedP <= *ch.High*(1+1e-9)) {
					t.Errorf("result %d: statcheck's p = %g outside [%g, %g]", i+1, *r.ComputedP, *ch.Low, *ch.High)
				}
			}
			if !t.Failed() {
				agree++
			}
		})
	}
	t.Logf("agreement with %s: %d of %d strings (%d deliberate differences)", doc.Source, agree, total, len(statcheckDifferences))
	if agree+len(statcheckDifferences) != total {
		t.Errorf("%d agree + %d deliberate != %d", agree, len(statcheckDifferences), total)
	}
}
