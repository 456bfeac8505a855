package audit

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/pairedt/pairedt/internal/i18n"
)

// counts reads the counts with percentages of one sentence, and the
// percentages without a count that name an occasion (before or after).
func (s *scanner) counts(sent string, off, si int) (items, pcts []countItem) {
	if !strings.Contains(sent, "%") {
		return nil, nil
	}
	type cue struct {
		at   int
		role string
	}
	var cues []cue
	for _, m := range sBefore.FindAllStringIndex(sent, -1) {
		cues = append(cues, cue{m[0], "before"})
	}
	for _, m := range sAfter.FindAllStringIndex(sent, -1) {
		cues = append(cues, cue{m[0], "after"})
	}
	sort.Slice(cues, func(i, j int) bool { return cues[i].at < cues[j].at })
	roleAt := func(at int) string {
		role := ""
		for _, c := range cues {
			if c.at < at {
				role = c.role
			}
		}
		return role
	}
	var spans []span
	for _, m := range sCount.FindAllStringSubmatchIndex(sent, -1) {
		count, err := strconv.Atoi(sent[m[2]:m[3]])
		if err != nil {
			continue
		}
		pct := sent[m[6]:m[7]]
		pn, err := ParseNumber(pct)
		if err != nil || pn.Value > 100 {
			continue
		}
		it := countItem{count: count, pct: s.origText(off+m[6], off+m[7]), hasCount: true, start: off + m[2], end: off + m[1], sentence: si, role: roleAt(m[2])}
		if m[4] >= 0 {
			it.total, _ = strconv.Atoi(sent[m[4]:m[5]])
		}
		spans = append(spans, span{m[2], m[1]})
		items = append(items, it)
	}
	for _, m := range sPct.FindAllStringSubmatchIndex(sent, -1) {
		in := false
		for _, sp := range spans {
			if m[2] < sp.b && sp.a < m[3] {
				in = true
			}
		}
		if pn, err := ParseNumber(sent[m[2]:m[3]]); in || err != nil || pn.Value > 100 {
			continue
		}
		role := roleAt(m[2])
		if role == "" {
			continue
		}
		pcts = append(pcts, countItem{pct: s.origText(off+m[2], off+m[3]), start: off + m[2], end: off + m[1], sentence: si, role: role})
	}
	// Totals stated in the sentence: "dari 23 responden", "of 23 mothers".
	var totals []int
	var totalAt []int
	for _, m := range sTotal.FindAllStringSubmatchIndex(sent, -1) {
		in := false
		for _, sp := range spans {
			if m[2] >= sp.a && m[2] < sp.b {
				in = true
			}
		}
		if v, err := strconv.Atoi(sent[m[2]:m[3]]); err == nil && !in && v > 0 {
			totals = append(totals, v)
			totalAt = append(totalAt, m[2])
		}
	}
	for i := range items {
		it := &items[i]
		if it.total == 0 && len(totals) > 0 {
			best := -1
			for k, at := range totalAt {
				if best < 0 || abs(at+off-it.start) < abs(totalAt[best]+off-it.start) {
					best = k
				}
			}
			it.total = totals[best]
		}
		// The level phrase: after the item, to the next item or clause end.
		end := len(sent)
		if i+1 < len(items) {
			end = items[i+1].start - off
		}
		ph := sent[it.end-off : end]
		if k := strings.IndexAny(ph, ",;.:()"); k >= 0 {
			ph = ph[:k]
		}
		it.words = levelWords(ph)
		it.phrase = trimStop(s.origText(it.end, it.end+len(ph)))
		a := max(it.start-off-120, 0)
		it.context = levelWords(sent[a : it.start-off])
	}
	for i := range pcts {
		// A percentage's level phrase comes before it ("tingkat kelancaran
		// ... sebanyak 17,4%").
		a := pcts[i].start - off - 120
		for a > 0 && sent[a] != ' ' {
			a--
		}
		a = max(a, 0)
		pcts[i].words = levelWords(sent[a : pcts[i].start-off])
	}
	return items, pcts
}

var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`dan and yang sudah telah sebanyak dengan orang responden pasien subjek ibu the of who were was
		had have has with a an nya masih adalah yaitu sedangkan serta atau or in pada di dalam to as are is their participants
		respondents patients people persons subjects didapati terdapat ada sebesar kategori category group kelompok for mothers
		mother women men sebelum sesudah setelah before after dilakukan tindakan diberikan total jumlah sejumlah proporsi`) {
		stopWords[w] = true
	}
}

// levelWords returns the words of a level phrase, without stop words and
// the Indonesian possessive "-nya".
func levelWords(ph string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(ph, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if stopWords[w] || len(w) < 2 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// trimStop trims stop words from both ends of a phrase as printed.
func trimStop(ph string) string {
	f := strings.Fields(ph)
	clean := func(w string) string {
		return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
	}
	for len(f) > 0 && stopWords[clean(f[len(f)-1])] {
		f = f[:len(f)-1]
	}
	for len(f) > 0 && stopWords[clean(f[0])] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// posCheck is a check and the offset of its claim in the normalised text,
// by which Scan orders its checks.
type posCheck struct {
	pos int
	c   Check
}

// table is a frequency table read from one sentence: the counts of one
// occasion that add up to their total (or whose percentages add up to
// 100).
type table struct {
	role  string
	total int
	items []countItem
	where string
	sigs  [][]string // the level signature of each item
	vocab map[string]bool
	// inferred: no total is stated, the table's is the sum of its counts.
	inferred bool
}

// relevant reports whether a restated count or percentage is about the
// table's outcome: its words share one with the table's level phrases
// ("ASI", "keluar"), so that "after adjusting, 30 (25%) smoked" is not
// held against a table of milk expression.
func (tb *table) relevant(it countItem) bool {
	for _, w := range it.words {
		if tb.vocab[w] {
			return true
		}
	}
	for _, w := range it.context {
		if tb.vocab[w] {
			return true
		}
	}
	return false
}

func (tb *table) group(name string) Group {
	g := Group{Name: name, Role: tb.role, Source: tb.where}
	for _, it := range tb.items {
		g.Cells = append(g.Cells, Cell{Level: it.phrase, Count: it.count, Percent: it.pct, Source: it.source})
	}
	return g
}

func (it countItem) key() [2]int { return [2]int{it.start, it.end} }

// tables checks the counts and percentages: tables (sums), each
// percentage, restatements against their occasion's table, and the margin
// check.
func (s *scanner) tables(items, pcts []countItem, doc docFacts, ts []scanned) []posCheck {
	var out []posCheck
	for i := range items {
		// A total stated in the sentence ("dari 23 responden", "17 of 23")
		// is the item's; without one, the sample size of the text is only
		// an assumption (the item may be of a subgroup): such an item is
		// checked only in a table whose counts add up to it.
		items[i].stated = items[i].total > 0
		if items[i].total == 0 {
			items[i].total = doc.n
		}
		items[i].source = s.where(items[i].start, items[i].end)
	}
	for i := range pcts {
		pcts[i].source = s.where(pcts[i].start, pcts[i].end)
	}
	// Groups: the items of one sentence with the same occasion and total.
	type gkey struct {
		sentence int
		role     string
		total    int
	}
	var order []gkey
	groups := map[gkey][]countItem{}
	for _, it := range items {
		k := gkey{it.sentence, it.role, it.total}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], it)
	}
	var tabs []*table
	first := map[string]*table{}
	inTable := map[[2]int]bool{}
	for _, k := range order {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		sum, psum, half := 0, 0.0, 0.0
		for _, it := range g {
			sum += it.count
			pn, _ := ParseNumber(it.pct)
			psum += pn.Value
			half += pn.HalfUnit()
		}
		stated := false
		for _, it := range g {
			stated = stated || it.stated
		}
		pct100 := math.Abs(psum-100) <= half+1e-9
		total, inferred := k.total, false
		switch {
		case sum == total && total > 0:
		case stated && pct100:
			// The counts or the percentages are wrong: the checks say which.
		case !stated && pct100 && sum > 0:
			// Not the text's sample size: a subgroup whose percentages
			// add up to 100 is a table of its own total.
			total = sum
			inferred = true
		default:
			continue // a partial listing, not a table
		}
		tb := &table{role: k.role, total: total, inferred: inferred, items: g, where: s.where(g[0].start, g[len(g)-1].end)}
		tabs = append(tabs, tb)
		for _, it := range g {
			inTable[it.key()] = true
		}
		if k.role != "" && first[k.role] == nil {
			first[k.role] = tb
		}
	}
	levelSigs(first["before"], first["after"])
	for _, tb := range tabs {
		if tb.sigs == nil {
			levelSigs(tb, nil)
		}
		name := tb.role
		g := tb.group(name)
		if name == "" {
			// Named by its first line: "line-12 table".
			lo, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(tb.where, "lines "), "line "), ",")
			lo, _, _ = strings.Cut(lo, "-")
			g.Name, g.Role = lo, "scan"
		}
		c := Claims{N: &IntClaim{Value: tb.total}}
		for _, ch := range c.groupChecks(g) {
			if ch.Kind == KindCountSum && tb.inferred {
				continue // the total is the sum: nothing to check
			}
			out = append(out, posCheck{tb.items[0].start, ch})
		}
	}
	restate := func(it countItem) {
		tb := first[it.role]
		if tb != nil && !tb.relevant(it) {
			tb = nil // another outcome's numbers
		}
		if tb == nil || tb.total < 1 {
			if it.hasCount && it.stated && it.total >= 1 && it.count <= it.total {
				if ch, err := checkPercent(it.count, it.total, it.pct, nil, it.source); err == nil {
					out = append(out, posCheck{it.start, ch})
				}
			}
			return
		}
		g := tb.group(it.role)
		c := Claims{N: &IntClaim{Value: tb.total}, Groups: []Group{g}}
		pc := PercentClaim{Group: it.role, Percent: it.pct, Quote: "", Source: it.source}
		if it.hasCount {
			cnt := it.count
			pc.Count = &cnt
		}
		if k := tb.match(it.words); k >= 0 && (!it.hasCount || it.count <= tb.total) {
			pc.Level = g.Cells[k].Level
			if cs, err := c.percentChecks(pc); err == nil {
				for _, ch := range cs {
					out = append(out, posCheck{it.start, ch})
				}
			}
			return
		}
		if it.hasCount && it.count <= tb.total {
			if ch, err := checkPercent(it.count, tb.total, it.pct, nil, it.source); err == nil {
				out = append(out, posCheck{it.start, ch})
			}
		}
		out = append(out, posCheck{it.start, anyCellCheck(it, tb)})
	}
	for _, it := range items {
		if !inTable[it.key()] {
			restate(it)
		}
	}
	for _, it := range pcts {
		if tb := first[it.role]; tb != nil && tb.relevant(it) {
			restate(it)
		}
	}
	if b, a := first["before"], first["after"]; b != nil && a != nil && b.total == a.total && len(ts) > 0 {
		// The t of the tables: the first after both (results follow the
		// descriptive tables), else the last before them.
		end := max(b.items[len(b.items)-1].end, a.items[len(a.items)-1].end)
		begin := min(b.items[0].start, a.items[0].start)
		k := -1
		for i, t := range ts {
			if t.start >= end {
				k = i
				break
			}
			if t.start < begin {
				k = i
			}
		}
		if k >= 0 {
			t := ts[k]
			if ch, ok := s.margins(b, a, &t, s.where(t.start, max(t.end, t.pEnd))); ok {
				out = append(out, posCheck{t.start, ch})
			}
		}
	}
	return out
}

// levelSigs sets the level signatures of the cells of one or two tables:
// the words of each level phrase, without the words every phrase shares
// (the outcome's name) and those every phrase of one table has and none of
// the other's (that table's filler, such as "ibu postpartum").
func levelSigs(b, a *table) {
	var tabs []*table
	for _, t := range []*table{b, a} {
		if t != nil {
			tabs = append(tabs, t)
		}
	}
	if len(tabs) == 0 {
		return
	}
	all := map[string]int{}
	perTab := make([]map[string]int, len(tabs))
	total := 0
	for i, t := range tabs {
		perTab[i] = map[string]int{}
		for _, it := range t.items {
			seen := map[string]bool{}
			for _, w := range it.words {
				if !seen[w] {
					seen[w] = true
					all[w]++
					perTab[i][w]++
				}
			}
			total++
		}
	}
	drop := map[string]bool{}
	for w, c := range all {
		if c == total && total > 1 {
			drop[w] = true
		}
	}
	if len(tabs) == 2 {
		for i := range tabs {
			for w, c := range perTab[i] {
				if c == len(tabs[i].items) && perTab[1-i][w] == 0 {
					drop[w] = true
				}
			}
		}
	}
	for _, t := range tabs {
		t.vocab = map[string]bool{}
		for _, it := range t.items {
			for _, w := range it.words {
				t.vocab[w] = true
			}
		}
		t.sigs = make([][]string, len(t.items))
		for k, it := range t.items {
			var sig []string
			seen := map[string]bool{}
			for _, w := range it.words {
				if !drop[w] && !seen[w] {
					seen[w] = true
					sig = append(sig, w)
				}
			}
			sort.Strings(sig)
			t.sigs[k] = sig
		}
	}
}

// match returns the cell whose (non-empty) signature is contained in
// words, the largest such; -1 when none or two tie.
func (tb *table) match(words []string) int {
	have := map[string]bool{}
	for _, w := range words {
		have[w] = true
	}
	best, bestLen, tie := -1, 0, false
	for k, sig := range tb.sigs {
		if len(sig) == 0 {
			continue
		}
		ok := true
		for _, w := range sig {
			ok = ok && have[w]
		}
		if !ok {
			continue
		}
		switch {
		case len(sig) > bestLen:
			best, bestLen, tie = k, len(sig), false
		case len(sig) == bestLen:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// anyCellCheck checks a count or percentage restated for an occasion whose
// level cannot be told from its words against every category of that
// occasion's table.
func anyCellCheck(it countItem, tb *table) Check {
	c := Check{Kind: KindContradiction, Source: it.source}
	pn, _ := ParseNumber(it.pct)
	reported := it.pct + "%"
	if it.hasCount {
		reported = fmt.Sprintf("%d (%s%%)", it.count, it.pct)
	}
	hit := -1
	for k, cell := range tb.items {
		if percentOK(cell.count, tb.total, pn) && (!it.hasCount || it.count == cell.count) {
			hit = k
			break
		}
	}
	var cells []string
	for _, cell := range tb.items {
		cells = append(cells, fmt.Sprintf("%d (%s%%)", cell.count, cell.pct))
	}
	c.Verdict = Inconsistent
	if hit >= 0 {
		c.Verdict = Consistent
	}
	role, where, n := it.role, tb.where, tb.total
	c.say(func(l i18n.Lang) Text {
		a := l.Audit()
		grp := a.Group(role, role)
		t := Text{Claim: fmt.Sprintf(a.ScanAnyClaim, reported, grp), Reported: reported,
			Recomputed: fmt.Sprintf(a.ScanAnyRecomp, strings.Join(cells, ", "), where)}
		if hit >= 0 {
			cell := tb.items[hit]
			t.Explanation = fmt.Sprintf(a.ScanAnyOK, reported, grp, cell.count, n, l.Dec(100*float64(cell.count)/float64(n), pn.Decimals))
		} else {
			t.Explanation = fmt.Sprintf(a.ScanAnyBad, reported, grp, where, strings.Join(cells, ", "))
		}
		return t
	})
	return c
}

// margins runs the margin check of the first t against the before and
// after tables, over every ordering of the levels (the text does not say
// which is lowest), and returns the check of the ordering that comes
// closest to the reported t: consistent if any ordering is.
func (s *scanner) margins(b, a *table, t *scanned, tWhere string) (Check, bool) {
	// The levels: the cells of before, then those of after not matched.
	type level struct {
		name          string
		before, after int
	}
	var levels []level
	for _, it := range b.items {
		levels = append(levels, level{name: it.phrase, before: it.count})
	}
	for k, it := range a.items {
		j := -1
		for i := range b.items {
			if sameSig(b.sigs[i], a.sigs[k]) {
				j = i
			}
		}
		if j >= 0 {
			levels[j].after += it.count
		} else {
			levels = append(levels, level{name: it.phrase, after: it.count})
		}
	}
	k := len(levels)
	if k < 2 || k > 5 {
		return Check{}, false
	}
	perm := make([]int, k)
	for i := range perm {
		perm[i] = i
	}
	var best Check
	var bestOrder []int
	bestRank, bestDist := 99, math.Inf(1)
	rank := map[Verdict]int{Consistent: 0, NotDerivable: 1, Inconsistent: 2}
	mo := s.o.Margins
	mo.Scores = nil
	// No V is reported in running text, and the orderings multiply the
	// work: no Wilcoxon range, and at most scanMaxTables tables each
	// (beyond, the closed-form range still decides an impossible t).
	mo.NoWilcoxon = true
	if mo.MaxTables == 0 || mo.MaxTables > scanMaxTables {
		mo.MaxTables = scanMaxTables
	}
	for {
		before, after := make([]int, k), make([]int, k)
		for i, p := range perm {
			before[i], after[i] = levels[p].before, levels[p].after
		}
		ch, err := CheckMargins(before, after, strings.TrimSpace(strings.TrimLeft(t.stat.Text, "<>=")), mo)
		if err == nil {
			d := 0.0
			if ch.TMin != nil && ch.TMax != nil {
				if t.stat.Value < *ch.TMin {
					d = *ch.TMin - t.stat.Value
				} else if t.stat.Value > *ch.TMax {
					d = t.stat.Value - *ch.TMax
				}
			}
			r, ok := rank[ch.Verdict]
			if !ok {
				r = 1
			}
			if r < bestRank || r == bestRank && d < bestDist {
				best, bestRank, bestDist = ch, r, d
				bestOrder = append([]int(nil), perm...)
			}
		}
		if !nextPerm(perm) {
			break
		}
	}
	if bestOrder == nil {
		return Check{}, false
	}
	var names []string
	for _, p := range bestOrder {
		names = append(names, strconv.Quote(levels[p].name))
	}
	order := strings.Join(names, " < ")
	best.appendWords(func(w *i18n.AuditWords, _ i18n.Lang) string { return fmt.Sprintf(w.ScanMarginOrder, order, k) })
	best.Source = joinNonEmpty("; ", tWhere, b.where, a.where)
	return best, true
}

// scanMaxTables is the enumeration limit of each ordering's margin check
// in a scan.
const scanMaxTables = 5000

func sameSig(x, y []string) bool {
	if len(x) == 0 || len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

// nextPerm advances p to the next permutation in lexicographic order.
func nextPerm(p []int) bool {
	i := len(p) - 2
	for i >= 0 && p[i] >= p[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(p) - 1
	for p[j] <= p[i] {
		j--
	}
	p[i], p[j] = p[j], p[i]
	for l, r := i+1, len(p)-1; l < r; l, r = l+1, r-1 {
		p[l], p[r] = p[r], p[l]
	}
	return true
}
