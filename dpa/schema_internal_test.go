package dpa

import (
	"encoding/json"
	"testing"

	"github.com/dpakit/dpakit/i18n"
)

// TestSchemaMoneyPatterns holds the committed schema's patterns for Money
// to the regular expressions the decoder checks: the generator writes them
// as strings, since it cannot read this package's unexported variables.
func TestSchemaMoneyPatterns(t *testing.T) {
	for _, l := range i18n.Langs {
		b, err := Schema(SchemaLang(l))
		if err != nil {
			t.Fatal(err)
		}
		var s struct {
			Defs struct {
				Money struct {
					Properties map[string]struct {
						Pattern string `json:"pattern"`
					} `json:"properties"`
				} `json:"Money"`
			} `json:"$defs"`
		}
		if err := json.Unmarshal([]byte(b), &s); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			property, want string
		}{
			{"amount", decimalPattern.String()},
			{"currency", currencyPattern.String()},
		} {
			if got := s.Defs.Money.Properties[tc.property].Pattern; got != tc.want {
				t.Errorf("%s schema: Money %s has the pattern %q; the decoder checks %q: change internal/schemagen and run go generate ./dpa", l, tc.property, got, tc.want)
			}
		}
	}
}
