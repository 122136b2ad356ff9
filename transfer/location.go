package transfer

import (
	"strings"

	"github.com/dpakit/dpakit/i18n"
)

// Location is where a recipient (the processor, a sub-processor or anyone
// with access to the personal data) processes them. It names exactly one of a
// country or an international organisation. Access from a country counts as
// processing there: remote access from a third country is a transfer (EDPB
// Guidelines 05/2021).
type Location struct {
	// Country is the ISO 3166-1 alpha-2 code of the country, such as "SE".
	// Leave it empty when the recipient is an international organisation.
	Country Country `json:"country,omitzero"`
	// Organisation is the international organisation that receives the data,
	// such as "epo". Leave it empty when Country is given.
	Organisation Organisation `json:"organisation,omitzero"`
	// Place is the city, site or data centre, as free text ("Stockholm",
	// "AWS eu-north-1"). It is shown in the agreement and not checked.
	Place string `json:"place,omitzero"`
}

// Normalize returns l with its country and organisation normalized and
// surrounding spaces removed from the place.
func (l Location) Normalize() Location {
	if l.Country != "" {
		l.Country = l.Country.Normalize()
	}
	if l.Organisation != "" {
		l.Organisation = l.Organisation.Normalize()
	}
	l.Place = strings.TrimSpace(l.Place)
	return l
}

// Valid reports whether l names exactly one of a valid country or a known
// international organisation.
func (l Location) Valid() bool {
	if l.Organisation != "" {
		return l.Country == "" && l.Organisation.Valid()
	}
	return l.Country.Valid()
}

// EEA reports whether l is a country inside the EEA, so that processing there
// needs no transfer basis. An international organisation is never inside.
func (l Location) EEA() bool { return l.Organisation == "" && l.Country.EEA() }

// Name returns the name of the country or organisation in language l.
func (l Location) Name(lang i18n.Lang) string {
	if l.Organisation != "" {
		return l.Organisation.In(lang)
	}
	return l.Country.In(lang)
}

// In writes the location in language l: the organisation's name, or the
// place and the country's name ("Stockholm, Sverige").
func (l Location) In(lang i18n.Lang) string {
	name := l.Name(lang)
	if l.Place != "" && l.Organisation == "" {
		return l.Place + ", " + name
	}
	return name
}

// resolve returns the canonical country or the index of the organisation in
// [Organisations] (-1 for a country) that l names, ignoring case and space.
// ok is false when l names neither, both, or an unknown one. It does not
// allocate.
func resolve(l Location) (c Country, org int, ok bool) {
	switch {
	case l.Organisation != "" && l.Country != "":
		return "", -1, false
	case l.Organisation != "":
		org = lookupOrganisation(l.Organisation)
		return "", org, org >= 0
	}
	c, ok = canonical(l.Country)
	return c, -1, ok
}
