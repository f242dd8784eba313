package cli

import (
	"fmt"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/cryptolint/cryptolint/internal/rules"
)

// loadMode is go/packages' full load, the fallback when the streaming load
// (load.go, metaMode) cannot represent the import graph: syntax and types
// of the root packages, dependencies from export data.
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedTypes | packages.NeedTypesSizes |
	packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule

// run loads the packages, analyzes them and writes the report.
func run(analyzers []*analysis.Analyzer, o *options, stdout, stderr io.Writer) int {
	cwd := o.dir
	rep := &Report{SchemaVersion: SchemaVersion, Tool: Tool{Name: "cryptolint", Version: Version()}}

	analyzers = o.selectAnalyzers(analyzers)
	tests := wantTests(analyzers)
	pkgs, hidden, prepare, err := load(o, tests)
	if err != nil {
		fmt.Fprintf(stderr, "cryptolint: %v\n", err)
		return ExitError
	}
	fileTests, err := checkConfigs(pkgs, analyzers, cwd)
	if err != nil {
		fmt.Fprintf(stderr, "cryptolint: %v\n", err)
		return ExitError
	}
	if fileTests && !tests { // a configuration file asks for test files
		if pkgs, hidden, prepare, err = load(o, true); err != nil {
			fmt.Fprintf(stderr, "cryptolint: %v\n", err)
			return ExitError
		}
	}
	for _, note := range nestedModules(cwd, o.patterns) {
		fmt.Fprintf(stderr, "cryptolint: note: %s\n", note)
	}
	if len(pkgs) == 0 {
		rep.Errors = append(rep.Errors, LoadError{Message: fmt.Sprintf("no packages matched %s", strings.Join(o.patterns, " "))})
	}

	for _, a := range analyzers {
		if p := rules.PolicyOf(a); p != nil {
			p.UnusedIgnores = p.UnusedIgnores || o.unusedIgnores
			p.EmitSuppressed = p.EmitSuppressed || o.format == "sarif" // shown as suppressed results
		}
	}
	actions, err := analyze(guarded(analyzers), pkgs, hidden, 0, prepare)
	if err != nil {
		fmt.Fprintf(stderr, "cryptolint: %v\n", err)
		return ExitError
	}
	rep.Errors = append(packageErrors(pkgs, cwd), rep.Errors...) // parse and type errors are known now
	seen := make(map[string]bool)
	for _, act := range actions {
		if act.err != nil && !act.pkg.IllTyped {
			le := LoadError{Package: act.pkg.PkgPath, Message: fmt.Sprintf("%s: %v", act.analyzer.Name, act.err)}
			if !slices.Contains(rep.Errors, le) {
				rep.Errors = append(rep.Errors, le)
			}
		}
		for _, d := range act.diagnostics {
			f := newFinding(act.pkg.Fset, act.analyzer, d, cwd)
			overrideSeverity(&f, cwd)
			if r := rules.ByID(f.Rule); r == nil || !o.ruleSelected(r, f.severity, act.analyzer.Name) {
				continue // -enable, -disable, -severity
			}
			key := fmt.Sprintf("%s:%d:%d:%s:%s", f.File, f.Line, f.Column, f.Rule, f.Message)
			if seen[key] {
				continue // the same file in a package and its test variant
			}
			seen[key] = true
			rep.Findings = append(rep.Findings, f)
		}
	}
	src := newSources(cwd)
	rep.finish(src)

	if o.writeBaseline != "" {
		if err := writeBaseline(o.file(o.writeBaseline), rep); err != nil {
			fmt.Fprintf(stderr, "cryptolint: -write-baseline: %v\n", err)
			return ExitError
		}
		fmt.Fprintf(stderr, "cryptolint: recorded %d finding(s) in %s\n", len(rep.active()), o.writeBaseline)
		for _, e := range rep.Errors {
			fmt.Fprintf(stderr, "cryptolint: error: %s\n", e)
		}
		if len(rep.Errors) > 0 {
			return ExitError
		}
		return ExitClean
	}
	if o.baseline != "" {
		if err := applyBaseline(o.file(o.baseline), rep); err != nil {
			fmt.Fprintf(stderr, "cryptolint: -baseline: %v\n", err)
			return ExitError
		}
	}
	if o.diff || o.fix {
		if err := fixes(rep, o, src, stdout, stderr); err != nil {
			fmt.Fprintf(stderr, "cryptolint: %v\n", err)
			return ExitError
		}
	}

	for _, e := range rep.Errors {
		fmt.Fprintf(stderr, "cryptolint: error: %s\n", e)
	}
	if err := writeReport(rep, o, src, stdout); err != nil {
		fmt.Fprintf(stderr, "cryptolint: %v\n", err)
		return ExitError
	}
	switch {
	case len(rep.Errors) > 0:
		return ExitError
	case len(rep.active()) > 0:
		return ExitFindings
	}
	return ExitClean
}

// load loads the packages that match the patterns, and the hidden
// packages to analyze for facts (analyze.go). It asks go/packages for
// metadata only and returns a prepare function that parses and type-checks
// each package just before its analysis (load.go); when the streaming load
// cannot represent the import graph, it returns go/packages' full load and
// no prepare function.
func load(o *options, tests bool) (pkgs, hidden []*packages.Package, prepare func(*packages.Package), err error) {
	cfg := &packages.Config{Mode: metaMode, Tests: tests, Dir: o.dir}
	if o.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + o.tags}
	}
	pkgs, err = packages.Load(cfg, o.patterns...)
	if err != nil {
		return nil, nil, nil, err
	}
	if l, ok := newStreamLoader(pkgs); ok {
		return pkgs, l.hiddenPackages(), l.check, nil
	}
	cfg.Mode = loadMode
	pkgs, err = packages.Load(cfg, o.patterns...)
	if err != nil {
		return nil, nil, nil, err
	}
	return pkgs, hiddenPackages(pkgs), nil, nil
}

// wantTests reports whether any analyzer's -tests flag asks for test files,
// so that test packages are loaded only when they can produce findings.
func wantTests(analyzers []*analysis.Analyzer) bool {
	for _, a := range analyzers {
		if p := rules.PolicyOf(a); p != nil && p.Tests {
			return true
		}
	}
	return false
}

// packageErrors collects the load, parse and type errors of the packages
// and their dependencies, once each.
func packageErrors(pkgs []*packages.Package, cwd string) []LoadError {
	var out []LoadError
	seen := make(map[string]bool)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		typed := slices.ContainsFunc(p.Errors, func(e packages.Error) bool { return e.Kind != packages.ListError })
		for _, e := range p.Errors {
			if typed && e.Kind == packages.ListError && strings.HasPrefix(e.Msg, "# ") {
				continue // the compiler's report of the same parse or type errors
			}
			le := LoadError{Package: p.PkgPath, Position: relPos(e.Pos, cwd), Message: e.Msg}
			if k := le.String(); !seen[k] {
				seen[k] = true
				out = append(out, le)
			}
		}
	})
	return out
}

// relPos makes the file part of a "file:line:col" position relative to cwd.
func relPos(pos, cwd string) string {
	if pos == "" || pos == "-" {
		return ""
	}
	file, rest, _ := strings.Cut(pos, ":")
	if len(pos) > 1 && pos[1] == ':' { // a Windows drive letter
		i := strings.Index(pos[2:], ":")
		if i < 0 {
			return pos
		}
		file, rest = pos[:i+2], pos[i+3:]
	}
	if rest == "" {
		return relPath(file, cwd)
	}
	return relPath(file, cwd) + ":" + rest
}

// relPath returns path relative to cwd when it lies below it.
func relPath(path, cwd string) string {
	if rel, err := filepath.Rel(cwd, path); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return path
}

// newFinding converts a diagnostic into the report's form.
func newFinding(fset *token.FileSet, a *analysis.Analyzer, d analysis.Diagnostic, cwd string) Finding {
	start := fset.Position(d.Pos)
	end := start
	if d.End.IsValid() {
		end = fset.Position(d.End)
	}
	var suppression *Suppression
	if unsuppressed, s, ok := rules.Suppressed(d); ok {
		d, suppression = unsuppressed, &Suppression{Justification: s.Justification}
	}
	related := d.Related
	f := Finding{
		Suppressed: suppression,
		File:       relPath(start.Filename, cwd),
		Line:       start.Line,
		Column:     start.Column,
		EndLine:    end.Line,
		EndColumn:  end.Column,
		Rule:       d.Category,
		Analyzer:   a.Name,
		Message:    strings.TrimSuffix(d.Message, " ("+d.Category+")"),
		URL:        d.URL,
	}
	if r := rules.ByID(d.Category); r != nil {
		f.Severity = r.Severity.String()
		f.CWE = r.CWEString()
		f.severity = r.Severity
	}
	for _, rel := range related {
		p := fset.Position(rel.Pos)
		f.Related = append(f.Related, Related{File: relPath(p.Filename, cwd), Line: p.Line, Column: p.Column, Message: rel.Message})
	}
	for _, sf := range d.SuggestedFixes {
		fix := Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			s, t := fset.Position(e.Pos), fset.Position(e.End)
			if !e.End.IsValid() {
				t = s
			}
			fix.Edits = append(fix.Edits, Edit{
				File:  relPath(s.Filename, cwd),
				Start: Point{Line: s.Line, Column: s.Column, Offset: s.Offset},
				End:   Point{Line: t.Line, Column: t.Column, Offset: t.Offset},
				New:   string(e.NewText),
			})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return f
}

// guarded wraps each analyzer so that a panic becomes an error naming the
// package, instead of killing the whole run: the other packages' findings
// are still reported, and the exit code says something went wrong.
func guarded(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		g := *a
		run := a.Run
		g.Run = func(p *analysis.Pass) (res any, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("%s internal error: panic while analyzing %s: %v (at %s); please report it", rules.InternalError.ID, p.Pkg.Path(), r, panicSite(debug.Stack()))
				}
			}()
			return run(p)
		}
		out[i] = &g
	}
	return out
}

// panicSite returns the file:line of the frame that panicked: the first
// frame after the runtime's panic machinery.
func panicSite(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") && i+3 < len(lines) {
			loc := strings.TrimSpace(lines[i+3])
			if j := strings.LastIndex(loc, " +0x"); j > 0 {
				loc = loc[:j]
			}
			return loc
		}
	}
	return "unknown location"
}

// nestedModules returns a note for each "dir/..." pattern that has nested
// modules below it, which the go command leaves out of the pattern.
func nestedModules(cwd string, patterns []string) []string {
	var notes []string
	for _, pat := range patterns {
		base, ok := strings.CutSuffix(pat, "/...")
		if !ok || !(base == "." || strings.HasPrefix(base, "./") || filepath.IsAbs(base)) {
			continue
		}
		root := filepath.Join(cwd, base)
		var found []string
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && path != root {
				n := d.Name()
				if n == "testdata" || n == "vendor" || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") {
					return filepath.SkipDir // the go command ignores these directories anyway
				}
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					found = append(found, relPath(path, cwd))
					return filepath.SkipDir
				}
			}
			return nil
		})
		if len(found) > 0 {
			slices.Sort(found)
			notes = append(notes, fmt.Sprintf("%s does not include the nested module(s) %s; run cryptolint -C <dir> ./... in each",
				pat, strings.Join(found, ", ")))
		}
	}
	return notes
}
