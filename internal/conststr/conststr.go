// Package conststr evaluates string expressions as far as the type checker
// knows them: constants and named constants fully, concatenations and
// fmt.Sprintf partly, with holes where a value is known only at run time.
// It keeps the source position of every byte that maps one-to-one onto a
// string literal, so analyzers can report on, and fix, the exact spot.
package conststr

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Part is a piece of a template: known text, or a hole.
type Part struct {
	Text string
	Hole bool
	// Src shows a hole in messages: the format verb ("%s") for
	// fmt.Sprintf, the expression in braces ("{host}") otherwise.
	Src string
	// Pos is the source position of Text[0] when every byte of Text is the
	// same byte in a string literal (no escapes); token.NoPos otherwise.
	Pos token.Pos
}

// Template is the evaluated form of a string expression.
type Template struct {
	Parts []Part
	// HasLiteral reports whether a string literal inside the expression
	// contributed text (as opposed to named constants declared elsewhere).
	HasLiteral bool
}

// Constant reports whether the template has no holes.
func (t Template) Constant() bool {
	for _, p := range t.Parts {
		if p.Hole {
			return false
		}
	}
	return true
}

// Join returns the text with each hole replaced by the byte hole.
func (t Template) Join(hole byte) string {
	var b strings.Builder
	for _, p := range t.Parts {
		if p.Hole {
			b.WriteByte(hole)
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// Display returns the bytes from..to of Join's result (with a one-byte
// hole marker) with each hole shown by its Src.
func (t Template) Display(from, to int) string {
	var b strings.Builder
	off := 0
	for _, p := range t.Parts {
		n := len(p.Text)
		if p.Hole {
			n = 1
		}
		lo, hi := max(from, off), min(to, off+n)
		if lo < hi {
			if p.Hole {
				b.WriteString(p.Src)
			} else {
				b.WriteString(p.Text[lo-off : hi-off])
			}
		}
		off += n
	}
	return b.String()
}

// Pos returns the source position of byte off of Join's result, or
// token.NoPos when that byte does not map onto a literal.
func (t Template) Pos(off int) token.Pos {
	for _, p := range t.Parts {
		n := len(p.Text)
		if p.Hole {
			n = 1
		}
		if off < n {
			if p.Hole || !p.Pos.IsValid() {
				return token.NoPos
			}
			return p.Pos + token.Pos(off)
		}
		off -= n
	}
	return token.NoPos
}

// Eval evaluates e. Anything it cannot know becomes a hole.
func Eval(info *types.Info, e ast.Expr) Template {
	var t Template
	t.eval(info, e)
	return t
}

func (t *Template) eval(info *types.Info, e ast.Expr) {
	e = ast.Unparen(e)
	tv := info.Types[e]
	switch e := e.(type) {
	case *ast.BasicLit:
		if tv.Value != nil && tv.Value.Kind() == constant.String {
			t.HasLiteral = true
			t.Parts = append(t.Parts, Part{Text: constant.StringVal(tv.Value), Pos: literalStart(e)})
			return
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD && isString(tv.Type) {
			t.eval(info, e.X)
			t.eval(info, e.Y)
			return
		}
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok && fn.FullName() == "fmt.Sprintf" && len(e.Args) > 0 {
			if t.sprintf(info, e.Args[0]) {
				return
			}
		}
	}
	if tv.Value != nil && tv.Value.Kind() == constant.String {
		t.Parts = append(t.Parts, Part{Text: constant.StringVal(tv.Value)}) // named constant
		return
	}
	t.Parts = append(t.Parts, Part{Hole: true, Src: "{" + types.ExprString(e) + "}"})
}

// sprintf appends the parts of a constant format, each verb a hole. It
// reports false when the format is not constant.
func (t *Template) sprintf(info *types.Info, format ast.Expr) bool {
	format = ast.Unparen(format)
	tv := info.Types[format]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	s := constant.StringVal(tv.Value)
	base := token.NoPos
	if lit, ok := format.(*ast.BasicLit); ok {
		base = literalStart(lit)
		t.HasLiteral = true
	}
	at := func(i int) token.Pos {
		if base.IsValid() {
			return base + token.Pos(i)
		}
		return token.NoPos
	}
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		if i > start {
			t.Parts = append(t.Parts, Part{Text: s[start:i], Pos: at(start)})
		}
		j := verbEnd(s, i+1)
		if j <= len(s) && s[j-1] == '%' && j == i+2 {
			t.Parts = append(t.Parts, Part{Text: "%"}) // %% is a literal percent
		} else {
			t.Parts = append(t.Parts, Part{Hole: true, Src: s[i:j]})
		}
		start = j
		i = j - 1
	}
	if start < len(s) {
		t.Parts = append(t.Parts, Part{Text: s[start:], Pos: at(start)})
	}
	return true
}

// verbEnd returns the index just past the verb of a format directive whose
// '%' is at i-1: flags, width, precision and [n] argument indexes skipped.
func verbEnd(s string, i int) int {
	for i < len(s) && strings.IndexByte("+-# 0123456789.*[]", s[i]) >= 0 {
		i++
	}
	if i < len(s) {
		i++ // the verb letter
	}
	return i
}

// literalStart returns the position of the first content byte of lit when
// its content maps byte-for-byte onto its value.
func literalStart(lit *ast.BasicLit) token.Pos {
	if lit.Kind != token.STRING || len(lit.Value) < 2 {
		return token.NoPos
	}
	body := lit.Value[1 : len(lit.Value)-1]
	if lit.Value[0] == '"' && strings.IndexByte(body, '\\') >= 0 {
		return token.NoPos
	}
	if lit.Value[0] == '`' && strings.IndexByte(body, '\r') >= 0 {
		return token.NoPos
	}
	if v, err := strconv.Unquote(lit.Value); err != nil || v != body {
		return token.NoPos
	}
	return lit.Pos() + 1
}

// isString reports whether t's underlying type is a string type.
func isString(t types.Type) bool {
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// IsPlaceholder reports whether a secret-looking constant is obviously not a
// real value: empty, <password>, ${VAR}, $VAR, %s, {{.Password}}, {pw},
// [password], or a run of one filler character (xxx, ***, ...).
func IsPlaceholder(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	switch {
	case strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">"),
		strings.HasPrefix(s, "${") && strings.HasSuffix(s, "}"),
		strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}"),
		strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"),
		isVerb(s),
		isEnvName(s):
		return true
	}
	if strings.Trim(s, string(s[0])) == "" && strings.IndexByte("xX*.#-_?", s[0]) >= 0 {
		return true
	}
	return false
}

// isVerb reports whether s is a lone format verb such as %s or %[2]v.
func isVerb(s string) bool {
	return len(s) >= 2 && s[0] == '%' && verbEnd(s, 1) == len(s) && s[len(s)-1] != '%'
}

// isEnvName reports whether s is $NAME, an environment variable reference.
func isEnvName(s string) bool {
	if len(s) < 2 || s[0] != '$' {
		return false
	}
	for _, c := range s[1:] {
		if !(c == '_' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
