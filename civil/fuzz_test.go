package civil_test

import (
	"cmp"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dpakit/dpakit/civil"
)

// exactUpTo is the value up to which the fuzz targets hold periods to exact
// answers. Longer periods (beyond about a hundred billion years) compare as
// equally long, but still in order, and never overflow.
const exactUpTo = 1_000_000_000

// FuzzPeriod checks Period.Compare and Period.Bounds on any two periods:
// Compare never panics, is reflexive and antisymmetric (sign and exactness)
// for periods that are not negative; for valid periods the bounds are
// ordered and not negative, an exact answer agrees with the bounds, an
// inexact one has overlapping bounds, and periods in the same unit compare
// as their values. It is seeded from the tables of TestPeriodCompare and
// TestPeriodBounds, and with the extremes of int.
func FuzzPeriod(f *testing.F) {
	for _, tc := range periodCompareCases {
		f.Add(tc.p.Value, string(tc.p.Unit), tc.q.Value, string(tc.q.Unit))
	}
	for _, tc := range periodBoundsCases {
		f.Add(tc.p.Value, string(tc.p.Unit), 72, "hours")
	}
	f.Add(1<<62, "days", 72, "hours")
	f.Add(int(^uint(0)>>1), "years", int(^uint(0)>>1), "weeks")
	f.Add(-1, "months", 700, "hours")
	f.Fuzz(func(t *testing.T, v1 int, u1 string, v2 int, u2 string) {
		p, q := civil.Period{Value: v1, Unit: civil.Unit(u1)}, civil.Period{Value: v2, Unit: civil.Unit(u2)}
		s, exact := p.Compare(q)
		back, backExact := q.Compare(p)
		if s < -1 || s > 1 {
			t.Fatalf("%v.Compare(%v) = %d; want -1, 0 or +1", p, q, s)
		}
		if self, selfExact := p.Compare(p); self != 0 || !selfExact {
			t.Errorf("%v.Compare(itself) = %d, %v; want 0, true", p, self, selfExact)
		}
		if v1 >= 0 && v2 >= 0 && (back != -s || backExact != exact) {
			t.Errorf("not antisymmetric: %v.Compare(%v) = %d, %v but the reverse is %d, %v", p, q, s, exact, back, backExact)
		}
		if !p.Valid() || !q.Valid() {
			return
		}
		pmin, pmax := p.Bounds()
		qmin, qmax := q.Bounds()
		if pmin < 0 || pmin > pmax {
			t.Fatalf("%v.Bounds() = %d, %d; want 0 ≤ min ≤ max", p, pmin, pmax)
		}
		switch {
		case pmax < qmin && (s != -1 || !exact):
			t.Errorf("%v.Compare(%v) = %d, %v; its bounds [%d, %d] lie below [%d, %d], so want -1, true", p, q, s, exact, pmin, pmax, qmin, qmax)
		case pmin > qmax && (s != 1 || !exact):
			t.Errorf("%v.Compare(%v) = %d, %v; its bounds [%d, %d] lie above [%d, %d], so want +1, true", p, q, s, exact, pmin, pmax, qmin, qmax)
		case exact && s < 0 && (pmin > qmin || pmax > qmax):
			t.Errorf("%v.Compare(%v) = -1, exact, but its bounds [%d, %d] reach above [%d, %d]", p, q, pmin, pmax, qmin, qmax)
		case exact && s == 0 && (pmin != qmin || pmax != qmax):
			t.Errorf("%v.Compare(%v) = 0, exact, but the bounds differ: [%d, %d] and [%d, %d]", p, q, pmin, pmax, qmin, qmax)
		case !exact && (pmin > qmax || qmin > pmax):
			t.Errorf("%v.Compare(%v) is inexact, but the bounds [%d, %d] and [%d, %d] do not overlap", p, q, pmin, pmax, qmin, qmax)
		}
		if p.Unit == q.Unit && v1 <= exactUpTo && v2 <= exactUpTo {
			if want := cmp.Compare(v1, v2); s != want || !exact {
				t.Errorf("%v.Compare(%v) = %d, %v; the same unit compares by value: want %d, true", p, q, s, exact, want)
			}
		}
		if v1 < int(^uint(0)>>1) {
			if next, _ := p.Compare(civil.Of(v1+1, p.Unit)); next > 0 {
				t.Errorf("%v is longer than %d %s", p, v1+1, p.Unit)
			}
		}
	})
}

// FuzzDateArithmetic checks Date.AddMonths, Date.AddDays, Period.AddToDate,
// Period.AddTo and Date.String on any input: they never panic, and every
// result stays in years 1 to 9999. From a valid date they give exactly what
// a reference computation gives when that falls within years 1 to 9999, and
// an error wrapping ErrOutOfRange when it does not, never a wrapped date;
// from a date that is not valid they give an error wrapping ErrDate. A
// valid period never moves a date or a time backwards, and an invalid one
// is an error wrapping ErrPeriod. String of any Date is "" for the zero
// Date, a "YYYY-MM-DD" that parses back to the same Date for a valid one,
// and a "%!Date(…)" for any other. It is seeded from the tables of
// TestDateAddMonths, TestDateAddDays and TestPeriodAddToDate, and with the
// extremes of int.
func FuzzDateArithmetic(f *testing.F) {
	for _, tc := range addMonthsCases {
		f.Add(tc.d.Year, int(tc.d.Month), tc.d.Day, tc.n, "months")
	}
	for _, tc := range addDaysCases {
		f.Add(tc.d.Year, int(tc.d.Month), tc.d.Day, tc.n, "days")
	}
	for _, tc := range periodAddToDateCases {
		f.Add(tc.d.Year, int(tc.d.Month), tc.d.Day, tc.p.Value, string(tc.p.Unit))
	}
	for _, tc := range outOfRangeCases {
		f.Add(tc.d.Year, int(tc.d.Month), tc.d.Day, tc.p.Value, string(tc.p.Unit))
	}
	f.Add(2026, 11, 22, int(^uint(0)>>1), "years")
	f.Add(2026, 11, 22, 1537228672809129302, "years") // 12 × this wraps to 8 in 64 bits
	f.Add(2026, 11, 22, 3_000_000, "hours")           // beyond time.Duration
	f.Add(9998, 12, 31, 366, "days")
	f.Add(9999, 12, 31, 1<<62, "months") // printed 7381-04-30 when AddMonths wrapped
	f.Add(1, 1, 1, -1<<62, "days")       // printed )-(/-0,-31 when AddDays wrapped
	f.Add(89408, 3, 17, 0, "days")       // a year beyond the calendar, built by hand
	f.Fuzz(func(t *testing.T, y, m, d, n int, unit string) {
		date := civil.D(y, time.Month(m), d)
		p := civil.Period{Value: n, Unit: civil.Unit(unit)}
		checkString(t, date)

		months, mErr := date.AddMonths(n)
		days, dErr := date.AddDays(n)
		added, pErr := p.AddToDate(date)
		for _, r := range []struct {
			op   string
			got  civil.Date
			err  error
			want civil.Date // the reference; zero beyond the calendar
		}{
			{"AddMonths", months, mErr, refAddMonths(date, n)},
			{"AddDays", days, dErr, refAddDays(date, n)},
			{"AddToDate", added, pErr, refAddToDate(date, p)},
		} {
			checkString(t, r.got)
			switch {
			case r.op == "AddToDate" && !p.Valid():
				if !errors.Is(r.err, civil.ErrPeriod) || !r.got.IsZero() {
					t.Errorf("%v.AddToDate(%v) = %v, %v; want the zero Date and an error wrapping ErrPeriod", p, date, r.got, r.err)
				}
			case !date.Valid():
				if !errors.Is(r.err, civil.ErrDate) || !r.got.IsZero() {
					t.Errorf("%s from %v (not valid) = %v, %v; want the zero Date and an error wrapping ErrDate", r.op, date, r.got, r.err)
				}
			case r.want.IsZero():
				if !errors.Is(r.err, civil.ErrOutOfRange) || !r.got.IsZero() {
					t.Errorf("%s(%v, %d %s) = %v, %v; beyond the calendar, want the zero Date and an error wrapping ErrOutOfRange", r.op, date, n, unit, r.got, r.err)
				}
			case r.err != nil || r.got != r.want:
				t.Errorf("%s(%v, %d %s) = %v, %v; want %v", r.op, date, n, unit, r.got, r.err, r.want)
			}
		}
		if pErr == nil && added.Before(date) {
			t.Errorf("%v.AddToDate(%v) = %v, before the start", p, date, added)
		}

		start := time.Date(y, time.Month(m), d, 13, 7, 0, 0, time.UTC)
		end, err := p.AddTo(start)
		switch {
		case err == nil && (end.Year() < 1 || end.Year() > 9999):
			t.Errorf("%v.AddTo(%v) = %v, beyond years 1 to 9999 without an error", p, start, end)
		case err == nil && end.Before(start):
			t.Errorf("%v.AddTo(%v) = %v, before the start", p, start, end)
		case err != nil && !errors.Is(err, civil.ErrPeriod) && !errors.Is(err, civil.ErrOutOfRange):
			t.Errorf("%v.AddTo(%v): %v; want an error wrapping ErrPeriod or ErrOutOfRange", p, start, err)
		case err != nil && !end.IsZero():
			t.Errorf("%v.AddTo(%v) = %v with the error %v; want the zero time", p, start, end, err)
		case err != nil && p.Valid() && start.Year() >= 1 && start.Year() <= 9999 && pErr == nil && added.Year < 9999:
			t.Errorf("%v.AddTo(%v): %v; but the date %v is well inside the calendar", p, start, err, added)
		}
	})
}

// checkString checks that d.String() is "" for the zero Date, the ISO form
// that parses back to d for a valid one, and clearly not a date otherwise.
func checkString(t *testing.T, d civil.Date) {
	t.Helper()
	s := d.String()
	switch {
	case d.IsZero():
		if s != "" {
			t.Errorf("zero Date prints %q; want \"\"", s)
		}
	case d.Valid():
		if back, err := civil.ParseDate(s); err != nil || back != d {
			t.Errorf("%#v prints %q, which parses as %v, %v", d, s, back, err)
		}
	case !strings.HasPrefix(s, "%!Date(") || !strings.HasSuffix(s, ")"):
		t.Errorf("%#v, not a valid date, prints %q; want %%!Date(…)", d, s)
	}
}

// Reference arithmetic for FuzzDateArithmetic: plain and slow, in ranges
// where nothing can overflow. Beyond the calendar it returns the zero Date.

const (
	calendarMonths = 10000 * 12  // months from year 0 to the end of year 9999
	calendarDays   = 10000 * 366 // more days than years 1 to 9999 hold
	maxInt         = int(^uint(0) >> 1)
	minInt         = -maxInt - 1
)

func refAddMonths(d civil.Date, n int) civil.Date {
	if n > calendarMonths || n < -calendarMonths {
		return civil.Date{}
	}
	total := d.Year*12 + int(d.Month) - 1 + n
	y, m := total/12, time.Month(total%12+1)
	if total < 12 || y > 9999 {
		return civil.Date{}
	}
	return civil.D(y, m, min(d.Day, civil.DaysIn(y, m)))
}

// refAddToDate is Period.AddToDate by the reference arithmetic.
func refAddToDate(d civil.Date, p civil.Period) civil.Date {
	n := p.Value
	switch p.Unit {
	case civil.Hours:
		return refAddDays(d, n/24)
	case civil.Days:
		return refAddDays(d, n)
	case civil.Weeks:
		return refAddDays(d, mulOrMax(n, 7))
	case civil.Months:
		return refAddMonths(d, n)
	}
	return refAddMonths(d, mulOrMax(n, 12))
}

func refAddDays(d civil.Date, n int) civil.Date {
	if n > calendarDays || n < -calendarDays {
		return civil.Date{}
	}
	t := time.Date(d.Year, d.Month, d.Day+n, 0, 0, 0, 0, time.UTC)
	if t.Year() < 1 || t.Year() > 9999 {
		return civil.Date{}
	}
	return civil.DateOf(t)
}

// mulOrMax returns n × f, or the largest or smallest int when that
// overflows; f is positive.
func mulOrMax(n, f int) int {
	switch {
	case n > maxInt/f:
		return maxInt
	case n < minInt/f:
		return minInt
	}
	return n * f
}
