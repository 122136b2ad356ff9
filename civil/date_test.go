package civil_test

import (
	"errors"
	"testing"
	"time"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		in     string
		want   civil.Date
		ok     bool
		reason string
	}{
		{"plain", "2026-11-22", civil.D(2026, time.November, 22), true, "the ISO 8601 form DOMAIN.md §6.2 uses"},
		{"leap-2028", "2028-02-29", civil.D(2028, time.February, 29), true, "2028 is divisible by 4, so 29 February exists"},
		{"leap-2000", "2000-02-29", civil.D(2000, time.February, 29), true, "2000 is divisible by 400, so it is a leap year"},
		{"first-day", "0001-01-01", civil.D(1, time.January, 1), true, "year 1 is the first year Valid accepts"},
		{"last-day", "9999-12-31", civil.D(9999, time.December, 31), true, "year 9999 is the last year Valid accepts"},
		{"month-end-30", "2026-04-30", civil.D(2026, time.April, 30), true, "April has 30 days"},
		{"no-leap-2026", "2026-02-29", civil.Date{}, false, "2026 is not a leap year"},
		{"no-leap-1900", "1900-02-29", civil.Date{}, false, "1900 is divisible by 100 but not by 400"},
		{"april-31", "2026-04-31", civil.Date{}, false, "April has only 30 days"},
		{"day-zero", "2026-01-00", civil.Date{}, false, "days start at 1"},
		{"month-zero", "2026-00-10", civil.Date{}, false, "months start at 1"},
		{"month-13", "2026-13-01", civil.Date{}, false, "there are 12 months"},
		{"year-zero", "0000-01-01", civil.Date{}, false, "there is no year 0 in a civil date"},
		{"empty", "", civil.Date{}, false, "an empty string is not a date; only UnmarshalText maps it to the zero Date"},
		{"short-month", "2026-1-05", civil.Date{}, false, "months have two digits"},
		{"short-day", "2026-01-5", civil.Date{}, false, "days have two digits"},
		{"slashes", "2026/01/05", civil.Date{}, false, "the separator is a hyphen"},
		{"nordic-order", "22.11.2026", civil.Date{}, false, "the nb/da short date is for display, not for JSON"},
		{"time-appended", "2026-01-05T00:00:00Z", civil.Date{}, false, "a timestamp is not a civil date"},
		{"trailing-space", "2026-01-05 ", civil.Date{}, false, "no trimming: the input must be exact"},
		{"sign", "+026-01-05", civil.Date{}, false, "the year is four digits, not signed"},
		{"letters", "2026-0a-05", civil.Date{}, false, "digits only"},
		{"five-digit-year", "12026-01-05", civil.Date{}, false, "the year has four digits"},
		{"non-ascii-digits", "２026-01-05", civil.Date{}, false, "full-width digits are not ASCII digits"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := civil.ParseDate(tc.in)
			if tc.ok {
				if err != nil {
					t.Fatalf("ParseDate(%q) = %v; want no error (%s)", tc.in, err, tc.reason)
				}
				if diff := cmp.Diff(tc.want, got); diff != "" {
					t.Errorf("ParseDate(%q) (-want +got):\n%s\n(%s)", tc.in, diff, tc.reason)
				}
				if s := got.String(); s != tc.in {
					t.Errorf("ParseDate(%q).String() = %q; want the input back", tc.in, s)
				}
				return
			}
			if !errors.Is(err, civil.ErrDate) {
				t.Errorf("ParseDate(%q) error = %v; want one wrapping ErrDate (%s)", tc.in, err, tc.reason)
			}
			if !got.IsZero() {
				t.Errorf("ParseDate(%q) = %#v with an error; want the zero Date", tc.in, got)
			}
		})
	}
}

func TestDateValid(t *testing.T) {
	for _, tc := range []struct {
		name   string
		d      civil.Date
		want   bool
		reason string
	}{
		{"ordinary", civil.D(2026, time.November, 22), true, "a real day"},
		{"zero", civil.Date{}, false, "the zero Date means not given, and is no day"},
		{"feb-30", civil.D(2026, time.February, 30), false, "D does not normalise"},
		{"leap-day", civil.D(2024, time.February, 29), true, "2024 is a leap year"},
		{"year-10000", civil.D(10000, time.January, 1), false, "only four-digit years can be written"},
		{"negative-day", civil.D(2026, time.January, -1), false, "days start at 1"},
		{"month-13", civil.D(2026, 13, 1), false, "there are 12 months"},
	} {
		if got := tc.d.Valid(); got != tc.want {
			t.Errorf("%s: %#v.Valid() = %v; want %v (%s)", tc.name, tc.d, got, tc.want, tc.reason)
		}
	}
}

func TestDaysIn(t *testing.T) {
	for _, tc := range []struct {
		year   int
		month  time.Month
		want   int
		reason string
	}{
		{2026, time.January, 31, "January has 31 days"},
		{2026, time.February, 28, "2026 is a common year"},
		{2028, time.February, 29, "2028 is a leap year"},
		{1900, time.February, 28, "century years are leap years only when divisible by 400"},
		{2000, time.February, 29, "2000 is divisible by 400"},
		{2026, time.April, 30, "30 days hath September, April, June and November"},
		{2026, time.September, 30, "30 days hath September"},
		{2026, time.December, 31, "December has 31 days"},
	} {
		if got := civil.DaysIn(tc.year, tc.month); got != tc.want {
			t.Errorf("DaysIn(%d, %v) = %d; want %d (%s)", tc.year, tc.month, got, tc.want, tc.reason)
		}
	}
}

func TestDateText(t *testing.T) {
	for _, tc := range []struct {
		name   string
		d      civil.Date
		text   string
		reason string
	}{
		{"ordinary", civil.D(2026, time.November, 22), "2026-11-22", "the JSON form of a date"},
		{"padding", civil.D(987, time.March, 4), "0987-03-04", "year, month and day are zero-padded"},
		{"zero", civil.Date{}, "", "the zero Date is written as an empty string"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := tc.d.MarshalText()
			if err != nil {
				t.Fatalf("MarshalText() error = %v (%s)", err, tc.reason)
			}
			if b == nil {
				t.Errorf("MarshalText() = nil; want a non-nil slice so encoders write a string")
			}
			if got := string(b); got != tc.text {
				t.Errorf("MarshalText() = %q; want %q (%s)", got, tc.text, tc.reason)
			}
			if got := tc.d.String(); got != tc.text {
				t.Errorf("String() = %q; want %q (%s)", got, tc.text, tc.reason)
			}
			// Decode into a non-zero Date, so that decoding "" must clear it.
			back := civil.D(1999, time.December, 31)
			if err := back.UnmarshalText(b); err != nil {
				t.Fatalf("UnmarshalText(%q) error = %v", b, err)
			}
			if diff := cmp.Diff(tc.d, back); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDateMarshalTextInvalid(t *testing.T) {
	b, err := civil.D(2026, time.February, 30).MarshalText()
	if !errors.Is(err, civil.ErrDate) {
		t.Errorf("MarshalText of 2026-02-30 error = %v; want ErrDate, since an invalid date must not be written", err)
	}
	if b != nil {
		t.Errorf("MarshalText of 2026-02-30 = %q; want nil with the error", b)
	}
}

func TestDateUnmarshalTextInvalid(t *testing.T) {
	for _, tc := range []struct {
		in     string
		reason string
	}{
		{"2026-02-29", "no such day"},
		{"2026-2-1", "bad shape"},
		{" ", "a space is not the empty string"},
	} {
		d := civil.D(2026, time.May, 1)
		err := d.UnmarshalText([]byte(tc.in))
		if !errors.Is(err, civil.ErrDate) {
			t.Errorf("UnmarshalText(%q) error = %v; want ErrDate (%s)", tc.in, err, tc.reason)
		}
		if want := civil.D(2026, time.May, 1); d != want {
			t.Errorf("UnmarshalText(%q) changed the date to %v on error; want it left at %v", tc.in, d, want)
		}
	}
}

func TestDateCompare(t *testing.T) {
	for _, tc := range []struct {
		name   string
		a, b   civil.Date
		want   int
		reason string
	}{
		{"equal", civil.D(2026, 5, 1), civil.D(2026, 5, 1), 0, "the same day"},
		{"day", civil.D(2026, 5, 1), civil.D(2026, 5, 2), -1, "the day decides when year and month agree"},
		{"month-before-day", civil.D(2026, 4, 30), civil.D(2026, 5, 1), -1, "the month outranks the day"},
		{"year-before-month", civil.D(2025, 12, 31), civil.D(2026, 1, 1), -1, "the year outranks the month"},
		{"after", civil.D(2027, 1, 1), civil.D(2026, 12, 31), 1, "a later year is after"},
		{"zero-first", civil.Date{}, civil.D(1, 1, 1), -1, "the zero Date sorts before every real date"},
	} {
		if got := tc.a.Compare(tc.b); got != tc.want {
			t.Errorf("%s: %v.Compare(%v) = %d; want %d (%s)", tc.name, tc.a, tc.b, got, tc.want, tc.reason)
		}
		if got := tc.b.Compare(tc.a); got != -tc.want {
			t.Errorf("%s: %v.Compare(%v) = %d; want %d (the reverse order)", tc.name, tc.b, tc.a, got, -tc.want)
		}
		if got := tc.a.Before(tc.b); got != (tc.want < 0) {
			t.Errorf("%s: %v.Before(%v) = %v; want %v", tc.name, tc.a, tc.b, got, tc.want < 0)
		}
		if got := tc.a.After(tc.b); got != (tc.want > 0) {
			t.Errorf("%s: %v.After(%v) = %v; want %v", tc.name, tc.a, tc.b, got, tc.want > 0)
		}
	}
}

// addMonthsCases are the table of TestDateAddMonths; FuzzDate starts from\n// them.
var addMonthsCases = []struct {
	name   string
	d      civil.Date
	n      int
	want   civil.Date
	reason string
}{
	{"clamp-common", civil.D(2026, 1, 31), 1, civil.D(2026, 2, 28), "31 January + 1 month clamps to the end of February, not 3 March"},
	{"clamp-leap", civil.D(2028, 1, 31), 1, civil.D(2028, 2, 29), "in a leap year the end of February is the 29th"},
	{"clamp-backwards", civil.D(2026, 3, 31), -1, civil.D(2026, 2, 28), "going back also clamps"},
	{"clamp-30", civil.D(2026, 5, 31), 1, civil.D(2026, 6, 30), "June has 30 days"},
	{"no-clamp", civil.D(2026, 1, 15), 1, civil.D(2026, 2, 15), "a day that exists is kept"},
	{"zero", civil.D(2026, 1, 31), 0, civil.D(2026, 1, 31), "adding nothing changes nothing"},
	{"plus-12", civil.D(2026, 11, 22), 12, civil.D(2027, 11, 22), "12 months is a year"},
	{"plus-13", civil.D(2026, 11, 22), 13, civil.D(2027, 12, 22), "13 months crosses one year and one month"},
	{"plus-2-over-year", civil.D(2026, 11, 30), 2, civil.D(2027, 1, 30), "December to January wraps the year"},
	{"december-plus-1", civil.D(2026, 12, 31), 1, civil.D(2027, 1, 31), "month 12 + 1 is January of the next year"},
	{"minus-across-year", civil.D(2026, 1, 15), -1, civil.D(2025, 12, 15), "January - 1 is December of the year before"},
	{"minus-13", civil.D(2026, 3, 31), -13, civil.D(2025, 2, 28), "13 months back from 31 March 2026 is February 2025, clamped"},
	{"minus-24", civil.D(2028, 2, 29), -24, civil.D(2026, 2, 28), "a leap day two years back clamps to the 28th"},
	{"leap-plus-year", civil.D(2028, 2, 29), 12, civil.D(2029, 2, 28), "29 February + 1 year is 28 February"},
	{"leap-plus-4-years", civil.D(2028, 2, 29), 48, civil.D(2032, 2, 29), "four years later February has 29 days again"},
}

func TestDateAddMonths(t *testing.T) {
	for _, tc := range addMonthsCases {
		if got, err := tc.d.AddMonths(tc.n); err != nil || got != tc.want {
			t.Errorf("%s: %v.AddMonths(%d) = %v, %v; want %v (%s)", tc.name, tc.d, tc.n, got, err, tc.want, tc.reason)
		}
	}
}

// addDaysCases are the table of TestDateAddDays; FuzzDate starts from them.
var addDaysCases = []struct {
	name   string
	d      civil.Date
	n      int
	want   civil.Date
	reason string
}{
	{"over-leap-day", civil.D(2028, 2, 28), 1, civil.D(2028, 2, 29), "2028 has a 29 February"},
	{"past-leap-day", civil.D(2028, 2, 28), 2, civil.D(2028, 3, 1), "the day after 29 February is 1 March"},
	{"no-leap-day", civil.D(2026, 2, 28), 1, civil.D(2026, 3, 1), "2026 has no 29 February"},
	{"back-over-leap-day", civil.D(2028, 3, 1), -1, civil.D(2028, 2, 29), "going back lands on the leap day"},
	{"year-end", civil.D(2026, 12, 31), 1, civil.D(2027, 1, 1), "the year rolls over"},
	{"leap-year-length", civil.D(2028, 1, 1), 366, civil.D(2029, 1, 1), "a leap year has 366 days"},
	{"common-year-length", civil.D(2026, 1, 1), 365, civil.D(2027, 1, 1), "a common year has 365 days"},
	{"dst-day", civil.D(2026, 3, 28), 1, civil.D(2026, 3, 29), "a civil date knows nothing of daylight saving"},
}

func TestDateAddDays(t *testing.T) {
	for _, tc := range addDaysCases {
		if got, err := tc.d.AddDays(tc.n); err != nil || got != tc.want {
			t.Errorf("%s: %v.AddDays(%d) = %v, %v; want %v (%s)", tc.name, tc.d, tc.n, got, err, tc.want, tc.reason)
		}
	}
}

// outOfRangeCases are arithmetic whose result leaves years 1 to 9999, or
// that starts from a date that is not valid: an error, never a wrapped
// date. FuzzDateArithmetic starts from them too.
var outOfRangeCases = []struct {
	name   string
	d      civil.Date
	p      civil.Period
	want   error
	reason string
}{
	{"months-2^62", civil.D(9999, 12, 31), civil.Of(1<<62, civil.Months), civil.ErrOutOfRange, "printed 7381-04-30 when the year wrapped at four digits (F9)"},
	{"one-month-past-end", civil.D(9999, 12, 1), civil.Of(1, civil.Months), civil.ErrOutOfRange, "January of year 10000 cannot be written"},
	{"one-day-past-end", civil.D(9999, 12, 31), civil.Of(1, civil.Days), civil.ErrOutOfRange, "the last day of the calendar has no day after it"},
	{"hours-past-end", civil.D(9999, 12, 31), civil.Of(24, civil.Hours), civil.ErrOutOfRange, "24 hours are a whole day, beyond the last one"},
	{"weeks-overflow", civil.D(2026, 1, 1), civil.Of(1<<62, civil.Weeks), civil.ErrOutOfRange, "7 × 2^62 overflows an int; capped, it is still beyond the calendar"},
	{"years-overflow", civil.D(2026, 1, 1), civil.Of(1537228672809129302, civil.Years), civil.ErrOutOfRange, "12 × this wraps to 8 in 64 bits"},
	{"years-past-end", civil.D(2026, 1, 1), civil.Of(7974, civil.Years), civil.ErrOutOfRange, "2026 + 7974 is 10000"},
	{"max-int-days", civil.D(2026, 1, 1), civil.Of(int(^uint(0)>>1), civil.Days), civil.ErrOutOfRange, "the largest int of days"},
	{"invalid-start", civil.D(2026, 2, 30), civil.Of(1, civil.Days), civil.ErrDate, "30 February is no day to count from"},
	{"zero-start", civil.Date{}, civil.Of(1, civil.Days), civil.ErrDate, "the zero Date means not given, and is no day to count from"},
	{"year-beyond", civil.D(89408, 3, 17), civil.Of(1, civil.Days), civil.ErrDate, "a year beyond the calendar, built by a composite literal"},
	{"zero-period", civil.D(2026, 1, 1), civil.Period{}, civil.ErrPeriod, "the zero Period means not given, and adds nothing meaningful"},
	{"unknown-unit", civil.D(2026, 1, 1), civil.Period{Value: 2, Unit: "fortnights"}, civil.ErrPeriod, "an unknown unit used to add nothing, silently"},
	{"negative", civil.D(2026, 1, 1), civil.Of(-1, civil.Days), civil.ErrPeriod, "a period is not negative; moving back is AddDays with a negative n"},
}

func TestPeriodAddToDateOutOfRange(t *testing.T) {
	for _, tc := range outOfRangeCases {
		got, err := tc.p.AddToDate(tc.d)
		if !errors.Is(err, tc.want) || !got.IsZero() {
			t.Errorf("%s: %v.AddToDate(%#v) = %v, %v; want the zero Date and an error wrapping %v (%s)", tc.name, tc.p, tc.d, got, err, tc.want, tc.reason)
		}
	}
}

func TestDateShiftOutOfRange(t *testing.T) {
	const maxInt = int(^uint(0) >> 1)
	for _, tc := range []struct {
		name   string
		d      civil.Date
		months bool // AddMonths, else AddDays
		n      int
		want   error
		reason string
	}{
		{"months-2^62", civil.D(9999, 12, 31), true, 1 << 62, civil.ErrOutOfRange, "printed 7381-04-30 when the year wrapped (F9)"},
		{"months-minus-2^62", civil.D(2026, 1, 1), true, -1 << 62, civil.ErrOutOfRange, "a negative shift printed )-(/-0,-31 (F9)"},
		{"days-minus-2^62", civil.D(2026, 1, 1), false, -1 << 62, civil.ErrOutOfRange, "a negative shift far before year 1"},
		{"months-min-int", civil.D(2026, 1, 1), true, -maxInt - 1, civil.ErrOutOfRange, "the smallest int, whose negation overflows"},
		{"days-max-int", civil.D(2026, 1, 1), false, maxInt, civil.ErrOutOfRange, "the largest int"},
		{"before-year-1", civil.D(1, 1, 1), false, -1, civil.ErrOutOfRange, "the day before the first day of the calendar"},
		{"month-before-year-1", civil.D(1, 1, 31), true, -1, civil.ErrOutOfRange, "December of year 0 cannot be written"},
		{"after-9999", civil.D(9999, 12, 31), false, 1, civil.ErrOutOfRange, "the day after the last day"},
		{"invalid-day", civil.D(2026, 2, 30), true, 1, civil.ErrDate, "30 February + 1 month would be a guess"},
		{"negative-year", civil.D(-5, 1, 1), false, 10, civil.ErrDate, "a year before 1, built by a composite literal"},
	} {
		var got civil.Date
		var err error
		if tc.months {
			got, err = tc.d.AddMonths(tc.n)
		} else {
			got, err = tc.d.AddDays(tc.n)
		}
		if !errors.Is(err, tc.want) || !got.IsZero() {
			t.Errorf("%s: shifting %#v by %d (months %v) = %v, %v; want the zero Date and an error wrapping %v (%s)", tc.name, tc.d, tc.n, tc.months, got, err, tc.want, tc.reason)
		}
	}
	// The edges themselves are in range.
	if got, err := civil.D(9999, 11, 30).AddMonths(1); err != nil || got != civil.D(9999, 12, 30) {
		t.Errorf("9999-11-30 + 1 month = %v, %v; want 9999-12-30, the last month of the calendar", got, err)
	}
	if got, err := civil.D(1, 1, 2).AddDays(-1); err != nil || got != civil.D(1, 1, 1) {
		t.Errorf("0001-01-02 - 1 day = %v, %v; want 0001-01-01, the first day of the calendar", got, err)
	}
	if got, err := civil.D(1, 1, 1).AddDays(3652058); err != nil || got != civil.D(9999, 12, 31) {
		t.Errorf("0001-01-01 + 3652058 days = %v, %v; want 9999-12-31: the calendar is 3652059 days long", got, err)
	}
}

// TestDateAddDaysAgainstTime compares AddDays with package time from the
// first day of the calendar to the last, a week of days at a time.
func TestDateAddDaysAgainstTime(t *testing.T) {
	start := civil.D(1, 1, 1)
	for n := 0; n <= 3652058; n += 7 {
		want := civil.DateOf(time.Date(1, 1, 1+n, 0, 0, 0, 0, time.UTC))
		if got, err := start.AddDays(n); err != nil || got != want {
			t.Fatalf("0001-01-01 + %d days = %v, %v; want %v", n, got, err, want)
		}
		if back, err := want.AddDays(-n); err != nil || back != start {
			t.Fatalf("%v - %d days = %v, %v; want 0001-01-01", want, n, back, err)
		}
	}
}

func TestDateString(t *testing.T) {
	for _, tc := range []struct {
		name   string
		d      civil.Date
		want   string
		reason string
	}{
		{"zero", civil.Date{}, "", "the zero Date means not given and prints as nothing"},
		{"valid", civil.D(2026, 11, 22), "2026-11-22", "ISO 8601"},
		{"first", civil.D(1, 1, 1), "0001-01-01", "the first day of the calendar, zero-padded"},
		{"no-such-day", civil.D(2026, 2, 30), "%!Date(2026-02-30)", "a day that does not exist is marked, not normalised"},
		{"five-digit-year", civil.D(89408, 3, 17), "%!Date(89408-03-17)", "printed 9408-03-17 when four digits were cut off (F9)"},
		{"negative", civil.D(-1, -1, -31), "%!Date(-001--1--31)", "printed )-(/-0,-31 when digits were computed from negative numbers (F9)"},
		{"month-13", civil.D(2026, 13, 1), "%!Date(2026-13-01)", "there are 12 months"},
		{"year-only", civil.Date{Year: 2026}, "%!Date(2026-00-00)", "a Date with only a year is not the zero Date"},
	} {
		if got := tc.d.String(); got != tc.want {
			t.Errorf("%s: %#v.String() = %q; want %q (%s)", tc.name, tc.d, got, tc.want, tc.reason)
		}
	}
}

func TestDateStartNilLocation(t *testing.T) {
	d := civil.D(2026, 11, 22)
	if got, want := d.Start(nil), time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC); !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("%v.Start(nil) = %v; want %v: a nil location means UTC, as in other places of dpakit, not a panic", d, got, want)
	}
}

func TestDateStartAndDateOf(t *testing.T) {
	loc := stockholm(t)
	d := civil.D(2026, 3, 29)
	got := d.Start(loc)
	if want := time.Date(2026, 3, 29, 0, 0, 0, 0, loc); !got.Equal(want) || got.Location() != loc {
		t.Errorf("%v.Start(Stockholm) = %v; want %v", d, got, want)
	}
	// 23:30 in Stockholm on 28 March is 22:30 UTC on the same day, but 00:30
	// in Stockholm on 1 April is still 31 March in UTC: DateOf reads the date
	// in t's own location.
	for _, tc := range []struct {
		t      time.Time
		want   civil.Date
		reason string
	}{
		{time.Date(2026, 4, 1, 0, 30, 0, 0, loc), civil.D(2026, 4, 1), "the date in Stockholm, not in UTC"},
		{time.Date(2026, 4, 1, 0, 30, 0, 0, loc).UTC(), civil.D(2026, 3, 31), "the same instant read in UTC is a day earlier"},
	} {
		if got := civil.DateOf(tc.t); got != tc.want {
			t.Errorf("DateOf(%v) = %v; want %v (%s)", tc.t, got, tc.want, tc.reason)
		}
	}
}

func TestDateUnmarshalTextNilReceiver(t *testing.T) {
	var d *civil.Date
	if err := d.UnmarshalText([]byte("2026-11-22")); !errors.Is(err, civil.ErrDate) {
		t.Errorf("UnmarshalText into a nil *Date: %v; want an error wrapping ErrDate, not a panic", err)
	}
}

func TestDateIn(t *testing.T) {
	for _, tc := range []struct {
		name   string
		d      civil.Date
		l      i18n.Lang
		want   string
		reason string
	}{
		{"en", civil.D(2026, 3, 2), i18n.EN, "2 March 2026", "CLDR long: d MMMM y, month capitalised"},
		{"sv", civil.D(2026, 3, 2), i18n.SV, "2 mars 2026", "CLDR long: d MMMM y, month in lower case"},
		{"nb", civil.D(2026, 3, 2), i18n.NB, "2. mars 2026", "CLDR long: d. MMMM y"},
		{"da", civil.D(2026, 3, 2), i18n.DA, "2. marts 2026", "CLDR long: d. MMMM y"},
		{"december", civil.D(2026, 12, 31), i18n.NB, "31. desember 2026", "the last month indexes the table's last name"},
		{"unsupported", civil.D(2026, 1, 5), "de", "5 January 2026", "a language dpakit does not write gets English"},
		{"invalid", civil.Date{Year: 2026, Month: 2, Day: 30}, i18n.SV, civil.Date{Year: 2026, Month: 2, Day: 30}.String(), "an impossible day is written as String writes it, never normalised"},
		{"zero", civil.Date{}, i18n.EN, civil.Date{}.String(), "the zero Date is not a day"},
	} {
		if got := tc.d.In(tc.l); got != tc.want {
			t.Errorf("%s: %#v.In(%q) = %q; want %q (%s)", tc.name, tc.d, tc.l, got, tc.want, tc.reason)
		}
	}
}

// TestDateWeekday checks every day of years 1 to 9999 (and the first days)
// against package time's weekday.
func TestDateWeekday(t *testing.T) {
	d := civil.D(1, time.January, 1)
	for n := 0; ; n++ {
		if got, want := d.Weekday(), d.Start(nil).Weekday(); got != want {
			t.Fatalf("%v.Weekday() = %v, want %v", d, got, want)
		}
		next, err := d.AddDays(1)
		if err != nil {
			break
		}
		d = next
	}
	if got := (civil.Date{}).Weekday(); got != time.Sunday {
		t.Errorf("zero Date: %v, want Sunday", got)
	}
	if got := civil.D(2026, time.February, 30).Weekday(); got != time.Sunday {
		t.Errorf("2026-02-30: %v, want Sunday", got)
	}
}
