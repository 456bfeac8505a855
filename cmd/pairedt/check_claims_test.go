package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/internal/atomicfile"
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

func TestCheckClaimsErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"levles": []}`), 0o644)
	for _, tc := range []struct {
		args []string
		want error
		frag string
	}{
		{[]string{"check", "--claims", filepath.Join(dir, "none.json")}, errInputFile, "no such file"},
		{[]string{"check", "--claims", bad}, audit.ErrClaims, "bad.json"},
	} {
		if err := cmdErr("", tc.args...); !errors.Is(err, tc.want) {
			t.Errorf("%q: error %v, want %v", tc.args, err, tc.want)
		}
		code, _, stderr := runCmd(t, "", tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.frag) {
			t.Errorf("%q: exit %d %q", tc.args, code, stderr)
		}
	}
}

// TestCheckArticleClaims audits the article's transcribed claims
// (testdata/oxytocin/claims.json at the module root).
func TestCheckArticleClaims(t *testing.T) {
	code, out, stderr := runCmd(t, "", "check", "--claims", "../../testdata/oxytocin/claims.json", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r struct {
		Checks []audit.Check `json:"checks"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	seen := map[audit.Verdict]bool{}
	for _, c := range r.Checks {
		seen[c.Verdict] = true
		if c.Kind == audit.KindMargins && c.Verdict != audit.Inconsistent {
			t.Errorf("margin check %q: %s", c.Claim, c.Verdict)
		}
	}
	if !seen[audit.Consistent] || !seen[audit.Inconsistent] || !seen[audit.ReportingError] {
		t.Errorf("verdicts %v", seen)
	}
}

// TestCheckClaimsNotOverwritten: "check --claims X -o X" refuses (exit 2,
// atomicfile.ErrInput) and leaves the claims file as it was (issue 11,
// item 3).
func TestCheckClaimsNotOverwritten(t *testing.T) {
	src, err := os.ReadFile("../../testdata/oxytocin/claims.json")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "claims.json")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	err = cmdErr("", "check", "--claims", path, "-o", path)
	if !errors.Is(err, atomicfile.ErrInput) {
		t.Fatalf("err = %v, want atomicfile.ErrInput", err)
	}
	if code, _, _ := runCmd(t, "", "check", "--claims", path, "-o", path); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	if got, _ := os.ReadFile(path); string(got) != string(src) {
		t.Error("the claims file was changed")
	}
}
