package main

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"
)

// TestTestTextEffectSizes checks the effect-size and descriptive lines of
// `pairedt test`'s text output, printed with 7 significant digits, against
// R 4.2.2 on the sleep data: the "sleep/two.sided/0.95" case of
// testdata/r/ttest.json (effectsize::cohens_d / hedges_g with paired = TRUE,
// and uniroot on pt(ncp) for the bounds; mean, sd and cor.test).
func TestTestTextEffectSizes(t *testing.T) {
	b, err := os.ReadFile("../../testdata/r/ttest.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cases []map[string]json.RawMessage `json:"cases"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{}
	for _, c := range ref.Cases {
		var name string
		json.Unmarshal(c["name"], &name)
		if name != "sleep/two.sided/0.95" {
			continue
		}
		for _, k := range []string{"d_z", "d_z_ci_low", "d_z_ci_high", "g_z", "g_z_ci_low", "g_z_ci_high", "d_av",
			"mean_x", "sd_x", "mean_y", "sd_y", "r", "r_p"} {
			v, ok := refNumber(c[k])
			if !ok {
				t.Fatalf("reference lacks %s", k)
			}
			want[k] = v
		}
	}
	if len(want) == 0 {
		t.Fatal("no sleep/two.sided/0.95 case in ttest.json")
	}

	var stdout, stderr bytes.Buffer
	if code := run([]string{"test", "testdata/sleep.csv", "--before", "drug1", "--after", "drug2"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	num := `(-?[0-9.e+-]+|-?Inf)`
	lines := []struct {
		re   string
		keys []string
	}{
		{`Cohen's d_z  ` + num + `  \[` + num + `, ` + num + `\]`, []string{"d_z", "d_z_ci_low", "d_z_ci_high"}},
		{`Hedges' g_z  ` + num + `  \[` + num + `, ` + num + `\]`, []string{"g_z", "g_z_ci_low", "g_z_ci_high"}},
		{`d_av         ` + num + `  \(mean difference / mean of the two SDs\)`, []string{"d_av"}},
		{`drug1: mean ` + num + `, sd ` + num, []string{"mean_x", "sd_x"}},
		{`drug2: mean ` + num + `, sd ` + num, []string{"mean_y", "sd_y"}},
		{`correlation r = ` + num + `, p-value = ` + num, []string{"r", "r_p"}},
	}
	for _, l := range lines {
		m := regexp.MustCompile(l.re).FindStringSubmatch(out)
		if m == nil {
			t.Errorf("no line matching %q in:\n%s", l.re, out)
			continue
		}
		for i, k := range l.keys {
			got, err := strconv.ParseFloat(m[i+1], 64)
			if err != nil {
				t.Fatal(err)
			}
			// 7 significant digits: within 5e-7 relative.
			if !scalar.EqualWithinRel(got, want[k], 5e-7) {
				t.Errorf("%s printed %s, R %.17g", k, m[i+1], want[k])
			}
		}
	}
	if !bytes.Contains(stdout.Bytes(), []byte("Effect sizes (95% CI from the noncentral t):")) {
		t.Errorf("no effect-size header in:\n%s", out)
	}
}
