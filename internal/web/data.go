package web

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	savxlsx "github.com/pairedt/pairedt/dataset"
	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/internal/load"
	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// previewRows is the number of rows the columns page shows; scanRows the
// rows read to guess the categories of a column.
const (
	previewRows = 8
	scanRows    = 5000
)

// dataset is one uploaded file, held in memory only.
type dataset struct {
	id, name string
	data     []byte
	sha      string
	preview  *load.Preview
	distinct [][]string // per column, the distinct cells of the first scanRows rows (at most MaxLevels+1)
	preset   *settings  // a sample's settings
	sheet    string     // the xlsx sheet the preview shows ("" the only one with data)
	sheetErr error      // the workbook has several sheets with data and none is chosen
	added    time.Time

	mu     sync.Mutex
	cached *result // the last analysis, for its downloads
}

// sample is an embedded data set with the settings that analyse it.
type sample struct {
	Key, Name, Note string // Name and Note are field names of WebWords
	File            string
	data            []byte
	set             settings
}

//go:embed static/samples/sleep.csv
var sleepCSV []byte

//go:embed static/samples/oxytocin.csv
var oxytocinCSV []byte

// oxytocinLevels are the article's categories, lowest first
// (examples/oxytocin, testdata/oxytocin/claims.json).
var oxytocinLevels = []string{"ASI belum keluar", "ASI keluar namun belum lancar", "ASI keluar lancar"}

func samples() []sample {
	return []sample{
		{Key: "sleep", Name: "SampleSleep", Note: "SampleSleepNote", File: "sleep.csv", data: sleepCSV,
			set: settings{Layout: "wide", Before: "group1", After: "group2", ID: "id", Kind: "numeric",
				Variable: "extra sleep (hours)", BeforeLabel: "Drug 1", AfterLabel: "Drug 2"}},
		{Key: "oxytocin", Name: "SampleArticle", Note: "SampleArticleNote", File: "oxytocin.csv", data: oxytocinCSV,
			set: settings{Layout: "wide", Before: "before", After: "after", ID: "id", Kind: "ordered",
				Levels: strings.Join(oxytocinLevels, "\n"), Lang: "id",
				Title:       "Pengaruh pijat oksitosin terhadap kelancaran pengeluaran ASI pada ibu postpartum",
				Variable:    "kelancaran pengeluaran ASI",
				BeforeLabel: "Sebelum pijat oksitosin", AfterLabel: "Sesudah pijat oksitosin"}},
	}
}

// word returns the WebWords field called name.
func word(w *i18n.WebWords, name string) string {
	switch name {
	case "SampleSleep":
		return w.SampleSleep
	case "SampleSleepNote":
		return w.SampleSleepNote
	case "SampleArticle":
		return w.SampleArticle
	case "SampleArticleNote":
		return w.SampleArticleNote
	}
	return name
}

// addDataset reads the preview of a file and keeps it in the session. A
// workbook with several sheets of data is kept with an empty preview and
// sheetErr set: the columns page then asks for the sheet.
func (s *Server) addDataset(ss *session, name string, data []byte, preset *settings) (*dataset, error) {
	sum := sha256.Sum256(data)
	ds := &dataset{id: s.token()[:12], name: name, data: data, sha: hex.EncodeToString(sum[:]), preset: preset}
	if err := ds.readPreview(""); errors.Is(err, savxlsx.ErrSheetChoice) {
		ds.sheetErr = err
		ds.preview = &load.Preview{Format: load.FormatName(savxlsx.FormatXLSX)}
	} else if err != nil {
		return nil, err
	}
	ss.mu.Lock()
	if len(ss.sets) >= MaxDatasets {
		ss.sets = slices.Delete(ss.sets, 0, 1)
	}
	ds.added = s.c.Now()
	ss.sets = append(ss.sets, ds)
	ss.mu.Unlock()
	s.trimMemory(ds)
	return ds, nil
}

// trimMemory drops the oldest data sets of every session (never keep)
// until the uploads held fit in MaxMemory.
func (s *Server) trimMemory(keep *dataset) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		var total int64
		var oldest *dataset
		var owner *session
		for _, ss := range s.byID {
			ss.mu.Lock()
			for _, d := range ss.sets {
				total += int64(len(d.data))
				if d != keep && (oldest == nil || d.added.Before(oldest.added)) {
					oldest, owner = d, ss
				}
			}
			ss.mu.Unlock()
		}
		if total <= s.c.MaxMemory || oldest == nil {
			return
		}
		owner.mu.Lock()
		owner.sets = slices.DeleteFunc(owner.sets, func(d *dataset) bool { return d == oldest })
		owner.mu.Unlock()
	}
}

var errTooManyColumns = errors.New("too many columns")

// maxGroups is the most distinct values a column may have to be offered
// as a group filter.
const maxGroups = 20

// groups are the filters the form offers: COL=VALUE for every column
// other than the id, before, after, occasion and value columns with 2 to
// maxGroups distinct values in the rows read, and the setting in force
// when it is not one of them.
func (ds *dataset) groups(set settings) []string {
	var g []string
	for j, c := range ds.preview.Columns {
		if c == set.ID || c == set.Time || c == set.Value || (set.Layout != "long" && (c == set.Before || c == set.After)) ||
			len(ds.distinct[j]) < 2 || len(ds.distinct[j]) > maxGroups {
			continue
		}
		for _, v := range ds.distinct[j] {
			g = append(g, c+"="+v)
		}
	}
	if set.Where != "" && !slices.Contains(g, set.Where) {
		g = append(g, set.Where)
	}
	return g
}

// readPreview reads the first rows of sheet (xlsx; "" otherwise) and the
// distinct cells of each column, for the columns page and its guesses.
func (ds *dataset) readPreview(sheet string) error {
	p, err := load.ReadPreview(bytes.NewReader(ds.data), ds.name, load.Spec{Sheet: sheet}, scanRows)
	if err != nil {
		return err
	}
	if len(p.Columns) > MaxColumns {
		return errTooManyColumns
	}
	distinct := make([][]string, len(p.Columns))
	for j := range p.Columns {
		seen := map[string]bool{}
		for _, row := range p.Rows {
			if j < len(row) && row[j] != "" && !seen[row[j]] && len(distinct[j]) <= MaxLevels {
				seen[row[j]] = true
				distinct[j] = append(distinct[j], row[j])
			}
		}
	}
	ds.preview, ds.distinct, ds.sheet, ds.sheetErr = p, distinct, sheet, nil
	return nil
}

// dataset returns the session's data set id, nil when it is gone.
func (ss *session) dataset(id string) *dataset {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	for _, d := range ss.sets {
		if d.id == id {
			return d
		}
	}
	return nil
}

func (s *Server) upload(w http.ResponseWriter, r *http.Request, ss *session) {
	f, err := s.readForm(w, r, s.c.MaxUpload, maxForm)
	if errors.Is(err, errTooLarge) {
		s.fail(w, r, ss, http.StatusRequestEntityTooLarge, func(ww *i18n.WebWords) string { return fmt.Sprintf(ww.ErrTooLarge, s.c.MaxUpload>>20) })
		return
	}
	if err != nil || !csrfOK(ss, f.fields["csrf"]) {
		s.fail(w, r, ss, http.StatusForbidden, func(ww *i18n.WebWords) string { return ww.ErrForbidden })
		return
	}
	if !f.hasFile {
		s.homeError(w, r, ss, http.StatusBadRequest, func(ww *i18n.WebWords) string { return ww.ErrNoFile })
		return
	}
	if len(f.file) == 0 {
		s.homeError(w, r, ss, http.StatusBadRequest, func(ww *i18n.WebWords) string { return ww.ErrEmptyFile })
		return
	}
	ds, err := s.addDataset(ss, f.fileName, f.file, nil)
	if err != nil {
		s.homeError(w, r, ss, http.StatusUnprocessableEntity, func(ww *i18n.WebWords) string { return readError(ww, s.lang(r, ss), err) })
		return
	}
	http.Redirect(w, r, "/d/"+ds.id, http.StatusSeeOther)
}

// readError is the message for a file the loader refused.
func readError(ww *i18n.WebWords, l i18n.Lang, err error) string {
	if errors.Is(err, errTooManyColumns) {
		return fmt.Sprintf(ww.ErrTooMany, MaxColumns)
	}
	return fmt.Sprintf(ww.ErrRead, inputError(l, err))
}

// homeError shows the first screen again with a message.
func (s *Server) homeError(w http.ResponseWriter, r *http.Request, ss *session, code int, msg func(*i18n.WebWords) string) {
	p := s.newPage(r, ss, "analyse")
	p.Samples = s.samples
	p.Recent = ss.recent()
	p.Error = msg(p.W)
	s.render(w, code, "home", p)
}

func (s *Server) sample(w http.ResponseWriter, r *http.Request, ss *session) {
	f, err := s.readForm(w, r, 0, maxForm)
	if err != nil || !csrfOK(ss, f.fields["csrf"]) {
		s.fail(w, r, ss, http.StatusForbidden, func(ww *i18n.WebWords) string { return ww.ErrForbidden })
		return
	}
	for _, sm := range s.samples {
		if sm.Key == f.fields["sample"] {
			set := sm.set
			ds, err := s.addDataset(ss, sm.File, sm.data, &set)
			if err != nil {
				s.fail(w, r, ss, http.StatusInternalServerError, func(ww *i18n.WebWords) string { return readError(ww, s.lang(r, ss), err) })
				return
			}
			http.Redirect(w, r, "/d/"+ds.id, http.StatusSeeOther)
			return
		}
	}
	s.fail(w, r, ss, http.StatusNotFound, func(ww *i18n.WebWords) string { return ww.ErrNotFound })
}

// settings are the choices of the columns page, as its form sends them
// (the query of /d/ID/report and of every download).
type settings struct {
	Layout                                   string // wide | long
	Before, After, ID, Time, Value           string // columns (long: Before and After are values of Time)
	Kind                                     string // numeric | ordered
	Levels                                   string // one per line, "code = label" allowed
	Lang, Alt, Alpha, Direction              string
	Where                                    string // COL=VALUE, load.Spec's form
	Title, Variable, BeforeLabel, AfterLabel string
	Missing, Sheet                           string
	Bayes                                    bool
}

// settingsFrom reads the form values of q.
func settingsFrom(q url.Values) settings {
	g := func(k string) string { return strings.TrimSpace(q.Get(k)) }
	s := settings{Layout: g("layout"), Before: g("before"), After: g("after"), ID: g("id"), Time: g("time"), Value: g("value"),
		Kind: g("kind"), Levels: strings.TrimSpace(strings.ReplaceAll(q.Get("levels"), "\r\n", "\n")),
		Lang: g("lang"), Alt: g("alt"), Alpha: g("alpha"), Direction: g("direction"),
		Where: g("where"),
		Title: g("title"), Variable: g("variable"), BeforeLabel: g("beforelabel"), AfterLabel: g("afterlabel"),
		Missing: q.Get("missing"), Sheet: g("sheet"), Bayes: q.Get("bayes") != ""}
	if s.Layout == "long" {
		s.Before, s.After = g("beforevalue"), g("aftervalue")
	}
	return s
}

// query is the canonical query string of s (the form's own encoding).
func (s settings) query() string {
	v := url.Values{}
	set := func(k, x string) {
		if x != "" {
			v.Set(k, x)
		}
	}
	set("layout", s.Layout)
	if s.Layout == "long" {
		set("beforevalue", s.Before)
		set("aftervalue", s.After)
	} else {
		set("before", s.Before)
		set("after", s.After)
	}
	for _, kv := range [][2]string{{"id", s.ID}, {"time", s.Time}, {"value", s.Value}, {"kind", s.Kind}, {"levels", s.Levels},
		{"lang", s.Lang}, {"alt", s.Alt}, {"alpha", s.Alpha}, {"direction", s.Direction}, {"where", s.Where},
		{"title", s.Title}, {"variable", s.Variable}, {"beforelabel", s.BeforeLabel},
		{"afterlabel", s.AfterLabel}, {"missing", s.Missing}, {"sheet", s.Sheet}} {
		set(kv[0], kv[1])
	}
	if s.Bayes {
		v.Set("bayes", "1")
	}
	return v.Encode()
}

// formError is a settings problem, shown on the columns page.
type formError struct{ msg func(*i18n.WebWords) string }

func (e *formError) Error() string { return e.msg(i18n.English.Web()) }

// levels reads the Levels text: one level per line, or "code = label" on
// every line.
func (s settings) levels() (levels, codes []string, err error) {
	if s.Levels == "" {
		return nil, nil, nil
	}
	lines := strings.Split(s.Levels, "\n")
	for _, ln := range lines {
		ln = strings.TrimSpace(ln)
		if ln == "" {
			continue
		}
		c, l, ok := strings.Cut(ln, "=")
		if ok {
			codes = append(codes, strings.TrimSpace(c))
			levels = append(levels, strings.TrimSpace(l))
		} else {
			levels = append(levels, ln)
		}
	}
	if len(codes) > 0 && len(codes) != len(levels) {
		return nil, nil, &formError{func(w *i18n.WebWords) string { return w.ErrLevels }}
	}
	if len(levels) > MaxLevels {
		return nil, nil, &formError{func(w *i18n.WebWords) string { return fmt.Sprintf(w.ErrTooManyLevels, MaxLevels) }}
	}
	return levels, codes, nil
}

// spec is the loader's Spec and the study options of s.
func (s settings) spec() (load.Spec, pairedt.StudyOptions, error) {
	var sp load.Spec
	var o pairedt.StudyOptions
	if s.Before == "" || s.After == "" || (s.Layout == "long" && (s.ID == "" || s.Time == "" || s.Value == "")) {
		return sp, o, &formError{func(w *i18n.WebWords) string { return w.ErrNeedColumns }}
	}
	if s.Layout != "long" && s.Before == s.After {
		return sp, o, &formError{func(w *i18n.WebWords) string { return w.ErrSameColumn }}
	}
	sp.Before, sp.After, sp.ID = s.Before, s.After, s.ID
	if s.Layout == "long" {
		sp.Time, sp.Value = s.Time, s.Value
	}
	if s.Kind == "ordered" {
		var err error
		if sp.Levels, sp.Codes, err = s.levels(); err != nil {
			return sp, o, err
		}
		sp.Categorical = true
	}
	sp.Where = s.Where
	if strings.TrimSpace(s.Missing) != "" {
		for m := range strings.SplitSeq(s.Missing, ",") {
			sp.Missing = append(sp.Missing, strings.TrimSpace(m))
		}
	}
	sp.Sheet = s.Sheet
	if s.Alt != "" {
		if err := o.Alternative.UnmarshalText([]byte(s.Alt)); err != nil {
			return sp, o, fmt.Errorf("%w: alternative %q", load.ErrSpec, s.Alt)
		}
	}
	if s.Direction == "after-before" {
		o.Direction = pairedt.AfterMinusBefore
	}
	return sp, o, nil
}

// alpha is the significance level of s (0.05 when empty), with a decimal
// comma accepted.
func (s settings) alpha() (float64, error) {
	if s.Alpha == "" {
		return 0.05, nil
	}
	a, err := strconv.ParseFloat(strings.Replace(s.Alpha, ",", ".", 1), 64)
	if err != nil || !(a > 0 && a < 1) {
		return 0, &formError{func(w *i18n.WebWords) string { return w.ErrAlpha }}
	}
	return a, nil
}

// reportLang is the language of the report: the form's, else the page's.
func (s settings) reportLang(page i18n.Lang) report.Lang {
	if l, err := i18n.ParseLang(s.Lang); err == nil {
		return l
	}
	return page
}

// guess fills the columns of a fresh form from the column names: pre/post
// words (English and Indonesian), else the first two columns that hold
// numbers and are not an id; ordered categories when the before column
// holds words.
func (ds *dataset) guess() (set settings, guessed bool) {
	if ds.preset != nil {
		return *ds.preset, false
	}
	defer func() { set.Sheet = ds.sheet }()
	cols := ds.preview.Columns
	find := func(re *regexp.Regexp, not string) string {
		for _, c := range cols {
			if c != not && re.MatchString(strings.ToLower(c)) {
				return c
			}
		}
		return ""
	}
	set = settings{Layout: "wide", Kind: "numeric"}
	set.ID = find(reID, "")
	set.Before = find(reBefore, "")
	set.After = find(reAfter, set.Before)
	var numeric []string
	for j, c := range cols {
		if c != set.ID && isNumeric(ds.distinct[j]) {
			numeric = append(numeric, c)
		}
	}
	if set.Before == "" && len(numeric) >= 2 {
		set.Before = numeric[0]
	}
	if set.After == "" {
		for _, c := range numeric {
			if c != set.Before {
				set.After = c
				break
			}
		}
	}
	if t, v := find(reTime, ""), find(reValue, ""); set.ID != "" && t != "" && v != "" && (set.Before == "" || set.After == "") {
		set.Layout, set.Time, set.Value = "long", t, v
		if j := slices.Index(cols, t); j >= 0 && len(ds.distinct[j]) == 2 {
			set.Before, set.After = ds.distinct[j][0], ds.distinct[j][1]
		}
	}
	if j := slices.Index(cols, set.Before); set.Layout == "wide" && j >= 0 && j < len(ds.preview.Levels) && len(ds.preview.Levels[j]) > 0 {
		// An SPSS variable with value labels: its labels, in code order.
		set.Kind = "ordered"
		if len(ds.preview.Levels[j]) <= MaxLevels {
			set.Levels = strings.Join(ds.preview.Levels[j], "\n")
		}
	} else if set.Layout == "wide" && j >= 0 && !isNumeric(ds.distinct[j]) {
		set.Kind = "ordered"
		k := slices.Index(cols, set.After)
		var lv []string
		for _, jj := range []int{j, k} {
			if jj >= 0 {
				for _, v := range ds.distinct[jj] {
					if !slices.Contains(lv, v) {
						lv = append(lv, v)
					}
				}
			}
		}
		if len(lv) <= MaxLevels {
			set.Levels = strings.Join(lv, "\n")
		}
	}
	return set, set.Before != "" || set.After != ""
}

var (
	reID     = regexp.MustCompile(`^(id|no|nomor|nr|subject|subjek|responden|respondent|participant|kode|code)(_?id)?$`)
	reBefore = regexp.MustCompile(`(^|[^a-z])(pre|pretest|before|sebelum|awal|baseline|t0|time1)([^a-z]|$)`)
	reAfter  = regexp.MustCompile(`(^|[^a-z])(post|posttest|after|sesudah|setelah|akhir|t1|time2)([^a-z]|$)`)
	reTime   = regexp.MustCompile(`^(time|waktu|occasion|pengukuran|phase|fase|period)$`)
	reValue  = regexp.MustCompile(`^(value|nilai|score|skor|y)$`)
)

// isNumeric reports whether every value but the missing markers NA and
// "." looks like a number (a decimal comma allowed), and there is one.
func isNumeric(vals []string) bool {
	n := 0
	for _, v := range vals {
		if v == "NA" || v == "." {
			continue
		}
		if _, err := strconv.ParseFloat(strings.Replace(v, ",", ".", 1), 64); err != nil {
			return false
		}
		n++
	}
	return n > 0
}
