// Command golangci-lint is golangci-lint with the cryptolint module plugin
// compiled in, built offline: it needs only the Go module proxy, where
// `golangci-lint custom` clones golangci-lint from GitHub.
//
//	cd tools/golangci-lint && go build -o golangci-lint .
//
// The plugin comes from this checkout (a replace directive in go.mod), so
// the binary lints with the analyzers as they are in the working tree.
//
// The version is "(devel)" on purpose: golangci-lint salts its result cache
// with the version string, and for "(devel)" with a SHA-256 of the running
// executable instead. Any change to the plugin changes the binary, so a
// rebuilt binary never serves findings cached by an older one.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/cryptolint/cryptolint/plugin" // registers the cryptolint linters
)

// golangciModule is the module whose version the binary reports.
const golangciModule = "github.com/golangci/golangci-lint/v2"

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// buildInfo returns what `golangci-lint version` prints. Version must stay
// "(devel)": it is the cache salt (see the package comment).
func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{
		GoVersion: runtime.Version(),
		Version:   "(devel)",
		Commit:    "golangci-lint (unknown version) with the cryptolint plugin",
		Date:      "(unknown)",
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == golangciModule {
				info.Commit = fmt.Sprintf("golangci-lint %s with the cryptolint plugin", m.Version)
			}
		}
	}
	return info
}
