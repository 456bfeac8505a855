package pairedt

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// CrossTable is the paired cross table of one categorical variable measured
// twice on the same subjects: Counts[i][j] is the number of subjects in
// category Levels[i] before (rows) and Levels[j] after (columns). The
// diagonal holds the subjects who did not change; above the diagonal (j > i)
// are those who moved to a later level.
type CrossTable struct {
	// Levels are the categories, in order, for both rows and columns.
	Levels []string `json:"levels"`
	// Counts is the k x k table; rows = before, columns = after.
	Counts [][]int `json:"counts"`
	// RowTotals[i] is the number of subjects in Levels[i] before (the
	// before margin); ColTotals[j] the number in Levels[j] after.
	RowTotals []int `json:"row_totals"`
	ColTotals []int `json:"col_totals"`
	// N is the number of complete pairs, the sum of Counts.
	N int `json:"n"`
	// Dropped is the number of pairs left out because the before or the
	// after value (or both) was missing.
	Dropped int `json:"dropped"`
}

// NewCrossTable builds a CrossTable from published or already tabulated
// counts (rows = before, columns = after) and computes the margins.
// Errors: invalid levels (ErrLevels, at most MaxLevels); counts that are not
// len(levels) x len(levels), contain a negative count or overflow int in
// total (ErrTable).
func NewCrossTable(levels []string, counts [][]int) (CrossTable, error) {
	if _, err := freqCheckLevels(levels, nil); err != nil {
		return CrossTable{}, err
	}
	k := len(levels)
	if len(counts) != k {
		return CrossTable{}, fmt.Errorf("%w: %d rows for %d levels", ErrTable, len(counts), k)
	}
	c := CrossTable{
		Levels:    append([]string(nil), levels...),
		Counts:    make([][]int, k),
		RowTotals: make([]int, k),
		ColTotals: make([]int, k),
	}
	for i, row := range counts {
		if len(row) != k {
			return CrossTable{}, fmt.Errorf("%w: row %d has %d columns for %d levels", ErrTable, i+1, len(row), k)
		}
		for j, v := range row {
			if v < 0 {
				return CrossTable{}, fmt.Errorf("%w: negative count %d in row %d, column %d", ErrTable, v, i+1, j+1)
			}
			if c.N > math.MaxInt-v {
				return CrossTable{}, fmt.Errorf("%w: total count overflows", ErrTable)
			}
			c.N += v
		}
		c.Counts[i] = append([]int(nil), row...)
	}
	for i := range k {
		for j := range k {
			c.RowTotals[i] += c.Counts[i][j]
			c.ColTotals[j] += c.Counts[i][j]
		}
	}
	return c, nil
}

// CrossTabulate pairs before[r] with after[r] and counts the pairs in a
// k x k table over the declared levels (rows = before, columns = after).
// A pair in which either value is missing (see FreqOptions) is left out and
// counted in Dropped, as R's complete.cases and SPSS's listwise deletion do.
// Errors: different lengths (ErrLength); invalid levels (ErrLevels, at most
// MaxLevels); a value that is neither a level nor missing (ErrUnknownLevel,
// naming the value, the side and the 1-based row). A table with no complete
// pair is returned without error (N = 0); the tests then report ErrTooFew.
func CrossTabulate(before, after, levels []string, o FreqOptions) (CrossTable, error) {
	if len(before) != len(after) {
		return CrossTable{}, fmt.Errorf("%w: %d before values, %d after values", ErrLength, len(before), len(after))
	}
	index, err := freqCheckLevels(levels, o.missingList())
	if err != nil {
		return CrossTable{}, err
	}
	k := len(levels)
	c := CrossTable{
		Levels:    append([]string(nil), levels...),
		Counts:    make([][]int, k),
		RowTotals: make([]int, k),
		ColTotals: make([]int, k),
	}
	cells := make([]int, k*k)
	for i := range k {
		c.Counts[i] = cells[i*k : (i+1)*k : (i+1)*k]
	}
	for r := range before {
		i, j := index.lookup(before[r]), index.lookup(after[r])
		if i >= 0 && j >= 0 {
			cells[i*k+j]++
			continue
		}
		if i == freqUnknown {
			return CrossTable{}, crosstabUnknown(before[r], "before", r, k)
		}
		if j == freqUnknown {
			return CrossTable{}, crosstabUnknown(after[r], "after", r, k)
		}
		c.Dropped++
	}
	for i := range k {
		for j := range k {
			n := cells[i*k+j]
			c.RowTotals[i] += n
			c.ColTotals[j] += n
			c.N += n
		}
	}
	return c, nil
}

func crosstabUnknown(v, side string, r, k int) error {
	return fmt.Errorf("%w: %s value %s in row %d is not one of the %d levels", ErrUnknownLevel, side, freqQuote(v), r+1, k)
}

// RowPercent returns 100 Counts[i][j] / RowTotals[i]: the percentage of the
// subjects in Levels[i] before who are in Levels[j] after. It is NaN when
// row i is empty. Indices out of range panic, as slice indexing does.
func (c CrossTable) RowPercent(i, j int) float64 {
	if c.RowTotals[i] == 0 {
		return math.NaN()
	}
	return 100 * float64(c.Counts[i][j]) / float64(c.RowTotals[i])
}

// ColPercent returns 100 Counts[i][j] / ColTotals[j]: the percentage of the
// subjects in Levels[j] after who were in Levels[i] before. It is NaN when
// column j is empty. Indices out of range panic.
func (c CrossTable) ColPercent(i, j int) float64 {
	if c.ColTotals[j] == 0 {
		return math.NaN()
	}
	return 100 * float64(c.Counts[i][j]) / float64(c.ColTotals[j])
}

// TotalPercent returns 100 Counts[i][j] / N, NaN when the table is empty.
// Indices out of range panic.
func (c CrossTable) TotalPercent(i, j int) float64 {
	if c.N == 0 {
		return math.NaN()
	}
	return 100 * float64(c.Counts[i][j]) / float64(c.N)
}

// crosstabScores returns the scores to use for k levels: 1..k when scores is
// nil, otherwise scores after checking that there are k of them, finite and
// strictly increasing (an ordinal scoring must keep the order of the
// levels; to reverse it, reverse the levels).
func crosstabScores(scores []float64, k int) ([]float64, error) {
	if scores == nil {
		s := make([]float64, k)
		for i := range s {
			s[i] = float64(i + 1)
		}
		return s, nil
	}
	if len(scores) != k {
		return nil, fmt.Errorf("%w: %d scores for %d levels", ErrScores, len(scores), k)
	}
	for i, s := range scores {
		if math.IsNaN(s) || math.IsInf(s, 0) {
			return nil, fmt.Errorf("%w: score %d is %v", ErrScores, i+1, s)
		}
		if i > 0 && !(s > scores[i-1]) {
			return nil, fmt.Errorf("%w: scores must increase strictly, score %d (%v) follows %v", ErrScores, i+1, s, scores[i-1])
		}
	}
	return scores, nil
}

// MaxScoredPairs is the largest number of pairs that Scored expands (2^26
// pairs take 1 GiB); larger tables give ErrTable.
const MaxScoredPairs = 1 << 26

// Scored expands the table into one (x, y) pair per subject, x the score of the
// before level and y of the after level, as a t-test or Wilcoxon test on
// category codes takes them. scores gives one finite, strictly increasing score
// per level; nil means 1..k. Pairs come in row-major cell order. Errors: bad
// scores (ErrScores); a malformed table, as one built by hand can be (Counts not
// k x k, a negative count, N or the margins not matching the counts: ErrTable,
// ErrLevels); more than MaxScoredPairs pairs (ErrTable).
func (c CrossTable) Scored(scores []float64) (x, y []float64, err error) {
	k := len(c.Levels)
	s, err := crosstabScores(scores, k)
	if err != nil {
		return nil, nil, err
	}
	if err := c.check(); err != nil {
		return nil, nil, err
	}
	if c.N > MaxScoredPairs {
		return nil, nil, fmt.Errorf("%w: %d pairs, Scored expands at most %d", ErrTable, c.N, MaxScoredPairs)
	}
	x = make([]float64, 0, c.N)
	y = make([]float64, 0, c.N)
	for i, row := range c.Counts {
		for j, n := range row {
			for range n {
				x = append(x, s[i])
				y = append(y, s[j])
			}
		}
	}
	return x, y, nil
}

// check verifies that c is a well-formed table (k x k, k >= 1, non-negative
// counts, N and the margins equal to their sums), so that tests on a hand-built CrossTable
// never index out of range.
func (c CrossTable) check() error {
	k := len(c.Levels)
	if k == 0 {
		return fmt.Errorf("%w: no levels", ErrLevels)
	}
	if k > MaxLevels {
		return fmt.Errorf("%w: %d levels, at most %d are supported", ErrLevels, k, MaxLevels)
	}
	if len(c.Counts) != k {
		return fmt.Errorf("%w: %d rows for %d levels", ErrTable, len(c.Counts), k)
	}
	n := 0
	for i, row := range c.Counts {
		if len(row) != k {
			return fmt.Errorf("%w: row %d has %d columns for %d levels", ErrTable, i+1, len(row), k)
		}
		for j, v := range row {
			if v < 0 {
				return fmt.Errorf("%w: negative count %d in row %d, column %d", ErrTable, v, i+1, j+1)
			}
			if n > math.MaxInt-v {
				return fmt.Errorf("%w: total count overflows", ErrTable)
			}
			n += v
		}
	}
	if n != c.N {
		return fmt.Errorf("%w: N is %d but the counts sum to %d", ErrTable, c.N, n)
	}
	if len(c.RowTotals) != k || len(c.ColTotals) != k {
		return fmt.Errorf("%w: %d row and %d column totals for %d levels", ErrTable, len(c.RowTotals), len(c.ColTotals), k)
	}
	for i := range k {
		r, s := 0, 0
		for j := range k {
			r += c.Counts[i][j]
			s += c.Counts[j][i]
		}
		if r != c.RowTotals[i] || s != c.ColTotals[i] {
			return fmt.Errorf("%w: margins of level %d do not match the counts (use NewCrossTable)", ErrTable, i+1)
		}
	}
	return nil
}

// Score maps category values to scores: values[r] equal to levels[i] becomes
// scores[i], a missing value (see FreqOptions) becomes NaN, which Test and
// the other numeric tests of this package treat as a dropped pair. scores
// nil means 1..k; otherwise one finite, strictly increasing score per level.
// Errors: invalid levels (ErrLevels), bad scores (ErrScores), a value that is
// neither a level nor missing (ErrUnknownLevel, naming the value and its
// 1-based row).
func Score(values, levels []string, scores []float64, o FreqOptions) ([]float64, error) {
	index, err := freqCheckLevels(levels, o.missingList())
	if err != nil {
		return nil, err
	}
	s, err := crosstabScores(scores, len(levels))
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(values))
	for r, v := range values {
		switch i := index.lookup(v); i {
		case freqMissing:
			out[r] = math.NaN()
			continue
		case freqUnknown:
		default:
			out[r] = s[i]
			continue
		}
		return nil, fmt.Errorf("%w: value %s in row %d is not one of the %d levels", ErrUnknownLevel, freqQuote(v), r+1, len(levels))
	}
	return out, nil
}

// String renders the table as fixed-width text in the layout of an SPSS
// crosstabulation: before levels down, after levels across, with row and
// column totals, then a line with the number of pairs dropped when there
// are any. Labels are escaped as in FreqTable.String. A malformed table
// (see Scored) renders as a one-line description of the problem.
func (c CrossTable) String() string {
	if err := c.check(); err != nil {
		return "invalid cross table: " + err.Error() + "\n"
	}
	k := len(c.Levels)
	labels := make([]string, k)
	w := len("before \\ after")
	for i, l := range c.Levels {
		labels[i] = freqLabel(l)
		w = max(w, utf8.RuneCountInString(labels[i]))
	}
	cw := make([]int, k+1) // column widths
	for j := range k {
		cw[j] = max(utf8.RuneCountInString(labels[j]), len(strconv.Itoa(c.ColTotals[j])))
		for i := range k {
			cw[j] = max(cw[j], len(strconv.Itoa(c.Counts[i][j])))
		}
	}
	cw[k] = max(len("Total"), len(strconv.Itoa(c.N)))
	var b strings.Builder
	line := func(head string, cells []string) {
		var l strings.Builder
		l.WriteString(freqPad(head, w))
		for j, s := range cells {
			l.WriteString("  ")
			l.WriteString(strings.Repeat(" ", max(0, cw[j]-utf8.RuneCountInString(s))))
			l.WriteString(s)
		}
		b.WriteString(strings.TrimRight(l.String(), " "))
		b.WriteByte('\n')
	}
	head := append(append([]string(nil), labels...), "Total")
	line("before \\ after", head)
	cells := make([]string, k+1)
	for i := range k {
		for j := range k {
			cells[j] = strconv.Itoa(c.Counts[i][j])
		}
		cells[k] = strconv.Itoa(c.RowTotals[i])
		line(labels[i], cells)
	}
	for j := range k {
		cells[j] = strconv.Itoa(c.ColTotals[j])
	}
	cells[k] = strconv.Itoa(c.N)
	line("Total", cells)
	if c.Dropped > 0 {
		fmt.Fprintf(&b, "%d %s dropped because a value was missing\n", c.Dropped, rankPlural(c.Dropped, "pair", "pairs"))
	}
	return b.String()
}
