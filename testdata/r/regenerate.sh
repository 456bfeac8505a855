#!/usr/bin/env bash
# Regenerates every R reference file of the module from its R script.
# Needs R 4.2 with effectsize, coin, statcheck, pwr and jsonlite:
#   apt-get update && apt-get install -y r-base-core r-cran-effectsize r-cran-coin r-cran-statcheck r-cran-pwr r-cran-jsonlite
# Run from anywhere: bash testdata/r/regenerate.sh ; then `git diff --stat` shows what changed
# (nothing, on R 4.2.2 with the package versions named in each file).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
run() { # run DIR SCRIPT: Rscript SCRIPT with DIR as the working directory
	echo "== (cd $1 && Rscript $2)"
	(cd "$root/$1" && Rscript "$2")
}
run . testdata/r/ttest.R         # -> testdata/r/ttest.json, testdata/sleep.csv
run . testdata/r/ordinal.R       # -> testdata/r/ordinal.json
run . testdata/r/rank.R          # -> testdata/r/rank.json
run . testdata/r/rank_extra.R    # -> testdata/r/rank_extra.json (coin, one-sample wilcox.test, sign intervals)
run . testdata/r/walsh.R         # -> testdata/r/walsh.json (exact Wilcoxon intervals at n = 60, 200, 1000)
run testdata/r margins.R         # -> testdata/r/margins.json
run testdata/r statcheck.R       # -> testdata/r/statcheck.json
run . report/testdata/r/report.R # -> report/testdata/r/report.json
run cmd/pairedt testdata/r/cli.R      # -> cmd/pairedt/testdata/r/cli.json
run cmd/pairedt testdata/r/cli_freq.R # -> cmd/pairedt/testdata/r/cli_freq.json
run . testdata/r/fuzz.R           # -> testdata/r/fuzz.json (cases fuzzing found)
run . testdata/r/power.R          # -> testdata/r/power.json (needs pwr: apt-get install r-cran-pwr)
# The 40-digit noncentral-t bounds and Student-t tails need Python with mpmath (Debian: python3-mpmath):
if python3 -c 'import mpmath' 2>/dev/null; then
	echo "== python3 testdata/r/nct_mpmath.py"
	(cd "$root" && python3 testdata/r/nct_mpmath.py)
	echo "== python3 testdata/r/bayes_mpmath.py (about 20 minutes)"
	(cd "$root" && python3 testdata/r/bayes_mpmath.py >/dev/null)
	echo "== python3 internal/dist/testdata/tdist_mpmath.py"
	(cd "$root" && python3 internal/dist/testdata/tdist_mpmath.py >internal/dist/testdata/tdist_mpmath.tsv)
else
	echo "skipping testdata/r/nct_mpmath.py, bayes_mpmath.py and internal/dist/testdata/tdist_mpmath.py: python3 with mpmath not found" >&2
fi
# The SciPy values (zero methods, Shapiro-Wilk above n = 5000) need SciPy 1.10.1 (Debian: python3-scipy);
# the script reads testdata/r/rank_extra.json, so it runs after rank_extra.R:
if /usr/bin/python3 -c 'import scipy' 2>/dev/null; then
	echo "== /usr/bin/python3 testdata/r/rank_scipy.py"
	(cd "$root" && /usr/bin/python3 testdata/r/rank_scipy.py)
else
	echo "skipping testdata/r/rank_scipy.py: python3 with scipy not found" >&2
fi
