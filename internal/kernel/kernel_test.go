package kernel

import (
	"math/rand/v2"
	"testing"
)

// TestKernelMatchesGeneric: the assembly kernel (where there is one) gives
// the same bits as the portable one, for every length including 0, 1 and
// odd ones.
func TestKernelMatchesGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	for n := range 40 {
		x, y := make([]float64, n), make([]float64, n+3)
		for i := range x {
			x[i] = 1e3 * r.NormFloat64()
			y[i] = x[i] + r.NormFloat64()
		}
		k := Shifts{0.5, -0.25, 0.75}
		var a, b Sums
		Kernel(x, y, &k, &a)
		kernelGeneric(x, y, &k, &b)
		if a != b {
			t.Errorf("n = %d: kernel %+v, generic %+v", n, a, b)
		}
	}
}
