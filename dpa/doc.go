// Package dpa is the data processing agreement: an [Agreement] between one or
// more controllers and a processor under GDPR Art. 28, with its clause
// parameters and Annexes A–D, read and written as JSON and checked by
// [Validate].
//
// # Reading and writing
//
// [Decode] reads JSON strictly: an unknown field, a duplicate name, a wrong
// type or a malformed date, period or amount is a [*DecodeError] that names
// the field by JSON Pointer and the place by line and column. [Encode]
// writes indented JSON with camelCase keys, dates and decimal amounts as
// strings, and optional blanks left out; encoding a decoded agreement gives the same
// bytes again.
//
// # Validation
//
// [Validate] runs every built-in rule and returns all findings at once. A
// [Finding] has a stable code, a severity, a JSON Pointer path (the form
// ajv reports, so a frontend can put both on the same field), the legal
// reference and a message in English, Swedish, Norwegian and Danish. A
// draft may have blanks, which are warnings; in a final agreement they are
// errors. Each built-in code is a constant, such as [CodeBreachOver72h] (the
// annex rules' codes are in package annex, the common ones in package
// finding), for tests and frontends to name; [Defs] returns copies of every
// definition. docs/findings.md, generated from them, lists the codes and
// maps the nine points of Art. 28(3) to them.
//
// The rules cover the Art. 28(3) chapeau and letters (a)–(h), breach
// deadlines (missing, or beyond the controller's 72 hours), sub-processor
// terms and the chain (unknown links, cycles, depth), transfers through the
// whole chain against the transfer instruction and Chapter V on the
// agreement's date, sensitive data against the security level, audit form
// against the level, organisation-number checksums, date order and unfilled
// placeholders.
//
// # Your own rules
//
// A company's policy is a set of [Rule]s, each with its own code, run with
// the built-in rules (or without them) by a [Validator]; sector profiles
// (package profile) are named groups of rules. A rule that panics becomes a
// finding naming it and the others still run. Package dpa/dpatest has helpers
// for testing rules with go test; docs/rules.md shows the whole workflow.
package dpa
