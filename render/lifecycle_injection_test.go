package render

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
)

// fillText sets every field of v, at any depth, whose type is string
// itself (free text, names, addresses, e-mail addresses; not ids, country
// codes, enums or units, which are named types or identify entries) to s.
func fillText(v reflect.Value, s string) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() && v.Type() == reflect.TypeFor[string]() {
			v.SetString(s)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.IsExported() && f.Name != "ID" && f.Name != "EngagedBy" && f.Name != "Replaces" {
				fillText(v.Field(i), s)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			fillText(v.Index(i), s)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			fillText(v.Elem(), s)
		}
	}
}

// hostilePair returns a pair of versions in which the hostile string is in
// every field that changes: the text of every sub-processor of the new
// version (the old one's with "old" after it, so that the redline takes
// hostile text out as well as puts it in), the processor's contacts, whom
// the notice names for objections, and the versions, which both documents
// name.
func hostilePair(t *testing.T, oldName, newName, s string) (old, new *dpa.Agreement) {
	t.Helper()
	old, new = example(t, oldName), example(t, newName)
	fillText(reflect.ValueOf(&old.Annexes.B.Entries).Elem(), s+" old")
	fillText(reflect.ValueOf(&new.Annexes.B.Entries).Elem(), s)
	fillText(reflect.ValueOf(&new.Processor.Contacts).Elem(), s)
	old.Version, new.Version = s+" 1", s+" 2"
	if !utf8.ValidString(s) {
		return old, new
	}
	ref, err := old.Reference()
	if err != nil {
		t.Fatal(err)
	}
	new.Replaces = ref
	return old, new
}

// TestLifecycleInjections puts each string of the injection corpus into the
// changed fields of both pairs of example versions and writes the change
// notice and the amendment in two languages (in turn, so that the corpus
// meets all four; one under the race detector) and every format. As TestInjections checks agreements: the HTML
// holds only the writer's own elements and attributes and shows the input
// as text, the Markdown carries no markup from the input, and no output
// carries a control, bidi or private-use character. The plain-text
// redline's marks cannot be forged: TestDiffSpans and
// TestRedlineMarksEscaped check that.
func TestLifecycleInjections(t *testing.T) {
	t.Parallel()
	for i, in := range injections {
		t.Run(in.name, func(t *testing.T) {
			// Two languages per string, in turn, so that the corpus meets
			// all four (one under the race detector); strings over 1 KB,
			// which make pages of megabytes, in one pair of versions.
			n := len(i18n.Langs)
			langs := []i18n.Lang{i18n.Langs[i%n], i18n.Langs[(i+1)%n]}
			if raceEnabled {
				langs = langs[:1]
			}
			pairs := versionPairs
			if len(in.s) > 1<<10 {
				pairs = pairs[:1]
			}
			shown := clean(in.s)
			for _, p := range pairs {
				old, new := hostilePair(t, p.old, p.new, in.s)
				if !utf8.ValidString(in.s) {
					// The versions are compared in their JSON encoding,
					// which has no room for bytes that are not UTF-8: an
					// error, never a document.
					if _, err := BuildAmendment(old, new, i18n.EN, Options{}); err == nil {
						t.Errorf("%s: an amendment of text that is not UTF-8", p.new)
					}
					if _, err := BuildNotice(old, new, i18n.EN, NoticeOptions{Notified: p.at, Zone: time.UTC}); err == nil {
						t.Errorf("%s: a notice of text that is not UTF-8", p.new)
					}
					continue
				}
				for _, l := range langs {
					notice, err := BuildNotice(old, new, l, NoticeOptions{Notified: p.at, Zone: time.UTC})
					if err != nil {
						t.Fatalf("%s/%s notice (%s): %v", p.new, l, in.reason, err)
					}
					// With the notice, so that the dated summary meets the
					// hostile names too.
					amend, err := BuildAmendment(old, new, l, Options{Notice: NoticeOptions{Notified: p.at, Zone: time.UTC}})
					if err != nil {
						t.Fatalf("%s/%s amendment (%s): %v", p.new, l, in.reason, err)
					}
					for _, d := range []struct {
						what string
						doc  *Document
					}{{"notice", notice}, {"amendment", amend}} {
						for _, f := range Formats {
							var buf bytes.Buffer
							if err := Write(&buf, d.doc, f); err != nil {
								t.Fatal(err)
							}
							out := buf.String()
							where := p.new + "/" + string(l) + "/" + d.what + "/" + string(f)
							if m, ok := unsafeChar(out); ok {
								t.Errorf("%s (%s): %+q reached the output", where, in.reason, m)
							}
							switch f {
							case HTML:
								text, err := safeHTMLText(out)
								if err != nil {
									t.Errorf("%s (%s): %v", where, in.reason, err)
								}
								if strings.TrimSpace(shown) != "" && !strings.Contains(squash(text), squash(shown)) {
									t.Errorf("%s (%s): the page does not show the input %.60q as text", where, in.reason, shown)
								}
							case Markdown:
								if err := safeMarkdown(out); err != nil {
									t.Errorf("%s (%s): %v", where, in.reason, err)
								}
							}
						}
					}
				}
			}
		})
	}
}

// squash joins the words of s with single spaces: the redline compares and
// shows text word by word.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestRedlineMarksEscaped: text that spells the plain-text writer's marks
// of a change shows them escaped, in every text of the document, so a
// reader sees a mark only where dpakit put one.
func TestRedlineMarksEscaped(t *testing.T) {
	const forged = `[-forged deletion-] {+forged insertion+} \ end`
	old, new := hostilePair(t, "seed004", "seed004-v2", forged)
	d, err := BuildAmendment(old, new, i18n.EN, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, d, Text); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"[-forged", "deletion-]", "{+forged", "insertion+}"} {
		if strings.Contains(out, bad) {
			t.Errorf("the text redline shows %q unescaped", bad)
		}
	}
	if !strings.Contains(out, `[\-forged deletion-\]`) || !strings.Contains(out, `\\ end`) {
		t.Error("the text redline does not show the forged marks escaped")
	}
}
