package dpa_test

import (
	"encoding/json"
	"fmt"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// A frontend asks for the schema in the user's language and hands it to its
// form library; here the Swedish labels of a few fields are read back.
func ExampleSchema() {
	lang, _ := i18n.Match("sv-SE")
	b, err := dpa.Schema(dpa.SchemaLang(lang))
	if err != nil {
		panic(err)
	}
	var s struct {
		ID         string `json:"$id"`
		Title      string `json:"title"`
		Required   []string
		Properties map[string]struct {
			Title string `json:"title"`
		} `json:"properties"`
		Defs map[string]struct {
			OneOf []struct {
				Const string `json:"const"`
				Title string `json:"title"`
			} `json:"oneOf"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal([]byte(b), &s); err != nil {
		panic(err)
	}
	fmt.Println(s.ID)
	fmt.Println(s.Title)
	fmt.Println(s.Required)
	fmt.Println(s.Properties["processor"].Title)
	for _, o := range s.Defs["Status"].OneOf {
		fmt.Printf("%s = %s\n", o.Const, o.Title)
	}
	// Output:
	// https://github.com/dpakit/dpakit/dpa/schema/v1/agreement.sv.json
	// Personuppgiftsbiträdesavtal
	// [status languages]
	// Personuppgiftsbiträde
	// draft = Utkast
	// final = Slutlig
}

// A form for a Danish–English agreement, for JSON Forms: the form variant
// carries each field's own label, and the free texts offer Danish and
// English only.
func ExampleSchemaTextLangs() {
	b, err := dpa.Schema(dpa.SchemaLang(i18n.DA), dpa.SchemaVariant(dpa.FormVariant), dpa.SchemaTextLangs(i18n.DA, i18n.EN))
	if err != nil {
		panic(err)
	}
	var s struct {
		Properties struct {
			Date, EffectiveDate struct {
				Title string `json:"title"`
			}
			Title struct {
				Properties map[string]struct {
					Title string `json:"title"`
				} `json:"properties"`
			}
		} `json:"properties"`
	}
	if err := json.Unmarshal([]byte(b), &s); err != nil {
		panic(err)
	}
	fmt.Println(s.Properties.Date.Title)
	fmt.Println(s.Properties.EffectiveDate.Title)
	for _, l := range []string{"en", "sv", "nb", "da"} {
		if p, ok := s.Properties.Title.Properties[l]; ok {
			fmt.Printf("%s: %s\n", l, p.Title)
		}
	}
	// Output:
	// Versionsdato
	// Gælder fra
	// en: Engelsk
	// da: Dansk
}
