package annex

import (
	"strconv"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/internal/check"
	"github.com/dpakit/dpakit/internal/visible"
	"github.com/dpakit/dpakit/security"

	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/transfer"
)

// Check reports the problems of Annex A at base, the JSON Pointer of the
// annex in the agreement (such as "/annexes/a").
func (p Processing) Check(r finding.Reporter, base string) {
	check.Text(r, &purposeMissing, p.Purpose, func() string { return base + "/purpose" })
	check.Text(r, &natureMissing, p.Nature, func() string { return base + "/nature" })
	check.Text(r, &durationMissing, p.Duration, func() string { return base + "/duration" })
	// A subject-matter Annex A is to state itself is blank only while the
	// purpose is, which purpose-missing reports: one omission, one finding.
	check.FreeText(r, p.Subject, func() string { return base + "/subject" })
	check.FreeText(r, p.Deletion, func() string { return base + "/deletion" })
	if len(p.Groups) == 0 {
		r.Blank(&groupsMissing, base+"/groups")
	}
	for i := range p.Groups {
		g := &p.Groups[i] // a group is large: no copy per group
		at := func(field string) func() string {
			return func() string { return base + "/groups/" + strconv.Itoa(i) + field }
		}
		check.Text(r, &groupNameMissing, g.Name, at("/name"))
		if !g.HasData() {
			r.Blank(&groupDataMissing, at("")())
		}
		if g.SpecialUnnamed {
			r.Blank(&specialUnnamed, at("/specialUnnamed")())
		}
		for j, d := range g.Ordinary {
			if !d.Valid() {
				r.Add(check.EnumInvalid, at("/ordinary/"+strconv.Itoa(j))(), string(d), kindChoices(OrdinaryKinds))
			}
		}
		for j, c := range g.Special {
			if !c.Valid() {
				r.Add(check.EnumInvalid, at("/special/"+strconv.Itoa(j))(), string(c), kindChoices(SpecialKinds))
			}
		}
		for j, d := range g.Confidential {
			if !d.Valid() {
				r.Add(check.EnumInvalid, at("/confidential/"+strconv.Itoa(j))(), string(d), kindChoices(ConfidentialKinds))
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
		r.Blank(&authorisationMissing, base+"/authorisation")
	case !b.Authorisation.Valid():
		r.Add(check.EnumInvalid, base+"/authorisation", string(b.Authorisation), authorisationChoices)
	}
	general := b.AnyGeneral()
	check.Period(r, b.NoticePeriod, func() string { return base + "/noticePeriod" })
	check.Period(r, b.ObjectionWindow, func() string { return base + "/objectionWindow" })
	check.FreeText(r, b.PublishedList, func() string { return base + "/publishedList" })
	if general {
		if b.NoticePeriod.IsZero() && b.ObjectionWindow.IsZero() && !b.entryWindows() {
			// With an objection window alone the processor must tell the
			// controller early enough for it (seed 000 §7.1, seed 002 P5):
			// Art. 28(2) asks for notice in advance, not a set period.
			r.Blank(&noticeMissing, base+"/noticePeriod")
		}
		if b.ObjectionWindow.IsZero() && !b.entryWindows() {
			r.Blank(&objectionMissing, base+"/objectionWindow")
		}
	}
	switch {
	case b.ObjectionGrounds != "" && !b.ObjectionGrounds.Valid():
		r.Add(check.EnumInvalid, base+"/objectionGrounds", string(b.ObjectionGrounds), objectionGroundsChoices)
	case general && b.ObjectionGrounds == ReasonableGrounds:
		r.Add(&objectionGroundsSet, base+"/objectionGrounds")
	}
	switch {
	case b.ObjectionExit != "" && !b.ObjectionExit.Valid():
		r.Add(check.EnumInvalid, base+"/objectionExit", string(b.ObjectionExit), objectionExitChoices)
	case general && b.ObjectionExit == MainAgreementExit:
		r.Add(&objectionNoExit, base+"/objectionExit")
	}
	if b.ObjectionWindow.Valid() && b.NoticePeriod.Valid() && mayOutlast(b.ObjectionWindow, b.NoticePeriod) {
		r.Add(&objectionTooLong, base+"/objectionWindow", b.ObjectionWindow, b.NoticePeriod)
	}
	var index map[string]int // for long lists; short ones are scanned without allocating
	if len(b.Entries) > smallChain {
		index = b.Index()
	}
	for i := range b.Entries {
		e := &b.Entries[i] // by pointer: an entry is large, and a copy per entry showed in the profile
		at := func(field string) func() string {
			return func() string { return base + "/entries/" + strconv.Itoa(i) + field }
		}
		if e.isZero() {
			// One omission, one finding: not a name, a country, an
			// activity, locations and the flow-down.
			r.Blank(&subEmpty, at("")())
			continue
		}
		if visible.Blank(e.Name) {
			r.Blank(&subNameMissing, at("/name")())
		}
		check.Trimmed(r, e.Name, at("/name"))
		check.Trimmed(r, e.ID, at("/id"))
		check.Trimmed(r, e.EngagedBy, at("/engagedBy"))
		check.OrgID(r, e.OrgID, at("/orgId/value"))
		checkCountry(r, e.Address.Country, true, at("/address/country"))
		check.Text(r, &subActivityMissing, e.Activity, at("/activity"))
		if len(e.Locations) == 0 {
			r.Blank(&subLocationsMissing, at("/locations")())
		}
		for j, loc := range e.Locations {
			checkLocation(r, loc, func() string { return base + "/entries/" + strconv.Itoa(i) + "/locations/" + strconv.Itoa(j) })
		}
		if !e.FlowDown {
			r.Blank(&subFlowDownMissing, at("/flowDown")())
		}
		if e.Authorisation != "" && !e.Authorisation.Valid() {
			r.Add(check.EnumInvalid, at("/authorisation")(), string(e.Authorisation), authorisationChoices)
		}
		if e.Engages != "" && !e.Engages.Valid() {
			r.Add(check.EnumInvalid, at("/engages")(), string(e.Engages), authorisationChoices)
		}
		check.Period(r, e.ObjectionWindow, at("/objectionWindow"))
		check.Period(r, e.NoticePeriod, at("/noticePeriod"))
		notice := b.NoticePeriod
		if !e.NoticePeriod.IsZero() {
			notice = e.NoticePeriod
		}
		if e.ObjectionWindow.Valid() && notice.Valid() && mayOutlast(e.ObjectionWindow, notice) {
			r.Add(&objectionTooLong, at("/objectionWindow")(), e.ObjectionWindow, notice)
		}
		if e.ID != "" {
			if index != nil {
				if first := index[e.ID]; first != i {
					r.Add(&subIDDuplicate, at("/id")(), e.ID)
				}
			} else {
				for j := range i {
					if b.Entries[j].ID == e.ID {
						r.Add(&subIDDuplicate, at("/id")(), e.ID)
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
	for ne := range b.Entries {
		e := &b.Entries[ne]
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
	for i := range b.Entries {
		e := &b.Entries[i]
		switch {
		case cycle[i]:
			r.Add(&chainCycle, base+"/entries/"+strconv.Itoa(i)+"/engagedBy")
		case parent[i] == Broken && depth[i] == 0:
			// Either the link itself is unknown, or an ancestor's is; report
			// only the entry whose own link is broken, and an unknown id
			// once, at the first entry that names it: one missing
			// sub-processor (or one id left out) is one finding.
			if _, ok := index[e.EngagedBy]; (index != nil && !ok) || (index == nil && !b.known(e.EngagedBy)) {
				if !b.namedBefore(i, e.EngagedBy) {
					r.Add(&chainUnknown, base+"/entries/"+strconv.Itoa(i)+"/engagedBy", e.EngagedBy)
				}
			}
		case depth[i] > MaxChainDepth:
			r.Add(&chainDeep, base+"/entries/"+strconv.Itoa(i)+"/engagedBy", depth[i])
		}
	}
}

// namedBefore reports whether an entry before i is engaged by id. It is
// only called when reporting.
func (b SubProcessors) namedBefore(i int, id string) bool {
	for ne := range b.Entries[:i] {
		e := &b.Entries[ne]
		if e.EngagedBy == id {
			return true
		}
	}
	return false
}

// known reports whether an entry has the given id. It is only called when
// reporting.
func (b SubProcessors) known(id string) bool {
	for ne := range b.Entries {
		e := &b.Entries[ne]
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
			r.Blank(&subCountryMissing, path())
		}
	default:
		check.Country(r, c, path)
	}
}

func checkLocation(r finding.Reporter, loc transfer.Location, path func() string) {
	switch {
	case loc.Organisation != "":
		switch n := loc.Organisation.Normalize(); {
		case !n.Valid():
			r.Add(check.EnumInvalid, path()+"/organisation", string(loc.Organisation),
				check.ChoicesOf(transfer.Organisations, func(d transfer.OrganisationDef) string { return string(d.ID) }))
		case n != loc.Organisation:
			r.Add(check.NotNormalised, path()+"/organisation", string(loc.Organisation), string(n))
		}
	case loc.Country == "":
		r.Blank(&subCountryMissing, path()+"/country")
	default:
		check.Country(r, loc.Country, func() string { return path() + "/country" })
	}
	check.Trimmed(r, loc.Place, func() string { return path() + "/place" })
}

// Check reports the problems of Annex C at base (such as "/annexes/c").
func (c Instructions) Check(r finding.Reporter, base string) { c.CheckFor(r, base, nil) }

// CheckFor is [Instructions.Check] for instructions on the processing p
// (Annex A): without an agreed security level, data that call for extra
// measures (special categories, criminal data, national identity numbers)
// make the missing level a blank, an error in a final agreement (seed 002
// P2), where it is otherwise a warning. A nil p is no data.
func (c Instructions) CheckFor(r finding.Reporter, base string, p *Processing) {
	check.Text(r, &subjectMissing, c.Subject, func() string { return base + "/subject" })
	c.Security.check(r, base+"/security", p.needsLevel())
	check.Text(r, &dsrMissing, c.Assistance.DataSubjectRequests, func() string { return base + "/assistance/dataSubjectRequests" })
	check.Period(r, c.Assistance.ForwardRequestsWithin, func() string { return base + "/assistance/forwardRequestsWithin" })
	check.FreeText(r, c.Retention, func() string { return base + "/retention" })
	for j, loc := range c.Locations {
		checkLocation(r, loc, func() string { return base + "/locations/" + strconv.Itoa(j) })
	}
	switch t := c.Transfers; {
	case t.Kind == "":
		r.Blank(&transferInstructionMissing, base+"/transfers/kind")
	case !t.Kind.Valid():
		r.Add(check.EnumInvalid, base+"/transfers/kind", string(t.Kind),
			check.ChoicesOf(transfer.InstructionKinds, func(d transfer.InstructionKindDef) string { return string(d.ID) }))
	case t.Kind == transfer.OnlyListed && len(t.Countries) == 0:
		r.Add(&transferCountriesMissing, base+"/transfers/countries")
	}
	for j, country := range c.Transfers.Countries {
		at := func() string { return base + "/transfers/countries/" + strconv.Itoa(j) }
		if country == "" {
			r.Add(check.CountryInvalid, at(), string(country))
		}
		check.Country(r, country, at)
	}
	if c.Security.AuditPolicy != "" && !c.Security.AuditPolicy.Valid() {
		r.Add(check.EnumInvalid, base+"/security/auditPolicy", string(c.Security.AuditPolicy),
			check.ChoicesOf(security.AuditPolicies, func(d security.AuditPolicyDef) string { return string(d.ID) }))
	}
	// Without an agreed form, clause 13 gives the controller the
	// audits Art. 28(3)(h) names, so the gap is a warning in any
	// agreement (review 41 sv R4).
	if len(c.Audits) == 0 {
		r.Add(&auditMissing, base+"/audits")
	}
	for i := range c.Audits {
		c.Audits[i].check(r, base, "/audits/", i, true)
	}
	for i := range c.SubProcessorAudits {
		c.SubProcessorAudits[i].check(r, base, "/subProcessorAudits/", i, false)
	}
}

// check checks the audit procedure at base+list+i: the processor's
// (required: it needs a form) or a sub-processor audit.
func (a *Audit) check(r finding.Reporter, base, list string, i int, required bool) {
	at := func(field string) string { return base + list + strconv.Itoa(i) + field }
	switch {
	case a.Form == "":
		if required {
			r.Add(&auditMissing, at("/form"))
		}
	case !a.Form.Valid():
		r.Add(check.EnumInvalid, at("/form"), string(a.Form),
			check.ChoicesOf(security.AuditForms, func(d security.AuditFormDef) string { return string(d.ID) }))
	}
	if a.Frequency.IsZero() && required && a.Performer != ControllerAudits && a.Performer != ControllerAuditor {
		// An audit right on request meets Art. 28(3)(h); a set frequency is
		// good practice, so this stays a warning even in a final agreement.
		// The controller's own audits need none: it audits when it wants.
		r.Add(&auditFrequencyMissing, at("/frequency"))
	}
	check.Period(r, a.Frequency, func() string { return at("/frequency") })
	check.Period(r, a.ReportWithin, func() string { return at("/reportWithin") })
	if a.Costs != "" && !a.Costs.Valid() {
		r.Add(check.EnumInvalid, at("/costs"), string(a.Costs), kindChoices(CostKinds))
	}
	if a.Performer != "" && !a.Performer.Valid() {
		r.Add(check.EnumInvalid, at("/performer"), string(a.Performer), kindChoices(AuditRoles))
	}
	switch {
	case a.ReportTo != "" && !a.ReportTo.Valid():
		r.Add(check.EnumInvalid, at("/reportTo"), string(a.ReportTo), kindChoices(AuditRoles))
	case a.ReportTo == ProcessorAudits || a.ReportTo == IndependentAuditor:
		// Art. 28(3)(h): the information goes to the controller, or to
		// an auditor it mandates.
		r.Add(&auditReportRecipient, at("/reportTo"))
	case required && a.ReportTo == "" && (a.Performer == ProcessorAudits || a.Performer == IndependentAuditor):
		// An audit the processor makes or commissions shows the
		// controller nothing unless the report reaches it.
		r.Add(&auditReportMissing, at("/reportTo"))
	}
}

// needsLevel reports whether p lists data that call for an agreed level.
func (p *Processing) needsLevel() bool {
	if p == nil {
		return false
	}
	for i := range p.Groups {
		if g := &p.Groups[i]; len(g.Special) > 0 || g.SpecialUnnamed || g.Criminal || g.NationalID {
			return true
		}
	}
	return false
}

func (s *Security) check(r finding.Reporter, base string, sensitive bool) {
	switch {
	case s.Level == "" && sensitive:
		// Art. 32 asks for measures appropriate to the risk, which
		// clause 6 and Annex C.2 state; the level is the Danish
		// templates' device, so its absence is a warning, a stronger one
		// where the data call for more protection (review 41 en R10,
		// sv R4).
		r.Add(&levelMissingForData, base+"/level")
	case s.Level == "":
		// Art. 32 requires measures, not a named level; the level is the
		// Danish templates' device, so its absence is a warning.
		r.Add(&levelMissing, base+"/level")
	case !s.Level.Valid():
		r.Add(check.EnumInvalid, base+"/level", string(s.Level),
			check.ChoicesOf(security.Levels, func(d security.LevelDef) string { return string(d.ID) }))
	}
	if s.Measures == (security.Requirements{}) {
		r.Blank(&measuresMissing, base+"/measures")
	}
	if s.Risk != (security.Risk{}) {
		if scored := s.Risk.Level(); scored != "" && s.Level.Valid() && scored.Rank() > s.Level.Rank() {
			r.Add(&levelBelowRisk, base+"/level", s.Level, scored)
		}
	}
	if s.Level.Valid() && s.Measures != (security.Requirements{}) { // no measures at all is reported once
		for id := range s.Measures.Missing(s.Level) {
			r.Add(&measureForLevel, base+"/measures/"+string(id), s.Level, id)
		}
	}
	for field, p := range s.Measures.Problems() {
		r.Add(&measureParam, base+"/measures"+field, p)
	}
	for i, id := range s.Assess {
		if !id.Valid() {
			r.Add(check.EnumInvalid, base+"/assess/"+strconv.Itoa(i), string(id), measureChoices)
		}
	}
	for i, h := range s.OpenHeadings {
		at := func() string { return base + "/openHeadings/" + strconv.Itoa(i) }
		check.FreeText(r, h, at)
		r.Blank(&measureOpen, at())
	}
	check.FreeText(r, s.Note, func() string { return base + "/note" })
}

// measureChoices are the ids of the security measures, for value.unknown.
var measureChoices = check.ChoicesOf(security.Catalogue, func(d security.MeasureDef) string { return string(d.ID) })

// authorisationChoices are the forms of authorisation, for value.unknown.
var authorisationChoices = check.Strings(Specific, General)

// objectionGroundsChoices and objectionExitChoices list the values of
// ObjectionGrounds and ObjectionExit, for value.unknown.
var (
	objectionGroundsChoices = check.Strings(NoGroundsNeeded, ReasonableGrounds)
	objectionExitChoices    = check.Strings(ControllerExit, EitherPartyExit, MainAgreementExit)
)

// kindChoices lists the ids of a table of kinds, for value.unknown.
func kindChoices(kinds []Kind) finding.Choices {
	return check.ChoicesOf(kinds, func(k Kind) string { return k.ID })
}
