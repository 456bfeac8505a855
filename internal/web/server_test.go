package web

import (
	"archive/zip"
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/report"
)

// client is a browser stand-in: it keeps the session cookie and the page's
// CSRF token, and sends the Origin a browser would.
type client struct {
	t      *testing.T
	s      *Server
	cookie string
	csrf   string
	lang   string // Accept-Language
}

// fakeClock is a clock the test moves.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func newTestServer(t *testing.T, c Config) *Server {
	t.Helper()
	if c.Addr == "" {
		c.Addr = "127.0.0.1:8080"
	}
	s := New(c)
	t.Cleanup(s.Close)
	return s
}

func newClient(t *testing.T, s *Server) *client {
	c := &client{t: t, s: s}
	c.get("/") // a session and its token
	return c
}

var reCSRF = regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`)

// do sends r with the client's cookie and remembers a new cookie and token.
func (c *client) do(r *http.Request) *httptest.ResponseRecorder {
	c.t.Helper()
	if r.Host == "" || r.Host == "example.com" {
		r.Host = "127.0.0.1:8080"
	}
	if c.cookie != "" {
		r.AddCookie(&http.Cookie{Name: cookieName, Value: c.cookie})
	}
	if c.lang != "" {
		r.Header.Set("Accept-Language", c.lang)
	}
	w := httptest.NewRecorder()
	c.s.ServeHTTP(w, r)
	for _, ck := range w.Result().Cookies() {
		if ck.Name == cookieName {
			c.cookie = ck.Value
		}
	}
	if m := reCSRF.FindStringSubmatch(w.Body.String()); m != nil {
		c.csrf = m[1]
	}
	return w
}

func (c *client) get(path string) *httptest.ResponseRecorder {
	return c.do(httptest.NewRequest(http.MethodGet, path, nil))
}

// post sends an URL-encoded form with the client's token (unless the form
// sets csrf) from this server's origin.
func (c *client) post(path string, form url.Values) *httptest.ResponseRecorder {
	if !form.Has("csrf") {
		form.Set("csrf", c.csrf)
	}
	r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("Origin", "http://127.0.0.1:8080")
	return c.do(r)
}

// upload posts a multipart form with a file (no file part when name is "").
func (c *client) upload(path, field, name string, data []byte, fields map[string]string) *httptest.ResponseRecorder {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	if _, ok := fields["csrf"]; !ok {
		mw.WriteField("csrf", c.csrf)
	}
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if name != "" {
		fw, _ := mw.CreateFormFile(field, name)
		fw.Write(data)
	}
	mw.Close()
	r := httptest.NewRequest(http.MethodPost, path, &b)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	r.Header.Set("Origin", "http://127.0.0.1:8080")
	return c.do(r)
}

func wantCode(t *testing.T, w *httptest.ResponseRecorder, code int, substr ...string) {
	t.Helper()
	if w.Code != code {
		t.Fatalf("status %d, want %d; body:\n%.2000s", w.Code, code, w.Body.String())
	}
	for _, s := range substr {
		if !strings.Contains(w.Body.String(), s) {
			t.Errorf("body lacks %q:\n%.3000s", s, w.Body.String())
		}
	}
}

// uploadSleep uploads the sleep data and returns the columns page's path.
func uploadSleep(t *testing.T, c *client) string {
	t.Helper()
	w := c.upload("/upload", "file", "sleep.csv", sleepCSV, nil)
	wantCode(t, w, http.StatusSeeOther)
	loc := w.Header().Get("Location")
	if !regexp.MustCompile(`^/d/[0-9a-f]{12}$`).MatchString(loc) {
		t.Fatalf("redirect to %q", loc)
	}
	return loc
}

const sleepQuery = "layout=wide&before=group1&after=group2&id=id&kind=numeric&lang=en&alpha=0.05"

func TestHomeHeadersAndSession(t *testing.T) {
	s := newTestServer(t, Config{})
	c := &client{t: t, s: s}
	w := c.get("/")
	wantCode(t, w, http.StatusOK, "Upload your data", `name="file"`, `action="/sample"`, "Sleep data", "Oxytocin massage article", "Up to 32 MB.")
	h := w.Header()
	for k, v := range map[string]string{
		"Content-Security-Policy": contentSecurityPolicy,
		"X-Content-Type-Options":  "nosniff",
		"X-Frame-Options":         "DENY",
		"Cache-Control":           "no-store",
		"Content-Type":            "text/html; charset=utf-8",
		"Content-Language":        "en",
	} {
		if h.Get(k) != v {
			t.Errorf("%s = %q, want %q", k, h.Get(k), v)
		}
	}
	if !strings.HasPrefix(contentSecurityPolicy, "default-src 'self';") {
		t.Error("the policy must start with default-src 'self'")
	}
	ck := w.Result().Cookies()
	if len(ck) != 1 || !ck[0].HttpOnly || ck[0].SameSite != http.SameSiteStrictMode || !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(ck[0].Value) {
		t.Errorf("session cookie %+v", ck)
	}
	if c.csrf == "" || c.csrf == c.cookie {
		t.Errorf("csrf token %q, cookie %q", c.csrf, c.cookie)
	}
	// The same cookie keeps the session; another browser gets another one.
	if w := c.get("/"); len(w.Result().Cookies()) != 0 {
		t.Error("a known session got a new cookie")
	}
	d := newClient(t, s)
	if d.cookie == c.cookie || d.csrf == c.csrf {
		t.Error("two sessions share an id or a token")
	}
	if s.Sessions() != 2 {
		t.Errorf("%d sessions, want 2", s.Sessions())
	}
	// Pages refer to no other origin.
	if regexp.MustCompile(`(src|href)="(https?:)?//`).MatchString(w.Body.String()) {
		t.Error("the page refers to another origin")
	}
}

func TestHostCheck(t *testing.T) {
	s := newTestServer(t, Config{Addr: "127.0.0.1:8080", AllowedHosts: []string{"lab-pc"}})
	for host, code := range map[string]int{
		"127.0.0.1:8080":      200,
		"localhost:8080":      200,
		"LOCALHOST":           200,
		"[::1]:8080":          200,
		"192.168.1.20:8080":   200,
		"lab-pc:8080":         200,
		"evil.example:8080":   403,
		"evil.example":        403,
		"localhost.evil.test": 403,
		"":                    403,
	} {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.Host = host
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		if w.Code != code {
			t.Errorf("Host %q: status %d, want %d", host, w.Code, code)
		}
		if code == 403 && !strings.Contains(w.Body.String(), "This address is not allowed") {
			t.Errorf("Host %q: no message", host)
		}
	}
}

func TestAcceptLanguage(t *testing.T) {
	for h, want := range map[string]i18n.Lang{
		"":                         i18n.English,
		"id":                       i18n.Indonesian,
		"id-ID,id;q=0.9,en;q=0.8":  i18n.Indonesian,
		"en-US,en;q=0.9,id;q=0.8":  i18n.English,
		"fr,de;q=0.8":              i18n.English,
		"fr, id;q=0.5":             i18n.Indonesian,
		"en;q=0.3, in;q=0.6":       i18n.Indonesian,
		"id;q=bad, en;q=0.1":       i18n.English,
		"ID-id":                    i18n.Indonesian,
		"en, id":                   i18n.English,
		"*":                        i18n.English,
		"id;q=0.5, en;q=0.5, fr;q": i18n.Indonesian,
	} {
		if got := acceptLanguage(h); got != want {
			t.Errorf("acceptLanguage(%q) = %q, want %q", h, got, want)
		}
	}
	s := newTestServer(t, Config{})
	c := &client{t: t, s: s, lang: "id-ID,id;q=0.9"}
	wantCode(t, c.get("/"), 200, `<html lang="id">`, "Unggah data Anda", `aria-pressed="true">Bahasa Indonesia`)
}

func TestLanguageSwitch(t *testing.T) {
	s := newTestServer(t, Config{})
	c := newClient(t, s)
	w := c.post("/lang", url.Values{"lang": {"id"}, "next": {"/audit"}})
	wantCode(t, w, http.StatusSeeOther)
	if loc := w.Header().Get("Location"); loc != "/audit" {
		t.Errorf("redirect to %q", loc)
	}
	wantCode(t, c.get("/audit"), 200, "Periksa angka-angka sebuah artikel")
	// The switch only leads to this server.
	for _, next := range []string{"//evil.example/", "https://evil.example/", `/\evil.example`, "", "audit", "/x\r\nSet-Cookie: a=b"} {
		w := c.post("/lang", url.Values{"lang": {"en"}, "next": {next}})
		wantCode(t, w, http.StatusSeeOther)
		if loc := w.Header().Get("Location"); loc != "/" {
			t.Errorf("next %q: redirect to %q", next, loc)
		}
	}
	wantCode(t, c.post("/lang", url.Values{"lang": {"de"}}), http.StatusBadRequest)
	wantCode(t, c.post("/lang", url.Values{"lang": {"id"}, "csrf": {"0000"}}), http.StatusForbidden, "another web site")
	wantCode(t, c.get("/lang"), http.StatusMethodNotAllowed)
	wantCode(t, c.get("/"), 200, "Upload your data") // the forged switch changed nothing
}

func TestCrossSitePostsRefused(t *testing.T) {
	s := newTestServer(t, Config{})
	c := newClient(t, s)
	form := url.Values{"csrf": {c.csrf}, "sample": {"sleep"}}.Encode()
	for name, hdr := range map[string]map[string]string{
		"foreign origin":   {"Origin": "http://evil.example"},
		"null origin":      {"Origin": "null"},
		"other port":       {"Origin": "http://127.0.0.1:9999"},
		"foreign referer":  {"Referer": "http://evil.example/page"},
		"cross-site fetch": {"Sec-Fetch-Site": "cross-site", "Origin": "http://127.0.0.1:8080"},
		"same-site fetch":  {"Sec-Fetch-Site": "same-site"},
	} {
		r := httptest.NewRequest(http.MethodPost, "/sample", strings.NewReader(form))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for k, v := range hdr {
			r.Header.Set(k, v)
		}
		if w := c.do(r); w.Code != http.StatusForbidden {
			t.Errorf("%s: status %d, want 403", name, w.Code)
		}
	}
	// Right origin, wrong or missing token.
	wantCode(t, c.post("/sample", url.Values{"sample": {"sleep"}, "csrf": {"deadbeef"}}), http.StatusForbidden)
	wantCode(t, c.post("/sample", url.Values{"sample": {"sleep"}, "csrf": {""}}), http.StatusForbidden)
	wantCode(t, c.upload("/upload", "file", "sleep.csv", sleepCSV, map[string]string{"csrf": "x"}), http.StatusForbidden)
	// Another session's token does not work either.
	d := newClient(t, s)
	wantCode(t, c.post("/sample", url.Values{"sample": {"sleep"}, "csrf": {d.csrf}}), http.StatusForbidden)
	// A browser without a session (its cookie expired) is told to reload.
	e := &client{t: t, s: s}
	wantCode(t, e.post("/sample", url.Values{"sample": {"sleep"}, "csrf": {c.csrf}}), http.StatusForbidden, "Reload the page")
	// No Origin and no Referer (a non-browser client): the token decides.
	r := httptest.NewRequest(http.MethodPost, "/sample", strings.NewReader(url.Values{"csrf": {c.csrf}, "sample": {"sleep"}}.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	wantCode(t, c.do(r), http.StatusSeeOther)
}

func TestUploadAndColumns(t *testing.T) {
	s := newTestServer(t, Config{})
	c := newClient(t, s)
	loc := uploadSleep(t, c)
	wantCode(t, c.get("/"), 200, "Your data in this session", `<a href="`+loc+`">sleep.csv</a>`)
	w := c.get(loc)
	wantCode(t, w, 200, "Choose the columns", "sleep.csv: CSV, 3 columns. The first 8 rows:",
		`<option value="group1" selected>group1</option>`, "<td>-1.6</td>", `action="`+loc+`/report"`, "Prefilled by a guess")
	if strings.Count(w.Body.String(), "<tr>") != 9 {
		t.Errorf("%d table rows, want a header and 8", strings.Count(w.Body.String(), "<tr>"))
	}
	// A name guess: pre/post (and sebelum/sesudah) columns.
	csv := "no,nama,sebelum,sesudah\n1,A,3,4\n2,B,2,4\n3,C,3,3\n"
	w = c.upload("/upload", "file", "asi.csv", []byte(csv), nil)
	wantCode(t, w, http.StatusSeeOther)
	w = c.get(w.Header().Get("Location"))
	wantCode(t, w, 200, `<option value="sebelum" selected>`, `<option value="sesudah" selected>`, `<option value="no" selected>`)
	// Words in the before column: ordered categories, levels prefilled.
	csv = "id,pre,post\n1,low,high\n2,mid,high\n3,low,mid\n"
	w = c.upload("/upload", "file", "cat.csv", []byte(csv), nil)
	w = c.get(w.Header().Get("Location"))
	wantCode(t, w, 200, `value="ordered" checked`, "low\nmid\nhigh</textarea>")
	// Long format: id, time and value columns.
	csv = "id,time,value\n1,pre,3\n1,post,4\n2,pre,2\n2,post,5\n"
	w = c.upload("/upload", "file", "long.csv", []byte(csv), nil)
	w = c.get(w.Header().Get("Location"))
	wantCode(t, w, 200, `value="long" checked`, `id="beforevalue" name="beforevalue" value="pre"`, `id="aftervalue" name="aftervalue" value="post"`)
}

func TestUploadErrors(t *testing.T) {
	s := newTestServer(t, Config{MaxUpload: 1 << 10})
	c := newClient(t, s)
	big := bytes.Repeat([]byte("1,2\n"), 1000)
	w := c.upload("/upload", "file", "big.csv", append([]byte("a,b\n"), big...), nil)
	wantCode(t, w, http.StatusRequestEntityTooLarge, "larger than 0 MB")
	// The server stays up and the session too.
	wantCode(t, c.get("/"), 200)
	wantCode(t, c.upload("/upload", "file", "", nil, nil), http.StatusBadRequest, "Choose a file first.")
	wantCode(t, c.upload("/upload", "file", "e.csv", nil, nil), http.StatusBadRequest, "The file is empty.")
	wantCode(t, c.upload("/upload", "file", "bad.csv", []byte("a,b\n1,2\n3\n"), nil), http.StatusUnprocessableEntity, "The file could not be read", "bad.csv", "line 3")
	wantCode(t, c.upload("/upload", "file", "u.csv", []byte("a,b\n\xff,1\n"), nil), http.StatusUnprocessableEntity, "UTF-8")
	wide := strings.Repeat("c,", MaxColumns) + "c\n" + strings.Repeat("1,", MaxColumns) + "1\n"
	s2 := newTestServer(t, Config{})
	c2 := newClient(t, s2)
	wide = strings.Join(func() []string {
		h := make([]string, MaxColumns+1)
		for i := range h {
			h[i] = "c" + string(rune('a'+i%26)) + strings.Repeat("x", i/26)
		}
		return h
	}(), ",") + "\n" + wide[strings.IndexByte(wide, '\n')+1:]
	wantCode(t, c2.upload("/upload", "file", "wide.csv", []byte(wide), nil), http.StatusUnprocessableEntity, "more columns than this program shows (500)")
	// A hostile file name is only a name, escaped where it is shown.
	w = c2.upload("/upload", "file", `..\..\"<img src=x onerror=alert(1)>.csv`, sleepCSV, nil)
	wantCode(t, w, http.StatusSeeOther)
	w = c2.get(w.Header().Get("Location"))
	wantCode(t, w, 200, "&#34;&lt;img src=x onerror=alert(1)&gt;.csv: CSV")
	if strings.Contains(w.Body.String(), "<img src=x") || strings.Contains(w.Body.String(), `..\`) {
		t.Error("the file name reached the page unescaped")
	}
}

func TestBaseName(t *testing.T) {
	long := strings.Repeat("é", 150) + ".csv"
	for in, want := range map[string]string{
		`C:\Users\ana\data.csv`: "data.csv",
		"/home/ana/data.csv":    "data.csv",
		"a\x00b\nc.csv":         "abc.csv",
		"":                      "data",
		"dir/":                  "data",
		long:                    strings.Repeat("é", 100),
	} {
		if got := baseName(in); got != want {
			t.Errorf("baseName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSamples(t *testing.T) {
	s := newTestServer(t, Config{})
	c := newClient(t, s)
	w := c.post("/sample", url.Values{"sample": {"oxytocin"}})
	wantCode(t, w, http.StatusSeeOther)
	w = c.get(w.Header().Get("Location"))
	wantCode(t, w, 200, "oxytocin.csv: CSV, 3 columns", `value="ordered" checked`, "ASI belum keluar\nASI keluar namun belum lancar\nASI keluar lancar</textarea>",
		`<option value="id" selected>Bahasa Indonesia`)
	wantCode(t, c.post("/sample", url.Values{"sample": {"nope"}}), http.StatusNotFound)
	wantCode(t, c.get("/sample"), http.StatusMethodNotAllowed)
	// The embedded samples are the repository's test data, byte for byte.
	for _, sm := range samples() {
		orig := map[string]string{"sleep": "../../testdata/sleep.csv", "oxytocin": "../../testdata/oxytocin/reconstructed.csv"}[sm.Key]
		b, err := os.ReadFile(orig)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, sm.data) {
			t.Errorf("sample %s differs from %s (copy it to static/samples/)", sm.Key, orig)
		}
	}
}

func TestReportAndDownloads(t *testing.T) {
	s := newTestServer(t, Config{})
	c := newClient(t, s)
	loc := uploadSleep(t, c)
	w := c.get(loc + "/report?" + sleepQuery)
	wantCode(t, w, 200, "Your report", `<iframe class="paper" id="report"`, `/file/results.docx?`, "manuscript.md", "results.zip", "paired.svg", "differences.png")
	if strings.Contains(w.Body.String(), "%3d") {
		t.Error("the download links' query is escaped twice")
	}
	get := func(name string, extra string) *httptest.ResponseRecorder {
		return c.get(loc + "/file/" + name + "?" + sleepQuery + extra)
	}
	// The report in the frame: R 4.2 t.test(group1, group2, paired = TRUE)
	// gives t = -4.062127683, df = 9.
	w = get("results.html", "&inline=1")
	wantCode(t, w, 200, "<em>t</em>(9) = −4.06")
	if w.Header().Get("Content-Security-Policy") != reportPolicy || w.Header().Get("X-Frame-Options") != "SAMEORIGIN" || w.Header().Get("Content-Disposition") != "" {
		t.Errorf("inline report headers %v", w.Header())
	}
	w = get("results.html", "")
	if cd := w.Header().Get("Content-Disposition"); cd != `attachment; filename="results.html"` {
		t.Errorf("Content-Disposition %q", cd)
	}
	for name, magic := range map[string]string{"results.docx": "PK", "results.zip": "PK", "paired.png": "\x89PNG", "paired.pdf": "%PDF", "paired.svg": "<?xml", "results.md": "# Results", "results.tex": "% ", "results-standalone.tex": "\\documentclass"} {
		w := get(name, "")
		wantCode(t, w, 200)
		if !strings.HasPrefix(w.Body.String(), magic) {
			t.Errorf("%s starts %q", name, w.Body.String()[:min(20, w.Body.Len())])
		}
		if w.Header().Get("Content-Type") != contentType(name) {
			t.Errorf("%s: Content-Type %q", name, w.Header().Get("Content-Type"))
		}
	}
	docx := get("results.docx", "").Body.Bytes()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	if !hasFile(zr, "word/document.xml") {
		t.Error("the docx has no word/document.xml")
	}
	z := get("results.zip", "").Body.Bytes()
	zr, err = zip.NewReader(bytes.NewReader(z), int64(len(z)))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"results.md", "results.html", "results.docx", "results.tex", "results-standalone.tex", "paired.svg", "paired.png", "paired.pdf", "differences.svg", "manuscript.md", "data/sleep.csv"} {
		if !hasFile(zr, n) {
			t.Errorf("the zip lacks %s", n)
		}
	}
	if z2 := get("results.zip", "").Body.Bytes(); !bytes.Equal(z, z2) {
		t.Error("the zip differs between two downloads")
	}
	m := get("manuscript.md", "").Body.String()
	for _, want := range []string{"lang: en\n", "    data: data/sleep.csv\n", "    before: group1\n", "    after: group2\n", "{{main.t.sentence}}", "{{table main.ttest}}"} {
		if !strings.Contains(m, want) {
			t.Errorf("manuscript lacks %q:\n%s", want, m)
		}
	}
	// The zip knits as it is: the template names data/sleep.csv, which
	// the zip holds. R 4.2: t = -4.062127683.
	ms, err := report.Knit(zr, "manuscript.md", report.KnitOptions{})
	if err != nil {
		t.Fatalf("knitting the zip's manuscript: %v", err)
	}
	var kb bytes.Buffer
	if err := ms.WriteMarkdown(&kb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(kb.String(), "(9) = −4.06") {
		t.Errorf("the knitted manuscript lacks t(9) = −4.06:\n%s", kb.String())
	}
	wantCode(t, get("nope.exe", ""), http.StatusNotFound)
	wantCode(t, get("..%2f..%2fetc%2fpasswd", ""), http.StatusNotFound)
}

func hasFile(zr *zip.Reader, name string) bool {
	for _, f := range zr.File {
		if f.Name == name {
			return true
		}
	}
	return false
}

func TestReportOptions(t *testing.T) {
	s := newTestServer(t, Config{})
	c := newClient(t, s)
	// Indonesian, one-sided, after − before, alpha .01, with a title.
	loc := uploadSleep(t, c)
	q := "layout=wide&before=group1&after=group2&kind=numeric&lang=id&alt=greater&direction=after-before&alpha=0,01&title=Tidur&variable=jam+tidur"
	wantCode(t, c.get(loc+"/report?"+q), 200)
	w := c.get(loc + "/file/results.html?" + q + "&inline=1")
	// R 4.2: t.test(group2, group1, paired = TRUE, alternative = "greater")
	// gives t = 4.062127683, p = 0.001416445.
	wantCode(t, w, 200, "<h1>Tidur</h1>", "<em>t</em>(9) = 4,06", "α = 0,01", "jam tidur")
	// Ordered categories with codes and labels, a group filter.
	csv := "id,pre,post,grp\n1,1,2,A\n2,2,3,A\n3,3,3,B\n4,1,3,A\n5,2,2,B\n6,1,2,A\n"
	w = c.upload("/upload", "file", "codes.csv", []byte(csv), nil)
	loc = w.Header().Get("Location")
	q = "layout=wide&before=pre&after=post&kind=ordered&levels=" + url.QueryEscape("1 = low\n2 = mid\n3 = high") + "&where=grp%3DA&lang=en"
	wantCode(t, c.get(loc+"/report?"+q), 200)
	wantCode(t, c.get(loc+"/file/results.html?"+q+"&inline=1"), 200, "low", "high", "4 of 6 rows")
	// The filter is offered as column = value, the pairs' columns not.
	w = c.get(loc + "/report?" + q)
	wantCode(t, w, 200, `<option value="grp=A" selected>grp=A</option><option value="grp=B">grp=B</option>`)
	if strings.Contains(w.Body.String(), `value="pre=1"`) {
		t.Error("the before column is offered as a group")
	}
	// Long format.
	csv = "id,time,value\n1,pre,3\n1,post,4\n2,pre,2\n2,post,5\n3,pre,4\n3,post,4.5\n"
	w = c.upload("/upload", "file", "long.csv", []byte(csv), nil)
	loc = w.Header().Get("Location")
	q = "layout=long&id=id&time=time&value=value&beforevalue=pre&aftervalue=post&kind=numeric"
	wantCode(t, c.get(loc+"/report?"+q), 200)
	// R 4.2: t.test(c(3,2,4), c(4,5,4.5), paired = TRUE): t = -1.963961012, df = 2.
	wantCode(t, c.get(loc+"/file/results.html?"+q+"&inline=1"), 200, "<em>t</em>(2) = −1.96")
}

func TestReportErrors(t *testing.T) {
	s := newTestServer(t, Config{})
	c := newClient(t, s)
	loc := uploadSleep(t, c)
	for q, want := range map[string]string{
		"layout=wide&before=group1":                                      "Choose the before and the after column",
		"layout=wide&before=group1&after=group1":                         "are the same column",
		"layout=long&id=id&beforevalue=a&aftervalue=b":                   "Choose the before and the after column",
		"layout=wide&before=group1&after=nope":                           "nope",
		"layout=wide&before=group1&after=group2&alpha=2":                 "between 0 and 1",
		"layout=wide&before=group1&after=group2&alpha=abc":               "between 0 and 1",
		"layout=wide&before=group1&after=group2&alt=sideways":            "sideways",
		"layout=wide&before=id&after=group1&kind=ordered&levels=a%0Ab=c": "every line needs one",
		"layout=wide&before=group1&after=group2&kind=ordered&levels=" + url.QueryEscape(strings.Repeat("x\n", MaxLevels+1)): "More than 50 categories",
		"layout=wide&before=group1&after=group2&kind=ordered&levels=a%0Ab":                                                  "The analysis could not be made",
	} {
		w := c.get(loc + "/report?" + q)
		if w.Code != http.StatusUnprocessableEntity || !strings.Contains(w.Body.String(), want) || !strings.Contains(w.Body.String(), `role="alert"`) {
			t.Errorf("%s: status %d, want 422 with %q:\n%.1500s", q, w.Code, want, w.Body.String())
		}
		if w := c.get(loc + "/file/results.docx?" + q); w.Code != http.StatusUnprocessableEntity {
			t.Errorf("%s: download status %d, want 422", q, w.Code)
		}
	}
	wantCode(t, c.get("/d/000000000000/report?"+sleepQuery), http.StatusNotFound, "no longer in memory")
	wantCode(t, c.get("/d/000000000000"), http.StatusNotFound, "no longer in memory")
	wantCode(t, c.get("/d/000000000000/file/results.md"), http.StatusNotFound)
	// Another session cannot see this one's data.
	d := newClient(t, s)
	wantCode(t, d.get(loc), http.StatusNotFound)
}

func TestRoutesAndMethods(t *testing.T) {
	s := newTestServer(t, Config{})
	c := newClient(t, s)
	wantCode(t, c.get("/nope"), http.StatusNotFound, "This page does not exist.")
	wantCode(t, c.get("/upload"), http.StatusMethodNotAllowed)
	wantCode(t, c.post("/d/x", url.Values{}), http.StatusMethodNotAllowed)
	wantCode(t, c.post("/", url.Values{}), http.StatusMethodNotAllowed)
	w := c.get("/static/style.css")
	wantCode(t, w, 200, "font-family")
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/css") {
		t.Errorf("style.css Content-Type %q", ct)
	}
	wantCode(t, c.get("/static/app.js"), 200, "use strict")
	wantCode(t, c.get("/static/icon.svg"), 200, "<svg")
	wantCode(t, c.get("/static/nope.css"), http.StatusNotFound)
	if w := c.get("/static/../server.go"); w.Code == 200 || strings.Contains(w.Body.String(), "package web") {
		t.Errorf("/static/../server.go: status %d", w.Code)
	}
	wantCode(t, c.post("/static/style.css", url.Values{}), http.StatusMethodNotAllowed)
	r := httptest.NewRequest(http.MethodHead, "/", nil)
	wantCode(t, c.do(r), 200)
}

func TestSessionsExpire(t *testing.T) {
	clk := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	s := newTestServer(t, Config{Now: clk.now, SessionTTL: 10 * time.Minute, MaxSessions: 3})
	c := newClient(t, s)
	loc := uploadSleep(t, c)
	clk.add(9 * time.Minute)
	wantCode(t, c.get(loc), 200) // used: the clock restarts
	clk.add(9 * time.Minute)
	wantCode(t, c.get(loc), 200)
	clk.add(11 * time.Minute)
	wantCode(t, c.get(loc), http.StatusNotFound, "no longer in memory")
	// The sweeper drops idle sessions.
	newClient(t, s)
	clk.add(11 * time.Minute)
	s.sweep()
	if n := s.Sessions(); n != 0 {
		t.Errorf("%d sessions after the sweep, want 0", n)
	}
	// At most MaxSessions: the least recently used goes first.
	a := newClient(t, s)
	clk.add(time.Second)
	newClient(t, s)
	clk.add(time.Second)
	newClient(t, s)
	clk.add(time.Second)
	newClient(t, s)
	if n := s.Sessions(); n != 3 {
		t.Errorf("%d sessions, want 3", n)
	}
	if w := a.get("/"); len(w.Result().Cookies()) != 1 {
		t.Error("the oldest session was kept")
	}
	// At most MaxDatasets per session: the oldest goes.
	first := uploadSleep(t, a)
	for range MaxDatasets {
		uploadSleep(t, a)
	}
	wantCode(t, a.get(first), http.StatusNotFound)
	// At most MaxMemory of uploads over all sessions: the oldest goes,
	// whoever holds it.
	m := newTestServer(t, Config{Now: clk.now, MaxMemory: int64(3*len(sleepCSV) + 10)})
	x, y := newClient(t, m), newClient(t, m)
	var locs []string
	for i := range 4 {
		clk.add(time.Second)
		locs = append(locs, uploadSleep(t, []*client{x, y}[i%2]))
	}
	wantCode(t, x.get(locs[0]), http.StatusNotFound)
	wantCode(t, y.get(locs[1]), 200)
	wantCode(t, x.get(locs[2]), 200)
	wantCode(t, y.get(locs[3]), 200)
	s.Close()
	if s.Sessions() != 0 {
		t.Error("Close kept sessions")
	}
	s.Close() // twice is fine
}

func TestAuditPage(t *testing.T) {
	s := newTestServer(t, Config{})
	c := newClient(t, s)
	wantCode(t, c.get("/audit"), 200, "Check the numbers of an article", `enctype="multipart/form-data"`)
	text := "Scores rose, t(28) = 2.20, p = 0.04; later t(15) = 1.98, p < .05.\n\nNo statistics here."
	w := c.upload("/audit", "file", "", nil, map[string]string{"text": text})
	wantCode(t, w, 200, "Results found: 2.", `<mark class="v-consistent" id="r1"><a href="#c1">t(28) = 2.20, p = 0.04</a><sup>1`,
		`<mark class="v-decision-error" id="r2"><a href="#c2">t(15) = 1.98, p &lt; .05</a>`, `id="c2" class="check v-decision-error"`, "0.066354", "decision error: 1")
	// A file replaces the text; HTML is read by its text.
	html := "<html><body><p>We found <i>t</i>(28) = 2.20, <i>p</i> = .04.</p></body></html>"
	w = c.upload("/audit", "file", "a.html", []byte(html), map[string]string{"text": ""})
	wantCode(t, w, 200, "Results found: 1.", "v-consistent")
	// In Indonesian, with the explanation in Indonesian.
	c.lang = "id"
	w = c.upload("/audit", "file", "", nil, map[string]string{"text": "Hasil uji t(22) = -28,471 dengan p = 0,000."})
	wantCode(t, w, 200, "Hasil yang ditemukan:", "kesalahan pelaporan")
	c.lang = ""
	wantCode(t, c.upload("/audit", "file", "", nil, map[string]string{"text": "Nothing to see."}), 200, "No statistical result was found")
	wantCode(t, c.upload("/audit", "file", "", nil, map[string]string{"text": "  "}), http.StatusBadRequest, "Paste a text")
	wantCode(t, c.upload("/audit", "file", "a.pdf", []byte("%PDF-1.7\n%\xe2\xe3\n1 0 obj"), nil), http.StatusUnprocessableEntity, "This is a PDF file.")
	wantCode(t, c.upload("/audit", "file", "", nil, map[string]string{"text": text, "alpha": "5"}), http.StatusBadRequest, "between 0 and 1")
	wantCode(t, c.upload("/audit", "file", "", nil, map[string]string{"text": text, "alpha": "0,01"}), 200, "Results found: 2.")
	long := strings.Repeat("t(28) = 2.20, p = 0.04. ", MaxText/20)
	wantCode(t, c.upload("/audit", "file", "big.txt", []byte(long), nil), http.StatusRequestEntityTooLarge, "longer than 1048576 characters")
	wantCode(t, c.upload("/audit", "file", "", nil, map[string]string{"text": long[:MaxText+1]}), http.StatusRequestEntityTooLarge, "longer than 1048576 characters")
	wantCode(t, c.upload("/audit", "file", "", nil, map[string]string{"text": text, "csrf": "bad"}), http.StatusForbidden)
	wantCode(t, c.do(httptest.NewRequest(http.MethodPut, "/audit", nil)), http.StatusMethodNotAllowed)
}

func TestHighlight(t *testing.T) {
	// A result over two lines, a result inside brackets and a second check
	// at the same place share marks as audit.Scan reports them.
	for _, tc := range []struct{ text, a, b string }{
		{"x t(9) = 2.5, p = .03. Next", "t(9)", "t(9) = 2.5, p = .03"},
		{"(t(9) = 2.5, p = .03) and", "t(9)", "t(9) = 2.5, p = .03"},
		{"t(9) = 2.5; p = .03", "t(9)", "t(9) = 2.5"},
		{"p = .5 end", "p", "p = .5 end"},
	} {
		a := strings.Index(tc.text, tc.a)
		if got := tc.text[a:clauseEnd(tc.text, a)]; got != tc.b {
			t.Errorf("clauseEnd(%q) = %q, want %q", tc.text, got, tc.b)
		}
	}
	if got := offset("ab\ncdé f", lineStarts("ab\ncdé f"), 2, 4); got != 7 { // é is two bytes
		t.Errorf("offset = %d, want 7", got)
	}
	for _, tc := range [][2]int{{3, 1}, {1, 9}, {2, 9}, {0, 1}} {
		if got := offset("ab\ncd", lineStarts("ab\ncd"), tc[0], tc[1]); got != -1 {
			t.Errorf("offset(line %d, col %d) = %d, want -1", tc[0], tc[1], got)
		}
	}
	// Long text without a clause end: the mark stops at a rune boundary.
	txt := "t(9) = " + strings.Repeat("é", 200)
	if e := clauseEnd(txt, 0); e != 239 && e != 240 {
		t.Errorf("clauseEnd at %d", e)
	} else if !strings.HasPrefix(txt[e:], "é") && e != len(txt) {
		t.Errorf("clauseEnd %d splits a rune", e)
	}
}

func TestReadFormLimits(t *testing.T) {
	s := newTestServer(t, Config{})
	c := newClient(t, s)
	// A URL-encoded body past the form limit is refused, not read whole.
	big := url.Values{"sample": {strings.Repeat("x", maxForm+10)}}
	wantCode(t, c.post("/sample", big), http.StatusForbidden)
	// A multipart field past the limit too.
	wantCode(t, c.upload("/audit", "file", "", nil, map[string]string{"text": strings.Repeat("x", MaxText+maxForm+10)}), http.StatusRequestEntityTooLarge, "longer than")
	// A malformed multipart body is an error page, not a crash.
	r := httptest.NewRequest(http.MethodPost, "/upload", strings.NewReader("--x\r\nbroken"))
	r.Header.Set("Content-Type", "multipart/form-data; boundary=x")
	r.Header.Set("Origin", "http://127.0.0.1:8080")
	wantCode(t, c.do(r), http.StatusForbidden)
	_, _ = io.Discard.Write(nil)
}

// TestSPSSAndExcel uploads the dataset package's fixtures: SPSS files
// with value labels read as ordered categories in code order, and a
// workbook with two sheets of data asking which.
func TestSPSSAndExcel(t *testing.T) {
	s := newTestServer(t, Config{})
	c := newClient(t, s)
	read := func(name string) []byte {
		b, err := os.ReadFile("../../dataset/testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, name := range []string{"sleep.sav", "sleep.xlsx"} {
		w := c.upload("/upload", "file", name, read(name), nil)
		wantCode(t, w, http.StatusSeeOther)
		loc := w.Header().Get("Location")
		format := map[string]string{"sleep.sav": "SPSS file", "sleep.xlsx": "Excel workbook"}[name]
		wantCode(t, c.get(loc), 200, name+": "+format+", ")
		// R 4.2: t.test(group1, group2, paired = TRUE): t = -4.062127683.
		q := "layout=wide&before=group1&after=group2&kind=numeric&lang=en"
		wantCode(t, c.get(loc+"/report?"+q), 200)
		wantCode(t, c.get(loc+"/file/results.html?"+q+"&inline=1"), 200, "<em>t</em>(9) = −4.06")
	}
	w := c.upload("/upload", "file", "oxytocin.sav", read("oxytocin.sav"), nil)
	loc := w.Header().Get("Location")
	w = c.get(loc)
	// The value labels are declared 3, 1, 2; the levels follow the codes.
	wantCode(t, w, 200, `value="ordered" checked`, "ASI belum keluar\nASI keluar namun belum lancar\nASI keluar lancar</textarea>")
	// A workbook with two sheets of data: the page asks, and the sheet's
	// choice is kept in the form.
	w = c.upload("/upload", "file", "features.xlsx", read("features.xlsx"), nil)
	wantCode(t, w, http.StatusSeeOther)
	loc = w.Header().Get("Location")
	wantCode(t, c.get(loc), 200, "cannot choose a sheet", `id="sheet" name="sheet"`)
	wantCode(t, c.get(loc+"?sheet=Nope"), http.StatusUnprocessableEntity, "sheet not found")
	wantCode(t, c.get(loc+"?sheet=Data"), 200, "features.xlsx: Excel workbook, ", `<input type="hidden" name="sheet" value="Data">`)
	wantCode(t, c.get(loc+"?sheet=1"), 200, `<input type="hidden" name="sheet" value="1">`)
	c.lang = "id"
	wantCode(t, c.get(loc), 200, "features.xlsx: workbook Excel, ")
}

// TestInputErrorsIndonesian: the loader's errors on an Indonesian page name
// the place and the fault in Indonesian, the loader's detail kept.
func TestInputErrorsIndonesian(t *testing.T) {
	s := newTestServer(t, Config{})
	c := newClient(t, s)
	c.lang = "id"
	w := c.upload("/upload", "file", "x.csv", []byte("id,pre,post\n1,1,x\n2,2\n"), nil)
	wantCode(t, w, http.StatusUnprocessableEntity, "Berkas tidak dapat dibaca: x.csv, baris 3: jumlah sel tidak sesuai dengan header")
	w = c.upload("/upload", "file", "x.csv", []byte("id,pre,post\n1,1,x\n"), nil)
	loc := w.Header().Get("Location")
	wantCode(t, c.get(loc+"/report?layout=wide&before=pre&after=post"), http.StatusUnprocessableEntity,
		`Analisis tidak dapat dibuat: x.csv, baris 2, kolom &#34;post&#34;: berisi &#34;x&#34;: bukan angka (expected a number`)
	wantCode(t, c.get(loc+"/report?layout=wide&before=pre&after=nope"), http.StatusUnprocessableEntity,
		`kolom &#34;nope&#34;: kolom ini tidak ada (the header has`)
	wantCode(t, c.get(loc+"/report?layout=wide&before=pre&after=post&kind=ordered&levels=1%0A2"), http.StatusUnprocessableEntity,
		`berisi &#34;x&#34;: bukan`)
	// In English the loader's own message.
	c.lang = "en"
	wantCode(t, c.get(loc+"/report?layout=wide&before=pre&after=post&lang=en"), http.StatusUnprocessableEntity,
		`x.csv: line 2, column &#34;post&#34; (field 3): found &#34;x&#34;: not a number`)
}
