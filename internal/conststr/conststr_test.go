package conststr_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/cryptolint/cryptolint/internal/conststr"
)

// load type-checks src and returns the initialiser of each package-level
// variable by name.
func load(t *testing.T, src string) (*token.FileSet, *types.Info, map[string]ast.Expr) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	vars := map[string]ast.Expr{}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				vars[vs.Names[0].Name] = vs.Values[0]
			}
		}
	}
	return fset, info, vars
}

const src = `package p

import "fmt"

const host = "db.example.com"

func h() string { return "x" }

var (
	lit     = "mongodb://a/b"
	named   = host
	concat  = "mongodb://" + host + "/app"
	hole    = "mongodb://" + h() + "/app"
	sprintf = fmt.Sprintf("mongodb://%s:%d/%%app", h(), 1)
	escaped = "a\tb"
	raw     = ` + "`raw`" + `
	notstr  = 42
)
`

func TestEval(t *testing.T) {
	fset, info, vars := load(t, src)
	for _, tc := range []struct {
		name       string
		join       string
		display    string
		constant   bool
		hasLiteral bool
	}{
		{"lit", "mongodb://a/b", "mongodb://a/b", true, true},
		{"named", "db.example.com", "db.example.com", true, false},
		{"concat", "mongodb://db.example.com/app", "mongodb://db.example.com/app", true, true},
		{"hole", "mongodb://#/app", "mongodb://{h()}/app", false, true},
		{"sprintf", "mongodb://#:#/%app", "mongodb://%s:%d/%app", false, true},
		{"escaped", "a\tb", "a\tb", true, true},
		{"raw", "raw", "raw", true, true},
		{"notstr", "#", "{42}", false, false},
	} {
		tmpl := conststr.Eval(info, vars[tc.name])
		join := tmpl.Join('#')
		if join != tc.join || tmpl.Constant() != tc.constant || tmpl.HasLiteral != tc.hasLiteral {
			t.Errorf("%s: Join=%q Constant=%v HasLiteral=%v, want %q %v %v", tc.name, join, tmpl.Constant(), tmpl.HasLiteral, tc.join, tc.constant, tc.hasLiteral)
		}
		if d := tmpl.Display(0, len(join)); d != tc.display {
			t.Errorf("%s: Display=%q, want %q", tc.name, d, tc.display)
		}
	}

	// Positions map bytes onto literals without escapes only.
	pos := func(name string, off int) string {
		p := conststr.Eval(info, vars[name]).Pos(off)
		if !p.IsValid() {
			return "-"
		}
		return fset.Position(p).String()
	}
	for _, tc := range []struct {
		name string
		off  int
		want string
	}{
		{"lit", 0, "p.go:10:13"},  // the 'm' after the quote
		{"lit", 12, "p.go:10:25"}, // the final 'b'
		{"concat", 10, "-"},       // from the named constant: no literal position
		{"concat", 24, "p.go:12:35"},
		{"sprintf", 10, "-"}, // a hole
		{"sprintf", 11, "p.go:14:37"},
		{"sprintf", 14, "-"}, // the % of %%
		{"sprintf", 15, "p.go:14:43"},
		{"escaped", 0, "-"},
		{"raw", 0, "p.go:16:13"},
	} {
		if got := pos(tc.name, tc.off); got != tc.want {
			t.Errorf("Pos(%s, %d) = %s, want %s", tc.name, tc.off, got, tc.want)
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	for s, want := range map[string]bool{
		"": true, "  ": true, "<password>": true, "${MONGO_PASSWORD}": true, "$MONGO_PASSWORD": true,
		"{{.Password}}": true, "{password}": true, "[password]": true, "%s": true, "%[2]v": true,
		"xxxx": true, "****": true, "...": true,
		"hunter2": false, "s3cr3t": false, "$ecret": false, "%secret": false, "x1x": false, "pa$$word": false,
	} {
		if got := conststr.IsPlaceholder(s); got != want {
			t.Errorf("IsPlaceholder(%q) = %v, want %v", s, got, want)
		}
	}
}
