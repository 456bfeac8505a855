package dataset

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// DefaultMissing are the text cells an xlsx reader takes as missing when
// Options.Missing is nil: R's "NA" and SPSS's ".", as internal/csvin reads
// them in CSV files. An empty cell is always missing.
var DefaultMissing = []string{"NA", "."}

// ReadXLSX reads one sheet of an xlsx workbook into a Table: the first row
// with any value is the header (column names), every later row with any
// value is a case.
//
//   - The sheet is Options.Sheet, a name (exact, else case-insensitive) or a
//     1-based index; when it is empty, the only sheet with data.
//   - Numbers are read as stored in the file (the shortest decimal the
//     writer chose), not as the cell's number format shows them; dates and
//     times are the serial numbers Excel stores.
//   - A formula cell gives its cached result; a formula saved without one
//     (openpyxl writes no results) is ErrNoCachedValue.
//   - Empty cells are SystemMissing; text cells equal to a missing marker
//     (Options.Missing, default DefaultMissing), after trimming spaces, are
//     UserMissing.
//   - A column is Numeric when every cell is a number or missing, else
//     String (numbers then appear as their stored text).
//   - A merged range that touches the header row is ErrMergedHeader; a
//     boolean, error (#DIV/0!) or ISO-date cell is ErrCellType; a blank or
//     duplicate column name is ErrHeader.
func ReadXLSX(r io.Reader, name string, o Options) (t *Table, err error) {
	name = fileName(name)
	defer func() {
		// excelize is a large parser of untrusted XML; a panic inside it
		// on a malformed workbook becomes an error, never a crash.
		if p := recover(); p != nil {
			t, err = nil, &Error{File: name, Err: ErrNotXLSX, Detail: fmt.Sprintf("malformed workbook (%v)", p)}
		}
	}()
	f, err := excelize.OpenReader(r, excelize.Options{RawCellValue: true, UnzipSizeLimit: 1 << 30, UnzipXMLSizeLimit: 256 << 20})
	if err != nil {
		return nil, &Error{File: name, Err: ErrNotXLSX, Detail: err.Error()}
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, &Error{File: name, Err: ErrNotXLSX, Detail: "the workbook has no sheets"}
	}
	sheet, rows, err := chooseSheet(f, name, sheets, o.Sheet)
	if err != nil {
		return nil, err
	}
	missing := o.Missing
	if missing == nil {
		missing = DefaultMissing
	}
	return readSheet(f, name, sheet, rows, missing)
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}

func hasData(rows [][]string) bool {
	for _, r := range rows {
		for _, c := range r {
			if c != "" {
				return true
			}
		}
	}
	return false
}

func chooseSheet(f *excelize.File, name string, sheets []string, want string) (string, [][]string, error) {
	get := func(s string) ([][]string, error) {
		rows, err := f.GetRows(s, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, &Error{File: name, Where: "sheet " + strconv.Quote(s), Err: ErrNotXLSX, Detail: err.Error()}
		}
		return rows, nil
	}
	if want != "" {
		pick := ""
		if slices.Contains(sheets, want) {
			pick = want
		} else {
			for _, s := range sheets {
				if strings.EqualFold(s, want) {
					pick = s
					break
				}
			}
		}
		if pick == "" {
			if i, err := strconv.Atoi(want); err == nil && i >= 1 && i <= len(sheets) {
				pick = sheets[i-1]
			}
		}
		if pick == "" {
			return "", nil, &Error{File: name, Err: ErrSheetNotFound,
				Detail: fmt.Sprintf("%q; sheets: %s", want, quoteList(sheets))}
		}
		rows, err := get(pick)
		return pick, rows, err
	}
	var withData []string
	var rows [][]string
	for _, s := range sheets {
		r, err := get(s)
		if err != nil {
			continue // a chart sheet or a part excelize cannot read has no data to offer
		}
		if hasData(r) {
			withData = append(withData, s)
			rows = r
		}
	}
	switch len(withData) {
	case 1:
		return withData[0], rows, nil
	case 0:
		return "", nil, &Error{File: name, Err: ErrSheetChoice, Detail: "no sheet has data; sheets: " + quoteList(sheets)}
	}
	return "", nil, &Error{File: name, Err: ErrSheetChoice,
		Detail: fmt.Sprintf("%d sheets have data, name one (by name or 1-based index); sheets with data: %s", len(withData), quoteList(withData))}
}

func columnName(col int) string {
	n, err := excelize.ColumnNumberToName(col)
	if err != nil {
		return strconv.Itoa(col)
	}
	return n
}

func cellName(col, row int) string {
	n, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return fmt.Sprintf("R%dC%d", row, col)
	}
	return n
}

func readSheet(f *excelize.File, name, sheet string, rows [][]string, missing []string) (*Table, error) {
	where := func(col, row int) string { return fmt.Sprintf("sheet %q cell %s", sheet, cellName(col, row)) }
	t := &Table{File: name, Format: FormatXLSX, Sheet: sheet, Encoding: "UTF-8"}
	hdr := -1
	for i, r := range rows {
		if hasData([][]string{r}) {
			hdr = i
			break
		}
	}
	if hdr < 0 {
		return nil, &Error{File: name, Where: fmt.Sprintf("sheet %q", sheet), Err: ErrHeader, Detail: "the sheet is empty"}
	}
	hrow := hdr + 1 // 1-based row number
	merges, err := f.GetMergeCells(sheet, true)
	if err != nil {
		return nil, &Error{File: name, Where: fmt.Sprintf("sheet %q", sheet), Err: ErrNotXLSX, Detail: err.Error()}
	}
	for _, m := range merges {
		_, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		_, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 == nil && err2 == nil && r1 <= hrow && hrow <= r2 {
			return nil, &Error{File: name, Where: fmt.Sprintf("sheet %q row %d", sheet, hrow), Err: ErrMergedHeader,
				Detail: fmt.Sprintf("cells %s:%s are merged; give every column its own name", m.GetStartAxis(), m.GetEndAxis())}
		}
	}
	header := rows[hdr]
	width := len(header)
	for width > 0 && strings.TrimSpace(header[width-1]) == "" {
		width--
	}
	seen := map[string]int{}
	for c := range width {
		n := strings.TrimSpace(header[c])
		if n == "" {
			return nil, &Error{File: name, Where: where(c+1, hrow), Err: ErrHeader, Detail: "blank column name"}
		}
		if p, ok := seen[n]; ok {
			return nil, &Error{File: name, Where: where(c+1, hrow), Err: ErrHeader,
				Detail: fmt.Sprintf("column name %q is also the name of column %s", n, columnName(p+1))}
		}
		seen[n] = c
		t.Columns = append(t.Columns, &Column{Variable: Variable{Name: n}})
	}
	type cell struct {
		text   string
		num    float64
		isNum  bool
		status Status
	}
	cols := make([][]cell, width)
	for i := hdr + 1; i < len(rows); i++ {
		r, rowNum := rows[i], i+1
		if !hasData([][]string{r}) {
			// A row with no value at all is skipped, as internal/csvin
			// skips blank lines; a formula without a cached value in it
			// is still an error.
			for c := range r {
				if err := checkBlank(f, name, sheet, c+1, rowNum, where); err != nil {
					return nil, err
				}
			}
			continue
		}
		for c := range max(width, len(r)) {
			v := ""
			if c < len(r) {
				v = r[c]
			}
			if c >= width {
				if v != "" {
					return nil, &Error{File: name, Where: where(c+1, rowNum), Err: ErrHeader,
						Detail: fmt.Sprintf("the cell has a value (%q) but its column has no name in row %d", v, hrow)}
				}
				continue
			}
			ref := cellName(c+1, rowNum)
			if v == "" {
				if err := checkBlank(f, name, sheet, c+1, rowNum, where); err != nil {
					return nil, err
				}
				cols[c] = append(cols[c], cell{status: SystemMissing})
				continue
			}
			typ, err := f.GetCellType(sheet, ref)
			if err != nil {
				return nil, &Error{File: name, Where: where(c+1, rowNum), Err: ErrNotXLSX, Detail: err.Error()}
			}
			switch typ {
			case excelize.CellTypeUnset, excelize.CellTypeNumber:
				x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
					return nil, &Error{File: name, Where: where(c+1, rowNum), Err: ErrCellType, Detail: fmt.Sprintf("a number cell holds %q", v)}
				}
				cols[c] = append(cols[c], cell{text: v, num: x, isNum: true})
			case excelize.CellTypeSharedString, excelize.CellTypeInlineString, excelize.CellTypeFormula:
				st := Valid
				if slices.Contains(missing, strings.TrimSpace(v)) {
					st = UserMissing
				}
				cols[c] = append(cols[c], cell{text: v, status: st})
			default:
				kind := map[excelize.CellType]string{excelize.CellTypeBool: "a boolean", excelize.CellTypeError: "an error value", excelize.CellTypeDate: "an ISO 8601 date"}[typ]
				if kind == "" {
					kind = "an unknown cell type"
				}
				return nil, &Error{File: name, Where: where(c+1, rowNum), Err: ErrCellType, Detail: fmt.Sprintf("%s (%s)", kind, v)}
			}
		}
		t.Rows++
	}
	for c, col := range t.Columns {
		numeric := true
		for _, x := range cols[c] {
			if !x.isNum && x.status == Valid {
				numeric = false
				break
			}
		}
		if !numeric {
			col.Kind = String
		}
		for _, x := range cols[c] {
			v := Value{Number: nan, Stored: nan, Text: x.text, Status: x.status}
			if x.isNum {
				v.Number, v.Stored = x.num, x.num
			}
			col.add(v)
		}
	}
	return t, nil
}

// checkBlank reports a formula cell that has no cached value. A formula
// whose result is the empty string (t="str") is a blank cell.
func checkBlank(f *excelize.File, name, sheet string, col, row int, where func(int, int) string) error {
	ref := cellName(col, row)
	formula, err := f.GetCellFormula(sheet, ref)
	if err != nil || formula == "" {
		return nil
	}
	if typ, err := f.GetCellType(sheet, ref); err == nil && typ == excelize.CellTypeFormula {
		return nil
	}
	return &Error{File: name, Where: where(col, row), Err: ErrNoCachedValue,
		Detail: fmt.Sprintf("=%s has no stored result; open and save the workbook in Excel or LibreOffice to calculate it", formula)}
}
