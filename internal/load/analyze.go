package load

import (
	"fmt"
	"io"
	"math"

	"github.com/pairedt/pairedt/dataset"
	"github.com/pairedt/pairedt/pairedt"
)

// Data is a loaded analysis.
type Data struct {
	Name  string         // the name given to Analyze
	Study *pairedt.Study // every test, or an Undefined with its reason
	// Variable, BeforeLabel and AfterLabel come from the file's variable
	// labels (SPSS, see Labels); "" when it has none.
	Variable, BeforeLabel, AfterLabel string
	Notes                             []Note
	Source                            *Source
	Plan                              *Plan
}

// Ordinal reports whether s, on the columns p resolves to in src, reads
// ordered categories: Levels or Categorical are set, or the columns have
// value labels.
func (s *Spec) Ordinal(src *Source, p *Plan) bool {
	return s.Levels != nil || s.Categorical || HasValueLabels(src, p)
}

// Analyze reads r, named name in messages, and runs pairedt.AnalyzePaired
// on the pairs, or pairedt.AnalyzeOrdinal on the categories when s says
// the outcome is ordinal, with o.
func Analyze(r io.Reader, name string, s Spec, o pairedt.StudyOptions) (*Data, error) {
	src, err := Open(r, name, s, false)
	if err != nil {
		return nil, err
	}
	p, err := Resolve(src, &s)
	if err != nil {
		return nil, err
	}
	d := &Data{Name: name, Source: src, Plan: p}
	if s.Ordinal(src, p) {
		c, err := ReadCategories(src, p, &s)
		if err != nil {
			return nil, err
		}
		if d.Study, err = pairedt.AnalyzeOrdinal(c.Before, c.After, c.Levels, c.Scores, o); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	} else {
		var x, y []float64
		err := ReadPairs(src, p, src.Rows.Float, func(u, v float64) {
			x, y = append(x, u), append(y, v)
		})
		if err != nil {
			return nil, err
		}
		if d.Study, err = pairedt.AnalyzePaired(x, y, o); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	d.Variable, d.BeforeLabel, d.AfterLabel = Labels(src, p)
	d.Notes = src.Notes
	return d, nil
}

// Labels names the outcome of an SPSS or Excel file by its variable
// labels: the label of the long format's Value column, or the label both
// wide columns share as variable, or else each wide column's display name
// as the label of its occasion. All are "" for a CSV file.
func Labels(src *Source, p *Plan) (variable, before, after string) {
	if src.Vars == nil {
		return "", "", ""
	}
	if p.Layout == Long {
		if c := src.Variable(p.Value); c != nil {
			variable = c.Label
		}
		return variable, "", ""
	}
	b, a := src.Variable(p.Before), src.Variable(p.After)
	if b == nil || a == nil {
		return "", "", ""
	}
	switch {
	case b.Label != "" && b.Label == a.Label:
		return b.Label, "", ""
	case b.Label != "" || a.Label != "":
		return "", b.DisplayName(), a.DisplayName()
	}
	return "", "", ""
}

// Preview is the start of a data file, for a column picker.
type Preview struct {
	Format  string     // "CSV", "an SPSS system file", "an Excel workbook"
	Columns []string   // names in file order
	Labels  []string   // variable labels ("" where none), one per column
	Rows    [][]string // the first rows, cells as text (value labels as the label)
	// Levels holds, per column, the value labels' levels of an SPSS
	// variable (nil where none).
	Levels [][]string
}

// ReadPreview reads the header and the first n rows of r as text, with the
// cell rules of s (Sep, Decimal, Missing, Sheet).
func ReadPreview(r io.Reader, name string, s Spec, n int) (*Preview, error) {
	src, err := Open(r, name, s, false)
	if err != nil {
		return nil, err
	}
	pv := &Preview{Format: FormatName(src.Format)}
	if src.Vars != nil {
		for _, v := range src.Vars {
			pv.Columns = append(pv.Columns, v.Name)
			pv.Labels = append(pv.Labels, v.Label)
			var lv []string
			for _, l := range v.Levels() {
				lv = append(lv, l.Label)
			}
			pv.Levels = append(pv.Levels, lv)
		}
	} else if h, ok := src.Rows.(interface{ Header() []string }); ok {
		pv.Columns = h.Header()
		pv.Labels = make([]string, len(pv.Columns))
		pv.Levels = make([][]string, len(pv.Columns))
	}
	for len(pv.Rows) < n && src.Rows.Next() {
		row := make([]string, len(pv.Columns))
		for i := range row {
			row[i] = src.Rows.String(i)
			if c := src.Variable(i); c != nil && c.Kind == dataset.Numeric {
				if v, err := src.Rows.Float(i); err == nil && !math.IsNaN(v) {
					if l, ok := c.LabelOf(v); ok {
						row[i] = l
					}
				}
			}
		}
		pv.Rows = append(pv.Rows, row)
	}
	if err := src.Rows.Err(); err != nil {
		return nil, err
	}
	return pv, nil
}
