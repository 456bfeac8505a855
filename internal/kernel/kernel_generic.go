//go:build !amd64 || purego

package kernel

// Kernel sums one block of pairs (len(y) >= len(x)) into out; see
// kernelGeneric.
func Kernel(x, y []float64, k *Shifts, out *Sums) { kernelGeneric(x, y, k, out) }
