package load

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/dataset"
	"github.com/pairedt/pairedt/internal/csvin"
)

// Rows is what a data file is read through: a CSV file (*csvin.Reader,
// streamed), an SPSS or Excel file read whole by package dataset, or an
// SPSS file streamed case by case.
type Rows interface {
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
			names[i] = c.Name
		}
		return 0, missingColumn(r.t.File, name, names)
	}
	for i := range r.t.Columns {
		if r.t.Columns[i] == c {
			return i, nil
		}
	}
	return 0, &csvin.Error{File: r.t.File, Column: name, Err: csvin.ErrMissingColumn}
}

// missingColumn is the error for a column name not in the file: it lists
// the file's columns.
func missingColumn(file, name string, names []string) *csvin.Error {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = csvin.Quote(n)
	}
	detail := "the file has " + strings.Join(q, ", ")
	if len(detail) > 300 {
		detail = detail[:300] + "..."
	}
	return &csvin.Error{File: file, Column: name, Err: csvin.ErrMissingColumn, Detail: detail}
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
	return formatStored(c.Stored[r.row])
}

func formatStored(v float64) string {
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
	v, err := ParseNumber(c.Strings[r.row])
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

// savRows streams the cases of an SPSS file (memory does not grow with the
// number of cases).
type savRows struct {
	s    *dataset.SAVReader
	name string
	vars []dataset.Variable
	row  int
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
		names[i] = v.Name
	}
	return 0, missingColumn(r.name, name, names)
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
	return formatStored(v.Stored)
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
	x, err := ParseNumber(v.Text)
	if err != nil {
		return 0, r.Errorf(i, csvin.ErrNotNumber, "a text variable")
	}
	return x, nil
}

func (r *savRows) Errorf(i int, err error, detail string) *csvin.Error {
	return &csvin.Error{File: r.name + ": case " + strconv.Itoa(r.row), Column: r.vars[i].Name, Index: i + 1,
		Found: csvin.Quote(r.String(i)), Err: err, Detail: detail}
}

// ParseNumber reads one finite number written with a decimal point or a
// decimal comma, with an ASCII or Unicode minus.
func ParseNumber(s string) (float64, error) {
	s = strings.TrimSpace(s)
	s = strings.Replace(s, "\u2212", "-", 1)
	s = strings.Replace(s, ",", ".", 1)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || strings.ContainsAny(s, "xX_pP") {
		return 0, fmt.Errorf("%q is not a finite number", s)
	}
	return v, nil
}
