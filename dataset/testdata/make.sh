#!/bin/sh
# Regenerates the binary fixtures of package dataset from the committed
# scripts. Needs GNU PSPP (Debian: apt-get install pspp; 1.6.2 was used),
# python3-openpyxl and LibreOffice (apt-get install python3-openpyxl
# libreoffice-calc-nogui). Run from anywhere: sh dataset/testdata/make.sh
set -eu
cd "$(dirname "$0")"
pspp make.sps
pspp make-cp1252.sps
/usr/bin/python3 make_xlsx.py  # the Debian python3, which has openpyxl
