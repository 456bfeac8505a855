package audit

import "strings"

// Verdict is the outcome of checking one reported claim.
type Verdict string

// The verdicts, as they appear in JSON.
const (
	// Consistent: the reported value can be true given the other numbers
	// (within the rounding its printed decimals allow).
	Consistent Verdict = "consistent"
	// Inconsistent: the reported value cannot be true; Recomputed gives the
	// value and the interval the rounding allows.
	Inconsistent Verdict = "inconsistent"
	// DecisionError: the reported p-value is inconsistent and the
	// significance decision at alpha flips (statcheck's decision error).
	DecisionError Verdict = "decision_error"
	// ReportingError: the number is consistent but written in a form that
	// cannot be literally true, such as p = 0.000 (should read p < .001).
	ReportingError Verdict = "reporting_error"
	// NotDerivable: the claim cannot be checked from what was reported; the
	// explanation says what would be needed.
	NotDerivable Verdict = "not_derivable"
)

// Kinds of check, the value of Check.Kind.
const (
	KindPercent       = "percent"       // a percentage against its count and n
	KindCountSum      = "count_sum"     // counts of a group summing to n
	KindPercentSum    = "percent_sum"   // percentages of a group summing to 100
	KindPValue        = "p_value"       // p against t and df (statcheck)
	KindDecision      = "decision"      // a stated decision (H0 rejected) against p and alpha
	KindMargins       = "margins"       // a paired t against before/after category counts
	KindWilcoxon      = "wilcoxon"      // a Wilcoxon V or p against the counts
	KindGRIM          = "grim"          // a mean against n for integer data
	KindContradiction = "contradiction" // two claims about the same quantity disagree
	KindSampleSize    = "sample_size"   // n of a group against the stated n
)

// Check is the verdict on one reported claim. It marshals to JSON with the
// snake_case keys in the field tags; the margin fields are present only on
// margin checks.
type Check struct {
	// Claim names what was checked, e.g. `p = 0,000 for t = -28,471, df = 22`.
	Claim string `json:"claim"`
	// Kind is the kind of check (KindPercent, KindPValue, ...).
	Kind string `json:"kind"`
	// Verdict is the outcome.
	Verdict Verdict `json:"verdict"`
	// Reported is the value as printed.
	Reported string `json:"reported"`
	// Recomputed is the recomputed value and, where rounding matters, the
	// interval the reported decimals allow.
	Recomputed string `json:"recomputed"`
	// Explanation is one English sentence saying why.
	Explanation string `json:"explanation"`
	// ExplanationIndonesian is the same sentence in Indonesian.
	ExplanationIndonesian string `json:"explanation_indonesian,omitempty"`
	// ClaimIndonesian, ReportedIndonesian and RecomputedIndonesian are
	// Claim, Reported and Recomputed in Indonesian, built by the same code:
	// every number the audit formats uses the decimal comma ("73,913%"),
	// intervals are written [a; b], and the groups with role before and
	// after are named "sebelum" and "sesudah". Text quoted from the article
	// (printed numbers, statements, quotes, sources) stays exactly as
	// printed, so "p = 0.00" quoted from an article keeps its point.
	ClaimIndonesian      string `json:"claim_indonesian,omitempty"`
	ReportedIndonesian   string `json:"reported_indonesian,omitempty"`
	RecomputedIndonesian string `json:"recomputed_indonesian,omitempty"`
	// Source is where the claim comes from (e.g. "line 23").
	Source string `json:"source,omitempty"`

	// Low and High bound the interval of the recomputed quantity that the
	// reported rounding allows (for p-value checks: the p-values of the
	// ends of the t interval), when there is one.
	Low  *float64 `json:"low,omitempty"`
	High *float64 `json:"high,omitempty"`

	// Margin checks (Kind == KindMargins).

	// TMin and TMax bound the t statistics attainable over every joint
	// before x after table with the published margins, under the scores.
	TMin *float64 `json:"t_min,omitempty"`
	TMax *float64 `json:"t_max,omitempty"`
	// Tables is the number of joint tables with the published margins
	// (absent when the enumeration limit was exceeded).
	Tables *int `json:"tables,omitempty"`
	// TMaxAbsAnyScoring is the supremum of |t| over every joint table and
	// every strictly increasing scoring of the levels; absent when it is
	// infinite (then TUnboundedAnyScoring is true).
	TMaxAbsAnyScoring    *float64 `json:"t_max_abs_any_scoring,omitempty"`
	TUnboundedAnyScoring bool     `json:"t_unbounded_any_scoring,omitempty"`
	// Scores are the scores used (1..k by default).
	Scores []float64 `json:"scores,omitempty"`
	// TableTMin and TableTMax are joint tables (rows = before levels,
	// columns = after levels) that give TMin and TMax.
	TableTMin [][]int `json:"table_t_min,omitempty"`
	TableTMax [][]int `json:"table_t_max,omitempty"`
	// TableNearest is a joint table whose t is nearest to the reported t.
	TableNearest [][]int `json:"table_nearest,omitempty"`
	// TNearest is the attainable t nearest to the reported t.
	TNearest *float64 `json:"t_nearest,omitempty"`
	// ScoresTMaxAbs is a scoring (normalised to run from 1 to k) at which
	// TMaxAbsAnyScoring is reached, or approached when ScoresTMaxAbsLimit.
	ScoresTMaxAbs      []float64 `json:"scores_t_max_abs,omitempty"`
	ScoresTMaxAbsLimit bool      `json:"scores_t_max_abs_limit,omitempty"`
	// VMin, VMax, WilcoxonPMin, WilcoxonPMax bound the Wilcoxon signed-rank
	// statistic V and its p-value over the joint tables (exact enumeration
	// only).
	VMin         *float64 `json:"v_min,omitempty"`
	VMax         *float64 `json:"v_max,omitempty"`
	WilcoxonPMin *float64 `json:"wilcoxon_p_min,omitempty"`
	WilcoxonPMax *float64 `json:"wilcoxon_p_max,omitempty"`
}

// Text holds the human-readable fields of a check in one language.
type Text struct {
	Claim, Reported, Recomputed, Explanation string
}

// Text returns the claim, reported value, recomputed value and explanation
// in English or, when indonesian is true, in Indonesian; an Indonesian field
// that is empty (a Check built by hand, or read from an older JSON file)
// falls back to its English counterpart.
func (c Check) Text(indonesian bool) Text {
	t := Text{Claim: c.Claim, Reported: c.Reported, Recomputed: c.Recomputed, Explanation: c.Explanation}
	if !indonesian {
		return t
	}
	pick := func(id, en string) string {
		if strings.TrimSpace(id) != "" {
			return id
		}
		return en
	}
	return Text{
		Claim:       pick(c.ClaimIndonesian, c.Claim),
		Reported:    pick(c.ReportedIndonesian, c.Reported),
		Recomputed:  pick(c.RecomputedIndonesian, c.Recomputed),
		Explanation: pick(c.ExplanationIndonesian, c.Explanation),
	}
}

func fptr(x float64) *float64 { return &x }
func iptr(x int) *int         { return &x }
