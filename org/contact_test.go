package org_test

import (
	"encoding/json"
	"testing"

	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/org"
	"github.com/google/go-cmp/cmp"
)

// TestContactRoles checks the order of the roles; internal/enum's table
// test checks the rest of the table.
func TestContactRoles(t *testing.T) {
	want := []org.ContactRole{org.RoleGeneral, org.RoleDPO, org.RoleSecurity, org.RoleLegal}
	var got []org.ContactRole
	for _, d := range org.ContactRoles {
		got = append(got, d.ID)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ContactRoles (-want +got):\n%s", diff)
	}
}

func TestContactRoleIn(t *testing.T) {
	for _, tc := range []struct {
		role   org.ContactRole
		lang   i18n.Lang
		want   string
		reason string
	}{
		{org.RoleDPO, i18n.EN, "Data protection officer", "GDPR Art. 37 in English"},
		{org.RoleDPO, i18n.SV, "Dataskyddsombud", "the Swedish GDPR term"},
		{org.RoleDPO, i18n.NB, "Personvernombud", "the Norwegian term"},
		{org.RoleDPO, i18n.DA, "Databeskyttelsesrådgiver", "the Danish GDPR term"},
		{org.RoleSecurity, i18n.SV, "Kontakt vid personuppgiftsincidenter", "personuppgiftsincident is the Swedish GDPR term for a breach"},
		{"board", i18n.SV, "board", "an unknown role is returned as written"},
		{org.RoleLegal, "fi", "Legal contact", "an unsupported language gets the English name"},
	} {
		if got := tc.role.In(tc.lang); got != tc.want {
			t.Errorf("%q.In(%s) = %q; want %q (%s)", tc.role, tc.lang, got, tc.want, tc.reason)
		}
	}
	for _, r := range []org.ContactRole{"", "DPO", "board"} {
		if r.Valid() {
			t.Errorf("%q.Valid() = true; want false", r)
		}
	}
}

func TestAddress(t *testing.T) {
	if !(org.Address{}).IsZero() {
		t.Error("Address{}.IsZero() = false")
	}
	if (org.Address{Country: "SE"}).IsZero() {
		t.Error("an address with only a country is not zero")
	}
	b, err := json.Marshal(org.Address{City: "Stockholm", Country: "SE"})
	if err != nil {
		t.Fatal(err)
	}
	// Empty parts are left out; the country is always written.
	if got, want := string(b), `{"city":"Stockholm","country":"SE"}`; got != want {
		t.Errorf("json.Marshal(Address) = %s; want %s", got, want)
	}
}

func TestContactJSON(t *testing.T) {
	b, err := json.Marshal(org.Contact{Role: org.RoleDPO, Email: "dpo@example.se"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"role":"dpo","email":"dpo@example.se"}`; got != want {
		t.Errorf("json.Marshal(Contact) = %s; want %s", got, want)
	}
}
