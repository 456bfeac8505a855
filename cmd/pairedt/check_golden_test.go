package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckGolden pins the output of pairedt check, text in both languages
// and JSON, byte for byte. The files in testdata/check were written by
// pairedt at 2e291b0 (before the audit's words moved to internal/i18n and
// check used audit.WriteText), so that this test proves the refactor kept
// the output; -update rewrites them from the current code.
func TestCheckGolden(t *testing.T) {
	claims := filepath.Join("..", "..", "testdata", "oxytocin", "claims.json")
	statements := []string{"t(10) = 2.2, p = .03", "t(10) = 2.2, p = .5", "p = .04", "--before-counts", "4,0,19", "--after-counts", "0,4,19", "--t", "2.1"}
	for _, c := range []struct {
		name string
		args []string
	}{
		{"claims_en", []string{"--claims", claims}},
		{"claims_id", []string{"--claims", claims, "--lang", "id"}},
		{"claims.json", []string{"--claims", claims, "--json"}},
		{"statements_en", append([]string{"t(22) = -28.471, p = 0.000"}, statements...)},
		{"statements_id", append([]string{"t: -28,471, p 0,000"}, append(statements, "--lang", "id")...)},
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
				gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
				for i := range max(len(gl), len(wl)) {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Fatalf("%s: line %d\n got %q\nwant %q", path, i+1, g, w)
					}
				}
			}
		})
	}
}

// TestCheckLang: --lang is read by report.ParseLang, as the report's is
// (any letter case, the language's name), and anything else is a usage
// error.
func TestCheckLang(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "check", "statements_id.stdout"))
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"check", "t: -28,471, p 0,000", "t(10) = 2.2, p = .03", "t(10) = 2.2, p = .5", "p = .04",
		"--before-counts", "4,0,19", "--after-counts", "0,4,19", "--t", "2.1", "--lang", "Bahasa"}
	var stdout, stderr bytes.Buffer
	if code := run(args, strings.NewReader(""), &stdout, &stderr); code != 0 || stdout.String() != string(want) {
		t.Errorf("--lang Bahasa: exit %d, output differs from --lang id: %s", code, stderr.String())
	}
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"check", "p = .04", "--lang", "de"}, strings.NewReader(""), &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), `--lang "de": want en or id`) {
		t.Errorf("--lang de: exit %d, stderr %q", code, stderr.String())
	}
}
