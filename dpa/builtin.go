package dpa

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/check"
	"github.com/dpakit/dpakit/internal/visible"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// Finding is one problem found in an agreement; see package finding.
type Finding = finding.Finding

// Findings is the list [Validate] returns.
type Findings = finding.List

// Severity says how serious a finding is: error, warning or info.
type Severity = finding.Severity

// Code is a finding's stable code.
type Code = finding.Code

// Def defines a finding code.
type Def = finding.Def

// The severities of a finding, from the most serious, so that a program
// that imports dpa can name them without importing package finding.
const (
	// Error: the agreement does not meet the law or cannot be signed as it is.
	Error = finding.Error
	// Warning: something is missing or doubtful that must be looked at,
	// such as a blank in a draft.
	Warning = finding.Warning
	// Info: worth knowing, nothing to fix.
	Info = finding.Info
)

// Defs returns the definition of every code the built-in rules and a
// [Validator] report, in a stable order: common codes, annex codes,
// agreement-wide codes, then [CodeRulePanicked]. The definitions are copies:
// changing one changes nothing the rules report.
func Defs() []Def {
	out := append(finding.Defs(), annex.Defs()...)
	for _, d := range agreementDefs {
		out = append(out, *d)
	}
	for _, d := range validatorDefs {
		out = append(out, *d)
	}
	return out
}

// The values each enum allows, for value.unknown messages.
var (
	langChoices            = check.Strings(i18n.Langs...)
	templateChoices        = check.Strings(templates.IDs()...)
	termChoices            = check.Strings(termKinds.IDs()...)
	precedenceChoices      = check.Strings(precedences.IDs()...)
	roleChoices            = check.ChoicesOf(org.ContactRoles, func(d org.ContactRoleDef) string { return string(d.ID) })
	confidentialityChoices = check.Strings(confidentialities.IDs()...)
	breachChoices          = check.Strings(breachKinds.IDs()...)
	unitChoices            = check.ChoicesOf(civil.Units, func(d civil.UnitDef) string { return string(d.ID) })
	endChoices             = check.Strings(endActions.IDs()...)
	liabilityChoices       = check.Strings(liabilityBases.IDs()...)
	exposureChoices        = check.Strings(exposures.IDs()...)
	noticeChoices          = check.Strings(terminationNotices.IDs()...)
	returnFormatChoices    = check.Strings(returnFormats.IDs()...)
	exitChoices            = check.ChoicesOf(annex.ExitActions, func(d annex.ExitActionDef) string { return string(d.ID) })
	workChoices            = check.Strings(assistanceWorks.IDs()...)
	payeeChoices           = check.Strings(payees.IDs()...)
)

// Validate checks the agreement against the built-in rules and returns every
// finding, in the order the rules ran. A valid agreement gives nil and costs
// no allocation. Blanks are warnings in a draft and errors in a final
// agreement. A nil agreement gives one finding, [CodeAgreementMissing] at "".
func Validate(a *Agreement) Findings {
	if a == nil {
		return missing()
	}
	list := lists.Get().(*Findings)
	defer func() { *list = nil; lists.Put(list) }()
	a.builtins(finding.NewReporter(list, a.Status == Final, a.textLang()), when{})
	return *list
}

// textLang is the language free text is checked for: the main language,
// or "" when the agreement names no valid language, which is reported once
// as such rather than once per text (finding.Reporter skips the check).
func (a *Agreement) textLang() i18n.Lang {
	if len(a.Languages) > 0 && a.Languages[0].Valid() {
		return a.Languages[0]
	}
	return ""
}

// missing is what validating a nil agreement gives.
func missing() Findings {
	var l Findings
	l.Add(&agreementMissing, "")
	return l
}

// builtins runs the built-in rules; [Validate] and [Validator.Validate]
// share it.
func (a *Agreement) builtins(r finding.Reporter, w when) {
	a.checkHeader(r)
	for i := range a.Controllers {
		a.Controllers[i].check(r, "/controllers/"+strconv.Itoa(i))
	}
	a.Processor.check(r, "/processor")
	a.checkOrgIDs(r)
	a.checkClauses(r)
	a.Annexes.A.Check(r, "/annexes/a")
	a.Annexes.B.Check(r, "/annexes/b")
	a.Annexes.C.CheckFor(r, "/annexes/c", &a.Annexes.A)
	for i, t := range a.Annexes.D {
		check.FreeText(r, t.Text, func() string { return "/annexes/d/" + strconv.Itoa(i) + "/text" })
	}
	a.checkTransfers(r, w)
	a.checkSecurity(r)
	a.checkLocations(r)
}

// checkLocations reports an Annex C that names no place for the
// processor's own processing: a blank unless the transfer instruction
// keeps everything in the EU/EEA, and then, with no sub-processor either,
// a warning that the agreement names no place at all.
func (a *Agreement) checkLocations(r finding.Reporter) {
	c := a.Annexes.C
	if len(c.Locations) > 0 {
		return
	}
	switch {
	case c.Transfers.Kind != transfer.NoThirdCountries:
		r.Blank(&locationsMissing, "/annexes/c/locations")
	case len(a.Annexes.B.Entries) == 0:
		r.Add(&locationsUnnamed, "/annexes/c/locations")
	}
}

// lists recycles the list header the rules append to: the rules take it by
// pointer, which the compiler cannot keep on the stack, and a fresh one per
// call would be the only allocation of a valid agreement.
var lists = sync.Pool{New: func() any { return new(Findings) }}

func (a *Agreement) checkHeader(r finding.Reporter) {
	if !a.Status.Valid() {
		r.Add(&statusInvalid, "/status", string(a.Status))
	}
	if len(a.Languages) == 0 {
		r.Add(&languagesMissing, "/languages")
	}
	for i, l := range a.Languages {
		if !l.Valid() {
			r.Add(check.EnumInvalid, "/languages/"+strconv.Itoa(i), string(l), langChoices)
		}
	}
	if a.BasedOn != "" && !a.BasedOn.Valid() {
		r.Add(check.EnumInvalid, "/basedOn", string(a.BasedOn), templateChoices)
	}
	checkDate(r, a.Date, "/date")
	checkDate(r, a.EffectiveDate, "/effectiveDate")
	checkDate(r, a.MainAgreement.Date, "/mainAgreement/date")
	checkDate(r, a.Term.EndDate, "/term/endDate")
	if a.Date.IsZero() {
		r.Blank(&dateMissing, "/date")
	}
	if a.MainAgreement.Blank {
		r.Blank(&mainAgreementBlank, "/mainAgreement")
	}
	if a.TimeZone != "" && !zoneExists(a.TimeZone) {
		r.Add(&timeZoneInvalid, "/timeZone")
	}
	switch {
	case a.Term.Kind == "":
		r.Blank(&termMissing, "/term/kind")
	case !a.Term.Kind.Valid():
		r.Add(check.EnumInvalid, "/term/kind", string(a.Term.Kind), termChoices)
	case a.Term.Kind == FixedDate && a.Term.EndDate.IsZero():
		r.Blank(&termEndMissing, "/term/endDate")
	}
	if end := a.Term.EndDate; !end.IsZero() {
		start := a.EffectiveDate
		if start.IsZero() {
			start = a.Date
		}
		if end.Valid() && !start.IsZero() && start.Valid() && end.Before(start) {
			r.Add(&dateOrder, "/term/endDate", end, start)
		}
	}
	switch {
	case a.Term.Notice != "" && !a.Term.Notice.Valid():
		r.Add(check.EnumInvalid, "/term/notice", string(a.Term.Notice), noticeChoices)
	case a.Term.Notice == AnyTime:
		// A data processing agreement that either party can end while
		// the processing goes on can leave processing without the
		// contract Art. 28(3) requires.
		r.Add(&termNoticeAnyTime, "/term/notice")
	case a.Term.Notice == "" && !a.Term.NoticePeriod.IsZero():
		r.Add(&termNoticeMissing, "/term/notice")
	}
	check.Period(r, a.Term.NoticePeriod, func() string { return "/term/noticePeriod" })
	if a.Precedence != "" && !a.Precedence.Valid() {
		r.Add(check.EnumInvalid, "/precedence", string(a.Precedence), precedenceChoices)
	}
	check.FreeText(r, a.Title, func() string { return "/title" })
	if len(a.Controllers) == 0 {
		r.Blank(&controllerMissing, "/controllers")
	}
}

// orgIDs is how many parties and sub-processors checkOrgIDs compares pair
// by pair, without allocating; beyond it, it indexes them in a map.
const orgIDs = 64

// checkOrgIDs warns of a registration number that two differently named
// parties or sub-processors give: one of them is not the legal entity the
// number names. The same name with the same number (one entity listed
// for two activities) is not a duplicate. The finding is at the later one
// and names the earlier.
func (a *Agreement) checkOrgIDs(r finding.Reporter) {
	n := len(a.Controllers) + 1 + len(a.Annexes.B.Entries)
	entity := func(i int) (string, org.ID) {
		switch {
		case i < len(a.Controllers):
			return a.Controllers[i].Name, a.Controllers[i].OrgID
		case i == len(a.Controllers):
			return a.Processor.Name, a.Processor.OrgID
		}
		e := &a.Annexes.B.Entries[i-len(a.Controllers)-1]
		return e.Name, e.OrgID
	}
	path := func(i int) string {
		switch {
		case i < len(a.Controllers):
			return "/controllers/" + strconv.Itoa(i) + "/orgId/value"
		case i == len(a.Controllers):
			return "/processor/orgId/value"
		}
		return "/annexes/b/entries/" + strconv.Itoa(i-len(a.Controllers)-1) + "/orgId/value"
	}
	same := func(i, j int) {
		ni, _ := entity(i)
		nj, _ := entity(j)
		if !strings.EqualFold(strings.TrimSpace(ni), strings.TrimSpace(nj)) {
			r.Add(&orgIDDuplicate, path(j), strings.TrimSpace(ni))
		}
	}
	key := func(i int) (org.ID, bool) {
		_, id := entity(i)
		if visible.Blank(id.Value) {
			return org.ID{}, false
		}
		return id.Normalize(), true
	}
	if n <= orgIDs {
		// Each number normalised once, on the stack: normalising inside
		// the pairwise loop was 23 % of Validate of seed004 in a profile.
		var keys [orgIDs]org.ID
		var has [orgIDs]bool
		for i := range n {
			keys[i], has[i] = key(i)
		}
		for j := 1; j < n; j++ {
			if !has[j] {
				continue
			}
			for i := range j {
				// The numbers first: they differ at once, where the schemes
				// of most pairs are the same.
				if has[i] && keys[i].Value == keys[j].Value && keys[i].Scheme == keys[j].Scheme {
					same(i, j)
					break
				}
			}
		}
		return
	}
	first := make(map[org.ID]int, n)
	for j := range n {
		kj, ok := key(j)
		if !ok {
			continue
		}
		if i, seen := first[kj]; seen {
			same(i, j)
			continue
		}
		first[kj] = j
	}
}

func checkDate(r finding.Reporter, d civil.Date, path string) {
	if !d.IsZero() && !d.Valid() {
		r.Add(&dateInvalid, path)
	}
}

func (p *Party) check(r finding.Reporter, base string) {
	if p.isZero() {
		// One omission, one finding: not a name, a country and contacts.
		r.Blank(&partyMissing, strings.Clone(base)) // a copy, so that base itself stays on the stack
		return
	}
	if visible.Blank(p.Name) {
		r.Blank(&partyNameMissing, base+"/name")
	}
	check.Trimmed(r, p.Name, func() string { return base + "/name" })
	check.Trimmed(r, p.TradeName, func() string { return base + "/tradeName" })
	check.FreeText(r, p.ShortName, func() string { return base + "/shortName" })
	check.Trimmed(r, p.Unit, func() string { return base + "/unit" })
	check.OrgID(r, p.OrgID, func() string { return base + "/orgId/value" })
	if c := p.Address.Country; c == "" {
		r.Blank(&partyCountryMissing, base+"/address/country")
	} else {
		check.Country(r, c, func() string { return base + "/address/country" })
	}
	if len(p.Contacts) == 0 {
		r.Add(&contactsMissing, base+"/contacts")
	}
	for i, c := range p.Contacts {
		if !c.Role.Valid() {
			r.Add(check.EnumInvalid, base+"/contacts/"+strconv.Itoa(i)+"/role", string(c.Role), roleChoices)
		}
	}
	if r.Final() && visible.Blank(p.Signatory.Name) {
		r.Add(&signatoryMissing, base+"/signatory/name")
	}
}

// isZero reports whether nothing of the party is filled in.
func (p *Party) isZero() bool {
	return p.Name == "" && p.TradeName == "" && p.ShortName.IsZero() && p.Unit == "" && p.OrgID.IsZero() && p.Address == (org.Address{}) && len(p.Contacts) == 0 &&
		p.Signatory == (org.Signatory{})
}

func (a *Agreement) checkClauses(r finding.Reporter) {
	c := &a.Clauses
	switch {
	case c.Confidentiality == "":
		r.Blank(&confidentialityMissing, "/clauses/confidentiality")
	case !c.Confidentiality.Valid():
		r.Add(check.EnumInvalid, "/clauses/confidentiality", string(c.Confidentiality), confidentialityChoices)
	}
	check.FreeText(r, c.ConfidentialityLaw, func() string { return "/clauses/confidentialityLaw" })
	check.Period(r, c.UnlawfulInstruction.NotifyWithin, func() string { return "/clauses/unlawfulInstruction/notifyWithin" })
	if p := c.UnlawfulInstruction.NotifyWithin; !p.IsZero() && p.Valid() {
		// "Immediately" (Art. 28(3), second subparagraph) leaves room for
		// the working day it takes to look at an instruction, no more.
		if sign, _ := p.Compare(immediately); sign > 0 {
			r.Add(&instructionNoticeLate, "/clauses/unlawfulInstruction/notifyWithin", p)
		}
	}

	if len(c.BreachNotification) == 0 {
		r.Blank(&breachMissing, "/clauses/breachNotification", breachSubject(AnyBreach))
	}
	for i, t := range c.BreachDetails {
		check.FreeText(r, t, func() string { return "/clauses/breachDetails/" + strconv.Itoa(i) })
	}
	for i, d := range c.BreachNotification {
		at := func(field string) string { return "/clauses/breachNotification/" + strconv.Itoa(i) + field }
		if !d.Kind.Valid() {
			r.Add(check.EnumInvalid, at("/kind"), string(d.Kind), breachChoices)
		}
		if d.ExceptRoutine && d.Kind != IntrusionAttempt {
			r.Add(&breachExceptRoutine, at("/exceptRoutine"))
		}
		if d.WithoutDelay && d.Kind != IntrusionAttempt {
			r.Add(&breachWithoutDelayKind, at("/withoutDelay"))
		}
		for j := range i {
			if c.BreachNotification[j].Kind == d.Kind {
				r.Add(&breachDuplicate, at("/kind"))
				break
			}
		}
		switch {
		case d.Within.IsZero() && (d.Kind == IntrusionAttempt || d.Kind == AgreementBreach):
			// A notice the agreement adds to Art. 33(2): Art. 33(2) is
			// not its source (review 43 da S8, review 44 en R4).
			r.Blank(&noticeDeadlineMissing, at("/within"), breachSubject(d.Kind))
		case d.Within.IsZero():
			r.Blank(&breachMissing, at("/within"), breachSubject(d.Kind))
		case !d.Within.Valid():
			r.Add(check.PeriodInvalid, at("/within"), check.PeriodProblem(d.Within))
		case d.Kind == AgreementBreach:
			// A breach of the agreement need not be a personal data
			// breach: Art. 33's 72 hours do not bind its notice.
		default:
			// A processor deadline beyond the controller's own deadline
			// to notify the authority leaves the controller no time,
			// whether the deadline is hard or a target.
			if sign, _ := d.Within.Compare(authorityWithin); sign > 0 {
				r.Add(&breachOver72h, at("/within"), d.Within)
			}
		}
		// A target the parties signed stays theirs, but the controller's
		// lawyer should see that it binds no one (review 42 da R9).
		if d.IfPossible && !d.Within.IsZero() && d.Within.Valid() {
			r.Add(&breachIfPossible, at("/ifPossible"), d.Within)
		}
	}

	fee := c.Assistance.Fee
	if fee.Amount.IsNegative() || (!fee.IsZero() && c.Assistance.Per == "") {
		r.Add(&feeInvalid, "/clauses/assistance/fee")
	}
	if (c.Assistance.Per != "" || len(c.Assistance.Covers) > 0) && fee.IsZero() && c.Assistance.PriceList.IsZero() {
		// A fee left blank is a blank, not assistance for free.
		r.Blank(&feeMissing, "/clauses/assistance/fee")
	}
	for i, w := range c.Assistance.Covers {
		if !w.Valid() {
			r.Add(check.EnumInvalid, "/clauses/assistance/covers/"+strconv.Itoa(i), string(w), workChoices)
		}
	}
	if p := c.Assistance.PaidTo; p != "" && !p.Valid() {
		r.Add(check.EnumInvalid, "/clauses/assistance/paidTo", string(p), payeeChoices)
	}
	if c.Assistance.Per != "" && !c.Assistance.Per.Valid() {
		r.Add(check.EnumInvalid, "/clauses/assistance/per", string(c.Assistance.Per), unitChoices)
	}

	e := &c.EndOfService
	switch {
	case e.Action == "":
		r.Blank(&endActionMissing, "/clauses/endOfService/action")
	case !e.Action.Valid():
		r.Add(check.EnumInvalid, "/clauses/endOfService/action", string(e.Action), endChoices)
	}
	if e.Deadline.IsZero() {
		// Art. 28(3)(g) sets no deadline; the rendered clause then says
		// "without undue delay", which is lawful but hard to enforce.
		r.Add(&endDeadlineMissing, "/clauses/endOfService/deadline")
	}
	if e.Action.Valid() && e.ConfirmWithin.IsZero() {
		// Every end action deletes something (Art. 28(3)(g): the data, or the
		// copies left after a return). The GDPR asks for no confirmation,
		// but without one the controller cannot show the deletion happened
		// (Art. 5(2), 28(3)(h)); seed 002 P9 advises it. The rendered clause
		// requires one without undue delay; a period is still advised.
		r.Add(&endConfirmationMissing, "/clauses/endOfService/confirmWithin")
	}
	check.Period(r, e.Deadline, func() string { return "/clauses/endOfService/deadline" })
	check.Period(r, e.ConfirmWithin, func() string { return "/clauses/endOfService/confirmWithin" })
	check.Period(r, e.BackupsWithin, func() string { return "/clauses/endOfService/backupsWithin" })
	if e.ReturnFormat != "" && !e.ReturnFormat.Valid() {
		r.Add(check.EnumInvalid, "/clauses/endOfService/returnFormat", string(e.ReturnFormat), returnFormatChoices)
	}

	// Law and venue are not GDPR requirements and are often left to the main
	// agreement (the Danish standard clauses do), so their absence is a
	// warning.
	if c.GoverningLaw == "" {
		r.Add(&governingLawMissing, "/clauses/governingLaw")
	} else {
		check.Country(r, c.GoverningLaw, func() string { return "/clauses/governingLaw" })
	}
	if visible.Blank(c.Venue) {
		r.Add(&venueMissing, "/clauses/venue")
	}
	check.Trimmed(r, c.Venue, func() string { return "/clauses/venue" })

	c.Liability.check(r)
	check.Period(r, c.Remedies.CorrectWithin, func() string { return "/clauses/remedies/correctWithin" })
}

// immediately is the longest notice of an unlawful instruction that still
// counts as immediate.
var immediately = civil.Of(24, civil.Hours)

func (l *Liability) check(r finding.Reporter) {
	const base = "/clauses/liability"
	switch {
	case l.Basis == "":
	case !l.Basis.Valid():
		r.Add(check.EnumInvalid, base+"/basis", string(l.Basis), liabilityChoices)
	case l.Basis == MainAgreementLiability && (!l.Cap.IsZero() || !l.Terms.IsZero()):
		r.Add(&liabilityBasisConflict, base+"/basis")
	case l.Basis == OwnLiabilityTerms && l.Cap.IsZero() && l.Terms.IsZero():
		r.Blank(&liabilityTermsMissing, base+"/terms")
	}
	check.FreeText(r, l.Terms, func() string { return base + "/terms" })
	for i, e := range l.Uncapped {
		if !e.Valid() {
			r.Add(check.EnumInvalid, base+"/uncapped/"+strconv.Itoa(i), string(e), exposureChoices)
		}
	}
	cp := &l.Cap
	if cp.IsZero() {
		return
	}
	amount, multiple := !cp.Amount.IsZero(), cp.FeeMultiple != ""
	switch {
	case amount && multiple:
		r.Add(&liabilityCapAmbiguous, base+"/cap")
	case amount && (!cp.Amount.Amount.IsPositive() || cp.Amount.Currency == ""):
		r.Add(&liabilityCapInvalid, base+"/cap/amount")
	case multiple && !validMultiple(cp.FeeMultiple):
		r.Add(&liabilityCapInvalid, base+"/cap/feeMultiple")
	case multiple && cp.Period.IsZero():
		r.Blank(&liabilityCapPeriodMissing, base+"/cap/period")
	case !amount && !multiple:
		r.Blank(&liabilityCapInvalid, base+"/cap/amount") // a period alone caps nothing
	}
	check.Period(r, cp.Period, func() string { return base + "/cap/period" })
	if !amount && !multiple {
		return
	}
	// A cap that reaches these heads reads down what the GDPR makes the
	// processor answer for in full, or what a party paid a data subject
	// on the other's account; a lawyer should look at it.
	if !slices.Contains(l.Uncapped, SubProcessorLiability) {
		r.Add(&liabilityCapSubProcessors, base+"/uncapped")
	}
	if !slices.Contains(l.Uncapped, DataSubjectCompensation) {
		r.Add(&liabilityCapCompensation, base+"/uncapped")
	}
}

// assessDate is the day transfers are assessed on: the agreement's date,
// else its effective date.
func (a *Agreement) assessDate() civil.Date {
	if !a.Date.IsZero() {
		return a.Date
	}
	return a.EffectiveDate
}

// checkTransfers assesses every processing location against the transfer
// instruction and Chapter V: the processor's own locations (exported from
// the controller's country) on the day validated for, and each
// sub-processor's, down the whole chain (exported from the country of
// whoever engaged it), on that day or the entry's Since when it is later.
// A sub-processor that has left by then (Until before it) is not assessed.
// A basis that ends within the lead time while the entry still processes
// is warned of.
func (a *Agreement) checkTransfers(r finding.Reporter, w when) {
	date := w.asOf
	if date.IsZero() {
		date = a.assessDate()
	}
	if date.IsZero() || !date.Valid() {
		return // reported as a blank date; nothing to assess on
	}
	lead := w.lead
	if lead.IsZero() {
		lead = DefaultLeadTime
	}
	instr := a.Annexes.C.Transfers
	var controllerCountry transfer.Country
	if len(a.Controllers) > 0 {
		controllerCountry = a.Controllers[0].Address.Country
	}
	q := transfer.Query{Exporter: controllerCountry, Date: date, Instruction: instr}
	for j := range a.Annexes.C.Locations {
		q.Location = a.Annexes.C.Locations[j]
		v := transfer.Assess(q)
		path := func() string { return "/annexes/c/locations/" + strconv.Itoa(j) }
		report(r, &v, &q, path)
		ending(r, &v, &q, civil.Date{}, lead, path)
	}
	entries := a.Annexes.B.Entries
	var index map[string]int // long lists only; short ones are scanned without allocating
	if len(entries) > 64 {
		index = a.Annexes.B.Index()
	}
	for i := range entries {
		e := &entries[i] // by pointer: an entry is large, and a copy per entry showed in the profile
		if !e.Since.IsZero() && !e.Since.Valid() {
			r.Add(&dateInvalid, "/annexes/b/entries/"+strconv.Itoa(i)+"/since")
		}
		if !e.Until.IsZero() && !e.Until.Valid() {
			r.Add(&dateInvalid, "/annexes/b/entries/"+strconv.Itoa(i)+"/until")
		}
		if e.Since.Valid() && e.Until.Valid() && e.Until.Before(e.Since) {
			r.Add(&dateOrder, "/annexes/b/entries/"+strconv.Itoa(i)+"/until", e.Until, e.Since)
		}
		if x := &e.Exit; !x.IsZero() {
			if x.Action != "" && !x.Action.Valid() {
				r.Add(check.EnumInvalid, "/annexes/b/entries/"+strconv.Itoa(i)+"/exit/action", string(x.Action), exitChoices)
			}
			if !x.By.IsZero() && !x.By.Valid() {
				r.Add(&dateInvalid, "/annexes/b/entries/"+strconv.Itoa(i)+"/exit/by")
			}
			if x.By.Valid() && e.Until.Valid() && x.By.Before(e.Until) {
				// The data cannot be gone before the last day of processing.
				r.Add(&dateOrder, "/annexes/b/entries/"+strconv.Itoa(i)+"/exit/by", x.By, e.Until)
			}
		}
		on := date
		if e.Since.Valid() && e.Since.After(on) {
			on = e.Since
		}
		if e.Until.Valid() && e.Until.Before(on) {
			continue // it has left: nothing to assess
		}
		exporter := a.exporter()
		switch {
		case e.EngagedBy == "":
		case index != nil:
			if p, ok := index[e.EngagedBy]; ok {
				exporter = entries[p].Address.Country
			}
		default:
			for k := range entries {
				if entries[k].ID == e.EngagedBy {
					exporter = entries[k].Address.Country
					break
				}
			}
		}
		if m := e.Transfer.SCCModule; e.Transfer.Mechanism == transfer.SCC && m != 3 && m >= 1 && m <= 4 {
			sev := finding.Error
			if m == 2 {
				sev = finding.Warning // module 2 fits when the controller signs with the sub-processor directly
			}
			r.AddAs(&sccModuleRole, sev, "/annexes/b/entries/"+strconv.Itoa(i)+"/transfer/sccModule", m, moduleArg(m))
		}
		// One query for every location of every entry, its fields set as
		// they change: building a query afresh for each location, or
		// even for each entry, showed in the profile.
		q.Exporter, q.Date, q.Basis = exporter, on, e.Transfer
		for j := range e.Locations {
			q.Location = e.Locations[j]
			v := transfer.Assess(q)
			path := func() string {
				return "/annexes/b/entries/" + strconv.Itoa(i) + "/locations/" + strconv.Itoa(j)
			}
			report(r, &v, &q, path)
			ending(r, &v, &q, e.Until, lead, path)
		}
	}
}

// ending warns of a transfer that the query q asked about and verdict v
// allows on q's date, but whose basis ends within lead after it, while the
// recipient still processes (until is empty or later than the end): an
// adequacy decision with an end date, or a Data Privacy Framework
// certification with a renewal date.
func ending(r finding.Reporter, v *transfer.Verdict, q *transfer.Query, until civil.Date, lead civil.Period, path func() string) {
	if !v.Allowed || v.Decision == nil || lead.Value <= 0 {
		return
	}
	loc, b := q.Location, &q.Basis
	horizon, err := lead.AddToDate(q.Date)
	if err != nil {
		return
	}
	soon := func(end civil.Date) bool {
		return end.Valid() && !end.After(horizon) && (until.IsZero() || until.After(end))
	}
	if end := v.Decision.Ends; soon(end) {
		r.Add(&adequacyEnding, path(), locationArg(loc), end)
	}
	if end := b.DPFCertifiedUntil; v.Decision.Condition == transfer.DPFCertification && b.DPFCertified && soon(end) {
		r.Add(&dpfLapsing, path(), locationArg(loc), end)
	}
}

// report reports the verdict v on query q: what blocks the transfer, or
// its caveats. Blocking reasons that another rule has already reported at its own field
// (a location with no valid country, a blank or unknown instruction, an
// instruction that lists no country) are left out, so that one omission
// gives one finding; when nothing else blocks, there is no transfer
// finding.
func report(r finding.Reporter, v *transfer.Verdict, q *transfer.Query, path func() string) {
	loc, instr, date := &q.Location, &q.Instruction, q.Date
	switch {
	case !v.Allowed:
		block := v.Reasons & blockingReasons
		if loc.Organisation == "" && !loc.Country.Normalize().Valid() || loc.Organisation != "" && !loc.Organisation.Valid() {
			block &^= 1 << transfer.LocationUnknown
		}
		if !instr.Kind.Valid() {
			block &^= 1 << transfer.InstructionMissing
		}
		if instr.Kind == transfer.OnlyListed && len(instr.Countries) == 0 {
			block &^= 1 << transfer.InstructionNotListed
		}
		if block != 0 {
			r.Add(&transferNotAllowed, path(), locationArg(*loc), date, reasonsArg(block))
		}
	default:
		if c := caveatsOf(v.Reasons); c != 0 {
			r.Add(&transferCaveat, path(), locationArg(*loc), reasonsArg(c))
		}
	}
}

// blockingReasons holds every reason that blocks a transfer.
var blockingReasons = func() transfer.Reasons {
	var rs transfer.Reasons
	for x := transfer.Reason(0); x.Valid(); x++ {
		if x.Blocking() {
			rs |= 1 << x
		}
	}
	return rs
}()

// caveats are the reasons that allow a transfer but call for a check: a
// decision with a limited scope, a mechanism that needs the supervisory
// authority's authorisation, or an Art. 49 derogation.
var caveats = [...]transfer.Reason{transfer.AdequacyPartialScope, transfer.AuthorisationNeeded, transfer.DerogationApplies}

func caveatsOf(rs transfer.Reasons) transfer.Reasons {
	var out transfer.Reasons
	for _, c := range caveats {
		if rs.Has(c) {
			out |= 1 << c
		}
	}
	return out
}

// checkSecurity weighs Annex A's data against Annex C's security: special
// categories and criminal data call for at least a considerable level,
// national identity numbers and other sensitive data or data of a highly
// personal nature for at least a basic level; the risk scoring must not leave out what Annex A lists; and
// the audit form must match the level.
func (a *Agreement) checkSecurity(r finding.Reporter) {
	proc := &a.Annexes.A
	sec := &a.Annexes.C.Security
	special, criminal := false, false
	for i := range proc.Groups {
		g := &proc.Groups[i]
		special = special || len(g.Special) > 0 || g.SpecialUnnamed
		criminal = criminal || g.Criminal
	}
	confidential := proc.Confidential()
	if sec.Level.Valid() {
		switch {
		case (special || criminal) && sec.Level.Rank() < security.Considerable.Rank():
			r.Add(&levelTooLowForData, "/annexes/c/security/level", dataArg{special, criminal}, security.Considerable, sec.Level)
		case confidential && sec.Level.Rank() < security.Basic.Rank():
			r.Add(&levelTooLowForData, "/annexes/c/security/level", dataArg{false, false}, security.Basic, sec.Level)
		}
		// One procedure that gives enough evidence is enough: a yearly
		// report next to an inspection right (seed 004 C.7) passes on the
		// report. Otherwise the first procedure with a form is reported.
		first, enough := -1, false
		for i, au := range a.Annexes.C.Audits {
			if !au.Form.Valid() {
				continue
			}
			if first < 0 {
				first = i
			}
			enough = enough || sec.AuditPolicy.Accepts(au.Form, sec.Level)
		}
		if first >= 0 && !enough {
			f := a.Annexes.C.Audits[first].Form
			r.Add(&auditBelowLevel, "/annexes/c/audits/"+strconv.Itoa(first)+"/form", f, sec.Level)
		}
	}
	if sec.Risk.Subjects != "" && len(proc.Groups) > 0 { // no groups is reported once, as processing.data-subjects-missing
		if !special && sec.Risk.SpecialCategories {
			r.Add(&riskUnsupported, "/annexes/c/security/risk/specialCategories", dataArg{true, false})
		}
		if !confidential && sec.Risk.Confidential {
			r.Add(&riskUnsupported, "/annexes/c/security/risk/confidential", dataArg{false, false})
		}
		if special && !sec.Risk.SpecialCategories {
			r.Add(&riskInconsistent, "/annexes/c/security/risk/specialCategories", dataArg{true, false})
		}
		if confidential && !sec.Risk.Confidential {
			r.Add(&riskInconsistent, "/annexes/c/security/risk/confidential", dataArg{false, false})
		}
	}
}

// The message arguments below write themselves in the finding's language.

// locationArg is where processing takes place, with its preposition:
// "in the United States", "at the European Patent Organisation", "i USA".
type locationArg transfer.Location

func (l locationArg) In(lang i18n.Lang) string {
	loc := transfer.Location(l)
	if loc.Organisation != "" {
		name := loc.In(lang)
		if (lang == i18n.EN || lang == "") && !strings.HasPrefix(name, "The ") {
			name = "the " + name
		}
		return prepositions[lang][1] + name
	}
	name := loc.Country.In(lang)
	if lang == i18n.EN || lang == "" {
		name = withArticle(name)
	}
	if loc.Place != "" {
		name = loc.Place + ", " + name
	}
	return prepositions[lang][0] + name
}

// withArticle returns an English country name with "the" in front when
// English uses the article with it: "the United States", "the
// Netherlands", "the Isle of Man"; other names as they are.
func withArticle(name string) string {
	switch {
	case strings.HasPrefix(name, "United "), strings.HasPrefix(name, "Republic of "),
		strings.HasSuffix(name, " Islands"), strings.HasSuffix(name, " Republic"), strings.HasSuffix(name, " Territories"):
	default:
		switch name {
		case "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Seychelles", "Comoros",
			"Isle of Man", "Vatican City", "Faroe Islands", "Caribbean Netherlands", "European Union":
		default:
			return name
		}
	}
	return "the " + name
}

// prepositions are "in" a country and "at" an organisation, per language.
var prepositions = map[i18n.Lang][2]string{
	"": {"in ", "at "}, i18n.EN: {"in ", "at "}, i18n.SV: {"i ", "hos "}, i18n.NB: {"i ", "hos "}, i18n.DA: {"i ", "hos "},
}

// reasonsArg writes the reasons as sentences, one after the other.
type reasonsArg transfer.Reasons

func (rs reasonsArg) In(lang i18n.Lang) string { return transfer.Reasons(rs).In(lang) }

// moduleArg names the direction an SCC module is for.
type moduleArg int

func (m moduleArg) In(lang i18n.Lang) string {
	var t i18n.Text
	switch m {
	case 1:
		t = msg("from controller to controller", "från personuppgiftsansvarig till personuppgiftsansvarig",
			"fra behandlingsansvarlig til behandlingsansvarlig", "fra dataansvarlig til dataansvarlig")
	case 2:
		t = msg("from controller to processor", "från personuppgiftsansvarig till personuppgiftsbiträde",
			"fra behandlingsansvarlig til databehandler", "fra dataansvarlig til databehandler")
	case 4:
		t = msg("from processor to controller", "från personuppgiftsbiträde till personuppgiftsansvarig",
			"fra databehandler til behandlingsansvarlig", "fra databehandler til dataansvarlig")
	default:
		t = msg("from processor to processor", "från personuppgiftsbiträde till personuppgiftsbiträde",
			"fra databehandler til databehandler", "fra databehandler til databehandler")
	}
	return t.In(lang)
}

// dataArg names the sensitive data Annex A lists.
type dataArg struct{ special, criminal bool }

func (d dataArg) In(lang i18n.Lang) string {
	var t i18n.Text
	switch {
	case d.special:
		t = msg("special categories of personal data", "särskilda kategorier av personuppgifter",
			"særlige kategorier av personopplysninger", "særlige kategorier af personoplysninger")
	case d.criminal:
		t = msg("personal data relating to criminal convictions and offences", "personuppgifter som rör lagöverträdelser",
			"personopplysninger om straffedommer og lovovertredelser", "oplysninger om strafbare forhold")
	default:
		t = msg("national identity numbers or other sensitive data or data of a highly personal nature", "personnummer eller andra skyddsvärda uppgifter",
			"fødselsnummer eller andre opplysninger som krever særlig beskyttelse", "CPR-numre eller andre fortrolige oplysninger")
	}
	return t.In(lang)
}
