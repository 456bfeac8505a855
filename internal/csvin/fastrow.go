package csvin

import (
	"encoding/binary"
	"math"
	"math/bits"
)

// The row fast path of ReadPairs' chunks: a line without quotes, all
// ASCII, with the header's number of fields, whose two numbers parseFast
// reads exactly and which decides no decimal mark, is parsed here without
// building the field list; any other line goes through Next and Float,
// so that what is read, and every error, is theirs.

const (
	swarLo  = 0x0101010101010101
	swarHi  = 0x8080808080808080
	swar7F  = 0x7F7F7F7F7F7F7F7F
	quoteX8 = '"' * swarLo
)

// zeroBytes has the high bit of each byte of v that is 0 set, exactly
// (no borrow between bytes, unlike (v - lo) &^ v & hi).
func zeroBytes(v uint64) uint64 {
	return ^(((v & swar7F) + swar7F) | v | swar7F)
}

// fastLine tries the row in line (its '\n' and one '\r' removed, not
// empty, at most MaxLine bytes). On success it has done what Next, Float(x)
// and Float(y) do for that row, except advancing the position.
func (r *Reader) fastLine(line []byte, x, y int) (u, v float64, ok bool) {
	sep := r.sep
	sep8 := uint64(sep) * swarLo
	var fx, fy []byte
	nf, start := 0, 0
	i := 0
	for ; i+8 <= len(line); i += 8 {
		w := binary.LittleEndian.Uint64(line[i:])
		if w&swarHi != 0 || zeroBytes(w^quoteX8) != 0 {
			return 0, 0, false
		}
		for s := zeroBytes(w ^ sep8); s != 0; s &= s - 1 {
			end := i + bits.TrailingZeros64(s)>>3
			if nf == x {
				fx = line[start:end]
			} else if nf == y {
				fy = line[start:end]
			}
			nf++
			start = end + 1
		}
	}
	if k := len(line) - i; k > 0 && len(line) >= 8 {
		// The last k bytes: the last word shifted so that they are its
		// low bytes, zeros above (a zero is neither sep nor quote).
		w := binary.LittleEndian.Uint64(line[len(line)-8:]) >> (8 * (8 - k))
		if w&swarHi != 0 || zeroBytes(w^quoteX8)&(1<<(8*k)-1) != 0 {
			return 0, 0, false
		}
		for s := zeroBytes(w^sep8) & (1<<(8*k) - 1); s != 0; s &= s - 1 {
			end := i + bits.TrailingZeros64(s)>>3
			if nf == x {
				fx = line[start:end]
			} else if nf == y {
				fy = line[start:end]
			}
			nf++
			start = end + 1
		}
		i = len(line)
	}
	for ; i < len(line); i++ {
		c := line[i]
		if c >= 0x80 || c == '"' {
			return 0, 0, false
		}
		if c == sep {
			if nf == x {
				fx = line[start:i]
			} else if nf == y {
				fy = line[start:i]
			}
			nf++
			start = i + 1
		}
	}
	if nf == x {
		fx = line[start:]
	} else if nf == y {
		fy = line[start:]
	}
	if nf+1 != len(r.header) {
		return 0, 0, false
	}
	u, ok = r.fastFloat(fx)
	if !ok {
		return 0, 0, false
	}
	v, ok = r.fastFloat(fy)
	if !ok || math.IsInf(u-v, 0) {
		return 0, 0, false
	}
	r.line++
	r.recLine = r.line
	r.rows++
	if u == 0 {
		r.checkUnderflow(x, trimSpace(fx))
	}
	if v == 0 {
		r.checkUnderflow(y, trimSpace(fy))
	}
	return u, v, true
}

// fastFloat is Float's fast path on field text f, without side effects:
// ok = false sends the row to the general path.
func (r *Reader) fastFloat(f []byte) (float64, bool) {
	if len(f) > 0 && (f[0] == ' ' || f[len(f)-1] == ' ') {
		f = trimSpace(f)
	}
	if len(f) <= r.maxMissing && r.isMissing(f) {
		return math.NaN(), true
	}
	v, ok, mark := parseFast(f)
	if ok && v == v && (mark == 0 || mark == r.dec) {
		return v, true
	}
	return 0, false
}
