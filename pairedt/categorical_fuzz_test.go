package pairedt

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"testing"
)

// FuzzStuartMaxwell builds a small k x k table (k = 2..6) from the fuzz
// bytes (one count per byte, 0..15, or 0..255 with big) and checks that
// Stuart-Maxwell and Bowker either refuse a table without discordant pairs
// or return finite results with df = rank, unchanged when before and after
// are swapped.
func FuzzStuartMaxwell(f *testing.F) {
	f.Add(uint8(3), []byte{4, 0, 13, 0, 0, 6, 0, 0, 0}, false)
	f.Add(uint8(4), []byte{5, 3, 0, 1, 2, 7, 0, 4, 0, 0, 0, 0, 1, 0, 0, 6}, false)
	f.Add(uint8(2), []byte{10, 5, 5, 10}, true)
	f.Add(uint8(3), []byte{1, 0, 0, 0, 1, 0, 0, 0, 1}, false)
	f.Add(uint8(6), []byte{200, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, true)
	f.Fuzz(func(t *testing.T, kb uint8, data []byte, big bool) {
		k := 2 + int(kb)%5
		m := make([][]int, k)
		for i := range m {
			m[i] = make([]int, k)
			for j := range m[i] {
				if p := i*k + j; p < len(data) {
					m[i][j] = int(data[p])
					if !big {
						m[i][j] %= 16
					}
				}
			}
		}
		c, err := NewCrossTable(ordinalLevels(k), m)
		if err != nil {
			t.Fatal(err)
		}
		categoricalCheckTests(t, c)
		sm, err := StuartMaxwell(c)
		if err != nil {
			if !errors.Is(err, ErrNoDiscordant) {
				t.Fatalf("unexpected error %v", err)
			}
			if _, err := Bowker(c); !errors.Is(err, ErrNoDiscordant) {
				t.Fatalf("Stuart-Maxwell found no discordant pair but Bowker says %v", err)
			}
			return
		}
		if want := float64(k - categoricalComponents(c)); sm.DF != want {
			t.Fatalf("df %v, rank %v", sm.DF, want)
		}
		st, err := StuartMaxwell(categoricalTranspose(t, c))
		if err != nil {
			t.Fatal(err)
		}
		if !ordinalClose(st.Statistic, sm.Statistic) || st.DF != sm.DF {
			t.Fatalf("swapping before and after changed %+v to %+v", sm, st)
		}
		bw, err := Bowker(c)
		if err != nil {
			t.Fatal(err)
		}
		bt, err := Bowker(categoricalTranspose(t, c))
		if err != nil || bt.Statistic != bw.Statistic || bt.DF != bw.DF {
			t.Fatalf("swapping before and after changed %+v to %+v (%v)", bw, bt, err)
		}
	})
}

// ordinalClose compares two statistics to 1e-9 relative (1e-9 absolute near 0).
func ordinalClose(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	s := a
	if s < 0 {
		s = -s
	}
	return d <= 1e-9*max(1, s)
}

// fuzzTable builds a k x k table (k = 2..5) from data: one count per byte,
// or per 4 bytes (up to 2^32 - 1) when huge is set.
func fuzzTable(kb uint8, data []byte, huge bool) [][]int {
	k := 2 + int(kb)%4
	m := make([][]int, k)
	for i := range m {
		m[i] = make([]int, k)
		for j := range m[i] {
			p := i*k + j
			switch {
			case huge && 4*p+4 <= len(data):
				m[i][j] = int(binary.LittleEndian.Uint32(data[4*p:]))
			case !huge && p < len(data):
				m[i][j] = int(data[p])
			}
		}
	}
	return m
}

// FuzzMcNemarBowker: on arbitrary small tables McNemar, McNemarExact,
// Bowker and StuartMaxwell never panic; they return a statistic >= 0 and
// p in [0, 1], or a documented error (ErrTable for McNemar on k != 2,
// ErrNoDiscordant when nobody changed). Swapping before and after leaves
// McNemar's and Bowker's statistics unchanged bit for bit and the exact
// p-value unchanged (b and c swap); for k = 2 Bowker equals McNemar without
// correction, and Stuart-Maxwell agrees with both.
func FuzzMcNemarBowker(f *testing.F) {
	f.Add(uint8(0), []byte{10, 5, 3, 10}, false)
	f.Add(uint8(0), []byte{10, 0, 0, 10}, false)
	f.Add(uint8(0), []byte{0, 4, 0, 0}, false)
	f.Add(uint8(1), []byte{4, 0, 13, 0, 0, 6, 0, 0, 0}, false)
	f.Add(uint8(0), []byte{1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0x80, 0, 0, 0, 0}, true)
	f.Fuzz(func(t *testing.T, kb uint8, data []byte, huge bool) {
		m := fuzzTable(kb, data, huge)
		k := len(m)
		c, err := NewCrossTable(ordinalLevels(k), m)
		if err != nil {
			t.Fatal(err)
		}
		ct := categoricalTranspose(t, c)
		discordant := 0
		for i := range k {
			for j := range k {
				if i != j {
					discordant += m[i][j]
				}
			}
		}
		chi := func(name string, r ChiSquareResult, err error, two bool) bool {
			t.Helper()
			switch {
			case err == nil:
				if !(r.Statistic >= 0) || math.IsInf(r.Statistic, 0) || !(r.DF >= 1) || !(r.P >= 0 && r.P <= 1) || r.N != c.N || r.Warnings == nil {
					t.Fatalf("%s on %v: %+v", name, m, r)
				}
				return true
			case two && k != 2:
				if !errors.Is(err, ErrTable) {
					t.Fatalf("%s on %d x %d: %v, want ErrTable", name, k, k, err)
				}
			case discordant == 0 || two && m[0][1]+m[1][0] == 0:
				if !errors.Is(err, ErrNoDiscordant) || !errors.Is(err, ErrTooFew) {
					t.Fatalf("%s without discordant pairs: %v, want ErrNoDiscordant", name, err)
				}
			default:
				t.Fatalf("%s on %v: unexpected error %v", name, m, err)
			}
			return false
		}
		for _, correct := range []bool{false, true} {
			r, err := McNemar(c, correct)
			rt, errt := McNemar(ct, correct)
			if chi("McNemar", r, err, true) != chi("McNemar transposed", rt, errt, true) {
				t.Fatalf("McNemar: %v, transposed %v", err, errt)
			}
			if err == nil && (rt.Statistic != r.Statistic || rt.P != r.P || rt.Method != r.Method) {
				t.Fatalf("swapping before and after changed McNemar %+v to %+v", r, rt)
			}
			if err == nil && !correct {
				if bw, err := Bowker(c); err != nil || bw.Statistic != r.Statistic || bw.DF != 1 || bw.P != r.P {
					t.Fatalf("Bowker %+v (%v) differs from uncorrected McNemar %+v", bw, err, r)
				}
				if sm, err := StuartMaxwell(c); err != nil || !same(sm.Statistic, r.Statistic, 1e-9, 1e-9) || sm.DF != 1 {
					t.Fatalf("Stuart-Maxwell %+v (%v) differs from uncorrected McNemar %+v", sm, err, r)
				}
			}
		}
		e, err := McNemarExact(c)
		et, errt := McNemarExact(ct)
		if (err == nil) != (errt == nil) {
			t.Fatalf("McNemarExact: %v, transposed %v", err, errt)
		}
		if err != nil {
			if k == 2 && m[0][1]+m[1][0] > 0 && m[0][1]+m[1][0] <= McNemarExactMaxPairs || !errors.Is(err, ErrTable) && !errors.Is(err, ErrNoDiscordant) {
				t.Fatalf("McNemarExact on %v: %v", m, err)
			}
		} else {
			if !(e.P >= 0 && e.P <= 1) || e.B != m[0][1] || e.C != m[1][0] || e.Trials != e.B+e.C || e.Statistic != float64(e.B) {
				t.Fatalf("McNemarExact on %v: %+v", m, e)
			}
			if et.P != e.P || et.B != e.C || et.C != e.B {
				t.Fatalf("swapping before and after changed McNemarExact %+v to %+v", e, et)
			}
			if e.B == e.C && e.P != 1 {
				t.Fatalf("McNemarExact b = c = %d gives p = %v", e.B, e.P)
			}
		}
		bw, err := Bowker(c)
		bt, errt := Bowker(ct)
		if chi("Bowker", bw, err, false) != chi("Bowker transposed", bt, errt, false) {
			t.Fatalf("Bowker: %v, transposed %v", err, errt)
		}
		if err == nil && (bt.Statistic != bw.Statistic || bt.DF != bw.DF || bt.P != bw.P) {
			t.Fatalf("swapping before and after changed Bowker %+v to %+v", bw, bt)
		}
		sm, err := StuartMaxwell(c)
		chi("StuartMaxwell", sm, err, false)
	})
}

// FuzzNewCrossTable: NewCrossTable on arbitrary levels and ragged, possibly
// negative counts either refuses them with ErrLevels or ErrTable, or
// returns a well-formed table whose margins and N are the sums of the
// counts; Scored then expands it into exactly Counts[i][j] pairs
// (scores[i], scores[j]) per cell, or refuses the scores with ErrScores
// unless they are finite and strictly increasing. A hand-built table with
// a wrong N or margins is refused by every test, never indexed out of range.
func FuzzNewCrossTable(f *testing.F) {
	f.Add("a|b|c", []byte{3, 3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9}, []byte{}, uint8(0))
	f.Add("a|a", []byte{2, 2, 1, 2, 3, 4}, []byte{}, uint8(0))
	f.Add("a|b", []byte{2, 1, 1, 2, 3}, []byte{}, uint8(1))
	f.Add("x|y", []byte{2, 2, 0xff, 2, 3, 4}, []byte{0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0, 0x40}, uint8(2))
	f.Add("lo|mid|hi", []byte{3, 3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9}, []byte{0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0x08, 0x40}, uint8(3))
	f.Fuzz(func(t *testing.T, levels string, shape, scoreBits []byte, mode uint8) {
		l := freqSplit(levels)
		// shape: number of rows, then each row's length, then the counts
		// (signed bytes).
		var counts [][]int
		if len(shape) > 0 {
			rows := int(shape[0] % 8)
			p := 1
			lens := make([]int, rows)
			for i := range lens {
				lens[i] = len(l)
				if p < len(shape) && mode&1 != 0 {
					lens[i] = int(shape[p] % 8)
					p++
				}
			}
			for _, n := range lens {
				row := make([]int, n)
				for j := range row {
					if p < len(shape) {
						row[j] = int(int8(shape[p]))
						if mode&2 == 0 {
							row[j] &= 0x7f
						}
						p++
					}
				}
				counts = append(counts, row)
			}
		}
		c, err := NewCrossTable(l, counts)
		if err != nil {
			if !errors.Is(err, ErrLevels) && !errors.Is(err, ErrTable) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		k := len(l)
		if err := c.check(); err != nil {
			t.Fatalf("NewCrossTable built a malformed table: %v", err)
		}
		n := 0
		for i := range k {
			for j := range k {
				n += counts[i][j]
			}
		}
		if c.N != n {
			t.Fatalf("N = %d, counts sum to %d", c.N, n)
		}
		if k > 0 && len(counts[0]) > 0 {
			counts[0][0]++ // the table keeps its own copy
			if c.Counts[0][0] == counts[0][0] {
				t.Fatal("NewCrossTable aliases the caller's counts")
			}
		}
		var scores []float64
		if len(scoreBits) > 0 {
			scores = floatsFromBytes(scoreBits)
		}
		x, y, err := c.Scored(scores)
		valid := scores == nil || len(scores) == k
		for i, s := range scores {
			if math.IsNaN(s) || math.IsInf(s, 0) || i > 0 && !(s > scores[i-1]) {
				valid = false
			}
		}
		if !valid {
			if !errors.Is(err, ErrScores) {
				t.Fatalf("Scored(%v) on %d levels: %v, want ErrScores", scores, k, err)
			}
		} else {
			if err != nil || len(x) != c.N || len(y) != c.N {
				t.Fatalf("Scored: %d, %d pairs for N = %d, %v", len(x), len(y), c.N, err)
			}
			s, _ := crosstabScores(scores, k)
			got := make(map[[2]float64]int)
			for i := range x {
				got[[2]float64{x[i], y[i]}]++
			}
			for i := range k {
				for j := range k {
					if got[[2]float64{s[i], s[j]}] != c.Counts[i][j] {
						t.Fatalf("Scored gives %d pairs (%v, %v), the cell holds %d", got[[2]float64{s[i], s[j]}], s[i], s[j], c.Counts[i][j])
					}
				}
			}
		}
		_ = c.String()
		categoricalCheckTests(t, c)
		// Hand-built, inconsistent copies: every test refuses them.
		bad := []CrossTable{c, c}
		bad[0].N++
		if k > 0 {
			bad[1].RowTotals = append([]int(nil), c.RowTotals...)
			bad[1].RowTotals[int(mode)%k]++
		} else {
			bad[1].Counts = [][]int{{1}}
		}
		for _, b := range bad {
			if _, err := McNemar(b, true); err == nil {
				t.Fatal("McNemar accepted an inconsistent table")
			}
			if _, err := McNemarExact(b); err == nil {
				t.Fatal("McNemarExact accepted an inconsistent table")
			}
			if _, err := Bowker(b); err == nil {
				t.Fatal("Bowker accepted an inconsistent table")
			}
			if _, err := StuartMaxwell(b); err == nil {
				t.Fatal("StuartMaxwell accepted an inconsistent table")
			}
			if _, _, err := b.Scored(nil); !errors.Is(err, ErrTable) && !errors.Is(err, ErrLevels) {
				t.Fatalf("Scored on an inconsistent table: %v", err)
			}
			if s := b.String(); !strings.HasPrefix(s, "invalid cross table") {
				t.Fatalf("String of an inconsistent table: %q", s)
			}
		}
	})
}
