package csvin

import (
	"math"
	"math/big"
	"math/bits"
	"sync"
)

// The Eisel-Lemire algorithm (D. Lemire, "Number Parsing at a Gigabyte per
// Second", Software: Practice and Experience 51(8), 2021; N. Eisel's
// original), as in Go's strconv/eisel_lemire.go: a decimal mantissa of at
// most 19 digits times a power of ten, correctly rounded, or ok = false in
// the rare cases it cannot decide (then strconv.ParseFloat decides).

const (
	pow10MinExp10 = -348
	pow10MaxExp10 = +347
)

var (
	pow10Once  sync.Once
	pow10Table [pow10MaxExp10 - pow10MinExp10 + 1][2]uint64 // {low, high} 64 bits
)

// initPow10 fills pow10Table with the 128-bit mantissas of 10^q, rounded
// down, normalised so that the top bit is set: the table strconv holds as
// detailedPowersOfTen, computed here exactly with math/big.
func initPow10() {
	ten := big.NewInt(10)
	mask := new(big.Int).SetUint64(math.MaxUint64)
	for q := pow10MinExp10; q <= pow10MaxExp10; q++ {
		p := new(big.Int).Exp(ten, big.NewInt(int64(abs(q))), nil)
		var m *big.Int
		if q >= 0 {
			m = p
			if l := m.BitLen(); l > 128 {
				m = new(big.Int).Rsh(m, uint(l-128))
			} else {
				m = new(big.Int).Lsh(m, uint(128-l))
			}
		} else {
			s := 127 + p.BitLen()
			m = new(big.Int).Lsh(big.NewInt(1), uint(s))
			m.Quo(m, p)
		}
		lo := new(big.Int).And(m, mask).Uint64()
		hi := new(big.Int).Rsh(m, 64).Uint64()
		pow10Table[q-pow10MinExp10] = [2]uint64{lo, hi}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// eiselLemire64 returns man * 10^exp10 correctly rounded to float64 (with
// the sign neg), or ok = false when it cannot guarantee that.
func eiselLemire64(man uint64, exp10 int, neg bool) (f float64, ok bool) {
	if man == 0 {
		if neg {
			f = math.Copysign(0, -1)
		}
		return f, true
	}
	if exp10 < pow10MinExp10 || pow10MaxExp10 < exp10 {
		return 0, false
	}
	pow10Once.Do(initPow10)
	// Normalisation.
	clz := bits.LeadingZeros64(man)
	man <<= uint(clz)
	const float64ExponentBias = 1023
	retExp2 := uint64(217706*exp10>>16+64+float64ExponentBias) - uint64(clz)
	// Multiplication.
	p := &pow10Table[exp10-pow10MinExp10]
	xHi, xLo := bits.Mul64(man, p[1])
	// Wider approximation.
	if xHi&0x1FF == 0x1FF && xLo+man < man {
		yHi, yLo := bits.Mul64(man, p[0])
		mergedHi, mergedLo := xHi, xLo+yHi
		if mergedLo < xLo {
			mergedHi++
		}
		if mergedHi&0x1FF == 0x1FF && mergedLo+1 == 0 && yLo+man < man {
			return 0, false
		}
		xHi, xLo = mergedHi, mergedLo
	}
	// Shifting to 54 bits.
	msb := xHi >> 63
	retMantissa := xHi >> (msb + 9)
	retExp2 -= 1 ^ msb
	// Half-way ambiguity.
	if xLo == 0 && xHi&0x1FF == 0 && retMantissa&3 == 1 {
		return 0, false
	}
	// From 54 to 53 bits.
	retMantissa += retMantissa & 1
	retMantissa >>= 1
	if retMantissa>>53 > 0 {
		retMantissa >>= 1
		retExp2++
	}
	// Subnormal, zero, infinite or NaN results are left to strconv.
	if retExp2-1 >= 0x7FF-1 {
		return 0, false
	}
	retBits := retExp2<<52 | retMantissa&0x000FFFFFFFFFFFFF
	if neg {
		retBits |= 0x8000000000000000
	}
	return math.Float64frombits(retBits), true
}
