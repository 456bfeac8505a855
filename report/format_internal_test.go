package report

import (
	"errors"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
)

func TestNum(t *testing.T) {
	en, id := newNumberFormat(English), newNumberFormat(Indonesian)
	for _, c := range []struct {
		name   string
		x      float64
		dec    int
		en, id string
	}{
		{"article t", -28.471, 2, "−28.47", "−28,47"},
		{"article t 3 dec", -28.471, 3, "−28.471", "−28,471"},
		{"thousands", 1234567.891, 2, "1,234,567.89", "1.234.567,89"},
		{"percent", 73.91304347826087, 1, "73.9", "73,9"},
		{"negative zero", -0.0001, 2, "0.00", "0,00"},
		{"minus zero literal", math.Copysign(0, -1), 2, "0.00", "0,00"},
		// half-even on the decimal expansion of the double, as R's sprintf:
		// sprintf("%.2f", 0.125) = "0.12"; 0.135 is 0.13500000000000000888.
		{"tie", 0.125, 2, "0.12", "0,12"},
		{"above tie", 0.135, 2, "0.14", "0,14"},
		{"integer", 23, 0, "23", "23"},
		{"NaN", math.NaN(), 2, "—", "—"},
		{"+Inf", math.Inf(1), 2, "∞", "∞"},
		{"-Inf", math.Inf(-1), 2, "−∞", "−∞"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := en.num(c.x, c.dec); got != c.en {
				t.Errorf("en: got %q, want %q", got, c.en)
			}
			if got := id.num(c.x, c.dec); got != c.id {
				t.Errorf("id: got %q, want %q", got, c.id)
			}
		})
	}
}

func TestPValue(t *testing.T) {
	en, id := newNumberFormat(English), newNumberFormat(Indonesian)
	for _, c := range []struct {
		name   string
		p      float64
		en, id string
	}{
		// 2*pt(-28.471, 22) = 7.464173e-19 (R 4.2): SPSS's ".000", the article's "0,000".
		{"article", 7.4641731735618869e-19, "< .001", "< 0,001"},
		{"zero", 0, "< .001", "< 0,001"},
		{"just below .001", 0.000999, "< .001", "< 0,001"},
		{"rounds to .001", 0.0010004, ".001", "0,001"},
		{"sleep", 0.0028328901973842702, ".003", "0,003"},
		{"ordinary", 0.0456, ".046", "0,046"},
		{"near one", 0.9996, "> .999", "> 0,999"},
		{"one", 1, "> .999", "> 0,999"},
		{"NaN", math.NaN(), "—", "—"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := en.pCell(c.p); got != c.en {
				t.Errorf("en: got %q, want %q", got, c.en)
			}
			if got := id.pCell(c.p); got != c.id {
				t.Errorf("id: got %q, want %q", got, c.id)
			}
			for _, s := range []string{en.pCell(c.p), id.pCell(c.p)} {
				if strings.Contains(s, "000") && !strings.Contains(s, "<") {
					t.Errorf("p printed as zero: %q", s)
				}
			}
		})
	}
}

func TestBoundedAndLevel(t *testing.T) {
	en, id := newNumberFormat(English), newNumberFormat(Indonesian)
	for _, c := range []struct {
		x      float64
		en, id string
	}{{0.27258651025455277, ".273", "0,273"}, {-0.5, "−.500", "−0,500"}, {-1, "−1.000", "−1,000"}, {1, "1.000", "1,000"}} {
		if got := en.bounded(c.x, 3); got != c.en {
			t.Errorf("en bounded(%v) = %q, want %q", c.x, got, c.en)
		}
		if got := id.bounded(c.x, 3); got != c.id {
			t.Errorf("id bounded(%v) = %q, want %q", c.x, got, c.id)
		}
	}
	for _, c := range []struct {
		cl     float64
		en, id string
	}{{0.95, "95", "95"}, {0.9, "90", "90"}, {0.975, "97.5", "97,5"}, {0.999, "99.9", "99,9"}} {
		if got := en.level(c.cl); got != c.en {
			t.Errorf("en level(%v) = %q, want %q", c.cl, got, c.en)
		}
		if got := id.level(c.cl); got != c.id {
			t.Errorf("id level(%v) = %q, want %q", c.cl, got, c.id)
		}
	}
	if got := id.interval(-7.72, -4.14, 2); got != "[−7,72; −4,14]" {
		t.Errorf("id interval = %q", got)
	}
	if got := en.interval(-7.72, -4.14, 2); got != "[−7.72, −4.14]" {
		t.Errorf("en interval = %q", got)
	}
}

func TestMdText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ASI keluar lancar", "ASI keluar lancar"},
		{"a|b", `a\|b`},
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{"x & y", "x &amp; y"},
		{"&amp;", "&amp;amp;"},
		{"line1\nline2\r\nline3", "line1 line2  line3"},
		{"*bold* _it_ `code` [l](u) ~s~ !", `\*bold\* \_it\_ \` + "`" + `code\` + "`" + ` \[l\](u) \~s\~ \!`},
		{"# heading", `\# heading`},
		{"- item", `\- item`},
		{"1. first", `1\. first`},
		{"12) x", `12\) x`},
		{"back\\slash", `back\\slash`},
		{"  padded  ", "padded"},
		{"nul\x00x", "nul\uFFFDx"},
		{"bad\xffutf8", "bad\uFFFDutf8"},
		{"שלום", "\u2068שלום\u2069"},
		{"", ""},
	} {
		if got := mdText(c.in); got != c.want {
			t.Errorf("mdText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWrapAndChartText(t *testing.T) {
	if got := wrapWords("ASI keluar namun belum lancar", 22); got != "ASI keluar namun belum\nlancar" {
		t.Errorf("wrapWords = %q", got)
	}
	long := strings.Repeat("x", 10000)
	if got := chartText(long, 60); len([]rune(got)) != 60 || !strings.HasSuffix(got, "…") {
		t.Errorf("chartText did not shorten: %d runes", len([]rune(got)))
	}
}

func TestOptionsResolved(t *testing.T) {
	o, err := Options{}.resolved()
	if err != nil {
		t.Fatal(err)
	}
	if o.Lang != English || o.Alpha != 0.05 || o.Decimals != 2 || o.TableDecimals != 3 || o.PercentDecimals != 1 {
		t.Errorf("defaults: %+v", o)
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"en": English, "EN": English, "english": English, "id": Indonesian, " Indonesian ": Indonesian, "bahasa": Indonesian} {
		if got, err := ParseLang(in); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "fr", "en-US"} {
		if _, err := ParseLang(in); !errors.Is(err, ErrOptions) {
			t.Errorf("ParseLang(%q) err = %v, want ErrOptions", in, err)
		}
	}
}

// TestWarningsIndonesian renders warnings built by hand.
func TestWarningsIndonesian(t *testing.T) {
	r := &renderer{o: Options{Lang: Indonesian}}
	for _, c := range []struct {
		w  pairedt.Warning
		id string
	}{
		{pairedt.Warning{Kind: pairedt.WarnExactZeroes}, "nilai p eksak tidak dapat dihitung karena ada selisih nol: digunakan pendekatan normal"},
		{pairedt.Warning{Kind: pairedt.WarnWilcoxonZeros, N: 4}, "4 selisih yang sama dengan nilai hipotesis dikeluarkan (metode nol Wilcoxon)"},
		{pairedt.Warning{Kind: pairedt.WarnWilcoxonZeros, N: 1}, "1 selisih yang sama dengan nilai hipotesis dikeluarkan (metode nol Wilcoxon)"},
		{pairedt.Warning{Kind: pairedt.WarnSignZeros, N: 4}, "4 selisih yang sama dengan nilai hipotesis dikeluarkan"},
		{pairedt.Warning{Kind: pairedt.WarnSignZeros, N: 1}, "1 selisih yang sama dengan nilai hipotesis dikeluarkan"},
		{pairedt.Warning{Kind: pairedt.WarnTFewPairs, N: 5}, "hanya 5 pasangan: dengan kurang dari 10 pasangan, uji t sangat bergantung pada normalitas selisih"},
		{pairedt.Warning{Kind: pairedt.WarnOther, Labels: []string{"something new"}}, "something new"},
	} {
		if got := r.warning(c.w); got != c.id {
			t.Errorf("warning(%v) = %q, want %q", c.w.Kind, got, c.id)
		}
	}
	w := pairedt.Warning{Kind: pairedt.WarnSignZeros, N: 4}
	if got := (&renderer{o: Options{Lang: English}}).warning(w); got != "4 differences equal to the hypothesised value dropped" {
		t.Errorf("English warning changed: %q", got)
	}
}

// TestWarningsIndonesianFromPairedt takes the warnings from pairedt itself,
// in the singular and the plural, and checks that the catalog's Indonesian
// is what the report printed before warnings were values: the regular
// expressions over pairedt's English that report/warnings.go used until
// then (legacyWarningsID below, kept as the reference).
func TestWarningsIndonesianFromPairedt(t *testing.T) {
	nan := math.NaN()
	var got []pairedt.Warning
	add := func(w []pairedt.Warning, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, w...)
	}
	for _, zeros := range []int{1, 3} {
		x := []float64{1, 2, 3, 4, 5, 6, nan}
		y := []float64{0, 0, 0, 0, 0, 0, 0}
		for i := range zeros {
			y[i] = x[i]
		}
		w, err := pairedt.Wilcoxon(x, y, pairedt.WilcoxonOptions{})
		add(w.Warnings, err)
		s, err := pairedt.SignTest(x, y, pairedt.Options{})
		add(s.Warnings, err)
		tt, err := pairedt.Test(x, y, pairedt.Options{})
		add(tt.Warnings, err)
		nans := []float64{1, 2, 4, 8}
		for range zeros {
			nans = append(nans, nan)
		}
		sw, err := pairedt.ShapiroWilk(nans)
		add(sw.Warnings, err)
	}
	// Ties, an unreachable level and an all-tied interval.
	w, err := pairedt.Wilcoxon([]float64{1, 2, 2, 3}, []float64{0, 0, 0, 0}, pairedt.WilcoxonOptions{Options: pairedt.Options{ConfLevel: 0.999}})
	add(w.Warnings, err)
	w, err = pairedt.Wilcoxon([]float64{1, 2, 3}, []float64{0, 0, 0}, pairedt.WilcoxonOptions{Options: pairedt.Options{ConfLevel: 0.99}})
	add(w.Warnings, err)
	w, err = pairedt.Wilcoxon([]float64{2, 2, 2, 2}, []float64{0, 0, 0, 0}, pairedt.WilcoxonOptions{})
	add(w.Warnings, err)
	sparse := make([][]int, 20)
	for i := range sparse {
		sparse[i] = make([]int, 20)
	}
	sparse[0][1] = 2
	for _, counts := range [][][]int{
		sparse, // 189 empty pairs: ten named, "and 179 more"
		{{4, 3, 0, 0}, {1, 2, 0, 0}, {0, 0, 3, 5}, {0, 0, 2, 1}}, // two groups of levels
		{{1, 0, 2}, {0, 1, 3}, {1, 1, 0}},                        // one empty pair
		{{1, 0, 0}, {0, 1, 3}, {0, 1, 0}},                        // two empty pairs
	} {
		levels := make([]string, len(counts))
		for i := range levels {
			levels[i] = string(rune('a' + i))
		}
		c, err := pairedt.NewCrossTable(levels, counts)
		if err != nil {
			t.Fatal(err)
		}
		b, err := pairedt.Bowker(c)
		add(b.Warnings, err)
		sm, err := pairedt.StuartMaxwell(c)
		add(sm.Warnings, err)
	}
	r := &renderer{o: Options{Lang: Indonesian}}
	seen := map[string]bool{}
	kinds := map[pairedt.WarningKind]bool{}
	for _, w := range got {
		en := w.String()
		if seen[en] {
			continue
		}
		seen[en] = true
		kinds[w.Kind] = true
		id := r.warning(w)
		if id == en || strings.Contains(id, " more") {
			t.Errorf("pairedt warning %q has no (full) Indonesian rendering: %q", en, id)
		}
		if legacy, ok := legacyWarningID(en); ok && legacy != id {
			t.Errorf("pairedt warning %q:\n got %q\nwant %q (the regular expressions' rendering)", en, id, legacy)
		}
	}
	if len(kinds) < 12 {
		t.Errorf("only %d kinds collected: %q", len(kinds), got)
	}
}

// legacyWarningID is the Indonesian the report gave a pairedt warning when
// it translated the English with regular expressions (report/warnings.go up
// to 2e291b0); false when no pattern matched (the warning stayed English).
func legacyWarningID(s string) (string, bool) {
	for _, w := range legacyWarningsID {
		if w.re.MatchString(s) {
			return legacyMoreID.ReplaceAllString(w.re.ReplaceAllString(s, w.id), "${1} dan ${2} lainnya"), true
		}
	}
	return "", false
}

var legacyMoreID = regexp.MustCompile(`([)"]) and (\d+) more\b`)

var legacyWarningsID = []struct {
	re *regexp.Regexp
	id string
}{
	{regexp.MustCompile(`^cannot compute exact p-value with ties: normal approximation used$`),
		"nilai p eksak tidak dapat dihitung karena ada nilai kembar: digunakan pendekatan normal"},
	{regexp.MustCompile(`^exact distribution not computed for (\d+) > (\d+) non-zero differences: normal approximation used$`),
		"distribusi eksak tidak dihitung untuk ${1} > ${2} selisih bukan nol: digunakan pendekatan normal"},
	{regexp.MustCompile(`^no subject moved into or out of level\(s\) (.*), so the covariance matrix has rank (\d+) < k - 1 = (\d+): generalised \(Moore-Penrose\) inverse used, df = (\d+)$`),
		"tidak ada responden yang berpindah ke atau dari kategori ${1}, sehingga matriks kovarians berpangkat ${2} < k - 1 = ${3}: digunakan invers umum (Moore-Penrose), df = ${4}"},
	{regexp.MustCompile(`^the discordant pairs fall into separate groups of levels, so the covariance matrix has rank (\d+) < k - 1 = (\d+): generalised \(Moore-Penrose\) inverse used, df = (\d+)$`),
		"pasangan yang berubah terbagi dalam kelompok kategori yang terpisah, sehingga matriks kovarians berpangkat ${1} < k - 1 = ${2}: digunakan invers umum (Moore-Penrose), df = ${3}"},
	{regexp.MustCompile(`^cannot compute exact p-value with zeroes: normal approximation used$`),
		"nilai p eksak tidak dapat dihitung karena ada selisih nol: digunakan pendekatan normal"},
	{regexp.MustCompile(`^(\d+) differences? equal to the hypothesised value dropped \(Wilcoxon's zero method\)$`),
		"${1} selisih yang sama dengan nilai hipotesis dikeluarkan (metode nol Wilcoxon)"},
	{regexp.MustCompile(`^(\d+) differences? equal to the hypothesised value dropped$`),
		"${1} selisih yang sama dengan nilai hipotesis dikeluarkan"},
	{regexp.MustCompile(`^requested conf.level ([0-9.e-]+) not achievable with (\d+) differences: interval at ([0-9.e-]+)$`),
		"tingkat kepercayaan ${1} yang diminta tidak dapat dicapai dengan ${2} selisih: interval pada tingkat ${3}"},
	{regexp.MustCompile(`^requested conf.level ([0-9.e-]+) not achievable: interval at ([0-9.e-]+)$`),
		"tingkat kepercayaan ${1} yang diminta tidak dapat dicapai: interval pada tingkat ${2}"},
	{regexp.MustCompile(`^cannot compute confidence interval when all observations are zero or tied$`),
		"interval kepercayaan tidak dapat dihitung karena semua selisih nol atau kembar"},
	{regexp.MustCompile(`^(\d+) pairs? with a missing value dropped$`),
		"${1} pasangan dengan nilai hilang dikeluarkan"},
	{regexp.MustCompile(`^(\d+) missing values? dropped$`),
		"${1} nilai hilang dikeluarkan"},
	{regexp.MustCompile(`^(\d+) pairs? dropped for a missing value; (\d+) used$`),
		"${1} pasangan dikeluarkan karena ada nilai yang hilang; ${2} digunakan"},
	{regexp.MustCompile(`^only (\d+) pairs?: with fewer than 10 the t-test leans heavily on normally distributed differences$`),
		"hanya ${1} pasangan: dengan kurang dari 10 pasangan, uji t sangat bergantung pada normalitas selisih"},
	{regexp.MustCompile(`^x or y is constant: the correlation r and d_av are undefined$`),
		"x atau y konstan: korelasi r dan d_av tidak terdefinisi"},
	{regexp.MustCompile(`^(\d+) of (\d+) symmetric pairs of cells (?:is|are) empty \(both counts 0\): (.*); (?:it was|they were) left out and df = (\d+), the number of non-empty pairs$`),
		"${1} dari ${2} pasangan sel simetris kosong (kedua frekuensi 0): ${3}; pasangan tersebut tidak diikutkan dan df = ${4}, jumlah pasangan yang tidak kosong"},
}
