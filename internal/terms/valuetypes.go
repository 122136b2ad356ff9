package terms

import "github.com/dpakit/dpakit/i18n"

// valueTypeTerms are the fields of the value types in civil and i18n.
var valueTypeTerms = map[Key]Term{
	"civil.Period.Value": {
		Title: i18n.Text{EN: "Number", SV: "Antal", NB: "Antall", DA: "Antal"},
		Description: i18n.Text{
			EN: "A whole number, 0 or more.",
			SV: "Ett heltal, 0 eller mer.",
			NB: "Et heltall, 0 eller mer.",
			DA: "Et heltal, 0 eller mere.",
		},
	},
	"civil.Period.Unit": {
		Title: i18n.Text{EN: "Unit", SV: "Enhet", NB: "Enhet", DA: "Enhed"},
		Description: i18n.Text{
			EN: "Hours, days, weeks, months or years.",
			SV: "Timmar, dagar, veckor, månader eller år.",
			NB: "Timer, dager, uker, måneder eller år.",
			DA: "Timer, dage, uger, måneder eller år.",
		},
	},
	"i18n.Text.EN": {
		Title: i18n.Text{EN: "English", SV: "Engelska", NB: "Engelsk", DA: "Engelsk"},
		Description: i18n.Text{
			EN: "The text in English.",
			SV: "Texten på engelska.",
			NB: "Teksten på engelsk.",
			DA: "Teksten på engelsk.",
		},
	},
	"i18n.Text.SV": {
		Title: i18n.Text{EN: "Swedish", SV: "Svenska", NB: "Svensk", DA: "Svensk"},
		Description: i18n.Text{
			EN: "The text in Swedish.",
			SV: "Texten på svenska.",
			NB: "Teksten på svensk.",
			DA: "Teksten på svensk.",
		},
	},
	"i18n.Text.NB": {
		Title: i18n.Text{EN: "Norwegian", SV: "Norska", NB: "Norsk", DA: "Norsk"},
		Description: i18n.Text{
			EN: "The text in Norwegian Bokmål.",
			SV: "Texten på norska (bokmål).",
			NB: "Teksten på norsk bokmål.",
			DA: "Teksten på norsk bokmål.",
		},
	},
	"i18n.Text.DA": {
		Title: i18n.Text{EN: "Danish", SV: "Danska", NB: "Dansk", DA: "Dansk"},
		Description: i18n.Text{
			EN: "The text in Danish.",
			SV: "Texten på danska.",
			NB: "Teksten på dansk.",
			DA: "Teksten på dansk.",
		},
	},
}
