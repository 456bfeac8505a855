package audit

import (
	"strings"

	"github.com/pairedt/pairedt/internal/i18n"
)

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

// Check is the verdict on one reported claim: its kind, its verdict, the
// numbers and intervals recomputed, and the human-readable fields in
// English (Text gives them in another language, from the catalog). It
// marshals to JSON with the snake_case keys in the field tags, plus the
// Indonesian texts under claim_indonesian, reported_indonesian,
// recomputed_indonesian and explanation_indonesian; the margin fields are
// present only on margin checks.
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
	// Explanation is one English sentence saying why (Text(Indonesian) for
	// the Indonesian one).
	Explanation string `json:"explanation"`
	// Source is where the claim comes from (e.g. "line 23").
	Source string `json:"source,omitempty"`
	// Span is where in Scan's text the result this check is about stands:
	// the byte offsets [Start, End) of its statistic through its p-value.
	// It is nil for checks that are not one result of Scan's (claims,
	// tables, the margins).
	Span *Span `json:"span,omitempty"`

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

	// words writes Claim, Reported, Recomputed and Explanation in a
	// language from the catalog (internal/i18n), from the facts of the
	// check; nil for a Check built by hand or read from JSON.
	words func(i18n.Lang) Text
	// read holds the Indonesian texts of a Check read from JSON (the
	// *_indonesian keys), nil otherwise.
	read *Text
}

// Text holds the human-readable fields of a check in one language.
type Text struct {
	Claim, Reported, Recomputed, Explanation string
}

// Lang is the language of the audit's texts, the module's one language
// type (report.Lang is the same type).
type Lang = i18n.Lang

// The languages of the audit's texts.
const (
	English    = i18n.English
	Indonesian = i18n.Indonesian
)

// Text returns the claim, reported value, recomputed value and explanation
// in lang. English is the check's own fields. Another language is written
// from the check's facts through the catalog; a check without them (built
// by hand, or read from JSON) gives the texts read from JSON, and any field
// still empty falls back to its English counterpart.
func (c Check) Text(lang Lang) Text {
	en := Text{Claim: c.Claim, Reported: c.Reported, Recomputed: c.Recomputed, Explanation: c.Explanation}
	if lang != Indonesian {
		return en
	}
	var t Text
	switch {
	case c.words != nil:
		t = c.words(lang)
	case c.read != nil:
		t = *c.read
	}
	pick := func(s, en string) string {
		if strings.TrimSpace(s) != "" {
			return s
		}
		return en
	}
	return Text{
		Claim:       pick(t.Claim, en.Claim),
		Reported:    pick(t.Reported, en.Reported),
		Recomputed:  pick(t.Recomputed, en.Recomputed),
		Explanation: pick(t.Explanation, en.Explanation),
	}
}

// say sets the check's words and fills its English fields from them.
func (c *Check) say(words func(i18n.Lang) Text) {
	c.words = words
	t := words(English)
	c.Claim, c.Reported, c.Recomputed, c.Explanation = t.Claim, t.Reported, t.Recomputed, t.Explanation
}

// indonesianJSON returns the texts written under the *_indonesian JSON
// keys: from the catalog, or as read from JSON; empty when the check has
// neither (then the keys are left out).
func (c Check) indonesianJSON() Text {
	switch {
	case c.words != nil:
		return c.words(Indonesian)
	case c.read != nil:
		return *c.read
	}
	return Text{}
}

func fptr(x float64) *float64 { return &x }
func iptr(x int) *int         { return &x }

// Span is a range of bytes [Start, End) in a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}
