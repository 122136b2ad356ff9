package profile

//go:generate go run ../internal/catalog/catalogen -target profile

import (
	"slices"
	"strings"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/security"
)

// All returns the built-in profiles in a fixed order: se-healthcare,
// dk-public, no-public. The profiles are new on every call.
func All() []dpa.Profile {
	return []dpa.Profile{SEHealthcare(), DKPublic(), NOPublic()}
}

// Lookup returns the built-in profile with the given name, such as
// "dk-public", and false when there is none.
func Lookup(name string) (dpa.Profile, bool) {
	for _, p := range All() {
		if p.Name == name {
			return p, true
		}
	}
	return dpa.Profile{}, false
}

// nilSafe makes every rule of p report nothing for a nil agreement, so
// that a rule called on its own, outside a [dpa.Validator] (which never
// passes nil), does not panic.
func nilSafe(p dpa.Profile) dpa.Profile {
	for i := range p.Rules {
		check := p.Rules[i].Check
		p.Rules[i].Check = func(a *dpa.Agreement, r dpa.Reporter) {
			if a != nil {
				check(a, r)
			}
		}
	}
	return p
}

func msg(en, sv, nb, da string) i18n.Text { return i18n.Text{EN: en, SV: sv, NB: nb, DA: da} }

// Paths the profiles report at.
const (
	measuresPath = "/annexes/c/security/measures"
	loggingPath  = measuresPath + "/logging"
)

// atLeast reports whether p is at least min whatever day it is counted
// from. Where that depends on the day (1 826 days against 5 years), p
// must be at least min's longest length.
func atLeast(p, min civil.Period) bool {
	sign, exact := p.Compare(min)
	if exact {
		return sign >= 0
	}
	pmin, _ := p.Bounds()
	_, qmax := min.Bounds()
	return pmin >= qmax
}

// atMost reports whether p is at most max whatever day it is counted from.
func atMost(p, max civil.Period) bool {
	sign, exact := p.Compare(max)
	if exact {
		return sign <= 0
	}
	_, pmax := p.Bounds()
	qmin, _ := max.Bounds()
	return pmax <= qmin
}

// missingFields returns the groups of log fields of which content holds
// none, or nil when it holds one of each. It allocates only when a group is
// missing.
func missingFields(content []security.LogField, need [][]security.LogField) logFieldsArg {
	var out logFieldsArg
	for _, alternatives := range need {
		if !slices.ContainsFunc(alternatives, func(f security.LogField) bool { return slices.Contains(content, f) }) {
			out = append(out, alternatives)
		}
	}
	return out
}

// logFieldsArg names missing log fields in a message: groups joined by
// "and", alternatives within a group by "or".
type logFieldsArg [][]security.LogField

var (
	and = msg(" and ", " och ", " og ", " og ")
	or  = msg(" or ", " eller ", " eller ", " eller ")
)

// In writes the fields in language l, such as "unit and data subject".
func (g logFieldsArg) In(l i18n.Lang) string {
	groups := make([]string, len(g))
	for i, alternatives := range g {
		names := make([]string, len(alternatives))
		for j, f := range alternatives {
			names[j] = string(f)
			if d, ok := f.Def(); ok {
				names[j] = strings.ToLower(d.Name.In(l))
			}
		}
		groups[i] = join(names, or.In(l))
	}
	return join(groups, and.In(l))
}

// join writes "a, b and c" with last as the final separator.
func join(items []string, last string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + last + items[len(items)-1]
}
