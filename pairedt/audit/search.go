package audit

import "math"

// searchT looks for a joint table with row sums r and column sums c whose t
// (under scores s, n pairs, sum of differences d) lies in [tl, th]. It is a
// depth-first enumeration, row by row, that prunes at every row boundary
// with the exact range of S2 over the completions: the remaining rows and
// the remaining column sums form a smaller transportation problem with the
// same Monge structure, so its northwest and northeast corners give its
// minimum and maximum S2 (see Margins). Pruning is therefore exact (up to a
// relative 1e-9 widening of the window, which only prunes less), and a
// search that ends without a hit proves that no table hits the interval.
// With integer scores S2 is an integer of fixed parity (S2 = A - 2P, A fixed
// by the margins, P = sum n_ij s_i s_j an integer), so a window containing
// no such integer is decided at once. budget bounds the number of rows visited; decided is
// false when it ran out first.
func searchT(r, c []int, s []float64, n int, d, tl, th float64, budget int) (found bool, tab [][]int, t float64, decided bool) {
	k := len(r)
	if d == 0 {
		// Every defined table gives t = 0: the northeast corner has the
		// largest variance, so some table is defined iff it is.
		ne := corner(r, c, true)
		_, s2 := tableS2(ne, s)
		if _, ok := tFromSums(0, s2, n); ok && tl <= 0 && th >= 0 {
			return true, ne, 0, true
		}
		return false, nil, 0, true
	}
	// Restrict the interval to the sign of d and map |t| to S2:
	//	S2 = d^2 (1 + (n-1)/t^2) / n, decreasing in |t|.
	if d < 0 {
		tl, th = -th, -tl
	}
	if th <= 0 {
		return false, nil, 0, true
	}
	tl = math.Max(tl, 0)
	fn := float64(n)
	s2of := func(a float64) float64 {
		if a == 0 {
			return math.Inf(1)
		}
		return d * d * (1 + (fn-1)/(a*a)) / fn
	}
	lo, hi := s2of(th), s2of(tl)
	lo -= 1e-9 * math.Abs(lo)
	hi += 1e-9 * math.Abs(hi)
	// With integer scores S2 is an integer: a window without one is empty.
	integer := true
	for _, v := range s {
		integer = integer && v == math.Trunc(v) && math.Abs(v) <= 1e6
	}
	if integer {
		// S2 = A - 2P with A = sum r_i s_i^2 + sum c_j s_j^2 fixed and
		// P = sum n_ij s_i s_j an integer: S2 has the parity of A.
		a := 0.0
		for i := range s {
			a += float64(r[i]+c[i]) * s[i] * s[i]
		}
		par := math.Mod(a, 2)
		lo, hi = math.Ceil(lo), math.Floor(hi)
		if math.Abs(math.Mod(lo-par, 2)) == 1 {
			lo++
		}
		if math.Abs(math.Mod(hi-par, 2)) == 1 {
			hi--
		}
		if lo > hi {
			return false, nil, 0, true
		}
		lo, hi = lo-0.5, hi+0.5
	}

	sq := make([][]float64, k)
	tab = make([][]int, k)
	for i := range sq {
		sq[i] = make([]float64, k)
		tab[i] = make([]int, k)
		for j := range sq[i] {
			x := s[i] - s[j]
			sq[i][j] = x * x
		}
	}
	colRem := append([]int(nil), c...)
	// The order in which values are tried changes only the speed.
	mn0, mx0 := tableS2Sum(corner(r, c, false), sq), tableS2Sum(corner(r, c, true), sq)
	nwFirst := (lo+hi)/2-mn0 < mx0-(lo+hi)/2
	visited := 0
	var row func(i int, s2 float64) bool
	var cell func(i, j, rem int, s2 float64) bool
	bounds := func(i int) (float64, float64) {
		rr := r[i:]
		sub := func(rev bool) float64 {
			t := corner(rr, colRem, rev)
			v := 0.0
			for a := range t {
				for b, cnt := range t[a] {
					v += sq[i+a][b] * float64(cnt)
				}
			}
			return v
		}
		return sub(false), sub(true)
	}
	row = func(i int, s2 float64) bool {
		visited++
		if visited > budget {
			return false
		}
		mn, mx := bounds(i)
		if s2+mx < lo || s2+mn > hi {
			return false
		}
		if i == k-1 {
			for j, v := range colRem {
				tab[i][j] = v
				s2 += sq[i][j] * float64(v)
			}
			if tv, ok := tFromSums(d, s2, n); ok {
				a, b := tv, tv
				if d < 0 {
					a, b = -tv, -tv
				}
				if a >= tl && b <= th {
					t = tv
					return true
				}
			}
			return false
		}
		return cell(i, 0, r[i], s2)
	}
	cell = func(i, j, rem int, s2 float64) bool {
		if j == k-1 {
			tab[i][j] = rem
			colRem[j] -= rem
			ok := row(i+1, s2+sq[i][j]*float64(rem))
			colRem[j] += rem
			return ok
		}
		rest := 0
		for l := j + 1; l < k; l++ {
			rest += colRem[l]
		}
		vlo, vhi := max(0, rem-rest), min(rem, colRem[j])
		for q := 0; q <= vhi-vlo; q++ {
			// Near the minimum of S2 the tables look like the northwest
			// corner (large leading cells): try large values first there.
			v := vlo + q
			if nwFirst {
				v = vhi - q
			}
			tab[i][j] = v
			colRem[j] -= v
			ok := cell(i, j+1, rem-v, s2+sq[i][j]*float64(v))
			colRem[j] += v
			if ok {
				return true
			}
			if visited > budget {
				return false
			}
		}
		return false
	}
	if row(0, 0) {
		return true, copyTable(tab), t, true
	}
	return false, nil, 0, visited <= budget
}

func tableS2Sum(t [][]int, sq [][]float64) float64 {
	v := 0.0
	for i := range t {
		for j, c := range t[i] {
			v += sq[i][j] * float64(c)
		}
	}
	return v
}
