package pairedt_test

import (
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"testing"

	"github.com/pairedt/pairedt/pairedt"
)

// TestAnalyzePairedSameAsEachTest: the study holds exactly what each test
// returns on its own (those are checked against R in their own tests).
func TestAnalyzePairedSameAsEachTest(t *testing.T) {
	x := []float64{0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0, math.NaN()}
	y := []float64{1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4, 1}
	o := pairedt.StudyOptions{Options: pairedt.Options{Alternative: pairedt.Less, Mu: 0.5, ConfLevel: 0.9}, Exact: pairedt.ExactNever, NoCorrect: true}
	s, err := pairedt.AnalyzePaired(x, y, o)
	if err != nil {
		t.Fatal(err)
	}
	tt, _ := pairedt.Test(x, y, o.Options)
	sign, _ := pairedt.SignTestCI(x, y, o.Options)
	w, _ := pairedt.Wilcoxon(x, y, pairedt.WilcoxonOptions{Options: pairedt.Options{Alternative: pairedt.Less, Mu: 0.5, ConfLevel: 0.9}, Exact: pairedt.ExactNever, NoCorrect: true})
	var d []float64
	for i := range 10 {
		d = append(d, x[i]-y[i])
	}
	sw, _ := pairedt.ShapiroWilk(d)
	if !reflect.DeepEqual(*s.T, tt) || !reflect.DeepEqual(*s.Sign, sign) || !reflect.DeepEqual(*s.Wilcoxon, w) || !reflect.DeepEqual(*s.ShapiroWilk, sw) {
		t.Errorf("study differs from the tests run one by one")
	}
	if s.N != 10 || s.Dropped != 1 || s.Design != pairedt.Numeric || len(s.Undefined) != 0 || s.Cross != nil || s.Bowker != nil {
		t.Errorf("N %d Dropped %d design %v undefined %v", s.N, s.Dropped, s.Design, s.Undefined)
	}
}

// TestAnalyzeUndefinedNeverAborts: each degenerate data set leaves the
// tests it does not define nil, with a reason errors.Is can match, and
// computes the rest.
func TestAnalyzeUndefinedNeverAborts(t *testing.T) {
	for _, tc := range []struct {
		name      string
		x, y      []float64
		undefined map[pairedt.Method]error
	}{
		// Every difference is -1: t is undefined (R: "data are
		// essentially constant"), so is Shapiro-Wilk; the rank tests are
		// defined.
		{"constant", []float64{1, 2, 3, 4}, []float64{2, 3, 4, 5}, map[pairedt.Method]error{
			pairedt.MethodT: pairedt.ErrConstant, pairedt.MethodShapiroWilk: pairedt.ErrConstant}},
		// Two pairs: Shapiro-Wilk needs 3.
		{"two pairs", []float64{1, 5}, []float64{2, 3}, map[pairedt.Method]error{
			pairedt.MethodShapiroWilk: pairedt.ErrTooFew}},
		{"identical", []float64{1, 2, 3}, []float64{1, 2, 3}, map[pairedt.Method]error{
			pairedt.MethodT: pairedt.ErrIdentical, pairedt.MethodSign: pairedt.ErrIdentical,
			pairedt.MethodWilcoxon: pairedt.ErrIdentical, pairedt.MethodShapiroWilk: pairedt.ErrConstant}},
		{"no pairs", nil, nil, map[pairedt.Method]error{
			pairedt.MethodT: pairedt.ErrTooFew, pairedt.MethodSign: pairedt.ErrTooFew,
			pairedt.MethodWilcoxon: pairedt.ErrTooFew, pairedt.MethodShapiroWilk: pairedt.ErrTooFew}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := pairedt.AnalyzePaired(tc.x, tc.y, pairedt.StudyOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Undefined) != len(tc.undefined) {
				t.Errorf("undefined %v, want %d", s.Undefined, len(tc.undefined))
			}
			for _, u := range s.Undefined {
				want, ok := tc.undefined[u.Method]
				if !ok || !errors.Is(u, want) || !errors.Is(s.Reason(u.Method), want) {
					t.Errorf("%v: %v, want %v", u.Method, u, want)
				}
			}
			present := map[pairedt.Method]bool{pairedt.MethodT: s.T != nil, pairedt.MethodSign: s.Sign != nil,
				pairedt.MethodWilcoxon: s.Wilcoxon != nil, pairedt.MethodShapiroWilk: s.ShapiroWilk != nil}
			for m, ok := range present {
				if _, undef := tc.undefined[m]; ok == undef {
					t.Errorf("%v: present %v, undefined %v", m, ok, undef)
				}
			}
		})
	}
}

// TestAnalyzeInputErrors: input no test can take is an error, not a list
// of undefined tests.
func TestAnalyzeInputErrors(t *testing.T) {
	x, y := []float64{1, 2, 3}, []float64{2, 2, 5}
	for _, tc := range []struct {
		name string
		err  error
		want error
	}{
		{"length", func() error { _, err := pairedt.AnalyzePaired(x, y[:2], pairedt.StudyOptions{}); return err }(), pairedt.ErrLength},
		{"inf", func() error {
			_, err := pairedt.AnalyzePaired([]float64{1, math.Inf(1), 3}, y, pairedt.StudyOptions{})
			return err
		}(), pairedt.ErrNonFinite},
		{"mu", func() error {
			_, err := pairedt.AnalyzePaired(x, y, pairedt.StudyOptions{Options: pairedt.Options{Mu: math.NaN()}})
			return err
		}(), pairedt.ErrMu},
		{"level", func() error {
			_, err := pairedt.AnalyzePaired(x, y, pairedt.StudyOptions{Options: pairedt.Options{ConfLevel: 2}})
			return err
		}(), pairedt.ErrConfLevel},
		{"unknown level", func() error {
			_, err := pairedt.AnalyzeOrdinal([]string{"a", "z"}, []string{"a", "b"}, []string{"a", "b"}, nil, pairedt.StudyOptions{})
			return err
		}(), pairedt.ErrUnknownLevel},
		{"scores", func() error {
			_, err := pairedt.AnalyzeOrdinal([]string{"a"}, []string{"b"}, []string{"a", "b"}, []float64{2, 1}, pairedt.StudyOptions{})
			return err
		}(), pairedt.ErrScores},
		{"ordinal length", func() error {
			_, err := pairedt.AnalyzeOrdinal([]string{"a"}, nil, []string{"a", "b"}, nil, pairedt.StudyOptions{})
			return err
		}(), pairedt.ErrLength},
		{"all missing", func() error {
			_, err := pairedt.AnalyzeOrdinal([]string{"", ""}, []string{"a", "b"}, []string{"a", "b"}, nil, pairedt.StudyOptions{})
			return err
		}(), pairedt.ErrTooFew},
	} {
		if !errors.Is(tc.err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, tc.err, tc.want)
		}
	}
}

// TestAnalyzeOrdinalSameAsEachTest: tables and tests are those of the
// single functions, on the scores; missing values drop pairs.
func TestAnalyzeOrdinalSameAsEachTest(t *testing.T) {
	levels := []string{"low", "mid", "high"}
	before := []string{"low", "low", "mid", "NA", "low", "mid", "high", "low"}
	after := []string{"mid", "high", "high", "low", "low", "high", "high", "mid"}
	scores := []float64{0, 1, 3}
	o := pairedt.StudyOptions{Missing: []string{"NA"}}
	s, err := pairedt.AnalyzeOrdinal(before, after, levels, scores, o)
	if err != nil {
		t.Fatal(err)
	}
	fo := pairedt.FreqOptions{Missing: []string{"NA"}}
	fb, _ := pairedt.Frequencies(before, levels, fo)
	cross, _ := pairedt.CrossTabulate(before, after, levels, fo)
	bowker, _ := pairedt.Bowker(cross)
	x, _ := pairedt.Score(before, levels, scores, fo)
	y, _ := pairedt.Score(after, levels, scores, fo)
	tt, _ := pairedt.Test(x, y, pairedt.Options{})
	w, _ := pairedt.Wilcoxon(x, y, pairedt.WilcoxonOptions{})
	if !reflect.DeepEqual(*s.FreqBefore, fb) || !reflect.DeepEqual(*s.Cross, cross) || !reflect.DeepEqual(*s.Bowker, bowker) ||
		!reflect.DeepEqual(*s.T, tt) || !reflect.DeepEqual(*s.Wilcoxon, w) {
		t.Errorf("study differs from the single functions")
	}
	if s.N != 7 || s.Dropped != 1 || s.Design != pairedt.Ordinal || !reflect.DeepEqual(s.Scores, scores) {
		t.Errorf("N %d dropped %d design %v scores %v", s.N, s.Dropped, s.Design, s.Scores)
	}
	// Default scores are 1..k.
	s, err = pairedt.AnalyzeOrdinal(before, after, levels, nil, o)
	if err != nil || !reflect.DeepEqual(s.Scores, []float64{1, 2, 3}) {
		t.Errorf("default scores %v, %v", s.Scores, err)
	}
}

func TestUndefinedJSON(t *testing.T) {
	// Three levels, so that Bowker's test (not McNemar's) runs first.
	s, err := pairedt.AnalyzeOrdinal([]string{"a", "b"}, []string{"a", "b"}, []string{"a", "b", "c"}, nil, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(s.Undefined[0])
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ Test, Reason string }
	if err := json.Unmarshal(b, &got); err != nil || got.Test != "bowker" || got.Reason == "" {
		t.Errorf("%s (%v)", b, err)
	}
	if _, err := pairedt.Method(0).MarshalText(); err == nil {
		t.Error("Method(0) marshals")
	}
	if pairedt.Method(99).String() != "Method(99)" || pairedt.Ordinal.String() != "ordinal" {
		t.Error("String of invalid values")
	}
}

// studyComplete checks that every analysis of s's design is either a
// result or undefined, never both, never neither.
func studyComplete(t *testing.T, s *pairedt.Study) {
	t.Helper()
	present := map[pairedt.Method]bool{pairedt.MethodT: s.T != nil, pairedt.MethodSign: s.Sign != nil,
		pairedt.MethodWilcoxon: s.Wilcoxon != nil, pairedt.MethodShapiroWilk: s.ShapiroWilk != nil}
	if s.Design == pairedt.Ordinal {
		present[pairedt.MethodBowker] = s.Bowker != nil
		present[pairedt.MethodStuartMaxwell] = s.StuartMaxwell != nil
	}
	for m, ok := range present {
		if undef := s.Reason(m) != nil; ok == undef {
			t.Errorf("%v: result %v, undefined %v", m, ok, undef)
		}
	}
	if len(s.Undefined) > len(present) {
		t.Errorf("%d undefined for %d analyses", len(s.Undefined), len(present))
	}
}

// FuzzAnalyzePaired: on any data the study is complete or an error, never
// a panic.
func FuzzAnalyzePaired(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, uint8(0))
	f.Add([]byte{1, 1, 1, 1}, uint8(1))
	f.Add([]byte{0, 255, 7, 7, 200, 3}, uint8(2))
	f.Fuzz(func(t *testing.T, b []byte, alt uint8) {
		var x, y []float64
		for i := 0; i+1 < len(b); i += 2 {
			u, v := float64(b[i])/8, float64(b[i+1])/8
			if b[i] == 255 {
				u = math.NaN()
			}
			x, y = append(x, u), append(y, v)
		}
		o := pairedt.StudyOptions{Options: pairedt.Options{Alternative: pairedt.Alternative(alt % 3)}}
		s, err := pairedt.AnalyzePaired(x, y, o)
		if err != nil {
			t.Fatalf("valid data and options: %v", err)
		}
		studyComplete(t, s)
	})
}

// FuzzAnalyzeOrdinal: categories drawn from three levels and a missing
// value.
func FuzzAnalyzeOrdinal(f *testing.F) {
	f.Add([]byte{0, 1, 1, 2, 2, 2, 3, 0})
	f.Add([]byte{1, 1, 2, 2})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		levels := []string{"a", "b", "c"}
		cat := []string{"", "a", "b", "c"}
		var before, after []string
		for i := 0; i+1 < len(b); i += 2 {
			before, after = append(before, cat[b[i]%4]), append(after, cat[b[i+1]%4])
		}
		s, err := pairedt.AnalyzeOrdinal(before, after, levels, nil, pairedt.StudyOptions{})
		if err != nil {
			if !errors.Is(err, pairedt.ErrTooFew) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		studyComplete(t, s)
	})
}

// TestAnalyzeOrdinalTwoLevelsMcNemar: a two-level outcome gets McNemar's
// tests instead of Bowker's and the Stuart-Maxwell test. The table
// (before rows, after columns) is [[10, 17], [8, 15]]: b = 17, c = 8.
// Expected values, R 4.2:
//
//	m <- matrix(c(10, 8, 17, 15), 2)
//	mcnemar.test(m)                 # 2.56, df = 1, p = 0.109598583399116
//	mcnemar.test(m, correct = FALSE) # 3.24, df = 1, p = 0.0718606382258519
//	binom.test(8, 25)$p.value        # 0.107752144336701
func TestAnalyzeOrdinalTwoLevelsMcNemar(t *testing.T) {
	var before, after []string
	for _, c := range []struct {
		b, a string
		n    int
	}{{"no", "no", 10}, {"no", "yes", 17}, {"yes", "no", 8}, {"yes", "yes", 15}} {
		for range c.n {
			before, after = append(before, c.b), append(after, c.a)
		}
	}
	s, err := pairedt.AnalyzeOrdinal(before, after, []string{"no", "yes"}, nil, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Bowker != nil || s.StuartMaxwell != nil {
		t.Errorf("Bowker %v, Stuart-Maxwell %v on a 2 x 2 table, want nil", s.Bowker, s.StuartMaxwell)
	}
	if s.McNemarCorrected == nil || s.McNemar == nil || s.McNemarExact == nil {
		t.Fatalf("McNemar tests missing: %+v", s.Undefined)
	}
	for _, c := range []struct {
		name        string
		stat, p, wS float64
		wP          float64
	}{
		{"corrected", s.McNemarCorrected.Statistic, s.McNemarCorrected.P, 2.56, 0.109598583399116},
		{"uncorrected", s.McNemar.Statistic, s.McNemar.P, 3.24, 0.0718606382258519},
		{"exact", s.McNemarExact.Statistic, s.McNemarExact.P, 17, 0.107752144336701},
	} {
		if math.Abs(c.stat-c.wS) > 1e-12 || math.Abs(c.p-c.wP) > 1e-12*c.wP {
			t.Errorf("%s: statistic %v p %v, want %v, %v", c.name, c.stat, c.p, c.wS, c.wP)
		}
	}
	// No discordant pair: the three are undefined, the rest computed.
	s, err = pairedt.AnalyzeOrdinal([]string{"no", "yes", "yes"}, []string{"no", "yes", "yes"}, []string{"no", "yes"}, nil, pairedt.StudyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []pairedt.Method{pairedt.MethodMcNemarCorrected, pairedt.MethodMcNemar, pairedt.MethodMcNemarExact} {
		if !errors.Is(s.Reason(m), pairedt.ErrNoDiscordant) {
			t.Errorf("%v: reason %v, want ErrNoDiscordant", m, s.Reason(m))
		}
		if key, err := m.MarshalText(); err != nil || len(key) == 0 {
			t.Errorf("%v: key %q, %v", m, key, err)
		}
	}
}
