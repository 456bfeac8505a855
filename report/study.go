package report

import "github.com/pairedt/pairedt/pairedt"

// FromStudy returns the Analysis of a study: every result s holds, the
// pairs, the scores of an ordinal outcome (flagged as CategoryCodes, so the
// report says the t-test treats codes as numbers) and the analyses s found
// undefined. The caller adds the words (Title, Variable, occasion labels,
// Notes), the audit Checks and the Provenance. The Analysis shares s's
// slices and results; it does not copy them.
func FromStudy(s *pairedt.Study) Analysis {
	a := Analysis{
		FreqBefore:          s.FreqBefore,
		FreqAfter:           s.FreqAfter,
		Cross:               s.Cross,
		T:                   s.T,
		X:                   s.X,
		Y:                   s.Y,
		ShapiroWilk:         s.ShapiroWilk,
		Wilcoxon:            s.Wilcoxon,
		Sign:                s.Sign,
		MarginalHomogeneity: s.StuartMaxwell,
		Bowker:              s.Bowker,
		McNemarCorrected:    s.McNemarCorrected,
		McNemar:             s.McNemar,
		McNemarExact:        s.McNemarExact,
		Undefined:           s.Undefined,
		Direction:           s.Direction,
	}
	if s.Design == pairedt.Ordinal {
		a.CategoryCodes = true
		a.Scores = s.Scores
	}
	return a
}
