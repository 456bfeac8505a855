package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pairedt/pairedt/internal/load"
	"github.com/pairedt/pairedt/pairedt"
	"github.com/pairedt/pairedt/pairedt/audit"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// Literate manuscripts (docs/knit.md). A manuscript is CommonMark with GFM
// tables and a YAML header naming its analyses; the author's prose holds
// inline references {{NAME.PATH[:D]}} to computed values and block
// directives (a paragraph of only {{KIND NAME.THING}}) for the report's
// tables, charts and sections. Knit resolves every reference with the
// report's own formatting, so a reference prints what the report prints,
// and builds a Document: the expanded Markdown parsed by goldmark with the
// report's extension, so that every writer (Markdown, HTML, Word, LaTeX)
// works on it unchanged, with tables and figures numbered in document order.

// Sentinel errors of Knit. Each *KnitError wraps one of them.
var (
	// ErrHeader: the front matter cannot be read or holds an unknown key
	// or a bad value.
	ErrHeader = errors.New("bad manuscript header")
	// ErrReference: a reference names no analysis or no statistic, or
	// has a precision modifier where none applies.
	ErrReference = errors.New("unknown reference")
	// ErrSyntax: a {{ without its }}, or a malformed reference.
	ErrSyntax = errors.New("malformed reference")
	// ErrDirective: an unknown block directive, or one that is not a
	// paragraph of its own at the top level.
	ErrDirective = errors.New("bad block directive")
	// ErrUndefined: the statistic a reference asks for is not defined
	// for these data (no discordant pairs, constant differences ...).
	ErrUndefined = errors.New("statistic undefined for these data")
	// ErrData: a data or claims file cannot be read or analysed.
	ErrData = errors.New("cannot read data")
	// ErrUnsafePath: a file name that is absolute or leads out of the
	// manuscript's directory.
	ErrUnsafePath = errors.New("file outside the manuscript's directory")
	// ErrRawHTML: raw HTML formed where the author's text meets a
	// reference while raw HTML is off.
	ErrRawHTML = errors.New("raw HTML")
	// ErrLint: a number typed in the prose disagrees with the computed
	// results (an error only with KnitOptions.Strict).
	ErrLint = errors.New("hand-typed statistic disagrees")
)

// KnitError is one problem of a manuscript at a position: its Error is
// "FILE:LINE:COL: message". Kind is the sentinel it wraps, Err the
// underlying error (a *csvin.Error, a pairedt sentinel), when there is one.
type KnitError struct {
	Pos  Pos
	Kind error
	Msg  string
	Err  error
}

func (e *KnitError) Error() string {
	msg := e.Msg
	if msg == "" && e.Err != nil {
		msg = e.Err.Error()
	}
	return e.Pos.String() + ": " + msg
}

func (e *KnitError) Unwrap() []error {
	var out []error
	if e.Kind != nil {
		out = append(out, e.Kind)
	}
	if e.Err != nil {
		out = append(out, e.Err)
	}
	return out
}

// KnitOptions controls Knit. The zero value writes charts, keeps raw HTML
// off and reports lint findings as warnings.
type KnitOptions struct {
	// UnsafeHTML lets raw HTML in the author's Markdown through to the
	// output (goldmark's WithUnsafe); off, it is left out with a warning.
	UnsafeHTML bool
	// Strict makes every lint warning an error (ErrLint).
	Strict bool
	// NoCharts leaves the charts out ({{chart}} blocks write nothing).
	NoCharts bool
	// NoLint skips the check of hand-typed statistics.
	NoLint bool
	// ModuleVersion and Args are printed by {{provenance NAME}}.
	ModuleVersion string
	Args          []string
	// DisplayName names the manuscript in positions ("" is the name
	// given to Knit), e.g. the path the user typed.
	DisplayName string
}

// maxManuscript bounds the manuscript's size in bytes.
const maxManuscript = 4 << 20

// Manuscript is a knitted manuscript: the author's text with every
// reference resolved, a Document that every writer works on.
type Manuscript struct {
	// Name is the manuscript's base name without .md: the outputs are
	// NAME.md, NAME.html ...
	Name string
	// Header is the parsed front matter.
	Header Header
	// Warnings are the lint findings (hand-typed numbers that disagree
	// with the results) and the raw HTML left out, in document order.
	Warnings []*KnitError
	// Inputs are the files read, as paths in the fs.FS: the manuscript,
	// then each analysis' data and claims files.
	Inputs []string
	// Notes are the loader's remarks on each analysis' data ("2 pairs
	// with a missing value dropped"), as `analysis "asi": ...`, in the
	// header's order; {{report NAME}} prints them too.
	Notes []string

	doc *Document
}

// Document returns the knitted document.
func (m *Manuscript) Document() *Document { return m.doc }

// WriteMarkdown writes the knitted manuscript as CommonMark with GFM
// tables: every reference resolved, figures as numbered captions with
// image links to NAME.svg.
func (m *Manuscript) WriteMarkdown(w io.Writer) error { return m.doc.WriteMarkdown(w) }

// WriteHTML writes it as one self-contained HTML page (Document.WriteHTML).
func (m *Manuscript) WriteHTML(w io.Writer) error { return m.doc.WriteHTML(w) }

// WriteDOCX writes it as a Word document (Document.WriteDOCX).
func (m *Manuscript) WriteDOCX(w io.Writer) error { return m.doc.WriteDOCX(w) }

// WriteLaTeX writes it as LaTeX to \input (Document.WriteLaTeX).
func (m *Manuscript) WriteLaTeX(w io.Writer) error { return m.doc.WriteLaTeX(w) }

// Files is FilesFor(dpi, "md", "html").
func (m *Manuscript) Files(dpi int) ([]File, error) { return m.FilesFor(dpi, "md", "html") }

// FilesFor returns the outputs in the given formats as Document.FilesFor
// does, named after the manuscript: NAME.md, NAME.html, NAME.docx,
// NAME.tex and NAME-standalone.tex, then the charts the document shows.
func (m *Manuscript) FilesFor(dpi int, formats ...string) ([]File, error) {
	return m.doc.filesFor(m.Name, dpi, formats...)
}

// Knit reads the manuscript name from fsys, which is rooted at the
// manuscript's directory, reads the data and claims files its header
// names through fsys, and resolves every reference. It reads nothing
// else: the caller decides what fsys reaches (the pairedt command passes
// an os.Root's FS, which refuses symlinks leading out of the directory).
//
// The error lists every problem found, each a *KnitError with its
// position (errors.As), joined by errors.Join; nothing is returned on
// error.
func Knit(fsys fs.FS, name string, o KnitOptions) (*Manuscript, error) {
	if !fs.ValidPath(name) {
		return nil, &KnitError{Pos: Pos{File: name}, Kind: ErrUnsafePath, Msg: "manuscript name must be a relative path inside the file system"}
	}
	display := name
	if o.DisplayName != "" {
		display = o.DisplayName
	}
	src, err := readFile(fsys, name, maxManuscript)
	if err != nil {
		return nil, &KnitError{Pos: Pos{File: display}, Kind: ErrData, Err: err, Msg: fmt.Sprintf("cannot read the manuscript: %v", pathErr(err))}
	}
	dir := path.Dir(name)
	inputs := []string{name}
	m, err := knit(src, display, o, func(s *AnalysisSpec) (*knitData, error) {
		inputs = append(inputs, path.Join(dir, path.Clean(s.Data)))
		if s.Claims != "" {
			inputs = append(inputs, path.Join(dir, path.Clean(s.Claims)))
		}
		return loadAnalysis(fsys, dir, s)
	})
	if m != nil {
		m.Name = strings.TrimSuffix(path.Base(name), path.Ext(name))
		m.Inputs = inputs
	}
	return m, err
}

// KnitSource is Knit for a manuscript already in memory (src, named
// name in messages); data and claims files are read through fsys.
func KnitSource(fsys fs.FS, name string, src []byte, o KnitOptions) (*Manuscript, error) {
	if o.DisplayName != "" {
		name = o.DisplayName
	}
	return knit(src, name, o, func(s *AnalysisSpec) (*knitData, error) {
		return loadAnalysis(fsys, ".", s)
	})
}

// readFile reads name from fsys, at most limit bytes.
func readFile(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s is larger than %d bytes", name, limit)
	}
	return b, nil
}

// knitData is a loaded analysis.
type knitData struct {
	study                             *pairedt.Study
	variable, beforeLabel, afterLabel string
	notes                             []load.Note
	checks                            []audit.Check
	prov                              Provenance
}

// knitAnalysis is one analysis of the manuscript, ready to be referred to.
type knitAnalysis struct {
	spec   *AnalysisSpec
	study  *pairedt.Study
	a      Analysis
	notes  []load.Note // the loader's, for Manuscript.Notes in English
	o      Options
	charts map[string]*Chart // by the report's name (paired ...)
	r      *renderer         // for inline references
}

func (k *knitAnalysis) newRenderer() *renderer {
	r := &renderer{a: &k.a, o: k.o, f: newNumberFormat(k.o.Lang), w: k.o.Lang.Report(), charts: k.charts}
	r.plan()
	return r
}

func (k *knitAnalysis) pairs() int {
	if k.study != nil {
		return k.study.N
	}
	return k.a.completePairs()
}

func (k *knitAnalysis) dropped() int {
	if k.study != nil {
		return k.study.Dropped
	}
	return len(k.a.X) - k.a.completePairs()
}

// undefined is the error of a reference to a test these data do not
// define, with the reason in the document's language and in English.
func (k *knitAnalysis) undefined(m pairedt.Method) error {
	var reason error
	if k.study != nil {
		reason = k.study.Reason(m)
	}
	for _, u := range k.a.Undefined {
		if u.Method == m {
			reason = u.Err
		}
	}
	if reason == nil {
		return fmt.Errorf("%w: %s was not run", ErrUndefined, m)
	}
	var u pairedt.Undefined
	if errors.As(reason, &u) {
		reason = u.Err
	}
	return fmt.Errorf("%w: %s is undefined for these data: %s (%w)", ErrUndefined, m, k.r.reason(reason), reason)
}

// knitter is the state of one knit.
type knitter struct {
	file     string
	src      []byte // the whole file
	body     int    // offset of the body in src
	lines    []int  // offsets of the line starts of src
	o        KnitOptions
	h        Header
	analyses map[string]*knitAnalysis
	failed   map[string]bool // analyses that failed to load: no cascade of errors
	errs     []error
	warns    []*KnitError
	nTable   int
}

// pos returns the position of body offset off.
func (kn *knitter) pos(off int) Pos {
	abs := kn.body + off
	i, found := slices.BinarySearch(kn.lines, abs)
	if !found {
		i--
	}
	col := utf8.RuneCount(kn.src[kn.lines[i]:abs]) + 1
	return Pos{kn.file, i + 1, col}
}

func (kn *knitter) errorf(off int, kind error, cause error, format string, args ...any) {
	kn.errs = append(kn.errs, &KnitError{Pos: kn.pos(off), Kind: kind, Err: cause, Msg: fmt.Sprintf(format, args...)})
}

// plainParser is the first pass: the author's Markdown as goldmark reads
// it (CommonMark and GFM tables), to find text, code and raw HTML.
var plainParser = goldmark.New(goldmark.WithExtensions(extension.Table)).Parser()

// knit is Knit with the loader of the analyses given.
func knit(src []byte, file string, o KnitOptions, load func(*AnalysisSpec) (*knitData, error)) (*Manuscript, error) {
	if len(src) > maxManuscript {
		return nil, &KnitError{Pos: Pos{File: file}, Kind: ErrData, Msg: fmt.Sprintf("the manuscript has %d bytes, at most %d", len(src), maxManuscript)}
	}
	if !utf8.Valid(src) {
		bad := 0
		for bad < len(src) {
			r, n := utf8.DecodeRune(src[bad:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			bad += n
		}
		line := 1 + bytes.Count(src[:bad], []byte("\n"))
		col := 1 + utf8.RuneCount(src[bytes.LastIndexByte(src[:bad], '\n')+1:bad])
		return nil, &KnitError{Pos: Pos{file, line, col}, Kind: ErrSyntax, Msg: "the manuscript is not valid UTF-8"}
	}
	kn := &knitter{file: file, src: src, o: o, analyses: map[string]*knitAnalysis{}, failed: map[string]bool{}}
	kn.lines = append(kn.lines, 0)
	for i, c := range src {
		if c == '\n' {
			kn.lines = append(kn.lines, i+1)
		}
	}
	yml, line0, body, err := splitFrontMatter(src)
	if err != nil {
		err.(*KnitError).Pos.File = file
		return nil, err
	}
	kn.body = body
	if yml != nil {
		if kn.h, err = parseHeader(yml, line0, file); err != nil {
			return nil, err
		}
	}
	kn.loadAll(load)
	out := kn.expand()
	if len(kn.errs) > 0 {
		return nil, errors.Join(kn.errs...)
	}
	doc := kn.document(out)
	if len(kn.errs) > 0 {
		return nil, errors.Join(kn.errs...)
	}
	if !o.NoLint {
		kn.lint(out)
	}
	if o.Strict {
		for _, w := range kn.warns {
			if errors.Is(w, ErrLint) || errors.Is(w, ErrRawHTML) {
				kn.errs = append(kn.errs, w)
			}
		}
		if len(kn.errs) > 0 {
			return nil, errors.Join(kn.errs...)
		}
	}
	name := strings.TrimSuffix(path.Base(file), path.Ext(file))
	if name == "" || name == "." || name == "/" {
		name = "manuscript"
	}
	var notes []string
	for _, a := range kn.h.Analyses {
		if k := kn.analyses[a.Name]; k != nil {
			for _, n := range k.notes {
				notes = append(notes, fmt.Sprintf("analysis %q: %s", a.Name, n))
			}
		}
	}
	return &Manuscript{Name: name, Header: kn.h, Warnings: kn.warns, Notes: notes, doc: doc}, nil
}

// options returns the report options of an analysis.
func (kn *knitter) options(s *AnalysisSpec) Options {
	return Options{Lang: kn.h.Lang, TableStyle: kn.h.TableStyle, Decimals: kn.h.Decimals, Alpha: s.Alpha,
		NoCharts: kn.o.NoCharts, BayesPrior: s.BayesPrior}
}

// loadAll loads every analysis of the header, in order.
func (kn *knitter) loadAll(load func(*AnalysisSpec) (*knitData, error)) {
	multi := len(kn.h.Analyses) > 1
	for i := range kn.h.Analyses {
		s := &kn.h.Analyses[i]
		d, err := load(s)
		if err != nil {
			var ke *KnitError
			if errors.As(err, &ke) {
				if ke.Pos.File == "" {
					ke.Pos.File = kn.file
				}
				kn.errs = append(kn.errs, err)
			} else {
				kn.errs = append(kn.errs, &KnitError{Pos: s.posOf("data"), Kind: ErrData, Err: err, Msg: fmt.Sprintf("analysis %q: %v", s.Name, err)})
			}
			kn.failed[s.Name] = true
			continue
		}
		k, err := kn.prepare(s, d, multi)
		if err != nil {
			kn.errs = append(kn.errs, &KnitError{Pos: s.posOf(""), Kind: ErrData, Err: err, Msg: fmt.Sprintf("analysis %q: %v", s.Name, err)})
			kn.failed[s.Name] = true
			continue
		}
		kn.analyses[s.Name] = k
	}
}

// posOf is the position of key k's value in the header ("" the name).
func (s *AnalysisSpec) posOf(k string) Pos {
	if p, ok := s.pos[k]; ok {
		return p
	}
	return s.pos[""]
}

// prepare builds the Analysis, options, charts and renderer of a loaded
// analysis. With several analyses the charts are named NAME-CHART, so
// that their files do not collide.
func (kn *knitter) prepare(s *AnalysisSpec, d *knitData, multi bool) (*knitAnalysis, error) {
	k := &knitAnalysis{spec: s, study: d.study}
	if d.study != nil {
		k.a = FromStudy(d.study)
	}
	k.a.Variable, k.a.BeforeLabel, k.a.AfterLabel = first(s.Variable, d.variable), first(s.BeforeLabel, d.beforeLabel), first(s.AfterLabel, d.afterLabel)
	// The document's notes in its language; the command's, on standard
	// error, in English (Manuscript.Notes).
	k.a.Notes, k.a.Checks, k.a.Provenance = load.Texts(d.notes, kn.h.Lang), d.checks, d.prov
	k.notes = d.notes
	if k.a.Provenance.ModuleVersion == "" {
		k.a.Provenance.ModuleVersion = kn.o.ModuleVersion
	}
	k.a.Provenance.Args = kn.o.Args
	o, err := kn.options(s).resolved()
	if err != nil {
		return nil, err
	}
	k.o = o
	if err := k.a.validate(); err != nil {
		return nil, err
	}
	if !o.NoCharts {
		cs, err := charts(&k.a, o)
		if err != nil {
			return nil, err
		}
		k.charts = map[string]*Chart{}
		for _, c := range cs {
			k.charts[c.Name] = c
			if multi {
				c.Name = s.Name + "-" + c.Name
			}
		}
	}
	k.r = k.newRenderer()
	return k, nil
}

func first(a, b string) string {
	if strings.TrimSpace(a) != "" {
		return a
	}
	return b
}

// splice replaces body bytes [start, stop) with repl in the output.
type splice struct {
	start, stop int
	repl        string
}

// span maps output bytes [out, out+n) to body offset body (author text);
// generated text has no span.
type span struct{ out, n, body int }

// expandResult is the expanded Markdown and where the author's bytes went.
type expandResult struct {
	src   []byte
	spans []span
	prose []byte // the file with everything but the author's prose blanked, for lint
}

// expand parses the body and writes the expanded Markdown: references and
// blocks resolved, raw HTML left out unless allowed.
func (kn *knitter) expand() expandResult {
	body := kn.src[kn.body:]
	root := plainParser.Parse(text.NewReader(body))
	var splices []splice
	prose := bytes.Clone(kn.src)
	blank := func(start, stop int) { // body offsets
		for i := kn.body + start; i < kn.body+stop && i < len(prose); i++ {
			if prose[i] != '\n' {
				prose[i] = ' '
			}
		}
	}
	blank(-kn.body, 0)

	var texts []text.Segment
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := n.(type) {
		case *ast.CodeSpan:
			for c := v.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					blank(t.Segment.Start, t.Segment.Stop)
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			l := n.Lines()
			for i := 0; i < l.Len(); i++ {
				blank(l.At(i).Start, l.At(i).Stop)
			}
			if f, ok := n.(*ast.FencedCodeBlock); ok && f.Info != nil {
				blank(f.Info.Segment.Start, f.Info.Segment.Stop)
			}
		case *ast.HTMLBlock:
			l := n.Lines()
			var segs []text.Segment
			for i := 0; i < l.Len(); i++ {
				segs = append(segs, l.At(i))
			}
			if v.HasClosure() {
				segs = append(segs, v.ClosureLine)
			}
			kn.rawHTML(segs, &splices, blank, true)
		case *ast.RawHTML:
			var segs []text.Segment
			for i := 0; i < v.Segments.Len(); i++ {
				segs = append(segs, v.Segments.At(i))
			}
			kn.rawHTML(segs, &splices, blank, false)
		case *ast.AutoLink:
			kn.checkURL(v.URL(body), n)
			return ast.WalkSkipChildren, nil
		case *ast.Link:
			kn.checkURL(v.Destination, n)
		case *ast.Image:
			kn.checkURL(v.Destination, n)
		case *ast.Text:
			texts = append(texts, v.Segment)
		}
		return ast.WalkContinue, nil
	})

	// Merge the text segments into runs of contiguous text and find the
	// references in them.
	slices.SortFunc(texts, func(a, b text.Segment) int { return a.Start - b.Start })
	var runs [][2]int
	for _, s := range texts {
		if n := len(runs); n > 0 && s.Start <= runs[n-1][1] {
			runs[n-1][1] = max(runs[n-1][1], s.Stop)
			continue
		}
		runs = append(runs, [2]int{s.Start, s.Stop})
	}
	if kn.h.Title != "" {
		// nothing to splice: the title is written before the body
	}
	for _, run := range runs {
		kn.scanRun(root, body, run[0], run[1], &splices, blank)
	}

	slices.SortFunc(splices, func(a, b splice) int { return a.start - b.start })
	var out bytes.Buffer
	var spans []span
	if t := strings.TrimSpace(clean(kn.h.Title)); t != "" {
		fmt.Fprintf(&out, "# %s\n\n", mdText(t))
	}
	last := 0
	{
		// Skip the blank lines the body starts with.
		for last < len(body) && (body[last] == '\n' || body[last] == '\r') && !startsSplice(splices, last) {
			last++
		}
	}
	copyAuthor := func(start, stop int) {
		if stop > start {
			spans = append(spans, span{out.Len(), stop - start, start})
			out.Write(body[start:stop])
		}
	}
	for _, s := range splices {
		if s.start < last {
			continue // overlapping (a reference inside a removed HTML block): the first wins
		}
		copyAuthor(last, s.start)
		out.WriteString(s.repl)
		last = s.stop
	}
	copyAuthor(last, len(body))
	return expandResult{src: out.Bytes(), spans: spans, prose: prose}
}

func startsSplice(ss []splice, off int) bool {
	for _, s := range ss {
		if s.start == off {
			return true
		}
	}
	return false
}

// rawHTML handles raw HTML of the author's: kept with UnsafeHTML, else
// left out with a warning (HTML comments silently).
func (kn *knitter) rawHTML(segs []text.Segment, splices *[]splice, blank func(int, int), block bool) {
	if len(segs) == 0 {
		return
	}
	body := kn.src[kn.body:]
	for _, s := range segs {
		blank(s.Start, s.Stop)
	}
	if kn.o.UnsafeHTML || len(segs) == 1 && isSafeTag(segs[0].Value(body)) {
		return
	}
	first := segs[0]
	v := bytes.TrimSpace(first.Value(body))
	for _, s := range segs {
		stop := s.Stop
		if block && s == segs[len(segs)-1] && stop < len(body) && body[stop] == '\n' {
			stop++ // and the blank line after a block left out
		}
		*splices = append(*splices, splice{s.Start, stop, ""})
	}
	if !bytes.HasPrefix(v, []byte("<!--")) {
		snippet := string(v)
		if len(snippet) > 40 {
			snippet = string([]rune(snippet)[:min(len([]rune(snippet)), 40)]) + "…"
		}
		kn.warns = append(kn.warns, &KnitError{Pos: kn.pos(first.Start), Kind: ErrRawHTML,
			Msg: fmt.Sprintf("raw HTML %q left out (allow it with --unsafe-html)", snippet)})
	}
}

// checkURL refuses a link or image destination goldmark deems dangerous
// (javascript:, vbscript:, file:, data: other than images) unless raw
// HTML is allowed: the HTML renderer runs with raw HTML on for the
// report's own markup, which would let such a link through.
func (kn *knitter) checkURL(u []byte, n ast.Node) {
	if kn.o.UnsafeHTML || !ghtml.IsDangerousURL(u) {
		return
	}
	off := 0
	for c := ast.Node(n); c != nil; c = c.FirstChild() {
		if t, ok := c.(*ast.Text); ok {
			off = t.Segment.Start
			break
		}
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			off = c.Lines().At(0).Start
		}
	}
	if off == 0 {
		for p := n.Parent(); p != nil; p = p.Parent() {
			if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
				off = p.Lines().At(0).Start
				break
			}
		}
	}
	kn.errorf(off, ErrRawHTML, nil, "link destination %q is refused (javascript:, vbscript:, file: and data: run or reach outside the page; allow with --unsafe-html)", string(u))
}

// safeTags are the raw HTML tags an author may write without
// --unsafe-html: the report's own markup for subscripts and superscripts
// (d<sub>z</sub>, 10<sup>3</sup>) and a line break, with no attributes.
var safeTags = []string{"<sub>", "</sub>", "<sup>", "</sup>", "<br>", "<br/>", "<br />"}

func isSafeTag(v []byte) bool { return slices.Contains(safeTags, strings.ToLower(string(v))) }

// ref is one parsed reference.
type ref struct {
	kind     string   // "" inline, else the block kind
	path     []string // the dotted target
	prec     int      // -1 when absent
	text     string   // as written, between the braces
	start    int      // body offset of "{{"
	stop     int      // body offset after "}}"
	analysis string
}

// blockKinds are the block directives.
var blockKinds = []string{"table", "chart", "section", "audit", "report", "provenance"}

// scanRun finds the references in the text run body[start:stop].
func (kn *knitter) scanRun(root ast.Node, body []byte, start, stop int, splices *[]splice, blank func(int, int)) {
	for i := start; i+1 < stop; i++ {
		if body[i] != '{' || body[i+1] != '{' {
			continue
		}
		// An odd number of backslashes before it escapes it: \{{ is
		// literal (and renders as {{).
		bs := 0
		for j := i - 1; j >= 0 && body[j] == '\\'; j-- {
			bs++
		}
		if bs%2 == 1 {
			i++
			continue
		}
		end := bytes.Index(body[i+2:stop], []byte("}}"))
		if end < 0 {
			kn.errorf(i, ErrSyntax, nil, "%s without its closing }} on the same line (write \\{{ for literal braces)", "{{")
			return
		}
		end += i + 2
		// "}}}" closes at the last pair: {{a}}} is {{a}} and "}".
		r, err := parseRef(string(body[i+2 : end]))
		r.start, r.stop = i, end+2
		if err != nil {
			kn.errorf(i, ErrSyntax, nil, "%v", err)
			i = end + 1
			continue
		}
		blank(r.start, r.stop)
		if r.kind == "" {
			if repl, ok := kn.inline(r, body); ok {
				*splices = append(*splices, splice{r.start, r.stop, repl})
			}
		} else {
			kn.block(root, body, r, splices, blank)
		}
		i = end + 1
	}
}

// parseRef reads the text between {{ and }}.
func parseRef(s string) (ref, error) {
	r := ref{prec: -1, text: strings.TrimSpace(s)}
	f := strings.Fields(s)
	if len(f) == 0 {
		return r, errors.New("empty reference {{}}")
	}
	target := f[0]
	if len(f) > 1 {
		if !slices.Contains(blockKinds, f[0]) {
			return r, fmt.Errorf("malformed reference {{%s}}: a reference has no spaces; a block directive starts with one of %s%s", r.text, strings.Join(blockKinds, ", "), didYouMean(f[0], blockKinds))
		}
		if len(f) > 2 {
			return r, fmt.Errorf("malformed block directive {{%s}}: want {{%s NAME.THING}}", r.text, f[0])
		}
		r.kind, target = f[0], f[1]
	} else if slices.Contains([]string{"audit", "report", "provenance"}, f[0]) {
		// {{audit}} with the one analysis.
		r.kind, target = f[0], ""
	}
	if t, p, ok := strings.Cut(target, ":"); ok {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > maxDecimals || p == "" || p[0] == '+' {
			return r, fmt.Errorf("malformed precision %q in {{%s}}: want :D, D = 0 to %d decimals", ":"+p, r.text, maxDecimals)
		}
		if r.kind != "" {
			return r, fmt.Errorf("a block directive takes no precision: {{%s}}", r.text)
		}
		r.prec, target = n, t
	}
	if target == "" {
		if r.kind != "" {
			return r, nil
		}
		return r, fmt.Errorf("malformed reference {{%s}}", r.text)
	}
	for _, seg := range strings.Split(target, ".") {
		if seg == "" {
			return r, fmt.Errorf("malformed reference {{%s}}: an empty name between dots", r.text)
		}
		for _, c := range seg {
			if !(c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 0x7f && (isLetterOrDigit(c))) {
				return r, fmt.Errorf("malformed reference {{%s}}: %q may not appear in a name (letters, digits, _ and - between dots)", r.text, c)
			}
		}
		r.path = append(r.path, seg)
	}
	return r, nil
}

// resolveAnalysis splits the analysis name off a reference's path: the
// first name when it is an analysis, else the only analysis.
func (kn *knitter) resolveAnalysis(r *ref) (*knitAnalysis, bool) {
	names := kn.analysisNames()
	if len(r.path) > 0 && slices.Contains(names, r.path[0]) {
		r.analysis, r.path = r.path[0], r.path[1:]
	} else {
		switch len(names) {
		case 0:
			kn.errorf(r.start, ErrReference, nil, "reference {{%s}} needs an analysis: the header declares none (analyses: NAME: {data: ..., before: ..., after: ...})", r.text)
			return nil, false
		case 1:
			if len(r.path) > 1 && !isRoot(r.path[0]) {
				if m := closest(r.path[0], names); m != "" {
					kn.errorf(r.start, ErrReference, nil, "unknown analysis %q in {{%s}} (did you mean %q?)", r.path[0], r.text, m)
					return nil, false
				}
			}
			r.analysis = names[0]
		default:
			if len(r.path) > 1 && !isRoot(r.path[0]) || r.kind != "" && len(r.path) > 0 {
				if m := closest(r.path[0], names); m != "" {
					kn.errorf(r.start, ErrReference, nil, "unknown analysis %q in {{%s}} (did you mean %q?)", r.path[0], r.text, m)
					return nil, false
				}
			}
			kn.errorf(r.start, ErrReference, nil, "reference {{%s}} must name its analysis: the header declares %s", r.text, strings.Join(quoteAll(names), ", "))
			return nil, false
		}
	}
	if kn.failed[r.analysis] {
		return nil, false // its error is already reported at the header
	}
	return kn.analyses[r.analysis], true
}

func (kn *knitter) analysisNames() []string {
	var out []string
	for _, a := range kn.h.Analyses {
		out = append(out, a.Name)
	}
	return out
}

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = strconv.Quote(x)
	}
	return out
}

// inline resolves an inline reference.
func (kn *knitter) inline(r ref, body []byte) (string, bool) {
	k, ok := kn.resolveAnalysis(&r)
	if !ok {
		return "", false
	}
	p := strings.Join(r.path, ".")
	if len(r.path) == 0 {
		kn.errorf(r.start, ErrReference, nil, "reference {{%s}} names the analysis %q but no statistic (e.g. {{%s.t}})", r.text, r.analysis, r.analysis)
		return "", false
	}
	e, c, ok := k.lookup(r.path)
	if !ok && k.a.levels() == nil && slices.Contains([]string{"freq", "cross", "level"}, r.path[0]) {
		kn.errorf(r.start, ErrReference, nil, "{{%s}}: the outcome of analysis %q is numeric, so it has no categories (declare levels: for ordered categories)", r.text, r.analysis)
		return "", false
	}
	if !ok {
		kn.errorf(r.start, ErrReference, nil, "unknown statistic %q in analysis %q%s", p, r.analysis, didYouMean(p, k.names()))
		return "", false
	}
	if r.prec >= 0 && !e.prec {
		kn.errorf(r.start, ErrReference, nil, "{{%s}}: %s takes no precision modifier (its digits are fixed: counts are whole, p-values follow APA)", r.text, p)
		return "", false
	}
	c.r = k.r
	c.dec = k.o.Decimals
	if e.table != nil && e.table(k) {
		c.dec = k.o.TableDecimals
	}
	if e.pct {
		c.dec = k.o.PercentDecimals
	}
	if r.prec >= 0 {
		c.dec = r.prec
	}
	v, err := e.eval(&c)
	if err != nil {
		kind := ErrUndefined
		if errors.Is(err, errNotInDesign) {
			kind = ErrReference
		}
		kn.errorf(r.start, kind, err, "{{%s}}: %s", r.text, strings.TrimPrefix(strings.TrimPrefix(err.Error(), ErrUndefined.Error()+": "), errNotInDesign.Error()+": "))
		return "", false
	}
	// The report writes a NaN as "—": in a value without caller words
	// that is a number these data do not define.
	if v == "" || strings.Contains(v, "NaN") || !hasWords(e.name) && strings.Contains(v, "\u2014") {
		kn.errorf(r.start, ErrUndefined, nil, "{{%s}}: the value is undefined for these data", r.text)
		return "", false
	}
	// A number at the start of a line followed by "." or ")" would open
	// an ordered list: escape the mark.
	ls := bytes.LastIndexByte(body[:r.start], '\n') + 1
	if len(bytes.TrimSpace(body[ls:r.start])) == 0 {
		if j := strings.IndexFunc(v, func(c rune) bool { return c < '0' || c > '9' }); j > 0 && (v[j] == '.' || v[j] == ')') {
			v = v[:j] + "\\" + v[j:]
		} else if j < 0 && r.stop < len(body) && (body[r.stop] == '.' || body[r.stop] == ')') {
			v += "\\"
		}
	}
	return v, true
}

// hasWords reports whether the reference's value holds caller words
// (labels, claims) or a whole sentence, where a dash may be text.
func hasWords(name string) bool {
	switch name {
	case "variable", "before", "after", "level.*", "freq.before.*", "freq.after.*":
		return true
	}
	return strings.HasSuffix(name, "sentence") || strings.HasPrefix(name, "audit.#.") || name == "t.decision" || name == "sensitivity"
}

// isLetterOrDigit reports a non-ASCII letter or digit (category labels in
// any script).
func isLetterOrDigit(c rune) bool { return levelSlug(string(c)) != "" }
