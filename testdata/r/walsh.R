# Reference values for the exact Wilcoxon signed-rank interval and estimate
# at n where the Walsh averages number in the thousands to the hundreds of
# thousands: the Go code selects its order statistics without forming them
# (pairedt/walsh.go); R forms and sorts them (wilcox.test.default:
# sort(outer(x, x, "+")[!lower.tri(...)]) / 2, median of that).
#
# Regenerate from the repository root with
#
#   Rscript testdata/r/walsh.R
#
# which writes testdata/r/walsh.json. Produced with R 4.2.2 (stats only).
# Every number is printed with sprintf("%.17g").
#
# Calls:
#   wilcox.test(x, y, paired = TRUE, alternative, mu, exact = TRUE,
#               conf.int = TRUE, conf.level)
#   wilcox.test(x, mu = mu, alternative, exact = TRUE, conf.int = TRUE,
#               conf.level)                                  (one sample)
#
# The data are x and y rounded to 6 decimals; the seed is advanced until
# |x - y - mu| has neither ties nor zeros for every mu used, so that R's
# exact = TRUE computes the exact interval (with ties it falls back to the
# normal approximation).

num <- function(v) {
  if (length(v) == 0) return("[]")
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
  paste0("\"", s, "\"")
}
strs <- function(v) paste0("[", paste(vapply(v, str1, ""), collapse = ","), "]")
obj <- function(...) {
  kv <- list(...)
  paste0("{", paste0(str1(names(kv)), ":", unlist(kv), collapse = ","), "}")
}

mus <- c(0, 0.2)
clean <- function(d) all(vapply(mus, function(m) {
  e <- d - m
  all(e != 0) && !anyDuplicated(abs(e))
}, TRUE))
gen <- function(n, seed) {
  repeat {
    set.seed(seed)
    x <- round(rnorm(n, 0.3), 6)
    y <- round(rnorm(n), 6)
    if (clean(x - y) && clean(x)) return(list(x = x, y = y, seed = seed))
    seed <- seed + 1
  }
}

data <- list(n60 = gen(60, 60), n200 = gen(200, 200), n1000 = gen(1000, 1000))

cases <- character(0)
add <- function(name, data, alternative, mu, conf.level, paired = TRUE) {
  warns <- character(0)
  r <- withCallingHandlers(
    if (paired) {
      wilcox.test(data$x, data$y, paired = TRUE, alternative = alternative,
                  mu = mu, exact = TRUE, conf.int = TRUE,
                  conf.level = conf.level)
    } else {
      wilcox.test(data$x, mu = mu, alternative = alternative, exact = TRUE,
                  conf.int = TRUE, conf.level = conf.level)
    },
    warning = function(w) {
      warns <<- c(warns, conditionMessage(w)); invokeRestart("muffleWarning")
    })
  cases[[length(cases) + 1]] <<- obj(
    data = str1(name), paired = if (paired) "true" else "false",
    alternative = str1(alternative), mu = num(mu), conf_level = num(conf.level),
    method = str1(r$method), statistic = num(unname(r$statistic)),
    p = num(r$p.value), estimate = num(unname(r$estimate)),
    ci_low = num(r$conf.int[1]), ci_high = num(r$conf.int[2]),
    conf_level_out = num(attr(r$conf.int, "conf.level")),
    warnings = strs(warns))
}

for (nm in c("n60", "n200")) {
  for (alt in c("two.sided", "less", "greater")) {
    for (mu in mus) {
      for (cl in c(0.95, 0.99, 0.5)) add(nm, data[[nm]], alt, mu, cl)
    }
    add(nm, data[[nm]], alt, 0, 0.8, paired = FALSE)
  }
}
# n = 1000, fewer cases: each exact p needs the signed-rank distribution of
# n = 1000 (about 0.1 s in Go, more in R)
for (cl in c(0.95, 0.99, 0.5)) add("n1000", data$n1000, "two.sided", 0, cl)
add("n1000", data$n1000, "two.sided", 0.2, 0.95)
add("n1000", data$n1000, "less", 0.2, 0.9)
add("n1000", data$n1000, "greater", 0, 0.9)
add("n1000", data$n1000, "two.sided", 0, 0.95, paired = FALSE)
# extreme levels: nearly the outermost Walsh averages, and the two around
# the median
add("n60", data$n60, "two.sided", 0, 0.999999999)
add("n60", data$n60, "two.sided", 0, 0.001)

ds <- vapply(names(data), function(nm) obj(
  name = str1(nm), seed = num(data[[nm]]$seed),
  x = arr(data[[nm]]$x), y = arr(data[[nm]]$y)), "")

out <- paste0("{",
  "\"source\":", str1(paste0(R.version.string, "; testdata/r/walsh.R")), ",\n",
  "\"data\":[", paste(ds, collapse = ",\n"), "],\n",
  "\"cases\":[", paste(cases, collapse = ",\n"), "]}\n")
writeLines(out, "testdata/r/walsh.json", sep = "")
