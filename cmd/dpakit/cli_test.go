package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/finding"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/transfer"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/go-cmp/cmp"
)

const (
	seed004 = "../../examples/json/seed004.json" // a draft with warnings only: exit 0
	seed000 = "../../examples/json/seed000.json" // errors (a final agreement with blanks)
)

// result is what one run of the command gives.
type result struct {
	code           int
	stdout, stderr string
}

func runWith(stdin io.Reader, args ...string) result {
	var stdout, stderr bytes.Buffer
	code := run(args, stdin, &stdout, &stderr)
	return result{code, stdout.String(), stderr.String()}
}

func runArgs(args ...string) result { return runWith(strings.NewReader(""), args...) }

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestNotObjectDocuments: a document that is valid JSON but not an object
// is unusable in every command that reads one, from a file or from
// standard input, and the message names the input.
func TestNotObjectDocuments(t *testing.T) {
	for _, tc := range []struct{ doc, reason string }{
		{"null", "render used to write an empty agreement, and validate found 26 findings in it"},
		{"42", "a number holds no agreement"},
		{`"x"`, "nor does a string"},
		{"[]", "nor an array"},
		{"true", "nor a boolean"},
		{" \n null \n", "white space does not make null an object"},
	} {
		doc := tc.doc
		name := write(t, "doc.json", doc)
		for _, cmd := range []string{"validate", "render"} {
			t.Run(fmt.Sprintf("%s/%q", cmd, doc), func(t *testing.T) {
				r := runArgs(cmd, name)
				if r.code != exitUnusable || !strings.Contains(r.stderr, name+":") {
					t.Errorf("%s: file: exit %d, stderr %q; want %d and a message naming %s", tc.reason, r.code, r.stderr, exitUnusable, name)
				}
				r = runWith(strings.NewReader(doc), cmd, "-")
				if r.code != exitUnusable || !strings.Contains(r.stderr, stdinName+":") {
					t.Errorf("%s: stdin: exit %d, stderr %q; want %d and a message naming %s", tc.reason, r.code, r.stderr, exitUnusable, stdinName)
				}
			})
		}
	}
}

// TestStdin: "-" reads standard input in validate and render, exactly as
// the file would be read; it can be read only once.
func TestStdin(t *testing.T) {
	data := readFile(t, seed004)
	for _, tc := range []struct {
		name   string
		reason string
		args   []string
	}{
		{"validate", "validate - reads the agreement from standard input", []string{"validate", "-lang", "sv"}},
		{"validate-json", "and so with -json", []string{"validate", "-json"}},
		{"render", "render - too", []string{"render", "-lang", "da"}},
		{"render-html", "and with a format", []string{"render", "-format", "html"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fromFile := runArgs(append(tc.args, seed004)...)
			fromStdin := runWith(strings.NewReader(data), append(tc.args, "-")...)
			if fromStdin.code != exitOK || fromFile.code != exitOK {
				t.Fatalf("%s: exit %d (file: %d), stderr %q", tc.reason, fromStdin.code, fromFile.code, fromStdin.stderr)
			}
			want := strings.ReplaceAll(fromFile.stdout, seed004, stdinName)
			if diff := cmp.Diff(want, fromStdin.stdout); diff != "" {
				t.Errorf("%s: output differs from the file's, with the name %s (-file +stdin):\n%s", tc.reason, stdinName, diff)
			}
		})
	}
	t.Run("twice", func(t *testing.T) {
		r := runWith(strings.NewReader(data), "validate", "-", "-")
		if r.code != exitUnusable {
			t.Errorf("standard input given twice: exit %d, want %d", r.code, exitUnusable)
		}
	})
}

// TestFlagsAfterFiles: flags may follow the files, and "--" ends them.
func TestFlagsAfterFiles(t *testing.T) {
	for _, tc := range []struct {
		name         string
		reason       string
		before, late []string
	}{
		{"validate-lang", "the README's example with the flag last",
			[]string{"validate", "-lang", "sv", seed000}, []string{"validate", seed000, "-lang", "sv"}},
		{"validate-between", "flags between files",
			[]string{"validate", "-lang", "da", "-json", seed000, seed004}, []string{"validate", seed000, "-lang=da", seed004, "-json"}},
		{"render", "render with its format after the file",
			[]string{"render", "-format", "text", "-lang", "nb", seed004}, []string{"render", seed004, "-format", "text", "--lang", "nb"}},
		{"render-bool", "a boolean flag after the file takes no value",
			[]string{"render", "-toc", "-allow-blanks", seed000}, []string{"render", seed000, "-toc", "-allow-blanks"}},
		{"schema", "schema has no files, but the same parsing",
			[]string{"schema", "-lang", "sv"}, []string{"schema", "-lang", "sv", "--"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, got := runArgs(tc.before...), runArgs(tc.late...)
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(result{})); diff != "" {
				t.Errorf("%s: (-flags first +flags late):\n%.2000s", tc.reason, diff)
			}
		})
	}
	for _, tc := range []struct {
		name   string
		reason string
		args   []string
		code   int
		stderr string // substring: the file named
	}{
		{"double-dash", "after --, -lang is a file name", []string{"validate", seed004, "--", "-lang"}, exitUnusable, "-lang:"},
		{"missing-value", "a flag at the end without its value is bad usage", []string{"validate", seed004, "-lang"}, exitUnusable, "-lang"},
		{"unknown-late-flag", "an unknown flag after the file is refused, not read as a file", []string{"validate", seed004, "-colour"}, exitUnusable, "-colour"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs(tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("%s: exit %d, stderr %q; want %d and %q", tc.reason, r.code, r.stderr, tc.code, tc.stderr)
			}
		})
	}
}

// TestHelp: -h and -help print the usage to stdout and exit 0, for dpakit
// and for every command, wherever they stand.
func TestHelp(t *testing.T) {
	for _, tc := range []struct {
		reason string
		args   []string
	}{
		{"the help command", []string{"help"}},
		{"dpakit -h", []string{"-h"}},
		{"dpakit -help", []string{"-help"}},
		{"dpakit --help", []string{"--help"}},
		{"validate -h used to exit 2", []string{"validate", "-h"}},
		{"validate -help", []string{"validate", "-help"}},
		{"-h after a file", []string{"validate", seed004, "-h"}},
		{"render -h", []string{"render", "-h"}},
		{"render --help: two dashes as the flag package allows", []string{"render", "--help"}},
		{"schema -h", []string{"schema", "-h"}},
		{"schema -help", []string{"schema", "-help"}},
	} {
		r := runArgs(tc.args...)
		if r.code != exitOK || r.stdout == "" || r.stderr != "" {
			t.Errorf("%s: %q: exit %d, %d bytes on stdout, stderr %q; want 0, the usage on stdout and nothing on stderr",
				tc.reason, tc.args, r.code, len(r.stdout), r.stderr)
		}
	}
}

// TestParallelFormat: -parallel writes HTML only, so another -format is an
// error rather than ignored.
func TestParallelFormat(t *testing.T) {
	const ref = "../../examples/json/reference.json"
	for _, tc := range []struct {
		name   string
		reason string
		args   []string
		code   int
	}{
		{"default", "-parallel without -format writes HTML", []string{"-parallel", "en"}, exitOK},
		{"html", "-format html says what -parallel does", []string{"-parallel", "en", "-format", "html"}, exitOK},
		{"markdown", "it used to write HTML silently", []string{"-parallel", "en", "-format", "markdown"}, exitUnusable},
		{"md", "also under its short name", []string{"-format", "md", "-parallel", "en"}, exitUnusable},
		{"text", "text cannot be side by side either", []string{"-parallel", "en", "-format", "text"}, exitUnusable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs(append(append([]string{"render", "-lang", "sv"}, tc.args...), ref)...)
			if r.code != tc.code {
				t.Errorf("%s: exit %d, want %d; stderr %q", tc.reason, r.code, tc.code, r.stderr)
			}
			if tc.code != exitOK && r.stdout != "" {
				t.Errorf("%s: wrote %d bytes anyway", tc.reason, len(r.stdout))
			}
		})
	}
}

// failWriter fails every write, as /dev/full does.
type failWriter struct{ writes int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.writes++
	return 0, errors.New("no space left on device")
}

// TestWriteFailure: output that cannot be written is exit 2 with a message,
// in every command, whatever the exit code would have been.
func TestWriteFailure(t *testing.T) {
	for _, tc := range []struct {
		reason string
		args   []string
	}{
		{"validate of a valid file (exit 0 before)", []string{"validate", seed004}},
		{"validate with errors (exit 1 before)", []string{"validate", seed000}},
		{"validate -json", []string{"validate", "-json", seed000}},
		{"render", []string{"render", seed004}},
		{"render -parallel", []string{"render", "-parallel", "sv", seed004}},
		{"schema", []string{"schema"}},
		{"help", []string{"help"}},
		{"a command's -h", []string{"validate", "-h"}},
	} {
		var stderr bytes.Buffer
		w := &failWriter{}
		code := run(tc.args, strings.NewReader(""), w, &stderr)
		if code != exitUnusable || stderr.Len() == 0 || w.writes == 0 {
			t.Errorf("%s: exit %d, stderr %q after %d writes; want %d and a message", tc.reason, code, &stderr, w.writes, exitUnusable)
		}
	}
	t.Run("file", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "no", "such", "dir", "out.html")
		for _, cmd := range [][]string{{"render", "-o", bad, seed004}, {"schema", "-o", bad}} {
			if r := runArgs(cmd...); r.code != exitUnusable || !strings.Contains(r.stderr, bad) {
				t.Errorf("%q: exit %d, stderr %q; want %d and the file named", cmd, r.code, r.stderr, exitUnusable)
			}
		}
	})
}

// zeros is an endless stream of zero bytes, like /dev/zero, that counts
// what is read from it.
type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	clear(p)
	z.n += int64(len(p))
	return len(p), nil
}

// TestBoundedRead: no input is read beyond the decoder's limit and one
// byte; too large an input is unusable and named.
func TestBoundedRead(t *testing.T) {
	for _, cmd := range []string{"validate", "render"} {
		z := &zeros{}
		r := runWith(z, cmd, "-")
		if r.code != exitUnusable || !strings.Contains(r.stderr, stdinName+":") {
			t.Errorf("%s of an endless stdin: exit %d, stderr %q; want %d naming %s", cmd, r.code, r.stderr, exitUnusable, stdinName)
		}
		if z.n > dpa.MaxDocumentSize+1 {
			t.Errorf("%s read %d bytes of stdin; want at most %d", cmd, z.n, dpa.MaxDocumentSize+1)
		}
	}
	big := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(big, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, dpa.MaxDocumentSize+1); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"validate", "render"} {
		if r := runArgs(cmd, big); r.code != exitUnusable || !strings.Contains(r.stderr, big+":") {
			t.Errorf("%s of a file one byte too large: exit %d, stderr %q; want %d naming the file", cmd, r.code, r.stderr, exitUnusable)
		}
	}
}

// TestPositions: decode errors are FILE:LINE:COL, with "at POINTER" only
// when there is a pointer, for every kind of line end.
func TestPositions(t *testing.T) {
	for _, tc := range []struct {
		name   string
		reason string
		doc    string
		where  string // after the file name
	}{
		{"lf", "an unknown field on line 3", "{\n \"id\": \"x\",\n \"colour\": 1}", ":3:2: at /colour: "},
		{"crlf", "CR LF is one line end", "{\r\n \"id\": \"x\",\r\n \"colour\": 1}", ":3:2: at /colour: "},
		{"cr", "so is a lone CR (old Mac)", "{\r \"id\": \"x\",\r \"colour\": 1}", ":3:2: at /colour: "},
		{"bom", "a byte-order mark moves no column", "\ufeff{\"id\": \"x\", \"colour\": 1}", ":1:13: at /colour: "},
		{"not-object", "a problem with the whole document has no pointer", "\n\n  null", ":3:3: "},
		{"syntax-at-end", "nor has a document that ends too early", "{", ":1:2: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := write(t, "doc.json", tc.doc)
			for _, cmd := range []string{"validate", "render"} {
				r := runArgs(cmd, name)
				if r.code != exitUnusable || !strings.Contains(r.stderr, name+tc.where) {
					t.Errorf("%s: %s: exit %d, stderr %q; want %d and %q", tc.reason, cmd, r.code, r.stderr, exitUnusable, name+tc.where)
				}
				if strings.Contains(r.stderr, "at :") || strings.Contains(r.stderr, ": at : ") {
					t.Errorf("%s: %s: %q has an empty pointer", tc.reason, cmd, r.stderr)
				}
			}
		})
	}
}

// hostileStrings are text that must never reach a terminal raw.
var hostileStrings = []struct{ name, s string }{
	{"csi", "\x1b[31mred\x1b[0m"},
	{"osc-title", "\x1b]0;owned\x07"},
	{"clear-screen", "\x1b[2J\x1b[H"},
	{"c1-csi", "\u009b31m"},
	{"c1-nel", "a\u0085b"},
	{"del", "a\x7fb"},
	{"cr", "hidden\rshown"},
	{"lf", "x\ndpakit: 0 errors"},
	{"tab", "a\tb"},
	{"nul", "a\x00b"},
	{"bell-backspace", "a\x07\x08b"},
	{"rlo", "\u202etxt.exe"},
	{"lre-pdf", "\u202aa\u202c"},
	{"isolates", "\u2066a\u2067b\u2068c\u2069"},
	{"marks", "\u200e\u200f\u061c"},
	{"separators", "a\u2028b\u2029c"},
}

// checkClean fails the test when out holds a character that could act on a
// terminal: any C0 control but LF and tab, DEL, a C1 control, a bidi
// control or line separator, or invalid UTF-8.
func checkClean(t *testing.T, where string, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s: invalid UTF-8 in %q", where, out)
	}
	for i, r := range out {
		bad := (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) ||
			r == 0x200e || r == 0x200f || r == 0x061c || r == 0x2028 || r == 0x2029
		if bad {
			t.Errorf("%s: raw %U at byte %d of %q", where, r, i, out)
			return
		}
	}
}

// hostileAgreement returns the reference agreement with s in a location's
// place, where transfer.not-allowed quotes it, and a transfer to a country
// without adequacy or safeguards.
func hostileAgreement(t *testing.T, s string) []byte {
	a := examples.Reference()
	e := &a.Annexes.B.Entries[0]
	e.Locations = []transfer.Location{{Country: "CN", Place: s}}
	e.Transfer = transfer.Basis{}
	b, err := dpa.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestHostileText sends every hostile string through every kind of message
// the CLI prints (a decode error's pointer, a finding's message, a file
// name, a missing file) in text mode, in each language, and checks that
// no character reaches the output raw; in -json mode, that the output is
// just as clean and still decodes to the original text.
func TestHostileText(t *testing.T) {
	dir := t.TempDir()
	for _, h := range hostileStrings {
		// A file name can hold any byte but NUL (and /).
		fileName := filepath.Join(dir, "agreement"+strings.ReplaceAll(h.s, "\x00", "")+".json")
		if err := os.WriteFile(fileName, hostileAgreement(t, "x"), 0o644); err != nil {
			t.Fatal(err)
		}
		key, err := json.Marshal(h.s)
		if err != nil {
			t.Fatal(err)
		}
		kinds := []struct {
			kind  string
			args  func(lang string) []string
			stdin []byte
			want  string // text the -json output must hold, decoded
		}{
			{"unknown-field", func(l string) []string { return []string{"validate", "-lang", l, "-"} },
				[]byte(`{"id":"x",` + string(key) + `:1}`), h.s},
			{"unknown-field-render", func(l string) []string { return []string{"render", "-lang", l, "-"} },
				[]byte(`{"id":"x",` + string(key) + `:1}`), ""},
			{"finding-message", func(l string) []string { return []string{"validate", "-lang", l, "-"} },
				hostileAgreement(t, h.s), h.s},
			{"file-name", func(l string) []string { return []string{"validate", "-lang", l, fileName} }, nil, fileName},
			{"file-name-render", func(l string) []string { return []string{"render", "-lang", l, fileName} }, nil, ""},
			{"missing-file", func(l string) []string { return []string{"validate", "-lang", l, fileName + ".missing"} }, nil, fileName + ".missing"},
			{"bad-flag", func(l string) []string { return []string{"validate", "-" + h.s} }, nil, ""},
			{"bad-lang", func(l string) []string { return []string{"validate", "-lang", h.s, fileName} }, nil, ""},
			{"bad-profile", func(l string) []string { return []string{"validate", "-profile", h.s, fileName} }, nil, ""},
		}
		for _, k := range kinds {
			for _, lang := range i18n.Langs {
				where := fmt.Sprintf("%s/%s/%s", h.name, k.kind, lang)
				r := runWith(bytes.NewReader(k.stdin), k.args(string(lang))...)
				checkClean(t, where+" stdout", r.stdout)
				checkClean(t, where+" stderr", r.stderr)
				if r.stdout+r.stderr == "" {
					t.Errorf("%s: no output at all", where)
				}
			}
			if k.want == "" {
				continue
			}
			args := append([]string{"validate", "-json"}, k.args("en")[3:]...)
			r := runWith(bytes.NewReader(k.stdin), args...)
			where := h.name + "/" + k.kind + "/json"
			checkClean(t, where+" stdout", r.stdout)
			var all any
			if err := json.Unmarshal([]byte(r.stdout), &all); err != nil {
				t.Errorf("%s: %v", where, err)
				continue
			}
			if !strings.Contains(fmt.Sprint(all), k.want) {
				t.Errorf("%s: the decoded output lacks %q", where, k.want)
			}
		}
	}
}

// TestEscape checks escape itself on the hostile strings and on text that
// must stay as it is.
func TestEscape(t *testing.T) {
	for _, tc := range []struct{ in, want, reason string }{
		{"Exempelstad", "Exempelstad", "plain text is kept"},
		{"Kylvägen 3, 999 12 Ærø", "Kylvägen 3, 999 12 Ærø", "letters beyond ASCII are kept"},
		{"1\u00a0234", "1\u00a0234", "a no-break space (Swedish digit grouping) is kept"},
		{`C:\dpa\a.json`, `C:\dpa\a.json`, "backslashes are kept"},
		{"\x1b[31m", `\x1b[31m`, "ESC"},
		{"a\nb\tc\rd", `a\x0ab\x09c\x0dd`, "line feeds and tabs from input are escaped too"},
		{"\x7f\u0085\u009b", `\x7f\u0085\u009b`, "DEL and C1"},
		{"\u202e\u2066", `\u202e\u2066`, "bidi"},
		{"a\xffb", `a\xffb`, "a byte that is not UTF-8"},
	} {
		got := escape(tc.in)
		if got != tc.want {
			t.Errorf("escape(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
		if again := escape(got); again != got {
			t.Errorf("escape is not idempotent on %q: %q", got, again)
		}
	}
}

// TestSummary: the summary line follows -lang, with each language's plural
// forms and digit grouping.
func TestSummary(t *testing.T) {
	for _, tc := range []struct {
		lang                    i18n.Lang
		errors, warnings, notes int
		want                    string
		reason                  string
	}{
		{i18n.EN, 1, 2, 0, "1 error, 2 warnings", "the review's example: singular and plural"},
		{i18n.SV, 1, 2, 0, "1 fel, 2 varningar", "fel is the same in both numbers"},
		{i18n.NB, 1, 2, 0, "1 feil, 2 advarsler", "Bokmål: advarsel, advarsler"},
		{i18n.DA, 1, 2, 0, "1 fejl, 2 advarsler", "Danish: advarsel, advarsler"},
		{i18n.EN, 0, 1, 1, "0 errors, 1 warning, 1 note", "zero takes the plural in English; notes are shown when there are some"},
		{i18n.SV, 0, 1, 1, "0 fel, 1 varning, 1 anmärkning", "and in Swedish"},
		{i18n.NB, 0, 1, 1, "0 feil, 1 advarsel, 1 merknad", "Bokmål singulars"},
		{i18n.DA, 0, 1, 1, "0 fejl, 1 advarsel, 1 bemærkning", "Danish singulars"},
		{i18n.EN, 2, 0, 3, "2 errors, 0 warnings, 3 notes", "plurals"},
		{i18n.SV, 2, 0, 3, "2 fel, 0 varningar, 3 anmärkningar", "Swedish plurals"},
		{i18n.NB, 2, 0, 3, "2 feil, 0 advarsler, 3 merknader", "Bokmål plurals"},
		{i18n.DA, 2, 0, 3, "2 fejl, 0 advarsler, 3 bemærkninger", "Danish plurals"},
		{i18n.EN, 1234, 21, 0, "1,234 errors, 21 warnings", "English groups digits with a comma; 21 is plural"},
		{i18n.SV, 1234, 21, 0, "1\u00a0234 fel, 21 varningar", "Swedish with a no-break space"},
		{i18n.NB, 1234, 21, 0, "1\u00a0234 feil, 21 advarsler", "Bokmål too"},
		{i18n.DA, 1234, 21, 0, "1.234 fejl, 21 advarsler", "Danish with a full stop"},
	} {
		if got := summary(tc.lang, tc.errors, tc.warnings, tc.notes); got != tc.want {
			t.Errorf("summary(%s, %d, %d, %d) = %q, want %q (%s)", tc.lang, tc.errors, tc.warnings, tc.notes, got, tc.want, tc.reason)
		}
	}
	// And the command prints it: seed 000 has 3 errors and 5 warnings.
	r := runArgs("validate", "-lang", "nb", seed000)
	if first, _, _ := strings.Cut(r.stdout, "\n"); first != seed000+": 3 feil, 5 advarsler" {
		t.Errorf("validate -lang nb: summary line %q", first)
	}
	// A finding's severity is named in the language too (review 44 sv S8).
	for _, l := range i18n.Langs {
		r := runArgs("validate", "-lang", string(l), seed000)
		_, rest, _ := strings.Cut(r.stdout, "\n")
		for _, line := range strings.Split(strings.TrimSpace(rest), "\n") {
			word := strings.Fields(line)[0]
			if word != severityWord(l, finding.Error) && word != severityWord(l, finding.Warning) && word != severityWord(l, finding.Info) {
				t.Errorf("validate -lang %s: line %q starts with %q", l, line, word)
			}
			if l != i18n.EN && (word == "error" || word == "warning") {
				t.Errorf("validate -lang %s: English severity in %q", l, line)
			}
		}
	}
	// A draft's summary says that its blanks are counted as warnings
	// (review 41 en R3, da R4); a final agreement's does not.
	for _, tc := range []struct {
		file  string
		draft bool
	}{{"../../examples/json/seed003.json", true}, {seed000, false}} {
		for _, l := range i18n.Langs {
			r := runArgs("validate", "-lang", string(l), tc.file)
			first, _, _ := strings.Cut(r.stdout, "\n")
			if got := strings.HasSuffix(first, " "+draftNote[l]); got != tc.draft {
				t.Errorf("validate -lang %s %s: summary line %q, draft note %v, want %v", l, tc.file, first, got, tc.draft)
			}
		}
	}
}

// TestHostileFileName: a file name that is not UTF-8 is shown escaped in
// text and replaced (U+FFFD) in valid JSON.
func TestHostileFileName(t *testing.T) {
	name := filepath.Join(t.TempDir(), "a\xff\xfe\x1b.json")
	if err := os.WriteFile(name, hostileAgreement(t, "x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"validate", name}, {"render", name}, {"validate", name + ".missing"}, {"render", name + ".missing"}} {
		r := runArgs(args...)
		checkClean(t, fmt.Sprintf("%q stdout", args), r.stdout)
		checkClean(t, fmt.Sprintf("%q stderr", args), r.stderr)
	}
	r := runArgs("validate", "-json", name, name+".missing")
	checkClean(t, "-json", r.stdout)
	if !jsontext.Value(r.stdout).IsValid() {
		t.Errorf("-json output is not valid JSON:\n%s", r.stdout)
	}
}
