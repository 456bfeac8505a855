package load

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/pairedt/pairedt/dataset"
	"github.com/pairedt/pairedt/internal/csvin"
)

// ErrFormat: a Spec field that applies to one file format was given for
// another (Sep for an SPSS file, Sheet for a CSV file).
var ErrFormat = errors.New("option does not apply to this file format")

// Source is an opened data file: its rows, and for SPSS and Excel files its
// variables (labels, value labels, missing values).
type Source struct {
	Name   string
	Format dataset.Format // FormatUnknown for CSV
	Rows   Rows
	Vars   []dataset.Variable // nil for CSV
	// Notes are remarks for the reader gathered while reading (rows
	// filtered, subjects dropped, numbers below the float64 range).
	Notes []Note
}

// Variable returns variable i of an SPSS or Excel file, nil for a CSV file
// or an index out of range.
func (s *Source) Variable(i int) *dataset.Variable {
	if s.Vars == nil || i < 0 || i >= len(s.Vars) {
		return nil
	}
	return &s.Vars[i]
}

// Open reads the header of r, named name in messages, with the cell rules
// of s (Sep, Decimal, Missing, Sheet). A CSV file is streamed; an SPSS file
// is streamed when stream is set and read whole otherwise; an Excel
// workbook is read whole.
func Open(r io.Reader, name string, s Spec, stream bool) (*Source, error) {
	br, ok := r.(*bufio.Reader)
	if !ok || br.Size() < 64 {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	prefix, _ := br.Peek(64)
	format := dataset.Detect(prefix)
	if format == dataset.FormatUnknown {
		if s.Sheet != "" {
			return nil, specErrorf("%w: %s selects a sheet of an .xlsx workbook; %s is read as CSV", ErrFormat, s.key("sheet"), name)
		}
		if s.Sep == ',' && s.Decimal == ',' {
			return nil, specErrorf("%s , needs a ';' or tab separator (a ',' separator leaves '.' as the decimal mark)", s.key("decimal"))
		}
		rd, err := csvin.NewReader(br, csvin.Options{Name: name, Sep: s.Sep, Decimal: s.Decimal, Missing: s.Missing})
		if err != nil {
			return nil, err
		}
		return &Source{Name: name, Rows: rd}, nil
	}
	if err := s.tableOptions(name, format); err != nil {
		return nil, err
	}
	if stream && format != dataset.FormatXLSX {
		sr, err := dataset.NewSAVReader(br, name)
		if err != nil {
			return nil, err
		}
		vars := sr.Variables()
		return &Source{Name: name, Format: format, Rows: &savRows{s: sr, name: name, vars: vars}, Vars: vars}, nil
	}
	data, err := io.ReadAll(br)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	t, err := dataset.Read(bytes.NewReader(data), name, dataset.Options{Sheet: s.Sheet, Missing: s.Missing})
	if err != nil {
		return nil, err
	}
	if t.Rows == 0 {
		return nil, &csvin.Error{File: name, Err: csvin.ErrNoRows}
	}
	vars := make([]dataset.Variable, len(t.Columns))
	for i, c := range t.Columns {
		vars[i] = c.Variable
	}
	return &Source{Name: name, Format: format, Rows: newTableRows(t), Vars: vars}, nil
}

// tableOptions refuses the options that do not apply to an SPSS or Excel
// file.
func (s *Spec) tableOptions(name string, format dataset.Format) error {
	for _, o := range []struct {
		key string
		set bool
	}{{"sep", s.Sep != 0}, {"decimal", s.Decimal != 0}} {
		if o.set {
			return specErrorf("%w: %s applies to CSV input; %s is %s", ErrFormat, s.key(o.key), name, FormatName(format))
		}
	}
	if s.Sheet != "" && format != dataset.FormatXLSX {
		return specErrorf("%w: %s applies to .xlsx workbooks; %s is %s", ErrFormat, s.key("sheet"), name, FormatName(format))
	}
	if s.Missing != nil && format != dataset.FormatXLSX {
		return specErrorf("%w: %s applies to CSV and .xlsx input; %s is %s, which declares its own missing values", ErrFormat, s.key("missing"), name, FormatName(format))
	}
	return nil
}

// FormatName names a format for messages: "an SPSS system file", "an Excel
// workbook", "CSV".
func FormatName(f dataset.Format) string {
	switch f {
	case dataset.FormatSAV, dataset.FormatZSAV:
		return "an SPSS system file"
	case dataset.FormatXLSX:
		return "an Excel workbook"
	}
	return "CSV"
}
