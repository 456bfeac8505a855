//go:build !purego

package pairedt

func kernel(x, y []float64, k *shifts, out *sums) { kernelGeneric(x, y, k, out) }
