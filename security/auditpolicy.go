package security

import (
	"slices"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// AuditPolicy names a table of the audit forms that count as enough
// evidence at each security level. Agreements choose one; the parties may
// accept certificates that another practice does not. In JSON it is a
// kebab-case string such as "dk-municipal".
type AuditPolicy string

// The audit policies.
const (
	// DKMunicipal is the Danish municipal practice on Datatilsynet's
	// standard contractual clauses (seed 004 Bilag C.7): at a considerable
	// or high level an annual independent type 2 report or an inspection;
	// at a lower level any form, a self-declaration included. It is the
	// policy when an agreement names none, and [AuditForm.Satisfies]
	// applies it.
	DKMunicipal AuditPolicy = "dk-municipal"
	// CertificatesAccepted adds to DKMunicipal the certificates seed 002
	// names as a model of its own: an ISO/IEC 27001 certificate or a SOC 2
	// report (Type I or II) is enough at every level.
	CertificatesAccepted AuditPolicy = "certificates-accepted"
)

// Source cites where a table of legal or professional practice comes
// from: its title as published and, where it is published online, its
// address.
type Source struct {
	Title string // the source's title as published, or what it is
	URL   string // its address; empty when the source is not online
}

// AuditPolicyDef defines an [AuditPolicy]: its ID, Name and Description in
// each language, its Source, and per level the forms it accepts beyond
// those [AuditForm.Satisfies] accepts.
type AuditPolicyDef struct {
	ID          AuditPolicy
	Name        i18n.Text
	Description i18n.Text
	Source      Source
	// Extra lists forms accepted at every level in addition to the
	// Danish municipal table.
	Extra []AuditForm
}

// AuditPolicies defines every [AuditPolicy], in the order a form offers
// them.
var AuditPolicies = []AuditPolicyDef{
	{
		ID:   DKMunicipal,
		Name: i18n.Text{EN: "Danish municipal practice", SV: "Dansk kommunal praxis", NB: "Dansk kommunal praksis", DA: "Kommunal praksis"},
		Description: i18n.Text{
			EN: "At a considerable or high level, an independent type 2 report or an inspection; at a lower level, any form.",
			SV: "På betydande eller hög nivå en oberoende typ 2-rapport eller en inspektion; på lägre nivå vilken form som helst.",
			NB: "På betydelig eller høyt nivå en uavhengig type 2-uttalelse eller en inspeksjon; på lavere nivå hvilken som helst form.",
			DA: "På betydeligt eller højt niveau en uafhængig type 2-erklæring eller en inspektion; på lavere niveau enhver form.",
		},
		Source: Source{
			Title: "Det fælleskommunale Databehandlersekretariat (DBS): skabelon til databehandleraftale på Datatilsynets standardkontraktbestemmelser, Bilag C.7 (seed 004)",
			URL:   "https://kommunedbs.dk/dokumenter/",
		},
	},
	{
		ID:   CertificatesAccepted,
		Name: i18n.Text{EN: "Certificates accepted", SV: "Certifikat godtas", NB: "Sertifikater godtas", DA: "Certifikater godtages"},
		Description: i18n.Text{
			EN: "As the Danish municipal practice, and an ISO/IEC 27001 certificate or a SOC 2 report is enough at every level.",
			SV: "Som dansk kommunal praxis, och ett ISO/IEC 27001-certifikat eller en SOC 2-rapport räcker på varje nivå.",
			NB: "Som dansk kommunal praksis, og et ISO/IEC 27001-sertifikat eller en SOC 2-rapport er nok på hvert nivå.",
			DA: "Som kommunal praksis, og et ISO/IEC 27001-certifikat eller en SOC 2-rapport er tilstrækkeligt på hvert niveau.",
		},
		Source: Source{Title: "Lucas Rosvall, \"Vad är ett personuppgiftsbiträdesavtal (PUB-avtal)?\", the section on audits (seed 002; published without an address in the seed)"},
		Extra:  []AuditForm{ISO27001, SOC2Type1, SOC2Type2},
	},
}

// auditPolicies reads [AuditPolicies].
var auditPolicies = enum.New(AuditPolicies, func(d *AuditPolicyDef) AuditPolicy { return d.ID },
	func(d *AuditPolicyDef) i18n.Text { return d.Name })

// Def returns the definition of p from [AuditPolicies], and false when p
// is not a policy.
func (p AuditPolicy) Def() (AuditPolicyDef, bool) { return auditPolicies.Def(p) }

// Valid reports whether p is one of [AuditPolicies].
func (p AuditPolicy) Valid() bool { return auditPolicies.Valid(p) }

// In returns the name of p in language l, falling back to English, or the
// value as written when it is not a policy, so that an AuditPolicy is a
// localized argument of finding messages.
func (p AuditPolicy) In(l i18n.Lang) string { return auditPolicies.In(p, l) }

// Accepts reports whether, under policy p, form f is enough evidence at
// level l. A blank p is [DKMunicipal]; an unknown p, form or level accepts
// nothing.
func (p AuditPolicy) Accepts(f AuditForm, l Level) bool {
	if p == "" {
		p = DKMunicipal
	}
	d, ok := p.Def()
	if !ok || !l.Valid() {
		return false
	}
	return f.Satisfies(l) || slices.Contains(d.Extra, f)
}
