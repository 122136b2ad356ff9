package dpatest

import (
	"errors"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// TestModifiersOnNilAgreement: every Modifier applied to a nil agreement
// fails with errNilAgreement, without panicking and without calling the
// func it was given, as a Modifier fails on a nil func; Build, BuildFrom,
// Agreement and From would pass the error on.
func TestModifiersOnNilAgreement(t *testing.T) {
	called := func(name string) { t.Errorf("%s called its func with a nil agreement", name) }
	for name, m := range map[string]Modifier{
		"Edit":                  Edit(func(*dpa.Agreement) { called("Edit") }),
		"Edit(nil)":             Edit(nil),
		"Status":                Status(dpa.Final),
		"Breach":                Breach(dpa.AnyBreach, civil.Of(24, civil.Hours)),
		"NoBreach":              NoBreach(dpa.AnyBreach),
		"GoverningLaw":          GoverningLaw("SE"),
		"ConfirmDeletionWithin": ConfirmDeletionWithin(civil.Of(5, civil.Days)),
		"NoticePeriod":          NoticePeriod(civil.Of(1, civil.Months)),
		"ObjectionWindow":       ObjectionWindow(civil.Of(2, civil.Weeks)),
		"AddSubProcessor":       AddSubProcessor(annex.SubProcessor{ID: "new"}),
		"SubProcessor":          SubProcessor("x", func(*annex.SubProcessor) { called("SubProcessor") }),
		"SubProcessor(nil)":     SubProcessor("x", nil),
		"Locations":             Locations(transfer.Location{Country: "FI"}),
		"Transfers":             Transfers(transfer.Instruction{Kind: transfer.NoThirdCountries}),
		"SecurityLevel":         SecurityLevel(security.Basic),
		"Risk":                  Risk(security.Risk{Subjects: security.Under1000}),
		"AuditForm":             AuditForm(security.Inspection),
		"AuditFrequency":        AuditFrequency(civil.Of(1, civil.Years)),
		"Logging":               Logging(func(*security.Logging) { called("Logging") }),
		"Logging(nil)":          Logging(nil),
		"WithoutMeasure":        WithoutMeasure(security.MeasureLogging),
	} {
		if err := m(nil); !errors.Is(err, errNilAgreement) {
			t.Errorf("%s on a nil agreement: %v; want errNilAgreement", name, err)
		}
	}
}
