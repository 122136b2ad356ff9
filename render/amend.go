package render

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// BuildAmendment lays out, in language l, the amendment that turns version
// old of an agreement into version new: a summary of every change as
// [change.Diff] lists and classifies it (the field, the kind of change,
// what it needs and its legal basis, and what the changes need together),
// then a redline of the clauses whose text differs, with the words taken
// out as [Deleted] spans and the words put in as [Inserted] spans, and,
// when a change needs a signed amendment, the parties' signature blocks.
// When every change takes effect by notice or authorisation (Art. 28(2)),
// the document is titled as the updated agreement, not as an amendment
// under Art. 28(3) and (9), and says that the new version applies from
// the day the change takes effect and lapses if the controller objects in
// time. The summary's opening sentence names the versions and the new
// date; the table lists only the changes of substance.
//
// Both versions are laid out with opts (a version with blanks is laid
// out with them, as AllowBlanks would) and compared as rendered text.
// Clauses and annexes are matched by their stable ids ([Section.ID]); the
// paragraphs, lists, tables and signature blocks of a clause by their
// content, so that a paragraph put in does not make every later one
// differ, and otherwise in order, which for clauses of the same shape
// pairs those of the same id. Rows of a table are matched by their key
// ([Table.Keys]: a row of Annex B by its sub-processor's id), or else as
// blocks are. Each paragraph, list item and cell is compared word by word
// (the longest common subsequence of its words). A changed clause shows
// only its changed paragraphs, lists and rows; an added or removed one
// shows whole. The sections keep the agreement's ids and numbers.
//
// The document is a [Document] like an agreement's, so every writer
// serves it. The errors are those of [change.Diff] (two agreements with
// different ids are [change.ErrDifferentAgreements]), of [Build], and an
// [*i18n.UnsupportedError] for a language not in [i18n.Langs]. Doubts
// about the pair ([change.Problem]) are stated in the summary.
func BuildAmendment(old, new *dpa.Agreement, l i18n.Lang, opts Options) (*Document, error) {
	if !l.Valid() {
		return nil, &i18n.UnsupportedError{Tag: string(l)}
	}
	r, err := change.Diff(old, new)
	if err != nil {
		return nil, err
	}
	old, new = r.Versions()
	opts.AllowBlanks = true
	od, err := Build(old, l, opts)
	if err != nil {
		return nil, err
	}
	nd, err := Build(new, l, opts)
	if err != nil {
		return nil, err
	}
	b := new2Builder(new, l)
	b.opts = opts
	b.doc.Title, b.doc.Subtitle, b.doc.TOC, b.doc.toc = b.t(kAmendTitle), b.t(kAmendSubtitle), opts.TOC, b.t(kToc)
	byNoticeOnly := r.Needs == change.Notice || r.Needs == change.PriorAuthorisation
	if byNoticeOnly {
		// Nothing here is signed: the changes take effect under Art. 28(2),
		// so the document neither calls itself a signed amendment nor
		// cites Art. 28(3) and (9).
		b.doc.Title, b.doc.Subtitle = b.t(kAmendTitleNotice), b.t(kAmendSubtitleNotice)
	}

	s := b.newSection(Section{ID: "amend-summary", Heading: b.t(kAmendHSummary)})
	b.doc.Sections = append(b.doc.Sections, s)
	processor := strong(b.value(new.Processor.Name, "/processor/name", kBlankName))
	oldVersion, newVersion := versionName(old.Version), versionName(new.Version)
	switch {
	case byNoticeOnly && seen(new.Version) && new.Date.Valid():
		b.say(s, kAmendIntroUpdate, b.agreementName(old), b.controllers(), processor, newVersion, b.date(new.Date))
	case seen(new.Version) && new.Date.Valid() && r.Needs == change.Amendment:
		// A change that needs signatures takes effect on signature, which
		// may fall after the version's date: the date names the version
		// only (review 18 en R13).
		b.say(s, kAmendIntroSigned, b.agreementName(old), b.controllers(), processor, newVersion, b.date(new.Date))
	case seen(new.Version) && new.Date.Valid():
		b.say(s, kAmendIntroDated, b.agreementName(old), b.controllers(), processor, newVersion, b.date(new.Date))
	case seen(new.Version):
		b.say(s, kAmendIntro, b.agreementName(old), b.controllers(), processor, newVersion)
	default:
		b.say(s, kAmendIntroNonew, b.agreementName(old), b.controllers(), processor)
	}
	for _, p := range r.Problems {
		switch p.Code {
		case change.ReplacesMissing:
			b.say(s, kAmendProblemMissing, newVersion, oldVersion)
		case change.ReplacesOther:
			b.say(s, kAmendProblemOther, newVersion, oldVersion)
		}
	}
	byNotice := false
	for _, c := range r.Changes {
		byNotice = byNotice || c.Class == change.Notice
	}
	var dated *noticeDates
	if byNotice && !opts.Notice.Notified.IsZero() {
		if dated, err = amendNoticeDates(new, r.Changes, opts.Notice); err != nil {
			return nil, err
		}
	}
	switch {
	case dated != nil && r.Needs == change.Amendment:
		b.say(s, kAmendNeedsSplitDated, b.date(dated.notified), b.date(dated.first), b.date(dated.last))
	case dated != nil && r.Needs == change.Notice:
		b.say(s, kAmendNeedsNoticeDated, b.date(dated.notified), b.date(dated.first), b.date(dated.last))
	case r.Needs == change.Amendment && byNotice:
		b.say(s, kAmendNeedsSplit)
	default:
		b.say(s, needsKey(r.Needs))
	}
	// The end date and exit terms of a sub-processor that leaves bind
	// whatever the controller says of the rest (review 24 en R1, sv R4).
	leaves := slices.ContainsFunc(r.Changes, leaving)
	switch {
	case r.Needs == change.Notice && seen(old.Version) && seen(new.Version) && leaves:
		b.say(s, kAmendLapseExcept, newVersion, oldVersion)
	case r.Needs == change.Notice && seen(old.Version) && seen(new.Version):
		b.say(s, kAmendLapse, newVersion, oldVersion)
	case r.Needs == change.Notice && leaves:
		b.say(s, kAmendLapseBareExcept)
	case r.Needs == change.Notice:
		b.say(s, kAmendLapseBare)
	case r.Needs == change.Amendment && byNotice:
		b.say(s, kAmendLapseSplit)
	}
	if byNotice && replacesOne(r) {
		// An objection is to the sub-processor brought in, not to the
		// processor's ceasing to use the one it replaces (review 21 en R2).
		b.say(s, kAmendLapseLeaving)
	}
	if byNotice && old.Status == dpa.Draft {
		// What a notice does presupposes a signed agreement (review 26
		// en R1, sv R4, da R1).
		b.say(s, kAmendDraft)
	}
	if len(r.Changes) > 0 {
		header := []string{b.t(kAmendColField), b.t(kAmendColChange), b.t(kAmendColNeeds), b.t(kAmendColRef)}
		if dated != nil {
			header = append(header, b.t(kAmendColEffect))
		}
		t := &Table{ID: "amend-summary-table", Header: header}
		for _, c := range r.Changes {
			if versionOnly(c) {
				continue // the opening sentence names the versions and the date
			}
			row := []Cell{
				{{Text: b.where(c, new, nd)}}, {{Text: b.t(changeKindKey(c, od.Blanks))}}, {{Text: b.t(classKey(c.Class))}}, {{Text: b.ref(c)}},
			}
			if dated != nil {
				row = append(row, Cell{{Text: b.effect(c, dated, r.Needs == change.Amendment || r.Needs == change.Notice)}})
			}
			t.Rows = append(t.Rows, row)
		}
		if len(t.Rows) > 0 {
			s.Blocks = append(s.Blocks, t)
		}
	}

	// Terms the amended agreement still leaves blank are named, so that
	// the parties can fill them in before they sign: the redline shows
	// only the clauses that change (review 6 nb R4).
	if open := b.blankTerms(nd, new); open != "" {
		if byNoticeOnly {
			b.say(s, kAmendBlanksNotice, open)
		} else {
			b.say(s, kAmendBlanks, open)
		}
	}

	red := redlineSections(od.Sections, nd.Sections)
	if len(r.Changes) > 0 {
		b.say(s, kAmendUnchanged)
	}
	if len(red) > 0 {
		b.say(s, kAmendMarks)
	} else if len(r.Changes) > 0 {
		b.say(s, kAmendSame)
	}
	b.doc.Sections = append(b.doc.Sections, red...)
	// Changes made by notice need no signature, unless the version they
	// update is a draft: without a signed agreement there is no general
	// authorisation, and the changes can be made only by both parties'
	// signatures, as the summary says (kAmendDraft; review 40 sv R6).
	if r.Needs == change.Amendment || byNotice && old.Status == dpa.Draft {
		if sig := findSignatures(nd.Sections); sig != nil {
			heading := kAmendHSign
			if r.Needs != change.Amendment {
				// Only the draft's case needs them (review 41 sv S8).
				heading = kAmendHSignDraft
			}
			sec := b.newSection(Section{ID: "amend-signatures", Heading: b.t(heading)})
			sec.Blocks = append(sec.Blocks, &Signatures{ID: "amend-signatures-blocks", Blocks: sig.Blocks})
			b.doc.Sections = append(b.doc.Sections, sec)
		}
	}
	b.doc.Blanks, b.doc.FellBack = nd.Blanks, nd.FellBack
	return b.doc, nil
}

// noticeDates are the days of the notice under which an amendment's
// changes of sub-processors take effect: the day of the notice, and over
// those changes the latest last day to object and the latest earliest day
// of effect.
type noticeDates struct {
	notified, first, last civil.Date
}

// amendNoticeDates counts the days of notice o for the changes of
// sub-processors among cs, each with the objection window of the entry
// that engages it ([dpa.Agreement.ChangeDeadlines]); nil when the agreement
// sets no period for them to be counted from.
func amendNoticeDates(a *dpa.Agreement, cs []change.Change, o NoticeOptions) (*noticeDates, error) {
	zone := o.Zone
	if zone == nil {
		var err error
		if zone, err = zoneOf(a); err != nil {
			return nil, err
		}
	}
	notified := o.Notified.In(zone)
	d := &noticeDates{notified: civil.DateOf(notified)}
	for _, c := range cs {
		if c.Class != change.Notice {
			continue
		}
		engagedBy := ""
		if rest, ok := strings.CutPrefix(c.Path, "/annexes/b/entries/"); ok {
			n, _, _ := strings.Cut(rest, "/")
			if i, err := strconv.Atoi(n); err == nil && i >= 0 && i < len(a.Annexes.B.Entries) {
				engagedBy = a.Annexes.B.Entries[i].EngagedBy
			}
		}
		dl, err := a.ChangeDeadlines(notified, zone, engagedBy)
		if errors.Is(err, dpa.ErrNoChangeTerms) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if dl.FirstEffectiveDay.After(d.first) {
			d.first = dl.FirstEffectiveDay
		}
		if dl.LastDayToObject.After(d.last) {
			d.last = dl.LastDayToObject
		}
	}
	if d.first.IsZero() || d.last.IsZero() {
		return nil, nil
	}
	return d, nil
}

// effect says when change c takes effect, for the summary's last column.
// summarised is set when the summary above the table already states the
// notice's dates in full sentences: a row then refers to it instead of
// repeating them (review 11 da R4).
func (b *builder) effect(c change.Change, d *noticeDates, summarised bool) string {
	switch c.Class {
	case change.Notice:
		if leaving(c) {
			return b.t(kAmendEffectLeaving, b.date(d.notified))
		}
		if summarised {
			return b.t(kAmendEffectNoticeSummary, b.date(d.notified))
		}
		return b.t(kAmendEffectNotice, b.date(d.notified), b.date(d.first), b.date(d.last))
	case change.PriorAuthorisation:
		return b.t(kAmendEffectPrior)
	case change.Amendment:
		return b.t(kAmendEffectSignature)
	}
	return b.t(kAmendEffectNone)
}

// versionOnly reports whether change c only renumbers or redates the
// agreement (its version, the version it replaces, its date): it alters
// no obligation, and the summary's opening sentence already names the
// versions and the date, so the summary table leaves it out.
func versionOnly(c change.Change) bool {
	if c.Class != change.None {
		return false
	}
	switch c.Path {
	case "/version", "/replaces", "/date":
		return true
	}
	return strings.HasPrefix(c.Path, "/replaces/")
}

// versionName is a version as the amendment names it; "—" when the
// agreement has none.
func versionName(v string) string {
	if !seen(v) {
		return "—"
	}
	return clean(v)
}

// refKeys holds the catalogue text of each legal reference of
// [change.Rules], so that the summary cites the law in the reader's
// language; TestRefKeys keeps it complete.
var refKeys = map[string]key{
	"GDPR Art. 28(9)":                                kAmendRefArt289,
	"GDPR Art. 28(2), second sentence":               kAmendRefArt282Second,
	"GDPR Art. 28(2), first sentence":                kAmendRefArt282First,
	"GDPR Art. 28(2)":                                kAmendRefArt282,
	"GDPR Art. 28(2), (9)":                           kAmendRefArt2829,
	"GDPR Art. 28(2), (4); Art. 28(3)(a), Chapter V": kAmendRefArt28243a,
	"GDPR Art. 28(3), (9)":                           kAmendRefArt2839,
	"GDPR Art. 28(2), 28(3)(g), 28(4)":               kAmendRefArt2823g4,
}

// ref returns a rule's legal reference in the builder's language; a
// reference of a rule of the caller's own is shown as the rule has it.
func (b *builder) ref(c change.Change) string {
	if c.Class == change.None {
		return "" // a change that alters no obligation has no legal basis to cite
	}
	r := c.Ref
	if k, ok := refKeys[r]; ok {
		return b.t(k)
	}
	return clean(r)
}

// clauseSections maps a field of the clauses (/clauses/NAME) to the id of
// the clause that renders it.
var clauseSections = map[string]string{
	"confidentiality":             "confidentiality",
	"confidentialityLaw":          "confidentiality",
	"subProcessorSecrecy":         "confidentiality",
	"unlawfulInstruction":         "instructions",
	"breachNotification":          "breach",
	"processorMayNotifyAuthority": "breach",
	"endOfService":                "deletion",
	"governingLaw":                "law",
	"venue":                       "law",
	"liability":                   "liability",
	"remedies":                    "remedies",
}

// where names, in words, the clause or annex of the rendered agreement
// doc that change c is in: its number and heading, and for a
// sub-processor its name and the field.
func (b *builder) where(c change.Change, a *dpa.Agreement, doc *Document) string {
	parts := strings.Split(strings.TrimPrefix(c.Path, "/"), "/")
	section := func(id string) string {
		for _, s := range doc.Sections {
			if s.ID == id {
				return strings.TrimSpace(sectionTitle(s, true))
			}
		}
		return ""
	}
	switch parts[0] {
	case "version":
		switch o, n := jsonString(c.Old), jsonString(c.New); {
		case seen(o) && seen(n):
			return b.t(kAmendWhereVersionValues, clean(o), clean(n))
		case seen(n):
			return b.t(kAmendWhereVersionNew, clean(n))
		}
		return b.t(kAmendWhereVersion)
	case "replaces":
		return b.t(kAmendWhereReplaces)
	case "date":
		o, err1 := civil.ParseDate(jsonString(c.Old))
		n, err2 := civil.ParseDate(jsonString(c.New))
		if err1 == nil && err2 == nil && o.Valid() && n.Valid() {
			return b.t(kAmendWhereDateValues, b.date(o), b.date(n))
		}
		return b.t(kAmendWhereDate)
	case "clauses":
		if len(parts) > 1 {
			id := clauseSections[parts[1]]
			// A deadline for notice of a breach of the agreement stands in
			// the clause on breach of the agreement, not in clause 11.
			if parts[1] == "breachNotification" && len(parts) > 2 {
				i, err := strconv.Atoi(parts[2])
				if err == nil && i >= 0 && i < len(a.Clauses.BreachNotification) && a.Clauses.BreachNotification[i].Kind == dpa.AgreementBreach {
					id = "remedies"
				}
			}
			if t := section(id); t != "" {
				if parts[1] == "breachNotification" && len(parts) > 2 {
					// Two deadlines of one clause are told apart by the
					// event each is for.
					i, err := strconv.Atoi(parts[2])
					if err == nil && i >= 0 && i < len(a.Clauses.BreachNotification) {
						if k := a.Clauses.BreachNotification[i].Kind; k.Valid() {
							return b.t(kAmendWhereBreach, t, lowerFirst(k.In(b.l)))
						}
					}
				}
				return t
			}
		}
	case "annexes":
		if len(parts) < 2 {
			break
		}
		t := section("annex-" + parts[1])
		if t == "" {
			break
		}
		if parts[1] == "b" && len(parts) > 3 && parts[2] == "entries" {
			i, err := strconv.Atoi(parts[3])
			name := ""
			if err == nil && i >= 0 && i < len(a.Annexes.B.Entries) {
				name = clean(a.Annexes.B.Entries[i].Name)
			}
			if name == "" {
				return t
			}
			k := kAmendWhereSub
			if len(parts) > 4 {
				switch parts[4] {
				case "until":
					k = kAmendWhereSubUntil
				case "since":
					k = kAmendWhereSubSince
				case "exit":
					k = kAmendWhereSubExit
				}
			}
			return b.t(k, t, name)
		}
		return t
	}
	return b.t(kAmendWhereOther)
}

// jsonString is a JSON string value's text; "" for anything else.
func jsonString(v []byte) string {
	var s string
	if json.Unmarshal(v, &s) != nil {
		return ""
	}
	return s
}

func needsKey(c change.Class) key {
	switch c {
	case change.None:
		return kAmendNeedsNone
	case change.Notice:
		return kAmendNeedsNotice
	case change.PriorAuthorisation:
		return kAmendNeedsPrior
	}
	return kAmendNeedsAmendment
}

func classKey(c change.Class) key {
	switch c {
	case change.None:
		return kAmendClassNone
	case change.Notice:
		return kAmendClassNotice
	case change.PriorAuthorisation:
		return kAmendClassPrior
	}
	return kAmendClassAmendment
}

// blankTerms names, once each and in the order of doc, the clauses and
// annexes of the rendered agreement doc that still show a blank; "" when
// there is none.
func (b *builder) blankTerms(doc *Document, a *dpa.Agreement) string {
	var names []string
	for _, p := range doc.Blanks {
		if n := b.where(change.Change{Path: p}, a, doc); n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return strings.Join(names, "; ")
}

// changeKindKey is the text of the kind of change c. A value put where the
// old version showed a blank fills in a term that was already there: it
// is not an added obligation (review 6 nb R10, da R3).
func changeKindKey(c change.Change, oldBlanks []string) key {
	if c.Kind == change.Added {
		for _, p := range oldBlanks {
			if p == c.Path || strings.HasPrefix(p, c.Path+"/") || strings.HasPrefix(c.Path, p+"/") {
				return kAmendKindFilled
			}
		}
	}
	return kindKey(c.Kind)
}

func kindKey(k change.Kind) key {
	switch k {
	case change.Added:
		return kAmendKindAdded
	case change.Removed:
		return kAmendKindRemoved
	case change.Moved:
		return kAmendKindMoved
	}
	return kAmendKindChanged
}

// findSignatures returns the first signature block of the sections, depth
// first.
func findSignatures(secs []*Section) *Signatures {
	stack := append([]*Section(nil), secs...)
	for len(stack) > 0 {
		s := stack[0]
		stack = stack[1:]
		for _, b := range s.Blocks {
			if sig, ok := b.(*Signatures); ok {
				return sig
			}
		}
		stack = append(append([]*Section(nil), s.Sections...), stack...)
	}
	return nil
}

// redlineSections returns the sections that differ between two lists of
// sections, matched by id, in the new order, a section only in olds just
// before the first new section that follows it there.
func redlineSections(olds, news []*Section) []*Section {
	oldAt := make(map[string]int, len(olds))
	for i, s := range olds {
		if _, dup := oldAt[s.ID]; !dup {
			oldAt[s.ID] = i
		}
	}
	newHas := make(map[string]bool, len(news))
	for _, s := range news {
		newHas[s.ID] = true
	}
	var out []*Section
	next := 0 // the first old section not yet passed
	flush := func(upto int) {
		for ; next < upto; next++ {
			if !newHas[olds[next].ID] {
				out = append(out, wholeSection(olds[next], Deleted))
			}
		}
	}
	for _, n := range news {
		i, ok := oldAt[n.ID]
		if !ok {
			out = append(out, wholeSection(n, Inserted))
			continue
		}
		if i >= next {
			flush(i)
			next = i + 1
		}
		if s := redlineSection(olds[i], n); s != nil {
			out = append(out, s)
		}
	}
	flush(len(olds))
	return out
}

// redlineSection returns the redline of a section in two versions, or nil
// when neither its heading nor any of its blocks or subsections differs.
func redlineSection(o, n *Section) *Section {
	out := &Section{ID: n.ID, Number: n.Number, Heading: n.Heading, HeadingKind: n.HeadingKind, HeadingLang: n.HeadingLang, Annex: n.Annex}
	if o.Heading != n.Heading || o.HeadingKind != n.HeadingKind || o.HeadingLang != n.HeadingLang {
		out.Blocks = append(out.Blocks, &Paragraph{ID: n.ID + "-heading", Spans: diffSpans(o.HeadingSpans(), n.HeadingSpans())})
	}
	out.Blocks = append(out.Blocks, redlineBlocks(o.Blocks, n.Blocks)...)
	out.Sections = redlineSections(o.Sections, n.Sections)
	if len(out.Blocks) == 0 && len(out.Sections) == 0 {
		return nil
	}
	return out
}

// wholeSection returns a section, its blocks and its subsections all
// marked as kind (Deleted or Inserted).
func wholeSection(s *Section, kind SpanKind) *Section {
	out := &Section{ID: s.ID, Number: s.Number, Heading: s.Heading, HeadingKind: s.HeadingKind, HeadingLang: s.HeadingLang, Annex: s.Annex}
	for _, b := range s.Blocks {
		var r Block
		if kind == Deleted {
			r = redlineBlock(b, nil)
		} else {
			r = redlineBlock(nil, b)
		}
		if r != nil {
			out.Blocks = append(out.Blocks, r)
		}
	}
	for _, sub := range s.Sections {
		out.Sections = append(out.Sections, wholeSection(sub, kind))
	}
	return out
}

// blockKey is what two blocks must share to be the same: their type and
// their text.
func blockKey(b Block) string {
	var sb strings.Builder
	switch b := b.(type) {
	case *Paragraph:
		sb.WriteString("p\x00")
		spanKey(&sb, b.Spans)
	case *List:
		sb.WriteString("l\x00")
		for _, it := range flatten(b) {
			sb.WriteByte(byte('0' + it.depth%64))
			spanKey(&sb, it.spans)
		}
	case *Table:
		sb.WriteString("t\x00")
		for _, h := range b.Header {
			sb.WriteString(h)
			sb.WriteByte(0)
		}
		for _, r := range b.Rows {
			sb.WriteString(rowKey(r))
		}
	case *Signatures:
		sb.WriteString("s\x00")
		for _, s := range b.Blocks {
			for _, f := range []string{s.On, s.Party, s.Name, s.Title} {
				sb.WriteString(f)
				sb.WriteByte(0)
			}
		}
	}
	return sb.String()
}

func spanKey(sb *strings.Builder, sp []Span) {
	for _, s := range sp {
		sb.WriteByte(byte('A' + s.Kind))
		sb.WriteString(string(s.Lang))
		sb.WriteByte(1)
		sb.WriteString(s.Text)
		sb.WriteByte(2)
	}
	sb.WriteByte(3)
}

func rowKey(r []Cell) string {
	var sb strings.Builder
	for _, c := range r {
		spanKey(&sb, c)
	}
	sb.WriteByte(4)
	return sb.String()
}

// redlineBlocks returns the redline of the blocks of a section in two
// versions: what changed, what was put in and what was taken out.
func redlineBlocks(olds, news []Block) []Block {
	ok := make([]string, len(olds))
	for i, b := range olds {
		ok[i] = blockKey(b)
	}
	nk := make([]string, len(news))
	for j, b := range news {
		nk[j] = blockKey(b)
	}
	var out []Block
	for _, p := range align(ok, nk, func(i, j int) bool { return ok[i][0] == nk[j][0] }) {
		switch {
		case p.i >= 0 && p.j >= 0:
			if ok[p.i] != nk[p.j] {
				out = appendBlock(out, redlineBlock(olds[p.i], news[p.j]))
			}
		case p.i >= 0:
			out = appendBlock(out, redlineBlock(olds[p.i], nil))
		default:
			out = appendBlock(out, redlineBlock(nil, news[p.j]))
		}
	}
	return out
}

func appendBlock(out []Block, b Block) []Block {
	if b == nil {
		return out
	}
	return append(out, b)
}

// redlineBlock returns the redline of a block in two versions of the same
// type; o or n is nil for a block put in or taken out. Signature blocks
// give nil: who signs is in the summary, and the amendment has its own.
func redlineBlock(o, n Block) Block {
	switch nb := n.(type) {
	case *Paragraph:
		ob, _ := o.(*Paragraph)
		if ob == nil {
			ob = &Paragraph{}
		}
		return &Paragraph{ID: nb.ID, Number: nb.Number, Spans: diffSpans(ob.Spans, nb.Spans)}
	case *List:
		ob, _ := o.(*List)
		return redlineList(ob, nb)
	case *Table:
		ob, _ := o.(*Table)
		return redlineTable(ob, nb)
	}
	switch ob := o.(type) {
	case *Paragraph:
		return &Paragraph{ID: ob.ID, Number: ob.Number, Spans: diffSpans(ob.Spans, nil)}
	case *List:
		return redlineList(ob, nil)
	case *Table:
		return redlineTable(ob, nil)
	}
	return nil
}

// flatItem is a list item with its depth, the ordering of its list and its
// spans.
type flatItem struct {
	spans   []Span
	depth   int
	ordered bool
}

func flatten(l *List) []flatItem {
	if l == nil {
		return nil
	}
	var out []flatItem
	eachItem(l, func(it ListItem, in *List, _, depth int) {
		out = append(out, flatItem{it.Spans, depth, in.Ordered})
	})
	return out
}

// redlineList returns the whole list with every item redlined (items that
// stay are shown as they are, for context); o or n is nil for a list put
// in or taken out.
func redlineList(o, n *List) *List {
	of, nf := flatten(o), flatten(n)
	ok := make([]string, len(of))
	for i, it := range of {
		var sb strings.Builder
		sb.WriteByte(byte(it.depth % 64))
		spanKey(&sb, it.spans)
		ok[i] = sb.String()
	}
	nk := make([]string, len(nf))
	for j, it := range nf {
		var sb strings.Builder
		sb.WriteByte(byte(it.depth % 64))
		spanKey(&sb, it.spans)
		nk[j] = sb.String()
	}
	var items []flatItem
	for _, p := range align(ok, nk, func(int, int) bool { return true }) {
		switch {
		case p.i >= 0 && p.j >= 0:
			items = append(items, flatItem{diffSpans(of[p.i].spans, nf[p.j].spans), nf[p.j].depth, nf[p.j].ordered})
		case p.i >= 0:
			items = append(items, flatItem{diffSpans(of[p.i].spans, nil), of[p.i].depth, of[p.i].ordered})
		default:
			items = append(items, flatItem{diffSpans(nil, nf[p.j].spans), nf[p.j].depth, nf[p.j].ordered})
		}
	}
	src := n
	if src == nil {
		src = o
	}
	return nest(src.ID, src.Ordered, items)
}

// nest builds a list tree from items in depth-first order.
func nest(id string, ordered bool, items []flatItem) *List {
	root := &List{ID: id, Ordered: ordered}
	stack := []*List{root}
	for _, it := range items {
		d := min(it.depth, len(stack)) // a depth that skips a level is taken one below the last
		for len(stack)-1 > d {
			stack = stack[:len(stack)-1]
		}
		// One level deeper than the last item: a list under it. Without
		// an item to hang it on, the item stays at this level.
		if top := stack[len(stack)-1]; d == len(stack) && len(top.Items) > 0 {
			last := &top.Items[len(top.Items)-1]
			if last.Children == nil {
				last.Children = &List{Ordered: it.ordered}
			}
			stack = append(stack, last.Children)
		}
		top := stack[len(stack)-1]
		top.Items = append(top.Items, ListItem{Spans: it.spans})
	}
	return root
}

// redlineTable returns the header and the rows that differ: changed rows
// cell by cell, rows put in or taken out whole. o or n is nil for a table
// put in or taken out.
func redlineTable(o, n *Table) *Table {
	src := n
	if src == nil {
		src = o
	}
	out := &Table{ID: src.ID, Caption: src.Caption, Header: src.Header}
	var orows, nrows [][]Cell
	var okeys, nkeys []string
	if o != nil {
		orows, okeys = o.Rows, o.Keys
	}
	if n != nil {
		nrows, nkeys = n.Rows, n.Keys
	}
	ok := make([]string, len(orows))
	for i, r := range orows {
		ok[i] = rowKey(r)
	}
	nk := make([]string, len(nrows))
	for j, r := range nrows {
		nk[j] = rowKey(r)
	}
	var pairs []pair
	if o != nil && n != nil && len(okeys) == len(orows) && len(nkeys) == len(nrows) {
		pairs = alignKeyed(okeys, nkeys)
	} else {
		pairs = align(ok, nk, func(int, int) bool { return true })
	}
	if o != nil && n != nil && !slices.Equal(o.Header, n.Header) {
		// A heading that changes is marked in the header itself (review
		// 39 en R13, nb R19: a column renamed without a mark; review 40
		// en R6: not in a row of its own).
		out.Header = n.Header
		out.HeaderSpans = headerRedline(o.Header, n.Header)
	}
	for _, p := range pairs {
		var row []Cell
		switch {
		case p.i >= 0 && p.j >= 0:
			if ok[p.i] == nk[p.j] {
				continue
			}
			for c := range max(len(orows[p.i]), len(nrows[p.j])) {
				var oc, nc Cell
				if c < len(orows[p.i]) {
					oc = orows[p.i][c]
				}
				if c < len(nrows[p.j]) {
					nc = nrows[p.j][c]
				}
				row = append(row, Cell(diffSpans(oc, nc)))
			}
		case p.i >= 0:
			for _, c := range orows[p.i] {
				row = append(row, Cell(diffSpans(c, nil)))
			}
		default:
			for _, c := range nrows[p.j] {
				row = append(row, Cell(diffSpans(nil, c)))
			}
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

// headerRedline returns the redline of each column's heading, as
// [Table.HeaderSpans]: the words taken out or put in marked as in any cell.
func headerRedline(o, n []string) []Cell {
	row := make([]Cell, max(len(o), len(n)))
	for c := range row {
		var oh, nh []Span
		if c < len(o) {
			oh = []Span{{Text: o[c]}}
		}
		if c < len(n) {
			nh = []Span{{Text: n[c]}}
		}
		row[c] = diffSpans(oh, nh)
	}
	return row
}

// pair is one step of an alignment: old element i and new element j, or
// i = -1 for an element put in and j = -1 for one taken out.
type pair struct{ i, j int }

// maxCells bounds the table of the longest common subsequence: beyond it
// (two texts of more than 2 000 words that differ throughout) the
// differing middle is shown as taken out and put in whole.
const maxCells = 4 << 20

// align matches the elements of two sequences: the common prefix and
// suffix, then the longest common subsequence of the rest; the elements
// left between two matches are paired in order where pairable says they
// may be (never with a nil pairable), and the others are taken out or put
// in. The pairs come in the
// new order, a gap's old elements before its new ones.
func align(ok, nk []string, pairable func(i, j int) bool) []pair {
	var out []pair
	pre := 0
	for pre < len(ok) && pre < len(nk) && ok[pre] == nk[pre] {
		out = append(out, pair{pre, pre})
		pre++
	}
	suf := 0
	for suf < len(ok)-pre && suf < len(nk)-pre && ok[len(ok)-1-suf] == nk[len(nk)-1-suf] {
		suf++
	}
	om, nm := ok[pre:len(ok)-suf], nk[pre:len(nk)-suf]
	matches := lcs(len(om), len(nm), func(i, j int) bool { return om[i] == nm[j] })
	gi, gj := 0, 0
	gap := func(ei, ej int) {
		// Pair what is left in order, each old element with the first
		// pairable new one after the last pairing.
		used := make([]bool, ej-gj)
		var olds []int
		k := 0
		for i := gi; i < ei; i++ {
			paired := false
			for kk := k; kk < ej-gj && pairable != nil; kk++ {
				if !used[kk] && pairable(pre+i, pre+gj+kk) {
					out = append(out, pair{pre + i, pre + gj + kk})
					used[kk], k, paired = true, kk+1, true
					break
				}
			}
			if !paired {
				olds = append(olds, pre+i)
			}
		}
		for _, i := range olds {
			out = append(out, pair{i, -1})
		}
		for kk, u := range used {
			if !u {
				out = append(out, pair{-1, pre + gj + kk})
			}
		}
	}
	for _, m := range matches {
		gap(m.i, m.j)
		out = append(out, pair{pre + m.i, pre + m.j})
		gi, gj = m.i+1, m.j+1
	}
	gap(len(om), len(nm))
	for k := range suf {
		out = append(out, pair{len(ok) - suf + k, len(nk) - suf + k})
	}
	return out
}

// alignKeyed matches rows by key; rows without a key, or whose key is not
// in the other version, are matched by position among themselves. The
// pairs come in the new order, an old row taken out before the first new
// row that follows it.
func alignKeyed(okeys, nkeys []string) []pair {
	at := make(map[string]int, len(okeys))
	for i, k := range okeys {
		if _, dup := at[k]; k != "" && !dup {
			at[k] = i
		}
	}
	match := make([]int, len(nkeys))
	used := make([]bool, len(okeys))
	for j, k := range nkeys {
		match[j] = -1
		if i, ok := at[k]; ok && k != "" && !used[i] {
			match[j], used[i] = i, true
		}
	}
	var out []pair
	next := 0
	for j, i := range match {
		if i < 0 {
			out = append(out, pair{-1, j})
			continue
		}
		for ; next < i; next++ {
			if !used[next] {
				out = append(out, pair{next, -1})
			}
		}
		if next == i {
			next++
		}
		out = append(out, pair{i, j})
	}
	for ; next < len(okeys); next++ {
		if !used[next] {
			out = append(out, pair{next, -1})
		}
	}
	return out
}

// lcs returns the pairs of a longest common subsequence of two sequences
// of lengths n and m, by dynamic programming; none when the table would
// have more than maxCells cells.
func lcs(n, m int, eq func(i, j int) bool) []pair {
	if n == 0 || m == 0 || n*m > maxCells {
		return nil
	}
	// t[i*(m+1)+j] is the length of the LCS of the suffixes from i and j.
	t := make([]int32, (n+1)*(m+1))
	w := m + 1
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if eq(i, j) {
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			} else {
				t[i*w+j] = max(t[(i+1)*w+j], t[i*w+j+1])
			}
		}
	}
	var out []pair
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case eq(i, j):
			out = append(out, pair{i, j})
			i++
			j++
		case t[(i+1)*w+j] >= t[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	return out
}

// wtoken is a word of rendered text: its kind and language, its text and
// whether white space comes before it. A blank is one word.
type wtoken struct {
	kind  SpanKind
	lang  i18n.Lang
	text  string
	space bool
}

// wtokens splits spans into words.
func wtokens(sp []Span) []wtoken {
	var out []wtoken
	space := false
	for _, s := range sp {
		if s.Kind == Blank {
			out = append(out, wtoken{kind: Blank, text: s.Text, space: space})
			space = false
			continue
		}
		t := s.Text
		for t != "" {
			i := strings.IndexFunc(t, isSpace)
			if i == 0 {
				space = true
				t = strings.TrimLeftFunc(t, isSpace)
				continue
			}
			if i < 0 {
				i = len(t)
			}
			out = append(out, wtoken{kind: s.Kind, lang: s.Lang, text: t[:i], space: space})
			space = false
			t = t[i:]
		}
	}
	return out
}

// isSpace reports the white space that separates words; a no-break space
// binds the words around it into one.
func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }

// asRead is the text of ts[k] as a reader sees it in a Deleted or
// Inserted span, which has no kind of its own: a blank in the brackets of a
// blank, and the first word of text from another language after its
// language, "(da) ".
func asRead(ts []wtoken, k int) string {
	switch t := ts[k]; t.kind {
	case Blank:
		return "[_____ " + t.text + "]"
	case Fallback:
		if k == 0 || ts[k-1].kind != Fallback || ts[k-1].lang != t.lang {
			return "(" + string(t.lang) + ") " + t.text
		}
	}
	return ts[k].text
}

// diffSpans returns the spans of the new text with the words of the old
// one that it lacks as Deleted spans and its own new words as Inserted
// spans, each just before the words that follow them. Words both have keep
// their kind; white space around a change is Plain.
func diffSpans(o, n []Span) []Span {
	ot, nt := wtokens(o), wtokens(n)
	e := spanBuilder{}
	run := func(kind SpanKind, ts []wtoken) {
		// A change wholly in one other language keeps the language on the
		// span, so that writers mark it as they mark a fallback (review 35
		// nb R6, review 36 da R9, review 38 nb R10).
		lang := oneFallback(ts)
		for k, t := range ts {
			text := asRead(ts, k)
			if lang != "" {
				text = t.text
			}
			if k == 0 {
				e.emit(kind, lang, text, t.space)
				continue
			}
			if t.space {
				e.text = append(e.text, ' ')
			}
			e.text = append(e.text, text...)
		}
	}
	keyOf := func(ts []wtoken) []string {
		ks := make([]string, len(ts))
		for i, t := range ts {
			ks[i] = string(rune('A'+t.kind)) + string(t.lang) + "\x00" + t.text
		}
		return ks
	}
	pairs := align(keyOf(ot), keyOf(nt), nil)
	var dels, ins []wtoken
	flush := func() {
		if len(dels) > 0 {
			if len(ins) > 0 {
				// A replacement reads "[-old-] {+new+}": the words put in
				// stand apart from the words taken out.
				ins[0].space = ins[0].space || dels[0].space || e.empty()
			}
			run(Deleted, dels)
		}
		if len(ins) > 0 {
			run(Inserted, ins)
		}
		dels, ins = dels[:0], ins[:0]
	}
	for _, p := range pairs {
		switch {
		case p.i >= 0 && p.j >= 0:
			flush()
			t := nt[p.j]
			e.emit(t.kind, t.lang, t.text, t.space)
		case p.i >= 0:
			dels = append(dels, ot[p.i])
		default:
			ins = append(ins, nt[p.j])
		}
	}
	flush()
	return e.done()
}

// oneFallback returns the language of ts when every token is a fallback in
// that one language, and "" otherwise.
func oneFallback(ts []wtoken) i18n.Lang {
	if len(ts) == 0 || ts[0].kind != Fallback {
		return ""
	}
	for _, t := range ts[1:] {
		if t.kind != Fallback || t.lang != ts[0].lang {
			return ""
		}
	}
	return ts[0].lang
}

// spanBuilder collects spans, the text of the last in a buffer of its own,
// so that a long text is built in linear time.
type spanBuilder struct {
	out  []Span
	cur  Span   // the last span, without its text
	text []byte // the last span's text
	open bool   // cur has begun
}

func (e *spanBuilder) empty() bool { return !e.open }

func (e *spanBuilder) close() {
	if e.open {
		e.cur.Text = string(e.text)
		e.out = append(e.out, e.cur)
		e.text = e.text[:0]
		e.open = false
	}
}

func (e *spanBuilder) start(kind SpanKind, lang i18n.Lang) {
	e.close()
	e.cur, e.open = Span{Kind: kind, Lang: lang}, true
}

// emit adds text of a kind, after a space when space is set; the space
// goes into the span before or the span of text when either is Plain or
// both are of one kind that is not a change, else into a span of its own,
// so that a change neither begins nor ends with white space.
func (e *spanBuilder) emit(kind SpanKind, lang i18n.Lang, text string, space bool) {
	mergeable := e.open && e.cur.Kind == kind && e.cur.Lang == lang && kind != Deleted && kind != Inserted
	if space && e.open {
		switch {
		case e.cur.Kind == Plain || mergeable:
			e.text = append(e.text, ' ')
		case kind == Plain:
			e.start(Plain, "")
			e.text = append(e.text, ' ')
			mergeable = true
		default:
			e.start(Plain, "")
			e.text = append(e.text, ' ')
		}
	}
	if !mergeable || !e.open {
		e.start(kind, lang)
	}
	e.text = append(e.text, text...)
}

// done returns the spans; one empty span when there are none.
func (e *spanBuilder) done() []Span {
	e.close()
	if len(e.out) == 0 {
		return []Span{{}}
	}
	return e.out
}

// replacesOne reports whether the new version brings in a sub-processor in
// place of one of the old version's.
// leaving reports whether c sets the end date or the exit terms of a
// sub-processor that leaves, by notice: those bind from the notice whether
// or not the controller objects to a sub-processor the change brings in.
func leaving(c change.Change) bool {
	return c.Class == change.Notice &&
		(strings.HasPrefix(c.Rule, "subprocessor.leaves-") || strings.HasPrefix(c.Rule, "subprocessor.exit-"))
}

func replacesOne(r *change.Report) bool {
	for _, sp := range r.SubProcessors() {
		if sp.Added && sp.Replaced >= 0 {
			return true
		}
	}
	return false
}
