package mongoapi

import (
	"go/types"
	"maps"
	"strings"
)

// Kind says how a sink treats its document argument.
type Kind int

// Sink kinds.
const (
	// Document is a whole document written as is (InsertOne, ReplaceOne).
	Document Kind = iota + 1
	// Update is an update document: $-operators whose values map field
	// paths to values ($set, $setOnInsert, $push), or a pipeline.
	Update
	// Command is a database command; only insert, update and findAndModify
	// write documents.
	Command
	// Filter is a query filter: it reads, but matching a sensitive field
	// against a raw value implies the field is stored raw.
	Filter
)

// Sink describes where a function takes a document that reaches MongoDB.
type Sink struct {
	Arg  int  // index of the document argument, receiver excluded
	Kind Kind // how the argument is encoded
	// Elems is set when the argument is a slice whose elements are the
	// documents, each boxed by value (InsertMany).
	Elems bool
	// Variadic is set when every argument from Arg on is a document (mgo's
	// Insert(docs ...interface{})).
	Variadic bool
	// Name is how messages call the sink, e.g. "InsertOne".
	Name string
}

// driverSinks are the official driver's sinks (v1 and v2, and forks),
// keyed by "package-relative-to-module.Receiver.Method".
var driverSinks = map[string]Sink{
	"mongo.Collection.InsertOne":         {Arg: 1, Kind: Document},
	"mongo.Collection.InsertMany":        {Arg: 1, Kind: Document, Elems: true},
	"mongo.Collection.ReplaceOne":        {Arg: 2, Kind: Document},
	"mongo.Collection.FindOneAndReplace": {Arg: 2, Kind: Document},
	"mongo.Collection.UpdateOne":         {Arg: 2, Kind: Update},
	"mongo.Collection.UpdateMany":        {Arg: 2, Kind: Update},
	"mongo.Collection.UpdateByID":        {Arg: 2, Kind: Update},
	"mongo.Collection.FindOneAndUpdate":  {Arg: 2, Kind: Update},
	"mongo.Database.RunCommand":          {Arg: 1, Kind: Command},
	"mongo.Database.RunCommandCursor":    {Arg: 1, Kind: Command},
	// Write models, through their setters.
	"mongo.InsertOneModel.SetDocument":           {Arg: 0, Kind: Document},
	"mongo.ReplaceOneModel.SetReplacement":       {Arg: 0, Kind: Document},
	"mongo.UpdateOneModel.SetUpdate":             {Arg: 0, Kind: Update},
	"mongo.UpdateManyModel.SetUpdate":            {Arg: 0, Kind: Update},
	"mongo.ClientInsertOneModel.SetDocument":     {Arg: 0, Kind: Document},
	"mongo.ClientReplaceOneModel.SetReplacement": {Arg: 0, Kind: Document},
	"mongo.ClientUpdateOneModel.SetUpdate":       {Arg: 0, Kind: Update},
	"mongo.ClientUpdateManyModel.SetUpdate":      {Arg: 0, Kind: Update},
	// GridFS upload metadata (v2 builder, v1 options struct).
	"mongo/options.GridFSUploadOptionsBuilder.SetMetadata": {Arg: 0, Kind: Document},
	"mongo/options.UploadOptions.SetMetadata":              {Arg: 0, Kind: Document},
	// Filters: matching a sensitive field against a raw value.
	"mongo.Collection.Find":             {Arg: 1, Kind: Filter},
	"mongo.Collection.FindOne":          {Arg: 1, Kind: Filter},
	"mongo.Collection.FindOneAndDelete": {Arg: 1, Kind: Filter},
	"mongo.Collection.CountDocuments":   {Arg: 1, Kind: Filter},
	"mongo.Collection.DeleteOne":        {Arg: 1, Kind: Filter},
	"mongo.Collection.DeleteMany":       {Arg: 1, Kind: Filter},
}

// updateFilters are the driver's writes whose argument 1 is also a query
// filter, besides the document they write.
var updateFilters = map[string]bool{
	"mongo.Collection.UpdateOne":         true,
	"mongo.Collection.UpdateMany":        true,
	"mongo.Collection.ReplaceOne":        true,
	"mongo.Collection.FindOneAndUpdate":  true,
	"mongo.Collection.FindOneAndReplace": true,
}

// modelFields are the document fields of write-model composite literals.
var modelFields = map[string]Kind{
	"mongo.InsertOneModel.Document":           Document,
	"mongo.ReplaceOneModel.Replacement":       Document,
	"mongo.UpdateOneModel.Update":             Update,
	"mongo.UpdateManyModel.Update":            Update,
	"mongo.ClientInsertOneModel.Document":     Document,
	"mongo.ClientReplaceOneModel.Replacement": Document,
	"mongo.ClientUpdateOneModel.Update":       Update,
	"mongo.ClientUpdateManyModel.Update":      Update,
}

// librarySinks are sinks of libraries built on the driver, keyed by
// "import/path.Receiver.Method".
var librarySinks = map[string]Sink{
	// github.com/qiniu/qmgo
	Qmgo + ".Collection.InsertOne":  {Arg: 1, Kind: Document},
	Qmgo + ".Collection.InsertMany": {Arg: 1, Kind: Document, Elems: true},
	Qmgo + ".Collection.Upsert":     {Arg: 2, Kind: Document},
	Qmgo + ".Collection.UpsertId":   {Arg: 2, Kind: Document},
	Qmgo + ".Collection.ReplaceOne": {Arg: 2, Kind: Document},
	Qmgo + ".Collection.UpdateOne":  {Arg: 2, Kind: Update},
	Qmgo + ".Collection.UpdateId":   {Arg: 2, Kind: Update},
	Qmgo + ".Collection.UpdateAll":  {Arg: 2, Kind: Update},
	Qmgo + ".Collection.Find":       {Arg: 1, Kind: Filter},
	// github.com/chenmingyong0423/go-mongox (generic: Creator[T], Updater[T])
	Mongox + "/creator.Creator.InsertOne":   {Arg: 1, Kind: Document},
	Mongox + "/creator.Creator.InsertMany":  {Arg: 1, Kind: Document, Elems: true},
	Mongox + "/updater.Updater.Updates":     {Arg: 0, Kind: Update},
	Mongox + "/updater.Updater.Replacement": {Arg: 0, Kind: Document},
	// github.com/kamva/mgm/v3 (its Collection embeds *mongo.Collection, so
	// promoted driver methods resolve to the driver's entries above)
	Mgm + ".Collection.Create":        {Arg: 0, Kind: Document},
	Mgm + ".Collection.CreateWithCtx": {Arg: 1, Kind: Document},
	Mgm + ".Collection.Update":        {Arg: 0, Kind: Document},
	Mgm + ".Collection.UpdateWithCtx": {Arg: 1, Kind: Document},
}

// goZeroSinks are the sinks of go-zero's stores: mon.Collection (the
// driver's collection behind a circuit breaker, which mon.Model embeds and
// goctl's generated models call as m.conn.InsertOne), mon.Model's own
// methods that decode into their v argument, and monc.Model's cached
// variants, which take a cache key (or keys) before the driver's
// arguments and keep a NoCache twin of each method.
var goZeroSinks = map[string]Sink{
	GoZeroMon + ".Collection.InsertOne":         {Arg: 1, Kind: Document},
	GoZeroMon + ".Collection.InsertMany":        {Arg: 1, Kind: Document, Elems: true},
	GoZeroMon + ".Collection.ReplaceOne":        {Arg: 2, Kind: Document},
	GoZeroMon + ".Collection.FindOneAndReplace": {Arg: 2, Kind: Document},
	GoZeroMon + ".Collection.UpdateOne":         {Arg: 2, Kind: Update},
	GoZeroMon + ".Collection.UpdateMany":        {Arg: 2, Kind: Update},
	GoZeroMon + ".Collection.UpdateByID":        {Arg: 2, Kind: Update},
	GoZeroMon + ".Collection.FindOneAndUpdate":  {Arg: 2, Kind: Update},
	GoZeroMon + ".Collection.Find":              {Arg: 1, Kind: Filter},
	GoZeroMon + ".Collection.FindOne":           {Arg: 1, Kind: Filter},
	GoZeroMon + ".Collection.FindOneAndDelete":  {Arg: 1, Kind: Filter},
	GoZeroMon + ".Collection.CountDocuments":    {Arg: 1, Kind: Filter},
	GoZeroMon + ".Collection.DeleteOne":         {Arg: 1, Kind: Filter},
	GoZeroMon + ".Collection.DeleteMany":        {Arg: 1, Kind: Filter},
	// mon.Model(ctx, v, filter[, replacement or update])
	GoZeroMon + ".Model.Find":              {Arg: 2, Kind: Filter},
	GoZeroMon + ".Model.FindOne":           {Arg: 2, Kind: Filter},
	GoZeroMon + ".Model.FindOneAndDelete":  {Arg: 2, Kind: Filter},
	GoZeroMon + ".Model.FindOneAndReplace": {Arg: 3, Kind: Document},
	GoZeroMon + ".Model.FindOneAndUpdate":  {Arg: 3, Kind: Update},
	GoZeroMon + ".Model.DeleteOne":         {Arg: 1, Kind: Filter},
	GoZeroMon + ".Model.DeleteMany":        {Arg: 1, Kind: Filter},
	// monc.Model(ctx, key, ...) and its NoCache twins
	GoZeroMonc + ".Model.InsertOne":                {Arg: 2, Kind: Document},
	GoZeroMonc + ".Model.InsertOneNoCache":         {Arg: 1, Kind: Document},
	GoZeroMonc + ".Model.ReplaceOne":               {Arg: 3, Kind: Document},
	GoZeroMonc + ".Model.ReplaceOneNoCache":        {Arg: 2, Kind: Document},
	GoZeroMonc + ".Model.UpdateOne":                {Arg: 3, Kind: Update},
	GoZeroMonc + ".Model.UpdateOneNoCache":         {Arg: 2, Kind: Update},
	GoZeroMonc + ".Model.UpdateMany":               {Arg: 3, Kind: Update},
	GoZeroMonc + ".Model.UpdateManyNoCache":        {Arg: 2, Kind: Update},
	GoZeroMonc + ".Model.UpdateByID":               {Arg: 3, Kind: Update},
	GoZeroMonc + ".Model.UpdateByIDNoCache":        {Arg: 2, Kind: Update},
	GoZeroMonc + ".Model.FindOne":                  {Arg: 3, Kind: Filter},
	GoZeroMonc + ".Model.FindOneNoCache":           {Arg: 2, Kind: Filter},
	GoZeroMonc + ".Model.FindOneAndDelete":         {Arg: 3, Kind: Filter},
	GoZeroMonc + ".Model.FindOneAndDeleteNoCache":  {Arg: 2, Kind: Filter},
	GoZeroMonc + ".Model.FindOneAndReplace":        {Arg: 4, Kind: Document},
	GoZeroMonc + ".Model.FindOneAndReplaceNoCache": {Arg: 3, Kind: Document},
	GoZeroMonc + ".Model.FindOneAndUpdate":         {Arg: 4, Kind: Update},
	GoZeroMonc + ".Model.FindOneAndUpdateNoCache":  {Arg: 3, Kind: Update},
	GoZeroMonc + ".Model.DeleteOne":                {Arg: 2, Kind: Filter},
	GoZeroMonc + ".Model.DeleteOneNoCache":         {Arg: 1, Kind: Filter},
}

// groveSinks are the sinks of grove's MongoDB driver (xraph/grove): its
// query builders take the model when they are made (db.NewInsert(m),
// db.NewUpdate(m)) and write it when Exec runs; Filter sets the query
// filter of a find, update or delete.
var groveSinks = map[string]Sink{
	Grove + ".MongoDB.NewInsert":     {Arg: 0, Kind: Document},
	Grove + ".MongoDB.NewUpdate":     {Arg: 0, Kind: Document},
	Grove + ".UpdateQuery.SetUpdate": {Arg: 0, Kind: Update},
	Grove + ".UpdateQuery.Filter":    {Arg: 0, Kind: Filter},
	Grove + ".FindQuery.Filter":      {Arg: 0, Kind: Filter},
	Grove + ".DeleteQuery.Filter":    {Arg: 0, Kind: Filter},
	Grove + ".AggregateQuery.Match":  {Arg: 0, Kind: Filter},
}

// libraryFilters are the libraries' writes that also take a query filter,
// with its argument index (the driver's are updateFilters).
var libraryFilters = map[string]int{
	GoZeroMon + ".Collection.ReplaceOne":           1,
	GoZeroMon + ".Collection.FindOneAndReplace":    1,
	GoZeroMon + ".Collection.UpdateOne":            1,
	GoZeroMon + ".Collection.UpdateMany":           1,
	GoZeroMon + ".Collection.FindOneAndUpdate":     1,
	GoZeroMon + ".Model.FindOneAndReplace":         2,
	GoZeroMon + ".Model.FindOneAndUpdate":          2,
	GoZeroMonc + ".Model.ReplaceOne":               2,
	GoZeroMonc + ".Model.ReplaceOneNoCache":        1,
	GoZeroMonc + ".Model.UpdateOne":                2,
	GoZeroMonc + ".Model.UpdateOneNoCache":         1,
	GoZeroMonc + ".Model.UpdateMany":               2,
	GoZeroMonc + ".Model.UpdateManyNoCache":        1,
	GoZeroMonc + ".Model.FindOneAndReplace":        3,
	GoZeroMonc + ".Model.FindOneAndReplaceNoCache": 2,
	GoZeroMonc + ".Model.FindOneAndUpdate":         3,
	GoZeroMonc + ".Model.FindOneAndUpdateNoCache":  2,
}

// mgoSinks are the sinks of both mgo packages (gopkg.in/mgo.v2 and its
// maintained fork github.com/globalsign/mgo), which share their API.
var mgoSinks = map[string]Sink{
	"Collection.Insert":    {Arg: 0, Kind: Document, Variadic: true},
	"Collection.Update":    {Arg: 1, Kind: Update},
	"Collection.UpdateId":  {Arg: 1, Kind: Update},
	"Collection.UpdateAll": {Arg: 1, Kind: Update},
	"Collection.Upsert":    {Arg: 1, Kind: Update},
	"Collection.UpsertId":  {Arg: 1, Kind: Update},
	"Collection.Find":      {Arg: 0, Kind: Filter},
	"Bulk.Insert":          {Arg: 0, Kind: Document, Variadic: true},
}

func init() {
	for _, pkg := range []string{MgoV2, GlobalsignMgo} {
		for k, v := range mgoSinks {
			librarySinks[pkg+"."+k] = v
		}
	}
	maps.Copy(librarySinks, goZeroSinks)
	maps.Copy(librarySinks, groveSinks)
}

// libraryModelFields are document fields of library literals.
var libraryModelFields = map[string]Kind{
	MgoV2 + ".Change.Update":         Update,
	GlobalsignMgo + ".Change.Update": Update,
	Qmgo + ".Change.Update":          Update,
}

// Mgm and Mongox are the import paths of kamva/mgm and go-mongox;
// GoZeroMon and GoZeroMonc those of go-zero's MongoDB stores (plain and
// cached).
const (
	Mgm        = "github.com/kamva/mgm/v3"
	Mongox     = "github.com/chenmingyong0423/go-mongox"
	GoZeroMon  = "github.com/zeromicro/go-zero/core/stores/mon"
	GoZeroMonc = "github.com/zeromicro/go-zero/core/stores/monc"
	Grove      = "github.com/xraph/grove/drivers/mongodriver"
)

// Sinks returns the arguments through which fn writes to MongoDB (or
// queries it with a filter), if any: an update has its document and its
// filter.
func (m *Modules) Sinks(fn *types.Func) []Sink {
	key, ok := m.key(fn)
	if !ok {
		return nil
	}
	s, ok := driverSinks[key]
	if !ok {
		s, ok = librarySinks[key]
	}
	if !ok {
		return nil
	}
	s.Name = fn.Name()
	out := []Sink{s}
	if updateFilters[key] {
		out = append(out, Sink{Arg: 1, Kind: Filter, Name: fn.Name()})
	} else if i, ok := libraryFilters[key]; ok {
		out = append(out, Sink{Arg: i, Kind: Filter, Name: fn.Name()})
	}
	return out
}

// ModelField returns the kind of a write-model field (Document of
// mongo.InsertOneModel), if fld is one. owner is the struct's named type.
func (m *Modules) ModelField(owner *types.Named, fld string) (Kind, bool) {
	obj := owner.Obj()
	if obj.Pkg() == nil {
		return 0, false
	}
	if rel, ok := m.relative(obj.Pkg().Path()); ok {
		k, ok := modelFields[rel+"."+obj.Name()+"."+fld]
		return k, ok
	}
	k, ok := libraryModelFields[obj.Pkg().Path()+"."+obj.Name()+"."+fld]
	return k, ok
}

// key returns the table key of a method: driver-relative for the driver
// and its forks, by import path for libraries.
func (m *Modules) key(fn *types.Func) (string, bool) {
	if fn == nil || fn.Pkg() == nil {
		return "", false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return "", false
	}
	n := namedOf(recv.Type())
	if n == nil {
		return "", false
	}
	path := fn.Pkg().Path()
	if rel, ok := m.relative(path); ok {
		return rel + "." + n.Obj().Name() + "." + fn.Name(), true
	}
	return path + "." + n.Obj().Name() + "." + fn.Name(), true
}

// relative returns the package path relative to its driver module root
// ("mongo", "mongo/options") when path is in a driver module.
func (m *Modules) relative(path string) (string, bool) {
	for _, sub := range []string{"mongo/options", "mongo"} {
		if m.isDriverPackage(path, "/"+sub) {
			return sub, true
		}
	}
	return "", false
}

// IsDriverPackage reports whether path is any package of a driver module
// or of a library built on it.
func (m *Modules) IsDriverPackage(path string) bool {
	if _, ok := m.relative(path); ok {
		return true
	}
	for _, lib := range []string{Qmgo, Mgm, Mongox, MgoV2, GlobalsignMgo, GoZeroMon, GoZeroMonc, Grove} {
		if path == lib || strings.HasPrefix(path, lib+"/") {
			return true
		}
	}
	return false
}
