//go:build !purego

package pairedt

// kernelSSE2 is kernelGeneric in SSE2 assembly (kernel_amd64.s); SSE2 is
// part of every amd64 CPU. len(y) must be at least len(x).
//
//go:noescape
func kernelSSE2(x, y []float64, k *shifts, out *sums)

// kernel sums one block; see kernelGeneric.
func kernel(x, y []float64, k *shifts, out *sums) { kernelSSE2(x, y[:len(x)], k, out) }
