// Package transfer models where personal data go: countries and international
// organisations, the EEA, the Commission's adequacy decisions as dated data,
// the transfer mechanisms of Chapter V of the GDPR, the controller's
// instruction on transfers, and [Assess], which decides whether a recipient
// may process personal data at a location on a given day and says why.
//
// # Locations
//
// A [Location] names a [Country] by its ISO 3166-1 alpha-2 code, or an
// international [Organisation] such as the European Patent Organisation,
// which has no country. Normalise input before validating it:
// [Country.Normalize] trims and upper-cases, and maps the EU protocol code
// "EL" to "GR" and "UK" to "GB". [Country.EEA] reports membership of the
// European Economic Area: the 27 EU Member States, Iceland, Liechtenstein and
// Norway, with Åland and the French outermost regions inside and Greenland and
// the Faroe Islands outside. [Country.In] gives the name in English,
// Swedish, Norwegian Bokmål or Danish from the CLDR data of
// golang.org/x/text.
//
// # Transfer bases
//
// Processing inside the EEA needs no transfer basis. Outside it, a [Basis]
// names the [Mechanism], in the order of Chapter V: an adequacy decision
// (Art. 45); an appropriate safeguard under Art. 46 such as the standard
// contractual clauses of Implementing Decision (EU) 2021/914 with a module
// from 1 to 4, binding corporate rules, a code of conduct or a certification,
// each with a transfer impact assessment after the judgment in Case C-311/18
// (Schrems II); or, as a last resort, a derogation of Art. 49. [Mechanisms]
// defines them with names and descriptions in every supported language.
//
// # Adequacy decisions
//
// The package holds the adequacy decisions with the day each was adopted,
// the day it ends if it does, the condition it sets (the United States
// covers only organisations certified under the EU-US Data Privacy
// Framework; Canada only commercial organisations; Israel, Japan and the
// Republic of Korea part of the data or recipients) and where each fact
// comes from. Decisions reach Iceland, Liechtenstein and Norway only once
// they are incorporated into the EEA Agreement; the decision for Brazil was
// not yet, so it does not serve an exporter in Norway. [DecisionFor] finds
// the decision that applies to a location on a day.
//
// # Instructions
//
// The controller decides in its documented instructions (Art. 28(3)(a))
// whether personal data may leave the EEA: never ([NoThirdCountries]), only
// to the countries it lists ([OnlyListed], which binds inside the EEA as
// well), or wherever a basis under Chapter V covers the transfer
// ([WithSafeguards]). Without an instruction nothing may leave the EEA.
//
// # Assessing a transfer
//
// [Assess] takes a [Query] (location, exporter, date, basis and instruction)
// and returns a [Verdict]: whether the processing is allowed, every [Reason]
// behind it as a set of bits, and the adequacy decision relied on. It does
// not allocate, so it can run for every recipient of a long sub-processor
// chain. Each Reason has a stable name for storage and tests and a message
// in each language for people.
//
// # Sources
//
// The facts come from DOMAIN.md §2 (Chapter V, the adequacy table of §2.5,
// the EEA table of §2.6), which names its primary sources; the terms in
// Swedish, Norwegian and Danish follow the official GDPR translations listed
// in DOMAIN.md §3. Each table in the package names its source in its doc
// comment, and each adequacy decision in its Source field. The list is
// current to January 2026 and must be kept up to date by hand.
package transfer
