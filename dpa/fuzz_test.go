package dpa_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the fuzz targets name time zones

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/google/go-cmp/cmp"
)

// exampleJSON returns the example agreements as committed in
// examples/json, by file name.
var exampleJSON = dpa.ExampleFiles

// FuzzDecode checks the strict decoder on any input. Decode never panics;
// what it refuses is a *DecodeError whose pointer, line, column and offset
// lie within the document; what it accepts encodes, decodes again and
// encodes to the same bytes, and validates to the same findings as the
// agreement decoded from its own encoding. It is seeded from the tables of
// TestDecodeErrors and TestHostileInput, the documents of the other decode
// tests and the example JSON files.
func FuzzDecode(f *testing.F) {
	for _, tc := range decodeErrorCases(f) {
		f.Add([]byte(tc.doc))
	}
	for _, b := range exampleJSON(f) {
		f.Add(b)
	}
	for _, doc := range []string{
		`{"clauses":{"assistance":{"fee":{"amount":"1250.50","currency":"SEK"},"per":"hours"}}}`,
		`{"processor":{"name":" Saab AB ","orgId":{"scheme":"se-orgnr","value":"556036-0793"},"address":{"country":"se"}}}`,
		`{"status":"maybe","term":{"kind":"forever"},"annexes":{"b":{"authorisation":"sometimes"},"c":{"security":{"level":"extreme"},"transfers":{"kind":"anywhere"},"audits":[{"form":"vibes"}]}}}`,
		`{"annexes":{"b":{"authorisation":"general","noticePeriod":{"value":-1,"unit":"days"},"objectionWindow":{"value":-5,"unit":"days"}}}}`,
		`{"clauses":{"breachNotification":[{"kind":"breach","within":{"value":4611686018427387904,"unit":"days"}}]}}`,
		`{"processor":{"orgId":{"scheme":"se-orgnr","value":"se\u0250\u0250\u0250101"}}}`,
		`{"clauses":{"liability":{"basis":"own-terms","cap":{"feeMultiple":"1.5","period":{"value":12,"unit":"months"},"amount":{"amount":"-1","currency":"SEK"}},"uncapped":["fines","x"]},"remedies":{"stopProcessing":true,"correctWithin":{"value":-3,"unit":"days"}},"breachNotification":[{"kind":"agreement-breach","within":{"value":5,"unit":"days"},"ifPossible":true}],"endOfService":{"returnFormat":"floppy","backupsWithin":{"value":35,"unit":"days"}},"assistance":{"covers":["compliance","coffee"],"paidTo":"named-sub-processor"}},"term":{"kind":"while-processing","notice":"any-time","noticePeriod":{"value":3,"unit":"months"},"replaceable":true}}`,
		`{"annexes":{"b":{"authorisation":"general","objectionWindow":{"value":10,"unit":"days"},"publishedList":{"sv":"[webbplats]"},"entries":[{"name":"X","noticePeriod":{"value":1,"unit":"days"},"objectionWindow":{"value":9,"unit":"days"}}]},"c":{"security":{"auditPolicy":"certificates-accepted","measures":{"logging":{"retention":{"value":13,"unit":"months"},"retentionBound":"at-most"}}},"audits":[{"performer":"independent-auditor","form":"iso27001","reportTo":"processor","reportWithin":{"value":30,"unit":"days"}}],"subProcessorAudits":[{"performer":"controller"}]},"a":{"groups":[{"name":{"sv":"K"},"specialUnnamed":true,"nationalId":true}]}}}`,
		`{"controllers":[{"orgId":{"scheme":"dk-cvr","value":"0\u000b."}}]}`,
		`{"timeZone":"../../etc/passwd","annexes":{"b":{"entries":[{"name":"X","until":"2027-02-30","exit":{"action":"shred","by":"2027-13-01"}},{"name":"Y","until":"2027-04-01","exit":{"action":"transfer","by":"2027-03-01"}}]}}}`,
		`{"timeZone":" Europe/Oslo","clauses":{"governingLaw":"NO"}}`,
		strings.Repeat(`{"a":`, dpa.MaxDepth) + "1" + strings.Repeat("}", dpa.MaxDepth),
	} {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := dpa.Decode(data)
		if err != nil {
			var de *dpa.DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("Decode error %T (%v); want a *DecodeError", err, err)
			}
			if de.Err == nil {
				t.Errorf("DecodeError without a cause: %v", de)
			}
			if de.Pointer != "" && !strings.HasPrefix(de.Pointer, "/") {
				t.Errorf("DecodeError pointer %q is not a JSON Pointer", de.Pointer)
			}
			if de.Offset < 0 || de.Offset > int64(len(data)) {
				t.Errorf("DecodeError offset %d outside the %d-byte document", de.Offset, len(data))
			}
			if de.Line < 0 || de.Line > lines(data) || (de.Line > 0) != (de.Column > 0) {
				t.Errorf("DecodeError at line %d, column %d of a document with %d lines", de.Line, de.Column, lines(data))
			}
			return
		}
		first, err := dpa.Encode(a)
		if err != nil {
			t.Fatalf("Encode of a decoded agreement: %v", err)
		}
		b, err := dpa.Decode(first)
		if err != nil {
			t.Fatalf("Decode of Encode's output: %v\n%s", err, first)
		}
		second, err := dpa.Encode(b)
		if err != nil {
			t.Fatalf("Encode after the round trip: %v", err)
		}
		if !bytes.Equal(first, second) {
			t.Fatalf("encode → decode → encode differs (-first +second):\n%s", cmp.Diff(string(first), string(second)))
		}
		type at struct{ Code, Path string }
		findings := func(a *dpa.Agreement) []at {
			var out []at
			for _, f := range dpa.Validate(a) {
				out = append(out, at{string(f.Code), f.Path})
			}
			return out
		}
		if diff := cmp.Diff(findings(a), findings(b)); diff != "" {
			t.Errorf("the round trip changed the findings (-decoded +re-decoded):\n%s", diff)
		}
	})
}

// zones are the locations FuzzDeadlines counts in: no daylight saving,
// the Nordic changes at 01:00 UTC, the American ones at local 02:00, a
// half-hour offset, a 45-minute offset with daylight saving and a
// half-hour daylight-saving shift.
var zones = []string{"UTC", "Europe/Stockholm", "Europe/Oslo", "Europe/Copenhagen", "America/New_York",
	"Asia/Kolkata", "Pacific/Chatham", "Australia/Lord_Howe"}

// FuzzDeadlines checks the deadline arithmetic of an agreement on any
// periods, moment and zone: BreachDeadlines, ChangeDeadlines and
// AuthorityDeadline never panic; errors are the documented ones; and on
// success no deadline comes before the event it runs from, the
// authority's deadline is exactly 72 hours, every time is in the location
// asked for, and the derived days agree with the times. It is seeded from
// the cases of TestBreachDeadlines and TestChangeDeadlines.
func FuzzDeadlines(f *testing.F) {
	type seed struct {
		kind             string
		within           int
		withinUnit       string
		notice           int
		noticeUnit       string
		window           int
		windowUnit       string
		at               string
		zone             uint8
		engagedBy        string
		entryWindow      int
		entryWindowUnits string
	}
	for _, s := range []seed{
		{"breach", 24, "hours", 60, "days", 60, "days", "2026-11-16T09:30:00+01:00", 1, "", 0, ""},
		{"breach", 24, "hours", 1, "months", 1, "months", "2026-03-28T10:00:00+01:00", 1, "", 0, ""},
		{"breach", 1, "days", 1, "months", 7, "days", "2026-03-28T10:00:00+01:00", 1, "", 0, ""},
		{"breach", 36, "hours", 10, "days", 30, "days", "2026-10-24T12:00:00+02:00", 2, "", 0, ""},
		{"intrusion-attempt", 4, "hours", 72, "hours", 48, "hours", "2026-03-27T15:00:00+01:00", 1, "", 0, ""},
		{"breach", 1, "months", 0, "", 24, "hours", "2026-11-16T00:00:00+01:00", 1, "", 0, ""},
		{"breach", 1, "months", 1, "months", 1, "months", "2026-01-31T23:30:00Z", 0, "", 0, ""},
		{"breach", 24, "hours", 30, "days", 30, "days", "2026-11-16T10:00:00+01:00", 3, "kortdata", 10, "days"},
		{"breach", 24, "hours", 2, "days", 2, "days", "2026-03-27T12:00:00+01:00", 1, "nobody", 0, ""},
		{"breach", -1, "hours", 0, "", -3, "days", "2026-11-16T10:00:00+01:00", 4, "", 0, ""},
		{"breach", 3_000_000, "hours", 1 << 62, "weeks", 1<<63 - 1, "years", "2026-11-16T10:00:00+01:00", 6, "", 0, ""},
		{"breach", 24, "hours", 1, "days", 1, "days", "2026-04-05T02:00:00+10:30", 7, "", 0, ""},
	} {
		at, err := time.Parse(time.RFC3339, s.at)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(s.kind, s.within, s.withinUnit, s.notice, s.noticeUnit, s.window, s.windowUnit, at.Unix(), s.zone, s.engagedBy, s.entryWindow, s.entryWindowUnits)
	}
	locs := make([]*time.Location, len(zones))
	for i, name := range zones {
		loc, err := time.LoadLocation(name)
		if err != nil {
			f.Fatal(err)
		}
		locs[i] = loc
	}
	f.Fuzz(func(t *testing.T, kind string, within int, withinUnit string, notice int, noticeUnit string,
		window int, windowUnit string, unix int64, zone uint8, engagedBy string, entryWindow int, entryWindowUnit string) {
		a := examples.Seed004()
		withinP := civil.Period{Value: within, Unit: civil.Unit(withinUnit)}
		a.Clauses.BreachNotification = []dpa.BreachDeadline{{Kind: dpa.AnyBreach, Within: withinP}}
		a.Annexes.B.NoticePeriod = civil.Period{Value: notice, Unit: civil.Unit(noticeUnit)}
		a.Annexes.B.ObjectionWindow = civil.Period{Value: window, Unit: civil.Unit(windowUnit)}
		a.Annexes.B.Entries[0].ObjectionWindow = civil.Period{Value: entryWindow, Unit: civil.Unit(entryWindowUnit)}
		loc := locs[int(zone)%len(locs)]

		// Any moment at all, for panics only.
		raw := time.Unix(unix, 0)
		_, _ = a.BreachDeadlines(dpa.BreachKind(kind), raw, loc)
		_, _ = a.ChangeDeadlines(raw, loc, engagedBy)
		_, _ = dpa.AuthorityDeadline(raw, loc)

		// A moment between 1900 and 2200 for the properties.
		const from, span = -2208988800, 300 * 365 * 24 * 3600
		at := time.Unix(from+((unix%span)+span)%span, 0)

		bd, err := a.BreachDeadlines(dpa.BreachKind(kind), at, loc)
		switch {
		case err != nil && !errors.Is(err, civil.ErrPeriod) && !errors.Is(err, civil.ErrOutOfRange):
			t.Fatalf("BreachDeadlines: %v; want only errors wrapping civil.ErrPeriod or civil.ErrOutOfRange", err)
		case err != nil && withinP.Valid() && !errors.Is(err, civil.ErrOutOfRange):
			t.Fatalf("BreachDeadlines with a valid deadline %v: %v", withinP, err)
		case err == nil:
			if !bd.Discovered.Equal(at) || bd.Discovered.Location() != loc {
				t.Errorf("Discovered = %v; want %v in %v", bd.Discovered, at, loc)
			}
			if got := bd.Authority.Sub(bd.Discovered); got != 72*time.Hour || bd.Authority.Location() != loc {
				t.Errorf("Authority is %v after discovery, in %v; want 72h in %v", got, bd.Authority.Location(), loc)
			}
			if want, err := dpa.AuthorityDeadline(at, loc); err != nil || !want.Equal(bd.Authority) {
				t.Errorf("Authority = %v; AuthorityDeadline gives %v, %v", bd.Authority, want, err)
			}
			if bd.Kind != dpa.BreachKind(kind) && bd.Kind != dpa.AnyBreach {
				t.Errorf("Kind = %q for a breach of kind %q", bd.Kind, kind)
			}
			if !bd.Within.IsZero() {
				if y := bd.Processor.Year(); y < 1 || y > 9999 {
					t.Errorf("Processor = %v, beyond years 1 to 9999 without an error", bd.Processor)
				}
				if bd.Processor.Before(at) || bd.Processor.Location() != loc {
					t.Errorf("Processor = %v for %v discovered at %v; want a time not before it, in %v", bd.Processor, bd.Within, at, loc)
				}
				if bd.Within.Unit == civil.Hours && bd.Within.Value <= 24*365*200 {
					if got := bd.Processor.Sub(at); got != time.Duration(bd.Within.Value)*time.Hour {
						t.Errorf("Processor is %v after discovery; want the %v as elapsed time", got, bd.Within)
					}
				}
			}
		}

		cd, err := a.ChangeDeadlines(at, loc, engagedBy)
		known := engagedBy == ""
		for _, e := range a.Annexes.B.Entries {
			known = known || e.ID == engagedBy
		}
		switch {
		case !known:
			if err == nil {
				t.Fatalf("ChangeDeadlines for %q, which names no entry: no error", engagedBy)
			}
			return
		case err != nil:
			if !errors.Is(err, dpa.ErrNoChangeTerms) && !errors.Is(err, civil.ErrPeriod) && !errors.Is(err, civil.ErrOutOfRange) {
				t.Fatalf("ChangeDeadlines: %v; want ErrNoChangeTerms or an error wrapping civil.ErrPeriod or civil.ErrOutOfRange", err)
			}
			if errors.Is(err, civil.ErrOutOfRange) && !cd.FirstEffectiveDay.IsZero() {
				t.Errorf("FirstEffectiveDay = %v with the error %v", cd.FirstEffectiveDay, err)
			}
			if errors.Is(err, dpa.ErrNoChangeTerms) && (!cd.NoticePeriod.IsZero() || !cd.ObjectionWindow.IsZero()) {
				t.Errorf("ErrNoChangeTerms with a notice period %v and a time to object %v", cd.NoticePeriod, cd.ObjectionWindow)
			}
			return
		}
		if cd.Notified != civil.DateOf(at.In(loc)) {
			t.Errorf("Notified = %v; want the day of %v in %v", cd.Notified, at, loc)
		}
		for _, end := range []struct {
			name string
			t    time.Time
			p    civil.Period
		}{{"ObjectionEnds", cd.ObjectionEnds, cd.ObjectionWindow}, {"NoticeEnds", cd.NoticeEnds, cd.NoticePeriod}} {
			switch {
			case end.p.IsZero() != end.t.IsZero():
				t.Errorf("%s = %v with the period %v", end.name, end.t, end.p)
			case !end.t.IsZero() && (end.t.Before(at) || end.t.Location() != loc):
				t.Errorf("%s = %v for %v from %v; want a time not before it, in %v", end.name, end.t, end.p, at, loc)
			}
		}
		if want := later(cd.NoticeEnds, cd.ObjectionEnds); !cd.EffectiveFrom.Equal(want) {
			t.Errorf("EffectiveFrom = %v; want the later of %v and %v", cd.EffectiveFrom, cd.NoticeEnds, cd.ObjectionEnds)
		}
		if cd.FirstEffectiveDay != civil.DateOf(cd.EffectiveFrom) {
			t.Errorf("FirstEffectiveDay = %v; want the day of %v", cd.FirstEffectiveDay, cd.EffectiveFrom)
		}
		if !cd.FirstEffectiveDay.Valid() || (!cd.LastDayToObject.IsZero() && !cd.LastDayToObject.Valid()) {
			t.Errorf("FirstEffectiveDay %v, LastDayToObject %v: want days in years 1 to 9999 without an error", cd.FirstEffectiveDay, cd.LastDayToObject)
		}
		if !cd.ObjectionWindow.IsZero() {
			if want := civil.DateOf(cd.ObjectionEnds.Add(-time.Nanosecond)); cd.LastDayToObject != want {
				t.Errorf("LastDayToObject = %v; want %v, the day before ObjectionEnds %v", cd.LastDayToObject, want, cd.ObjectionEnds)
			}
			if cd.ObjectionWindow.Unit != civil.Hours && cd.LastDayToObject.Before(cd.Notified) {
				t.Errorf("LastDayToObject %v is before the notice on %v", cd.LastDayToObject, cd.Notified)
			}
		}
	})
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
