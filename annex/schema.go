package annex

import "github.com/invopop/jsonschema"

// JSONSchemaExtend completes the reflected schema of a Group: each kind of
// data is listed once. A repeated kind means nothing, and lists without
// repeats let a form offer the kinds as checkboxes.
func (Group) JSONSchemaExtend(s *jsonschema.Schema) {
	for _, name := range []string{"ordinary", "special", "confidential"} {
		if p, ok := s.Properties.Get(name); ok {
			p.UniqueItems = true
		}
	}
}
