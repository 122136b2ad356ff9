package render

import (
	"slices"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/transfer"
)

// TestTransferLapse checks da review 4 R4: where the instruction allows
// transfers, clause 8 says what happens when a transfer basis falls away
// and shares the transfer impact assessment; where it allows none, it
// says neither.
func TestTransferLapse(t *testing.T) {
	for _, tt := range []struct {
		kind transfer.InstructionKind
		want bool
	}{
		{transfer.WithSafeguards, true},
		{transfer.NoThirdCountries, false},
	} {
		for _, l := range i18n.Langs {
			a := examples.Reference()
			a.Annexes.C.Transfers = transfer.Instruction{Kind: tt.kind}
			got := paragraphs(t, build(t, a, l), "transfers")
			for _, k := range []key{kTransfersLapse, kTransfersTia} {
				if has := slices.Contains(got, lookup(l, k, nil)); has != tt.want {
					t.Errorf("%s, %s: %s present = %v, want %v", tt.kind, l, keyIDs[k], has, tt.want)
				}
			}
		}
	}
}

// TestIntrusionRoutine checks sv review 4 R4 and review 39: every
// intrusion attempt is notified, as seed 000 agrees, unless the parties
// leave the routine ones out (ExceptRoutine); only then does clause 11
// speak of significant attempts and say, once, that routine ones are not
// notified one by one.
func TestIntrusionRoutine(t *testing.T) {
	routine := func(ifPossible bool) *dpa.Agreement {
		a := examples.Seed000()
		for i := range a.Clauses.BreachNotification {
			d := &a.Clauses.BreachNotification[i]
			if d.Kind == dpa.IntrusionAttempt {
				d.ExceptRoutine, d.IfPossible = true, ifPossible
			}
		}
		return a
	}
	for _, l := range i18n.Langs {
		for _, ex := range []struct {
			name        string
			a           *dpa.Agreement
			routine     int
			significant bool
		}{
			{"seed000", examples.Seed000(), 0, false},
			{"seed000 except routine", routine(false), 1, true},
			{"seed000 except routine, if possible", routine(true), 1, true},
			{"reference", examples.Reference(), 0, false},
		} {
			n, significant := 0, false
			for _, p := range paragraphs(t, build(t, ex.a, l), "breach") {
				if p == lookup(l, kBreachIntrusionRoutine, nil) {
					n++
				}
				for _, k := range []key{kBreachDeadlineIntrusionSignificant, kBreachTargetIntrusionSignificant} {
					first, _, _ := strings.Cut(lookup(l, k, []string{""}), ".")
					significant = significant || strings.HasPrefix(p, first)
				}
			}
			if n != ex.routine || significant != ex.significant {
				t.Errorf("%s, %s: %s said %d times, want %d; significant attempts only = %v, want %v",
					ex.name, l, keyIDs[kBreachIntrusionRoutine], n, ex.routine, significant, ex.significant)
			}
		}
	}
}

// TestDeletionChoiceDefault checks en review 4 R5: when the controller
// chooses, clause 12 gives the choice a cut-off and a default; when the
// action is fixed, it does not.
func TestDeletionChoiceDefault(t *testing.T) {
	for _, tt := range []struct {
		action dpa.EndAction
		want   bool
	}{
		{dpa.ControllerChooses, true},
		{dpa.Delete, false},
		{dpa.Return, false},
	} {
		for _, l := range i18n.Langs {
			a := examples.Reference()
			a.Clauses.EndOfService.Action = tt.action
			got := paragraphs(t, build(t, a, l), "deletion")
			if has := slices.Contains(got, lookup(l, kDeletionChooseDefault, nil)); has != tt.want {
				t.Errorf("%s, %s: default choice present = %v, want %v", tt.action, l, has, tt.want)
			}
		}
	}
}
