package cli

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"

	"github.com/cryptolint/cryptolint/internal/mongoapi"
)

// Streaming load. go/packages, asked for syntax and types, parses and
// type-checks every root package before returning, so all their syntax
// trees and type information are in memory at once (about 80% of the live
// heap after loading a 100k-line module), and stay there until analysis.
// The command instead asks go/packages for metadata only (files, imports,
// export data files of dependencies) and parses and type-checks each root
// just before its analysis (analyze.go), which releases it right after:
// at any time only the packages being analyzed have syntax. The standard
// library and other modules come from export data, as with go/packages;
// the main module's other packages are type-checked from source too, for
// their facts (streamLoader.hidden).
//
// It follows go/packages' loadPackage and loadFromExportData: one
// types.Package is created upfront for every package in the import graph,
// and export data is read with a view of the package's own dependencies
// (export data names packages by path, and with test variants one path
// names several packages of the graph), so that reading export data never
// creates a second package for one that is type-checked from source; those
// are complete before the export data of any dependency that mentions them
// is read, because analyze starts a package only after the packages below
// it.

// hiddenPackages returns the packages that are analyzed for their facts
// only (see analyze).
func (l *streamLoader) hiddenPackages() []*packages.Package { return l.hidden }

// metaMode asks go/packages for what the streaming load needs.
const metaMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedExportFile |
	packages.NeedTypesSizes | packages.NeedModule

// streamLoader type-checks the roots and hidden packages of a
// metadata-only load on demand, and reads the others' export data.
type streamLoader struct {
	fset  *token.FileSet
	roots map[*packages.Package]bool
	// hidden are the packages outside the patterns that are analyzed for
	// their facts only (their diagnostics are dropped):
	//   - the packages of the main module (the user's own wrappers, as go
	//     vet analyzes them: cryptolint ./svc sees the repository package
	//     that svc calls);
	//   - packages of other modules that import the MongoDB driver (a
	//     company's or a project's own wrapper library, such as
	//     openimsdk/tools' mongoutil): their wrappers' facts are what makes
	//     the writes through them visible;
	//   - packages that import a root and are imported by one: go/packages
	//     type-checks them from source (their export data may be missing
	//     when the root is broken), and checker analyzes them.
	// Unlike go/packages, they are checked with their function bodies: a
	// wrapper's fact is in its body, and analyzers given syntax expect it
	// to be typed.
	hidden []*packages.Package
	source map[*packages.Package]bool // roots and hidden

	exportMu sync.Mutex                  // guards export data reads and loadErr
	loadErr  map[*packages.Package]error // export data that could not be read
}

// newStreamLoader prepares the packages of a metadata-only load. It
// reports false when a package has no path, which export data cannot name.
func newStreamLoader(roots []*packages.Package) (*streamLoader, bool) {
	l := &streamLoader{
		fset:    token.NewFileSet(),
		roots:   make(map[*packages.Package]bool, len(roots)),
		source:  make(map[*packages.Package]bool, len(roots)),
		loadErr: make(map[*packages.Package]error),
	}
	for _, p := range roots {
		l.roots[p] = true
		l.source[p] = true
	}
	// reachesRoot memoizes whether a package imports a root, transitively.
	reachesRoot := make(map[*packages.Package]bool)
	var reaches func(p *packages.Package) bool
	reaches = func(p *packages.Package) bool {
		if r, ok := reachesRoot[p]; ok {
			return r
		}
		reachesRoot[p] = false // an import cycle, reported by go/packages
		r := false
		for _, imp := range p.Imports {
			if reaches(imp) || l.roots[imp] {
				r = true
			}
		}
		reachesRoot[p] = r
		return r
	}
	ok := true
	packages.Visit(roots, nil, func(p *packages.Package) {
		if !l.roots[p] && (reaches(p) || p.Module != nil && p.Module.Main || wrapsDriver(p)) {
			l.hidden = append(l.hidden, p)
			l.source[p] = true
		}
		if p.PkgPath == "" {
			ok = false
			return
		}
		if p.PkgPath == "unsafe" {
			p.Types = types.Unsafe
		} else {
			p.Types = types.NewPackage(p.PkgPath, p.Name)
		}
		p.Fset = l.fset
	})
	return l, ok
}

// check parses and type-checks a root or hidden package, recording its
// errors as go/packages does. The packages it imports that are roots or
// hidden must have been checked.
func (l *streamLoader) check(p *packages.Package) {
	if !l.source[p] {
		return
	}
	// Analyzers may read type information of a package without files.
	p.TypesInfo = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	if p.Types == types.Unsafe {
		return // no syntax, as with go/packages
	}
	if len(p.CompiledGoFiles) == 0 && p.ExportFile != "" {
		appendError(p, packages.Error{Pos: "-", Msg: fmt.Sprintf("sources missing for package %s", p.ID), Kind: packages.ParseError})
		l.exportMu.Lock()
		defer l.exportMu.Unlock()
		l.readExport(p) // as go/packages, ignoring a second error
		return
	}
	for _, name := range p.CompiledGoFiles {
		f, err := parser.ParseFile(l.fset, name, nil, parser.AllErrors|parser.ParseComments)
		if err != nil {
			appendError(p, err)
		}
		if f != nil {
			p.Syntax = append(p.Syntax, f)
		}
	}
	tc := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) { return l.importFor(p, path) }),
		Error:    func(err error) { appendError(p, err) },
		Sizes:    p.TypesSizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	err := types.NewChecker(tc, l.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	if err != nil && len(p.Errors) == 0 {
		appendError(p, err) // an error not passed to tc.Error
	}
	p.IllTyped = len(p.Errors) > 0
	l.exportMu.Lock()
	defer l.exportMu.Unlock()
	for _, imp := range p.Imports {
		if imp.IllTyped || l.loadErr[imp] != nil {
			p.IllTyped = true
		}
	}
}

// importFor resolves an import of package p: a root's own types, checked
// before p, or a dependency's export data.
func (l *streamLoader) importFor(p *packages.Package, path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	imp := p.Imports[path]
	if imp == nil {
		return nil, fmt.Errorf("no metadata for %s", path)
	}
	if l.source[imp] {
		return imp.Types, nil
	}
	l.exportMu.Lock()
	defer l.exportMu.Unlock()
	if imp.Types.Complete() {
		return imp.Types, nil
	}
	if err := l.loadErr[imp]; err != nil {
		return nil, err
	}
	err := l.readExport(imp)
	if err != nil {
		l.loadErr[imp] = err
		imp.Errors = append(imp.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		return nil, err
	}
	return imp.Types, nil
}

// readExport reads a dependency's export data into its types.Package.
func (l *streamLoader) readExport(p *packages.Package) error {
	if p.ExportFile == "" {
		return fmt.Errorf("no export data file") // go list reported why
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return err
	}
	defer f.Close()
	// Until Go 1.28, go list -export names the compiler's archive files,
	// which only NewReader reads (go/packages reads them the same way).
	//lint:ignore SA1019 Read alone rejects the archives of Go 1.26 and 1.27
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	// The view: every package the export data may name, by path.
	view := map[string]*types.Package{p.PkgPath: p.Types}
	seen := make(map[*packages.Package]bool)
	var visit func(imports map[string]*packages.Package)
	visit = func(imports map[string]*packages.Package) {
		for _, q := range imports {
			if !seen[q] {
				seen[q] = true
				view[q.PkgPath] = q.Types
				visit(q.Imports)
			}
		}
	}
	visit(p.Imports)
	n := len(view)
	tpkg, err := gcexportdata.Read(r, l.fset, view, p.PkgPath)
	if err != nil {
		return fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	delete(view, "go.shape") // instantiation shapes, allowed as by go/packages
	if tpkg != p.Types || len(view) != n {
		return fmt.Errorf("export data of %s names packages outside the import graph", p.PkgPath)
	}
	return nil
}

// appendError records an error of a root package in go/packages' form.
func appendError(p *packages.Package, err error) {
	switch err := err.(type) {
	case packages.Error:
		p.Errors = append(p.Errors, err)
	case *os.PathError:
		p.Errors = append(p.Errors, packages.Error{Pos: err.Path + ":1", Msg: err.Err.Error(), Kind: packages.ParseError})
	case scanner.ErrorList:
		for _, e := range err {
			p.Errors = append(p.Errors, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
		}
	case types.Error:
		p.TypeErrors = append(p.TypeErrors, err)
		p.Errors = append(p.Errors, packages.Error{Pos: err.Fset.Position(err.Pos).String(), Msg: err.Msg, Kind: packages.TypeError})
	default:
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
	}
}

// driverModules are the driver module paths, the defaults and the forks
// recognised by their layout, for wrapsDriver.
var driverModules mongoapi.Modules

// wrapsDriver reports whether p, a package outside the driver and the
// libraries the analyzers know by table, imports a package of the driver:
// a wrapper library whose functions are writes for their callers.
func wrapsDriver(p *packages.Package) bool {
	if driverModules.IsDriverPackage(p.PkgPath) {
		return false
	}
	for path := range p.Imports {
		if driverModules.IsDriverPackage(path) {
			return true
		}
	}
	return false
}
