package annex

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// ExitAction is what a sub-processor that leaves does with the personal
// data it holds (GDPR Art. 28(4) with Art. 28(3)(g): the processor's
// duties at the end bind the sub-processor too).
type ExitAction string

// The actions of a sub-processor that leaves.
const (
	// ExitDelete: it deletes the personal data and any copies.
	ExitDelete ExitAction = "delete"
	// ExitReturn: it returns the personal data to the processor (or to
	// whoever engaged it) and deletes its copies.
	ExitReturn ExitAction = "return"
	// ExitTransfer: it hands the personal data over to the sub-processor
	// that replaces it and deletes its copies.
	ExitTransfer ExitAction = "transfer"
)

// ExitActionDef defines an [ExitAction]: its ID, its Name as a choice in a
// form, in each language, and its legal Ref.
type ExitActionDef = enum.Def[ExitAction]

// ExitActions defines every [ExitAction], in the order a form offers them.
var ExitActions = []ExitActionDef{
	{ID: ExitDelete, Name: i18n.Text{EN: "Deletes the personal data", SV: "Raderar personuppgifterna", NB: "Sletter personopplysningene", DA: "Sletter personoplysningerne"}, Ref: "GDPR Art. 28(3)(g), 28(4)"},
	{ID: ExitReturn, Name: i18n.Text{EN: "Returns the personal data and deletes its copies", SV: "Återlämnar personuppgifterna och raderar sina kopior", NB: "Tilbakeleverer personopplysningene og sletter sine kopier", DA: "Tilbageleverer personoplysningerne og sletter sine kopier"}, Ref: "GDPR Art. 28(3)(g), 28(4)"},
	{ID: ExitTransfer, Name: i18n.Text{EN: "Hands the personal data over to the replacing sub-processor and deletes its copies", SV: "Överlämnar personuppgifterna till det underbiträde som ersätter det och raderar sina kopior", NB: "Overleverer personopplysningene til underdatabehandleren som erstatter den, og sletter sine kopier", DA: "Overdrager personoplysningerne til den underdatabehandler, der erstatter den, og sletter sine kopier"}, Ref: "GDPR Art. 28(3)(g), 28(4)"},
}

// exitActions reads [ExitActions].
var exitActions = enum.Of(ExitActions)

// Def returns the definition of a from [ExitActions], and false when a is
// not an action of a sub-processor that leaves.
func (a ExitAction) Def() (ExitActionDef, bool) { return exitActions.Def(a) }

// Valid reports whether a is one of [ExitActions].
func (a ExitAction) Valid() bool { return exitActions.Valid(a) }

// In returns the name of a in language l, falling back to English, or the
// value as written when it is not an action of [ExitActions], so that an
// ExitAction is a localized argument of finding messages.
func (a ExitAction) In(l i18n.Lang) string { return exitActions.In(a, l) }

// Exit is what a sub-processor that leaves (its [SubProcessor.Until])
// does with the personal data it holds, and by when, so that a change
// notice can tell the controller (issue 15). The zero Exit says nothing.
type Exit struct {
	// Action is what it does with the data; empty when not stated.
	Action ExitAction `json:"action,omitzero"`
	// By is the last day for it; empty when not stated. It is not before
	// the entry's Until.
	By civil.Date `json:"by,omitzero"`
}

// IsZero reports whether nothing of e is stated.
func (e Exit) IsZero() bool { return e == Exit{} }
