package load

import (
	"errors"
	"fmt"
	"strings"
)

// Spec says where the pairs are in a table and how to read its cells.
type Spec struct {
	// Wide format: Before and After are column names. Long format (ID,
	// Time and Value all set): Before and After are the two values of the
	// Time column that mark the occasions. ID alone in wide format checks
	// that the ids are unique.
	Before, After   string
	ID, Time, Value string

	// Ordered categories: Levels in order (labels or numbers). A cell holds
	// a level's label or its code: Codes, default 1..k; numeric Levels
	// are their own codes. Scores default to 1..k, or to the values of
	// numeric levels. Categorical without Levels takes the whole numbers
	// found as the levels, in numeric order. A column with value labels
	// (SPSS) is read as categories even without Levels: its labelled
	// codes are the levels. Otherwise the outcome is numeric.
	Levels, Codes []string
	Scores        []float64
	Categorical   bool

	// Missing lists the cell values that mean missing; nil means "",
	// "NA" and "."; a non-nil empty slice means none. It applies to CSV
	// and xlsx input (SPSS files declare their own).
	Missing []string
	// Where, "COL=VALUE", keeps only the rows whose COL holds VALUE (its
	// text, or for an SPSS variable the value label of its code).
	Where string
	// Sheet selects an xlsx sheet by name or 1-based index; "" the only
	// sheet with data.
	Sheet string
	// Sep and Decimal are the CSV field separator (',', ';', '\t') and
	// decimal mark ('.', ','); 0 detects them.
	Sep, Decimal byte

	// Flags makes messages name the options as the command line's flags
	// ("--levels") rather than as a manuscript header's keys ("levels").
	Flags bool
}

// ErrSpec marks a Spec that cannot be applied to a file (errors.Is).
var ErrSpec = errors.New("bad specification")

// specError is an error in a Spec: it reads as its message alone and
// matches ErrSpec.
type specError struct{ err error }

func (e *specError) Error() string        { return e.err.Error() }
func (e *specError) Unwrap() error        { return e.err }
func (e *specError) Is(target error) bool { return target == ErrSpec }

func specErrorf(format string, args ...any) error {
	return &specError{fmt.Errorf(format, args...)}
}

// key names option k ("levels") in messages: "--levels" for the command
// line.
func (s *Spec) key(k string) string {
	if s.Flags {
		return "--" + k
	}
	return k
}

// Layout is how subjects are laid out in a file.
type Layout int

const (
	Wide Layout = iota // one row per subject; Before and After are columns
	Long               // one row per subject and occasion
)

// Layout checks the combination of the pairing fields and returns the
// layout they describe.
func (s *Spec) Layout() (Layout, error) {
	if s.Time != "" || s.Value != "" {
		var missing []string
		for _, f := range []struct{ k, v string }{{"id", s.ID}, {"time", s.Time}, {"value", s.Value}, {"before", s.Before}, {"after", s.After}} {
			if f.v == "" {
				missing = append(missing, s.key(f.k))
			}
		}
		if len(missing) > 0 {
			return 0, specErrorf("long format needs %s, %s, %s, %s and %s (the two values of %s); missing %s",
				s.key("id"), s.key("time"), s.key("value"), s.key("before"), s.key("after"), s.key("time"), strings.Join(missing, ", "))
		}
		if s.Before == s.After {
			return 0, specErrorf("%s and %s name the same occasion %q", s.key("before"), s.key("after"), s.Before)
		}
		return Long, nil
	}
	if s.Before == "" || s.After == "" {
		if s.Flags {
			return 0, specErrorf("need --before COLUMN and --after COLUMN (or long format: --id, --time, --value)")
		}
		return 0, specErrorf("need before and after (two columns), or long format: id, time, value, before and after")
	}
	return Wide, nil
}
