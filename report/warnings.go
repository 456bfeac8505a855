package report

import (
	"regexp"
)

// Indonesian renderings of the caveats package pairedt attaches to its
// results. pairedt writes them in English; a pattern that matches a whole
// warning is rewritten, anything else (a warning added later, say) is kept
// in English rather than guessed at. The patterns quote pairedt's wording
// (pairedt/ttest.go, wilcoxon.go, sign.go, shapiro.go, categorical.go).
var warningsID = []struct {
	re *regexp.Regexp
	id string
}{
	{regexp.MustCompile(`^cannot compute exact p-value with ties: normal approximation used$`),
		"nilai p eksak tidak dapat dihitung karena ada nilai kembar: digunakan pendekatan normal"},
	{regexp.MustCompile(`^cannot compute exact p-value with zeroes: normal approximation used$`),
		"nilai p eksak tidak dapat dihitung karena ada selisih nol: digunakan pendekatan normal"},
	{regexp.MustCompile(`^(\d+) differences? equal to mu dropped \(Wilcoxon's zero method, as R\)$`),
		"${1} selisih yang sama dengan mu dikeluarkan (metode nol Wilcoxon, seperti R)"},
	{regexp.MustCompile(`^(\d+) differences? equal to mu dropped$`),
		"${1} selisih yang sama dengan mu dikeluarkan"},
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
	{regexp.MustCompile(`^(\d+) pairs dropped for a missing value \(NaN\); (\d+) used$`),
		"${1} pasangan dikeluarkan karena nilai hilang (NaN); ${2} digunakan"},
	{regexp.MustCompile(`^only (\d+) pairs: with fewer than 10 the t-test leans heavily on normally distributed differences$`),
		"hanya ${1} pasangan: dengan kurang dari 10 pasangan, uji t sangat bergantung pada normalitas selisih"},
	{regexp.MustCompile(`^x or y is constant: the correlation r and d_av are undefined$`),
		"x atau y konstan: korelasi r dan d_av tidak terdefinisi"},
	{regexp.MustCompile(`^(\d+) of (\d+) symmetric pairs of cells (?:is|are) empty \(both counts 0\): (.*); (?:it was|they were) left out and df = (\d+), the number of non-empty pairs \(R's mcnemar.test returns NaN here\)$`),
		"${1} dari ${2} pasangan sel simetris kosong (kedua frekuensi 0): ${3}; pasangan tersebut tidak diikutkan dan df = ${4}, jumlah pasangan yang tidak kosong (mcnemar.test di R menghasilkan NaN di sini)"},
}

// warning returns a pairedt warning in the report's language.
func (r *renderer) warning(s string) string {
	if r.o.Lang != Indonesian {
		return s
	}
	for _, w := range warningsID {
		if w.re.MatchString(s) {
			return w.re.ReplaceAllString(s, w.id)
		}
	}
	return s
}
