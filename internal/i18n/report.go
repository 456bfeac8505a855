package i18n

// ReportWords holds every fixed phrase of a report (package report) in one
// language. Phrases with %s verbs take already-escaped text and formatted
// numbers only.
type ReportWords struct {
	Results, Outcome, Before, After string

	SecDistribution, SecEffect, SecRobust, SecReproduction, Provenance string
	SecPairs                                                           string // section 2 without a t-test

	Table, Figure                                      string
	FreqCaption                                        string // %s variable, %s occasion
	Frequency, Percent, ValidPercent, CumPercent       string
	Valid, Missing, System, Total, EmptyLabel          string
	CombinedCaption                                    string // %s variable, %s before, %s after
	Category, N                                        string
	CrossCaption                                       string // %s before, %s after
	DistSentence                                       string // %s n total
	DistOccasion                                       string // %s occasion, %s list
	DistItem                                           string // %s count, %s percent, %s label
	And                                                string
	BarCaption                                         string // %s variable, %s before, %s after
	BarYLabel                                          string
	PairStatsCaption, PairCorrCaption, PairTestCaption string
	Pair1, Mean, Sd, SeMean, Correlation, Sig          string
	Sig2, SigLess, SigGreater                          string
	CiLower, CiUpper                                   string // %s level
	DiffLabel                                          string // %s before, %s after
	TSentence                                          string // %s var, %s before, M, SD, %s after, M, SD, %s stats
	MeanDiff, Ci                                       string
	DecisionReject, DecisionKeep                       string // %s alpha, %s p
	AlternativeNote                                    string // %s alternative (< or >), %s mu
	AltLess, AltGreater                                string
	CodesNote                                          string // %s codes
	CodesNoteRobust                                    string
	PairedCaption                                      string // %s variable, %s before, %s after
	BubbleCaption                                      string // %s variable, %s before, %s after: the cross table chart
	DiffCaption, DiffHistCaption                       string // %s before − after
	DiffAxis                                           string // %s before, %s after
	Count                                              string
	RobustCaption, RobustCaptionNumeric                string // ordinal data / numeric data
	AgreeOne, DifferOne                                string // %s the test, %s alpha
	WilcoxonTest, SignTest, MhTest, BowkerTest         string // a test as a sentence's subject
	Test, Statistic, Df, P, Note                       string
	SwName, WilcoxonName, SignName, MhName, BowkerName string
	// McNemar's tests of a 2 x 2 table: table row names, the test as a
	// sentence's subject, and the Note cell of the exact test.
	McNemarCorrName, McNemarName, McNemarExactName       string
	McNemarCorrTest, McNemarTest, McNemarExactTest       string
	McNemarExactNote                                     string
	Exact, Approximate                                   string
	SwNormal, SwNotNormal                                string // %s W, %s p
	WilcoxonNote                                         string // %s n, %s zeros, %s r
	SignNote                                             string // %s pos, %s neg, %s zero
	OneSidedLess, OneSidedGreater                        string // a one-sided Wilcoxon or sign test
	AgreeAll, AgreeSome                                  string // %s k, %s n
	AgreeSomeOne                                         string // %s n: one test of n differs
	AgreeBoth, DifferBoth                                string // two tests: %s the t-test, %s alpha
	DifferAll                                            string // %s n, %s alpha
	Notes                                                string
	ReproCaption                                         string
	Claim, Reported, Recomputed, Verdict, Explanation    string
	Verdicts                                             map[string]string
	ProvData, ProvSHA, ProvModule, ProvCommand, ProvOpts string
	ProvGenerated, ProvNotRecorded                       string
	ProvOptsFmt                                          string
	ProvTest                                             string
	ProvDirection                                        string // %s the differences, e.g. "Before − After"

	// The section headings of an ordinal outcome: the ordinal tests
	// (the primary analysis) and the t-test on the category codes.
	SecOrdinal, SecEffectCodes string
	// NullNoDiff and NullMu (%s mu) complete the decision sentences
	// (DecisionReject, DecisionKeep: %s alpha, %s p, %s null).
	NullNoDiff, NullMu string
	// CodesNoteScores (%s scores) replaces CodesNote when the scores are
	// not 1, 2, ..., k; CodesNoteCompare (%s section) says the t-test on
	// codes is a comparison and where the primary analysis is.
	CodesNoteScores, CodesNoteCompare string
	// Numbers spelled out, 0 to 10 (APA 7 6.32; PUEBI: numbers written
	// in one or two words), and the collective forms of Indonesian
	// ("keempat"); empty where the language has none.
	NumberWords, CollectiveWords []string
	// AgreeSomeNamed and AgreeOneNamed name the tests that differ: %s count
	// (spelled out, capitalised), %s total, %s the tests, %s the t-test, %s
	// alpha. In every Agree and Differ sentence the t-test is TTest, or
	// TTestCodes (%s section) when the ordinal tests come first.
	TTest, TTestCodes string
	// The sentences of the primary analysis of an ordinal outcome:
	// WilcoxonSentence (%s differences, %s V, %s p, %s r) and, for two
	// levels, McNemarSentence (%s chi-squared, %s p, %s exact p).
	WilcoxonSentence, McNemarSentence string
	AgreeSomeNamed, AgreeOneNamed     string
	// The APA 7 words of the t-test tables (Options.TableStyle TableAPA).
	APAPairStatsCaption, APAPairCorrCaption, APAPairTestCaption string
	APAMean, APASd, APASeMean, APAN, APACorrelation             string
	APASig, APASig2, APASigLess, APASigGreater                  string
	// The alternatives as the provenance names them.
	AltTwoSidedWord, AltLessWord, AltGreaterWord string

	// A test the data do not define (pairedt.Undefined): the table cell
	// and the sentence for the t-test, each with %s the reason.
	UndefinedCell, UndefinedT string
	// The reasons, one per pairedt sentinel error.
	ReasonNoDiscordant, ReasonConstant, ReasonIdentical, ReasonTooFew, ReasonTooMany, ReasonOther string

	// The Bayes factor sentence (report.Options.BayesFactor): %s the prior
	// scale, %s H1, %s BF10, %s BF01; then BayesH1 or BayesH0 with %s the
	// ratio; BayesH1Two, BayesH1Less, BayesH1Greater are H1 (δ ≠ 0, < 0, > 0).
	BayesSentence, BayesH1, BayesH0         string
	BayesH1Two, BayesH1Less, BayesH1Greater string
	// The sensitivity sentence (report.Options.Sensitivity): %s n, %s
	// power (percent), %s the bound on d_z ("≥ 0.61", "≤ −0.61" or, two-sided, "|d_z| ≥ 0.61"), %s alpha, %s the sides.
	Sensitivity                string
	SensTwoSided, SensOneSided string
}

var reportEnglish = ReportWords{
	Results: "Results", Outcome: "the outcome", Before: "Before", After: "After",

	SecDistribution: "Distribution on each occasion",
	SecEffect:       "Change from before to after: paired-samples t-test",
	SecOrdinal:      "Change from before to after: tests for ordinal outcomes",
	SecEffectCodes:  "Paired-samples t-test on the category codes",
	SecPairs:        "The paired data",
	SecRobust:       "Assumptions and robustness",
	SecReproduction: "Reproduction of the reported results",
	Provenance:      "Provenance",

	Table: "Table", Figure: "Figure",
	FreqCaption: "Frequencies of %s: %s",
	Frequency:   "Frequency", Percent: "Percent", ValidPercent: "Valid Percent", CumPercent: "Cumulative Percent",
	Valid: "Valid", Missing: "Missing", System: "System", Total: "Total", EmptyLabel: "(empty label)",
	CombinedCaption: "%s, %s and %s: n (%%)",
	Category:        "Category", N: "n",
	CrossCaption: "Cross-tabulation, %s (rows) by %s (columns)",
	DistSentence: "Of the %s respondents with a valid value, ",
	DistOccasion: "%s: %s",
	DistItem:     "%s (%s%%) %s",
	And:          "and",
	BarCaption:   "%s, %s and %s: percentage per category",
	BarYLabel:    "Percent (%)",

	PairStatsCaption: "Paired Samples Statistics",
	PairCorrCaption:  "Paired Samples Correlations",
	PairTestCaption:  "Paired Samples Test",
	Pair1:            "Pair&nbsp;1", Mean: "Mean", Sd: "Std. Deviation", SeMean: "Std. Error Mean",
	Correlation: "Correlation", Sig: "Sig.",
	Sig2: "Sig. (2-tailed)", SigLess: "Sig. (1-tailed, less)", SigGreater: "Sig. (1-tailed, greater)",
	CiLower: "%s%% CI Lower", CiUpper: "%s%% CI Upper",
	DiffLabel: "%s \u2212 %s",
	TSentence: "A paired-samples t-test compared %s between %s (*M* = %s, *SD* = %s) and %s (*M* = %s, *SD* = %s): %s.",
	MeanDiff:  "*M*<sub>diff</sub>", Ci: "%s%% CI",
	DecisionReject:   "At α = %s, *p* %s was below α, so the null hypothesis %s was rejected.",
	DecisionKeep:     "At α = %s, *p* %s was not below α, so the null hypothesis %s was not rejected.",
	NullNoDiff:       "of no mean difference",
	TTest:            "the t-test",
	WilcoxonSentence: "A Wilcoxon signed-rank test of the differences %s gave *V* = %s, *p* %s, rank-biserial *r* = %s.",
	McNemarSentence:  "McNemar's test with continuity correction gave χ²(1) = %s, *p* %s; the exact (binomial) test gave *p* %s.",
	TTestCodes:       "the t-test on the category codes (Section %s)",
	NullMu:           "that the mean difference was %s",
	AlternativeNote:  "The test was one-sided (H<sub>a</sub>: mean difference %s %s).",
	AltLess:          "<", AltGreater: ">",
	CodesNote:        "*Note.* The t-test was run on category codes (%s), which treats ordered categories as equally spaced numbers.",
	CodesNoteRobust:  " Section %s gives tests suited to ordinal outcomes.",
	CodesNoteScores:  "*Note.* The t-test was run on the scores given to the categories (%s), which treats the distances between these scores as meaningful.",
	CodesNoteCompare: " It is reported for comparison with analyses that treat the codes as numbers; the primary analysis, with tests suited to ordinal outcomes, is in Section %s.",
	NumberWords:      []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"},
	BubbleCaption:    "%s: number of subjects in each combination of %s (columns) and %s (rows); circle area proportional to the count, dashed line where the category did not change",
	PairedCaption:    "%s of each subject, %s and %s (one line per subject)",
	DiffCaption:      "Differences %s (one dot per subject; dashed line at 0)",
	DiffHistCaption:  "Differences %s (histogram; dashed line at 0)",
	DiffAxis:         "Difference (%s \u2212 %s)",
	Count:            "Count",

	RobustCaption:        "Assumption check and tests suited to ordinal outcomes",
	RobustCaptionNumeric: "Assumption check and nonparametric tests",
	Test:                 "Test", Statistic: "Statistic", Df: "df", P: "p", Note: "Note",
	SwName:          "Shapiro–Wilk (differences)",
	WilcoxonName:    "Wilcoxon signed-rank",
	SignName:        "Sign test",
	MhName:          "Stuart–Maxwell marginal homogeneity",
	BowkerName:      "Bowker symmetry",
	McNemarCorrName: "McNemar (continuity-corrected)", McNemarName: "McNemar (uncorrected)", McNemarExactName: "McNemar exact (binomial)",
	McNemarCorrTest: "McNemar's test with continuity correction", McNemarTest: "McNemar's test without correction", McNemarExactTest: "The exact McNemar test",
	McNemarExactNote: "discordant pairs; two-sided binomial",
	Exact:            "exact", Approximate: "normal approximation",
	SwNormal:     "The differences were consistent with normality (Shapiro–Wilk *W* = %s, *p* %s).",
	SwNotNormal:  "The differences departed from normality (Shapiro–Wilk *W* = %s, *p* %s).",
	WilcoxonNote: "%s non-zero differences, %s zero; rank-biserial *r* = %s",
	SignNote:     "%s positive, %s negative, %s zero",
	OneSidedLess: "one-sided (less)", OneSidedGreater: "one-sided (greater)",
	AgreeAll:       "All %s of these tests lead to the same decision as %s at α = %s.",
	AgreeSomeNamed: "%s of these %s tests (%s) lead to a different decision from %s at α = %s.",
	AgreeOneNamed:  "One of these %s tests, %s, leads to a different decision from %s at α = %s.",
	AgreeOne:       "%s leads to the same decision as %s at α = %s.",
	DifferOne:      "%s leads to a different decision from %s at α = %s.",
	WilcoxonTest:   "The Wilcoxon signed-rank test", SignTest: "The sign test",
	MhTest: "The Stuart–Maxwell test", BowkerTest: "Bowker's test",
	AgreeSome:    "%s of these %s tests lead to a different decision from %s at α = %s.",
	AgreeSomeOne: "1 of these %s tests leads to a different decision from %s at α = %s.",
	AgreeBoth:    "Both of these tests lead to the same decision as %s at α = %s.",
	DifferBoth:   "Both of these tests lead to a different decision from %s at α = %s.",
	DifferAll:    "All %s of these tests lead to a different decision from %s at α = %s.",
	Notes:        "Notes",

	ReproCaption: "Reported and recomputed results",
	Claim:        "Claim", Reported: "Reported", Recomputed: "Recomputed", Verdict: "Verdict", Explanation: "Explanation",
	Verdicts: map[string]string{
		"consistent": "consistent", "inconsistent": "inconsistent", "decision_error": "decision error",
		"reporting_error": "reporting error", "not_derivable": "not derivable",
	},
	ProvData: "Data", ProvSHA: "SHA-256 of the data", ProvModule: "Module version",
	ProvCommand: "Command", ProvOpts: "Options", ProvGenerated: "Generated",
	ProvNotRecorded: "not recorded",
	ProvOptsFmt:     "language %s, α = %s, decimals %d (text), %d (tables), %d (percentages)",
	ProvTest:        "; t-test: alternative %s, μ<sub>0</sub> = %s, confidence level %s%%",
	ProvDirection:   "; differences %s",
	AltTwoSidedWord: "two-sided", AltLessWord: "less", AltGreaterWord: "greater",

	APAPairStatsCaption: "Descriptive Statistics on Each Occasion",
	APAPairCorrCaption:  "Correlation Between the Two Occasions",
	APAPairTestCaption:  "Paired-Samples t-Test of the Differences",
	APAMean:             "*M*", APASd: "*SD*", APASeMean: "*SE*", APAN: "*n*", APACorrelation: "*r*",
	APASig: "*p*", APASig2: "*p* (two-tailed)", APASigLess: "*p* (one-tailed, less)", APASigGreater: "*p* (one-tailed, greater)",

	UndefinedCell:      "not defined for these data: %s",
	UndefinedT:         "The paired t-test is not defined for these data: %s.",
	ReasonNoDiscordant: "no subject changed category",
	ReasonConstant:     "the values are essentially constant",
	ReasonIdentical:    "every difference is zero",
	ReasonTooFew:       "too few pairs",
	ReasonTooMany:      "more pairs than the test allows",
	ReasonOther:        "the data do not allow it",

	BayesSentence: "A Bayesian paired *t*-test (JZS prior: δ ~ Cauchy(0, *r* = %s) on the standardized effect δ under H<sub>1</sub>: %s, against H<sub>0</sub>: δ = 0; Rouder et al., 2009) gives BF<sub>10</sub> = %s (BF<sub>01</sub> = %s):",
	BayesH1:       "the data are %s times as likely under H<sub>1</sub> as under H<sub>0</sub>.",
	BayesH0:       "the data are %s times as likely under H<sub>0</sub> as under H<sub>1</sub>.",
	BayesH1Two:    "δ ≠ 0", BayesH1Less: "δ < 0", BayesH1Greater: "δ > 0",
	Sensitivity:  "With %s pairs the design had %s%% power to detect %s at α = %s (%s; paired *t*-test, exact noncentral *t* as in G\\*Power).",
	SensTwoSided: "two-sided, counting both rejection regions",
	SensOneSided: "one-sided",
}

var reportIndonesian = ReportWords{
	Results: "Hasil", Outcome: "variabel hasil", Before: "Sebelum", After: "Sesudah",

	SecDistribution: "Distribusi pada setiap pengukuran",
	SecEffect:       "Perubahan dari sebelum ke sesudah: uji t sampel berpasangan",
	SecOrdinal:      "Perubahan dari sebelum ke sesudah: uji untuk data ordinal",
	SecEffectCodes:  "Uji t sampel berpasangan pada kode kategori",
	SecPairs:        "Data berpasangan",
	SecRobust:       "Uji asumsi dan uji pembanding",
	SecReproduction: "Reproduksi hasil yang dilaporkan",
	Provenance:      "Asal-usul",

	Table: "Tabel", Figure: "Gambar",
	FreqCaption: "Distribusi frekuensi %s: %s",
	Frequency:   "Frekuensi", Percent: "Persen", ValidPercent: "Persen Valid", CumPercent: "Persen Kumulatif",
	Valid: "Valid", Missing: "Hilang", System: "Sistem", Total: "Total", EmptyLabel: "(label kosong)",
	CombinedCaption: "%s, %s dan %s: n (%%)",
	Category:        "Kategori", N: "n",
	CrossCaption: "Tabulasi silang %s (baris) dan %s (kolom)",
	DistSentence: "Berdasarkan hasil penelitian, dari %s responden dengan data valid, ",
	DistOccasion: "pada pengukuran %s terdapat %s",
	DistItem:     "%s responden (%s%%) %s",
	And:          "dan",
	BarCaption:   "%s, %s dan %s: persentase per kategori",
	BarYLabel:    "Persen (%)",

	PairStatsCaption: "Statistik Sampel Berpasangan",
	PairCorrCaption:  "Korelasi Sampel Berpasangan",
	PairTestCaption:  "Uji Sampel Berpasangan",
	Pair1:            "Pasangan&nbsp;1", Mean: "Rata-rata", Sd: "Simpangan Baku", SeMean: "Galat Baku Rata-rata",
	Correlation: "Korelasi", Sig: "Sig.",
	Sig2: "Sig. (2 sisi)", SigLess: "Sig. (1 sisi, kurang)", SigGreater: "Sig. (1 sisi, lebih)",
	CiLower: "IK %s%% Bawah", CiUpper: "IK %s%% Atas",
	DiffLabel: "%s \u2212 %s",
	TSentence: "Uji t sampel berpasangan membandingkan %s antara %s (*M* = %s; *SD* = %s) dan %s (*M* = %s; *SD* = %s): %s.",
	MeanDiff:  "*M*<sub>selisih</sub>", Ci: "IK %s%%",
	DecisionReject:   "Pada taraf signifikansi α = %s, nilai *p* %s lebih kecil dari α sehingga Ho (%s) ditolak dan Ha diterima.",
	DecisionKeep:     "Pada taraf signifikansi α = %s, nilai *p* %s tidak lebih kecil dari α sehingga Ho (%s) gagal ditolak.",
	NullNoDiff:       "tidak ada perbedaan rata-rata",
	TTest:            "uji t",
	WilcoxonSentence: "Uji Wilcoxon peringkat bertanda pada selisih %s menghasilkan *V* = %s; *p* %s; *r* rank-biserial = %s.",
	McNemarSentence:  "Uji McNemar dengan koreksi kontinuitas menghasilkan χ²(1) = %s; *p* %s; uji eksak (binomial) menghasilkan *p* %s.",
	TTestCodes:       "uji t terhadap kode kategori (Bagian %s)",
	NullMu:           "rata-rata selisih sama dengan %s",
	AlternativeNote:  "Uji dilakukan satu sisi (H<sub>a</sub>: rata-rata selisih %s %s).",
	AltLess:          "<", AltGreater: ">",
	CodesNote:        "*Catatan.* Uji t dihitung pada kode kategori (%s), sehingga kategori berurutan diperlakukan sebagai angka berjarak sama.",
	CodesNoteRobust:  " Bagian %s menyajikan uji yang sesuai untuk data ordinal.",
	CodesNoteScores:  "*Catatan.* Uji t dihitung pada skor yang diberikan kepada kategori (%s), sehingga jarak antarskor tersebut diperlakukan sebagai jarak yang bermakna.",
	CodesNoteCompare: " Uji ini disajikan sebagai pembanding bagi analisis yang memperlakukan kode sebagai angka; analisis utama, dengan uji yang sesuai untuk data ordinal, terdapat pada Bagian %s.",
	NumberWords:      []string{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"},
	CollectiveWords:  []string{"", "", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh"},
	BubbleCaption:    "%s: jumlah responden pada setiap kombinasi kategori %s (kolom) dan %s (baris); luas lingkaran sebanding dengan jumlahnya, garis putus-putus menandai kategori yang tidak berubah",
	PairedCaption:    "%s setiap responden, %s dan %s (satu garis per responden)",
	DiffCaption:      "Selisih %s (satu titik per responden; garis putus-putus pada 0)",
	DiffHistCaption:  "Selisih %s (histogram; garis putus-putus pada 0)",
	DiffAxis:         "Selisih (%s \u2212 %s)",
	Count:            "Jumlah",

	RobustCaption:        "Uji asumsi dan uji yang sesuai untuk data ordinal",
	RobustCaptionNumeric: "Uji asumsi dan uji nonparametrik",
	Test:                 "Uji", Statistic: "Statistik", Df: "df", P: "p", Note: "Keterangan",
	SwName:          "Shapiro–Wilk (selisih)",
	WilcoxonName:    "Wilcoxon peringkat bertanda",
	SignName:        "Uji tanda",
	MhName:          "Homogenitas marginal Stuart–Maxwell",
	BowkerName:      "Simetri Bowker",
	McNemarCorrName: "McNemar (dengan koreksi kontinuitas)", McNemarName: "McNemar (tanpa koreksi)", McNemarExactName: "McNemar eksak (binomial)",
	McNemarCorrTest: "Uji McNemar dengan koreksi kontinuitas", McNemarTest: "Uji McNemar tanpa koreksi", McNemarExactTest: "Uji McNemar eksak",
	McNemarExactNote: "pasangan diskordan; binomial dua sisi",
	Exact:            "eksak", Approximate: "pendekatan normal",
	SwNormal:     "Distribusi selisih konsisten dengan distribusi normal (Shapiro–Wilk *W* = %s; *p* %s).",
	SwNotNormal:  "Distribusi selisih menyimpang dari distribusi normal (Shapiro–Wilk *W* = %s; *p* %s).",
	WilcoxonNote: "%s selisih bukan nol, %s nol; *r* rank-biserial = %s",
	SignNote:     "%s positif, %s negatif, %s nol",
	OneSidedLess: "satu sisi (kurang dari)", OneSidedGreater: "satu sisi (lebih dari)",
	AgreeAll:       "%s uji ini menghasilkan keputusan yang sama dengan %s pada α = %s.",
	AgreeSomeNamed: "%s dari %s uji ini (%s) menghasilkan keputusan yang berbeda dari %s pada α = %s.",
	AgreeOneNamed:  "Satu dari %s uji ini, yaitu %s, menghasilkan keputusan yang berbeda dari %s pada α = %s.",
	AgreeOne:       "%s menghasilkan keputusan yang sama dengan %s pada α = %s.",
	DifferOne:      "%s menghasilkan keputusan yang berbeda dari %s pada α = %s.",
	WilcoxonTest:   "Uji Wilcoxon peringkat bertanda", SignTest: "Uji tanda",
	MhTest: "Uji Stuart–Maxwell", BowkerTest: "Uji Bowker",
	AgreeSome:    "%s dari %s uji ini menghasilkan keputusan yang berbeda dari %s pada α = %s.",
	AgreeSomeOne: "1 dari %s uji ini menghasilkan keputusan yang berbeda dari %s pada α = %s.",
	AgreeBoth:    "Kedua uji ini menghasilkan keputusan yang sama dengan %s pada α = %s.",
	DifferBoth:   "Kedua uji ini menghasilkan keputusan yang berbeda dari %s pada α = %s.",
	DifferAll:    "%s uji ini menghasilkan keputusan yang berbeda dari %s pada α = %s.",
	Notes:        "Catatan",

	ReproCaption: "Hasil yang dilaporkan dan hasil hitung ulang",
	Claim:        "Klaim", Reported: "Dilaporkan", Recomputed: "Hitung ulang", Verdict: "Penilaian", Explanation: "Penjelasan",
	Verdicts: map[string]string{
		"consistent": "konsisten", "inconsistent": "tidak konsisten", "decision_error": "kesalahan keputusan",
		"reporting_error": "kesalahan pelaporan", "not_derivable": "tidak dapat diturunkan",
	},
	ProvData: "Data", ProvSHA: "SHA-256 data", ProvModule: "Versi modul",
	ProvCommand: "Perintah", ProvOpts: "Pengaturan", ProvGenerated: "Dibuat",
	ProvNotRecorded: "tidak dicatat",
	ProvOptsFmt:     "bahasa %s, α = %s, desimal %d (teks), %d (tabel), %d (persentase)",
	ProvTest:        "; uji t: alternatif %s, μ<sub>0</sub> = %s, tingkat kepercayaan %s%%",
	ProvDirection:   "; selisih %s",
	AltTwoSidedWord: "dua sisi", AltLessWord: "kurang dari", AltGreaterWord: "lebih dari",

	APAPairStatsCaption: "Statistik Deskriptif pada Setiap Pengukuran",
	APAPairCorrCaption:  "Korelasi antara Kedua Pengukuran",
	APAPairTestCaption:  "Uji t Sampel Berpasangan pada Selisih",
	APAMean:             "*M*", APASd: "*SD*", APASeMean: "*SE*", APAN: "*n*", APACorrelation: "*r*",
	APASig: "*p*", APASig2: "*p* (dua sisi)", APASigLess: "*p* (satu sisi, kurang)", APASigGreater: "*p* (satu sisi, lebih)",

	UndefinedCell:      "tidak terdefinisi untuk data ini: %s",
	UndefinedT:         "Uji t berpasangan tidak terdefinisi untuk data ini: %s.",
	ReasonNoDiscordant: "tidak ada responden yang berpindah kategori",
	ReasonConstant:     "nilainya praktis konstan",
	ReasonIdentical:    "semua selisih bernilai nol",
	ReasonTooFew:       "jumlah pasangan terlalu sedikit",
	ReasonTooMany:      "jumlah pasangan melebihi batas uji ini",
	ReasonOther:        "data tidak memungkinkan",

	BayesSentence: "Uji *t* berpasangan Bayesian (prior JZS: δ ~ Cauchy(0, *r* = %s) pada ukuran efek baku δ di bawah H<sub>1</sub>: %s, melawan H<sub>0</sub>: δ = 0; Rouder dkk., 2009) memberikan BF<sub>10</sub> = %s (BF<sub>01</sub> = %s):",
	BayesH1:       "data %s kali lebih mungkin di bawah H<sub>1</sub> daripada di bawah H<sub>0</sub>.",
	BayesH0:       "data %s kali lebih mungkin di bawah H<sub>0</sub> daripada di bawah H<sub>1</sub>.",
	BayesH1Two:    "δ ≠ 0", BayesH1Less: "δ < 0", BayesH1Greater: "δ > 0",
	Sensitivity:  "Dengan %s pasangan, desain ini memiliki daya uji (*power*) %s%% untuk mendeteksi %s pada α = %s (%s; uji *t* berpasangan, distribusi *t* nonsentral eksak seperti G\\*Power).",
	SensTwoSided: "dua sisi, menghitung kedua daerah penolakan",
	SensOneSided: "satu sisi",
}

// Report returns the words of a report in l (English for any language but
// Indonesian).
func (l Lang) Report() *ReportWords {
	if l == Indonesian {
		return &reportIndonesian
	}
	return &reportEnglish
}
