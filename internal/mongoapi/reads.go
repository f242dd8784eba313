package mongoapi

import "go/types"

// decodeMethods are the methods that decode documents read from the
// database into an argument, by receiver type and method name, with the
// argument's index: the official driver's results, cursors and change
// streams (in <module>/mongo), and mgo's queries and iterators.
var decodeMethods = map[string]map[string]int{
	"SingleResult": {"Decode": 0},
	"Cursor":       {"Decode": 0, "All": 1},
	"ChangeStream": {"Decode": 0},
}

var mgoDecodeMethods = map[string]map[string]int{
	"Query": {"One": 0, "All": 0},
	"Iter":  {"Next": 0, "All": 0},
}

// libraryDecodes are the libraries' methods that decode what they read
// into an argument, by table key, with the argument's index: go-zero's
// mon.Model(ctx, v, ...) and monc.Model(ctx, key, v, ...).
var libraryDecodes = map[string]int{
	GoZeroMon + ".Model.Aggregate":                 1,
	GoZeroMon + ".Model.Find":                      1,
	GoZeroMon + ".Model.FindOne":                   1,
	GoZeroMon + ".Model.FindOneAndDelete":          1,
	GoZeroMon + ".Model.FindOneAndReplace":         1,
	GoZeroMon + ".Model.FindOneAndUpdate":          1,
	GoZeroMonc + ".Model.FindOne":                  2,
	GoZeroMonc + ".Model.FindOneNoCache":           1,
	GoZeroMonc + ".Model.FindOneAndDelete":         2,
	GoZeroMonc + ".Model.FindOneAndDeleteNoCache":  1,
	GoZeroMonc + ".Model.FindOneAndReplace":        2,
	GoZeroMonc + ".Model.FindOneAndReplaceNoCache": 1,
	GoZeroMonc + ".Model.FindOneAndUpdate":         2,
	GoZeroMonc + ".Model.FindOneAndUpdateNoCache":  1,
	// grove: db.NewFind(&m).Filter(...).Scan(ctx) decodes into m.
	Grove + ".MongoDB.NewFind": 0,
}

// DecodeTarget returns the index of the argument into which a call of fn
// decodes documents read from the database, or false.
func (m *Modules) DecodeTarget(fn *types.Func) (int, bool) {
	if fn == nil || fn.Pkg() == nil {
		return 0, false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return 0, false
	}
	n := namedOf(recv.Type())
	if n == nil {
		return 0, false
	}
	path := fn.Pkg().Path()
	if path == GoZeroMon || path == GoZeroMonc || path == Grove {
		i, ok := libraryDecodes[path+"."+n.Obj().Name()+"."+fn.Name()]
		return i, ok
	}
	table := decodeMethods
	switch {
	case path == MgoV2 || path == GlobalsignMgo:
		table = mgoDecodeMethods
	case m.isDriverPackage(path, "/mongo"):
	default:
		return 0, false
	}
	i, ok := table[n.Obj().Name()][fn.Name()]
	return i, ok
}
