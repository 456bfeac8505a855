package load

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/pairedt/pairedt/internal/csvin"
	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/pairedt"
)

// sleepT is R 4.2.2's t.test(extra ~ group, data = sleep, paired = TRUE)
// statistic (print(t$statistic, digits = 10)).
const sleepT = -4.062127683

var oxytocinLevels = []string{"ASI belum keluar", "ASI keluar namun belum lancar", "ASI keluar lancar"}

func TestAnalyzeWideAndLong(t *testing.T) {
	for _, tc := range []struct {
		file string
		s    Spec
	}{
		{"../../testdata/sleep.csv", Spec{Before: "group1", After: "group2"}},
		{"../../cmd/pairedt/testdata/sleep_long.csv", Spec{ID: "id", Time: "time", Value: "hours", Before: "pre", After: "post"}},
	} {
		d, err := Analyze(bytes.NewReader(readFile(t, tc.file)), tc.file, tc.s, pairedt.StudyOptions{})
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		if d.Study.Design != pairedt.Numeric || d.Study.T == nil || math.Abs(d.Study.T.T-sleepT) > 1e-9 || d.Study.T.DF != 9 {
			t.Errorf("%s: study %+v", tc.file, d.Study.T)
		}
	}
}

func TestAnalyzeOrdinal(t *testing.T) {
	csv := readFile(t, "../../testdata/oxytocin/reconstructed.csv")
	d, err := Analyze(bytes.NewReader(csv), "r.csv", Spec{Before: "before", After: "after", Levels: oxytocinLevels}, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Study.Design != pairedt.Ordinal || d.Study.Cross.N != 23 || d.Variable != "" {
		t.Errorf("design %v, n %d, variable %q", d.Study.Design, d.Study.Cross.N, d.Variable)
	}
	// The SPSS file of the same data: its value labels make it ordinal
	// without Levels.
	sav := readFile(t, "../../dataset/testdata/oxytocin.sav")
	ds, err := Analyze(bytes.NewReader(sav), "o.sav", Spec{Before: "sebelum", After: "sesudah"}, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ds.Study.Design != pairedt.Ordinal || ds.Study.Cross.N != 23 {
		t.Errorf("sav: design %v, n %d", ds.Study.Design, ds.Study.Cross.N)
	}
	if ds.Study.T.T != d.Study.T.T {
		t.Errorf("sav t %v, csv t %v", ds.Study.T.T, d.Study.T.T)
	}
}

func TestReadPreview(t *testing.T) {
	pv, err := ReadPreview(bytes.NewReader(readFile(t, "../../testdata/sleep.csv")), "s.csv", Spec{}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(pv.Columns, ",") != "id,group1,group2" || len(pv.Rows) != 3 || pv.Rows[1][1] != "-1.6" || pv.Format != "CSV" {
		t.Errorf("csv preview %+v", pv)
	}
	pv, err = ReadPreview(bytes.NewReader(readFile(t, "../../dataset/testdata/oxytocin.sav")), "o.sav", Spec{}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(pv.Rows) != 2 || len(pv.Columns) != len(pv.Labels) || len(pv.Levels) != len(pv.Columns) {
		t.Fatalf("sav preview %+v", pv)
	}
	found := false
	for i, c := range pv.Columns {
		if c == "sebelum" {
			found = true
			if len(pv.Levels[i]) != 3 || !strings.HasPrefix(pv.Rows[0][i], "ASI") {
				t.Errorf("sebelum: levels %q, first %q", pv.Levels[i], pv.Rows[0][i])
			}
		}
	}
	if !found {
		t.Errorf("no sebelum in %q", pv.Columns)
	}
}

// TestAnalyzeErrors: every error names its place and matches its sentinel;
// Spec errors name the options as header keys, or as flags with Flags.
func TestAnalyzeErrors(t *testing.T) {
	sleep := "id,pre,post\n1,1,2\n2,2,2.5\n3,1,4\n"
	cat := "pre,post\na,b\nb,c\n"
	for _, tc := range []struct {
		name string
		data string
		s    Spec
		want error
		frag string
	}{
		{"no columns", sleep, Spec{}, ErrSpec, "need before and after"},
		{"long incomplete", sleep, Spec{Time: "t"}, ErrSpec, "missing id, value, before, after"},
		{"same occasion", sleep, Spec{ID: "id", Time: "t", Value: "v", Before: "x", After: "x"}, ErrSpec, "same occasion"},
		{"same column", sleep, Spec{Before: "pre", After: "pre"}, ErrSpec, "same column"},
		{"missing column", sleep, Spec{Before: "pre", After: "pots"}, csvin.ErrMissingColumn, `"pots"`},
		{"bad where", sleep, Spec{Before: "pre", After: "post", Where: "id"}, ErrSpec, "where \"id\": want COLUMN=VALUE"},
		{"where matches nothing", sleep, Spec{Before: "pre", After: "post", Where: "id=9"}, ErrNoMatch, `where matches no row: no row has "id" = "9"; the column holds "1", "2", "3"`},
		{"where, flags", sleep, Spec{Before: "pre", After: "post", Where: "id=9", Flags: true}, ErrNoMatch, `--where matches no row`},
		{"codes without levels", cat, Spec{Before: "pre", After: "post", Codes: []string{"1"}, Categorical: true}, ErrSpec, "codes needs levels"},
		{"unknown level", cat, Spec{Before: "pre", After: "post", Levels: []string{"a", "b"}}, pairedt.ErrUnknownLevel, `line 3, column "post" (field 2): found "c"`},
		{"text category", cat, Spec{Before: "pre", After: "post", Categorical: true}, ErrNotCategory, "give the levels in order with levels"},
		{"ambiguous level", cat, Spec{Before: "pre", After: "post", Levels: []string{"2", "a"}}, ErrAmbiguousLevel, "could mean either"},
		{"levels twice", cat, Spec{Before: "pre", After: "post", Levels: []string{"a", "a"}}, ErrSpec, `levels: "a" appears twice`},
		{"level is missing marker", cat, Spec{Before: "pre", After: "post", Levels: []string{"a", "NA"}}, ErrSpec, "missing-value marker (see missing)"},
		{"scores count", cat, Spec{Before: "pre", After: "post", Levels: []string{"a", "b", "c"}, Scores: []float64{1}}, ErrSpec, "scores has 1 items, there are 3 levels"},
		{"fractional categories", "pre,post\n1.5,2\n", Spec{Before: "pre", After: "post", Categorical: true}, ErrNotCategory, "fractional part"},
		{"duplicate id", sleep + "1,3,3\n", Spec{ID: "id", Before: "pre", After: "post"}, ErrDuplicateID, "line 5"},
		{"unknown occasion", "id,t,v\na,pre,1\na,mid,2\n", Spec{ID: "id", Time: "t", Value: "v", Before: "pre", After: "post"}, ErrOccasion, `want "pre" (before) or "post" (after)`},
		{"missing id", "id,t,v\n,pre,1\n", Spec{ID: "id", Time: "t", Value: "v", Before: "pre", After: "post"}, ErrMissingID, "line 2"},
		{"not a number", sleep + "4,x,1\n", Spec{Before: "pre", After: "post"}, csvin.ErrNotNumber, `line 5, column "pre"`},
		{"header only", "pre,post\n", Spec{Before: "pre", After: "post"}, csvin.ErrNoRows, "no data rows"},
	} {
		_, err := Analyze(strings.NewReader(tc.data), "f.csv", tc.s, pairedt.StudyOptions{})
		if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.frag) {
			t.Errorf("%s: err %v, want %v containing %q", tc.name, err, tc.want, tc.frag)
		}
	}
}

// TestAnalyzeNotes: rows filtered and subjects dropped are noted.
func TestAnalyzeNotes(t *testing.T) {
	long := "id,t,v,g\na,pre,1,x\na,post,2,x\nb,pre,1,x\nc,pre,1,y\nc,post,3,y\nd,pre,2,x\nd,post,4,x\n"
	d, err := Analyze(strings.NewReader(long), "l.csv", Spec{ID: "id", Time: "t", Value: "v", Before: "pre", After: "post", Where: "g=x"}, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang i18n.Lang
		want []string
	}{
		{i18n.English, []string{`l.csv: 1 subject(s) without both occasions dropped: "b" (line 4, no "post" row)`, `l.csv: 5 of 7 rows have g = "x" (where)`}},
		{i18n.Indonesian, []string{`l.csv: 1 subjek tanpa kedua pengukuran dikeluarkan: "b" (baris 4, tanpa baris "post")`, `l.csv: 5 dari 7 baris memiliki g = "x" (where)`}},
	} {
		got := strings.Join(Texts(d.Notes, tc.lang), "\n")
		for _, want := range tc.want {
			if !strings.Contains(got, want) {
				t.Errorf("%s: notes %q lack %q", tc.lang, got, want)
			}
		}
	}
	if d.Study.N != 2 || d.Study.Dropped != 1 {
		t.Errorf("n %d dropped %d", d.Study.N, d.Study.Dropped)
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add([]byte("id,pre,post\n1,1,2\n2,2,2.5\n3,1,4\n"), "pre", "post", "", false)
	f.Add([]byte("pre;post\n1,5;2\n2;3\n"), "pre", "post", "a,b", true)
	f.Add([]byte("id,t,v\na,pre,1\na,post,2\n"), "pre", "post", "", false)
	f.Fuzz(func(t *testing.T, data []byte, before, after, levels string, categorical bool) {
		s := Spec{Before: before, After: after, Categorical: categorical}
		if levels != "" {
			s.Levels = strings.Split(levels, ",")
		}
		if bytes.HasPrefix(data, []byte("id,t,v")) {
			s.ID, s.Time, s.Value = "id", "t", "v"
		}
		d, err := Analyze(bytes.NewReader(data), "f", s, pairedt.StudyOptions{})
		if err == nil && d.Study == nil {
			t.Fatal("nil study without an error")
		}
		if _, err := ReadPreview(bytes.NewReader(data), "f", s, 5); err != nil && err.Error() == "" {
			t.Fatal("empty error")
		}
	})
}
