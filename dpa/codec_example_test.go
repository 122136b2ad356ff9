package dpa_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/dpakit/dpakit/dpa"
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
