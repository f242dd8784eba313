package plaintextsecret

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/cryptolint/cryptolint/internal/flow"
	"github.com/cryptolint/cryptolint/internal/names"
)

// Secrets formatted into other strings: an e-mail body, a link or a
// message that embeds a one-time code or a token is stored with it, in
// plaintext, whatever the key it is stored under is called.

// formatters are the functions whose string result holds their
// arguments as text.
var formatters = map[string]bool{
	"fmt.Sprintf":                 true,
	"fmt.Sprint":                  true,
	"fmt.Sprintln":                true,
	"strings.ReplaceAll":          true,
	"strings.Replace":             true,
	"strings.Join":                true,
	"(*strings.Replacer).Replace": true,
}

// embeddedSecret reports whether e is a string built by a formatter or
// by concatenation from a value whose own name says it is a secret (otp,
// resetToken, password) and that nothing protects, directly or through
// local variables assigned once (link := fmt.Sprintf(..., token); body :=
// fmt.Sprintf(..., link)). It returns why the embedded value is
// sensitive, with the value's name as the entry.
func (f *function) embeddedSecret(e ast.Expr, depth int) (names.Match, bool) {
	if depth > 3 {
		return names.Match{}, false
	}
	info := f.x.pass.TypesInfo
	var parts []ast.Expr
	switch n := ast.Unparen(e).(type) {
	case *ast.Ident:
		if _, isParam := f.param(n); isParam {
			return names.Match{}, false
		}
		if rhs, ok := f.onlyValue(info.ObjectOf(n), false); ok {
			return f.embeddedSecret(rhs, depth+1)
		}
		return names.Match{}, false
	case *ast.CallExpr:
		fn := f.callee(n)
		if fn == nil || !formatters[fn.FullName()] {
			return names.Match{}, false
		}
		parts = n.Args
	case *ast.BinaryExpr:
		if n.Op != token.ADD || !isString(info.TypeOf(n)) {
			return names.Match{}, false
		}
		parts = []ast.Expr{n.X, n.Y}
	default:
		return names.Match{}, false
	}
	for _, p := range parts {
		if m, ok := f.secretPart(p); ok {
			return m, true
		}
		if m, ok := f.embeddedSecret(p, depth+1); ok {
			return m, true
		}
	}
	return names.Match{}, false
}

// secretPart reports whether a part of a formatted string is a value
// named as a secret (otp, user.ResetToken) that nothing protects.
func (f *function) secretPart(e ast.Expr) (names.Match, bool) {
	info := f.x.pass.TypesInfo
	e = unconvert(info, e)
	var name string
	switch n := ast.Unparen(e).(type) {
	case *ast.Ident:
		name = n.Name
	case *ast.SelectorExpr:
		if _, isPkg := info.Uses[identOf(n.X)].(*types.PkgName); isPkg {
			return names.Match{}, false // a package's constant or variable
		}
		name = n.Sel.Name
	default:
		return names.Match{}, false
	}
	if info.Types[e].Value != nil || !eligible(info.TypeOf(e), false) {
		return names.Match{}, false
	}
	if names.Generic(name) || protectiveName(ast.NewIdent(name)) || publicName(e) {
		return names.Match{}, false
	}
	m, ok := f.x.matcher.Match(name)
	if !ok || m.Category != names.Credential && m.Category != names.Password {
		return names.Match{}, false
	}
	if v := f.valueOf(e, 0); v.Within(flow.Empty | flow.Constant | flow.Hashed | flow.Encrypted | flow.Trusted | flow.Stored) {
		return names.Match{}, false
	}
	m.Entry = name
	return m, true
}

// isString reports whether t is a string type.
func isString(t types.Type) bool {
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
