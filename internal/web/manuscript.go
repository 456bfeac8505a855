package web

import (
	"strings"

	"github.com/pairedt/pairedt/report"
)

// manuscript is the manuscript template of res for pairedt knit
// (report.ManuscriptTemplate): the front matter holds this analysis's
// settings, its data file under data/ (where the zip stores it), and a
// Results skeleton of references and blocks.
func manuscript(res *result, dataName string) []byte {
	sp, o, _ := res.set.spec()
	levels := sp.Levels
	if len(levels) == 0 && res.data.Study.Levels != nil {
		levels = res.data.Study.Levels // an SPSS file's value labels
	}
	if sp.Time == "" {
		sp.ID = "" // knit's header reads id: as long format; in wide format it only checks the ids
	}
	a := report.AnalysisSpec{Name: "main", Data: "data/" + dataName,
		Before: sp.Before, After: sp.After, ID: sp.ID, Time: sp.Time, Value: sp.Value,
		Levels: levels, Codes: sp.Codes, Missing: sp.Missing, Where: sp.Where, Sheet: sp.Sheet,
		Direction: o.Direction, Alternative: o.Alternative, Alpha: res.alpha,
		Variable: res.set.Variable, BeforeLabel: res.set.BeforeLabel, AfterLabel: res.set.AfterLabel}
	return report.ManuscriptTemplate(report.Header{Title: strings.Join(strings.Fields(res.set.Title), " "), Lang: res.lang, Analyses: []report.AnalysisSpec{a}})
}
