package dpa_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestSchemaMember: $schema naming the agreement's schema in any language
// decodes and is written back; another value is an error at /$schema; the
// digest is the same with and without it.
func TestSchemaMember(t *testing.T) {
	a := examples.Seed004()
	plain, err := dpa.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range i18n.Langs {
		a.Schema = dpa.SchemaID(l)
		b, err := dpa.Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte("{\n  \"$schema\": \""+dpa.SchemaID(l)+"\",\n")) {
			t.Errorf("%s: $schema is not written first: %.80s", l, b)
		}
		back, err := dpa.Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		if again, _ := dpa.Encode(back); !bytes.Equal(again, b) {
			t.Errorf("%s: the round trip changes the document", l)
		}
		d1, _ := dpa.Digest(back)
		d2, _ := dpa.Digest(examples.Seed004())
		if d1 != d2 {
			t.Errorf("%s: $schema changes the digest", l)
		}
	}
	bad := bytes.Replace(plain, []byte("{\n"), []byte("{\n  \"$schema\": \"https://example.com/other.json\",\n"), 1)
	_, err = dpa.Decode(bad)
	var de *dpa.DecodeError
	if !errors.As(err, &de) || de.Pointer != "/$schema" || !errors.Is(err, dpa.ErrUnknownSchema) || de.Line != 2 {
		t.Errorf("another schema: %v, want ErrUnknownSchema at /$schema, line 2", err)
	}
}
