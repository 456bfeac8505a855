package audit

import (
	"runtime"
	"testing"
)

// TestMarginsLargeCountsBuildNoPairs: by default the margin check calls
// pairedt.Wilcoxon only up to DefaultWilcoxonMaxPairs pairs; beyond, it
// uses the built-in computation from the table. Counts of 6e7 used to be
// expanded into 1.2e8 pairs per table (6.2 GB, found by fuzzing the CLI).
func TestMarginsLargeCountsBuildNoPairs(t *testing.T) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	res, err := Margins([]int{60_000_000, 1}, []int{1, 60_000_000}, MarginOptions{})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 64<<20 {
		t.Errorf("Margins allocated %d MB for 1.2e8 pairs; want no pairs built", got>>20)
	}
	if res.Wilcoxon == nil {
		t.Error("no Wilcoxon range")
	}
}
