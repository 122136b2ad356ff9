package render

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/visible"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// annexSection starts an annex ("A"…"E").
func (b *builder) annexSection(letter Annex, id string, headingKey key) *Section {
	s := b.newSection(Section{ID: id, Heading: b.t(headingKey), Annex: true, Number: string(letter)})
	b.doc.Sections = append(b.doc.Sections, s)
	return s
}

// sub adds a subsection such as "A.3" to an annex.
func (b *builder) sub(parent *Section, id string, headingKey key) *Section {
	var number string
	if parent.Number != "" {
		number = parent.Number + "." + strconv.Itoa(len(parent.Sections)+1)
	}
	s := b.newSection(Section{ID: id, Heading: b.t(headingKey), Annex: true, Number: number})
	parent.Sections = append(parent.Sections, s)
	return s
}

func (b *builder) annexes() {
	if b.opts.wants(AnnexA) {
		b.annexA()
	}
	if b.opts.wants(AnnexB) {
		b.annexB()
	}
	if b.opts.wants(AnnexC) {
		b.annexC()
	}
	if b.opts.wants(AnnexD) {
		b.annexD()
	}
	if b.opts.wants(AnnexE) {
		b.annexE()
	}
}

func (b *builder) annexA() {
	p := b.a.Annexes.A
	s := b.annexSection(AnnexA, "annex-a", kAnnexA)
	// Where the sixth item of Art. 28(3), the subject-matter, is (review
	// 18 en R11): in C.1, unless this annex states it itself (review 21
	// nb R2).
	own := p.OwnSubject()
	if own {
		b.say(s, kAIntroOwn)
	} else {
		b.say(s, kAIntro)
	}
	if own {
		// First, as Art. 28(3) names it first (review 24 sv R16, nb R17,
		// da R17); no clause cites the numbers of Annex A's parts.
		b.paraText(b.sub(s, "annex-a-subject", kASubject), p.Subject, "/annexes/a/subject", kBlankDescription)
	}
	b.paraText(b.sub(s, "annex-a-purpose", kAPurpose), p.Purpose, "/annexes/a/purpose", kBlankDescription)
	b.paraText(b.sub(s, "annex-a-nature", kANature), p.Nature, "/annexes/a/nature", kBlankDescription)
	data := b.sub(s, "annex-a-data", kAData)
	t := b.tables.take(Table{ID: "annex-a-data-table", Header: b.header(b.t(kColGroup), b.t(kColOrdinary), b.t(kColSpecial),
		b.t(kColCriminal), b.t(kColNationalid), b.t(kColConfidential))})
	for i, g := range p.Groups {
		path := "/annexes/a/groups/" + strconv.Itoa(i)
		var ordinary, special, confidential []string
		for _, d := range g.Ordinary {
			ordinary = append(ordinary, midList(len(ordinary), clean(d.In(b.l))))
		}
		if t := b.text(g.OtherOrdinary, path+"/otherOrdinary", noKey); t != "" {
			ordinary = append(ordinary, t)
		}
		for _, c := range g.Special {
			special = append(special, midList(len(special), clean(c.In(b.l))))
		}
		if g.SpecialUnnamed {
			// Special categories said to be processed but not named are a
			// blank, never a finished phrase (review 3: nb R5, sv R6, da R8).
			special = append(special, b.blank(path+"/specialUnnamed", kASpecialUnnamed))
		}
		for _, d := range g.Confidential {
			confidential = append(confidential, midList(len(confidential), clean(d.In(b.l))))
		}
		if t := b.text(g.OtherConfidential, path+"/otherConfidential", noKey); t != "" {
			confidential = append(confidential, t)
		}
		t.Rows = append(t.Rows, b.row(
			b.textCell(g.Name, path+"/name", kBlankGroup),
			b.cell(b.listOrNone(ordinary)), b.cell(b.listOrNone(special)),
			b.cell(b.yesNo(g.Criminal)), b.cell(b.nationalID(g.NationalID)), b.cell(b.listOrNone(confidential)),
		))
	}
	if len(p.Groups) == 0 {
		// A draft without groups still shows every kind of data the
		// agreement must state (Art. 28(3): the type of personal data), each
		// a blank to describe; the group's blank records the gap.
		fill := b.cell(blank(b.t(kBlankDescription)))
		t.Rows = append(t.Rows, b.row(b.cell(b.blank("/annexes/a/groups", kBlankGroup)), fill, fill, fill, fill, fill))
	}
	data.Blocks = append(data.Blocks, t)
	subjects := b.sub(s, "annex-a-subjects", kASubjects)
	var names []string
	for i, g := range p.Groups {
		names = append(names, b.text(g.Name, "/annexes/a/groups/"+strconv.Itoa(i)+"/name", kBlankGroup))
	}
	if len(names) > 0 {
		b.list(subjects, false, names...)
	} else {
		b.para(subjects, b.blank("/annexes/a/groups", kBlankGroup))
	}
	b.paraText(b.sub(s, "annex-a-duration", kADuration), p.Duration, "/annexes/a/duration", kBlankDescription)
	if b.has(p.Deletion) {
		b.paraText(b.sub(s, "annex-a-deletion", kADeletion), p.Deletion, "/annexes/a/deletion", noKey)
	}
}

// midList lower-cases the first letter of a built-in category name that
// stands at index i of a cell's running list, after the first item: the
// names are capitalised for the start of a cell. The parties' own text is
// never passed here, since its capitals may be proper nouns.
// A name that starts with an abbreviation ("IP-adresse") keeps it.
func midList(i int, name string) string {
	if i == 0 {
		return name
	}
	r, n := utf8.DecodeRuneInString(name)
	if next, _ := utf8.DecodeRuneInString(name[n:]); unicode.IsUpper(r) && unicode.IsUpper(next) {
		return name
	}
	return lowerFirst(name)
}

// art32Headings are the headings of GDPR Art. 32(1)(a) to (d), under
// which Annex C.2 asks for the measures when the parties have named none.
var art32Headings = []key{kCArt32A, kCArt32B, kCArt32C, kCArt32D}

func (b *builder) listOrNone(items []string) string {
	if len(items) == 0 {
		return b.t(kLabelNone)
	}
	return b.strs.join(", ", items)
}

// nationalIDs names the national identification numbers of a country,
// by the key of its name, for A.3 (review 3 sv R7: a bare "Yes" does not
// say which number). Sources: Swedish folkbokföringslagen (1991:481),
// 18 and 18 a §§ (personnummer, samordningsnummer),
// https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/folkbokforingslag-1991481_sfs-1991-481/,
// with the Swedish rule under Art. 87, lag (2018:218) 3 kap. 10 §,
// https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2018218-med-kompletterande-bestammelser_sfs-2018-218/;
// Norwegian folkeregisterloven § 2-2 (fødselsnummer, d-nummer),
// https://lovdata.no/dokument/NL/lov/2016-12-09-88, with the Norwegian
// rule under Art. 87, personopplysningsloven § 12,
// https://lovdata.no/dokument/NL/lov/2018-06-15-38 (review 39 sv R14);
// Danish CPR-loven § 3 (personnummer, CPR-nummer),
// https://www.retsinformation.dk/eli/lta/2017/646, with the Danish rule
// under Art. 87, databeskyttelsesloven § 11,
// https://www.retsinformation.dk/eli/lta/2018/502 (review 20 da R12);
// Finnish laki väestötietojärjestelmästä (661/2009) § 11
// (henkilötunnus), https://www.finlex.fi/fi/laki/ajantasa/2009/20090661.
var nationalIDs = map[transfer.Country]key{
	"SE": kANationalidSe,
	"NO": kANationalidNo,
	"DK": kANationalidDk,
	"FI": kANationalidFi,
}

// nationalID says whether national identification numbers are processed
// and, where the first controller's country has one, which.
func (b *builder) nationalID(v bool) string {
	if !v {
		return b.t(kLabelNone)
	}
	if len(b.a.Controllers) > 0 {
		if k, ok := nationalIDs[b.a.Controllers[0].Address.Country.Normalize()]; ok {
			return b.t(kANationalidYes, b.t(k))
		}
	}
	return b.t(kLabelYes)
}

func (b *builder) yesNo(v bool) string {
	if v {
		return b.t(kLabelYes)
	}
	return b.t(kLabelNone)
}

// authorisationName names a form of authorisation as Annex B.1 does.
func (b *builder) authorisationName(a annex.Authorisation) string {
	if a == annex.Specific {
		return b.t(kBSpecific)
	}
	return b.t(kBGeneral)
}

func (b *builder) annexB() {
	sp := b.a.Annexes.B
	s := b.annexSection(AnnexB, "annex-b", kAnnexB)
	terms := b.sub(s, "annex-b-terms", kBTerms)
	auth := b.t(kLabelNone)
	switch sp.Authorisation {
	case annex.Specific:
		auth = b.t(kBSpecific)
	case annex.General:
		auth = b.t(kBGeneral)
	}
	tt := b.tables.take(Table{ID: "annex-b-terms-table", Header: b.header(b.t(kColTerm), b.t(kColValue))})
	tt.Rows = append(tt.Rows, b.row(b.tcell(kBAuthorisation), b.cell(auth)))
	// Sub-processors authorised otherwise than the agreement's rule, by
	// name, so that B.1 does not contradict the clause.
	var others []string
	for i := range sp.Entries {
		e := &sp.Entries[i]
		own := e.Authorisation != "" && e.Authorisation != sp.Authorisation
		engages := e.Engages != "" && e.Engages != sp.Authorisation
		if !own && !engages {
			continue
		}
		name := b.value(e.Name, "/annexes/b/entries/"+strconv.Itoa(i)+"/name", kBlankName)
		if own {
			others = append(others, name+": "+b.authorisationName(e.Authorisation))
		}
		if engages {
			others = append(others, b.t(kBEngages, name)+": "+b.authorisationName(e.Engages))
		}
	}
	if len(others) > 0 {
		tt.Rows = append(tt.Rows, b.row(b.tcell(kBAuthorisationOther), b.cell(strings.Join(others, "; "))))
	}
	// A specific authorisation has no time to object (each sub-processor
	// is approved one by one), and notice only when a period is agreed.
	// A general authorisation for a named sub-processor's own
	// sub-processors has the notice and the time to object of any other.
	general := sp.Authorisation != annex.Specific || sp.AnyGeneral()
	notice := b.optPeriod(sp.NoticePeriod)
	if general && sp.Authorisation != "" && sp.NoticePeriod.IsZero() && (!sp.ObjectionWindow.IsZero() || hasEntryWindows(sp)) {
		notice = b.t(kBNoticeAdvance)
	}
	if general || !sp.NoticePeriod.IsZero() {
		tt.Rows = append(tt.Rows, b.row(b.tcell(kBNotice), b.cell(notice)))
	}
	objection := b.optPeriod(sp.ObjectionWindow)
	if sp.ObjectionWindow.IsZero() && hasEntryWindows(sp) {
		objection = b.t(kBObjectionEntries)
	}
	if general {
		label := kBObjection
		if sp.Grounds() == annex.ReasonableGrounds {
			label = kBObjectionGrounds
		}
		tt.Rows = append(tt.Rows, b.row(b.tcell(label), b.cell(objection)))
	}
	terms.Blocks = append(terms.Blocks, tt)

	list := b.sub(s, "annex-b-list", kBList)
	if len(sp.Entries) == 0 {
		b.say(list, kBEmpty)
		return
	}
	// The period column promises exit arrangements only when some entry
	// has them (review 11 en R12, sv R16).
	period := kColPeriodOnly
	for i := range sp.Entries {
		if !sp.Entries[i].Exit.IsZero() {
			period = kColPeriod
			break
		}
	}
	t := b.tables.take(Table{ID: "annex-b-table", Header: b.header(b.t(kColName), b.t(kColOrgid), b.t(kColAddress), b.t(kColActivity),
		b.t(kColLocations), b.t(kColBasis), b.t(kColEngagedby), b.t(period))})
	if n := len(sp.Entries); n > 0 {
		t.Keys, t.Rows = make([]string, 0, n), b.tableRows(n) // Keys stays nil without rows
	}
	for i := range sp.Entries {
		e := &sp.Entries[i]
		path := "/annexes/b/entries/" + strconv.Itoa(i)
		var buf [4]string // on the stack: Join keeps nothing
		locs := buf[:0]
		for _, loc := range e.Locations {
			locs = append(locs, b.locationName(loc))
		}
		basis := b.t(kTransferBasisEea)
		if b.outsideEEA(e) {
			basis = b.basis(e.Transfer)
		}
		orgID := b.entryOrgID(e.OrgID)
		t.Keys = append(t.Keys, e.ID)
		t.Rows = append(t.Rows, b.row(
			b.strongCell(b.value(e.Name, path+"/name", kBlankName)), b.cell(orgID), b.cell(b.address(e.Address)),
			b.textCell(e.Activity, path+"/activity", kBlankDescription), b.cell(strings.Join(locs, "; ")),
			b.cell(basis), b.cell(b.engagedBy(e.EngagedBy)), b.cell(b.engagedOrNone(e)),
		))
	}
	list.Blocks = append(list.Blocks, t)
}

// engaged says from and until which day entry e is engaged and, for one
// that leaves, what it shall do with the personal data it holds (its
// [annex.Exit]); "" when the agreement gives none of these.
func (b *builder) engaged(e *annex.SubProcessor) string {
	period := ""
	switch {
	case e.Since.Valid() && e.Until.Valid():
		period = b.t(kBSinceUntil, b.date(e.Since), b.date(e.Until))
	case e.Since.Valid():
		period = b.t(kBSince, b.date(e.Since))
	case e.Until.Valid():
		period = b.t(kBUntil, b.date(e.Until))
	}
	exit := b.exit(e.Exit)
	switch {
	case period == "":
		return exit
	case exit == "":
		return period
	}
	return period + "; " + exit
}

// engagedOrNone is engaged, or the mark for none where the agreement
// gives no period or exit terms: an empty cell read as a blank left open
// (review 34 sv R12, review 36 en R17).
func (b *builder) engagedOrNone(e *annex.SubProcessor) string {
	if s := b.engaged(e); s != "" {
		return s
	}
	return b.t(kLabelNone)
}

// exit says what a sub-processor that leaves shall do with the personal
// data it holds, and by when; "" when the agreement does not say.
func (b *builder) exit(x annex.Exit) string {
	by := ""
	if x.By.Valid() {
		by = b.date(x.By)
	}
	switch {
	case x.Action == annex.ExitDelete && by != "":
		return b.t(kBExitDeleteBy, by) + "; " + b.t(kBExitConfirm)
	case x.Action == annex.ExitDelete:
		return b.t(kBExitDelete) + "; " + b.t(kBExitConfirm)
	case x.Action == annex.ExitReturn && by != "":
		return b.t(kBExitReturnBy, by) + "; " + b.t(kBExitConfirm)
	case x.Action == annex.ExitReturn:
		return b.t(kBExitReturn) + "; " + b.t(kBExitConfirm)
	case x.Action == annex.ExitTransfer && by != "":
		return b.t(kBExitTransferBy, by) + "; " + b.t(kBExitConfirm)
	case x.Action == annex.ExitTransfer:
		return b.t(kBExitTransfer) + "; " + b.t(kBExitConfirm)
	}
	return ""
}

func (b *builder) outsideEEA(e *annex.SubProcessor) bool {
	for _, loc := range e.Locations {
		if !loc.EEA() {
			return true
		}
	}
	return false
}

func (b *builder) engagedBy(id string) string {
	if id == "" {
		return b.t(kLabelProcessor)
	}
	if b.index == nil {
		b.index = b.a.Annexes.B.Index()
	}
	if i, ok := b.index[id]; ok {
		return clean(b.a.Annexes.B.Entries[i].Name)
	}
	return clean(id)
}

func (b *builder) optPeriod(p civil.Period) string {
	if p.IsZero() || !p.Valid() {
		return b.t(kLabelNone)
	}
	// Spelled as the clauses spell the same period ("ten days"), so that
	// clause 7 and Annex B write it alike (review 10 en R7).
	return b.spelled(p)
}

func (b *builder) annexC() {
	c := b.a.Annexes.C
	s := b.annexSection(AnnexC, "annex-c", kAnnexC)
	subject := kCSubject
	if b.a.Annexes.A.OwnSubject() {
		subject = kCInstructions
	}
	b.paraText(b.sub(s, "annex-c-subject", subject), c.Subject, "/annexes/c/subject", kBlankDescription)

	sec := b.sub(s, "annex-c-security", kCSecurity)
	if r := c.Security.Risk; r.Subjects != "" {
		b.say(sec, kCRiskIntro)
		rt := b.tables.take(Table{ID: "annex-c-risk-table", Header: b.header(b.t(kColFactor), b.t(kColAssessment), b.t(kColPoints))})
		band := clean(string(r.Subjects))
		if d, ok := r.Subjects.Def(); ok {
			band = d.Name.In(b.l)
		}
		rt.Rows = append(rt.Rows,
			b.row(b.tcell(kCRiskSubjects), b.cell(band), b.cell(strconv.Itoa(r.Subjects.Points()))),
			b.row(b.tcell(kCRiskSpecial), b.cell(b.yesNo(r.SpecialCategories)), b.cell(strconv.Itoa(boolPoints(r.SpecialCategories, security.PointsSpecialCategories)))),
			b.row(b.tcell(kCRiskConfidential), b.cell(b.yesNo(r.Confidential)), b.cell(strconv.Itoa(boolPoints(r.Confidential, security.PointsConfidential)))),
			b.row(b.tcell(kCRiskProcessing), b.cell(b.yesNo(r.SpecialProcessing)), b.cell(strconv.Itoa(boolPoints(r.SpecialProcessing, security.PointsSpecialProcessing)))),
			b.row(b.strongCell(b.t(kCRiskTotal)), b.strongCell(b.levelName(r.Level())), b.strongCell(strconv.Itoa(r.Score()))))
		sec.Blocks = append(sec.Blocks, rt)
		// The score is a contractual tool: it does not displace the
		// controller's own assessment of the risk (review 3 sv R28).
		// A higher risk the controller shows makes the Art. 32 measures
		// for it owed; what goes beyond them follows clause 13's rule on
		// further measures, cited by its number (review 10 da R1).
		if b.furtherCosts != "" {
			b.say(sec, kCRiskOwn, clean(b.furtherCosts))
		} else {
			b.say(sec, kCRiskOwnUnnumbered)
		}
	}
	if c.Security.Level != "" {
		b.say(sec, kCLevel, strong(b.levelWord(c.Security.Level)))
		// The level is defined where it is agreed: its name alone says
		// nothing about the risk it answers (security.Levels).
		if d, ok := c.Security.Level.Def(); ok {
			// After "defined as follows:" the definition goes on the
			// sentence, so it starts in lower case (review 39 en R19).
			b.say(sec, kCLevelMeans, lowerFirst(d.Description.In(b.l)))
		}
	}
	b.say(sec, kCMeasures)
	mt := b.tables.take(Table{ID: "annex-c-measures-table", Header: b.header(b.t(kColMeasure), b.t(kColRequirements))})
	n := 0
	for _, d := range security.Catalogue {
		if c.Security.Measures.Has(d.ID) {
			n++
		}
	}
	mt.Rows = b.tableRows(n)
	for _, d := range security.Catalogue {
		if !c.Security.Measures.Has(d.ID) {
			continue
		}
		mt.Rows = append(mt.Rows, b.row(b.strongCell(d.Name.In(b.l)), b.measure(c.Security.Measures, d)))
	}
	if len(mt.Rows) == 0 {
		// Without measures, one row per heading of Art. 32(1), each with
		// its requirements to fill in, so that a draft still prompts the
		// parties (review 6 nb R2).
		for _, k := range art32Headings {
			mt.Rows = append(mt.Rows, b.row(b.strongCell(b.t(k)), b.cell(b.blank("/annexes/c/security/measures", kBlankRequirements))))
		}
	}
	// The parties' own headings still to fill in stand among the minimum
	// measures, so that clause 1's rule on such blanks reaches them
	// (review 42 en R4, sv R5; seed 003's Vedlegg 2).
	for i, h := range c.Security.OpenHeadings {
		at := "/annexes/c/security/openHeadings/" + strconv.Itoa(i)
		mt.Rows = append(mt.Rows, b.row(b.textCell(h, at, kBlankDescription), b.cell(b.blank(at, kBlankRequirements))))
	}
	sec.Blocks = append(sec.Blocks, mt)
	// Measures left to the risk stand apart from the agreed minimum,
	// which the table's intro calls "at least" (review 22 sv R3).
	var assess []string
	for _, d := range security.Catalogue {
		if slices.Contains(c.Security.Assess, d.ID) && !c.Security.Measures.Has(d.ID) {
			assess = append(assess, d.Name.In(b.l))
		}
	}
	switch intro, record := kCAssess, kCAssessRecord; len(assess) {
	case 0:
	case 1:
		intro, record = kCAssessOne, kCAssessRecordOne
		fallthrough
	default:
		b.say(sec, intro)
		b.list(sec, false, assess...)
		b.say(sec, record)
	}
	b.optPara(sec, c.Security.Note, "/annexes/c/security/note")

	as := b.sub(s, "annex-c-assistance", kCAssistance)
	// Only the parties' own arrangements: the obligations and the deadline
	// for forwarding requests stand once, in clauses 9 to 11.
	// With more than the requests paragraph, each arrangement stands under
	// its own sub-heading, after the clause it belongs to (9, 11, 10), so
	// that the same words in two of them do not read as one rule twice.
	if b.has(c.Assistance.Breach) || b.has(c.Assistance.ImpactAssessment) {
		b.paraText(b.sub(as, "annex-c-assistance-requests", kCAssistanceRequests), c.Assistance.DataSubjectRequests, "/annexes/c/assistance/dataSubjectRequests", kBlankDescription)
		if b.has(c.Assistance.Breach) {
			b.paraText(b.sub(as, "annex-c-assistance-breach", kCAssistanceBreach), c.Assistance.Breach, "/annexes/c/assistance/breach", noKey)
		}
		if b.has(c.Assistance.ImpactAssessment) {
			b.paraText(b.sub(as, "annex-c-assistance-impact", kCAssistanceImpact), c.Assistance.ImpactAssessment, "/annexes/c/assistance/impactAssessment", noKey)
		}
	} else {
		b.paraText(as, c.Assistance.DataSubjectRequests, "/annexes/c/assistance/dataSubjectRequests", kBlankDescription)
	}

	ret := b.sub(s, "annex-c-retention", kCRetention)
	if b.has(c.Retention) {
		b.paraText(ret, c.Retention, "/annexes/c/retention", noKey)
	} else {
		b.say(ret, kCRetentionNone)
	}

	loc := b.sub(s, "annex-c-locations", kCLocations)
	// Without places of its own the instruction must not confine the
	// processor to the sub-processors' sites (with none, to nowhere:
	// review 3, all four R1). Where all processing stays in the EU/EEA,
	// that is the processor's place; otherwise the place is a blank that
	// validation reports (annex.CodeLocationsMissing).
	var places []string
	for _, l := range c.Locations {
		places = append(places, b.locationName(l))
	}
	switch {
	case len(places) > 0:
		b.say(loc, kCLocationsIntro)
		b.list(loc, false, places...)
	case c.Transfers.Kind == transfer.NoThirdCountries:
		b.say(loc, kCLocationsEea)
	default:
		b.say(loc, kCLocationsIntro)
		b.list(loc, false, b.blank("/annexes/c/locations", kBlankLocations))
	}

	tr := b.sub(s, "annex-c-transfers", kCTransfers)
	// The instruction's operative sentence, not the name of the option a
	// form offers (review 6, sv R11).
	// With a list of countries the annex gives the instruction as clause 8
	// does, naming the countries in the sentence: all in the EU/EEA, it
	// forbids transfers outright instead of speaking of a listed third
	// country there is none of (review 7, nb R3).
	d, ok := c.Transfers.Kind.Def()
	switch {
	case c.Transfers.Kind == transfer.OnlyListed:
		countries := b.joinList(b.countryNames(c.Transfers.Countries))
		switch {
		case b.transferRule != "":
			// Clause 8 gives the instruction; the annex refers to it, so
			// that the two cannot come to differ (review 10 sv R3).
			b.say(tr, kCTransfersRef, clean(b.transferRule))
		case countries == "":
			b.say(tr, kTransfersListed, b.blank("/annexes/c/transfers/countries", kBlankCountries))
		case allEEA(c.Transfers.Countries) && !b.recipientsOutsideEEA():
			b.say(tr, kTransfersListedEea, countries)
		default:
			b.say(tr, kTransfersListed, countries)
		}
	case ok:
		b.para(tr, d.Description.In(b.l))
	default:
		b.para(tr, b.blank("/annexes/c/transfers/kind", kBlankInstruction))
	}
	if c.Transfers.Kind != transfer.OnlyListed && len(c.Transfers.Countries) > 0 {
		b.say(tr, kCTransfersCountries, b.joinList(b.countryNames(c.Transfers.Countries)))
	}

	au := b.sub(s, "annex-c-audit", kCAudit)
	if len(c.Audits) == 0 {
		b.noAudit(au)
	}
	if len(c.Audits) > 1 {
		// Several procedures: each gets its own sub-heading, so that what
		// one says on frequency, auditor, report, costs and notice is not
		// read as a rule for the others.
		b.say(au, kCAuditSeveral)
	}
	// Every procedure has its own sub-heading, a single one too, so that
	// C.7.1 is always a procedure and the follow-up always comes after the
	// procedures (review 20 da R11).
	for i, a := range c.Audits {
		b.auditParas(b.auditSub(au, a, i), a, "/annexes/c/audits/"+strconv.Itoa(i), true)
	}
	// What follows a finding applies to every procedure (review 3 da R10),
	// under its own sub-heading even after a single procedure, so that it
	// is not read as part of the parties' text for that procedure (review
	// 18 en R12).
	if len(c.Audits) > 0 {
		b.auditFollowup(b.sub(au, "annex-c-audit-followup", kCAuditFollowupHeading))
	}
	// Audits of sub-processors: with none agreed, the default rule of
	// Art. 28(4) stands, so that the annex the audit clause refers to is
	// never silent on them (da re-review R17).
	sa := b.sub(s, "annex-c-subaudit", kCSubaudit)
	if len(c.SubProcessorAudits) == 0 {
		b.say(sa, kCSubauditDefault)
	}
	for i, a := range c.SubProcessorAudits {
		b.auditParas(sa, a, "/annexes/c/subProcessorAudits/"+strconv.Itoa(i), false)
	}
}

// auditFollowup says how a deviation an audit finds is corrected: within
// the period clause 14 agrees, if it agrees one, and otherwise without
// undue delay, the words clause 14 uses too, so that the clause and the
// annex set one deadline (review 4 nb R3).
func (b *builder) auditFollowup(s *Section) {
	if p := b.a.Clauses.Remedies.CorrectWithin; !p.IsZero() && p.Valid() {
		b.say(s, kCAuditFollowupWithin, b.spelled(p))
		return
	}
	b.say(s, kCAuditFollowup)
}

// auditSub adds the sub-section of audit procedure i of parent, headed by
// the procedure's form (the parties' own name for a form the catalogue
// lacks) or, with no form yet, by a generic heading.
func (b *builder) auditSub(parent *Section, a annex.Audit, i int) *Section {
	heading := b.t(kCAuditProcedure)
	if a.Performer == annex.ProcessorAudits {
		heading = b.t(kCAuditInternal)
	}
	if a.Form != "" {
		heading = clean(a.Form.In(b.l))
	}
	number := ""
	if parent.Number != "" {
		number = parent.Number + "." + strconv.Itoa(len(parent.Sections)+1)
	}
	s := b.newSection(Section{ID: parent.ID + "-procedure-" + strconv.Itoa(i+1), Heading: heading, Annex: true, Number: number})
	parent.Sections = append(parent.Sections, s)
	return s
}

func boolPoints(v bool, p int) int {
	if v {
		return p
	}
	return 0
}

// measure describes a required measure's parameters and the parties'
// note on it in a table cell; with neither, the catalogue's description of
// the measure. The parameters are those of the field's type, which
// security.Requirements.Measure hands back, so the measures that share a
// type (every *security.Measure, both encryptions) share their case.
func (b *builder) measure(r security.Requirements, d security.MeasureDef) Cell {
	var parts []string
	add := func(k key, args ...string) { parts = append(parts, b.t(k, args...)) }
	every := func(k key, p civil.Period) {
		if !p.IsZero() && p.Valid() {
			add(k, b.frequency(p))
		}
	}
	var note i18n.Text
	v, _ := r.Measure(d.ID)
	switch m := v.(type) {
	case *security.Measure:
		note = m.Note
	case *security.Encryption:
		note = m.Note
		// The standard is free text: in another language it is marked
		// as such, as a note is (en R15, da R13).
		if t := b.text(m.Standard, measurePathOf(d.ID).standard, noKey); t != "" {
			add(kMStandard, t)
		}
	case *security.AccessControl:
		note = m.Note
		every(kMReview, m.ReviewInterval)
		// The lockout after failed log-ins is kept with the logging
		// requirements in the model, but it controls access, and a reader
		// looks for it here (nb R23).
		if v, ok := r.Measure(security.MeasureLogging); ok {
			if l, ok := v.(*security.Logging); ok && l.LockoutAfterFailures > 0 {
				add(kMLogLockout, b.counted(l.LockoutAfterFailures))
			}
		}
	case *security.Logging:
		note = m.Note
		if len(m.Content) > 0 {
			var fields []string
			for _, f := range m.Content {
				name := clean(string(f))
				if fd, ok := f.Def(); ok {
					name = lowerFirst(fd.Name.In(b.l))
				}
				fields = append(fields, name)
			}
			add(kMLogContent, b.joinList(fields))
		}
		// How long the logs are kept is a fact to agree, never "the
		// agreed period" of the description: a blank when it is missing.
		// The bound says whether it is a minimum, a maximum or both.
		k := kMLogRetention
		switch m.RetentionBound {
		case security.AtLeast:
			k = kMLogRetentionAtleast
		case security.AtMost:
			k = kMLogRetentionAtmost
		case security.Exactly:
			k = kMLogRetentionExactly
			// The parties' text may let the logs be kept longer (an
			// investigation, seed 004): "then deleted" yields to it.
			if b.has(m.Note) {
				k = kMLogRetentionExactlyNote
			}
		}
		add(k, b.period(m.Retention, "/annexes/c/security/measures/logging/retention", kBlankPeriod))
		if m.SpotChecks {
			add(kMLogSpotchecks)
		}
		if m.ChecksDocumented {
			add(kMLogDocumented)
		}
		if m.LockoutAfterFailures > 0 && !r.Has(security.MeasureAccessControl) {
			add(kMLogLockout, b.counted(m.LockoutAfterFailures))
		}
	case *security.Backup:
		note = m.Note
		every(kMBackupEvery, m.Interval)
		every(kMBackupRestore, m.RestoreTestInterval)
	case *security.Continuity:
		note = m.Note
		every(kMExercise, m.ExerciseInterval)
	case *security.RemoteWork:
		note = m.Note
		if m.VPN {
			add(kMRemoteVpn)
		}
		if m.MFA {
			add(kMRemoteMfa)
		}
	case *security.Patching:
		note = m.Note
		// A deadline, not a frequency. Without one, and without a note
		// of the parties saying how fast, a blank: the description's
		// "promptly" alone would leave critical updates with no time.
		if p := m.CriticalWithin; (!p.IsZero() && p.Valid()) || !b.has(m.Note) {
			add(kMPatchWithin, b.period(p, "/annexes/c/security/measures/patching/criticalWithin", kBlankPeriod))
		}
	case *security.Training:
		note = m.Note
		every(kMTrainingEvery, m.Interval)
	case *security.MobileMedia:
		note = m.Note
		if m.Encrypted {
			add(kMMediaEncrypted)
		}
		if m.Register {
			add(kMMediaRegister)
		}
	case *security.Disposal:
		note = m.Note
		// What is required is that the data cannot be recovered; the
		// record of it comes second (review 3 da R2).
		add(kMDisposalWipe)
		if m.Documented {
			add(kMDisposalDocumented)
		}
	case *security.Testing:
		note = m.Note
		every(kMTestingEvery, m.Interval)
	}
	start := len(b.spanSlab)
	if len(parts) > 0 {
		b.spanSlab = appendSpans(b.spanSlab, sentenceOf(&b.strs, parts))
	}
	if b.has(note) {
		if len(parts) > 0 {
			b.spanSlab = append(b.spanSlab, Span{Text: " "})
		}
		b.spanSlab = append(b.spanSlab, b.pick(&note, measurePathOf(d.ID).note, noKey))
	}
	if len(b.spanSlab) == start {
		b.spanSlab = append(b.spanSlab, Span{Text: d.Description.In(b.l)})
	}
	return Cell(b.spanSlab[start:len(b.spanSlab):len(b.spanSlab)])
}

// sentenceOf joins the parts of a measure's requirements with "; " into one
// sentence, its first letter upper case and a full stop at its end, in one
// allocation: the join, the capital and the stop were three, and a seventh
// of the bytes rendering seed 004 allocated.
func sentenceOf(st *strStore, parts []string) string {
	n := len(parts)*2 - 1 // the separators and the stop
	for _, p := range parts {
		n += len(p)
	}
	first, size := utf8.DecodeRuneInString(parts[0])
	up := unicode.ToUpper(first)
	if up == first {
		size = 0 // already upper case, or not a letter: written as it is
	} else {
		n += utf8.RuneLen(up) - size
	}
	b := st.take(n)
	if size > 0 {
		b = utf8.AppendRune(b, up)
	}
	b = append(b, parts[0][size:]...)
	for _, p := range parts[1:] {
		b = append(b, "; "...)
		b = append(b, p...)
	}
	b = append(b, '.')
	return done(b)
}

// measurePath holds the JSON Pointers of a measure's free-text fields.
type measurePath struct{ note, standard string }

// measurePaths are those of every measure of the catalogue, made once
// instead of once per measure and document.
var measurePaths = func() map[security.MeasureID]measurePath {
	m := make(map[security.MeasureID]measurePath, len(security.Catalogue))
	for _, d := range security.Catalogue {
		p := "/annexes/c/security/measures/" + string(d.ID)
		m[d.ID] = measurePath{note: p + "/note", standard: p + "/standard"}
	}
	return m
}()

// measurePathOf returns the paths of measure id, made for a measure the
// catalogue does not have.
func measurePathOf(id security.MeasureID) measurePath {
	if p, ok := measurePaths[id]; ok {
		return p
	}
	p := "/annexes/c/security/measures/" + string(id)
	return measurePath{note: p + "/note", standard: p + "/standard"}
}

// upperFirst and lowerFirst change the case of the first letter, for
// catalogue names that stand at the start of a sentence or inside one.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if u := unicode.ToUpper(r); u != r {
		return string(u) + s[n:]
	}
	return s // already upper case, or empty: no copy
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if l := unicode.ToLower(r); l != r {
		return string(l) + s[n:]
	}
	return s // already lower case, or empty: no copy
}

func (b *builder) annexD() {
	s := b.annexSection(AnnexD, "annex-d", kAnnexD)
	if len(b.a.Annexes.D) == 0 {
		b.say(s, kDNone)
		return
	}
	for i, t := range b.a.Annexes.D {
		path := "/annexes/d/" + strconv.Itoa(i)
		var number string
		if s.Number != "" {
			number = s.Number + "." + strconv.Itoa(i+1)
		}
		sub := b.newSection(Section{ID: "annex-d-" + strconv.Itoa(i+1), Annex: true, Number: number})
		b.heading(sub, t.Heading, path+"/heading", kBlankHeading)
		s.Sections = append(s.Sections, sub)
		b.paraText(sub, t.Text, path+"/text", kBlankDescription)
	}
}

// annexE writes the processor chain as a tree: the processor at the root,
// each sub-processor under whoever engaged it, siblings in the order of
// Annex B. Entries whose link is broken or part of a cycle are listed
// apart, in that order too.
// The tree is built without recursion, so a chain thousands of levels deep
// cannot overflow the stack.
func (b *builder) annexE() {
	sp := b.a.Annexes.B
	s := b.annexSection(AnnexE, "annex-e", kAnnexE)
	// With no sub-processor there is no chain to show: say so, as Annex
	// B.2 does (review 7 sv R14).
	if len(sp.Entries) == 0 {
		b.say(s, kBEmpty)
	} else {
		b.say(s, kEIntro)
	}
	chain := sp.Chain()
	children := chain.Children()
	n := len(sp.Entries)
	root := b.lists.take(List{ID: "annex-e-tree"})
	root.Items = b.items(1)
	root.Items[0].Spans = b.spans(strong(b.value(b.a.Processor.Name, "/processor/name", kBlankName)) + " (" + b.t(kLabelProcessor) + ")")
	type frame struct {
		list *List
		idx  int // entry index whose children go into list; n for the processor
	}
	if len(children[n]) > 0 {
		root.Items[0].Children = b.lists.take(List{})
	}
	stack := []frame{{root.Items[0].Children, n}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.list == nil {
			continue
		}
		kids := children[f.idx]
		f.list.Items = b.items(len(kids))
		for j, k := range kids {
			e := sp.Entries[k]
			start := len(b.spanSlab)
			if visible.Blank(e.Name) {
				b.spanSlab = append(b.spanSlab, Span{Kind: Blank, Text: b.blankLabel("/annexes/b/entries/"+strconv.Itoa(k)+"/name", kBlankName)})
			} else {
				b.spanSlab = append(b.spanSlab, Span{Kind: Strong, Text: clean(e.Name)})
			}
			b.spanSlab = append(b.spanSlab, Span{Text: " — "})
			b.spanSlab = appendSpans(b.spanSlab, b.entryWhere(e))
			if e.Since.Valid() {
				b.spanSlab = append(b.spanSlab, Span{Text: " " + b.t(kESince, b.date(e.Since))})
			}
			if e.Until.Valid() {
				b.spanSlab = append(b.spanSlab, Span{Text: " " + b.t(kEUntil, b.date(e.Until))})
			}
			f.list.Items[j].Spans = b.spanSlab[start:len(b.spanSlab):len(b.spanSlab)]
			if len(children[k]) > 0 {
				f.list.Items[j].Children = b.lists.take(List{})
			}
		}
		for j, k := range kids {
			if f.list.Items[j].Children != nil {
				stack = append(stack, frame{f.list.Items[j].Children, k})
			}
		}
	}
	s.Blocks = append(s.Blocks, root)
	var broken []string
	for i := range sp.Entries {
		e := &sp.Entries[i]
		if chain.Depth[i] == 0 {
			broken = append(broken, clean(e.Name))
		}
	}
	if len(broken) > 0 {
		b.say(s, kEBroken)
		b.list(s, false, broken...)
	}
}

// entryWhere says where a sub-processor processes the data.
func (b *builder) entryWhere(e annex.SubProcessor) string {
	var locs []string
	for _, loc := range e.Locations {
		locs = append(locs, b.locationName(loc))
	}
	if len(locs) == 0 && e.Address.Country != "" {
		locs = append(locs, b.country(e.Address.Country))
	}
	return strings.Join(locs, "; ")
}
