package dpa_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/finding"
)

// printsFine are the named model types that are message arguments without
// writing themselves in a language: %v prints them the same in every
// language.
var printsFine = map[string]string{
	"i18n.Lang": "a BCP 47 tag (sv, nb), the same in every language",
}

// parts are the named types that are parts of the document, never a
// message argument as a whole: a rule reports one of their fields.
var parts = []string{
	"dpa.Agreement", "dpa.Reference", "dpa.Term", "dpa.MainAgreement", "dpa.Party", "dpa.Clauses", "dpa.Annexes",
	"dpa.UnlawfulInstruction", "dpa.BreachDeadline", "dpa.Liability", "dpa.LiabilityCap", "dpa.Remedies", "dpa.Assistance", "dpa.AssistanceTerms", "dpa.EndOfService",
	"org.Address", "org.Contact", "org.Signatory",
	"annex.Processing", "annex.Group", "annex.SubProcessors", "annex.SubProcessor", "annex.Exit", "annex.Instructions",
	"annex.Security", "annex.Assistance", "annex.AssistanceTerms", "annex.Audit", "annex.OtherTerms", "annex.Term",
	"transfer.Instruction", "transfer.Basis",
	"security.Requirements", "security.Risk", "security.Measure", "security.Encryption", "security.AccessControl",
	"security.Logging", "security.Backup", "security.Continuity", "security.RemoteWork", "security.Patching",
	"security.Training", "security.MobileMedia", "security.Disposal", "security.Testing",
}

// TestEveryValueLocalizes walks the types of dpa.Agreement and asserts
// that every named type either writes itself in a language
// (finding.Localizer) or is listed above with the reason it does not need
// to (new-user review item 5: a transfer.Location printed as "i {US  }").
func TestEveryValueLocalizes(t *testing.T) {
	localizer := reflect.TypeFor[finding.Localizer]()
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type, string)
	walk = func(typ reflect.Type, path string) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice && typ.Name() == "" {
			typ = typ.Elem()
		}
		if seen[typ] {
			return
		}
		seen[typ] = true
		name := ""
		if typ.Name() != "" && strings.HasPrefix(typ.PkgPath(), "github.com/dpakit/dpakit/") {
			name = typ.PkgPath()[strings.LastIndex(typ.PkgPath(), "/")+1:] + "." + typ.Name()
		}
		switch {
		case name == "":
		case typ.Implements(localizer):
			return // writes itself, whatever it holds
		case printsFine[name] != "":
			return
		case slices.Contains(parts, name):
		default:
			t.Errorf("%s (at %s) is neither a finding.Localizer nor listed in printsFine or parts", name, path)
		}
		switch typ.Kind() {
		case reflect.Struct:
			for i := range typ.NumField() {
				if f := typ.Field(i); f.IsExported() {
					walk(f.Type, path+"."+f.Name)
				}
			}
		case reflect.Slice, reflect.Array, reflect.Map:
			walk(typ.Elem(), path+"[]")
		}
	}
	walk(reflect.TypeFor[dpa.Agreement](), "Agreement")
	for name := range printsFine {
		found := false
		for typ := range seen {
			found = found || strings.HasSuffix(typ.PkgPath(), "/"+strings.Split(name, ".")[0]) && typ.Name() == strings.Split(name, ".")[1]
		}
		if !found {
			t.Errorf("printsFine lists %s, which the model does not use", name)
		}
		for typ := range seen {
			if typ.Implements(localizer) && strings.HasSuffix(typ.PkgPath(), "/"+strings.Split(name, ".")[0]) && typ.Name() == strings.Split(name, ".")[1] {
				t.Errorf("printsFine lists %s, which writes itself in a language: remove it", name)
			}
		}
	}
}
