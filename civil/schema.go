package civil

import (
	"encoding/json"

	"github.com/invopop/jsonschema"
)

// JSONSchema describes a Date in JSON Schema: a string "YYYY-MM-DD" with
// format "date" (RFC 3339 full-date), which validators such as ajv check to
// be a real day, as [ParseDate] does.
func (Date) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Format: "date"}
}

// JSONSchemaExtend completes the reflected schema of a Period: the value is
// a whole number that must not be negative, as [Period.Check] requires.
func (Period) JSONSchemaExtend(s *jsonschema.Schema) {
	if v, ok := s.Properties.Get("value"); ok {
		v.Minimum = json.Number("0")
	}
}
