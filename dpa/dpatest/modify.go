package dpatest

import (
	"errors"
	"fmt"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// Modifier changes an agreement for one test case. It returns an error
// when the change does not apply, such as a sub-processor id that is not in
// the agreement, so that a test fails instead of passing on an agreement it
// did not mean to check; [Build] and [BuildFrom] return the error, and
// [Agreement] and [From] stop the test with it. Misuse is an error too,
// never a panic: a Modifier of this package given a nil func fails, and
// so does every one applied directly to a nil agreement (the helpers
// never pass it one), without calling the func it was given.
type Modifier func(a *dpa.Agreement) error

// modifier returns change as a Modifier that fails on a nil agreement
// instead of calling change with it.
func modifier(change func(a *dpa.Agreement) error) Modifier {
	return func(a *dpa.Agreement) error {
		if a == nil {
			return errNilAgreement
		}
		return change(a)
	}
}

// Edit turns any change into a Modifier. Edit(nil) fails when applied.
func Edit(f func(a *dpa.Agreement)) Modifier {
	return modifier(func(a *dpa.Agreement) error {
		if f == nil {
			return errNilFunc
		}
		f(a)
		return nil
	})
}

var (
	// errNilFunc is what a modifier given a nil function fails with.
	errNilFunc = errors.New("nil function")
	// errNilAgreement is what a modifier applied to a nil agreement fails
	// with.
	errNilAgreement = errors.New("nil agreement")
)

// Status sets the agreement's status: blanks are warnings in a draft and
// errors in a final agreement.
func Status(s dpa.Status) Modifier {
	return modifier(func(a *dpa.Agreement) error { a.Status = s; return nil })
}

// Breach sets the deadline for telling the controller of a breach of kind,
// adding a deadline for that kind when there is none. The deadline is a
// hard one: a target ("if possible within") becomes a deadline.
func Breach(kind dpa.BreachKind, within civil.Period) Modifier {
	return modifier(func(a *dpa.Agreement) error {
		c := &a.Clauses
		for i := range c.BreachNotification {
			if c.BreachNotification[i].Kind == kind {
				c.BreachNotification[i].Within = within
				c.BreachNotification[i].IfPossible = false
				return nil
			}
		}
		c.BreachNotification = append(c.BreachNotification, dpa.BreachDeadline{Kind: kind, Within: within})
		return nil
	})
}

// NoBreach removes the deadlines for breaches of kind. It fails when there
// is none.
func NoBreach(kind dpa.BreachKind) Modifier {
	return modifier(func(a *dpa.Agreement) error {
		c := &a.Clauses
		kept := c.BreachNotification[:0:0]
		for _, d := range c.BreachNotification {
			if d.Kind != kind {
				kept = append(kept, d)
			}
		}
		if len(kept) == len(c.BreachNotification) {
			return fmt.Errorf("no breach deadline of kind %q", kind)
		}
		c.BreachNotification = kept
		return nil
	})
}

// GoverningLaw sets the country whose law governs the agreement.
func GoverningLaw(c transfer.Country) Modifier {
	return modifier(func(a *dpa.Agreement) error { a.Clauses.GoverningLaw = c; return nil })
}

// ConfirmDeletionWithin sets how soon the processor confirms the deletion
// at the end; the zero Period removes the deadline.
func ConfirmDeletionWithin(p civil.Period) Modifier {
	return modifier(func(a *dpa.Agreement) error { a.Clauses.EndOfService.ConfirmWithin = p; return nil })
}

// NoticePeriod sets Annex B's notice period for changes of sub-processors.
func NoticePeriod(p civil.Period) Modifier {
	return modifier(func(a *dpa.Agreement) error { a.Annexes.B.NoticePeriod = p; return nil })
}

// ObjectionWindow sets Annex B's time for the controller to object.
func ObjectionWindow(p civil.Period) Modifier {
	return modifier(func(a *dpa.Agreement) error { a.Annexes.B.ObjectionWindow = p; return nil })
}

// AddSubProcessor appends e to Annex B.
func AddSubProcessor(e annex.SubProcessor) Modifier {
	return modifier(func(a *dpa.Agreement) error {
		a.Annexes.B.Entries = append(a.Annexes.B.Entries, e)
		return nil
	})
}

// SubProcessor changes the Annex B entry with the given id. It fails when
// there is none or f is nil.
func SubProcessor(id string, f func(e *annex.SubProcessor)) Modifier {
	return modifier(func(a *dpa.Agreement) error {
		if f == nil {
			return errNilFunc
		}
		for i := range a.Annexes.B.Entries {
			if a.Annexes.B.Entries[i].ID == id {
				f(&a.Annexes.B.Entries[i])
				return nil
			}
		}
		return fmt.Errorf("no sub-processor with id %q", id)
	})
}

// Locations sets the processor's own processing locations (Annex C).
func Locations(locs ...transfer.Location) Modifier {
	return modifier(func(a *dpa.Agreement) error { a.Annexes.C.Locations = locs; return nil })
}

// Transfers sets the instruction on transfers to third countries.
func Transfers(in transfer.Instruction) Modifier {
	return modifier(func(a *dpa.Agreement) error { a.Annexes.C.Transfers = in; return nil })
}

// SecurityLevel sets the agreed security level.
func SecurityLevel(l security.Level) Modifier {
	return modifier(func(a *dpa.Agreement) error { a.Annexes.C.Security.Level = l; return nil })
}

// Risk sets the risk scoring of Annex C.
func Risk(r security.Risk) Modifier {
	return modifier(func(a *dpa.Agreement) error { a.Annexes.C.Security.Risk = r; return nil })
}

// AuditForm sets the form of the first audit procedure of the processor,
// adding one when there is none.
func AuditForm(f security.AuditForm) Modifier {
	return modifier(func(a *dpa.Agreement) error { firstAudit(a).Form = f; return nil })
}

// AuditFrequency sets how often the processor is audited by its first
// audit procedure, adding one when there is none.
func AuditFrequency(p civil.Period) Modifier {
	return modifier(func(a *dpa.Agreement) error { firstAudit(a).Frequency = p; return nil })
}

// firstAudit returns the first audit procedure of Annex C, adding an
// empty one when there is none.
func firstAudit(a *dpa.Agreement) *annex.Audit {
	c := &a.Annexes.C
	if len(c.Audits) == 0 {
		c.Audits = append(c.Audits, annex.Audit{})
	}
	return &c.Audits[0]
}

// Logging changes the logging measure. It fails when the agreement does not
// require logging or f is nil.
func Logging(f func(l *security.Logging)) Modifier {
	return modifier(func(a *dpa.Agreement) error {
		if f == nil {
			return errNilFunc
		}
		l := a.Annexes.C.Security.Measures.Logging
		if l == nil {
			return errors.New("the agreement does not require logging")
		}
		f(l)
		return nil
	})
}

// WithoutMeasure stops requiring the security measure id. It fails when id
// is not a measure of the catalogue or the agreement does not require it.
func WithoutMeasure(id security.MeasureID) Modifier {
	return modifier(func(a *dpa.Agreement) error {
		m := &a.Annexes.C.Security.Measures
		if !id.Valid() {
			return fmt.Errorf("%q is not a security measure", id)
		}
		if !m.Has(id) {
			return fmt.Errorf("the agreement does not require %s", id)
		}
		*m = m.Without(id)
		if m.Has(id) {
			return fmt.Errorf("dpatest does not know how to remove %s", id)
		}
		return nil
	})
}
