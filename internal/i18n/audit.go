package i18n

import (
	"fmt"
	"reflect"
)

// AuditWords are the audit's sentences in one language: fmt formats whose
// arguments are listed beside each field (the same arguments, in the same
// order, in every language; a language may leave one out with explicit
// argument indexes), and fixed words. Numbers arrive formatted by the
// language (Lang.Dec, Lang.G, Lang.Interval), text quoted from an article
// as printed. A test checks that every language fills every field.
type AuditWords struct {
	// Alternatives of a p-value.
	TwoSided, Less, Greater string
	// Significant and NotSignificant qualify a p at alpha.
	Significant, NotSignificant string
	// TextReported, TextRecomputed and TextSource label the lines of the
	// audit's text output, padded so that the values line up.
	TextReported, TextRecomputed, TextSource string
	// Before and After name the groups with those roles (Indonesian:
	// "sebelum", "sesudah"); "" keeps the group's own name.
	Before, After string

	// p-value checks (CheckStatement).
	PNoP        string // explanation when no p is reported
	PNeedT      string // what a check needs without t
	PNeedDF     string // what a check needs without df
	PZeroNoT    string // (p as printed %q, bound, need)
	PCannot     string // (need)
	PClaim      string // (reported, df, comparison, t as printed)
	PRecomputed string // (p, alternative, df, t, interval of t, interval of p)
	PConsistent string // (reported, alternative, p, df, t as printed)
	PZeroRounds string // (alternative, p, p as printed, bound)
	PDecision   string // (alternative, p, significant or not, alpha, reported)
	PWrong      string // (reported, df, t as printed, alternative, p low, p high)

	// Count and percentage checks of a group (claims files).
	CountSumClaim   string // (group, counts a/b/c, n)
	CountSumOK      string // (group, n)
	CountSumBad     string // (group, sum, n)
	PercentOf       string // (label, count, percent as printed, n)
	PercentSumClaim string // (group, percents joined by "% + ")
	PercentSumRange string // (sum, low, high)
	PercentSumOK    string // (group, sum, half range)
	PercentSumBad   string // (group, sum, half range)

	// A percentage against the article's own table.
	TableRecomputed string // (count, n, percent, source)
	TableClaimCount string // (label, count, percent as printed, group)
	TableClaim      string // (label, percent as printed, group)
	TableOK         string // (percent as printed, label, count, n, percent)
	TableBad        string // (quote, reported, label, source, count, n, percent)

	// Wilcoxon V against the margins.
	WilcoxonClaim      string // (V as printed)
	WilcoxonTooMany    string
	WilcoxonRecomputed string // (interval of V, interval of p, tables)
	WilcoxonOK         string // (V as printed)
	WilcoxonBad        string // (V as printed, nearest V)

	// A stated decision.
	Reject, Retain  string // the decision as a claim names it when not quoted ("" keeps the claims file's word)
	RejectH0        string // the decision in an explanation
	RetainH0        string
	DecisionClaim   string // (decision as reported %q, alpha)
	DecisionFromT   string // (p, df, t as printed)
	DecisionFromP   string // (p as printed)
	DecisionNoData  string
	DecisionOK      string // (how, alpha, decision)
	DecisionBad     string // (how, alpha, decision, decision reported)
	DecisionDefault string // alpha when the article prints none

	// GRIM and percentages of a count.
	GRIMClaim        string // (mean as printed, n)
	GRIMClaimItems   string // (mean as printed, n, items)
	GRIMRecomputed   string // (low, high, sum low, sum high, n items)
	GRIMOK           string // (mean, n, sum, n items)
	GRIMUndetectable string // (mean, n, decimals)
	GRIMBad          string // (n, mean, low, high)
	PercentClaim     string // (percent as printed, count, n)
	PercentRatio     string // (count, n, percent)
	PercentOK        string // (count, n, percent, percent as printed)
	PercentBad       string // (count, n, percent, percent as printed)

	// A paired t against before and after counts.
	MarginsScores     string // (scores)
	MarginsCounts     string // (before counts, after counts)
	MarginsClaim      string // (counts, scores)
	MarginsClaimT     string // (t as printed, counts, scores)
	MarginsMore       string // (limit): more tables than the limit
	MarginsNotEnum    string // tables not enumerated
	MarginsTables     string // (tables)
	MarginsRange      string // (interval of t, tables)
	MarginsUndefined  string // t undefined for every table
	MarginsUndefinedT string // the same, short (in place of an interval)
	MarginsUnbounded  string // |t| unbounded over scorings
	MarginsAnyScoring string // (largest |t|)
	MarginsNoT        string // (scores, counts, range, any-scoring note)
	MarginsOK         string // (counts, interval of printed t, nearest t, table)
	MarginsOpposite   string // (counts, interval of printed t, range)
	MarginsBad        string // (counts, t as printed, scores, range, note)
	MarginsNoScoring  string // (|t| low, largest |t|)
	MarginsOther      string // (largest |t|)
	MarginsUndecided  string // (t as printed, range, interval of range, interval of printed t, tables)

	// Tests other than t (Scan): F, chi-square, r, z.
	StatClaim       string // (reported p, statistic as printed)
	StatRecomputed  string // (p, statistic as printed, interval of the statistic, interval of p)
	StatConsistent  string // (reported p, p, statistic as printed)
	StatZeroRounds  string // (p, p as printed, bound)
	StatDecision    string // (p, significant or not, alpha, reported p)
	StatWrong       string // (reported p, statistic as printed, p low, p high)
	StatNeedDF      string // (statistic as printed)
	StatRImpossible string // (r as printed)

	// What a scan of running text adds to a check (Scan).
	ScanDFFromN     string // (df, n, where n is stated)
	ScanOneTailed   string // note on a result checked as one-tailed
	ScanDFClaim     string // (df as printed, n)
	ScanDFRecomp    string // (n, df)
	ScanDFOK        string // (n, df)
	ScanDFBad       string // (n, df, df as printed)
	ScanAnyClaim    string // (reported, group)
	ScanAnyRecomp   string // (cells of the table, source)
	ScanAnyOK       string // (reported, group, count, n, percent)
	ScanAnyBad      string // (reported, group, source, cells)
	ScanMarginOrder string // (levels lowest first, number of levels)
	ScanTable       string // (line): a table of counts Scan found, not before or after
	ScanAmbiguous   string // (statistic as printed, verdict code of the other reading)
}

// Audit returns the audit's words in l; English for any l but Indonesian.
func (l Lang) Audit() *AuditWords {
	if l == Indonesian {
		return &auditID
	}
	return &auditEN
}

// Alternative returns the words of an alternative hypothesis named as
// pairedt.Alternative.String names it ("two.sided", "less", "greater").
func (a *AuditWords) Alternative(name string) string {
	switch name {
	case "less":
		return a.Less
	case "greater":
		return a.Greater
	}
	return a.TwoSided
}

// Group returns the name of a group in a sentence: its role's word, when
// the language has one, or its own name.
func (a *AuditWords) Group(name, role string) string {
	switch {
	case role == "before" && a.Before != "":
		return a.Before
	case role == "after" && a.After != "":
		return a.After
	case role == "scan" && a.ScanTable != "":
		return fmt.Sprintf(a.ScanTable, name) // a table Scan found, named by its line
	}
	return name
}

// missingAuditWords returns the names of the fields of w that are empty
// although English fills them (the test of the catalog's completeness).
func missingAuditWords(w *AuditWords) []string {
	var out []string
	v, en := reflect.ValueOf(*w), reflect.ValueOf(auditEN)
	for i := range v.NumField() {
		if v.Field(i).String() == "" && en.Field(i).String() != "" {
			out = append(out, v.Type().Field(i).Name)
		}
	}
	return out
}

var auditEN = AuditWords{
	TwoSided: "two-sided", Less: "one-sided (less)", Greater: "one-sided (greater)",
	Significant: "significant", NotSignificant: "not significant",
	TextReported: "reported:  ", TextRecomputed: "recomputed:", TextSource: "source:    ",

	PNoP:        "The statement reports no p-value, so there is nothing to check against its t statistic.",
	PNeedT:      "the t statistic and its degrees of freedom",
	PNeedDF:     "the degrees of freedom (or the number of pairs)",
	PZeroNoT:    "A p-value is never exactly 0: %q can only mean p < %s and should be written so; checking its value needs %s.",
	PCannot:     "The p-value cannot be recomputed without %s.",
	PClaim:      "%s for t(%s) %s %s",
	PRecomputed: "p = %s (%s, t(%s) = %s); t in %s gives p in %s",
	PConsistent: "The reported %s agrees with the %s p = %s recomputed from t(%s) = %s within the rounding of the printed numbers.",
	PZeroRounds: "A p-value is never exactly 0: the recomputed %s p = %s rounds to %s, so it should be reported as p < %s.",
	PDecision:   "The recomputed %s p = %s is %s at alpha = %s, so the reported %s reverses the conclusion.",
	PWrong:      "The reported %s cannot come from t(%s) = %s: the rounding of t allows only %s p between %s and %s.",

	CountSumClaim:   "%s counts %s sum to n = %d",
	CountSumOK:      "The %s counts add up to the stated n = %d.",
	CountSumBad:     "The %s counts add up to %d, not to the stated n = %d.",
	PercentOf:       "%s: %d (%s%%) of %d",
	PercentSumClaim: "%s percentages %s%% sum to 100%%",
	PercentSumRange: "%s%% (rounding allows %s to %s)",
	PercentSumOK:    "The printed %s percentages add up to %s%%, within the %s points their rounding allows.",
	PercentSumBad:   "The printed %s percentages add up to %s%%, more than the %s points their rounding allows away from 100%%.",

	TableRecomputed: "%d of %d = %s%% (%s)",
	TableClaimCount: "%s: %d (%s%%) against the %s table",
	TableClaim:      "%s: %s%% against the %s table",
	TableOK:         "The %s%% stated for %s agrees with the table, where %d of %d is %s%%.",
	TableBad:        "The text%s states %s for %s, but the article's own table (%s) has %d of %d, that is %s%%.",

	WilcoxonClaim:      "Wilcoxon V = %s from the before and after counts",
	WilcoxonTooMany:    "The Wilcoxon statistic needs every joint table enumerated, and there are too many.",
	WilcoxonRecomputed: "V in %s, p in %s over %d joint tables",
	WilcoxonOK:         "Some pairing of the counts gives V = %s.",
	WilcoxonBad:        "No pairing of the counts gives V = %s; the nearest attainable V is %s.",

	RejectH0:        "reject H0",
	RetainH0:        "retain H0",
	DecisionClaim:   "decision %q at alpha = %s",
	DecisionFromT:   "p = %s recomputed from t(%s) = %s",
	DecisionFromP:   "the reported p = %s",
	DecisionNoData:  "The decision cannot be checked without t and df or a p-value.",
	DecisionOK:      "With %s and alpha = %s the decision is to %s, as stated.",
	DecisionBad:     "With %s and alpha = %s the decision should be to %s, not to %s.",
	DecisionDefault: "0.05",

	GRIMClaim:        "mean %s with n = %d",
	GRIMClaimItems:   "mean %s with n = %d, %d items",
	GRIMRecomputed:   "nearest possible means %s and %s (sums %s and %s over %s)",
	GRIMOK:           "A mean of %s is possible for %d integer values: a sum of %s over %s rounds to it.",
	GRIMUndetectable: "A mean of %s is possible for %d integer values, but with n above 10^%d GRIM cannot detect an error.",
	GRIMBad:          "No %d integer values have a mean that rounds to %s: the nearest possible means are %s and %s (GRIM).",
	PercentClaim:     "%s%% = %d of %d",
	PercentRatio:     "%d/%d = %s%%",
	PercentOK:        "%d of %d is %s%%, which rounds to the printed %s%%.",
	PercentBad:       "%d of %d is %s%%, which does not round to the printed %s%%.",

	MarginsScores:     "scores %s",
	MarginsCounts:     "before %s, after %s",
	MarginsClaim:      "paired t from counts %s (%s)",
	MarginsClaimT:     "paired t = %s from counts %s (%s)",
	MarginsMore:       "more than %d joint tables",
	MarginsNotEnum:    "the joint tables (not enumerated)",
	MarginsTables:     "%d joint tables",
	MarginsRange:      "t in %s over %s",
	MarginsUndefined:  "t undefined for every joint table (all differences equal)",
	MarginsUndefinedT: "t undefined",
	MarginsUnbounded:  "; |t| is unbounded over increasing scorings",
	MarginsAnyScoring: "; |t| <= %s under any increasing scoring",
	MarginsNoT:        "No t statistic was reported; with %[1]s the %[2]s allow %[3]s.",
	MarginsOK:         "Some pairing of the %s gives a t in %s (nearest t = %s, table %s).",
	MarginsOpposite:   "With the differences taken as after - before (the opposite of the convention used here), some pairing of the %s gives a t in %s; with before - after the attainable range is %s.",
	MarginsBad:        "No pairing of the %s gives t = %s: with %s every possible table gives %s%s.",
	MarginsNoScoring:  ", and no increasing scoring of the levels reaches |t| = %s (the largest is %s)",
	MarginsOther:      ", although another increasing scoring could reach |t| up to %s",
	MarginsUndecided:  "The printed t = %[1]s lies inside the attainable range (%[2]s), but whether a table hits %[4]s exactly needs enumerating %[5]s.",

	StatClaim:       "%s for %s",
	StatRecomputed:  "p = %s (%s); the printed value stands for %s, which gives p in %s",
	StatConsistent:  "The reported %s agrees with the p = %s recomputed from %s within the rounding of the printed numbers.",
	StatZeroRounds:  "A p-value is never exactly 0: the recomputed p = %s rounds to %s, so it should be reported as p < %s.",
	StatDecision:    "The recomputed p = %s is %s at alpha = %s, so the reported %s reverses the conclusion.",
	StatWrong:       "The reported %s cannot come from %s: the rounding of the statistic allows only p between %s and %s.",
	StatNeedDF:      "The p-value of %s cannot be recomputed without its degrees of freedom.",
	StatRImpossible: "A correlation lies between -1 and 1, so r = %s cannot be one.",

	ScanDFFromN:     " The degrees of freedom are n - 1 = %s, from the sample size n = %d stated at %s (a paired or one-group design).",
	ScanOneTailed:   " The text says the test was one-tailed, and the one-tailed p is consistent, so it was checked as one-tailed.",
	ScanDFClaim:     "df = %s for a paired or one-group t-test on n = %d",
	ScanDFRecomp:    "n - 1 = %d - 1 = %d",
	ScanDFOK:        "A paired or one-group t-test on the n = %d stated in the text has df = n - 1 = %d, as reported.",
	ScanDFBad:       "A paired or one-group t-test on the n = %d stated in the text has df = n - 1 = %d, not the reported %s.",
	ScanAnyClaim:    "%s against the %s table",
	ScanAnyRecomp:   "the table has %s (%s)",
	ScanAnyOK:       "The %s stated for the %s group agrees with a category of its table, where %d of %d is %s%%.",
	ScanAnyBad:      "The text states %s for the %s group, but no category of the article's own table (%s) has it: the table has %s.",
	ScanMarginOrder: " The levels, lowest first, were read as %s; every ordering of the %d levels was tried, and this one is the closest to the reported t.",
	ScanTable:       "line-%s table",
	ScanAmbiguous:   " The comma of %s was read as a decimal mark; read as a thousands separator (the p has a decimal point) the verdict would be %s.",
}

var auditID = AuditWords{
	TwoSided: "dua arah", Less: "satu arah (kurang dari)", Greater: "satu arah (lebih dari)",
	Significant: "signifikan", NotSignificant: "tidak signifikan",
	TextReported: "dilaporkan:  ", TextRecomputed: "hitung ulang:", TextSource: "sumber:      ",
	Before: "sebelum", After: "sesudah",

	PNoP:        "Pernyataan ini tidak melaporkan nilai p, sehingga tidak ada yang dapat diperiksa terhadap statistik t-nya.",
	PNeedT:      "statistik t dan derajat bebasnya",
	PNeedDF:     "derajat bebas (atau jumlah pasangan)",
	PZeroNoT:    "Nilai p tidak pernah tepat 0: %q hanya dapat berarti p < %s dan harus ditulis demikian; memeriksa nilainya memerlukan %s.",
	PCannot:     "Nilai p tidak dapat dihitung ulang tanpa %s.",
	PClaim:      "%s untuk t(%s) %s %s",
	PRecomputed: "p = %s (%s, t(%s) = %s); t dalam %s menghasilkan p dalam %s",
	PConsistent: "Nilai %s yang dilaporkan sesuai dengan p %s = %s yang dihitung ulang dari t(%s) = %s dalam batas pembulatan angka yang dicetak.",
	PZeroRounds: "Nilai p tidak pernah tepat 0: p %s yang dihitung ulang = %s dibulatkan menjadi %s, sehingga seharusnya dilaporkan sebagai p < %s.",
	PDecision:   "Nilai p %s yang dihitung ulang = %s %s pada alpha = %s, sehingga %s yang dilaporkan membalik kesimpulan.",
	PWrong:      "Nilai %s yang dilaporkan tidak mungkin berasal dari t(%s) = %s: pembulatan t hanya memungkinkan p %s antara %s dan %s.",

	CountSumClaim:   "frekuensi %s %s berjumlah n = %d",
	CountSumOK:      "Jumlah frekuensi %s sama dengan n = %d yang dinyatakan.",
	CountSumBad:     "Jumlah frekuensi %s adalah %d, bukan n = %d yang dinyatakan.",
	PercentOf:       "%s: %d (%s%%) dari %d",
	PercentSumClaim: "persentase %s %s%% berjumlah 100%%",
	PercentSumRange: "%s%% (pembulatan memungkinkan %s sampai %s)",
	PercentSumOK:    "Persentase %s yang dicetak berjumlah %s%%, dalam batas %s poin yang dimungkinkan oleh pembulatannya.",
	PercentSumBad:   "Persentase %s yang dicetak berjumlah %s%%, menyimpang dari 100%% lebih dari %s poin yang dimungkinkan oleh pembulatannya.",

	TableRecomputed: "%d dari %d = %s%% (%s)",
	TableClaimCount: "%s: %d (%s%%) dibandingkan dengan tabel %s",
	TableClaim:      "%s: %s%% dibandingkan dengan tabel %s",
	TableOK:         "Nilai %s%% yang dinyatakan untuk %s sesuai dengan tabel, yaitu %d dari %d = %s%%.",
	TableBad:        "Teks%s menyatakan %s untuk %s, tetapi tabel artikel itu sendiri (%s) berisi %d dari %d, yaitu %s%%.",

	WilcoxonClaim:      "V Wilcoxon = %s dari frekuensi sebelum dan sesudah",
	WilcoxonTooMany:    "Statistik Wilcoxon memerlukan enumerasi setiap tabel gabungan, dan jumlahnya terlalu banyak.",
	WilcoxonRecomputed: "V dalam %s, p dalam %s atas %d tabel gabungan",
	WilcoxonOK:         "Ada pasangan dari frekuensi tersebut yang menghasilkan V = %s.",
	WilcoxonBad:        "Tidak ada pasangan dari frekuensi tersebut yang menghasilkan V = %s; V terdekat yang mungkin adalah %s.",

	Reject: "H0 ditolak", Retain: "H0 diterima",
	RejectH0:        "H0 ditolak",
	RetainH0:        "H0 diterima",
	DecisionClaim:   "keputusan %q pada alpha = %s",
	DecisionFromT:   "p = %s yang dihitung ulang dari t(%s) = %s",
	DecisionFromP:   "p yang dilaporkan = %s",
	DecisionNoData:  "Keputusan tidak dapat diperiksa tanpa t dan derajat bebas atau nilai p.",
	DecisionOK:      "Dengan %s dan alpha = %s keputusannya adalah %s, sesuai yang dinyatakan.",
	DecisionBad:     "Dengan %s dan alpha = %s keputusannya seharusnya %s, bukan %s.",
	DecisionDefault: "0,05",

	GRIMClaim:        "rata-rata %s dengan n = %d",
	GRIMClaimItems:   "rata-rata %s dengan n = %d, %d butir",
	GRIMRecomputed:   "rata-rata terdekat yang mungkin %s dan %s (jumlah %s dan %s dibagi %s)",
	GRIMOK:           "Rata-rata %s mungkin untuk %d nilai bulat: jumlah %s dibagi %s dibulatkan menjadi nilai itu.",
	GRIMUndetectable: "Rata-rata %s mungkin untuk %d nilai bulat, tetapi dengan n di atas 10^%d uji GRIM tidak dapat mendeteksi kesalahan.",
	GRIMBad:          "Tidak ada %d nilai bulat yang rata-ratanya dibulatkan menjadi %s: rata-rata terdekat yang mungkin adalah %s dan %s (GRIM).",
	PercentClaim:     "%s%% = %d dari %d",
	PercentRatio:     "%d/%d = %s%%",
	PercentOK:        "%d dari %d adalah %s%%, yang dibulatkan menjadi %s%% seperti yang dicetak.",
	PercentBad:       "%d dari %d adalah %s%%, yang tidak dibulatkan menjadi %s%% seperti yang dicetak.",

	MarginsScores:     "skor %s",
	MarginsCounts:     "sebelum %s, sesudah %s",
	MarginsClaim:      "t berpasangan dari frekuensi %s (%s)",
	MarginsClaimT:     "t berpasangan = %s dari frekuensi %s (%s)",
	MarginsMore:       "lebih dari %d tabel gabungan",
	MarginsNotEnum:    "tabel gabungan (tidak dienumerasi)",
	MarginsTables:     "%d tabel gabungan",
	MarginsRange:      "t dalam %s atas %s",
	MarginsUndefined:  "t tidak terdefinisi untuk setiap tabel gabungan (semua selisih sama)",
	MarginsUndefinedT: "t tidak terdefinisi",
	MarginsUnbounded:  "; |t| tidak terbatas untuk penskoran yang meningkat",
	MarginsAnyScoring: "; |t| <= %s untuk penskoran meningkat apa pun",
	MarginsNoT:        "Tidak ada statistik t yang dilaporkan; dengan %[1]s, marginal %[2]s memungkinkan %[3]s%[4]s.",
	MarginsOK:         "Ada pasangan dari %s yang menghasilkan t dalam %s (t terdekat = %s, tabel %s).",
	MarginsOpposite:   "Dengan selisih dihitung sebagai sesudah - sebelum (kebalikan dari konvensi yang dipakai di sini), ada pasangan dari %s yang menghasilkan t dalam %s; dengan sebelum - sesudah rentang yang mungkin adalah %s.",
	MarginsBad:        "Tidak ada pasangan dari %s yang menghasilkan t = %s: dengan %s setiap tabel yang mungkin menghasilkan %s%s.",
	MarginsNoScoring:  ", dan tidak ada penskoran kategori yang meningkat yang mencapai |t| = %s (terbesar %s)",
	MarginsOther:      ", walaupun penskoran meningkat lain dapat mencapai |t| hingga %s",
	MarginsUndecided:  "Nilai t = %[1]s berada dalam rentang yang mungkin (%[3]s), tetapi apakah ada tabel yang tepat menghasilkan %[4]s memerlukan enumerasi %[5]s.",

	StatClaim:       "%s untuk %s",
	StatRecomputed:  "p = %s (%s); nilai yang dicetak mewakili %s, yang menghasilkan p dalam %s",
	StatConsistent:  "Nilai %s yang dilaporkan sesuai dengan p = %s yang dihitung ulang dari %s dalam batas pembulatan angka yang dicetak.",
	StatZeroRounds:  "Nilai p tidak pernah tepat 0: p yang dihitung ulang = %s dibulatkan menjadi %s, sehingga seharusnya dilaporkan sebagai p < %s.",
	StatDecision:    "Nilai p yang dihitung ulang = %s %s pada alpha = %s, sehingga %s yang dilaporkan membalik kesimpulan.",
	StatWrong:       "Nilai %s yang dilaporkan tidak mungkin berasal dari %s: pembulatan statistiknya hanya memungkinkan p antara %s dan %s.",
	StatNeedDF:      "Nilai p dari %s tidak dapat dihitung ulang tanpa derajat bebasnya.",
	StatRImpossible: "Koefisien korelasi terletak antara -1 dan 1, sehingga r = %s tidak mungkin.",

	ScanDFFromN:     " Derajat bebasnya n - 1 = %s, dari besar sampel n = %d yang dinyatakan pada %s (rancangan berpasangan atau satu kelompok).",
	ScanOneTailed:   " Teks menyatakan uji satu arah, dan p satu arah sesuai, sehingga diperiksa sebagai uji satu arah.",
	ScanDFClaim:     "df = %s untuk uji t berpasangan atau satu kelompok dengan n = %d",
	ScanDFRecomp:    "n - 1 = %d - 1 = %d",
	ScanDFOK:        "Uji t berpasangan atau satu kelompok dengan n = %d yang dinyatakan dalam teks memiliki df = n - 1 = %d, sesuai yang dilaporkan.",
	ScanDFBad:       "Uji t berpasangan atau satu kelompok dengan n = %d yang dinyatakan dalam teks memiliki df = n - 1 = %d, bukan %s yang dilaporkan.",
	ScanAnyClaim:    "%s dibandingkan dengan tabel %s",
	ScanAnyRecomp:   "tabel berisi %s (%s)",
	ScanAnyOK:       "Nilai %s yang dinyatakan untuk kelompok %s sesuai dengan salah satu kategori tabelnya, yaitu %d dari %d = %s%%.",
	ScanAnyBad:      "Teks menyatakan %s untuk kelompok %s, tetapi tidak ada kategori dalam tabel artikel itu sendiri (%s) yang memilikinya: tabelnya berisi %s.",
	ScanMarginOrder: " Urutan kategori, dari yang terendah, dibaca sebagai %s; setiap urutan dari %d kategori telah dicoba, dan urutan ini yang paling dekat dengan t yang dilaporkan.",
	ScanTable:       "tabel baris %s",
	ScanAmbiguous:   " Koma pada %s dibaca sebagai tanda desimal; jika dibaca sebagai pemisah ribuan (p memakai titik desimal), putusannya menjadi %s.",
}
