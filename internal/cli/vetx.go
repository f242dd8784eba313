package cli

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/gcexportdata"
)

// Under go vet -vettool, the go command runs the tool on every dependency
// of the packages to check, the standard library included, "for facts
// only" (VetxOnly), and takes the types of each import from the tool's
// output for it (the vetx file: x/tools' unitchecker writes the package's
// export data and its facts there).
//
// For a dependency outside the main module, cryptolint writes that file
// itself, with the types and no facts, instead of handing it to
// unitchecker:
//   - the command loads such packages from export data and computes facts
//     only for the packages it is asked about, so an empty fact set keeps
//     both drivers' findings the same;
//   - unitchecker would parse comments, record full type information and
//     run the fact-producing analyzers on packages such as runtime, which
//     set go vet's per-process peak (92 MiB type-checking runtime with full
//     type information, about 50 MiB without) and most of its first run.
//
// The vetx layout is unitchecker's (readVetxFile/writeVetxFile in
// golang.org/x/tools/go/analysis/unitchecker, pinned in go.mod): "vetx",
// two little-endian uint32 lengths, the types in indexed export format,
// then the gob-encoded facts (empty: no facts). That layout is private to
// unitchecker and changed between x/tools v0.49 and v0.52, so the command
// fails closed: it writes vetx files only when the x/tools linked into it
// is the version the layout was checked against (vetxLayoutFor), and
// otherwise hands every request to unitchecker, which then does the
// memory-hungry work itself but writes what its readers expect.
// TestFactsAcrossPackages and TestVet run go vet end to end on both paths.
// After an x/tools upgrade, compare unitchecker's readVetxFile and
// writeVetxFile with typeCheckForVetx and readVetxTypes, then move
// vetxLayoutFor to the new version.

// vetxLayoutFor is the golang.org/x/tools version whose vetx layout this
// file writes. A variable, not a constant, so that tests can build the
// command with another value (-ldflags=-X) to exercise the fallback.
var vetxLayoutFor = "v0.52.0"

// linkedXTools is the version of golang.org/x/tools linked into the
// binary, "" when the build recorded none.
var linkedXTools = func() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, d := range bi.Deps {
		if d.Path == "golang.org/x/tools" {
			if d.Replace != nil {
				return d.Replace.Version // a replacement's layout is unknown unless it names a version
			}
			return d.Version
		}
	}
	return ""
}()

// vetxLayoutKnown reports whether the linked x/tools writes the vetx
// layout this file was written for.
func vetxLayoutKnown() bool {
	return linkedXTools != "" && linkedXTools == vetxLayoutFor
}

// vetConfig is the part of go vet's per-package configuration file (see
// unitchecker.Config) that writeTypesOnly needs.
type vetConfig struct {
	ImportPath    string
	GoVersion     string
	GoFiles       []string
	ModulePath    string
	ModuleVersion string
	Module        *struct{ Main bool } // set by go vet from Go 1.27 on
	ImportMap     map[string]string
	PackageVetx   map[string]string
	VetxOnly      bool
	VetxOutput    string
	Stdout        string
}

// typesOnly reads go vet's configuration file cfgFile and reports whether
// it asks only for the facts of a package outside the main module (the
// standard library or another module). It reports false for anything else,
// a file it cannot read, or a vetx layout it was not built for, leaving
// the request (and its error) to unitchecker.
func typesOnly(cfgFile string) (*vetConfig, bool) {
	if !strings.HasSuffix(cfgFile, ".cfg") || !vetxLayoutKnown() {
		return nil, false
	}
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return nil, false
	}
	cfg := new(vetConfig)
	if json.Unmarshal(data, cfg) != nil || !cfg.VetxOnly || cfg.VetxOutput == "" || len(cfg.GoFiles) == 0 {
		return nil, false
	}
	mainModule := cfg.ModulePath != "" && cfg.ModuleVersion == ""
	if cfg.Module != nil {
		mainModule = cfg.Module.Main
	}
	if !mainModule && wrapsDriverImports(cfg.ImportPath, cfg.ImportMap) {
		return cfg, false // a wrapper library of the driver: its facts matter (load.go)
	}
	return cfg, !mainModule
}

// wrapsDriverImports reports whether a package outside the driver imports
// one of its packages, as wrapsDriver does for the command's load.
func wrapsDriverImports(path string, imports map[string]string) bool {
	if driverModules.IsDriverPackage(path) {
		return false
	}
	for _, p := range imports {
		if driverModules.IsDriverPackage(p) {
			return true
		}
	}
	return false
}

// vetxMagic starts unitchecker's vetx files.
const vetxMagic = "vetx"

// writeTypesOnly type-checks the package of cfg without recording type
// information and writes its vetx file with no facts. It returns the exit
// code: 1 on failure, as unitchecker does for facts-only requests (the go
// command then reports the package's own errors when it builds it).
func writeTypesOnly(cfg *vetConfig, stderr io.Writer) int {
	if cfg.Stdout != "" {
		if f, err := os.Create(cfg.Stdout); err == nil {
			f.Close()
		}
	}
	if err := typeCheckForVetx(cfg); err != nil {
		fmt.Fprintf(stderr, "cryptolint: %s: %v\n", cfg.ImportPath, err)
		return 1
	}
	return ExitClean
}

// typeCheckForVetx does the work of writeTypesOnly.
func typeCheckForVetx(cfg *vetConfig) error {
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range cfg.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files = append(files, f)
	}
	imports := make(map[string]*types.Package)
	importer := importerFunc(func(importPath string) (*types.Package, error) {
		path, ok := cfg.ImportMap[importPath]
		if !ok {
			return nil, fmt.Errorf("can't resolve import %q", importPath)
		}
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		if pkg, ok := imports[path]; ok && pkg.Complete() {
			return pkg, nil
		}
		file, ok := cfg.PackageVetx[path]
		if !ok {
			return nil, fmt.Errorf("no package vetx file for %q", path)
		}
		typesData, err := readVetxTypes(file)
		if err != nil {
			return nil, fmt.Errorf("vetx file for %q: %v", path, err)
		}
		return gcexportdata.Read(bufio.NewReader(io.MultiReader(strings.NewReader("i"), bytes.NewReader(typesData))), fset, imports, path)
	})
	tc := &types.Config{
		Importer:  importer,
		Sizes:     types.SizesFor("gc", build.Default.GOARCH),
		GoVersion: cfg.GoVersion,
	}
	pkg, err := tc.Check(cfg.ImportPath, fset, files, nil)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.WriteString(vetxMagic)
	buf.Write(make([]byte, 8)) // the two lengths
	if err := gcexportdata.Write(&buf, fset, pkg); err != nil {
		return err
	}
	data := buf.Bytes()
	data = append(data[:12], data[13:]...) // gcexportdata's format byte 'i' is not stored
	binary.LittleEndian.PutUint32(data[4:8], uint32(len(data)-12))
	binary.LittleEndian.PutUint32(data[8:12], 0) // no facts
	return os.WriteFile(cfg.VetxOutput, data, 0o666)
}

// readVetxTypes returns the types section of a vetx file.
func readVetxTypes(file string) ([]byte, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	if len(data) < 12 || string(data[:4]) != vetxMagic {
		return nil, errors.New("not a vetx file")
	}
	n := binary.LittleEndian.Uint32(data[4:8])
	if uint64(12)+uint64(n) > uint64(len(data)) {
		return nil, errors.New("truncated vetx file")
	}
	return data[12 : 12+n], nil
}

// importerFunc is a types.Importer.
type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
