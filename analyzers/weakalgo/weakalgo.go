package weakalgo

import (
	_ "embed"
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	cfgfile "github.com/cryptolint/cryptolint/internal/config"
	"github.com/cryptolint/cryptolint/internal/mongoapi"
	"github.com/cryptolint/cryptolint/internal/names"
	"github.com/cryptolint/cryptolint/internal/rules"
	"github.com/cryptolint/cryptolint/internal/setflag"
	"github.com/cryptolint/cryptolint/internal/suite"
)

//go:embed doc.go
var doc string

// Analyzer is the weakalgo analyzer with its flags at their defaults.
var Analyzer = New()

// New returns a fresh weakalgo analyzer with its own flag values and
// suite-wide settings of its own.
func New() *analysis.Analyzer {
	return NewFor(suite.New())
}

// NewFor returns a fresh weakalgo analyzer that reads the suite-wide
// settings s (sensitive names and driver modules, set by the flags of
// plaintextsecret and mongotls), for drivers that need distinct instances
// (the golangci-lint plugin).
func NewFor(s *suite.Settings) *analysis.Analyzer {
	c := &config{suite: s, rsaBits: 2048, bcryptCost: 10}
	a := &analysis.Analyzer{
		Name:      "weakalgo",
		Doc:       rules.MustExtractDoc(doc, "weakalgo"),
		URL:       rules.DocsURL + "#weakalgo",
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		Run:       c.run,
		FactTypes: []analysis.Fact{new(flowFact)},
		// Analyze packages whose dependencies fail to type-check too:
		// their own code is complete, and skipping them would hide it.
		RunDespiteErrors: true,
	}
	rules.PolicyFlags(&a.Flags, &c.policy)
	c.flags.strict = setflag.BoolVar(&a.Flags, &c.strict, "strict", false, "gosec's policy: also report every use of MD5, SHA-1, MD4 and RIPEMD-160 (CL305) and every math/rand call (CL313), whatever their role")
	c.flags.rsaBits = setflag.IntVar(&a.Flags, &c.rsaBits, "rsabits", c.rsaBits, "smallest RSA key size in `bits` that rsa.GenerateKey may be called with (CL314)")
	c.flags.bcryptCost = setflag.IntVar(&a.Flags, &c.bcryptCost, "bcryptcost", c.bcryptCost, "smallest bcrypt `cost` that GenerateFromPassword may be called with (CL307)")
	return a
}

// config holds one analyzer instance's flag values and the suite-wide
// settings it reads.
type config struct {
	suite      *suite.Settings
	policy     rules.Policy
	strict     bool
	rsaBits    int
	bcryptCost int
	// flags record which of the above a driver set: those win over the
	// configuration file.
	flags struct {
		strict              *setflag.Bool
		rsaBits, bcryptCost *setflag.Int
	}
}

// withFile returns the settings for a package under configuration file
// settings cfg: each value from the file unless its flag was set.
func (c *config) withFile(cfg *cfgfile.Config) *config {
	out := *c
	if !c.flags.strict.IsSet() && cfg.Strict != nil {
		out.strict = *cfg.Strict
	}
	if !c.flags.rsaBits.IsSet() && cfg.RSABits != nil {
		out.rsaBits = *cfg.RSABits
	}
	if !c.flags.bcryptCost.IsSet() && cfg.BcryptCost != nil {
		out.bcryptCost = *cfg.BcryptCost
	}
	return &out
}

// pass is the state of one run over one package.
type pass struct {
	*config
	pass     *analysis.Pass
	info     *types.Info
	in       *inspector.Inspector
	rep      *rules.Reporter
	file     *ast.File
	index    *index
	reported map[ast.Node]bool     // hash and math/rand calls already reported
	mongo    *mongoapi.Modules     // the suite's driver modules
	matcher  *names.Matcher        // the suite's sensitive names
	tlsLits  []tlsLit              // tls.Config literals, judged for CL319 after the walk
	macFunc  map[ast.Node]bool     // functions that compute a MAC or use an AEAD
	randFns  map[*types.Func]*site // package functions whose result is math/rand output

	decls          map[*types.Func]inspector.Cursor  // the package's function declarations, built on first need
	funcCurs       map[ast.Node]inspector.Cursor     // their cursors
	summaries      map[ast.Node]*funcSummary         // function summaries, computed on first need
	fieldWrites    map[*types.Var]*fieldInfo         // what the package writes to struct fields, built on first need
	buildingFields bool                              // fieldWrites is being built
	fieldOrigins   map[*types.Var]*fieldRes          // fieldOrigin's answers
	fieldReads     map[*types.Var][]inspector.Cursor // reads of unexported fields of the package, built on first need
	keySinks       map[*types.Var]*paramSink         // fieldKeySink's answers
	nesting        int                               // depth of nested originOf calls
	imported       map[*types.Func]*funcSummary      // summaries from facts of other packages
	constResults   map[*ast.FuncDecl]constant.Value  // the constant every return of a function gives, or nil
}

func (c *config) run(p *analysis.Pass) (any, error) {
	cfg, res, err := c.suite.ForPass(p)
	if err != nil {
		return nil, err
	}
	rep := rules.NewReporter(p, cfg.Policy(&c.policy))
	if implementsPrimitives(p.Pkg.Path()) || (!concerned(p, res.Drivers) && !hasFlowFacts(p)) {
		rep.Finish() // -unused-ignores: directives naming weakalgo here suppress nothing
		return nil, nil
	}
	x := &pass{
		config:   c.withFile(cfg),
		pass:     p,
		info:     p.TypesInfo,
		in:       p.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		rep:      rep,
		mongo:    res.Drivers,
		matcher:  res.Matcher,
		reported: make(map[ast.Node]bool),
		macFunc:  make(map[ast.Node]bool),
		randFns:  make(map[*types.Func]*site),

		summaries: make(map[ast.Node]*funcSummary),
		imported:  make(map[*types.Func]*funcSummary),
	}
	filter := []ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.Ident)(nil), (*ast.ImportSpec)(nil)}
	for fc := range x.in.Root().Children() {
		x.file = fc.Node().(*ast.File)
		if x.rep.Skip(x.file) {
			continue // test or generated file, outside the policy
		}
		for cur := range fc.Preorder(filter...) {
			x.visit(cur)
		}
	}
	x.randGenerators()
	x.checkServerDefaults()
	x.exportFacts()
	x.rep.Finish()
	return nil, nil
}

// concerned reports whether the package imports, or refers to anything
// of, crypto/..., golang.org/x/crypto/..., math/rand, the MongoDB driver
// (or the options package of a fork in drivers) or a JWT or JOSE library. Every rule starts from such an import or reference (a
// function, method, field, type or constant of those packages), so a
// package without one cannot have a finding. Scanning the references, not
// only the imports, keeps what a package reaches without importing: a
// method called through an interface or a field of a type alias declared
// in another package still resolves to an object of these packages.
func concerned(p *analysis.Pass, drivers *mongoapi.Modules) bool {
	for _, imp := range p.Pkg.Imports() {
		if concernedPath(imp.Path()) || drivers.IsOptions(imp.Path()) {
			return true
		}
	}
	seen := make(map[*types.Package]bool)
	for _, obj := range p.TypesInfo.Uses {
		pkg := obj.Pkg()
		if pkg == nil || pkg == p.Pkg || seen[pkg] {
			continue
		}
		seen[pkg] = true
		if concernedPath(pkg.Path()) || drivers.IsOptions(pkg.Path()) {
			return true
		}
	}
	return false
}

// implementsPrimitives reports whether path is a package of the standard
// library's or golang.org/x/crypto's cryptography, which use weak
// primitives by design (bcrypt's Blowfish, scrypt's one-pass PBKDF2,
// OpenPGP's legacy ciphers and its own imports): the rules are for code
// that uses them.
func implementsPrimitives(path string) bool {
	path = strings.TrimPrefix(path, "vendor/")
	return path == "crypto" || strings.HasPrefix(path, "crypto/") ||
		path == "golang.org/x/crypto" || strings.HasPrefix(path, "golang.org/x/crypto/")
}

// concernedPath reports whether a package path is one the rules match in.
func concernedPath(path string) bool {
	return path == "crypto" || strings.HasPrefix(path, "crypto/") ||
		strings.HasPrefix(path, "golang.org/x/crypto/") ||
		path == "math/rand" || path == "math/rand/v2" ||
		strings.HasPrefix(path, "go.mongodb.org/mongo-driver") ||
		strings.HasPrefix(path, "github.com/golang-jwt/jwt") || path == "github.com/dgrijalva/jwt-go" ||
		strings.HasPrefix(path, "github.com/go-jose/go-jose/") || strings.HasPrefix(path, "gopkg.in/square/go-jose.") ||
		strings.HasPrefix(path, "github.com/lestrrat-go/jwx/") || strings.HasPrefix(path, "github.com/cristalhq/jwt/") ||
		path == "github.com/go-kit/kit/auth/jwt" || strings.HasPrefix(path, "github.com/appleboy/gin-jwt/") ||
		path == "github.com/kataras/jwt" ||
		strings.HasPrefix(path, "github.com/tink-crypto/tink-go/") || path == "github.com/cryptolint/cryptolint/fieldcrypt"
}

// visit dispatches one node of the walk.
func (x *pass) visit(cur inspector.Cursor) {
	switch n := cur.Node().(type) {
	case *ast.CallExpr:
		x.call(cur, n)
	case *ast.CompositeLit:
		x.compositeLit(cur, n)
	case *ast.AssignStmt:
		x.assign(cur, n)
	case *ast.Ident:
		x.funcValue(cur, n)
	case *ast.ImportSpec:
		x.importSpec(n)
	}
}

// call dispatches a call by its callee's full name.
func (x *pass) call(cur inspector.Cursor, call *ast.CallExpr) {
	if sum := x.summaryOfCall(call); sum != nil {
		x.checkThrough(cur, call, sum)
	}
	fn, _ := x.callee(call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	name := fn.FullName()
	if c, ok := weakCiphers[name]; ok {
		x.checkCipher(cur, call, fn, c)
	}
	if h, ok := hashFuncs[name]; ok {
		x.checkHash(cur, call, fn, h)
	}
	if name == "(crypto.Hash).New" {
		x.checkCryptoHashNew(cur, call, fn)
	}
	if idx, ok := signOpts[name]; ok && idx < len(call.Args) {
		x.checkSignOpts(call, fn, call.Args[idx])
	}
	if idx, ok := randReaders[name]; ok && idx < len(call.Args) {
		x.checkRandReader(fn, call.Args[idx])
	}
	if idx, ok := privateKeyParsers[name]; ok && idx < len(call.Args) {
		x.checkEmbeddedPrivateKey(fn, call.Args[idx])
	}
	if kr, ok := keysetReaders[name]; ok && kr.index < len(call.Args) {
		x.checkHardcodedKeyset(call, fn, kr)
	}
	if idx, ok := jwtKeyfuncs[name]; ok && idx < len(call.Args) {
		x.checkKeyfunc(fn, call.Args[idx])
	}
	if idx, ok := digestSigners[name]; ok && idx < len(call.Args) {
		x.checkSignedDigest(call, fn, call.Args[idx])
	}
	for _, prm := range cryptoParams[name] {
		if prm.index >= len(call.Args) {
			continue
		}
		switch {
		case prm.role == roleKey:
			x.checkHardcodedKey(call, fn, call.Args[prm.index])
		case (prm.role == roleNonce || prm.role == roleIV) && prm.encrypt:
			x.checkStaticIV(cur, call, fn, prm)
		}
	}
	switch path := fn.Pkg().Path(); {
	case path == "math/rand" || path == "math/rand/v2":
		x.checkRand(cur, call, fn)
		return
	case x.mongo.IsOptions(path) && fn.Name() == "SetKmsProviders":
		x.checkKMSProviders(call)
		return
	}
	switch name {
	case "crypto/rsa.GenerateKey":
		x.checkRSABits(call, fn, 1)
	case "crypto/rsa.GenerateMultiPrimeKey":
		x.checkRSABits(call, fn, 2)
	case "crypto/dsa.GenerateKey", "crypto/dsa.Sign":
		x.rep.Report(rules.LegacyKeyAlgorithm, call, displayName(fn)+" uses DSA, deprecated and limited to SHA-1-era key sizes; use Ed25519 (crypto/ed25519) or ECDSA with P-256")
	case "crypto/ecdsa.GenerateKey", "crypto/elliptic.GenerateKey":
		x.checkCurve(call, fn)
	case "golang.org/x/crypto/bcrypt.GenerateFromPassword":
		x.checkBcrypt(call, fn)
	case "golang.org/x/crypto/pbkdf2.Key":
		x.checkPBKDF2(call, fn, 0, 2, 4)
	case "crypto/pbkdf2.Key":
		x.checkPBKDF2(call, fn, 1, 3, 0)
	case "golang.org/x/crypto/scrypt.Key":
		x.checkScrypt(call, fn)
	case "golang.org/x/crypto/argon2.IDKey":
		x.checkArgon2(call, fn)
	case "golang.org/x/crypto/argon2.Key":
		x.checkArgon2i(call, fn)
	case "crypto/rsa.EncryptPKCS1v15", "crypto/rsa.DecryptPKCS1v15", "crypto/rsa.DecryptPKCS1v15SessionKey":
		x.rep.Report(rules.RSAPKCS1v15Encryption, call.Fun, displayName(fn)+" uses PKCS #1 v1.5 encryption padding, open to Bleichenbacher padding-oracle attacks; use rsa.EncryptOAEP and rsa.DecryptOAEP with SHA-256")
	case "crypto/x509.EncryptPEMBlock", "crypto/x509.DecryptPEMBlock":
		x.rep.Report(rules.LegacyCryptoAPI, call.Fun, displayName(fn)+" is RFC 1423 PEM encryption: a single MD5 pass over the password and unauthenticated CBC; encrypt keys as PKCS #8 with a modern KDF or keep them in a KMS")
	case "golang.org/x/crypto/ssh.InsecureIgnoreHostKey":
		x.rep.Report(rules.SSHInsecureHostKey, call, "ssh.InsecureIgnoreHostKey accepts any server host key, so the SSH connection can be intercepted; verify host keys with knownhosts.New or ssh.FixedHostKey")
	case "crypto/cipher.NewCFBEncrypter", "crypto/cipher.NewOFB":
		x.checkStreamMode(cur, call, fn)
	case "crypto/cipher.NewCBCEncrypter", "crypto/cipher.NewCTR":
		x.checkUnauthenticated(cur, call, fn)
	}
	if fn.Name() == "Encrypt" && isBlockEncrypt(fn) {
		x.checkECB(cur, call, fn)
	}
}

// checkThrough judges the arguments of a call of a function of the
// package whose parameters reach a crypto API's key, IV, nonce or RSA key
// size: encrypt(nonce) with encrypt sealing with its parameter.
func (x *pass) checkThrough(cur inspector.Cursor, call *ast.CallExpr, sum *funcSummary) {
	var table []param // the callee's own row in cryptoParams, judged by call
	if fn, _ := x.callee(call); fn != nil {
		table = cryptoParams[fn.FullName()]
	}
	for i, ps := range sum.sinks {
		if i >= len(call.Args) {
			continue
		}
		if slices.ContainsFunc(table, func(p param) bool { return p.index == i && p.role == ps.param.role }) {
			continue // a library listed in the table whose summary is known too (kataras/jwt.GCM): one finding
		}
		arg := call.Args[i]
		switch ps.param.role {
		case roleKey:
			x.checkHardcodedKeyVia(ps.api, arg, sum.name)
		case roleNonce, roleIV:
			x.checkStaticIVArg(cur, arg, ps.api, ps.param, sum.name)
		case roleBits:
			x.checkRSABitsArg(ps.api, arg, sum.name)
		}
	}
	for i, f := range sum.stores {
		if ps, ok := sum.sinks[i]; ok && ps.param.role == roleKey {
			continue // the parameter is a key in the callee already: judged above
		}
		if i < len(call.Args) {
			x.checkKeyFieldValue(f, call.Args[i], ", passed to "+sum.name)
		}
	}
}

// funcValue reports a reference to a weak constructor used as a value:
// the analyzer cannot see how it is called.
func (x *pass) funcValue(cur inspector.Cursor, id *ast.Ident) {
	fn, ok := x.info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == x.pass.Pkg {
		return
	}
	name := fn.FullName()
	c, isCipher := weakCiphers[name]
	h, isHash := hashFuncs[name]
	if !isCipher && !isHash && name != "golang.org/x/crypto/ssh.InsecureIgnoreHostKey" {
		return
	}
	expr := cur
	if k, _ := cur.ParentEdge(); k == edge.SelectorExpr_Sel {
		expr = cur.Parent()
	}
	for {
		if k, _ := expr.ParentEdge(); k != edge.ParenExpr_X {
			break
		}
		expr = expr.Parent()
	}
	if k, _ := expr.ParentEdge(); k == edge.CallExpr_Fun {
		return // a call, handled as such
	}
	if x.isFuncVarInit(expr) {
		return // h := md5.New: its calls are judged as calls
	}
	node := expr.Node()
	switch {
	case isCipher:
		x.rep.Report(c.rule, node, displayName(fn)+", taken as a function value, uses "+c.name+": "+c.why+"; use AES-GCM (cipher.NewGCM) or chacha20poly1305")
	case isHash:
		if x.strict && h.weak {
			x.reportStrictHash(node, displayName(fn)+", taken as a function value,", h)
		}
	default:
		x.rep.Report(rules.SSHInsecureHostKey, node, "ssh.InsecureIgnoreHostKey accepts any server host key, so the SSH connection can be intercepted; verify host keys with knownhosts.New or ssh.FixedHostKey")
	}
}

// isFuncVarInit reports whether the expression at c initialises a
// variable assigned once whose every use is a call.
func (x *pass) isFuncVarInit(c inspector.Cursor) bool {
	var lhs ast.Expr
	k, i := c.ParentEdge()
	switch p := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		if k == edge.AssignStmt_Rhs && len(p.Lhs) == len(p.Rhs) {
			lhs = p.Lhs[i]
		}
	case *ast.ValueSpec:
		if k == edge.ValueSpec_Values && len(p.Names) == len(p.Values) {
			lhs = p.Names[i]
		}
	}
	v := x.varOf(lhs)
	if v == nil || !x.assignedOnce(v) {
		return false
	}
	for _, u := range x.idx().vars[v].uses {
		if k, _ := u.ParentEdge(); k != edge.CallExpr_Fun {
			return false
		}
	}
	return true
}

// importSpec reports imports of golang.org/x/crypto/openpgp.
func (x *pass) importSpec(spec *ast.ImportSpec) {
	path, err := strconv.Unquote(spec.Path.Value)
	if err != nil {
		return
	}
	if path == "golang.org/x/crypto/openpgp" || strings.HasPrefix(path, "golang.org/x/crypto/openpgp/") {
		x.rep.Report(rules.LegacyCryptoAPI, spec.Path, path+" is deprecated and unmaintained, with known weaknesses that will not be fixed; use a maintained OpenPGP library such as github.com/ProtonMail/go-crypto")
	}
}

// displayName names a function for messages as its package spells it:
// md5.Sum, cipher.NewGCM, AEAD.Seal, Config.Clone.
func displayName(fn *types.Func) string {
	sig := fn.Signature()
	if recv := sig.Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return qualified(n.Obj()) + "." + fn.Name()
		}
		return fn.Name()
	}
	return qualified(fn)
}

// qualified returns pkgname.Name for a package-level object.
func qualified(obj types.Object) string {
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Name() + "." + obj.Name()
}

// qualifier returns the name under which the current file imports path
// ("" for a dot import), and false when it does not import it.
func (x *pass) qualifier(path string) (string, bool) {
	for _, spec := range x.file.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil || p != path {
			continue
		}
		if spec.Name != nil {
			switch spec.Name.Name {
			case ".":
				return "", true
			case "_":
				continue
			}
			return spec.Name.Name, true
		}
		for _, imp := range x.pass.Pkg.Imports() {
			if imp.Path() == path {
				return imp.Name(), true
			}
		}
	}
	return "", false
}

// qualify returns name qualified for the current file, and false when the
// file does not import path.
func (x *pass) qualify(path, name string) (string, bool) {
	q, ok := x.qualifier(path)
	if !ok {
		return "", false
	}
	if q == "" {
		return name, true
	}
	return q + "." + name, true
}

// replaceFix returns a fix replacing node with text.
func replaceFix(message string, node ast.Node, text string) analysis.SuggestedFix {
	return analysis.SuggestedFix{
		Message:   message,
		TextEdits: []analysis.TextEdit{{Pos: node.Pos(), End: node.End(), NewText: []byte(text)}},
	}
}
