package audit

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// testthatCase is one string of testdata/statcheck/testthat.json: a string
// that statcheck's own unit tests (tests/testthat, file and test_that block
// named) pass to statcheck(), with the options of that call and what
// statcheck 1.4.0 makes of it, written by testdata/statcheck/testthat.R.
type testthatCase struct {
	File     string `json:"file"`
	TestThat string `json:"test_that"`
	Text     string `json:"text"`
	Options  struct {
		Alpha          *float64 `json:"alpha"`
		PEqualAlphaSig *bool    `json:"pEqualAlphaSig"`
		PZeroError     *bool    `json:"pZeroError"`
		OneTailedTests *bool    `json:"OneTailedTests"`
		OneTailedTxt   *bool    `json:"OneTailedTxt"`
	} `json:"options"`
	Results []struct {
		TestType      string   `json:"test_type"`
		DF1           *float64 `json:"df1"`
		DF2           *float64 `json:"df2"`
		TestValue     float64  `json:"test_value"`
		PComp         string   `json:"p_comp"`
		ReportedP     *float64 `json:"reported_p"`
		ComputedP     *float64 `json:"computed_p"`
		Error         bool     `json:"error"`
		DecisionError bool     `json:"decision_error"`
	} `json:"results"`
}

func (c testthatCase) scanOptions() ScanOptions {
	var o ScanOptions
	if c.Options.Alpha != nil {
		o.Alpha = *c.Options.Alpha
	}
	o.PEqualAlphaNotSig = c.Options.PEqualAlphaSig != nil && !*c.Options.PEqualAlphaSig
	o.NoPZeroError = c.Options.PZeroError != nil && !*c.Options.PZeroError
	o.OneTailedTxt = c.Options.OneTailedTxt != nil && *c.Options.OneTailedTxt
	return o
}

// key names a case in testthatDifferences: its text, prefixed with
// "OneTailedTests: " when the call sets statcheck's OneTailedTests.
func (c testthatCase) key() string {
	if c.Options.OneTailedTests != nil && *c.Options.OneTailedTests {
		return "OneTailedTests: " + c.Text
	}
	return c.Text
}

// testthatDifferences are the strings of statcheck's tests where Scan
// deliberately differs from statcheck 1.4.0, and why (audit/doc.go lists
// the same differences).
var testthatDifferences = map[string]string{
	// statcheck reads any run of non-letters before the number as a
	// minus sign mangled by PDF conversion ("read as -2.20", its test
	// says); Scan reads only -, en dash and U+2212 as minus and does not
	// guess at "%^&".
	"t(28) = %^&2.20, p = .03": "garbage before the statistic",
	// statcheck finds no result after a semicolon (statcheck#47; its
	// later non-APA tests want them found): Scan does.
	"t(28) = 2.20; p = .03": "semicolon",
	"t(28) = 2.2; p = .03":  "semicolon",
	// statcheck takes only a lower-case t; Scan reads T(28) too (SPSS
	// output and Indonesian "T hitung" write a capital T).
	"T(28) = 2.20, p = .03": "capital T",
	// statcheck's comparisons are one of < > =; Scan reads <= and >= as
	// < and >.
	"t(38) >= 2.25, p = .03": ">= in the statistic",
	"t(38) = 2.25, p >= .03": ">= in the p-value",
	// statcheck reads the letter l in a df as 1 (OCR of PDFs); Scan does
	// not guess at letters.
	"F(l, 76) = 23.95, p <.001": "letter l as df 1",
	// statcheck ignores a correlation outside [-1, 1]; Scan reports it as
	// inconsistent (r cannot be 26.05), which an editor wants to see.
	"r(16) = 26.05, p = .10":      "impossible r reported",
	"r(28) = \u221259, p = .0008": "impossible r reported",
	// statcheck 1.4.0 needs the p right after the statistic; Scan reads an
	// MSE between them (statcheck's later non-APA tests want it read).
	"F(2,25) = 11.37, MSE = 236, p < .01":    "MSE between F and p",
	"F(2,25) = 11.37, MSE = 236.43, p < .01": "MSE between F and p",
	// statcheck's OneTailedTests = TRUE halves every p; ScanOptions has no
	// such option (OneTailedTxt, statcheck's text-driven rule, is there).
	"OneTailedTests: t(28) = 2.20, p = .02": "OneTailedTests option",
	"OneTailedTests: t(28) = 2.20, p = .04": "OneTailedTests option",
	"OneTailedTests: this test is one-tailed: t(28) = 2.20, p = .02, but this one is not: t(28) = 2.20, p = .04": "OneTailedTests option",
	// Ties at machine precision: the test prints the p (or t) of an exact
	// boundary to 15 digits, and R's pt and Go's t distribution differ in
	// the last bits there (R: p(t = 2.15) = 0.040338183264729613 < the
	// printed 0.0403381832647296, Go: 0.040338183264729821 >; R: p(t =
	// 2.15393486769497 - 5e-15) = 0.040000000000000049 > .04, Go:
	// 0.039999999999999994 <), so the strict comparison falls on the other
	// side of the tie.
	"t(28) = 2.2, p > 0.0403381832647296": "tie at machine precision",
	"t(28) < 2.15393486769497, p < .04":   "tie at machine precision",
}

// claimStat reads the statistic of a p-value check's claim,
// "p = .03 for t(28) = 2.20": its letter, dfs and value.
var claimStat = regexp.MustCompile(`^p .* for (\S+?)\s*(?:\(([^)]*)\))?\s*(?:<=|>=|[<>=])\s*(\S+)$`)

func statOf(claim string) (kind string, dfs []float64, value float64, ok bool) {
	m := claimStat.FindStringSubmatch(claim)
	if m == nil {
		return "", nil, 0, false
	}
	for _, d := range strings.Split(m[2], ",") {
		d = strings.TrimSpace(d)
		if x, err := strconv.ParseFloat(d, 64); err == nil {
			dfs = append(dfs, x)
		}
	}
	n, err := ParseNumber(m[3])
	if err != nil {
		return "", nil, 0, false
	}
	return m[1], dfs, n.Value, true
}

func TestScanStatcheckTestthat(t *testing.T) {
	data, err := os.ReadFile("testdata/statcheck/testthat.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Source string         `json:"source"`
		Cases  []testthatCase `json:"cases"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	agree, deliberate, total := 0, 0, 0
	perFile := map[string]int{}
	for _, c := range doc.Cases {
		perFile[c.File]++
		name := fmt.Sprintf("%s/%s/%s", strings.TrimSuffix(c.File, ".R"), c.TestThat, c.Text)
		t.Run(name, func(t *testing.T) {
			total++
			if why, ok := testthatDifferences[c.key()]; ok {
				deliberate++
				checks, _ := Scan(c.Text, c.scanOptions())
				t.Logf("deliberate difference (%s): statcheck %d results, Scan %v", why, len(c.Results), checks)
				return
			}
			checks, err := Scan(c.Text, c.scanOptions())
			if err != nil {
				t.Fatal(err)
			}
			var got []Check
			for _, ch := range checks {
				if _, _, _, ok := statOf(ch.Claim); ch.Kind == KindPValue && ok {
					got = append(got, ch)
				}
			}
			if len(got) != len(c.Results) {
				t.Fatalf("%d results, statcheck 1.4.0 finds %d: %v", len(got), len(c.Results), checks)
			}
			for i, r := range c.Results {
				ch := got[i]
				kind, dfs, v, _ := statOf(ch.Claim)
				var want []float64
				for _, d := range []*float64{r.DF1, r.DF2} {
					if d != nil {
						want = append(want, *d)
					}
				}
				if r.TestType == "r" && len(want) == 1 || len(dfs) > len(want) {
					dfs = dfs[:min(len(dfs), len(want))]
				}
				if !strings.EqualFold(kind[:1], r.TestType[:1]) && !(r.TestType == "Chi2" && (kind[0] == 'x' || kind[0] == 'X' || strings.HasPrefix(kind, "χ"))) {
					t.Errorf("result %d: %s, statcheck 1.4.0: %s", i+1, kind, r.TestType)
				}
				if fmt.Sprint(dfs) != fmt.Sprint(want) || math.Abs(v-r.TestValue) > 1e-9 {
					t.Errorf("result %d: df %v, statistic %g; statcheck 1.4.0: df %v, %g (%s)", i+1, dfs, v, want, r.TestValue, ch.Claim)
				}
				wantV := "consistent"
				switch {
				case r.DecisionError:
					wantV = "decision_error"
				case r.Error:
					wantV = "inconsistent or reporting_error"
				}
				ok := ch.Verdict == Consistent && !r.Error ||
					ch.Verdict == DecisionError && r.DecisionError ||
					(ch.Verdict == Inconsistent || ch.Verdict == ReportingError) && r.Error && !r.DecisionError
				if !ok {
					t.Errorf("result %d: %s, statcheck 1.4.0: %s (%s)", i+1, ch.Verdict, wantV, ch)
				}
			}
			if !t.Failed() {
				agree++
			}
		})
	}
	t.Logf("%s on statcheck's testthat strings %v: %d of %d agree, %d deliberate differences", doc.Source, perFile, agree, total, deliberate)
	if agree+deliberate != total {
		t.Errorf("%d agree + %d deliberate != %d", agree, deliberate, total)
	}
}

// TestScanQSubscriptAndGarbledNumber pins the two scanner fixes the
// testthat strings asked for: Qw/Qwithin/Qb/Qbetween are read as Q, and
// a garbled number ("t(102)=.1.84") is not read as t = .1.
func TestScanQSubscriptAndGarbledNumber(t *testing.T) {
	for _, s := range []string{"Qw(2) = 2.20, p = .03", "Qbetween(2) = 2.20, p = .03"} {
		checks, _ := Scan(s, ScanOptions{})
		if len(checks) != 1 || !strings.Contains(checks[0].Claim, "= 2.20") || checks[0].Verdict != DecisionError {
			t.Errorf("%s: %v, want one decision_error for Q = 2.20", s, checks)
		}
	}
	checks, _ := Scan("t(102)=.1.84,p=.068", ScanOptions{})
	for _, c := range checks {
		if _, _, _, ok := statOf(c.Claim); ok {
			t.Errorf("t(102)=.1.84: read a statistic: %v", c)
		}
	}
}

// TestTestthatDifferencesUsed checks that every deliberate difference
// names a string of testthat.json.
func TestTestthatDifferencesUsed(t *testing.T) {
	data, err := os.ReadFile("testdata/statcheck/testthat.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Cases []testthatCase `json:"cases"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range doc.Cases {
		seen[c.key()] = true
	}
	for k := range testthatDifferences {
		if !seen[k] {
			t.Errorf("testthatDifferences: %q is not a string of testthat.json", k)
		}
	}
}
