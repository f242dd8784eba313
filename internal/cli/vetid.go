package cli

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/cryptolint/cryptolint/internal/config"
)

// go vet caches each package's result under a key that holds the vet
// tool's ID, which it asks for with -V=full, and the package's sources,
// but not the configuration files the analyzers read: after a change to a
// .cryptolint.yaml it would replay the findings (or the clean result) of
// the old configuration. So the ID the command gives go vet is the hash
// of its executable, as unitchecker's is, and of every .cryptolint.yaml
// of the module in which go vet runs (its name and contents): editing,
// adding or removing one changes the ID and go vet analyzes again.

// printVetID answers go vet's -V=full in unitchecker's format.
func printVetID(stdout, stderr io.Writer) int {
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "cryptolint: %v\n", err)
		return ExitError
	}
	h := sha256.New()
	if err := hashFile(h, exe); err != nil {
		fmt.Fprintf(stderr, "cryptolint: %v\n", err)
		return ExitError
	}
	if wd, err := os.Getwd(); err == nil {
		for _, name := range moduleConfigs(wd) {
			fmt.Fprintf(h, "\x00%s\x00", name)
			hashFile(h, name) // a file that cannot be read fails the analyzers
		}
	}
	fmt.Fprintf(stdout, "%s version devel comments-go-here buildID=%02x\n", exe, h.Sum(nil))
	return ExitClean
}

// hashFile adds the contents of a file to h.
func hashFile(h io.Writer, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(h, f)
	return err
}

// moduleConfigs returns the configuration files of the module holding dir,
// in walk order: those of its directories that hold Go packages (not
// testdata, vendor, or directories starting with . or _), without nested
// modules.
func moduleConfigs(dir string) []string {
	root := dir
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(root)
		if up == root {
			return nil
		}
		root = up
	}
	var out []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			n := d.Name()
			if path != root && (n == "testdata" || n == "vendor" || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_")) {
				return filepath.SkipDir
			}
			if path != root {
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir // a nested module
				}
			}
			return nil
		}
		if d.Name() == config.FileName {
			out = append(out, path)
		}
		return nil
	})
	return out
}

// checkVetConfig reads the configuration that holds for the package of go
// vet's configuration file cfgFile and returns its error, if any. The
// command fails the package itself, before unitchecker: under go vet
// (Go 1.26), unitchecker runs with -json, reports an analyzer's error in
// its JSON output and exits 0, and go vet caches that run, so a second
// go vet would replay it silently as a clean result. An exit code other
// than 0 is never cached.
func checkVetConfig(cfgFile string) error {
	if !strings.HasSuffix(cfgFile, ".cfg") {
		return nil
	}
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return nil // unitchecker reports it
	}
	var cfg vetConfig
	if json.Unmarshal(data, &cfg) != nil {
		return nil
	}
	for _, f := range cfg.GoFiles {
		if filepath.IsAbs(f) {
			_, err := config.ForDir(filepath.Dir(f))
			return err
		}
	}
	return nil
}
