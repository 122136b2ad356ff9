package dpa

import (
	"strings"

	"github.com/dpakit/dpakit/transfer"
)

// Normalize puts user input into canonical form, in place: country codes
// upper case ("se" → "SE", "el" → "GR"), Nordic organisation numbers as
// digits only ("556036-0793" → "5560360793"), surrounding space trimmed from
// names. It changes nothing that carries meaning, and [Decode] calls it.
func (a *Agreement) Normalize() {
	for i := range a.Controllers {
		a.Controllers[i].normalize()
	}
	a.Processor.normalize()
	a.Clauses.GoverningLaw = a.Clauses.GoverningLaw.Normalize()
	a.Clauses.Venue = strings.TrimSpace(a.Clauses.Venue)
	b := &a.Annexes.B
	for i := range b.Entries {
		e := &b.Entries[i]
		e.Name = strings.TrimSpace(e.Name)
		e.ID = strings.TrimSpace(e.ID)
		e.EngagedBy = strings.TrimSpace(e.EngagedBy)
		e.OrgID = e.OrgID.Normalize()
		e.Address.Country = e.Address.Country.Normalize()
		normalizeLocations(e.Locations)
	}
	c := &a.Annexes.C
	normalizeLocations(c.Locations)
	for i, country := range c.Transfers.Countries {
		c.Transfers.Countries[i] = country.Normalize()
	}
}

func (p *Party) normalize() {
	p.Name = strings.TrimSpace(p.Name)
	p.OrgID = p.OrgID.Normalize()
	p.Address.Country = p.Address.Country.Normalize()
}

func normalizeLocations(locs []transfer.Location) {
	for i := range locs {
		locs[i].Country = locs[i].Country.Normalize()
	}
}
