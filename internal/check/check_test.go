package check_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/check"
	"github.com/dpakit/dpakit/org"
	"github.com/google/go-cmp/cmp"
)

// defPurpose stands for a rule's "field missing" definition.
var defPurpose = &finding.Def{Code: "test.purpose-missing", Severity: finding.Error, Message: i18n.T("The purpose is missing.")}

type key struct {
	Path string
	Code finding.Code
	Sev  finding.Severity
}

// keys returns what tests assert of findings: path, code and severity,
// never message text (STYLE.md 7). An empty list gives nil.
func keys(l finding.List) []key {
	var out []key
	for _, f := range l {
		out = append(out, key{f.Path, f.Code, f.Severity})
	}
	return out
}

// TestNilPaths: the checks take the zero Reporter (which discards) and nil
// paths (the root) without panicking.
func TestNilPaths(t *testing.T) {
	var zero finding.Reporter
	check.Text(zero, defPurpose, i18n.Text{}, nil)
	check.Period(zero, civil.Period{Value: -1, Unit: civil.Days}, nil)
	var l finding.List
	r := finding.NewReporter(&l, true, i18n.SV)
	check.Text(r, defPurpose, i18n.Text{}, nil)
	check.Text(r, defPurpose, i18n.Text{EN: "x"}, nil)
	check.FreeText(r, i18n.Text{SV: "[x]"}, nil)
	check.Period(r, civil.Period{Value: -1, Unit: civil.Days}, nil)
	check.OrgID(r, org.ID{Scheme: org.SEOrgNr, Value: "1"}, nil)
	check.Country(r, "zz", nil)
	check.Trimmed(r, " x", nil)
	want := []string{"test.purpose-missing@", "text.main-language-missing@", "text.placeholder@/sv",
		"period.invalid@", "org-id.invalid@", "country.invalid@", "value.not-normalised@"}
	var got []string
	for _, f := range l {
		got = append(got, string(f.Code)+"@"+f.Path)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// TestDefsAreCommon: the definitions the checks report are the common
// ones of package finding.
func TestDefsAreCommon(t *testing.T) {
	common := map[finding.Code]finding.Def{}
	for _, d := range finding.Defs() {
		common[d.Code] = d
	}
	for _, d := range []*finding.Def{check.TextMainLanguage, check.TextPlaceholder, check.PeriodInvalid, check.EnumInvalid,
		check.NotNormalised, check.OrgIDInvalid, check.CountryInvalid} {
		if diff := cmp.Diff(common[d.Code], *d); diff != "" {
			t.Errorf("%s differs from finding's definition (-finding +check):\n%s", d.Code, diff)
		}
	}
}

func TestText(t *testing.T) {
	const path = "/processing/purpose"
	for _, tc := range []struct {
		name   string
		final  bool
		lang   i18n.Lang
		text   i18n.Text
		want   []key
		reason string
	}{
		{"empty-draft", false, i18n.SV, i18n.Text{}, []key{{path, defPurpose.Code, finding.Warning}},
			"empty text is a blank: a warning in a draft"},
		{"empty-final", true, i18n.SV, i18n.Text{}, []key{{path, defPurpose.Code, finding.Error}},
			"empty text is a blank: an error in a final agreement"},
		{"main-missing", false, i18n.SV, i18n.Text{EN: "Payroll"}, []key{{path, "text.main-language-missing", finding.Warning}},
			"the agreement is in Swedish, the text only in English"},
		{"main-missing-final", true, i18n.DA, i18n.Text{SV: "Lön", NB: "Lønn"}, []key{{path, "text.main-language-missing", finding.Warning}},
			"the missing main language is a warning in a final agreement too"},
		{"main-present", true, i18n.SV, i18n.Text{SV: "Lönehantering"}, nil,
			"text in the main language is enough; other languages are optional"},
		{"all-languages", true, i18n.NB, i18n.Text{EN: "Payroll", SV: "Lön", NB: "Lønn", DA: "Løn"}, nil,
			"nothing to report"},
		{"placeholder-draft", false, i18n.SV, i18n.Text{SV: "Inom [tid] timmar"}, nil,
			"a draft may still hold placeholders"},
		{"placeholder-final", true, i18n.EN, i18n.Text{EN: "Within [time] hours"}, []key{{path + "/en", "text.placeholder", finding.Error}},
			"a final agreement must not hold [time]; the path names the language"},
		{"placeholder-nb", true, i18n.NB, i18n.Text{NB: "Vi bruker [beskriv hvilke] systemer"}, []key{{path + "/nb", "text.placeholder", finding.Error}},
			"a Norwegian template placeholder"},
		{"placeholder-two", true, i18n.SV, i18n.Text{DA: "[tid]", SV: "[tid]", EN: "ok"}, []key{
			{path + "/sv", "text.placeholder", finding.Error},
			{path + "/da", "text.placeholder", finding.Error},
		}, "one finding per language, in the order of Langs"},
		{"placeholder-and-main-missing", true, i18n.SV, i18n.Text{EN: "Within [time] hours"}, []key{
			{path, "text.main-language-missing", finding.Warning},
			{path + "/en", "text.placeholder", finding.Error},
		}, "both problems are reported"},
		{"parentheses", true, i18n.EN, i18n.Text{EN: "See Art. 28(3)(a)."}, nil,
			"parentheses are not placeholders"},
		{"brackets-reversed", true, i18n.EN, i18n.Text{EN: "a ] b [ c"}, nil,
			"a closing bracket before an opening one encloses nothing"},
		{"bracket-unclosed", true, i18n.EN, i18n.Text{EN: "see [ below"}, nil,
			"an opening bracket alone is not a placeholder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var l finding.List
			r := finding.NewReporter(&l, tc.final, tc.lang)
			check.Text(r, defPurpose, tc.text, func() string { return path })
			if diff := cmp.Diff(tc.want, keys(l)); diff != "" {
				t.Errorf("Text(%+v) (-want +got):\n%s\n(%s)", tc.text, diff, tc.reason)
			}
		})
	}
}

func TestTextMainLanguageArg(t *testing.T) {
	var l finding.List
	check.Text(finding.NewReporter(&l, false, i18n.DA), defPurpose, i18n.Text{EN: "Payroll"}, func() string { return "/p" })
	if len(l) != 1 {
		t.Fatalf("got %d findings; want 1", len(l))
	}
	if diff := cmp.Diff([]any{"da"}, l[0].Args); diff != "" {
		t.Errorf("the finding names the missing language (-want +got):\n%s", diff)
	}
	if l[0].Code != finding.CodeTextMainLanguage {
		t.Errorf("code = %v; want %s", l[0].Code, finding.CodeTextMainLanguage)
	}
}

func TestTextBuildsPathOnlyWhenReporting(t *testing.T) {
	calls := 0
	path := func() string { calls++; return "/p" }
	var l finding.List
	r := finding.NewReporter(&l, true, i18n.SV)
	check.Text(r, defPurpose, i18n.Text{SV: "Lönehantering", EN: "Payroll"}, path)
	if calls != 0 {
		t.Errorf("path was built %d times for valid text; want 0", calls)
	}
	check.Text(r, defPurpose, i18n.Text{}, path)
	if calls != 1 {
		t.Errorf("path was built %d times for one finding; want 1", calls)
	}
}

func TestTextValidAllocs(t *testing.T) {
	var l finding.List
	r := finding.NewReporter(&l, true, i18n.SV)
	text := i18n.Text{EN: "Payroll (see Art. 28(3))", SV: "Lönehantering", NB: "Lønn", DA: "Løn"}
	path := func() string { return "/processing/purpose" }
	if n := testing.AllocsPerRun(100, func() { check.Text(r, defPurpose, text, path) }); n != 0 {
		t.Errorf("Text on valid text allocates %v times; want 0", n)
	}
	if len(l) != 0 {
		t.Errorf("valid text was reported: %v", l.Codes())
	}
}

func TestPlaceholders(t *testing.T) {
	text := i18n.Text{EN: "[time]"}
	var l finding.List
	check.FreeText(finding.NewReporter(&l, false, ""), text, func() string { return "/p" })
	if len(l) != 0 {
		t.Errorf("Placeholders in a draft reported %v; want nothing", l.Codes())
	}
	check.FreeText(finding.NewReporter(&l, true, ""), text, func() string { return "/p" })
	if want := []key{{"/p/en", "text.placeholder", finding.Error}}; !cmp.Equal(want, keys(l)) {
		t.Errorf("Placeholders in a final agreement: %v; want %v", keys(l), want)
	}
}

func ExampleText() {
	missing := &finding.Def{Code: "example.purpose-missing", Severity: finding.Error, Message: i18n.T("The purpose is not stated.")}
	path := func() string { return "/processing/purpose" }

	var l finding.List
	draft := finding.NewReporter(&l, false, i18n.SV)
	check.Text(draft, missing, i18n.Text{}, path)
	check.Text(draft, missing, i18n.Text{EN: "Payroll"}, path)
	final := finding.NewReporter(&l, true, i18n.SV)
	check.Text(final, missing, i18n.Text{}, path)
	check.Text(final, missing, i18n.Text{SV: "Lönehantering för [kund]"}, path)
	l.Sort()
	for _, f := range l {
		fmt.Println(f.Severity, f.Code, f.Path)
	}
	// Output:
	// error example.purpose-missing /processing/purpose
	// warning example.purpose-missing /processing/purpose
	// warning text.main-language-missing /processing/purpose
	// error text.placeholder /processing/purpose/sv
}

// TestChoicesOfNilID: without an id func ChoicesOf has nothing to name
// the definitions by and gives no choices, rather than calling nil.
func TestChoicesOfNilID(t *testing.T) {
	defs := []*finding.Def{defPurpose, nil}
	if got := check.ChoicesOf(defs, nil); got != nil {
		t.Errorf("ChoicesOf(defs, nil) = %q, want nil", got)
	}
	code := func(d *finding.Def) string { return string(d.Code) }
	if got := check.ChoicesOf(defs[:1], code); !slices.Equal(got, finding.Choices{string(defPurpose.Code)}) {
		t.Errorf("ChoicesOf(defs, code) = %q", got)
	}
}

// TestFreeTextEveryLanguage: FreeText looks at every language of
// i18n.Langs, in that order, so a language added there is not left out.
func TestFreeTextEveryLanguage(t *testing.T) {
	set := func(t *i18n.Text, l i18n.Lang, s string) {
		switch l {
		case i18n.EN:
			t.EN = s
		case i18n.SV:
			t.SV = s
		case i18n.NB:
			t.NB = s
		case i18n.DA:
			t.DA = s
		}
	}
	ref := check.ClauseReference
	var all i18n.Text
	var want []key
	for _, l := range i18n.Langs {
		var one i18n.Text
		set(&one, l, "see clause 4.2")
		var got finding.List
		check.FreeText(finding.NewReporter(&got, false, ""), one, func() string { return "/p" })
		if w := []key{{"/p/" + string(l), ref.Code, ref.Severity}}; !cmp.Equal(w, keys(got)) {
			t.Errorf("a clause number in %s only: %v; want %v", l, keys(got), w)
		}
		set(&all, l, "see clause 4.2")
		want = append(want, key{"/p/" + string(l), ref.Code, ref.Severity})
	}
	var got finding.List
	check.FreeText(finding.NewReporter(&got, false, ""), all, func() string { return "/p" })
	if !cmp.Equal(want, keys(got)) {
		t.Errorf("a clause number in every language: %v; want %v", keys(got), want)
	}
}

// TestTrimmed: text with white space around visible text is reported,
// ASCII or not, and text with none is not (the fast path for printable
// ASCII at both ends must not skip a case).
func TestTrimmed(t *testing.T) {
	for _, tt := range []struct {
		s      string
		report bool
	}{
		{"", false}, {"x", false}, {"x y", false}, {"é", false}, {"Åse Öst", false}, {"\u200b", false}, {"  ", false},
		{" x", true}, {"x ", true}, {"\tx", true}, {"x\n", true}, {"\u00a0x", true}, {"x\u3000", true}, {"é ", true}, {" é", true},
	} {
		var l finding.List
		check.Trimmed(finding.NewReporter(&l, false, ""), tt.s, func() string { return "/p" })
		if got := l.Has(check.NotNormalised.Code, "/p"); got != tt.report {
			t.Errorf("Trimmed(%q) reported %v, want %v", tt.s, got, tt.report)
		}
	}
}
