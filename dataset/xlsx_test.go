package dataset

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

// make_xlsx.py features(): written by openpyxl, calculated and saved by
// LibreOffice.
func TestXLSXFeatures(t *testing.T) {
	tb := readFixture(t, "features.xlsx", Options{Sheet: "Data"})
	if tb.Format != FormatXLSX || tb.Sheet != "Data" || tb.Rows != 5 {
		t.Fatalf("format %v sheet %q rows %d", tb.Format, tb.Sheet, tb.Rows)
	}
	if want := []string{"id", "sebelum", "sesudah", "selisih", "catatan", "campur"}; !slices.Equal(tb.Names(), want) {
		t.Errorf("names %q", tb.Names())
	}
	nums := []struct {
		name   string
		values []float64
		status string
	}{
		// B2 has number format "0.00" (shown 1.00): the stored 1 is read.
		// B7 is the text "NA", a missing marker.
		{"sebelum", []float64{1, 2, 1, 2.5, nan}, "vvvvu"},
		// C4 is empty.
		{"sesudah", []float64{3, 3, nan, 0.1, 2}, "vvsvv"},
		// Formulas =C2-B2 ... by the values LibreOffice cached; the last
		// =IF(ISNUMBER(B7),C7-B7,"") cached the empty string.
		{"selisih", []float64{2, 1, -1, -2.4, nan}, "vvvvs"},
	}
	for _, w := range nums {
		c := column(t, tb, w.name)
		if c.Kind != Numeric || !sameFloats(c.Numbers, w.values) || !slices.Equal(c.Status, statuses(w.status)) {
			t.Errorf("%s: %v %v %v, want %v %v", w.name, c.Kind, c.Numbers, c.Status, w.values, statuses(w.status))
		}
	}
	strs := []struct {
		name   string
		values []string
		status string
	}{
		{"id", []string{"R01", "R02", "R03", "R04", "R05"}, "vvvvv"},
		{"catatan", []string{"lancar", "", "belum keluar", "NA", "ASI keluar lancar"}, "vsvuv"},
		// Numbers and text mixed make a string column. make_xlsx.py gives
		// 0.30000000000000004; openpyxl 3.0.9 stores it as 0.3 (16
		// significant digits), and the reader returns what is stored.
		{"campur", []string{"1.5", "dua", "3", "", "0.3"}, "vvvsv"},
	}
	for _, w := range strs {
		c := column(t, tb, w.name)
		if c.Kind != String || !slices.Equal(c.Strings, w.values) || !slices.Equal(c.Status, statuses(w.status)) {
			t.Errorf("%s: %v %q %v, want %q %v", w.name, c.Kind, c.Strings, c.Status, w.values, statuses(w.status))
		}
	}
	if c := column(t, tb, "catatan"); c.UserMissing != 1 || c.SystemMissing != 1 {
		t.Errorf("catatan counts %d %d", c.UserMissing, c.SystemMissing)
	}
	// With no missing markers, "NA" is text and sebelum becomes a string column.
	tb = readFixture(t, "features.xlsx", Options{Sheet: "data", Missing: []string{}})
	if c := column(t, tb, "sebelum"); c.Kind != String || c.Strings[4] != "NA" {
		t.Errorf("sebelum without markers: %v %q", c.Kind, c.Strings)
	}
}

func TestXLSXSheets(t *testing.T) {
	for _, tc := range []struct {
		file, sheet, want string
	}{
		{"sleep.xlsx", "", "sleep"},
		{"sleep.xlsx", "1", "sleep"},
		{"second-sheet.xlsx", "", "Isi"}, // the only sheet with data
		{"second-sheet.xlsx", "1", "Kosong"},
		{"features.xlsx", "2", "Catatan"},
		{"features.xlsx", "CATATAN", "Catatan"},
	} {
		tb, err := Open(os.DirFS("testdata"), tc.file, Options{Sheet: tc.sheet})
		if tc.want == "Kosong" {
			if !errors.Is(err, ErrHeader) || !strings.Contains(err.Error(), `sheet "Kosong": bad header row: the sheet is empty`) {
				t.Errorf("%s sheet %q: %v", tc.file, tc.sheet, err)
			}
			continue
		}
		if err != nil || tb.Sheet != tc.want {
			t.Errorf("%s sheet %q: %v, read %q", tc.file, tc.sheet, err, tb.Sheet)
		}
	}
}

func TestXLSXErrors(t *testing.T) {
	for _, tc := range []struct {
		file, sheet string
		want        error
		text        string
	}{
		{"features.xlsx", "", ErrSheetChoice, `features.xlsx: cannot choose a sheet: 2 sheets have data, name one (by name or 1-based index); sheets with data: "Data", "Catatan"`},
		{"features.xlsx", "Nope", ErrSheetNotFound, `features.xlsx: sheet not found: "Nope"; sheets: "Data", "Catatan", "Kosong"`},
		{"features.xlsx", "4", ErrSheetNotFound, `sheet not found: "4"; sheets: `},
		{"merged.xlsx", "", ErrMergedHeader, `merged.xlsx: sheet "Data" row 1: merged cells in the header row: cells A1:B1 are merged`},
		{"badcell.xlsx", "", ErrCellType, `badcell.xlsx: sheet "Data" cell B2: cell is neither a number nor text: a boolean`},
		{"nocache.xlsx", "", ErrNoCachedValue, `nocache.xlsx: sheet "Data" cell B2: formula cell without a cached value: =A2*2 has no stored result`},
	} {
		_, err := Open(os.DirFS("testdata"), tc.file, Options{Sheet: tc.sheet})
		if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.text) {
			t.Errorf("%s sheet %q: %v\nwant %v containing %s", tc.file, tc.sheet, err, tc.want, tc.text)
		}
	}
	// A zip that is not a workbook, and a workbook cut short.
	b, err := os.ReadFile("testdata/sleep.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	for n := 4; n < len(b); n += 97 {
		_, err := Read(bytes.NewReader(b[:n]), "cut.xlsx", Options{})
		if !errors.Is(err, ErrNotXLSX) || !strings.HasPrefix(err.Error(), "cut.xlsx: ") {
			t.Fatalf("cut at %d: %v", n, err)
		}
	}
}
