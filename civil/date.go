package civil

import (
	"cmp"
	"errors"
	"fmt"
	"time"
)

// Date is a calendar date without a time of day or a time zone, as used for
// effective dates, end dates and the dates of adequacy decisions.
// The zero value means "no date given".
type Date struct {
	Year  int        // Year, for example 2026.
	Month time.Month // Month of the year, 1 to 12.
	Day   int        // Day of the month, 1 to 31.
}

// D returns the Date year-month-day. It does not normalise: D(2026, 2, 30)
// is a Date that [Date.Valid] reports as invalid.
func D(year int, month time.Month, day int) Date {
	return Date{Year: year, Month: month, Day: day}
}

// ErrDate is wrapped by every error about a malformed date.
var ErrDate = errors.New("civil: invalid date")

// ParseDate parses an ISO 8601 calendar date "YYYY-MM-DD" and checks that the
// day exists in that month.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("%w %q: want YYYY-MM-DD", ErrDate, s)
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, fmt.Errorf("%w %q: want YYYY-MM-DD", ErrDate, s)
	}
	date := Date{Year: y, Month: time.Month(m), Day: d}
	if !date.Valid() {
		return Date{}, fmt.Errorf("%w %q: no such day", ErrDate, s)
	}
	return date, nil
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// IsZero reports whether d is the zero Date, meaning no date was given.
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether d names a real day between year 1 and 9999.
func (d Date) Valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return d.Day <= DaysIn(d.Year, d.Month)
}

// DaysIn returns the number of days in the month of the year.
func DaysIn(year int, month time.Month) int {
	switch month {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// String returns a valid date as "YYYY-MM-DD" and the zero Date as "".
// Any other Date, such as 2026-02-30 or one beyond year 9999 that a
// composite literal can build, is written as "%!Date(2026-02-30)", the way
// [time.Month.String] writes a month out of range: clearly not a date, and
// never a plausible one that a four-digit year would wrap into.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if !d.Valid() {
		return "%!Date(" + d.fields() + ")"
	}
	var b [10]byte
	return string(d.appendISO(b[:0]))
}

// fields writes the year, month and day of any Date, valid or not, with
// as many digits as they need.
func (d Date) fields() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

func (d Date) appendISO(b []byte) []byte {
	b = append(b, byte('0'+d.Year/1000%10), byte('0'+d.Year/100%10), byte('0'+d.Year/10%10), byte('0'+d.Year%10), '-')
	b = append(b, byte('0'+int(d.Month)/10), byte('0'+int(d.Month)%10), '-')
	return append(b, byte('0'+d.Day/10), byte('0'+d.Day%10))
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmp.Compare(d.Year, e.Year)
	case d.Month != e.Month:
		return cmp.Compare(int(d.Month), int(e.Month))
	}
	return cmp.Compare(d.Day, e.Day)
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Start returns the instant the day d starts in the location loc; a nil
// loc means UTC. A Date that is not valid is normalised as [time.Date]
// does: 30 February is 2 March.
func (d Date) Start(loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// DateOf returns the civil date of t in t's own location. A time outside
// years 1 to 9999 gives a Date that is not [Date.Valid].
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// ErrOutOfRange is wrapped by the error of date and time arithmetic whose
// start or result lies outside years 1 to 9999, the years a [Date] can be
// written in. A period that comes from an agreement and reaches beyond them
// is one a caller can report as too long.
var ErrOutOfRange = errors.New("civil: date beyond years 1 to 9999")

// The calendar in days since 0001-01-01 (day 0) and in months since
// January of year 0.
const (
	lastDay    = 3652058 // 9999-12-31
	firstMonth = 12      // January of year 1
	lastMonth  = 9999*12 + 11
)

// dayNumber returns the number of days from 0001-01-01 to the valid date d.
func (d Date) dayNumber() int {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
		m += 12
	}
	// Days before 1 March of year y, counted from 1 March of year 0, plus
	// the days of the months since March; 306 = 1 March of year 0 to
	// 1 January of year 1.
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d.Day - 1 - 306
}

// dateOfDay is the inverse of dayNumber for n in [0, lastDay].
func dateOfDay(n int) Date {
	n += 306 // days since 1 March of year 0
	era := n / 146097
	doe := n - era*146097                                  // day of the 400-year era
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // year of the era
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // day of the year from 1 March
	mp := (5*doy + 2) / 153                                // month from March, 0 to 11
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	y := yoe + era*400
	if m > 12 {
		m -= 12
		y++
	}
	return Date{Year: y, Month: time.Month(m), Day: day}
}

// Weekday returns the day of the week of d, and time.Sunday for a Date
// that is not valid (the zero Date included); check [Date.Valid] first
// where that matters.
func (d Date) Weekday() time.Weekday {
	if !d.Valid() {
		return time.Sunday
	}
	// Day 0, 1 January of year 1, was a Monday in the proleptic
	// Gregorian calendar.
	return time.Weekday((d.dayNumber() + 1) % 7)
}

// AddDays returns d moved by n days (n may be negative). It returns an
// error wrapping [ErrDate] when d is not valid, and one wrapping
// [ErrOutOfRange] when the result lies outside years 1 to 9999.
func (d Date) AddDays(n int) (Date, error) {
	if !d.Valid() {
		return Date{}, fmt.Errorf("%w %s: cannot add days to it", ErrDate, d.fields())
	}
	from := d.dayNumber()
	if n < -from || n > lastDay-from {
		return Date{}, fmt.Errorf("%w: %s plus %d days", ErrOutOfRange, d, n)
	}
	return dateOfDay(from + n), nil
}

// AddMonths returns d moved by n calendar months (n may be negative),
// clamping the day to the length of the target month: 31 January 2026 plus
// one month is 28 February 2026, not 3 March as [time.Time.AddDate] would
// give. It returns an error wrapping [ErrDate] when d is not valid, and one
// wrapping [ErrOutOfRange] when the result lies outside years 1 to 9999.
func (d Date) AddMonths(n int) (Date, error) {
	if !d.Valid() {
		return Date{}, fmt.Errorf("%w %s: cannot add months to it", ErrDate, d.fields())
	}
	from := d.Year*12 + int(d.Month) - 1
	if n < firstMonth-from || n > lastMonth-from {
		return Date{}, fmt.Errorf("%w: %s plus %d months", ErrOutOfRange, d, n)
	}
	return d.addMonths(from, n), nil
}

// addMonths returns the valid d, whose month counted from January of year
// 0 is from, moved by n months to a month in the calendar.
func (d Date) addMonths(from, n int) Date {
	total := from + n
	y, m := total/12, time.Month(total%12+1)
	return Date{Year: y, Month: m, Day: min(d.Day, DaysIn(y, m))}
}

// MarshalText encodes the date as "YYYY-MM-DD"; the zero Date encodes as "".
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.Valid() {
		return nil, fmt.Errorf("%w %s", ErrDate, d.fields())
	}
	return d.appendISO(make([]byte, 0, 10)), nil
}

// UnmarshalText decodes "YYYY-MM-DD"; an empty string gives the zero Date.
// A nil d is an error wrapping [ErrDate].
func (d *Date) UnmarshalText(b []byte) error {
	if d == nil {
		return fmt.Errorf("%w: UnmarshalText into a nil *Date", ErrDate)
	}
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
