// Package audit checks a published paired-study result claim by claim: it
// recomputes every reported number it can and says whether the number can
// be true. Each check returns a Check with a Verdict — consistent,
// inconsistent (with the recomputed value and the interval the reported
// rounding allows), decision_error (the significance decision at alpha
// flips), reporting_error (a form that cannot be literally true, such as
// p = 0.000) or not_derivable (saying what would be needed) — and a
// one-sentence explanation.
//
// A Check carries its facts (kind, verdict, the recomputed numbers and
// intervals); its human-readable fields (the claim, the reported and
// recomputed values and the explanation) are written from them in the
// language asked for (Check.Text, WriteText: English or Indonesian), from
// the module's one catalog of words. The Indonesian texts write every
// number the audit computed with the decimal comma and intervals as [a; b],
// and call the groups with role before and after "sebelum" and "sesudah";
// text quoted from the article keeps the form it was printed in
// ("p = 0.00" stays so). The JSON carries them under the keys
// claim_indonesian, reported_indonesian, recomputed_indonesian and
// explanation_indonesian (kept for one release; Check.Text is the API).
//
// What it checks:
//
//   - percentages against counts and n at the printed decimals
//     (CheckPercent), counts summing to n, percentages summing to 100 within
//     their rounding;
//   - a p-value against t and df, two- or one-sided, with statcheck 1.4's
//     semantics (CheckStatement; Nuijten et al. 2016, "The prevalence of
//     statistical reporting errors in psychology");
//   - a paired t-test against the published before and after category
//     counts over every joint table with those margins (Margins,
//     CheckMargins), under given scores and under any order-preserving
//     scoring, and the Wilcoxon signed-rank V and p over the same tables
//     (pairedt.Wilcoxon). The range of t and the any-scoring supremum are
//     exact in closed form (Monge property of the transportation problem);
//     the number of tables, the Wilcoxon range and whether a printed t is
//     hit exactly come from enumerating the tables, and beyond
//     DefaultMaxTables from a search with exact pruning;
//   - GRIM for means of integer data (GRIM, CheckGRIM; Brown & Heathers
//     2017, with scrutiny's rounding semantics);
//   - claims that contradict each other (a percentage in the text or the
//     conclusion that disagrees with the article's own table).
//
// ParseStatement reads the forms people write: APA ("t(22) = -28.47,
// p < .001"), SPSS and Indonesian ("t: -28,471", "nilai t:-28,471 dan
// probabilitasnya sebesar 0,000") with decimal commas, the Unicode minus and
// the en dash; ParseStatements reads every result of a statement. ReadClaims
// reads a whole article's claims from JSON and Audit checks them all.
//
// Scan needs no claims file: it finds every result in an article's running
// text (plain text or Markdown; HTML through HTMLText) and checks it — t,
// F, χ², r and z with df and p, p-values alone and stated decisions, counts
// with percentages and the tables they form, df against the stated n of a
// paired design, and the margin check when the text gives the before and
// after tables of a paired t. On the motivating article it finds the 20
// checks of the hand-written claims file with the same verdicts.
//
// Conventions: a printed number keeps its text, because its decimals set
// the interval it stands for (a value printed with d decimals stands for
// [v - h, v + h], h = 0.5 * 10^-d; statcheck's rule for test statistics,
// scrutiny's "up_or_down" rounding for means and percentages). Paired
// differences are d = before - after, so an improvement to a higher
// category gives a negative t, as in the article. p-values come from the
// upper tail of Student's t that pairedt.Test uses, never 1 - CDF.
// Errors wrap the sentinels ErrUnparsable, ErrClaims, ErrMargins,
// ErrTooLarge (or package pairedt's ErrTooFew, ErrScores, ErrAlternative)
// and never panic on user input.
//
// # Deliberate differences from statcheck 1.4
//
//   - statcheck reads only APA's "t(df) = x, p ..."; ParseStatement also reads
//     "t = x" with df from elsewhere (StatementOptions.DF, the claims' n - 1),
//     decimal commas and Indonesian/SPSS wording.
//   - statcheck treats one-sided tests as half the two-sided p whatever the
//     sign of t (statcheck#17); StatementOptions.Alternative computes the p of the
//     stated direction.
//   - When the rounding interval of t contains 0, statcheck takes the p of
//     its ends; CheckStatement uses p = 1 as the upper end (|t| can be 0).
//   - statcheck's error for a reported p of 0 is split: reporting_error
//     when the recomputed p is below half a unit of the printed decimals
//     (the number is right, the form is not: write p < .001), inconsistent
//     or decision_error otherwise. statcheck's error = TRUE corresponds to
//     any verdict other than consistent and not_derivable.
//   - Rounding of p to the printed decimals uses round-half-away-from-zero;
//     R's round() rounds the binary value and can differ at exact ties.
//   - Scan reads a decimal comma as a decimal mark, per number: statcheck
//     reads t(22) = -28,471 as -28471 and t(22) = 2,10 as 210. Scan also
//     reads results after a semicolon (statcheck#47), χ² with a superscript
//     ², Indonesian and SPSS wording, and a p before its statistic.
//   - Scan reads a capital T(df) as t (SPSS, "T hitung"), <= and >= (as <
//     and >) in the statistic and the p, an MSE between F and its p, and a
//     z at the start of the text; statcheck 1.4.0 reads none of them.
//   - Scan reports a correlation outside [-1, 1] as inconsistent;
//     statcheck ignores it.
//   - Scan does not guess at PDF damage: statcheck reads any run of
//     non-letters before the number as a minus ("t(28) = %^&2.20" is t =
//     -2.20) and the letter l in a df as 1 ("F(l, 76)").
//   - ScanOptions has statcheck's OneTailedTxt but not OneTailedTests
//     (every test one-tailed).
//   - At a tie to the last bits (a boundary p or t printed to 15 digits, as
//     in statcheck's tests), R's and Go's t distributions can fall on
//     opposite sides of a strict < or >.
//
// On statcheck's own kinds of test string (testdata/statcheck/expected.json)
// and on the strings of its unit tests (testdata/statcheck/testthat.json,
// from tests/testthat at v1.4.0 and two later files) Scan agrees with
// statcheck 1.4.0 everywhere else: 59 of 66 and 331 of 348.
//
// # The claims file
//
// A claims file is one JSON object; unknown keys are an error. Every printed
// value is a string exactly as printed (decimal comma kept), and every claim
// has a "source" saying where in the article it comes from (a line number).
//
//	{
//	  "title": "...", "article": "path or reference of the text",
//	  "n": {"value": 23, "source": "line 17"},          // pairs (subjects)
//	  "population": {"value": 52, "source": "line 15"}, // informational
//	  "alpha": {"printed": "0,05", "source": "line 23"},// default 0.05
//	  "levels": ["not out", "out, not smooth", "smooth"], // ordered, lowest first
//	  "scores": [1, 2, 3],                               // optional, default 1..k
//	  "groups": [                                        // frequency tables
//	    {"name": "before", "role": "before", "source": "lines 278-292",
//	     "n": {"value": 23},                             // optional, default n
//	     "cells": [{"level": "not out", "count": 17, "percent": "73,9", "source": "line 290"}, ...]},
//	    {"name": "after", "role": "after", ...}
//	  ],
//	  "percents": [                                      // percentages printed elsewhere
//	    {"group": "before", "level": "smooth", "percent": "17,4", "count": 4,
//	     "quote": "printed text", "source": "line 629"}  // count optional
//	  ],
//	  "tests": [
//	    {"statement": "nilai t:-28,471 dan probabilitasnya sebesar 0,000",
//	     "t": "-28,471", "p": "0,000", "df": 22,          // each optional, override the statement
//	     "alternative": "two.sided",                     // or "less", "greater"
//	     "margins": true,                                // check t against the before/after groups
//	     "v": "0",                                       // optional Wilcoxon V, checked with margins
//	     "decision": "reject", "decision_quote": "Ho ditolak", "decision_source": "line 546",
//	     "source": "line 23"}
//	  ],
//	  "means": [{"mean": "5.19", "n": 28, "items": 1, "source": "Table 2"}]
//	}
//
// A group's cells follow "levels" in order; a level that the article does not
// print but whose count is implied (17 + 6 = 23 leaves 0 for the third
// level) gets count 0 and a source saying so. The two groups with roles
// "before" and "after" are the margins of the paired table. The motivating
// article's claims are in testdata/oxytocin/claims.json at the module root.
package audit
