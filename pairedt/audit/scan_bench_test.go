package audit

import (
	"strings"
	"testing"
)

// scanBenchText is about 10 MB of prose: the Indonesian corpus sentences,
// the forms and sentences without statistics, repeated in
// paragraphs broken over lines as PDF-to-text output is.
func scanBenchText() string {
	para := `Penelitian pre-eksperimental dengan rancangan One Group Pretest-Posttest, populasi 52 ibu
postpartum dan sampel 23 ibu postpartum. Waktu penelitian dilakukan pada bulan Agustus-September 2024
(Sari, P., 2023). Hasil uji t berpasangan menunjukkan t hitung 3,125 dengan df 19 dan sig. 0,004.
Diperoleh nilai t = 2,31 (df = 24) dan p-value = 0,030 < 0,05 maka Ho ditolak. The results,
t(28) = 2.20, p = 0.04; t(15) = 1.98, p < .05, and F(2, 28) = 2.20, p = .13 replicate; χ2(3) = 23.00,
p < .001. Sebanyak 4 orang (17,4%) dari 23 ibu mengalami nyeri, dan 19 orang (82,6%) tidak.
See pages 123-145 in Smith et al. (2019), version 4.2.2 of R.

`
	var b strings.Builder
	for b.Len() < 10<<20 {
		b.WriteString(para)
	}
	return b.String()
}

// BenchmarkScan10MB scans 10 MB of text (the issue asks for under a
// second).
//
//	go test ./pairedt/audit -run '^$' -bench Scan10MB -benchtime 3x
func BenchmarkScan10MB(b *testing.B) {
	text := scanBenchText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Scan(text, ScanOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScanArticles10MB scans 10 MB of article-like text: the quoted
// lines of the motivating article (20 checks) padded with prose without
// statistics to the article's 40 kB, repeated (about 250 articles, 5,000
// checks).
//
//	go test ./pairedt/audit -run '^$' -bench Articles10MB -benchtime 3x
func BenchmarkScanArticles10MB(b *testing.B) {
	t := &testing.T{}
	one := excerptText(t)
	prose := "Pijatan oksitosin dapat merangsang otot pectoralis sehingga meningkatkan produksi ASI dan membuat\n" +
		"payudara lebih lembut dan elastis (Kabir dan tasnim dalam Sari, P., 2023), dilakukan 2 kali sehari\n" +
		"selama 10-15 menit. The procedure follows the guideline of 2019, pages 12-15 (version 2.1).\n\n"
	var art strings.Builder
	art.WriteString(one)
	for art.Len() < 40<<10 {
		art.WriteString(prose)
	}
	var all strings.Builder
	for all.Len() < 10<<20 {
		all.WriteString(art.String())
	}
	text := all.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Scan(text, ScanOptions{Margins: MarginOptions{BuiltinWilcoxon: true}}); err != nil {
			b.Fatal(err)
		}
	}
}
