package dpa_test

import (
	"fmt"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// A liability cap of one and a half times a year's fees that leaves out
// only fines is flagged twice: a note that it reaches the processor's
// liability for its sub-processors, which is lawful (Art. 28(4) is full
// liability, not unlimited liability), and a warning that it would also
// limit the recovery of compensation paid to data subjects.
func ExampleLiability() {
	a := examples.Reference()
	a.Clauses.Liability = dpa.Liability{
		Basis:    dpa.OwnLiabilityTerms,
		Cap:      dpa.LiabilityCap{FeeMultiple: "1.5", Period: civil.Of(12, civil.Months)},
		Uncapped: []dpa.Exposure{dpa.Fines},
	}
	for _, f := range dpa.Validate(a) {
		fmt.Println(f.Severity, f.Code, f.Path)
	}
	fmt.Println(dpa.DataSubjectCompensation.In(i18n.SV))
	// Output:
	// info liability.cap-limits-sub-processors /clauses/liability/uncapped
	// warning liability.cap-limits-compensation /clauses/liability/uncapped
	// Ersättning som har betalats till registrerade
}

// The controller's remedies of the NAV template (seed 003 §11.5, §12.2) and
// termination on notice once the services have ended (seed 004 §14.4).
func ExampleRemedies() {
	a := examples.Reference()
	a.Clauses.Remedies = dpa.Remedies{StopProcessing: true, Suspend: true, CorrectDeviations: true, TerminateForBreach: true}
	a.Term.Notice = dpa.AfterServicesEnd
	fmt.Println(len(dpa.Validate(a)), a.Term.Notice.In(i18n.NB))
	a.Term.Notice = dpa.AnyTime
	for _, f := range dpa.Validate(a) {
		fmt.Println(f.Severity, f.Code, f.Path)
	}
	// Output:
	// 0 Når tjenestene har opphørt og opplysningene er slettet eller tilbakelevert
	// warning term.notice-any-time /term/notice
}
