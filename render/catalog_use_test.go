package render

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"strings"
	"testing"

	"github.com/dpakit/dpakit/internal/catalog"
)

// TestCatalogueKeysUsed reads render's source: every key of the catalogue
// is used (a text no clause shows is dead weight for translators), and a
// call that names a key directly passes as many arguments as the key has
// placeholders (so no slot is left unfilled, or an argument dropped).
func TestCatalogueKeysUsed(t *testing.T) {
	keys := map[string]key{}
	for k := key(1); k < numKeys; k++ {
		keys[catalog.KeyName(k.String())] = k
	}
	used := map[key]bool{}
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") || name == "catalog_gen.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				if k, ok := keys[n.Name]; ok {
					used[k] = true
				}
			case *ast.CallExpr:
				checkArgs(t, fset, keys, n)
			}
			return true
		})
	}
	for k := key(1); k < numKeys; k++ {
		if !used[k] {
			t.Errorf("%s (%s) is used by no clause", k, catalog.KeyName(k.String()))
		}
	}
}

// checkArgs checks a call of b.t, b.tspans, b.say, b.tcell or the measure
// table's add and every with a key constant.
func checkArgs(t *testing.T, fset *gotoken.FileSet, keys map[string]key, call *ast.CallExpr) {
	var fn string
	switch f := call.Fun.(type) {
	case *ast.SelectorExpr:
		fn = f.Sel.Name
	case *ast.Ident:
		fn = f.Name
	}
	at := map[string]int{"t": 0, "tspans": 0, "tcell": 0, "add": 0, "every": 0, "say": 1}
	i, ok := at[fn]
	if !ok || len(call.Args) <= i || call.Ellipsis.IsValid() {
		return
	}
	id, ok := call.Args[i].(*ast.Ident)
	if !ok {
		return
	}
	k, ok := keys[id.Name]
	if !ok {
		return
	}
	n := len(call.Args) - i - 1
	if fn == "every" {
		n = 1 // every(k, period) fills the one slot with the period
	}
	if want := len(keyArgs[k]); n != want {
		t.Errorf("%s: %s(%s) with %d arguments; %s has %d placeholders %v", fset.Position(call.Pos()), fn, id.Name, n, k, want, keyArgs[k])
	}
}
