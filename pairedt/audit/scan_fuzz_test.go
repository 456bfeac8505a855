package audit

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzScan: no input panics; every check has a kind, a known verdict, a
// source position and words in both languages; the scan is deterministic.
// The seed corpus is in testdata/fuzz/FuzzScan.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"t(28) = 2.20, p = 0.04; t(15) = 1.98, p < .05",
		"nilai t:\u201328,471 dan probalitasnya sebesar 0,000 (lebih kecil dari alpha 0,05)",
		"dari 23 responden sebelum terdapat 6 responden (26,1%) ASI sudah keluar dan 17 responden (73,9%) ASI belum keluar.",
		"F(2, 28) = 2.20, p = .13 and \u03c7\u00b2(1) = 3.20, p = .07; r(28) = .22, p = .26; z = 2.2, p = .03",
		"p = 0,000 < 0,05 maka Ho ditolak",
		"*t*(71) = \u22122.94, *p* = .004",
	} {
		f.Add(s)
	}
	valid := map[Verdict]bool{Consistent: true, Inconsistent: true, DecisionError: true, ReportingError: true, NotDerivable: true}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<16 {
			return
		}
		checks, err := Scan(s, ScanOptions{Margins: MarginOptions{MaxTables: 1000, NoWilcoxon: true}})
		if err != nil {
			t.Fatalf("error on text: %v", err)
		}
		again, _ := Scan(s, ScanOptions{Margins: MarginOptions{MaxTables: 1000, NoWilcoxon: true}})
		if len(again) != len(checks) {
			t.Fatalf("not deterministic: %d then %d checks", len(checks), len(again))
		}
		for i, c := range checks {
			if c.Kind == "" || !valid[c.Verdict] || !strings.HasPrefix(c.Source, "line") {
				t.Fatalf("check %d: %+v", i, c)
			}
			if sp := c.Span; sp != nil && (sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End) {
				t.Fatalf("check %d: span %+v outside the text of %d bytes", i, *sp, len(s))
			}
			if again[i].Claim != c.Claim || again[i].Verdict != c.Verdict {
				t.Fatalf("check %d differs: %v, %v", i, c, again[i])
			}
			id := c.Text(Indonesian)
			if c.Explanation == "" || id.Explanation == "" {
				t.Fatalf("check %d without explanation: %v", i, c)
			}
			if utf8.ValidString(s) && !utf8.ValidString(c.Claim) {
				t.Fatalf("check %d: invalid UTF-8 claim %q", i, c.Claim)
			}
		}
		if sts, err := ParseStatements(s); err == nil && len(sts) == 0 {
			t.Fatal("ParseStatements: no statement and no error")
		}
	})
}
