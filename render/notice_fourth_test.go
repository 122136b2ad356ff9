package render

import (
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// mark stands for a placeholder when a catalogue text is cut into its
// literal fragments.
const mark = "\uE000"

// fragment is the longest literal part of catalogue text k in language l
// with n placeholders, so that a test finds the sentence without its
// arguments and without repeating its wording.
func fragment(l i18n.Lang, k key, n int) string {
	b := new2Builder(examples.Seed004(), l)
	args := make([]string, n)
	for i := range args {
		args[i] = mark
	}
	best := ""
	for _, f := range strings.Split(b.t(k, args...), mark) {
		if len(f) > len(best) {
			best = f
		}
	}
	return strings.TrimSpace(best)
}

func sectionText(s *Section) string {
	var text []string
	for _, b := range s.Blocks {
		if p, ok := b.(*Paragraph); ok {
			text = append(text, show(p.Spans))
		}
	}
	return strings.Join(text, " ")
}

// TestNoticeBindsAndConfirms: a notice of seed004-v2 (a sub-processor
// replaced mid-term) says in every language that the new sub-processor is
// bound to the agreement's data protection obligations (Art. 28(4)), that
// the processor passes on the leaving one's written confirmation of
// deletion (Art. 28(3)(g)), and states the agreed time to object.
func TestNoticeBindsAndConfirms(t *testing.T) {
	p := versionPairs[0]
	old, new := example(t, p.old), example(t, p.new)
	for _, l := range i18n.Langs {
		d, err := BuildNotice(old, new, l, NoticeOptions{Notified: p.at})
		if err != nil {
			t.Fatal(err)
		}
		s := findSection(d.Sections, "notice-sub-1")
		if s == nil {
			t.Fatalf("%s: no section notice-sub-1", l)
		}
		got := sectionText(s)
		for _, k := range []key{kNoticeObligations, kNoticeExitConfirm} {
			if f := fragment(l, k, 2); !strings.Contains(got, f) {
				t.Errorf("%s: notice-sub-1 lacks %s (%q): %s", l, keyIDs[k], f, got)
			}
		}
		dl := findSection(d.Sections, "notice-deadlines")
		period := spelledIn(new.Annexes.B.ObjectionWindow, l)
		if dl == nil || !strings.Contains(sectionText(dl), period) {
			t.Errorf("%s: the deadlines do not state the time to object %q", l, period)
		}
	}
}

// TestAnnexBExitConfirms: the Annex B row of a sub-processor that leaves
// carries the duty to confirm its deletion in writing.
func TestAnnexBExitConfirms(t *testing.T) {
	a := example(t, "seed004-v2")
	for _, l := range i18n.Langs {
		b := new2Builder(a, l)
		want := b.t(kBExitConfirm)
		for _, e := range a.Annexes.B.Entries {
			if e.Exit.Action == "" {
				continue
			}
			if got := b.exit(e.Exit); !strings.HasSuffix(got, want) {
				t.Errorf("%s: exit of %s lacks the confirmation: %q", l, e.ID, got)
			}
		}
	}
}

// TestAmendmentByNotice: an amendment whose changes all take effect by
// notice (seed004-v2) is titled as an updated version under Art. 28(2),
// has a signature section only because the version it updates is a draft
// (review 40 sv R6) and says that it lapses on a timely objection;
// one that mixes signed changes with a notice (seed000-v2) keeps the
// Art. 28(3) and (9) title, the parties' signatures and says that an
// objection stops only the change of sub-processors.
func TestAmendmentByNotice(t *testing.T) {
	eachAmendment(t, func(name string, l i18n.Lang, new *dpa.Agreement, d *Document) {
		b := new2Builder(new, l)
		summary := sectionText(findSection(d.Sections, "amend-summary"))
		signed := findSection(d.Sections, "amend-signatures") != nil
		switch name {
		case "seed004-v2":
			if d.Title != b.t(kAmendTitleNotice) || d.Subtitle != b.t(kAmendSubtitleNotice) || signed != (examples.Seed004().Status == dpa.Draft) {
				t.Errorf("%s %s: title %q, subtitle %q, signatures %v", l, name, d.Title, d.Subtitle, signed)
			}
			if f := fragment(l, kAmendIntroUpdate, 5); !strings.Contains(summary, f) {
				t.Errorf("%s %s: summary does not open with amend.intro.update (%q)", l, name, f)
			}
			if f := fragment(l, kAmendLapse, 2); !strings.Contains(summary, f) {
				t.Errorf("%s %s: summary lacks amend.lapse (%q)", l, name, f)
			}
		case "seed000-v2":
			if d.Title != b.t(kAmendTitle) || !signed {
				t.Errorf("%s %s: title %q, signatures %v", l, name, d.Title, signed)
			}
			if f := b.t(kAmendLapseSplit); !strings.Contains(summary, f) {
				t.Errorf("%s %s: summary lacks amend.lapse.split", l, name)
			}
		}
	})
}

// TestNoticeSender: a notice closes by saying who gives it for the
// processor (sv R15 of the fourth review): the processor's signatory.
func TestNoticeSender(t *testing.T) {
	for _, p := range versionPairs {
		old, new := example(t, p.old), example(t, p.new)
		for _, l := range i18n.Langs {
			d, err := BuildNotice(old, new, l, NoticeOptions{Notified: p.at})
			if err != nil {
				t.Fatal(err)
			}
			last := d.Sections[len(d.Sections)-1]
			if last.ID != "notice-sender" || !strings.Contains(sectionText(last), new.Processor.Signatory.Name) {
				t.Errorf("%s %s: last section %q does not name the sender %q", l, p.new, last.ID, new.Processor.Signatory.Name)
			}
		}
	}
}
