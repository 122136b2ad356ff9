package server

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// openapiBase is the service's own part of its OpenAPI description: the
// paths and the schemas of its answers. The agreement's schemas are added
// from dpa's OpenAPI variant (English), so the description always has the
// agreement the service decodes.
//
//go:embed openapi.json
var openapiBase []byte

// openAPIDocument returns the whole description, made once.
var openAPIDocument = sync.OnceValues(func() ([]byte, error) {
	// The top-level members keep the order a reader expects; the schemas
	// are sorted by name.
	var doc struct {
		OpenAPI    jsontext.Value `json:"openapi"`
		Info       jsontext.Value `json:"info"`
		Servers    jsontext.Value `json:"servers"`
		Security   jsontext.Value `json:"security"`
		Tags       jsontext.Value `json:"tags"`
		Paths      jsontext.Value `json:"paths"`
		Components struct {
			Schemas map[string]jsontext.Value `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openapiBase, &doc, json.RejectUnknownMembers(true)); err != nil {
		return nil, err
	}
	s, err := dpa.Schema(dpa.SchemaLang(i18n.EN), dpa.SchemaVariant(dpa.OpenAPIVariant))
	if err != nil {
		return nil, err
	}
	var variant struct {
		Components struct {
			Schemas map[string]jsontext.Value `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal([]byte(s), &variant); err != nil {
		return nil, err
	}
	for name, v := range variant.Components.Schemas {
		if _, dup := doc.Components.Schemas[name]; dup {
			return nil, fmt.Errorf("server: the service's schema %s has the name of an agreement schema", name)
		}
		doc.Components.Schemas[name] = v
	}
	b, err := json.Marshal(doc, json.Deterministic(true))
	if err != nil {
		return nil, err
	}
	v := jsontext.Value(b)
	if err := v.Indent(jsontext.WithIndent("  ")); err != nil {
		return nil, err
	}
	return append(v, '\n'), nil
})
