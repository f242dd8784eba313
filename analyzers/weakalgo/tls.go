package weakalgo

import (
	"crypto/tls"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"go/version"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptolint/cryptolint/internal/rules"
)

// tlsLit is a tls.Config literal, judged for CL319 after the walk.
type tlsLit struct {
	cur    inspector.Cursor
	lit    *ast.CompositeLit
	fields map[string]ast.Expr
	owner  *types.Var
}

// compositeLit dispatches tls.Config and x509 template literals.
func (x *pass) compositeLit(cur inspector.Cursor, lit *ast.CompositeLit) {
	t := x.info.TypeOf(lit)
	if isNamed(t, "crypto/tls", "Config") {
		x.tlsConfigLit(cur, lit)
		return
	}
	if isNamed(t, "golang.org/x/crypto/ssh", "ClientConfig") {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && x.keyName(kv.Key) == "HostKeyCallback" {
				x.checkHostKeyCallback(kv.Value)
			}
		}
		return
	}
	if tn, fields, ok := x.keyField(t); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && slices.Contains(fields, x.keyName(kv.Key)) {
				x.checkKeyValue(tn+" "+x.keyName(kv.Key), kv.Value)
			}
		}
		return
	}
	if name, ok := x509TemplateName(t); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && x.keyName(kv.Key) == "SignatureAlgorithm" {
				x.checkSigAlg(kv.Value, name)
			}
		}
		return
	}
	if _, ok := typeUnder(t).(*types.Struct); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := x.info.Uses[id].(*types.Var); ok && f.IsField() {
						x.checkKeyFieldValue(f, kv.Value, "")
					}
				}
			}
		}
	}
}

// tlsConfigLit judges the fields of a tls.Config literal.
func (x *pass) tlsConfigLit(cur inspector.Cursor, lit *ast.CompositeLit) {
	fields := make(map[string]ast.Expr)
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			fields[x.keyName(kv.Key)] = kv.Value
		}
	}
	// The variable holding the literal (cfg := &tls.Config{...}).
	up := cur
	if k, _ := up.ParentEdge(); k == edge.UnaryExpr_X {
		up = up.Parent()
	}
	owner := x.resultVar(up)
	sets := x.assignedFields(owner)
	has := func(f string) bool { _, ok := fields[f]; return ok || sets[f] }
	for name, value := range fields {
		x.checkTLSField(up, name, value, has)
	}
	x.tlsLits = append(x.tlsLits, tlsLit{cur: up, lit: lit, fields: fields, owner: owner})
}

// assignedFields returns the fields assigned through the variable v
// (v.MinVersion = ...).
func (x *pass) assignedFields(v *types.Var) map[string]bool {
	out := make(map[string]bool)
	if v == nil || x.idx().vars[v] == nil {
		return out
	}
	for _, u := range x.idx().vars[v].uses {
		if k, _ := u.ParentEdge(); k != edge.SelectorExpr_X {
			continue
		}
		sel := u.Parent().Node().(*ast.SelectorExpr)
		if k, _ := u.Parent().ParentEdge(); k == edge.AssignStmt_Lhs {
			out[sel.Sel.Name] = true
		}
	}
	return out
}

// configFields returns the fields a tls.Config variable gets from its
// literal and from assignments.
func (x *pass) configFields(v *types.Var) map[string]bool {
	out := x.assignedFields(v)
	if v == nil {
		return out
	}
	init, _ := x.initOf(v)
	if init == nil {
		return out
	}
	e := ast.Unparen(init)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X)
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				out[x.keyName(kv.Key)] = true
			}
		}
	}
	return out
}

// assign judges assignments to tls.Config and x509 template fields.
func (x *pass) assign(cur inspector.Cursor, as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, l := range as.Lhs {
		sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if s, ok := x.info.Selections[sel]; !ok || s.Kind() != types.FieldVal {
			continue
		}
		t := x.info.TypeOf(sel.X)
		switch {
		case isNamed(t, "crypto/tls", "Config"):
			owner := x.varOf(sel.X)
			fields := x.configFields(owner)
			has := func(f string) bool { return fields[f] }
			x.checkTLSField(cur, sel.Sel.Name, as.Rhs[i], has)
		case sel.Sel.Name == "HostKeyCallback" && isNamed(t, "golang.org/x/crypto/ssh", "ClientConfig"):
			x.checkHostKeyCallback(as.Rhs[i])
		case x.isKeyField(t, sel.Sel.Name):
			tn, _, _ := x.keyField(t)
			x.checkKeyValue(tn+" "+sel.Sel.Name, as.Rhs[i])
		case sel.Sel.Name == "SignatureAlgorithm":
			if name, ok := x509TemplateName(t); ok {
				x.checkSigAlg(as.Rhs[i], name)
			}
		}
	}
}

// checkTLSField judges one tls.Config field value; cur is the config
// expression or the assignment, has reports the config's other fields.
func (x *pass) checkTLSField(cur inspector.Cursor, field string, value ast.Expr, has func(string) bool) {
	switch field {
	case "MinVersion", "MaxVersion", "InsecureSkipVerify", "CipherSuites":
		if x.optionGuarded(cur) {
			return // set only when a boolean option says so: a run-time choice, like a flag
		}
	}
	switch field {
	case "MinVersion", "MaxVersion":
		v, ok := x.intValue(value)
		if !ok || v == 0 || v >= tls.VersionTLS12 {
			return
		}
		name := tlsVersionNames[v]
		if name == "" {
			name = fmt.Sprintf("%#04x", v)
		}
		if field == "MaxVersion" {
			x.rep.Report(rules.TLSOldVersion, value, fmt.Sprintf("tls.Config MaxVersion %s caps every connection below TLS 1.2; remove MaxVersion or set it to tls.VersionTLS13", name))
			return
		}
		var fixes []analysis.SuggestedFix
		if text, ok := x.qualify("crypto/tls", "VersionTLS12"); ok {
			fixes = append(fixes, replaceFix("set MinVersion to "+text, value, text))
		}
		x.rep.Report(rules.TLSOldVersion, value, fmt.Sprintf("tls.Config MinVersion %s allows versions below TLS 1.2, deprecated by RFC 8996; set MinVersion to tls.VersionTLS12", name), fixes...)
	case "InsecureSkipVerify":
		if v, ok := x.boolValue(value); !ok || !v {
			return // false, or decided at run time (a flag the user sets)
		}
		if has("VerifyPeerCertificate") || has("VerifyConnection") {
			return // custom verification, such as certificate pinning
		}
		x.rep.Report(rules.TLSInsecureSkipVerify, value, fmt.Sprintf("tls.Config InsecureSkipVerify: true%s accepts any certificate for any host name, so the connection can be intercepted; remove it and trust the server's CA with RootCAs, or verify the peer in VerifyConnection", x.mongoNote(cur)))
	case "CipherSuites":
		x.checkSuites(value)
	}
}

// checkSuites reports insecure suites in a CipherSuites value: a slice
// literal, an append of suites to another value
// (append(cfg.CipherSuites, tls.TLS_RSA_WITH_RC4_128_SHA)), also in a loop
// over tls.InsecureCipherSuites(), or the list that a function of the
// package returns on every path (reported at its call).
func (x *pass) checkSuites(value ast.Expr) {
	for _, h := range x.weakSuites(value, 0) {
		x.rep.Report(rules.TLSInsecureCipherSuite, h.at, h.msg)
	}
}

// suiteHit is one insecure suite in a CipherSuites value: where to report
// it, and the message.
type suiteHit struct {
	at  ast.Expr
	msg string
}

// weakSuites returns the insecure suites of a CipherSuites value.
func (x *pass) weakSuites(value ast.Expr, depth int) []suiteHit {
	if depth > 3 {
		return nil
	}
	var out []suiteHit
	switch v := x.resolve(value).(type) {
	case *ast.CompositeLit:
		for _, elt := range v.Elts {
			out = append(out, x.weakSuite(elt)...)
		}
	case *ast.CallExpr:
		if !x.isBuiltin(v, "append") {
			return x.returnedSuites(v, depth)
		}
		if len(v.Args) < 2 {
			return nil
		}
		out = append(out, x.weakSuites(v.Args[0], depth+1)...)
		if v.Ellipsis.IsValid() {
			return append(out, x.weakSuites(v.Args[1], depth+1)...)
		}
		for _, a := range v.Args[1:] {
			out = append(out, x.weakSuite(a)...)
		}
	}
	return out
}

// returnedSuites returns the insecure suites that a function of the
// package called by call returns on every path (legacyList()), placed at
// the call: a list that differs between paths is a run-time choice.
func (x *pass) returnedSuites(call *ast.CallExpr, depth int) []suiteHit {
	fn := x.staticCallee(call)
	if fn == nil || fn.Pkg() != x.pass.Pkg {
		return nil
	}
	d, ok := x.declOf(fn).(*ast.FuncDecl)
	if !ok {
		return nil
	}
	var common []string // messages found on every return so far
	n := 0
	ast.Inspect(d.Body, func(nd ast.Node) bool {
		switch r := nd.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			var msgs []string
			if len(r.Results) > 0 && !x.info.Types[r.Results[0]].IsNil() {
				for _, h := range x.weakSuites(r.Results[0], depth+1) {
					msgs = append(msgs, h.msg)
				}
			}
			if n == 0 {
				common = msgs
			} else {
				common = slices.DeleteFunc(common, func(m string) bool { return !slices.Contains(msgs, m) })
			}
			n++
		}
		return true
	})
	var out []suiteHit
	for _, m := range common {
		if !slices.ContainsFunc(out, func(h suiteHit) bool { return h.msg == m }) {
			out = append(out, suiteHit{at: call, msg: m})
		}
	}
	return out
}

// weakSuite returns the insecure suite elt names: a constant, or the ID
// of a range value over tls.InsecureCipherSuites().
func (x *pass) weakSuite(elt ast.Expr) []suiteHit {
	if id, ok := x.intValue(elt); ok {
		if name, ok := insecureSuites[uint64(id)]; ok {
			return []suiteHit{{elt, fmt.Sprintf("tls.Config CipherSuites enables %s, listed by tls.InsecureCipherSuites; remove it, or leave CipherSuites unset", name)}}
		}
		return nil
	}
	sel, ok := ast.Unparen(elt).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "ID" {
		return nil
	}
	v := x.varOf(sel.X)
	if v == nil || x.idx().vars[v] == nil || !x.idx().vars[v].def.Valid() {
		return nil
	}
	def := x.idx().vars[v].def
	rs, ok := def.Parent().Node().(*ast.RangeStmt)
	if k, _ := def.ParentEdge(); !ok || k != edge.RangeStmt_Value {
		return nil
	}
	call, ok := x.resolve(rs.X).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if fn, _ := x.callee(call); fn == nil || fn.FullName() != "crypto/tls.InsecureCipherSuites" {
		return nil // tls.CipherSuites(): the secure list
	}
	return []suiteHit{{elt, fmt.Sprintf("tls.Config CipherSuites enables every suite of tls.InsecureCipherSuites (%s.ID): RC4, 3DES, CBC-SHA256 and static RSA key exchange; remove the loop, or leave CipherSuites unset", v.Name())}}
}

// checkHostKeyCallback reports an ssh.ClientConfig HostKeyCallback whose
// function returns nil on every path: it accepts every host key, as
// ssh.InsecureIgnoreHostKey does (CL322).
func (x *pass) checkHostKeyCallback(value ast.Expr) {
	e := x.resolve(value)
	for {
		call, ok := e.(*ast.CallExpr)
		if !ok || !x.isConversion(call) {
			break
		}
		e = x.resolve(call.Args[0]) // ssh.HostKeyCallback(f)
	}
	var body *ast.BlockStmt
	what := "function literal"
	if lit, ok := e.(*ast.FuncLit); ok {
		body = lit.Body
	} else if fn := x.funcRef(e); fn != nil && fn.Pkg() == x.pass.Pkg {
		if d, ok := x.declOf(fn).(*ast.FuncDecl); ok {
			body, what = d.Body, fn.Name()
		}
	}
	if body == nil || !x.returnsOnlyNil(body) {
		return
	}
	x.rep.Report(rules.SSHInsecureHostKey, value, fmt.Sprintf("HostKeyCallback %s returns nil for every host key, so it accepts any server and the SSH connection can be intercepted; compare the key with a known one (knownhosts.New, ssh.FixedHostKey) and return an error otherwise", what))
}

// returnsOnlyNil reports whether every return of the function body (not
// of nested literals) returns nil, and there is one.
func (x *pass) returnsOnlyNil(body *ast.BlockStmt) bool {
	n, ok := 0, true
	ast.Inspect(body, func(nd ast.Node) bool {
		switch r := nd.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			n++
			if len(r.Results) != 1 || !x.info.Types[r.Results[0]].IsNil() {
				ok = false
			}
		}
		return ok
	})
	return ok && n > 0
}

// optionGuarded reports whether c is in the branch of an if statement, in
// the same function, whose condition is a boolean option: a variable, a
// field or a dereferenced flag (if cs.SSLInsecure {...}, if *insecure
// {...}), possibly negated or combined with && and ||.
func (x *pass) optionGuarded(c inspector.Cursor) bool {
	for ec := range c.Enclosing((*ast.IfStmt)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		ifs, ok := ec.Node().(*ast.IfStmt)
		if !ok {
			return false
		}
		if c.Node().Pos() >= ifs.Body.Pos() && x.isOption(ifs.Cond) {
			return true
		}
	}
	return false
}

// isOption reports whether e is a boolean option read.
func (x *pass) isOption(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.StarExpr:
		t, ok := x.info.TypeOf(e).Underlying().(*types.Basic)
		return ok && t.Kind() == types.Bool && x.info.Types[e].Value == nil
	case *ast.CallExpr:
		// A getter: opts.VerifyCerts(), insecure().
		return len(e.Args) == 0 && !x.isConversion(e) && isBool(x.info.TypeOf(e))
	case *ast.TypeAssertExpr, *ast.IndexExpr:
		// v.(bool), settings["insecure"].
		return isBool(x.info.TypeOf(e)) && x.info.Types[e].Value == nil
	case *ast.UnaryExpr:
		return e.Op == token.NOT && x.isOption(e.X)
	case *ast.BinaryExpr:
		return (e.Op == token.LAND || e.Op == token.LOR) && (x.isOption(e.X) || x.isOption(e.Y))
	}
	return false
}

// isBool reports whether t's underlying type is bool.
func isBool(t types.Type) bool {
	b, ok := t.(*types.Basic)
	if t != nil {
		b, ok = t.Underlying().(*types.Basic)
	}
	return ok && b.Kind() == types.Bool
}

// mongoNote says when the config at cur is given to the MongoDB driver's
// SetTLSConfig, directly or through the variable holding it.
func (x *pass) mongoNote(cur inspector.Cursor) string {
	isSet := func(c inspector.Cursor) bool {
		if k, _ := c.ParentEdge(); k != edge.CallExpr_Args {
			return false
		}
		fn, _ := x.callee(c.Parent().Node().(*ast.CallExpr))
		return x.mongo.ClientOptionsMethod(fn) == "SetTLSConfig"
	}
	if _, ok := cur.Node().(ast.Expr); ok {
		if isSet(cur) {
			return " (given to the MongoDB client's SetTLSConfig)"
		}
		if v := x.resultVar(cur); v != nil && x.idx().vars[v] != nil {
			for _, u := range x.idx().vars[v].uses {
				if isSet(u) {
					return " (given to the MongoDB client's SetTLSConfig)"
				}
			}
		}
	}
	return ""
}

// checkServerDefaults reports server tls.Config literals without
// MinVersion when the module's go line (before 1.22) or a //go:debug
// tls10server=1 directive lets servers accept TLS 1.0 (CL319).
func (x *pass) checkServerDefaults() {
	why := x.tls10Reason()
	if why == "" {
		return
	}
	for _, t := range x.tlsLits {
		if _, ok := t.fields["MinVersion"]; ok || x.assignedFields(t.owner)["MinVersion"] {
			continue
		}
		if !x.isServerConfig(t) {
			continue
		}
		var at ast.Node = t.lit
		if t.lit.Type != nil {
			at = t.lit.Type
		}
		x.rep.Report(rules.TLSServerDefaultMinVersion, at, fmt.Sprintf("server tls.Config without MinVersion accepts TLS 1.0 and 1.1 because %s; set MinVersion: tls.VersionTLS12", why))
	}
}

// tls10Reason says why servers of this package default to accepting TLS
// 1.0, or returns "".
func (x *pass) tls10Reason() string {
	if x.pass.Pkg.Name() == "main" {
		for _, f := range x.pass.Files {
			for _, cg := range f.Comments {
				for _, c := range cg.List {
					if d, ok := strings.CutPrefix(c.Text, "//go:debug "); ok && strings.TrimSpace(d) == "tls10server=1" {
						return "of //go:debug tls10server=1"
					}
				}
			}
		}
	}
	gv := ""
	if m := x.pass.Module; m != nil {
		gv = m.GoVersion
	}
	if gv == "" {
		return "" // unknown: not reported
	}
	if version.Compare("go"+gv, "go1.22") < 0 {
		return "the module's go line is " + gv + ", before go 1.22 made TLS 1.2 the server minimum"
	}
	return ""
}

// isServerConfig reports whether a tls.Config literal configures a server:
// server-only fields, certificates without client fields, or use as
// tls.Listen, tls.NewListener, tls.Server or http.Server config.
func (x *pass) isServerConfig(t tlsLit) bool {
	f := func(name string) bool { _, ok := t.fields[name]; return ok }
	if f("GetCertificate") || f("GetConfigForClient") || f("ClientAuth") || f("ClientCAs") {
		return true
	}
	if f("Certificates") && !f("RootCAs") && !f("ServerName") && !f("InsecureSkipVerify") {
		return true
	}
	uses := []inspector.Cursor{t.cur}
	if t.owner != nil && x.idx().vars[t.owner] != nil {
		uses = append(uses, x.idx().vars[t.owner].uses...)
	}
	for _, u := range uses {
		k, i := u.ParentEdge()
		switch p := u.Parent().Node().(type) {
		case *ast.CallExpr:
			if k != edge.CallExpr_Args {
				continue
			}
			if fn, _ := x.callee(p); fn != nil {
				if idx, ok := tlsServerSinks[fn.FullName()]; ok && idx == i {
					return true
				}
			}
		case *ast.KeyValueExpr:
			if x.keyName(p.Key) != "TLSConfig" {
				continue
			}
			if lit, ok := u.Parent().Parent().Node().(*ast.CompositeLit); ok && isNamed(x.info.TypeOf(lit), "net/http", "Server") {
				return true
			}
		case *ast.AssignStmt:
			if k != edge.AssignStmt_Rhs || len(p.Lhs) != len(p.Rhs) {
				continue
			}
			if sel, ok := p.Lhs[i].(*ast.SelectorExpr); ok && sel.Sel.Name == "TLSConfig" && isNamed(x.info.TypeOf(sel.X), "net/http", "Server") {
				return true
			}
		}
	}
	return false
}
