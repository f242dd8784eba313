package flow

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// Kills reports whether the statement at s runs on every path from the
// position from to the position to, both in the same function: s is a
// statement of a statement list (a block or a case body) that holds both
// positions, after from and ending before to. A later assignment to a
// location that kills an earlier one replaces its value on the way to a
// use at to. The function holding s must have no goto (Jumps), which could
// skip s; return, break and continue leave the paths that reach to
// through s.
func Kills(s inspector.Cursor, from, to token.Pos) bool {
	stmt, ok := s.Node().(ast.Stmt)
	if !ok || stmt.Pos() <= from || stmt.End() > to {
		return false
	}
	switch s.ParentEdgeKind() {
	case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
	default:
		return false
	}
	list := s.Parent().Node()
	if from < list.Pos() || to >= list.End() {
		return false
	}
	// Both must be in the function that runs s, not in a function literal
	// of the list that may run at another time.
	for lit := range s.Parent().Preorder((*ast.FuncLit)(nil)) {
		n := lit.Node()
		if n.Pos() <= from && from < n.End() || n.Pos() <= to && to < n.End() {
			return false
		}
	}
	return true
}

// Jumps reports whether the function body holds a goto, or a labelled
// statement that a goto could jump to: the order of its statements is not
// the order in which they run.
func Jumps(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BranchStmt:
			if n.Tok == token.GOTO {
				found = true
			}
		case *ast.FuncLit:
			return false // its own body
		}
		return !found
	})
	return found
}

// Statement returns the statement that holds the expression at c: its
// innermost enclosing ast.Stmt.
func Statement(c inspector.Cursor) (inspector.Cursor, bool) {
	for p := range c.Enclosing() {
		if _, ok := p.Node().(ast.Stmt); ok {
			return p, true
		}
	}
	return inspector.Cursor{}, false
}
