package enum_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/annex"
	"github.com/dpakit/dpakit/civil"
	"github.com/dpakit/dpakit/dpa"
	"github.com/dpakit/dpakit/i18n"
	"github.com/dpakit/dpakit/internal/terms"
	"github.com/dpakit/dpakit/org"
	"github.com/dpakit/dpakit/security"
	"github.com/dpakit/dpakit/transfer"
)

// root is the module root, seen from this package's directory.
const root = "../.."

// value is what every enum of dpakit has: a string type with Valid, In and
// Def reading its definitions table of rows D.
type value[D any] interface {
	~string
	Valid() bool
	In(i18n.Lang) string
	Def() (D, bool)
}

// table is one definitions table under test.
type table struct {
	typ   reflect.Type // the enum type
	check func(t *testing.T, consts []string)
}

// tableOf describes the table rows of the enum K, whose rows give their id
// with id and their name with name.
func tableOf[D any, K value[D]](rows []D, id func(D) K, name func(D) i18n.Text) table {
	return table{typ: reflect.TypeFor[K](), check: func(t *testing.T, consts []string) {
		ids := map[K]bool{}
		names := map[i18n.Lang]map[string]K{}
		for i, d := range rows {
			k := id(d)
			switch {
			case k == "":
				t.Errorf("row %d has an empty id", i)
			case ids[k]:
				t.Errorf("id %q is defined twice", k)
			}
			ids[k] = true
			if !k.Valid() {
				t.Errorf("%q.Valid() = false for a row of the table", k)
			}
			if def, ok := k.Def(); !ok || id(def) != k {
				t.Errorf("%q.Def() = %v, %v; want its own row", k, id(def), ok)
			}
			for _, l := range i18n.Langs {
				s := name(d).In(l)
				switch {
				case strings.TrimSpace(s) == "":
					t.Errorf("%q has no name in %s", k, l)
				case s == string(k):
					t.Errorf("%q is named by its id in %s: a name is for people", k, l)
				case strings.TrimSpace(s) != s || strings.Contains(s, "  "):
					t.Errorf("%q in %s has stray spaces: %q", k, l, s)
				}
				if got := k.In(l); got != s {
					t.Errorf("%q.In(%s) = %q; want the table's name %q", k, l, got, s)
				}
				if names[l] == nil {
					names[l] = map[string]K{}
				}
				if other, dup := names[l][s]; dup && s != "" {
					t.Errorf("%q and %q share the name %q in %s: a form could not tell them apart", other, k, s, l)
				}
				names[l][s] = k
			}
		}
		var offered []K
		for _, v := range terms.Values(terms.TypeOf[K]()) {
			offered = append(offered, K(v.ID))
			if d, ok := K(v.ID).Def(); ok && v.Title != name(d) {
				t.Errorf("the catalogue titles %q %v, the table names it %v", v.ID, v.Title, name(d))
			}
		}
		var rowIDs []K
		for _, d := range rows {
			rowIDs = append(rowIDs, id(d))
		}
		if _, absent := notInSchema[typeName(reflect.TypeFor[K]())]; absent {
			if offered != nil {
				t.Errorf("the term catalogue offers %q: remove the enum from notInSchema", offered)
			}
		} else if !slices.Equal(offered, rowIDs) {
			t.Errorf("the term catalogue (and so the schema) offers %q, the table defines %q", offered, rowIDs)
		}
		for _, c := range consts {
			if !ids[K(c)] {
				t.Errorf("the constant %q has no row in the table", c)
			}
		}
		const stranger = "not-a-value-of-any-enum"
		var x K = stranger
		if x.Valid() {
			t.Errorf("%q.Valid() = true for a value without a row", x)
		}
		if _, ok := x.Def(); ok {
			t.Errorf("%q.Def() found a row", x)
		}
		if got := x.In(i18n.SV); got != stranger {
			t.Errorf("%q.In(sv) = %q; want the value as written", x, got)
		}
	}}
}

// defs describes a table of the common rows of package enum.
func defs[D interface {
	~struct {
		ID          K
		Name        i18n.Text
		Description i18n.Text
		Ref         string
	}
}, K value[D]](rows []D) table {
	type row = struct {
		ID          K
		Name        i18n.Text
		Description i18n.Text
		Ref         string
	}
	return tableOf(rows, func(d D) K { return row(d).ID }, func(d D) i18n.Text { return row(d).Name })
}

// kinds describes a table of annex.Kind rows for the enum K.
func kinds[K value[annex.Kind]](rows []annex.Kind) table {
	return tableOf(rows, func(d annex.Kind) K { return K(d.ID) }, func(d annex.Kind) i18n.Text { return d.Name })
}

// tables lists every enum of dpakit with its definitions table.
var tables = []table{
	defs(civil.Units),
	defs(org.ContactRoles),
	tableOf(org.Schemes, func(d org.SchemeDef) org.Scheme { return d.ID }, func(d org.SchemeDef) i18n.Text { return d.Name }),
	tableOf(security.Levels, func(d security.LevelDef) security.Level { return d.ID }, func(d security.LevelDef) i18n.Text { return d.Name }),
	tableOf(security.SubjectBands, func(d security.SubjectBandDef) security.SubjectBand { return d.ID }, func(d security.SubjectBandDef) i18n.Text { return d.Name }),
	defs(security.AuditForms),
	defs(security.LogFields),
	defs(security.Catalogue),
	defs(transfer.Mechanisms),
	defs(transfer.InstructionKinds),
	defs(transfer.Conditions),
	defs(transfer.Organisations),
	kinds[annex.OrdinaryData](annex.OrdinaryKinds),
	kinds[annex.SpecialCategory](annex.SpecialKinds),
	kinds[annex.ConfidentialData](annex.ConfidentialKinds),
	kinds[annex.Costs](annex.CostKinds),
	kinds[annex.AuditRole](annex.AuditRoles),
	tableOf(security.AuditPolicies, func(d security.AuditPolicyDef) security.AuditPolicy { return d.ID }, func(d security.AuditPolicyDef) i18n.Text { return d.Name }),
	defs(annex.Authorisations),
	defs(annex.ObjectionGroundsKinds),
	defs(annex.ObjectionExits),
	defs(annex.ExitActions),
	defs(dpa.Statuses),
	defs(dpa.Templates),
	defs(dpa.TermKinds),
	defs(dpa.Precedences),
	defs(dpa.Confidentialities),
	defs(dpa.BreachKinds),
	defs(dpa.EndActions),
	defs(dpa.LiabilityBases),
	defs(security.Bounds),
	defs(dpa.Exposures),
	defs(dpa.TerminationNotices),
	defs(dpa.ReturnFormats),
	defs(dpa.AssistanceWorks),
	defs(dpa.Payees),
}

// notTables are the string types of the model packages that have typed
// constants but no definitions table, each with the reason.
var notTables = map[string]string{
	"i18n.Lang":            "below the mechanism: internal/enum imports i18n; Lang.Name is its own name in its own language",
	"finding.Severity":     "a finding's severity, not a choice of the model",
	"finding.Code":         "finding codes are defined by finding.Def values",
	"dpa.Code":             "finding.Code under its dpa name; the codes are defined by finding.Def values",
	"security.ProblemCode": "problem codes are defined by their problem table",
	"render.Format":        "an output format of the renderer, not a value of an agreement",
	"render.Annex":         "an annex the renderer writes, not a value of an agreement",
}

// notInSchema are the enums with a table that no field of an agreement
// holds, so that the term catalogue and the schema do not offer them.
var notInSchema = map[string]string{
	"transfer.Condition": "a condition of an adequacy decision, which the library's data holds",
}

// catalogueOnly are the enums of the term catalogue without a definitions
// table, with the reason.
var catalogueOnly = map[string]string{
	"i18n.Lang":        "below the mechanism; the catalogue holds its names",
	"transfer.Country": "249 codes named from CLDR (transfer.Country.In), checked by transfer's TestISOCodes",
}

// TestTables checks every definitions table: ids unique and not empty,
// every constant of the enum's type in its package has a row, Valid and Def
// find every row and nothing else, In gives the row's name, every row has a
// name in every language that is not its id and that no other row of the
// table has, and the term catalogue (which the schema is generated from)
// offers exactly the table's rows, in order, under the table's names.
func TestTables(t *testing.T) {
	consts := enumConsts(t)
	for _, tb := range tables {
		name := typeName(tb.typ)
		t.Run(name, func(t *testing.T) {
			c, ok := consts[name]
			if !ok {
				t.Fatalf("no constant of type %s in its package: is the package path right?", name)
			}
			tb.check(t, c)
		})
	}
	for _, k := range terms.Enums() {
		if _, own := catalogueOnly[string(k)]; !own && !slices.ContainsFunc(tables, func(tb table) bool { return typeName(tb.typ) == string(k) }) {
			t.Errorf("the term catalogue has the enum %s, which has no entry in tables", k)
		}
	}
	for name := range consts {
		_, reason := notTables[name]
		if !reason && !slices.ContainsFunc(tables, func(tb table) bool { return typeName(tb.typ) == name }) {
			t.Errorf("%s has constants but no entry in tables: give it a definitions table and list it here", name)
		}
	}
}

// typeName returns "pkg.Type" for a named type.
func typeName(t reflect.Type) string { return path.Base(t.PkgPath()) + "." + t.Name() }

// enumConsts parses the model packages and returns, by "pkg.Type", the
// values of every string constant declared with an explicit named type.
func enumConsts(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, pkg := range []string{"civil", "i18n", "finding", "org", "security", "transfer", "annex", "dpa", "profile", "render"} {
		files, err := filepath.Glob(filepath.Join(root, pkg, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("package %s: no Go files (%v)", pkg, err)
		}
		fset := token.NewFileSet()
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parser.ParseFile(fset, file, src, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, decl := range f.Decls {
				g, ok := decl.(*ast.GenDecl)
				if !ok || g.Tok != token.CONST {
					continue
				}
				for _, spec := range g.Specs {
					vs := spec.(*ast.ValueSpec)
					typ, ok := vs.Type.(*ast.Ident)
					if !ok {
						continue
					}
					for _, v := range vs.Values {
						lit, ok := v.(*ast.BasicLit)
						if !ok || lit.Kind != token.STRING {
							continue
						}
						s, err := strconv.Unquote(lit.Value)
						if err != nil {
							t.Fatal(err)
						}
						key := pkg + "." + typ.Name
						out[key] = append(out[key], s)
					}
				}
			}
		}
	}
	return out
}
