# Reference values for the additions to package pairedt's rank-based tests
# (issue 10 item 12): Wilcoxon zero methods and the exact conditional
# distribution (coin), the one-sample Wilcoxon (wilcox.test), the
# confidence intervals of the sign test (binom.test, order statistics).
#
# Regenerate from the repository root with
#
#   Rscript testdata/r/rank_extra.R
#
# which writes testdata/r/rank_extra.json (then python3
# testdata/r/rank_scipy.py adds the SciPy values in rank_scipy.json).
# Produced with R 4.2.2 and coin 1.4.2; numbers printed with
# sprintf("%.17g").
#
# Calls:
#   coin::wilcoxsign_test(d ~ 0, zero.method = "Pratt" / "Wilcoxon",
#       distribution = "exact" / "asymptotic", alternative), d = (x - y) - mu
#       (coin has no mu argument: it silently ignores one)
#       -> pvalue(); the statistic is sum of the ranks of the positive x - y
#       (statistic(, type = "linear"))
#   wilcox.test(x, mu = mu, alternative, exact, correct, conf.int = TRUE)
#   binom.test(k, m, 0.5, alternative, conf.level)$conf.int
#   median interval: sorted d, K = max{i : pbinom(i - 1, M, 0.5) <= alpha/2}
#       (alpha one-sided), [d_(K), d_(M+1-K)], level 1 - 2 pbinom(K - 1, M, 0.5)

suppressPackageStartupMessages(library(coin))

num <- function(v) {
  vapply(v, function(z) {
    if (is.na(z) && !is.nan(z)) "\"NA\""
    else if (is.nan(z)) "\"NaN\""
    else if (is.infinite(z)) if (z > 0) "\"Inf\"" else "\"-Inf\""
    else sprintf("%.17g", z)
  }, "")
}
arr <- function(v) paste0("[", paste(num(v), collapse = ","), "]")
str1 <- function(s) {
  s <- gsub("\\", "\\\\", s, fixed = TRUE)
  s <- gsub("\"", "\\\"", s, fixed = TRUE)
  s <- gsub("\n", "\\n", s, fixed = TRUE)
  s <- gsub("\t", "\\t", s, fixed = TRUE)
  paste0("\"", s, "\"")
}
obj <- function(...) {
  kv <- list(...)
  paste0("{", paste0(str1(names(kv)), ":", unlist(kv), collapse = ","), "}")
}

set.seed(20261201)
sleep1 <- sleep$extra[1:10]
sleep2 <- sleep$extra[11:20]
likert_b <- sample(1:5, 30, replace = TRUE)
likert_a <- pmin(5, likert_b + sample(c(-1, 0, 0, 1, 1, 2), 30, replace = TRUE))
r20x <- round(rnorm(20, 0.3), 1); r20y <- round(rnorm(20), 1)
r20y[c(3, 7, 11)] <- r20x[c(3, 7, 11)] # three zeros
r40x <- round(rnorm(40, 0.2), 1); r40y <- round(rnorm(40), 1)
r40y[1:6] <- r40x[1:6]
notie_x <- c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30, 2.71, 0.12, 1.07, 2.25, 0.91, 1.44)
notie_y <- c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29, 1.2, 0.9, 0.33, 1.01, 1.77, 1.5)
r80x <- round(rnorm(80, 0.15), 1); r80y <- round(rnorm(80), 1)
r80y[1:9] <- r80x[1:9]
cases <- list(
  list(name = "sleep", x = sleep1, y = sleep2, mu = 0),
  list(name = "likert", x = likert_a, y = likert_b, mu = 0),
  list(name = "rounded20", x = r20x, y = r20y, mu = 0),
  list(name = "rounded40", x = r40x, y = r40y, mu = 0),
  list(name = "rounded40 mu", x = r40x, y = r40y, mu = 0.5),
  list(name = "no ties", x = notie_x, y = notie_y, mu = 0),
  list(name = "rounded80", x = r80x, y = r80y, mu = 0)
)

zero_out <- character(0)
for (cs in cases) {
  for (alt in c("two.sided", "less", "greater")) {
    ps <- list()
    # coin has no mu (it ignores the argument): test d = (x - y) - mu
    # against 0, computed in the order pairedt computes it.
    dd <- (cs$x - cs$y) - cs$mu
    z0 <- rep(0, length(dd))
    for (zm in c("Pratt", "Wilcoxon")) {
      ex <- wilcoxsign_test(dd ~ z0, zero.method = zm, distribution = "exact",
                            alternative = alt)
      as <- wilcoxsign_test(dd ~ z0, zero.method = zm, distribution = "asymptotic",
                            alternative = alt)
      ps[[zm]] <- c(pvalue(ex), pvalue(as), statistic(ex, type = "linear"))
    }
    zero_out <- c(zero_out, obj(
      name = str1(cs$name), x = arr(cs$x), y = arr(cs$y), mu = num(cs$mu),
      alternative = str1(alt),
      pratt_exact_p = num(ps$Pratt[1]), pratt_asymptotic_p = num(ps$Pratt[2]),
      pratt_statistic = num(ps$Pratt[3]),
      wilcoxon_exact_p = num(ps$Wilcoxon[1]), wilcoxon_asymptotic_p = num(ps$Wilcoxon[2]),
      wilcoxon_statistic = num(ps$Wilcoxon[3])))
  }
}

one_out <- character(0)
onecases <- list(
  list(name = "sleep d", x = sleep1 - sleep2, mu = 0),
  list(name = "sleep d mu", x = sleep1 - sleep2, mu = -1),
  list(name = "no ties", x = notie_x, mu = 1),
  list(name = "rounded20", x = r20x, mu = 0.2),
  list(name = "precip", x = unname(precip[1:60]), mu = 35)
)
for (cs in onecases) {
  for (alt in c("two.sided", "less", "greater")) {
    for (ex in list(NULL, FALSE)) {
      r <- suppressWarnings(wilcox.test(cs$x, mu = cs$mu, alternative = alt, exact = ex,
                                        conf.int = TRUE))
      one_out <- c(one_out, obj(
        name = str1(cs$name), x = arr(cs$x), mu = num(cs$mu), alternative = str1(alt),
        exact = str1(if (is.null(ex)) "NULL" else "FALSE"),
        method = str1(r$method), statistic = num(unname(r$statistic)), p = num(r$p.value),
        estimate = num(unname(r$estimate)), ci_low = num(r$conf.int[1]),
        ci_high = num(r$conf.int[2]),
        print = str1(paste(capture.output(print(structure(replace(unclass(r), "data.name", "x"), class = "htest"))), collapse = "\n"))))
    }
  }
}

medci <- function(d, level, alt) {
  d <- sort(d); M <- length(d)
  a <- if (alt == "two.sided") (1 - level) / 2 else 1 - level
  ok <- which(pbinom(0:(M - 1), M, 0.5) <= a)
  K <- if (length(ok)) max(ok) else 0
  K <- min(K, floor((M + 1) / 2))
  lo <- -Inf; hi <- Inf
  if (K >= 1) {
    if (alt != "less") lo <- d[K]
    if (alt != "greater") hi <- d[M + 1 - K]
  }
  tail <- if (K >= 1) pbinom(K - 1, M, 0.5) else 0
  lev <- if (alt == "two.sided") 1 - 2 * tail else 1 - tail
  c(K, lo, hi, lev, median(d))
}
sign_out <- character(0)
signcases <- list(
  list(name = "sleep", x = sleep1, y = sleep2),
  list(name = "likert", x = likert_a, y = likert_b),
  list(name = "rounded40", x = r40x, y = r40y),
  list(name = "rounded80", x = r80x, y = r80y),
  list(name = "three", x = c(1, 2, 3), y = c(0, 0, 0)),
  list(name = "all positive 12", x = 1:12 + 0.5, y = rep(0, 12))
)
for (cs in signcases) {
  d <- cs$x - cs$y
  k <- sum(d > 0); m <- sum(d != 0)
  for (alt in c("two.sided", "less", "greater")) {
    for (lev in c(0.95, 0.9, 0.99)) {
      b <- binom.test(k, m, 0.5, alternative = alt, conf.level = lev)
      mc <- medci(d, lev, alt)
      sign_out <- c(sign_out, obj(
        name = str1(cs$name), x = arr(cs$x), y = arr(cs$y), alternative = str1(alt),
        conf_level = num(lev), p = num(b$p.value), prop = num(unname(b$estimate)),
        prop_ci_low = num(b$conf.int[1]), prop_ci_high = num(b$conf.int[2]),
        k = num(mc[1]), median_ci_low = num(mc[2]), median_ci_high = num(mc[3]),
        median_conf_level = num(mc[4]), median = num(mc[5]),
        print = str1(paste(capture.output(print(b)), collapse = "\n"))))
    }
  }
}

src <- sprintf("R %s, coin %s", paste(R.version$major, R.version$minor, sep = "."),
               as.character(packageVersion("coin")))
out <- paste0("{\"source\":", str1(src), ",\n\"zero\":[\n", paste(zero_out, collapse = ",\n"),
              "],\n\"one_sample\":[\n", paste(one_out, collapse = ",\n"),
              "],\n\"sign_ci\":[\n", paste(sign_out, collapse = ",\n"), "]}\n")
writeLines(out, "testdata/r/rank_extra.json", sep = "")
