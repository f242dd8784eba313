package cli

import (
	"bytes"
	"go/ast"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/cryptolint/cryptolint/analyzers/mongotls"
)

// TestAnalyzerPanic checks that a panicking analyzer becomes an internal
// error (CL004, exit 2) naming the package and the place, while the other
// analyzers still report.
func TestAnalyzerPanic(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/p\n\ngo 1.26.0\n",
		"p/p.go": "package p\n\nconst URI = \"mongodb://p.example.com/app\"\n",
		"q/q.go": "package q\n\nconst Q = 1\n",
	})
	panicky := &analysis.Analyzer{
		Name: "panicky",
		Doc:  "panics on package p",
		Run: func(p *analysis.Pass) (any, error) {
			for _, f := range p.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok && id.Name == "URI" {
						panic("an analyzer bug, on purpose")
					}
					return true
				})
			}
			return nil, nil
		},
	}
	var stdout, stderr bytes.Buffer
	code := Main([]*analysis.Analyzer{panicky, mongotls.New()}, []string{"-C", dir, "-color=never", "./..."}, &stdout, &stderr)
	if code != ExitError {
		t.Errorf("exit code %d, want %d", code, ExitError)
	}
	if !strings.Contains(stderr.String(), "cryptolint: error: example.com/p/p: panicky: CL004 internal error: panic while analyzing example.com/p/p: an analyzer bug, on purpose (at ") ||
		!strings.Contains(stderr.String(), "panic_test.go:") {
		t.Errorf("stderr:\n%s", stderr.String())
	}
	if !strings.Contains(stdout.String(), `p/p.go:3:13: high: mongodb URI "mongodb://p.example.com/app"`) {
		t.Errorf("mongotls findings missing:\n%s", stdout.String())
	}
}
