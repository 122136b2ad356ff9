// Package enum is the one lookup behind every enum of dpakit.
//
// An enum is a typed string with a definitions table beside its constants,
// as in gobl: one row per value with its id, its name in each language and,
// where it helps, a description and a legal reference. Each enum has the
// same three methods, written once here:
//
//	func (l Level) Def() (LevelDef, bool)       // the value's row
//	func (l Level) Valid() bool                 // whether the value has a row
//	func (l Level) In(lang i18n.Lang) string    // its name in lang
//
// A package keeps its exported table (security.Levels) and declares an
// unexported [Table] built from it when the package initialises:
//
//	var levels = enum.New(Levels, func(d *LevelDef) Level { return d.ID },
//		func(d *LevelDef) i18n.Text { return d.Name })
//
//	func (l Level) Def() (LevelDef, bool)       { return levels.Def(l) }
//	func (l Level) Valid() bool                 { return levels.Valid(l) }
//	func (l Level) In(lang i18n.Lang) string    { return levels.In(l, lang) }
//
// Rows that carry nothing but an id, a name, a description and a reference
// use [Def], under an alias in the enum's package (type StatusDef =
// enum.Def[Status]). No lookup allocates.
package enum

import (
	"slices"

	"github.com/dpakit/dpakit/i18n"
)

// Def is a row of a definitions table with nothing beyond the common
// columns. Packages expose it under an alias such as dpa.StatusDef.
type Def[K ~string] struct {
	ID          K         // the value, as written in JSON
	Name        i18n.Text // short name, as a choice in a form or an argument of a message
	Description i18n.Text // help text for the value; may be empty
	Ref         string    // legal reference, such as "GDPR Art. 28(2)"; may be empty
}

// Table is a package's definitions table ready for lookup: a copy of the
// rows D, each with an id of type K and a name, made when the package
// initialises. Changing the package's exported slice afterwards changes
// neither Def, Valid nor In, as a caller changing security.Catalogue could
// not change security.IDs before.
type Table[K ~string, D any] struct {
	rows  []D
	ids   []K
	names []i18n.Text
}

// New returns the Table of a copy of the rows defs, with id and name
// reading a row's id and name.
func New[K ~string, D any](defs []D, id func(*D) K, name func(*D) i18n.Text) Table[K, D] {
	t := Table[K, D]{rows: slices.Clone(defs), ids: make([]K, len(defs)), names: make([]i18n.Text, len(defs))}
	for i := range t.rows {
		t.ids[i], t.names[i] = id(&t.rows[i]), name(&t.rows[i])
	}
	return t
}

// Of returns the Table of rows of type [Def].
func Of[K ~string](defs []Def[K]) Table[K, Def[K]] {
	return New(defs, func(d *Def[K]) K { return d.ID }, func(d *Def[K]) i18n.Text { return d.Name })
}

// find returns the index of the row of k, or -1. The tables are short
// (at most 17 rows), so a scan of the ids is as fast as a map.
func (t *Table[K, D]) find(k K) int {
	for i, id := range t.ids {
		if id == k {
			return i
		}
	}
	return -1
}

// Def returns the row of k, and false when the table has none.
func (t *Table[K, D]) Def(k K) (D, bool) {
	if i := t.find(k); i >= 0 {
		return t.rows[i], true
	}
	var zero D
	return zero, false
}

// Valid reports whether the table has a row for k.
func (t *Table[K, D]) Valid(k K) bool { return t.find(k) >= 0 }

// In returns the name of k in language l, falling back to English and then
// to the other languages ([i18n.Text.Get]). A value without a row, or
// whose row has no name, is returned as it is written, so that a message
// argument never comes out blank.
func (t *Table[K, D]) In(k K, l i18n.Lang) string {
	if i := t.find(k); i >= 0 {
		if s, _ := t.names[i].Get(l, i18n.EN); s != "" {
			return s
		}
	}
	return string(k)
}

// IDs returns the ids of every row, in table order. The slice is the
// caller's to keep.
func (t *Table[K, D]) IDs() []K { return slices.Clone(t.ids) }
