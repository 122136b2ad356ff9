package terms

import (
	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// enumValues returns the values of every enum, keyed by type. Each enum is
// read from the definitions table beside its constants (security.Levels,
// dpa.Statuses…), so that a name is written once; only [i18n.Lang], whose
// package cannot hold a table of its own names, takes its names from texts
// ([languages]).
// The help of each organisation register's choice is the catalogue's
// text of its value key in texts (from [dataTerms]).
func enumValues(texts map[Key]Term) map[Key][]Value {
	out := map[Key][]Value{}
	out[TypeOf[i18n.Lang]()] = languages(texts)
	out[TypeOf[transfer.Country]()] = countries()
	out[TypeOf[transfer.InstructionKind]()] = defs(transfer.InstructionKinds)
	out[TypeOf[transfer.Mechanism]()] = defs(transfer.Mechanisms)
	out[TypeOf[transfer.Organisation]()] = defs(transfer.Organisations)
	out[TypeOf[org.Scheme]()] = from(org.Schemes, func(d org.SchemeDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, texts[ValueOf(d.ID)].Description
	})
	out[TypeOf[org.ContactRole]()] = defs(org.ContactRoles)
	kind := func(d annex.Kind) (string, i18n.Text, i18n.Text) { return d.ID, d.Name, i18n.Text{} }
	out[TypeOf[annex.OrdinaryData]()] = from(annex.OrdinaryKinds, kind)
	out[TypeOf[annex.SpecialCategory]()] = from(annex.SpecialKinds, kind)
	out[TypeOf[annex.ConfidentialData]()] = from(annex.ConfidentialKinds, kind)
	out[TypeOf[annex.Costs]()] = from(annex.CostKinds, kind)
	out[TypeOf[annex.AuditRole]()] = from(annex.AuditRoles, kind)
	out[TypeOf[annex.Authorisation]()] = defs(annex.Authorisations)
	out[TypeOf[annex.ObjectionGrounds]()] = defs(annex.ObjectionGroundsKinds)
	out[TypeOf[annex.ObjectionExit]()] = defs(annex.ObjectionExits)
	out[TypeOf[annex.ExitAction]()] = defs(annex.ExitActions)
	out[TypeOf[security.Level]()] = from(security.Levels, func(d security.LevelDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, d.Description
	})
	out[TypeOf[security.MeasureID]()] = defs(security.Catalogue)
	out[TypeOf[security.AuditForm]()] = defs(security.AuditForms)
	out[TypeOf[security.LogField]()] = defs(security.LogFields)
	out[TypeOf[security.Bound]()] = defs(security.Bounds)
	out[TypeOf[security.AuditPolicy]()] = from(security.AuditPolicies, func(d security.AuditPolicyDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, d.Description
	})
	out[TypeOf[security.SubjectBand]()] = from(security.SubjectBands, func(d security.SubjectBandDef) (string, i18n.Text, i18n.Text) {
		return string(d.ID), d.Name, i18n.Text{}
	})
	out[TypeOf[civil.Unit]()] = defs(civil.Units)
	out[TypeOf[dpa.Status]()] = defs(dpa.Statuses)
	out[TypeOf[dpa.Template]()] = defs(dpa.Templates)
	out[TypeOf[dpa.TermKind]()] = defs(dpa.TermKinds)
	out[TypeOf[dpa.Precedence]()] = defs(dpa.Precedences)
	out[TypeOf[dpa.Confidentiality]()] = defs(dpa.Confidentialities)
	out[TypeOf[dpa.BreachKind]()] = defs(dpa.BreachKinds)
	out[TypeOf[dpa.EndAction]()] = defs(dpa.EndActions)
	out[TypeOf[dpa.LiabilityBasis]()] = defs(dpa.LiabilityBases)
	out[TypeOf[dpa.Exposure]()] = defs(dpa.Exposures)
	out[TypeOf[dpa.TerminationNotice]()] = defs(dpa.TerminationNotices)
	out[TypeOf[dpa.ReturnFormat]()] = defs(dpa.ReturnFormats)
	out[TypeOf[dpa.AssistanceWork]()] = defs(dpa.AssistanceWorks)
	out[TypeOf[dpa.Payee]()] = defs(dpa.Payees)
	return out
}

// from turns a model package's definitions table into values.
func from[D any](defs []D, f func(D) (id string, title, desc i18n.Text)) []Value {
	out := make([]Value, len(defs))
	for i, d := range defs {
		id, title, desc := f(d)
		out[i] = Value{ID: id, Term: Term{Title: title, Description: desc}}
	}
	return out
}

// defs turns a table of the common definition rows into values.
func defs[K ~string](table []enum.Def[K]) []Value {
	return from(table, func(d enum.Def[K]) (string, i18n.Text, i18n.Text) { return string(d.ID), d.Name, d.Description })
}

// countries lists every assigned ISO 3166-1 alpha-2 code in code order, with
// the country's CLDR name in each language ([transfer.Country.In]). A form
// sorts them by name in its own language.
func countries() []Value {
	var out []Value
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			c := transfer.Country([]byte{a, b})
			if !c.Valid() {
				continue
			}
			var name i18n.Text
			for _, l := range i18n.Langs {
				name = name.Set(l, c.In(l))
			}
			out = append(out, Value{ID: string(c), Term: Term{Title: name}})
		}
	}
	return out
}

// languages lists the supported languages with their names from the
// catalogue's "i18n.Lang=<code>.title" texts: package i18n lies below the
// definitions-table mechanism (internal/enum imports it), so its names
// are data here.
func languages(texts map[Key]Term) []Value {
	out := make([]Value, len(i18n.Langs))
	for i, l := range i18n.Langs {
		k := ValueOf(l)
		if texts[k].Title.IsZero() {
			panic("terms: no name for the language " + string(k))
		}
		out[i] = Value{ID: string(l), Term: texts[k]}
	}
	return out
}
