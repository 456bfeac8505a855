// Package kernel holds the summation behind pairedt's t-tests: shifted,
// blocked and compensated sums of x, y, d = x - y and their squares
// (PairMoments), and the block kernel (Kernel) in SSE2 assembly on amd64
// and portable Go elsewhere (build tag purego), which give the same bits.
// It is to pairedt what gonum's internal/asm/f64 is to floats.
package kernel

// Eps is R's .Machine$double.eps, 2^-52.
const Eps = 0x1p-52
