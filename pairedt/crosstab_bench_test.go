package pairedt

import (
	"math/rand/v2"
	"sync"
	"testing"
)

// Benchmarks of the ordinal code on 1e6 observations of a 3-level variable
// (5% missing), each against a baseline in this file: the bare map count
// that any frequency table has to do, so that the overhead of validation,
// missing handling and percentages is visible.

const benchOrdinalN = 1_000_000

var (
	benchOrdinalOnce          sync.Once
	benchOrdinalBefore        []string
	benchOrdinalAfter         []string
	benchOrdinalLevels        = []string{"not out", "out, not smooth", "smooth"}
	benchOrdinalSinkInt       int
	benchOrdinalSinkFreqTable FreqTable
	benchOrdinalSinkCross     CrossTable
)

func benchOrdinalData() ([]string, []string) {
	benchOrdinalOnce.Do(func() {
		rng := rand.New(rand.NewPCG(11, 12))
		pick := func() string {
			if rng.IntN(20) == 0 {
				return ""
			}
			return benchOrdinalLevels[rng.IntN(3)]
		}
		benchOrdinalBefore = make([]string, benchOrdinalN)
		benchOrdinalAfter = make([]string, benchOrdinalN)
		for i := range benchOrdinalBefore {
			benchOrdinalBefore[i], benchOrdinalAfter[i] = pick(), pick()
		}
	})
	return benchOrdinalBefore, benchOrdinalAfter
}

// BenchmarkFrequenciesBaselineMap1e6 counts the values in a map and nothing
// else.
func BenchmarkFrequenciesBaselineMap1e6(b *testing.B) {
	before, _ := benchOrdinalData()
	b.ReportAllocs()
	for b.Loop() {
		m := make(map[string]int, 4)
		for _, v := range before {
			m[v]++
		}
		benchOrdinalSinkInt = m["smooth"]
	}
}

func BenchmarkFrequencies1e6(b *testing.B) {
	before, _ := benchOrdinalData()
	b.ReportAllocs()
	for b.Loop() {
		t, err := Frequencies(before, benchOrdinalLevels, FreqOptions{})
		if err != nil {
			b.Fatal(err)
		}
		benchOrdinalSinkFreqTable = t
	}
}

// BenchmarkCrossTabulateBaselineMap1e6 counts the (before, after) pairs in
// a map keyed by the pair of strings.
func BenchmarkCrossTabulateBaselineMap1e6(b *testing.B) {
	before, after := benchOrdinalData()
	b.ReportAllocs()
	for b.Loop() {
		m := make(map[[2]string]int, 16)
		for i := range before {
			m[[2]string{before[i], after[i]}]++
		}
		benchOrdinalSinkInt = m[[2]string{"smooth", "smooth"}]
	}
}

func BenchmarkCrossTabulate1e6(b *testing.B) {
	before, after := benchOrdinalData()
	b.ReportAllocs()
	for b.Loop() {
		c, err := CrossTabulate(before, after, benchOrdinalLevels, FreqOptions{})
		if err != nil {
			b.Fatal(err)
		}
		benchOrdinalSinkCross = c
	}
}

// BenchmarkCrossTabulateAndTests1e6 adds the three tests of a k x k table
// (they cost microseconds; the table dominates).
func BenchmarkCrossTabulateAndTests1e6(b *testing.B) {
	before, after := benchOrdinalData()
	b.ReportAllocs()
	for b.Loop() {
		c, err := CrossTabulate(before, after, benchOrdinalLevels, FreqOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Bowker(c); err != nil {
			b.Fatal(err)
		}
		if _, err := StuartMaxwell(c); err != nil {
			b.Fatal(err)
		}
		benchOrdinalSinkCross = c
	}
}
