package plaintextsecret

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Values a middleware puts in a request's context and a handler takes
// back out: ctx = context.WithValue(ctx, ctxUser, u), with u a user read
// from the database, and later u := r.Context().Value(ctxUser).(*User).
// What the handler gets is the stored document when every value the
// package puts under that key is one.

// ctxKey identifies a context key: a package-level variable or constant
// (ctxUser), a named type whose value is the key (userKey{}), or a
// constant of a type ("user", or ctxKey("user")).
type ctxKey struct {
	obj types.Object
	typ string
	val string
}

// ctxSite is a value put in a context under a key, in a function.
type ctxSite struct {
	f   *function
	val ast.Expr
}

// contextKeyOf returns the key that e names.
func (x *pass) contextKeyOf(e ast.Expr) (ctxKey, bool) {
	info := x.pass.TypesInfo
	e = ast.Unparen(e)
	if tv := info.Types[e]; tv.Value != nil && tv.Value.Kind() == constant.String {
		return ctxKey{typ: types.TypeString(tv.Type, nil), val: constant.StringVal(tv.Value)}, true
	}
	var id *ast.Ident
	switch n := e.(type) {
	case *ast.Ident:
		id = n
	case *ast.SelectorExpr:
		id = n.Sel // auth.CtxUser
	case *ast.CompositeLit:
		if named, ok := types.Unalias(info.TypeOf(n)).(*types.Named); ok && len(n.Elts) == 0 {
			return ctxKey{obj: named.Obj()}, true // userKey{}
		}
		return ctxKey{}, false
	default:
		return ctxKey{}, false
	}
	switch obj := info.ObjectOf(id).(type) {
	case *types.Var:
		if obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope() {
			return ctxKey{obj: obj}, true // a package-level variable
		}
	case *types.Const:
		return ctxKey{obj: obj}, true
	}
	return ctxKey{}, false
}

// contextValueKey returns the key of a context's Value call
// (r.Context().Value(ctxUser)).
func (f *function) contextValueKey(e ast.Expr) (ctxKey, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return ctxKey{}, false
	}
	fn, ok := typeutil.Callee(f.x.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.FullName() != "(context.Context).Value" {
		return ctxKey{}, false
	}
	return f.x.contextKeyOf(call.Args[0])
}

// contextSitesOf returns the values the package puts in contexts under
// key.
func (x *pass) contextSitesOf(key ctxKey) []ctxSite {
	if x.ctxSites == nil {
		x.ctxSites = make(map[ctxKey][]ctxSite)
		for _, f := range x.funcs {
			if f.decl.Body == nil {
				continue
			}
			ast.Inspect(f.decl.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 3 {
					return true
				}
				if fn, ok := typeutil.Callee(x.pass.TypesInfo, call).(*types.Func); ok && fn.FullName() == "context.WithValue" {
					if k, ok := x.contextKeyOf(call.Args[1]); ok {
						x.ctxSites[k] = append(x.ctxSites[k], ctxSite{f: f, val: call.Args[2]})
					}
				}
				return true
			})
		}
	}
	return x.ctxSites[key]
}

// contextStored reports whether every value the package puts in a
// context under key, and there is one, is a document read from the
// database.
func (x *pass) contextStored(key ctxKey) bool {
	sites := x.contextSitesOf(key)
	if len(sites) == 0 || x.ctxBusy[key] {
		return false
	}
	if x.ctxBusy == nil {
		x.ctxBusy = make(map[ctxKey]bool)
	}
	x.ctxBusy[key] = true
	defer delete(x.ctxBusy, key)
	for _, s := range sites {
		if !s.f.storedResult(s.val) {
			return false
		}
	}
	return true
}
