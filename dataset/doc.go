// Package dataset reads the data files people keep their studies in, SPSS
// system files (.sav, .zsav) and Excel workbooks (.xlsx), into one table
// type: named columns of numbers (NaN where missing) or text, with the
// variable labels, value labels and declared missing values SPSS stores.
//
// # The table
//
// A Table is a list of Columns in file order. Each Column has a Name, an
// optional variable Label (what a report should call it, see
// Variable.DisplayName), a Kind (Numeric or String), its values (Numbers or
// Strings, one per case) and a Status per value: Valid, UserMissing (a code
// the file declares missing, such as SPSS's MISSING VALUES 8 9, or an xlsx
// text cell "NA") or SystemMissing (no value: SPSS's system-missing ".", an
// empty cell). Missing numeric values are NaN whatever the reason; the
// Status slice and the UserMissing and SystemMissing counts say which, and
// Stored keeps the user-missing codes themselves (9 = "Menolak") for a
// frequency table that lists them apart, as SPSS does. ValueLabels lists the
// labelled codes in ascending numeric order; Levels leaves out the codes
// declared missing: the ordered categories of a variable such as
// 1 = "ASI belum keluar", 2 = "ASI keluar namun belum lancar",
// 3 = "ASI keluar lancar".
//
// The package reads; it does not analyse. A program picks columns by name
// (Table.Column, case-insensitive for SPSS names), hands Numbers to package
// pairedt, and uses Variable.DisplayName and the value labels for the words
// of a report.
//
// # Formats
//
// Open and Read detect the format from the first bytes of the content, not
// the extension (see Detect): "$FL2" an SPSS system file, "$FL3" a
// zlib-compressed one (.zsav), "PK\x03\x04" a zip archive, read as an xlsx
// workbook. CSV files are not read here (the command-line tool's CSV reader
// handles them).
//
// SPSS system files are read by this package's own code, written from the
// format as the GNU PSPP developer manual (appendix B, PSPP 1.6.2)
// documents it: uncompressed, bytecode-compressed and zlib-compressed data,
// either byte order, numeric and string variables including long strings
// (continuation records) and very long strings (over 255 bytes, record 7
// subtype 14), long variable names (subtype 13), variable labels, value
// labels (records 3 and 4, and subtype 21 for long strings), discrete
// missing values and ranges (LO THRU x and x THRU HI included; subtype 22
// for long strings), the measurement level (subtype 11), the 64-bit case
// count (subtype 16) and the character encoding (subtype 20, or the code
// page of subtype 3; UTF-8, the Windows code pages and the other encodings
// golang.org/x/text knows). SAVReader streams cases in constant memory;
// ReadSAV collects them into a Table. Not read: the SPSS/PC+ format, EBCDIC
// files, non-IEEE floating point, and the informational records (documents,
// attributes, multiple-response sets, the weight variable), which are
// skipped.
//
// Excel workbooks are read through github.com/xuri/excelize/v2; see
// ReadXLSX for what is accepted.
//
// # Errors
//
// Every error names the file and, where there is one, the place (a record,
// a case, a sheet and cell), and wraps a sentinel error for errors.Is:
// ErrNotSAV, ErrCorrupt, ErrSheetNotFound, ErrMergedHeader and the others
// listed in errors.go. No input makes a reader panic; both are fuzzed (seed
// corpora in testdata/fuzz).
//
// # Test files
//
// The files under testdata were written by real programs from committed
// scripts: GNU PSPP 1.6.2 (make.sps, make-cp1252.sps), openpyxl 3.0.9 and
// LibreOffice 7.4.7 (make_xlsx.py); make.sh regenerates them all. The tests
// compare what the reader returns with what the scripts wrote.
package dataset
