// Package i18n is the module's one catalog of words: the languages a
// report or an audit can be written in, the sentences of every warning
// kind of package pairedt, of every audit explanation and of every report
// section in each language, and the number formats of each language.
//
// Facts travel between packages as values (pairedt.Warning, audit.Check);
// words are chosen here, at the edge, from the reader's language:
//
//   - the warnings: each language is a type implementing Warnings, one
//     method per pairedt.WarningKind, so a sentence missing from one
//     language is a compile error;
//   - the audit: AuditWords, one value per language (Lang.Audit), fmt
//     formats whose arguments the audit supplies; a test checks that every
//     language fills every field and takes the same arguments;
//   - the report: ReportWords, one value per language (Lang.Report); a test
//     checks that every language fills every field with the same format
//     verbs in the same order;
//   - the web app (pairedt serve): WebWords, one value per language
//     (Lang.Web); a test checks that both languages fill every field with
//     the same format verbs;
//   - numbers: Lang.Dec, G, Interval, ... (the audit's plain formats) and
//     NumberFormat (the report's typographic one, from golang.org/x/text).
//
// report.Lang and audit.Lang are aliases of Lang.
package i18n
