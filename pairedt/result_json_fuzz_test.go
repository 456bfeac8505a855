package pairedt

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// FuzzResultJSON: a Result from Test (or OneSample) on fuzzed data, and a
// Result whose numbers are arbitrary bit patterns, marshal to JSON in which
// +Inf is "Inf", -Inf is "-Inf" and NaN is null, and unmarshal back to the
// same numbers bit for bit (shortest round-trip formatting), the same
// alternative and warnings.
func FuzzResultJSON(f *testing.F) {
	f.Add([]byte{1, 2, 3, 5, 7, 4, 0, 9}, uint8(0), 0.0, 0.95, []byte{})
	f.Add([]byte{1, 2, 3, 5, 7, 4, 0, 9}, uint8(1), 0.5, 0.9, []byte{0, 0, 0, 0, 0, 0, 0xf0, 0x7f})
	f.Add([]byte{9, 2, 3, 5, 7, 4, 0, 9, 1, 1}, uint8(6), -2.0, 0.99, []byte{1, 0, 0, 0, 0, 0, 0xf8, 0x7f, 0, 0, 0, 0, 0, 0, 0xf0, 0xff})
	f.Fuzz(func(t *testing.T, data []byte, mode uint8, mu, level float64, bits []byte) {
		x, y := fuzzExactPairs(data, 0, int8(mode>>3), false)
		o := Options{Alternative: Alternative(mode % 3), Mu: mu, ConfLevel: level}
		var r TTestResult
		var err error
		if mode&4 != 0 {
			r, err = OneSample(x, o)
		} else {
			r, err = Test(x, y, o)
		}
		if err != nil {
			if fuzzErrKind(err) == "" || strings.HasPrefix(fuzzErrKind(err), "no sentinel") {
				t.Fatalf("error without a sentinel: %v", err)
			}
			r = TTestResult{Alternative: Alternative(mode % 3), Warnings: []Warning{{Kind: WarnOther, Labels: []string{"w \"\u00e9\"\n"}}}}
		}
		// Overwrite the numbers with arbitrary bit patterns from bits.
		v := floatsFromBytes(bits)
		for i, k := range resultKeys[2:] {
			if i < len(v) {
				fuzzSetField(&r, k, v[i])
			}
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("marshal %+v: %v", r, err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("invalid JSON %s: %v", b, err)
		}
		for _, k := range append(resultKeys[2:], "conf_level", "mu") {
			val, fv := m[k], fuzzGetField(&r, k)
			switch {
			case math.IsNaN(fv):
				if val != nil {
					t.Fatalf("%s: NaN encoded as %#v", k, val)
				}
			case math.IsInf(fv, 1):
				if val != "Inf" {
					t.Fatalf("%s: +Inf encoded as %#v", k, val)
				}
			case math.IsInf(fv, -1):
				if val != "-Inf" {
					t.Fatalf("%s: -Inf encoded as %#v", k, val)
				}
			default:
				if g, ok := val.(float64); !ok || g != fv {
					t.Fatalf("%s: %v encoded as %#v", k, fv, val)
				}
			}
		}
		if m["alternative"] != r.Alternative.String() {
			t.Fatalf("alternative %v encoded as %#v", r.Alternative, m["alternative"])
		}
		var back TTestResult
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("unmarshal %s: %v", b, err)
		}
		if back.N != r.N || back.Dropped != r.Dropped || back.Alternative != r.Alternative {
			t.Fatalf("round trip changed n/dropped/alternative: %+v -> %+v", r, back)
		}
		for _, k := range append(resultKeys[2:], "conf_level", "mu") {
			if got, want := fuzzGetField(&back, k), fuzzGetField(&r, k); !fuzzFloatBits(got, want) {
				t.Fatalf("%s: %v came back as %v (JSON %s)", k, want, got, b)
			}
		}
		if strings.Join(texts(back.Warnings), "\x00") != strings.Join(texts(r.Warnings), "\x00") {
			t.Fatalf("warnings %q came back as %q", r.Warnings, back.Warnings)
		}
	})
}

// fuzzSetField sets the number with JSON key k in r.
func fuzzSetField(r *TTestResult, k string, v float64) { *fuzzFieldPtr(r, k) = v }

// fuzzGetField reads the number with JSON key k from the struct itself.
func fuzzGetField(r *TTestResult, k string) float64 { return *fuzzFieldPtr(r, k) }

func fuzzFieldPtr(r *TTestResult, k string) *float64 {
	return map[string]*float64{"df": &r.DF, "mean_diff": &r.MeanDiff, "sd_diff": &r.SDDiff, "se": &r.SE, "t": &r.T, "p": &r.P,
		"ci_low": &r.CILow, "ci_high": &r.CIHigh, "mean_x": &r.MeanX, "mean_y": &r.MeanY, "sd_x": &r.SDX, "sd_y": &r.SDY,
		"se_x": &r.SEX, "se_y": &r.SEY, "r": &r.R, "r_p": &r.RP, "d_z": &r.DZ, "d_z_ci_low": &r.DZCILow,
		"d_z_ci_high": &r.DZCIHigh, "g_z": &r.GZ, "g_z_ci_low": &r.GZCILow, "g_z_ci_high": &r.GZCIHigh, "d_av": &r.DAv,
		"conf_level": &r.ConfLevel, "mu": &r.Mu}[k]
}
