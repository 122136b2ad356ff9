package org

import "github.com/invopop/jsonschema"

// JSONSchemaExtend completes the reflected schema of an ID with the pattern
// of each scheme's number in [Schemes], chosen by the scheme: with
// "se-orgnr" the value must be ten digits, with "no-orgnr" nine, with
// "dk-cvr" eight not starting with 0, and with "other" any text that does
// not start with a space. The patterns match the normalised form that
// [ID.Normalize] produces and [ID.Check] expects; the check digit itself is
// beyond a pattern and is left to validation.
func (ID) JSONSchemaExtend(s *jsonschema.Schema) {
	for _, d := range Schemes {
		ifScheme := &jsonschema.Schema{Properties: jsonschema.NewProperties(), Required: []string{"scheme"}}
		ifScheme.Properties.Set("scheme", &jsonschema.Schema{Const: string(d.ID)})
		thenValue := &jsonschema.Schema{Properties: jsonschema.NewProperties()}
		thenValue.Properties.Set("value", &jsonschema.Schema{Type: "string", Pattern: d.Pattern})
		s.AllOf = append(s.AllOf, &jsonschema.Schema{If: ifScheme, Then: thenValue})
	}
}
