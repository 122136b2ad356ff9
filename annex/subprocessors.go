package annex

import (
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/transfer"
)

// Authorisation is how the controller authorises sub-processors
// (GDPR Art. 28(2)).
type Authorisation string

// The two forms of prior written authorisation.
const (
	// Specific: each sub-processor needs the controller's prior approval.
	Specific Authorisation = "specific"
	// General: the processor may engage sub-processors after telling the
	// controller in advance, who may object.
	General Authorisation = "general"
)

// AuthorisationDef defines an [Authorisation]: its ID, its Name as a choice
// in a form and a Description of what it lets the processor do, in each
// language, and its legal Ref.
type AuthorisationDef = enum.Def[Authorisation]

// Authorisations defines both forms of [Authorisation].
var Authorisations = []AuthorisationDef{
	{
		ID:   Specific,
		Name: i18n.Text{EN: "Prior specific written authorisation", SV: "Särskilt skriftligt förhandstillstånd", NB: "Særlig skriftlig forhåndstillatelse", DA: "Forudgående specifik skriftlig godkendelse"},
		Description: i18n.Text{
			EN: "Each sub-processor needs the controller's approval in advance.",
			SV: "Varje underbiträde kräver den personuppgiftsansvariges godkännande i förväg.",
			NB: "Hver underdatabehandler krever den behandlingsansvarliges tillatelse på forhånd.",
			DA: "Hver underdatabehandler kræver den dataansvarliges godkendelse på forhånd.",
		},
		Ref: "GDPR Art. 28(2)",
	},
	{
		ID:   General,
		Name: i18n.Text{EN: "Prior general written authorisation", SV: "Allmänt skriftligt förhandstillstånd", NB: "Generell skriftlig forhåndstillatelse", DA: "Forudgående generel skriftlig godkendelse"},
		Description: i18n.Text{
			EN: "The processor may add or replace sub-processors after telling the controller in advance; the controller may object.",
			SV: "Personuppgiftsbiträdet får anlita eller byta underbiträden efter att ha informerat den personuppgiftsansvarige i förväg; den personuppgiftsansvarige får invända.",
			NB: "Databehandleren kan legge til eller bytte underdatabehandlere etter å ha varslet den behandlingsansvarlige på forhånd; den behandlingsansvarlige kan motsette seg endringen.",
			DA: "Databehandleren må tilføje eller udskifte underdatabehandlere efter at have underrettet den dataansvarlige på forhånd; den dataansvarlige kan gøre indsigelse.",
		},
		Ref: "GDPR Art. 28(2)",
	},
}

// authorisations reads [Authorisations].
var authorisations = enum.Of(Authorisations)

// Def returns the definition of a from [Authorisations], and false when a
// is not a form of authorisation.
func (a Authorisation) Def() (AuthorisationDef, bool) { return authorisations.Def(a) }

// Valid reports whether a is one of [Authorisations]: specific or general.
func (a Authorisation) Valid() bool { return authorisations.Valid(a) }

// In returns the form of authorisation in language l, falling back to
// English, or the value as written when it is not a defined form, so that
// an Authorisation is a localized argument of finding messages.
func (a Authorisation) In(l i18n.Lang) string { return authorisations.In(a, l) }

// SubProcessors is Annex B: the terms for using sub-processors and the
// sub-processors the controller has approved.
type SubProcessors struct {
	// Authorisation is the default form of authorisation: specific or general.
	Authorisation Authorisation `json:"authorisation"`
	// NoticePeriod is how long before an intended addition or replacement the
	// processor tells the controller. General authorisation needs it unless
	// the agreement gives only an objection window, which then bounds the
	// notice (seed 000 §7.1).
	NoticePeriod civil.Period `json:"noticePeriod,omitzero"`
	// ObjectionWindow is how long the controller has to object after being
	// told. It must not be longer than the notice period.
	ObjectionWindow civil.Period `json:"objectionWindow,omitzero"`
	// ObjectionGrounds is what the controller needs in order to object;
	// empty: no reasons (see [SubProcessors.Grounds]).
	ObjectionGrounds ObjectionGrounds `json:"objectionGrounds,omitzero"`
	// ObjectionExit is what an objection does to the affected services;
	// empty: the controller may terminate them (see [SubProcessors.Exit]).
	ObjectionExit ObjectionExit `json:"objectionExit,omitzero"`
	// Entries are the approved sub-processors, at every level of the chain.
	Entries []SubProcessor `json:"entries,omitzero"`
	// PublishedList says where a current list of the sub-processors is
	// published, such as a website (seed 000 §7.1: Inera's).
	PublishedList i18n.Text `json:"publishedList,omitzero"`
}

// SubProcessor is one approved sub-processor.
type SubProcessor struct {
	// ID is a short key that other entries name in EngagedBy, such as "inera".
	ID string `json:"id,omitzero"`
	// Name is the sub-processor's legal name.
	Name string `json:"name"`
	// OrgID is its organisation number.
	OrgID org.ID `json:"orgId,omitzero"`
	// Address is its registered address; the country is required.
	Address org.Address `json:"address"`
	// Activity describes what it does with the personal data.
	Activity i18n.Text `json:"activity"`
	// Locations are the places where it processes the personal data,
	// including remote access.
	Locations []transfer.Location `json:"locations"`
	// Transfer is the Chapter V basis for locations outside the EEA.
	Transfer transfer.Basis `json:"transfer,omitzero"`
	// EngagedBy is the ID of the sub-processor that engaged this one; empty
	// when the processor engaged it directly.
	EngagedBy string `json:"engagedBy,omitzero"`
	// FlowDown confirms that the same data protection obligations were
	// imposed on it by contract (GDPR Art. 28(4)).
	FlowDown bool `json:"flowDown"`
	// Authorisation overrides the default authorisation for this entry
	// itself, such as a specific authorisation for one named
	// sub-processor; for the sub-processors it engages, see Engages.
	Authorisation Authorisation `json:"authorisation,omitzero"`
	// Engages is how the controller authorises the sub-processors this
	// entry engages, directly or further down the chain, where that is
	// not the default: seed 000's controller authorises the region
	// specifically to engage Inera, and generally to let Inera engage
	// its own sub-processors. Empty: as the entry that engaged this one
	// provides, or else the default.
	Engages Authorisation `json:"engages,omitzero"`
	// ObjectionWindow overrides the default objection window for changes
	// among the sub-processors this entry engages.
	ObjectionWindow civil.Period `json:"objectionWindow,omitzero"`
	// NoticePeriod is a notice period of its own, usually longer, for
	// changes among the sub-processors this entry engages (seed 004 §7.3).
	NoticePeriod civil.Period `json:"noticePeriod,omitzero"`
	// Since is the day the sub-processor was approved or, when it comes
	// later, the day it takes effect: the first day it may process the
	// personal data. Its transfers are assessed on this day when it is
	// later than the day the agreement is validated for. Leave it empty for
	// a sub-processor approved with the agreement.
	Since civil.Date `json:"since,omitzero"`
	// Until is the last day the sub-processor may process the personal
	// data, when it leaves; empty while it stays.
	Until civil.Date `json:"until,omitzero"`
	// Replaces is the ID of the entry this one replaces, so that a change
	// notice names the sub-processor that goes; empty for an addition.
	Replaces string `json:"replaces,omitzero"`
	// Exit is what the sub-processor does with the personal data it holds
	// when it leaves, and by when; a change notice that replaces it says
	// so. Zero while nothing is stated.
	Exit Exit `json:"exit,omitzero"`
}

// ActiveOn reports whether the entry may process the personal data on day
// d: d is not before Since and not after Until, either of which may be
// empty.
func (e SubProcessor) ActiveOn(d civil.Date) bool {
	return (e.Since.IsZero() || !d.Before(e.Since)) && (e.Until.IsZero() || !d.After(e.Until))
}

// AuthorisationFor returns the authorisation that applies to entry e: its
// own, or else the Engages of the nearest entry up the chain that engaged
// it and sets one, or else the default. A broken or cyclic chain ends the
// walk at the default.
func (b SubProcessors) AuthorisationFor(e SubProcessor) Authorisation {
	if e.Authorisation != "" {
		return e.Authorisation
	}
	up := e.EngagedBy
	for range b.Entries { // at most one step per entry: a cycle ends here
		if up == "" {
			break
		}
		p := b.entry(up)
		if p == nil {
			break
		}
		if p.Engages != "" {
			return p.Engages
		}
		up = p.EngagedBy
	}
	return b.Authorisation
}

// entry returns the first entry with the id, or nil.
func (b SubProcessors) entry(id string) *SubProcessor {
	for i := range b.Entries {
		if b.Entries[i].ID == id {
			return &b.Entries[i]
		}
	}
	return nil
}

// EngagesGeneral reports whether some entry's sub-processors come under a
// general authorisation ([SubProcessor.Engages]).
func (b SubProcessors) EngagesGeneral() bool {
	for i := range b.Entries { // by index: an entry is large
		if b.Entries[i].Engages == General {
			return true
		}
	}
	return false
}

// AnyGeneral reports whether any change of sub-processors comes under a
// general authorisation, with its notice and time to object: the default,
// an entry's own ([SubProcessor.Authorisation]) or the one for the
// sub-processors an entry engages ([SubProcessor.Engages]).
func (b SubProcessors) AnyGeneral() bool {
	if b.Authorisation == General || b.EngagesGeneral() {
		return true
	}
	for i := range b.Entries {
		if b.Entries[i].Authorisation == General {
			return true
		}
	}
	return false
}

// Chain is the processor chain of Annex E: the tree the EngagedBy links
// form, rooted at the processor.
type Chain struct {
	// Parent holds, for each entry, the index of the entry that engaged it,
	// Processor when the processor did, or Broken when the link names no
	// entry or is part of a cycle.
	Parent []int
	// Depth holds each entry's level: 1 when the processor engaged it, 2 for
	// its sub-processors, and so on; 0 for entries whose link is broken or
	// leads into a cycle.
	Depth []int
	// Cycle marks the entries that are part of a cycle.
	Cycle []bool
}

// Markers in [Chain.Parent].
const (
	Processor = -1 // engaged by the processor
	Broken    = -2 // EngagedBy names no entry
)

// Chain builds the processor chain. It walks the links iteratively, so a
// chain thousands of levels deep or a cycle costs linear time and no stack.
func (b SubProcessors) Chain() Chain {
	n := len(b.Entries)
	c := Chain{Parent: make([]int, n), Depth: make([]int, n), Cycle: make([]bool, n)}
	b.chain(c.Parent, c.Depth, c.Cycle, make([]int, n), make([]uint8, n))
	return c
}

// Children returns, for each entry and for the processor (the last slot),
// the indexes of the entries it engaged, in entry order.
func (c Chain) Children() [][]int {
	n := len(c.Parent)
	out := make([][]int, n+1)
	for i, p := range c.Parent {
		switch {
		case p == Processor:
			out[n] = append(out[n], i)
		case p >= 0:
			out[p] = append(out[p], i)
		}
	}
	return out
}

// Index maps each entry's ID to its position, the first one where an ID
// repeats. Use it for look-ups in long lists; it allocates.
func (b SubProcessors) Index() map[string]int {
	index := make(map[string]int, len(b.Entries))
	for i := range b.Entries {
		e := &b.Entries[i]
		if _, dup := index[e.ID]; e.ID != "" && !dup {
			index[e.ID] = i
		}
	}
	return index
}

// smallChain is the size up to which chain checks use stack buffers and
// linear look-ups, so validating a typical agreement does not allocate.
const smallChain = 64

// chain fills parent, depth and cycle; path and state are scratch of length n.
func (b SubProcessors) chain(parent, depth []int, cycle []bool, path []int, state []uint8) {
	n := len(b.Entries)
	var index map[string]int
	if n > smallChain {
		index = b.Index()
	}
	for i := range b.Entries {
		e := &b.Entries[i]
		parent[i] = Processor
		if e.EngagedBy == "" {
			continue
		}
		parent[i] = Broken
		if index != nil {
			if j, ok := index[e.EngagedBy]; ok {
				parent[i] = j
			}
			continue
		}
		for j := range b.Entries {
			f := &b.Entries[j]
			if f.ID == e.EngagedBy {
				parent[i] = j
				break
			}
		}
	}
	const (
		unseen = iota
		walking
		done
	)
	for i := range state {
		state[i] = unseen
	}
	for i := range n {
		if state[i] == done {
			continue
		}
		// Walk up until the processor, a broken link, a finished entry or an
		// entry on the current path (a cycle).
		top := 0
		j := i
		for j >= 0 && state[j] == unseen {
			state[j] = walking
			path[top] = j
			top++
			j = parent[j]
		}
		d := 0 // depth of the entry above the path; -1: broken
		switch {
		case j == Processor:
			d = 0
		case j == Broken:
			d = -1
		case state[j] == walking:
			// path[k:] from j onwards is a cycle.
			for k := top - 1; k >= 0; k-- {
				cycle[path[k]] = true
				if path[k] == j {
					break
				}
			}
			d = -1
		default: // done
			d = depth[j]
			if d == 0 {
				d = -1
			}
		}
		for k := top - 1; k >= 0; k-- {
			e := path[k]
			if d >= 0 {
				d++
				depth[e] = d
			} else {
				depth[e] = 0
			}
			state[e] = done
		}
	}
	for i := range n {
		if cycle[i] {
			parent[i] = Broken
		}
	}
}

// isZero reports whether nothing of the entry is filled in, as with an
// empty object {} in a list.
func (e *SubProcessor) isZero() bool {
	return e.ID == "" && e.Name == "" && e.OrgID.IsZero() && e.Address == (org.Address{}) && e.Activity.IsZero() &&
		len(e.Locations) == 0 && e.Transfer == (transfer.Basis{}) && e.EngagedBy == "" && !e.FlowDown &&
		e.Authorisation == "" && e.ObjectionWindow.IsZero() && e.Since.IsZero() && e.Until.IsZero() && e.Replaces == "" && e.Exit.IsZero()
}
