package flow

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// LeavesOnNil reports whether the code after the call at c runs only when
// the call's last result, an error, is not nil: the if statement that
// tests it against nil (TestedCall) leaves when it is nil (returns,
// panics, continues or breaks). It is an existence check (if err :=
// FindOne(...).Decode(&u); err == nil { return ErrExists }): what the
// call decoded is not what the rest of the function sees.
func LeavesOnNil(c inspector.Cursor, info *types.Info) bool {
	call, ok := c.Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	for c.ParentEdgeKind() == edge.ParenExpr_X {
		c = c.Parent()
	}
	var ifs *ast.IfStmt
	var prev ast.Stmt
	switch p := c.Parent(); p.Node().(type) {
	case *ast.BinaryExpr: // if call() == nil
		if p.ParentEdgeKind() == edge.IfStmt_Cond {
			ifs = p.Parent().Node().(*ast.IfStmt)
		}
	case *ast.AssignStmt: // if err := call(); err == nil, or err := call() before the if
		if p.ParentEdgeKind() == edge.IfStmt_Init {
			ifs = p.Parent().Node().(*ast.IfStmt)
		} else if next, ok := p.NextSibling(); ok {
			ifs, _ = next.Node().(*ast.IfStmt)
			prev = p.Node().(ast.Stmt)
		}
	}
	if ifs == nil || TestedCall(info, ifs, prev, token.EQL) != call || len(ifs.Body.List) == 0 {
		return false
	}
	last := ifs.Body.List[len(ifs.Body.List)-1]
	_, branch := last.(*ast.BranchStmt)
	return branch || (Runs{Info: info}).Leaves(last)
}

// TestedCall returns the call whose last result, an error, the if
// statement ifs compares with nil by op (token.EQL or token.NEQ): the
// call itself in the condition (if call() != nil), or the call assigned
// to the error tested in ifs's init or in the statement before it, prev
// (if err := call(); err != nil). It returns nil for any other condition.
func TestedCall(info *types.Info, ifs *ast.IfStmt, prev ast.Stmt, op token.Token) *ast.CallExpr {
	b, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok || b.Op != op {
		return nil
	}
	var x ast.Expr
	switch {
	case info.Types[b.Y].IsNil():
		x = b.X
	case info.Types[b.X].IsNil():
		x = b.Y
	default:
		return nil
	}
	if call, ok := ast.Unparen(x).(*ast.CallExpr); ok {
		return call
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil
	}
	as, ok := ifs.Init.(*ast.AssignStmt)
	if !ok {
		as, _ = prev.(*ast.AssignStmt)
	}
	if as == nil || len(as.Rhs) != 1 {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	last, ok := ast.Unparen(as.Lhs[len(as.Lhs)-1]).(*ast.Ident)
	if !ok || info.ObjectOf(last) == nil || info.ObjectOf(last) != info.ObjectOf(id) {
		return nil // another error than the one tested
	}
	return call
}
