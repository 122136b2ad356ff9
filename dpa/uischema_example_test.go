package dpa_test

import (
	"encoding/json"
	"fmt"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// A backend serves the rjsf uiSchema in the user's language beside the
// schema; here its steps are read back.
func ExampleUISchema() {
	s, err := dpa.UISchema(dpa.RJSF, i18n.DA)
	if err != nil {
		panic(err)
	}
	var ui struct {
		Options struct {
			Steps []struct {
				Title string `json:"title"`
			} `json:"steps"`
		} `json:"ui:options"`
	}
	if err := json.Unmarshal([]byte(s), &ui); err != nil {
		panic(err)
	}
	for _, st := range ui.Options.Steps {
		fmt.Println(st.Title)
	}
	// Output:
	// Aftalen
	// Parterne
	// Aftalevilkår
	// Bilag A – Behandlingen
	// Bilag B – Underdatabehandlere
	// Bilag C – Instruks
	// Bilag D – Andre vilkår
}
