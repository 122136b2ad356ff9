package pdf

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/examples"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/render"
	"github.com/google/go-cmp/cmp"
)

func build(t testing.TB, ex examples.Example, l i18n.Lang) *render.Document {
	t.Helper()
	d, err := render.Build(ex.Build(), l, render.Options{AllowBlanks: true, TOC: true})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// drawn is a line as the writer drew it.
type drawn struct {
	page int
	l    line
	x, y float64
}

func traced(t testing.TB, l, r *render.Document) ([]byte, []drawn) {
	t.Helper()
	var out []drawn
	var buf bytes.Buffer
	if err := write(&buf, l, r, func(page int, ln line, x, y float64) { out = append(out, drawn{page, ln, x, y}) }); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), out
}

func countSections(ss []*render.Section) int {
	n := 0
	for _, s := range ss {
		n += 1 + countSections(s.Sections)
	}
	return n
}

// checkPages checks the layout of drawn lines: every piece of text lies
// within the margins, no line reaches into the footer, a line kept with the
// next (a heading, a caption, a signature row) is never the last of a page,
// and there is one outline entry per section.
func checkPages(t *testing.T, name string, lines []drawn, sections int) {
	t.Helper()
	marks := 0
	for i, d := range lines {
		for _, s := range d.l.segs {
			if d.x+s.x < marginL-0.01 || d.x+s.x+s.w > pageW-marginR+0.01 {
				t.Errorf("%s: page %d: %q runs from %.1f to %.1f mm, outside the margins", name, d.page, s.s, d.x+s.x, d.x+s.x+s.w)
				return
			}
		}
		if d.y+d.l.h > bottom+0.01 {
			t.Errorf("%s: page %d: a line ends at %.1f mm, below the text area", name, d.page, d.y+d.l.h)
			return
		}
		if d.l.mark != "" {
			marks++
		}
		if d.l.keep && i+1 < len(lines) && lines[i+1].page != d.page {
			t.Errorf("%s: page %d ends with %q, which belongs with what follows", name, d.page, text(d.l))
		}
	}
	if marks != sections {
		t.Errorf("%s: %d outline entries, want %d", name, marks, sections)
	}
}

func text(l line) string {
	var b strings.Builder
	for _, s := range l.segs {
		b.WriteString(s.s)
	}
	return b.String()
}

// TestLayout lays out every example in every language and in parallel.
func TestLayout(t *testing.T) {
	exs := examples.All()
	if raceEnabled {
		exs = exs[len(exs)-1:] // .ci/run runs them all without -race
	}
	for _, ex := range exs {
		for _, l := range i18n.Langs {
			d := build(t, ex, l)
			_, lines := traced(t, d, nil)
			checkPages(t, ex.Name+"/"+string(l), lines, countSections(d.Sections))
		}
		l, r := build(t, ex, i18n.DA), build(t, ex, i18n.SV)
		_, lines := traced(t, l, r)
		checkPages(t, ex.Name+"/da+sv", lines, countSections(l.Sections))
	}
}

// TestLongWords checks that the line breaker keeps every line within its
// width, breaking a word that is longer than a line, with a hyphen at the
// cut.
func TestLongWords(t *testing.T) {
	ts := newTypesetter()
	for _, c := range []struct {
		name, s string
		cut     int // 1: every line but the last ends in a cut word; 0: none; -1: some
	}{
		{"one long word", strings.Repeat("Långtnamn", 200), 1},
		{"long words among short", "a " + strings.Repeat("x", 300) + " b " + strings.Repeat("Ø", 150) + " c", -1},
		{"spaces only", "     ", 0},
		{"no-break spaces", strings.Repeat("ord\u00a0", 200), 1},
		{"an e-mail address, cut without a hyphen", strings.Repeat("dataskydd", 30) + "@example.se", 0},
	} {
		for _, width := range []float64{10, 40, textW} {
			ls := ts.lines([]piece{{regular, inkText, ts.printable(regular, c.s)}}, width, 3, 0, bodySize, bodyLH)
			got := ""
			for i, l := range ls {
				lt := ""
				for _, s := range l.segs {
					if s.x+s.w > width+0.01 {
						t.Errorf("%s at %.0f mm: %q ends at %.2f mm", c.name, width, s.s, s.x+s.w)
					}
					lt += s.s
				}
				// A word cut at the end of a line is marked with a soft
				// hyphen (none of the texts has one of its own).
				if cut := c.cut == 1 && i+1 < len(ls); c.cut >= 0 && cut != strings.HasSuffix(lt, "\u00ad") {
					t.Errorf("%s at %.0f mm: line %d %q: a hyphen %v, want %v", c.name, width, i, lt, !cut, cut)
				}
				got += strings.TrimSuffix(lt, "\u00ad")
			}
			if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(ts.printable(regular, c.s), " ", "") {
				t.Errorf("%s at %.0f mm: text lost or changed", c.name, width)
			}
		}
	}
}

// TestLongTable writes Annex B with 400 sub-processors: the table runs over
// pages, and its header row is drawn again at the top of each.
func TestLongTable(t *testing.T) {
	a := examples.Reference()
	base := a.Annexes.B.Entries[0]
	a.Annexes.B.Entries = nil
	for i := range 400 {
		s := base
		s.ID = "s" + strings.Repeat("x", i%3) + string(rune('a'+i%26)) + itoa3(i)
		s.EngagedBy = ""
		a.Annexes.B.Entries = append(a.Annexes.B.Entries, s)
	}
	d, err := render.Build(a, i18n.SV, render.Options{AllowBlanks: true})
	if err != nil {
		t.Fatal(err)
	}
	long := false
	for _, s := range d.Sections {
		for _, sub := range s.Sections {
			for _, b := range sub.Blocks {
				if tb, ok := b.(*render.Table); ok && len(tb.Rows) >= 400 {
					long = true
				}
			}
		}
	}
	if !long {
		t.Fatal("no table of 400 sub-processors")
	}
	_, lines := traced(t, d, nil)
	checkPages(t, "400 sub-processors", lines, countSections(d.Sections))
	pages := map[int]bool{} // pages with table cells, which are drawn inside the margin
	headers := map[int]int{}
	for _, l := range lines {
		if l.l.size == smallSize && l.x > marginL {
			pages[l.page] = true
		}
		if l.l.head {
			headers[l.page]++
		}
	}
	for p := range pages {
		if headers[p] == 0 {
			t.Errorf("page %d has table rows but no header row", p)
		}
	}
	if len(pages) < 10 {
		t.Errorf("the table runs over %d pages, want more than 10", len(pages))
	}
}

func itoa3(i int) string {
	return string(rune('0'+i/100%10)) + string(rune('0'+i/10%10)) + string(rune('0'+i%10))
}

// TestDeterministic writes the same agreement twice and wants the same
// bytes.
func TestDeterministic(t *testing.T) {
	ex := examples.All()[len(examples.All())-1]
	var a, b bytes.Buffer
	if err := Write(&a, build(t, ex, i18n.NB)); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, build(t, ex, i18n.NB)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of one agreement differ")
	}
}

// TestNil checks the errors for nil arguments.
func TestNil(t *testing.T) {
	d := &render.Document{}
	for _, c := range []struct {
		name      string
		err, want error
	}{
		{"nil writer", Write(nil, d), render.ErrNilWriter},
		{"nil document", Write(io.Discard, nil), render.ErrNilDocument},
		{"parallel nil writer", WriteParallel(nil, d, d), render.ErrNilWriter},
		{"parallel nil left", WriteParallel(io.Discard, nil, d), render.ErrNilDocument},
	} {
		if !errors.Is(c.err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, c.err, c.want)
		}
	}
	if err := Write(io.Discard, d); err != nil {
		t.Errorf("zero document: %v", err)
	}
}

// tool returns the path of an external program for the checks by real
// tools, which run when DPAKIT_TOOLS is set (.ci/run sets it and installs
// them; a missing tool then fails the test) and are skipped otherwise, so
// that go test ./... stays quick.
func tool(t *testing.T, name string) string {
	t.Helper()
	if os.Getenv("DPAKIT_TOOLS") == "" {
		t.Skip("set DPAKIT_TOOLS=1 to check with the real tools (.ci/run does)")
	}
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is not installed; .ci/run installs it", name)
	}
	return p
}

// flat is a paragraph's text as every writer spells it out.
func flat(sp []render.Span) string {
	var b strings.Builder
	for _, s := range sp {
		switch s.Kind {
		case render.Blank:
			b.WriteString("[_____ " + s.Text + "]")
		case render.Fallback:
			b.WriteString("(" + string(s.Lang) + ") " + s.Text)
		default:
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

// squeeze drops white space, so that texts compare whatever their line
// breaks.
func squeeze(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), "")
}

func clauses(d *render.Document) []string {
	var out []string
	var walk func(ss []*render.Section)
	walk = func(ss []*render.Section) {
		for _, s := range ss {
			for _, b := range s.Blocks {
				if p, ok := b.(*render.Paragraph); ok {
					out = append(out, squeeze(p.Number+flat(p.Spans)))
				}
			}
			walk(s.Sections)
		}
	}
	walk(d.Sections)
	return out
}

// noFooters removes the page footers from a PDF's text.
func noFooters(text string, d *render.Document) string {
	page := regexp.QuoteMeta(d.PageOf("\x00", "\x01"))
	page = strings.NewReplacer("\x00", `\d+`, "\x01", `\d+`).Replace(page)
	return regexp.MustCompile(regexp.QuoteMeta(d.Reference())+`|`+page).ReplaceAllString(text, "")
}

func inOrder(got string, want []string) (string, bool) {
	at := 0
	for _, w := range want {
		i := strings.Index(got[at:], w)
		if i < 0 {
			return w, false
		}
		at += i + len(w)
	}
	return "", true
}

var fontRow = regexp.MustCompile(`(?m)^(\S+)\s+CID TrueType\s+Identity-H\s+(yes|no)\s+(yes|no)\s+(yes|no)\s`)

// TestTools checks every example's PDF in every language, and a parallel
// one, with qpdf and poppler: qpdf --check passes; pdffonts lists the
// three Go fonts, each embedded, a subset and with a Unicode map; pdfinfo
// shows A4, the title, the metadata stream, a tagged file and no
// encryption, and its structure tree holds every clause's text in order;
// and pdftotext (in content order) holds every clause's text in order.
func TestTools(t *testing.T) {
	skipUnderRace(t)
	qpdf, pdffonts, pdfinfo, pdftotext := tool(t, "qpdf"), tool(t, "pdffonts"), tool(t, "pdfinfo"), tool(t, "pdftotext")
	dir := t.TempDir()
	type job struct {
		name string
		d, r *render.Document
	}
	var jobs []job
	for _, ex := range examples.All() {
		for _, l := range i18n.Langs {
			jobs = append(jobs, job{ex.Name + "-" + string(l), build(t, ex, l), nil})
		}
	}
	ex := examples.All()[len(examples.All())-1]
	jobs = append(jobs, job{ex.Name + "-da+sv", build(t, ex, i18n.DA), build(t, ex, i18n.SV)})
	for _, j := range jobs {
		buf := writeJob(t, j.d, j.r)
		file := filepath.Join(dir, j.name+".pdf")
		if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(qpdf, "--check", file).CombinedOutput(); err != nil {
			t.Errorf("%s: qpdf --check: %v\n%s", j.name, err, out)
		}
		out, err := exec.Command(pdffonts, file).Output()
		if err != nil {
			t.Fatalf("%s: pdffonts: %v", j.name, err)
		}
		rows := fontRow.FindAllStringSubmatch(string(out), -1)
		if len(rows) == 0 || strings.Count(string(out), "\n") != len(rows)+2 {
			t.Errorf("%s: fonts other than the Go fonts:\n%s", j.name, out)
		}
		for _, r := range rows {
			if r[2] != "yes" || r[3] != "yes" || r[4] != "yes" || !strings.Contains(r[1], "+Go") {
				t.Errorf("%s: font %s: embedded %s, subset %s, unicode %s", j.name, r[1], r[2], r[3], r[4])
			}
		}
		out, err = exec.Command(pdfinfo, file).Output()
		if err != nil {
			t.Fatalf("%s: pdfinfo: %v", j.name, err)
		}
		info := string(out)
		for _, want := range []string{"(A4)", "Metadata Stream: yes", "Tagged:          yes", "Encrypted:       no", "Title:           " + strings.Fields(j.d.Title)[0]} {
			if !strings.Contains(info, want) {
				t.Errorf("%s: pdfinfo lacks %q:\n%s", j.name, want, info)
			}
		}
		out, err = exec.Command(pdftotext, "-raw", file, "-").Output()
		if err != nil {
			t.Fatalf("%s: pdftotext: %v", j.name, err)
		}
		got := squeeze(noFooters(string(out), j.d))
		want := clauses(j.d)
		// The structure tree holds every clause whole and in order, and
		// nothing of the footers, as poppler reads it. poppler takes
		// seconds a page for this, so one file is read; TestStructure
		// reads the tree of every example, and of a parallel file, itself.
		if j.name == "seed003-da" {
			structText(t, pdfinfo, file, j.name, j.d, want)
		}
		if j.r != nil {
			// The columns alternate line by line; each clause's start is
			// still there.
			for i, w := range want {
				want[i] = w[:min(len(w), 12)]
			}
		}
		if miss, ok := inOrder(got, want); !ok {
			t.Errorf("%s: pdftotext lacks %q (or has it out of order)", j.name, miss)
		}
	}
}

// structText checks the structure tree poppler reads from file: every
// clause in order, no footer.
func structText(t *testing.T, pdfinfo, file, name string, d *render.Document, want []string) {
	t.Helper()
	out, err := exec.Command(pdfinfo, "-struct-text", file).Output()
	if err != nil {
		t.Fatalf("%s: pdfinfo -struct-text: %v", name, err)
	}
	var tagged strings.Builder
	for _, ln := range strings.Split(string(out), "\n") {
		if a, b := strings.Index(ln, `"`), strings.LastIndex(ln, `"`); a >= 0 && b > a {
			tagged.WriteString(ln[a+1 : b])
		}
	}
	if miss, ok := inOrder(squeeze(tagged.String()), want); !ok {
		t.Errorf("%s: the structure tree lacks %q (or has it out of order)", name, miss)
	}
	if strings.Contains(tagged.String(), d.Reference()) {
		t.Errorf("%s: the footer is tagged as text", name)
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden compares the layout of seed 004 in Swedish — every line drawn,
// page by page, with its position — with testdata; run with -update and
// read the diff after a change. The raw bytes are not compared
// (TestDeterministic checks they repeat).
func TestGolden(t *testing.T) {
	d, err := render.Build(examples.Seed004(), i18n.SV, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, lines := traced(t, d, nil)
	var b strings.Builder
	page := 0
	for _, l := range lines {
		if l.page != page {
			page = l.page
			fmt.Fprintf(&b, "-- page %d\n", page)
		}
		mark := ""
		if l.l.mark != "" {
			mark = fmt.Sprintf(" [outline %d]", l.l.markLevel)
		}
		fmt.Fprintf(&b, "%5.1f %5.1f %4.1fpt%s | %s\n", l.x, l.y, l.l.size, mark, text(l.l))
	}
	file := filepath.Join("testdata", "seed004-sv.txt")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("seed004-sv differs from %s (-want +got):\n%s", file, diff)
	}
}

// skipUnderRace skips a test that mostly waits for external programs: the
// race detector can find nothing in it, and .ci/run runs it without.
func skipUnderRace(t *testing.T) {
	if raceEnabled {
		t.Skip("runs external tools; .ci/run runs it without -race")
	}
}

// TestFontCoverage checks that each of the three fonts has a glyph for
// every character the Nordic texts need, and that the writer prints what a
// font lacks as U+FFFD rather than as an empty box.
func TestFontCoverage(t *testing.T) {
	ts := newTypesetter()
	for st := range numStyles {
		for _, r := range "ÅÄÖåäöÆØæøÉéÜü„“”‘’«»–—−§€£\u00a0…•·°½" {
			if !ts.m[st].has(&ts.buf, r) {
				t.Errorf("font %d lacks %q (%U)", st, r, r)
			}
		}
	}
	if got := ts.printable(regular, "a\u4e00b\U0001F600c\x07 CVR\u2011nr 1\u202f000"); got != "a\uFFFDb\uFFFDc  CVR-nr 1\u00a0000" {
		t.Errorf("printable = %q", got)
	}
}

// TestRedline checks that an amendment's deletions and insertions keep
// their text and are painted apart from the rest (red and struck through,
// blue and underlined), so that a redline in PDF reads as one.
func TestRedline(t *testing.T) {
	d := &render.Document{Lang: i18n.DA, Title: "Tillæg", Sections: []*render.Section{{ID: "breach", Number: "11", Heading: "Brud", Blocks: []render.Block{
		&render.Paragraph{ID: "breach-1", Number: "11.1", Spans: []render.Span{
			{Text: "inden for "}, {Kind: render.Deleted, Text: "48 timer"}, {Text: " "}, {Kind: render.Inserted, Text: "36 timer"}, {Text: "."}}},
	}}}}
	_, lines := traced(t, d, nil)
	got := map[ink]string{}
	for _, dl := range lines {
		for _, s := range dl.l.segs {
			got[s.ink] += s.s
		}
	}
	if got[inkDeleted] != "48 timer" || got[inkInserted] != "36 timer" {
		t.Errorf("deleted %q, inserted %q; want 48 timer and 36 timer in their own inks", got[inkDeleted], got[inkInserted])
	}
}
