"""Writes the .xlsx test fixtures of package dataset (run by make.sh).

openpyxl (Debian python3-openpyxl 3.0.9) writes the workbooks; LibreOffice
Calc (Debian libreoffice-calc-nogui 7.4.7, soffice --headless --convert-to xlsx)
re-saves the ones with formulas, because openpyxl stores formulas without
their results and LibreOffice calculates and caches them, as Excel does.
Every value the tests expect is written here.
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")


def sleep():
    """sleep.xlsx: testdata/sleep.csv on one sheet; numbers parsed by Python's
    float(), which rounds correctly. openpyxl 3.0.9 stores floats with 16
    significant digits (0.30000000000000004 becomes 0.3), which is exact for
    these one-decimal values."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "sleep"
    with open(os.path.join(ROOT, "testdata", "sleep.csv"), newline="") as f:
        for i, row in enumerate(csv.reader(f)):
            ws.append(row if i == 0 else [float(x) for x in row])
    wb.save(os.path.join(HERE, "sleep.xlsx"))


def features(path):
    """The workbook with every cell kind the reader handles: numbers, text,
    a blank cell, a missing marker, formulas, and three sheets."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["id", "sebelum", "sesudah", "selisih", "catatan", "campur"])
    ws.append(["R01", 1, 3, "=C2-B2", "lancar", 1.5])
    ws.append(["R02", 2, 3, "=C3-B3", None, "dua"])
    ws.append(["R03", 1, None, "=C4-B4", "belum keluar", 3])
    ws.append(["R04", 2.5, 0.1, "=C5-B5", "NA", None])
    ws.append([None, None, None, None, None, None])  # a blank row is skipped
    ws.append(["R05", "NA", 2, '=IF(ISNUMBER(B7),C7-B7,"")', "ASI keluar lancar", 0.30000000000000004])
    ws["B2"].number_format = "0.00"  # shown as 1.00, stored as 1
    notes = wb.create_sheet("Catatan")
    notes.append(["catatan"])
    notes.append(["Data contoh untuk pengujian"])
    wb.create_sheet("Kosong")
    wb.save(path)


def single_with_empty(path):
    """Data on the second of two sheets; the first is empty."""
    wb = openpyxl.Workbook()
    wb.active.title = "Kosong"
    ws = wb.create_sheet("Isi")
    ws.append(["x", "y"])
    ws.append([1, 2])
    ws.append([3, 4])
    wb.save(path)


def merged():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["skor", None, "id"])
    ws.append([1, 2, "R01"])
    ws.merge_cells("A1:B1")
    wb.save(os.path.join(HERE, "merged.xlsx"))


def badcell():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["x", "lulus"])
    ws.append([1, True])
    wb.save(os.path.join(HERE, "badcell.xlsx"))


def nocache():
    """A formula saved by openpyxl, which stores no result."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["a", "b"])
    ws.append([1, "=A2*2"])
    wb.save(os.path.join(HERE, "nocache.xlsx"))


def libreoffice(src, name):
    """Re-save src as HERE/name with LibreOffice, which calculates formulas."""
    out = tempfile.mkdtemp()
    profile = tempfile.mkdtemp()
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, src],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.move(os.path.join(out, os.path.splitext(os.path.basename(src))[0] + ".xlsx"),
                    os.path.join(HERE, name))
    finally:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sleep()
    merged()
    badcell()
    nocache()
    tmp = tempfile.mkdtemp()
    try:
        features(os.path.join(tmp, "features-openpyxl.xlsx"))
        libreoffice(os.path.join(tmp, "features-openpyxl.xlsx"), "features.xlsx")
        single_with_empty(os.path.join(tmp, "second-sheet.xlsx"))
        libreoffice(os.path.join(tmp, "second-sheet.xlsx"), "second-sheet.xlsx")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
