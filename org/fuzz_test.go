package org_test

import (
	"errors"
	"regexp"
	"testing"

	"github.com/dpakit/dpakit/org"
)

// FuzzID checks organisation numbers on any input: Normalize is idempotent
// and keeps the scheme, Check never panics and fails for exactly one of its
// sentinel reasons, and a number that passes Check keeps passing however it
// is written again: in its display form (String), with its VAT affixes, and
// for Swedish numbers with the "16" century prefix. A valid Nordic number
// also matches its scheme's JSON Schema pattern, so that a frontend agrees
// with Go. It is seeded from the tables of TestIDCheck and TestIDNormalize.
func FuzzID(f *testing.F) {
	for _, tc := range idCheckCases {
		f.Add(string(tc.id.Scheme), tc.id.Value)
	}
	for _, tc := range idNormalizeCases {
		f.Add(string(tc.scheme), tc.in)
	}
	patterns := map[org.Scheme]*regexp.Regexp{}
	for _, d := range org.Schemes {
		patterns[d.ID] = regexp.MustCompile(d.Pattern)
	}
	f.Fuzz(func(t *testing.T, scheme, value string) {
		id := org.ID{Scheme: org.Scheme(scheme), Value: value}
		n := id.Normalize()
		if n.Scheme != id.Scheme {
			t.Fatalf("%+v.Normalize() changed the scheme to %q", id, n.Scheme)
		}
		if again := n.Normalize(); again != n {
			t.Fatalf("Normalize is not idempotent: %+v → %+v → %+v", id, n, again)
		}
		err := n.Check()
		if err != nil {
			reasons := 0
			for _, e := range allErrors {
				if errors.Is(err, e) {
					reasons++
				}
			}
			if reasons != 1 {
				t.Fatalf("%+v.Check() = %v: want exactly one of the sentinel errors, got %d", n, err, reasons)
			}
			if !n.Scheme.Valid() && !errors.Is(err, org.ErrScheme) {
				t.Fatalf("%+v.Check() = %v for an unknown scheme; want ErrScheme", n, err)
			}
			return
		}
		if !n.Scheme.Valid() {
			t.Fatalf("%+v passes Check with an unknown scheme", n)
		}
		// The Nordic patterns are exact; the pattern of other schemes only
		// asks for a value that does not start with white space, and Go's
		// and ECMAScript's \S and . differ on line breaks and non-ASCII
		// space, so it is not held to Check here.
		if re := patterns[n.Scheme]; n.Scheme != org.Other && !re.MatchString(n.Value) {
			t.Errorf("%+v passes Check but not the schema pattern %q", n, re)
		}
		var written []string
		switch n.Scheme {
		case org.SEOrgNr:
			written = []string{n.String(), "SE" + n.Value + "01", "16" + n.Value, "16 " + n.String()}
		case org.NOOrgNr:
			written = []string{n.String(), "NO" + n.Value + "MVA", "NO " + n.String() + " MVA"}
		case org.DKCVR:
			written = []string{n.String(), "DK" + n.Value, "DK " + n.Value}
		default:
			written = []string{n.String(), " " + n.Value + " "}
		}
		for _, w := range written {
			back := org.ID{Scheme: n.Scheme, Value: w}.Normalize()
			if back != n {
				t.Errorf("%+v written as %q normalises to %+v", n, w, back)
			}
			if err := back.Check(); err != nil {
				t.Errorf("%+v written as %q fails Check after Normalize: %v", n, w, err)
			}
		}
	})
}
