package dpa_test

import (
	"errors"
	"fmt"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// Decoding is strict: a misspelt field is an error that names where it is.
func ExampleDecode() {
	_, err := dpa.Decode([]byte(`{"id": "dpa-1", "proccessor": {}}`))
	var de *dpa.DecodeError
	if errors.As(err, &de) {
		fmt.Println(de.Pointer, de.Line, de.Column, errors.Is(err, dpa.ErrUnknownField))
	}
	// Output: /proccessor 1 17 true
}

// Validation reports every finding at once, each with a code and a JSON
// Pointer; messages come in four languages.
func ExampleValidate() {
	a, _ := dpa.Decode([]byte(`{
	  "id": "dpa-1", "status": "draft", "languages": ["sv"],
	  "clauses": {"breachNotification": [{"kind": "breach", "within": {"value": 96, "unit": "hours"}}]}
	}`))
	for _, f := range dpa.Validate(a) {
		if f.Code == "breach.deadline-over-72h" {
			fmt.Println(f.Severity, f.Path)
			fmt.Println(f.Message(i18n.SV))
		}
	}
	// Output:
	// error /clauses/breachNotification/0/within
	// Fristen på 96 timmar för incidentanmälan är längre än den personuppgiftsansvariges egna 72 timmar att anmäla till tillsynsmyndigheten.
}
