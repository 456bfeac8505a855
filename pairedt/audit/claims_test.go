package audit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

func readArticle(t testing.TB) Claims {
	t.Helper()
	f, err := os.Open("../../testdata/oxytocin/claims.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := ReadClaims(f)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestAuditArticle audits the motivating article end to end
// (testdata/oxytocin/claims.json, transcribed from
// the article text; the lines cited are quoted in testdata/oxytocin/excerpts.txt).
func TestAuditArticle(t *testing.T) {
	checks, err := Audit(readArticle(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		kind    string
		verdict Verdict
		source  string // a substring of the check's source
	}{
		{KindCountSum, Consistent, "lines 278-292"},
		{KindPercent, Consistent, "line 290"},
		{KindPercent, Consistent, "lines 284-288"},
		{KindPercentSum, Consistent, "lines 278-292"},
		{KindCountSum, Consistent, "lines 292-302"},
		{KindPercent, Consistent, "lines 298-302"},
		{KindPercent, Consistent, "lines 294-298"},
		{KindPercentSum, Consistent, "lines 292-302"},
		{KindPercent, Consistent, "line 514"},
		{KindContradiction, Inconsistent, "line 514"}, // "sebelum ... 4 (17,4%) belum keluar" vs 17 before
		{KindPercent, Consistent, "line 522"},
		{KindContradiction, Consistent, "line 522"},
		{KindContradiction, Inconsistent, "line 629"}, // conclusion: 17,4% smooth before vs 0
		{KindContradiction, Consistent, "line 635"},
		{KindPValue, ReportingError, "line 23"}, // p 0,000 should be p < .001
		{KindMargins, Inconsistent, "line 23"},  // t = -28,471 not attainable
		{KindPValue, ReportingError, "line 61"},
		{KindPValue, ReportingError, "lines 540-544"}, // "0.00"
		{KindDecision, Consistent, "lines 544-548"},   // Ho ditolak: right
		{KindPValue, ReportingError, "lines 641-643"},
	}
	if len(checks) != len(want) {
		for _, c := range checks {
			t.Log(c)
		}
		t.Fatalf("%d checks, want %d", len(checks), len(want))
	}
	for i, w := range want {
		c := checks[i]
		if c.Kind != w.kind || c.Verdict != w.verdict || !strings.Contains(c.Source, w.source) {
			t.Errorf("check %d: %s %s (%s), want %s %s (%s)", i+1, c.Kind, c.Verdict, c.Source, w.kind, w.verdict, w.source)
		}
		if c.Claim == "" || c.Explanation == "" || c.Text(Indonesian).Explanation == "" || c.Recomputed == "" {
			t.Errorf("check %d incomplete: %+v", i+1, c)
		}
		if !strings.HasSuffix(c.Explanation, ".") || !strings.HasSuffix(c.Text(Indonesian).Explanation, ".") {
			t.Errorf("check %d: explanation is not a sentence: %q", i+1, c.Explanation)
		}
	}
	m := checks[15]
	if m.Tables == nil || *m.Tables != 5 || m.TMin == nil || m.TMax == nil || m.TMaxAbsAnyScoring == nil {
		t.Fatalf("margins check: %+v", m)
	}
	// R: testdata/r/margins.json, case "article".
	if !scalar.EqualWithinAbsOrRel(*m.TMin, -8.5247268426580969, 1e-10, 1e-10) || !scalar.EqualWithinAbsOrRel(*m.TMax, -5.7642986254242463, 1e-10, 1e-10) {
		t.Errorf("t range [%v, %v]", *m.TMin, *m.TMax)
	}
	if !strings.Contains(m.Explanation, "10.2225") || !strings.Contains(m.Explanation, "5 joint tables") {
		t.Errorf("margins explanation: %s", m.Explanation)
	}
	// The low end of p is the p of the interval end |t| = 28.4715 (the
	// printed -28,471 +- 0.0005): R 4.2.2, 2 * pt(-28.4715, 22) =
	// 7.4613629147886679e-19.
	p := checks[14]
	if p.Low == nil || !scalar.EqualWithinAbsOrRel(*p.Low, 7.4613629147886e-19, 0, 1e-6) {
		t.Errorf("p interval low %v", p.Low)
	}
	// Same input, same bytes.
	var a, b bytes.Buffer
	if err := WriteJSON(&a, checks); err != nil {
		t.Fatal(err)
	}
	again, _ := Audit(readArticle(t))
	if err := WriteJSON(&b, again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("JSON output differs between two runs")
	}
	var doc map[string][]map[string]any
	if err := json.Unmarshal(a.Bytes(), &doc); err != nil || len(doc["checks"]) != len(want) {
		t.Fatalf("JSON: %v", err)
	}
	for _, k := range []string{"t_min", "t_max", "tables", "t_max_abs_any_scoring"} {
		if _, ok := doc["checks"][15][k]; !ok {
			t.Errorf("margin check JSON lacks %q", k)
		}
		if _, ok := doc["checks"][0][k]; ok {
			t.Errorf("count check JSON has %q", k)
		}
	}
	var txt bytes.Buffer
	if err := WriteText(&txt, checks, Indonesian); err != nil {
		t.Fatal(err)
	}
	if strings.Count(txt.String(), "\n[") != len(want)-1 || !strings.Contains(txt.String(), "hitung ulang:") || strings.Contains(txt.String(), "recomputed:") {
		t.Errorf("text output:\n%s", txt.String())
	}
}

func TestReadClaimsErrors(t *testing.T) {
	for _, c := range []struct{ name, in string }{
		{"not json", "{"},
		{"unknown key", `{"nn": 3}`},
		{"trailing", `{} {}`},
		{"bad n", `{"n": {"value": 0}}`},
		{"group without name", `{"groups": [{"cells": [{"level": "a", "count": 1}]}]}`},
		{"duplicate group", `{"groups": [{"name": "a", "cells": [{"level": "x", "count": 1}]}, {"name": "a", "cells": [{"level": "x", "count": 1}]}]}`},
		{"bad role", `{"groups": [{"name": "a", "role": "middle", "cells": [{"level": "x", "count": 1}]}]}`},
		{"cells vs levels", `{"levels": ["x", "y"], "groups": [{"name": "a", "cells": [{"level": "x", "count": 1}]}]}`},
		{"level order", `{"levels": ["x", "y"], "groups": [{"name": "a", "cells": [{"level": "y", "count": 1}, {"level": "x", "count": 1}]}]}`},
		{"negative count", `{"groups": [{"name": "a", "cells": [{"level": "x", "count": -1}]}]}`},
		{"bad percent", `{"groups": [{"name": "a", "cells": [{"level": "x", "count": 1, "percent": "abc"}]}]}`},
		{"percent unknown group", `{"percents": [{"group": "b", "level": "x", "percent": "1"}]}`},
		{"percent unknown level", `{"groups": [{"name": "a", "cells": [{"level": "x", "count": 1}]}], "percents": [{"group": "a", "level": "z", "percent": "1"}]}`},
		{"bad alpha", `{"alpha": {"printed": "5"}}`},
		{"bad alternative", `{"tests": [{"t": "2", "alternative": "sideways"}]}`},
		{"bad decision", `{"tests": [{"t": "2", "decision": "maybe"}]}`},
		{"bad df", `{"tests": [{"t": "2", "df": -1}]}`},
		{"margins without groups", `{"tests": [{"t": "2", "margins": true}]}`},
		{"bad mean", `{"means": [{"mean": "2.5", "n": 0}]}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadClaims(strings.NewReader(c.in))
			if !errors.Is(err, ErrClaims) {
				t.Errorf("err = %v, want ErrClaims", err)
			}
		})
	}
	// Claims that parse but cannot be audited.
	for _, c := range []struct{ name, in string }{
		{"unparsable statement", `{"tests": [{"statement": "it worked"}]}`},
		{"unparsable t", `{"tests": [{"t": "x"}]}`},
		{"unparsable mean", `{"means": [{"mean": "x", "n": 3}]}`},
		{"margins unequal totals", `{"groups": [{"name": "b", "role": "before", "cells": [{"level": "x", "count": 2}, {"level": "y", "count": 1}]}, {"name": "a", "role": "after", "cells": [{"level": "x", "count": 1}, {"level": "y", "count": 1}]}], "tests": [{"t": "2.0", "margins": true}]}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			cl, err := ReadClaims(strings.NewReader(c.in))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Audit(cl); !errors.Is(err, ErrClaims) {
				t.Errorf("err = %v, want ErrClaims", err)
			}
		})
	}
}

// TestAuditSmall covers the remaining paths on a small claims file: a
// percentage sum off by more than rounding, counts not summing to n, a mean
// (GRIM), a Wilcoxon V, a decision error, one-sided alternative.
func TestAuditSmall(t *testing.T) {
	in := `{
	  "n": {"value": 10, "source": "l1"},
	  "levels": ["low", "high"],
	  "groups": [
	    {"name": "pre", "role": "before", "source": "g-pre", "cells": [{"level": "low", "count": 7, "percent": "70,0"}, {"level": "high", "count": 3, "percent": "33,0"}]},
	    {"name": "post", "role": "after", "source": "g-post", "n": {"value": 11}, "cells": [{"level": "low", "count": 2, "percent": "20"}, {"level": "high", "count": 8, "percent": "80"}]}
	  ],
	  "tests": [
	    {"t": "-3,35", "df": 9, "p": "0,20", "margins": true, "v": "0", "decision": "retain", "source": "l2"},
	    {"t": "-3,35", "p": "0,004", "alternative": "less", "source": "l3"}
	  ],
	  "means": [{"mean": "5.19", "n": 28, "source": "l4"}]
	}`
	cl, err := ReadClaims(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	checks, err := Audit(cl)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Verdict{}
	for _, c := range checks {
		got[c.Kind+" "+c.Source] = c.Verdict
		t.Log(c)
	}
	for k, v := range map[string]Verdict{
		"count_sum g-post":       Inconsistent, // post: 2 + 8 != 11
		"count_sum g-pre; n: l1": Consistent,
		"grim l4":                Inconsistent,
		"p_value l2":             DecisionError,
		"decision ":              DecisionError,
		"wilcoxon l2":            Consistent,
		"p_value l3":             Consistent,
		"percent_sum g-pre":      Inconsistent, // pre: 70,0 + 33,0 = 103,0
		"percent_sum g-post":     Consistent,
	} {
		if got[k] != v {
			t.Errorf("%q: %s, want %s", k, got[k], v)
		}
	}
}

func FuzzReadClaims(f *testing.F) {
	seed, err := os.ReadFile("../../testdata/oxytocin/claims.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"tests": [{"statement": "t(22) = -28.47, p < .001"}]}`))
	f.Add([]byte(`{"groups": [{"name": "b", "role": "before", "cells": [{"level": "x", "count": 2}, {"level": "y", "count": 1}]}, {"name": "a", "role": "after", "cells": [{"level": "x", "count": 1}, {"level": "y", "count": 2}]}], "tests": [{"t": "2.0", "margins": true, "v": "1"}]}`))
	f.Add([]byte(`{"means": [{"mean": "5.19", "n": 28}]}`))
	for _, s := range []string{"", "null", "{}", "{\n \"n\": {\"value\": 3},\n}", `{"tests": [{"t": "1", "t": "2"}]}`, `{"n": {"value": "3"}}`, `{"tests": [{"t": "1"}], "scores": [1e400]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ReadClaims(bytes.NewReader(b))
		if err != nil {
			if !errors.Is(err, ErrClaims) {
				t.Fatalf("error %v does not wrap ErrClaims", err)
			}
			// Every error of a file within MaxClaimsSize carries its
			// position, inside the file (a column may be one past the end
			// of the last line, for an unexpected end of file).
			var ce *ClaimsError
			if !errors.As(err, &ce) {
				t.Fatalf("error %v has no position", err)
			}
			lines := bytes.Split(b, []byte("\n"))
			if ce.Line < 1 || ce.Line > len(lines) || ce.Column < 1 || ce.Column > len(lines[ce.Line-1])+1 {
				t.Fatalf("error %v: position outside the %d lines of the file", err, len(lines))
			}
			if !strings.HasPrefix(err.Error(), fmt.Sprintf("%d:%d: ", ce.Line, ce.Column)) {
				t.Fatalf("error %v does not start with its line and column", err)
			}
			return
		}
		// Keep the enumeration small: the fuzzer can write large counts.
		checks, err := AuditWith(c, AuditOptions{Margins: MarginOptions{MaxTables: 10000}})
		if err != nil {
			return
		}
		for _, ch := range checks {
			if ch.Verdict == "" || ch.Explanation == "" || ch.Text(Indonesian).Explanation == "" ||
				(ch.Claim == "") != (ch.Text(Indonesian).Claim == "") || (ch.Recomputed == "") != (ch.Text(Indonesian).Recomputed == "") {
				t.Fatalf("empty check %+v", ch)
			}
			for _, p := range []*float64{ch.TMin, ch.TMax, ch.TMaxAbsAnyScoring, ch.Low, ch.High} {
				if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0)) {
					t.Fatalf("non-finite number in %+v", ch)
				}
			}
		}
		if err := WriteJSON(&bytes.Buffer{}, checks); err != nil {
			t.Fatal(err)
		}
	})
}
