package transfer

import (
	"encoding/json"

	"github.com/invopop/jsonschema"
)

// JSONSchemaExtend completes the reflected schema of a Basis: the SCC
// module is 1 to 4 and the derogation one letter of Art. 49(1), a to g.
func (Basis) JSONSchemaExtend(s *jsonschema.Schema) {
	if m, ok := s.Properties.Get("sccModule"); ok {
		m.Minimum, m.Maximum = json.Number("1"), json.Number("4")
	}
	if d, ok := s.Properties.Get("derogation"); ok {
		d.Pattern = "^[a-gA-G]$"
	}
}

// JSONSchemaExtend completes the reflected schema of an Instruction: with
// [OnlyListed] at least one country must be listed, as validation requires.
func (Instruction) JSONSchemaExtend(s *jsonschema.Schema) {
	ifListed := &jsonschema.Schema{Properties: jsonschema.NewProperties(), Required: []string{"kind"}}
	ifListed.Properties.Set("kind", &jsonschema.Schema{Const: string(OnlyListed)})
	thenCountries := &jsonschema.Schema{Properties: jsonschema.NewProperties(), Required: []string{"countries"}}
	one := uint64(1)
	thenCountries.Properties.Set("countries", &jsonschema.Schema{Type: "array", MinItems: &one})
	s.AllOf = append(s.AllOf, &jsonschema.Schema{If: ifListed, Then: thenCountries})
}
