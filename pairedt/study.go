package pairedt

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Design says how the outcome of a Study was measured.
type Design int

const (
	// Numeric: the outcome is a number (AnalyzePaired).
	Numeric Design = iota
	// Ordinal: the outcome is one of a few ordered categories, analysed on
	// their scores (AnalyzeOrdinal).
	Ordinal
)

// String returns "numeric" or "ordinal".
func (d Design) String() string {
	switch d {
	case Numeric:
		return "numeric"
	case Ordinal:
		return "ordinal"
	}
	return fmt.Sprintf("Design(%d)", int(d))
}

// Direction says which way the differences of a Study are taken. The zero
// value is d = before − after (x − y), the order Test, Wilcoxon and
// SignTest use and the motivating article reports (t = -28.471 for an
// improvement); AfterMinusBefore gives d = after − before, so that a gain
// reads positive.
type Direction int

const (
	// BeforeMinusAfter: d = x − y, the first occasion minus the second.
	BeforeMinusAfter Direction = iota
	// AfterMinusBefore: d = y − x, the second occasion minus the first.
	AfterMinusBefore
)

// String returns "before - after" or "after - before".
func (d Direction) String() string {
	switch d {
	case BeforeMinusAfter:
		return "before - after"
	case AfterMinusBefore:
		return "after - before"
	}
	return fmt.Sprintf("Direction(%d)", int(d))
}

// MarshalText returns "before_minus_after" or "after_minus_before".
func (d Direction) MarshalText() ([]byte, error) {
	switch d {
	case BeforeMinusAfter:
		return []byte("before_minus_after"), nil
	case AfterMinusBefore:
		return []byte("after_minus_before"), nil
	}
	return nil, fmt.Errorf("%w: Direction %d", ErrDirection, int(d))
}

// ErrDirection: StudyOptions.Direction is neither BeforeMinusAfter nor
// AfterMinusBefore.
var ErrDirection = errors.New("pairedt: invalid direction")

// Method names one of the analyses a Study runs. The zero value names none.
type Method int

// The analyses of a Study, in the order AnalyzeOrdinal runs them.
const (
	// MethodBowker is Bowker's test of symmetry (Bowker).
	MethodBowker Method = iota + 1
	// MethodStuartMaxwell is the Stuart-Maxwell test of marginal
	// homogeneity (StuartMaxwell).
	MethodStuartMaxwell
	// MethodSign is the sign test (SignTest).
	MethodSign
	// MethodWilcoxon is the Wilcoxon signed-rank test (Wilcoxon).
	MethodWilcoxon
	// MethodT is the paired t-test with its effect sizes (Test).
	MethodT
	// MethodShapiroWilk is the Shapiro-Wilk test of the differences
	// (ShapiroWilk).
	MethodShapiroWilk
	// MethodMcNemarCorrected is McNemar's test with continuity correction
	// (McNemar with correct = true), MethodMcNemar the uncorrected test
	// and MethodMcNemarExact the exact binomial test (McNemarExact): the
	// tests of a two-level outcome, which AnalyzeOrdinal runs instead of
	// Bowker's and the Stuart-Maxwell test (for a 2 x 2 table both equal
	// the uncorrected McNemar test).
	MethodMcNemarCorrected
	MethodMcNemar
	MethodMcNemarExact
)

var methodNames = [...]struct{ name, key string }{
	MethodBowker:        {"Bowker's test", "bowker"},
	MethodStuartMaxwell: {"Stuart-Maxwell test", "stuart_maxwell"},
	MethodSign:          {"sign test", "sign_test"},
	MethodWilcoxon:      {"Wilcoxon signed-rank test", "wilcoxon"},
	MethodT:             {"paired t-test", "t_test"},
	MethodShapiroWilk:   {"Shapiro-Wilk test", "shapiro_wilk"},

	MethodMcNemarCorrected: {"McNemar's test with continuity correction", "mcnemar_corrected"},
	MethodMcNemar:          {"McNemar's test", "mcnemar"},
	MethodMcNemarExact:     {"exact McNemar test", "mcnemar_exact"},
}

func (m Method) valid() bool { return m > 0 && int(m) < len(methodNames) }

// String returns the English name of the test, e.g. "Bowker's test". A
// report in another language switches on m instead of using this name.
func (m Method) String() string {
	if !m.valid() {
		return fmt.Sprintf("Method(%d)", int(m))
	}
	return methodNames[m].name
}

// MarshalText returns the key of the test in the JSON output of the command
// line tool: "bowker", "stuart_maxwell", "sign_test", "wilcoxon", "t_test",
// "shapiro_wilk", "mcnemar_corrected", "mcnemar" or "mcnemar_exact".
func (m Method) MarshalText() ([]byte, error) {
	if !m.valid() {
		return nil, fmt.Errorf("pairedt: invalid Method %d", int(m))
	}
	return []byte(methodNames[m].key), nil
}

// Undefined records an analysis that these data do not define: no
// discordant pairs for Bowker's test, differences that are all equal for the
// t-test, too few pairs for Shapiro-Wilk. It is an error that names the test
// and wraps the reason, so that errors.Is(u, ErrNoDiscordant) (or
// ErrConstant, ErrIdentical, ErrTooFew, ErrShapiroWilkN) holds; to ask
// which test, use errors.As(err, &u) and u.Method, or Study.Reason.
type Undefined struct {
	// Method is the analysis that could not be done.
	Method Method
	// Err is the reason, the error the test returned.
	Err error
}

// Error returns the test's name and the reason, e.g. "Bowker's test:
// pairedt: no discordant pairs: ...".
func (u Undefined) Error() string { return u.Method.String() + ": " + u.Err.Error() }

// Unwrap returns the reason.
func (u Undefined) Unwrap() error { return u.Err }

// MarshalJSON encodes u as {"test": KEY, "reason": MESSAGE}, KEY as
// Method.MarshalText.
func (u Undefined) MarshalJSON() ([]byte, error) {
	key, err := u.Method.MarshalText()
	if err != nil {
		return nil, err
	}
	reason := ""
	if u.Err != nil {
		reason = u.Err.Error()
	}
	return json.Marshal(struct {
		Test   string `json:"test"`
		Reason string `json:"reason"`
	}{string(key), reason})
}

// StudyOptions configures AnalyzePaired and AnalyzeOrdinal. The zero value
// gives R's defaults for every test: two-sided, mu = 0, 95% intervals,
// Wilcoxon's exact distribution where R uses it, with its continuity
// correction otherwise, and an empty string as the only missing category.
type StudyOptions struct {
	// Options holds the alternative, mu and confidence level of the
	// t-test, the Wilcoxon test and the sign test.
	Options
	// Exact, NoCorrect and Zero are passed to the Wilcoxon test
	// (WilcoxonOptions).
	Exact     ExactMode
	NoCorrect bool
	Zero      ZeroMethod
	// Missing lists the category values that count as missing
	// (FreqOptions.Missing); AnalyzeOrdinal only.
	Missing []string
	// Direction is how the differences are taken: BeforeMinusAfter (the
	// zero value, d = x − y) or AfterMinusBefore (d = y − x: the t-test,
	// Wilcoxon and sign test are run on (y, x), so that t, V, the mean
	// difference and its interval are those of after − before). Mu and
	// a one-sided Alternative refer to d as taken here.
	Direction Direction
}

// Study is every result of the analysis of one paired data set: the
// results a Results section reports, and the analyses these data do not
// define. A nil result is undefined, and Undefined says why.
type Study struct {
	// Design is Numeric or Ordinal.
	Design Design

	// Levels are the ordered categories and Scores their scores, one per
	// level (1..k unless given); both nil for a numeric outcome.
	Levels []string
	Scores []float64
	// FreqBefore and FreqAfter are the frequency table of each occasion,
	// and Cross the before (rows) by after (columns) table of the complete
	// pairs; nil for a numeric outcome.
	FreqBefore, FreqAfter *FreqTable
	Cross                 *CrossTable

	// X and Y are the pairs in the order given (X before, Y after): the
	// values (numeric) or the scores of the categories (ordinal), NaN
	// where a value is missing. Differences are X - Y, or Y - X when
	// Direction is AfterMinusBefore; then the results' "X" (TTestResult
	// .MeanX and so on) is Y, the occasion the tests took first.
	X, Y []float64
	// Direction is StudyOptions.Direction, the way the differences were
	// taken.
	Direction Direction
	// N is the number of complete pairs, Dropped the number of pairs with
	// a missing value.
	N, Dropped int

	// T is the paired t-test with its effect sizes (on the scores, for an
	// ordinal outcome).
	T *TTestResult
	// Wilcoxon is the Wilcoxon signed-rank test, Sign the sign test.
	Wilcoxon *WilcoxonResult
	Sign     *SignTestResult
	// ShapiroWilk is the Shapiro-Wilk test of the complete differences
	// X - Y.
	ShapiroWilk *ShapiroWilkResult
	// Bowker is Bowker's test of symmetry and StuartMaxwell the
	// Stuart-Maxwell test of marginal homogeneity of Cross; nil for a
	// numeric outcome and for two levels (where McNemar's tests replace
	// them).
	Bowker, StuartMaxwell *ChiSquareResult
	// McNemarCorrected (with continuity correction, R's mcnemar.test
	// default), McNemar (without) and McNemarExact (binomial, what SPSS
	// prints) are McNemar's tests of a two-level outcome; nil otherwise.
	McNemarCorrected, McNemar *ChiSquareResult
	McNemarExact              *McNemarExactResult

	// Undefined lists, in the order the tests were run, every analysis
	// these data do not define, with its reason. The other results are
	// still there.
	Undefined []Undefined
}

// Reason returns the reason m is undefined for these data, or nil when m
// was computed or is not part of the study's design.
func (s *Study) Reason(m Method) error {
	for _, u := range s.Undefined {
		if u.Method == m {
			return u
		}
	}
	return nil
}

// AnalyzePaired runs every analysis of a numeric paired outcome, pairs
// (x[i], y[i]), differences d = x - y (d = y - x with o.Direction
// AfterMinusBefore, the tests then taking (y, x)):
//
//	T           Test(x, y, o.Options)
//	Wilcoxon    Wilcoxon(x, y, ...)  with o's alternative, mu, level, Exact, NoCorrect
//	Sign        SignTestCI(x, y, o.Options), with its intervals
//	ShapiroWilk ShapiroWilk(d) of the complete pairs
//
// A pair with a NaN is dropped. A test these data do not define (all
// differences equal, fewer pairs than it needs) is nil and listed in
// Undefined; the others are still computed. The error is for input that no
// test can take: x and y of different lengths (ErrLength), ±Inf
// (ErrNonFinite), invalid options (ErrAlternative, ErrMu, ErrConfLevel,
// ErrWilcoxonOptions, ErrDirection).
func AnalyzePaired(x, y []float64, o StudyOptions) (*Study, error) {
	if len(x) != len(y) {
		return nil, fmt.Errorf("%w: %d x values, %d y values", ErrLength, len(x), len(y))
	}
	for i := range x {
		if math.IsInf(x[i], 0) || math.IsInf(y[i], 0) {
			return nil, fmt.Errorf("%w: pair %d is (%v, %v)", ErrNonFinite, i+1, x[i], y[i])
		}
	}
	s := &Study{Design: Numeric, X: x, Y: y}
	if err := s.paired(o, []Method{MethodT, MethodSign, MethodWilcoxon, MethodShapiroWilk}); err != nil {
		return nil, err
	}
	return s, nil
}

// AnalyzeOrdinal runs every analysis of an ordered categorical outcome, where
// before[i] and after[i] are subject i's categories, each one of levels (in
// order) or missing (o.Missing):
//
//	FreqBefore, FreqAfter  Frequencies of each occasion
//	Cross                  CrossTabulate(before, after, levels)
//	Bowker, StuartMaxwell  Bowker(Cross), StuartMaxwell(Cross)  for three or more levels
//	McNemarCorrected       McNemar(Cross, true)                  for two levels,
//	McNemar                McNemar(Cross, false)                 instead of Bowker
//	McNemarExact           McNemarExact(Cross)                   and Stuart-Maxwell
//
// and, on the scores (scores[i] for levels[i]; nil means 1..k), the
// analyses of AnalyzePaired: sign test, Wilcoxon, t-test and Shapiro-Wilk of
// the differences. A test these data do not define (no discordant pairs,
// every difference equal) is nil and listed in Undefined; the tables and
// the other tests are still computed. The error is for input that cannot
// be tabulated: invalid levels (ErrLevels), a value that is not a level
// (ErrUnknownLevel), scores that are not finite and increasing (ErrScores),
// before and after of different lengths (ErrLength), an occasion with no
// valid value (ErrTooFew), invalid options.
func AnalyzeOrdinal(before, after, levels []string, scores []float64, o StudyOptions) (*Study, error) {
	if len(before) != len(after) {
		return nil, fmt.Errorf("%w: %d before values, %d after values", ErrLength, len(before), len(after))
	}
	fo := FreqOptions{Missing: o.Missing}
	s := &Study{Design: Ordinal, Levels: levels}
	var err error
	if s.Scores, err = crosstabScores(scores, len(levels)); err != nil {
		return nil, err
	}
	fb, err := Frequencies(before, levels, fo)
	if err != nil {
		return nil, fmt.Errorf("before: %w", err)
	}
	fa, err := Frequencies(after, levels, fo)
	if err != nil {
		return nil, fmt.Errorf("after: %w", err)
	}
	cross, err := CrossTabulate(before, after, levels, fo)
	if err != nil {
		return nil, err
	}
	s.FreqBefore, s.FreqAfter, s.Cross = &fb, &fa, &cross
	if s.X, err = Score(before, levels, s.Scores, fo); err != nil {
		return nil, err
	}
	if s.Y, err = Score(after, levels, s.Scores, fo); err != nil {
		return nil, err
	}
	if len(levels) == 2 {
		// A 2 x 2 table is McNemar's: Bowker's and the Stuart-Maxwell
		// statistic both equal the uncorrected McNemar statistic there.
		if t, err := McNemar(cross, true); err == nil {
			s.McNemarCorrected = &t
		} else {
			s.undefined(MethodMcNemarCorrected, err)
		}
		if t, err := McNemar(cross, false); err == nil {
			s.McNemar = &t
		} else {
			s.undefined(MethodMcNemar, err)
		}
		if t, err := McNemarExact(cross); err == nil {
			s.McNemarExact = &t
		} else {
			s.undefined(MethodMcNemarExact, err)
		}
	} else {
		if t, err := Bowker(cross); err == nil {
			s.Bowker = &t
		} else {
			s.undefined(MethodBowker, err)
		}
		if t, err := StuartMaxwell(cross); err == nil {
			s.StuartMaxwell = &t
		} else {
			s.undefined(MethodStuartMaxwell, err)
		}
	}
	if err := s.paired(o, []Method{MethodSign, MethodWilcoxon, MethodT, MethodShapiroWilk}); err != nil {
		return nil, err
	}
	return s, nil
}

// paired runs the tests on s.X and s.Y in the given order and counts the
// pairs. It returns an error only for invalid options.
func (s *Study) paired(o StudyOptions, order []Method) error {
	if o.Direction != BeforeMinusAfter && o.Direction != AfterMinusBefore {
		return fmt.Errorf("%w: %d", ErrDirection, int(o.Direction))
	}
	s.Direction = o.Direction
	x, y := s.X, s.Y
	if o.Direction == AfterMinusBefore {
		x, y = y, x
	}
	n := 0
	for i := range x {
		if v := x[i] - y[i]; !math.IsNaN(v) {
			n++
		}
	}
	s.N, s.Dropped = n, len(s.X)-n
	wo := WilcoxonOptions{Options: o.Options, Exact: o.Exact, NoCorrect: o.NoCorrect, Zero: o.Zero}
	// The sign test and Wilcoxon's default path depend on the differences
	// only as a set: they share one copy (the sign test reorders it, then
	// Wilcoxon filters and sorts it in place), which halves the memory of
	// the tests. Pratt's scores and the conditional distribution need the
	// original order, and errors are each test's own: then, and when the
	// sign test fails, each test forms its own.
	share := wo.Zero == ZeroWilcox && wo.Exact != ExactConditional &&
		slices.Contains(order, MethodSign) && slices.Contains(order, MethodWilcoxon) &&
		slices.Index(order, MethodSign) < slices.Index(order, MethodWilcoxon)
	var shared []float64
	sharedDropped := 0
	for _, m := range order {
		var err error
		switch m {
		case MethodT:
			var r TTestResult
			if r, err = Test(x, y, o.Options); err == nil {
				s.T = &r
			}
		case MethodSign:
			var r SignTestResult
			if _, verr := o.Options.validate(); share && verr == nil && len(x) == len(y) {
				if d, dropped, derr := rankDifferences(x, y, "SignTest"); derr == nil {
					if r, err = signTestCIDiffs(d, dropped, o.Options); err == nil {
						shared, sharedDropped = d, dropped
					}
				} else {
					err = derr
				}
			} else {
				r, err = SignTestCI(x, y, o.Options)
			}
			if err == nil {
				s.Sign = &r
			}
		case MethodWilcoxon:
			var r WilcoxonResult
			level, tol, verr := wo.rankValidate()
			if shared != nil && verr == nil && len(shared) <= rankMergeMaxN {
				r, err = wilcoxonDiffs(shared, sharedDropped, wo, level, tol)
				shared = nil // reordered and overwritten
			} else {
				r, err = Wilcoxon(x, y, wo)
			}
			if err == nil {
				s.Wilcoxon = &r
			}
		case MethodShapiroWilk:
			// The differences only now, when the other tests' memory
			// is free, and only within ShapiroWilk's limit: beyond it
			// its error depends on n alone (a difference that
			// overflows has stopped the Study at the t-test or the
			// sign test before).
			if n > ShapiroWilkMaxN {
				err = shapiroWilkTooMany(n)
				break
			}
			d := make([]float64, 0, n)
			for i := range x {
				if v := x[i] - y[i]; !math.IsNaN(v) {
					d = append(d, v)
				}
			}
			var r ShapiroWilkResult
			if r, err = ShapiroWilk(d); err == nil {
				s.ShapiroWilk = &r
			}
		}
		if err == nil {
			continue
		}
		if studyInputError(err) {
			return err
		}
		s.undefined(m, err)
	}
	return nil
}

func (s *Study) undefined(m Method, err error) {
	s.Undefined = append(s.Undefined, Undefined{Method: m, Err: err})
}

// studyInputError reports whether err says the options (or the input) are
// wrong for every test, rather than that one test is undefined for the
// data.
func studyInputError(err error) bool {
	for _, e := range []error{ErrAlternative, ErrMu, ErrConfLevel, ErrWilcoxonOptions, ErrLength, ErrNonFinite} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}
