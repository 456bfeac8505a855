package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/pairedt/pairedt/pairedt"
)

// numericFile writes a two-column numeric CSV of n rows in the given number
// style and returns its path and size.
func numericFile(tb testing.TB, dir string, n int, style string) (string, int64) {
	tb.Helper()
	path := filepath.Join(dir, fmt.Sprintf("num-%d-%s.csv", n, style))
	if st, err := os.Stat(path); err == nil {
		return path, st.Size()
	}
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	r := rand.New(rand.NewPCG(uint64(n), 7))
	w.WriteString("id,x,y\n")
	var buf []byte
	num := func(v float64) {
		switch style {
		case "fixed3": // what a spreadsheet usually holds
			buf = strconv.AppendFloat(buf, v, 'f', 3, 64)
		case "digits15": // R's write.csv and Excel: 15 significant digits
			buf = strconv.AppendFloat(buf, v, 'g', 15, 64)
		case "shortest": // Go's or Python's repr, up to 17 digits: the strconv fallback
			buf = strconv.AppendFloat(buf, v, 'g', -1, 64)
		case "exp":
			buf = strconv.AppendFloat(buf, v*1e-30, 'e', 6, 64)
		case "int":
			buf = strconv.AppendInt(buf, int64(v*100), 10)
		}
	}
	for i := range n {
		x := 50 + 10*r.NormFloat64()
		y := x + 1 + r.NormFloat64()
		buf = strconv.AppendInt(buf[:0], int64(i+1), 10)
		buf = append(buf, ',')
		num(x)
		buf = append(buf, ',')
		num(y)
		buf = append(buf, '\n')
		w.Write(buf)
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	st, _ := os.Stat(path)
	return path, st.Size()
}

// baselineCSV is the plain loop the tool is measured against: encoding/csv
// with a reused record, strconv.ParseFloat, the same Accumulator.
func baselineCSV(path string) (pairedt.TTestResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return pairedt.TTestResult{}, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 256<<10))
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		return pairedt.TTestResult{}, err
	}
	bi, ai := -1, -1
	for i, h := range header {
		switch h {
		case "x":
			bi = i
		case "y":
			ai = i
		}
	}
	var acc pairedt.Accumulator
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return pairedt.TTestResult{}, err
		}
		x, err := strconv.ParseFloat(rec[bi], 64)
		if err != nil {
			return pairedt.TTestResult{}, err
		}
		y, err := strconv.ParseFloat(rec[ai], 64)
		if err != nil {
			return pairedt.TTestResult{}, err
		}
		acc.Add(x, y)
	}
	return acc.Result(pairedt.Options{})
}

// toolJSON runs `pairedt test FILE --json` and decodes the result.
func toolJSON(tb testing.TB, path string) map[string]any {
	tb.Helper()
	code, out, stderr := runCmd(tb, "", "test", path, "--before", "x", "--after", "y", "--json")
	if code != 0 {
		tb.Fatalf("exit %d: %s", code, stderr)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		tb.Fatal(err)
	}
	return m
}

// sameResults checks the tool's JSON against the baseline bit for bit (JSON
// numbers from encoding/json round-trip float64 exactly).
func sameResults(tb testing.TB, path string) {
	tb.Helper()
	want, err := baselineCSV(path)
	if err != nil {
		tb.Fatal(err)
	}
	got := toolJSON(tb, path)
	for _, f := range []struct {
		key string
		v   float64
	}{{"n", float64(want.N)}, {"mean_diff", want.MeanDiff}, {"sd_diff", want.SDDiff}, {"t", want.T}, {"p", want.P},
		{"ci_low", want.CILow}, {"ci_high", want.CIHigh}} {
		g, ok := got[f.key].(float64)
		if !ok || math.Float64bits(g) != math.Float64bits(f.v) {
			tb.Errorf("%s: %s = %v, encoding/csv loop %v", filepath.Base(path), f.key, got[f.key], f.v)
		}
	}
}

// TestSameAsEncodingCSV: the tool and the encoding/csv + strconv loop give
// identical results on files of every number style.
func TestSameAsEncodingCSV(t *testing.T) {
	dir := t.TempDir()
	for _, style := range []string{"fixed3", "digits15", "shortest", "exp", "int"} {
		t.Run(style, func(t *testing.T) {
			path, _ := numericFile(t, dir, 20000, style)
			sameResults(t, path)
		})
	}
}

var benchDir string

// BenchmarkReadCSV streams a numeric CSV through `pairedt test` and through
// the encoding/csv + strconv.ParseFloat baseline, in the same run, after
// checking that both give the same result. rows=1e7 is the figure
// (a 170 MB file, written once to a temporary directory); run it with
//
//	go test ./cmd/pairedt -run XXX -bench ReadCSV -benchtime 1x -count 5
func BenchmarkReadCSV(b *testing.B) {
	if benchDir == "" {
		d, err := os.MkdirTemp("", "pairedt-bench-")
		if err != nil {
			b.Fatal(err)
		}
		benchDir = d
		b.Cleanup(func() { os.RemoveAll(d) })
	}
	for _, n := range []int{100000, 10000000} {
		for _, style := range []string{"fixed3", "digits15", "shortest"} {
			b.Run(fmt.Sprintf("rows=%d/%s", n, style), func(b *testing.B) {
				path, size := numericFile(b, benchDir, n, style)
				sameResults(b, path)
				b.Run("pairedt", func(b *testing.B) {
					b.ReportAllocs()
					b.SetBytes(size)
					cpu := cpuTime()
					for b.Loop() {
						var out, errb discardCounter
						if code := run([]string{"test", path, "--before", "x", "--after", "y", "--json"}, nil, &out, &errb); code != 0 {
							b.Fatal("exit", code)
						}
					}
					reportCPU(b, cpu, size)
				})
				b.Run("encoding_csv", func(b *testing.B) {
					b.ReportAllocs()
					b.SetBytes(size)
					cpu := cpuTime()
					for b.Loop() {
						if _, err := baselineCSV(path); err != nil {
							b.Fatal(err)
						}
					}
					reportCPU(b, cpu, size)
				})
			})
		}
	}
}

type discardCounter struct{ n int }

func (d *discardCounter) Write(p []byte) (int, error) { d.n += len(p); return len(p), nil }

// cpuTime returns the process's user + system CPU time. The machine the
// benchmarks run on is shared, so wall-clock MB/s swings with the load;
// CPU time per operation (GC work included) is the steadier comparison.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports CPU nanoseconds per operation and MB per CPU second.
func reportCPU(b *testing.B, start time.Duration, size int64) {
	el := cpuTime() - start
	if el <= 0 || b.N == 0 {
		return
	}
	b.ReportMetric(float64(el.Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(size)*float64(b.N)/1e6/el.Seconds(), "MB/cpu-s")
}
