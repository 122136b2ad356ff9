// Package change compares two versions of a data processing agreement and
// says what each difference needs under the agreement and GDPR Art. 28(2):
// a notice to the controller, the controller's prior specific
// authorisation, a signed amendment, or nothing.
//
// [Diff] lists every change with its JSON Pointer (RFC 6901, the pointers
// of [dpa.Validate] and of ajv), the old and the new value and its [Kind]:
// added, removed, changed or moved. Sub-processors in Annex B are matched
// by their id, other lists by equal values, so that a reordered list is a
// few moves rather than a change of every entry. Each change is then
// classified by the first of [Rules] that matches it; the rules are data,
// each with its legal reference.
//
// Package render turns the sub-processor changes into the notice the
// controller receives ([render.BuildNotice]).
package change
