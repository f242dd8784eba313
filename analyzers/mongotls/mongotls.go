package mongotls

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cryptolint/cryptolint/internal/conststr"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/mongouri"
	"github.com/cryptolint/cryptolint/internal/rules"
	"github.com/cryptolint/cryptolint/internal/setflag"
	"github.com/cryptolint/cryptolint/internal/suite"
)

//go:embed doc.go
var doc string

// Analyzer is the mongotls analyzer with its flags at their defaults.
var Analyzer = New()

// New returns a fresh mongotls analyzer with its own flag values and
// suite-wide settings of its own.
func New() *analysis.Analyzer {
	return NewFor(suite.New())
}

// NewFor returns a fresh mongotls analyzer that reads, and defines the
// -drivers flag of, the suite-wide settings s, for drivers that need
// distinct instances (the golangci-lint plugin).
func NewFor(s *suite.Settings) *analysis.Analyzer {
	c := &config{suite: s, drivers: &s.Drivers}
	a := &analysis.Analyzer{
		Name:     "mongotls",
		Doc:      rules.MustExtractDoc(doc, "mongotls"),
		URL:      rules.DocsURL + "#mongotls",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		// Analyze packages whose dependencies fail to type-check too:
		// their own code is complete, and skipping them would hide it.
		RunDespiteErrors: true,
		Run:              c.run,
	}
	rules.PolicyFlags(&a.Flags, &c.policy)
	c.loopbackFlag = setflag.BoolVar(&a.Flags, &c.loopback, "loopback", false, "also report connections to loopback hosts (localhost, 127.0.0.0/8, [::1], unix sockets)")
	s.DriversFlag(&a.Flags)
	return a
}

// config holds one analyzer instance's flag values.
type config struct {
	policy       rules.Policy
	loopback     bool
	loopbackFlag *setflag.Bool
	suite        *suite.Settings
	drivers      *mongoapi.Modules // the suite's
}

// pass is the state of one run over one package.
type pass struct {
	*config
	pass *analysis.Pass
	rep  *rules.Reporter
	// coveredExprs and coveredObjs are URIs handed to client options that
	// also get a TLS configuration: the URI's own TLS options do not decide.
	coveredExprs map[ast.Expr]bool
	coveredObjs  map[types.Object]bool
	uris         []uriSite
}

// uriSite is a URI-valued expression found in the walk, checked after it
// once every ApplyURI site is known.
type uriSite struct {
	expr  ast.Expr
	tmpl  conststr.Template
	owner types.Object // the constant or variable it initialises, if any
	mgo   bool         // an argument of gopkg.in/mgo.v2's Dial
}

func (c *config) run(p *analysis.Pass) (any, error) {
	cfg, res, err := c.suite.ForPass(p)
	if err != nil {
		return nil, err
	}
	eff := *c
	eff.drivers = res.Drivers
	if !c.loopbackFlag.IsSet() && cfg.Loopback != nil {
		eff.loopback = *cfg.Loopback
	}
	in := p.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	x := &pass{
		config:       &eff,
		pass:         p,
		rep:          rules.NewReporter(p, cfg.Policy(&c.policy)),
		coveredExprs: make(map[ast.Expr]bool),
		coveredObjs:  make(map[types.Object]bool),
	}
	// No import-based fast exit: a URI constant often lives in a config
	// package that never imports the driver. The walk stops at string
	// expressions, calls and composite literals, which is cheap.
	filter := []ast.Node{(*ast.BasicLit)(nil), (*ast.BinaryExpr)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)}
	for fc := range in.Root().Children() {
		if x.rep.Skip(fc.Node().(*ast.File)) {
			continue // test or generated file, outside the policy
		}
		fc.Inspect(filter, x.visit)
	}
	for _, s := range x.uris {
		x.checkURI(s)
	}
	x.rep.Finish()
	return nil, nil
}

// visit handles one node of the walk and reports whether to descend.
func (x *pass) visit(cur inspector.Cursor) bool {
	info := x.pass.TypesInfo
	switch n := cur.Node().(type) {
	case *ast.BasicLit:
		if n.Kind != token.STRING {
			return false
		}
		x.checkFragment(n)
		if isStringAdd(info, parentSkippingParens(cur)) {
			return false // part of a concatenation, handled at its root
		}
		if _, isTag := cur.Parent().Node().(*ast.Field); isTag {
			return false
		}
		x.candidate(cur, n)
	case *ast.BinaryExpr:
		if !isStringAdd(info, n) || isStringAdd(info, parentSkippingParens(cur)) {
			return true
		}
		if x.candidate(cur, n) {
			return false
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, n).(*types.Func)
		if fn == nil {
			return true
		}
		if fn.Name() == "Sprintf" && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && x.candidate(cur, n) {
			return false
		}
		switch x.drivers.ClientOptionsMethod(fn) {
		case "ApplyURI":
			if len(n.Args) == 1 && x.optionsScope(cur, n).tls {
				x.cover(n.Args[0])
			}
		case "SetHosts":
			x.checkSetHosts(cur, n)
		}
	case *ast.CompositeLit:
		x.checkCredentialLit(n)
	case *ast.AssignStmt:
		x.checkPasswordAssign(n)
	}
	return true
}

// candidate records e as a URI site when it evaluates to a MongoDB URI, and
// reports whether it did.
func (x *pass) candidate(cur inspector.Cursor, e ast.Expr) bool {
	t := conststr.Eval(x.pass.TypesInfo, e)
	if !t.HasLiteral || len(t.Parts) == 0 || t.Parts[0].Hole {
		return false // only named constants: reported where they are declared
	}
	if !mongouri.IsURI(t.Parts[0].Text) && !mongouri.IsURI(t.Join(mongouri.Hole)) {
		return false
	}
	if len(t.Parts) > 1 && !t.Parts[0].Pos.IsValid() && isCompleteURI(t.Parts[0].Text) {
		return false // a complete URI constant, extended here: its declaration reports
	}
	if schemeOnly(t.Join(mongouri.Hole)) {
		return false // a scheme added to a connection string from elsewhere: its TLS options are not known
	}
	if x.notConnection(cur) {
		return false // a pattern to compare with or a map key, not a connection
	}
	s := uriSite{expr: e, tmpl: t, owner: x.owner(cur)}
	if call, ok := cur.Parent().Node().(*ast.CallExpr); ok {
		fn, _ := typeutil.Callee(x.pass.TypesInfo, call).(*types.Func)
		s.mgo = mongoapi.IsMgoDial(fn)
	}
	x.uris = append(x.uris, s)
	return true
}

// checkFragment reports a string literal that is a piece of a connection
// string, not a URI of its own, and turns certificate verification off
// ("&tlsInsecure=true" appended to a URI built in pieces). The option is
// MongoDB's, so the piece is part of a MongoDB URI whatever its host.
func (x *pass) checkFragment(lit *ast.BasicLit) {
	t := conststr.Eval(x.pass.TypesInfo, lit)
	s := t.Join(mongouri.Hole)
	if mongouri.IsURI(s) || !strings.Contains(strings.ToLower(s), "insecure=true") {
		return // whole URIs are checked as such
	}
	off := 0
	for _, pair := range strings.FieldsFunc(s, func(r rune) bool { return r == '&' || r == ';' || r == '?' }) {
		start := strings.Index(s[off:], pair) + off
		off = start + len(pair)
		key, val, ok := strings.Cut(pair, "=")
		if !ok || val != "true" || !strings.EqualFold(key, "tlsInsecure") && !strings.EqualFold(key, "sslInsecure") {
			continue
		}
		var rng analysis.Range = lit
		if p := t.Pos(start); p.IsValid() {
			rng = posRange{p, p + token.Pos(len(pair))}
		}
		x.rep.Report(rules.MongoTLSInsecure, rng,
			fmt.Sprintf("%s in the connection-string piece %q turns off certificate and host name verification for the MongoDB URI it is added to (and alone does not enable TLS); remove it and trust the server's CA with tlsCAFile", pair, s))
		return
	}
}

// schemeOnly reports whether the template s is a scheme followed only by
// run-time parts ("mongodb://" + uri): hosts, options and all come from
// elsewhere, so whether TLS is on cannot be decided here.
func schemeOnly(s string) bool {
	for _, scheme := range []string{"mongodb://", "mongodb+srv://"} {
		if rest, ok := strings.CutPrefix(s, scheme); ok {
			return rest != "" && strings.Trim(rest, string(rune(mongouri.Hole))) == ""
		}
	}
	return false
}

// stringTests are the functions of package strings whose argument at the
// index (-1 for any) is a pattern compared with or searched for in another
// string, never a string that is dialled.
var stringTests = map[string]int{
	"strings.HasPrefix":  -1,
	"strings.HasSuffix":  -1,
	"strings.Contains":   -1,
	"strings.Index":      -1,
	"strings.LastIndex":  -1,
	"strings.EqualFold":  -1,
	"strings.Compare":    -1,
	"strings.Count":      -1,
	"strings.TrimPrefix": 1,
	"strings.TrimSuffix": 1,
	"strings.CutPrefix":  1,
	"strings.CutSuffix":  1,
}

// notConnection reports whether the string expression at cur is only a
// pattern given to a function of stringTests or a key of a map (in a map
// literal or an index expression), whatever it looks like.
func (x *pass) notConnection(cur inspector.Cursor) bool {
	info := x.pass.TypesInfo
	e := cur.Node()
	for {
		if _, ok := cur.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		cur = cur.Parent()
		e = cur.Node()
	}
	switch p := cur.Parent().Node().(type) {
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, p).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "strings" {
			return false
		}
		i, ok := stringTests[fn.FullName()]
		return ok && (i < 0 || i < len(p.Args) && p.Args[i] == e)
	case *ast.KeyValueExpr:
		if p.Key != e {
			return false
		}
		lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit)
		if !ok {
			return false
		}
		_, isMap := types.Unalias(info.TypeOf(lit)).Underlying().(*types.Map)
		return isMap
	case *ast.IndexExpr:
		if p.Index != e {
			return false
		}
		_, isMap := types.Unalias(info.TypeOf(p.X)).Underlying().(*types.Map)
		return isMap
	}
	return false
}

// isCompleteURI reports whether s parses as a URI with at least one host.
func isCompleteURI(s string) bool {
	_, err := mongouri.Parse(s)
	return err == nil
}

// owner returns the constant or variable that the expression at cur
// initialises or is assigned to, or nil.
func (x *pass) owner(cur inspector.Cursor) types.Object {
	info := x.pass.TypesInfo
	e := cur.Node()
	switch p := cur.Parent().Node().(type) {
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == e && i < len(p.Names) {
				return info.Defs[p.Names[i]]
			}
		}
	case *ast.AssignStmt:
		for i, v := range p.Rhs {
			if v == e && i < len(p.Lhs) && len(p.Lhs) == len(p.Rhs) {
				if id, ok := p.Lhs[i].(*ast.Ident); ok {
					return info.ObjectOf(id)
				}
			}
		}
	}
	return nil
}

// cover marks the URI argument of an ApplyURI whose options get TLS config.
func (x *pass) cover(arg ast.Expr) {
	arg = ast.Unparen(arg)
	x.coveredExprs[arg] = true
	if id, ok := arg.(*ast.Ident); ok {
		if obj := x.pass.TypesInfo.ObjectOf(id); obj != nil {
			x.coveredObjs[obj] = true
		}
	}
}

// scope is what one *options.ClientOptions value gets, through its method
// chain and the variable that holds it.
type scope struct {
	tls  bool // a non-nil TLS config, or the options escape to unknown code
	uri  bool // ApplyURI
	auth bool // SetAuth
}

// optionsScope summarises the client options that the method call at cur
// (a ClientOptions method) belongs to.
func (x *pass) optionsScope(cur inspector.Cursor, call *ast.CallExpr) scope {
	var s scope
	info := x.pass.TypesInfo
	// Down the receiver chain: options.Client().SetTLSConfig(c).ApplyURI(u).
	var root types.Object
	for e := ast.Expr(call); ; {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			if id, ok := ast.Unparen(e).(*ast.Ident); ok {
				if v, ok := info.ObjectOf(id).(*types.Var); ok {
					root = v // not a package name: options.Client()
				}
			}
			break
		}
		sel, ok := c.Fun.(*ast.SelectorExpr)
		if !ok {
			break
		}
		fn, _ := typeutil.Callee(info, c).(*types.Func)
		s.add(x.drivers.ClientOptionsMethod(fn), c, info)
		e = sel.X
	}
	// Up the chain: ...ApplyURI(u).SetTLSConfig(c), then the variable it is
	// assigned to.
	for up := cur; ; {
		sel, ok := up.Parent().Node().(*ast.SelectorExpr)
		if !ok {
			if v, ok := x.owner(up).(*types.Var); ok && root == nil {
				root = v
			}
			break
		}
		call, ok := up.Parent().Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun != sel {
			break
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		name := x.drivers.ClientOptionsMethod(fn)
		if name == "" {
			break
		}
		s.add(name, call, info)
		up = up.Parent().Parent()
	}
	if root != nil && !s.tls {
		x.variableScope(cur, root, &s)
	}
	return s
}

// add records what one ClientOptions method call contributes.
func (s *scope) add(method string, call *ast.CallExpr, info *types.Info) {
	switch method {
	case "SetTLSConfig":
		if len(call.Args) == 1 && !info.Types[call.Args[0]].IsNil() {
			s.tls = true
		}
	case "ApplyURI":
		s.uri = true
	case "SetAuth":
		s.auth = true
	}
}

// variableScope adds what the enclosing function does with the options
// variable v: method calls on it, TLSConfig assignments, and passing it to
// code that is not the driver's Connect (which may configure TLS).
func (x *pass) variableScope(cur inspector.Cursor, v types.Object, s *scope) {
	info := x.pass.TypesInfo
	body := cur.Node()
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body = fc.Node()
		break
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if method := x.drivers.ClientOptionsMethod(fn); method != "" {
				if rootIdent(info, n) == v {
					s.add(method, n, info)
				}
				return true
			}
			if x.drivers.IsConnect(fn) {
				return true
			}
			for _, a := range n.Args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && info.ObjectOf(id) == v {
					s.tls = true // handed to unknown code, which may set TLS
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				sel, ok := l.(*ast.SelectorExpr)
				if ok && sel.Sel.Name == "TLSConfig" && i < len(n.Rhs) && !info.Types[n.Rhs[i]].IsNil() {
					if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.ObjectOf(id) == v {
						s.tls = true
					}
				}
			}
		}
		return !s.tls
	})
}

// rootIdent returns the variable at the bottom of a method chain, or nil.
func rootIdent(info *types.Info, call *ast.CallExpr) types.Object {
	e := ast.Expr(call)
	for {
		switch n := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok {
				return nil
			}
			e = sel.X
		case *ast.Ident:
			if v, ok := info.ObjectOf(n).(*types.Var); ok {
				return v
			}
			return nil
		default:
			return nil
		}
	}
}

// checkURI reports the problems of one URI site.
func (x *pass) checkURI(s uriSite) {
	u, err := mongouri.Parse(s.tmpl.Join(mongouri.Hole))
	if err != nil {
		return // not a URI the driver would accept: a prefix, a message, a pattern
	}
	exposure, host := u.Exposure()
	if exposure == mongouri.Loopback && !x.loopback {
		return // local development default, not a network exposure
	}
	r := &uriReport{pass: x, site: s, u: u}
	covered := x.coveredExprs[s.expr] || (s.owner != nil && x.coveredObjs[s.owner])
	v := u.TLS()
	mech, mechOpt := u.AuthMechanism()

	if v.Invalid != "" {
		x.rep.Report(rules.MongoInvalidURI, r.optRange(v.InvalidOption),
			fmt.Sprintf("mongodb URI %s is rejected by the driver (%s), so the connection fails at run time; correct the TLS options", r.display(), v.Invalid))
	} else if !covered {
		r.checkTransport(v, exposure, host, mech, mechOpt)
	}
	for _, o := range v.AllowInvalid {
		x.rep.Report(rules.MongoAllowInvalid, r.optRange(o),
			fmt.Sprintf("%s in mongodb URI %s is ignored by the Go driver but turns certificate checks off in mongosh and other drivers; remove it and trust the server's CA with tlsCAFile", u.Text(optSpan(o)), r.display()),
			r.removeOption(o, "remove "+u.Text(optSpan(o)))...)
	}
	if u.HasPassword && !u.UserInfoUnknown {
		if pw := u.Text(u.Password); strings.IndexByte(pw, mongouri.Hole) < 0 && !conststr.IsPlaceholder(pw) {
			x.rep.Report(rules.MongoURICredentials, r.spanRange(u.Password),
				fmt.Sprintf("mongodb URI %s embeds the password of user %q; read the URI or the password from the environment or a secret store", r.display(), u.Text(u.User)))
		}
	}
	for _, name := range []string{"tlscertificatekeyfilepassword", "sslclientcertificatekeypassword"} {
		if o := u.Option(name); o != nil && !o.Unknown && !conststr.IsPlaceholder(o.Val) {
			x.rep.Report(rules.MongoURICredentials, r.optRange(o),
				fmt.Sprintf("mongodb URI %s embeds the client key password (%s); read it from the environment or a secret store", r.display(), u.Text(o.Key)))
		}
	}
	if mech == "MONGODB-CR" {
		x.rep.Report(rules.MongoWeakAuth, r.optRange(mechOpt),
			fmt.Sprintf("mongodb URI %s asks for authMechanism=MONGODB-CR, an MD5 challenge-response removed in MongoDB 4.0; use SCRAM-SHA-256", r.display()))
	}
}

// optSpan converts an option to the span from its key to the end of its value.
func optSpan(o *mongouri.Option) mongouri.Span {
	return mongouri.Span{Start: o.Key.Start, End: o.Value.End}
}

// uriReport builds messages, ranges and fixes for one URI site.
type uriReport struct {
	pass *pass
	site uriSite
	u    *mongouri.URI
}

// checkTransport reports a URI whose connection is not protected by TLS.
func (r *uriReport) checkTransport(v mongouri.Verdict, exposure mongouri.Exposure, host *mongouri.Host, mech string, mechOpt *mongouri.Option) {
	x, u := r.pass, r.u
	switch v.State {
	case mongouri.On:
		if v.Insecure != nil {
			x.rep.Report(rules.MongoTLSInsecure, r.optRange(v.Insecure),
				fmt.Sprintf("%s in mongodb URI %s turns off certificate and host name verification; remove it and trust the server's CA with tlsCAFile", u.Text(optSpan(v.Insecure)), r.display()),
				r.removeOption(v.Insecure, "remove "+u.Text(optSpan(v.Insecure)))...)
		}
		return
	case mongouri.Unknown:
		return // options partly known only at run time
	}
	where := describeHost(exposure, r.hostName(host))
	if v.Insecure != nil && v.Disabled == nil {
		x.rep.Report(rules.MongoTLSInsecure, r.optRange(v.Insecure),
			fmt.Sprintf("%s does not enable TLS: mongodb URI %s connects to %s in plaintext, and would skip certificate checks if TLS were on; replace it with tls=true", u.Text(optSpan(v.Insecure)), r.display(), where),
			r.replace(optSpan(v.Insecure), "tls=true", "replace "+u.Text(optSpan(v.Insecure))+" with tls=true (the server must accept TLS)")...)
		return
	}
	if mech == "PLAIN" {
		x.rep.Report(rules.MongoPlainAuth, r.optRange(mechOpt),
			fmt.Sprintf("mongodb URI %s uses authMechanism=PLAIN without TLS: the password crosses the network to %s in clear text; enable TLS with tls=true", r.display(), where),
			r.enableTLS(v)...)
		return
	}
	rule := rules.MongoNoTLSInternal
	if exposure == mongouri.Public {
		rule = rules.MongoNoTLSExposed
	} else if u.HasUserInfo && u.User.End > u.User.Start {
		rule = rules.MongoNoTLSExposed // credentials and data cross any network in plaintext
		where += fmt.Sprintf(" with the credentials of user %q", r.site.tmpl.Display(u.User.Start, u.User.End))
	}
	rng := r.exprRange()
	var msg string
	if v.Disabled != nil {
		rng = r.optRange(v.Disabled)
		msg = fmt.Sprintf("%s in mongodb URI %s turns TLS off for %s; use %s=true", u.Text(optSpan(v.Disabled)), r.display(), where, u.Text(v.Disabled.Key))
	} else {
		msg = fmt.Sprintf("mongodb URI %s connects to %s without TLS; add tls=true or set a TLS config on the client options", r.display(), where)
	}
	if r.site.mgo {
		msg += " (gopkg.in/mgo.v2 cannot enable TLS from a URI: dial through DialInfo.DialServer with tls.Dial)"
	}
	x.rep.Report(rule, rng, msg, r.enableTLS(v)...)
}

// describeHost names a host and its exposure for messages.
func describeHost(e mongouri.Exposure, name string) string {
	if e == mongouri.Runtime {
		return fmt.Sprintf("host %s, known only at run time,", name)
	}
	return fmt.Sprintf("%s host %s", e, name)
}

// display quotes the URI for messages: a known password masked, holes
// shown by their source ("%s", "{host}"), long URIs shortened.
func (r *uriReport) display() string {
	u, t := r.u, r.site.tmpl
	var s string
	if pw := u.Password; u.HasPassword && pw.End > pw.Start && strings.IndexByte(u.Text(pw), mongouri.Hole) < 0 {
		s = t.Display(0, pw.Start) + "****" + t.Display(pw.End, len(u.Raw))
	} else {
		s = t.Display(0, len(u.Raw))
	}
	if len(s) > 100 {
		s = s[:97] + "..."
	}
	return fmt.Sprintf("%q", s)
}

// hostName shows a host in messages, holes by their source.
func (r *uriReport) hostName(h *mongouri.Host) string {
	if h.Unknown {
		return r.site.tmpl.Display(h.Start, h.End)
	}
	return h.Name
}

// exprRange is the whole URI expression.
func (r *uriReport) exprRange() analysis.Range { return r.site.expr }

// spanRange is the source range of a span of the URI when it maps onto a
// literal, else the whole expression.
func (r *uriReport) spanRange(sp mongouri.Span) analysis.Range {
	if rng, ok := r.exactRange(sp); ok {
		return rng
	}
	return r.site.expr
}

// exactRange is the source range of a non-empty span that maps byte for
// byte onto one literal.
func (r *uriReport) exactRange(sp mongouri.Span) (posRange, bool) {
	if sp.End <= sp.Start {
		return posRange{}, false
	}
	start, end := r.site.tmpl.Pos(sp.Start), r.site.tmpl.Pos(sp.End-1)
	if !start.IsValid() || !end.IsValid() || end-start != token.Pos(sp.End-1-sp.Start) {
		return posRange{}, false
	}
	return posRange{start, end + 1}, true
}

// optRange is the range of one option (key=value), or the expression.
func (r *uriReport) optRange(o *mongouri.Option) analysis.Range {
	if o == nil {
		return r.site.expr
	}
	return r.spanRange(optSpan(o))
}

// replace returns a fix replacing span sp of the URI, when it maps onto a
// literal.
func (r *uriReport) replace(sp mongouri.Span, text, message string) []analysis.SuggestedFix {
	rng, ok := r.exactRange(sp)
	if !ok {
		return nil // no exact mapping onto the source
	}
	return []analysis.SuggestedFix{{
		Message:   message,
		TextEdits: []analysis.TextEdit{{Pos: rng.pos, End: rng.end, NewText: []byte(text)}},
	}}
}

// enableTLS returns the fix that turns TLS on: tls=false becomes
// tls=true, or tls=true is appended to a constant URI literal.
func (r *uriReport) enableTLS(v mongouri.Verdict) []analysis.SuggestedFix {
	const note = " (the server must accept TLS)"
	u := r.u
	if v.Disabled != nil {
		return r.replace(v.Disabled.Value, "true", "set "+u.Text(v.Disabled.Key)+"=true"+note)
	}
	if !r.site.tmpl.Constant() {
		return nil
	}
	last := r.site.tmpl.Pos(len(u.Raw) - 1)
	if !last.IsValid() {
		return nil
	}
	var add string
	switch q := strings.IndexByte(u.Raw, '?'); {
	case strings.IndexByte(u.Raw[len(u.Raw)-len(afterHosts(u)):], '/') < 0:
		add = "/?tls=true"
	case q < 0:
		add = "?tls=true"
	case strings.HasSuffix(u.Raw, "?") || strings.HasSuffix(u.Raw, "&") || strings.HasSuffix(u.Raw, ";"):
		add = "tls=true"
	default:
		add = "&tls=true"
	}
	return []analysis.SuggestedFix{{
		Message:   "add tls=true" + note,
		TextEdits: []analysis.TextEdit{{Pos: last + 1, End: last + 1, NewText: []byte(add)}},
	}}
}

// afterHosts returns what follows the host list.
func afterHosts(u *mongouri.URI) string {
	if len(u.Hosts) == 0 {
		return ""
	}
	return u.Raw[u.Hosts[len(u.Hosts)-1].End:]
}

// removeOption returns a fix deleting option o and one separator.
func (r *uriReport) removeOption(o *mongouri.Option, message string) []analysis.SuggestedFix {
	sp := optSpan(o)
	raw := r.u.Raw
	switch {
	case sp.Start > 0 && (raw[sp.Start-1] == '&' || raw[sp.Start-1] == ';'):
		sp.Start--
	case sp.End < len(raw) && (raw[sp.End] == '&' || raw[sp.End] == ';'):
		sp.End++
	}
	return r.replace(sp, "", message)
}

// posRange is an analysis.Range of two positions.
type posRange struct{ pos, end token.Pos }

func (p posRange) Pos() token.Pos { return p.pos }
func (p posRange) End() token.Pos { return p.end }

// checkSetHosts reports SetHosts with literal hosts on client options that
// get neither a URI nor a TLS configuration.
func (x *pass) checkSetHosts(cur inspector.Cursor, call *ast.CallExpr) {
	if len(call.Args) != 1 {
		return
	}
	lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
	if !ok {
		return // hosts from elsewhere: unknown
	}
	s := x.optionsScope(cur, call)
	if s.tls || s.uri {
		return // TLS configured, or a URI that decides (checked on its own)
	}
	var names []string
	worst := mongouri.Loopback
	var worstHost *mongouri.Host
	for _, elt := range lit.Elts {
		t := conststr.Eval(x.pass.TypesInfo, elt)
		if !t.Constant() {
			return // a run-time host list: not reported
		}
		h := mongouri.ParseHost(t.Join(mongouri.Hole))
		if e := h.Exposure(); worstHost == nil || e > worst {
			worst, worstHost = e, &h
		}
		names = append(names, h.Name)
	}
	if worstHost == nil || worst == mongouri.Loopback && !x.loopback {
		return
	}
	rule := rules.MongoNoTLSInternal
	where := describeHost(worst, worstHost.Name)
	if worst == mongouri.Public {
		rule = rules.MongoNoTLSExposed
	} else if s.auth {
		rule = rules.MongoNoTLSExposed // credentials and data cross any network in plaintext
		where += " with credentials (SetAuth)"
	}
	x.rep.Report(rule, lit, fmt.Sprintf("client options connect to %s without TLS (SetHosts %s); call SetTLSConfig on the same options or use a URI with tls=true",
		where, strings.Join(names, ", ")))
}

// checkCredentialLit reports a literal password in options.Credential or
// mgo.DialInfo composite literals.
func (x *pass) checkCredentialLit(lit *ast.CompositeLit) {
	t := x.pass.TypesInfo.TypeOf(lit)
	if t == nil || !x.drivers.IsOptionsType(t, "Credential") && !mongoapi.IsMgoDialInfo(t) {
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue // positional literals of these types do not occur in practice
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Password" {
			x.checkPasswordValue(kv.Value, types.TypeString(types.Unalias(t), (*types.Package).Name))
		}
	}
}

// checkPasswordAssign reports cred.Password = "literal".
func (x *pass) checkPasswordAssign(as *ast.AssignStmt) {
	for i, l := range as.Lhs {
		sel, ok := l.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Password" || i >= len(as.Rhs) || len(as.Lhs) != len(as.Rhs) {
			continue
		}
		t := x.pass.TypesInfo.TypeOf(sel.X)
		if t != nil && (x.drivers.IsOptionsType(t, "Credential") || mongoapi.IsMgoDialInfo(t)) {
			x.checkPasswordValue(as.Rhs[i], types.TypeString(types.Unalias(t), (*types.Package).Name))
		}
	}
}

// checkPasswordValue reports v when it is a constant, non-placeholder string.
func (x *pass) checkPasswordValue(v ast.Expr, typ string) {
	t := conststr.Eval(x.pass.TypesInfo, v)
	if !t.Constant() || conststr.IsPlaceholder(t.Join(0)) {
		return
	}
	typ = strings.TrimPrefix(typ, "*")
	x.rep.Report(rules.MongoURICredentials, v,
		fmt.Sprintf("%s.Password is a hard-coded string; read the password from the environment or a secret store", typ))
}

// isStringAdd reports whether n is a string concatenation.
func isStringAdd(info *types.Info, n ast.Node) bool {
	b, ok := n.(*ast.BinaryExpr)
	if !ok || b.Op != token.ADD {
		return false
	}
	t, ok := info.TypeOf(b).Underlying().(*types.Basic)
	return ok && t.Info()&types.IsString != 0
}

// parentSkippingParens returns the nearest ancestor that is not a ParenExpr.
func parentSkippingParens(cur inspector.Cursor) ast.Node {
	for p := cur.Parent(); p.Valid(); p = p.Parent() {
		if _, ok := p.Node().(*ast.ParenExpr); !ok {
			return p.Node()
		}
	}
	return nil
}
