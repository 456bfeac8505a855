package csvin

import (
	"encoding/binary"
	"math"
	"math/bits"
)

// The row fast path of ReadPairs' chunks: a line without quotes, all
// ASCII, at most MaxLine bytes, not blank, with the header's number of
// fields, whose two numbers parsePlain or parseFast reads exactly (or are
// missing markers) with the file's decimal mark, and whose difference is
// finite, is parsed here without building the field list; any other line
// goes through Next and Float, so that what is read, and every error, is
// theirs.

const (
	swarLo   = 0x0101010101010101
	swarHi   = 0x8080808080808080
	swar7F   = 0x7F7F7F7F7F7F7F7F
	quoteX8  = '"' * swarLo
	newline8 = '\n' * swarLo
)

// zeroBytes has the high bit of each byte of v that is 0 set, exactly
// (no borrow between bytes, unlike (v - lo) &^ v & hi).
func zeroBytes(v uint64) uint64 {
	return ^(((v & swar7F) + swar7F) | v | swar7F)
}

// fastRowAt tries the row at pos of an in-memory chunk: on success it
// returns the two numbers Float(x) and Float(y) return for that row and
// the start of the next row; the caller counts the line and the row. One
// pass, eight bytes at a time, finds the line end, the separators, and
// any quote or non-ASCII byte (which send the row to the general path).
// A zero also does, for the underflow check of Float.
func (r *Reader) fastRowAt(pos, x, y int) (u, v float64, next int, ok bool) {
	src := r.src
	sep := r.sep
	sep8 := uint64(sep) * swarLo
	xa, xb, ya, yb := 0, 0, 0, 0
	nf, start := 0, pos
	p, end := pos, -1
	for p+8 <= len(src) {
		w := binary.LittleEndian.Uint64(src[p:])
		bad := w&swarHi | zeroBytes(w^quoteX8)
		s := zeroBytes(w ^ sep8)
		if nl := zeroBytes(w ^ newline8); nl != 0 {
			below := nl&-nl - 1
			bad &= below
			s &= below
			end = p + bits.TrailingZeros64(nl)>>3
		}
		if bad != 0 {
			return 0, 0, 0, false
		}
		for ; s != 0; s &= s - 1 {
			e := p + bits.TrailingZeros64(s)>>3
			if nf == x {
				xa, xb = start, e
			} else if nf == y {
				ya, yb = start, e
			}
			nf++
			start = e + 1
		}
		if end >= 0 {
			break
		}
		p += 8
	}
	if end < 0 {
		for ; p < len(src); p++ {
			c := src[p]
			if c == '\n' {
				break
			}
			if c >= 0x80 || c == '"' {
				return 0, 0, 0, false
			}
			if c == sep {
				if nf == x {
					xa, xb = start, p
				} else if nf == y {
					ya, yb = start, p
				}
				nf++
				start = p + 1
			}
		}
		end = p
	}
	next = min(end+1, len(src))
	if end-pos > r.maxLine {
		return 0, 0, 0, false // Next's error
	}
	if end > pos && src[end-1] == '\r' {
		end--
	}
	if end == pos || nf+1 != len(r.header) {
		return 0, 0, 0, false // a blank line, or Next's field-count error
	}
	if nf == x {
		xa, xb = start, end
	} else if nf == y {
		ya, yb = start, end
	}
	u, ok = r.fastFloat(src[xa:xb])
	if !ok {
		return 0, 0, 0, false
	}
	v, ok = r.fastFloat(src[ya:yb])
	if !ok || math.IsInf(u-v, 0) || u == 0 || v == 0 {
		return 0, 0, 0, false
	}
	return u, v, next, true
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
