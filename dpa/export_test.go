package dpa

import (
	"bytes"
	"slices"

	"github.com/dpakit/dpakit/i18n"
)

// Checklist is the nine-point Art. 28(3) checklist, for the test that
// writes docs/findings.md.
var Checklist = checklist

// RestrictText derives the schema src with free texts in langs, uncached,
// for the benchmark of the first call.
func RestrictText(src string, langs ...i18n.Lang) (string, error) {
	var keep schemaLangSet
	for _, l := range langs {
		keep |= 1 << slices.Index(i18n.Langs, l)
	}
	return restrictText(src, keep)
}

// DecodeStrict decodes data as Decode did before its fast path: with
// go-json-experiment's strict decoder only, for TestSpeedABPath.
func DecodeStrict(data []byte) (*Agreement, error) {
	body := bytes.TrimPrefix(data, bom)
	if err := objectOnly(body); err != nil {
		return nil, err
	}
	a := new(Agreement)
	if err := strictDecode(body, a); err != nil {
		return nil, err
	}
	a.Normalize()
	return a, nil
}

// ABCompare is abCompare, for the tests outside the package.
var ABCompare = abCompare

// ExampleFiles returns the example agreements as committed in
// examples/json, by file name, for the external tests.
var ExampleFiles = exampleFiles
