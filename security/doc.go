// Package security models the security part of a data processing agreement:
// the measures the processor must take under GDPR Art. 28(3)(c) and Art. 32,
// the security level they must reach, and how the processor proves it.
//
// Everything here is data: typed string enums with a definitions table
// (names and descriptions in English, Swedish, Norwegian Bokmål and Danish),
// and plain structs with JSON tags in camelCase. Nothing is registered at
// init time.
//
// # Risk and level
//
// [Risk] is the additive risk scoring of Danish public-sector agreements
// (seed 004 Bilag C.2): 1 to 3 points for the number of data subjects
// ([SubjectBand]), 3 for special categories of personal data, 2 for other
// confidential data such as national identity numbers, and 2 for special
// processing such as monitoring or profiling. [Risk.Score] adds them up and
// [Risk.Level] maps the total to a [Level]:
//
//	1–2   very-low      Meget lav
//	3–4   basic         Grundlæggende
//	5–6   considerable  Betydelig
//	7–10  high          Høj
//
// Compare levels with [Level.Rank], never as strings.
//
// # Audit
//
// An [AuditForm] is a way to show compliance (GDPR Art. 28(3)(h)): an ISAE
// 3000, ISAE 3402 or SOC 2 report of type 1 or 2, an ISO/IEC 27001
// certificate, a self-declaration or an inspection. [AuditForm.Assurance]
// ranks how strong the evidence is, and [AuditForm.Satisfies] says whether a
// form is enough for a level: following seed 004 Bilag C.7, considerable
// and high call for an independent type 2 report, very low and basic for a
// self-declaration at least, and an inspection is always enough.
// [Level.MinimumAudit] gives the form seed 004 writes for each level.
//
// # Requirements
//
// [Requirements] holds one pointer per measure of the [Catalogue]: nil means
// the agreement does not require the measure; a value means it does, with
// its parameters (a [civil.Period] for intervals and retention, booleans for
// yes-or-no conditions, a free-text note in any language). [MeasureID]s are
// the JSON keys of those fields.
//
// [Level.RequiredMeasures] lists what a level calls for at least, and
// [Requirements.Missing] reports what an agreement lacks for a level.
// [Requirements.Problems] reports parameters that are wrong in themselves,
// such as a negative retention period or an unknown [LogField], each with a
// stable [ProblemCode] and a JSON Pointer. Missing and Problems are
// iterators ([iter.Seq], [iter.Seq2]) rather than lists, so checking an
// agreement that is in order allocates nothing:
//
//	for id := range r.Missing(security.High) { ... }
//	for path, p := range r.Problems() { ... }
//
// # Logging
//
// [Logging] carries the parameters agreements set for access logs: what each
// entry holds ([LogField]), how long logs are kept, spot checks and their
// documentation, and lockout after failed log-ins. Swedish healthcare
// (HSLF-FS 2016:40 4 kap. 9 §) needs five fields, documented spot checks and
// at least five years of retention; [HSLFLogging] returns that set. Danish
// public-sector agreements keep logs for 13 months (seed 004 Bilag C.2.10).
//
// # Sources
//
// The scoring, the levels, the measure headings and the audit rule come from
// a Danish municipal agreement built on Datatilsynet's standard contractual
// clauses (seed 004, Bilag C.2 and C.7); the log requirements from Inera's
// Swedish healthcare agreement (seed 000 §11.12). The tiers of
// [Level.RequiredMeasures] and the ranks of [AuditForm.Assurance] are
// dpakit's own defaults built on those sources, not rules of law.
package security
