package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSourcesLine: lines by number, without their newline or carriage
// return, also the last line without a newline; out of range gives "".
func TestSourcesLine(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.go"), []byte("package a\r\n\nvar x = 1\nfunc f() {}"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := newSources(dir)
	for _, c := range []struct {
		n    int
		want string
	}{{1, "package a"}, {2, ""}, {3, "var x = 1"}, {4, "func f() {}"}, {5, ""}, {0, ""}, {3, "var x = 1"}} {
		if got := s.line("a.go", c.n); got != c.want {
			t.Errorf("line(%d) = %q, want %q", c.n, got, c.want)
		}
	}
	if got := s.line("missing.go", 1); got != "" {
		t.Errorf("line of a missing file = %q, want \"\"", got)
	}
}
