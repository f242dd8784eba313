package plaintextsecret

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/cryptolint/cryptolint/internal/mongoapi"
)

// transparentFact marks a MarshalBSON method that writes its type's own
// fields as the driver's default codec would: every return is
// bson.Marshal of the receiver, converted to a local type of the same
// fields (type t User; return bson.Marshal((*t)(u))), and the body sets no
// sensitive field and passes the receiver to nothing else (a hook that
// fills timestamps). Documents of that type are walked field by field.
type transparentFact struct{}

func (*transparentFact) AFact()         {}
func (*transparentFact) String() string { return "marshals its own fields" }

// transparentMarshaller reports whether m is such a method: by the
// package's own declarations, or by the fact of the package declaring it.
func (x *pass) transparentMarshaller(m *types.Func) bool {
	if m == nil || m.Name() != "MarshalBSON" {
		return false
	}
	m = m.Origin()
	if ok, seen := x.transparent[m]; seen {
		return ok
	}
	ok := false
	if m.Pkg() == x.pass.Pkg {
		if decl := x.declOf(m); decl != nil {
			ok = x.marshalsOwnFields(decl)
		}
	} else if m.Pkg() != nil {
		ok = x.pass.ImportObjectFact(m, new(transparentFact))
	}
	if x.transparent == nil {
		x.transparent = make(map[*types.Func]bool)
	}
	x.transparent[m] = ok
	return ok
}

// declOf returns the declaration of the package's function fn, or nil.
func (x *pass) declOf(fn *types.Func) *ast.FuncDecl {
	for _, f := range x.funcs {
		if f.obj == fn {
			return f.decl
		}
	}
	return nil
}

// exportTransparent records the package's transparent marshallers for the
// packages that import it.
func (x *pass) exportTransparent() {
	for _, f := range x.funcs {
		if f.obj != nil && f.decl.Recv != nil && f.obj.Name() == "MarshalBSON" && x.transparentMarshaller(f.obj) {
			x.pass.ExportObjectFact(f.obj, new(transparentFact))
		}
	}
}

// marshalsOwnFields reports whether decl, a MarshalBSON method, returns
// bson.Marshal of its receiver on every return, converted at most to a
// type of identical underlying struct, without setting a sensitive field
// of the receiver or handing the receiver to another call.
func (x *pass) marshalsOwnFields(decl *ast.FuncDecl) bool {
	info := x.pass.TypesInfo
	if decl.Recv == nil || len(decl.Recv.List) != 1 || len(decl.Recv.List[0].Names) != 1 || decl.Body == nil {
		return false
	}
	recv, _ := info.Defs[decl.Recv.List[0].Names[0]].(*types.Var)
	if recv == nil {
		return false
	}
	own, ok := derefType(recv.Type()).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	isRecv := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == recv
	}
	// marshalled reports whether call is bson.Marshal(T(recv)) with T of
	// the receiver's fields, through & and *.
	marshalled := func(call *ast.CallExpr) bool {
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if !mongoapi.IsMarshal(fn) || len(call.Args) != 1 {
			return false
		}
		e := call.Args[0]
		for range 6 {
			switch n := ast.Unparen(e).(type) {
			case *ast.UnaryExpr:
				if n.Op != token.AND {
					return false
				}
				e = n.X
				continue
			case *ast.StarExpr:
				e = n.X
				continue
			case *ast.CallExpr:
				if len(n.Args) != 1 || !info.Types[n.Fun].IsType() {
					return false
				}
				st, ok := derefType(info.TypeOf(n.Fun)).Underlying().(*types.Struct)
				if !ok || !types.Identical(st, own) {
					return false // a type of other fields (or tags)
				}
				e = n.Args[0]
				continue
			}
			break
		}
		return isRecv(e)
	}
	returns, ok := 0, true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			if len(n.Results) == 0 {
				ok = false
				return false
			}
			call, isCall := ast.Unparen(n.Results[0]).(*ast.CallExpr)
			if !isCall || !marshalled(call) {
				ok = false
			}
			return false
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				sel, isSel := ast.Unparen(lhs).(*ast.SelectorExpr)
				if !isSel || !isRecv(rootOf(sel)) {
					continue
				}
				if v, isVar := info.Uses[sel.Sel].(*types.Var); isVar && v.IsField() {
					if _, sensitive := x.sensitive(v, v.Name(), nil); sensitive {
						ok = false // the hook replaces a secret: not the plain field
					}
				}
			}
		case *ast.CallExpr:
			for _, a := range n.Args {
				if isRecv(a) || isRecv(unaddr(a)) {
					ok = false // the receiver handed to a function
				}
			}
			if sel, isSel := ast.Unparen(n.Fun).(*ast.SelectorExpr); isSel && isRecv(sel.X) {
				if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
					ok = false // a method of the receiver (u.HashPassword())
				}
			}
		}
		return true
	})
	return ok && returns > 0
}

// rootOf returns the expression a selector chain starts from (u in
// u.Profile.Name).
func rootOf(e ast.Expr) ast.Expr {
	for {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return e
		}
		e = sel.X
	}
}
