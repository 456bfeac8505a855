//go:build !purego

package kernel

// kernelSSE2 is kernelGeneric in SSE2 assembly (kernel_amd64.s); SSE2 is
// part of every amd64 CPU. len(y) must be at least len(x).
//
//go:noescape
func kernelSSE2(x, y []float64, k *Shifts, out *Sums)

// Kernel sums one block of pairs (len(y) >= len(x)) into out; see
// kernelGeneric.
func Kernel(x, y []float64, k *Shifts, out *Sums) { kernelSSE2(x, y[:len(x)], k, out) }
