package examples

import (
	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/transfer"
)

// Version is a later version of one of the examples of [All], as a contract
// system would keep it: the same id, a new version number, and a reference
// to the version it replaces.
type Version struct {
	// Name is the version's short name, such as "seed004-v2"; it is also
	// the base name of its JSON file, json/<Name>.json.
	Name string
	// Replaces is the name in [All] of the example it replaces.
	Replaces string
	// Build returns a new agreement on every call.
	Build func() *dpa.Agreement
	// Doc says in one sentence what changes.
	Doc string
}

// Versions returns the later versions, in a fixed order. The slice is new
// on every call.
func Versions() []Version {
	return []Version{
		{Name: "seed004-v2", Replaces: "seed004", Build: Seed004V2,
			Doc: "Version 1.2.0 of seed 004: the address service Eksempel Kortdata A/S is replaced by Eksempel Kortservice A/S from 1 April 2027 (60 days' notice, general authorisation) and deletes the data it holds by 30 April 2027."},
		{Name: "seed000-v2", Replaces: "seed000", Build: Seed000V2,
			Doc: "Version 2 of seed 000: Inera engages a new support sub-processor in Sweden, and the deadlines of 36 hours for a breach and for an attempt at unauthorised access are filled in (a signed amendment)."},
	}
}

// replacing returns a new version of old that names old as the version
// it replaces.
func replacing(old *dpa.Agreement, version string, date civil.Date) *dpa.Agreement {
	ref, err := old.Reference()
	if err != nil {
		panic(err) // old is one of our own examples, never nil
	}
	a := old.Clone()
	a.Version, a.Replaces, a.Date = version, ref, date
	return a
}

// Seed004V2 returns version 1.2.0 of [Seed004]: the processor replaces the
// sub-processor that geocodes addresses, under the general authorisation
// and its 60 days' notice.
func Seed004V2() *dpa.Agreement {
	a := replacing(Seed004(), "1.2.0", civil.D(2027, 1, 15))
	b := &a.Annexes.B
	b.Entries[0].Until = civil.D(2027, 3, 31)
	// The address service that leaves deletes what it holds within a month.
	b.Entries[0].Exit = annex.Exit{Action: annex.ExitDelete, By: civil.D(2027, 4, 30)}
	replacement := annex.SubProcessor{
		ID:      "kortservice",
		Name:    "Eksempel Kortservice A/S",
		OrgID:   org.ID{Scheme: org.DKCVR, Value: "99990058"},
		Address: org.Address{Street: "Kortvej 10", Postcode: "9999", City: "Eksempelby", Country: "DK"},
		Activity: da(
			"Omsætter borgernes adresser til koordinater og beregner køretider mellem dem i stedet for Eksempel Kortdata A/S.",
			"Turns the residents' addresses into coordinates and computes driving times between them in place of Eksempel Kortdata A/S."),
		Locations: []transfer.Location{{Country: "DK", Place: "Eksempelby"}},
		FlowDown:  true,
		Since:     civil.D(2027, 4, 1),
		Replaces:  "kortdata",
	}
	b.Entries = append(b.Entries[:1:1], append([]annex.SubProcessor{replacement}, b.Entries[1:]...)...)
	return a
}

// Seed000V2 returns version 2 of [Seed000]: Inera engages a new
// sub-processor for support (under the general authorisation that covers
// Inera's own sub-processors), and the parties fill in the breach deadline
// the seed left blank.
func Seed000V2() *dpa.Agreement {
	a := replacing(Seed000(), "2", civil.D(2027, 2, 1))
	a.Clauses.BreachNotification[1].Within = civil.Of(36, civil.Hours)
	// 11.2 (attempts to gain unauthorised access) is filled in the same
	// version, so that v2 leaves no deadline of clause 11 blank.
	a.Clauses.BreachNotification[0].Within = civil.Of(36, civil.Hours)
	a.Annexes.B.Entries = append(a.Annexes.B.Entries, annex.SubProcessor{
		ID:      "exempelsupport",
		Name:    "Exempelsupport Service AB",
		OrgID:   org.ID{Scheme: org.SEOrgNr, Value: "5599000105"},
		Address: org.Address{Street: "Supportgatan 5", Postcode: "999 05", City: "Exempelstad", Country: "SE"},
		Activity: sv(
			"Tar emot felanmälningar från vårdgivarnas användare och felsöker dem med tillgång till plattformens loggar.",
			"Takes fault reports from the care providers' users and investigates them with access to the platform's logs."),
		Locations: []transfer.Location{{Country: "SE", Place: "Exempelstad"}},
		EngagedBy: "inera",
		FlowDown:  true,
		Since:     civil.D(2027, 3, 1),
	})
	return a
}
