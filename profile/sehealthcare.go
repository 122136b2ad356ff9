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
		Message: msg("Personal data are processed at %[1]v; in Swedish healthcare processing and support take place in Sweden only.",
			"Personuppgifterna behandlas i %[1]v; inom svensk hälso- och sjukvård sker behandling och support enbart i Sverige.",
			"Personopplysningene behandles i %[1]v; i svensk helsevesen skjer behandling og brukerstøtte bare i Sverige.",
			"Personoplysningerne behandles i %[1]v; i det svenske sundhedsvæsen sker behandling og support kun i Sverige.")}
	seTransferInstruction = dpa.Def{Code: "se-healthcare.transfer-instruction", Severity: finding.Error, Ref: ineraRef,
		Message: msg("The transfer instruction allows processing outside Sweden; in Swedish healthcare it names Sweden only.",
			"Instruktionen om överföringar tillåter behandling utanför Sverige; inom svensk hälso- och sjukvård anger den enbart Sverige.",
			"Instruksen om overføringer tillater behandling utenfor Sverige; i svensk helsevesen angir den bare Sverige.",
			"Instruksen om overførsler tillader behandling uden for Sverige; i det svenske sundhedsvæsen angiver den kun Sverige.")}
	seGoverningLaw = dpa.Def{Code: "se-healthcare.governing-law", Severity: finding.Error, Ref: ineraRef,
		Message: msg("The governing law is the law of %[1]v; Swedish healthcare requires Swedish law.",
			"Tillämplig lag är lagen i %[1]v; inom svensk hälso- och sjukvård ska svensk lag tillämpas.",
			"Lovvalget er lovgivningen i %[1]v; svensk helsevesen krever svensk rett.",
			"Lovvalget er lovgivningen i %[1]v; det svenske sundhedsvæsen kræver svensk ret.")}
	seIntrusionMissing = dpa.Def{Code: "se-healthcare.intrusion-deadline-missing", Severity: finding.Error, Ref: intrusRef,
		Message: msg("The agreement sets no deadline of its own for reporting intrusion attempts.",
			"Avtalet anger ingen egen tidsfrist för att anmäla intrångsförsök.",
			"Avtalen angir ingen egen frist for å varsle om innbruddsforsøk.",
			"Aftalen angiver ingen særskilt frist for at underrette om indbrudsforsøg.")}
	seIntrusionLonger = dpa.Def{Code: "se-healthcare.intrusion-deadline-longer", Severity: finding.Warning, Ref: intrusRef,
		Message: msg("The deadline for intrusion attempts (%[1]v) is longer than for other breaches (%[2]v), although intrusion attempts are to be reported without delay.",
			"Tidsfristen för intrångsförsök (%[1]v) är längre än för andra personuppgiftsincidenter (%[2]v), fast intrångsförsök ska anmälas utan dröjsmål.",
			"Fristen for innbruddsforsøk (%[1]v) er lengre enn for andre brudd på personopplysningssikkerheten (%[2]v), selv om innbruddsforsøk skal varsles uten opphold.",
			"Fristen for indbrudsforsøg (%[1]v) er længere end for andre brud på persondatasikkerheden (%[2]v), selv om indbrudsforsøg skal anmeldes uden forsinkelse.")}
	seLoggingMissing = dpa.Def{Code: "se-healthcare.logging-missing", Severity: finding.Error, Ref: hslfRef,
		Message: msg("The agreement does not require access to the personal data to be logged, which Swedish healthcare requires.",
			"Avtalet kräver inte att åtkomst till personuppgifterna loggas, vilket svensk hälso- och sjukvård kräver.",
			"Avtalen krever ikke at tilgang til personopplysningene logges, noe svensk helsevesen krever.",
			"Aftalen kræver ikke, at adgang til personoplysningerne logges, hvilket det svenske sundhedsvæsen kræver.")}
	seLogContent = dpa.Def{Code: "se-healthcare.log-content", Severity: finding.Error, Ref: hslfRef + " points 1–4",
		Message: msg("The logs do not show %[1]v; every entry shows the action, the unit, the time, the user and the data subject.",
			"Loggarna visar inte %[1]v; varje post visar åtgärd, enhet, tidpunkt, användare och registrerad.",
			"Loggene viser ikke %[1]v; hver oppføring viser handling, enhet, tidspunkt, bruker og registrert.",
			"Loggene viser ikke %[1]v; hver registrering viser handling, enhed, tidspunkt, bruger og registreret.")}
	seLogSpotChecks = dpa.Def{Code: "se-healthcare.log-spot-checks", Severity: finding.Error, Ref: hslfRef + " point 5",
		Message: msg("The agreement does not require systematic, recurring spot checks of the logs.",
			"Avtalet kräver inte systematiska och återkommande stickprovskontroller av loggarna.",
			"Avtalen krever ikke systematiske og jevnlige stikkprøvekontroller av loggene.",
			"Aftalen kræver ikke systematiske og tilbagevendende stikprøvekontroller af loggene.")}
	seLogChecksDocumented = dpa.Def{Code: "se-healthcare.log-checks-documented", Severity: finding.Error, Ref: hslfRef + " point 6",
		Message: msg("The agreement does not require the checks of the logs to be documented.",
			"Avtalet kräver inte att kontrollerna av loggarna dokumenteras.",
			"Avtalen krever ikke at kontrollene av loggene dokumenteres.",
			"Aftalen kræver ikke, at kontrollerne af loggene dokumenteres.")}
	seLogRetention = dpa.Def{Code: "se-healthcare.log-retention", Severity: finding.Error, Ref: hslfRef,
		Message: msg("The logs are not kept for at least five years, as Swedish healthcare requires.",
			"Loggarna sparas inte i minst fem år, vilket svensk hälso- och sjukvård kräver.",
			"Loggene oppbevares ikke i minst fem år, slik svensk helsevesen krever.",
			"Loggene opbevares ikke i mindst fem år, som det svenske sundhedsvæsen kræver.")}
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
	case l.Retention.Valid() && !atLeast(l.Retention, min):
		r.Add(loggingPath + "/retention")
	}
}
