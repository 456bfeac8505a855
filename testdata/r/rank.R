# Reference values for the rank-based tests of package pairedt
# (Wilcoxon signed-rank, sign test, Shapiro-Wilk).
#
# Regenerate from the repository root with
#
#   Rscript testdata/r/rank.R
#
# which writes testdata/r/rank.json. Produced with R 4.2.2 and
# effectsize 0.8.3. Every number is printed with sprintf("%.17g") so that the
# Go tests can compare to 1e-10 relative (exact Wilcoxon p to 1e-12).
#
# Calls:
#   wilcox.test(x, y, paired = TRUE, alternative, mu, exact, correct,
#               conf.int = TRUE, conf.level)
#   effectsize::rank_biserial(x, y, paired = TRUE, mu = mu)   (Kerby's r)
#   binom.test(sum(d > 0), sum(d != 0), 0.5, alternative), d = x - y - mu
#   shapiro.test(x)

suppressPackageStartupMessages(library(effectsize))

num <- function(v) {
  if (length(v) == 0) return("[]")
  s <- vapply(v, function(z) {
    if (is.na(z) && !is.nan(z)) "\"NA\""
    else if (is.nan(z)) "\"NaN\""
    else if (is.infinite(z)) if (z > 0) "\"Inf\"" else "\"-Inf\""
    else sprintf("%.17g", z)
  }, "")
  s
}
arr <- function(v) paste0("[", paste(num(v), collapse = ","), "]")
str1 <- function(s) {
  s <- gsub("\\", "\\\\", s, fixed = TRUE)
  s <- gsub("\"", "\\\"", s, fixed = TRUE)
  s <- gsub("\n", "\\n", s, fixed = TRUE)
  s <- gsub("\t", "\\t", s, fixed = TRUE)
  paste0("\"", s, "\"")
}
# print.htest output with the data name fixed to what the Go String methods
# write.
printed <- function(r, dname) {
  r$data.name <- dname
  paste(capture.output(print(r)), collapse = "\n")
}
strs <- function(v) paste0("[", paste(vapply(v, str1, ""), collapse = ","), "]")
obj <- function(...) {
  kv <- list(...)
  paste0("{", paste0(str1(names(kv)), ":", unlist(kv), collapse = ","), "}")
}

# ---- data sets -------------------------------------------------------------

# R's built-in sleep data: extra sleep of 10 patients under drug 1 and drug 2.
sleep1 <- sleep$extra[1:10]
sleep2 <- sleep$extra[11:20]

# The article's margins (before 17/6/0, after 4/0/19; codes 1 = not out,
# 2 = out but not smooth, 3 = smooth), expanded from two joint tables.
expand <- function(tab) {
  b <- integer(0); a <- integer(0)
  for (i in 1:3) for (j in 1:3) {
    b <- c(b, rep(i, tab[i, j])); a <- c(a, rep(j, tab[i, j]))
  }
  list(x = as.numeric(b), y = as.numeric(a))
}
# nobody worse: 4 stay 1, 13 go 1 -> 3, 6 go 2 -> 3
art1 <- expand(matrix(c(4, 0, 13,
                        0, 0, 6,
                        0, 0, 0), 3, byrow = TRUE))
# one mother worse (2 -> 1): rows 17/6/0, columns 4/0/19
art2 <- expand(matrix(c(3, 0, 14,
                        1, 0, 5,
                        0, 0, 0), 3, byrow = TRUE))

set.seed(20261127)
x50 <- rnorm(50, mean = 0.3)
y50 <- rnorm(50)
x49 <- x50[1:49]; y49 <- y50[1:49]

set.seed(7)
x12 <- round(rnorm(12, 10, 2), 3)
y12 <- round(rnorm(12, 9, 2), 3)

set.seed(11)
x60 <- rnorm(60, 0.2); y60 <- rnorm(60)

# small, no ties: exact with unattainable confidence levels
x5 <- c(1.83, 0.50, 1.62, 2.48, 1.68); y5 <- c(0.878, 0.647, 0.598, 2.05, 1.06)
x3 <- c(3.1, 1.2, 5.4); y3 <- c(1.0, 2.0, 1.1)
# ties and a zero, small: approximate, alpha doubling in the CI search
xt <- c(1, 2, 3, 4, 5, 6); yt <- c(0, 1, 1, 4, 3, 4)
# all non-zero differences tied: no CI (R: NaN, estimate = midrange)
xc <- c(2, 3, 4, 5); yc <- c(1, 2, 3, 5)

wdata <- list(
  sleep = list(x = sleep1, y = sleep2),
  article_no_worse = art1,
  article_one_worse = art2,
  n49 = list(x = x49, y = y49),
  n50 = list(x = x50, y = y50),
  n12 = list(x = x12, y = y12),
  n60 = list(x = x60, y = y60),
  n5 = list(x = x5, y = y5),
  n3 = list(x = x3, y = y3),
  ties_small = list(x = xt, y = yt),
  all_tied = list(x = xc, y = yc),
  # the smallest exact cases, every alternative: n = 1 and n = 2 non-zero
  # differences (R: conf.level not achievable)
  n1 = list(x = 2.5, y = 1),
  n2 = list(x = c(2.5, 0.3), y = c(1, 1))
)

# ---- Wilcoxon ----------------------------------------------------------------

wcases <- list()
addw <- function(name, data, alternative = "two.sided", mu = 0, exact = NULL,
                 correct = TRUE, conf.level = 0.95) {
  warns <- character(0)
  r <- withCallingHandlers(
    wilcox.test(data$x, data$y, paired = TRUE, alternative = alternative,
                mu = mu, exact = exact, correct = correct, conf.int = TRUE,
                conf.level = conf.level),
    warning = function(w) {
      warns <<- c(warns, conditionMessage(w)); invokeRestart("muffleWarning")
    })
  rb <- suppressWarnings(effectsize::rank_biserial(data$x, data$y,
                                                   paired = TRUE, mu = mu))
  d <- data$x - data$y - mu
  wcases[[length(wcases) + 1]] <<- obj(
    name = str1(name), x = arr(data$x), y = arr(data$y),
    alternative = str1(alternative), mu = num(mu),
    exact = str1(if (is.null(exact)) "auto" else if (exact) "true" else "false"),
    correct = if (correct) "true" else "false",
    conf_level = num(conf.level),
    method = str1(r$method), statistic = num(unname(r$statistic)),
    p = num(r$p.value), n = num(sum(d != 0)), n_zero = num(sum(d == 0)),
    estimate = num(unname(r$estimate)),
    ci_low = num(r$conf.int[1]), ci_high = num(r$conf.int[2]),
    conf_level_out = num(attr(r$conf.int, "conf.level")),
    rank_biserial = num(rb$r_rank_biserial),
    warnings = strs(warns), print = str1(printed(r, "x and y")))
}

for (nm in names(wdata)) {
  for (alt in c("two.sided", "less", "greater")) {
    addw(nm, wdata[[nm]], alternative = alt)
  }
}
for (alt in c("two.sided", "less", "greater")) {
  addw("sleep mu=-1", wdata$sleep, alt, mu = -1)
  addw("n49 mu=0.25", wdata$n49, alt, mu = 0.25)
  addw("n50 mu=0.25", wdata$n50, alt, mu = 0.25)
  addw("n12 mu=1.5", wdata$n12, alt, mu = 1.5)
  addw("n12 exact=FALSE", wdata$n12, alt, exact = FALSE)
  addw("n12 exact=FALSE correct=FALSE", wdata$n12, alt, exact = FALSE,
       correct = FALSE)
  addw("sleep correct=FALSE", wdata$sleep, alt, correct = FALSE)
  addw("n60 exact=TRUE", wdata$n60, alt, exact = TRUE)
  addw("article_one_worse exact=TRUE", wdata$article_one_worse, alt,
       exact = TRUE)
  addw("article_one_worse mu=-1", wdata$article_one_worse, alt, mu = -1)
  # mu turns two differences into zeros and leaves ties among the rest
  addw("ties_small mu=1", wdata$ties_small, alt, mu = 1)
  addw("n3 mu=2.1", wdata$n3, alt, mu = 2.1)
}
addw("n49 conf=0.90", wdata$n49, conf.level = 0.90)
addw("n49 conf=0.99", wdata$n49, conf.level = 0.99)
addw("n50 conf=0.80", wdata$n50, conf.level = 0.80)
addw("n12 conf=0.5", wdata$n12, conf.level = 0.5)
addw("sleep conf=0.99", wdata$sleep, conf.level = 0.99)

# ---- sign test -----------------------------------------------------------------

scases <- list()
adds <- function(name, x, y, alternative = "two.sided", mu = 0) {
  d <- x - y - mu
  npos <- sum(d > 0); nneg <- sum(d < 0); n <- npos + nneg
  r <- binom.test(npos, n, 0.5, alternative = alternative)
  scases[[length(scases) + 1]] <<- obj(
    name = str1(name), x = arr(x), y = arr(y), alternative = str1(alternative),
    mu = num(mu), positive = num(npos), negative = num(nneg),
    zero = num(sum(d == 0)), n = num(n), p = num(r$p.value))
}
set.seed(3)
xs <- rnorm(300, 0.4); ys <- rnorm(300)
for (alt in c("two.sided", "less", "greater")) {
  adds("sleep", sleep1, sleep2, alt)
  adds("article_no_worse", art1$x, art1$y, alt)
  adds("article_one_worse", art2$x, art2$y, alt)
  adds("n49", x49, y49, alt)
  adds("n50 mu=0.3", x50, y50, alt, mu = 0.3)
  adds("balanced", c(1, 2, 3, 4), c(2, 1, 4, 3), alt)
  adds("odd", c(1, 2, 3, 4, 5), c(2, 1, 4, 3, 0), alt)
  adds("n300", xs, ys, alt)
  adds("one pair", 2, 1, alt)
}

# Sign tests with more non-zero differences than fit in this file as data,
# given by their counts: binom.test(positive, positive + negative, 0.5,
# alternative). The Go test builds x - y with that many positive and negative
# differences. Beyond 2^14 differences pairedt leaves exact big-integer sums
# for a floating-point tail; these check that tail where it matters (n up to
# 10^6, p near 1/2 and far in the tail).
sccases <- list()
addsc <- function(name, npos, nneg, alternative) {
  r <- binom.test(npos, npos + nneg, 0.5, alternative = alternative)
  sccases[[length(sccases) + 1]] <<- obj(
    name = str1(name), alternative = str1(alternative),
    positive = num(npos), negative = num(nneg), p = num(r$p.value))
}
for (alt in c("two.sided", "less", "greater")) {
  addsc("n16386 near half", 8192 - 5, 8194 + 5, alt)
  addsc("n100000 near half", 49990, 50010, alt)
  addsc("n100000 tail", 49000, 51000, alt)
  addsc("n1000000 near half", 499998, 500002, alt)
  addsc("n1000000 tail", 498000, 502000, alt)
}

# ---- Shapiro-Wilk ----------------------------------------------------------------

wsw <- list()
addsw <- function(name, x) {
  r <- shapiro.test(x)
  wsw[[length(wsw) + 1]] <<- obj(
    name = str1(name), x = arr(x), n = num(sum(!is.na(x))),
    w = num(unname(r$statistic)), p = num(r$p.value),
    print = str1(printed(r, "x")))
}
set.seed(42)
addsw("n3 fixed", c(1, 2, 4))
addsw("n3 equal spacing", c(1, 2, 3))
addsw("n3 rnorm", rnorm(3))
addsw("n4", rnorm(4))
addsw("n5", rnorm(5))
addsw("n6", rnorm(6))
addsw("n11", rnorm(11))
addsw("n12", rnorm(12))
addsw("n20", rnorm(20))
addsw("n100", rnorm(100))
addsw("n5000", rnorm(5000))
addsw("skewed n50 rexp", rexp(50))
addsw("skewed n200 lognormal", exp(rnorm(200)))
addsw("uniform n30", runif(30))
addsw("sleep differences", sleep1 - sleep2)
addsw("article differences", art1$x - art1$y)
addsw("tiny range", c(1e-11, 2e-11, 4e-11, 7e-11, 3e-11))
addsw("with NA", c(2.1, NA, 3.3, 1.7, 5.2, NA, 4.4))

out <- paste0(
  "{\n\"source\":", str1(paste0(R.version.string, "; effectsize ",
                                as.character(packageVersion("effectsize")),
                                "; testdata/r/rank.R")),
  ",\n\"wilcoxon\":[\n", paste(unlist(wcases), collapse = ",\n"),
  "\n],\n\"sign\":[\n", paste(unlist(scases), collapse = ",\n"),
  "\n],\n\"sign_counts\":[\n", paste(unlist(sccases), collapse = ",\n"),
  "\n],\n\"shapiro\":[\n", paste(unlist(wsw), collapse = ",\n"), "\n]\n}\n")
writeLines(out, "testdata/r/rank.json", sep = "")
