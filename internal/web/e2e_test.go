package web_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/pairedt/pairedt/internal/web"
)

// chromium returns the path of a Chromium binary ($PAIREDT_CHROMIUM, else
// chromium or chromium-browser on PATH), skipping the test without one.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("PAIREDT_CHROMIUM"); p != "" {
		return p
	}
	for _, n := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Skip("no chromium binary (apt-get install chromium); the browser test is skipped")
	return ""
}

// browser starts headless Chromium with a fresh profile and every
// background connection off (the test machine has no network), and
// returns a context for one tab.
func browser(t *testing.T, lang string) context.Context {
	t.Helper()
	exe := chromium(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("lang", lang),
		chromedp.Flag("accept-lang", lang),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return ctx
}

// shot saves a full-page screenshot as $PAIREDT_SCREENSHOTS/serve-NAME.png
// when that variable names a directory (docs/ holds the README's).
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("PAIREDT_SCREENSHOTS")
	if dir == "" {
		return
	}
	// The report pages as a reader first sees them (the window); the others
	// whole.
	act := chromedp.FullScreenshot(100)
	if strings.HasPrefix(name, "report") {
		act = chromedp.CaptureScreenshot()
	}
	png, err := chromedp.Run(ctx, act)
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "serve-"+name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func startServer(t *testing.T) *httptest.Server {
	t.Helper()
	ts := httptest.NewUnstartedServer(nil)
	srv := web.New(web.Config{Addr: ts.Listener.Addr().String()})
	ts.Config.Handler = srv
	ts.Start()
	t.Cleanup(func() { ts.Close(); srv.Close() })
	return ts
}

// makeReport presses "Make the report" and returns the report's text once
// its frame holds it.
func makeReport(t *testing.T, ctx context.Context) string {
	t.Helper()
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#make`)),
		chromedp.WaitVisible(chromedp.CSS(`#report`)),
	); err != nil {
		t.Fatal(err)
	}
	for range 100 {
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(function(){var f=document.getElementById("report"); return f && f.contentDocument && f.contentDocument.readyState === "complete" && f.contentDocument.body ? f.contentDocument.body.innerText : ""})()`))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(s, "t(") {
			return s
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("the report did not appear in its frame")
	return ""
}

// fetchDownload fetches a download link's target in the page (with the
// page's cookie, as a click would) and returns its bytes.
func fetchDownload(t *testing.T, ctx context.Context, sel string) []byte {
	t.Helper()
	js := `(async function(){var a=document.querySelector(` + "`" + sel + "`" + `); var r=await fetch(a.href); var b=new Uint8Array(await r.arrayBuffer()); var s=""; for (var i=0;i<b.length;i++) s+=String.fromCharCode(b[i]); return btoa(s);})()`
	b64, err := chromedp.Run(ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("fetching %s: %v", sel, err)
	}
	b, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkDOCX checks that b is a zip holding word/document.xml that
// contains want.
func checkDOCX(t *testing.T, b []byte, want string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("the Word file is not a zip (%d bytes): %v", len(b), err)
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			var x bytes.Buffer
			x.ReadFrom(rc)
			rc.Close()
			if !strings.Contains(x.String(), want) {
				t.Errorf("word/document.xml lacks %q", want)
			}
			return
		}
	}
	t.Error("the Word file has no word/document.xml")
}

// openHome starts a browser and a server, opens the first screen and
// returns the absolute path of the data file the test uploads.
func openHome(t *testing.T, data string) (context.Context, *httptest.Server, string) {
	t.Helper()
	ctx := browser(t, "en-US")
	ts := startServer(t)
	abs, err := filepath.Abs(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#file`)),
	); err != nil {
		t.Fatal(err)
	}
	return ctx, ts, abs
}

// TestBrowserSleep drives Chromium through the English flow: upload the
// sleep data, pick the columns, read t(9) = −4.06 (R 4.2: t.test(group1,
// group2, paired = TRUE) gives t = -4.062127683, df = 9) and download the Word
// file; then check a text on the audit page.
func TestBrowserSleep(t *testing.T) {
	ctx, ts, abs := openHome(t, "../../testdata/sleep.csv")
	shot(t, ctx, "home")
	if err := chromedp.Do(ctx,
		chromedp.SetUploadFiles(chromedp.CSS(`#file`), []string{abs}),
		chromedp.Click(chromedp.CSS(`form.upload button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`#before`)),
		chromedp.SetValue(chromedp.CSS(`#before`), "group1"),
		chromedp.SetValue(chromedp.CSS(`#after`), "group2"),
	); err != nil {
		t.Fatal(err)
	}
	unlabelled(t, ctx)
	shot(t, ctx, "columns")
	text := makeReport(t, ctx)
	if !strings.Contains(text, "t(9) = −4.06") {
		t.Errorf("the report does not read t(9) = −4.06:\n%.600s", text)
	}
	time.Sleep(300 * time.Millisecond) // the frame's height is fitted on load
	shot(t, ctx, "report")
	checkDOCX(t, fetchDownload(t, ctx, `#dl-results\\.docx`), "−4.06")

	// The audit page: two results, the second a decision error (statcheck
	// 1.4.0: t(15) = 1.98 gives p = .0664, not < .05).
	if err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/audit"),
		chromedp.WaitVisible(chromedp.CSS(`#text`)),
		chromedp.SetValue(chromedp.CSS(`#text`), auditSample),
		chromedp.Click(chromedp.CSS(`#check`)),
		chromedp.WaitVisible(chromedp.CSS(`.audited`)),
	); err != nil {
		t.Fatal(err)
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll(".audited mark")).map(function(m){return m.className + " " + m.textContent})`))
	if err != nil {
		t.Fatal(err)
	}
	if len(marks) != 2 || !strings.HasPrefix(marks[0], "v-consistent t(28) = 2.20, p = 0.04") || !strings.HasPrefix(marks[1], "v-decision-error t(15) = 1.98, p < .05") {
		t.Errorf("marks %q", marks)
	}
	unlabelled(t, ctx)
	shot(t, ctx, "audit")
}

// unlabelled fails the test for a form control of the page without a
// label (a screen reader would announce it by its type only).
func unlabelled(t *testing.T, ctx context.Context) {
	t.Helper()
	bad, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("input:not([type=hidden]), select, textarea")).filter(function(e){return !(e.labels && e.labels.length)}).map(function(e){return e.name})`))
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) > 0 {
		t.Errorf("form controls without a label: %q", bad)
	}
}

const auditSample = "Scores rose after the training, t(28) = 2.20, p = 0.04; in the second cohort too, t(15) = 1.98, p < .05.\n\nThe groups did not differ at baseline."

// TestBrowserArticleIndonesian drives the Indonesian flow: switch the
// interface to Indonesian, upload the article's reconstructed pairs
// (testdata/oxytocin/reconstructed.csv), read them as three ordered
// categories (examples/oxytocin's levels), read the report's t(22) = −8,52
// (R 4.2: t.test(match(before, levels), match(after, levels), paired =
// TRUE) gives t = -8.524726843) and download the Word file.
func TestBrowserArticleIndonesian(t *testing.T) {
	ctx, _, abs := openHome(t, "../../testdata/oxytocin/reconstructed.csv")
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`.langswitch button[value=id]`)),
		chromedp.WaitVisible(chromedp.CSS(`html[lang=id]`)),
	); err != nil {
		t.Fatal(err)
	}
	h1, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`h1`)))
	if err != nil || h1 != "Unggah data Anda" {
		t.Fatalf("h1 after the switch = %q, %v", h1, err)
	}
	shot(t, ctx, "home-id")
	if err := chromedp.Do(ctx,
		chromedp.SetUploadFiles(chromedp.CSS(`#file`), []string{abs}),
		chromedp.Click(chromedp.CSS(`form.upload button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`#before`)),
		chromedp.SetValue(chromedp.CSS(`#before`), "before"),
		chromedp.SetValue(chromedp.CSS(`#after`), "after"),
		chromedp.Click(chromedp.CSS(`input[name=kind][value=ordered]`)),
		chromedp.SetValue(chromedp.CSS(`#levels`), "ASI belum keluar\nASI keluar namun belum lancar\nASI keluar lancar"),
		chromedp.SetValue(chromedp.CSS(`#lang`), "id"),
		chromedp.SetValue(chromedp.CSS(`#variable`), "kelancaran pengeluaran ASI"),
	); err != nil {
		t.Fatal(err)
	}
	shot(t, ctx, "columns-id")
	text := makeReport(t, ctx)
	for _, want := range []string{"t(22) = −8,52", "ditolak dan Ha diterima", "ASI keluar lancar"} {
		if !strings.Contains(text, want) {
			t.Errorf("the Indonesian report lacks %q:\n%s", want, text)
		}
	}
	time.Sleep(300 * time.Millisecond)
	shot(t, ctx, "report-id")
	checkDOCX(t, fetchDownload(t, ctx, `#dl-results\\.docx`), "−8,52")
}

// TestBrowserWithoutJavaScript: with scripts off, the sample button, the
// settings form and the report's frame work as plain HTML (every field
// shown, none hidden by the script).
func TestBrowserWithoutJavaScript(t *testing.T) {
	ctx := browser(t, "en-US")
	ts := startServer(t)
	if err := chromedp.Do(ctx,
		chromedp.Action[chromedp.Void](func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
			_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
			return chromedp.Void{}, err
		}),
		chromedp.Navigate(ts.URL+"/"),
		chromedp.Click(chromedp.CSS(`#sample-sleep`)),
		chromedp.WaitVisible(chromedp.CSS(`#time`)), // the long-format fields stay visible
		chromedp.Click(chromedp.CSS(`#make`)),
		chromedp.WaitVisible(chromedp.CSS(`#report`)),
	); err != nil {
		t.Fatal(err)
	}
	src, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`#report`), "src"))
	if err != nil || !src.Exists {
		t.Fatalf("frame src %v, %v", src, err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+src.Value)); err != nil {
		t.Fatal(err)
	}
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`body`)))
	if err != nil || !strings.Contains(text, "t(9) = −4.06") {
		t.Errorf("the framed report: %v\n%.500s", err, text)
	}
}
