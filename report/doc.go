// Package report turns the results of a paired (pre/post) analysis into the
// Results section of a manuscript: Markdown (CommonMark with GFM tables), one
// self-contained HTML5 file made from that Markdown, Word (.docx) and LaTeX,
// and charts as SVG, PNG, PDF or EPS, in English (APA 7) or Indonesian.
//
// New builds a Document once (each chart drawn once, the Markdown parsed once
// by goldmark); its writers (WriteMarkdown, WriteHTML, WriteDOCX, WriteLaTeX,
// Files, FilesFor) only walk it, so every format agrees with the others. Markdown, HTML and Charts are
// shorthands for New and one writer; Chart.WriterTo gives each figure in any
// of ChartFormats ("pdf" for LaTeX, "png" for Word).
//
// Knit knits a literate manuscript (docs/knit.md): the author's own
// Markdown with a YAML header naming its analyses, {{NAME.PATH}}
// references to any computed value and block directives for the report's
// tables, charts and sections, each resolved with the report's own
// formatting into a Document, so that every writer works on it. It reads
// the manuscript and its data only through the fs.FS its caller passes.
//
// Rendering is a pure function of (Analysis, Options) into an io.Writer: the
// package reads no files, no flags, no environment and no clock, so the same
// input gives the same bytes on every run and every machine. Each section
// appears only when the results it needs are present in the Analysis (a nil
// pointer or an empty slice skips it):
//
//  1. distribution on each occasion: SPSS-style frequency tables, a combined
//     table, the before x after cross table and a grouped bar chart
//     (FreqBefore, FreqAfter, Cross);
//  2. change from before to after: the t-test tables (APA names by default
//     in English, SPSS's "Paired Samples Statistics", "Paired Samples
//     Correlations" and "Paired Samples Test" by default in Indonesian or
//     with Options.TableStyle TableSPSS), the APA sentence and the decision at
//     alpha (T), with a paired plot (for an ordinal outcome a bubble grid of
//     the cross table) and a dot plot of the differences when the raw pairs
//     are given (X, Y);
//  3. assumptions and robustness: Shapiro-Wilk of the differences, Wilcoxon
//     signed-rank, sign test, Stuart-Maxwell marginal homogeneity and Bowker's
//     symmetry test, or McNemar's tests for a 2 x 2 table. For an ordinal
//     outcome (CategoryCodes) these tests are the primary analysis and come
//     before the t-test on the category codes, which follows as a comparison;
//  4. the reproduction table of audit checks (Checks);
//  5. a provenance footer (always).
//
// Every string that comes from the caller (title, variable, occasion and
// category labels, audit claims) is escaped for the place it lands: Markdown
// text and table cells (where "|" and line breaks matter), HTML text and
// attributes, and SVG text. Raw HTML from the caller never passes through.
//
// Numbers follow the locale. English follows APA 7: italic statistic symbols,
// no leading zero for quantities bounded by 1 (p, r, W), "p < .001" rather
// than "p = .000", and the true minus sign U+2212. Indonesian uses the decimal
// comma and the thousands point (CLDR data from golang.org/x/text), the
// article's wording ("Ho ditolak dan Ha diterima"), semicolons between values
// that contain a decimal comma, and likewise never prints "p = 0,000".
package report
