package web

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/pairedt/audit"
	"github.com/pairedt/pairedt/report"
)

// articleDataset is the article's sample as the sample button loads it.
func articleDataset(b *testing.B, s *Server) (*dataset, settings) {
	b.Helper()
	ss := &session{id: "bench", csrf: "x"}
	sm := s.samples[1]
	ds, err := s.addDataset(ss, sm.File, sm.data, &sm.set)
	if err != nil {
		b.Fatal(err)
	}
	return ds, sm.set
}

// BenchmarkArticleReport is what the report page costs for the article's
// data (23 pairs, three categories, Indonesian): reading the upload,
// every test, the document and its HTML (the frame's content), no cache.
// BenchmarkArticleReportLibrary is the same analysis without the app (the
// Study and report.New from the study held in memory), its baseline.
func BenchmarkArticleReport(b *testing.B) {
	s := New(Config{})
	defer s.Close()
	ds, set := articleDataset(b, s)
	b.ReportAllocs()
	for b.Loop() {
		ds.cached = nil
		res, err := s.analyse(ds, set, i18n.Indonesian)
		if err != nil {
			b.Fatal(err)
		}
		if err := res.doc.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkArticleReportLibrary(b *testing.B) {
	s := New(Config{})
	defer s.Close()
	ds, set := articleDataset(b, s)
	res, err := s.analyse(ds, set, i18n.Indonesian)
	if err != nil {
		b.Fatal(err)
	}
	a := report.FromStudy(res.data.Study)
	b.ReportAllocs()
	for b.Loop() {
		doc, err := report.New(a, report.Options{Lang: report.Indonesian})
		if err != nil {
			b.Fatal(err)
		}
		if err := doc.WriteHTML(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReportPage is the whole request of the article's report page
// and its frame, through the handler (the analysis cached by the page for
// its frame, as in a browser).
func BenchmarkReportPage(b *testing.B) {
	s := New(Config{Addr: "127.0.0.1:8080"})
	defer s.Close()
	w := httptest.NewRecorder()
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.Host = "127.0.0.1:8080"
	s.ServeHTTP(w, r)
	cookie := w.Result().Cookies()[0]
	csrf := reCSRF.FindStringSubmatch(w.Body.String())[1]
	r = httptest.NewRequest(http.MethodPost, "/sample", bytes.NewBufferString(url.Values{"csrf": {csrf}, "sample": {"oxytocin"}}.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Host = "127.0.0.1:8080"
	r.AddCookie(cookie)
	w = httptest.NewRecorder()
	s.ServeHTTP(w, r)
	loc := w.Header().Get("Location")
	ss := s.byID[cookie.Value]
	ds := ss.dataset(loc[len("/d/"):])
	q := ds.preset.query()
	b.ReportAllocs()
	for b.Loop() {
		ds.cached = nil
		for _, path := range []string{loc + "/report?" + q, loc + "/file/results.html?" + q + "&inline=1"} {
			r := httptest.NewRequest(http.MethodGet, path, nil)
			r.Host = "127.0.0.1:8080"
			r.AddCookie(cookie)
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			if w.Code != 200 {
				b.Fatalf("%s: %d", path, w.Code)
			}
		}
	}
}

// BenchmarkAuditPage is the audit page on the longest text it accepts
// (1 MiB of article-like sentences, a t-test result in every one): the
// scan, the marking and the page. BenchmarkAuditScan is audit.Scan alone
// on the same text, its baseline.
func BenchmarkAuditPage(b *testing.B) {
	text := auditText()
	s := New(Config{})
	defer s.Close()
	b.ReportAllocs()
	for b.Loop() {
		checks, err := audit.Scan(text, audit.ScanOptions{})
		if err != nil {
			b.Fatal(err)
		}
		segs, views := highlight(text, checks, i18n.English)
		p := &page{W: i18n.English.Web(), Lang: i18n.English, Audit: &auditView{Text: text, Done: true, Segments: segs, Checks: views}}
		if err := pages["audit"].ExecuteTemplate(io.Discard, "layout.html", p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAuditScan(b *testing.B) {
	text := auditText()
	for b.Loop() {
		if _, err := audit.Scan(text, audit.ScanOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func auditText() string {
	var sb strings.Builder
	for i := 0; sb.Len() < MaxText-200; i++ {
		fmt.Fprintf(&sb, "In cohort %d the scores rose after the training, t(%d) = %d.%02d, p = .0%d; the groups did not differ at baseline.\n", i, 10+i%40, 2+i%3, i%100, 1+i%9)
	}
	return sb.String()
}
