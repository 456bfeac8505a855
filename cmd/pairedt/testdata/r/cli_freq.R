# Reference values for `pairedt freq` (cmd/pairedt). R reads each file itself.
# Run from cmd/pairedt:  Rscript testdata/r/cli_freq.R   -> testdata/r/cli_freq.json
suppressMessages(library(coin))
f17 <- function(v) if (is.na(v)) "null" else sprintf("%.17g", v)
arr <- function(v) paste0("[", paste(sapply(v, f17), collapse = ", "), "]")
cases <- list()
add <- function(name, args, before, after, levels) {
  b <- factor(before, levels = levels); a <- factor(after, levels = levels)
  ok <- !is.na(b) & !is.na(a)
  tab <- table(b[ok], a[ok])
  # Bowker over the non-empty symmetric pairs (mcnemar.test(tab) when none is empty).
  k <- length(levels); st <- 0; df <- 0
  for (i in 1:(k - 1)) for (j in (i + 1):k) {
    s <- tab[i, j] + tab[j, i]
    if (s > 0) { st <- st + (tab[i, j] - tab[j, i])^2 / s; df <- df + 1 }
  }
  bow_p <- pchisq(st, df, lower.tail = FALSE)
  # Stuart-Maxwell: coin::mh_test statistic; p from the upper tail directly.
  mh <- mh_test(tab)
  mh_st <- unname(statistic(mh)); mh_df <- unname(mh@statistic@df)
  mh_p <- pchisq(mh_st, mh_df, lower.tail = FALSE)
  x <- as.integer(b[ok]); y <- as.integer(a[ok]); d <- x - y
  sg <- binom.test(sum(d > 0), sum(d != 0), 0.5)
  w <- suppressWarnings(wilcox.test(x, y, paired = TRUE))
  tt <- t.test(x, y, paired = TRUE)
  cases[[length(cases) + 1]] <<- sprintf(paste0(
    '  {"name": "%s", "args": "%s",\n',
    '   "before_counts": %s, "after_counts": %s, "before_missing": %d, "after_missing": %d, "n_pairs": %d,\n',
    '   "crosstab": %s,\n',
    '   "bowker": [%s, %s, %s], "stuart_maxwell": [%s, %s, %s], "sign_test": [%s, %s],\n',
    '   "wilcoxon": [%s, %s], "t_test": [%s, %s, %s]}'),
    name, args, arr(as.vector(table(b))), arr(as.vector(table(a))), sum(is.na(b)), sum(is.na(a)), sum(ok),
    arr(as.vector(t(tab))), f17(st), f17(df), f17(bow_p), f17(mh_st), f17(mh_df), f17(mh_p),
    f17(sg$statistic), f17(sg$p.value), f17(w$statistic), f17(w$p.value),
    f17(tt$statistic), f17(tt$parameter), f17(tt$p.value))
}
ox <- read.csv("../../testdata/oxytocin/reconstructed.csv")
lv <- c("ASI belum keluar", "ASI keluar namun belum lancar", "ASI keluar lancar")
add("../../testdata/oxytocin/reconstructed.csv", "--before before --after after --levels 'ASI belum keluar,ASI keluar namun belum lancar,ASI keluar lancar'",
    ox$before, ox$after, lv)
lk <- read.csv2("testdata/likert.csv", na.strings = c("", "NA"), colClasses = "character")
lv2 <- c("none", "some", "a lot", "all")
decode <- function(v) ifelse(v %in% as.character(1:4), lv2[suppressWarnings(as.integer(v))], v)
add("testdata/likert.csv", "--before pre --after post --levels 'none,some,a lot,all' --id pasien",
    decode(lk$pre), decode(lk$post), lv2)
writeLines(c(sprintf('{"r_version": "%s",', R.version.string),
             ' "note": "bowker: chi-squared over the non-empty symmetric pairs (= mcnemar.test when none is empty); stuart_maxwell: coin::mh_test statistic, pchisq(lower.tail = FALSE); sign_test: binom.test(#positive, #non-zero); wilcoxon: wilcox.test(x, y, paired = TRUE) on scores 1..k; t_test: t.test(x, y, paired = TRUE) on scores 1..k",',
             ' "cases": [', paste(unlist(cases), collapse = ",\n"), ' ]}'), "testdata/r/cli_freq.json")
