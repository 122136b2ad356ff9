package org

import (
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
	"github.com/dpakit/dpakit/transfer"
)

// Address is a postal address.
type Address struct {
	Street   string           `json:"street,omitzero"`   // street and number, or a post box
	Postcode string           `json:"postcode,omitzero"` // postal code as written in the country
	City     string           `json:"city,omitzero"`     // town or city
	Country  transfer.Country `json:"country"`           // ISO 3166-1 alpha-2 country code
}

// IsZero reports whether no part of the address is given.
func (a Address) IsZero() bool { return a == Address{} }

// ContactRole says what a contact person is there for.
type ContactRole string

// The contact roles.
const (
	RoleGeneral  ContactRole = "general"  // day-to-day contact for the agreement
	RoleDPO      ContactRole = "dpo"      // data protection officer
	RoleSecurity ContactRole = "security" // where personal data breaches are reported
	RoleLegal    ContactRole = "legal"    // contract and legal matters
)

// ContactRoleDef defines a [ContactRole]: its ID and its Name in each
// language.
type ContactRoleDef = enum.Def[ContactRole]

// ContactRoles defines every [ContactRole], in the order of the constants.
var ContactRoles = []ContactRoleDef{
	{ID: RoleGeneral, Name: i18n.Text{EN: "Contact person", SV: "Kontaktperson", NB: "Kontaktperson", DA: "Kontaktperson"}},
	{ID: RoleDPO, Name: i18n.Text{EN: "Data protection officer", SV: "Dataskyddsombud", NB: "Personvernombud", DA: "Databeskyttelsesrådgiver"}},
	{ID: RoleSecurity, Name: i18n.Text{EN: "Contact for personal data breaches", SV: "Kontakt vid personuppgiftsincidenter", NB: "Kontakt ved brudd på personopplysningssikkerheten", DA: "Kontakt ved brud på persondatasikkerheden"}},
	{ID: RoleLegal, Name: i18n.Text{EN: "Legal contact", SV: "Juridisk kontakt", NB: "Juridisk kontakt", DA: "Juridisk kontakt"}},
}

// contactRoles reads [ContactRoles].
var contactRoles = enum.Of(ContactRoles)

// Def returns the definition of r from [ContactRoles], and false when r is
// not a role.
func (r ContactRole) Def() (ContactRoleDef, bool) { return contactRoles.Def(r) }

// Valid reports whether r is one of [ContactRoles].
func (r ContactRole) Valid() bool { return contactRoles.Valid(r) }

// In returns the role's name in language l, falling back to English, or
// the value as written when it is not a role, so that a ContactRole is a
// localized argument of finding messages.
func (r ContactRole) In(l i18n.Lang) string { return contactRoles.In(r, l) }

// Contact is a person (or a function mailbox) a party can be reached through.
type Contact struct {
	Role  ContactRole `json:"role"`           // what the contact is for; empty reads as RoleGeneral
	Name  string      `json:"name,omitzero"`  // the person's name, or a function such as "DPO"
	Title i18n.Text   `json:"title,omitzero"` // position, in one or more languages
	Email string      `json:"email,omitzero"` // e-mail address
	Phone string      `json:"phone,omitzero"` // telephone number as written
}

// Signatory is the person who signs for a party.
type Signatory struct {
	Name  string    `json:"name,omitzero"`  // full name
	Title i18n.Text `json:"title,omitzero"` // position, in one or more languages
}
