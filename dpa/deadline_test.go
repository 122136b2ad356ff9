package dpa_test

import (
	"errors"
	"testing"
	"time"
	_ "time/tzdata" // the tests name time zones; do not depend on the machine's database

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/transfer"
	"github.com/google/go-cmp/cmp"
)

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// at parses an RFC 3339 time for a test table.
func at(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// In 2026 Central European clocks go forward on 29 March at 02:00 and back
// on 25 October at 03:00.
func TestBreachDeadlines(t *testing.T) {
	stockholm, oslo := zone(t, "Europe/Stockholm"), zone(t, "Europe/Oslo")
	deadlines := func(ds ...dpa.BreachDeadline) *dpa.Agreement {
		a := examples.Seed000()
		a.Clauses.BreachNotification = ds
		return a
	}
	hours := func(n int) civil.Period { return civil.Of(n, civil.Hours) }
	type want struct {
		Kind      dpa.BreachKind
		Within    civil.Period
		Processor string
		Authority string
	}
	for _, tc := range []struct {
		name       string
		reason     string
		a          *dpa.Agreement
		kind       dpa.BreachKind
		discovered string
		loc        *time.Location
		want       want
	}{
		{"24h", "24 hours after discovery, 72 hours for the authority",
			deadlines(dpa.BreachDeadline{Kind: dpa.AnyBreach, Within: hours(24)}), dpa.AnyBreach, "2026-11-16T09:30:00+01:00", stockholm,
			want{dpa.AnyBreach, hours(24), "2026-11-17T09:30:00+01:00", "2026-11-19T09:30:00+01:00"}},
		{"spring-forward-hours", "hours are elapsed time: across the spring change the wall clock moves an hour further",
			deadlines(dpa.BreachDeadline{Kind: dpa.AnyBreach, Within: hours(24)}), dpa.AnyBreach, "2026-03-28T10:00:00+01:00", stockholm,
			want{dpa.AnyBreach, hours(24), "2026-03-29T11:00:00+02:00", "2026-03-31T11:00:00+02:00"}},
		{"spring-forward-day", "a day is a calendar day counted as clause 1.3 says: from Saturday the last day is Sunday 29 March, which gives way to Monday, and the deadline runs out as Tuesday begins in summer time",
			deadlines(dpa.BreachDeadline{Kind: dpa.AnyBreach, Within: civil.Of(1, civil.Days)}), dpa.AnyBreach, "2026-03-28T10:00:00+01:00", stockholm,
			want{dpa.AnyBreach, civil.Of(1, civil.Days), "2026-03-31T00:00:00+02:00", "2026-03-31T11:00:00+02:00"}},
		{"days-weekday", "two days from a Monday end with Wednesday",
			deadlines(dpa.BreachDeadline{Kind: dpa.AnyBreach, Within: civil.Of(2, civil.Days)}), dpa.AnyBreach, "2026-11-16T09:30:00+01:00", stockholm,
			want{dpa.AnyBreach, civil.Of(2, civil.Days), "2026-11-19T00:00:00+01:00", "2026-11-19T09:30:00+01:00"}},
		{"hours-on-christmas", "hours are never extended: 24 hours from Christmas Eve end on Christmas Day",
			deadlines(dpa.BreachDeadline{Kind: dpa.AnyBreach, Within: hours(24)}), dpa.AnyBreach, "2026-12-24T09:30:00+01:00", stockholm,
			want{dpa.AnyBreach, hours(24), "2026-12-25T09:30:00+01:00", "2026-12-27T09:30:00+01:00"}},
		{"fall-back", "72 hours across the autumn change end an hour earlier by the wall clock",
			deadlines(dpa.BreachDeadline{Kind: dpa.AnyBreach, Within: hours(36)}), dpa.AnyBreach, "2026-10-24T12:00:00+02:00", oslo,
			want{dpa.AnyBreach, hours(36), "2026-10-25T23:00:00+01:00", "2026-10-27T11:00:00+01:00"}},
		{"zone-explicit", "a discovery given in UTC is expressed in the zone asked for",
			deadlines(dpa.BreachDeadline{Kind: dpa.AnyBreach, Within: hours(24)}), dpa.AnyBreach, "2026-11-16T23:30:00Z", stockholm,
			want{dpa.AnyBreach, hours(24), "2026-11-18T00:30:00+01:00", "2026-11-20T00:30:00+01:00"}},
		{"intrusion-own", "an intrusion attempt takes its own deadline (seed 000 §11.11)",
			deadlines(dpa.BreachDeadline{Kind: dpa.IntrusionAttempt, Within: hours(4)}, dpa.BreachDeadline{Kind: dpa.AnyBreach, Within: hours(24)}),
			dpa.IntrusionAttempt, "2026-11-16T09:30:00+01:00", stockholm,
			want{dpa.IntrusionAttempt, hours(4), "2026-11-16T13:30:00+01:00", "2026-11-19T09:30:00+01:00"}},
		{"intrusion-fallback", "without a deadline of its own an intrusion attempt takes the one for any breach",
			deadlines(dpa.BreachDeadline{Kind: dpa.AnyBreach, Within: hours(24)}), dpa.IntrusionAttempt, "2026-11-16T09:30:00+01:00", stockholm,
			want{dpa.AnyBreach, hours(24), "2026-11-17T09:30:00+01:00", "2026-11-19T09:30:00+01:00"}},
		{"breach-not-intrusion", "a breach does not take the intrusion attempts' deadline",
			deadlines(dpa.BreachDeadline{Kind: dpa.IntrusionAttempt, Within: hours(4)}), dpa.AnyBreach, "2026-11-16T09:30:00+01:00", stockholm,
			want{dpa.AnyBreach, civil.Period{}, "", "2026-11-19T09:30:00+01:00"}},
		{"blank", "seed 000 leaves the hours blank: only \"without undue delay\" remains, and the 72 hours",
			examples.Seed000(), dpa.IntrusionAttempt, "2026-11-16T09:30:00+01:00", stockholm,
			want{dpa.IntrusionAttempt, civil.Period{}, "", "2026-11-19T09:30:00+01:00"}},
		{"month-end", "a month from 31 January has 28 February as its last day, a Saturday in 2026: it runs out as Tuesday 3 March begins",
			deadlines(dpa.BreachDeadline{Kind: dpa.AnyBreach, Within: civil.Of(1, civil.Months)}), dpa.AnyBreach, "2026-01-31T08:00:00+01:00", stockholm,
			want{dpa.AnyBreach, civil.Of(1, civil.Months), "2026-03-03T00:00:00+01:00", "2026-02-03T08:00:00+01:00"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := tc.a.BreachDeadlines(tc.kind, at(t, tc.discovered), tc.loc)
			if err != nil {
				t.Fatal(err)
			}
			format := func(v time.Time) string {
				if v.IsZero() {
					return ""
				}
				if v.Location() != tc.loc {
					t.Errorf("%v is in %v, want %v", v, v.Location(), tc.loc)
				}
				return v.Format(time.RFC3339)
			}
			got := want{d.Kind, d.Within, format(d.Processor), format(d.Authority)}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("BreachDeadlines (%s) (-want +got):\n%s", tc.reason, diff)
			}
			if !d.Discovered.Equal(at(t, tc.discovered)) || d.Discovered.Location() != tc.loc {
				t.Errorf("Discovered = %v; want the same instant in %v", d.Discovered, tc.loc)
			}
		})
	}
}

func TestBreachDeadlinesInvalid(t *testing.T) {
	a := examples.Seed004()
	a.Clauses.BreachNotification[0].Within = civil.Of(-1, civil.Hours)
	_, err := a.BreachDeadlines(dpa.AnyBreach, time.Now(), time.UTC)
	if !errors.Is(err, civil.ErrPeriod) {
		t.Errorf("BreachDeadlines with a negative deadline: %v; want an error wrapping civil.ErrPeriod", err)
	}
}

func TestAuthorityDeadline(t *testing.T) {
	copenhagen := zone(t, "Europe/Copenhagen")
	for _, tc := range []struct {
		aware, want, reason string
	}{
		{"2026-11-16T09:30:00+01:00", "2026-11-19T09:30:00+01:00", "72 hours are three days without a clock change"},
		{"2026-10-23T12:00:00+02:00", "2026-10-26T11:00:00+01:00", "72 hours are elapsed time across the autumn change"},
		{"2026-11-16T08:30:00Z", "2026-11-19T09:30:00+01:00", "the answer is in the zone asked for"},
	} {
		got, err := dpa.AuthorityDeadline(at(t, tc.aware), copenhagen)
		if err != nil || got.Format(time.RFC3339) != tc.want || got.Location() != copenhagen {
			t.Errorf("AuthorityDeadline(%s) = %v, %v; want %s in Copenhagen (%s)", tc.aware, got, err, tc.want, tc.reason)
		}
	}
}

func TestAuthorityDeadlineEdges(t *testing.T) {
	for _, tc := range []struct {
		name   string
		aware  time.Time
		loc    *time.Location
		want   time.Time // zero with an error
		is     error
		reason string
	}{
		{"nil-location", time.Date(2026, 11, 16, 8, 30, 0, 0, time.UTC), nil, time.Date(2026, 11, 19, 8, 30, 0, 0, time.UTC), nil, "a nil location means UTC, not a panic"},
		{"past-9999", time.Date(9999, 12, 30, 0, 0, 0, 0, time.UTC), time.UTC, time.Time{}, civil.ErrOutOfRange, "72 hours after 30 December 9999 is in year 10000"},
		{"year-0", time.Time{}, time.FixedZone("west", -3600), time.Time{}, civil.ErrOutOfRange, "the zero time west of UTC is in year 0"},
	} {
		got, err := dpa.AuthorityDeadline(tc.aware, tc.loc)
		if !got.Equal(tc.want) || !errors.Is(err, tc.is) || (tc.is == nil) != (err == nil) {
			t.Errorf("%s: AuthorityDeadline(%v, %v) = %v, %v; want %v, %v (%s)", tc.name, tc.aware, tc.loc, got, err, tc.want, tc.is, tc.reason)
		}
	}
}

// TestDeadlinesOutOfRange gives periods so long that they end beyond year
// 9999: an error wrapping civil.ErrOutOfRange that a caller can turn into
// a finding, never a wrapped date such as the first effective day
// "9408-03-17" for a day in the year 89408 (F9).
func TestDeadlinesOutOfRange(t *testing.T) {
	notified := time.Date(2026, 11, 16, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name           string
		notice, window civil.Period
		reason         string
	}{
		{"notice-87382-years", civil.Of(87382, civil.Years), civil.Of(30, civil.Days), "the case of F9: a first effective day in the year 89408"},
		{"window-2^62-weeks", civil.Of(30, civil.Days), civil.Of(1<<62, civil.Weeks), "weeks beyond an int of days"},
		{"notice-max-int-years", civil.Of(1<<63-1, civil.Years), civil.Period{}, "the largest int of years"},
		{"window-hours", civil.Period{}, civil.Of(1<<62, civil.Hours), "hours beyond a time.Duration and the calendar"},
		{"last-day", civil.Of(7973, civil.Years), civil.Period{}, "the notice period's last day is 16 November 9999, but it ends as 17 November begins: still in range"},
	} {
		a := examples.Seed004()
		a.Annexes.B.NoticePeriod, a.Annexes.B.ObjectionWindow = tc.notice, tc.window
		d, err := a.ChangeDeadlines(notified, time.UTC, "")
		if tc.name == "last-day" {
			if err != nil || d.FirstEffectiveDay != civil.D(9999, 11, 17) {
				t.Errorf("%s: first effective day %v, %v; want 9999-11-17 (%s)", tc.name, d.FirstEffectiveDay, err, tc.reason)
			}
			continue
		}
		if !errors.Is(err, civil.ErrOutOfRange) {
			t.Errorf("%s: ChangeDeadlines error %v; want one wrapping civil.ErrOutOfRange (%s)", tc.name, err, tc.reason)
		}
		if !d.FirstEffectiveDay.IsZero() || !d.EffectiveFrom.IsZero() {
			t.Errorf("%s: first effective day %v at %v with an error; want zero (%s)", tc.name, d.FirstEffectiveDay, d.EffectiveFrom, tc.reason)
		}
	}
	a := examples.Seed004()
	a.Clauses.BreachNotification = []dpa.BreachDeadline{{Kind: dpa.AnyBreach, Within: civil.Of(1<<62, civil.Hours)}}
	d, err := a.BreachDeadlines(dpa.AnyBreach, notified, time.UTC)
	if !errors.Is(err, civil.ErrOutOfRange) || !d.Processor.IsZero() {
		t.Errorf("BreachDeadlines with 2^62 hours = processor %v, %v; want zero and an error wrapping civil.ErrOutOfRange", d.Processor, err)
	}
}

// TestDeadlinesNil checks that a nil location means UTC and that a nil
// agreement sets no deadline of its own, without a panic.
func TestDeadlinesNil(t *testing.T) {
	notified := time.Date(2026, 11, 16, 10, 0, 0, 0, time.UTC)
	a := examples.Seed004()
	withNil, err := a.ChangeDeadlines(notified, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	withUTC, _ := a.ChangeDeadlines(notified, time.UTC, "")
	if diff := cmp.Diff(withUTC, withNil); diff != "" {
		t.Errorf("ChangeDeadlines with a nil location, against UTC (-want +got):\n%s", diff)
	}
	bd, err := a.BreachDeadlines(dpa.AnyBreach, notified, nil)
	if err != nil || bd.Discovered.Location() != time.UTC {
		t.Errorf("BreachDeadlines with a nil location: %v in %v; want UTC", err, bd.Discovered.Location())
	}
	var none *dpa.Agreement
	if _, err := none.ChangeDeadlines(notified, time.UTC, ""); !errors.Is(err, dpa.ErrNoChangeTerms) {
		t.Errorf("ChangeDeadlines of a nil agreement: %v; want ErrNoChangeTerms", err)
	}
	bd, err = none.BreachDeadlines(dpa.AnyBreach, notified, time.UTC)
	if err != nil || !bd.Within.IsZero() || !bd.Processor.IsZero() || bd.Authority.IsZero() {
		t.Errorf("BreachDeadlines of a nil agreement = %+v, %v; want only the authority's deadline", bd, err)
	}
}

func TestChangeDeadlines(t *testing.T) {
	stockholm, copenhagen := zone(t, "Europe/Stockholm"), zone(t, "Europe/Copenhagen")
	oslo, helsinki := zone(t, "Europe/Oslo"), zone(t, "Europe/Helsinki")
	terms := func(notice, objection civil.Period) *dpa.Agreement {
		a := examples.Seed004()
		a.Annexes.B.NoticePeriod, a.Annexes.B.ObjectionWindow = notice, objection
		return a
	}
	law := func(c transfer.Country, notice, objection civil.Period) *dpa.Agreement {
		a := terms(notice, objection)
		a.Clauses.GoverningLaw = c
		return a
	}
	days := func(n int) civil.Period { return civil.Of(n, civil.Days) }
	month := civil.Of(1, civil.Months)
	type want struct {
		Notified          string
		LastDayToObject   string
		ObjectionEnds     string
		NoticeEnds        string
		EffectiveFrom     string
		FirstEffectiveDay string
	}
	for _, tc := range []struct {
		name      string
		reason    string
		a         *dpa.Agreement
		notified  string
		loc       *time.Location
		engagedBy string
		want      want
	}{
		{"seed004", "60 days' notice and 60 days to object (clause 7.3): the day of the notice is not counted",
			examples.Seed004(), "2026-11-16T10:00:00+01:00", copenhagen, "",
			want{"2026-11-16", "2027-01-15", "2027-01-16T00:00:00+01:00", "2027-01-16T00:00:00+01:00", "2027-01-16T00:00:00+01:00", "2027-01-16"}},
		{"31-january", "a month from 31 January has 28 February as its last day; a Saturday in 2026, it gives way to Monday 2 March",
			terms(month, month), "2026-01-31T10:00:00+01:00", stockholm, "",
			want{"2026-01-31", "2026-03-02", "2026-03-03T00:00:00+01:00", "2026-03-03T00:00:00+01:00", "2026-03-03T00:00:00+01:00", "2026-03-03"}},
		{"31-march", "a month from 31 March ends with 30 April, a Thursday",
			terms(month, month), "2026-03-31T10:00:00+02:00", stockholm, "",
			want{"2026-03-31", "2026-04-30", "2026-05-01T00:00:00+02:00", "2026-05-01T00:00:00+02:00", "2026-05-01T00:00:00+02:00", "2026-05-01"}},
		{"31-january-leap", "in a leap year with 29 February",
			terms(month, month), "2028-01-31T10:00:00+01:00", stockholm, "",
			want{"2028-01-31", "2028-02-29", "2028-03-01T00:00:00+01:00", "2028-03-01T00:00:00+01:00", "2028-03-01T00:00:00+01:00", "2028-03-01"}},
		{"late-evening-utc", "23:30 UTC on 31 January 2027 is already 1 February in Stockholm, so the month runs to 1 March",
			terms(month, month), "2027-01-31T23:30:00Z", stockholm, "",
			want{"2027-02-01", "2027-03-01", "2027-03-02T00:00:00+01:00", "2027-03-02T00:00:00+01:00", "2027-03-02T00:00:00+01:00", "2027-03-02"}},
		{"late-evening-utc-in-utc", "the same moment counted in UTC is still 31 January: the last day is Sunday 28 February, which gives way to Monday 1 March",
			terms(month, month), "2027-01-31T23:30:00Z", time.UTC, "",
			want{"2027-01-31", "2027-03-01", "2027-03-02T00:00:00Z", "2027-03-02T00:00:00Z", "2027-03-02T00:00:00Z", "2027-03-02"}},
		{"objection-shorter", "the change waits for the notice period even when the time to object ends first (seed 001: a month's notice, 7 days)",
			terms(month, days(7)), "2026-11-16T10:00:00+01:00", stockholm, "",
			want{"2026-11-16", "2026-11-23", "2026-11-24T00:00:00+01:00", "2026-12-17T00:00:00+01:00", "2026-12-17T00:00:00+01:00", "2026-12-17"}},
		{"objection-longer", "and for the time to object when that ends later (which the built-in rules report)",
			terms(days(10), days(30)), "2026-11-16T10:00:00+01:00", stockholm, "",
			want{"2026-11-16", "2026-12-16", "2026-12-17T00:00:00+01:00", "2026-11-27T00:00:00+01:00", "2026-12-17T00:00:00+01:00", "2026-12-17"}},
		{"objection-only", "seed 000 gives 10 days to object and no notice period",
			examples.Seed000(), "2026-11-16T10:00:00+01:00", stockholm, "",
			want{"2026-11-16", "2026-11-26", "2026-11-27T00:00:00+01:00", "", "2026-11-27T00:00:00+01:00", "2026-11-27"}},
		{"notice-only", "a notice period without a time to object still fixes when the change may take effect",
			terms(days(30), civil.Period{}), "2026-11-16T10:00:00+01:00", stockholm, "",
			want{"2026-11-16", "", "", "2026-12-17T00:00:00+01:00", "2026-12-17T00:00:00+01:00", "2026-12-17"}},
		{"hours", "a period in hours is elapsed time from the moment of the notice, and is not extended though it ends on a Sunday",
			terms(civil.Of(72, civil.Hours), civil.Of(48, civil.Hours)), "2026-03-27T15:00:00+01:00", stockholm, "",
			want{"2026-03-27", "2026-03-29", "2026-03-29T16:00:00+02:00", "2026-03-30T16:00:00+02:00", "2026-03-30T16:00:00+02:00", "2026-03-30"}},
		{"hours-to-midnight", "a window that ends at midnight ends on the day before",
			terms(civil.Period{}, civil.Of(24, civil.Hours)), "2026-11-16T00:00:00+01:00", stockholm, "",
			want{"2026-11-16", "2026-11-16", "2026-11-17T00:00:00+01:00", "", "2026-11-17T00:00:00+01:00", "2026-11-17"}},
		{"dst-midnight", "the end of a day across the spring change is still midnight: two days from Friday end with Sunday 29 March, which gives way to Monday",
			terms(days(2), days(2)), "2026-03-27T12:00:00+01:00", stockholm, "",
			want{"2026-03-27", "2026-03-30", "2026-03-31T00:00:00+02:00", "2026-03-31T00:00:00+02:00", "2026-03-31T00:00:00+02:00", "2026-03-31"}},
		{"swedish-easter", "Swedish law (seed 000, 10 days to object): the last day, Good Friday 26 March 2027, gives way to the Tuesday after Easter",
			examples.Seed000(), "2027-03-16T10:00:00+01:00", stockholm, "",
			want{"2027-03-16", "2027-03-30", "2027-03-31T00:00:00+02:00", "", "2027-03-31T00:00:00+02:00", "2027-03-31"}},
		{"swedish-midsummer", "Swedish law: midsommarafton counts as a public holiday; 19 June 2026 gives way to Monday 22 June",
			examples.Seed000(), "2026-06-09T10:00:00+02:00", stockholm, "",
			want{"2026-06-09", "2026-06-22", "2026-06-23T00:00:00+02:00", "", "2026-06-23T00:00:00+02:00", "2026-06-23"}},
		{"danish-christmas", "Danish law: juleaftensdag, Christmas and the weekend move 24 December 2026 to Monday 28 December",
			law("DK", days(60), days(60)), "2026-10-25T10:00:00+01:00", copenhagen, "",
			want{"2026-10-25", "2026-12-28", "2026-12-29T00:00:00+01:00", "2026-12-29T00:00:00+01:00", "2026-12-29T00:00:00+01:00", "2026-12-29"}},
		{"norwegian-17-may", "Norwegian law: 17 May 2027, a Monday, gives way to Tuesday",
			law("NO", civil.Period{}, days(7)), "2027-05-10T10:00:00+02:00", oslo, "",
			want{"2027-05-10", "2027-05-18", "2027-05-19T00:00:00+02:00", "", "2027-05-19T00:00:00+02:00", "2027-05-19"}},
		{"norwegian-christmas-eve", "Norwegian law: Christmas Eve is a working day",
			law("NO", civil.Period{}, days(7)), "2026-12-17T10:00:00+01:00", oslo, "",
			want{"2026-12-17", "2026-12-24", "2026-12-25T00:00:00+01:00", "", "2026-12-25T00:00:00+01:00", "2026-12-25"}},
		{"no-calendar", "Finnish law has no calendar here: only weekends move the end, so Christmas Day 2026 stays the last day",
			law("FI", civil.Period{}, days(10)), "2026-12-15T10:00:00+02:00", helsinki, "",
			want{"2026-12-15", "2026-12-25", "2026-12-26T00:00:00+02:00", "", "2026-12-26T00:00:00+02:00", "2026-12-26"}},
		{"no-law", "no governing law given (seed 004): only weekends; 60 days from 15 January 2027 end on Tuesday 16 March",
			examples.Seed004(), "2027-01-15T10:00:00+01:00", copenhagen, "",
			want{"2027-01-15", "2027-03-16", "2027-03-17T00:00:00+01:00", "2027-03-17T00:00:00+01:00", "2027-03-17T00:00:00+01:00", "2027-03-17"}},
		{"entry-window", "an entry's own time to object applies to the changes among the sub-processors it engages",
			func() *dpa.Agreement {
				a := terms(days(30), days(30))
				a.Annexes.B.Entries[0].ObjectionWindow = days(10)
				return a
			}(), "2026-11-16T10:00:00+01:00", copenhagen, "kortdata",
			want{"2026-11-16", "2026-11-26", "2026-11-27T00:00:00+01:00", "2026-12-17T00:00:00+01:00", "2026-12-17T00:00:00+01:00", "2026-12-17"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := tc.a.ChangeDeadlines(at(t, tc.notified), tc.loc, tc.engagedBy)
			if err != nil {
				t.Fatal(err)
			}
			format := func(v time.Time) string {
				if v.IsZero() {
					return ""
				}
				if v.Location() != tc.loc {
					t.Errorf("%v is in %v, want %v", v, v.Location(), tc.loc)
				}
				return v.Format(time.RFC3339)
			}
			got := want{d.Notified.String(), d.LastDayToObject.String(), format(d.ObjectionEnds), format(d.NoticeEnds),
				format(d.EffectiveFrom), d.FirstEffectiveDay.String()}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ChangeDeadlines (%s) (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestChangeDeadlinesErrors(t *testing.T) {
	negative := examples.Seed004()
	negative.Annexes.B.ObjectionWindow = civil.Of(-3, civil.Days)
	for _, tc := range []struct {
		name, reason string
		a            *dpa.Agreement
		engagedBy    string
		is           error
	}{
		{"specific", "NAV's template authorises each sub-processor specifically: no notice, nothing to object to", examples.Seed003(), "", dpa.ErrNoChangeTerms},
		{"negative", "a negative period cannot be counted", negative, "", civil.ErrPeriod},
		{"unknown-entry", "the engaging sub-processor must be in Annex B", examples.Seed004(), "nobody", nil},
	} {
		_, err := tc.a.ChangeDeadlines(time.Now(), time.UTC, tc.engagedBy)
		switch {
		case err == nil:
			t.Errorf("%s: no error (%s)", tc.name, tc.reason)
		case tc.is != nil && !errors.Is(err, tc.is):
			t.Errorf("%s: %v; want an error wrapping %v (%s)", tc.name, err, tc.is, tc.reason)
		}
	}
}

// TestDeadlineHolidays checks which country's public holidays the
// deadlines name: the governing law's when package holiday knows it, and
// with none the controller's (seed 004's is in Denmark; review 8, da R3).
func TestDeadlineHolidays(t *testing.T) {
	notified := time.Date(2026, 11, 16, 10, 0, 0, 0, time.UTC)
	for law, want := range map[transfer.Country]transfer.Country{"SE": "SE", "NO": "NO", "DK": "DK", "FI": "", "": "DK"} {
		a := examples.Seed004()
		a.Clauses.GoverningLaw = law
		d, err := a.ChangeDeadlines(notified, time.UTC, "")
		if err != nil || d.Holidays != want {
			t.Errorf("ChangeDeadlines under %q: holidays of %q, %v; want %q", law, d.Holidays, err, want)
		}
		b, err := a.BreachDeadlines(dpa.AnyBreach, notified, time.UTC)
		if err != nil || b.Holidays != want {
			t.Errorf("BreachDeadlines under %q: holidays of %q, %v; want %q", law, b.Holidays, err, want)
		}
	}
}

// TestChangeDeadlinesControllerHolidays: with no governing law the public
// holidays of the controllers' country move the end of the time to object
// (review 8, da R3): ten days from 15 March 2027 end on Maundy Thursday,
// a Danish holiday, so a Danish controller may object until Tuesday
// 30 March, after Good Friday, the weekend and Easter Monday. Controllers
// in different countries, or in one without a calendar, leave only
// weekends; a governing law always wins. Counting stays allocation-free.
func TestChangeDeadlinesControllerHolidays(t *testing.T) {
	notified := time.Date(2027, 3, 15, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		law         transfer.Country
		controllers []transfer.Country
		last        civil.Date
		holidays    transfer.Country
		assumed     bool
	}{
		{"", []transfer.Country{"DK"}, civil.Date{Year: 2027, Month: 3, Day: 30}, "DK", true},
		{"", []transfer.Country{"DK", ""}, civil.Date{Year: 2027, Month: 3, Day: 30}, "DK", true},
		{"", []transfer.Country{"DK", "SE"}, civil.Date{Year: 2027, Month: 3, Day: 25}, "", false},
		{"", []transfer.Country{"FI"}, civil.Date{Year: 2027, Month: 3, Day: 25}, "", false},
		{"FI", []transfer.Country{"DK"}, civil.Date{Year: 2027, Month: 3, Day: 25}, "", false},
		{"SE", []transfer.Country{"DK"}, civil.Date{Year: 2027, Month: 3, Day: 25}, "SE", false}, // Maundy Thursday is a working day in Sweden
	} {
		a := examples.Reference()
		a.Clauses.GoverningLaw = tc.law
		a.Controllers = a.Controllers[:1]
		for i, c := range tc.controllers {
			if i > 0 {
				a.Controllers = append(a.Controllers, a.Controllers[0])
			}
			a.Controllers[i].Address.Country = c
		}
		a.Annexes.B.NoticePeriod = civil.Period{}
		a.Annexes.B.ObjectionWindow = civil.Of(10, civil.Days)
		d, err := a.ChangeDeadlines(notified, time.UTC, "")
		if err != nil {
			t.Fatal(err)
		}
		if d.LastDayToObject != tc.last || d.Holidays != tc.holidays || d.HolidaysOfController != tc.assumed {
			t.Errorf("law %q, controllers %v: last day %v, holidays %q, of the controller %v; want %v, %q, %v",
				tc.law, tc.controllers, d.LastDayToObject, d.Holidays, d.HolidaysOfController, tc.last, tc.holidays, tc.assumed)
		}
		if n := testing.AllocsPerRun(50, func() { _, _ = a.ChangeDeadlines(notified, time.UTC, "") }); n != 0 {
			t.Errorf("law %q, controllers %v: ChangeDeadlines allocates %v times; want 0", tc.law, tc.controllers, n)
		}
	}
}
