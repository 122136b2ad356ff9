package dpa

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/civil/holiday"
	"github.com/dpakit/dpakit/transfer"
)

// authorityWithin is the controller's deadline to notify the supervisory
// authority of a personal data breach: 72 hours after becoming aware of it
// (GDPR Art. 33(1)). It is elapsed time, so a night when the clocks change
// does not lengthen or shorten it. [Validate] reports a processor's deadline
// to notify the controller that is longer than it as [CodeBreachOver72h].
var authorityWithin = civil.Of(72, civil.Hours)

// AuthorityDeadline returns the time by which the controller must notify
// the supervisory authority of a breach it became aware of at aware: 72
// hours later (GDPR Art. 33(1)), expressed in loc; a nil loc means UTC. A
// notification after it must give the reasons for the delay. It returns an
// error wrapping [civil.ErrOutOfRange] when aware or the deadline lies
// outside years 1 to 9999.
func AuthorityDeadline(aware time.Time, loc *time.Location) (time.Time, error) {
	return authorityWithin.AddTo(aware.In(orUTC(loc)))
}

// orUTC returns loc, or UTC for a nil loc.
func orUTC(loc *time.Location) *time.Location {
	if loc == nil {
		return time.UTC
	}
	return loc
}

// BreachDeadlines are the deadlines that run from the discovery of a
// personal data breach.
type BreachDeadlines struct {
	// Kind is the kind of breach whose agreed deadline applies: the kind
	// asked for, or [AnyBreach] when the agreement sets no deadline of its
	// own for that kind.
	Kind BreachKind
	// Within is the agreed deadline for telling the controller. It is zero
	// when the agreement sets none, or leaves it blank; the processor must
	// then still tell the controller without undue delay (Art. 33(2)).
	Within civil.Period
	// Discovered is when the processor became aware of the breach, in the
	// location asked for.
	Discovered time.Time
	// Processor is the latest time the processor may tell the controller.
	// A deadline in hours is elapsed time from Discovered and is never
	// extended. One in days, weeks, months or years is counted as clause
	// 1.2 of the agreement and [ChangeDeadlines] count it: the day of the
	// discovery is not counted, and the deadline runs out at the end of
	// its last day in the location, moved to the next working day when
	// that day is a Saturday, a Sunday or a holiday of the governing law
	// (see Holidays). It is zero when Within is zero.
	Processor time.Time
	// Holidays is the country whose public holidays move the end of a
	// deadline in days or longer: the agreement's governing law when
	// package [holiday] has a calendar for it, "" otherwise (then only
	// Saturdays and Sundays move it). With no governing law it is the
	// controllers' country, as for [ChangeDeadlines].
	Holidays transfer.Country
	// HolidaysOfController reports that the agreement names no governing
	// law and Holidays is the controllers' country instead.
	HolidaysOfController bool
	// Authority is 72 hours after Discovered: the controller's deadline to
	// notify the supervisory authority when it is taken to know of the
	// breach as soon as the processor does. That is the planning figure the
	// rule breach.deadline-over-72h rests on. In law the controller's 72
	// hours start when the controller itself becomes aware, at the latest
	// when the processor tells it; [AuthorityDeadline] gives the deadline
	// from that moment.
	Authority time.Time
}

// BreachDeadlines returns, for a breach of the given kind that the
// processor discovered at discovered, the time by which the processor must
// tell the controller under this agreement and the controller's 72 hours
// to the supervisory authority, all expressed in loc. An intrusion attempt
// for which the agreement sets no deadline of its own takes the deadline
// for any breach. A nil loc means UTC, and a nil agreement sets no
// deadline of its own.
//
// It returns an error wrapping [civil.ErrPeriod] when the agreed deadline
// is not a valid period, and one wrapping [civil.ErrOutOfRange] when
// discovered or a deadline lies outside years 1 to 9999: an agreed
// deadline so long that it ends beyond them is one a caller can report as
// an error in the agreement. With an error the deadlines computed so far
// are returned; the others are zero.
func (a *Agreement) BreachDeadlines(kind BreachKind, discovered time.Time, loc *time.Location) (BreachDeadlines, error) {
	at := discovered.In(orUTC(loc))
	d := BreachDeadlines{Kind: kind, Discovered: at}
	authority, err := authorityWithin.AddTo(at)
	if err != nil {
		return d, fmt.Errorf("dpa: deadline to the supervisory authority: %w", err)
	}
	d.Authority = authority
	if a == nil {
		return d, nil
	}
	found := false
	for _, bd := range a.Clauses.BreachNotification {
		if bd.Kind == kind {
			d.Within, found = bd.Within, true
			break
		}
	}
	if !found && kind != AnyBreach {
		for _, bd := range a.Clauses.BreachNotification {
			if bd.Kind == AnyBreach {
				d.Kind, d.Within = AnyBreach, bd.Within
				break
			}
		}
	}
	if d.Within.IsZero() {
		return d, nil
	}
	if err := d.Within.Check(); err != nil {
		return d, fmt.Errorf("dpa: breach deadline for %s: %w", d.Kind, err)
	}
	cal, assumed := a.changeCalendar()
	d.Holidays, d.HolidaysOfController = transfer.Country(cal.Country()), assumed
	processor, err := periodEnd(at, d.Within, at.Location(), cal)
	if err != nil {
		return d, fmt.Errorf("dpa: breach deadline for %s: %w", d.Kind, err)
	}
	d.Processor = processor
	return d, nil
}

// ChangeDeadlines are the dates that follow from the processor's notice of
// an intended addition or replacement of a sub-processor under a general
// authorisation (GDPR Art. 28(2)).
//
// Periods in days, weeks, months and years are counted as clause 1.3 of
// the rendered agreement says, which follows Regulation (EEC, Euratom)
// No 1182/71, Art. 3: the day of the notice is not counted; a period of
// days ends at the end of its last day; a period of weeks ends with the
// same weekday as the notice, and one of months or years with the day of
// the same number in the last month ([civil.Date.AddMonths]), or with that
// month's last day when the month is shorter (a month from 31 January ends
// with 28 February, or 29 February in a leap year). When that last day is
// a Saturday, a Sunday or a public holiday of the governing law (a day of
// either [holiday.Kind], from [holiday.For]), the period ends at the end
// of the next working day instead. For a governing law without a calendar
// in package holiday only Saturdays and Sundays move the end; Holidays
// then is "". When the agreement names no governing law, the public
// holidays of the controllers' country count instead (the country of
// their addresses, when they all share one and package holiday has a
// calendar for it), and HolidaysOfController says so, so that a notice
// can state dates that hold (review 8, da R3). A period in hours is elapsed time from the moment of the
// notice and is never extended.
type ChangeDeadlines struct {
	// Notified is the day of the notice in the location asked for.
	Notified civil.Date
	// NoticePeriod is the agreed notice period; zero when none is agreed.
	NoticePeriod civil.Period
	// ObjectionWindow is the agreed time to object; zero when none is
	// agreed.
	ObjectionWindow civil.Period
	// ObjectionEnds is the moment the time to object runs out; zero without
	// an objection window.
	ObjectionEnds time.Time
	// LastDayToObject is the last day on which an objection is in time;
	// zero without an objection window.
	LastDayToObject civil.Date
	// NoticeEnds is the moment the notice period runs out; zero without a
	// notice period.
	NoticeEnds time.Time
	// EffectiveFrom is the first moment the change may take effect: when
	// both the notice period and the time to object have run out.
	EffectiveFrom time.Time
	// FirstEffectiveDay is the day of EffectiveFrom: the first day the new
	// sub-processor may be used.
	FirstEffectiveDay civil.Date
	// Holidays is the country whose public holidays moved the end of the
	// periods: the agreement's governing law when package [holiday] has a
	// calendar for it, and "" otherwise, when only Saturdays and Sundays
	// move it. With no governing law it is the controllers' country
	// when package holiday has a calendar for it (see HolidaysOfController).
	Holidays transfer.Country
	// HolidaysOfController reports that the agreement names no governing
	// law and Holidays is the controllers' country instead.
	HolidaysOfController bool
}

// changeCalendar returns the holiday calendar that deadlines in days are
// counted with: the governing law's, or, when the agreement names none, the
// controllers' country's when they all have the same one (then the second
// result is true). A nil calendar counts Saturdays and Sundays only.
func (a *Agreement) changeCalendar() (*holiday.Calendar, bool) {
	if a.Clauses.GoverningLaw != "" {
		cal, _ := holiday.For(string(a.Clauses.GoverningLaw))
		return cal, false
	}
	var c transfer.Country
	for i := range a.Controllers {
		cc := a.Controllers[i].Address.Country
		switch {
		case cc == "":
		case c == "":
			c = cc
		case !strings.EqualFold(string(c), string(cc)):
			return nil, false
		}
	}
	cal, ok := holiday.For(string(c))
	return cal, ok
}

// ErrNoChangeTerms is returned by [Agreement.ChangeDeadlines] when Annex B
// sets neither a notice period nor a time to object, as under a specific
// authorisation, where each sub-processor needs the controller's approval
// instead.
var ErrNoChangeTerms = errors.New("dpa: the agreement sets no notice period and no time to object for changes of sub-processors")

// ChangeDeadlines returns the deadlines that follow from a notice of an
// intended change of sub-processors given at notified: the last day the
// controller may object and the first day the change may take effect, with
// days counted in loc. engagedBy is the id of the sub-processor whose own
// sub-processors change, or "" for the processor's; an entry's own
// objection window then replaces the agreement's. It returns
// [ErrNoChangeTerms] when Annex B sets neither period (a nil agreement sets
// none), an error wrapping [civil.ErrPeriod] when a period is invalid, one
// wrapping [civil.ErrOutOfRange] when the notice or the end of a period
// lies outside years 1 to 9999 (a period so long that it ends beyond them
// is one a caller can report as an error in the agreement), and an error
// when engagedBy names no entry. A nil loc means UTC.
func (a *Agreement) ChangeDeadlines(notified time.Time, loc *time.Location, engagedBy string) (ChangeDeadlines, error) {
	if a == nil {
		return ChangeDeadlines{}, ErrNoChangeTerms
	}
	loc = orUTC(loc)
	b := &a.Annexes.B
	at := notified.In(loc)
	d := ChangeDeadlines{Notified: civil.DateOf(at), NoticePeriod: b.NoticePeriod, ObjectionWindow: b.ObjectionWindow}
	if engagedBy != "" {
		found := false
		for ne := range b.Entries {
			e := &b.Entries[ne]
			if e.ID == engagedBy {
				found = true
				if !e.ObjectionWindow.IsZero() {
					d.ObjectionWindow = e.ObjectionWindow
				}
				break
			}
		}
		if !found {
			return d, fmt.Errorf("dpa: no sub-processor with id %q in Annex B", engagedBy)
		}
	}
	if d.NoticePeriod.IsZero() && d.ObjectionWindow.IsZero() {
		return d, ErrNoChangeTerms
	}
	for _, p := range []struct {
		name   string
		period civil.Period
	}{{"notice period", d.NoticePeriod}, {"objection window", d.ObjectionWindow}} {
		if !p.period.IsZero() {
			if err := p.period.Check(); err != nil {
				return d, fmt.Errorf("dpa: sub-processor %s: %w", p.name, err)
			}
		}
	}
	if !d.Notified.Valid() {
		return d, fmt.Errorf("dpa: notice of a change of sub-processors on %v: %w", at, civil.ErrOutOfRange)
	}
	cal, assumed := a.changeCalendar()
	d.Holidays, d.HolidaysOfController = transfer.Country(cal.Country()), assumed
	if !d.ObjectionWindow.IsZero() {
		end, err := periodEnd(at, d.ObjectionWindow, loc, cal)
		if err != nil {
			return d, fmt.Errorf("dpa: sub-processor objection window: %w", err)
		}
		d.ObjectionEnds = end
		d.LastDayToObject = civil.DateOf(end.Add(-time.Nanosecond))
	}
	if !d.NoticePeriod.IsZero() {
		end, err := periodEnd(at, d.NoticePeriod, loc, cal)
		if err != nil {
			return d, fmt.Errorf("dpa: sub-processor notice period: %w", err)
		}
		d.NoticeEnds = end
	}
	d.EffectiveFrom = d.NoticeEnds
	if d.ObjectionEnds.After(d.EffectiveFrom) {
		d.EffectiveFrom = d.ObjectionEnds
	}
	d.FirstEffectiveDay = civil.DateOf(d.EffectiveFrom)
	return d, nil
}

// periodEnd returns the moment a period that starts with an event at at
// runs out: elapsed time for hours, otherwise the end of the period's last
// day in loc, the day of the event not counted, where a last day that is
// not a working day of cal gives way to the next working day (clause
// 1.2). The end of the period's last day is the start of the next, which
// must be in years 1 to 9999 too.
func periodEnd(at time.Time, p civil.Period, loc *time.Location, cal *holiday.Calendar) (time.Time, error) {
	if p.Unit == civil.Hours {
		return p.AddTo(at)
	}
	last, err := p.AddToDate(civil.DateOf(at))
	if err != nil {
		return time.Time{}, err
	}
	if last, err = cal.WorkingDayFrom(last); err != nil {
		return time.Time{}, err
	}
	next, err := last.AddDays(1)
	if err != nil {
		return time.Time{}, err
	}
	return next.Start(loc), nil
}
