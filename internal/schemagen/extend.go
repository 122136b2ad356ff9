package main

import (
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
	"github.com/invopop/jsonschema"
)

// The patterns of Money, as dpa's decoder checks them: the amount is a
// decimal of at most dpa.MaxAmountDigits digits before the point and
// dpa.MaxAmountDecimals after it, leading and trailing zeros included,
// and the currency three capital letters. The generator cannot read dpa's
// unexported regular expressions; dpa's TestSchemaMoneyPatterns compares
// the committed schema with them.
var (
	decimalPattern  = fmt.Sprintf(`^-?[0-9]{1,%d}(\.[0-9]{1,%d})?$`, dpa.MaxAmountDigits, dpa.MaxAmountDecimals)
	currencyPattern = `^[A-Z]{3}$`
)

// customSchemas are the value types with a JSON form of their own, whose
// Go fields are not JSON properties: the generator writes their schema
// whole, in $defs under their name.
var customSchemas = map[reflect.Type]func() *jsonschema.Schema{
	// A Date is a string "YYYY-MM-DD" with format "date" (RFC 3339
	// full-date), which validators such as ajv check to be a real day, as
	// civil.ParseDate does.
	reflect.TypeFor[civil.Date](): func() *jsonschema.Schema {
		return &jsonschema.Schema{Type: "string", Format: "date"}
	},
	// Money is an object with the amount as a decimal string, such as
	// "950.00", and the currency as three capital letters, as
	// dpa.Money.UnmarshalJSON requires.
	reflect.TypeFor[dpa.Money](): func() *jsonschema.Schema {
		s := &jsonschema.Schema{Type: "object", Properties: jsonschema.NewProperties(), AdditionalProperties: jsonschema.FalseSchema}
		s.Properties.Set("amount", &jsonschema.Schema{Type: "string", Pattern: decimalPattern})
		s.Properties.Set("currency", &jsonschema.Schema{Type: "string", Pattern: currencyPattern})
		return s
	},
}

// extensions complete the reflected schema of a type with what reflection
// cannot see, as a JSONSchemaExtend method would; they live here so that
// the model packages do not import invopop/jsonschema. Each is applied to
// the type's entry in $defs, and the Agreement's to the root.
var extensions = map[reflect.Type]func(*jsonschema.Schema){
	// An agreement is written in at least one language.
	reflect.TypeFor[dpa.Agreement](): func(s *jsonschema.Schema) {
		if p, ok := s.Properties.Get("languages"); ok {
			p.MinItems = ptr(uint64(1))
		}
	},
	// A fee for assistance needs the unit it is charged per, not blank, as
	// validation requires even in a draft. It is written as if/then rather than dependentRequired so
	// that draft-07 validators, which do not know that keyword, enforce it
	// too. The fee named in if is declared (true), as ajv's strict mode asks
	// of a required property.
	reflect.TypeFor[dpa.AssistanceTerms](): func(s *jsonschema.Schema) {
		s.If = &jsonschema.Schema{Properties: jsonschema.NewProperties(), Required: []string{"fee"}}
		s.If.Properties.Set("fee", jsonschema.TrueSchema)
		s.Then = &jsonschema.Schema{Properties: jsonschema.NewProperties(), Required: []string{"per"}}
		s.Then.Properties.Set("per", &jsonschema.Schema{Type: "string", MinLength: ptr(uint64(1))})
	},
	// A period's value is a whole number that must not be negative, as
	// civil.Period.Check requires.
	reflect.TypeFor[civil.Period](): func(s *jsonschema.Schema) {
		if v, ok := s.Properties.Get("value"); ok {
			v.Minimum = json.Number("0")
		}
	},
	// An organisation number has the pattern of its scheme in org.Schemes:
	// with "se-orgnr" the value must be ten digits, with "no-orgnr" nine,
	// with "dk-cvr" eight not starting with 0, with "fi-ytunnus" seven, a
	// hyphen and one, and with "other" any text
	// that does not start with a space. The patterns match the normalised
	// form that org.ID.Normalize produces and org.ID.Check expects; the
	// check digit itself is beyond a pattern and is left to validation.
	//
	// The schemes exclude one another, so the patterns are one chain of
	// if/then/else rather than an allOf of if/then, which form libraries
	// such as JSON Forms cannot render. Each then names the scheme as
	// allowed (true) as well as the value, for linters that read the then
	// alone as the object's properties.
	reflect.TypeFor[org.ID](): func(s *jsonschema.Schema) {
		at := s
		for i, d := range org.Schemes {
			if i > 0 {
				at.Else = &jsonschema.Schema{}
				at = at.Else
			}
			at.If = &jsonschema.Schema{Properties: jsonschema.NewProperties(), Required: []string{"scheme"}}
			at.If.Properties.Set("scheme", &jsonschema.Schema{Const: string(d.ID)})
			at.Then = &jsonschema.Schema{Properties: jsonschema.NewProperties()}
			at.Then.Properties.Set("scheme", jsonschema.TrueSchema)
			at.Then.Properties.Set("value", &jsonschema.Schema{Type: "string", Pattern: d.Pattern})
		}
	},
	// Each kind of data in a group of data subjects is listed once: a
	// repeated kind means nothing, and lists without repeats let a form
	// offer the kinds as checkboxes.
	reflect.TypeFor[annex.Group](): func(s *jsonschema.Schema) {
		for _, name := range []string{"ordinary", "special", "confidential"} {
			if p, ok := s.Properties.Get(name); ok {
				p.UniqueItems = true
			}
		}
	},
	// A transfer basis's SCC module is 1 to 4 and its derogation one letter
	// of Art. 49(1), a to g.
	reflect.TypeFor[transfer.Basis](): func(s *jsonschema.Schema) {
		if m, ok := s.Properties.Get("sccModule"); ok {
			m.Minimum, m.Maximum = json.Number("1"), json.Number("4")
		}
		if d, ok := s.Properties.Get("derogation"); ok {
			d.Pattern = "^[a-gA-G]$"
		}
	},
	// A transfer instruction that lists countries lists at least one, as
	// validation requires.
	reflect.TypeFor[transfer.Instruction](): func(s *jsonschema.Schema) {
		ifListed := &jsonschema.Schema{Properties: jsonschema.NewProperties(), Required: []string{"kind"}}
		ifListed.Properties.Set("kind", &jsonschema.Schema{Const: string(transfer.OnlyListed)})
		thenCountries := &jsonschema.Schema{Properties: jsonschema.NewProperties(), Required: []string{"countries"}}
		thenCountries.Properties.Set("countries", &jsonschema.Schema{Type: "array", MinItems: ptr(uint64(1))})
		thenCountries.Properties.Set("kind", jsonschema.TrueSchema)
		s.If, s.Then = ifListed, thenCountries
	},
	// Each log field is listed once, as security.Requirements.Problems
	// requires, which also lets a form offer the fields as checkboxes; the
	// lockout count must not be negative.
	reflect.TypeFor[security.Logging](): func(s *jsonschema.Schema) {
		if c, ok := s.Properties.Get("content"); ok {
			c.UniqueItems = true
		}
		if n, ok := s.Properties.Get("lockoutAfterFailures"); ok {
			n.Minimum = json.Number("0")
		}
	},
}

func ptr[T any](v T) *T { return &v }
