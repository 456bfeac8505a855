package audit

import (
	"encoding/json"
	"os"
	"testing"
)

// TestScanIndonesian scans the Indonesian corpus of
// testdata/indonesian/expected.json: each sentence's truth is statcheck
// 1.4.0 (R 4.2.2) on its APA form, and R's p for a stated decision at
// alpha = .05 (testdata/indonesian/corpus.R).
func TestScanIndonesian(t *testing.T) {
	data, err := os.ReadFile("testdata/indonesian/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Cases []struct {
			statcheckCase
			APA      string `json:"apa"`
			Decision string `json:"decision"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for _, c := range doc.Cases {
		t.Run(c.Text, func(t *testing.T) {
			checks, err := Scan(c.Text, ScanOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var got []Check
			var dec *Check
			for i, ch := range checks {
				switch {
				case ch.Kind == KindPValue && ch.Low != nil:
					got = append(got, ch)
				case ch.Kind == KindDecision:
					dec = &checks[i]
				}
			}
			if len(got) != len(c.Results) {
				t.Fatalf("%d results, want %d (statcheck on %q): %v", len(got), len(c.Results), c.APA, checks)
			}
			for i, r := range c.Results {
				ch := got[i]
				ok := ch.Verdict == Consistent && !r.Error ||
					ch.Verdict == DecisionError && r.DecisionError ||
					(ch.Verdict == Inconsistent || ch.Verdict == ReportingError) && r.Error && !r.DecisionError
				if !ok {
					t.Errorf("result %d: %s; statcheck 1.4.0 on %q: error %v, decision error %v", i+1, ch, c.APA, r.Error, r.DecisionError)
				}
				if r.ComputedP != nil && !(*ch.Low <= *r.ComputedP*(1+1e-9) && *r.ComputedP <= *ch.High*(1+1e-9)) {
					t.Errorf("result %d: R's p = %g outside [%g, %g]", i+1, *r.ComputedP, *ch.Low, *ch.High)
				}
			}
			switch {
			case c.Decision == "" && dec != nil:
				t.Errorf("a decision check where the sentence states none: %s", dec)
			case c.Decision != "" && dec == nil:
				t.Errorf("no decision check, want %s", c.Decision)
			case c.Decision != "" && string(dec.Verdict) != c.Decision:
				t.Errorf("decision %s, R: %s", dec, c.Decision)
			}
			if t.Failed() {
				for _, ch := range checks {
					t.Log(ch)
				}
			}
		})
	}
}

// TestScanIndonesianPercents: counts with percentages of a stated total,
// against R's 100 * count / total (testdata/indonesian/corpus.R writes
// percents.json).
func TestScanIndonesianPercents(t *testing.T) {
	data, err := os.ReadFile("testdata/indonesian/percents.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Cases []struct {
			Text       string  `json:"text"`
			Percent    float64 `json:"percent"`
			Consistent bool    `json:"consistent"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for _, c := range doc.Cases {
		checks, err := Scan(c.Text, ScanOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(checks) != 1 || checks[0].Kind != KindPercent {
			t.Errorf("%q: %v, want one percent check", c.Text, checks)
			continue
		}
		want := Inconsistent
		if c.Consistent {
			want = Consistent
		}
		if checks[0].Verdict != want {
			t.Errorf("%q: %s, R: %s (100 * count / total = %g)", c.Text, checks[0], want, c.Percent)
		}
	}
}
