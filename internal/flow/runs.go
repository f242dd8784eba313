package flow

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Runs answers must-run questions on the syntax of one function: whether
// a statement runs on every path through a body, or before a use on every
// path from the function's entry. Loops other than for {} are taken to run
// zero times; a branch that returns or panics does not reach what follows.
// Info, when set, tells the builtin panic from a function of that name.
type Runs struct {
	Info *types.Info
}

// Before reports whether a statement holding one of the nodes at
// fills runs on every path from the entry of the function to use: it
// precedes use in an enclosing statement list, or is the init of an
// enclosing if, switch or for, and does not sit on one branch only. Loops
// other than for {} are taken to run zero times.
func (r Runs) Before(use inspector.Cursor, fills []inspector.Cursor) bool {
	set := make(map[ast.Node]bool, len(fills))
	for _, f := range fills {
		set[f.Node()] = true
	}
	for c := use; ; c = c.Parent() {
		p := c.Parent()
		var list []ast.Stmt
		switch n := p.Node().(type) {
		case nil, *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		case *ast.IfStmt:
			if n.Init != nil && c.Node() != n.Init && r.Always(n.Init, set) {
				return true
			}
			if c.Node() != n.Cond && c.Node() != n.Init && holds(n.Cond, set) {
				return true
			}
		case *ast.SwitchStmt:
			if n.Init != nil && c.Node() != n.Init && r.Always(n.Init, set) {
				return true
			}
		case *ast.ForStmt:
			if n.Init != nil && c.Node() != n.Init && r.Always(n.Init, set) {
				return true
			}
		}
		for _, s := range list {
			if s == c.Node() {
				break
			}
			if r.Always(s, set) {
				return true
			}
		}
	}
}

// Always reports whether executing s evaluates one of the nodes of
// set on every path that completes it.
func (r Runs) Always(s ast.Stmt, set map[ast.Node]bool) bool {
	switch s := s.(type) {
	case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt, *ast.IncDecStmt, *ast.SendStmt:
		return holds(s, set)
	case *ast.ReturnStmt:
		return false
	case *ast.BlockStmt:
		return r.list(s.List, set)
	case *ast.LabeledStmt:
		return r.Always(s.Stmt, set)
	case *ast.IfStmt:
		if (s.Init != nil && r.Always(s.Init, set)) || holds(s.Cond, set) {
			return true
		}
		return s.Else != nil && r.branch(s.Body, set) && r.branch(s.Else, set)
	case *ast.SwitchStmt:
		if (s.Init != nil && r.Always(s.Init, set)) || (s.Tag != nil && holds(s.Tag, set)) {
			return true
		}
		return r.clauses(s.Body, set)
	case *ast.TypeSwitchStmt:
		if s.Init != nil && r.Always(s.Init, set) {
			return true
		}
		return r.clauses(s.Body, set)
	case *ast.ForStmt:
		if s.Init != nil && r.Always(s.Init, set) {
			return true
		}
		return s.Cond == nil && r.list(s.Body.List, set) // for {}: runs its body at least once
	case *ast.RangeStmt:
		return holds(s.X, set)
	}
	return false
}

// list reports whether one statement of the list runs always.
func (r Runs) list(list []ast.Stmt, set map[ast.Node]bool) bool {
	for _, s := range list {
		if r.Always(s, set) {
			return true
		}
	}
	return false
}

// branch is Always for a branch that may instead leave the
// function (return or panic): such a path never reaches what follows.
func (r Runs) branch(s ast.Stmt, set map[ast.Node]bool) bool {
	if r.Always(s, set) {
		return true
	}
	b, ok := s.(*ast.BlockStmt)
	return ok && len(b.List) > 0 && r.Leaves(b.List[len(b.List)-1])
}

// clauses reports whether a switch has a default clause and every
// clause runs always or leaves.
func (r Runs) clauses(body *ast.BlockStmt, set map[ast.Node]bool) bool {
	hasDefault := false
	for _, s := range body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok {
			return false
		}
		if cc.List == nil {
			hasDefault = true
		}
		if !r.list(cc.Body, set) && (len(cc.Body) == 0 || !r.Leaves(cc.Body[len(cc.Body)-1])) {
			return false
		}
	}
	return hasDefault
}

// Leaves reports whether s leaves the function: a return or a call of
// panic.
func (r Runs) Leaves(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "panic" {
				if r.Info == nil {
					return true
				}
				_, builtin := r.Info.Uses[id].(*types.Builtin)
				return builtin
			}
		}
	}
	return false
}

// holds reports whether n contains one of the nodes of set outside
// function literals.
func holds(n ast.Node, set map[ast.Node]bool) bool {
	if n == nil {
		return false
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if found {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if set[n] {
			found = true
		}
		return !found
	})
	return found
}
