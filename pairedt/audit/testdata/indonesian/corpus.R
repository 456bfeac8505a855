# Truth for the Indonesian corpus of TestScanIndonesian: each sentence, written in the SPSS
# Indonesian of theses and local journals, is paired with its APA form (decimal points, df in
# parentheses); statcheck 1.4.0 on the APA form gives the verdict of each result, and R's own
# pt/pf/pchisq/pnorm the recomputed p. A stated decision ("Ho ditolak") is checked against the
# recomputed p at alpha = .05 (p <= alpha rejects, statcheck's pEqualAlphaSig = TRUE).
# Run from the repository root:
#   Rscript pairedt/audit/testdata/indonesian/corpus.R
suppressMessages({library(statcheck); library(jsonlite)})
corpus <- list(
  list(id = "Hasil uji t berpasangan menunjukkan t hitung 3,125 dengan df 19 dan sig. 0,004.", apa = "t(19) = 3.125, p = .004"),
  list(id = "Nilai t(22) = -2,10 dengan p = 0,047.", apa = "t(22) = -2.10, p = .047"),
  list(id = "Diperoleh nilai t = 2,31 (df = 24) dan p-value = 0,030 < 0,05 maka Ho ditolak.", apa = "t(24) = 2.31, p = .030", decision = "reject"),
  list(id = "Uji Wilcoxon menghasilkan Z = -3,758 dan Asymp. Sig. (2-tailed) 0,000.", apa = "so Z = -3.758, p = .000"),
  list(id = "Nilai Z hitung sebesar -2,097 dengan Asymp. Sig. (2-tailed) 0,036.", apa = "so Z = -2.097, p = .036"),
  list(id = "Uji chi-square menghasilkan nilai \u03c7\u00b2(2) = 6,45 dengan p = 0,040.", apa = "\u03c72(2) = 6.45, p = .040"),
  list(id = "Hasil uji ANOVA F(2, 57) = 3,21 dengan signifikansi 0,048.", apa = "F(2, 57) = 3.21, p = .048"),
  list(id = "Terdapat korelasi r(48) = 0,32 dengan nilai p 0,023.", apa = "r(48) = .32, p = .023"),
  list(id = "Nilai t hitung 1,85 dengan df 30 dan nilai signifikansi 0,04 < 0,05 sehingga Ho ditolak.", apa = "t(30) = 1.85, p = .04", decision = "reject"),
  list(id = "Hasil menunjukkan t(15) = 1,98; p < 0,05.", apa = "t(15) = 1.98, p < .05"),
  list(id = "Uji t sampel berpasangan: t(40) = 5,62, Sig. (2-tailed) = 0,000.", apa = "t(40) = 5.62, p = .000"),
  list(id = "Nilai chi kuadrat hitung = 10,83 dengan df = 1 dan p = 0,001.", apa = "\u03c72(1) = 10.83, p = .001"),
  list(id = "Diperoleh t(35) = 2,03, p = 0,050, dan t(35) = 0,85, p = 0,401.", apa = "t(35) = 2.03, p = .050, and t(35) = 0.85, p = .401"),
  list(id = "Nilai t hitung = \u22124,27 dengan db = 27 dan probabilitas 0,0002.", apa = "t(27) = -4.27, p = .0002"),
  list(id = "Hasil uji t: t(18) = 0,95, p = 0,36 (tidak signifikan), maka Ho diterima.", apa = "t(18) = 0.95, p = .36", decision = "retain"),
  list(id = "Sig. (2-tailed) sebesar 0,012 untuk t(29) = 2,67, sehingga Ho ditolak dan Ha diterima.", apa = "t(29) = 2.67, p = .012", decision = "reject"),
  list(id = "Nilai F(1, 38) = 0,62 dengan p = 0,03.", apa = "F(1, 38) = 0.62, p = .03"),
  list(id = "Hasil perhitungan \u03c72(3) = 2,10 dan p > 0,05.", apa = "\u03c72(3) = 2.10, p > .05")
)
out <- lapply(corpus, function(x) {
  r <- statcheck(x$apa, messages = FALSE)
  res <- lapply(seq_len(nrow(r)), function(i) list(test_type = r$test_type[i], computed_p = r$computed_p[i],
    error = r$error[i], decision_error = r$decision_error[i]))
  d <- NULL
  if (!is.null(x$decision)) {
    reject <- x$decision == "reject"
    d <- if ((r$computed_p[1] <= 0.05) == reject) "consistent" else "decision_error"
  }
  list(text = x$id, apa = x$apa, results = res, decision = d)
})
# Counts with percentages: R's 100 * count / total against the printed percentage, which
# stands for [printed - h, printed + h], h = half a unit of its last decimal.
percents <- list(
  list(id = "Sebanyak 4 orang (18,4%) dari 23 ibu mengalami bendungan ASI.", count = 4, total = 23, printed = "18,4"),
  list(id = "Sebanyak 4 orang (17,4%) dari 23 ibu mengalami bendungan ASI.", count = 4, total = 23, printed = "17,4"),
  list(id = "Dari 40 siswa, 13 siswa (32,5%) tidak hadir.", count = 13, total = 40, printed = "32,5"),
  list(id = "Dari 40 siswa, 13 siswa (33%) tidak hadir.", count = 13, total = 40, printed = "33"),
  list(id = "Dari 52 pasien terdapat 7 pasien (13,46%) dengan komplikasi.", count = 7, total = 52, printed = "13,46"),
  list(id = "Dari 52 pasien terdapat 7 pasien (13,64%) dengan komplikasi.", count = 7, total = 52, printed = "13,64"),
  list(id = "Sebanyak 19 dari 23 responden (82,6%) menyusui secara eksklusif.", count = 19, total = 23, printed = "82,6")
)
pout <- lapply(percents, function(x) {
  v <- as.numeric(sub(",", ".", x$printed)); dec <- nchar(sub("^[0-9]*[,.]?", "", x$printed))
  exact <- 100 * x$count / x$total
  list(text = x$id, percent = exact, consistent = abs(exact - v) <= 0.5 * 10^-dec + 1e-9)
})
writeLines(toJSON(list(source = R.version.string, cases = pout), auto_unbox = TRUE, digits = NA, pretty = TRUE),
  "pairedt/audit/testdata/indonesian/percents.json")
writeLines(toJSON(list(source = paste0("statcheck ", packageVersion("statcheck"), ", ", R.version.string), cases = out),
  auto_unbox = TRUE, digits = NA, pretty = TRUE, null = "null"), "pairedt/audit/testdata/indonesian/expected.json")
