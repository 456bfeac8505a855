package report

// words holds every fixed phrase of a report in one language. Phrases with
// %s verbs take already-escaped text and formatted numbers only.
type words struct {
	results, outcome, before, after string

	secDistribution, secEffect, secRobust, secReproduction, provenance string
	secPairs                                                           string // section 2 without a t-test

	table, figure                                        string
	freqCaption                                          string // %s variable, %s occasion
	frequency, percent, validPercent, cumPercent         string
	valid, missing, system, total, emptyLabel            string
	combinedCaption                                      string // %s variable, %s before, %s after
	category, n                                          string
	crossCaption                                         string // %s before, %s after
	distSentence                                         string // %s n total
	distOccasion                                         string // %s occasion, %s list
	distItem                                             string // %s count, %s percent, %s label
	and                                                  string
	barCaption                                           string // %s variable, %s before, %s after
	barYLabel                                            string
	pairStatsCaption, pairCorrCaption, pairTestCaption   string
	pair1, mean, sd, seMean, correlation, sig            string
	sig2, sigLess, sigGreater                            string
	ciLower, ciUpper                                     string // %s level
	diffLabel                                            string // %s before, %s after
	tSentence                                            string // %s var, %s before, M, SD, %s after, M, SD, %s stats
	meanDiff, ci                                         string
	decisionReject, decisionKeep                         string // %s alpha, %s p
	alternativeNote                                      string // %s alternative (< or >), %s mu
	altLess, altGreater                                  string
	codesNote                                            string // %s codes
	codesNoteRobust                                      string
	pairedCaption                                        string // %s variable, %s before, %s after
	diffCaption, diffHistCaption                         string // %s before − after
	diffAxis                                             string // %s before, %s after
	count                                                string
	robustCaption, robustCaptionNumeric                  string // ordinal data / numeric data
	agreeOne, differOne                                  string // %s the test, %s alpha
	wilcoxonTest, signTest, mhTest, bowkerTest           string // a test as a sentence's subject
	test, statistic, df, p, note                         string
	swName, wilcoxonName, signName, mhName, bowkerName   string
	exact, approximate                                   string
	swNormal, swNotNormal                                string // %s W, %s p
	wilcoxonNote                                         string // %s n, %s zeros, %s r
	signNote                                             string // %s pos, %s neg, %s zero
	oneSidedLess, oneSidedGreater                        string // a one-sided Wilcoxon or sign test
	agreeAll, agreeSome                                  string // %s k, %s n
	agreeSomeOne                                         string // %s n: one test of n differs
	agreeBoth, differBoth                                string // two tests: %s alpha
	differAll                                            string // %s n, %s alpha
	notes                                                string
	reproCaption                                         string
	claim, reported, recomputed, verdict, explanation    string
	verdicts                                             map[string]string
	provData, provSHA, provModule, provCommand, provOpts string
	provGenerated, provNotRecorded                       string
	provOptsFmt                                          string
	provTest                                             string
}

var english = words{
	results: "Results", outcome: "the outcome", before: "Before", after: "After",

	secDistribution: "Distribution on each occasion",
	secEffect:       "The effect: paired-samples t-test",
	secPairs:        "The paired data",
	secRobust:       "Assumptions and robustness",
	secReproduction: "Reproduction of the reported results",
	provenance:      "Provenance",

	table: "Table", figure: "Figure",
	freqCaption: "Frequencies of %s: %s",
	frequency:   "Frequency", percent: "Percent", validPercent: "Valid Percent", cumPercent: "Cumulative Percent",
	valid: "Valid", missing: "Missing", system: "System", total: "Total", emptyLabel: "(empty label)",
	combinedCaption: "%s, %s and %s: n (%%)",
	category:        "Category", n: "n",
	crossCaption: "Cross-tabulation, %s (rows) by %s (columns)",
	distSentence: "Of the %s respondents with a valid value, ",
	distOccasion: "%s: %s",
	distItem:     "%s (%s%%) %s",
	and:          "and",
	barCaption:   "%s, %s and %s: percentage per category",
	barYLabel:    "Percent (%)",

	pairStatsCaption: "Paired Samples Statistics",
	pairCorrCaption:  "Paired Samples Correlations",
	pairTestCaption:  "Paired Samples Test",
	pair1:            "Pair&nbsp;1", mean: "Mean", sd: "Std. Deviation", seMean: "Std. Error Mean",
	correlation: "Correlation", sig: "Sig.",
	sig2: "Sig. (2-tailed)", sigLess: "Sig. (1-tailed, less)", sigGreater: "Sig. (1-tailed, greater)",
	ciLower: "%s%% CI Lower", ciUpper: "%s%% CI Upper",
	diffLabel: "%s \u2212 %s",
	tSentence: "A paired-samples t-test compared %s between %s (*M* = %s, *SD* = %s) and %s (*M* = %s, *SD* = %s): %s.",
	meanDiff:  "*M*<sub>diff</sub>", ci: "%s%% CI",
	decisionReject:  "At α = %s, *p* %s is below α: H0 rejected, Ha accepted.",
	decisionKeep:    "At α = %s, *p* %s is not below α: H0 not rejected.",
	alternativeNote: "The test was one-sided (H<sub>a</sub>: mean difference %s %s).",
	altLess:         "<", altGreater: ">",
	codesNote:       "*Note.* The t-test was run on category codes (%s), which treats ordered categories as equally spaced numbers.",
	codesNoteRobust: " Section %s gives tests suited to ordinal outcomes.",
	pairedCaption:   "%s of each subject, %s and %s (one line per subject)",
	diffCaption:     "Differences %s (one dot per subject; dashed line at 0)",
	diffHistCaption: "Differences %s (histogram; dashed line at 0)",
	diffAxis:        "Difference (%s \u2212 %s)",
	count:           "Count",

	robustCaption:        "Assumption check and tests suited to ordinal outcomes",
	robustCaptionNumeric: "Assumption check and nonparametric tests",
	test:                 "Test", statistic: "Statistic", df: "df", p: "p", note: "Note",
	swName:       "Shapiro–Wilk (differences)",
	wilcoxonName: "Wilcoxon signed-rank",
	signName:     "Sign test",
	mhName:       "Stuart–Maxwell marginal homogeneity",
	bowkerName:   "Bowker symmetry",
	exact:        "exact", approximate: "normal approximation",
	swNormal:     "The differences were consistent with normality (Shapiro–Wilk *W* = %s, *p* %s).",
	swNotNormal:  "The differences departed from normality (Shapiro–Wilk *W* = %s, *p* %s).",
	wilcoxonNote: "%s non-zero differences, %s zero; rank-biserial *r* = %s",
	signNote:     "%s positive, %s negative, %s zero",
	oneSidedLess: "one-sided (less)", oneSidedGreater: "one-sided (greater)",
	agreeAll:     "All %s of these tests lead to the same decision as the t-test at α = %s.",
	agreeOne:     "%s leads to the same decision as the t-test at α = %s.",
	differOne:    "%s leads to a different decision from the t-test at α = %s.",
	wilcoxonTest: "The Wilcoxon signed-rank test", signTest: "The sign test",
	mhTest: "The Stuart–Maxwell test", bowkerTest: "Bowker's test",
	agreeSome:    "%s of these %s tests lead to a different decision from the t-test at α = %s.",
	agreeSomeOne: "1 of these %s tests leads to a different decision from the t-test at α = %s.",
	agreeBoth:    "Both of these tests lead to the same decision as the t-test at α = %s.",
	differBoth:   "Both of these tests lead to a different decision from the t-test at α = %s.",
	differAll:    "All %s of these tests lead to a different decision from the t-test at α = %s.",
	notes:        "Notes",

	reproCaption: "Reported and recomputed results",
	claim:        "Claim", reported: "Reported", recomputed: "Recomputed", verdict: "Verdict", explanation: "Explanation",
	verdicts: map[string]string{
		"consistent": "consistent", "inconsistent": "inconsistent", "decision_error": "decision error",
		"reporting_error": "reporting error", "not_derivable": "not derivable",
	},
	provData: "Data", provSHA: "SHA-256 of the data", provModule: "Module version",
	provCommand: "Command", provOpts: "Options", provGenerated: "Generated",
	provNotRecorded: "not recorded",
	provOptsFmt:     "language %s, α = %s, decimals %d (text), %d (tables), %d (percentages)",
	provTest:        "; t-test: alternative %s, μ<sub>0</sub> = %s, confidence level %s%%",
}

var indonesian = words{
	results: "Hasil", outcome: "variabel hasil", before: "Sebelum", after: "Sesudah",

	secDistribution: "Distribusi pada setiap pengukuran",
	secEffect:       "Pengaruh: uji t sampel berpasangan",
	secPairs:        "Data berpasangan",
	secRobust:       "Uji asumsi dan uji pembanding",
	secReproduction: "Reproduksi hasil yang dilaporkan",
	provenance:      "Asal-usul",

	table: "Tabel", figure: "Gambar",
	freqCaption: "Distribusi frekuensi %s: %s",
	frequency:   "Frekuensi", percent: "Persen", validPercent: "Persen Valid", cumPercent: "Persen Kumulatif",
	valid: "Valid", missing: "Hilang", system: "Sistem", total: "Total", emptyLabel: "(label kosong)",
	combinedCaption: "%s, %s dan %s: n (%%)",
	category:        "Kategori", n: "n",
	crossCaption: "Tabulasi silang %s (baris) dan %s (kolom)",
	distSentence: "Berdasarkan hasil penelitian, dari %s responden dengan data valid, ",
	distOccasion: "pada pengukuran %s terdapat %s",
	distItem:     "%s responden (%s%%) %s",
	and:          "dan",
	barCaption:   "%s, %s dan %s: persentase per kategori",
	barYLabel:    "Persen (%)",

	pairStatsCaption: "Statistik Sampel Berpasangan",
	pairCorrCaption:  "Korelasi Sampel Berpasangan",
	pairTestCaption:  "Uji Sampel Berpasangan",
	pair1:            "Pasangan&nbsp;1", mean: "Rata-rata", sd: "Simpangan Baku", seMean: "Galat Baku Rata-rata",
	correlation: "Korelasi", sig: "Sig.",
	sig2: "Sig. (2 sisi)", sigLess: "Sig. (1 sisi, kurang)", sigGreater: "Sig. (1 sisi, lebih)",
	ciLower: "IK %s%% Bawah", ciUpper: "IK %s%% Atas",
	diffLabel: "%s \u2212 %s",
	tSentence: "Uji t sampel berpasangan membandingkan %s antara %s (*M* = %s; *SD* = %s) dan %s (*M* = %s; *SD* = %s): %s.",
	meanDiff:  "*M*<sub>selisih</sub>", ci: "IK %s%%",
	decisionReject:  "Pada α = %s, nilai *p* %s lebih kecil dari α sehingga Ho ditolak dan Ha diterima.",
	decisionKeep:    "Pada α = %s, nilai *p* %s tidak lebih kecil dari α sehingga Ho gagal ditolak.",
	alternativeNote: "Uji dilakukan satu sisi (H<sub>a</sub>: rata-rata selisih %s %s).",
	altLess:         "<", altGreater: ">",
	codesNote:       "*Catatan.* Uji t dihitung pada kode kategori (%s), sehingga kategori berurutan diperlakukan sebagai angka berjarak sama.",
	codesNoteRobust: " Bagian %s menyajikan uji yang sesuai untuk data ordinal.",
	pairedCaption:   "%s setiap responden, %s dan %s (satu garis per responden)",
	diffCaption:     "Selisih %s (satu titik per responden; garis putus-putus pada 0)",
	diffHistCaption: "Selisih %s (histogram; garis putus-putus pada 0)",
	diffAxis:        "Selisih (%s \u2212 %s)",
	count:           "Jumlah",

	robustCaption:        "Uji asumsi dan uji yang sesuai untuk data ordinal",
	robustCaptionNumeric: "Uji asumsi dan uji nonparametrik",
	test:                 "Uji", statistic: "Statistik", df: "df", p: "p", note: "Keterangan",
	swName:       "Shapiro–Wilk (selisih)",
	wilcoxonName: "Wilcoxon peringkat bertanda",
	signName:     "Uji tanda",
	mhName:       "Homogenitas marginal Stuart–Maxwell",
	bowkerName:   "Simetri Bowker",
	exact:        "eksak", approximate: "pendekatan normal",
	swNormal:     "Selisih berdistribusi normal (Shapiro–Wilk *W* = %s; *p* %s).",
	swNotNormal:  "Selisih tidak berdistribusi normal (Shapiro–Wilk *W* = %s; *p* %s).",
	wilcoxonNote: "%s selisih bukan nol, %s nol; *r* rank-biserial = %s",
	signNote:     "%s positif, %s negatif, %s nol",
	oneSidedLess: "satu sisi (kurang dari)", oneSidedGreater: "satu sisi (lebih dari)",
	agreeAll:     "Seluruh %s uji ini menghasilkan keputusan yang sama dengan uji t pada α = %s.",
	agreeOne:     "%s menghasilkan keputusan yang sama dengan uji t pada α = %s.",
	differOne:    "%s menghasilkan keputusan yang berbeda dari uji t pada α = %s.",
	wilcoxonTest: "Uji Wilcoxon peringkat bertanda", signTest: "Uji tanda",
	mhTest: "Uji Stuart–Maxwell", bowkerTest: "Uji Bowker",
	agreeSome:    "%s dari %s uji ini menghasilkan keputusan yang berbeda dari uji t pada α = %s.",
	agreeSomeOne: "1 dari %s uji ini menghasilkan keputusan yang berbeda dari uji t pada α = %s.",
	agreeBoth:    "Kedua uji ini menghasilkan keputusan yang sama dengan uji t pada α = %s.",
	differBoth:   "Kedua uji ini menghasilkan keputusan yang berbeda dari uji t pada α = %s.",
	differAll:    "Seluruh %s uji ini menghasilkan keputusan yang berbeda dari uji t pada α = %s.",
	notes:        "Catatan",

	reproCaption: "Hasil yang dilaporkan dan hasil hitung ulang",
	claim:        "Klaim", reported: "Dilaporkan", recomputed: "Hitung ulang", verdict: "Penilaian", explanation: "Penjelasan",
	verdicts: map[string]string{
		"consistent": "konsisten", "inconsistent": "tidak konsisten", "decision_error": "kesalahan keputusan",
		"reporting_error": "kesalahan pelaporan", "not_derivable": "tidak dapat diturunkan",
	},
	provData: "Data", provSHA: "SHA-256 data", provModule: "Versi modul",
	provCommand: "Perintah", provOpts: "Pengaturan", provGenerated: "Dibuat",
	provNotRecorded: "tidak dicatat",
	provOptsFmt:     "bahasa %s, α = %s, desimal %d (teks), %d (tabel), %d (persentase)",
	provTest:        "; uji t: alternatif %s, μ<sub>0</sub> = %s, tingkat kepercayaan %s%%",
}

func wordsFor(l Lang) *words {
	if l == Indonesian {
		return &indonesian
	}
	return &english
}
