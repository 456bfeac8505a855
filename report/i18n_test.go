package report_test

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/pairedt/audit"
	"github.com/pairedt/pairedt/report"
)

// reproductionRows returns the body rows of the reproduction table of a
// Markdown report, split into cells.
func reproductionRows(t *testing.T, md string) [][]string {
	t.Helper()
	_, after, ok := strings.Cut(md, "|---|---|---|---|---|\n")
	if !ok {
		t.Fatalf("no reproduction table:\n%s", md)
	}
	var rows [][]string
	for _, line := range strings.Split(after, "\n") {
		if !strings.HasPrefix(line, "| ") {
			break
		}
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		rows = append(rows, cells)
	}
	return rows
}

// TestReproductionIndonesian: the Indonesian report takes the Indonesian
// claim, reported, recomputed and explanation texts of a check, and the
// English ones where a check has none (one built by hand); the English
// report takes the English ones.
func TestReproductionIndonesian(t *testing.T) {
	margins, err := audit.CheckMargins([]int{17, 6, 0}, []int{4, 0, 19}, "-28,471", audit.MarginOptions{})
	if err != nil {
		t.Fatal(err)
	}
	hand := audit.Check{Claim: "hand claim", Verdict: audit.Consistent, Reported: "1.5", Recomputed: "1.50", Explanation: "By hand."}
	a := report.Analysis{Checks: []audit.Check{margins, hand}}
	for _, c := range []struct {
		lang report.Lang
		want [][]string
	}{
		{report.English, [][]string{
			{"paired t = -28,471 from counts before 17/6/0, after 4/0/19 (scores 1 2 3)", "t = -28,471",
				`t in \[-8.5247, -5.7643\] over 5 joint tables; \|t\| &lt;= 10.2225 under any increasing scoring`, "**inconsistent**"},
			{"hand claim", `1\.5`, `1\.50`, "**consistent**", "By hand."},
		}},
		{report.Indonesian, [][]string{
			{"t berpasangan = -28,471 dari frekuensi sebelum 17/6/0, sesudah 4/0/19 (skor 1 2 3)", "t = -28,471",
				`t dalam \[-8,5247; -5,7643\] atas 5 tabel gabungan; \|t\| &lt;= 10,2225 untuk penskoran meningkat apa pun`, "**tidak konsisten**"},
			{"hand claim", `1\.5`, `1\.50`, "**konsisten**", "By hand."},
		}},
	} {
		t.Run(string(c.lang), func(t *testing.T) {
			var md bytes.Buffer
			if err := report.Markdown(&md, a, report.Options{Lang: c.lang, NoCharts: true}); err != nil {
				t.Fatal(err)
			}
			rows := reproductionRows(t, md.String())
			if len(rows) != len(c.want) {
				t.Fatalf("%d rows, want %d:\n%s", len(rows), len(c.want), md.String())
			}
			for i, want := range c.want {
				for j, cell := range want {
					if rows[i][j] != cell {
						t.Errorf("row %d cell %d: %q, want %q", i+1, j+1, rows[i][j], cell)
					}
				}
			}
		})
	}
}

// TestReproductionArticleIndonesian audits the article's claims file and
// checks that the Indonesian reproduction table has no decimal point
// between digits except in a number printed so in the article (the
// English abstract's "0.000" and "-28.471", line 540's "0.00" and
// "0.05") and names the groups sebelum/sesudah.
func TestReproductionArticleIndonesian(t *testing.T) {
	claims, err := audit.ReadClaims(strings.NewReader(articleClaimsJSON(t)))
	if err != nil {
		t.Fatal(err)
	}
	checks, err := audit.Audit(claims)
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := report.Markdown(&md, report.Analysis{Checks: checks}, report.Options{Lang: report.Indonesian, NoCharts: true}); err != nil {
		t.Fatal(err)
	}
	printed := map[string]bool{"0.000": true, "28.471": true, "0.00": true, "0.05": true}
	num := regexp.MustCompile(`[0-9]+(?:[.,][0-9]+)+`)
	for i, row := range reproductionRows(t, md.String()) {
		for j, cell := range row {
			for _, n := range num.FindAllString(cell, -1) {
				if strings.Contains(n, ".") && !printed[n] {
					t.Errorf("row %d cell %d: decimal point in %q: %s", i+1, j+1, n, cell)
				}
			}
			// The sources are the transcriber's notes, quoted as given.
			for _, g := range claims.Groups {
				for _, c := range g.Cells {
					cell = strings.ReplaceAll(cell, c.Source, "")
				}
			}
			if j != 4 && regexp.MustCompile(`\b(before|after|against|over|two-sided)\b`).MatchString(cell) {
				t.Errorf("row %d cell %d: English word in %s", i+1, j+1, cell)
			}
		}
	}
	for _, want := range []string{
		"| frekuensi sebelum 17/6/0 berjumlah n = 23 | n = 23 | 17 + 6 + 0 = 23 | **konsisten** | Jumlah frekuensi sebelum sama dengan n = 23 yang dinyatakan. |",
		"| p = 0.00 untuk t(22) = -28,471 | p = 0.00 |",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("lacks %q:\n%s", want, md.String())
		}
	}
}

// TestOneSidedNote: a one-sided Wilcoxon or sign test says so in its Note
// cell, in both languages; a two-sided one says nothing (R's
// datasets::sleep).
func TestOneSidedNote(t *testing.T) {
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0}
	y := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4}
	for _, c := range []struct {
		alt                pairedt.Alternative
		wantEN, wantID     string
		wantENNo, wantIDNo []string
	}{
		{pairedt.Less, "; one-sided (less)", "; satu sisi (kurang dari)", nil, nil},
		{pairedt.Greater, "; one-sided (greater)", "; satu sisi (lebih dari)", nil, nil},
		{pairedt.TwoSided, "", "", []string{"one-sided"}, []string{"satu sisi"}},
	} {
		t.Run(c.alt.String(), func(t *testing.T) {
			w, err := pairedt.Wilcoxon(x, y, pairedt.WilcoxonOptions{Options: pairedt.Options{Alternative: c.alt}})
			if err != nil {
				t.Fatal(err)
			}
			s, err := pairedt.SignTest(x, y, pairedt.Options{Alternative: c.alt})
			if err != nil {
				t.Fatal(err)
			}
			a := report.Analysis{Wilcoxon: &w, Sign: &s}
			for _, l := range []struct {
				lang report.Lang
				want string
				no   []string
			}{{report.English, c.wantEN, c.wantENNo}, {report.Indonesian, c.wantID, c.wantIDNo}} {
				var md bytes.Buffer
				if err := report.Markdown(&md, a, report.Options{Lang: l.lang, NoCharts: true}); err != nil {
					t.Fatal(err)
				}
				got := md.String()
				if l.want != "" && strings.Count(got, l.want+" |") != 2 {
					t.Errorf("%s: want %q ending both Note cells:\n%s", l.lang, l.want, got)
				}
				for _, no := range l.no {
					if strings.Contains(got, no) {
						t.Errorf("%s: two-sided test says %q:\n%s", l.lang, no, got)
					}
				}
			}
		})
	}
}

// articleClaimsJSON is the article's claims file, transcribed with the
// article's line numbers (testdata/oxytocin/claims.json).
func articleClaimsJSON(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/oxytocin/claims.json")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
