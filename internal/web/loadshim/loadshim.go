// Package loadshim is a stand-in for internal/load (CSV only) with the same
// API, used by internal/web until internal/load lands on main; then the
// import is switched and this package deleted.
package loadshim

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/pairedt/pairedt/internal/csvin"
	"github.com/pairedt/pairedt/pairedt"
)

// Spec is load.Spec.
type Spec struct {
	Before, After   string
	ID, Time, Value string
	Levels, Codes   []string
	Scores          []float64
	Categorical     bool
	Missing         []string
	Where           string
	Sheet           string
	Sep             byte
	Decimal         byte
}

// Data is load.Data.
type Data struct {
	Name                              string
	Study                             *pairedt.Study
	Variable, BeforeLabel, AfterLabel string
	Notes                             []string
}

// Preview is load.Preview.
type Preview struct {
	Format  string
	Columns []string
	Labels  []string
	Rows    [][]string
	Sheets  []string
}

// ErrSpec is load.ErrSpec.
var ErrSpec = errors.New("load: bad spec")

func open(r io.Reader, name string, s Spec) (*csvin.Reader, error) {
	return csvin.NewReader(r, csvin.Options{Name: name, Sep: s.Sep, Decimal: s.Decimal, Missing: s.Missing})
}

// ReadPreview is load.ReadPreview.
func ReadPreview(r io.Reader, name string, s Spec, n int) (*Preview, error) {
	cr, err := open(r, name, s)
	if err != nil {
		return nil, err
	}
	p := &Preview{Format: "CSV", Columns: slices.Clone(cr.Header())}
	p.Labels = make([]string, len(p.Columns))
	for len(p.Rows) < n && cr.Next() {
		row := make([]string, len(p.Columns))
		for i := range row {
			row[i] = cr.String(i)
		}
		p.Rows = append(p.Rows, row)
	}
	return p, cr.Err()
}

// Analyze is load.Analyze (CSV only).
func Analyze(r io.Reader, name string, s Spec, o pairedt.StudyOptions) (*Data, error) {
	cr, err := open(r, name, s)
	if err != nil {
		return nil, err
	}
	long := s.ID != "" && s.Time != "" && s.Value != ""
	col := func(c string) (int, error) { return cr.Column(c) }
	var bi, ai, ti, vi, ii, wi = -1, -1, -1, -1, -1, -1
	var wval string
	if s.Where != "" {
		c, v, ok := strings.Cut(s.Where, "=")
		if !ok {
			return nil, fmt.Errorf("%w: where %q is not COL=VALUE", ErrSpec, s.Where)
		}
		if wi, err = col(c); err != nil {
			return nil, err
		}
		wval = v
	}
	if long {
		if ii, err = col(s.ID); err != nil {
			return nil, err
		}
		if ti, err = col(s.Time); err != nil {
			return nil, err
		}
		if vi, err = col(s.Value); err != nil {
			return nil, err
		}
	} else {
		if bi, err = col(s.Before); err != nil {
			return nil, err
		}
		if ai, err = col(s.After); err != nil {
			return nil, err
		}
		if bi == ai {
			return nil, fmt.Errorf("%w: before and after are the same column %q", ErrSpec, s.Before)
		}
	}
	var before, after []string
	type pair struct {
		b, a   string
		hb, ha bool
	}
	byID := map[string]*pair{}
	var order []string
	rows, kept := 0, 0
	for cr.Next() {
		rows++
		if wi >= 0 && cr.String(wi) != wval {
			continue
		}
		kept++
		if !long {
			before = append(before, cell(cr, bi))
			after = append(after, cell(cr, ai))
			continue
		}
		id, tm := cr.String(ii), cr.String(ti)
		p := byID[id]
		if p == nil {
			p = &pair{}
			byID[id] = p
			order = append(order, id)
		}
		switch tm {
		case s.Before:
			p.b, p.hb = cell(cr, vi), true
		case s.After:
			p.a, p.ha = cell(cr, vi), true
		}
	}
	if err := cr.Err(); err != nil {
		return nil, err
	}
	if rows == 0 {
		return nil, fmt.Errorf("%s: %w", name, csvin.ErrNoRows)
	}
	d := &Data{Name: name}
	if wi >= 0 {
		d.Notes = append(d.Notes, fmt.Sprintf("%d of %d rows have %s.", kept, rows, s.Where))
	}
	if long {
		drop := 0
		for _, id := range order {
			p := byID[id]
			if !p.hb || !p.ha {
				drop++
				continue
			}
			before, after = append(before, p.b), append(after, p.a)
		}
		if drop > 0 {
			d.Notes = append(d.Notes, fmt.Sprintf("%d subjects without both occasions dropped.", drop))
		}
	}
	if s.Categorical || len(s.Levels) > 0 {
		levels := s.Levels
		if len(s.Codes) > 0 {
			if len(s.Codes) != len(levels) {
				return nil, fmt.Errorf("%w: %d codes for %d levels", ErrSpec, len(s.Codes), len(levels))
			}
			for _, v := range [][]string{before, after} {
				for i, c := range v {
					if j := slices.Index(s.Codes, c); j >= 0 {
						v[i] = levels[j]
					}
				}
			}
		}
		if len(levels) == 0 {
			return nil, fmt.Errorf("%w: categories need their levels", ErrSpec)
		}
		o.Missing = []string{"", "NA", "."}
		st, err := pairedt.AnalyzeOrdinal(before, after, levels, s.Scores, o)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		d.Study = st
		return d, nil
	}
	x, y := make([]float64, len(before)), make([]float64, len(after))
	for i := range before {
		if x[i], err = num(before[i]); err != nil {
			return nil, fmt.Errorf("%s: row %d: %w", name, i+1, err)
		}
		if y[i], err = num(after[i]); err != nil {
			return nil, fmt.Errorf("%s: row %d: %w", name, i+1, err)
		}
	}
	st, err := pairedt.AnalyzePaired(x, y, o)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	d.Study = st
	return d, nil
}

func cell(cr *csvin.Reader, i int) string {
	if cr.IsMissing(i) {
		return ""
	}
	return cr.String(i)
}

func num(s string) (float64, error) {
	if s == "" {
		return math.NaN(), nil
	}
	var f float64
	if _, err := fmt.Sscan(strings.Replace(s, ",", ".", 1), &f); err != nil {
		return 0, fmt.Errorf("%w: %q", csvin.ErrNotNumber, s)
	}
	return f, nil
}
