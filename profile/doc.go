// Package profile holds the built-in rule profiles: named groups of
// [dpa.Rule]s for a sector or a country, run on top of the GDPR baseline of
// [dpa.Validate] by a [dpa.Validator]:
//
//	v, err := dpa.NewValidator(dpa.WithProfiles(profile.SEHealthcare()))
//	...
//	findings := v.Validate(a)
//
// # Profiles
//
//   - [SEHealthcare], "se-healthcare": Swedish public healthcare. Processing,
//     support and the transfer instruction in Sweden only, Swedish law
//     (Inera's Personuppgiftsbiträdesavtal 2, §8.6); a deadline of its own
//     for reporting intrusion attempts, no longer than the one for other
//     breaches (§11.11); access logs with the content, spot checks and
//     documentation of HSLF-FS 2016:40 4 kap. 9 §, kept at least five years
//     (§11.12).
//   - [DKPublic], "dk-public": Danish public sector, after a municipal
//     agreement on Datatilsynet's standard contractual clauses. A risk
//     scoring (Bilag C.2); multi-factor authentication for access over the
//     internet (C.2.5); encryption in transit and at rest (C.2.6–C.2.7);
//     logs with time, user, type of use and data subject or search
//     criterion, kept at least 13 months (C.2.10); the audit form the risk
//     scoring's level calls for, at least yearly (C.7–C.8); at least 60 days'
//     notice of changes of sub-processors (clause 7.3).
//   - [NOPublic], "no-public": Norwegian public sector, after NAV's template
//     (Mal for databehandleravtale). Breach notice within 24 hours (pkt.
//     10.2); deletion confirmed in writing within 14 days (pkt. 12.4);
//     Norwegian law (pkt. 13).
//
// Every code of a profile starts with the profile's name and a dot; the
// codes, their severities and references are listed per profile in
// docs/findings.md. Each function returns a new [dpa.Profile] that the
// caller may change, and nothing is registered at init time.
//
// # What the profiles leave to the built-in rules
//
// A profile rule reports its own requirement and stays silent where the
// built-in rules already report the same gap: a breach deadline or a notice
// period left blank, a governing law not chosen, an audit form weaker than
// the agreed level. The profiles are meant to run together with the
// built-in rules.
//
// # Sources and status
//
// The requirements come from the agreements the project models (seeds 000,
// 003 and 004) and, for the logs in Swedish healthcare, from Socialstyrelsen's
// regulations HSLF-FS 2016:40 under the Patient Data Act (2008:355). The
// Danish and Norwegian profiles follow one public body's template each; they
// are sector practice, not statute, and a body with other terms should copy
// a profile and change it.
package profile
