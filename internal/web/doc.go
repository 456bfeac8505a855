// Package web is the local web app of "pairedt serve": a student who
// analyses by clicking uploads a data file (or picks a sample), sees its
// columns and first rows, chooses the before and after columns (or id,
// occasion and value in long format), a numeric or ordered-category
// outcome with the order and labels of its levels, the report's language,
// the hypothesis, alpha, the direction of the differences and a group
// filter, reads the report and downloads it (Word, HTML, Markdown, LaTeX,
// the charts, a zip of everything, a manuscript template for pairedt knit).
// A second page checks the numbers of an article's text (audit.Scan) and
// marks each result in place with its verdict.
//
// Routes (every page in English or Indonesian: the session's choice, else
// Accept-Language):
//
//	GET  /                     upload form and sample buttons
//	POST /upload               a data file (multipart, read into memory) -> 303 /d/ID
//	POST /sample               sample=sleep|oxytocin -> 303 /d/ID
//	GET  /d/ID                 preview and settings form (prefilled by a guess)
//	GET  /d/ID/report?...      the report page: downloads and the report in a frame
//	GET  /d/ID/file/NAME?...   one file of that analysis (inline=1: the frame's HTML)
//	GET  /audit, POST /audit   the text audit
//	POST /lang                 lang=en|id, next=PATH: the language switch
//	GET  /static/...           style sheet, script, icon (embedded)
//
// Security: every response carries a Content-Security-Policy of
// default-src 'self' (the report's own HTML in the frame: default-src
// 'none' with inline style, as report.Document.WriteHTML needs); a Host
// header that is not an IP address, localhost, the listening host or a
// Config.AllowedHosts name is refused (DNS rebinding); a POST must come
// from this origin (Sec-Fetch-Site, Origin, else Referer) and carry the
// session's CSRF token; session ids and tokens are 128 random bits; pages
// are html/template; uploads, texts, columns, levels, sessions and data
// sets per session are bounded, each with a message in the reader's
// language. Nothing is written to disk: uploads are parsed from the
// request stream into memory (never ParseMultipartForm, which spills to
// temporary files), no request path reaches a file system (the embedded
// assets are an embed.FS), sessions expire after Config.SessionTTL idle.
// Pages are plain HTML forms; static/app.js only hides the fields that do
// not apply, fits the frame to the report and accepts a dropped file.
package web
