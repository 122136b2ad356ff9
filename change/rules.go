package change

import (
	"strings"

	"github.com/dpakit/dpakit/annex"
)

// Class is what a change needs before it may take effect.
type Class string

// The classes, from the least to the most demanding.
const (
	// None: the change needs nothing, such as a new version number or a
	// contact person's telephone number.
	None Class = "none"
	// Notice: the processor must tell the controller in advance, and the
	// controller may object (a sub-processor added or replaced under a
	// general written authorisation, GDPR Art. 28(2), second sentence).
	Notice Class = "notice"
	// PriorAuthorisation: the controller must authorise the change in
	// writing before it takes effect (a sub-processor added or replaced
	// under a specific authorisation, GDPR Art. 28(2), first sentence).
	PriorAuthorisation Class = "prior-authorisation"
	// Amendment: the change alters what the parties have agreed and needs
	// an amendment signed by both (GDPR Art. 28(3) and (9)).
	Amendment Class = "signed-amendment"
)

// rank orders the classes from None (0) to Amendment (3); an unknown
// class ranks highest, so that it is never taken for less than it is.
func (c Class) rank() int {
	switch c {
	case None:
		return 0
	case Notice:
		return 1
	case PriorAuthorisation:
		return 2
	}
	return 3
}

// Rule classifies the changes whose JSON Pointer matches Pattern.
type Rule struct {
	// ID names the rule in a [Change], such as "subprocessor.added-general".
	ID string `json:"id"`
	// Pattern is a JSON Pointer whose segments may be "*", matching any one
	// segment, and whose last segment may be "**", matching any rest
	// (none included).
	Pattern string `json:"pattern"`
	// Kinds are the kinds of change the rule applies to; empty for all.
	Kinds []Kind `json:"kinds,omitzero"`
	// Authorisation, when set, limits the rule to changes of a
	// sub-processor entry under that authorisation (its own, else Annex
	// B's); [Unstated] matches an entry whose authorisation is not stated.
	Authorisation annex.Authorisation `json:"authorisation,omitzero"`
	// Class is what the matching changes need.
	Class Class `json:"class"`
	// Ref is the legal reference the class rests on.
	Ref string `json:"ref"`
	// Why says in English why the class follows.
	Why string `json:"why"`
}

// Unstated is the [Rule.Authorisation] that matches a sub-processor entry
// for which neither the entry nor Annex B states a valid authorisation.
const Unstated annex.Authorisation = "unstated"

// Rules are the classification rules, tried in order; the first that
// matches a change classifies it. The last matches every change, so that
// nothing the table does not name is taken for less than a signed
// amendment.
var Rules = []Rule{
	{ID: "meta", Pattern: "/id", Class: None, Ref: "—",
		Why: "The identifier in the contract system changes no obligation (and Diff refuses two agreements with different ids)."},
	{ID: "meta.schema", Pattern: "/$schema", Class: None, Ref: "—", Why: "The $schema member names the JSON Schema the document follows, not a term."},
	{ID: "meta.version", Pattern: "/version", Class: None, Ref: "—", Why: "The version number is a label."},
	{ID: "meta.replaces", Pattern: "/replaces/**", Class: None, Ref: "—", Why: "The link to the version replaced records history."},
	{ID: "meta.status", Pattern: "/status", Class: None, Ref: "—", Why: "Draft or final is the document's state, not a term."},
	{ID: "meta.date", Pattern: "/date", Class: None, Ref: "—",
		Why: "The date the version is made records when it was signed; what it changes is classified by its own fields."},
	{ID: "meta.title", Pattern: "/title/**", Class: None, Ref: "—", Why: "The title names the document; it sets no obligation."},
	{ID: "subprocessor.order", Pattern: "/annexes/b/entries/*", Kinds: []Kind{Moved}, Class: None, Ref: "—",
		Why: "The order of the list of sub-processors is not a term."},
	{ID: "subprocessor.added-general", Pattern: "/annexes/b/entries/*", Kinds: []Kind{Added}, Authorisation: annex.General,
		Class: Notice, Ref: "GDPR Art. 28(2), second sentence",
		Why: "Under a general written authorisation the processor informs the controller of an intended addition or replacement, giving it the opportunity to object."},
	{ID: "subprocessor.added-specific", Pattern: "/annexes/b/entries/*", Kinds: []Kind{Added}, Authorisation: annex.Specific,
		Class: PriorAuthorisation, Ref: "GDPR Art. 28(2), first sentence",
		Why: "Under a specific authorisation each sub-processor needs the controller's prior written authorisation."},
	{ID: "subprocessor.added-unstated", Pattern: "/annexes/b/entries/*", Kinds: []Kind{Added}, Authorisation: Unstated,
		Class: PriorAuthorisation, Ref: "GDPR Art. 28(2), first sentence",
		Why: "Without a general written authorisation no sub-processor may be engaged without the controller's prior written authorisation."},
	{ID: "subprocessor.removed", Pattern: "/annexes/b/entries/*", Kinds: []Kind{Removed}, Class: None, Ref: "GDPR Art. 28(2)",
		Why: "The duty to inform covers additions and replacements; a sub-processor that goes changes no obligation, and one that replaces it carries its own notice."},
	{ID: "subprocessor.dates", Pattern: "/annexes/b/entries/*/since", Class: None, Ref: "GDPR Art. 28(2)",
		Why: "The day an entry takes effect follows from the notice and is given in it."},
	{ID: "subprocessor.leaves-general", Pattern: "/annexes/b/entries/*/until", Authorisation: annex.General, Class: Notice, Ref: "GDPR Art. 28(2), 28(3)(g), 28(4)",
		Why: "The last day of an entry ends what the controller approved for it; under a general written authorisation it takes effect with the notice of the change it belongs to."},
	{ID: "subprocessor.leaves-specific", Pattern: "/annexes/b/entries/*/until", Authorisation: annex.Specific, Class: PriorAuthorisation, Ref: "GDPR Art. 28(2), 28(3)(g), 28(4)",
		Why: "The last day of an entry the controller authorised specifically is part of the change it authorises."},
	{ID: "subprocessor.leaves-unstated", Pattern: "/annexes/b/entries/*/until", Authorisation: Unstated, Class: PriorAuthorisation, Ref: "GDPR Art. 28(2), 28(3)(g), 28(4)",
		Why: "Without a general written authorisation the change a last day belongs to needs the controller's prior written authorisation."},
	{ID: "subprocessor.exit-general", Pattern: "/annexes/b/entries/*/exit/**", Authorisation: annex.General, Class: Notice, Ref: "GDPR Art. 28(2), 28(3)(g), 28(4)",
		Why: "What an entry that leaves does with the data it holds is an obligation of the sub-processor (Art. 28(3)(g) passed on under 28(4)); under a general written authorisation it takes effect with the notice of the change it belongs to."},
	{ID: "subprocessor.exit-specific", Pattern: "/annexes/b/entries/*/exit/**", Authorisation: annex.Specific, Class: PriorAuthorisation, Ref: "GDPR Art. 28(2), 28(3)(g), 28(4)",
		Why: "The exit terms of an entry the controller authorised specifically are part of the change it authorises."},
	{ID: "subprocessor.exit-unstated", Pattern: "/annexes/b/entries/*/exit/**", Authorisation: Unstated, Class: PriorAuthorisation, Ref: "GDPR Art. 28(2), 28(3)(g), 28(4)",
		Why: "Without a general written authorisation the change exit terms belong to needs the controller's prior written authorisation."},
	{ID: "subprocessor.replaces", Pattern: "/annexes/b/entries/*/replaces", Class: None, Ref: "GDPR Art. 28(2)",
		Why: "Which entry is replaced is told in the notice of the entry that replaces it."},
	{ID: "subprocessor.address", Pattern: "/annexes/b/entries/*/address/**", Class: None, Ref: "—",
		Why: "A new registered address of the same legal entity changes no obligation."},
	{ID: "subprocessor.terms", Pattern: "/annexes/b/entries/*/authorisation", Class: Amendment, Ref: "GDPR Art. 28(2), (9)",
		Why: "The form of authorisation for an entry is agreed by the parties."},
	{ID: "subprocessor.terms.objection", Pattern: "/annexes/b/entries/*/objectionWindow/**", Class: Amendment, Ref: "GDPR Art. 28(2), (9)",
		Why: "The time to object is agreed by the parties."},
	{ID: "subprocessor.changed-general", Pattern: "/annexes/b/entries/*/**", Authorisation: annex.General,
		Class: Notice, Ref: "GDPR Art. 28(2), (4); Art. 28(3)(a), Chapter V",
		Why: "Another legal entity, activity, place of processing or transfer basis for an approved sub-processor is a replacement in substance: the controller is told and may object."},
	{ID: "subprocessor.changed-specific", Pattern: "/annexes/b/entries/*/**", Authorisation: annex.Specific,
		Class: PriorAuthorisation, Ref: "GDPR Art. 28(2), (4); Art. 28(3)(a), Chapter V",
		Why: "What the controller authorised specifically cannot change without its new authorisation."},
	{ID: "subprocessor.changed-unstated", Pattern: "/annexes/b/entries/*/**", Authorisation: Unstated,
		Class: PriorAuthorisation, Ref: "GDPR Art. 28(2), first sentence",
		Why: "Without a general written authorisation a change of sub-processor needs the controller's prior written authorisation."},
	{ID: "subprocessor.conditions", Pattern: "/annexes/b/**", Class: Amendment, Ref: "GDPR Art. 28(2), (9)",
		Why: "The form of authorisation, the notice period and the time to object are terms of the agreement."},
	{ID: "party.contacts", Pattern: "/controllers/*/contacts/**", Class: None, Ref: "—",
		Why: "Contact persons are operational details the parties keep current."},
	{ID: "party.contacts.processor", Pattern: "/processor/contacts/**", Class: None, Ref: "—",
		Why: "Contact persons are operational details the parties keep current."},
	{ID: "party.address", Pattern: "/controllers/*/address/**", Class: None, Ref: "—",
		Why: "A new address of the same party changes no obligation."},
	{ID: "party.address.processor", Pattern: "/processor/address/**", Class: None, Ref: "—",
		Why: "A new address of the same party changes no obligation."},
	{ID: "party.signatory", Pattern: "/controllers/*/signatory/**", Class: None, Ref: "—",
		Why: "Who signs a version is part of signing it."},
	{ID: "party.signatory.processor", Pattern: "/processor/signatory/**", Class: None, Ref: "—",
		Why: "Who signs a version is part of signing it."},
	{ID: "terms", Pattern: "/**", Class: Amendment, Ref: "GDPR Art. 28(3), (9)",
		Why: "The processing, the parties' obligations and the annexes are set in the written contract; changing them takes an amendment both parties sign."},
}

// match reports whether the JSON Pointer path matches pattern: segment by
// segment, "*" standing for any one segment and a final "/**" for any
// rest, none included (the member itself). It walks both strings once, byte by byte, since most rules fail on
// the first letter of their first segment.
func match(pattern, path string) bool {
	i, j := 0, 0
	for {
		if pattern[i:] == "/**" {
			return true
		}
		if i == len(pattern) || j == len(path) {
			return i == len(pattern) && j == len(path)
		}
		// Both start a segment with "/"; the pattern always does.
		if path[j] != '/' || pattern[i] != '/' {
			return false
		}
		i, j = i+1, j+1
		if i < len(pattern) && pattern[i] == '*' && (i+1 == len(pattern) || pattern[i+1] == '/') {
			i++
			for j < len(path) && path[j] != '/' {
				j++
			}
			continue
		}
		for i < len(pattern) && pattern[i] != '/' {
			if j == len(path) || path[j] != pattern[i] {
				return false
			}
			i, j = i+1, j+1
		}
		if j < len(path) && path[j] != '/' {
			return false // the path's segment is longer
		}
	}
}

// cut splits s at its first "/": the segment and the rest, which keeps its
// leading "/".
func cut(s string) (seg, rest string) {
	if i := strings.IndexByte(s, '/'); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}
