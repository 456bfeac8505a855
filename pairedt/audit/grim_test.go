package audit

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestGRIM: scrutiny's README (lhdjung/scrutiny, grim_map(pigs1) and
// grim_map(pigs2, percent = TRUE), default rounding "up_or_down") and the
// GRIM paper's worked example (Brown & Heathers 2017: a mean of 5.19 from
// 28 integer values is impossible, 145/28 = 5.18 and 146/28 = 5.21).
func TestGRIM(t *testing.T) {
	for _, c := range []struct {
		src     string
		x       string
		n       int
		percent bool
		want    bool
	}{
		{"pigs1", "7.22", 32, false, true},
		{"pigs1", "4.74", 25, false, false},
		{"pigs1", "5.23", 29, false, false},
		{"pigs1", "2.57", 24, false, false},
		{"pigs1", "6.77", 27, false, false},
		{"pigs1", "2.68", 28, false, true},
		{"pigs1", "7.01", 29, false, false},
		{"pigs1", "7.38", 26, false, true},
		{"pigs1", "3.14", 27, false, false},
		{"pigs1", "6.89", 31, false, false},
		{"pigs1", "5.00", 25, false, true},
		{"pigs1", "0.24", 28, false, false},
		{"pigs2", "67.4", 150, true, false},
		{"pigs2", "54.2", 150, true, false},
		{"pigs2", "54.0", 150, true, true},
		{"pigs2", "69.8", 150, true, false},
		{"pigs2", "68.1", 150, true, false},
		{"pigs2", "55.4", 150, true, false},
		{"scrutiny vignette grim()", "5.27", 43, false, false},
		{"GRIM paper", "5.19", 28, false, false},
		{"GRIM paper", "5.18", 28, false, true},
		{"article 73,9% of 23", "73,9", 23, true, true},
		{"article 17,4% of 23", "17,4", 23, true, true},
		{"article 17,5% of 23", "17,5", 23, true, false},
		{"n above 10^d", "3.7", 200, false, true},
		{"exact half 1.125 = 9/8 up", "1.13", 8, false, true},
		{"exact half 1.125 = 9/8 down", "1.12", 8, false, true},
	} {
		t.Run(c.src+" "+c.x, func(t *testing.T) {
			got, err := GRIM(c.x, c.n, 1, c.percent)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("GRIM(%q, %d, percent %v) = %v, want %v", c.x, c.n, c.percent, got, c.want)
			}
		})
	}
	// Items: a mean of 3.47 over n = 15 people and 2 items (sum over 30).
	if ok, _ := GRIM("3.47", 15, 2, false); !ok {
		t.Error("3.47 with 15 x 2 items should be consistent (104/30 = 3.4667)")
	}
	for _, c := range []struct {
		x        string
		n, items int
	}{{"abc", 5, 1}, {"< 3.1", 5, 1}, {"3.1", 0, 1}, {"3.1", 5, 0}, {"-3.1", 5, 1}} {
		if _, err := GRIM(c.x, c.n, c.items, false); !errors.Is(err, ErrUnparsable) && !errors.Is(err, ErrClaims) {
			t.Errorf("GRIM(%q, %d, %d): %v", c.x, c.n, c.items, err)
		}
	}
	c, err := CheckGRIM("5.19", 28, 1, "paper")
	if err != nil || c.Verdict != Inconsistent || c.Kind != KindGRIM || c.Low == nil {
		t.Errorf("CheckGRIM 5.19/28: %+v %v", c, err)
	}
	c, err = CheckGRIM("5.18", 28, 1, "")
	if err != nil || c.Verdict != Consistent {
		t.Errorf("CheckGRIM 5.18/28: %+v %v", c, err)
	}
}

func TestCheckPercent(t *testing.T) {
	for _, c := range []struct {
		count, n int
		pct      string
		want     Verdict
	}{
		{17, 23, "73,9", Consistent},
		{6, 23, "26,1", Consistent},
		{6, 23, "26.1%", Consistent},
		{4, 23, "17,4", Consistent},
		{4, 23, "17,3", Inconsistent},
		{0, 23, "0", Consistent},
		{1, 8, "12.5", Consistent},
		{1, 8, "13", Consistent}, // 12.5 rounds half up to 13
		{1, 8, "12", Consistent}, // ... and half down to 12
		{1, 8, "14", Inconsistent},
	} {
		got, err := CheckPercent(c.count, c.n, c.pct, "", "")
		if err != nil {
			t.Fatal(err)
		}
		if got.Verdict != c.want {
			t.Errorf("%d/%d as %s%%: %s, want %s", c.count, c.n, c.pct, got.Verdict, c.want)
		}
	}
	for _, c := range []struct {
		count, n int
		pct      string
	}{{5, 3, "1"}, {1, 0, "1"}, {-1, 3, "1"}, {1, 3, "x"}} {
		if _, err := CheckPercent(c.count, c.n, c.pct, "", ""); err == nil {
			t.Errorf("CheckPercent(%d, %d, %q): no error", c.count, c.n, c.pct)
		}
	}
}

// TestGRIMLimits: n and items beyond the supported range are ErrClaims
// errors whose message states the range; it said "GRIM needs n >= 1" for
// n = 2e9, which is >= 1.
func TestGRIMLimits(t *testing.T) {
	for _, c := range []struct{ n, items int }{{0, 1}, {2e9, 1}, {5, 0}, {5, 2e6}} {
		t.Run(fmt.Sprintf("n=%d,items=%d", c.n, c.items), func(t *testing.T) {
			_, err := GRIM("5.19", c.n, c.items, false)
			if !errors.Is(err, ErrClaims) || !strings.Contains(err.Error(), "1 <= n <= 1e9 and 1 <= items <= 1e6") {
				t.Errorf("err = %v", err)
			}
		})
	}
	if ok, err := GRIM("5.19", 1e9, 1e6, false); err != nil || !ok {
		t.Errorf("n = 1e9, items = 1e6: %v, %v (N = 1e15 > 10^2: every mean is possible)", ok, err)
	}
}
