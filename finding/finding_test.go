package finding_test

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"

	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/google/go-cmp/cmp"
)

// Test definitions. Their messages belong to the test, so asserting their
// text checks the formatting machinery, not the wording of real codes.
var (
	defDeadline = &finding.Def{Code: "test.deadline", Severity: finding.Error, Ref: "GDPR Art. 33(1)", Message: i18n.Text{
		EN: "Within %[1]v, over %[2]v.",
		SV: "Inom %[1]v, över %[2]v.",
		NB: "Innen %[1]v, over %[2]v.",
		DA: "Inden for %[1]v, over %[2]v.",
	}}
	defCount = &finding.Def{Code: "test.count", Severity: finding.Warning, Message: i18n.Text{
		EN: "%[1]d entries.",
		SV: "%[1]d poster.",
		NB: "%[1]d oppføringer.",
		DA: "%[1]d poster.",
	}}
	defNoDanish = &finding.Def{Code: "test.no-danish", Severity: finding.Info, Message: i18n.Text{
		EN: "Kept for %[1]v.",
		SV: "Sparas i %[1]v.",
	}}
	defName = &finding.Def{Code: "test.name", Severity: finding.Info, Message: i18n.Text{
		EN: "Name: %[1]s.",
		SV: "Namn: %[1]s.",
		NB: "Navn: %[1]s.",
		DA: "Navn: %[1]s.",
	}}
	defEmpty = &finding.Def{Code: "test.empty", Severity: finding.Info}
)

// common returns a copy of the common definition of c.
func common(c finding.Code) *finding.Def {
	for _, d := range finding.Defs() {
		if d.Code == c {
			return &d
		}
	}
	panic("no definition of " + c)
}

func TestFindingMessage(t *testing.T) {
	day, cap72 := civil.Of(24, civil.Hours), civil.Of(72, civil.Hours)
	for _, tc := range []struct {
		name   string
		f      finding.Finding
		lang   i18n.Lang
		want   string
		reason string
	}{
		{"sv-period", finding.WithDef(finding.Finding{Code: defDeadline.Code, Args: []any{day, cap72}}, defDeadline), i18n.SV,
			"Inom 24\u00a0timmar, över 72\u00a0timmar.", "a civil.Period argument is a Localizer and is written in Swedish"},
		{"nb-period", finding.WithDef(finding.Finding{Code: defDeadline.Code, Args: []any{day, cap72}}, defDeadline), i18n.NB,
			"Innen 24\u00a0timer, over 72\u00a0timer.", "in Norwegian"},
		{"da-period", finding.WithDef(finding.Finding{Code: defDeadline.Code, Args: []any{civil.Of(1, civil.Hours), cap72}}, defDeadline), i18n.DA,
			"Inden for 1\u00a0time, over 72\u00a0timer.", "singular and plural in Danish"},
		{"en-period", finding.WithDef(finding.Finding{Code: defDeadline.Code, Args: []any{day, cap72}}, defDeadline), i18n.EN,
			"Within 24\u00a0hours, over 72\u00a0hours.", "in English"},
		{"sv-number", finding.WithDef(finding.Finding{Code: defCount.Code, Args: []any{1000}}, defCount), i18n.SV,
			"1\u00a0000 poster.", "numbers in the message are grouped the Swedish way"},
		{"da-number", finding.WithDef(finding.Finding{Code: defCount.Code, Args: []any{1000}}, defCount), i18n.DA,
			"1.000 poster.", "numbers in the message are grouped the Danish way"},
		{"en-number", finding.WithDef(finding.Finding{Code: defCount.Code, Args: []any{1000}}, defCount), i18n.EN,
			"1,000 entries.", "numbers in the message are grouped the English way"},
		{"fallback-consistent", finding.WithDef(finding.Finding{Code: defNoDanish.Code, Args: []any{civil.Of(13, civil.Months)}}, defNoDanish), i18n.DA,
			"Kept for 13\u00a0months.", "without a Danish text the English message is used, and its arguments are written in English too"},
		{"text-arg", finding.WithDef(finding.Finding{Code: defName.Code, Args: []any{i18n.Text{EN: "Payroll", SV: "Lönehantering"}}}, defName), i18n.SV,
			"Namn: Lönehantering.", "an i18n.Text argument is a Localizer"},
		{"no-def", finding.Finding{Code: "x.unknown"}, i18n.SV, "x.unknown", "without a definition the code stands in for the message"},
		{"empty-def", finding.WithDef(finding.Finding{Code: defEmpty.Code}, defEmpty), i18n.SV, "test.empty", "a definition without text falls back to the code"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.f.Message(tc.lang); got != tc.want {
				t.Errorf("Message(%s) = %q; want %q (%s)", tc.lang, got, tc.want, tc.reason)
			}
		})
	}
}

// Message must not write the localised strings into the finding's own
// arguments: the next language would then see Swedish text, not a Period.
func TestFindingMessageKeepsArgs(t *testing.T) {
	args := []any{civil.Of(24, civil.Hours), civil.Of(72, civil.Hours)}
	f := finding.WithDef(finding.Finding{Code: defDeadline.Code, Args: args}, defDeadline)
	_ = f.Message(i18n.SV)
	if diff := cmp.Diff([]any{civil.Of(24, civil.Hours), civil.Of(72, civil.Hours)}, args); diff != "" {
		t.Errorf("Message changed the arguments (-want +got):\n%s", diff)
	}
	if got, want := f.Message(i18n.NB), "Innen 24\u00a0timer, over 72\u00a0timer."; got != want {
		t.Errorf("Message(nb) after Message(sv) = %q; want %q", got, want)
	}
}

func TestFindingMessages(t *testing.T) {
	f := finding.WithDef(finding.Finding{Code: defDeadline.Code, Args: []any{civil.Of(24, civil.Hours), civil.Of(72, civil.Hours)}}, defDeadline)
	want := i18n.Text{
		EN: "Within 24\u00a0hours, over 72\u00a0hours.",
		SV: "Inom 24\u00a0timmar, över 72\u00a0timmar.",
		NB: "Innen 24\u00a0timer, over 72\u00a0timer.",
		DA: "Inden for 24\u00a0timer, over 72\u00a0timer.",
	}
	if diff := cmp.Diff(want, f.Messages()); diff != "" {
		t.Errorf("Messages() (-want +got):\n%s", diff)
	}
}

func TestFindingString(t *testing.T) {
	for _, tc := range []struct {
		f      finding.Finding
		want   string
		reason string
	}{
		{finding.WithDef(finding.Finding{Code: defCount.Code, Severity: finding.Warning, Path: "/a/0", Args: []any{2}}, defCount),
			"warning test.count /a/0: 2 entries.", "severity, code, path and the English message"},
		{finding.Finding{Code: "x", Severity: finding.Error}, "error x (agreement): x", "the whole document is named, since / would be the key \"\" in RFC 6901"},
	} {
		if got := tc.f.String(); got != tc.want {
			t.Errorf("String() = %q; want %q (%s)", got, tc.want, tc.reason)
		}
	}
}

// countingLocalizer counts how often it is asked for its text.
type countingLocalizer struct{ n *int }

func (c countingLocalizer) In(l i18n.Lang) string { *c.n++; return string(l) }

func TestListFormatsLazily(t *testing.T) {
	n := 0
	var l finding.List
	l.Add(defName, "/x", countingLocalizer{&n})
	if n != 0 {
		t.Fatalf("Add called In %d times; a List must format nothing until a message is asked for", n)
	}
	if got := l[0].Message(i18n.NB); got != "Navn: nb." || n != 1 {
		t.Errorf("Message(nb) = %q after %d calls; want \"Navn: nb.\" after 1", got, n)
	}
}

func TestListAdd(t *testing.T) {
	var l finding.List
	l.Add(defDeadline, "/clauses/breachNotification/0/within", civil.Of(96, civil.Hours))
	l.AddAs(defDeadline, finding.Warning, "/clauses/breachNotification/1/within")
	l.Add(defCount, "")
	want := finding.List{
		finding.WithDef(finding.Finding{Code: "test.deadline", Severity: finding.Error, Path: "/clauses/breachNotification/0/within", Ref: "GDPR Art. 33(1)", Args: []any{civil.Of(96, civil.Hours)}}, defDeadline),
		finding.WithDef(finding.Finding{Code: "test.deadline", Severity: finding.Warning, Path: "/clauses/breachNotification/1/within", Ref: "GDPR Art. 33(1)"}, defDeadline),
		finding.WithDef(finding.Finding{Code: "test.count", Severity: finding.Warning, Path: ""}, defCount),
	}
	if diff := cmp.Diff(want, l, cmp.AllowUnexported(finding.Finding{})); diff != "" {
		t.Errorf("List after Add, AddAs, Add (-want +got):\n%s", diff)
	}
}

func TestListQueries(t *testing.T) {
	var empty finding.List
	if empty.Count(finding.Error) != 0 || empty.HasErrors() || empty.Has("test.count", "") || len(empty.Codes()) != 0 {
		t.Error("the zero List must be empty and ready to use")
	}

	var l finding.List
	l.Add(defCount, "/a")
	l.Add(defCount, "/b")
	l.Add(defName, "/a")
	if l.HasErrors() {
		t.Error("HasErrors() = true with warnings and info only")
	}
	l.Add(defDeadline, "/c")

	for _, tc := range []struct {
		sev    finding.Severity
		want   int
		reason string
	}{
		{finding.Error, 1, "one error"},
		{finding.Warning, 2, "test.count twice"},
		{finding.Info, 1, "test.name once"},
		{"fatal", 0, "no such severity"},
	} {
		if got := l.Count(tc.sev); got != tc.want {
			t.Errorf("Count(%s) = %d; want %d (%s)", tc.sev, got, tc.want, tc.reason)
		}
	}
	if !l.HasErrors() {
		t.Error("HasErrors() = false with an error in the list")
	}
	for _, tc := range []struct {
		code   finding.Code
		path   string
		want   bool
		reason string
	}{
		{"test.count", "/a", true, "reported there"},
		{"test.count", "/b", true, "reported there too"},
		{"test.count", "/c", false, "a different code is at /c"},
		{"test.deadline", "/a", false, "the code is reported, but elsewhere"},
		{"test.count", "", false, "the root is a path of its own"},
		{"test.count", "/a/", false, "paths match exactly"},
	} {
		if got := l.Has(tc.code, tc.path); got != tc.want {
			t.Errorf("Has(%s, %q) = %v; want %v (%s)", tc.code, tc.path, got, tc.want, tc.reason)
		}
	}
	want := []finding.Code{"test.count", "test.count", "test.name", "test.deadline"}
	if diff := cmp.Diff(want, l.Codes()); diff != "" {
		t.Errorf("Codes() in order with repeats (-want +got):\n%s", diff)
	}
}

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

func TestListSort(t *testing.T) {
	var l finding.List
	l.AddAs(defName, finding.Info, "/b")
	l.AddAs(defCount, finding.Warning, "/b")
	l.AddAs(defCount, finding.Error, "/b")
	l.AddAs(defCount, finding.Info, "/b")
	l.Add(defDeadline, "/a/1")
	l.Add(defDeadline, "/a/0")
	l.Add(defDeadline, "")
	want := []key{
		{"", "test.deadline", finding.Error},
		{"/a/0", "test.deadline", finding.Error},
		{"/a/1", "test.deadline", finding.Error},
		{"/b", "test.count", finding.Error},
		{"/b", "test.count", finding.Warning},
		{"/b", "test.count", finding.Info},
		{"/b", "test.name", finding.Info},
	}

	// Whatever order the rules ran in, the sorted list is the same. The
	// shuffles are seeded, so a failure can be repeated.
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 100 {
		got := slices.Clone(l)
		rng.Shuffle(len(got), func(a, b int) { got[a], got[b] = got[b], got[a] })
		got.Sort()
		if diff := cmp.Diff(want, keys(got)); diff != "" {
			t.Fatalf("Sort of order %d: path, then code, then severity (-want +got):\n%s", i, diff)
		}
	}
}

func TestListSortStable(t *testing.T) {
	var l finding.List
	l.Add(defName, "/x", "first")
	l.Add(defName, "/x", "second")
	l.Add(defCount, "/a")
	l.Sort()
	if got := []any{l[1].Args[0], l[2].Args[0]}; !cmp.Equal(got, []any{"first", "second"}) {
		t.Errorf("equal findings were reordered: %v; Sort must be stable", got)
	}
}

var placeholder = regexp.MustCompile(`%\[\d+\]`)

// Every definition of this package has a message in every language, and
// every language refers to the same arguments (STYLE.md 11).
func TestDefs(t *testing.T) {
	seen := map[finding.Code]bool{}
	for _, d := range finding.Defs() {
		if seen[d.Code] {
			t.Errorf("code %s is defined twice", d.Code)
		}
		seen[d.Code] = true
		switch d.Severity {
		case finding.Error, finding.Warning, finding.Info:
		default:
			t.Errorf("%s: unknown severity %q", d.Code, d.Severity)
		}
		ref := placeholder.FindAllString(d.Message.EN, -1)
		slices.Sort(ref)
		for _, l := range i18n.Langs {
			m := d.Message.In(l)
			if m == "" {
				t.Errorf("%s has no message in %s", d.Code, l)
				continue
			}
			got := placeholder.FindAllString(m, -1)
			slices.Sort(got)
			if diff := cmp.Diff(ref, got); diff != "" {
				t.Errorf("%s: the %s message refers to other arguments than the English one (-en +%s):\n%s", d.Code, l, l, diff)
			}
		}
	}
	for _, c := range []finding.Code{finding.CodeTextMainLanguage, finding.CodeTextPlaceholder, finding.CodePeriodInvalid,
		finding.CodeEnumInvalid, finding.CodeNotNormalised, finding.CodeOrgIDInvalid, finding.CodeCountryInvalid, finding.CodeUndefined} {
		if !seen[c] {
			t.Errorf("Defs does not list %s", c)
		}
	}
	// Defs gives copies: changing one changes nothing reported.
	d := finding.Defs()
	d[0].Message.EN = "changed"
	if got := common(d[0].Code).Message.EN; got == "changed" {
		t.Error("changing what Defs returned changed the definition")
	}
}
