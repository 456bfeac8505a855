# Reference values for pairedt/power.go (TPower, TPowerN, TPowerDZ,
# TPowerAlpha, WilcoxonPowerN, McNemarNConnor, McNemarPowerExact).
#
# Paired t power is pwr::pwr.t.test(type = "paired") (pwr 1.3-0): power
# with both tails for two.sided. pwr solves with uniroot at its default
# tolerance (.Machine$double.eps^0.25), so its n and d are good to about
# 1e-4 only; the solved values here are uniroot(tol = 1e-14) on the same
# pwr power function (pwr's own solution is recorded as pwr_n / pwr_d).
# stats::power.t.test(strict = FALSE), R's default, counts only the upper
# rejection region; both conventions are recorded for one case.
# McNemar: Connor (1987)'s normal approximation, and the exact power of the
# exact binomial test (alpha/2 to each tail), summed in R with dbinom/pbinom,
# and the smallest n whose exact power reaches 0.8.
# Wilcoxon signed-rank by A.R.E.: the t-test's n divided by the ARE.
#
# Run from the repository root: Rscript testdata/r/power.R  (R 4.2.2, pwr, jsonlite)
# Output: testdata/r/power.json, numbers printed with sprintf("%.17g").
suppressMessages({library(pwr); library(jsonlite)})
num <- function(x) sprintf("%.17g", x)
pw <- function(n, d, a, alt) pwr.t.test(n = n, d = d, sig.level = a, type = "paired", alternative = alt)$power

power <- list()
for (alt in c("two.sided", "greater", "less")) {
  for (n in c(2, 3, 10, 23, 34, 50, 200, 5000)) {
    for (d in c(-0.8, -0.2, 0.1, 0.421637, 0.5, 1.5)) {
      # R's pt(q, df, ncp) is a normal approximation beyond |ncp| = 37.62
      if (abs(sqrt(n) * d) > 37) next
      for (a in c(0.01, 0.05, 0.1)) {
        power[[length(power) + 1]] <- list(n = n, d = d, alpha = a, alternative = alt, power = num(pw(n, d, a, alt)))
      }
    }
  }
}

solve_n <- list()
for (cs in list(list(0.5, 0.8, 0.05, "two.sided"), list(0.5, 0.95, 0.05, "two.sided"), list(0.2, 0.8, 0.05, "two.sided"),
                list(0.421637, 0.9, 0.05, "greater"), list(-0.3, 0.8, 0.01, "less"), list(1.2, 0.8, 0.05, "two.sided"),
                list(3, 0.8, 0.05, "two.sided"), list(0.05, 0.9, 0.05, "two.sided"))) {
  d <- cs[[1]]; p <- cs[[2]]; a <- cs[[3]]; alt <- cs[[4]]
  f <- function(n) pw(n, d, a, alt) - p
  lo <- 2 + 1e-10
  n <- if (f(lo) >= 0) 2 else uniroot(f, c(lo, 1e7), tol = 1e-14)$root
  pn <- if (f(lo) >= 0) 2 else pwr.t.test(d = d, power = p, sig.level = a, type = "paired", alternative = alt)$n
  N <- max(2, ceiling(n))
  solve_n[[length(solve_n) + 1]] <- list(d = d, power = p, alpha = a, alternative = alt, n = num(n), pwr_n = num(pn),
    n_whole = N, power_at_N = num(pw(N, d, a, alt)), power_at_N_minus_1 = num(if (N > 2) pw(N - 1, d, a, alt) else NA))
}

solve_d <- list()
for (cs in list(list(23, 0.8, 0.05, "two.sided"), list(20, 0.8, 0.05, "two.sided"), list(50, 0.9, 0.05, "greater"),
                list(10, 0.8, 0.05, "less"), list(3, 0.8, 0.05, "two.sided"), list(1000, 0.95, 0.005, "two.sided"))) {
  n <- cs[[1]]; p <- cs[[2]]; a <- cs[[3]]; alt <- cs[[4]]
  sgn <- if (alt == "less") -1 else 1
  f <- function(d) pw(n, sgn * d, a, alt) - p
  d <- uniroot(f, c(1e-7, 20), tol = 1e-15)$root
  solve_d[[length(solve_d) + 1]] <- list(n = n, power = p, alpha = a, alternative = alt, d = num(sgn * d),
    pwr_d = num(pwr.t.test(n = n, power = p, sig.level = a, type = "paired", alternative = alt)$d))
}

solve_alpha <- list()
for (cs in list(list(23, 0.5, 0.8, "two.sided"), list(30, 0.4, 0.7, "greater"))) {
  n <- cs[[1]]; d <- cs[[2]]; p <- cs[[3]]; alt <- cs[[4]]
  f <- function(a) pw(n, d, a, alt) - p
  a <- uniroot(f, c(1e-10, 1 - 1e-10), tol = 1e-16)$root
  solve_alpha[[length(solve_alpha) + 1]] <- list(n = n, d = d, power = p, alternative = alt, alpha = num(a))
}

conventions <- list(
  pwr_two_sided = num(pw(10, 0.1, 0.05, "two.sided")),
  power_t_test_default = num(power.t.test(n = 10, delta = 0.1, sd = 1, type = "paired")$power),
  power_t_test_strict = num(power.t.test(n = 10, delta = 0.1, sd = 1, type = "paired", strict = TRUE)$power),
  gpower_manual_dz = num(0.4 / sqrt(2 * (1 - 0.55))),
  gpower_manual_power = num(pw(50, 0.421637, 0.05, "two.sided")))

connor_n <- function(p10, p01, power, a) {
  d <- p10 - p01; pd <- p10 + p01
  ((qnorm(1 - a / 2) * sqrt(pd) + qnorm(power) * sqrt(pd - d^2)) / d)^2
}
connor_power <- function(n, p10, p01, a) {
  d <- p10 - p01; pd <- p10 + p01
  pnorm((abs(d) * sqrt(n) - qnorm(1 - a / 2) * sqrt(pd)) / sqrt(pd - d^2))
}
exact_power <- function(n, p10, p01, a) {
  pd <- p10 + p01; p <- p10 / pd; s <- 0
  for (m in 1:n) {
    k <- 0:m
    cm <- max(c(-1, k[pbinom(k, m, 0.5) <= a / 2]))
    if (cm < 0) next
    rej <- pbinom(cm, m, p) + pbinom(cm, m, 1 - p)
    s <- s + dbinom(m, n, pd) * min(1, rej)
  }
  s
}
mcnemar <- list()
for (cs in list(list(0.05, 0.45), list(0.30, 0.15), list(0.1, 0.2))) {
  p10 <- cs[[1]]; p01 <- cs[[2]]
  n <- connor_n(p10, p01, 0.8, 0.05)
  N <- ceiling(n)
  ne <- 1
  while (exact_power(ne, p10, p01, 0.05) < 0.8) ne <- ne + 1
  mcnemar[[length(mcnemar) + 1]] <- list(p10 = p10, p01 = p01, power = 0.8, alpha = 0.05, connor_n = num(n), N = N,
    exact_n = ne, exact_power_n = num(exact_power(ne, p10, p01, 0.05)), exact_power_n_minus_1 = num(exact_power(ne - 1, p10, p01, 0.05)),
    connor_power_N = num(connor_power(N, p10, p01, 0.05)),
    exact = lapply(c(20, 23, 50, 150, 155, 160, 170), function(m) list(n = m, power = num(exact_power(m, p10, p01, 0.05)))))
}

are <- c(normal = 3 / pi, logistic = pi^2 / 9, laplace = 1.5, min = 108 / 125)
wilcoxon <- list()
for (nm in names(are)) {
  f <- function(n) pw(n, 0.5, 0.05, "two.sided") - 0.8
  nt <- uniroot(f, c(2 + 1e-10, 1e7), tol = 1e-14)$root
  N <- ceiling(nt / are[[nm]])
  wilcoxon[[length(wilcoxon) + 1]] <- list(parent = nm, are = num(are[[nm]]), d = 0.5, power = 0.8, alpha = 0.05,
    n = num(nt / are[[nm]]), n_whole = N, power_at_N = num(pw(are[[nm]] * N, 0.5, 0.05, "two.sided")))
}

out <- list(source = sprintf("testdata/r/power.R, %s, pwr %s", R.version.string, packageVersion("pwr")),
  power = power, solve_n = solve_n, solve_d = solve_d, solve_alpha = solve_alpha, conventions = conventions,
  mcnemar = mcnemar, wilcoxon = wilcoxon)
writeLines(toJSON(out, auto_unbox = TRUE, pretty = TRUE, digits = NA), "testdata/r/power.json")
