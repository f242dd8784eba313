package plaintextsecret

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Package variables that hold a function, so that tests can swap it
// (var UpdateUser = defaultUpdateUser): a call of the variable calls the
// function. Inside the package the variable resolves to the function; to
// other packages its funcVarFact carries the function's sinks and result.

// funcVarFact is what calling a package variable that holds a function
// does: the function's wrapper sinks and protected result.
type funcVarFact struct {
	Func   string // the function it holds, for messages and tests
	Params []ParamSink
	Result *resultFact
}

func (*funcVarFact) AFact() {}

func (f *funcVarFact) String() string {
	var parts []string
	for _, p := range f.Params {
		parts = append(parts, fmt.Sprintf("param %d", p.Index))
	}
	if f.Result != nil {
		parts = append(parts, f.Result.String())
	}
	return "holds " + f.Func + ": " + strings.Join(parts, ", ")
}

// findFuncVars records the package variables declared with a function as
// their value and assigned nowhere else outside tests.
func (x *pass) findFuncVars() {
	info := x.pass.TypesInfo
	x.funcVars = make(map[*types.Var]*types.Func)
	assigned := make(map[*types.Var]bool)
	for _, file := range x.pass.Files {
		if strings.HasSuffix(x.pass.Fset.Position(file.Pos()).Filename, "_test.go") {
			continue
		}
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, id := range vs.Names {
					v, _ := info.Defs[id].(*types.Var)
					if fn := funcRef(info, vs.Values[i]); v != nil && fn != nil {
						x.funcVars[v] = fn
					}
				}
			}
		}
		if len(x.funcVars) == 0 {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok {
				for _, lhs := range as.Lhs {
					if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
						if v, ok := info.Uses[id].(*types.Var); ok {
							assigned[v] = true
						}
					}
				}
			}
			return true
		})
	}
	for v := range assigned {
		delete(x.funcVars, v) // set again at run time: not one function
	}
}

// funcRef returns the declared function e names (F, pkg.F), or nil.
func funcRef(info *types.Info, e ast.Expr) *types.Func {
	switch n := ast.Unparen(e).(type) {
	case *ast.Ident:
		fn, _ := info.Uses[n].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		if _, isPkg := info.Uses[identOf(n.X)].(*types.PkgName); isPkg {
			fn, _ := info.Uses[n.Sel].(*types.Func)
			return fn
		}
	}
	return nil
}

// identOf returns e as an identifier, or nil.
func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// exportFuncVars exports what calling each function variable does, once
// the package's wrappers and results are known.
func (x *pass) exportFuncVars() {
	for v, fn := range x.funcVars {
		if v.Name() == "_" {
			continue // var _ = F: nothing can call it through the blank
		}
		ps, r := x.sinkOf(fn), x.resultOf(fn)
		if len(ps) == 0 && r == nil {
			continue
		}
		x.pass.ExportObjectFact(v, &funcVarFact{Func: fn.Name(), Params: ps, Result: r})
	}
}

// varCallee returns the function that a call of a package variable
// calls: the one it holds in this package; for an imported variable, a
// stand-in function named after it, whose sinks and result are those its
// fact records.
func (x *pass) varCallee(v *types.Var) *types.Func {
	if v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	if v.Pkg() == x.pass.Pkg {
		return x.funcVars[v]
	}
	if fn, ok := x.varFuncs[v]; ok {
		return fn
	}
	var fact funcVarFact
	var fn *types.Func
	if sig, ok := v.Type().Underlying().(*types.Signature); ok && x.pass.ImportObjectFact(v, &fact) {
		fn = types.NewFunc(v.Pos(), v.Pkg(), v.Name(), sig)
		x.varSinks[fn] = fact.Params
		if fact.Result != nil {
			x.varResults[fn] = fact.Result
		}
	}
	x.varFuncs[v] = fn
	return fn
}
