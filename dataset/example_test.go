package dataset_test

import (
	"errors"
	"fmt"
	"log"
	"os"

	"github.com/pairedt/pairedt/dataset"
)

// Open an SPSS file, pick two columns by name, and use the value labels as
// the ordered levels and the variable label as the name to print.
func Example() {
	t, err := dataset.Open(os.DirFS("testdata"), "oxytocin.sav", dataset.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(t.Format, t.Rows, "cases:", t.Names())
	before, err := t.Column("sebelum")
	if err != nil {
		log.Fatal(err)
	}
	after, _ := t.Column("sesudah")
	for _, c := range []*dataset.Column{before, after} {
		fmt.Println(c.DisplayName())
		for _, level := range c.ValueLabels {
			n := 0
			for i, x := range c.Numbers {
				if c.Status[i] == dataset.Valid && x == level.Value {
					n++
				}
			}
			fmt.Printf("  %g %-30s %2d\n", level.Value, level.Label, n)
		}
	}
	// Output:
	// sav 23 cases: [id sebelum sesudah]
	// Pengeluaran ASI sebelum pijat oksitosin
	//   1 ASI belum keluar               17
	//   2 ASI keluar namun belum lancar   6
	//   3 ASI keluar lancar               0
	// Pengeluaran ASI sesudah pijat oksitosin
	//   1 ASI belum keluar                4
	//   2 ASI keluar namun belum lancar   0
	//   3 ASI keluar lancar              19
}

// Stream the cases of a large file: memory stays the same however many
// cases there are.
func ExampleSAVReader() {
	s, err := dataset.OpenSAV(os.DirFS("testdata"), "features.zsav")
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	vars := s.Variables()
	for s.Next() {
		v := s.Case()[1] // skor
		fmt.Printf("%s=%v (%v) ", vars[1].Name, v.Number, v.Status)
	}
	if err := s.Err(); err != nil {
		log.Fatal(err)
	}
	fmt.Println()
	// Output:
	// skor=1 (valid) skor=2 (valid) skor=NaN (user-missing) skor=NaN (user-missing) skor=3 (valid) skor=6 (valid)
}

// Read a workbook sheet; errors name the file and say what is wrong.
func ExampleReadXLSX() {
	_, err := dataset.Open(os.DirFS("testdata"), "features.xlsx", dataset.Options{Sheet: "Hasil"})
	fmt.Println(errors.Is(err, dataset.ErrSheetNotFound))
	fmt.Println(err)

	t, err := dataset.Open(os.DirFS("testdata"), "features.xlsx", dataset.Options{Sheet: "Data"})
	if err != nil {
		log.Fatal(err)
	}
	c, _ := t.Column("sesudah")
	fmt.Println(c.Numbers, c.SystemMissing, "empty cell")
	// Output:
	// true
	// features.xlsx: sheet not found: "Hasil"; sheets: "Data", "Catatan", "Kosong"
	// [3 3 NaN 0.1 2] 1 empty cell
}
