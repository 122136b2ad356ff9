package terms

import "github.com/dpakit/dpakit/i18n"

// orgTerms are the fields of package org.
var orgTerms = map[Key]Term{
	"org.ID.Scheme": {
		Title: i18n.Text{EN: "Register", SV: "Register", NB: "Register", DA: "Register"},
		Description: i18n.Text{
			EN: "The register the number belongs to. Choose other for registers outside Sweden, Norway and Denmark.",
			SV: "Det register numret hör till. Välj annat för register utanför Sverige, Norge och Danmark.",
			NB: "Registeret nummeret hører til. Velg annet for registre utenfor Sverige, Norge og Danmark.",
			DA: "Det register, nummeret hører til. Vælg andet for registre uden for Sverige, Norge og Danmark.",
		},
	},
	"org.ID.Value": {
		Title: i18n.Text{EN: "Number", SV: "Nummer", NB: "Nummer", DA: "Nummer"},
		Description: i18n.Text{
			EN: "Swedish numbers: 10 digits; Norwegian: 9 digits; Danish CVR: 8 digits not starting with 0 — digits only, without hyphen or spaces. The check digit is verified.",
			SV: "Svenska nummer: 10 siffror; norska: 9 siffror; danska CVR-nummer: 8 siffror som inte börjar med 0 – bara siffror, utan bindestreck eller mellanslag. Kontrollsiffran kontrolleras.",
			NB: "Svenske nummer: 10 sifre; norske: 9 sifre; danske CVR-nummer: 8 sifre som ikke begynner med 0 – bare sifre, uten bindestrek eller mellomrom. Kontrollsifferet kontrolleres.",
			DA: "Svenske numre: 10 cifre; norske: 9 cifre; danske CVR-numre: 8 cifre, der ikke begynder med 0 – kun cifre, uden bindestreg eller mellemrum. Kontrolcifferet kontrolleres.",
		},
	},

	"org.Address.Street": {
		Title: i18n.Text{EN: "Street address", SV: "Gatuadress", NB: "Gateadresse", DA: "Vejnavn og nummer"},
		Description: i18n.Text{
			EN: "Street and number, or a post box.",
			SV: "Gata och nummer, eller en postbox.",
			NB: "Gate og nummer, eller en postboks.",
			DA: "Vej og nummer, eller en postboks.",
		},
	},
	"org.Address.Postcode": {
		Title: i18n.Text{EN: "Postcode", SV: "Postnummer", NB: "Postnummer", DA: "Postnummer"},
		Description: i18n.Text{
			EN: "The postal code as it is written in the country, such as 111 22 or 0150.",
			SV: "Postnumret så som det skrivs i landet, till exempel 111 22 eller 0150.",
			NB: "Postnummeret slik det skrives i landet, for eksempel 0150 eller 111 22.",
			DA: "Postnummeret, som det skrives i landet, for eksempel 1050 eller 111 22.",
		},
	},
	"org.Address.City": {
		Title: i18n.Text{EN: "City", SV: "Ort", NB: "Poststed", DA: "By"},
		Description: i18n.Text{
			EN: "The town or city.",
			SV: "Orten.",
			NB: "Poststedet.",
			DA: "Byen.",
		},
	},
	"org.Address.Country": {
		Title: i18n.Text{EN: "Country", SV: "Land", NB: "Land", DA: "Land"},
		Description: i18n.Text{
			EN: "The country of the registered address. Transfers are assessed from it.",
			SV: "Landet för den registrerade adressen. Överföringar bedöms utifrån det.",
			NB: "Landet for forretningsadressen. Overføringer vurderes ut fra det.",
			DA: "Landet for den registrerede adresse. Overførsler vurderes ud fra det.",
		},
	},

	"org.Contact.Role": {
		Title: i18n.Text{EN: "Role", SV: "Roll", NB: "Rolle", DA: "Rolle"},
		Description: i18n.Text{
			EN: "What the contact is for.",
			SV: "Vad kontakten gäller.",
			NB: "Hva kontakten gjelder.",
			DA: "Hvad kontakten drejer sig om.",
		},
	},
	"org.Contact.Name": {
		Title: i18n.Text{EN: "Name", SV: "Namn", NB: "Navn", DA: "Navn"},
		Description: i18n.Text{
			EN: "The person's name, or a function such as Data protection officer.",
			SV: "Personens namn, eller en funktion som Dataskyddsombud.",
			NB: "Personens navn, eller en funksjon som Personvernombud.",
			DA: "Personens navn, eller en funktion som Databeskyttelsesrådgiver.",
		},
	},
	"org.Contact.Title": {
		Title: i18n.Text{EN: "Position", SV: "Befattning", NB: "Stilling", DA: "Stilling"},
		Description: i18n.Text{
			EN: "The person's position, such as Head of IT.",
			SV: "Personens befattning, till exempel IT-chef.",
			NB: "Personens stilling, for eksempel IT-sjef.",
			DA: "Personens stilling, for eksempel IT-chef.",
		},
	},
	"org.Contact.Email": {
		Title: i18n.Text{EN: "E-mail", SV: "E-post", NB: "E-post", DA: "E-mail"},
		Description: i18n.Text{
			EN: "An e-mail address, such as dpo@example.com.",
			SV: "En e-postadress, till exempel dso@example.se.",
			NB: "En e-postadresse, for eksempel personvern@example.no.",
			DA: "En e-mailadresse, for eksempel dpo@example.dk.",
		},
	},
	"org.Contact.Phone": {
		Title: i18n.Text{EN: "Telephone", SV: "Telefon", NB: "Telefon", DA: "Telefon"},
		Description: i18n.Text{
			EN: "A telephone number, written as you would dial it from abroad, such as +46 8 123 456 78.",
			SV: "Ett telefonnummer, skrivet så som det slås från utlandet, till exempel +46 8 123 456 78.",
			NB: "Et telefonnummer, skrevet slik det slås fra utlandet, for eksempel +47 22 12 34 56.",
			DA: "Et telefonnummer, skrevet som det ringes op fra udlandet, for eksempel +45 33 12 34 56.",
		},
	},

	"org.Signatory.Name": {
		Title: i18n.Text{EN: "Name", SV: "Namn", NB: "Navn", DA: "Navn"},
		Description: i18n.Text{
			EN: "The full name of the person who signs.",
			SV: "Fullständigt namn på den som undertecknar.",
			NB: "Fullt navn på den som signerer.",
			DA: "Fulde navn på den, der underskriver.",
		},
	},
	"org.Signatory.Title": {
		Title: i18n.Text{EN: "Position", SV: "Befattning", NB: "Stilling", DA: "Stilling"},
		Description: i18n.Text{
			EN: "The signatory's position, such as Chief Executive Officer.",
			SV: "Firmatecknarens befattning, till exempel verkställande direktör.",
			NB: "Underskriverens stilling, for eksempel daglig leder.",
			DA: "Underskriverens stilling, for eksempel administrerende direktør.",
		},
	},
}
