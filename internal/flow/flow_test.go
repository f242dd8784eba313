package flow_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptolint/cryptolint/internal/flow"
)

const src = `package p

type Credentials struct{ Password, APIKey string }

type User struct {
	*Credentials
	Name string
	Tags map[string]string
}

func f(u User, pw string, c bool) {
	u.Password = pw               // a
	u.Credentials.Password = pw   // b
	if c {
		u.Password = "x"          // c
	}
	u.Name = pw                   // d
	func() { u.Password = pw }()  // e
	sink(u)
	for range 3 {
		u.APIKey = pw             // g
		u.APIKey = "y"            // h
		sink(u)
	}
	switch {
	case c:
		u.Name = "1"              // i
		u.Name = "2"              // j
		sink(u)
	}
	go func() {
		u.Name = ""               // k
		sink(u)
	}()
}

func g() {
L:
	goto L
}

func sink(any) {}
`

type fixture struct {
	fset *token.FileSet
	file *ast.File
	info *types.Info
	pkg  *types.Package
	in   *inspector.Inspector
}

func load(t *testing.T) *fixture {
	t.Helper()
	return loadSrc(t, src)
}

// loadSrc parses and type-checks one file of package p.
func loadSrc(t *testing.T, text string) *fixture {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", text, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Selections: map[*ast.SelectorExpr]*types.Selection{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{file}, info)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{fset, file, info, pkg, inspector.New([]*ast.File{file})}
}

// field returns the field name of the named struct type.
func (x *fixture) field(t *testing.T, typ, name string) *types.Var {
	t.Helper()
	st := x.pkg.Scope().Lookup(typ).Type().Underlying().(*types.Struct)
	for i := range st.NumFields() {
		if st.Field(i).Name() == name {
			return st.Field(i)
		}
	}
	t.Fatalf("no field %s.%s", typ, name)
	return nil
}

// assignment returns the cursor of the assignment statement on the line
// marked with the comment // mark.
func (x *fixture) assignment(t *testing.T, mark string) inspector.Cursor {
	t.Helper()
	var line int
	for _, cg := range x.file.Comments {
		if cg.Text() == mark+"\n" {
			line = x.fset.Position(cg.Pos()).Line
		}
	}
	for c := range x.in.Root().Preorder((*ast.AssignStmt)(nil)) {
		if x.fset.Position(c.Node().Pos()).Line == line {
			return c
		}
	}
	t.Fatalf("no assignment marked %s", mark)
	return inspector.Cursor{}
}

func TestPathInterning(t *testing.T) {
	x := load(t)
	creds, pw := x.field(t, "User", "Credentials"), x.field(t, "Credentials", "Password")
	var tab flow.Table
	p := tab.Fields(nil, creds, pw)
	if q := tab.Field(tab.Field(nil, creds), pw); p != q {
		t.Errorf("equal paths are different pointers: %p %p", p, q)
	}
	if p.Len() != 2 || p.String() != ".Credentials.Password" || p.Names() != "Credentials.Password" {
		t.Errorf("path = %d %q %q", p.Len(), p.String(), p.Names())
	}
	if !p.HasPrefix(tab.Field(nil, creds)) || !p.HasPrefix(nil) || !p.HasPrefix(p) || tab.Field(nil, creds).HasPrefix(p) {
		t.Error("HasPrefix is wrong")
	}
	if p.First().Field != creds || p.Last().Field != pw || p.Parent() != tab.Field(nil, creds) {
		t.Error("First/Last/Parent are wrong")
	}
	k := tab.Key(tab.Field(nil, x.field(t, "User", "Tags")), "token")
	if k.String() != ".Tags[token]" || k.Fields() || !k.Last().IsKey() {
		t.Errorf("key path = %q", k.String())
	}
	if r, ok := tab.Rebase(p, tab.Field(nil, creds)); !ok || r != tab.Field(nil, pw) {
		t.Errorf("Rebase = %v, %v", r, ok)
	}
	if _, ok := tab.Rebase(p, k); ok {
		t.Error("Rebase on a path that is not a prefix succeeded")
	}
	if c := tab.Concat(tab.Field(nil, creds), tab.Field(nil, pw)); c != p {
		t.Error("Concat is not interned")
	}
	var nilPath *flow.Path
	if nilPath.Len() != 0 || nilPath.String() != "" || !nilPath.Fields() {
		t.Error("the empty path is wrong")
	}
}

func TestSelectionMakesEmbeddingExplicit(t *testing.T) {
	x := load(t)
	creds, pw := x.field(t, "User", "Credentials"), x.field(t, "Credentials", "Password")
	var tab flow.Table
	var got []*flow.Path
	for c := range x.in.Root().Preorder((*ast.SelectorExpr)(nil)) {
		sel := c.Node().(*ast.SelectorExpr)
		if sel.Sel.Name != "Password" {
			continue
		}
		// The access path of the whole selector chain, from the variable.
		var chain [][]*types.Var
		for e := ast.Expr(sel); ; {
			s, ok := e.(*ast.SelectorExpr)
			if !ok {
				break
			}
			chain = append(chain, flow.Selection(x.info.Selections[s]))
			e = s.X
		}
		var p *flow.Path
		for i := len(chain) - 1; i >= 0; i-- {
			p = tab.Fields(p, chain[i]...)
		}
		got = append(got, p)
	}
	if len(got) != 4 {
		t.Fatalf("found %d selections of Password, want 4", len(got))
	}
	want := tab.Fields(nil, creds, pw)
	for i, p := range got {
		if p != want {
			t.Errorf("selection %d = %s, want %s", i, p, want)
		}
	}
	if flow.Selection(nil) != nil {
		t.Error("Selection(nil) is not nil")
	}
}

func TestKills(t *testing.T) {
	x := load(t)
	at := func(mark string) token.Pos { return x.assignment(t, mark).Node().Pos() }
	sinks := []token.Pos{}
	for c := range x.in.Root().Preorder((*ast.CallExpr)(nil)) {
		if id, ok := c.Node().(*ast.CallExpr).Fun.(*ast.Ident); ok && id.Name == "sink" {
			sinks = append(sinks, c.Node().Pos())
		}
	}
	first, loop, sw, later := sinks[0], sinks[1], sinks[2], sinks[3]
	for _, tc := range []struct {
		later, earlier string
		to             token.Pos
		want           bool
	}{
		{"b", "a", first, true},    // same block, before the use
		{"c", "b", first, false},   // on one branch only
		{"d", "a", first, true},    // any later statement of the block (Kills is about order, not location)
		{"e", "b", first, false},   // inside a function literal
		{"h", "g", loop, true},     // loop body
		{"j", "i", sw, true},       // case body
		{"b", "a", at("a"), false}, // the use comes first
		{"k", "d", later, true},    // in a closure's body, before its use; the earlier assignment outside it
		{"k", "d", first, false},   // the closure's assignment does not reach a use outside it
	} {
		s := x.assignment(t, tc.later)
		if got := flow.Kills(s, at(tc.earlier), tc.to); got != tc.want {
			t.Errorf("Kills(%s after %s) = %v, want %v", tc.later, tc.earlier, got, tc.want)
		}
	}
	var f, g *ast.FuncDecl
	for _, d := range x.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			switch fd.Name.Name {
			case "f":
				f = fd
			case "g":
				g = fd
			}
		}
	}
	if flow.Jumps(f.Body) || !flow.Jumps(g.Body) {
		t.Error("Jumps is wrong")
	}
}

func TestLatticeLaws(t *testing.T) {
	var vals []flow.Value
	for k := flow.Kind(1); k <= flow.Top; k <<= 1 {
		vals = append(vals, flow.Of(k))
	}
	vals = append(vals, flow.Value{}, flow.Of(flow.Top), flow.Of(flow.Hashed|flow.Empty), flow.Seen(flow.Param, 7, "parameter pw"))
	for _, a := range vals {
		if a.Join(a).Kinds != a.Kinds {
			t.Errorf("%s join itself = %s", a, a.Join(a))
		}
		if a.Join(flow.Value{}).Kinds != a.Kinds || !(flow.Value{}).Within(a.Kinds) {
			t.Errorf("bottom is not the identity of join for %s", a)
		}
		if !a.Within(flow.Top) || a.Join(flow.Of(flow.Top)).Kinds != flow.Top {
			t.Errorf("top is not above %s", a)
		}
		for _, b := range vals {
			if a.Join(b).Kinds != b.Join(a).Kinds {
				t.Errorf("join of %s and %s is not commutative", a, b)
			}
			if !a.Within(a.Join(b).Kinds) || !b.Within(a.Join(b).Kinds) {
				t.Errorf("join of %s and %s is not an upper bound", a, b)
			}
			for _, c := range vals {
				if a.Join(b).Join(c).Kinds != a.Join(b.Join(c)).Kinds {
					t.Errorf("join of %s, %s, %s is not associative", a, b, c)
				}
			}
		}
	}
	v := flow.Of(flow.Hashed).Join(flow.Seen(flow.Param, 7, "parameter pw")).Join(flow.Seen(flow.Constant, 9, "the constant \"x\""))
	if v.Witness.Pos != 7 || v.Witness.What != "parameter pw" {
		t.Errorf("witness = %+v, want the first one joined", v.Witness)
	}
	if got := v.String(); got != "constant|hashed|param" {
		t.Errorf("String = %q", got)
	}
	if !v.May(flow.Param) || v.May(flow.Plain) || v.Within(flow.Hashed|flow.Param) || !v.Within(flow.Hashed|flow.Param|flow.Constant) {
		t.Error("May/Within are wrong")
	}
	if (flow.Kind(0)).String() != "none" {
		t.Error("the empty kind set is not \"none\"")
	}
}

const runsSrc = `package p

func fill(b []byte) {}

func f(c bool) {
	var b []byte
	if c {
		fill(b) // one branch
	} else {
		return
	}
	use(b)
}

func g(c bool) {
	var b []byte
	if c {
		fill(b)
	}
	use(b)
}

func h() {
	panic := func() {}
	var b []byte
	for {
		fill(b)
		break
	}
	if len(b) == 0 {
		panic()
	}
	use(b)
}

func use([]byte) {}
`

func TestRuns(t *testing.T) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", runsSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{}).Check("p", fset, []*ast.File{file}, info); err != nil {
		t.Fatal(err)
	}
	in := inspector.New([]*ast.File{file})
	r := flow.Runs{Info: info}
	for c := range in.Root().Preorder((*ast.FuncDecl)(nil)) {
		var fills []inspector.Cursor
		var use inspector.Cursor
		for call := range c.Preorder((*ast.CallExpr)(nil)) {
			if id, ok := call.Node().(*ast.CallExpr).Fun.(*ast.Ident); ok {
				switch id.Name {
				case "fill":
					fills = append(fills, call)
				case "use":
					use = call
				}
			}
		}
		name := c.Node().(*ast.FuncDecl).Name.Name
		if !use.Valid() {
			continue
		}
		// f: the other branch returns, so the fill runs before every use;
		// g: the fill is on one branch only; h: for {} runs its body once.
		want := map[string]bool{"f": true, "g": false, "h": true}[name]
		if got := r.Before(use, fills); got != want {
			t.Errorf("%s: Before = %v, want %v", name, got, want)
		}
	}
	// The panic of h is a local function: its if does not leave.
	for c := range in.Root().Preorder((*ast.IfStmt)(nil)) {
		ifs := c.Node().(*ast.IfStmt)
		last := ifs.Body.List[len(ifs.Body.List)-1]
		if call, ok := last.(*ast.ExprStmt); ok {
			if id, ok := call.X.(*ast.CallExpr).Fun.(*ast.Ident); ok && id.Name == "panic" && r.Leaves(last) {
				t.Error("a local function named panic leaves the function")
			}
		}
		if _, ok := last.(*ast.ReturnStmt); ok && !r.Leaves(last) {
			t.Error("return does not leave the function")
		}
	}
}

const exclusiveSrc = `package p

func f(c bool, n int) {
	x := 0
	if c {
		x = 1 // a
	} else {
		x = 2 // b
	}
	switch n {
	case 1:
		x = 3 // c
	case 2:
		x = 4 // d
	}
	switch n {
	case 1:
		x = 5 // e
		fallthrough
	case 2:
		x = 6 // f
	}
	for range n {
		if c {
			x = 7 // g
		} else {
			x = 8 // h
		}
	}
	_ = x
}
`

func TestExclusive(t *testing.T) {
	fn, at := marked(t, exclusiveSrc, ast.Node.Pos, (*ast.AssignStmt)(nil))
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"a", "b", true},  // then and else
		{"c", "d", true},  // two cases
		{"e", "f", false}, // fallthrough
		{"g", "h", false}, // the next iteration runs the other arm
		{"a", "c", false}, // one after the other
	} {
		if got := flow.Exclusive(fn, at[tc.a], at[tc.b]); got != tc.want {
			t.Errorf("Exclusive(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

const leavesSrc = `package p

import "errors"

func find(v any) error { return nil }

var errExists = errors.New("exists")

func f(v any) error {
	if err := find(v); err == nil { // init
		return errExists
	}
	err := find(v) // next
	if err == nil {
		panic("exists")
	}
	if find(v) == nil { // cond
		return nil
	}
	if nil == find(v) { // reversed
		return nil
	}
	for range 3 {
		if err := find(v); err == nil { // continue
			continue
		}
	}
	if err := find(v); err != nil { // fails
		return err
	}
	if err := find(v); err == nil { // goes on
		println("exists")
	}
	err = find(v) // later
	println()
	if err == nil {
		return nil
	}
	other := find(v) // other
	if err == nil {
		return nil
	}
	_ = other
	find(v) // dropped
	return nil
}
`

func TestLeavesOnNil(t *testing.T) {
	x := loadSrc(t, leavesSrc)
	fset, file, info := x.fset, x.file, x.info
	in := x.in
	got := map[string]bool{}
	for _, cg := range file.Comments {
		line := fset.Position(cg.Pos()).Line
		for c := range in.Root().Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "find" && fset.Position(call.Pos()).Line == line {
				got[strings.TrimSpace(cg.Text())] = flow.LeavesOnNil(c, info)
			}
		}
	}
	want := map[string]bool{"init": true, "next": true, "cond": true, "reversed": true, "continue": true, "fails": false, "goes on": false, "later": false, "other": false, "dropped": false}
	for mark, w := range want {
		g, ok := got[mark]
		if !ok {
			t.Errorf("no call marked %q", mark)
		} else if g != w {
			t.Errorf("LeavesOnNil(%s) = %v, want %v", mark, g, w)
		}
	}
}

func TestTestedCall(t *testing.T) {
	x := loadSrc(t, leavesSrc)
	file, info := x.file, x.info
	var body *ast.BlockStmt
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "f" {
			body = fd.Body
		}
	}
	// The top-level if statements of f in order: whether TestedCall finds
	// the call each tests under == and under !=.
	type want struct{ eq, neq bool }
	wants := []want{
		{eq: true},  // init
		{eq: true},  // next: err tested after err := find(v)
		{eq: true},  // cond
		{eq: true},  // reversed
		{neq: true}, // fails
		{eq: true},  // goes on (TestedCall does not look at the body)
		{},          // later: println() between
		{},          // other: another variable than the one tested
	}
	var got []want
	for i, st := range body.List {
		ifs, ok := st.(*ast.IfStmt)
		if !ok {
			continue
		}
		var prev ast.Stmt
		if i > 0 {
			prev = body.List[i-1]
		}
		got = append(got, want{
			eq:  flow.TestedCall(info, ifs, prev, token.EQL) != nil,
			neq: flow.TestedCall(info, ifs, prev, token.NEQ) != nil,
		})
	}
	if len(got) != len(wants) {
		t.Fatalf("found %d if statements, want %d", len(got), len(wants))
	}
	for i := range wants {
		if got[i] != wants[i] {
			t.Errorf("if statement %d: TestedCall under ==, != = %v, want %v", i, got[i], wants[i])
		}
	}
}

const reachBackSrc = `package p

func f(xs []int, use func(int)) {
	x := 0
	use(x) // first use
	for _, v := range xs {
		use(x) // loop use
		x = v // loop def
	}
	x = 2 // after def
	g := func() {
		use(x) // closure use
	}
	x = 3 // late def
	g()
	h := func() {
		y := 0
		use(y) // inner use
		y = 1 // inner def
	}
	h()
}
`

// TestMayReachBack checks which assignments after a use in the source may
// still reach it: through a loop around both, or into a function literal
// that may run later; not from straight-line code after the use.
func TestMayReachBack(t *testing.T) {
	lastByte := func(n ast.Node) token.Pos { return n.End() - 1 }
	fn, at := marked(t, reachBackSrc, lastByte, (*ast.ExprStmt)(nil), (*ast.AssignStmt)(nil))
	for _, tc := range []struct {
		def, use string
		want     bool
	}{
		{"loop def", "loop use", true},    // the next iteration
		{"after def", "first use", false}, // straight line
		{"after def", "loop use", false},  // after the loop
		{"late def", "closure use", true}, // g runs after it
		{"inner def", "inner use", false}, // the literal's own straight line
	} {
		if got := flow.MayReachBack(fn, at[tc.def], at[tc.use]); got != tc.want {
			t.Errorf("MayReachBack(%s, %s) = %v, want %v", tc.def, tc.use, got, tc.want)
		}
	}
}

// marked parses src and returns the cursor of its first declaration and,
// by the text of each line comment, the position pos gives of the
// statement of one of the types on that line.
func marked(t *testing.T, src string, pos func(ast.Node) token.Pos, types ...ast.Node) (inspector.Cursor, map[string]token.Pos) {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	in := inspector.New([]*ast.File{file})
	at := map[string]token.Pos{}
	for _, cg := range file.Comments {
		line := fset.Position(cg.Pos()).Line
		for c := range in.Root().Preorder(types...) {
			if fset.Position(c.Node().Pos()).Line == line {
				at[strings.TrimSpace(cg.Text())] = pos(c.Node())
			}
		}
	}
	fn, _ := in.Root().FindNode(file.Decls[0])
	return fn, at
}
