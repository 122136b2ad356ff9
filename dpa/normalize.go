package dpa

import (
	"errors"
	"reflect"
	"strings"

	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/transfer"
)

// ErrNil is returned by [Encode] for a nil agreement.
var ErrNil = errors.New("dpa: nil agreement")

// Normalize puts user input into canonical form, in place: country codes
// upper case ("se" → "SE", "el" → "GR"), Nordic organisation numbers as
// digits only ("556036-0793" → "5560360793"), surrounding space trimmed from
// names, ids and places, and every empty list made nil. It changes nothing
// that carries meaning. [Decode] calls it and [Encode] writes a normalised
// copy, so an agreement that Normalize leaves unchanged comes back from
// Decode(Encode(a)) equal to a, nil lists included. [Validate] reports
// each value Normalize would change, other than an empty list, as the
// finding value.not-normalised, with the canonical form. A nil agreement is left as it is.
//
// An agreement built in Go is normalised when its organisation numbers are
// made with [org.SE], [org.NO] or [org.DK] (or [org.ID.Normalize]), its
// country codes typed by people go through [transfer.Country.Normalize],
// and its lists are nil rather than empty.
func (a *Agreement) Normalize() {
	if a != nil {
		a.normalize(true)
	}
}

// normalized reports whether Normalize would leave a unchanged.
func (a *Agreement) normalized() bool { return !a.normalize(false) }

// normalize reports whether a is not in canonical form and, when fix is
// set, puts it in canonical form.
func (a *Agreement) normalize(fix bool) (changed bool) {
	n := normalizer{fix: fix}
	for i := range a.Controllers {
		n.party(&a.Controllers[i])
	}
	n.party(&a.Processor)
	n.country(&a.Clauses.GoverningLaw)
	n.text(&a.Clauses.Venue)
	b := &a.Annexes.B
	for i := range b.Entries {
		e := &b.Entries[i]
		n.text(&e.Name)
		n.text(&e.ID)
		n.text(&e.EngagedBy)
		n.id(&e.OrgID)
		n.country(&e.Address.Country)
		n.locations(e.Locations)
	}
	c := &a.Annexes.C
	n.locations(c.Locations)
	for i := range c.Transfers.Countries {
		n.country(&c.Transfers.Countries[i])
	}
	n.lists(reflect.ValueOf(a).Elem())
	return n.changed
}

// normalizer puts values in canonical form (when fix is set) and records
// whether any was not.
type normalizer struct{ fix, changed bool }

func (n *normalizer) text(s *string) {
	if t := strings.TrimSpace(*s); t != *s {
		n.changed = true
		if n.fix {
			*s = t
		}
	}
}

func (n *normalizer) country(c *transfer.Country) {
	if x := c.Normalize(); x != *c {
		n.changed = true
		if n.fix {
			*c = x
		}
	}
}

func (n *normalizer) id(id *org.ID) {
	if x := id.Normalize(); x != *id {
		n.changed = true
		if n.fix {
			*id = x
		}
	}
}

func (n *normalizer) party(p *Party) {
	n.text(&p.Name)
	n.id(&p.OrgID)
	n.country(&p.Address.Country)
}

func (n *normalizer) locations(locs []transfer.Location) {
	for i := range locs {
		if o := locs[i].Organisation.Normalize(); o != locs[i].Organisation {
			n.changed = true
			if n.fix {
				locs[i].Organisation = o
			}
		}
		n.country(&locs[i].Country)
		n.text(&locs[i].Place)
	}
}

// lists makes every empty slice under v nil: a list that JSON writes as
// [] and one that Go code leaves out are the same list.
func (n *normalizer) lists(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		for i := range v.NumField() {
			if t.Field(i).IsExported() {
				n.lists(v.Field(i))
			}
		}
	case reflect.Slice:
		if v.Len() == 0 {
			if !v.IsNil() {
				n.changed = true
				if n.fix {
					v.SetZero()
				}
			}
			return
		}
		if k := v.Type().Elem().Kind(); k == reflect.Struct || k == reflect.Pointer || k == reflect.Slice {
			for i := range v.Len() {
				n.lists(v.Index(i))
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			n.lists(v.Elem())
		}
	}
}
