// Package finding is the vocabulary of validation: a [Finding] is one problem
// found in an agreement, with a stable [Code], a [Severity], a JSON Pointer
// path into the agreement (RFC 6901, the form ajv reports), the legal
// reference where there is one, and a message in English, Swedish, Norwegian
// and Danish.
//
// A [Def] defines a code once: its default severity, its reference and its
// message in each language. Rules report through a [List], which formats
// nothing until a message is asked for, so checking a valid agreement costs
// no allocation.
//
// The codes that the rules of several packages report (free text, periods,
// enumerated values, canonical forms, organisation numbers, country codes)
// are constants here, such as [CodeNotNormalised]; [Defs] returns copies of
// their definitions. The built-in rules report through a [Reporter].
//
// Users normally meet these types through package dpa, which re-exports them.
package finding
