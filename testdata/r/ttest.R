# Reference values for package pairedt's t-tests (pairedt/ttest_test.go).
#
# Regenerate from the repository root with
#     Rscript testdata/r/ttest.R
# It writes testdata/r/ttest.json and testdata/sleep.csv. Written with
# R 4.2.2 and effectsize 0.8.3; every number is printed with
# sprintf("%.17g") so that the Go tests compare against R's doubles exactly.
#
# Per case:
#   t.test(x, y, paired = TRUE, alternative, mu, conf.level)   (or t.test(x, ...) one-sample)
#     -> t, df, p, ci_low, ci_high, mean_diff (estimate), se (stderr)
#   sd(x - y), mean/sd of x and y, sd/sqrt(n)                  -> sd_diff, mean_x, ..., se_y
#   cor.test(x, y)                                             -> r, r_p
#   effectsize::cohens_d(x, y, paired = TRUE, mu, ci, alternative) -> d_z_es, d_z_ci_low_es, d_z_ci_high_es
#   effectsize::hedges_g(...)                                  -> g_z_es, g_z_ci_low_es, g_z_ci_high_es
#   high precision: uniroot(tol = 1e-14) on pt(t, df, ncp) for the ncp bounds, divided by sqrt(n)
#     -> d_z_ci_low, d_z_ci_high; times J = exp(lgamma(df/2) - log(sqrt(df/2)) - lgamma((df-1)/2))
#     -> g_z, g_z_ci_low, g_z_ci_high
#   d_av = mean(x - y) / ((sd(x) + sd(y)) / 2)
#   ncp_approx = TRUE when a bound's |ncp| > 37.62: R's pt(q, df, ncp) then uses a normal
#     approximation (Abramowitz and Stegun 26.7.10), so effectsize's and the uniroot bounds
#     are themselves approximate and the Go tests compare those cases loosely.
# effectsize solves its interval with optim(abstol = 1e-9): good to about 1e-5.

library(effectsize)

num <- function(v) {
  if (length(v) == 0) return("[]")
  s <- vapply(v, function(z) {
    if (is.na(z)) "null" else if (is.infinite(z)) { if (z > 0) "\"Inf\"" else "\"-Inf\"" } else sprintf("%.17g", z)
  }, "")
  if (length(v) == 1) s else paste0("[", paste(s, collapse = ", "), "]")
}
str1 <- function(s) paste0("\"", gsub("\"", "\\\\\"", s), "\"")
obj <- function(...) {
  kv <- list(...)
  paste0("{", paste(sprintf("\"%s\": %s", names(kv), unlist(kv)), collapse = ", "), "}")
}
arr <- function(items) paste0("[\n  ", paste(items, collapse = ",\n  "), "\n]")

ncp_bound <- function(t, df, p, upper) {
  # ncp with P(T > t) = p (upper) or P(T <= t) = p (lower); pt falls as ncp grows.
  f <- function(ncp) suppressWarnings(if (upper) pt(t, df, ncp, lower.tail = FALSE) - p else pt(t, df, ncp) - p)
  s <- sqrt(1 + t^2 / (2 * df))
  uniroot(f, c(t - 10 * s - 10, t + 10 * s + 10), tol = 1e-14, maxiter = 10000, extendInt = "yes")$root
}

J <- function(df) exp(lgamma(df / 2) - log(sqrt(df / 2)) - lgamma((df - 1) / 2))

one_case <- function(name, x, y = NULL, alternative = "two.sided", mu = 0, conf.level = 0.95) {
  paired <- !is.null(y)
  tt <- if (paired) t.test(x, y, paired = TRUE, alternative = alternative, mu = mu, conf.level = conf.level)
        else t.test(x, alternative = alternative, mu = mu, conf.level = conf.level)
  if (paired) {
    ok <- complete.cases(x, y); xx <- x[ok]; yy <- y[ok]; d <- xx - yy
  } else {
    ok <- !is.na(x); xx <- x[ok]; d <- xx
  }
  n <- length(d); df <- n - 1
  t <- unname(tt$statistic)
  alpha <- 1 - conf.level
  lo <- -Inf; hi <- Inf; ncps <- c()
  if (alternative == "two.sided") {
    a <- ncp_bound(t, df, alpha / 2, TRUE); b <- ncp_bound(t, df, alpha / 2, FALSE); ncps <- c(a, b)
    lo <- a / sqrt(n); hi <- b / sqrt(n)
  } else if (alternative == "less") {
    b <- ncp_bound(t, df, alpha, FALSE); ncps <- b; hi <- b / sqrt(n)
  } else {
    a <- ncp_bound(t, df, alpha, TRUE); ncps <- a; lo <- a / sqrt(n)
  }
  es <- if (paired) cohens_d(xx, yy, paired = TRUE, mu = mu, ci = conf.level, alternative = alternative)
        else cohens_d(xx, mu = mu, ci = conf.level, alternative = alternative)
  hg <- if (paired) hedges_g(xx, yy, paired = TRUE, mu = mu, ci = conf.level, alternative = alternative)
        else hedges_g(xx, mu = mu, ci = conf.level, alternative = alternative)
  dz <- (mean(d) - mu) / sd(d)
  fields <- list(
    name = str1(name), paired = if (paired) "true" else "false",
    x = num(x), y = if (paired) num(y) else "null",
    alternative = str1(alternative), mu = num(mu), conf_level = num(conf.level),
    n = num(n), dropped = num(length(x) - n),
    t = num(t), df = num(unname(tt$parameter)), p = num(tt$p.value),
    ci_low = num(tt$conf.int[1]), ci_high = num(tt$conf.int[2]),
    mean_diff = num(unname(tt$estimate)), se = num(tt$stderr), sd_diff = num(sd(d)),
    d_z = num(dz), d_z_ci_low = num(lo), d_z_ci_high = num(hi),
    g_z = num(J(df) * dz), g_z_ci_low = num(J(df) * lo), g_z_ci_high = num(J(df) * hi),
    d_z_es = num(es$Cohens_d), d_z_ci_low_es = num(es$CI_low), d_z_ci_high_es = num(es$CI_high),
    g_z_es = num(hg$Hedges_g), g_z_ci_low_es = num(hg$CI_low), g_z_ci_high_es = num(hg$CI_high),
    ncp_approx = if (any(abs(ncps) > 37.62)) "true" else "false"
  )
  if (paired) {
    ct <- if (n >= 3 && sd(xx) > 0 && sd(yy) > 0) cor.test(xx, yy) else NULL
    fields <- c(fields, list(
      mean_x = num(mean(xx)), mean_y = num(mean(yy)), sd_x = num(sd(xx)), sd_y = num(sd(yy)),
      se_x = num(sd(xx) / sqrt(n)), se_y = num(sd(yy) / sqrt(n)),
      r = num(if (sd(xx) > 0 && sd(yy) > 0) cor(xx, yy) else NA),
      r_p = num(if (is.null(ct)) NA else ct$p.value),
      d_av = num(mean(d) / ((sd(xx) + sd(yy)) / 2))))
  }
  do.call(obj, fields)
}

x1 <- sleep$extra[sleep$group == 1]
x2 <- sleep$extra[sleep$group == 2]
write.csv(data.frame(id = 1:10, group1 = x1, group2 = x2), "testdata/sleep.csv", row.names = FALSE, quote = FALSE)

set.seed(20240601)
cases <- list()
add <- function(...) cases[[length(cases) + 1]] <<- one_case(...)

# Student's (1908) sleep data, R's `sleep`: extra hours of sleep, drug 1 (x) vs drug 2 (y).
for (alt in c("two.sided", "less", "greater")) for (cl in c(0.95, 0.90, 0.99))
  add(sprintf("sleep/%s/%g", alt, cl), x1, x2, alt, 0, cl)
add("sleep/mu=-1", x1, x2, "two.sided", -1)
add("sleep/mu=-1/greater/0.9", x1, x2, "greater", -1, 0.9)
add("sleep/onesample", x1, NULL)
add("sleep/onesample/mu=0.5/less", x1, NULL, "less", 0.5)
# NaN pairs (R: NA) are dropped.
xn <- x1; yn <- x2; xn[3] <- NA; yn[7] <- NA; yn[3] <- NA
add("sleep/NA", xn, yn)
add("sleep/NA/onesample", xn, NULL, "greater", 0.1, 0.9)
# Smallest samples.
add("n2", c(1.5, 3.25), c(0.5, 1.0))
add("n2/less", c(1.5, 3.25), c(0.5, 1.0), "less", 0, 0.9)
add("n3", c(2.1, 3.4, 1.9), c(1.0, 2.2, 1.3))
add("n3/greater/mu=0.5", c(2.1, 3.4, 1.9), c(1.0, 2.2, 1.3), "greater", 0.5, 0.99)
# NIST StRD NumAcc-style: values near 1e9 differing in the first decimal
# (NumAcc4's x: 1000000000.2 then 500 pairs of 1000000000.1, 1000000000.3).
na4 <- c(1000000000.2, rep(c(1000000000.1, 1000000000.3), 500))
na4y <- 1000000000 + c(0.1, rep(c(0.05, 0.12), 500)) + (0:1000 %% 7) * 0.01
add("numacc4", na4, na4y)
add("numacc4/onesample/mu=1e9", na4, NULL, "two.sided", 1e9)
na3 <- c(1000000.2, rep(c(1000000.1, 1000000.3), 500))
add("numacc3", na3, na3 - 0.1 + (0:1000 %% 5) * 1e-3)
# Tiny effect (p near 1) and moderate random data with every alternative.
add("tiny", c(1.1, 2.3, 0.7, 1.9, 3.05, 2.2), c(0.6, 2.8, 0.45, 2.16, 3.04, 2.211))
xr <- rnorm(50, 10, 2); yr <- xr + rnorm(50, -0.4, 1)
for (alt in c("two.sided", "less", "greater")) add(sprintf("random50/%s/mu=0.3/0.9", alt), xr, yr, alt, 0.3, 0.9)
# Large effects: |t| = 28 (the article's size), 45 (ncp > 37.62) and p near 1e-300.
xa <- rnorm(23, 50, 5); ya <- xa + 10 + rnorm(23, 0, 1.7)
add("large/n23", xa, ya)
xb <- rnorm(1001); yb <- xb - 1.77 - rnorm(1001)
add("huge/n1001", xb, yb)
xc <- rnorm(1001); yc <- xc - 1.25 - rnorm(1001)
add("large/n1001", xc, yc)
add("large/n1001/less", xc, yc, "less", 0, 0.99)

# p-values from t and df alone (the article: t = -28.471, df = 22; SPSS printed p = 0.000).
pv <- list()
for (td in list(c(-28.471, 22), c(12, 30), c(-4.062127683382037, 9), c(45, 1000), c(50, 1000),
                c(3, 1), c(0.5, 2), c(-8, 100), c(2.5, 1000), c(1.96, 1e4)))
  pv[[length(pv) + 1]] <- obj(t = num(td[1]), df = num(td[2]),
    two_sided = num(2 * pt(-abs(td[1]), td[2])), less = num(pt(td[1], td[2])),
    greater = num(pt(td[1], td[2], lower.tail = FALSE)))
# Quantiles for the intervals.
qv <- list()
for (pd in list(c(0.975, 9), c(0.95, 9), c(0.995, 22), c(0.975, 1), c(0.95, 1000), c(0.975, 1e5), c(0.9, 2)))
  qv[[length(qv) + 1]] <- obj(p = num(pd[1]), df = num(pd[2]), q = num(qt(pd[1], pd[2])))
# Noncentral t lower tails where R's pnt is exact (|ncp| <= 37.62).
nv <- list()
for (a in list(c(2, 9, 1), c(-4.06, 9, -2.5), c(10, 22, 8), c(-28.471, 22, -30), c(1, 1, 0.5),
               c(5, 50, 7), c(0.3, 3, -1), c(35, 1000, 36)))
  nv[[length(nv) + 1]] <- obj(t = num(a[1]), df = num(a[2]), ncp = num(a[3]), lower = num(pt(a[1], a[2], a[3])))

# What R does with data that our functions reject (the Go tests check the sentinel errors).
err_of <- function(expr) tryCatch({ r <- expr; sprintf("t = %s, p = %s", r$statistic, r$p.value) },
                                  error = function(e) conditionMessage(e))
errs <- list(
  obj(name = str1("constant"), r = str1(err_of(t.test(c(1, 2, 3), c(0, 1, 2), paired = TRUE)))),
  obj(name = str1("identical"), r = str1(err_of(t.test(c(1, 2, 3), c(1, 2, 3), paired = TRUE)))),
  obj(name = str1("one pair"), r = str1(err_of(t.test(c(1, NA, 3), c(2, 5, NA), paired = TRUE)))),
  obj(name = str1("lengths"), r = str1(err_of(t.test(c(1, 2, 3), c(1, 2), paired = TRUE)))))

out <- paste0("{\n\"source\": ", str1(paste(R.version.string, "/ effectsize", packageVersion("effectsize"))),
  ",\n\"cases\": ", arr(unlist(cases)), ",\n\"pvalues\": ", arr(unlist(pv)),
  ",\n\"quantiles\": ", arr(unlist(qv)), ",\n\"noncentral\": ", arr(unlist(nv)),
  ",\n\"errors\": ", arr(unlist(errs)), "\n}\n")
writeLines(out, "testdata/r/ttest.json")
