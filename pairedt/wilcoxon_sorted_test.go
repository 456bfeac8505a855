package pairedt

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// The sorted path of rankWilcoxonCore (non-zero differences sorted in
// place, V and the ties from rankSortedStats, the approximate interval on
// the same storage) against the ranked path it replaced as the default
// (rankAbsRanks in the original order, copies): every field bit for bit,
// on tied, zero-laden, shifted and extreme data, for every alternative,
// exact mode, zero method and correction.
func TestWilcoxonSortedPathMatchesRanked(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 5))
	gens := []struct {
		name string
		gen  func(n int) []float64
	}{
		{"continuous", func(n int) []float64 {
			d := make([]float64, n)
			for i := range d {
				d[i] = rng.NormFloat64() + 0.2
			}
			return d
		}},
		{"ties-zeros", func(n int) []float64 {
			d := make([]float64, n)
			for i := range d {
				d[i] = float64(rng.IntN(9) - 3)
			}
			return d
		}},
		{"symmetric-ties", func(n int) []float64 {
			// |d| tied across signs: -x and x in the same tie group
			d := make([]float64, n)
			for i := range d {
				d[i] = float64(rng.IntN(5)+1) * float64(1-2*rng.IntN(2)) / 4
			}
			return d
		}},
		{"rounded", func(n int) []float64 {
			d := make([]float64, n)
			for i := range d {
				d[i] = math.Round(rng.NormFloat64()*30) / 10
			}
			return d
		}},
		{"scales", func(n int) []float64 {
			d := make([]float64, n)
			for i := range d {
				d[i] = rng.NormFloat64() * math.Pow(10, float64(rng.IntN(41)-20))
			}
			return d
		}},
	}
	cases := 0
	for _, g := range gens {
		for _, n := range []int{1, 2, 3, 5, 10, 30, 49, 50, 120, 200} {
			d := g.gen(n)
			for _, mu := range []float64{0, 1, -0.25} {
				for _, alt := range []Alternative{TwoSided, Less, Greater} {
					for _, ex := range []ExactMode{ExactAuto, ExactForce, ExactNever} {
						for _, zm := range []ZeroMethod{ZeroWilcox, ZeroPratt} {
							for _, nc := range []bool{false, true} {
								o := WilcoxonOptions{Options: Options{Alternative: alt, Mu: mu, ConfLevel: 0.9}, Exact: ex, Zero: zm, NoCorrect: nc}
								level, tol, err := o.rankValidate()
								if err != nil {
									t.Fatal(err)
								}
								got, gerr := rankWilcoxonCore(WilcoxonResult{}, slices.Clone(d), o, level, tol)
								want, werr := rankWilcoxonCoreBy(WilcoxonResult{}, slices.Clone(d), o, level, tol, true)
								if fmt.Sprint(gerr) != fmt.Sprint(werr) {
									t.Fatalf("%s n=%d %+v: error %v, ranked %v", g.name, n, o, gerr, werr)
								}
								if err := wilcoxonSameBits(got, want); err != nil {
									t.Fatalf("%s n=%d %+v: %v", g.name, n, o, err)
								}
								cases++
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d cases bit-identical", cases)
}

// rankSortedStats equals rankAbsRanks and the sum over the positive
// differences, on data with many ties across signs.
func TestRankSortedStatsMatchesRankAbsRanks(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 6))
	for trial := range 3000 {
		n := 1 + rng.IntN(60)
		d := make([]float64, n)
		for i := range d {
			for d[i] == 0 {
				d[i] = float64(rng.IntN(2*(trial%7)+3) - (trial%7 + 1))
			}
		}
		r := make([]float64, n)
		wantTie, wantTies := rankAbsRanks(d, r, make([]int, n))
		wantV := 0.0
		for i, e := range d {
			if e > 0 {
				wantV += r[i]
			}
		}
		s := slices.Clone(d)
		slices.Sort(s)
		v, tie, ties := rankSortedStats(s)
		if v != wantV || math.Float64bits(tie) != math.Float64bits(wantTie) || ties != wantTies {
			t.Fatalf("%v: V %v tie sum %v ties %v; rankAbsRanks %v %v %v", d, v, tie, ties, wantV, wantTie, wantTies)
		}
	}
}

// wilcoxonSameBits compares every field of two results, floats bit for bit.
func wilcoxonSameBits(got, want WilcoxonResult) error {
	fs := []struct {
		name string
		g, w float64
	}{
		{"V", got.V, want.V}, {"P", got.P, want.P}, {"Z", got.Z, want.Z},
		{"Estimate", got.Estimate, want.Estimate}, {"CILow", got.CILow, want.CILow},
		{"CIHigh", got.CIHigh, want.CIHigh}, {"ConfLevel", got.ConfLevel, want.ConfLevel},
		{"RankBiserial", got.RankBiserial, want.RankBiserial}, {"Mu", got.Mu, want.Mu},
	}
	for _, f := range fs {
		if math.Float64bits(f.g) != math.Float64bits(f.w) {
			return fmt.Errorf("%s: got %v, ranked %v", f.name, f.g, f.w)
		}
	}
	g, w := got, want
	for _, p := range []*WilcoxonResult{&g, &w} {
		p.V, p.P, p.Z, p.Estimate, p.CILow, p.CIHigh, p.ConfLevel, p.RankBiserial, p.Mu = 0, 0, 0, 0, 0, 0, 0, 0, 0
	}
	if fmt.Sprintf("%+v", g) != fmt.Sprintf("%+v", w) {
		return fmt.Errorf("got %+v, ranked %+v", g, w)
	}
	return nil
}
