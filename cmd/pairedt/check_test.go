//go:build pairedt_audit

package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt/audit"
)

const articleClaims = `{
  "title": "Oxytocin massage (test subset)",
  "n": {"value": 23, "source": "abstract"},
  "alpha": {"printed": "0,05"},
  "levels": ["ASI belum keluar", "ASI keluar namun belum lancar", "ASI keluar lancar"],
  "groups": [
    {"name": "sebelum", "role": "before", "cells": [
      {"level": "ASI belum keluar", "count": 17, "percent": "73,9"},
      {"level": "ASI keluar namun belum lancar", "count": 6, "percent": "26,1"},
      {"level": "ASI keluar lancar", "count": 0, "percent": "0"}]},
    {"name": "sesudah", "role": "after", "cells": [
      {"level": "ASI belum keluar", "count": 4, "percent": "17,4"},
      {"level": "ASI keluar namun belum lancar", "count": 0, "percent": "0"},
      {"level": "ASI keluar lancar", "count": 19, "percent": "82,6"}]}
  ],
  "tests": [{"statement": "nilai t:-28,471 dan probabilitasnya sebesar 0,000", "margins": true, "decision": "reject"}]
}`

func TestCheck(t *testing.T) {
	code, out, stderr := runCmd(t, "", "check", "t(22) = -28.471, p = 0.000")
	if code != 0 || !strings.HasPrefix(out, "[reporting_error]") || !strings.Contains(out, "7.464e-19") {
		t.Errorf("exit %d\n%s%s", code, out, stderr)
	}
	code, out, stderr = runCmd(t, "", "check", "--before-counts", "17,6,0", "--after-counts", "4,0,19", "--t", "-28.471", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r struct {
		Checks []map[string]any `json:"checks"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Checks) != 1 {
		t.Fatalf("%d checks", len(r.Checks))
	}
	c := r.Checks[0]
	for _, k := range []string{"claim", "verdict", "reported", "recomputed", "explanation", "t_min", "t_max", "tables", "t_max_abs_any_scoring"} {
		if _, ok := c[k]; !ok {
			t.Errorf("no key %q", k)
		}
	}
	if c["verdict"] != "inconsistent" || c["tables"] != 5.0 {
		t.Errorf("verdict %v tables %v", c["verdict"], c["tables"])
	}
	// Statement without df: the counts give df = 22.
	code, out, _ = runCmd(t, "", "check", "t: -28,471, p 0,000", "--before-counts", "17,6,0", "--after-counts", "4,0,19", "--lang", "id")
	if code != 0 || !strings.Contains(out, "penjelasan:") || strings.Count(out, "reported:") != 2 {
		t.Errorf("exit %d\n%s", code, out)
	}
}

func TestCheckClaims(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.json")
	if err := os.WriteFile(path, []byte(articleClaims), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCmd(t, "", "check", "--claims", path, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r struct {
		Checks []audit.Check `json:"checks"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]audit.Verdict{}
	for _, c := range r.Checks {
		kinds[c.Kind] = c.Verdict
	}
	if kinds[audit.KindMargins] != audit.Inconsistent || kinds[audit.KindPValue] != audit.ReportingError {
		t.Errorf("verdicts %v", kinds)
	}
}

func TestCheckErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"levles": []}`), 0o644)
	tests := []struct {
		name string
		args []string
		want error
		frag string
	}{
		{"nothing", []string{"check"}, errUsage, "nothing to check"},
		{"unreadable statement", []string{"check", "hello world"}, audit.ErrUnparsable, `"hello world"`},
		{"one margin", []string{"check", "--before-counts", "1,2"}, errUsage, "both --before-counts and --after-counts"},
		{"bad count", []string{"check", "--before-counts", "17,x,0", "--after-counts", "4,0,19"}, errUsage, `item 2 "x"`},
		{"negative count", []string{"check", "--before-counts", "17,-6,0", "--after-counts", "4,0,19"}, errUsage, "not a count"},
		{"margins differ", []string{"check", "--before-counts", "17,6,0", "--after-counts", "4,0,18"}, audit.ErrMargins, ""},
		{"t without counts", []string{"check", "--t", "2"}, errUsage, "--t need"},
		{"bad lang", []string{"check", "t(2) = 1, p = .4", "--lang", "fr"}, errUsage, "--lang"},
		{"bad alpha", []string{"check", "t(2) = 1, p = .4", "--alpha", "5"}, errUsage, "--alpha"},
		{"bad df", []string{"check", "t = 1, p = .4", "--df", "-1"}, errUsage, "--df"},
		{"no claims file", []string{"check", "--claims", filepath.Join(dir, "none.json")}, errInputFile, "no such file"},
		{"bad claims file", []string{"check", "--claims", bad}, audit.ErrClaims, "bad.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := cmdErr("", tc.args...); !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
			code, out, stderr := runCmd(t, "", tc.args...)
			if code != 2 || out != "" || !strings.Contains(stderr, tc.frag) || strings.Contains(stderr, "goroutine ") {
				t.Errorf("exit %d, out %q, stderr %q (want %q)", code, out, stderr, tc.frag)
			}
		})
	}
}
