package pairedt

// TTestResult is the outcome of a paired (Test, Accumulator) or one-sample
// (OneSample) t-test. For OneSample the paired descriptives (MeanX ... RP, DAv)
// are NaN. It marshals to JSON as MarshalJSON says.
type TTestResult struct {
	// N is the number of complete pairs (observations) used.
	N int `json:"n"`
	// Dropped is the number of pairs dropped because x or y was NaN.
	Dropped int `json:"dropped"`
	// DF is the degrees of freedom, N - 1.
	DF float64 `json:"df"`
	// MeanDiff is the mean of the differences d = x - y (of x for OneSample).
	MeanDiff float64 `json:"mean_diff"`
	// SDDiff is the sample standard deviation (n - 1 denominator) of d.
	SDDiff float64 `json:"sd_diff"`
	// SE is the standard error of the mean difference, SDDiff / sqrt(N).
	SE float64 `json:"se"`
	// T is the t statistic, (MeanDiff - Mu) / SE.
	T float64 `json:"t"`
	// P is the p-value for Alternative.
	P float64 `json:"p"`
	// CILow and CIHigh bound the confidence interval of the mean difference
	// at ConfLevel; one-sided intervals have one infinite bound.
	CILow  float64 `json:"ci_low"`
	CIHigh float64 `json:"ci_high"`
	// ConfLevel is the confidence level used (0.95 when Options left it 0).
	ConfLevel float64 `json:"conf_level"`
	// Alternative is the alternative hypothesis, encoded as R writes it.
	Alternative Alternative `json:"alternative"`
	// Mu is the mean difference under the null hypothesis.
	Mu float64 `json:"mu"`

	// Paired descriptives, as SPSS prints them in "Paired Samples
	// Statistics" and "Paired Samples Correlations".

	// MeanX, MeanY are the means of x and y over the complete pairs.
	MeanX float64 `json:"mean_x"`
	MeanY float64 `json:"mean_y"`
	// SDX, SDY are their sample standard deviations (n - 1).
	SDX float64 `json:"sd_x"`
	SDY float64 `json:"sd_y"`
	// SEX, SEY are the standard errors of MeanX and MeanY.
	SEX float64 `json:"se_x"`
	SEY float64 `json:"se_y"`
	// R is the Pearson correlation of x and y; NaN when either is constant.
	R float64 `json:"r"`
	// RP is the two-sided p-value of R, as R's cor.test:
	//	t = r sqrt(n-2) / sqrt(1-r^2),  df = n-2
	// NaN when N < 3 or R is NaN.
	RP float64 `json:"r_p"`

	// Effect sizes.

	// DZ is Cohen's d_z = (MeanDiff - Mu) / SDDiff, signed.
	DZ float64 `json:"d_z"`
	// DZCILow, DZCIHigh bound d_z's confidence interval at ConfLevel, on the
	// same side as the test (one bound infinite for Less and Greater), found from
	// the noncentral t distribution of t as effectsize::cohens_d(x, y,
	// paired = TRUE) defines it. For |t| above 5000 a normal approximation is
	// used, with a warning.
	DZCILow  float64 `json:"d_z_ci_low"`
	DZCIHigh float64 `json:"d_z_ci_high"`
	// GZ is Hedges' g_z = J(N-1) d_z with the exact small-sample factor
	// J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)); its interval is the
	// d_z interval times J. For N = 2, J(1) = 0, so g_z and its finite
	// bounds are 0 (an infinite bound stays infinite).
	GZ       float64 `json:"g_z"`
	GZCILow  float64 `json:"g_z_ci_low"`
	GZCIHigh float64 `json:"g_z_ci_high"`
	// DAv is d_av = MeanDiff / ((SDX + SDY) / 2) (Cumming 2012), signed; it is
	// neither d_z nor pingouin's "cohen_d" (root mean square of the SDs, unsigned).
	DAv float64 `json:"d_av"`

	// Warnings are caveats that do not stop the analysis, in this fixed
	// order: pairs dropped for NaN; fewer than 10 pairs; x or y constant (r
	// undefined); the d_z interval approximated. Empty, never nil, from
	// Test, OneSample and Accumulator.Result.
	Warnings []Warning `json:"warnings"`
}
