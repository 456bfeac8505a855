package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/dataset"
	"github.com/pairedt/pairedt/internal/csvin"
)

// rows is what the commands read a data file through: a CSV file
// (*csvin.Reader, streamed) or an SPSS or Excel file read by package
// dataset (*tableRows).
type rows interface {
	Column(name string) (int, error)
	Next() bool
	Err() error
	Rows() int
	Line() int
	String(i int) string
	IsMissing(i int) bool
	Float(i int) (float64, error)
	Errorf(i int, err error, detail string) *csvin.Error
}

// tableRows walks the cases of a dataset.Table as rows. Errors name the
// file, the case (SPSS's word for a row: case 1 is the first after the
// header of a workbook) and the variable.
type tableRows struct {
	t   *dataset.Table
	row int // 0-based current case; -1 before the first
}

func newTableRows(t *dataset.Table) *tableRows { return &tableRows{t: t, row: -1} }

func (r *tableRows) Column(name string) (int, error) {
	c, err := r.t.Column(strings.TrimSpace(name))
	if err != nil {
		names := make([]string, len(r.t.Columns))
		for i, c := range r.t.Columns {
			names[i] = csvin.Quote(c.Name)
		}
		detail := "the file has " + strings.Join(names, ", ")
		if len(detail) > 300 {
			detail = detail[:300] + "..."
		}
		return 0, &csvin.Error{File: r.t.File, Column: name, Err: csvin.ErrMissingColumn, Detail: detail}
	}
	for i := range r.t.Columns {
		if r.t.Columns[i] == c {
			return i, nil
		}
	}
	return 0, &csvin.Error{File: r.t.File, Column: name, Err: csvin.ErrMissingColumn}
}

func (r *tableRows) Next() bool {
	if r.row+1 >= r.t.Rows {
		return false
	}
	r.row++
	return true
}

func (r *tableRows) Err() error { return nil }
func (r *tableRows) Rows() int  { return r.row + 1 }

// Line is the 1-based case number.
func (r *tableRows) Line() int { return r.row + 1 }

// String is the text of a string value, or the shortest decimal form of a
// number ("" when system-missing).
func (r *tableRows) String(i int) string {
	c := r.t.Columns[i]
	if c.Kind == dataset.String {
		return strings.TrimSpace(c.Strings[r.row])
	}
	v := c.Stored[r.row]
	if math.IsNaN(v) {
		return ""
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// IsMissing: user-missing (declared missing codes, xlsx markers such as NA)
// and system-missing values are missing.
func (r *tableRows) IsMissing(i int) bool {
	return r.t.Columns[i].Status[r.row] != dataset.Valid
}

// Float returns a numeric value, NaN when missing; a string variable's
// text must be a number.
func (r *tableRows) Float(i int) (float64, error) {
	c := r.t.Columns[i]
	if c.Status[r.row] != dataset.Valid {
		return math.NaN(), nil
	}
	if c.Kind == dataset.Numeric {
		return c.Numbers[r.row], nil
	}
	v, err := parseNumber(c.Strings[r.row])
	if err != nil {
		return 0, r.Errorf(i, csvin.ErrNotNumber, "a text variable")
	}
	return v, nil
}

// Errorf formats as FILE: case N, column "NAME" (field I): found "X": ERR.
func (r *tableRows) Errorf(i int, err error, detail string) *csvin.Error {
	where := r.t.File + ": case " + strconv.Itoa(r.row+1)
	if r.t.Sheet != "" {
		where = fmt.Sprintf("%s: sheet %q, case %d", r.t.File, r.t.Sheet, r.row+1)
	}
	return &csvin.Error{File: where, Column: r.t.Columns[i].Name, Index: i + 1,
		Found: csvin.Quote(r.String(i)), Err: err, Detail: detail}
}

// variable returns variable i of an SPSS or Excel input (its labels and
// missing values), nil for a CSV file.
func (in *input) variable(i int) *dataset.Variable {
	if in.vars == nil || i < 0 || i >= len(in.vars) {
		return nil
	}
	return &in.vars[i]
}

// savRows streams the cases of an SPSS file (test without --all: memory
// does not grow with the number of cases).
type savRows struct {
	s    *dataset.SAVReader
	name string
	vars []dataset.Variable
	row  int
}

func (f *inputFlags) openSAV(r io.Reader, name string) (*savRows, error) {
	if err := f.tableFlags(name, dataset.FormatSAV); err != nil {
		return nil, err
	}
	s, err := dataset.NewSAVReader(r, name)
	if err != nil {
		return nil, err
	}
	return &savRows{s: s, name: name, vars: s.Variables()}, nil
}

func (r *savRows) Column(name string) (int, error) {
	want := strings.TrimSpace(name)
	idx, n := -1, 0
	for i, v := range r.vars {
		if v.Name == want {
			return i, nil
		}
		if strings.EqualFold(v.Name, want) {
			idx, n = i, n+1
		}
	}
	if n == 1 {
		return idx, nil
	}
	names := make([]string, len(r.vars))
	for i, v := range r.vars {
		names[i] = csvin.Quote(v.Name)
	}
	detail := "the file has " + strings.Join(names, ", ")
	if len(detail) > 300 {
		detail = detail[:300] + "..."
	}
	return 0, &csvin.Error{File: r.name, Column: name, Err: csvin.ErrMissingColumn, Detail: detail}
}

func (r *savRows) Next() bool {
	if !r.s.Next() {
		return false
	}
	r.row++
	return true
}

func (r *savRows) Err() error { return r.s.Err() }
func (r *savRows) Rows() int  { return r.row }
func (r *savRows) Line() int  { return r.row }

func (r *savRows) String(i int) string {
	v := r.s.Case()[i]
	if r.vars[i].Kind == dataset.String {
		return strings.TrimSpace(v.Text)
	}
	if math.IsNaN(v.Stored) {
		return ""
	}
	return strconv.FormatFloat(v.Stored, 'g', -1, 64)
}

func (r *savRows) IsMissing(i int) bool { return r.s.Case()[i].Status != dataset.Valid }

func (r *savRows) Float(i int) (float64, error) {
	v := r.s.Case()[i]
	if v.Status != dataset.Valid {
		return math.NaN(), nil
	}
	if r.vars[i].Kind == dataset.Numeric {
		return v.Number, nil
	}
	x, err := parseNumber(v.Text)
	if err != nil {
		return 0, r.Errorf(i, csvin.ErrNotNumber, "a text variable")
	}
	return x, nil
}

func (r *savRows) Errorf(i int, err error, detail string) *csvin.Error {
	return &csvin.Error{File: r.name + ": case " + strconv.Itoa(r.row), Column: r.vars[i].Name, Index: i + 1,
		Found: csvin.Quote(r.String(i)), Err: err, Detail: detail}
}

// errFormatFlag: a flag that applies to one input format was given for
// another.
var errFormatFlag = errors.New("flag does not apply to this file format")
