package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckTextGolden pins pairedt check --text on testdata/check/results.md
// (text in both languages and JSON) and results.html. The verdicts come
// from statcheck 1.4.0 and R 4.2.2 on the same numbers: t(22) = -2.94
// gives p = .0076 (2*pt(-2.94, 22)), so p = .008 is consistent; r(48) =
// .32 gives p = .0235, so p = .23 is a decision error; t(15) = 1.98 gives
// p = .0664 (statcheck: decision error for p < .05); 4 of 23 is 17.4%, not
// the printed 18,4%; chi2(2) = 6.45 gives p = .0398 (pchisq), so p = .40
// is a decision error. -update rewrites the files.
func TestCheckTextGolden(t *testing.T) {
	md := filepath.Join("testdata", "check", "results.md")
	for _, c := range []struct {
		name string
		args []string
	}{
		{"text_en", []string{"--text", md}},
		{"text_id", []string{"--text", md, "--lang", "id"}},
		{"text.json", []string{"--text", md, "--json"}},
		{"text_html", []string{"--text", filepath.Join("testdata", "check", "results.html")}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(append([]string{"check"}, c.args...), strings.NewReader(""), &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			path := filepath.Join("testdata", "check", c.name+".stdout")
			if *update {
				if err := os.WriteFile(path, stdout.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := stdout.String(); got != string(want) {
				os.WriteFile(path+".got", stdout.Bytes(), 0o644)
				t.Errorf("%s differs from the golden file (output in %s.got)", path, path)
			}
		})
	}
}

// TestCheckTextStdin reads the text from standard input.
func TestCheckTextStdin(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", "--text", "-"}, strings.NewReader("Hasil: t(28) = 2.20, p = 0.04; t(15) = 1.98, p < .05."), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	// statcheck 1.4.0: consistent, then a decision error (p = .0664).
	if got := stdout.String(); !strings.Contains(got, "[consistent] p = 0.04 for t(28) = 2.20") || !strings.Contains(got, "[decision_error] p < .05 for t(15) = 1.98") {
		t.Errorf("got\n%s", got)
	}
}

// TestCheckTextPDFWithoutPdftotext: a PDF without pdftotext on PATH is a
// clear error, not garbage checks.
func TestCheckTextPDFWithoutPdftotext(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", "--text", filepath.Join("testdata", "check", "results.pdf")}, strings.NewReader(""), &stdout, &stderr)
	if code == 0 || !strings.Contains(stderr.String(), "pdftotext") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
	if _, err := readArticle(&env{}, filepath.Join("testdata", "check", "results.pdf")); !errors.Is(err, errNoPdftotext) {
		t.Errorf("err = %v, want errNoPdftotext", err)
	}
}

// TestCheckTextMissingFile: a file that cannot be read is an input error.
func TestCheckTextMissingFile(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", "--text", filepath.Join(t.TempDir(), "none.txt")}, strings.NewReader(""), &stdout, &stderr)
	if code == 0 || stdout.Len() != 0 {
		t.Errorf("exit %d, stdout %q", code, stdout.String())
	}
}

// TestCheckTextArticle runs pairedt check --text on the motivating
// article when its text is present (it is not shipped: no licence). The
// scan finds the 20 checks of testdata/oxytocin/claims.json; the first is
// line 23's "nilai t:–28,471 dan probalitasnya sebesar 0,000", a reporting
// error.
func TestCheckTextArticle(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "article", "oxytocin-massage-bener-2024.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skip("article text not present")
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "--text", path}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	if n := strings.Count(out, "\n["); n+1 != 20 || !strings.HasPrefix(out, "[reporting_error] p = 0,000 for t(22) = -28,471") {
		t.Errorf("%d checks:\n%s", n+1, out)
	}
}

// TestCheckEveryResult: a statement with two results gives two checks
// (issue 10 item 2; statcheck 1.4.0 flags the second, p = .0664, as a
// decision error).
func TestCheckEveryResult(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "t(28) = 2.20, p = 0.04; t(15) = 1.98, p < .05", "--json"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	got := stdout.String()
	if strings.Count(got, `"kind": "p_value"`) != 2 || !strings.Contains(got, `"verdict": "consistent"`) || !strings.Contains(got, `"verdict": "decision_error"`) {
		t.Errorf("got\n%s", got)
	}
	stdout.Reset()
	// statcheck 1.4.0 extracts nothing from t(2,28): not a t-test.
	if code := run([]string{"check", "t(2,28) = 2.20"}, strings.NewReader(""), &stdout, &stderr); code == 0 {
		t.Errorf("t(2,28): exit 0, stdout %q", stdout.String())
	}
}
