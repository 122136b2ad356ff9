package check

import "github.com/dpakit/dpakit/finding"

// ChoicesOf returns the ids of a definitions table as [finding.Choices],
// the second argument of [EnumInvalid]. With a nil id there is no way to
// name a definition, and ChoicesOf returns nil: no choices.
func ChoicesOf[T any](defs []T, id func(T) string) finding.Choices {
	if id == nil {
		return nil
	}
	out := make(finding.Choices, len(defs))
	for i, d := range defs {
		out[i] = id(d)
	}
	return out
}

// Strings returns ids, which have a string type, as [finding.Choices].
func Strings[S ~string](ids ...S) finding.Choices {
	out := make(finding.Choices, len(ids))
	for i, id := range ids {
		out[i] = string(id)
	}
	return out
}
