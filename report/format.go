package report

import "github.com/pairedt/pairedt/internal/i18n"

// Number formatting: a thin wrapper over the module's report number format
// (i18n.NumberFormat: CLDR digits and separators from golang.org/x/text,
// the true minus sign, no "-0.00", APA's dropped leading zero, the p-value
// rules), under the short names the renderer uses.

// numberFormat formats numbers for one locale.
type numberFormat struct{ i18n.NumberFormat }

func newNumberFormat(l Lang) numberFormat { return numberFormat{l.NumberFormat()} }

// pDecimals is the number of decimals of p-values: always in the tables,
// and in the text unless more are needed to show on which side of alpha p
// lies (renderer.pAlpha).
const pDecimals = i18n.PDecimals

func (f numberFormat) num(x float64, dec int) string      { return f.Num(x, dec) }
func (f numberFormat) integer(n int) string               { return f.Integer(n) }
func (f numberFormat) auto(x float64, dec int) string     { return f.Auto(x, dec) }
func (f numberFormat) bounded(x float64, dec int) string  { return f.Bounded(x, dec) }
func (f numberFormat) pValue(p float64) (rel, val string) { return f.PValue(p) }
func (f numberFormat) pCell(p float64) string             { return f.PCell(p) }
func (f numberFormat) percent(x float64, dec int) string  { return f.Percent(x, dec) }
func (f numberFormat) level(cl float64) string            { return f.Level(cl) }
func (f numberFormat) sep() string                        { return f.Sep() }
func (f numberFormat) interval(lo, hi float64, dec int) string {
	return f.Interval(lo, hi, dec)
}
