// The clauses of the agreement body, in the order the agreement has them;
// the annexes are in annexes.go.

package render

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/visible"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// edition names the version of the agreement and the day it is made, as
// the title block shows them, so that a notice or an amendment that cites
// the agreement by its date and version can be checked against it; "" when
// the agreement gives neither.
func (b *builder) edition() string {
	e := ""
	switch v, d := b.a.Version, b.a.Date; {
	case seen(v) && d.Valid():
		e = b.t(kEdition, clean(v), b.date(d))
	case seen(v):
		e = b.t(kEditionNodate, clean(v))
	case d.Valid():
		e = b.t(kEditionNoversion, b.date(d))
	}
	// A draft says so where the reader looks first (review 25 sv R1, en R2).
	switch {
	case !b.doc.Draft:
		return e
	case e == "":
		return b.t(kEditionDraftOnly)
	}
	return b.t(kEditionDraft, e)
}

// blanksEdition marks the edition line e of a final agreement that still
// has blanks as holding fields the parties have not agreed.
func (b *builder) blanksEdition(e string) string {
	if e == "" {
		return b.t(kEditionBlanksOnly)
	}
	return b.t(kEditionBlanks, e)
}

func (b *builder) build() {
	a := b.a
	// A title in another language is still the title, marked as fallback
	// text is; without one, dpakit's own.
	if title := b.pick(&a.Title, "/title", noKey); title.Text != "" {
		b.doc.Title, b.doc.TitleLang = title.Text, title.Lang
	} else {
		b.doc.Title = b.t(kTitle)
	}
	b.doc.Subtitle = b.t(kSubtitle)
	b.doc.Edition = b.edition()
	b.parties()
	b.background()
	b.controller()
	b.instructions()
	b.confidentiality()
	b.security()
	b.subProcessors()
	b.transfers()
	b.dataSubjectRights()
	b.complianceAssistance()
	b.breach()
	b.deletion()
	b.audit()
	b.remedies()
	b.liability()
	b.otherTerms()
	b.term()
	b.law()
	b.contacts()
	b.signatures()
	b.annexes()
	if len(b.doc.Blanks) > 0 {
		// Known only now: what a blank left anywhere means, at the end of
		// clause 1 (review 24 en R3, da R8).
		// Where Annex A leaves the subject-matter to C.1, 1.4 names both
		// (review 34 nb R5).
		k := kPartiesBlanks
		if !b.a.Annexes.A.OwnSubject() {
			k = kPartiesBlanksC1
		}
		b.say(b.partiesSection, kPartiesBlanksRule)
		b.say(b.partiesSection, k)
		// A final agreement laid out with its blanks (AllowBlanks) says
		// in its title block that it holds fields not yet agreed (review
		// 34 nb R4, review 35 nb R1).
		if !b.doc.Draft {
			b.doc.Edition = b.blanksEdition(b.doc.Edition)
		}
	}
}

// partyLine describes a party: name, organisation number, address.
func (b *builder) partyLine(p dpa.Party, path string) string {
	name := strong(b.value(p.Name, path+"/name", kBlankName))
	if seen(p.Unit) {
		// The body acts through its unit: "Region X genom
		// hälso- och sjukvårdsnämnden" (review 11 sv R1).
		name = b.strs.concat(name, " ", b.t(kPartyUnit, clean(p.Unit)))
	}
	parts := []string{name}
	if seen(p.TradeName) {
		parts = append(parts, b.t(kPartyTradename, clean(p.TradeName)))
	}
	if !p.OrgID.IsZero() {
		parts = append(parts, b.orgID(p.OrgID))
	}
	addr := b.address(p.Address)
	if b.doc.Draft && visible.Blank(p.Address.Street) && visible.Blank(p.Address.Postcode+p.Address.City) {
		// Notices go to a party's address where it names no contact
		// (clause 19), so a draft shows a missing one as a blank to fill
		// in (review 34 nb R3, review 37 nb R4, da R6).
		blank := b.blank(path+"/address", kBlankAddress)
		if addr == "" {
			addr = blank
		} else {
			addr = b.strs.concat(blank, ", ", addr)
		}
	}
	if addr != "" {
		parts = append(parts, addr)
	}
	return b.strs.join(", ", parts)
}

// partyItem is a party's item in the list of clause 1.1: its line and
// its role, with the short name when the parties gave one.
func (b *builder) partyItem(p dpa.Party, path string, role, short key) string {
	line := b.partyLine(p, path)
	if b.has(p.ShortName) {
		return b.t(short, line, b.text(p.ShortName, path+"/shortName", noKey))
	}
	return b.t(role, line)
}

func (b *builder) orgID(id org.ID) string {
	label := b.t(kLabelOrgid)
	if d, ok := id.Scheme.Def(); ok && id.Scheme != org.Other {
		label = d.Name.In(b.l)
	}
	return b.strs.concat(label, " ", clean(id.String()))
}

func (b *builder) address(ad org.Address) string {
	var buf [3]string // on the stack: Join keeps nothing
	parts := buf[:0]
	if !visible.Blank(ad.Street) {
		parts = append(parts, clean(ad.Street))
	}
	if city := strings.TrimSpace(ad.Postcode + " " + ad.City); !visible.Blank(city) {
		parts = append(parts, clean(city))
	}
	if ad.Country != "" {
		parts = append(parts, b.country(ad.Country))
	}
	return b.strs.join(", ", parts)
}

func (b *builder) parties() {
	a := b.a
	s := b.section("parties", kHParties)
	b.partiesSection = s
	b.say(s, kPartiesIntro)
	var items []string
	if len(a.Controllers) == 0 {
		items = append(items, b.t(kPartiesController, b.blank("/controllers", kBlankController)))
	}
	// A short name the parties' own text uses is defined next to the
	// role term (review 22 sv R1); dpakit's clauses keep the role term.
	for i, c := range a.Controllers {
		path := "/controllers/" + strconv.Itoa(i)
		items = append(items, b.partyItem(c, path, kPartiesController, kPartiesControllerShort))
	}
	items = append(items, b.partyItem(a.Processor, "/processor", kPartiesProcessor, kPartiesProcessorShort))
	b.list(s, false, items...)
	// The definitions follow the governing law, not the language: only
	// under Norwegian law does the GDPR apply through a national act, which
	// the clause then names.
	if b.a.Clauses.GoverningLaw == "NO" {
		b.say(s, kPartiesTermsNo)
	} else {
		b.say(s, kPartiesTerms)
	}
	b.say(s, kPartiesPeriods)
	b.say(s, kPartiesPeriodsHolidays)
}

func (b *builder) background() {
	a := b.a
	s := b.section("background", kHBackground)
	ma := a.MainAgreement
	if ma == (dpa.MainAgreement{}) {
		b.say(s, kBackgroundServices)
	} else {
		desc := b.text(ma.Title, "/mainAgreement/title", noKey)
		switch {
		case desc != "":
			desc = b.t(kBackgroundMainagreementTitled, desc)
		case ma.Blank:
			// A template's "[name of the main agreement] of [date]"
			// (seed 003): both are blanks to fill in.
			desc = b.blank("/mainAgreement/title", kBlankName)
		default:
			desc = b.t(kBackgroundMainagreementDefault)
		}
		if !visible.Blank(ma.Reference) {
			desc += " (" + b.t(kLabelReference) + " " + clean(ma.Reference) + ")"
		}
		switch {
		case !ma.Date.IsZero():
			desc = b.t(kBackgroundMainagreementDated, desc, b.date(ma.Date))
		case ma.Blank:
			desc = b.t(kBackgroundMainagreementDated, desc, b.blank("/mainAgreement/date", kBlankDate))
		}
		b.say(s, kBackgroundMainagreement, desc)
	}
	b.say(s, kBackgroundPurpose)
	// Without a chosen rule, this agreement prevails on data protection:
	// the rule of the Danish and the EU standard clauses, and the one that
	// keeps the Art. 28(3) terms from being overridden.
	var prec *Paragraph
	if a.Precedence == dpa.MainAgreementPrevails {
		prec = b.say(s, kBackgroundPrecedenceMain)
	} else {
		prec = b.say(s, kBackgroundPrecedenceThis)
	}
	b.precedence = prec.Number
	b.say(s, kBackgroundPrecedenceAnnexes)
	// The main language prevails over the other language versions, and
	// the parties' own text stands in the language they wrote it in.
	if main := a.MainLang(); b.l != main {
		// In another language's version, the parties' text it shows
		// unmarked is their own wording in that language, and the main
		// version prevails over it too (review 8 en R3).
		b.say(s, kBackgroundLanguageOther, b.t(langNames[main]), b.t(langNames[b.l]))
	} else {
		b.say(s, kBackgroundLanguage, b.t(langNames[main]))
	}
	b.say(s, kBackgroundAnnexes)
	b.list(s, false, b.t(kAnnexASummary), b.t(kAnnexBSummary), b.t(kAnnexCSummary), b.t(kAnnexDSummary), b.t(kAnnexESummary))
	b.say(s, kBackgroundNorelief)
}

// langNames name each language as the reader's language names it after
// "in" ("in Swedish", "på svenska").
var langNames = map[i18n.Lang]key{i18n.EN: kLangEn, i18n.SV: kLangSv, i18n.NB: kLangNb, i18n.DA: kLangDa}

func (b *builder) controller() {
	s := b.section("controller", kHController)
	b.say(s, kControllerResponsible)
	b.say(s, kControllerDecides)
	b.say(s, kControllerBasis)
}

func (b *builder) instructions() {
	c := b.a.Clauses
	s := b.section("instructions", kHInstructions)
	b.say(s, kInstructionsDocumented)
	b.say(s, kInstructionsOwnpurposes)
	b.say(s, kInstructionsWritten)
	b.say(s, kInstructionsLaw)
	if p := c.UnlawfulInstruction.NotifyWithin; !p.IsZero() && p.Valid() {
		b.say(s, kInstructionsUnlawfulWithin, b.spelled(p))
	} else {
		b.say(s, kInstructionsUnlawful)
	}
	// The pause on a reported instruction is in every agreement; the
	// option adds only the limit on refusing a confirmed one (review 20
	// en R4, da R6).
	b.say(s, kInstructionsPause)
	if c.UnlawfulInstruction.Suspend {
		b.say(s, kInstructionsSuspend)
	} else {
		// Without the option's refusal procedure the pause must still not
		// read as a duty to carry out a confirmed unlawful instruction
		// (review 21 da R5; Art. 28(10) and 29).
		b.say(s, kInstructionsPauseLimit)
	}
	b.say(s, kInstructionsCannotcomply)
}

func (b *builder) confidentiality() {
	s := b.section("confidentiality", kHConfidentiality)
	switch b.a.Clauses.Confidentiality {
	case dpa.ContractualSecrecy:
		b.say(s, kConfidentialityContractual)
	case dpa.StatutorySecrecy:
		b.say(s, kConfidentialityStatutory)
	case dpa.BothSecrecy:
		b.say(s, kConfidentialityBoth)
	default:
		b.say(s, kConfidentialityBlank, b.blank("/clauses/confidentiality", kBlankConfidentiality))
	}
	c := b.a.Clauses
	if b.has(c.ConfidentialityLaw) {
		b.say(s, kConfidentialityLaw, b.midSentence(c.ConfidentialityLaw, "/clauses/confidentialityLaw"))
	}
	if c.SubProcessorSecrecy {
		b.say(s, kConfidentialitySubprocessors)
	}
	// What the processor shows is what the rule above requires (review 43
	// sv R3).
	switch c.Confidentiality {
	case dpa.ContractualSecrecy:
		b.say(s, kConfidentialityDemonstrateContractual)
	case dpa.StatutorySecrecy:
		b.say(s, kConfidentialityDemonstrateStatutory)
	default:
		b.say(s, kConfidentialityDemonstrate)
	}
	// Requests for the data from anyone else (another authority, a court,
	// a private party, a request for public documents) go to the
	// controller; clause 8 adds what applies to third-country authorities.
	// The paragraph on public access cites the one on requests by its
	// number, which changes with the clauses before it (da review 19 R10).
	switch req := b.say(s, kConfidentialityRequests); {
	case c.NoPublicAccess:
		// No public body among the processors: nothing to say of public
		// access (review 25 en R15, da R13).
	case req.Number != "":
		b.say(s, kConfidentialityRequestsPublic, clean(req.Number))
	default:
		b.say(s, kConfidentialityRequestsPublicUnnumbered)
	}
	b.say(s, kConfidentialitySurvives)
}

// midSentence picks free text naming an act that continues a sentence
// of the clause ("… follows from {Law}"). Text in the reader's language
// starts lower case where the name of an act is a common noun there: in
// Swedish, Norwegian and Danish when it opens with the act's name
// ("offentlighets- och sekretesslagen", "forvaltningsloven", "lag
// (2018:218)"), not with another name ("Socialstyrelsens föreskrifter");
// in English only a leading article ("the Public Access …"). Text in
// another language keeps the parties' wording and its marker (clause
// 2.5).
func (b *builder) midSentence(t i18n.Text, path string) string {
	sp := b.pick(&t, path, noKey)
	switch sp.Kind {
	case Blank:
		return blank(sp.Text)
	case Fallback:
		return fallback(sp.Lang, sp.Text)
	}
	first, _, _ := strings.Cut(sp.Text, " ")
	if b.l == i18n.EN {
		if first == "The" || first == "A" || first == "An" {
			return lowerFirst(sp.Text)
		}
		return sp.Text
	}
	if common(first) && opensWithAct(sp.Text) {
		return lowerFirst(sp.Text)
	}
	return sp.Text
}

// opensWithAct reports whether s opens with the name of an act in
// Swedish, Norwegian or Danish: one of its words before the first
// bracket, comma or section sign is "lag"/"lov" or ends in "lagen",
// "loven" or "lova", and no word after the first starts with a capital
// before it ("Offentlighets- och sekretesslagen", "Arbeids- og
// velferdsforvaltningsloven", "Lag (2018:218)").
func opensWithAct(s string) bool {
	if i := strings.IndexAny(s, "(,§"); i >= 0 {
		s = s[:i]
	}
	for i, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) {
			return false
		}
		l := strings.ToLower(strings.TrimRight(w, ".:;"))
		if l == "lag" || l == "lov" || strings.HasSuffix(l, "lagen") || strings.HasSuffix(l, "loven") || strings.HasSuffix(l, "lova") {
			return true
		}
	}
	return false
}

func (b *builder) levelName(l security.Level) string { return clean(l.In(b.l)) }

// levelWord is a level's name inside a sentence: lower case, as the
// scale lists the names, where the name is the catalogue's (review 3: nb
// R9, da R13); the parties' own name for an unknown level keeps its case.
func (b *builder) levelWord(l security.Level) string {
	if _, ok := l.Def(); ok {
		return lowerFirst(b.levelName(l))
	}
	return b.levelName(l)
}

func (b *builder) security() {
	sec := b.a.Annexes.C.Security
	s := b.section("security", kHSecurity)
	b.say(s, kSecurityArt32)
	if sec.Level != "" {
		b.say(s, kSecurityLevel, strong(b.levelWord(sec.Level)))
	} else {
		b.say(s, kSecurityMinimumNolevel)
	}
	b.say(s, kSecurityAssist)
}

// objectionEffect adds the paragraph on what an objection to a change of
// sub-processors needs and does (GDPR Art. 28(2)): the change waits for the
// time to object, the grounds the parties agreed (none, unless they agreed
// otherwise), the sub-processor is not used, and the consequence for the
// services they chose.
func (b *builder) objectionEffect(s *Section) {
	sp := &b.a.Annexes.B
	grounds := kSubObjectionFree
	if sp.Grounds() == annex.ReasonableGrounds {
		grounds = kSubObjectionGrounds
	}
	b.sayAll(s, part{k: kSubObjectionEffect}, part{k: grounds}, part{k: kSubObjectionStop}, part{k: objectionExitKey(sp.Exit(), kSubObjectionExit, kSubObjectionExitEither, kSubObjectionExitMain)})
}

// objectionExitKey picks the text of what an objection does to the
// services: controller, either and main are the texts of [annex.ControllerExit],
// [annex.EitherPartyExit] and [annex.MainAgreementExit]; an unknown value,
// which validation reports, reads as the library's rule.
func objectionExitKey(x annex.ObjectionExit, controller, either, main key) key {
	switch x {
	case annex.EitherPartyExit:
		return either
	case annex.MainAgreementExit:
		return main
	}
	return controller
}

func (b *builder) subProcessors() {
	sp := b.a.Annexes.B
	s := b.section("sub-processors", kHSubprocessors)
	b.say(s, kSubConditions)
	engagesGeneral := sp.Authorisation != annex.General && sp.EngagesGeneral()
	switch sp.Authorisation {
	case annex.Specific:
		if engagesGeneral {
			b.say(s, kSubSpecificEngages)
		} else {
			b.say(s, kSubSpecific)
		}
		if !sp.NoticePeriod.IsZero() {
			b.say(s, kSubSpecificNotice, b.period(sp.NoticePeriod, "/annexes/b/noticePeriod", kBlankPeriod))
		}
	case annex.General:
		if sp.NoticePeriod.IsZero() && (!sp.ObjectionWindow.IsZero() || hasEntryWindows(sp)) {
			// Notice in advance, bounded by the objection window (seed
			// 000 §7.1): no period to fill in.
			b.say(s, kSubGeneralNonotice)
		} else {
			b.say(s, kSubGeneral, b.period(sp.NoticePeriod, "/annexes/b/noticePeriod", kBlankPeriod))
		}
		if !sp.ObjectionWindow.IsZero() || !hasEntryWindows(sp) {
			b.say(s, kSubObjection, b.period(sp.ObjectionWindow, "/annexes/b/objectionWindow", kBlankPeriod))
		}
		b.objectionEffect(s)
	default:
		b.say(s, kSubBlank, b.blank("/annexes/b/authorisation", kBlankAuthorisation))
	}
	for i := range sp.Entries {
		e := &sp.Entries[i]
		name := b.value(e.Name, "/annexes/b/entries/"+strconv.Itoa(i)+"/name", kBlankName)
		if e.Authorisation == annex.Specific && sp.Authorisation != annex.Specific {
			b.say(s, kSubEntrySpecific, strong(name))
		}
		if e.Authorisation == annex.General && sp.Authorisation != annex.General {
			b.say(s, kSubEntryGeneral, strong(name))
		}
		switch {
		case e.Engages == annex.General && sp.Authorisation != annex.General:
			b.say(s, kSubEntryEngagesGeneral, strong(name))
		case e.Engages == annex.Specific && sp.Authorisation != annex.Specific:
			b.say(s, kSubEntryEngagesSpecific, strong(name))
		}
		if !e.NoticePeriod.IsZero() && e.NoticePeriod.Valid() {
			b.say(s, kSubEntryNotice, strong(name), b.spelled(e.NoticePeriod))
		}
		if !e.ObjectionWindow.IsZero() && e.ObjectionWindow.Valid() {
			b.say(s, kSubEntryWindow, strong(name), b.spelled(e.ObjectionWindow))
		}
	}
	if sp.Authorisation != annex.General && sp.AnyGeneral() {
		// The general authorisation that a named sub-processor, or the
		// sub-processors it engages, come under has the objection of any
		// general authorisation (Art. 28(2)): the period, unless each
		// such entry sets its own, and what an objection does.
		if !sp.ObjectionWindow.IsZero() || !hasEntryWindows(sp) {
			b.say(s, kSubObjection, b.period(sp.ObjectionWindow, "/annexes/b/objectionWindow", kBlankPeriod))
		}
		b.objectionEffect(s)
	}
	if b.has(sp.PublishedList) {
		b.say(s, kSubPublished, b.text(sp.PublishedList, "/annexes/b/publishedList", noKey))
		b.say(s, kSubPublishedInfo)
	}
	b.say(s, kSubAnnex)
	b.say(s, kSubFlowdown)
	b.say(s, kSubInsolvency)
	b.say(s, kSubCopy)
	// The liability for sub-processors (Art. 28(4)) is stated once, in
	// the liability clause; this paragraph refers to it and is written
	// when that clause's number is known (review 10 sv R3).
	b.subLiability = b.paraSpans(s, nil)
}

func hasEntryWindows(sp annex.SubProcessors) bool {
	for ne := range sp.Entries {
		e := &sp.Entries[ne]
		if !e.ObjectionWindow.IsZero() {
			return true
		}
	}
	return false
}

// country names a country in the builder's language; an unknown code is
// shown as written, cleaned.
func (b *builder) country(c transfer.Country) string { return b.ld.country(c) }

// countryNames returns the countries' names in the builder's language,
// sorted with its collator.
func (b *builder) countryNames(cs []transfer.Country) []string {
	names := make([]string, 0, len(cs))
	for _, c := range cs {
		names = append(names, b.country(c))
	}
	b.ld.sort(names)
	return names
}

func (b *builder) locationName(loc transfer.Location) string {
	var name string
	switch {
	case loc.Organisation != "":
		name = clean(loc.Organisation.In(b.l))
	case loc.Country != "":
		name = b.country(loc.Country)
	default:
		name = b.t(kLabelUnknown)
	}
	if !visible.Blank(loc.Place) {
		return b.strs.concat(clean(loc.Place), ", ", name)
	}
	return name
}

// basis describes a transfer basis in the builder's language.
func (b *builder) basis(bs transfer.Basis) string {
	if bs.Mechanism == "" {
		return b.t(kTransferBasisNone)
	}
	name := clean(string(bs.Mechanism))
	if d, ok := bs.Mechanism.Def(); ok {
		name = d.Name.In(b.l)
	}
	var extra []string
	if bs.Mechanism == transfer.Adequacy {
		extra = append(extra, b.t(kTransferBasisArt45))
	}
	if bs.Mechanism == transfer.SCC && bs.SCCModule > 0 {
		extra = append(extra, b.t(kTransferBasisModule, b.count(bs.SCCModule)))
	}
	if bs.Mechanism == transfer.Derogation && bs.Derogation != "" {
		extra = append(extra, b.t(kTransferBasisDerogation, clean(bs.Derogation)))
	}
	if bs.DPFCertified {
		extra = append(extra, b.t(kTransferBasisDpf))
	}
	if bs.TIA {
		extra = append(extra, b.t(kTransferBasisTia))
	}
	// One pair of brackets: a name that ends in its own gets the details
	// inside it (review 3 nb R13).
	if len(extra) > 0 {
		// One pair of brackets: a name that already ends in a bracket
		// (the clauses' decision and article) takes the details inside it.
		if rest, ok := strings.CutSuffix(name, ")"); ok && strings.Contains(rest, "(") {
			return rest + "; " + strings.Join(extra, "; ") + ")"
		}
		name += " (" + strings.Join(extra, "; ") + ")"
	}
	return name
}

// allEEA reports whether every country of cs is in the EU/EEA.
func allEEA(cs []transfer.Country) bool {
	for _, c := range cs {
		if !c.EEA() {
			return false
		}
	}
	return true
}

// recipientsOutsideEEA reports whether a sub-processor of Annex B has a
// location outside the EU/EEA (or one not given by country).
func (b *builder) recipientsOutsideEEA() bool {
	for ne := range b.a.Annexes.B.Entries {
		e := &b.a.Annexes.B.Entries[ne]
		for _, loc := range e.Locations {
			if !loc.EEA() && (loc.Country != "" || loc.Organisation != "") {
				return true
			}
		}
	}
	return false
}

func (b *builder) transfers() {
	c := b.a.Annexes.C
	s := b.section("transfers", kHTransfers)
	// One rule: nothing of the list leaves the EU/EEA unless the
	// instruction that follows allows it, and then only as it says.
	b.say(s, kTransfersWithout)
	b.list(s, true, b.t(kTransfersWithoutA), b.t(kTransfersWithoutB), b.t(kTransfersWithoutC))
	lapse := false
	switch c.Transfers.Kind {
	case transfer.NoThirdCountries:
		b.say(s, kTransfersEeaonly)
	case transfer.OnlyListed:
		countries := b.joinList(b.countryNames(c.Transfers.Countries))
		listed := countries != ""
		if !listed {
			countries = b.blank("/annexes/c/transfers/countries", kBlankCountries)
		}
		// Only EU/EEA countries and no recipient outside: the instruction
		// allows no transfer, and says so instead of naming a route.
		// Annex C.6 refers to this paragraph instead of repeating it
		// (review 10 sv R3).
		if listed && allEEA(c.Transfers.Countries) && !b.recipientsOutsideEEA() {
			b.transferRule = b.say(s, kTransfersListedEea, countries).Number
		} else {
			b.transferRule = b.say(s, kTransfersListed, countries).Number
			lapse = true
		}
	case transfer.WithSafeguards:
		b.say(s, kTransfersSafeguards)
		lapse = true
	default:
		b.say(s, kTransfersBlank, b.blank("/annexes/c/transfers/kind", kBlankInstruction))
	}
	// Recipients outside the EEA, with their bases.
	var items []string
	for i := range b.a.Annexes.B.Entries {
		e := &b.a.Annexes.B.Entries[i]
		for _, loc := range e.Locations {
			if loc.EEA() || (loc.Country == "" && loc.Organisation == "") {
				continue
			}
			name := b.value(e.Name, "/annexes/b/entries/"+strconv.Itoa(i)+"/name", kBlankName)
			items = append(items, b.t(kTransfersRecipient, strong(name), b.locationName(loc), b.basis(e.Transfer)))
		}
	}
	if len(items) == 0 {
		b.say(s, kTransfersNone)
	} else {
		b.say(s, kTransfersRecipients)
		b.list(s, false, items...)
	}
	// After the recipients and their bases: what happens when a basis
	// falls away.
	if lapse {
		b.transferLapse(s)
	}
	// Requests from third-country authorities can reach any processor,
	// whatever the transfer instruction, so the clause is always there.
	// One duty per item (review 11 sv R13); Art. 48 after the list.
	b.say(s, kTransfersAuthority)
	b.list(s, true, b.t(kTransfersAuthorityA), b.t(kTransfersAuthorityB), b.t(kTransfersAuthorityC),
		b.t(kTransfersAuthorityD), b.t(kTransfersAuthorityE), b.t(kTransfersAuthorityF))
	b.say(s, kTransfersAuthorityArt48)
	// The rule stays as item (d) has it; what follows permits nothing
	// else and says what is done when a third country's law compels a
	// disclosure all the same, once the remedies are exhausted (review 18
	// en R1): the minimum, documented, reported, and, where the clause on
	// a lapsed transfer basis is there, a reason to review the transfers
	// under it.
	b.say(s, kTransfersAuthorityCompelled)
	if lapse {
		if b.lapseRule != "" {
			b.say(s, kTransfersAuthorityReview, b.lapseRule)
		} else {
			b.say(s, kTransfersAuthorityReviewUnnumbered)
		}
	}
}

func (b *builder) dataSubjectRights() {
	as := b.a.Annexes.C.Assistance
	s := b.section("data-subject-rights", kHRights)
	b.say(s, kRightsAssist)
	b.list(s, true, b.t(kRightsInfo), b.t(kRightsAccess), b.t(kRightsRectification), b.t(kRightsErasure),
		b.t(kRightsRestriction), b.t(kRightsNotification), b.t(kRightsPortability), b.t(kRightsObjection), b.t(kRightsAutomated))
	if p := as.ForwardRequestsWithin; !p.IsZero() && p.Valid() {
		b.say(s, kRightsForwardWithin, b.spelled(p))
	} else {
		b.say(s, kRightsForward)
	}
	// The parties' own description stands once, in Annex C.
	b.say(s, kAssistanceAnnex)
}

func (b *builder) complianceAssistance() {
	as := b.a.Annexes.C.Assistance
	s := b.section("compliance-assistance", kHCompliance)
	b.say(s, kComplianceAssist)
	b.list(s, true, b.t(kComplianceA), b.t(kComplianceB), b.t(kComplianceC), b.t(kComplianceD))
	if b.has(as.ImpactAssessment) {
		b.say(s, kAssistanceAnnex)
	}
}

func (b *builder) breach() {
	c := b.a.Clauses
	s := b.section("breach", kHBreach)
	// The deadline for a breach is one sentence with "without undue
	// delay", so it never reads as a period of grace; breach.notify
	// stands alone only when no breach deadline is given (an intrusion
	// deadline alone).
	hasBreach := len(c.BreachNotification) == 0
	for _, d := range c.BreachNotification {
		if d.Kind != dpa.IntrusionAttempt && d.Kind != dpa.AgreementBreach {
			hasBreach = true
		}
	}
	if !hasBreach {
		b.say(s, kBreachNotify)
	}
	if len(c.BreachNotification) == 0 {
		b.say(s, kBreachDeadlineBreach, b.blank("/clauses/breachNotification", kBlankHours))
	}
	// Breach deadlines first, then those for intrusion attempts, which
	// apply "even where no breach has been established", then those for
	// breaches of the agreement itself.
	// A breach of this agreement itself is another kind of breach: its
	// notice stands in the clause on breach of the agreement (remedies).
	b.breachDeadlines(s, dpa.AnyBreach, dpa.IntrusionAttempt)
	// The processor's clock runs from its own awareness (Art. 33(2)), so
	// a breach at a sub-processor must reach it without undue delay
	// through every link of the chain (Art. 28(4)).
	b.say(s, kBreachChain)
	b.say(s, kBreachContent)
	b.list(s, true, b.t(kBreachContentA), b.t(kBreachContentB), b.t(kBreachContentC), b.t(kBreachContentD), b.t(kBreachContentE))
	if details := c.BreachDetails; len(details) > 0 {
		// What the parties added to Art. 33(3)'s list: their own items,
		// in a list of their own, so the letters above stay the law's.
		b.say(s, kBreachContentMore)
		l := b.list(s, false)
		l.Items = b.items(len(details))
		for i, t := range details {
			l.Items[i].Spans = b.textSpans(t, "/clauses/breachDetails/"+strconv.Itoa(i), kBlankDescription)
		}
	}
	b.say(s, kBreachPhases)
	b.say(s, kBreachContain)
	if b.has(b.a.Annexes.C.Assistance.Breach) {
		b.say(s, kAssistanceAnnex)
	}
	if c.ProcessorMayNotifyAuthority {
		b.say(s, kBreachMandate)
	} else {
		b.say(s, kBreachNomandate)
	}
	// The controller decides what is said about a breach, and to whom
	// (Art. 34; review 8, nb R4).
	b.say(s, kBreachPublic)
}

// breachDeadlines writes the agreed notification deadlines of the given
// kinds, in that order.
func (b *builder) breachDeadlines(s *Section, kinds ...dpa.BreachKind) {
	c := b.a.Clauses
	routineSaid := false
	for _, kind := range kinds {
		for i, d := range c.BreachNotification {
			if writtenAs(d.Kind) != kind {
				continue
			}
			keys := breachKeys[kind]
			// Every attempt is notified unless the parties leave the
			// routine ones out (review 39: the threshold is theirs to
			// agree, not the library's); then only significant attempts
			// are, and a personal data breach always is (sv review 4 R4).
			routine := kind == dpa.IntrusionAttempt && d.ExceptRoutine
			if routine {
				keys = [2]key{kBreachDeadlineIntrusionSignificant, kBreachTargetIntrusionSignificant}
			}
			// Notice "without delay", stricter than the GDPR's "without
			// undue delay", where the parties agreed it for attempts (seed
			// 000 §11.11; review 41 en R6, 42 da R3, 43 en R5).
			if kind == dpa.IntrusionAttempt && d.WithoutDelay {
				keys = [2]key{kBreachDeadlineIntrusionPrompt, kBreachTargetIntrusionPrompt}
				if routine {
					keys = [2]key{kBreachDeadlineIntrusionSignificantPrompt, kBreachTargetIntrusionSignificantPrompt}
				}
			}
			key := keys[0]
			if d.IfPossible {
				key = keys[1]
			}
			b.say(s, key, b.period(d.Within, "/clauses/breachNotification/"+strconv.Itoa(i)+"/within", kBlankHours))
			if routine && !routineSaid {
				b.say(s, kBreachIntrusionRoutine)
				routineSaid = true
			}
		}
	}
}

// breachKeys are the texts of a breach deadline by kind: a hard deadline
// and a target to meet if possible. A kind that is not one of these is
// written as a personal data breach (validation reports it).
var breachKeys = map[dpa.BreachKind][2]key{
	dpa.AnyBreach:        {kBreachDeadlineBreach, kBreachTargetBreach},
	dpa.IntrusionAttempt: {kBreachDeadlineIntrusion, kBreachTargetIntrusion},
	dpa.AgreementBreach:  {kBreachDeadlineAgreement, kBreachTargetAgreement},
}

// transferLapse says what happens when a transfer basis in Annex B falls
// away (an adequacy decision repealed, amended or suspended under Art.
// 45(5), a lapsed certification, standard clauses the importer can no
// longer keep): notice, suspension, and a new basis the controller
// approves; and that the transfer impact assessment is shared, so that
// the controller can demonstrate its Chapter V compliance (Arts. 5(2),
// 24; da review 4 R4).
func (b *builder) transferLapse(s *Section) {
	b.lapseRule = clean(b.say(s, kTransfersLapse).Number)
	b.say(s, kTransfersTia)
}

// writtenAs is the kind whose texts a deadline of kind k is written with.
func writtenAs(k dpa.BreachKind) dpa.BreachKind {
	if k == dpa.IntrusionAttempt || k == dpa.AgreementBreach {
		return k
	}
	return dpa.AnyBreach
}

func (b *builder) deletion() {
	e := b.a.Clauses.EndOfService
	s := b.section("deletion", kHDeletion)
	// first is the paragraph that lets the processor keep what Union or
	// Member State law requires it to store.
	var first *Paragraph
	switch e.Action {
	case dpa.ControllerChooses:
		// The choice has a form and a cut-off, and a default that
		// loses nothing: without a choice, return and then deletion
		// (en review 4 R5).
		first = b.say(s, kDeletionChoose)
		b.say(s, kDeletionChooseDefault)
	case dpa.Delete:
		first = b.say(s, kDeletionDelete)
	case dpa.Return:
		first = b.say(s, kDeletionReturn)
	default:
		first = b.say(s, kDeletionBlank, b.blank("/clauses/endOfService/action", kBlankAction))
	}
	// The deadline and the confirmation cover both routes whatever the
	// agreement chose when it was made: the controller may switch from
	// deletion to return, or back, by written notice before the services
	// end (Art. 28(3)(g), "at the choice of the controller"), so a text
	// that named only the route chosen first left the other one without a
	// period and without a confirmation (review 10 en R1).
	deadline, confirm := kDeletionDeadline, kDeletionConfirmEither
	// Art. 28(3)(g) sets no period, so where the parties set none the
	// clause still binds: the deletion or return is done without undue
	// delay, and the deletion is confirmed in writing, so that the
	// controller can demonstrate it (Art. 5(2), 28(3)(h)).
	dflt, dfltConfirm := kDeletionDefaultDeadline, kDeletionConfirmDefaultEither
	if p := e.Deadline; !p.IsZero() && p.Valid() {
		b.say(s, deadline, b.spelled(p))
	} else {
		b.say(s, dflt)
	}
	// The confirmation of deletion or return, where the controller
	// chooses, says that the processor keeps no copies other than those
	// the paragraphs on storage required by law and on backup copies
	// allow; those come later, so the paragraph is reserved here and its
	// text written once their numbers are known (review 8 sv R2: "this
	// point" cited a paragraph that allows no copies).
	confirmed := b.paraSpans(s, nil)
	var period string
	if p := e.ConfirmWithin; !p.IsZero() && p.Valid() {
		period = b.spelled(p)
	} else {
		confirm = dfltConfirm
	}
	if e.Action != dpa.Delete {
		switch e.ReturnFormat {
		case dpa.ControllerDecidesFormat:
			b.say(s, kDeletionFormatController)
		case dpa.MachineReadable:
			b.say(s, kDeletionFormatMachine)
		}
	}
	var backups, law *Paragraph
	if p := e.BackupsWithin; !p.IsZero() && p.Valid() {
		backups = b.say(s, kDeletionBackups, b.spelled(p))
		if c := e.ConfirmWithin; !c.IsZero() && c.Valid() {
			b.say(s, kDeletionBackupsConfirm, b.spelled(c))
		}
	} else {
		backups = b.say(s, kDeletionBackupsDefault, b.confirmRef(confirmed))
	}
	// The duty reaches the copies held at every level of the chain (da
	// re-review R16), within the periods and with the confirmation above.
	b.say(s, kDeletionSubprocessors)
	b.say(s, kDeletionNoretention)
	if t := b.text(e.RetentionLaw, "/clauses/endOfService/retentionLaw", noKey); t != "" {
		law = b.say(s, kDeletionLaw, t)
	}
	if period != "" {
		confirmed.Spans = b.tspans(confirm, period, b.keptRef(first, backups, law))
	} else {
		confirmed.Spans = b.tspans(confirm, b.keptRef(first, backups, law))
	}
}

// keptRef names the paragraphs of clause 12 that let the processor keep
// copies, for the written confirmation that it keeps no others: the
// paragraph on storage required by law, the one on backup copies and, if
// there is one, the one naming the law, cited by their computed numbers,
// or named by what they allow when the document is not numbered.
func (b *builder) keptRef(first, backups, law *Paragraph) string {
	if first == nil || backups == nil || first.Number == "" || backups.Number == "" {
		return b.t(kDeletionKeptUnnumbered)
	}
	if law != nil && law.Number != "" {
		return b.t(kDeletionKeptThree, clean(first.Number), clean(backups.Number), clean(law.Number))
	}
	return b.t(kDeletionKeptTwo, clean(first.Number), clean(backups.Number))
}

// confirmRef is the sentence that makes the written confirmation of
// deletion or return name the date of the last backup deletion, citing
// the confirmation's paragraph p by its number (review 7 sv R1: "this
// clause" pointed at a paragraph that has none), or naming it by what it
// confirms when the document is not numbered.
func (b *builder) confirmRef(p *Paragraph) string {
	if p != nil && p.Number != "" {
		return b.t(kDeletionBackupsConfirmref, clean(p.Number))
	}
	return b.t(kDeletionBackupsConfirmrefUnnumbered)
}

// auditForm names an audit form as a noun inside a sentence ("by means of
// inspection", "genom inspektion"): a name that is a common noun is
// lower-cased, and English puts "a" or "an" before a name that is not.
func (b *builder) auditForm(f security.AuditForm) string {
	name := clean(f.In(b.l))
	if !f.Valid() {
		return name
	}
	if common(name) {
		return lowerFirst(name)
	}
	return name
}

// auditArticle returns the indefinite article a defined audit form takes
// in running text: English "an ISAE 3000 …", "a SOC 2 …"; Swedish,
// Norwegian and Danish "en ISAE 3000-rapport", but "ett/et" before the
// neuter "certifikat"/"sertifikat" (review 4: "genom ISAE 3000-rapport"
// lacked its article). A common noun ("inspection", "genom inspektion")
// takes none.
func (b *builder) auditArticle(f security.AuditForm) string {
	if !f.Valid() {
		return ""
	}
	name := f.In(b.l)
	if common(name) {
		return ""
	}
	switch b.l {
	case i18n.EN:
		// Every defined form that is not a common noun starts with an
		// initialism, read letter by letter or as a word: "an" before a
		// vowel sound.
		if strings.ContainsRune("AEIOU", rune(name[0])) {
			return "an "
		}
		return "a "
	case i18n.SV:
		if neuterForms[f] {
			return "ett "
		}
		return "en "
	case i18n.NB, i18n.DA:
		if neuterForms[f] {
			return "et "
		}
		return "en "
	}
	return ""
}

// neuterForms are the audit forms whose Swedish, Norwegian and Danish
// names end in a neuter noun (certifikat, sertifikat); the others end in
// rapport, uttalelse or erklæring, all common gender.
var neuterForms = map[security.AuditForm]bool{security.ISO27001: true}

// common reports whether a catalogue name is a common noun, capitalised
// only as a title: its second letter is lower case ("Inspection"), unlike
// an initialism ("SOC 2", "ISO/IEC").
func common(name string) bool {
	first, n := utf8.DecodeRuneInString(name)
	second, m := utf8.DecodeRuneInString(name[n:])
	return m > 0 && unicode.IsUpper(first) && unicode.IsLower(second)
}

func (b *builder) costs(c annex.Costs) string {
	for _, d := range annex.CostKinds {
		if d.ID == string(c) {
			return d.Name.In(b.l)
		}
	}
	return clean(string(c))
}

// auditParas describes an audit procedure in paragraphs of s: its form
// and frequency, who carries it out, who receives the report and when,
// who pays, and its note. The processor's own audit needs a form (a blank
// otherwise); the sub-processors' may give only a frequency, and may be
// carried out by the controller's representatives.
func (b *builder) auditParas(s *Section, a annex.Audit, path string, required bool) {
	formEvery, formOnly, everyOnly := kAuditFormEvery, kAuditForm, kAuditEvery
	if !required {
		formEvery, formOnly, everyOnly = kAuditSubFormEvery, kAuditSubForm, kAuditSubEvery
	}
	every := ""
	if p := a.Frequency; !p.IsZero() && p.Valid() {
		every = b.frequency(p)
	}
	// The processor's check of its own processing is internal control in
	// addition to the controller's right, never an audit under Art.
	// 28(3)(h) (review 3 nb R6, en R19). An inspection is the controller's
	// right, not a duty to inspect (en R7).
	internal := required && a.Performer == annex.ProcessorAudits
	inspection := required && a.Form == security.Inspection
	var form string
	switch {
	case a.Form != "":
		form = b.auditArticle(a.Form) + strong(b.auditForm(a.Form))
	case internal:
		form = b.blank(path+"/form", kBlankInternal)
	case required:
		form = b.blank(path+"/form", kBlankAudit) // a blank is never wrapped: marks do not nest
	}
	switch {
	case internal && every != "":
		b.say(s, kAuditInternalFormEvery, form, every)
	case internal:
		b.say(s, kAuditInternalForm, form)
	case inspection && every == "":
		b.say(s, kAuditInspection)
	case !required && a.Performer == annex.ControllerAudits:
		// The controller's representatives audit the sub-processors
		// (seed 000 §8.7): not the processor.
		b.say(s, kAuditSubByController)
		if form != "" {
			b.say(s, kAuditProcedureForm, form)
		}
		if every != "" {
			b.say(s, kAuditProcedureEvery, every)
		}
	case form != "" && every != "":
		b.say(s, formEvery, form, every)
	case form != "":
		b.say(s, formOnly, form)
	case every != "":
		b.say(s, everyOnly, every)
	}
	if !required && a.Form == security.ISO27001 {
		// A certificate attests a management system, not compliance
		// with the agreement (review 3 nb R8, en R9, sv R25, da R19).
		b.say(s, kAuditSubCertificate)
	}
	switch a.Performer {
	case annex.ControllerAudits:
		switch {
		case inspection:
			b.say(s, kAuditByControllerInspection)
		case required:
			b.say(s, kAuditByController)
		}
	case annex.ControllerAuditor:
		b.say(s, kAuditByControllerauditor)
	case annex.IndependentAuditor:
		if assurance(a.Form) {
			// An assurance report is issued, not an audit carried out
			// (review 44 da S1).
			b.say(s, kAuditByIndependentAssurance)
		} else {
			b.say(s, kAuditByIndependent)
		}
	case annex.ProcessorAudits:
		if required {
			b.say(s, kAuditByProcessor)
		}
	}
	if inspection && every == "" {
		// Without a frequency the parties set no schedule: a reasonable
		// notice and reasonable intervals, as the Commission's Art. 28(7)
		// clauses (Implementing Decision (EU) 2021/915, clause 7.6) have it.
		b.say(s, kAuditInspectionDefault)
	}
	if to := a.ReportTo; to != "" {
		recipient := clean(to.In(b.l))
		switch to {
		case annex.ControllerAudits:
			recipient = b.t(kAuditToController)
		case annex.ControllerAuditor:
			recipient = b.t(kAuditToControllerauditor)
		}
		// Under an assurance report the document is the auditor's report
		// (in Danish practice an "erklæring"), not a report "of the audit"
		// (review 3 da R6).
		// The processor's internal control and its verification of the
		// sub-processors name the report they mean: no earlier sentence
		// introduces one (review 4 en R4, R9, sv R19, da R3).
		report, within := kAuditReport, kAuditReportWithin
		switch {
		case internal:
			report, within = kAuditInternalReport, kAuditInternalReportWithin
		case !required && a.Performer != annex.ControllerAudits:
			report, within = kAuditSubReport, kAuditSubReportWithin
		case assurance(a.Form):
			report, within = kAuditReportAssurance, kAuditReportAssuranceWithin
		}
		if p := a.ReportWithin; !p.IsZero() && p.Valid() {
			b.say(s, within, recipient, b.spelled(p))
		} else {
			b.say(s, report, recipient)
		}
		// A type 2 report covers a period: the periods follow on one
		// another and reach the supervision of the sub-processors, so
		// that a yearly report cannot leave months unexamined (review 6
		// da R4).
		if required && !internal && typeTwo(a.Form) {
			b.say(s, kAuditReportCoverage)
		}
	}
	if a.Costs != "" {
		b.auditCosts(s, a, internal, required)
	}
	if b.has(a.Note) {
		b.paraText(s, a.Note, path+"/note", noKey)
	}
}

// auditCosts says who pays for procedure a. A rule that splits costs
// between the parties means nothing where only the processor acts: its
// internal control costs the controller nothing, and neither does its
// verification of the sub-processors, so there the processor bears the
// costs (review 4 sv R7, nb R1, da R3, en R4). A rule putting the costs
// on the controller stands as agreed.
func (b *builder) auditCosts(s *Section, a annex.Audit, internal, required bool) {
	split := a.Costs == annex.EachOwn || a.Costs == annex.EachOwnUnlessDeviations || a.Costs == annex.ProcessorPays
	switch {
	case internal && split:
		b.say(s, kAuditInternalCosts)
	case !required && a.Performer != annex.ControllerAudits && split:
		b.say(s, kAuditCosts, b.costs(annex.ProcessorPays))
	default:
		b.say(s, kAuditCosts, b.costs(a.Costs))
	}
}

// assurance reports whether f is an independent auditor's assurance
// report (ISAE 3000, ISAE 3402, SOC 2).
func assurance(f security.AuditForm) bool {
	switch f {
	case security.ISAE3000Type1, security.ISAE3000Type2, security.ISAE3402Type1, security.ISAE3402Type2,
		security.SOC2Type1, security.SOC2Type2:
		return true
	}
	return false
}

// typeTwo reports whether f is an assurance report on the operating
// effectiveness of controls over a period (type 2), rather than at a point
// in time.
func typeTwo(f security.AuditForm) bool {
	switch f {
	case security.ISAE3000Type2, security.ISAE3402Type2, security.SOC2Type2:
		return true
	}
	return false
}

// noAudit writes the blank for an agreement without an audit procedure,
// at the path validation reports it, and the statutory audit right that
// applies until the parties fill it in.
func (b *builder) noAudit(s *Section) {
	b.say(s, kAuditForm, b.blank("/annexes/c/audits", kBlankAudit))
	// Until the form is agreed, Art. 28(3)(h)'s own terms apply, so that
	// the right to audit does not hang on the blank (review 7 sv R11).
	b.say(s, kAuditFormNone)
}

func (b *builder) audit() {
	s := b.section("audit", kHAudit)
	b.say(s, kAuditInformation)
	// The procedures stand once, in Annex C; the clause refers to them.
	b.say(s, kAuditAnnex)
	b.say(s, kAuditAuthority)
	b.say(s, kAuditRecords)
	b.say(s, kAuditFollowup)
	// What the processor pays anyway, then what is agreed for more, one
	// rule a paragraph (review 11 sv R13). Annex C.2 cites the second for
	// measures beyond what a higher risk calls for under Art. 32 (review
	// 10 da R1).
	b.say(s, kAuditFollowupOwn)
	b.furtherCosts = b.say(s, kAuditFollowupCosts).Number
	b.say(s, kAuditAuthoritycontact)
}

// remedies writes the clause on breach of the agreement: the agreed
// notice of a breach of the agreement, then the controller's remedies.
// Without remedies of the parties' choosing, the standard ones stand:
// suspension until the processor complies, correction including at
// sub-processors, and termination for a material or persistent breach
// (the Commission's Art. 28(7) clauses, Implementing Decision (EU)
// 2021/915, clause 10, give the controller the same).
func (b *builder) remedies() {
	r := b.a.Clauses.Remedies
	s := b.section("remedies", kHRemedies)
	b.breachDeadlines(s, dpa.AgreementBreach)
	if r.IsZero() {
		b.say(s, kRemediesDefaultSuspend)
		b.say(s, kRemediesDefaultCorrect)
		b.say(s, kRemediesDefaultTerminate)
		return
	}
	switch {
	case r.StopProcessing && r.Suspend:
		// One paragraph for the two grounds of a suspension (review 25
		// nb R6), where the audit's is otherwise a paragraph of its own.
		b.say(s, kRemediesStopSuspend)
	case r.StopProcessing:
		b.say(s, kRemediesStop)
	}
	switch p := r.CorrectWithin; {
	case !p.IsZero() && p.Valid():
		b.say(s, kRemediesCorrectwithin, b.spelled(p))
	case r.CorrectDeviations:
		b.say(s, kRemediesCorrect)
	}
	if r.Suspend && !r.StopProcessing {
		b.say(s, kRemediesSuspend)
	}
	if r.TerminateForBreach {
		b.say(s, kRemediesTerminate)
	}
}

// liability writes the liability clause. Whatever the parties chose, it
// first says what the GDPR itself settles: Art. 82 towards data subjects
// and the recourse between the parties (Art. 82(5)), fines borne by whom
// they are imposed on, and the processor's full liability for its
// sub-processors (Art. 28(4)) (review 8, nb R1). Then the rest: the main
// agreement's terms, or the parties' cap and own terms. The parties' own
// cap reaches the sub-processors' acts as the processor's own and the
// Art. 82(5) recourse unless the parties leave them out (see
// [dpa.Liability.Uncapped]): Art. 28(4) says who answers, not that the
// liability is unlimited (review 8, da R1). Without a cap of its own the
// agreement neither extends nor narrows the main agreement's (review 12).
func (b *builder) liability() {
	l := b.a.Clauses.Liability
	s := b.section("liability", kHLiability)
	b.say(s, kLiabilityDefaultSubjects)
	b.say(s, kLiabilityFines)
	subPara := b.say(s, kLiabilitySub)
	if p := b.subLiability; p != nil {
		if subPara.Number != "" {
			p.Spans = b.tspans(kSubLiability, clean(subPara.Number))
		} else {
			p.Spans = b.tspans(kSubLiabilityUnnumbered)
		}
	}
	own := l.Basis == dpa.OwnLiabilityTerms || !l.Cap.IsZero() || !l.Terms.IsZero()
	switch {
	case l.Basis == dpa.MainAgreementLiability:
		b.say(s, kLiabilityMain)
	case !own:
		b.say(s, kLiabilityDefaultMain)
	}
	cp := l.Cap
	switch {
	case cp.FeeMultiple != "":
		dec, _ := b.ld.loc.Separators()
		b.say(s, kLiabilityCapMultiple, strings.Replace(clean(cp.FeeMultiple), ".", dec, 1),
			b.period(cp.Period, "/clauses/liability/cap/period", kBlankPeriod))
	case !cp.Amount.IsZero() && cp.Period.IsZero():
		b.say(s, kLiabilityCapAmount, b.money(cp.Amount))
	case !cp.Amount.IsZero() && cp.Period.Valid():
		b.say(s, kLiabilityCapAmountper, b.money(cp.Amount), b.spelled(cp.Period))
	}
	compensation := slices.Contains(l.Uncapped, dpa.DataSubjectCompensation)
	sub := slices.Contains(l.Uncapped, dpa.SubProcessorLiability)
	switch {
	case cp.IsZero() && l.Basis != dpa.OwnLiabilityTerms:
		// No cap of this agreement's own: it neither extends nor narrows
		// one in the main agreement, whose terms say what it reaches
		// (review 12 en R1, nb R1, sv R1: saying that the main
		// agreement's cap reaches the Art. 82(5) recourse and the
		// sub-processors' acts was a default in the processor's favour).
		b.say(s, kLiabilityScopeMain)
	case !cp.IsZero() && !compensation:
		// The parties' own cap, on liability under this agreement, reaches
		// the recourse of Art. 82(5) unless they leave it out (review 11
		// da R1, en R6), which validation reports
		// (liability.cap-limits-compensation).
		b.say(s, kLiabilityScope)
	}
	switch {
	case sub:
		b.say(s, kLiabilityUncappedSub)
	case !cp.IsZero():
		b.say(s, kLiabilityCapSub) // the parties' own cap reaches the sub-processors' acts
	}
	if compensation {
		if sub {
			b.say(s, kLiabilityUncappedCompensation)
		} else {
			b.say(s, kLiabilityUncappedCompensationonly)
		}
	}
	switch {
	case b.has(l.Terms):
		b.paraText(s, l.Terms, "/clauses/liability/terms", noKey)
	case l.Basis == dpa.OwnLiabilityTerms && cp.IsZero():
		b.say(s, kLiabilityOwn, b.blank("/clauses/liability/terms", kBlankDescription))
	}
}

func (b *builder) otherTerms() {
	c := b.a.Clauses
	fee := c.Assistance
	// The heading promises fees only when there is a fee provision.
	heading := kHOtherTerms
	if !fee.Fee.IsZero() || fee.Per != "" || b.has(fee.PriceList) || len(fee.Covers) > 0 {
		heading = kHOther
	}
	s := b.section("other-terms", heading)
	feeKey, listKey := kOtherFee, kOtherPricelist
	var args []string
	if len(fee.Covers) > 0 {
		// The fee covers named work (seed 000 §8.13), not all assistance
		// beyond the main agreement's services.
		feeKey, listKey = kOtherFeeCovers, kOtherPricelistCovers
		work := make([]string, 0, len(fee.Covers))
		for _, w := range fee.Covers {
			if k, ok := workKeys[w]; ok {
				work = append(work, b.t(k))
			}
		}
		args = []string{b.joinList(work)}
	}
	stated, blankFee := true, false
	switch {
	case !fee.Fee.IsZero() && fee.Per != "":
		b.say(s, feeKey, append(args, b.money(fee.Fee), clean(civil.UnitName(fee.Per, 1, b.l)))...)
	case b.has(fee.PriceList):
		b.say(s, listKey, append(args, b.text(fee.PriceList, "/clauses/assistance/priceList", kBlankDescription))...)
	case fee.Per != "" || len(fee.Covers) > 0:
		unit := fee.Per
		if unit == "" {
			unit = civil.Hours
		}
		b.say(s, feeKey, append(args, b.blank("/clauses/assistance/fee", kBlankAmount), clean(civil.UnitName(unit, 1, b.l)))...)
		// A blank price is no price: nothing is payable until it is filled
		// in (review 34 sv R10, en R6, da R4). Where the main agreement's
		// fee terms prevail, that is said after them, as what applies when
		// they do not (review 36 da R2, review 38 en R10).
		blankFee = true
		if !fee.MainAgreementPrevails {
			b.say(s, kOtherFeeBlank)
		}
	default:
		stated = false
	}
	if stated {
		if fee.PaidTo == dpa.PaidToNamedSubProcessor {
			b.say(s, kOtherPaidtoSub)
		}
		if fee.MainAgreementPrevails {
			// The exception cites the precedence paragraph it departs
			// from by its number (review 7 sv R7).
			if b.precedence != "" {
				b.say(s, kOtherFeeMain, clean(b.precedence))
			} else {
				b.say(s, kOtherFeeMainUnnumbered)
			}
			if blankFee {
				b.say(s, kOtherFeeBlankMain)
			}
		}
	}
	if len(b.a.Annexes.D) > 0 {
		b.say(s, kOtherAnnexd)
	} else {
		b.say(s, kOtherNone)
	}
	b.say(s, kOtherNocontradiction)
}

// workKeys are the phrases for the assistance a fee covers.
var workKeys = map[dpa.AssistanceWork]key{
	dpa.DataSubjectRequestsWork: kFeeWorkDsr,
	dpa.ComplianceWork:          kFeeWorkCompliance,
	dpa.EndOfServiceWork:        kFeeWorkEnd,
}

func (b *builder) term() {
	a := b.a
	s := b.section("term", kHTerm)
	if a.EffectiveDate.IsZero() {
		b.say(s, kTermSignature)
	} else {
		b.say(s, kTermEffective, b.date(a.EffectiveDate))
	}
	switch a.Term.Kind {
	case dpa.UntilMainAgreementEnds:
		b.say(s, kTermMain)
	case dpa.WhileProcessing:
		// That it cannot be terminated while the services continue is
		// the standard clauses' rule beside the notice once they have
		// ended (clauses 14.3–14.4); without that notice the parties
		// agreed neither (review 43 nb R7).
		if a.Term.Notice == dpa.AfterServicesEnd {
			b.say(s, kTermProcessing)
		} else {
			b.say(s, kTermProcessingPlain)
		}
	case dpa.FixedDate:
		var end string
		if a.Term.EndDate.IsZero() {
			end = b.blank("/term/endDate", kBlankDate)
		} else {
			end = b.date(a.Term.EndDate)
		}
		b.say(s, kTermFixed, end)
	default:
		b.say(s, kTermBlank, b.blank("/term/kind", kBlankTerm))
	}
	notice := a.Term.NoticePeriod
	hasPeriod := !notice.IsZero() && notice.Valid()
	switch a.Term.Notice {
	case dpa.AfterServicesEnd:
		// Also under an agreement that lasts while the processing does:
		// the Danish standard clauses have both rules (clauses 14.2 and
		// 14.4), and the parties' right to end it by notice once
		// everything is deleted or returned is what they signed (review
		// 41 sv R5, en R5, da R6; it reverses review 18 da R17).
		if hasPeriod {
			b.say(s, kTermNoticeAfterperiod, b.spelled(notice))
		} else {
			b.say(s, kTermNoticeAfter)
		}
	case dpa.AnyTime:
		if hasPeriod {
			b.say(s, kTermNoticeAnyperiod, b.spelled(notice))
		} else {
			b.say(s, kTermNoticeAny)
		}
	}
	if a.Term.Replaceable {
		b.say(s, kTermReplace)
	}
	b.say(s, kTermRenegotiate)
	b.say(s, kTermSurvive)
}

func (b *builder) law() {
	c := b.a.Clauses
	s := b.section("law", kHLaw)
	if c.GoverningLaw == "" && c.Venue == "" {
		b.say(s, kLawMain)
		return
	}
	var law string
	if c.GoverningLaw == "" {
		law = b.blank("/clauses/governingLaw", kBlankCountry)
	} else {
		law = b.lawOf(c.GoverningLaw)
	}
	b.say(s, kLawGoverning, law)
	b.say(s, kLawVenue, b.value(c.Venue, "/clauses/venue", kBlankVenue))
	if !seen(c.Venue) && !b.doc.Draft {
		// A final agreement that names its law but leaves the forum
		// blank shows the blank, as it shows any other (review 39 en
		// R9, nb R7, sv R9), and still has a forum while it is open:
		// the main agreement's, or else the ordinary courts of the
		// State whose law governs, as where neither is chosen (review
		// 18 sv R3).
		b.say(s, kLawVenueInterim)
	}
	// A chosen law or forum leaves the data subjects' remedies and the
	// authorities' powers as they are, as the default says (sv review 4
	// R12).
	b.say(s, kLawSaving)
}

// lawOf names the law of country c as the reader's language names it
// ("svensk lag", "norsk rett", "Danish law"), or "the law of" the country
// for a country without a name of its own in the catalogue.
func (b *builder) lawOf(c transfer.Country) string {
	switch strings.ToUpper(strings.TrimSpace(string(c))) {
	case "SE":
		return b.t(kLawOfSe)
	case "NO":
		return b.t(kLawOfNo)
	case "DK":
		return b.t(kLawOfDk)
	case "FI":
		return b.t(kLawOfFi)
	case "IS":
		return b.t(kLawOfIs)
	}
	return b.t(kLawOfOther, b.country(c))
}

func (b *builder) roleName(r org.ContactRole) string {
	// A contact without a role is the day-to-day contact, and every row
	// names its role (review 18 sv R18).
	if strings.TrimSpace(string(r)) == "" {
		r = org.RoleGeneral
	}
	if r.Valid() {
		return r.In(b.l)
	}
	return clean(string(r))
}

func (b *builder) contacts() {
	a := b.a
	s := b.section("contacts", kHContacts)
	b.say(s, kContactsIntro)
	t := b.tables.take(Table{ID: "contacts-table", Header: b.header(b.t(kColParty), b.t(kColRole), b.t(kColNameContact), b.t(kColTitle), b.t(kColPhone), b.t(kColEmail))})
	add := func(p dpa.Party, path string) {
		// A party without a name yet still shows where its name goes.
		party := clean(p.Name)
		if visible.Blank(p.Name) {
			party = blank(b.t(kBlankName))
		}
		if len(p.Contacts) == 0 {
			// Contacts are recommended, not required: a visible blank that a
			// final agreement may keep, so it is not recorded as a blank.
			t.Rows = append(t.Rows, b.row(b.cell(party), b.cell(b.roleName(org.RoleGeneral)), b.cell(blank(b.t(kBlankContact))), b.cell(""), b.cell(""), b.cell("")))
		}
		for i, c := range p.Contacts {
			// A title in another language is marked, as other free text is.
			title := b.text(c.Title, path+"/contacts/"+strconv.Itoa(i)+"/title", noKey)
			t.Rows = append(t.Rows, b.row(b.cell(party), b.cell(b.roleName(c.Role)), b.cell(contactName(c)), b.cell(title), b.cell(clean(c.Phone)), b.cell(clean(c.Email))))
		}
	}
	for i, c := range a.Controllers {
		add(c, "/controllers/"+strconv.Itoa(i))
	}
	add(a.Processor, "/processor")
	s.Blocks = append(s.Blocks, t)
	// How notices are given and when they count as received: the periods
	// of the agreement and the notices' dates run from receipt (review 20
	// en R1, nb R1).
	b.say(s, kContactsNotices)
	b.say(s, kContactsChanges)
}

// contactName is a contact's name, or "" when the name only repeats the
// contact's role in one of the languages ("Dataskyddsombud" for a data
// protection officer): a reader of another language would take it for a
// person's name (en review 7 R4).
func contactName(c org.Contact) string {
	name := clean(c.Name)
	if c.Role.Valid() {
		for _, l := range i18n.Langs {
			if strings.EqualFold(strings.TrimSpace(name), c.Role.In(l)) {
				return ""
			}
		}
	}
	return name
}

func (b *builder) signatures() {
	a := b.a
	s := b.section("signatures", kHSignatures)
	sig := &Signatures{ID: "signatures-blocks", Blocks: make([]SignatureBlock, 0, len(a.Controllers)+1)}
	block := func(on string, p dpa.Party, path string) SignatureBlock {
		party := visibleOr(p.Name)
		if party == "" {
			// A line to fill in, as the name and title below have.
			party = signLine
		}
		// A title in another language carries its language, which each
		// writer marks as it marks a fallback span (review 34 sv R16, nb
		// R10, da R8).
		title := b.pick(&p.Signatory.Title, path+"/signatory/title", noKey)
		var titleLang i18n.Lang
		if title.Kind == Fallback && visibleOr(title.Text) != "" {
			titleLang = title.Lang
		}
		return SignatureBlock{On: on, Party: party, Name: visibleOr(p.Signatory.Name), Title: visibleOr(title.Text), TitleLang: titleLang,
			NameLabel: b.t(kSignName), TitleLabel: b.t(kSignTitle), PlaceDateLabel: b.t(kSignPlacedate), SignatureLabel: b.t(kSignSignature)}
	}
	for i, c := range a.Controllers {
		sig.Blocks = append(sig.Blocks, block(b.t(kSignController), c, "/controllers/"+strconv.Itoa(i)))
	}
	sig.Blocks = append(sig.Blocks, block(b.t(kSignProcessor), a.Processor, "/processor"))
	s.Blocks = append(s.Blocks, sig)
}

// signLine is the line left to fill in for a party not yet named in a
// signature block.
const signLine = "______________________________"

// visibleOr returns s cleaned, or "" when a reader could not see it, so
// that a signature block leaves the line to fill in.
func visibleOr(s string) string {
	if visible.Blank(s) {
		return ""
	}
	return clean(s)
}
