package flow

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// LeavesOnNil reports whether the code after the call at c runs only when
// the call's last result, an error, is not nil: the statement that tests
// it against nil leaves (returns, panics, continues or breaks) when it is
// nil. It is an existence check (if err := FindOne(...).Decode(&u); err ==
// nil { return ErrExists }): what the call decoded is not what the rest
// of the function sees.
//
// The shapes read are an if statement whose init assigns the error and
// whose condition is err == nil, an assignment of the error followed by
// such an if statement in the same list, and a call compared with nil in
// an if condition.
func LeavesOnNil(c inspector.Cursor, info *types.Info) bool {
	call, ok := c.Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	for c.ParentEdgeKind() == edge.ParenExpr_X {
		c = c.Parent()
	}
	switch p := c.Parent().Node().(type) {
	case *ast.BinaryExpr:
		// if coll.FindOne(ctx, f).Decode(&u) == nil { return ErrExists }
		if c.Parent().ParentEdgeKind() == edge.IfStmt_Cond {
			ifs := c.Parent().Parent().Node().(*ast.IfStmt)
			return nilTest(info, p, func(e ast.Expr) bool { return ast.Unparen(e) == call }) && terminates(info, ifs.Body)
		}
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || len(p.Lhs) == 0 {
			return false
		}
		id, ok := ast.Unparen(p.Lhs[len(p.Lhs)-1]).(*ast.Ident)
		if !ok {
			return false
		}
		errVar := info.ObjectOf(id)
		if errVar == nil {
			return false
		}
		isErr := func(e ast.Expr) bool {
			id, ok := ast.Unparen(e).(*ast.Ident)
			return ok && info.ObjectOf(id) == errVar
		}
		stmt := c.Parent()
		var ifs *ast.IfStmt
		if stmt.ParentEdgeKind() == edge.IfStmt_Init {
			ifs = stmt.Parent().Node().(*ast.IfStmt)
		} else if next, ok := stmt.NextSibling(); ok {
			if n, ok := next.Node().(*ast.IfStmt); ok && n.Init == nil {
				ifs = n
			}
		}
		if ifs == nil {
			return false
		}
		b, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
		return ok && nilTest(info, b, isErr) && terminates(info, ifs.Body)
	}
	return false
}

// nilTest reports whether b is x == nil (or nil == x) for an x that is
// accepts.
func nilTest(info *types.Info, b *ast.BinaryExpr, is func(ast.Expr) bool) bool {
	if b.Op != token.EQL {
		return false
	}
	isNil := func(e ast.Expr) bool { return info.Types[e].IsNil() }
	return is(b.X) && isNil(b.Y) || isNil(b.X) && is(b.Y)
}

// terminates reports whether a block's last statement leaves it: a
// return, a panic, a continue, break or goto.
func terminates(info *types.Info, b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
					return true
				}
			}
		}
	}
	return false
}
