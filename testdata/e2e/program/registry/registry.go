// Package registry keeps the program's services by name, as an IoC
// container does: what it hands out is asserted to the interface the
// caller needs.
package registry

type Object interface{ Name() string }

var objects = map[string]Object{}

func Register(o Object) { objects[o.Name()] = o }

func Get(name string) Object { return objects[name] }
