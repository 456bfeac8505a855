package web

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/internal/i18n"
)

// TestManuscriptTemplate checks the template's front matter for a long-
// format, ordinal analysis with hostile words: every value quoted, the
// keys of the manuscript contract (/work/scratch/knit-syntax.md, docs/knit.md).
func TestManuscriptTemplate(t *testing.T) {
	s := newTestServer(t, Config{})
	ss := &session{id: "t"}
	csv := "id,waktu,skor,grp\n1,pra,1,A\n1,pasca,2,A\n2,pra,2,A\n2,pasca,3,A\n3,pra,1,A\n3,pasca,3,A\n"
	ds, err := s.addDataset(ss, "data: #1.csv", []byte(csv), nil)
	if err != nil {
		t.Fatal(err)
	}
	set := settings{Layout: "long", ID: "id", Time: "waktu", Value: "skor", Before: "pra", After: "pasca", Kind: "ordered",
		Levels: "1 = rendah\n2 = \"sedang\"\n3 = tinggi: ya", Lang: "id", Alt: "less", Alpha: "0,01", Direction: "after-before",
		Where: "grp=A", Title: "Hasil: \"uji\" #1\n---", Variable: "skor ASI", Missing: "NA, 99"}
	res, err := s.analyse(ds, set, i18n.Indonesian)
	if err != nil {
		t.Fatal(err)
	}
	m := string(manuscript(res, ds.name))
	want := `---
title: "Hasil: \"uji\" #1\n---"
lang: id
analyses:
  main:
    data: "data/data: #1.csv"
    before: "pra"
    after: "pasca"
    id: "id"
    time: "waktu"
    value: "skor"
    levels: ["rendah", "\"sedang\"", "tinggi: ya"]
    codes: ["1", "2", "3"]
    missing: ["NA", "99"]
    where: "grp=A"
    direction: after-before
    alternative: less
    alpha: 0.01
    variable: "skor ASI"
---
`
	if !strings.HasPrefix(m, want) {
		t.Errorf("front matter:\n%s\nwant:\n%s", m, want)
	}
	for _, ref := range []string{"{{main.n}}", "{{main.mean.before}}", "{{main.t}}", "{{table main.ttest}}", "{{chart main.paired}}", "## Hasil", "\n# Hasil: \"uji\" #1 ---\n"} {
		if !strings.Contains(m, ref) {
			t.Errorf("the skeleton lacks %s", ref)
		}
	}
	// A YAML reader agrees (python3 with PyYAML, when installed).
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	f := filepath.Join(t.TempDir(), "m.md")
	os.WriteFile(f, []byte(m), 0o644)
	out, err := exec.Command(py, "-c", `import sys, yaml, json
t = open(sys.argv[1]).read().split("---\n")[1]
print(json.dumps(yaml.safe_load(t), ensure_ascii=False, sort_keys=True))`, f).CombinedOutput()
	if bytes.Contains(out, []byte("No module named")) {
		t.Skip("no PyYAML")
	}
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	wantJSON := `{"analyses": {"main": {"after": "pasca", "alpha": 0.01, "alternative": "less", "before": "pra", "codes": ["1", "2", "3"], "data": "data/data: #1.csv", "direction": "after-before", "id": "id", "levels": ["rendah", "\"sedang\"", "tinggi: ya"], "missing": ["NA", "99"], "time": "waktu", "value": "skor", "variable": "skor ASI", "where": "grp=A"}}, "lang": "id", "title": "Hasil: \"uji\" #1\n---"}`
	if got := strings.TrimSpace(string(out)); got != wantJSON {
		t.Errorf("PyYAML reads\n%s\nwant\n%s", got, wantJSON)
	}
}
