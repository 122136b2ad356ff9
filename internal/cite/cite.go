// Package cite writes the legal references of findings, such as
// "GDPR Art. 28(3)(f), Art. 33(2)", in the citation style of a language:
// "artikel 28.3 f och artikel 33.2 i dataskyddsförordningen",
// "personvernforordningen artikkel 28 nr. 3 bokstav f og artikkel 33 nr. 2",
// "databeskyttelsesforordningens artikel 28, stk. 3, litra f, og artikel 33,
// stk. 2".
//
// The references are written in English in the code (finding.Def.Ref), where
// they are also the machine-readable form of JSON output. A reference this
// package cannot read, such as a company policy's "ACME policy §4.2", is
// returned as it is.
//
// The amendment's summary cites its eight change rules from worded
// catalogue entries instead (render's refKeys, "amend.ref.*"), where the
// reviewers asked for a grouping this grammar does not make ("artikel 28,
// stk. 2 og 4, og stk. 3, litra g"); Format serves the findings' many
// references, which no catalogue lists.
package cite

import (
	"strings"

	"github.com/dpakit/dpakit/i18n"
)

// Format returns ref in the citation style of l; English, an empty
// reference and one that is not in the grammar below come back unchanged.
//
// A reference is one or more parts separated by "; ". A part is a list of
// GDPR provisions, introduced by "GDPR " in the first part, or the name of
// a Commission implementing decision, "Implementing Decision (EU)
// 2021/914". The provisions are separated by ", " or " and ": "Art. 28(3)(f)",
// "Arts. 9", "Arts. 44–49", "28(4)" (the same form without "Art."), "(9)"
// or "(h)" (another paragraph or point of the provision before), "Chapter
// V", and after a provision "first sentence", "second sentence" or "second
// subparagraph"; a paragraph or point may end a range, as in "33(1)–(2)".
func Format(ref string, l i18n.Lang) string {
	st, ok := styles[l]
	if !ok || ref == "" {
		return ref
	}
	var out []string
	for i, part := range strings.Split(ref, "; ") {
		if rest, ok := strings.CutPrefix(part, "Implementing Decision (EU) "); ok && isAct(rest) {
			out = append(out, st.decision+" (EU) "+rest)
			continue
		}
		if i == 0 {
			var ok bool
			if part, ok = strings.CutPrefix(part, "GDPR "); !ok {
				return ref
			}
		}
		items, ok := parse(part)
		if !ok {
			return ref
		}
		out = append(out, st.write(items))
	}
	return strings.Join(out, "; ")
}

// isAct reports whether s is an act's number, such as "2021/914".
func isAct(s string) bool {
	y, n, ok := strings.Cut(s, "/")
	return ok && digits(y) && digits(n)
}

// digits reports whether s is a non-empty run of ASCII digits.
func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// A provision is one item of a reference: an article (or a range of
// articles), its paragraph and point, each possibly ending a range, and
// what part of it is meant; or a chapter.
type provision struct {
	chapter        string // "V"; the rest is empty
	art, artTo     string // "28"; artTo ends a range of articles
	para, paraTo   string // "3"
	point, pointTo string // "f"
	mod            string // "first sentence", "second sentence", "second subparagraph"
	plural         bool   // under "Arts."
	ownArticle     bool   // after "Art." or "Arts."
	sameArticle    bool   // "(9)" or "(h)": the article of the item before
	ownPara        bool   // the item names its paragraph
}

// mods are the parts of a provision a reference may name after it.
var mods = []string{"first sentence", "second sentence", "second subparagraph"}

// parse reads a list of provisions, or reports false.
func parse(s string) ([]provision, bool) {
	var items []provision
	plural := false
	for s != "" {
		var p provision
		switch {
		case strings.HasPrefix(s, "Chapter "):
			s = s[len("Chapter "):]
			n := 0
			for n < len(s) && strings.IndexByte("IVXL", s[n]) >= 0 {
				n++
			}
			if n == 0 {
				return nil, false
			}
			p.chapter, s = s[:n], s[n:]
		default:
			switch {
			case strings.HasPrefix(s, "Arts. "):
				s, plural = s[len("Arts. "):], true
				p.ownArticle = true
			case strings.HasPrefix(s, "Art. "):
				s, plural = s[len("Art. "):], false
				p.ownArticle = true
			}
			p.plural = plural
			var ok bool
			if s, ok = p.read(s, items); !ok {
				return nil, false
			}
		}
		// A part of the provision, after a space or a comma.
		for _, m := range mods {
			for _, sep := range []string{" ", ", "} {
				if rest, ok := strings.CutPrefix(s, sep+m); ok && p.chapter == "" {
					p.mod, s = m, rest
				}
			}
		}
		items = append(items, p)
		var ok bool
		if s, ok = cutSep(s); !ok {
			return nil, false
		}
	}
	return items, len(items) > 0
}

// cutSep removes the separator before the next provision, and reports
// false when s neither ends nor goes on with one.
func cutSep(s string) (string, bool) {
	if s == "" {
		return s, true
	}
	for _, sep := range []string{", ", " and "} {
		if rest, ok := strings.CutPrefix(s, sep); ok && rest != "" {
			return rest, true
		}
	}
	return s, false
}

// read reads an article number with its paragraph and point, or a
// paragraph or point of the provision before (items' last), into p.
func (p *provision) read(s string, items []provision) (string, bool) {
	n := number(s)
	switch {
	case n > 0:
		p.art, s = s[:n], s[n:]
		if rest, ok := strings.CutPrefix(s, "–"); ok {
			if m := number(rest); m > 0 && !strings.HasPrefix(rest[m:], "(") {
				p.artTo, s = rest[:m], rest[m:]
				return s, true
			}
		}
	case strings.HasPrefix(s, "(") && !p.ownArticle && len(items) > 0:
		prev := items[len(items)-1]
		if prev.chapter != "" || prev.art == "" || prev.artTo != "" {
			return s, false
		}
		p.art, p.sameArticle = prev.art, true
		if !isDigit(s[1]) {
			p.para = prev.para // a point of the paragraph before
		}
	default:
		return s, false
	}
	var ok bool
	for strings.HasPrefix(s, "(") {
		var v string
		if v, s, ok = paren(s); !ok {
			return s, false
		}
		if isDigit(v[0]) && p.para == "" && p.point == "" {
			p.para, p.ownPara = v, true
		} else if !isDigit(v[0]) && p.point == "" {
			p.point = v
		} else {
			return s, false
		}
	}
	if rest, found := strings.CutPrefix(s, "–"); found && strings.HasPrefix(rest, "(") {
		var v string
		if v, s, ok = paren(rest); !ok {
			return s, false
		}
		switch {
		case p.point != "" && !isDigit(v[0]):
			p.pointTo = v
		case p.point == "" && p.para != "" && isDigit(v[0]):
			p.paraTo = v
		default:
			return s, false
		}
	}
	return s, true
}

// number returns the length of the article number that starts s.
func number(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// paren reads "(x)" at the start of s: a number or a lower-case letter.
func paren(s string) (v, rest string, ok bool) {
	end := strings.IndexByte(s, ')')
	if end < 2 {
		return "", s, false
	}
	v = s[1:end]
	if !digits(v) && !(len(v) == 1 && v[0] >= 'a' && v[0] <= 'z') {
		return "", s, false
	}
	return v, s[end+1:], true
}
