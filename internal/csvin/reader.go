package csvin

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// DefaultMaxLine is the longest line (in bytes) a Reader accepts unless
// Options.MaxLine says otherwise: 1 MiB, far beyond any spreadsheet row and
// small enough that a file without line breaks fails fast.
const DefaultMaxLine = 1 << 20

// DefaultMissing are the cell values read as missing when Options.Missing is
// nil: the empty cell, R's "NA" and SPSS's/Stata's ".".
var DefaultMissing = []string{"", "NA", "."}

// Options configures a Reader. The zero value detects the separator and the
// decimal mark and uses DefaultMissing and DefaultMaxLine.
type Options struct {
	// Name is the file name used in error messages ("stdin" if empty).
	Name string
	// Sep is the field separator: ',', ';' or '\t'; 0 detects it from the
	// header line.
	Sep byte
	// Decimal is the decimal mark: '.' or ','; 0 detects it (see the
	// package documentation).
	Decimal byte
	// Missing lists the cell values (after trimming spaces) that mean
	// "missing"; nil means DefaultMissing. An empty non-nil slice means no
	// value is missing.
	Missing []string
	// MaxLine is the longest accepted line in bytes; 0 means DefaultMaxLine.
	MaxLine int
}

// Reader streams the records of a CSV file. Create it with NewReader, which
// reads the header; then call Next until it returns false and check Err.
// The field slices it returns are valid until the next call to Next.
type Reader struct {
	br      *bufio.Reader
	name    string
	sep     byte
	dec     byte // 0 while undecided
	decLine int
	decText string
	maxLine int

	missing    [][]byte
	maxMissing int

	header []string
	fields [][]byte
	offs   []int  // field boundaries for the quoted path
	rec    []byte // record buffer for the quoted path
	long   []byte // line buffer for lines longer than the bufio buffer

	// In-memory mode (a chunk of ReadPairs): lines are sliced from src,
	// from pos on, instead of read through br.
	mem bool
	src []byte
	pos int

	line    int // physical line number of the last line read
	recLine int // line on which the current record starts
	rows    int
	err     error
	done    bool

	underflows     int    // numbers read as 0 by underflow (1e-400)
	firstUnderflow *Error // the first of them
}

// NewReader reads the header of the CSV stream r and returns a Reader
// positioned before the first data row.
func NewReader(r io.Reader, o Options) (*Reader, error) {
	rd := &Reader{
		br:      bufio.NewReaderSize(r, 256<<10),
		name:    o.Name,
		sep:     o.Sep,
		dec:     o.Decimal,
		maxLine: o.MaxLine,
	}
	if rd.name == "" {
		rd.name = "stdin"
	}
	if rd.maxLine <= 0 {
		rd.maxLine = DefaultMaxLine
	}
	switch rd.sep {
	case 0, ',', ';', '\t':
	default:
		return nil, fmt.Errorf("csvin: separator %q: want ',', ';' or tab", rd.sep)
	}
	switch rd.dec {
	case 0, '.', ',':
	default:
		return nil, fmt.Errorf("csvin: decimal mark %q: want '.' or ','", rd.dec)
	}
	if rd.sep == ',' && rd.dec == ',' {
		return nil, fmt.Errorf("csvin: decimal comma needs a ';' or tab separator")
	}
	miss := o.Missing
	if miss == nil {
		miss = DefaultMissing
	}
	for _, m := range miss {
		m = strings.Trim(m, " ")
		rd.missing = append(rd.missing, []byte(m))
		rd.maxMissing = max(rd.maxMissing, len(m))
	}

	// Byte order marks.
	if b, _ := rd.br.Peek(3); len(b) >= 2 {
		switch {
		case len(b) == 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
			_, _ = rd.br.Discard(3)
		case b[0] == 0xFF && b[1] == 0xFE, b[0] == 0xFE && b[1] == 0xFF:
			return nil, &Error{File: rd.name, Line: 1, Err: ErrUTF16,
				Detail: "save the spreadsheet as \"CSV UTF-8\""}
		}
	}
	ok, err := rd.readRecord(true)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &Error{File: rd.name, Err: ErrEmpty}
	}
	rd.header = make([]string, len(rd.fields))
	for i, f := range rd.fields {
		rd.header[i] = string(f)
	}
	return rd, nil
}

// Name returns the file name used in error messages.
func (r *Reader) Name() string { return r.name }

// Header returns the column names as written in the header row.
func (r *Reader) Header() []string { return r.header }

// Sep returns the field separator in use.
func (r *Reader) Sep() byte { return r.sep }

// Decimal returns the decimal mark in use, 0 if not yet decided.
func (r *Reader) Decimal() byte { return r.dec }

// Column returns the 0-based index of the column called name (compared after
// trimming spaces on both sides). A missing name is an error wrapping
// ErrMissingColumn that lists the columns there are; a name that appears
// twice wraps ErrDuplicateColumn.
func (r *Reader) Column(name string) (int, error) {
	want := strings.TrimSpace(name)
	idx := -1
	for i, h := range r.header {
		if strings.TrimSpace(h) == want {
			if idx >= 0 {
				return 0, &Error{File: r.name, Line: 1, Column: name, Index: i + 1, Err: ErrDuplicateColumn,
					Detail: fmt.Sprintf("also field %d", idx+1)}
			}
			idx = i
		}
	}
	if idx < 0 {
		names := make([]string, len(r.header))
		for i, h := range r.header {
			names[i] = Quote(h)
		}
		detail := "the header has " + strings.Join(names, ", ")
		if len(detail) > 300 {
			detail = detail[:300] + "..."
		}
		return 0, &Error{File: r.name, Line: 1, Column: name, Err: ErrMissingColumn, Detail: detail}
	}
	return idx, nil
}

// Next advances to the next data row. It returns false at the end of the
// input or on an error; Err tells which.
func (r *Reader) Next() bool {
	if r.done {
		return false
	}
	ok, err := r.readRecord(false)
	if err != nil {
		r.err = err
		r.done = true
		return false
	}
	if !ok {
		r.done = true
		return false
	}
	r.rows++
	return true
}

// Err returns the error that stopped Next, nil at a clean end of input.
func (r *Reader) Err() error { return r.err }

// Rows returns the number of data rows read so far.
func (r *Reader) Rows() int { return r.rows }

// Line returns the line on which the current row starts.
func (r *Reader) Line() int { return r.recLine }

// Field returns the raw text of field i of the current row (quotes removed,
// doubled quotes undone). The slice is valid until the next call to Next.
func (r *Reader) Field(i int) []byte { return r.fields[i] }

// String returns field i of the current row with surrounding spaces trimmed.
func (r *Reader) String(i int) string { return string(trimSpace(r.fields[i])) }

// IsMissing reports whether field i of the current row is a missing marker.
func (r *Reader) IsMissing(i int) bool { return r.isMissing(trimSpace(r.fields[i])) }

// Errorf returns an *Error at field i of the current row wrapping err, with
// the field's text as Found. Callers use it for errors they detect in a
// field (an unknown category, a duplicate id).
func (r *Reader) Errorf(i int, err error, detail string) *Error {
	return &Error{File: r.name, Line: r.recLine, Column: r.header[i], Index: i + 1,
		Found: Quote(string(trimSpace(r.fields[i]))), Err: err, Detail: detail}
}

func (r *Reader) isMissing(f []byte) bool {
	if len(f) > r.maxMissing {
		return false
	}
	for _, m := range r.missing {
		if bytes.Equal(f, m) {
			return true
		}
	}
	return false
}

func trimSpace(f []byte) []byte {
	for len(f) > 0 && f[0] == ' ' {
		f = f[1:]
	}
	for len(f) > 0 && f[len(f)-1] == ' ' {
		f = f[:len(f)-1]
	}
	return f
}

// readLine returns the next physical line without its '\n' (and without one
// trailing '\r'). It returns io.EOF at the end of the input.
func (r *Reader) readLine() ([]byte, error) {
	if r.mem {
		return r.memLine()
	}
	line, err := r.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.long = append(r.long[:0], line...)
		for err == bufio.ErrBufferFull {
			if len(r.long) > r.maxLine {
				break
			}
			line, err = r.br.ReadSlice('\n')
			r.long = append(r.long, line...)
		}
		line = r.long
	}
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, err
	}
	if len(line) == 0 {
		return nil, io.EOF
	}
	r.line++
	if n := len(line); line[n-1] == '\n' {
		line = line[:n-1]
	}
	if len(line) > r.maxLine {
		return nil, &Error{File: r.name, Line: r.line, Found: Quote(string(line[:min(len(line), maxFound)])),
			Err: ErrLineTooLong, Detail: fmt.Sprintf("longer than %d bytes; is this a CSV file?", r.maxLine)}
	}
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	return line, nil
}

// memLine is readLine in in-memory mode: the same lines, the same errors.
func (r *Reader) memLine() ([]byte, error) {
	rest := r.src[r.pos:]
	if len(rest) == 0 {
		return nil, io.EOF
	}
	line := rest
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		line = rest[:i]
		r.pos += i + 1
	} else {
		r.pos = len(r.src)
	}
	r.line++
	if len(line) > r.maxLine {
		return nil, &Error{File: r.name, Line: r.line, Found: Quote(string(line[:min(len(line), maxFound)])),
			Err: ErrLineTooLong, Detail: fmt.Sprintf("longer than %d bytes; is this a CSV file?", r.maxLine)}
	}
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	return line, nil
}

// detectSep chooses the separator from the header line: the only one of
// ',', ';' and tab that occurs outside quotes.
func (r *Reader) detectSep(line []byte) error {
	var comma, semi, tab bool
	inQuote := false
	for _, c := range line {
		switch c {
		case '"':
			inQuote = !inQuote
		case ',':
			comma = comma || !inQuote
		case ';':
			semi = semi || !inQuote
		case '\t':
			tab = tab || !inQuote
		}
	}
	var seen []string
	if comma {
		r.sep = ','
		seen = append(seen, "','")
	}
	if semi {
		r.sep = ';'
		seen = append(seen, "';'")
	}
	if tab {
		r.sep = '\t'
		seen = append(seen, "tab")
	}
	if len(seen) > 1 {
		return &Error{File: r.name, Line: r.line, Found: Quote(string(line)), Err: ErrMixedSeparators,
			Detail: "the header has " + strings.Join(seen, " and ") + "; quote the names that contain one, or set the separator (--sep)"}
	}
	if len(seen) == 0 {
		r.sep = ','
	}
	if r.sep == ',' && r.dec == 0 {
		r.dec = '.'
	}
	return nil
}

// readRecord reads the next non-blank record into r.fields.
func (r *Reader) readRecord(header bool) (bool, error) {
	for {
		line, err := r.readLine()
		if err == io.EOF {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		r.recLine = r.line
		if len(line) == 0 {
			continue
		}
		if header {
			if bytes.IndexByte(line, '\r') >= 0 {
				return false, &Error{File: r.name, Line: r.line, Err: ErrLineEnding,
					Detail: "the file uses a carriage return alone to end lines; save it as \"CSV UTF-8\" or convert it with dos2unix -c mac"}
			}
			if r.sep == 0 {
				if err := r.detectSep(line); err != nil {
					return false, err
				}
				if r.sep == ',' && r.dec == ',' {
					return false, &Error{File: r.name, Line: r.line, Found: Quote(string(line)), Err: ErrDecimal,
						Detail: "the header is comma-separated, so the decimal mark is '.'; a decimal comma needs ';' or tab between fields"}
				}
			} else if r.sep == ',' && r.dec == 0 {
				r.dec = '.'
			}
		}
		// Fast path: split on the separator in one pass, noting quotes and
		// non-ASCII bytes.
		sep := r.sep
		r.fields = r.fields[:0]
		start := 0
		quoted, nonASCII := false, false
		for i, c := range line {
			if c == sep {
				r.fields = append(r.fields, line[start:i])
				start = i + 1
			} else if c == '"' {
				quoted = true
				break
			} else if c >= 0x80 {
				nonASCII = true
			}
		}
		if quoted {
			if err := r.parseQuoted(line); err != nil {
				return false, err
			}
			nonASCII = true // check every field below
		} else {
			r.fields = append(r.fields, line[start:])
		}
		if nonASCII {
			for i, f := range r.fields {
				if !utf8.Valid(f) {
					e := &Error{File: r.name, Line: r.recLine, Index: i + 1, Found: Quote(string(f)), Err: ErrInvalidUTF8,
						Detail: "save the spreadsheet as \"CSV UTF-8\""}
					if !header && i < len(r.header) {
						e.Column = r.header[i]
					}
					return false, e
				}
			}
		}
		if !header && len(r.fields) != len(r.header) {
			return false, &Error{File: r.name, Line: r.recLine, Err: ErrFieldCount,
				Detail: fmt.Sprintf("%d fields, the header has %d (separator %s)", len(r.fields), len(r.header), sepName(r.sep))}
		}
		return true, nil
	}
}

func sepName(c byte) string {
	if c == '\t' {
		return "tab"
	}
	return "'" + string(c) + "'"
}

// parseQuoted parses a record that contains a quote (RFC 4180), reading
// further lines while a quoted field is open.
func (r *Reader) parseQuoted(line []byte) error {
	r.rec = r.rec[:0]
	r.offs = r.offs[:0]
	sep := r.sep
	pos := 0
	for {
		// Start of a field.
		fieldStart := len(r.rec)
		if pos < len(line) && line[pos] == '"' {
			openLine := r.line
			pos++
			for {
				i := bytes.IndexByte(line[pos:], '"')
				if i < 0 {
					// Field continues on the next line.
					r.rec = append(r.rec, line[pos:]...)
					r.rec = append(r.rec, '\n')
					if len(r.rec) > r.maxLine {
						return &Error{File: r.name, Line: openLine, Index: len(r.offs) + 1,
							Column: r.colName(len(r.offs)), Err: ErrUnterminatedQuote,
							Detail: fmt.Sprintf("the quote opened on line %d is still open after %d bytes", openLine, len(r.rec))}
					}
					next, err := r.readLine()
					if err == io.EOF {
						return &Error{File: r.name, Line: openLine, Index: len(r.offs) + 1,
							Column: r.colName(len(r.offs)), Err: ErrUnterminatedQuote,
							Detail: fmt.Sprintf("the quote opened on line %d is never closed", openLine)}
					}
					if err != nil {
						return err
					}
					line, pos = next, 0
					continue
				}
				r.rec = append(r.rec, line[pos:pos+i]...)
				pos += i + 1
				if pos < len(line) && line[pos] == '"' {
					r.rec = append(r.rec, '"')
					pos++
					continue
				}
				break
			}
			// After the closing quote: separator or end of line.
			if pos < len(line) && line[pos] != sep {
				return &Error{File: r.name, Line: r.line, Index: len(r.offs) + 1, Column: r.colName(len(r.offs)),
					Found: Quote(string(r.rec[fieldStart:]) + `"` + string(line[pos:min(len(line), pos+10)])), Err: ErrQuote,
					Detail: "text after a closing quote; a quote inside a quoted field is written twice (\"\")"}
			}
		} else {
			i := bytes.IndexByte(line[pos:], sep)
			end := len(line)
			if i >= 0 {
				end = pos + i
			}
			if q := bytes.IndexByte(line[pos:end], '"'); q >= 0 {
				return &Error{File: r.name, Line: r.line, Index: len(r.offs) + 1, Column: r.colName(len(r.offs)),
					Found: Quote(string(line[pos:end])), Err: ErrQuote,
					Detail: "a quote inside a field needs the whole field quoted and the quote written twice (\"\")"}
			}
			r.rec = append(r.rec, line[pos:end]...)
			pos = end
		}
		r.offs = append(r.offs, len(r.rec))
		if pos >= len(line) {
			break
		}
		pos++ // skip the separator
		if pos == len(line) {
			// A trailing separator: one more, empty, field.
			r.offs = append(r.offs, len(r.rec))
			break
		}
	}
	r.fields = r.fields[:0]
	prev := 0
	for _, o := range r.offs {
		r.fields = append(r.fields, r.rec[prev:o:o])
		prev = o
	}
	return nil
}

func (r *Reader) colName(i int) string {
	if i < len(r.header) {
		return r.header[i]
	}
	return ""
}

// pow10 holds the powers of ten that are exact in float64.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// Float returns field i of the current row as a number: NaN for a missing
// marker, otherwise the correctly rounded float64 of the decimal text, or an
// *Error (ErrNotNumber, ErrNonFinite, ErrOutOfRange, ErrDecimal).
func (r *Reader) Float(i int) (float64, error) {
	f := r.fields[i]
	if len(f) > 0 && (f[0] == ' ' || f[len(f)-1] == ' ') {
		f = trimSpace(f)
	}
	if len(f) <= r.maxMissing && r.isMissing(f) {
		return math.NaN(), nil
	}
	v, ok, mark := parseFast(f)
	if ok && v == v && (mark == 0 || mark == r.dec) { // v != v: not exact, use strconv
		if v == 0 {
			r.checkUnderflow(i, f)
		}
		return v, nil
	}
	v, err := r.parseSlow(i, f, v, ok, mark)
	if v == 0 && err == nil {
		r.checkUnderflow(i, f)
	}
	return v, err
}

// checkUnderflow records f, read as 0, if its digits are not all zero: a
// number below the float64 range (1e-400), rounded to 0.
func (r *Reader) checkUnderflow(i int, f []byte) {
	for _, c := range f {
		if c == 'e' || c == 'E' {
			return
		}
		if c >= '1' && c <= '9' {
			if r.underflows++; r.firstUnderflow == nil {
				r.firstUnderflow = r.fieldError(i, f, ErrUnderflow, "below ±4.9e-324, the smallest float64")
			}
			return
		}
	}
}

// parseFast scans the plain decimal grammar. ok reports that f is
// well-formed and v is its exact value; mark is the decimal mark seen (0 if
// none). When f is well-formed but the fast path cannot guarantee a
// correctly rounded result, it returns ok = true and v = NaN.
func parseFast(f []byte) (v float64, ok bool, mark byte) {
	i := 0
	neg := false
	if i < len(f) && (f[i] == '+' || f[i] == '-') {
		neg = f[i] == '-'
		i++
	}
	var mant uint64
	nd, markAt := 0, -1
	for ; i < len(f); i++ {
		c := f[i]
		if d := c - '0'; d < 10 {
			mant = mant*10 + uint64(d) // may wrap when nd > 19: then strconv decides
			nd++
			continue
		}
		if (c == '.' || c == ',') && markAt < 0 {
			markAt = nd
			mark = c
			continue
		}
		break
	}
	if nd == 0 {
		return 0, false, mark
	}
	exp := 0
	if markAt >= 0 {
		exp = markAt - nd
	}
	if i < len(f) && (f[i] == 'e' || f[i] == 'E') {
		i++
		eneg := false
		if i < len(f) && (f[i] == '+' || f[i] == '-') {
			eneg = f[i] == '-'
			i++
		}
		ed, e := 0, 0
		for ; i < len(f) && f[i]-'0' < 10; i++ {
			if e < 100000 {
				e = e*10 + int(f[i]-'0')
			}
			ed++
		}
		if ed == 0 {
			return 0, false, mark
		}
		if eneg {
			e = -e
		}
		exp += e
	}
	if i != len(f) {
		return 0, false, mark
	}
	switch {
	case nd > 19:
		return math.NaN(), true, mark
	case mant == 0:
		v = 0
	case mant < 1<<53 && exp >= -22 && exp <= 22:
		// Clinger's fast path: both operands exact, one rounding.
		v = float64(mant)
		if exp < 0 {
			v /= pow10[-exp]
		} else {
			v *= pow10[exp]
		}
	default:
		// Eisel-Lemire on the exact 19-digit (or shorter) mantissa.
		if w, ok := eiselLemire64(mant, exp, neg); ok {
			return w, true, mark
		}
		return math.NaN(), true, mark
	}
	if neg {
		v = -v
	}
	return v, true, mark
}

func (r *Reader) fieldError(i int, f []byte, err error, detail string) *Error {
	return &Error{File: r.name, Line: r.recLine, Column: r.header[i], Index: i + 1,
		Found: Quote(string(f)), Err: err, Detail: detail}
}

// parseSlow handles what parseFast could not: decimal marks, the strconv
// fallback, and the errors.
func (r *Reader) parseSlow(i int, f []byte, v float64, ok bool, mark byte) (float64, error) {
	if !ok {
		return 0, r.notNumber(i, f)
	}
	if mark != 0 {
		if r.dec == 0 {
			r.dec = mark
			r.decLine = r.recLine
			r.decText = string(f)
		}
		if mark != r.dec {
			var detail string
			switch {
			case r.decLine > 0:
				detail = fmt.Sprintf("the file's decimal mark is %q, detected from %s on line %d; set --decimal if that was wrong",
					r.dec, Quote(r.decText), r.decLine)
			case r.sep == ',':
				detail = "with ',' separating fields the decimal mark is '.'"
			default:
				detail = fmt.Sprintf("the decimal mark was set to %q", r.dec)
			}
			return 0, r.fieldError(i, f, ErrDecimal, detail)
		}
	}
	if !math.IsNaN(v) {
		return v, nil
	}
	// strconv.ParseFloat on the same text with '.' as the mark; it does
	// not keep the string (its errors copy it).
	var buf [64]byte
	b := append(buf[:0], f...)
	if mark == ',' {
		if k := bytes.IndexByte(b, ','); k >= 0 {
			b[k] = '.'
		}
	}
	x, err := strconv.ParseFloat(unsafe.String(unsafe.SliceData(b), len(b)), 64)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) && math.IsInf(x, 0) {
			return 0, r.fieldError(i, f, ErrOutOfRange, "beyond ±1.8e308, the float64 range")
		}
		if !errors.Is(err, strconv.ErrRange) {
			return 0, r.fieldError(i, f, ErrNotNumber, err.Error())
		}
	}
	return x, nil
}

// Underflows returns the number of nonzero numbers that Float read as 0
// because they are below the float64 range (such as 1e-400), and the place
// of the first (an *Error wrapping ErrUnderflow), nil if none. Float does
// not fail on them; a caller should warn.
func (r *Reader) Underflows() (int, *Error) { return r.underflows, r.firstUnderflow }

func (r *Reader) notNumber(i int, f []byte) *Error {
	s := strings.ToLower(string(f))
	s = strings.TrimLeft(s, "+-")
	switch s {
	case "inf", "infinity", "∞":
		return r.fieldError(i, f, ErrNonFinite, "an infinite value cannot be analysed")
	case "nan":
		return r.fieldError(i, f, ErrNotNumber, "write a missing value as an empty cell or NA")
	}
	detail := "expected a number such as 12.5"
	if r.dec == ',' {
		detail = "expected a number such as 12,5"
	}
	if bytes.IndexByte(f, '.') >= 0 && bytes.IndexByte(f, ',') >= 0 {
		detail = "thousands separators are not supported; write 1234.5 (or 1234,5)"
	}
	if len(r.missing) > 0 {
		ms := make([]string, len(r.missing))
		for k, m := range r.missing {
			ms[k] = strconv.Quote(string(m))
		}
		detail += "; missing values are " + strings.Join(ms, ", ")
	}
	return r.fieldError(i, f, ErrNotNumber, detail)
}
