package civil

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/enum"
)

// Unit is the unit of a [Period].
type Unit string

// The units a Period can be given in.
const (
	Hours  Unit = "hours"
	Days   Unit = "days"
	Weeks  Unit = "weeks"
	Months Unit = "months"
	Years  Unit = "years"
)

// UnitDef defines a [Unit]: its ID and its Name in each language, as a
// choice in a form. A period's words ("3 månader") come from [UnitName].
type UnitDef = enum.Def[Unit]

// Units defines every Unit, from the shortest to the longest.
var Units = []UnitDef{
	{ID: Hours, Name: i18n.Text{EN: "Hours", SV: "Timmar", NB: "Timer", DA: "Timer"}},
	{ID: Days, Name: i18n.Text{EN: "Days", SV: "Dagar", NB: "Dager", DA: "Dage"}},
	{ID: Weeks, Name: i18n.Text{EN: "Weeks", SV: "Veckor", NB: "Uker", DA: "Uger"}},
	{ID: Months, Name: i18n.Text{EN: "Months", SV: "Månader", NB: "Måneder", DA: "Måneder"}},
	{ID: Years, Name: i18n.Text{EN: "Years", SV: "År", NB: "År", DA: "År"}},
}

// units reads [Units].
var units = enum.Of(Units)

// Def returns the definition of u from [Units], and false when u is not a
// unit.
func (u Unit) Def() (UnitDef, bool) { return units.Def(u) }

// Valid reports whether u is one of [Units].
func (u Unit) Valid() bool { return units.Valid(u) }

// In returns the unit's name in language l ("Månader"), falling back to
// English, or the value as written when it is not a unit.
func (u Unit) In(l i18n.Lang) string { return units.In(u, l) }

// Period is a length of time agreed in a contract: a whole number of a unit,
// such as 24 hours, 10 days or 13 months. In JSON it is
// {"value": 24, "unit": "hours"}. The zero Period means "not given".
type Period struct {
	// Value is the number of units. It must not be negative.
	Value int `json:"value"`
	// Unit is hours, days, weeks, months or years.
	Unit Unit `json:"unit"`
}

// Of returns the Period of n units.
func Of(n int, u Unit) Period { return Period{Value: n, Unit: u} }

// IsZero reports whether p was not given.
func (p Period) IsZero() bool { return p == Period{} }

// ErrPeriod is wrapped by every error about a malformed period.
var ErrPeriod = errors.New("civil: invalid period")

// Valid reports whether the unit is known and the value not negative. The
// zero Period is not valid: it means "not given". Valid does not allocate.
func (p Period) Valid() bool { return p.Unit.Valid() && p.Value >= 0 }

// Check returns an error wrapping [ErrPeriod] when the unit is unknown or the
// value negative.
func (p Period) Check() error {
	switch {
	case !p.Unit.Valid():
		return fmt.Errorf("%w: unknown unit %q", ErrPeriod, p.Unit)
	case p.Value < 0:
		return fmt.Errorf("%w: negative value %d", ErrPeriod, p.Value)
	}
	return nil
}

// String returns the period in English, such as "24 hours".
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	return strconv.Itoa(p.Value) + " " + string(p.Unit)
}

// maxHours and maxMonths cap the length exact gives, so that Bounds,
// Compare and average cannot overflow: 2^50 hours are about 128 billion
// years, and maxMonths is as long at 31 days a month. Longer periods all
// count as that long; they still compare in order, never wrapped around.
const (
	maxHours  = 1 << 50
	maxMonths = maxHours / (31 * 24)
)

// exact returns the period in its exact family: hours for hours, days and
// weeks; months for months and years. fixed reports which family it is.
// The length is capped at maxHours or maxMonths either way.
func (p Period) exact() (n int64, fixed bool) {
	v := int64(p.Value)
	switch p.Unit {
	case Hours:
		return capMul(v, 1, maxHours), true
	case Days:
		return capMul(v, 24, maxHours), true
	case Weeks:
		return capMul(v, 7*24, maxHours), true
	case Months:
		return capMul(v, 1, maxMonths), false
	case Years:
		return capMul(v, 12, maxMonths), false
	}
	return 0, true
}

// capMul returns v × f limited to [-limit, limit]; f is positive.
func capMul[T int | int64](v, f, limit T) T {
	switch {
	case v > limit/f:
		return limit
	case v < -limit/f:
		return -limit
	}
	return v * f
}

// Bounds returns the shortest and the longest length of p in hours. They are
// equal for hours, days and weeks; a month lasts from 28 to 31 days and a
// year from 365 to 366 days. Daylight-saving shifts are not counted: a
// calendar day is 24 hours here.
func (p Period) Bounds() (min, max int64) {
	n, fixed := p.exact()
	if fixed {
		return n, n
	}
	years, months := n/12, n%12
	min = years*365*24 + months*28*24
	max = years*366*24 + months*31*24
	return min, max
}

// Compare compares p with q. It returns -1, 0 or +1 and whether the answer
// holds for every start date. Hours, days and weeks compare exactly with each
// other, as do months and years. Across the two families the answer is exact
// only when the bounds do not overlap (1 month against 40 days); otherwise
// exact is false and the sign compares the average lengths.
func (p Period) Compare(q Period) (sign int, exact bool) {
	pn, pf := p.exact()
	qn, qf := q.exact()
	if pf == qf {
		return cmp.Compare(pn, qn), true
	}
	pmin, pmax := p.Bounds()
	qmin, qmax := q.Bounds()
	switch {
	case pmax < qmin:
		return -1, true
	case pmin > qmax:
		return 1, true
	case pmin == pmax && pmin == qmin && qmin == qmax:
		return 0, true // 0 months against 0 hours
	}
	return cmp.Compare(p.average(), q.average()), false
}

// average returns the average length of p in units of 1/200 hour, so that
// both families are whole numbers: over the 400-year Gregorian cycle a month
// lasts 146097 days / 4800 = 146097/200 hours on average.
func (p Period) average() int64 {
	n, fixed := p.exact()
	if fixed {
		return n * 200
	}
	return n * 146097
}

// AddTo returns t moved forward by p. Hours are elapsed time; days and weeks
// are calendar days in t's location, so a day across a daylight-saving change
// keeps the wall-clock time; months and years are calendar months, clamped to
// the end of the target month.
//
// It returns an error wrapping [ErrPeriod] when p is not valid (the zero
// Period included), and one wrapping [ErrOutOfRange] when t, or t moved by
// p, lies outside years 1 to 9999 in t's location.
func (p Period) AddTo(t time.Time) (time.Time, error) {
	u := t.Unix()
	if p.Unit == Hours && p.Value >= 0 && p.Value <= maxDurationHours && u > safeFirst && u+int64(p.Value)*3600 < safeLast {
		// The common case, such as the 72 hours of a breach deadline:
		// elapsed time from a start to an end well inside the calendar.
		return t.Add(time.Duration(p.Value) * time.Hour), nil
	}
	if p.Value < 0 {
		return time.Time{}, p.Check()
	}
	if (u <= safeFirst || u >= safeLast) && !yearInCalendar(t) {
		return time.Time{}, fmt.Errorf("%w: %v plus %v", ErrOutOfRange, t, p)
	}
	var end time.Time
	switch p.Unit {
	case Hours:
		switch {
		case p.Value <= maxDurationHours:
			end = t.Add(time.Duration(p.Value) * time.Hour)
		case p.Value <= maxCalendarHours:
			// Beyond what a time.Duration holds (about 292 years): whole
			// days of UTC, where a day is 24 hours, then the hours left.
			end = t.UTC().AddDate(0, 0, p.Value/24).Add(time.Duration(p.Value%24) * time.Hour).In(t.Location())
		default:
			return time.Time{}, fmt.Errorf("%w: %v plus %v", ErrOutOfRange, t, p)
		}
	case Days, Weeks:
		days := p.Value
		if p.Unit == Weeks {
			days = capMul(days, 7, lastDay+1)
		}
		if days > lastDay {
			return time.Time{}, fmt.Errorf("%w: %v plus %v", ErrOutOfRange, t, p)
		}
		end = t.AddDate(0, 0, days)
		if u+int64(days+2)*86400 < safeLast {
			return end, nil // still well inside the calendar, whatever the clocks do
		}
	case Months, Years:
		months := p.Value
		if p.Unit == Years {
			months = capMul(months, 12, lastMonth+1)
		}
		y, mo, day := t.Date()
		from := y*12 + int(mo) - 1
		if months > lastMonth-from {
			return time.Time{}, fmt.Errorf("%w: %v plus %v", ErrOutOfRange, t, p)
		}
		d := Date{Year: y, Month: mo, Day: day}.addMonths(from, months)
		h, m, s := t.Clock()
		end = time.Date(d.Year, d.Month, d.Day, h, m, s, t.Nanosecond(), t.Location())
		if d.Year < 9999 {
			return end, nil
		}
	default:
		return time.Time{}, p.Check()
	}
	if !inCalendar(end) {
		return time.Time{}, fmt.Errorf("%w: %v plus %v", ErrOutOfRange, t, p)
	}
	return end, nil
}

// inCalendar reports whether t falls in years 1 to 9999 in its location.
// A time more than a century inside the calendar is, whatever its
// location's offset (time.FixedZone takes any); reading the Unix time
// decides that faster than reading the year.
func inCalendar(t time.Time) bool {
	u := t.Unix()
	return u > safeFirst && u < safeLast || yearInCalendar(t)
}

// yearInCalendar reports whether t's year in its location is 1 to 9999.
func yearInCalendar(t time.Time) bool {
	y := t.Year()
	return y >= 1 && y <= 9999
}

// safeFirst and safeLast are the Unix times of the start of the year 101
// and of the year 9899 in UTC: a century inside the calendar, in any
// location whose offset from UTC is less than a century.
var (
	safeFirst = time.Date(101, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	safeLast  = time.Date(9899, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
)

// AddToDate returns d moved forward by p. A period in hours counts whole days
// only: 48 hours is two days and 36 hours one day. It returns an error
// wrapping [ErrPeriod] when p is not valid (the zero Period included), one
// wrapping [ErrDate] when d is not valid, and one wrapping [ErrOutOfRange]
// when the result lies beyond year 9999.
func (p Period) AddToDate(d Date) (Date, error) {
	if p.Value < 0 {
		return Date{}, p.Check()
	}
	switch p.Unit {
	case Hours:
		return d.AddDays(p.Value / 24)
	case Days:
		return d.AddDays(p.Value)
	case Weeks:
		return d.AddDays(capMul(p.Value, 7, lastDay+1))
	case Months:
		return d.AddMonths(p.Value)
	case Years:
		return d.AddMonths(capMul(p.Value, 12, lastMonth+1))
	}
	return Date{}, p.Check()
}

// maxDurationHours is the most hours a time.Duration holds, and
// maxCalendarHours more hours than years 1 to 9999 hold.
const (
	maxDurationHours = int(time.Duration(1<<63-1) / time.Hour)
	maxCalendarHours = (lastDay + 1) * 24
)
