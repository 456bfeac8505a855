package web

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"strings"
	"time"

	savxlsx "github.com/pairedt/pairedt/dataset"
	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/internal/load"
	"github.com/pairedt/pairedt/report"
)

// chartDPI is the resolution of the PNG charts offered for download.
const chartDPI = 300

// columnsView is the columns page: the preview and the form.
type columnsView struct {
	ID, Name, Format string
	Columns          []string
	Labels           []string
	Rows             [][]string
	Shown            int
	Groups           []string // the group filters offered, COL=VALUE
	Excel            bool     // an xlsx workbook: the page offers its sheets
	Sheet            string
	Set              settings
	Guessed          bool
	Langs            []i18n.Lang
}

// reportView is the report page: the form again, the downloads and the
// report's frame.
type reportView struct {
	Columns *columnsView
	Query   template.URL // url.Values.Encode of the settings: already escaped
	Files   []download
	Charts  []chartFiles
	Notes   []string
}

// chartFiles are the files of one chart: its name and one link per format.
type chartFiles struct {
	Name  string
	Files []download // Label is the format, upper case
}

// download is one offered file.
type download struct{ Name, Label, Note string }

// result is one analysis of a data set with given settings.
type result struct {
	key   string
	doc   *report.Document
	data  *load.Data
	set   settings
	lang  report.Lang
	alpha float64
	files []report.File
}

func (s *Server) columnsOf(ds *dataset, set settings, guessed bool, w *i18n.WebWords) *columnsView {
	p := ds.preview
	n := min(previewRows, len(p.Rows))
	format := p.Format
	switch format {
	case load.FormatName(savxlsx.FormatSAV):
		format = w.FormatSPSS
	case load.FormatName(savxlsx.FormatXLSX):
		format = w.FormatExcel
	}
	if set.Sheet == "" {
		set.Sheet = ds.sheet
	}
	return &columnsView{ID: ds.id, Name: ds.name, Format: format, Columns: p.Columns, Labels: p.Labels,
		Rows: p.Rows[:n], Shown: n, Excel: p.Format == load.FormatName(savxlsx.FormatXLSX), Sheet: ds.sheet,
		Groups: ds.groups(set), Set: set, Guessed: guessed, Langs: []i18n.Lang{i18n.English, i18n.Indonesian}}
}

func (s *Server) columns(w http.ResponseWriter, r *http.Request, ss *session) {
	ds := ss.dataset(r.PathValue("id"))
	if ds == nil {
		s.fail(w, r, ss, http.StatusNotFound, func(ww *i18n.WebWords) string { return ww.ErrExpired })
		return
	}
	p := s.newPage(r, ss, "analyse")
	code := http.StatusOK
	ds.mu.Lock()
	if sheet, ok := r.URL.Query()["sheet"]; ok && (sheet[0] != ds.sheet || ds.sheetErr != nil) {
		if err := ds.readPreview(strings.TrimSpace(sheet[0])); err != nil {
			p.Error, code = readError(p.W, p.Lang, err), http.StatusUnprocessableEntity
		} else {
			ds.cached = nil
		}
	}
	if p.Error == "" && ds.sheetErr != nil {
		p.Error = readError(p.W, p.Lang, ds.sheetErr)
	}
	set, guessed := ds.guess()
	ds.mu.Unlock()
	if set.Lang == "" {
		set.Lang = string(p.Lang)
	}
	p.Columns = s.columnsOf(ds, set, guessed, p.W)
	s.render(w, code, "columns", p)
}

// analyse runs the analysis of ds under set (or returns the cached one).
func (s *Server) analyse(ds *dataset, set settings, pageLang i18n.Lang) (*result, error) {
	lang := set.reportLang(pageLang)
	set.Lang = string(lang)
	key := set.query()
	ds.mu.Lock()
	defer ds.mu.Unlock()
	if ds.cached != nil && ds.cached.key == key {
		return ds.cached, nil
	}
	sp, o, err := set.spec()
	if err != nil {
		return nil, err
	}
	alpha, err := set.alpha()
	if err != nil {
		return nil, err
	}
	data, err := load.Analyze(bytes.NewReader(ds.data), ds.name, sp, o)
	if err != nil {
		return nil, err
	}
	a := report.FromStudy(data.Study)
	a.Title = set.Title
	a.Variable = first(set.Variable, data.Variable)
	a.BeforeLabel = first(set.BeforeLabel, data.BeforeLabel)
	a.AfterLabel = first(set.AfterLabel, data.AfterLabel)
	a.Notes = load.Texts(data.Notes, lang)
	a.Provenance = report.Provenance{DataName: ds.name, DataSHA256: ds.sha, ModuleVersion: s.c.Version, Args: set.args(ds.name, sp)}
	ro := report.Options{Lang: lang, Alpha: alpha, BayesFactor: set.Bayes}
	doc, err := report.New(a, ro)
	if err != nil {
		return nil, err
	}
	files, err := doc.FilesFor(chartDPI, report.Formats()...)
	if err != nil {
		return nil, err
	}
	res := &result{key: key, doc: doc, data: data, set: set, lang: lang, alpha: alpha, files: files}
	ds.cached = res
	return res, nil
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// args is the pairedt report command line that makes the same report,
// printed in the provenance so that the analysis can be rerun without the
// app.
func (set settings) args(name string, sp load.Spec) []string {
	a := []string{"pairedt", "report", name}
	add := func(flag, v string) {
		if v != "" {
			a = append(a, flag, v)
		}
	}
	for _, kv := range columnKeys(sp) {
		add("--"+kv[0], kv[1])
	}
	if len(sp.Levels) > 0 {
		add("--levels", strings.Join(sp.Levels, ","))
		add("--codes", strings.Join(sp.Codes, ","))
	}
	add("--where", sp.Where)
	add("--sheet", sp.Sheet)
	if sp.Missing != nil {
		a = append(a, "--missing", strings.Join(sp.Missing, ","))
	}
	if set.Alt != "" && set.Alt != "two.sided" {
		add("--alternative", set.Alt)
	}
	if set.Alpha != "" && set.Alpha != "0.05" && set.Alpha != "0,05" {
		add("--alpha", set.Alpha)
	}
	if set.Direction == "after-before" {
		add("--direction", "after-before")
	}
	add("--variable", set.Variable)
	add("--before-label", set.BeforeLabel)
	add("--after-label", set.AfterLabel)
	if set.Bayes {
		a = append(a, "--bayes")
	}
	add("--lang", set.Lang)
	a = append(a, "--formats", "md,html,docx,tex", "--out", "DIR")
	return a
}

// columnKeys are the columns of sp as (key, value): the manuscript's keys,
// and the command line's flags with "--" before them.
func columnKeys(sp load.Spec) [][2]string {
	return [][2]string{{"before", sp.Before}, {"after", sp.After}, {"id", sp.ID}, {"time", sp.Time}, {"value", sp.Value}}
}

func (s *Server) report(w http.ResponseWriter, r *http.Request, ss *session) {
	ds := ss.dataset(r.PathValue("id"))
	if ds == nil {
		s.fail(w, r, ss, http.StatusNotFound, func(ww *i18n.WebWords) string { return ww.ErrExpired })
		return
	}
	set := settingsFrom(r.URL.Query())
	p := s.newPage(r, ss, "analyse")
	res, err := s.analyse(ds, set, p.Lang)
	if err != nil {
		if set.Lang == "" {
			set.Lang = string(p.Lang)
		}
		p.Columns = s.columnsOf(ds, set, false, p.W)
		p.Error = analysisMessage(p.W, p.Lang, err)
		s.render(w, http.StatusUnprocessableEntity, "columns", p)
		return
	}
	v := &reportView{Columns: s.columnsOf(ds, res.set, false, p.W), Query: template.URL(res.set.query()), Notes: load.Texts(res.data.Notes, p.Lang)}
	for _, f := range res.files {
		d := download{Name: f.Name}
		switch {
		case f.Name == "results.docx":
			d.Label = p.W.DlWord
		case f.Name == "results.html":
			d.Label = p.W.DlHTML
		case f.Name == "results.md":
			d.Label = p.W.DlMarkdown
		case f.Name == "results.tex":
			d.Label = p.W.DlLaTeX
		case f.Name == "results-standalone.tex":
			d.Label = p.W.DlLaTeXS
		default:
			base, ext, _ := strings.Cut(f.Name, ".")
			i := slices.IndexFunc(v.Charts, func(c chartFiles) bool { return c.Name == base })
			if i < 0 {
				v.Charts = append(v.Charts, chartFiles{Name: base})
				i = len(v.Charts) - 1
			}
			v.Charts[i].Files = append(v.Charts[i].Files, download{Name: f.Name, Label: strings.ToUpper(ext)})
			continue
		}
		v.Files = append(v.Files, d)
	}
	// Word first: what most readers of the page want.
	slices.SortStableFunc(v.Files, func(a, b download) int {
		return strings.Compare(orderKey(a.Name), orderKey(b.Name))
	})
	v.Files = append(v.Files,
		download{Name: "manuscript.md", Label: p.W.DlManuscript, Note: p.W.DlManuNote},
		download{Name: "results.zip", Label: p.W.DlZip})
	p.Report = v
	p.Columns = v.Columns
	s.render(w, http.StatusOK, "report", p)
}

func orderKey(name string) string {
	return map[string]string{"results.docx": "0", "results.html": "1", "results.md": "2", "results.tex": "3", "results-standalone.tex": "4"}[name]
}

// analysisMessage words an analysis error for the columns page.
func analysisMessage(ww *i18n.WebWords, l i18n.Lang, err error) string {
	var fe *formError
	if errors.As(err, &fe) {
		return fe.msg(ww)
	}
	return fmt.Sprintf(ww.ErrAnalysis, inputError(l, err))
}

// download serves one file of the analysis the query describes: inline
// for the report's HTML in the page's frame (?inline=1) and the SVG
// charts, as an attachment otherwise.
func (s *Server) download(w http.ResponseWriter, r *http.Request, ss *session) {
	ds := ss.dataset(r.PathValue("id"))
	if ds == nil {
		s.fail(w, r, ss, http.StatusNotFound, func(ww *i18n.WebWords) string { return ww.ErrExpired })
		return
	}
	pl := s.lang(r, ss)
	res, err := s.analyse(ds, settingsFrom(r.URL.Query()), pl)
	if err != nil {
		s.fail(w, r, ss, http.StatusUnprocessableEntity, func(ww *i18n.WebWords) string { return analysisMessage(ww, pl, err) })
		return
	}
	name := r.PathValue("name")
	var body []byte
	switch name {
	case "manuscript.md":
		body = manuscript(res, ds.name)
	case "results.zip":
		if body, err = s.zipAll(res, ds); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
	default:
		i := slices.IndexFunc(res.files, func(f report.File) bool { return f.Name == name })
		if i < 0 {
			s.fail(w, r, ss, http.StatusNotFound, func(ww *i18n.WebWords) string { return ww.ErrNotFound })
			return
		}
		var b bytes.Buffer
		if _, err := res.files[i].WriteTo(&b); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		body = b.Bytes()
	}
	h := w.Header()
	h.Set("Content-Type", contentType(name))
	inline := (name == "results.html" && r.URL.Query().Get("inline") == "1") || strings.HasSuffix(name, ".svg")
	if inline {
		h.Set("Content-Security-Policy", reportPolicy)
		h.Set("X-Frame-Options", "SAMEORIGIN")
	} else {
		h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	}
	w.Write(body)
}

func contentType(name string) string {
	switch name[strings.LastIndexByte(name, '.')+1:] {
	case "html":
		return "text/html; charset=utf-8"
	case "md":
		return "text/markdown; charset=utf-8"
	case "tex":
		return "application/x-tex; charset=utf-8"
	case "docx":
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case "svg":
		return "image/svg+xml"
	case "png":
		return "image/png"
	case "pdf":
		return "application/pdf"
	case "zip":
		return "application/zip"
	}
	return "application/octet-stream"
}

// zipAll is every file of the analysis, the manuscript template and the
// data (under data/, where the template's data: key points), in a zip
// with fixed dates, so that the same analysis gives the same bytes.
func (s *Server) zipAll(res *result, ds *dataset) ([]byte, error) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	put := func(name string, write func(w *bytes.Buffer) error) error {
		var c bytes.Buffer
		if err := write(&c); err != nil {
			return err
		}
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return err
		}
		_, err = f.Write(c.Bytes())
		return err
	}
	for _, f := range res.files {
		if err := put(f.Name, func(w *bytes.Buffer) error { _, err := f.WriteTo(w); return err }); err != nil {
			return nil, err
		}
	}
	if err := put("manuscript.md", func(w *bytes.Buffer) error { w.Write(manuscript(res, ds.name)); return nil }); err != nil {
		return nil, err
	}
	if err := put("data/"+ds.name, func(w *bytes.Buffer) error { w.Write(ds.data); return nil }); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
