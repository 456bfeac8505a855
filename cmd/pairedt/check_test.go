package main

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/pairedt/audit"
)

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
	// Statement without df: the counts give df = 22; the margin check takes
	// the statement's t (no --t given), which no joint table attains.
	code, out, _ = runCmd(t, "", "check", "t: -28,471, p 0,000", "--before-counts", "17,6,0", "--after-counts", "4,0,19", "--lang", "id")
	if code != 0 || strings.Count(out, "dilaporkan:") != 2 || strings.Contains(out, "reported:") ||
		!strings.Contains(out, "[inconsistent] t berpasangan = -28,471") || !strings.Contains(out, "Nilai p tidak pernah tepat 0") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

func TestCheckErrors(t *testing.T) {
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

// TestCheckMarginsTooLarge: valid counts whose check cannot be done (an
// extreme table with all differences equal, beyond the enumeration limit)
// are an analysis failure, exit 1 without the usage hint, not a usage error
// (exit 2, "Run 'pairedt check -h'") as before.
func TestCheckMarginsTooLarge(t *testing.T) {
	args := []string{"check", "--before-counts", "100000000,100000000,0", "--after-counts", "0,100000000,100000000", "--t", "-2.0"}
	if err := cmdErr("", args...); !errors.Is(err, audit.ErrTooLarge) {
		t.Errorf("error %v, want %v", err, audit.ErrTooLarge)
	}
	code, out, stderr := runCmd(t, "", args...)
	if code != 1 || out != "" || !strings.Contains(stderr, "too large") || strings.Contains(stderr, "-h' for usage") {
		t.Errorf("exit %d, out %q, stderr %q", code, out, stderr)
	}
}
