package report

import (
	"bytes"
	"errors"
	"reflect"
	"testing"
	"testing/fstest"
)

// FuzzKnit: any manuscript knits or fails with *KnitErrors, never panics,
// and a manuscript that knits gives the same bytes twice. Seeds in
// testdata/fuzz/FuzzKnit and below.
func FuzzKnit(f *testing.F) {
	for _, s := range []string{
		numHead + "\n{{t}} {{t.p}} {{mean.before:1}} `{{x}}` \\{{y}}\n\n{{table ttest}}\n\n{{chart paired}}\n",
		ordHead + "\n{{asi.freq.before.1}} {{asi.cross.1.3}}\n\n{{report asi}}\n\n{{audit asi}}\n",
		numHead + "\n- {{table ttest}}\n\n> {{t.t:3}}\n\n| a | {{n}} |\n|---|---|\n| <b>x</b> | [l](javascript:x) |\n",
		"---\ntitle: [\n---\n{{",
		"no header {{t}} {{",
		"---\nanalyses:\n  a:\n    data: ../x\n---\n",
	} {
		f.Add(s)
	}
	fsys := knitFS(f)
	f.Fuzz(func(t *testing.T, src string) {
		fs := fstest.MapFS{}
		for k, v := range fsys {
			fs[k] = v
		}
		fs["m.md"] = &fstest.MapFile{Data: []byte(src)}
		knitOnce := func() ([]byte, error) {
			m, err := Knit(fs, "m.md", KnitOptions{NoCharts: true})
			if err != nil {
				var ke *KnitError
				if !errors.As(err, &ke) {
					t.Fatalf("error %v is not a *KnitError", err)
				}
				return nil, err
			}
			var b bytes.Buffer
			if err := m.WriteMarkdown(&b); err != nil {
				t.Fatal(err)
			}
			if err := m.WriteHTML(&b); err != nil {
				t.Fatal(err)
			}
			return b.Bytes(), nil
		}
		a, err := knitOnce()
		if err != nil {
			return
		}
		b, _ := knitOnce()
		if !bytes.Equal(a, b) {
			t.Fatalf("two knits differ")
		}
	})
}

// FuzzManuscriptTemplate: any title and labels round-trip through the
// template's header.
func FuzzManuscriptTemplate(f *testing.F) {
	f.Add("Hasil", "kelancaran ASI", "ASI belum keluar")
	f.Add(hostile, "a: b # c", "- [x]")
	f.Add("\x00\xff", "'\"", "\u202e")
	f.Fuzz(func(t *testing.T, title, variable, level string) {
		h := Header{Title: title, Analyses: []AnalysisSpec{{Name: "a", Data: "a.csv", Before: "x", After: "y",
			Variable: variable, Levels: []string{level, level + "2"}}}}
		src := ManuscriptTemplate(h)
		yml, line0, _, err := splitFrontMatter(src)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parseHeader(yml, line0, "t.md")
		if err != nil {
			t.Fatalf("%v\n%s", err, src)
		}
		got.Analyses[0].pos = nil
		want := h
		want.Title = toValid(title)
		want.Analyses = []AnalysisSpec{h.Analyses[0]}
		want.Analyses[0].Variable = toValid(variable)
		want.Analyses[0].Levels = []string{toValid(level), toValid(level + "2")}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round trip:\ngot  %#v\nwant %#v\n%s", got, want, src)
		}
	})
}
