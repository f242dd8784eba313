package plaintextsecret

import (
	"go/types"
	"slices"
	"strings"
)

// rpcRequest returns the index of the request parameter of a method that
// serves a generated RPC interface: a gRPC server method
// (func (s *S) CreateHub(ctx context.Context, req *pb.CreateHubRequest)
// (*pb.Hub, error)) that implements the XServer interface declared
// beside its request type, as protoc-gen-go-grpc generates it (its
// receiver implements that interface: a method of the same shape on
// another type is an ordinary method). Nothing in
// the program calls such a method but the generated handler, which decodes
// the request from the network: its fields are what the client sent.
func (x *pass) rpcRequest(fn *types.Func) (int, bool) {
	if fn == nil || !fn.Exported() {
		return 0, false
	}
	sig := fn.Signature()
	if connectHandler(sig) {
		return 1, true
	}
	if sig.Recv() == nil || sig.Params().Len() != 2 || sig.Results().Len() != 2 {
		return 0, false
	}
	if !isContext(sig.Params().At(0).Type()) || !isError(sig.Results().At(1).Type()) {
		return 0, false
	}
	ptr, ok := types.Unalias(sig.Params().At(1).Type()).(*types.Pointer)
	if !ok {
		return 0, false
	}
	req, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || req.Obj().Pkg() == nil {
		return 0, false
	}
	if _, ok := req.Underlying().(*types.Struct); !ok {
		return 0, false
	}
	if serves(fn, x.serverInterfaces(req.Obj().Pkg())) {
		return 1, true
	}
	return 0, false
}

// connectPackages are the import paths of connect-go, old and new.
var connectPackages = []string{"connectrpc.com/connect", "github.com/bufbuild/connect-go"}

// connectHandler reports whether sig is a unary Connect handler's method
// (func (s *S) CreateX(ctx context.Context, req *connect.Request[pb.CreateXRequest])
// (*connect.Response[pb.CreateXResponse], error)), the shape
// protoc-gen-connect-go's XHandler interfaces declare. The handler that
// connect-go builds is its caller: it decodes the request from the network
// and hands it over wrapped in *connect.Request, a type nothing but a
// client builds, and a client sends it instead of storing it. Unlike a
// gRPC method, the generated interface is in a package of its own that the
// serving package need not import (main wires it in), so the envelope types
// alone identify the handler.
func connectHandler(sig *types.Signature) bool {
	if sig.Recv() == nil || sig.Params().Len() != 2 || sig.Results().Len() != 2 {
		return false
	}
	return isContext(sig.Params().At(0).Type()) && isError(sig.Results().At(1).Type()) &&
		isConnect(sig.Params().At(1).Type(), "Request") && isConnect(sig.Results().At(0).Type(), "Response")
}

// isConnect reports whether t is a pointer to connect-go's generic type
// name, instantiated.
func isConnect(t types.Type, name string) bool {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != name {
		return false
	}
	return slices.Contains(connectPackages, n.Obj().Pkg().Path())
}

// isConnectEnvelope reports whether fn is connect-go's NewRequest or
// NewResponse, which wrap their argument in the envelope's Msg. Another
// module's code is not analyzed, so no fact says so.
func isConnectEnvelope(fn *types.Func) bool {
	return fn.Pkg() != nil && slices.Contains(connectPackages, fn.Pkg().Path()) &&
		(fn.Name() == "NewRequest" || fn.Name() == "NewResponse") && fn.Signature().Params().Len() == 1
}

// gqlgenRuntime is the package that gqlgen's generated executors import;
// the resolver interfaces they call are declared beside it.
const gqlgenRuntime = "github.com/99designs/gqlgen/graphql"

// resolverArgs reports whether fn is a GraphQL resolver method: an exported
// method whose receiver implements an interface named XResolver, declared
// in a package that gqlgen generated (one importing its runtime), that has
// the method with fn's signature (MutationResolver's AddChaosHub). Nothing
// in the program calls a resolver but the generated executor, with the
// arguments it decoded from the client's query: every parameter but the
// context is what the client sent.
func (x *pass) resolverArgs(fn *types.Func) bool {
	if fn == nil || !fn.Exported() {
		return false
	}
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Params().Len() < 2 || !isContext(sig.Params().At(0).Type()) {
		return false
	}
	pkgs := append([]*types.Package{x.pass.Pkg}, x.pass.Pkg.Imports()...)
	return slices.ContainsFunc(pkgs, func(pkg *types.Package) bool { return serves(fn, x.resolverInterfaces(pkg)) })
}

// resolverInterfaces returns the interfaces named XResolver that pkg
// declares when pkg imports gqlgen's runtime, once per package.
func (x *pass) resolverInterfaces(pkg *types.Package) []*types.Interface {
	if out, ok := x.resolvers[pkg]; ok {
		return out
	}
	var out []*types.Interface
	if slices.ContainsFunc(pkg.Imports(), func(p *types.Package) bool { return p.Path() == gqlgenRuntime }) {
		out = interfacesNamed(pkg, "Resolver")
	}
	x.resolvers[pkg] = out
	return out
}

// serverInterfaces returns the interfaces named XServer that pkg
// declares, once per package.
func (x *pass) serverInterfaces(pkg *types.Package) []*types.Interface {
	if out, ok := x.rpcServers[pkg]; ok {
		return out
	}
	out := interfacesNamed(pkg, "Server")
	x.rpcServers[pkg] = out
	return out
}

// interfacesNamed returns the interfaces pkg declares whose names end in
// suffix, in the scope's order.
func interfacesNamed(pkg *types.Package, suffix string) []*types.Interface {
	var out []*types.Interface
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if !strings.HasSuffix(name, suffix) {
			continue
		}
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
			if iface, ok := tn.Type().Underlying().(*types.Interface); ok {
				out = append(out, iface)
			}
		}
	}
	return out
}

// serves reports whether method fn implements a method of one of ifaces:
// one of the same name and signature, and its receiver implements the
// interface (a method of the same shape on another type is an ordinary
// method).
func serves(fn *types.Func, ifaces []*types.Interface) bool {
	sig := fn.Signature()
	want := sigString(sig)
	recv := sig.Recv().Type()
	for _, iface := range ifaces {
		for m := range iface.Methods() {
			if m.Name() == fn.Name() && sigString(m.Signature()) == want && (types.Implements(recv, iface) || types.Implements(types.NewPointer(recv), iface)) {
				return true
			}
		}
	}
	return false
}

// isContext reports whether t is context.Context.
func isContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}
