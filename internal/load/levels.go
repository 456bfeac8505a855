package load

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/dataset"
	"github.com/pairedt/pairedt/internal/csvin"
	"github.com/pairedt/pairedt/pairedt"
)

// Category errors.
var (
	// ErrAmbiguousLevel: a level's label is also the code of another level.
	ErrAmbiguousLevel = errors.New("a label is also the code of another level")
	// ErrNotCategory: without Levels, a value that is not a category code
	// (a text cell, or a number with a fractional part).
	ErrNotCategory = errors.New("not a category code")
)

// ManyLevels is the number of distinct numeric values above which reading
// categories without Levels adds a note that the values may not be
// categories.
const ManyLevels = 10

// levelMap maps cell values (labels or codes) to levels.
//
// Numeric labels (Levels 0,1,2 without Codes) are their own codes: a cell
// is read as a number and must equal one of them (2.0 is 2), so a stray 3
// is an unknown level rather than the third level, and numbers score as
// themselves unless Scores are given. Otherwise a cell is a label or a code
// (1..k, or Codes); a label that is also the code of another level is
// refused, since a cell holding it could mean either.
type levelMap struct {
	levels  []string
	codes   []string
	byLabel map[string]int
	byCode  map[string]int
	values  []float64 // numeric levels: the value of each; nil otherwise
	byValue map[float64]int
}

func (s *Spec) newLevelMap(levels, codes []string, missing []string) (*levelMap, error) {
	if len(levels) > pairedt.MaxLevels {
		return nil, specErrorf("%s: %d levels, at most %d", s.key("levels"), len(levels), pairedt.MaxLevels)
	}
	lm := &levelMap{levels: levels, byLabel: map[string]int{}, byCode: map[string]int{}}
	if codes == nil {
		if vals, ok := numericLabels(levels); ok {
			lm.values, lm.byValue = vals, map[float64]int{}
			for i, v := range vals {
				if j, dup := lm.byValue[v]; dup {
					return nil, specErrorf("%s: %s and %s are the same number", s.key("levels"), csvin.Quote(levels[j]), csvin.Quote(levels[i]))
				}
				lm.byValue[v] = i
			}
			codes = levels
		} else {
			codes = make([]string, len(levels))
			for i := range codes {
				codes[i] = strconv.Itoa(i + 1)
			}
		}
	}
	if len(codes) != len(levels) {
		return nil, specErrorf("%s has %d items, %s has %d", s.key("codes"), len(codes), s.key("levels"), len(levels))
	}
	lm.codes = codes
	for i, l := range levels {
		if _, dup := lm.byLabel[l]; dup {
			return nil, specErrorf("%s: %s appears twice", s.key("levels"), csvin.Quote(l))
		}
		if slices.Contains(missing, l) {
			return nil, specErrorf("%s: %s is also a missing-value marker (see %s)", s.key("levels"), csvin.Quote(l), s.key("missing"))
		}
		lm.byLabel[l] = i
	}
	for i, c := range codes {
		if _, dup := lm.byCode[c]; dup {
			return nil, specErrorf("%s: %s appears twice", s.key("codes"), csvin.Quote(c))
		}
		lm.byCode[c] = i
	}
	for i, l := range levels {
		if j, ok := lm.byCode[l]; ok && j != i {
			return nil, specErrorf("%s: %w: %s is level %d and the code of level %d (%s), so a cell %s could mean either; refused rather than guessed: give %s that are not labels, or labels that are not codes",
				s.key("levels"), ErrAmbiguousLevel, csvin.Quote(l), i+1, j+1, csvin.Quote(levels[j]), csvin.Quote(l), s.key("codes"))
		}
	}
	return lm, nil
}

// numericLabels reports whether every label is a finite number, and their
// values.
func numericLabels(levels []string) ([]float64, bool) {
	vals := make([]float64, len(levels))
	for i, l := range levels {
		v, err := strconv.ParseFloat(strings.Replace(l, "\u2212", "-", 1), 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, false
		}
		vals[i] = v
	}
	return vals, len(levels) > 0
}

// level returns the index of the level a cell stands for.
func (lm *levelMap) level(rd Rows, col int) (int, bool) {
	s := rd.String(col)
	if lm.values != nil {
		if i, ok := lm.byLabel[s]; ok {
			return i, true
		}
		v, err := rd.Float(col)
		if err != nil {
			return 0, false
		}
		i, ok := lm.byValue[v]
		return i, ok
	}
	if i, ok := lm.byLabel[s]; ok {
		return i, true
	}
	i, ok := lm.byCode[s]
	return i, ok
}

func (lm *levelMap) describe() string {
	parts := make([]string, len(lm.levels))
	for i, l := range lm.levels {
		parts[i] = lm.codes[i] + " = " + csvin.Quote(l)
	}
	s := "levels: " + strings.Join(parts, ", ")
	if lm.values != nil && slices.Equal(lm.codes, lm.levels) {
		s = "numeric levels: " + strings.Join(lm.levels, ", ")
	}
	if len(s) > 300 {
		s = s[:300] + "..."
	}
	return s
}

// Categories are the two occasions of an ordinal outcome: each subject's
// level ("" when missing), the levels in order and their scores.
type Categories struct {
	Before, After []string
	Levels        []string
	Scores        []float64 // nil: 1..k
}

// ReadCategories reads the two occasions of p as the ordered categories of
// s: its Levels (and Codes), or the value labels of an SPSS variable, or
// else the whole numbers found, in numeric order.
func ReadCategories(src *Source, p *Plan, s *Spec) (*Categories, error) {
	rd := src.Rows
	missing := s.Missing
	if missing == nil {
		missing = csvin.DefaultMissing
	}
	var lm *levelMap
	if s.Levels != nil {
		var err error
		if lm, err = s.newLevelMap(s.Levels, s.Codes, missing); err != nil {
			return nil, err
		}
	} else if s.Codes != nil {
		return nil, specErrorf("%s needs %s", s.key("codes"), s.key("levels"))
	}
	if lm == nil && src.Vars != nil {
		var err error
		if lm, err = valueLabelLevels(src, p, s); err != nil {
			return nil, err
		}
	}
	// get returns the level label of a cell, "" for missing.
	get := func(col int) (string, error) {
		if rd.IsMissing(col) {
			return "", nil
		}
		if lm == nil {
			// Numbers without levels: the canonical form of the value,
			// so that 2 and 2.0 are one category.
			v, err := rd.Float(col)
			if err != nil {
				return "", &specError{rd.Errorf(col, ErrNotCategory, "a text category: give the levels in order with "+s.key("levels"))}
			}
			if v != math.Trunc(v) {
				return "", rd.Errorf(col, ErrNotCategory, "a measurement with a fractional part, not a category: for a numeric outcome use pairedt test; for categories give "+s.key("levels"))
			}
			return strconv.FormatFloat(v, 'g', -1, 64), nil
		}
		if i, ok := lm.level(rd, col); ok {
			return lm.levels[i], nil
		}
		return "", rd.Errorf(col, pairedt.ErrUnknownLevel, lm.describe())
	}
	c := &Categories{}
	err := ReadPairs(src, p, get, func(x, y string) {
		c.Before = append(c.Before, x)
		c.After = append(c.After, y)
	})
	if err != nil {
		return nil, err
	}
	if lm == nil {
		levels, err := inferLevels(src.Name, s, c.Before, c.After)
		if err != nil {
			return nil, err
		}
		if lm, err = s.newLevelMap(levels, nil, missing); err != nil {
			return nil, err
		}
		if len(levels) > ManyLevels {
			src.Notes = append(src.Notes, Note{Kind: NoteManyLevels, File: src.Name, N: len(levels)})
		}
	}
	scores := s.Scores
	if scores != nil && len(scores) != len(lm.levels) {
		return nil, specErrorf("%s has %d items, there are %d levels", s.key("scores"), len(scores), len(lm.levels))
	}
	if scores == nil && lm.values != nil {
		// Numbers keep their values: the signed tests and the t-test
		// see the data as t.test would.
		for i := 1; i < len(lm.values); i++ {
			if !(lm.values[i] > lm.values[i-1]) {
				return nil, specErrorf("%s %s: numeric levels score as their values, which must increase in the order given (%s follows %s); give %s to score them otherwise",
					s.key("levels"), strings.Join(lm.levels, ","), lm.levels[i], lm.levels[i-1], s.key("scores"))
			}
		}
		scores = lm.values
	}
	c.Levels, c.Scores = lm.levels, scores
	return c, nil
}

// valueLabelLevels returns the levels an SPSS file's value labels give the
// outcome (the labelled codes that are not declared missing, in numeric
// order of the codes, scored by the codes), or nil when there are none.
func valueLabelLevels(src *Source, p *Plan, s *Spec) (*levelMap, error) {
	cols := []int{p.Before, p.After}
	if p.Layout == Long {
		cols = []int{p.Value}
	}
	var levels []dataset.ValueLabel
	var from string
	for _, i := range cols {
		c := src.Variable(i)
		if c == nil || c.Kind != dataset.Numeric {
			continue
		}
		lv := c.Levels()
		if len(lv) == 0 {
			continue
		}
		if levels == nil {
			levels, from = lv, c.Name
			continue
		}
		if !slices.Equal(lv, levels) {
			return nil, fmt.Errorf("%s: %w: variables %s and %s have different value labels; give the levels with %s",
				src.Name, pairedt.ErrLevels, csvin.Quote(from), csvin.Quote(c.Name), s.key("levels"))
		}
	}
	if levels == nil {
		return nil, nil
	}
	if len(levels) > pairedt.MaxLevels {
		return nil, fmt.Errorf("%s: %w: variable %s has %d value labels, at most %d", src.Name, pairedt.ErrLevels, csvin.Quote(from), len(levels), pairedt.MaxLevels)
	}
	lm := &levelMap{byLabel: map[string]int{}, byCode: map[string]int{}, byValue: map[float64]int{}}
	for i, l := range levels {
		if j, dup := lm.byLabel[l.Label]; dup {
			return nil, fmt.Errorf("%s: %w: variable %s labels %s and %s both %s", src.Name, pairedt.ErrLevels, csvin.Quote(from),
				strconv.FormatFloat(levels[j].Value, 'g', -1, 64), strconv.FormatFloat(l.Value, 'g', -1, 64), csvin.Quote(l.Label))
		}
		code := strconv.FormatFloat(l.Value, 'g', -1, 64)
		lm.levels = append(lm.levels, l.Label)
		lm.codes = append(lm.codes, code)
		lm.values = append(lm.values, l.Value)
		lm.byLabel[l.Label] = i
		lm.byCode[code] = i
		lm.byValue[l.Value] = i
	}
	return lm, nil
}

// HasValueLabels reports whether the outcome of p in src (an SPSS file)
// has value labels, which make it ordered categories as Levels would.
func HasValueLabels(src *Source, p *Plan) bool {
	for _, i := range []int{p.Before, p.After, p.Value} {
		if c := src.Variable(i); c != nil && c.Kind == dataset.Numeric && len(c.Levels()) > 0 {
			return true
		}
	}
	return false
}

// inferLevels takes the distinct values as levels when all are numbers,
// in numeric order; otherwise the order cannot be guessed.
func inferLevels(name string, s *Spec, before, after []string) ([]string, error) {
	seen := map[string]float64{}
	var levels []string
	for _, v := range slices.Concat(before, after) {
		if v == "" {
			continue
		}
		if _, ok := seen[v]; ok {
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, specErrorf("%s: category %s is not a number: give the levels in order with %s", name, csvin.Quote(v), s.key("levels"))
		}
		if f != math.Trunc(f) {
			return nil, fmt.Errorf("%s: %w: %s has a fractional part, so these are measurements, not categories: for a numeric outcome use pairedt test; for categories give %s", name, ErrNotCategory, v, s.key("levels"))
		}
		seen[v] = f
		levels = append(levels, v)
		if len(levels) > pairedt.MaxLevels {
			return nil, fmt.Errorf("%s: %w: more than %d distinct values; is this a numeric column? (use pairedt test)", name, pairedt.ErrLevels, pairedt.MaxLevels)
		}
	}
	if len(levels) == 0 {
		return nil, fmt.Errorf("%s: %w: every value is missing", name, pairedt.ErrTooFew)
	}
	slices.SortFunc(levels, func(a, b string) int {
		if c := cmp.Compare(seen[a], seen[b]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return levels, nil
}
