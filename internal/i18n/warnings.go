package i18n

import (
	"fmt"
	"strings"
)

// Warnings are the sentences of package pairedt's warnings in one
// language, one method per pairedt.WarningKind; the arguments are the
// warning's facts. Lists of labels arrive quoted (items) with the total
// number of things listed, which may exceed len(items).
type Warnings interface {
	// t-test
	TMissingPairs(dropped, used int) string
	TMissingValues(dropped, used int) string
	TFewPairs(n int) string
	TFewValues(n int) string
	TConstant() string
	DzNormalApprox(absT, limit float64) string
	// Wilcoxon, sign test, Shapiro-Wilk
	MissingPairs(n int) string
	MissingValues(n int) string
	ExactTooMany(n, max int) string
	ExactTies() string
	ExactZeroes() string
	WilcoxonZeros(n int) string
	SignZeros(n int) string
	ExactLevel(level float64, n int, achieved float64) string
	ApproxLevel(level, achieved float64) string
	NoInterval() string
	BoundsCross(by, tol float64) string
	RootSign(fa, fb float64) string
	RootIterations(n int) string
	// McNemar, Bowker, Stuart-Maxwell
	FewDiscordant(n, min int) string
	EmptyPairs(empty, of int, items []string, df int) string
	IdleLevels(items []string, total, rank, k1 int) string
	SeparateGroups(rank, k1 int) string
	// Shapiro-Wilk beyond its fitted range
	ShapiroWilkLargeN(n, max int) string
}

// plural returns one when n is 1 and many otherwise.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// list joins items with ", " and, when total exceeds len(items), counts
// the rest: `"a", "b" and 179 more` (and is the language's "and %d more").
func list(items []string, total int, more string) string {
	s := strings.Join(items, ", ")
	if total > len(items) {
		s += fmt.Sprintf(more, total-len(items))
	}
	return s
}

func (english) TMissingPairs(dropped, used int) string {
	return fmt.Sprintf("%d %s dropped for a missing value; %d used", dropped, plural(dropped, "pair", "pairs"), used)
}
func (english) TMissingValues(dropped, used int) string {
	return fmt.Sprintf("%d %s dropped as missing; %d used", dropped, plural(dropped, "value", "values"), used)
}
func (english) TFewPairs(n int) string {
	return fmt.Sprintf("only %d %s: with fewer than 10 the t-test leans heavily on normally distributed differences", n, plural(n, "pair", "pairs"))
}
func (english) TFewValues(n int) string {
	return fmt.Sprintf("only %d %s: with fewer than 10 the t-test leans heavily on normally distributed values", n, plural(n, "value", "values"))
}
func (english) TConstant() string {
	return "x or y is constant: the correlation r and d_av are undefined"
}
func (english) DzNormalApprox(absT, limit float64) string {
	return fmt.Sprintf("the d_z interval uses a normal approximation to the noncentral t (|t| = %.4g is beyond %g)", absT, limit)
}
func (english) MissingPairs(n int) string {
	return fmt.Sprintf("%d %s with a missing value dropped", n, plural(n, "pair", "pairs"))
}
func (english) MissingValues(n int) string {
	return fmt.Sprintf("%d missing %s dropped", n, plural(n, "value", "values"))
}
func (english) ExactTooMany(n, max int) string {
	return fmt.Sprintf("exact distribution not computed for %d > %d non-zero differences: normal approximation used", n, max)
}
func (english) ExactTies() string {
	return "cannot compute exact p-value with ties: normal approximation used"
}
func (english) ExactZeroes() string {
	return "cannot compute exact p-value with zeroes: normal approximation used"
}
func (english) WilcoxonZeros(n int) string {
	return fmt.Sprintf("%d %s equal to the hypothesised value dropped (Wilcoxon's zero method)", n, plural(n, "difference", "differences"))
}
func (english) SignZeros(n int) string {
	return fmt.Sprintf("%d %s equal to the hypothesised value dropped", n, plural(n, "difference", "differences"))
}
func (english) ExactLevel(level float64, n int, achieved float64) string {
	return fmt.Sprintf("requested conf.level %v not achievable with %d differences: interval at %v", level, n, achieved)
}
func (english) ApproxLevel(level, achieved float64) string {
	return fmt.Sprintf("requested conf.level %v not achievable: interval at %.4g", level, achieved)
}
func (english) NoInterval() string {
	return "cannot compute confidence interval when all observations are zero or tied"
}
func (english) BoundsCross(by, tol float64) string {
	return fmt.Sprintf("interval bounds cross by %.3g, within the root finder's tolerance %g", by, tol)
}
func (english) RootSign(fa, fb float64) string {
	return fmt.Sprintf("root finding for the interval failed: f() values at end points %v and %v not of opposite sign", fa, fb)
}
func (english) RootIterations(n int) string {
	return fmt.Sprintf("root finding for the interval did not converge in %d iterations", n)
}
func (english) FewDiscordant(n, min int) string {
	return fmt.Sprintf("only %d discordant pairs (b + c < %d): the chi-squared approximation is rough; the exact (binomial) McNemar test is preferable", n, min)
}
func (english) EmptyPairs(empty, of int, items []string, df int) string {
	verb, pron := "are", "they were"
	if empty == 1 {
		verb, pron = "is", "it was"
	}
	return fmt.Sprintf("%d of %d symmetric pairs of cells %s empty (both counts 0): %s; %s left out and df = %d, the number of non-empty pairs",
		empty, of, verb, list(items, empty, " and %d more"), pron, df)
}
func (english) IdleLevels(items []string, total, rank, k1 int) string {
	return fmt.Sprintf("no subject moved into or out of level(s) %s, so the covariance matrix has rank %d < k - 1 = %d: generalised (Moore-Penrose) inverse used, df = %d",
		list(items, total, " and %d more"), rank, k1, rank)
}
func (english) SeparateGroups(rank, k1 int) string {
	return fmt.Sprintf("the discordant pairs fall into separate groups of levels, so the covariance matrix has rank %d < k - 1 = %d: generalised (Moore-Penrose) inverse used, df = %d", rank, k1, rank)
}
func (english) ShapiroWilkLargeN(n, max int) string {
	return fmt.Sprintf("Shapiro-Wilk on %d > %d values: the p-value may not be accurate (Royston's approximation was fitted up to n = %d)", n, max, max)
}

// The Indonesian sentences. Numbers inside them keep the form pairedt's
// English gives them (a decimal point), as the report printed them before
// the catalog existed.

func (indonesian) TMissingPairs(dropped, used int) string {
	return fmt.Sprintf("%d pasangan dikeluarkan karena ada nilai yang hilang; %d digunakan", dropped, used)
}
func (indonesian) TMissingValues(dropped, used int) string {
	return fmt.Sprintf("%d nilai hilang dikeluarkan; %d digunakan", dropped, used)
}
func (indonesian) TFewPairs(n int) string {
	return fmt.Sprintf("hanya %d pasangan: dengan kurang dari 10 pasangan, uji t sangat bergantung pada normalitas selisih", n)
}
func (indonesian) TFewValues(n int) string {
	return fmt.Sprintf("hanya %d nilai: dengan kurang dari 10 nilai, uji t sangat bergantung pada normalitas data", n)
}
func (indonesian) TConstant() string {
	return "x atau y konstan: korelasi r dan d_av tidak terdefinisi"
}
func (indonesian) DzNormalApprox(absT, limit float64) string {
	return fmt.Sprintf("interval d_z memakai pendekatan normal untuk distribusi t nonsentral (|t| = %.4g melebihi %g)", absT, limit)
}
func (indonesian) MissingPairs(n int) string {
	return fmt.Sprintf("%d pasangan dengan nilai hilang dikeluarkan", n)
}
func (indonesian) MissingValues(n int) string {
	return fmt.Sprintf("%d nilai hilang dikeluarkan", n)
}
func (indonesian) ExactTooMany(n, max int) string {
	return fmt.Sprintf("distribusi eksak tidak dihitung untuk %d > %d selisih bukan nol: digunakan pendekatan normal", n, max)
}
func (indonesian) ExactTies() string {
	return "nilai p eksak tidak dapat dihitung karena ada nilai kembar: digunakan pendekatan normal"
}
func (indonesian) ExactZeroes() string {
	return "nilai p eksak tidak dapat dihitung karena ada selisih nol: digunakan pendekatan normal"
}
func (indonesian) WilcoxonZeros(n int) string {
	return fmt.Sprintf("%d selisih yang sama dengan nilai hipotesis dikeluarkan (metode nol Wilcoxon)", n)
}
func (indonesian) SignZeros(n int) string {
	return fmt.Sprintf("%d selisih yang sama dengan nilai hipotesis dikeluarkan", n)
}
func (indonesian) ExactLevel(level float64, n int, achieved float64) string {
	return fmt.Sprintf("tingkat kepercayaan %v yang diminta tidak dapat dicapai dengan %d selisih: interval pada tingkat %v", level, n, achieved)
}
func (indonesian) ApproxLevel(level, achieved float64) string {
	return fmt.Sprintf("tingkat kepercayaan %v yang diminta tidak dapat dicapai: interval pada tingkat %.4g", level, achieved)
}
func (indonesian) NoInterval() string {
	return "interval kepercayaan tidak dapat dihitung karena semua selisih nol atau kembar"
}
func (indonesian) BoundsCross(by, tol float64) string {
	return fmt.Sprintf("batas interval bersilangan sebesar %.3g, masih dalam toleransi pencari akar %g", by, tol)
}
func (indonesian) RootSign(fa, fb float64) string {
	return fmt.Sprintf("pencarian akar untuk interval gagal: nilai f() di titik ujung %v dan %v tidak berlawanan tanda", fa, fb)
}
func (indonesian) RootIterations(n int) string {
	return fmt.Sprintf("pencarian akar untuk interval tidak konvergen dalam %d iterasi", n)
}
func (indonesian) FewDiscordant(n, min int) string {
	return fmt.Sprintf("hanya %d pasangan yang berubah (b + c < %d): pendekatan khi-kuadrat kasar; uji McNemar eksak (binomial) lebih tepat", n, min)
}
func (indonesian) EmptyPairs(empty, of int, items []string, df int) string {
	return fmt.Sprintf("%d dari %d pasangan sel simetris kosong (kedua frekuensi 0): %s; pasangan tersebut tidak diikutkan dan df = %d, jumlah pasangan yang tidak kosong",
		empty, of, list(items, empty, " dan %d lainnya"), df)
}
func (indonesian) IdleLevels(items []string, total, rank, k1 int) string {
	return fmt.Sprintf("tidak ada responden yang berpindah ke atau dari kategori %s, sehingga matriks kovarians berpangkat %d < k - 1 = %d: digunakan invers umum (Moore-Penrose), df = %d",
		list(items, total, " dan %d lainnya"), rank, k1, rank)
}
func (indonesian) SeparateGroups(rank, k1 int) string {
	return fmt.Sprintf("pasangan yang berubah terbagi dalam kelompok kategori yang terpisah, sehingga matriks kovarians berpangkat %d < k - 1 = %d: digunakan invers umum (Moore-Penrose), df = %d", rank, k1, rank)
}
func (indonesian) ShapiroWilkLargeN(n, max int) string {
	return fmt.Sprintf("uji Shapiro-Wilk pada %d > %d nilai: nilai p mungkin tidak akurat (pendekatan Royston hanya disusun sampai n = %d)", n, max, max)
}
