package terms

import (
	"reflect"
	"strings"

	"github.com/dpakit/dpakit/security"
)

// measureFieldTerms names each field of security.Requirements after its
// measure in security.Catalogue: the field's JSON name is the measure's id.
// A field without a measure panics, so that any test run finds it.
func measureFieldTerms() map[Key]Term {
	out := map[Key]Term{}
	t := reflect.TypeFor[security.Requirements]()
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		d, ok := security.MeasureID(name).Def()
		if !ok {
			panic("terms: no measure in security.Catalogue for field " + f.Name)
		}
		out[FieldKey(t, f.Name)] = Term{Title: d.Name, Description: d.Description}
	}
	return out
}
