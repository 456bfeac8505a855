package pairedt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
)

// jnum is a float64 that JSON-encodes NaN as null and ±Inf as the strings
// "Inf" and "-Inf", and decodes those back (also accepting "NaN").
type jnum float64

func (f jnum) MarshalJSON() ([]byte, error) {
	x := float64(f)
	switch {
	case math.IsNaN(x):
		return []byte("null"), nil
	case math.IsInf(x, 1):
		return []byte(`"Inf"`), nil
	case math.IsInf(x, -1):
		return []byte(`"-Inf"`), nil
	}
	return strconv.AppendFloat(nil, x, 'g', -1, 64), nil
}

func (f *jnum) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case "null", `"NaN"`:
		*f = jnum(math.NaN())
		return nil
	case `"Inf"`, `"+Inf"`:
		*f = jnum(math.Inf(1))
		return nil
	case `"-Inf"`:
		*f = jnum(math.Inf(-1))
		return nil
	}
	x, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return fmt.Errorf("pairedt: bad number %s in JSON: %w", b, err)
	}
	*f = jnum(x)
	return nil
}

// resultJSON mirrors TTestResult field by field (same order, same keys) with the
// numbers as jnum.
type resultJSON struct {
	N           int         `json:"n"`
	Dropped     int         `json:"dropped"`
	DF          jnum        `json:"df"`
	MeanDiff    jnum        `json:"mean_diff"`
	SDDiff      jnum        `json:"sd_diff"`
	SE          jnum        `json:"se"`
	T           jnum        `json:"t"`
	P           jnum        `json:"p"`
	CILow       jnum        `json:"ci_low"`
	CIHigh      jnum        `json:"ci_high"`
	ConfLevel   jnum        `json:"conf_level"`
	Alternative Alternative `json:"alternative"`
	Mu          jnum        `json:"mu"`
	MeanX       jnum        `json:"mean_x"`
	MeanY       jnum        `json:"mean_y"`
	SDX         jnum        `json:"sd_x"`
	SDY         jnum        `json:"sd_y"`
	SEX         jnum        `json:"se_x"`
	SEY         jnum        `json:"se_y"`
	R           jnum        `json:"r"`
	RP          jnum        `json:"r_p"`
	DZ          jnum        `json:"d_z"`
	DZCILow     jnum        `json:"d_z_ci_low"`
	DZCIHigh    jnum        `json:"d_z_ci_high"`
	GZ          jnum        `json:"g_z"`
	GZCILow     jnum        `json:"g_z_ci_low"`
	GZCIHigh    jnum        `json:"g_z_ci_high"`
	DAv         jnum        `json:"d_av"`
	Warnings    []Warning   `json:"warnings"`
	// WarningCodes is written, not read: a warning read back is its
	// sentence (WarnOther), without the facts its kind would need.
	WarningCodes writeOnlyCodes `json:"warning_codes"`
}

// MarshalJSON encodes r with the snake_case keys of its field tags, in field
// order, then "warning_codes", the kinds of the warnings. JSON has no NaN or
// infinity: NaN (an undefined statistic) is null, ±Inf (the open end of a
// one-sided interval) the strings "Inf" and "-Inf", and every other number the
// shortest decimal that reads back to the same float64. Warnings is always an
// array.
func (r TTestResult) MarshalJSON() ([]byte, error) {
	return json.Marshal(resultJSON{
		r.N, r.Dropped, jnum(r.DF), jnum(r.MeanDiff), jnum(r.SDDiff), jnum(r.SE), jnum(r.T), jnum(r.P),
		jnum(r.CILow), jnum(r.CIHigh), jnum(r.ConfLevel), r.Alternative, jnum(r.Mu),
		jnum(r.MeanX), jnum(r.MeanY), jnum(r.SDX), jnum(r.SDY), jnum(r.SEX), jnum(r.SEY), jnum(r.R), jnum(r.RP),
		jnum(r.DZ), jnum(r.DZCILow), jnum(r.DZCIHigh), jnum(r.GZ), jnum(r.GZCILow), jnum(r.GZCIHigh), jnum(r.DAv),
		nonNilWarnings(r.Warnings), warningCodesOf(r.Warnings),
	})
}

// UnmarshalJSON decodes what MarshalJSON writes: numbers, null as NaN, and
// the strings "Inf", "-Inf" and "NaN".
func (r *TTestResult) UnmarshalJSON(b []byte) error {
	var j resultJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*r = TTestResult{
		j.N, j.Dropped, float64(j.DF), float64(j.MeanDiff), float64(j.SDDiff), float64(j.SE), float64(j.T), float64(j.P),
		float64(j.CILow), float64(j.CIHigh), float64(j.ConfLevel), j.Alternative, float64(j.Mu),
		float64(j.MeanX), float64(j.MeanY), float64(j.SDX), float64(j.SDY), float64(j.SEX), float64(j.SEY),
		float64(j.R), float64(j.RP),
		float64(j.DZ), float64(j.DZCILow), float64(j.DZCIHigh), float64(j.GZ), float64(j.GZCILow), float64(j.GZCIHigh),
		float64(j.DAv), j.Warnings,
	}
	return nil
}

// writeOnlyCodes is the "warning_codes" list: encoded, ignored on decoding.
type writeOnlyCodes []WarningKind

// UnmarshalJSON ignores the codes.
func (*writeOnlyCodes) UnmarshalJSON([]byte) error { return nil }

// MarshalJSON encodes r with the keys of its field tags, followed by
// "warning_codes", the kinds of the warnings; Warnings is always an array.
func (r ChiSquareResult) MarshalJSON() ([]byte, error) {
	type plain ChiSquareResult
	p := plain(r)
	p.Warnings = nonNilWarnings(p.Warnings)
	return marshalNoEscape(struct {
		plain
		WarningCodes []WarningKind `json:"warning_codes"`
	}{p, warningCodesOf(r.Warnings)})
}

// MarshalJSON encodes r with the keys of its field tags, followed by
// "warning_codes", the kinds of the warnings; Warnings is always an array.
func (r McNemarExactResult) MarshalJSON() ([]byte, error) {
	type plain McNemarExactResult
	p := plain(r)
	p.Warnings = nonNilWarnings(p.Warnings)
	return marshalNoEscape(struct {
		plain
		WarningCodes []WarningKind `json:"warning_codes"`
	}{p, warningCodesOf(r.Warnings)})
}

// marshalNoEscape is json.Marshal without HTML escaping ("<" stays "<"),
// as an Encoder with SetEscapeHTML(false) writes a type without a
// MarshalJSON method: the result types that had none keep their bytes.
func marshalNoEscape(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
