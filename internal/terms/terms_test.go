package terms_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/terms"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
	"github.com/google/go-cmp/cmp"
)

func TestKeys(t *testing.T) {
	tests := []struct {
		name string
		got  terms.Key
		want terms.Key
	}{
		{"type", terms.TypeOf[annex.SubProcessor](), "annex.SubProcessor"},
		{"pointer follows to the type", terms.TypeKey(reflect.TypeFor[*org.Address]()), "org.Address"},
		{"field by Go name", terms.FieldOf[annex.SubProcessor]("Name"), "annex.SubProcessor.Name"},
		{"field of a shared type", terms.FieldOf[org.Address]("Country"), "org.Address.Country"},
		{"enum value as in JSON", terms.ValueOf(security.High), "security.Level=high"},
		{"enum value from reflect", terms.ValueKey(reflect.TypeFor[civil.Unit](), "days"), "civil.Unit=days"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

// TestEveryLanguage checks that every term has a title in every language,
// that every field term has a description in every language, and that a
// description, where a type or value has one, is complete too.
func TestEveryLanguage(t *testing.T) {
	for _, k := range terms.Keys() {
		term, ok := terms.Lookup(k)
		if !ok {
			t.Fatalf("Keys lists %q but Lookup does not find it", k)
		}
		isField := strings.Count(string(k), ".") == 2 && !strings.Contains(string(k), "=")
		for _, l := range i18n.Langs {
			if strings.TrimSpace(term.Title.In(l)) == "" {
				t.Errorf("%s: no title in %s", k, l)
			}
			if term.Title.In(l) != strings.TrimSpace(term.Title.In(l)) {
				t.Errorf("%s: title in %s has surrounding space", k, l)
			}
			if isField && term.Description.In(l) == "" {
				t.Errorf("%s: field has no description in %s", k, l)
			}
			if !term.Description.IsZero() && term.Description.In(l) == "" {
				t.Errorf("%s: description missing in %s", k, l)
			}
		}
	}
}

// TestDescriptionsEndWithFullStop keeps help texts as sentences, so that a
// form shows them consistently.
func TestDescriptionsEndWithFullStop(t *testing.T) {
	for _, k := range terms.Keys() {
		term, _ := terms.Lookup(k)
		term.Description.Each(func(l i18n.Lang, s string) {
			if !strings.HasSuffix(s, ".") {
				t.Errorf("%s (%s): description %q does not end with a full stop", k, l, s)
			}
		})
	}
}

func TestTitleFallsBackToEnglish(t *testing.T) {
	k := terms.FieldOf[annex.SubProcessor]("Name")
	if got := terms.Title(k, "fi"); got != "Name" {
		t.Errorf("Title in an unsupported language = %q, want the English %q", got, "Name")
	}
	if got := terms.Title("no.Such.Key", i18n.SV); got != "" {
		t.Errorf("Title of an unknown key = %q, want empty", got)
	}
	if _, ok := terms.Lookup("no.Such.Key"); ok {
		t.Error("Lookup found an unknown key")
	}
}

func TestRendererHeaders(t *testing.T) {
	var got []string
	for _, f := range []string{"Name", "OrgID", "Activity", "Locations"} {
		got = append(got, terms.Title(terms.FieldOf[annex.SubProcessor](f), i18n.SV))
	}
	want := []string{"Namn", "Organisationsnummer", "Vad underbiträdet gör", "Platser för behandlingen"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Swedish headers of Annex B (-want +got):\n%s", diff)
	}
	if got := terms.Title(terms.FieldOf[org.Address]("Country"), i18n.NB); got != "Land" {
		t.Errorf("org.Address.Country in nb = %q", got)
	}
}

// TestValuesFromModelTables checks that a value's description comes from
// its package's table. internal/enum's TestTables checks that every enum
// offers exactly its table's values, in order, under the table's names.
func TestValuesFromModelTables(t *testing.T) {
	d, _ := security.High.Def()
	if got := terms.Description(terms.ValueOf(security.High), i18n.DA); got != d.Description.DA {
		t.Errorf("security.Level=high in da = %q, want the table's %q", got, d.Description.DA)
	}
}

// TestLangValues checks the one enum whose values the catalogue defines
// itself against the model: a form never offers a language that validation
// rejects.
func TestLangValues(t *testing.T) {
	var got []i18n.Lang
	for _, v := range terms.Values(terms.TypeOf[i18n.Lang]()) {
		got = append(got, i18n.Lang(v.ID))
	}
	if diff := cmp.Diff(i18n.Langs, got); diff != "" {
		t.Errorf("i18n.Lang values (-Langs +catalogue):\n%s", diff)
	}
}

func TestCountries(t *testing.T) {
	values := terms.Values(terms.TypeOf[transfer.Country]())
	if len(values) != 249 {
		t.Errorf("%d countries, want the 249 assigned ISO 3166-1 codes", len(values))
	}
	if got := terms.Title(terms.ValueOf(transfer.Country("NO")), i18n.SV); got != "Norge" {
		t.Errorf("NO in Swedish = %q", got)
	}
	if got := terms.Title(terms.ValueOf(transfer.Country("GR")), i18n.NB); got != "Hellas" {
		t.Errorf("GR in Bokmål = %q, want Hellas (not the Danish Grækenland)", got)
	}
}

func TestUnitTitlesMatchPeriodWords(t *testing.T) {
	for _, v := range terms.Values(terms.TypeOf[civil.Unit]()) {
		for _, l := range i18n.Langs {
			want := civil.UnitName(civil.Unit(v.ID), 2, l)
			if got := strings.ToLower(v.Title.In(l)); got != want {
				t.Errorf("%s in %s: title %q, but periods say %q", v.ID, l, v.Title.In(l), want)
			}
		}
	}
}

func TestMeasureFieldsNamedAfterCatalogue(t *testing.T) {
	d, _ := security.MeasureLogging.Def()
	k := terms.FieldOf[security.Requirements]("Logging")
	if got := terms.Title(k, i18n.SV); got != d.Name.SV {
		t.Errorf("%s in sv = %q, want the catalogue's %q", k, got, d.Name.SV)
	}
	if got := terms.Title(terms.FieldOf[security.Requirements]("SupplementaryTransfer"), i18n.EN); got == "" {
		t.Error("a measure whose JSON name differs from its Go name has no term")
	}
}

func TestValuesIsACopy(t *testing.T) {
	k := terms.TypeOf[civil.Unit]()
	v := terms.Values(k)
	v[0].ID = "changed"
	if terms.Values(k)[0].ID == "changed" {
		t.Error("changing the slice Values returned changed the catalogue")
	}
}

func TestIsEnum(t *testing.T) {
	if !terms.IsEnum(terms.TypeOf[security.Level]()) {
		t.Error("security.Level is not an enum")
	}
	if terms.IsEnum(terms.TypeOf[org.Address]()) {
		t.Error("org.Address is an enum")
	}
}

// TestChoiceTitles checks that the registers have fuller choice titles than
// their names, in every language, and that a value without one is titled by
// its title.
func TestChoiceTitles(t *testing.T) {
	for _, d := range org.Schemes {
		k := terms.ValueOf(d.ID)
		for _, l := range i18n.Langs {
			if got := terms.ChoiceTitle(k).In(l); got == "" || got == terms.Title(k, l) {
				t.Errorf("%s in %s: choice title %q, title %q", k, l, got, terms.Title(k, l))
			}
		}
	}
	if k := terms.ValueOf(security.High); terms.ChoiceTitle(k).In(i18n.EN) != terms.Title(k, i18n.EN) {
		t.Error("a value without a choice title is not titled by its title")
	}
}
