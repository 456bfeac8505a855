package dataset

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func readFixture(t *testing.T, name string, o Options) *Table {
	t.Helper()
	tb, err := Open(os.DirFS("testdata"), name, o)
	if err != nil {
		t.Fatalf("Open(%s): %v", name, err)
	}
	return tb
}

func column(t *testing.T, tb *Table, name string) *Column {
	t.Helper()
	c, err := tb.Column(name)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// sameFloats compares bit for bit; NaN matches NaN.
func sameFloats(got, want []float64) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if math.Float64bits(got[i]) != math.Float64bits(want[i]) && !(math.IsNaN(got[i]) && math.IsNaN(want[i])) {
			return false
		}
	}
	return true
}

func statuses(s string) []Status {
	var out []Status
	for _, c := range s {
		out = append(out, map[rune]Status{'v': Valid, 'u': UserMissing, 's': SystemMissing}[c])
	}
	return out
}

// csvColumns reads a CSV file of the module's testdata with encoding/csv:
// the source the PSPP and openpyxl scripts read.
func csvColumns(t *testing.T, path string) map[string][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, r := range recs[1:] {
		for i, h := range recs[0] {
			out[h] = append(out[h], r[i])
		}
	}
	return out
}

func parseAll(t *testing.T, xs []string) []float64 {
	t.Helper()
	var out []float64
	for _, x := range xs {
		v, err := strconv.ParseFloat(x, 64)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// make.sps part 1: testdata/sleep.csv through GET DATA, saved three ways.
func TestSAVSleep(t *testing.T) {
	src := csvColumns(t, "../testdata/sleep.csv")
	for _, tc := range []struct {
		file   string
		format Format
		comp   int
	}{{"sleep.sav", FormatSAV, 0}, {"sleep-compressed.sav", FormatSAV, 1}, {"sleep.zsav", FormatZSAV, 2}} {
		t.Run(tc.file, func(t *testing.T) {
			tb := readFixture(t, tc.file, Options{})
			if tb.Format != tc.format || tb.Rows != 10 || tb.Encoding != "UTF-8" {
				t.Errorf("format %v, rows %d, encoding %q; want %v, 10, UTF-8", tb.Format, tb.Rows, tb.Encoding, tc.format)
			}
			if got := tb.Names(); !slices.Equal(got, []string{"id", "group1", "group2"}) {
				t.Errorf("names %q", got)
			}
			for _, name := range []string{"id", "group1", "group2"} {
				c := column(t, tb, name)
				if want := parseAll(t, src[name]); !sameFloats(c.Numbers, want) {
					t.Errorf("%s = %v, want %v", name, c.Numbers, want)
				}
				if c.UserMissing+c.SystemMissing != 0 || c.Kind != Numeric {
					t.Errorf("%s: kind %v, %d user- and %d system-missing", name, c.Kind, c.UserMissing, c.SystemMissing)
				}
			}
			if c := column(t, tb, "group1"); c.Label != "Extra sleep, drug 1 (hours)" || c.DisplayName() != c.Label {
				t.Errorf("group1 label %q", c.Label)
			}
			if c := column(t, tb, "id"); c.Label != "" || c.DisplayName() != "id" {
				t.Errorf("id label %q, display %q", c.Label, c.DisplayName())
			}
			s, err := OpenSAV(os.DirFS("testdata"), tc.file)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if s.Compression() != tc.comp || s.ByteOrder() != binary.LittleEndian || s.Cases() != 10 {
				t.Errorf("compression %d, order %v, cases %d", s.Compression(), s.ByteOrder(), s.Cases())
			}
		})
	}
}

// make.sps part 2: the 23 mothers of testdata/oxytocin/reconstructed.csv,
// recoded to 1-2-3 with value labels.
func TestSAVOxytocin(t *testing.T) {
	src := csvColumns(t, "../testdata/oxytocin/reconstructed.csv")
	code := map[string]float64{"ASI belum keluar": 1, "ASI keluar namun belum lancar": 2, "ASI keluar lancar": 3}
	tb := readFixture(t, "oxytocin.sav", Options{})
	if tb.Rows != 23 || !slices.Equal(tb.Names(), []string{"id", "sebelum", "sesudah"}) {
		t.Fatalf("rows %d, names %q", tb.Rows, tb.Names())
	}
	wantLabels := []ValueLabel{{Value: 1, Label: "ASI belum keluar"}, {Value: 2, Label: "ASI keluar namun belum lancar"}, {Value: 3, Label: "ASI keluar lancar"}}
	for name, csvName := range map[string]string{"sebelum": "before", "sesudah": "after"} {
		c := column(t, tb, name)
		var want []float64
		for _, s := range src[csvName] {
			want = append(want, code[s])
		}
		if !sameFloats(c.Numbers, want) {
			t.Errorf("%s = %v, want %v", name, c.Numbers, want)
		}
		// make.sps lists the labels 3, 1, 2: the reader orders them by code.
		if !slices.Equal(c.ValueLabels, wantLabels) {
			t.Errorf("%s value labels %v", name, c.ValueLabels)
		}
		if c.Measure != Ordinal || c.PrintFormat != "F1.0" {
			t.Errorf("%s measure %v, format %s", name, c.Measure, c.PrintFormat)
		}
		if l, ok := c.LabelOf(3); !ok || l != "ASI keluar lancar" {
			t.Errorf("LabelOf(3) = %q, %v", l, ok)
		}
	}
	if got := column(t, tb, "sebelum").Label; got != "Pengeluaran ASI sebelum pijat oksitosin" {
		t.Errorf("label %q", got)
	}
	if got := column(t, tb, "ID").Strings; !slices.Equal(got, src["id"]) { // names match case-insensitively
		t.Errorf("id %q", got)
	}
}

// make.sps part 3: every dictionary feature, three compressions.
func TestSAVFeatures(t *testing.T) {
	long := strings.Repeat("abcdefghij", 29) + "ujung "
	for _, file := range []string{"features.sav", "features-compressed.sav", "features.zsav"} {
		t.Run(file, func(t *testing.T) {
			tb := readFixture(t, file, Options{})
			if tb.Rows != 6 {
				t.Fatalf("rows %d", tb.Rows)
			}
			wantNames := []string{"kode_responden_panjang", "skor", "berat", "umur", "nilai", "jenis", "catatan", "panjang"}
			if !slices.Equal(tb.Names(), wantNames) {
				t.Errorf("names %q", tb.Names())
			}
			nums := []struct {
				name   string
				values []float64
				status string
				miss   MissingValues
				um, sm int
			}{
				{"skor", []float64{1, 2, nan, nan, 3, 6}, "vvuuvv", MissingValues{Values: []float64{8, 9}}, 2, 0},
				{"berat", []float64{3.25, nan, 2.80, 4.10, 3.00, 3.50}, "vsvvvv", MissingValues{}, 0, 1},
				{"umur", []float64{25, 31, nan, nan, 45, 30}, "vvuuvv", MissingValues{Values: []float64{99}, HasRange: true, Low: math.Inf(-1), High: 17}, 2, 0},
				{"nilai", []float64{1, 2, 3, -5, nan, 4}, "vvvvuv", MissingValues{HasRange: true, Low: 100, High: math.Inf(1)}, 1, 0},
			}
			for _, w := range nums {
				c := column(t, tb, w.name)
				if !sameFloats(c.Numbers, w.values) || !slices.Equal(c.Status, statuses(w.status)) {
					t.Errorf("%s = %v %v, want %v %v", w.name, c.Numbers, c.Status, w.values, statuses(w.status))
				}
				if c.UserMissing != w.um || c.SystemMissing != w.sm {
					t.Errorf("%s: %d user-, %d system-missing; want %d, %d", w.name, c.UserMissing, c.SystemMissing, w.um, w.sm)
				}
				if !slices.Equal(c.Missing.Values, w.miss.Values) || c.Missing.HasRange != w.miss.HasRange || c.Missing.Low != w.miss.Low || c.Missing.High != w.miss.High {
					t.Errorf("%s missing %+v, want %+v", w.name, c.Missing, w.miss)
				}
			}
			skor := column(t, tb, "skor")
			wantSkor := []ValueLabel{{Value: 1, Label: "Rendah"}, {Value: 2, Label: "Sedang"}, {Value: 3, Label: "Tinggi"}, {Value: 8, Label: "Tidak tahu"}, {Value: 9, Label: "Menolak"}}
			if !slices.Equal(skor.ValueLabels, wantSkor) || skor.Label != "Skor kecemasan (1-3; 8 = tidak tahu, 9 = menolak)" {
				t.Errorf("skor labels %v, %q", skor.ValueLabels, skor.Label)
			}
			strs := []struct {
				name   string
				width  int
				values []string
				status string
				labels []ValueLabel
				miss   []string
			}{
				{"kode_responden_panjang", 8, []string{"R01", "R02", "R03", "R04", "R05", "R06"}, "vvvvvv", nil, nil},
				{"jenis", 1, []string{"L", "P", "X", "P", "L", "L"}, "vvuvvv",
					[]ValueLabel{{Text: "L", Label: "Laki-laki"}, {Text: "P", Label: "Perempuan"}, {Text: "X", Label: "Tidak diisi"}}, []string{"X"}},
				{"catatan", 40, []string{"Ibu pertama kali menyusui", "Bayi lahir cukup bulan, ASI lancar", "Menolak menjawab", "",
					"Catatan ini diisi oleh bidan desa setemp", "Menolak"}, "vvvvvu", // A40 cuts the 42-byte note
					[]ValueLabel{{Text: "Menolak menjawab", Label: "Responden menolak"}}, []string{"Menolak"}},
				{"panjang", 300, []string{long + "Ibu", long + "Bayi", long + "Meno", strings.TrimSpace(long), long + "Cata", long + "Meno"}, "vvvvvv", nil, nil},
			}
			for _, w := range strs {
				c := column(t, tb, w.name)
				if c.Kind != String || c.Width != w.width || c.PrintFormat != "A"+strconv.Itoa(w.width) {
					t.Errorf("%s: kind %v width %d format %s", w.name, c.Kind, c.Width, c.PrintFormat)
				}
				if !slices.Equal(c.Strings, w.values) || !slices.Equal(c.Status, statuses(w.status)) {
					t.Errorf("%s = %q %v, want %q %v", w.name, c.Strings, c.Status, w.values, statuses(w.status))
				}
				if !slices.Equal(c.ValueLabels, w.labels) || !slices.Equal(c.Missing.Texts, w.miss) {
					t.Errorf("%s labels %v missing %q; want %v %q", w.name, c.ValueLabels, c.Missing.Texts, w.labels, w.miss)
				}
			}
			if got := column(t, tb, "panjang").Label; got != "Teks sangat panjang" {
				t.Errorf("panjang label %q", got)
			}
		})
	}
}

// make-cp1252.sps: strings stored in windows-1252.
func TestSAVWindows1252(t *testing.T) {
	tb := readFixture(t, "cp1252.sav", Options{})
	if tb.Encoding != "WINDOWS-1252" && !strings.EqualFold(tb.Encoding, "windows-1252") {
		t.Errorf("encoding %q", tb.Encoding)
	}
	kota := column(t, tb, "kota")
	if want := []string{"Bandung", "Café Señor", "Medan – Aceh"}; !slices.Equal(kota.Strings, want) {
		t.Errorf("kota %q, want %q", kota.Strings, want)
	}
	if kota.Label != "Kota asal (naïve “kutipan”)" {
		t.Errorf("kota label %q", kota.Label)
	}
	suhu := column(t, tb, "suhu")
	if suhu.Label != "Suhu tubuh (°C)" || !slices.Equal(suhu.ValueLabels, []ValueLabel{{Value: 36.5, Label: "Normal ±0,5 °C"}}) {
		t.Errorf("suhu %q %v", suhu.Label, suhu.ValueLabels)
	}
	if !sameFloats(suhu.Numbers, []float64{36.5, 37.2, 38.0}) {
		t.Errorf("suhu %v", suhu.Numbers)
	}
}

// The streaming reader gives the same values as ReadSAV, one case at a time.
func TestSAVReaderStreams(t *testing.T) {
	tb := readFixture(t, "features-compressed.sav", Options{})
	s, err := OpenSAV(os.DirFS("testdata"), "features-compressed.sav")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if len(s.Variables()) != len(tb.Columns) {
		t.Fatalf("%d variables", len(s.Variables()))
	}
	n := 0
	for s.Next() {
		for i, v := range s.Case() {
			c := tb.Columns[i]
			if v.Status != c.Status[n] || (c.Kind == String && v.Text != c.Strings[n]) || (c.Kind == Numeric && !sameFloats([]float64{v.Number}, []float64{c.Numbers[n]})) {
				t.Errorf("case %d %s: %+v", n+1, c.Name, v)
			}
		}
		n++
	}
	if s.Err() != nil || n != tb.Rows {
		t.Errorf("err %v after %d cases", s.Err(), n)
	}
}

// Both byte orders, both data layouts: the test writer's files read back.
// (PSPP writes only the host's byte order, so the big-endian files come
// from writer_test.go; the little-endian ones cross-check it against the
// PSPP-written sleep.sav.)
func TestSAVByteOrders(t *testing.T) {
	src := csvColumns(t, "../testdata/sleep.csv")
	g1, g2 := parseAll(t, src["group1"]), parseAll(t, src["group2"])
	pspp := readFixture(t, "sleep.sav", Options{})
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		for _, comp := range []bool{false, true} {
			var buf bytes.Buffer
			w, _ := newSAVWriter(&buf, order, comp, []testVar{
				{name: "id"}, {name: "group1", label: "Extra sleep, drug 1 (hours)"}, {name: "group2", label: "Extra sleep, drug 2 (hours)"},
				{name: "tag", width: 3}, {name: "kode", labels: map[float64]string{2: "dua", 1: "satu"}, miss: []float64{9}},
			}, 10)
			for i := range g1 {
				w.writeCase(float64(i+1), g1[i], g2[i], "k"+strconv.Itoa(i), float64(i%3*4+1))
			}
			w.close()
			tb, err := Read(&buf, "written.sav", Options{})
			if err != nil {
				t.Fatalf("%v compressed=%v: %v", order, comp, err)
			}
			for _, name := range []string{"id", "group1", "group2"} {
				if got, want := column(t, tb, name).Numbers, column(t, pspp, name).Numbers; !sameFloats(got, want) {
					t.Errorf("%v compressed=%v %s = %v, want %v", order, comp, name, got, want)
				}
				if got, want := column(t, tb, name).Label, column(t, pspp, name).Label; got != want {
					t.Errorf("%v label %q, want %q", order, got, want)
				}
			}
			kode := column(t, tb, "kode")
			if !sameFloats(kode.Numbers, []float64{1, 5, nan, 1, 5, nan, 1, 5, nan, 1}) || kode.UserMissing != 3 {
				t.Errorf("%v compressed=%v kode %v (%d user-missing)", order, comp, kode.Numbers, kode.UserMissing)
			}
			if !slices.Equal(kode.ValueLabels, []ValueLabel{{Value: 1, Label: "satu"}, {Value: 2, Label: "dua"}}) {
				t.Errorf("kode labels %v", kode.ValueLabels)
			}
			if tag := column(t, tb, "tag"); tag.Strings[9] != "k9" {
				t.Errorf("tag %q", tag.Strings)
			}
		}
	}
}

func TestSAVErrors(t *testing.T) {
	good, err := os.ReadFile("testdata/features-compressed.sav")
	if err != nil {
		t.Fatal(err)
	}
	zgood, err := os.ReadFile("testdata/features.zsav")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
		want error
		text string
	}{
		{"empty", nil, ErrNotSAV, "x.sav: not an SPSS system file"},
		{"text", []byte("id,before,after\n1,2,3\n"), ErrNotSAV, `not an SPSS system file: it starts with "id,b"`},
		{"short header", good[:100], ErrCorrupt, "file ends early"},
		{"bad layout", append(append(append([]byte{}, good[:64]...), 9, 0, 0, 0), good[68:]...), ErrCorrupt, "layout code 9"},
		{"bad record type", append(append([]byte{}, good[:176]...), 5, 0, 0, 0), ErrCorrupt, "unknown record type 5"},
		{"no dictionary end", good[:400], ErrCorrupt, "file ends early"},
		{"truncated zsav", zgood[:len(zgood)-200], ErrCorrupt, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadSAV(bytes.NewReader(tc.data), "x.sav")
			if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.text) || !strings.HasPrefix(err.Error(), "x.sav: ") {
				t.Errorf("err = %v, want %v containing %q", err, tc.want, tc.text)
			}
		})
	}
	// Every truncation of a valid file is an error or a shorter file, never
	// a panic or a hang.
	for _, data := range [][]byte{good, zgood} {
		for n := range len(data) {
			s, err := NewSAVReader(bytes.NewReader(data[:n]), "cut.sav")
			if err != nil {
				if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrNotSAV) {
					t.Fatalf("cut at %d: %v", n, err)
				}
				continue
			}
			for s.Next() {
			}
			if s.Err() == nil {
				t.Fatalf("cut at %d of %d: no error", n, len(data))
			}
		}
	}
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		file string
		want Format
	}{{"sleep.sav", FormatSAV}, {"sleep.zsav", FormatZSAV}, {"sleep.xlsx", FormatXLSX}, {"make.sps", FormatUnknown}} {
		b, err := os.ReadFile(filepath.Join("testdata", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		if got := Detect(b); got != tc.want {
			t.Errorf("Detect(%s) = %v, want %v", tc.file, got, tc.want)
		}
	}
	// Content decides, not the name: a .sav renamed .xlsx still reads.
	b, _ := os.ReadFile("testdata/sleep.sav")
	if tb, err := Read(bytes.NewReader(b), "renamed.xlsx", Options{}); err != nil || tb.Format != FormatSAV {
		t.Errorf("renamed: %v", err)
	}
	_, err := Read(strings.NewReader("id,x\n1,2\n"), "data.csv", Options{})
	if !errors.Is(err, ErrUnknownFormat) || !strings.Contains(err.Error(), "data.csv: ") || !strings.Contains(err.Error(), "looks like text") {
		t.Errorf("csv: %v", err)
	}
	_, err = Read(bytes.NewReader([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest")), "old.xls", Options{})
	if !errors.Is(err, ErrUnknownFormat) || !strings.Contains(err.Error(), ".xls") {
		t.Errorf("xls: %v", err)
	}
	_, err = Read(bytes.NewReader(b), "forced.xlsx", Options{Format: FormatXLSX})
	if !errors.Is(err, ErrNotXLSX) {
		t.Errorf("forced xlsx: %v", err)
	}
	if _, err := Open(os.DirFS("testdata"), "does-not-exist.sav", Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// Stored keeps the user-missing codes; Levels leaves out the labelled
// missing codes (make.sps: skor 8 'Tidak tahu', 9 'Menolak' are missing).
func TestStoredAndLevels(t *testing.T) {
	tb := readFixture(t, "features.sav", Options{})
	skor := column(t, tb, "skor")
	if !sameFloats(skor.Stored, []float64{1, 2, 9, 8, 3, 6}) {
		t.Errorf("skor stored %v", skor.Stored)
	}
	if want := []ValueLabel{{Value: 1, Label: "Rendah"}, {Value: 2, Label: "Sedang"}, {Value: 3, Label: "Tinggi"}}; !slices.Equal(skor.Levels(), want) {
		t.Errorf("skor levels %v", skor.Levels())
	}
	berat := column(t, tb, "berat")
	if !math.IsNaN(berat.Stored[1]) {
		t.Errorf("system-missing stored as %v", berat.Stored[1])
	}
	jenis := column(t, tb, "jenis")
	if want := []ValueLabel{{Text: "L", Label: "Laki-laki"}, {Text: "P", Label: "Perempuan"}}; !slices.Equal(jenis.Levels(), want) {
		t.Errorf("jenis levels %v", jenis.Levels())
	}
}
