package civil_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Stockholm without depending on the host's zoneinfo

	"github.com/dpakit/dpakit/civil"
	"github.com/google/go-cmp/cmp"
)

func stockholm(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Stockholm")
	if err != nil {
		t.Fatalf("LoadLocation: %v", err)
	}
	return loc
}

func TestUnits(t *testing.T) {
	want := []civil.Unit{civil.Hours, civil.Days, civil.Weeks, civil.Months, civil.Years}
	var got []civil.Unit
	for _, d := range civil.Units {
		got = append(got, d.ID)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Units, shortest first (-want +got):\n%s", diff)
	}
	for _, u := range []civil.Unit{"", "hour", "Hours", "fortnights", "minutes"} {
		if u.Valid() {
			t.Errorf("%q.Valid() = true; only the five plural lower-case ids are units", u)
		}
	}
}

func TestPeriodCheck(t *testing.T) {
	for _, tc := range []struct {
		name   string
		p      civil.Period
		ok     bool
		reason string
	}{
		{"hours", civil.Of(24, civil.Hours), true, "an ordinary period"},
		{"zero-value", civil.Of(0, civil.Days), true, "zero days is a period (for example 'at once')"},
		{"years", civil.Of(5, civil.Years), true, "years are a unit"},
		{"negative", civil.Of(-1, civil.Days), false, "a negative length is meaningless"},
		{"negative-months", civil.Of(-13, civil.Months), false, "negative in every unit"},
		{"unknown-unit", civil.Period{Value: 2, Unit: "fortnights"}, false, "there are five units"},
		{"singular-unit", civil.Period{Value: 1, Unit: "hour"}, false, "unit ids are plural"},
		{"zero-period", civil.Period{}, false, "the zero Period has no unit; callers test IsZero before Check"},
	} {
		err := tc.p.Check()
		switch {
		case tc.ok && err != nil:
			t.Errorf("%s: %#v.Check() = %v; want nil (%s)", tc.name, tc.p, err, tc.reason)
		case !tc.ok && !errors.Is(err, civil.ErrPeriod):
			t.Errorf("%s: %#v.Check() = %v; want an error wrapping ErrPeriod (%s)", tc.name, tc.p, err, tc.reason)
		}
	}
}

func TestPeriodString(t *testing.T) {
	for _, tc := range []struct {
		p      civil.Period
		want   string
		reason string
	}{
		{civil.Of(24, civil.Hours), "24 hours", "English, value then unit id"},
		{civil.Of(1, civil.Months), "1 months", "String is the plain id form; In gives the grammatical form"},
		{civil.Period{}, "", "the zero Period is not given"},
	} {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("%#v.String() = %q; want %q (%s)", tc.p, got, tc.want, tc.reason)
		}
	}
	if civil.Of(0, civil.Hours).IsZero() {
		t.Error("Of(0, Hours).IsZero() = true; a unit with value 0 is a given period")
	}
}

func TestPeriodJSON(t *testing.T) {
	b, err := json.Marshal(civil.Of(24, civil.Hours))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"value":24,"unit":"hours"}`; got != want {
		t.Errorf("json.Marshal(24 hours) = %s; want %s", got, want)
	}
	var p civil.Period
	if err := json.Unmarshal([]byte(`{"value":13,"unit":"months"}`), &p); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(civil.Of(13, civil.Months), p); diff != "" {
		t.Errorf("json.Unmarshal (-want +got):\n%s", diff)
	}
}

// periodCompareCases are the table of TestPeriodCompare; FuzzPeriod starts\n// from them.
var periodCompareCases = []struct {
	name   string
	p, q   civil.Period
	sign   int
	exact  bool
	reason string
}{
	{"24h-1d", civil.Of(24, civil.Hours), civil.Of(1, civil.Days), 0, true, "a calendar day is 24 hours here"},
	{"72h-3d", civil.Of(72, civil.Hours), civil.Of(3, civil.Days), 0, true, "the breach cap in days and in hours"},
	{"25h-1d", civil.Of(25, civil.Hours), civil.Of(1, civil.Days), 1, true, "one hour more than a day"},
	{"1w-7d", civil.Of(1, civil.Weeks), civil.Of(7, civil.Days), 0, true, "weeks are 7 days"},
	{"2w-337h", civil.Of(2, civil.Weeks), civil.Of(337, civil.Hours), -1, true, "two weeks are 336 hours"},
	{"1y-12m", civil.Of(1, civil.Years), civil.Of(12, civil.Months), 0, true, "years are 12 months"},
	{"2y-25m", civil.Of(2, civil.Years), civil.Of(25, civil.Months), -1, true, "months and years compare exactly"},
	{"1m-40d", civil.Of(1, civil.Months), civil.Of(40, civil.Days), -1, true, "no month has 40 days"},
	{"1m-32d", civil.Of(1, civil.Months), civil.Of(32, civil.Days), -1, true, "no month has 32 days"},
	{"1m-27d", civil.Of(1, civil.Months), civil.Of(27, civil.Days), 1, true, "every month has more than 27 days"},
	{"1m-28d", civil.Of(1, civil.Months), civil.Of(28, civil.Days), 1, false, "February 2026 lasts exactly 28 days; on average a month is longer"},
	{"1m-30d", civil.Of(1, civil.Months), civil.Of(30, civil.Days), 1, false, "a month lasts 28 to 31 days; the Gregorian average is 30.44 days, so longer than 30"},
	{"1m-31d", civil.Of(1, civil.Months), civil.Of(31, civil.Days), -1, false, "a month is at most 31 days, on average less"},
	{"1m-730h", civil.Of(1, civil.Months), civil.Of(730, civil.Hours), 1, false, "the average month is 730.485 hours"},
	{"1m-731h", civil.Of(1, civil.Months), civil.Of(731, civil.Hours), -1, false, "the average month is 730.485 hours"},
	{"1y-364d", civil.Of(1, civil.Years), civil.Of(364, civil.Days), 1, true, "every year has more than 364 days"},
	{"1y-365d", civil.Of(1, civil.Years), civil.Of(365, civil.Days), 1, false, "a common year is 365 days, the average 365.2425"},
	{"1y-366d", civil.Of(1, civil.Years), civil.Of(366, civil.Days), -1, false, "only a leap year reaches 366 days"},
	{"1y-367d", civil.Of(1, civil.Years), civil.Of(367, civil.Days), -1, true, "no year has 367 days"},
	{"1y-52w", civil.Of(1, civil.Years), civil.Of(52, civil.Weeks), 1, true, "52 weeks are 364 days"},
	{"6m-26w", civil.Of(6, civil.Months), civil.Of(26, civil.Weeks), 1, false, "26 weeks are 182 days; six months average 182.6"},
	{"13m-395d", civil.Of(13, civil.Months), civil.Of(395, civil.Days), 1, false, "13 months average 395.7 days"},
	{"0m-0h", civil.Of(0, civil.Months), civil.Of(0, civil.Hours), 0, true, "nothing equals nothing in any unit"},
	{"2^62d-72h", civil.Of(1<<62, civil.Days), civil.Of(72, civil.Hours), 1, true, "2^62 days once overflowed to 0 hours (found by FuzzPeriod)"},
	{"maxint-y-1y", civil.Of(1<<63-1, civil.Years), civil.Of(1, civil.Years), 1, true, "the longest period is longer than a year, not wrapped around to a negative length"},
	{"huge-w-huge-d", civil.Of(1<<62, civil.Weeks), civil.Of(1<<61, civil.Days), 0, true, "beyond about 128 billion years lengths are capped, and compare as equal"},
}

func TestPeriodCompare(t *testing.T) {
	for _, tc := range periodCompareCases {
		t.Run(tc.name, func(t *testing.T) {
			sign, exact := tc.p.Compare(tc.q)
			if sign != tc.sign || exact != tc.exact {
				t.Errorf("%v.Compare(%v) = %d, %v; want %d, %v (%s)", tc.p, tc.q, sign, exact, tc.sign, tc.exact, tc.reason)
			}
			sign, exact = tc.q.Compare(tc.p)
			if sign != -tc.sign || exact != tc.exact {
				t.Errorf("%v.Compare(%v) = %d, %v; want %d, %v (the reverse)", tc.q, tc.p, sign, exact, -tc.sign, tc.exact)
			}
		})
	}
}

// periodBoundsCases are the table of TestPeriodBounds; FuzzPeriod starts\n// from them.
var periodBoundsCases = []struct {
	p        civil.Period
	min, max int64
	reason   string
}{
	{civil.Of(24, civil.Hours), 24, 24, "hours are exact"},
	{civil.Of(2, civil.Days), 48, 48, "days are 24 hours"},
	{civil.Of(1, civil.Weeks), 168, 168, "a week is 7 × 24 hours"},
	{civil.Of(1, civil.Months), 28 * 24, 31 * 24, "a month is 28 to 31 days"},
	{civil.Of(1, civil.Years), 365 * 24, 366 * 24, "a year is 365 or 366 days"},
	{civil.Of(12, civil.Months), 365 * 24, 366 * 24, "12 months are a year, not 12 × 28 to 12 × 31 days"},
	{civil.Of(13, civil.Months), (365 + 28) * 24, (366 + 31) * 24, "a year and a month"},
	{civil.Of(0, civil.Years), 0, 0, "nothing"},
}

func TestPeriodBounds(t *testing.T) {
	for _, tc := range periodBoundsCases {
		min, max := tc.p.Bounds()
		if min != tc.min || max != tc.max {
			t.Errorf("%v.Bounds() = %d, %d; want %d, %d (%s)", tc.p, min, max, tc.min, tc.max, tc.reason)
		}
	}
}

func TestPeriodAddTo(t *testing.T) {
	loc := stockholm(t)
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, loc) }
	for _, tc := range []struct {
		name   string
		start  time.Time
		p      civil.Period
		want   time.Time
		reason string
	}{
		// Sweden moves to summer time at 02:00 on Sunday 29 March 2026 and back at
		// 03:00 on Sunday 25 October 2026.
		{"day-spring", at(2026, 3, 28, 12, 0), civil.Of(1, civil.Days), at(2026, 3, 29, 12, 0), "a calendar day keeps the wall clock across the spring change (23 hours elapse)"},
		{"24h-spring", at(2026, 3, 28, 12, 0), civil.Of(24, civil.Hours), at(2026, 3, 29, 13, 0), "24 hours are elapsed time: the clock reads 13:00 after the spring change"},
		{"day-autumn", at(2026, 10, 24, 12, 0), civil.Of(1, civil.Days), at(2026, 10, 25, 12, 0), "a calendar day keeps the wall clock across the autumn change (25 hours elapse)"},
		{"24h-autumn", at(2026, 10, 24, 12, 0), civil.Of(24, civil.Hours), at(2026, 10, 25, 11, 0), "24 hours are elapsed time: the clock reads 11:00 after the autumn change"},
		{"week-spring", at(2026, 3, 26, 9, 0), civil.Of(1, civil.Weeks), at(2026, 4, 2, 9, 0), "weeks are calendar days"},
		{"72h", at(2026, 11, 20, 16, 30), civil.Of(72, civil.Hours), at(2026, 11, 23, 16, 30), "the breach deadline with no clock change"},
		{"month-clamp", at(2026, 1, 31, 10, 0), civil.Of(1, civil.Months), at(2026, 2, 28, 10, 0), "months clamp to the end of February and keep the time of day"},
		{"month-dst", at(2026, 3, 15, 10, 0), civil.Of(1, civil.Months), at(2026, 4, 15, 10, 0), "a month keeps the wall clock across the spring change"},
		{"year-leap", at(2028, 2, 29, 8, 15), civil.Of(1, civil.Years), at(2029, 2, 28, 8, 15), "29 February + 1 year clamps to 28 February"},
		{"13-months", at(2026, 11, 22, 0, 0), civil.Of(13, civil.Months), at(2027, 12, 22, 0, 0), "13 months of log retention"},
		{"zero", at(2026, 11, 22, 7, 0), civil.Of(0, civil.Days), at(2026, 11, 22, 7, 0), "adding nothing"},
		{"beyond-duration", at(2026, 11, 22, 7, 0), civil.Of(3_000_000, civil.Hours), at(2369, 2, 17, 7, 0), "3 000 000 hours, more than a time.Duration holds, are 125 000 days of elapsed time"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.p.AddTo(tc.start)
			if err != nil || !got.Equal(tc.want) {
				t.Errorf("%v.AddTo(%v) = %v, %v; want %v (%s)", tc.p, tc.start, got, err, tc.want, tc.reason)
			}
			if got.Location() != loc {
				t.Errorf("%v.AddTo(%v) is in %v; want the start's location %v", tc.p, tc.start, got.Location(), loc)
			}
		})
	}
	// The difference between a day and 24 hours is visible as elapsed time.
	start := at(2026, 3, 28, 12, 0)
	if end, err := civil.Of(1, civil.Days).AddTo(start); err != nil || end.Sub(start) != 23*time.Hour {
		t.Errorf("1 day from %v ends at %v, %v; want 23h later on the day the clocks go forward", start, end, err)
	}
}

func TestPeriodAddToErrors(t *testing.T) {
	end := time.Date(9999, 12, 31, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name   string
		start  time.Time
		p      civil.Period
		want   error
		reason string
	}{
		{"hours-past-end", end, civil.Of(12, civil.Hours), civil.ErrOutOfRange, "midnight after 9999-12-31 is in year 10000"},
		{"huge-hours", end.AddDate(-9000, 0, 0), civil.Of(1<<62, civil.Hours), civil.ErrOutOfRange, "gave a time beyond year 9999 without an error"},
		{"days-past-end", end, civil.Of(1, civil.Days), civil.ErrOutOfRange, "the day after the last day of the calendar"},
		{"weeks-overflow", end.AddDate(-9000, 0, 0), civil.Of(1<<62, civil.Weeks), civil.ErrOutOfRange, "7 × 2^62 overflows an int"},
		{"months-past-end", end, civil.Of(1, civil.Months), civil.ErrOutOfRange, "January of year 10000"},
		{"years-max-int", end.AddDate(-9000, 0, 0), civil.Of(int(^uint(0)>>1), civil.Years), civil.ErrOutOfRange, "the largest int of years"},
		{"start-year-0", time.Time{}.In(time.FixedZone("west", -3600)), civil.Of(1, civil.Hours), civil.ErrOutOfRange, "the zero time west of UTC is in year 0"},
		{"start-beyond", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), civil.Of(0, civil.Hours), civil.ErrOutOfRange, "a start beyond the calendar"},
		{"unknown-unit", end.AddDate(-1, 0, 0), civil.Period{Value: 2, Unit: "fortnights"}, civil.ErrPeriod, "an unknown unit used to add nothing, silently"},
		{"negative", end.AddDate(-1, 0, 0), civil.Of(-1, civil.Hours), civil.ErrPeriod, "a period is not negative; it used to move the time back"},
		{"zero-period", end.AddDate(-1, 0, 0), civil.Period{}, civil.ErrPeriod, "the zero Period means not given"},
	} {
		got, err := tc.p.AddTo(tc.start)
		if !errors.Is(err, tc.want) || !got.IsZero() {
			t.Errorf("%s: %v.AddTo(%v) = %v, %v; want the zero time and an error wrapping %v (%s)", tc.name, tc.p, tc.start, got, err, tc.want, tc.reason)
		}
	}
	// The last moment of the calendar can still be reached.
	if got, err := civil.Of(11, civil.Hours).AddTo(end); err != nil || got.Year() != 9999 {
		t.Errorf("11 hours from %v = %v, %v; want 23:00 on the last day", end, got, err)
	}
}

func TestPeriodAddToKeepsNanoseconds(t *testing.T) {
	start := time.Date(2026, 1, 31, 10, 11, 12, 13, time.UTC)
	want := time.Date(2026, 2, 28, 10, 11, 12, 13, time.UTC)
	if got, err := civil.Of(1, civil.Months).AddTo(start); err != nil || !got.Equal(want) {
		t.Errorf("1 month from %v = %v, %v; want %v with seconds and nanoseconds kept", start, got, err, want)
	}
}

// periodAddToDateCases are the table of TestPeriodAddToDate; FuzzPeriod\n// starts from them.
var periodAddToDateCases = []struct {
	name   string
	d      civil.Date
	p      civil.Period
	want   civil.Date
	reason string
}{
	{"48h", civil.D(2026, 11, 22), civil.Of(48, civil.Hours), civil.D(2026, 11, 24), "48 hours are two whole days"},
	{"36h", civil.D(2026, 11, 22), civil.Of(36, civil.Hours), civil.D(2026, 11, 23), "36 hours count one whole day"},
	{"23h", civil.D(2026, 11, 22), civil.Of(23, civil.Hours), civil.D(2026, 11, 22), "less than a day counts none"},
	{"30d", civil.D(2026, 1, 31), civil.Of(30, civil.Days), civil.D(2026, 3, 2), "days do not clamp"},
	{"leap-day", civil.D(2028, 2, 28), civil.Of(1, civil.Days), civil.D(2028, 2, 29), "days step over the leap day"},
	{"2w", civil.D(2026, 12, 25), civil.Of(2, civil.Weeks), civil.D(2027, 1, 8), "weeks are 7 days and cross the year"},
	{"1m", civil.D(2026, 1, 31), civil.Of(1, civil.Months), civil.D(2026, 2, 28), "months clamp"},
	{"1y", civil.D(2028, 2, 29), civil.Of(1, civil.Years), civil.D(2029, 2, 28), "years clamp the leap day"},
	{"3y", civil.D(2026, 5, 1), civil.Of(3, civil.Years), civil.D(2029, 5, 1), "years are 12 months each"},
}

func TestPeriodAddToDate(t *testing.T) {
	for _, tc := range periodAddToDateCases {
		if got, err := tc.p.AddToDate(tc.d); err != nil || got != tc.want {
			t.Errorf("%s: %v.AddToDate(%v) = %v, %v; want %v (%s)", tc.name, tc.p, tc.d, got, err, tc.want, tc.reason)
		}
	}
}

// TestPeriodAddToFarZones adds periods to times in locations far from UTC,
// where the year differs from the year in UTC: the range check reads the
// year in the time's own location.
func TestPeriodAddToFarZones(t *testing.T) {
	east, west := time.FixedZone("east", 14*3600), time.FixedZone("west", -12*3600)
	for _, tc := range []struct {
		name   string
		start  time.Time
		p      civil.Period
		ok     bool
		reason string
	}{
		{"east-past-end", time.Date(9999, 12, 31, 12, 0, 0, 0, east), civil.Of(12, civil.Hours), false, "midnight in the east begins year 10000 there, while UTC is still in 9999"},
		{"east-in-range", time.Date(9999, 12, 31, 12, 0, 0, 0, east), civil.Of(11, civil.Hours), true, "23:00 on the last day in the east"},
		{"west-start-year-0", time.Date(1, 1, 1, 5, 0, 0, 0, time.UTC).In(west), civil.Of(1, civil.Hours), false, "05:00 UTC on the first day is still year 0 twelve hours west"},
		{"west-days", time.Date(9999, 12, 30, 12, 0, 0, 0, west), civil.Of(1, civil.Days), true, "the last day in the west, though UTC has reached it already"},
		{"decades-east", time.Date(9950, 6, 1, 0, 0, 0, 0, time.UTC).In(time.FixedZone("absurd", 80*365*24*3600)), civil.Of(1, civil.Hours), false, "a fixed zone 80 years east puts 9950 in UTC beyond 9999 there"},
		{"decades-west", time.Date(50, 6, 1, 0, 0, 0, 0, time.UTC).In(time.FixedZone("absurd", -80*365*24*3600)), civil.Of(1, civil.Hours), false, "a fixed zone 80 years west puts the year 50 in UTC before year 1 there"},
	} {
		end, err := tc.p.AddTo(tc.start)
		switch {
		case tc.ok && (err != nil || end.Year() != 9999):
			t.Errorf("%s: %v.AddTo(%v) = %v, %v; want a time in 9999 (%s)", tc.name, tc.p, tc.start, end, err, tc.reason)
		case !tc.ok && !errors.Is(err, civil.ErrOutOfRange):
			t.Errorf("%s: %v.AddTo(%v) = %v, %v; want an error wrapping ErrOutOfRange (%s)", tc.name, tc.p, tc.start, end, err, tc.reason)
		}
	}
}
