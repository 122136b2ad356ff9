package dpa_test

import (
	"bytes"
	"database/sql"
	"database/sql/driver"
	"errors"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
)

var (
	_ driver.Valuer = (*dpa.Agreement)(nil)
	_ sql.Scanner   = (*dpa.Agreement)(nil)
)

// TestValueScan checks the SQL round trip without a server: Value is the
// canonical encoding, Scan of it (as bytes or as text) gives an agreement
// that encodes to the same bytes, and Scan refuses what is no agreement.
// internal/pgtest runs the same against PostgreSQL.
func TestValueScan(t *testing.T) {
	for _, ex := range examples.All() {
		a := ex.Build()
		v, err := a.Value()
		if err != nil {
			t.Fatal(err)
		}
		want, _ := dpa.Encode(a)
		if !bytes.Equal(v.([]byte), want) {
			t.Errorf("%s: Value is not Encode's canonical form", ex.Name)
		}
		for _, src := range []any{v, string(v.([]byte))} {
			var got dpa.Agreement
			if err := got.Scan(src); err != nil {
				t.Fatalf("%s: Scan(%T): %v", ex.Name, src, err)
			}
			if back, _ := dpa.Encode(&got); !bytes.Equal(back, want) {
				t.Errorf("%s: Scan(%T) then Encode differs", ex.Name, src)
			}
		}
	}
	if v, err := (*dpa.Agreement)(nil).Value(); v != nil || err != nil {
		t.Errorf("nil Value = %v, %v; want NULL", v, err)
	}
	var a dpa.Agreement
	cases := []struct {
		name string
		src  any
		want error
	}{
		{"NULL", nil, dpa.ErrScanNull},
		{"a number", int64(3), dpa.ErrScanType},
		{"an unknown member", []byte(`{"id":"x","status":"draft","extra":1}`), dpa.ErrUnknownField},
		{"not JSON", "{", dpa.ErrSyntax},
	}
	for _, c := range cases {
		if err := a.Scan(c.src); !errors.Is(err, c.want) {
			t.Errorf("%s: Scan = %v, want %v", c.name, err, c.want)
		}
	}
	if a.ID != "" {
		t.Errorf("a failed Scan changed the agreement: id %q", a.ID)
	}
	if err := (*dpa.Agreement)(nil).Scan([]byte(`{}`)); !errors.Is(err, dpa.ErrNil) {
		t.Errorf("nil Scan = %v, want ErrNil", err)
	}
}
