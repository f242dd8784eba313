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
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if !strings.HasPrefix(c.Text, Prefix) {
				continue // fast path: most comments are not directives
			}
			d, ok := Parse(c.Text)
			if !ok {
				continue
			}
			d.Pos = c.Pos()
			d.Line = fset.Position(c.Pos()).Line
			out = append(out, d)
		}
	}
	return out
}

// Covers reports whether an ignore directive suppresses a finding of rule id
// from analyzer at line.
func (d *Directive) Covers(id, analyzer string, line int) bool {
	if d.Kind != Ignore || (line != d.Line && line != d.Line+1) {
		return false
	}
	for _, n := range d.Names {
		if strings.EqualFold(n, id) || n == analyzer {
			return true
		}
	}
	return false
}
