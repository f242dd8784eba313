package cli

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/cryptolint/cryptolint/internal/rules"
)

// The subset of SARIF 2.1.0 (OASIS) that cryptolint writes. Field names
// follow the specification; omitted fields are optional there.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool              sarifTool                   `json:"tool"`
		Invocations       []sarifInvocation           `json:"invocations"`
		OriginalURIBaseID map[string]sarifArtifactLoc `json:"originalUriBaseIds"`
		Taxonomies        []sarifToolComponent        `json:"taxonomies"`
		Results           []sarifResult               `json:"results"`
		ColumnKind        string                      `json:"columnKind"`
	}
	sarifTool struct {
		Driver sarifToolComponent `json:"driver"`
	}
	sarifToolComponent struct {
		Name                string              `json:"name"`
		Version             string              `json:"version,omitempty"`
		Organization        string              `json:"organization,omitempty"`
		InformationURI      string              `json:"informationUri,omitempty"`
		GUID                string              `json:"guid,omitempty"`
		Rules               []sarifRule         `json:"rules,omitempty"`
		Taxa                []sarifTaxon        `json:"taxa,omitempty"`
		SupportedTaxonomies []sarifComponentRef `json:"supportedTaxonomies,omitempty"`
	}
	sarifComponentRef struct {
		Name string `json:"name"`
		GUID string `json:"guid,omitempty"`
	}
	sarifTaxon struct {
		ID               string     `json:"id"`
		ShortDescription *sarifText `json:"shortDescription,omitempty"`
		HelpURI          string     `json:"helpUri,omitempty"`
	}
	sarifRule struct {
		ID                   string              `json:"id"`
		Name                 string              `json:"name"`
		ShortDescription     sarifText           `json:"shortDescription"`
		FullDescription      sarifText           `json:"fullDescription"`
		Help                 sarifMarkdown       `json:"help"`
		HelpURI              string              `json:"helpUri"`
		DefaultConfiguration sarifConfiguration  `json:"defaultConfiguration"`
		Relationships        []sarifRelationship `json:"relationships,omitempty"`
		Properties           map[string]any      `json:"properties"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifMarkdown struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown"`
	}
	sarifConfiguration struct {
		Level string `json:"level"`
	}
	sarifRelationship struct {
		Target sarifDescriptorRef `json:"target"`
		Kinds  []string           `json:"kinds"`
	}
	sarifDescriptorRef struct {
		ID            string            `json:"id"`
		ToolComponent sarifComponentRef `json:"toolComponent"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
	sarifResult struct {
		RuleID              string             `json:"ruleId"`
		RuleIndex           int                `json:"ruleIndex"`
		Level               string             `json:"level"`
		Message             sarifText          `json:"message"`
		Locations           []sarifLocation    `json:"locations"`
		RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string  `json:"partialFingerprints"`
		CodeFlows           []sarifCodeFlow    `json:"codeFlows,omitempty"`
		Fixes               []sarifFix         `json:"fixes,omitempty"`
		Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	}
	sarifCodeFlow struct {
		ThreadFlows []sarifThreadFlow `json:"threadFlows"`
	}
	sarifThreadFlow struct {
		Locations []sarifThreadFlowLocation `json:"locations"`
	}
	sarifThreadFlowLocation struct {
		Location sarifLocation `json:"location"`
	}
	sarifLocation struct {
		ID               *int                  `json:"id,omitempty"`
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
		Message          *sarifText            `json:"message,omitempty"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
		Region           *sarifRegion     `json:"region,omitempty"`
	}
	sarifArtifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	sarifFix struct {
		Description     sarifText             `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
		Replacements     []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifByteRegion `json:"deletedRegion"`
		InsertedContent *sarifText      `json:"insertedContent,omitempty"`
	}
	sarifByteRegion struct {
		ByteOffset int `json:"byteOffset"`
		ByteLength int `json:"byteLength"`
	}
	sarifSuppression struct {
		Kind          string `json:"kind"`
		Justification string `json:"justification,omitempty"`
	}
)

const (
	sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	srcRoot     = "%SRCROOT%"
	cweGUID     = "ffc64e4c-2cd4-4a4e-9c46-d1b1bd31ad53" // a fixed identity for the CWE taxonomy component
	cweVersion  = "4.14"
)

// severityLevel maps a severity to SARIF's result level and to GitHub code
// scanning's security-severity score (high 7.0-8.9, medium 4.0-6.9, low
// 0.1-3.9).
func severityLevel(s rules.Severity) (level, score string) {
	switch s {
	case rules.High:
		return "error", "8.0"
	case rules.Medium:
		return "warning", "5.5"
	}
	return "note", "3.0"
}

// writeSARIF writes the report as one SARIF run: every rule of the table
// (so that results and suppressions resolve), CWE as a taxonomy, results
// with locations relative to %SRCROOT%, related locations, fixes,
// fingerprints, suppressed results, and load errors as notifications.
func writeSARIF(w io.Writer, r *Report, src *sources) error {
	cwd := src.cwd
	all := rules.All()
	index := map[string]int{}
	var cwes []sarifTaxon
	seenCWE := map[int]bool{}
	driver := sarifToolComponent{
		Name:                "cryptolint",
		Version:             r.Tool.Version,
		Organization:        "cryptolint",
		InformationURI:      "https://github.com/cryptolint/cryptolint",
		SupportedTaxonomies: []sarifComponentRef{{Name: "CWE", GUID: cweGUID}},
	}
	for i, rule := range all {
		index[rule.ID] = i
		level, score := severityLevel(rule.Severity)
		props := map[string]any{
			"security-severity": score,
			"problem.severity":  map[string]string{"error": "error", "warning": "warning", "note": "recommendation"}[level],
			"precision":         "high",
			"tags":              []string{"security", rule.Analyzer},
		}
		sr := sarifRule{
			ID:                   rule.ID,
			Name:                 ruleName(rule),
			ShortDescription:     sarifText{Text: rule.Title},
			FullDescription:      sarifText{Text: firstParagraph(rule.Help)},
			Help:                 sarifMarkdown{Text: rule.Help, Markdown: rule.Help},
			HelpURI:              rule.URL(),
			DefaultConfiguration: sarifConfiguration{Level: level},
			Properties:           props,
		}
		if rule.CWE != 0 {
			id := strconv.Itoa(rule.CWE)
			props["tags"] = append(props["tags"].([]string), "external/cwe/cwe-"+id)
			sr.Relationships = []sarifRelationship{{Target: sarifDescriptorRef{ID: id, ToolComponent: sarifComponentRef{Name: "CWE", GUID: cweGUID}}, Kinds: []string{"superset"}}}
			if !seenCWE[rule.CWE] {
				seenCWE[rule.CWE] = true
				cwes = append(cwes, sarifTaxon{ID: id, HelpURI: "https://cwe.mitre.org/data/definitions/" + id + ".html"})
			}
		}
		driver.Rules = append(driver.Rules, sr)
	}
	run := sarifRun{
		Tool:       sarifTool{Driver: driver},
		ColumnKind: "unicodeCodePoints",
		OriginalURIBaseID: map[string]sarifArtifactLoc{
			srcRoot: {URI: fileURI(cwd) + "/"},
		},
		Taxonomies: []sarifToolComponent{{
			Name: "CWE", Version: cweVersion, GUID: cweGUID, Organization: "MITRE",
			InformationURI: "https://cwe.mitre.org/data/published/cwe_v" + cweVersion + ".pdf",
			Taxa:           cwes,
		}},
		Results: []sarifResult{},
	}
	inv := sarifInvocation{ExecutionSuccessful: len(r.Errors) == 0, ToolExecutionNotifications: []sarifNotification{}}
	for _, e := range r.Errors {
		n := sarifNotification{Level: "error", Message: sarifText{Text: e.String()}}
		if file, line, col, ok := splitPosition(e.Position); ok {
			n.Locations = []sarifLocation{{PhysicalLocation: physical(src, file, line, col, line, col)}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	run.Invocations = []sarifInvocation{inv}

	for _, f := range r.Findings {
		if f.Baselined {
			continue
		}
		level, _ := severityLevel(f.severity) // the rule's, or the configuration's override
		res := sarifResult{
			RuleID:              f.Rule,
			RuleIndex:           index[f.Rule],
			Level:               level,
			Message:             sarifText{Text: f.Message + " (" + f.Rule + ")"},
			Locations:           []sarifLocation{{PhysicalLocation: physical(src, f.File, f.Line, f.Column, f.EndLine, f.EndColumn)}},
			PartialFingerprints: map[string]string{"cryptolint/v1": f.Fingerprint},
		}
		for i, rel := range f.Related {
			id := i + 1
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID:               &id,
				PhysicalLocation: physical(src, rel.File, rel.Line, rel.Column, rel.Line, rel.Column),
				Message:          &sarifText{Text: rel.Message},
			})
		}
		if f.Analyzer == "plaintextsecret" && len(f.Related) > 0 {
			res.CodeFlows = []sarifCodeFlow{codeFlow(src, f)}
		}
		for _, fix := range f.Fixes {
			sf := sarifFix{Description: sarifText{Text: fix.Message}}
			for _, e := range fix.Edits {
				rep := sarifReplacement{DeletedRegion: sarifByteRegion{ByteOffset: e.Start.Offset, ByteLength: e.End.Offset - e.Start.Offset}}
				if e.New != "" {
					rep.InsertedContent = &sarifText{Text: e.New}
				}
				sf.ArtifactChanges = append(sf.ArtifactChanges, sarifArtifactChange{ArtifactLocation: artifact(e.File), Replacements: []sarifReplacement{rep}})
			}
			res.Fixes = append(res.Fixes, sf)
		}
		if f.Suppressed != nil {
			res.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.Suppressed.Justification}}
		}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// physical builds a location relative to %SRCROOT%, with columns in code
// points as the run declares.
func physical(src *sources, file string, line, col, endLine, endCol int) sarifPhysicalLocation {
	p := sarifPhysicalLocation{ArtifactLocation: artifact(file)}
	if line > 0 {
		p.Region = &sarifRegion{StartLine: line}
		if col > 0 {
			p.Region.StartColumn = src.runeColumn(file, line, col)
		}
		if endLine > 0 {
			p.Region.EndLine = endLine
			if endCol > 0 {
				p.Region.EndColumn = src.runeColumn(file, endLine, endCol)
			}
		}
	}
	return p
}

// artifact returns the location of a file: relative to %SRCROOT% when the
// report path is relative, an absolute file URI otherwise.
func artifact(file string) sarifArtifactLoc {
	if filepath.IsAbs(file) {
		return sarifArtifactLoc{URI: fileURI(file)}
	}
	u := url.URL{Path: filepath.ToSlash(file)}
	return sarifArtifactLoc{URI: u.EscapedPath(), URIBaseID: srcRoot}
}

// fileURI returns the file:// URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows drive letters
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// splitPosition splits "file:line:col".
func splitPosition(pos string) (file string, line, col int, ok bool) {
	parts := strings.Split(pos, ":")
	if len(parts) < 3 {
		return "", 0, 0, false
	}
	n := len(parts)
	line, err1 := strconv.Atoi(parts[n-2])
	col, err2 := strconv.Atoi(parts[n-1])
	if err1 != nil || err2 != nil {
		return "", 0, 0, false
	}
	return strings.Join(parts[:n-2], ":"), line, col, true
}

// ruleName makes a PascalCase name from a rule's title, as SARIF viewers
// show it beside the ID.
func ruleName(r *rules.Rule) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(r.Title, func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
	}) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// firstParagraph returns the first paragraph of a help text, unwrapped.
func firstParagraph(s string) string {
	p, _, _ := strings.Cut(strings.TrimSpace(s), "\n\n")
	return strings.Join(strings.Fields(p), " ")
}

// codeFlow draws a plaintextsecret finding as a path for code scanning:
// where the value is put into the document, then each place its related
// information names in order (the wrappers and the implementation that
// write it, the field that names it).
func codeFlow(src *sources, f Finding) sarifCodeFlow {
	locs := []sarifThreadFlowLocation{{Location: sarifLocation{
		PhysicalLocation: physical(src, f.File, f.Line, f.Column, f.EndLine, f.EndColumn),
		Message:          &sarifText{Text: "the value is put into the document written here"},
	}}}
	for _, rel := range f.Related {
		locs = append(locs, sarifThreadFlowLocation{Location: sarifLocation{
			PhysicalLocation: physical(src, rel.File, rel.Line, rel.Column, rel.Line, rel.Column),
			Message:          &sarifText{Text: rel.Message},
		}})
	}
	return sarifCodeFlow{ThreadFlows: []sarifThreadFlow{{Locations: locs}}}
}
