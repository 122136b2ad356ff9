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

// String returns the date as "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var b [10]byte
	return string(d.appendISO(b[:0]))
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

// In returns the start of the day d in the location loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// DateOf returns the civil date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// maxShiftDays and maxShiftMonths cap how far AddDays and AddMonths move a
// date, so that the arithmetic cannot overflow and wrap around to a
// plausible date: either moves every date in years 1 to 9999 out of them.
const (
	maxShiftDays   = 1 << 24 // about 45 900 years
	maxShiftMonths = 1 << 20 // about 87 000 years
)

// AddDays returns d moved by n days (n may be negative). A move beyond the
// calendar gives a date that is not [Date.Valid], never a wrapped one.
func (d Date) AddDays(n int) Date {
	return DateOf(d.In(time.UTC).AddDate(0, 0, capMul(n, 1, maxShiftDays)))
}

// AddMonths returns d moved by n calendar months, clamping the day to the
// length of the target month: 31 January 2026 plus one month is 28 February
// 2026, not 3 March as [time.Time.AddDate] would give. A move beyond the
// calendar gives a date that is not [Date.Valid], never a wrapped one.
func (d Date) AddMonths(n int) Date {
	total := d.Year*12 + int(d.Month) - 1 + capMul(n, 1, maxShiftMonths)
	y, m := total/12, time.Month(total%12+1)
	day := d.Day
	if last := DaysIn(y, m); day > last {
		day = last
	}
	return Date{Year: y, Month: m, Day: day}
}

// MarshalText encodes the date as "YYYY-MM-DD"; the zero Date encodes as "".
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.Valid() {
		return nil, fmt.Errorf("%w %04d-%02d-%02d", ErrDate, d.Year, d.Month, d.Day)
	}
	return d.appendISO(make([]byte, 0, 10)), nil
}

// UnmarshalText decodes "YYYY-MM-DD"; an empty string gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
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
