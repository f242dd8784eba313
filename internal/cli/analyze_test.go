package cli

import (
	"errors"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"
)

// markFact marks a function whose name starts with "Mark", or that calls a
// marked function: a fact that must cross packages, also through a package
// outside the patterns.
type markFact struct{ Via string }

func (*markFact) AFact() {}

// undeclaredFact is a fact type no analyzer declares; otherFact is one
// that only the analyzer exporting undeclaredFact declares.
type undeclaredFact struct{}

func (*undeclaredFact) AFact() {}

type otherFact struct{}

func (*otherFact) AFact() {}

// writeModule writes files (path -> content) below a new directory.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// loadRoots loads patterns in dir as the command does.
func loadRoots(t *testing.T, dir string, patterns ...string) []*packages.Package {
	t.Helper()
	return loadRootsMode(t, dir, loadMode, patterns...)
}

// streamRoots loads patterns in dir as the command does by default:
// metadata, then a type-check of each package before its analysis.
func streamRoots(t *testing.T, dir string, patterns ...string) ([]*packages.Package, *streamLoader) {
	t.Helper()
	pkgs := loadRootsMode(t, dir, metaMode, patterns...)
	l, ok := newStreamLoader(pkgs)
	if !ok {
		t.Fatalf("streaming load of %v refused", patterns)
	}
	return pkgs, l
}

// markAnalyzer exports markFact for marked functions and reports every
// call of a function that carries the fact, with the fact's origin.
func markAnalyzer() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:      "mark",
		Doc:       "test analyzer: marks functions and reports calls of marked functions",
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(markFact)},
		// Like cryptolint's analyzers: a package with a type error is
		// analyzed, and so are its importers.
		RunDespiteErrors: true,
		Run: func(p *analysis.Pass) (any, error) {
			in := p.ResultOf[inspect.Analyzer].(*inspector.Inspector)
			for cur := range in.Root().Preorder((*ast.FuncDecl)(nil)) {
				decl := cur.Node().(*ast.FuncDecl)
				fn := p.TypesInfo.Defs[decl.Name].(*types.Func)
				if strings.HasPrefix(fn.Name(), "Mark") {
					p.ExportObjectFact(fn, &markFact{Via: fn.FullName()})
				}
				for call := range cur.Preorder((*ast.CallExpr)(nil)) {
					sel, ok := call.Node().(*ast.CallExpr).Fun.(*ast.SelectorExpr)
					if !ok {
						continue
					}
					callee, ok := p.TypesInfo.Uses[sel.Sel].(*types.Func)
					var f markFact
					if ok && p.ImportObjectFact(callee, &f) {
						p.ReportRangef(call.Node(), "calls %s, marked by %s", callee.Name(), f.Via)
						p.ExportObjectFact(fn, &markFact{Via: f.Via})
					}
				}
			}
			return nil, nil
		},
	}
}

// TestAnalyzeFactsAcrossPackages checks that facts reach the roots that
// import a package, also through a dependency outside the patterns, that
// each root is analyzed after the roots below it, and that syntax and type
// information are released.
func TestAnalyzeFactsAcrossPackages(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod":      "module example.com/m\n\ngo 1.26.0\n",
		"a/a.go":      "package a\n\nfunc MarkA() {}\n\nfunc Plain() {}\n",
		"b/b.go":      "package b\n\nimport \"example.com/m/a\"\n\nfunc Wrap() { a.MarkA() }\n",
		"c/c.go":      "package c\n\nimport (\n\t\"example.com/m/a\"\n\t\"example.com/m/b\"\n)\n\nfunc C() {\n\ta.MarkA()\n\ta.Plain()\n\tb.Wrap()\n}\n",
		"d/d.go":      "package d\n\nimport \"example.com/m/c\"\n\nfunc D() { c.C() }\n",
		"other/o.go":  "package other\n\nfunc MarkO() {}\n",
		"other2/o.go": "package other2\n\nimport \"example.com/m/other\"\n\nfunc O() { other.MarkO() }\n",
	})
	// b is not a root: c sees a's fact directly, not b's (b is not analyzed).
	pkgs := loadRoots(t, dir, "./a", "./c", "./d", "./other", "./other2")
	acts, err := analyze([]*analysis.Analyzer{markAnalyzer()}, pkgs, nil, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, act := range acts {
		if act.err != nil {
			t.Errorf("%s: %v", act.pkg.PkgPath, act.err)
		}
		for _, d := range act.diagnostics {
			p := act.pkg.Fset.Position(d.Pos)
			got = append(got, fmt.Sprintf("%s:%d: %s", filepath.Base(p.Filename), p.Line, d.Message))
		}
	}
	slices.Sort(got)
	want := []string{
		"c.go:9: calls MarkA, marked by example.com/m/a.MarkA",
		"d.go:5: calls C, marked by example.com/m/a.MarkA",
		"o.go:5: calls MarkO, marked by example.com/m/other.MarkO",
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, p := range pkgs {
		if p.Syntax != nil || p.TypesInfo != nil {
			t.Errorf("%s: syntax or type information kept after analysis", p.PkgPath)
		}
		if p.Types == nil {
			t.Errorf("%s: types released", p.PkgPath)
		}
	}
}

// TestAnalyzeFailures checks that an analyzer's error is reported for the
// package where it happened only, that the packages importing it are still
// analyzed, that analyzers requiring a failed one fail with its cause, and
// that an undeclared fact type panics (a CL004 error once guarded).
func TestAnalyzeFailures(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.26.0\n",
		"a/a.go": "package a\n\nfunc MarkA() {}\n",
		"c/c.go": "package c\n\nimport \"example.com/m/a\"\n\nfunc C() { a.MarkA() }\n",
	})
	pkgs := loadRoots(t, dir, "./...")
	failing := &analysis.Analyzer{
		Name: "failing",
		Doc:  "test analyzer: fails on package a",
		Run: func(p *analysis.Pass) (any, error) {
			if p.Pkg.Name() == "a" {
				return nil, errors.New("boom")
			}
			return nil, nil
		},
	}
	dependent := &analysis.Analyzer{
		Name:     "dependent",
		Doc:      "test analyzer: requires failing",
		Requires: []*analysis.Analyzer{failing},
		Run:      func(p *analysis.Pass) (any, error) { return nil, nil },
	}
	undeclared := &analysis.Analyzer{
		Name:      "undeclared",
		Doc:       "test analyzer: exports a fact type it does not declare",
		FactTypes: []analysis.Fact{new(otherFact)},
		Run: func(p *analysis.Pass) (any, error) {
			p.ExportObjectFact(p.Pkg.Scope().Lookup(p.Pkg.Scope().Names()[0]), new(undeclaredFact))
			return nil, nil
		},
	}
	acts, err := analyze(guarded([]*analysis.Analyzer{markAnalyzer(), failing, dependent, undeclared}), pkgs, nil, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, act := range acts {
		line := act.analyzer.Name + "@" + act.pkg.PkgPath + ":"
		if act.err != nil {
			line += " error: " + act.err.Error()
		}
		for _, d := range act.diagnostics {
			line += " " + d.Message
		}
		got = append(got, line)
	}
	slices.Sort(got)
	want := []string{
		"dependent@example.com/m/a: error: boom",
		"dependent@example.com/m/c:",
		"failing@example.com/m/a: error: boom",
		"failing@example.com/m/c:",
		"mark@example.com/m/a:",
		"mark@example.com/m/c: calls MarkA, marked by example.com/m/a.MarkA",
	}
	for i, line := range got {
		if strings.HasPrefix(line, "undeclared@") {
			if !strings.Contains(line, "CL004 internal error: panic while analyzing") ||
				!strings.Contains(line, "fact type *cli.undeclaredFact is not declared in undeclared's FactTypes") {
				t.Errorf("undeclared fact: %s", line)
			}
			got[i] = ""
		}
	}
	got = slices.DeleteFunc(got, func(s string) bool { return s == "" })
	if !slices.Equal(got, want) {
		t.Errorf("actions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestResolveURL checks diagnostic addresses: the category as an anchor of
// the analyzer's URL, or the diagnostic's own URL resolved against it.
func TestResolveURL(t *testing.T) {
	a := &analysis.Analyzer{Name: "x", URL: "https://example.com/docs/rules.md#x"}
	for _, tc := range []struct {
		d    analysis.Diagnostic
		want string
	}{
		{analysis.Diagnostic{Category: "CL201"}, "https://example.com/docs/rules.md#CL201"},
		{analysis.Diagnostic{URL: "other.md#y", Category: "CL201"}, "https://example.com/docs/other.md#y"},
		{analysis.Diagnostic{}, "https://example.com/docs/rules.md#x"},
	} {
		if got, err := resolveURL(a, tc.d); err != nil || got != tc.want {
			t.Errorf("resolveURL(%+v) = %q, %v; want %q", tc.d, got, err, tc.want)
		}
	}
	if got, err := resolveURL(&analysis.Analyzer{Name: "y"}, analysis.Diagnostic{}); got != "" || err != nil {
		t.Errorf("no URLs: got %q, %v", got, err)
	}
}

// TestStreamingLoad checks the metadata-only load with type-checking just
// before analysis: a root importing a dependency outside the patterns that
// itself imports a root sees one package for it (no "cannot use a.T as
// a.T"), parse and type errors are recorded as go/packages records them,
// and the findings are those of go/packages' full load.
func TestStreamingLoad(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.26.0\n",
		"a/a.go": "package a\n\ntype T struct{ N int }\n\nfunc MarkUse(T) {}\n",
		"b/b.go": "package b\n\nimport \"example.com/m/a\"\n\nfunc Make() a.T { return a.T{N: 1} }\n",
		"c/c.go": "package c\n\nimport (\n\t\"example.com/m/a\"\n\t\"example.com/m/b\"\n)\n\nfunc C() { a.MarkUse(b.Make()) }\n",
		"e/e.go": "package e\n\nvar X int = \"not an int\"\n",
		"f/f.go": "package f\n\nfunc F( {\n",
		// g does not type-check, so h (not asked for) has no export data:
		// it is type-checked from source, and i can use it.
		"g/g.go": "package g\n\nvar Bad int = \"x\"\n\nfunc MarkG() {}\n",
		"h/h.go": "package h\n\nimport \"example.com/m/g\"\n\nfunc H() int { g.MarkG(); return 1 }\n",
		"i/i.go": "package i\n\nimport \"example.com/m/h\"\n\nfunc I() int { return h.H() + 1 }\n",
	})
	patterns := []string{"./a", "./c", "./e", "./f", "./g", "./i"}
	run := func(streaming bool) (diags, errs []string) {
		var pkgs, hidden []*packages.Package
		var prepare func(*packages.Package)
		if streaming {
			var l *streamLoader
			pkgs, l = streamRoots(t, dir, patterns...)
			prepare, hidden = l.check, l.hiddenPackages()
		} else {
			pkgs = loadRootsMode(t, dir, loadMode, patterns...)
			hidden = hiddenPackages(pkgs)
		}
		if len(hidden) != 2 {
			t.Errorf("hidden packages %v, want b and h", hidden)
		}
		acts, err := analyze([]*analysis.Analyzer{markAnalyzer()}, pkgs, hidden, 2, prepare)
		if err != nil {
			t.Fatal(err)
		}
		for _, act := range acts {
			for _, d := range act.diagnostics {
				p := act.pkg.Fset.Position(d.Pos)
				diags = append(diags, fmt.Sprintf("%s:%d: %s", filepath.Base(p.Filename), p.Line, d.Message))
			}
		}
		for _, e := range packageErrors(pkgs, dir) {
			if !strings.HasPrefix(e.Message, "# ") { // the compiler's copy of the same errors
				errs = append(errs, e.String())
			}
		}
		slices.Sort(errs)
		return diags, errs
	}
	diags, errs := run(true)
	wantDiags := []string{
		"c.go:8: calls MarkUse, marked by example.com/m/a.MarkUse",
		// h is analyzed for facts, with its body (go/packages' full load
		// ignores the bodies of such packages, so checker had no fact).
		"i.go:5: calls H, marked by example.com/m/g.MarkG",
	}
	wantErrs := []string{
		filepath.FromSlash("e/e.go:3:13") + ": cannot use \"not an int\" (untyped string constant) as int value in variable declaration",
		filepath.FromSlash("f/f.go:3:9") + ": expected ')', found '{'",
	}
	for _, e := range errs {
		if strings.Contains(e, "i.go") || strings.Contains(e, "could not import") {
			t.Errorf("error in i, which uses a package between it and a broken root: %s", e)
		}
	}
	slices.Sort(diags)
	if !slices.Equal(diags, wantDiags) || !slices.Contains(errs, wantErrs[0]) || !slices.Contains(errs, wantErrs[1]) {
		t.Errorf("streaming load:\ndiagnostics %q\nwant %q\nerrors %q\nwant %q", diags, wantDiags, errs, wantErrs)
	}
	fullDiags, fullErrs := run(false)
	if !slices.Equal(diags[:1], fullDiags) || !slices.Equal(errs, fullErrs) {
		t.Errorf("streaming and full load differ:\n%q / %q\n%q / %q", diags, fullDiags, errs, fullErrs)
	}
}

// loadRootsMode loads patterns in dir with mode.
func loadRootsMode(t *testing.T, dir string, mode packages.LoadMode, patterns ...string) []*packages.Package {
	t.Helper()
	pkgs, err := packages.Load(&packages.Config{Mode: mode, Dir: dir}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

// TestStreamingLoadUnsafe checks that a package without files to parse
// (unsafe, asked for by `cryptolint std`) still has type information for
// analyzers that read it unconditionally.
func TestStreamingLoadUnsafe(t *testing.T) {
	dir := writeModule(t, map[string]string{"go.mod": "module example.com/m\n\ngo 1.26.0\n"})
	pkgs, l := streamRoots(t, dir, "unsafe")
	if len(pkgs) != 1 {
		t.Fatalf("load of unsafe: %d packages", len(pkgs))
	}
	reads := &analysis.Analyzer{
		Name: "reads",
		Doc:  "test analyzer: reads the type information",
		Run: func(p *analysis.Pass) (any, error) {
			_ = len(p.TypesInfo.Types) + len(p.Files)
			return nil, nil
		},
	}
	acts, err := analyze(guarded([]*analysis.Analyzer{reads}), pkgs, l.hiddenPackages(), 1, l.check)
	if err != nil || len(acts) != 1 || acts[0].err != nil {
		t.Fatalf("analyze: %v, %v", err, acts)
	}
}

// TestHiddenFactsOnly checks that the packages analyzed only for their
// facts (here the module's packages outside the pattern) run the
// analyzers with facts, not the others, and that their facts reach the
// package asked for.
func TestHiddenFactsOnly(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.26.0\n",
		"a/a.go": "package a\n\nfunc MarkA() {}\n",
		"b/b.go": "package b\n\nimport \"example.com/m/a\"\n\nfunc Wrap() { a.MarkA() }\n",
		"c/c.go": "package c\n\nimport \"example.com/m/b\"\n\nfunc C() { b.Wrap() }\n",
	})
	pkgs, l := streamRoots(t, dir, "./c")
	var mu sync.Mutex
	var ran []string
	plain := &analysis.Analyzer{
		Name: "plain",
		Doc:  "test analyzer without facts: records where it runs",
		Run: func(p *analysis.Pass) (any, error) {
			mu.Lock()
			defer mu.Unlock()
			ran = append(ran, p.Pkg.Path())
			return nil, nil
		},
	}
	acts, err := analyze([]*analysis.Analyzer{markAnalyzer(), plain}, pkgs, l.hiddenPackages(), 2, l.check)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ran, []string{"example.com/m/c"}) {
		t.Errorf("analyzer without facts ran on %v, want only example.com/m/c", ran)
	}
	var got []string
	for _, act := range acts {
		for _, d := range act.diagnostics {
			got = append(got, act.pkg.PkgPath+": "+d.Message)
		}
	}
	if want := []string{"example.com/m/c: calls Wrap, marked by example.com/m/a.MarkA"}; !slices.Equal(got, want) {
		t.Errorf("diagnostics %q, want %q", got, want)
	}
}
