package audit

import (
	"bufio"
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestScanNoFalseAlarms: sentences without a statistical result give no
// check.
func TestScanNoFalseAlarms(t *testing.T) {
	for _, s := range []string{
		"Sampel penelitian ini sebanyak 23 ibu postpartum.",
		"Populasi dalam penelitian ini 52 ibu postpartum dan sampel 23 ibu postpartum.",
		"Data dikumpulkan pada bulan Agustus-September 2024.",
		"Menurut Sari, P. (2023), pijat oksitosin efektif.",
		"(Kabir dan tasnim dalam Sari, P., 2023) pijatan oksitosin efektif sebesar 80%",
		"We used R version 4.2.2 and statcheck 1.4.0 (R Core Team, 2022).",
		"See pages 123-145 in Smith et al. (2019), pp. 12-15.",
		"The sample comprised 120 participants (65 women) aged 18-65.",
		"Table 2 shows the results for 23 ibu postpartum.",
		"At t = 0 the patients were randomised, and at t = 5 minutes measured again.",
		"Version 2.0.1 was released on 12.05.2023.",
		"Pijat dilakukan 2 kali sehari selama 10-15 menit, dimulai pada hari ke-10.",
		"ISSN 2541-2345, Vol. 5 No. 2, hal. 45-52.",
		"z-score normalization was applied to 300 images; the F1 score was 0.85.",
		"The correlation was r = 0.45 in the pilot (Jones, 2020).",
		"Before 2019, 45% of mothers breastfed exclusively (WHO, 2019).",
		"Penelitian pre-eksperimental dengan rancangan One Grub Pretest-Posttest.",
		"Call 0812-3456-7890 or write to p.o. box 12.",
		"Sebelum dilakukan pijat oksitosin, ibu diberi penjelasan selama 15 menit.",
		"The t-test and the F-test are described in chapter 3, section 3.2.",
		"",
	} {
		checks, err := Scan(s, ScanOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(checks) > 0 {
			t.Errorf("%q: %d checks, want none: %v", s, len(checks), checks)
		}
	}
}

// TestScanForms covers the forms issues 10 and 14 name, each with its
// source: statcheck 1.4.0 or R (in the comment).
func TestScanForms(t *testing.T) {
	for _, c := range []struct {
		text  string
		kinds []string
		want  []Verdict
	}{
		// statcheck 1.4.0: the second is a decision error (p = .0664).
		{"t(28) = 2.20, p = 0.04; t(15) = 1.98, p < .05", []string{KindPValue, KindPValue}, []Verdict{Consistent, DecisionError}},
		// PDF-to-text breaks the statement over lines; U+2212 minus.
		{"the difference was\nsignificant, t(71) =\n\u22122.94, p =\n.004.", []string{KindPValue}, []Verdict{Consistent}},
		// Markdown italics: R 2*pt(-2.94, 71) = 0.004427.
		{"*t*(71) = \u22122.94, *p* = .004", []string{KindPValue}, []Verdict{Consistent}},
		// p before the statistic: "sig. 0,004 ... t hitung"; R 2*pt(-3.125, 19) = 0.005575.
		{"Diperoleh sig. 0,004 untuk t hitung 3,125 dengan df 19.", []string{KindPValue}, []Verdict{Inconsistent}},
		// p = 0 alone is a reporting error (statcheck's pZeroError).
		{"p = 0,000 < 0,05 maka Ho ditolak", []string{KindPValue, KindDecision}, []Verdict{ReportingError, Consistent}},
		{"Asymp. Sig. (2-tailed) 0,036", []string{KindPValue}, []Verdict{NotDerivable}},
		{"nilai p-value sebesar 0,21 sehingga Ho ditolak", []string{KindPValue, KindDecision}, []Verdict{NotDerivable, DecisionError}},
		// statcheck extracts nothing from t with two df.
		{"t(2,28) = 2.20, p = .03", nil, nil},
		// Counts and percentages of a stated total: 4/23 = 17.39%, 3/23 = 13.04%.
		{"Sebanyak 4 orang (18,4%) dari 23 ibu mengalami nyeri.", []string{KindPercent}, []Verdict{Inconsistent}},
		{"Of 23 mothers, 17 of 23 (73.9%) had no milk and 6 (26.1%) some.", []string{KindCountSum, KindPercent, KindPercent, KindPercent_sum()}, []Verdict{Consistent, Consistent, Consistent, Consistent}},
		// Paired design, n = 23 stated: df = 22 expected, 21 reported.
		{"A paired t-test on the sample of 23 mothers gave t(21) = 2.50, p = .021.", []string{KindPValue, KindSampleSize}, []Verdict{Consistent, Inconsistent}},
		// One-tailed wording with OneTailedTxt off (statcheck's default): two-sided p = .0826.
		{"t(28) = 1.80, p = .04, one-tailed", []string{KindPValue}, []Verdict{DecisionError}},
	} {
		t.Run(c.text, func(t *testing.T) {
			checks, err := Scan(c.text, ScanOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(checks) != len(c.kinds) {
				t.Fatalf("%d checks, want %d: %v", len(checks), len(c.kinds), checks)
			}
			for i, ch := range checks {
				if ch.Kind != c.kinds[i] || ch.Verdict != c.want[i] {
					t.Errorf("check %d: %s %s, want %s %s: %s", i+1, ch.Kind, ch.Verdict, c.kinds[i], c.want[i], ch)
				}
				if !strings.HasPrefix(ch.Source, "line") {
					t.Errorf("check %d: source %q", i+1, ch.Source)
				}
				id := ch.Text(Indonesian)
				if id.Explanation == "" || id.Claim == "" {
					t.Errorf("check %d: no Indonesian text", i+1)
				}
			}
		})
	}
}

// KindPercent_sum keeps the table above aligned.
func KindPercent_sum() string { return KindPercentSum }

func TestScanOneTailedTxt(t *testing.T) {
	// statcheck 1.4.0 with OneTailedTxt = TRUE: consistent (p = .0413 one-tailed).
	checks, err := Scan("t(28) = 1.80, p = .04, one-tailed", ScanOptions{OneTailedTxt: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(checks) != 1 || checks[0].Verdict != Consistent || !strings.Contains(checks[0].Explanation, "one-tailed") {
		t.Errorf("got %v", checks)
	}
}

func TestScanBadOptions(t *testing.T) {
	if _, err := Scan("t(28) = 2.20, p = .04", ScanOptions{Alpha: 2}); !errors.Is(err, ErrClaims) {
		t.Errorf("alpha 2: err = %v, want ErrClaims", err)
	}
}

func TestScanSourcePosition(t *testing.T) {
	checks, _ := Scan("Intro.\n\nResults: t(28) = 2.20, p = .04.", ScanOptions{})
	if len(checks) != 1 || checks[0].Source != "line 3, column 10" {
		t.Errorf("got %v", checks)
	}
}

var reLines = regexp.MustCompile(`lines? (\d+)(?:-(\d+))?`)

// lineRange returns the smallest and largest line a source names.
func lineRange(src string) (lo, hi int) {
	lo, hi = 1<<30, -1
	for _, m := range reLines.FindAllStringSubmatch(src, -1) {
		a, _ := strconv.Atoi(m[1])
		b := a
		if m[2] != "" {
			b, _ = strconv.Atoi(m[2])
		}
		lo, hi = min(lo, a), max(hi, b)
	}
	return lo, hi
}

// matchClaims counts how many of the hand-written claims file's checks the
// scan reproduces: same kind, same verdict, overlapping lines, each scan
// check used once.
func matchClaims(t *testing.T, scanned []Check) (found int, missing []string) {
	f, err := os.Open("../../testdata/oxytocin/claims.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := ReadClaims(f)
	if err != nil {
		t.Fatal(err)
	}
	want, err := AuditWith(c, AuditOptions{Margins: MarginOptions{BuiltinWilcoxon: true}})
	if err != nil {
		t.Fatal(err)
	}
	used := make([]bool, len(scanned))
	for _, w := range want {
		lo, hi := lineRange(w.Source)
		ok := false
		for i, s := range scanned {
			slo, shi := lineRange(s.Source)
			if !used[i] && s.Kind == w.Kind && s.Verdict == w.Verdict && slo <= hi && lo <= shi {
				used[i], ok = true, true
				break
			}
		}
		if ok {
			found++
		} else {
			missing = append(missing, w.String())
		}
	}
	if len(want) != 20 {
		t.Errorf("the claims file gives %d checks, want 20", len(want))
	}
	return found, missing
}

// excerptText rebuilds the article's cited lines at their line numbers
// from testdata/oxytocin/excerpts.txt (the other lines blank).
func excerptText(t *testing.T) string {
	f, err := os.Open("../../testdata/oxytocin/excerpts.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines := map[int]string{}
	last := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") {
			continue
		}
		num, text, ok := strings.Cut(l, "\t")
		n, err := strconv.Atoi(num)
		if !ok || err != nil {
			continue
		}
		lines[n] = text
		last = max(last, n)
	}
	var b strings.Builder
	for i := 1; i <= last; i++ {
		b.WriteString(lines[i])
		b.WriteByte('\n')
	}
	return b.String()
}

func scanArticle(t *testing.T, text string) []Check {
	checks, err := Scan(text, ScanOptions{Margins: MarginOptions{BuiltinWilcoxon: true}})
	if err != nil {
		t.Fatal(err)
	}
	return checks
}

// TestScanArticleExcerpts scans the quoted lines of the motivating article
// (always available) and finds all 20 checks of the hand-written claims
// file with the same verdicts, and nothing else.
func TestScanArticleExcerpts(t *testing.T) {
	checks := scanArticle(t, excerptText(t))
	found, missing := matchClaims(t, checks)
	if found != 20 {
		t.Errorf("found %d of the claims file's 20 checks; missing:\n%s", found, strings.Join(missing, "\n"))
	}
	if len(checks) != 20 {
		t.Errorf("%d checks, want 20", len(checks))
		for _, c := range checks {
			t.Log(c)
		}
	}
}

// TestScanArticle scans the full text of the motivating article when it is
// present (../shared/article/ from the repository root; not shipped, as it
// carries no licence statement). The lines the checks need are quoted in
// testdata/oxytocin/excerpts.txt; line 23 reads "postpartum dengan nilai
// t:–28,471 dan probalitasnya sebesar 0,000 (lebih kecil dari alpha 0,05)."
func TestScanArticle(t *testing.T) {
	data, err := os.ReadFile("../../../shared/article/oxytocin-massage-bener-2024.txt")
	if err != nil {
		t.Skip("article text not present:", err)
	}
	checks := scanArticle(t, string(data))
	found, missing := matchClaims(t, checks)
	t.Logf("the scan finds %d of the claims file's 20 checks with the same verdicts (%d checks in all)", found, len(checks))
	if found != 20 {
		t.Errorf("found %d of 20; missing:\n%s", found, strings.Join(missing, "\n"))
	}
	if len(checks) != 20 {
		for _, c := range checks {
			t.Log(c)
		}
		t.Errorf("%d checks, want 20 (no false alarms elsewhere in the article)", len(checks))
	}
	// Line 23 is the abstract's result: p = 0,000 is a reporting error.
	if c := checks[0]; c.Verdict != ReportingError || !strings.HasPrefix(c.Source, "line 23,") {
		t.Errorf("first check %v", c)
	}
}

func TestHTMLText(t *testing.T) {
	src := "<html><head><style>p { color: red }\n</style></head>\n<body><p>Results: <i>t</i>(28) = 2.20,\n<i>p</i> = .04; &chi;<sup>2</sup>(3) = 23.00, <i>p</i> &lt; .001.</p>\n<script>var t = 1;</script></body></html>"
	text := HTMLText(src)
	if strings.Count(text, "\n") != strings.Count(src, "\n") {
		t.Errorf("line breaks not kept: %q", text)
	}
	checks, err := Scan(text, ScanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// statcheck 1.4.0: both consistent.
	if len(checks) != 2 || checks[0].Verdict != Consistent || checks[1].Verdict != Consistent || !strings.HasPrefix(checks[0].Source, "lines 3-4") {
		t.Errorf("got %v", checks)
	}
}

// TestScanSubgroups: counts whose total is not stated are not held
// against the text's sample size, and numbers about another outcome are
// not held against a table.
func TestScanSubgroups(t *testing.T) {
	text := "A paired t-test was run on the sample of 120 participants. Among women, 30 (50.0%) smoked and 30 (50.0%) did not. " +
		"After the course, 10 (25.0%) walked daily."
	checks, err := Scan(text, ScanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range checks {
		if c.Verdict != Consistent {
			t.Errorf("false alarm: %s", c)
		}
	}
	// 50.0% + 50.0% = 100%: the subgroup's own table of 60 (two
	// percentages and their sum; its counts sum to 60 by construction).
	if len(checks) != 3 {
		t.Errorf("%d checks, want 3: %v", len(checks), checks)
	}
}

// TestScanAmbiguousComma: "2,104" with a p printed with a decimal point
// is read as 2.104 (R: 2*pt(-2.104, 22) = 0.04703, consistent), and the
// explanation says that the thousands reading (2104, statcheck's) would be
// inconsistent.
func TestScanAmbiguousComma(t *testing.T) {
	checks, err := Scan("t(22) = 2,104, p = .047", ScanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(checks) != 1 || checks[0].Verdict != Consistent || !strings.Contains(checks[0].Explanation, "thousands separator") ||
		!strings.Contains(checks[0].Text(Indonesian).Explanation, "pemisah ribuan") {
		t.Errorf("got %v", checks)
	}
}

func TestNormalizeText(t *testing.T) {
	src := "Nilai *t*:\u201328,471\n\ndan ASI-\nnya \u03c7\u00b2 p\u00a0\u2264 .05"
	n := normalizeText(src)
	if want := "nilai t:-28,471 dan asi-nya chi2 p <= .05"; n.s != want {
		t.Errorf("normalised %q, want %q", n.s, want)
	}
	if len(n.off) != len(n.s)+1 || n.off[len(n.s)] != len(src) {
		t.Fatalf("offsets: %d for %d bytes", len(n.off), len(n.s))
	}
	// Every normalised byte maps into the original, in order.
	for i := 1; i < len(n.off); i++ {
		if n.off[i] < n.off[i-1] || n.off[i] > len(src) {
			t.Fatalf("offset %d: %d after %d", i, n.off[i], n.off[i-1])
		}
	}
	if got := n.orig(src, strings.Index(n.s, "-28"), strings.Index(n.s, " dan")); got != "\u201328,471" {
		t.Errorf("orig %q", got)
	}
}

// TestScanSpan: each result's Span is the bytes of its statistic through
// its p-value in the text Scan was given (multi-byte runes, a line break
// and Markdown emphasis before it included).
func TestScanSpan(t *testing.T) {
	text := "Hasil — uji *t*:\nrata-rata naik, t(22) = −28,471, p = 0,000; lalu\nF(2, 30) = 4.1,\np = .03 di akhir."
	checks, err := Scan(text, ScanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"t(22) = −28,471, p = 0,000", "F(2, 30) = 4.1,\np = .03"}
	var got []string
	for _, c := range checks {
		if c.Span == nil {
			continue
		}
		if c.Span.Start < 0 || c.Span.End > len(text) || c.Span.Start >= c.Span.End {
			t.Fatalf("span %+v out of the text", *c.Span)
		}
		got = append(got, text[c.Span.Start:c.Span.End])
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("spans %q, want %q", got, want)
	}
}
