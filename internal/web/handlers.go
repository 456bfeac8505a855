package web

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"strings"

	"github.com/pairedt/pairedt/internal/i18n"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pages are the parsed templates, one per page, each with the layout.
var pages = func() map[string]*template.Template {
	funcs := template.FuncMap{
		"sprintf": fmt.Sprintf,
		"word":    word,
		"pair":    func(a []string, b string) []any { return []any{a, b} },
	}
	layout := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/form.html"))
	m := map[string]*template.Template{}
	for _, p := range []string{"home", "columns", "report", "audit", "error"} {
		m[p] = template.Must(template.Must(layout.Clone()).ParseFS(templateFS, "templates/"+p+".html"))
	}
	return m
}()

// page is what every template gets.
type page struct {
	W       *i18n.WebWords
	Lang    i18n.Lang
	CSRF    string
	Here    string // the request's path and query, for the language switch
	Nav     string // "analyse" or "audit"
	Minutes int
	MaxMB   int64
	Error   string

	Samples []sample
	Recent  []recent // the session's data sets, newest first
	Columns *columnsView
	Report  *reportView
	Audit   *auditView
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("/{$}", s.get(s.home))
	m.HandleFunc("/upload", s.post(s.upload))
	m.HandleFunc("/sample", s.post(s.sample))
	m.HandleFunc("/lang", s.post(s.setLang))
	m.HandleFunc("/d/{id}", s.get(s.columns))
	m.HandleFunc("/d/{id}/report", s.get(s.report))
	m.HandleFunc("/d/{id}/file/{name}", s.get(s.download))
	m.HandleFunc("/audit", s.auditPage)
	static, _ := fs.Sub(staticFS, "static")
	files := http.FileServerFS(static)
	m.HandleFunc("/static/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			s.fail(w, r, nil, http.StatusMethodNotAllowed, func(ww *i18n.WebWords) string { return ww.ErrMethod })
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		http.StripPrefix("/static", files).ServeHTTP(w, r)
	})
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		ss, _ := s.session(w, r)
		s.fail(w, r, ss, http.StatusNotFound, func(ww *i18n.WebWords) string { return ww.ErrNotFound })
	})
	s.mux = m
}

// handler is a page handler with its session.
type handler func(w http.ResponseWriter, r *http.Request, ss *session)

// get serves GET and HEAD requests only.
func (s *Server) get(h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ss, _ := s.session(w, r)
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			s.fail(w, r, ss, http.StatusMethodNotAllowed, func(ww *i18n.WebWords) string { return ww.ErrMethod })
			return
		}
		w.Header().Set("Cache-Control", "no-store")
		h(w, r, ss)
	}
}

// post serves POST requests from this server's own pages only: the
// Origin check, then (in the handler, once the form is read) the CSRF
// token.
func (s *Server) post(h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ss, _ := s.session(w, r)
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", "POST")
			s.fail(w, r, ss, http.StatusMethodNotAllowed, func(ww *i18n.WebWords) string { return ww.ErrMethod })
			return
		}
		if !sameOrigin(r) {
			s.fail(w, r, ss, http.StatusForbidden, func(ww *i18n.WebWords) string { return ww.ErrForbidden })
			return
		}
		w.Header().Set("Cache-Control", "no-store")
		h(w, r, ss)
	}
}

// form is a POSTed form read into memory: its fields and at most one file.
type form struct {
	fields   map[string]string
	fileName string
	file     []byte
	hasFile  bool
}

// readForm reads a POST body, multipart or URL-encoded, into memory (never
// to a temporary file, as http.Request.ParseMultipartForm would for a
// large file): a file of at most maxFile bytes, fields of at most
// maxFields bytes together (maxForm for a URL-encoded body). Past a limit it returns errTooLarge.
func (s *Server) readForm(w http.ResponseWriter, r *http.Request, maxFile, maxFields int64) (*form, error) {
	f := &form{fields: map[string]string{}}
	r.Body = http.MaxBytesReader(w, r.Body, maxFile+maxFields+maxForm)
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct != "multipart/form-data" {
		r.Body = http.MaxBytesReader(w, r.Body, maxForm)
		if err := r.ParseForm(); err != nil {
			var mb *http.MaxBytesError
			if errors.As(err, &mb) {
				return nil, errTooLarge
			}
			return nil, err
		}
		for k := range r.PostForm {
			f.fields[k] = r.PostForm.Get(k)
		}
		return f, nil
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, err
	}
	var fieldBytes int64
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return f, nil
		}
		if err != nil {
			var mb *http.MaxBytesError
			if errors.As(err, &mb) {
				return nil, errTooLarge
			}
			return nil, err
		}
		if p.FileName() != "" || p.FormName() == "file" {
			if f.hasFile {
				continue
			}
			b, err := io.ReadAll(io.LimitReader(p, maxFile+1))
			if err != nil {
				var mb *http.MaxBytesError
				if errors.As(err, &mb) {
					return nil, errTooLarge
				}
				return nil, err
			}
			if int64(len(b)) > maxFile {
				return nil, errTooLarge
			}
			f.fileName, f.file, f.hasFile = baseName(p.FileName()), b, p.FileName() != "" || len(b) > 0
			continue
		}
		b, err := io.ReadAll(io.LimitReader(p, maxFields-fieldBytes+1))
		if err != nil {
			return nil, err
		}
		fieldBytes += int64(len(b))
		if fieldBytes > maxFields {
			return nil, errTooLarge
		}
		f.fields[p.FormName()] = string(b)
	}
}

// baseName is the last element of an uploaded file's name (browsers send
// the name alone; old ones sent a whole Windows path). It names the data
// in messages and the provenance; it never reaches the file system.
func baseName(n string) string {
	if i := strings.LastIndexAny(n, `/\`); i >= 0 {
		n = n[i+1:]
	}
	n = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, n)
	if len(n) > 200 {
		n = strings.ToValidUTF8(n[:200], "") // no half rune at the cut
	}
	if n == "" {
		return "data"
	}
	return n
}

// lang is the session's language, else the browser's first choice of
// English and Indonesian (Accept-Language), else English.
func (s *Server) lang(r *http.Request, ss *session) i18n.Lang {
	if ss != nil && ss.lang != "" {
		return ss.lang
	}
	return acceptLanguage(r.Header.Get("Accept-Language"))
}

// acceptLanguage picks Indonesian when the header ranks it (id, in, id-ID)
// above English, English otherwise.
func acceptLanguage(h string) i18n.Lang {
	best, bestQ := i18n.English, -1.0
	for i, part := range strings.Split(h, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if _, err := fmt.Sscanf(v, "%g", &q); err != nil {
				q = 0
			}
		}
		q -= float64(i) * 1e-6 // earlier wins a tie
		primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
		var l i18n.Lang
		switch primary {
		case "id", "in":
			l = i18n.Indonesian
		case "en":
			l = i18n.English
		default:
			continue
		}
		if q > bestQ {
			best, bestQ = l, q
		}
	}
	return best
}

// newPage fills the parts of a page every template uses.
func (s *Server) newPage(r *http.Request, ss *session, nav string) *page {
	l := s.lang(r, ss)
	p := &page{W: l.Web(), Lang: l, Nav: nav, Minutes: int(s.c.SessionTTL.Minutes()), MaxMB: s.c.MaxUpload >> 20, Here: r.URL.RequestURI()}
	if ss != nil {
		p.CSRF = ss.csrf
	}
	return p
}

// render writes a page with status code, buffered so that a template
// error gives a 500 and no half page.
func (s *Server) render(w http.ResponseWriter, code int, name string, p *page) {
	var b bytes.Buffer
	if err := pages[name].ExecuteTemplate(&b, "layout.html", p); err != nil {
		http.Error(w, "internal error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Language", string(p.Lang))
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

// fail renders the error page with the message msg picks in the reader's
// language.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, ss *session, code int, msg func(*i18n.WebWords) string) {
	p := s.newPage(r, ss, "")
	if ss == nil {
		p.Lang = acceptLanguage(r.Header.Get("Accept-Language"))
		p.W = p.Lang.Web()
	}
	p.Error = msg(p.W)
	w.Header().Set("Cache-Control", "no-store")
	s.render(w, code, "error", p)
}

// recent is a data set of the session, as the first screen lists it.
type recent struct{ ID, Name string }

func (s *Server) home(w http.ResponseWriter, r *http.Request, ss *session) {
	p := s.newPage(r, ss, "analyse")
	p.Samples = s.samples
	p.Recent = ss.recent()
	s.render(w, http.StatusOK, "home", p)
}

// recent lists the session's data sets, newest first.
func (ss *session) recent() []recent {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	var r []recent
	for i := len(ss.sets) - 1; i >= 0; i-- {
		r = append(r, recent{ss.sets[i].id, ss.sets[i].name})
	}
	return r
}

// setLang switches the session's language and goes back to the page the
// switch was on (a path of this server only).
func (s *Server) setLang(w http.ResponseWriter, r *http.Request, ss *session) {
	f, err := s.readForm(w, r, 0, maxForm)
	if err != nil || !csrfOK(ss, f.fields["csrf"]) {
		s.fail(w, r, ss, http.StatusForbidden, func(ww *i18n.WebWords) string { return ww.ErrForbidden })
		return
	}
	l, err := i18n.ParseLang(f.fields["lang"])
	if err != nil {
		s.fail(w, r, ss, http.StatusBadRequest, func(ww *i18n.WebWords) string { return ww.ErrNotFound })
		return
	}
	ss.mu.Lock()
	ss.lang = l
	ss.mu.Unlock()
	http.Redirect(w, r, localPath(f.fields["next"]), http.StatusSeeOther)
}

// localPath returns next when it is a path on this server ("/..." but not
// "//host" or "/\host"), "/" otherwise: the switch cannot redirect away.
func localPath(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, `/\`) || strings.ContainsAny(next, "\r\n") {
		return "/"
	}
	return next
}
