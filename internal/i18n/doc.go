// Package i18n is the module's one catalog of words: the languages a
// report or an audit can be written in, the sentences of every warning
// kind of package pairedt and of every audit explanation in each language,
// and the number formats of each language.
//
// Facts travel between packages as values (pairedt.Warning, audit.Check);
// words are chosen here, at the edge, from the reader's language. Each
// language is a type that implements the catalog interfaces (Warnings,
// Audit), so a sentence missing from one language is a compile error.
package i18n
