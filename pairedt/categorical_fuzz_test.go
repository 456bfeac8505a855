package pairedt

import (
	"errors"
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
