package dataset

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// writeBig writes an n-case file of four numeric variables (one with value
// labels and a missing value) and one 8-byte string with the test writer.
func writeBig(tb testing.TB, dir string, n int, compress bool) string {
	tb.Helper()
	path := filepath.Join(dir, fmt.Sprintf("big-%d-%v.sav", n, compress))
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w, _ := newSAVWriter(f, binary.LittleEndian, compress, []testVar{
		{name: "id"}, {name: "sebelum", labels: map[float64]string{1: "a", 2: "b", 3: "c"}, miss: []float64{9}},
		{name: "sesudah"}, {name: "berat"}, {name: "kode", width: 8},
	}, int32(n))
	for i := range n {
		x := float64(i % 4)
		if i%97 == 0 {
			x = math.NaN()
		}
		w.writeCase(float64(i), float64(i%3+1), x, 2.5+float64(i%1000)/7, "")
	}
	if err := w.close(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkSAVStream streams every case of a file of n cases. B/op and
// allocs/op stay the same from 10^4 to 10^6 cases: the reader's memory does
// not grow with the file.
func BenchmarkSAVStream(b *testing.B) {
	dir := b.TempDir()
	for _, compress := range []bool{false, true} {
		for _, n := range []int{10_000, 100_000, 1_000_000} {
			path := writeBig(b, dir, n, compress)
			b.Run(fmt.Sprintf("compressed=%v/cases=%d", compress, n), func(b *testing.B) {
				b.ReportAllocs()
				var sum float64
				for b.Loop() {
					s, err := OpenSAV(os.DirFS(filepath.Dir(path)), filepath.Base(path))
					if err != nil {
						b.Fatal(err)
					}
					k := 0
					for s.Next() {
						sum += s.Case()[3].Number
						k++
					}
					if s.Err() != nil || k != n {
						b.Fatalf("%v after %d cases", s.Err(), k)
					}
					s.Close()
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/case")
				_ = sum
			})
		}
	}
}

// TestSAVStreamConstantMemory streams a million cases and checks that the
// total bytes allocated are those of a thousand cases, give or take a
// kilobyte or two, and that the live heap does not grow.
func TestSAVStreamConstantMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 45 MB file")
	}
	dir := t.TempDir()
	alloc := func(path string) (total, peak uint64) {
		var m0, m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		s, err := OpenSAV(os.DirFS(filepath.Dir(path)), filepath.Base(path))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		for i := 0; s.Next(); i++ {
			if i%100_000 == 0 {
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapAlloc)
			}
		}
		if s.Err() != nil {
			t.Fatal(s.Err())
		}
		runtime.ReadMemStats(&m)
		return m.TotalAlloc - m0.TotalAlloc, peak
	}
	for _, compress := range []bool{false, true} {
		small, _ := alloc(writeBig(t, dir, 1_000, compress))
		big, peak := alloc(writeBig(t, dir, 1_000_000, compress))
		t.Logf("compressed=%v: %d B allocated for 1e3 cases, %d B for 1e6 cases; heap at most %d B while streaming", compress, small, big, peak)
		if big > small+4096 {
			t.Errorf("compressed=%v: 1e6 cases allocate %d B, 1e3 cases %d B: memory grows with the file", compress, big, small)
		}
	}
}

// BenchmarkReadXLSX reads the LibreOffice-written workbook (3 sheets, 7
// rows) and the openpyxl-written sleep.xlsx through excelize.
func BenchmarkReadXLSX(b *testing.B) {
	for _, tc := range []struct{ file, sheet string }{{"sleep.xlsx", ""}, {"features.xlsx", "Data"}} {
		data, err := os.ReadFile(filepath.Join("testdata", tc.file))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(tc.file, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read(bytes.NewReader(data), tc.file, Options{Sheet: tc.sheet}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
