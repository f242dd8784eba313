package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// baselineVersion is the version of the baseline file format.
const baselineVersion = 1

// baselineFile is the JSON form of a baseline: the findings accepted for
// now, matched by rule, file and fingerprint (not by line, so that edits
// that move code do not resurface them).
type baselineFile struct {
	Version  int             `json:"version"`
	Tool     string          `json:"tool"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Fingerprint string `json:"fingerprint"`
	Message     string `json:"message"` // for the reader; not matched
}

// writeBaseline records the report's active findings.
func writeBaseline(path string, r *Report) error {
	b := baselineFile{Version: baselineVersion, Tool: "cryptolint", Findings: []baselineEntry{}}
	for _, f := range r.active() {
		b.Findings = append(b.Findings, baselineEntry{Rule: f.Rule, File: filepath.ToSlash(f.File), Fingerprint: f.Fingerprint, Message: f.Message})
	}
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// applyBaseline marks the findings the baseline records; each entry
// matches one finding.
func applyBaseline(path string, r *Report) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var b baselineFile
	if err := json.Unmarshal(data, &b); err != nil {
		return fmt.Errorf("%s: not a cryptolint baseline: %v", path, err)
	}
	if b.Version != baselineVersion {
		return fmt.Errorf("%s: baseline version %d, want %d (write it again with -write-baseline)", path, b.Version, baselineVersion)
	}
	left := map[baselineEntry]int{}
	for _, e := range b.Findings {
		e.Message = ""
		left[e]++
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		k := baselineEntry{Rule: f.Rule, File: filepath.ToSlash(f.File), Fingerprint: f.Fingerprint}
		if f.Suppressed == nil && left[k] > 0 {
			left[k]--
			f.Baselined = true
		}
	}
	r.summarize()
	return nil
}
