package change_test

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/change"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/transfer"
)

// pair returns seed004 and a copy changed by edit that names it as the
// version it replaces.
func pair(t testing.TB, edit func(a *dpa.Agreement)) (old, new *dpa.Agreement) {
	old = examples.Seed004()
	new = old.Clone()
	ref, err := old.Reference()
	if err != nil {
		t.Fatal(err)
	}
	new.Replaces, new.Version = ref, "1.2.0"
	edit(new)
	return old, new
}

type want struct {
	path  string
	kind  change.Kind
	class change.Class
}

func newEntry(id string) annex.SubProcessor {
	return annex.SubProcessor{ID: id, Name: "Eksempel Ny A/S", Address: org.Address{Country: "DK"},
		Locations: []transfer.Location{{Country: "DK"}}, FlowDown: true}
}

// TestClassification checks each rule of the table with a change of its
// own, and the reason the class follows.
func TestClassification(t *testing.T) {
	cases := []struct {
		name string
		why  string
		edit func(a *dpa.Agreement)
		want []want
	}{
		{"version-only", "the version number and the link to the old version are metadata", func(a *dpa.Agreement) {},
			[]want{{"/version", change.Changed, change.None}, {"/replaces", change.Added, change.None}}},
		{"added-general", "Art. 28(2) second sentence: notice and objection", func(a *dpa.Agreement) {
			a.Annexes.B.Entries = append(a.Annexes.B.Entries, newEntry("ny"))
		}, []want{{"/annexes/b/entries/6", change.Added, change.Notice}}},
		{"added-specific", "an entry under its own specific authorisation needs prior authorisation", func(a *dpa.Agreement) {
			e := newEntry("ny")
			e.Authorisation = annex.Specific
			a.Annexes.B.Entries = append(a.Annexes.B.Entries, e)
		}, []want{{"/annexes/b/entries/6", change.Added, change.PriorAuthorisation}}},
		{"added-unstated", "without a general authorisation the default of Art. 28(2) is prior authorisation", func(a *dpa.Agreement) {
			a.Annexes.B.Authorisation = ""
			a.Annexes.B.Entries = append(a.Annexes.B.Entries, newEntry("ny"))
		}, []want{{"/annexes/b/authorisation", change.Changed, change.Amendment}, {"/annexes/b/entries/6", change.Added, change.PriorAuthorisation}}},
		{"removed", "a sub-processor leaving is no addition or replacement", func(a *dpa.Agreement) {
			a.Annexes.B.Entries = a.Annexes.B.Entries[:5]
		}, []want{{"/annexes/b/entries/5", change.Removed, change.None}}},
		{"replaced-entity", "another legal entity under the same id is a replacement", func(a *dpa.Agreement) {
			a.Annexes.B.Entries[0].Name = "Eksempel Kortservice A/S"
		}, []want{{"/annexes/b/entries/0/name", change.Changed, change.Notice}}},
		{"location", "a new place of processing is told and may be objected to", func(a *dpa.Agreement) {
			a.Annexes.B.Entries[1].Locations = append(a.Annexes.B.Entries[1].Locations, transfer.Location{Country: "SE"})
		}, []want{{"/annexes/b/entries/1/locations/1", change.Added, change.Notice}}},
		{"address", "a new address of the same entity changes nothing", func(a *dpa.Agreement) {
			a.Annexes.B.Entries[1].Address.Street = "Ny Vej 2"
		}, []want{{"/annexes/b/entries/1/address/street", change.Changed, change.None}}},
		{"since", "the first day of an entry follows from its notice", func(a *dpa.Agreement) {
			a.Annexes.B.Entries[1].Since = civil.D(2027, 3, 31)
		}, []want{{"/annexes/b/entries/1/since", change.Added, change.None}}},
		{"until", "the last day of an entry goes with the notice of its change (Art. 28(2))", func(a *dpa.Agreement) {
			a.Annexes.B.Entries[1].Until = civil.D(2027, 3, 31)
		}, []want{{"/annexes/b/entries/1/until", change.Added, change.Notice}}},
		{"exit-general", "the exit terms bind the sub-processor (Art. 28(3)(g), 28(4)) and go with the notice", func(a *dpa.Agreement) {
			a.Annexes.B.Entries[1].Exit = annex.Exit{Action: annex.ExitDelete, By: civil.D(2027, 4, 30)}
		}, []want{{"/annexes/b/entries/1/exit", change.Added, change.Notice}}},
		{"exit-specific", "the exit terms of a specifically authorised entry need the controller's authorisation", func(a *dpa.Agreement) {
			a.Annexes.B.Entries[1].Authorisation = annex.Specific
			a.Annexes.B.Entries[1].Exit = annex.Exit{Action: annex.ExitDelete}
		}, []want{{"/annexes/b/entries/1/authorisation", change.Added, change.Amendment}, {"/annexes/b/entries/1/exit", change.Added, change.PriorAuthorisation}}},
		{"notice-period", "the notice period is a term of the agreement", func(a *dpa.Agreement) {
			a.Annexes.B.NoticePeriod = civil.Of(30, civil.Days)
		}, []want{{"/annexes/b/noticePeriod/value", change.Changed, change.Amendment}}},
		{"entry-objection", "an entry's own time to object is agreed", func(a *dpa.Agreement) {
			a.Annexes.B.Entries[1].ObjectionWindow = civil.Of(30, civil.Days)
		}, []want{{"/annexes/b/entries/1/objectionWindow", change.Added, change.Amendment}}},
		{"breach", "the breach deadline is an obligation of the processor", func(a *dpa.Agreement) {
			a.Clauses.BreachNotification[0].Within = civil.Of(36, civil.Hours)
		}, []want{{"/clauses/breachNotification/0/within/value", change.Changed, change.Amendment}}},
		{"contact", "a contact person is an operational detail", func(a *dpa.Agreement) {
			a.Processor.Contacts[0].Phone = "11 11 11 11"
		}, []want{{"/processor/contacts/0/phone", change.Changed, change.None}}},
		{"schema", "$schema names the JSON Schema, not a term", func(a *dpa.Agreement) {
			a.Schema = dpa.SchemaID("sv")
		}, []want{{"/$schema", change.Added, change.None}}},
		{"reorder", "a reordered Annex B is moves, not changes", func(a *dpa.Agreement) {
			e := a.Annexes.B.Entries
			e[0], e[1] = e[1], e[0]
		}, []want{{"/annexes/b/entries/0", change.Moved, change.None}}},
		{"reorder-other-list", "another list's order is not known to be meaningless: amendment", func(a *dpa.Agreement) {
			a.Languages = []i18nLang{a.Languages[1], a.Languages[0]}
		}, []want{{"/languages/0", change.Moved, change.Amendment}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			old, new := pair(t, c.edit)
			r, err := change.Diff(old, new)
			if err != nil {
				t.Fatal(err)
			}
			var got []want
			for _, ch := range r.Changes {
				if ch.Path == "/version" && c.name != "version-only" || ch.Path == "/replaces" && c.name != "version-only" {
					continue
				}
				got = append(got, want{ch.Path, ch.Kind, ch.Class})
			}
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("%s:\n got %v\nwant %v", c.why, got, c.want)
			}
			if len(r.Problems) != 0 {
				t.Errorf("problems: %v", r.Problems)
			}
		})
	}
}

type i18nLang = i18n.Lang

// TestProblems: a version that does not name the old one, or another
// agreement, is never silently classified.
func TestProblems(t *testing.T) {
	old := examples.Seed004()
	other := examples.Seed000()
	if _, err := change.Diff(old, other); !errors.Is(err, change.ErrDifferentAgreements) {
		t.Errorf("different ids: %v, want ErrDifferentAgreements", err)
	}
	if _, err := change.Diff(nil, old); !errors.Is(err, change.ErrNil) {
		t.Errorf("nil: %v, want ErrNil", err)
	}
	new := old.Clone()
	new.Version = "2"
	r, err := change.Diff(old, new)
	if err != nil || len(r.Problems) != 1 || r.Problems[0].Code != change.ReplacesMissing {
		t.Errorf("no replaces: %v %v, want %s", r, err, change.ReplacesMissing)
	}
	new.Replaces = dpa.Reference{ID: old.ID, Version: old.Version, Digest: "sha256:00"}
	r, err = change.Diff(old, new)
	if err != nil || len(r.Problems) != 1 || r.Problems[0].Code != change.ReplacesOther {
		t.Errorf("wrong digest: %v %v, want %s", r, err, change.ReplacesOther)
	}
}

// TestReplacesTrimmed: a version number with white space around it names
// the same version once the new version's reference to it is normalised.
func TestReplacesTrimmed(t *testing.T) {
	old, new := examples.Seed004(), examples.Seed004V2()
	old.Version, new.Version = "\u00a01.1.0 ", " 1.2.0"
	ref, err := old.Reference()
	if err != nil {
		t.Fatal(err)
	}
	new.Replaces = ref
	r, err := change.Diff(old, new)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Problems) != 0 {
		t.Errorf("problems: %v", r.Problems)
	}
}

// TestSubProcessors: an added entry that names the one it replaces.
func TestSubProcessors(t *testing.T) {
	old, new := pair(t, func(a *dpa.Agreement) {
		e := newEntry("ny")
		e.Replaces = "kortdata"
		a.Annexes.B.Entries[0].Until = civil.D(2027, 3, 31)
		a.Annexes.B.Entries[0].Exit = annex.Exit{Action: annex.ExitDelete, By: civil.D(2027, 4, 30)}
		a.Annexes.B.Entries = append(a.Annexes.B.Entries, e)
	})
	r, err := change.Diff(old, new)
	if err != nil {
		t.Fatal(err)
	}
	got := r.SubProcessors()
	if len(got) != 1 || got[0] != (change.SubProcessor{Entry: 6, Replaced: 0, Added: true, Class: change.Notice}) {
		t.Errorf("SubProcessors() = %+v", got)
	}
	if r.Needs != change.Notice {
		t.Errorf("Needs = %s, want notice", r.Needs)
	}
}

// big returns an agreement with n sub-processors.
func big(n int) *dpa.Agreement {
	a := examples.Seed004()
	a.Annexes.B.Entries = nil
	for i := range n {
		a.Annexes.B.Entries = append(a.Annexes.B.Entries, newEntry("e"+strconv.Itoa(i)))
	}
	return a
}

// TestScaling: the diff of 10 000 sub-processors costs about ten times
// that of 1 000 (linear, not quadratic); the best of five runs of each,
// and a generous bound for shared CI.
func TestScaling(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing; .ci/run runs it without -race")
	}
	measure := func(n int) time.Duration {
		old := big(n)
		new := old.Clone()
		new.Annexes.B.Entries[n/2].Name = "Changed"
		e := new.Annexes.B.Entries
		e[0], e[n-1] = e[n-1], e[0]
		best := time.Duration(1 << 62)
		for range 5 {
			runtime.GC() // a collection the other size's garbage left due is not this size's cost
			start := time.Now()
			if _, err := change.Diff(old, new); err != nil {
				t.Fatal(err)
			}
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := measure(1000), measure(10000)
	t.Logf("1 000 entries %v, 10 000 entries %v (ratio %.1f)", small, large, float64(large)/float64(small))
	// Ten times the entries: about ten times the time when linear, a hundred
	// times when quadratic; the bound leaves room for a shared machine.
	if large > 50*small {
		t.Errorf("10 000 entries took %v, more than 50 × %v for 1 000: not linear", large, small)
	}
}

func BenchmarkDiffSeed004(b *testing.B) {
	old, new := pair(b, func(a *dpa.Agreement) {
		a.Annexes.B.Entries[0].Name = "Eksempel Kortservice A/S"
		a.Clauses.BreachNotification[0].Within = civil.Of(36, civil.Hours)
	})
	for b.Loop() {
		if _, err := change.Diff(old, new); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDiffWithDigest: a digest the caller holds gives the report Diff gives
// when it is the old version's; another well-formed digest is a Problem, as
// in Diff; a digest in any other form is ErrDigestForm.
func TestDiffWithDigest(t *testing.T) {
	old, new := examples.Seed004(), examples.Seed004V2()
	digest, err := dpa.Digest(old)
	if err != nil {
		t.Fatal(err)
	}
	want, err := change.Diff(old, new)
	if err != nil {
		t.Fatal(err)
	}
	if want.Old.Digest != digest || len(want.Problems) != 0 {
		t.Fatalf("Diff: old digest %q, problems %v; want %q and none", want.Old.Digest, want.Problems, digest)
	}
	for _, d := range []string{digest, ""} {
		got, err := change.DiffWithDigest(old, d, new)
		if err != nil {
			t.Fatalf("%q: %v", d, err)
		}
		if diff := cmp.Diff(want, got, cmpopts.IgnoreUnexported(change.Report{})); diff != "" {
			t.Errorf("DiffWithDigest(%q) differs from Diff (-Diff +DiffWithDigest):\n%s", d, diff)
		}
	}
	other := dpa.DigestPrefix + strings.Repeat("0", 64)
	r, err := change.DiffWithDigest(old, other, new)
	if err != nil || len(r.Problems) != 1 || r.Problems[0].Code != change.ReplacesOther {
		t.Errorf("another digest: %v %v, want %s", r, err, change.ReplacesOther)
	}
	for _, bad := range []string{
		strings.TrimPrefix(digest, dpa.DigestPrefix), // no prefix
		strings.ToUpper(digest[:7]) + digest[7:],     // "SHA256:"
		dpa.DigestPrefix + strings.ToUpper(digest[7:]),
		digest[:len(digest)-1],
		digest + "0",
		dpa.DigestPrefix + strings.Repeat("g", 64),
	} {
		if _, err := change.DiffWithDigest(old, bad, new); !errors.Is(err, change.ErrDigestForm) {
			t.Errorf("%q: %v, want ErrDigestForm", bad, err)
		}
	}
}

// TestEngagesGeneral checks review 39 (en R2, nb R1): in seed 000 the
// controller authorises the region specifically and lets Inera engage
// sub-processors of its own under a general authorisation, so a new
// sub-processor of Inera's, at any depth, needs notice, and one the region
// engages itself needs the controller's prior specific authorisation.
func TestEngagesGeneral(t *testing.T) {
	for _, tt := range []struct {
		engagedBy string
		want      change.Class
	}{
		{"inera", change.Notice},
		{"exempeldrift", change.Notice}, // engaged by one of Inera's
		{"", change.PriorAuthorisation}, // the region's own
	} {
		old := examples.Seed000()
		new := examples.Seed000()
		e := newEntry("ny")
		e.EngagedBy = tt.engagedBy
		new.Annexes.B.Entries = append(new.Annexes.B.Entries, e)
		r, err := change.Diff(old, new)
		if err != nil {
			t.Fatal(err)
		}
		got := r.SubProcessors()
		if len(got) != 1 || got[0].Class != tt.want {
			t.Errorf("engaged by %q: SubProcessors() = %+v, want class %s", tt.engagedBy, got, tt.want)
		}
	}
}
