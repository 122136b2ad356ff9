package annex

import (
	"strconv"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/internal/visible"
	"github.com/dpakit/dpakit/security"

	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/transfer"
)

// Check reports the problems of Annex A at base, the JSON Pointer of the
// annex in the agreement (such as "/annexes/a").
func (p Processing) Check(r finding.Reporter, base string) {
	r.Text(PurposeMissing, p.Purpose, func() string { return base + "/purpose" })
	r.Text(NatureMissing, p.Nature, func() string { return base + "/nature" })
	r.Text(DurationMissing, p.Duration, func() string { return base + "/duration" })
	r.Placeholders(p.Deletion, func() string { return base + "/deletion" })
	if len(p.Groups) == 0 {
		r.Blank(GroupsMissing, base+"/groups")
	}
	for i, g := range p.Groups {
		at := func(field string) func() string {
			return func() string { return base + "/groups/" + strconv.Itoa(i) + field }
		}
		r.Text(GroupNameMissing, g.Name, at("/name"))
		if !g.HasData() {
			r.Blank(GroupDataMissing, at("")())
		}
		for j, d := range g.Ordinary {
			if !d.Valid() {
				r.Add(finding.EnumInvalid, at("/ordinary/"+strconv.Itoa(j))(), string(d), kindChoices(OrdinaryKinds))
			}
		}
		for j, c := range g.Special {
			if !c.Valid() {
				r.Add(finding.EnumInvalid, at("/special/"+strconv.Itoa(j))(), string(c), kindChoices(SpecialKinds))
			}
		}
		for j, d := range g.Confidential {
			if !d.Valid() {
				r.Add(finding.EnumInvalid, at("/confidential/"+strconv.Itoa(j))(), string(d), kindChoices(ConfidentialKinds))
			}
		}
	}
}

// Check reports the problems of Annex B at base (such as "/annexes/b"):
// missing terms, an objection window longer than the notice period, missing
// entry details, invalid organisation numbers, and a chain with unknown
// links, cycles or excessive depth. It does not allocate for a valid annex
// of up to 64 entries.
func (b SubProcessors) Check(r finding.Reporter, base string) {
	switch {
	case b.Authorisation == "":
		r.Blank(AuthorisationMissing, base+"/authorisation")
	case !b.Authorisation.Valid():
		r.Add(finding.EnumInvalid, base+"/authorisation", string(b.Authorisation), authorisationChoices)
	}
	general := b.Authorisation == General
	for _, e := range b.Entries {
		if e.Authorisation == General {
			general = true
		}
	}
	CheckPeriod(r, b.NoticePeriod, func() string { return base + "/noticePeriod" })
	CheckPeriod(r, b.ObjectionWindow, func() string { return base + "/objectionWindow" })
	if general {
		if b.NoticePeriod.IsZero() {
			r.Blank(NoticeMissing, base+"/noticePeriod")
		}
		if b.ObjectionWindow.IsZero() && !b.entryWindows() {
			r.Blank(ObjectionMissing, base+"/objectionWindow")
		}
	}
	if b.ObjectionWindow.Valid() && b.NoticePeriod.Valid() && mayOutlast(b.ObjectionWindow, b.NoticePeriod) {
		r.Add(ObjectionTooLong, base+"/objectionWindow", b.ObjectionWindow, b.NoticePeriod)
	}
	var index map[string]int // for long lists; short ones are scanned without allocating
	if len(b.Entries) > smallChain {
		index = b.Index()
	}
	for i, e := range b.Entries {
		at := func(field string) func() string {
			return func() string { return base + "/entries/" + strconv.Itoa(i) + field }
		}
		if e.isZero() {
			// One omission, one finding: not a name, a country, an
			// activity, locations and the flow-down.
			r.Blank(SubEmpty, at("")())
			continue
		}
		if visible.Blank(e.Name) {
			r.Blank(SubNameMissing, at("/name")())
		}
		r.Trimmed(e.Name, at("/name"))
		r.Trimmed(e.ID, at("/id"))
		r.Trimmed(e.EngagedBy, at("/engagedBy"))
		CheckOrgID(r, e.OrgID, at("/orgId/value"))
		checkCountry(r, e.Address.Country, true, at("/address/country"))
		r.Text(SubActivityMissing, e.Activity, at("/activity"))
		if len(e.Locations) == 0 {
			r.Blank(SubLocationsMissing, at("/locations")())
		}
		for j, loc := range e.Locations {
			checkLocation(r, loc, at("/locations/"+strconv.Itoa(j)))
		}
		if !e.FlowDown {
			r.Blank(SubFlowDownMissing, at("/flowDown")())
		}
		if e.Authorisation != "" && !e.Authorisation.Valid() {
			r.Add(finding.EnumInvalid, at("/authorisation")(), string(e.Authorisation), authorisationChoices)
		}
		CheckPeriod(r, e.ObjectionWindow, at("/objectionWindow"))
		if e.ObjectionWindow.Valid() && b.NoticePeriod.Valid() && mayOutlast(e.ObjectionWindow, b.NoticePeriod) {
			r.Add(ObjectionTooLong, at("/objectionWindow")(), e.ObjectionWindow, b.NoticePeriod)
		}
		if e.ID != "" {
			if index != nil {
				if first := index[e.ID]; first != i {
					r.Add(SubIDDuplicate, at("/id")(), e.ID)
				}
			} else {
				for j := range i {
					if b.Entries[j].ID == e.ID {
						r.Add(SubIDDuplicate, at("/id")(), e.ID)
						break
					}
				}
			}
		}
	}
	b.checkChain(r, base, index)
}

// entryWindows reports whether any entry sets its own objection window, as
// seed 000 does for the sub-processors Inera engages.
func (b SubProcessors) entryWindows() bool {
	for _, e := range b.Entries {
		if !e.ObjectionWindow.IsZero() {
			return true
		}
	}
	return false
}

// mayOutlast reports whether the objection window can end after the notice
// period for some start date: 30 days outlasts a month that starts in
// February, so it is reported although it is shorter than most months.
func mayOutlast(window, notice civil.Period) bool {
	if window.IsZero() || notice.IsZero() {
		return false
	}
	if sign, exact := window.Compare(notice); exact {
		return sign > 0
	}
	_, windowMax := window.Bounds()
	noticeMin, _ := notice.Bounds()
	return windowMax > noticeMin
}

func (b SubProcessors) checkChain(r finding.Reporter, base string, index map[string]int) {
	n := len(b.Entries)
	var (
		parent, depth, path []int
		cycle               []bool
		state               []uint8
	)
	if n <= smallChain {
		var p, d, s [smallChain]int
		var c [smallChain]bool
		var st [smallChain]uint8
		parent, depth, path, cycle, state = p[:n], d[:n], s[:n], c[:n], st[:n]
	} else {
		parent, depth, path = make([]int, n), make([]int, n), make([]int, n)
		cycle, state = make([]bool, n), make([]uint8, n)
	}
	b.chain(parent, depth, cycle, path, state)
	for i, e := range b.Entries {
		switch {
		case cycle[i]:
			r.Add(ChainCycle, base+"/entries/"+strconv.Itoa(i)+"/engagedBy")
		case parent[i] == Broken && depth[i] == 0:
			// Either the link itself is unknown, or an ancestor's is; report
			// only the entry whose own link is broken, and an unknown id
			// once, at the first entry that names it: one missing
			// sub-processor (or one id left out) is one finding.
			if _, ok := index[e.EngagedBy]; (index != nil && !ok) || (index == nil && !b.known(e.EngagedBy)) {
				if !b.namedBefore(i, e.EngagedBy) {
					r.Add(ChainUnknown, base+"/entries/"+strconv.Itoa(i)+"/engagedBy", e.EngagedBy)
				}
			}
		case depth[i] > MaxChainDepth:
			r.Add(ChainDeep, base+"/entries/"+strconv.Itoa(i)+"/engagedBy", depth[i])
		}
	}
}

// namedBefore reports whether an entry before i is engaged by id. It is
// only called when reporting.
func (b SubProcessors) namedBefore(i int, id string) bool {
	for _, e := range b.Entries[:i] {
		if e.EngagedBy == id {
			return true
		}
	}
	return false
}

// known reports whether an entry has the given id. It is only called when
// reporting.
func (b SubProcessors) known(id string) bool {
	for _, e := range b.Entries {
		if e.ID == id {
			return true
		}
	}
	return false
}

func checkCountry(r finding.Reporter, c transfer.Country, required bool, path func() string) {
	switch {
	case c == "":
		if required {
			r.Blank(SubCountryMissing, path())
		}
	default:
		CheckCountry(r, c, path)
	}
}

func checkLocation(r finding.Reporter, loc transfer.Location, path func() string) {
	switch {
	case loc.Organisation != "":
		switch n := loc.Organisation.Normalize(); {
		case !n.Valid():
			r.Add(finding.EnumInvalid, path()+"/organisation", string(loc.Organisation),
				finding.ChoicesOf(transfer.Organisations, func(d transfer.OrganisationDef) string { return string(d.ID) }))
		case n != loc.Organisation:
			r.Add(finding.NotNormalised, path()+"/organisation", string(loc.Organisation), string(n))
		}
	case loc.Country == "":
		r.Blank(SubCountryMissing, path()+"/country")
	default:
		CheckCountry(r, loc.Country, func() string { return path() + "/country" })
	}
	r.Trimmed(loc.Place, func() string { return path() + "/place" })
}

// Check reports the problems of Annex C at base (such as "/annexes/c").
func (c Instructions) Check(r finding.Reporter, base string) {
	r.Text(SubjectMissing, c.Subject, func() string { return base + "/subject" })
	c.Security.check(r, base+"/security")
	r.Text(DSRMissing, c.Assistance.DataSubjectRequests, func() string { return base + "/assistance/dataSubjectRequests" })
	CheckPeriod(r, c.Assistance.ForwardRequestsWithin, func() string { return base + "/assistance/forwardRequestsWithin" })
	r.Placeholders(c.Retention, func() string { return base + "/retention" })
	for j, loc := range c.Locations {
		checkLocation(r, loc, func() string { return base + "/locations/" + strconv.Itoa(j) })
	}
	switch t := c.Transfers; {
	case t.Kind == "":
		r.Blank(TransferInstructionMissing, base+"/transfers/kind")
	case !t.Kind.Valid():
		r.Add(finding.EnumInvalid, base+"/transfers/kind", string(t.Kind),
			finding.ChoicesOf(transfer.InstructionKinds, func(d transfer.InstructionKindDef) string { return string(d.ID) }))
	case t.Kind == transfer.OnlyListed && len(t.Countries) == 0:
		r.Add(TransferCountriesMissing, base+"/transfers/countries")
	}
	for j, country := range c.Transfers.Countries {
		at := func() string { return base + "/transfers/countries/" + strconv.Itoa(j) }
		if country == "" {
			r.Add(CountryInvalid, at(), string(country))
		}
		CheckCountry(r, country, at)
	}
	c.Audit.check(r, base+"/audit", true)
	if !c.SubProcessorAudit.IsZero() {
		c.SubProcessorAudit.check(r, base+"/subProcessorAudit", false)
	}
}

func (a Audit) check(r finding.Reporter, base string, required bool) {
	switch {
	case a.Form == "":
		if required {
			r.Blank(AuditMissing, base+"/form")
		}
	case !a.Form.Valid():
		r.Add(finding.EnumInvalid, base+"/form", string(a.Form),
			finding.ChoicesOf(security.AuditForms, func(d security.AuditFormDef) string { return string(d.ID) }))
	}
	if a.Frequency.IsZero() && required {
		// An audit right on request meets Art. 28(3)(h); a set frequency is
		// good practice, so this stays a warning even in a final agreement.
		r.Add(AuditFrequencyMissing, base+"/frequency")
	}
	CheckPeriod(r, a.Frequency, func() string { return base + "/frequency" })
	if a.Costs != "" && !a.Costs.Valid() {
		r.Add(finding.EnumInvalid, base+"/costs", string(a.Costs), kindChoices(CostKinds))
	}
}

func (s Security) check(r finding.Reporter, base string) {
	switch {
	case s.Level == "":
		// Art. 32 requires measures, not a named level; the level is the
		// Danish templates' device, so its absence is a warning.
		r.Add(LevelMissing, base+"/level")
	case !s.Level.Valid():
		r.Add(finding.EnumInvalid, base+"/level", string(s.Level),
			finding.ChoicesOf(security.Levels, func(d security.LevelDef) string { return string(d.ID) }))
	}
	if s.Measures == (security.Requirements{}) {
		r.Blank(MeasuresMissing, base+"/measures")
	}
	if s.Risk != (security.Risk{}) {
		if scored := s.Risk.Level(); scored != "" && s.Level.Valid() && scored.Rank() > s.Level.Rank() {
			r.Add(LevelBelowRisk, base+"/level", s.Level, scored)
		}
	}
	if s.Level.Valid() && s.Measures != (security.Requirements{}) { // no measures at all is reported once
		s.Measures.Missing(s.Level, func(id security.MeasureID) bool {
			r.Add(MeasureForLevel, base+"/measures/"+string(id), s.Level, id)
			return true
		})
	}
	s.Measures.Problems(func(field string, p security.Problem) bool {
		r.Add(MeasureParam, base+"/measures"+field, p)
		return true
	})
	r.Placeholders(s.Note, func() string { return base + "/note" })
}

// authorisationChoices are the forms of authorisation, for value.unknown.
var authorisationChoices = finding.Strings(Specific, General)

// kindChoices lists the ids of a table of kinds, for value.unknown.
func kindChoices(kinds []Kind) finding.Choices {
	return finding.ChoicesOf(kinds, func(k Kind) string { return k.ID })
}
