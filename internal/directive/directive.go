// Package directive parses cryptolint's comment directives:
//
//	//cryptolint:ignore CL201,CL205 -- reason
//	//cryptolint:protected -- reason
//
// An ignore directive suppresses the listed rules (IDs or analyzer names) on
// its own line and on the line below it. A protected directive marks a struct
// field whose protection the analyzers cannot see.
package directive

import (
	"go/ast"
	"go/token"
	"strings"
)

// Prefix starts every directive; like //go: directives it has no space after //.
const Prefix = "//cryptolint:"

// Kind is the directive's verb.
type Kind string

// The known verbs.
const (
	Ignore    Kind = "ignore"
	Protected Kind = "protected"
)

// Directive is one parsed directive comment.
type Directive struct {
	Kind   Kind
	Names  []string // rule IDs or analyzer names, upper-cased IDs as written
	Reason string   // text after "--", trimmed
	Pos    token.Pos
	Line   int
	Alone  bool   // the comment is alone on its line, so it also covers the next line
	Err    string // non-empty when the directive is malformed
}

// Parse parses one comment's text. It reports ok=false when text is not a
// cryptolint directive at all.
func Parse(text string) (d Directive, ok bool) {
	rest, found := strings.CutPrefix(text, Prefix)
	if !found {
		return Directive{}, false
	}
	body, reason, hasReason := strings.Cut(rest, "--")
	fields := strings.Fields(body)
	if len(fields) == 0 {
		return Directive{Err: "missing verb after //cryptolint:"}, true
	}
	d.Kind = Kind(fields[0])
	d.Reason = strings.TrimSpace(reason)
	switch d.Kind {
	case Ignore:
		for _, f := range fields[1:] {
			for n := range strings.SplitSeq(f, ",") {
				if n != "" {
					d.Names = append(d.Names, n)
				}
			}
		}
		if len(d.Names) == 0 {
			d.Err = "ignore directive names no rule (want //cryptolint:ignore CLnnn -- reason)"
		}
	case Protected:
		if len(fields) > 1 {
			d.Err = "protected directive takes no arguments before --"
		}
	default:
		d.Err = "unknown directive //cryptolint:" + string(d.Kind)
	}
	if d.Err == "" && (!hasReason || d.Reason == "") {
		d.Err = "directive without a reason (add -- and why)"
	}
	return d, true
}

// File returns the directives of one file, in source order.
func File(fset *token.FileSet, f *ast.File) []Directive {
	var out []Directive
	var code map[int]token.Pos
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if !strings.HasPrefix(c.Text, Prefix) {
				continue // fast path: most comments are not directives
			}
			d, ok := Parse(c.Text)
			if !ok {
				continue
			}
			if code == nil {
				code = firstCode(fset, f)
			}
			d.Pos = c.Pos()
			d.Line = fset.Position(c.Pos()).Line
			d.Alone = alone(code, d.Line, d.Pos)
			out = append(out, d)
		}
	}
	return out
}

// Nolints returns golangci-lint's //nolint comments of a file by the lines
// they cover: a bare //nolint names every linter (""), //nolint:a,b names a
// and b. A comment covers its own line, and the next one when it is alone
// on its line.
func Nolints(fset *token.FileSet, f *ast.File) map[int][]string {
	var m map[int][]string
	var code map[int]token.Pos
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			rest, ok := strings.CutPrefix(c.Text, "//nolint")
			if !ok || rest != "" && rest[0] != ':' && rest[0] != ' ' {
				continue
			}
			names := []string{""}
			if list, ok := strings.CutPrefix(rest, ":"); ok {
				list, _, _ = strings.Cut(list, " ")
				names = strings.Split(list, ",")
			}
			if m == nil {
				m, code = map[int][]string{}, firstCode(fset, f)
			}
			line := fset.Position(c.Pos()).Line
			m[line] = append(m[line], names...)
			if alone(code, line, c.Pos()) {
				m[line+1] = append(m[line+1], names...)
			}
		}
	}
	return m
}

// firstCode maps each line to the position of the first syntax node that
// starts on it.
func firstCode(fset *token.FileSet, f *ast.File) map[int]token.Pos {
	tf := fset.File(f.FileStart)
	m := map[int]token.Pos{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.Comment, *ast.CommentGroup, *ast.File:
			return n != nil
		}
		if l := tf.Line(n.Pos()); m[l] == 0 || n.Pos() < m[l] {
			m[l] = n.Pos()
		}
		return true
	})
	return m
}

// alone reports whether no code precedes pos on its line.
func alone(code map[int]token.Pos, line int, pos token.Pos) bool {
	p, ok := code[line]
	return !ok || p > pos
}

// Covers reports whether an ignore directive suppresses a finding of rule id
// from analyzer at line: its own line, or the next one if it stands alone.
func (d *Directive) Covers(id, analyzer string, line int) bool {
	if d.Kind != Ignore || !(line == d.Line || d.Alone && line == d.Line+1) {
		return false
	}
	for _, n := range d.Names {
		if strings.EqualFold(n, id) || n == analyzer {
			return true
		}
	}
	return false
}
