#!/bin/bash
# The README's speed rows for `pairedt test` on a 1e7-row CSV: interleaved
# runs of pairedt test (this checkout), fread + t.test (R's data.table),
# the encoding/csv + strconv.ParseFloat loop (testdata/csvloop), and dd
# (reading the file from the page cache), with /usr/bin/time; prints the
# median wall time, CPU time and peak RSS of each and the ratios.
#
#   bash internal/csvin/testdata/speed.sh [ROWS] [ROUNDS]
set -eu
rows=${1:-10000000}
rounds=${2:-7}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
root=$(git rev-parse --show-toplevel)
cd "$root"
go build -o "$dir/pairedt" ./cmd/pairedt
go build -o "$dir/csvloop" ./internal/csvin/testdata/csvloop
go run ./internal/csvin/testdata/gencsv "$rows" > "$dir/big.csv"
cat > "$dir/fread.R" <<'R'
library(data.table)
d <- fread(commandArgs(TRUE)[1])
print(t.test(d$a, d$b, paired = TRUE))
R
f=$dir/big.csv
have_r=false
if Rscript -e 'library(data.table)' > /dev/null 2>&1; then have_r=true; fi
for r in $(seq "$rounds"); do
  /usr/bin/time -a -o "$dir/times" -f "pairedt %e %M %U %S" "$dir/pairedt" test "$f" --before a --after b > /dev/null
  if $have_r; then
    /usr/bin/time -a -o "$dir/times" -f "fread %e %M %U %S" Rscript "$dir/fread.R" "$f" > /dev/null
  fi
  /usr/bin/time -a -o "$dir/times" -f "csvloop %e %M %U %S" "$dir/csvloop" "$f" a b > /dev/null
  /usr/bin/time -a -o "$dir/times" -f "dd %e %M %U %S" dd if="$f" of=/dev/null bs=1M status=none
done
python3 - "$dir/times" <<'PY'
import sys, statistics as st, collections
d = collections.defaultdict(list)
for l in open(sys.argv[1]):
    n, e, m, u, s = l.split()
    d[n].append((float(e), int(m), float(u) + float(s)))
med = {n: st.median(e for e, _, _ in v) for n, v in d.items()}
for n, v in d.items():
    print(f"{n:8s} wall median {med[n]:.3f} s (min {min(e for e, _, _ in v):.3f}, max {max(e for e, _, _ in v):.3f}, n = {len(v)}), "
          f"CPU median {st.median(c for _, _, c in v):.2f} s, peak RSS median {st.median(m for _, m, _ in v) / 1024:.1f} MB")
for n in med:
    if n != "pairedt":
        print(f"  {n} / pairedt = {med[n] / med['pairedt']:.2f}x")
PY
uptime
