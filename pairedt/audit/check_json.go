package audit

import (
	"bytes"
	"encoding/json"
)

// checkJSON is the JSON form of a Check: its fields in order, with the
// Indonesian texts after the explanation. The *_indonesian keys are kept
// for one release after the catalog replaced the Indonesian copies in
// Check; they are filled from the catalog when written.
type checkJSON struct {
	Claim                 string   `json:"claim"`
	Kind                  string   `json:"kind"`
	Verdict               Verdict  `json:"verdict"`
	Reported              string   `json:"reported"`
	Recomputed            string   `json:"recomputed"`
	Explanation           string   `json:"explanation"`
	ExplanationIndonesian string   `json:"explanation_indonesian,omitempty"`
	ClaimIndonesian       string   `json:"claim_indonesian,omitempty"`
	ReportedIndonesian    string   `json:"reported_indonesian,omitempty"`
	RecomputedIndonesian  string   `json:"recomputed_indonesian,omitempty"`
	Source                string   `json:"source,omitempty"`
	Span                  *Span    `json:"span,omitempty"`
	Low                   *float64 `json:"low,omitempty"`
	High                  *float64 `json:"high,omitempty"`

	TMin                 *float64  `json:"t_min,omitempty"`
	TMax                 *float64  `json:"t_max,omitempty"`
	Tables               *int      `json:"tables,omitempty"`
	TMaxAbsAnyScoring    *float64  `json:"t_max_abs_any_scoring,omitempty"`
	TUnboundedAnyScoring bool      `json:"t_unbounded_any_scoring,omitempty"`
	Scores               []float64 `json:"scores,omitempty"`
	TableTMin            [][]int   `json:"table_t_min,omitempty"`
	TableTMax            [][]int   `json:"table_t_max,omitempty"`
	TableNearest         [][]int   `json:"table_nearest,omitempty"`
	TNearest             *float64  `json:"t_nearest,omitempty"`
	ScoresTMaxAbs        []float64 `json:"scores_t_max_abs,omitempty"`
	ScoresTMaxAbsLimit   bool      `json:"scores_t_max_abs_limit,omitempty"`
	VMin                 *float64  `json:"v_min,omitempty"`
	VMax                 *float64  `json:"v_max,omitempty"`
	WilcoxonPMin         *float64  `json:"wilcoxon_p_min,omitempty"`
	WilcoxonPMax         *float64  `json:"wilcoxon_p_max,omitempty"`
}

// MarshalJSON writes the check with the snake_case keys of its field tags
// and, after "explanation", the Indonesian texts (claim_indonesian,
// reported_indonesian, recomputed_indonesian, explanation_indonesian) from
// the catalog, left out when the check has none.
func (c Check) MarshalJSON() ([]byte, error) {
	id := c.indonesianJSON()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // "p < .001" as WriteJSON has always written it
	err := enc.Encode(checkJSON{
		c.Claim, c.Kind, c.Verdict, c.Reported, c.Recomputed, c.Explanation,
		id.Explanation, id.Claim, id.Reported, id.Recomputed,
		c.Source, c.Span, c.Low, c.High,
		c.TMin, c.TMax, c.Tables, c.TMaxAbsAnyScoring, c.TUnboundedAnyScoring, c.Scores,
		c.TableTMin, c.TableTMax, c.TableNearest, c.TNearest, c.ScoresTMaxAbs, c.ScoresTMaxAbsLimit,
		c.VMin, c.VMax, c.WilcoxonPMin, c.WilcoxonPMax,
	})
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), err
}

// UnmarshalJSON reads what MarshalJSON writes; the Indonesian texts are
// kept for Text(Indonesian).
func (c *Check) UnmarshalJSON(b []byte) error {
	var j checkJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*c = Check{
		Claim: j.Claim, Kind: j.Kind, Verdict: j.Verdict, Reported: j.Reported, Recomputed: j.Recomputed,
		Explanation: j.Explanation, Source: j.Source, Span: j.Span, Low: j.Low, High: j.High,
		TMin: j.TMin, TMax: j.TMax, Tables: j.Tables, TMaxAbsAnyScoring: j.TMaxAbsAnyScoring,
		TUnboundedAnyScoring: j.TUnboundedAnyScoring, Scores: j.Scores,
		TableTMin: j.TableTMin, TableTMax: j.TableTMax, TableNearest: j.TableNearest, TNearest: j.TNearest,
		ScoresTMaxAbs: j.ScoresTMaxAbs, ScoresTMaxAbsLimit: j.ScoresTMaxAbsLimit,
		VMin: j.VMin, VMax: j.VMax, WilcoxonPMin: j.WilcoxonPMin, WilcoxonPMax: j.WilcoxonPMax,
	}
	if t := (Text{j.ClaimIndonesian, j.ReportedIndonesian, j.RecomputedIndonesian, j.ExplanationIndonesian}); t != (Text{}) {
		c.read = &t
	}
	return nil
}
