package apitest

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
)

// libraryPackages are the packages whose exported API the tests cover,
// relative to the module root: the library, not cmd, internal or examples.
var libraryPackages = []string{"civil", "civil/holiday", "i18n", "finding", "org", "security", "transfer", "annex", "dpa", "profile", "render", "dpa/dpatest", "change", "render/docx", "render/pdf"}

// calls maps an exported function or method, named "pkg.Func" or
// "pkg.Type.Method", to a func that calls it with nil and zero values. A
// name may carry a variant after '#' ("render.Render#nil-writer") when one
// function is called in several ways that may fail on their own; every
// variant counts for the function. Each package's entries are in its own
// file, calls_<pkg>_test.go, with "/" in the package path written "_"
// (calls_dpa_dpatest_test.go); names use the package's last element
// ("dpatest.Has").
type calls map[string]func()

// allCalls merges the per-package tables.
func allCalls(t *testing.T) calls {
	t.Helper()
	all := calls{}
	for _, c := range []calls{civilCalls, holidayCalls, i18nCalls, findingCalls, orgCalls, securityCalls, transferCalls,
		annexCalls, dpaCalls, profileCalls, renderCalls, dpatestCalls, changeCalls, docxCalls, pdfCalls} {
		for name, f := range c {
			if _, dup := all[name]; dup {
				t.Errorf("%s is in two tables", name)
			}
			all[name] = f
		}
	}
	return all
}

// knownPanics are calls that panic today because of a defect in a package
// that another branch owns: fixed there in parallel, or reported and not
// yet fixed. Each value names the defect. TestNilAndZero logs them without
// failing, and fails once one no longer panics, so that the integrator
// removes the entry after merging the fix: the set may only shrink. It is
// empty: no exported function or method panics on nil or zero input.
var knownPanics = map[string]string{}

// TestNilAndZero calls every entry of the call tables and fails, naming
// the function, for each that panics.
func TestNilAndZero(t *testing.T) {
	all := allCalls(t)
	for _, name := range slices.Sorted(maps.Keys(all)) {
		panicked, value, stack := run(all[name])
		defect, known := knownPanics[name]
		switch {
		case panicked && known:
			t.Logf("%s panics (known: %s): %v", name, defect, value)
		case panicked:
			t.Errorf("%s panics: %v\n%s", name, value, stack)
		case known:
			t.Errorf("%s no longer panics; remove it from knownPanics (%s)", name, defect)
		}
	}
	for name := range knownPanics {
		if _, ok := all[name]; !ok {
			t.Errorf("knownPanics names %s, which no call table has", name)
		}
	}
}

// run calls f and reports whether it panicked, with what and where.
func run(f func()) (panicked bool, value any, stack string) {
	defer func() {
		if v := recover(); v != nil {
			if _, stop := v.(fatal); stop {
				return // a dpatest helper stopped through fakeTB.Fatal, as it should
			}
			panicked, value, stack = true, v, string(debug.Stack())
		}
	}()
	f()
	return false, nil, ""
}

// TestCallListComplete parses the exported API of the library packages,
// the functions and the methods of exported types, and fails naming each
// that no call table covers, and each table entry that names no function.
func TestCallListComplete(t *testing.T) {
	api, err := exportedAPI(filepath.Join("..", ".."), libraryPackages)
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for name := range allCalls(t) {
		base, _, _ := strings.Cut(name, "#")
		covered[base] = true
		if !slices.Contains(api, base) {
			t.Errorf("the call table has %s, which is not an exported function or method of %v", name, libraryPackages)
		}
	}
	for _, name := range api {
		if !covered[name] {
			t.Errorf("%s is not called by TestNilAndZero: add it to %s", name, callsFile(name[:strings.IndexByte(name, '.')]))
		}
	}
	if len(api) < 200 {
		t.Errorf("only %d exported functions and methods found; is the parser looking in the right place?", len(api))
	}
}

// exportedAPI lists, sorted, the exported functions ("pkg.Func", pkg the last
// element of the package path) and the
// exported methods of exported types ("pkg.Type.Method") of the packages
// under root, as the go command builds them here: test files and files
// excluded by build constraints are left out.
func exportedAPI(root string, pkgs []string) ([]string, error) {
	var out []string
	fset := token.NewFileSet()
	for _, pkg := range pkgs {
		dir := filepath.Join(root, pkg)
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
				continue
			}
			if ok, err := build.Default.MatchFile(dir, name); err != nil || !ok {
				continue
			}
			f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
			if err != nil {
				return nil, err
			}
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || !fd.Name.IsExported() {
					continue
				}
				if fd.Recv == nil {
					out = append(out, path.Base(pkg)+"."+fd.Name.Name)
					continue
				}
				typ := receiverType(fd.Recv.List[0].Type)
				if typ == "" || !ast.IsExported(typ) {
					continue
				}
				out = append(out, fmt.Sprintf("%s.%s.%s", path.Base(pkg), typ, fd.Name.Name))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// receiverType returns the name of a method's receiver type: T for T, *T,
// T[P] and *T[P, Q].
func receiverType(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// callsFile names the file that holds the calls of the package whose last
// path element is base.
func callsFile(base string) string {
	for _, p := range libraryPackages {
		if path.Base(p) == base {
			return "calls_" + strings.ReplaceAll(p, "/", "_") + "_test.go"
		}
	}
	return "calls_" + base + "_test.go"
}

// use takes any results, so that a call's results are used: some of the
// calls are of pure functions, whose results a linter would otherwise
// see discarded.
func use(...any) {}
