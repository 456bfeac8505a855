# Reference values for the report package's test analysis.
# Run from the repository root:  Rscript report/testdata/r/report.R
# Writes report/testdata/r/report.json (numbers printed with 17 significant digits).
#
# Data: the motivating article (Bener 2024) publishes only the marginal counts of
# breast-milk flow in three ordered categories, before 17/6/0 and after 4/0/19
# (n = 23). The raw pairs are not published. The test analysis uses ONE pairing
# consistent with those marginals: the 4 mothers still "ASI belum keluar" after the
# massage were "ASI belum keluar" before; everyone else ended "ASI keluar lancar":
#   cross table (rows before, columns after) = [[4, 0, 13], [0, 0, 6], [0, 0, 0]].
# Categories are coded 1, 2, 3 and differences are before - after, as in the article.
suppressMessages({library(jsonlite); library(coin)})
g <- function(x) if (is.na(x)) NA else sprintf("%.17g", x)
levels <- c("ASI belum keluar", "ASI keluar namun belum lancar", "ASI keluar lancar")
tab <- matrix(c(4, 0, 13, 0, 0, 6, 0, 0, 0), 3, 3, byrow = TRUE)
x <- integer(0); y <- integer(0)
for (i in 1:3) for (j in 1:3) { x <- c(x, rep(i, tab[i, j])); y <- c(y, rep(j, tab[i, j])) }
d <- x - y
tt <- t.test(x, y, paired = TRUE)                     # R's paired t-test
n <- length(d); df <- n - 1
dz <- mean(d) / sd(d)
ncp_ci <- function(t, df, level) {                     # noncentral-t CI of d_z
  a <- (1 - level) / 2
  lo <- uniroot(function(ncp) pt(t, df, ncp) - (1 - a), c(-60, 60), tol = 1e-12)$root
  hi <- uniroot(function(ncp) pt(t, df, ncp) - a, c(-60, 60), tol = 1e-12)$root
  c(lo, hi) / sqrt(df + 1)
}
dzci <- ncp_ci(unname(tt$statistic), df, 0.95)
r <- cor.test(x, y)                                     # Pearson r and its p
sw <- shapiro.test(d)                                   # Shapiro-Wilk of differences
wx <- suppressWarnings(wilcox.test(x, y, paired = TRUE, exact = FALSE, correct = TRUE))
pos <- sum(d > 0); neg <- sum(d < 0); zer <- sum(d == 0)
bt <- binom.test(pos, pos + neg)                        # sign test
f <- factor(x, levels = 1:3); h <- factor(y, levels = 1:3)
mh <- mh_test(table(f, h))                              # Stuart-Maxwell (coin "Asymptotic Marginal Homogeneity Test")
bw <- suppressWarnings(mcnemar.test(table(f, h)))       # Bowker: NaN here (empty symmetric pairs)
# Bowker leaving out the empty symmetric pairs (as contingencytables::McNemarBowker_test_paired_cxc):
nb <- 0; dfb <- 0
for (i in 1:2) for (j in (i + 1):3) if (tab[i, j] + tab[j, i] > 0) {
  nb <- nb + (tab[i, j] - tab[j, i])^2 / (tab[i, j] + tab[j, i]); dfb <- dfb + 1 }
# R's sleep data (Cushny & Peebles; Student 1908), group 1 vs group 2, for the Example.
sx <- sleep$extra[sleep$group == 1]; sy <- sleep$extra[sleep$group == 2]; sd_ <- sx - sy
st <- t.test(sx, sy, paired = TRUE); sci <- ncp_ci(unname(st$statistic), 9, 0.95); sr <- cor.test(sx, sy)
sleep_out <- list(n = 10, df = g(9), mean_diff = g(mean(sd_)), sd_diff = g(sd(sd_)), se = g(st$stderr),
  t = g(unname(st$statistic)), p = g(st$p.value), ci_low = g(st$conf.int[1]), ci_high = g(st$conf.int[2]),
  mean_x = g(mean(sx)), mean_y = g(mean(sy)), sd_x = g(sd(sx)), sd_y = g(sd(sy)),
  se_x = g(sd(sx) / sqrt(10)), se_y = g(sd(sy) / sqrt(10)), r = g(unname(sr$estimate)), r_p = g(sr$p.value),
  d_z = g(mean(sd_) / sd(sd_)), d_z_ci_low = g(sci[1]), d_z_ci_high = g(sci[2]))
out <- list(
  source = "R 4.2 t.test(x, y, paired = TRUE); cor.test; shapiro.test(x - y); wilcox.test(paired = TRUE, exact = FALSE); binom.test; coin::mh_test; mcnemar.test",
  levels = levels, cross = tab, before = as.integer(table(f)), after = as.integer(table(h)),
  x = x, y = y,
  t = list(n = n, df = g(df), mean_diff = g(mean(d)), sd_diff = g(sd(d)), se = g(tt$stderr),
           t = g(unname(tt$statistic)), p = g(tt$p.value), ci_low = g(tt$conf.int[1]), ci_high = g(tt$conf.int[2]),
           mean_x = g(mean(x)), mean_y = g(mean(y)), sd_x = g(sd(x)), sd_y = g(sd(y)),
           se_x = g(sd(x) / sqrt(n)), se_y = g(sd(y) / sqrt(n)), r = g(unname(r$estimate)), r_p = g(r$p.value),
           d_z = g(dz), d_z_ci_low = g(dzci[1]), d_z_ci_high = g(dzci[2])),
  shapiro = list(w = g(unname(sw$statistic)), p = g(sw$p.value), n = n),
  wilcoxon = list(v = g(unname(wx$statistic)), p = g(wx$p.value), n = sum(d != 0), n_zero = zer,
                  # matched-pairs rank-biserial r = (V - (S - V)) / S, S = m(m + 1)/2 (Kerby 2014)
                  rank_biserial = g({m <- sum(d != 0); S <- m * (m + 1) / 2; V <- unname(wx$statistic); (V - (S - V)) / S})),
  sign = list(positive = pos, negative = neg, zero = zer, p = g(bt$p.value)),
  stuart_maxwell = list(statistic = g(unname(statistic(mh))), df = 2, p = g(pvalue(mh))),
  bowker = list(statistic = g(unname(bw$statistic)), df = g(unname(bw$parameter)), p = g(bw$p.value)),
  bowker_nonempty = list(statistic = g(nb), df = dfb, p = g(pchisq(nb, dfb, lower.tail = FALSE))),
  sleep = sleep_out,
  article_t = list(t = -28.471, df = 22, p = g(2 * pt(-28.471, 22)))
)
writeLines(toJSON(out, auto_unbox = TRUE, pretty = TRUE, digits = NA, na = "null"), "report/testdata/r/report.json")
