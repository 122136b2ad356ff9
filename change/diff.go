package change

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/dpa"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Kind is the kind of a change.
type Kind string

// The kinds of change.
const (
	Added   Kind = "added"   // in the new version only; Path is its place there
	Removed Kind = "removed" // in the old version only; Path is its place there
	Changed Kind = "changed" // a different value at the same place
	Moved   Kind = "moved"   // the same list entry at another position; From is where it was
)

// Change is one difference between two versions.
type Change struct {
	// Path is the JSON Pointer of the change: in the new version, or in the
	// old one for a removal.
	Path string `json:"path"`
	// From is the JSON Pointer in the old version when it differs from
	// Path: where a moved entry was, or where a changed entry of a list
	// stood before the entries around it moved.
	From string `json:"from,omitzero"`
	// Kind says whether the value was added, removed, changed or moved.
	Kind Kind `json:"kind"`
	// Old is the old value as compact JSON; empty when added.
	Old jsontext.Value `json:"old,omitzero"`
	// New is the new value as compact JSON; empty when removed.
	New jsontext.Value `json:"new,omitzero"`
	// Class is what the change needs.
	Class Class `json:"class"`
	// Rule is the ID of the rule in [Rules] that classified it.
	Rule string `json:"rule"`
	// Ref is that rule's legal reference.
	Ref string `json:"ref"`
}

// Problem is something about the two versions that a reader of the changes
// must know: the new version does not say that it replaces the old one, or
// names another.
type Problem struct {
	// Code is one of the Problem codes.
	Code string `json:"code"`
	// Message says in English what is wrong.
	Message string `json:"message"`
}

// The codes of a [Problem].
const (
	// ReplacesMissing: the new version names no version it replaces.
	ReplacesMissing = "replaces-missing"
	// ReplacesOther: the new version says it replaces another version
	// (another version number or digest) than the old one given.
	ReplacesOther = "replaces-other"
)

// Report is what [Diff] finds.
type Report struct {
	// Old and New identify the two versions compared by id and version.
	// Old's digest is set when the new version names the digest of the
	// version it replaces, which Diff then checks; otherwise, and for New
	// always, the digest is left out: [dpa.Digest] gives it.
	Old dpa.Reference `json:"old"`
	New dpa.Reference `json:"new"`
	// Changes are every change, in the order of the fields and the lists
	// of the new version.
	Changes []Change `json:"changes"`
	// Problems are the doubts about the pair of versions; the changes are
	// still listed and classified.
	Problems []Problem `json:"problems,omitzero"`
	// Needs is the most demanding class among the changes; None without
	// changes.
	Needs Class `json:"needs"`

	old, new *dpa.Agreement
}

// Errors of [Diff].
var (
	// ErrNil: an agreement to compare is nil.
	ErrNil = errors.New("change: nil agreement")
	// ErrDifferentAgreements: the two versions have different ids, so they
	// are not versions of one agreement and their differences say nothing
	// about what a change needs.
	ErrDifferentAgreements = errors.New("change: the two agreements have different ids")
	// ErrDigestForm: a digest given to [DiffWithDigest] is not in the form
	// [dpa.Digest] gives.
	ErrDigestForm = errors.New("change: a digest is \"sha256:\" and 64 lower-case hexadecimal digits")
)

// keyed lists the lists whose entries are matched by a member rather than
// by equal values: Annex B's sub-processors, by id.
var keyed = map[string]string{"/annexes/b/entries": "id"}

// Diff compares two versions of an agreement and returns every change,
// classified by [Rules]. Both are compared in canonical form
// ([dpa.Agreement.Normalized]). Two agreements whose ids differ are
// [ErrDifferentAgreements]; a new version that does not name old as the
// version it replaces (by version and digest) gives a [Problem], and its
// changes are still listed.
func Diff(old, new *dpa.Agreement) (*Report, error) {
	return diff(old, "", new)
}

// DiffWithDigest is [Diff] for an old version whose digest the caller
// already holds. A contract system computes a version's digest once, when
// it stores the version ([dpa.Digest]), and keeps it beside it; giving it
// here spares Diff encoding and hashing the old version again to check the
// digest the new version names, which is most of Diff's cost
// (docs/lifecycle.md, "Diff and classification"). oldDigest must be the
// digest of old: DiffWithDigest trusts it and does not recompute it. A
// digest that is not in the form [dpa.Digest] gives ("sha256:" and 64
// lower-case hexadecimal digits) is [ErrDigestForm]; an empty oldDigest
// makes DiffWithDigest the same as Diff.
func DiffWithDigest(old *dpa.Agreement, oldDigest string, new *dpa.Agreement) (*Report, error) {
	if oldDigest != "" && !digestForm(oldDigest) {
		return nil, fmt.Errorf("%w: %q", ErrDigestForm, oldDigest)
	}
	return diff(old, oldDigest, new)
}

// digestForm reports whether d has the form of a digest [dpa.Digest]
// returns.
func digestForm(d string) bool {
	hex, ok := strings.CutPrefix(d, dpa.DigestPrefix)
	if !ok || len(hex) != 64 {
		return false
	}
	for i := range len(hex) {
		if c := hex[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// diff is Diff, with the old version's digest when the caller holds it.
func diff(old *dpa.Agreement, oldDigest string, new *dpa.Agreement) (*Report, error) {
	if old == nil || new == nil {
		return nil, ErrNil
	}
	old, new = old.Normalized(), new.Normalized()
	if old.ID != new.ID {
		return nil, fmt.Errorf("%w: %q and %q", ErrDifferentAgreements, old.ID, new.ID)
	}
	r := &Report{old: old, new: new, Needs: None,
		Old: dpa.Reference{ID: old.ID, Version: old.Version}, New: dpa.Reference{ID: new.ID, Version: new.Version}}
	switch rep := new.Replaces; {
	case rep == dpa.Reference{}:
		r.Problems = append(r.Problems, Problem{ReplacesMissing, "the new version does not name the version it replaces"})
	case rep.ID != r.Old.ID || rep.Version != r.Old.Version:
		r.Problems = append(r.Problems, Problem{ReplacesOther, fmt.Sprintf(
			"the new version replaces version %q, not version %q", rep.Version, r.Old.Version)})
	case rep.Digest != "":
		// The one digest Diff needs: the old version's, to check the one
		// the new version names.
		if r.Old.Digest = oldDigest; oldDigest == "" {
			var err error
			if r.Old.Digest, err = dpa.Digest(old); err != nil {
				return nil, err
			}
		}
		if rep.Digest != r.Old.Digest {
			r.Problems = append(r.Problems, Problem{ReplacesOther, fmt.Sprintf(
				"the new version replaces version %q with digest %q, not the one with digest %q", rep.Version, rep.Digest, r.Old.Digest)})
		}
	}
	d := differ{r: r, from: make([]byte, 0, 128), path: make([]byte, 0, 128)}
	ov, nv := reflect.ValueOf(old).Elem(), reflect.ValueOf(new).Elem()
	if err := d.walk(ov, nv, nodeOf(ov.Type())); err != nil {
		return nil, err
	}
	for i := range r.Changes {
		r.classify(&r.Changes[i])
		if r.Changes[i].Class.rank() > r.Needs.rank() {
			r.Needs = r.Changes[i].Class
		}
	}
	return r, nil
}

// classify sets the class of c by the first rule that matches it.
func (r *Report) classify(c *Change) {
	for i := range Rules {
		rule := &Rules[i]
		if len(rule.Kinds) > 0 && !slices.Contains(rule.Kinds, c.Kind) || !match(rule.Pattern, c.Path) {
			continue
		}
		if rule.Authorisation != "" && r.authorisation(c) != rule.Authorisation {
			continue
		}
		c.Class, c.Rule, c.Ref = rule.Class, rule.ID, rule.Ref
		return
	}
	c.Class, c.Rule = Amendment, "" // unreachable with Rules' catch-all; the safe class if a user shortens the table
}

// authorisation returns the authorisation of the sub-processor entry c
// is in: of the new version's entry, or the old one's for a removal;
// Unstated when it is not a valid one, or "" when c is not in an entry.
func (r *Report) authorisation(c *Change) annex.Authorisation {
	if r.old == nil || r.new == nil {
		return Unstated
	}
	const prefix = "/annexes/b/entries/"
	if !strings.HasPrefix(c.Path, prefix) {
		return ""
	}
	seg, _ := cut(c.Path[len(prefix):])
	i, err := strconv.Atoi(seg)
	a := r.new
	if c.Kind == Removed {
		a = r.old
	}
	if err != nil || i < 0 || i >= len(a.Annexes.B.Entries) {
		return Unstated
	}
	// The authorisation is the one the controller gave: the old version's
	// for an entry it had, the new version's for a new entry.
	b := a.Annexes.B
	e := b.Entries[i]
	if c.Kind != Added && c.Kind != Removed {
		if j, ok := r.oldIndex(e.ID); ok {
			b = r.old.Annexes.B
			e = b.Entries[j]
		}
	}
	if au := b.AuthorisationFor(e); au.Valid() {
		return au
	}
	return Unstated
}

// oldIndex returns the index of the old version's entry with the id.
func (r *Report) oldIndex(id string) (int, bool) {
	if id == "" {
		return 0, false
	}
	for i := range r.old.Annexes.B.Entries {
		e := &r.old.Annexes.B.Entries[i]
		if e.ID == id {
			return i, true
		}
	}
	return 0, false
}

// differ walks two versions side by side: their Go values (walk.go), and
// the JSON of a value with an encoding of its own.
type differ struct {
	r          *Report
	from, path []byte // the JSON Pointers of the values walked, in the old and the new version
}

// add records a change. Its values are compact JSON already: the encodings
// of encode, or parts of one, which members and elements copy.
func (d *differ) add(c Change) {
	if c.From == c.Path {
		c.From = ""
	}
	d.r.Changes = append(d.r.Changes, c)
}

// value compares the values at from (old) and path (new).
func (d *differ) value(from, path string, o, n jsontext.Value) error {
	if bytes.Equal(o, n) {
		return nil
	}
	ok, nk := o.Kind(), n.Kind()
	switch {
	case ok == '{' && nk == '{':
		return d.object(from, path, o, n)
	case ok == '[' && nk == '[':
		return d.array(from, path, o, n)
	}
	d.add(Change{Path: path, From: from, Kind: Changed, Old: o, New: n})
	return nil
}

type member struct {
	name string
	v    jsontext.Value
}

// members reads the members of an object, in order.
func members(v jsontext.Value) ([]member, error) {
	dec := jsontext.NewDecoder(bytes.NewReader(v))
	if _, err := dec.ReadToken(); err != nil {
		return nil, err
	}
	var out []member
	for dec.PeekKind() != '}' {
		t, err := dec.ReadToken()
		if err != nil {
			return nil, err
		}
		name := t.String()
		val, err := dec.ReadValue()
		if err != nil {
			return nil, err
		}
		out = append(out, member{name, val.Clone()}) // val is only valid until the next read
	}
	return out, nil
}

// elements reads the elements of an array, in order.
func elements(v jsontext.Value) ([]jsontext.Value, error) {
	dec := jsontext.NewDecoder(bytes.NewReader(v))
	if _, err := dec.ReadToken(); err != nil {
		return nil, err
	}
	var out []jsontext.Value
	for dec.PeekKind() != ']' {
		val, err := dec.ReadValue()
		if err != nil {
			return nil, err
		}
		out = append(out, val.Clone()) // val is only valid until the next read
	}
	return out, nil
}

// escape writes a member name as a JSON Pointer segment (RFC 6901).
func escape(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

func (d *differ) object(from, path string, o, n jsontext.Value) error {
	om, err := members(o)
	if err != nil {
		return err
	}
	nm, err := members(n)
	if err != nil {
		return err
	}
	olds := make(map[string]jsontext.Value, len(om))
	for _, m := range om {
		olds[m.name] = m.v
	}
	news := make(map[string]bool, len(nm))
	// Removed members first, in the old order, then the new members in
	// their order.
	for _, m := range nm {
		news[m.name] = true
	}
	for _, m := range om {
		if !news[m.name] {
			d.add(Change{Path: from + "/" + escape(m.name), Kind: Removed, Old: m.v})
		}
	}
	for _, m := range nm {
		seg := "/" + escape(m.name)
		ov, had := olds[m.name]
		if !had {
			d.add(Change{Path: path + seg, Kind: Added, New: m.v})
			continue
		}
		if err := d.value(from+seg, path+seg, ov, m.v); err != nil {
			return err
		}
	}
	return nil
}

// array matches the entries of two lists: by key for the keyed lists,
// else by equal values, the rest in order of position; entries matched at
// positions that break their relative order are moves.
func (d *differ) array(from, path string, o, n jsontext.Value) error {
	oe, err := elements(o)
	if err != nil {
		return err
	}
	ne, err := elements(n)
	if err != nil {
		return err
	}
	match := make([]int, len(ne)) // index into oe, or -1
	used := make([]bool, len(oe))
	for j := range match {
		match[j] = -1
	}
	if key, ok := keyed[path]; ok && from == path {
		okeys := make(map[string]int, len(oe))
		for i, v := range oe {
			if k := keyOf(v, key); k != "" {
				if _, dup := okeys[k]; !dup {
					okeys[k] = i
				}
			}
		}
		for j, v := range ne {
			if k := keyOf(v, key); k != "" {
				if i, ok := okeys[k]; ok && !used[i] {
					match[j], used[i] = i, true
				}
			}
		}
	} else {
		byValue := make(map[string][]int, len(oe))
		for i, v := range oe {
			byValue[string(v)] = append(byValue[string(v)], i)
		}
		for j, v := range ne {
			if q := byValue[string(v)]; len(q) > 0 {
				match[j], used[q[0]] = q[0], true
				byValue[string(v)] = q[1:]
			}
		}
		// Pair what is left in order: the k-th unmatched old entry with the
		// k-th unmatched new one, whose differences are then field changes.
		i := 0
		for j := range ne {
			if match[j] >= 0 {
				continue
			}
			for i < len(oe) && used[i] {
				i++
			}
			if i == len(oe) {
				break
			}
			match[j], used[i] = i, true
		}
	}
	stay := inOrder(match)
	for i, v := range oe {
		if !used[i] {
			d.add(Change{Path: from + "/" + strconv.Itoa(i), Kind: Removed, Old: v})
		}
	}
	for j, v := range ne {
		np := path + "/" + strconv.Itoa(j)
		i := match[j]
		if i < 0 {
			d.add(Change{Path: np, Kind: Added, New: v})
			continue
		}
		op := from + "/" + strconv.Itoa(i)
		if !stay[j] {
			d.add(Change{Path: np, From: op, Kind: Moved, Old: oe[i], New: v})
		}
		if err := d.value(op, np, oe[i], v); err != nil {
			return err
		}
	}
	return nil
}

// keyOf returns the string member key of an object, or "".
func keyOf(v jsontext.Value, key string) string {
	if v.Kind() != '{' {
		return ""
	}
	ms, err := members(v)
	if err != nil {
		return ""
	}
	for _, m := range ms {
		if m.name == key && m.v.Kind() == '"' {
			var s string
			if json.Unmarshal(m.v, &s) == nil {
				return s
			}
		}
	}
	return ""
}

// inOrder marks the matched new entries that keep their relative order:
// the longest increasing run of old indexes, in O(n log n). The others
// moved.
func inOrder(match []int) []bool {
	var tails []int // tails[k]: index j of the smallest tail of a run of length k+1
	prev := make([]int, len(match))
	for j, i := range match {
		prev[j] = -1
		if i < 0 {
			continue
		}
		k := sort.Search(len(tails), func(k int) bool { return match[tails[k]] >= i })
		if k > 0 {
			prev[j] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, j)
		} else {
			tails[k] = j
		}
	}
	stay := make([]bool, len(match))
	if len(tails) > 0 {
		for j := tails[len(tails)-1]; j >= 0; j = prev[j] {
			stay[j] = true
		}
	}
	return stay
}

// SubProcessor is a sub-processor that the new version adds, or an
// approved one whose legal entity, activity, locations or transfer basis it
// changes, and which therefore needs a notice or the controller's prior
// authorisation.
type SubProcessor struct {
	// Entry is its index in the new version's Annex B.
	Entry int
	// Replaced is the index in the old version's Annex B of the entry it
	// replaces: the one its Replaces names, or the same entry when it is an
	// approved entry that changed. -1 for a plain addition.
	Replaced int
	// Added says that the entry is new rather than changed.
	Added bool
	// Class is [Notice] or [PriorAuthorisation].
	Class Class
}

// SubProcessors returns the sub-processors whose changes need a notice or
// prior authorisation, in the order of the new version's Annex B. A nil
// Report has none. The last day and the exit terms of an entry that
// another entry of the new version replaces are told with that entry, so
// they do not make the entry that leaves one of its own.
func (r *Report) SubProcessors() []SubProcessor {
	if r == nil || r.new == nil || r.old == nil {
		return nil
	}
	const prefix = "/annexes/b/entries/"
	byEntry := map[int]int{} // entry → index in out
	var out []SubProcessor
	for _, c := range r.Changes {
		if c.Class != Notice && c.Class != PriorAuthorisation || !strings.HasPrefix(c.Path, prefix) || c.Kind == Removed {
			continue
		}
		seg, rest := cut(c.Path[len(prefix):])
		i, err := strconv.Atoi(seg)
		if err != nil || i < 0 || i >= len(r.new.Annexes.B.Entries) {
			continue
		}
		if k, seen := byEntry[i]; seen {
			if c.Class.rank() > out[k].Class.rank() {
				out[k].Class = c.Class
			}
			continue
		}
		e := r.new.Annexes.B.Entries[i]
		if (rest == "/until" || strings.HasPrefix(rest, "/exit")) && r.replacedInNew(e.ID) {
			continue
		}
		s := SubProcessor{Entry: i, Replaced: -1, Added: rest == "" && c.Kind == Added, Class: c.Class}
		if s.Added {
			if j, ok := r.oldIndex(e.Replaces); ok {
				s.Replaced = j
			}
		} else if j, ok := r.oldIndex(e.ID); ok {
			s.Replaced = j
		}
		byEntry[i] = len(out)
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b SubProcessor) int { return a.Entry - b.Entry })
	return out
}

// replacedInNew reports whether an entry of the new version's Annex B
// names the entry with the given id as the one it replaces.
func (r *Report) replacedInNew(id string) bool {
	if id == "" {
		return false
	}
	for ne := range r.new.Annexes.B.Entries {
		e := &r.new.Annexes.B.Entries[ne]
		if e.Replaces == id {
			return true
		}
	}
	return false
}

// Versions returns the two versions compared, in canonical form; nil for
// a nil Report.
func (r *Report) Versions() (old, new *dpa.Agreement) {
	if r == nil {
		return nil, nil
	}
	return r.old, r.new
}
