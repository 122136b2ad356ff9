package catalog

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

const enFile = `{"language": "en", "messages": [
	{"id": "a.plain", "message": "Plain text.", "translation": "Plain text.", "comment": "GDPR Art. 28(3)"},
	{"id": "a.arg", "message": "Within {Period} and {Count}.", "translation": "Within {Period} and {Count}.",
	 "placeholders": [
		{"id": "Period", "string": "%[1]s", "type": "string", "underlyingType": "string", "argNum": 1, "comment": "a period", "example": "24 hours"},
		{"id": "Count", "string": "%[2]d", "type": "int", "underlyingType": "int", "argNum": 2}]}
]}`

const svFile = `{"language": "sv", "messages": [
	{"id": "a.plain", "message": "Plain text.", "translation": "Vanlig text."},
	{"id": "a.arg", "message": "Within {Period} and {Count}.", "translation": "{Count} och inom {Period}.",
	 "placeholders": [
		{"id": "Period", "string": "%[1]s", "type": "string", "underlyingType": "string", "argNum": 1},
		{"id": "Count", "string": "%[2]d", "type": "int", "underlyingType": "int", "argNum": 2}]}
]}`

func fsOf(en, sv string) fstest.MapFS {
	return fstest.MapFS{
		"en/" + FileName: {Data: []byte(en)},
		"sv/" + FileName: {Data: []byte(sv)},
	}
}

func load(t *testing.T, en, sv string) (*Catalogue, error) {
	t.Helper()
	files, err := ReadDir(fsOf(en, sv), []string{"en", "sv"})
	if err != nil {
		return nil, err
	}
	return Check(files)
}

func TestCheckAccepts(t *testing.T) {
	c, err := load(t, enFile, svFile)
	if err != nil {
		t.Fatal(err)
	}
	got := c.Pieces[1][1]
	want := []Piece{{Arg: 2}, {Lit: " och inom "}, {Arg: 1}, {Lit: "."}}
	if len(got) != len(want) {
		t.Fatalf("sv a.arg compiled to %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("sv a.arg compiled to %v, want %v: the placeholders map to their argNum, in the translation's order", got, want)
		}
	}
}

// TestCheckRejects breaks a valid pair of files in one way each; Check (or
// reading) must fail and name the problem.
func TestCheckRejects(t *testing.T) {
	tests := []struct {
		name, en, sv, want, reason string
	}{
		{"missing id", enFile, strings.Replace(svFile, `"a.plain"`, `"a.other"`, 1), `"a.plain" is missing`, "every id of English exists in every language"},
		{"unknown id", enFile, strings.Replace(svFile, `"a.plain"`, `"a.other"`, 1), `"a.other" is not in the English file`, "no language has an id English lacks"},
		{"undeclared placeholder", enFile, strings.Replace(svFile, "{Count} och", "{Antal} och", 1), "{Antal} is not a declared placeholder", "a text uses only declared placeholders"},
		{"unused placeholder", enFile, strings.Replace(svFile, "{Count} och", "och", 1), "{Count} is declared but not used", "a translation keeps every argument"},
		{"renamed placeholder", enFile, strings.ReplaceAll(svFile, "Count", "Antal"), "want those of English", "placeholders are those of English, by name"},
		{"argNum out of range", strings.Replace(enFile, `"argNum": 2`, `"argNum": 3`, 1), svFile, "argNum 3", "arguments are numbered 1 to n"},
		{"verb disagrees", strings.Replace(enFile, `"%[2]d"`, `"%[2]s"`, 1), svFile, "do not agree", "string, type and argNum agree"},
		{"private-use mark", enFile, strings.Replace(svFile, "Vanlig", "Van\uE001lig", 1), "private-use", "the builder's marks cannot come from the catalogue"},
		{"new line", enFile, strings.Replace(svFile, "Vanlig", `Van\nlig`, 1), "control", "a text is one line; the writers make the lines"},
		{"bidi override", enFile, strings.Replace(svFile, "Vanlig", "Van\u202elig", 1), "bidi-control", "a text reads in the order it is shown"},
		{"unmatched brace", enFile, strings.Replace(svFile, "Vanlig", "Van}lig", 1), "unmatched }", "a brace is a placeholder or an error"},
		{"unclosed brace", enFile, strings.Replace(svFile, "Vanlig", "Van{lig", 1), "unclosed {", "a brace is a placeholder or an error"},
		{"unknown field", enFile, strings.Replace(svFile, `"translation": "Vanlig text."`, `"translation": "Vanlig text.", "fuzzy": true`, 1), "unknown field", "strict JSON: a misspelt field is not silently dropped"},
		{"english differs", strings.Replace(enFile, `"translation": "Plain text."`, `"translation": "Other."`, 1), svFile, "in English they are the same text", "English translates itself"},
		{"duplicate id", strings.Replace(enFile, `"a.arg"`, `"a.plain"`, 1), svFile, "not unique", "ids are unique"},
		{"wrong language", enFile, strings.Replace(svFile, `"sv"`, `"da"`, 1), `language "da"`, "a file's language is its directory's"},
	}
	for _, tt := range tests {
		_, err := load(t, tt.en, tt.sv)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s (%s): error %v, want one containing %q", tt.name, tt.reason, err, tt.want)
		}
	}
}

// TestStale edits the English text in memory: the Swedish translation,
// made from the old text, becomes stale; the known-gaps list lets it pass
// only while it is stale.
func TestStale(t *testing.T) {
	files, err := ReadDir(fsOf(enFile, svFile), []string{"en", "sv"})
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckStale(files, nil); err != nil {
		t.Fatalf("current files: %v", err)
	}
	gap := []Gap{{Language: "sv", ID: "a.plain", Reason: "waiting for review"}}
	if err := CheckStale(files, gap); err == nil || !strings.Contains(err.Error(), "no longer stale") {
		t.Errorf("a listed gap that is current: error %v, want the list to shrink", err)
	}
	files[0].Messages[0].Message = "Changed text."
	files[0].Messages[0].Translation = "Changed text."
	if err := CheckStale(files, nil); err == nil || !strings.Contains(err.Error(), "sv a.plain is stale") {
		t.Errorf("changed English: error %v, want sv a.plain stale", err)
	}
	if err := CheckStale(files, gap); err != nil {
		t.Errorf("changed English, listed as a known gap: %v", err)
	}
}

// TestStaleBuiltin edits an English text of render's real catalogue in
// memory: every other language's translation of it becomes stale.
func TestStaleBuiltin(t *testing.T) {
	files, err := ReadDir(os.DirFS(filepath.Join("..", "..", "render", "locales")), Langs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Check(files); err != nil {
		t.Fatal(err)
	}
	m := &files[0].Messages[len(files[0].Messages)/2]
	m.Message += " (amended)"
	m.Translation = m.Message
	stale := Stale(files)
	if len(stale) != len(Langs)-1 {
		t.Fatalf("stale %v, want %s in each of %v", stale, m.ID, Langs[1:])
	}
	for i, p := range stale {
		if p.ID != m.ID || p.Language != Langs[i+1] {
			t.Errorf("stale %v, want %s in each of %v", stale, m.ID, Langs[1:])
		}
	}
}

func TestDecodeGaps(t *testing.T) {
	if _, err := DecodeGaps([]byte(`[{"language": "sv", "id": "x", "reason": " "}]`)); err == nil {
		t.Error("a gap without a reason was accepted")
	}
	if _, err := DecodeGaps([]byte(`[{"language": "sv", "id": "x", "reason": "r", "until": "soon"}]`)); err == nil {
		t.Error("a gap with an unknown field was accepted")
	}
}

func TestKeyName(t *testing.T) {
	for id, want := range map[string]string{"breach.deadline.breach": "kBreachDeadlineBreach", "toc": "kToc", "c.risk.subjects": "kCRiskSubjects"} {
		if got := KeyName(id); got != want {
			t.Errorf("KeyName(%q) = %s, want %s", id, got, want)
		}
	}
}

func TestTargetKeyName(t *testing.T) {
	tests := []struct {
		target   Target
		id, want string
		reason   string
	}{
		{Render, "breach.deadline.breach", "kBreachDeadlineBreach", "render's ids are lower case: parts are capitalised and run together"},
		{Terms, "dpa.Term.Kind.title", "kDpa_Term_Kind_Title", "a field of dpa.Term"},
		{Terms, "dpa.TermKind.title", "kDpa_TermKind_Title", "the type dpa.TermKind, which must not share the field's key"},
		{Terms, "org.Scheme=se-orgnr.help", "kOrg_Scheme_Se_Orgnr_Help", "= and - separate parts, so the name is a Go identifier"},
	}
	for _, tt := range tests {
		if got := tt.target.KeyName(tt.id); got != tt.want {
			t.Errorf("%s KeyName(%q) = %s, want %s (%s)", tt.target.Package, tt.id, got, tt.want, tt.reason)
		}
	}
}

// TestTargetsNamed checks that each target is listed under its package's
// name, the name catalogen's -target flag takes.
func TestTargetsNamed(t *testing.T) {
	for name, tg := range Targets {
		if tg.Package != name {
			t.Errorf("Targets[%q] is package %q", name, tg.Package)
		}
	}
}

// writePackage writes a package directory with enFile and, for each other
// language of Langs, svFile as its locales, and the known gaps and
// generated source given.
func writePackage(t *testing.T, gaps, gen string) string {
	t.Helper()
	dir := t.TempDir()
	for _, lang := range Langs {
		data := strings.Replace(svFile, `"sv"`, `"`+lang+`"`, 1)
		if lang == "en" {
			data = enFile
		}
		if err := os.MkdirAll(filepath.Join(dir, "locales", lang), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "locales", lang, FileName), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "locales", GapsFile), []byte(gaps), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, GenFile), []byte(gen), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestCheckGeneratedAndCurrent(t *testing.T) {
	tg := Target{Package: "x", Source: "locales", What: "test catalogue"}
	dir := writePackage(t, "[]", "")
	gen, err := tg.GenerateDir(os.DirFS(filepath.Join(dir, "locales")), Langs)
	if err != nil {
		t.Fatal(err)
	}
	if err := tg.CheckGenerated(dir); err == nil {
		t.Error("an empty generated file passed")
	}
	dir = writePackage(t, "[]", string(gen))
	if err := tg.CheckGenerated(dir); err != nil {
		t.Errorf("current generated file: %v", err)
	}
	if err := CheckCurrent(filepath.Join(dir, "locales")); err != nil {
		t.Errorf("current translations: %v", err)
	}
	dir = writePackage(t, `[{"language": "sv", "id": "a.plain", "reason": "r"}]`, strings.Replace(string(gen), "Vanlig text.", "Gammal text.", 1))
	if err := tg.CheckGenerated(dir); err == nil || !strings.Contains(err.Error(), "is stale") || !strings.Contains(err.Error(), "Gammal text.") {
		t.Errorf("an edited generated file: error %v, want it stale, naming the line", err)
	}
	if err := CheckCurrent(filepath.Join(dir, "locales")); err == nil || !strings.Contains(err.Error(), "no longer stale") {
		t.Errorf("a known gap that is current: error %v, want the list to shrink", err)
	}
}

// printfEN and printfSV are a pair of finding messages: an argument of
// type any, formatted by a message.Printer with its verb, and a literal %.
const printfEN = `{"language": "en", "messages": [
	{"id": "breach.over", "message": "{Deadline} is over 100% of {Limit}.", "translation": "{Deadline} is over 100% of {Limit}.",
	 "placeholders": [
		{"id": "Deadline", "string": "%[1]v", "type": "any", "underlyingType": "any", "argNum": 1},
		{"id": "Limit", "string": "%[2]q", "type": "any", "underlyingType": "any", "argNum": 2}]}
]}`

const printfSV = `{"language": "sv", "messages": [
	{"id": "breach.over", "message": "{Deadline} is over 100% of {Limit}.", "translation": "Över 100 % av {Limit}: {Deadline}."}
]}`

// TestPrintf compiles finding messages into Printf formats: each
// placeholder becomes English's verb for its argument, in the
// translation's order, and a literal % is doubled.
func TestPrintf(t *testing.T) {
	c, err := load(t, printfEN, printfSV)
	if err != nil {
		t.Fatal(err)
	}
	src, err := Target{Package: "x", Source: "locales", What: "finding messages", Printf: true}.Generate(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"type key uint16",
		`kBreachOver: "%[1]v is over 100%% of %[2]q.",`,
		`kBreachOver: "Över 100 %% av %[2]q: %[1]v.",`,
		"func message(k key) i18n.Text {",
		"EN: builtin[0][k], SV: builtin[1][k]",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("generated source lacks %q:\n%s", want, src)
		}
	}
	if _, err := Render.Generate(c); err == nil || !strings.Contains(err.Error(), "type any") {
		t.Errorf("a template catalogue with a placeholder of type any: error %v, want it refused (a template cannot apply a verb)", err)
	}
}

// TestPlaceholderVerbs checks which verbs each placeholder type takes.
func TestPlaceholderVerbs(t *testing.T) {
	tests := []struct {
		typ, verb string
		ok        bool
		reason    string
	}{
		{"string", "s", true, "a string the renderer formatted"},
		{"string", "q", false, "a template cannot quote"},
		{"int", "d", true, "a count"},
		{"any", "v", true, "a finding argument, formatted by the printer"},
		{"any", "q", true, "a value quoted by the printer"},
		{"any", "x", false, "not a verb finding messages use"},
		{"float", "v", false, "an unknown type"},
	}
	for _, tt := range tests {
		m := &Message{ID: "a", Placeholders: []Placeholder{{ID: "A", String: "%[1]" + tt.verb, Type: tt.typ, UnderlyingType: tt.typ, ArgNum: 1}}}
		if _, err := Names(m); (err == nil) != tt.ok {
			t.Errorf("type %s, verb %s (%s): error %v, want ok %v", tt.typ, tt.verb, tt.reason, err, tt.ok)
		}
	}
}
