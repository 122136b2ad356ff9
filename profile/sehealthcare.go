package profile

import (
	"strconv"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// SEHealthcare returns the profile "se-healthcare" for Swedish public
// healthcare, built on Inera's Personuppgiftsbiträdesavtal 2 (seed 000) and
// Socialstyrelsen's HSLF-FS 2016:40 4 kap. 9 §:
//
//   - se-healthcare.processing-outside-sweden: every processing location of
//     the processor and of every sub-processor down the chain is in Sweden;
//     remote access and support count as processing (§8.6).
//   - se-healthcare.transfer-instruction: the transfer instruction allows
//     processing in Sweden only (§8.6).
//   - se-healthcare.governing-law: Swedish law governs (§8.6).
//   - se-healthcare.intrusion-deadline-missing: a deadline of its own for
//     reporting intrusion attempts (§11.11).
//   - se-healthcare.intrusion-deadline-longer: that deadline is no longer
//     than the one for other breaches, since attempts are reported "without
//     delay" and other breaches "without undue delay" (§11.11); a warning.
//   - se-healthcare.logging-missing, .log-content, .log-spot-checks,
//     .log-checks-documented, .log-retention: access is logged, each entry
//     shows the action, the unit, the time, the user and the data subject
//     (§11.12 points 1–4), the logs are spot-checked systematically (point
//     5) and the checks documented (point 6), and logs are kept at least
//     five years.
func SEHealthcare() dpa.Profile { return nilSafe(seHealthcare()) }

func seHealthcare() dpa.Profile {
	return dpa.Profile{
		Name: "se-healthcare",
		Title: msg("Swedish healthcare", "Svensk hälso- och sjukvård",
			"Svensk helsevesen", "Det svenske sundhedsvæsen"),
		Source: "Inera's Personuppgiftsbiträdesavtal 2 for Swedish public healthcare (seed 000): §8.6 processing, " +
			"support and Swedish law, §11.11 intrusion attempts, §11.12 access logs; Socialstyrelsen's regulations " +
			"HSLF-FS 2016:40 4 kap. 9 § under the Patient Data Act (2008:355) for the log content, spot checks " +
			"and five years' retention.",
		Rules: []dpa.Rule{
			{Def: seOutsideSweden, Check: seCheckLocations},
			{Def: seTransferInstruction, Check: seCheckInstruction},
			{Def: seGoverningLaw, Check: seCheckLaw},
			{Def: seIntrusionMissing, Check: seCheckIntrusionMissing},
			{Def: seIntrusionLonger, Check: seCheckIntrusionLonger},
			{Def: seLoggingMissing, Check: seCheckLogging},
			{Def: seLogContent, Check: seCheckLogContent},
			{Def: seLogSpotChecks, Check: seCheckSpotChecks},
			{Def: seLogChecksDocumented, Check: seCheckChecksDocumented},
			{Def: seLogRetention, Check: seCheckLogRetention},
		},
	}
}

const sweden transfer.Country = "SE"

const (
	ineraRef  = "Inera Personuppgiftsbiträdesavtal 2, §8.6"
	intrusRef = "Inera Personuppgiftsbiträdesavtal 2, §11.11"
	hslfRef   = "HSLF-FS 2016:40 4 kap. 9 §; Inera Personuppgiftsbiträdesavtal 2, §11.12"
)

var (
	seOutsideSweden = dpa.Def{Code: "se-healthcare.processing-outside-sweden", Severity: finding.Error, Ref: ineraRef,
		Message: message(kSeHealthcareProcessingOutsideSweden)}
	seTransferInstruction = dpa.Def{Code: "se-healthcare.transfer-instruction", Severity: finding.Error, Ref: ineraRef,
		Message: message(kSeHealthcareTransferInstruction)}
	seGoverningLaw = dpa.Def{Code: "se-healthcare.governing-law", Severity: finding.Error, Ref: ineraRef,
		Message: message(kSeHealthcareGoverningLaw)}
	seIntrusionMissing = dpa.Def{Code: "se-healthcare.intrusion-deadline-missing", Severity: finding.Error, Ref: intrusRef,
		Message: message(kSeHealthcareIntrusionDeadlineMissing)}
	seIntrusionLonger = dpa.Def{Code: "se-healthcare.intrusion-deadline-longer", Severity: finding.Warning, Ref: intrusRef,
		Message: message(kSeHealthcareIntrusionDeadlineLonger)}
	seLoggingMissing = dpa.Def{Code: "se-healthcare.logging-missing", Severity: finding.Error, Ref: hslfRef,
		Message: message(kSeHealthcareLoggingMissing)}
	seLogContent = dpa.Def{Code: "se-healthcare.log-content", Severity: finding.Error, Ref: hslfRef + " points 1–4",
		Message: message(kSeHealthcareLogContent)}
	seLogSpotChecks = dpa.Def{Code: "se-healthcare.log-spot-checks", Severity: finding.Error, Ref: hslfRef + " point 5",
		Message: message(kSeHealthcareLogSpotChecks)}
	seLogChecksDocumented = dpa.Def{Code: "se-healthcare.log-checks-documented", Severity: finding.Error, Ref: hslfRef + " point 6",
		Message: message(kSeHealthcareLogChecksDocumented)}
	seLogRetention = dpa.Def{Code: "se-healthcare.log-retention", Severity: finding.Error, Ref: hslfRef,
		Message: message(kSeHealthcareLogRetention)}
)

// hslfContent is what every log entry must show (§11.12 points 1–4).
var hslfContent = [][]security.LogField{
	{security.LogAction}, {security.LogUnit}, {security.LogTime}, {security.LogUser}, {security.LogDataSubject},
}

// hslfRetention is the shortest time logs are kept.
var hslfRetention = civil.Of(5, civil.Years)

func seCheckLocations(a *dpa.Agreement, r dpa.Reporter) {
	for j, loc := range a.Annexes.C.Locations {
		if !inSweden(loc) {
			r.Add(dpa.Pointer("annexes", "c", "locations", j), loc)
		}
	}
	for i, e := range a.Annexes.B.Entries {
		for j, loc := range e.Locations {
			if !inSweden(loc) {
				r.Add(dpa.Pointer("annexes", "b", "entries", i, "locations", j), loc)
			}
		}
	}
}

func inSweden(loc transfer.Location) bool { return loc.Organisation == "" && loc.Country == sweden }

func seCheckInstruction(a *dpa.Agreement, r dpa.Reporter) {
	in := a.Annexes.C.Transfers
	switch in.Kind {
	case "":
		// Reported by the built-in rules as a missing instruction.
	case transfer.OnlyListed:
		for k, c := range in.Countries {
			if c != sweden {
				r.Add("/annexes/c/transfers/countries/" + strconv.Itoa(k))
			}
		}
	default:
		r.Add("/annexes/c/transfers/kind")
	}
}

func seCheckLaw(a *dpa.Agreement, r dpa.Reporter) {
	if law := a.Clauses.GoverningLaw; law != "" && law != sweden {
		r.Add("/clauses/governingLaw", law)
	}
}

func seCheckIntrusionMissing(a *dpa.Agreement, r dpa.Reporter) {
	for _, d := range a.Clauses.BreachNotification {
		if d.Kind == dpa.IntrusionAttempt {
			return
		}
	}
	r.Blank("/clauses/breachNotification")
}

func seCheckIntrusionLonger(a *dpa.Agreement, r dpa.Reporter) {
	intrusion, other := -1, -1
	for i, d := range a.Clauses.BreachNotification {
		switch {
		case d.Kind == dpa.IntrusionAttempt && intrusion < 0:
			intrusion = i
		case d.Kind == dpa.AnyBreach && other < 0:
			other = i
		}
	}
	if intrusion < 0 || other < 0 {
		return
	}
	p, q := a.Clauses.BreachNotification[intrusion].Within, a.Clauses.BreachNotification[other].Within
	if p.IsZero() || q.IsZero() || !p.Valid() || !q.Valid() {
		return // blanks and invalid periods are the built-in rules' business
	}
	if !atMost(p, q) {
		r.Add(dpa.Pointer("clauses", "breachNotification", intrusion, "within"), p, q)
	}
}

func seCheckLogging(a *dpa.Agreement, r dpa.Reporter) {
	if a.Annexes.C.Security.Measures.Logging == nil {
		r.Add(loggingPath)
	}
}

func seCheckLogContent(a *dpa.Agreement, r dpa.Reporter) {
	if l := a.Annexes.C.Security.Measures.Logging; l != nil {
		if missing := missingFields(l.Content, hslfContent); missing != nil {
			r.Add(loggingPath+"/content", missing)
		}
	}
}

func seCheckSpotChecks(a *dpa.Agreement, r dpa.Reporter) {
	if l := a.Annexes.C.Security.Measures.Logging; l != nil && !l.SpotChecks {
		r.Add(loggingPath + "/spotChecks")
	}
}

func seCheckChecksDocumented(a *dpa.Agreement, r dpa.Reporter) {
	if l := a.Annexes.C.Security.Measures.Logging; l != nil && !l.ChecksDocumented {
		r.Add(loggingPath + "/checksDocumented")
	}
}

func seCheckLogRetention(a *dpa.Agreement, r dpa.Reporter) {
	checkRetention(a, r, hslfRetention)
}

// checkRetention reports a log retention that is blank, or shorter than
// min; an invalid period is the built-in rules' business.
func checkRetention(a *dpa.Agreement, r dpa.Reporter, min civil.Period) {
	l := a.Annexes.C.Security.Measures.Logging
	switch {
	case l == nil:
	case l.Retention.IsZero():
		r.Blank(loggingPath + "/retention")
	case l.Retention.Valid() && !l.Keeps(min):
		// A retention that is only a maximum keeps nothing for sure.
		r.Add(loggingPath + "/retention")
	}
}

// checkRetentionExactly reports a retention that does not keep the logs
// for period and then delete them: shorter, longer, or only a minimum
// (dk-public, Bilag C.2.10).
func checkRetentionExactly(a *dpa.Agreement, r dpa.Reporter, period civil.Period) {
	l := a.Annexes.C.Security.Measures.Logging
	switch {
	case l == nil:
	case l.Retention.IsZero():
		r.Blank(loggingPath + "/retention")
	case l.Retention.Valid() && (!l.Keeps(period) || !l.DeletesBy(period)):
		r.Add(loggingPath + "/retention")
	}
}
