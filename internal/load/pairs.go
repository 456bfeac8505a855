package load

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/pairedt/pairedt/dataset"
	"github.com/pairedt/pairedt/internal/csvin"
	"github.com/pairedt/pairedt/internal/i18n"
)

// Pairing errors. Each is wrapped in a *csvin.Error naming the file, line
// and column, or listed by id.
var (
	ErrDuplicateID = errors.New("duplicate subject id")
	ErrMissingID   = errors.New("missing subject id")
	ErrOccasion    = errors.New("unknown occasion")
	// ErrNoMatch: Where matched no row.
	ErrNoMatch = errors.New("matches no row")
)

// Plan is a Spec resolved against a file's header: the column indexes.
type Plan struct {
	Layout                Layout
	Before, After         int // wide: value columns; -1 in long format
	ID, Time, Value       int // -1 when absent
	BeforeTag, AfterTag   string
	BeforeName, AfterName string // for messages: the columns, or "VALUE at TAG"
	where                 *whereFilter
	spec                  *Spec
}

// whereFilter is Spec.Where: only the rows whose column holds the value (its
// text, or for an SPSS variable the value label of its code) are read.
type whereFilter struct {
	name, value string
	col         int
	matched     int
	seen        []string // distinct values, for the error when none matches
}

func (w *whereFilter) seenList() string {
	q := make([]string, len(w.seen))
	for i, s := range w.seen {
		q[i] = csvin.Quote(s)
	}
	list := strings.Join(q, ", ")
	if len(w.seen) == maxSeen {
		list += ", ..."
	}
	if list == "" {
		list = "no value"
	}
	return list
}

const maxSeen = 10

// keep reports whether the current row passes the filter.
func (p *Plan) keep(src *Source) bool {
	w := p.where
	if w == nil {
		return true
	}
	s := src.Rows.String(w.col)
	ok := s == w.value
	label := ""
	if c := src.Variable(w.col); c != nil && s != "" {
		if c.Kind == dataset.Numeric {
			if v, err := strconv.ParseFloat(s, 64); err == nil {
				label, _ = c.LabelOf(v)
			}
		} else {
			for _, vl := range c.ValueLabels {
				if vl.Text == s {
					label = vl.Label
				}
			}
		}
		ok = ok || (label != "" && label == w.value)
	}
	if ok {
		w.matched++
		return true
	}
	if len(w.seen) < maxSeen {
		show := s
		if label != "" {
			show = s + " (" + label + ")"
		}
		if !slices.Contains(w.seen, show) {
			w.seen = append(w.seen, show)
		}
	}
	return false
}

// Resolve finds the columns s names in src.
func Resolve(src *Source, s *Spec) (*Plan, error) {
	lay, err := s.Layout()
	if err != nil {
		return nil, err
	}
	p := &Plan{Layout: lay, ID: -1, Time: -1, Value: -1, Before: -1, After: -1, spec: s}
	col := func(name string) int {
		if err != nil {
			return -1
		}
		var i int
		i, err = src.Rows.Column(name)
		return i
	}
	if s.ID != "" {
		p.ID = col(s.ID)
	}
	if s.Where != "" {
		name, value, ok := strings.Cut(s.Where, "=")
		name, value = strings.TrimSpace(name), strings.TrimSpace(value)
		if !ok || name == "" {
			return nil, specErrorf("%s %q: want COLUMN=VALUE", s.key("where"), s.Where)
		}
		p.where = &whereFilter{name: name, value: value, col: col(name)}
	}
	switch lay {
	case Wide:
		p.Before = col(s.Before)
		p.After = col(s.After)
		p.BeforeName, p.AfterName = s.Before, s.After
		if err == nil && p.Before == p.After {
			return nil, specErrorf("%s and %s name the same column %q", s.key("before"), s.key("after"), s.Before)
		}
	case Long:
		p.Time = col(s.Time)
		p.Value = col(s.Value)
		p.BeforeTag, p.AfterTag = strings.TrimSpace(s.Before), strings.TrimSpace(s.After)
		p.BeforeName, p.AfterName = s.Value+" at "+s.Before, s.Value+" at "+s.After
	}
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Swap exchanges the two occasions, for a streaming t-test of d = after -
// before, which has no Study to take the direction. Everything else keeps
// the occasions in time order and passes the direction to the library
// (pairedt.StudyOptions).
func (p *Plan) Swap() {
	p.Before, p.After = p.After, p.Before
	p.BeforeTag, p.AfterTag = p.AfterTag, p.BeforeTag
	p.BeforeName, p.AfterName = p.AfterName, p.BeforeName
}

// ReadPairs reads every subject's (before, after) pair of src as get reads
// a cell, and hands it to emit. Wide format without an id column streams;
// with one it also keeps the set of ids seen; long format keeps each
// subject until both rows have been seen and emits the pairs in the order
// of each subject's first row (a subject seen at one occasion only is
// emitted with the other missing, and noted). Notes go to src.Notes.
func ReadPairs[T any](src *Source, p *Plan, get func(col int) (T, error), emit func(x, y T)) error {
	rd := src.Rows
	switch {
	case p.Layout == Wide:
		var seen map[string]int // with an id column: the line of each id
		if p.ID >= 0 {
			seen = make(map[string]int)
		}
		for rd.Next() {
			if !p.keep(src) {
				continue
			}
			if seen != nil {
				id, err := subjectID(rd, p.ID)
				if err != nil {
					return err
				}
				if first, dup := seen[id]; dup {
					return rd.Errorf(p.ID, ErrDuplicateID, fmt.Sprintf("the same id is on line %d; wide format has one row per subject", first))
				}
				seen[id] = rd.Line()
			}
			x, err := get(p.Before)
			if err != nil {
				return err
			}
			y, err := get(p.After)
			if err != nil {
				return err
			}
			emit(x, y)
		}
	default:
		if err := readLong(src, p, get, emit); err != nil {
			return err
		}
	}
	if err := rd.Err(); err != nil {
		return err
	}
	if rd.Rows() == 0 {
		return &csvin.Error{File: src.Name, Line: 1, Err: csvin.ErrNoRows}
	}
	src.underflowNote()
	if p.where != nil {
		w := p.where
		if w.matched == 0 {
			return fmt.Errorf("%s: %s %w: no row has %s = %s; the column holds %s", src.Name, p.spec.key("where"), ErrNoMatch, csvin.Quote(w.name), csvin.Quote(w.value), w.seenList())
		}
		src.Notes = append(src.Notes, Note{Kind: NoteFiltered, File: src.Name, N: w.matched, Of: rd.Rows(), Column: w.name, QuotedValue: csvin.Quote(w.value), Key: p.spec.key("where")})
	}
	return nil
}

// underflowNote adds a note when numbers were read as 0 because they are
// below the float64 range (1e-400): the count and the first one's line and
// column. It adds it once.
func (src *Source) underflowNote() {
	u, ok := src.Rows.(interface{ Underflows() (int, *csvin.Error) })
	if !ok {
		return
	}
	n, first := u.Underflows()
	if n == 0 || first == nil {
		return
	}
	for _, have := range src.Notes {
		if have.Kind == NoteUnderflows {
			return
		}
	}
	src.Notes = append(src.Notes, Note{Kind: NoteUnderflows, N: n, Place: first.Error()})
}

func subjectID(rd Rows, col int) (string, error) {
	if rd.IsMissing(col) {
		return "", rd.Errorf(col, ErrMissingID, "every row needs a subject id")
	}
	return rd.String(col), nil
}

type pending[T any] struct {
	x, y         T
	lineX, lineY int
}

func readLong[T any](src *Source, p *Plan, get func(col int) (T, error), emit func(x, y T)) error {
	rd := src.Rows
	subjects := make(map[string]*pending[T])
	var order []string
	for rd.Next() {
		if !p.keep(src) {
			continue
		}
		id, err := subjectID(rd, p.ID)
		if err != nil {
			return err
		}
		tag := rd.String(p.Time)
		var before bool
		switch tag {
		case p.BeforeTag:
			before = true
		case p.AfterTag:
		default:
			return rd.Errorf(p.Time, ErrOccasion, fmt.Sprintf("want %s (%s) or %s (%s)",
				csvin.Quote(p.BeforeTag), p.spec.key("before"), csvin.Quote(p.AfterTag), p.spec.key("after")))
		}
		v, err := get(p.Value)
		if err != nil {
			return err
		}
		q := subjects[id]
		if q == nil {
			q = &pending[T]{}
			subjects[id] = q
			order = append(order, id)
		}
		line := &q.lineY
		if before {
			line = &q.lineX
		}
		if *line != 0 {
			return rd.Errorf(p.ID, ErrDuplicateID, fmt.Sprintf("subject %s already has a %s row on line %d",
				csvin.Quote(id), csvin.Quote(tag), *line))
		}
		*line = rd.Line()
		if before {
			q.x = v
		} else {
			q.y = v
		}
	}
	if err := rd.Err(); err != nil {
		return err
	}
	var unmatched []i18n.Dropout
	n := 0
	for _, id := range order {
		q := subjects[id]
		switch {
		case q.lineX == 0:
			n++
			if len(unmatched) < 10 {
				unmatched = append(unmatched, i18n.Dropout{QuotedID: csvin.Quote(id), Line: q.lineY, QuotedMissing: csvin.Quote(p.BeforeTag)})
			}
		case q.lineY == 0:
			n++
			if len(unmatched) < 10 {
				unmatched = append(unmatched, i18n.Dropout{QuotedID: csvin.Quote(id), Line: q.lineX, QuotedMissing: csvin.Quote(p.AfterTag)})
			}
		}
	}
	if n > 0 {
		// A subject seen at one occasion only is dropped and counted, as
		// a wide row with a missing value is (and as R's t.test drops the
		// NA pair): dropouts are the normal case.
		src.Notes = append(src.Notes, Note{Kind: NoteDropouts, File: src.Name, N: n, Dropouts: unmatched})
	}
	miss := missingValue[T]()
	for _, id := range order {
		q := subjects[id]
		switch {
		case q.lineX == 0:
			emit(miss, q.y)
		case q.lineY == 0:
			emit(q.x, miss)
		default:
			emit(q.x, q.y)
		}
	}
	return nil
}

// missingValue is the value of T that stands for a missing one: NaN for
// numbers, "" for categories.
func missingValue[T any]() T {
	var v T
	if f, ok := any(&v).(*float64); ok {
		*f = math.NaN()
	}
	return v
}
