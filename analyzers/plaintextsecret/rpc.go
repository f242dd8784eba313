package plaintextsecret

import (
	"go/types"
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
	want := sigString(sig)
	recv := sig.Recv().Type()
	for _, iface := range x.serverInterfaces(req.Obj().Pkg()) {
		for m := range iface.Methods() {
			if m.Name() == fn.Name() && sigString(m.Signature()) == want && (types.Implements(recv, iface) || types.Implements(types.NewPointer(recv), iface)) {
				return 1, true
			}
		}
	}
	return 0, false
}

// serverInterfaces returns the interfaces named XServer that pkg
// declares, once per package.
func (x *pass) serverInterfaces(pkg *types.Package) []*types.Interface {
	if out, ok := x.rpcServers[pkg]; ok {
		return out
	}
	var out []*types.Interface
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if !strings.HasSuffix(name, "Server") {
			continue
		}
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
			if iface, ok := tn.Type().Underlying().(*types.Interface); ok {
				out = append(out, iface)
			}
		}
	}
	x.rpcServers[pkg] = out
	return out
}

// isContext reports whether t is context.Context.
func isContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}
