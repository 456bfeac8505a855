package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/report"
)

// writeRows writes n random pairs to a CSV file in dir.
func writeRows(t testing.TB, dir string, n int) string {
	t.Helper()
	path := filepath.Join(dir, "rows.csv")
	var b strings.Builder
	b.WriteString("before,after\n")
	r := rand.New(rand.NewPCG(1, 2))
	for range n {
		fmt.Fprintf(&b, "%.4f,%.4f\n", 10+2*r.NormFloat64(), 9.5+2*r.NormFloat64())
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// peakHeap runs f while sampling runtime.MemStats.HeapInuse every
// millisecond and returns the largest value seen above the start.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	peak := base
	done := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			select {
			case <-done:
				return
			default:
			}
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
			time.Sleep(time.Millisecond)
		}
	}()
	f()
	close(done)
	runtime.ReadMemStats(&ms)
	peak = max(peak, ms.HeapInuse)
	return peak - base
}

// TestReportMemory measures the heap report holds on 1e6 pairs (issue 11
// item 12): set PAIREDT_MEM=1 to run it (it takes some seconds).
func TestReportMemory(t *testing.T) {
	if os.Getenv("PAIREDT_MEM") == "" {
		t.Skip("set PAIREDT_MEM=1")
	}
	const n = 1_000_000
	dir := t.TempDir()
	in := writeRows(t, dir, n)
	var code int
	var errOut string
	peak := peakHeap(func() {
		code, _, errOut = runCmd(t, "", "report", in, "--before", "before", "--after", "after", "--out", filepath.Join(dir, "out"))
	})
	t.Logf("report on %d rows: peak heap %.1f MB, %.1f B per row; exit %d %s", n, float64(peak)/1e6, float64(peak)/n, code, errOut)

	// The phases: the pairs as read, the analysis, the rendering.
	x, y := make([]float64, n), make([]float64, n)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range x {
		x[i], y[i] = 10+2*r.NormFloat64(), 9.5+2*r.NormFloat64()
	}
	var st *pairedt.Study
	pa := peakHeap(func() {
		var err error
		if st, err = pairedt.AnalyzePaired(x, y, pairedt.StudyOptions{}); err != nil {
			t.Error(err)
		}
	})
	var a report.Analysis
	pr := peakHeap(func() {
		a = report.FromStudy(st)
		if _, err := reportFiles(a, report.Options{Decimals: 2}, 96); err != nil {
			t.Error(err)
		}
	})
	t.Logf("pairs held: 16.0 B per pair; AnalyzePaired: peak %.1f B per pair above them; rendering: peak %.1f B per pair", float64(pa)/n, float64(pr)/n)
}

// TestPairBufLimit: past its limit pairBuf stops storing pairs, counts the
// rest and says how many there were and what they would need (issue 11
// item 12: under ulimit -v 2000000, report on 1e7 rows died with a Go stack
// trace; see memlimit_linux.go for the limits read).
func TestPairBufLimit(t *testing.T) {
	b := &pairBuf{max: 3, limit: 10 << 20, what: "the address-space limit (ulimit -v)"}
	for i := range 10 {
		b.add(float64(i), 0)
	}
	if len(b.x) != 3 || len(b.y) != 3 || b.n != 10 {
		t.Fatalf("stored %d of %d", len(b.x), b.n)
	}
	err := b.err("big.csv")
	if !errors.Is(err, errMemory) || !strings.Contains(err.Error(), "big.csv: not enough memory: 10 pairs would need about 0 MB (200 bytes per pair), more than 90% of the 10 MB left under the address-space limit (ulimit -v); pairedt test without --all streams") {
		t.Fatalf("err = %v", err)
	}
	if code := exitCode(err); code != 2 {
		t.Errorf("exit code %d", code)
	}
	b = &pairBuf{}
	for i := range 10 {
		b.add(float64(i), 0)
	}
	if len(b.x) != 10 || b.err("f") != nil {
		t.Errorf("no limit: stored %d, err %v", len(b.x), b.err("f"))
	}
}
