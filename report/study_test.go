package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// TestFromStudy: the Analysis built from a study renders the same bytes as
// the Analysis assembled by hand from the same results.
func TestFromStudy(t *testing.T) {
	levels := []string{"low", "mid", "high"}
	before := []string{"low", "low", "mid", "low", "mid", "high", "low"}
	after := []string{"mid", "high", "high", "low", "high", "high", "mid"}
	s, err := pairedt.AnalyzeOrdinal(before, after, levels, nil, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a := report.FromStudy(s)
	hand := report.Analysis{
		FreqBefore: s.FreqBefore, FreqAfter: s.FreqAfter, Cross: s.Cross,
		T: s.T, CategoryCodes: true, Scores: []float64{1, 2, 3}, X: s.X, Y: s.Y,
		ShapiroWilk: s.ShapiroWilk, Wilcoxon: s.Wilcoxon, Sign: s.Sign,
		MarginalHomogeneity: s.StuartMaxwell, Bowker: s.Bowker,
	}
	var got, want bytes.Buffer
	if err := report.Markdown(&got, a, report.Options{NoCharts: true}); err != nil {
		t.Fatal(err)
	}
	if err := report.Markdown(&want, hand, report.Options{NoCharts: true}); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("FromStudy renders differently:\n%s\nwant\n%s", got.String(), want.String())
	}
	if len(a.Undefined) != len(s.Undefined) {
		t.Errorf("undefined %v", a.Undefined)
	}

	// Numeric: no scores, no category flag.
	n, err := pairedt.AnalyzePaired([]float64{1, 2, 4, 7}, []float64{2, 2, 5, 9}, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a := report.FromStudy(n); a.CategoryCodes || a.Scores != nil || a.T == nil || a.Cross != nil {
		t.Errorf("numeric analysis %+v", a)
	}
}

// binaryStudy is the 2 x 2 table [[10, 17], [8, 15]] (before rows, after
// columns): R 4.2 gives mcnemar.test(matrix(c(10, 8, 17, 15), 2)) 2.56,
// p = .1096; with correct = FALSE 3.24, p = .0719; binom.test(8, 25)
// p = .1078.
func binaryStudy(t *testing.T) *pairedt.Study {
	t.Helper()
	var before, after []string
	for _, c := range []struct {
		b, a string
		n    int
	}{{"no", "no", 10}, {"no", "yes", 17}, {"yes", "no", 8}, {"yes", "yes", 15}} {
		for range c.n {
			before, after = append(before, c.b), append(after, c.a)
		}
	}
	s, err := pairedt.AnalyzeOrdinal(before, after, []string{"no", "yes"}, nil, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestMcNemarRows: a two-level outcome shows McNemar's three tests, with
// the numbers of R's mcnemar.test and binom.test, in both languages, and
// no Bowker or Stuart-Maxwell row.
func TestMcNemarRows(t *testing.T) {
	a := report.FromStudy(binaryStudy(t))
	for _, c := range []struct {
		lang report.Lang
		want []string
	}{
		{report.English, []string{
			"| McNemar (continuity-corrected) | χ²&nbsp;=&nbsp;2.560 | 1 | .110 |",
			"| McNemar (uncorrected) | χ²&nbsp;=&nbsp;3.240 | 1 | .072 |",
			"| McNemar exact (binomial) | *b*&nbsp;=&nbsp;17, *c*&nbsp;=&nbsp;8 |  | .108 |",
		}},
		{report.Indonesian, []string{
			"| McNemar (dengan koreksi kontinuitas) | χ²&nbsp;=&nbsp;2,560 | 1 | 0,110 |",
			"| McNemar (tanpa koreksi) | χ²&nbsp;=&nbsp;3,240 | 1 | 0,072 |",
			"| McNemar eksak (binomial) | *b*&nbsp;=&nbsp;17, *c*&nbsp;=&nbsp;8 |  | 0,108 |",
		}},
	} {
		var b bytes.Buffer
		if err := report.Markdown(&b, a, report.Options{Lang: c.lang, NoCharts: true}); err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !bytes.Contains(b.Bytes(), []byte(w)) {
				t.Errorf("%s: no row %q in\n%s", c.lang, w, b.String())
			}
		}
		if bytes.Contains(b.Bytes(), []byte("Bowker")) || bytes.Contains(b.Bytes(), []byte("Stuart")) {
			t.Errorf("%s: Bowker or Stuart-Maxwell on a 2 x 2 table", c.lang)
		}
	}
}

// TestMcNemarSentence: for a binary outcome the primary analysis is
// McNemar's test, in words, with R's numbers (mcnemar.test: 2.56, p = .110;
// binom.test: p = .108), in section 2, before the t-test on the codes.
func TestMcNemarSentence(t *testing.T) {
	a := report.FromStudy(binaryStudy(t))
	for _, c := range []struct {
		lang report.Lang
		want string
	}{
		{report.English, "McNemar's test with continuity correction gave χ²(1) = 2.56, *p* = .110; the exact (binomial) test gave *p* = .108."},
		{report.Indonesian, "Uji McNemar dengan koreksi kontinuitas menghasilkan χ²(1) = 2,56; *p* = 0,110; uji eksak (binomial) menghasilkan *p* = 0,108."},
	} {
		var b bytes.Buffer
		if err := report.Markdown(&b, a, report.Options{Lang: c.lang, NoCharts: true}); err != nil {
			t.Fatal(err)
		}
		md := b.String()
		i, j := strings.Index(md, c.want), strings.Index(md, "## 3.")
		if i < 0 || j < 0 || i > j {
			t.Errorf("%s: sentence at %d, section 3 at %d in\n%s", c.lang, i, j, md)
		}
	}
}
