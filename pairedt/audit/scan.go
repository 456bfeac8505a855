package audit

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pairedt/pairedt/internal/i18n"
	"github.com/pairedt/pairedt/pairedt"
)

// ScanOptions configures Scan. The zero value gives statcheck 1.4.0's
// defaults: alpha = .05 unless the text states its own, two-sided tests,
// pZeroError = TRUE, pEqualAlphaSig = TRUE, OneTailedTxt = FALSE.
type ScanOptions struct {
	// Alpha is the significance level; 0 means the first level the text
	// states ("alpha 0,05", "taraf signifikan 0.05"), else 0.05.
	Alpha float64
	// OneTailedTxt is statcheck's OneTailedTxt: when the text says
	// "one-tailed", "one-sided", "directional" (or "satu arah", "satu
	// sisi"), a result that is an error as two-sided but consistent as
	// one-tailed (half the two-sided p, statcheck's rule) counts as
	// consistent, with a note. statcheck's default, false, reads every test
	// as two-sided.
	OneTailedTxt bool
	// NoPZeroError and PEqualAlphaNotSig are as in StatementOptions.
	NoPZeroError, PEqualAlphaNotSig bool
	// Margins configures the margin check (MaxTables, Wilcoxon); its Scores
	// and T are set by the scan.
	Margins MarginOptions
}

// The kinds of statistic Scan reads.
const (
	statT    = "t"
	statF    = "F"
	statChi2 = "chi2"
	statR    = "r"
	statZ    = "z"
)

const (
	scanNum = `([-+]?\s?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:e[-+]?\d+)?)`
	scanCmp = `(<=|>=|<|>|=|:|of|sebesar|adalah|yaitu|is)`
	scanB   = `(?:^|[^\pL\pN_])` // a word boundary before (Unicode letters)
)

var (
	sT = regexp.MustCompile(`^t\s*(?:\(\s*(?:df\s*=\s*)?([\d.,\s]{1,12}?)\s*\))?\s*(?:(-?\s*(?:values?|hitung|stat(?:istic)?|score|skor|test)\s*)(?:<=|>=|<|>|=|:|of|sebesar|adalah|is)?|(<=|>=|<|>|=|:|of|sebesar|adalah|is))\s*` + scanNum)
	sF = regexp.MustCompile(`^f\s*(?:\(\s*(\d+(?:\.\d+)?)\s*[,;/]\s*(\d+(?:\.\d+)?)\s*\))?\s*(?:-?\s*(?:values?|hitung|ratio|stat(?:istic)?)\s*)?` + scanCmp + `\s*` + scanNum)
	// chi-square: χ² (normalised to chi2), chi2, chi-square(d), chi kuadrat, X2, X^2.
	sChi = regexp.MustCompile(`^(?:chi\s*-?\s*\^?2|chi[\s-]*squared?|chi[\s-]*kuadrat|x\s?\^?2)\s*(?:\(\s*(\d+(?:\.\d+)?)\s*(?:,\s*n\s*=\s*[\d.,]+\s*)?\))?\s*(?:-?\s*(?:values?|hitung|test|stat(?:istic)?)\s*)?` + scanCmp + `\s*` + scanNum)
	sR   = regexp.MustCompile(`^r\s*(?:\(\s*(\d+)\s*\))?\s*(<=|>=|<|>|=)\s*` + scanNum)
	// Cochran's Q of a meta-analysis (statcheck's Q, Qw, Qb): chi-square.
	sQ      = regexp.MustCompile(`^q\s*-?\s*(?:w|within|b|between)?\s*\(\s*(\d+)\s*\)\s*(<=|>=|<|>|=)\s*` + scanNum)
	sZ      = regexp.MustCompile(`^z\s*(?:-?\s*(?:values?|hitung|score|skor|stat(?:istic)?)\s*)?` + scanCmp + `\s*` + scanNum)
	sP      = regexp.MustCompile(`^(?:p\s*-?\s*values?|p|nilai\s+p|(?:asymp\.?|exact)\s*sig\.?|sig\.?|signifi\pL*|significance|prob\pL*)\s*(?:\(\s*[12]\s*-?\s*(?:tailed|sided|arah|sisi)\s*\))?\s*(?:of|sebesar|adalah|is|yaitu|:)?\s*(<=|>=|<|>|=)?\s*(` + `[-+]?\s?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:e[-+]?\d+)?|n\.?s(?:\.|$|[^\pL\pN]))`)
	sNS     = regexp.MustCompile(`^\s*[,;]?\s*\(?\s*n\.?s\.?(?:[^\pL\pN]|$)`)
	sAlpha  = regexp.MustCompile(`(?:alpha|α|taraf\s+(?:signifikan\pL*|kesalahan|nyata)|significance\s+level|level\s+of\s+significance)\s*(?:of|sebesar|adalah|is|=|:|\()?\s*` + scanNum)
	sDF     = regexp.MustCompile(`^(?:df|db|dk|derajat\s+(?:kebebasan|bebas)|degrees?\s+of\s+freedom)\s*(?:=|:|of|sebesar|adalah|is)?\s*(\d+)(?:[^\pN.,]|[.,](?:\D|$)|$)`)
	sSample = regexp.MustCompile(scanB + `(?:n\s*=\s*(\d+)|(?:jumlah\s+|besar\s+)?sampel\s*(?:penelitian\s*)?(?:ini\s*)?(?:sebanyak|berjumlah|sebesar|adalah|yaitu|=|:)?\s*(\d+)|sample\s*(?:size\s*)?(?:of|was|=|:)?\s*(\d+))(?:[^\pN.,%]|[.,](?:\D|$)|$)`)
	sPaired = regexp.MustCompile(`paired|berpasangan|pre-?\s?test\s*-?\s*post-?\s?test|one[\s-]group|satu\s+kelompok|one[\s-]sample|within[\s-]subjects?|repeated\s+measures|dependent\s+samples?|related\s+samples?`)
	sCount  = regexp.MustCompile(`(?:^|[^\pL\pN_.,])(\d{1,7})\s*(?:(?:of|dari|out\s+of)\s+(\d{1,7})\s*)?(?:\pL[\pL-]*\s*){0,2}?\(\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*\)`)
	sPct    = regexp.MustCompile(`(?:^|[^\pL\pN_.,(])(\d{1,3}(?:[.,]\d+)?)\s*%`)
	sTotal  = regexp.MustCompile(scanB + `(?:dari(?:\s+total)?|out\s+of|of\s+(?:the\s+|all\s+)?)\s*(\d{1,7})\s+\pL`)
	sBefore = regexp.MustCompile(scanB + `(?:sebelum|before|pre-?\s?test|pre-?intervention)`)
	sAfter  = regexp.MustCompile(scanB + `(?:sesudah|setelah|after|post-?\s?test|post-?intervention)`)
	sDecide = regexp.MustCompile(scanB + `(?:(h0|ho|h\s0|hipotesis\s+nol)\s+(ditolak|diterima)(?:\s+dan\s+(?:ha|h1)\s+(?:diterima|ditolak))?|(ha|h1)\s+(diterima|ditolak)|(rejected|retained|not\s+rejected|reject|retain)\s+(?:the\s+)?(?:null\s+hypothesis|h0)|(?:null\s+hypothesis|h0)\s+(?:was|is|were)\s+(rejected|retained|not\s+rejected))`)
)

// scanned is one result read from a sentence.
type scanned struct {
	kind     string // statT, ...; "" for a p-value alone
	stat     Number
	statText string // the statistic as printed, e.g. "F(1, 22) = 810.6"
	df1, df2 float64
	hasDF    bool
	dfText   string
	p        *Number
	start    int // byte offsets in the normalised text
	end      int
	pEnd     int
	alpha    *Number // alpha stated in the sentence
	// pairedHere: the sentence names a paired or one-group design.
	pairedHere bool
}

type countItem struct {
	count    int
	total    int // 0: unknown
	pct      string
	hasCount bool
	start    int
	end      int
	sentence int
	role     string
	words    []string // words of the level phrase
	phrase   string   // the level phrase as printed
	context  []string // words of the 120 bytes before the item
	stated   bool     // the total is stated with the item, not the text's n
	source   string
}

// scanner holds the state of one Scan.
type scanner struct {
	src   string
	nt    normText
	lines []int // byte offsets of line starts in src
	o     ScanOptions
}

// Scan finds every statistical result in running text (plain text or
// Markdown; for HTML, pass HTMLText's output) and checks it, in English and
// Indonesian forms:
//
//   - t, F, χ² (chi2, chi-square, X2), r and z (also Wilcoxon's Z) with
//     their degrees of freedom and p, in any order within a sentence and
//     across line breaks: "t(28) = 2.20, p = .04", "t hitung 3,125 dengan
//     df 19 dan sig. 0,004", "nilai t:–28,471 dan probabilitasnya sebesar
//     0,000", "F(1, 22) = 4,44, p = 0,048", "χ²(3) = 23.00, p < .001";
//     several results in one sentence, a p-value before or after its
//     statistic; each p is checked against its statistic as statcheck 1.4.0
//     does (the printed value stands for its rounding interval; p = 0 is a
//     reporting error; decision errors at alpha), t by CheckStatement;
//   - p-values alone and stated decisions ("p = 0,000 < 0,05 maka Ho
//     ditolak", "Asymp. Sig. (2-tailed) 0,036", "nilai signifikansi",
//     "probabilitas", "p-value"): a p of 0 is a reporting error, a decision
//     is checked against the recomputed (or reported) p at alpha;
//   - counts with percentages ("17 responden (73,9%)", "4 orang (18,4%)
//     dari 23 ibu", "17 of 23 (73.9%)") against their total (stated in the
//     sentence, else the sample size the text states); the counts and
//     percentages of a table (the items of one sentence for one occasion)
//     summing to n and 100%; a count or percentage restated later against
//     the table of its occasion ("sebelum"/"before", "sesudah"/"after");
//   - the degrees of freedom of a t-test against the sample size stated in
//     the text when the design is paired or one-group (df = n - 1; a t
//     without df takes n - 1, said in its explanation);
//   - when the text gives the frequency tables of an outcome before and
//     after and a paired t, the margin check (CheckMargins), every ordering
//     of the levels tried.
//
// The decimal mark is decided per number ("28,471" is 28.471, as
// Indonesian writes it: statcheck reads it as 28471); the Unicode minus
// and dashes are minus signs. Each check's Source is "line N, column C" (or
// "lines N-M, column C" when the result runs over several lines) in text.
// Sentences without a statistic give no check: sample sizes, dates, years,
// version numbers and page ranges are never read as results.
//
// Errors wrap pairedt.ErrAlternative or ErrClaims for invalid options; the
// text itself never causes an error.
func Scan(text string, o ScanOptions) ([]Check, error) {
	if o.Alpha != 0 && !(o.Alpha > 0 && o.Alpha < 1) {
		return nil, fmt.Errorf("%w: alpha %v, need 0 < alpha < 1", ErrClaims, o.Alpha)
	}
	s := &scanner{src: text, nt: normalizeText(text), o: o}
	s.lines = append(s.lines, 0)
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			s.lines = append(s.lines, i+1)
		}
	}
	return s.run(), nil
}

// where returns "line N, column C" for normalised bytes [a, b).
func (s *scanner) where(a, b int) string {
	oa, ob := s.nt.off[a], s.nt.off[max(a, b-1)]
	la := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > oa }) - 1
	lb := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > ob }) - 1
	col := utf8.RuneCountInString(s.src[s.lines[la]:oa]) + 1
	if lb > la {
		return fmt.Sprintf("lines %d-%d, column %d", la+1, lb+1, col)
	}
	return fmt.Sprintf("line %d, column %d", la+1, col)
}

// span is the original text's byte range of normalised bytes [a, b).
func (s *scanner) span(a, b int) *Span {
	if a >= b {
		return nil
	}
	return &Span{Start: s.nt.off[a], End: s.nt.off[b]}
}

// origText returns the original text of normalised bytes [a, b), its white
// space collapsed.
func (s *scanner) origText(a, b int) string {
	if a >= b {
		return ""
	}
	end := s.nt.off[b] // the start of the next byte's rune, or len(src)
	return collapse(s.src[s.nt.off[a]:end])
}

// collapse collapses runs of white space to one space, drops Markdown's
// emphasis and code marks (* and `), and joins a word
// broken at a hyphen over a line break ("ASI-\nnya" is "ASI-nya"), as
// normalizeText does.
func collapse(x string) string {
	var b strings.Builder
	space, nl := false, false
	for _, r := range x {
		if unicode.IsSpace(r) {
			space = true
			nl = nl || r == '\n'
			continue
		}
		if space && b.Len() > 0 {
			t := b.String()
			if !(nl && len(t) >= 2 && t[len(t)-1] == '-' && unicode.IsLetter(rune(t[len(t)-2]))) {
				b.WriteByte(' ')
			}
		}
		space, nl = false, false
		if r == '*' || r == '`' {
			continue // Markdown emphasis and code marks
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sentences returns the [start, end) of each sentence of the normalised
// text: a sentence ends at '.', '!' or '?' followed by a space and anything
// but a lower-case letter in the original (a capital, a digit, a Markdown
// heading's #; not after a one-letter word or an abbreviation such as
// "Sig." or "Asymp."), or after 4000 bytes. Line breaks do not end a
// sentence: PDF-to-text output breaks lines, and puts blank lines, inside
// statements.
func (s *scanner) sentences() [][2]int {
	t := s.nt.s
	var out [][2]int
	start := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if (c == '.' || c == '!' || c == '?') && i+2 < len(t) && t[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(s.src[s.nt.off[i+2]:])
			if !unicode.IsLower(r) && !abbrevBefore(t, i) {
				out = append(out, [2]int{start, i + 1})
				start = i + 2
				continue
			}
		}
		if i-start > 4000 && c == ' ' {
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	if start < len(t) {
		out = append(out, [2]int{start, len(t)})
	}
	return out
}

var abbrevs = map[string]bool{"sig": true, "asymp": true, "std": true, "al": true, "vs": true, "e.g": true, "i.e": true,
	"no": true, "fig": true, "dkk": true, "df": true, "p": true, "approx": true, "dr": true, "prof": true, "mr": true, "mrs": true, "ms": true, "tab": true, "eq": true, "ca": true}

func abbrevBefore(t string, i int) bool {
	j := i
	for j > 0 && t[j-1] != ' ' && t[j-1] != '(' {
		j--
	}
	w := t[j:i]
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r)
	}
	return abbrevs[w]
}

// docFacts are what the whole text states.
type docFacts struct {
	n       int    // the sample size, when the text states exactly one
	nWhere  string // where
	paired  bool   // a paired or one-group design
	oneTail bool
	alpha   *Number
}

func (s *scanner) facts(t string, sents [][2]int) docFacts {
	var f docFacts
	ns := map[int]bool{}
	for _, se := range sents {
		sent := t[se[0]:se[1]]
		if !f.paired && containsAny(sent, "pair", "berpasangan", "test", "group", "kelompok", "sample", "subject", "repeated", "dependent", "related") {
			f.paired = sPaired.MatchString(sent)
		}
		if !f.oneTail && containsAny(sent, "tailed", "sided", "satu", "directional") {
			f.oneTail = reOne.MatchString(sent)
		}
		if f.alpha == nil && containsAny(sent, "alpha", "α", "taraf", "significance") {
			if m := sAlpha.FindStringSubmatch(sent); m != nil {
				if a, err := parsePrinted(m[1]); err == nil && a.Value > 0 && a.Value < 1 {
					f.alpha = &a
				}
			}
		}
		if !containsAny(sent, "samp", "n=", "n =") {
			continue
		}
		for _, m := range sSample.FindAllStringSubmatchIndex(sent, -1) {
			for g := 1; g <= 3; g++ {
				if m[2*g] >= 0 {
					if v, err := strconv.Atoi(sent[m[2*g]:m[2*g+1]]); err == nil && v > 1 {
						if !ns[v] && len(ns) == 0 {
							f.nWhere = s.where(se[0]+m[2*g], se[0]+m[2*g+1])
						}
						ns[v] = true
					}
				}
			}
		}
	}
	if len(ns) == 1 {
		for v := range ns {
			f.n = v
		}
	}
	return f
}

// wordStarts returns the offsets in s where a word begins with one of the
// prefixes, in order.
func wordStarts(s string, prefixes ...string) []int {
	var out []int
	for _, p := range prefixes {
		for i := 0; i < len(s); {
			j := strings.Index(s[i:], p)
			if j < 0 {
				break
			}
			i += j
			if i == 0 || !isWordByte(s[i-1]) {
				out = append(out, i)
			}
			i++
		}
	}
	if len(prefixes) > 1 {
		sort.Ints(out)
	}
	return out
}

// matchAt runs re (anchored with ^) at each start and returns the matches
// as FindAllStringSubmatchIndex does, none overlapping. The match is first
// tried on a window of 160 bytes; one that reaches the window's end is
// tried again on the rest of s, so that no number is cut.
func matchAt(re *regexp.Regexp, s string, starts []int) [][]int {
	var out [][]int
	last := -1
	for _, a := range starts {
		if a < last {
			continue
		}
		end := min(len(s), a+160)
		m := re.FindStringSubmatchIndex(s[a:end])
		if m != nil && m[1] == end-a && end < len(s) {
			m = re.FindStringSubmatchIndex(s[a:])
		}
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += a
			}
		}
		out = append(out, m)
		last = m[1]
	}
	return out
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// hasLetterCue reports whether s has the one-letter word c (a statistic's
// name: "t", "p", "f", "r", "z", "q"), that is c not inside a word.
func hasLetterCue(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		i += j
		before := i == 0 || !isWordByte(s[i-1])
		after := i+1 >= len(s) || !isWordByte(s[i+1])
		if before && after {
			return true
		}
	}
	return false
}

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || '0' <= b && b <= '9' || b == '_' || b >= 0x80
}

func (s *scanner) run() []Check {
	t := s.nt.s
	sents := s.sentences()
	doc := s.facts(t, sents)
	alpha, alphaTxt := 0.05, ""
	if s.o.Alpha != 0 {
		alpha, alphaTxt = s.o.Alpha, i18n.English.G(s.o.Alpha)
	} else if doc.alpha != nil {
		alpha, alphaTxt = doc.alpha.Value, strings.TrimSpace(doc.alpha.Text)
	}
	var out []posCheck
	add := func(pos int, c Check) { out = append(out, posCheck{pos, c}) }
	var items []countItem
	var pcts []countItem
	var tRes []scanned // the t results, for the margin check
	for si, se := range sents {
		sent := t[se[0]:se[1]]
		if !strings.ContainsAny(sent, "0123456789") {
			continue
		}
		// Blank the significance levels, so that "taraf signifikan 0.05"
		// is not read as a p-value.
		var sentAlpha *Number
		if containsAny(sent, "alpha", "α", "taraf", "significance", "level of") {
			b := []byte(sent)
			for _, m := range sAlpha.FindAllStringSubmatchIndex(sent, -1) {
				if a, err := parsePrinted(sent[m[2]:m[3]]); err == nil && sentAlpha == nil && a.Value > 0 && a.Value < 1 {
					sentAlpha = &a
				}
				for k := m[0]; k < m[1]; k++ {
					b[k] = ' '
				}
			}
			sent = string(b)
		}
		res := s.results(sent, se[0])
		pairedHere := len(res) > 0 && containsAny(sent, "pair", "berpasangan", "test", "group", "kelompok", "sample", "subject", "repeated", "dependent", "related") && sPaired.MatchString(sent)
		for i := range res {
			r := &res[i]
			r.alpha = sentAlpha
			if r.kind == statT && r.stat.Comparison == "=" {
				tRes = append(tRes, *r)
			}
			r.pairedHere = pairedHere
			cs := s.checkResult(*r, doc, alpha, alphaTxt)
			for _, c := range cs {
				add(r.start, c)
			}
		}
		// A stated decision, checked against the sentence's first result.
		if len(res) > 0 && containsAny(sent, "ditolak", "diterima", "reject", "retain") {
			if m := sDecide.FindStringSubmatchIndex(sent); m != nil {
				// The decision is about the last result before it.
				r := res[0]
				for _, x := range res {
					if x.start < se[0]+m[0] {
						r = x
					}
				}
				if c, ok := s.decision(sent, m, r, se[0], doc, alpha, alphaTxt); ok {
					add(se[0]+m[0], c)
				}
			}
		}
		ci, pi := s.counts(sent, se[0], si)
		items = append(items, ci...)
		pcts = append(pcts, pi...)
	}
	for _, pc := range s.tables(items, pcts, doc, tRes) {
		add(pc.pos, pc.c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	checks := make([]Check, len(out))
	for i, pc := range out {
		checks[i] = pc.c
	}
	return checks
}

type span struct{ a, b int }

// results reads the statistical results of one sentence (normalised text,
// starting at byte off of the whole).
func (s *scanner) results(sent string, off int) []scanned {
	var res []scanned
	var taken []span
	overlaps := func(a, b int) bool {
		for _, sp := range taken {
			if a < sp.b && sp.a < b {
				return true
			}
		}
		return false
	}
	addStat := func(kind string, m []int, dfg []int, cmpg, numg int) {
		a := skipB(sent, m[0])
		if overlaps(a, m[1]) {
			return
		}
		numText := sent[m[2*numg]:m[2*numg+1]]
		if e := m[2*numg+1]; e+1 < len(sent) && sent[e] == '.' && sent[e+1] >= '0' && sent[e+1] <= '9' {
			// t(102)=.1.84: a garbled number, not t = .1 (statcheck
			// 1.4.0 extracts nothing).
			return
		}
		n, err := ParseNumber(numText)
		if err != nil {
			return
		}
		r := scanned{kind: kind, start: off + a, end: off + m[1]}
		if cmpg > 0 && m[2*cmpg] >= 0 {
			switch c := sent[m[2*cmpg]:m[2*cmpg+1]]; c {
			case "<", ">", "<=", ">=":
				n.Comparison = c
			}
		}
		r.stat = n
		if len(dfg) > 0 && m[2*dfg[0]] >= 0 {
			d1 := strings.TrimSpace(sent[m[2*dfg[0]]:m[2*dfg[0]+1]])
			if kind == statT && strings.ContainsAny(d1, ", ") && !isDecimalDF(strings.ReplaceAll(d1, " ", "")) {
				// t(2,28): not a t-test; its p is not read either, as
				// statcheck 1.4.0 extracts nothing.
				taken = append(taken, span{a, m[1]})
				res = append(res, scanned{kind: "x", start: off + a, end: off + m[1]})
				return
			}
			v, err := ParseNumber(d1)
			if err != nil || !(v.Value > 0) {
				return
			}
			r.df1, r.hasDF, r.dfText = v.Value, true, d1
			if len(dfg) > 1 && m[2*dfg[1]] >= 0 {
				v2, err := ParseNumber(sent[m[2*dfg[1]]:m[2*dfg[1]+1]])
				if err != nil || !(v2.Value > 0) {
					return
				}
				r.df2 = v2.Value
				r.dfText += ", " + sent[m[2*dfg[1]]:m[2*dfg[1]+1]]
			} else if kind == statF {
				return
			}
		}
		if kind == statF && !r.hasDF {
			return
		}
		r.statText = s.origText(off+a, off+m[1])
		taken = append(taken, span{a, m[1]})
		res = append(res, r)
	}
	if hasLetterCue(sent, 't') || strings.Contains(sent, "thitung") {
		for _, m := range matchAt(sT, sent, wordStarts(sent, "t")) {
			cmp := 3
			if m[6] < 0 {
				cmp = 0
			}
			addStat(statT, m, []int{1}, cmp, 4)
		}
	}
	if hasLetterCue(sent, 'f') {
		for _, m := range matchAt(sF, sent, wordStarts(sent, "f")) {
			addStat(statF, m, []int{1, 2}, 3, 4)
		}
	}
	if strings.Contains(sent, "chi") || strings.Contains(sent, "x2") || strings.Contains(sent, "x 2") || strings.Contains(sent, "x^2") {
		for _, m := range matchAt(sChi, sent, wordStarts(sent, "chi", "x")) {
			addStat(statChi2, m, []int{1}, 2, 3)
		}
	}
	if hasLetterCue(sent, 'r') {
		for _, m := range matchAt(sR, sent, wordStarts(sent, "r")) {
			addStat(statR, m, []int{1}, 2, 3)
		}
	}
	// Q, Qw, Qwithin, Qb, Qbetween (statcheck's RGX_Q).
	if hasLetterCue(sent, 'q') || containsAny(sent, "qw", "qb") {
		for _, m := range matchAt(sQ, sent, wordStarts(sent, "q")) {
			addStat(statChi2, m, []int{1}, 2, 3)
		}
	}
	if hasLetterCue(sent, 'z') {
		for _, m := range matchAt(sZ, sent, wordStarts(sent, "z")) {
			addStat(statZ, m, nil, 1, 2)
		}
	}
	sort.Slice(res, func(i, j int) bool { return res[i].start < res[j].start })

	// p-values, each given to the statistic before it (or the first one
	// after it that has none); the rest stand alone.
	type pv struct {
		n    Number
		a, b int
	}
	var ps []pv
	pCue := hasLetterCue(sent, 'p') || containsAny(sent, "sig", "prob", "p-value", "pvalue")
	for _, m := range matchAt(sP, sent, wordStarts(sent, "p", "asymp", "exact", "sig", "prob")) {
		if !pCue {
			break
		}
		a := skipB(sent, m[0])
		if overlaps(a, m[1]) {
			continue
		}
		txt := strings.TrimSpace(sent[m[4]:m[5]])
		var n Number
		if strings.HasPrefix(txt, "n") {
			n = Number{Text: "ns", Value: math.NaN(), Comparison: "ns"}
		} else {
			var err error
			n, err = parsePrinted(txt)
			if err != nil || n.Value < 0 || n.Value > 1 {
				continue
			}
			if m[2] >= 0 {
				n.Comparison = sent[m[2]:m[3]]
			}
			n.Text = strings.TrimSpace(s.origText(off+m[4], off+m[5]))
		}
		ps = append(ps, pv{n, a, m[1]})
		taken = append(taken, span{a, m[1]})
	}
	has := make([]bool, len(res))
	var alone []scanned
	for _, p := range ps {
		k := -1
		for i := len(res) - 1; i >= 0; i-- {
			if res[i].start-off < p.a {
				if !has[i] {
					k = i
				}
				break
			}
		}
		if k < 0 {
			for i := range res {
				if res[i].start-off >= p.b && !has[i] {
					k = i
					break
				}
			}
		}
		pn := p.n
		if k < 0 {
			alone = append(alone, scanned{p: &pn, start: off + p.a, end: off + p.b, pEnd: off + p.b})
			continue
		}
		has[k] = true
		res[k].p = &pn
		res[k].pEnd = off + p.b
	}
	// "t(28) = 2.20, ns"
	for i := range res {
		if res[i].p == nil {
			if m := sNS.FindStringIndex(sent[res[i].end-off:]); m != nil {
				res[i].p = &Number{Text: "ns", Value: math.NaN(), Comparison: "ns"}
				res[i].pEnd = res[i].end + m[1]
			}
		}
	}
	// Degrees of freedom written apart ("dengan df 19", "df = 22").
	if len(res) > 0 && containsAny(sent, "df", "db", "dk", "derajat", "degree") {
		for _, m := range matchAt(sDF, sent, wordStarts(sent, "df", "db", "dk", "derajat", "degree")) {
			v, err := strconv.Atoi(sent[m[2]:m[3]])
			if err != nil || v < 1 {
				continue
			}
			best := -1
			for i := range res {
				if !res[i].hasDF && (res[i].kind == statT || res[i].kind == statChi2 || res[i].kind == statR) {
					if best < 0 || abs(res[i].start-off-m[2]) < abs(res[best].start-off-m[2]) {
						best = i
					}
				}
			}
			if best >= 0 {
				res[best].df1, res[best].hasDF, res[best].dfText = float64(v), true, sent[m[2]:m[3]]
			}
		}
	}
	// A statistic without p is kept only when it says it is one (a t with
	// df or "t hitung"): "at t = 5 minutes" is not a result.
	var kept []scanned
	for _, r := range res {
		if r.kind == "x" {
			continue
		}
		if r.p == nil && !(r.kind == statT && (r.hasDF || strings.Contains(r.statText, "hitung") || strings.Contains(strings.ToLower(r.statText), "value"))) {
			continue
		}
		kept = append(kept, r)
	}
	kept = append(kept, alone...)
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	return kept
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// skipB returns where a match of a pattern starting with scanB begins
// its word: after the boundary character, if the match has one.
func skipB(s string, a int) int {
	r, w := utf8.DecodeRuneInString(s[a:])
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
		return a
	}
	return a + w
}

// checkResult checks one result: its p against its statistic, and the df
// of a t against the sample size of a paired design.
func (s *scanner) checkResult(r scanned, doc docFacts, alpha float64, alphaTxt string) []Check {
	where := s.where(r.start, max(r.end, r.pEnd))
	span := s.span(r.start, max(r.end, r.pEnd))
	a := alpha
	if s.o.Alpha == 0 && r.alpha != nil {
		a = r.alpha.Value
	}
	var out []Check
	switch r.kind {
	case statT, "":
		st := Statement{Text: s.origText(r.start, max(r.end, r.pEnd)), P: r.p, Alpha: r.alpha}
		if r.kind == statT {
			tn := r.stat
			st.T = &tn
		}
		po := StatementOptions{Alpha: a, NoPZeroError: s.o.NoPZeroError, PEqualAlphaNotSig: s.o.PEqualAlphaNotSig}
		fromN := false
		if r.hasDF {
			df := r.df1
			st.DF = &df
		} else if r.kind == statT && doc.paired && doc.n > 1 {
			po.DF = float64(doc.n - 1)
			fromN = true
		}
		c, err := CheckStatement(st, po)
		if err != nil {
			return nil
		}
		if s.o.OneTailedTxt && doc.oneTail && r.kind == statT && isError(c.Verdict) && (st.DF != nil || po.DF > 0) {
			po1 := po
			po1.Alternative = pairedt.Greater
			if st.T.Value < 0 {
				po1.Alternative = pairedt.Less
			}
			if c1, err := CheckStatement(st, po1); err == nil && c1.Verdict == Consistent {
				c = c1
				c.appendWords(func(w *i18n.AuditWords, _ i18n.Lang) string { return w.ScanOneTailed })
			}
		}
		if fromN && c.Verdict != NotDerivable {
			df, n, nw := po.DF, doc.n, doc.nWhere
			c.appendWords(func(w *i18n.AuditWords, l i18n.Lang) string { return fmt.Sprintf(w.ScanDFFromN, l.G(df), n, nw) })
		}
		if r.kind == statT && ambiguousComma(r) && c.Verdict != NotDerivable {
			// "t = 28,471, p = .000": the comma could group thousands.
			alt := thousands(r.stat)
			st2 := st
			st2.T = &alt
			if c2, err := CheckStatement(st2, po); err == nil && c2.Verdict != c.Verdict {
				c.noteAmbiguous(r.stat.Text, c2.Verdict)
			}
		}
		c.Source, c.Span = where, span
		out = append(out, c)
		if r.kind == statT && r.hasDF && r.pairedHere && doc.n > 1 {
			out = append(out, dfCheck(r, doc, where))
		}
	default:
		c := checkStat(r, a, s.o, false)
		if s.o.OneTailedTxt && doc.oneTail && isError(c.Verdict) {
			if c1 := checkStat(r, a, s.o, true); c1.Verdict == Consistent {
				c = c1
				c.appendWords(func(w *i18n.AuditWords, _ i18n.Lang) string { return w.ScanOneTailed })
			}
		}
		if ambiguousComma(r) && c.Verdict != NotDerivable {
			r2 := r
			r2.stat = thousands(r.stat)
			if c2 := checkStat(r2, a, s.o, false); c2.Verdict != c.Verdict {
				c.noteAmbiguous(r.stat.Text, c2.Verdict)
			}
		}
		c.Source, c.Span = where, span
		out = append(out, c)
	}
	return out
}

// ambiguousComma reports whether the statistic of r has one comma followed
// by exactly three digits ("28,471") while its p is printed with a decimal
// point: the comma may then group thousands, as English writes 28,471 and
// statcheck reads it. Scan reads it as a decimal mark (the Indonesian
// reading), and says so when the other reading changes the verdict.
func ambiguousComma(r scanned) bool {
	t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(r.stat.Text), "<>="))
	i := strings.IndexByte(t, ',')
	if i < 0 || strings.Count(t, ",") != 1 || strings.Contains(t, ".") || len(t)-i-1 != 3 || r.p == nil {
		return false
	}
	return strings.Contains(r.p.Text, ".")
}

// thousands reads n's comma as a thousands separator.
func thousands(n Number) Number {
	v, err := ParseNumber(strings.ReplaceAll(n.Text, ",", ""))
	if err != nil {
		return n
	}
	v.Comparison, v.Text = n.Comparison, n.Text
	return v
}

// noteAmbiguous adds to the explanation that the statistic printed as
// text, read with a thousands separator, gives verdict v.
func (c *Check) noteAmbiguous(text string, v Verdict) {
	c.appendWords(func(w *i18n.AuditWords, _ i18n.Lang) string { return fmt.Sprintf(w.ScanAmbiguous, text, v) })
}

func isError(v Verdict) bool { return v == Inconsistent || v == DecisionError }

// appendWords adds a sentence to the check's explanation in every language.
func (c *Check) appendWords(more func(*i18n.AuditWords, i18n.Lang) string) {
	w := c.words
	if w == nil {
		return
	}
	c.say(func(l i18n.Lang) Text {
		t := w(l)
		t.Explanation += more(l.Audit(), l)
		return t
	})
}

func dfCheck(r scanned, doc docFacts, where string) Check {
	c := Check{Kind: KindSampleSize, Source: where + "; n: " + doc.nWhere}
	want := doc.n - 1
	ok := r.df1 == float64(want)
	c.Verdict = Inconsistent
	if ok {
		c.Verdict = Consistent
	}
	dfText, n := r.dfText, doc.n
	c.say(func(l i18n.Lang) Text {
		a := l.Audit()
		t := Text{Claim: fmt.Sprintf(a.ScanDFClaim, dfText, n), Reported: "df = " + dfText, Recomputed: fmt.Sprintf(a.ScanDFRecomp, n, want)}
		if ok {
			t.Explanation = fmt.Sprintf(a.ScanDFOK, n, want)
		} else {
			t.Explanation = fmt.Sprintf(a.ScanDFBad, n, want, dfText)
		}
		return t
	})
	return c
}

func (s *scanner) decision(sent string, m []int, r scanned, off int, doc docFacts, alpha float64, alphaTxt string) (Check, bool) {
	word := ""
	for g := 2; g < len(m)/2; g++ {
		if m[2*g] >= 0 {
			w := sent[m[2*g]:m[2*g+1]]
			if strings.HasPrefix(w, "h") || w == "ho" {
				continue
			}
			word = w
			break
		}
	}
	var reject bool
	switch {
	case m[2] >= 0: // H0 ditolak / diterima
		reject = sent[m[4]:m[5]] == "ditolak"
	case m[6] >= 0: // Ha diterima / ditolak
		reject = sent[m[8]:m[9]] == "diterima"
	default:
		reject = !strings.Contains(word, "not") && (strings.HasPrefix(word, "reject"))
	}
	a0 := skipB(sent, m[0])
	st := Statement{P: r.p}
	po := StatementOptions{Alpha: alpha, NoPZeroError: s.o.NoPZeroError, PEqualAlphaNotSig: s.o.PEqualAlphaNotSig}
	if s.o.Alpha == 0 && r.alpha != nil {
		po.Alpha = r.alpha.Value
		alphaTxt = strings.TrimSpace(r.alpha.Text)
	}
	if r.kind == statT {
		tn := r.stat
		st.T = &tn
		if r.hasDF {
			df := r.df1
			st.DF = &df
		} else if doc.paired && doc.n > 1 {
			po.DF = float64(doc.n - 1)
		}
	} else if r.kind != "" {
		// Other tests: the decision is checked against the reported p.
		if r.p == nil {
			return Check{}, false
		}
	}
	tc := TestClaim{Decision: "retain", DecisionQuote: s.origText(off+a0, off+m[1]), DecisionSource: s.where(off+a0, off+m[1])}
	if reject {
		tc.Decision = "reject"
	}
	return decisionCheck(tc, st, po, alphaTxt), true
}

// statP is the p-value of a statistic as statcheck 1.4.0's compute_p
// computes it: two-sided for t, r (through t = r sqrt(df / (1 - r^2))) and
// z; the upper tail for F and chi-square.
func statP(kind string, v, df1, df2 float64) float64 {
	switch kind {
	case statT:
		return tP(v, df1, pairedt.TwoSided)
	case statR:
		if math.Abs(v) >= 1 {
			return 0
		}
		return tP(v/math.Sqrt((1-v*v)/df1), df1, pairedt.TwoSided)
	case statZ:
		return math.Min(1, math.Erfc(math.Abs(v)/math.Sqrt2))
	case statF:
		if v <= 0 {
			return 1
		}
		return fSurvival(v, df1, df2)
	case statChi2:
		if v <= 0 {
			return 1
		}
		return chi2Survival(v, df1)
	}
	return math.NaN()
}

// checkStat checks the p of an F, chi-square, r or z result with statcheck
// 1.4.0's error_test and decision_error_test (the rules of
// CheckStatement).
//
// oneTailed halves the p of t, r and z (statcheck's two_tailed = FALSE).
func checkStat(r scanned, alpha float64, o ScanOptions, oneTailed bool) Check {
	c := Check{Kind: KindPValue}
	statText := r.statText
	p := *r.p
	reported := "p " + p.Comparison + " " + strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(p.Text), "<>="))
	if p.Comparison == "ns" {
		reported = "p ns"
	}
	claim := func(a *i18n.AuditWords) Text {
		return Text{Claim: fmt.Sprintf(a.StatClaim, reported, statText), Reported: reported}
	}
	needDF := (r.kind == statChi2 || r.kind == statR || r.kind == statF) && !r.hasDF
	pZero := !o.NoPZeroError && p.Comparison != "ns" && p.Value <= 0
	if needDF {
		c.Verdict = NotDerivable
		if pZero {
			c.Verdict = ReportingError
		}
		c.say(func(l i18n.Lang) Text {
			a := l.Audit()
			t := claim(a)
			t.Explanation = fmt.Sprintf(a.StatNeedDF, statText)
			if pZero {
				d := max(p.Decimals, 1)
				t.Explanation = fmt.Sprintf(a.PZeroNoT, p.Text, l.Bounded(math.Pow(10, -float64(d)), d), statText)
			}
			return t
		})
		return c
	}
	v := r.stat
	if r.kind == statR && math.Abs(v.Value) > 1 {
		c.Verdict = Inconsistent
		c.say(func(l i18n.Lang) Text {
			a := l.Audit()
			t := claim(a)
			t.Explanation = fmt.Sprintf(a.StatRImpossible, v.Text)
			return t
		})
		return c
	}
	df1, df2 := r.df1, r.df2
	if r.kind == statR {
		df1 = r.df1
	}
	h := v.HalfUnit()
	lo, hi := math.Abs(v.Value)-h, math.Abs(v.Value)+h
	if r.kind == statF || r.kind == statChi2 {
		lo, hi = v.Value-h, v.Value+h
	}
	f := 1.0
	if oneTailed && r.kind != statF && r.kind != statChi2 {
		f = 0.5
	}
	computed := f * statP(r.kind, v.Value, df1, df2)
	pHigh := f * statP(r.kind, math.Max(lo, 0), df1, df2)
	pLow := f * statP(r.kind, hi, df1, df2)
	c.Low, c.High = fptr(pLow), fptr(pHigh)
	tc := v.Comparison
	if tc == "" {
		tc = "="
	}
	rep, pc := p.Value, p.Comparison
	if pc == "ns" {
		rep, pc = alpha, ">"
	}
	common := func(l i18n.Lang) (*i18n.AuditWords, Text) {
		a := l.Audit()
		t := claim(a)
		t.Recomputed = fmt.Sprintf(a.StatRecomputed, l.G(computed), statText,
			l.Interval(l.Dec(v.Value-h, v.Decimals+1), l.Dec(v.Value+h, v.Decimals+1)), l.Interval(l.G(pLow), l.G(pHigh)))
		return a, t
	}
	isErr := pZero || errorTest(rep, pc, p.Decimals, tc, pLow, pHigh)
	switch {
	case !isErr:
		c.Verdict = Consistent
		c.say(func(l i18n.Lang) Text {
			a, t := common(l)
			t.Explanation = fmt.Sprintf(a.StatConsistent, reported, l.G(computed), statText)
			return t
		})
	case pZero && !errorTest(0.5*math.Pow(10, -float64(p.Decimals)), "<", p.Decimals+1, tc, pLow, pHigh):
		c.Verdict = ReportingError
		d := max(p.Decimals, 1)
		c.say(func(l i18n.Lang) Text {
			a, t := common(l)
			t.Explanation = fmt.Sprintf(a.StatZeroRounds, l.G(computed), p.Text, l.Bounded(math.Pow(10, -float64(d)), d))
			return t
		})
	case decisionErrorTest(rep, computed, pc, tc, alpha, !o.PEqualAlphaNotSig):
		c.Verdict = DecisionError
		sig := !(computed > alpha || o.PEqualAlphaNotSig && computed >= alpha)
		c.say(func(l i18n.Lang) Text {
			a, t := common(l)
			word := a.Significant
			if !sig {
				word = a.NotSignificant
			}
			t.Explanation = fmt.Sprintf(a.StatDecision, l.G(computed), word, l.G(alpha), reported)
			return t
		})
	default:
		c.Verdict = Inconsistent
		c.say(func(l i18n.Lang) Text {
			a, t := common(l)
			t.Explanation = fmt.Sprintf(a.StatWrong, reported, statText, l.G(pLow), l.G(pHigh))
			return t
		})
	}
	return c
}
