package dpa_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
)

// DecodeReader reads a file or a stream without ever holding more than the
// limit: an endless or oversized input is refused once the limit is passed.
func ExampleDecodeReader() {
	f, err := os.Open("../examples/json/seed004.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	a, err := dpa.DecodeReader(f)
	fmt.Println(a.ID != "", err)

	_, err = dpa.DecodeReader(strings.NewReader("\ufeff\r\n null"))
	var de *dpa.DecodeError
	if errors.As(err, &de) {
		fmt.Println(de.Line, de.Column, errors.Is(err, dpa.ErrNotObject))
	}
	// Output:
	// true <nil>
	// 2 2 true
}

// An agreement is stored in an SQL column as its canonical JSON and read
// back with the strict decoder: pass it to Exec as a parameter and to Scan
// as a destination.
func ExampleAgreement_Scan() {
	a := examples.Seed004()
	v, _ := a.Value() // what database/sql stores for the parameter a
	var back dpa.Agreement
	if err := back.Scan(v); err != nil { // what rows.Scan(&back) does
		fmt.Println(err)
		return
	}
	d1, _ := dpa.Digest(a)
	d2, _ := dpa.Digest(&back)
	fmt.Println(d1 == d2)
	fmt.Println(back.Scan([]byte(`{"id": "x", "colour": "blue"}`)))
	// Output:
	// true
	// dpa: decode: line 1, column 13, at /colour: unknown field
}
