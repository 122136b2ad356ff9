package check

import "testing"

// TestClauseRef checks which references to a clause or annex by number
// ClauseRef finds, and that it leaves the law's own numbers, years,
// standards and periods alone.
func TestClauseRef(t *testing.T) {
	for _, c := range []struct {
		text, want, reason string
	}{
		{"Se punkt 11.1 a i huvudavtalet.", "punkt 11.1", "a Swedish clause reference with a letter"},
		{"i henhold til Bestemmelse 10.3", "Bestemmelse 10.3", "a capitalised Norwegian clause reference"},
		{"formålene i vedlegg 1", "vedlegg 1", "a Norwegian appendix by number"},
		{"as set out in Appendix 1.", "Appendix 1", "an English appendix by number"},
		{"jf. pkt. 3", "pkt. 3", "a Danish abbreviation with a full stop"},
		{"(punkt\t4.2)", "punkt\t4.2", "a tab between the word and the number, after a parenthesis"},
		{"see clause 10 and clause 11", "clause 10", "the first of two references"},
		{"bilag 2 gælder", "bilag 2", "a Danish annex by number at the start of the text"},
		{"artikel 28.3 i dataskyddsförordningen", "", "the law's own article numbers"},
		{"artikel 28, stk. 3", "", "a statute's stk."},
		{"NAV-loven § 7 og fvl. §§ 13–13 e", "", "paragraphs of a statute"},
		{"i 5 år efter ophør", "", "a period"},
		{"ISO/IEC 27001 og SOC 2", "", "standards"},
		{"1 december 2026", "", "a date"},
		{"Annex B of this agreement", "", "an annex by letter, which the renderer's lettering keeps true"},
		{"servern A1 i hall 3", "", "a number straight after a letter, and a word that names no clause"},
		{"the Secrecy Act (2009:400), Chapter 21, section 1, and Chapter 40, section 5", "", "English citations of a statute's sections by chapter"},
		{"the Labour and Welfare Administration Act, section 7, first paragraph", "", "an act, then its section"},
		{"Section 7 of the Norwegian Labour and Welfare Administration Act", "", "a section of a named act"},
		{"see section 3 of the main agreement", "section 3", "a section of a document, not of an act"},
		{"Chapter 2, section 3 of this agreement", "", "read as a statute's chapter and section: the pattern of a citation"},
		{"in section 4, the parties agree", "section 4", "a section with a comma after it, not before"},
		{"", "", "empty text"},
	} {
		got, ok := ClauseRef(c.text)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("ClauseRef(%q) = %q, %v; want %q (%s)", c.text, got, ok, c.want, c.reason)
		}
	}
}
