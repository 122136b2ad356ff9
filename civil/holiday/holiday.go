// Package holiday holds the public holidays of the countries whose law an
// agreement may name as its governing law, so that a period that ends on a
// Saturday, a Sunday or a public holiday can be moved to the next working
// day, as clause 1.3 of a rendered agreement says.
//
// Each [Calendar] is data kept with the statutes it rests on
// ([Calendar.Sources]): Sweden, Norway and Denmark. Besides the public
// holidays in the strict sense (sv allmän helgdag, nb helligdag, da
// helligdag), a calendar holds the days that the country's law treats as
// public holidays when it counts a time limit ([TreatedAsHoliday]):
// midsommarafton, julafton and nyårsafton in Sweden (lag (1930:173) om
// beräkning av lagstadgad tid, 2 §), 1 and 17 May in Norway
// (domstolloven § 149), grundlovsdag, 24 and 31 December in Denmark
// (forældelsesloven § 27, stk. 2). Holidays that move with Easter are
// computed with the anonymous Gregorian algorithm ([Easter]).
//
// A nil *Calendar is the calendar of a country this package does not know:
// it has no holidays, and only Saturdays and Sundays are not working days.
// Lookups neither allocate nor build tables per call.
package holiday

import (
	"fmt"
	"time"

	"github.com/dpakit/dpakit/civil"
)

// Kind says why a day is not a working day.
type Kind uint8

// The kinds of holiday.
const (
	// PublicHoliday is a public holiday by statute: sv allmän helgdag,
	// nb helligdag (or høytidsdag), da helligdag.
	PublicHoliday Kind = iota + 1
	// TreatedAsHoliday is a day that is not a public holiday but that the
	// country's law treats as one when it counts a time limit, such as
	// julafton in Sweden.
	TreatedAsHoliday
)

// String returns "public holiday" or "treated as a public holiday".
func (k Kind) String() string {
	switch k {
	case PublicHoliday:
		return "public holiday"
	case TreatedAsHoliday:
		return "treated as a public holiday"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Source is a statute a calendar rests on: its title and where to read it.
type Source struct {
	Title string // the statute's title in its own language
	URL   string // the official text
}

// Day is a holiday on a date.
type Day struct {
	Date    civil.Date
	Name    string // in the country's language, as its statute names it
	English string // the usual English name
	Kind    Kind
}

// rule is one holiday of a calendar: on a fixed date, a number of days
// after Easter Sunday, or on the first given weekday on or after a date.
type rule struct {
	name, english string
	kind          Kind
	month         time.Month // 0 for a day that moves with Easter
	day           int
	easter        int          // days after Easter Sunday when month is 0
	weekday       time.Weekday // with onOrAfter: the first such weekday on or after month/day
	onOrAfter     bool
	from, until   int // the first and the last year the rule holds; 0 for no limit
}

// in returns the rule's date in year y, and false when the rule does not
// hold in y. y is 1 to 9999; e is Easter Sunday of y.
func (r *rule) in(y int, e civil.Date) (civil.Date, bool) {
	if !r.holds(y) {
		return civil.Date{}, false
	}
	if r.month == 0 {
		d, err := e.AddDays(r.easter)
		return d, err == nil
	}
	d := civil.Date{Year: y, Month: r.month, Day: r.day}
	if r.onOrAfter {
		// Alla helgons dag runs from 31 October into November.
		d, err := d.AddDays((int(r.weekday) - int(d.Weekday()) + 7) % 7)
		return d, err == nil
	}
	return d, true
}

// holds reports whether the rule holds in year y.
func (r *rule) holds(y int) bool {
	return (r.from == 0 || y >= r.from) && (r.until == 0 || y <= r.until)
}

// is reports whether the valid date d, whose day number is n and whose
// weekday is wd, is the rule's day; sinceEaster is n minus Easter
// Sunday's day number in d's year. It compares numbers only, so that a
// lookup costs a few comparisons per rule.
func (r *rule) is(d civil.Date, n int, wd time.Weekday, sinceEaster int) bool {
	switch {
	case r.month == 0:
		if sinceEaster != r.easter {
			return false
		}
	case !r.onOrAfter:
		if d.Day != r.day || d.Month != r.month {
			return false
		}
	default:
		if wd != r.weekday {
			return false
		}
		// The first r.weekday on or after r.month/r.day of d's year.
		first := dayNumber(civil.Date{Year: d.Year, Month: r.month, Day: r.day})
		if n < first || n >= first+7 {
			return false
		}
	}
	return r.holds(d.Year)
}

// dayNumber returns the number of days from 1 March of year 0 to the
// valid date d, a count that only differences are taken of.
func dayNumber(d civil.Date) int {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d.Day - 1
}

// Calendar is the public holidays of one country. The calendars are
// values of this package ([For]); a nil *Calendar has no holidays.
type Calendar struct {
	country string
	sources []Source
	rules   []rule
	// byMonth lists, for each month, the indexes in rules of the rules
	// whose day can fall in it, so that a lookup reads only those: none in
	// February, four in December. easterIn says which months have a rule
	// that moves with Easter.
	byMonth  [13][]uint8
	easterIn [13]bool
}

// index fills c.byMonth and c.easterIn from c.rules. Easter Sunday falls
// from 22 March to 25 April; the earliest and latest days of every rule
// are taken in a common and in a leap year.
func (c *Calendar) index() {
	for i := range c.rules {
		r := &c.rules[i]
		var months [13]bool
		for _, y := range []int{2001, 2004} {
			var first, last civil.Date
			switch {
			case r.month == 0:
				first, _ = civil.D(y, time.March, 22).AddDays(r.easter)
				last, _ = civil.D(y, time.April, 25).AddDays(r.easter)
			case r.onOrAfter:
				first = civil.D(y, r.month, r.day)
				last, _ = first.AddDays(6)
			default:
				first, last = civil.D(y, r.month, r.day), civil.D(y, r.month, r.day)
			}
			for m := first.Month; m <= last.Month; m++ {
				months[m] = true
			}
		}
		for m, in := range months {
			if in {
				c.byMonth[m] = append(c.byMonth[m], uint8(i))
				c.easterIn[m] = c.easterIn[m] || r.month == 0
			}
		}
	}
}

func init() {
	for _, c := range []*Calendar{&sweden, &norway, &denmark} {
		c.index()
	}
}

// For returns the calendar of the country with the ISO 3166-1 alpha-2 code
// c ("SE", "NO", "DK"; lower case is accepted), and false, with a nil
// calendar that counts only weekends, for a country this package has no
// calendar for.
func For(c string) (*Calendar, bool) {
	if len(c) != 2 {
		return nil, false
	}
	switch [2]byte{c[0] &^ 0x20, c[1] &^ 0x20} {
	case [2]byte{'S', 'E'}:
		return &sweden, true
	case [2]byte{'N', 'O'}:
		return &norway, true
	case [2]byte{'D', 'K'}:
		return &denmark, true
	}
	return nil, false
}

// Countries returns the ISO 3166-1 alpha-2 codes of the countries this
// package has a calendar for, in alphabetical order.
func Countries() []string { return []string{"DK", "NO", "SE"} }

// Country returns the calendar's country code, or "" for a nil calendar.
func (c *Calendar) Country() string {
	if c == nil {
		return ""
	}
	return c.country
}

// Sources returns the statutes the calendar rests on; none for a nil
// calendar. The slice is a copy.
func (c *Calendar) Sources() []Source {
	if c == nil {
		return nil
	}
	return append([]Source(nil), c.sources...)
}

// Holiday returns the holiday on d, and false when d is not a holiday (a
// plain Sunday is not one here: see [Calendar.WorkingDay]), when d is not
// a valid date, or when c is nil.
func (c *Calendar) Holiday(d civil.Date) (Day, bool) {
	if c == nil || !d.Valid() {
		return Day{}, false
	}
	if r := c.rule(d, dayNumber(d), d.Weekday()); r != nil {
		return Day{Date: d, Name: r.name, English: r.english, Kind: r.kind}, true
	}
	return Day{}, false
}

// rule returns the first rule of the non-nil c whose day is the valid
// date d, or nil; n is d's day number and wd its weekday.
func (c *Calendar) rule(d civil.Date, n int, wd time.Weekday) *rule {
	sinceEaster := 0
	if c.easterIn[d.Month] {
		sinceEaster = n - dayNumber(Easter(d.Year))
	}
	for _, i := range c.byMonth[d.Month] {
		if r := &c.rules[i]; r.is(d, n, wd, sinceEaster) {
			return r
		}
	}
	return nil
}

// WorkingDay reports whether d is a working day: a valid date that is not
// a Saturday, a Sunday or a holiday of c of either [Kind]. On a nil
// calendar every Monday to Friday is a working day.
func (c *Calendar) WorkingDay(d civil.Date) bool {
	if !d.Valid() {
		return false
	}
	if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	_, holiday := c.Holiday(d)
	return !holiday
}

// WorkingDayFrom returns d when it is a working day, and otherwise the
// first working day after it: where a period whose last day is d ends.
// It returns an error wrapping [civil.ErrDate] when d is not valid, and
// one wrapping [civil.ErrOutOfRange] when no working day follows before
// the end of year 9999.
func (c *Calendar) WorkingDayFrom(d civil.Date) (civil.Date, error) {
	if !d.Valid() {
		return civil.Date{}, fmt.Errorf("%w %v: no working day from it", civil.ErrDate, d)
	}
	n, wd := dayNumber(d), d.Weekday()
	for {
		if wd != time.Saturday && wd != time.Sunday && (c == nil || c.rule(d, n, wd) == nil) {
			return d, nil
		}
		// The next day, without the checks of civil.Date.AddDays: d is
		// valid.
		switch {
		case d.Day < civil.DaysIn(d.Year, d.Month):
			d.Day++
		case d.Month < time.December:
			d.Month, d.Day = d.Month+1, 1
		case d.Year < 9999:
			d = civil.Date{Year: d.Year + 1, Month: time.January, Day: 1}
		default:
			return civil.Date{}, fmt.Errorf("%w: no working day after %v", civil.ErrOutOfRange, d)
		}
		n, wd = n+1, (wd+1)%7
	}
}

// Year returns the holidays of c in year y in date order; none for a nil
// calendar or a year outside 1 to 9999. Two holidays on one date, such as
// Ascension Day on 1 May in Sweden in 2008, are both listed, in the order
// of the calendar's table; [Calendar.Holiday] returns the first.
func (c *Calendar) Year(y int) []Day {
	if c == nil || y < 1 || y > 9999 {
		return nil
	}
	e := Easter(y)
	var out []Day
	for i := range c.rules {
		r := &c.rules[i]
		if on, ok := r.in(y, e); ok && on.Year == y {
			out = append(out, Day{Date: on, Name: r.name, English: r.english, Kind: r.kind})
		}
	}
	// Insertion sort: a calendar has a dozen or so days.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Date.Before(out[j-1].Date); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Easter returns Easter Sunday of year y in the Gregorian calendar,
// computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher),
// and the zero Date for a year outside 1 to 9999. Before 1583 the date is
// that of the proleptic Gregorian calendar, not the Julian Easter the
// churches then kept.
func Easter(y int) civil.Date {
	if y < 1 || y > 9999 {
		return civil.Date{}
	}
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return civil.Date{Year: y, Month: time.Month(month), Day: day}
}
