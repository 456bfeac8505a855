package dataset

import (
	"errors"
	"strings"
)

// Sentinel errors. Every error a reader returns is an *Error wrapping one of
// these (or an I/O error from the underlying reader), so errors.Is matches
// the kind of problem and the message names the file and the detail.
var (
	// ErrUnknownFormat: the content is neither an SPSS system file nor an
	// xlsx workbook (and no Format was forced).
	ErrUnknownFormat = errors.New("unknown file format (not an SPSS .sav/.zsav file or an Excel .xlsx workbook)")
	// ErrNotSAV: the file does not start with an SPSS system file header.
	ErrNotSAV = errors.New("not an SPSS system file")
	// ErrCorrupt: an SPSS system file whose records are malformed or truncated.
	ErrCorrupt = errors.New("corrupt SPSS system file")
	// ErrUnsupported: a valid file that uses a feature this package does not
	// read (a non-IEEE float format, an EBCDIC file, an unknown compression).
	ErrUnsupported = errors.New("unsupported feature")
	// ErrEncoding: a character encoding this package cannot decode.
	ErrEncoding = errors.New("unknown character encoding")
	// ErrNotXLSX: a file that is not a readable xlsx workbook (not a zip, or
	// a zip without a workbook, or an encrypted workbook).
	ErrNotXLSX = errors.New("not an Excel .xlsx workbook")
	// ErrSheetNotFound: Options.Sheet names no sheet of the workbook.
	ErrSheetNotFound = errors.New("sheet not found")
	// ErrSheetChoice: no sheet was named and the workbook has no sheet with
	// data, or more than one.
	ErrSheetChoice = errors.New("cannot choose a sheet")
	// ErrMergedHeader: a merged cell range touches the header row.
	ErrMergedHeader = errors.New("merged cells in the header row")
	// ErrHeader: a blank or duplicate column name in the header row.
	ErrHeader = errors.New("bad header row")
	// ErrCellType: a cell that is neither a number nor text (a boolean, an
	// error value such as #DIV/0!, an ISO date cell).
	ErrCellType = errors.New("cell is neither a number nor text")
	// ErrNoCachedValue: a formula cell without a stored result (the file was
	// written by a program that does not calculate, such as openpyxl).
	ErrNoCachedValue = errors.New("formula cell without a cached value")
	// ErrNoColumn: Table.Column was asked for a name the table does not have.
	ErrNoColumn = errors.New("no such column")
)

// Error is a problem with one input file. It wraps a sentinel (Err).
type Error struct {
	File   string // file name as given ("stdin" when unnamed)
	Where  string // place in the file: "variable record 3", "sheet \"Data\" cell B4"; may be empty
	Detail string // what was found; may be empty
	Err    error  // the sentinel or underlying error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Where != "" {
		b.WriteString(": ")
		b.WriteString(e.Where)
	}
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

func fileName(name string) string {
	if name == "" {
		return "stdin"
	}
	return name
}
