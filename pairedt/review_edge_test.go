package pairedt

import (
	"errors"
	"testing"
	"time"
)

// TestMcNemarExactHugeCounts: the exact McNemar tail is summed term by term,
// O(sqrt(b + c)) terms; published tables with discordant counts near
// math.MaxInt must give an error at once rather than run for minutes, and
// counts within the supported range still give a p-value in (0, 1].
func TestMcNemarExactHugeCounts(t *testing.T) {
	for _, tc := range []struct {
		name    string
		b, c    int
		wantErr error
	}{
		{"at the limit", McNemarExactMaxPairs/2 - 1, McNemarExactMaxPairs/2 + 1, nil},
		{"just above the limit", McNemarExactMaxPairs/2 + 1, McNemarExactMaxPairs / 2, ErrTable},
		{"near MaxInt/2 each", 1 << 61, 1<<61 + 2, ErrTable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewCrossTable([]string{"a", "b"}, [][]int{{0, tc.b}, {tc.c, 0}})
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			r, err := McNemarExact(c)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err == nil && !(r.P > 0 && r.P <= 1) {
				t.Errorf("p = %v", r.P)
			}
		})
	}
}
