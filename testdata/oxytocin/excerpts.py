#!/usr/bin/env python3
"""Writes testdata/oxytocin/excerpts.txt: the lines of the motivating article that
testdata/oxytocin/claims.json cites, each with its line number in the full text.

    python3 testdata/oxytocin/excerpts.py FULL_TEXT.txt > testdata/oxytocin/excerpts.txt

FULL_TEXT.txt is the article as extracted from its PDF (658 lines; kept outside the
repository because it carries no licence statement).
"""
import sys

RANGES = [(13, 25), (57, 63), (246, 256), (276, 303), (506, 549), (623, 644)]

HEADER = """\
# Excerpts of the motivating article, quoted for verification
#
# Source: "Pengaruh pijat oksitosin terhadap kelancaran pengeluaran ASI pada ibu postpartum
# di wilayah kerja Puskesmas Bener, Kabupaten Purworejo" (English title: "The effect of oxytocin
# massage on the smooth expression of breast milk in postpartum mothers in the working area of
# the Bener Puskesmas, Purworejo District"), data collected August-September 2024; the text as
# extracted from the journal's PDF (658 lines). The extracted text carries no licence statement,
# so the repository quotes only the lines that testdata/oxytocin/claims.json cites, each with
# its line number in the full text, so every "source" there can be checked from this file.
# Written by testdata/oxytocin/excerpts.py from the full text; blank lines are kept as they are.
#
# LINE<TAB>TEXT"""


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = [HEADER]
    for a, b in RANGES:
        out.append("...")
        out.extend(f"{i}\t{lines[i - 1].rstrip()}" for i in range(a, b + 1))
    out.append("...")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
