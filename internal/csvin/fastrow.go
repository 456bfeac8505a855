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
	if v, ok := parsePlain(f, r.dec); ok {
		return v, true
	}
	v, ok, mark := parseFast(f)
	if ok && v == v && (mark == 0 || mark == r.dec) {
		return v, true
	}
	return 0, false
}

// parsePlain reads the commonest numbers, [-]digits[MARK digits] with
// MARK the file's decimal mark (0: none accepted), at most 15 digits and
// at most 22 after the mark, by Clinger's exact path: the integer of the
// digits (below 2^53, exact) divided by an exact power of ten, one
// correctly rounded operation, so the value is strconv.ParseFloat's.
// Anything else returns ok = false for parseFast to decide.
func parsePlain(f []byte, dec byte) (v float64, ok bool) {
	i := 0
	if len(f) > 0 && f[0] == '-' {
		i = 1
	}
	var mant uint64
	nd := 0
	for ; i < len(f); i++ {
		d := f[i] - '0'
		if d > 9 {
			break
		}
		mant = mant*10 + uint64(d)
		nd++
	}
	frac := 0
	if i < len(f) && f[i] == dec && dec != 0 {
		for i++; i < len(f); i++ {
			d := f[i] - '0'
			if d > 9 {
				break
			}
			mant = mant*10 + uint64(d)
			frac++
		}
	}
	if i != len(f) || nd+frac == 0 || nd+frac > 15 {
		return 0, false
	}
	v = float64(mant) // exact: below 10^15 < 2^53
	if frac > 0 {
		v /= pow10[frac]
	}
	if f[0] == '-' {
		v = -v
	}
	return v, true
}
