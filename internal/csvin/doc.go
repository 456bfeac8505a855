// Package csvin reads CSV files as spreadsheets export them, streaming, for
// the pairedt command-line tool.
//
// What it accepts:
//
//   - a header row; columns are addressed by name (Reader.Column);
//   - ',' ';' or tab as the separator, detected from the header line (a header
//     that uses more than one of them is an error, ErrMixedSeparators, unless
//     Options.Sep is set);
//   - '.' or ',' as the decimal mark, set by Options.Decimal or detected: a ','
//     separator implies '.', otherwise the first number with a mark decides for
//     the whole file (the line that decided is named when a later number
//     disagrees);
//   - a UTF-8 byte order mark; CRLF or LF line ends; RFC 4180 quoted fields
//     (doubled quotes inside, separators and line breaks inside quotes);
//   - missing-value markers (Options.Missing; default "", "NA" and "."), which
//     read as NaN in numeric columns;
//   - blank lines, which are skipped.
//
// What it refuses, each with a sentinel error matchable by errors.Is and an
// *Error naming the file, the line, the column and the text found: invalid
// UTF-8 (ErrInvalidUTF8), a UTF-16 file (ErrUTF16), a line longer than
// Options.MaxLine (ErrLineTooLong), an unterminated quote (ErrUnterminatedQuote,
// naming the line where the quote opened), a stray quote (ErrQuote), a row
// with the wrong number of fields (ErrFieldCount), a cell that is not a
// number (ErrNotNumber), "Inf" or "NaN" written as a value (ErrNonFinite,
// ErrNotNumber), a number beyond the float64 range such as 1e400
// (ErrOutOfRange), an empty file (ErrEmpty), a file with a header and no rows
// (ErrNoRows, reported by the caller through Reader.Rows), a duplicate or
// unknown column name (ErrDuplicateColumn, ErrMissingColumn), a decimal mark
// that disagrees with the file's or a decimal comma in a comma-separated
// file (ErrDecimal), old Macintosh line ends, a carriage return alone
// (ErrLineEnding).
//
// Numbers are parsed by a byte scanner with Clinger's exact fast path (a
// decimal mantissa below 2^53 times an exact power of ten up to 1e22, one
// correctly rounded operation; W. D. Clinger, "How to read floating point
// numbers accurately", PLDI 1990), then the Eisel-Lemire algorithm for
// mantissas of up to 19 digits (D. Lemire, "Number parsing at a gigabyte per
// second", Software: Practice and Experience 51(8), 2021, as in Go's
// strconv); whatever neither can decide is handed to strconv.ParseFloat, so
// every value is the correctly rounded float64, the same value
// strconv.ParseFloat returns (tested bit for bit, and fuzzed). Only the plain decimal grammar
// [+-]digits[.digits][(e|E)[+-]digits] is accepted (no hexadecimal floats, no
// digit separators, no thousands marks). Spaces around a cell are ignored.
//
// Reader.ReadPairs reads two numeric columns on every core: the input (a
// file or a pipe) is cut into chunks after line ends outside quotes, the
// chunks are parsed in parallel, and the results are taken in file order,
// with the same values bit for bit, the same counts and the same first
// error as the sequential loop of Next and Float (see its documentation
// for how a chunk that may differ hands over to the sequential code). Its
// rows take a fast path: one 8-byte-at-a-time pass for the line end, the
// separators, quotes and non-ASCII bytes, and parsePlain for numbers of
// the form [-]digits[.digits] with at most 15 digits (Clinger's exact
// path: an integer below 2^53 divided by an exact power of ten).
package csvin
