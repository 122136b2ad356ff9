package profile

import (
	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/security"
)

// DKPublic returns the profile "dk-public" for the Danish public sector,
// built on a municipal data processing agreement on Datatilsynet's standard
// contractual clauses (seed 004, Viborg Kommune):
//
//   - dk-public.risk-scoring-missing: Annex C scores the risk (Bilag C.2).
//   - dk-public.mfa-internet-missing: multi-factor authentication for
//     access over the internet (C.2.5).
//   - dk-public.encryption-in-transit-missing and
//     dk-public.encryption-at-rest-missing: encryption in transit (C.2.6)
//     and at rest (C.2.7).
//   - dk-public.logging-missing, .log-content, .log-retention: the
//     processing is logged, each entry shows the time, the user, the type
//     of use and the data subject or the search criterion, and logs are kept
//     at least 13 months (C.2.10).
//   - dk-public.audit-form: the audit form is strong enough for the level
//     the risk scoring gives, which may be above the agreed level (C.7);
//     the built-in audit.form-below-level checks it against the agreed
//     level.
//   - dk-public.audit-frequency: audit reports on the processor (C.7) and
//     on the sub-processors (C.8) at least once a year.
//   - dk-public.notice-period: at least 60 days' notice of changes of
//     sub-processors (clause 7.3).
func DKPublic() dpa.Profile { return nilSafe(dkPublic()) }

func dkPublic() dpa.Profile {
	return dpa.Profile{
		Name:  "dk-public",
		Title: msg("Danish public sector", "Dansk offentlig sektor", "Dansk offentlig sektor", "Dansk offentlig sektor"),
		Source: "A Danish municipality's databehandleraftale on Datatilsynet's standard contractual clauses " +
			"(seed 004, Viborg Kommune): clause 7.3 notice of changes of sub-processors; Bilag C.2 risk scoring, " +
			"C.2.5 multi-factor authentication, C.2.6–C.2.7 encryption, C.2.10 logging; C.7–C.8 audits by risk level.",
		Rules: []dpa.Rule{
			{Def: dkRiskMissing, Check: dkCheckRisk},
			{Def: dkMFAMissing, Check: dkCheckMeasure(security.MeasureMFAInternet)},
			{Def: dkTransitMissing, Check: dkCheckMeasure(security.MeasureEncryptionInTransit)},
			{Def: dkRestMissing, Check: dkCheckMeasure(security.MeasureEncryptionAtRest)},
			{Def: dkLoggingMissing, Check: dkCheckMeasure(security.MeasureLogging)},
			{Def: dkLogContent, Check: dkCheckLogContent},
			{Def: dkLogRetention, Check: dkCheckLogRetention},
			{Def: dkAuditForm, Check: dkCheckAuditForm},
			{Def: dkAuditFrequency, Check: dkCheckAuditFrequency},
			{Def: dkNoticePeriod, Check: dkCheckNotice},
		},
	}
}

const (
	dkRef       = "DK standard contractual clauses (municipal), "
	dkRefC2     = dkRef + "Bilag C.2"
	dkRefC25    = dkRef + "Bilag C.2.5"
	dkRefC26    = dkRef + "Bilag C.2.6"
	dkRefC27    = dkRef + "Bilag C.2.7"
	dkRefC210   = dkRef + "Bilag C.2.10"
	dkRefC7     = dkRef + "Bilag C.7"
	dkRefC78    = dkRef + "Bilag C.7–C.8"
	dkRefNotice = dkRef + "clause 7.3"
)

var (
	dkRiskMissing = dpa.Def{Code: "dk-public.risk-scoring-missing", Severity: finding.Error, Ref: dkRefC2,
		Message: msg("Annex C has no risk scoring; in the Danish public sector the security level is set from it.",
			"Bilaga C saknar riskbedömning; i dansk offentlig sektor bestäms säkerhetsnivån utifrån den.",
			"Vedlegg C mangler risikovurdering; i dansk offentlig sektor fastsettes sikkerhetsnivået ut fra den.",
			"Bilag C mangler en risikovurdering; i den danske offentlige sektor fastsættes sikkerhedsniveauet ud fra den.")}
	dkMFAMissing = dpa.Def{Code: "dk-public.mfa-internet-missing", Severity: finding.Error, Ref: dkRefC25,
		Message: msg("Annex C does not require multi-factor authentication for access over the internet.",
			"Bilaga C kräver inte flerfaktorsautentisering vid åtkomst via internet.",
			"Vedlegg C krever ikke flerfaktorautentisering ved tilgang over internett.",
			"Bilag C kræver ikke multifaktorautentificering ved adgang via internettet.")}
	dkTransitMissing = dpa.Def{Code: "dk-public.encryption-in-transit-missing", Severity: finding.Error, Ref: dkRefC26,
		Message: msg("Annex C does not require encryption in transit.",
			"Bilaga C kräver inte kryptering vid överföring.",
			"Vedlegg C krever ikke kryptering ved overføring.",
			"Bilag C kræver ikke kryptering under transmission.")}
	dkRestMissing = dpa.Def{Code: "dk-public.encryption-at-rest-missing", Severity: finding.Error, Ref: dkRefC27,
		Message: msg("Annex C does not require encryption at rest.",
			"Bilaga C kräver inte kryptering vid lagring.",
			"Vedlegg C krever ikke kryptering ved lagring.",
			"Bilag C kræver ikke kryptering under opbevaring.")}
	dkLoggingMissing = dpa.Def{Code: "dk-public.logging-missing", Severity: finding.Error, Ref: dkRefC210,
		Message: msg("Annex C does not require the processing to be logged.",
			"Bilaga C kräver inte att behandlingen loggas.",
			"Vedlegg C krever ikke at behandlingen logges.",
			"Bilag C kræver ikke, at behandlingen logges.")}
	dkLogContent = dpa.Def{Code: "dk-public.log-content", Severity: finding.Error, Ref: dkRefC210,
		Message: msg("The log does not show %[1]v; it shows the time, the user, the type of use, and the data subject or the search criterion used.",
			"Loggen visar inte %[1]v; den visar tidpunkt, användare, typ av användning samt den registrerade eller det sökbegrepp som använts.",
			"Loggen viser ikke %[1]v; den viser tidspunkt, bruker, type bruk og den registrerte eller søkekriteriet som ble brukt.",
			"Loggen viser ikke %[1]v; den viser tidspunkt, bruger, anvendelsestype og den registrerede eller det anvendte søgekriterium.")}
	dkLogRetention = dpa.Def{Code: "dk-public.log-retention", Severity: finding.Error, Ref: dkRefC210,
		Message: msg("The log is not kept for at least 13 months.",
			"Loggen sparas inte i minst 13 månader.",
			"Loggen oppbevares ikke i minst 13 måneder.",
			"Loggen opbevares ikke i mindst 13 måneder.")}
	dkAuditForm = dpa.Def{Code: "dk-public.audit-form", Severity: finding.Error, Ref: dkRefC7,
		Message: msg("The audit form %[1]v is weaker than the level the risk scoring gives (%[2]v) calls for.",
			"Granskningsformen %[1]v är svagare än vad nivån enligt riskbedömningen (%[2]v) kräver.",
			"Revisjonsformen %[1]v er svakere enn det nivået etter risikovurderingen (%[2]v) krever.",
			"Revisionsformen %[1]v er svagere, end niveauet efter risikovurderingen (%[2]v) kræver.")}
	dkAuditFrequency = dpa.Def{Code: "dk-public.audit-frequency", Severity: finding.Error, Ref: dkRefC78,
		Message: msg("The audit interval of %[1]v is longer than a year; Danish public-sector agreements call for an audit report every year.",
			"Granskningsintervallet på %[1]v är längre än ett år; i dansk offentlig sektor krävs en granskningsrapport varje år.",
			"Revisjonsintervallet på %[1]v er lengre enn ett år; i dansk offentlig sektor kreves en revisjonserklæring hvert år.",
			"Revisionsintervallet på %[1]v er længere end et år; i den danske offentlige sektor kræves en revisionserklæring hvert år.")}
	dkNoticePeriod = dpa.Def{Code: "dk-public.notice-period", Severity: finding.Error, Ref: dkRefNotice,
		Message: msg("The notice period for changes of sub-processors is %[1]v; Danish public-sector agreements call for at least 60 days.",
			"Varseltiden för byte av underbiträden är %[1]v; i dansk offentlig sektor krävs minst 60 dagar.",
			"Varslingsfristen for endringer av underdatabehandlere er %[1]v; i dansk offentlig sektor kreves minst 60 dager.",
			"Varslet ved ændringer af underdatabehandlere er %[1]v; i den danske offentlige sektor kræves mindst 60 dages varsel.")}
)

// dkContent is what every log entry must show (C.2.10): the time, the
// user, the type of use, and the data subject or the search criterion.
var dkContent = [][]security.LogField{
	{security.LogTime}, {security.LogUser}, {security.LogAction}, {security.LogDataSubject, security.LogSearchCriterion},
}

var (
	dkRetention = civil.Of(13, civil.Months)
	dkNotice    = civil.Of(60, civil.Days)
	yearly      = civil.Of(1, civil.Years)
)

func dkCheckRisk(a *dpa.Agreement, r dpa.Reporter) {
	if a.Annexes.C.Security.Risk.Subjects == "" {
		r.Blank("/annexes/c/security/risk")
	}
}

// dkCheckMeasure returns the check that Annex C requires the measure id.
func dkCheckMeasure(id security.MeasureID) func(*dpa.Agreement, dpa.Reporter) {
	path := measuresPath + "/" + string(id)
	return func(a *dpa.Agreement, r dpa.Reporter) {
		if !a.Annexes.C.Security.Measures.Has(id) {
			r.Add(path)
		}
	}
}

func dkCheckLogContent(a *dpa.Agreement, r dpa.Reporter) {
	if l := a.Annexes.C.Security.Measures.Logging; l != nil {
		if missing := missingFields(l.Content, dkContent); missing != nil {
			r.Add(loggingPath+"/content", missing)
		}
	}
}

func dkCheckLogRetention(a *dpa.Agreement, r dpa.Reporter) { checkRetention(a, r, dkRetention) }

// dkCheckAuditForm weighs the audit form against the level of the risk
// scoring. Where the form is already too weak for the agreed level, the
// built-in audit.form-below-level reports it, so this rule stays silent.
func dkCheckAuditForm(a *dpa.Agreement, r dpa.Reporter) {
	c := &a.Annexes.C
	scored := c.Security.Risk.Level()
	form := c.Audit.Form
	if !scored.Valid() || !form.Valid() || form.Satisfies(scored) {
		return
	}
	if agreed := c.Security.Level; agreed.Valid() && !form.Satisfies(agreed) {
		return
	}
	r.Add("/annexes/c/audit/form", form, scored)
}

func dkCheckAuditFrequency(a *dpa.Agreement, r dpa.Reporter) {
	check := func(au annex.Audit, path string) {
		if f := au.Frequency; !f.IsZero() && f.Valid() && !atMost(f, yearly) {
			r.Add(path, f)
		}
	}
	check(a.Annexes.C.Audit, "/annexes/c/audit/frequency")
	check(a.Annexes.C.SubProcessorAudit, "/annexes/c/subProcessorAudit/frequency")
}

func dkCheckNotice(a *dpa.Agreement, r dpa.Reporter) {
	if p := a.Annexes.B.NoticePeriod; !p.IsZero() && p.Valid() && !atLeast(p, dkNotice) {
		r.Add("/annexes/b/noticePeriod", p)
	}
}
