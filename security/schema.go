package security

import (
	"encoding/json"

	"github.com/invopop/jsonschema"
)

// JSONSchemaExtend completes the reflected schema of Logging: each log
// field is listed once, as [Requirements.Problems] requires, which also
// lets a form offer the fields as checkboxes; the lockout count must not be
// negative.
func (Logging) JSONSchemaExtend(s *jsonschema.Schema) {
	if c, ok := s.Properties.Get("content"); ok {
		c.UniqueItems = true
	}
	if n, ok := s.Properties.Get("lockoutAfterFailures"); ok {
		n.Minimum = json.Number("0")
	}
}
