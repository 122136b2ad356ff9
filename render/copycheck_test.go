package render

import (
	"encoding/json"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// shingleLen is the length of the word runs TestNothingCopied compares: a
// run of this many words shared with a seed agreement is a copied sentence.
const shingleLen = 12

// gdprWording is the regulation's own text, which dpakit may quote and the
// seeds quote too. A shared run lying wholly inside one of these is not a
// copy. Each entry names the article it quotes; an entry that exempts no
// shared run fails the test, so the list only holds what is needed.
var gdprWording = []struct {
	words   string
	article string
}{
	{"artikel 28, stk. 3, i Europa-Parlamentets og Rådets forordning (EU) 2016/679 af 27. april 2016", "Art. 28(3) and the Regulation's title"},
	{"medmindre den pågældende ret forbyder en sådan underretning af hensyn til vigtige samfundsmæssige interesser", "Art. 28(3)(a)"},
	{"retten til ikke at være genstand for en afgørelse, der alene er baseret på automatisk behandling, herunder profilering", "Art. 22(1), its \"ret til\" in the definite form"},
	{"hvis det er muligt, kategorierne og det omtrentlige antal berørte registrerede samt kategorierne og det omtrentlige antal berørte registreringer af personoplysninger", "Art. 33(3)(a)"},
	{"har forpligtet sig til fortrolighed eller er underlagt en passende lovbestemt tavshedspligt", "Art. 28(3)(b)"},
	{"risiciene af varierende sandsynlighed og alvor for fysiske personers rettigheder og frihedsrettigheder", "Art. 32(1)"},
	{"viser, at behandlingen vil føre til høj risiko i mangel af foranstaltninger truffet af den dataansvarlige for at begrænse risikoen", "Art. 36(1), checked at gdprinfo.eu/da/da-article-36"},
	{"med beaktande av typen av behandling och den information som personuppgiftsbiträdet har att tillgå", "Art. 28(3)(f)"},
	{"samt möjliggöra och bidra till granskningar, inbegripet inspektioner, som genomförs av den personuppgiftsansvarige eller av en annan revisor som bemyndigats av den personuppgiftsansvarige", "Art. 28(3)(h)"},
}

// knownCopies are catalogue texts allowed, for now, to share a run with a
// seed beyond the GDPR's own wording, each with the reason. It is empty, and
// may only shrink: a listed text that no longer shares a run fails the test.
var knownCopies = map[string]string{}

// seedDir finds the seed agreements, which live beside the repository and
// not in it: $DPAKIT_SEEDS, or shared/seeds beside the clone (CI) or beside
// the directory holding a git worktree.
func seedDir() string {
	if d := os.Getenv("DPAKIT_SEEDS"); d != "" {
		return d
	}
	for _, d := range []string{"../../shared/seeds", "../../../shared/seeds"} {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
	}
	return ""
}

// copyWords lower-cases s and keeps only its words: runs of letters and digits.
// Punctuation, hyphens and spaces all separate words.
func copyWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// shingles calls f with the hash and the text of every run of shingleLen
// consecutive words of ws.
func shingles(ws []string, f func(h uint64, run string)) {
	for i := 0; i+shingleLen <= len(ws); i++ {
		run := strings.Join(ws[i:i+shingleLen], " ")
		h := fnv.New64a()
		h.Write([]byte(run))
		f(h.Sum64(), run)
	}
}

// placeholderRE matches a catalogue placeholder; a run does not span one,
// since the program fills it with a value of its own.
var placeholderRE = regexp.MustCompile(`\{[A-Za-z][A-Za-z0-9]*\}`)

// copyText is one piece of the library's free text: where it is and what it says.
type copyText struct {
	where string
	text  string
}

// catalogueTexts are the translations of every catalogue language.
func catalogueTexts(t *testing.T) []copyText {
	files, err := filepath.Glob("locales/*/messages.gotext.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no catalogues: %v", err)
	}
	var out []copyText
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cat struct {
			Language string
			Messages []struct{ ID, Translation string }
		}
		if err := json.Unmarshal(b, &cat); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, m := range cat.Messages {
			for _, part := range placeholderRE.Split(m.Translation, -1) {
				out = append(out, copyText{cat.Language + " " + m.ID, part})
			}
		}
	}
	return out
}

// exampleTexts are the strings of every example agreement, named by file
// and JSON path; the Go examples are tested to equal them.
func exampleTexts(t *testing.T) []copyText {
	files, err := filepath.Glob("../examples/json/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example agreements: %v", err)
	}
	var out []copyText
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case string:
			out = append(out, copyText{path, v})
		case []any:
			for i, e := range v {
				walk(path+"/"+strconv.Itoa(i), e)
			}
		case map[string]any:
			for k, e := range v {
				walk(path+"/"+k, e)
			}
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		walk("examples/json/"+filepath.Base(f)+" ", v)
	}
	return out
}

// TestNothingCopied fails for any run of twelve words in a catalogue
// translation or an example agreement's text that also occurs in one of the
// seed agreements, unless the run is the GDPR's own wording (gdprWording).
// It names the text and the seed.
func TestNothingCopied(t *testing.T) {
	dir := seedDir()
	if dir == "" {
		t.Skip("seed agreements not found: set DPAKIT_SEEDS, or put shared/seeds beside the clone")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seed texts (*.txt) in %s", dir)
	}
	seeds := map[uint64]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		shingles(copyWords(string(b)), func(h uint64, _ string) {
			if _, ok := seeds[h]; !ok {
				seeds[h] = filepath.Base(f)
			}
		})
	}
	allowed := map[uint64]int{}
	for i, a := range gdprWording {
		if a.article == "" {
			t.Errorf("gdprWording[%d] names no article", i)
		}
		shingles(copyWords(a.words), func(h uint64, _ string) { allowed[h] = i })
	}
	used := make([]bool, len(gdprWording))

	texts := append(catalogueTexts(t), exampleTexts(t)...)
	copied := map[string]bool{}
	for _, c := range texts {
		_, known := knownCopies[c.where]
		reported := false
		shingles(copyWords(c.text), func(h uint64, run string) {
			seed, ok := seeds[h]
			if !ok {
				return
			}
			if i, ok := allowed[h]; ok {
				used[i] = true
				return
			}
			copied[c.where] = true
			if !reported && !known {
				t.Errorf("%s: %q is copied from seed %s", c.where, run, seed)
				reported = true
			}
		})
	}
	for where := range knownCopies {
		if !copied[where] {
			t.Errorf("%s is on knownCopies but shares no run with a seed any more; remove it", where)
		}
	}
	for i, u := range used {
		if !u && !t.Failed() {
			t.Errorf("gdprWording[%d] (%s) exempts nothing; remove it", i, gdprWording[i].article)
		}
	}
}
