// Package examples holds example data processing agreements as Go values and
// as JSON files: four agreements modelled on the seed documents the library
// is built from, and a reference agreement that uses the parts of the model
// the seeds leave out.
//
// Each example is a constructor that returns a new [dpa.Agreement] on every
// call, so callers may change what they get. [All] lists them with their
// names; json/<name>.json holds each as [dpa.Encode] writes it, and a test
// keeps the files in step with the Go values (go test ./examples -update
// rewrites them).
//
// The examples take their structure, facts, names, numbers and periods from
// the seeds, but every sentence of free text in them is written for dpakit,
// in the seed's language and in English. Where a seed leaves a blank, the
// example leaves it blank too, unless the example is meant to be complete;
// the validator's findings on each example are listed, with their reasons,
// in the package's tests.
//
// # The examples
//
//   - [Seed000]: Inera's Swedish public-healthcare agreement 2 (seed 000),
//     final. The chain runs from an indirectly connected care provider
//     (controller) to a region (processor), to Inera AB under a specific
//     authorisation, and on to Inera's own sub-processors under a general
//     authorisation with 10 days to object. Processing and support stay in
//     Sweden; access logs follow HSLF-FS 2016:40 with five years' retention;
//     assistance is paid by Inera's price list. The seed's blanks remain:
//     the breach hours, the deletion deadline, the venue.
//   - [Seed001]: Datalogisk's agreement (Agrinavia AB, seed 001), a Swedish
//     rendering of the Danish standard clauses, final: Curanet A/S in
//     Denmark as sub-processor, general authorisation with one month's
//     notice and seven days to object, 24 hours' breach notice, tied to the
//     software licence.
//   - [Seed003]: NAV's Norwegian template (seed 003), a draft with the
//     template's blanks: 24 hours' breach notice, deletion confirmed within
//     14 days, an hourly assistance fee whose amount is open, Norwegian law
//     and Oslo tingrett.
//   - [Seed004]: Viborg Kommune's Danish agreement on automatic route
//     planning (seed 004), a draft as the seed is, whose four warnings are
//     the seed's own gaps (no return deadline, no written confirmation of
//     the deletion, law and venue left to the main agreement): the risk
//     scoring (7 points, high), measures C.2.1–C.2.11, 60 days' notice of
//     changes of sub-processors, EU/EEA only, an annual ISAE 3000 GDPR
//     type 2 report, and a processor chain five levels deep.
//   - [Reference]: a complete agreement with no findings in all four
//     languages, Swedish first: a Swedish processor, a US sub-processor
//     certified under the Data Privacy Framework, an Indian one under the
//     standard contractual clauses (module 3) with a transfer impact
//     assessment, transfers allowed with safeguards, a fee of SEK 1 250.00
//     per hour, and deletion or return at the controller's choice with a
//     deadline and a confirmation.
//
// # What is illustrative
//
// Real names and numbers appear only where the seeds give them: Inera AB
// (556559-4230), Agrinavia AB (556661-1868), Curanet A/S (CVR 29412006),
// NAV (889 640 782) and Viborg Kommune (CVR 29189854), with the contact
// details the seeds print. Everything the seeds leave blank and an example
// needs is invented and marked as such in the constructor's documentation:
// parties, people, addresses, dates, sub-processors and, in seed 004 and the
// reference agreement, the terms that make them complete. Invented names
// carry "Exempel", "Eksempel", "Esimerkki", "Beispiel" or "Example";
// invented e-mail addresses use the reserved .example domain; invented
// Nordic organisation numbers have valid check digits but were not looked
// up in any register.
package examples
