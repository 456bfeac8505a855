//go:build !amd64 || purego

package pairedt

// kernel sums one block; see kernelGeneric.
func kernel(x, y []float64, k *shifts, out *sums) { kernelGeneric(x, y, k, out) }
