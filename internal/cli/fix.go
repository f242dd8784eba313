package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cryptolint/cryptolint/internal/rules"
)

// fileEdit is one replacement in a file, with the rule it fixes.
type fileEdit struct {
	Edit
	rule string
}

// fixes prints (-diff) or applies (-fix) the first suggested fix of every
// active finding. Edits that overlap an earlier one are left out and
// named. Both say which rules' fixes change run-time behaviour.
func fixes(r *Report, o *options, src *sources, stdout, stderr io.Writer) error {
	byFile := map[string][]fileEdit{}
	for _, f := range r.active() {
		if len(f.Fixes) == 0 {
			continue
		}
		for _, e := range f.Fixes[0].Edits {
			byFile[e.File] = append(byFile[e.File], fileEdit{e, f.Rule})
		}
	}
	files := make([]string, 0, len(byFile))
	for name := range byFile {
		files = append(files, name)
	}
	slices.Sort(files)
	var changed []string
	behaviour := map[string]bool{}
	applied := 0
	for _, name := range files {
		old := src.content(name)
		if old == nil {
			return fmt.Errorf("cannot read %s to fix it", name)
		}
		edits := byFile[name]
		slices.SortStableFunc(edits, func(a, b fileEdit) int { return a.Start.Offset - b.Start.Offset })
		var kept []fileEdit
		end := -1
		for _, e := range edits {
			if e.Start.Offset < end || e.End.Offset > len(old) || e.Start.Offset > e.End.Offset {
				fmt.Fprintf(stderr, "cryptolint: %s:%d:%d: fix for %s skipped: it overlaps another fix\n", name, e.Start.Line, e.Start.Column, e.rule)
				continue
			}
			kept = append(kept, e)
			end = e.End.Offset
			if r := rules.ByID(e.rule); r != nil && r.FixChangesBehaviour {
				behaviour[e.rule] = true
			}
		}
		if len(kept) == 0 {
			continue
		}
		applied += len(kept)
		updated := apply(old, kept)
		if o.diff {
			writeDiff(stdout, name, old, updated, kept)
		}
		if o.fix {
			path := name
			if !filepath.IsAbs(path) {
				path = filepath.Join(src.cwd, path)
			}
			info, err := os.Stat(path)
			if err != nil {
				return err
			}
			if err := os.WriteFile(path, updated, info.Mode().Perm()); err != nil {
				return err
			}
			changed = append(changed, name)
		}
	}
	if o.fix {
		fmt.Fprintf(stderr, "cryptolint: applied %d fix(es) to %d file(s)\n", applied, len(changed))
	}
	if len(behaviour) > 0 {
		ids := make([]string, 0, len(behaviour))
		for id := range behaviour {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		fmt.Fprintf(stderr, "cryptolint: note: the fixes for %s change run-time behaviour (enabling TLS needs a server that accepts it); test before deploying\n", strings.Join(ids, ", "))
	}
	return nil
}

// apply returns content with non-overlapping, sorted edits applied.
func apply(content []byte, edits []fileEdit) []byte {
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		b.Write(content[last:e.Start.Offset])
		b.WriteString(e.New)
		last = e.End.Offset
	}
	b.Write(content[last:])
	return b.Bytes()
}

// diffContext is the number of unchanged lines around a hunk.
const diffContext = 3

// writeDiff writes a unified diff of one file. The hunks follow from the
// edits: each covers the lines an edit touches, with context, and hunks
// whose context would overlap are merged.
func writeDiff(w io.Writer, name string, old, updated []byte, edits []fileEdit) {
	oldLines, newLines := splitLines(old), splitLines(updated)
	type span struct{ a, b, delta int } // old lines [a, b), and the line count change
	var spans []span
	for _, e := range edits {
		a := e.Start.Line - 1
		b := e.End.Line
		if e.End.Offset > e.Start.Offset && e.End.Column == 1 {
			b-- // the edit ends at the start of a line
		}
		delta := strings.Count(e.New, "\n") - strings.Count(string(old[e.Start.Offset:e.End.Offset]), "\n")
		if n := len(spans); n > 0 && a-spans[n-1].b <= 2*diffContext {
			spans[n-1].b = max(spans[n-1].b, b)
			spans[n-1].delta += delta
			continue
		}
		spans = append(spans, span{a, b, delta})
	}
	fmt.Fprintf(w, "--- %s\n+++ %s\n", filepath.ToSlash(name), filepath.ToSlash(name))
	shift := 0 // line count change of the hunks before
	for _, s := range spans {
		lo := max(0, s.a-diffContext)
		hi := min(len(oldLines), s.b+diffContext)
		newLo, newHi := lo+shift, hi+shift+s.delta
		fmt.Fprintf(w, "@@ -%d,%d +%d,%d @@\n", lo+1, hi-lo, newLo+1, newHi-newLo)
		for i := lo; i < s.a; i++ {
			fmt.Fprintf(w, " %s\n", oldLines[i])
		}
		for i := s.a; i < s.b; i++ {
			fmt.Fprintf(w, "-%s\n", oldLines[i])
		}
		for i := s.a + shift; i < s.b+shift+s.delta; i++ {
			fmt.Fprintf(w, "+%s\n", newLines[i])
		}
		for i := s.b; i < hi; i++ {
			fmt.Fprintf(w, " %s\n", oldLines[i])
		}
		shift += s.delta
	}
}

// splitLines splits content into lines without their newlines.
func splitLines(b []byte) []string {
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
