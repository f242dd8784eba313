package weakalgo

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cryptolint/cryptolint/internal/cryptoapi"
	"github.com/cryptolint/cryptolint/internal/names"
	"github.com/cryptolint/cryptolint/internal/rules"
)

// checkCipher reports the construction of a broken or legacy cipher,
// unless its result is only ever used to decrypt.
func (x *pass) checkCipher(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, c cipherCtor) {
	if v := x.resultVar(cur); v != nil && x.decryptOnly(v) {
		return // decryption of legacy data is not a finding
	}
	x.rep.Report(c.rule, call, fmt.Sprintf("%s uses %s: %s; use AES-GCM (cipher.NewGCM) or chacha20poly1305", displayName(fn), c.name, c.why))
}

// resultVar returns the variable that receives the first result of the
// call at cur (x := f(), x, err := f(), var x = f()).
func (x *pass) resultVar(cur inspector.Cursor) *types.Var {
	for {
		if k, _ := cur.ParentEdge(); k != edge.ParenExpr_X {
			break
		}
		cur = cur.Parent()
	}
	k, i := cur.ParentEdge()
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if k == edge.AssignStmt_Rhs && (len(p.Rhs) == 1 || len(p.Lhs) == len(p.Rhs)) {
			return x.varOf(p.Lhs[i])
		}
	case *ast.ValueSpec:
		if k == edge.ValueSpec_Values && i < len(p.Names) {
			return x.varOf(p.Names[i])
		}
	}
	return nil
}

// decryptOnly reports whether every use of the cipher held by v decrypts:
// Block.Decrypt, cipher.NewCBCDecrypter, NewCFBDecrypter, an AEAD used
// only to Open, or a symmetric mode inside a decrypt-named function.
func (x *pass) decryptOnly(v *types.Var) bool {
	vi := x.idx().vars[v]
	if vi == nil || !x.followable(v) {
		return false
	}
	decrypt := false
	for _, u := range vi.uses {
		k, i := u.ParentEdge()
		switch p := u.Parent().Node().(type) {
		case *ast.BinaryExpr:
			continue // b == nil
		case *ast.AssignStmt:
			if k == edge.AssignStmt_Lhs {
				continue
			}
			return false
		case *ast.SelectorExpr:
			switch p.Sel.Name {
			case "Decrypt":
				decrypt = true
			case "BlockSize":
			case "XORKeyStream":
				if !x.decryptNamed(u) {
					return false
				}
				decrypt = true
			default:
				return false
			}
		case *ast.CallExpr:
			if k != edge.CallExpr_Args {
				return false
			}
			fn, _ := x.callee(p)
			if fn == nil {
				return false
			}
			name := fn.FullName()
			switch {
			case decryptUses[name] == i && hasKey(decryptUses, name):
				decrypt = true
			case aeadCtors[name] && i == 0:
				a := x.resultVar(u.Parent())
				if a == nil || !x.openOnly(a) {
					return false
				}
				decrypt = true
			case hasKey(symmetricUses, name) && symmetricUses[name] == i:
				if !x.decryptNamed(u) {
					return false
				}
				decrypt = true
			default:
				return false
			}
		default:
			return false
		}
	}
	return decrypt
}

// hasKey reports whether m has key k.
func hasKey[V any](m map[string]V, k string) bool {
	_, ok := m[k]
	return ok
}

// openOnly reports whether the AEAD held by v is only used to Open.
func (x *pass) openOnly(v *types.Var) bool {
	vi := x.idx().vars[v]
	if vi == nil {
		return false
	}
	open := false
	for _, u := range vi.uses {
		k, _ := u.ParentEdge()
		switch p := u.Parent().Node().(type) {
		case *ast.BinaryExpr:
		case *ast.AssignStmt:
			if k != edge.AssignStmt_Lhs {
				return false
			}
		case *ast.SelectorExpr:
			switch p.Sel.Name {
			case "Open":
				open = true
			case "NonceSize", "Overhead":
			default:
				return false
			}
		default:
			return false
		}
	}
	return open
}

// decryptNamed reports whether c is inside a function whose name says it
// decrypts (decrypt, decipher, unseal) and not that it encrypts.
func (x *pass) decryptNamed(c inspector.Cursor) bool {
	for fc := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		name, _ := x.enclosingFunc(fc)
		if name == "" {
			continue
		}
		dec := false
		for _, w := range names.Tokenize(name) {
			switch {
			case strings.HasPrefix(w, "encrypt"), strings.HasPrefix(w, "encipher"), w == "seal":
				return false
			case strings.HasPrefix(w, "decrypt"), strings.HasPrefix(w, "decipher"), w == "unseal":
				dec = true
			}
		}
		return dec
	}
	return false
}

// checkStreamMode reports CFB encryption and OFB (CL309).
func (x *pass) checkStreamMode(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	if fn.Name() == "NewOFB" && x.decryptNamed(cur) {
		return // OFB is symmetric: decryption of legacy data
	}
	mode := modeCtors[fn.FullName()]
	x.rep.Report(rules.DeprecatedMode, call, fmt.Sprintf("%s is deprecated since Go 1.24: %s is unauthenticated, so ciphertext bits can be flipped undetected; use an AEAD such as cipher.NewGCM", displayName(fn), mode))
}

// checkUnauthenticated reports CBC or CTR encryption in a function that
// computes no MAC and uses no AEAD (CL310).
func (x *pass) checkUnauthenticated(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	if len(call.Args) != 2 {
		return
	}
	mode := modeCtors[fn.FullName()]
	if mode == "CTR" {
		if x.decryptNamed(cur) {
			return // CTR is symmetric: decryption
		}
		if o, _ := x.bytesOrigin(call.Args[1]); o != originCrypto {
			return // no fresh random IV here: maybe decryption
		}
	}
	body, ok := funcBody(cur)
	if !ok || x.hasMAC(body) {
		return
	}
	where := ""
	if name, _ := x.enclosingFunc(cur); name != "" {
		where = " in " + name
	}
	x.rep.Report(rules.UnauthenticatedEncryption, call, fmt.Sprintf("%s encrypts without authentication: no hmac.New or AEAD%s, so the ciphertext can be changed undetected; use cipher.NewGCM, or encrypt-then-MAC with HMAC-SHA-256", displayName(fn), where))
}

// hasMAC reports whether the function at body calls a MAC or AEAD.
func (x *pass) hasMAC(body inspector.Cursor) bool {
	n := body.Node()
	if v, ok := x.macFunc[n]; ok {
		return v
	}
	found := false
	for c := range body.Preorder((*ast.CallExpr)(nil)) {
		if fn, _ := x.callee(c.Node().(*ast.CallExpr)); fn != nil && cryptoapi.Has(fn.FullName(), cryptoapi.MAC) {
			found = true
			break
		}
	}
	x.macFunc[n] = found
	return found
}

// isBlockEncrypt reports whether fn is a block cipher's Encrypt method:
// cipher.Block's, or a concrete one of the standard library or x/crypto.
func isBlockEncrypt(fn *types.Func) bool {
	if fn.FullName() == "(crypto/cipher.Block).Encrypt" {
		return true
	}
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Params().Len() != 2 || sig.Results().Len() != 0 {
		return false
	}
	path := fn.Pkg().Path()
	return strings.HasPrefix(path, "crypto/") || strings.HasPrefix(path, "golang.org/x/crypto/")
}

// checkECB reports Block.Encrypt applied block by block over a buffer in a
// loop: the source is sliced by the loop variable, or advanced by
// src = src[n:] in the loop, and not otherwise used in the loop (which
// would mix previous blocks in, as CBC written by hand does).
func (x *pass) checkECB(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	if len(call.Args) != 2 {
		return
	}
	var loop inspector.Cursor
	for c := range cur.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		switch c.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			loop = c
		}
		break
	}
	if !loop.Valid() {
		return
	}
	loopVars := x.loopVars(loop.Node())
	src := ast.Unparen(call.Args[1])
	byIndex := false
	if s, ok := src.(*ast.SliceExpr); ok {
		for _, b := range []ast.Expr{s.Low, s.High} {
			if b != nil && mentions(x.info, b, loopVars) {
				byIndex = true
			}
		}
		src = ast.Unparen(s.X)
	}
	v := x.varOf(src)
	if v == nil || x.idx().vars[v] == nil {
		return
	}
	advanced := false
	for _, u := range x.idx().vars[v].uses {
		if !loop.Contains(u) || u == loop {
			continue
		}
		if pos := u.Node().Pos(); pos >= call.Pos() && pos < call.End() {
			continue
		}
		if x.isAdvance(u, v) {
			advanced = true
			continue
		}
		if k, _ := u.ParentEdge(); k == edge.CallExpr_Args {
			if p := u.Parent().Node().(*ast.CallExpr); x.isBuiltin(p, "len") || x.isBuiltin(p, "cap") {
				continue
			}
		}
		return // the source is used otherwise in the loop: another mode
	}
	if !byIndex && !advanced {
		return
	}
	x.rep.Report(rules.ECBMode, call, fmt.Sprintf("%s called block by block over %s in a loop is ECB mode: equal plaintext blocks give equal ciphertext blocks; use an AEAD such as cipher.NewGCM", displayName(fn), v.Name()))
}

// loopVars returns the variables a loop steps: range key and value, the
// for statement's init and post assignments.
func (x *pass) loopVars(loop ast.Node) map[types.Object]bool {
	vars := make(map[types.Object]bool)
	add := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if obj := x.info.ObjectOf(id); obj != nil {
				vars[obj] = true
			}
		}
	}
	switch l := loop.(type) {
	case *ast.RangeStmt:
		add(l.Key)
		if l.Value != nil {
			add(l.Value)
		}
	case *ast.ForStmt:
		for _, s := range []ast.Stmt{l.Init, l.Post} {
			switch s := s.(type) {
			case *ast.AssignStmt:
				for _, e := range s.Lhs {
					add(e)
				}
			case *ast.IncDecStmt:
				add(s.X)
			}
		}
	}
	return vars
}

// mentions reports whether e refers to one of vars.
func mentions(info *types.Info, e ast.Expr, vars map[types.Object]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && vars[info.ObjectOf(id)] {
			found = true
		}
		return !found
	})
	return found
}

// isAdvance reports whether the use u of v is part of v = v[n:].
func (x *pass) isAdvance(u inspector.Cursor, v *types.Var) bool {
	c := u
	if k, _ := c.ParentEdge(); k == edge.SliceExpr_X {
		c = c.Parent()
	}
	as, ok := c.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Tok != token.ASSIGN {
		return false
	}
	s, ok := ast.Unparen(as.Rhs[0]).(*ast.SliceExpr)
	return ok && x.varOf(s.X) == v && x.varOf(as.Lhs[0]) == v && s.Low != nil && s.High == nil
}

// checkStaticIV reports a constant, zero, math/rand-filled (or, for CBC,
// counter) IV or nonce given to an encrypting call (CL311).
func (x *pass) checkStaticIV(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, prm param) {
	x.checkStaticIVArg(cur, call.Args[prm.index], apiOf(fn), prm, "")
}

// apiRef names a crypto API for messages and table look-ups; it can come
// from a fact of another package, without the *types.Func.
type apiRef struct {
	full    string // (*types.Func).FullName
	display string // displayName
	pkg     string // the package path
}

// apiOf returns the apiRef of fn.
func apiOf(fn *types.Func) apiRef {
	r := apiRef{full: fn.FullName(), display: displayName(fn)}
	if fn.Pkg() != nil {
		r.pkg = fn.Pkg().Path()
	}
	return r
}

// checkStaticIVArg is checkStaticIV for the argument arg, which reaches the
// IV or nonce of fn directly or through the function named via.
func (x *pass) checkStaticIVArg(cur inspector.Cursor, arg ast.Expr, api apiRef, prm param, via string) {
	name := api.full
	if symmetricIV(api.full) && x.decryptNamed(cur) {
		return // decryption: the IV comes with the ciphertext
	}
	o, desc := x.bytesOrigin(arg)
	cbc := name == "crypto/cipher.NewCBCEncrypter"
	key := x.keyBytes(cur, arg)
	switch {
	case key != nil:
		desc = "taken from the key " + key.Name()
	case o == originLiteral, o == originZero, o == originMathRand:
	case o == originCounter:
		if !cbc {
			return // a counter nonce is fine for an AEAD or a stream
		}
	default:
		return
	}
	what := "IV of " + api.display
	if prm.role == roleNonce {
		what = "nonce of " + api.display
	}
	if via != "" {
		what += " (reached through " + via + ")"
	}
	var why, fix string
	switch {
	case key != nil:
		why = "it is the same for every message under that key, and it travels with the ciphertext, so it discloses key bytes"
		fix = "fill a fresh IV or nonce from crypto/rand for every message"
	case name == "(crypto/cipher.AEAD).Seal":
		why = "a nonce repeated under one key breaks the AEAD's confidentiality and lets an attacker forge messages"
		fix = "fill a fresh nonce from crypto/rand for every message, or use cipher.NewGCMWithRandomNonce"
	case cbc:
		why = "a predictable CBC IV allows chosen-plaintext attacks and shows which messages share a prefix"
		fix = "fill a fresh IV from crypto/rand for every message"
	default:
		why = "an IV repeated under one key repeats the keystream, so two ciphertexts XOR to the two plaintexts"
		fix = "fill a fresh IV from crypto/rand for every message"
	}
	x.rep.Report(rules.StaticIV, arg, fmt.Sprintf("%s is %s: %s; %s", what, desc, why, fix))
}

// keyBytes returns the variable whose bytes an IV or nonce expression is
// (the variable itself or a slice of it, directly or through a variable
// assigned once) when the enclosing function also passes that variable,
// whole, as the key of a cipher, MAC or KDF: iv := key[:aes.BlockSize].
// Key and IV cut from different parts of one buffer (a KDF output split
// in two) are not reported: the key argument is then a slice.
func (x *pass) keyBytes(cur inspector.Cursor, iv ast.Expr) *types.Var {
	e := x.resolve(iv)
	if s, ok := ast.Unparen(e).(*ast.SliceExpr); ok {
		e = s.X
	}
	v := x.varOf(e)
	if v == nil {
		return nil
	}
	body, ok := funcBody(cur)
	if !ok {
		return nil
	}
	for c := range body.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn, _ := x.callee(call)
		if fn == nil {
			continue
		}
		for _, prm := range cryptoParams[fn.FullName()] {
			if prm.role == roleKey && prm.index < len(call.Args) && x.varOf(call.Args[prm.index]) == v {
				return v
			}
		}
	}
	return nil
}

// checkHardcodedKey reports a constant or never-filled key (CL323).
func (x *pass) checkHardcodedKey(call *ast.CallExpr, fn *types.Func, arg ast.Expr) {
	x.checkHardcodedKeyVia(apiOf(fn), arg, "")
}

// checkHardcodedKeyVia is checkHardcodedKey for an argument that reaches
// the key of fn directly or through the function named via.
func (x *pass) checkHardcodedKeyVia(api apiRef, arg ast.Expr, via string) {
	if c := x.constObj(x.resolve(arg)); c != nil && c.Pkg() != nil && c.Pkg().Path() == api.pkg {
		return // the library's own marker, such as jwt.UnsafeAllowNoneSignatureType
	}
	o, desc := x.bytesOrigin(arg)
	if o != originLiteral && o != originZero {
		return // math/rand keys are CL312
	}
	if x.publicLabel(api, arg) {
		return // a public label used for domain separation ("Bitcoin seed")
	}
	what := "key of " + api.display
	if via != "" {
		what += " (reached through " + via + ")"
	}
	x.rep.Report(rules.HardcodedKey, arg, fmt.Sprintf("%s is %s: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment", what, desc))
}

// checkHardcodedKeyset reports a cleartext keyset read from a constant,
// through reader constructors (keyset.NewJSONReader(strings.NewReader(c)))
// and variables assigned once (CL323).
func (x *pass) checkHardcodedKeyset(call *ast.CallExpr, fn *types.Func, kr keysetReader) {
	if kr.kek >= 0 && (kr.kek >= len(call.Args) || !x.info.Types[call.Args[kr.kek]].IsNil()) {
		return // an encrypted keyset: its key is the key-encryption AEAD's
	}
	e := call.Args[kr.index]
	for range 4 {
		inner, ok := ast.Unparen(x.resolve(e)).(*ast.CallExpr)
		if !ok {
			break
		}
		w, _ := x.callee(inner)
		if w == nil {
			break
		}
		i, ok := readerWrappers[w.FullName()]
		if !ok || i >= len(inner.Args) {
			break
		}
		e = inner.Args[i]
	}
	o, desc := x.bytesOrigin(e)
	if o != originLiteral {
		return
	}
	x.rep.Report(rules.HardcodedKey, call.Args[kr.index], fmt.Sprintf("keyset read by %s is %s: anyone with the source or the binary has every key in it, and it cannot be rotated without a release; load keysets at run time from a KMS, a secret store or the environment", displayName(fn), desc))
}

// checkKeyFieldValue reports a constant or never-filled value given to
// the field f of an object of the package, in a struct literal or through
// a constructor's parameter (via names the constructor), when f reaches
// the key of a crypto API and the package writes f only in struct
// literals (CL323). It judges each object: &signer{key: "..."} is a
// hard-coded key even where other signers get theirs from the
// environment. When every write of f is a constant, the read is reported
// instead (fieldOrigin).
func (x *pass) checkKeyFieldValue(f *types.Var, value ast.Expr, via string) {
	if f.Pkg() != x.pass.Pkg || f.Exported() || (!isByteSeq(f.Type()) && !isString(f.Type())) {
		return // other packages may write it
	}
	o, desc := x.bytesOrigin(value)
	if o != originLiteral && o != originZero {
		return
	}
	if !x.literalOnlyField(f) {
		return
	}
	ps := x.fieldKeySink(f)
	if ps == nil {
		return
	}
	if fo, _ := x.fieldOrigin(f, 0); fo == originLiteral || fo == originZero {
		return // every object's key is a constant: reported where it is used
	}
	if x.publicLabel(ps.api, value) {
		return // a public label used for domain separation ("Bitcoin seed")
	}
	x.rep.Report(rules.HardcodedKey, value, fmt.Sprintf("key of %s is %s%s (field %s): anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment", ps.api.display, desc, via, f.Name()))
}

// publicLabel reports whether arg, given as the key of api, is a constant
// with a space: an HMAC key that is a public label used for domain
// separation ("Bitcoin seed"), not a secret.
func (x *pass) publicLabel(api apiRef, arg ast.Expr) bool {
	if api.full != "crypto/hmac.New" {
		return false
	}
	s, ok := x.constBytes(arg)
	return ok && strings.Contains(s, " ")
}

// keyField returns the type name (jose.SigningKey) and key fields of a
// JWT or JOSE library's struct type t (or pointer to it) that keyFields
// lists.
func (x *pass) keyField(t types.Type) (string, []string, bool) {
	if t == nil {
		return "", nil, false
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return "", nil, false
	}
	fields, ok := keyFields[n.Obj().Pkg().Path()+"."+n.Obj().Name()]
	return qualified(n.Obj()), fields, ok
}

// isKeyField reports whether name is a key field of the struct type t.
func (x *pass) isKeyField(t types.Type, name string) bool {
	_, fields, ok := x.keyField(t)
	return ok && slices.Contains(fields, name)
}

// checkKeyValue reports a constant or never-filled key given to what (a
// library struct's key field) (CL323).
func (x *pass) checkKeyValue(what string, value ast.Expr) {
	o, desc := x.bytesOrigin(value)
	if o != originLiteral && o != originZero {
		return
	}
	x.rep.Report(rules.HardcodedKey, value, fmt.Sprintf("%s is %s: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or the environment", what, desc))
}

// checkKeyfunc reports a golang-jwt Keyfunc that returns a constant key:
// every token signed with it verifies (CL323).
func (x *pass) checkKeyfunc(fn *types.Func, arg ast.Expr) {
	e := x.resolve(arg)
	var body *ast.BlockStmt
	switch f := e.(type) {
	case *ast.FuncLit:
		body = f.Body
	default:
		if ref := x.funcRef(e); ref != nil && ref.Pkg() == x.pass.Pkg {
			if d, ok := x.declOf(ref).(*ast.FuncDecl); ok {
				body = d.Body
			}
		}
	}
	if body == nil {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch r := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(r.Results) == 2 {
				x.checkKeyValue("key returned by the Keyfunc of "+displayName(fn), r.Results[0])
			}
		}
		return true
	})
}

// checkEmbeddedPrivateKey reports a private key parsed from a PEM constant
// of the source, directly or through pem.Decode (CL323).
func (x *pass) checkEmbeddedPrivateKey(fn *types.Func, arg ast.Expr) {
	pemText := arg
	if sel, ok := x.resolve(arg).(*ast.SelectorExpr); ok && sel.Sel.Name == "Bytes" {
		v := x.varOf(sel.X)
		if v == nil || !x.assignedOnce(v) {
			return
		}
		init, _ := x.initOf(v)
		if init == nil {
			init = x.firstResultOf(v)
		}
		call, ok := ast.Unparen(init).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return
		}
		if f, _ := x.callee(call); f == nil || f.FullName() != "encoding/pem.Decode" {
			return
		}
		pemText = call.Args[0]
	}
	s, ok := x.constBytes(pemText)
	if !ok || !strings.Contains(s, "-----BEGIN") || !strings.Contains(s, "PRIVATE KEY") {
		return
	}
	desc := x.constDesc(x.resolve(pemText))
	if c, ok := ast.Unparen(x.resolve(pemText)).(*ast.CallExpr); ok && x.isConversion(c) {
		desc = x.constDesc(c.Args[0])
	}
	x.rep.Report(rules.HardcodedKey, arg, fmt.Sprintf("private key parsed by %s is a PEM block in %s: anyone with the source or the binary has it, and it cannot be rotated without a release; load keys at run time from a secret store, a KMS or a file outside the source", displayName(fn), desc))
}

// constObj returns the named constant e refers to, or nil.
func (x *pass) constObj(e ast.Expr) *types.Const {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		c, _ := x.info.Uses[e].(*types.Const)
		return c
	case *ast.SelectorExpr:
		c, _ := x.info.Uses[e.Sel].(*types.Const)
		return c
	}
	return nil
}

// constBytes returns the constant string behind a byte-slice expression:
// []byte("..."), a string constant, or a variable assigned once to one.
func (x *pass) constBytes(e ast.Expr) (string, bool) {
	e = x.resolve(e)
	if s, ok := x.constString(e); ok {
		return s, true
	}
	if call, ok := e.(*ast.CallExpr); ok && x.isConversion(call) {
		return x.constBytes(call.Args[0])
	}
	return "", false
}

// checkKMSProviders reports a hard-coded MongoDB CSFLE "local" master key
// in a SetKmsProviders map literal.
func (x *pass) checkKMSProviders(call *ast.CallExpr) {
	if len(call.Args) != 1 {
		return
	}
	outer, ok := x.resolve(call.Args[0]).(*ast.CompositeLit)
	if !ok {
		return
	}
	for _, elt := range outer.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if s, _ := x.constString(kv.Key); s != "local" {
			continue
		}
		inner, ok := x.resolve(kv.Value).(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, e := range inner.Elts {
			ikv, ok := e.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if s, _ := x.constString(ikv.Key); s != "key" {
				continue
			}
			o, desc := x.bytesOrigin(ikv.Value)
			if o == originLiteral || o == originZero {
				x.rep.Report(rules.HardcodedKey, ikv.Value, fmt.Sprintf("MongoDB client-side encryption local master key is %s: anyone with the source decrypts every encrypted field; load the 96-byte key at run time, or use a cloud KMS provider", desc))
			}
		}
	}
}
