package enum_test

import (
	"testing"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

type colour string

var colours = []enum.Def[colour]{
	{ID: "red", Name: i18n.Text{EN: "Red", SV: "Röd"}},
	{ID: "blank"},
}

var colourTable = enum.Of(colours)

func TestTableLookup(t *testing.T) {
	for _, tc := range []struct {
		name   string
		k      colour
		l      i18n.Lang
		want   string
		valid  bool
		reason string
	}{
		{"own language", "red", i18n.SV, "Röd", true, "the row's name in the language"},
		{"fallback", "red", i18n.DA, "Red", true, "a row without a Danish name gives the English one"},
		{"nameless row", "blank", i18n.SV, "blank", true, "a row without any name gives the value as written, never an empty argument"},
		{"unknown", "green", i18n.SV, "green", false, "a value without a row is returned as written"},
		{"empty", "", i18n.EN, "", false, "the empty value has no row"},
	} {
		if got := colourTable.In(tc.k, tc.l); got != tc.want {
			t.Errorf("%s: In(%q, %s) = %q; want %q (%s)", tc.name, tc.k, tc.l, got, tc.want, tc.reason)
		}
		if got := colourTable.Valid(tc.k); got != tc.valid {
			t.Errorf("%s: Valid(%q) = %t; want %t", tc.name, tc.k, got, tc.valid)
		}
		if d, ok := colourTable.Def(tc.k); ok != tc.valid || ok && d.ID != tc.k {
			t.Errorf("%s: Def(%q) = %q, %t; want its own row: %t", tc.name, tc.k, d.ID, ok, tc.valid)
		}
	}
}

// TestTableKeepsItsRows checks that a Table keeps the rows it was made
// from: a caller changing the exported slice cannot change what Valid, Def
// and In say.
func TestTableKeepsItsRows(t *testing.T) {
	saved := colours[0]
	t.Cleanup(func() { colours[0] = saved })
	colours[0] = enum.Def[colour]{ID: "green", Name: i18n.T("Green")}
	if colourTable.Valid("green") || !colourTable.Valid("red") || colourTable.In("red", i18n.SV) != "Röd" {
		t.Error("changing the exported slice changed the table")
	}
}

func TestIDsIsACopy(t *testing.T) {
	ids := colourTable.IDs()
	if len(ids) != 2 || ids[0] != "red" || ids[1] != "blank" {
		t.Fatalf("IDs() = %q; want the rows' ids in order", ids)
	}
	ids[0] = "changed"
	if !colourTable.Valid("red") {
		t.Error("changing the result of IDs changed the table")
	}
}

// TestLookupAllocatesNothing checks that Def, Valid and In do not
// allocate, so that validation stays allocation-free.
func TestLookupAllocatesNothing(t *testing.T) {
	n := testing.AllocsPerRun(100, func() {
		_, _ = colourTable.Def("blank")
		_ = colourTable.Valid("green")
		_ = colourTable.In("red", i18n.DA)
		_ = colourTable.In("green", i18n.DA)
	})
	if n != 0 {
		t.Errorf("a lookup allocates %v times; want 0", n)
	}
}
