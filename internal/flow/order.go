package flow

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// Kills reports whether the statement at s runs after the position from
// on every path to the position to: s is a statement of a statement list
// (a block or a case body) that holds to, after from and ending before
// to; from may be before the list. A later assignment to a
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
	// s runs before to whenever to runs: its list holds to. An assignment
	// made before s, in the list or before it (outside a closure whose
	// body s is in: u.Token = tok; time.AfterFunc(d, func() { u.Token =
	// ""; save(u) })), is replaced by s at to.
	list := s.Parent().Node()
	if to < list.Pos() || to >= list.End() {
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

// Exclusive reports whether the positions a and b, in the function body
// at fn, sit in different arms of one if/else or switch (so no run passes
// through both in that order) and no loop of the function encloses that
// statement (whose next iteration could run the other arm). The function
// must have no goto (Jumps).
func Exclusive(fn inspector.Cursor, a, b token.Pos) bool {
	ca, ok := fn.FindByPos(a, a)
	if !ok {
		return false
	}
	for c := ca; c != fn && c.Node() != nil; c = c.Parent() {
		var arms []ast.Node
		switch n := c.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
			return false // a later iteration, or another call, may run the other arm
		case *ast.IfStmt:
			arms = []ast.Node{n.Body}
			if n.Else != nil {
				arms = append(arms, n.Else)
			}
		case *ast.SwitchStmt:
			arms = stmts(n.Body.List)
		case *ast.TypeSwitchStmt:
			arms = stmts(n.Body.List)
		case *ast.SelectStmt:
			arms = stmts(n.Body.List)
		default:
			continue
		}
		ia, ib := -1, -1
		for i, arm := range arms {
			if arm.Pos() <= a && a < arm.End() {
				ia = i
			}
			if arm.Pos() <= b && b < arm.End() {
				ib = i
			}
		}
		if ia >= 0 && ib >= 0 && ia != ib {
			return !inLoop(c, fn) && !fallsThrough(arms)
		}
	}
	return false
}

// inLoop reports whether a loop or a function literal between c and fn
// encloses c.
func inLoop(c, fn inspector.Cursor) bool {
	for p := c.Parent(); p != fn && p.Node() != nil; p = p.Parent() {
		switch p.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
			return true
		}
	}
	return false
}

// stmts converts a statement list to nodes.
func stmts(list []ast.Stmt) []ast.Node {
	out := make([]ast.Node, len(list))
	for i, s := range list {
		out[i] = s
	}
	return out
}

// fallsThrough reports whether a case of a switch ends in fallthrough,
// which runs the next case after it.
func fallsThrough(arms []ast.Node) bool {
	for _, arm := range arms {
		if cc, ok := arm.(*ast.CaseClause); ok && len(cc.Body) > 0 {
			if br, ok := cc.Body[len(cc.Body)-1].(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
				return true
			}
		}
	}
	return false
}

// MayReachBack reports whether an assignment at def, after the use at use
// in the source, may still reach the use in the function body at fn: a
// loop encloses both (a later iteration reads it), or the use is in a
// function literal that def is not in (the literal may run after def).
// The function must have no goto (Jumps).
func MayReachBack(fn inspector.Cursor, def, use token.Pos) bool {
	cu, ok := fn.FindByPos(use, use)
	if !ok {
		return true
	}
	for c := cu; c != fn && c.Node() != nil; c = c.Parent() {
		n := c.Node()
		inside := n.Pos() <= def && def < n.End()
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if inside {
				return true
			}
		case *ast.FuncLit:
			return !inside
		}
	}
	return false
}
