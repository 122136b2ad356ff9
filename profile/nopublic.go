package profile

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/transfer"
)

// NOPublic returns the profile "no-public" for the Norwegian public sector,
// built on NAV's template for data processing agreements (Mal for
// databehandleravtale, seed 003):
//
//   - no-public.breach-over-24h: every breach deadline is at most 24 hours,
//     so that the controller can notify Datatilsynet within its 72 hours
//     (pkt. 10.2).
//   - no-public.deletion-confirmation-missing and
//     no-public.deletion-confirmation-late: the processor confirms the
//     deletion in writing within 14 days (pkt. 12.4).
//   - no-public.governing-law: Norwegian law governs (pkt. 13).
func NOPublic() dpa.Profile { return nilSafe(noPublic()) }

func noPublic() dpa.Profile {
	return dpa.Profile{
		Name: "no-public",
		Title: msg("Norwegian public sector (NAV)", "Norsk offentlig sektor (NAV)",
			"Norsk offentlig sektor (NAV)", "Norsk offentlig sektor (NAV)"),
		Source: "NAV's template for data processing agreements, Mal for databehandleravtale (seed 003): " +
			"pkt. 10.2 breach notice within 24 hours, pkt. 12.4 deletion confirmed within 14 days, pkt. 13 Norwegian law.",
		Rules: []dpa.Rule{
			{Def: noBreach24h, Check: noCheckBreach},
			{Def: noConfirmMissing, Check: noCheckConfirmMissing},
			{Def: noConfirmLate, Check: noCheckConfirmLate},
			{Def: noGoverningLaw, Check: noCheckLaw},
		},
	}
}

const navRef = "NAV Mal for databehandleravtale, pkt. "

var (
	noBreach24h = dpa.Def{Code: "no-public.breach-over-24h", Severity: finding.Error, Ref: navRef + "10.2",
		Message: message(kNoPublicBreachOver24h)}
	noConfirmMissing = dpa.Def{Code: "no-public.deletion-confirmation-missing", Severity: finding.Error, Ref: navRef + "12.4",
		Message: message(kNoPublicDeletionConfirmationMissing)}
	noConfirmLate = dpa.Def{Code: "no-public.deletion-confirmation-late", Severity: finding.Error, Ref: navRef + "12.4",
		Message: message(kNoPublicDeletionConfirmationLate)}
	noGoverningLaw = dpa.Def{Code: "no-public.governing-law", Severity: finding.Error, Ref: navRef + "13",
		Message: message(kNoPublicGoverningLaw)}
)

var (
	navBreach  = civil.Of(24, civil.Hours)
	navConfirm = civil.Of(14, civil.Days)
)

const norway transfer.Country = "NO"

func noCheckBreach(a *dpa.Agreement, r dpa.Reporter) {
	for i, d := range a.Clauses.BreachNotification {
		if !d.Within.IsZero() && d.Within.Valid() && !atMost(d.Within, navBreach) {
			r.Add(dpa.Pointer("clauses", "breachNotification", i, "within"), d.Within)
		}
	}
}

func noCheckConfirmMissing(a *dpa.Agreement, r dpa.Reporter) {
	if a.Clauses.EndOfService.ConfirmWithin.IsZero() {
		r.Blank("/clauses/endOfService/confirmWithin")
	}
}

func noCheckConfirmLate(a *dpa.Agreement, r dpa.Reporter) {
	if p := a.Clauses.EndOfService.ConfirmWithin; !p.IsZero() && p.Valid() && !atMost(p, navConfirm) {
		r.Add("/clauses/endOfService/confirmWithin", p)
	}
}

func noCheckLaw(a *dpa.Agreement, r dpa.Reporter) {
	if law := a.Clauses.GoverningLaw; law != "" && law != norway {
		r.Add("/clauses/governingLaw", law)
	}
}
