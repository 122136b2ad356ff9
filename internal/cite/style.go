package cite

import (
	"strings"

	"github.com/dpakit/dpakit/i18n"
)

// A style is how a language cites the GDPR's provisions.
type style struct {
	act      string // the GDPR's name: a prefix, or with suffix set a suffix
	suffix   bool   // sv: "artikel 28.3 i dataskyddsförordningen"
	decision string // "Commission Implementing Decision"
	and      string // " och "
	// article writes one provision without the word for "article"; prev
	// is the provision before in the same list, or nil.
	article func(p, prev *provision) string
	word    func(plural bool) string // "artikel", "artiklarna"
	chapter string                   // "kapitel"
	mods    map[string]string
	// commaAnd puts a comma before "and" when the item before has one
	// (Danish: "artikel 28, stk. 3, litra f, og artikel 33").
	commaAnd bool
}

// styles are the languages' citation styles, the same as the agreements'
// own texts in each language use: Swedish "artikel 28.3 f i
// dataskyddsförordningen", Norwegian "personvernforordningen artikkel 28
// nr. 3 bokstav f", Danish "databeskyttelsesforordningens artikel 28, stk.
// 3, litra f".
var styles = map[i18n.Lang]style{
	i18n.SV: {
		act: "i dataskyddsförordningen", suffix: true, decision: "kommissionens genomförandebeslut", and: " och ",
		word: func(plural bool) string {
			if plural {
				return "artiklarna"
			}
			return "artikel"
		},
		chapter: "kapitel",
		article: func(p, _ *provision) string {
			var b strings.Builder
			if p.sameArticle && p.para != "" && !p.ownPara {
				b.WriteString(p.point) // "h" after "28.3 g"
				if p.pointTo != "" {
					b.WriteString("–" + p.pointTo)
				}
				return b.String()
			}
			b.WriteString(p.art)
			if p.artTo != "" {
				b.WriteString("–" + p.artTo)
			}
			if p.para != "" {
				b.WriteString("." + p.para)
			}
			if p.paraTo != "" {
				b.WriteString("–" + p.art + "." + p.paraTo)
			}
			if p.point != "" {
				b.WriteString(" " + p.point)
			}
			if p.pointTo != "" {
				b.WriteString("–" + p.pointTo)
			}
			return b.String()
		},
		mods: map[string]string{"first sentence": " första meningen", "second sentence": " andra meningen", "second subparagraph": " andra stycket"},
	},
	i18n.NB: {
		act: "personvernforordningen", decision: "kommisjonens gjennomføringsbeslutning", and: " og ",
		word:    func(bool) string { return "artikkel" },
		chapter: "kapittel",
		article: numbered(" ", "nr. ", "bokstav "),
		mods:    map[string]string{"first sentence": " første punktum", "second sentence": " annet punktum", "second subparagraph": " annet ledd"},
	},
	i18n.DA: {
		act: "databeskyttelsesforordningens", decision: "Kommissionens gennemførelsesafgørelse", and: " og ", commaAnd: true,
		word:    func(bool) string { return "artikel" },
		chapter: "kapitel",
		article: numbered(", ", "stk. ", "litra "),
		mods:    map[string]string{"first sentence": ", 1. pkt.", "second sentence": ", 2. pkt.", "second subparagraph": ", 2. afsnit"},
	},
}

// numbered returns the article writer of a language that names the
// paragraph and the point with a word ("nr. 3 bokstav f", "stk. 3, litra f"),
// joined by sep; an article the provision before has named is not named
// again.
func numbered(sep, paraWord, pointWord string) func(p, prev *provision) string {
	return func(p, prev *provision) string {
		var parts []string
		if !p.sameArticle && (prev == nil || !prev.sameArticleAs(p)) || p.ownArticle {
			a := p.art
			if p.artTo != "" {
				a += "–" + p.artTo
			}
			parts = append(parts, a)
		}
		if p.para != "" && (p.ownPara || !p.sameArticle) {
			n := paraWord + p.para
			if p.paraTo != "" {
				n += "–" + p.paraTo
			}
			parts = append(parts, n)
		}
		if p.point != "" {
			n := pointWord + p.point
			if p.pointTo != "" {
				n += "–" + p.pointTo
			}
			parts = append(parts, n)
		}
		return strings.Join(parts, sep)
	}
}

// sameArticleAs reports whether p and q are the same single article, so
// that q need not name it again.
func (p *provision) sameArticleAs(q *provision) bool {
	return p.chapter == "" && q.chapter == "" && p.art == q.art && p.artTo == "" && q.artTo == ""
}

// write writes one part of a reference: its provisions, joined, with the
// act's name.
func (st style) write(items []provision) string {
	words := make([]string, len(items))
	for i := range items {
		p := &items[i]
		var prev *provision
		if i > 0 {
			prev = &items[i-1]
		}
		var w string
		switch {
		case p.chapter != "":
			w = st.chapter + " " + p.chapter
		default:
			w = st.article(p, prev)
			// The word for "article" opens the provision where it names
			// its article, and where it starts another one.
			named := p.ownArticle || (!p.sameArticle && (prev == nil || prev.chapter != "" || !prev.sameArticleAs(p)))
			if named && !(p.plural && prev != nil && prev.plural && !p.ownArticle) {
				w = st.word(p.plural || p.artTo != "") + " " + w
			}
			w += st.mods[p.mod]
		}
		words[i] = w
	}
	var b strings.Builder
	if !st.suffix {
		b.WriteString(st.act + " ")
	}
	for i, w := range words {
		switch {
		case i == 0:
		case i == len(words)-1:
			if st.commaAnd && strings.Contains(words[i-1], ",") {
				b.WriteString(",")
			}
			b.WriteString(st.and)
		default:
			b.WriteString(", ")
		}
		b.WriteString(w)
	}
	if st.suffix {
		b.WriteString(" " + st.act)
	}
	return b.String()
}
