package report

import (
	"bytes"
	"os"
	"testing"
	"testing/fstest"
)

func TestKnitSmoke(t *testing.T) {
	csv, _ := os.ReadFile("../testdata/oxytocin/reconstructed.csv")
	claims, _ := os.ReadFile("../testdata/oxytocin/claims.json")
	sleep, _ := os.ReadFile("../testdata/sleep.csv")
	src := "---\ntitle: Hasil\nlang: id\nanalyses:\n  asi:\n    data: asi.csv\n    before: before\n    after: after\n    levels: [ASI belum keluar, ASI keluar namun belum lancar, ASI keluar lancar]\n    claims: claims.json\n---\n\nAda {{asi.n}} ibu. Hasil: {{asi.t}}. Lancar sebelum: {{asi.freq.before.asi-keluar-lancar}}; p = 0,000 dan t(22) = 8,5.\n\n{{table asi.freq}}\n\n{{chart asi.distribution}}\n\n{{section asi.ordinal}}\n\n{{audit asi}}\n\n`{{kode}}` dan \\{{lit}} <b>x</b>\n"
	fsys := fstest.MapFS{"m.md": {Data: []byte(src)}, "asi.csv": {Data: csv}, "claims.json": {Data: claims}, "sleep.csv": {Data: sleep}}
	m, err := Knit(fsys, "m.md", KnitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	m.WriteMarkdown(&b)
	t.Log(b.String())
	for _, w := range m.Warnings {
		t.Log("warn:", w)
	}
	bad := "---\nanalyses:\n  asi:\n    data: asi.csv\n    before: before\n    after: afterr\n    levels: [ASI belum keluar, ASI keluar namun belum lancar, ASI keluar lancar]\n---\nx\n"
	fsys["bad.md"] = &fstest.MapFile{Data: []byte(bad)}
	_, err = Knit(fsys, "bad.md", KnitOptions{})
	t.Log(err)
	bad2 := "---\nanalyses:\n  asi:\n    data: sleep.csv\n    before: group1\n    after: group2\n---\nx {{t.pp}} {{asi.freq.before.1.n}}\n\n{{table asi.ttst}}\n"
	fsys["bad2.md"] = &fstest.MapFile{Data: []byte(bad2)}
	_, err = Knit(fsys, "bad2.md", KnitOptions{})
	t.Log(err)
}
