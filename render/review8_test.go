package render

import (
	"strings"
	"testing"

	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
)

// TestKeptCopiesCited checks review 8 sv R2: where the controller chooses
// between deletion and return, the written confirmation that the
// processor keeps no other copies cites, by their computed numbers, the
// paragraphs that let it keep copies (storage required by law, backup
// copies and, where the agreement names it, the law), not its own
// paragraph; unnumbered, it names them.
func TestKeptCopiesCited(t *testing.T) {
	backupKeys := []key{kDeletionBackups, kDeletionBackupsDefault}
	withLaw := examples.Reference()
	withLaw.Clauses.EndOfService.Action = dpa.ControllerChooses
	withLaw.Clauses.EndOfService.RetentionLaw = i18n.T("The Accounting Act requires storage for seven years.")
	cases := []*dpa.Agreement{withLaw}
	for _, ex := range examples.All() {
		cases = append(cases, ex.Build())
	}
	checked := 0
	for _, a := range cases {
		e := a.Clauses.EndOfService
		if e.Action == dpa.Delete || e.Action == dpa.Return {
			continue
		}
		for _, l := range i18n.Langs {
			d, err := Build(a, l, Options{AllowBlanks: true})
			if err != nil {
				t.Fatal(err)
			}
			nums, texts := paraNumbered(t, d, "deletion")
			backups, law := "", ""
			for i, p := range texts {
				for _, k := range backupKeys {
					if strings.HasPrefix(p, prefixOf(l, k)) {
						backups = nums[i]
					}
				}
				if strings.HasPrefix(p, prefixOf(l, kDeletionLaw)) {
					law = nums[i]
				}
			}
			if backups == "" {
				t.Fatalf("%s: no paragraph on backup copies in clause 12: %q", l, texts)
			}
			want := lookup(l, kDeletionKeptTwo, []string{nums[0], backups})
			if law != "" {
				want = lookup(l, kDeletionKeptThree, []string{nums[0], backups, law})
			}
			if !strings.Contains(strings.Join(texts, "\n"), want) {
				t.Errorf("%s: clause 12 does not cite %q: %q", l, want, texts)
			}
			checked++
		}
	}
	if checked < 2*len(i18n.Langs) {
		t.Fatalf("only %d renderings checked", checked)
	}
	for _, l := range i18n.Langs {
		d, err := Build(withLaw, l, Options{AllowBlanks: true, NoNumbering: true})
		if err != nil {
			t.Fatal(err)
		}
		_, texts := paraNumbered(t, d, "deletion")
		if !strings.Contains(strings.Join(texts, "\n"), lookup(l, kDeletionKeptUnnumbered, nil)) {
			t.Errorf("unnumbered %s: the confirmation does not name the paragraphs that allow copies", l)
		}
	}
}

// TestLanguageClauseOtherVersion checks review 8 en R3: a version in a
// language other than the agreement's main one says that the parties'
// text it shows unmarked is their own wording in that language and that
// the main version prevails over it; the main version does not.
func TestLanguageClauseOtherVersion(t *testing.T) {
	for _, ex := range examples.All() {
		a := ex.Build()
		main := a.MainLang()
		for _, l := range i18n.Langs {
			_, texts := paraNumbered(t, build(t, a, l), "background")
			all := strings.Join(texts, "\n")
			other := lookup(l, kBackgroundLanguageOther, []string{lookup(l, langNames[main], nil), lookup(l, langNames[l], nil)})
			if got, want := strings.Contains(all, other), l != main; got != want {
				t.Errorf("%s %s (main %s): sentence on the parties' text in this version present %v, want %v", ex.Name, l, main, got, want)
			}
		}
	}
}
