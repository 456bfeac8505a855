package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestCheckHugeCounts: a margin check on published counts with tens of
// millions of subjects (as a fuzzed or mistyped --before-counts gives) must
// not expand each joint table into its pairs. Before marginOptions used
// audit's built-in Wilcoxon, these inputs took 51 s and 6.2 GB (counts on
// the command line) and 66 s and 6.2 GB (the same counts in a claims file):
// enough for FuzzRun's workers to hit the fuzzing engine's 10 s per-input
// limit or the OOM killer. The check is on memory allocated, not on time.
func TestCheckHugeCounts(t *testing.T) {
	claims := filepath.Join(t.TempDir(), "claims.json")
	if err := os.WriteFile(claims, []byte(`{"n": {"value": 60000001},
 "levels": ["a", "b", "c"],
 "groups": [
  {"name": "before", "role": "before", "cells": [{"level": "a", "count": 60000000}, {"level": "b", "count": 1}, {"level": "c", "count": 0}]},
  {"name": "after", "role": "after", "cells": [{"level": "a", "count": 1}, {"level": "b", "count": 0}, {"level": "c", "count": 60000000}]}],
 "tests": [{"statement": "t(60000000) = 3.00, p = 0.003", "margins": true}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"counts", []string{"check", "--before-counts", "60000000,1", "--after-counts", "1,60000000", "--t", "3"}, "over 2 joint tables"},
		{"one table", []string{"check", "--before-counts", "67108864,0,0", "--after-counts", "0,0,67108864", "--t", "-28"}, "t undefined for every joint table"},
		{"claims", []string{"check", "--claims", claims}, "joint tables"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			code, out, stderr := runCmd(t, "", c.args...)
			runtime.ReadMemStats(&after)
			if code != 0 || !strings.Contains(out, c.want) {
				t.Fatalf("exit %d, want %q in\n%s%s", code, c.want, out, stderr)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
				t.Errorf("allocated %d MB; the pairs of a joint table must not be built", alloc>>20)
			}
		})
	}
}
