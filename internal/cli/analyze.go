package cli

import (
	"errors"
	"fmt"
	"go/types"
	"net/url"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// This file is the command's analysis driver. It runs the analyzers on the
// packages asked for (the roots) and on the hidden packages analyzed for
// their facts only, in import order, a few packages at a time, and
// releases each package's syntax, type information and analyzer results as
// soon as its analysis is done.
//
// x/tools' checker.Analyze would do the same work, but it starts every
// action at once and keeps every pass (syntax, inspector tables, facts
// copied into each action) until the run ends, which roughly doubled the
// peak memory of loading and type-checking the code (docs/performance.md).
// The driver differs from it in three ways that are deliberate:
//   - facts live in one store keyed by object: the analyzed packages share
//     their *types.Package values, so no copy per importing package is
//     needed; the standard library and other modules come from export data
//     and are not analyzed, as under go vet (vetx.go);
//   - an analyzer that fails on a package does not fail the packages that
//     import it: they are analyzed without the failed package's facts, and
//     the failure is reported once, for the package where it happened;
//   - exporting or importing a fact of a type the analyzer does not declare
//     in FactTypes panics (becoming a CL004 error), as it would in go vet,
//     where facts are serialized, instead of working only in process.

// action is the outcome of one analyzer on one package.
type action struct {
	analyzer    *analysis.Analyzer
	pkg         *packages.Package
	diagnostics []analysis.Diagnostic
	err         error
}

// analyze runs analyzers (and the analyzers they require) on pkgs and
// returns one action per requested analyzer and package, in the order of
// pkgs, followed by the failed actions on hidden packages. The hidden
// packages (not asked for: the main module's other packages, and packages
// between two of pkgs; see load.go) are analyzed too, by the analyzers with
// facts only; their diagnostics are dropped, their errors (a panic, CL004)
// are not. At most parallel packages are analyzed at once (GOMAXPROCS when
// parallel < 1).
// When prepare is not nil, it is called for each package just before its
// analysis, after the packages it imports (the streaming load type-checks
// it there). After the call, the packages' Syntax and TypesInfo are nil.
func analyze(analyzers []*analysis.Analyzer, pkgs, hidden []*packages.Package, parallel int, prepare func(*packages.Package)) ([]*action, error) {
	if err := analysis.Validate(analyzers); err != nil {
		return nil, err
	}
	if parallel < 1 {
		parallel = runtime.GOMAXPROCS(0)
	}
	for _, a := range analyzers {
		// The whole-program step runs: analyzers that defer findings to it
		// (plaintextsecret's -program) may.
		if fl := a.Flags.Lookup("program"); fl != nil {
			if err := fl.Value.Set("true"); err != nil {
				return nil, err
			}
		}
	}
	d := &driver{
		order:     requiredFirst(analyzers),
		factOrder: requiredFirst(slices.DeleteFunc(slices.Clone(analyzers), func(a *analysis.Analyzer) bool { return len(a.FactTypes) == 0 })),
		requested: analyzers,
		facts:     newFactStore(),
	}
	all := slices.Concat(pkgs, hidden)
	waitFor := rootImports(all)
	done := make(map[*packages.Package]chan struct{}, len(all))
	for _, p := range all {
		done[p] = make(chan struct{})
	}
	sem := make(chan struct{}, parallel)
	out := make([][]*action, len(all))
	var wg sync.WaitGroup
	for i, p := range all {
		wg.Go(func() {
			defer close(done[p])
			for _, dep := range waitFor[p] {
				<-done[dep] // its facts and types first
			}
			sem <- struct{}{}
			defer func() { <-sem }()
			if prepare != nil {
				prepare(p)
			}
			out[i] = d.analyzePackage(p, i >= len(pkgs))
		})
	}
	wg.Wait()
	d.linkProgram()
	acts := slices.Concat(out[:len(pkgs)]...)
	for _, act := range slices.Concat(out[len(pkgs):]...) {
		if act.err != nil {
			act.diagnostics = nil
			acts = append(acts, act)
		}
	}
	return acts, nil
}

// hiddenPackages returns the packages of a go/packages load that have
// syntax but were not asked for (see analyze).
func hiddenPackages(roots []*packages.Package) []*packages.Package {
	isRoot := make(map[*packages.Package]bool, len(roots))
	for _, p := range roots {
		isRoot[p] = true
	}
	var out []*packages.Package
	packages.Visit(roots, nil, func(p *packages.Package) {
		if !isRoot[p] && p.Syntax != nil {
			out = append(out, p)
		}
	})
	return out
}

// driver is the state shared by the analyses of all packages.
type driver struct {
	order     []*analysis.Analyzer // requested and required, each after its requirements
	factOrder []*analysis.Analyzer // the same for the requested analyzers with facts
	requested []*analysis.Analyzer
	facts     *factStore

	mu      sync.Mutex
	summary map[*analysis.Analyzer][]summary // per analyzer taking part in the whole-program step
}

// programLinker is the result of an analyzer that takes part in the
// command's whole-program step: a summary of one package. LinkProgram is
// called once, on one of them, with every package's summary (the analyzed
// packages and those analyzed for facts only, sorted by package ID); it
// returns, for each, the findings that need the whole program (an
// interface implemented in a package the caller does not import, a
// function that nothing in the program calls). go vet and golangci-lint
// see the package alone and never call it.
type programLinker interface {
	LinkProgram(all []any) [][]analysis.Diagnostic
}

// summary is one package's whole-program summary; act is nil for a
// package analyzed for its facts only, whose findings are not reported.
type summary struct {
	id  string
	res programLinker
	act *action
}

// linkProgram runs the whole-program step of each analyzer that has one
// and adds its findings to the actions of the analyzed packages.
func (d *driver) linkProgram() {
	for _, a := range d.requested {
		sums := d.summary[a]
		if len(sums) == 0 {
			continue
		}
		slices.SortStableFunc(sums, func(x, y summary) int { return strings.Compare(x.id, y.id) })
		all := make([]any, len(sums))
		for i, s := range sums {
			all[i] = s.res
		}
		found := sums[0].res.LinkProgram(all)
		for i, s := range sums {
			if s.act == nil || i >= len(found) {
				continue
			}
			for _, diag := range found[i] {
				u, err := resolveURL(a, diag)
				if err != nil {
					s.act.err = err
					break
				}
				diag.URL = u
				s.act.diagnostics = append(s.act.diagnostics, diag)
			}
		}
	}
}

// requiredFirst returns the analyzers and everything they require, each
// after the analyzers it requires.
func requiredFirst(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	var order []*analysis.Analyzer
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		order = append(order, a)
	}
	for _, a := range analyzers {
		visit(a)
	}
	return order
}

// rootImports returns, for each package to analyze (roots here), the other
// roots it imports directly or through packages that are not analyzed (a
// dependency outside the patterns can import an analyzed package). Their
// facts and types must be complete before the package is analyzed.
func rootImports(roots []*packages.Package) map[*packages.Package][]*packages.Package {
	isRoot := make(map[*packages.Package]bool, len(roots))
	for _, p := range roots {
		isRoot[p] = true
	}
	// reached memoizes, for packages that are not roots, the roots below them.
	reached := make(map[*packages.Package][]*packages.Package)
	visiting := make(map[*packages.Package]bool)
	var below func(p *packages.Package) []*packages.Package
	below = func(p *packages.Package) []*packages.Package {
		var out []*packages.Package
		for _, imp := range p.Imports {
			if isRoot[imp] {
				out = append(out, imp)
				continue
			}
			if r, ok := reached[imp]; ok {
				out = append(out, r...)
				continue
			}
			if visiting[imp] {
				continue // an import cycle, reported by go/packages
			}
			visiting[imp] = true
			r := below(imp)
			visiting[imp] = false
			reached[imp] = r
			out = append(out, r...)
		}
		slices.SortFunc(out, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
		return slices.Compact(out)
	}
	deps := make(map[*packages.Package][]*packages.Package, len(roots))
	for _, p := range roots {
		visiting[p] = true
		deps[p] = slices.DeleteFunc(below(p), func(q *packages.Package) bool { return q == p })
		visiting[p] = false
	}
	// Drop the edges that close a cycle (go/packages reports import
	// cycles as errors), so that no package waits for itself.
	const onStack, finished = 1, 2
	state := make(map[*packages.Package]int, len(roots))
	var dfs func(p *packages.Package)
	dfs = func(p *packages.Package) {
		state[p] = onStack
		kept := deps[p][:0]
		for _, q := range deps[p] {
			if state[q] == onStack {
				continue
			}
			if state[q] == 0 {
				dfs(q)
			}
			kept = append(kept, q)
		}
		deps[p] = kept
		state[p] = finished
	}
	for _, p := range roots {
		if state[p] == 0 {
			dfs(p)
		}
	}
	return deps
}

// analyzePackage runs every analyzer (only those with facts, and what they
// require, when factsOnly) on one package, then releases the
// package's syntax and type information: nothing later needs them, and the
// types (shared with the packages that import it) stay.
func (d *driver) analyzePackage(p *packages.Package, factsOnly bool) []*action {
	order := d.order
	if factsOnly {
		order = d.factOrder // as unitchecker does for go vet's facts-only requests
	}
	results := make(map[*analysis.Analyzer]any, len(order))
	failed := make(map[*analysis.Analyzer]error)
	acts := make(map[*analysis.Analyzer]*action, len(order))
	for _, a := range order {
		act := &action{analyzer: a, pkg: p}
		acts[a] = act
		for _, req := range a.Requires {
			if err := failed[req]; err != nil {
				act.err = err // the cause, not "failed prerequisites"
				break
			}
		}
		if act.err == nil {
			if p.IllTyped && !a.RunDespiteErrors {
				act.err = errors.New("analysis skipped due to errors in package")
			} else {
				results[a], act.err = d.run(act, results)
				if l, ok := results[a].(programLinker); ok && act.err == nil {
					s := summary{id: p.ID, res: l}
					if !factsOnly {
						s.act = act
					}
					d.mu.Lock()
					if d.summary == nil {
						d.summary = make(map[*analysis.Analyzer][]summary)
					}
					d.summary[a] = append(d.summary[a], s)
					d.mu.Unlock()
				}
			}
		}
		if act.err != nil {
			failed[a] = act.err
		}
	}
	p.Syntax, p.TypesInfo = nil, nil
	var out []*action
	for _, a := range d.requested {
		if act := acts[a]; act != nil {
			out = append(out, act)
		}
	}
	return out
}

// run runs one analyzer on the action's package with the results of the
// analyzers it requires.
func (d *driver) run(act *action, results map[*analysis.Analyzer]any) (any, error) {
	a, p := act.analyzer, act.pkg
	inputs := make(map[*analysis.Analyzer]any, len(a.Requires))
	for _, req := range a.Requires {
		inputs[req] = results[req]
	}
	var mu sync.Mutex
	pass := &analysis.Pass{
		Analyzer:     a,
		Fset:         p.Fset,
		Files:        p.Syntax,
		OtherFiles:   p.OtherFiles,
		IgnoredFiles: p.IgnoredFiles,
		Pkg:          p.Types,
		TypesInfo:    p.TypesInfo,
		TypesSizes:   p.TypesSizes,
		TypeErrors:   p.TypeErrors,
		Module:       analysisModule(p.Module),
		ResultOf:     inputs,
		Report: func(diag analysis.Diagnostic) {
			mu.Lock()
			defer mu.Unlock()
			act.diagnostics = append(act.diagnostics, diag)
		},
	}
	d.facts.bind(pass, p)
	pass.ReadFile = func(name string) ([]byte, error) {
		if !slices.Contains(p.CompiledGoFiles, name) && !slices.Contains(p.GoFiles, name) &&
			!slices.Contains(p.OtherFiles, name) && !slices.Contains(p.IgnoredFiles, name) {
			return nil, fmt.Errorf("Pass.ReadFile: %s is not a file of package %s", name, p.PkgPath)
		}
		return os.ReadFile(name)
	}
	res, err := a.Run(pass)
	if err != nil {
		return nil, err
	}
	if got, want := reflect.TypeOf(res), a.ResultType; got != want {
		return nil, fmt.Errorf("internal error: analyzer %s returned a result of type %v on %s, but declares %v", a.Name, got, p.PkgPath, want)
	}
	for i := range act.diagnostics {
		u, err := resolveURL(a, act.diagnostics[i])
		if err != nil {
			return nil, err
		}
		act.diagnostics[i].URL = u
	}
	return res, nil
}

// resolveURL returns a diagnostic's documentation address: its URL, or
// "#<category>", resolved against the analyzer's URL, as go/analysis
// drivers do.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) (string, error) {
	if d.URL == "" && d.Category == "" && a.URL == "" {
		return "", nil
	}
	ref := d.URL
	if ref == "" && d.Category != "" {
		ref = "#" + d.Category
	}
	u, err := url.Parse(ref)
	if err != nil {
		return "", fmt.Errorf("analyzer %s: invalid diagnostic URL %q: %v", a.Name, ref, err)
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", fmt.Errorf("analyzer %s: invalid URL %q: %v", a.Name, a.URL, err)
	}
	return base.ResolveReference(u).String(), nil
}

// analysisModule converts the package's module for Pass.Module.
func analysisModule(m *packages.Module) *analysis.Module {
	if m == nil {
		return &analysis.Module{} // not nil: analyzers may read it unconditionally
	}
	out := &analysis.Module{
		Path:      m.Path,
		Version:   m.Version,
		Time:      m.Time,
		Main:      m.Main,
		Indirect:  m.Indirect,
		Dir:       m.Dir,
		GoMod:     m.GoMod,
		GoVersion: m.GoVersion,
	}
	if m.Replace != nil {
		out.Replace = analysisModule(m.Replace)
	}
	if m.Error != nil {
		out.Error = &analysis.ModuleError{Err: m.Error.Err}
	}
	return out
}

// factStore holds the facts of all analyzers on all packages. Packages
// are analyzed after the roots they import, so a fact is written before
// any package that can name its object reads it.
type factStore struct {
	mu       sync.RWMutex
	objects  map[objectFactKey]analysis.Fact
	packages map[packageFactKey]analysis.Fact
}

type objectFactKey struct {
	a   *analysis.Analyzer
	obj types.Object
	typ reflect.Type
}

type packageFactKey struct {
	a   *analysis.Analyzer
	pkg *types.Package
	typ reflect.Type
}

func newFactStore() *factStore {
	return &factStore{
		objects:  make(map[objectFactKey]analysis.Fact),
		packages: make(map[packageFactKey]analysis.Fact),
	}
}

// bind sets the fact functions of a pass over package p.
func (s *factStore) bind(pass *analysis.Pass, p *packages.Package) {
	a := pass.Analyzer
	pass.ImportObjectFact = func(obj types.Object, ptr analysis.Fact) bool {
		if obj == nil {
			panic("ImportObjectFact: nil object")
		}
		return lookupFact(&s.mu, s.objects, objectFactKey{a, obj, declaredFact(a, ptr, "ImportObjectFact")}, ptr)
	}
	pass.ExportObjectFact = func(obj types.Object, f analysis.Fact) {
		if obj == nil || obj.Pkg() != pass.Pkg {
			panic(fmt.Sprintf("ExportObjectFact(%v, %T): the object does not belong to package %s", obj, f, pass.Pkg.Path()))
		}
		storeFact(&s.mu, s.objects, objectFactKey{a, obj, declaredFact(a, f, "ExportObjectFact")}, f)
	}
	pass.ImportPackageFact = func(pkg *types.Package, ptr analysis.Fact) bool {
		if pkg == nil {
			panic("ImportPackageFact: nil package")
		}
		return lookupFact(&s.mu, s.packages, packageFactKey{a, pkg, declaredFact(a, ptr, "ImportPackageFact")}, ptr)
	}
	pass.ExportPackageFact = func(f analysis.Fact) {
		storeFact(&s.mu, s.packages, packageFactKey{a, pass.Pkg, declaredFact(a, f, "ExportPackageFact")}, f)
	}
	pass.AllObjectFacts = func() []analysis.ObjectFact {
		visible := dependencies(p)
		s.mu.RLock()
		defer s.mu.RUnlock()
		var out []analysis.ObjectFact
		for k, f := range s.objects {
			if k.a == a && visible[k.obj.Pkg()] && (k.obj.Pkg() == pass.Pkg || exportedFrom(k.obj)) {
				out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
		return out
	}
	pass.AllPackageFacts = func() []analysis.PackageFact {
		visible := dependencies(p)
		s.mu.RLock()
		defer s.mu.RUnlock()
		var out []analysis.PackageFact
		for k, f := range s.packages {
			if k.a == a && visible[k.pkg] {
				out = append(out, analysis.PackageFact{Package: k.pkg, Fact: f})
			}
		}
		return out
	}
}

// lookupFact copies the fact stored under key into ptr, and reports
// whether there was one.
func lookupFact[K comparable](mu *sync.RWMutex, m map[K]analysis.Fact, key K, ptr analysis.Fact) bool {
	mu.RLock()
	f, ok := m[key]
	mu.RUnlock()
	if ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
	}
	return ok
}

// storeFact stores f under key.
func storeFact[K comparable](mu *sync.RWMutex, m map[K]analysis.Fact, key K, f analysis.Fact) {
	mu.Lock()
	m[key] = f
	mu.Unlock()
}

// declaredFact returns the type of fact, and panics when the analyzer does
// not declare it: go vet serializes only declared fact types.
func declaredFact(a *analysis.Analyzer, f analysis.Fact, op string) reflect.Type {
	t := reflect.TypeOf(f)
	for _, d := range a.FactTypes {
		if reflect.TypeOf(d) == t {
			return t
		}
	}
	panic(fmt.Sprintf("%s: fact type %v is not declared in %s's FactTypes", op, t, a.Name))
}

// dependencies returns the types of p and of every package it imports,
// transitively, from the import graph of the load (which, unlike
// types.Package.Imports of packages read from export data, does not change
// while other packages are loaded).
func dependencies(p *packages.Package) map[*types.Package]bool {
	seen := map[*types.Package]bool{}
	packages.Visit([]*packages.Package{p}, nil, func(q *packages.Package) {
		if q.Types != nil {
			seen[q.Types] = true
		}
	})
	return seen
}

// exportedFrom reports whether a fact about obj, of another package, is
// visible to its importers, as x/tools' checker filters inherited facts:
// exported package-level functions, methods, variables, types and
// constants.
func exportedFrom(obj types.Object) bool {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Exported() || obj.Signature().Recv() != nil
	case *types.Var, *types.TypeName, *types.Const:
		return true
	}
	return false
}
