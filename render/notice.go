package render

import (
	"cmp"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/visible"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/transfer"
)

// NoticeOptions are the facts of a change notice that are not in the
// agreement.
type NoticeOptions struct {
	// Notified is the moment the notice is given to the controller.
	Notified time.Time
	// Zone is the time zone in which the days of the notice period and the
	// time to object are counted. Nil takes the agreement's own
	// ([dpa.Agreement.Zone]: its TimeZone, or else the zone of its
	// governing law's or its controller's country), so that no deadline is
	// counted in a zone nobody chose.
	Zone *time.Location
}

// Errors of [BuildNotice].
var (
	// ErrNoZone: NoticeOptions.Zone is nil and the agreement names no time
	// zone that follows from its own fields ([dpa.ErrNoZone]).
	ErrNoZone = errors.New("render: a notice needs the time zone its days are counted in")
	// ErrNothingToNotify: no change between the versions needs a notice or
	// the controller's prior authorisation.
	ErrNothingToNotify = errors.New("render: no change of sub-processors to notify")
)

// BuildNotice lays out, in language l, the notice the controller receives
// of the sub-processors that version new adds or changes compared with
// version old (GDPR Art. 28(2)): who each is, what it does, where it
// processes, its transfer basis and the assessment of each place outside
// the EEA on the day it would start, the day of the notice, the last day
// to object and the earliest day the change may take effect (from the
// agreement's notice period and time to object, [dpa.Agreement.ChangeDeadlines],
// counted in o.Zone or the agreement's zone, past the public holidays of
// the governing law, or of the controller's country when the agreement
// names no governing law, which the notice then says, or past weekends
// only, which the notice also says, where package civil/holiday has no
// calendar for that law), what a sub-processor that is
// replaced does with the personal data it holds (its [annex.Exit]) and
// that the processor passes on its written confirmation of deletion, that
// a new sub-processor is bound to the agreement's data protection
// obligations (Art. 28(4)), whom to object to (the processor's general
// contact), and who gives the notice (the processor's signatory). Under a
// specific authorisation the notice asks for the controller's
// authorisation instead and gives no deadline.
//
// The document is a [Document] like an agreement's, so every writer
// serves it. The errors are those of [change.Diff], [ErrNoZone],
// [ErrNothingToNotify], an [*i18n.UnsupportedError] for a language not in
// [i18n.Langs], and those of ChangeDeadlines for a period that cannot be
// counted.
func BuildNotice(old, new *dpa.Agreement, l i18n.Lang, o NoticeOptions) (*Document, error) {
	if !l.Valid() {
		return nil, &i18n.UnsupportedError{Tag: string(l)}
	}
	r, err := change.Diff(old, new)
	if err != nil {
		return nil, err
	}
	subs := r.SubProcessors()
	if len(subs) == 0 {
		return nil, ErrNothingToNotify
	}
	old, new = r.Versions()
	if o.Zone == nil {
		if o.Zone, err = zoneOf(new); err != nil {
			return nil, err
		}
	}
	b := new2Builder(new, l)
	b.doc.Title, b.doc.Subtitle = b.t(kNoticeTitle), b.t(kNoticeSubtitle)

	specific := false
	for _, s := range subs {
		specific = specific || s.Class == change.PriorAuthorisation
	}
	processor := strong(b.value(new.Processor.Name, "/processor/name", kBlankName))
	controller := b.controllers()
	agreement := b.agreementName(old)
	s := b.section("notice-change", kNoticeHChange)
	if specific {
		b.say(s, kNoticeIntroSpecific, processor, controller, agreement)
	} else {
		b.say(s, kNoticeIntroGeneral, processor, controller, agreement)
	}
	if old.Status == dpa.Draft {
		// A general authorisation exists only in a signed agreement
		// (review 26 en R1, sv R4, da R1).
		b.say(s, kNoticeDraft)
	}
	notified := o.Notified.In(o.Zone)
	b.say(s, kNoticeDate, b.date(civil.DateOf(notified)))

	// The deadlines, per engaging entry: an entry's own objection window
	// applies to the sub-processors it engages.
	type deadline struct {
		d   dpa.ChangeDeadlines
		err error
	}
	deadlines := map[string]deadline{}
	deadlineFor := func(engagedBy string) deadline {
		if d, ok := deadlines[engagedBy]; ok {
			return d
		}
		d, err := new.ChangeDeadlines(notified, o.Zone, engagedBy)
		deadlines[engagedBy] = deadline{d, err}
		return deadline{d, err}
	}
	var first, lastObject civil.Date
	var window civil.Period
	weekendsOnly := false // no holiday calendar for the governing law: only weekends moved a date
	// holidays is the one country whose public holidays moved the dates,
	// unless they came from more than one (mixed).
	var holidays transfer.Country
	mixed := false
	var controllerHolidays transfer.Country // no governing law: the controller's country's holidays counted
	for _, sp := range subs {
		e := new.Annexes.B.Entries[sp.Entry]
		dl := deadlineFor(e.EngagedBy)
		if dl.err != nil && !errors.Is(dl.err, dpa.ErrNoChangeTerms) {
			return nil, dl.err
		}
		weekendsOnly = weekendsOnly || dl.err == nil && dl.d.Holidays == ""
		if dl.err == nil && dl.d.Holidays != "" {
			if holidays == "" {
				holidays = dl.d.Holidays
			} else if holidays != dl.d.Holidays {
				mixed = true
			}
		}
		if dl.err == nil && dl.d.HolidaysOfController {
			controllerHolidays = dl.d.Holidays
		}
		start := dl.d.FirstEffectiveDay
		if e.Since.Valid() && (start.IsZero() || e.Since.After(start)) {
			start = e.Since
		}
		if start.IsZero() {
			start = civil.DateOf(notified)
		}
		if first.IsZero() || dl.d.FirstEffectiveDay.After(first) {
			first = dl.d.FirstEffectiveDay
		}
		if lastObject.IsZero() || dl.d.LastDayToObject.After(lastObject) {
			lastObject, window = dl.d.LastDayToObject, dl.d.ObjectionWindow
		}
		b.noticeEntry(old, new, sp, start)
	}

	if specific {
		d := b.section("notice-deadlines", kNoticeHDeadlinesSpecific)
		b.say(d, kNoticeSpecificEffect, controller)
	} else {
		d := b.section("notice-deadlines", kNoticeHDeadlines)
		if !lastObject.IsZero() {
			b.say(d, kNoticeObjectUntil, controller, b.date(lastObject), b.date(civil.DateOf(notified)), b.period(window, "/clauses/subProcessors", kBlankPeriod))
		}
		switch {
		case !first.IsZero() && !lastObject.IsZero():
			b.say(d, kNoticeEffectiveReceived, b.date(first), controller, b.date(civil.DateOf(notified)))
		case !first.IsZero():
			b.say(d, kNoticeEffective, b.date(first), controller)
		}
		b.say(d, kNoticeZone, b.zoneName(o.Zone))
		switch dated := !first.IsZero() || !lastObject.IsZero(); {
		case !dated:
		case weekendsOnly:
			b.say(d, kNoticeHolidaysWeekends)
		case controllerHolidays != "":
			// Cite the law clause, which refers to the main agreement's
			// law: the agreement has a rule, it only does not name the
			// country (review 18 sv R12, da R4).
			if n := paraNumber(new, l, "law", b.t(kLawMain)); n != "" {
				b.say(d, kNoticeHolidaysControllerClause, b.country(controllerHolidays), n)
			} else {
				b.say(d, kNoticeHolidaysController, b.country(controllerHolidays))
			}
		case holidays != "" && !mixed:
			// Say that the public holidays have been applied too, so
			// that every notice says what moved its dates (review 8 en
			// R9).
			b.say(d, kNoticeHolidaysApplied, b.country(holidays))
		}
	}
	contact := b.noticeContact(new.Processor)
	if specific {
		h := b.section("notice-object", kNoticeHAuthorise)
		b.say(h, kNoticeAuthoriseHow, contact)
	} else {
		h := b.section("notice-object", kNoticeHObject)
		sp := &old.Annexes.B
		grounds := kNoticeObjectFree
		if sp.Grounds() == annex.ReasonableGrounds {
			grounds = kNoticeObjectGrounds
		}
		// The rules on objecting: the paragraph on what an objection
		// does and, where it stands apart, the one with the time to
		// object (review 44 nb S4), from one layout of the agreement.
		window, _, _ := strings.Cut(b.t(kSubObjection, "\x00"), "\x00")
		entryWindow, _, _ := strings.Cut(b.t(kSubEntryWindow, "\x00", "\x00"), "\x00")
		clause, paras := paraNumbers(old, l, "sub-processors", b.t(kSubObjectionEffect), window, entryWindow)
		effect, w := cmp.Or(paras[0], clause), cmp.Or(paras[1], paras[2])
		ref := part{k: kNoticeObjectRef}
		switch {
		case effect == "":
		case w != "" && w != effect:
			ref = part{k: kNoticeObjectRefClauses, args: []string{w, effect}}
		default:
			ref = part{k: kNoticeObjectRefClause, args: []string{effect}}
		}
		b.sayAll(h, part{k: kNoticeObjectWrite, args: []string{contact, controller}}, part{k: grounds},
			part{k: kNoticeObjectStop, args: []string{controller}},
			part{k: objectionExitKey(sp.Exit(), kNoticeObjectExit, kNoticeObjectExitEither, kNoticeObjectExitMain), args: []string{controller}},
			ref)
	}
	b.noticeSender(new.Processor, processor)
	return b.doc, nil
}

// noticeSender closes a notice with who gives it for the processor: the
// processor's signatory and position (a blank to fill in when the
// agreement names no signatory).
func (b *builder) noticeSender(p dpa.Party, processor string) {
	s := b.section("notice-sender", kNoticeHSender)
	name := b.value(p.Signatory.Name, "/processor/signatory/name", kBlankName)
	if b.has(p.Signatory.Title) {
		b.say(s, kNoticeSender, processor, name, b.runningTitle(p.Signatory.Title, "/processor/signatory/title"))
		return
	}
	b.say(s, kNoticeSenderNotitle, processor, name)
}

// runningTitle is a position picked as text does, for use inside a
// sentence: in Swedish, Norwegian and Danish a title there is written
// with a small letter ("af Jens Eksempel, administrerende direktør"),
// though a form or a signature block gives it a capital (review 7, da
// R12). Text in another language, and a title that starts with an
// abbreviation such as "VD" or "CEO", are left as they are.
func (b *builder) runningTitle(t i18n.Text, path string) string {
	sp := b.pick(&t, path, kBlankName)
	switch {
	case sp.Kind == Blank:
		return blank(sp.Text)
	case sp.Kind == Fallback:
		return fallback(sp.Lang, sp.Text)
	case b.l == i18n.EN:
		return sp.Text
	}
	first, n := utf8.DecodeRuneInString(sp.Text)
	second, _ := utf8.DecodeRuneInString(sp.Text[n:])
	if !unicode.IsUpper(first) || !unicode.IsLower(second) {
		return sp.Text
	}
	return string(unicode.ToLower(first)) + sp.Text[n:]
}

// paraNumber is the number of the paragraph of the clause with the given
// id in agreement a, as rendered in language l, whose text begins with
// text, so that the notice can cite the paragraph on the effect of an
// objection ("7.4") rather than the whole clause (review 5 sv R8); the
// clause's number when no paragraph matches, and "" when the agreement
// cannot be laid out or has no such clause.
func paraNumber(a *dpa.Agreement, l i18n.Lang, id, text string) string {
	clause, paras := paraNumbers(a, l, id, text)
	if paras[0] != "" {
		return paras[0]
	}
	return clause
}

// paraNumbers lays a out once and returns the number of the clause with
// the given id and, for each of texts, the number of its first paragraph
// whose text begins with it, or "" when none does. Both are "" when the
// agreement cannot be laid out or has no such clause.
func paraNumbers(a *dpa.Agreement, l i18n.Lang, id string, texts ...string) (clause string, paras []string) {
	paras = make([]string, len(texts))
	d, err := Build(a, l, Options{AllowBlanks: true})
	if err != nil {
		return "", paras
	}
	for _, s := range d.Sections {
		if s.ID != id {
			continue
		}
		for _, bl := range s.Blocks {
			p, ok := bl.(*Paragraph)
			if !ok || p.Number == "" {
				continue
			}
			var sb strings.Builder
			for _, sp := range p.Spans {
				sb.WriteString(sp.Text)
			}
			for i, text := range texts {
				if paras[i] == "" && text != "" && strings.HasPrefix(sb.String(), text) {
					paras[i] = clean(p.Number)
				}
			}
		}
		return clean(s.Number), paras
	}
	return "", paras
}

// zoneKeys names the time zones of the Nordic countries in words; another
// zone is named by its IANA name.
var zoneKeys = map[string]key{
	"Europe/Stockholm":  kNoticeZoneSe,
	"Europe/Oslo":       kNoticeZoneNo,
	"Europe/Copenhagen": kNoticeZoneDk,
	"Europe/Helsinki":   kNoticeZoneFi,
}

// zoneName is a time zone as a reader says it: "Danish time" for a
// Nordic zone, else "the time zone America/New_York".
func (b *builder) zoneName(z *time.Location) string {
	if k, ok := zoneKeys[z.String()]; ok {
		return b.t(k)
	}
	return b.t(kNoticeZoneOther, clean(z.String()))
}

// agreementName names agreement a, the version in force, by its title,
// date and version, as a notice or an amendment cites it.
func (b *builder) agreementName(a *dpa.Agreement) string {
	title := b.t(kTitle)
	if b.has(a.Title) {
		title = b.text(a.Title, "/title", kBlankName)
	}
	switch {
	case a.Date.Valid() && seen(a.Version):
		return b.t(kNoticeAgreement, title, b.date(a.Date), clean(a.Version))
	case a.Date.Valid():
		return b.t(kNoticeAgreementNover, title, b.date(a.Date))
	case seen(a.Version):
		return b.t(kNoticeAgreementNodate, title, clean(a.Version))
	}
	return b.t(kNoticeAgreementBare, title)
}

// new2Builder returns a builder for a document about agreement a in
// language l, with dpakit's own wording.
func new2Builder(a *dpa.Agreement, l i18n.Lang) *builder {
	b := new(builder)
	b.a, b.l, b.main, b.ld = a, l, a.MainLang(), langFor(l)
	b.cat = (*Wording)(nil).table(b.ld)
	b.doc = b.newDocument()
	b.doc.Lang = l
	return b
}

// controllers names the controllers, emphasised.
func (b *builder) controllers() string {
	var names []string
	for i, c := range b.a.Controllers {
		names = append(names, strong(b.value(c.Name, "/controllers/"+strconv.Itoa(i)+"/name", kBlankName)))
	}
	if len(names) == 0 {
		return b.blank("/controllers", kBlankName)
	}
	return strings.Join(names, ", ")
}

// noticeEntry adds the section on one new or changed sub-processor.
func (b *builder) noticeEntry(old, new *dpa.Agreement, sp change.SubProcessor, start civil.Date) {
	e := new.Annexes.B.Entries[sp.Entry]
	path := "/annexes/b/entries/" + strconv.Itoa(sp.Entry)
	name := b.value(e.Name, path+"/name", kBlankName)
	b.n++
	s := b.newSection(Section{ID: "notice-sub-" + strconv.Itoa(sp.Entry), Heading: b.t(kNoticeHSub, name), Number: strconv.Itoa(b.n)})
	b.doc.Sections = append(b.doc.Sections, s)
	switch {
	case sp.Added && sp.Replaced >= 0:
		gone := old.Annexes.B.Entries[sp.Replaced]
		goneName := strong(b.value(gone.Name, "/annexes/b/entries/"+strconv.Itoa(sp.Replaced)+"/name", kBlankName))
		until := gone.Until
		if i, ok := new.Annexes.B.Index()[gone.ID]; ok && gone.ID != "" {
			until = new.Annexes.B.Entries[i].Until
		}
		if until.Valid() {
			b.say(s, kNoticeReplacesUntil, goneName, b.date(until))
		} else {
			b.say(s, kNoticeReplaces, goneName)
		}
		exit := gone.Exit
		if i, ok := new.Annexes.B.Index()[gone.ID]; ok && gone.ID != "" {
			exit = new.Annexes.B.Entries[i].Exit
		}
		b.noticeExit(s, goneName, strong(name), exit)
		b.noticeObligations(s, new, e, strong(name))
	case sp.Added:
		b.say(s, kNoticeAdded)
		b.noticeObligations(s, new, e, strong(name))
	case sp.Replaced >= 0 && leavingOnly(old.Annexes.B.Entries[sp.Replaced], e):
		// An approved sub-processor that leaves without a replacement: its
		// last day and what it does with the data, and no start.
		if e.Until.Valid() {
			b.say(s, kNoticeLeavesUntil, strong(name), b.date(e.Until))
		} else {
			b.say(s, kNoticeLeaves, strong(name))
		}
		b.noticeExit(s, strong(name), b.t(kNoticeReplacer), e.Exit)
		return
	default:
		b.say(s, kNoticeChanged)
	}
	var locs []string
	for _, loc := range e.Locations {
		locs = append(locs, b.locationName(loc))
	}
	basis := b.t(kTransferBasisEea)
	if b.outsideEEA(&e) {
		basis = b.basis(e.Transfer)
	}
	t := b.tables.take(Table{ID: s.ID + "-table", Header: b.header(b.t(kNoticeColItem), b.t(kNoticeColDetail)), RowLabels: true})
	t.Rows = append(t.Rows,
		b.row(b.tcell(kColName), b.strongCell(name)),
		b.row(b.tcell(kColOrgid), b.cell(b.entryOrgID(e.OrgID))),
		b.row(b.tcell(kColAddress), b.cell(b.address(e.Address))),
		b.row(b.tcell(kColActivity), b.textCell(e.Activity, path+"/activity", kBlankDescription)),
		b.row(b.tcell(kColLocations), b.cell(strings.Join(locs, "; "))),
		b.row(b.tcell(kColBasis), b.cell(basis)),
		b.row(b.tcell(kNoticeColAssessment), b.cell(b.assessment(new, e, start))),
	)
	if data := b.noticeData(new); data != "" {
		t.Rows = append(t.Rows, b.row(b.tcell(kNoticeColData), b.cell(data)))
	}
	t.Rows = append(t.Rows,
		b.row(b.tcell(kColEngagedby), b.cell(b.engagedBy(e.EngagedBy))),
		b.row(b.tcell(kNoticeColSince), b.cell(b.date(start))),
	)
	s.Blocks = append(s.Blocks, t)
}

// noticeData says which personal data and data subjects a new
// sub-processor's processing may reach: Annex A's, with its categories of
// data subjects by name, and its special categories said outright (review
// 6 nb R7), for each category that has them; "" when Annex A names no
// category.
func (b *builder) noticeData(a *dpa.Agreement) string {
	var names []string
	for i, g := range a.Annexes.A.Groups {
		name := b.text(g.Name, "/annexes/a/groups/"+strconv.Itoa(i)+"/name", kBlankGroup)
		// Said of the category that has them, not of all (review 7 sv
		// R12): special categories, and since review 18 da R8 data on
		// criminal convictions and national identification numbers too.
		var kinds []string
		if len(g.Special) > 0 || g.SpecialUnnamed {
			kinds = append(kinds, b.t(kNoticeKindSpecial))
		}
		if g.Criminal {
			kinds = append(kinds, b.t(kNoticeKindCriminal))
		}
		if g.NationalID {
			kinds = append(kinds, b.t(kNoticeKindNationalid))
		}
		if n := len(kinds); n > 1 {
			name = b.t(kNoticeDataIncluding, name, b.t(kNoticeDataAnd, strings.Join(kinds[:n-1], ", "), kinds[n-1]))
		} else if n == 1 {
			name = b.t(kNoticeDataIncluding, name, kinds[0])
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return ""
	}
	return b.t(kNoticeData, strings.Join(names, "; "))
}

// leavingOnly reports whether entry new differs from old only in its last
// day and its exit terms: it leaves, and nothing else about it changes.
func leavingOnly(old, new annex.SubProcessor) bool {
	old.Until, old.Exit, new.Until, new.Exit = civil.Date{}, annex.Exit{}, civil.Date{}, annex.Exit{}
	return reflect.DeepEqual(old, new)
}

// noticeExit says what the sub-processor gone does with the personal
// data it holds when it leaves, handing them to the one named next when
// it hands them over; nothing when the agreement does not say.
func (b *builder) noticeExit(s *Section, gone, next string, x annex.Exit) {
	by := ""
	if x.By.Valid() {
		by = b.date(x.By)
	}
	switch {
	case x.Action == annex.ExitDelete && by != "":
		b.say(s, kNoticeExitDeleteBy, gone, by)
	case x.Action == annex.ExitDelete:
		b.say(s, kNoticeExitDelete, gone)
	case x.Action == annex.ExitReturn && by != "":
		b.say(s, kNoticeExitReturnBy, gone, by)
	case x.Action == annex.ExitReturn:
		b.say(s, kNoticeExitReturn, gone)
	case x.Action == annex.ExitTransfer && by != "":
		b.say(s, kNoticeExitTransferBy, gone, next, by)
	case x.Action == annex.ExitTransfer:
		b.say(s, kNoticeExitTransfer, gone, next)
	default:
		return
	}
	b.say(s, kNoticeExitConfirm, gone, b.controllers())
}

// zoneOf is the time zone of agreement a ([dpa.Agreement.Zone]);
// [ErrNoZone] when it has none, wrapping the reason.
func zoneOf(a *dpa.Agreement) (*time.Location, error) {
	z, err := a.Zone()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoZone, err)
	}
	return z, nil
}

// entryOrgID is a sub-processor's registration number as Annex B shows
// it: a Nordic number with its register named, as in clause 1 and in a
// notice ("Danish CVR number 99990015"); another as written, under the
// column's general label; "" when there is none.
func (b *builder) entryOrgID(id org.ID) string {
	switch {
	case id.IsZero():
		return ""
	case id.Scheme.Valid() && id.Scheme != org.Other:
		return upperFirst(b.orgID(id))
	}
	return clean(id.String())
}

// assessment assesses each of the entry's locations outside the EEA on
// day on, exported from the country of whoever engaged it; under an
// instruction that lists the countries, the locations inside the EEA too,
// so that a location outside the list shows (review 41 en R9).
func (b *builder) assessment(a *dpa.Agreement, e annex.SubProcessor, on civil.Date) string {
	exporter := a.Processor.Address.Country
	if e.EngagedBy != "" {
		if i, ok := a.Annexes.B.Index()[e.EngagedBy]; ok {
			exporter = a.Annexes.B.Entries[i].Address.Country
		}
	}
	in := a.Annexes.C.Transfers
	listed := in.Kind == transfer.OnlyListed
	var out []string
	for _, loc := range e.Locations {
		if loc.EEA() && !listed {
			continue
		}
		v := transfer.Assess(transfer.Query{Location: loc, Exporter: exporter, Date: on, Basis: e.Transfer, Instruction: in})
		if loc.EEA() && v.Allowed {
			continue
		}
		var reasons []string
		for x := transfer.Reason(0); x.Valid(); x++ {
			if !v.Reasons.Has(x) || !v.Allowed && !x.Blocking() {
				continue
			}
			// The reasons that name a day name the one assessed, the day
			// the sub-processor is to start, rather than the agreement's.
			switch x {
			case transfer.AdequacyApplies:
				reasons = append(reasons, b.t(kNoticeReasonAdequacy, b.date(on)))
			case transfer.AdequacyNotYet:
				reasons = append(reasons, b.t(kNoticeReasonNotyet, b.date(on)))
			case transfer.AdequacyEnded:
				reasons = append(reasons, b.t(kNoticeReasonEnded, b.date(on)))
			default:
				reasons = append(reasons, x.In(b.l))
			}
		}
		k := kNoticeAssessAllowed
		if !v.Allowed {
			k = kNoticeAssessBlocked
		}
		out = append(out, b.t(k, b.locationName(loc), b.date(on), strings.Join(reasons, " ")))
	}
	if len(out) > 0 {
		return strings.Join(out, " ")
	}
	if listed && len(in.Countries) > 0 {
		return b.t(kNoticeAssessListed, b.joinList(b.countryNames(in.Countries)))
	}
	return b.t(kNoticeAssessEea)
}

// noticeObligations says who flows the obligations of the agreement down
// to the new sub-processor e, named name: the processor, or the
// sub-processor further down the chain that engages it, and that the
// processor stays fully liable to the controller (Art. 28(4); review 10
// en R6).
func (b *builder) noticeObligations(s *Section, a *dpa.Agreement, e annex.SubProcessor, name string) {
	processor := strong(b.value(a.Processor.Name, "/processor/name", kBlankName))
	if e.EngagedBy != "" {
		if i, ok := a.Annexes.B.Index()[e.EngagedBy]; ok {
			engager := strong(b.value(a.Annexes.B.Entries[i].Name, "/annexes/b/entries/"+strconv.Itoa(i)+"/name", kBlankName))
			b.say(s, kNoticeObligationsChain, name, engager, processor)
			return
		}
	}
	b.say(s, kNoticeObligations, name, processor)
}

// noticeContact names whom to object to: the processor's general contact,
// else its first, else the processor at its address.
func (b *builder) noticeContact(p dpa.Party) string {
	var c *org.Contact
	at := 0
	for i := range p.Contacts {
		if p.Contacts[i].Role == org.RoleGeneral {
			c, at = &p.Contacts[i], i
			break
		}
	}
	if c == nil && len(p.Contacts) > 0 {
		c = &p.Contacts[0]
	}
	if c == nil {
		return b.t(kNoticeContactNone)
	}
	// An objection is made in writing: the channel is the e-mail address,
	// else the processor's postal address, never a telephone number,
	// which would invite an objection whose time and content nobody can
	// prove (review 6 nb R6).
	// A contact point that is a function or a unit has its name in the
	// contact's title, which is free text in the parties' languages: it is
	// marked with its language when shown in another, as in the contacts
	// table (review 10 en R2).
	var parts []string
	if !visible.Blank(c.Name) {
		parts = append(parts, clean(c.Name))
	} else if !c.Title.IsZero() {
		parts = append(parts, b.text(c.Title, "/processor/contacts/"+strconv.Itoa(at)+"/title", noKey))
	}
	if !visible.Blank(c.Email) {
		parts = append(parts, clean(c.Email))
	} else if ad := b.address(p.Address); ad != "" {
		parts = append(parts, ad)
	}
	if len(parts) == 0 {
		return b.t(kNoticeContactNone)
	}
	return strings.Join(parts, ", ")
}
