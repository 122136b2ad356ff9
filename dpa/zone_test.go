package dpa_test

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
)

// TestZoneName: the agreement's own zone, else the governing law's
// country, else the controller's; none is ErrNoZone.
func TestZoneName(t *testing.T) {
	for _, tc := range []struct {
		name, reason string
		edit         func(a *dpa.Agreement)
		want         string
		err          error
	}{
		{"seed004", "no law chosen: the controller is in Denmark", func(*dpa.Agreement) {}, "Europe/Copenhagen", nil},
		{"law-first", "the governing law's country before the controller's", func(a *dpa.Agreement) { a.Clauses.GoverningLaw = "NO" }, "Europe/Oslo", nil},
		{"own", "the agreement's own zone first", func(a *dpa.Agreement) { a.TimeZone = "Europe/Helsinki"; a.Clauses.GoverningLaw = "NO" }, "Europe/Helsinki", nil},
		{"none", "no law, a controller outside the table", func(a *dpa.Agreement) { a.Controllers[0].Address.Country = "US" }, "", dpa.ErrNoZone},
		{"no-controller", "no controller at all", func(a *dpa.Agreement) { a.Controllers = nil }, "", dpa.ErrNoZone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := examples.Seed004()
			tc.edit(a)
			if got := a.ZoneName(); got != tc.want {
				t.Errorf("%s: ZoneName = %q, want %q", tc.reason, got, tc.want)
			}
			z, err := a.Zone()
			if !errors.Is(err, tc.err) || (err == nil && z.String() != tc.want) {
				t.Errorf("%s: Zone = %v, %v; want %s, %v", tc.reason, z, err, tc.want, tc.err)
			}
		})
	}
	var nilAgreement *dpa.Agreement
	if _, err := nilAgreement.Zone(); !errors.Is(err, dpa.ErrNil) {
		t.Errorf("nil agreement: %v", err)
	}
	bad := examples.Seed004()
	bad.TimeZone = "Mars/Olympus_Mons"
	if _, err := bad.Zone(); err == nil {
		t.Error("a zone that does not exist loaded")
	}
}

// Validation of an agreement that names its zone stays free of
// allocations once the zone is known.
func TestZoneNoAllocations(t *testing.T) {
	a := examples.Reference()
	a.TimeZone = "Europe/Stockholm"
	if got := dpa.Validate(a); len(got) != 0 {
		t.Fatal(got)
	}
	if n := testing.AllocsPerRun(100, func() { dpa.Validate(a) }); n != 0 {
		t.Errorf("Validate allocates %v times with a time zone, want 0", n)
	}
}

// Seed 004 names no time zone and leaves the law to the main agreement:
// its days are counted in the controller's, Danish time.
func ExampleAgreement_ZoneName() {
	a := examples.Seed004()
	fmt.Println(a.ZoneName())
	a.TimeZone = "Europe/Stockholm"
	z, err := a.Zone()
	fmt.Println(z, err)
	// Output:
	// Europe/Copenhagen
	// Europe/Stockholm <nil>
}

// A hostile time zone is a finding, never a file read outside the zone
// database, a panic or a cache that grows without bound.
func TestZoneHostile(t *testing.T) {
	long := strings.Repeat("Europe/", 2000) + "Oslo"
	for _, z := range []string{"../../../../etc/passwd", "/etc/localtime", "Local", "Europe/Oslo\x00", "Europe/Oslo ", long, "\u202eEurope/Oslo", "Europe\\Oslo"} {
		a := examples.Reference()
		a.TimeZone = z
		got := dpa.Validate(a)
		if len(got) != 1 || got[0].Code != dpa.CodeTimeZoneInvalid || got[0].Path != "/timeZone" {
			t.Errorf("%+q: %v, want one %s at /timeZone", z, got, dpa.CodeTimeZoneInvalid)
		}
	}
	for i := range 3000 {
		a := examples.Reference()
		a.TimeZone = "Nowhere/" + strconv.Itoa(i)
		if len(dpa.Validate(a)) != 1 {
			t.Fatalf("zone %d: not one finding", i)
		}
	}
}
