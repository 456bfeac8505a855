package csvin

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors. Every error the Reader returns is an *Error wrapping one of
// these (or an I/O error from the underlying reader).
var (
	// ErrEmpty: the file has no header line.
	ErrEmpty = errors.New("empty file: no header line")
	// ErrNoRows: the file has a header and no data rows.
	ErrNoRows = errors.New("no data rows after the header")
	// ErrMixedSeparators: the header uses more than one of ',', ';' and tab.
	ErrMixedSeparators = errors.New("mixed separators in the header")
	// ErrUnterminatedQuote: a quoted field is not closed before the end of the file.
	ErrUnterminatedQuote = errors.New("unterminated quoted field")
	// ErrQuote: a quote inside an unquoted field, or text after a closing quote.
	ErrQuote = errors.New("misplaced quote")
	// ErrFieldCount: a row has a different number of fields than the header.
	ErrFieldCount = errors.New("wrong number of fields")
	// ErrInvalidUTF8: bytes that are not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrUTF16: the file starts with a UTF-16 byte order mark.
	ErrUTF16 = errors.New("file is UTF-16, not UTF-8")
	// ErrLineTooLong: a line longer than Options.MaxLine bytes.
	ErrLineTooLong = errors.New("line too long")
	// ErrMissingColumn: a column name not present in the header.
	ErrMissingColumn = errors.New("no such column")
	// ErrDuplicateColumn: a column name that appears twice in the header.
	ErrDuplicateColumn = errors.New("duplicate column name")
	// ErrNotNumber: a cell in a numeric column that is not a number or a
	// missing marker.
	ErrNotNumber = errors.New("not a number")
	// ErrNonFinite: a cell written as an infinity ("Inf", "-inf", ...).
	ErrNonFinite = errors.New("infinite value")
	// ErrOutOfRange: a number whose magnitude exceeds the float64 range (1e400).
	ErrOutOfRange = errors.New("number out of range")
	// ErrUnderflow: a nonzero number below the float64 range (1e-400),
	// read as 0. Float does not fail on it; Reader.Underflows counts them
	// and keeps the place of the first, for a warning.
	ErrUnderflow = errors.New("number below the float64 range read as 0")
	// ErrDecimal: a number whose decimal mark disagrees with the file's.
	ErrDecimal = errors.New("inconsistent decimal mark")
	// ErrLineEnding: old Macintosh line ends (a carriage return alone).
	ErrLineEnding = errors.New("carriage-return line ends")
)

// Error is an input error at a place in a file. It wraps a sentinel (Err).
type Error struct {
	File   string // file name as given, "-" or "stdin" for standard input
	Line   int    // 1-based line number; 0 when not tied to a line
	Column string // column name from the header; "" when not tied to a column
	Index  int    // 1-based field number; 0 when not tied to a field
	Found  string // the offending text (truncated), "" when nothing to show
	Err    error  // the sentinel
	Detail string // what to do about it, or more context
}

const maxFound = 60

// Error formats as
//
//	FILE: line L, column "NAME" (field I): found "TEXT": SENTINEL (DETAIL)
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(": line ")
		b.WriteString(strconv.Itoa(e.Line))
	}
	if e.Column != "" || e.Index > 0 {
		b.WriteString(", column ")
		if e.Column != "" {
			b.WriteString(strconv.Quote(e.Column))
			if e.Index > 0 {
				b.WriteString(" (field ")
				b.WriteString(strconv.Itoa(e.Index))
				b.WriteString(")")
			}
		} else {
			b.WriteString(strconv.Itoa(e.Index))
		}
	}
	b.WriteString(": ")
	if e.Found != "" || e.Err == ErrNotNumber {
		b.WriteString("found ")
		b.WriteString(e.Found)
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	if e.Detail != "" {
		b.WriteString(" (")
		b.WriteString(e.Detail)
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns the sentinel.
func (e *Error) Unwrap() error { return e.Err }

// Quote returns s quoted for an error message (Go syntax, so invalid UTF-8 and
// control characters are visible), truncated to a readable length.
func Quote(s string) string {
	if len(s) > maxFound {
		cut := maxFound
		for cut > 0 && cut < len(s) && s[cut]&0xC0 == 0x80 {
			cut--
		}
		return strconv.Quote(s[:cut]) + "... (" + strconv.Itoa(len(s)) + " bytes)"
	}
	return strconv.Quote(s)
}
