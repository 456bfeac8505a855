package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// TestUndefinedTests renders a study in which nobody changed category: the
// t-test (every difference 0), Bowker's and the Stuart-Maxwell test (no
// discordant pair), the sign and the Wilcoxon test (no non-zero difference)
// are undefined; the report still shows the tables and says why each test
// is missing, in the reader's language.
func TestUndefinedTests(t *testing.T) {
	levels := []string{"low", "mid", "high"}
	v := []string{"low", "low", "mid", "high", "high", "mid"}
	s, err := pairedt.AnalyzeOrdinal(v, v, levels, nil, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if s.T != nil || s.Bowker != nil || len(s.Undefined) == 0 {
		t.Fatalf("study %+v", s)
	}
	a := report.FromStudy(s)
	for _, c := range []struct {
		lang report.Lang
		want []string
	}{
		{report.English, []string{
			"The paired t-test is not defined for these data: every difference is zero.",
			"| Bowker symmetry |  |  |  | not defined for these data: no subject changed category |",
			"Frequencies of",
		}},
		{report.Indonesian, []string{
			"Uji t berpasangan tidak terdefinisi untuk data ini: semua selisih bernilai nol.",
			"tidak terdefinisi untuk data ini: tidak ada responden yang berpindah kategori",
		}},
	} {
		var b bytes.Buffer
		if err := report.Markdown(&b, a, report.Options{Lang: c.lang}); err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: no %q in\n%s", c.lang, w, b.String())
			}
		}
	}
}
