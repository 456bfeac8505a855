# Reference values for the pairedt command-line tests (cmd/pairedt).
# R reads each test file on its own (read.csv / read.csv2 / read.delim) and runs
# t.test(x, y, paired = TRUE); the Go tests run `pairedt test` on the same file
# and compare. Run from cmd/pairedt:  Rscript testdata/r/cli.R
# Writes testdata/r/cli.json (17 significant digits).
f17 <- function(v) if (is.infinite(v)) sprintf('"%s"', ifelse(v > 0, "Inf", "-Inf")) else sprintf("%.17g", v)
res <- list()
add <- function(name, x, y, args = "", alternative = "two.sided", mu = 0, conf.level = 0.95) {
  tt <- t.test(x, y, paired = TRUE, alternative = alternative, mu = mu, conf.level = conf.level)
  ok <- complete.cases(x, y)
  res[[length(res) + 1]] <<- sprintf(
    '  {"name": "%s", "args": "%s", "r_call": "t.test(x, y, paired = TRUE, alternative = \\"%s\\", mu = %s, conf.level = %s)", "n": %d, "dropped": %d, "t": %s, "df": %s, "p": %s, "ci_low": %s, "ci_high": %s, "mean_diff": %s, "sd_diff": %s}',
    name, args, alternative, mu, conf.level, sum(ok), sum(!ok), f17(tt$statistic), f17(tt$parameter), f17(tt$p.value),
    f17(tt$conf.int[1]), f17(tt$conf.int[2]), f17(tt$estimate), f17(sd(x[ok] - y[ok])))
}
s <- read.csv("testdata/sleep.csv")
add("sleep.csv", s$drug1, s$drug2, "--before drug1 --after drug2")
add("sleep.csv", s$drug1, s$drug2, "--before drug1 --after drug2 --alternative less --mu 0.5 --conf-level 0.9",
    alternative = "less", mu = 0.5, conf.level = 0.9)
add("sleep.csv", s$drug1, s$drug2, "--before drug1 --after drug2 --alternative greater --mu -2 --conf-level 0.99",
    alternative = "greater", mu = -2, conf.level = 0.99)
i <- read.csv2("testdata/sleep_id.csv", fileEncoding = "UTF-8-BOM", check.names = FALSE)
add("sleep_id.csv", i[["jam tidur sebelum"]], i[["jam tidur sesudah"]], "--before 'jam tidur sebelum' --after 'jam tidur sesudah' --id subjek")
q <- read.delim("testdata/sleep_quoted.tsv", check.names = FALSE)
add("sleep_quoted.tsv", q[["drug 1"]], q[["drug 2"]], "--before 'drug 1' --after 'drug 2'")
l <- read.csv("testdata/sleep_long.csv")
pre <- l[l$time == "pre", ]; post <- l[l$time == "post", ]
m <- merge(pre, post, by = "id")
# pairedt emits pairs in the order of each subject's first row; the t-test does not depend on the order.
add("sleep_long.csv", m$hours.x, m$hours.y, "--id id --time time --value hours --before pre --after post")
mm <- read.csv("testdata/sleep_missing.csv", na.strings = c("", "NA", "."))
add("sleep_missing.csv", mm$drug1, mm$drug2, "--before drug1 --after drug2 --id id")
writeLines(c(sprintf('{"r_version": "%s",', R.version.string), ' "cases": [', paste(unlist(res), collapse = ",\n"), ' ]}'),
           "testdata/r/cli.json")
