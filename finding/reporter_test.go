package finding_test

import (
	"testing"

	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

// defPurpose stands for a rule's "field missing" definition.
var defPurpose = &finding.Def{Code: "test.purpose-missing", Severity: finding.Error, Message: i18n.T("The purpose is missing.")}

func TestReporterBlank(t *testing.T) {
	for _, tc := range []struct {
		name   string
		final  bool
		want   finding.Severity
		reason string
	}{
		{"draft", false, finding.Warning, "a blank in a draft is something still to fill in"},
		{"final", true, finding.Error, "a final agreement cannot be signed with a blank"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var l finding.List
			r := finding.Reporter{List: &l, Final: tc.final, Lang: i18n.SV}
			// The Def says info; Blank decides the severity from Final alone.
			r.Blank(defName, "/processing/purpose", "x")
			want := []key{{"/processing/purpose", defName.Code, tc.want}}
			if diff := cmp.Diff(want, keys(l)); diff != "" {
				t.Errorf("Blank (-want +got):\n%s\n(%s)", diff, tc.reason)
			}
			if diff := cmp.Diff([]any{"x"}, l[0].Args); diff != "" {
				t.Errorf("Blank arguments (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReporterAdd(t *testing.T) {
	var l finding.List
	finding.Reporter{List: &l, Final: true}.Add(defCount, "/n", 3)
	want := []key{{"/n", defCount.Code, finding.Warning}}
	if diff := cmp.Diff(want, keys(l)); diff != "" {
		t.Errorf("Add keeps the default severity even in a final agreement (-want +got):\n%s", diff)
	}
}

func TestReporterText(t *testing.T) {
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
			r := finding.Reporter{List: &l, Final: tc.final, Lang: tc.lang}
			r.Text(defPurpose, tc.text, func() string { return path })
			if diff := cmp.Diff(tc.want, keys(l)); diff != "" {
				t.Errorf("Text(%+v) (-want +got):\n%s\n(%s)", tc.text, diff, tc.reason)
			}
		})
	}
}

func TestReporterTextMainLanguageArg(t *testing.T) {
	var l finding.List
	finding.Reporter{List: &l, Lang: i18n.DA}.Text(defPurpose, i18n.Text{EN: "Payroll"}, func() string { return "/p" })
	if len(l) != 1 {
		t.Fatalf("got %d findings; want 1", len(l))
	}
	if diff := cmp.Diff([]any{"da"}, l[0].Args); diff != "" {
		t.Errorf("the finding names the missing language (-want +got):\n%s", diff)
	}
	if l[0].Def != finding.TextMainLanguage {
		t.Errorf("Def = %v; want TextMainLanguage", l[0].Def)
	}
}

func TestReporterTextBuildsPathOnlyWhenReporting(t *testing.T) {
	calls := 0
	path := func() string { calls++; return "/p" }
	var l finding.List
	r := finding.Reporter{List: &l, Final: true, Lang: i18n.SV}
	r.Text(defPurpose, i18n.Text{SV: "Lönehantering", EN: "Payroll"}, path)
	if calls != 0 {
		t.Errorf("path was built %d times for valid text; want 0", calls)
	}
	r.Text(defPurpose, i18n.Text{}, path)
	if calls != 1 {
		t.Errorf("path was built %d times for one finding; want 1", calls)
	}
}

func TestReporterTextValidAllocs(t *testing.T) {
	var l finding.List
	r := finding.Reporter{List: &l, Final: true, Lang: i18n.SV}
	text := i18n.Text{EN: "Payroll (see Art. 28(3))", SV: "Lönehantering", NB: "Lønn", DA: "Løn"}
	path := func() string { return "/processing/purpose" }
	if n := testing.AllocsPerRun(100, func() { r.Text(defPurpose, text, path) }); n != 0 {
		t.Errorf("Reporter.Text on valid text allocates %v times; want 0", n)
	}
	if len(l) != 0 {
		t.Errorf("valid text was reported: %v", l.Codes())
	}
}

func TestReporterPlaceholders(t *testing.T) {
	text := i18n.Text{EN: "[time]"}
	var l finding.List
	finding.Reporter{List: &l}.Placeholders(text, func() string { return "/p" })
	if len(l) != 0 {
		t.Errorf("Placeholders in a draft reported %v; want nothing", l.Codes())
	}
	finding.Reporter{List: &l, Final: true}.Placeholders(text, func() string { return "/p" })
	if want := []key{{"/p/en", "text.placeholder", finding.Error}}; !cmp.Equal(want, keys(l)) {
		t.Errorf("Placeholders in a final agreement: %v; want %v", keys(l), want)
	}
}
