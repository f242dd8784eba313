package plaintextsecret

import (
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/internal/mongoapi"
)

// maxHops bounds the path a sink keeps: a wrapper chain longer than this
// is shown by its first calls, and recursion cannot grow it.
const maxHops = 8

// hopsThrough returns the path from call (a call of this function's that
// hands a value to sink s) to the write: the call itself, then the
// callee's own path.
func (f *function) hopsThrough(call ast.Node, s ParamSink) []Hop {
	pos := f.x.pass.Fset.Position(call.Pos())
	name, _, _ := strings.Cut(s.Via, " -> ")
	return prependHop(Hop{File: pos.Filename, Line: pos.Line, Column: pos.Column, In: f.decl.Name.Name, Call: name}, s.Hops)
}

// alsoThrough is hopsThrough for the other paths of s (ParamSink.Also).
func (f *function) alsoThrough(call ast.Node, s ParamSink) []AltPath {
	var out []AltPath
	for _, a := range s.Also {
		out = append(out, AltPath{Via: f.obj.Name() + " -> " + a.Via, Hops: f.hopsThrough(call, ParamSink{Via: a.Via, Hops: a.Hops})})
	}
	return out
}

// prependHop returns hops with h first, unless the path is already
// maxHops long or holds h (recursion).
func prependHop(h Hop, hops []Hop) []Hop {
	if len(hops) >= maxHops || slices.Contains(hops, h) {
		return hops
	}
	return append([]Hop{h}, hops...)
}

// hopFiles turns hops back into positions of a file set. In the command
// every package's files are in one set; under go vet only the package's
// own are, and hops into other packages are named in messages instead.
type hopFiles struct {
	fset  *token.FileSet
	files map[string]*token.File
}

// pos returns the position of h, or token.NoPos when its file is not in
// the set.
func (hf *hopFiles) pos(h Hop) token.Pos {
	if hf.files == nil {
		hf.files = map[string]*token.File{}
		hf.fset.Iterate(func(f *token.File) bool {
			if _, ok := hf.files[f.Name()]; !ok {
				hf.files[f.Name()] = f
			}
			return true
		})
	}
	tf := hf.files[h.File]
	if tf == nil || h.Line < 1 || h.Line > tf.LineCount() {
		return token.NoPos
	}
	p := tf.LineStart(h.Line)
	end := token.Pos(tf.Base() + tf.Size())
	if h.Line < tf.LineCount() {
		end = tf.LineStart(h.Line + 1)
	}
	if col := p + token.Pos(h.Column-1); h.Column > 0 && col < end {
		return col
	}
	return p // a file made from export data keeps lines, not columns
}

// hopRelated explains the path of sink s to the write, one item per call:
// "Create passes it to insert", then "insert writes it to MongoDB with
// InsertOne". Hops whose file the set lacks (another package, under go
// vet) are returned as text instead, "insert at mongodb/user.go:40,
// InsertOne at mongodb/user.go:52", for the caller to name in a message.
func hopRelated(hf *hopFiles, s ParamSink) ([]analysis.RelatedInformation, string) {
	out, unplaced := hopItems(hf, s, nil)
	for _, a := range s.Also {
		// The other writes of the same value, placed only: their text
		// would repeat the message's.
		alt, _ := hopItems(hf, ParamSink{Kind: s.Kind, Hops: a.Hops}, s.Hops)
		out = append(out, alt...)
	}
	return out, strings.Join(unplaced, ", ")
}

// hopItems is hopRelated for one path, without the hops it shares with
// skip (the part of another path already shown).
func hopItems(hf *hopFiles, s ParamSink, skip []Hop) ([]analysis.RelatedInformation, []string) {
	var out []analysis.RelatedInformation
	var unplaced []string
	for i, h := range s.Hops {
		if slices.Contains(skip, h) {
			continue
		}
		msg := fmt.Sprintf("%s passes it to %s", h.In, h.Call)
		if i == len(s.Hops)-1 {
			what := "writes it to MongoDB"
			if s.Kind == mongoapi.Filter {
				what = "sends the filter to MongoDB"
			}
			msg = fmt.Sprintf("%s %s with %s", h.In, what, h.Call)
		}
		if p := hf.pos(h); p.IsValid() {
			out = append(out, analysis.RelatedInformation{Pos: p, Message: msg})
		} else {
			unplaced = append(unplaced, fmt.Sprintf("%s at %s:%d", h.Call, shortFile(h.File), h.Line))
		}
	}
	return out, unplaced
}

// shortFile names a file by its directory and base name.
func shortFile(name string) string {
	return filepath.ToSlash(filepath.Join(filepath.Base(filepath.Dir(name)), filepath.Base(name)))
}
