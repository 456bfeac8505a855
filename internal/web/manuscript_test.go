package web

import (
	"archive/zip"
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// TestManuscriptTemplate: the template of a long-format, ordinal analysis
// with hostile words reads back (report.ParseHeader) as the settings it
// was made from, and the zip of that analysis knits (report.Knit over the
// zip, which holds the data where the header says).
func TestManuscriptTemplate(t *testing.T) {
	s := newTestServer(t, Config{})
	ss := &session{id: "t"}
	csv := "id,waktu,skor,grp\n1,pra,1,A\n1,pasca,2,A\n2,pra,2,A\n2,pasca,3,A\n3,pra,1,A\n3,pasca,3,A\n4,pra,2,A\n4,pasca,2,A\n"
	ds, err := s.addDataset(ss, "data #1.csv", []byte(csv), nil)
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
	m := manuscript(res, ds.name)
	h, err := report.ParseHeader(m, "manuscript.md")
	if err != nil {
		t.Fatalf("the template's header: %v\n%s", err, m)
	}
	if h.Title != `Hasil: "uji" #1 ---` || h.Lang != report.Indonesian || len(h.Analyses) != 1 {
		t.Fatalf("header %+v", h)
	}
	a := h.Analyses[0]
	got := []any{a.Name, a.Data, a.Before, a.After, a.ID, a.Time, a.Value, a.Levels, a.Codes, a.Missing, a.Where, a.Direction, a.Alternative, a.Alpha, a.Variable}
	want := []any{"main", "data/data #1.csv", "pra", "pasca", "id", "waktu", "skor", []string{"rendah", `"sedang"`, "tinggi: ya"}, []string{"1", "2", "3"},
		[]string{"NA", "99"}, "grp=A", pairedt.AfterMinusBefore, pairedt.Less, 0.01, "skor ASI"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back\n%v\nwant\n%v", got, want)
	}
	z, err := s.zipAll(res, ds)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(z), int64(len(z)))
	if err != nil {
		t.Fatal(err)
	}
	ms, err := report.Knit(zr, "manuscript.md", report.KnitOptions{})
	if err != nil {
		t.Fatalf("knitting the zip: %v\n%s", err, m)
	}
	var b bytes.Buffer
	if err := ms.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Wilcoxon") {
		t.Errorf("the knitted manuscript:\n%s", b.String())
	}
}
