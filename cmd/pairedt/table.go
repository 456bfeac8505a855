package main

import (
	"errors"
	"fmt"
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

// column returns the dataset column i of in, nil for a CSV file.
func (in *input) column(i int) *dataset.Column {
	if in.table == nil || i < 0 {
		return nil
	}
	return in.table.Columns[i]
}

// errFormatFlag: a flag that applies to one input format was given for
// another.
var errFormatFlag = errors.New("flag does not apply to this file format")
